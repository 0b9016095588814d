"""A build killed once a PDF worker had put a PDF in place, before the build read its result: the
worker journals the PDF's record as it puts it in place, so the next build finds the PDF complete,
with what WeasyPrint said making it, and does not make it again."""

from __future__ import annotations

from pathlib import Path

import pytest

from edu.build import BuildOptions, build
from edu.config import load_settings
from edu.progress import Progress


def _killed_before_reading_the_results(project: Path) -> None:
    """A build of PDFs whose process never reads a worker's result, nor saves its manifest (as a
    SIGKILL then would leave the folder)."""
    from edu.folder import BuildFolder

    with pytest.MonkeyPatch.context() as patch:
        for name in ("pdf_done", "save", "close"):
            patch.setattr(BuildFolder, name, lambda self, *args: None)
        build(load_settings(project), BuildOptions(formats=("pdf",), jobs=1))


def test_a_pdf_in_place_whose_result_was_not_read_is_not_made_again(project: Path) -> None:
    css = project / "templates/edu.css"  # a property WeasyPrint does not know: it says so, once a PDF
    css.write_text(css.read_text(encoding="utf-8") + "\nh1 { frobnicate: 1; }\n", encoding="utf-8")
    _killed_before_reading_the_results(project)
    pdfs = sorted(p.relative_to(project / "build").as_posix() for p in (project / "build").rglob("*.pdf"))
    assert "en/medicine-basics.pdf" in pdfs, pdfs
    events: list[Progress] = []
    report = build(load_settings(project), BuildOptions(formats=("pdf",), jobs=1), progress=events.append)
    assert [e.target for e in events if e.target.endswith(".pdf")] == []  # not even their pages rendered
    assert set(pdfs) <= set(report.unchanged)
    assert any(p.startswith("content/en/medicine-basics.md: en/medicine-basics.pdf: ") and "frobnicate" in p
               for p in report.problems), report.problems
