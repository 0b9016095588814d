"""Times of day in prose ("8 p.m.", "20:00", "às 20h", "a las 8 de la noche", "à 20 h", "lúc 8 giờ tối":
vietnamesetimes.py), read as minutes after midnight, so that one time written in two ways is one time and
"every 8 hours" is never "at 8".

In: a masked text (quantities.quantities reads it first). Out: ``Quantity`` records (model.py) in
unit CLOCK, or CLOCK_12 where a.m. or p.m. is not said, and the text with them blanked out; and
whether two such times can be the same (the number check's ``same_time``).
"""

from __future__ import annotations

import re
from collections import Counter
from decimal import Decimal

from .clockwords import hours_as_digits, may_say_clock_words
from .model import Quantity
from .vietnamesetimes import AFTER_GIO, HOUR_WORDS, IN_WORDS, may_say_hour_in_words, minute_of, vietnamese_times

# A time of day, compared as minutes after midnight: "8 p.m.", "8:00 p. m.", "20:00", "às 20h", "a las 8
# de la noche", "à 20 h", "8 h du soir", "20 h du soir" are one time, as "20h30" and French "20 h 30"
# are (a space, no-break or narrow no-break space around the h; "8 h 30 min" is a time apart, unless a word
# says a time of day: "à 20 h 30 min" is 20:30);
# "every 8 hours" as "às 8h" (at eight) is not. French says the part of the day with "du" or "de" or
# without ("à 8 h le soir", "à 8 h dans la soirée", "à 3 h l'après-midi": _counted_in_french). A time
# without a.m. or p.m. ("a las 8:30", "at 8") may be either (unit CLOCK_12).
CLOCK, CLOCK_12 = "time of day", "time of day (a.m. or p.m.)"
# A half or a quarter of an hour after the hour, or a quarter before it: "a las 8 y media" (8:30), "8 y cuarto"
# (8:15), "8 menos cuarto" (7:45), "às 8 e meia", "8 e um quarto", "à 8 heures et demie", "20 h et quart",
# "8 heures moins le quart". A time of day only after a word of time ("a las", "às", "à", "vers"), with a
# part of the day ("8 y media de la mañana") or as the start of a range ("de 8 y media a 10 de la noche"):
# "2 heures et demie" is also two hours and a half, "2 y media" two and a half. Groups fh, frac, less.
_SPACE = r"[ \u00a0\u202f]"
# A half or a quarter that says a noun of its own is no part of the hour: "a las 8 y media tableta" (8
# o'clock and half a tablet), "às 8 e meia hora antes" (half an hour before), "à midi et demi-cuillère".
OF_A_NOUN = (r"(?!-|[ \u00a0\u202f]+(?:hora|minuto|heure|minute|día|dia|jour|semana|semaine|tableta|pastilla|"
              r"comprim|pastilh|pílula|pilule|gélule|cápsula|capsule|cucharad|colher|cuill|taza|xícara|tasse|vaso|"
              r"copo|verre|dosis|dose|ampol|jeringa|seringa|seringue|pluma|caneta|stylo|inyecc|injeç|injection|"
              r"gota|goutte|sach|parche|adesivo|patch|unidad|unidade|unité|vez|fois|porci|porç|portion)"
              r"[^\W\d_]*(?![^\W\d_]))")
_FRACTION = (rf"(?:{_SPACE}?(?P<fh>h|heures?))?{_SPACE}+(?:(?:y|e|et){_SPACE}+(?P<frac>media|meia|demie|"
             rf"(?:um{_SPACE}+)?quarto|cuarto|quart)|(?P<less>menos{_SPACE}+(?:um{_SPACE}+)?(?:cuarto|quarto)|"
             rf"moins{_SPACE}+(?:le{_SPACE}+)?quart))(?![^\W\d_]){OF_A_NOUN}")
_RANGE_FRACTION = _FRACTION.replace("?P<fh>", "?:").replace("?P<frac>", "?P<rfrac>").replace("?P<less>", "?P<rless>")


def fraction_minutes(half_or_quarter: str | None, less: str | None) -> int:
    """The minutes a half or a quarter of an hour adds to the hour (30, 15; a quarter before it: -15)."""
    if less:
        return -15
    return 0 if not half_or_quarter else 30 if half_or_quarter.lower().startswith(("med", "mei", "dem")) else 15


