"""The appearance check: how the medicine looks said as its opposite ("Do not use it if the liquid is
cloudy" as "No la use si el líquido está transparente") is an error a translator sees at the entry's
line; the same look in other words passes, and so does a "not" that turns it round with the word
("if it is not clear" as "si está turbia"), and a word that says no look ("claro que", "amarillo
claro", "des troubles du sommeil", Vietnamese "trong tủ lạnh", in the refrigerator). A look left out
beside one the translation keeps ("discolored or has particles" as "si está transparente", a yellow
tint dropped) is an error too; a yellow that is no tint ("yellow skin") and a translation that says
no look are not read for it."""

from __future__ import annotations

import pytest

from edu import lookwords
from edu.checks import check_message
from edu.lookwords import CLEAR, CLOUDY, COLORED, COLORLESS, PARTICLES, YELLOW


def errors(src: str, tr: str, lang: str, source_lang: str = "en") -> list[str]:
    return [f.message for f in check_message(src, tr, source_lang=source_lang, lang=lang) if f.code == "appearance"]


def turned(look: str, words: str, other: str, other_words: str) -> str:
    return (f'the source says {look} ("{words}") and the translation {other} ("{other_words}"): keep how the '
            f"medicine looks ({look} is not {other}); if the translation says it in other words, a reviewer "
            "confirms them with edu-ok:appearance")


CLOUDY_SRC = "Do not use it if the liquid is cloudy."
SHAKE_OR_USE = "Do not shake it or use it if it is cloudy."  # one "not" governs both
# (language, source, translation, the message)
UNSAFE = [
    ("es", CLOUDY_SRC, "No la use si el líquido está transparente.",
     turned(CLOUDY, "liquid is cloudy", CLEAR, "líquido está transparente")),
    ("es", CLOUDY_SRC, "No la use si el líquido está claro.",
     turned(CLOUDY, "liquid is cloudy", CLEAR, "líquido está claro")),
    ("es", "Use it only if the liquid is clear and colorless.", "Úsela solo si el líquido está turbio e incoloro.",
     turned(CLEAR, "liquid is clear", CLOUDY, "líquido está turbio")),
    ("es", "The liquid should be clear and colorless.", "El líquido debe ser transparente y coloreado.",
     turned(COLORLESS, "clear and colorless", COLORED, "transparente y coloreado")),
    ("pt-BR", "Do not use it if the liquid is cloudy or discolored.",
     "Não use se o líquido estiver límpido ou descolorido.",
     turned(CLOUDY, "liquid is cloudy", CLEAR, "líquido estiver límpido")),
    ("pt-BR", "Use it only if the solution is clear.", "Use somente se a solução estiver turva.",
     turned(CLEAR, "solution is clear", CLOUDY, "solução estiver turva")),
    ("fr", "Do not use the solution if it is cloudy.", "N’utilisez pas la solution si elle est limpide.",
     turned(CLOUDY, "it is cloudy", CLEAR, "elle est limpide")),
    ("fr", "Use it only if the solution is clear.", "Utilisez-la seulement si la solution est trouble.",
     turned(CLEAR, "solution is clear", CLOUDY, "solution est trouble")),
    ("vi", CLOUDY_SRC, "Không dùng nếu dung dịch trong.", turned(CLOUDY, "liquid is cloudy", CLEAR, "dung dịch trong")),
    ("vi", "Use it only if it is clear and colorless.", "Chỉ dùng nếu thuốc bị đục và không màu.",
     turned(CLEAR, "it is clear", CLOUDY, "thuốc bị đục")),
    # the "not"s counted in the clause that governs the look: not one of another clause ("Evite agitarla, y
    # úsela…"), nor a main clause's again ("No la agite ni la use si…", "Ne l’agitez pas et ne l’utilisez pas")
    ("es", "Do not shake it, and use it only if it is clear.", "Evite agitarla, y úsela solo si está turbia.",
     turned(CLEAR, "it is clear", CLOUDY, "si está turbia")),
    ("es", SHAKE_OR_USE, "No la agite ni la use si está transparente.",
     turned(CLOUDY, "it is cloudy", CLEAR, "si está transparente")),
    ("es", "If it is cloudy, do not shake it or use it.", "Si está transparente, no la agite ni la use.",
     turned(CLOUDY, "it is cloudy", CLEAR, "Si está transparente")),
    ("pt-BR", SHAKE_OR_USE, "Não agite nem use se estiver límpido.",
     turned(CLOUDY, "it is cloudy", CLEAR, "se estiver límpido")),
    ("fr", SHAKE_OR_USE, "Ne l’agitez pas et ne l’utilisez pas si elle est limpide.",
     turned(CLOUDY, "it is cloudy", CLEAR, "elle est limpide")),
    ("vi", SHAKE_OR_USE, "Không lắc và không dùng nếu thuốc trong suốt.",
     turned(CLOUDY, "it is cloudy", CLEAR, "nếu thuốc trong suốt")),
    ("fr", "Use it only if the solution is clear.", "Ne l’utilisez que si la solution est trouble.",
     turned(CLEAR, "solution is clear", CLOUDY, "solution est trouble")),  # "ne … que" says only
]


