"""The sequence check: "before" said as "after" ("Take it 2 hours before meals" as "Tómela 2 horas
después de las comidas") and with food said as on an empty stomach ("Take it with food" as "Tómela en
ayunas") are errors a translator sees at the entry's .po line, with the words of both sides; the same
meaning in other words passes ("Antes de inyectarse, lávese las manos", "tras", "luego de", "y después
inyéctese"), and a reviewer's edu-ok:sequence accepts a rewording."""

from __future__ import annotations

from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from edu.checks import check_catalog, check_message

WHEN = ("if the translation says it in other words, a reviewer confirms them with edu-ok:sequence")


def errors(src: str, tr: str, lang: str, source_lang: str = "en") -> list[str]:
    return [f.message for f in check_message(src, tr, source_lang=source_lang, lang=lang) if f.code == "sequence"]


def said(one: str, words: str, other: str, put: str, fix: str) -> str:
    return (f'the source says {one} ("{words}") and the translation {other} ("{put}"): say {one} as the source '
            f'does ("{fix}"), {one} is not {other}; {WHEN}')


# (language, source, translation, what the translator reads)
TURNED = [
    ("es", "Take it 2 hours before meals.", "Tómela 2 horas después de las comidas.",
     said("before", "it 2 hours before meals", "after", "Tómela 2 horas después de las", "antes de")),
    ("es", "Wait 30 minutes after you eat.", "Espere 30 minutos antes de comer.",
     said("after", "Wait 30 minutes after you", "before", "Espere 30 minutos antes de comer", "después de")),
    ("es", "Wash your hands before you inject.", "Lávese las manos después de inyectarse.",
     said("before", "Wash your hands before you", "after", "Lávese las manos después de inyectarse",
          "antes de")),
    ("es", "Take it the day before your surgery.", "Tómela el día después de su cirugía.",
     said("before", "it the day before your", "after", "Tómela el día después de su", "antes de")),
    ("es", "Take {dose} before breakfast.", "Tome {dose} después del desayuno.",
     said("before", "Take {…} before breakfast", "after", "Tome {…} después del desayuno", "antes de")),
    ("pt-BR", "Take it 2 hours before meals.", "Tome-o 2 horas depois das refeições.",
     said("before", "it 2 hours before meals", "after", "Tome-o 2 horas depois das refeições", "antes de")),
    ("pt-BR", "Wait 30 minutes after you eat.", "Espere 30 minutos antes de comer.",
     said("after", "Wait 30 minutes after you", "before", "Espere 30 minutos antes de comer", "depois de")),
    ("fr", "Take it 2 hours before meals.", "Prenez-le 2 heures après les repas.",
     said("before", "it 2 hours before meals", "after", "Prenez-le 2 heures après les repas", "avant")),
    ("fr", "Wait 30 minutes after you eat.", "Attendez 30 minutes avant de manger.",
     said("after", "Wait 30 minutes after you", "before", "Attendez 30 minutes avant de manger", "après")),
    ("vi", "Take it 2 hours before meals.", "Uống thuốc 2 giờ sau bữa ăn.",
     said("before", "it 2 hours before meals", "after", "thuốc 2 giờ sau bữa ăn", "trước")),
    ("vi", "Wait 30 minutes after you eat.", "Đợi 30 phút trước khi ăn.",
     said("after", "Wait 30 minutes after you", "before", "Đợi 30 phút trước khi ăn", "sau")),
    ("es", "Take it with food.", "Tómela en ayunas.",
     said("with food", "Take it with food", "on an empty stomach", "Tómela en ayunas", "con alimentos")),
    ("es", "Take it on an empty stomach.", "Tómela con comida.",
     said("on an empty stomach", "it on an empty stomach", "with food", "Tómela con comida", "en ayunas")),
    ("es", "Take it on an empty stomach.", "Tómela con alimentos.",
     said("on an empty stomach", "it on an empty stomach", "with food", "Tómela con alimentos", "en ayunas")),
    ("es", "Take it on an empty stomach.", "Tómela con las comidas.",
     said("on an empty stomach", "it on an empty stomach", "with food", "Tómela con las comidas", "en ayunas")),
    ("pt-BR", "Take it on an empty stomach.", "Tome com alimentos.",
     said("on an empty stomach", "it on an empty stomach", "with food", "Tome com alimentos", "em jejum")),
    ("pt-BR", "Take it with food.", "Tome em jejum.",
     said("with food", "Take it with food", "on an empty stomach", "Tome em jejum", "com alimentos")),
    ("fr", "Take it on an empty stomach.", "Prenez-le avec de la nourriture.",
     said("on an empty stomach", "it on an empty stomach", "with food", "Prenez-le avec de la nourriture", "à jeun")),
    ("fr", "Take it on an empty stomach.", "Prenez-le au cours d'un repas.",
     said("on an empty stomach", "it on an empty stomach", "with food", "Prenez-le au cours d'un repas", "à jeun")),
    ("fr", "Take it with food.", "Prenez-le à jeun.",
     said("with food", "Take it with food", "on an empty stomach", "Prenez-le à jeun", "au cours d’un repas")),
    ("vi", "Take it on an empty stomach.", "Uống thuốc sau khi ăn.",
     said("on an empty stomach", "it on an empty stomach", "with food", "Uống thuốc sau khi ăn", "lúc đói")),
    ("vi", "Take it with food.", "Uống thuốc lúc đói.",
     said("with food", "Take it with food", "on an empty stomach", "Uống thuốc lúc đói", "trong bữa ăn")),
]


