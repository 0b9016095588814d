"""The sequence check's weak spots: a "take" of no dose ("take your temperature", "tome la temperatura",
"tomar el sol", "prenez l'air", "uống nước") names no dose; taking a syringe out of the refrigerator is an
event ("sacar", "tirar", "sortir", "lấy … ra"), and a blood draw a test ("sacarle sangre", "lấy máu"); last
week is read as earlier and "tuần tới" as next week; "antes de la inyección y al terminar" says both sides.
Each correct translation passes, and each one that changes the order is still reported."""

from __future__ import annotations

from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from edu.checks import check_message
from edu.findings import Context
from edu.prose import mask
from edu.sequence import check_sequence, said
from edu.sequenceevents import named as _named

ROOT = Path(__file__).resolve().parent.parent
WHEN = "if the translation says it in other words, a reviewer confirms them with edu-ok:sequence"


def codes(src: str, tr: str, source_lang: str, lang: str) -> list[str]:
    return [f.code for f in check_message(src, tr, source_lang=source_lang, lang=lang)]


BLOOD = "Get your blood drawn before your next shot."
# (source language, language, source, a translation turned round that keeps which event comes first,
# one that changes the order)
TAKEN = [
    # a "take" of no dose: the thing taken is the event
    ("en", "es", "Take your temperature before you take the tablet.",
     "Después de tomarse la temperatura, tome la tableta.", "Tómese la temperatura después de tomar la tableta."),
    ("en", "es", "Take the tablet before breakfast.", "Tome el desayuno después de tomar la tableta.",
     "Tome la tableta después del desayuno."),
    ("en", "pt-BR", "Take the tablet before breakfast.", "Tome café da manhã depois de tomar o comprimido.",
     "Tome o comprimido depois do café da manhã."),
    ("en", "fr", "Take the tablet before breakfast.", "Prenez votre petit-déjeuner après avoir pris le comprimé.",
     "Prenez le comprimé après le petit-déjeuner."),
    ("en", "es", "Take a walk after you eat.", "Coma antes de salir a caminar.", "Salga a caminar antes de comer."),
    ("en", "es", "Take the tablet before you take a shower.", "Dúchese después de tomar la tableta.",
     "Tome la tableta después de ducharse."),
    ("en", "pt-BR", "Take the tablet before you take a bath.", "Tome banho depois de tomar o comprimido.",
     "Tome o comprimido depois de tomar banho."),
    ("en", "fr", "Take your temperature before you take the tablet.",
     "Prenez le comprimé après avoir pris votre température.",
     "Prenez votre température après avoir pris le comprimé."),
    ("en", "vi", "Take the tablet before you take a shower.", "Tắm sau khi uống thuốc.", "Uống thuốc sau khi tắm."),
    ("es", "en", "Tómese la temperatura antes de tomar la tableta.",
     "Take the tablet after you take your temperature.", "Take your temperature after you take the tablet."),
    # taking the syringe out of the refrigerator
    ("en", "es", "Take the syringe out of the refrigerator 30 minutes before you inject.",
     "Inyéctese 30 minutos después de sacar la jeringa del refrigerador.",
     "Saque la jeringa del refrigerador 30 minutos después de inyectarse."),
    ("en", "es", "Take the syringe out of the refrigerator 30 minutes before the injection.",
     "Póngase la inyección 30 minutos después de sacar la jeringa del refrigerador.",
     "Saque la jeringa del refrigerador 30 minutos después de la inyección."),
    ("en", "es", "Remove the syringe from the refrigerator 30 minutes before you inject.",
     "Inyéctese 30 minutos después de retirar la jeringa del refrigerador.",
     "Retire la jeringa del refrigerador 30 minutos después de inyectarse."),
    ("en", "pt-BR", "Take the syringe out of the refrigerator 30 minutes before you inject.",
     "Injete 30 minutos depois de tirar a seringa da geladeira.",
     "Retire a seringa da geladeira 30 minutos depois de injetar."),
    ("en", "fr", "Take the syringe out of the refrigerator 30 minutes before you inject.",
     "Injectez-vous 30 minutes après avoir sorti la seringue du réfrigérateur.",
     "Sortez la seringue du réfrigérateur 30 minutes après l'injection."),
    ("en", "vi", "Take the syringe out of the refrigerator 30 minutes before you inject.",
     "Tiêm 30 phút sau khi lấy bơm tiêm ra khỏi tủ lạnh.", "Lấy bơm tiêm ra khỏi tủ lạnh 30 phút sau khi tiêm."),
    ("en", "es", "Wash your hands before you remove the cap.", "Quite el capuchón después de lavarse las manos.",
     "Lávese las manos después de quitar el capuchón."),
    ("en", "fr", "Take a shower before you inject.", "Injectez-vous après avoir pris une douche.",
     "Prenez une douche après l'injection."),
    ("es", "en", "Saque la jeringa del refrigerador 30 minutos antes de inyectarse.",
     "Inject 30 minutes after you take the syringe out of the refrigerator.",
     "Take the syringe out of the refrigerator 30 minutes after you inject."),
    # a blood draw is a test, no taking out ("sacarle sangre", "tirar sangue", "lấy máu")
    ("en", "es", BLOOD, "Después de sacarle sangre, le pondrán la próxima inyección.",
     "Después de la próxima inyección le sacarán sangre."),
    ("en", "es", BLOOD, "Le pondrán la próxima inyección después de extraerle sangre.",
     "Le extraerán sangre después de la próxima inyección."),
    ("en", "es", BLOOD, "Después de que le saquen sangre, póngase la próxima inyección.",
     "Después de la próxima inyección, le sacarán sangre."),
    ("en", "pt-BR", BLOOD, "Receba a próxima injeção depois de tirar sangue.",
     "Tire sangue depois da próxima injeção."),
    ("en", "fr", BLOOD, "Recevez votre prochaine piqûre après la prise de sang.",
     "Faites la prise de sang après votre prochaine piqûre."),
    ("en", "vi", BLOOD, "Tiêm mũi tiếp theo sau khi lấy máu.", "Lấy máu sau khi tiêm mũi tiếp theo."),
    ("es", "en", "Antes de la próxima inyección, le sacarán sangre.",
     "You will get your next shot after your blood is drawn.", "Your blood will be drawn after your next shot."),
    # "tirar dúvidas" (clear up doubts) and "tirar uma foto" take nothing out
    ("pt-BR", "en", "Lave as mãos e tire suas dúvidas antes de tirar a caneta da geladeira.",
     "Take the pen out of the refrigerator after you wash your hands and ask your questions.",
     "Wash your hands and ask your questions after you take the pen out of the refrigerator."),
    ("en", "pt-BR", "Wash your hands and ask any questions before you take the pen out of the refrigerator.",
     "Tire a caneta da geladeira depois de lavar as mãos e tirar suas dúvidas.",
     "Lave as mãos e tire suas dúvidas depois de tirar a caneta da geladeira."),
    ("en", "pt-BR", "Wash your hands and take a photo of the label before you take the syringe out of the box.",
     "Tire a seringa da caixa depois de lavar as mãos e tirar uma foto do rótulo.",
     "Lave as mãos e tire uma foto do rótulo depois de tirar a seringa da caixa."),
    # a take of no dose ("take a sip of water", "tómese su tiempo", "prenez une grande inspiration")
    ("en", "es", "Take a sip of water and eat something before you take the tablet.",
     "Tome la tableta después de tomar un sorbo de agua y comer algo.",
     "Tome un sorbo de agua y coma algo después de tomar la tableta."),
    ("en", "fr", "Take a deep breath and wash your hands before you take the tablet.",
     "Prenez le comprimé après avoir pris une grande inspiration et vous être lavé les mains.",
     "Prenez une grande inspiration et lavez-vous les mains après avoir pris le comprimé."),
    ("en", "pt-BR", "Wash your hands and take a sip of water before you take the tablet.",
     "Tome o comprimido depois de lavar as mãos e tomar um gole de água.",
     "Lave as mãos e tome um gole de água depois de tomar o comprimido."),
    ("en", "vi", "Wash your hands and take a sip of water before you take the tablet.",
     "Uống thuốc sau khi rửa tay và uống một ngụm nước.", "Rửa tay và uống một ngụm nước sau khi uống thuốc."),
    ("es", "en", "Tómese su tiempo y coma algo antes de tomar la tableta.",
     "Take the tablet after you eat something; take your time.",
     "Eat something after you take the tablet; take your time."),
]