@pytest.mark.parametrize(("lang", "src", "tr", "said"), UNSAFE)
def test_a_look_said_as_its_opposite_is_an_error(lang: str, src: str, tr: str, said: str) -> None:
    assert errors(src, tr, lang) == [said]


def test_a_look_is_read_from_a_spanish_source_too() -> None:
    assert errors("No la use si el líquido está turbio.", "Do not use it if the liquid is clear.", "en",
                  source_lang="es") == [turned(CLOUDY, "líquido está turbio", CLEAR, "liquid is clear")]


# Looks left out beside one the translation keeps: particles, a yellow tint, colorless
CONFIRM = "if the translation says it in other words, a reviewer confirms them with edu-ok:appearance"


def left_out(named: str) -> str:
    return f"the source says {named} and the translation does not: keep every look the source names; {CONFIRM}"


TINT = "Do not use if it is discolored or has particles in it."
SPECKS = "Do not use if it is cloudy or has particles in it."
YELLOWISH = "The liquid should be colorless or slightly yellow."
# (language, source, translation, the message)
LEFT_OUT = [
    ("es", TINT, "No la use si está transparente.",
     left_out('colored ("it is discolored") and particles ("or has particles")')),
    ("es", SPECKS, "No la use si está turbia.", left_out('particles ("or has particles")')),
    ("pt-BR", SPECKS, "Não use se estiver turva.", left_out('particles ("or has particles")')),
    ("fr", SPECKS, "Ne l’utilisez pas si elle est trouble.", left_out('particles ("or has particles")')),
    ("vi", SPECKS, "Không dùng nếu thuốc bị đục.", left_out('particles ("or has particles")')),
    ("es", YELLOWISH, "El líquido debe ser incoloro.", left_out('yellow ("or slightly yellow")')),
    ("fr", YELLOWISH, "Le liquide doit être incolore.", left_out('yellow ("or slightly yellow")')),
    ("es", "The liquid should be clear and colorless.", "El líquido debe ser transparente.",
     left_out('colorless ("clear and colorless")')),
]


@pytest.mark.parametrize(("lang", "src", "tr", "said"), LEFT_OUT)
def test_a_look_left_out_is_an_error(lang: str, src: str, tr: str, said: str) -> None:
    assert errors(src, tr, lang) == [said]


def test_a_look_left_out_is_read_from_a_spanish_source_too() -> None:
    assert errors("No la use si está turbia o tiene partículas.", "Do not use it if it is cloudy.", "en",
                  source_lang="es") == [left_out('particles ("o tiene partículas")')]


