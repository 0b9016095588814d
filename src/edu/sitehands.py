"""The site check's hand and foot (bodysites.py): limbs of a symptom only ("swelling in your hand" is never
"hinchazón en el pie", "numbness in your feet" never "dormência nas mãos"), read only where a word of pain
stands beside them, and never in an idiom: "by hand", "on the other hand", "a mano", "mano de obra", "a pie",
"de pie", "en pie", "pie de página", "de pies a cabeza", "à mão", "mão de obra", "a pé", "de pé", "em pé"
(standing: "dor em pé" is pain when standing), "ao pé da letra", "à pied", "coup de main", "main-d'œuvre",
"pied de page". Vietnamese says the hand "bàn tay" and the foot "bàn chân" ("tay" and "chân" alone are the arm
and the leg, read by bodysites.py). Most entries hold no hand and no foot (a substring quick look), and those
that do are read only where they hold a word of pain too.
"""

from __future__ import annotations

import re
from functools import cache

from . import langtag
from .prose import MASK
from .wordlists import WordLists

HAND, FOOT = "hand", "foot"

_WORDS: dict[str, dict[str, str]] = {
    "en": {HAND: r"(?<!\bby\s)(?<!\bother\s)(?<!\bone\s)(?<!\bsecond\s)(?<!\bfirst\s)hands?(?![-\s]on\b)",
           FOOT: rf"foot(?!\s+of\b)|feet(?<!\d\sfeet)(?<!{MASK}\sfeet)"},  # (not "6 feet away")
    "es": {HAND: r"(?<!\ba\s)(?<!\bde\s)(?<!\bsegunda\s)mano(?!\s+de\s+obra)|manos",
           FOOT: r"(?<!\ba\s)(?<!\bde\s)(?<!\ben\s)pie(?!\s+de\s+(?:página|foto|imagen|la\s+letra))"
                 r"|pies(?!\s+a\s+cabeza)"},
    "pt": {HAND: r"(?<!\bà\s)(?<!\bde\s)(?<!\bsegunda\s)mão(?!\s+de\s+obra)(?!-de-obra)|mãos",
           FOOT: r"(?<!\ba\s)(?<!\bde\s)(?<!\bem\s)(?<!\bao\s)pé(?!-)(?!\s+(?:de\s+página|da\s+letra))"
                 r"|pés(?!\s+à\s+cabeça)"},
    "fr": {HAND: r"(?<!\bde\s)(?<!\bsous\s)(?<!\ben\s)mains?(?![-\s](?:d[’']|de\s)?(?:œuvre|oeuvre|levée)\b)",
           FOOT: r"(?<!\bà\s)(?<!\bsur\s)pieds?(?!\s+de\s+page)(?!\s+à\s+la\s+tête)"},
    "vi": {HAND: r"bàn\s+tay", FOOT: r"bàn\s+chân"},
}
# Pieces of which each word above holds one, as written and capitalised, each with the longer words it stands in
# that are no hand or foot ("handout", "piel", "pierna"): most entries hold none (or only those) and are passed
# after a look for each (no lowercased copy of every entry, no pattern)
_CUES: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "en": (("hand", ("handout",)), ("foot", ()), ("feet", ())),
    "es": (("mano", ()), ("pie", ("piel", "pierna", "pieza", "pies")), ("pies", ())),
    "pt": (("mão", ()), ("pé", ())), "fr": (("main", ("maint", "demain", "humain")), ("pied", ())),
    "vi": (("bàn tay", ()), ("bàn chân", ())),
}
_HANDS = WordLists((HAND, FOOT), _WORDS, whole_words=True)


@cache
def _quick(lang: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """``lang``'s cues, each as written and capitalised, with the longer words it stands in ("Handout" for
    "Hand", not "Demain" for "Main")."""
    cues = _CUES.get(langtag.primary(lang), ())
    return (*cues, *((cue.capitalize(), tuple(f.capitalize() for f in friends if f.startswith(cue))) for cue, friends
                     in cues))


def matches(text: str, lang: str) -> list[tuple[str, re.Match[str]]]:
    """Each hand and foot ``text`` names, with its words, in the text's order (none for a language without
    words for them)."""
    for cue, friends in _quick(lang):  # (a loop: any() of a generator takes twice as long)
        if cue in text and (not friends or text.count(cue) > sum(text.count(friend) for friend in friends)):
            return _HANDS.matches(text, lang) or []
    return []
