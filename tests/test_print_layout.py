"""The shipped library printed as a clinic that sets nothing prints it (no clinic, no site address:
a line to write the phone on, no QR code), on Letter and on A4: where each page breaks, read from
the PDF's page texts."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from conftest import REPO
from helpers import front_matter, run
from test_anakinra import CALL_LIST, PATIENT, PHONE_CELL, PHONE_WRITE_IN
from test_pdf import build_real_content, copy_project, text_sizes


@pytest.fixture(scope="module", params=["letter", "A4"])
def printed(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The build folder of the real library, every format, with the repository's settings: no clinic
    and no site address. Letter is the shipped paper (test_pdf's build); A4 is set here."""
    settings = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    assert '[tool.edu.clinic]\nname = ""\nphone = ""' in settings and "site_url" not in settings
    if request.param == "letter":
        return build_real_content(tmp_path_factory.getbasetemp())
    from edu.cli import main  # a module fixture has no capsys: call the CLI directly

    root = tmp_path_factory.mktemp("a4") / "library"
    for name in ("content", "locale", "templates"):
        shutil.copytree(REPO / name, root / name)
    (root / "pyproject.toml").write_text(settings.replace("[tool.edu]\n", '[tool.edu]\npaper = "A4"\n', 1),
                                         encoding="utf-8")
    assert main(["-C", str(root), "build", "-j", "2"]) == 0  # every format: the tests read the web pages too
    return root / "build"


def page_texts(path: Path) -> list[str]:
    """The text of each page of a PDF, its lines joined by spaces."""
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(str(path)).pages]


def test_every_standard_patient_sheet_fits_two_pages_with_no_clinic_and_no_site_address(printed: Path) -> None:
    """The two-page test built only with a clinic's stamp and QR code (or the stamp's place taken by
    a write-in line, with a QR code): with neither, each sheet has the line to write the phone on
    under its title and no web address at its end, and still prints on one sheet, both sides, at 12 pt."""
    for lang in ("en", "es"):
        for slug in PATIENT:
            path = printed / lang / f"{slug}.pdf"
            pages = page_texts(path)
            assert (PHONE_WRITE_IN[lang] in pages[0]) == (slug != PHONE_CELL), path
            assert not any("http" in text for text in pages), path
            assert len(pages) <= 2, f"{path.relative_to(printed)}: {len(pages)} pages"
            assert text_sizes(path).most_common(1)[0][0] == 12.0, path


def test_the_side_by_side_shot_record_says_make_a_copy_on_the_page_of_its_log(printed: Path) -> None:
    """On Letter its log filled page 3 and "Make a copy of this page before you fill it in" printed at
    the top of page 4, above the sources: the instruction prints on the page it speaks of, in both
    languages. Its "Get help right away" box missed the foot of page 2 by about 25 pt, and its status
    and sources printed alone on page 4, a fifth full: spaced as a one-language patient sheet (lines
    1.2 apart, list items 1 pt), the box ends page 2 and the edition takes 3 pages on either paper,
    its text still 12 pt."""
    path = printed / "bilingual" / "anakinra-shot-record.pdf"
    pages = page_texts(path)
    [log] = [number for number, text in enumerate(pages) if "Where on my body / Lugar del cuerpo" in text]
    copy = ("Make a copy of this page before you fill it in.", "Haga una copia de esta página antes de llenarla.")
    assert [number for number, text in enumerate(pages) if all(words in text for words in copy)] == [log], pages
    box = ("Get help right away", "Pida ayuda enseguida", "tells you it is safe.", "médico se lo permita.")
    assert all(words in pages[1] for words in box), pages[1]
    assert "Sources / Fuentes" in pages[log] and "Gravitate Health ePI test set" in pages[log], pages[log]
    assert len(pages) == 3
    assert text_sizes(path).most_common(1)[0][0] == 12.0


def test_the_side_by_side_what_is_anakinra_fills_its_first_page(printed: Path) -> None:
    """On Letter its first page ended a third blank: "Why is anakinra prescribed?" and its list (a row,
    kept whole) missed it by about 20 pt, and the edition took 5 pages, its sources alone on the last.
    A patient edition's rows are 3 pt closer: the heading and both its items print on page 1, and the
    edition takes 4 pages on either paper."""
    pages = page_texts(printed / "bilingual" / "anakinra-what-it-is.pdf")
    heading = "Why is anakinra prescribed? ¿Para qué se receta la anakinra?"
    assert heading in pages[0] and "In DIRA, the body does not make its own IL-1 blocker." in pages[0], pages[0]
    assert len(pages) == 4


