"""The printed editions as a reader, a screen reader and a printer see them: tags, languages per
element, metadata, embedded fonts, page size, page count, type size and reproducible bytes."""

from __future__ import annotations

import functools
import io
import itertools
import re
import shutil
import subprocess
import tempfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import lxml.html
import pikepdf
import pytest
from pypdf import PdfReader

from conftest import DATA, REPO
from helpers import cite_the_label, pdf_text, run

US_LETTER = (612, 792)
A4 = (595, 842)  # 595.28 x 841.89 pt
LONG_EN = ("This is a long paragraph that keeps going so that the side-by-side table row has to break "
           "across a page. ") * 30
LONG_ES = ("Este es un párrafo largo que sigue y sigue para que la fila de la tabla en paralelo tenga que "
           "partirse entre dos páginas. ") * 30


def copy_project(dest: Path) -> Path:
    """tests/data/project with the repository's templates (as the conftest fixture does)."""
    shutil.copytree(DATA / "project", dest)
    shutil.copytree(REPO / "templates", dest / "templates")
    return dest


def build(capsys: pytest.CaptureFixture[str], root: Path, *args: str, out: Path | None = None) -> Path:
    """``edu build ARGS`` must succeed; returns the output folder."""
    code, _out, err = run(capsys, root, "build", "-j", "1", *args, *(("-o", str(out)) if out else ()))
    assert code == 0, err
    return out or root / "build"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tiny library built once for the module (every format, every language)."""
    from edu.cli import main  # a module fixture has no capsys: call the CLI directly

    root = copy_project(tmp_path_factory.mktemp("pdf") / "project")
    assert main(["-C", str(root), "build", "-j", "2"]) == 0
    return root / "build"


def pdfs(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.pdf"))


def structure(pdf: pikepdf.Pdf) -> Iterator[tuple[pikepdf.Dictionary, tuple[pikepdf.Dictionary, ...]]]:
    """Every structure element with its ancestors, in reading order."""
    root = pdf.Root.StructTreeRoot
    for top in root.K if isinstance(root.K, pikepdf.Array) else [root.K]:
        yield top, ()
        yield from ((element, (top, *ancestors)) for element, ancestors in structure_under(top))


def structure_under(element: pikepdf.Dictionary) -> Iterator[tuple[pikepdf.Dictionary, tuple[pikepdf.Dictionary, ...]]]:
    """Every structure element under ``element`` with its ancestors below it, in reading order."""
    kids = element.get("/K")
    for kid in kids if isinstance(kids, pikepdf.Array) else [kids]:
        if isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
            yield kid, ()
            yield from ((e, (kid, *a)) for e, a in structure_under(kid))


def lang_of(element: pikepdf.Dictionary, ancestors: tuple[pikepdf.Dictionary, ...], default: str) -> str:
    """The language a screen reader uses for an element: its own /Lang, else the nearest ancestor's."""
    for node in (element, *reversed(ancestors)):
        if "/Lang" in node:
            return str(node.Lang)
    return default


def top_level_rows(pdf: pikepdf.Pdf) -> list[list[pikepdf.Dictionary]]:
    """The cells of each row of tables that are not inside another table, in order."""
    rows = []
    for element, ancestors in structure(pdf):
        if element.S == "/TR" and not any(a.S in ("/TD", "/TH") for a in ancestors):
            rows.append([k for k in element.K if isinstance(k, pikepdf.Dictionary) and k.S in ("/TD", "/TH")])
    return rows


def marked_texts(path: Path) -> dict[tuple[int, int], str]:
    """The text of each marked-content sequence, (page index, MCID) -> text, as pypdf extracts it."""
    texts: dict[tuple[int, int], str] = {}
    for number, page in enumerate(PdfReader(path, strict=True).pages):
        for mcid, text in page_marked_texts(page):
            texts[number, mcid] = texts.get((number, mcid), "") + text
    return texts


def page_marked_texts(page: Any) -> list[tuple[int, str]]:
    """(MCID, text) of each text run of a page inside a marked-content sequence with an MCID."""
    open_mcids: list[int | None] = []
    runs: list[tuple[int, str]] = []

    def before(operator: bytes, operands: list[Any], _cm: Any, _tm: Any) -> None:
        if operator in (b"BDC", b"BMC"):
            properties = operands[1] if operator == b"BDC" else {}
            open_mcids.append(properties.get("/MCID") if hasattr(properties, "get") else None)
        elif operator == b"EMC" and open_mcids:
            open_mcids.pop()

    def visit(text: str, *_args: Any) -> None:
        mcid = next((m for m in reversed(open_mcids) if m is not None), None)
        if mcid is not None:
            runs.append((int(mcid), text))

    page.extract_text(visitor_operand_before=before, visitor_text=visit)
    return runs


def element_text(element: pikepdf.Dictionary, pages: dict[tuple[int, int], int],
                 texts: dict[tuple[int, int], str]) -> str:
    """What a screen reader reads of a structure element: its marked content, in structure order,
    each MCID on its element's page (or the page its /MCR names), list markers left out."""
    if element.get("/S") == "/Lbl":
        return ""
    kids = element.get("/K")
    out = []
    for kid in kids if isinstance(kids, pikepdf.Array) else [kids]:
        if isinstance(kid, int):
            out.append(texts.get((pages[element.Pg.objgen], kid), ""))
        elif isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/MCR":
            out.append(texts.get((pages[kid.Pg.objgen], int(kid.MCID)), ""))
        elif isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
            out.append(element_text(kid, pages, texts))
    return "".join(out)


def squeeze(text: str) -> str:
    """A text without its whitespace, nor the word joiner a range's dash carries (it draws nothing)."""
    return "".join(text.replace("\u2060", "").split())


def assert_rows_read_as_the_html(path: Path) -> int:
    """The side-by-side PDF has one body /TR per HTML row of its table, each cell reading the HTML
    cell's text, and every parent-tree entry points at an element of the tree; returns the rows."""
    import lxml.html

    html = lxml.html.parse(str(path.with_suffix(".html")))
    cells = [tr.xpath("./td") for tr in html.xpath("//table[contains(@class, 'bilingual')]/tbody/tr")]
    expected = [[squeeze(td.text_content()) for td in row] for row in cells]
    # paper prints where a patient's link goes after it (edu.css): "label (https://…)"
    printed = [[{squeeze(f"({a.get('data-address') or a.get('href')})") for a in td.iter("a")} for td in row]
               for row in cells]
    texts = marked_texts(path)
    with pikepdf.open(path) as pdf:
        pages = {page.objgen: number for number, page in enumerate(pdf.pages)}
        rows = [[squeeze(element_text(cell, pages, texts)) for cell in cells]
                for cells in top_level_rows(pdf) if cells[0].S == "/TD"]
        headers = [cells for cells in top_level_rows(pdf) if cells[0].S == "/TH"]
        in_tree = {e.objgen for e, _a in structure(pdf)}
        nums = pdf.Root.StructTreeRoot.ParentTree.Nums
        for value in (nums[i] for i in range(1, len(nums), 2)):
            for target in value if isinstance(value, pikepdf.Array) else [value]:
                assert not isinstance(target, pikepdf.Dictionary) or target.objgen in in_tree, path
    assert len(headers) == 1, path  # the header row repeated on later pages is an artifact
    assert len(rows) == len(expected), path
    for got, want, addresses in zip(rows, expected, printed, strict=True):
        assert [functools.reduce(lambda text, address: text.replace(address, ""), links, text)
                for text, links in zip(got, addresses, strict=True)] == want, path
    return len(rows)


# --- tags and metadata --------------------------------------------------------------------------------------


