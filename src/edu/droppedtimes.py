"""A time the translation leaves out: "Take two tablets a day for a week" as "Tome dos tabletas al
día" has the patient take them for good, "Stop the shots for a week" as "Deje las inyecciones"
stops them for good, "within a day of the vaccine" as "el día de la vacuna" says another time.

timecounts.py reads every time a text says with a count and pairs the source's with the
translation's. A time of the source that none of the translation's pairs with, where the
translation adds none (another count is the number check's "changed" message), is left out; but
not these, said otherwise or no time:

- a frequency ("every two weeks", "cada 2 semanas", "toutes les deux semaines"): how often is
  periods.py's, which names the period lost; so is one it reads as a frequency ("It takes a week");
- a time of one said as the day (week…) before or after ("a day before your visit": "el día
  anterior", "la víspera", "no dia anterior", "la veille", "le lendemain");
- a count above twelve in words before a unit of time ("sesenta minutos" for "an hour"), which
  numberwords.py does not read: it may be the same time;
- an ordinal ("in the first weeks": which weeks, not how long), English "one day" opening a sentence
  ("One day, you will…": some day), "a day at a time" ("día a día").

In: the source's times left unpaired, both texts (masked) and their languages. Out: the words of
each time left out as a message quotes them, with the word before it that says what the time is
("for a week", "within a day", "durante una semana"); numbercheck.py says them as a `dropped-time`
error, a code of its own so that the ``edu-ok:number`` a reviewer writes for another number of the
entry does not accept a time left out too (``edu-ok:dropped-time`` does).
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from . import langtag
from .numberlexicon import AS_DIGITS
from .periods import periods
from .timecounts import SAME, Time

# The languages whose times in words timecounts.py reads (a German "eine Woche" is none of them: a
# translation into a language edu reads digits only of would lose every time said in words).
READ = frozenset({"en", "es", "pt", "fr", "vi"})

# Right before a time, a frequency: "every 2 weeks", "once every three days", "cada dos semanas".
# ("por dos semanas" is for two weeks: "por" says per only before a bare noun, "por semana").
_FREQUENCY = {"en": r"\b(?:every|each|per|once|twice|thrice|times)\s+(?:other\s+)?$", "es": r"\bcada\s+$",
              "pt": r"\b(?:a\s+)?cada\s+$", "fr": r"\b(?:(?:tou(?:te)?s)\s+les|chaque)\s+$", "vi": r"\bmỗi\s+$"}
# The word before a time that a message quotes with it: what the time is ("for", "within", "durante").
_BEFORE = {"en": r"up\s+to|at\s+least|at\s+most|(?:no\s+)?(?:more|less)\s+than|for|within|in|over|after|during|about|"
                 r"until|lasts?",
           "es": r"(?:no\s+)?(?:más|menos)\s+de|al\s+menos|hasta|durante|por|en|tras|dentro\s+de|hace",
           "pt": r"(?:não\s+)?(?:mais|menos)\s+de|pelo\s+menos|até|durante|por|em|após|dentro\s+de|há",
           "fr": r"(?:pas\s+)?(?:plus|moins)\s+d[e’']|au\s+moins|jusqu[’']à|pendant|pour|dans|en|après|depuis|durant",
           "vi": r"trong|sau|khoảng"}
# "The day before" (after, previous, next) in the translation: a time of one said without its count.
# Each unit word by its period (periods.py's names).
_UNIT_WORDS = {
    "en": {"minute": "minute", "hour": "hour", "day": "day", "week": "week", "month": "month", "year": "year"},
    "es": {"minute": "minuto", "hour": "hora", "day": "día|dia", "week": "semana", "month": "mes", "year": "año"},
    "pt": {"minute": "minuto", "hour": "hora", "day": "dia", "week": "semana", "month": "mês|mes", "year": "ano"},
    "fr": {"minute": "minute", "hour": "heure", "day": "jour|journée", "week": "semaine", "month": "mois",
           "year": "an|année"},
}
_RELATIVE = {
    "en": r"\bthe\s+(?:(?:previous|next|following|prior)\s+({units})|({units})\s+(?:before|after|prior))\b",
    "es": r"\b(?:el|la|al|del)\s+({units})\s+(?:de\s+)?(?:anterior|antes|previo|previa|siguiente|después|posterior)\b",
    "pt": r"\b(?:o|a|no|na|ao|à|do|da)\s+({units})\s+(?:de\s+)?(?:anterior|antes|seguinte|depois|posterior)\b",
    "fr": r"\b(?:le|la|l[’']|au|du|de\s+la)\s*({units})\s+(?:précédente?|suivante?|d[’']avant|d[’']après|avant|"
          r"après)\b",
}
_THE_DAY = {"es": r"\bvísperas?\b", "pt": r"\bvésperas?\b", "fr": r"\b(?:veille|lendemain)\b"}  # before/after
# A count above twelve in words before a unit of time ("sesenta minutos", "vingt-quatre heures"):
# numberwords.py reads 2 to 12, so such a time may be the source's in other units, unread.
_UNREAD_COUNT = {
    "en": r"\b(?:thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
          r"seventy|eighty|ninety|hundred)(?:[-\s]\w+)?\s+(?:minutes|hours|days|weeks|months|years)\b",
    "es": r"\b(?:trece|catorce|quince|dieci\w+|veint\w+|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|"
          r"cien\w*)(?:\s+y\s+\w+)?\s+(?:minutos|horas|días|dias|semanas|meses|años)\b",
    "pt": r"\b(?:treze|catorze|quatorze|quinze|dez[ae]sseis|dez[ae]ssete|dezoito|dez[ae]nove|vinte|trinta|quarenta|"
          r"cinquenta|sessenta|setenta|oitenta|noventa|cem|cento)(?:\s+e\s+\w+)?\s+(?:minutos|horas|dias|semanas|"
          r"meses|anos)\b",
    "fr": r"\b(?:treize|quatorze|quinze|seize|dix-\w+|vingt\w*|trente|quarante|cinquante|soixante|quatre-vingts?|"
          r"cent)(?:[-\s]\w+){0,2}\s+(?:minutes|heures|jours|semaines|mois|ans|années)\b",
    "vi": r"\b(?:mươi|trăm)(?:\s+\w+)?\s+(?:phút|giờ|tiếng|ngày|tuần|tháng|năm)\b",
}
# An ordinal says which, not how long: "in the first weeks", "on the second day", "la primera semana".
_ONE_WORDS = frozenset({"one", "un", "uno", "una", "um", "uma", "une", "một"})
# English "one day" opening a sentence ("One day, you may…": some day), "a day at a time" (día a día).
_SOME_DAY = re.compile(r"(?i:one\s+day)(?:\s*,|\s+(?:you|we|they|it|he|she|this|that|there)\b)")
_AT_A_TIME = re.compile(r"(?i:(?:a|one)\s+day\s+at\s+a\s+time)")


@lru_cache(maxsize=8)
def _patterns(code: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], tuple[str, ...]]:
    """What comes before a time of language ``code`` (a frequency, a word a message quotes with it), a
    count of it edu does not read, and its ordinals ("first ", "primera ")."""
    ordinals = tuple(f"{word} " for word in AS_DIGITS[code] if word not in _ONE_WORDS)
    return (re.compile(rf"(?i:{_FREQUENCY[code]})"), re.compile(rf"(?i:\b(?:{_BEFORE[code]}))(?:\s+|(?<=[’']))$"),
            re.compile(rf"(?i:{_UNREAD_COUNT[code]})"), ordinals)


@lru_cache(maxsize=8)
def _relative(code: str) -> tuple[re.Pattern[str], dict[str, str]] | None:
    """"The day before" (after, previous, next) of language ``code``, and each unit word's period."""
    words = _UNIT_WORDS.get(code)
    if words is None:
        return None
    period_of = {word: period for period, said in words.items() for word in said.split("|")}
    units = "|".join(sorted(period_of, key=len, reverse=True))
    day = f"|(?P<day>{_THE_DAY[code]})" if code in _THE_DAY else ""
    return re.compile(rf"(?i:{_RELATIVE[code].format(units=units)}{day})"), period_of