def test_the_spanish_large_print_monitoring_sheet_prints_when_to_call_on_the_page_of_its_signs(printed: Path) -> None:
    """Its "¿Cuándo debo llamar a mi equipo médico?" and the sentence under it printed at the foot of
    page 2, the lead-in and the five signs on page 3 (Letter): a patient who read page 2 could miss the
    signs. The heading, its opening sentence, the lead-in and the signs print on one page (page 3 on
    Letter, whose page 2 now ends about 230 pt short; page 2 on A4), and the edition keeps its 5 pages."""
    heading, opening = "¿Cuándo debo llamar a mi equipo médico?", "Revise cada día si tiene estas señales."
    lead, signs = CALL_LIST["es"]
    pages = page_texts(printed / "es" / "anakinra-monitoring-large.pdf")
    [page] = [number for number, text in enumerate(pages) if heading in text]
    assert all(words in pages[page] for words in (opening, lead, *signs)), pages[page]
    assert len(pages) == 5


def sections_opening_with_a_list(html: Path) -> list[tuple[str, list[str]]]:
    """Each section of a page whose heading is followed by a list after at most two paragraphs (its
    opening sentence and the list's lead-in): the heading's text and what prints before the list's
    third item (those paragraphs and the first two items), each as a page's text shows it."""
    import lxml.html

    def words(element: Any) -> str:
        return " ".join(element.text_content().split())

    found = []
    for heading in lxml.html.parse(str(html)).xpath("//main//*[self::h2 or self::h3]"
                                                    "[not(ancestor::*[contains(@class, 'sources')])]"):
        following = heading.xpath("following-sibling::*[position() <= 3]")
        tags = [element.tag for element in following]
        for count in (1, 2):
            if tags[:count] == ["p"] * count and len(tags) > count and tags[count] in ("ul", "ol"):
                items = following[count].xpath("li")[:2]
                found.append((words(heading), [words(p) for p in following[:count]] + [words(li) for li in items]))
                break
    return found


def test_a_large_print_heading_prints_with_the_first_two_items_of_the_list_its_section_opens_with(
        printed: Path) -> None:
    """A heading, its opening sentence, a list's lead-in and the list's first two items print on one page
    of every large-print sheet, on Letter and on A4: a section whose point is a list is not parted from it
    (the Spanish monitoring sheet's signs to call about printed a page after their heading)."""
    checked = 0
    for lang in ("en", "es"):
        for slug in PATIENT:
            pages = page_texts(printed / lang / f"{slug}-large.pdf")
            for heading, kept in sections_opening_with_a_list(printed / lang / f"{slug}.html"):
                [page] = [number for number, text in enumerate(pages) if heading in text]
                assert all(words in pages[page] for words in kept), (lang, slug, heading, pages[page])
                checked += 1
    assert checked >= 8, checked


def test_a_side_by_side_patient_sheet_prints_its_sources_whole_on_its_last_page(printed: Path) -> None:
    """On Letter the side-by-side "What is anakinra?" printed "Sources / Fuentes" and two sources at
    the foot of page 4, the other two alone on page 5."""
    for slug in PATIENT:
        pages = page_texts(printed / "bilingual" / f"{slug}.pdf")
        assert [number for number, text in enumerate(pages) if "Sources / Fuentes" in text] == [len(pages) - 1], slug


def test_the_clinician_summary_ends_on_a_page_with_its_last_sources(printed: Path) -> None:
    """On Letter the English summary for clinicians printed "Original in English." and the disclaimer
    alone on page 8: they now end page 7, under the last source (spaced tighter, the same 10 pt)."""
    pages = page_texts(printed / "en" / "anakinra-clinician.pdf")
    last = pages[-1]
    assert "Original in English." in last and "does not replace the prescribing information" in last, last
    assert "globalrph.com/rx-list/kineret-drug" in last.replace(" ", ""), last
    assert len(pages) == 7


