"""QA, part of the number check: each count of a text bound to its thing, with its clause (the
reading countswaps.py and spoonsleftout.py compare; the words it binds by are countwords.py's, the
clauses countclauses.py's).

In: a text and its language. Out: a ``Reading``: the text as read, and each count bound, surely, in
the text's order (``Bound``: the thing's key, the count, its words, where, its clause).
"""

from __future__ import annotations

import re
from decimal import Decimal
from itertools import pairwise
from typing import NamedTuple

from .countclauses import in_clauses
from .countwords import (
    ADJECTIVES,
    ALSO_A_PREPOSITION,
    ARTICLE_AFTER,
    CUCHARADA,
    DAY_TIME,
    DAY_TIME_ARTICLE,
    DAY_TIME_VALUE,
    EN_ONCE,
    EN_TIMES,
    EN_TIMES_VALUE,
    HYPHEN,
    HYPHENS,
    LIST_NEXT,
    NOT_A_COUNT_AFTER,
    NOT_BETWEEN,
    NUMBERED,
    OWN_BESIDE,
    OWN_VALUE,
    PART_OF,
    SIZED,
    SIZED_KEYS,
    SIZED_SPOONS,
    Reader,
    count_reader,
    elided,
    elided_after_time,
    qualifier_gap,
    says_count,
    sized_key,
)
from .model import Quantity
from .numberlexicon import AS_DIGITS
from .numberwords import cardinal_spans, spelled_spoons
from .prose import CITATION, mask, visible
from .quantities import Units, fractions_as_digits, number_locale, quantities, range_join

# Between a number and its thing: spaces, or a hyphen ("a 2-tablet dose"); and up to four words,
# adjectives ("2 small round white coated tablets", "dos pequeñas tabletas", "3 petits comprimés
# blancs"), each maybe up to three joined by hyphens ("2 film-coated tablets", "2
# extended-release-coated tablets").
_SPACE_AFTER = re.compile(r"[ \u00a0]+|-")
_ONE_WORD = re.compile(r"([^\W\d_]+)" + rf"(?:[{HYPHEN}]([^\W\d_]+))?" * HYPHENS + r"[ \u00a0]+")
_WORD_CHARS = re.compile(r"[^\W\d_]")
_SENTENCE_END = re.compile(r"[.!?](?!\d)")


class Bound(NamedTuple):
    """A count bound to its thing: the thing's key, the count (a range's numbers, sorted), as written,
    where, and the clause it is said in (its number in the text)."""

    key: str
    value: tuple[Decimal, ...]
    words: str
    start: int
    end: int
    clause: int = 0


class Reading(NamedTuple):
    text: str  # the text as read (masked, fractions as digits), for the words of a message
    bound: list[Bound]  # in the text's order


Number = tuple[int, int, Decimal]  # (start, end, value)
Numbered = tuple[int, int, str, Decimal]  # a day, dose or week said with an ordinal in digits: (start, end, key, value)
_DIGITS = re.compile(r"[\d.,\u00a0\u202f\u2009]*\d")  # a number's digits, without an ordinal's end ("2" of "2.º")


def _numbers(text: str, lowered: str, reader: Reader, locale: str,
             units: Units) -> tuple[list[Number], list[Numbered], list[Bound]]:
    """The numbers of ``text`` that may count a thing, in its order: the number check's digits with
    no unit (never an ordinal "1st", "2.º", nor a time of day) and the counts in words; and apart,
    the days, doses and weeks numbered with an ordinal in digits ("el 2.º día", "the 2nd day", "le 2e
    jour", "ngày thứ 2"), whose digits count nothing; and the counts of sized spoons in digits, bound."""
    shown = text if len(text) == len(lowered) else lowered
    read = quantities(shown, locale, units)  # the number check's own
    found, numbered = [], []
    for q in read:
        if q.unit:
            continue
        said = _numbered_in_digits(q.start, q.end, q.text, lowered, reader)
        if said is not None:
            numbered.append((*said, q.value))
        elif q.text[-1].isdigit():
            found.append((q.start, q.end, q.value))
    for start, end, value in cardinal_spans(lowered, reader.code):
        # "twice a day" is EN_TIMES' (an ordinal, "el segundo día", is reader.ordinal's: no count)
        if not (reader.code == "en" and lowered[start:end].split()[0] in EN_ONCE):
            found.append((start, end, value))
    return sorted(found), numbered, _sized_in_digits(read, shown, lowered, reader)


