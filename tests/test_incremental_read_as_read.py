"""A page or PDF is recorded as made from the files its render read as they were read, not as they
are once the render is done: a template or stylesheet saved during a build (an editor's save while
the PDFs were being made) was recorded as new, and the next build kept a PDF made from the old one."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
from jinja2 import Environment

from edu.build import BuildOptions, BuildReport, build
from edu.config import load_settings
from edu.fingerprint import reads_digest
from edu.manifest import Record
from edu.pdfworker import PdfJob, PdfResult, _watch, journaled
from edu.readfiles import CHANGED, saw, seeing
from edu.templating import ProjectTemplates
from test_incremental import _replace

EDITED = '<p class="edited">Bring this sheet.</p>'


def _build(project: Path) -> BuildReport:
    report = build(load_settings(project), BuildOptions(jobs=1))
    assert not report.problems and not report.failed, report.problems
    return report


def _saved_once_read(monkeypatch: pytest.MonkeyPatch, project: Path, name: str) -> None:
    """templates/``name`` is saved (with ``EDITED`` in its main block) just after the loader first reads it."""
    real = ProjectTemplates.get_source
    path = project / "templates" / name

    def read_then_saved(self: ProjectTemplates, environment: Environment, template: str) -> Any:
        found = real(self, environment, template)
        if template == name and EDITED not in path.read_text(encoding="utf-8"):
            _replace(path, "{% block main %}", "{% block main %}\n" + EDITED)
        return found

    monkeypatch.setattr(ProjectTemplates, "get_source", read_then_saved)


def test_a_template_saved_during_a_build_makes_its_pages_and_pdfs_again(project: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    assert _build(project).written
    _replace(project / "templates/handout.html", "{% block main %}", "{% block main %}\n<p>Keep it.</p>")
    with monkeypatch.context() as patched:
        _saved_once_read(patched, project, "handout.html")
        made = _build(project).written
    assert "en/medicine-basics.pdf" in made and "en/medicine-basics.html" in made
    page = project / "build/en/medicine-basics.html"
    assert EDITED not in page.read_text(encoding="utf-8")  # made from what was read
    again = _build(project).written  # (each language's templates are read apart: Spanish read it saved)
    assert {"en/medicine-basics.pdf", "en/medicine-basics-large.pdf", "en/medicine-basics.html"} <= set(again), again
    assert all(EDITED in (project / "build" / lang / "medicine-basics.html").read_text(encoding="utf-8")
               for lang in ("en", "es"))
    assert not _build(project).written


def test_a_first_build_records_what_its_index_template_was_when_read(project: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    with monkeypatch.context() as patched:
        _saved_once_read(patched, project, "index.html")
        _build(project)
    assert "en/index.html" in _build(project).written


def test_a_file_the_pdf_worker_read_is_digested_as_it_read_it(tmp_path: Path) -> None:
    """The fetcher's bytes, not the file's once WeasyPrint is done (``_watch``)."""
    from weasyprint.urls import URLFetcherResponse

    css = tmp_path / "templates/print.css"
    css.parent.mkdir()
    css.write_bytes(b"h1 { color: black; }\n")

    class Fetcher:
        def fetch(self, url: str, headers: object = None) -> URLFetcherResponse:
            return URLFetcherResponse(url, css.read_bytes())

    class Writer:
        fetcher, cache = Fetcher(), None

    writer = Writer()
    seen, read = _watch(writer)  # type: ignore[arg-type]
    response = writer.fetcher.fetch(css.as_uri())
    css.write_bytes(b"h1 { color: navy; }\n")  # saved while the PDF was being made
    assert response.read() == b"h1 { color: black; }\n"
    assert read == {css.as_uri(): hashlib.sha256(b"h1 { color: black; }\n").hexdigest()}
    assert seen == {css.as_uri()}


def test_a_pdf_a_worker_journals_is_recorded_as_made_from_what_it_read(tmp_path: Path) -> None:
    root, out = tmp_path / "project", tmp_path / "project/build"
    (root / "templates").mkdir(parents=True)
    out.mkdir()
    for name in ("handout.html", "print.css"):
        (root / "templates" / name).write_text("now\n", encoding="utf-8")
    (out / "en").mkdir()
    (out / "en/x.pdf").write_bytes(b"%PDF")
    before = hashlib.sha256(b"before\n").hexdigest()
    planned = Record("", {"templates": ""}, "pdf", "x", ("en",), "", 0, 0, "page", loads=("templates/handout.html",))
    job = PdfJob("en/x.pdf", None, planned=planned, read=(("templates/handout.html", before),))  # type: ignore[arg-type]
    stat = (out / "en/x.pdf").stat()
    from edu.atomic import Written

    result = PdfResult("en/x.pdf", (), Written("0" * 64, stat.st_size, stat.st_mtime_ns), 1.0, 0,
                       fetched=("templates/print.css",), read=(("templates/print.css", before),))
    journaled(job, result, out, root)
    from edu.manifest import read_manifest

    recorded = read_manifest(out).outputs["en/x.pdf"]
    now = reads_digest(root, ("templates/handout.html", "templates/print.css"))
    assert recorded.inputs["templates"] != now  # the next build makes it again
    as_read = {"templates/handout.html": bytes.fromhex(before), "templates/print.css": bytes.fromhex(before)}
    assert recorded.inputs["templates"] == reads_digest(root, as_read, seen=as_read)


def test_a_file_read_twice_differently_in_one_build_matches_no_file(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text("a\n", encoding="utf-8")
    with seeing() as found:
        saw("a.html", hashlib.sha256(b"a\n").digest())
        assert reads_digest(tmp_path, ["a.html"], seen=found) == reads_digest(tmp_path, ["a.html"])
        saw("a.html", hashlib.sha256(b"b\n").digest())
        assert found["a.html"] == CHANGED
        assert reads_digest(tmp_path, ["a.html"], seen=found) != reads_digest(tmp_path, ["a.html"])