_CLOCK_RE = re.compile(
    r"(?P<at>\b(?:at|a las?|de las?|desde las?|hasta las?|às|as|das|pelas|até as|à|vers|dès)\s+)?"
    r"(?<![\d.,:])(?P<h>2[0-4]|[01]?\d)(?![\d]|[.,]\d)"
    rf"(?:{_FRACTION}"
    r"|(?P<colon>:)(?P<m>[0-5]\d)|(?P<hform>h)(?P<hm>[0-5]\d)?(?![^\W\d_])"
    r"|[ \u00a0\u202f]h[ \u00a0\u202f]?(?P<spaced>[0-5]\d)(?!\d|[.,]\d|[ \u00a0\u202f]?(?:min|mn|minutes?)(?![^\W\d_]))"
    r"|[ \u00a0\u202f]h[ \u00a0\u202f]?(?P<mins>[0-5]\d)[ \u00a0\u202f]?(?:min|mn|minutes?)(?![^\W\d_]))?"
    r"(?:\s?(?P<mer>[ap])\.?\s?m\b\.?"
    r"|(?:[\s\u00a0\u202f](?:h|heures?))?\s+(?P<part>de la (?:mañana|madrugada|tarde|noche)|"
    r"da (?:manhã|madrugada|tarde|noite)|in the (?:morning|afternoon|evening)|at night|du (?:matin|soir)|"
    r"(?:de |dans )?l[’']après-midi|le (?:matin|soir)|(?:dans la|en) (?:matinée|soirée)|del mediodía|do meio-dia)"
    r"(?![^\W\d_])"
    r"|(?P<hours>\s*(?:h|hs|hrs?|horas?|heures?)\b))?",
    re.IGNORECASE)
_CLOCK_END = re.compile(r"\s*(?:$|[.,;!?)](?:\s|$)|o[’']clock\b|en punto\b|em ponto\b)")
_AFTERNOON = ("tarde", "noche", "noite", "afternoon", "evening", "night", "soir", "soirée", "midi", "mediodía",
              "meio-dia")
# Twelve at night is midnight ("a las 12 de la noche", "às 12 da noite", "12 h du soir", "at 12 at night"), not
# noon as 12 p.m. is
_NIGHT = ("noche", "noite", "night", "soir")
# The night's hours after midnight: "2 at night", "a las 2 de la noche", "às 2 da noite" are 2 a.m. (as
# "a las 2 de la madrugada" and "lúc 2 giờ đêm" are), "10 at night" 10 p.m. (not "du soir", the evening)
_SMALL_HOURS = ("noche", "noite", "night")
_LAST_SMALL_HOUR = 5


# English says a count with a part of the day too ("Take 2 tablets in the morning and 1 at night"):
# a number with one is a time only after "at" or a word of time ("at 10 at night", "by 10 at night",
# "from 8 in the morning", "between 8 and 10 at night")
_EN_PART = ("in the ", "at night")
# (and the end of a range whose start one opens: "between 8 and 10 at night", "at 8 or 9 in the morning"); a
# "to" after a number alone joins a range of counts, as "or" and a dash do ("1 teaspoon in the morning and
# 1 to 2 at night", "1.5 to 2 at night"; "from 8 to 10 at night", "8:00 to 10 at night" are times)
_TIME_BEFORE = re.compile(r"(?:\b(?:by|before|after|until|till|from|around|about|past|since|"
                          r"(?<!(?<![\d:])\d\s)(?<!(?<![\d:])\d\d\s)to)\s+|"
                          r"\b(?:at|by|before|after|until|till|from|around|about|between)\s+\d\d?(?::\d\d)?"
                          r"\s*(?:(?:and|or|to|till|until|through)\s+|[-‐–—]\s*))\Z", re.IGNORECASE)


