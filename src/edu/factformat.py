"""Facts stage, printing: a text with ``{fact_id}`` placeholders, the facts (facts.py) and a locale ->
the text with each value formatted as a reader of that locale expects, with Babel (CLDR): numbers
with the digits written, percents, units, ranges, dates, qualifiers.
"""

from __future__ import annotations

import re
import string
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from typing import Any

from babel.dates import format_date
from babel.numbers import format_decimal, format_percent
from babel.units import format_compound_unit, format_unit

from .facts import KEY_RE, QUALIFIERS
from .model import Fact

SPECS = {"": None, "per10": 10, "per100": 100}
# A range never parts at the end of a line ("36–" / "46 °F"): a line may break after an en dash
# (Unicode line breaking, class BA), not before one nor next to a word joiner (U+2060). The joiner
# draws nothing and is not in the PDF's text layer (WeasyPrint, pdftotext, pypdf); edu's checks of
# invisible characters read texts before their facts are filled in, so a fact's own never trips them.
RANGE_DASH = "–\u2060"


def placeholders(text: str) -> list[tuple[str, str]]:
    """The ``(name, spec)`` of every ``{name}`` / ``{name:spec}`` in a text; ValueError on stray braces."""
    if "{" not in text and "}" not in text:  # nearly every text: no parsing (the load checks every segment)
        return []
    return [(name, spec) for _literal, name, spec in _fields(text) if name is not None]


@lru_cache(maxsize=65536)
def _fields(text: str) -> tuple[tuple[str, str | None, str], ...]:
    """(literal text, placeholder name or None, spec) pieces of a text, every placeholder checked.
    Cached: a build reads each text's placeholders up to three times (what facts an edition uses,
    the placeholder check, filling them in)."""
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError as exc:  # Python's "Single '}' encountered in format string"
        raise ValueError("a lone { or } is not a fact placeholder (write a literal brace as {{ or }})") from exc
    for _literal, name, _spec, conversion in parsed:
        if name is not None and conversion and KEY_RE.match(name):  # "{dosis!r}"
            raise ValueError(f"{{{name}!{conversion}}}: a fact placeholder has no !{conversion} (write {{{name}}})")
        if name is not None and (not name or not KEY_RE.match(name) or conversion):
            raise ValueError(f"{{{name}}} is not a fact placeholder (write a literal brace as {{{{)")
    return tuple((literal, name, spec or "") for literal, name, spec, _conversion in parsed)


def fill_facts(text: str, facts: dict[str, Fact], locale: str) -> str:
    """Replace every placeholder with its formatted value; ValueError names what is wrong."""
    if "{" not in text and "}" not in text:
        return text
    out: list[str] = []
    bare = False  # the fact just printed has no unit of its own: "{supar} ng/mL" writes it after
    for literal, name, spec in _fields(text):  # stray braces and names that are no fact id: before anything else
        out.append(_UNIT_AFTER.sub(_joined_unit, literal, count=1) if bare else literal)
        if name is None:
            bare = False
            continue
        if name not in facts:
            raise ValueError(f"unknown fact {{{name}}}: define it in content/facts.yaml")
        out.append(format_fact(facts[name], locale, spec))
        bare = not facts[name].unit and facts[name].kind in ("value", "number")
    return "".join(out)


# A unit the text writes after a fact without one ("{supar} ng/mL", "{mass} kDa"): joined to the
# number by a no-break space, as the facts' own units are (a line never ends between them), and its
# slashes by a word joiner (the Spanish case summary printed "≥6 ng/" / "mL"). A power of ten with its
# times sign ("{anc} × 10⁹/L", "×10⁹/L", "x 10^9/L") and a times sign before an abbreviation ("{n} ×
# ULN") are units too: a narrow web page printed "<1.5 ×" / "10⁹/L". The space before it may be a
# no-break one already (a Spanish translator's "{anc} × 10⁹/L").
_UNIT_AFTER = re.compile(r"^([ \u00a0\u202f])((?:[×x·][ \u00a0\u202f]?10(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\^\d+)|[A-Za-zµμ°]{1,4})"
                         r"(?:/[A-Za-z]{1,4}){0,2}|×[ \u00a0\u202f]?[A-Z]{2,4})(?![\w/])")  # "mg/kg/day" too
UNIT_SLASH = "/\u2060"


def _joined_unit(match: re.Match[str]) -> str:
    """The unit after its number, a plain space before or in it made a no-break one (a narrow one typed
    stays: French writes one before a unit)."""
    return match[1].replace(" ", "\u00a0") + match[2].replace(" ", "\u00a0").replace("/", UNIT_SLASH)


def format_fact(fact: Fact, locale: str, spec: str = "") -> str:
    """A fact as a reader of ``locale`` expects it: "100 mg", "71%", "0,67" (es_ES), a long date.

    Cached: a library prints the same facts on many pages. The key holds the value as written
    because equal Decimals can be written differently (0.5 == 0.50) and the digits written are
    printed; the other fields compare exactly."""
    return _format_fact(repr(fact.value), fact, locale, spec)


