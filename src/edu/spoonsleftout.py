"""QA, part of the number check: a count said without its spoon, which counts the spoon counted before
it as countbindings.py binds it, against the other text's count of another size (countswaps.py asks
it; the number check asks spoons_left_out through countswaps).

The number check asks this reading too of a count said without its spoon that it finds lost or added
("2" of "Give 1 teaspoon in the morning and 2 at night" against "2 cucharaditas"), or a range so said
("1 or 2" of "… and 1 or 2 at night" against "1 o 2 cucharaditas"), or of one the other text says so
in words ("one or two" against "1 o 2 cucharaditas"; "1 or 2" against "una o dos cucharaditas"): the
same spoon said again passes, another size is named ("2 cucharadas", "1 o 2 cucharadas":
tablespoons); spoons_left_out. Where both texts say such a count in words, no number is lost: this
reading pairs the counts of sized spoons of the two texts by the times of day of their clauses, where
each text binds each to one time plainly ("one or two" of "… and one or two at night" against "Por la
noche, una o dos cucharadas; por la mañana, …": tablespoons, an error), else in their order where both
count the same numbers of them ("una o dos cucharaditas" or "una o dos" pass), and where the pairs
that say their spoon on both sides say the same size; spoons_left_out_in_words.

In: the number check's lost and added quantities and the two texts, or the two readings' counts. Out:
what is still lost and added, and what a message says of another size.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from decimal import Decimal

from . import langtag
from .countbindings import Bound, bindings
from .countwords import CUCHARADA, DAY_TIME, SIZED_KEYS, SIZED_SPOONS, says_count
from .findings import Context
from .model import Quantity
from .spooncheck import may_count_spoons

# A spoon's size as a message names a count of it ("2" of "1 teaspoon … and 2 at night" counts teaspoons)
_SPOONS_SAID = {"teaspoon": "teaspoons", "tablespoon": "tablespoons", CUCHARADA: "tablespoons"}


def spoons_left_out(lost: list[Quantity], added: list[Quantity], src: str, tr: str,
                    ctx: Context) -> tuple[list[Quantity], list[Quantity], list[str]]:
    """What the number check still finds lost (of the source) and added (of the translation) once a
    count said without its spoon, which counts the spoon counted before it ("2" of "Give 1 teaspoon
    in the morning and 2 at night", as this reading binds it), or a range so said ("1 or 2" of "… and
    1 or 2 at night", "1 a 2" of "… y 1 a 2 por la noche"), in digits or in words ("two", "one or
    two", "una o dos"), is matched with the same number or range that the other text says with its
    spoon ("2 cucharaditas", "1 a 2 cucharaditas", "una o dos cucharaditas"), one of the two in
    digits (the number check's; in words on both sides, neither is lost): the same size passes;
    another size is said, the spoons named ('"2" in the source counts teaspoons, as the count before
    it, and "2 cucharadas" in the translation tablespoons'; '"2 teaspoons" in the source is "2" in the
    translation, which counts tablespoons, as the count before it'). Only where both texts have a
    spoon's letters. The lists given are left as they are (new ones are returned)."""
    said: list[str] = []
    if not any(q.unit in _BARE_OR_SIZED for q in (*lost, *added)) or not (
            may_count_spoons(src, ctx.units) and may_count_spoons(tr, ctx.units)):  # nearly every text
        return lost, added, said
    lost, added = list(lost), list(added)
    for bare_side, sized_side, (text, lang), other, in_source in (
            (lost, added, (src, ctx.source_lang), (tr, ctx.lang), True),
            (added, lost, (tr, ctx.lang), (src, ctx.source_lang), False)):
        if not any(not q.unit for q in bare_side) and not any(q.unit in SIZED_KEYS for q in sized_side):
            continue  # (no count without its spoon lost here, nor one with it on the other side)
        others: list[Bound] | None = None  # the other text's sized spoons, read where first needed
        for bound in bindings(text, lang, ctx.territory, ctx.units).bound:
            if bound.key not in SIZED_SPOONS or _with_spoon(bound, langtag.primary(lang)):
                continue
            counts = _said(bare_side, bound, ("",))
            if counts is None:
                continue
            if others is None:
                others = [b for b in bindings(*other, ctx.territory, ctx.units).bound
                          if b.key in SIZED_SPOONS and _with_spoon(b, langtag.primary(other[1]))]
            twin, twin_counts = next(((b, said_so) for b in others if b.value == bound.value
                                      for said_so in [_said(sized_side, b, SIZED_KEYS)]
                                      if said_so is not None and (counts or said_so)), (None, []))
            if twin is None:  # (one of the two in digits: the number check's)
                continue
            others.remove(twin)
            for q in counts:
                bare_side.remove(q)
            for x in twin_counts:
                sized_side.remove(x)
            if not _same_spoon(bound, twin):
                said.append(_other_size_said(bound, twin, in_source))
    return lost, added, said


def spoons_left_out_in_words(a: list[Bound], b: list[Bound], codes: tuple[str, str]) -> list[str]:
    """What spoons_left_out says where both counts are in words, so that the number check finds none
    lost ("one or two" of "Give 1 teaspoon in the morning and one or two at night" against "una o dos
    cucharadas": tablespoons). ``a`` and ``b`` are the two readings' counts, ``codes`` their languages.
    The counts of sized spoons are paired by the time of day of their clauses where that binding is
    clear in both texts (_paired_by_time: "Por la noche, dos cucharadas; por la mañana, una
    cucharadita" for "one teaspoon in the morning and two at night" pairs "two" with "dos
    cucharadas"), else in their order where both texts count the same numbers of them in it; and only
    where every pair that says its spoon on both sides says the same size (else the pairing is no
    guide: "Por la noche, una cucharada; por la mañana, …" with no time of day in the source passes)."""
    spoons_a, spoons_b = ([x for x in bound if x.key in SIZED_SPOONS] for bound in (a, b))
    pairs = _paired_by_time(a, b)
    if pairs is None and [x.value for x in spoons_a] == [y.value for y in spoons_b]:
        pairs = list(zip(spoons_a, spoons_b, strict=True))
    if not pairs:
        return []
    said = [(_with_spoon(x, codes[0]), _with_spoon(y, codes[1]), x, y) for x, y in pairs]
    if any(spoon_x and spoon_y and not _same_spoon(x, y) for spoon_x, spoon_y, x, y in said):
        return []
    return [_other_size_said(x, y, True) if spoon_y else _other_size_said(y, x, False)
            for spoon_x, spoon_y, x, y in said if spoon_x != spoon_y and not _same_spoon(x, y)
            and not any(ch.isdigit() for ch in x.words + y.words)]  # (in digits: the number check's)


def _paired_by_time(a: list[Bound], b: list[Bound]) -> list[tuple[Bound, Bound]] | None:
    """The counts of sized spoons of two readings paired by their times of day, in the source's order,
    where each text binds each to its time clearly (_by_time), both say the same times and each pair
    the same count; else None."""
    by_a, by_b = _by_time(a), _by_time(b)
    if not by_a or by_b is None or by_a.keys() != by_b.keys() or any(
            by_a[time].value != by_b[time].value for time in by_a):
        return None
    return [(by_a[time], by_b[time]) for time in by_a]


def _by_time(bound: list[Bound]) -> dict[tuple[Decimal, ...], Bound] | None:
    """A reading's counts of sized spoons by the time of day of their clauses, where each clause that
    counts one counts one and says one time of day, which no other such clause says; else None."""
    clauses: dict[int, list[Bound]] = defaultdict(list)
    for x in bound:
        clauses[x.clause].append(x)
    found: dict[tuple[Decimal, ...], Bound] = {}
    for said in clauses.values():
        spoons = [x for x in said if x.key in SIZED_SPOONS]
        times = [x.value for x in said if x.key == DAY_TIME]
        if not spoons:
            continue
        if len(spoons) > 1 or len(times) != 1 or times[0] in found:
            return None
        found[times[0]] = spoons[0]
    return found


def _same_spoon(x: Bound, y: Bound) -> bool:
    """Whether two counts of sized spoons count the same spoon ("cucharada" alone is a tablespoon)."""
    return x.key == y.key or {x.key, y.key} <= {"tablespoon", CUCHARADA}


def _other_size_said(bound: Bound, twin: Bound, in_source: bool) -> str:
    """How a message says that ``bound``, a count said without its spoon (of the source where
    ``in_source``), counts another size than ``twin``, the other text's count with its spoon."""
    counted, twin_counts = f"counts {_SPOONS_SAID[bound.key]}, as the count before it", _SPOONS_SAID[twin.key]
    if in_source:
        return f'"{bound.words}" in the source {counted}, and "{twin.words}" in the translation {twin_counts}'
    return f'"{twin.words}" in the source is "{bound.words}" in the translation, which {counted}'


# The units of the counts spoons_left_out may match: a count said without its spoon, or with its size
_BARE_OR_SIZED = frozenset({"", *SIZED_KEYS})


def _with_spoon(bound: Bound, code: str) -> bool:
    """Whether a count of sized spoons in the language ``code`` says its spoon ("2 teaspoons", "2
    cdta", "una o dos cucharaditas"), not only its number ("2", "one or two": a count said without its
    spoon, which ends with its number)."""
    last = bound.words.split()[-1].lower()
    return not (last[-1].isdigit() or says_count(last, code))


def _said(side: list[Quantity], bound: Bound, units: Iterable[str]) -> list[Quantity] | None:
    """The quantities of ``side`` with a unit of ``units`` that say the count ``bound``, a number or
    each number of a range, and nothing else within it; none ([]) where ``bound`` is said in words
    ("one or two", "dos cucharaditas"); None where it is in digits that ``side`` does not hold (the
    number check matched them)."""
    if not any(ch.isdigit() for ch in bound.words):
        return []
    found = [q for q in side if bound.start <= q.start and q.end <= bound.end]
    if not found or any(q.unit not in units for q in found) or tuple(sorted({q.value for q in found})) != bound.value:
        return None
    return found


def spoons_left_out_said(said: list[str]) -> str:
    """What a message says of the counts said without their spoon that spoons_left_out found another
    size for."""
    return f"{'; '.join(said)}: keep each spoon's size as the source gives it"