@pytest.mark.parametrize(("source_lang", "lang", "src", "kept", "turned"), TAKEN)
def test_what_is_taken_names_the_event(source_lang: str, lang: str, src: str, kept: str, turned: str) -> None:
    assert codes(src, kept, source_lang, lang) == []
    assert codes(src, turned, source_lang, lang) == ["sequence"]


@pytest.mark.parametrize(("lang", "text", "events"), [
    ("en", "take your temperature", {"measuring"}), ("en", "take a shower", {"washing"}),
    ("en", "take a short walk", {"exercise"}), ("en", "take a deep breath", set()),
    ("en", "take the syringe out of the refrigerator", {"taking out"}), ("en", "take it with food", {"dose", "meal"}),
    ("es", "tome la temperatura", {"measuring"}), ("es", "tómese la temperatura", {"measuring"}),
    ("es", "tomar aire", set()), ("es", "tomar el sol", set()), ("es", "tome mucha agua", set()),
    ("es", "tome el desayuno", {"meal"}), ("es", "tómela con agua", {"dose"}), ("es", "tome la tableta", {"dose"}),
    ("es", "sáquela de la caja", {"taking out"}), ("es", "no la sacuda", set()),
    ("es", "a temperatura ambiente", set()), ("es", "espere a que pase una hora", set()),
    ("pt", "tome banho", {"washing"}), ("pt", "tomar sol", set()), ("pt", "tome o comprimido", {"dose"}),
    ("pt", "retire-a da geladeira", {"taking out"}),
    ("fr", "prenez votre température", {"measuring"}), ("fr", "prendre l'air", set()),
    ("fr", "prendre un repas", {"meal"}), ("fr", "prenez-le", {"dose"}),
    ("fr", "sortez la seringue du réfrigérateur", {"taking out"}),
    ("vi", "uống nước", set()), ("vi", "uống nhiều nước", set()), ("vi", "uống thuốc", {"dose"}),
    ("vi", "lấy bơm tiêm ra khỏi tủ lạnh", {"taking out"}), ("vi", "sau khi tiêm", {"injection"}),
])
def test_a_take_names_a_dose_only_where_a_dose_is_taken(lang: str, text: str, events: set[str]) -> None:
    """"Take your temperature", "tomar el sol", "uống nước" (drink water) take no dose; "bơm tiêm" is a
    syringe, no injection."""
    assert _named(text, lang) == events


