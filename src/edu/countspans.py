"""Where a text counts in words ("diez días", "una", "vinte e quatro horas"): each count's place,
value and the unit word after it, if any, read with numberlexicon.py's words and compoundnumbers.py's
counts of 13 and more; for numberwords.py (counts, ranges) and spoonwords.py (spoons).

In: a text in lower case and its language. Out: (start, end, value, unit word) of each count.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from . import langtag
from .compoundnumbers import compounds_in
from .numberlexicon import AS_DIGITS, NUMBER_WORDS, ordinals
from .quantities import UNIT_END, Units, unit_alternatives


@lru_cache(maxsize=64)
def _spelled(lang: str, extra: Units) -> tuple[re.Pattern[str], dict[str, str]] | None:
    """A pattern for a count in words with the unit word after it, if any, and the words' values."""
    code = langtag.primary(lang)
    if code not in NUMBER_WORDS:
        return None
    values = {**AS_DIGITS[code], **NUMBER_WORDS[code]}
    units = unit_alternatives(extra)
    return re.compile(rf"\b({'|'.join(sorted(values, key=len, reverse=True))})\b(?:[\s-]+({units}){UNIT_END})?"), values

def count_spans(lowered: str, lang: str, extra: Units) -> list[tuple[int, int, Decimal, str]]:
    """(start, end, value, unit word) of each count in words of ``lowered``, in its order."""
    pattern_values = _spelled(lang, extra)
    if pattern_values is None:
        return []
    pattern, values = pattern_values
    compounds = compounds_in(lowered, lang)
    for m, _value in reversed(compounds):  # "vinte e quatro horas" is 24 hours, never also 4
        lowered = lowered[: m.start()] + " " * len(m[0]) + lowered[m.end() :]
    found = []
    for m, value in compounds:
        unit = unit_after(extra).match(lowered, m.end())
        found.append((m.start(), unit.end() if unit else m.end(), Decimal(value), unit[1] if unit else ""))
    ordinal_words = ordinals(lang)
    for m in pattern.finditer(lowered):
        word = values[m[1]]
        numbered = "" if m[1] in ordinal_words else m[2] or ""  # "el primer día" is day 1, no time of one day
        found.append((m.start(), m.end(), Decimal("0.5") if word == "1/2" else Decimal(word), numbered))
    if compounds:
        found.sort(key=lambda found: found[0])
    return found



@lru_cache(maxsize=16)
def unit_after(extra: Units) -> re.Pattern[str]:
    """A unit word right after a count in words ("diez días", "dix-huit heures"), never an elided article
    ("trois l'après-midi": quantities.UNIT_END), and one that ends in a dot ("deux c. à c.")."""
    return re.compile(rf"[\s-]+({unit_alternatives(extra)}){UNIT_END}")
