"""QA, part of the number check: two counts exchanged between the things they count. "Take 2 tablets 3
times a day" as "Tome 3 tabletas 2 veces al día" keeps the source's numbers (the number check compares
them as a set) and gives three tablets twice a day; "Take 7 tablets on day 1" as "Tome 1 tableta el
día 7" puts the loading dose on the wrong day.

Each count is bound to the thing it counts, where the words say so plainly: a number right before a
count noun ("2 tablets", "dos tabletas", "catorce gotas", "3 times", "twice a day", "2 viên", "3
lần"), or with one adjective between ("2 small tablets", "dos pequeñas tabletas"; never before
"times": "2 each time" counts no times), or right after the noun of a numbered day, dose or week
("day 1", "el día 7", "dose 2", "semana 3"), or said with its ordinal ("el primer día", "le septième
jour", "ngày thứ hai"). The numbers are the number check's own: digits as quantities.py reads them
with the locale's marks ("1,5" is one number in Spanish, a number with its unit, "2 days", is no
count), words as numberwords.py reads them. A range is one count of its thing ("1 to 2 tablets", "one
or two", "days 1 and 2"), compared as a whole; where a range's join stands between the number of a
day and a count ("day 1 and 1 tablet"), the last number is the count and the others the day.

An exchange is an error: the source binds N to one thing and M to another, and the translation binds
them the other way round (each thing counted once in each text, anywhere in it); or, where a thing is
counted twice, the same counts are paired otherwise in the clauses ("2 tablets on day 1 and 1 tablet
on day 2" as "2 tabletas el día 2 y 1 tableta el día 1"; a clause ends at ".", ";", "!", "?" or an
"and", "y", "e", "et", "và", "then", "luego", "puis"…, never at a comma: "El día 1, tome 2 tabletas"
is one). Whatever the reading is unsure of passes: a thing whose word the translation does not use
("pill" said "cápsula"), a thing counted twice in one clause, an ordinal of another thing ("the second
tablet"), a count with a unit ("2 days": the number check's own, with its unit).

In: (source, translation, Context), after the number check found the same numbers on both sides. Out:
at most one ``Finding``. English, Spanish, Portuguese, French and Vietnamese; any other language passes.
"""

from __future__ import annotations

import re
import string
from collections import Counter, defaultdict
from decimal import Decimal
from functools import lru_cache
from itertools import combinations
from typing import NamedTuple

from . import langtag
from .findings import Context, Finding, finding
from .numberwords import AS_DIGITS, NUMBER_WORDS, cardinal_spans, ordinals
from .prose import CITATION, mask, visible
from .quantities import RANGE_JOIN, Units, fractions_as_digits, number_locale, quantities

