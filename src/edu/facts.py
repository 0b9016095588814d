"""Facts stage, reading: content/facts.yaml -> ``Fact`` records (model.py) by id, every value, unit,
qualifier and source key checked and every problem reported at once with its line. The sources they
name are read by references.py; their values are printed per locale by factformat.py.

A number that must never drift between languages is written once, here, with its source.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from babel.core import get_global
from babel.localedata import load as load_locale
from babel.units import _find_unit_pattern, get_unit_name

from .content import as_written, compose_yaml, mapping_items, node_value, read_source
from .errors import SourceError, closest, raise_all
from .model import Fact, Reference

KEY_RE = re.compile(r"^[a-z][a-z0-9_]*$")
KINDS = ("value", "percent", "number", "date", "year")
FACT_FIELDS = {*KINDS, "unit", "per", "length", "qualifier", "source", "fact", "note", "topic"}
QUALIFIERS = {"lt": "<", "le": "≤", "gt": ">", "ge": "≥"}
DOSE_UNITS = ("mass-", "volume-")  # a value in these units alone is a dose: no trailing zero (Joint Commission)
FACTS_PATH = "content/facts.yaml"


def load_facts(root: Path, references: dict[str, Reference], topics: tuple[str, ...] = ()) -> dict[str, Fact]:
    """Read content/facts.yaml and check every value, unit and source key, and each ``topic`` a fact
    declares against ``topics`` (those of [tool.edu.topics])."""
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
            fields = {k: node_value(v, path, 0, f"fact {key}: {k}") for k, v, _ in items}
            facts[key] = _fact(key, fields, {k: n for k, _, n in items}, line, path, references, topics)
        except SourceError as exc:
            errors.append(exc)
    raise_all(errors)
    return facts


def _fact(key: str, fields: dict[str, Any], lines: dict[str, int], line: int, path: Path,
          refs: dict[str, Reference], topics: tuple[str, ...]) -> Fact:
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
    topic = fields.get("topic")
    if "topic" in fields and (not isinstance(topic, str) or topic not in topics):
        raise fail(_unknown_topic(topic, topics), "topic")
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
    return Fact(key, kind, value, unit, per, qualifier, str(source), line, fields.get("length", "short"), topic)


def _unknown_topic(topic: object, topics: tuple[str, ...]) -> str:
    """Why a fact's ``topic`` names no medicine of the library: a typo would make the fact no
    medicine's, and another medicine's handouts print it unwarned (topicfacts.py)."""
    listed = f"[tool.edu.topics] of pyproject.toml ({', '.join(topics)})" if topics else "[tool.edu.topics]"
    if topic is None or topic == "":
        return f"topic is empty: write one of {listed}, or leave topic out" if topics else \
            "topic is empty: leave it out (pyproject.toml's [tool.edu.topics] names no topic)"
    near = closest(topic, topics) if isinstance(topic, str) else None
    if near:
        return f"topic {topic!r} is not in {listed}: did you mean {near!r}?"
    if topics:
        return (f"topic {topic!r} is not in {listed}: write the `topic:` of this medicine's handouts, and add it "
                "there if it is a new medicine")
    return (f"topic {topic!r} is not in {listed}, which names no topic: add {topic} = \"Its name\" there "
            "(pyproject.toml), or leave this fact's topic out")


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
