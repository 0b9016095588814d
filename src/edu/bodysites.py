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
pass), never makes a site missing. Which side of a site (the outer thigh, left or right, 2 inches
from the belly button) is not compared. Word lists of English, Spanish, Portuguese, French and
Vietnamese (wordlists.py); a language without one is not checked. Most entries hold none of the cues
and are passed unread; the translation is read only where the source names a site.
"""

from __future__ import annotations

from collections import Counter

from .findings import Context, Finding, counted, finding
from .prose import MASK, mask
from .wordlists import WordLists

THIGH, BELLY, ARM, BUTTOCK = "thigh", "belly", "arm", "buttock"
ORDER = (THIGH, BELLY, ARM, BUTTOCK)  # how a message lists them
_LOOSE = {site: f"{site} (loosely)" for site in ORDER}  # a word that may name the site, read on the other side only

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
           _LOOSE[BUTTOCK]: r"gluteal|bottom|backside|rear\s+end|butt"},
    "es": {THIGH: r"muslos?", BELLY: r"abdomen|vientres?|barrigas?|panzas?|ombligos?",
           ARM: rf"(?:del|el|los|su|sus|al|un|otro|mismo)\s+brazos?{_NO_TRIAL['es']}",
           BUTTOCK: r"nalgas?|gl[uú]te(?:o|os|a|as)",
           _LOOSE[BELLY]: r"est[oó]magos?|estomacal(?:es)?|tripas?|abdominal(?:es)?", _LOOSE[ARM]: r"brazos?",
           _LOOSE[BUTTOCK]: r"traseros?|pompis|sentaderas"},
    "pt": {THIGH: r"coxas?", BELLY: r"abd[oôó]men|abdome|barrigas?|ventres?|umbigos?",
           ARM: rf"(?:do|o|os|dos|seu|seus|no|nos|ao|um|outro|mesmo)\s+braços?{_NO_TRIAL['pt']}",
           BUTTOCK: r"nádegas?|gl[uú]te(?:o|os|a|as)",
           _LOOSE[BELLY]: r"est[oô]magos?|estomacal|pança|abdominal|abdominais", _LOOSE[ARM]: r"braços?",
           _LOOSE[BUTTOCK]: r"bumbum|bunda|traseiro"},
    "fr": {THIGH: r"cuisses?", BELLY: r"abdomen|ventres?|nombril",
           ARM: rf"(?:du|le|les|des|votre|vos|au|aux|un|l[’']autre|même)\s+bras{_NO_TRIAL['fr']}",
           BUTTOCK: r"fesses?|fessi(?:er|ers|ère|ères)",
           _LOOSE[BELLY]: r"estomac|bide|abdominal(?:e|es)?|abdominaux", _LOOSE[ARM]: r"bras",
           _LOOSE[BUTTOCK]: r"derrière"},
    "vi": {THIGH: r"đùi", BELLY: r"bụng(?! đói)|rốn", ARM: r"cánh tay|bắp tay", BUTTOCK: r"mông",
           _LOOSE[BELLY]: r"dạ dày", _LOOSE[ARM]: r"tay"},
}
# Lower-case pieces of which each word above holds one: most entries hold none and are passed unread
_CUES = {
    "en": ("thigh", "bell", "abdom", "tumm", "navel", "arm", "butt", "glute", "upper leg", "stomach", "bottom",
           "backside", "rear"),
    "es": ("muslo", "abdom", "vientre", "barriga", "panza", "ombligo", "brazo", "nalga", "glúte", "glute", "estóm",
           "estom", "tripa", "traser", "pompis", "sentadera"),
    "pt": ("coxa", "abdom", "abdôm", "abdóm", "barriga", "ventre", "umbigo", "braço", "nádega", "glúte", "glute",
           "estôm", "estom", "pança", "bumbum", "bunda", "traseiro"),
    "fr": ("cuisse", "abdom", "ventre", "nombril", "bras", "fess", "estomac", "bide", "derrière"),
    "vi": ("đùi", "bụng", "rốn", "tay", "mông", "dạ dày"),
}
_SITES = WordLists((*ORDER, *_LOOSE.values()), _WORDS, whole_words=True, cues=_CUES)
_SITE_OF = {**{site: site for site in ORDER}, **{loose: site for site, loose in _LOOSE.items()}}


def sites(text: str, lang: str) -> frozenset[str] | None:
    """The sites ``text`` names, by words that always name them (None: no word list for ``lang``): the
    sure sites of the reading check_site compares."""
    read = _read(text, lang)
    return None if read is None else frozenset(read[0])


def _read(text: str, lang: str) -> tuple[dict[str, list[str]], dict[str, list[str]]] | None:
    """The sites ``text`` names surely and those it may name (the sure ones too), each with its words."""
    found = _SITES.matches(text, lang)
    if found is None:
        return None
    sure: dict[str, list[str]] = {}
    loose: dict[str, list[str]] = {}
    for thing, match in found:
        if thing in ORDER:
            sure.setdefault(thing, []).append(match[0])
        loose.setdefault(_SITE_OF[thing], []).append(match[0])
    return sure, loose


def check_site(src: str, tr: str, ctx: Context) -> list[Finding]:
    """The sites the source gives a shot in are the translation's: "Inject into the thigh or belly" is
    never "Inyecte en el brazo o el vientre", nor is a site left out or added where the source names one."""
    if src == tr:
        return []
    said = _read(mask(src), ctx.source_lang)
    if not said or not said[1]:
        return []
    put = _read(mask(tr), ctx.lang)
    if put is None:
        return []
    lost = [site for site in ORDER if site in said[0] and site not in put[1]]
    added = [site for site in ORDER if site in put[0] and site not in said[1]]
    if not lost and not added:
        return []
    advice = ("keep where the shot is given (the thigh is not the arm, the belly is not the buttock); if the "
              "translation says it in other words, a reviewer confirms them with edu-ok:site")
    if not lost:
        return [finding("site", f"body site {_named(added, put[0])} in the translation "
                        f"{'are' if len(added) > 1 else 'is'} not in the source (which names "
                        f"{_named(list(said[1]), said[1])}); {advice}")]
    found = f" (found {_named(added, put[0])})" if added else ""
    return [finding("site", f"body site {_named(lost, said[0])} in the source {'are' if len(lost) > 1 else 'is'} "
                    f"missing from the translation{found}; {advice}")]


def _named(named: list[str], words: dict[str, list[str]]) -> str:
    """Sites as a message names them, each with the words that say it: 'thigh: "muslo"'."""
    order = sorted(named, key=ORDER.index)
    return counted(Counter(f"{site}: {', '.join(_quoted(w) for w in dict.fromkeys(words[site]))}" for site in order))


def _quoted(words: str) -> str:
    return '"' + " ".join(words.split()).replace(MASK, "{…}") + '"'
