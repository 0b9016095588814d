"""The place a medicine is kept, which a translation may not change: "in the refrigerator" is never
"no congelador" (a syringe that froze is thrown away), nor "at room temperature", nor "fuera del
refrigerador" (anakinra kept out of the refrigerator spoils).

A place is named by a noun ("refrigerator", "nevera", "geladeira", "frigo", "tủ lạnh"), by the verb
of what it does ("refrigerate", "congele", "ne pas congeler"), or, for the refrigerator, by its
temperature range ("2 °C to 8 °C", "entre 2 y 8 °C", "36–46 °F": both ends within 0-10 °C or
32-50 °F; one temperature alone, "hasta 25 °C", names none). Out of a place is a place of its own,
for the refrigerator and the freezer alike: "out of", "outside", "away from" it ("fuera del", "fora
da", "hors du", "ra khỏi", "ngoài") and the verbs that take a medicine out of it ("Take it out of",
"Sáquela del", "Retire-a da", "Sortez-la du") name "out of the refrigerator", which "in the
refrigerator" is not; so do the words that say it stays out ("unrefrigerated", "not refrigerated",
"sin refrigeración", "não refrigerado", "non réfrigéré"). The freezer is named to keep a medicine out
of it, and a "not" said to it says so: "Do not freeze", "No la congele", "sin congelar", "Ne pas
mettre au congélateur", "Không để đông đá" are out of the freezer, as "Manténgala lejos del
congelador" is, and "Guárdela en el congelador" is not; a "not" of another verb leaves the freezer
("If it has been frozen, do not use it", as "No la use si se ha congelado"). The refrigerator is
named to keep it in: a "not" said to it ("Do not refrigerate", "No guarde las jeringas en el
refrigerador") is the negation check's, as before, but for its verb after a "not" and the "not" of
need ("It does not need to be refrigerated", "No hace falta refrigerarla", "Não precisa ser
refrigerado", "Il n'est pas nécessaire de la réfrigérer"), which say out of it. Out of the
refrigerator is not room temperature: a hot car is out of the refrigerator, and a label's room
temperature has a limit. The freezer compartment of a refrigerator ("ngăn đá tủ lạnh") is the
freezer. Word lists of English, Spanish, Portuguese, French and Vietnamese (wordlists.py); a language
without one is not checked. Text comes in NFC and masked (checks.check_message), as the lists are
written.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from . import langtag
from .wordlists import WordLists

FRIDGE, FREEZER, ROOM = "refrigerator", "freezer", "room temperature"
OUT_FRIDGE, OUT_FREEZER = "out of the refrigerator", "out of the freezer"
ORDER = (FRIDGE, FREEZER, ROOM, OUT_FRIDGE, OUT_FREEZER)  # how a message lists them
INSIDE = {OUT_FRIDGE: FRIDGE, OUT_FREEZER: FREEZER}  # out of a place: the place itself
OUT = {inside: out for out, inside in INSIDE.items()}


# A degree with its unit: a sign ("°C", "º C", "℃") or words ("degrees Celsius", "grados
# centígrados", "graus", "degrés"); Celsius may go unsaid after the words ("2 a 8 grados": no
# refrigerator is kept at 2 to 8 °F), Fahrenheit may not
_DEGREES = r"(?:degrees?|grados?|graus?|degrés?)"
_CELSIUS = rf"(?:[°º]\s?C|℃|{_DEGREES}(?:\s(?:Celsius|centígrados?|centigrados?|C)\b)?)"
_FAHRENHEIT = rf"(?:[°º]\s?F|℉|{_DEGREES}\s(?:Fahrenheit|F)\b)"


def _range(number: str, unit: str) -> str:
    """Two temperatures of ``number`` with ``unit`` after the second ("2 a 8 °C", "2 °C – 8 °C")."""
    to = r"\s?(?:[-–—]|to|and|a|y|e|et|à|đến|tới)\s?"
    return rf"(?<![-−.,\d])\+?{number}(?:\s?{unit})?{to}\+?{number}\s?{unit}"


# The refrigerator's temperature range, in any language: both ends within 0-10 °C or 32-50 °F. Read
# apart from the words, where a text holds a degree sign (° or º, the ordinal sign typed for it, or
# ℃) or a word of degrees (_DEGREE_CUES): tried at every digit, it tripled the time of a text that
# names a place
_FRIDGE_RANGE = re.compile("(?i)" + "|".join([_range(r"(?:10|\d(?:[.,]\d)?)", _CELSIUS),
                                              _range(r"(?:50|(?:3[2-9]|4\d)(?:[.,]\d)?)", _FAHRENHEIT)]))
_DEGREE_CUES = ("°", "º", "℃", "℉", "egree", "EGREE", "grad", "GRAD", "grau", "GRAU", "egré", "EGRÉ")
# The words of each place; out of the refrigerator here only in the one word that says it
# ("unrefrigerated"), its "out of" and "not refrigerated" being read after (_named): a phrase that
# starts with "not" or "sin", tried at every word, made a text twice as slow to read
_WORDS: dict[str, dict[str, str]] = {
    "en": {FRIDGE: r"refrigerat\w*|fridges?",
           FREEZER: r"freezers?(?: (?:compartment|section) of (?:the|your|a) (?:refrigerator|fridge))?|"
                    r"freez(?!e[- ]dried)\w*|froze\w*",  # not "freeze-dried" (a powder: "liofilizado")
           ROOM: r"room[ -]temperature",
           OUT_FRIDGE: r"(?:un|non-?)refrigerated"},
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
_PLACES = WordLists((FRIDGE, FREEZER, ROOM, OUT_FRIDGE), _WORDS, whole_words=True, cues=_CUES)

# The nouns of a place a medicine is taken out of (a verb is not: "out of the refrigerated box").
_NOUNS: dict[str, dict[str, str]] = {
    "en": {FRIDGE: r"(?:refrigerators?|refrigeration|fridges?)(?! doors?\b)",  # "away from the fridge door": in it
           FREEZER: r"freezers?(?: (?:compartment|section) of (?:the|your|a) (?:refrigerator|fridge))?"},
    "es": {FRIDGE: r"neveras?|refrigeradora?(?:es|s)?|refrigeración|frigor[ií]ficos?|heladeras?",
           FREEZER: r"congelador(?:es)?(?: (?:de|del) (?:la |el |su )?(?:nevera|refrigerador|frigor[ií]fico|"
                    r"heladera))?|freezers?"},
    "pt": {FRIDGE: r"geladeiras?|refrigerador(?:es)?|refrigeração|frigor[ií]ficos?",
           FREEZER: r"(?:congelador|freezer)(?:es|s)?(?: da (?:sua )?geladeira)?"},
    "fr": {FRIDGE: r"r[ée]frig[ée]rateurs?|r[ée]frig[ée]ration|frigos?|frigidaires?",
           FREEZER: r"cong[ée]lateurs?(?: du (?:r[ée]frig[ée]rateur|frigo))?"},
    "vi": {FRIDGE: r"tủ lạnh|ngăn mát", FREEZER: r"ngăn (?:đá|đông)(?: (?:của )?tủ lạnh)?|tủ đông"},
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
# A "not" said to the freezer, up to its word: the negation ("no", "sin", "ne … pas", "không") with
# the little words it carries to its verb ("No la", "Ne les", "must not be", "No deje que se"), and,
# up to its noun only (group "put"), "in" or a verb of putting in ("Do not put it in the", "No la
# guarde en el", "Ne la mettez pas au", "Không được để trong"). A "not" of another verb is not ("No la
# use si se ha congelado"), nor one a comma stands between. The freezer is named to keep a medicine
# out of it; the refrigerator to keep it in, and a "not" said to it ("Do not refrigerate", "No guarde
# las jeringas en el refrigerador") is the negation check's, but for the words that say it stays out
# ("unrefrigerated", "sin refrigeración": _STAYS_OUT). A "not" of need is one ("No hace falta guardarla
# en el refrigerador", "does not need to be kept in the refrigerator").
_NOT: dict[str, str] = {
    "en": r"(?:\b(?:not|never|nor|without|avoid(?:ing)?|(?:protect|keep)(?: it| them)? from|no need to)|n['’]t|"
          r"\bnot(?: [^\s.,;:!?()]+){1,5}? or)"
          r"(?: (?:be|been|get|ever|let (?:it|them)|allow (?:it|them) to|(?:need|needs|have|has) to))*"
          rf"(?P<put>(?: (?:put|plac|stor|keep|kept|leav|left)\w*{_WORDS_BETWEEN})? in(?:to|side)?"
          r"(?: the| your| a| its)?)? ",
    "es": r"\b(?:no|nunca|jamás|sin|ni|evit\w*|prot[eé][gj]\w*(?: del?| contra))"
          r"(?: (?:l[oa]s?|les?|se|el|debe|deben|puede|pueden|deje|dejar|permita|permitir|que|hace falta|"
          r"es necesario|es preciso|necesitan?))*"
          rf"(?P<put>(?: (?:pon|coloc|coloqu|guard|dej|met|conserv|almacen)\w*{_WORDS_BETWEEN})?"
          r" en(?: el| la| su| un)?)? ",
    "pt": r"\b(?:não|nunca|jamais|sem|nem|evit\w*|prot[eé][gj]\w*(?: d[oa]| contra))"
          r"(?: (?:[ao]s?|se|deve|devem|pode|podem|deixe|deixar|permita|permitir|que|ser|ficar|é preciso|"
          r"é necessário|precisam?|necessitam?|de))*"
          rf"(?P<put>(?: (?:coloc|coloqu|guard|deix|ponh|p[ôo]r|armazen|conserv|bot)\w*(?:-(?:[ao]s?|l[ao]s?))?"
          rf"{_WORDS_BETWEEN})? (?:n[oa]|em|dentro d[oa]))? ",
    "fr": r"\b(?:ne|sans|ni|jamais|pas|non|[ée]vit\w*(?: de)?|prot[ée]g\w*(?: du| contre))"
          r"(?: (?:l[ae]s?|se|pas|jamais|doit|doivent|peut|peuvent|être|laissez|laisser|faut|de|nécessaire|"
          r"besoin|utile))*"
          rf"(?P<put>(?: (?:mett|mis|plac|rang|conserv|stock|gard|laiss)\w*(?:-(?:la|le|les))?{_WORDS_BETWEEN})?"
          r" (?:au|dans(?: le| un| votre| son)?))? ",
    "vi": r"(?:không|đừng|chớ|tránh|cấm)(?: (?:được|nên|để|cho|làm|bị|hề))*"
          r"(?P<put>(?: (?:để|cất|giữ|bảo quản)(?: \S+){0,3}?)? (?:trong|vào))? ",
}
# A "not" of need before the refrigerator's verb or noun: "It does not need to be refrigerated", "no
# need to refrigerate", "No hace falta refrigerarla", "No es necesario", "No necesita refrigeración",
# "Não é preciso refrigerar", "Não precisa ser refrigerado", "Il n'est pas nécessaire de la réfrigérer",
# "Pas besoin de": what may stay out of the refrigerator is out of it, as "Do not refrigerate" is
# (a translation may say one for the other; "Keep it in the refrigerator" is neither)
_NO_NEED = {
    "en": r"(?:(?:not|\w+n[’']t) (?:need|needs|needed|have|has|had) to|no need to|need not|needn[’']t|"
          r"(?:not|\w+n[’']t) (?:required|necessary) to)(?: be)?|(?:not|\w+n[’']t) (?:need|needs|require|requires)",
    "es": r"(?:no|nunca)(?: (?:l[oa]s?|se|le|les))? (?:hace falta|es necesario|es preciso|es obligatorio|"
          r"necesitan?|precisan?|requieren?|hay necesidad de)(?: (?:de|que|se|l[oa]s?|estar|ser))*",
    "pt": r"(?:não|nunca)(?: (?:[ao]s?|se))? (?:é preciso|é necessário|é obrigatório|precisam?|necessitam?|"
          r"requerem?|exigem?|há necessidade de)(?: (?:de|que|se|[ao]s?|ser|estar|ficar))*",
    "fr": r"(?:n[’']est pas (?:nécessaire|utile|obligatoire)|(?:n[’'](?:avez|a|ont) )?pas besoin|"
          r"ne (?:nécessite|demande|exige|requiert)(?:nt)? pas)(?: (?:de|d[’']être|de l[ae]s?|d[’']))*",
}
# The refrigerator's words that say a medicine stays out of it, with their "not" ("not refrigerated",
# "sin refrigeración"), and its verb after a "not" ("Do not refrigerate", "No la refrigere", "Ne pas
# réfrigérer"), or to be avoided ("Avoid refrigerating it", "Evite refrigerarla", "Évitez de la
# réfrigérer"): out of it on both sides, whichever a translation says it with ("sin refrigerar")
_STAYS_OUT = {
    "en": r"(?:not|without)(?: being)? refrigerat(?:ed|ion)|(?:not|never|cannot|\w+n[’']t)(?: be)? refrigerated?|"
          rf"(?:{_NO_NEED['en']}) refrigerat(?:e|ed|ing|ion)\b|avoid(?:ing)?(?: being)? refrigerat(?:e|ed|ing|ion)\b",
    "es": r"sin refrigera(?:r|ción)|sin refrigerad[oa]s?|"
          r"(?:no|nunca)(?: (?:l[oa]s?|se|debe|deben|puede|pueden|hay que))* refriger(?!ación)\w*|"
          rf"(?:{_NO_NEED['es']}) refriger\w*|evit\w*(?: (?:l[oa]s?|se|que|de))* refriger\w*",
    "pt": r"sem refrigera(?:r|ção)|sem refrigerad[oa]s?|"
          r"(?:não|nunca)(?: (?:[ao]s?|se|deve|devem|pode|podem|puder|puderem))* refriger(?!ação)\w*|"
          rf"(?:{_NO_NEED['pt']}) refriger\w*|evit\w*(?: (?:[ao]s?|se|de|que))* refriger\w*",
    "fr": r"(?:non|sans) r[ée]frig[ée]r(?:ée?s?|ation)|"
          r"ne(?: (?:pas|pouvez pas|peut pas|doit pas|faut pas))?(?: l[ae]s?)? r[ée]frig[ée]r(?!ation|ateur)\w*|"
          rf"(?:{_NO_NEED['fr']}) r[ée]frig[ée]r(?!ateur)\w*|"
          r"[ée]vit\w*(?: (?:de|d[’']|l[ae]s?))* r[ée]frig[ée]r(?!ateur)\w*",
}
_NEAR = 32  # the most characters its "not" takes ("without being ", "n'est pas nécessaire de la ")
# Lower-case pieces of which each "out of" holds one, and each "not": a text with a place and none
# of them is read as before (most that name a place keep it in that place)
_OUT_CUES = {
    "en": ("out of", "outside", "away from", "remov", "tak", "took"),
    "es": ("fuera", "lejos", "saq", "sáq", "sac", "retir"),
    "pt": ("fora", "longe", "tir", "remov"),
    "fr": ("hors", "loin", "sort", "retir"),
    "vi": ("ra khỏi", "ngoài"),
}
_NOT_CUES = {
    "en": ("not", "n't", "n’t", "never", "nor", "without", "avoid", "from", "no need"),
    "es": ("no", "nunca", "jamás", "sin", "ni", "evit", "prot"),
    "pt": ("não", "nunca", "jamais", "sem", "nem", "evit", "prot"),
    "fr": ("ne", "sans", "ni", "jamais", "pas", "non", "évit", "evit", "prot"),
    "vi": ("không", "đừng", "chớ", "tránh", "cấm"),
}
_REACH = 80  # the most characters an "out of" takes before its noun ("Remove the prefilled syringe from the ")
_CLAUSE_END = re.compile(r"[.,;:!?()\n]")


class _Out(NamedTuple):
    """A language's words of keeping a medicine out of a place, each ending where the place's word
    starts (kept by tag: every entry asks)."""

    out_of: re.Pattern[str]  # "fuera del", "Sortez-la du"
    negated: re.Pattern[str]  # "No la", "Do not put it in the": the freezer's
    stays_out: re.Pattern[str] | None  # "not refrigerated", "sin refrigeración": the refrigerator's
    nouns: dict[str, re.Pattern[str]]  # the nouns of each place (with what may not follow them)
    out_cues: tuple[str, ...]  # the pieces of the words of "out of"
    not_cues: tuple[str, ...]  # and of "not"


def places(text: str, lang: str) -> frozenset[str] | None:
    """The storage places ``text`` names (None: no word list for ``lang``). "Out of" a place is looked
    for only in a text that names it and holds a word that may take it out ("fuera", "sort", "no")
    (_named)."""
    named = _PLACES.matches(text, lang)
    if named is None:
        return None
    for cue in _DEGREE_CUES:  # (most hold none; a loop: any() of a generator takes twice as long)
        if cue in text:
            named = _with_ranges(text, named)
            break
    if not named:
        return frozenset()
    found = frozenset([place for place, _ in named])
    if found.isdisjoint(OUT):
        return found
    return frozenset([place for place, _start, _end in _named(text, lang, named)])


def _with_ranges(text: str, named: list[tuple[str, re.Match[str]]]) -> list[tuple[str, re.Match[str]]]:
    """``named`` (each place ``text`` names with its words, as the word lists read them) with the
    refrigerator's temperature ranges, in the text's order."""
    ranges = [(FRIDGE, m) for m in _FRIDGE_RANGE.finditer(text)]
    return sorted([*named, *ranges], key=lambda place: place[1].start()) if ranges else named


@cache
def _taking_out(lang: str) -> _Out:
    """``lang``'s words of keeping a medicine out of a place (kept by tag: every entry asks)."""
    primary = langtag.primary(lang)
    stays_out = _STAYS_OUT.get(primary)
    return _Out(re.compile(rf"(?i)\b(?:{_OUT[primary]})\Z"), re.compile(rf"(?i)(?:{_NOT[primary]})\Z"),
                re.compile(rf"(?i)\b(?:{stays_out})\Z") if stays_out else None,
                {place: re.compile(f"(?i){words}") for place, words in _NOUNS[primary].items()},
                _OUT_CUES[primary], _NOT_CUES[primary])