# French writes a time of day "20 h" (or "20 heures") as it writes 20 hours: it is one after "à" ("à
# 22 h", "à 22 heures", "à 8 heures du soir"), but "à" is also the "to" of a range of hours ("de 6 à
# 12 h": 6 to 12 hours), of a time apart or after ("à 2 h d'intervalle", "à 24 h près", "à 2 h après
# la dose", "à 12 h de la dose") and of "up to" ("jusqu'à 24 h": until 24:00 or for up to 24 hours,
# read as hours); and it is the end of a range whose start is one ("entre 20 h et 22 h", "de 20
# heures à 22 heures"). A "de" that says how or when the time is kept is no time apart ("à
# 22 h de préférence", "à 8 h de chaque jour", "à 22 h du lundi au vendredi"); other words after it
# ("environ", "au plus tard", "le soir", "précises") leave it a time of day.
_FRENCH_AT = ("à", "vers", "dès")
_FR_AT_NO_TIME_BEFORE = re.compile(r"(?:\d\s*|jusqu[’'])\Z", re.IGNORECASE)
_FR_AT_NO_TIME_AFTER = re.compile(
    r"\s*(?:(?:(?:de|du|des)(?![^\W\d_])|d[’'])(?!\s*(?:préférence|façon|manière|nouveau|chaque|tous|toutes|"
    r"(?:la\s+)?(?:nuit|soirée|matinée|journée)|l[’']heure|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b)|"
    r"près\b|après\b|avant\b)", re.IGNORECASE)
_FR_RANGE_END = re.compile(r"\b(?:de|entre|dès)\s+(?:2[0-4]|[01]?\d)[\s\u00a0\u202f]?"
                           r"h(?:eures?|[\s\u00a0\u202f]?[0-5]\d)?\s+(?:à|et)\s+\Z", re.IGNORECASE)


def _counted_with_part(m: re.Match[str], text: str) -> bool:
    """Whether a match of _CLOCK_RE is a count an English part of the day follows ("1 at night" of
    "2 in the morning and 1 at night", "8 or 9 in the morning"): no word of time before it."""
    return bool(m["part"] and not m["at"] and not m["colon"] and m["part"].lower().startswith(_EN_PART)
                and not _TIME_BEFORE.search(text, max(0, m.start() - 30), m.start()))


# French says the part of the day after a time of day with "de" or "du" ("à 3 h de l'après-midi", "à 8 h du
# soir") or without ("à 3 h l'après-midi", "à 8 h le soir", "à 8 h dans la soirée": 8 p.m.); without, also
# after a count ("2 comprimés le matin et 2 l'après-midi") or hours ("marchez 1 h le matin": for an hour),
# so there it says a time only after "à", "vers" or "dès" or at the end of a range ("entre 8 h et 10 h le soir")
_FR_BARE_PART = ("l", "dans ", "en ")


def _counted_in_french(m: re.Match[str], text: str, said: str) -> bool:
    """Whether a match of _CLOCK_RE is a count or hours a French part of the day follows without "de" or
    "du" ("et 2 l'après-midi", "1 h le matin"; ``said``: the text before any time was blanked out)."""
    if not (m["part"] and m["part"].lower().startswith(_FR_BARE_PART)):
        return False
    if not m["hform"] and not re.search(r"\d[\s\u00a0\u202f]*h", m[0], re.IGNORECASE):
        return True
    return not (_at(m, text) or _FR_RANGE_END.search(said, max(0, m.start() - 30), m.start()))


# French says hours before a part of the day too: "toutes les 4 h du matin au soir" (every 4 hours, from
# morning to evening), "pendant 2 h du soir", "durant les 2 heures de l'après-midi" (for 2 hours): after
# these words a number is hours, never a time of day ("prévu pour 8 h du soir", "à 8 h du soir" are)
_FR_HOURS_BEFORE = re.compile(r"(?:\b(?:toutes|tous) les|\b(?:pendant|durant|en|dans|sur)(?: les| ces)?)\s+\Z",
                              re.IGNORECASE)


def _hours_in_french(m: re.Match[str], text: str) -> bool:
    """Whether a match of _CLOCK_RE with a part of the day is hours French says how often or how long
    ("toutes les 4 h du matin au soir", "pendant 2 h du soir")."""
    return bool(m["part"] and not m["at"] and _FR_HOURS_BEFORE.search(text, max(0, m.start() - 16), m.start()))


def _at(m: re.Match[str], text: str) -> bool:
    """Whether the word before a match of _CLOCK_RE says a time of day (French "à" not always does)."""
    if not m["at"]:
        return False
    if m["at"].strip().lower() != "à":
        return True
    return not (_FR_AT_NO_TIME_BEFORE.search(text, max(0, m.start() - 12), m.start())
                or _FR_AT_NO_TIME_AFTER.match(text, m.end()))