def test_every_pdf_is_tagged_pdf_ua_with_title_language_and_metadata(built: Path) -> None:
    files = pdfs(built)
    assert len(files) == 8  # 4 editions, 2 large print, 2 bilingual
    for path in files:
        with pikepdf.open(path) as pdf:
            root = pdf.Root
            assert root.MarkInfo.Marked is True, path
            assert root.ViewerPreferences.DisplayDocTitle is True, path
            lang = str(root.Lang)
            assert lang in ("en", "es"), path
            tags = Counter(str(e.S) for e, _a in structure(pdf))
            assert tags["/H1"] == 1 and tags["/P"] > 2, (path, tags)
            info = pdf.docinfo
            for key in ("/Title", "/Author", "/Subject", "/Keywords", "/CreationDate", "/ModDate"):
                assert str(info.get(key, "")), (path, key)
            xmp = pdf.open_metadata()
            assert xmp["pdfuaid:part"] == "1", path
            assert xmp["dc:title"] == str(info.Title)
            assert lang in xmp["dc:language"], path
            assert xmp["dc:description"] == str(info.Subject)
            assert "Test Clinic Library" in xmp["dc:creator"]


def test_title_subject_keywords_and_dates_describe_the_spanish_edition(built: Path) -> None:
    reader = PdfReader(built / "es/medicine-basics.pdf")
    info = reader.metadata
    assert info is not None
    assert info.title == "¿Qué es este medicamento?"
    assert info.subject == "Este medicamento calma la hinchazón de sus articulaciones."
    # in the edition's language (they were "example, patient education, Spanish")
    assert info["/Keywords"] == "Example, Para pacientes y familias, Español"
    # dates come from `reviewed: 2026-11-20`, never from the clock
    assert info["/CreationDate"] == info["/ModDate"] == "D:20261120"
    # a library catalog lists the large-print PDF apart from the standard one (one title for both)
    large = PdfReader(built / "es/medicine-basics-large.pdf").metadata
    assert large is not None and large.title == "¿Qué es este medicamento? (PDF con letra grande)"
    side = PdfReader(built / "bilingual/medicine-basics.pdf").metadata
    assert side is not None and side["/Keywords"] == "Example, For patients and families, English, Spanish"


def test_bilingual_pdf_declares_both_languages(built: Path) -> None:
    with pikepdf.open(built / "bilingual/medicine-basics.pdf") as pdf:
        assert str(pdf.Root.Lang) == "en"
        assert set(pdf.open_metadata()["dc:language"]) == {"en", "es"}
        assert str(pdf.docinfo.Title) == "What is this medicine? / ¿Qué es este medicamento?"


def test_the_side_by_side_title_is_one_bookmark_and_heading_with_both_titles_apart(built: Path) -> None:
    """The first bookmark and the tagged H1 ran the titles together ("What is this medicine?¿Qué es
    este medicamento?"): the print stacks them and left out their " / ". Now both say it (the
    separator is clipped, not left out: the page looks as before)."""
    for slug, titles in (("medicine-basics", ("What is this medicine?", "¿Qué es este medicamento?")),
                         ("caso-breve", ("Un caso breve", "A short case"))):
        path = built / f"bilingual/{slug}.pdf"
        first = PdfReader(path).outline[0]
        assert not isinstance(first, list) and first.title == " / ".join(titles), first
        texts = marked_texts(path)
        with pikepdf.open(path) as pdf:
            pages = {page.objgen: number for number, page in enumerate(pdf.pages)}
            heading = next(e for e, _a in structure(pdf) if e.S == "/H1")
            assert " ".join(element_text(heading, pages, texts).split()) == " / ".join(titles)


# --- languages per element ----------------------------------------------------------------------------------


def assert_cells_by_column(pdf: pikepdf.Pdf, langs: tuple[str, str]) -> int:
    """Every cell of the side-by-side table carries its column's /Lang; returns the number of rows."""
    rows = top_level_rows(pdf)
    assert rows
    for cells in rows:
        if len(cells) == 1:  # a write-in log across both columns, its second language's words marked,
            # or a wide table across both columns, named by its language (test_wide_tables.py): printed,
            # in a header cell across the table's columns
            captioned = any(element.S == "/Caption" or (element.S == "/TH" and "/ColSpan" in element.get("/A", {}))
                            for element, _a in structure_under(cells[0]))
            assert cells[0].S == "/TD" and str(cells[0].get("/Lang")) in (langs if captioned else langs[:1])
            continue
        assert [c.S for c in cells] in (["/TH", "/TH"], ["/TD", "/TD"])
        assert [str(c.get("/Lang")) for c in cells] == list(langs)
    return len(rows)


def test_every_cell_of_the_bilingual_pdf_carries_its_language(built: Path) -> None:
    for slug, langs in (("medicine-basics", ("en", "es")), ("caso-breve", ("es", "en"))):
        with pikepdf.open(built / f"bilingual/{slug}.pdf") as pdf:
            assert_cells_by_column(pdf, langs)
            # the title is one heading with a span per language
            spans = [(e, a) for e, a in structure(pdf) if any(x.S == "/H1" for x in a) and "/Lang" in e]
            assert sorted(str(e.Lang) for e, _a in spans) == sorted(langs)


def test_a_table_inside_a_spanish_cell_is_spanish_not_split_by_column(built: Path) -> None:
    """The handout's own two-column table ('Test | When') sits inside each language's cell."""
    with pikepdf.open(built / "bilingual/medicine-basics.pdf") as pdf:
        nested = [(e, a) for e, a in structure(pdf)
                  if e.S in ("/TD", "/TH") and any(x.S in ("/TD", "/TH") for x in a)]
        assert len(nested) == 8  # 2 x (2 header cells + 2 data cells)
        assert Counter(lang_of(e, a, "en") for e, a in nested) == {"en": 4, "es": 4}
        assert not any("/Lang" in e for e, _a in nested)


def test_rows_split_by_a_page_break_keep_their_languages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = copy_project(tmp_path / "project")
    md = root / "content/en/medicine-basics.md"
    text = md.read_text(encoding="utf-8").replace("audience: patient", "audience: clinician")  # a patient's
    md.write_text(text + f"\n{(LONG_EN * 2).strip()}\n", encoding="utf-8")  # row is kept whole (edu.css)
    po = root / "locale/es/LC_MESSAGES/from-en.po"
    assert run(capsys, root, "update")[0] == 0
    text = po.read_text(encoding="utf-8")
    start = text.index("This is a long paragraph")
    end = text.index('msgstr ""', start)
    po.write_text(text[:end] + f'msgstr "{(LONG_ES * 2).strip()}"' + text[end + len('msgstr ""'):], encoding="utf-8")
    out = build(capsys, root, "--format", "bilingual")
    with pikepdf.open(out / "bilingual/medicine-basics.pdf") as pdf:
        assert len(pdf.pages) >= 3
        assert_cells_by_column(pdf, ("en", "es"))
    rows = assert_rows_read_as_the_html(out / "bilingual/medicine-basics.pdf")  # one /TR per row, split or not
    assert "partirse entre dos páginas" in pdf_text(out / "bilingual/medicine-basics.pdf")
    assert rows >= 3


