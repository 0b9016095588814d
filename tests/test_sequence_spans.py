"""The sequence check's weak spots, fourth round: a "take" of a length of time ("It takes 2 hours to work",
"takes about 10 minutes", "toma unos 10 minutos", "cela prend environ 10 minutes", "toma cerca de 10 minutos",
"pode tomar até 2 semanas") is no dose, nor is "tome em conta" ("leva", "demora", Vietnamese "mất" are no take);
"take your blood pressure medicine" is a dose, no measurement, and "tome la presión" a measurement. Each correct
translation that turns the sentence round passes, and each one that changes the order is still reported."""

from __future__ import annotations

import pytest

from edu.checks import check_message
from edu.sequenceevents import named as _named


def codes(src: str, tr: str, source_lang: str, lang: str) -> list[str]:
    return [f.code for f in check_message(src, tr, source_lang=source_lang, lang=lang) if f.code == "sequence"]


# (source language, language, source, a translation turned round that keeps which event comes first, one that
# changes the order)
_SRC = "Take the tablet after you eat, as it takes about 10 minutes to work."
TURNED = [
    ("en", "es", "Take the tablet after you eat, as it takes about 10 minutes to work.",
     "Coma antes de tomar la tableta, ya que toma unos 10 minutos en hacer efecto.",
     "Tome la tableta antes de comer, ya que toma unos 10 minutos en hacer efecto."),
    ("es", "en", "Tome la tableta después de comer, ya que tarda unos 10 minutos en hacer efecto.",
     "Eat before you take the tablet, as it takes about 10 minutes to work.",
     "Take the tablet before you eat, as it takes about 10 minutes to work."),
    ("es", "en", "Tome la tableta después de comer, ya que tarda 2 horas en hacer efecto.",
     "Eat before you take the tablet, as it takes 2 hours to work.",
     "Take the tablet before you eat, as it takes 2 hours to work."),
    ("en", "fr", "Take the tablet after you eat, as it takes about 10 minutes to work.",
     "Mangez avant de prendre le comprimé, car cela prend environ 10 minutes pour agir.",
     "Prenez le comprimé avant de manger, car cela prend environ 10 minutes pour agir."),
    ("en", "es", "Take your blood pressure medicine before breakfast.",
     "Después de tomar su medicamento para la presión, desayune.",
     "Tome su medicamento para la presión después del desayuno."),
    ("es", "en", "Tome su medicamento para la presión antes del desayuno.",
     "Eat breakfast after you take your blood pressure medicine.",
     "Take your blood pressure medicine after breakfast."),
    ("en", "es", "Take your blood pressure before you take the tablet.",
     "Tome la tableta después de tomarse la presión.", "Tómese la presión después de tomar la tableta."),
    ("en", "pt-BR", "Take the tablet after you eat; keep your weight in mind.",
     "Coma antes de tomar o comprimido; tome em conta o seu peso.",
     "Tome o comprimido antes de comer; tome em conta o seu peso."),
    # Portuguese "toma", "pode tomar" (a length); "leva", "demora" and Vietnamese "mất" are no take
    ("en", "pt-BR", _SRC, "Coma antes de tomar o comprimido, pois toma cerca de 10 minutos para fazer efeito.",
     "Tome o comprimido antes de comer, pois toma cerca de 10 minutos para fazer efeito."),
    ("en", "pt-BR", "Take the tablet after you eat; it can take up to 2 weeks to work.",
     "Coma antes de tomar o comprimido; pode tomar até 2 semanas para fazer efeito.",
     "Tome o comprimido antes de comer; pode tomar até 2 semanas para fazer efeito."),
    ("pt-BR", "en", "Tome o comprimido depois de comer, pois isso toma cerca de 10 minutos para fazer efeito.",
     "Eat before you take the tablet, as it takes about 10 minutes to work.",
     "Take the tablet before you eat, as it takes about 10 minutes to work."),
    ("en", "pt-BR", _SRC, "Coma antes de tomar o comprimido, pois leva cerca de 10 minutos para fazer efeito.",
     "Tome o comprimido antes de comer, pois leva cerca de 10 minutos para fazer efeito."),
    ("en", "pt-BR", _SRC, "Coma antes de tomar o comprimido, pois demora uns 10 minutos para fazer efeito.",
     "Tome o comprimido antes de comer, pois demora uns 10 minutos para fazer efeito."),
    ("en", "vi", _SRC, "Ăn trước khi uống thuốc, vì thuốc mất khoảng 10 phút để có tác dụng.",
     "Uống thuốc trước khi ăn, vì thuốc mất khoảng 10 phút để có tác dụng."),
    ("vi", "en", "Uống thuốc sau khi ăn, vì thuốc mất khoảng 10 phút để có tác dụng.",
     "Eat before you take the tablet, as it takes about 10 minutes to work.",
     "Take the tablet before you eat, as it takes about 10 minutes to work."),
]


