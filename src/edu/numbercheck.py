"""QA: the number check, an error. A translation keeps the source's numbers and units (each side
read with its own decimal marks), the counts it writes in words ("two tablets" is "dos tabletas",
never "tres"), a stage in Roman numerals ("phase III"), a number in other digits ("10⁹", "⑩") and
the unit a fact prints after its placeholder ("{pack_dose} mg").

In: (source text, translation, Context). Out: at most one ``Finding`` per part of the check (digits,
counts in words, other numerals, facts' units). Numbers are read by quantities.py, times of day by
clocktimes.py, counts in words by numberwords.py; decimalmarks.py words the advice.
"""

from __future__ import annotations

import re
from collections import Counter

from . import langtag
from .clocktimes import same_time
from .decimalmarks import marks_in_words, misread
from .findings import Context, Finding, diff_message, finding
from .model import Quantity
from .numberwords import NEVER_ADDED, digit_count, in_digits, number_words, spelled_counts
from .prose import CITATION, mask, visible
from .quantities import (
    FRACTION_CHARS,
    fact_units,
    fractions_as_digits,
    number_locale,
    numerals,
    quantities,
    unmatched,
)

# Quick necessary conditions: a text for which these say False cannot give the number check a
# finding (tests/test_properties.py checks each on generated text). Substring tests first: a regex
# with alternatives is tried at every place of the text, and these run on every catalog entry.
NUMERIC = re.compile(rf"\d|{FRACTION_CHARS.pattern}")  # a digit or a vulgar fraction (½); the order check's too


def check_number(src: str, tr: str, ctx: Context) -> list[Finding]:
    """Numbers and their units must match, each side read with its own decimal marks; so must the
    counts written as words ("two tablets" is "dos tabletas", never "tres"), a stage in Roman
    numerals ("phase III") and a number in other digits ("10⁹", "⑩")."""
    return (_check_digits(src, tr, ctx) + _check_number_words(src, tr, ctx) + _check_other_numerals(src, tr)
            + _check_fact_units(src, tr, ctx))


def _after(name: str, text: str) -> str:
    """The word written after the placeholder of fact ``name`` ("mg" in "{dose} mg")."""
    found = re.search(rf"\{{{name}(?:[:!][^}}]*)?\}}[\s\u00a0\u202f]*([^\s.,;:!?)]+)", text)
    return found[1] if found else ""


def _check_fact_units(src: str, tr: str, ctx: Context) -> list[Finding]:
    """A fact prints its own unit: "{pack_dose} mg" for "{pack_dose}" prints "100 mg mg", and
    "{count}" for "{count} mg" prints a number without its unit."""
    if "{" not in tr or "{" not in src:
        return []
    a, b = fact_units(src, ctx.units), fact_units(tr, ctx.units)
    if a == b or sorted(name for name, _ in a.elements()) != sorted(name for name, _ in b.elements()):
        return []  # the same, or facts missing or added: the placeholder check's
    problems = [f"{{{name}}} is followed by {_after(name, tr)!r} here but not in the source: a fact with a unit prints "
                "it, so the page would say it twice (and one without gains a unit the source does not give); delete it"
                for name, unit in b - a if unit]
    problems += [f"{{{name}}} is followed by {_after(name, src)!r} in the source but not here: the page would print "
                 "the number without its unit" for name, unit in a - b if unit]
    return [finding("number", "; ".join(problems))] if problems else []


def _check_other_numerals(src: str, tr: str) -> list[Finding]:
    listed_a, listed_b = numerals(visible(src)), numerals(visible(tr))
    if listed_a == listed_b:
        return []
    a, b = Counter(listed_a), Counter(listed_b)
    return [finding("number", diff_message("numeral", a - b, b - a, "copy every numeral as the source writes it"))]


DOSE_CONTEXT = re.compile(r"[0-9{]")  # where a dose or a time is given: digits or a fact (the period check's too)
BOTH_RE = re.compile(r"\b(?:(?:los|las|os|as|the)\s+(?:dos|dois|duas|two)|les\s+deux(?!\s+(?:heures|minutes)\b)|"
                     r"cả\s+hai)\b", re.IGNORECASE)  # "both" ("toutes les deux heures": every two hours)
# A count of one in words ("once a day", "one syringe", "una vez"): where the source says one, a
# count the translation adds ("dos veces al día") changes it. Never a pronoun ("no one", "one of
# them", "the one", "one day"), nor "once you open it", nor an article ("una jeringa" may be "la").
_ONE = {"en": re.compile(r"\bonce\b(?! (?:you|it|they|we|he|she|the|your|this|that|opened|started|thawed|mixed)\b)|"
                         r"(?<!\bno )(?<!\bthe )(?<!\bthis )(?<!\bthat )(?<!\bwhich )(?<!\bany )(?<!\beach )"
                         r"(?<!\bevery )\bone\b(?! (?:of|another|day|by one|or (?:the )?other)\b)(?!['’])"),
        "es": re.compile(r"\buna vez\b(?! (?:que|abiert\w*|preparad\w*|mezclad\w*|descongelad\w*)\b)"),
        "pt": re.compile(r"\buma vez\b(?! (?:que|abert\w*|preparad\w*|misturad\w*|descongelad\w*)\b)"),
        "fr": re.compile(r"\bune (?:seule )?fois\b(?! (?:que\b|qu[’']|ouvert\w*|entamé\w*|préparé\w*|mélangé\w*|"
                         r"décongelé\w*))"),
        "vi": re.compile(r"\bmột lần\b(?! nữa\b)")}


