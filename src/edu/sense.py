"""Meaning a translation may not lose where no number changes: a negation ("Do not shake it" as
"Agítela"), and the direction of a comparison ("more than" as "menos de", "higher" as "más bajas").
The period of a frequency is periods.py's.

Word lists of English, Spanish and Portuguese; a language without one is not checked. Each check
looks for a loss or a reversal only, never for the same words: a translator may say a thing
otherwise ("Do not take more than 4 g" is "Tome como máximo 4 g"), so the translation side accepts
every wording that can carry the meaning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import langtag

# A negation in the source: what the translation must keep in some form.
_NEGATION = {
    "en": r"\b(?:not|no|never|none|nothing|nobody|nor|neither|cannot|without)\b|n[’']t\b",
    "es": r"\b(?:no|nunca|jamás|ni|tampoco|nadie|nada|ningún|ninguno|ninguna|ningunos|ningunas|sin)\b",
    "pt": r"\b(?:não|nunca|jamais|nem|nenhum|nenhuma|ninguém|nada|sem)\b",
}
# What may carry it in a translation: a negation, or a word that says the same ("avoid", "stop",
# "at most", "only", "except", "fever-free").
_NEGATION_CARRIED = {
    "en": _NEGATION["en"] + r"|\b(?:avoid\w*|stop\w*|only|at most|at least|except|unless|instead|rather|free|"
                            r"lack\w*|fail\w*|absent|absence|before|until|wait|keep|refrain\w*|away|off|unknown|"
                            r"unclear|unable|impossible)\b",
    "es": _NEGATION["es"] + r"|\b(?:evit\w*|dej\w+ de|suspend\w*|par[ea]r?|prohib\w*|como máximo|a lo sumo|"
                            r"como mínimo|al menos|por lo menos|solo|sólo|únicamente|excepto|salvo|antes|hasta|"
                            r"espere|mantenga|lejos|fuera|aparte|libre|desconoc\w*|ausen\w*|falt\w*|carec\w*|"
                            r"imposib\w*|incapa\w*)\b",
    "pt": _NEGATION["pt"] + r"|\b(?:evit\w*|deix\w+ de|suspend\w*|par[ea]r?|proib\w*|no máximo|pelo menos|"
                            r"no mínimo|só|somente|apenas|exceto|salvo|antes|até|espere|mantenha|longe|fora|livre|"
                            r"desconhec\w*|ausên\w*|falt\w*|carec\w*|impossív\w*|incapa\w*)\b",
}
# The direction of a comparison: phrases first (they hold the single words: "at least", "al menos").
_UP, _DOWN = "more", "less"
_DIRECTION: dict[str, tuple[tuple[str, str], ...]] = {
    "en": ((_DOWN, r"\b(?:no|not|never)\b(?: \w+){0,3}? more than\b|n[’']t(?: \w+){0,3}? more than\b|\bat most\b|"
                   r"\bor (?:less|fewer|younger|lower)\b"),
           (_UP, r"\b(?:no|not|never)\b(?: \w+){0,3}? (?:less|fewer) than\b|n[’']t(?: \w+){0,3}? (?:less|fewer) than\b|"
                 r"\bat least\b|\bor (?:more|higher|older|greater)\b"),
           (_UP, r"\b(?:more|greater|higher|larger|bigger|exceed(?:s|ed|ing)?)\b"),
           (_DOWN, r"\b(?:less|fewer|lower|smaller)\b")),
    "es": ((_UP, r"\b(?:al|por lo) menos\b|\bcomo mínimo\b|\bo más\b|"
                 r"\b(?:no|nunca)\b(?: \w+){0,3}? menos (?:de|que)\b"),
           (_DOWN, r"\b(?:no|nunca)\b(?: \w+){0,3}? más (?:de|que)\b|\bcomo máximo\b|\ba lo sumo\b|\bo menos\b|"
                   r"\bmás (?:baj|pequeñ|cort|chic)\w*|\bmás breves?\b"),
           (_UP, r"\b(?:más|mayor|mayores|superior|superiores|super[ae]\w*|exced\w*)\b"),
           (_DOWN, r"\b(?:menos|menor|menores|inferior|inferiores)\b")),
    "pt": ((_UP, r"\bpelo menos\b|\bno mínimo\b|\bou mais\b|\b(?:não|nunca)\b(?: \w+){0,3}? menos (?:de|que|do que)\b"),
           (_DOWN, r"\b(?:não|nunca)\b(?: \w+){0,3}? mais (?:de|que|do que)\b|\bno máximo\b|\bou menos\b|"
                   r"\bmais (?:baix|pequen|curt)\w*"),
           (_UP, r"\b(?:mais|maior|maiores|superior|superiores|super[ae]\w*|exced\w*)\b"),
           (_DOWN, r"\b(?:menos|menor|menores|inferior|inferiores)\b")),
}
_ABOUT = {"en": r"\bmore or less\b", "es": r"\bmás o menos\b", "pt": r"\bmais ou menos\b"}  # "about": no direction
# Stems that come before any comparison word (a quick look first: most texts have none).
_MAY_COMPARE = {"en": "more|less|fewer|high|low|great|larg|big|small|exceed|at most|at least",
                "es": "más|menos|mayor|menor|superior|inferior|super|exced|máximo|mínimo|sumo",
                "pt": "mais|menos|maior|menor|superior|inferior|super|exced|máximo|mínimo"}


@dataclass(frozen=True)
class _Words:
    """One language's patterns."""

    negation: re.Pattern[str]
    carried: re.Pattern[str]
    direction: tuple[tuple[str, re.Pattern[str]], ...]
    about: re.Pattern[str]
    may_compare: re.Pattern[str]  # a quick look for any word of a comparison (most texts have none)


@lru_cache(maxsize=16)
def _words(lang: str) -> _Words | None:
    code = langtag.primary(lang)
    if code not in _NEGATION:
        return None
    # (the patterns are lowercase and read lowercased text: without re.IGNORECASE, several times faster)
    return _Words(re.compile(_NEGATION[code]), re.compile(_NEGATION_CARRIED[code]),
                  tuple((way, re.compile(pattern)) for way, pattern in _DIRECTION[code]),
                  re.compile(_ABOUT[code]), re.compile(_MAY_COMPARE[code]))


def lost_negation(src: str, tr: str, source_lang: str, lang: str) -> bool:
    """The source says "not" (never, without…) and the translation has no word that can say it."""
    a, b = _words(source_lang), _words(lang)
    if a is None or b is None:
        return False
    return a.negation.search(src.lower()) is not None and b.carried.search(tr.lower()) is None


def directions(text: str, lang: str) -> frozenset[str] | None:
    """The directions of the comparisons ``text`` makes: "more", "less" (None: no word list)."""
    words = _words(lang)
    if words is None:
        return None
    text = text.lower()
    if not words.may_compare.search(text):
        return frozenset()
    text = words.about.sub(" ", text)
    found = set()
    for way, pattern in words.direction:
        text, n = pattern.subn(" ", text)
        if n:
            found.add(way)
    return frozenset(found)


def reversed_comparison(src: str, tr: str, source_lang: str, lang: str) -> tuple[str, str] | None:
    """("more", "less") when the source compares one way only and the translation the other way only."""
    a = directions(src, source_lang)
    if a is None or len(a) != 1:  # (nearly every text: the translation is not read)
        return None
    b = directions(tr, lang)
    if b is None or len(b) != 1 or a == b:
        return None
    return next(iter(a)), next(iter(b))

