"""QA, part of the number check: two counts exchanged between the things they count. "Take 2 tablets 3
times a day" as "Tome 3 tabletas 2 veces al día" keeps the source's numbers (the number check compares
them as a set) and gives three tablets twice a day; "Take 7 tablets on day 1" as "Tome 1 tableta el
día 7" puts the loading dose on the wrong day.

Each count is bound to the thing it counts, where the words say so plainly: a number right before a
count noun ("2 tablets", "dos tabletas", "catorce gotas", "3 times", "twice a day", "2 viên", "3
lần", "2 tazas", "3 cajas", "2 tubes"), or with one to four adjectives between, each maybe up to
three words joined by hyphens ("2 small round white coated tablets", "2 film-coated tablets", "2
extended-release-coated tablets", "dos pequeñas tabletas"; never a word that joins, points or
counts, nor a verb, a preposition, a pronoun or an auxiliary: "2 each time", "day 2 take tablets",
"day 2 you will need tablets", "day 2 crush tablets"; never before "times"), or right after the noun
of a numbered day, dose or week ("day 1", "el día 7", "dose 2", "semana 3"), or said with its
ordinal, in words or digits ("el primer día", "le septième jour", "ngày thứ hai", "el 7.º día", "7th
day", "le 7e jour", "ngày thứ 7"). Spanish "sobre" is a packet only after its count ("2 sobres", "1
sobre de polvo"; "2 sobre la piel" is on the skin). The numbers are the number check's own: digits
as quantities.py reads them with the locale's marks ("1,5" is one number in Spanish, a number with
its unit, "2 days", is no count), words as numberwords.py reads them. A range is one count of its
thing ("1 to 2 tablets", "one or two", "days 1 and 2"), compared as a whole; where a range's join
stands between the number of a day and a count ("day 1 and 1 tablet"), the last number is the count
and the others the day.

An exchange is an error: the source binds N to one thing and M to another, and the translation binds
them the other way round (each thing counted once in each text, anywhere in it); or, where a thing is
counted twice, the same counts are paired otherwise in the clauses ("2 tablets on day 1 and 1 tablet
on day 2" as "2 tabletas el día 2 y 1 tableta el día 1"; a clause ends at ".", ";", "!", "?" or an
"and", "y", "e", "et", "và", "then", "luego", "puis"…, or an "or" between two counts, "o", "u", "ou",
"hoặc", a Vietnamese "hay" before a count ("1 tablet 3 times a day or 2 tablets 2 times a day"; never
the "or" of a range, "1 or 2 tablets", nor one before a thing's word, "2 tablets or capsules"), and at
a comma only where the clause would count a thing twice: "2 tablets on day 1, 1 tablet on day 2" is
two clauses, "El día 1, tome 2 tabletas" one; where no comma parts them, where the clause says the
same things again in the same order: "2 tablets on day 1 with 1 tablet on day 2" is two; or in another
order, where each count's day or time is nearer in its own turn than in any other: "On day 1 take 2
tablets with 1 tablet on day 2" is two). Where a text counts a thing twice, a time of day binds too
("in the morning", "por la noche", "before bed", "antes de dormir", "with breakfast", "con la cena",
"au coucher", "bữa tối"; a meal is its part of the day, and bedtime the evening, except where its
text says that part too, or for dinner bedtime: "1 tablet with dinner and 2 at bedtime", "4 drops at
night and 2 at bedtime" are two times; a part of the day said right beside a time within it only says
when that is: "por la noche con la cena" is dinner, "at night before bed" bedtime): "1 tablet in the
morning and 2 tablets at night" as "2
tabletas por la mañana y 1 tableta por la noche" is an error; a count said without its thing, right after a joining
word or a comma and right before its time of day, counts the thing counted before it ("1 tablet in the
morning and 2 at night" as "2 tabletas por la mañana y 1 por la noche" is an error; "a las 2 de la
noche" is a time), or right after its time of day that starts its clause, at the clause's end ("Por la
tarde, dé 1 o 2": its sentence, or where that counts nothing before it, the sentence before), where
its sentence counts one thing before it ("1 tablet and 1 capsule in the
morning, and 2 at night" binds no 2), or names its things in a list, each with its own time of day
and a comma after it: the last thing named ("1 capsule at noon, 1 tablet in the morning and 2 at
night": two tablets). A message quotes a time of day as English "in the morning" is, "morning":
without the article its noun needs ("mañana" of "por la mañana", "tarde" of "à tarde"); and a count
with its day, time or frequency as the span that holds both where only words that lead to a time
stand between ("2 tablets on day 1", "2 veces al día 1 tableta"), else each one's words: "day 1: 2
tablets" of "On day 1 take 2 tablets" (the verb is no part of the dose).
Whatever the reading is unsure of passes: a thing whose word the translation does not use ("pill" said
"cápsula"), a thing off the list ("2 wipes"), a thing counted twice in one clause with no comma
between and no turns (tablet, tablet, day, day; or turns where a count's partner is as near in another
turn: day, tablet, time, time, day, tablet), a count said without its thing after two things that
are no such list ("1 tablet and 1 capsule in the morning, and 2 at night"), an
ordinal of another thing ("the second tablet"), a count with a unit ("2 days": the number check's own,
with its unit).

A count of teaspoons or tablespoons ("2 teaspoons", "dos cucharaditas", "2 colheres de sopa", "deux
cuillères à café", "2 thìa canh") binds to its size, and where a text counts sized spoons, a time of
day binds too: a sized spoon and a time of day, a day or a count of times are compared clause by
clause, the sizes and counts together, so sizes exchanged between clauses are an error, whose message
names the spoons ("2 teaspoons in the morning and 2 tablespoons at night" as "2 cucharadas en la
mañana y 2 cucharaditas en la noche": teaspoons and tablespoons are exchanged between "morning" and
"night"); so does one where each size moves with its number ("1 teaspoon in the morning and 2
tablespoons at night" as "2 cucharadas por la mañana y 1 cucharadita por la noche": "each with its
number"), while counts of one size moved keep the counts' message. A Spanish "cucharada" alone (a
tablespoon or a spoonful) is read as the other text's tablespoon or spoonful, whichever it counts;
where it counts both or neither, it passes.

The words are countwords.py's, the reading of each text countbindings.py's; this module compares the
two readings.

The number check asks this reading too of a count said without its spoon (spoonsleftout.py, which
reads it with these bindings): spoons_left_out, spoons_left_out_in_words.

In: (source, translation, Context), after the number check found the same numbers on both sides. Out:
at most one ``Finding``. English, Spanish, Portuguese, French and Vietnamese; any other language passes.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from decimal import Decimal
from itertools import combinations
from typing import NamedTuple

from .countbindings import Bound, Reading, bindings, quoted
from .countwords import (
    CUCHARADA,
    DAY_TIME,
    SIZED_KEYS,
    count_reader,
    may_bind,
    partner_gap,
)
from .findings import Context, Finding, finding
from .spoonsleftout import spoons_left_out as spoons_left_out  # (where the number check imports them)
from .spoonsleftout import spoons_left_out_in_words
from .spoonsleftout import spoons_left_out_said as spoons_left_out_said

# A teaspoon and a tablespoon are one thing in a clause's pairs, a sized spoon, told apart by their
# counts (the size with the number): sizes exchanged between clauses pair the same counts otherwise
# ("2 teaspoons in the morning and 2 tablespoons at night" as "2 cucharadas en la mañana y 2
# cucharaditas en la noche"). A time of day is paired with a sized spoon only.
_SIZED = "sized spoon"
_KIND = {key: _SIZED for key in SIZED_KEYS.values()}
Count = tuple[str, tuple[Decimal, ...]]  # (the key, the count): a size with its number
# What a spoon's size goes with, as its message says it.
_PARTNER = {DAY_TIME: "time of day", "day N": "day", "dose N": "dose", "week N": "week", "time": "frequency"}


def _kind(key: str) -> str:
    return _KIND.get(key, key)


def _as_spoon(reading: Reading, other: Reading) -> Reading:
    """``reading`` with each Spanish "cucharada" alone (a tablespoon or a spoonful) read as the spoon
    ``other`` counts: its tablespoons where it counts no spoonfuls, its spoonfuls where it counts no
    tablespoons; where it counts both or neither, "cucharada" stays a key of its own (and passes)."""
    if not any(b.key == CUCHARADA for b in reading.bound):
        return reading
    keys = {b.key for b in other.bound} & {"tablespoon", "spoon"}
    if len(keys) != 1:
        return reading
    key = keys.pop()
    return reading._replace(bound=[b._replace(key=key) if b.key == CUCHARADA else b for b in reading.bound])


def _counted_once(bound: list[Bound]) -> dict[str, Bound]:
    """The things counted once in a text, each with its count (never a time of day: no count)."""
    times = Counter(b.key for b in bound)
    return {b.key: b for b in bound if times[b.key] == 1 and b.key != DAY_TIME}


def _exchanged(a: list[Bound], b: list[Bound]) -> list[tuple[str, str, str, str]]:
    """Two things each counted once in each text, whose counts the translation exchanges: (the
    source's words of the first, the translation's, and of the second)."""
    once_a, once_b = _counted_once(a), _counted_once(b)
    found = []
    for key, this in once_a.items():
        if key not in once_b or once_b[key].value == this.value:
            continue
        other = next((k for k, that in once_a.items() if k != key and that.value == once_b[key].value and
                      k in once_b and once_b[k].value == this.value), None)
        if other is not None and this.start < once_a[other].start:  # each pair once, in the source's order
            found.append((this.words, once_b[key].words, once_a[other].words, once_b[other].words))
    return found


class _Pair(NamedTuple):
    """Two things a clause counts once each: their counts, the clause's words, and each one's."""

    this: Count
    that: Count
    words: str
    said: tuple[str, str]


def _pairs(reading: Reading, key: str, other: str, code: str) -> list[_Pair]:
    """The counts of the things of kind ``key`` and ``other`` each clause says once each."""
    clauses: dict[int, list[Bound]] = defaultdict(list)
    for bound in reading.bound:
        if _kind(bound.key) in (key, other):
            clauses[bound.clause].append(bound)
    found = []
    for said in clauses.values():
        if sorted(_kind(b.key) for b in said) == sorted((key, other)):
            this, that = sorted(said, key=lambda b: _kind(b.key) != key)
            found.append(_Pair((this.key, this.value), (that.key, that.value), _said_together(reading.text, said, code),
                               (this.words, that.words)))
    return found


def _said_together(text: str, said: list[Bound], code: str) -> str:
    """Two counts of a clause as a message quotes them: the span that holds both, where only a few
    words that lead to a time stand between ("2 tablets on day 1", "1 teaspoon in the morning");
    else each one's words, in the text's order ("day 1: 2 tablets" of "day 1 take 2 tablets": the
    verb is no part of the dose)."""
    first, second = sorted(said, key=lambda b: b.start)
    if partner_gap(code).fullmatch(text.lower(), first.end, second.start):
        return quoted(text, first.start, second.end)
    return f"{first.words}: {second.words}"


def _unsized(pair: _Pair) -> tuple[Count, Count]:
    """A pair's counts, a spoon's size left out ("2 teaspoons" is "2 sized spoons")."""
    this, that = pair.this, pair.that
    return (_kind(this[0]), this[1]), (_kind(that[0]), that[1])


# (the source's clause, the translation's) of each pair of counts paired otherwise; where the
# translation exchanges the sizes of spoons, the source's words each size goes with ("morning", "day
# 1"), what kind of thing those are ("time of day", "day N", "time"), and whether the spoons' numbers
# go with their sizes (the same numbers each side, "1 teaspoon … 2 tablespoons" as "2 cucharadas … 1
# cucharadita") rather than stay where they are ("2 teaspoons … 2 tablespoons" as "2 cucharadas … 2
# cucharaditas")
_Otherwise = tuple[list[tuple[str, str]], list[str], str, bool]


def _paired_otherwise(a: Reading, b: Reading, codes: tuple[str, str]) -> _Otherwise:
    """Where a thing is counted twice or more, the first two things whose counts the clauses pair
    otherwise in the translation, with the same counts."""
    times_a, times_b = Counter(_kind(x.key) for x in a.bound), Counter(_kind(x.key) for x in b.bound)
    keys = list(dict.fromkeys(_kind(x.key) for x in a.bound if _kind(x.key) in times_b))
    for key, other in combinations(keys, 2):
        if max(times_a[key], times_a[other], times_b[key], times_b[other]) < 2:
            continue  # each counted once: _exchanged's
        said, put = _pairs(a, key, other, codes[0]), _pairs(b, key, other, codes[1])
        if (not said or len(said) != len(put) or Counter(p[:2] for p in said) == Counter(p[:2] for p in put)
                or Counter(v for p in said for v in p[:2]) != Counter(v for p in put for v in p[:2])):
            continue
        left = [p for p in put if p[:2] not in {q[:2] for q in said}]
        found, partners, sizes = [], [], set()
        for pair in said:
            if pair[:2] in {p[:2] for p in put} or not left:
                continue
            twin = next((p for p in left if p.this == pair.this), next((p for p in left if p.that == pair.that),
                                                                     left[0]))
            left.remove(twin)
            found.append((pair.words, twin.words))
            partners.append(pair.said[key == _SIZED])
            sizes.add((pair.this if key == _SIZED else pair.that)[0])
        same = Counter(map(_unsized, said)) == Counter(map(_unsized, put))
        # the spoons are what differs: their sizes exchanged, alone or with their numbers
        sized = _SIZED in (key, other) and (same or len(sizes) > 1)
        return found, partners if sized else [], other if key == _SIZED else key, same
    return [], [], "", True


def check_swapped_counts(src: str, tr: str, ctx: Context) -> list[Finding]:
    """Two counts the translation puts on each other's things ("2 tablets … 3 times" as "3 tabletas
    … 2 veces"), or pairs otherwise in its clauses ("2 tablets on day 1 and 1 tablet on day 2" as "2
    tabletas el día 2 y 1 tableta el día 1"): the same numbers, so the number check's comparison as a
    set does not see it."""
    reader_a, reader_b = count_reader(ctx.source_lang), count_reader(ctx.lang)
    if src == tr or reader_a is None or reader_b is None:
        return []
    if not may_bind(src, reader_a) or not may_bind(tr, reader_b):  # nearly every entry
        return []
    a = bindings(src, ctx.source_lang, ctx.territory, ctx.units)
    b = bindings(tr, ctx.lang, ctx.territory, ctx.units)
    left_out = spoons_left_out_in_words(a.bound, b.bound, (reader_a.code, reader_b.code))
    if left_out:  # "one or two" after "1 teaspoon" as "una o dos cucharadas": another spoon, no number changed
        return [finding("number", spoons_left_out_said(left_out))]
    a, b = _as_spoon(a, b), _as_spoon(b, a)
    exchanged = [f'"{words}" in the source is "{put}" in the translation, and "{other}" is "{other_put}"'
                 for words, put, other, other_put in _exchanged(a.bound, b.bound)]
    sized: list[str] = []
    same = True
    if not exchanged:
        clauses, sized, partner, same = _paired_otherwise(a, b, (reader_a.code, reader_b.code))
        exchanged = [", and ".join([f'"{clauses[0][0]}" in the source is "{clauses[0][1]}" in the translation',
                                    *(f'"{said}" is "{put}"' for said, put in clauses[1:])])] if clauses else []
    if not exchanged:
        return []
    if sized and same:  # "2 teaspoons in the morning and 2 tablespoons at night" as "2 cucharadas … mañana y 2 …"
        return [finding("number", f"{exchanged[0]}: teaspoons and tablespoons are exchanged between "
                        f"{_listed(sized)} (the same numbers, another dose); keep each spoon's size with its "
                        f"{_PARTNER.get(partner, 'count')}, as the source does")]
    if sized:  # "1 teaspoon in the morning and 2 tablespoons at night" as "2 cucharadas … mañana y 1 cucharadita …"
        return [finding("number", f"{exchanged[0]}: teaspoons and tablespoons are exchanged between "
                        f"{_listed(sized)}, each with its number (another dose at each); keep each spoon's size "
                        f"and number with its {_PARTNER.get(partner, 'count')}, as the source does")]
    return [finding("number", f"{'; '.join(exchanged)}: the counts are exchanged between the things they count "
                    "(the same numbers, another dose); keep each count with its thing, as the source does")]


def _listed(words: list[str]) -> str:
    """'"morning" and "night"', '"day 1", "day 2" and "day 3"'."""
    quoted_words = [f'"{w}"' for w in words]
    return " and ".join([", ".join(quoted_words[:-1]), quoted_words[-1]] if len(words) > 1 else quoted_words)
