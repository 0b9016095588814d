"""Decimal and group marks in words a translator can act on, and the numbers a translation copies as
the source writes them that a reader of its language reads as others ("1,500 mg" is 1,5 mg in French).

In: a locale (its marks from quantities.number_symbols), or the ``Quantity`` records of a source and its
translation. Out: the advice the number check gives with its finding.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from .clocktimes import CLOCK, CLOCK_12
from .model import Quantity
from .quantities import EXTRA_GROUPS, number_symbols, numbers

MARK_NAMES = {  # how a message names a decimal or group mark: a translator cannot type '\u202f'
    ",": "a comma", ".": "a period", "'": "an apostrophe", "\u2019": "an apostrophe (’)",
    "\u202f": "a narrow no-break space, U+202F", "\u00a0": "a no-break space, U+00A0",
    "\u2009": "a thin space, U+2009",
}


def mark_name(mark: str) -> str:
    """A decimal or group mark in words: "a comma", "a narrow no-break space, U+202F"."""
    return MARK_NAMES.get(mark) or f"{unicodedata.name(mark, 'the character').lower()}, U+{ord(mark):04X}"


def marks_in_words(locale: str) -> str:
    """How ``locale`` writes decimals and thousands, in words a translator can act on."""
    dec, group = number_symbols(locale)
    also = next(g for g in ("\u00a0", "\u202f") if g != group)  # both are read as a group mark in any locale
    thousands = f"{mark_name(group)} (1{group}000)" if group not in EXTRA_GROUPS else (
        f"{mark_name(group)} ({mark_name(also)}, is also read as one; never an ordinary space)")
    return f"{locale} writes decimals with {mark_name(dec)} (0{dec}5) and thousands with {thousands}"


def misread(source: Sequence[Quantity], translation: Sequence[Quantity], locale: str, lang: str) -> list[str]:
    """A number the translation copies as the source writes it, which a reader of ``lang`` reads as
    another ("1,500 mg" is 1,5 mg in French: a dose a thousand times smaller), with what to write (not
    a time of day: the 8 of "entre las 8 y las 10 de la mañana" is 8 a.m. whatever its marks)."""
    from babel.numbers import format_decimal

    said = []
    written = {(q.text, q.unit): q for q in source}
    for copied in translation:
        meant = written.get((copied.text, copied.unit))
        if (meant is None or copied.unit in (CLOCK, CLOCK_12) or not meant.value or not copied.value
                or meant.value == copied.value):
            continue
        ratio = abs(meant.value / copied.value)
        factor = float(ratio if ratio > 1 else 1 / ratio)
        times = f"{factor:.0f}" if factor >= 10 else f"{factor:.2g}"
        times += f" times {'less' if ratio > 1 else 'more'}"
        reads, should = (format_decimal(abs(q.value), locale=locale, decimal_quantization=False)
                         for q in (copied, meant))
        number = next(numbers(copied.text, locale))["num"]
        said.append(f"{copied.text} is {copied.text.replace(number, reads, 1)} in {lang}, {times} than the "
                    f"source's {meant.text}: write {copied.text.replace(number, should, 1)}")
    return list(dict.fromkeys(said))
