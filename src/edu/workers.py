"""PDF rendering in worker processes, each importing WeasyPrint once and keeping one ``PdfWriter``.

Workers are fresh interpreters talking to the parent over a socket (pickled jobs and results);
``multiprocessing`` is not used because its spawn method imports the caller's ``__main__`` again
and its fork method copies a process that may hold threads. The parent hands out one job at a
time, watches the clock, and stops a worker whose document takes longer than the time limit (a
runaway can sit inside Pango or fontconfig, where nothing in the worker could interrupt it); a
fresh worker takes the remaining jobs. Workers ignore Ctrl-C (the parent stops them), die with
the parent (Linux ``PR_SET_PDEATHSIG``) and never rename a file into place once the build that
asked for them is gone. A pool with no output folder sends each PDF back instead of writing it:
``PdfRenderer`` renders the PDFs of ``edu serve``, which keeps its pages in memory, that way.
"""

from __future__ import annotations

import ctypes
import dataclasses
import json
import os
import queue
import resource
import signal
import socket
import subprocess
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from contextlib import suppress
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from pathlib import Path
from types import TracebackType

from .atomic import Written, atomic_write, sweep_temp_files
from .fonts import Face, shipped_faces
from .model import Page
from .pdf import PdfWriter

STARTUP_LIMIT = 300.0  # seconds a worker may take to import WeasyPrint (a cold fontconfig cache is slow)
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


@dataclass(frozen=True)
class _Ready:
    harfbuzz: bool  # WeasyPrint subsets fonts with HarfBuzz (fast, reproducible)


@dataclass(frozen=True)
class _Broken:
    message: str  # why the worker could not start


