"""QA: the comparison check, an error: a comparison keeps its direction (meaningcheck.py: "more than
3 days" is never "menos de 3 días"), and a threshold of the source stays in the translation: "more
than {store_us_room}", "at least 30 minutes", "up to 3 doses", "above 100.4 °F" may not become the
bare amount ("fuera del refrigerador {store_us_room}"), as the period check keeps a frequency; nor
may a count of one become more ("only once": "más de una vez", "varias veces"), nor a sign written
as a sign change whether it counts its amount ("≥ 8 months" as "> 8 meses": 8 months left out), nor
a comparison in words (strictness.py: "more than 38 °C" as "38 °C o más", "at least" as "más de").

A threshold is a comparison right before an amount (digits or a fact): "more information" or
"higher doses" compare no amount, and their loss is a wording's. "Over" before an amount is as
often a span ("over 4 weeks": "durante 4 semanas") and is left out. The translation must compare
as many amounts, before or after them, in any words of a comparison or a limit ("hasta completar
{n}", "30 minutos como mínimo"). The words are comparisons.py's (English, Spanish, Portuguese, French,
Vietnamese) and _LIMIT_WORDS; a language without them is not read.

In: (source text, translation, Context). Out: at most one ``Finding``.
"""

from __future__ import annotations

import re

from . import comparisons, langtag, meaningcheck, strictness
from .findings import Context, Finding, finding
from .numberwords import spelled_starts
from .prose import CITATION, MASK, mask

_AMOUNT = re.compile(rf"[\d{MASK}]+")
_BEFORE_AMOUNT = " \u00a0(<>≤≥‹›⩽⩾≦≧="  # what an amount comes after: a space, a bracket, a sign ("<30")
_CLAUSE_END = re.compile(r"[,;:.!?()\n—–]\s*")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")
_WORDS_BEFORE = 4  # a threshold's words before its amount: "no more than", "at least", "for longer than"
_WORDS_AFTER = 6  # a translation's after it: "2 dosis al día, no más", "30 minutos como mínimo"
_SPAN = re.compile(r'"over"')  # "over 4 weeks": a span as often as a threshold
_WAYS = {"more": "more than or at least", "less": "less than or at most"}
# Words that may keep a limit in a wording the direction words do not read ("hasta completar {n}",
# "un máximo de {n}", "no pasar de"): an amount of the translation with one of them near is compared.
_LIMIT_WORDS = {
    "en": r"\bup to\b|\bover\b|\bunder\b|\babove\b|\bbelow\b|\bmaxim|\bminim|\blimit|\bwithin\b|\bbeyond\b",
    "es": r"\bhasta\b|\bmáxim|\bmínim|\blímite|\btope\b|\bencima\b|\bdebajo\b|\bpas(?:ar|e|en)\b",
    "pt": r"\baté\b|\bmáxim|\bmínim|\blimite|\bacima\b|\babaixo\b|\bpassar\b",
    "fr": r"\bjusqu|\bmaxim|\bminim|\blimite|\bau-delà\b|\bau-dessus\b|\bau-dessous\b",
    "vi": r"\btrên\b|\bdưới\b|\bquá\b|\btối đa\b|\btối thiểu\b",
}
_LIMIT = {code: re.compile(words) for code, words in _LIMIT_WORDS.items()}
_directions = comparisons.directions  # (cached: the same texts and windows are read several times)


def check_comparison(src: str, tr: str, ctx: Context) -> list[Finding]:
    """A comparison keeps its direction, and a threshold of the source ("more than {time}", "at
    least 30 minutes", "up to 3 doses") is kept: "{time}" alone says another limit."""
    if src == tr:
        return []
    once = comparisons.more_than_once(mask(src), mask(tr), ctx.source_lang, ctx.lang)
    if once is not None:  # "only once": "varias veces"
        return [finding("comparison", f'the source says once ("{once[0]}") and the translation more than once '
                        f'("{once[1]}"): keep the count of one; if it says it in other words, a reviewer confirms them '
                        "with edu-ok:comparison")]
    if not _directions(mask(src), ctx.source_lang):  # nearly every text: it compares nothing
        return []
    turned = meaningcheck.check_comparison(src, tr, ctx)
    if turned:
        return turned
    sign = comparisons.changed_sign(mask(src), mask(tr))
    if sign is not None:  # "≥ 8" as "> 8"
        source, translation = (text.replace(MASK, "{…}") for text in sign)
        return [finding("comparison", f'the source says "{source}" and the translation "{translation}": one of them '
                        "counts the amount itself and the other does not (≥ and ≤ do; > and < do not): keep the "
                        "source's sign; if it says it in other words, a reviewer confirms them with edu-ok:comparison")]
    changed = strictness.changed_strictness(mask(src), mask(tr), ctx.source_lang, ctx.lang)
    if changed is not None:  # "more than 38 °C": "38 °C o más"
        return [_strictness_finding(*changed, mask(src), mask(tr), ctx.lang)]
    lost = lost_threshold(mask(src), mask(tr), ctx.source_lang, ctx.lang)
    if lost is None:
        return []
    (way, words), said, kept = lost
    compares = "nothing" if not kept else f"only {kept} of the {said} amounts the source compares"
    return [finding("comparison", f"the source says {_WAYS[way]} ({words}) before an amount and the translation "
                    f"compares {compares}: keep the comparison (the amount alone says another limit); if it says it "
                    "in other words, a reviewer confirms them with edu-ok:comparison")]


