"""Numbers in prose, read as a writer of a language and territory writes them: decimal and group
marks from CLDR (via Babel), units in English, Spanish, Portuguese, French and Vietnamese (and
the words a project adds in ``[tool.edu.units]`` for its other languages), ranges ("5 to 10 mg").

In: a text with its non-prose parts masked (prose.mask) and a locale. Out: ``Quantity`` records
(model.py: value, canonical unit, as written) that the number check compares between source and
translation. Times of day are read by clocktimes.py, counts written as words by numberwords.py, the
spoon a count says by spoons.py, the units typed after a fact's placeholder ("{supar} ng/mL") by
unitsafterfacts.py; how a locale's marks are named to a translator, and what a copied number reads
as, is decimalmarks.py's.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import replace
from decimal import Decimal
from functools import lru_cache

from babel import localedata
from babel.core import UnknownLocaleError, get_global
from babel.numbers import get_decimal_symbol, get_group_symbol

from . import langtag
from .clocktimes import CLOCK, CLOCK_12, clock_times, may_clock
from .model import Quantity
from .periods import PERIOD_NOUNS
from .spoons import SPOON, Spoonful, spoon_kinds

# Canonical unit -> how English, Spanish, Portuguese, French and Vietnamese write it (spelled-out forms
# included).
UNITS = {
    "mg": "mg|milligram|milligrams|miligramo|miligramos|miligrama|miligramas|milligramme|milligrammes",
    "mL": "ml|milliliter|milliliters|millilitre|millilitres|mililitro|mililitros",
    "mcg": "mcg|µg|μg|microgram|micrograms|microgramo|microgramos|micrograma|microgramas|microgramme|microgrammes",
    "kg": "kg|kilogram|kilograms|kilogramo|kilogramos|quilograma|quilogramas|kilogramme|kilogrammes",
    "g": "g|gram|grams|gramo|gramos|grama|gramas|gramme|grammes",
    "L": "l|liter|liters|litre|litres|litro|litros",
    "mmol": "mmol|millimole|millimoles|milimol|milimoles",
    "°C": "°c|ºc|° c|℃|degrees celsius|grados celsius|grados centígrados|graus celsius|degrés celsius|độ c",
    "°F": "°f|ºf|° f|℉|degrees fahrenheit|grados fahrenheit|graus fahrenheit|degrés fahrenheit|độ f",
    "%": "%|percent|per cent|por ciento|por cento|pour cent|phần trăm",
    "min": "min|minute|minutes|minuto|minutos|phút",
    "h": "h|hr|hrs|hour|hours|hora|horas|heure|heures|giờ|tiếng",  # "2 tiếng": two hours
    "day": "day|days|día|días|dia|dias|jour|jours|ngày",
    "week": "week|weeks|wk|wks|semana|semanas|semaine|semaines|tuần",  # "q4wk": clinicians' shorthand
    "month": "month|months|mo|mos|mes|meses|mês|mois|tháng",
    # household measures: a teaspoon for a tablespoon is three times the dose (a known error in
    # children's liquid medicines); a spoon alone ("spoonful", "cuchara", "colher") says neither (spoons.SPOON),
    # and Spanish "cucharada" alone says a tablespoon or, in everyday words, a spoonful (unmatched);
    # "cucharada sopera", "cuchara de sopa" say a tablespoon only, "cucharita" a teaspoon, and so does
    # Canadian French "cuillère à thé"; their abbreviations too: Spanish "cdta", "cdita", "c/c" (a teaspoon),
    # "cda", "c/s" (a tablespoon, never a spoonful: a measure's abbreviation), French "c. à café", "c. à c.",
    # "càc", "c. à soupe", "c. à s.", "càs"
    "tsp": "cdta|cdtas|cdita|cditas|c/c|c. à café|c. à thé|c. à c.|c.à.c.|c.à.c|càc|"
           "tsp|tsps|teaspoon|teaspoons|teaspoonful|teaspoonfuls|cucharadita|cucharaditas|cucharita|cucharitas|"
           "cucharilla|cucharillas|colher de chá|colheres de chá|colherzinha|colherzinhas|cuillère à café|"
           "cuillères à café|cuillerée à café|cuillerées à café|cuillère à thé|cuillères à thé|cuillerée à thé|"
           "cuillerées à thé|muỗng cà phê|thìa cà phê",
    "tbsp": "tbsp|tbsps|tablespoon|tablespoons|tablespoonful|tablespoonfuls|cucharada|cucharadas|cucharada sopera|"
            "cucharadas soperas|cucharada de sopa|cucharadas de sopa|cuchara sopera|cucharas soperas|cuchara de sopa|"
            "cucharas de sopa|colher de sopa|"
            "colheres de sopa|cuillère à soupe|cuillères à soupe|cuillerée à soupe|cuillerées à soupe|muỗng canh|"
            "thìa canh|cda|cdas|c/s|c. à soupe|c. à s.|c.à.s.|c.à.s|càs",
}
UNIT_OF = {word: unit for unit, words in UNITS.items() for word in words.split("|")}
# Where a unit word ends: before no letter, nor an elided word's apostrophe and letter (French "2
# l'après-midi", "1 l’un après l’autre": the article l', never litres; "2 l d'eau", "1,5 l" are litres)
UNIT_END = r"(?![^\W\d_]|[’'][^\W\d_])"
# What a dose can be per, the way drug labels write it: "15 mg/kg", "100 mg/mL", "2 mg per m²",
# "15 mg por kilo". Losing it changes the dose ("15 mg/kg" is not "15 mg"). Rates per time ("a day",
# "al día", "/día") are left out: languages write them in too many ways to read them as units.
PER = {**{word: unit for word, unit in UNIT_OF.items() if unit in ("kg", "mL", "L")}, "kilo": "kg", "kilos": "kg",
       "m²": "m²", "m2": "m²", "dl": "dL", "deciliter": "dL", "decilitre": "dL", "decilitro": "dL"}
PER_WORD = r"/|\bper\s+|\bpor\s+(?:cada\s+)?|\bpara\s+cada\s+"
Units = tuple[tuple[str, str], ...]  # a project's own unit words: (word, canonical unit), lower case
# "5 to 10 mg": the 5 is milligrams too ("de 6 a 12 h", "entre 2 y 8 °C", "entre 2 e 8 °C", "6 à 12 h",
# "entre 2 et 8 °C").
RANGE_JOIN = re.compile(r"\s*(?:[-‐‑‒–—]|to|through|and|or|a|y|e|o|u|ou|hasta|até|à|et)\s*", re.IGNORECASE)
# The "or" of a range said after its unit ("un día o dos", "a day or two", "um dia ou dois", "un jour ou
# deux", "một ngày hoặc hai"; in digits "1 día o 2", "1 day or 2"), and what may follow its end: no word,
# or one that counts nothing ("un día o dos antes", "a box or two of tissues", "un día o dos y luego…":
# never "un día o dos tabletas", nor "1 día o 2 tabletas")
OR_AFTER_UNIT = re.compile(r"\s+(?:or|o|u|ou|hoặc|hay)\s+")
# An "of" before a counted thing ends no range: "1 día o 2 de ellos" is a day or two of them, "1 día o 2 de las
# tabletas", "1 jour ou 2 des doses", "1 dia ou 2 dos comprimidos" a day or two of the tablets (but "1 día o 2 de
# reposo", "1 día o 2 de la semana", "1 día o 2 de la quincena", "a day or two of the treatment" are a day or
# two: periods.PERIOD_NOUNS, every language's)
_PERIOD_WORDS = (rf"(?:{'|'.join(PERIOD_NOUNS)}|treatment|course|cycle|rest|tratamiento|tratamento|ciclo|descanso|"
                 r"reposo|repouso|traitement|cure|repos)(?![^\W\d_])")
OF_A_THING = (r"\s+(?:of\s+(?:them|these|those)|de\s+(?:ellos|ellas|eux|elles|estos|estas|esos|esas))(?![^\W\d_])"
               r"|\s+(?:of\s+(?:the|your)|de\s+(?:las?|los|el|les|ces|vos|sus|tus)|del|da|do|das|dos|du|des)\s+"
               rf"(?!{_PERIOD_WORDS})[^\W\d_]|\s+de\s+l[’'](?!{_PERIOD_WORDS})[^\W\d_]")
RANGE_END = re.compile(r"(?!\s*[^\W\d_])|"
                       rf"(?!{OF_A_THING})\s+(?:before|after|later|earlier|more|of|antes|después|despues|más|mas|"
                       r"de|del|depois|mais|da|do|das|dos|avant|après|plus|du|des|trước|sau|nữa|của|"
                       r"and|then|y|luego|e|et|puis|ensuite|và|rồi)(?![^\W\d_])", re.IGNORECASE)
# Between the two numbers of a range in Vietnamese: "đến", "tới", "hoặc", "hay" ("1 đến 2 ngày", "một hoặc hai ngày").
VI_RANGE_JOIN = re.compile(r"\s*(?:đến|tới|hoặc|hay|[-‐‑‒–—])\s*")


def range_join(lang: str) -> re.Pattern[str]:
    """What joins the two numbers of a range in ``lang`` (a language tag or a locale)."""
    return VI_RANGE_JOIN if langtag.primary(lang) == "vi" else RANGE_JOIN
# No-break and thin spaces group digits in any locale.
EXTRA_GROUPS = "\u00a0\u202f\u2009"

# The words that multiply a number by a power of ten in each language ("2 million", "2 millones",
# "2,5 millones", "2 mil": 2000 in Spanish and Portuguese, "3 triệu"): the number check reads "2
# millones" as 2000000, as "two million" in words (numberwords.py) and "2,000,000" are. A billion is
# a thousand million in English, Brazilian Portuguese ("bilhão") and Vietnamese ("tỷ"), a million
# million in Spanish ("billón"), European Portuguese ("bilião") and French ("billion"): "2 billion" as
# "2 billones" is an error.
MULTIPLIERS: dict[str, dict[str, int]] = {
    "en": {"thousand": 10**3, "million": 10**6, "billion": 10**9},
    "es": {"mil": 10**3, "millón": 10**6, "millon": 10**6, "millones": 10**6, "mil millones": 10**9,
           "billón": 10**12, "billon": 10**12, "billones": 10**12},
    "pt": {"mil": 10**3, "milhão": 10**6, "milhao": 10**6, "milhões": 10**6, "milhoes": 10**6, "bilhão": 10**9,
           "bilhao": 10**9, "bilhões": 10**9, "bilhoes": 10**9, "mil milhões": 10**9, "bilião": 10**12,
           "biliões": 10**12},
    "fr": {"mille": 10**3, "million": 10**6, "millions": 10**6, "milliard": 10**9, "milliards": 10**9,
           "billion": 10**12, "billions": 10**12},
    "vi": {"nghìn": 10**3, "ngàn": 10**3, "triệu": 10**6, "tỷ": 10**9, "tỉ": 10**9},
}


def multiplier_words(lang: str) -> dict[str, int]:
    """``lang``'s words that multiply a number (MULTIPLIERS), or none."""
    return MULTIPLIERS.get(langtag.primary(lang), {})


