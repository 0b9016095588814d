"""QA, part of the number check: two counts exchanged between the things they count. "Take 2 tablets 3
times a day" as "Tome 3 tabletas 2 veces al día" keeps the source's numbers (the number check compares
them as a set) and gives three tablets twice a day; "Take 7 tablets on day 1" as "Tome 1 tableta el
día 7" puts the loading dose on the wrong day.

Each count is bound to the thing it counts, where the words say so plainly: a number right before a
count noun ("2 tablets", "dos tabletas", "catorce gotas", "3 times", "twice a day", "2 viên", "3
lần", "2 tazas"), or with one or two adjectives between ("2 small white tablets", "dos pequeñas
tabletas"; never a word that joins, points or counts, nor a verb or a preposition: "2 each time",
"day 2 take tablets"; never before "times"), or right after the noun of a numbered day, dose or
week ("day 1", "el día 7", "dose 2", "semana 3"), or said with its ordinal, in words or digits ("el
primer día", "le septième jour", "ngày thứ hai", "el 7.º día", "7th day", "le 7e jour", "ngày thứ
7"). Spanish "sobre" is a packet only after its count ("2 sobres", "1 sobre de polvo"; "2 sobre la
piel" is on the skin). The numbers are the number check's own: digits as quantities.py reads them
with the locale's marks ("1,5" is one number in Spanish, a number with its unit, "2 days", is no
count), words as numberwords.py reads them. A range is one count of its thing ("1 to 2 tablets", "one
or two", "days 1 and 2"), compared as a whole; where a range's join stands between the number of a
day and a count ("day 1 and 1 tablet"), the last number is the count and the others the day.

An exchange is an error: the source binds N to one thing and M to another, and the translation binds
them the other way round (each thing counted once in each text, anywhere in it); or, where a thing is
counted twice, the same counts are paired otherwise in the clauses ("2 tablets on day 1 and 1 tablet
on day 2" as "2 tabletas el día 2 y 1 tableta el día 1"; a clause ends at ".", ";", "!", "?" or an
"and", "y", "e", "et", "và", "then", "luego", "puis"…, and at a comma only where the clause would
count a thing twice: "2 tablets on day 1, 1 tablet on day 2" is two clauses, "El día 1, tome 2
tabletas" one). Whatever the reading is unsure of passes: a thing whose word the translation does not
use ("pill" said "cápsula"), a thing counted twice in one clause with no comma between, an ordinal of
another thing ("the second tablet"), a count with a unit ("2 days", "2 teaspoons": the number check's
own, with its unit).

In: (source, translation, Context), after the number check found the same numbers on both sides. Out:
at most one ``Finding``. English, Spanish, Portuguese, French and Vietnamese; any other language passes.
"""

from __future__ import annotations

import re
import string
from collections import Counter, defaultdict
from decimal import Decimal
from functools import lru_cache
from itertools import combinations, groupby
from typing import NamedTuple

from . import langtag
from .findings import Context, Finding, finding
from .numberwords import AS_DIGITS, NUMBER_WORDS, cardinal_spans, ordinal_firsts, ordinals
from .prose import CITATION, mask, visible
from .quantities import RANGE_JOIN, SPOON_WORDS, Units, fractions_as_digits, number_locale, quantities

