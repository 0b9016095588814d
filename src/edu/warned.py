"""Incremental builds, part 5: ``<out>/.edu-warned.json``, the glossary's and the register's findings
of each catalog entry in the last build (glossary.py, register.py), so a rebuild after a one-word
fix reads that entry alone against them.

Every build says these warnings, of every entry of every catalog (as `edu check` does): about
35 µs an entry, 1.0 s of the 8 s of CPU a one-entry rebuild took at 500 handouts. An entry is
known by a digest of everything its findings depend on: the language, its register setting and
its glossary's terms as read (a changed glossary.csv reads every entry of the language again), and
the entry's msgid, msgstr, flags, translator comments and previous msgid
(which say its ``# edu-ok:`` exceptions). The file is stamped with a digest of the build code
(glossary.py, register.py and their word lists are in it) and the library versions. An entry's
findings are kept, none or several, and said again as the last build found them, each at the
entry's line of this build. They are kept by language: `edu build -l es` replaces the Spanish
catalogs' entries (keeping those another build saved while it ran, keptmerge.py) and keeps the
other languages' as the file has them when it saves it, under the lock (two builds of different
languages at once, into folders elsewhere, keep both's); the next build of every language reads
none of them again unless they changed; a language no longer configured is dropped.

``--force`` ignores it and `edu check` never reads it (a cache must not decide what is wrong); a
missing, unreadable, foreign or malformed file, or one holding a finding edu would not give, only
means every entry is read again and the file is written again whole. Whoever can write the build
folder can already replace its pages, so the file trusts no one new.
A build into a folder outside the project (`-o DIR`) reads and keeps it in the project's build/
(pipeline.keep): never one that a folder elsewhere holds.
"""

from __future__ import annotations

import json
from pathlib import Path

from babel.messages.catalog import Message

from .atomic import atomic_write
from .findings import SEVERITY, Finding
from .fingerprint import repr_digest
from .glossary import EntryCheck, Terminology
from .keptmerge import merged, save_merged

WARNED_NAME = ".edu-warned.json"
Languages = dict[str, dict[str, tuple[Finding, ...]]]  # language -> its entries' keys -> their findings
CODES = ("term", "register")  # what Terminology.entry finds: another code in the file is not ours


class WarnedEntries:
    """``Terminology.entry`` that gives the findings of an entry the last build read, unread."""

    def __init__(self, stamp: str, before: Languages | None = None) -> None:
        self.stamp = stamp  # digest of the code and libraries the checks ran with
        self._read = before is not None  # else (--force) this build's languages' entries replace the file's
        self._before = before or {}  # language -> its entries' keys -> their findings, as the file holds them
        self._now: Languages = {}  # the languages of this build: read now or before

    @classmethod
    def read(cls, out: Path, stamp: str) -> WarnedEntries:
        try:
            data = json.loads((out / WARNED_NAME).read_text(encoding="utf-8"))
            if data.get("stamp") != stamp:
                return cls(stamp, {})
            return cls(stamp, {lang: _entries(kept) for lang, kept in data["languages"].items()})
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            return cls(stamp, {})

    def checker(self, rules: Terminology) -> EntryCheck:
        """``rules.entry``, for the entries whose findings the last build did not keep."""
        glossary = rules.glossary
        ground = repr_digest((rules.lang, rules.register, glossary and (glossary.path, glossary.terms)))
        before, now = self._before.get(rules.lang, {}), self._now.setdefault(rules.lang, {})

        def entry(message: Message) -> list[Finding]:
            key = repr_digest((ground, message.id, message.string, sorted(message.flags), message.user_comments,
                               message.previous_id))
            found = before.get(key)
            if found is None:
                found = tuple(rules.entry(message))
            now[key] = found
            return list(found)

        return entry

    def save(self, out: Path, configured: tuple[str, ...]) -> None:
        """Write the entries of the languages of this build (and those of them another build saved
        since this one read the file), and keep those of the other ``configured`` languages as the
        file has them now (only when that differs from the file): a build of other languages into a
        folder elsewhere may have saved its own since this build read the file (both keep it in the
        project's build/), and they stay (keptmerge.py)."""
        def merge(before: Languages, now: Languages, mine: Languages) -> Languages:
            return {lang: merged(before.get(lang, {}), now.get(lang, {}), mine[lang]) if lang in mine else now[lang]
                    for lang in configured if lang in mine or lang in now}

        save_merged(self._before if self._read else None, self._now,
                    lambda: WarnedEntries.read(out, self.stamp)._before, lambda kept: self._write(out, kept), merge)

    def _write(self, out: Path, kept: Languages) -> None:
        languages = {lang: {"clean": sorted(key for key, found in entries.items() if not found),  # most entries:
                            "found": {key: [[f.code, f.severity, f.message] for f in found]  # a list is quick to read
                                      for key, found in entries.items() if found}}
                     for lang, entries in kept.items()}
        text = json.dumps({"stamp": self.stamp, "languages": languages}, ensure_ascii=False, sort_keys=True,
                          separators=(",", ":"))
        atomic_write(out / WARNED_NAME, text.encode("utf-8"))


def _entries(kept: object) -> dict[str, tuple[Finding, ...]]:
    """The entries of one language in the file, or ValueError: the file is not trusted."""
    found = kept["found"] if isinstance(kept, dict) else None
    if not isinstance(kept, dict) or not isinstance(found, dict):
        raise ValueError("not the entries of a language")
    entries: dict[str, tuple[Finding, ...]] = dict.fromkeys(_keys(kept["clean"]), ())
    entries.update((key, tuple(_finding(*f) for f in findings)) for key, findings in found.items())
    return entries


def _keys(keys: list[str]) -> list[str]:
    """The keys of the entries without findings, or ValueError: the file is not trusted."""
    if not isinstance(keys, list) or not all(isinstance(key, str) for key in keys):
        raise ValueError("not a list of entries")
    return keys


def _finding(code: object, severity: object, message: object) -> Finding:
    """A kept finding, as the build would give it, or ValueError: the file is not trusted."""
    if code not in CODES or severity != SEVERITY[str(code)] or not isinstance(message, str) or "\n" in message:
        raise ValueError("not a finding of the glossary or the register")
    return Finding(str(code), severity, message)
