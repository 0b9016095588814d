"""Saving what a build keeps for the next (checked.py, warned.py, localized.py) when another build
saved its own since this one read the file.

Two builds into folders elsewhere (`edu build -l es -o A` and `edu build -l en -o B`, a deploy job's)
keep their verdicts in the same file of the project's build/, each reading it when it starts and
saving it, under build/'s lock (pipeline.keep), when it ends. The one that saved last replaced the
other's entries with those it read when it started: an entry edited while it ran, that the other
build checked, was checked again by the next build (time, not safety: an entry is known by a
digest of all its verdict depends on, so a kept entry is never wrong).

So the file is read again under the lock, and it keeps this build's entries and those another build
saved since this one read it (in the file now, not in the file as this build read it). That bounds
its growth: an entry no build of the project sees any more (its handout deleted, its language
removed, its text edited) is dropped by the next build that no build still seeing it overlapped,
and a build that did not read the file (``--force``) replaces it whole. Without overlapping builds
the file holds one build's entries, as before.

pipeline.run reads the files before the catalogs, so an entry another build saves after this one
loaded its catalogs is one saved since this one read the file: kept. (An entry saved before is
from the other build's catalogs, as old as or older than this one's: dropped if this build did not
use it, as a build alone would.)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

V = TypeVar("V")

Merge = Callable[[dict[str, V], dict[str, V], dict[str, V]], dict[str, V]]


def merged(before: dict[str, V], now: dict[str, V], mine: dict[str, V]) -> dict[str, V]:
    """This build's entries (``mine``), and those of the file ``now`` that were not in it ``before``,
    when this build read it: another build saved them since."""
    return {**{key: value for key, value in now.items() if key not in before}, **mine}


def save_merged(before: dict[str, V] | None, mine: dict[str, V], reread: Callable[[], dict[str, V]],
                write: Callable[[dict[str, V]], None], merge: Merge[V] = merged) -> None:
    """``write`` what ``merge`` keeps of the file as ``reread`` gives it now (only when that differs
    from it). ``before``: the file as this build read it, None when it did not (``--force``: this
    build's entries replace it). Called under the lock of the folder that holds the file
    (pipeline.keep), so no other build saves it between its reading here and its replacing."""
    if before is not None and merge(before, before, mine) == before:
        return  # nothing new: the file is not read again (a few ms for a large library's)
    now = reread()  # empty when gone, unreadable or another edu's
    kept = merge(now if before is None else before, now, mine)
    if kept != now:
        write(kept)