def left_out(lost: list[Time], said: tuple[Time, ...], src: str, tr: str, source_lang: str, lang: str) -> list[str]:
    """The words of the times of ``lost`` (of ``said``, the source's, in order) that ``tr`` does not
    say otherwise, each with its word before ("for a week"); none where ``lang`` or ``source_lang``
    is one whose times in words edu does not read, nor one the period check names lost ("It takes
    a week": periods.py reads "a week" as how often)."""
    code, own = langtag.primary(source_lang), langtag.primary(lang)
    if not lost or code not in READ or own not in READ:
        return []
    frequency, before, _unread, ordinals = _patterns(code)
    gone: list[tuple[Time, str]] = []  # each time with the words a message quotes
    start, quoted_at = 0, set()
    for time in said:  # first what the source's own words tell (the cheap part)
        at = src.find(time.words, start)
        at = at if at >= 0 else src.find(time.words)
        start = at + len(time.words)
        ahead = src[max(0, at - 30) : at] if at > 0 else ""
        if (not any(time is lost_time for lost_time in lost) or at in quoted_at  # "a day or two": a range, once
                or frequency.search(ahead)
                or time.words.lower().startswith(ordinals) or (code == "en" and _no_time_en(src, at, ahead))):
            continue
        word = before.search(ahead)
        quoted = src[at - len(ahead) + word.start() : at + len(time.words)] if word else time.words
        gone.append((time, " ".join(quoted.split())))
        quoted_at.add(at)
    if not gone:
        return []
    often, named = periods(src, source_lang), periods(tr, lang)
    if often is not None and named is not None:
        gone = [(time, words) for time, words in gone if time.period not in often.often - named.named]
    relative = _relative_times(tr, own)
    unread = len(_patterns(own)[2].findall(tr))  # "sesenta minutos" may be "an hour"
    out = []
    for time, words in gone:
        twin = next((same for same in relative if same & time.same), None)
        if twin is not None and _counts_one(time):  # "a day before": "el día anterior"
            relative.remove(twin)
        elif unread:
            unread -= 1
        else:
            out.append(words)
    return out


def _no_time_en(src: str, at: int, ahead: str) -> bool:
    """Whether the English time at ``at`` of ``src`` is "one day" opening a sentence (some day) or
    "a day at a time"."""
    opens = not ahead.strip() or ahead.rstrip()[-1] in ".!?:;\n"
    return bool((opens and _SOME_DAY.match(src, at)) or _AT_A_TIME.match(src, at))


def _counts_one(time: Time) -> bool:
    """Whether ``time`` is one of its unit ("a day", "one week"; "a year", which is 12 months)."""
    return time.same == SAME[time.period] or any(value == 1 for value, _unit in time.same)


def _relative_times(text: str, lang: str) -> list[frozenset[tuple[Decimal, str]]]:
    """What each "the day before" (after, previous, next) of ``text`` says the same as: SAME of its unit."""
    known = _relative(lang)
    if known is None:
        return []
    relative, period_of = known
    return [SAME["day" if m.groupdict().get("day") else period_of[next(group for group in m.groups() if group).lower()]]
            for m in relative.finditer(text)]
