"""A time counted by an article ("Wait a day", "for an hour", "un día") is one: a translation that
says another count is a [number] error; a rate ("twice a day", "100 mg a day") counts nothing; each
time keeps its own count, which the text's other counts cannot hide ("two tablets … for a week" is
never "dos tabletas … durante dos semanas"); and a time said with an article where a fact is left
out must be the fact's time ([fact-number])."""

from __future__ import annotations

from decimal import Decimal

import pytest

from edu.checks import check_message
from edu.factnumbers import check_fact_numbers
from edu.findings import Context
from edu.model import Fact

ONE = 'the source says one ("{}" is one); write the same counts as the source'


def changed(lost: str, found: str) -> str:
    """The [number] message of a time the translation says with another count or unit."""
    return (f'time "{lost}" in the source is missing from the translation (found "{found}"); give each time the '
            "source's count and unit (the same time in other units is fine: a week may be 7 days, a day 24 hours)")


# (source language, language, source, translation, the [number] message a translator sees)
REFUSED = [
    ("en", "es", "Wait a day before the next shot.", "Espere tres días antes de la próxima inyección.",
     "count tres (3) in the translation is not in the source; " + ONE.format("a day")),
    ("en", "es", "Call if the fever lasts more than a week.", "Llame si la fiebre dura más de dos semanas.",
     "count dos (2) in the translation is not in the source; " + ONE.format("a week")),
    ("en", "es", "Keep it in the refrigerator for an hour.", "Guárdelo en el refrigerador durante dos horas.",
     "count dos (2) in the translation is not in the source; " + ONE.format("an hour")),
    ("en", "es", "A day before your visit, call us.", "Dos días antes de su visita, llámenos.",
     "count dos (2) in the translation is not in the source; " + ONE.format("A day")),
    # "an hour a day": the first counts one, the second is per day
    ("en", "es", "Walk for an hour a day.", "Camine dos horas al día.",
     "count dos (2) in the translation is not in the source; " + ONE.format("an hour")),
    # after an amount, a time said with "early" or "ahead" still counts one
    ("en", "es", "Take your pills a day early if you travel.", "Tome sus pastillas dos días antes si viaja.",
     "count dos (2) in the translation is not in the source; " + ONE.format("a day")),
    # a month is never four weeks: only the same time exactly
    ("en", "es", "Use it for a month.", "Úselo durante cuatro semanas.",
     "count cuatro (4) in the translation is not in the source; " + ONE.format("a month")),
    ("en", "es", "Wait an hour.", "Espere 2 horas.",
     'number 2 horas in the translation is not in the source; the source says one ("an hour" is one); copy every '
     "number and unit"),
    ("en", "es", "Wait a day.", "Espere 48 horas.",
     'number 48 horas in the translation is not in the source; the source says one ("a day" is one); copy every '
     "number and unit"),
    ("en", "pt-BR", "Wait a week.", "Aguarde duas semanas.",
     "count duas (2) in the translation is not in the source; " + ONE.format("a week")),
    ("en", "fr", "Wait an hour.", "Attendez deux heures.",
     "count deux (2) in the translation is not in the source; " + ONE.format("an hour")),
    # the other way: a Spanish, French or Portuguese source
    ("es", "en", "Espere una hora.", "Wait two hours.",
     "count two (2) in the translation is not in the source; " + ONE.format("una hora")),
    ("es", "en", "Espere más de un día.", "Wait more than two days.",
     "count two (2) in the translation is not in the source; " + ONE.format("un día")),
    ("fr", "en", "Attendez plus d'une heure.", "Wait more than two hours.",
     "count two (2) in the translation is not in the source; " + ONE.format("une heure")),
    ("pt", "en", "Aguarde um dia.", "Wait 2 days.",
     'number 2 days in the translation is not in the source; the source says one ("um dia" is one); copy every '
     "number and unit"),
    # a source that says two days, a translation that says one
    ("en", "es", "Wait 2 days.", "Espere un día.",
     "number 2 days in the source is missing from the translation; copy every number and unit"),
    # each time is compared with its own count, not as one of the text's numbers: "two tablets … for a
    # week" and "dos tabletas … durante dos semanas" both count two, but the week became two
    ("en", "es", "Take two tablets a day for a week.", "Tome dos tabletas al día durante dos semanas.",
     changed("a week", "dos semanas")),
    ("en", "es", "Take 2 tablets a day for a week.", "Tome dos tabletas al día durante dos semanas.",
     changed("a week", "dos semanas")),
    ("en", "es", "Take two tablets a day for two weeks.", "Tome dos tabletas al día durante una semana.",
     changed("two weeks", "una semana")),
    # the two counts exchanged, or the same count in another unit
    ("en", "es", "Take three tablets a day for two weeks.", "Tome dos tabletas al día durante tres semanas.",
     changed("two weeks", "tres semanas")),
    ("en", "es", "Take two tablets a day for two weeks.", "Tome dos tabletas al día durante dos días.",
     changed("two weeks", "dos días")),
    ("en", "es", "Take it for one week.", "Tómelo durante un día.",
     changed("one week", "un día")),
    ("en", "pt-BR", "Take two tablets a day for a week.", "Tome dois comprimidos por dia durante duas semanas.",
     changed("a week", "duas semanas")),
    ("en", "fr", "Take two tablets a day for a week.", "Prenez deux comprimés par jour pendant deux semaines.",
     changed("a week", "deux semaines")),
    ("en", "fr", "Take two tablets a day for two weeks.", "Prenez deux comprimés par jour pendant une semaine.",
     changed("two weeks", "une semaine")),
    ("es", "en", "Tome dos tabletas al día durante una semana.", "Take two tablets a day for two weeks.",
     changed("una semana", "two weeks")),
    # in digits the number check sees it, and names only the numbers that differ (no hint about a unit
    # word of the project's own: "2 tabletas" is the source's 2 tablets)
    ("en", "es", "Take 2 tablets a day for 2 weeks.", "Tome 2 tabletas al día durante 3 semanas.",
     "number 2 weeks in the source is missing from the translation (found 3 semanas); copy every number and unit"),
]