# (source language, language, source, the same week, the other week)
WEEKS = [
    ("en", "es", "Did you get a vaccine last week? Tell your care team.",
     "¿Se puso una vacuna la semana pasada? Dígaselo a su equipo médico.",
     "¿Se puso una vacuna la próxima semana? Dígaselo a su equipo médico."),
    ("en", "es", "Did you get a vaccine last week?", "¿Se puso una vacuna la semana anterior?",
     "¿Se puso una vacuna la semana que viene?"),
    ("en", "pt-BR", "Did you get a vaccine last week?", "Você tomou uma vacina na semana passada?",
     "Você tomou uma vacina na próxima semana?"),
    ("en", "fr", "Did you get a vaccine last week?", "Avez-vous reçu un vaccin la semaine dernière ?",
     "Avez-vous reçu un vaccin la semaine prochaine ?"),
    ("en", "vi", "If you got a vaccine last week, tell your care team.",
     "Nếu bạn đã tiêm vắc-xin tuần trước, hãy báo cho nhóm chăm sóc.",
     "Nếu bạn đã tiêm vắc-xin tuần tới, hãy báo cho nhóm chăm sóc."),
    ("en", "vi", "Take it the previous week.", "Uống thuốc vào tuần trước.", "Uống thuốc vào tuần tới."),
    ("en", "vi", "Take the next dose next week.", "Uống liều tiếp theo vào tuần tới.",
     "Uống liều tiếp theo vào tuần trước."),
    ("en", "vi", "Take the next dose next week.", "Uống liều tiếp theo vào tuần sau.",
     "Uống liều tiếp theo vào tuần trước."),
    ("es", "en", "¿Se vacunó la semana pasada?", "Did you get a vaccine last week?",
     "Did you get a vaccine next week?"),
    ("pt-BR", "en", "Você se vacinou na semana passada?", "Did you get a vaccine last week?",
     "Did you get a vaccine next week?"),
    ("fr", "en", "Vous êtes-vous fait vacciner la semaine dernière ?", "Did you get a vaccine last week?",
     "Did you get a vaccine next week?"),
]


@pytest.mark.parametrize(("source_lang", "lang", "src", "kept", "turned"), WEEKS)
def test_last_week_is_earlier_and_tuan_toi_is_next_week(source_lang: str, lang: str, src: str, kept: str,
                                                        turned: str) -> None:
    assert codes(src, kept, source_lang, lang) == []
    assert codes(src, turned, source_lang, lang) == ["sequence"]


def test_last_week_is_quoted_in_the_message() -> None:
    src, tr = "Did you get a vaccine last week?", "¿Se puso una vacuna la próxima semana?"
    assert [f.message for f in check_message(src, tr, source_lang="en", lang="es")] == [
        'the source says before ("get a vaccine last week") and the translation after ("una vacuna la próxima '
        f'semana"): say before as the source does ("antes de"), before is not after; {WHEN}']


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Take it in the last week of each month."), ("en", "It can last weeks."),
    ("es", "Una vez pasada la semana, tómela."), ("fr", "Prenez-la pendant la dernière semaine du mois."),
])
def test_the_last_week_of_a_month_is_no_earlier(lang: str, text: str) -> None:
    assert said(mask(text), lang) == []