# Vulgar fractions (½, ¼, ⅔...): the number check reads them as the digits of their compatibility
# form, "1⁄2", so "½ tablet" can neither be dropped nor become "1 tableta" unseen.
FRACTION_CHARS = re.compile("[\u00bc-\u00be\u2150-\u215e\u2189]")


def fractions_as_digits(text: str) -> str:
    """``text`` with each vulgar fraction written as its digits ("1½" -> "1 1⁄2 ")."""
    if text.isascii() or not FRACTION_CHARS.search(text):  # (isascii: a look that reads no character)
        return text
    return FRACTION_CHARS.sub(lambda m: f" {unicodedata.normalize('NFKC', m[0])} ", text)


# A stage, phase, grade, type or class in Roman numerals: "phase III" is never "fase II".
_ROMAN_STAGE = re.compile(r"\b(?:phase|stage|grade|type|class|fase|estadio|etapa|grado|grau|tipo|clase|classe)s?"
                          r"\s+([IVX]{1,6})\b", re.IGNORECASE)
_OTHER_DIGITS = re.compile(r"[\u00b9\u2070-\u2079\u2080-\u2089\u2460-\u24ff\u2776-\u2793"
                           r"\u2160-\u2188\u3007\u3021-\u3029]")  # ¹⁰ ₂ ⑩ Ⅹ (m² is a unit)


