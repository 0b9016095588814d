"""QA: the time a rate is per, a part of the period check (an error): "30 mL/min" is never "30 mL/h",
"8 mg/kg/day" never "8 mg/kg/hora" nor "8 mg/kg", and "{nomid_max} per day" never "{nomid_max}" (a
most per day then reads as one dose).

A rate is an amount, a number with its unit or a fact's placeholder, with the time it is per written
right after it: "/min", "/h", "/d", "/day", "/día", "per day", "a day", "daily", "al día", "por
minuto", "diarios", "ao dia", "par jour", "mỗi ngày". Each amount of the source is paired with the
same amount of the translation (value and unit, or the fact) and keeps its time. A translation may
say the time elsewhere ("una dosis diaria de {dose}" for "{dose} a day", "Tome 10 mg una vez al día"
for "Take 10 mg daily"): a time an amount loses, or gains, is fine where the translation says that
period in a rate's words as many times as the source does (so one of two "per day" left out is not).

In: (source, translation, Context). Out: one line for meaningcheck.check_period, or "". The period
words are periods.py's; numbers are read by quantities.py, as the number check reads them.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from . import langtag
from .findings import Context
from .model import Quantity
from .periods import period_words
from .prose import CITATION, mask, visible
from .quantities import fractions_as_digits, number_locale, quantities

# Short forms after a slash ("mL/min", "mg/kg/d", "mg/j" in French); any language's period noun too ("/día").
_SHORT = {"min": "minute", "h": "hour", "hr": "hour", "d": "day", "j": "day", "wk": "week", "sem": "week",
          "mo": "month", "yr": "year"}
# The words before a period noun that make the amount before them per that time ("{dose} a day", "10 mg al día").
_PER = {"en": "per|an?|each|every", "es": "al|por(?: cada)?|cada|a la|todos los|todas las",
        "pt": "ao|à|por(?: cada)?|a cada|cada|todos os|todas as", "fr": "par|chaque|tous les|toutes les",
        "vi": "mỗi|hằng|hàng|từng"}
_SAY_PER = {"en": "per", "es": "por", "pt": "por", "fr": "par", "vi": "mỗi"}  # for a message's example
_LANGS = ("en", "es", "pt", "fr", "vi")
_SPACE = "[\\s\\u00a0\\u202f]"
_FACT = re.compile(r"\{([A-Za-z_]\w*)(?:[:!][^{}]*)?\}")
# "interdiario", "quincenal", "every fortnight": every other day or week, no rate (as "every two weeks" is none)
_EVERY_OTHER = ("inter", "quinc", "quinz", "fortnight", "nửa tháng")
# A rate per 24 hours is one per day: "40 mg/24 h" may be "40 mg/día" or "40 mg al día" (and "40 mg/12 h" never).
_PER_24_HOURS = (rf"(?:/|(?<![^\W\d_])(?:per|por|par)(?![^\W\d_])){_SPACE}*(?P<day24>24{_SPACE}*"
                 r"(?:h|hr|hrs|hours?|horas?|heures?))")
_AFTER_RATE_WORD = re.compile(r"(?:/|(?<![^\W\d_])(?:per|por|par))[\s\u00a0\u202f]*$", re.IGNORECASE)


@dataclass(frozen=True)
class _Words:
    rate: re.Pattern[str]  # a rate's words, matched right after an amount or searched anywhere
    period: dict[str, str]  # a word of it (lower case) -> its period
    not_after: re.Pattern[str]  # what after a period noun says no frequency ("al día siguiente")
    noun: dict[str, str]  # the period -> the language's noun for it ("día"), for a message


@lru_cache(maxsize=16)
def _words(lang: str) -> _Words | None:
    code, read = langtag.primary(lang), period_words(lang)
    if read is None or code not in _PER:
        return None
    table, alone, not_after = read
    nouns = {word: period for word, period in table.items() if word not in alone and not word.startswith(_EVERY_OTHER)}
    alone_rates = sorted((word for word in alone if not word.startswith(_EVERY_OTHER)), key=len, reverse=True)
    slash = dict(_SHORT)
    for other in _LANGS:  # "/día" in an English text, "/day" in a Spanish one
        words = period_words(other)
        if words is not None:
            slash |= {word: period for word, period in words[0].items() if word not in words[1]}
    pattern = re.compile(
        rf"{_SPACE}*(?:{_PER_24_HOURS}|/{_SPACE}*(?P<slash>{'|'.join(sorted(slash, key=len, reverse=True))})|"
        rf"(?<![^\W\d_])(?:{_PER[code]}){_SPACE}+(?P<noun>{'|'.join(sorted(nouns, key=len, reverse=True))})|"
        rf"(?<![^\W\d_])(?P<alone>{'|'.join(alone_rates) or '(?!)'}))(?![^\W\d_])", re.IGNORECASE)
    first: dict[str, str] = {}
    for word, period in nouns.items():
        first.setdefault(period, word)  # the singular comes first in periods.py's lists
    return _Words(pattern, {**slash, **table}, not_after, first)


class _Amount(NamedTuple):  # (a tuple: made for every amount of every entry that may say a rate)
    key: tuple[str, ...]  # ("{dose}",) or (value, unit) as text
    period: str  # "" where no time follows it
    words: str  # the amount and its time as written ("8 mg/kg/day")
    amount: str  # the amount alone ("8 mg/kg")
    slash: str  # the short form written after a slash ("min" of "mL/min"), or ""


def _period(m: re.Match[str], text: str, words: _Words) -> str:
    """The period of a rate's words matched in ``text``, or "" where what follows says no frequency."""
    if m["noun"] and words.not_after.match(text[m.end() : m.end() + 30].lower()):
        return ""
    return "day" if m["day24"] else words.period[(m["slash"] or m["noun"] or m["alone"]).lower()]


