"""QA: the number check's part on counts written in words (an error): a count the source spells out
is in the translation, in words or digits ("two tablets" is "dos tabletas" or "2 tabletas", never
"tres"), and a count the translation spells out is in the source ("dos veces" added to "Take 2
tablets" doubles the dose; "Take a tablet" as "Tome dos tabletas" adds one where the source says one).

In: (source text, translation, Context). Out: at most one ``Finding``. The counts in words are read by
numberwords.py, times counted by an article ("a week") by timecounts.py.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from decimal import Decimal

from . import langtag
from .clocktimes import without_hours_in_words
from .findings import Context, Finding, diff_message, finding
from .numberlexicon import NEVER_ADDED
from .numberwords import digit_count, in_digits, number_words, range_ones, spelled_counts
from .prose import mask
from .quantities import number_locale
from .timecounts import same_duration, times_counted_one, times_said
from .vietnamesetimes import without_times_in_words

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


def check_number_words(src: str, tr: str, ctx: Context,
                       fortnights: tuple[Counter[str], Counter[str]] = (Counter(), Counter())) -> list[Finding]:
    """A count the source spells out must be in the translation (in words or digits), and a count
    the translation spells out must be in the source ("dos veces" added to "Take 2 tablets" doubles
    the dose); "both" is often "los dos", which counts nothing. ``fortnights``: the words of those the
    texts say unpaired (numbercheck._unpaired_fortnights), quoted where counts differ ("two tablets
    every three weeks" as "tres tabletas cada dos semanas": found "cada dos semanas")."""
    if src == tr:  # nothing changed (a name kept as is)
        return []
    a = number_words(src, ctx.source_lang)
    if a is None:  # a language edu has no number words for: digits only
        return []
    # nearly every entry; a count the translation adds matters where the source gives a dose or a time
    # (digits or a fact) or says one ("once a day": "dos veces al día"): "entre dos páginas" for
    # "across a page" is no dose
    # (or where it said a fortnight the translation does not: "every two weeks" as "cada tres semanas")
    if not a and not (number_words(tr, ctx.lang) and (DOSE_CONTEXT.search(src) or fortnights[0]
                                                      or _says_one(src, ctx.source_lang))):
        return []
    src, tr = mask(BOTH_RE.sub(" ", src)), mask(BOTH_RE.sub(" ", tr))  # a word in an address is no count
    src, tr = without_times_in_words(src), without_times_in_words(tr)  # "lúc hai mươi giờ": at 20:00, no count
    src, tr = without_hours_in_words(src), without_hours_in_words(tr)  # "a las nueve y media": 9:30, no count
    a, b = number_words(src, ctx.source_lang), number_words(tr, ctx.lang)
    if a is None or b is None:
        return []
    if a or b:  # "one or two days" counts one, as "1 or 2 days" does ("Espere 2 días" loses it)
        a, b = {**range_ones(src, ctx.source_lang), **a}, {**range_ones(tr, ctx.lang), **b}
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
    return [finding("number", diff_message("count", Counter(missing) + fortnights[0], Counter(extra) + fortnights[1],
                                           advice))]


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


def counted_by_article(text: str, lang: str) -> str:
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
