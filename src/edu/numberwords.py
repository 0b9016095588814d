"""Counts written as words ("two tablets", "dos veces al día", "half a tablet"), where a dose can
hang on them, in English, Spanish, Portuguese, French and Vietnamese; the words that may stand for
digits on the other side of a translation ("una tableta" for "1 tablet"); ranges in words ("one or
two days"); and where a count in words is written in digits instead. The words are numberlexicon.py's,
found in a text by countspans.py; counts of 13 and more are read by compoundnumbers.py, spoons counted
in words ("two teaspoons") by spoonwords.py.

In: a text (masked by prose.mask where a check needs it) and its language. Out: the counts it spells
out (value -> word), or (value, unit) pairs like ``Quantity``'s for the number check; None where edu
knows no number words of the language (checks of meaning then pass it unread: meaningcheck.reads_meaning).
"""

from __future__ import annotations

import re
import string
from collections import Counter
from decimal import Decimal
from functools import lru_cache
from itertools import pairwise

from . import langtag
from .compoundnumbers import compounds_in, quick_look_stems
from .countspans import count_spans
from .numberlexicon import AS_DIGITS, NOT_COUNTS, NUMBER_WORDS, ordinal_firsts
from .quantities import (
    OR_AFTER_UNIT,
    RANGE_END,
    Units,
    multiplier_words,
    range_join,
    unit_alternatives,
    unit_words,
)
from .spoonwords import spelled_spoons as spelled_spoons  # (where its users import it)

# Where a count in words may be written in digits instead: "2", or for a half "1/2", "½", "0.5", "0,5".
_HALF_IN_DIGITS = re.compile(r"(?<!\d)(?:1\s*[/⁄]\s*2|0[.,]5)(?!\d)|½")


_MARK = "[,.'’\u00a0\u202f\u2009]?"  # a thousands mark, or none