def test_a_long_write_in_log_continues_on_the_next_page_of_a_patients_side_by_side_edition(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A patient's row is never cut, but a write-in log across both columns is no passage: kept
    whole, a log taller than the rest of a page left it blank and took a page of its own. It goes
    on over the page break, read once as one /TR, its header row repeated."""
    root = copy_project(tmp_path / "project")
    md = root / "content/en/medicine-basics.md"
    md.write_text(md.read_text(encoding="utf-8") + "\n| Date | Notes |\n|---|---|\n" + "|   |   |\n" * 25,
                  encoding="utf-8")
    assert run(capsys, root, "update")[0] == 0
    po = root / "locale/es/LC_MESSAGES/from-en.po"
    text = po.read_text(encoding="utf-8")
    for en, es in (("Date", "Fecha"), ("Notes", "Notas")):
        text = text.replace(f'msgid "{en}"\nmsgstr ""', f'msgid "{en}"\nmsgstr "{es}"')
    po.write_text(text, encoding="utf-8")
    out = build(capsys, root, "--format", "bilingual")
    path = out / "bilingual/medicine-basics.pdf"
    assert_rows_read_as_the_html(path)
    with pikepdf.open(path) as pdf:
        pages = {page.objgen: number for number, page in enumerate(pdf.pages)}

        def printed_on(element: Any) -> set[int]:  # the pages of an element and of everything in it
            kids = element.get("/K", [])
            kids = kids if isinstance(kids, pikepdf.Array) else [kids]
            found = {pages[element.Pg.objgen]} if "/Pg" in element else set()
            return found.union(*(printed_on(k) for k in kids if isinstance(k, pikepdf.Dictionary)))

        spans = [len(set().union(*(printed_on(cell) for cell in cells))) for cells in top_level_rows(pdf)]
    assert sorted(spans)[-2:] == [1, 2], spans  # the log (shorter than a page) starts on page 1, nothing else is cut
    assert pdf_text(path).count("Date / Fecha") == 2  # its header row on each page


def test_every_side_by_side_row_reads_as_its_html_row(built: Path) -> None:
    for path in sorted((built / "bilingual").glob("*.pdf")):
        assert assert_rows_read_as_the_html(path) >= 3


def test_english_passages_in_a_spanish_draft_are_tagged_english(tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    root = copy_project(tmp_path / "project")
    po = root / "locale/es/LC_MESSAGES/from-en.po"
    po.write_text(po.read_text(encoding="utf-8").replace('msgstr "Limpie la piel."', 'msgstr ""'), encoding="utf-8")
    out = build(capsys, root, "--draft", "-l", "es", "--format", "pdf")
    with pikepdf.open(out / "es/medicine-basics.pdf") as pdf:
        assert str(pdf.Root.Lang) == "es"
        english = [e for e, a in structure(pdf) if str(e.get("/Lang", "")) == "en"
                   and not any(str(x.get("/Lang", "")) == "en" for x in a)]
        # the untranslated list item, and the English source listed under Sources
        assert [str(e.S) for e in english] == ["/Span", "/LI"]
    assert "Clean the skin." in pdf_text(out / "es/medicine-basics.pdf")


def test_cells_are_tagged_by_column_even_without_lang_attributes(tmp_path: Path) -> None:
    """The column finisher alone (the fallback where the element wrapper cannot be installed)."""
    from edu.model import Page
    from edu.pdf import PdfWriter

    root = copy_project(tmp_path / "project")
    html = print_page(root, "medicine-basics", bilingual=True).read_text(encoding="utf-8")
    html = re.sub(r'(<t[dh][^>]*) lang="e[ns]"', r"\1", html)
    rendered = PdfWriter(root).render(Page(html, "en", "t", "medicine-basics", None), ("en", "es"))
    data, problems = rendered.data, rendered.problems
    assert not problems
    with pikepdf.open(io.BytesIO(data)) as pdf:
        assert_cells_by_column(pdf, ("en", "es"))


# --- fonts, paper, pages --------------------------------------------------------------------------------------


def embedded_fonts(path: Path) -> dict[str, bool]:
    """Base font name -> whether the font program is embedded (/FontFile2) with a /ToUnicode map."""
    fonts: dict[str, bool] = {}
    with pikepdf.open(path) as pdf:
        for page in pdf.pages:
            for font in page.Resources.get("/Font", {}).values():
                program = font.DescendantFonts[0] if "/DescendantFonts" in font else font
                descriptor = program.FontDescriptor
                name = str(font.BaseFont).split("+", 1)[-1]
                fonts[name] = "/FontFile2" in descriptor and "/ToUnicode" in font
    return fonts


def test_every_pdf_embeds_atkinson_hyperlegible_and_nothing_from_the_machine(built: Path) -> None:
    for path in pdfs(built):
        fonts = embedded_fonts(path)
        assert "Atkinson-Hyperlegible" in fonts and "Atkinson-Hyperlegible-Bold" in fonts, (path, fonts)
        assert all(fonts.values()), (path, fonts)
        assert all(name.startswith(("Atkinson-Hyperlegible", "Noto-Sans")) for name in fonts), (path, fonts)


def test_us_editions_are_letter_and_fit_one_page(built: Path) -> None:
    for path in pdfs(built):
        reader = PdfReader(path)
        for page in reader.pages:
            assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == US_LETTER, path
    assert len(PdfReader(built / "en/medicine-basics.pdf").pages) == 1
    assert "Página 1 de 1" in pdf_text(built / "es/medicine-basics.pdf")


def test_a_patient_handout_printed_on_more_than_two_pages_is_a_warning(tmp_path: Path,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    """A French patient PDF ran to 3 pages, the third holding two lines of the footer, and nothing
    said so (DESIGN: at most 2 printed pages). The build warns once per such PDF, at the handout's
    source; its large-print edition and a clinician summary may take more pages."""
    root = copy_project(tmp_path / "project")
    handout = root / "content/en/medicine-basics.md"
    handout.write_text(handout.read_text(encoding="utf-8") + "".join(
        f"\n## Part {n}\n\n{LONG_EN}\n" for n in range(4)), encoding="utf-8")
    summary = root / "content/en/for-clinicians.md"
    summary.write_text(handout.read_text(encoding="utf-8").replace("audience: patient", "audience: clinician")
                       .replace("title: What is this medicine?", "title: For clinicians"), encoding="utf-8")
    code, _out, err = run(capsys, root, "build", "-j", "2", "-l", "en", "--format", "pdf")
    assert code == 0, err
    pages = len(PdfReader(root / "build/en/medicine-basics.pdf").pages)
    assert pages > 2 and len(PdfReader(root / "build/en/for-clinicians.pdf").pages) > 2
    warned = [x for x in err.splitlines() if "pages; a patient handout" in x]
    assert warned == [f"content/en/medicine-basics.md:1: warning: en/medicine-basics.pdf prints on {pages} pages; "
                      "a patient handout prints on at most 2 (one sheet, both sides): shorten this edition's text "
                      "(a translation runs longer than its source; a clinic's stamp under the title takes a line or "
                      "two) or split the handout"], err
    # a later build that changes another handout keeps this PDF, and says so again (so does a no-op build)
    other = root / "content/en/for-clinicians.md"
    other.write_text(other.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    for _ in range(2):
        code, _out, err = run(capsys, root, "build", "-j", "1", "-l", "en", "--format", "pdf")
        assert code == 0 and "built en/medicine-basics.pdf" not in err, err
        assert [x for x in err.splitlines() if "pages; a patient handout" in x] == warned, err


def test_other_territories_print_on_a4(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = copy_project(tmp_path / "project")
    toml = root / "pyproject.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace('territory = "US"', 'territory = "ES"'),
                    encoding="utf-8")
    out = build(capsys, root, "--format", "pdf", "-l", "es")
    page = PdfReader(out / "es/medicine-basics.pdf").pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == A4


def test_the_footer_prints_review_date_version_status_and_page_numbers(built: Path) -> None:
    es = pdf_text(built / "es/medicine-basics.pdf")
    assert "Última revisión 20 de noviembre de 2026 · Versión 2" in es
    assert "Traducido del inglés." in es and "Página 1 de 1" in es
    en = pdf_text(built / "en/caso-breve.pdf")
    assert "Last reviewed November 18, 2026 · Version 1" in en and "Translated from Spanish." in en


def test_the_clinic_stamp_is_printed_when_configured(built: Path, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    root = copy_project(tmp_path / "project")
    toml = root / "pyproject.toml"
    toml.write_text(toml.read_text(encoding="utf-8") + '\n[tool.edu.clinic]\nname = "Riverside Clinic"\n'
                    'phone = "555-0100"\n', encoding="utf-8")
    out = build(capsys, root, "--format", "pdf", "--format", "bilingual")
    assert "Riverside Clinic · 555-0100" in pdf_text(out / "en/medicine-basics.pdf")
    assert "Riverside Clinic · 555-0100" in pdf_text(out / "bilingual/medicine-basics.pdf")  # for families too
    assert "Riverside Clinic" not in pdf_text(built / "en/medicine-basics.pdf")


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed; .ci/run installs it")
def test_a_running_header_of_two_lines_stays_on_the_page_in_large_print(tmp_path: Path,
                                                                         capsys: pytest.CaptureFixture[str]) -> None:
    """The 14 pt header took two lines beside a clinic's name and its first was cut by the page's
    top edge. Every word of every page is inside the page."""
    root = copy_project(tmp_path / "project")
    toml = root / "pyproject.toml"
    toml.write_text(toml.read_text(encoding="utf-8") + '\n[tool.edu.clinic]\nname = "Rheumatology and Infusion '
                    'Clinic, North Building, 3rd floor"\nphone = "555-0100"\n', encoding="utf-8")
    handout = root / "content/en/medicine-basics.md"  # a long title, and pages after the first (which has none)
    handout.write_text(handout.read_text(encoding="utf-8").replace(
        "title: What is this medicine?", "title: What is this medicine, and what tests do I need while I use it?")
        + f"\n{LONG_EN}\n", encoding="utf-8")
    out = build(capsys, root, "--format", "pdf", "-l", "en")
    boxes = subprocess.run(["pdftotext", "-bbox", str(out / "en/medicine-basics-large.pdf"), "-"],
                           capture_output=True, text=True, check=True).stdout
    pages = re.findall(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', boxes, re.S)
    assert len(pages) > 1
    for _width, height, words in pages:
        tops = [float(y) for y in re.findall(r'yMin="(-?[\d.]+)"', words)]
        bottoms = [float(y) for y in re.findall(r'yMax="(-?[\d.]+)"', words)]
        assert min(tops) >= 0 and max(bottoms) <= float(height), (min(tops), max(bottoms))


# --- type size --------------------------------------------------------------------------------------------------


def text_sizes(path: Path) -> Counter[float]:
    """Characters printed at each font size (pt), from the text matrices pypdf sees."""
    sizes: Counter[float] = Counter()
    for page in PdfReader(path).pages:
        def visit(text: str, cm: list[float], tm: list[float], _font: object, size: float) -> None:
            if text.strip():
                scale = (tm[0] ** 2 + tm[1] ** 2) ** 0.5 * (cm[0] ** 2 + cm[1] ** 2) ** 0.5
                sizes[round(size * scale, 1)] += len(text.strip())

        page.extract_text(visitor_text=visit)
    return sizes


def test_body_text_is_12_pt_and_18_pt_in_large_print(built: Path) -> None:
    """Large print: 18 pt, the running header and footer 16 pt, the sources 14 pt (at 18 pt their
    last lines took a page of their own), nothing else smaller."""
    for lang in ("en", "es"):
        normal = text_sizes(built / f"{lang}/medicine-basics.pdf")
        large = text_sizes(built / f"{lang}/medicine-basics-large.pdf")
        assert normal[12.0] > 150 and min(normal) >= 10.0 and max(normal) <= 18.0, normal
        assert large[18.0] > 150 and min(large) >= 14.0 and 12.0 not in large, large  # 16: header and footer
        runs = text_runs(built / f"{lang}/medicine-basics-large.pdf")
        sources = next(n for n, (text, _size) in enumerate(runs) if text in ("Sources", "Fuentes"))
        small = [text for n, (text, size) in enumerate(runs) if size < 16 and n > sources]
        assert "Example medicine prescribing information" in small, runs  # the source's title
        assert large[14.0] == sum(len(text) for text in small), runs  # and nothing before the sources


def text_runs(path: Path) -> list[tuple[str, float]]:
    """Each text run of a PDF with its font size in pt, from the text matrices pypdf sees."""
    runs: list[tuple[str, float]] = []
    for page in PdfReader(path).pages:
        def visit(text: str, cm: list[float], tm: list[float], _font: object, size: float) -> None:
            if text.strip():
                scale = (tm[0] ** 2 + tm[1] ** 2) ** 0.5 * (cm[0] ** 2 + cm[1] ** 2) ** 0.5
                runs.append((text.strip(), round(size * scale, 1)))

        page.extract_text(visitor_text=visit)
    return runs


# (a handout changed since its clinical sign-off: "Changed since its review of …", "Cambiada tras su revisión del …")
FOOTER_RUN = re.compile(r"(Last reviewed|Última revisión|Changed since its review of|Cambiada tras su revisión del) "
                        r".+ · (Version|Versión) \d+ · [0-9a-f]{8}|"
                        r"(Page|Página) \d+ (of|de) \d+")


def assert_edition_line_and_footer_at_12_pt(path: Path) -> None:
    """The edition line (audience · last reviewed · next review · version) and the running footer
    (review date, version, page numbers) print at 12 pt or more on a patient's sheet."""
    import lxml.html

    html = lxml.html.parse(str(path.with_suffix(".html")))
    edition_line = " ".join(html.xpath("//p[@class='edition-line']")[0].text_content().split())
    runs = text_runs(path)
    edition = [(text, size) for text, size in runs if len(text) > 8 and text in edition_line]
    footer = [(text, size) for text, size in runs if FOOTER_RUN.fullmatch(text)]
    assert edition and len(footer) >= 2 * len(PdfReader(path).pages), (path, edition, footer)
    assert all(size >= 12 for _text, size in edition + footer), (path, edition, footer)


def test_a_patients_edition_line_and_running_footer_print_at_12_pt(built: Path, real_build: Path) -> None:
    """They printed at 10 pt; the standard asks 12 pt or more of every text a patient reads (D1)."""
    editions = [built / "en/medicine-basics.pdf", built / "es/medicine-basics.pdf", *patient_editions(real_build)]
    assert len(editions) >= 8
    for path in editions:
        assert_edition_line_and_footer_at_12_pt(path)


def computed_sizes(html_path: Path, root: Path) -> dict[str, set[float]]:
    """Font sizes in pt that WeasyPrint computes for headings and body text of a print page."""
    from weasyprint import HTML

    from edu.fetcher import make_fetcher

    document = HTML(string=html_path.read_text(encoding="utf-8"), base_url=str(root / "templates") + "/",
                    url_fetcher=make_fetcher([root]), media_type="print").render()
    sizes: dict[str, set[float]] = {}

    def walk(box: Any, metadata: bool) -> None:
        element = getattr(box, "element", None)
        classes = (element.get("class") or "") if element is not None else ""
        metadata = metadata or any(c in classes.split() for c in ("sources", "site-footer", "edition-line"))
        tag = getattr(box, "element_tag", None)
        if tag in ("h1", "h2", "h3", "p", "li", "td", "th") and not metadata:
            key = tag if tag.startswith("h") or not classes else f"{tag}.{classes}"
            sizes.setdefault(key, set()).add(round(box.style["font_size"] * 0.75, 1))
        for child in getattr(box, "children", ()):
            walk(child, metadata)

    for page in document.pages:
        walk(page._page_box, False)
    return sizes


def print_page(root: Path, slug: str, large: bool = False, bilingual: bool = False) -> Path:
    """The exact HTML the PDF writer gets (the build does not write it): Spanish, or side by side."""
    from edu.build import BuildReport
    from edu.config import load_settings
    from edu.pages import PageMaker
    from edu.pipeline import make_editions
    from edu.project import load_project

    settings = load_settings(root)
    project = load_project(settings)
    editions, _inputs = make_editions(project, settings.languages, False, BuildReport())
    maker = PageMaker(settings, {lang: project.template_catalog(lang) for lang in settings.languages},
                      project.references)
    if bilingual:
        page = maker.bilingual_page(editions[(slug, "en")], editions[(slug, "es")], for_pdf=True)
    else:
        page = maker.handout_page(editions[(slug, "es")], for_pdf=True, large=large)
    path = root / f"{slug}-{'bilingual' if bilingual else 'large' if large else 'print'}.html"
    path.write_text(page.html, encoding="utf-8")
    return path


def test_headings_are_16_to_18_pt_and_body_text_at_least_12_pt(tmp_path: Path) -> None:
    root = copy_project(tmp_path / "project")
    sizes = computed_sizes(print_page(root, "medicine-basics"), root)
    for heading in ("h1", "h2"):
        assert sizes[heading] and all(16 <= s <= 18 for s in sizes[heading]), sizes
    for body in ("p", "li", "td", "th"):
        assert sizes[body] == {12.0}, (body, sizes)
    large = computed_sizes(print_page(root, "medicine-basics", large=True), root)
    assert large["p"] == large["li"] == {18.0}, large
    assert all(s > 18 for key in ("h1", "h2") for s in large[key]), large


def test_a_range_fact_never_ends_a_line_at_its_dash(tmp_path: Path) -> None:
    """A pharmacist saw "at 36–" / "46°F (2–8°C)" in a side-by-side column. The same sentence, its
    ranges formatted as the build formats facts, printed in 50 widths of column: every range stays
    on one line, and the text layer (copy, search, screen reader) has the ranges as written."""
    from decimal import Decimal

    from edu.factformat import format_fact
    from edu.model import Fact, Page
    from edu.pdf import PdfWriter

    def fact(low: int, high: int, unit: str) -> str:
        return format_fact(Fact("f", "value", (Decimal(low), Decimal(high)), unit, None, None, "s", 1), "en_US")

    sentence = f"Keep the pens in the refrigerator at {fact(36, 46, 'temperature-fahrenheit')} " \
               f"({fact(2, 8, 'temperature-celsius')})."
    widths = range(30, 80)
    paragraphs = "".join(f'<p style="width: {mm}mm">{sentence}</p>' for mm in widths)
    html = (f'<!DOCTYPE html><html lang="en"><head><title>Ranges</title></head><body>{paragraphs}</body></html>')
    data = PdfWriter(copy_project(tmp_path / "project")).render(Page(html, "en", "Ranges", "ranges", None)).data
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    lines = [line.strip() for line in text.splitlines()]
    assert not [line for line in lines if line.endswith("–")], [line for line in lines if "–" in line][:6]
    assert text.count("36–46°F") == text.count("2–8°C") == len(widths)
    assert "\u2060" not in text
    if shutil.which("pdftotext"):
        (tmp_path / "ranges.pdf").write_bytes(data)
        layout = subprocess.run(["pdftotext", "-layout", str(tmp_path / "ranges.pdf"), "-"], capture_output=True,
                                text=True, check=True).stdout
        assert layout.count("36–46°F") == len(widths) and "\u2060" not in layout


# --- reproducible -------------------------------------------------------------------------------------------------


def test_two_builds_write_byte_identical_pdfs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = copy_project(tmp_path / "project")
    first = build(capsys, root, out=tmp_path / "one")
    second = build(capsys, root, out=tmp_path / "two")
    names = [p.relative_to(first) for p in pdfs(first)]
    assert len(names) == 8 and names == [p.relative_to(second) for p in pdfs(second)]
    for name in names:
        assert (first / name).read_bytes() == (second / name).read_bytes(), name


# --- the real library ---------------------------------------------------------------------------------------------

REAL_CONTENT = REPO / "content"


def build_real_content(base: Path) -> Path:
    """The repository's own handouts, built once per test session (every format, drafts included, so a
    translation still in progress is laid out too). Other test modules call this with the same base."""
    from edu.cli import main

    if not any(REAL_CONTENT.glob("*/*.md")):
        pytest.skip("no handouts in content/")
    root = base / "real-content"
    if not (root / "build/index.html").is_file():
        shutil.rmtree(root, ignore_errors=True)
        root.mkdir(parents=True)
        for name in ("content", "locale", "templates"):
            shutil.copytree(REPO / name, root / name)
        shutil.copyfile(REPO / "pyproject.toml", root / "pyproject.toml")
        assert main(["-C", str(root), "build", "--draft", "-j", "2"]) == 0
    return root / "build"


@pytest.fixture(scope="session")
def real_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_real_content(tmp_path_factory.getbasetemp())


def patient_editions(build: Path) -> list[Path]:
    out = []
    for path in sorted(build.glob("*/*.pdf")):
        if path.parent.name != "bilingual" and not path.stem.endswith("-large"):
            html = path.with_suffix(".html").read_text(encoding="utf-8")
            if 'class="handout audience-patient"' in html:
                out.append(path)
    return out


def test_every_real_patient_handout_fits_two_letter_pages_at_12_pt(real_build: Path) -> None:
    editions = patient_editions(real_build)
    assert len(editions) >= 6
    for path in editions:
        reader = PdfReader(path)
        assert len(reader.pages) <= 2, f"{path.relative_to(real_build)}: {len(reader.pages)} pages"
        sizes = text_sizes(path)
        assert sizes.most_common(1)[0][0] == 12.0, (path, sizes)
        large = text_sizes(path.with_name(f"{path.stem}-large.pdf"))
        assert large.most_common(1)[0][0] == 18.0, (path, large)


def test_every_real_pdf_is_tagged_with_its_languages(real_build: Path) -> None:
    for path in pdfs(real_build):
        with pikepdf.open(path) as pdf:
            assert pdf.Root.MarkInfo.Marked is True and "/StructTreeRoot" in pdf.Root, path
            if path.parent.name == "bilingual":
                langs = ("en", "es") if "covid-case" not in path.name else ("es", "en")
                assert_cells_by_column(pdf, langs)
            else:
                assert str(pdf.Root.Lang) == path.parent.name, path
        assert not marked_content(path)[2], path


def test_images_carry_their_alt_text_into_the_pdf(tmp_path: Path) -> None:
    from edu.model import Page
    from edu.pdf import PdfWriter

    root = copy_project(tmp_path / "project")
    html = print_page(root, "medicine-basics").read_text(encoding="utf-8")
    pixel = ("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAA"
             "AABJRU5ErkJggg==")
    html = html.replace("</h1>", f'</h1><p><img src="{pixel}" alt="Una jeringa precargada" width="40"></p>', 1)
    rendered = PdfWriter(root).render(Page(html, "es", "t", "medicine-basics", None))
    data, problems = rendered.data, rendered.problems
    assert not problems
    with pikepdf.open(io.BytesIO(data)) as pdf:
        assert [str(e.Alt) for e, _a in structure(pdf) if e.S == "/Figure"] == ["Una jeringa precargada"]


def test_a_picture_a_template_left_without_alt_is_still_a_problem(tmp_path: Path) -> None:
    """``alt=""`` says a picture is decoration (it becomes an artifact); no alt at all is a mistake."""
    from edu.model import Page
    from edu.pdf import PdfWriter

    root = copy_project(tmp_path / "project")
    html = print_page(root, "medicine-basics").read_text(encoding="utf-8")
    pixel = ("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAA"
             "AABJRU5ErkJggg==")
    decorative = html.replace("</h1>", f'</h1><p><img src="{pixel}" alt="" width="40"></p>', 1)
    assert PdfWriter(root).render(Page(decorative, "es", "t", "medicine-basics", None)).problems == []
    forgotten = html.replace("</h1>", f'</h1><p><img src="{pixel}" width="40"></p>', 1)
    problems = PdfWriter(root).render(Page(forgotten, "es", "t", "medicine-basics", None)).problems
    assert problems == [f'Image "{pixel}" has no required alt description']


def link_annotations(path: Path) -> list[tuple[str, str]]:
    """(/Contents, where it goes: the URI or the named destination) of every link annotation, in
    the document's order. A link printed with its address after it, or broken over two lines, has
    an annotation per part: a repeat of the one before is left out."""
    found: list[tuple[str, str]] = []
    for page in PdfReader(path).pages:
        for ref in page.get("/Annots") or []:
            annotation = ref.get_object()
            if annotation["/Subtype"] == "/Link":
                target = annotation["/A"]["/URI"] if "/A" in annotation else annotation["/Dest"]
                found.append((str(annotation.get("/Contents")), str(target)))
    return [pair for pair, _repeats in itertools.groupby(found)]


def test_each_link_annotation_says_what_its_link_says(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """PDF/UA 7.18.5: a link annotation describes its link in /Contents; WeasyPrint wrote its target
    there ("source-1"). Each says the link's words now, a citation its name ("Source 1", as on the web page)."""
    root = copy_project(tmp_path / "project")
    cite_the_label(root)
    out = build(capsys, root, "--format", "pdf")
    url = "https://example.org/label"
    assert link_annotations(out / "en/medicine-basics.pdf") == [("label", url), ("Source 1", "source-1")]
    assert link_annotations(out / "es/medicine-basics.pdf") == [("etiqueta", url), ("Fuente 1", "source-1")]
    assert link_annotations(out / "en/caso-breve.pdf")[-1] == ("doi:10.1000/example.2021",  # its list of sources
                                                               "https://doi.org/10.1000/example.2021")
    with pikepdf.open(out / "es/medicine-basics.pdf") as pdf:  # the words a screen reader reads for the link
        links = [element for element, _ancestors in structure(pdf) if element.S == "/Link" and "/Alt" in element]
        assert [str(link.Alt) for link in links] == ["Fuente 1"]


def test_every_link_of_a_real_handout_says_what_it_is_not_where_it_goes(real_build: Path) -> None:
    """The clinician summary: dozens of citations and sources, read back with pypdf in order."""
    import lxml.html

    for lang, source in (("en", "Source"), ("es", "Fuente")):
        path = real_build / lang / "anakinra-clinician.pdf"
        page = lxml.html.parse(str(path.with_suffix(".html")))
        words = {" ".join((a.get("aria-label") or a.text_content()).split()) for a in page.xpath("//main//a")}
        cited = [(a.get("aria-label"), a.get("href")[1:]) for a in page.xpath("//main//a[@class='cite']")]
        annotations = link_annotations(path)
        assert len(cited) > 20 and [pair for pair in annotations if pair[1].startswith("source-")] == [
            pair for pair, _repeats in itertools.groupby(cited)], path
        assert all(name.startswith(f"{source} ") for name, _target in cited), path
        assert {name for name, _target in annotations} <= words, path  # each as the web page names it


def test_every_table_header_is_found_from_its_cells(real_build: Path) -> None:
    """WeasyPrint drops ``scope="col"`` and names header IDs no /IDTree resolves (PDF/UA 7.5):
    every /TH has /Scope /Column, and every /Headers of a cell is an ID of the tree."""
    checked = 0
    for path in pdfs(real_build):
        with pikepdf.open(path) as pdf:
            root = pdf.Root.StructTreeRoot
            names = root.IDTree.Names if "/IDTree" in root else []
            ids = {str(names[i]) for i in range(0, len(names), 2)}
            for element, _ancestors in structure(pdf):
                if element.S == "/TH":
                    assert element.A.Scope == "/Column", path
                    checked += 1
                headers = element.get("/A", {}).get("/Headers") if element.S == "/TD" else None
                if headers is not None:
                    assert {str(h) for h in headers} <= ids, path
    assert checked > 20


def test_a_row_of_the_side_by_side_pdf_is_read_once_even_cut_over_two_pages(real_build: Path) -> None:
    """WeasyPrint tags page by page: a clinician's row split by a page break was two rows, and a
    screen reader read half a Spanish sentence, the English, the repeated "Español / English"
    header, then the rest of each (7 split rows in anakinra-clinician, 1 in anakinra-covid-case).
    Each HTML row is one /TR whose cells read as the HTML's, whatever pages they print on. A
    patient's row is cut only when it is a write-in log across both columns (no passage in it)."""
    import lxml.html

    split = 0
    for path in sorted((real_build / "bilingual").glob("*.pdf")):
        assert_rows_read_as_the_html(path)
        with pikepdf.open(path) as pdf:
            pages = {page.objgen: number for number, page in enumerate(pdf.pages)}
            printed_on = [{pages[k.Pg.objgen] for cell in cells for k in cell.K
                           if isinstance(k, pikepdf.Dictionary) and "/Pg" in k} for cells in top_level_rows(pdf)]
        page = lxml.html.parse(str(path.with_suffix(".html")))
        kinds = [row.get("class", "") for row in page.xpath("//table[@class='bilingual']/*/tr")]
        assert len(kinds) == len(printed_on), path
        cut = [kind for numbers, kind in zip(printed_on, kinds, strict=True) if len(numbers) > 1]
        if not page.xpath("//article[contains(@class, 'clinician')]"):  # a patient's passage is never cut (edu.css);
            assert all("row-both" in kind for kind in cut), (path, cut)  # a write-in log of empty rows may be
        split += len(cut)
    # 4 since a clinician's rows are spaced as a patient edition's (the summary for clinicians 12 pages, not 13)
    assert split >= 3, "no row of a clinician's edition prints over two pages any more: the test checks nothing"


def test_a_translation_says_in_its_text_where_it_comes_from(real_build: Path) -> None:
    """The running footer says it on every page, but a screen reader skips the footer (an artifact):
    the Spanish PDF never said it was a translation to a blind reader. The text says it once."""
    path = real_build / "es/anakinra-risks.pdf"
    text = pdf_text(path)
    pages = len(PdfReader(path).pages)
    assert text.count("Traducido del inglés") == pages + 1
    tagged, _artifacts, problems = marked_content(path)
    assert not problems and tagged


def marked_content(path: Path) -> tuple[int, int, list[str]]:
    """(text runs in the structure tree, text runs marked as artifacts, problems) over every page:
    every marked sequence must point to an element of the tree, and no text may be outside both."""
    problems: list[str] = []
    tagged = artifacts = 0
    with pikepdf.open(path) as pdf:
        in_tree = {e.objgen for e, _a in structure(pdf)}
        nums = pdf.Root.StructTreeRoot.ParentTree.Nums
        for number, page in enumerate(pdf.pages):
            stack: list[str] = []
            for operands, operator in pikepdf.parse_content_stream(page):
                op = str(operator)
                if op == "BDC":
                    target = nums[2 * number + 1][int(operands[1].MCID)]
                    if not isinstance(target, pikepdf.Dictionary) or target.objgen not in in_tree:
                        problems.append(f"page {number + 1}: MCID {operands[1].MCID} is not in the structure tree")
                    stack.append("tagged")
                elif op == "BMC":
                    stack.append(str(operands[0]))
                elif op == "EMC":
                    stack.pop()
                elif op in ("Tj", "TJ"):
                    if not stack:
                        problems.append(f"page {number + 1}: text outside any marked content")
                    elif "/Artifact" in stack:
                        artifacts += 1
                    else:
                        tagged += 1
    return tagged, artifacts, problems


def test_running_header_and_footer_are_artifacts_and_all_other_text_is_tagged(built: Path) -> None:
    for path in pdfs(built):
        tagged, artifacts, problems = marked_content(path)
        assert not problems, (path, problems[:3])
        pages = len(PdfReader(path).pages)
        assert tagged > 10 and artifacts >= 2 * pages, (path, tagged, artifacts)  # at least footer + page number


def test_a_checklist_prints_boxes_to_tick_and_only_the_words_are_translated(tmp_path: Path,
                                                                            capsys: pytest.CaptureFixture[str]) -> None:
    """"- [ ] Wash your hands": the Spanish PDF and page show a box and the translated words, never "[ ]"."""
    from babel.messages.pofile import read_po, write_po

    root = copy_project(tmp_path / "project")
    handout = root / "content/en/medicine-basics.md"
    handout.write_text(handout.read_text(encoding="utf-8").replace(
        "1. Wash your hands.\n2. Clean the skin.", "- [ ] Wash your hands.\n- [ ] Clean the skin."), encoding="utf-8")
    assert run(capsys, root, "update")[0] == 0
    po = root / "locale/es/LC_MESSAGES/from-en.po"
    with po.open("rb") as fileobj:
        catalog = read_po(fileobj)
    assert catalog["Wash your hands."].string == "Lávese las manos."  # the words kept their translation
    with po.open("wb") as fileobj:
        write_po(fileobj, catalog)
    out = build(capsys, root)
    text = pdf_text(out / "es/medicine-basics.pdf")
    assert "Lávese las manos." in text and "[ ]" not in text
    page = (out / "es/medicine-basics.html").read_text(encoding="utf-8")
    assert page.count('<li class="task"><span class="task-box" aria-hidden="true"></span>') == 2
    assert "[ ]" not in page


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed; .ci/run installs it")
def test_a_list_that_goes_on_after_a_paragraph_keeps_its_numbers_in_print(tmp_path: Path,
                                                                           capsys: pytest.CaptureFixture[str]) -> None:
    """Steps 3 and 4, after a sentence between them and step 2, printed as 1 and 2 in the PDFs
    (WeasyPrint ignores <ol start>), while the web page said 3 and 4."""
    root = copy_project(tmp_path / "project")
    handout = root / "content/en/medicine-basics.md"
    handout.write_text(handout.read_text(encoding="utf-8").replace(
        "2. Clean the skin.\n", "\nThen wait.\n\n2. Clean the skin.\n"), encoding="utf-8")
    out = build(capsys, root, "-l", "en", "--format", "pdf", "--format", "html")
    for name in ("medicine-basics.pdf", "medicine-basics-large.pdf"):
        text = subprocess.run(["pdftotext", str(out / "en" / name), "-"], capture_output=True, text=True).stdout
        lines = [x.strip() for x in text.splitlines()]
        assert "1. Wash your hands." in lines and "2. Clean the skin." in lines and "3. Give the shot." in lines, lines
    assert '<ol start="2"' in (out / "en/medicine-basics.html").read_text(encoding="utf-8")


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed; .ci/run installs it")
def test_a_long_word_in_a_table_cell_breaks_inside_the_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A translator's long word or address in a cell pushed the table past the page's edge: the
    last column was cut off in print. Every word stays inside the right margin (12 mm)."""
    import subprocess

    from babel.messages.pofile import read_po, write_po

    root = copy_project(tmp_path / "project")
    po = root / "locale/es/LC_MESSAGES/from-en.po"
    with po.open("rb") as fileobj:
        catalog = read_po(fileobj)
    catalog["Blood test"].string = "Análisis" + "x" * 160
    with po.open("wb") as fileobj:
        write_po(fileobj, catalog)
    out = build(capsys, root, "--format", "pdf", "--format", "bilingual")
    for name in ("es/medicine-basics.pdf", "bilingual/medicine-basics.pdf"):
        boxes = subprocess.run(["pdftotext", "-bbox", str(out / name), "-"], capture_output=True, text=True,
                               check=True).stdout
        width = float(re.search(r'<page width="([\d.]+)"', boxes)[1])
        right = max(float(x) for x in re.findall(r'xMax="([\d.]+)"', boxes))
        assert right <= width - 12 / 25.4 * 72 + 1, (name, right, width)
        assert "primera" in boxes  # the last column is there


def qr_codes(pdf: Path, dpi: int = 150) -> list[str]:
    """What a phone reads from each page of a printed PDF: every QR code, decoded (zxing-cpp)."""
    import zxingcpp
    from PIL import Image

    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(["pdftoppm", "-png", "-r", str(dpi), str(pdf), f"{folder}/page"], check=True)
        return [code.text for image in sorted(Path(folder).glob("page*.png"))
                for code in zxingcpp.read_barcodes(Image.open(image)) if code.format == zxingcpp.BarcodeFormat.QRCode]


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils is not installed; .ci/run installs it")
def test_with_the_sites_address_a_printed_handout_ends_with_a_qr_code_of_its_page(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A patient points a phone at the paper and gets the web page in the language of the paper
    (the latest version, a screen reader, the other languages); a screen reader names the picture."""
    toml = project / "pyproject.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace(
        "[tool.edu]\n", '[tool.edu]\nsite_url = "https://education.example.org/handouts/"\n'), encoding="utf-8")
    assert run(capsys, project, "build", "-j", "1", "--format", "pdf", "--format", "bilingual")[0] == 0
    out = project / "build"
    assert qr_codes(out / "es/medicine-basics.pdf") == ["https://education.example.org/handouts/es/medicine-basics.html"]
    assert qr_codes(out / "bilingual/medicine-basics.pdf") == [  # the side-by-side edition had none
        "https://education.example.org/handouts/bilingual/medicine-basics.html"]
    assert qr_codes(out / "en/medicine-basics-large.pdf") == [
        "https://education.example.org/handouts/en/medicine-basics.html"]
    assert len(PdfReader(str(out / "en/medicine-basics.pdf")).pages) == 1  # no page more for it
    with pikepdf.open(out / "es/medicine-basics.pdf") as pdf:
        assert "Código QR: este folleto en internet" in [str(e.Alt) for e, _a in structure(pdf) if e.S == "/Figure"]
    toml.write_text(toml.read_text(encoding="utf-8").replace("[tool.edu]\n", "[tool.edu]\nqr_code = false\n"),
                    encoding="utf-8")
    assert run(capsys, project, "build", "-j", "1", "--format", "pdf", "-l", "es")[0] == 0
    assert qr_codes(out / "es/medicine-basics.pdf") == []  # the address is still printed
    assert "https://education.example.org/handouts/es/medicine-basics.html" in pdf_text(
        out / "es/medicine-basics.pdf").replace(" ", "")


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils is not installed; .ci/run installs it")
def test_a_clinics_sheet_prints_its_qr_code_beside_the_title(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """With a clinic's name and phone stamped under the title and the site's address, every shipped
    English patient sheet ran to a third page holding only the disclaimer and the QR code: the code
    now prints on the first page, beside the title, and is still read by a phone."""
    toml = project / "pyproject.toml"
    settings = ('[tool.edu]\nsite_url = "https://education.example.org/handouts/"\n'
                'clinic = { name = "North Clinic", phone = "555-0199" }\n')
    toml.write_text(toml.read_text(encoding="utf-8").replace("[tool.edu]\n", settings), encoding="utf-8")
    assert run(capsys, project, "build", "-j", "1", "--format", "pdf", "-l", "en")[0] == 0
    pdf = project / "build/en/medicine-basics.pdf"
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(["pdftoppm", "-png", "-r", "150", "-f", "1", "-l", "1", str(pdf), f"{folder}/page"], check=True)
        import zxingcpp
        from PIL import Image

        image = Image.open(next(Path(folder).glob("page*.png")))
        codes = [code for code in zxingcpp.read_barcodes(image) if code.format == zxingcpp.BarcodeFormat.QRCode]
        assert [code.text for code in codes] == ["https://education.example.org/handouts/en/medicine-basics.html"]
        top = codes[0].position.top_left
        assert top.y < image.height / 5 and top.x > image.width / 2  # at the top right, beside the title
    assert "https://education.example.org/handouts/en/medicine-basics.html" in pdf_text(pdf).replace(" ", "")


def test_no_printed_line_is_within_7_mm_of_the_papers_edge(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A translation's second footer line ("Traducido del inglés. Última revisión del original: …")
    was 1.3 mm from the bottom edge and the side-by-side edition's 3 mm: office printers leave up
    to 6.35 mm blank, so they cut the line or shrink the whole page."""
    root = copy_project(tmp_path / "project")
    out = build(capsys, root, "--format", "pdf", "--format", "bilingual")
    for pdf in sorted(out.rglob("*.pdf")):
        boxes = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        for page in re.findall(r'<page width="[\d.]+" height="([\d.]+)">(.*?)</page>', boxes, re.S):
            height, words = float(page[0]), page[1]
            lowest = max(float(y) for y in re.findall(r'yMax="([\d.]+)"', words))
            highest = min(float(y) for y in re.findall(r'yMin="([\d.]+)"', words))
            assert (height - lowest) / 72 * 25.4 >= 7 and highest / 72 * 25.4 >= 5, pdf


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils is not installed; .ci/run installs it")
def test_a_warning_box_differs_from_a_note_on_a_black_and_white_printer(tmp_path: Path,
                                                                        capsys: pytest.CaptureFixture[str]) -> None:
    """On a monochrome laser a warning box printed exactly as a note box (a dark border on a pale
    fill, its red label lighter than the note's black one): it has a double border now. Read from
    the grey page: the warning's left-edge column crosses two dark lines on its top border, a note's one."""
    from PIL import Image

    root = copy_project(tmp_path / "project")
    handout = root / "content/en/medicine-basics.md"
    handout.write_text(handout.read_text(encoding="utf-8") + "\n> [!note]\n> Keep this sheet.\n\n"
                       "> [!warning]\n> Do not share your syringes.\n", encoding="utf-8")
    out = build(capsys, root, "--format", "pdf", "-l", "en", "--draft")
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(["pdftoppm", "-png", "-gray", "-r", "150", str(out / "en/medicine-basics.pdf"),
                        f"{folder}/page"], check=True)
        pages = [Image.open(p).convert("L") for p in sorted(Path(folder).glob("page*.png"))]

    def dark_runs(image: Image.Image, x: int, y0: int, y1: int) -> int:
        column = [image.getpixel((x, y)) < 160 for y in range(y0, y1)]
        return sum(1 for i, dark in enumerate(column) if dark and (i == 0 or not column[i - 1]))

    boxes = subprocess.run(["pdftotext", "-bbox", str(out / "en/medicine-basics.pdf"), "-"],
                           capture_output=True, text=True, check=True).stdout
    found = {}
    for image, page in zip(pages, re.findall(r"<page [^>]*>(.*?)</page>", boxes, re.S), strict=True):
        for label in ("Note", "Important"):
            match = re.search(rf'xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">{label}</word>', page)
            if match:  # the box's top border, above its label, where no text is
                x, y = int(float(match[1]) / 72 * 150) + 40, int(float(match[2]) / 72 * 150)
                found[label] = dark_runs(image, x, y - 22, y - 1)
    assert found == {"Note": 1, "Important": 2}, found


def test_paper_prints_where_each_link_goes_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An autolink "<https://…>" was printed as written, with its < >, and was no link; an email link
    with words printed only its words on paper, where nobody can click them."""
    root = copy_project(tmp_path / "project")
    handout = root / "content/en/medicine-basics.md"
    handout.write_text(handout.read_text(encoding="utf-8") + "\nQuestions? Visit <https://example.org/help>, "
                       "write to <help@example.org> or email [the team](mailto:team@example.org?subject=Shot). "
                       "[**Call the clinic**](tel:+15550100) or [555-0100](tel:+15550100). More: "
                       "https://example.org/more. Call [the front desk](tel:+15550100199;ext=4).\n",
                       encoding="utf-8")
    out = build(capsys, root, "-l", "en")
    page = (out / "en/medicine-basics.html").read_text(encoding="utf-8")
    assert ('<a href="https://example.org/help" class="bare" rel="noopener noreferrer">https://example.org/help</a>'
            in page)
    assert '<a href="mailto:help@example.org" class="bare" rel="noopener noreferrer">help@example.org</a>' in page
    assert ('<a href="mailto:team@example.org?subject=Shot" data-address="team@example.org" '
            'rel="noopener noreferrer">the team</a>' in page)
    assert "&lt;https" not in page
    text = " ".join(pdf_text(out / "en/medicine-basics.pdf").split())
    assert "Visit https://example.org/help, write to help@example.org or email the team (team@example.org)." in text
    assert "Call the clinic (+15550100) or 555-0100. More: https://example.org/more." in text
    assert "Call the front desk (+1 555-010-0199 ext. 4)." in text  # as people read it, not "(+15550100199)"
    assert '<a href="https://example.org/more" class="bare" rel="noopener noreferrer">' in page
    assert "label (https://example.org/label)" in text  # a link with words: its address after them, as before


def test_a_source_with_no_address_prints_its_note_and_the_original_says_so_once(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A hospital's own protocol or the leaflet in the box has no URL or DOI: its `note` says where to
    find it, printed in the list like the other fields, on the web page and in every PDF (a patient's
    too, which prints neither a URL nor a DOI: one source's DOI printed where another's URL was not,
    as if by a slip). The original's "Original in English." is printed once, not again in
    every page's footer; a translation's status is in every page's footer too (a page copied alone)."""
    root = copy_project(tmp_path / "project")
    refs = root / "content/references.yaml"
    refs.write_text(refs.read_text(encoding="utf-8") + "protocol:\n  title: Anakinra at home\n"
                    "  issuer: North Hospital, Rheumatology\n  year: 2026\n"
                    "  note: Hospital protocol RHEUM-12, 2026, on the intranet\n", encoding="utf-8")
    handout = root / "content/en/medicine-basics.md"
    handout.write_text(handout.read_text(encoding="utf-8").replace("references: [label]",
                                                                   "references: [label, trial, protocol]"), "utf-8")
    out = build(capsys, root, "--format", "pdf", "--format", "html")
    note = "North Hospital, Rheumatology. Anakinra at home. 2026. Hospital protocol RHEUM-12, 2026, on the intranet."
    for lang in ("en", "es"):
        page = lxml.html.fromstring((out / f"{lang}/medicine-basics.html").read_bytes())
        assert [" ".join(li.text_content().split()) for li in page.xpath("//section[contains(@class, 'sources')]//li")
                ] == ["Example Pharma. Example medicine prescribing information. 2025. https://medicines.test/label",
                      "Doe J et al. An example trial. 2021. doi:10.1000/example.2021", note]
        for pdf in (out / f"{lang}/medicine-basics.pdf", out / f"{lang}/medicine-basics-large.pdf"):
            text = pdf_text(pdf)
            listed = text.rpartition("Sources" if lang == "en" else "Fuentes")[2]
            assert note in listed, (pdf, text)  # a patient's list of sources prints no address: no URL, no DOI
            assert "doi:" not in listed and "https://medicines.test/label" not in listed, (pdf, listed)
    english = pdf_text(out / "en/medicine-basics.pdf")
    assert english.count("Original in English.") == 1, english
    pages = len(PdfReader(str(out / "es/medicine-basics.pdf")).pages)
    spanish = pdf_text(out / "es/medicine-basics.pdf")
    assert spanish.count("Traducido del inglés") == pages + 1, spanish


def test_a_clinic_phone_never_breaks_before_its_extension(tmp_path: Path) -> None:
    """A side-by-side sheet's stamp printed "(555) 010-0199" at a line's end and "ext. 4" under it. The
    stamp, with the handouts' stylesheet, printed in 50 widths: the phone is on one line every time."""
    from edu.model import Page
    from edu.pdf import PdfWriter

    root = copy_project(tmp_path / "project")
    css = (root / "templates/edu.css").read_text(encoding="utf-8")
    stamp = ('<p class="clinic-stamp" style="width: {mm}mm"><span class="clinic-name">Rheumatology Clinic, '
             'third floor</span> · <a href="tel:+15550100199;ext=4">(555) 010-0199 ext. 4</a></p>')
    widths = range(40, 90)
    html = (f'<!DOCTYPE html><html lang="en"><head><title>Stamps</title><style>{css}</style></head><body>'
            + "".join(stamp.format(mm=mm) for mm in widths) + "</body></html>")
    data = PdfWriter(root).render(Page(html, "en", "Stamps", "stamps", None)).data
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    assert text.count("(555) 010-0199 ext. 4") == len(widths), [line for line in text.splitlines() if "ext" in line
                                                                or "0199" in line][:6]
