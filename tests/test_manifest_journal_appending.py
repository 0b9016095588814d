"""A PDF worker journals its PDF's record before the rename puts it in place, into a journal no save
of the manifest replaces while workers may append to it: a worker killed with its build once the
PDF was in place had not said it, and a line appended just before a save was lost; either way the
next build made the PDF again."""

from __future__ import annotations

import os
from functools import partial
from pathlib import Path
from types import SimpleNamespace

from edu.atomic import Written
from edu.manifest import JOURNAL_NAME, Manifest, Record, journal_record, read_manifest, write_manifest
from edu.model import Page
from edu.pdfworker import PdfJob, _in_place, _render

TARGET = "en/x.pdf"


def _record(out: Path) -> Record:
    stat = (out / TARGET).stat()
    return Record("key", {"templates": "t"}, "pdf", "x", ("en",), "0" * 64, stat.st_size, stat.st_mtime_ns, "page")


def test_a_save_while_workers_append_keeps_the_lines_it_has_not_read(tmp_path: Path) -> None:
    (tmp_path / "en").mkdir()
    (tmp_path / TARGET).write_bytes(b"%PDF-1.7")
    manifest = Manifest(appending=True)
    journal_record(tmp_path, TARGET, _record(tmp_path))  # a worker's line, its result not read yet
    write_manifest(tmp_path, manifest)  # the build saves meanwhile (once a second)
    assert read_manifest(tmp_path).outputs[TARGET].key == "key"  # (the build killed now: kept)
    manifest.appending = False  # the workers gone: the journal holds what the manifest does not
    manifest.outputs[TARGET] = _record(tmp_path)
    write_manifest(tmp_path, manifest)
    assert not (tmp_path / JOURNAL_NAME).exists()
    assert read_manifest(tmp_path).outputs[TARGET].key == "key"


def test_a_pdf_is_journaled_before_its_rename_puts_it_in_place(tmp_path: Path) -> None:
    root, out = tmp_path, tmp_path / "build"
    out.mkdir()
    said: list[bool] = []

    def render(page: Page, cell_langs: tuple[str, ...]) -> SimpleNamespace:
        return SimpleNamespace(data=b"%PDF-1.7 new", problems=[], pages=1)

    writer = SimpleNamespace(render=render)
    planned = Record("", {"templates": ""}, "pdf", "x", ("en",), "", 0, 0, "page")
    job = PdfJob(TARGET, Page("<p>x</p>", "en", "x", "x", None), planned=planned)
    journal = partial(_in_place, job, set(), {}, out, root)

    def in_place(result: object) -> None:
        said.append((out / TARGET).exists())  # not yet
        journal(result)

    result = _render(writer, job, out, os.getppid(), in_place)  # type: ignore[arg-type]
    assert said == [False]
    assert isinstance(result.written, Written)
    recorded = read_manifest(out).outputs[TARGET]  # the build killed once it was in place: known, complete
    assert recorded.key and (recorded.size, recorded.mtime_ns) == (result.written.size, result.written.mtime_ns)
    assert recorded.written(out, TARGET)
