"""QA, the meaning checks' sentences: a text -> where its sentences end, and a source with its
translation -> the parts of each that say the same (a sentence, a few sentences, or the whole entry).

In: texts as the meaning checks read them (NFC, URLs and placeholders masked: prose.mask) and their
languages. Out: the offsets where each sentence but the last ends (``sentence_ends``), and ``Part``
records pairing the source's sentences with the translation's (``align``). negations.py compares
an entry part by part, so a negation lost in one sentence is not made up for by another's.

A sentence ends at ". ", "! " or "? " before a capital of any script ("Đừng", "Ở"), or at a line end;
never after a title ("Dr. Ruiz", "Sra.", "p. ej.", "e.g.") or inside an abbreviation ("EE." of "EE.
UU."), as Translate Toolkit's sentence count does. After one that may end a sentence ("… de los EE.
UU. El folleto …", "etc.", "U.S.", a single letter) it ends where that gives the source and its
translation as many sentences. Where they still have not as many, they are cut where both have just said
the same numbers, placeholders and links (a translator who splits one sentence in two), and a part
without such a cut is compared as a whole. A part whose source and translation have as many
semicolons, with the same numbers, placeholders and links between them, may be read clause by clause
(``clauses``): a clinician's long entry says four things in one sentence ("not studied in pregnancy;
not recommended …; women must not breastfeed [14].").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import langtag
from .prose import MASK

# Words written with a period, lowercase and without it: titles, which end no sentence ("Dr. Ruiz",
# "p. ej. la"), and abbreviations that may ("… de los EE. UU. El folleto …", "… etc. Luego …"). A
# single letter and letters with inner periods ("U.S.", "p. m.") may too, unless another
# abbreviation follows ("EE." before "UU.").
_TITLES = {
    "en": "dr drs mr mrs ms prof st vs fig e.g i.e",
    "es": "dr dra dres dras sr sra sres sras srta ud uds prof profa lic av avda hosp enf sta sto vs pág fig tel ej",
    "pt": "dr dra drs dras sr sra srs sras srta prof profa av hosp enf sta sto pág fig tel ex",
    "fr": "dr dre mme mlle mm pr ex cf fig tél av bd st ste",
    "vi": "bs ts ths pgs gs tp",
}
_ABBREVIATIONS = {"en": "etc approx al jr sr dept", "es": "ee uu etc aprox núm al", "pt": "etc aprox al",
                  "fr": "etc env al", "vi": ""}
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[¿¡\"«“(*]*([^\W\d_]))|\n")  # before a letter (a capital: _ends)
# "EE", "U.S", "p" before a period (possessive: each start reads its word once, without backtracking)
_WORD_BEFORE = re.compile(r"([^\W\d_]++(?:\.[^\W\d_]++)*+)$")
_WORD_AFTER = re.compile(r"[^\W\d_]+(?:\.[^\W\d_]+)*(?=\.)")  # "UU" after "EE. "
_ANCHOR = re.compile(rf"\d+|{MASK}")  # what a translation says as is: digits, placeholders, links


@lru_cache(maxsize=16)
def _words(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The titles and the other abbreviations of ``lang``."""
    code = langtag.primary(lang)
    return frozenset(_TITLES.get(code, "").split()), frozenset(_ABBREVIATIONS.get(code, "").split())


def sentence_ends(text: str, lang: str) -> tuple[int, ...]:
    """Where each sentence of ``text`` but the last surely ends (never after an abbreviation)."""
    return _ends(text, lang)[0]