_ROMAN_HINT = re.compile(r"\s[IVX]{1,6}\b")  # a quick look first (in a text with I, V or X): few have a Roman numeral


def numerals(text: str) -> list[str]:
    """The numbers written in other numerals than digits: a stage in Roman numerals, "10⁹", "⑩" (sorted)."""
    found = [] if text.isascii() else _OTHER_DIGITS.findall(text)  # (isascii: a look that reads no character)
    if ("I" in text or "V" in text or "X" in text) and _ROMAN_HINT.search(text):
        found += [m[1].upper() for m in _ROMAN_STAGE.finditer(text)]
    return sorted(found)


@lru_cache(maxsize=64)
def number_locale(lang: str, territory: str) -> str:
    """The locale whose marks a writer of ``lang`` uses: ``lang_territory`` where the language has
    official status in the territory (en_US, es_US, es_ES), else the language's own CLDR default
    (English written in Spain uses 0.5, although CLDR's en_ES writes 0,5)."""
    name = langtag.cldr(lang)
    if langtag.region(name):  # es_US, pt-BR: the region is given
        return name
    status = get_global("territory_languages").get(territory, {}).get(langtag.primary(name), {})
    candidate = f"{name}_{territory}"
    return candidate if status.get("official_status") and localedata.exists(candidate) else name


