"""The place a medicine is kept, which a translation may not change: "in the refrigerator" is never
"no congelador" (a syringe that froze is thrown away), nor "at room temperature".

A place is named by a noun ("refrigerator", "nevera", "geladeira", "frigo", "tủ lạnh") or by the verb
of what it does ("refrigerate", "congele", "ne pas congeler"): "Do not freeze" and "No la congele"
both name the freezer, so a negation leaves the place as it was (the negation check reads the "not");
"out of the refrigerator" names the refrigerator, as "del refrigerador" does. The freezer compartment
of a refrigerator ("ngăn đá tủ lạnh") is the freezer. Word lists of English, Spanish, Portuguese,
French and Vietnamese (wordlists.py); a language without one is not checked. Text comes in NFC and
masked (checks.check_message), as the lists are written.
"""

from __future__ import annotations

from .wordlists import WordLists

FRIDGE, FREEZER, ROOM = "refrigerator", "freezer", "room temperature"
ORDER = (FRIDGE, FREEZER, ROOM)  # how a message lists them

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
_PLACES = WordLists(ORDER, _WORDS, whole_words=True, cues=_CUES)


def places(text: str, lang: str) -> frozenset[str] | None:
    """The storage places ``text`` names (None: no word list for ``lang``)."""
    return _PLACES.find(text, lang)
