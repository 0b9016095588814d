"""The appearance check reads what each side says to do when the medicine looks so: use it or not (a
discard verb is a "not"), under an "if" or an "unless", the look or its opposite. "Do not use it unless
it is clear" as "Úsela si está turbia" (use it if cloudy) is the opposite instruction though each says
"not" an even number of times; "Do not use it if it is cloudy" as "No la agite; úsela si está turbia"
keeps the look and moves the "not" off it. "Deséchela si está turbia" (discard it if cloudy) and
"Úsela solo si está transparente" say the same as the source and pass."""

from __future__ import annotations

import pytest

from edu.checks import check_message
from edu.lookwords import CLEAR, CLOUDY

CONFIRM = "if the translation says it in other words, a reviewer confirms them with edu-ok:appearance"


def errors(src: str, tr: str, lang: str) -> list[str]:
    return [f.message for f in check_message(src, tr, source_lang="en", lang=lang) if f.code == "appearance"]


def turned(words: str, other_words: str) -> str:
    return (f'the source says {CLEAR} ("{words}") and the translation {CLOUDY} ("{other_words}"): keep how the '
            f"medicine looks ({CLEAR} is not {CLOUDY}); {CONFIRM}")


def reversed_(words: str, other_words: str) -> str:
    return (f'the source says do not use it if cloudy ("{words}") and the translation use it if cloudy '
            f'("{other_words}"): keep what to do when the medicine looks cloudy; {CONFIRM}')


UNLESS = "Do not use it unless it is clear."  # use it only if it is clear
CLOUDY_SRC = "Do not use it if it is cloudy."
# (language, source, translation, the message): "not … unless" is no "not" of the look
UNLESS_TURNED = [
    ("es", UNLESS, "Úsela si está turbia.", turned("it is clear", "si está turbia")),
    ("pt-BR", UNLESS, "Use se estiver turvo.", turned("it is clear", "se estiver turvo")),
    ("fr", UNLESS, "Utilisez-la si elle est trouble.", turned("it is clear", "elle est trouble")),
    ("vi", UNLESS, "Dùng nếu thuốc bị đục.", turned("it is clear", "thuốc bị đục")),
    ("es", "Do not use it unless the liquid is clear.", "Si el líquido está turbio, úselo.",
     turned("liquid is clear", "líquido está turbio")),
]


@pytest.mark.parametrize(("lang", "src", "tr", "said"), UNLESS_TURNED)
def test_not_unless_is_use_only_if_and_the_opposite_look_under_use_is_an_error(lang: str, src: str, tr: str,
                                                                              said: str) -> None:
    assert errors(src, tr, lang) == [said]


# (language, source, translation, the message): the look kept, the instruction turned round
REVERSED = [
    ("es", CLOUDY_SRC, "No la agite; úsela si está turbia.",
     reversed_("Do not use it if it is cloudy", "úsela si está turbia")),
    ("es", CLOUDY_SRC, "No la agite y úsela si está turbia.",
     reversed_("Do not use it if it is cloudy", "No la agite y úsela si está turbia")),
    ("es", "If it is cloudy, do not use it.", "Si está turbia, no la agite y úsela.",
     reversed_("If it is cloudy, do not use it", "Si está turbia, no la agite y úsela")),
    ("pt-BR", CLOUDY_SRC, "Não agite; use se estiver turvo.",
     reversed_("Do not use it if it is cloudy", "use se estiver turvo")),
    ("fr", CLOUDY_SRC, "Ne l’agitez pas ; utilisez-la si elle est trouble.",
     reversed_("Do not use it if it is cloudy", "utilisez-la si elle est trouble")),
    ("vi", CLOUDY_SRC, "Không lắc; dùng nếu thuốc bị đục.",
     reversed_("Do not use it if it is cloudy", "dùng nếu thuốc bị đục")),
]


@pytest.mark.parametrize(("lang", "src", "tr", "said"), REVERSED)
def test_the_same_look_under_the_opposite_instruction_is_an_error(lang: str, src: str, tr: str, said: str) -> None:
    assert errors(src, tr, lang) == [said]