def _named(text: str, lang: str, named: list[tuple[str, re.Match[str]]]) -> list[tuple[str, int, int]]:
    """(place, start, end) of each place ``text`` names (``named``: as the word lists read it), in its
    order; a place's noun with words of "out of" right before it ("fuera del refrigerador"), the
    freezer's word with a "not" said to it ("No la congele"), and the refrigerator's that says it stays
    out ("sin refrigerar") are out of that place, from those words on."""
    read = []
    words, lowered = _taking_out(lang), text.lower()
    out_of = any(cue in lowered for cue in words.out_cues)  # (most that name a place keep it there)
    negated = any(cue in lowered for cue in words.not_cues)
    for place, m in named:
        start = m.start()
        if place in OUT and (out_of or negated) and m[0][:1].isalpha():  # (not a temperature)
            noun = words.nouns[place].match(text, start)
            is_noun = bool(noun and noun.end() == m.end())
            lo = max(0, start - _REACH)  # (\b sees the letter before)
            taken = words.out_of.search(text, lo, start) if is_noun and out_of else None
            if not taken and negated and (place == FREEZER or is_noun):  # in its clause: not across a comma
                ends = [end.end() for end in _CLAUSE_END.finditer(text, 0, start)]
                taken = words.negated.search(text, max(lo, ends[-1] if ends else 0), start)
                # the refrigerator's noun only with a verb of putting in ("Do not store it in the refrigerator")
                taken = taken if taken and (is_noun or not taken["put"]) and (place == FREEZER or taken["put"]) \
                    else None
            if not taken and negated and place == FRIDGE and words.stays_out:
                taken = words.stays_out.search(text, max(0, start - _NEAR), m.end())
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


def freezer_as_one(found: frozenset[str]) -> frozenset[str]:
    """``found`` with out of the freezer read as the freezer: what a translation leaves out or adds,
    once turned_round has found neither said for the other."""
    return frozenset([FREEZER if place == OUT_FREEZER else place for place in found])


def said_as(text: str, lang: str, place: str) -> str:
    """The words of ``text`` that first name ``place`` with up to four words of their clause before
    them ("the syringes in the refrigerator"), for a message; "" where it names none."""
    for named, start, end in _named(text, lang, _with_ranges(text, _PLACES.matches(text, lang) or [])):
        if named == place:
            return " ".join([*_CLAUSE_END.split(text[:start])[-1].split()[-4:], text[start:end]])
    return ""
