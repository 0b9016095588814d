"""The period of a frequency, which a translation may not change: "once a day" is never "una vez a
la semana", "every other day" never "cada día".

A period word says how often only with a frequency wording ("a day", "each week", "daily", "al
día", "cada semana", "por dia"), never alone ("the day before" is "la víspera", "in the first
weeks" may be "al comienzo del tratamiento"). A frequency of the source must be named in the
translation in any words; a frequency the translation adds must be named in the source. Word
lists of English, Spanish, Portuguese, French and Vietnamese; a language without one is not
checked. Text comes in NFC (checks.check_message), as the lists are written. Numbers with their
units are the number check's ("2 weeks" as "14 días"): a period word right after a number says no
frequency here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import langtag
from .firstchars import quick

EVERY_OTHER = "every other"
# The periods, each by its nouns and by the words that say how often alone ("daily", "quincenal").
_PERIODS: dict[str, dict[str, tuple[str, str]]] = {
    "en": {"minute": ("minute minutes", ""), "hour": ("hour hours", "hourly"),
           "day": ("day days", "daily everyday"), "week": ("week weeks", "weekly fortnightly"),
           "month": ("month months", "monthly"), "year": ("year years", "yearly annual annually")},
    "es": {"minute": ("minuto minutos", ""), "hour": ("hora horas", ""),
           "day": ("día días dia dias", "diario diaria diarios diarias diariamente interdiario interdiaria "
                                        "interdiarios interdiarias interdiariamente"),
           "week": ("semana semanas", "semanal semanales semanalmente quincenal quincenales quincenalmente"),
           "month": ("mes meses", "mensual mensuales mensualmente"), "year": ("año años", "anual anuales anualmente")},
    "pt": {"minute": ("minuto minutos", ""), "hour": ("hora horas", ""),
           "day": ("dia dias", "diário diária diários diárias diariamente"),
           "week": ("semana semanas", "semanal semanais semanalmente quinzenal quinzenais quinzenalmente"),
           "month": ("mês meses", "mensal mensais mensalmente"), "year": ("ano anos", "anual anuais anualmente")},
    "fr": {"minute": ("minute minutes", ""), "hour": ("heure heures", ""),  # "horaire" is a schedule too
           "day": ("jour jours journée journées", "quotidien quotidienne quotidiens quotidiennes quotidiennement "
                                                  "journalier journalière journaliers journalières"),
           "week": ("semaine semaines", "hebdomadaire hebdomadaires"),
           "month": ("mois", "mensuel mensuelle mensuels mensuelles mensuellement"),
           "year": ("an ans année années", "annuel annuelle annuels annuelles annuellement")},
    # Vietnamese says how often with "mỗi", "hằng", "hàng" before the noun ("mỗi ngày", "hằng tuần"):
    # no word says it alone. "Năm" is also five ("năm viên"): only "mỗi năm", "hằng năm" say yearly.
    # "Tiếng" (an hour, also a language: "tiếng Việt") is left out.
    "vi": {"minute": ("phút", ""), "hour": ("giờ", ""), "day": ("ngày", ""), "week": ("tuần", ""),
           "month": ("tháng", ""), "year": ("năm", "")},
}
# A fortnight, two weeks ("nửa tháng": half a month): its period is the week, every other one ("once a
# fortnight", "cada quincena", "une fois par quinzaine" as "every two weeks": _EVERY_OTHER)
_FORTNIGHT = {"en": ("fortnight", "fortnights"), "es": ("quincena", "quincenas"), "pt": ("quinzena", "quinzenas"),
              "fr": ("quinzaine", "quinzaines"), "vi": ("nửa tháng",)}
ORDER = (*_PERIODS["en"], EVERY_OTHER)  # the order a message names them in
# Every language's period nouns, one list ("days", "semanas", "quincena", "nửa tháng"): what quantities.py
# reads after the end of a range ("1 día o 2 de la quincena" is a day or two)
PERIOD_NOUNS = tuple(sorted({*(word for words in _PERIODS.values() for nouns, _alone in words.values()
                               for word in nouns.split()), *(word for words in _FORTNIGHT.values() for word in words)},
                            key=lambda word: (-len(word), word)))
# What comes before a period noun in a frequency ("a", "each", "cada dos"; after a fact: "{dose} a
# day"; not "for a week", "up to a week": how long), and what after it says no frequency ("a week
# ahead", "al día siguiente", "a day or two").
_COUNT_WORDS = {"en": "other|second|single|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few",
                "es": "otro|otra|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince",
                "pt": "outro|outra|dois|duas|três|quatro|cinco|seis|sete|oito|nove|dez|onze|doze|quinze",
                "fr": "autre|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze",
                "vi": "hai|ba|bốn|năm|sáu|bảy|tám|chín|mười"}
_BEFORE = {"en": r"\b(?:every|each|per)|(?<!\bfor )(?<!\bin )(?<!\bwithin )(?<!\bhalf )(?<!\bwait )(?<!\bskip )"
                 r"(?<!\bmiss )(?<!\bthan )(?<!\bjust )(?<!\bonly )(?<!\babout )(?<!\bafter )(?<!\bover )"
                 r"(?<!\bup to )\ban?|\ue000",
           "es": r"\b(?:al|por|cada|a la|todos los|todas las)|\ue000",
           "pt": r"\b(?:ao|à|por|cada|todos os|todas as)|\ue000",
           "fr": r"\b(?:par|chaque|tous les|toutes les)|\ue000",
           # not "một" ("2 lần một ngày": twice a day; also "trong một ngày": within a day)
           "vi": r"\b(?:mỗi|hằng|hàng|từng)|\ue000"}
_NOT_AFTER = {"en": r"ahead|before|after|early|earlier|later|ago|or two|or so|in advance|off|of|and a half|from",
              "es": r"de|del|siguiente|anterior|que viene|próxim\w*|pasad\w*|después|antes|previ\w*",
              "pt": r"de|do|da|seguinte|anterior|que vem|próxim\w*|passad\w*|depois|antes",
              "fr": r"de|du|des|suivant\w*|précédent\w*|prochain\w*|derni\w*|passé\w*|après|avant|plus tôt|plus tard",
              "vi": r"trước|sau|tới|tiếp theo|kế tiếp|qua|nay|hôm"}
# "At the same time" says no period ("a la misma hora" for "at the same time each day").
# "Au quotidien" (in daily life) says none; nor "ngày nay" (nowadays), "ngày càng" (more and more).
_NOT_PERIOD = {"en": r"\bany time\b", "es": r"\b(?:misma|qué|la) hora\b", "pt": r"\b(?:mesma|que) hora\b",
               "fr": r"\b(?:même|quelle) heure\b|\bl[’']heure\b|\bau quotidien\b",
               "vi": r"\bcùng (?:một )?giờ\b|\b(?:đúng|mấy) giờ\b|\bgiờ (?:nào|giấc)\b|\bngày (?:nay|càng)\b"}
# Every other period ("every other day", "en días alternos", "dia sim, dia não"): one a day is another dose.
_EVERY_OTHER = {
    "en": r"\bevery (?:other|second|2|two) (?:day|week|month)s?\b|\balternate (?:day|week|month)s?\b|"
          r"\b(?:every|each|per|once a|twice a) fortnight\b|\bfortnightly\b",
    "es": r"\b(?:día|semana|mes)(?:s|es)? alternos?\b|\balternas?\b|\balternad[oa]s\b|"
          r"\bun (?:día|dia|mes) s[ií],? (?:y )?(?:otro|un (?:día|dia|mes)) no\b|"
          r"\buna semana s[ií],? (?:y )?(?:otra|una semana) no\b|\bd[ií]a s[ií],? (?:y )?d[ií]a no\b|"
          r"\bcada (?:dos|2|otro) (?:días|día|semanas|meses)\b|\bpor medio\b|\bintercalad\w*|\binterdiari\w*|"
          r"\bquincenal\w*|\b(?:cada|por|a la) quincena\b",
    "pt": r"\b(?:dias|semanas|meses) alternad[oa]s\b|"
          r"\b(?:um )?(?:dia|mês) sim,? (?:e )?(?:outro|(?:um )?(?:dia|mês)) não\b|"
          r"\buma semana sim,? (?:e )?(?:outra|uma semana) não\b|"
          r"\b(?:a )?cada (?:dois|2|duas) (?:dias|semanas|meses)\b|\bintercalad\w*|\bquinzenal\w*|"
          r"\b(?:cada|por|à|a cada) quinzena\b",
    "fr": r"\b(?:tous|toutes) les (?:deux|2) (?:jours|semaines|mois)\b|"
          r"\b(?:un|1) (?:jour|mois) sur (?:deux|2)\b|\b(?:une|1) semaine sur (?:deux|2)\b|"
          r"\b(?:jours|semaines|mois) alternés\b|\b(?:chaque|par|toutes les) quinzaines?\b",
    "vi": r"\bcách (?:một )?(?:ngày|tuần|tháng)\b|\b(?:hai|2) (?:ngày|tuần|tháng) (?:một|1) lần\b|"
          r"\b(?:mỗi|hằng|hàng) nửa tháng\b|\bnửa tháng (?:một|1) lần\b",
}
# Fifteen days as how often is a fortnight: the everyday French, Spanish, Portuguese for every two weeks
# ("tous les quinze jours", "cada quince días", "a cada quinze dias": every other week), and fourteen days
# is one exactly. Read, as every two weeks is, in a fortnight's words, so that "every 14 days", "every 15
# days", "every 2 weeks", "every other week" and
# "every fortnight" are one period in any of them, for this check and the number check's counts (never
# "every week" nor "every 3 weeks"). How long ("durante quince días" for "for two weeks") is the number
# check's, where a week is 7 days.
_FIFTEEN_DAYS = {
    "en": (r"\bevery (?:14|15|fourteen|fifteen) days\b|\bevery (?:2|two) weeks\b", "every fortnight"),
    "es": (r"\bcada (?:14|15|catorce|quince) d[ií]as\b|\bcada (?:2|dos) semanas\b", "cada quincena"),
    "pt": (r"\b(?:a )?cada (?:14|15|catorze|quatorze|quinze) dias\b|\b(?:a )?cada (?:2|duas) semanas\b",
           "a cada quinzena"),
    "fr": (r"\btous les (?:14|15|quatorze|quinze) jours\b|\btoutes les (?:2|deux) semaines\b", "chaque quinzaine"),
    "vi": (r"\b(?:mỗi|hằng|hàng) (?:14|15|mười bốn|mười lăm) ngày\b|\b(?:mỗi|hằng|hàng) (?:2|hai) tuần\b|"
           r"\b(?:14|15|mười bốn|mười lăm) ngày (?:một|1) lần\b|\b(?:2|hai) tuần (?:một|1) lần\b", "mỗi nửa tháng")}
# The nouns each of them has, never first in it (so in lower case but in capitals): a quick look
_FIFTEEN_DAYS_NOUNS = {"en": ("days", "weeks"), "es": ("días", "dias", "semanas"), "pt": ("dias", "semanas"),
                       "fr": ("jours", "semaines"), "vi": ("ngày", "tuần")}
# The times of a frequency ("twice a day", "dos veces al día", "une fois par semaine", "hai lần mỗi ngày").
_TIMES = {"en": r"once|twice|thrice|times", "es": r"vez|veces", "pt": r"vez|vezes", "fr": r"fois", "vi": r"lần"}
_OTHER_STEMS = {"en": {"every", "altern"}, "es": {"altern", "cada", "medio", "interc", "interd", "quinc"},
                "pt": {"altern", "cada", "interc", "quinz"}, "fr": set(), "vi": set()}
_AFTER_NUMBER = re.compile(r"\d[\d.,]*[\s\u00a0\u202f-]*$")  # "2 weeks": the number check's


@dataclass(frozen=True)
class Periods:
    """The periods a text gives: "day", "week"…, and "every other"."""

    often: frozenset[str]  # those said with a frequency wording ("once a day", "cada semana", "daily")
    named: frozenset[str]  # every period the text names, in any words ("la semana anterior", "2 weeks")
    counted: frozenset[str] = frozenset()  # those of ``often`` said with a count ("dos veces al día", "twice
    # daily", "cada doce horas"): how often to take a dose, never "estar al día" or "la vida diaria"


_NONE = Periods(frozenset(), frozenset())


@dataclass(frozen=True)
class _Words:
    """One language's patterns."""

    periods: dict[str, str]  # word -> its period
    alone: frozenset[str]  # the words that say a frequency alone ("daily")
    named: re.Pattern[str]  # any period word
    before: re.Pattern[str]  # what before a period noun makes it a frequency (read up to the noun)
    not_after: re.Pattern[str]  # what after it says no frequency
    not_period: re.Pattern[str]
    every_other: re.Pattern[str]
    fifteen_days: re.Pattern[str]  # fifteen days or two weeks as how often (in lower case, in any case),
    fifteen_days_any_case: re.Pattern[str]
    fortnight: str  # and a fortnight's words
    fifteen_days_nouns: tuple[str, ...]  # the nouns of those wordings (a quick look)
    may_say_period: re.Pattern[str]  # a quick look for any of them (most texts have none): their stems,
    short_words: tuple[str, ...]  # and the words shorter than a stem ("day", "mes"), looked for as
    short_word: re.Pattern[str]  # words (this pattern) only where their letters are (_may_say_period)
    counted: re.Pattern[str]  # a count before a frequency ("dos veces", "twice", "cada doce"), read up to it