def _check_number_words(src: str, tr: str, ctx: Context) -> list[Finding]:
    """A count the source spells out must be in the translation (in words or digits), and a count
    the translation spells out must be in the source ("dos veces" added to "Take 2 tablets" doubles
    the dose); "both" is often "los dos", which counts nothing."""
    if src == tr:  # nothing changed (a name kept as is)
        return []
    a = number_words(src, ctx.source_lang)
    if a is None:  # a language edu has no number words for: digits only
        return []
    # nearly every entry; a count the translation adds matters where the source gives a dose or a time
    # (digits or a fact) or says one ("once a day": "dos veces al día"): "entre dos páginas" for
    # "across a page" is no dose
    if not a and not (number_words(tr, ctx.lang) and (DOSE_CONTEXT.search(src) or _says_one(src, ctx.source_lang))):
        return []
    src, tr = mask(BOTH_RE.sub(" ", src)), mask(BOTH_RE.sub(" ", tr))  # a word in an address is no count
    a, b = number_words(src, ctx.source_lang), number_words(tr, ctx.lang)
    if a is None or b is None:
        return []
    kept = number_words(tr, ctx.source_lang) or {}  # a count left in the source's words ("two" as is)
    missing = [f"{word} ({n})" for n, word in a.items() if n not in b and n not in kept and not in_digits(n, tr)]
    # a count in words may stand for the source's digits ("2 tablets": "dos tabletas"), not come on top of them
    extra = [f"{word} ({n})" for n, word in b.items()
             if n not in a and n not in NEVER_ADDED and digit_count(n, tr) >= digit_count(n, src)]
    if not missing and not extra:
        return []
    advice = "write the same counts as the source"
    return [finding("number", diff_message("count", Counter(missing), Counter(extra), advice))]


def _says_one(text: str, lang: str) -> bool:
    one = _ONE.get(langtag.primary(lang))
    return one is not None and one.search(text.lower()) is not None


def _check_digits(src: str, tr: str, ctx: Context) -> list[Finding]:
    if not (NUMERIC.search(src) or NUMERIC.search(tr)):
        return []
    locale = number_locale(ctx.lang, ctx.territory)
    if "[" in src or "[" in tr:  # a citation's number is no dose: check_link compares citations
        src, tr = CITATION.sub(" ", visible(src)), CITATION.sub(" ", visible(tr))
    a = quantities(fractions_as_digits(mask(src)), number_locale(ctx.source_lang, ctx.territory), ctx.units)
    b = quantities(fractions_as_digits(mask(tr)), locale, ctx.units)
    lost, added = unmatched(a, b), unmatched(b, a)
    if not lost and not added:
        return []
    lost, added = _matched_otherwise(lost, added, src, tr, ctx)
    missing, extra = Counter(q.text for q in lost), Counter(q.text for q in added)
    if not missing and not extra:
        return []
    advice = "; ".join([*misread(a, b, locale, ctx.lang), f"copy every number and unit ({marks_in_words(locale)})"])
    bare = {q.value for q in b if not q.unit} & {q.value for q in a if q.unit}
    if bare:  # the same number, its unit in a word the check does not know ("2 hs", "100 ملغ")?
        advice += "; a unit written in a word of your own is listed in [tool.edu.units] of pyproject.toml"
    return [finding("number", diff_message("number", missing, extra, advice))]


def _matched_otherwise(lost: list[Quantity], added: list[Quantity], src: str, tr: str,
                       ctx: Context) -> tuple[list[Quantity], list[Quantity]]:
    """What is still lost and added once a time of day is matched with one written otherwise ("8:30"
    without p.m. for "8:30 p.m.") and digits with words for the same count and unit ("2 tablets":
    "dos tabletas"; "two shots": "2 inyecciones"; "day 10": "10º dia"; "half": "½")."""
    for q in list(lost):
        twin = next((x for x in added if same_time(q, x)), None)
        if twin is not None:
            lost.remove(q)
            added.remove(twin)
    if lost or added:
        in_src, in_tr = spelled_counts(mask(src), ctx.source_lang, ctx.units), spelled_counts(mask(tr), ctx.lang,
                                                                                             ctx.units)
        spare_tr, spare_src = in_tr - in_src, in_src - in_tr
        for spare, side in ((spare_tr, lost), (spare_src, added)):
            for q in list(side):
                if spare[(q.value, q.unit)] > 0:
                    spare[(q.value, q.unit)] -= 1
                    side.remove(q)
    return lost, added
