"""A time the source says with a count ("for a week", "for two weeks", "within a day") that the
translation leaves out is a [dropped-time] error: "Take two tablets a day for a week" as "Tome dos
tabletas al día" has the patient take them for good; a reviewer accepts it with edu-ok:dropped-time,
never with the edu-ok:number written for another number of the entry. The same time in other units, "the day
before" for "a day before", a frequency ("every two weeks": the period check's) and a language
edu reads no times of pass."""

from __future__ import annotations

import pytest

from edu.checks import check_message


def dropped(*words: str) -> str:
    """The [dropped-time] message of the times ``words`` the translation leaves out."""
    said = " and ".join(f'"{w}"' for w in words)
    what, verb = ("times", "are") if len(words) > 1 else ("time", "is")
    return (f"{what} {said} in the source {verb} missing from the translation; give each time with its count (in "
            "any units: a week may be 7 days, a day 24 hours): without it a reader does not know how long or when; "
            "where other words say it, a reviewer confirms them with edu-ok:dropped-time")


# (source language, language, source, translation, the [dropped-time] message a translator sees)
REFUSED = [
    # an article's time left out: the two tablets a day go on for good
    ("en", "es", "Take two tablets a day for a week.", "Tome dos tabletas al día.", dropped("for a week")),
    ("en", "es", "Stop the shots for a week.", "Deje las inyecciones.", dropped("for a week")),
    ("en", "es", "Do not give a shot within a day of the vaccine.",
     "No se ponga la inyección el día de la vacuna.", dropped("within a day")),
    ("en", "es", "Wait an hour before you eat.", "Espere antes de comer.", dropped("an hour")),
    # a count in words the text's other count hides ("two tablets": "dos tabletas"), or in words for digits
    ("en", "es", "Take two tablets a day for two weeks.", "Tome dos tabletas al día.", dropped("for two weeks")),
    ("en", "es", "Take 2 tablets a day for two weeks.", "Tome 2 tabletas al día.", dropped("for two weeks")),
    # one of two times left out
    ("en", "es", "Take it for a week, then stop for a week.", "Tómelo durante una semana y luego suspéndalo.",
     dropped("for a week")),
    ("en", "es", "Wait an hour, then take it for a week.", "Espere y luego tómelo.",
     dropped("an hour", "for a week")),
    ("en", "pt-BR", "Take two tablets a day for a week.", "Tome dois comprimidos por dia.", dropped("for a week")),
    # a frequency kept, the time beside it left out
    ("en", "es", "Take it once a week for a month.", "Tómelo una vez a la semana.", dropped("for a month")),
    ("en", "pt-BR", "Walk for an hour a day.", "Caminhe todos os dias.", dropped("for an hour")),
    ("en", "fr", "Take two tablets a day for a week.", "Prenez deux comprimés par jour.", dropped("for a week")),
    ("en", "fr", "Stop the shots for a month, then start again.", "Arrêtez les injections, puis reprenez-les.",
     dropped("for a month")),
    ("en", "fr", "Call if the fever lasts more than a day.", "Appelez si la fièvre dure.", dropped("more than a day")),
    # the other way: a Spanish or French source
    ("es", "en", "Tome dos tabletas al día durante una semana.", "Take two tablets a day.",
     dropped("durante una semana")),
    ("fr", "en", "Attendez plus d’une heure.", "Wait.", dropped("plus d’une heure")),
    ("es", "en", "Suspenda las inyecciones por una semana.", "Stop the shots.", dropped("por una semana")),
]


@pytest.mark.parametrize(("source_lang", "lang", "src", "tr", "message"), REFUSED)
def test_a_time_left_out_is_a_dropped_time_error(source_lang: str, lang: str, src: str, tr: str, message: str) -> None:
    found = [f for f in check_message(src, tr, source_lang=source_lang, lang=lang) if f.severity == "error"]
    assert [(f.code, f.message) for f in found] == [("dropped-time", message)]


def test_a_reviewer_accepts_a_time_said_otherwise_with_edu_ok_dropped_time_only() -> None:
    src, tr = "Take two tablets a day for a week.", "Tome dos tabletas al día."
    assert [f.code for f in check_message(src, tr, source_lang="en", lang="es")] == ["dropped-time"]
    assert check_message(src, tr, source_lang="en", lang="es", flags=("edu-ok:dropped-time",)) == []
    # the edu-ok:number a reviewer wrote for another number of the entry leaves the time's error
    assert [f.code for f in check_message(src, tr, source_lang="en", lang="es", flags=("edu-ok:number",))] == [
        "dropped-time"]


def test_edu_ok_dropped_time_silences_no_number_error() -> None:
    """A number changed in the same entry is still a [number] error where a time left out was accepted
    (and the flag is a known one: no [flag] warning)."""
    src, tr = "Take 2 tablets a day for a week.", "Tome 3 tabletas al día."
    assert [f.code for f in check_message(src, tr, source_lang="en", lang="es",
                                          flags=("edu-ok:dropped-time",))] == ["number"]


def test_edu_ok_dropped_time_is_a_known_exception() -> None:
    """The flag is no typo: edu does not warn that it silences nothing ([flag])."""
    found = check_message("Take it for a week.", "Tómelo durante una semana.", source_lang="en", lang="es",
                          flags=("edu-ok:dropped-time",))
    assert found == []