def _clock(m: re.Match[str], text: str, counted: bool = False, said: str = "") -> tuple[int, bool] | None:
    """(minutes after midnight, whether a.m. or p.m. is known) of a match of _CLOCK_RE, or None
    when it is no time of day ("8 hours", "at 20 °C", "8h" alone: eight hours, "1 at night" of
    "2 in the morning and 1 at night": a count, unless ``counted``). ``text`` has the times before
    it blanked out, ``said`` (if given) not: "entre 20 h 30 et 22 h" ends a range of times."""
    said = said or text
    if (not counted and _counted_with_part(m, text)) or _counted_in_french(m, text, said) or _hours_in_french(m, text):
        return None
    fraction = m["frac"] or m["less"]  # "a las 8 y media", "8 menos cuarto de la noche"; not "2 y media" alone
    if fraction and not (m["part"] or m["mer"] or _at(m, text)):
        return None
    clock = _clock_of(m, text, said, fraction_minutes(m["frac"], m["less"]))
    return None if clock is None else (clock[0] % 1440, clock[1])  # ("12 menos cuarto de la noche": 23:45)


def _clock_of(m: re.Match[str], text: str, said: str, fraction: int) -> tuple[int, bool] | None:
    """_clock's reading of a match of _CLOCK_RE that may say a time of day, ``fraction`` the minutes a
    half or a quarter of an hour adds (a quarter before it: -15)."""
    hour, minute = int(m["h"]), int(m["m"] or m["hm"] or m["spaced"] or m["mins"] or 0) + fraction
    part = m["part"].lower() if m["part"] else ""
    meridiem = m["mer"].lower() if m["mer"] else ("p" if part.endswith(_AFTERNOON) and not (
        part.endswith(_SMALL_HOURS) and 1 <= hour <= _LAST_SMALL_HOUR) else "a" if part else "")
    if meridiem:
        if m["part"] and meridiem == "p" and 13 <= hour <= 23:  # "à 22 h du soir", "a las 20 de la noche": 24-hour
            return hour * 60 + minute, True
        if not 1 <= hour <= 12:
            return None
        if hour == 12 and part.endswith(_NIGHT):
            return minute, True
        return (hour % 12 + (12 if meridiem == "p" else 0)) * 60 + minute, True
    at = _at(m, text)
    if m["mins"] and not at:  # "8 h 30 min": a time apart, unless "à", "vers"... says a time ("à 20 h 30 min")
        return None
    if m["colon"] or m["spaced"] or m["mins"] or fraction or (m["hform"] and (at or m["hm"])):  # "20:00", "8:30",
        # "às 8h", "8h30", "a las 8 y media"; "à 8 heures et demie" is 8:30 a.m. (French times are 24-hour)
        return hour * 60 + minute, hour > 12 or hour == 0 or m["h"].startswith("0") or bool(m["hform"] or m["spaced"]
                                                                                           or m["mins"] or m["fh"])
    french = m["hform"] or (m["hours"] and m["hours"].strip().lower() in ("h", "heure", "heures"))  # "à 8 h",
    # "à 8 heures": 8 a.m.; "22h" of "entre 20h30 et 22h"
    # (French times are 24-hour)
    if at and (m["hours"] or _CLOCK_END.match(text, m.end())):
        # "a las 8 horas", "a las 8."; not "at 20 °C", "at 2-8 °C", "at 8 weeks"
        return hour * 60, hour > 12 or hour == 0 or bool(french and m["at"].strip().lower() in _FRENCH_AT)
    if french and _FR_RANGE_END.search(said, max(0, m.start() - 30), m.start()):
        return hour * 60, True  # "entre 20 h et 22 h", "entre 20 h 30 et 22 h", "entre 8 h et 10 h" (8 to 10 a.m.)
    return None


