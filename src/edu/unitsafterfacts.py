"""The units of a measure or a lab value an author types after a fact's placeholder ("{supar} ng/mL",
"{anc} × 10⁹/L", "{size} kDa"), which the page prints as written: the number check keeps each in the
translation ("ng/L" for "ng/mL" is a threshold a thousand times off). Symbols are case-sensitive ("Mg"
is no milligram) and may be spelled out ("nanogramos por mililitro" is "ng/mL"); the unit a fact
prints itself ("{dose} mg" where the fact has one) is quantities.fact_units'.

In: a text (a source or its translation) and the project's own unit words. Out: (fact, unit) counts
in one spelling, and a unit as the text types it, for a message.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from .quantities import PER, PER_WORD, UNIT_OF, Units

# Symbols, each prefix with each base: a liter's "l" or "L"
_PREFIXES = {"": "", "m": "m", "µ": "μ", "μ": "μ", "u": "μ", "n": "n", "p": "p", "k": "k", "d": "d", "c": "c"}
_SYMBOLS = {f"{prefix}{base}": f"{canonical}{unit}" for prefix, canonical in _PREFIXES.items()
            for base, unit in (("g", "g"), ("L", "L"), ("l", "L"), ("mol", "mol"), ("Da", "Da"), ("Eq", "Eq"))
            if not (prefix == "u" and base != "g")} | {"mcg": "μg", "m²": "m²", "m2": "m²"}
_UNIT_WORDS = {  # spelled out: "nanogramos por mililitro" is "ng/mL"
    **{word: unit.replace("mcg", "μg") for word, unit in UNIT_OF.items()
       if unit in ("mg", "mL", "mcg", "kg", "g", "L", "mmol")},
    **{word: "ng" for word in ("nanogram", "nanograms", "nanogramo", "nanogramos", "nanograma", "nanogramas",
                               "nanogramme", "nanogrammes")},
    **{word: "kDa" for word in ("kilodalton", "kilodaltons", "kilodaltones", "quilodalton", "quilodaltons")},
    **{word: "dL" for word in ("deciliter", "deciliters", "decilitre", "decilitres", "decilitro", "decilitros")},
}
# "× 10⁹" (or typed "x 10^9"; a no-break space, as Spanish typography puts around "×", is a space)
_POWER = "[×x·][ \u00a0\u202f]?10(?:[⁰¹²³⁴⁵⁶⁷⁸⁹⁻]+|\\^-?\\d+)"
# A quick look first (a necessary condition, tests/test_checks.py): few placeholders have a unit after them.
MAY_UNIT_AFTER_FACT = re.compile(r"(?i)\}[\s\u00a0\u202f]*(?:[×x·][ \u00a0\u202f]?10|"
                                 r"[nµμumkdcp]?(?:g|l|mol|da|eq)(?![^\W\d_])|mcg|m[²2](?![^\W\d_])|\w*gram|"
                                 r"\w*lit(?:er|re|ro)|\w*mol|\w*dalton)")
_SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")
_SPACE = "[\\s\\u00a0\\u202f]*"


@lru_cache(maxsize=16)
def _after_fact_words(extra: Units = ()) -> tuple[dict[str, str], re.Pattern[str]]:
    """The unit words (lower case) -> their unit, and a placeholder with the unit typed after it: a
    power of ten, a unit, what it is per."""
    words = {**_UNIT_WORDS, **{word: unit.replace("mcg", "μg") for word, unit in extra
                               if unit in ("mg", "mL", "mcg", "kg", "g", "L", "mmol")}}
    one = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted([*_SYMBOLS, *words], key=len, reverse=True))
    per = "|".join(re.escape(w) for w in sorted([*_SYMBOLS, *words, *PER], key=len, reverse=True))
    return words, re.compile(
        rf"\{{([A-Za-z_]\w*)(?:[:!][^}}]*)?\}}{_SPACE}(?P<power>{_POWER})?{_SPACE}"
        rf"(?P<unit>(?:{one})(?![^\W\d_]))?(?:\s*(?:{PER_WORD})\s*(?P<per>{per})(?![^\W\d_]))?")


def units_after_facts(text: str, extra: Units = ()) -> Counter[tuple[str, str]]:
    """(fact, unit) of each placeholder, the unit that of a measure or a lab value typed after it,
    in one spelling: "{supar} ng/mL" and "{supar} nanogramos por mililitro" give ("supar", "ng/mL"),
    "{anc} × 10⁹/L" gives ("anc", "×10⁹/L"), "{x} days" and "{x}" give ("x", "")."""
    words, pattern = _after_fact_words(extra)

    def canonical(word: str) -> str:
        lower = " ".join(word.lower().split())
        return _SYMBOLS.get(word) or words.get(lower) or PER.get(lower) or word

    found: Counter[tuple[str, str]] = Counter()
    for m in pattern.finditer(text):
        unit = ""
        if m["power"]:
            exponent = m["power"].lstrip("×x· \u00a0\u202f")[2:]
            unit = "×10" + (exponent[1:].translate(_SUPERSCRIPT) if exponent.startswith("^") else exponent)
        unit += canonical(m["unit"]) if m["unit"] else ""
        if unit and m["per"]:
            unit += "/" + canonical(m["per"])
        found[(m[1], unit)] += 1
    return found


def typed_after(name: str, text: str, extra: Units = ()) -> str:
    """The unit typed after the first placeholder of fact ``name`` in ``text``, as written ("× 10⁹/L";
    a message shows a no-break space as a space)."""
    _words, pattern = _after_fact_words(extra)
    m = next((m for m in pattern.finditer(text) if m[1] == name), None)
    typed = text[text.index("}", m.start()) + 1 : m.end()].strip() if m else ""
    return typed.replace("\u00a0", " ").replace("\u202f", " ")
