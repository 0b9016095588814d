"""Readability (QA stage): prose of one language edition -> `Scores`.

In: plain or Markdown text, or the ``(kind, text)`` pairs of a handout's segments in the
language being scored (a translation is scored in its own language, never with the source's
score). Out: counts and the formulas of the standards brief, section (c).

Conventions (checklist R10, "score hygiene"):

- Only prose is scored (`is_prose`): paragraphs, the summary, quotes and callouts, and list
  items that are full sentences. Titles, headings, table cells, alt text and list fragments
  are left out, because without end punctuation they merge into one long "sentence".
- Numbers ("2.5", "0,67"), URLs, e-mail addresses and brace placeholders ("{dose_ra}",
  "{isr_us:per10}", which stand for a formatted value such as "100 mg") each count as ONE
  word of ONE syllable. Units such as "mg" are words counted by the syllable rules (one
  syllable, since they have no vowel).
- Inline Markdown is stripped first: emphasis and code marks go, links keep their text,
  images are dropped.
- Syllables come from our own rule-based counters in syllables.py (standard library only,
  nothing is downloaded). Spanish follows the RAE's orthographic rules; English is a heuristic
  plus a small exception list in ``edu/data/syllables-en.txt``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TypeAlias

from .model import Segment
from .syllables import count_syllables_en, count_syllables_es

LANGS = ("en", "es")
PROSE_KINDS = frozenset({"paragraph", "summary", "quote"})  # always prose; "item" only if a sentence
SMOG_SENTENCES = 30  # SMOG was normed on 30-sentence samples

SegmentLike: TypeAlias = Segment | tuple[str, str]  # a segment, or a (kind, localized text) pair


def _code(lang: str) -> str:
    return lang.replace("-", "_").split("_")[0].lower()


def supported(lang: str) -> bool:
    """Readability formulas and the plain-language rules exist for ``lang`` (English, Spanish)."""
    return _code(lang) in LANGS


def base_lang(lang: str) -> str:
    """The language code of a locale: "es_US" -> "es". Raise ValueError for other languages."""
    code = _code(lang)
    if code not in LANGS:
        raise ValueError(f"unsupported language {lang!r}: readability knows {', '.join(LANGS)}")
    return code


# --- text: markup, words, sentences ---------------------------------------------------------------

_MARKUP = [
    # (no "[" inside the brackets: a run of "[" made these quadratic, 45 s for a hostile msgstr)
    (re.compile(r"!\[[^\[\]]*\]\([^()]*\)"), ""),  # images are not read
    (re.compile(r"\[([^\[\]]*)\]\([^()]*\)"), r"\1"),  # [text](url) -> text
    (re.compile(r"\[([^\[\]]*)\]\[[^\[\]]*\]"), r"\1"),  # [text][ref] -> text
    (re.compile(r"<((?:https?://|mailto:)[^>\s]+)>"), r"\1"),  # <https://...> -> the address
    (re.compile(r"</?[A-Za-z][^>]*>"), ""),  # inline HTML tags such as <span lang="es">
    (re.compile(r"\*+|`+|~~|(?<!\w)_+|_+(?!\w)"), ""),  # emphasis and code marks; not snake_case
]
_TOKEN = re.compile(
    r"\{[^{}\s]+\}"  # placeholder
    r"|(?:https?://|www\.)\S+?(?=[.,;:!?)\]]*(?:\s|$))"  # URL, without its trailing punctuation
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # e-mail address
    r"|\d+(?:[.,]\d+)*"  # number: 2.5, 0,67, 1000
    r"|[^\W\d_]+(?:['’-][^\W\d_]+)*"  # word: it's, follow-up
)
_TERMINATOR = re.compile(r"(?:[.!?…]+|\.\.\.)[\"'”’»)\]]*(?=\s|$)")
_OPENER = re.compile(r"(?<=[^\s,;:¿¡(])\s+(?=[¿¡])")  # "… fiebre ¿Qué hago?" starts a sentence
# Abbreviations that a capitalized word or a number may follow ("Dr. Ruiz", "e.g. Kineret", "aprox. 2"):
_NO_SPLIT = frozenset(
    {"e.g", "i.e", "dr", "dra", "mr", "mrs", "ms", "sr", "sra", "srta", "ud", "uds", "vs", "approx", "aprox", "fig"}
    | {"tel", "núm", "pág", "ej", "st"}
)


@lru_cache(maxsize=8192)
def strip_markdown(text: str) -> str:
    """Inline Markdown -> the words a reader reads, whitespace collapsed (cached: every rule of
    ``edu check`` reads the same units of an edition again)."""
    for pattern, replacement in _MARKUP:
        text = pattern.sub(replacement, text)
    return " ".join(text.split())


def words(text: str) -> list[str]:
    """The words of a text: letter runs (it's, follow-up), numbers, URLs and {placeholders}."""
    return _TOKEN.findall(strip_markdown(text))


def split_sentences(text: str, lang: str) -> list[str]:
    """Sentences of a text, Markdown stripped. Splits after . ! ? … followed by a space and before
    a Spanish ¿ or ¡ that opens a new sentence; never inside 2.5 or 0,67, after an abbreviation
    (e.g., Dr., p. ej., etc. before a lowercase word) or before a lowercase word."""
    return list(_sentences(text, base_lang(lang)))


@lru_cache(maxsize=8192)
def _sentences(text: str, lang: str) -> tuple[str, ...]:
    plain = strip_markdown(text)
    cuts = [m.end() for m in _TERMINATOR.finditer(plain) if _ends_sentence_at(plain, m)]
    cuts += [m.start() for m in _OPENER.finditer(plain)]
    pieces, start = [], 0
    for cut in [*sorted(set(cuts)), len(plain)]:
        pieces.append(plain[start:cut].strip())
        start = cut
    return tuple(piece for piece in pieces if _TOKEN.search(piece))


def _ends_sentence_at(text: str, match: re.Match[str]) -> bool:
    following = text[match.end() :].lstrip()
    if following[:1].islower():
        return False  # "2 tab. daily", "etc. and": a sentence starts with a capital
    if match.group().rstrip("\"'”’»)]") != ".":
        return True
    token = text[: match.start()].split()[-1:] or [""]
    word = token[0].lstrip("(\"'“‘«[").lower()
    return not (word in _NO_SPLIT or (len(word) == 1 and word.isalpha()))


# --- prose selection and scores -------------------------------------------------------------------


def is_prose(kind: str, text: str) -> bool:
    """Whether a segment is scored: paragraphs, the summary and quotes/callouts always; list items
    only when they are full sentences (end with . ! ? or …); never titles, headings, table cells
    or alt text."""
    if kind == "item":
        return strip_markdown(text).rstrip("\"'”’»)] ")[-1:] in (".", "!", "?", "…", "？")
    return kind in PROSE_KINDS and bool(words(text))


def prose_of(segments: Iterable[SegmentLike], texts: Mapping[str, str] | None = None) -> list[str]:
    """The texts of the prose segments, in order. ``segments`` holds `Segment`s or ``(kind, text)``
    pairs; ``texts`` maps a segment's msgid to its translation (missing ones keep the msgid)."""
    prose = []
    for segment in segments:
        if isinstance(segment, Segment):
            kind, text = segment.kind, segment.text
            text = texts.get(text, text) if texts is not None else text
        else:
            kind, text = segment
        if is_prose(kind, text):
            prose.append(text)
    return prose


@dataclass(frozen=True)
class Scores:
    """Counts and readability formulas for one text in one language (standards brief (c))."""

    lang: str  # "en" or "es"
    words: int  # W: words, numbers and placeholders
    sentences: int  # S
    syllables: int  # Sy
    polysyllables: int  # P3: words of three or more syllables
    flesch_reading_ease: float | None = None  # EN: 206.835 - 1.015 W/S - 84.6 Sy/W
    fk_grade: float | None = None  # EN: 0.39 W/S + 11.8 Sy/W - 15.59
    smog: float | None = None  # EN: 1.0430 sqrt(P3 * 30 / S) + 3.1291, even when S < 30
    smog_note: str | None = None  # set when S < 30, since SMOG was normed on 30 sentences
    fernandez_huerta: float | None = None  # ES: 206.84 - 60 Sy/W - 1.02 W/S
    szigriszt_pazos: float | None = None  # ES: 206.835 - 62.3 Sy/W - W/S (the INFLESZ score)
    inflesz: str | None = None  # ES: INFLESZ band of the Szigriszt-Pazos score


def inflesz_band(score: float) -> str:
    """INFLESZ band (Barrio-Cantalejo 2008). The published bands share their edges; we put 40 and
    55 in the harder band (">55 is acceptable") and 65 in the easier one ("≥65 target")."""
    if score <= 40:
        return "muy difícil"
    if score <= 55:
        return "algo difícil"
    if score < 65:
        return "normal"
    return "bastante fácil" if score <= 80 else "muy fácil"


def score_text(text: str, lang: str) -> Scores:
    """Scores of a whole text (every sentence counts; pass prose only)."""
    return _score_sentences(split_sentences(text, lang), lang)


def score_segments(segments: Iterable[SegmentLike], lang: str, texts: Mapping[str, str] | None = None) -> Scores:
    """Scores of the prose of a handout in ``lang``; each prose unit is split on its own, so a
    unit without end punctuation is still a sentence of its own."""
    return _score_sentences(
        [sentence for text in prose_of(segments, texts) for sentence in split_sentences(text, lang)],
        lang,
    )


def _score_sentences(sentences: list[str], lang: str) -> Scores:
    code = base_lang(lang)
    counter = count_syllables_en if code == "en" else count_syllables_es
    counts = [_token_syllables(token, counter) for s in sentences for token in words(s)]
    polysyllables = sum(count >= 3 for count in counts)
    counted = Scores(code, len(counts), len(sentences), sum(counts), polysyllables)
    if not counts:
        return counted
    return _english(counted) if code == "en" else _spanish(counted)


def _token_syllables(token: str, counter: Callable[[str], int]) -> int:
    """Numbers, URLs, e-mail addresses and {placeholders} count as one syllable by convention."""
    if token[0].isdigit() or token[0] == "{" or "@" in token or "://" in token or token.startswith("www."):
        return 1
    return counter(token)


def _english(c: Scores) -> Scores:
    per_sentence, per_word = c.words / c.sentences, c.syllables / c.words
    short = c.sentences < SMOG_SENTENCES
    return replace(
        c,
        flesch_reading_ease=206.835 - 1.015 * per_sentence - 84.6 * per_word,
        fk_grade=0.39 * per_sentence + 11.8 * per_word - 15.59,
        smog=1.0430 * math.sqrt(c.polysyllables * 30 / c.sentences) + 3.1291,
        smog_note=(f"SMOG is normed on {SMOG_SENTENCES} sentences; this text has {c.sentences}" if short else None),
    )


def _spanish(c: Scores) -> Scores:
    per_sentence, per_word = c.words / c.sentences, c.syllables / c.words
    szigriszt = 206.835 - 62.3 * per_word - per_sentence
    return replace(
        c,
        fernandez_huerta=206.84 - 60 * per_word - 1.02 * per_sentence,
        szigriszt_pazos=szigriszt,
        inflesz=inflesz_band(szigriszt),
    )