# Noon or midnight with a half or a quarter hour, in Portuguese and French: "ao meio-dia e meia" (12:30 p.m.),
# "à meia-noite e um quarto" (0:15 a.m.), "à midi et demi" (12:30 p.m.), "minuit moins le quart" (11:45 p.m.);
# a quick look first (_TWELVE_HINT: nearly every text has none)
_TWELVE_AND = re.compile(rf"(?<![\w-])(?P<word>meio[- ]dia|meia[- ]noite|midi|minuit){_SPACE}+(?:(?:e|et){_SPACE}+"
                         rf"(?P<frac>meia|demie?|(?:um{_SPACE}+)?quarto|quart)|(?P<less>menos{_SPACE}+(?:um{_SPACE}+)?"
                         rf"quarto|moins{_SPACE}+(?:le{_SPACE}+)?quart))(?![^\W\d_]){OF_A_NOUN}", re.IGNORECASE)
_TWELVE_HINT = ("dia", "noite", "midi", "minuit", "DIA", "NOITE", "MIDI", "MINUIT")


def _twelve_and(text: str) -> list[Quantity]:
    """Noon or midnight with a half or a quarter hour in ``text`` ("meio-dia e meia": 12:30 p.m.)."""
    if not any(word in text for word in _TWELVE_HINT):
        return []
    found = []
    for m in _TWELVE_AND.finditer(text):
        minutes = 720 * m["word"].lower().startswith(("meio", "midi")) + fraction_minutes(m["frac"], m["less"])
        found.append(Quantity(Decimal(minutes % 1440), CLOCK, m[0], m.start(), m.end()))
    return found


def may_say_twelve_and(text: str) -> bool:
    """A quick look for noon or midnight with a half or a quarter hour (may_clock's)."""
    return any(word in text for word in _TWELVE_HINT) and _TWELVE_AND.search(text) is not None


def clock_times(text: str) -> tuple[str, list[Quantity]]:
    """The times of day in ``text`` and the text without them (same length: positions still count); an
    hour in words ("a las ocho y media", "quarter to eight") as clockwords.py gives it, quoted in its words."""
    text, found, _words_at = _clock_times(text)
    return text, found


def without_hours_in_words(text: str) -> str:
    """``text`` without the words of the times of day it writes in words ("a las nueve y media de la noche",
    "quinze para as 8"), which count nothing (the counts in words' check reads no "nueve" there)."""
    if not may_say_clock_words(text):  # nearly every text
        return text
    _text, found, words_at = _clock_times(text)
    for q in found:
        if q.start in words_at:
            text = text[: q.start] + " " * (q.end - q.start) + text[q.end :]
    return text


def _clock_times(text: str) -> tuple[str, list[Quantity], set[int]]:
    """clock_times, and where the words of each time read from words start."""
    words: dict[int, tuple[int, int]] = {}
    written = text
    if may_say_clock_words(text):  # "a las ocho y media": "a las    8 y media"
        text, words = hours_as_digits(text)
    found: list[Quantity] = []
    said = text
    for q in _twelve_and(text):  # "ao meio-dia e meia"
        found.append(q)
        text = text[: q.start] + " " * (q.end - q.start) + text[q.end :]
    for start, stop, minutes, known in vietnamese_times(text):  # "lúc 8 giờ tối", "8 giờ rưỡi sáng"
        text = _with_range(found, text, said, Quantity(Decimal(minutes), CLOCK if known else CLOCK_12,
                                                       text[start:stop].strip(), start, stop))
    for m in _CLOCK_RE.finditer(text):
        clock = _clock(m, text, said=said)
        if clock is None:
            continue
        minutes, known = clock
        start = m.start("h")
        text = _with_range(found, text, said, Quantity(Decimal(minutes), CLOCK if known else CLOCK_12,
                                                       m[0][start - m.start():].strip(), start, m.end()))
    if not words:
        return text, found, set()
    read = {q.start for q in found}
    for at, (start, end) in words.items():  # an hour in words that is no time is words again ("une à deux le soir")
        if at not in read and text[at:end] == said[at:end]:
            text = text[:start] + written[start:end] + text[end:]
    found = [Quantity(q.value, q.unit, " ".join(written[words[q.start][0] : q.end].split()), words[q.start][0], q.end)
             if q.start in words else q for q in found]
    return text, found, {words[at][0] for at in read & words.keys()}


