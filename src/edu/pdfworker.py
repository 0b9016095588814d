"""PDF rendering, the worker's side: one process that imports WeasyPrint once, keeps one
``PdfWriter`` and renders the jobs its parent (workers.py) sends over a socket, one at a time.

In: ``PdfJob`` records (pickled); out: ``PdfResult`` records, each PDF written in place with an
atomic rename (or sent back, when the pool has no output folder). The first message says whether
WeasyPrint started (``Ready``, with HarfBuzz subsetting or not) or why not (``Broken``).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import resource
import signal
import sys
import time
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from functools import partial
from multiprocessing.connection import Connection
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit

from .atomic import Written, atomic_write
from .fingerprint import digest, printed_inputs
from .fonts import Face
from .manifest import Record, journal_record
from .model import Page

if TYPE_CHECKING:  # imported by the worker only (serve): a build that makes no PDF reads PdfJob, PdfResult
    from .pdf import PdfWriter

FONTTOOLS_WARNING = "Using fontTools instead of HarfBuzz-Subset"
NOTDEF_WARNING = ".notdef glyph rendered"  # one per character per PDF: 854 lines for a Chinese library
NO_HARFBUZZ = ("WeasyPrint cannot load HarfBuzz-Subset (Debian: apt install libharfbuzz-subset0): fonts are "
               "subset with fontTools, about 2.6x slower, and PDFs may differ from one build to the next")


@dataclass(frozen=True)
class PdfJob:
    """One PDF to render (sent to a worker process)."""

    target: str  # path relative to the build folder
    page: Page  # the print HTML
    cell_langs: tuple[str, ...] = ()  # per-column languages of a side-by-side table
    source: str = ""  # the handout file, for messages
    max_pages: int = 0  # the pages it may print on (a patient handout: 2), 0 for no limit
    planned: Record | None = None  # its record but for the file and what the render tells (``journaled``)
    read: tuple[tuple[str, str], ...] = ()  # the templates its page loaded, each as read (readfiles.as_read)


@dataclass(frozen=True)
class PdfResult:
    """What became of a job."""

    target: str  # the job's target
    problems: tuple[str, ...]  # what WeasyPrint complained about, or why there is no file
    written: Written | None  # the file, or None when none was written
    seconds: float  # time the worker spent on it
    peak_rss: int  # the worker's peak resident memory so far, in bytes
    data: bytes | None = None  # the PDF itself, from a pool with no output folder (else None)
    pages: int = 0  # the PDF's number of pages (0: no PDF)
    fetched: tuple[str, ...] = ()  # the files of the project WeasyPrint read for it (project-relative, sorted)
    read: tuple[tuple[str, str], ...] = ()  # of those, (name, hex SHA-256) of the bytes it was given (``_watch``)


@dataclass(frozen=True)
class Ready:
    harfbuzz: bool  # WeasyPrint subsets fonts with HarfBuzz (fast, reproducible)


@dataclass(frozen=True)
class Broken:
    message: str  # why the worker could not start


def serve(argv: list[str]) -> None:
    """A worker process: ``python -P -c '…serve(sys.argv[1:])' FD ROOT OUT PARENT FACES``, talking to its
    parent over the socket ``FD``; FACES is the JSON list of the fonts to embed; OUT "": send the PDFs back."""
    fd, root, out, parent = int(argv[0]), argv[1], Path(argv[2]) if argv[2] else None, int(argv[3])
    faces = [Face(family, Path(path), weight, style, shipped)
             for family, path, weight, style, shipped in json.loads(argv[4])]
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C goes to the whole process group: the parent decides
    _die_with_parent(parent)
    conn = Connection(fd)
    try:
        from .pdf import PdfWriter

        writer = PdfWriter(Path(root), faces)
        fetched, read = _watch(writer)
        conn.send(Ready(harfbuzz_subset_available()))
    except Exception as exc:  # a broken install: say so once, in the parent
        hint = (" (WeasyPrint draws text with the Pango library, which pip cannot install: on Debian or Ubuntu "
                "`apt-get install libpango-1.0-0 libpangoft2-1.0-0`)" if "cannot load library" in str(exc) else "")
        conn.send(Broken(f"{type(exc).__name__}: {exc}{hint}"))
        return
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        fetched.clear()
        in_place = partial(_in_place, job, fetched, read, out, Path(root)) if out is not None else None
        conn.send(_with_reads(_render(writer, job, out, parent, in_place), fetched, read, Path(root)))


def _with_reads(result: PdfResult, fetched: set[str], read: dict[str, str], root: Path) -> PdfResult:
    """``result`` with the files of the project its render read (``_watch``), once it is done."""
    files = _in_project(fetched, root)
    return dataclasses.replace(result, fetched=tuple(files),
                               read=tuple((name, read[url]) for name, url in files.items() if url in read))


def _in_place(job: PdfJob, fetched: set[str], read: dict[str, str], out: Path, root: Path, result: PdfResult) -> None:
    """Journal ``job``'s PDF (``result``), about to be renamed into place."""
    journaled(job, _with_reads(result, fetched, read, root), out, root)


