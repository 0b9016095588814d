"""QA: the number check, an error. A translation keeps the source's numbers and units (each side
read with its own decimal marks), the counts it writes in words ("two tablets" is "dos tabletas",
never "tres"), a stage in Roman numerals ("phase III"), a number in other digits ("10⁹", "⑩"), the
unit a fact prints after its placeholder ("{pack_dose} mg") and the unit the source types after one
("{supar} ng/mL"); and it writes its digits as the source does, or as its language's own (never
"３０" or "٣٠" for "30" in Spanish: a reader, a search and the fonts see other characters). The
``dose-notation`` check, an error too, refuses a dose the translation writes ".5 mL" or "1.0 mg".

In: (source text, translation, Context). Out: at most one ``Finding`` per part of the check (digits,
counts in words, other numerals, facts' units). Numbers are read by quantities.py, times of day by
clocktimes.py, counts in words by numberwords.py; decimalmarks.py words the advice.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import replace
from decimal import Decimal
from functools import lru_cache

from babel import Locale
from babel.core import UnknownLocaleError

from . import langtag
from .clocktimes import CLOCK, CLOCK_12, same_time, times_counted
from .countswaps import check_swapped_counts
from .decimalmarks import marks_in_words, misread
from .droppedtimes import left_out
from .factformat import placeholders
from .findings import Context, Finding, diff_message, finding
from .model import Quantity
from .numberwords import NEVER_ADDED, digit_count, in_digits, number_words, spelled_counts, spelled_spoons
from .periods import periods
from .prose import CITATION, mask, visible
from .quantities import (
    EXTRA_GROUPS,
    FRACTION_CHARS,
    MAY_UNIT_AFTER_FACT,
    Units,
    fact_units,
    fractions_as_digits,
    number_locale,
    number_symbols,
    numerals,
    quantities,
    spoon_sizes_changed,
    typed_after,
    units_after_facts,
    unmatched,
)
from .rates import per_day_not_in_hours, rate_per_24_hours
from .timecounts import PERIOD_OF, Time, may_say_time, same_duration, times_counted_one, times_said, unpaired

# Quick necessary conditions: a text for which these say False cannot give the number check a
# finding (tests/test_properties.py checks each on generated text). Substring tests first: a regex
# with alternatives is tried at every place of the text, and these run on every catalog entry.
NUMERIC = re.compile(rf"\d|{FRACTION_CHARS.pattern}")  # a digit or a vulgar fraction (½); the order check's too
_24_HOURS = frozenset({(Decimal(24), "h")})  # a day, where a rate is per it ("40 mg/24 h")


def check_number(src: str, tr: str, ctx: Context) -> list[Finding]:
    """Numbers and their units must match, each side read with its own decimal marks; so must the
    counts written as words ("two tablets" is "dos tabletas", never "tres"), a stage in Roman
    numerals ("phase III") and a number in other digits ("10⁹", "⑩"); each count stays with the thing
    it counts ("2 tablets 3 times a day" is never "3 tabletas 2 veces al día": countswaps.py); and each
    time keeps its own count ("for a week" is never "durante dos semanas" beside the two of "two
    tablets")."""
    other = _check_other_numerals(src, tr)  # "× 10⁶/L" for "× 10⁹/L": said once, there
    counts = _check_digits(src, tr, ctx) + _check_number_words(src, tr, ctx)  # a time changed: said once, here
    counts = counts or _check_spoons_in_words(src, tr, ctx)  # "two teaspoons": "dos cucharadas"
    counts = counts or check_swapped_counts(src, tr, ctx)  # the same numbers, on each other's things
    return (_check_script_of_digits(src, tr, ctx) + counts + (_check_times(src, tr, ctx) if not counts else [])
            + other + (_check_fact_units(src, tr, ctx) if not other else []))


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


def _check_script_of_digits(src: str, tr: str, ctx: Context) -> list[Finding]:
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
    if a == b:
        return _check_units_after_facts(src, tr, ctx)
    if sorted(name for name, _ in a.elements()) != sorted(name for name, _ in b.elements()):
        return []  # facts missing or added: the placeholder check's
    problems = [f"{{{name}}} is followed by {_after(name, tr)!r} here but not in the source: a fact with a unit prints "
                "it, so the page would say it twice (and one without gains a unit the source does not give); delete it"
                for name, unit in b - a if unit]
    problems += [f"{{{name}}} is followed by {_after(name, src)!r} in the source but not here: the page would print "
                 "the number without its unit" for name, unit in a - b if unit]
    return [finding("number", "; ".join(problems))] if problems else _check_units_after_facts(src, tr, ctx)


def _check_units_after_facts(src: str, tr: str, ctx: Context) -> list[Finding]:
    """The unit the source types after a fact ("{supar} ng/mL", "{anc} × 10⁹/L", "{size} kDa") is
    printed as the translation writes it: "ng/L" for "ng/mL" is a threshold a thousand times off.
    Spelled out is fine ("nanogramos por mililitro"), as for the numbers' own units."""
    if not MAY_UNIT_AFTER_FACT.search(src):  # nearly every text
        return []
    a = units_after_facts(src, ctx.units)
    if not any(unit for _name, unit in a):
        return []
    b = units_after_facts(tr, ctx.units)
    names = {name for name, _unit in b}
    lost = [(name, unit) for name, unit in a - b if unit and name in names]  # a fact missing: the placeholder check's
    if not lost:
        return []
    problems = []
    for name, _unit in lost:
        typed = typed_after(name, tr, ctx.units)
        put = f'by "{typed}" here' if typed else "by no unit here"
        problems.append(f'{{{name}}} is followed by "{typed_after(name, src, ctx.units)}" in the source and {put}')
    return [finding("number", f"{'; '.join(problems)}: keep the unit after each fact as the source writes it (its "
                    "words may be your language's: \"ng/mL\" or \"nanogramos por mililitro\")")]


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
    lost = [n for n in a if n not in b and n not in kept and not in_digits(n, tr, ctx.lang)]
    if lost:  # a time the translation says in other units is not lost ("two weeks": "14 días")
        said_otherwise = _same_time_in_words(tr, src, replace(ctx, source_lang=ctx.lang, lang=ctx.source_lang))
        lost = [n for n in lost if n not in said_otherwise]
    missing = [f"{a[n]} ({n})" for n in lost]
    # a count in words may stand for the source's digits ("2 tablets": "dos tabletas"), not come on top of them,
    # or say a time the source counts with an article in other units ("a week": "siete días")
    same = _same_time_in_words(src, tr, ctx)
    added = [(n, word) for n, word in b.items()
             if n not in a and n not in NEVER_ADDED and n not in same
             and digit_count(n, tr, ctx.lang) >= digit_count(n, src, ctx.source_lang)]
    extra = [f"{word} ({n})" for n, word in added]
    if not missing and not extra:
        return []
    advice = "write the same counts as the source"
    one = "" if a or missing else _one_nearest(src, tr, added[0][1], ctx.source_lang)
    if one:  # "Take a tablet": "Tome dos tabletas"
        advice = f'the source says one ("{one}" is one); {advice}'
    return [finding("number", diff_message("count", Counter(missing), Counter(extra), advice))]


# An article before a counted noun counts one too: "Take a tablet" is one tablet, so "Tome dos
# tabletas" adds a count; "Bring a photo ID" is one ID. Only before a noun a dose or a thing to bring
# is counted in (a word or two may come between: "a new syringe"): "entre dos páginas" for "across a
# page" adds no count. A time counted by an article ("Wait a day": "Espere tres días") is read by
# timecounts.py, where the same time in other units is the same count ("a week": "siete días"). Not
# "a few", "a box or two", "un par", "une fois que", nor "a" of "8 a.m." or "hepatitis A" (an English
# article is lower case unless it starts a sentence). Only a count the translation adds is read so
# ("una tableta" for "the tablet" adds none).
_COUNTED = {
    "en": "tablet|pill|capsule|caplet|shot|injection|jab|syringe|pen|needle|vial|ampule|ampoule|dose|drop|puff|"
          "spray|patch|suppository|lozenge|packet|sachet|spoonful|teaspoon|teaspoonful|tablespoon|tablespoonful|cup|"
          "cupful|glass|bottle|box|id|card|form|copy|list|sample|test|refill|prescription|appointment|visit",
    "es": "tableta|pastilla|comprimido|cápsula|inyección|jeringa|pluma|aguja|vial|ampolla|dosis|gota|inhalación|"
          "aplicación|parche|supositorio|sobre|cucharada|cucharadita|taza|vaso|frasco|caja|identificación|tarjeta|"
          "formulario|copia|lista|muestra|prueba|receta|cita|visita",
    "pt": "comprimido|pílula|cápsula|injeção|seringa|caneta|agulha|frasco|ampola|dose|gota|jato|adesivo|"
          "supositório|sachê|colher|colherada|copo|xícara|caixa|identidade|documento|cartão|formulário|cópia|lista|"
          "amostra|exame|receita|consulta|visita",
    "fr": "comprimé|pilule|gélule|capsule|injection|piqûre|seringue|stylo|aiguille|flacon|ampoule|dose|goutte|"
          "bouffée|pulvérisation|patch|timbre|suppositoire|sachet|cuillère|cuillerée|tasse|verre|boîte|pièce|carte|"
          "formulaire|copie|liste|échantillon|test|ordonnance|rendez-vous|visite",
}
_ARTICLES = {"en": r"(?:(?<![^\s(\"“])(?<![^.!?:;]\s)A|\ba)n?", "es": r"\b(?i:una?)", "pt": r"\b(?i:uma?)",
             "fr": r"\b(?i:une?)"}
_NOT_ONE = {"en": r"[a-z]+ or (?:two|three|so)\b|(?:few|lot|couple|dozen|number)\b",
            "es": r"\w+ o (?:dos|tres)\b|(?:poco|par|docena)\b", "pt": r"\w+ ou (?:dois|duas|três)\b|(?:pouco|par)\b",
            "fr": r"\w+ ou (?:deux|trois)\b|(?:peu|paire|douzaine)\b"}
_ARTICLE = {code: re.compile(rf"{_ARTICLES[code]} (?!{_NOT_ONE[code]})(?i:(?:[^\W\d_]+[ -]){{0,2}}?(?:{nouns})(?:e?s)?)"
                             r"(?![^\W\d_])") for code, nouns in _COUNTED.items()}


def _says_one(text: str, lang: str) -> bool:
    code = langtag.primary(lang)
    one, article = _ONE.get(code), _ARTICLE.get(code)
    return (one is not None and one.search(text.lower()) is not None) or (
        article is not None and article.search(text) is not None) or bool(times_counted_one(text, lang))


def _counted_by_article(text: str, lang: str) -> str:
    """The first article of ``text`` that counts one, with its noun ("a tablet", "a day"), or ""."""
    article = _ARTICLE.get(langtag.primary(lang))
    m = article.search(text) if article is not None else None
    times = times_counted_one(text, lang)
    if times and (m is None or text.find(times[0].words) < m.start()):
        return times[0].words
    return m[0] if m else ""


def _one_nearest(src: str, tr: str, added: str, lang: str) -> str:
    """The count of one of ``src`` ("once", "a tablet", "a day") whose place in it is nearest to the
    place of the count ``added`` in ``tr``: "Use each syringe only once. If you need less than a full
    syringe…" as "Use cada seringa só duas vezes. …" changed "once", not "a full syringe"; or ""."""
    code = langtag.primary(lang)
    one, article = _ONE.get(code), _ARTICLE.get(code)
    found = [(m.start(), src[m.start() : m.end()]) for m in one.finditer(src.lower())] if one is not None else []
    found += [(m.start(), m[0]) for m in article.finditer(src)] if article is not None else []
    found += [(src.find(time.words), time.words) for time in times_counted_one(src, lang)]
    where = tr.lower().find(added) / max(len(tr), 1)
    return min(found, key=lambda place: abs(place[0] / max(len(src), 1) - where))[1] if found else ""


def _same_time_in_words(src: str, tr: str, ctx: Context) -> set[str]:
    """The counts of ``tr`` in words that say a time ``src`` counts one with an article in other
    units ("siete días" for "a week", "doce meses" for "a year"), or says with a count in the next
    units, exactly ("dos semanas" for "14 days"), as number_words' values."""
    times = times_counted_one(src, ctx.source_lang)
    said = _times_in_next_units(src, ctx.source_lang, ctx)
    if not times and not said:
        return set()
    same = {pair for time in times for pair in time.same} | said
    return {str(value) for value, unit in spelled_counts(tr, ctx.lang, ctx.units) if (value, unit) in same}


def _times_in_next_units(text: str, lang: str, ctx: Context) -> set[tuple[Decimal, str]]:
    """The times ``text`` says with a count in words or digits, each in the next units too ("2 weeks":
    (2, "week") and (14, "day")); none where it says no time (nearly every text)."""
    times = times_said(text, lang, number_locale(lang, ctx.territory), ctx.units)
    return {pair for time in times for value, unit in time.same for pair in same_duration(value, unit)}


def _check_digits(src: str, tr: str, ctx: Context) -> list[Finding]:
    if not (NUMERIC.search(src) or NUMERIC.search(tr)):
        return []
    locale = number_locale(ctx.lang, ctx.territory)
    if "[" in src or "[" in tr:  # a citation's number is no dose: check_link compares citations
        src, tr = CITATION.sub(" ", visible(src)), CITATION.sub(" ", visible(tr))
    read_a, read_b = fractions_as_digits(mask(src)), fractions_as_digits(mask(tr))
    a = quantities(read_a, number_locale(ctx.source_lang, ctx.territory), ctx.units)
    b = quantities(read_b, locale, ctx.units)
    lost, added = unmatched(a, b), unmatched(b, a)
    if not lost and not added:
        return []
    lost, added = _matched_otherwise(lost, added, src, tr, ctx)
    if lost and added:
        lost, added = _times_read_as_counts(lost, added, read_a, read_b)
    if lost or added:
        lost, added = _per_day_in_hours(lost, added, read_a, read_b, ctx)
    if lost and added:
        lost, added = _same_time_otherwise(lost, added)
    missing, extra = Counter(q.text for q in lost), Counter(q.text for q in added)
    if not missing and not extra:
        return []
    marks = (f" ({marks_in_words(locale)})" if _marks_involved(lost, read_a, locale) or _marks_involved(added, read_b,
                                                                                                    locale) else "")
    advice = "; ".join([*misread(a, b, locale, ctx.lang), f"copy every number and unit{marks}"])
    lost_in, added_in = {q.unit for q in lost if q.unit in PERIOD_OF}, {q.unit for q in added if q.unit in PERIOD_OF}
    if lost_in and added_in and lost_in != added_in:  # a time in other units: "1 month" as "30 días"
        advice += f"; {_OTHER_UNITS}"
    spoons = spoon_sizes_changed(lost, added, a, b) if lost and added else []
    if spoons:  # "2 cuillerées à soupe" for "2 spoonfuls": a size added (or dropped)
        advice += f"; {_spoon_sizes_said(spoons)}"
    ordinals = [q for q in added if not q.unit and _ORDINAL_ENDING.search(q.text)]  # "el 3mo": the 3rd
    if ordinals and {q.value for q in ordinals} & {q.value for q in lost if q.unit}:
        advice += "; " + ", ".join(f'"{q.text}" reads as an ordinal, not a unit: write the unit as a word'
                                for q in ordinals)
    bare = ({q.value for q in added if not q.unit} & {q.value for q in lost if q.unit} - {q.value for q, _ in spoons}
            - {q.value for q in ordinals})
    if bare:  # the same number, its unit in a word the check does not know ("2 hs", "100 ملغ")?
        advice += "; a unit written in a word of your own is listed in [tool.edu.units] of pyproject.toml"
    one = _counted_by_article(src, ctx.source_lang) if extra and not missing else ""
    if one and times_counted_one(one, ctx.source_lang):  # "Wait an hour": "Espere 2 horas"
        advice = f'the source says one ("{one}" is one); {advice}'
    left_out = _facts_left_out(src, tr) if extra else []
    if left_out:  # "24 horas" typed for "{store_us_room}": the number stays when the fact changes
        advice += (f"; where it is the value of {' or '.join(left_out)}, which the translation leaves out, write "
                   f"{'that placeholder' if len(left_out) == 1 else 'the placeholder'} instead: a typed number does "
                   "not follow content/facts.yaml")
    return [finding("number", diff_message("number", missing, extra, advice))]


_ORDINAL_ENDING = re.compile(r"\d[^\W\d_]+\Z")  # a bare number with letters right after it: "7mo", "2da"
_SPOON_SIZES = {"tsp": "a teaspoon", "tbsp": "a tablespoon", "cucharada": "a tablespoon"}


def _spoon_sizes_said(pairs: list[tuple[Quantity, Quantity]]) -> str:
    """What a message says of the counts of spoons whose size the translation adds or drops (each
    pair's sized spoon in its words: "2 cucharadas soperas", not the "1" of "1 a 2 cucharadas soperas")."""
    sized = [(q, x) for q, x in pairs if any(ch.isalpha() for ch in (q if q.unit in _SPOON_SIZES else x).text)] or pairs
    said = []
    for lost, added in sized:
        if lost.unit in _SPOON_SIZES:
            said.append(f'"{lost.text}" in the source gives the spoon\'s size ({_SPOON_SIZES[lost.unit]}) and the '
                        "translation drops it: keep the size")
        else:
            said.append(f'the source\'s spoon has no size and "{added.text}" adds one ({_SPOON_SIZES[added.unit]}): '
                        "count spoons of no size, as the source does")
    return "; ".join(dict.fromkeys(said))


# The letters of a spoon in the five languages (SPOON_WORDS and the units tsp and tbsp): a quick look
# before the counts in words of spoons are read
_SPOON_STEMS = ("spoon", "tsp", "tbsp", "cuchar", "colher", "cuill", "thìa", "muỗng")
# A spoon's size and the other side's that may be the same: a "cucharada" alone is a tablespoon or a spoonful
_SAME_SPOON = frozenset({("cucharada", "any"), ("any", "cucharada"), ("cucharada", "tbsp"), ("tbsp", "cucharada")})


def _check_spoons_in_words(src: str, tr: str, ctx: Context) -> list[Finding]:
    """A count of spoons in words keeps its spoon, as digits do (_check_digits, spoon_sizes_changed):
    "two teaspoons" is never "dos cucharadas" (a tablespoon), "two spoonfuls" never "deux cuillerées à
    soupe" (a size added), "two tablespoons" never "duas colheres" (the size dropped). Only where both
    texts count the same spoons in words; a count changed is _check_number_words'."""
    if not may_count_spoons(src, ctx.units) or not may_count_spoons(tr, ctx.units):  # nearly every text
        return []
    left = spelled_spoons(mask(tr), ctx.lang, ctx.units)
    said = []
    for words, value, size in spelled_spoons(mask(src), ctx.source_lang, ctx.units):
        same = [x for x in left if x[1] == value]
        twin = next((x for x in same if x[2] == size or (size, x[2]) in _SAME_SPOON), same[0] if same else None)
        if twin is None:
            continue
        left.remove(twin)
        if twin[2] != size and (size, twin[2]) not in _SAME_SPOON:
            said.append(f'"{words}" in the source is "{twin[0]}" in the translation ({_spoon_change(size, twin[2])})')
    if not said:
        return []
    return [finding("number", f"{'; '.join(said)}: keep each spoon's size as the source gives it, or none where it "
                    "gives none")]


def may_count_spoons(text: str, units: Units = ()) -> bool:
    """A quick look: whether ``text`` has the letters of a spoon (a word of one or a unit, the project's
    too: spelled_spoons finds none in a text without them, tests/test_quick_looks.py)."""
    lowered = text.lower()
    return any(stem in lowered for stem in _SPOON_STEMS) or any(
        word in lowered for word, unit in units if unit in ("tsp", "tbsp"))


def _spoon_change(size: str, other: str) -> str:
    """What changed from a spoon of ``size`` to one of ``other`` (quantities.spoon_of)."""
    if size == "any":
        return f"a size added: {_SPOON_SIZES[other]}"
    if other == "any":
        return "its size dropped"
    return f"{_SPOON_SIZES[other]} for {_SPOON_SIZES[size]}"


# What a message says of a time written in other units (timecounts.same_duration)
_OTHER_UNITS = ("a time may be written in other units only where they are exact (2 weeks as 14 days, 2 days as "
                "48 hours, 2 hours as 120 minutes): a month is no number of days or weeks (keep months)")


def _same_time_otherwise(lost: list[Quantity], added: list[Quantity]) -> tuple[list[Quantity], list[Quantity]]:
    """What is still lost and added once a time is matched, one for one, with the same time the other
    text writes in the next units, exactly ("2 weeks": "14 días"; "48 horas" for "2 days"; never "15
    días", nor "30 días" for "1 month")."""
    for q in [q for q in lost if q.unit in PERIOD_OF]:
        same = same_duration(q.value, q.unit)
        twin = next((x for x in added if (x.value, x.unit) in same), None)
        if twin is not None:
            lost.remove(q)
            added.remove(twin)
    return lost, added


def _per_day_in_hours(lost: list[Quantity], added: list[Quantity], read_a: str, read_b: str,
                      ctx: Context) -> tuple[list[Quantity], list[Quantity]]:
    """What is still lost and added once the 24 hours of a rate ("40 mg/24 h") are matched with a
    rate per day the other text says in other words ("40 mg/día", "40 mg al día"), one for one (the
    period check pairs the amounts: "40 mg/12 h" as "40 mg/día" is its error, and this one's)."""
    for side, text, other, this_lang, other_lang in ((lost, read_a, read_b, ctx.source_lang, ctx.lang),
                                                     (added, read_b, read_a, ctx.lang, ctx.source_lang)):
        in_hours = [q for q in side if rate_per_24_hours(q, text)]
        for q in in_hours[: _days_for_hours(text, other, this_lang, other_lang)]:
            side.remove(q)
    return lost, added


def _days_for_hours(text: str, other: str, lang: str, other_lang: str) -> int:
    """How many rates per day ``other`` says in other words than ``text`` does ("/día" for "/24 h")."""
    return max(per_day_not_in_hours(other, other_lang) - per_day_not_in_hours(text, lang), 0)


def _rates_in_hours(times: list[Time], text: str, other: str, langs: tuple[str, str], ctx: Context) -> list[Time]:
    """``times`` (of ``text``, in langs[0]) without the 24 hours of a rate that ``other`` (in
    langs[1]) says per day in other words."""
    if not any(time.same == _24_HOURS for time in times):  # nearly every text
        return times
    in_hours = quantities(text, number_locale(langs[0], ctx.territory), ctx.units)
    spare = min(sum(1 for q in in_hours if rate_per_24_hours(q, text)), _days_for_hours(text, other, *langs))
    kept = []
    for time in times:
        if spare and time.same == _24_HOURS:
            spare -= 1
        else:
            kept.append(time)
    return kept


def _check_times(src: str, tr: str, ctx: Context) -> list[Finding]:
    """A time keeps its own count: "Take two tablets a day for a week" is never "… durante dos
    semanas", although both texts count two (the parts above compare a text's counts as a set, and
    the two tablets hide the two weeks). Each time the source says with a count (an article, a word,
    digits) pairs with one the translation says the same in any exact units ("a week": "7 días"). A
    time changed (one lost where another is added) is said so; one only left out ("for a week" in
    "Tome dos tabletas al día") is read by droppedtimes.py, which lets "a day before" be "el día
    anterior"; one only added is free ("the day before" may be "un día antes")."""
    if src == tr or not may_say_time(src, ctx.source_lang, ctx.units):  # nearly every text: no time
        return []
    src, tr = mask(src), mask(tr)
    said = times_said(src, ctx.source_lang, number_locale(ctx.source_lang, ctx.territory), ctx.units)
    put = times_said(tr, ctx.lang, number_locale(ctx.lang, ctx.territory), ctx.units) if said else ()
    lost, added = unpaired(said, put), unpaired(put, said)
    # "40 mg/24 h" is "40 mg/día" ("per 24 hours": "al día")
    lost = _rates_in_hours(lost, src, tr, (ctx.source_lang, ctx.lang), ctx)
    added = _rates_in_hours(added, tr, src, (ctx.lang, ctx.source_lang), ctx)
    if lost and not added:  # "for a week" left out: the tablets go on for good
        return _check_times_left_out(lost, said, src, tr, ctx)
    if lost and added:  # how often changed ("every three days": "cada tres semanas") is the period check's
        often, other = periods(src, ctx.source_lang), periods(tr, ctx.lang)
        if often is not None and other is not None:
            lost = [time for time in lost if time.period not in often.often - other.named]
            added = [time for time in added if time.period not in other.often - often.named]
    if not lost or not added:
        return []
    return [finding("number", diff_message("time", Counter(f'"{time.words}"' for time in lost), Counter(
        f'"{time.words}"' for time in added), "give each time the source's count and unit (the same time in other "
        "units is fine: a week may be 7 days, a day 24 hours)"))]


def _check_times_left_out(lost: list[Time], said: tuple[Time, ...], src: str, tr: str,
                          ctx: Context) -> list[Finding]:
    """A time of the source the translation does not say at all (droppedtimes.py): "Take two tablets
    a day for a week" as "Tome dos tabletas al día" is a course that never ends."""
    gone = left_out(lost, said, src, tr, ctx.source_lang, ctx.lang)
    if not gone:
        return []
    return [finding("dropped-time", diff_message("time", Counter(f'"{words}"' for words in gone), Counter(), (
        "give each time with its count (in any units: a week may be 7 days, a day 24 hours): without it a reader "
        "does not know how long or when; where other words say it, a reviewer confirms them with "
        "edu-ok:dropped-time")))]


def _facts_left_out(src: str, tr: str) -> list[str]:
    """The fact placeholders of ``src`` that ``tr`` does not write ("{store_us_room}")."""
    try:
        used, kept = placeholders(src), {name for name, _spec in placeholders(tr)}
    except ValueError:  # a stray brace: the placeholder check's
        return []
    return [f"{{{name}}}" for name in dict.fromkeys(name for name, _spec in used) if name not in kept]


_MARKS = ".,'’٫٬" + EXTRA_GROUPS


def _marks_involved(found: list[Quantity], text: str, locale: str) -> bool:
    """Whether a decimal or group mark is in or beside one of the numbers ``found`` in ``text``
    ("0,67" read as 0 and 67 in es_US): then a message says how the locale writes them."""
    decimal, group = number_symbols(locale)
    marks = _MARKS + decimal + group + (" " if group in EXTRA_GROUPS else "")  # "4 000" for "4 000" in French
    for q in found:
        if any(mark in q.text for mark in marks):
            return True
        after, before = text[q.end : q.end + 2], text[max(0, q.start - 2) : q.start]
        if (len(after) == 2 and after[0] in marks and after[1].isdigit()) or (
                len(before) == 2 and before[1] in marks and before[0].isdigit()):
            return True
    return False


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
        # a time counted by an article, in any units: "a day" is "1 día" or "24 horas"
        in_src.update(pair for time in times_counted_one(mask(src), ctx.source_lang) for pair in time.same)
        in_tr.update(pair for time in times_counted_one(mask(tr), ctx.lang) for pair in time.same)
        spare_tr, spare_src = in_tr - in_src, in_src - in_tr
        for spare, side in ((spare_tr, lost), (spare_src, added)):
            for q in list(side):
                # the same count and unit, or the same time in the next units ("14 days": "dos semanas")
                pair = next((pair for pair in ((q.value, q.unit), *same_duration(q.value, q.unit)) if spare[pair] > 0),
                            None)
                if pair is not None:
                    spare[pair] -= 1
                    side.remove(q)
    return lost, added


def _times_read_as_counts(lost: list[Quantity], added: list[Quantity], read_a: str,
                          read_b: str) -> tuple[list[Quantity], list[Quantity]]:
    """What is still lost and added once numbers read as counts with a part of the day after them
    ("Take it 8 or 9 in the morning": as "Take 1 or 2 in the morning" counts tablets) are matched with
    the times of day the other text says at those hours ("a las 8 o las 9 de la mañana"): each of the
    range, or none."""
    for side, other, text in ((lost, added, read_a), (added, lost, read_b)):
        if not any(not q.unit for q in side) or not any(x.unit in (CLOCK, CLOCK_12) for x in other):
            continue
        for times in times_counted(text):
            counts = [q for time in times for q in side if not q.unit and q.start == time.start]
            twins: list[Quantity] = []
            for time in times:
                twin = next((x for x in other if x.unit in (CLOCK, CLOCK_12) and x not in twins and (
                    (x.value, x.unit) == (time.value, time.unit) or same_time(time, x))), None)
                if twin is not None:
                    twins.append(twin)
            if len(counts) == len(twins) == len(times):
                for q in counts:
                    side.remove(q)
                for twin in twins:
                    other.remove(twin)
    return lost, added


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