@pytest.mark.parametrize(("source_lang", "lang", "src", "tr", "message"), REFUSED)
def test_another_count_for_a_time_is_a_number_error(
        source_lang: str, lang: str, src: str, tr: str, message: str) -> None:
    found = [f for f in check_message(src, tr, source_lang=source_lang, lang=lang) if f.severity == "error"]
    assert [(f.code, f.message) for f in found] == [("number", message)]


ACCEPTED = [
    ("en", "es", "Wait a day.", "Espere un día."),
    ("en", "es", "Wait a day.", "Espere 1 día."),
    ("en", "es", "Wait a day.", "Espere 24 horas."),  # the same time in other units
    ("en", "es", "Wait an hour.", "Espere 60 minutos."),
    ("en", "es", "Stop it a week before surgery.", "Suspéndalo siete días antes de la cirugía."),
    ("en", "es", "Stop it a week before surgery.", "Suspéndalo 7 días antes de la cirugía."),
    ("en", "es", "Use it for a year.", "Úselo durante doce meses."),
    ("en", "pt-BR", "Tell us a week ahead.", "Avise-nos com sete dias de antecedência."),
    ("en", "fr", "Wait an hour.", "Attendez soixante minutes."),
    ("en", "fr", "Wait an hour.", "Attendez une heure."),
    ("pt", "en", "Aguarde um dia.", "Wait 24 hours."),
    # a rate is no count of one
    ("en", "es", "Take it once a day.", "Tómelo una vez al día."),
    ("en", "es", "Take it twice a day.", "Tómelo dos veces al día."),
    ("en", "es", "Take it 3 times a day.", "Tómelo 3 veces al día."),
    ("en", "es", "Take 100 mg a day.", "Tome 100 mg al día."),
    ("en", "es", "Take one a day.", "Tome una al día."),
    ("en", "es", "Take your pills a day early if you travel.", "Tome sus pastillas un día antes si viaja."),
    ("en", "es", "Take {dose} a day.", "Tome {dose} al día."),
    ("en", "es", "Drink a glass of water a day.", "Beba un vaso de agua al día."),
    ("en", "es", "Walk for an hour a day.", "Camine una hora al día."),
    ("en", "es", "Walk for an hour a day.", "Camine 60 minutos al día."),
    # more than one, or part of one
    ("en", "es", "Wait a day or two.", "Espere uno o dos días."),
    ("en", "es", "Call us a day or so before.", "Llámenos un par de días antes."),
    ("en", "es", "Use it every other day.", "Úselo cada dos días."),
    ("en", "fr", "Use it every other day.", "Utilisez-le un jour sur deux."),
    ("en", "es", "It may take a few days.", "Puede tardar unos días."),
    ("en", "es", "It may take a couple of days.", "Puede tardar un par de días."),
    ("en", "es", "Wait half an hour.", "Espere media hora."),
    ("en", "es", "Wait an hour and a half.", "Espere hora y media."),
    ("en", "es", "Wait an hour or more.", "Espere una hora o más."),
    ("en", "es", "Do not skip a day.", "No se salte ni un solo día."),
    ("es", "en", "Espere una hora y media.", "Wait an hour and a half."),
    # each time keeps its count, wherever the sentence puts it and in any exact units
    ("en", "es", "Each week, take 2 tablets.", "Tome 2 tabletas cada semana."),
    ("en", "es", "For a week, take two tablets a day.", "Durante siete días, tome dos tabletas diarias."),
    ("en", "es", "Take two tablets a day for two weeks.", "Durante 2 semanas, tome 2 tabletas al día."),
    ("en", "fr", "Take two tablets a day for a week.", "Prenez deux comprimés par jour pendant sept jours."),
    ("en", "es", "Walk for an hour a day for two weeks.", "Camine 60 minutos al día durante dos semanas."),
    ("en", "es", "Use it every other day for a week.", "Úselo cada dos días durante siete días."),
    ("en", "es", "Take it for a week, then stop for 7 days.", "Tómelo 7 días y luego suspéndalo 1 semana."),
    # a time only left out or only added is not read so: "the day before" may be "un día antes"
    ("en", "es", "Take two tablets. Call us a day before your visit.",
     "Tome dos tabletas. Llámenos el día anterior a su visita."),
    ("en", "es", "Take two tablets for two weeks, starting the day before surgery.",
     "Tome dos tabletas durante dos semanas, empezando un día antes de la cirugía."),
    ("en", "es", "Wait a week or two, then take two tablets.", "Espere una o dos semanas y tome dos tabletas."),
]


