"""Counts of 13 and more written in words ("veinticuatro horas", "treinta y seis", "quatre-vingts
jours", "a hundred and twenty", "dos mil quinientos", "un millón y medio") in English, Spanish,
Portuguese and French (Vietnamese: vietnamesenumbers.py), each read as one number: never as the
units word in them ("vinte e quatro" is 24, not 4).

In: a text in lower case and its language. Out: each count's match and value (compounds_in), and the
letters a quick look finds such a count by (quick_look_stems), for numberwords.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

from . import langtag, vietnamesenumbers
from .numberlexicon import NUMBER_WORDS
from .quantities import MULTIPLIERS

# Counts from 13 to 999 999 in words, which a handout says of hours, days and doses ("veinticuatro horas",
# "treinta y seis horas", "vinte e quatro horas", "soixante-dix jours", "quatre-vingts jours",
# "twenty-four hours", "cien mg", "a hundred and twenty"): read as one number, never as the units
# word in them ("vinte e quatro" is 24, not 4; "doscientos" 200, not 2). Tens and units are joined by
# a hyphen or a space (either: "vingt quatre", "twenty four"); hundreds as _HUNDREDS says, thousands
# as _THOUSANDS ("dos mil" is 2000, not 2), millions and more as _millions ("dos millones" is
# 2000000, not 2). Vietnamese numbers are vietnamesenumbers.py's.
_TEENS = {
    "en": "thirteen fourteen fifteen sixteen seventeen eighteen nineteen",
    "es": "trece catorce quince dieciséis|dieciseis diecisiete dieciocho diecinueve",
    "pt": "treze catorze|quatorze quinze dezesseis|dezasseis dezessete|dezassete dezoito dezenove|dezanove",
    "fr": "treize quatorze quinze seize dix-sept dix-huit dix-neuf",
}
_TENS = {
    "en": "twenty thirty forty fifty sixty seventy eighty ninety",
    "es": "veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa",
    "pt": "vinte trinta quarenta cinquenta sessenta setenta oitenta noventa",
    # (70 and 90 go on from 60 and 80, below; Belgium and Switzerland also say them as one word)
    "fr": "vingt trente quarante cinquante soixante septante quatre-vingt|quatre-vingts|octante|huitante nonante",
}
_ONES = {
    "en": "one two three four five six seven eight nine",
    "es": "uno|un|una dos tres cuatro cinco seis siete ocho nueve",
    "pt": "um|uma dois|duas três quatro cinco seis sete oito nove",
    "fr": "un|une deux trois quatre cinq six sept huit neuf",
}
_JOIN = {"en": " ", "es": " y ", "pt": " e ", "fr": " "}
# Spanish writes 21 to 29 as one word ("veinticuatro"); French says 70 to 79 and 90 to 99 as 60 and
# 80 and 10 to 19 ("soixante-dix", "soixante et onze", "quatre-vingt-dix-neuf"), 21, 31… with "et"
# ("vingt et un"; "quatre-vingt-un").
_ES_TWENTIES = "veintiuno|veintiún|veintiun|veintiuna veintidós|veintidos veintitrés|veintitres veinticuatro " \
               "veinticinco veintiséis|veintiseis veintisiete veintiocho veintinueve"
_FR_TENS_TEENS = "dix onze douze " + _TEENS["fr"]


def _compound_words(code: str) -> dict[str, int]:
    """Each way ``code`` writes 13 to 99 in words (a hyphen as a space) -> its value."""
    out: dict[str, int] = {}

    def add(value: int, *words: str) -> None:
        for word in words:
            out[" ".join(word.replace("-", " ").split())] = value

    for value, words in enumerate(_TEENS[code].split(), 13):
        add(value, *words.split("|"))
    for ten, words in zip(range(20, 100, 10), _TENS[code].split(), strict=True):
        add(ten, *words.split("|"))
        if code == "es" and ten == 20:
            continue  # "veinticuatro": _ES_TWENTIES
        tens = [word for word in words.split("|") if not word.endswith("vingts")]  # "quatre-vingt-deux"
        for n, ones in enumerate(_ONES[code].split(), 1):
            for one in ones.split("|"):
                add(ten + n, *(f"{word}{_JOIN[code]}{one}" for word in tens))
                if code == "fr" and n == 1:  # "vingt et un" (and "vingt-et-un"; "quatre-vingt-un" has none)
                    add(ten + 1, *(f"{word} et {one}" for word in tens if word != "quatre-vingt"))
    if code == "es":
        for value, words in enumerate(_ES_TWENTIES.split(), 21):
            add(value, *words.split("|"))
    if code == "fr":
        for base, ten in (("soixante", 60), ("quatre-vingt", 80)):
            for value, words in enumerate(_FR_TENS_TEENS.split(), ten + 10):
                add(value, *(f"{base}{joined}{word}" for word in words.split("|")
                             for joined in ((" et ", " ") if value == 71 else (" ",))))
    return out


def _times_hundred(one: dict[str, int], *others: str) -> dict[str, int]:
    """The words of each hundred: ``one`` (100's) and ``others`` (200's to 900's, each with its forms)."""
    return one | {form: n * 100 for n, forms in enumerate(others, 2) for form in forms.split("|")}


# The hundreds: each word -> its value, the words between a hundred and the rest ("ciento veinte",
# "cento e vinte", "a hundred and twenty", "cent vingt"), and what may not come before a hundred
# (percent: "por ciento", "pour cent"). "Ciento" and "cento" count only with a rest ("ciento veinte";
# "cientos de" are hundreds of), "cien", "cem" and "cent" alone ("cien mg"); French "deux cents" has
# its s only alone ("deux cent vingt").
_HUNDREDS: dict[str, tuple[dict[str, int], str, str]] = {
    "en": (_times_hundred({"one hundred": 100, "a hundred": 100}, *(f"{n} hundred" for n in _ONES["en"].split()[1:]))
           | {f"{words} hundred": n * 100 for words, n in (_compound_words("en") | {"eleven": 11, "twelve": 12}).items()
              if n % 10},  # "twelve hundred", "twenty-five hundred"
           r"(?:\s+and)?[\s\u00a0-]+", ""),
    "es": (_times_hundred({"cien": 100, "ciento": 100}, "doscientos|doscientas", "trescientos|trescientas",
                          "cuatrocientos|cuatrocientas", "quinientos|quinientas", "seiscientos|seiscientas",
                          "setecientos|setecientas", "ochocientos|ochocientas", "novecientos|novecientas"),
           r"[\s\u00a0]+", r"(?<!por\s)"),
    "pt": (_times_hundred({"cem": 100, "cento": 100}, "duzentos|duzentas", "trezentos|trezentas",
                          "quatrocentos|quatrocentas", "quinhentos|quinhentas", "seiscentos|seiscentas",
                          "setecentos|setecentas", "oitocentos|oitocentas", "novecentos|novecentas"),
           r"[\s\u00a0]+e[\s\u00a0]+", r"(?<!por\s)"),
    "fr": (_times_hundred({"cent": 100}, *(f"{n} cent|{n} cents" for n in _ONES["fr"].split()[1:])),
           r"[\s\u00a0-]+", r"(?<!pour\s)"),
}
_NEEDS_REST = frozenset({"ciento", "cento"})
# The thousands: the word, what may join it to the rest ("two thousand five hundred", "dos mil
# quinientos", "mil e quinhentos", "deux mille cinq cents") and the words of one thousand alone
# ("a thousand", "mil", "mille"), which else takes a count of 1 to 999 before it ("dos mil", "cent
# vingt mille"). Never "thousands of", "miles de", "milésimo", nor "mil" after digits ("2 mil" is
# read with its digits: quantities.MULTIPLIERS); a million is _millions'.
_THOUSANDS: dict[str, tuple[str, str, str]] = {
    "en": ("thousand", r"(?:\s+and)?[\s\u00a0-]+", r"a[\s\u00a0-]+"),
    "es": ("mil", r"[\s\u00a0]+", ""),
    "pt": ("mil", r"[\s\u00a0]+(?:e[\s\u00a0]+)?", ""),
    "fr": (r"mille(?![\s-]?(?:pertuis|feuilles?)\b)", r"[\s\u00a0-]+", ""),  # not St John's wort
}
# The millions and more, counted ("two million", "dos millones", "dois milhões", "deux millions", "un
# millón", "a million"; Spanish "mil millones" and Portuguese "mil milhões" alone: a thousand million),
# with what may stand for one before them: never alone ("millions of", "millones de personas" count
# nothing); quantities.MULTIPLIERS has their values (a billion is 10⁹ or 10¹² by language).
_MILLION_ONE = {"en": r"a", "es": "", "pt": "", "fr": ""}
# What joins a million to the thousands or hundreds after it, read as one number ("two million five
# hundred thousand", "dos millones quinientos mil", "dois milhões e quinhentos mil", "deux millions
# cinq cent mille": 2 500 000, as "2.5 million", "2,5 millones", "2 500 000" are)
_AFTER_MILLION = {"en": r"(?:\s+and)?[\s\u00a0]+", "es": r"[\s\u00a0]+", "pt": r"[\s\u00a0]+(?:e[\s\u00a0]+)?",
                  "fr": r"[\s\u00a0]+"}
# Half a million: 500 000 ("medio millón", "meio milhão", "un demi-million")
_HALF_MILLION = {"en": r"half[\s\u00a0-]+a[\s\u00a0-]+million", "es": r"medio[\s\u00a0]+mill[oó]n",
                 "pt": r"meio[\s\u00a0]+milh[aã]o", "fr": r"(?:un[\s\u00a0]+)?demi[\s\u00a0-]+million"}


def _millions(code: str) -> dict[str, int]:
    """``code``'s words of a million or more -> their value ("millones": 10⁶, "billón": 10¹²)."""
    return {word: times for word, times in MULTIPLIERS[code].items() if times >= 10**6}


# Where the quick look finds a hundred (with "in"; a space before a word's start: "paciente",
# "cemitério", "récent" hold none, and "medicamentos" no "duzent")
_HUNDRED_STEMS = {"en": ("hundred",), "es": (" cien", "cientos", "cientas", "quinient"),
                  "pt": (" cem", " cento", "duzent", "trezent", "quatrocent", "quinhent", "seiscent", "setecent",
                         "oitocent", "novecent"),
                  "fr": (" cent", "-cent")}
# And a thousand (a space, a hyphen or a mark around "mil": "miligramos", "milímetros" hold none)
_MIL = tuple(f"{before}mil{after}" for before in " \u00a0-" for after in " \u00a0-.,;:!?)")
_THOUSAND_STEMS = {"en": ("thousand",), "es": _MIL, "pt": _MIL, "fr": ("mille",)}
# And a million or more
_MILLION_STEMS = {"en": ("million", "billion"), "es": ("millón", "millon", "billón", "billon"),
                  "pt": ("milhão", "milhao", "milhões", "milhoes", "bilhão", "bilhao", "bilhões", "bilhoes", "bili"),
                  "fr": ("million", "milliard", "billion")}

# What the quick look for a count of 13 to 99 looks for with "in" (nearly every text has none): a
# part of each word of a teen or a ten ("dieci" of "dieciséis", "veint" of "veintidós").
_COMPOUND_STEMS = {
    "en": ("teen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"),
    "es": ("trece", "catorce", "quince", "dieci", "veint", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta",
           "ochenta", "noventa"),
    "pt": ("treze", "catorze", "quatorze", "quinze", "dez", "vinte", "trinta", "quarenta", "cinquenta", "sessenta",
           "setenta", "oitenta", "noventa"),
    "fr": ("treize", "quatorze", "quinze", "seize", "dix", "vingt", "trente", "quarante", "cinquante", "soixante",
           "septante", "octante", "huitante", "nonante"),
}


# An ordinal's tens are no count: "the twenty-first day", "le vingt-deuxième jour", "vingt et unième".
_ORDINAL_AFTER = (r"(?:[-‐]|\s+et\s+)(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
                  r"[^\W\d_]*i[eè]me)\b")


def _either(words: Iterable[str]) -> str:
    """A pattern of any of ``words``, the longest first ("soixante-dix-sept" before "soixante-dix"),
    a space in them as any space or a hyphen."""
    return "|".join(re.escape(word).replace(r"\ ", r"[\s\u00a0-]+") for word in sorted(words, key=len, reverse=True))


def _as_key(words: str) -> str:
    return " ".join(words.replace("-", " ").split())


class _Compounds(NamedTuple):
    """One language's reading of counts of 13 or more in words."""

    stems: tuple[str, ...]  # the quick look's
    words: dict[str, int]  # the words of 1 to 99, of each hundred and of each million -> value
    large: re.Pattern[str]  # where a text may hold a thousand or a million: a look before compiling `pattern`
    below: re.Pattern[str]  # 13 to 999 alone: `pattern` where `large` finds nothing
    parts: tuple[str, str]  # `pattern`'s source, to compile when first needed; `below`'s


@lru_cache(maxsize=64)
def _compounds(lang: str) -> _Compounds | None:
    """The quick look's stems, the words of 1 to 99 and of each hundred -> value, and the patterns
    that find a count of 13 to 999 999 (_pattern); None for a language without them.
    A text without a thousand or a million (nearly all) is read by a pattern of the hundreds alone:
    the whole one, five times as long, took a tenth of a second to compile per language, on every
    build and edit rebuild, for the few texts that count thousands."""
    code = langtag.primary(lang)
    if code not in _COMPOUND_STEMS:
        return None
    words = _compound_words(code)
    hundreds, join, not_before = _HUNDREDS[code]
    ones = dict.fromkeys(_ONES[code].split()[0].split("|"), 1) | {  # 1 to 12: "ciento uno", "cent douze"
        word: int(value) for word, value in NUMBER_WORDS[code].items()
        if value.isdigit() and word not in ("twice", "thrice")}
    rest = _either([*words, *ones])
    if code == "en":  # "two hundred", "twelve hundred": the count before "hundred" once, not each in the list
        counts = (word for word, n in (words | ones).items() if n % 10 and word != "one")  # ("twenty hundred": 20:00)
        alone = every = rf"(?:{_either(counts)}|one|a)[\s\u00a0-]+hundred"
    else:
        alone, every = _either(word for word in hundreds if word not in _NEEDS_REST), _either(hundreds)
    below = rf"(?:{every}){join}(?:{rest})|{alone}|{rest}"  # 1 to 999 (before or after a thousand)
    thousand, after, one = _THOUSANDS[code]
    millions = _millions(code)
    counted = rf"(?P<mm>{below})|{_MILLION_ONE[code]}" if _MILLION_ONE[code] else rf"(?P<mm>{below})"
    counted_millions = [word for word in millions if not word.startswith("mil ")]  # "dos mil quinientos millones"
    bare = "|".join(re.escape(word).replace(r"\ ", r"[\s\u00a0]+") for word in millions if word.startswith("mil "))
    digits = r"(?<!\d[\s\u00a0\u202f])"  # "2 mil", "2 mil millones": the digits' (quantities.MULTIPLIERS)
    hundreds_alone = rf"{not_before}(?:(?P<h>{every}){join}(?P<r>{rest})|(?P<a>{alone}))|{_either(words)}"
    pattern = (rf"\b(?:(?:{counted})[\s\u00a0-]+(?P<mw>{_either(millions)})(?![^\W\d_])|"
               rf"(?P<half>{_HALF_MILLION[code]})(?![^\W\d_])|"
               + (rf"{digits}(?P<mw1>{bare})(?![^\W\d_])|" if bare else "")
               + rf"(?:(?P<m>{below})[\s\u00a0-]+|{one}){'' if one else '?'}{digits}(?P<k>{thousand})"
               rf"(?:{after}(?P<t>{below}))?(?:[\s\u00a0]+(?P<kmw>{_either(counted_millions)}))?(?![^\W\d_])|"
               rf"{hundreds_alone})\b(?!{_ORDINAL_AFTER})")
    # Each match of the first four ways above holds a word of a thousand or a million that starts a
    # word and ends one (a space, a hyphen or the pattern's \b before it, a non-letter after it):
    # where `large` finds none, only the last two ways can match, and `below` finds what they find.
    large = rf"\b(?:{thousand}|{_either(millions)}|{_HALF_MILLION[code]})(?![^\W\d_])"
    return _Compounds(_COMPOUND_STEMS[code] + _HUNDRED_STEMS[code] + _THOUSAND_STEMS[code] + _MILLION_STEMS[code],
                      {**words, **ones, **hundreds, **{_as_key(word): times for word, times in millions.items()}},
                      re.compile(large), re.compile(rf"\b(?:{hundreds_alone})\b(?!{_ORDINAL_AFTER})"),
                      (pattern, hundreds_alone))


@lru_cache(maxsize=64)
def _pattern(lang: str) -> re.Pattern[str]:
    """_compounds' whole pattern, for a text with a thousand or a million: a count of 13 to 999 999
    (a hundred as group "h" with the rest as "r"; a thousand as "k", the count before it as "m",
    after it as "t" and a million after them as "kmw"; a million as "mw" with the count before it as
    "mm", "mil millones" as "mw1", half a million as "half")."""
    compounds = _compounds(lang)
    assert compounds is not None
    return re.compile(compounds.parts[0])


@lru_cache(maxsize=1024)
def compounds_in(lowered: str, lang: str) -> tuple[tuple[re.Match[str], int], ...]:
    """The counts of 13 or more in words of ``lowered`` (lower case), each as its match and value
    (Vietnamese's: vietnamesenumbers.py).
    Cached: number_words and spelled read the same texts several times an entry."""
    compounds = _compounds(lang)
    if compounds is None:
        return vietnamesenumbers.numbers_in(lowered) if langtag.primary(lang) == "vi" else ()
    stems, words = compounds.stems, compounds.words
    padded = f" {lowered} "  # (a hundred's stem starts with a space, a thousand's "mil" ends with one)
    for stem in stems:  # nearly every text has none (a loop: any() of a generator takes twice as long)
        if stem in padded:
            break
    else:
        return ()
    pattern = _pattern(lang) if compounds.large.search(lowered) else compounds.below
    found = [(m, _value(m, words)) for m in pattern.finditer(lowered)]
    found = _after_millions(found, lowered, lang) if len(found) > 1 else found
    return tuple(_and_a_half(found, lowered, lang, words) if _HALF[langtag.primary(lang)] in lowered else found)


_SPAN = re.compile(r".+", re.DOTALL)  # a match of the words of two counts, as one


def _after_millions(found: list[tuple[re.Match[str], int]], lowered: str,
                    lang: str) -> list[tuple[re.Match[str], int]]:
    """``found`` with each million (or billion) joined to the smaller counts right after it, as one
    number: "dos millones" and "quinientos mil" are 2 500 000; "two billion" and "five hundred
    million", "dois bilhões e quinhentos milhões", "deux milliards cinq cents millions" 2 500 000 000.
    (Read here rather than by _compounds' pattern: a pattern of the millions with the thousands after
    them takes twice as long to compile, on every run of edu.)"""
    join = _after_million_re(langtag.primary(lang))
    out = [found[0]]
    unit = _multiplier(found[0][0], lang)  # what the last number ends with: a smaller count may follow it
    for m, value in found[1:]:
        before, total = out[-1]
        if value < unit and join.fullmatch(lowered, before.end(), m.start()):
            span = _SPAN.match(lowered, before.start(), m.end())
            if span is not None:
                out[-1], unit = (span, total + value), _multiplier(m, lang)
                continue
        out.append((m, value))
        unit = _multiplier(m, lang)
    return out


def _multiplier(m: re.Match[str], lang: str) -> int:
    """The million or more a match of _compounds' pattern ends with ("dos millones", "mil millones",
    "dos mil quinientos millones"), or 0 (a count of 999 999 or less: nothing is joined after it)."""
    large = m.groupdict()  # (a match of the hundreds' pattern has none of its groups)
    word = large.get("mw") or large.get("mw1") or large.get("kmw")
    compounds = _compounds(lang)
    return compounds.words[_as_key(word)] if word and compounds is not None else 0


# A million and a half: 1 500 000 ("un millón y medio", "um milhão e meio", "un million et demi", "a
# million and a half", "dos millones y medio": 2 500 000); English also says "one and a half million".
_HALF = {"en": "half", "es": "medio", "pt": "meio", "fr": "demi"}
_AND_A_HALF = {"en": r"(?:\s+and)?\s+a\s+half\b", "es": r"\s+y\s+medio\b", "pt": r"\s+e\s+meio\b",
               "fr": r"\s+et\s+demi\b"}


@lru_cache(maxsize=8)
def _half_re(code: str, words: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    """What follows a million and a half, and English's count, "and a half" and million before it."""
    before = re.compile(rf"\b(?P<n>{_either(words)}|a)\s+and\s+a\s+half[\s\u00a0-]+"
                        rf"(?P<mw>{_either(_millions(code))})\b") if code == "en" else None
    return re.compile(_AND_A_HALF[code]), before


def _and_a_half(found: list[tuple[re.Match[str], int]], lowered: str, lang: str,
                words: dict[str, int]) -> list[tuple[re.Match[str], int]]:
    """``found`` with each million that a half follows ("un millón y medio") read with it, as one
    number, and English's "one and a half million" added."""
    code = langtag.primary(lang)
    after, before = _half_re(code, tuple(word for word, n in words.items() if n < 13))
    out = []
    for m, value in found:
        # (a match of the hundreds' pattern has no group "mw": "half fourteen" raised IndexError)
        half = after.match(lowered, m.end()) if m.re is not _SPAN and m.groupdict().get("mw") else None
        span = _SPAN.match(lowered, m.start(), half.end()) if half else None
        out.append((span, value + words[_as_key(m["mw"])] // 2) if half and span else (m, value))
    if before is not None:
        for m in before.finditer(lowered):
            if not any(m.start() < x.end() and x.start() < m.end() for x, _ in out):
                out.append((m, (words.get(m["n"], 1)) * words[_as_key(m["mw"])] + words[_as_key(m["mw"])] // 2))
        out.sort(key=lambda pair: pair[0].start())
    return out


@lru_cache(maxsize=8)
def _after_million_re(code: str) -> re.Pattern[str]:
    return re.compile(_AFTER_MILLION[code])


def _value(m: re.Match[str], words: dict[str, int]) -> int:
    """The value of a count of 13 or more that _compounds' pattern found."""
    large = m.groupdict()  # (the pattern of a text without thousands or millions has none of their groups)
    if large.get("mw") or large.get("mw1"):  # "dos millones", "a million", "mil millones"
        return (_below(m["mm"], words, m.re) if m["mm"] else 1) * words[_as_key(m["mw"] or m["mw1"])]
    if large.get("half"):  # "medio millón"
        return 10**6 // 2
    if large.get("k"):  # "dos mil quinientos"; "a thousand", "mil": one thousand; "dos mil quinientos millones"
        before = _below(m["m"], words, m.re) if m["m"] else 1
        thousands = before * 1000 + (_below(m["t"], words, m.re) if m["t"] else 0)
        return thousands * words[_as_key(m["kmw"])] if large.get("kmw") else thousands
    if m["h"]:
        return words[_as_key(m["h"])] + words[_as_key(m["r"])]
    return words[_as_key(m["a"] or m[0])]


def _below(words_of: str, words: dict[str, int], pattern: re.Pattern[str]) -> int:
    """The value of ``words_of``, a count of 1 to 999 before or after a thousand."""
    key = _as_key(words_of)
    if key in words:
        return words[key]
    m = pattern.fullmatch(words_of)
    return _value(m, words) if m else 0



def _word_start(pattern: str) -> str:
    """``pattern`` (letters first: "mil", "mille(?!…)") only where its letters start a word."""
    letters = re.match(r"[^\W\d_]+", pattern)
    assert letters is not None
    return rf"{letters[0]}(?<![^\W\d_]{letters[0]}){pattern[letters.end():]}"


def quick_look_stems(code: str) -> list[str]:
    """The patterns of the letters by which a quick look finds a count of 13 or more in words of
    language ``code`` (a teen, a ten, a hundred, a thousand, a million; numberwords._lexicon): where
    none is in a text, compounds_in finds nothing (tests/test_quick_looks.py).
    (A word's start is looked for after its letters, "cien(?<![^\\W\\d_]cien)", never before them: a
    pattern whose every alternative starts with a letter is skipped through a text at each letter
    none starts with, three to six times as fast as one where a look behind comes first.)"""
    hundreds = (_word_start(stem[1:]) if stem[0] == " " else stem for stem in _HUNDRED_STEMS.get(code, ()))
    thousand = (rf"{_word_start(_THOUSANDS[code][0])}(?![^\W\d_])",) if code in _THOUSANDS else ()
    return [*_COMPOUND_STEMS.get(code, ()), *hundreds, *thousand, *_MILLION_STEMS.get(code, ()),
            *(vietnamesenumbers.STEMS if code == "vi" else ())]
