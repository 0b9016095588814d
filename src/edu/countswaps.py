"""QA, part of the number check: two counts exchanged between the things they count. "Take 2 tablets 3
times a day" as "Tome 3 tabletas 2 veces al día" keeps the source's numbers (the number check compares
them as a set) and gives three tablets twice a day; "Take 7 tablets on day 1" as "Tome 1 tableta el
día 7" puts the loading dose on the wrong day.

Each count is bound to the thing it counts, where the words say so plainly: a number (digits or
words: numberwords.py) right before a count noun ("2 tablets", "dos tabletas", "3 times", "twice a
day", "2 viên", "3 lần"), or right after the noun of a numbered day, dose or week ("day 1", "el día
7", "dose 2", "semana 3"), or said with its ordinal ("el primer día", "le septième jour", "ngày thứ
hai"). Only an exchange is an error: the source binds N to one thing and M to another, and the
translation binds them the other way round. Whatever the reading is unsure of passes: a thing
counted twice, a range ("1-2 tablets", "one or two"), a thing whose word the translation does not use
("pill" said "cápsula"), an ordinal of another thing ("the second tablet"), a count with a unit ("2
days": the number check's own, with its unit).

In: (source, translation, Context), after the number check found the same numbers on both sides. Out:
at most one ``Finding``. English, Spanish, Portuguese, French and Vietnamese; any other language passes.
"""

from __future__ import annotations

import re
import string
from collections import defaultdict
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

from . import langtag
from .findings import Context, Finding, finding
from .numberwords import AS_DIGITS, NUMBER_WORDS, cardinal_spans, ordinals
from .prose import mask
from .quantities import RANGE_JOIN, unit_words

# The things a count binds to (a number right before the noun), one key for the words of every
# language, from the nouns an article counts one of (numbercheck._COUNTED: a dose or a thing to
# bring), and "times" of a frequency. Singular and plural (an "s" or "es" after each is read too).
# Synonyms share a key ("tablet", "pill": "tableta", "pastilla", "comprimido"); a thing a
# translation says in another key's word ("pill" as "cápsula") is then not found there, and passes.
_THINGS: dict[str, dict[str, str]] = {
    "tablet": {"en": "tablet|pill|caplet", "es": "tableta|pastilla|comprimido", "pt": "comprimido|pílula",
               "fr": "comprimé|pilule", "vi": "viên(?! nang)"},
    "capsule": {"en": "capsule", "es": "cápsula", "pt": "cápsula", "fr": "gélule|capsule", "vi": "viên nang"},
    "shot": {"en": "shot|injection|jab", "es": "inyección|inyecciones", "pt": "injeção|injeções",
             "fr": "injection|piqûre", "vi": "mũi"},
    "syringe": {"en": "syringe", "es": "jeringa|jeringuilla", "pt": "seringa", "fr": "seringue",
                "vi": "ống tiêm|bơm tiêm"},
    "pen": {"en": "pen", "es": "pluma", "pt": "caneta", "fr": "stylo", "vi": "bút"},
    "needle": {"en": "needle", "es": "aguja", "pt": "agulha", "fr": "aiguille", "vi": "kim"},
    "dose": {"en": "dose", "es": "dosis", "pt": "dose", "fr": "dose", "vi": "liều"},
    "drop": {"en": "drop", "es": "gota", "pt": "gota", "fr": "goutte", "vi": "giọt"},
    "puff": {"en": "puff|inhalation", "es": "inhalación|inhalaciones", "pt": "inalação|inalações|jato",
             "fr": "bouffée|inhalation"},
    "patch": {"en": "patch", "es": "parche", "pt": "adesivo", "fr": "patch|timbre", "vi": "miếng dán"},
    "suppository": {"en": "suppository|suppositories", "es": "supositorio", "pt": "supositório",
                    "fr": "suppositoire", "vi": "viên đặt"},
    "time": {"en": "time", "es": "vez|veces", "pt": "vez|vezes", "fr": "fois", "vi": "lần"},
}
# The things a number names (a number right after the noun): "day 1", "el día 7", "dose 2", "week 3".
_NUMBERED: dict[str, dict[str, str]] = {
    "day": {"en": "day", "es": "día|dia", "pt": "dia", "fr": "jour", "vi": "ngày"},
    "dose": {"en": "dose", "es": "dosis", "pt": "dose", "fr": "dose", "vi": "liều"},
    "week": {"en": "week", "es": "semana", "pt": "semana", "fr": "semaine", "vi": "tuần"},
}
# English says a count of times in one word, where it is a frequency ("twice a day"; never "twice
# the dose", a multiple); "una vez que", "une fois ouvert" are "once", no count.
_EN_TIMES = re.compile(r"\b(once|twice|thrice)(?= (?:a|an|per|daily|every|each|weekly|monthly|nightly)\b)")
_EN_TIMES_VALUE = {"once": Decimal(1), "twice": Decimal(2), "thrice": Decimal(3)}
_NOT_A_COUNT_AFTER = re.compile(r"\s*(?:que\b|qu[’']|abiert|abert|ouvert|entamé|prepar|mezcl|mistur|mélang|"
                                r"descongel|décongel)")
