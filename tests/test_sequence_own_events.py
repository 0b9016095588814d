"""A "take" of a thing that names an event of its own is that event, no dose, by a rule rather than a list: "take
a lab test" is a test, "tome una caminata" a walk, "tome um lanche" a meal, "prenez votre injection" the
injection ("take a sleeping pill", "take a test dose" are doses). A Portuguese "tirar" takes out whatever it
takes but a thing no one takes out ("tire suas dúvidas", "tirar uma foto") or one that names an event of its own
("tirar sangue", "tirar a pressão"): "tire o medicamento" takes it out. A correct translation that turns the
sentence round passes; one that changes the order is still reported."""

from __future__ import annotations

import pytest

from edu.checks import check_message
from edu.sequenceevents import named as _named


def codes(src: str, tr: str, source_lang: str, lang: str) -> list[str]:
    return [f.code for f in check_message(src, tr, source_lang=source_lang, lang=lang) if f.code == "sequence"]


# (source language, language, source, a translation turned round that keeps the order, one that changes it)
TURNED = [
    ("en", "es", "Take the tablet before you take a walk.", "Después de tomar la tableta, tome una caminata.",
     "Tome la tableta después de tomar una caminata."),
    ("en", "pt-BR", "Take the tablet before you eat.", "Depois de tomar o comprimido, tome um lanche.",
     "Tome o comprimido depois de tomar um lanche."),
    ("es", "en", "Tome la tableta antes de la prueba de laboratorio.",
     "After you take the tablet, take the lab test.", "Take the tablet after the lab test."),
    ("en", "fr", "Take the tablet before your injection.", "Après avoir pris le comprimé, prenez votre injection.",
     "Prenez le comprimé après votre injection."),
    ("en", "pt-BR", "Take the medicine out 30 minutes before you inject.",
     "Injete 30 minutos depois de tirar o medicamento.", "Tire o medicamento 30 minutos depois de injetar."),
]


@pytest.mark.parametrize(("source_lang", "lang", "src", "turned", "changed"), TURNED)
def test_a_take_of_an_event_turned_round_passes_and_a_changed_order_is_reported(
        source_lang: str, lang: str, src: str, turned: str, changed: str) -> None:
    assert codes(src, turned, source_lang, lang) == []
    assert codes(src, changed, source_lang, lang) == ["sequence"]


@pytest.mark.parametrize(("lang", "text", "events"), [
    ("en", "take a lab test", {"test"}), ("en", "take an exercise class", {"exercise"}),
    ("en", "take the injection", {"injection"}), ("es", "tome una caminata", {"exercise"}),
    ("es", "tome algo de comida", {"meal"}), ("es", "tómese la glucemia", {"measuring"}),
    ("pt", "tome um lanche", {"meal"}), ("pt", "tome uma refeição leve", {"meal"}),
    ("fr", "prenez votre injection", {"injection"}),
    ("pt", "tire o kineret", {"taking out"}), ("pt", "tire a insulina", {"taking out"}),
    ("pt", "tire o medicamento 30 minutos antes", {"taking out"}),
    # no taking out, no dose: the thing taken is the event, or no thing
    ("pt", "tirar a temperatura", {"measuring"}), ("pt", "tirar a pressão", {"measuring"}),
    ("pt", "tirar sangue", {"test"}), ("pt", "tire um tempo para descansar", set()),
    ("pt", "tirar proveito", set()), ("pt", "tirar conclusões", set()),
    # a medicine for it is a dose
    ("en", "take a sleeping pill", {"dose", "sleep"}), ("en", "take a test dose", {"dose", "test"}),
    ("en", "take your sleep aids", {"dose", "sleep"}), ("en", "take the tablet with food", {"dose", "meal"}),
    ("es", "tome la tableta con comida", {"dose", "meal"}), ("fr", "prenez le comprimé au repas", {"dose", "meal"}),
])
def test_what_a_take_names(lang: str, text: str, events: set[str]) -> None:
    assert _named(text, lang) == events