def _with_range(found: list[Quantity], text: str, said: str, end: Quantity) -> str:
    """``text`` without the time of day ``end`` and the start of a range it ends, each added to
    ``found`` ("between 8 and 10 at night": the 8 is 8 p.m., no count). A start read before as a time
    without a.m. or p.m. (``said``: the text before any was blanked out), or as a morning's only by the
    24-hour clock ("das 8h30 às 10 da noite"), takes the end's half of the day where the end says it
    in words: the 8:30 of "from 8:30 to 10 p.m." is 8:30 p.m., and "de 8:30 de la mañana" for it an error
    ("de 8 h 30 à 22 h" stays 8:30 a.m.)."""
    first = _range_start(text, end.start, end)
    if first is None and end.unit == CLOCK:
        first = _range_start(said, end.start, end)
        earlier = next((q for q in found if first is not None and q.start == first.start and (
            q.unit == CLOCK_12 or (q.end == first.end and q.value < 720 and _says_half(end)))), None)
        if earlier is None:
            first = None
        else:
            found.remove(earlier)
    if first is not None:
        found.append(first)
        text = text[: first.start] + " " * (first.end - first.start) + text[first.end :]
    found.append(end)
    return text[: end.start] + " " * (end.end - end.start) + text[end.end :]


_CLOCK_SIGNS = re.compile(r"heures?|giờ|h|[\d\s:.,\u00a0\u202f]", re.IGNORECASE)


def _says_half(end: Quantity) -> bool:
    """Whether a time of day says its half of the day in words ("10 p.m.", "10 h du soir", "10 giờ tối";
    not "22 h", "22:00")."""
    return _CLOCK_SIGNS.sub("", end.text) != ""


# The start of a range of times of day whose end says a.m. or p.m. or the part of the day: "from 8 to
# 10 p.m.", "between 8 and 10 at night", "at 8 or 9 in the morning", "entre las 8 y las 10 de la
# noche", "de 8 a 10 de la noche", "a las 8 o las 9 de la mañana", "entre as 8 e as 10 da noite",
# "8-10 p.m.", "từ 8 đến 10 giờ tối", "từ tám đến mười giờ tối" (vietnamesetimes.HOUR_WORDS), with minutes
# too ("from 8:30 to 10 p.m.", "từ 8 giờ 30 đến 10 giờ tối", "entre 20 h 30 et 22 h": 8:30 p.m.). A word
# that opens a time comes before it, or the range is joined by a dash, "to", "a", "à", "hasta", "até",
# "đến" alone ("Tome 1 a las 10 de la noche" counts one tablet), or by "or" alone where the end says
# a.m. or p.m. ("8 or 9 a.m.", "8 o 9 de la mañana", "8 hoặc 9 giờ sáng"; not "8 or 9 in the morning":
# times_counted). "a las 8 o a las 9 de la mañana" and "at 8 or at 9 in the morning" say the word again.
_OPENS = (r"at|by|from|between|around|about|after|before|until|till|a|de|del|desde|entre|hacia|sobre|hasta|"
          r"às|as|das|pelas|até|após|từ|khoảng|lúc")
_RANGE_START = re.compile(
    rf"(?:\b(?P<opens>{_OPENS})\s+(?:(?:las?|os|as)\s+)?)?(?<![\d.,:])"
    rf"(?P<hour>(?:(?P<h>2[0-3]|[01]?\d)|(?<![^\W\d_])(?P<hw>{IN_WORDS}))"
    rf"(?:{_RANGE_FRACTION}"
    r"|:(?P<m>[0-5]\d)|[\s\u00a0\u202f]?h(?:eures?)?(?![^\W\d_])(?:[\s\u00a0\u202f]?(?P<fm>[0-5]\d)(?!\d))?"
    rf"|{AFTER_GIO})?)"
    r"(?:(?P<to>\s*[-‐–—]\s*|\s+(?:to|through|a|à|hasta|até|đến|tới)\s+)"
    r"|\s+(?:(?P<either>or|o|u|ou|hoặc|hay)|and|till|until|y|e|et|às|a\s+las?|và)\s+"
    r"(?P<again>(?:(?:at|a|à|às|lúc)\s+)?(?:(?:las?|os|as)\s+)?))\Z",
    re.IGNORECASE)


