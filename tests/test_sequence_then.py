"""A source that says no before and no after but one thing, then another ("Inject, then wash your hands"), and
a translation that says a before or an after with the other thing first ("Lávese las manos antes de la
inyección. Después, inyéctese.") is reported; a translation that keeps the order ("Después de inyectarse,
lávese las manos", "Inyéctese y luego lávese las manos") passes, and an "if … then" is not read."""

from __future__ import annotations

import pytest

from edu.checks import check_message

INJECT_THEN_WASH = "Inject, then wash your hands."


def codes(src: str, tr: str, source_lang: str, lang: str) -> list[str]:
    return [f.code for f in check_message(src, tr, source_lang=source_lang, lang=lang) if f.code == "sequence"]


@pytest.mark.parametrize(("source_lang", "lang", "src", "tr"), [
    ("en", "es", INJECT_THEN_WASH, "Lávese las manos antes de la inyección. Después, inyéctese."),
    ("en", "es", INJECT_THEN_WASH, "Lávese las manos antes de inyectarse."),
    ("en", "es", "Inject. Then wash your hands.", "Inyéctese después de lavarse las manos."),
    ("en", "es", "Eat breakfast, then take the tablet.", "Tome la tableta antes del desayuno."),
    ("en", "pt-BR", INJECT_THEN_WASH, "Lave as mãos antes de injetar."),
    ("en", "fr", INJECT_THEN_WASH, "Lavez-vous les mains avant l'injection."),
    ("en", "vi", INJECT_THEN_WASH, "Rửa tay trước khi tiêm."),
    ("es", "en", "Inyéctese y luego lávese las manos.", "Wash your hands before you inject."),
    ("es", "en", "Inyéctese. Después, lávese las manos.", "Wash your hands before you inject."),
])
def test_the_other_thing_first_is_reported(source_lang: str, lang: str, src: str, tr: str) -> None:
    assert codes(src, tr, source_lang, lang) == ["sequence"]


def test_the_message_quotes_both_sides() -> None:
    assert [f.message for f in check_message(INJECT_THEN_WASH, "Lávese las manos antes de la inyección. Después, "
                                             "inyéctese.", source_lang="en", lang="es")] == [
        'the source says one thing, then another ("Inject, then wash your hands") and the translation puts the other '
        'first ("Lávese las manos antes de la"): keep the order of the source; if the translation says it in other '
        "words, a reviewer confirms them with edu-ok:sequence"]


@pytest.mark.parametrize(("source_lang", "lang", "src", "tr"), [
    ("en", "es", INJECT_THEN_WASH, "Después de inyectarse, lávese las manos."),
    ("en", "es", INJECT_THEN_WASH, "Lávese las manos después de inyectarse."),
    ("en", "es", INJECT_THEN_WASH, "Inyéctese antes de lavarse las manos."),
    ("en", "es", INJECT_THEN_WASH, "Inyéctese y luego lávese las manos."),
    ("en", "es", "Eat breakfast, then take the tablet.", "Tome la tableta después del desayuno."),
    ("en", "pt-BR", INJECT_THEN_WASH, "Depois de injetar, lave as mãos."),
    ("en", "fr", INJECT_THEN_WASH, "Lavez-vous les mains après l'injection."),
    ("en", "vi", INJECT_THEN_WASH, "Rửa tay sau khi tiêm."),
    ("es", "en", "Inyéctese y luego lávese las manos.", "After you inject, wash your hands."),
    ("es", "en", "Inyéctese y luego lávese las manos.", "Wash your hands after you inject."),
    # an "if … then", two "then"s, a "then" of no two events: not read
    ("en", "es", "If you are going to eat, then take the tablet first.",
     "Si va a comer, tome la tableta antes de la comida."),
    ("en", "es", "If you are going to eat, then take the tablet.", "Tome la tableta antes de comer."),
    ("en", "es", "Keep it cold. If you are going to eat, then take the tablet.",
     "Manténgala fría. Tome la tableta antes de comer."),
    ("en", "es", "Wash your hands, then inject, then wash them again.",
     "Lávese las manos antes de inyectarse y vuelva a lavárselas después."),
    ("en", "es", "Wait until then to inject.", "Espere hasta entonces antes de inyectarse."),
])
def test_the_same_order_passes(source_lang: str, lang: str, src: str, tr: str) -> None:
    assert codes(src, tr, source_lang, lang) == []
