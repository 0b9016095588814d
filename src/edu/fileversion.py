"""Work done once per version of a file in one process (a digest, a picture's check, a font's
glyph list), however many handouts, pages or commands ask: a version is the file's size and times,
so an edited or replaced file (`edu serve` keeps running) is read again."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache, wraps
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


def per_file_version(maxsize: int = 1024) -> Callable[[Callable[[Path], T]], Callable[[Path], T]]:
    """Memoize ``fn(path)`` per version of the file at ``path``."""

    def wrap(fn: Callable[[Path], T]) -> Callable[[Path], T]:
        @lru_cache(maxsize=maxsize)
        def of_version(path: Path, _size: int, _mtime: int, _ctime: int) -> T:
            return fn(path)

        @wraps(fn)
        def call(path: Path) -> T:
            stat = path.stat()
            return of_version(path, stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns)

        return call

    return wrap