@lru_cache(maxsize=4096)
def _ends(text: str, lang: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Where each sentence but the last ends: surely, and maybe (after an abbreviation that may end
    one). Cheap tests first: most entries are one sentence."""
    if ". " not in text and "? " not in text and "! " not in text and "\n" not in text:
        return (), ()
    sure: list[int] = []
    maybe: list[int] = []
    for m in _SENTENCE_END.finditer(text):
        if m[1] is not None and not m[1].isupper():
            continue
        abbreviation = _abbreviation(text, m, lang) if m[0][0] == "." and m[1] is not None else ""
        if not abbreviation:
            sure.append(m.end())
        elif abbreviation == "maybe":
            maybe.append(m.end())
    return tuple(sure), tuple(maybe)


def _abbreviation(text: str, m: re.Match[str], lang: str) -> str:
    """Whether the period ``m`` found closes an abbreviation: "" (no), "title" (it ends no sentence:
    "Dr.", "EE." before "UU."), or "maybe" ("UU.", "etc.", "U.S.")."""
    word = _WORD_BEFORE.search(text, max(0, m.start() - 24), m.start())
    if word is None:
        return ""
    titles, others = _words(lang)
    said = word[1].lower()
    if said in titles:
        return "title"
    if len(said) > 1 and "." not in said and said not in others:
        return ""
    following = _WORD_AFTER.match(text, m.end())
    if following is not None and _is_abbreviation(following[0].lower(), titles, others):
        return "title"  # the "EE." of "EE. UU.", the "a." of "a. m."
    return "maybe"


def _is_abbreviation(word: str, titles: frozenset[str], others: frozenset[str]) -> bool:
    return len(word) == 1 or "." in word or word in titles or word in others


@dataclass(frozen=True)
class Part:
    """A part of a source and of its translation that say the same."""

    first: int  # its first sentence in the source (1-based); 0: the entry as a whole
    last: int  # its last sentence in the source
    source: tuple[int, int]  # where it is in the source (start, end)
    translation: tuple[int, int]  # and in the translation


def align(src: str, tr: str, source_lang: str, lang: str) -> list[Part]:
    """The parts a source and its translation are compared by: their sentences one by one where both
    have as many (with or without the ends an abbreviation may make); else sentences grouped between
    the cuts after the same numbers, placeholders and links (_cuts); else the whole entry."""
    (a, maybe_a), (b, maybe_b) = _ends(src, source_lang), _ends(tr, lang)
    if not (a or maybe_a or b or maybe_b):
        return [Part(0, 0, (0, len(src)), (0, len(tr)))]
    for x_ends, y_ends in ((a, b), (_merged(a, maybe_a), _merged(b, maybe_b)), (a, _merged(b, maybe_b)),
                           (_merged(a, maybe_a), b)):
        if len(x_ends) == len(y_ends):
            break
    else:
        x_ends, y_ends = a, b
    if not x_ends and not y_ends:
        return [Part(0, 0, (0, len(src)), (0, len(tr)))]
    x, y = [0, *x_ends, len(src)], [0, *y_ends, len(tr)]
    if len(x) == len(y):
        return [Part(n + 1, n + 1, (x[n], x[n + 1]), (y[n], y[n + 1])) for n in range(len(x) - 1)]
    cuts = _cuts(src, x, tr, y)
    if not cuts:
        return [Part(0, 0, (0, len(src)), (0, len(tr)))]
    parts, (i, j) = [], (0, 0)
    for k, m in [*cuts, (len(x) - 1, len(y) - 1)]:
        if k - i == m - j:  # as many sentences on both sides: one by one
            parts += [Part(i + n + 1, i + n + 1, (x[i + n], x[i + n + 1]), (y[j + n], y[j + n + 1]))
                      for n in range(k - i)]
        else:
            parts.append(Part(i + 1, k, (x[i], x[k]), (y[j], y[m])))
        i, j = k, m
    return parts


def _merged(sure: tuple[int, ...], maybe: tuple[int, ...]) -> tuple[int, ...]:
    return tuple(sorted(sure + maybe)) if maybe else sure


def _cuts(src: str, x: list[int], tr: str, y: list[int]) -> list[tuple[int, int]]:
    """(after how many sentences of the source, and of the translation) where both have just said
    the same numbers, placeholders and links: after the sentence that says the n-th of them on each
    side (before the first only where one place of each says none yet). None unless both say the
    same in the same order."""
    said = [_ANCHOR.findall(src, x[n], x[n + 1]) for n in range(len(x) - 1)]
    put = [_ANCHOR.findall(tr, y[n], y[n + 1]) for n in range(len(y) - 1)]
    if [s for sentence in said for s in sentence] != [s for sentence in put for s in sentence]:
        return []
    a, b = _after(said), _after(put)
    return [(a.index(count) + 1, b.index(count) + 1) for count in sorted(set(a) & set(b))
            if count or (a.count(0) == 1 and b.count(0) == 1)]


def _after(sentences: list[list[str]]) -> list[int]:
    """How many anchors a text has said at the end of each of its sentences but the last."""
    counts, total = [], 0
    for sentence in sentences[:-1]:
        total += len(sentence)
        counts.append(total)
    return counts


def clauses(src: str, tr: str, part: Part) -> list[Part]:
    """The part cut at its semicolons where its source and translation have as many, and between
    each two the same numbers, placeholders and links (else the part itself): one clause's "not"
    does not make up for another's."""
    (xs, xe), (ys, ye) = part.source, part.translation
    count = src.count(";", xs, xe)
    if not count or tr.count(";", ys, ye) != count:
        return [part]
    x = [xs, *(m.end() for m in _SEMICOLON.finditer(src, xs, xe)), xe]
    y = [ys, *(m.end() for m in _SEMICOLON.finditer(tr, ys, ye)), ye]
    if any(_ANCHOR.findall(src, x[n], x[n + 1]) != _ANCHOR.findall(tr, y[n], y[n + 1]) for n in range(count + 1)):
        return [part]
    return [Part(part.first, part.last, (x[n], x[n + 1]), (y[n], y[n + 1])) for n in range(count + 1)]


_SEMICOLON = re.compile(";")
