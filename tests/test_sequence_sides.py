"""The after side of "before and after" said in other words counts only where it is said of the action of the
before's sentence: "Después, inyéctese" (then, inject) is the next step, no washing again, and "Lávelas cuando
quiera" (whenever you like) keeps no order. A word of the after side whose clause does the before's action
again, or names no action ("y después."), and a "when" said of the event the before is said of ("cuando se haya
inyectado", "lorsque l'injection est faite") still say it."""

from __future__ import annotations

import pytest

from edu.checks import check_message

SOURCES = ["Wash your hands before and after the shot.", "Wash your hands before the shot. Wash them again after.",
           "Wash your hands before the shot and after."]


def codes(src: str, tr: str, source_lang: str = "en", lang: str = "es") -> list[str]:
    return [f.code for f in check_message(src, tr, source_lang=source_lang, lang=lang) if f.code == "sequence"]


# the after word of another action: the hands are washed before only
NEXT_STEP = [
    ("es", "Lávese las manos antes de la inyección. Después, inyéctese."),
    ("es", "Lávese las manos antes de la inyección. Inyéctese después."),
    ("es", "Lávese las manos antes de la inyección y después inyéctese."),
    ("es", "Lávese las manos antes de la inyección. A continuación, inyéctese."),
    ("pt-BR", "Lave as mãos antes da injeção. Depois, injete."),
    ("pt-BR", "Lave as mãos antes da injeção e depois injete."),
    ("fr", "Lavez-vous les mains avant la piqûre. Après, injectez-vous."),
    ("vi", "Rửa tay trước khi tiêm. Sau đó, tiêm thuốc."),
]
# a word of time that keeps no order
ANY_TIME = [
    ("es", "Lávese las manos antes de la inyección. Lávelas cuando quiera."),
    ("es", "Lávese las manos antes de la inyección. Láveselas una vez al día."),
    ("pt-BR", "Lave as mãos antes da injeção. Lave-as quando quiser."),
    ("fr", "Lavez-vous les mains avant la piqûre. Lavez-les quand vous voulez."),
    ("vi", "Rửa tay trước khi tiêm. Rửa tay khi bạn muốn."),
]


@pytest.mark.parametrize("src", SOURCES)
@pytest.mark.parametrize(("lang", "tr"), NEXT_STEP + ANY_TIME)
def test_an_after_word_of_another_action_or_any_time_is_no_after_side(src: str, lang: str, tr: str) -> None:
    assert codes(src, tr, "en", lang) == ["sequence"]


def test_in_english_too() -> None:
    src = "Lávese las manos antes y después de la inyección."
    for tr in ("Wash your hands before the shot. Then inject afterwards.",
               "Wash your hands before the shot. Wash them whenever you like."):
        assert codes(src, tr, "es", "en") == ["sequence"]
    for tr in ("Wash your hands before the shot. Wash them again afterwards.",
               "Wash your hands before the shot. Wash them when the shot is over."):
        assert codes(src, tr, "es", "en") == []


@pytest.mark.parametrize("src", SOURCES)
@pytest.mark.parametrize(("lang", "tr"), [
    # the after word said of the washing, or of nothing else
    ("es", "Lávese las manos antes de la inyección. Inyéctese y después láveselas de nuevo."),
    ("es", "Lávese las manos antes de la inyección. Después, láveselas otra vez."),
    ("es", "Lávese las manos antes de la inyección. Inyéctese; después, lávese las manos."),
    ("es", "Lávese las manos antes de la inyección. Al terminar de inyectarse, láveselas."),
    ("es", "Lávese las manos antes de la inyección. Y cuando termine de inyectarse, también."),
    ("pt-BR", "Lave as mãos antes da injeção. Injete e depois lave-as de novo."),
    ("pt-BR", "Lave as mãos antes da injeção. Ao terminar a injeção, lave-as."),
    ("fr", "Lavez-vous les mains avant la piqûre. Après, lavez-les de nouveau."),
    ("fr", "Lavez-vous les mains avant la piqûre. Faites l'injection et lavez-les après."),
    ("vi", "Rửa tay trước khi tiêm. Sau đó, rửa tay lại."),
    ("vi", "Rửa tay trước khi tiêm. Tiêm xong thì rửa tay."),
    # a "when" said of the injection
    ("es", "Lávese las manos antes de la inyección. Láveselas cuando se haya inyectado."),
    ("es", "Lávese las manos antes de la inyección. Láveselas en cuanto termine la inyección."),
    ("pt-BR", "Lave as mãos antes da injeção. Lave-as quando a injeção acabar."),
    ("fr", "Lavez-vous les mains avant la piqûre. Lavez-les quand la piqûre est finie."),
    ("vi", "Rửa tay trước khi tiêm. Rửa tay khi đã tiêm."),
])
def test_the_after_side_said_of_the_washing_passes(src: str, lang: str, tr: str) -> None:
    assert codes(src, tr, "en", lang) == []


@pytest.mark.parametrize(("lang", "tr"), [
    ("es", "Lávese las manos antes de la inyección. Después, inyéctese."),
    ("pt-BR", "Lave as mãos antes da injeção. Depois, injete."),
    ("fr", "Lavez-vous les mains avant la piqûre. Après, injectez-vous."),
    ("vi", "Rửa tay trước khi tiêm. Sau đó, tiêm thuốc."),
])
def test_a_source_of_a_before_and_the_next_step_still_passes(lang: str, tr: str) -> None:
    """"Wash your hands before the shot. Then inject.": the same next step, no after side asked for."""
    assert codes("Wash your hands before the shot. Then inject.", tr, "en", lang) == []


@pytest.mark.parametrize(("lang", "tr"), [
    ("es", "Lávese las manos antes de la inyección y después, cuando se haya inyectado."),
    ("es", "Lávese las manos antes de la inyección y también después."),
    ("es", "Lávese las manos antes de la inyección; después, vuelva a hacerlo."),
    ("pt-BR", "Lave as mãos antes da injeção e depois dela."),
    ("fr", "Lavez-vous les mains avant la piqûre, puis de nouveau après."),
])
def test_an_after_side_of_no_other_action_passes(lang: str, tr: str) -> None:
    """A "when" of the injection after the after word ("y después, cuando se haya inyectado") is what it is said
    of, not another action."""
    assert codes("Wash your hands before and after the shot.", tr, "en", lang) == []