@pytest.mark.parametrize(("lang", "src", "tr", "message"), TURNED)
def test_before_said_as_after_or_food_as_an_empty_stomach_is_an_error(lang: str, src: str, tr: str,
                                                                       message: str) -> None:
    assert errors(src, tr, lang) == [message]
    assert errors(src, tr, lang)[0] == next(f.message for f in check_message(src, tr, source_lang="en", lang=lang)
                                            if f.severity == "error")


# (language, source, a translation that keeps the meaning in other words, one that turns it round)
KEPT = [
    ("es", "Wash your hands before you inject.", "Antes de inyectarse, lávese las manos.",
     "Después de inyectarse, lávese las manos."),
    ("es", "Wash your hands before you inject.", "Lávese las manos y después inyéctese.",
     "Lávese las manos después de inyectarse."),
    ("es", "Wash your hands before you inject.", "Lávese las manos previo a la inyección.",
     "Lávese las manos tras la inyección."),
    ("es", "Wash your hands before you inject.", "Lávese las manos antes de que se inyecte.",
     "Lávese las manos después de que se inyecte."),
    ("es", "Wait 10 minutes after you take it out. After that, inject.",
     "Espere 10 minutos después de sacarla. Después de eso, inyéctese.",
     "Espere 10 minutos antes de sacarla. Después de eso, inyéctese."),
    ("es", "Wait 30 minutes after you eat.", "Espere 30 minutos tras comer.", "Espere 30 minutos antes de comer."),
    ("es", "Wait 30 minutes after you eat.", "Espere 30 minutos luego de comer.", "Espere 30 minutos previo a comer."),
    ("es", "Wait 30 minutes after you eat.", "Espere 30 minutos una vez que haya comido.",
     "Espere 30 minutos antes de que coma."),
    ("es", "Take it with food.", "Tómela después de comer.", "Tómela en ayunas."),
    ("es", "Take it on an empty stomach.", "Tómela con el estómago vacío.", "Tómela con el estómago lleno."),
    ("es", "Take it on an empty stomach, 1 hour before or 2 hours after a meal.",
     "Tómela en ayunas, 1 hora antes o 2 horas después de una comida.",
     "Tómela con las comidas, 1 hora antes o 2 horas después de una comida."),
    ("es", "Call us as soon as possible after the dose.", "Llámenos lo antes posible después de la dosis.",
     "Llámenos lo antes posible antes de la dosis."),
    ("es", "Before the first dose, then monthly.", "Antes de la primera dosis, después cada mes.",
     "Después de la primera dosis, y cada mes."),
    ("pt-BR", "Wash your hands before you inject.", "Lave as mãos e depois injete.", "Lave as mãos depois de injetar."),
    ("pt-BR", "Wash your hands before you inject.", "Lave as mãos. Depois disso, injete.",
     "Lave as mãos após injetar."),
    ("fr", "Take it in the afternoon, before dinner.", "Prenez-le l'après-midi, avant le dîner.",
     "Prenez-le l'après-midi, après le dîner."),
    ("fr", "According to the label, take it before meals.", "D'après la notice, prenez-le avant les repas.",
     "D'après la notice, prenez-le après les repas."),
    ("vi", "Wash your hands before you inject.", "Rửa tay, sau đó tiêm.", "Rửa tay sau khi tiêm."),
]


