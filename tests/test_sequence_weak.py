"""The sequence check's weak spots, third round: a blood draw ("sacarle sangre", "tirar sangue", "prise de
sang", "lấy máu", "get your blood drawn") is a test, no taking out; a Portuguese "tirar" takes out only a
thing ("tire a seringa da geladeira", not "tire suas dúvidas", "tirar uma foto"); an after side said at
the end of the sentence or of the next ("before the shot and after.", "Wash them again after.", "y
después.", "e depois.", "et après.", "và sau đó.") is the after of the before's event; more "takes" of no
dose ("take a sip of water", "tómese su tiempo", "prenez une grande inspiration", "uống một ngụm nước").
Each correct translation passes, and each one that changes the order or drops a side is reported."""

from __future__ import annotations

import pytest

from edu.checks import check_message
from edu.sequenceevents import named as _named
from test_sequence_events import BLOOD  # (its turned-round twins are in that file's TAKEN)

WHEN = "if the translation says it in other words, a reviewer confirms them with edu-ok:sequence"


def codes(src: str, tr: str, source_lang: str, lang: str) -> list[str]:
    return [f.code for f in check_message(src, tr, source_lang=source_lang, lang=lang) if f.code == "sequence"]


def test_a_blood_draw_said_before_the_shot_passes() -> None:
    """"Le sacarán sangre" said before the shot is no taking out turned round."""
    assert codes(BLOOD, "Antes de la próxima inyección le sacarán sangre.", "en", "es") == []
    assert codes(BLOOD, "Después de la próxima inyección le sacarán sangre.", "en", "es") == ["sequence"]
    src = "Have your blood taken before your next shot."
    assert codes(src, "Después de que le saquen sangre, póngase la próxima inyección.", "en", "es") == []
    assert codes(src, "Después de la próxima inyección, le sacarán sangre.", "en", "es") == ["sequence"]


@pytest.mark.parametrize(("lang", "text", "events"), [
    ("en", "get your blood drawn", {"test"}), ("en", "when blood is drawn", {"test"}),
    ("en", "we will draw some blood", {"test"}), ("en", "take a blood sample", {"test"}),
    ("en", "have your blood taken", {"test"}), ("en", "your blood will be taken", {"test"}),
    ("en", "we will take some blood", {"test"}), ("en", "take blood thinners", {"dose"}),
    ("en", "it should be taken with food", {"dose", "meal"}), ("vi", "lấy mẫu máu", {"test"}),
    ("es", "sacarle sangre", {"test"}), ("es", "le sacarán sangre", {"test"}), ("es", "extraer sangre", {"test"}),
    ("es", "le saquen una muestra de sangre", {"test"}), ("es", "saque la jeringa de la caja", {"taking out"}),
    ("pt", "tirar sangue", {"test"}), ("pt", "colher sangue", {"test"}),
    ("fr", "prise de sang", {"test"}), ("fr", "prélever du sang", {"test"}),
    ("vi", "lấy máu", {"test"}), ("vi", "lấy máu ra", {"test"}), ("vi", "lấy bút tiêm ra", {"taking out"}),
    ("pt", "tire suas dúvidas com o farmacêutico", set()), ("pt", "tirar dúvidas", set()),
    ("pt", "tire suas dúvidas sobre a caneta", set()), ("pt", "tire uma foto da caneta", set()),
    ("pt", "tire a seringa da geladeira", {"taking out"}), ("pt", "tire-a da caixa", {"taking out"}),
    ("pt", "tire da geladeira", {"taking out"}), ("pt", "tire a tampa", {"taking out"}),
    ("pt", "tirar o frasco da embalagem", {"taking out"}), ("pt", "retire a caneta", {"taking out"}),
])
def test_a_blood_draw_is_a_test_and_tirar_takes_out_a_thing(lang: str, text: str, events: set[str]) -> None:
    assert _named(text, lang) == events


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "take a deep breath"), ("en", "take a few deep breaths"), ("en", "take note"), ("en", "take care"),
    ("en", "take extra care"), ("en", "take a photo"), ("en", "take a picture"), ("en", "take precautions"),
    ("en", "take steps"), ("en", "take action"), ("en", "take a sip of water"), ("en", "take into account"),
    ("en", "take it easy"), ("en", "take a moment"), ("en", "take the stairs"), ("en", "take a bus"),
    ("es", "tomar una decisión"), ("es", "tome asiento"), ("es", "tomar en cuenta"), ("es", "tenga en cuenta"),
    ("es", "tome en consideración"), ("es", "tome cuidado"), ("es", "tome una siesta"),
    ("es", "tome una respiración profunda"), ("es", "tómese su tiempo"), ("es", "tómese un momento"),
    ("es", "tome una foto"), ("es", "tome un vaso de agua"), ("es", "tome un sorbo"), ("es", "tómelo con calma"),
    ("es", "tomar el autobús"), ("es", "tomar conciencia"), ("es", "tomar parte"),
    ("pt", "tome cuidado"), ("pt", "tome uma decisão"), ("pt", "tome nota"), ("pt", "tome fôlego"),
    ("pt", "tomar conta"), ("pt", "tome o seu tempo"), ("pt", "tome um gole de água"), ("pt", "tome um copo de água"),
    ("pt", "tome o ônibus"), ("pt", "tome uma foto"),
    ("fr", "prenez rendez-vous"), ("fr", "prenez soin de vous"), ("fr", "prenez le temps"),
    ("fr", "prenez une grande inspiration"), ("fr", "prenez place"), ("fr", "prenez contact"),
    ("fr", "prenez en compte"), ("fr", "prenez une photo"), ("fr", "prenez un verre d'eau"),
    ("fr", "prenez l'habitude"), ("fr", "prenez garde"),
    ("vi", "uống một ngụm nước"), ("vi", "uống một cốc nước"), ("vi", "uống một ly nước"),
])
def test_a_take_of_no_dose(lang: str, text: str) -> None:
    assert "dose" not in _named(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "take the tablet"), ("en", "take it a few minutes before you eat"), ("en", "take 2 tablets"),
    ("en", "take a test dose"), ("en", "take blood thinners"),
    ("es", "tómela unos minutos antes de comer"), ("es", "tome la tableta con un vaso de agua"),
    ("es", "tómela con agua"), ("pt", "tome o comprimido com um copo de água"), ("pt", "tome-o"),
    ("fr", "prenez-le avec un verre d'eau"), ("fr", "prenez le comprimé"), ("vi", "uống thuốc"),
])
def test_a_dose_is_still_a_dose(lang: str, text: str) -> None:
    assert "dose" in _named(text, lang)


