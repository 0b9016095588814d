"""What a build is doing, for people: progress events, a bar on a terminal, plain lines elsewhere, a summary.

The library only calls ``progress(event)``; the CLI picks the display with ``progress_reporter``
(a bar with counts and ETA on a terminal that can redraw a line, one line per output otherwise) and
prints ``summary_line(report)`` at the end. What is printed for people is best-effort
(``BestEffort``): a reader that goes away (``edu build 2>&1 | grep -m1 built``) never stops a build.
"""

from __future__ import annotations

import errno
import io
import os
import time
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from .findings import plural

if TYPE_CHECKING:
    from .build import BuildReport

BAR_WIDTH = 24
GONE = (errno.EPIPE, errno.ESHUTDOWN, errno.EIO)  # the reader closed the pipe, or the terminal hung up


class Stream(Protocol):
    """What the displays write to: a text stream such as ``sys.stderr``."""

    def write(self, text: str, /) -> int: ...

    def flush(self) -> None: ...

    def isatty(self) -> bool: ...


class BestEffort:
    """A text stream that goes quiet once its reader is gone, instead of raising BrokenPipeError in
    the middle of a build (which stopped it after one output, half made, with status 1 and no word).
    Its file descriptor then points at /dev/null: Python's last flush at exit, and the PDF workers
    that share it, cannot fail on the closed pipe either."""

    def __init__(self, stream: Stream) -> None:
        self.stream = stream
        self.gone = False  # the reader has gone: nothing more is written

    def write(self, text: str, /) -> int:
        if not self.gone:
            try:
                self.stream.write(text)
            except OSError as exc:
                self._lost(exc)
        return len(text)

    def flush(self) -> None:
        if not self.gone:
            try:
                self.stream.flush()
            except OSError as exc:
                self._lost(exc)

    def isatty(self) -> bool:
        return not self.gone and self.stream.isatty()

    def _lost(self, exc: OSError) -> None:
        if exc.errno not in GONE:
            raise exc
        self.gone = True
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, self.stream.fileno())  # type: ignore[attr-defined]
            os.close(devnull)
        except (AttributeError, OSError, ValueError, io.UnsupportedOperation):  # no file descriptor (a test's capture)
            pass


@dataclass(frozen=True)
class Progress:
    """One output finished (built, failed or removed)."""

    done: int  # outputs finished so far in this build
    total: int  # outputs this build makes or removes
    target: str  # the output, relative to the build folder
    status: str  # built | failed | removed
    why: str = ""  # what changed since the last build, e.g. "entries: 'Wash your hands.'"

    def __str__(self) -> str:
        why = f" ({self.why})" if self.why else ""
        return f"[{self.done}/{self.total}] {self.status} {self.target}{why}"


class LineProgress:
    """One line per output: for logs and CI."""

    def __init__(self, stream: Stream) -> None:
        self.stream = stream

    def __call__(self, event: Progress) -> None:
        print(event, file=self.stream, flush=True)

    def close(self) -> None:
        pass


class BarProgress:
    """``[#######.........] 12/40  es/x.pdf  ETA 0:14`` redrawn in place on a terminal."""

    def __init__(self, stream: Stream, clock: Callable[[], float] = time.monotonic) -> None:
        self.stream = stream
        self.clock = clock
        self.recent: deque[float] = deque(maxlen=12)  # times of the last events, for the rate
        self.drawn = False

    def __call__(self, event: Progress) -> None:
        self.recent.append(self.clock())
        if event.status == "failed":
            self._clear()
            print(event, file=self.stream)
        filled = BAR_WIDTH * event.done // max(event.total, 1)
        bar = "#" * filled + "." * (BAR_WIDTH - filled)
        line = f"[{bar}] {event.done}/{event.total}  {event.target}{eta_text(self.eta(event))}"
        self.stream.write("\r\x1b[K" + line)
        self.stream.flush()
        self.drawn = True

    def eta(self, event: Progress) -> float | None:
        """Seconds left, from the pace of the last few outputs (PDFs set it once the HTML is out)."""
        if len(self.recent) < 2 or event.done >= event.total:
            return None
        pace = (self.recent[-1] - self.recent[0]) / (len(self.recent) - 1)
        return pace * (event.total - event.done)

    def close(self) -> None:
        self._clear()

    def _clear(self) -> None:
        if self.drawn:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.drawn = False


def eta_text(seconds: float | None) -> str:
    if seconds is None:
        return ""
    minutes, secs = divmod(int(seconds + 0.5), 60)
    return f"  ETA {minutes}:{secs:02d}"


def progress_reporter(stream: Stream, environ: Mapping[str, str] = os.environ) -> LineProgress | BarProgress:
    """A bar on a terminal that can redraw a line, plain lines otherwise: in a pipe or a file, on a
    terminal without cursor control (TERM unset, empty or "dumb": Emacs' shell, some CI ptys) and in
    CI (``CI`` set: its log keeps every redraw). NO_COLOR is not a reason: the bar has no colour."""
    redraws = environ.get("TERM", "") not in ("", "dumb") and not environ.get("CI")
    return BarProgress(stream) if redraws and stream.isatty() else LineProgress(stream)


def summary_line(report: BuildReport) -> str:
    """``edu: 5 built, 12 up to date, 1 removed, 0 failed, 3 editions not published, 4.2 s``"""
    seconds = f"{report.seconds:.2f}" if report.seconds < 1 else f"{report.seconds:.1f}"  # a no-op is not "0.0 s"
    held = len(report.skipped) + len(report.blocked)
    return (f"edu: {len(report.written)} built, {len(report.unchanged)} up to date, {len(report.removed)} removed, "
            f"{len(report.failed)} failed, {plural(held, 'edition')} not published, {seconds} s")