@pytest.mark.parametrize(("lang", "src", "tr", "turned"), KEPT)
def test_the_same_order_in_other_words_passes(lang: str, src: str, tr: str, turned: str) -> None:
    assert [f.message for f in check_message(src, tr, source_lang="en", lang=lang) if f.severity == "error"] == []
    assert [f.code for f in check_message(src, turned, source_lang="en", lang=lang)] == ["sequence"]


@pytest.mark.parametrize(("src", "tr", "turned"), [
    ("Do not take it with food.", "Tómela en ayunas.", "No la tome en ayunas."),
    ("Do not take it on an empty stomach.", "Tómela con alimentos.", "No la tome con alimentos."),
])
def test_a_negation_said_otherwise_is_the_negation_checks(src: str, tr: str, turned: str) -> None:
    """A "not" left out where the words turn round may say the same: the negation check reads it; with
    the "not" kept, the words turned round are this check's."""
    assert [f.code for f in check_message(src, tr, source_lang="en", lang="es")] == ["negation"]
    assert [f.code for f in check_message(src, turned, source_lang="en", lang="es")] == ["sequence"]


def test_a_spanish_source_is_read_too() -> None:
    assert errors("Tómela 2 horas antes de las comidas.", "Take it 2 hours after meals.", "en", "es") == [
        said("before", "Tómela 2 horas antes de las", "after", "it 2 hours after meals", "before")]


def test_a_reviewer_accepts_a_rewording_with_edu_ok_sequence(tmp_path: Path) -> None:
    """"After washing your hands, start" turns the sentence round and keeps its meaning, in words the
    check cannot read the order of (no event of its lists to start)."""
    src, tr = "Wash your hands before you start.", "Después de lavarse las manos, empiece."
    assert errors(src, tr, "es")
    assert check_message(src, tr, source_lang="en", lang="es", flags=["edu-ok:sequence"]) == []
    po = tmp_path / "from-en.po"
    po.write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: es\\n"\n\n'
                  f'# edu-ok:sequence\nmsgid "{src}"\nmsgstr "{tr}"\n', encoding="utf-8")
    with po.open("rb") as f:
        assert check_catalog(read_po(f), source_lang="en", lang="es") == []
    po.write_text(po.read_text(encoding="utf-8").replace("# edu-ok:sequence\n", ""), encoding="utf-8")
    with po.open("rb") as f:
        assert [(line, found.code) for line, found in check_catalog(read_po(f), source_lang="en", lang="es")] == [
            (6, "sequence")]