@lru_cache(maxsize=8192)
def _format_fact(_key: str, fact: Fact, locale: str, spec: str) -> str:
    if spec not in SPECS:
        raise ValueError(f"unknown format {{{fact.id}:{spec}}} (use per10 or per100)")
    if spec:
        if fact.kind != "percent":
            raise ValueError(f"{{{fact.id}:{spec}}} needs a percent fact")
        scale = SPECS[spec]
        assert isinstance(fact.value, Decimal) and scale is not None
        count = (fact.value * scale / 100).quantize(Decimal(1), ROUND_HALF_UP)
        if not 1 <= count < scale:  # "<0 in 10", "10 in 10": none or all
            raise ValueError(f"{{{fact.id}:{spec}}}: {fact.value}% is about {count} in {scale}, which a reader would "
                             f"take for none or all: write the percent ({{{fact.id}}})"
                             + (" or use per100" if spec == "per10" and 0 < fact.value < 100 else ""))
        return _qualified(fact, format_decimal(count, locale=locale), locale)
    if fact.kind == "date":
        return format_date(fact.value, format="long", locale=locale)  # type: ignore[arg-type]
    if fact.kind == "year":
        return str(fact.value)
    if fact.kind == "percent":
        percent = format_percent(fact.value / 100, locale=locale, decimal_quantization=False)  # type: ignore[operator]
        return _qualified(fact, percent)
    return _qualified(fact, _format_value(fact, locale))


def _qualified(fact: Fact, text: str, words_in: str = "") -> str:
    """The qualifier goes with every kind that has one: "<5%" must never print as "5%". In a natural
    frequency (``words_in``: its locale), written for patients ("1 in 100"), it is words where the
    language has them: many patients do not read "<" ("fewer than 1 in 100", "menos de 1 de cada 100")."""
    if not fact.qualifier:
        return text
    words = QUALIFIER_WORDS.get(words_in.replace("-", "_").split("_")[0], {}).get(fact.qualifier)
    return f"{words}\u00a0{text}" if words else QUALIFIERS[fact.qualifier] + text


# The qualifiers of a natural frequency in words, per language (others print the sign).
QUALIFIER_WORDS = {
    "en": {"lt": "fewer than", "le": "at most", "gt": "more than", "ge": "at least"},
    "es": {"lt": "menos de", "le": "como máximo", "gt": "más de", "ge": "al menos"},
    "pt": {"lt": "menos de", "le": "no máximo", "gt": "mais de", "ge": "pelo menos"},
    "fr": {"lt": "moins de", "le": "au plus", "gt": "plus de", "ge": "au moins"},
}


# Spanish (RAE's Ortografía, 2010): no thousands point or comma, which a reader of another Spanish
# takes for a decimal mark ("1,015 pacientes" is 1.015 in Spain, "1.000 mg" one milligram in Mexico);
# four digits stay together ("1015"), five or more are grouped by threes with a no-break space.
UNGROUPED = frozenset({"es"})
_LONG_INTEGER = re.compile(r"\d{5,}")


def _grouped(locale: str) -> bool:
    return locale.replace("-", "_").split("_")[0] not in UNGROUPED


def _pattern(value: Decimal, grouped: bool = True) -> str:
    """The number pattern that prints ``value`` with the digits written in facts.yaml, no more, no
    fewer; ``grouped``: with the locale's thousands separator."""
    digits = max(0, -value.as_tuple().exponent)  # type: ignore[operator]
    base = "#,##0" if grouped else "0"
    return f"{base}.{'0' * digits}" if digits else base


def _babel_number(value: Decimal, locale: str) -> str:
    """The number as Babel writes it into a unit's pattern."""
    return format_decimal(value, format=_pattern(value, _grouped(locale)), locale=locale)


def _number(value: Decimal, locale: str) -> str:
    text = _babel_number(value, locale)
    if _grouped(locale):
        return text
    return _LONG_INTEGER.sub(lambda m: f"{int(m[0]):,}".replace(",", "\u00a0"), text, count=1)


def _format_value(fact: Fact, locale: str) -> str:
    low, high = fact.value if isinstance(fact.value, tuple) else (None, fact.value)
    assert isinstance(high, Decimal)
    shown = _number(high, locale) if low is None else f"{_number(low, locale)}{RANGE_DASH}{_number(high, locale)}"
    if not fact.unit:
        return shown
    length: Any = fact.length
    if fact.per:  # the number as written (Babel's unit patterns round to 3 decimals: 0.0625 mg was "0.062 mg")
        text = format_compound_unit(high, fact.unit, denominator_unit=fact.per, length=length,
                                    format=_pattern(high, _grouped(locale)), locale=locale) or ""
    else:
        text = format_unit(high, fact.unit, length=length, format=_pattern(high, _grouped(locale)), locale=locale)
    number = _babel_number(high, locale)
    if number not in text:  # never print a dose other than the one written
        raise ValueError(f"fact {fact.id}: cannot print {high} {fact.unit} in {locale} ({text!r})")
    text = text.replace(number, shown, 1)
    if "liter" in f"{fact.unit}{fact.per}":  # US pharmacy style (ISMP): mL, dL and L in every language
        text = re.sub(r"\b([md]?)l\b", r"\1L", text)
    text = text.replace("μg", "mcg").replace("µg", "mcg")  # ISMP: "μg" is misread as "mg"
    if fact.per:  # "mg/" / "kg" at the end of a line: a word joiner after the slash (see _UNIT_AFTER)
        text = text.replace("/", UNIT_SLASH)
    # A number and its unit never part at the end of a line ("100" / "mg"): CLDR's patterns join them
    # with a plain space; a no-break space keeps them on one line, in print and on screen.
    return text.replace(f"{shown} ", f"{shown}\u00a0", 1).replace(f" {shown}", f"\u00a0{shown}", 1)