BOTH_SRC = "Check your temperature before and after the shot."


@pytest.mark.parametrize(("lang", "tr"), [
    ("es", "Tómese la temperatura antes de la inyección y al terminar."),
    ("es", "Tómese la temperatura antes de ponerse la inyección y al acabar."),
    ("es", "Tómese la temperatura antes de la inyección y también al terminarla."),
    ("es", "Tómese la temperatura antes de la inyección y después."),
    ("es", "Tómese la temperatura antes de la inyección y al final."),
    ("es", "Tómese la temperatura antes de la inyección y cuando termine."),
    ("pt-BR", "Meça a temperatura antes da injeção e ao terminar."),
    ("pt-BR", "Meça a temperatura antes da injeção e ao final."),
    ("fr", "Prenez votre température avant la piqûre et quand vous avez fini."),
    ("fr", "Prenez votre température avant la piqûre et à la fin."),
])
def test_before_and_when_done_says_both(lang: str, tr: str) -> None:
    """"Antes de la inyección y al terminar": the after side said after the before's thing."""
    assert codes(BOTH_SRC, tr, "en", lang) == []


@pytest.mark.parametrize(("src", "tr"), [
    ("Tómese la temperatura antes de la inyección y después.", "Take your temperature before the shot and afterwards."),
    ("Tómese la temperatura antes de la inyección y al terminar.",
     "Take your temperature before the shot and when you are done."),
    ("Tómese la temperatura antes de la inyección y al terminar.",
     "Take your temperature before the shot and once you're done."),
    ("Tómese la temperatura antes de la inyección y al terminar.",
     "Take your temperature before the shot and when you finish."),
])
def test_before_and_afterwards_in_english_says_both(src: str, tr: str) -> None:
    """The English of a Spanish "antes de la inyección y después": "and afterwards", "when you are done"."""
    assert codes(src, tr, "es", "en") == []
    assert codes(tr, "Tómese la temperatura antes de la inyección.", "en", "es") == ["sequence"]


@pytest.mark.parametrize("tr", ["Take your temperature before the shot. Check it again afterward.",
                                "Take your temperature before the shot and after."])
def test_afterwards_said_apart_passes(tr: str) -> None:
    assert codes("Tómese la temperatura antes de la inyección y después.", tr, "es", "en") == []


def test_a_spanish_source_that_says_before_and_when_done_says_both() -> None:
    src = "Tómese la temperatura antes de la inyección y al terminar."
    assert codes(src, BOTH_SRC, "es", "en") == []
    assert [f.message for f in check_message(src, "Check your temperature before the shot.", source_lang="es",
                                             lang="en")] == [
        'the source says before and after ("Tómese la temperatura antes de la inyección y al terminar") and the '
        'translation only before ("Check your temperature before the"): say both as the source does ("before and '
        f'after"); {WHEN}']
    assert codes("Tómese la temperatura antes de la inyección y después.", "Check your temperature before the shot.",
                 "es", "en") == ["sequence"]


@pytest.mark.parametrize(("src", "tr"), [
    ("Mídase la temperatura antes de comer y después anótela.", "Check your temperature before you eat, then write "
     "it down."),
    ("Mídase la temperatura antes de comer y después, anótela.", "Check your temperature before you eat, then write "
     "it down."),
    ("Antes de inyectarse, lávese las manos y al terminar, séqueselas.", "Before you inject, wash your hands and dry "
     "them."),
])
def test_then_the_next_step_is_no_after_side(src: str, tr: str) -> None:
    """"Y después anótela" is the next step; "al terminar" past the before's clause is not its after."""
    assert codes(src, tr, "es", "en") == []


def _shipped() -> list[tuple[str, str, str, str]]:
    entries = []
    for po, source_lang, lang in (("es/LC_MESSAGES/from-en.po", "en", "es"), ("en/LC_MESSAGES/from-es.po", "es", "en")):
        with (ROOT / "locale" / po).open("rb") as f:
            for message in read_po(f):
                ids = message.id if isinstance(message.id, tuple) else (message.id,)
                strings = message.string if isinstance(message.string, tuple) else (message.string,)
                entries += [(i, s, source_lang, lang) for i, s in zip(ids, strings, strict=True) if i and s]
    return entries


def test_the_shipped_translations_pass() -> None:
    """"Take one syringe out of the refrigerator" → "Saque una jeringa del refrigerador" and every other
    shipped entry."""
    entries = _shipped()
    assert len(entries) > 300
    assert [(src, tr) for src, tr, source_lang, lang in entries
            if check_sequence(src, tr, Context(source_lang, lang))] == []