# (language, source, translation): the same look in other words, or turned round with a "not"
CORRECT = [
    ("es", CLOUDY_SRC, "No la use si el líquido está turbio."),
    ("es", CLOUDY_SRC, "No use la jeringa si el líquido se ve turbio."),
    ("es", CLOUDY_SRC, "No la use si el líquido no está transparente."),  # the "not" says it
    ("es", "Do not use it if it is not clear.", "No la use si está turbia."),
    ("es", "Use it only if the liquid is clear.", "No la use si el líquido está turbio."),
    ("es", "The liquid should be clear and colorless.", "El líquido debe ser claro e incoloro."),
    ("es", "The liquid should be clear and colorless.", "El líquido debe ser transparente y sin color."),
    ("pt-BR", CLOUDY_SRC, "Não use se o líquido estiver turvo."),
    ("pt-BR", "Do not use it if it is not clear.", "Não use se estiver turvo."),
    ("pt-BR", "Use it only if the solution is clear and colorless.",
     "Use somente se a solução estiver límpida e incolor."),
    ("fr", "Do not use the solution if it is cloudy.", "N’utilisez pas la solution si elle est trouble."),
    ("fr", "The liquid should be clear and colorless.", "Le liquide doit être limpide et incolore."),
    ("fr", "Use it only if the solution is clear.", "Utilisez-la seulement si la solution est claire."),
    ("fr", "Do not use it if it is not clear.", "Ne l’utilisez pas si elle est trouble."),
    ("vi", CLOUDY_SRC, "Không dùng nếu dung dịch bị đục."),
    ("vi", "Use it only if it is clear and colorless.", "Chỉ dùng nếu dung dịch trong và không màu."),
    ("vi", "Do not use it if it is not clear.", "Không dùng nếu thuốc bị đục."),
    # particles and a yellow tint kept, a "not" of particles ("sin partículas") turns no look round
    ("es", TINT, "No la use si está descolorida o tiene partículas."),
    ("es", TINT, "No la use si ha cambiado de color o tiene partículas."),
    ("es", TINT, "No la use si el color ha cambiado o si tiene grumos."),
    ("es", TINT, "Úsela solo si es incolora y no tiene partículas."),
    ("es", SPECKS, "No la use si está turbia o tiene partículas."),
    ("es", SPECKS, "Úsela solo si está transparente y sin partículas."),
    ("pt-BR", TINT, "Não use se estiver descolorido ou com partículas."),
    ("pt-BR", "Do not use it if the liquid is cloudy, discolored, or has particles.",
     "Não use se o líquido estiver turvo, com cor alterada ou com partículas."),
    ("es", "Do not use it if the liquid is cloudy, discolored, or has particles.",
     "No la use si el líquido está turbio, tiene un color alterado o tiene partículas."),
    ("pt-BR", "Check that the liquid is clear and colorless to slightly yellow.",
     "Verifique se o líquido está límpido e incolor a levemente amarelado."),
    ("pt-BR", SPECKS, "Não use se estiver turva ou com partículas."),
    ("fr", TINT, "Ne l’utilisez pas si elle a changé de couleur ou contient des particules."),
    ("fr", SPECKS, "Ne l’utilisez pas si elle est trouble ou contient des particules."),
    ("vi", TINT, "Không dùng nếu thuốc bị đổi màu hoặc có hạt."),
    ("vi", SPECKS, "Không dùng nếu thuốc bị đục hoặc có vẩn."),
    ("vi", SPECKS, "Không dùng nếu thuốc bị vẩn đục hoặc có cặn."),
    ("es", YELLOWISH, "El líquido debe ser incoloro o ligeramente amarillo."),
    ("es", YELLOWISH, "El líquido debe ser incoloro o tener un ligero tono amarillo."),
    ("pt-BR", YELLOWISH, "O líquido deve ser incolor ou levemente amarelado."),
    ("fr", YELLOWISH, "Le liquide doit être incolore ou légèrement jaune."),
    ("vi", YELLOWISH, "Dung dịch phải không màu hoặc hơi vàng."),
    ("es", "The liquid should be clear and colorless.", "El líquido debe ser claro y no tener color."),
]


@pytest.mark.parametrize(("lang", "src", "tr"), CORRECT)
def test_the_same_look_in_other_words_passes(lang: str, src: str, tr: str) -> None:
    assert lookwords.looks(src, "en") and lookwords.looks(tr, lang)  # read on both sides, not passed unread
    assert [f.code for f in check_message(src, tr, source_lang="en", lang=lang) if f.severity == "error"] == []


def test_a_reviewer_accepts_other_words_with_edu_ok() -> None:
    src, tr = "Do not use it if the liquid is cloudy.", "No la use si el líquido está transparente."
    assert errors(src, tr, "es")
    found = check_message(src, tr, source_lang="en", lang="es", flags={"edu-ok:appearance"})
    assert [f.code for f in found if f.code in ("appearance", "flag")] == []