@lru_cache(maxsize=16)
def _words(lang: str) -> _Words | None:
    code = langtag.primary(lang)
    if code not in _PERIODS:
        return None
    nouns = {w: period for period, (words, _) in _PERIODS[code].items() for w in words.split()}
    nouns |= dict.fromkeys(_FORTNIGHT[code], "week")
    alone = {w: period for period, (_, words) in _PERIODS[code].items() for w in words.split()}
    table = nouns | alone
    # (a word shorter than a stem is looked for as a word: "an" is in "dans", "mes" in "tomes")
    stems = {w[:4] for w in table if len(w) >= 4} | _OTHER_STEMS[code]
    short = sorted(w for w in table if len(w) < 4)
    # (the patterns are lowercase and read lowercased text: without re.IGNORECASE, several times faster)
    # (quick: the patterns that start with \b look only where one of their first letters is, firstchars.py)
    return _Words(table, frozenset(alone),
                  quick(rf"\b(?:{'|'.join(sorted(table, key=len, reverse=True))})\b"),
                  quick(rf"(?:{_BEFORE[code]})(?: (?:{_COUNT_WORDS[code]}))? $"),
                  re.compile(rf" (?:{_NOT_AFTER[code]})\b|['’]"), quick(_NOT_PERIOD[code]),
                  quick(_EVERY_OTHER[code]), quick(_FIFTEEN_DAYS[code][0]),
                  quick(_FIFTEEN_DAYS[code][0], re.IGNORECASE), _FIFTEEN_DAYS[code][1], _FIFTEEN_DAYS_NOUNS[code],
                  re.compile("|".join(sorted(stems))), tuple(short),
                  re.compile(rf"\b(?:{'|'.join(short)})\b" if short else "(?!)"),
                  quick(rf"(?:\b(?:{_TIMES[code]})|(?:{_BEFORE[code]}) (?:{_COUNT_WORDS[code]})\b)"
                                   r"[^.;:!?]{0,25}$"))


