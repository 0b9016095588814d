"""Hours of the clock written in words, in English, Spanish, Portuguese and French ("a las ocho y media",
"às oito e meia", "à huit heures et demie", "at eight in the morning", "half past eight", "quarter to
eight"), and a quarter before the hour said with "para" ("cuarto para las 8", "quinze para as 8": 7:45),
given to clocktimes.py as digits, so that "a las nueve y media" for "8:30 p.m." is read as the time it
is (vietnamesetimes.py reads Vietnamese hours in words).

In: a text (masked). Out: the text with each such hour, or the words of its time before the hour, as
digits at the end of the same room (the rest spaces: every position stays), and where each time's
words start; the clock reads the digits, a message quotes the words. An hour in words is read only
after a word of time ("a las", "às", "à", "at") and before what makes it a time of day (a half or a
quarter, "heures", a part of the day, "o'clock", a.m. or p.m.): "las dos" alone are both, "at one
time" no time.
"""

from __future__ import annotations

import re
from functools import lru_cache

_EN = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_ES = "una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce"
_PT = "uma|duas|três|quatro|cinco|seis|sete|oito|nove|dez|onze|doze"
_FR_HOURS = "une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|dix-sept|" \
            "dix-huit|dix-neuf|vingt|vingt et une|vingt-deux|vingt-trois"
_HOURS = {word: n for words in (_EN, _ES, _PT, _FR_HOURS) for n, word in enumerate(words.split("|"), 1)} | {"tres": 3}
_FR = "|".join(sorted(_FR_HOURS.split("|"), key=len, reverse=True))  # ("vingt et une" before "vingt")
_PT = f"{_PT}|tres"
_S = r"[ \u00a0\u202f]+"
# What makes an hour a time of day after it: a half or a quarter ("y media", "e meia", "et demie", "moins le
# quart"), "heures", a part of the day, "o'clock", "en punto", a.m. or p.m.
_AFTER = (rf"(?=(?:{_S}heures?)?{_S}(?:(?:y|e|et|menos|moins|a|à|to|hasta|até|and|or|o|u|ou|[-–]){_S}|"
          rf"(?:de{_S}la|da|du|in{_S}the|at|le|l[’']|dans|en)"
          r"[ \u00a0\u202f]?(?:mañana|madrugada|tarde|noche|manhã|noite|matin|soir|après-midi|morning|afternoon|"
          rf"evening|night|matinée|soirée)|o[’']clock|en{_S}punto|em{_S}ponto|[ap]\.?{_S}?m\b)|{_S}heures?\b)")
# (and the words of a range of hours: "entre las ocho y las diez de la noche", "between eight and ten at night")
_AT = {"en": r"at|by|from|until|around|about|between|and|or|to",
       "es": r"a las?|de las?|desde las?|hasta las?|hacia las?|sobre las?|entre las?|y las?|o las?|u las?",
       "pt": r"às|as|das|pelas|até às|até as|a|entre as|entre às|e as|e às|ou as|ou às",
       "fr": r"à|vers|dès|jusqu[’']à|entre|et|ou"}
# (after "at", "a las", "às" an hour may end its clause: "a las ocho.", as "a las 8." is read; not "at one.",
# which is also "together")
_AT_ALONE = {"en": "at", "es": "a las?", "pt": "às", "fr": "(?!)"}
_END = r"(?=[ \u00a0\u202f]*(?:$|[.,;!?)](?:\s|$)))"
# (a look at the first letter of a word of time first: twice as fast on prose)
_FIRSTS = "".join(sorted({word[0] for words in _AT.values() for word in words.split("|")}))
_HOUR = re.compile(rf"(?<![\w-])(?=[{_FIRSTS}])(?:" + "|".join(
    rf"(?:{_AT[code]}){_S}(?P<{code}>{words}){_AFTER}|"
    rf"(?:{_AT_ALONE[code]}){_S}(?P<{code}_>{words.removeprefix('one|')}){_END}"
    for code, words in (("en", _EN), ("es", _ES), ("pt", _PT), ("fr", _FR))) + ")", re.IGNORECASE)
# A half or a quarter after or before the hour in English ("half past eight", "a quarter to nine"), and a
# quarter before it with "para" ("cuarto para las 8", "un cuarto para las ocho", "quinze para as 8")
_PAST = re.compile(rf"(?<![\w-])(?:(?P<half>half)|(?:a{_S})?quarter){_S}(?P<rel>past|after|to|till|before){_S}"
                   rf"(?P<en>{_EN})(?![\w-])", re.IGNORECASE)
_PARA = re.compile(rf"(?<![\w-])(?:(?:un{_S})?cuarto{_S}para{_S}(?:las?{_S})?|(?:quinze|um{_S}quarto){_S}para{_S}"
                   rf"(?:as?{_S})?)(?P<hour>1[0-2]|[1-9]|{_ES}|{_PT})(?![\w-])", re.IGNORECASE)
# A quick look: the words of a half, a quarter, "heures", the parts of the day, and "at", "a las", "às"
_HINTS = ("media", "meia", "demi", "quart", "cuarto", "heure", "mañana", "madrugada", "tarde", "noche", "manhã",
          "noite", "matin", "soir", "midi", "morning", "afternoon", "evening", "night", "clock", "punto", "ponto",
          "m.", " am", " pm", "half", "past", "a la", "às", "at ", "quinze para")


@lru_cache(maxsize=64)
def may_say_clock_words(text: str) -> bool:
    """A quick look: whether ``text`` may write an hour in words (False: hours_as_digits finds none;
    clocktimes.may_clock asks it). Cached: the number check asks it of a text up to four times."""
    lowered = text.lower()
    for hint in _HINTS:  # (a loop: any() of a generator takes twice as long)
        if hint in lowered:
            return _HOUR.search(text) is not None or _PAST.search(text) is not None or _PARA.search(text) is not None
    return False


def hours_as_digits(text: str) -> tuple[str, dict[int, tuple[int, int]]]:
    """``text`` with each hour in words, or time said before its hour, as digits at the end of its room
    ("a las ocho y media": "a las    8 y media"; "quarter to eight": "            7:45"; "cuarto para las 8":
    "            7:45"), and where each one's words start and end, by the place of its first digit."""
    starts: dict[int, tuple[int, int]] = {}
    for pattern, read in ((_PAST, _past), (_PARA, _para), (_HOUR, _hour)):
        for m in pattern.finditer(text):
            start, end = m.span(m.lastgroup or 0) if pattern is _HOUR else m.span()
            digits = read(m)
            if len(digits) > end - start:  # ("une" for 1; "dix" for 10 and "sept" for "7" fit too)
                continue
            at = end - len(digits)
            text = text[:start] + " " * (at - start) + digits + text[end:]
            starts[at] = (start, end)
    return text, starts


def _hour(m: re.Match[str]) -> str:
    return str(_HOURS[" ".join(m[m.lastgroup or 0].lower().split())])


def _past(m: re.Match[str]) -> str:
    """ "half past eight": "8:30"; "quarter to eight": "7:45"."""
    hour = _HOURS[m["en"].lower()]
    if m["rel"].lower() in ("past", "after"):
        return f"{hour}:{30 if m['half'] else 15}"
    if m["half"]:  # ("half to eight": no English time)
        return f"{hour}"
    return f"{hour - 1 or 12}:45"


def _para(m: re.Match[str]) -> str:
    """ "cuarto para las 8", "quinze para as oito": "7:45"."""
    hour = m["hour"].lower()
    n = int(hour) if hour.isdigit() else _HOURS[hour]
    return f"{n - 1 or 12}:45"
