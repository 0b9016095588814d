"""The sequence check's reading of one text (sequence.py): where it says before, after, with food, on an empty
stomach, and before and after of one event (the module docstring of sequence.py says what counts), from the
word lists of sequencewords.py; a text that holds no cue is passed without a regex (a substring quick look)."""

from __future__ import annotations

import re

from . import sequencewords
from .sequencewords import AFTER, BEFORE, BOTH, EITHER, EMPTY, FED

_GROUPS = {"before": BEFORE, "after": AFTER, "before_alone": BEFORE, "after_alone": AFTER, "fed": FED,
           "empty": EMPTY}
_CUE_AT_MOST = 24  # how far into a before or after its cue may stand ("con anterioridad a", "de la veille")
WHEN_KINDS, FOOD_KINDS = frozenset({BEFORE, AFTER}), frozenset({FED, EMPTY})


def said(text: str, lang: str, kinds: frozenset[str] = WHEN_KINDS | FOOD_KINDS, *, leaving: bool = False
         ) -> list[tuple[str, int, int]] | None:
    """(before, after, with food or on an empty stomach; start; end) of each of ``kinds`` that ``text``
    (masked) says, in its order, and (before and after, or before or after; start; end) where a before
    and an after are said of one event; None where ``lang`` has no lists. ``leaving``: a translation's, whose
    leaving after a before and its thing is the after side ("antes de la inyección y al salir"; a source's
    "before the shot and when you leave" is read as a before, which "antes de irse" keeps)."""
    lists = sequencewords.lists(lang)
    if lists is None:
        return None
    padded = f" {text.lower()}"  # (" eat" is not in "treat")
    found: list[tuple[str, int, int]] = []
    sides: set[int] = set()  # where an after side said after a before and its thing starts
    for pattern, cues, read in ((lists.when, lists.when_cues, WHEN_KINDS), (lists.food, lists.food_cues,
                                                                            FOOD_KINDS)):
        if kinds.isdisjoint(read):
            continue
        for cue in cues:  # (a loop: any() of a generator takes twice as long)
            if cue in padded:
                break
        else:
            continue
        start = 0
        if read is WHEN_KINDS:  # each of these holds a cue, at most a few words in: read from the first
            start = max(0, min(at for cue in cues if (at := padded.find(cue)) >= 0) - _CUE_AT_MOST)
        for m in pattern.finditer(padded, start):
            group = m.lastgroup or ""
            kind = _GROUPS[group]
            if kind == AFTER and m.start() - 1 in sides:  # "before the shot and after.": read with its before
                continue
            # "antes y después de la inyección": both of one event (only a before or an after asks)
            both = lists.both[kind].match(padded, m.end()) if kind in lists.both else None
            alone, eaten = group.endswith("_alone") and both is None, group == "fed" and m["eaten"] is not None
            if alone or eaten:
                timed = lists.timed.search(padded, max(0, m.start() - 24), m.start()) is not None
                if timed is eaten:  # "y después inyéctese": the next step; "2 hours after a meal": no food
                    continue
            found.append((kind, m.start() - 1, m.end() - 1))
            if both is not None:
                found.append((BOTH if both["either"] is None else EITHER, m.start() - 1, both.end() - 1))
            elif group == "before" and (later := (lists.then_left if leaving else lists.then_after).match(
                    padded, m.end())) is not None:
                found += [(AFTER, later.start("side") - 1, later.end() - 1), (BOTH, m.start() - 1, later.end() - 1)]
                sides.add(later.start("side") - 1)
    if not found:  # (most entries)
        return found
    found.sort(key=lambda f: f[1])
    if BEFORE in kinds and (more := _said_again(padded, found, lists.again_after)):
        found = sorted(found + more, key=lambda f: f[1])
    return found


SENTENCE_END = re.compile(r"[.!?](?=\s|\Z)|\n")


def _said_again(padded: str, found: list[tuple[str, int, int]], again_after: re.Pattern[str]
                ) -> list[tuple[str, int, int]]:
    """The after side of a before said at the end of its clause, in the before's sentence or the next
    ("Wash your hands before the shot. Wash them again after.", "antes de la inyección. Y después."): an
    after where it is not read yet and before and after (from the before to it), where the last before
    or after said before it (in ``found``, in ``padded`` less one) is that before alone."""
    first = next((f for f in found if f[0] == BEFORE), None)
    if first is None:
        return []
    more: list[tuple[str, int, int]] = []
    for m in again_after.finditer(padded, first[2] + 1):
        at, end = m.start("side") - 1, m.end("side") - 1
        prior = [f for f in found if f[1] < at and f[0] not in FOOD_KINDS]
        last = [f for f in prior if f[1] == prior[-1][1]] if prior else []
        if [f[0] for f in last] != [BEFORE] or len(SENTENCE_END.findall(padded, last[0][2] + 1, at + 1)) > 1:
            continue
        more.append((BOTH, last[0][1], end))
        if not any(f[1] == at for f in found):  # (English "after" is read as an after of its own)
            more.append((AFTER, at, end))
    return more
