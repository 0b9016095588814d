"""Numbers in prose, read as a writer of a language and territory writes them: decimal and group
marks from CLDR (via Babel), units in English, Spanish, Portuguese, French and Vietnamese (and
the words a project adds in ``[tool.edu.units]`` for its other languages), ranges ("5 to 10 mg").

In: a text with its non-prose parts masked (prose.mask) and a locale. Out: ``Quantity`` records
(value, canonical unit, as written) that the number check compares between source and translation.
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache

from babel import localedata
from babel.core import UnknownLocaleError, get_global
from babel.numbers import get_decimal_symbol, get_group_symbol

from . import langtag

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
    "week": "week|weeks|semana|semanas|semaine|semaines|tuần",
    "month": "month|months|mes|meses|mês|mois|tháng",
    # household measures: a teaspoon for a tablespoon is three times the dose (a known error in
    # children's liquid medicines); "cuchara" or "colher" alone says neither
    "tsp": "tsp|tsps|teaspoon|teaspoons|teaspoonful|teaspoonfuls|cucharadita|cucharaditas|colher de chá|"
           "colheres de chá|colherzinha|colherzinhas|cuillère à café|cuillères à café|cuillerée à café|"
           "cuillerées à café|muỗng cà phê|thìa cà phê",
    "tbsp": "tbsp|tbsps|tablespoon|tablespoons|tablespoonful|tablespoonfuls|cucharada|cucharadas|colher de sopa|"
            "colheres de sopa|cuillère à soupe|cuillères à soupe|cuillerée à soupe|cuillerées à soupe|muỗng canh|"
            "thìa canh",
}
UNIT_OF = {word: unit for unit, words in UNITS.items() for word in words.split("|")}
# What a dose can be per, the way drug labels write it: "15 mg/kg", "100 mg/mL", "2 mg per m²",
# "15 mg por kilo". Losing it changes the dose ("15 mg/kg" is not "15 mg"). Rates per time ("a day",
# "al día", "/día") are left out: languages write them in too many ways to read them as units.
PER = {**{word: unit for word, unit in UNIT_OF.items() if unit in ("kg", "mL", "L")}, "kilo": "kg", "kilos": "kg",
       "m²": "m²", "m2": "m²", "dl": "dL", "deciliter": "dL", "decilitre": "dL", "decilitro": "dL"}
_PER_WORD = r"/|\bper\s+|\bpor\s+(?:cada\s+)?|\bpara\s+cada\s+"
Units = tuple[tuple[str, str], ...]  # a project's own unit words: (word, canonical unit), lower case
# "5 to 10 mg": the 5 is milligrams too.
RANGE_JOIN = re.compile(r"\s*(?:[-‐‑‒–—]|to|through|and|or|a|y|e|o|u|ou|hasta|até)\s*", re.IGNORECASE)
# No-break and thin spaces group digits in any locale.
EXTRA_GROUPS = "\u00a0\u202f\u2009"


# Counts written as words, where a dose can hang on them ("two tablets", "dos veces al día"): 2 to 12
# in English, Spanish, Portuguese, French and Vietnamese. "One", "un", "una", "một" are left out: as
# often they mean "a". Half is a count too ("half a tablet" is "media tableta", never "una tableta").
# Vietnamese numbers of two syllables are one word ("mười hai": 12); "năm", "ba" and "chín" count
# only where they cannot mean a year, a father or cooked (_NOT_COUNTS).
NUMBER_WORDS: dict[str, dict[str, str]] = {
    "en": {"two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
           "ten": "10", "eleven": "11", "twelve": "12", "twice": "2", "thrice": "3", "half": "1/2"},
    "es": {"dos": "2", "tres": "3", "cuatro": "4", "cinco": "5", "seis": "6", "siete": "7", "ocho": "8",
           "nueve": "9", "diez": "10", "once": "11", "doce": "12", "medio": "1/2", "media": "1/2", "mitad": "1/2"},
    "pt": {"dois": "2", "duas": "2", "três": "3", "quatro": "4", "cinco": "5", "seis": "6", "sete": "7", "oito": "8",
           "nove": "9", "dez": "10", "onze": "11", "doze": "12", "meio": "1/2", "meia": "1/2", "metade": "1/2"},
    "fr": {"deux": "2", "trois": "3", "quatre": "4", "cinq": "5", "six": "6", "sept": "7", "huit": "8", "neuf": "9",
           "dix": "10", "onze": "11", "douze": "12", "demi": "1/2", "demie": "1/2", "moitié": "1/2"},
    "vi": {"hai": "2", "ba": "3", "bốn": "4", "năm": "5", "sáu": "6", "bảy": "7", "tám": "8", "chín": "9",
           "mười": "10", "mười một": "11", "mười hai": "12", "nửa": "1/2"},
}
# Words that may stand for digits the other side writes ("1 tablet": "una tableta", "day 10": "el
# décimo día"): only to match such digits, never counted on their own ("un", "one" are also "a").
AS_DIGITS: dict[str, dict[str, str]] = {
    "en": {"one": "1", "first": "1", "second": "2", "third": "3", "fourth": "4", "fifth": "5", "sixth": "6",
           "seventh": "7", "eighth": "8", "ninth": "9", "tenth": "10", "eleventh": "11", "twelfth": "12"},
    "es": {"un": "1", "uno": "1", "una": "1", "primer": "1", "primero": "1", "primera": "1", "segundo": "2",
           "segunda": "2", "tercer": "3", "tercero": "3", "tercera": "3", "cuarto": "4", "cuarta": "4",
           "quinto": "5", "quinta": "5", "sexto": "6", "sexta": "6", "séptimo": "7", "séptima": "7",
           "octavo": "8", "octava": "8", "noveno": "9", "novena": "9", "décimo": "10", "décima": "10"},
    "pt": {"um": "1", "uma": "1", "primeiro": "1", "primeira": "1", "segundo": "2", "segunda": "2",
           "terceiro": "3", "terceira": "3", "quarto": "4", "quarta": "4", "quinto": "5", "quinta": "5",
           "sexto": "6", "sexta": "6", "sétimo": "7", "sétima": "7", "oitavo": "8", "oitava": "8", "nono": "9",
           "nona": "9", "décimo": "10", "décima": "10"},
    "fr": {"un": "1", "une": "1", "premier": "1", "première": "1", "deuxième": "2", "second": "2", "seconde": "2",
           "troisième": "3", "quatrième": "4", "cinquième": "5", "sixième": "6", "septième": "7", "huitième": "8",
           "neuvième": "9", "dixième": "10"},
    "vi": {"một": "1", "thứ nhất": "1", "thứ hai": "2", "thứ ba": "3", "thứ tư": "4", "thứ năm": "5", "thứ sáu": "6",
           "thứ bảy": "7", "thứ tám": "8", "thứ chín": "9", "thứ mười": "10"},
}
# Words with a number word in them that count nothing: a half-life is no half; every two days is
# every other day, which the period check reads ("every other day" may be "cada dos días", "tous les
# deux jours", "un jour sur deux", "hai ngày một lần"). French "neuf" after a noun is new ("un stylo
# neuf pour…"); Vietnamese "thứ hai" is second (AS_DIGITS) or Monday, "năm" a year unless a counted
# noun follows ("năm viên": five tablets; "mỗi năm": each year), "ba mẹ" parents, "nấu chín" cooked.
_NOT_COUNTS = {
    "en": re.compile(r"half[- ]?li(?:fe|ves)|every two (?:day|week|month)s?"),
    "es": re.compile(r"vidas? medias?|cada dos (?:días|dias|semanas|meses)"),
    "pt": re.compile(r"meias?[- ]vidas?|(?:a )?cada (?:dois|duas) (?:dias|semanas|meses)"),
    "fr": re.compile(r"demi-vies?|(?:tous|toutes) les deux (?:jours|semaines|mois)|"
                     r"(?:un|une) (?:jour|semaine|mois) sur deux|"
                     r"(?<=\w )neuf(?= *(?:[.,;:!?)]|$)| (?:et|ou|pour|à|au|aux|de|d[’']|du|des|avec|dans|sur|"
                     r"chaque|qui|que)\b)"),
    "vi": re.compile(r"\bthứ (?:hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\b|\bhai (?:ngày|tuần|tháng) (?:một|1) lần\b|"
                     r"\bnăm\b(?! (?:lần|viên|ngày|tuần|tháng|giờ|phút|liều|mũi|ống|giọt|gói|muỗng|thìa|tuổi|người)\b)|"
                     r"\bba (?:mẹ|má)\b|\b(?:mẹ|má) (?:và|hoặc|hay) ba\b|"
                     r"\b(?:nấu|chưa) chín\b|\bchín (?:kỹ|kĩ|muồi|chắn)\b"),
}
# Counts a translation may spell without the source spelling them: "media", "medio" also mean "mean"
# and "mid".
NEVER_ADDED = frozenset({"1/2"})
# Where a count in words may be written in digits instead: "2", or for a half "1/2", "½", "0.5", "0,5".
_IN_DIGITS = {value: re.compile(rf"(?<!\d){value}(?!\d)") for words in NUMBER_WORDS.values()
              for value in words.values()} | {"1/2": re.compile(r"(?<!\d)(?:1\s*[/⁄]\s*2|0[.,]5)(?!\d)|½")}
# Vulgar fractions (½, ¼, ⅔...): the number check reads them as the digits of their compatibility
# form, "1⁄2", so "½ tablet" can neither be dropped nor become "1 tableta" unseen.
FRACTION_CHARS = re.compile("[\u00bc-\u00be\u2150-\u215e\u2189]")


def fractions_as_digits(text: str) -> str:
    """``text`` with each vulgar fraction written as its digits ("1½" -> "1 1⁄2 ")."""
    if not FRACTION_CHARS.search(text):
        return text
    return FRACTION_CHARS.sub(lambda m: f" {unicodedata.normalize('NFKC', m[0])} ", text)


def in_digits(value: str, text: str) -> bool:
    """Whether ``text`` writes the count ``value`` (of NUMBER_WORDS) in digits."""
    return _IN_DIGITS[value].search(text) is not None


def digit_count(value: str, text: str) -> int:
    """How many times ``text`` writes the count ``value`` (of NUMBER_WORDS) in digits."""
    return len(_IN_DIGITS[value].findall(text))


# A stage, phase, grade, type or class in Roman numerals: "phase III" is never "fase II".
_ROMAN_STAGE = re.compile(r"\b(?:phase|stage|grade|type|class|fase|estadio|etapa|grado|grau|tipo|clase|classe)s?"
                          r"\s+([IVX]{1,6})\b", re.IGNORECASE)
_OTHER_DIGITS = re.compile(r"[\u00b9\u2070-\u2079\u2080-\u2089\u2460-\u24ff\u2776-\u2793"
                           r"\u2160-\u2188\u3007\u3021-\u3029]")  # ¹⁰ ₂ ⑩ Ⅹ (m² is a unit)


_ROMAN_HINT = re.compile(r"\s[IVX]{1,6}\b")  # a quick look first: few texts have a Roman numeral


def numerals(text: str) -> list[str]:
    """The numbers written in other numerals than digits: a stage in Roman numerals, "10⁹", "⑩" (sorted)."""
    found = _OTHER_DIGITS.findall(text)
    if _ROMAN_HINT.search(text):
        found += [m[1].upper() for m in _ROMAN_STAGE.finditer(text)]
    return sorted(found)


# Every character that cannot be part of a word, as a space: str.translate and str.split find the
# words of a text several times faster than a regex (this runs on every catalog entry).
_NOT_LETTERS = str.maketrans(dict.fromkeys(
    string.punctuation + string.digits + "¿¡«»“”‘’„—–…·\u00a0\u202f\ue000", " "))


@lru_cache(maxsize=64)
def _lexicon(lang: str) -> tuple[dict[str, str], re.Pattern[str], re.Pattern[str] | None, bool] | None:
    """The number words of ``lang``, a pattern that finds any of them (the longest first: "mười
    hai" before "mười"), the words with one in them that count nothing, and whether a number word
    is two words; or None."""
    code = langtag.primary(lang)
    if code not in NUMBER_WORDS:
        return None
    words = NUMBER_WORDS[code]
    return (words, re.compile(rf"\b(?:{'|'.join(sorted(words, key=len, reverse=True))})\b"), _NOT_COUNTS.get(code),
            any(" " in word for word in words))


def number_words(text: str, lang: str) -> dict[str, str] | None:
    """The counts ``text`` spells out: value -> the word first written for it; None when edu knows
    no number words of ``lang``."""
    lexicon = _lexicon(lang)
    if lexicon is None:
        return None
    words, any_word, not_counts, phrases = lexicon
    lowered = text.lower()
    if not any_word.search(lowered):  # nearly every text has none ("todos" and "dosis" are no "dos")
        return {}
    if not_counts is not None:
        lowered = not_counts.sub(" ", lowered)
    found: dict[str, str] = {}
    if phrases:  # a number of two words ("mười hai"): the pattern reads them, not the tokens
        for m in any_word.finditer(lowered):
            found.setdefault(words[m[0]], m[0])
        return found
    for token in lowered.translate(_NOT_LETTERS).split():
        if token in words:
            found.setdefault(words[token], token)
    return found


@lru_cache(maxsize=64)
def _spelled(lang: str, extra: Units) -> tuple[re.Pattern[str], dict[str, str]] | None:
    """A pattern for a count in words with the unit word after it, if any, and the words' values."""
    code = langtag.primary(lang)
    if code not in NUMBER_WORDS:
        return None
    values = {**AS_DIGITS[code], **NUMBER_WORDS[code]}
    units = unit_alternatives(extra)
    return re.compile(rf"\b({'|'.join(sorted(values, key=len, reverse=True))})\b(?:[\s-]+({units})\b)?"), values


def spelled_counts(text: str, lang: str, extra: Units = ()) -> Counter[tuple[Decimal, str]]:
    """The counts ``text`` writes in words, with the unit word after each ("diez días": (10, "day")),
    as (value, unit) like ``Quantity``; what may stand for digits on the other side of a translation."""
    spelled = _spelled(lang, extra)
    if spelled is None:
        return Counter()
    pattern, values = spelled
    unit_of = unit_words(extra)
    found: Counter[tuple[Decimal, str]] = Counter()
    for m in pattern.finditer(text.lower()):
        value = values[m[1]]
        number = Decimal("0.5") if value == "1/2" else Decimal(value)
        found[(number, unit_of[" ".join(m[2].split())] if m[2] else "")] += 1
    return found


@dataclass(frozen=True)
class Quantity:
    """A number found in prose, with the unit written after it."""

    value: Decimal  # the number, sign included
    unit: str  # canonical unit ("mg", "°C"), "" for a bare number
    text: str  # as written, for messages
    start: int  # where it starts in the masked text
    end: int  # where it ends


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
    return re.compile(rf"\{{([A-Za-z_]\w*)(?:[:!][^}}]*)?\}}[\s\u00a0\u202f]*(?:({units})(?![^\W\d_]))?",
                      re.IGNORECASE)


def fact_units(text: str, extra: Units = ()) -> Counter[tuple[str, str]]:
    """(fact, canonical unit or "") of each placeholder in ``text``: "{dose} mg" gives ("dose", "mg")."""
    unit_of = unit_words(extra)
    return Counter((m[1], unit_of[" ".join(m[2].lower().split())] if m[2] else "")
                   for m in fact_unit_re(extra).finditer(text))


@lru_cache(maxsize=64)
def number_re(locale: str, extra: Units = ()) -> re.Pattern[str]:
    dec, group = (re.escape(s) for s in number_symbols(locale))
    unit_re = unit_alternatives(extra)
    per_re = "|".join(re.escape(s) for s in sorted(PER, key=len, reverse=True))
    grp = f"(?:{group}|[{EXTRA_GROUPS}])"
    number = rf"\d{{1,3}}(?:{grp}\d{{3}})+(?!\d)(?:{dec}\d+)?|\d+(?:{dec}\d+)?|{dec}\d+"
    return re.compile(
        rf"(?P<sign>(?<![^\s(\[])[-−])?(?<!\w)(?<![^\W\d_][-‐])(?P<num>{number})"
        rf"(?:[ \u00a0\u202f\u2009-]?(?P<unit>(?i:{unit_re}))(?![^\W\d_])"
        rf"(?:\s*(?i:{_PER_WORD})\s*(?P<per>(?i:{per_re}))(?![^\W\d_]))?)?"
        r"(?P<ordinal>(?:st|nd|rd|th|\.?(?:er|[ºªoa]))(?![^\W\d_]))?"
    )


@lru_cache(maxsize=64)
def _starts_re(locale: str) -> re.Pattern[str]:
    """Where a number can start: a sign, a digit, or a decimal mark before a digit."""
    return re.compile(rf"[-−\d]|{re.escape(number_symbols(locale)[0])}(?=\d)")


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


# A time of day, compared as minutes after midnight: "8 p.m.", "8:00 p. m.", "20:00", "às 20h", "a las 8
# de la noche" are one time; "every 8 hours" as "às 8h" (at eight) is not. A time without a.m. or p.m.
# ("a las 8:30", "at 8") may be either (unit CLOCK_12).
CLOCK, CLOCK_12 = "time of day", "time of day (a.m. or p.m.)"
_CLOCK_RE = re.compile(
    r"(?P<at>\b(?:at|a las?|de las?|desde las?|hasta las?|às|as|das|pelas|até as)\s+)?"
    r"(?<![\d.,:])(?P<h>2[0-4]|[01]?\d)(?![\d]|[.,]\d)"
    r"(?:(?P<colon>:)(?P<m>[0-5]\d)|(?P<hform>h)(?P<hm>[0-5]\d)?(?![^\W\d_]))?"
    r"(?:\s?(?P<mer>[ap])\.?\s?m\b\.?"
    r"|\s+(?P<part>de la (?:mañana|madrugada|tarde|noche)|da (?:manhã|madrugada|tarde|noite)|"
    r"in the (?:morning|afternoon|evening)|at night)\b"
    r"|(?P<hours>\s*(?:h|hs|hrs?|horas?)\b))?",
    re.IGNORECASE)
_CLOCK_END = re.compile(r"\s*(?:$|[.,;!?)](?:\s|$)|o[’']clock\b|en punto\b|em ponto\b)")
_AFTERNOON = ("tarde", "noche", "noite", "afternoon", "evening", "night")
_REPEATED = re.compile(r"\bde\s+(\d+)\s+e[mn]\s+\1(?!\d)", re.IGNORECASE)  # "de 8 em 8 horas": every 8 hours


def _clock(m: re.Match[str], text: str) -> tuple[int, bool] | None:
    """(minutes after midnight, whether a.m. or p.m. is known) of a match of _CLOCK_RE, or None
    when it is no time of day ("8 hours", "at 20 °C", "8h" alone: eight hours)."""
    hour, minute = int(m["h"]), int(m["m"] or m["hm"] or 0)
    meridiem = m["mer"].lower() if m["mer"] else ("p" if m["part"] and m["part"].lower().endswith(_AFTERNOON)
                                                   else "a" if m["part"] else "")
    if meridiem:
        if not 1 <= hour <= 12:
            return None
        return (hour % 12 + (12 if meridiem == "p" else 0)) * 60 + minute, True
    if m["colon"] or (m["hform"] and (m["at"] or m["hm"])):  # "20:00", "8:30", "às 8h", "8h30" (24-hour)
        return hour * 60 + minute, hour > 12 or hour == 0 or m["h"].startswith("0") or bool(m["hform"])
    if m["at"] and (m["hours"] or _CLOCK_END.match(text, m.end())):
        return hour * 60, hour > 12  # "a las 8 horas", "a las 8."; not "at 20 °C", "at 2-8 °C", "at 8 weeks"
    return None


def _clock_times(text: str) -> tuple[str, list[Quantity]]:
    """The times of day in ``text`` and the text without them (same length: positions still count)."""
    found = []
    for m in _CLOCK_RE.finditer(text):
        clock = _clock(m, text)
        if clock is None:
            continue
        minutes, known = clock
        start = m.start("h")
        found.append(Quantity(Decimal(minutes), CLOCK if known else CLOCK_12, m[0][start - m.start():].strip(),
                              start, m.end()))
        text = text[:start] + " " * (m.end() - start) + text[m.end():]
    return text, found


def same_time(a: Quantity, b: Quantity) -> bool:
    """Two times of day that can be the same, one of them without a.m. or p.m. ("a las 8:30" and
    "8:30 p.m."), or such a time and its hour as a bare number ("a las 8" and "at 8")."""
    if {a.unit, b.unit} <= {CLOCK, CLOCK_12} and CLOCK_12 in (a.unit, b.unit):
        return a.value % 720 == b.value % 720
    clock, bare = (a, b) if a.unit == CLOCK_12 else (b, a)
    return clock.unit == CLOCK_12 and bare.unit == "" and clock.value % 60 == 0 and clock.value // 60 == bare.value


DIGIT_RUN = re.compile(r"\d+")
_CLOCK_AFTER = re.compile(r"\s?(?:[:hH]|[aApP]\.?\s?[mM])|\s+(?:de la|da|in the|at)\s")
_CLOCK_BEFORE = re.compile(r"\b(?:at|las?|às|as|das|pelas)\s+$", re.IGNORECASE)


def _may_clock(text: str) -> bool:
    """A quick look for what _CLOCK_RE needs around a number (most numbers are no time of day):
    a scan of the whole text for the words before one was the number check's slowest part."""
    for m in DIGIT_RUN.finditer(text):
        if _CLOCK_AFTER.match(text, m.end()) or _CLOCK_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            return True
    return False


# A fraction a dose is written in ("1/2 tablet", "3/4 cup"), not a date ("1/2/2026") or a ratio ("24/7").
_HOUSE_FRACTION = re.compile(r"(?<![\d/])[1-7]/[2348](?![\d/])")


@lru_cache(maxsize=4096)
def quantities(text: str, locale: str, extra: Units = ()) -> tuple[Quantity, ...]:
    """Numbers in prose, read with the locale's marks; times of day as minutes (unit CLOCK);
    ordinals (2nd, 2.º) as their numbers; a fraction "1⁄2" as 0.5; ``extra``: the project's own unit
    words (cached: the number and order checks read the same texts)."""
    dec, group = number_symbols(locale)
    unit_of = unit_words(extra)
    found: list[Quantity] = []
    if " e" in text and _REPEATED.search(text):
        text = _REPEATED.sub(lambda m: " " * (len(m[0]) - len(m[1])) + m[1], text)
    if _may_clock(text):
        text, found = _clock_times(text)
    for m in numbers(text, locale, extra):
        digits = m["num"]
        for mark in (group, *EXTRA_GROUPS):
            digits = digits.replace(mark, "")
        value = -Decimal(digits.replace(dec, ".")) if m["sign"] else Decimal(digits.replace(dec, "."))
        unit = unit_of[" ".join(m["unit"].lower().split())] if m["unit"] else ""
        if m["per"]:
            unit += "/" + PER[m["per"].lower()]
        found.append(Quantity(value, unit, m[0], m.start(), m.end()))
    found.sort(key=lambda q: q.start)
    for i in range(len(found) - 2, -1, -1):  # "1⁄2" (a vulgar fraction, fractions_as_digits), "3/4" are one number
        this, after = found[i], found[i + 1]
        slash = text[this.end : after.start]
        if not this.unit and (slash == "\u2044" or (slash == "/" and _HOUSE_FRACTION.fullmatch(text, this.start,
                                                                                            after.end))):
            found[i : i + 2] = [Quantity(this.value / after.value, after.unit, f"{this.text}\u2044{after.text}",
                                         this.start, after.end)]
    for i in range(len(found) - 2, -1, -1):  # right to left: "1, 2 or 3 mg" chains
        this, after = found[i], found[i + 1]
        joined = RANGE_JOIN.fullmatch(text[this.end : after.start])
        if joined and after.unit and not this.unit:
            found[i] = replace(this, unit=after.unit)
    return tuple(found)


def unmatched(written: Sequence[Quantity], other: Sequence[Quantity]) -> list[Quantity]:
    """The quantities of ``written`` with no equal (value, unit) in ``other``."""
    left = Counter((q.value, q.unit) for q in other)
    out = []
    for q in written:
        if left[(q.value, q.unit)] > 0:
            left[(q.value, q.unit)] -= 1
        else:
            out.append(q)
    return out


MARK_NAMES = {  # how a message names a decimal or group mark: a translator cannot type '\u202f'
    ",": "a comma", ".": "a period", "'": "an apostrophe", "\u2019": "an apostrophe (’)",
    "\u202f": "a narrow no-break space, U+202F", "\u00a0": "a no-break space, U+00A0",
    "\u2009": "a thin space, U+2009",
}


def mark_name(mark: str) -> str:
    """A decimal or group mark in words: "a comma", "a narrow no-break space, U+202F"."""
    return MARK_NAMES.get(mark) or f"{unicodedata.name(mark, 'the character').lower()}, U+{ord(mark):04X}"


def marks_in_words(locale: str) -> str:
    """How ``locale`` writes decimals and thousands, in words a translator can act on."""
    dec, group = number_symbols(locale)
    also = next(g for g in ("\u00a0", "\u202f") if g != group)  # both are read as a group mark in any locale
    thousands = f"{mark_name(group)} (1{group}000)" if group not in EXTRA_GROUPS else (
        f"{mark_name(group)} ({mark_name(also)}, is also read as one; never an ordinary space)")
    return f"{locale} writes decimals with {mark_name(dec)} (0{dec}5) and thousands with {thousands}"


def misread(source: Sequence[Quantity], translation: Sequence[Quantity], locale: str, lang: str) -> list[str]:
    """A number the translation copies as the source writes it, which a reader of ``lang`` reads as
    another ("1,500 mg" is 1,5 mg in French: a dose a thousand times smaller), with what to write."""
    from babel.numbers import format_decimal

    said = []
    written = {(q.text, q.unit): q for q in source}
    for copied in translation:
        meant = written.get((copied.text, copied.unit))
        if meant is None or not meant.value or not copied.value or meant.value == copied.value:
            continue
        ratio = abs(meant.value / copied.value)
        factor = float(ratio if ratio > 1 else 1 / ratio)
        times = f"{factor:.0f}" if factor >= 10 else f"{factor:.2g}"
        times += f" times {'less' if ratio > 1 else 'more'}"
        reads, should = (format_decimal(abs(q.value), locale=locale, decimal_quantization=False)
                         for q in (copied, meant))
        number = next(numbers(copied.text, locale))["num"]
        said.append(f"{copied.text} is {copied.text.replace(number, reads, 1)} in {lang}, {times} than the "
                    f"source's {meant.text}: write {copied.text.replace(number, should, 1)}")
    return list(dict.fromkeys(said))