# The after side said at the end of the sentence or of the next one
SPLIT = "Wash your hands before the shot. Wash them again after."
AND_AFTER = "Wash your hands before the shot and after."
BOTH_SAID = [
    ("es", "Lávese las manos antes de la inyección. Vuelva a lavárselas después."),
    ("es", "Lávese las manos antes de la inyección y después."),
    ("es", "Lávese las manos antes de la inyección, y después."),
    ("es", "Lávese las manos antes de la inyección. Y después."),
    ("es", "Lávese las manos antes de la inyección y de nuevo después."),
    ("es", "Lávese las manos antes y después de la inyección."),
    ("es", "Lávese las manos antes de la inyección. Después, láveselas de nuevo."),
    ("es", "Lávese las manos antes de la inyección. Al terminar, lávelas de nuevo."),
    ("es", "Lávese las manos antes de la inyección. Luego, láveselas de nuevo."),
    ("es", "Lávese las manos antes de la inyección y otra vez más tarde."),
    ("pt-BR", "Lave as mãos antes da injeção e depois."),
    ("pt-BR", "Lave as mãos antes da injeção. Lave-as de novo depois."),
    ("pt-BR", "Lave as mãos antes e depois da injeção."),
    ("pt-BR", "Lave as mãos antes da injeção. Lave-as de novo ao terminar."),
    ("pt-BR", "Lave as mãos antes da injeção. Em seguida, lave-as de novo."),
    ("fr", "Lavez-vous les mains avant la piqûre et après."),
    ("fr", "Lavez-vous les mains avant la piqûre. Lavez-les encore après."),
    ("fr", "Lavez-vous les mains avant et après la piqûre."),
    ("fr", "Lavez-vous les mains avant la piqûre. Lavez-les encore à la fin."),
    ("fr", "Lavez-vous les mains avant la piqûre. Ensuite, lavez-les à nouveau."),
    ("vi", "Rửa tay trước khi tiêm và sau đó."),
    ("vi", "Rửa tay trước khi tiêm. Rửa lại sau đó."),
    ("vi", "Rửa tay trước và sau khi tiêm."),
]


@pytest.mark.parametrize("src", [SPLIT, AND_AFTER, "Wash your hands before and after the shot."])
@pytest.mark.parametrize(("lang", "tr"), BOTH_SAID)
def test_both_sides_said_pass(src: str, lang: str, tr: str) -> None:
    assert codes(src, tr, "en", lang) == []