def test_a_large_print_list_keeps_its_last_line_with_the_item_before_it(printed: Path) -> None:
    """On A4 the last item of "What should I avoid?" (one line) printed alone at the top of page 3 of
    the large-print "What are the risks?", in English and in Spanish: it prints on the page of the
    item before it, and neither edition takes a page more."""
    avoid = {"en": ("Do not get a live vaccine while you take anakinra.",
                    "Tell your care team about all the medicines you take."),
             "es": ("No se ponga una vacuna viva mientras usa la anakinra.",
                    "Dígale a su equipo médico todas las medicinas que usa.")}
    a4 = printed.parent.name == "library"  # the fixture's A4 build; Letter's is test_pdf's "real-content"
    counts = {"en": 4, "es": 4 if a4 else 5}
    for lang, (before, last) in avoid.items():
        pages = page_texts(printed / lang / "anakinra-risks-large.pdf")
        [page] = [number for number, text in enumerate(pages) if last in text]
        assert before in pages[page], pages[page]
        assert len(pages) <= counts[lang], f"{lang}: {len(pages)} pages"


def test_the_large_print_shot_record_prints_its_dose_and_phone_on_the_page_of_its_log(printed: Path) -> None:
    """"My shot record" and its table of dose, how often and the care team's phone (the sheet's one
    place for the number) printed at the foot of page 3, the dates log on page 4: a copy of the log's
    page ("Make a copy of this page") had no phone on it. All print on one page, in both languages,
    and the edition keeps its 5 pages."""
    words = {"en": ("My shot record", "My care team's phone", "Where on my body",
                    "Make a copy of this page before you fill it in."),
             "es": ("Teléfono de mi equipo médico", "Lugar del cuerpo",
                    "Haga una copia de esta página antes de llenarla.")}
    for lang, wanted in words.items():
        pages = page_texts(printed / lang / "anakinra-shot-record-large.pdf")
        [log] = [number for number, text in enumerate(pages) if wanted[-2] in text]
        assert all(text in pages[log] for text in wanted), pages[log]
        assert len(pages) == 5, lang


def test_the_side_by_side_clinician_summary_prints_no_last_page_of_one_source(printed: Path) -> None:
    """On Letter the side-by-side summary for clinicians printed its sources on page 11 and the last
    one (31, RxList) alone on page 12: the sources' lines are spaced tighter (the same 10 pt) and the
    empty footer under them takes no room: the last sources print together on the edition's last
    page. A row split at a page's foot went whole to the next page with its heading (its cells'
    bottom padding overflowed the page): the text now ends higher, the sources start at the foot of
    page 10, and the A4 edition takes 10 pages, not 11 (Letter 11)."""
    pages = page_texts(printed / "bilingual" / "anakinra-clinician.pdf")
    rxlist = "globalrph.com/rx-list/kineret-drug"
    [last] = [number for number, text in enumerate(pages) if rxlist in text.replace(" ", "")]
    assert last == len(pages) - 1, pages[last]
    assert all(source in pages[last] for source in ("Figuero-Pérez L", "de la Calle C")), pages[last]
    # 13 pages on Letter since its dose table fits its column (it was 10 on A4 and 11 on Letter while the
    # Spanish column ran off the paper: test_no_side_by_side_edition_prints_past_the_papers_right_edge);
    # 12 on A4 since its wide tables print across both columns (widetables.py); 12 on Letter since its
    # rows are spaced as a patient edition's (its last four sources were page 13)
    assert len(pages) <= 12


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed; .ci/run installs it")
def test_no_side_by_side_edition_prints_past_the_papers_right_edge(printed: Path) -> None:
    """A rule for the side-by-side table's own cells (each column half) reached the tables inside them:
    the clinician summary's dose table took half a column for each of its six columns and pushed the
    Spanish column off the paper's right edge on every page (words cut at 617 pt of Letter's 612).
    Every word of every side-by-side PDF ends inside the page's right margin, 12 mm (poppler's word boxes)."""
    for path in sorted((printed / "bilingual").glob("*.pdf")):
        width = float(PdfReader(str(path)).pages[0].mediabox.width)
        boxes = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True,
                               check=True).stdout
        right = max(float(x) for x in re.findall(r'xMax="([\d.]+)"', boxes))
        assert right <= width - 12 / 25.4 * 72 + 1, f"{path.name}: a word ends at {right:.0f} pt of {width:.0f}"


def source_pages(pdf: Path) -> list[tuple[int, int]]:
    """For each source a side-by-side PDF lists (its HTML's), the page (0-based) of its first words
    and of its last, read from the page texts without spaces (an address breaks over lines); the last
    page that has them (the text before the sources may cite the same article)."""
    import lxml.html

    pages = [text.replace(" ", "") for text in page_texts(pdf)]
    found = []
    for item in lxml.html.parse(str(pdf.with_suffix(".html"))).xpath("//section[contains(@class, 'sources')]//li"):
        words = "".join(item.text_content().split())
        found.append(tuple(max(number for number, text in enumerate(pages) if part in text)
                           for part in (words[:40], words[-20:])))
    return found