# The things a count binds to (a number right before the noun), one key for the words of every
# language, from the nouns an article counts one of (numbercheck._COUNTED: a dose or a thing to
# bring), and "times" of a frequency. Singular and plural (an "s" or "es" after each is read too).
# Synonyms share a key ("tablet", "pill", "lozenge": "tableta", "pastilla", "comprimido"; a puff of
# an inhaler and a spray of a nasal spray: "inhalación", "pulverización", "jato"); a thing a
# translation says in another key's word ("pill" as "cápsula") is then not found there, and passes.
# A spoon and a cup are said alone ("2 spoonfuls", "2 colheres", "2 tazas"); a teaspoon and a
# tablespoon ("cucharadita", "cucharada", "colher de chá", "cuillère à soupe", "thìa canh") are units,
# whose counts the number check compares with their unit ("2 tsp" is never "3 tsp").
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
    "spoon": SPOON_WORDS,  # (the number check's too: a bare count of spoons, quantities.py)
    "cup": {"en": "cupful|cup|glass", "es": "taza|vaso", "pt": "xícara|chávena|copo", "fr": "tasse|verre",
            "vi": "cốc|chén|ly|tách"},
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
# Between a number and its thing: spaces, or a hyphen ("a 2-tablet dose"); and up to two words,
# adjectives ("2 small white tablets", "dos pequeñas tabletas", "3 petits comprimés blancs").
_SPACE_AFTER = re.compile(r"[ \u00a0]+|-")
_ONE_WORD = re.compile(r"([^\W\d_]+)[ \u00a0]+")
_ADJECTIVES = 2
# The words that never stand between a count and its thing: they join, point, count, or are a verb or
# a preposition that starts another phrase ("2 of the tablets", "2 each time", "2 cada vez", "1 o 2",
# "2 à la fois", "on day 2 take tablets", "2 after meals" count no tablets or times).
_NOT_BETWEEN_WORDS = {
    "en": "a an the of to or and at in on by for per with from each every this that next other same first last "
          "after before into onto about over under than then take use give apply inject put place insert chew "
          "swallow dissolve suck mix inhale spray drink eat",
    "es": "a al el la los las lo un una unos unas de del y o u e en con por para cada esta este esa ese otra otro "
          "otras otros misma mismo sobre tras antes después hasta desde entre sin según tome tomar use usar dé dar "
          "aplique aplicar inyecte ponga poner coloque mastique trague disuelva chupe mezcle inhale beba coma",
    "pt": "a o os as um uma de do da dos das e ou em no na nos nas com por para ao à cada esta este outra outro "
          "mesma mesmo sobre após antes depois até desde entre sem tome tomar use usar dê dar aplique aplicar "
          "injete ponha coloque mastigue engula dissolva chupe misture inale beba coma",
    "fr": "à a au aux le la les l un une de du des d et ou en dans avec par pour chaque cette ce ces autre autres même "
          "sur après avant depuis jusqu entre sans prenez prendre utilisez utiliser donnez appliquez injectez "
          "mettez placez mâchez avalez dissolvez sucez mélangez inhalez buvez mangez",
    "vi": "và hoặc hay đến tới mỗi một của cho trong vào với các những này đó sau trước trên dưới uống dùng tiêm bôi "
          "nhai nuốt ngậm hòa đặt xịt hít ăn",
}
_NOT_BETWEEN = frozenset(word for words in _NOT_BETWEEN_WORDS.values() for word in words.split())
# Spanish "sobre" is a packet and "on", "about": the singular is a packet only right after its count
# and before no article ("1 sobre de polvo", never "2 sobre la piel"; "2 sobres" always is).
_ALSO_A_PREPOSITION = frozenset({"sobre"})
_ARTICLE_AFTER = re.compile(r"[ \u00a0]+(?:el|la|los|las|lo|un|una|unos|unas|su|sus|mi|mis|tu|tus|esta|este|estas|"
                            r"estos|esa|ese|esas|esos|cada|todo|toda|todos|todas|ella|él|ellos|ellas|sí)(?![^\W\d_])")
