"""The shipped library's side-by-side editions as a clinic prints them: its name and phone stamped,
a site address (a QR code), on Letter and on A4: what each page holds, read from the PDF."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from conftest import REPO
from test_print_layout import page_texts, source_pages

SITE = "https://education.example.org/handouts/"


@pytest.fixture(scope="module", params=["letter", "A4"])
def stamped(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The side-by-side editions of the real library, stamped, with a site address."""
    from edu.cli import main  # a module fixture has no capsys: call the CLI directly

    settings = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    clinic = '[tool.edu.clinic]\nname = ""\nphone = ""'
    assert clinic in settings
    settings = settings.replace(clinic, '[tool.edu.clinic]\nname = "Rheumatology Clinic, 3rd floor"\n'
                                        'phone = "(555) 010-0100 ext. 12"')
    settings = settings.replace("[tool.edu]\n", f'[tool.edu]\npaper = "{request.param}"\nsite_url = "{SITE}"\n', 1)
    root = tmp_path_factory.mktemp(f"stamped-{request.param}") / "library"
    for name in ("content", "locale", "templates"):
        shutil.copytree(REPO / name, root / name)
    (root / "pyproject.toml").write_text(settings, encoding="utf-8")
    assert main(["-C", str(root), "build", "--format", "bilingual", "-j", "2"]) == 0
    return root / "build" / "bilingual"


def qr_codes_on(pdf: Path, page: int) -> list[str]:
    """What a phone reads from one page (1-based) of a PDF: every QR code, decoded (zxing-cpp)."""
    import zxingcpp
    from PIL import Image

    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(["pdftoppm", "-png", "-r", "150", "-f", str(page), "-l", str(page), str(pdf), f"{folder}/p"],
                       check=True)
        return [code.text for image in sorted(Path(folder).glob("p*.png"))
                for code in zxingcpp.read_barcodes(Image.open(image)) if code.format == zxingcpp.BarcodeFormat.QRCode]


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils is not installed; .ci/run installs it")
def test_a_stamped_side_by_side_sheet_prints_its_qr_code_by_its_title_and_no_page_of_an_address_alone(
        stamped: Path) -> None:
    """At the end, after the sources, the QR code of the side-by-side monitoring sheet printed alone
    on page 4, with the web address, on A4 and on Letter. It prints beside the titles on page 1, as on
    a one-language sheet, and the address on the page of the sources: 3 pages on either paper (Letter
    took 4, its sources and the address alone on the last, until a side-by-side page's sources heading
    kept 4 pt above it, not 10)."""
    path = stamped / "anakinra-monitoring.pdf"
    address = f"{SITE}bilingual/anakinra-monitoring.html"
    assert qr_codes_on(path, 1) == [address]
    pages = page_texts(path)
    [last] = [number for number, text in enumerate(pages) if address in text.replace(" ", "")]
    assert last == len(pages) - 1 and "Sources / Fuentes" in pages[last], pages[last]
    assert len(pages) == 3


def test_every_stamped_side_by_side_edition_prints_its_address_on_the_page_of_its_last_source(
        stamped: Path) -> None:
    """No edition's last page holds its web address (or its QR code) alone."""
    import lxml.html

    for path in sorted(stamped.glob("*.pdf")):
        pages = page_texts(path)
        address = f"{SITE}bilingual/{path.stem}.html"
        [page] = [number for number, text in enumerate(pages) if address in text.replace(" ", "")]
        last = lxml.html.parse(str(path.with_suffix(".html"))).xpath("//section[contains(@class, 'sources')]//li")[-1]
        assert " ".join(last.text_content().split())[:25] in pages[page], (path.name, pages[page])
        assert page == len(pages) - 1 and not qr_codes_on(path, len(pages)), path.name


def test_the_stamped_side_by_side_shot_record_prints_on_three_pages(stamped: Path) -> None:
    """Stamped, on Letter, its "Get help right away" box printed at the top of page 3 (it missed page 2
    by about 25 pt) and its status and sources alone on page 4: the box ends page 2, the status and
    sources print under the log on page 3, on either paper."""
    pages = page_texts(stamped / "anakinra-shot-record.pdf")
    assert "Pida ayuda enseguida" in pages[1] and "Sources / Fuentes" in pages[2], pages
    assert len(pages) == 3


def test_a_stamped_side_by_side_case_summary_prints_no_source_alone_or_cut(stamped: Path) -> None:
    """A clinician's five to a dozen sources may go on over a page break (test_print_layout): stamped,
    on A4, the case summary's first five ended page 3, its last two were page 4 (its seventh printed
    alone on page 4 once); no source is cut over two pages. Its rows spaced as a patient edition's, all its
    sources print on page 3 of A4, which takes 3 pages, not 4 (Letter 4)."""
    path = stamped / "anakinra-covid-case.pdf"
    found = source_pages(path)
    a4 = float(PdfReader(str(path)).pages[0].mediabox.width) < 600  # 595 pt; Letter 612
    assert all(first == last for first, last in found), found
    assert found[-1][0] == found[-2][0] == len(page_texts(path)) - 1, found
    assert len(page_texts(path)) == (3 if a4 else 4)
