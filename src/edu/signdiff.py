"""Sign-off, which sentences changed: a handout's sentences against the ones it was signed off with.

In: a handout and the short digest of each of its sentences, with its line (``sentences``), recorded
by `edu signoff` in content/signoff.yaml (signoff.py), in the order the handout prints them: the
title and summary first, then each heading, paragraph, list item, cell and alt text, cut where the
project's sentence splitter (sentences.py, as the meaning checks read an entry) ends a sentence. A
record written before them has one digest per segment (``segments``, no lines), read as it was.
Out: the sentences new or changed since, and moved, with their source line, and the ones gone, with
the line each had when signed (``sentence_changes``), in words for the `[unreviewed-change]` warning
(``in_words``).

A clinician asked to review a changed handout read it all again: the warning said only "its text
changed"; then it quoted a changed paragraph's first 60 characters, which need not reach the
sentence that changed. Each sentence's digest is of what the whole-text digest reads of it (its
block's kind and box, its segment's kind, its text with whitespace collapsed, whether it is a
numbered step), so a paragraph reflowed is no change here either, and a sentence moved into a
warning box is. The whole-text digest stays the authority for "changed or not"; this only says
where.

A sentence of the same words in another place (two steps swapped) is said as "moved", not changed:
the reviewer still reads it there (its new place may change what it means), but knows its words are
the ones reviewed. A removed sentence is counted, with the line it had when signed (a digest keeps
no words to quote). Several sentences of the same words are told apart by their order (difflib).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from .model import Handout, Segment
from .sentences import sentence_ends

CHANGED, MOVED = "new or changed", "moved"
SHOWN = 3  # the sentences a warning quotes, and the lines of removed ones it gives; "and N more" after
QUOTED = 60  # characters of a sentence quoted, then "…"
_MARKERS = re.compile(r"^\s*(?:>\s*)*(?:(?:[-*+]|\d{1,9}[.)])\s+)?")  # a source line's quote and list marks
_COMMENT = re.compile(r"<!--.*?-->")  # a note to the author inside a paragraph (not in its text)


@dataclass(frozen=True)
class Unit:
    """What the record digests: a sentence (or, in a record before sentences, a whole segment)."""

    text: str  # as the source writes it (inline Markdown), whitespace collapsed
    line: int  # where it begins in the source
    digest: str


def _placed(handout: Handout) -> Iterator[tuple[str, str, Segment]]:
    """(block kind, box, segment) of each segment, in order: the title, the summary, then the body."""
    yield "title", "", handout.title
    yield "summary", "", handout.summary
    for block in handout.blocks:
        for segment in block.segments:
            yield block.kind, block.callout or "", segment


def digest(data: object, size: int) -> str:
    """The first ``size`` hex digits of the SHA-256 of ``data`` as compact JSON (every digest of
    content/signoff.yaml: a handout's text, each of its sentences, each catalog entry)."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return hashlib.sha256(text).hexdigest()[:size]


def segment_units(handout: Handout) -> list[Unit]:
    """Each segment whole, in order: what a record written before sentences digested (``segments``)."""
    return [Unit(text, s.line, digest([kind, box, s.kind, text, s.ordered], 8))
            for kind, box, s in _placed(handout) for text in (" ".join(s.text.split()),)]


def sentence_units(handout: Handout) -> list[Unit]:
    """Each sentence of each segment, in order (recorded as ``sentences``). A segment of one sentence
    (nearly every one) is one unit of the same digest as its whole segment."""
    units, rows = [], handout.doc.body.splitlines()
    for kind, box, s in _placed(handout):
        text = " ".join(s.text.split())
        starts = (0, *sentence_ends(text, handout.doc.lang))
        for start, end in zip(starts, (*starts[1:], len(text)), strict=True):
            piece = text[start:end].strip()
            line = _line_of(rows, handout.doc.body_line, s, text, start) if start else s.line
            units.append(Unit(piece, line, digest([kind, box, s.kind, piece, s.ordered], 8)))
    return units


def _line_of(rows: list[str], body_line: int, segment: Segment, text: str, start: int) -> int:
    """The source line where the sentence at ``start`` of ``text`` (the segment's) begins, ``rows``
    the handout's body from line ``body_line``: the segment's words counted along its lines, without
    their quote and list marks and notes; the segment's own line when they do not match (a note over
    several lines, a title in the front matter)."""
    at = segment.line - body_line
    before = len(text[:start].split())
    first = text[start:].split()[:1]
    seen = 0
    while 0 <= at < len(rows) and first:
        words = _COMMENT.sub(" ", _MARKERS.sub("", rows[at], count=1)).split()
        if seen + len(words) > before:
            return body_line + at if words[before - seen] == first[0] else segment.line
        seen, at = seen + len(words), at + 1
    return segment.line


@dataclass(frozen=True)
class Change:
    text: str  # the sentence now
    line: int
    how: str  # CHANGED | MOVED


def sentence_changes(now: list[Unit], signed: tuple[tuple[str, int], ...]) -> tuple[list[Change], list[int]]:
    """(the sentences new, changed or moved since ``signed`` (digest, line when signed; 0 when not
    recorded), in order; the indexes in ``signed`` of the ones gone). An edited sentence is one
    changed, not one new and one removed: of the signed sentences in its place, the one nearest its
    line is taken as its old words, and what is left is gone."""
    digests = [unit.digest for unit in now]
    ops = SequenceMatcher(None, [d for d, _line in signed], digests, autojunk=False).get_opcodes()
    left: defaultdict[str, list[int]] = defaultdict(list)  # digest -> its signed indexes not kept in place
    for tag, i1, i2, _j1, _j2 in ops:
        if tag in ("delete", "replace"):
            for i in range(i1, i2):
                left[signed[i][0]].append(i)
    found: list[Change] = []
    taken: set[int] = set()  # signed indexes a moved sentence came from
    edited: list[tuple[int, int]] = []  # (opcode, now index) of each sentence new or changed
    for at, (tag, _i1, _i2, j1, j2) in enumerate(ops):
        for j in range(j1, j2) if tag in ("insert", "replace") else ():
            moved = bool(left[digests[j]])
            if moved:
                taken.add(left[digests[j]].pop(0))
            else:
                edited.append((at, j))
            found.append(Change(now[j].text, now[j].line, MOVED if moved else CHANGED))
    gone = {at: [i for i in range(i1, i2) if i not in taken]
            for at, (tag, i1, i2, _j1, _j2) in enumerate(ops) if tag in ("delete", "replace")}
    for at, j in edited:  # each takes the place of one gone in its opcode, the nearest by line
        if gone.get(at):
            shift = _shift(ops, at, now, signed)
            gone[at].remove(min(gone[at], key=lambda i: abs(signed[i][1] + shift - now[j].line)))
    return found, sorted(i for ours in gone.values() for i in ours)


def _shift(ops: Sequence[tuple[str, int, int, int, int]], at: int, now: list[Unit],
           signed: tuple[tuple[str, int], ...]) -> int:
    """How many lines the text before opcode ``at`` moved since it was signed (0 at the start)."""
    if at == 0 or ops[at - 1][0] != "equal":
        return 0
    _tag, _i1, i2, _j1, j2 = ops[at - 1]
    return now[j2 - 1].line - signed[i2 - 1][1]


def shown(text: str) -> str:
    """A sentence as a message quotes it: on one line, its start only when it is long."""
    text = " ".join(text.split())
    return text if len(text) <= QUOTED else text[: QUOTED - 1].rstrip() + "…"


def _lines(lines: list[int]) -> str:
    """"line 19", "lines 19 and 24", "lines 19, 24, 30 and 2 more" (each once)."""
    said = [str(n) for n in dict.fromkeys(lines)]
    if len(said) > SHOWN:
        return f"lines {', '.join(said[:SHOWN])} and {len(said) - SHOWN} more"
    return f"lines {', '.join(said[:-1])} and {said[-1]}" if len(said) > 1 else f"line {said[0]}"


def removed(gone: list[int], noun: str = "") -> str:
    """"1 removed (was on line 19 when signed)", from the line each removed sentence had when signed
    (0: a record that kept none: "1 removed"); ``noun`` after the number (" sentence")."""
    where = f" ({'was' if len(gone) == 1 else 'were'} on {_lines(gone)} when signed)" if all(gone) else ""
    return f"{len(gone)}{noun} removed{where}"


def in_words(found: list[Change], gone: list[int]) -> tuple[str, str]:
    """(what changed, in a few words; the sentences, each with its line, and what is gone) for the
    warning: ("2 sentences changed", 'line 14 "Take 1 tablet a day." (new or changed), …; 1 removed
    (was on line 19 when signed)'), ``gone`` the line of each sentence removed (0 where not recorded).
    ("", "") when no sentence changed (a rule or an image without words added: "its text changed")."""
    if not found:
        return (removed(gone, f" sentence{'s' * (len(gone) != 1)}"), "") if gone else ("", "")
    listed = [f'line {c.line} "{shown(c.text)}" ({c.how})' for c in found[:SHOWN]]
    more = f" and {len(found) - SHOWN} more" if len(found) > SHOWN else ""
    return (f"{len(found)} sentence{'s' * (len(found) != 1)} changed",
            ", ".join(listed) + more + (f"; {removed(gone)}" if gone else ""))