# (source language, language, source, a translation that keeps which comes first, one that turns it round)
ORDER = [
    # a sentence turned round: "X before Y" is "after X, Y" and "Y after X"
    ("en", "es", "Wash your hands before you inject.", "Después de lavarse las manos, inyéctese.",
     "Después de inyectarse, lávese las manos."),
    ("en", "es", "Wash your hands before you inject.", "Inyéctese después de lavarse las manos.",
     "Lávese las manos después de inyectarse."),
    ("en", "es", "Take it 2 hours before meals.", "Coma 2 horas después de tomarla.",
     "Tómela 2 horas después de las comidas."),
    ("en", "es", "Take {dose} before breakfast.", "Desayune después de tomar {dose}.",
     "Tome {dose} después del desayuno."),
    ("en", "es", "Take your temperature before the shot.", "Después de tomarse la temperatura, póngase la inyección.",
     "Después de la inyección, tómese la temperatura."),
    ("en", "es", "Eat something after you take it.", "Tómela antes de comer algo.", "Coma algo antes de tomarla."),
    ("en", "pt-BR", "Wash your hands before you inject.", "Depois de lavar as mãos, injete.",
     "Depois de injetar, lave as mãos."),
    ("en", "fr", "Wash your hands before you inject.", "Après vous être lavé les mains, injectez.",
     "Après l'injection, lavez-vous les mains."),
    ("en", "vi", "Wash your hands before you inject.", "Sau khi rửa tay, tiêm thuốc.", "Sau khi tiêm, rửa tay."),
    ("es", "en", "Lávese las manos antes de inyectarse.", "After you wash your hands, inject.",
     "After you inject, wash your hands."),
    # the day before and the next day
    ("en", "es", "Take it the day before your surgery.", "Tómela el día anterior a su cirugía.",
     "Tómela el día siguiente a su cirugía."),
    ("en", "es", "Take it the day before your surgery.", "Tómela la víspera de su cirugía.",
     "Tómela al día siguiente de su cirugía."),
    ("en", "es", "Take the next dose the next day.", "Tome la siguiente dosis al día siguiente.",
     "Tome la siguiente dosis el día anterior."),
    ("en", "es", "Take it the previous evening.", "Tómela la noche anterior.", "Tómela la noche siguiente."),
    ("en", "pt-BR", "Take it the day before your surgery.", "Tome-o na véspera da cirurgia.",
     "Tome-o no dia seguinte à cirurgia."),
    ("en", "pt-BR", "Take it the next day.", "Tome-o no dia seguinte.", "Tome-o no dia anterior."),
    ("en", "pt-BR", "Take it the day after the procedure.", "Tome-o no dia seguinte ao procedimento.",
     "Tome-o no período anterior ao procedimento."),
    ("en", "fr", "Take it the day before your surgery.", "Prenez la dose la veille de l'opération.",
     "Prenez la dose le lendemain de l'opération."),
    ("en", "fr", "Take the dose the next day.", "Prenez la dose le lendemain.", "Prenez la dose la veille."),
    ("en", "vi", "Take it the previous day.", "Uống thuốc ngày hôm trước.", "Uống thuốc ngày hôm sau."),
    ("en", "vi", "Take it the next day.", "Uống thuốc vào hôm sau.", "Uống thuốc vào hôm trước."),
    ("es", "en", "Tómela el día anterior a la cirugía.", "Take it the day before surgery.",
     "Take it the day after surgery."),
    ("es", "en", "Tómela al día siguiente.", "Take it the following day.", "Take it the previous day."),
]


@pytest.mark.parametrize(("source_lang", "lang", "src", "kept", "turned"), ORDER)
def test_the_order_of_events_kept_passes_and_turned_round_is_an_error(source_lang: str, lang: str, src: str,
                                                                      kept: str, turned: str) -> None:
    assert check_message(src, kept, source_lang=source_lang, lang=lang) == []
    assert [f.code for f in check_message(src, turned, source_lang=source_lang, lang=lang)] == ["sequence"]


def test_a_sentence_turned_round_is_quoted_where_the_order_changed() -> None:
    assert errors("Wash your hands before you inject.", "Después de inyectarse, lávese las manos.", "es") == [
        said("before", "Wash your hands before you", "after", "Después de inyectarse", "antes de")]