@pytest.mark.parametrize(("lang", "one_side"), [
    ("es", "Lávese las manos antes de la inyección."), ("pt-BR", "Lave as mãos antes da injeção."),
    ("fr", "Lavez-vous les mains avant la piqûre."), ("vi", "Rửa tay trước khi tiêm."),
    ("es", "Lávese las manos después de la inyección."), ("pt-BR", "Lave as mãos depois da injeção."),
])
@pytest.mark.parametrize("src", [SPLIT, AND_AFTER, "Wash your hands before the shot, and again afterwards."])
def test_one_side_only_is_reported(src: str, lang: str, one_side: str) -> None:
    assert codes(src, one_side, "en", lang) == ["sequence"]


@pytest.mark.parametrize(("source_lang", "src"), [
    ("es", "Lávese las manos antes de la inyección. Vuelva a lavárselas después."),
    ("es", "Lávese las manos antes de la inyección. Y después."),
    ("pt-BR", "Lave as mãos antes da injeção e depois."),
    ("pt-BR", "Lave as mãos antes da injeção. Lave-as de novo depois."),
    ("fr", "Lavez-vous les mains avant la piqûre et après."),
    ("fr", "Lavez-vous les mains avant la piqûre. Lavez-les encore après."),
    ("vi", "Rửa tay trước khi tiêm và sau đó."), ("vi", "Rửa tay trước khi tiêm. Rửa lại sau đó."),
])
def test_a_source_that_says_the_after_side_later_says_both(source_lang: str, src: str) -> None:
    for tr in (SPLIT, AND_AFTER, "Wash your hands before and after the shot.", "Wash your hands before the shot. "
               "And after."):
        assert codes(src, tr, source_lang, "en") == []
    assert codes(src, "Wash your hands before the shot.", source_lang, "en") == ["sequence"]


def test_the_message_quotes_both_sentences() -> None:
    assert [f.message for f in check_message(SPLIT, "Lávese las manos antes de la inyección.", source_lang="en",
                                             lang="es")] == [
        'the source says before and after ("Wash your hands before the shot. Wash them again after") and the '
        'translation only before ("Lávese las manos antes de la"): say both as the source does ("antes y después '
        f'de"); {WHEN}']


EAT_AGAIN = "Do not eat for 2 hours before the test. You can eat again after."


@pytest.mark.parametrize(("lang", "tr"), [
    ("es", "No coma durante 2 horas antes de la prueba. Puede volver a comer después."),
    ("es", "No coma durante 2 horas antes de la prueba. Luego puede volver a comer."),
    ("pt-BR", "Não coma por 2 horas antes do exame. Depois, pode voltar a comer."),
    ("fr", "Ne mangez pas pendant 2 heures avant l'examen. Vous pourrez manger de nouveau ensuite."),
    ("vi", "Không ăn trong 2 giờ trước khi xét nghiệm. Sau đó bạn có thể ăn lại."),
])
def test_eat_again_after_said_in_other_words_passes(lang: str, tr: str) -> None:
    """"Volver a comer", "de nouveau ensuite", "ăn lại": the after side in other words; dropped, reported."""
    assert codes(EAT_AGAIN, tr, "en", lang) == []
    assert codes(EAT_AGAIN, "No coma durante 2 horas antes de la prueba.", "en", "es") == ["sequence"]


@pytest.mark.parametrize("tr", ["Lávese las manos antes de la inyección y luego inyéctese.",
                                "Lávese las manos antes de la inyección. Luego, inyéctese."])
def test_then_without_again_is_no_after_side(tr: str) -> None:
    """"Luego" without an "again" ("de nuevo", "otra vez") is the next step, no after side."""
    assert codes("Wash your hands before and after the shot.", tr, "en", "es") == ["sequence"]


@pytest.mark.parametrize(("source_lang", "lang", "src", "tr"), [
    # an after of its own, or the next step: no after side of the before
    ("en", "es", "Take it before breakfast. Do not lie down after.",
     "Tómela antes del desayuno. No se acueste luego."),
    ("en", "es", "Take it before breakfast. Do not lie down after.", "Tómela antes del desayuno."),
    ("es", "en", "Mídase la temperatura antes de comer. Después, anótela.",
     "Check your temperature before you eat. Then write it down."),
    ("es", "en", "Mídase la temperatura antes de comer y después anótela.",
     "Check your temperature before you eat, then write it down."),
    ("en", "es", "Take it 2 hours before meals. Do not eat for 1 hour after.",
     "Tómela 2 horas antes de las comidas. No coma durante 1 hora después."),
    ("pt-BR", "en", "Meça a temperatura antes de comer. Depois, anote.",
     "Check your temperature before you eat. Then write it down."),
])
def test_no_after_side_where_none_is_said(source_lang: str, lang: str, src: str, tr: str) -> None:
    assert codes(src, tr, source_lang, lang) == []