@pytest.mark.parametrize(("source_lang", "lang", "src", "turned", "changed"), TURNED)
def test_turned_round_passes_and_a_changed_order_is_reported(source_lang: str, lang: str, src: str, turned: str,
                                                             changed: str) -> None:
    assert codes(src, turned, source_lang, lang) == []
    assert codes(src, changed, source_lang, lang) == ["sequence"]


@pytest.mark.parametrize(("lang", "text", "events"), [
    ("en", "it takes about 10 minutes", set()), ("en", "it takes 2 hours to work", set()),
    ("en", "it may take a few days", set()), ("en", "it can take up to 2 weeks", set()),
    ("en", "it takes a while", set()), ("es", "toma unos 10 minutos", set()),
    ("es", "tarda unos 10 minutos", set()), ("es", "puede tomar hasta 2 semanas en hacer efecto", set()),
    ("fr", "cela prend environ 10 minutes", set()), ("pt", "tome em conta", set()),
    ("pt", "tome em consideração", set()),
    ("en", "take your blood pressure medicine", {"dose"}), ("en", "take your blood sugar pills", {"dose"}),
    ("en", "take your blood pressure", {"measuring"}), ("en", "check your blood sugar", {"measuring"}),
    ("es", "tome la presión", {"measuring"}), ("es", "tómese la presión", {"measuring"}),
    ("es", "mídase la presión", {"measuring"}), ("es", "aplique presión", set()),
    ("pt", "meça a pressão", {"measuring"}),
    # a length of time said after a dose's take is still a dose
    ("en", "take it 30 minutes before breakfast", {"dose", "meal"}),
    ("en", "take 30 minutes before breakfast", {"dose", "meal"}),
    ("en", "it should be taken 30 minutes before meals", {"dose", "meal"}),
    ("en", "take for 10 days", {"dose"}), ("es", "tómela 30 minutos antes", {"dose"}),
    ("es", "tome 1 tableta durante 10 días", {"dose"}), ("fr", "à prendre 30 minutes avant le repas", {"dose", "meal"}),
    ("fr", "prenez-le pendant 10 jours", {"dose"}),
    # Portuguese "toma", "pode tomar" of a length; "leva", "demora", Vietnamese "mất" take no dose
    ("pt", "toma cerca de 10 minutos", set()), ("pt", "isso toma uns 10 minutos", set()),
    ("pt", "pode tomar até 2 semanas", set()), ("pt", "tomará pelo menos alguns dias", set()),
    ("pt", "leva 10 minutos", set()), ("pt", "demora uns 10 minutos", set()),
    ("vi", "mất 10 phút", set()), ("vi", "thuốc mất khoảng 2 tuần mới có tác dụng", set()),
    ("pt", "tome-o 30 minutos antes", {"dose"}), ("pt", "tome 1 comprimido durante 10 dias", {"dose"}),
    ("pt", "tome 30 minutos antes do café da manhã", {"dose", "meal"}), ("pt", "você tomará por 10 dias", {"dose"}),
    ("pt", "tomar 2 comprimidos por dia", {"dose"}), ("vi", "uống thuốc 30 phút trước bữa ăn", {"dose", "meal"}),
])
def test_what_a_take_names(lang: str, text: str, events: set[str]) -> None:
    assert _named(text, lang) == events