def test_the_next_day_is_quoted_in_the_message() -> None:
    assert errors("Take it the next day.", "Tómela el día anterior.", "es") == [
        said("after", "Take it the next day", "before", "Tómela el día anterior", "después de")]


BOTH_SRC = "Check your temperature before and after the shot."


@pytest.mark.parametrize(("lang", "tr"), [
    ("es", "Tómese la temperatura antes y después de la inyección."),
    ("es", "Tómese la temperatura tanto antes como después de la inyección."),
    ("es", "Tómese la temperatura antes de la inyección y después de ella."),
    ("es", "Tómese la temperatura antes y también después de la inyección."),
    ("es", "Tómese la temperatura antes de la inyección. Vuelva a tomarla después."),
    ("pt-BR", "Meça a temperatura antes e depois da injeção."),
    ("fr", "Prenez votre température avant et après la piqûre."),
    ("vi", "Đo nhiệt độ trước và sau khi tiêm."),
])
def test_a_sentence_that_says_before_and_after_passes(lang: str, tr: str) -> None:
    """"Before and after the shot" says both of one event: a translation that says both passes, also
    in words the check reads only one of ("antes y también después de": the word itself is there)."""
    assert check_message(BOTH_SRC, tr, source_lang="en", lang=lang) == []


def dropped(words: str, kept: str, put: str, fix: str, both: str = "before and after") -> str:
    return (f'the source says {both} ("{words}") and the translation only {kept} ("{put}"): say both as '
            f'the source does ("{fix}"); {WHEN}')


@pytest.mark.parametrize(("lang", "tr", "message"), [
    ("es", "Tómese la temperatura antes de la inyección.",
     dropped("Check your temperature before and after the", "before", "Tómese la temperatura antes de la",
             "antes y después de")),
    ("es", "Tómese la temperatura después de la inyección.",
     dropped("Check your temperature before and after the", "after", "Tómese la temperatura después de la",
             "antes y después de")),
    ("pt-BR", "Meça a temperatura depois da injeção.",
     dropped("Check your temperature before and after the", "after", "Meça a temperatura depois da injeção",
             "antes e depois de")),
    ("fr", "Prenez votre température avant la piqûre.",
     dropped("Check your temperature before and after the", "before", "Prenez votre température avant la piqûre",
             "avant et après")),
    ("vi", "Đo nhiệt độ sau khi tiêm.",
     dropped("Check your temperature before and after the", "after", "Đo nhiệt độ sau khi tiêm", "trước và sau")),
])
def test_before_and_after_said_as_one_of_them_is_an_error(lang: str, tr: str, message: str) -> None:
    assert errors(BOTH_SRC, tr, lang) == [message]


def test_a_spanish_before_and_after_is_read_as_both() -> None:
    src = "Lávese las manos antes y después de inyectarse."
    assert check_message(src, "Wash your hands before and after you inject.", source_lang="es", lang="en") == []
    assert errors(src, "Wash your hands after you inject.", "en", "es") == [
        dropped("Lávese las manos antes y después de", "after", "Wash your hands after you", "before and after")]

# (language, source, a translation turned round that keeps which event comes first, where a word of the
# event lists in another sense ("coma" the illness, "nhân viên" staff, "cene" is dining) was misread)
LOOSE_WORDS = [
    ("es", "Eat something after you take it, or you could go into a coma.",
     "Tómela antes de comer algo, o podría entrar en coma."),
    ("vi", "Take the tablet after you eat, as your nurse told you.",
     "Ăn trước khi uống thuốc, như nhân viên y tế đã dặn."),
    ("es", "Take it after dinner, as it can make you sleepy.",
     "Cene antes de tomarla, ya que puede hacer que quiera dormir."),
]


@pytest.mark.parametrize(("lang", "src", "tr"), LOOSE_WORDS)
def test_a_word_of_the_event_lists_in_another_sense_names_no_event(lang: str, src: str, tr: str) -> None:
    assert check_message(src, tr, source_lang="en", lang=lang) == []


