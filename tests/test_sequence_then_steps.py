"""The "then" order read sentence by sentence, and an order of three ("Take the pen out of the refrigerator,
then wash your hands, then inject"): a translation whose before or after, or whose own "then"s ("luego", "y
luego", "después", "a continuación", "depois", "em seguida", "puis", "ensuite", "sau đó", "rồi"), put a later
thing first is reported; one that keeps the order passes."""

from __future__ import annotations

import pytest

from edu.checks import check_message
from test_sequence_then import codes

PEN = "Take the pen out of the refrigerator, then wash your hands, then inject."
TWO_SENTENCES = "Check your blood sugar, then eat. Take the tablet, then go for a walk."


@pytest.mark.parametrize(("source_lang", "lang", "src", "tr"), [
    ("en", "es", PEN, "Lávese las manos antes de sacar la pluma del refrigerador. Luego, inyéctese."),
    ("en", "es", PEN, "Saque la pluma del refrigerador, luego inyéctese y luego lávese las manos."),
    ("en", "pt-BR", PEN, "Tire a caneta da geladeira, depois injete e em seguida lave as mãos."),
    ("en", "fr", PEN, "Sortez le stylo du réfrigérateur, puis injectez-vous, ensuite lavez-vous les mains."),
    ("en", "vi", PEN, "Lấy bút ra khỏi tủ lạnh, rồi tiêm, sau đó rửa tay."),
    ("en", "es", TWO_SENTENCES, "Coma antes de medirse el azúcar. Tome la tableta y luego salga a caminar."),
    ("en", "es", "Inject, then wash your hands.", "Lávese las manos y luego inyéctese."),
    ("es", "en", "Saque la pluma del refrigerador, luego lávese las manos y luego inyéctese.",
     "Wash your hands before you take the pen out of the refrigerator. Then inject."),
])
def test_a_later_thing_first_is_reported(source_lang: str, lang: str, src: str, tr: str) -> None:
    assert codes(src, tr, source_lang, lang) == ["sequence"]


def test_the_message_quotes_the_then_put_out_of_order() -> None:
    [found] = check_message(PEN, "Saque la pluma del refrigerador, luego inyéctese y luego lávese las manos.",
                            source_lang="en", lang="es")
    assert found.message == (
        'the source says one thing, then another ("Take the pen out of the refrigerator, then wash your …") and the '
        'translation puts the other first ("luego inyéctese y luego lávese"): keep the order of the source; if the '
        "translation says it in other words, a reviewer confirms them with edu-ok:sequence")


@pytest.mark.parametrize(("source_lang", "lang", "src", "tr"), [
    ("en", "es", PEN, "Saque la pluma del refrigerador, luego lávese las manos y luego inyéctese."),
    ("en", "es", PEN, "Saque la pluma del refrigerador. Después, lávese las manos y a continuación inyéctese."),
    ("en", "es", PEN, "Después de sacar la pluma del refrigerador, lávese las manos y luego inyéctese."),
    ("en", "es", PEN, "Lávese las manos después de sacar la pluma del refrigerador y antes de inyectarse."),
    ("en", "pt-BR", PEN, "Tire a caneta da geladeira, depois lave as mãos e em seguida injete."),
    ("en", "pt-BR", PEN, "Depois de tirar a caneta da geladeira, lave as mãos e depois injete."),
    ("en", "fr", PEN, "Sortez le stylo du réfrigérateur, puis lavez-vous les mains, ensuite injectez-vous."),
    ("en", "fr", PEN, "Après avoir sorti le stylo du réfrigérateur, lavez-vous les mains, puis injectez-vous."),
    ("en", "vi", PEN, "Lấy bút ra khỏi tủ lạnh, sau đó rửa tay rồi tiêm."),
    ("en", "es", TWO_SENTENCES, "Mídase el azúcar y luego coma. Tome la tableta y luego salga a caminar."),
    ("es", "en", "Saque la pluma del refrigerador, luego lávese las manos y luego inyéctese.",
     "Take the pen out of the refrigerator, then wash your hands. Then inject."),
    # the washing said by two steps has no place; an "if" is no order
    ("en", "es", "Wash your hands, then inject, then wash them again.", "Inyéctese y luego lávese las manos."),
    ("en", "es", "If you feel dizzy, then sit down, then eat.", "Coma y luego siéntese si se marea."),
])
def test_the_same_order_passes(source_lang: str, lang: str, src: str, tr: str) -> None:
    assert codes(src, tr, source_lang, lang) == []
