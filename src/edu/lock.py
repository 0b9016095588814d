"""One build per output folder at a time: an exclusive ``flock`` on ``<out>/.edu-lock``.

The kernel drops the lock when the process ends, however it ends (SIGKILL too), so a crashed
build never leaves a stale lock behind. A second build of the same folder does not wait: it
fails at once with one line that names the folder and the process holding it.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path
from types import TracebackType

from .errors import SourceError

LOCK_NAME = ".edu-lock"


class BuildLock:
    """``with BuildLock(out):`` holds the folder; raises a located error if another build holds it."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.path = out / LOCK_NAME
        self._fd: int | None = None
        self._created = False  # the folder did not exist: remove it again if the build writes nothing

    def __enter__(self) -> BuildLock:
        self._created = not self.out.exists()
        try:
            self.out.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise SourceError(f"cannot create the output folder: {exc.strerror or exc}", self.out) from None
        try:  # never through a link planted in the folder: the build would empty the file it names
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o644)
        except OSError as exc:
            raise SourceError(f"cannot lock the output folder: {exc.strerror or exc} (a link or a folder in "
                              "place of edu's lock file? remove it)", self.path) from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.read(fd, 32).decode("ascii", "replace").strip() or "?"
            os.close(fd)
            raise SourceError(f"another edu build (process {holder}) is writing this folder; "
                              "wait for it to finish", self.path) from None
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode("ascii"))
        self._fd = fd
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self._fd is None:
            return
        if self._created and exc is not None and _only_lock(self.out):
            self.path.unlink(missing_ok=True)  # a build that failed before writing leaves no folder
            self.out.rmdir()
        fcntl.flock(self._fd, fcntl.LOCK_UN)
        os.close(self._fd)
        self._fd = None


def _only_lock(folder: Path) -> bool:
    return [p.name for p in folder.iterdir()] == [LOCK_NAME]