# An ordinal in digits, before a numbered noun ("2nd day", "el 2.º día", "1.er día", "2da dosis", "2e
# jour", "o 2º dia"; Vietnamese "ngày thứ 2" is after it): what follows the digits, and in Spanish and
# Portuguese what follows them after a point ("2.º", "1.er", "2.ª"). The number check reads such digits
# as their number ("2nd" is 2), and a day said so is that day, as "el segundo día" is.
_ORDINAL_ENDS: dict[str, tuple[str, str]] = {
    "en": ("st|nd|rd|th", ""),
    "es": ("º|ª|°|o|a|er|ra|ro|do|da|to|ta|mo|ma|vo|va|no|na", "º|ª|°|er"),
    "pt": ("º|ª|°|o|a", "º|ª|°"),
    "fr": ("e|er|re|ère|ème|eme|è|ᵉ|ᵉʳ|ʳᵉ|nd|nde", ""),
}
# Between the two numbers of a range: quantities.py's joins, and Vietnamese "đến", "tới", "hoặc", "hay".
_VI_RANGE_JOIN = re.compile(r"\s*(?:đến|tới|hoặc|hay|[-–])\s*")
# Where a clause ends, between two counts: a sentence's or a list's mark, or a word that joins clauses
# ("Take 2 tablets on day 1 and 1 tablet on day 2"); never a comma ("El día 1, tome 2 tabletas").
_CLAUSE_BREAK = re.compile(r"[.;!?]|(?<![^\W\d_])(?:and|then|y|e|luego|después|depois|et|puis|ensuite|và|rồi|"
                           r"sau đó)(?![^\W\d_])")
_COMMA = re.compile(r",(?!\d)")  # (never a decimal's: "1,5")


class _Reader(NamedTuple):
    code: str  # the language ("pt" for "pt-BR")
    after: re.Pattern[str]  # a count noun right at a place (after a number); its group names its thing
    before: re.Pattern[str]  # a numbered noun right before a place (ending where the number starts)
    nouns: frozenset[str]  # the quick look's words: each count noun's first word, with "s" and "es"
    numbered: frozenset[str]  # and each numbered noun, with "s"
    ordinal: re.Pattern[str]  # a numbered noun with an ordinal ("el primer día", "ngày thứ hai"): group "n"
    in_digits: re.Pattern[str]  # an ordinal's end and its numbered noun, right after its digits ("nd day"
    #                             of "2nd day", ".º día" of "2.º día"); in Vietnamese the noun before them
    #                             ("ngày thứ " of "ngày thứ 2")
    ordinal_words: frozenset[str]  # the quick look's: each ordinal's first word ("primer", "thứ"), and
    #                                the end of one in digits after its point (the "º" of "2.º")


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
    ends, dotted = _ORDINAL_ENDS.get(code, ("(?!)", ""))
    in_digits = (rf"(?<![^\W\d_])(?:{numbered})[ \u00a0]+thứ[ \u00a0]+$" if code == "vi" else
                 rf"(?:{ends}{f'|[.](?:{dotted})' if dotted else ''})[ \u00a0]+(?:{numbered})(?![^\W\d_])")
    return _Reader(code, after, before,
                   frozenset({*firsts, *(f"{w}s" for w in firsts), *(f"{w}es" for w in firsts)}),
                   frozenset({*named, *(f"{w}s" for w in named)}), re.compile(ordinal), re.compile(in_digits),
                   ordinal_firsts(code) | frozenset(dotted.split("|") if dotted else ()))


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
    """How many counts word ``i`` of ``words`` may bind: a count noun with a number one to three words
    before it (two adjectives between), a numbered noun with a number or an ordinal after it and an
    ordinal before it, in words or digits (a dose may be all: "2 dose 2"), an English "twice"."""
    word, code = words[i], reader.code
    if word in _EN_ONCE:
        return 1
    counted = False
    if word in reader.nouns:  # (a loop: any() of a generator takes longer; this runs on many entries)
        for j in range(i - 1, max(i - 2 - _ADJECTIVES, -1), -1):
            prior = words[j]
            if prior.isnumeric() or prior in _COUNT_WORDS:
                counted = True
                break
            if prior in _NOT_BETWEEN:  # "2 of tablets", "2 each time": no adjective (and no count)
                break
            if _says_count(prior, code):
                counted = True
                break
    if word not in reader.numbered:
        return counted
    after = words[i + 1] if i + 1 < len(words) else ""
    ordinal = reader.ordinal_words
    # (digits, or a word that starts with them: "dosis 7e 3" reads "7e 3" as a range, "7 e 3")
    numbered = after[:1].isnumeric() or after in ordinal or (after != "" and _says_count(after, code))
    before = words[i - 1] if i > 0 else ""  # "primer", "2nd", "7º", the "º" of "2.º"
    return counted + numbered + (before in ordinal or (before[:1].isdigit() and not before.isdigit()))


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
Numbered = tuple[int, int, str, Decimal]  # a day, dose or week said with an ordinal in digits: (start, end, key, value)
_DIGITS = re.compile(r"[\d.,\u00a0\u202f\u2009]*\d")  # a number's digits, without an ordinal's end ("2" of "2.º")


