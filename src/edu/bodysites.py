"""QA: the body site a shot is given in, which a translation may not change, an error: "Inject into
the thigh or belly" is never "Inyecte en el brazo o el vientre" (the arm), and the patient injects
where the handout does not say.

Four sites, each by its words: the thigh ("thigh", "muslo", "coxa", "cuisse", "đùi"), the belly
("belly", "abdomen", "belly button", "vientre", "barriga", "panza", "ombligo", "ventre", "nombril",
"bụng", "rốn"), the arm ("upper arm", "your arm", "del brazo", "do braço", "du bras", "cánh tay": an
arm said whose or which; "each arm" and "the placebo arm" of a trial are read loosely, see below)
and the buttock ("buttocks", "nalgas", "glúteos", "nádegas", "fesses", "mông"). The sets of sites
are compared: the same sites in other words and in another order pass ("the back of your upper arm"
as "la parte de atrás del brazo, arriba del codo"), a site said as another is reported, and so are
one left out and one added where the source names a site (a translator may name a site where the
source names none, as for an organ).

A word that names a site only sometimes ("stomach": an "upset stomach" is no shot site; "abdominal",
"intra-abdominal", "bottom", "trasero", "estômago", "estomac", "dạ dày"; an arm said otherwise) is
read on the other side only: it may stand for a site the other side names ("Inject it into your
thigh or stomach area" as "en el muslo o el abdomen", and "belly pain" as "dolor de estómago",
pass), never makes a site missing. So is a site's word in a symptom ("belly pain", "stomach ache",
"dolor de barriga", "dor na barriga", "mal au ventre", "đau bụng"; "pain in your arm", "swelling in
your thigh", "your arm hurts", "hinchazón en el brazo", "dor no braço", "douleur au bras", "sưng đùi"):
"Belly pain" may be "Cólicos", "swelling in your arm" "se le hincha la extremidad". The limb of a
symptom is compared, the arm with the leg (the thigh is the leg's: "swelling in your thigh" may be
"hinchazón en la pierna"; "leg", "pierna", "perna", "jambe", "chân" are read in a symptom only): a
symptom the source puts in one and the translation in the other alone is reported ("swelling in your
arm" as "hinchazón en la pierna"), a limb said in other words ("el miembro") or left out is not; so are
the hand and the foot, read in a symptom only and never in an idiom ("a pie", "em pé": sitehands.py).
Vietnamese "tay" (the hand or the arm) is read loosely, and not at all where it is the hand ("rửa
tay", wash your hands; "bàn tay", "ngón tay"). Where the two sides name the same sites, which side
(left or right, outer or inner, front or back: a side said as the other, or as a side of another
pair the source says nothing of) and a shot kept away from the belly button are compared
(sitesides.py). Word lists of English, Spanish, Portuguese,
French and Vietnamese (wordlists.py); a language without one is not checked. Most entries hold none
of the cues and are passed unread; the translation is read only where the source names a site.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import NamedTuple

from . import langtag, opposites, sitehands, sitesides
from .findings import Context, Finding, counted, finding
from .prose import MASK, mask
from .wordlists import WordLists

THIGH, BELLY, ARM, BUTTOCK = "thigh", "belly", "arm", "buttock"
ORDER = (THIGH, BELLY, ARM, BUTTOCK)  # how a message lists them
_LOOSE = {site: f"{site} (loosely)" for site in ORDER}  # a word that may name the site, read on the other side only
# The limbs a symptom is in ("swelling in your arm" is never "hinchazón en la pierna"): the thigh is the leg's
LEG, HAND, FOOT = "leg", sitehands.HAND, sitehands.FOOT  # (the hand and the foot: sitehands.py)
LIMB_OPPOSITE = opposites.pairs((ARM, LEG), (HAND, FOOT))
_LIMB = {THIGH: LEG, ARM: ARM, LEG: LEG}
_SYMPTOM_ONLY = {LEG: LEG, HAND: HAND, FOOT: FOOT}  # read in a symptom only

# An arm of a trial ("deaths in each arm", "the placebo arm", "el brazo de tratamiento") is no site: the
# arm is a site only after a word that says whose or which ("your arm", "del brazo", "du bras"), and
# not before a word of a trial; elsewhere it is read loosely
_NO_TRIAL = {
    "en": r"(?!\s+(?:counts?|of\s+the\s+(?:trial|study)))",
    "es": r"(?!\s+(?:de\s+(?:tratamiento|control|estudio|placebo)|del\s+estudio|placebo|control|activo|experimental))",
    "pt": r"(?!\s+(?:de\s+(?:tratamento|controle|estudo|placebo)|do\s+estudo|placebo|controle|ativo|experimental))",
    "fr": r"(?!\s+(?:de\s+(?:traitement|contrôle|placebo)|de\s+l[’']étude|placebo|contrôle|actif|expérimental))",
}
_WORDS: dict[str, dict[str, str]] = {
    "en": {THIGH: r"thighs?", BELLY: r"bell(?:y|ies)|abdom(?:en|ens)|tumm(?:y|ies)|navel",
           ARM: rf"(?:upper|your|the|my|his|her|their|left|right|either|other|same|one)\s+arms?{_NO_TRIAL['en']}",
           BUTTOCK: r"buttocks?|glute(?:us|s)?",
           _LOOSE[THIGH]: r"upper\s+legs?", _LOOSE[BELLY]: r"stomachs?|abdominal", _LOOSE[ARM]: r"arms?",
           _LOOSE[BUTTOCK]: r"gluteal|bottom|backside|rear\s+end|butt", LEG: r"legs?"},
    "es": {THIGH: r"muslos?", BELLY: r"abdomen|vientres?|barrigas?|panzas?|ombligos?",
           ARM: rf"(?:del|el|los|su|sus|al|un|otro|mismo)\s+brazos?{_NO_TRIAL['es']}",
           BUTTOCK: r"nalgas?|gl[uú]te(?:o|os|a|as)",
           _LOOSE[BELLY]: r"est[oó]magos?|estomacal(?:es)?|tripas?|abdominal(?:es)?", _LOOSE[ARM]: r"brazos?",
           _LOOSE[BUTTOCK]: r"traseros?|pompis|sentaderas", LEG: r"piernas?"},
    "pt": {THIGH: r"coxas?", BELLY: r"abd[oôó]men|abdome|barrigas?|ventres?|umbigos?",
           ARM: rf"(?:do|o|os|dos|seu|seus|no|nos|ao|um|outro|mesmo)\s+braços?{_NO_TRIAL['pt']}",
           BUTTOCK: r"nádegas?|gl[uú]te(?:o|os|a|as)",
           _LOOSE[BELLY]: r"est[oô]magos?|estomacal|pança|abdominal|abdominais", _LOOSE[ARM]: r"braços?",
           _LOOSE[BUTTOCK]: r"bumbum|bunda|traseiro", LEG: r"pernas?"},
    "fr": {THIGH: r"cuisses?", BELLY: r"abdomen|ventres?|nombril",
           ARM: rf"(?:du|le|les|des|votre|vos|au|aux|un|l[’']autre|même)\s+bras{_NO_TRIAL['fr']}",
           BUTTOCK: r"fesses?|fessi(?:er|ers|ère|ères)",
           _LOOSE[BELLY]: r"estomac|bide|abdominal(?:e|es)?|abdominaux", _LOOSE[ARM]: r"bras",
           _LOOSE[BUTTOCK]: r"derrière", LEG: r"jambes?"},
    "vi": {THIGH: r"đùi", BELLY: r"bụng(?! đói)|rốn", ARM: r"cánh tay|bắp tay", BUTTOCK: r"mông",
           _LOOSE[BELLY]: r"dạ dày", _LOOSE[ARM]: r"tay", LEG: r"chân"},
}
# A site's word in a symptom ("belly pain", "dolor de barriga", "mal au ventre", "đau bụng") names no shot's
# site: it is read loosely, as "stomach" is. The words of pain before the site's (ending where it starts) or
# after it (starting where it ends), read only beside a site's word
_PAIN_BEFORE = {
    "en": r"(?:pains?|aches?|cramps?|discomfort|swelling|redness|bruising|bruises?|itching|numbness|tingling|rash)"
          r"\s+(?:in|on|of)\s+(?:(?:the|your|his|her|their|one)\s+)?$|(?:sore|upset|swollen|painful|numb)\s+$",
    "es": r"(?:dolor(?:es)?|malestar|molestias?|c[oó]licos?|retortijones|calambres?|hinchazón|inflamación"
          r"|enrojecimiento|hormigueo|entumecimiento|moretones?|picazón|comezón)\s+(?:(?:de|en)\s+"
          r"(?:(?:el|la|los|las|su|sus|un|una)\s+)?)?$"
          r"|(?:duele|dolía|duelen|hincha|hinchó)\s+(?:(?:el|la|los|las)\s+)?$",
    "pt": r"(?:dor(?:es)?|desconforto|mal-estar|c[oó]licas?|inchaço|inchação|vermelhidão|formigamento|dormência"
          r"|hematomas?|coceira)\s+(?:(?:de|da|do|das|dos|na|no|nas|nos|em)\s+"
          r"(?:(?:a|o|as|os|sua|seu|suas|seus|um|uma)\s+)?)?$"
          r"|(?:dói|doía|doem|incha|inchou)\s+(?:(?:a|o|as|os)\s+)?$",
    "fr": r"(?:mal|maux)\s+(?:(?:au|aux|à\s+la|à\s+l[’']|de)\s*)?$"
          r"|(?:douleurs?|crampes?|gêne|gonflement|enflure|rougeurs?|engourdissement|fourmillements?|bleus?"
          r"|démangeaisons?)\s+(?:(?:au|aux|du|des|dans\s+(?:le|la|les)|à\s+la|à\s+l[’']|de\s+l[’']|de\s+la"
          r"|sur\s+(?:le|la))\s*)?$",
    "vi": r"(?:đau|khó chịu|chướng|đầy|sôi|sưng|tê|bầm|ngứa|mỏi)\s+$",
}
_PAIN_AFTER = {"en": r"[\s-]*(?:pains?|aches?|cramps?|cramping|upset|discomfort|swelling|hurts?|hurting"
                     r"|(?:is|are|feels?|gets?)\s+(?:sore|swollen|numb|painful|red))\b",
               "es": r"\s+(?:(?:está|están|esté|estén|se\s+ve|se\s+ven)\s+)?"
                     r"(?:hinchad|inflamad|adolorid|dolorid|enrojecid|entumecid)[oa]s?\b",
               "pt": r"\s+(?:(?:está|estão|estiver|estiverem|fica|ficam|ficar|ficarem)\s+)?"
                     r"(?:inchad|inflamad|dolorid|avermelhad)[oa]s?\b|\s+dormentes?\b",
               "fr": r"\s+(?:(?:est|sont|devient|deviennent)\s+)?"
                     r"(?:enflée?s?|gonflée?s?|douloureu(?:x|se|ses)|engourdie?s?|rouges?)\b",
               "vi": r"\s+(?:đau|khó chịu|sưng|tê|bầm)\b"}
_IN_PAIN = {lang: (re.compile(before, re.I), re.compile(_PAIN_AFTER.get(lang, "(?!)"), re.I))
            for lang, before in _PAIN_BEFORE.items()}
# Lower-case pieces of which each word of pain holds one: a text that names a site seldom holds one
_PAIN_CUES = {
    "en": ("pain", "ache", "cramp", "sore", "upset", "discomfort", "swell", "swollen", "red", "bruis", "itch", "numb",
           "tingl", "rash", "hurt"),
    "es": ("dolor", "malestar", "molestia", "cólico", "colico", "retortijon", "calambre", "duele", "dolía", "duelen",
           "hinch", "inflama", "enrojec", "hormigueo", "entumec", "moret", "picazón", "comezón"),
    "pt": ("dor", "desconforto", "mal-estar", "cólica", "colica", "dói", "doía", "doem", "inch", "vermelh",
           "formiga", "dormência", "hematoma", "coceira", "dolorid", "inflama"),
    "fr": ("mal", "maux", "douleur", "crampe", "gêne", "gonfl", "enfl", "rouge", "engourdi", "fourmille", "bleu",
           "démange", "doulour"),
    "vi": ("đau", "khó chịu", "chướng", "đầy", "sôi", "sưng", "tê", "bầm", "ngứa", "mỏi"),
}
# Vietnamese "tay" is the hand as well as the arm: the hand said as one ("rửa tay", wash your hands; "bàn tay",
# "ngón tay", "cổ tay", "găng tay") is no site at all, not even loosely
_NO_SITE = "no site"
_NONE = {"vi": r"(?:rửa|lau)\s+(?:sạch\s+)?(?:hai\s+)?(?:bàn\s+)?tay|(?:bàn|ngón|cổ|găng|đôi|bằng)\s+tay"}
_READ = {lang: {**words, **({_NO_SITE: _NONE[lang]} if lang in _NONE else {})} for lang, words in _WORDS.items()}
# Lower-case pieces of which each word above holds one: most entries hold none and are passed unread
_CUES = {
    "en": ("thigh", "bell", "abdom", "tumm", "navel", "arm", "butt", "glute", "upper leg", "stomach", "bottom",
           "backside", "rear", "leg"),
    "es": ("muslo", "abdom", "vientre", "barriga", "panza", "ombligo", "brazo", "nalga", "glúte", "glute", "estóm",
           "estom", "tripa", "traser", "pompis", "sentadera", "pierna"),
    "pt": ("coxa", "abdom", "abdôm", "abdóm", "barriga", "ventre", "umbigo", "braço", "nádega", "glúte", "glute",
           "estôm", "estom", "pança", "bumbum", "bunda", "traseiro", "perna"),
    "fr": ("cuisse", "abdom", "ventre", "nombril", "bras", "fess", "estomac", "bide", "derrière", "jambe"),
    "vi": ("đùi", "bụng", "rốn", "tay", "mông", "dạ dày", "chân"),
}
_SITES = WordLists((_NO_SITE, *ORDER, *_LOOSE.values(), LEG), _READ, whole_words=True, cues=_CUES)
_SITE_OF = {**{site: site for site in ORDER}, **{loose: site for site, loose in _LOOSE.items()}}
_LIMB_OF = {thing: _LIMB[site] for thing, site in _SITE_OF.items() if site in _LIMB} | _SYMPTOM_ONLY


def sites(text: str, lang: str) -> frozenset[str] | None:
    """The sites ``text`` names, by words that always name them (None: no word list for ``lang``): the
    sure sites of the reading check_site compares."""
    read = _read(text, lang)
    return None if read is None else frozenset(read.sure)


class _Reading(NamedTuple):
    sure: dict[str, list[str]]  # the sites a text names surely, each with its words
    loose: dict[str, list[str]]  # those it may name (the sure ones too)
    places: list[tuple[int, int]]  # where its words of a site stand
    limbs: dict[str, list[str]]  # the limbs of its symptoms, each with the symptom's words


_NONE_READ = _Reading({}, {}, [], {})  # a text that names no site (never changed)


def _read(text: str, lang: str) -> _Reading | None:
    """The sites ``text`` names surely and those it may name, each with its words."""
    found = _SITES.matches(text, lang)
    if found is None:
        return None
    hands = sitehands.matches(text, lang)  # (most texts: none, by a quick look)
    pain = _in_pain(text, lang) if found or hands else None
    if hands and pain:  # a hand or a foot is read in a symptom only
        found = sorted([*found, *hands], key=lambda named: named[1].start())
    if not found:
        return _NONE_READ
    read = _Reading({}, {}, [], {})
    last: tuple[int, int] | None = None  # where the last symptom that ends with its site's word starts and ends
    for thing, match in found:
        if thing == _NO_SITE:
            continue
        symptom = _symptom(text, match, pain, last) if pain else None
        last = symptom if symptom and symptom[1] == match.end() else None  # not "belly pain" in "… and thigh"
        if symptom and thing in _LIMB_OF:
            read.limbs.setdefault(_LIMB_OF[thing], []).append(text[symptom[0]:symptom[1]])
        if thing in _SYMPTOM_ONLY:
            continue
        if thing in ORDER and not symptom:
            read.sure.setdefault(thing, []).append(match[0])
        read.loose.setdefault(_SITE_OF[thing], []).append(match[0])
        read.places.append(match.span())
    return read


def _symptom(text: str, match: re.Match[str], pain: tuple[re.Pattern[str], re.Pattern[str]],
             last: tuple[int, int] | None) -> tuple[int, int] | None:
    """Where the symptom a site's (or a limb's) word is in stands ("swelling in your arm", "arm pain"),
    if it is in one; ``last``: the symptom that ends with the word before ("pain in your arm"), which an
    "or" or "and" carries on to this one ("pain in your arm or leg")."""
    if last and _AND_NEXT.fullmatch(text, last[1], match.start()):
        return last[0], match.end()
    before = pain[0].search(text, max(0, match.start() - 40), match.start())
    if before:
        return before.start(), match.end()
    after = pain[1].match(text, match.end())
    return (match.start(), after.end()) if after else None


# Between two limbs of one symptom: "or", "and", a comma ("pain in your arm or leg", "dolor en el brazo o la pierna")
_AND_NEXT = re.compile(r"(?i)\s*(?:,\s*)?(?:\b(?:or|and|y|e|o|u|ou|et|ni|nem|và|hoặc|hay)\b)?\s*"
                       r"(?:\b(?:the|your|el|la|los|las|su|sus|a|o|as|os|seu|sua|le|les|votre|vos)\s+)?")


_CONFIRM = "if the translation says it in other words, a reviewer confirms them with edu-ok:site"
_ADVICE = f"keep where the shot is given (the thigh is not the arm, the belly is not the buttock); {_CONFIRM}"


def _in_pain(text: str, lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """``lang``'s words of pain before a site's and after it, where ``text`` may hold one."""
    primary = langtag.primary(lang)
    lowered = text.lower()
    return _IN_PAIN[primary] if any(cue in lowered for cue in _PAIN_CUES.get(primary, ())) else None


def check_site(src: str, tr: str, ctx: Context) -> list[Finding]:
    """The sites the source gives a shot in are the translation's: "Inject into the thigh or belly" is
    never "Inyecte en el brazo o el vientre", nor is a site left out or added where the source names one;
    nor is the left thigh the right one, nor a shot kept away from the belly button given near it."""
    if src == tr:
        return []
    source = mask(src)
    said = _read(source, ctx.source_lang)
    if said is None or not (said.loose or said.limbs):
        return []
    translation = mask(tr)
    put = _read(translation, ctx.lang)
    if put is None:
        return []
    lost = [site for site in ORDER if site in said.sure and site not in put.loose]
    added = [site for site in ORDER if site in put.sure and site not in said.loose] if said.loose else []
    if not lost and not added:
        return _limb(said, put) or _where(source, said, translation, put, ctx)
    if not lost:
        return [finding("site", f"body site {_named(added, put.sure)} in the translation "
                        f"{'are' if len(added) > 1 else 'is'} not in the source (which names "
                        f"{_named(list(said.loose), said.loose)}); {_ADVICE}")]
    found = f" (found {_named(added, put.sure)})" if added else ""
    return [finding("site", f"body site {_named(lost, said.sure)} in the source {'are' if len(lost) > 1 else 'is'} "
                    f"missing from the translation{found}; {_ADVICE}")]


def _limb(said: _Reading, put: _Reading) -> list[Finding]:
    """A symptom's limb said as the other ("swelling in your arm" as "hinchazón en la pierna"); a limb
    said in other words ("la extremidad") or left out is not compared."""
    limb = opposites.turned(LIMB_OPPOSITE, said.limbs, put.limbs)
    if limb is None:
        return []
    other = LIMB_OPPOSITE[limb]
    return [finding("site", f"the source says a symptom in the {limb} ({_quoted(said.limbs[limb][0])}) and the "
                    f"translation in the {other} ({_quoted(put.limbs[other][0])}); keep where the symptom is; "
                    f"{_CONFIRM}")]


# The back of the upper arm, where a shot in the arm is given, is its outer side too: leaflets say either
# ("parte posterior" or "parte externa del brazo", "mặt sau" or "mặt ngoài cánh tay"), so for the arm one
# said as the other is no error (for the thigh it is: the back of the thigh is no site)
_ARM_SITE = {sitesides.BACK, sitesides.OUTER}


def _where(source: str, said: _Reading, translation: str, put: _Reading, ctx: Context) -> list[Finding]:
    """Where on the same sites: the side (the left thigh is not the right) and the belly button (a shot
    kept away from it is not given near it); see sitesides.py."""
    this = sitesides.sides(source, ctx.source_lang, said.places)
    that = sitesides.sides(translation, ctx.lang, put.places) if this else {}
    side = opposites.turned(sitesides.OPPOSITE, this, that)
    sides = (side, sitesides.OPPOSITE[side]) if side else opposites.crossed(sitesides.OPPOSITE, this, that)
    if sides is not None and not (side is None and ARM in said.loose and set(sides) == _ARM_SITE):
        side, other = sides
        return [finding("site", f"the source gives the shot on the {side} side ({_quoted(this[side])}) and the "
                        f"translation on the {other} ({_quoted(that[other])}); keep the side; {_CONFIRM}")]
    kept = sitesides.away(source, ctx.source_lang) if BELLY in said.loose else None
    close = sitesides.near(translation, ctx.lang) if kept else None
    if close is None or kept is None:
        return []
    return [finding("site", f"the source keeps the shot away from the belly button ({_quoted(kept)}) and the "
                    f"translation puts it at or near it ({_quoted(close)}); keep it away; {_CONFIRM}")]


def _named(named: list[str], words: dict[str, list[str]]) -> str:
    """Sites as a message names them, each with the words that say it: 'thigh: "muslo"'."""
    order = sorted(named, key=ORDER.index)
    return counted(Counter(f"{site}: {', '.join(_quoted(w) for w in dict.fromkeys(words[site]))}" for site in order))


def _quoted(words: str) -> str:
    return '"' + " ".join(words.split()).replace(MASK, "{…}") + '"'