# (language, source, translation): the same instruction in other words, a discard verb a "do not use"
CORRECT = [
    ("es", CLOUDY_SRC, "Deséchela si está turbia."),
    ("es", CLOUDY_SRC, "Tírela si está turbia."),
    ("es", CLOUDY_SRC, "Si está turbia, deséchela."),
    ("es", CLOUDY_SRC, "Úsela solo si está transparente."),
    ("es", CLOUDY_SRC, "Úsela solo si no está turbia."),
    ("es", CLOUDY_SRC, "Si está turbia, no la use y llame a la farmacia."),
    ("es", CLOUDY_SRC, "No la agite; no la use si está turbia."),
    ("es", UNLESS, "Úsela solo si está transparente."),
    ("es", UNLESS, "No la use si está turbia."),
    ("es", UNLESS, "No la use a menos que esté transparente."),
    ("es", UNLESS, "Deséchela si está turbia."),
    ("pt-BR", CLOUDY_SRC, "Descarte se estiver turvo."),
    ("pt-BR", CLOUDY_SRC, "Jogue-o fora se estiver turvo."),
    ("pt-BR", UNLESS, "Use somente se estiver límpido."),
    ("pt-BR", UNLESS, "Não use se estiver turvo."),
    ("fr", CLOUDY_SRC, "Jetez-la si elle est trouble."),
    ("fr", UNLESS, "Utilisez-la seulement si elle est limpide."),
    ("fr", UNLESS, "Ne l’utilisez pas à moins qu’elle ne soit limpide."),  # "ne" after "à moins que" says no "not"
    ("fr", UNLESS, "Ne l’utilisez que si elle est limpide."),
    ("fr", UNLESS, "Ne l’utilisez pas si elle est trouble."),
    ("vi", CLOUDY_SRC, "Vứt bỏ nếu thuốc bị đục."),
    ("vi", UNLESS, "Chỉ dùng nếu thuốc trong suốt."),
    ("vi", UNLESS, "Không dùng trừ khi thuốc trong suốt."),
    ("vi", UNLESS, "Không dùng nếu thuốc bị đục."),
]


@pytest.mark.parametrize(("lang", "src", "tr"), CORRECT)
def test_the_same_instruction_in_other_words_passes(lang: str, src: str, tr: str) -> None:
    assert errors(src, tr, lang) == []


@pytest.mark.parametrize(("lang", "src", "tr"), [
    ("es", CLOUDY_SRC, "Si está turbia, llame a la farmacia."),  # no "use": says nothing of using it
    ("es", CLOUDY_SRC, "Si está turbia, deséchela y use otra jeringa."),  # both verbs: not read
    ("es", CLOUDY_SRC, "Está turbia: úsela."),  # no "if": not read
])  # fmt: skip
def test_an_instruction_not_read_is_not_compared(lang: str, src: str, tr: str) -> None:
    assert errors(src, tr, lang) == []


@pytest.mark.parametrize(("lang", "src", "tr"), [
    ("es", "If it is cloudy, do not use it.", "Si está turbia, úsela."),
    ("es", CLOUDY_SRC, "Úsela solo si está turbia."),
])  # fmt: skip
def test_a_not_lost_with_the_instruction_is_one_error_the_negation_checks(lang: str, src: str, tr: str) -> None:
    """The negation check reports the "not" lost; the appearance check does not say it again."""
    found = check_message(src, tr, source_lang="en", lang=lang)
    assert [f.code for f in found if f.severity == "error"] == ["negation"]


@pytest.mark.parametrize(("lang", "src", "tr"), [
    ("es", CLOUDY_SRC, "Evite usarla si está turbia."),  # "avoid" says the "not"
    ("es", CLOUDY_SRC, "Deje de usarla si se pone turbia."),  # "stop" too
    ("es", CLOUDY_SRC, "No se la ponga si está turbia."),
    ("es", "Do not shake it or use it if it is cloudy.", "No la agite y no la use si está turbia."),
    ("fr", "Do not shake it or use it if it is cloudy.", "Ne l’agitez pas et ne l’utilisez pas si elle est trouble."),
    ("es", "Check the liquid. If it is cloudy, throw it away.", "Revise el líquido. No lo use si está turbio."),
    ("pt-BR", "If it is cloudy, do not give it.", "Se estiver turvo, não o administre."),
])  # fmt: skip
def test_a_not_said_otherwise_or_repeated_keeps_the_instruction(lang: str, src: str, tr: str) -> None:
    assert errors(src, tr, lang) == []
