"""PDF rendering, the parent's side: a pool of worker processes (pdfworker.py), each importing
WeasyPrint once and keeping one ``PdfWriter``.

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

import dataclasses
import json
import math
import os
import queue
import socket
import subprocess
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from pathlib import Path
from types import TracebackType

from .atomic import sweep_temp_files
from .fonts import Face, shipped_faces
from .pdfworker import NO_HARFBUZZ, Broken, PdfJob, PdfResult, Ready

STARTUP_LIMIT = 300.0  # seconds a worker may take to import WeasyPrint (a cold fontconfig cache is slow)


CGROUP = Path("/sys/fs/cgroup")  # where Linux shows the CPU quota of a container or a systemd unit
PROC_CGROUP = Path("/proc/self/cgroup")  # which cgroup this process is in


def default_jobs() -> int:
    """Every core this process may run on, as many as its cgroup's CPU quota allows: a CI runner
    limited to 2 CPUs on a 64-core node started 64 PDF workers (about 110 MB each)."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        cores = os.cpu_count() or 1
    quota = cpu_quota()
    return max(1, min(cores, quota)) if quota is not None else cores


def cpu_quota() -> int | None:
    """The CPUs this process's cgroups allow, rounded up; None without a quota. cgroup v2:
    ``cpu.max`` ("200000 100000"; "max 100000" is none) of its group and every group above it;
    v1: ``cpu.cfs_quota_us`` / ``cpu.cfs_period_us`` (-1 is none)."""
    limits = [limit for folder in _cgroup_folders() if (limit := _quota_in(folder)) is not None]
    return min(limits, default=None)


def _cgroup_folders() -> list[Path]:
    """The process's cgroup folders, from its own group up to the mount's root (a container sees
    its own group as the root)."""
    try:
        lines = PROC_CGROUP.read_text(encoding="utf-8").splitlines()
    except OSError:
        lines = []
    folders = []
    for line in lines:  # "0::/system.slice/edu.service" (v2), "4:cpu,cpuacct:/docker/3f2a" (v1)
        parts = line.split(":", 2)
        if len(parts) != 3:
            continue
        _, controllers, group = parts
        if controllers and "cpu" not in controllers.split(","):
            continue  # v1: another controller's hierarchy
        base = CGROUP / controllers if controllers else CGROUP  # v1: /sys/fs/cgroup/cpu,cpuacct
        leaf = base / group.strip().lstrip("/")
        folders += [leaf, *[folder for folder in leaf.parents if folder.is_relative_to(base)]]
    return folders or [CGROUP]


def _quota_in(folder: Path) -> int | None:
    try:
        if (folder / "cpu.max").is_file():
            quota, _, period = (folder / "cpu.max").read_text(encoding="utf-8").partition(" ")
        else:
            quota = (folder / "cpu.cfs_quota_us").read_text(encoding="utf-8")
            period = (folder / "cpu.cfs_period_us").read_text(encoding="utf-8")
        if quota.strip() in ("max", "-1"):
            return None
        return max(1, math.ceil(int(quota) / int(period)))
    except (OSError, ValueError, ZeroDivisionError):  # no such file (not this hierarchy), or unreadable
        return None


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
        command = [sys.executable, "-P", "-c", "import sys; from edu.pdfworker import serve; serve(sys.argv[1:])",
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
        if isinstance(message, Ready):
            worker.ready = True
            if not message.harfbuzz and NO_HARFBUZZ not in self.warnings:
                self.warnings.append(NO_HARFBUZZ)
        elif isinstance(message, Broken):
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
