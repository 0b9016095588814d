"""Word lists of things a translation may not exchange for one another, per language: the route a
medicine is given by (routes.py: "under the skin" is never "en el músculo"), the place it is kept
(storage.py: "in the refrigerator" is never "no congelador"), the organ a sentence speaks of
(organs.py: "liver" is never "rim").

Each list names a few things (``order``, as a message lists them) and, per primary language, a
regular expression of the words that name each (a thing a language has no words for is left out);
``WordLists.find`` says which things a text names (None for a language without a list: it is not
checked). The words of one language are read as one pattern, compiled the first time that language
is asked for: where two things' words start at the same place, the longer phrase is written first
("freezer compartment of the refrigerator" is the freezer). ``cues``: lower-case pieces of which
every word of a language holds one; a text holding none is passed without running the pattern (most
catalog entries name no place and no organ, and every entry of every build is checked).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from . import langtag
from .firstchars import quick

_NAMES_NONE: frozenset[str] = frozenset()


class WordLists:
    """The words that name each of ``order``'s things, per language (one pattern a language)."""

    def __init__(self, order: tuple[str, ...], words: Mapping[str, Mapping[str, str]], *,
                 whole_words: bool = False, cues: Mapping[str, tuple[str, ...]] | None = None) -> None:
        self.order = order  # the things, in the order a message lists them
        self._words = words  # primary language -> thing -> regular expression of its words
        self._end = r"\b" if whole_words else ""  # True: a word may not run on ("shots" but not "shotgun")
        self._cues = cues or {}  # primary language -> pieces that every word holds one of (a pre-filter)
        self._read: dict[str, tuple[re.Pattern[str], tuple[str, ...]] | None] = {}  # by language tag

    def find(self, text: str, lang: str) -> frozenset[str] | None:
        """The things ``text`` names (None: no word list for ``lang``)."""
        named = self.matches(text, lang)
        if not named:
            return None if named is None else _NAMES_NONE
        return frozenset([thing for thing, _ in named])

    def matches(self, text: str, lang: str) -> list[tuple[str, re.Match[str]]] | None:
        """Each thing ``text`` names with the words that name it, in the text's order (None: no word
        list for ``lang``), for a caller that reads the words around them."""
        read = self._reader(lang)
        if read is None:
            return None
        pattern, cues = read
        if cues:
            lowered = text.lower()
            if not any(cue in lowered for cue in cues):
                return []
        return [(self.order[int(m.lastgroup[1:])], m) for m in pattern.finditer(text) if m.lastgroup]

    def _reader(self, lang: str) -> tuple[re.Pattern[str], tuple[str, ...]] | None:
        """``lang``'s one pattern (each thing a group ``t0``, ``t1``…) and its cues, made the first time
        ``lang`` is asked for (kept by tag: the checks ask once an entry)."""
        if lang not in self._read:
            words = self._words.get(langtag.primary(lang))
            named = None if words is None else "|".join(f"(?P<t{n}>{words[thing]})" for n, thing in
                                                        enumerate(self.order) if thing in words)
            self._read[lang] = None if named is None else (quick(rf"(?i)\b(?:{named}){self._end}"),
                                                           self._cues.get(langtag.primary(lang), ()))
        return self._read[lang]
