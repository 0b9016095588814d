"""Output files that are never torn: write a temporary file in the same folder, then rename it.

A reader (a web server, a person opening the PDF, the next build) sees the old file or the new
one, never half of one. A process killed while writing leaves only its ``.<name>.<pid>.tmp``,
which the next build sweeps away.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

TEMP_SUFFIX = ".tmp"


@dataclass(frozen=True)
class Written:
    """What was written, as the manifest remembers it."""

    sha256: str  # of the bytes
    size: int  # bytes
    mtime_ns: int  # modification time after the rename


def temp_name(path: Path, pid: int | None = None) -> Path:
    return path.with_name(f".{path.name}.{pid or os.getpid()}{TEMP_SUFFIX}")


def atomic_write(path: Path, data: bytes, still_wanted: object = None,
                 ready: Callable[[Written], None] | None = None) -> Written:
    """Write ``data`` to ``path`` through a temporary file and a rename.

    ``still_wanted`` (a callable returning bool) is asked just before the rename: a worker whose
    build was killed must not replace a file that a newer build has written since. ``ready`` is
    told, just before the rename, what the file will be once in place (a rename keeps its size and
    time): a PDF worker journals its record then (pdfworker.journaled), so that a worker killed
    with its build once the file is in place has said it.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = temp_name(path)
    try:
        with open(tmp, "wb") as fileobj:
            fileobj.write(data)
        if callable(still_wanted) and not still_wanted():
            raise InterruptedError(f"{path}: the build that asked for it has stopped")
        if ready is not None:
            stat = tmp.stat()
            ready(Written(hashlib.sha256(data).hexdigest(), stat.st_size, stat.st_mtime_ns))
        os.replace(tmp, path)
    except OSError as exc:  # name the file the user asked for, not the temporary one
        if exc.errno is None:
            raise
        raise OSError(exc.errno, exc.strerror, str(path)) from exc
    finally:
        tmp.unlink(missing_ok=True)
    stat = path.stat()
    return Written(hashlib.sha256(data).hexdigest(), stat.st_size, stat.st_mtime_ns)


def sweep_temp_files(folder: Path, pids: Iterable[int] | None = None) -> list[Path]:
    """Remove temporary files left by killed writers (only those of ``pids``, if given)."""
    if not folder.is_dir():
        return []
    wanted = None if pids is None else {str(pid) for pid in pids}
    removed = []
    for path in folder.rglob(f".*{TEMP_SUFFIX}"):
        pid = path.name[: -len(TEMP_SUFFIX)].rsplit(".", 1)[-1]
        if path.is_file() and (wanted is None or pid in wanted):
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed
