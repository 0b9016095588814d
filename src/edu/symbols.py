"""QA, the symbols a clinician's text copies as written: a source and its translation -> an error
where a Greek letter of a name (IL-1β, TNF-α, β2), a times sign (3 × ULN, × 10⁹/L) or a plus-minus
sign (5 ± 2) is lost or changed, or where the upper limit of normal is said as the lower one.

One letter changes the molecule ("IL-1β" as "IL-1α", "TNF-α" as "TNF-β"), "3 × ULN" as "3 + ULN"
changes the threshold, and "× LSN" (límite superior de la normalidad) as "× LIN" (inferior) turns an
upper limit into a lower one. The number check compares digits, superscripts included (10⁹), not
these. A Greek letter is compared with the digits written on it ("1β" of "IL-1β", so "interleukin-1β"
may be "interleucina-1β"); a Greek word (three letters or more) is text, and μ is a unit's micro
(the number check's). A translation may write the times sign "x" or "·" between a number and what it
multiplies ("3 x LSN") or say it after a number ("3 veces el LSN"), and plus-minus "+/-". ULN and
LLN are LSN and LIN in Spanish, Portuguese and French; only a swap is an error (the source's upper
limit fewer times and the lower one more): a translation that spells a limit out says neither
abbreviation.

Every build runs it on every entry, so it first looks at the source alone, for one character class
and three plain substrings: a translation that adds a Greek letter or a sign where the source has
none of them is not compared (it loses nothing of the source).
"""

from __future__ import annotations

import re
from collections import Counter

from .findings import Context, Finding, counted, diff_message, finding

_GREEK = "\u0391-\u03a9\u03b1-\u03bb\u03bd-\u03c9"  # Greek capitals and small letters but μ (micro)
_HINT = re.compile(f"[{_GREEK}×±]")  # the quick look (a class: an alternation is tried at every place)
_LETTERS = re.compile(f"[{_GREEK}]+")
_DIGITS_BEFORE = re.compile(r"\d*$")
_DIGITS_AFTER = re.compile(r"\d*")
_TIMES_TYPED = re.compile(r"[\d}⁰¹²³⁴⁵⁶⁷⁸⁹] ?[x·] ?(?:[\d{]|[A-Z]{2})")  # "3 x LSN", "2·10⁹/L" for "×"
_TIMES_SAID = re.compile(r"[\d}] (?:veces|vezes|fois|times|lần)\b")  # "3 veces el LSN" (the Spanish SmPCs' words)
_UPPER = re.compile(r"\b(?:ULN|LSN)\b")  # upper limit of normal: límite superior de la normalidad
_LOWER = re.compile(r"\b(?:LLN|LIN)\b")  # lower limit of normal: límite inferior de la normalidad
_OK = "# edu-ok:symbol"  # a translator comment (a flag is dropped by msgmerge)
_ADVICE = ("copy it as the source writes it; where your language must say it otherwise, a reviewer confirms it "
           f"with {_OK}")


def check_symbol(src: str, tr: str, ctx: Context) -> list[Finding]:
    """Greek letters of names, × and ± are copied as written, and ULN is never said as LIN."""
    if src == tr or not (_HINT.search(src) or "LN" in src or "SN" in src or "LIN" in src):  # (nearly every entry)
        return []
    problems = [_letters_changed(src, tr)]
    for sign, said in (("× (times)", _times), ("± (plus or minus)", _plus_minus)):
        a, b = said(src), said(tr)
        if a != b:
            problems.append(diff_message("sign", Counter({sign: a - b}) if a > b else Counter(),
                                         Counter({sign: b - a}) if b > a else Counter(), _ADVICE))
    problems.append(_limit_swapped(src, tr))
    return [finding("symbol", "; ".join(p for p in problems if p))] if any(problems) else []


def _letters(text: str) -> Counter[str]:
    """The Greek letters of names, each with the digits written on it: "1β" (IL-1β), "α" (TNF-α),
    "β2"; not a word of three letters or more, nor μ."""
    return Counter(key for key, _at in _keyed(text))


def _keyed(text: str) -> list[tuple[str, int]]:
    """Each Greek letter of a name as _letters compares it, with where its letter is in ``text``."""
    found = []
    for m in _LETTERS.finditer(text):
        if len(m[0]) <= 2:
            before = _DIGITS_BEFORE.search(text, max(0, m.start() - 6), m.start())
            after = _DIGITS_AFTER.match(text, m.end())
            found.append((f"{before[0] if before else ''}{m[0]}{after[0] if after else ''}", m.start()))
    return found


def _letters_changed(src: str, tr: str) -> str:
    """What the translation lost or added of the source's Greek letters, as a message ("")."""
    a, b = _letters(src), _letters(tr)
    if a == b:
        return ""
    lost, added = _named(a - b, src), _named(b - a, tr)
    many = sum((lost or added).values()) > 1
    if lost:
        found = f" (found {counted(added)})" if added else ""
        said = f"{counted(lost)} in the source {'are' if many else 'is'} missing from the translation{found}"
    else:
        said = f"{counted(added)} in the translation {'are' if many else 'is'} not in the source"
    return f"the Greek letter{'s' if many else ''} of {said}: {_ADVICE}"


def _named(letters: Counter[str], text: str) -> Counter[str]:
    """A Greek letter as a message names it: quoted, with its word ("IL-1β" for the "1β" compared)."""
    named: Counter[str] = Counter()
    where: dict[str, int] = {}
    for key, at in _keyed(text):
        where.setdefault(key, at)  # the first letter compared as it ("α" of "TNF-α", not the "1α" of "IL-1α")
    for letter, count in letters.items():
        start = end = where[letter]
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-‑"):
            start -= 1
        while end < len(text) and (text[end].isalnum() or text[end] in "-‑"):
            end += 1
        named[f'"{text[start:end].rstrip("-‑")}"'] += count
    return named


def _times(text: str) -> int:
    """How many times ``text`` says ×: as the sign, typed as "x" or "·", or in words ("3 veces el LSN")."""
    return (text.count("×") + (len(_TIMES_TYPED.findall(text)) if "x" in text or "·" in text else 0)
            + len(_TIMES_SAID.findall(text)))


def _plus_minus(text: str) -> int:
    return text.count("±") + text.count("+/-") + text.count("+/−")


def _said(pattern: re.Pattern[str], text: str, *words: str) -> int:
    """How many times ``text`` says one of ``words`` (as words: not the "LIN" of "LINK")."""
    return len(pattern.findall(text)) if any(word in text for word in words) else 0


def _limit_swapped(src: str, tr: str) -> str:
    """Whether the translation says the lower limit of normal where the source says the upper one,
    or the other way round, as a message ("")."""
    upper = _said(_UPPER, src, "ULN", "LSN") - _said(_UPPER, tr, "ULN", "LSN")
    lower = _said(_LOWER, src, "LLN", "LIN") - _said(_LOWER, tr, "LLN", "LIN")
    if upper > 0 > lower:
        said, other, written, shown = "upper", "lower", _UPPER.search(src), "LSN"
    elif lower > 0 > upper:
        said, other, written, shown = "lower", "upper", _LOWER.search(src), "LIN"
    else:
        return ""
    return (f"the source says the {said} limit of normal ({written[0] if written else ''}) and the translation "
            f"the {other} one: write the {said} limit ({shown} in Spanish, Portuguese and French); a reviewer "
            f"confirms another wording with {_OK}")
