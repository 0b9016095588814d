"""Incremental builds, part 4: ``<out>/.edu-checked.json``, the catalog entries that passed the
blocking checks in the last build, so a rebuild after a one-word fix checks that entry alone.

An entry is known by a digest of everything the checks read: msgid, msgstr, flags, the two
languages and the territory. The file is stamped with a digest of the build code, its data files
and the library versions: a new or changed check, or a new Babel, checks every entry again. Only
entries that passed are kept, so an entry with an error is checked (and reported) by every build.
A build checks the entries of every configured language (one of one language, ``-l``, too: it
localizes them all, pipeline.make_editions) and keeps its own and those another build saved while
it ran (keptmerge.py): two builds elsewhere at once keep both's, and the file never grows past the
entries of the builds that overlapped the last one (a deleted handout's are dropped).
``--force`` ignores it; a missing, unreadable or stale file only means every entry is checked.
Whoever can write the build folder can already replace its pages, so the file trusts no one new.
A build into a folder outside the project (`-o DIR`) reads and keeps it in the project's build/
(pipeline.keep): never one that a folder elsewhere holds.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable
from functools import lru_cache
from pathlib import Path

from .atomic import atomic_write
from .checks import blocking_findings
from .findings import Finding
from .fingerprint import repr_digest
from .keptmerge import save_merged
from .quantities import Units

CHECKED_NAME = ".edu-checked.json"


class CheckedEntries:
    """``blocking_findings`` that skips the entries a build of this folder has already passed."""

    def __init__(self, stamp: str, passed_before: Collection[str] | None = None) -> None:
        self.stamp = stamp  # digest of the code and libraries the checks ran with
        self._read = passed_before is not None  # else (--force) this build's entries replace the file's
        self._before = dict.fromkeys(passed_before or ())
        self._passed: dict[str, None] = {}  # entries of this build that passed, checked now or before

    @classmethod
    def read(cls, out: Path, stamp: str) -> CheckedEntries:
        try:
            data = json.loads((out / CHECKED_NAME).read_text(encoding="utf-8"))
            passed = data["passed"] if data.get("stamp") == stamp else []
            return cls(stamp, [key for key in passed if isinstance(key, str)])
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            return cls(stamp, ())

    def __call__(self, msgid: str, msgstr: str, source_lang: str, lang: str, territory: str,
                 flags: frozenset[str], units: Units = ()) -> tuple[Finding, ...]:
        key = entry_key(msgid, (msgstr,), flags, source_lang, lang, territory)
        if key in self._before:
            self._passed[key] = None
            return ()
        found = blocking_findings(msgid, msgstr, source_lang, lang, territory, flags, units)  # units: in the stamp
        if not found:
            self._passed[key] = None
        return found

    def carry(self, keys: Iterable[str]) -> None:
        """Keep the entries of an edition taken as the last build localized it (localized.py):
        those of ``keys`` that passed before pass again without being checked."""
        self._passed.update((key, None) for key in keys if key in self._before)

    def save(self, out: Path) -> None:
        """Write the entries of this build that passed, and keep those another build saved since this
        one read the file (keptmerge.py; only when that differs from the file)."""
        save_merged(self._before if self._read else None, self._passed,
                    lambda: CheckedEntries.read(out, self.stamp)._before, lambda passed: self._write(out, passed))

    def _write(self, out: Path, passed: dict[str, None]) -> None:
        text = json.dumps({"stamp": self.stamp, "passed": sorted(passed)}, separators=(",", ":"))
        atomic_write(out / CHECKED_NAME, text.encode("utf-8"))


def entry_key(msgid: str, strings: tuple[str, ...], flags: Collection[str], source_lang: str, lang: str,
              territory: str) -> str:
    """A digest of what the blocking checks of one entry read (``strings``: its msgstr, or each
    plural form). It is also the entry's digest in ``EditionInputs.entries``, so an edition
    taken from the last build can ``carry`` its entries without reading them again."""
    return _entry_key(msgid, strings, tuple(sorted(flags)), source_lang, lang, territory)


@lru_cache(maxsize=65536)
def _entry_key(msgid: str, strings: tuple[str, ...], flags: tuple[str, ...], source_lang: str, lang: str,
               territory: str) -> str:
    """(Kept: a build asks it of each entry twice, planning the edition and checking the entry.)"""
    return repr_digest((msgid, strings, list(flags), source_lang, lang, territory))
