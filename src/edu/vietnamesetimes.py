"""Vietnamese times of day in "giờ" ("lúc 8 giờ tối": at 8 p.m.; "8 giờ rưỡi sáng": 8:30 a.m.; "lúc 20
giờ": 20:00; "12 giờ đêm": midnight; the hour in words too: "lúc tám giờ tối", "mười hai giờ trưa"),
read as minutes after midnight, as clocktimes.py reads "8 p.m.", "à 20 h" and "8 h du soir". "Giờ" is
also the hour ("mỗi 8 giờ": every 8 hours; "trong 2 giờ": for 2
hours): it is a time of day only after "lúc" (at), or with a part of the day after it and no "mỗi" or
"cứ" (every) before it.

In: a masked text. Out: (start, end, minutes after midnight, whether a.m. or p.m. is known) of each
time, for clocktimes.clock_times; the text without the words of its times ("hai mươi" of "lúc hai mươi
giờ" is no count), for numberwordscheck.py.

The parts of the day (Vietnamese as handouts and clinics write it: "sáng" morning, "trưa" midday,
"chiều" afternoon, "tối" evening, "đêm" night) say the half of the day by the hour they come with:
"11 giờ trưa" is 11 a.m. and "1 giờ trưa" 1 p.m.; "2 giờ đêm" is 2 a.m. and "11 giờ đêm" 11 p.m.;
"12 giờ trưa" (or "chiều") is noon, "12 giờ đêm" (or "tối") midnight. Minutes follow the hour: "8 giờ
30", "8 giờ 30 phút", "8 giờ rưỡi" (half past), "8 giờ kém 15" (a quarter to 8, 7:45); "8h30 tối",
"8:30 tối" too; in words ("tám giờ ba mươi tối": 8:30 p.m.; "tám giờ mười lăm", "tám giờ kém mười lăm",
"tám giờ năm phút"). "12 giờ sáng" may be either noon or midnight: read without a.m. or p.m.
"""

from __future__ import annotations

import re

from .vietnamesenumbers import TENS_BELOW_SIXTY, value

# A minute is two digits, or one with "phút" ("8 giờ 5 phút"); never a count ("lúc 8 giờ 2 viên": at 8, 2 tablets)
_COUNTED = r"(?!\s*(?:viên|lần|liều|giọt|gói|ống|mũi|muỗng|thìa|mg|ml|mcg|g)(?![^\W\d_]))"
_MINUTES = rf"(?:[0-5]\d(?:\s*phút)?|\d\s*phút)(?![\d.,]\d){_COUNTED}(?![^\W\d_])"
_PARTS = "sáng|trưa|chiều|tối|đêm"
# The hours in words ("lúc tám giờ tối": at 8 p.m.; "mười hai giờ trưa": noon; "hai mươi giờ": 20:00)
_ONES = ("một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")
HOUR_WORDS = {**{word: i for i, word in enumerate(_ONES, 1)}, "mười": 10,
              **{f"mười {'lăm' if word == 'năm' else word}": 10 + i for i, word in enumerate(_ONES, 1)},
              "hai mươi": 20, "hai mươi mốt": 21, "hai mươi hai": 22, "hai mươi ba": 23, "hai mươi tư": 24,
              "hai mươi bốn": 24}
IN_WORDS = "|".join(sorted(HOUR_WORDS, key=len, reverse=True))
# A minute in words: 10 to 59 ("tám giờ ba mươi": 8:30; "tám giờ mười lăm phút"), one to nine with
# "phút" ("tám giờ năm phút": 8:05), never a count ("tám giờ hai viên" is at 8, two tablets)
_MINUTE_WORDS = (rf"(?:(?:{TENS_BELOW_SIXTY})(?:[\s\u00a0]*phút)?|(?:{'|'.join(_ONES)})[\s\u00a0]*phút)"
                 rf"{_COUNTED}(?![^\W\d_])")
# "Giờ" and the minutes after it in the start of a range of times ("từ 8 giờ 30 đến 10 giờ tối", "từ tám giờ ba
# mươi đến mười giờ tối", "từ 8 giờ rưỡi đến 10 giờ tối"; clocktimes._RANGE_START): groups vm, vhalf, vmw
AFTER_GIO = (rf"[\s\u00a0]+giờ(?:[\s\u00a0]*(?P<vm>{_MINUTES})|\s+(?P<vhalf>rưỡi)(?![^\W\d_])"
             rf"|[\s\u00a0]+(?P<vmw>{_MINUTE_WORDS}))?")
