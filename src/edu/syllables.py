"""Syllables of one word, for the readability formulas: Spanish by the RAE's orthographic rules,
English by a heuristic plus a small exception list in ``edu/data/syllables-en.txt``.

Standard library only: nothing is downloaded. readability.py decides which words are counted.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib.resources import files

# --- Spanish syllables (RAE orthographic syllabification) ----------------------------------------

_ES_VOWELS = frozenset("aeiouáéíóúü")
_ES_STRONG = frozenset("aeoáéóíú")  # open vowels, and i/u with an accent (which break a diphthong)


@lru_cache(maxsize=1 << 16)  # a library repeats its words: `edu check` counts each once
def count_syllables_es(word: str) -> int:
    """Syllables of a Spanish word: día=2, agua=2, aorta=3, prohibir=2 (prohi-bir); at least 1."""
    text = unicodedata.normalize("NFC", word.lower())
    return max(1, sum(_es_nuclei(part) for part in re.findall(r"[^\W\d_]+", text)))


def _es_nuclei(word: str) -> int:
    """Vowel nuclei. The silent u of que/qui/gue/gui needs no rule: like any unaccented u it joins
    the next vowel into one nucleus (que=1, guía=2 as gu-í-a with the u silent)."""
    word = word.replace("h", "")  # h is silent and does not break a diphthong: prohi-bir, ahu-ma-do
    word = re.sub(r"y(?![aeiouáéíóú])", "i", word)  # y is a vowel when no vowel follows: hay, muy, y
    nuclei, previous = 0, ""
    for char in word:
        if char not in _ES_VOWELS:
            previous = ""
            continue
        if not previous or _es_hiatus(previous, char):
            nuclei += 1
        previous = char
    return nuclei


def _es_hiatus(first: str, second: str) -> bool:
    """Two vowels in a row split when both are open (a-or-ta) or an accented i/u meets an open
    vowel (dí-a, pa-ís); a closed vowel without accent always joins (a-gua, cui-da-do, RAE 2010)."""
    return first in _ES_STRONG and second in _ES_STRONG


# --- English syllables (heuristic + exception list) ----------------------------------------------

_EN_HIATUS = re.compile(
    "|".join(
        [
            r"(?<![ctsgh])ia",  # di-al, di-a-be-tes; not so-cial, A-sia, spe-cial
            r"(?<=[cts])iat",  # ap-pre-ci-ate, as-so-ci-a-tion
            r"(?<![ctsghnx])(?<!ll)io",  # pe-ri-od, se-ri-ous; not na-tion, o-pin-ion, mil-lion
            r"iu",  # cal-ci-um, so-di-um
            r"iet",  # di-et, qui-et, anx-i-e-ty
            r"(?<![ctsg])ien[tc]",  # cli-ent, ex-pe-ri-ence; not pa-tient, ef-fi-cient
            r"(?<![gc])eo|(?<=[gc])eo(?![un])",  # vi-de-o, ge-ol-o-gy; not gor-geous, sur-geon
            r"(?<!g)ua",  # u-su-al, ac-tu-al; not lan-guage, guard ("qu" is already "q")
            r"(?<!g)uen",  # in-flu-en-za
            r"(?<!l)uo",  # con-tin-u-ous, am-big-u-ous; not fluo-ride
            r"(?<!g)ui[dn]",  # flu-id, ru-in, gen-u-ine
            r"(?<=[^aeiouw])y(?=[aeiou])",  # try-ing, em-bry-o
            r"^(?:re|pre)(?=a(?:ct|pp|ss|dj|dm|tt)|e(?:v|nt|x|st|m)|i(?:n[jsftv]|ss|mb)"
            r"|o(?:p|rd|rg|cc)|u(?:s|n|p))",  # re-act, re-in-ject, pre-ex-ist-ing, re-use
            r"^co(?=op|ord|ex|ag)",  # co-op-er-ate, co-ag-u-late
            r"(?<=[ia])sm$",  # au-tis-m, spa-sm
        ]
    )
)
_VOWEL_LETTERS = frozenset("aeiou")
_HAS_VOWEL = re.compile(r"[aeiouy]").search
_EN_SILENT_E_SUFFIXES = ("ly", "ty", "ment", "ful", "less", "ness")  # like-ly, safe-ty, man-age-ment


@lru_cache(maxsize=1)
def _en_exceptions() -> dict[str, int]:
    """Words the rules get wrong, from ``edu/data/syllables-en.txt`` ("word count" lines)."""
    text = (files("edu") / "data" / "syllables-en.txt").read_text(encoding="utf-8")
    pairs = (line.split("#")[0].split() for line in text.splitlines())
    return {pair[0].lower(): int(pair[1]) for pair in pairs if len(pair) == 2}


@lru_cache(maxsize=1 << 16)
def count_syllables_en(word: str) -> int:
    """Syllables of an English word by rule, checked against a small exception list; at least 1."""
    ascii_word = unicodedata.normalize("NFKD", word.lower()).encode("ascii", "ignore").decode()
    parts = re.findall(r"[a-z]+", re.sub(r"['’]", "", ascii_word))
    return max(1, sum(_en_word(part) for part in parts))


def _en_word(word: str) -> int:
    exceptions = _en_exceptions()
    if word in exceptions:
        return exceptions[word]
    if word.endswith("ing") and _HAS_VOWEL(word[:-3]):  # tak-ing, be-ing, try-ing
        return _en_stem(word[:-3]) + 1
    if word.endswith("ed") and not word.endswith("eed") and _HAS_VOWEL(word[:-2]):
        # need-ed and treat-ed add a syllable; asked, used, handled do not
        return _en_stem(word[:-2]) + 1 if word[-3] in "td" else _en_word(word[:-1])
    if len(word) > 3 and word.endswith("es") and _HAS_VOWEL(word[:-2]):
        sibilant = re.search(r"(?:[sxz]|[cs]h)es$|[cgsz]es$", word) is not None
        return _en_word(word[:-1]) + int(sibilant)  # dos-es, box-es, chang-es; but takes
    if len(word) > 2 and word.endswith("s") and not word.endswith("ss"):
        return _en_word(word[:-1])  # i-de-as, ar-e-as
    for suffix in _EN_SILENT_E_SUFFIXES:
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and len(stem) >= 3 and re.search(r"[^aeiou]e$", stem):
            return _en_word(stem) + 1
    return _en_core(word)


def _en_stem(stem: str) -> int:
    """A stem before -ing/-ed, which may have lost its final e (creat-ing, us-ing)."""
    exceptions = _en_exceptions()
    for candidate in (stem, stem + "e"):
        if candidate in exceptions:
            return exceptions[candidate]
    return _en_core(stem)


def _en_core(word: str) -> int:
    word = word.replace("qu", "q")  # the u of qu is a consonant: e-qual, qui-et
    word = _drop_silent_e(re.sub(r"(?<!r)gue$", "g", word))  # tongue, fa-tigue (not ar-gue)
    groups = len(re.findall("v+", _en_vowel_marks(word)))
    return max(1, groups + len(_EN_HIATUS.findall(word)) + _final_hiatus(word))


def _drop_silent_e(word: str) -> str:
    if not word.endswith("e") or word.endswith("ee") or len(word) < 3:
        return word
    if re.search(r"[^aeiouyl]le$|[^aeiouyr]re$", word):  # ta-ble, lit-tle, hun-dre(d), a-cre
        return word
    stem = word[:-1]
    return stem if re.search(r"[aeiouy]", stem) else word  # the, she, be keep their e


def _en_vowel_marks(word: str) -> str:
    """Mark each letter "v" (vowel) or "c": y is a vowel except word-initially before a vowel
    (yes) and between two vowels (be-yond, play-er)."""
    marks = []
    for index, char in enumerate(word):
        before = word[index - 1] if index else "a"
        after = word[index + 1] if index + 1 < len(word) else "-"
        consonant_y = char == "y" and after in _VOWEL_LETTERS and before in _VOWEL_LETTERS
        marks.append("v" if char in _VOWEL_LETTERS or (char == "y" and not consonant_y) else "c")
    return "".join(marks)


def _final_hiatus(word: str) -> int:
    """After an earlier vowel, final -ea, -ier and -iest are two syllables: ar-e-a, i-de-a,
    eas-i-er, ear-li-est (but tea, tier)."""
    return 1 if re.search(r"[aeiouy][^aeiouy]+(?:ea|ie(?:r|st))$", word) else 0