def journaled(job: PdfJob, result: PdfResult, out: Path, root: Path) -> None:
    """Append the record of the PDF about to be renamed into place to the journal of ``out``, as the
    build will once it reads ``result`` (folder.BuildFolder.pdf_done): a build killed between the
    two (the PDF in place, its result unread) had the next build make it again; now that build
    finds it complete (manifest.read_manifest), with what WeasyPrint said making it. Written before
    the rename (a worker killed with its build once the PDF was in place had not said it; a line of
    a file not put in place describes none) into a journal the build leaves as it is while PDFs are
    made (manifest.Manifest.appending: a save that replaced it lost the lines it had not read)."""
    if job.planned is None or result.written is None:
        return
    written = result.written
    seen = {name: bytes.fromhex(sha256) for name, sha256 in (*job.read, *result.read)}  # as read
    inputs, page = printed_inputs(job.planned.inputs, job.planned.loads, result.fetched, job.planned.page, root,
                                  seen=seen)
    record = dataclasses.replace(job.planned, key=digest(inputs), inputs=inputs, sha256=written.sha256,
                                 size=written.size, mtime_ns=written.mtime_ns, page=page,
                                 problems=located(job, result.problems), pages=result.pages, fetched=result.fetched)
    with suppress(OSError):
        journal_record(out, job.target, record)


def located(job: PdfJob, problems: tuple[str, ...]) -> tuple[str, ...]:
    """What WeasyPrint said making ``job``'s PDF, each at its handout and file."""
    return tuple(f"{job.source}: {job.target}: {p}" for p in problems)


def _watch(writer: PdfWriter) -> tuple[set[str], dict[str, str]]:
    """The URLs WeasyPrint asks ``writer``'s fetcher for from now on, or finds in its image cache
    (a picture every page shows is fetched once a worker): what each PDF is made from
    (printtemplates.py); and the hex SHA-256 of the bytes it was given for each file: URL, as it
    read them (a file saved during the render was recorded as new: readfiles.py). Not for the bytes
    the fetcher serves in a file's place (a font made fit for WeasyPrint: ``served``)."""
    from weasyprint.urls import URLFetcherResponse

    seen: set[str] = set()
    read: dict[str, str] = {}
    fetcher = writer.fetcher
    fetch, served = fetcher.fetch, getattr(fetcher, "served", {})

    def watched(url: str, headers: Any = None) -> Any:
        seen.add(url)
        response = fetch(url, headers)
        if not url.startswith("file:") or url in served:
            return response
        try:
            data = response.read()
        finally:
            response.close()
        read[url] = hashlib.sha256(data).hexdigest()
        return URLFetcherResponse(response.url, data, response.headers, response.status)

    fetcher.fetch = watched
    writer.cache = _SeenCache(seen)
    return seen, read


