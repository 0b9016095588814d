"""The place a medicine is kept, which a translation may not change: "in the refrigerator" is never
"no congelador" (a syringe that froze is thrown away), nor "at room temperature", nor "fuera del
refrigerador" (anakinra kept out of the refrigerator spoils).

A place is named by a noun ("refrigerator", "nevera", "geladeira", "frigo", "tủ lạnh") or by the verb
of what it does ("refrigerate", "congele", "ne pas congeler"): "Do not freeze" and "No la congele"
both name the freezer, so a negation leaves the place as it was (the negation check reads the "not").
Out of the refrigerator is a place of its own: "out of", "outside", "away from" it ("fuera del",
"fora da", "hors du", "ra khỏi", "ngoài") and the verbs that take a medicine out of it ("Take
it out of", "Sáquela del", "Retire-a da", "Sortez-la du") name "out of the refrigerator", which "in
the refrigerator" is not. Nor is it room temperature: a hot car is out of the refrigerator, and a
label's room temperature has a limit. Out of the freezer is the freezer, and the freezer
compartment of a refrigerator ("ngăn đá tủ lạnh") too. Word lists of English, Spanish, Portuguese,
French and Vietnamese (wordlists.py); a language without one is not checked. Text comes in NFC and
masked (checks.check_message), as the lists are written.
"""

from __future__ import annotations

import re
from functools import cache

from . import langtag
from .wordlists import WordLists

FRIDGE, FREEZER, ROOM = "refrigerator", "freezer", "room temperature"
OUT_FRIDGE = "out of the refrigerator"
ORDER = (FRIDGE, FREEZER, ROOM, OUT_FRIDGE)  # how a message lists them
INSIDE = {OUT_FRIDGE: FRIDGE}  # out of a place: the place itself
OUT = {inside: out for out, inside in INSIDE.items()}

_WORDS: dict[str, dict[str, str]] = {
    "en": {FRIDGE: r"refrigerat\w*|fridges?",
           FREEZER: r"freezers?(?: (?:compartment|section) of (?:the|your|a) (?:refrigerator|fridge))?|"
                    r"freez(?!e[- ]dried)\w*|froze\w*",  # not "freeze-dried" (a powder: "liofilizado")
           ROOM: r"room[ -]temperature"},
    # not "refrigerante" (a soda, a coolant) nor "refrigerio" (a snack)
    "es": {FRIDGE: r"neveras?|refrig[eé]r(?!ante|io)\w*|frigor[ií]fic\w*|heladeras?",
           FREEZER: r"congelador(?:es)? (?:de|del) (?:la |el |su )?(?:nevera|refrigerador|frigor[ií]fico|heladera)|"
                    r"cong[eé]l\w*|freezers?",
           ROOM: r"temperatura (?:ambiente|ambiental|del ambiente|de (?:la )?habitación)"},
    "pt": {FRIDGE: r"geladeiras?|refrig[eé]r(?!ante)\w*|frigor[ií]fic\w*",
           FREEZER: r"(?:congelador|freezer)(?:es|s)? da (?:sua )?geladeira|cong[eé]l\w*|freezers?",
           ROOM: r"temperatura ambiente"},
    "fr": {FRIDGE: r"r[ée]frig[ée]r(?!ant)\w*|frigos?|frigidaires?",
           FREEZER: r"cong[eéè]l\w*(?: du (?:r[ée]frig[ée]rateur|frigo))?|surgel\w*",
           ROOM: r"température (?:ambiante|de la pièce)"},
    "vi": {FRIDGE: r"tủ lạnh|ngăn mát|bảo quản lạnh",
           FREEZER: r"ngăn (?:đá|đông)(?: (?:của )?tủ lạnh)?|tủ đông|đông (?:lạnh|đá)|đóng băng|làm đông",
           ROOM: r"nhiệt độ phòng"},
}
# Lower-case pieces of which each word above holds one: most entries hold none and are passed unread
_CUES = {
    "en": ("refrig", "fridge", "freez", "froze", "room"),
    "es": ("never", "refrig", "frigor", "helader", "cong", "freezer", "temperatura"),
    "pt": ("geladeir", "refrig", "frigor", "cong", "freezer", "temperatura"),
    "fr": ("frig", "cong", "surgel", "température"),
    "vi": ("lạnh", "ngăn", "đông", "đóng băng", "nhiệt độ phòng"),
}
_PLACES = WordLists((FRIDGE, FREEZER, ROOM), _WORDS, whole_words=True, cues=_CUES)

