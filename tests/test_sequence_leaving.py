"""Leaving keeps the order: the after side of "before and after" said as washing again when you leave, with no
"again" ("Lávelas al salir.", "Lave-as ao sair.", "Lavez-les en sortant.", "Rửa tay khi ra về.", "y al salir"),
passes; a before ("antes de salir"), another event ("al llegar") or another action ("Séquelas al salir.") is
still reported; a source's "and when you leave" is read as before (a before alone, "antes de irse", keeps it)."""

from __future__ import annotations

import pytest

from test_sequence_done_again import SOURCES, codes


@pytest.mark.parametrize("src", SOURCES)
@pytest.mark.parametrize(("lang", "tr"), [
    ("es", "Lávese las manos antes de la inyección. Lávelas al salir."),
    ("es", "Lávese las manos antes de la inyección. Láveselas cuando se vaya."),
    ("es", "Lávese las manos antes de la inyección y al salir."),
    ("es", "Lávese las manos antes de la inyección y a la salida."),
    ("pt-BR", "Lave as mãos antes da injeção. Lave-as ao sair."),
    ("pt-BR", "Lave as mãos antes da injeção e ao sair."),
    ("fr", "Lavez-vous les mains avant la piqûre. Lavez-les en sortant."),
    ("fr", "Lavez-vous les mains avant la piqûre et en partant."),
    ("vi", "Rửa tay trước khi tiêm. Rửa tay khi ra về."),
])
def test_washing_when_you_leave_passes(src: str, lang: str, tr: str) -> None:
    assert codes(src, tr, "en", lang) == []


@pytest.mark.parametrize("src", SOURCES)
@pytest.mark.parametrize(("lang", "tr"), [
    ("es", "Lávese las manos antes de la inyección. Lávelas antes de salir."),
    ("es", "Lávese las manos antes de la inyección. Lávelas al llegar."),
    ("es", "Lávese las manos antes de la inyección. Séquelas al salir."),
    ("es", "Lávese las manos antes de la inyección y séquelas al salir."),
])
def test_a_before_another_event_or_another_action_is_reported(src: str, lang: str, tr: str) -> None:
    assert codes(src, tr, "en", lang) == ["sequence"]


def test_in_english() -> None:
    src = "Lávese las manos antes y después de la inyección."
    assert codes(src, "Wash your hands before the shot. Wash them when you leave.", "es", "en") == []
    assert codes(src, "Wash your hands before the shot and on your way out.", "es", "en") == []
    assert codes(src, "Wash your hands before the shot. Dry them when you leave.", "es", "en") == ["sequence"]


@pytest.mark.parametrize("src", ["Wash your hands before the shot and when you leave.",
                                 "Wash your hands before the shot and again when you leave."])
def test_a_source_that_says_when_you_leave_is_read_as_a_before(src: str) -> None:
    # (leaving is read as the after side in a translation only: "antes de irse" keeps the source's meaning)
    for tr in ("Lávese las manos antes de la inyección y antes de irse.", "Lávese las manos antes de la inyección y al "
               "salir.", "Lávese las manos antes de la inyección y a la salida."):
        assert codes(src, tr, "en", "es") == []
