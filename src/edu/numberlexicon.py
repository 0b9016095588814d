"""The number words of each language edu reads counts in (English, Spanish, Portuguese, French and
Vietnamese): the counts of 2 to 12 and a half ("two", "dos", "nửa"), the words that may stand for
digits ("una tableta" for "1 tablet", "el primer día" for "day 1"), the words with a number word in
them that count nothing ("half-life"), and which words are ordinals.

In: a language. Out: word lists; numberwords.py reads them in a text, compoundnumbers.py reads the
counts of 13 and more.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import langtag
from .clocktimes import OF_A_NOUN

# Counts written as words, where a dose can hang on them ("two tablets", "dos veces al día"): 2 to 12
# in English, Spanish, Portuguese, French and Vietnamese. "One", "un", "una", "một" are left out: as
# often they mean "a". Half is a count too ("half a tablet" is "media tableta", never "una tableta").
# Vietnamese numbers of two syllables are one word ("mười hai": 12); "năm", "ba" and "chín" count
# only where they cannot mean a year, a father or cooked (NOT_COUNTS).
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
# décimo día"): only to match such digits, never counted on their own ("un", "one" are also "a";
# "once", one time ("1 vez al día"), is also "after": "Once opened").
# An ordinal numbers the day, dose or week it stands with ("day 1" is "el primer día", "ngày đầu
# tiên"; "day 2" "ngày thứ hai"), first to twelfth: it counts no time (numberwords.py).
AS_DIGITS: dict[str, dict[str, str]] = {
    "en": {"one": "1", "once": "1", "first": "1", "second": "2", "third": "3", "fourth": "4", "fifth": "5",
           "sixth": "6", "seventh": "7", "eighth": "8", "ninth": "9", "tenth": "10", "eleventh": "11", "twelfth": "12"},
    "es": {"un": "1", "uno": "1", "una": "1", "primer": "1", "primero": "1", "primera": "1", "segundo": "2",
           "segunda": "2", "tercer": "3", "tercero": "3", "tercera": "3", "cuarto": "4", "cuarta": "4",
           "quinto": "5", "quinta": "5", "sexto": "6", "sexta": "6", "séptimo": "7", "séptima": "7",
           "octavo": "8", "octava": "8", "noveno": "9", "novena": "9", "décimo": "10", "décima": "10",
           "undécimo": "11", "undécima": "11", "décimo primer": "11", "décimo primero": "11", "décima primera": "11",
           "decimoprimer": "11", "decimoprimero": "11", "decimoprimera": "11", "duodécimo": "12", "duodécima": "12",
           "décimo segundo": "12", "décima segunda": "12", "decimosegundo": "12", "decimosegunda": "12"},
    "pt": {"um": "1", "uma": "1", "primeiro": "1", "primeira": "1", "segundo": "2", "segunda": "2",
           "terceiro": "3", "terceira": "3", "quarto": "4", "quarta": "4", "quinto": "5", "quinta": "5",
           "sexto": "6", "sexta": "6", "sétimo": "7", "sétima": "7", "oitavo": "8", "oitava": "8", "nono": "9",
           "nona": "9", "décimo": "10", "décima": "10",
           "décimo primeiro": "11", "décima primeira": "11", "décimo segundo": "12", "décima segunda": "12"},
    "fr": {"un": "1", "une": "1", "premier": "1", "première": "1", "deuxième": "2", "second": "2", "seconde": "2",
           "troisième": "3", "quatrième": "4", "cinquième": "5", "sixième": "6", "septième": "7", "huitième": "8",
           "neuvième": "9", "dixième": "10", "onzième": "11", "douzième": "12"},
    "vi": {"một": "1", "thứ nhất": "1", "đầu tiên": "1", "thứ hai": "2", "thứ ba": "3", "thứ tư": "4", "thứ năm": "5",
           "thứ sáu": "6", "thứ bảy": "7", "thứ tám": "8", "thứ chín": "9", "thứ mười": "10",
           "thứ mười một": "11", "thứ mười hai": "12"},
}
# Words with a number word in them that count nothing: a half-life is no half; every two days is
# every other day, which the period check reads ("every other day" may be "cada dos días", "tous les
# deux jours", "un jour sur deux", "hai ngày một lần"; "every other week" "tous les quinze jours").
# French "neuf" after a noun is new ("un stylo neuf pour…"); Vietnamese "thứ hai" is second
# (AS_DIGITS) or Monday, "năm" a year unless a counted noun follows ("năm viên": five tablets; "mỗi
# năm": each year) or it is part of a number ("năm mươi" 50, "năm lăm" 55, "một trăm linh năm" 105), "ba mẹ"
# parents, "nấu chín" cooked. Noon and midnight are no halves ("meio-dia", "ao meio dia", "meia-noite"), nor is
# a fortnight, every half month ("mỗi nửa tháng", "nửa tháng một lần": every two weeks), nor the half or
# quarter hour of a time of day ("a las 8 y media", "às 8 e meia", "à 8 h et quart": clocktimes.py reads
# it; after a word of time, before a part of the day or as a range's start; "meio-dia e meia", "midi et
# demi"); "2 y media", "2 heures et demie" are two and a half.
_HOUR = r"\d{1,2}(?::\d\d)?"
_HALF_HOUR = {"es": rf"(?:y (?:media|cuarto)|menos cuarto){OF_A_NOUN}",
              "pt": rf"h? (?:e (?:meia|(?:um )?quarto)|menos (?:um )?quarto){OF_A_NOUN}",
              "fr": rf"\s?(?:h|heures?) (?:et (?:demie|quart)|moins (?:le )?quart){OF_A_NOUN}"}
NOT_COUNTS = {
    "en": re.compile(r"half[- ]?li(?:fe|ves)|every two (?:day|week|month)s?"),
    "es": re.compile(r"vidas? medias?|cada dos (?:días|dias|semanas|meses)|"
                     rf"\blas? {_HOUR} {_HALF_HOUR['es']}\b|{_HOUR} {_HALF_HOUR['es']} (?=de la |del mediodía)|"
                     rf"\b(?:de|desde|entre) {_HOUR} {_HALF_HOUR['es']} (?=(?:a|hasta|y) (?:las? )?{_HOUR}"
                     rf"(?: {_HALF_HOUR['es']})? (?:de la |del mediodía|[ap]\.? ?m\b))"),
    "pt": re.compile(r"meias?[- ]vidas?|(?:a )?cada (?:dois|duas) (?:dias|semanas|meses)|"
                     rf"(?:meio[- ]dia|meia[- ]noite) (?:e (?:meia|(?:um )?quarto)|menos (?:um )?quarto)\b{OF_A_NOUN}|"
                     r"meio-dia|meia-noite|"
                     r"\b(?:ao|do|no|pelo) meio dia\b|\b(?:à|da|na|pela) meia noite\b|"
                     rf"\b(?:às|as|das|pelas|até as|à) {_HOUR}{_HALF_HOUR['pt']}\b|"
                     rf"{_HOUR}{_HALF_HOUR['pt']} (?=da |do meio-dia)"),
    "fr": re.compile(rf"demi-vies?|\b(?:midi|minuit) (?:et (?:demie?|quart)|moins (?:le )?quart)\b{OF_A_NOUN}|"
                     r"(?:tous|toutes) les deux (?:jours|semaines|mois)|tous les quinze jours|"
                     rf"\b(?:à|vers|dès) {_HOUR}{_HALF_HOUR['fr']}\b|"
                     rf"{_HOUR}{_HALF_HOUR['fr']} (?=du (?:matin|soir)|de l[’']après-midi)|"
                     rf"\b(?:de|entre) {_HOUR}{_HALF_HOUR['fr']} (?=(?:à|et) {_HOUR}\s?(?:h|heures?)"
                     rf"(?: (?:et (?:demie|quart)|moins (?:le )?quart))? (?:du (?:matin|soir)|de l[’']après-midi))|"
                     r"(?:un|une) (?:jour|semaine|mois) sur deux|"
                     r"(?<=\w )neuf(?= *(?:[.,;:!?)]|$)| (?:et|ou|pour|à|au|aux|de|d[’']|du|des|avec|dans|sur|"
                     r"chaque|qui|que)\b)"),
    "vi": re.compile(r"\bthứ (?:hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\b|\bhai (?:ngày|tuần|tháng) (?:một|1) lần\b|"
                     r"\b(?:mỗi|hằng|hàng) nửa tháng\b|\bnửa tháng (?:một|1) lần\b|"
                     r"\bnăm\b(?! (?:lần|viên|ngày|tuần|tháng|giờ|phút|liều|mũi|ống|giọt|gói|muỗng|thìa|tuổi|người|"
                     r"mươi|lăm|nhăm|mốt|trăm|nghìn|ngàn|triệu|tỷ|tỉ)\b)(?<!\blinh năm)(?<!\blẻ năm)|"
                     r"\bba (?:mẹ|má)\b|\b(?:mẹ|má) (?:và|hoặc|hay) ba\b|"
                     r"\b(?:nấu|chưa) chín\b|\bchín (?:kỹ|kĩ|muồi|chắn)\b"),
}
# Counts a translation may spell without the source spelling them: "media", "medio" also mean "mean"
# and "mid".
NEVER_ADDED = frozenset({"1/2"})


# The words of one that count ("one tablet", "una tableta", "một viên"), against the ordinals of
# AS_DIGITS ("the second dose" counts no doses).
_ONE_WORDS = {"en": ("one", "once"), "es": ("un", "uno", "una"), "pt": ("um", "uma"), "fr": ("un", "une"),
              "vi": ("một",)}



@lru_cache(maxsize=64)
def ordinals(lang: str) -> frozenset[str]:
    """The ordinals of ``lang``'s AS_DIGITS ("primer", "second", "đầu tiên"): not its words of one."""
    code = langtag.primary(lang)
    return frozenset(word for word in AS_DIGITS.get(code, {}) if word not in _ONE_WORDS.get(code, ()))



@lru_cache(maxsize=64)
def ordinal_firsts(lang: str) -> frozenset[str]:
    """The first word of each ordinal of ``lang`` ("primer", "décimo", "thứ"), none a word of one: a
    word of one counts ("un día", "one tablet"), so neither cardinal_spans nor countswaps.py's quick
    look, which reads it as a count, takes it for an ordinal."""
    return frozenset(word.split()[0] for word in ordinals(lang))

