"""Counts of spoons in digits and words: which spoon a count says ("2 teaspoons": a teaspoon; "2
spoonfuls", "dos cucharas": a spoon of no size; a Spanish "cucharada" alone: a tablespoon or a
spoonful), so that a teaspoon for a tablespoon (three times the dose) or a size added or dropped is
seen.

In: quantities (quantities.quantities reads them, a bare count of spoons as ``Spoonful``) or a
count's words and unit. Out: each count's size or kind; the pairs of counts whose size one side adds
or drops (the number check's advice: spooncheck.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .model import Quantity

# A spoon counted with no measure ("2 spoonfuls", "2 cucharas", "2 colheres", "2 cuillerées"): a bare
# count, which unmatched matches with a "cucharada" too, and the thing countswaps.py binds it to (its
# "spoon" key: one list of the words for both)
SPOON_WORDS = {"en": "spoonful|spoon", "es": "cuchara", "pt": "colherada|colher", "fr": "cuillerée|cuillère|cuiller",
               "vi": "thìa|muỗng"}
SPOON = re.compile(rf"[ \u00a0]+(?i:(?:{'|'.join(SPOON_WORDS.values())})(?:e?s)?)(?![^\W\d_])")


def spoon_of(text: str, count: str, unit: str, end: int) -> tuple[str, int]:
    """The spoon a count of ``text`` says, as its size and where its words end: the count's unit,
    "tsp" or "tbsp", where ``count`` (its words or digits with its unit word, ending at ``end``) says
    one; "cucharada" for a Spanish "cucharada" alone, a tablespoon or a spoonful; "any" for a spoon
    of no size after a count without a unit ("2 spoonfuls", "dos cucharas"); else ("", ``end``)."""
    if unit in ("tsp", "tbsp"):
        return ("cucharada" if _CUCHARADA.search(count) else unit), end
    spoon = SPOON.match(text, end) if not unit else None
    return ("any", spoon.end()) if spoon else ("", end)


class Spoonful(Quantity):
    """A bare count of spoons (or a range's start whose end is one: "1 to 2 spoonfuls"), read as
    every other bare count is; its class only tells unmatched what it counts."""


# "cucharada" alone: a tablespoon, and the everyday Spanish for a spoonful ("cucharada sopera": a tablespoon)
_CUCHARADA = re.compile(r"(?i)\bcucharadas?\Z")
_LETTER = re.compile(r"[^\W\d_]")


def spoon_kinds(quantities: Sequence[Quantity]) -> list[str]:
    """Each quantity's kind of spoon: "spoonful" (Spoonful), "cucharada" (a tablespoon in that word,
    or a range's start whose end is one: "1 a 2 cucharadas"), or ""."""
    kinds: list[str] = []
    after = ""
    for q in reversed(quantities):
        if q.unit == "tbsp" and _LETTER.search(q.text):
            after = "cucharada" if _CUCHARADA.search(q.text) else ""
        kinds.append("spoonful" if isinstance(q, Spoonful) else after if q.unit == "tbsp" else "")
    return kinds[::-1]


def spoon_sizes_changed(lost: Sequence[Quantity], added: Sequence[Quantity], a: Sequence[Quantity],
                        b: Sequence[Quantity]) -> list[tuple[Quantity, Quantity]]:
    """The pairs of the same count of spoons, one of ``lost`` (of ``a``), one of ``added`` (of ``b``),
    where one says the spoon's size and the other says none ("2 spoonfuls": "2 cuillerées à soupe";
    "2 tablespoons": "2 colheres"). A Spanish "cucharada" alone says either; a teaspoon for a
    tablespoon is no pair (a size changed, not added)."""
    size_a, size_b = spoon_sizes(a), spoon_sizes(b)
    pairs, taken = [], set()
    for q in lost:
        for x in added:
            sizes = {size_a.get(id(q), ""), size_b.get(id(x), "")}
            if id(x) not in taken and x.value == q.value and "any" in sizes and sizes & {"tsp", "tbsp"}:
                pairs.append((q, x))
                taken.add(id(x))
                break
    return pairs


def spoon_sizes(quantities: Sequence[Quantity]) -> dict[int, str]:
    """The id of each count of spoons -> "any" (no size: "2 spoonfuls", "2 colheres") or its size
    ("tsp", "tbsp"); a "cucharada" alone, either, has none."""
    return {id(q): "any" if kind == "spoonful" else q.unit for q, kind in zip(quantities, spoon_kinds(quantities),
                                                                            strict=True)
            if kind == "spoonful" or (not kind and q.unit in ("tsp", "tbsp"))}