# (source language, language, source, the time said otherwise: no error, the time left out: [dropped-time])
SAID_OTHERWISE = [
    # the same time, in other units, words or digits
    ("en", "es", "Take two tablets a day for a week.", "Tome dos tabletas al día durante siete días.",
     "Tome dos tabletas al día."),
    ("en", "es", "Take two tablets a day for a week.", "Tome dos tabletas al día durante 7 días.",
     "Tome dos tabletas al día."),
    ("en", "es", "Do not give a shot within a day of the vaccine.",
     "No se ponga la inyección en las 24 horas siguientes a la vacuna.",
     "No se ponga la inyección el día de la vacuna."),
    ("en", "pt-BR", "Stop the shots for a week.", "Pare as injeções por sete dias.", "Pare as injeções."),
    ("en", "fr", "Take two tablets a day for a week.", "Prenez deux comprimés par jour pendant sept jours.",
     "Prenez deux comprimés par jour."),
    ("en", "es", "Take {dose} a day for a week.", "Tome {dose} al día durante una semana.", "Tome {dose} al día."),
    ("en", "es", "Take it once a week for a month.", "Tómelo una vez a la semana durante un mes.",
     "Tómelo una vez a la semana."),
    # "a day before" said as "the day before"
    ("en", "es", "Call us a day before your visit.", "Llámenos el día anterior a su visita.",
     "Llámenos antes de su visita."),
    ("en", "es", "Call us a day before your visit.", "Llámenos la víspera de su visita.",
     "Llámenos antes de su visita."),
    ("en", "pt-BR", "Call us a day before your visit.", "Ligue para nós no dia anterior à sua consulta.",
     "Ligue para nós antes da sua consulta."),
    ("en", "fr", "Call us a day before your visit.", "Appelez-nous la veille de votre visite.",
     "Appelez-nous avant votre visite."),
    ("en", "fr", "Take the next dose a day later.", "Prenez la dose suivante le lendemain.",
     "Prenez la dose suivante plus tard."),
    # a count above twelve in words (numberwords.py reads 2 to 12): maybe the same time, unread
    ("en", "fr", "Wait an hour.", "Attendez soixante minutes.", "Attendez."),
    ("en", "es", "Do not give a shot within a day of the vaccine.",
     "No se ponga la inyección en las veinticuatro horas siguientes a la vacuna.",
     "No se ponga la inyección después de la vacuna."),
    ("en", "pt-BR", "Wait an hour.", "Aguarde sessenta minutos.", "Aguarde um pouco."),
]


def passes_where_refused(langs: tuple[str, str], passing: tuple[str, str], refused: tuple[str, str]) -> None:
    """``passing`` (source, translation) has no [number] or [dropped-time] error; ``refused`` has one
    for a time left out."""
    source_lang, lang = langs
    assert [f for f in check_message(*passing, source_lang=source_lang, lang=lang)
            if f.code in ("number", "dropped-time")] == []
    assert [f.code for f in check_message(*refused, source_lang=source_lang, lang=lang)
            if "missing from the translation" in f.message] == ["dropped-time"]


@pytest.mark.parametrize(("source_lang", "lang", "src", "said", "left"), SAID_OTHERWISE)
def test_the_same_time_said_otherwise_passes_where_leaving_it_out_does_not(
        source_lang: str, lang: str, src: str, said: str, left: str) -> None:
    passes_where_refused((source_lang, lang), (src, said), (src, left))


# (source language, language, a source that says no time, its translation, a source with a time instead)
NO_TIME = [
    # a rate: "a day" is per day
    ("en", "es", "Drink a glass of water a day.", "Beba un vaso de agua al día.",
     "Drink a glass of water a day for a week."),
    # an ordinal says which, not how long; "one day" opening a sentence is some day; "a day at a time"
    ("en", "es", "The risk is higher in the first weeks.", "El riesgo es mayor al comienzo.",
     "The risk is higher for a week."),
    ("en", "es", "One day, you may stop the shots.", "Algún día podrá dejar las inyecciones.",
     "In one day, you may stop the shots."),
    ("en", "es", "Take it a day at a time.", "Tómelo día a día.", "Take it for a day."),
]


@pytest.mark.parametrize(("source_lang", "lang", "src", "tr", "timed"), NO_TIME)
def test_words_that_say_no_time_pass_where_a_time_does_not(
        source_lang: str, lang: str, src: str, tr: str, timed: str) -> None:
    passes_where_refused((source_lang, lang), (src, tr), (timed, tr))


@pytest.mark.parametrize(("src", "tr", "message"), [
    ("Take it every two weeks for a month.", "Tómelo cada dos semanas.", dropped("for a month")),
    ("Take it every 2 weeks for a month.", "Tómelo cada 2 semanas.", dropped("for a month")),
    ("Take it every two weeks for a month.", "Tómelo durante un mes.", None),  # the period check's (a guard)
])
def test_a_frequency_is_no_time_left_out(src: str, tr: str, message: str | None) -> None:
    """How often is periods.py's: "every two weeks" left out is a [period] error, the month beside it
    a [dropped-time] error."""
    found = check_message(src, tr, source_lang="en", lang="es")
    assert [f.message for f in found if f.code in ("number", "dropped-time")] == ([message] if message else [])


# Guards (they pass before the change too): a language edu reads no times of in words, where a
# translation would lose every time; a time the period check reads as how often, said there only.
def test_a_language_whose_times_edu_does_not_read_passes() -> None:
    assert check_message("Take it for a week.", "Nehmen Sie es eine Woche lang.", source_lang="en", lang="de") == []


def test_a_time_the_period_check_reads_as_how_often_is_said_there_only() -> None:
    """periods.py reads "It takes a week" as how often: its [period] error says the week is lost."""
    found = check_message("It takes a week to work.", "Tarda en hacer efecto.", source_lang="en", lang="es")
    assert [f.code for f in found if f.severity == "error"] == ["period"]