def _range_start(text: str, before: int, end: Quantity, counted: bool = False) -> Quantity | None:
    """The time of day that starts a range ending at ``end`` (whose hour starts at ``before``), in the
    same half of the day where its hour comes before the end's ("from 8 to 10 p.m.": 8 p.m.; "from 10
    to 2 p.m.": 10 a.m.), or None where no range ends there (or, ``counted``, no "or", "and" either:
    "8 or 9 in the morning")."""
    m = _RANGE_START.search(text, max(0, before - 45), before)  # "từ mười một giờ bốn mươi lăm đến "
    if m is None or not (m["opens"] or m["to"] or counted or (m["either"] and not m["again"] and end.unit == CLOCK)):
        return None  # ("8 or 9 a.m.", "8 hoặc 9 giờ sáng": either is a time, as in "8-9 a.m.")
    hour = HOUR_WORDS[m["hw"].lower()] if m["hw"] else int(m["h"])  # "từ tám đến mười giờ tối"
    minutes_said = m["m"] or m["fm"] or m["vm"] or m["vmw"]  # "8:30", "8 h 30", "8 giờ 30", "tám giờ ba mươi"
    start, stop = m.start("hour"), m.end("hour")
    minute = 30 if m["vhalf"] else minute_of(minutes_said) if minutes_said else 0  # "8 giờ rưỡi": 8:30
    minute += fraction_minutes(m["rfrac"], m["rless"])  # "de 8 y media a 10 de la noche": 8:30 p.m.
    if hour > 12:  # "de 14 a 16 h" (24-hour)
        return Quantity(Decimal(hour * 60 + minute), CLOCK, text[start:stop], start, stop)
    minutes = (hour % 12 * 60 + minute) % 720
    if end.unit == CLOCK:
        half = end.value - end.value % 720  # midnight or noon before the end
        minutes = int((half + minutes - (720 if minutes > end.value % 720 else 0)) % 1440)
    return Quantity(Decimal(minutes), end.unit, text[start:stop], start, stop)


_FIRST_DOSE_HOUR = 5  # a range said as counts starts at this hour or later to be read as times (times_counted)


def times_counted(text: str) -> list[list[Quantity]]:
    """The ranges of times of day English says with a part of the day and no word of time before
    them, each as its start and end ("Take it 8 or 9 in the morning": [8 a.m., 9 a.m.]), which
    clock_times reads as counts ("Take 1 or 2 in the morning" counts tablets): the number check reads
    them as times where the other side says each as one ("a las 8 o las 9 de la mañana"). Never a
    number alone: "Take 2 in the morning" counts two, and "a las 2 de la mañana" for it is an error;
    never a range that starts before 5 ("Take 1 or 2 in the morning" counts tablets, and "a la 1 o a
    las 2 de la mañana" for it is an error: no handout doses at 1 a.m., many doses count 1 or 2)."""
    found = []
    for m in _CLOCK_RE.finditer(text):
        if not _counted_with_part(m, text):
            continue
        clock = _clock(m, text, counted=True)
        if clock is None:
            continue
        start = m.start("h")
        end = Quantity(Decimal(clock[0]), CLOCK if clock[1] else CLOCK_12, m[0][start - m.start():].strip(), start,
                       m.end())
        first = _range_start(text, start, end, counted=True)
        written = re.match(r"\d+", first.text) if first is not None else None
        if first is not None and written is not None and int(written[0]) >= _FIRST_DOSE_HOUR:
            found.append([first, end])
    return found


def same_time(a: Quantity, b: Quantity) -> bool:
    """Two times of day that can be the same, one of them without a.m. or p.m. ("a las 8:30" and
    "8:30 p.m."), or such a time and its hour as a bare number ("a las 8" and "at 8")."""
    if {a.unit, b.unit} <= {CLOCK, CLOCK_12} and CLOCK_12 in (a.unit, b.unit):
        return a.value % 720 == b.value % 720
    clock, bare = (a, b) if a.unit == CLOCK_12 else (b, a)
    return clock.unit == CLOCK_12 and bare.unit == "" and clock.value % 60 == 0 and clock.value // 60 == bare.value