def _may_say_period(text: str, words: _Words) -> bool:
    """A quick look for any period word (nearly every text has none). A pattern that starts with \\b
    is tried at every place of a text, one of plain letters only where its first letter is: the stems
    are looked for by one such pattern, a short word as a word only in a text that has its letters."""
    return words.may_say_period.search(text) is not None or (
        any(word in text for word in words.short_words) and words.short_word.search(text) is not None)


def periods(text: str, lang: str) -> Periods | None:
    """The periods ``text`` gives in words (None: no word list for ``lang``)."""
    words = _words(lang)
    if words is None:
        return None
    text = text.lower()
    if not _may_say_period(text, words):
        return _NONE
    text = words.not_period.sub(" ", text)
    text = _as_fortnights(text, words)
    other = {EVERY_OTHER} if words.every_other.search(text) else set()
    named, often, counted = set(other), set(other), set()
    for m in words.named.finditer(text):
        period = words.periods[m[0]]
        named.add(period)
        if m[0] in words.alone or _said_how_often(text, m.start(), m.end(), words):
            often.add(period)
            if words.counted.search(text[max(0, m.start() - 40) : m.start()]):
                counted.add(period)
    return Periods(frozenset(often), frozenset(named), frozenset(counted))


def _as_fortnights(text: str, words: _Words) -> str:
    """``text`` (lower case) with fifteen days or two weeks as how often in a fortnight's words ("tous
    les quinze jours": "chaque quinzaine"); one look more where a period word is (_may_say_period)."""
    return words.fifteen_days.sub(words.fortnight, text)