def _amounts(text: str, ctx: Context, locale: str, words: _Words, read: str) -> list[_Amount]:
    """The amounts of ``text`` (facts) and of ``read`` (the number check's reading of it: numbers)
    with the time each is per."""
    found = []
    for source, matches in ((read, [(q.start, q.end, (str(q.value), q.unit)) for q in quantities(
            read, locale, ctx.units) if q.unit]), (text, [(m.start(), m.end(), (f"{{{m[1]}}}",)) for m in
                                                         _FACT.finditer(text)] if "{" in text else [])):
        for start, end, key in matches:
            m = words.rate.match(source, end)
            period = _period(m, source, words) if m else ""
            shown = key[0] if len(key) == 1 else source[start:end]
            slash = m["slash"] if m and period and m["slash"] else ""
            found.append(_Amount(key, period, shown + source[end : m.end()] if m and period else shown, shown, slash))
    return found


def _count(text: str, words: _Words) -> Counter[str]:
    """How many times ``text`` says each period in a rate's words, anywhere."""
    return Counter(period for m in words.rate.finditer(text) if (period := _period(m, text, words)))


def periods_per(text: str, lang: str) -> set[str]:
    """The periods ``text`` says a rate is per, in any of a rate's words ("mL/min": minute)."""
    words = _words(lang)
    return set(_count(text, words)) if words is not None else set()


def per_day_not_in_hours(text: str, lang: str) -> int:
    """How many rates per day ``text`` says in other words than 24 hours ("/día", "al día", "daily")."""
    words = _words(lang)
    return 0 if words is None else sum(1 for m in words.rate.finditer(text)
                                       if not m["day24"] and _period(m, text, words) == "day")


def rate_per_24_hours(q: Quantity, text: str) -> bool:
    """Whether the quantity ``q`` of ``text`` is the 24 hours of a rate ("mg/24 h", "mg per 24 hours")."""
    return q.value == 24 and q.unit == "h" and _AFTER_RATE_WORD.search(text, max(0, q.start - 6), q.start) is not None


def _readings(src: str, tr: str) -> tuple[str, str]:
    """The texts the number check reads numbers in (the same: quantities is cached)."""
    if "[" in src or "[" in tr:  # a citation's number is no dose
        src, tr = CITATION.sub(" ", visible(src)), CITATION.sub(" ", visible(tr))
    return fractions_as_digits(mask(src)), fractions_as_digits(mask(tr))


def changed_rate(src: str, tr: str, ctx: Context) -> str:
    """What the translation changed of the time a rate of the source is per, as a message, or ""."""
    said, put = _words(ctx.source_lang), _words(ctx.lang)
    if said is None or put is None:
        return ""
    read_a, read_b = _readings(src, tr)
    a = _amounts(src, ctx, number_locale(ctx.source_lang, ctx.territory), said, read_a)
    b = _amounts(tr, ctx, number_locale(ctx.lang, ctx.territory), put, read_b)
    if not any(amount.period for amount in (*a, *b)) or sorted(x[:2] for x in a) == sorted(y[:2] for y in b):
        return ""  # nearly every text: no amount is per a time, or each keeps its time
    keys = dict.fromkeys(x.key for x in a if any(y.key == x.key for y in b))
    counts: tuple[Counter[str], Counter[str]] | None = None
    problems = []
    for key in keys:
        mine, theirs = [x for x in a if x.key == key], [y for y in b if y.key == key]
        lost = Counter(x.period for x in mine) - Counter(y.period for y in theirs)
        added = Counter(y.period for y in theirs) - Counter(x.period for x in mine)
        gone, new = [p for p in lost.elements() if p], [p for p in added.elements() if p]
        while gone and new:  # a time changed: "mL/min" as "mL/h"
            problems.append(_said(mine, theirs, gone.pop(0), new.pop(0), put, ctx.lang))
        if gone or new:
            counts = counts or (_count(src, said), _count(tr, put))
        problems += [_said(mine, theirs, p, "", put, ctx.lang) for p in gone if counts and counts[1][p] < counts[0][p]]
        problems += [_said(mine, theirs, "", p, put, ctx.lang) for p in new if counts and counts[0][p] < counts[1][p]]
    if not problems:
        return ""
    more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
    return (f"{problems[0]}{more}; if the translation says it in other words, a reviewer confirms them with "
            "edu-ok:period")


def _said(mine: list[_Amount], theirs: list[_Amount], was: str, now: str, words: _Words, lang: str) -> str:
    """One change of a rate's time, in words: the source's and the translation's, and what to write."""
    x = next(x for x in mine if x.period == was)
    y = next(y for y in theirs if y.period == now)
    said = f'"{x.words}" in the source is "{y.words}" in the translation'
    if not was:
        return f"{said}: it adds a time the amount is per; write it without one, as the source does"
    noun = words.noun.get(was, was)
    short = x.slash if x.slash.lower() in _SHORT else noun  # "mL/min" as the source, "/día" for "/day"
    write = f'"{y.amount}/{short}" or "{y.amount} {_SAY_PER[langtag.primary(lang)]} {noun}"'
    why = f"per {was} is not per {now}" if now else f'without it, "{y.amount}" reads as one amount, not one per {was}'
    return f"{said}: keep the time a rate is per (write {write}; {why})"
