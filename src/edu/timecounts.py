"""A time counted by an article: "Wait a day" is one day, so "Espere tres días" changes it; "for an
hour", "more than a week", "un día", "uma hora", "une semaine" count one too.

An article before a unit of time is as often a rate ("twice a day", "100 mg a day", "an hour a
day": the second "a day" is per day, which periods.py reads) or part of another amount ("half an
hour" is 0.5, "a day or two", "a few days", "a day and a half", "a quarter of an hour", "un día
sí, otro no"): those count nothing here. The same time in other units is the same count ("a
week" may be "siete días", "a day" "24 horas"); only exact ones: "a month" is never "30 días".

In: a text (masked by prose.mask where a check needs it) and its language. Out: the times it
counts one, each as its words and the (value, unit) pairs of ``Quantity`` that say the same.
English, Spanish, Portuguese and French: the languages of numbercheck's counted nouns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from . import langtag

# Each unit by its singular words (an article counts one only before the singular) and the
# (value, unit) pairs that say one of it exactly (units as quantities.UNITS names them; a year
# has no unit there: "1 año" is read as a bare 1, which says too little to match).
_UNITS = {
    "minute": ("minute", "minuto", "minuto", "minute"),
    "h": ("hour", "hora", "hora", "heure"),
    "day": ("day", "día|dia", "dia", "jour|journée"),
    "week": ("week", "semana", "semana", "semaine"),
    "month": ("month", "mes", "mês", "mois"),
    "year": ("year", "año", "ano", "an|année"),
}
_LANGS = ("en", "es", "pt", "fr")
SAME: dict[str, frozenset[tuple[Decimal, str]]] = {
    "minute": frozenset({(Decimal(1), "min")}),
    "h": frozenset({(Decimal(1), "h"), (Decimal(60), "min")}),
    "day": frozenset({(Decimal(1), "day"), (Decimal(24), "h")}),
    "week": frozenset({(Decimal(1), "week"), (Decimal(7), "day")}),
    "month": frozenset({(Decimal(1), "month")}),
    "year": frozenset({(Decimal(12), "month"), (Decimal(52), "week"), (Decimal(365), "day")}),
}
# The article, a word that may come between ("a full day", "una semana entera" has it after), the
# unit. An English article is lower case unless it starts a sentence ("hepatitis A day clinic").
_ARTICLE = {"en": r"(?:(?<![^\s(\"“])(?<![^.!?:;]\s)A|\ba)n?", "es": r"\b(?i:una?)", "pt": r"\b(?i:uma?)",
            "fr": r"\b(?i:une?)"}
_BETWEEN = {"en": r"(?:(?:full|whole|entire|single|complete|calendar|extra|further|additional|more)\s+)?",
            "es": r"(?:(?:solo|sólo)\s+)?", "pt": r"(?:(?:só|único|única)\s+)?", "fr": r"(?:(?:seul|seule)\s+)?"}
# Before the article: a rate ("once a day", "3 times a day", "100 mg a day", "{dose} a day", "an hour
# a day", "a glass of water a day"), a part of it ("half an hour", "a quarter of an hour"), a time of
# day ("à une heure": at one o'clock).
_NOT_BEFORE = {
    "en": r"(?:\b(?:once|twice|thrice|times|per|every|each|half|of|of\s+[a-z]+|one|two|three|four|five|six|seven|"
          r"eight|nine|ten|eleven|twelve|several|few)|(?:\d[\d.,]*|\})\s*\S*|"
          r"\b(?:mg|mcg|ml|g|kg|(?:minute|hour|day|week|month|year|tablet|pill|capsule|dose|shot|drop|puff|glass|"
          r"cup|drink|serving|meal|cigarette|bottle|pack|step)s?))\s+$",
    "es": r"\b(?:vez|veces|medio|media|cuarto|cada|s[ií],?)\s+$",
    "pt": r"\b(?:vez|vezes|meio|meia|quarto|cada|sim,?)\s+$",
    "fr": r"(?:\b(?:fois|demi|demie|quart|chaque|à)\s+|moitié\s+d[’'])$",
}
# After the unit, words that make it one time even after an amount ("Take your pills a day early").
_ONE_AFTER = {"en": r"\s+(?:early|earlier|late|later|ahead|ago|in\s+advance)\b"}
# After the unit: a range or more than one ("a day or two", "an hour or so", "a day and a half",
# "una hora y media"), every other ("un día sí y otro no", "un jour sur deux").
_NOT_AFTER = {
    "en": r"s?\s+(?:or\s+(?:two|three|so|\d)|and\s+a\s+half|to\s+(?:two|three|\d))\b|[-’']",
    "es": r"s?\s+(?:o\s+(?:dos|tres|\d)|y\s+medi[oa]|s[ií]\b|a\s+(?:dos|tres|\d))|-",
    "pt": r"s?\s+(?:ou\s+(?:dois|duas|três|\d)|e\s+mei[oa]|sim\b|a\s+(?:dois|duas|três|\d))|-",
    "fr": r"s?\s+(?:ou\s+(?:deux|trois|\d)|et\s+demie?|sur\s+(?:deux|2)|à\s+(?:deux|trois|\d))|-",
}


@dataclass(frozen=True)
class TimeOne:
    """A time an article counts one: its words ("a day") and what says the same ((1, "day"), (24, "h"))."""

    words: str
    same: frozenset[tuple[Decimal, str]]


@lru_cache(maxsize=8)
def _pattern(code: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str],
                                  dict[str, str]]:
    column = _LANGS.index(code)
    unit_of = {word: unit for unit, words in _UNITS.items() for word in words[column].split("|")}
    nouns = "|".join(sorted(unit_of, key=len, reverse=True))
    found = re.compile(rf"{_ARTICLE[code]}\s+{_BETWEEN[code]}(?i:({nouns}))(?![^\W\d_])")
    return (found, re.compile(rf"(?i:{_NOT_BEFORE[code]})"), re.compile(rf"(?i:{_NOT_AFTER[code]})"),
            re.compile(rf"(?i:{_ONE_AFTER.get(code, '(?!)')})"), unit_of)


@lru_cache(maxsize=4096)
def times_counted_one(text: str, lang: str) -> tuple[TimeOne, ...]:
    """The times ``text`` counts one with an article ("Wait a day": "a day"), in order; none for a
    language without a word list, or where the article says a rate or part of another amount.
    Cached: the number check asks it of one entry's texts up to five times."""
    code = langtag.primary(lang)
    if code not in _LANGS:
        return ()
    found, not_before, not_after, one_after, unit_of = _pattern(code)
    out = []
    for m in found.finditer(text):
        if not_after.match(text, m.end()) or (not_before.search(text, max(0, m.start() - 30), m.start())
                                              and not one_after.match(text, m.end())):
            continue
        out.append(TimeOne(m[0], SAME[unit_of[m[1].lower()]]))
    return tuple(out)