# (language, look, words): every word of the lists is read, through the pre-filter
WORDS = [
    ("en", CLEAR, ["transparent", "clear"]),
    ("en", CLOUDY, ["cloudy", "milky", "hazy"]),
    ("en", COLORLESS, ["colorless", "colourless"]),
    ("en", COLORED, ["colored", "discolored", "discoloured"]),
    ("es", CLEAR, ["transparente", "límpido", "clara"]),
    ("es", CLOUDY, ["turbio", "turbia", "lechoso"]),
    ("es", COLORLESS, ["incoloro", "sin color"]),
    ("es", COLORED, ["coloreado", "descolorido", "decolorado"]),
    ("pt", CLEAR, ["transparente", "límpida", "claro"]),
    ("pt", CLOUDY, ["turvo", "turva", "leitoso"]),
    ("pt", COLORLESS, ["incolor", "sem cor"]),
    ("pt", COLORED, ["colorido", "descolorido"]),
    ("fr", CLEAR, ["limpide", "transparente", "claire"]),
    ("fr", CLOUDY, ["trouble", "laiteuse"]),
    ("fr", COLORLESS, ["incolore", "sans couleur"]),
    ("fr", COLORED, ["colorée", "décolorée"]),
    ("vi", CLEAR, ["trong suốt", "trong"]),
    ("vi", CLOUDY, ["đục", "vẩn đục"]),
    ("vi", COLORLESS, ["không màu"]),
    ("vi", COLORED, ["đổi màu", "có màu"]),
    ("en", PARTICLES, ["full of particles", "full of specks", "full of sediment"]),
    ("es", PARTICLES, ["con partículas", "con grumos", "con sedimento"]),
    ("pt", PARTICLES, ["com partículas", "com grumos"]),
    ("fr", PARTICLES, ["plein de particules", "avec un dépôt"]),
    ("vi", PARTICLES, ["có hạt", "có vẩn", "có cặn"]),
    ("es", COLORED, ["de otro color", "de color anormal"]),
    ("vi", COLORLESS, ["không có màu"]),
]
_SAID = {"en": "If the liquid is {}, call us.", "es": "Si el líquido está {}, llámenos.",
         "pt": "Se o líquido estiver {}, ligue.", "fr": "Si le liquide est {}, appelez-nous.",
         "vi": "Nếu dung dịch {}, hãy gọi."}


@pytest.mark.parametrize(("lang", "look", "words"), WORDS)
def test_each_word_says_its_look(lang: str, look: str, words: list[str]) -> None:
    for word in words:
        assert lookwords.looks(_SAID[lang].format(word), lang) == {look}, word


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Give clear instructions."),
    ("en", "It is clear that you need help."),
    ("en", "Clear your schedule."),
    ("es", "Claro, llame a su médico."),
    ("es", "Está claro que debe llamar."),
    ("es", "Heces claras, orina oscura."),
    ("es", "El líquido es amarillo claro."),
    ("pt", "Claro que sim."),
    ("fr", "Des troubles du sommeil."),
    ("fr", "Le produit trouble la vue."),  # a verb
    ("fr", "C’est clair."),
    ("fr", "Le liquide est jaune clair."),
    ("vi", "Giữ thuốc trong tủ lạnh."),
    ("vi", "Dung dịch trong ống tiêm."),
])  # fmt: skip
def test_words_that_say_no_look_are_not_read(lang: str, text: str) -> None:
    assert lookwords.looks(text, lang) == frozenset()


def test_a_look_word_of_another_sense_turns_nothing() -> None:
    """Vietnamese "trong" (in) beside the look the source says: the look is kept, nothing turned."""
    src = "Do not use it if the liquid is cloudy. Keep it in the refrigerator."
    tr = "Không dùng nếu dung dịch bị đục. Giữ thuốc trong tủ lạnh."
    assert lookwords.looks(tr, "vi") == {CLOUDY}
    assert errors(src, tr, "vi") == []
    assert lookwords.looks("Use it only if it is clear.", "de") is None  # no list: not checked


@pytest.mark.parametrize(("lang", "src", "tr"), [
    ("es", "Signs of liver problems: yellow skin or eyes", "Signos de problemas del hígado: ictericia"),
    ("es", "Call us if your skin is yellow.", "Llámenos si tiene ictericia."),
    ("es", "Lumps or skin that changes color where you gave the shot",
     "Bultos o cambio de color de la piel donde se puso la inyección"),
    ("es", TINT, "No la use si no se ve bien."),  # no look said: a reviewer reads it
])  # fmt: skip
def test_no_look_left_out_where_none_is_compared(lang: str, src: str, tr: str) -> None:
    assert errors(src, tr, lang) == []


