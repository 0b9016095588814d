"""Vietnamese numbers in words above twelve ("mười lăm": 15, "hai mươi mốt": 21, "một trăm linh năm":
105, "một nghìn": 1000, "hai triệu": 2 000 000), each read as one number, as numberwords.py reads
"twenty-one" or "ciento cinco" (never as the 2 of "hai mươi", nor the 10 of "mười lăm").

In: a text in lower case. Out: each number's match and value, for compoundnumbers.compounds_in.

The rules of Vietnamese counting (Wikipedia, "Vietnamese numerals",
https://en.wikipedia.org/wiki/Vietnamese_numerals; and CLDR's Vietnamese spell-out rules, vi.xml,
"after-hundred": "lẻ", "after-thousand-or-more": "không trăm"):
- the tens are "mười" (10) and a digit with "mươi" (20 to 90: "hai mươi", "năm mươi");
- after the tens a 5 is "lăm" (or "nhăm"): "mười lăm" 15, "hai mươi lăm" 25; "mười năm" is ten
  years, so "năm" after the tens is read as a year, never as 5;
- after "mươi" a 1 is "mốt" ("hai mươi mốt" 21; "mười một" 11) and a 4 may be "tư" ("hai mươi tư");
- a 0 in the tens place after a hundred is "linh" (North) or "lẻ" (South): "một trăm linh năm" 105;
- "trăm" 100, "nghìn" or "ngàn" 1000 (with "không trăm" for no hundreds: "một nghìn không trăm
  linh năm" 1005), "triệu" a million, "tỷ" or "tỉ" a thousand million.
A digit alone is numberwords.NUMBER_WORDS' (where "năm" may be a year and "ba" a father); a number
needs its tens, its hundreds or a thousand, a million.

Speech, and handouts written as it is said, shorten a number (MSU Open Books, "Vietnamese", unit 3
vocabulary, https://openbooks.lib.msu.edu/vietnamese/chapter/u3-vocabulary: "21 = Hai mốt/Hai mươi
mốt"; the vietnam-number library's spoken forms, https://github.com/ngoquanghuy99/vietnam-number:
"một triệu tư" 1400000, "nghìn hai" 1200):
- the tens without "mươi", where the units word says it is one of the tens: "hai mốt" 21, "ba lăm"
  35, "hai tư" 24 ("mốt", "lăm", "nhăm" and "tư" as 4 come only after tens; "ba hai" for 32 is not
  read: it is also three and two);
- a digit alone after "trăm", a thousand or a million is the next place down: "một trăm mốt" 110
  (never 101, "một trăm linh một"), "một trăm tư" 140, "một nghìn hai" 1200, "một triệu tư" 1400000.
Where such a form may mean something else in a dose, it is not read (no number is safer than a wrong
one): "tư" only before the end of the words, a mark or a counted word ("tư vấn" is advice, "hai tư
vấn viên" two advisers); a digit after "trăm" or a thousand the same way, and never "năm" ("hai
nghìn năm" is two thousand years as often as 2500) nor before "lần" ("một nghìn hai lần": 1200 times,
or a thousand units twice?). "Rưởi" (a half: "hai nghìn rưởi" 2500) is not read.
"""

from __future__ import annotations

import re
from functools import cache

_DIGITS = {"không": 0, "một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "lăm": 5, "nhăm": 5,
           "sáu": 6, "bảy": 7, "tám": 8, "chín": 9}
_SCALES = {"nghìn": 10**3, "ngàn": 10**3, "triệu": 10**6, "tỷ": 10**9, "tỉ": 10**9}

_D = "một|hai|ba|bốn|năm|sáu|bảy|tám|chín"  # 1 to 9 before "trăm" or a thousand, or after "linh"
_AFTER_MUOI = "một|hai|ba|bốn|tư|lăm|nhăm|sáu|bảy|tám|chín"  # after "mười" (10): "mười lăm", "mười một"
_AFTER_MUOI_TENS = "mốt|hai|ba|bốn|tư|lăm|nhăm|sáu|bảy|tám|chín"  # after "mươi" (20 to 90): "hai mươi mốt"
_S = r"[\s\u00a0]+"
# Where a short form's last word may end a number: the end, a mark, or a word a count goes with
_ENDS = (rf"(?=[\s\u00a0]*(?:$|[^\w\s])|{_S}(?:viên|ngày|tuần|tháng|giờ|tiếng|phút|liều|mũi|ống|giọt|gói|muỗng|"
         r"thìa|tuổi|người|đơn vị|đồng|mg|ml|mcg|g|kg)(?![^\W\d_]))")