@lru_cache(maxsize=64)
def number_symbols(locale: str) -> tuple[str, str]:
    """(decimal mark, group mark) from CLDR; falls back to the bare language, then to en."""
    for name in (locale, locale.split("_")[0]):
        try:
            return get_decimal_symbol(name), get_group_symbol(name)
        except (UnknownLocaleError, ValueError):
            continue
    return ".", ","


@lru_cache(maxsize=16)
def unit_words(extra: Units = ()) -> dict[str, str]:
    """Every unit word (lower case) -> its canonical unit: the shipped ones and ``extra``."""
    return {**UNIT_OF, **dict(extra)}


@lru_cache(maxsize=16)
def unit_alternatives(extra: Units = ()) -> str:
    """Every unit word as a regex alternation, the longest first ("mL" before "m"), any space in a
    word matching any run of spaces ("colher de chá")."""
    return "|".join(re.escape(s).replace(r"\ ", r"\s+") for s in sorted(unit_words(extra), key=len, reverse=True))


@lru_cache(maxsize=16)
def fact_unit_re(extra: Units = ()) -> re.Pattern[str]:
    """A fact's placeholder and the unit word written right after it: "{dose} mg" (name, unit)."""
    units = unit_alternatives(extra)
    return re.compile(rf"\{{([A-Za-z_]\w*)(?:[:!][^}}]*)?\}}[\s\u00a0\u202f]*(?:({units}){UNIT_END})?",
                      re.IGNORECASE)


def fact_units(text: str, extra: Units = ()) -> Counter[tuple[str, str]]:
    """(fact, canonical unit or "") of each placeholder in ``text``: "{dose} mg" gives ("dose", "mg")."""
    unit_of = unit_words(extra)
    return Counter((m[1], unit_of[" ".join(m[2].lower().split())] if m[2] else "")
                   for m in fact_unit_re(extra).finditer(text))


# A word of order or of more that stands between a number and its unit ("les 2 dernières heures", "las 2
# últimas horas", "os 3 primeiros dias", "2 more days"): the number still counts the unit (2 hours)
BETWEEN_NUMBER_AND_UNIT = ("(?:derni|premi)(?:er|ère)s?|prochaine?s?|suivante?s?|(?:últim|primer|primeir|próxim)[oa]s?|"
                            "siguientes|seguintes|more|extra|additional|further|last|first|next")