def test_the_side_by_side_case_summary_parts_its_sources_between_two_only(printed: Path) -> None:
    """On A4 the side-by-side COVID-19 case summary printed "Fuentes / Sources" and its first sources at
    the foot of page 3, the rest on page 4 (once its rows were laid out tighter, the seventh alone);
    kept whole (about 230 pt), on Letter they left the foot of page 3 (159 pt) blank and printed alone
    on page 4. A clinician's five to a dozen sources may go on over a page break between two sources,
    never inside one, the last with the one before it: on Letter the heading and the first four end
    page 3 (the first three until its rows were spaced as a patient edition's), the other three are
    page 4; on A4 all print on page 3 (3 pages)."""
    path = printed / "bilingual" / "anakinra-covid-case.pdf"
    pages = page_texts(path)
    a4 = float(PdfReader(str(path)).pages[0].mediabox.width) < 600  # 595 pt; Letter 612
    [heading] = [number for number, text in enumerate(pages) if "Fuentes / Sources" in text]
    found = source_pages(path)
    assert heading == 2 and found[0][0] == heading, (found, pages[heading])
    assert all(first == last for first, last in found), found  # no source cut over two pages
    assert found[-1][0] == found[-2][0] == len(pages) - 1, found
    assert [first for first, _ in found] == ([2] * 7 if a4 else [2, 2, 2, 2, 3, 3, 3])
    assert len(pages) == (3 if a4 else 4)


def test_a_list_keeps_a_last_item_of_two_lines_with_the_item_before_it(tmp_path: Path,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    """A long list (not a short one, kept whole) that ends a large-print sheet: its last item, two lines
    of 18 pt print, went to page 2 with the closing lines that stay with it, alone at the top of the
    page; only a last item of one line was kept with the item before it. Both now print on page 2,
    and the sheet keeps its 2 pages."""
    root = copy_project(tmp_path / "project")
    before, last = ("Do not get a live vaccine.",
                    "Tell your care team about every other medicine and vitamin you take at home.")
    lines = "".join(f"Line {n} of the text.\n\n" for n in range(7))
    items = "".join(f"- Item {n} of the list.\n" for n in range(5))
    (root / "content/en/medicine-basics.md").write_text(
        front_matter("What should I avoid?") + f"\n## What should I avoid?\n\n{lines}{items}- {before}\n- {last}\n",
        encoding="utf-8")
    assert run(capsys, root, "build", "-j", "1", "-l", "en", "--format", "pdf")[0] == 0
    pages = page_texts(root / "build/en/medicine-basics-large.pdf")
    [page] = [number for number, text in enumerate(pages) if last in text]
    assert page == 1 and before in pages[page], pages
    assert len(pages) == 2


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed; .ci/run installs it")
def test_no_word_of_a_side_by_side_table_is_broken_mid_word(printed: Path) -> None:
    """Laid out fixed, 8 pt, in half a page, the clinician summary's six-column dose table printed
    "Indicatio/n", "mg/k/g" and "Mediterran/ean". A table too wide for half a page now prints across
    both columns, each language's in turn, named "English" and "Español" (widetables.py); one that
    fits its column sizes its columns by their words. Every word of every table in the side-by-side
    summary prints whole, on either paper: it may wrap after a hyphen or a dash, or between citations."""
    import lxml.html

    path = printed / "bilingual" / "anakinra-clinician.pdf"
    page = lxml.html.parse(str(path.with_suffix(".html")))
    tables = page.xpath("//table[contains(@class, 'bilingual')]//td//table")
    assert [table.xpath("string(caption)") for table in tables if table.xpath("caption")] == [
        "English", "Español"]  # the dose table; measured in its fonts' widths, the indications fit half a page
    printed_words = set(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                                       check=True).stdout.replace("\u2060", "").split())
    broken = set()
    for table in tables:
        for cell in table.xpath(".//th|.//td"):
            for word in cell.text_content().replace("\u2060", "").split():
                pieces = re.split(r"(?<=[-\u2010\u2013\u2014])", word)  # "[1][14][7]" may wrap anywhere
                if not (word in printed_words or all(piece in printed_words for piece in pieces)
                        or re.fullmatch(r"(\[\d+\])+", word)):
                    broken.add(word)
    assert not broken, sorted(broken)
