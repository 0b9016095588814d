"""The common professional wordings of a look beyond its plain word are read as that look
(lookwords.py): "algo flotando", "algo boiando", "quelque chose qui flotte", "lơ lửng" for particles,
"turbidez" for cloudy, "alteración del color" for discolored. A translation that says the source's
look so is not reported as leaving it out; one that turns a look round still is."""

from __future__ import annotations

import pytest

from edu import lookwords
from edu.checks import check_message
from edu.lookwords import CLOUDY, COLORED, PARTICLES

PARTICLED = "Do not use it if it is cloudy or has particles."
DISCOLORED = "Do not use it if it is cloudy or discolored."


def appearance(src: str, tr: str, lang: str) -> list[str]:
    return [f.message for f in check_message(src, tr, source_lang="en", lang=lang) if f.code == "appearance"]


# (language, source, a translation that says the source's looks in other words)
KEPT = [
    ("es", PARTICLED, "No la use si está turbia o tiene algo flotando."),
    ("es", PARTICLED, "No la use si está turbia o si ve cosas que flotan."),
    ("es", PARTICLED, "No la use si está turbia o tiene motas."),
    ("es", PARTICLED, "No la use si está turbia o tiene materia extraña."),
    ("es", PARTICLED, "No la use si está turbia o tiene precipitados."),
    ("es", PARTICLED, "No la use si está turbia o tiene filamentos."),
    ("es", DISCOLORED, "No la use si está turbia o presenta alteración del color."),
    ("es", DISCOLORED, "No la use si presenta turbidez o un color distinto."),
    ("pt-BR", PARTICLED, "Não use se estiver turvo ou com algo boiando."),
    ("pt-BR", PARTICLED, "Não use se estiver turvo ou com algo flutuando."),
    ("pt-BR", PARTICLED, "Não use se estiver turvo ou tiver material particulado."),
    ("pt-BR", PARTICLED, "Não use se estiver turvo ou tiver substâncias estranhas."),
    ("pt-BR", DISCOLORED, "Não use se apresentar turbidez ou alteração de cor."),
    ("fr", PARTICLED, "Ne l’utilisez pas si elle est trouble ou si quelque chose flotte dedans."),
    ("fr", PARTICLED, "Ne l’utilisez pas si elle est trouble ou contient des éléments en suspension."),
    ("fr", PARTICLED, "Ne l’utilisez pas si elle est trouble ou contient des matières étrangères."),
    ("fr", PARTICLED, "Ne l’utilisez pas si elle est trouble ou contient un précipité."),
    ("fr", DISCOLORED, "Ne l’utilisez pas en cas de turbidité ou d’altération de la couleur."),
    ("vi", PARTICLED, "Không dùng nếu thuốc bị đục hoặc có vật lơ lửng."),
    ("vi", PARTICLED, "Không dùng nếu thuốc bị đục hoặc có kết tủa."),
    ("vi", PARTICLED, "Không dùng nếu thuốc bị đục hoặc có vật thể lạ."),
    ("vi", PARTICLED, "Không dùng nếu thuốc bị đục hoặc có tạp chất."),
    ("vi", DISCOLORED, "Không dùng nếu thuốc bị đục hoặc ngả màu."),
]


@pytest.mark.parametrize(("lang", "src", "tr"), KEPT)
def test_a_look_said_in_professional_words_is_kept(lang: str, src: str, tr: str) -> None:
    assert appearance(src, tr, lang) == []


def test_an_english_translation_says_particles_as_something_floating() -> None:
    found = check_message("No la use si está turbia o tiene partículas.",
                          "Do not use it if it is cloudy or has something floating in it.", source_lang="es", lang="en")
    assert [f.message for f in found if f.code == "appearance"] == []


@pytest.mark.parametrize(("lang", "text", "look"), [
    ("en", "The solution has flakes.", PARTICLES),
    ("en", "If anything is floating in the liquid, call us.", PARTICLES),
    ("es", "Si ve algo flotando, llámenos.", PARTICLES),
    ("es", "Si hay restos que flotan, llámenos.", PARTICLES),
    ("pt", "Se houver pedacinhos a boiar, ligue.", PARTICLES),
    ("fr", "S’il y a des morceaux qui flottent, appelez-nous.", PARTICLES),
    ("vi", "Nếu thấy cặn lơ lửng, hãy gọi.", PARTICLES),
    ("es", "Si la solución presenta turbidez, llámenos.", CLOUDY),
    ("pt", "Se a solução estiver turvada, ligue.", CLOUDY),
    ("fr", "En cas de turbidité, appelez-nous.", CLOUDY),
    ("en", "If you see any turbidity, call us.", CLOUDY),
    ("fr", "Si la couleur est altérée, appelez-nous.", COLORED),
    ("fr", "En cas de modification de la couleur, appelez-nous.", COLORED),
    ("vi", "Nếu thuốc ngả màu, hãy gọi.", COLORED),
])  # fmt: skip
def test_each_wording_says_its_look(lang: str, text: str, look: str) -> None:
    assert lookwords.looks(text, lang) == {look}


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "El barco flota en el agua."),
    ("es", "No tome una decisión precipitada."),
    ("fr", "Un départ précipité."),
    ("pt", "O barco flutua."),
    ("vi", "Giữ thuốc trong tủ lạnh."),
])  # fmt: skip
def test_words_near_them_say_no_look(lang: str, text: str) -> None:
    assert lookwords.looks(text, lang) == frozenset()


def test_a_look_turned_round_beside_a_professional_wording_is_still_reported() -> None:
    found = appearance(PARTICLED, "No la use si está transparente o tiene algo flotando.", "es")
    assert len(found) == 1 and found[0].startswith('the source says cloudy ("it is cloudy") and the translation clear')