def _sized_in_digits(read: tuple[Quantity, ...], shown: str, lowered: str, reader: Reader) -> list[Bound]:
    """The counts of teaspoons and tablespoons in digits ("2 tsp", "2 cucharadas soperas"), each bound
    to its size; a range's ("1 to 2 tablespoons", whose start the number check reads with the unit of
    its end) as one, unless a day, dose or week names its start ("day 1 and 2 tablespoons": the day's,
    as _bound reads it)."""
    found: list[Bound] = []
    starts: list[Quantity] = []
    for q in read:
        if q.unit not in SIZED_KEYS:
            starts = []
        elif not _WORD_CHARS.search(q.text):  # a range's start: "1" of "1 a 2 cucharadas"
            starts.append(q)
        else:
            numbered = starts and reader.before.search(lowered, max(0, starts[0].start - 12), starts[0].start)
            if numbered:
                found.append(Bound(f"{numbered.lastgroup} N", tuple(sorted({x.value for x in starts})),
                                   quoted(shown, numbered.start(), starts[-1].end), numbered.start(), starts[-1].end))
            counted, starts = [q] if numbered else [*starts, q], []
            found.append(Bound(sized_key(SIZED_KEYS[q.unit], q.text), tuple(sorted({x.value for x in counted})),
                               quoted(shown, counted[0].start, q.end), counted[0].start, q.end))
    return found


def _numbered_in_digits(start: int, end: int, digits: str, lowered: str,
                        reader: Reader) -> tuple[int, int, str] | None:
    """The day, dose or week the number ``digits`` (from ``start`` to ``end``) is the ordinal of
    ("2.º día", "2nd day", "1er jour", "2da dosis"; Vietnamese "ngày thứ 2"): where it is said, with
    the number, and its key; or None."""
    if reader.code == "vi":
        if "thứ" not in lowered[max(0, start - 8) : start]:  # (nearly always: a quick look)
            return None
        noun = reader.in_digits.search(lowered, max(0, start - 16), start)
        return None if noun is None or not digits[-1].isdigit() else (noun.start(), end, noun.lastgroup or "")
    if digits[-1].isdigit() and not (lowered[end : end + 1].isalpha() or lowered[end : end + 1] in (".", "°")):
        return None  # (nearly always: a quick look)
    figures = _DIGITS.search(digits)  # ("2" of "2.º": ".º día" after it)
    noun = None if figures is None else reader.in_digits.match(lowered, start + figures.end())
    return None if noun is None else (start, noun.end(), noun.lastgroup or "")


def _sized_in_words(text: str, lowered: str, lang: str, units: Units) -> list[Bound]:
    """The counts of teaspoons and tablespoons in words ("two teaspoons", "dos cucharadas soperas", "a
    tablespoon"), each bound to its size, a Spanish "cucharada" alone ("dos cucharadas") to CUCHARADA,
    as in digits; a range's ("one or two teaspoons") as one, as in digits (the number check's reading:
    spelled_spoons with its ranges, whose start has the range's words)."""
    placed: list[tuple[int, int, Decimal, str]] = []
    at = 0
    for words, value, size in spelled_spoons(text, lang, units, ranges=True):
        start = lowered.find(words.lower(), at)
        if start >= 0:
            placed.append((start, start + len(words), value, size))
            at = start + 1  # (a range's end is within its start's words)
    found: list[Bound] = []
    values: set[Decimal] = set()
    for i, (start, end, value, size) in enumerate(placed):
        values.add(value)
        if i + 1 < len(placed) and placed[i + 1][1] == end:  # a range's start: its end comes next
            continue
        first = start if len(values) == 1 else min(place[0] for place in placed[: i + 1] if place[1] == end)
        if size in SIZED_KEYS or size == CUCHARADA:  # ("any": a spoon of no size, the "spoon" thing)
            found.append(Bound(CUCHARADA if size == CUCHARADA else SIZED_KEYS[size], tuple(sorted(values)),
                               quoted(text, first, end), first, end))
        values = set()
    return found