def fortnights_written(text: str, lang: str) -> tuple[str, tuple[str, ...]]:
    """``text`` with fifteen days or two weeks as how often said as a fortnight, in any case ("Cada
    quince días", "cada 2 semanas": "cada quincena"), for the number check: every two weeks is one
    count however it is said ("every 2 weeks" may be "cada 15 días", never "cada 3 semanas"); and the
    words each was written in ("Cada quince días"), which a message quotes, never the fortnight's. Read
    by every entry: a case-blind look only where one of the nouns is ("días", nearly every text has none)."""
    words = _words(lang)
    if words is None or not any(noun in text for noun in words.fifteen_days_nouns):
        return text, ()
    said = tuple(m[0] for m in words.fifteen_days_any_case.finditer(text))
    return (words.fifteen_days_any_case.sub(words.fortnight, text) if said else text), said


def _said_how_often(text: str, start: int, end: int, words: _Words) -> bool:
    """Whether the period noun at text[start:end] comes with a frequency wording ("a day", "cada
    semana"), not after a number ("2 weeks": the number check's) nor before "ahead", "siguiente"."""
    before = text[max(0, start - 40) : start]
    if not words.before.search(before) or words.not_after.match(text, end):
        return False
    return not _AFTER_NUMBER.search(before)


def period_words(lang: str) -> tuple[dict[str, str], frozenset[str], re.Pattern[str]] | None:
    """``lang``'s period words (lower case) -> their period, those that say how often alone ("daily"),
    and what after a period noun says no frequency (" siguiente"), for rates.py; None: no list."""
    words = _words(lang)
    return None if words is None else (words.periods, words.alone, words.not_after)
