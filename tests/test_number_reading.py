"""Numbers a translation says in its own way, read as the numbers they are: a count of 13 to 99 in
words ("vinte e quatro horas" is 24 hours, never 4), a French range ("6 à 12 h", "entre 2 et 8 °C"),
a rate per 24 hours said per day ("40 mg/24 h": "40 mg/día") and a time said with "up to" ("for up
to a week" is how long, never once a week). Each correct translation passes and each unsafe one is
an error with the message a translator sees."""

from __future__ import annotations

import pytest

from edu.checks import check_message

SAME_COUNTS = "write the same counts as the source"
COPY = "copy every number and unit"
HOW_OFTEN = "keep how often (once a day is not once a week; every other day is not every day)"


def errors(src: str, tr: str, lang: str) -> list[tuple[str, str]]:
    return [(f.code, f.message) for f in check_message(src, tr, source_lang="en", lang=lang) if f.severity == "error"]


@pytest.mark.parametrize(("lang", "src", "tr"), [
    ("pt-BR", "Wait 24 hours before the next dose.", "Espere vinte e quatro horas antes da próxima dose."),
    ("pt-BR", "Take it every 36 hours.", "Tome-o a cada trinta e seis horas."),
    ("es", "Wait 24 hours before the next dose.", "Espere veinticuatro horas antes de la próxima dosis."),
    ("es", "Wait 36 hours before the next dose.", "Espere treinta y seis horas antes de la próxima dosis."),
    ("fr", "Wait 24 hours before the next dose.", "Attendez vingt-quatre heures avant la prochaine dose."),
    ("fr", "Take it for 70 days.", "Prenez-le pendant soixante-dix jours."),
    ("fr", "Take it for 71 days.", "Prenez-le pendant soixante et onze jours."),
    ("fr", "Take it for 80 days.", "Prenez-le pendant quatre-vingts jours."),
    ("fr", "Take it for 90 days.", "Prenez-le pendant quatre-vingt-dix jours."),
    ("fr", "Take it for 21 days.", "Prenez-le pendant vingt et un jours."),
    # the source's count in words, the translation's in digits or words
    ("es", "Wait twenty-four hours before the next dose.", "Espere 24 horas antes de la próxima dosis."),
    ("pt-BR", "Wait twenty-four hours before the next dose.", "Espere vinte e quatro horas antes da próxima dose."),
    # an ordinal's tens count nothing
    ("es", "Call us on the twenty-first day.", "Llámenos el vigésimo primer día."),
    ("fr", "Call us on the twenty-second day.", "Appelez-nous le vingt-deuxième jour."),
])
def test_a_count_of_13_to_99_in_words_is_its_number(lang: str, src: str, tr: str) -> None:
    """"vinte e quatro horas" was read as four hours, "quatre-vingts jours" as four days."""
    assert errors(src, tr, lang) == []


@pytest.mark.parametrize(("lang", "src", "tr", "expected"), [
    # "twenty-four" was read as its "four": "quatro horas" passed
    ("pt-BR", "Wait twenty-four hours before the next dose.", "Espere quatro horas antes da próxima dose.",
     [("number", f"count twenty-four (24) in the source is missing from the translation (found quatro (4)); "
                 f"{SAME_COUNTS}")]),
    ("es", "Wait twenty-four hours before the next dose.", "Espere cuatro horas antes de la próxima dosis.",
     [("number", f"count twenty-four (24) in the source is missing from the translation (found cuatro (4)); "
                 f"{SAME_COUNTS}")]),
    # "soixante-dix" was read as its "dix": 70 days for 10 passed
    ("fr", "Take it for 10 days.", "Prenez-le pendant soixante-dix jours.",
     [("number", f"number 10 days in the source is missing from the translation; {COPY}"),
      ("number", f"count soixante-dix (70) in the translation is not in the source; {SAME_COUNTS}")]),
    ("es", "Wait 24 hours before the next dose.", "Espere treinta y cuatro horas antes de la próxima dosis.",
     [("number", f"number 24 hours in the source is missing from the translation; {COPY}"),
      ("number", f"count treinta y cuatro (34) in the translation is not in the source; {SAME_COUNTS}")]),
    ("pt-BR", "Wait 24 hours before the next dose.", "Espere quatro horas antes da próxima dose.",
     [("number", f"number 24 hours in the source is missing from the translation; {COPY}"),
      ("number", f"count quatro (4) in the translation is not in the source; {SAME_COUNTS}")]),
])
def test_another_count_in_words_is_an_error(lang: str, src: str, tr: str, expected: list[tuple[str, str]]) -> None:
    assert errors(src, tr, lang) == expected