def _ranges(numbers: list[Number], lowered: str, code: str) -> list[list[Number]]:
    """The numbers in groups, a range's ("1 to 2", "one or two", "1-2", "1 y 2") in one group."""
    join = range_join(code)
    groups: list[list[Number]] = []
    for number in numbers:
        if groups and join.fullmatch(lowered, groups[-1][-1][1], number[0]):
            groups[-1].append(number)
        else:
            groups.append([number])
    return groups


def _thing_after(lowered: str, end: int, reader: Reader) -> re.Match[str] | None:
    """The count noun right after a number ending at ``end``, or one or two words (adjectives) after
    it."""
    space = _SPACE_AFTER.match(lowered, end)
    if space is None:
        return None
    noun = reader.after.match(lowered, space.end())
    if noun is None:  # "2 small white tablets": never "2 small times", nor "2 capas finas sobre la piel"
        noun = _after_adjectives(lowered, space.end(), reader)
        if noun is None or noun.lastgroup == "time" or noun[0] in ALSO_A_PREPOSITION:
            return None
    elif noun[0] in ALSO_A_PREPOSITION and ARTICLE_AFTER.match(lowered, noun.end()):
        return None  # "2 sobre la piel": on the skin
    if noun.lastgroup == "time" and NOT_A_COUNT_AFTER.match(lowered, noun.end()):
        return None
    return noun


def _after_adjectives(lowered: str, at: int, reader: Reader) -> re.Match[str] | None:
    """The count noun after one to four words from ``at`` that may be adjectives ("small white
    tablets", "film-coated tablets"; never "each time", "of the tablets", "take tablets", "you will
    need tablets")."""
    for _ in range(ADJECTIVES):
        between = _ONE_WORD.match(lowered, at)
        if between is None or any(word in NOT_BETWEEN or says_count(word, reader.code)
                                  for word in between.groups() if word is not None):
            return None
        at = between.end()
        noun = reader.after.match(lowered, at)
        if noun is not None:
            return noun
    return None


def quoted(text: str, start: int, end: int) -> str:
    """The words of ``text`` from ``start`` to ``end`` as a message quotes them: one space between
    words ("½ tablet" is read as "1⁄2  tablet": a message says "1⁄2 tablet", as the number check does)."""
    return " ".join(text[start:end].split())


def _value(numbers: list[Number]) -> tuple[Decimal, ...]:
    return tuple(sorted({value for _start, _end, value in numbers}))


def _bound(group: list[Number], lowered: str, shown: str, reader: Reader) -> list[Bound]:
    """What a number or a range counts: the thing right after it, or the day, dose or week right
    before it; where both ("day 1 and 1 tablet"), the last number counts the thing, the rest the day
    (in Vietnamese the day before a count is its frequency: "ngày 1 đến 2 lần" is 1 to 2 times a day)."""
    found = []
    noun = _thing_after(lowered, group[-1][1], reader)
    numbered = reader.before.search(lowered, max(0, group[0][0] - 12), group[0][0])
    if noun is not None:
        counted = group[-1:] if numbered is not None and reader.code != "vi" else group
        found.append(Bound(noun.lastgroup or "", _value(counted), quoted(shown, counted[0][0], noun.end()),
                            counted[0][0], noun.end()))
        group = group[: len(group) - len(counted)]
    if group and numbered is not None and not _WORD_CHARS.match(lowered, group[-1][1]):
        found.append(Bound(f"{numbered.lastgroup} N", _value(group), quoted(shown, numbered.start(), group[-1][1]),
                            numbered.start(), group[-1][1]))
    return found