# (language, source, a translation turned round keeping the order, in the words the lists now read in
# their own sense only, and one that changes the order)
PROPER_SENSE = [
    ("fr", "Take it before bed.", "Allez au lit après l'avoir pris.", "Prenez-le après être allé au lit."),
    ("fr", "Take it before you exercise.", "Faites du sport après l'avoir pris.", "Prenez-le après le sport."),
    ("fr", "Eat something after you take it.", "Prenez-le avant de manger quelque chose.",
     "Mangez quelque chose avant de le prendre."),
    ("en", "Tómela antes de dormir.", "Go to sleep after you take it.", "Take it after you sleep."),
    ("es", "Clean the skin before you inject.", "Después de limpiar la piel, inyéctese.",
     "Limpie la piel después de inyectarse."),
    ("es", "Take it before bed.", "Acuéstese después de tomarla.", "Tómela después de acostarse."),
    ("pt-BR", "Clean the skin before you inject.", "Depois de limpar a pele, injete.",
     "Limpe a pele depois de injetar."),
    ("vi", "Eat after you take 1 tablet.", "Uống 1 viên trước khi ăn.", "Ăn trước khi uống 1 viên."),
]


@pytest.mark.parametrize(("lang", "src", "kept", "turned"), PROPER_SENSE)
def test_the_event_words_in_their_own_sense_are_read(lang: str, src: str, kept: str, turned: str) -> None:
    source_lang = "es" if lang == "en" else "en"
    assert check_message(src, kept, source_lang=source_lang, lang=lang) == []
    assert [f.code for f in check_message(src, turned, source_lang=source_lang, lang=lang)] == ["sequence"]


@pytest.mark.parametrize(("lang", "text", "names"), [
    ("fr", "votre enfant lit la notice", False), ("fr", "allez au lit", True), ("fr", "une mangue", False),
    ("fr", "un lavement", False), ("fr", "le stylo injecteur", False), ("en", "you may feel sleepy", False),
    ("en", "on a clean towel", False), ("en", "clean the skin", True), ("en", "the injector", False),
    ("es", "entrar en coma", False), ("es", "acostumbrarse", False), ("es", "un envase a prueba de niños", False),
    ("es", "con un trago de agua", False), ("es", "jugo de tomate", False), ("es", "las manos limpias", False),
    ("es", "antes de la extracción", False), ("es", "acuéstese", True), ("pt", "em coma", False),
    ("pt", "mãos limpas", False), ("vi", "nhân viên y tế", False), ("vi", "1 viên", True),
])
def test_which_words_name_an_event(lang: str, text: str, names: bool) -> None:
    """A word of the lists in its other sense names no event ("il lit" reads, "en coma", "nhân viên")."""
    from edu.sequenceevents import named as _named

    assert bool(_named(text, lang)) is names


@pytest.mark.parametrize(("src", "kept", "turned"), [
    ("Check your blood sugar (before meals).", "Mídase el azúcar (antes de las comidas).",
     "Mídase el azúcar (tras las comidas)."),
    ("Check your blood sugar:\nbefore meals.", "Mídase el azúcar:\nantes de las comidas.",
     "Mídase el azúcar:\ntras las comidas."),
    ("Check your blood sugar (before meals) and write the result on the next page.",
     "Mídase el azúcar (antes de las comidas) y anote el resultado en la siguiente página.",
     "Mídase el azúcar (tras las comidas) y anote el resultado en la siguiente página."),
])
def test_a_spanish_tras_after_a_bracket_or_a_line_break_is_read(src: str, kept: str, turned: str) -> None:
    """"(tras", a "tras" that starts a line: read as any other, also far from another cue ("siguiente")."""
    assert check_message(src, kept, source_lang="en", lang="es") == []
    assert errors(src, turned, "es") == [said("before", "before meals", "after", "tras las", "antes de")]