@pytest.mark.parametrize(("lang", "src", "tr"), [
    ("fr", "Take it every 6 to 12 h.", "Prenez-le toutes les 6 à 12 h."),
    ("fr", "Store it between 2 and 8 °C.", "Conservez-le entre 2 et 8 °C."),
    ("fr", "Store it at 2 to 8 °C.", "Conservez-le de 2 à 8 °C."),
    ("es", "Take it every 6 to 12 h.", "Tómelo de 6 a 12 h."),
    ("es", "Store it between 2 and 8 °C.", "Consérvelo entre 2 y 8 °C."),
    ("pt-BR", "Take it every 6 to 12 h.", "Tome-o de 6 a 12 h."),
    ("pt-BR", "Store it between 2 and 8 °C.", "Conserve-o entre 2 e 8 °C."),
])
def test_a_range_in_the_languages_words_is_a_range(lang: str, src: str, tr: str) -> None:
    """"6 à 12 h" was read as a bare 6 and 12 hours: "number 6 … is missing (found 6)"."""
    assert errors(src, tr, lang) == []


@pytest.mark.parametrize(("lang", "tr", "expected"), [
    ("fr", "Conservez-le entre 2 et 6 °C.",
     f"number 8 °C in the source is missing from the translation (found 6 °C); {COPY}"),
    ("es", "Consérvelo entre 2 y 6 °C.",
     f"number 8 °C in the source is missing from the translation (found 6 °C); {COPY}"),
])
def test_a_range_changed_is_an_error(lang: str, tr: str, expected: str) -> None:
    assert errors("Store it between 2 and 8 °C.", tr, lang) == [("number", expected)]


@pytest.mark.parametrize(("lang", "tr"), [
    ("es", "Hasta 40 mg/día."),
    ("es", "Hasta 40 mg al día."),
    ("fr", "Jusqu’à 40 mg/jour."),
    ("pt-BR", "Até 40 mg por dia."),
    ("es", "Hasta 40 mg/24 h."),
])
def test_a_rate_per_24_hours_may_be_per_day(lang: str, tr: str) -> None:
    """24 hours is a day: "mg/24 h" as "mg/día" was a number lost and a time added."""
    assert errors("Up to 40 mg/24 h.", tr, lang) == []
    assert errors("Up to 40 mg per 24 hours.", tr, lang) == []
    assert errors("Up to 40 mg a day.", "Hasta 40 mg/24 h.", "es") == []


def test_a_rate_per_12_hours_is_never_per_day() -> None:
    assert errors("Up to 40 mg/12 h.", "Hasta 40 mg/día.", "es") == [
        ("number", f"number 12 h in the source is missing from the translation; {COPY}"),
        ("period", '"40 mg" in the source is "40 mg/día" in the translation: it adds a time the amount is per; write '
                   "it without one, as the source does; if the translation says it in other words, a reviewer "
                   "confirms them with edu-ok:period")]


def test_a_day_stands_for_one_rate_per_24_hours_only() -> None:
    """The other 24 hours, left out, is still missing."""
    assert errors("Up to 40 mg/24 h; wait 24 hours between doses.", "Hasta 40 mg/día; espere entre dosis.", "es") == [
        ("number", f"number 24 hours in the source is missing from the translation; {COPY}")]


@pytest.mark.parametrize(("lang", "src", "tr"), [
    ("es", "Use it for up to a week.", "Úselo hasta 7 días."),
    ("es", "Use it for up to a week.", "Úselo hasta por una semana."),
    ("es", "Take 2 tablets a day for up to a week.", "Tome 2 tabletas al día durante 7 días como máximo."),
    ("es", "Take 2 tablets a day for up to 1 week.", "Tome 2 tabletas al día durante 1 semana como máximo."),
    ("pt-BR", "Take it for up to a week.", "Tome-o por até uma semana."),
    ("fr", "Take it for up to a week.", "Prenez-le pendant une semaine au maximum."),
])
def test_up_to_a_week_is_how_long(lang: str, src: str, tr: str) -> None:
    assert errors(src, tr, lang) == []


@pytest.mark.parametrize(("src", "tr", "expected"), [
    # how long changed: said as such, not as a frequency changed ("period week … is missing")
    ("Use it for up to a week.", "Úselo hasta un mes.",
     [("number", 'time "a week" in the source is missing from the translation (found "un mes"); give each time the '
                 "source's count and unit (the same time in other units is fine: a week may be 7 days, a day 24 "
                 "hours)")]),
    ("Use it for up to a week.", "Úselo hasta 10 días.",
     [("number", 'number 10 días in the translation is not in the source; the source says one ("a week" is one); '
                 f"{COPY}")]),
    # a frequency changed is still one
    ("Take it once a week.", "Tómelo una vez al día.",
     [("period", f"period week in the source is missing from the translation (found day); {HOW_OFTEN}")]),
])
def test_up_to_a_week_changed_is_a_time_error(src: str, tr: str, expected: list[tuple[str, str]]) -> None:
    assert errors(src, tr, "es") == expected


def test_every_other_week_in_french_counts_no_fifteen() -> None:
    """"Tous les quinze jours" is every other week (periods.py reads it so): its "quinze" is no count."""
    assert [code for code, _message in errors("Take 10 mg every other week.", "Prenez 10 mg tous les quinze jours.",
                                              "fr") if code == "number"] == []
    assert errors("Take 10 mg for 15 days.", "Prenez 10 mg pendant quinze jours.", "fr") == []
