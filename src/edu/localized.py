"""Incremental builds, part 5: ``<out>/.edu-localized.json``, the complete editions of the last build
with their localized text, so a rebuild after a one-word fix localizes only the editions that print it.

An edition is known by a digest of everything its localized text follows from (``EditionInputs.
localizing``: language, source, catalog entries, facts used) and by the file's stamp (the build
code, its data files, the library versions and the settings). Only complete editions are kept: one
with a missing, fuzzy or rejected entry is localized, and reported, by every build, because its
messages name catalog lines that move when another entry is edited. A build of one language (``-l``)
still localizes every configured language (pipeline.make_editions), so it forgets none of them; it
keeps its own editions and those another build saved while it ran (keptmerge.py): two builds
elsewhere at once keep both's, and the file never grows past the editions of the builds that
overlapped the last one (those of a deleted handout or a removed language are dropped).
``--force`` ignores it; a missing, unreadable, stale or malformed file (or record) only means those
editions are localized again.
Whoever can write the build folder can already replace its pages, so the file trusts no one new.
A build into a folder outside the project (`-o DIR`) reads and keeps it in the project's build/
(pipeline.keep): never one that a folder elsewhere holds.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, TypeGuard

from .atomic import atomic_write
from .keptmerge import save_merged
from .model import Handout, Localized, Segment

LOCALIZED_NAME = ".edu-localized.json"


class LocalizedEditions:
    """The complete editions a build of this folder localized last time, by ``EditionInputs.localizing``."""

    def __init__(self, stamp: str, before: dict[str, Any] | None = None) -> None:
        self.stamp = stamp  # digest of the code, libraries and settings the editions were made with
        self._read = before is not None  # else (--force) this build's editions replace the file's
        self._before = before or {}
        self._now: dict[str, list[Any]] = {}  # editions of this build: key -> [title, summary, segment texts]

    @classmethod
    def read(cls, out: Path, stamp: str) -> LocalizedEditions:
        try:
            data = json.loads((out / LOCALIZED_NAME).read_text(encoding="utf-8"))
            editions = data["editions"] if data.get("stamp") == stamp else {}
            return cls(stamp, editions if isinstance(editions, dict) else {})
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            return cls(stamp, {})

    def get(self, key: str, handout: Handout, lang: str) -> Localized | None:
        """The edition as the last build localized it, or None (then localize it and ``put`` it)."""
        record = self._before.get(key)
        if not _well_formed(record, handout):
            return None
        title, summary, texts = record
        self._now[key] = record
        parts = tuple(tuple(next(localized) if isinstance(p, Segment) else p for p in block.parts)
                      for block, localized in zip(handout.blocks, map(iter, texts), strict=True))
        return Localized(handout, lang, title, summary, tuple("".join(p) for p in parts), (), parts)

    def put(self, key: str, loc: Localized) -> None:
        """Keep a complete edition: its title, summary and the localized text of each segment."""
        if not loc.missing:
            texts = [[p for p, s in zip(parts, block.parts, strict=True) if isinstance(s, Segment)]
                     for parts, block in zip(loc.parts, loc.handout.blocks, strict=True)]
            self._now[key] = [loc.title, loc.summary, texts]

    def save(self, out: Path) -> None:
        """Write the editions of this build, and keep those another build saved since this one read
        the file (keptmerge.py; only when that differs from the file)."""
        save_merged(self._before if self._read else None, self._now,
                    lambda: LocalizedEditions.read(out, self.stamp)._before, lambda kept: self._write(out, kept))

    def _write(self, out: Path, editions: dict[str, Any]) -> None:
        text = json.dumps({"stamp": self.stamp, "editions": editions}, ensure_ascii=False, separators=(",", ":"))
        atomic_write(out / LOCALIZED_NAME, text.encode("utf-8"))


def _well_formed(record: object, handout: Handout) -> TypeGuard[list[Any]]:
    """A record shaped like the handout: title, summary, and per block one string per segment."""
    if not (isinstance(record, list) and len(record) == 3 and isinstance(record[0], str)
            and isinstance(record[1], str) and isinstance(record[2], list) and len(record[2]) == len(handout.blocks)):
        return False
    return all(isinstance(texts, list) and len(texts) == len(block.segments) and all(isinstance(t, str) for t in texts)
               for block, texts in zip(handout.blocks, record[2], strict=True))