def _elided(bare: list[list[Number]], found: list[Bound], lowered: str, shown: str, reader: Reader) -> list[Bound]:
    """The counts said without their thing ("Take 1 tablet in the morning and 2 at night"), each bound
    to the thing counted before it in its sentence, where its sentence counts one thing before it, or
    names the things in a list, each with its own time of day, and the count last (_last_listed): a
    number or a range that binds nothing, right after a word that joins clauses or a comma, right
    before its time of day ("Take 1 tablet and 1 capsule in the morning, and 2 at night" binds no 2:
    two tablets or two capsules, unsure)."""
    things = sorted((b for b in found if not b.key.endswith(" N") and b.key not in ("time", DAY_TIME)),
                    key=lambda b: b.start)
    out = []
    join, time = elided(reader.code)
    for group in bare:
        start, end = group[0][0], group[-1][1]
        after_time = _after_its_time(lowered, start, end, reader.code)
        if not (after_time or (join.search(lowered, max(0, start - 16), start) and time.match(lowered, end))):
            continue
        ends = [0, *(m.end() for m in _SENTENCE_END.finditer(lowered, 0, start))]
        prior = [b for b in things if ends[-1] <= b.start and b.end <= start]
        if not prior and after_time and len(ends) > 1:  # "Por la mañana, dé 3 cucharadas. Por la tarde, dé 1 o 2."
            prior = [b for b in things if ends[-2] <= b.start and b.end <= ends[-1]]
        kinds = len({b.key for b in prior})
        key = prior[0].key if kinds == 1 else _last_listed(prior, start, lowered, reader) if kinds else ""
        if key:
            out.append(Bound(key, _value(group), quoted(shown, start, end), start, end))
    return out


def _after_its_time(lowered: str, start: int, end: int, code: str) -> bool:
    """Whether a number or a range from ``start`` to ``end`` is said right after its time of day, at
    the end of its clause, which starts with that time ("; por la tarde, dé 1 o 2.", "In the
    afternoon, give 1 or 2."): a count said without its thing, after it."""
    before, after = elided_after_time(code)
    return bool(after.match(lowered, end) and before.search(lowered, max(0, start - 64), start))


def _last_listed(prior: list[Bound], start: int, lowered: str, reader: Reader) -> str:
    """The thing of a count said without it, starting at ``start``, after the things ``prior`` (two
    or more kinds) said in a list: "1 capsule at noon, 1 tablet in the morning and 2 at night" counts
    tablets, the last named, where each thing has its own time of day and a comma or a word that joins
    clauses after it ("1 capsule at noon and 1 tablet in the morning and 2 at night"), and the last
    thing its time of day before the count; or "" (unsure: "1 tablet and 1 capsule in the morning, and
    2 at night", two things of one time)."""
    if not reader.day_time.search(lowered, prior[-1].end, start):
        return ""
    for this, that in pairwise(prior):
        if not (LIST_NEXT.search(lowered, this.end, that.start)
                and reader.day_time.search(lowered, this.end, that.start)):
            return ""
    return prior[-1].key


def _as_read(text: str) -> str:
    """``text`` as the number check reads its numbers (numbercheck._check_digits): a citation's
    number is no count, a vulgar fraction is its digits."""
    if "[" in text:
        text = CITATION.sub(" ", visible(text))
    return fractions_as_digits(mask(text))


