"""QA: the number check's part on spoons counted in words (an error): "two teaspoons" is never "dos
cucharadas" (a tablespoon), "two spoonfuls" never "deux cuillerées à soupe" (a size added), "two
tablespoons" never "duas colheres" (the size dropped); and how a message says a spoon's size that a
count in digits adds or drops (numbercheck.py compares the digits: spoons.spoon_sizes_changed).

In: (source text, translation, Context). Out: at most one ``Finding``. The counts of spoons in words
are read by numberwords.spelled_spoons, their sizes by spoons.spoon_of.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from decimal import Decimal

from .findings import Context, Finding, finding
from .model import Quantity
from .numberwords import spelled_spoons
from .prose import mask
from .quantities import Units
from .spoons import spoon_sizes

_SPOON_SIZES = {"tsp": "a teaspoon", "tbsp": "a tablespoon", "cucharada": "a tablespoon"}


# A count of spoons on each side, one with the spoon's size, the other without: (the source's words,
# its size, the translation's words, its size), each size "tsp", "tbsp" or "any" (none)
Pair = tuple[str, str, str, str]


def spoon_sizes_said(pairs: list[Pair]) -> str:
    """What a message says of the counts of spoons whose size the translation adds or drops (each
    pair's sized spoon in its words: "2 cucharadas soperas", not the "1" of "1 a 2 cucharadas soperas")."""
    sized = [pair for pair in pairs if any(ch.isalpha() for ch in (pair[0] if pair[1] != "any" else pair[2]))] or pairs
    said = []
    for lost, lost_size, added, added_size in sized:
        if lost_size != "any":
            said.append(f'"{lost}" in the source gives the spoon\'s size ({_SPOON_SIZES[lost_size]}) and the '
                        "translation drops it: keep the size")
        else:
            said.append(f'the source\'s spoon has no size and "{added}" adds one ({_SPOON_SIZES[added_size]}): '
                        "count spoons of no size, as the source does")
    return "; ".join(dict.fromkeys(said))


def digits_pairs(pairs: list[tuple[Quantity, Quantity]]) -> list[Pair]:
    """The pairs of spoons.spoon_sizes_changed (a spoon of no size is a bare count) as ``Pair``."""
    return [(q.text, q.unit or "any", x.text, x.unit or "any") for q, x in pairs]


def sizes_against_words(lost: list[Quantity], added: list[Quantity], a: Sequence[Quantity],
                        b: Sequence[Quantity], src: str, tr: str, ctx: Context) -> list[Pair]:
    """The counts of spoons in digits that one text loses (of ``a``) or adds (of ``b``) whose count the
    other text says in words with the spoon's size where the digits give none, or none where they give
    one ("two tablespoons": "2 cucharas"; "2 spoonfuls": "dos cucharadas soperas"). Only where both
    texts have a spoon's letters."""
    if not may_count_spoons(src, ctx.units) or not may_count_spoons(tr, ctx.units):  # nearly every text
        return []
    pairs = []
    for digits, sizes, words, lost_in_digits in (
            (lost, spoon_sizes(a), spelled_spoons(mask(tr), ctx.lang, ctx.units, ranges=True), True),
            (added, spoon_sizes(b), spelled_spoons(mask(src), ctx.source_lang, ctx.units, ranges=True), False)):
        for q in digits:
            size = sizes.get(id(q), "")
            twin = next((w for w in words if w[1] == q.value and "any" in {size, w[2]}
                         and {size, w[2]} & {"tsp", "tbsp"}), None)
            if twin is not None:
                words.remove(twin)
                pairs.append((q.text, size, twin[0], twin[2]) if lost_in_digits else (twin[0], twin[2], q.text, size))
    return pairs


def same_spoons_in_words(lost: list[Quantity], added: list[Quantity], a: Sequence[Quantity], b: Sequence[Quantity],
                         src: str, tr: str, ctx: Context, taken: tuple[Counter[tuple[Decimal, str]], ...] = (),
                         ) -> tuple[list[Quantity], list[Quantity]]:
    """What is still lost (of ``a``) and added (of ``b``) once a count of spoons in digits is matched with
    the same count the other text says in words, a spoonful as a Spanish "cucharada" alone ("2
    spoonfuls": "dos cucharadas"; "two spoonfuls": "2 cucharadas"), as digits match them (quantities.unmatched).
    ``taken``: the counts in words of the translation and of the source (value, unit) that already stand
    for a number, left out ("1 tablespoon … and 1 tablespoon" against "una cucharada … y una cucharadita":
    "una cucharada" is the first, never the second too)."""
    if not may_count_spoons(src, ctx.units) or not may_count_spoons(tr, ctx.units):  # nearly every text
        return lost, added
    taken = taken or (Counter(), Counter())
    for side, digits, words in (
            (lost, a, _not_taken(spelled_spoons(mask(tr), ctx.lang, ctx.units, ranges=True), taken[0])),
            (added, b, _not_taken(spelled_spoons(mask(src), ctx.source_lang, ctx.units, ranges=True), taken[1]))):
        sizes = spoon_sizes(digits)  # (a "cucharada" alone has none: a tablespoon or a spoonful)
        for q in list(side):
            size = sizes.get(id(q)) or ("cucharada" if q.unit == "tbsp" else "")
            twin = next((w for w in words if w[1] == q.value and (size, w[2]) in _SAME_SPOON), None)
            if twin is not None:
                words.remove(twin)
                side.remove(q)
    return lost, added


def other_sizes_in_words(lost: list[Quantity], added: list[Quantity], src: str, tr: str, ctx: Context,
                         taken: tuple[Counter[tuple[Decimal, str]], ...]) -> str:
    """What a message says of the counts of sized spoons in digits that one text loses (or adds) where the
    other says the same count in words with another size ('"1 tablespoon" in the source is "una
    cucharadita" in the translation (a teaspoon for a tablespoon)'), the words ``taken`` left out; or ""."""
    if not any(q.unit in ("tsp", "tbsp") for q in (*lost, *added)) or not (
            may_count_spoons(src, ctx.units) and may_count_spoons(tr, ctx.units)):  # nearly every text
        return ""
    said = []
    for digits, words, in_source in (
            (lost, _not_taken(spelled_spoons(mask(tr), ctx.lang, ctx.units, ranges=True), taken[0]), True),
            (added, _not_taken(spelled_spoons(mask(src), ctx.source_lang, ctx.units, ranges=True), taken[1]), False)):
        ends = {w[0] for w in words for start in words if start is not w and start[0].endswith(w[0])}
        words = [w for w in words if w[0] not in ends and not any(w[0].endswith(end) for end in ends)]  # (no range:
        # "one or two teaspoons" for "1 a 2 cucharadas" is said of the numbers)
        for q in digits:
            twin = next((w for w in words if w[1] == q.value and w[2] != "any" and q.unit in ("tsp", "tbsp")
                         and _UNIT_OF_SIZE[w[2]] != q.unit), None)
            if twin is None:
                continue
            words.remove(twin)
            (was, size), (now, other) = ((q.text, q.unit), twin[::2]) if in_source else (twin[::2], (q.text, q.unit))
            said.append(f'"{was}" in the source is "{now}" in the translation ({_spoon_change(size, other)})')
    return "; ".join(said)


def _not_taken(words: list[_Words], taken: Counter[tuple[Decimal, str]]) -> list[_Words]:
    """``words`` (spelled_spoons) without the counts ``taken`` (value, unit: a size as a unit, a spoon of
    no size a bare count), the first of each."""
    left = Counter(taken)
    kept = []
    for spoon in words:
        pair = (spoon[1], _UNIT_OF_SIZE[spoon[2]])
        if left[pair] > 0:
            left[pair] -= 1
        else:
            kept.append(spoon)
    return kept


_Words = tuple[str, Decimal, str]  # a count of spoons in words (spelled_spoons)
_UNIT_OF_SIZE = {"tsp": "tsp", "tbsp": "tbsp", "cucharada": "tbsp", "any": ""}
# The letters of a spoon in the five languages (SPOON_WORDS and the units tsp and tbsp): a quick look
# before the counts in words of spoons are read
_SPOON_STEMS = ("spoon", "tsp", "tbsp", "cuchar", "colher", "cuill", "thìa", "muỗng", "cda", "cdta", "cdita", "c/c",
                "c/s", "càc", "càs", "c.à", "c. à")
# ("c.\u00a0à café": the abbreviation's other spaces)
_SPACED_C = re.compile(r"c\.\s+à")
# A spoon's size and the other side's that may be the same: a "cucharada" alone is a tablespoon or a spoonful
_SAME_SPOON = frozenset({("cucharada", "any"), ("any", "cucharada"), ("cucharada", "tbsp"), ("tbsp", "cucharada")})


def check_spoons_in_words(src: str, tr: str, ctx: Context) -> list[Finding]:
    """A count of spoons in words keeps its spoon, as digits do (numbercheck.py, spoons.spoon_sizes_changed):
    "two teaspoons" is never "dos cucharadas" (a tablespoon), "two spoonfuls" never "deux cuillerées à
    soupe" (a size added), "two tablespoons" never "duas colheres" (the size dropped). Only where both
    texts count the same spoons in words; a count changed is numberwordscheck.py's."""
    if not may_count_spoons(src, ctx.units) or not may_count_spoons(tr, ctx.units):  # nearly every text
        return []
    left = spelled_spoons(mask(tr), ctx.lang, ctx.units, ranges=True)
    said: list[tuple[str, str, str]] = []
    for words, value, size in spelled_spoons(mask(src), ctx.source_lang, ctx.units, ranges=True):
        same = [x for x in left if x[1] == value]
        twin = next((x for x in same if x[2] == size or (size, x[2]) in _SAME_SPOON), same[0] if same else None)
        if twin is None:
            continue
        left.remove(twin)
        # (a range's end is said with the range: "one or two teaspoons", not "two teaspoons" again)
        if twin[2] != size and (size, twin[2]) not in _SAME_SPOON and not any(
                words in range_words and twin[0] in range_twin for range_words, range_twin, _ in said):
            said.append((words, twin[0], _spoon_change(size, twin[2])))
    if not said:
        return []
    changed = "; ".join(f'"{words}" in the source is "{twin}" in the translation ({change})'
                        for words, twin, change in said)
    return [finding("number", f"{changed}: keep each spoon's size as the source gives it, or none where it gives none")]


def may_count_spoons(text: str, units: Units = ()) -> bool:
    """A quick look: whether ``text`` has the letters of a spoon (a word of one or a unit, the project's
    too: spelled_spoons finds none in a text without them, tests/test_quick_looks.py)."""
    lowered = text.lower()
    for stem in _SPOON_STEMS:  # (a loop: any() of a generator takes twice as long)
        if stem in lowered:
            return True
    return ("c." in lowered and _SPACED_C.search(lowered) is not None) or any(
        word in lowered for word, unit in units if unit in ("tsp", "tbsp"))


def _spoon_change(size: str, other: str) -> str:
    """What changed from a spoon of ``size`` to one of ``other`` (spoons.spoon_of)."""
    if size == "any":
        return f"a size added: {_SPOON_SIZES[other]}"
    if other == "any":
        return "its size dropped"
    return f"{_SPOON_SIZES[other]} for {_SPOON_SIZES[size]}"