@pytest.mark.parametrize(("source_lang", "lang", "src", "tr"), ACCEPTED)
def test_the_same_time_or_a_rate_passes(source_lang: str, lang: str, src: str, tr: str) -> None:
    assert [f for f in check_message(src, tr, source_lang=source_lang, lang=lang) if f.severity == "error"] == []


FACTS = {"ae_months": Fact("ae_months", "quantity", Decimal(6), "duration-month", None, None, "x", 1, "long"),
         "store_us_room": Fact("store_us_room", "quantity", Decimal(24), "duration-hour", None, None, "x", 2, "long")}
STAYS = ("(a number typed for a fact stays the same when content/facts.yaml changes; no edu-ok accepts a different "
         "one)")


@pytest.mark.parametrize(("src", "tr", "message"), [
    ("Call if it lasts more than {ae_months}.", "Llame si dura más de un día.",
     "the translation prints un día where {ae_months} now prints 6 meses: write {ae_months} " + STAYS),
    ("Do not use a syringe left out for more than {store_us_room}.",
     "No use una jeringa que estuvo fuera más de una semana.",
     "the translation prints una semana where {store_us_room} now prints 24 horas: write {store_us_room} " + STAYS),
    # the fact's time in other units, or the source's own "a day": no finding
    ("Do not use a syringe left out for more than {store_us_room}.",
     "No use una jeringa que estuvo fuera más de un día.", None),
    ("Wait a day after {ae_months}.", "Espere un día después de seis meses.", None),
    ("Take {ae_months} once a day.", "Tome una dosis una vez al día.", None),
])
def test_a_time_in_words_for_a_dropped_fact_must_be_the_facts(src: str, tr: str, message: str | None) -> None:
    found = check_fact_numbers(src, tr, FACTS, "es_US", Context("en", "es", "US", ()))
    assert [(f.code, f.message) for f in found] == ([("fact-number", message)] if message else [])


@pytest.mark.parametrize(("lang", "tr"), [
    ("es", "Tarda siete días en hacer efecto."),
    ("es", "Tarda 7 días en hacer efecto."),
    ("pt-BR", "Leva sete dias para fazer efeito."),
    ("fr", "Il faut sept jours pour qu'il agisse."),
])
def test_a_time_said_in_other_units_is_no_period_lost(lang: str, tr: str) -> None:
    """"a week" there says how long, not how often (the period check read it as "once a week")."""
    assert [f for f in check_message("It takes a week to work.", tr, source_lang="en", lang=lang)
            if f.severity == "error"] == []
