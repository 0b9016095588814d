"""Units and times the number check reads as a translator writes them: a spoonful is a "cucharada"
in everyday Spanish (a teaspoon is never one: 5 mL, not 15 mL); an informal ordinal ("el 7mo día")
is no month; French "20 h 30" is a time of day (8:30 p.m.), "8 h 30 min" a time apart; and a million
and a half in words is 1 500 000. Each correct translation passes; each unsafe one is an error with
the message a translator sees."""

from __future__ import annotations

import pytest

from edu.checks import check_message

COPY = "copy every number and unit"


def number_errors(src: str, tr: str, lang: str, source_lang: str = "en") -> list[str]:
    return [f.message for f in check_message(src, tr, source_lang=source_lang, lang=lang)
            if f.severity == "error" and f.code == "number"]


@pytest.mark.parametrize(("lang", "src", "tr"), [
    # a spoonful, in each language's everyday word
    ("es", "Take 2 spoonfuls after meals.", "Tome 2 cucharadas después de las comidas."),
    ("es", "Take 1 to 2 spoonfuls after meals.", "Tome de 1 a 2 cucharadas después de las comidas."),
    ("es", "Take 2 spoons of the syrup.", "Tome 2 cucharas del jarabe."),
    ("pt-BR", "Take 2 spoonfuls after meals.", "Tome 2 colheradas depois das refeições."),
    ("fr", "Take 2 spoonfuls after meals.", "Prenez 2 cuillerées après les repas."),
    # a tablespoon is still a "cucharada"
    ("es", "Take 2 tablespoons after meals.", "Tome 2 cucharadas después de las comidas."),
    # an informal ordinal before a numbered noun
    ("es", "Call us on the 7th day.", "Llámenos el 7mo día."),
    ("es", "Come back in the 7th week.", "Vuelva en la 7ma semana."),
    ("es", "Call us on the 2nd day.", "Llámenos el 2do día."),
    ("es", "The 10th dose is the last.", "La 10mo dosis es la última."),
    # a French time of day with the minutes after "h", spaced as French typography spaces it
    ("fr", "Take it at 8:30 p.m.", "Prenez-le à 20 h 30."),
    ("fr", "Take it at 8:30 a.m.", "Prenez-le à 8 h 30."),
    ("fr", "Take it at 8:30 p.m.", "Prenez-le à 20\u202fh\u202f30."),
    ("fr", "Take it at 8:30 p.m.", "Prenez-le à 20\u00a0h\u00a030."),
    ("fr", "Take it at 8:30 p.m.", "Prenez-le vers 20 h 30."),
    ("fr", "Take it every 8 hours 30 minutes.", "Prenez-le toutes les 8 h 30 min."),
    # a million and a half in words
    ("es", "About 1,500,000 people have it.", "Cerca de un millón y medio de personas lo tienen."),
    ("es", "About 2.5 million people have it.", "Cerca de dos millones y medio de personas lo tienen."),
    ("pt-BR", "About 1,500,000 people have it.", "Cerca de um milhão e meio de pessoas o têm."),
    ("fr", "About 1,500,000 people have it.", "Environ un million et demi de personnes l’ont."),
    ("es", "About one and a half million people have it.", "Cerca de un millón y medio de personas lo tienen."),
    ("es", "About a million and a half people have it.", "Cerca de 1.5 millones de personas lo tienen."),
])
def test_the_same_amount_in_the_languages_words_passes(lang: str, src: str, tr: str) -> None:
    assert number_errors(src, tr, lang) == []


@pytest.mark.parametrize(("lang", "src", "tr", "message"), [
    # a teaspoon is 5 mL, a tablespoon ("cucharada") 15 mL: three times the dose
    ("es", "Take 2 teaspoons.", "Tome 2 cucharadas.",
     f"number 2 teaspoons in the source is missing from the translation (found 2 cucharadas); {COPY}"),
    ("es", "Take 2 spoonfuls.", "Tome 2 cucharaditas.",
     f"number 2 in the source is missing from the translation (found 2 cucharaditas); {COPY}; the source's spoon has "
     "no size and \"2 cucharaditas\" adds one (a teaspoon): count spoons of no size, as the source does"),
    ("es", "Take 2 spoonfuls.", "Tome 3 cucharadas.",
     f"number 2 in the source is missing from the translation (found 3 cucharadas); {COPY}"),
    # a months' count is still read as months
    ("es", "Come back in 7 months.", "Vuelva en 7 semanas.",
     f"number 7 months in the source is missing from the translation (found 7 semanas); {COPY}; a time may be "
     "written in other units only where they are exact (2 weeks as 14 days, 2 days as 48 hours, 2 hours as 120 "
     "minutes): a month is no number of days or weeks (keep months)"),
    # a French time of day is no other time, nor a time apart
    ("fr", "Take it at 8:30 a.m.", "Prenez-le à 20 h 30.",
     f"number 8:30 a.m. in the source is missing from the translation (found 20 h 30); {COPY}"),
    ("fr", "Take it at 8:30 p.m.", "Prenez-le toutes les 8 h 30 min.",
     f"number 8:30 p.m. in the source is missing from the translation (found 8 h and 30 min); {COPY}"),
    # (no advice on marks: the space before "30" is no group mark)
    # a million and a half is not a million
])
def test_another_amount_is_still_an_error(lang: str, src: str, tr: str, message: str) -> None:
    assert number_errors(src, tr, lang) == [message]


def test_a_million_and_a_half_is_not_a_million() -> None:
    assert number_errors("About 1,000,000 people have it.", "Cerca de un millón y medio de personas lo tienen.",
                         "es") == [
        "number 1,000,000 in the source is missing from the translation; copy every number and unit (es_US writes "
        "decimals with a period (0.5) and thousands with a comma (1,000))",
        "count un millón y medio (1500000) in the translation is not in the source; write the same counts as the "
        "source"]