def default_jobs() -> int:
    """Every core this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


# --- the worker side -------------------------------------------------------------------------------

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
        writer = PdfWriter(Path(root), faces)
        conn.send(_Ready(harfbuzz_subset_available()))
    except Exception as exc:  # a broken install: say so once, in the parent
        hint = (" (WeasyPrint draws text with the Pango library, which pip cannot install: on Debian or Ubuntu "
                "`apt-get install libpango-1.0-0 libpangoft2-1.0-0`)" if "cannot load library" in str(exc) else "")
        conn.send(_Broken(f"{type(exc).__name__}: {exc}{hint}"))
        return
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        conn.send(_render(writer, job, out, parent))


def _render(writer: PdfWriter, job: PdfJob, out: Path | None, parent: int) -> PdfResult:
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
    try:
        written = atomic_write(out / job.target, data, still_wanted=lambda: os.getppid() == parent)
    except OSError as exc:  # the disk, not the document: full, read-only
        return PdfResult(job.target, (f"cannot write the file: {exc.strerror or exc}",), None,
                         time.perf_counter() - started, _peak_rss())
    return PdfResult(job.target, kept, written, time.perf_counter() - started, _peak_rss(), pages=rendered.pages)


def too_long(job: PdfJob, result: PdfResult) -> str | None:
    """A warning, at the handout's source, for a PDF printed on more pages than its job allows
    (a translation runs longer than its source: a third sheet holding two lines of the footer)."""
    if not job.max_pages or result.pages <= job.max_pages:
        return None
    return (f"{job.source}:1: {job.target} prints on {result.pages} pages; a patient handout prints on at most "
            f"{job.max_pages} (one sheet, both sides): shorten this edition's text (a translation runs longer "
            "than its source) or split the handout")


def harfbuzz_subset_available() -> bool:
    """WeasyPrint found libharfbuzz-subset (>= 4.1, which it needs), so it will not fall back to fontTools."""
    from weasyprint.text.ffi import harfbuzz, harfbuzz_subset

    return harfbuzz_subset is not None and bool(harfbuzz.hb_version_atleast(4, 1, 0))


def _die_with_parent(parent: int) -> None:
    if sys.platform.startswith("linux"):
        with suppress(OSError, AttributeError):
            ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    if os.getppid() != parent:  # the parent is already gone
        os._exit(1)


def _peak_rss() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


# --- the parent side -------------------------------------------------------------------------------

@dataclass
class _Worker:
    process: subprocess.Popen[bytes]  # the worker process
    conn: Connection  # the parent's end of its socket
    born: float  # when it was started
    ready: bool = False  # WeasyPrint imported, waiting for jobs
    job: PdfJob | None = None  # what it is rendering
    started: float = 0.0  # when it got that job


class PdfPool:
    """Worker processes that render ``PdfJob``s; ``with PdfPool(...) as pool: pool.run(jobs, done)``.

    Workers start as soon as the pool is entered, so they import WeasyPrint while the parent
    renders the HTML pages. Leaving the pool (normally, on an error or on Ctrl-C) stops them and
    removes any temporary file they leave behind. ``out`` None: each PDF comes back in its
    ``PdfResult.data``, and no file is written. Use a pool from one thread that outlives it: Linux
    kills a worker when the thread that started it ends (``PR_SET_PDEATHSIG``), not the process.
    """

    def __init__(self, root: Path, out: Path | None, size: int, timeout: float,
                 faces: Sequence[Face] | None = None) -> None:
        self.root, self.out, self.size, self.timeout = root, out, max(1, size), timeout
        self.faces = json.dumps([dataclasses.astuple(face) for face in faces or shipped_faces()], default=str)
        self.workers: list[_Worker] = []
        self.warnings: list[str] = []  # once per build, e.g. HarfBuzz-Subset missing
        self.peak_rss: dict[int, int] = {}  # worker pid -> peak resident memory in bytes
        self._broken = ""

    def __enter__(self) -> PdfPool:
        for _ in range(self.size):
            self._start()
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def run(self, jobs: Iterable[PdfJob], done: Callable[[PdfJob, PdfResult], None]) -> None:
        """Render every job (biggest first, so no long one is left for the end); ``done`` is
        called in the parent as each one finishes, fails or is stopped."""
        queue = deque(sorted(jobs, key=lambda job: len(job.page.html), reverse=True))
        while queue or self._busy():
            if self._broken:
                while queue:
                    job = queue.popleft()
                    done(job, PdfResult(job.target, (f"no PDF: the PDF worker could not start: {self._broken}",),
                                        None, 0.0, 0))
            else:
                self._top_up(len(queue) + self._busy())
                for worker in self.workers:
                    if worker.ready and worker.job is None and queue:
                        worker.job, worker.started = queue.popleft(), time.monotonic()
                        worker.conn.send(worker.job)
            if queue or self._busy():
                self._wait(done)

    def close(self) -> None:
        for worker in self.workers:
            if worker.ready and worker.job is None and worker.process.poll() is None:
                try:
                    worker.conn.send(None)  # idle: ask it to leave
                except OSError:
                    worker.process.terminate()
            else:
                worker.process.terminate()  # busy (Ctrl-C, an error) or still starting: stop it now
        for worker in list(self.workers):
            self._reap(worker, grace=2.0)

    def _busy(self) -> int:
        return sum(1 for w in self.workers if w.job is not None)

    def _start(self) -> None:
        """A fresh interpreter (not multiprocessing: it would import the caller's __main__ again);
        ``-P``: nothing is imported from the current folder."""
        here, there = socket.socketpair()
        command = [sys.executable, "-P", "-c", "import sys; from edu.workers import serve; serve(sys.argv[1:])",
                   str(there.fileno()), str(self.root), str(self.out or ""), str(os.getpid()), self.faces]
        try:
            process = subprocess.Popen(command, pass_fds=[there.fileno()], stdin=subprocess.DEVNULL)
        finally:
            there.close()
        self.workers.append(_Worker(process, Connection(here.detach()), time.monotonic()))

    def _top_up(self, outstanding: int) -> None:
        """Replace stopped workers while there is work for them."""
        while len(self.workers) < min(self.size, outstanding):
            self._start()

    def _wait(self, done: Callable[[PdfJob, PdfResult], None]) -> None:
        """Until a worker says something (or ends: its socket then reads as closed) or a clock runs out."""
        ready = set(wait([w.conn for w in self.workers], self._next_deadline()))
        for worker in list(self.workers):
            if worker.conn in ready:
                self._receive(worker, done)
        now = time.monotonic()
        for worker in list(self.workers):
            if worker.job is not None and now - worker.started > self.timeout:
                job, worker.job = worker.job, None
                self._reap(worker, grace=0.0)
                done(job, PdfResult(job.target, (f"PDF rendering took more than {self.timeout:g} s; stopped",),
                                    None, now - worker.started, 0))
            elif not worker.ready and now - worker.born > STARTUP_LIMIT:
                self._broken = f"WeasyPrint did not start within {STARTUP_LIMIT:g} s"
                self._reap(worker, grace=0.0)

    def _next_deadline(self) -> float | None:
        times = [w.started + self.timeout for w in self.workers if w.job is not None]
        times += [w.born + STARTUP_LIMIT for w in self.workers if not w.ready]
        return max(0.0, min(times) - time.monotonic()) if times else None

    def _receive(self, worker: _Worker, done: Callable[[PdfJob, PdfResult], None]) -> None:
        try:
            message = worker.conn.recv()
        except (EOFError, OSError):
            self._died(worker, done)
            return
        if isinstance(message, _Ready):
            worker.ready = True
            if not message.harfbuzz and NO_HARFBUZZ not in self.warnings:
                self.warnings.append(NO_HARFBUZZ)
        elif isinstance(message, _Broken):
            self._broken = message.message
            self._reap(worker, grace=1.0)
        elif isinstance(message, PdfResult) and worker.job is not None:
            job, worker.job = worker.job, None
            self.peak_rss[worker.process.pid] = message.peak_rss
            done(job, message)

    def _died(self, worker: _Worker, done: Callable[[PdfJob, PdfResult], None]) -> None:
        code = worker.process.poll()
        job, worker.job = worker.job, None
        self._reap(worker, grace=1.0)
        if job is not None:
            done(job, PdfResult(job.target, (f"the PDF worker stopped unexpectedly (exit status {code})",),
                                None, time.monotonic() - worker.started, 0))
        elif not worker.ready:
            self._broken = f"it stopped with exit status {code}"

    def _reap(self, worker: _Worker, grace: float) -> None:
        """Wait ``grace`` seconds for the worker to end, then kill it; remove its temporary files."""
        try:
            worker.process.wait(grace)
        except subprocess.TimeoutExpired:
            worker.process.kill()
            worker.process.wait()
        worker.conn.close()
        if self.out is not None:
            sweep_temp_files(self.out, [worker.process.pid])
        self.workers.remove(worker)


@dataclass(frozen=True)
class _Request:
    job: PdfJob  # what to render
    faces: tuple[Face, ...]  # the fonts to embed
    timeout: float  # its time limit, in seconds
    reply: queue.SimpleQueue[PdfResult]  # where its result goes


class PdfRenderer:
    """PDFs for a long-running process (``edu serve``), rendered one at a time by a ``PdfPool`` of
    one worker, each within the time limit, and sent back (no file is written). One thread owns the
    pool: a worker dies with the thread that started it (``PR_SET_PDEATHSIG``), and a web server's
    threads end with their request."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._requests: queue.SimpleQueue[_Request | None] = queue.SimpleQueue()  # None: stop
        self._closed = False
        self._lock = threading.Lock()  # no request is put after the None that stops the thread
        threading.Thread(target=self._loop, name="edu-pdf", daemon=True).start()

    def render(self, job: PdfJob, faces: Sequence[Face], timeout: float) -> PdfResult:
        """What became of ``job``: its PDF in ``data``, or why there is none (``problems``)."""
        reply: queue.SimpleQueue[PdfResult] = queue.SimpleQueue()
        with self._lock:
            if self._closed:
                return PdfResult(job.target, ("no PDF: the renderer has stopped",), None, 0.0, 0)
            self._requests.put(_Request(job, tuple(faces), timeout, reply))
        return reply.get()

    def close(self) -> None:
        """Stop the worker once the PDF it is rendering (if any) is done."""
        with self._lock:
            self._closed = True
            self._requests.put(None)

    def _loop(self) -> None:
        pool, made_for = None, None
        try:
            while (request := self._requests.get()) is not None:
                job, faces, timeout, reply = request.job, request.faces, request.timeout, request.reply
                if pool is None or made_for != (faces, timeout):  # a font added, the time limit changed
                    if pool is not None:
                        pool.close()
                    pool, made_for = PdfPool(self.root, None, 1, timeout, faces), (faces, timeout)  # run starts it
                try:
                    reply.put(_render_one(pool, job))
                except Exception as exc:  # the pool itself (a worker that cannot be started): say so, start again
                    pool.close()
                    pool = None
                    reply.put(PdfResult(job.target, (f"PDF rendering failed: {type(exc).__name__}: {exc}",), None,
                                        0.0, 0))
        finally:
            if pool is not None:
                pool.close()


def _render_one(pool: PdfPool, job: PdfJob) -> PdfResult:
    results: list[PdfResult] = []
    pool.run([job], lambda _job, result: results.append(result))
    return results[0]
