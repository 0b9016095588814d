"""QA, the site check's second look (bodysites.py): where on a site the shot is given. Read only
where the two sides name the same sites, in the words bodysites reads.

Which side: the left or the right ("left thigh", "muslo izquierdo", "coxa direita", "cuisse gauche",
"đùi trái", "bên phải"), the outer or the inner side ("outer thigh", "parte externa", "face
interne", "parte de afuera", "por dentro", "parte de fora", "mặt ngoài"), the front or the back
("back of the upper arm", "parte trasera", "parte de trás", "l’arrière", "mặt sau"; English "back"
and "front" only as "back of", "at the back", "back side", Spanish and Portuguese "anterior" and
"posterior" only after "parte" or "cara"; "el trasero", "o traseiro" and "le derrière" are buttocks,
no side). A side word counts beside a site's words only (up to six words apart in one clause):
"right away", "what is left", "el derecho a" say none; Vietnamese "phải" (also "must") only as "bên
phải" or right after the site ("đùi phải"). Reported where the source says one of a pair and not the
other, and the translation the other and not the one ("left thigh" as "muslo derecho"), and where the
translation says nothing of a pair the source says a side of, and a side of a pair the source says
nothing of in its place ("front of the thigh" as "parte interna del muslo", "outer thigh" as "parte
trasera del muslo"); a side left out, or one the source does not say beside the source's own, is not.

The belly button: where the source keeps the shot away from it (a distance, "away from", "not", "avoid"
before it in its clause: "2 inches (5 cm) away from your belly button"), a translation that puts the
shot at or near it ("cerca del ombligo", "en el ombligo", "près du nombril", "gần rốn") with no "not",
"avoid", "away" or distance before it in its clause is reported; "a 5 cm del ombligo", "no inyecte
cerca del ombligo" pass. English, Spanish, Portuguese, French and Vietnamese.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from . import langtag, opposites
from .prose import MASK
from .wordlists import WordLists

LEFT, RIGHT, OUTER, INNER, FRONT, BACK = "left", "right", "outer", "inner", "front", "back"
OPPOSITE = opposites.pairs((LEFT, RIGHT), (OUTER, INNER), (FRONT, BACK))
ORDER = tuple(OPPOSITE)

_SIDES: dict[str, dict[str, str]] = {
    "en": {LEFT: r"left(?!\s+(?:in|over|out|after|behind|at|from|to|for|with|alone|the|your|it)\b)",
           RIGHT: r"right(?!\s+(?:away|now|after|before|here|there|then|amount|dose|time|way|spot|place|one)\b)",
           OUTER: r"outer|outside|lateral", INNER: r"inner|inside",
           FRONT: r"fronts?\s+of|front(?=\s+(?:side|part|area|surface))|(?:at|on|in)\s+the\s+front\b|anterior",
           BACK: r"backs?\s+of|back(?=\s+(?:side|part|area|surface))|(?:at|on|in)\s+the\s+back\b|posterior"},
    "es": {LEFT: r"izquierd[oa]s?", RIGHT: r"derech[oa]s?",
           OUTER: r"extern[oa]s?|exterior(?:es)?|lateral(?:es)?|(?:parte|lado|cara)\s+de\s+a?fuera|por\s+a?fuera",
           INNER: r"intern[oa]s?|interior(?:es)?|(?:parte|lado|cara)\s+de\s+a?dentro|por\s+a?dentro",
           FRONT: r"(?:parte|cara)\s+(?:delantera|frontal|anterior)|delanter[oa]s?|frontal(?:es)?|(?:por\s+)?delante"
                  r"|de\s+adelante|(?:el|al)\s+frente",
           BACK: r"(?:parte|cara)\s+(?:trasera|posterior|de\s+atrás)|trasera|(?:por\s+)?detrás|(?:de\s+)?atrás"},
    "pt": {LEFT: r"esquerd[oa]s?", RIGHT: r"direit[oa]s?",
           OUTER: r"extern[oa]s?|exterior(?:es)?|lateral|laterais|(?:parte|lado|face)\s+de\s+fora|por\s+fora",
           INNER: r"intern[oa]s?|interior(?:es)?|(?:parte|lado|face)\s+de\s+dentro|por\s+dentro",
           FRONT: r"(?:parte|face)\s+(?:da\s+frente|frontal|anterior|dianteira)|(?:da|na|pela)\s+frente|frontal"
                  r"|dianteir[oa]",
           BACK: r"(?:parte|face)\s+(?:de\s+trás|traseira|posterior)|traseira|(?:de|por)\s+trás|atrás"},
    "fr": {LEFT: r"gauches?", RIGHT: r"droite?s?", OUTER: r"externes?|extérieure?s?|latéra(?:le|les|l|ux)",
           INNER: r"internes?|intérieure?s?",
           FRONT: r"(?:partie|face)\s+(?:avant|antérieure)|l[’']avant|devant", BACK:
           r"(?:partie|face)\s+(?:arrière|postérieure)|l[’']arrière|arrière"},
    "vi": {LEFT: r"trái", RIGHT: r"(?:bên|phía)\s+phải|phải", OUTER: r"(?:mặt|phía|bên)\s+ngoài",
           INNER: r"(?:mặt|phía)\s+trong", FRONT: r"(?:mặt|phía|đằng)\s+trước", BACK: r"(?:mặt|phía|đằng)\s+sau"},
}
_TIGHT = {"vi": "phải"}  # a side word that counts only right after the site's words
_NAVEL = {"en": r"belly\s+button|navel|umbilicus", "es": r"ombligo", "pt": r"umbigo", "fr": r"nombril", "vi": r"rốn"}
# Before the belly button: at or near it
_NEAR = {
    "en": r"(?:near|next\s+to|close\s+to|around|in|into|on|at|by)(?:\s+(?:the|your))?",
    "es": r"(?:cerca|alrededor|al\s+lado|encima|dentro)\s+del|junto\s+al|en(?:\s+el)?|sobre(?:\s+el)?",
    "pt": r"(?:perto|ao\s+lado|ao\s+redor|em\s+volta|em\s+torno|dentro|em\s+cima)\s+do|junto\s+ao|no|sobre\s+o",
    "fr": r"(?:près|autour|à\s+côté|au\s+niveau)\s+du|dans\s+le|sur\s+le",
    "vi": r"gần|quanh|xung\s+quanh|cạnh|sát|vào|ở|tại|trên",
}
# Earlier in the clause: away from it (a number or a placeholder is a distance)
_AWAY = {
    "en": r"away|from|avoid\w*|outside|beyond|not|never|no|don|doesn",
    "es": r"lejos|alej\w*|evit\w*|fuera|apart\w*|no|nunca|sin",
    "pt": r"longe|afast\w*|evit\w*|fora|não|nunca|sem",
    "fr": r"loin|éloign\w*|évit\w*|hors|ne|n[’']|pas|jamais|sans",
    "vi": r"cách|xa|tránh|không|đừng|ngoài",
}
_CLAUSE = re.compile(r"[.;:!?()\n“”\"]")
_WORD = re.compile(r"[^\W_]+")
_SIX_WORDS = 6
_FAR = 80  # characters: farther than six words of any language (passed without reading the words between)
# Lower-case pieces of which each side word holds one: most entries that name a site name no side
_CUES = {
    "en": ("left", "right", "out", "lateral", "inner", "inside", "front", "back", "anterior", "posterior"),
    "es": ("izquierd", "derech", "extern", "exterior", "lateral", "intern", "interior", "fuera", "dentro", "delant",
           "frontal", "anterior", "adelante", "frente", "trasera", "posterior", "trás"),
    "pt": ("esquerd", "direit", "extern", "exterior", "lateral", "laterais", "intern", "interior", "fora", "dentro",
           "frente", "frontal",
           "anterior", "dianteir", "traseir", "posterior", "trás"),
    "fr": ("gauche", "droit", "extern", "extérieur", "latéra", "intern", "intérieur", "avant", "antérieure", "devant",
           "arrière", "postérieure"),
    "vi": ("trái", "phải", "ngoài", "trong", "trước", "sau"),
}
_SIDE_WORDS = WordLists(ORDER, _SIDES, whole_words=True, cues=_CUES)


class _Navel(NamedTuple):
    navel: re.Pattern[str]  # the belly button
    near: re.Pattern[str]  # at or near it
    away: re.Pattern[str]  # before it in its clause: away from it


@cache
def _navel(lang: str) -> _Navel | None:
    """``lang``'s words of the belly button, of a place at or near it and of away from it."""
    primary = langtag.primary(lang)
    if primary not in _NAVEL:
        return None
    return _Navel(re.compile(rf"(?i)\b(?:{_NAVEL[primary]})\b"),
                  re.compile(rf"(?i)\b(?:{_NEAR[primary]})\s+(?:{_NAVEL[primary]})\b"),
                  re.compile(rf"(?i)\b(?:{_AWAY[primary]})\b|\d|{MASK}"))


