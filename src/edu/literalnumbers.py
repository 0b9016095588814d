"""QA stage: a clinical number typed as digits in a handout's own text ("Give 50 mg", "for 7 days")
-> Problems at its line (``literal-number``, a warning).

Every clinical number is a fact (``{fact_id}``, content/facts.yaml): written once, it cannot drift
between languages, a change reaches every edition, and the sign-off (signoff.py) sees it change.
A number with a unit is a clinical number (a dose, a volume, a temperature, a duration, a percent);
one without is not (a count, a phone number, a year, 911, a citation [1], a list's number), nor is a
time of day or an ordinal ("the 2nd week"). In: a Handout in its source language, with the
project's decimal marks and unit words. Out: Problems. A translation copies the source's digits,
which the number check compares: it is never judged here.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from decimal import Decimal

from .clocktimes import CLOCK, CLOCK_12
from .config import Settings
from .decimalmarks import marks_in_words
from .findings import WARNING
from .model import Handout, Quantity
from .problems import Problem, quoted
from .prose import CITATION, mask, visible
from .quantities import FRACTION_CHARS, fractions_as_digits, number_locale, number_symbols, quantities
from .segments import passage_line


def literal_numbers(handout: Handout, settings: Settings) -> list[Problem]:
    """literal-number: each number with a unit written in digits, once per segment and number."""
    doc, found = handout.doc, list[Problem]()
    locale = number_locale(doc.lang, settings.territory)
    for segment in handout.segments:
        if not any(c.isdigit() for c in segment.text):
            continue  # nearly every segment
        text = " ".join(fractions_as_digits(mask(CITATION.sub(" ", visible(segment.text)))).split())  # "½ tsp"
        said = set()
        typed = list(quantities(text, locale, settings.units))
        for n, q in enumerate(typed):
            low = typed[n - 1] if n and _one_range(typed[n - 1], q, text) else None  # "1–2 mg/kg"
            if not q.unit or q.unit in (CLOCK, CLOCK_12) or q.text in said:
                continue
            if n + 1 < len(typed) and _one_range(q, typed[n + 1], text):
                continue  # said with the range's second number
            said.add(q.text)
            written = _as_written(text[low.start:q.end] if low else q.text, segment.text)
            if split := _split_by_other_mark(written, segment.text, locale):  # "2,5 mg" in es_US: one number
                q = dataclasses.replace(q, value=Decimal(f"{split[0]}.{split[2]}"))
                written = split[0] + split[1] + written
            why = (_advice(q, written, low.value if low else None, _qualifier(text[:(low or q).start]),
                           _after(text[q.end:]))
                   + (f" (and {marks_in_words(locale)})" if split else ""))
            found.append(Problem(doc.path.as_posix(), passage_line(handout, segment, written), WARNING,
                                 "literal-number", why, quoted(why, ((segment.text, doc.lang),))))
        for m in SCALED.finditer(text):  # "ANC < 1.5 × 10⁹/L", "3 × ULN": a threshold with no CLDR unit
            written, value = m[0], Decimal(m["num"].replace(",", "."))
            q = Quantity(value, "", written, m.start(), m.end())
            why = _advice(q, written, None, _qualifier(text[:m.start()]), text[m.end("num"):m.end()])
            found.append(Problem(doc.path.as_posix(), passage_line(handout, segment, written), WARNING,
                                 "literal-number", why, quoted(why, ((segment.text, doc.lang),))))
    return found


# Between the two numbers of a range: "1–2 mg", "1-2 mg", "1 to 2 mg", "1 a 2 mg" (the number reader
# gives the first one the unit after the second)
RANGE = re.compile(r"\s*(?:[–—-]|to|a|hasta)\s*")
BARE = re.compile(r"\d+(?:[.,]\d+)?")  # a number as written without its unit
# A number scaled by a power of ten or a limit of normal, which no CLDR unit says: "1.5 × 10⁹/L", "3 × ULN"
SCALED = re.compile(r"(?<![\d.,])(?P<num>\d+(?:[.,]\d+)?)\s*[×x]\s*"
                    r"(?P<scale>10(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\^\d+)\s*/\s*[µμ]?[A-Za-z]+|ULN|LLN|LSN|LIN)(?!\w)")
QUALIFIERS = {"<": "lt", "≤": "le", "<=": "le", ">": "gt", "≥": "ge", ">=": "ge"}
# What the text says after a rate's unit that the unit read leaves out: "mg/kg/day", "mg per day"
PER_TIME = re.compile(r"(/\s*(?:day|d|week|wk|h|hour|min|dose|día|semana|hora)|\s+(?:per|a|each|al|por) "
                      r"(?:day|week|hour|dose|día|semana|hora|dosis))(?!\w)")


# The CLDR unit a fact is written in, for each unit the number check reads (quantities.UNITS, PER)
CLDR_UNITS = {"mg": "mass-milligram", "mL": "volume-milliliter", "mcg": "mass-microgram", "kg": "mass-kilogram",
              "g": "mass-gram", "L": "volume-liter", "dL": "volume-deciliter", "m²": "area-square-meter",
              "°C": "temperature-celsius", "°F": "temperature-fahrenheit", "min": "duration-minute",
              "h": "duration-hour", "day": "duration-day", "week": "duration-week", "month": "duration-month",
              "tsp": "volume-teaspoon", "tbsp": "volume-tablespoon"}


def _as_written(text: str, segment: str) -> str:
    """A number as the segment writes it: "½ tsp" for the "1⁄2 tsp" the number reader read."""
    for char in set(FRACTION_CHARS.findall(segment)):
        text = text.replace(unicodedata.normalize("NFKC", char), char)
    return text


def _split_by_other_mark(written: str, segment: str, locale: str) -> tuple[str, str, str] | None:
    """The digits and the mark before ``written``, and its own digits, when only a decimal mark the
    locale does not use parts them ("2,5 mg" in es_US, read as "2" and "5 mg"): one number meant."""
    decimal, _group = number_symbols(locale)
    digits = re.match(r"\d+", written)
    if digits is None or len(digits[0]) == 3:  # "1,500 mg" groups thousands
        return None
    for m in re.finditer(rf"(\d+)([.,])(?={re.escape(written)})", segment):
        if m[2] != decimal:
            return m[1], m[2], digits[0]
    return None


def _one_range(low: Quantity, high: Quantity, text: str) -> bool:
    """Whether ``low`` opens the range ``high`` closes: "1–2 mg" (the number reader gives the first
    number the unit written after the second)."""
    return (low.unit == high.unit and BARE.fullmatch(low.text) is not None
            and RANGE.fullmatch(text[low.end:high.start]) is not None)


def _qualifier(before: str) -> str:
    """The fact's qualifier for a comparison sign written right before a number ("< 1.5"), else ""."""
    sign = re.search(r"(<=|>=|[<>≤≥])\s*$", before)
    return QUALIFIERS[sign[1]] if sign else ""


def _after(rest: str) -> str:
    """What to write after ``{name}``: the time a rate is per ("/day", " per day"), else ""."""
    per = PER_TIME.match(rest)
    return per[1] if per else ""


def _plain(value: Decimal) -> str:
    """A value as a fact writes it: no trailing zero (1.0 is warned about, the Joint Commission's rule)."""
    return format(value.normalize(), "f")


def _advice(q: Quantity, written: str, low: Decimal | None, qualifier: str, after: str) -> str:
    unit, _, per = q.unit.partition("/")
    value = f"[{_plain(low)}, {_plain(q.value)}]" if low is not None else _plain(q.value)
    if unit == "%":
        entry = f"percent: {value}"
    elif not unit:
        entry = f"value: {value}"
    else:
        entry = f"value: {value}, unit: {CLDR_UNITS.get(unit, '…')}" + (f", per: {CLDR_UNITS.get(per, '…')}"
                                                                         if per else "")
    entry += f", qualifier: {qualifier}" if qualifier else ""
    return (f'"{written}" is a clinical number typed as digits: write it once as a fact in content/facts.yaml '
            f"(name: {{{entry}, source: …}}) and {{name}}{after} here, so it cannot drift between languages and a "
            "change reaches every edition")
