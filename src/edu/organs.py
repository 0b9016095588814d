"""The organ a sentence speaks of, which a translation may not change: "Signs of liver problems" is
never "Sinais de problemas no rim" (the kidney), and the patient watches for the wrong signs.

An organ is named by its noun ("liver", "hígado", "fígado", "foie", "gan") or by the adjective and
the words medicine builds on it ("hepatic", "hepatitis", "hepático", "renal", "néphrologue",
"pulmonar", "pneumonia", "cardiaque", "infarto"): "liver damage" as "daño hepático" names the liver
on both sides. Words that only look like one name none ("heartburn", "adrenal", Vietnamese "thận
trọng", with caution). Word lists of English, Spanish, Portuguese, French and Vietnamese
(wordlists.py); a language without one is not checked. Text comes in NFC and masked
(checks.check_message), as the lists are written.
"""

from __future__ import annotations

from .wordlists import WordLists

LIVER, KIDNEY, LUNG, HEART = "liver", "kidney", "lung", "heart"
ORDER = (LIVER, KIDNEY, LUNG, HEART)  # how a message lists them

_WORDS: dict[str, dict[str, str]] = {
    "en": {LIVER: r"livers?|hepat\w*", KIDNEY: r"kidneys?|renal|nephr\w*",
           LUNG: r"lungs?|pulmonary|pneumon\w*", HEART: r"hearts?|cardiac|cardio\w*"},
    "es": {LIVER: r"hígados?|hep[aá]t\w*", KIDNEY: r"riñ[oó]n(?:es)?|renal(?:es)?|nefr\w*",
           LUNG: r"pulm[oó]n(?:es)?|pulmonar(?:es)?|neumon\w*",
           HEART: r"coraz[oó]n(?:es)?|card[ií]ac\w*|cardio\w*|infartos?"},
    "pt": {LIVER: r"fígados?|hep[aá]t\w*", KIDNEY: r"rim|rins|renal|renais|nefr\w*",
           LUNG: r"pulm[ãa]o|pulmões|pulmonar(?:es)?|pneumon\w*",
           HEART: r"coraç[ãa]o|corações|card[ií]ac\w*|cardio\w*|infartos?"},
    "fr": {LIVER: r"foies?|h[ée]pat\w*", KIDNEY: r"reins?|r[ée]na(?:l|le|les|ux)|n[ée]phr\w*",
           LUNG: r"poumons?|pulmonaires?|pneumon\w*", HEART: r"c(?:œ|oe)urs?|cardiaques?|cardio\w*|infarctus"},
    "vi": {LIVER: r"gan", KIDNEY: r"thận(?! trọng)", LUNG: r"phổi", HEART: r"tim"},
}
# Lower-case pieces of which each word above holds one: most entries hold none and are passed unread
_CUES = {
    "en": ("liver", "hepat", "kidney", "renal", "nephr", "lung", "pulmon", "pneumon", "heart", "cardi"),
    "es": ("hígad", "hepat", "hepát", "riñ", "renal", "nefr", "pulm", "neumon", "coraz", "card", "infart"),
    "pt": ("fígad", "hepat", "hepát", "rim", "rins", "renal", "renais", "nefr", "pulm", "pneumon", "coraç", "card",
           "infart"),
    "fr": ("foie", "hépat", "hepat", "rein", "rénal", "renal", "rénaux", "renaux", "néphr", "nephr", "poumon",
           "pulmon", "pneumon", "cœur", "coeur", "cardi", "infarctus"),
    "vi": ("gan", "thận", "phổi", "tim"),
}
_ORGANS = WordLists(ORDER, _WORDS, whole_words=True, cues=_CUES)


def organs(text: str, lang: str) -> frozenset[str] | None:
    """The organs ``text`` names (None: no word list for ``lang``)."""
    return _ORGANS.find(text, lang)
