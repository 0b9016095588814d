"""One build per output folder at a time: an exclusive ``flock`` on ``<out>/.edu-lock``.

The kernel drops the lock when the process ends, however it ends (SIGKILL too), so a crashed
build never leaves a stale lock behind. A second build of the same folder does not wait: it
fails at once with one line that names the folder and the process holding it. A build into a
folder elsewhere holds the lock of the project's build/ while it replaces the verdicts it keeps
there (``keeping``): for a few milliseconds, which a build of build/ starting then waits out.
"""

from __future__ import annotations

import errno
import fcntl
import os
import pwd
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType

from .errors import SourceError

LOCK_NAME = ".edu-lock"
KEEPING = "keeping"  # what the lock file says after the process id while a build elsewhere holds it (``keeping``)
KEEP_WAIT = 10.0  # seconds a build waits for such a hold to end


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
        except OSError as exc:  # a read-only checkout, a folder of another user's
            raise SourceError(f"cannot create the output folder: {exc.strerror or exc} (choose another with -o DIR)",
                              self.out) from None
        try:  # never through a link planted in the folder: the build would empty the file it names
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o644)
        except OSError as exc:
            raise self._cannot_lock(exc) from None
        if not _lock(fd):
            holder = os.read(fd, 32).decode("ascii", "replace").strip() or "?"
            os.close(fd)
            raise SourceError(f"another edu build (process {holder}) is writing this folder; "
                              "wait for it to finish", self.path) from None
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode("ascii"))
        self._fd = fd
        return self

    def _cannot_lock(self, exc: OSError) -> SourceError:
        """What to do about it: the usual cause of "Permission denied" is a build folder made by
        another user (`make build` tried as root, then the service account's cron job)."""
        if exc.errno in (errno.ELOOP, errno.EISDIR):
            return SourceError(f"cannot lock the output folder: {exc.strerror} (a link or a folder in place of edu's "
                               "lock file? remove it)", self.path)
        if exc.errno in (errno.EACCES, errno.EPERM):
            where = self.path if self.path.is_file() else self.out
            owner = not_yours(where)
            if owner:
                return SourceError(f"{owner}: the build folder was made by another user; build as that user, or "
                                   "give the folder to this one (chown -R)", where)
        return SourceError(f"cannot lock the output folder: {exc.strerror or exc} (choose another with -o DIR)",
                           self.path)

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


def _lock(fd: int) -> bool:
    """Take the lock of ``fd`` if it is free, or once a build elsewhere that holds it to replace
    what it keeps (``keeping``) is done; False if a build of the folder holds it."""
    deadline = time.monotonic() + KEEP_WAIT
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            if not os.pread(fd, 64, 0).decode("ascii", "replace").strip().endswith(KEEPING) \
                    or time.monotonic() > deadline:
                return False
            time.sleep(0.01)


@contextmanager
def keeping(folder: Path) -> Iterator[bool]:
    """Hold the lock of ``folder`` (the project's build/) while a build into a folder elsewhere
    replaces the verdicts it keeps there (pipeline.keep), so that a build of ``folder`` running
    meanwhile does not lose its own: True when held; False, holding nothing, when such a build
    holds it (the verdicts it keeps stay) or it cannot be taken (a project that cannot be
    written to keeps nothing)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd = os.open(folder / LOCK_NAME, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o644)
    except OSError:
        yield False
        return
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            yield False
            return
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()} {KEEPING}\n".encode("ascii"), 0)
        try:
            yield True
        finally:  # what it says stays until the next build writes its own: one waiting reads no gap
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


@contextmanager
def keeping_for(kept: Path, out: Path) -> Iterator[bool]:
    """``keeping(kept)`` for a build of ``out`` (whose lock the build holds): held already when
    ``kept`` is ``out``. What a build keeps for the next in the project's build/ (the compiled
    templates, the cut fonts) is written under it, as its checks' verdicts are (pipeline.keep)."""
    if kept.resolve() == out.resolve():
        yield True
        return
    with keeping(kept) as held:
        yield held


def _only_lock(folder: Path) -> bool:
    return [p.name for p in folder.iterdir()] == [LOCK_NAME]


def not_yours(path: Path) -> str | None:
    """``belongs to root, not to you (nobody)`` when another user owns ``path``; else None."""
    try:
        owner, you = path.lstat().st_uid, os.geteuid()
    except OSError:
        return None
    return None if owner == you else f"belongs to {_user(owner)}, not to you ({_user(you)})"


def _user(uid: int) -> str:
    try:
        return pwd.getpwuid(uid).pw_name
    except KeyError:  # a uid with no name here (a container's, another machine's)
        return f"uid {uid}"
