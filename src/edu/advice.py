"""Advice: translation checks whose findings are warnings, the slips a reviewer would point out
(an untranslated copy, a length far off, spacing, end punctuation). They never block a build.

In: (source text, translation, Context). Out: ``Finding`` records with severity "warning".
"""

from __future__ import annotations

import re

from . import langtag
from .findings import Context, Finding, finding
from .prose import MASK, mask


def check_identical(src: str, tr: str, ctx: Context) -> list[Finding]:
    """An untouched copy of a sentence is usually a forgotten translation."""
    words = [w for w in mask(src).split() if any(c.isalpha() for c in w)]
    if tr != src or len(words) < 2:
        return []
    message = (  # a comment, as translating.md says: msgcat and msgmerge drop a "#, edu-ok:" flag
        "the translation is identical to the source; translate it, or, if it must stay the same (a name), "
        "add the translator comment # edu-ok:identical"
    )
    return [finding("identical", message)]


# Characters per character of English, roughly: a Chinese, Japanese or Korean character says as much as
# about three letters (a correct Chinese translation is 0.2-0.4 times as long as its English source).
DENSE_SCRIPTS = {"zh": 0.33, "ja": 0.4, "ko": 0.45}


def check_length(src: str, tr: str, ctx: Context) -> list[Finding]:
    """Spanish runs 15-30 % longer than English; far outside 0.5-2.5× something was lost or added
    (the range scaled for a script that says more per character, such as Chinese)."""
    if len(src) < 20:
        return []
    ratio = len(tr) / len(src)
    scale = DENSE_SCRIPTS.get(langtag.primary(ctx.lang), 1) / DENSE_SCRIPTS.get(langtag.primary(ctx.source_lang), 1)
    low, high = 0.5 * scale, 2.5 * scale
    if low <= ratio <= high:
        return []
    message = (
        f"the translation is {ratio:.1f} times as long as the source (expected {low:.2g} to {high:.2g}); "
        "check for missing or added text"
    )
    return [finding("length", message)]


def _spacing(text: str) -> dict[str, object]:
    return {
        "leading whitespace": text[: len(text) - len(text.lstrip())],
        "trailing whitespace": text[len(text.rstrip()) :],
        "double spaces": len(re.findall(r"(?<=\S) {2,}(?=\S)", text)),
        "line breaks": text.count("\n"),
    }


def check_whitespace(src: str, tr: str, ctx: Context) -> list[Finding]:
    """Leading, trailing and doubled spaces and line breaks should follow the source."""
    a, b = _spacing(src), _spacing(tr)
    differences = [
        f"{name}: {a[name]!r} in the source, {b[name]!r} in the translation" for name in a if a[name] != b[name]
    ]
    if not differences:
        return []
    message = f"spacing differs: {'; '.join(differences)}; match the source"
    return [finding("whitespace", message)]


_END_PUNCT = ".?!:;…"
_END_CLOSERS = "\"'”’»)]*_`" + MASK
# Other scripts' marks for the same ends: Arabic ؟ ؛ ۔, full-width CJK ？。！：；, Devanagari । and Ethiopic ።.
_SAME_MARK = {"؟": "?", "？": "?", "。": ".", "．": ".", "۔": ".", "।": ".", "።": ".", "！": "!", "：": ":",
              "；": ";", "؛": ";"}
# Languages written in Arabic script: a question ends with ؟ (U+061F), not the Latin ?.
_ARABIC_SCRIPT = {"ar", "fa", "ur", "ps", "ckb", "sd", "ug"}


def _end_mark(text: str) -> str:
    """The final punctuation mark as written, looking through closing quotes, brackets and emphasis."""
    text = text.rstrip()
    while text and (text[-1] in _END_CLOSERS or text[-1].isspace()):
        text = text[:-1]
    text = text.replace("...", "…")
    return text[-1] if text and (text[-1] in _END_PUNCT or text[-1] in _SAME_MARK) else ""


def _end_punct(text: str) -> str:
    """The final punctuation mark, another script's form read as the Latin one (؟ is ?)."""
    mark = _end_mark(text)
    return _SAME_MARK.get(mark, mark)


def _describe_mark(mark: str) -> str:
    return f"'{mark}'" if mark else "no punctuation"


def check_end_punct(src: str, tr: str, ctx: Context) -> list[Finding]:
    """A question stays a question, a list lead-in keeps its colon (¿…? ends with ? like English;
    an Arabic question with ؟, a Chinese sentence with 。)."""
    written = _end_mark(mask(tr))
    a, b = _end_punct(mask(src)), _SAME_MARK.get(written, written)
    if a == b:
        if written == "?" and langtag.primary(ctx.lang) in _ARABIC_SCRIPT:
            return [finding("end-punct", "the translation ends with the Latin '?'; Arabic script writes '؟' (U+061F)")]
        return []
    message = (
        f"the source ends with {_describe_mark(a)} but the translation with {_describe_mark(written)}; end it the "
        "same way"
    )
    return [finding("end-punct", message)]


_DOUBLED = re.compile(r"\b([^\W\d_]{2,})\s+\1\b", re.IGNORECASE)  # "el el", "de de" (not "bye-bye")
_BRACKETS = {"(": ")", "[": "]"}
# Languages whose grammar repeats a word: Vietnamese "từ từ" (slowly), "song song" (side by side), Chinese
# 慢慢, Thai ดีดี, Indonesian and Malay plurals, Tagalog, Hmong... A repeated word there is no slip.
REDUPLICATING = frozenset({"vi", "zh", "yue", "ja", "ko", "th", "lo", "km", "my", "id", "ms", "jv", "su", "tl",
                           "fil", "hmn"})
# Pairs that are grammar in a language: French reflexive verbs ("si vous vous sentez mal", "nous nous lavons").
_GRAMMAR_PAIRS = {"fr": frozenset({"vous", "nous"})}


def check_doubled(src: str, tr: str, ctx: Context) -> list[Finding]:
    """A word typed twice ("Lávese las las manos") that the source does not repeat (where the
    language's grammar does not repeat it)."""
    lang = langtag.primary(ctx.lang)
    if lang in REDUPLICATING:
        return []
    allowed = _GRAMMAR_PAIRS.get(lang, frozenset())
    found = next((m for m in _DOUBLED.finditer(mask(tr)) if m[1].lower() not in allowed), None)
    if found is None or _DOUBLED.search(mask(src)) is not None:
        return []
    return [finding("doubled", f"the word {found[1]!r} is written twice ({found[0]!r}): delete one")]


def check_brackets(src: str, tr: str, ctx: Context) -> list[Finding]:
    """A parenthesis or bracket left open or closed twice that the source has not ("(1 pulgada")."""
    if not any(c in tr for c in "()[]"):
        return []
    text, source = mask(tr), mask(src)
    for opening, closing in _BRACKETS.items():
        if text.count(opening) != text.count(closing) and source.count(opening) == source.count(closing):
            return [finding("brackets", f"{text.count(opening)} {opening!r} and {text.count(closing)} {closing!r}: "
                            "close every bracket you open")]
    return []