# A count in digits: not part of a date, a time of day, a fraction, a citation or an ordinal ("1st",
# "1.º", "1er").
_DIGITS = re.compile(r"(?<![\w.,/:\[\-−])\d+(?:[.,]\d+)?(?![\w/:\]]|[.,]\d|\.?[ºª°])")
_WORD_CHARS = re.compile(r"[^\W\d_]")
# The word after a number, which may be its unit: "a dose 2 hours later" numbers no dose.
_NEXT_WORD = re.compile(r"[ \u00a0]*([^\W\d_]+)")
# Between the two numbers of a range: quantities.py's joins, and Vietnamese "đến", "tới", "hoặc", "hay".
_VI_RANGE_JOIN = re.compile(r"\s*(?:đến|tới|hoặc|hay|[-–])\s*")


class _Reader(NamedTuple):
    after: re.Pattern[str]  # a count noun right at a place (after a number); its group names its thing
    before: re.Pattern[str]  # a numbered noun right before a place (ending where the number starts)
    nouns: frozenset[str]  # the quick look's words: each count noun's first word, with "s" and "es"
    numbered: frozenset[str]  # and each numbered noun, with "s"
    ordinal: re.Pattern[str]  # a numbered noun with an ordinal ("el primer día", "ngày thứ hai"): group "n"


@lru_cache(maxsize=8)
def _reader(code: str) -> _Reader | None:
    """How ``code`` binds its counts; None for a language without number words."""
    if code not in NUMBER_WORDS:
        return None
    nouns = [(key, words[code]) for key, words in _THINGS.items() if code in words]
    after = re.compile("(?:" + "|".join(rf"(?P<{key}>(?:{words})(?:e?s)?)" for key, words in nouns)
                       + r")(?![^\W\d_])")  # a whole word: "2 penicillin tablets" counts no pen
    numbered = "|".join(rf"(?P<{key}>(?:{words[code]})s?)" for key, words in _NUMBERED.items())
    before = re.compile(rf"(?<![^\W\d_])(?:{numbered})[ \u00a0]+$")
    firsts = {word.split("(")[0].split()[0] for _key, words in nouns for word in words.split("|")}
    named = {word for words in _NUMBERED.values() for word in words[code].split("|")}
    said = "|".join(sorted(ordinals(code), key=len, reverse=True))
    ordinal = (rf"(?<![^\W\d_])(?:{numbered})[ \u00a0]+(?P<n>{said})(?![^\W\d_])" if code == "vi" else
               rf"(?<![^\W\d_])(?P<n>{said})[ \u00a0]+(?:{numbered})(?![^\W\d_])")
    return _Reader(after, before, frozenset({*firsts, *(f"{w}s" for w in firsts), *(f"{w}es" for w in firsts)}),
                   frozenset({*named, *(f"{w}s" for w in named)}), re.compile(ordinal))


# Every character that cannot be part of a word or a number, as a space: str.translate and
# str.split find the words several times faster than a regex (the quick look runs on every entry).
_NOT_WORDS = str.maketrans(dict.fromkeys(string.punctuation + "¿¡«»“”‘’„—–…·\u00a0\u202f", " "))
_COUNT_WORDS = frozenset({*(w for words in NUMBER_WORDS.values() for w in words), "one", "un", "uno", "una", "um",
                          "uma", "une", "một"})
_EN_ONCE = frozenset({"once", "twice", "thrice"})
# The first word of each ordinal ("primer", "décimo", "thứ", "đầu"): before or after a numbered noun
_ORDINAL_FIRSTS = frozenset(word.split()[0] for words in AS_DIGITS.values() for word in words)


def _may_bind(text: str, reader: _Reader) -> bool:
    """A quick look, a necessary condition of two bindings: two places where a number (digits, or a
    word of one to twelve: a count of 13 and more in words, "veinte gotas", is not read) comes right
    before a count noun's first word or right after a numbered noun, or an English "twice"."""
    words = text.lower().translate(_NOT_WORDS).split()
    if reader.nouns.isdisjoint(words) and reader.numbered.isdisjoint(words) and _EN_ONCE.isdisjoint(words):
        return False  # nearly every entry
    bound = 0
    for word, then in pairwise(words):
        if ((then in reader.nouns and (word.isdigit() or word in _COUNT_WORDS)) or word in _EN_ONCE
                or (word in reader.numbered and (then.isdigit() or then in _COUNT_WORDS or then in _ORDINAL_FIRSTS))
                or (then in reader.numbered and word in _ORDINAL_FIRSTS)):
            bound += 1
            if bound == 2:
                return True
    return False