_TU = rf"tư{_ENDS}"  # 4 of a short form ("hai tư", "một triệu tư"), never "tư vấn"
_SHORT_TENS = rf"(?:hai|ba|bốn|năm|sáu|bảy|tám|chín){_S}(?:mốt|lăm|nhăm|{_TU})(?![^\W\d_])"  # "hai mốt": 21
_NEXT_PLACE = rf"(?:mốt|hai|ba|bốn|sáu|bảy|tám|chín|tư){_ENDS}"  # "một trăm mốt" 110, "một nghìn hai" 1200
_TENS = (rf"mười(?:{_S}(?:{_AFTER_MUOI}))?|(?:hai|ba|bốn|năm|sáu|bảy|tám|chín){_S}mươi(?:{_S}(?:{_AFTER_MUOI_TENS}))?|"
         rf"{_SHORT_TENS}")
# 10 to 59, in full ("mười lăm" 15, "ba mươi" 30, "bốn mươi lăm" 45): the minutes of a time of day
# (vietnamesetimes.py), read with value
TENS_BELOW_SIXTY = (rf"mười(?:{_S}(?:{_AFTER_MUOI}))?|(?:hai|ba|bốn|năm){_S}mươi(?:{_S}(?:{_AFTER_MUOI_TENS}))?")
_HUNDREDS = rf"(?:{_D}|không){_S}trăm(?:{_S}(?:linh|lẻ){_S}(?:{_D})|{_S}(?:{_TENS})|{_S}{_NEXT_PLACE})?"
_SCALE = "|".join(_SCALES)
# after a thousand, a million: no hundreds ("không trăm"), a 0 in the tens place, tens or hundreds, or
# the next place down alone
_REST = (rf"(?:không{_S}trăm{_S})?(?:linh|lẻ){_S}(?:{_D})|không{_S}trăm{_S}(?:{_TENS})|{_HUNDREDS}|{_TENS}|"
         rf"{_NEXT_PLACE}")


@cache
def _number() -> re.Pattern[str]:
    """A Vietnamese number in words (compiled on first use: only a Vietnamese text needs it, and it
    takes a few milliseconds on every run of edu)."""
    return re.compile(rf"(?<![^\W\d_])(?:(?:{_HUNDREDS}|{_TENS})|(?:{_D})(?={_S}(?:{_SCALE})(?![^\W\d_])))"
                      rf"(?:{_S}(?:{_SCALE})(?:{_S}(?:{_REST}))?)*(?![^\W\d_])")


# What the quick look finds in a text with a number above twelve (nearly every text has none)
STEMS = ("mười", "mươi", "trăm", "nghìn", "ngàn", "triệu", "tỷ", "tỉ", "mốt", "lăm", "nhăm", "tư")


def numbers_in(lowered: str) -> tuple[tuple[re.Match[str], int], ...]:
    """Each Vietnamese number in words of ``lowered`` above a digit alone, as its match and value."""
    for stem in STEMS:
        if stem in lowered:
            break
    else:
        return ()
    return tuple((m, value(m[0])) for m in _number().finditer(lowered))


def value(words: str) -> int:
    """The value of a number ``_number()`` found: "hai mươi mốt" 21, "một trăm linh năm" 105."""
    total, group, digit, before = 0, 0, 0, ""
    for word in words.split():
        if word in _DIGITS and before in _DIGITS:  # "hai mốt": 21
            group, digit = group + _DIGITS[before] * 10, _DIGITS[word]
        elif word in _DIGITS:
            digit = _DIGITS[word]
        elif word == "mười":
            group += 10
        elif word == "mươi":
            group, digit = group + digit * 10, 0
        elif word == "trăm":
            group, digit = group + digit * 100, 0
        elif word in _SCALES:
            total, group, digit = total + (group + digit) * _SCALES[word], 0, 0
        before = word
    place = words.split()[-2:-1]  # the word before the last: "một trăm mốt" 110, "một triệu tư" 1400000
    if place and before in _DIGITS and place[0] in ("trăm", *_SCALES):
        return total + group + digit * (10 if place[0] == "trăm" else _SCALES[place[0]] // 10)
    return total + group + digit
