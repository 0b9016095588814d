"""Spoons counted in words ("two teaspoons", "dos cucharas", "a teaspoon", "another teaspoon", "one
more tablespoon", "one or two teaspoons"), each with its size (spoons.spoon_of); the counts are read
where countspans.py finds them.

In: a text and its language. Out: (its words with the spoon's, value, size) of each count of spoons.
"""

from __future__ import annotations

import re
from decimal import Decimal

from . import langtag
from .countspans import count_spans, unit_after
from .numberlexicon import ordinal_firsts
from .quantities import Units, range_join, unit_words
from .spoons import spoon_of

# article ("a teaspoon", "half a teaspoon"), "another" and its Spanish and Portuguese words ("otra
# cucharadita", "outra colher de chá")
_ONE_SPOON = {"en": re.compile(r"\b(?:(?P<half>half)\s+)?(?:an?|another)(?=\s)"),
              "es": re.compile(r"\botr[ao](?=\s)"), "pt": re.compile(r"\boutr[ao](?=\s)")}
# A word that may stand between a count and its spoon: "an extra spoonful", "one more tablespoon", "two
# additional teaspoons", "une autre cuillère à café", "uma outra colher" (Spanish puts "más" after it)
_BETWEEN = {"en": re.compile(r"\s+(?:extra|more|additional|further)(?=\s)"), "fr": re.compile(r"\s+autres?(?=\s)"),
            "pt": re.compile(r"\s+outr[ao]s?(?=\s)")}

_Spoon = tuple[int, str, Decimal, str]  # where a count of spoons starts, its words, value, size


def spelled_spoons(text: str, lang: str, extra: Units = (), ranges: bool = False) -> list[tuple[str, Decimal, str]]:
    """Each count of spoons ``text`` writes in words, as (its words with the spoon's, value, size:
    spoons.spoon_of): ("two teaspoons", 2, "tsp"), ("dos cucharas", 2, "any"), ("a teaspoon",
    1, "tsp"), ("another teaspoon", 1, "tsp"), ("one more tablespoon", 1, "tbsp"); never an ordinal
    ("la segunda cuchara" counts no spoons). A range ("one or two teaspoons") is its end, or with
    ``ranges`` its start too, with the range's words: ("one or two teaspoons", 1, "tsp")."""
    lowered = text.lower()
    if len(lowered) != len(text):  # ("İ" lower case is two characters: nearly never)
        return []
    firsts, code = ordinal_firsts(lang), langtag.primary(lang)
    found: list[_Spoon] = []
    spans = count_spans(lowered, lang, extra)
    for start, end, value, unit in spans:
        size, stop = _spoon_after(lowered, start, end, unit, code, extra)
        if size and lowered[start:end].split()[0] not in firsts:
            found.append((start, text[start:stop], value, size))
    if ranges and found and len(spans) > 1:
        found += _range_starts(text, lowered, spans, found, firsts, range_join(code))
        found.sort()
    if code in _ONE_SPOON:
        for m in _ONE_SPOON[code].finditer(lowered):
            size, stop = _spoon_after(lowered, m.start(), m.end(), "", code, extra)
            if size:
                half = m.groupdict().get("half")  # "half a teaspoon"
                found.append((m.start(), text[m.start() : stop], Decimal("0.5") if half else Decimal(1), size))
        found.sort()
    return [(words, value, size) for _start, words, value, size in found]


def _range_starts(text: str, lowered: str, spans: list[tuple[int, int, Decimal, str]], found: list[_Spoon],
                  firsts: frozenset[str], join: re.Pattern[str]) -> list[_Spoon]:
    """The start of each range of spoons in words ("one" of "one or two teaspoons", "một" of "một hoặc
    hai thìa cà phê": ``join`` is the language's), as spelled_spoons gives a count of spoons (where it
    starts, the range's words, value, the end's size)."""
    spoons = {start for start, _words, _value, _size in found}
    out = []
    for start, end, value, unit in spans:
        if start in spoons or unit or lowered[start:end].split()[0] in firsts:
            continue
        after = next((spoon for spoon in found if spoon[0] >= end), None)
        if after is not None and join.fullmatch(lowered, end, after[0]):
            out.append((start, text[start : after[0] + len(after[1])], value, after[3]))
    return out


def _spoon_after(lowered: str, start: int, end: int, unit: str, code: str, extra: Units) -> tuple[str, int]:
    """The size of the spoon a count of ``lowered`` (from ``start`` to ``end``, with ``unit``, its unit
    word, if any) counts, and where its words end (spoons.spoon_of); a word of _BETWEEN may come
    between a count without a unit word and its spoon ("one more tablespoon")."""
    unit_of = unit_words(extra)
    if unit:
        return spoon_of(lowered, lowered[start:end], unit_of[" ".join(unit.split())], end)
    between = _BETWEEN.get(code)
    skip = between.match(lowered, end) if between is not None else None
    at = skip.end() if skip else end
    after = unit_after(extra).match(lowered, at)  # "a teaspoon", "one more tablespoon"; else "a spoonful"?
    if after is None:
        return spoon_of(lowered, "", "", at)
    return spoon_of(lowered, lowered[start : after.end()], unit_of[" ".join(after[1].split())], after.end())