def _bindings(text: str, code: str) -> dict[str, tuple[Decimal, str, int]]:
    """Each thing ``text`` binds exactly one count to, and surely: key -> (value, the words, where)."""
    reader = _reader(code)
    if reader is None:
        return {}
    after, before = reader.after, reader.before
    text = mask(text)
    lowered = text.lower()
    shown = text if len(text) == len(lowered) else lowered  # ("İ" lower case is two characters)
    numbers: list[tuple[int, int, Decimal]] = []
    for m in _DIGITS.finditer(lowered):
        try:
            numbers.append((m.start(), m.end(), Decimal(m[0].replace(",", "."))))
        except InvalidOperation:
            continue
    numbers += cardinal_spans(lowered, code)
    numbers.sort()
    join = _VI_RANGE_JOIN if code == "vi" else RANGE_JOIN
    units = unit_words()
    found: dict[str, list[tuple[Decimal, str, int]]] = defaultdict(list)
    unsure: set[str] = set()
    for i, (start, end, value) in enumerate(numbers):
        ranged = any(join.fullmatch(lowered, a_end, b_start) for (_s, a_end, _v), (b_start, _e, _w) in
                     ((numbers[j], numbers[j + 1]) for j in (i - 1, i) if 0 <= j < len(numbers) - 1))
        noun = after.match(lowered, end + 1) if lowered[end : end + 1] in (" ", "\u00a0", "-") else None
        if noun is not None and not (noun.lastgroup == "time" and _NOT_A_COUNT_AFTER.match(lowered, noun.end())):
            key = noun.lastgroup or ""
            words = shown[start : noun.end()]
        else:
            numbered = before.search(lowered, max(0, start - 12), start)
            unit = _NEXT_WORD.match(lowered, end)
            if numbered is None or _WORD_CHARS.match(lowered, end) or (unit is not None and unit[1] in units):
                continue
            key = f"{numbered.lastgroup} N"
            words = shown[numbered.start() : end]
        if ranged:  # "1-2 tablets", "1 or 2 tablets", "days 1 to 7"
            unsure.add(key)
        else:
            found[key].append((value, words, start))
    for m in reader.ordinal.finditer(lowered):  # "el primer día" is day 1
        key = f"{next(group for group in _NUMBERED if m[group])} N"
        found[key].append((Decimal(AS_DIGITS[code][m["n"]]), shown[m.start() : m.end()], m.start()))
    if code == "en":
        for m in _EN_TIMES.finditer(lowered):
            found["time"].append((_EN_TIMES_VALUE[m[1]], shown[m.start() : m.end()], m.start()))
    return {key: counts[0] for key, counts in found.items() if len(counts) == 1 and key not in unsure}


@lru_cache(maxsize=64)
def _readers(lang: str) -> tuple[str, _Reader | None]:
    """``lang``'s code and reader, by its tag ("pt-BR": "pt")."""
    code = langtag.primary(lang)
    return code, _reader(code)


def check_swapped_counts(src: str, tr: str, ctx: Context) -> list[Finding]:
    """Two counts the translation puts on each other's things ("2 tablets … 3 times" as "3 tabletas
    … 2 veces"): the same numbers, so the number check's comparison as a set does not see it."""
    (code_a, reader_a), (code_b, reader_b) = _readers(ctx.source_lang), _readers(ctx.lang)
    if src == tr or reader_a is None or reader_b is None:
        return []
    if not _may_bind(src, reader_a) or not _may_bind(tr, reader_b):  # nearly every entry
        return []
    a, b = _bindings(src, code_a), _bindings(tr, code_b)
    exchanged = []
    for key, (value, words, where) in a.items():
        if key not in b or b[key][0] == value:
            continue
        other = next((k for k, (v, _w, _at) in a.items() if k != key and v == b[key][0] and k in b and
                      b[k][0] == value), None)
        if other is not None and where < a[other][2]:  # each pair once, in the source's order
            exchanged.append(f'"{words}" in the source is "{b[key][1]}" in the translation, and "{a[other][1]}" is '
                             f'"{b[other][1]}"')
    if not exchanged:
        return []
    return [finding("number", f"{'; '.join(exchanged)}: the counts are exchanged between the things they count "
                    "(the same numbers, another dose); keep each count with its thing, as the source does")]