def sides(text: str, lang: str, places: list[tuple[int, int]]) -> dict[str, str]:
    """The sides ``text`` says beside a site (``places``: the spans of its site words), each with the
    words that say it ("left thigh")."""
    found = _SIDE_WORDS.matches(text, lang) if places else None
    if not found:
        return {}
    tight = _TIGHT.get(langtag.primary(lang))
    said: dict[str, str] = {}
    for side, m in found:
        for start, end in places:
            if start - m.end() > _FAR or m.start() - end > _FAR:
                continue
            if m.group().lower() == tight:
                near = end <= m.start() and not text[end:m.start()].strip()
            else:
                between = text[end:m.start()] if end <= m.start() else text[m.end():start]
                near = not _CLAUSE.search(between) and len(_WORD.findall(between)) <= _SIX_WORDS
            if near:
                first, last = min(start, m.start()), max(end, m.end())
                said.setdefault(side, " ".join(text[first:last].split()))
                break
    return said


def away(text: str, lang: str) -> str | None:
    """The words by which ``text`` keeps the shot away from the belly button, if it does."""
    read = _navel(lang)
    if read is None:
        return None
    for m in read.navel.finditer(text):
        clause = _CLAUSE.split(text[: m.start()])[-1]
        if read.away.search(clause):
            return " ".join((clause + m.group()).split()[-5:])
    return None


def near(text: str, lang: str) -> str | None:
    """The words by which ``text`` puts the shot at or near the belly button, unless its clause says
    "not", "avoid", "away" or a distance before them."""
    read = _navel(lang)
    if read is None:
        return None
    for m in read.near.finditer(text):
        if not read.away.search(_CLAUSE.split(text[: m.start()])[-1]):
            return " ".join(m.group().split())
    return None