def _numbers(text: str, lowered: str, reader: _Reader, locale: str, units: Units) -> tuple[list[Number],
                                                                                          list[Numbered]]:
    """The numbers of ``text`` that may count a thing, in its order: the number check's digits with
    no unit (never an ordinal "1st", "2.º", nor a time of day) and the counts in words; and apart,
    the days, doses and weeks numbered with an ordinal in digits ("el 2.º día", "the 2nd day", "le 2e
    jour", "ngày thứ 2"), whose digits count nothing."""
    read = quantities(text if len(text) == len(lowered) else lowered, locale, units)  # the number check's own
    found, numbered = [], []
    for q in read:
        if q.unit:
            continue
        said = _numbered_in_digits(q.start, q.end, q.text, lowered, reader)
        if said is not None:
            numbered.append((*said, q.value))
        elif q.text[-1].isdigit():
            found.append((q.start, q.end, q.value))
    for start, end, value in cardinal_spans(lowered, reader.code):
        # "twice a day" is _EN_TIMES' (an ordinal, "el segundo día", is reader.ordinal's: no count)
        if not (reader.code == "en" and lowered[start:end].split()[0] in _EN_ONCE):
            found.append((start, end, value))
    return sorted(found), numbered


def _numbered_in_digits(start: int, end: int, digits: str, lowered: str,
                        reader: _Reader) -> tuple[int, int, str] | None:
    """The day, dose or week the number ``digits`` (from ``start`` to ``end``) is the ordinal of
    ("2.º día", "2nd day", "1er jour", "2da dosis"; Vietnamese "ngày thứ 2"): where it is said, with
    the number, and its key; or None."""
    if reader.code == "vi":
        if "thứ" not in lowered[max(0, start - 8) : start]:  # (nearly always: a quick look)
            return None
        noun = reader.in_digits.search(lowered, max(0, start - 16), start)
        return None if noun is None or not digits[-1].isdigit() else (noun.start(), end, noun.lastgroup or "")
    if digits[-1].isdigit() and not (lowered[end : end + 1].isalpha() or lowered[end : end + 1] in (".", "°")):
        return None  # (nearly always: a quick look)
    figures = _DIGITS.search(digits)  # ("2" of "2.º": ".º día" after it)
    noun = None if figures is None else reader.in_digits.match(lowered, start + figures.end())
    return None if noun is None else (start, noun.end(), noun.lastgroup or "")


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
    """The count noun right after a number ending at ``end``, or one or two words (adjectives) after
    it."""
    space = _SPACE_AFTER.match(lowered, end)
    if space is None:
        return None
    noun = reader.after.match(lowered, space.end())
    if noun is None:  # "2 small white tablets": never "2 small times", nor "2 capas finas sobre la piel"
        noun = _after_adjectives(lowered, space.end(), reader)
        if noun is None or noun.lastgroup == "time" or noun[0] in _ALSO_A_PREPOSITION:
            return None
    elif noun[0] in _ALSO_A_PREPOSITION and _ARTICLE_AFTER.match(lowered, noun.end()):
        return None  # "2 sobre la piel": on the skin
    if noun.lastgroup == "time" and _NOT_A_COUNT_AFTER.match(lowered, noun.end()):
        return None
    return noun