@lru_cache(maxsize=64)
def number_re(locale: str, extra: Units = ()) -> re.Pattern[str]:
    dec, group = (re.escape(s) for s in number_symbols(locale))
    unit_re = unit_alternatives(extra)
    per_re = "|".join(re.escape(s) for s in sorted(PER, key=len, reverse=True))
    grp = f"(?:{group}|[{EXTRA_GROUPS}])"
    number = rf"\d{{1,3}}(?:{grp}\d{{3}})+(?!\d)(?:{dec}\d+)?|\d+(?:{dec}\d+)?|{dec}\d+"
    words = sorted(multiplier_words(locale), key=len, reverse=True)  # "mil millones" before "mil"
    times = "|".join(words).replace(" ", r"[ \u00a0]+") or "(?!)"
    times = rf"(?:[ \u00a0\u202f]+(?P<times>(?i:{times}))(?![^\W\d_]))?"
    return re.compile(
        rf"(?P<sign>(?<![^\s(\[])[-−])?(?<!\w)(?<![^\W\d_][-‐])(?P<num>{number}){times}"
        rf"(?:(?:[ \u00a0]+(?i:{BETWEEN_NUMBER_AND_UNIT})(?=[ \u00a0]))?"  # "2 dernières heures"
        rf"[ \u00a0\u202f\u2009-]?(?P<unit>(?i:{unit_re})){UNIT_END}"
        rf"(?:\s*(?i:{PER_WORD})\s*(?P<per>(?i:{per_re}))(?![^\W\d_]))?)?"
        r"(?P<ordinal>(?:st|nd|rd|th|\.?(?:er|[ºªoa]))(?![^\W\d_]))?"
    )


@lru_cache(maxsize=64)
def _starts_re(locale: str) -> re.Pattern[str]:
    """Where a number can start: a sign, a digit, or a decimal mark before a digit. (One character
    class first, so that a search looks only where one of them is; a mark then needs its digit. A
    pattern that starts with alternatives of a class and a mark is tried at every place of a text.)"""
    mark = re.escape(number_symbols(locale)[0])  # one character in every CLDR locale
    return re.compile(rf"[-−\d{mark}](?:(?<!{mark})|(?=\d))")


def numbers(text: str, locale: str, extra: Units = ()) -> Iterator[re.Match[str]]:
    """``number_re(locale, extra).finditer(text)``, several times faster on prose: the long pattern
    is tried only where a number can start (tests/test_properties.py checks they agree)."""
    pattern, starts, pos = number_re(locale, extra), _starts_re(locale), 0
    while (start := starts.search(text, pos)) is not None:
        m = pattern.match(text, start.start())  # lookbehinds still see the text before it
        if m is None:
            pos = start.start() + 1
        else:
            yield m
            pos = m.end()


_REPEATED = re.compile(r"\bde\s+(\d+)\s+e[mn]\s+\1(?!\d)", re.IGNORECASE)  # "de 8 em 8 horas": every 8 hours
# A quick look first: a pattern that starts with \b (case-blind) is tried at every place of a text,
# this one only after a digit.
_REPEATED_HINT = re.compile(r"\d\s+[eE][mMnN]\s")


# Clinicians' shorthand for an interval, "q6h", "q6–12h", "q3mo", "q4wk" (every 6 hours...): its
# digits are a number, as those of a translation's "c/6–12 h" or "cada 3 meses" are. A quick look
# first: the letter q before a digit.
_EVERY_SHORT = re.compile(r"(?<![^\W\d_])[qQ](?=\d[\d.,]*(?:\s*[-‐‑‒–—]\s*\d[\d.,]*)?\s*"
                          r"(?i:h|hr|hrs|min|d|wk|wks|mo|mos)(?![^\W\d_]))")
_EVERY_SHORT_HINT = re.compile(r"[qQ]\d")


# A fraction a dose is written in ("1/2 tablet", "3/4 cup"), not a date ("1/2/2026") or a ratio ("24/7").
_HOUSE_FRACTION = re.compile(r"(?<![\d/])[1-7]/[2348](?![\d/])")




