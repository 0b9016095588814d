"""The sequence check's order said with a "then" (sequence.py): a source that says no before and no after but
one thing, then another ("Inject, then wash your hands", "Inyéctese y luego lávese las manos", "Injete e depois
lave as mãos", "Injectez-vous, puis lavez-vous les mains", "Tiêm rồi rửa tay"), or an order of three ("Take the
pen out of the refrigerator, then wash your hands, then inject", "Saque la pluma, luego lávese las manos y luego
inyéctese"), and a translation that says a before or an after with a later thing first ("Lávese las manos antes
de sacar la pluma"; "Después de inyectarse, lávese las manos" keeps the order), or that says the things with its
own "then"s in another order ("Saque la pluma, luego inyéctese y después lávese las manos"): an error.

Each sentence is read: a "then" counts at the start of its clause (after a comma, an "and" or a sentence end:
"Inject. Then wash your hands." goes on with the sentence before), not "by then", "until then", nor in a
sentence that starts with an "if" ("If you feel dizzy, then sit down"). Each step names the events of
sequenceevents.py's lists; an event named by more than one step, or by the steps of two sentences, says no
place ("Wash your hands, then inject, then wash them again": the washing is read nowhere), and only an event
put before one of an earlier step, where none keeps the order, is reported (anything less is not read). Most
entries say no "then": a substring quick look."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from itertools import pairwise

from . import langtag, sequenceorder
from .sequenceevents import named
from .sequencewords import AFTER, BEFORE

# "then" at the start of its clause ("Inject, then wash", "y luego lávese", "e depois lave", "puis", "rồi")
# (not "después de la inyección", "depois de", "après la piqûre": an after, said of its event)
_THEN = {"en": r"then", "es": r"(?:luego|después|despues|a\s+continuación)(?!\s+(?:de|del|que)\b)",
         "pt": r"depois(?!\s+(?:de|do|da|dos|das|que)\b)|em\s+seguida", "fr": r"puis|ensuite|après(?=\s*,)",
         "vi": r"rồi|sau\s+đó"}
_CUES = {"en": ("then",), "es": ("luego", "despu", "continuaci"), "pt": ("depois", "seguida"),
         "fr": ("puis", "ensuite", "après"), "vi": ("rồi", "sau đó")}
_AND = {"en": "and", "es": "y|e", "pt": "e", "fr": "et", "vi": "và"}
_IF = {"en": "if", "es": "si", "pt": "se", "fr": "si", "vi": "nếu"}
_SENTENCE = re.compile(r"[.!?](?=\s|\Z)|\n")
_WORD = re.compile(r"[^\W\d_]+")

# The steps of one order: where each starts (its "then", or its sentence's start for the first) and the place
# of each event only one step names; and where the order stands in its text
Order = tuple[tuple[int, ...], dict[str, int], tuple[int, int]]


@cache
def _then(lang: str) -> tuple[tuple[str, ...], re.Pattern[str], re.Pattern[str]] | None:
    code = langtag.primary(lang)
    if code not in _THEN:
        return None
    then = re.compile(rf"(?:\A|[,;:.!?]\s*|\s(?:{_AND[code]})\s+)(?P<then>(?:{_THEN[code]}))(?=[\s,])")
    cues = tuple(form for cue in _CUES[code] for form in (cue, cue.capitalize()))
    return cues, then, re.compile(rf"\W*(?:{_IF[code]})\b")  # (matched at the start of the first step)


def orders(text: str, lang: str) -> list[Order]:
    """The orders said with a "then" in ``text`` (masked), one a sentence (and the sentence before, where one
    starts with its "then"), each with two steps or more that name an event of their own; none where it says
    no such "then" (most texts)."""
    read = _then(lang)
    if read is None:
        return []
    for cue in read[0]:  # (a loop: any() of a generator takes twice as long; read unlowered, a cue and its capital)
        if cue in text:
            break
    else:  # (most texts)
        return []
    low = text.lower()
    thens = [m.start("then") for m in read[1].finditer(low)]
    if not thens:
        return []
    chains: list[list[int]] = []  # each: its start, the start of each later step, its end
    start, previous_start, previous = 0, 0, -1
    for stop in [*(m.start() for m in _SENTENCE.finditer(low)), len(low)]:
        steps = [at for at in thens if start <= at < stop]
        if steps and not low[start:steps[0]].strip(" \t\n.,;:!?") and chains and chains[-1][-1] == previous:
            chains[-1][-1:] = [*steps, stop]  # "Wash your hands, then inject. Then wash them again."
        elif steps and not low[start:steps[0]].strip(" \t\n.,;:!?"):
            chains.append([previous_start, *steps, stop])  # "Inject. Then wash your hands."
        elif steps:
            chains.append([start, *steps, stop])
        previous_start, previous, start = start, stop, stop + 1
    return _placed([chain for chain in chains if not read[2].match(low, chain[0])], low, lang)


def _placed(chains: list[list[int]], low: str, lang: str) -> list[Order]:
    """Each chain's steps with the place of each event only one step of all the chains names."""
    steps = [[named(low[a:b], lang) for a, b in pairwise(chain)] for chain in chains]
    seen = Counter(event for chain in steps for step in chain for event in step)
    found = []
    for chain, named_by in zip(chains, steps, strict=True):
        place = {event: i for i, step in enumerate(named_by) for event in step if seen[event] == 1}
        if len(set(place.values())) >= 2:
            found.append((tuple(chain[:-1]), place, (chain[0], chain[-1])))
    return found


def turned(place: dict[str, int], translation: str, said: list[tuple[str, int, int]], lang: str
           ) -> tuple[str, int, int] | None:
    """The before or after in ``said`` (read in ``translation``) that puts an event of a later step first and
    one of an earlier step after it ("Lávese las manos antes de la inyección" for "Inject, then wash your
    hands"), where none keeps the order."""
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
        first = [place[event] for event in before_it if event in place]
        later = [place[event] for event in after_it if event in place]
        if first and later and min(first) < max(later):
            return None
        if first and later and min(first) > max(later):
            crossed = crossed or f
    return crossed


def reordered(place: dict[str, int], translation: str, lang: str) -> tuple[str, int, int] | None:
    """The "then" of an order of ``translation`` (masked) that puts an event of an earlier step of the source's
    order (``place``) after one of a later step ("Saque la pluma, luego inyéctese y después lávese las manos"
    for "Take the pen out, then wash your hands, then inject"): ("then", where it starts, where it ends)."""
    for starts, put, _span in orders(translation, lang):
        for a, b in ((a, b) for a in put for b in put if a in place and b in place):
            if place[a] < place[b] and put[a] > put[b]:
                at = starts[put[a]]
                word = _WORD.match(translation, at)
                return "then", at, word.end() if word else at
    return None
