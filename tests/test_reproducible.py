"""Same inputs, same bytes: two builds from two copies of a project, in two folders, at two moments."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest
from pypdf import PdfReader

from edu.build import BuildOptions, build
from edu.config import load_settings
from edu.pdfworker import NO_HARFBUZZ, harfbuzz_subset_available


def _files(folder: Path) -> dict[str, bytes]:
    """Every output, without the build's own bookkeeping (lock and manifest, which hold times)."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and not p.name.startswith(".edu-")}


def test_two_builds_give_byte_identical_files(project: Path, tmp_path: Path) -> None:
    other = tmp_path / "elsewhere" / "copy"
    shutil.copytree(project, other)
    first = build(load_settings(project), BuildOptions(out=tmp_path / "one", jobs=2, draft=True))
    time.sleep(1.1)  # a date taken from the clock would show
    second = build(load_settings(other), BuildOptions(out=tmp_path / "two", jobs=1, draft=True))
    assert not first.problems and not second.problems
    assert NO_HARFBUZZ not in first.warnings  # reproducible subsetting needs HarfBuzz (installed here)
    one, two = _files(tmp_path / "one"), _files(tmp_path / "two")
    assert len(one) == 29  # 21 pages, PDFs and fonts, 3 pages of 404, pages.json, redirects.json, DRAFT, the
    # stylesheet and the icon
    assert one.keys() == two.keys()
    assert [name for name in one if one[name] != two[name]] == []
    for name, data in one.items():  # no trace of where it was built
        for path in (project, other, tmp_path):
            assert str(path).encode() not in data, name


def test_a_pdf_is_the_same_with_source_date_epoch_set_or_not(project: Path, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """fontTools dates the fallback font it subsets (here for "⁹", which the main font lacks) from
    SOURCE_DATE_EPOCH: exported for other tools, it changed the PDF's bytes, unseen by the manifest."""
    page = project / "content/en/medicine-basics.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nA count under 1.5 × 10⁹/L.\n", encoding="utf-8")
    options = {"languages": ("en",), "formats": ("pdf",), "jobs": 1, "draft": True}
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    build(load_settings(project), BuildOptions(out=tmp_path / "unset", **options))  # type: ignore[arg-type]
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    build(load_settings(project), BuildOptions(out=tmp_path / "set", **options))  # type: ignore[arg-type]
    one, two = _files(tmp_path / "unset"), _files(tmp_path / "set")
    fonts = {str(font.get_object()["/BaseFont"]) for page in PdfReader(tmp_path / "unset/en/medicine-basics.pdf").pages
             for font in page["/Resources"]["/Font"].values()}
    assert any("Noto-Sans" in name for name in fonts), fonts  # the fallback font was subset and embedded
    assert [name for name in one if one[name] != two.get(name)] == []


def test_pdf_dates_come_from_the_handout_not_the_clock(project: Path, tmp_path: Path) -> None:
    build(load_settings(project), BuildOptions(languages=("en",), formats=("pdf",), jobs=1))
    info = PdfReader(str(project / "build/en/medicine-basics.pdf")).metadata
    assert info is not None
    dates = [str(info.get(key, "")) for key in ("/CreationDate", "/ModDate")]
    assert all(date.startswith("D:20261120") for date in dates), dates  # reviewed: 2026-11-20


def test_missing_harfbuzz_subset_is_detected(monkeypatch: pytest.MonkeyPatch) -> None:
    from weasyprint.text import ffi

    assert harfbuzz_subset_available()  # libharfbuzz-subset0 is installed on this machine
    monkeypatch.setattr(ffi, "harfbuzz_subset", None)
    assert not harfbuzz_subset_available()