def bindings(text: str, lang: str, territory: str = "US", units: Units = ()) -> Reading:
    """Each count of ``text`` bound to its thing, surely, in the text's order, with its clause."""
    reader = count_reader(lang)
    if reader is None:
        return Reading(text, [])
    text = _as_read(text)
    lowered = text.lower()
    shown = text if len(text) == len(lowered) else lowered  # ("İ" lower case is two characters)
    numbers, numbered, found = _numbers(text, lowered, reader, number_locale(lang, territory), units)
    if SIZED.search(lowered):  # (seldom) "dos cucharaditas"
        sized = _sized_in_words(text, lowered, lang, units)
        found += sized  # ("one" of "one or two teaspoons" is its range's, no count of its own)
        numbers = [number for number in numbers if not any(b.start <= number[0] < b.end for b in sized)]
    bare = []  # (seldom) a count said without its thing: "and 2 at night"
    for group in _ranges(numbers, lowered, reader.code):
        said = _bound(group, lowered, shown, reader)
        found += said
        if not said:
            bare.append(group)
    for start, end, key, value in numbered:  # "el 2.º día" is day 2
        found.append(Bound(f"{key} N", (value,), quoted(shown, start, end), start, end))
    for m in reader.ordinal.finditer(lowered):  # "el primer día" is day 1
        key = f"{next(group for group in NUMBERED if m[group])} N"
        found.append(Bound(key, (Decimal(AS_DIGITS[reader.code][m["n"]]),), quoted(shown, m.start(), m.end()),
                            m.start(), m.end()))
    if reader.code == "en":
        for m in EN_TIMES.finditer(lowered):
            found.append(Bound("time", (EN_TIMES_VALUE[m[1]],), quoted(shown, m.start(), m.end()), m.start(),
                                m.end()))
    if bare:
        found += _elided(bare, found, lowered, shown, reader)
    # (seldom) "2 teaspoons in the morning", "1 tablet in the morning and 2 tablets at night"
    if len({bound.key for bound in found}) < len(found) or any(bound.key in SIZED_SPOONS for bound in found):
        times = _qualified(list(reader.day_time.finditer(lowered)), lowered, reader.code)
        named = {m.lastgroup or "" for m in times}  # "with dinner" and "at bedtime": two times, so "at night" and it
        found += [_day_time(m, lowered, shown, bool(OWN_BESIDE.get(m.lastgroup or "", set()) & named)) for m in times]
    found.sort(key=lambda bound: bound.start)
    return Reading(shown, in_clauses(found, lowered, reader.clause_break))


def _qualified(times: list[re.Match[str]], lowered: str, code: str) -> list[re.Match[str]]:
    """The times of day of a text, without a part of the day said right beside a time within it, which
    only says when that time is: "por la noche con la cena" is dinner, "à noite no jantar", "le soir au
    souper" and "at night before bed" too (a dinner and a bedtime are then two times, as where no
    part is said; and a part so said is no time of its own beside them)."""
    out = []
    for i, m in enumerate(times):
        beside = [(times[i - 1], m) if i else None, (m, times[i + 1]) if i + 1 < len(times) else None]
        if not any(pair and PART_OF.get((pair[0] if pair[1] is m else pair[1]).lastgroup or "") == m.lastgroup
                   and qualifier_gap(code).fullmatch(lowered, pair[0].end(), pair[1].start()) for pair in beside):
            out.append(m)
    return out


def _day_time(m: re.Match[str], lowered: str, shown: str, own: bool) -> Bound:
    """A time of day, bound: its place in the day (a meal's or bedtime's own where ``own``: its text
    says another time of its part of the day), its words without the article its noun needs ("la
    mañana" is quoted "mañana", as "in the morning" is "morning")."""
    article = DAY_TIME_ARTICLE.match(lowered, m.start(), m.end())
    start = m.start() if article is None else article.end()
    key = m.lastgroup or ""
    return Bound(DAY_TIME, (OWN_VALUE[key] if own else DAY_TIME_VALUE[key],), quoted(shown, start, m.end()), start,
                 m.end())