_HOUR = rf"(?:(?<![\d.,:])(?P<h>2[0-4]|[01]?\d)|(?<![^\W\d_])(?P<hw>{IN_WORDS})(?=[\s\u00a0]+giờ))"
_TIME = re.compile(
    rf"(?P<at>\blúc\s+)?{_HOUR}"
    r"(?:[\s\u00a0]*(?:giờ|h)(?![^\W\d_])"
    rf"(?:[\s\u00a0]*(?P<m>{_MINUTES})|\s+(?P<half>rưỡi)|\s+kém\s+(?P<less>{_MINUTES}|{_MINUTE_WORDS})"
    rf"|[\s\u00a0]+(?P<mw>{_MINUTE_WORDS}))?"
    r"|:(?P<cm>[0-5]\d)(?=\s+(?:" + _PARTS + r")))"
    rf"(?:\s+(?P<part>{_PARTS})(?![^\W\d_]))?",
    re.IGNORECASE)
# The hours (1 to 12) each part of the day says after noon; "trưa" and "chiều" at 12 are noon, "tối" and
# "đêm" at 12 midnight, "sáng" at 12 either
_AFTERNOON = {"sáng": (), "trưa": (1, 2, 3, 4), "chiều": tuple(range(1, 12)), "tối": tuple(range(1, 12)),
              "đêm": (6, 7, 8, 9, 10, 11)}
_TWELVE = {"trưa": 720, "chiều": 720, "tối": 0, "đêm": 0}
# "Every" before hours ("mỗi 12 giờ sáng và tối": every 12 hours, morning and evening; "mỗi 6 đến 8 giờ
# sáng"), unless "lúc" says a time
_EVERY = re.compile(rf"\b(?:mỗi|cứ)\s+(?:(?:\d\d?|{IN_WORDS})(?:\s*(?:giờ|h))?\s*(?:đến|tới|-|–)\s*)?\Z",
                    re.IGNORECASE)
# What the quick look finds in a text with such a time (nearly every text has none)
HINTS = ("giờ", "lúc", "sáng", "trưa", "chiều", "tối", "đêm")
_IN_WORDS_HINT = re.compile(rf"(?<![^\W\d_])(?:{IN_WORDS})[\s\u00a0]+giờ", re.IGNORECASE)


def may_say_hour_in_words(text: str) -> bool:
    """A quick look for an hour in words ("tám giờ"), which a text without digits may say a time of
    day with (a look for digits finds the others)."""
    return "giờ" in text and _IN_WORDS_HINT.search(text) is not None


def vietnamese_times(text: str) -> list[tuple[int, int, int, bool]]:
    """(start of the hour, end, minutes after midnight, whether a.m. or p.m. is known) of each
    Vietnamese time of day in ``text``."""
    lowered = text.lower()
    if not any(hint in lowered for hint in HINTS):  # nearly every text
        return []
    found = []
    for m in _TIME.finditer(text):
        time = _minutes(m, text)
        if time is not None:
            found.append((m.start("h") if m["h"] else m.start("hw"), m.end(), *time))
    return found


def without_times_in_words(text: str) -> str:
    """``text`` with the words of each time of day blanked out (digits and places kept): "hai mươi"
    of "lúc hai mươi giờ" (at 20:00) and "ba mươi" of "lúc 8 giờ ba mươi tối" count nothing, for the
    check of counts in words (the number check compares the times)."""
    if "giờ" not in text.lower():  # nearly every text (a time in words says "giờ")
        return text
    for start, stop, _minutes, _known in vietnamese_times(text):
        text = text[:start] + _LETTERS.sub(" ", text[start:stop]) + text[stop:]
    return text


_LETTERS = re.compile(r"[^\W\d_]")


def _minutes(m: re.Match[str], text: str) -> tuple[int, bool] | None:
    """(minutes after midnight, whether a.m. or p.m. is known) of a match of _TIME, or None where it
    says hours ("mỗi 8 giờ", "trong 2 giờ 30 phút", "mỗi 12 giờ sáng và tối": every 12 hours)."""
    part = (m["part"] or "").lower()
    if not m["at"] and (not part or _EVERY.search(text, max(0, m.start() - 20), m.start())):
        return None
    hour = HOUR_WORDS[m["hw"].lower()] if m["hw"] else int(m["h"])
    hour = hour % 24 if hour != 12 else 12
    minute = 30 if m["half"] else minute_of(m["m"] or m["cm"] or m["less"] or m["mw"] or "0")
    if m["less"]:  # "8 giờ kém 15": 7:45
        minute = -minute
    if not part or hour == 0 or hour > 12:  # "lúc 8 giờ" (either), "lúc 20 giờ", "20 giờ tối" (24-hour)
        return (hour * 60 + minute) % 1440, hour == 0 or hour > 12
    if hour == 12:
        if part not in _TWELVE:
            return (12 * 60 + minute) % 1440, False
        return (_TWELVE[part] + minute) % 1440, True
    afternoon = hour in _AFTERNOON[part]
    return ((hour + (12 if afternoon else 0)) * 60 + minute) % 1440, True


def minute_of(said: str) -> int:
    """The minutes of a time said in digits or words ("30", "5 phút", "ba mươi", "mười lăm phút")."""
    digits = re.match(r"\d+", said)
    return int(digits[0]) if digits else value(said.lower().replace("phút", "").strip())
