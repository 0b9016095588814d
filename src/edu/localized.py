"""Incremental builds, part 5: ``<out>/.edu-localized.json``, the complete editions of the last build
with their localized text, so a rebuild after a one-word fix localizes only the editions that print it.

An edition is known by a digest of everything its localized text follows from (``EditionInputs.
localizing``: language, source, catalog entries, facts used) and by the file's stamp (the build
code, its data files, the library versions and the settings). Only complete editions are kept: one
with a missing, fuzzy or rejected entry is localized, and reported, by every build, because its
messages name catalog lines that move when another entry is edited. Only the editions of the last
build are kept, so the file never grows past one build; a build of one language (``-l``) still
localizes every configured language (pipeline.make_editions), so it forgets none of them.
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
from .model import Handout, Localized, Segment

LOCALIZED_NAME = ".edu-localized.json"


class LocalizedEditions:
    """The complete editions a build of this folder localized last time, by ``EditionInputs.localizing``."""

    def __init__(self, stamp: str, before: dict[str, Any] | None = None) -> None:
        self.stamp = stamp  # digest of the code, libraries and settings the editions were made with
        self._before = before or {}
        self._now: dict[str, list[Any]] = {}  # editions of this build: key -> [title, summary, segment texts]

    @classmethod
    def read(cls, out: Path, stamp: str) -> LocalizedEditions:
        try:
            data = json.loads((out / LOCALIZED_NAME).read_text(encoding="utf-8"))
            editions = data["editions"] if data.get("stamp") == stamp else {}
            return cls(stamp, editions if isinstance(editions, dict) else {})
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            return cls(stamp)

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
        """Write the editions of this build (only when they are not those of the file)."""
        if self._now.keys() == self._before.keys():
            return
        text = json.dumps({"stamp": self.stamp, "editions": self._now}, ensure_ascii=False, separators=(",", ":"))
        atomic_write(out / LOCALIZED_NAME, text.encode("utf-8"))


def _well_formed(record: object, handout: Handout) -> TypeGuard[list[Any]]:
    """A record shaped like the handout: title, summary, and per block one string per segment."""
    if not (isinstance(record, list) and len(record) == 3 and isinstance(record[0], str)
            and isinstance(record[1], str) and isinstance(record[2], list) and len(record[2]) == len(handout.blocks)):
        return False
    return all(isinstance(texts, list) and len(texts) == len(block.segments) and all(isinstance(t, str) for t in texts)
               for block, texts in zip(handout.blocks, record[2], strict=True))