def _strictness_finding(said: strictness.Said, put: strictness.Said, src: str, tr: str, lang: str) -> Finding:
    """The finding of a comparison kept in its direction whose strictness changed, naming the words
    that say the source's in the translation's language."""
    way, other = (said.way, said.strict), (put.way, put.strict)
    takes = "the translation counts the amount itself and the source does not" if said.strict else (
        "the source counts the amount itself and the translation does not")
    words = strictness.SAID_AS.get(langtag.primary(lang), {}).get(way)
    return finding("comparison", f"the source says {strictness.MEANING[way]} ({strictness.quoted(src, said)}) and "
                   f"the translation {strictness.MEANING[other]} ({strictness.quoted(tr, put)}): {takes} (at least, "
                   "at most, up to, ≥ and ≤ take it in; more than, less than, over, under, > and < leave it out): say "
                   f"{strictness.MEANING[way]}{f' ({words})' if words else ''}; if it says it in other words, a "
                   "reviewer confirms them with edu-ok:comparison")


def lost_threshold(src: str, tr: str, source_lang: str, lang: str) -> tuple[tuple[str, str], int, int] | None:
    """The first threshold of ``src`` (masked) as (direction, its words), the amounts ``src``
    compares and those ``tr`` (masked) compares, when ``tr`` compares fewer; else None."""
    if not _directions(src, source_lang):
        return None
    limit = _LIMIT.get(langtag.primary(lang))
    if limit is None or _directions("", lang) is None:
        return None
    thresholds = [t for t in (_threshold(src, at, source_lang) for at in _amounts(src)) if t]
    if not thresholds:
        return None
    # an amount of the translation in words too ("hasta una semana" for "up to 1 week")
    kept = sum(_compared(tr, at, lang, limit) for at in sorted({*_amounts(tr), *spelled_starts(tr, lang)}))
    if kept >= len(thresholds):
        return None
    put = _directions(tr, lang) or {}
    first = next((t for t in thresholds if t[0] not in put), thresholds[0])
    return first, len(thresholds), kept


def _amounts(text: str) -> list[int]:
    """Where an amount starts in ``text`` (masked, citations out): digits or a fact after a space."""
    if "[" in text:
        text = CITATION.sub(lambda m: " " * len(m[0]), text)
    return [m.start() for m in _AMOUNT.finditer(text) if not m.start() or text[m.start() - 1] in _BEFORE_AMOUNT]


def _clause_words(text: str, at: int, since_amount: bool = False) -> tuple[list[str], list[str]]:
    """The words of the clause before the amount at ``at``, and those of its sentence after it (the
    amount's first: "2 dosis al día, no más"). ``since_amount``: only those after the amount before
    it, if any: a threshold's words stand right before its own amount, and "less than 1 in 100" or
    "do not exceed 4 doses in 24 hours" compare 1 and 4, not 100 nor 24."""
    start = max((m.end() for m in _CLAUSE_END.finditer(text, 0, at)), default=0)
    if since_amount:
        start = max((m.end() for m in _AMOUNT.finditer(text, start, at)), default=start)
    end = next((m.start() for m in _SENTENCE_END.finditer(text, at)), len(text))
    return text[start:at].split(), text[at:end].split()


def _threshold(text: str, at: int, lang: str) -> tuple[str, str] | None:
    """(direction, its words) of the comparison right before the amount at ``at``, read in the fewest
    words that make one ("Lower the dose over 4 weeks": "over", a span, so none), or in all its words
    where a negation turns it round ("Do not exceed 4 doses": at most, not "exceed")."""
    before, after = _clause_words(text, at, since_amount=True)
    whole = _directions(" ".join(before[-_WORDS_BEFORE:]) + " " + after[0][:1], lang) if before else None
    if not whole:
        return None  # (nearly every amount: one look at its words)
    if len(whole) == 1 and comparisons.turned_round(next(iter(whole.values()))):  # fewer words lose the "not"
        return next(iter(whole.items()))
    for count in range(1, min(len(before), _WORDS_BEFORE) + 1):
        read = _directions(" ".join(before[-count:]) + " " + after[0][:1], lang)
        if read:
            way, words = next(iter(read.items()))
            return None if _SPAN.fullmatch(words) else (way, words)
    return None


def _compared(text: str, at: int, lang: str, limit: re.Pattern[str]) -> bool:
    """Whether a comparison or a word of a limit stands right before or after the amount at ``at``
    ("más de {n}", "hasta completar {n}", "30 minutos como mínimo", "{dose} o más")."""
    before, after = _clause_words(text, at)
    near = " ".join(before[-_WORDS_BEFORE:] + after[: _WORDS_AFTER + 1])
    return bool(_directions(near, lang)) or limit.search(near.lower()) is not None
