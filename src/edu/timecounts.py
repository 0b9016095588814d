"""A time counted by an article: "Wait a day" is one day, so "Espere tres días" changes it; "for an
hour", "more than a week", "un día", "uma hora", "une semaine" count one too. And every time a text
says with a count, by an article, in words or in digits ("for a week", "dos semanas", "2 weeks"):
the number check pairs each time of a source with one of its translation's, so that "Take two
tablets a day for a week" is never "… durante dos semanas", although both texts count two.

An article before a unit of time is as often a rate ("twice a day", "100 mg a day", "an hour a
day": the second "a day" is per day, which periods.py reads) or part of another amount ("half an
hour" is 0.5, "a day or two", "a few days", "a day and a half", "a quarter of an hour", "un día
sí, otro no"): those count nothing here. The same time in other units is the same count ("a
week" may be "siete días", "a day" "24 horas", "2 weeks" "14 días"); only exact ones: "a month" is
never "30 días".

In: a text (masked by prose.mask where a check needs it) and its language. Out: the times it
counts one, each as its words and the (value, unit) pairs of ``Quantity`` that say the same
(English, Spanish, Portuguese and French: the languages of numbercheck's counted nouns); or every
time it says with a count, the same way (counts in words in Vietnamese too: numberwords.py's).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from . import langtag
from .numberwords import spelled
from .quantities import (
    BETWEEN_NUMBER_AND_UNIT,
    FRACTION_CHARS,
    OF_A_THING,
    Units,
    fractions_as_digits,
    quantities,
    unit_words,
)

# Each unit by its singular words (an article counts one only before the singular) and the
# (value, unit) pairs that say one of it exactly (units as quantities.UNITS names them; a year
# has no unit there: "1 año" is read as a bare 1, which says too little to match). Keyed by the
# periods' names of periods.py.
_UNITS = {
    "minute": ("minute", "minuto", "minuto", "minute"),
    "hour": ("hour", "hora", "hora", "heure"),
    "day": ("day", "día|dia", "dia", "jour|journée"),
    "week": ("week", "semana", "semana", "semaine"),
    "month": ("month", "mes", "mês", "mois"),
    "year": ("year", "año", "ano", "an|année"),
}
_LANGS = ("en", "es", "pt", "fr")
SAME: dict[str, frozenset[tuple[Decimal, str]]] = {
    "minute": frozenset({(Decimal(1), "min")}),
    "hour": frozenset({(Decimal(1), "h"), (Decimal(60), "min")}),
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
# Before the article: a rate ("once a day", "3 times a day", "100 mg a day", "{dose} a day", masked as
# U+E000 too, "an hour a day", "a glass of water a day"), a part of it ("half an hour", "a quarter of
# an hour"), a time of day ("à une heure": at one o'clock; "jusqu'à une semaine" is a time).
_NOT_BEFORE = {
    "en": r"(?:\b(?:once|twice|thrice|times|per|every|each|half|of|of\s+[a-z]+|one|two|three|four|five|six|seven|"
          r"eight|nine|ten|eleven|twelve|several|few)|(?:\d[\d.,]*|[}\ue000])\s*\S*|"
          r"\b(?:mg|mcg|ml|g|kg|(?:minute|hour|day|week|month|year|tablet|pill|capsule|dose|shot|drop|puff|glass|"
          r"cup|drink|serving|meal|cigarette|bottle|pack|step)s?))\s+$",
    "es": r"\b(?:vez|veces|medio|media|cuarto|cada|s[ií],?)\s+$",
    "pt": r"\b(?:vez|vezes|meio|meia|quarto|cada|sim,?)\s+$",
    "fr": r"(?:\b(?:fois|demi|demie|quart|chaque|(?<!jusqu[’'])à)\s+|moitié\s+d[’'])$",
}
# After the unit, words that make it one time even after an amount ("Take your pills a day early").
_ONE_AFTER = {"en": r"\s+(?:early|earlier|late|later|ahead|ago|in\s+advance)\b"}
# After the unit: a range or more than one ("a day or two", "an hour or so", "a day and a half",
# "una hora y media"), every other ("un día sí y otro no", "un jour sur deux").
# (never "or two" of a counted thing: "un día o dos de las dosis" is a day, or two of the doses)
_NOT_AFTER = {
    "en": rf"s?\s+(?:or\s+(?:two|three|so|\d)\b(?!{OF_A_THING})|and\s+a\s+half\b|to\s+(?:two|three|\d)\b)|[-’']",
    "es": rf"s?\s+(?:o\s+(?:dos|tres|\d)(?!{OF_A_THING})|y\s+medi[oa]|s[ií]\b|a\s+(?:dos|tres|\d))|-",
    "pt": rf"s?\s+(?:ou\s+(?:dois|duas|três|\d)(?!{OF_A_THING})|e\s+mei[oa]|sim\b|a\s+(?:dois|duas|três|\d))|-",
    "fr": rf"s?\s+(?:ou\s+(?:deux|trois|\d)(?!{OF_A_THING})|et\s+demie?|sur\s+(?:deux|2)|à\s+(?:deux|trois|\d))|-",
}


@dataclass(frozen=True)
class Time:
    """A time said with a count: its words ("a day", "dos semanas"), what says the same ((1, "day"),
    (24, "h") for "a day"; (2, "week") only for "dos semanas") and its period as periods.py names it
    ("day", "hour")."""

    words: str
    same: frozenset[tuple[Decimal, str]]
    period: str


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
def times_counted_one(text: str, lang: str) -> tuple[Time, ...]:
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
        period = unit_of[m[1].lower()]
        out.append(Time(m[0], SAME[period], period))
    return tuple(out)


# --- every time said with a count ----------------------------------------------------------------

# quantities.UNITS' units of time (a year is none), by their periods' names
PERIOD_OF = {"min": "minute", "h": "hour", "day": "day", "week": "week", "month": "month"}
# A one in words that is an article too ("una semana"): read above, as a time counted one (or not:
# "un día sí, otro no"), never also as a count, unless it starts a range ("una o dos semanas", "un
# día o dos": numberwords.spelled gives it the range's words); and a half, said in words as often without its unit
# as with it ("half an hour", "media hora").
_ARTICLES_ONE = frozenset({"un", "una", "um", "uma", "une"})
_HALF = Decimal("0.5")
_DIGITS = tuple("0123456789")


# A quick look first (nearly every text says no time): a time in words by its unit word, looked for
# with "in" by the part its forms share ("semana" is in "semanas", "día" in "días"; a year's too,
# which an article counts), several times faster than a pattern of them all; after a space where the
# part is in other words too ("today", "ahora", "daño", "toujours", "mesmo"), and "minut" (never
# "administer"); a time in digits by a pattern tried only where a digit is ("2 h", "30 min", "3 días"
# in any language's unit words). A time only the quick look would miss is not read ("two hrs").
_STEMS = {"en": ("minut", "hour", " day", "-day", "week", "month", "year"),
          "es": ("minut", " hora", "día", " dia", "semana", " mes", " año"),
          "pt": ("minut", " hora", " dia", "semana", " mês", " mes", " ano"),
          "fr": ("minut", "heure", " jour", "semaine", " mois", "un an", "un\u00a0an", "seul an", "année"),
          "vi": ("phút", "giờ", "tiếng", "ngày", "tuần", "tháng")}


@lru_cache(maxsize=64)
def _time_words(lang: str, extra: Units) -> tuple[tuple[str, ...], re.Pattern[str]]:
    """What the quick look of ``lang`` looks for: its stems and a project's own unit words of time
    (none for a language edu has no number words of: it reads digits only), and a time in digits."""
    words = sorted((word for word, unit in unit_words(extra).items() if unit in PERIOD_OF), key=len, reverse=True)
    stems = _STEMS.get(langtag.primary(lang), ())
    own = tuple(word for word, unit in extra if unit in PERIOD_OF)
    digit = f"[\\d{FRACTION_CHARS.pattern[1:-1]}]"  # a digit or a vulgar fraction ("½")
    units = "|".join(re.escape(word) for word in words)
    between = rf"(?:[ \u00a0]+(?:{BETWEEN_NUMBER_AND_UNIT})(?=[ \u00a0]))?"  # "2 dernières heures"
    return stems + own if stems else (), re.compile(rf"{digit}{between}[\s\u00a0\u202f-]*(?:{units})(?![^\W\d_])")


def may_say_time(text: str, lang: str, extra: Units = ()) -> bool:
    """Whether ``text`` may say a time with a count, a quick look (False: ``times_said`` finds none;
    tests/test_properties.py checks it on generated text)."""
    stems, in_digits = _time_words(lang, extra)
    lowered = text.lower()
    for stem in stems:  # (a loop: any() of a generator takes twice as long)
        if stem in lowered:
            return True
    if text.isascii():  # a digit looked for with "in" too: a pattern reads the whole text, slowly
        for digit in _DIGITS:
            if digit in text:
                return in_digits.search(lowered) is not None
        return False
    return in_digits.search(lowered) is not None


@lru_cache(maxsize=4096)
def times_said(text: str, lang: str, locale: str, extra: Units = ()) -> tuple[Time, ...]:
    """Every time ``text`` says with a count, in order: by an article ("a week", and what says the
    same: "7 días"), in words ("dos semanas", "one day") or in digits ("2 weeks", read with the marks
    of ``locale``). A count in words or digits says its own time only here ("2 weeks"); unpaired
    pairs it with the same time in the next units ("14 días"). Cached: asked of the source and
    translation of nearly every entry."""
    return read_times(text, lang, locale, extra) if may_say_time(text, lang, extra) else ()


def read_times(text: str, lang: str, locale: str, extra: Units = ()) -> tuple[Time, ...]:
    """``times_said`` without its quick look."""
    stems, in_digits = _time_words(lang, extra)  # (only what the quick look sees)
    found = [(text.find(time.words), time) for time in times_counted_one(text, lang) if _has_stem(time.words, stems)]
    found += [(text.find(words), Time(words, frozenset({(value, unit)}), PERIOD_OF[unit]))
              for words, value, unit in spelled(text, lang, extra) if unit in PERIOD_OF and value != _HALF
              and _has_stem(words, stems) and (words.split()[0].lower() not in _ARTICLES_ONE
                                               or len(spelled(words, lang, extra)) > 1)]  # "una o dos semanas"
    if in_digits.search(text.lower()):
        found += [(q.start, Time(q.text, frozenset({(q.value, q.unit)}), PERIOD_OF[q.unit]))
                  for q in quantities(fractions_as_digits(text), locale, extra) if q.unit in PERIOD_OF]
    return tuple(time for _start, time in sorted(found, key=lambda found: found[0]))


def _has_stem(words: str, stems: tuple[str, ...]) -> bool:
    lowered = words.lower()
    return any(stem in lowered for stem in stems)


# The exact steps between units of time (as quantities.UNITS names them): a week is 7 days, a day 24
# hours, an hour 60 minutes. A month is no number of days or weeks ("1 month" is never "30 días" nor
# "4 semanas"), nor a year of days.
_STEPS = (("week", "day", 7), ("day", "h", 24), ("h", "min", 60))


def same_duration(value: Decimal, unit: str) -> frozenset[tuple[Decimal, str]]:
    """``value`` ``unit`` with the same time in the next unit down and up, where it is exact: "2
    weeks" is 14 days, "36 hours" 1.5 days and 2160 minutes; "10 days" is no number of weeks. Only
    (value, unit) itself for another unit ("2 months", "100 mg")."""
    same = {(value, unit)}
    for big, small, times in _STEPS:
        if unit == big:
            same.add((value * times, small))
        elif unit == small and (value / times) * times == value:  # (10 / 7 is not exact)
            same.add((value / times, big))
    return frozenset(same)


def _widened(same: frozenset[tuple[Decimal, str]]) -> frozenset[tuple[Decimal, str]]:
    """``same`` with the same times in the next units (same_duration)."""
    return frozenset(pair for value, unit in same for pair in same_duration(value, unit))


def unpaired(times: tuple[Time, ...], other: tuple[Time, ...]) -> list[Time]:
    """The times of ``times`` that no time of ``other`` says the same as: "a week" pairs with "7
    días", "2 weeks" with "14 días", never with "dos semanas" or "15 días". Each of ``other`` pairs
    with one only, one said alike first ("a week" with "una semana" before "7 días", which may be the
    source's "7 days")."""
    left = list(other)

    def paired(time: Time, alike: bool) -> bool:
        twin = next((t for t in left if (t.same == time.same if alike else _widened(t.same) & time.same)), None)
        if twin is not None:
            left.remove(twin)
        return twin is not None

    rest = [time for time in times if not paired(time, alike=True)]
    return [time for time in rest if not paired(time, alike=False)]


def said_once(words: list[str]) -> list[str]:
    """``words`` (times a message quotes) without a range's end said within its range's words ("two
    days" of "one or two days": numberwords.spelled gives a range's start the range's words)."""
    return [said for said in words if not any(said != other and said in other for other in words)]

