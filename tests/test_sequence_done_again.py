"""The after side of "before and after" said in the next sentence in other words: a sentence that does again
what the before's sentence does, with a word of time or an "again" ("Vuelva a lavárselas al salir.", "Y una
vez más cuando termine de inyectarse.", "Lave-as mais uma vez ao sair.", "Lavez-les une fois de plus en
sortant.", "Rửa tay một lần nữa khi ra về.") says it; one that does it with no word of time ("Láveselas con
jabón."), does another thing, or says a before ("Lávelas antes de tocar la piel.") does not."""

from __future__ import annotations

import pytest

from edu.checks import check_message


def codes(src: str, tr: str, source_lang: str, lang: str) -> list[str]:
    return [f.code for f in check_message(src, tr, source_lang=source_lang, lang=lang) if f.code == "sequence"]


SOURCES = ["Wash your hands before the shot. Wash them again after.", "Wash your hands before and after the shot.",
           "Wash your hands before the shot and after."]


@pytest.mark.parametrize("src", SOURCES)
@pytest.mark.parametrize(("lang", "tr"), [
    ("es", "Lávese las manos antes de la inyección. Vuelva a lavárselas al salir."),
    ("es", "Lávese las manos antes de la inyección. Y una vez más cuando termine de inyectarse."),
    ("es", "Lávese las manos antes de la inyección. Vuelva a lavárselas una vez más."),
    ("es", "Lávese las manos antes de la inyección. Láveselas de nuevo al retirar la aguja."),
    ("es", "Lávese las manos antes de la inyección. Láveselas también en cuanto se inyecte."),
    ("es", "Lávese las manos antes de la inyección. Lávelas de nuevo después de inyectarse."),
    ("es", "Lávese las manos antes de la inyección. Láveselas otra vez tras la inyección."),
    ("pt-BR", "Lave as mãos antes da injeção. Lave-as mais uma vez ao sair."),
    ("pt-BR", "Lave as mãos antes da injeção. Lave-as quando acabar de injetar."),
    ("fr", "Lavez-vous les mains avant la piqûre. Lavez-les une fois de plus en sortant."),
    ("fr", "Lavez-vous les mains avant la piqûre. Lavez-les lorsque l'injection est faite."),
    ("vi", "Rửa tay trước khi tiêm. Rửa tay một lần nữa khi ra về."),
])
def test_done_again_in_the_next_sentence_passes(src: str, lang: str, tr: str) -> None:
    assert codes(src, tr, "en", lang) == []


@pytest.mark.parametrize("src", SOURCES)
@pytest.mark.parametrize(("lang", "tr"), [
    ("es", "Lávese las manos antes de la inyección. Lávelas antes de tocar la piel."),
    ("es", "Lávese las manos antes de la inyección. Láveselas con jabón."),
    ("es", "Lávese las manos antes de la inyección. Prepare la jeringa al sacarla de la caja."),
    ("pt-BR", "Lave as mãos antes da injeção. Lave-as com sabão."),
    ("fr", "Lavez-vous les mains avant la piqûre. Lavez-les avec du savon."),
    ("vi", "Rửa tay trước khi tiêm. Rửa tay bằng xà phòng."),
])
def test_no_word_of_time_another_thing_or_a_before_is_reported(src: str, lang: str, tr: str) -> None:
    assert codes(src, tr, "en", lang) == ["sequence"]


@pytest.mark.parametrize("src", ["Lávese las manos antes de la inyección. Vuelva a lavárselas después.",
                                 "Lávese las manos antes y después de la inyección."])
def test_done_again_in_english(src: str) -> None:
    for tr in ("Wash your hands before the shot. Wash them once more when you leave.",
               "Wash your hands before the shot. Wash them again when you are done."):
        assert codes(src, tr, "es", "en") == []
    assert codes(src, "Wash your hands before the shot. Wash them with soap.", "es", "en") == ["sequence"]