@lru_cache(maxsize=128)
def _in_digits(value: str, lang: str = "") -> re.Pattern[str]:
    """A count in digits; one of a thousand or more with or without its thousands marks ("2,000",
    "2.000", "2 000" with a no-break space, "2,000,000": "dos mil"), or with a word of ``lang`` that
    multiplies it ("2 millones", "2,5 millones", "2 mil" in Spanish: quantities.MULTIPLIERS)."""
    if value == "1/2":
        return _HALF_IN_DIGITS
    ways = [value]
    if len(value) > 3 and value.isdigit():
        head = len(value) % 3 or 3
        ways = [value[:head] + "".join(_MARK + value[i : i + 3] for i in range(head, len(value), 3))]
        for word, times in multiplier_words(lang).items():
            whole, part = divmod(int(value), times)
            if whole and not part:
                ways.append(rf"{whole}[ \u00a0\u202f]+{re.escape(word)}(?![^\W\d_])")
            elif whole and not part % (times // 10):  # "2,5 millones"
                ways.append(rf"{whole}[.,]{part // (times // 10)}[ \u00a0\u202f]+{re.escape(word)}(?![^\W\d_])")
    return re.compile(rf"(?<!\d)(?:{'|'.join(ways)})(?!\d)", re.IGNORECASE)


def in_digits(value: str, text: str, lang: str = "") -> bool:
    """Whether ``text`` (in ``lang``) writes the count ``value`` (of number_words: "2", "24", "1/2")
    in digits."""
    return _in_digits(value, lang).search(text) is not None


def digit_count(value: str, text: str, lang: str = "") -> int:
    """How many times ``text`` (in ``lang``) writes the count ``value`` (of number_words) in digits."""
    return len(_in_digits(value, lang).findall(text))


# Every character that cannot be part of a word, as a space: str.translate and str.split find the
# words of a text several times faster than a regex (this runs on every catalog entry).
_NOT_LETTERS = str.maketrans(dict.fromkeys(
    string.punctuation + string.digits + "¿¡«»“”‘’„—–…·\u00a0\u202f\ue000", " "))


@lru_cache(maxsize=64)
def _lexicon(lang: str) -> tuple[dict[str, str], re.Pattern[str], re.Pattern[str], re.Pattern[str] | None,
                                  bool] | None:
    """The number words of ``lang``, a pattern that finds any of them (the longest first: "mười
    hai" before "mười"), one that finds their letters anywhere (a quick look first: a pattern that
    starts with \\b is tried at every place of a text, this one only where a word's first letter is),
    the words with one in them that count nothing, and whether a number word is two words; or None."""
    code = langtag.primary(lang)
    if code not in NUMBER_WORDS:
        return None
    words = NUMBER_WORDS[code]
    alternatives = "|".join(sorted(words, key=len, reverse=True))
    letters = "|".join([alternatives, *quick_look_stems(code)])  # (13 on: compoundnumbers.py's)
    return (words, re.compile(rf"\b(?:{alternatives})\b"), re.compile(letters), NOT_COUNTS.get(code),
            any(" " in word for word in words))


def number_words(text: str, lang: str) -> dict[str, str] | None:
    """The counts ``text`` spells out: value -> the word first written for it; None when edu knows
    no number words of ``lang``."""
    lexicon = _lexicon(lang)
    if lexicon is None:
        return None
    words, any_word, letters, not_counts, phrases = lexicon
    lowered = text.lower()
    # nearly every text has none ("todos" and "dosis" are no "dos"): their letters are looked for first
    if not letters.search(lowered):
        return {}
    compounds = compounds_in(lowered, lang)
    if not compounds and not any_word.search(lowered):
        return {}
    if not_counts is not None:
        lowered = not_counts.sub(" ", lowered)
        compounds = compounds_in(lowered, lang) if compounds else ()
    found: dict[str, str] = {}
    for m, _value in reversed(compounds):  # "vinte e quatro" is 24, never also 4
        lowered = lowered[: m.start()] + " " * len(m[0]) + lowered[m.end() :]
    for m, value in compounds:
        found.setdefault(str(value), m[0])
    if phrases:  # a number of two words ("mười hai"): the pattern reads them, not the tokens
        for m in any_word.finditer(lowered):
            found.setdefault(words[m[0]], m[0])
        return found
    for token in lowered.translate(_NOT_LETTERS).split():
        if token in words:
            found.setdefault(words[token], token)
    return found



def spelled_counts(text: str, lang: str, extra: Units = ()) -> Counter[tuple[Decimal, str]]:
    """The counts ``text`` writes in words, with the unit word after each ("diez días": (10, "day")),
    as (value, unit) like ``Quantity``; what may stand for digits on the other side of a translation."""
    return Counter((value, unit) for _words, value, unit in spelled(text, lang, extra))


def spelled(text: str, lang: str, extra: Units = ()) -> list[tuple[str, Decimal, str]]:
    """Each count ``text`` writes in words as (its words, value, unit): ("Dos semanas", 2, "week"),
    ("una", 1, ""). A range counts its end's unit at both ends, as in digits ("1-2 days"): "one or two
    days" is ("one or two days", 1, "day") and ("two days", 2, "day"); "un día o dos" is ("un día o
    dos", 1, "day") and ("un día o dos", 2, "day"); "a day or two" and Vietnamese "một hai ngày" (one or
    two days) too."""
    unit_of = unit_words(extra)
    lowered = text.lower()
    same_places = len(lowered) == len(text)  # (nearly always: "İ" lower case is two characters)
    spans = count_spans(lowered, lang, extra)
    units = [unit_of[" ".join(unit.split())] if unit else "" for _start, _end, _number, unit in spans]
    words = [(start, end) for start, end, _number, _unit in spans]
    if len(spans) > 1:
        _read_ranges(lowered, lang, spans, units, words)
    found = [(start, end, number, unit)
             for (start, end), (_start, _end, number, _unit), unit in zip(words, spans, units, strict=True)]
    if spans and " or " in lowered and langtag.primary(lang) == "en":  # (seldom) "a day or two"
        found = sorted(found + _article_ranges(lowered, spans, units, found, extra))
    return [(text[start:end] if same_places else lowered[start:end], number, unit)
            for start, end, number, unit in found]


def _article_ranges(lowered: str, spans: list[tuple[int, int, Decimal, str]], units: list[str],
                    found: list[tuple[int, int, Decimal, str]], extra: Units) -> list[tuple[int, int, Decimal, str]]:
    """The starts of the English ranges an article opens ("a day or two", "an hour or two"), each with
    the range's words, its end (in ``found``, in place) given the start's unit and the range's words."""
    unit_of, before = unit_words(extra), _an_unit_or(extra)
    starts = []
    for i, (start, end, value, _unit) in enumerate(spans):
        article = before.search(lowered, max(0, start - 30), start) if not units[i] and value > 1 else None
        if article is not None and RANGE_END.match(lowered, end):
            unit = unit_of[" ".join(article[2].split())]
            found[i] = (article.start(), end, value, unit)
            starts.append((article.start(), end, Decimal(1), unit))
    return starts


@lru_cache(maxsize=16)
def _an_unit_or(extra: Units) -> re.Pattern[str]:
    """An English article, a unit and "or" right before the end of a range ("a day or two")."""
    return re.compile(rf"\b(an?)[\s-]+({unit_alternatives(extra)})\s+or\s+\Z")


def _read_ranges(lowered: str, lang: str, spans: list[tuple[int, int, Decimal, str]], units: list[str],
                 words: list[tuple[int, int]]) -> None:
    """Give each range in words of ``spans`` its end's unit at both ends, and the range's words (in
    ``units`` and ``words``, in place): "one or two days", "dos a tres semanas", "một hai ngày"; and
    the end of a range said after its unit ("un día o dos", "un jour ou deux")."""
    join, code, firsts = range_join(lang), langtag.primary(lang), ordinal_firsts(lang)
    for i in range(len(spans) - 2, -1, -1):  # right to left: "one, two or three days" chains
        (start, end, value, _unit), (after, _end, next_value, _) = spans[i], spans[i + 1]
        if lowered[start:end].split()[0] in firsts:  # "el primer o segundo día": which days, no range
            continue
        if not units[i] and units[i + 1] and next_value > value and (join.fullmatch(lowered, end, after) or (
                code == "vi" and next_value == value + 1 and not lowered[end:after].strip())):
            units[i], words[i] = units[i + 1], (start, words[i + 1][1])
        elif (units[i] and not units[i + 1] and next_value > value and OR_AFTER_UNIT.fullmatch(lowered, end, after)
              and RANGE_END.match(lowered, spans[i + 1][1])):
            units[i + 1] = units[i]
            words[i] = words[i + 1] = (start, spans[i + 1][1])


# What joins a word of one to the end of a range ("one or two", "una a dos", "um ou dois", "once or
# twice"): not "and" ("one and two hours later": a tablet, then a time)
_ONE_JOIN = re.compile(r"\s*(?:[-‐‑‒–—]|to|or|a|o|u|ou|hasta|até|à|đến|tới|hoặc|hay)\s*")
# ... and "and" after "between" ("between one and two days", "entre una y dos semanas", "giữa một và hai")
_BETWEEN_AND = re.compile(r"\s+(?:and|y|e|et|và)\s+")
_BETWEEN_WORD = re.compile(r"\b(?:between|entre|giữa)\s+\Z")
# A word of one, a word or two (its thing) and "or" before the end of a range ("una tableta o dos")
_ONE_THING_OR = re.compile(r"(?:[\s-]+[^\W\d_]+){0,2}?\s+(?:or|o|u|ou|hoặc|hay)\s+")

_AN_THING_OR = re.compile(r"\b(an?(?:[\s-]+[^\W\d_]+){1,2}?)\s+or\s+\Z")  # ("a day": the count a message quotes)


def range_ones(text: str, lang: str) -> dict[str, str]:
    """The first word of one of ``text`` that starts a range in words, which counts one as the range's
    digits do ("one or two tablets" as "1 or 2"; "una o dos semanas", "un día o dos", "une tablette ou
    deux", "once or twice", "một hai ngày"): {"1": its word}, or {} (a word of one alone is no count: "a
    day", "the one")."""
    lowered = text.lower()
    code, firsts = langtag.primary(lang), ordinal_firsts(lang)
    spans = count_spans(lowered, lang, ())
    if code == "en":  # an article: "a day or two", "a teaspoon or two"
        for start, end, value, _unit in spans:
            article = _AN_THING_OR.search(lowered, max(0, start - 40), start) if value > 1 else None
            if article is not None and RANGE_END.match(lowered, end):
                return {"1": article[1]}
    for (start, end, value, _unit), (after, after_end, next_value, _) in pairwise(spans):
        word = lowered[start:end].split()[0]
        if value != 1 or next_value <= 1 or word in firsts or word not in AS_DIGITS.get(code, {}):
            continue
        if (_ONE_JOIN.fullmatch(lowered, end, after)
                or (_BETWEEN_AND.fullmatch(lowered, end, after)
                    and _BETWEEN_WORD.search(lowered, max(0, start - 10), start))
                or (code == "vi" and next_value == 2 and not lowered[end:after].strip())  # "một hai ngày"
                or (_ONE_THING_OR.fullmatch(lowered, end, after) and RANGE_END.match(lowered, after_end))):
            return {"1": word}
    return {}


def spelled_starts(text: str, lang: str) -> list[int]:
    """Where each count ``text`` writes in words starts ("hasta una semana": at "una"), where its
    lower case has the same places as it (nearly always); for a check that reads what stands next
    to an amount, digits or words."""
    lowered = text.lower()
    return [span[0] for span in count_spans(lowered, lang, ())] if len(lowered) == len(text) else []


def cardinal_spans(lowered: str, lang: str) -> list[tuple[int, int, Decimal]]:
    """(start, end, value) of each count ``lowered`` (lower case) writes in words with no unit word
    after it, never an ordinal ("dos tabletas", "una vez", "veinticuatro"; not "the second dose",
    nor "dos días", whose unit the number check compares): what countswaps.py binds to the thing
    each counts."""
    code = langtag.primary(lang)
    if code not in NUMBER_WORDS:
        return []
    firsts = ordinal_firsts(code)  # "segundo" of "segundo día", read as day 2 by the number check
    return [(start, end, value) for start, end, value, unit in count_spans(lowered, lang, ())
            if not unit and lowered[start:end].split()[0] not in firsts]