def test_a_yellow_tint_is_read_beside_another_look_only() -> None:
    assert lookwords.looks("The solution is colorless to pale yellow.", "en") == {COLORLESS, YELLOW}
    assert lookwords.looks("La solución es incolora o amarillo pálido.", "es") == {COLORLESS, YELLOW}
    assert lookwords.looks("Your skin or eyes turn yellow.", "en") == frozenset()
    assert lookwords.looks("Si el líquido tiene color, llámenos.", "es") == {COLORED}
    assert lookwords.looks("Si el líquido no tiene color, úselo.", "es") == {COLORLESS}


# A "not" of another sentence, of a clause after "but" or of a main clause before a comma governs no look,
# and an "unless" says one: (language, source, translation)
SHAKE = "Do not shake it. Use it only if it is clear."
OTHER_SENTENCE = [
    ("es", SHAKE, "Evite agitarla. No la use si está turbia."),
    ("es", SHAKE_OR_USE, "No la agite, úsela solo si está transparente."),
    ("es", SHAKE_OR_USE, "No la agite, y úsela solo si está transparente."),
    ("es", SHAKE_OR_USE, "No la agite; úsela solo si está transparente."),
    ("es", SHAKE_OR_USE, "No la agite ni la use a menos que esté transparente."),
    ("es", "Do not use it if it is cloudy.", "No la use a menos que esté transparente."),
    ("es", "Do not use it unless it is clear.", "No la use si está turbia."),
    ("es", "Do not shake it but use it only if it is clear.", "No la agite, pero no la use si está turbia."),
    ("es", "If it is cloudy, do not use it.", "Úsela solo si está transparente."),
    ("pt-BR", SHAKE_OR_USE, "Não agite, use somente se estiver límpido."),
    ("pt-BR", "Do not use it if it is cloudy.", "Não use a menos que esteja límpido."),
    ("fr", SHAKE_OR_USE, "Ne l’agitez pas, utilisez-la seulement si elle est limpide."),
    ("fr", "Do not use it if it is cloudy.", "Ne l’utilisez pas à moins qu’elle soit limpide."),
    ("vi", SHAKE_OR_USE, "Không lắc, chỉ dùng nếu thuốc trong suốt."),
    ("vi", "Do not use it if it is cloudy.", "Không dùng trừ khi thuốc trong suốt."),
    ("es", "Do not use it if it is cloudy, even if it was kept in the refrigerator.",
     "Úselo solo si está transparente, aunque no haya salido del refrigerador."),  # the "if" clause ends
    ("fr", "Do not use it if it is cloudy.", "Ne l’utilisez que si la solution est limpide."),
    ("es", SHAKE, "No la agite; úsela solo si está transparente."),
    ("es", "Use it only if it is clear, but do not shake it.", "No la use si está turbia, pero evite agitarla."),
    ("es", "If it is not clear, do not use it.", "Si está turbia, no la use."),
    ("pt-BR", SHAKE, "Evite agitar. Não use se estiver turvo."),
    ("fr", SHAKE, "Évitez de la secouer. Ne l’utilisez pas si elle est trouble."),
    ("vi", SHAKE, "Tránh lắc. Không dùng nếu thuốc bị đục."),
]


@pytest.mark.parametrize(("lang", "src", "tr"), OTHER_SENTENCE)
def test_a_not_of_another_sentence_or_clause_turns_no_look_round(lang: str, src: str, tr: str) -> None:
    assert errors(src, tr, lang) == []


def test_a_look_turned_round_beside_a_not_of_another_sentence_is_an_error() -> None:
    """The "not"s are counted in the look's sentence: one elsewhere neither hides a turned look nor
    stands for the one the translation put beside it."""
    assert errors("Do not shake it. Do not use it if it is cloudy.", "Agítela. No la use si está transparente.",
                  "es") == [turned(CLOUDY, "it is cloudy", CLEAR, "si está transparente")]
    assert errors("Use it only if it is clear. Do not shake it.", "Agítela. Úsela solo si está turbia.", "es") == [
        turned(CLEAR, "it is clear", CLOUDY, "si está turbia")]