# An informal Spanish or Portuguese ordinal ("el 7mo día", "la 7ma semana", "el 2do día") is never a
# unit: "7mo" before a numbered noun is the 7th, not 7 months ("mo", clinicians' month); in Spanish it
# is the 7th wherever it stands ("el 7mo", "la 2da dosis", "7mo."), unless the shorthand of months is
# clear: a decimal ("1.5mo"), a range ("3-6mo", "3 a 6mo"), every ("cada 3mo", "q3mo"), a plural or a
# word of time with no article ("los 6mo", "en 3mo", "durante 2mo", "mayores de 6mo").
_ORDINAL_NOT_UNIT = frozenset({"mo"})
_ORDINAL_LANGS = frozenset({"es"})
_MONTHS_BEFORE = re.compile(r"(?:\d[\s\u00a0]*(?:[-‐–—]|\b(?:a|y|o|u)\b)|\b(?:cada|c/|los|las|unos|unas|en|por|"
                            r"durante|hace|tras|de|hasta|dentro de|después de|antes de)|(?<![^\W\d_])q)[\s\u00a0]*\Z",
                            re.IGNORECASE)
_NUMBERED_NOUN = re.compile(r"[ \u00a0]+(?i:d[ií]as?|semanas?|mes(?:es)?|años?|anos?|dosis|doses?|vez|veces|vezes|"
                            r"ciclos?|trimestres?|citas?|consultas?|visitas?|inyecci[oó]n|injeç[aã]o|aplicaci[oó]n|"
                            r"aplicaç[aã]o|paso|passo|piso|andar|lugar|grado|grau|cumpleaños|aniversario)"
                            r"(?![^\W\d_])")


def _ordinal_not_unit(m: re.Match[str], text: str, lang: str) -> bool:
    """Whether a number's unit is an ordinal's ending written right after it, before a numbered noun
    or, in ``lang`` Spanish, anywhere the number is a whole one and no shorthand of months
    (``text`` as written: "q3mo") says it is one."""
    if m["unit"].lower() not in _ORDINAL_NOT_UNIT or m.start("unit") != m.end("num"):
        return False
    if _NUMBERED_NOUN.match(text, m.end()) is not None:
        return True
    return (lang in _ORDINAL_LANGS and m["num"].isdigit()
            and _MONTHS_BEFORE.search(text, max(0, m.start() - 16), m.start()) is None)


