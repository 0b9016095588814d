"""The content contract of the anakinra library: every handout builds strictly in both languages,
patient handouts fit two US Letter pages, and the key facts reach the printed text of both languages."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from conftest import REPO, copy_library
from edu.cli import main
from helpers import pdf_text

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
    """The real library built once, strictly, in every language (PDF and HTML)."""
    root = copy_library(tmp_path_factory.mktemp("anakinra") / "library")
    assert main(["-C", str(root), "build", "--format", "pdf", "--format", "html"]) == 0
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
