"""The content contract of the anakinra library: every handout builds strictly in both languages,
patient handouts fit two US Letter pages, and the key facts reach the printed text of both languages."""

from __future__ import annotations

import re
from pathlib import Path

import lxml.html
import pikepdf
import pytest
from pypdf import PdfReader

from conftest import REPO, copy_library
from edu.cli import main
from helpers import pdf_text, run

PATIENT = ("anakinra-what-it-is", "anakinra-risks", "anakinra-monitoring", "anakinra-shot-record")
CLINICIAN = ("anakinra-clinician", "anakinra-covid-case")

# (handout, language, phrases the printed PDF must contain): facts come from content/facts.yaml.
KEY_FACTS = [
    ("anakinra-what-it-is", "en", ["Each syringe holds 100 mg", "100 mg once a day", "emergency use authorization",
                                   "Kineret"]),
    ("anakinra-what-it-is", "es", ["100 mg", "autorización de uso de emergencia", "Kineret", "¿Qué es la anakinra?"]),
    ("anakinra-risks", "en", ["about 7 in 10 people", "Call 911", "TNF blocker", "live vaccine"]),
    ("anakinra-risks", "es", ["7 de cada 10 personas", "Llame al 911", "TNF", "vacuna"]),
    ("anakinra-monitoring", "en", ["neutrophil count", "Once a month for the first 3 months", "1 year", "TB"]),
    ("anakinra-monitoring", "es", ["neutrófilos", "Una vez al mes durante los primeros 3 meses", "tuberculosis"]),
    ("anakinra-shot-record", "en", ["1 inch (2.5 cm) from the last one", "back of your upper arm", "Call 911",
                                    "Where on my body", "extra shot by mistake", "My care team's phone"]),
    ("anakinra-shot-record", "es", ["2.5 cm (1 pulgada) del anterior", "parte de atrás del brazo", "Llame al 911",
                                    "Lugar del cuerpo", "de más por error", "Teléfono de mi equipo médico"]),
    ("anakinra-clinician", "en", ["SAVE-MORE", "0.36", "0.26–0.50", "post hoc", "off-label",
                                  "10.1038/s41591-021-01499-z"]),
    ("anakinra-clinician", "es", ["SAVE-MORE", "0.36", "post hoc", "10.1038/s41591-021-01499-z"]),
    ("anakinra-covid-case", "es", ["51 años", "tocilizumab", "10.1016/j.reumae.2020.06.008"]),
    ("anakinra-covid-case", "en", ["51 years", "tocilizumab", "10.1016/j.reumae.2020.06.008"]),
]


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real library built once, strictly, in every language (PDF and HTML, and side by side)."""
    root = copy_library(tmp_path_factory.mktemp("anakinra") / "library")
    assert main(["-C", str(root), "build", "--format", "pdf", "--format", "html", "--format", "bilingual"]) == 0
    return root / "build"


def test_every_handout_is_published_in_both_languages(library: Path) -> None:
    slugs = {p.stem for p in (REPO / "content").glob("*/*.md")}
    assert slugs == set(PATIENT) | set(CLINICIAN)
    for slug in slugs:
        for lang in ("en", "es"):
            assert (library / lang / f"{slug}.pdf").is_file(), f"{lang}/{slug}.pdf"
            assert (library / lang / f"{slug}.html").is_file(), f"{lang}/{slug}.html"


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("slug", PATIENT)
def test_patient_handout_fits_two_letter_pages(library: Path, slug: str, lang: str) -> None:
    reader = PdfReader(str(library / lang / f"{slug}.pdf"))
    assert len(reader.pages) <= 2
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)  # US Letter


@pytest.mark.parametrize(("slug", "lang", "phrases"), KEY_FACTS, ids=[f"{s}-{lang}" for s, lang, _ in KEY_FACTS])
def test_key_facts_reach_the_printed_text(library: Path, slug: str, lang: str, phrases: list[str]) -> None:
    text = pdf_text(library / lang / f"{slug}.pdf")
    for phrase in phrases:
        assert phrase in text, f"{phrase!r} missing from {lang}/{slug}.pdf"


# The signs to call the care team about, after "Call your care team right away if you have:": one list,
# the same words on every patient sheet (infection signs: EU leaflet §4; liver signs: §2 and §4).
CALL_LIST = {
    "en": ("Call your care team right away if you have:",
           ["A fever, chills, or a sore throat", "A cough that does not go away", "Weight loss you cannot explain",
            "Skin that is red, warm, and sore",
            "Signs of liver problems: yellow skin or eyes, dark urine, pale stools, upset stomach, or poor appetite"]),
    "es": ("Llame enseguida a su equipo médico si tiene:",
           ["Fiebre, escalofríos o dolor de garganta", "Tos que no se quita", "Pérdida de peso sin explicación",
            "Piel roja, caliente y adolorida",
            "Problemas del hígado: piel u ojos amarillos, orina oscura, heces claras, náuseas o poco apetito"]),
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_every_patient_sheet_lists_the_same_signs_to_call_the_care_team_about(library: Path, lang: str) -> None:
    """A patient given two sheets read two different lists (a print review): the monitoring sheet
    left out weight loss, an upset stomach and a poor appetite, the shot record weight loss and the
    liver signs. Each sheet's list now says the same five signs in the same words, on the web page
    and on paper."""
    lead, signs = CALL_LIST[lang]
    for slug in PATIENT:
        page = lxml.html.parse(str(library / lang / f"{slug}.html")).getroot()
        [paragraph] = [p for p in page.iter("p") if p.text_content().strip() == lead]
        items = paragraph.getnext().xpath("self::ul/li")
        assert [" ".join(li.text_content().split()) for li in items] == signs, f"{lang}/{slug}.html"
        for path in (library / lang / f"{slug}.pdf", library / lang / f"{slug}-large.pdf"):
            text = pdf_text(path)
            assert all(sign in text for sign in signs), (path, [sign for sign in signs if sign not in text])


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_signs_to_call_about_print_on_one_page_with_their_lead_in(library: Path, lang: str) -> None:
    """At 18 pt the five signs were cut over two pages (the large-print shot record 3 / 2 in English,
    1 / 4 in Spanish; the Spanish monitoring sheet's liver line alone at the top of a page): a
    patient looking for what to call about reads them on one page, under the line that says so."""
    lead, signs = CALL_LIST[lang]
    for slug in PATIENT:
        for path in (library / lang / f"{slug}.pdf", library / lang / f"{slug}-large.pdf"):
            pages = [text for text in page_texts(path) if lead in text]
            assert pages and all(sign in pages[0] for sign in signs), (path, pages)


CALL_HEADING = {"en": "When should I call my care team?", "es": "¿Cuándo debo llamar a mi equipo médico?"}
# The sentence a section's heading is followed by: the monitoring sheet opens its section with one
# before the lead-in; the other sheets go from the heading to the lead-in.
CALL_OPENING = {"en": "Check your body each day for the signs below.", "es": "Revise cada día si tiene estas señales."}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_heading_of_the_signs_to_call_about_prints_on_the_page_of_the_sentence_under_it(library: Path,
                                                                                            lang: str) -> None:
    """A heading never ends a page alone: it prints with the sentence under it, in every patient
    edition. The lead-in and the five signs are never parted (the test above); a page may end after
    the monitoring sheet's opening sentence (the large-print Spanish sheet kept the section whole and
    left a third of page 2 blank: tests/test_print_layout.py)."""
    lead, _signs = CALL_LIST[lang]
    for slug in PATIENT:
        paths = [library / lang / f"{slug}.pdf", library / lang / f"{slug}-large.pdf"]
        for path in paths + ([library / "bilingual" / f"{slug}.pdf"] if lang == "en" else []):
            pages = page_texts(path)
            [page] = [text for text in pages if CALL_HEADING[lang] in text]
            under = CALL_OPENING[lang] if slug == "anakinra-monitoring" else lead
            assert under in page.split(CALL_HEADING[lang], 1)[1], (path, page)


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("slug", PATIENT + CLINICIAN)
def test_every_edition_shows_review_date_version_and_closing_line(library: Path, slug: str, lang: str) -> None:
    """Patients are sent to their care team; clinicians to the prescribing information."""
    text = pdf_text(library / lang / f"{slug}.pdf")
    closing = {("en", True): "does not replace the advice of your care team",
               ("en", False): "It does not replace the prescribing information or local protocols.",
               ("es", True): "no reemplaza los consejos de su equipo médico",
               ("es", False): "No reemplaza la información de prescripción ni los protocolos locales."}
    assert closing[(lang, slug in PATIENT)] in text
    assert closing[(lang, slug not in PATIENT)] not in text
    if lang == "en":
        assert re.search(r"Last reviewed (January|February|March|April|May|June|July|August|September|October|"
                         r"November|December) \d{1,2}, 20\d\d", text)
        assert re.search(r"Version \d+", text)
    else:
        assert re.search(r"Última revisión \d{1,2} de [a-z]+ de 20\d\d", text)
        assert re.search(r"Versión \d+", text)


def test_no_clinical_number_is_typed_into_a_translation() -> None:
    """Numbers come from facts.yaml through placeholders; a digit in a msgstr must be in its msgid too."""
    from babel.messages.pofile import read_po

    for po in (REPO / "locale").glob("*/LC_MESSAGES/*.po"):
        with po.open("rb") as fileobj:
            for message in read_po(fileobj):
                if not message.id or not isinstance(message.id, str):
                    continue
                digits = set(re.findall(r"\d+", re.sub(r"\{[^}]*\}|\]\([^)]*\)", "", str(message.string))))
                source = set(re.findall(r"\d+", str(message.id)))
                assert digits <= source, f"{po.name}:{message.lineno}: {sorted(digits - source)} typed in msgstr"


def test_a_long_pdf_opens_with_its_sections_beside_it(library: Path) -> None:
    """The 7-page clinician summary shows its bookmarks when opened; a 2-page handout does not."""
    long, short = PdfReader(library / "en/anakinra-clinician.pdf"), PdfReader(library / "es/anakinra-risks.pdf")
    assert len(long.pages) > 4 and long.trailer["/Root"]["/PageMode"] == "/UseOutlines"
    assert next(item.title for item in long.outline if not isinstance(item, list)) == (
        "Anakinra (Kineret): summary for clinicians")
    assert "/PageMode" not in short.trailer["/Root"]


# The shot record's picture of where to give the shot (PEMAT-P items 15 and 26): its text for a reader
# who cannot see it, and the list under it that says what each of its numbers is.
SITES_PICTURE = REPO / "content/en/images/shot-sites.svg"
SITES_ALT = {
    "en": "A body seen from the front and from the back, with the shot spots shaded and numbered: 1 the outer "
          "thighs and 2 the belly, seen from the front; 3 the backs of the upper arms and 4 the buttocks, seen "
          "from the back.",
    "es": "Un cuerpo visto de frente y de espaldas, con los lugares de la inyección sombreados y numerados: 1 la "
          "parte externa de los muslos y 2 el abdomen, vistos de frente; 3 la parte de atrás de los brazos, arriba "
          "del codo, y 4 las nalgas, vistos de espaldas.",
}
SITES = {
    "en": ["1 — The outer part of your left or right thigh", "2 — Your belly",
           "3 — The back of your upper arm", "4 — Your buttocks"],
    "es": ["1 — La parte externa del muslo, izquierdo o derecho", "2 — El abdomen (la barriga)",
           "3 — La parte de atrás del brazo, arriba del codo", "4 — Las nalgas"],
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_shot_record_shows_where_to_give_the_shot_in_a_numbered_picture(library: Path, lang: str) -> None:
    """Right under "Where can I give the shot?": the body from the front and the back, its four areas
    numbered (one picture without words for every language), then the list of the areas by number."""
    page = lxml.html.parse(str(library / lang / "anakinra-shot-record.html")).getroot()
    [heading] = page.xpath('//h2[@id="where-can-i-give-the-shot"]')
    [img] = heading.getnext().xpath("self::p/img")
    assert img.get("alt") == SITES_ALT[lang]
    assert (library / lang / img.get("src")).read_bytes() == SITES_PICTURE.read_bytes()
    assert [li.text_content() for li in heading.xpath("following-sibling::ul[position() <= 2]/li")] == SITES[lang]


def figures_drawn(path: Path) -> list[tuple[str, int, int]]:
    """Each /Figure of a PDF: its /Alt, the page it is on (from 1), and how many curves its marked
    content draws (an SVG picture is drawn as paths, not as an image)."""
    alts: dict[tuple[int, int], str] = {}
    pages: dict[tuple[int, int], int] = {}
    curves: dict[tuple[int, int], int] = {}
    with pikepdf.open(path) as pdf:
        nums = pdf.Root.StructTreeRoot.ParentTree.Nums
        for number, page in enumerate(pdf.pages):
            stack: list[tuple[int, int] | None] = []
            for operands, operator in pikepdf.parse_content_stream(page):
                op = str(operator)
                if op in ("BDC", "BMC"):
                    key = None
                    if op == "BDC" and isinstance(operands[1], pikepdf.Dictionary) and "/MCID" in operands[1]:
                        element = nums[2 * number + 1][int(operands[1].MCID)]
                        if isinstance(element, pikepdf.Dictionary) and element.get("/S") == "/Figure":
                            key = element.objgen
                            alts[key] = str(element.get("/Alt"))
                            pages.setdefault(key, number + 1)
                            curves.setdefault(key, 0)
                    stack.append(key)
                elif op == "EMC" and stack:
                    stack.pop()
                elif op == "c" and (inside := next((key for key in reversed(stack) if key), None)):
                    curves[inside] += 1
    return [(alts[key], pages[key], curves[key]) for key in alts]


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_printed_shot_record_draws_the_picture_with_its_text_for_a_screen_reader(library: Path,
                                                                                    lang: str) -> None:
    [(alt, page, curves)] = figures_drawn(library / lang / "anakinra-shot-record.pdf")
    assert (alt, page) == (SITES_ALT[lang], 1)
    assert curves > 100  # two outlines of a body, the areas and the numbers
    text = pdf_text(library / lang / "anakinra-shot-record.pdf")
    assert all(site in text for site in SITES[lang])


@pytest.mark.parametrize("paper", ["letter", "A4"])
def test_the_shot_record_prints_on_two_pages_with_a_clinics_stamp_and_qr_code(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], paper: str) -> None:
    """Its picture prints beside the list of the areas: on one sheet, both sides, in English and in
    Spanish, on either paper, with a clinic's name and phone under the title and a QR code beside it."""
    root = copy_library(tmp_path / "library")
    for other in (root / "content").glob("*/*.md"):
        if other.stem != "anakinra-shot-record":
            other.unlink()
    toml = root / "pyproject.toml"
    text = toml.read_text(encoding="utf-8").replace(
        "[tool.edu]\n", f'[tool.edu]\npaper = "{paper}"\nsite_url = "https://education.example.org/handouts/"\n', 1)
    toml.write_text(text.replace('[tool.edu.clinic]\nname = ""\nphone = ""',
                                 '[tool.edu.clinic]\nname = "Rheumatology Clinic, 3rd floor"\n'
                                 'phone = "(555) 010-0100 ext. 12"'), encoding="utf-8")
    code, _out, err = run(capsys, root, "build", "--format", "pdf", "-j", "1")
    assert code == 0, err
    for lang in ("en", "es"):
        pdf = root / "build" / lang / "anakinra-shot-record.pdf"
        assert "Rheumatology Clinic, 3rd floor" in pdf_text(pdf)
        assert len(PdfReader(pdf).pages) == 2, f"{lang} on {paper}"
    assert "pages; a patient handout" not in err, err


