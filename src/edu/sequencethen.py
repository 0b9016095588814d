"""The sequence check's order said with a "then" (sequence.py): a source that says no before and no after but
one thing, then another ("Inject, then wash your hands", "Inyéctese y luego lávese las manos", "Injete e depois
lave as mãos", "Injectez-vous, puis lavez-vous les mains", "Tiêm rồi rửa tay"), and a translation that says a
before or an after with the other thing first ("Lávese las manos antes de la inyección"; "Después de
inyectarse, lávese las manos" keeps the order): an error. The "then" counts at the start of its clause (after a
comma, an "and" or a sentence end: "Inject. Then wash your hands."), not "by then", "until then", nor after an
"if" ("If you feel dizzy, then sit down"); each side names the events of sequenceevents.py's lists, and only a
before or an after that puts an event only the "then" side names first and one only the other side names
after it is reported (anything less is not read). Most sources say no "then": a substring quick look."""

from __future__ import annotations

import re
from functools import cache

from . import langtag, sequenceorder
from .sequenceevents import named
from .sequencewords import AFTER, BEFORE

# "then" at the start of its clause ("Inject, then wash", "y luego lávese", "e depois lave", "puis", "rồi")
_THEN = {"en": r"then", "es": r"luego|después|despues|a\s+continuación", "pt": r"depois|em\s+seguida",
         "fr": r"puis|ensuite|après", "vi": r"rồi|sau\s+đó"}
_CUES = {"en": ("then",), "es": ("luego", "despu", "continuaci"), "pt": ("depois", "seguida"),
         "fr": ("puis", "ensuite", "après"), "vi": ("rồi", "sau đó")}
_AND = {"en": "and", "es": "y|e", "pt": "e", "fr": "et", "vi": "và"}
_IF = {"en": "if", "es": "si", "pt": "se", "fr": "si", "vi": "nếu"}
_SENTENCE = re.compile(r"[.!?](?=\s|\Z)|\n")


@cache
def _then(lang: str) -> tuple[tuple[str, ...], re.Pattern[str], re.Pattern[str]] | None:
    code = langtag.primary(lang)
    if code not in _THEN:
        return None
    then = re.compile(rf"(?:\A|[,;:.!?]\s*|\s(?:{_AND[code]})\s+)(?P<then>(?:{_THEN[code]}))(?=[\s,])")
    cues = tuple(form for cue in _CUES[code] for form in (cue, cue.capitalize()))
    return cues, then, re.compile(rf"\W*(?:{_IF[code]})\b")  # (matched at the start of the first side)


def order(source: str, lang: str) -> tuple[frozenset[str], frozenset[str], tuple[int, int]] | None:
    """(the events only the side before the one "then" of ``source`` names, those only its side after names,
    where the two sides stand) or None where it says no such "then", or more than one."""
    read = _then(lang)
    if read is None:
        return None
    for cue in read[0]:  # (a loop: any() of a generator takes twice as long; read unlowered, a cue and its capital)
        if cue in source:
            break
    else:  # (most sources)
        return None
    low = source.lower()
    found = list(read[1].finditer(low))
    if len(found) != 1:
        return None
    at = found[0].start("then")
    ends = [m.end() for m in _SENTENCE.finditer(low, 0, at)]
    start = ends[-1] if ends else 0
    if ends and not low[start:at].strip():  # "Inject. Then wash your hands.": the sentence before
        start = ends[-2] if len(ends) >= 2 else 0
    stop = _SENTENCE.search(low, at)
    end = stop.start() if stop else len(low)
    if read[2].match(low, start):  # "If you feel dizzy, then sit down": no order of two things
        return None
    first, later = named(low[start:at], lang), named(low[at:end], lang)
    if not first - later or not later - first:
        return None
    return first - later, later - first, (start, end)


def turned(first: frozenset[str], later: frozenset[str], translation: str, said: list[tuple[str, int, int]],
           lang: str) -> tuple[str, int, int] | None:
    """The before or after in ``said`` (read in ``translation``) that puts an event of ``later`` first and one of
    ``first`` after it ("Lávese las manos antes de la inyección" for "Inject, then wash your hands"), where none
    keeps the order."""
    low = translation.lower()
    crossed = None
    for f in said:
        if f[0] not in (BEFORE, AFTER):
            continue
        ends = [m.end() for m in _SENTENCE.finditer(low, 0, f[1])]
        stop = _SENTENCE.search(low, f[2])
        main, said_of = sequenceorder.only(translation, (ends[-1] if ends else 0, stop.start() if stop else len(low)),
                                           f[1], lang)
        before_it, after_it = (main, said_of) if f[0] == BEFORE else (said_of, main)
        if before_it & first and after_it & later:
            return None
        if before_it & later and after_it & first and not before_it & first and not after_it & later:
            crossed = crossed or f
    return crossed