@lru_cache(maxsize=4096)
def quantities(text: str, locale: str, extra: Units = ()) -> tuple[Quantity, ...]:
    """Numbers in prose, read with the locale's marks; times of day as minutes (unit CLOCK);
    ordinals (2nd, 2.º) as their numbers; a fraction "1⁄2" as 0.5; ``extra``: the project's own unit
    words (cached: the number and order checks read the same texts)."""
    dec, group = number_symbols(locale)
    unit_of = unit_words(extra)
    found: list[Quantity] = []
    written, lang = text, langtag.primary(locale)  # ("q3mo": months, as written)
    if _EVERY_SHORT_HINT.search(text):  # "q6h": "6 h"
        text = _EVERY_SHORT.sub(" ", text)
    if _REPEATED_HINT.search(text) and _REPEATED.search(text):
        text = _REPEATED.sub(lambda m: " " * (len(m[0]) - len(m[1])) + m[1], text)
    if may_clock(text):
        text, found = clock_times(text)
    for m in numbers(text, locale, extra):
        digits = m["num"]
        for mark in (group, *EXTRA_GROUPS):
            digits = digits.replace(mark, "")
        value = -Decimal(digits.replace(dec, ".")) if m["sign"] else Decimal(digits.replace(dec, "."))
        if m["times"]:  # "2 millones", "2,5 millones", "2 mil"
            value *= multiplier_words(locale)[" ".join(m["times"].lower().split())]
        counted = m["unit"] and not _ordinal_not_unit(m, written, lang)  # ("el 7mo": no months)
        unit = unit_of[" ".join(m["unit"].lower().split())] if counted else ""
        if m["per"]:
            unit += "/" + PER[m["per"].lower()]
        spoon = not unit and not m["ordinal"] and SPOON.match(text, m.end())
        found.append((Spoonful if spoon else Quantity)(value, unit, m[0], m.start(), m.end()))
    found.sort(key=lambda q: q.start)
    for i in range(len(found) - 2, -1, -1):  # "1⁄2" (a vulgar fraction, fractions_as_digits), "3/4" are one number
        this, after = found[i], found[i + 1]
        slash = text[this.end : after.start]
        if not this.unit and (slash == "\u2044" or (slash == "/" and _HOUSE_FRACTION.fullmatch(text, this.start,
                                                                                            after.end))):
            found[i : i + 2] = [Quantity(this.value / after.value, after.unit, f"{this.text}\u2044{after.text}",
                                         this.start, after.end)]
    join = range_join(lang)
    for i in range(len(found) - 2, -1, -1):  # right to left: "1, 2 or 3 mg" chains
        this, after = found[i], found[i + 1]
        joined = join.fullmatch(text[this.end : after.start])
        if joined and _AND.fullmatch(joined[0]) and _DAY_BEFORE.search(text, max(0, this.start - 12), this.start):
            continue  # "on day 1 and 2 tablespoons on day 3": a day, then a count of a thing
        if joined and after.unit and not this.unit and after.unit not in (CLOCK, CLOCK_12):  # (a time: clock_times)
            found[i] = replace(this, unit=after.unit)
        elif joined and isinstance(after, Spoonful) and not this.unit and type(this) is Quantity:
            found[i] = Spoonful(this.value, this.unit, this.text, this.start, this.end)
        elif (this.unit and not after.unit and this.unit not in (CLOCK, CLOCK_12) and after.value > this.value
              and OR_AFTER_UNIT.fullmatch(text, this.end, after.start) and RANGE_END.match(text, after.end)):
            found[i + 1] = replace(after, unit=this.unit)  # "1 día o 2" is "1-2 días" (never "1 día o 2 tabletas")
    return tuple(found)


# A day's number ("day 1", "el día 1", "le jour 1") and "and" after it join no range: "Give 2 teaspoons on day
# 1 and 2 tablespoons on day 3" has no range of 1 to 2 tablespoons ("days 1 and 2" has no unit to share).
_DAY_BEFORE = re.compile(r"\b(?i:days?|d[ií]as?|jours?)[ \u00a0]+\Z")
_AND = re.compile(r"\s*(?i:and|y|e|et)\s*")


def _exactly_unmatched(written: Sequence[Quantity], other: Sequence[Quantity]) -> list[Quantity]:
    """The quantities of ``written`` with no equal (value, unit) in ``other``, one for one."""
    left = Counter((q.value, q.unit) for q in other)
    out = []
    for q in written:
        if left[(q.value, q.unit)] > 0:
            left[(q.value, q.unit)] -= 1
        else:
            out.append(q)
    return out




def unmatched(written: Sequence[Quantity], other: Sequence[Quantity]) -> list[Quantity]:
    """The quantities of ``written`` with no equal (value, unit) in ``other``, where a "cucharada"
    (a tablespoon) is also equal to a spoonful ("2 cucharadas" for "2 spoonfuls"; "2 cucharadas" for
    "2 teaspoons", "2 tablespoons" or "2 cucharadas soperas" for "2 spoonfuls" stay unequal:
    spoons.spoon_sizes_changed)."""
    out = _exactly_unmatched(written, other)
    if not any(q.unit in ("", "tbsp") for q in out):
        return out
    spare_of, out_of = {id(q) for q in _exactly_unmatched(other, written)}, {id(q) for q in out}
    spare = Counter((q.value, kind) for q, kind in zip(other, spoon_kinds(other), strict=True)
                    if kind and id(q) in spare_of)
    twin = {"spoonful": "cucharada", "cucharada": "spoonful"}
    kept = []
    for q, kind in zip(written, spoon_kinds(written), strict=True):
        if id(q) not in out_of:
            continue
        if kind and spare[(q.value, twin[kind])] > 0:
            spare[(q.value, twin[kind])] -= 1
        else:
            kept.append(q)
    return kept