class _SeenCache(dict[str, Any]):
    """WeasyPrint's image cache, telling which URLs it is asked for (``url in cache``)."""

    def __init__(self, seen: set[str]) -> None:
        super().__init__()
        self.seen = seen

    def __contains__(self, key: object) -> bool:
        if isinstance(key, str):
            self.seen.add(key)
        return super().__contains__(key)


def _in_project(urls: set[str], root: Path) -> dict[str, str]:
    """The files of the project ``root`` among ``urls`` (file: URLs), as project-relative paths
    (sorted), each with its URL."""
    project, found = root.resolve(), dict[str, str]()
    for url in sorted(urls):
        parts = urlsplit(url)
        if parts.scheme == "file":
            path = Path(unquote(parts.path)).resolve()
            if path.is_relative_to(project):
                found.setdefault(path.relative_to(project).as_posix(), url)
    return dict(sorted(found.items()))


def _render(writer: PdfWriter, job: PdfJob, out: Path | None, parent: int,
            in_place: Callable[[PdfResult], None] | None = None) -> PdfResult:
    """Render ``job``; write its PDF (``in_place`` told of it just before its rename) or send it back."""
    started = time.perf_counter()
    try:
        rendered = writer.render(job.page, job.cell_langs)
        data, problems = rendered.data, rendered.problems
    except Exception as exc:  # a WeasyPrint bug on one document must not stop the build
        return PdfResult(job.target, (f"PDF rendering failed: {type(exc).__name__}: {exc}",), None,
                         time.perf_counter() - started, _peak_rss())
    # reported once per build as warnings: fontTools (pool.warnings) and each missing glyph (glyphs.pdf_warnings)
    kept = tuple(p for p in problems if not p.startswith((FONTTOOLS_WARNING, NOTDEF_WARNING)))
    if out is None:
        return PdfResult(job.target, kept, None, time.perf_counter() - started, _peak_rss(), data=data,
                         pages=rendered.pages)

    def ready(written: Written) -> None:
        if in_place is not None:
            in_place(PdfResult(job.target, kept, written, time.perf_counter() - started, _peak_rss(),
                               pages=rendered.pages))

    try:
        written = atomic_write(out / job.target, data, still_wanted=lambda: os.getppid() == parent, ready=ready)
    except OSError as exc:  # the disk, not the document: full, read-only
        return PdfResult(job.target, (f"cannot write the file: {exc.strerror or exc}",), None,
                         time.perf_counter() - started, _peak_rss())
    return PdfResult(job.target, kept, written, time.perf_counter() - started, _peak_rss(), pages=rendered.pages)


def too_long(source: str, target: str, max_pages: int, pages: int) -> str | None:
    """A warning, at the handout's source, for a PDF printed on more pages than its job allows
    (a translation runs longer than its source: a third sheet holding two lines of the footer);
    said again by every build that keeps the PDF (its pages are in the manifest)."""
    if not max_pages or pages <= max_pages:
        return None
    return (f"{source}:1: {target} prints on {pages} pages; a patient handout prints on at most "
            f"{max_pages} (one sheet, both sides): shorten this edition's text (a translation runs longer "
            "than its source; a clinic's stamp under the title takes a line or two) or split the handout")


def harfbuzz_subset_available() -> bool:
    """WeasyPrint found libharfbuzz-subset (>= 4.1, which it needs), so it will not fall back to fontTools."""
    from weasyprint.text.ffi import harfbuzz, harfbuzz_subset

    return harfbuzz_subset is not None and bool(harfbuzz.hb_version_atleast(4, 1, 0))


def _die_with_parent(parent: int) -> None:
    if sys.platform.startswith("linux"):
        import ctypes  # the worker's only

        with suppress(OSError, AttributeError):
            ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    if os.getppid() != parent:  # the parent is already gone
        os._exit(1)


def _peak_rss() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
