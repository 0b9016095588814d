"""What a build stopped, killed or left with a failed PDF leaves linked: no page links a file the
folder does not hold at any point a SIGKILL could stop it, and a build of PDFs alone keeps the web
pages the folder holds linking the PDFs it made."""

from __future__ import annotations

import json
import shutil
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from edu.build import Terminated
from edu.manifest import MANIFEST_NAME
from edu.pdfworker import PdfJob, PdfResult
from helpers import parse
from test_incremental import _build, _missing_links, _replace, _unfinished


def _links(page: Path) -> list[str]:
    return parse(page).xpath("//body//a/@href")


def _watch(monkeypatch: pytest.MonkeyPatch, out: Path, fail: str = "", stop: str = "") -> list[list[tuple[str, str]]]:
    """The links to missing files at every point a SIGKILL could stop the build: as the PDFs start
    and after each is done. ``fail``: the PDF made to fail (as a runaway document stopped by the time
    limit does); ``stop``: "ctrl-c" stops the build after its first PDF."""
    from edu.folder import BuildFolder
    from edu.workers import PdfPool

    seen: list[list[tuple[str, str]]] = []
    pool_run, pdf_done = PdfPool.run, BuildFolder.pdf_done

    def started(pool: PdfPool, jobs: list[PdfJob], done: Any) -> None:
        seen.append(_missing_links(out))
        for job in [job for job in jobs if job.target == fail]:
            done(job, PdfResult(job.target, ("no PDF: it took longer than the time limit",), None, 0.0, 0))
        rest = [job for job in jobs if job.target != fail]
        pool_run(pool, rest[:1] if stop else rest, done)
        if stop:
            raise KeyboardInterrupt

    def finished(folder: BuildFolder, *args: Any) -> None:
        pdf_done(folder, *args)
        seen.append(_missing_links(out))
    monkeypatch.setattr(PdfPool, "run", started)
    monkeypatch.setattr(BuildFolder, "pdf_done", finished)
    return seen


def test_a_pdf_build_links_its_pdfs_from_the_web_pages_the_folder_holds(project: Path, tmp_path: Path) -> None:
    """`--format pdf` after an HTML build left the web pages and the index pages without a link to
    the PDFs it made; it now brings those pages up to date, and makes no web page the folder lacks."""
    out = project / "build"
    assert not _build(project, formats=("html",)).problems
    report = _build(project, formats=("pdf",), jobs=1)
    assert not report.problems, report.problems
    assert "../en/medicine-basics.pdf" in _links(out / "en/medicine-basics.html")
    assert "../es/medicine-basics-large.pdf" in _links(out / "es/index.html")
    assert "en/caso-breve.pdf" in _links(out / "index.html")
    assert _missing_links(out) == []
    again = _build(project, formats=("pdf",), jobs=1)
    assert again.written == [] and not again.problems  # nothing changed: nothing made again

    alone = tmp_path / "pdfs"
    assert not _build(project, formats=("pdf",), jobs=1, out=alone).problems
    assert not list(alone.rglob("*.html"))  # a folder of PDFs only gets no web page


@pytest.mark.parametrize("stop", ["killed", "ctrl-c", "failed"])
def test_a_pdf_build_leaves_no_index_linking_a_pdf_it_removed(project: Path, monkeypatch: pytest.MonkeyPatch,
                                                              stop: str) -> None:
    """`--format pdf` after a dose change removes the PDFs of the old dose before it makes them again:
    the index pages an earlier build wrote kept linking them (and the web page removed with them) when
    the build was stopped, or when the new PDF failed, until an HTML build."""
    out = project / "build"
    assert not _build(project, jobs=1).problems
    _replace(project / "content/facts.yaml", "value: 100", "value: 150")
    failing = "en/medicine-basics.pdf" if stop == "failed" else ""
    seen = _watch(monkeypatch, out, fail=failing, stop="ctrl-c" if stop == "ctrl-c" else "")
    if stop == "ctrl-c":
        with pytest.raises(KeyboardInterrupt):
            _build(project, formats=("pdf",), jobs=1)
    else:
        report = _build(project, formats=("pdf",), jobs=1)
        assert report.failed == [failing] if failing else not report.problems
    seen.append(_missing_links(out))
    assert len(seen) > 2 and seen == [[]] * len(seen), seen
    if failing:
        assert "en/medicine-basics.pdf" not in _links(out / "index.html")
    monkeypatch.undo()  # the next build tries the PDF that failed again, with --force or without
    assert not _build(project, formats=("pdf",), jobs=1, force=bool(failing)).problems
    assert "en/medicine-basics.pdf" in _links(out / "index.html") and _missing_links(out) == []