def test_the_library_checks_with_no_warning_but_the_clinic_phone_and_the_sign_off_due(
        shipped: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The library is a template for every clinic: it sets no phone, and warns of that; and three
    handouts changed since their clinical sign-off await a clinician's `edu signoff` (no one else may
    give it): the shot record's body map (2026-12-06), and on 2026-12-07 a pharmacist's print review's
    corrections (the COVID-19 emergency authorization said as of its year, the source of the 24-hour
    limit, every allergy sign in the monitoring sheet's and the shot record's 911 box, the liver signs),
    and the same five signs to call the care team about on every patient sheet (the monitoring
    sheet's and the shot record's lists, which were shorter). Still three handouts, still unsigned."""
    code, _out, err = run(capsys, shipped, "check")
    assert code == 0, err
    warned = [line for line in err.splitlines() if ": warning: " in line]
    assert [line.rsplit(" ", 1)[-1] for line in warned] == ["[unreviewed-change]"] * 3 + ["[clinic-phone]"], err
    assert [line.split(":")[0] for line in warned[:3]] == [
        "content/en/anakinra-monitoring.md", "content/en/anakinra-shot-record.md", "content/en/anakinra-what-it-is.md"]
    assert warned[1].startswith("content/en/anakinra-shot-record.md:6: warning: its text changed since it was "
                                "signed off on 2026-12-06"), err
    assert err.splitlines()[-1] == "edu check: 0 errors, 4 warnings", err


def page_texts(path: Path) -> list[str]:
    """The text of each page of a PDF, its lines joined by spaces."""
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(str(path)).pages]


# What a printed patient sheet says where the clinic's stamp would be, when the clinic sets no phone.
PHONE_WRITE_IN = {"en": "My care team's phone:", "es": "Teléfono de mi equipo médico:"}
PHONE_CELL = "anakinra-shot-record"  # its log has a "My care team's phone" cell: the one place to write it


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_printed_patient_sheet_with_no_clinic_phone_has_one_place_to_write_it(library: Path, lang: str) -> None:
    """Every patient sheet says "call your care team", and the shipped library sets no phone: the
    paper gives the patient a line under the title to write the number on (not the web page, not a
    clinician's sheet); the side-by-side edition says it once, in both languages. The shot record's
    log has a cell for the number: it printed the line too, two places for one number."""
    for slug in PATIENT:
        for path in (library / lang / f"{slug}.pdf", library / lang / f"{slug}-large.pdf"):
            pages = page_texts(path)
            if slug == PHONE_CELL:
                assert PHONE_WRITE_IN[lang] not in " ".join(pages), path
                assert " ".join(pages).count(PHONE_WRITE_IN[lang].rstrip(":")) == 1, path  # the log's cell
                continue
            assert PHONE_WRITE_IN[lang] in pages[0], path
            assert sum(text.count(PHONE_WRITE_IN[lang]) for text in pages) == 1, path
        page = lxml.html.parse(str(library / lang / f"{slug}.html")).getroot()
        assert not page.xpath("//*[contains(@class, 'phone-write-in')]"), f"{lang}/{slug}.html"
    for slug in CLINICIAN:
        assert PHONE_WRITE_IN[lang] not in pdf_text(library / lang / f"{slug}.pdf"), slug
    if lang == "en":
        for slug in PATIENT:
            text = " ".join(page_texts(library / "bilingual" / f"{slug}.pdf"))
            both = "My care team's phone / Teléfono de mi equipo médico"
            assert (f"{both}:" in text) == (slug != PHONE_CELL) and text.count(both) == 1, slug


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_large_print_sheet_ends_with_its_sources_and_disclaimer_on_one_page(library: Path, lang: str) -> None:
    """At 18 pt the list of sources ran over onto a last page ("What is anakinra?": sources 4 and 5
    there), and the English "What are the risks?" ended with a page holding its disclaimer alone:
    the sources (14 pt) and the lines after them print on one page, the last."""
    heading, disclaimer = {"en": ("Sources", "This handout does not replace the advice of your care team"),
                           "es": ("Fuentes", "Esta hoja no reemplaza los consejos de su equipo médico")}[lang]
    for slug in PATIENT:
        pages = page_texts(library / lang / f"{slug}-large.pdf")
        assert heading in pages[-1] and disclaimer in pages[-1], (slug, pages[-1])
        assert not any(heading in text for text in pages[:-1]), slug


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_write_in_log_prints_on_one_page_and_a_short_list_is_not_cut(library: Path, lang: str) -> None:
    """The large-print shot record printed its log 10 rows, then 5 under a repeated header, above
    "make a copy of this page", and its fourth injection site alone at the top of a page; the
    side-by-side monitoring sheet printed its symptom log 1 row, then 4."""
    header = {"en": "Where on my body", "es": "Lugar del cuerpo"}[lang]
    pages = page_texts(library / lang / "anakinra-shot-record-large.pdf")
    assert sum(header in text for text in pages) == 1, pages
    for pair in (SITES[lang][:2], SITES[lang][2:]):  # the patient's own spots, then a helper's: two lists
        assert any(all(site in text for site in pair) for text in pages), (pair, pages)
    if lang == "en":
        pages = page_texts(library / "bilingual" / "anakinra-monitoring.pdf")
        assert sum("What I noticed" in text for text in pages) == 1, pages


@pytest.mark.parametrize(("paper", "stamped"), [("letter", True), ("A4", True), ("A4", False)])
def test_the_patient_sheets_keep_to_two_pages_with_the_readmes_clinic_and_site_address(
        shipped: Path, capsys: pytest.CaptureFixture[str], paper: str, stamped: bool) -> None:
    """A clinic that does what the README says (its name and phone, and where its site is) gets its
    stamp under each title, a QR code beside it and the page's address at the end: every standard
    patient sheet still prints on one sheet of paper, both sides, in English and in Spanish, on
    either paper, and with no clinic set (a line to write the phone on) too. The Spanish "What is
    anakinra?" took 3 pages of A4 either way."""
    toml = shipped / "pyproject.toml"
    text = toml.read_text(encoding="utf-8").replace(
        "[tool.edu]\n", f'[tool.edu]\npaper = "{paper}"\nsite_url = "https://example.org/patient-education/"\n', 1)
    clinic = text.replace('[tool.edu.clinic]\nname = ""\nphone = ""',
                          '[tool.edu.clinic]\nname = "Rheumatology Clinic, 3rd floor"\n'
                          'phone = "(555) 010-0100 ext. 12"')
    assert clinic != text
    toml.write_text(clinic if stamped else text, encoding="utf-8")
    code, _out, err = run(capsys, shipped, "build", "--format", "pdf")
    assert code == 0, err
    counts = {}
    for lang in ("en", "es"):
        for slug in PATIENT:
            path = shipped / "build" / lang / f"{slug}.pdf"
            pages = page_texts(path)
            assert ("Rheumatology Clinic, 3rd floor" in pages[0]) == stamped, path
            assert (PHONE_WRITE_IN[lang] in pages[0]) == (not stamped and slug != PHONE_CELL), path
            counts[f"{lang}/{slug}.pdf"] = len(pages)
    over = {name: pages for name, pages in counts.items() if pages > 2}
    assert not over, f"printed on more than 2 pages: {over}"


def test_two_spanish_large_print_sheets_take_four_pages_of_a4(shipped: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    """On A4, with no clinic and no site address set, the Spanish large print of "What are the
    risks?" and "What is anakinra?" took a fifth page for their sources and closing lines, about
    20 pt short of page 4: the sources block is spaced tighter (its 14 pt text the same), and each
    prints on 4 pages, its sources and disclaimer on the last. (A longer text may take the fifth
    page back: large print has no page limit.)"""
    toml = shipped / "pyproject.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace("[tool.edu]\n", '[tool.edu]\npaper = "A4"\n', 1),
                    encoding="utf-8")
    code, _out, err = run(capsys, shipped, "build", "--format", "pdf", "-l", "es")
    assert code == 0, err
    for slug in ("anakinra-risks", "anakinra-what-it-is"):
        pages = page_texts(shipped / "build" / "es" / f"{slug}-large.pdf")
        assert len(pages) == 4, (slug, len(pages))
        assert "Fuentes" in pages[-1] and "Esta hoja no reemplaza los consejos de su equipo médico" in pages[-1], slug
