"""The route and form words are read through a quick look for pieces of them (routes.py's cues):
most catalog entries name no route, and the pattern of every word costs more than the look. A word
whose pieces the look does not hold would name no route: every word of every list, in any case,
and every text of the repository's catalogs give what the patterns alone give."""

from __future__ import annotations

from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from edu import routes
from edu.prose import mask
from edu.wordlists import WordLists

REPO = Path(__file__).parent.parent

WORDS = {
    "en": ["under the skin", "beneath your skin", "subcutaneous", "subcutaneously", "subcut", "into a muscle",
           "in the large muscle", "intramuscular", "intramuscularly", "into a vein", "intravenous", "intravenously",
           "by mouth", "orally", "oral tablets", "pills", "tablet", "capsules", "caplet", "lozenges", "swallowed",
           "shots", "injection", "injecting", "syringes", "needle", "infusions", "jab"],
    "es": ["debajo de la piel", "bajo su piel", "subcutánea", "subcutáneamente", "en el músculo", "intramuscular",
           "intramuscularmente", "por la vena", "intravenoso", "intravenosamente", "endovenosa", "por la boca",
           "vía oral", "oralmente", "pastillas", "tableta", "comprimidos", "cápsula", "grageas", "tragar",
           "trágueselo", "inyección", "inyecciones", "inyectarse", "jeringa", "agujas", "pinchazo", "infusión"],
    "pt": ["sob a pele", "debaixo da sua pele", "subcutâneo", "subcutaneamente", "no músculo", "intramusculares",
           "na veia", "pela sua veia", "intravenosa", "endovenoso", "pela boca", "via oral", "oralmente",
           "comprimido", "cápsulas", "pílula", "drágeas", "engolir", "injeção", "injeções", "injetar", "seringa",
           "agulhas", "picada", "infusões"],
    "fr": ["sous la peau", "sous-cutanée", "dans le muscle", "intramusculaire", "intramusculairement",
           "dans une veine", "intraveineuse", "intraveineusement", "par la bouche", "voie orale",
           "par voie buccale", "comprimés", "gélule", "pilules", "cachet", "avaler", "avalez", "injections",
           "injectez", "seringue", "aiguilles", "piqûre", "perfusions"],
}
ALL_ROUTES = WordLists(routes.ORDER, routes._WORDS)  # the patterns alone, no quick look
ALL_FORMS = WordLists((routes.ORAL, routes.NEEDLE), routes._FORMS, whole_words=True)


def _same(text: str, lang: str) -> None:
    assert routes._ROUTES.find(text, lang) == ALL_ROUTES.find(text, lang), (text, lang)
    assert routes._WAYS.find(text, lang) == ALL_FORMS.find(text, lang), (text, lang)


@pytest.mark.parametrize("lang", sorted(WORDS))
def test_every_word_is_read_through_the_quick_look_in_any_case(lang: str) -> None:
    for word in WORDS[lang]:
        for text in (f"Use it {word}.", f"{word[:1].upper()}{word[1:]} it.", word.upper()):
            found = routes._ROUTES.find(text, lang) | routes._WAYS.find(text, lang)  # type: ignore[operator]
            assert found, (text, lang)  # the list's word is read at all
            _same(text, lang)


def test_every_catalog_text_of_the_repository_reads_the_same_with_the_quick_look() -> None:
    for po in sorted((REPO / "locale").glob("*/LC_MESSAGES/*.po")):
        with po.open("rb") as file:
            catalog = read_po(file)
        lang = po.parts[-3]
        for message in catalog:
            if message.id and isinstance(message.id, str):
                _same(mask(message.id), "en")
                if isinstance(message.string, str) and message.string:
                    _same(mask(message.string), lang)


def test_an_abbreviation_is_read_only_in_capitals_and_a_numeral_is_none() -> None:
    assert routes.routes("Give it IV or IM.", "en") == {routes.VEIN, routes.MUSCLE}
    assert routes.routes("Give it iv.", "en") == frozenset()
    assert routes.routes("A class IV reaction.", "en") == frozenset()