def _after_adjectives(lowered: str, at: int, reader: _Reader) -> re.Match[str] | None:
    """The count noun after one or two words from ``at`` that may be adjectives ("small white
    tablets"; never "each time", "of the tablets", "take tablets")."""
    for _ in range(_ADJECTIVES):
        between = _ONE_WORD.match(lowered, at)
        if between is None or between[1] in _NOT_BETWEEN or _says_count(between[1], reader.code):
            return None
        at = between.end()
        noun = reader.after.match(lowered, at)
        if noun is not None:
            return noun
    return None


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
    numbers, numbered = _numbers(text, lowered, reader, number_locale(lang, territory), units)
    found = [bound for group in _ranges(numbers, lowered, reader.code)
             for bound in _bound(group, lowered, shown, reader)]
    for start, end, key, value in numbered:  # "el 2.º día" is day 2
        found.append(_Bound(f"{key} N", (value,), _said(shown, start, end), start, end))
    for m in reader.ordinal.finditer(lowered):  # "el primer día" is day 1
        key = f"{next(group for group in _NUMBERED if m[group])} N"
        found.append(_Bound(key, (Decimal(AS_DIGITS[reader.code][m["n"]]),), _said(shown, m.start(), m.end()),
                            m.start(), m.end()))
    if reader.code == "en":
        for m in _EN_TIMES.finditer(lowered):
            found.append(_Bound("time", (_EN_TIMES_VALUE[m[1]],), _said(shown, m.start(), m.end()), m.start(),
                                m.end()))
    found.sort(key=lambda bound: bound.start)
    return _Reading(shown, _in_clauses(found, lowered))


def _in_clauses(found: list[_Bound], lowered: str) -> list[_Bound]:
    """Each bound count with its clause: a clause ends at _CLAUSE_BREAK, and where it counts a thing
    twice ("2 tablets on day 1, 1 tablet on day 2"), at the fewest commas that part each thing's counts
    (never where it counts each once: "El día 1, tome 2 tabletas" is one clause)."""
    clauses = [0] * len(found)
    for i in range(1, len(found)):
        clauses[i] = clauses[i - 1] + (_CLAUSE_BREAK.search(lowered, found[i - 1].end, found[i].start) is not None)
    if len(set(zip(clauses, (bound.key for bound in found), strict=True))) < len(found):  # (seldom)
        clauses = _cut_at_commas(found, clauses, lowered)
    return [bound._replace(clause=clause) for bound, clause in zip(found, clauses, strict=True)]


def _cut_at_commas(found: list[_Bound], clauses: list[int], lowered: str) -> list[int]:
    """The clause of each count where a clause that counts a thing twice is cut at commas."""
    out: list[int] = []
    clause = -1
    for _clause, places in groupby(range(len(found)), key=clauses.__getitem__):
        said = [found[i] for i in places]
        cuts = _comma_cuts(said, lowered)
        for i in range(len(said)):
            clause += i == 0 or i - 1 in cuts
            out.append(clause)
    return out


def _comma_cuts(said: list[_Bound], lowered: str) -> set[int]:
    """Where a clause that counts a thing twice is cut at its commas: after which of its counts, the
    fewest cuts that part each two counts of one thing, each at the last comma between them ("On day
    1, 2 tablets, on day 2, 1 tablet" is cut after "2 tablets"); a thing whose counts no comma parts
    stays counted twice in its clause (and passes)."""
    commas = [i for i in range(len(said) - 1) if _COMMA.search(lowered, said[i].end, said[i + 1].start)]
    last: dict[str, int] = {}
    twice = []  # (first, second): the places of two counts of one thing, one after the other
    for i, bound in enumerate(said):
        if bound.key in last:
            twice.append((last[bound.key], i))
        last[bound.key] = i
    cuts: set[int] = set()
    for first, second in twice:  # (in the order of the second: the fewest cuts)
        parting = [cut for cut in commas if first <= cut < second]
        if parting and not any(first <= cut < second for cut in cuts):
            cuts.add(parting[-1])
    return cuts


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
