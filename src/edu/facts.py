"""Facts stage: content/facts.yaml + content/references.yaml -> typed values, and ``{fact_id}``
placeholders in text replaced by the value formatted for a locale with Babel (CLDR).

A number that must never drift between languages is written once, here, with its source.
"""

from __future__ import annotations

import datetime as dt
import re
import string
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml
from babel.core import get_global
from babel.dates import format_date
from babel.localedata import load as load_locale
from babel.numbers import format_decimal, format_percent
from babel.units import _find_unit_pattern, format_compound_unit, format_unit, get_unit_name

from .content import as_written, compose_yaml, cut_by_comment, mapping_items, node_value, read_source
from .errors import SourceError, closest, raise_all
from .model import Fact, Reference

KEY_RE = re.compile(r"^[a-z][a-z0-9_]*$")
REF_KEY_RE = re.compile(r"^[a-z0-9]+(?:[-_.][a-z0-9]+)*$")
KINDS = ("value", "percent", "number", "date", "year")
FACT_FIELDS = {*KINDS, "unit", "per", "length", "qualifier", "source", "fact", "note"}
REF_FIELDS = {"title", "issuer", "journal", "year", "url", "doi", "note"}
QUALIFIERS = {"lt": "<", "le": "≤", "gt": ">", "ge": "≥"}
SPECS = {"": None, "per10": 10, "per100": 100}
DOSE_UNITS = ("mass-", "volume-")  # a value in these units alone is a dose: no trailing zero (Joint Commission)
FACTS_PATH = "content/facts.yaml"
REFERENCES_PATH = "content/references.yaml"
# A range never parts at the end of a line ("36–" / "46 °F"): a line may break after an en dash
# (Unicode line breaking, class BA), not before one nor next to a word joiner (U+2060). The joiner
# draws nothing and is not in the PDF's text layer (WeasyPrint, pdftotext, pypdf); edu's checks of
# invisible characters read texts before their facts are filled in, so a fact's own never trips them.
RANGE_DASH = "–\u2060"


def load_references(root: Path) -> dict[str, Reference]:
    """Read content/references.yaml; every problem is reported at once with its line."""
    path = Path(REFERENCES_PATH)
    if not (root / path).exists() and not (root / path).is_symlink():
        return {}
    text = read_source(root, path)
    node = compose_yaml(text, path)
    refs, errors = {}, []
    for key, value_node, line in mapping_items(node, path):
        try:
            refs[key] = _reference(key, value_node, line, path, text)
        except SourceError as exc:
            errors.append(exc)
    raise_all(errors)
    return refs


def _reference(key: str, node: Any, line: int, path: Path, text: str) -> Reference:
    if not REF_KEY_RE.match(key):
        raise SourceError(f"reference key {key!r} must be lowercase letters, digits and hyphens", path, line)
    items = mapping_items(node, path)
    fields = {k: node_value(v, path) for k, v, _ in items}
    lines = {k: n for k, _, n in items}

    def fail(message: str, name: str = "") -> SourceError:
        return SourceError(f"{key}: {message}", path, lines.get(name, line))

    for name, value_node, _ in items:
        if name in ("title", "issuer", "journal", "note") and (cut := cut_by_comment(value_node, text)):
            raise fail(f"{name}: {cut}", name)
        if isinstance(value_node, yaml.ScalarNode) and name in ("title", "issuer", "journal", "note", "year"):
            if name == "year":
                fields[name] = as_written(fields[name], int)
            elif name != "year" and isinstance(fields[name], (int, float)) and not isinstance(fields[name], bool):
                fields[name] = value_node.value  # title: 1984, as written

    unknown = set(fields) - REF_FIELDS
    if unknown:
        raise fail(f"unknown field(s) {', '.join(sorted(unknown))} (known: {', '.join(sorted(REF_FIELDS))})",
                   min(unknown, key=lambda k: lines[k]))
    for name in ("title", "issuer"):
        if not isinstance(fields.get(name), str) or not fields[name].strip():
            raise fail(f"{name} is required", name)
    year = fields.get("year")
    if not isinstance(year, int) or isinstance(year, bool) or not 1800 <= year <= 2200:
        raise fail("year is required (e.g. 2025)", "year")
    url, doi, note = fields.get("url"), fields.get("doi"), fields.get("note")
    if note is not None and (not isinstance(note, str) or not note.strip()):
        raise fail("note must say in words where a reader finds the source", "note")
    if not url and not doi and not note:
        raise fail("give a url, a doi, or a note saying where to find it (such as note: Hospital protocol "
                   "RHEUM-12, 2026, on the intranet)")
    if url and not _web_address(str(url)):
        raise fail("url must start with https:// and name a site", "url")
    if doi and not re.match(r"^10\.\d{4,9}/\S+$", str(doi)):
        raise fail("doi must look like 10.1234/abc (without https://doi.org/)", "doi")
    journal = fields.get("journal")
    if journal is not None and (not isinstance(journal, str) or not journal.strip()):
        raise fail("journal must be the journal's name, volume and pages, such as Nature Medicine 27:1752–1760",
                   "journal")
    return Reference(key, fields["title"].strip(), fields["issuer"].strip(), fields["year"],
                     str(url) if url else None, str(doi) if doi else None, line,
                     journal.strip() if journal else None, note.strip() if note else None)