# The nouns of a place a medicine is taken out of (a verb is not: "out of the refrigerated box").
# Out of the freezer is the freezer: it is named to keep a medicine out of it ("Do not freeze" is
# "Manténgala lejos del congelador"), where the refrigerator is named to keep it in.
_NOUNS: dict[str, dict[str, str]] = {
    "en": {FRIDGE: r"(?:refrigerators?|refrigeration|fridges?)(?! doors?\b)"},  # "away from the fridge door": in it
    "es": {FRIDGE: r"neveras?|refrigeradora?(?:es|s)?|refrigeración|frigor[ií]ficos?|heladeras?"},
    "pt": {FRIDGE: r"geladeiras?|refrigerador(?:es)?|refrigeração|frigor[ií]ficos?"},
    "fr": {FRIDGE: r"r[ée]frig[ée]rateurs?|r[ée]frig[ée]ration|frigos?|frigidaires?"},
    "vi": {FRIDGE: r"tủ lạnh|ngăn mát"},
}
_WORDS_BETWEEN = r"(?: [\w'’-]+){0,3}?"  # "Take one syringe out", "Saque una jeringa del"
# What takes a medicine out of a place, up to its noun: a preposition, or a verb of taking out with
# up to three words and the preposition ("Retire la jeringa del", "Sortez-la du")
_OUT: dict[str, str] = {
    "en": rf"(?:out of|outside(?: of)?|away from|(?:remov(?:e[sd]?|ing)|t(?:ake[sn]?|aking|ook)){_WORDS_BETWEEN} "
          r"from) (?:the |your |a |its |their )?",
    "es": rf"(?:(?:a?fuera|lejos) de|(?:s[aá]qu\w*|sac(?:ar|an?|ad[oa]s?|ó)(?:l[oa]s?)?|retir\w*){_WORDS_BETWEEN} "
          r"de)(?:l| la| el| su| una?)? ",
    "pt": rf"(?:(?:fora|longe)|(?:(?:re)?tir(?:e|a|á|ar|em|am|ou|ad[ao]s?)|remov(?:a|er|ê|id[ao]s?|am|em))"
          rf"(?:-(?:[ao]s?|l[ao]s?))?{_WORDS_BETWEEN}) d(?:[ao]s?|e)(?: sua| seu)? ",
    "fr": rf"(?:(?:hors|en dehors|loin)(?: d(?:u|es|e la|e votre|e son|e))?|"
          rf"(?:sort(?:ez|ir|i|ie|is|ies|ons|ent)|retir(?:ez|er|é|ée|és|ées|ons|ent|e))(?:-(?:la|le|les))?"
          rf"{_WORDS_BETWEEN} d(?:u|es|e la|e votre|e son|e)) ",
    "vi": r"(?:ra khỏi|(?:bên )?ngoài) ",  # "để ngoài tủ lạnh": left out of it
}
# Lower-case pieces of which each "out of" holds one: a text with a place and none of them is read
# as before (most that name a place keep it in that place)
_OUT_CUES = {
    "en": ("out of", "outside", "away from", "remov", "tak", "took"),
    "es": ("fuera", "lejos", "saq", "sáq", "sac", "retir"),
    "pt": ("fora", "longe", "tir", "remov"),
    "fr": ("hors", "loin", "sort", "retir"),
    "vi": ("ra khỏi", "ngoài"),
}
_REACH = 80  # the most characters an "out of" takes before its noun ("Remove the prefilled syringe from the ")
_CLAUSE_END = re.compile(r"[.,;:!?()\n]")


def places(text: str, lang: str) -> frozenset[str] | None:
    """The storage places ``text`` names (None: no word list for ``lang``). "Out of" the refrigerator is
    looked for only in a text that names it and holds a word that may take it out ("fuera", "sort")."""
    named = _PLACES.matches(text, lang)
    if not named:
        return None if named is None else frozenset()
    found = frozenset([place for place, _ in named])
    if found.isdisjoint(OUT):
        return found
    lowered = text.lower()
    if not any(cue in lowered for cue in _taking_out(lang)[2]):
        return found
    return frozenset([place for place, _start, _end in _named(text, lang, named)])


@cache
def _taking_out(lang: str) -> tuple[re.Pattern[str], dict[str, re.Pattern[str]], tuple[str, ...]]:
    """``lang``'s words of "out of" that end where a place's noun starts, the nouns of each place (with
    what may not follow them), and the pieces of the words of "out of" (kept by tag: every entry asks)."""
    primary = langtag.primary(lang)
    return (re.compile(rf"(?i)\b(?:{_OUT[primary]})\Z"),
            {place: re.compile(f"(?i){words}") for place, words in _NOUNS[primary].items()}, _OUT_CUES[primary])


def _named(text: str, lang: str, named: list[tuple[str, re.Match[str]]]) -> list[tuple[str, int, int]]:
    """(place, start, end) of each place ``text`` names (``named``: as the word lists read it), in its
    order; a place's noun with words of "out of" right before it ("fuera del refrigerador") is out of
    that place, from those words on."""
    read = []
    out_of, nouns, _cues = _taking_out(lang)
    for place, m in named:
        start = m.start()
        noun = nouns[place].match(text, start) if place in nouns else None
        if noun and noun.end() == m.end():
            taken = out_of.search(text, max(0, start - _REACH), start)  # (\b sees the letter before)
            if taken:
                place, start = OUT[place], taken.start()
        read.append((place, start, m.end()))
    return read


def turned_round(said: frozenset[str], put: frozenset[str]) -> tuple[str, str] | None:
    """(the source's place, the translation's) where the translation says out of a place the source
    keeps the medicine in, or in a place the source takes it out of; None where it does neither."""
    for out, inside in INSIDE.items():
        for a, b in ((inside, out), (out, inside)):
            if a in said - put and b in put - said:
                return a, b
    return None


def said_as(text: str, lang: str, place: str) -> str:
    """The words of ``text`` that first name ``place`` with up to four words of their clause before
    them ("the syringes in the refrigerator"), for a message; "" where it names none."""
    for named, start, end in _named(text, lang, _PLACES.matches(text, lang) or []):
        if named == place:
            return " ".join([*_CLAUSE_END.split(text[:start])[-1].split()[-4:], text[start:end]])
    return ""
