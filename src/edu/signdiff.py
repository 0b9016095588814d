"""Sign-off, which sentences changed: a handout's segments against the ones it was signed off with.

In: a handout and the short digest of each of its segments (sentence or paragraph, heading, list
item, cell, alt text; its title and summary first) recorded by `edu signoff` in content/signoff.yaml
(``segments``, signoff.py), in the order the handout prints them. Out: the segments new or changed
since, and moved, with their source line, and how many are gone (``sentence_changes``), in words for
the `[unreviewed-change]` warning (``in_words``).

A clinician asked to review a changed handout read it all again: the warning said only "its text
changed". Each segment's digest is of what the whole-text digest reads of it (its block's kind and
box, its own kind, its text with whitespace collapsed, whether it is a numbered step), so a paragraph
reflowed is no change here either, and a sentence moved into a warning box is. The whole-text digest
stays the authority for "changed or not"; this only says where.

A segment of the same words in another place (two steps swapped) is said as "moved", not changed: the
reviewer still reads it there (its new place may change what it means), but knows its words are the
ones reviewed. A removed segment is counted only (a digest keeps no words to quote). Several segments
of the same words are told apart by their order (difflib).
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from difflib import SequenceMatcher

from .model import Handout, Segment

CHANGED, MOVED = "new or changed", "moved"
SHOWN = 3  # the sentences a warning quotes; "and N more" after
QUOTED = 60  # characters of a sentence quoted, then "…"


def _placed(handout: Handout) -> Iterator[tuple[str, str, Segment]]:
    """(block kind, box, segment) of each segment, in order: the title, the summary, then the body."""
    yield "title", "", handout.title
    yield "summary", "", handout.summary
    for block in handout.blocks:
        for segment in block.segments:
            yield block.kind, block.callout or "", segment


def digest(data: object, size: int) -> str:
    """The first ``size`` hex digits of the SHA-256 of ``data`` as compact JSON (every digest of
    content/signoff.yaml: a handout's text, each of its segments, each catalog entry)."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return hashlib.sha256(text).hexdigest()[:size]


def segment_digests(handout: Handout) -> tuple[str, ...]:
    """The short digest of each of the handout's segments, in order (recorded as ``segments``)."""
    return tuple(digest([kind, box, s.kind, " ".join(s.text.split()), s.ordered], 8)
                 for kind, box, s in _placed(handout))


@dataclass(frozen=True)
class Change:
    segment: Segment
    how: str  # CHANGED | MOVED


def sentence_changes(handout: Handout, signed: tuple[str, ...]) -> tuple[list[Change], int]:
    """(the segments new, changed or moved since ``signed``, in order; how many of ``signed`` are
    gone). An edited sentence is one changed, not one new and one removed: what is gone is counted
    beyond what took its place."""
    placed = [segment for _kind, _box, segment in _placed(handout)]
    now = segment_digests(handout)
    ops = SequenceMatcher(None, signed, now, autojunk=False).get_opcodes()
    left: defaultdict[str, list[int]] = defaultdict(list)  # digest -> its signed indexes not kept in place
    for tag, i1, i2, _j1, _j2 in ops:
        if tag in ("delete", "replace"):
            for i in range(i1, i2):
                left[signed[i]].append(i)
    found: list[Change] = []
    taken: set[int] = set()  # signed indexes a moved segment came from
    fresh: dict[int, int] = {}  # opcode -> its segments new or changed (each takes the place of one gone)
    for at, (tag, _i1, _i2, j1, j2) in enumerate(ops):
        for j in range(j1, j2) if tag in ("insert", "replace") else ():
            moved = bool(left[now[j]])
            if moved:
                taken.add(left[now[j]].pop(0))
            found.append(Change(placed[j], MOVED if moved else CHANGED))
            fresh[at] = fresh.get(at, 0) + (not moved)
    gone = sum(max(0, sum(i not in taken for i in range(i1, i2)) - fresh.get(at, 0))
               for at, (tag, i1, i2, _j1, _j2) in enumerate(ops) if tag in ("delete", "replace"))
    return found, gone


def shown(text: str) -> str:
    """A sentence as a message quotes it: on one line, its start only when it is long."""
    text = " ".join(text.split())
    return text if len(text) <= QUOTED else text[: QUOTED - 1].rstrip() + "…"


def in_words(found: list[Change], gone: int) -> tuple[str, str]:
    """(what changed, in a few words; the sentences, each with its line, and what is gone) for the
    warning: ("2 sentences changed", 'line 14 "Take 1 tablet a day." (new or changed), …; 1 removed').
    ("", "") when no segment changed (a rule or an image without words added: "its text changed")."""
    if not found:
        return (f"{gone} sentence{'s' * (gone != 1)} removed", "") if gone else ("", "")
    listed = [f'line {c.segment.line} "{shown(c.segment.text)}" ({c.how})' for c in found[:SHOWN]]
    more = f" and {len(found) - SHOWN} more" if len(found) > SHOWN else ""
    return (f"{len(found)} sentence{'s' * (len(found) != 1)} changed",
            ", ".join(listed) + more + (f"; {gone} removed" if gone else ""))