# Midnight and noon said in a word ("at 12 a.m.": "à minuit", "a medianoche"; "12 p.m.": "à midi", "ao meio-dia";
# "à 0 h": "at midnight"); never "après-midi" or "afternoon"
_MIDNIGHT = ("midnight", "medianoche", "media noche", "meia-noite", "minuit", "nửa đêm")
_NOON = ("noon", "midday", "mediodía", "medio día", "meio-dia", "midi", "giữa trưa")
_IN_WORDS = ((0, re.compile(rf"(?<![\w-])(?:{'|'.join(_MIDNIGHT)})\b", re.IGNORECASE)),
             (720, re.compile(rf"(?<![\w-])(?:{'|'.join(_NOON)})\b", re.IGNORECASE)))
_ALL_WORDS = (*_MIDNIGHT, *_NOON)


# What a message on a time at midnight or noon says ("12 a.m." as "à midi", "à 0 h" for "12 p.m.")
TWELVE = "12 a.m. is midnight (0:00), 12 p.m. noon (12:00)"


def twelve_advice(lost: list[Quantity], added: list[Quantity]) -> str:
    """The advice on the times at midnight or noon among ``lost`` and ``added`` (the number check's),
    each the translation writes named ('"0 h" is midnight (0:00)': "à 0 h" for "12 p.m."), then
    TWELVE; or "" where there is none."""
    at = [q for q in (*lost, *added) if q.unit == CLOCK and q.value % 720 == 0]
    if not at:
        return ""
    named = dict.fromkeys(f'"{q.text}" is {"midnight (0:00)" if q.value % 1440 == 0 else "noon (12:00)"}'
                          for q in added if q in at)
    return "; " + ": ".join([", ".join(named), TWELVE] if named else [TWELVE])


def said_in_words(times: list[Quantity], text: str) -> list[Quantity]:
    """Those of ``times`` at midnight or noon (of one text) that ``text`` (the other) says in a word,
    one word for each ("12 a.m." and "minuit"; "a las 12", without a.m. or p.m., and "noon" or
    "midnight"): the number check reads no such word as a time of its own ("at noon" may be "au
    déjeuner"), so a word only answers a time the other text writes in digits."""
    at = [q for q in times if q.unit in (CLOCK, CLOCK_12) and q.value % 720 == 0]
    if not at:  # nearly every text
        return []
    words = Counter(minutes for minutes, _word in _words(text))
    said = []
    for q in at:
        minutes = next((m for m in ((int(q.value),) if q.unit == CLOCK else (0, 720)) if words[m] > 0), None)
        if minutes is not None:
            words[minutes] -= 1
            said.append(q)
    return said


def _words(text: str) -> list[tuple[int, str]]:
    """(0 or 720, the word) of each word of ``text`` for midnight or noon, in order."""
    found = sorted((m.start(), minutes, m[0]) for minutes, word in _IN_WORDS for m in word.finditer(text))
    return [(minutes, word) for _start, minutes, word in found]


def midnight_for_noon(src: str, tr: str) -> tuple[str, str] | None:
    """The source's word for midnight (or noon) and the translation's for the other, where each text
    says only the one ("at midnight": "à midi", "al mediodía"; "at noon": "à minuit"), or None."""
    lowered = src.lower()
    if not any(word in lowered for word in _ALL_WORDS):  # nearly every text
        return None
    said, put = _words(src), _words(tr)
    times, other = {minutes for minutes, _word in said}, {minutes for minutes, _word in put}
    if len(times) != 1 or len(other) != 1 or times == other:
        return None
    return said[0][1], put[0][1]


DIGIT_RUN = re.compile(r"\d+")  # a run of digits (the order check reads links' numbers with it)
_CLOCK_AFTER = re.compile(r"\s?(?:[:hH]|[aApP]\.?\s?[mM])|\s+(?:de la|da|in the|at)\s|\s*(?i:giờ)")
_CLOCK_BEFORE = re.compile(r"\b(?:at|las?|às|as|das|pelas|lúc)\s+$", re.IGNORECASE)


def may_clock(text: str) -> bool:
    """A quick look for what _CLOCK_RE needs around a number (most numbers are no time of day):
    a scan of the whole text for the words before one was the number check's slowest part."""
    for m in DIGIT_RUN.finditer(text):
        if _CLOCK_AFTER.match(text, m.end()) or _CLOCK_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            return True
    # "lúc tám giờ tối", "ao meio-dia e meia", "a las ocho y media"
    return may_say_hour_in_words(text) or may_say_twelve_and(text) or may_say_clock_words(text)
