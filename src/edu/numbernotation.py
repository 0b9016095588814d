"""QA: how a translation writes its numbers, apart from what they are. The number check's part on
digits (an error): a translation writes its digits as the source does, or as its language's own
(never "３０" or "٣٠" for "30" in Spanish: a reader, a search and the fonts see other characters).
The ``dose-notation`` check, an error too, refuses a dose the translation writes ".5 mL" or "1.0 mg".

In: (source text, translation, Context). Out: at most one ``Finding`` each. The numbers' values are
compared by numbercheck.py, which runs the digits' part (check_script_of_digits).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from babel import Locale
from babel.core import UnknownLocaleError

from .findings import Context, Finding, finding
from .model import Quantity
from .prose import mask
from .quantities import EXTRA_GROUPS, fractions_as_digits, number_locale, number_symbols, quantities

# The digit zero of the CLDR numbering systems a language uses by default or as its own ("native").
_ZERO = {"latn": "0", "arab": "\u0660", "arabext": "\u06f0", "beng": "\u09e6", "deva": "\u0966", "gujr": "\u0ae6",
         "guru": "\u0a66", "knda": "\u0ce6", "mlym": "\u0d66", "orya": "\u0b66", "tamldec": "\u0be6",
         "telu": "\u0c66", "thai": "\u0e50", "laoo": "\u0ed0", "khmr": "\u17e0", "mymr": "\u1040",
         "tibt": "\u0f20", "mong": "\u1810", "olck": "\u1c50", "mtei": "\uabf0", "nkoo": "\u07c0",
         "adlm": "\U0001e950", "cakm": "\U00011136", "hmnp": "\U0001e140"}
_OTHER_SCRIPT_DIGIT = re.compile(r"[^\D0-9]")  # a decimal digit of another script than 0-9 ("３", "٣")
_DIGIT_RUN = re.compile(r"\d+(?:[.,٫٬\u00a0\u202f\u2009]\d+)*")


@lru_cache(maxsize=64)
def own_zeros(locale: str) -> frozenset[str] | None:
    """The digit zeros of ``locale``'s own digits: those of its CLDR default numbering system and of
    its native one ("0" for es_US; "0" and "٠" for ar; "۰" for fa); None for one this module does not
    know (its digits are not checked)."""
    try:
        loc = Locale.parse(locale)
    except (UnknownLocaleError, ValueError):
        return frozenset("0")
    systems = {loc.default_numbering_system, loc.other_numbering_systems.get("native", "latn")}
    zeros = {_ZERO.get(system) for system in systems if system not in ("hanidec",)}  # 〇一二: not digits
    return None if None in zeros else frozenset(z for z in zeros if z)


def _zero(digit: str) -> str:
    return chr(ord(digit) - unicodedata.decimal(digit))


def _digits_named(digit: str) -> str:
    """"Arabic-Indic digits" for "٣" (the name of its script's digits)."""
    name = unicodedata.name(digit, "").partition(" DIGIT ")[0]
    return f"{name.title() if name else 'other'} digits"


def check_script_of_digits(src: str, tr: str, ctx: Context) -> list[Finding]:
    """A number in another script's digits ("３０", "٣０" for "30" in Spanish) reads as the same number
    to the other checks, but not to a reader of the language, a search or a screen reader, and the
    handouts' fonts may have no glyph for it (a blank box). Digits 0-9, the source's own and those of
    the language's own numbering systems (CLDR's default and native: Arabic-Indic in Arabic) are fine."""
    if tr.isascii() or not _OTHER_SCRIPT_DIGIT.search(tr):  # nearly every text: digits 0-9 only
        return []
    own = own_zeros(number_locale(ctx.lang, ctx.territory))
    if own is None:
        return []
    allowed = {"0", *own} | {_zero(ch) for ch in _OTHER_SCRIPT_DIGIT.findall(src)}
    written = [m[0] for m in _DIGIT_RUN.finditer(mask(tr)) if any(_zero(ch) not in allowed for ch in m[0] if
                                                                  ch.isdecimal())]
    if not written:
        return []
    first = next(ch for ch in written[0] if ch.isdecimal() and _zero(ch) not in allowed)
    ascii_digits = "".join(str(unicodedata.decimal(ch)) if ch.isdecimal() else ch for ch in written[0])
    more = f" and {len(written) - 1} more" if len(written) > 1 else ""
    return [finding("number", f"number {written[0]} is written in {_digits_named(first)} (U+{ord(first):04X} "
                    f"{unicodedata.name(first, '')}){more}, which a reader of {ctx.lang} does not read as the "
                    f"source's digits and the handouts' fonts may not draw: type it with the digits 0 to 9 "
                    f"({ascii_digits})")]

# --- dose-notation ---------------------------------------------------------------------------------

_DOSE_UNITS = frozenset({"mg", "mL", "mcg", "kg", "g", "L", "mmol", "tsp", "tbsp"})  # a mass or volume: a dose


def check_dose_notation(src: str, tr: str, ctx: Context) -> list[Finding]:
    """A dose the translation writes without its leading zero (".5 mL", read "5 mL") or with a
    trailing zero ("1.0 mg", read "10 mg"): both on the Joint Commission's "Do Not Use" list (and the
    ISMP's), each a tenfold error. One copied from the source is the author's (a warning at its line)."""
    locale = number_locale(ctx.lang, ctx.territory)
    if not _decimal(locale).search(tr):  # nearly every text: no decimal mark before a digit
        return []
    written = _flawed(tr, locale, ctx)
    if not written:
        return []
    source = number_locale(ctx.source_lang, ctx.territory)
    given = {(q.value, q.unit) for q in quantities(fractions_as_digits(mask(src)), source, ctx.units)}
    copied = {(q.value, q.unit, why) for q, why in _flawed(src, source, ctx)}
    # (another value than the source's is the number check's: "1,000 mg" is 1 mg in Spain)
    said = [f'{why} in "{q.text}": write "{_fixed(q.text, locale)}"' for q, why in written
            if (q.value, q.unit) in given and (q.value, q.unit, why) not in copied]
    if not said:
        return []
    return [finding("dose-notation", f"{'; '.join(dict.fromkeys(said))} (a dose written so is misread tenfold: on the "
                    "Joint Commission's \"Do Not Use\" list)")]


@lru_cache(maxsize=64)
def _decimal(locale: str) -> re.Pattern[str]:
    return re.compile(re.escape(number_symbols(locale)[0]) + r"\d")


def _flawed(text: str, locale: str, ctx: Context) -> list[tuple[Quantity, str]]:
    """The doses of ``text`` written without a leading zero or with a trailing zero, and which."""
    mark, group = number_symbols(locale)
    found = []
    for q in quantities(fractions_as_digits(mask(text)), locale, ctx.units):
        if q.unit.split("/")[0] not in _DOSE_UNITS or mark not in q.text:
            continue
        number = q.text.lstrip("-−")
        number = number[: len(number) - len(number.lstrip("0123456789" + mark + group + EXTRA_GROUPS))]
        if number.startswith(mark):
            found.append((q, "no leading zero"))
        elif mark in number and number.endswith("0"):
            found.append((q, "trailing zero"))
    return found


def _fixed(text: str, locale: str) -> str:
    """".67 mL" -> "0.67 mL"; "100.0 mg" -> "100 mg"; "2.50 mL" -> "2.5 mL"."""
    mark, group = number_symbols(locale)
    sign = text[: len(text) - len(text.lstrip("-−"))]
    rest = text[len(sign) :]
    number = rest[: len(rest) - len(rest.lstrip("0123456789" + mark + group + EXTRA_GROUPS))]
    unit = rest[len(number) :]
    if number.startswith(mark):
        return f"{sign}0{number}{unit}"
    return f"{sign}{number.rstrip('0').rstrip(mark)}{unit}"