def _web_address(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("https", "http") and bool(parts.hostname) and not re.search(r"\s", url)


def load_facts(root: Path, references: dict[str, Reference]) -> dict[str, Fact]:
    """Read content/facts.yaml and check every value, unit and source key."""
    path = Path(FACTS_PATH)
    if not (root / path).exists() and not (root / path).is_symlink():
        return {}
    node = compose_yaml(read_source(root, path), path)
    facts, errors = {}, []
    for key, value_node, line in mapping_items(node, path):
        try:
            items = mapping_items(value_node, path)
            for name, v, at in items:
                if name in KINDS:
                    _refuse_yaml_number_forms(key, name, v, path, at)
            fields = {k: node_value(v, path) for k, v, _ in items}
            facts[key] = _fact(key, fields, {k: n for k, _, n in items}, line, path, references)
        except SourceError as exc:
            errors.append(exc)
    raise_all(errors)
    return facts


def _fact(key: str, fields: dict[str, Any], lines: dict[str, int], line: int, path: Path,
          refs: dict[str, Reference]) -> Fact:
    def fail(message: str, name: str = "") -> SourceError:
        return SourceError(f"fact {key}: {message}", path, lines.get(name, line))

    if not KEY_RE.match(key):
        raise fail("id must be lowercase letters, digits and underscores")
    unknown = [name for name in fields if name not in FACT_FIELDS]
    if unknown:
        raise fail(f"unknown field(s) {', '.join(unknown)} (a fact has one of {', '.join(KINDS)}, with "
                   f"{', '.join(sorted(FACT_FIELDS - set(KINDS)))})", unknown[0])
    kinds = [k for k in KINDS if k in fields]
    if len(kinds) != 1:
        raise fail(f"give exactly one of: {', '.join(KINDS)}")
    source = fields.get("source")
    if not source:
        raise fail("source is required (a key of references.yaml)")
    if not isinstance(source, str) or source not in refs:
        near = closest(source, refs) if isinstance(source, str) else None
        raise fail(f"unknown source {source!r}: did you mean {near!r}?" if near else
                   f"unknown source {source!r}: add it to content/references.yaml", "source")
    kind = kinds[0]
    value = _typed_value(kind, fields[kind], lambda message: fail(message, kind))
    unit, per = fields.get("unit"), fields.get("per")
    for name, unit_id in (("unit", unit), ("per", per)):
        if unit_id is not None and not _known_unit(str(unit_id)):
            near = unit_meant(str(unit_id))
            raise fail(f"{name} {unit_id!r} is not a CLDR unit: did you mean {near}?" if near else
                       f"{name} {unit_id!r} is not a CLDR unit (e.g. mass-milligram, volume-milliliter, "
                       "duration-hour, temperature-celsius)", name)
    if kind != "value" and (unit or per):
        raise fail("unit and per only go with value")
    if per and not unit:
        raise fail("per needs a unit (e.g. unit: volume-milliliter, per: duration-minute)", "per")
    if fields.get("length", "short") not in ("short", "long", "narrow"):
        raise fail("length must be short, long or narrow", "length")
    if "volume-drop" in (unit, per) and fields.get("length", "short") != "long":  # CLDR's English: "2 drdrops"
        raise fail("drops print wrong in short form (\"2 drdrops\"): add length: long", "unit")
    qualifier = fields.get("qualifier")
    if qualifier is not None and (not isinstance(qualifier, str) or qualifier not in QUALIFIERS):
        raise fail(f"qualifier must be one of {', '.join(QUALIFIERS)}", "qualifier")
    if qualifier is not None and kind in ("date", "year"):
        raise fail("qualifier only goes with value, percent or number", "qualifier")
    if qualifier is not None and isinstance(value, tuple):  # "≥1–2 mg/kg" says nothing a reader can use
        raise fail("a range takes no qualifier (write the range, or one value with its qualifier)", "qualifier")
    zero = _trailing_zero(value) if kind == "value" and unit and not per else None
    if zero is not None and str(unit).startswith(DOSE_UNITS):
        raise fail(f"{zero} ({str(unit).partition('-')[2]}) has a trailing zero, on the Joint Commission's \"Do Not "
                   f"Use\" list for doses ({zero} is misread as {str(zero).replace('.', '')}): write "
                   f"{zero.normalize():f}", kind)
    return Fact(key, kind, value, unit, per, qualifier, str(source), line, fields.get("length", "short"))


_DECIMAL_RE = re.compile(r"[-+]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]+)?")


def _refuse_yaml_number_forms(key: str, kind: str, node: Any, path: Path, line: int) -> None:
    """A number YAML would read otherwise than a reader: 1:30 is 90 (base 60), 012 is 10 (octal),
    0x10 is 16, 1_000 is 1000. A dose is written in decimal digits, as it is printed."""
    for item in node.value if isinstance(node, yaml.SequenceNode) else [node]:
        if not (isinstance(item, yaml.ScalarNode) and not item.style):
            continue
        text = item.value.strip()
        if text.lower().lstrip("+-") in (".nan", ".inf"):  # no number at all: _decimal says so
            continue
        odd = bool(_DECIMAL_RE.fullmatch(text)) and text.lstrip("+-")[:1] == "0" and text.lstrip("+-")[1:2].isdigit()
        if odd or (not _DECIMAL_RE.fullmatch(text) and item.tag.endswith((":int", ":float"))):
            raise SourceError(f"fact {key}: {kind} {text!r} would be read as a number other than it shows (YAML "
                              "reads 1:30 as 90 and 012 as 10): write it in decimal digits, such as 90 or 12",
                              path, line)


def _typed_value(kind: str, raw: Any, fail: Any) -> Any:
    if kind == "date":
        try:
            raw = as_written(raw, dt.date)
        except ValueError as exc:
            raise fail(str(exc)) from exc
        if not isinstance(raw, dt.date):
            raise fail("date must be written YYYY-MM-DD")
        return raw
    if kind == "year":
        raw = as_written(raw, int)
        if not isinstance(raw, int) or not 1800 <= raw <= 2200:
            raise fail("year must be a four-digit year")
        return raw
    if isinstance(raw, list):
        if kind != "value" or len(raw) != 2:
            raise fail("a range is written [low, high] and only for value")
        low, high = _decimal(raw[0], fail), _decimal(raw[1], fail)
        if not low < high:
            raise fail(f"range [{raw[0]}, {raw[1]}]: low must be less than high")
        return (low, high)
    return _decimal(raw, fail)


def _decimal(raw: Any, fail: Any) -> Decimal:
    """A number as written: ``0.50`` in quotes keeps its trailing zero."""
    if isinstance(raw, bool) or not isinstance(raw, (int, float, str)):
        raise fail(f"{raw!r} is not a number")
    try:
        number = Decimal(str(raw))
    except InvalidOperation as exc:
        raise fail(f"{raw!r} is not a number") from exc
    if not number.is_finite():
        raise fail(f"{raw!r} is not a number")  # .nan and .inf are floats to YAML, not values
    if len(number.as_tuple().digits) > 15 or not -12 <= number.adjusted() <= 12:  # what a number format can print
        raise fail(f"{raw!r}: a value has at most 15 digits, between 10^-12 and 10^12")
    return number


# how a clinician writes a unit CLDR names otherwise (or "ml", which is also CLDR's megaliter)
WRITTEN_UNITS = {"ml": "volume-milliliter", "cc": "volume-milliliter", "mcg": "mass-microgram",
                 "µg": "mass-microgram", "ug": "mass-microgram", "hr": "duration-hour", "hrs": "duration-hour",
                 "min": "duration-minute", "mins": "duration-minute", "wk": "duration-week", "wks": "duration-week"}


@lru_cache(maxsize=1)
def _unit_names() -> dict[str, str]:
    """Every CLDR unit id by itself and by its English short and long names without the number
    ("mg", "mL", "°F", "F", "milligrams") -> the id, to name the unit a mistyped one meant."""
    names: dict[str, str] = {}
    for unit_id, patterns in load_locale("en")["unit_patterns"].items():
        names.setdefault(unit_id, unit_id)
        for length in ("short", "long"):
            for pattern in _patterns(patterns.get(length) if isinstance(patterns, dict) else None):
                word = pattern.replace("{0}", "").strip()
                for shown in (word, word.lstrip("°")):
                    if shown:
                        names.setdefault(shown, unit_id)
    return names


def _patterns(value: Any) -> list[str]:
    """The text patterns of one length of a unit in Babel's locale data (some are aliases)."""
    if isinstance(value, tuple):  # (alias, own patterns)
        value = value[-1]
    return [v for v in value.values() if isinstance(v, str)] if isinstance(value, dict) else []


def unit_meant(written: str) -> str | None:
    """The CLDR unit id a mistyped or abbreviated unit most likely means: "mass-miligram" and "mg"
    -> "mass-milligram", "mL" -> "volume-milliliter" (not "ML", megaliter), "F" -> "temperature-fahrenheit"."""
    names = _unit_names()
    if written in names:
        return names[written]
    if written.lower() in WRITTEN_UNITS:
        return WRITTEN_UNITS[written.lower()]
    folded = {name.lower(): unit_id for name, unit_id in reversed(names.items())}
    if written.lower() in folded:
        return folded[written.lower()]
    return closest(written, [name for name in names if "-" in name])


def _known_unit(unit_id: str) -> bool:
    """A CLDR unit named whole: Babel finds a unit by the end of its name too, and "unit" was the
    astronomical unit (printed "10 au" for ten insulin units)."""
    try:
        found = get_unit_name(unit_id, locale="en") is not None
    except Exception:  # Babel raises plain Exceptions for unknown units
        return unit_id in get_global("unit_aliases")  # type: ignore[arg-type]
    resolved = _find_unit_pattern(unit_id, "en") or ""
    return found and unit_id in (resolved, resolved.partition("-")[2])


def trailing_zeros(facts: dict[str, Fact]) -> list[tuple[int, str]]:
    """(line, advice) for each quantity written with a trailing zero ("1.0 mg/dL"): the Joint
    Commission's "Do Not Use" list has it because the point gets lost and 1.0 is read as 10. A dose
    (a mass or volume on its own) is refused when facts.yaml is read; any other value is warned of,
    as a zero may report a measurement's precision (a lab value)."""
    found = []
    for fact in facts.values():
        zero = _trailing_zero(fact.value) if fact.kind == "value" and fact.unit else None
        if zero is not None:
            found.append((fact.line, f"{fact.id} is written {zero} ({str(fact.unit).partition('-')[2]}): a trailing "
                          f"zero is on the Joint Commission's \"Do Not Use\" list ({zero} is misread as "
                          f"{str(zero).replace('.', '')}); write {zero.normalize():f} unless the zero gives a "
                          "measurement's precision (a lab value)"))
    return found


def _trailing_zero(value: object) -> Decimal | None:
    """The first number of a value (or range) written with a zero after its decimal point's last digit."""
    for number in value if isinstance(value, tuple) else (value,):
        if isinstance(number, Decimal):
            _, digits, exponent = number.as_tuple()
            if isinstance(exponent, int) and exponent < 0 and digits[-1] == 0:
                return number
    return None


def placeholders(text: str) -> list[tuple[str, str]]:
    """The ``(name, spec)`` of every ``{name}`` / ``{name:spec}`` in a text; ValueError on stray braces."""
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
        out.append(_UNIT_AFTER.sub("\u00a0", literal, count=1) if bare else literal)
        if name is None:
            bare = False
            continue
        if name not in facts:
            raise ValueError(f"unknown fact {{{name}}}: define it in content/facts.yaml")
        out.append(format_fact(facts[name], locale, spec))
        bare = not facts[name].unit and facts[name].kind in ("value", "number")
    return "".join(out)


# A unit the text writes after a fact without one ("{supar} ng/mL", "{mass} kDa"): joined to the
# number by a no-break space, as the facts' own units are (a line never ends between them).
_UNIT_AFTER = re.compile(r"^ (?=[A-Za-zµμ°]{1,4}(?:/[A-Za-z]{1,4}){0,2}(?![\w/]))")  # "mg/kg/day" too


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
        return _qualified(fact, format_decimal(count, locale=locale))
    if fact.kind == "date":
        return format_date(fact.value, format="long", locale=locale)  # type: ignore[arg-type]
    if fact.kind == "year":
        return str(fact.value)
    if fact.kind == "percent":
        percent = format_percent(fact.value / 100, locale=locale, decimal_quantization=False)  # type: ignore[operator]
        return _qualified(fact, percent)
    return _qualified(fact, _format_value(fact, locale))


def _qualified(fact: Fact, text: str) -> str:
    """The qualifier goes with every kind that has one: "<5%" must never print as "5%"."""
    return QUALIFIERS[fact.qualifier] + text if fact.qualifier else text


def _pattern(value: Decimal) -> str:
    """The number pattern that prints ``value`` with the digits written in facts.yaml, no more, no fewer."""
    digits = max(0, -value.as_tuple().exponent)  # type: ignore[operator]
    return "#,##0." + "0" * digits if digits else "#,##0"


def _number(value: Decimal, locale: str) -> str:
    return format_decimal(value, format=_pattern(value), locale=locale)


def _format_value(fact: Fact, locale: str) -> str:
    low, high = fact.value if isinstance(fact.value, tuple) else (None, fact.value)
    assert isinstance(high, Decimal)
    shown = _number(high, locale) if low is None else f"{_number(low, locale)}{RANGE_DASH}{_number(high, locale)}"
    if not fact.unit:
        return shown
    length: Any = fact.length
    if fact.per:  # the number as written (Babel's unit patterns round to 3 decimals: 0.0625 mg was "0.062 mg")
        text = format_compound_unit(high, fact.unit, denominator_unit=fact.per, length=length, format=_pattern(high),
                                    locale=locale) or ""
    else:
        text = format_unit(high, fact.unit, length=length, format=_pattern(high), locale=locale)
    number = _number(high, locale)
    if number not in text:  # never print a dose other than the one written
        raise ValueError(f"fact {fact.id}: cannot print {high} {fact.unit} in {locale} ({text!r})")
    text = text.replace(number, shown, 1)
    if "liter" in f"{fact.unit}{fact.per}":  # US pharmacy style (ISMP): mL, dL and L in every language
        text = re.sub(r"\b([md]?)l\b", r"\1L", text)
    text = text.replace("μg", "mcg").replace("µg", "mcg")  # ISMP: "μg" is misread as "mg"
    # A number and its unit never part at the end of a line ("100" / "mg"): CLDR's patterns join them
    # with a plain space; a no-break space keeps them on one line, in print and on screen.
    return text.replace(f"{shown} ", f"{shown}\u00a0", 1).replace(f" {shown}", f"\u00a0{shown}", 1)