# The things a count binds to (a number right before the noun), one key for the words of every
# language, from the nouns an article counts one of (numbercheck._COUNTED: a dose or a thing to
# bring), and "times" of a frequency. Singular and plural (an "s" or "es" after each is read too).
# Synonyms share a key ("tablet", "pill", "lozenge": "tableta", "pastilla", "comprimido"; a puff of
# an inhaler and a spray of a nasal spray: "inhalación", "pulverización", "jato"); a thing a
# translation says in another key's word ("pill" as "cápsula") is then not found there, and passes.
_THINGS: dict[str, dict[str, str]] = {
    "tablet": {"en": "tablet|pill|caplet|lozenge", "es": "tableta|pastilla|comprimido|trocisco",
               "pt": "comprimido|pílula|pastilha", "fr": "comprimé|pilule|pastille", "vi": "viên(?! nang| đặt)"},
    "capsule": {"en": "capsule", "es": "cápsula", "pt": "cápsula", "fr": "gélule|capsule", "vi": "viên nang"},
    "shot": {"en": "shot|injection|jab", "es": "inyección|inyecciones", "pt": "injeção|injeções",
             "fr": "injection|piqûre", "vi": "mũi"},
    "syringe": {"en": "syringe", "es": "jeringa|jeringuilla", "pt": "seringa", "fr": "seringue",
                "vi": "ống tiêm|bơm tiêm"},
    "pen": {"en": "pen", "es": "pluma", "pt": "caneta", "fr": "stylo", "vi": "bút"},
    "needle": {"en": "needle", "es": "aguja", "pt": "agulha", "fr": "aiguille", "vi": "kim"},
    "vial": {"en": "vial|bottle", "es": "vial|frasco", "pt": "frasco", "fr": "flacon|fiole", "vi": "lọ|chai"},
    "ampoule": {"en": "ampoule|ampule", "es": "ampolla|ampolleta", "pt": "ampola", "fr": "ampoule",
                "vi": "ống(?! tiêm)"},
    "packet": {"en": "packet|sachet", "es": "sobre", "pt": "sachê|saché|envelope", "fr": "sachet", "vi": "gói"},
    "dose": {"en": "dose", "es": "dosis", "pt": "dose", "fr": "dose", "vi": "liều"},
    "drop": {"en": "drop", "es": "gota", "pt": "gota", "fr": "goutte", "vi": "giọt"},
    "puff": {"en": "puff|inhalation|spray", "es": "inhalación|inhalaciones|pulverización|pulverizaciones|disparo",
             "pt": "inalação|inalações|jato|borrifada|pulverização|pulverizações", "fr": "bouffée|inhalation|"
             "pulvérisation", "vi": "nhát xịt|lần xịt|lần hít"},
    "application": {"en": "application", "es": "aplicación|aplicaciones", "pt": "aplicação|aplicações",
                    "fr": "application", "vi": "lần bôi"},
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
_WORD_CHARS = re.compile(r"[^\W\d_]")
# Between a number and its thing: spaces, or a hyphen ("a 2-tablet dose"); and one word, an adjective.
_SPACE_AFTER = re.compile(r"[ \u00a0]+|-")
_ONE_WORD = re.compile(r"([^\W\d_]+)[ \u00a0]+")
# The words that never stand between a count and its thing: they join, point or count ("2 of the
# tablets", "2 each time", "2 cada vez", "1 o 2", "2 à la fois" count no tablets or times).
_NOT_BETWEEN_WORDS = {
    "en": "a an the of to or and at in on by for per with from each every this that next other same first last",
    "es": "a al el la los las lo un una unos unas de del y o u e en con por para cada esta este esa ese otra otro "
          "otras otros misma mismo",
    "pt": "a o os as um uma de do da dos das e ou em no na nos nas com por para ao à cada esta este outra outro "
          "mesma mesmo",
    "fr": "à a au aux le la les l un une de du des d et ou en dans avec par pour chaque cette ce ces autre autres même",
    "vi": "và hoặc hay đến tới mỗi một của cho trong vào với các những này đó",
}
_NOT_BETWEEN = frozenset(word for words in _NOT_BETWEEN_WORDS.values() for word in words.split())
# Between the two numbers of a range: quantities.py's joins, and Vietnamese "đến", "tới", "hoặc", "hay".
_VI_RANGE_JOIN = re.compile(r"\s*(?:đến|tới|hoặc|hay|[-–])\s*")
# Where a clause ends, between two counts: a sentence's or a list's mark, or a word that joins clauses
# ("Take 2 tablets on day 1 and 1 tablet on day 2"); never a comma ("El día 1, tome 2 tabletas").
_CLAUSE_BREAK = re.compile(r"[.;!?]|(?<![^\W\d_])(?:and|then|y|e|luego|después|depois|et|puis|ensuite|và|rồi|"
                           r"sau đó)(?![^\W\d_])")


class _Reader(NamedTuple):
    code: str  # the language ("pt" for "pt-BR")
    after: re.Pattern[str]  # a count noun right at a place (after a number); its group names its thing
    before: re.Pattern[str]  # a numbered noun right before a place (ending where the number starts)
    nouns: frozenset[str]  # the quick look's words: each count noun's first word, with "s" and "es"
    numbered: frozenset[str]  # and each numbered noun, with "s"
    ordinal: re.Pattern[str]  # a numbered noun with an ordinal ("el primer día", "ngày thứ hai"): group "n"


@lru_cache(maxsize=64)
def _reader(lang: str) -> _Reader | None:
    """How ``lang`` binds its counts, by its tag ("pt-BR" reads as "pt"); None for a language
    without number words."""
    code = langtag.primary(lang)
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
    return _Reader(code, after, before,
                   frozenset({*firsts, *(f"{w}s" for w in firsts), *(f"{w}es" for w in firsts)}),
                   frozenset({*named, *(f"{w}s" for w in named)}), re.compile(ordinal))


# Every character that cannot be part of a word or a number, as a space: str.translate and
# str.split find the words several times faster than a regex (the quick look runs on every entry).
_NOT_WORDS = str.maketrans(dict.fromkeys(string.punctuation + "¿¡«»“”‘’„—–…·⁄\u00a0\u202f", " "))
_COUNT_WORDS = frozenset({*(w for words in NUMBER_WORDS.values() for w in words), "one", "un", "uno", "una", "um",
                          "uma", "une", "một"})
# The words of a count in words that are no count alone, where one ends ("two hundred", "deux cents",
# "quatre-vingts", "dos millones", "hai mươi", "hai mươi mốt", "một trăm", "hai nghìn")
_LAST_OF_COUNT = frozenset({"hundred", "thousand", "cents", "vingts", "million", "millions", "billion", "billions",
                            "millón", "millon", "millones", "billón", "billon", "billones", "milhão", "milhao",
                            "milhões", "milhoes", "bilhão", "bilhao", "bilhões", "bilhoes", "milliard", "milliards",
                            "mươi", "mốt", "tư", "lăm", "nhăm", "trăm", "nghìn", "ngàn", "triệu", "tỷ", "tỉ"})
_EN_ONCE = frozenset({"once", "twice", "thrice"})
# The first word of each ordinal ("primer", "décimo", "thứ", "đầu"): before or after a numbered noun
_ORDINAL_FIRSTS = frozenset(word.split()[0] for words in AS_DIGITS.values() for word in words)


@lru_cache(maxsize=1024)
def _says_count(word: str, code: str) -> bool:
    """Whether ``word`` (lower case, no digits) may end or start a count in words of ``code``:
    "dos", "catorce", "twenty", "mil"."""
    return word in _COUNT_WORDS or word in _LAST_OF_COUNT or bool(cardinal_spans(word, code))


def _may_bind(text: str, reader: _Reader) -> bool:
    """A quick look, a necessary condition of two bindings: two places where a number (digits or
    words) comes right before a count noun's first word or one word before it, or right after a
    numbered noun, or an ordinal stands by a numbered noun, or an English "twice"."""
    words = text.lower().translate(_NOT_WORDS).split()
    nouns, numbered = reader.nouns, reader.numbered
    if nouns.isdisjoint(words) and numbered.isdisjoint(words) and _EN_ONCE.isdisjoint(words):
        return False  # nearly every entry
    bound = 0
    for i, word in enumerate(words):
        if word in nouns or word in numbered or word in _EN_ONCE:
            bound += _places(words, i, reader)
            if bound >= 2:
                return True
    return False


def _places(words: list[str], i: int, reader: _Reader) -> int:
    """How many counts word ``i`` of ``words`` may bind: a count noun with a number one or two words
    before it, a numbered noun with a number or an ordinal after it and one before it (a dose may
    be all: "2 dose 2"), an English "twice"."""
    word, code = words[i], reader.code
    if word in _EN_ONCE:
        return 1
    counted = word in reader.nouns and any(j >= 0 and (words[j].isnumeric() or _says_count(words[j], code))
                                           for j in (i - 1, i - 2))
    if word not in reader.numbered:
        return counted
    after = words[i + 1] if i + 1 < len(words) else ""
    numbered = after.isnumeric() or after in _ORDINAL_FIRSTS or (after != "" and _says_count(after, code))
    return counted + numbered + (i > 0 and words[i - 1] in _ORDINAL_FIRSTS)  # "primer día 2": two


class _Bound(NamedTuple):
    """A count bound to its thing: the thing's key, the count (a range's numbers, sorted), as written,
    where, and the clause it is said in (its number in the text)."""

    key: str
    value: tuple[Decimal, ...]
    words: str
    start: int
    end: int
    clause: int = 0


class _Reading(NamedTuple):
    text: str  # the text as read (masked, fractions as digits), for the words of a message
    bound: list[_Bound]  # in the text's order


Number = tuple[int, int, Decimal]  # (start, end, value)


def _numbers(text: str, lowered: str, reader: _Reader, locale: str, units: Units) -> list[Number]:
    """The numbers of ``text`` that may count a thing, in its order: the number check's digits with
    no unit (never an ordinal "1st", "2.º", nor a time of day) and the counts in words."""
    read = quantities(text if len(text) == len(lowered) else lowered, locale, units)  # the number check's own
    found = [(q.start, q.end, q.value) for q in read if not q.unit and q.text[-1].isdigit()]
    for start, end, value in cardinal_spans(lowered, reader.code):
        # "twice a day" is _EN_TIMES' (an ordinal, "el segundo día", is reader.ordinal's: no count)
        if not (reader.code == "en" and lowered[start:end].split()[0] in _EN_ONCE):
            found.append((start, end, value))
    return sorted(found)


def _ranges(numbers: list[Number], lowered: str, code: str) -> list[list[Number]]:
    """The numbers in groups, a range's ("1 to 2", "one or two", "1-2", "1 y 2") in one group."""
    join = _VI_RANGE_JOIN if code == "vi" else RANGE_JOIN
    groups: list[list[Number]] = []
    for number in numbers:
        if groups and join.fullmatch(lowered, groups[-1][-1][1], number[0]):
            groups[-1].append(number)
        else:
            groups.append([number])
    return groups


def _thing_after(lowered: str, end: int, reader: _Reader) -> re.Match[str] | None:
    """The count noun right after a number ending at ``end``, or one word (an adjective) after it."""
    space = _SPACE_AFTER.match(lowered, end)
    if space is None:
        return None
    noun = reader.after.match(lowered, space.end())
    if noun is None:  # "2 small tablets", "dos pequeñas tabletas": never "2 each time", "2 of the tablets"
        between = _ONE_WORD.match(lowered, space.end())
        if between is not None and between[1] not in _NOT_BETWEEN and not _says_count(between[1], reader.code):
            noun = reader.after.match(lowered, between.end())
            noun = None if noun is None or noun.lastgroup == "time" else noun
    if noun is not None and noun.lastgroup == "time" and _NOT_A_COUNT_AFTER.match(lowered, noun.end()):
        return None
    return noun


def _said(text: str, start: int, end: int) -> str:
    """The words of ``text`` from ``start`` to ``end`` as a message quotes them: one space between
    words ("½ tablet" is read as "1⁄2  tablet": a message says "1⁄2 tablet", as the number check does)."""
    return " ".join(text[start:end].split())


def _value(numbers: list[Number]) -> tuple[Decimal, ...]:
    return tuple(sorted({value for _start, _end, value in numbers}))


def _bound(group: list[Number], lowered: str, shown: str, reader: _Reader) -> list[_Bound]:
    """What a number or a range counts: the thing right after it, or the day, dose or week right
    before it; where both ("day 1 and 1 tablet"), the last number counts the thing, the rest the day
    (in Vietnamese the day before a count is its frequency: "ngày 1 đến 2 lần" is 1 to 2 times a day)."""
    found = []
    noun = _thing_after(lowered, group[-1][1], reader)
    numbered = reader.before.search(lowered, max(0, group[0][0] - 12), group[0][0])
    if noun is not None:
        counted = group[-1:] if numbered is not None and reader.code != "vi" else group
        found.append(_Bound(noun.lastgroup or "", _value(counted), _said(shown, counted[0][0], noun.end()),
                            counted[0][0], noun.end()))
        group = group[: len(group) - len(counted)]
    if group and numbered is not None and not _WORD_CHARS.match(lowered, group[-1][1]):
        found.append(_Bound(f"{numbered.lastgroup} N", _value(group), _said(shown, numbered.start(), group[-1][1]),
                            numbered.start(), group[-1][1]))
    return found


def _as_read(text: str) -> str:
    """``text`` as the number check reads its numbers (numbercheck._check_digits): a citation's
    number is no count, a vulgar fraction is its digits."""
    if "[" in text:
        text = CITATION.sub(" ", visible(text))
    return fractions_as_digits(mask(text))


def _bindings(text: str, lang: str, territory: str = "US", units: Units = ()) -> _Reading:
    """Each count of ``text`` bound to its thing, surely, in the text's order, with its clause."""
    reader = _reader(lang)
    if reader is None:
        return _Reading(text, [])
    text = _as_read(text)
    lowered = text.lower()
    shown = text if len(text) == len(lowered) else lowered  # ("İ" lower case is two characters)
    numbers = _numbers(text, lowered, reader, number_locale(lang, territory), units)
    found = [bound for group in _ranges(numbers, lowered, reader.code)
             for bound in _bound(group, lowered, shown, reader)]
    for m in reader.ordinal.finditer(lowered):  # "el primer día" is day 1
        key = f"{next(group for group in _NUMBERED if m[group])} N"
        found.append(_Bound(key, (Decimal(AS_DIGITS[reader.code][m["n"]]),), _said(shown, m.start(), m.end()),
                            m.start(), m.end()))
    if reader.code == "en":
        for m in _EN_TIMES.finditer(lowered):
            found.append(_Bound("time", (_EN_TIMES_VALUE[m[1]],), _said(shown, m.start(), m.end()), m.start(),
                                m.end()))
    found.sort(key=lambda bound: bound.start)
    clause, clauses = 0, []
    for before, bound in zip([None, *found], found, strict=False):
        if before is not None and _CLAUSE_BREAK.search(lowered, before.end, bound.start):
            clause += 1
        clauses.append(bound._replace(clause=clause))
    return _Reading(shown, clauses)


def _counted_once(bound: list[_Bound]) -> dict[str, _Bound]:
    """The things counted once in a text, each with its count."""
    times = Counter(b.key for b in bound)
    return {b.key: b for b in bound if times[b.key] == 1}


def _exchanged(a: list[_Bound], b: list[_Bound]) -> list[tuple[str, str, str, str]]:
    """Two things each counted once in each text, whose counts the translation exchanges: (the
    source's words of the first, the translation's, and of the second)."""
    once_a, once_b = _counted_once(a), _counted_once(b)
    found = []
    for key, this in once_a.items():
        if key not in once_b or once_b[key].value == this.value:
            continue
        other = next((k for k, that in once_a.items() if k != key and that.value == once_b[key].value and
                      k in once_b and once_b[k].value == this.value), None)
        if other is not None and this.start < once_a[other].start:  # each pair once, in the source's order
            found.append((this.words, once_b[key].words, once_a[other].words, once_b[other].words))
    return found


def _pairs(reading: _Reading, key: str, other: str) -> list[tuple[tuple[Decimal, ...], tuple[Decimal, ...], str]]:
    """The counts of ``key`` and ``other`` each clause says once each: (count, count, the clause's words)."""
    clauses: dict[int, list[_Bound]] = defaultdict(list)
    for bound in reading.bound:
        if bound.key in (key, other):
            clauses[bound.clause].append(bound)
    found = []
    for said in clauses.values():
        if sorted(b.key for b in said) == sorted((key, other)):
            this, that = sorted(said, key=lambda b: b.key != key)
            found.append((this.value, that.value, _said(reading.text, min(this.start, that.start),
                                                        max(this.end, that.end))))
    return found


def _paired_otherwise(a: _Reading, b: _Reading) -> list[tuple[str, str]]:
    """Where a thing is counted twice or more, the first two things whose counts the clauses pair
    otherwise in the translation, with the same counts: (the source's clause, the translation's)."""
    times_a, times_b = Counter(x.key for x in a.bound), Counter(x.key for x in b.bound)
    keys = list(dict.fromkeys(x.key for x in a.bound if x.key in times_b))
    for key, other in combinations(keys, 2):
        if max(times_a[key], times_a[other], times_b[key], times_b[other]) < 2:
            continue  # each counted once: _exchanged's
        said, put = _pairs(a, key, other), _pairs(b, key, other)
        if (not said or len(said) != len(put) or Counter(p[:2] for p in said) == Counter(p[:2] for p in put)
                or Counter(v for p in said for v in p[:2]) != Counter(v for p in put for v in p[:2])):
            continue
        left = [p for p in put if p[:2] not in {q[:2] for q in said}]
        found = []
        for this, that, words in said:
            if (this, that) in {p[:2] for p in put} or not left:
                continue
            twin = next((p for p in left if p[0] == this), next((p for p in left if p[1] == that), left[0]))
            left.remove(twin)
            found.append((words, twin[2]))
        return found
    return []


def check_swapped_counts(src: str, tr: str, ctx: Context) -> list[Finding]:
    """Two counts the translation puts on each other's things ("2 tablets … 3 times" as "3 tabletas
    … 2 veces"), or pairs otherwise in its clauses ("2 tablets on day 1 and 1 tablet on day 2" as "2
    tabletas el día 2 y 1 tableta el día 1"): the same numbers, so the number check's comparison as a
    set does not see it."""
    reader_a, reader_b = _reader(ctx.source_lang), _reader(ctx.lang)
    if src == tr or reader_a is None or reader_b is None:
        return []
    if not _may_bind(src, reader_a) or not _may_bind(tr, reader_b):  # nearly every entry
        return []
    a = _bindings(src, ctx.source_lang, ctx.territory, ctx.units)
    b = _bindings(tr, ctx.lang, ctx.territory, ctx.units)
    exchanged = [f'"{words}" in the source is "{put}" in the translation, and "{other}" is "{other_put}"'
                 for words, put, other, other_put in _exchanged(a.bound, b.bound)]
    if not exchanged:
        clauses = _paired_otherwise(a, b)
        exchanged = [", and ".join([f'"{clauses[0][0]}" in the source is "{clauses[0][1]}" in the translation',
                                    *(f'"{said}" is "{put}"' for said, put in clauses[1:])])] if clauses else []
    if not exchanged:
        return []
    return [finding("number", f"{'; '.join(exchanged)}: the counts are exchanged between the things they count "
                    "(the same numbers, another dose); keep each count with its thing, as the source does")]
