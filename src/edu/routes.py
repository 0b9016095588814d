"""The route a medicine is given by, which a translation may not change: "under the skin" is never
"en el músculo", "by mouth" never "por la vena".

A route is named by words ("under the skin", "subcutáneo", "sous la peau") or by its clinical
abbreviation in capitals ("SC", "IM", "IV", "PO"; "IV" after "class", "grade", "stage", "type" or
"phase" is a Roman numeral). Word lists of English, Spanish, Portuguese and French; a language
without one is not checked.

A medicine's form says its route too, where no route is named: pills and tablets are swallowed,
a shot is given with a needle (``ways``). "Take your pills on that day" as "Póngase la inyección
bajo la piel" passed, since the source named no route: a text whose words all say one way (by
mouth, or by a needle) and a translation whose words all say the other are a route error. Text
comes in NFC and masked (checks.check_message), as the lists are written.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .wordlists import WordLists

SKIN, MUSCLE, VEIN, MOUTH = "under the skin", "into a muscle", "into a vein", "by mouth"
ORDER = (SKIN, MUSCLE, VEIN, MOUTH)  # how a message lists them

_WORDS: dict[str, dict[str, str]] = {
    "en": {SKIN: r"(?:under|beneath) (?:the|your|his|her|their) skin|subcutaneous(?:ly)?|subcut\b",
           MUSCLE: r"in(?:to)? (?:a|the|your) (?:large )?muscle|intramuscular(?:ly)?",
           VEIN: r"in(?:to)? (?:a|the|your) vein|intravenous(?:ly)?",
           MOUTH: r"by mouth|orally|oral (?:route|use|dose|doses|medicine|medicines|tablets?|solution)"},
    "es": {SKIN: r"(?:debajo de|bajo) (?:la|su) piel|subcutáne[oa]s?|subcutáneamente",
           MUSCLE: r"en (?:el|un|su) músculo|intramuscular(?:es|mente)?",
           VEIN: r"(?:en|por) (?:la|una|su) vena|intravenos[oa]s?|intravenosamente|endovenos[oa]s?",
           MOUTH: r"por (?:la )?boca|(?:por )?vía oral|oralmente"},
    "pt": {SKIN: r"(?:sob a|(?:em|de)baixo da) (?:sua )?pele|subcutâne[oa]s?|subcutaneamente",
           MUSCLE: r"(?:no|num|em um) músculo|intramuscular(?:es|mente)?",
           VEIN: r"(?:na|numa|em uma|pela) (?:sua )?veia|intravenos[oa]s?|intravenosamente|endovenos[oa]s?",
           MOUTH: r"pela boca|(?:por )?via oral|oralmente"},
    "fr": {SKIN: r"sous (?:la|votre|ta) peau|sous-cutané(?:e|s|es)?",
           MUSCLE: r"dans (?:le|un|votre) muscle|intramusculaire(?:s|ment)?",
           VEIN: r"dans (?:la|une|votre) veine|intraveineu(?:x|se|ses|sement)",
           MOUTH: r"par la bouche|(?:par )?voie orale|par voie buccale"},
}
# Lower-case pieces of which each word above holds one: most entries name no route and are passed
# without the pattern (wordlists.py); tests/test_routes_cues.py reads every word through them
_CUES = {
    "en": ("skin", "subcut", "musc", "vein", "venous", "mouth", "oral"),
    "es": ("piel", "subcut", "músculo", "muscular", "vena", "venos", "boca", "oral"),
    "pt": ("pele", "subcut", "músculo", "muscular", "veia", "venos", "boca", "oral"),
    "fr": ("peau", "sous-cutan", "muscle", "musculaire", "veine", "veineu", "bouche", "orale", "buccale"),
}
# The abbreviations, in capitals, in every language these lists read
_ABBREVIATIONS = {SKIN: r"SC|SQ", MUSCLE: r"IM", VEIN: r"IV", MOUTH: r"PO"}
_NUMERAL_BEFORE = re.compile(r"(?i)(?:class|grade|stage|type|phase|clase|grado|estadio|tipo|fase|classe|grau|"
                             r"est[áa]gio|stade)\s*$")
_ROUTES = WordLists(ORDER, _WORDS, cues=_CUES)
_ABBREVIATED = ("SC", "SQ", "IM", "IV", "PO")  # a text with none of them needs no pattern of them


@lru_cache(maxsize=1)
def _abbreviations() -> re.Pattern[str]:
    """The abbreviations as one case-sensitive pattern ("im" is a word; "IM" the route)."""
    named = "|".join(f"(?P<a{n}>{_ABBREVIATIONS[route]})" for n, route in enumerate(ORDER))
    return re.compile(rf"\b(?:{named})\b")


def routes(text: str, lang: str) -> frozenset[str] | None:
    """The routes ``text`` names (None: no word list for ``lang``)."""
    found = _ROUTES.find(text, lang)
    if found is None:
        return None
    if not any(short in text for short in _ABBREVIATED):
        return found
    return found | {ORDER[int(m.lastgroup[1:])] for m in _abbreviations().finditer(text)
                    if m.lastgroup and not (m[0] == "IV" and _NUMERAL_BEFORE.search(text, 0, m.start()))}


ORAL, NEEDLE = "by mouth", "with a needle"  # the two ways a medicine's form says (``ways``)
_FORMS: dict[str, dict[str, str]] = {
    "en": {ORAL: r"pills?|tablets?|capsules?|caplets?|lozenges?|swallow(?:s|ed|ing)?",
           NEEDLE: r"shots?|injections?|inject(?:s|ed|ing)?|syringes?|needles?|infusions?|jabs?"},
    "es": {ORAL: r"pastillas?|tabletas?|comprimidos?|cápsulas?|grageas?|trag(?:ar|ue|a|an)|"
                 r"tr[aá]g(?:uel[oa]s?|uesel[oa]s?)",  # "Tráguela entera"
           NEEDLE: r"inyecci(?:ón|ones)|inyect(?:ar|e|ese|arse|a|an)\w*|jeringas?|agujas?|pinchazos?|"
                   r"infusi(?:ón|ones)"},
    "pt": {ORAL: r"comprimidos?|cápsulas?|pílulas?|drágeas?|engol(?:ir|e|a)\w*",
           NEEDLE: r"injeç(?:ão|ões)|injet(?:ar|e|a)\w*|seringas?|agulhas?|picadas?|infus(?:ão|ões)"},
    "fr": {ORAL: r"comprimés?|gélules?|pilules?|cachets?|avaler|avalez",
           NEEDLE: r"injections?|inject(?:er|ez)\w*|seringues?|aiguilles?|piqûres?|perfusions?"},
}


_FORM_CUES = {
    "en": ("pill", "tablet", "capsul", "caplet", "lozeng", "swallow", "shot", "inject", "syring", "needle", "infusion",
           "jab"),
    "es": ("pastilla", "tableta", "comprimido", "cápsula", "gragea", "trag", "trág", "inyec", "jeringa", "aguja",
           "pinchazo", "infusi"),
    "pt": ("comprimido", "cápsula", "pílula", "drágea", "engol", "injeç", "injet", "seringa", "agulha", "picada",
           "infus"),
    "fr": ("comprimé", "gélule", "pilule", "cachet", "avale", "inject", "seringue", "aiguille", "piqûre", "perfusion"),
}
_WAYS = WordLists((ORAL, NEEDLE), _FORMS, whole_words=True, cues=_FORM_CUES)


def ways(text: str, lang: str, named: frozenset[str] | None = None) -> frozenset[str]:
    """The ways ``text`` says a medicine is taken, by a route's name or its form: ORAL ("by mouth",
    "tablets", "swallow"), NEEDLE ("under the skin", "IV", "shot", "syringe"); empty without word lists.
    ``named``: its routes, when the caller has read them already (``routes``)."""
    named = routes(text, lang) if named is None else named
    found = _WAYS.find(text, lang)
    if found is None or named is None:
        return frozenset()
    return found | {ORAL if route == MOUTH else NEEDLE for route in named}
