"""Counts written as words ("two tablets", "dos veces al día", "half a tablet"), where a dose can
hang on them, in English, Spanish, Portuguese, French and Vietnamese; the words that may stand for
digits on the other side of a translation ("una tableta" for "1 tablet"); and where a count in words
is written in digits instead.

In: a text (masked by prose.mask where a check needs it) and its language. Out: the counts it spells
out (value -> word), or (value, unit) pairs like ``Quantity``'s for the number check; None where edu
knows no number words of the language (checks of meaning then pass it unread: meaningcheck.reads_meaning).
"""

from __future__ import annotations

import re
import string
from collections import Counter
from decimal import Decimal
from functools import lru_cache

from . import langtag
from .quantities import Units, unit_alternatives, unit_words

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


def in_digits(value: str, text: str) -> bool:
    """Whether ``text`` writes the count ``value`` (of NUMBER_WORDS) in digits."""
    return _IN_DIGITS[value].search(text) is not None


def digit_count(value: str, text: str) -> int:
    """How many times ``text`` writes the count ``value`` (of NUMBER_WORDS) in digits."""
    return len(_IN_DIGITS[value].findall(text))


# Every character that cannot be part of a word, as a space: str.translate and str.split find the
# words of a text several times faster than a regex (this runs on every catalog entry).
_NOT_LETTERS = str.maketrans(dict.fromkeys(
    string.punctuation + string.digits + "¿¡«»“”‘’„—–…·\u00a0\u202f\ue000", " "))


@lru_cache(maxsize=64)
def _lexicon(lang: str) -> tuple[dict[str, str], re.Pattern[str], re.Pattern[str], re.Pattern[str] | None,
                                  bool] | None:
    """The number words of ``lang``, a pattern that finds any of them (the longest first: "mười
    hai" before "mười"), one that finds their letters anywhere (a quick look first: a pattern that
    starts with \\b is tried at every place of a text, this one only where a word's first letter is),
    the words with one in them that count nothing, and whether a number word is two words; or None."""
    code = langtag.primary(lang)
    if code not in NUMBER_WORDS:
        return None
    words = NUMBER_WORDS[code]
    alternatives = "|".join(sorted(words, key=len, reverse=True))
    return (words, re.compile(rf"\b(?:{alternatives})\b"), re.compile(alternatives), _NOT_COUNTS.get(code),
            any(" " in word for word in words))


def number_words(text: str, lang: str) -> dict[str, str] | None:
    """The counts ``text`` spells out: value -> the word first written for it; None when edu knows
    no number words of ``lang``."""
    lexicon = _lexicon(lang)
    if lexicon is None:
        return None
    words, any_word, letters, not_counts, phrases = lexicon
    lowered = text.lower()
    # nearly every text has none ("todos" and "dosis" are no "dos"): their letters are looked for first
    if not (letters.search(lowered) and any_word.search(lowered)):
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
    return Counter((value, unit) for _words, value, unit in spelled(text, lang, extra))


def spelled(text: str, lang: str, extra: Units = ()) -> list[tuple[str, Decimal, str]]:
    """Each count ``text`` writes in words as (its words, value, unit): ("Dos semanas", 2, "week"),
    ("una", 1, "")."""
    pattern_values = _spelled(lang, extra)
    if pattern_values is None:
        return []
    pattern, values = pattern_values
    unit_of = unit_words(extra)
    lowered = text.lower()
    same_places = len(lowered) == len(text)  # (nearly always: "İ" lower case is two characters)
    found = []
    for m in pattern.finditer(lowered):
        value = values[m[1]]
        found.append((text[m.start() : m.end()] if same_places else m[0],
                      Decimal("0.5") if value == "1/2" else Decimal(value), unit_of[" ".join(m[2].split())] if m[2]
                      else ""))
    return found