# (source language, language, source, a translation that says the same time, one that turns it round):
# next week and the week before, "a continuación de" (after), "le jour d'après" and "le jour d'avant"
WEEKS = [
    ("en", "es", "Take the next dose next week.", "Tome la siguiente dosis la próxima semana.",
     "Tome la siguiente dosis la semana anterior."),
    ("en", "es", "Take it next week.", "Tómela la semana que viene.", "Tómela la semana anterior."),
    ("en", "es", "Take it the following week.", "Tómela la semana siguiente.", "Tómela la semana anterior."),
    ("en", "es", "Take it the week before the surgery.", "Tómela la semana anterior a la cirugía.",
     "Tómela la próxima semana."),
    ("en", "es", "Take it right before the meal.", "Tómela justo antes de la comida.",
     "Tómela a continuación de la comida."),
    ("en", "es", "Take it right after the meal.", "Tómela a continuación de la comida.",
     "Tómela justo antes de la comida."),
    ("en", "es", "Wash your hands before you inject.", "Lávese las manos y, a continuación, inyéctese.",
     "Lávese las manos a continuación de inyectarse."),
    ("en", "es", "Take the next dose before breakfast.", "Tome la próxima dosis antes del desayuno.",
     "Tome la próxima dosis después del desayuno."),
    ("en", "fr", "Take the next dose the day before.", "Prenez la dose suivante la veille.",
     "Prenez la dose suivante le jour d'après."),
    ("en", "fr", "Take the dose the day after.", "Prenez la dose le jour d'après.", "Prenez la dose le jour d'avant."),
    ("en", "fr", "Take it the week before the surgery.", "Prenez-le la semaine précédente.",
     "Prenez-le la semaine prochaine."),
    ("en", "fr", "Take it next week.", "Prenez-le la semaine suivante.", "Prenez-le la semaine précédente."),
    ("en", "pt-BR", "Take it next week.", "Tome-o na próxima semana.", "Tome-o na semana anterior."),
    ("en", "pt-BR", "Take it the week before the surgery.", "Tome-o na semana anterior à cirurgia.",
     "Tome-o na semana seguinte."),
    ("en", "pt-BR", "Take it the week before the surgery.", "Tome-o na semana anterior à cirurgia.",
     "Tome-o na semana que vem."),
    ("es", "en", "Tómela la próxima semana.", "Take it next week.", "Take it the previous week."),
]


@pytest.mark.parametrize(("source_lang", "lang", "src", "kept", "turned"), WEEKS)
def test_next_week_and_the_week_before_are_read(source_lang: str, lang: str, src: str, kept: str,
                                                turned: str) -> None:
    """"A continuación" alone is the next step ("y, a continuación, inyéctese"), as "y después" is."""
    assert check_message(src, kept, source_lang=source_lang, lang=lang) == []
    assert [f.code for f in check_message(src, turned, source_lang=source_lang, lang=lang)] == ["sequence"]


def test_before_or_after_is_read_as_both_too() -> None:
    src = "Take it before or after meals."
    assert check_message(src, "Tómela antes o después de las comidas.", source_lang="en", lang="es") == []
    assert errors(src, "Tómela después de las comidas.", "es") == [
        dropped("Take it before or after meals", "after", "Tómela después de las", "antes o después de",
                "before or after")]


def test_each_shot_in_vietnamese_is_read() -> None:
    """"trước mỗi lần tiêm", "sau mỗi lần tiêm": before and after each shot."""
    src = "Check your temperature before and after each shot."
    assert check_message(src, "Đo nhiệt độ trước và sau mỗi lần tiêm.", source_lang="en", lang="vi") == []
    assert [f.code for f in check_message(src, "Đo nhiệt độ trước mỗi lần tiêm.", source_lang="en", lang="vi")] == [
        "sequence"]
    assert [f.code for f in check_message("Wash your hands before each shot.", "Rửa tay sau mỗi lần tiêm.",
                                          source_lang="en", lang="vi")] == ["sequence"]