def test_a_pdf_that_fails_is_unlinked_before_it_is_removed(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A PDF made again (new templates, fonts or WeasyPrint; here --force) that fails is removed at
    once, as it is of older inputs: the pages linking it kept the link until the end of the build, and
    a build killed in between left them linking a file that is not there until the next build."""
    out = project / "build"
    assert not _build(project, jobs=1).problems
    failing = "es/medicine-basics-large.pdf"
    seen = _watch(monkeypatch, out, fail=failing)
    report = _build(project, jobs=1, force=True)
    assert report.failed == [failing]
    assert len(seen) > 2 and seen == [[]] * len(seen), seen
    assert "../es/medicine-basics-large.pdf" not in _links(out / "es/index.html")
    assert "../es/medicine-basics.pdf" in _links(out / "es/index.html")
    monkeypatch.undo()
    assert not _build(project, jobs=1, force=True).problems
    assert "../es/medicine-basics-large.pdf" in _links(out / "es/index.html")


@pytest.mark.parametrize("signal", [KeyboardInterrupt, Terminated])
def test_a_first_build_stopped_while_making_pdfs_writes_its_pages_linking_those_made(
        project: Path, monkeypatch: pytest.MonkeyPatch, signal: type[KeyboardInterrupt]) -> None:
    """A first build writes its web pages once, after the PDFs: stopped by Ctrl-C or SIGTERM while
    making them, it left PDFs and no web page at all. It now writes each page once then, linking the
    PDFs in place only, records them, and still says it was stopped."""
    from edu import folder as folder_module
    from edu.workers import PdfPool

    out = project / "build"
    written: Counter[str] = Counter()
    write, pool_run = folder_module.atomic_write, PdfPool.run

    def counted(path: Path, data: bytes) -> object:
        written[path.relative_to(out).as_posix()] += 1
        return write(path, data)

    def stopped(pool: PdfPool, jobs: list[PdfJob], done: Any) -> None:
        pool_run(pool, [job for job in jobs if job.target == "en/caso-breve.pdf"], done)
        raise signal
    monkeypatch.setattr(folder_module, "atomic_write", counted)
    monkeypatch.setattr(PdfPool, "run", stopped)
    with pytest.raises(signal):
        _build(project, jobs=1)
    assert _missing_links(out) == [] and _unfinished(out)
    assert "../en/caso-breve.pdf" in _links(out / "en/caso-breve.html")
    assert "en/caso-breve.pdf" in _links(out / "index.html")
    assert "../en/medicine-basics.pdf" not in _links(out / "en/medicine-basics.html")
    assert max(written.values()) == 1, [target for target, n in written.items() if n > 1]
    recorded = json.loads((out / MANIFEST_NAME).read_text(encoding="utf-8"))["outputs"]
    assert {"index.html", "en/caso-breve.html", "en/caso-breve.pdf"} <= set(recorded)
    monkeypatch.undo()
    report = _build(project, jobs=1)
    assert "en/caso-breve.pdf" not in report.written and "en/medicine-basics.pdf" in report.written
    assert "../en/medicine-basics.pdf" in _links(out / "en/medicine-basics.html") and _missing_links(out) == []


def test_a_second_ctrl_c_stops_the_pages_a_stopped_first_build_writes(project: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """Writing the pages after Ctrl-C must not hold a build that is asked again to stop: the second
    Ctrl-C stops it at once, leaving whole pages that link no PDF not there (the pages it had yet to
    write, such as the index, are missing, as they are when a build is killed while writing them); the
    next build completes."""
    from edu import folder as folder_module
    from edu.workers import PdfPool

    out = project / "build"
    write, pool_run = folder_module.atomic_write, PdfPool.run
    calls: list[str] = []

    def second(path: Path, data: bytes) -> object:
        calls.append(path.name)
        if len(calls) == 3:
            raise KeyboardInterrupt  # the second Ctrl-C, while the pages are written
        return write(path, data)

    def stopped(pool: PdfPool, jobs: list[PdfJob], done: Any) -> None:
        pool_run(pool, jobs[:1], done)
        raise KeyboardInterrupt
    monkeypatch.setattr(PdfPool, "run", stopped)
    monkeypatch.setattr(folder_module, "atomic_write", second)
    with pytest.raises(KeyboardInterrupt):
        _build(project, jobs=1)
    assert len(calls) == 3  # nothing written after it
    assert [link for link in _missing_links(out) if link[1].endswith(".pdf")] == [] and _unfinished(out)
    for page in out.rglob("*.html"):
        assert page.read_text(encoding="utf-8").rstrip().endswith("</html>"), page
    monkeypatch.undo()
    assert not _build(project, jobs=1).problems
    assert _missing_links(out) == [] and (out / "index.html").is_file()



def _killed_after_its_first_pdf(project: Path, tmp_path: Path) -> str:
    """Build ``project``; then leave its build folder as a SIGKILL would have left it once the first
    PDF was in place (the manifest not saved since: it is saved once a second). The PDF's target."""
    from edu import folder as folder_module
    from edu.folder import BuildFolder

    out, killed = project / "build", tmp_path / "killed"
    made: list[str] = []
    pdf_done = BuildFolder.pdf_done

    def done(folder: BuildFolder, job: PdfJob, result: PdfResult) -> None:
        pdf_done(folder, job, result)
        if not made:  # the folder as a SIGKILL now would leave it
            made.append(job.target)
            shutil.copytree(out, killed)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(folder_module, "FLUSH_SECONDS", 1e9)  # no save of the manifest while PDFs are made
        patch.setattr(BuildFolder, "pdf_done", done)
        assert not _build(project, jobs=1).problems
    shutil.rmtree(out)
    shutil.copytree(killed, out)
    return made[0]


def test_a_pdf_in_place_when_a_build_is_killed_is_kept_by_the_next(project: Path, tmp_path: Path) -> None:
    """A build killed (SIGKILL, the out-of-memory killer) once a PDF was in place but before the
    manifest was next saved (once a second while PDFs are made) forgot that PDF: the next build
    made it again. The record of each PDF now goes to the manifest's journal as it arrives."""
    out = project / "build"
    made = _killed_after_its_first_pdf(project, tmp_path)
    again = _build(project, jobs=1)
    assert not again.problems, again.problems
    assert made in again.unchanged and made not in again.written, again.written
    assert len(again.written) > 10 and _missing_links(out) == []  # the rest is made
    assert not (out / ".edu-manifest.journal").exists()  # its records are in the manifest


def test_a_killed_build_s_pdf_is_not_kept_for_the_inputs_put_back(project: Path, tmp_path: Path) -> None:
    """A build killed after a dose change, the dose put back: its PDF of the new dose, in the
    journal, must not be taken for the last complete build's (whose report a build with the same
    inputs replays): the next build makes it again, of the dose in the facts."""
    out = project / "build"
    assert not _build(project, jobs=1).problems
    before = {path: path.read_bytes() for path in out.rglob("*.pdf")}
    _replace(project / "content/facts.yaml", "value: 100", "value: 150")
    made = _killed_after_its_first_pdf(project, tmp_path)
    _replace(project / "content/facts.yaml", "value: 150", "value: 100")
    with (out / ".edu-manifest.journal").open("a", encoding="ascii") as journal:
        journal.write('{"format":1,"target":"en/medic')  # a line a kill cut short: skipped
    again = _build(project, jobs=1)
    assert not again.problems and made in again.written, again.written
    assert {path: path.read_bytes() for path in out.rglob("*.pdf")} == before  # made the same again
    assert _missing_links(out) == []
