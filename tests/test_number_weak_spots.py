"""The number check's weak spots of the last session: a billion and the millions after it in words
("two billion five hundred million", "dos mil quinientos millones": one number, 2 500 000 000, each
language's scale kept), a French time of day with words after it ("à 22 h de préférence"), the size
of a spoon added or dropped ("2 cucharadas soperas" for "2 spoonfuls"), and an informal Spanish
ordinal anywhere ("el 7mo", "la 2da dosis"). Each correct translation passes; each unsafe one is an
error with the message a translator sees."""

from __future__ import annotations

import pytest

from edu.checks import check_message

COPY = "copy every number and unit"
SAME_COUNTS = "write the same counts as the source"


def number_errors(src: str, tr: str, lang: str, territory: str = "US") -> list[str]:
    return [f.message for f in check_message(src, tr, source_lang="en", lang=lang, territory=territory)
            if f.severity == "error" and f.code == "number"]


# --- a billion and the millions after it ----------------------------------------------------------


@pytest.mark.parametrize(("lang", "territory", "src", "tr"), [
    ("en", "US", "2.5 billion people take it.", "Two billion five hundred million people take it."),
    ("en", "US", "2,500,000,000 people take it.", "Two billion five hundred million people take it."),
    # Spanish: a thousand million ("mil millones"); "billón" is a million million
    ("es", "US", "2.5 billion people take it.", "Dos mil quinientos millones de personas lo toman."),
    ("es", "US", "2,500,000,000 people take it.", "Dos mil quinientos millones de personas lo toman."),
    ("es", "ES", "Two billion five hundred million people take it.", "2,5 mil millones de personas lo toman."),
    ("es", "US", "Two billion five hundred million people take it.", "Dos mil quinientos millones de personas lo "
     "toman."),
    ("es", "US", "1.5 billion people take it.", "Mil quinientos millones de personas lo toman."),
    # Brazil: "bilhão" is a thousand million; Portugal: "mil milhões"
    ("pt-BR", "BR", "2.5 billion people take it.", "Dois bilhões e quinhentos milhões de pessoas o tomam."),
    ("pt-BR", "BR", "Two billion five hundred million people take it.", "2,5 bilhões de pessoas o tomam."),
    ("pt-PT", "PT", "2.5 billion people take it.", "Dois mil e quinhentos milhões de pessoas tomam-no."),
    # French: "milliard" is a thousand million
    ("fr", "FR", "2.5 billion people take it.", "Deux milliards cinq cents millions de personnes le prennent."),
    ("fr", "FR", "2,500,000,000 people take it.", "Deux milliards cinq cents millions de personnes le prennent."),
    # and the thousands after them
    ("es", "US", "Two billion five hundred million three hundred thousand people.", "2,500,300,000 personas."),
])
def test_a_billion_and_the_millions_after_it_are_one_number(lang: str, territory: str, src: str, tr: str) -> None:
    """"dos mil quinientos millones" was 2500 (a lone "millones" counts nothing), "two billion five
    hundred million" two numbers, 2 000 000 000 and 500 000 000, that neither "2.5 billion" nor
    "2,500,000,000" matched."""
    assert number_errors(src, tr, lang, territory) == []


@pytest.mark.parametrize(("lang", "territory", "src", "tr"), [
    ("es", "US", "Two million people; five hundred thousand take it.",
     "Dos millones de personas; quinientos mil lo toman."),  # two numbers, apart
    ("es", "US", "Two thousand million people take it.", "Dos mil millones de personas lo toman."),
])
def test_numbers_apart_and_a_thousand_million_still_pass(lang: str, territory: str, src: str, tr: str) -> None:
    assert number_errors(src, tr, lang, territory) == []


@pytest.mark.parametrize(("lang", "territory", "src", "tr", "said"), [
    ("es", "US", "Two billion five hundred million people take it.",
     "Dos billones quinientos millones de personas lo toman.",
     ["count two billion five hundred million (2500000000) in the source is missing from the translation (found "
      f"dos billones quinientos millones (2000500000000)); {SAME_COUNTS}"]),
    ("es", "US", "Two billion five hundred million people take it.",
     "Dos mil seiscientos millones de personas lo toman.",
     ["count two billion five hundred million (2500000000) in the source is missing from the translation (found "
      f"dos mil seiscientos millones (2600000000)); {SAME_COUNTS}"]),
    ("fr", "FR", "Two billion five hundred million people take it.",
     "Deux billions cinq cents milliards de personnes le prennent.",
     ["count two billion five hundred million (2500000000) in the source is missing from the translation (found "
      f"deux billions cinq cents milliards (2500000000000)); {SAME_COUNTS}"]),
    ("pt-PT", "PT", "Two billion five hundred million people take it.",
     "Dois biliões e quinhentos mil milhões de pessoas tomam-no.",
     ["count two billion five hundred million (2500000000) in the source is missing from the translation (found "
      f"dois biliões e quinhentos mil milhões (2500000000000)); {SAME_COUNTS}"]),
])
def test_a_billion_on_another_scale_is_an_error(lang: str, territory: str, src: str, tr: str,
                                                said: list[str]) -> None:
    """A Spanish "billón", a Portuguese "bilião", a French "billion" are a million million."""
    assert number_errors(src, tr, lang, territory) == said


# --- a French time of day with words after it -----------------------------------------------------


@pytest.mark.parametrize(("src", "tr"), [
    ("Take it at 10 p.m., preferably.", "Prenez-le à 22 h de préférence."),
    ("Take it at 8 a.m., preferably.", "Prenez-le à 8 h de préférence."),
    ("Take it at 10 p.m. every day.", "Prenez-le à 22 h de chaque jour."),
    ("Take it at 10 p.m. on weekdays.", "Prenez-le à 22 h du lundi au vendredi."),
    ("Take it at about 10 p.m.", "Prenez-le à 22 h environ."),
    ("Take it at 10 p.m. at the latest.", "Prenez-le à 22 h au plus tard."),
    ("Take it at 10 p.m.", "Prenez-le à 22 h le soir."),
    ("Take it at 10 p.m. sharp.", "Prenez-le à 22 h précises."),
    ("Take it at 10 p.m., preferably.", "Prenez-le à 22 h, de préférence."),
])
def test_a_french_time_of_day_with_words_after_it_is_a_time(src: str, tr: str) -> None:
    """"à 22 h de préférence" was 22 hours (a "de" after "à N h" made it a time apart)."""
    assert number_errors(src, tr, "fr") == []


@pytest.mark.parametrize(("src", "tr"), [
    ("Take them 2 hours apart.", "Prenez-les à 2 h d'intervalle."),
    ("Take them 24 hours apart.", "Prenez-les à 24 h d’intervalle."),
    ("Take them 12 hours apart.", "Prenez-les à 12 h de distance."),
    ("The time is right to within 24 hours.", "L’heure est juste à 24 h près."),
    ("Keep it for up to 24 hours.", "Gardez-le jusqu'à 24 h."),
    ("Take them 6 to 12 hours apart.", "Prenez-les à 6 à 12 h d'intervalle."),
])
def test_a_french_time_apart_is_still_hours(src: str, tr: str) -> None:
    assert number_errors(src, tr, "fr") == []




@pytest.mark.parametrize(("src", "tr", "said"), [
    ("Take it at 10 p.m., preferably.", "Prenez-le à 20 h de préférence.",
     f"number 10 p.m. in the source is missing from the translation (found 20 h); {COPY}"),
    ("Take it at 10 p.m., preferably.", "Prenez-le à 10 h de préférence.",  # 10 a.m.: French times are 24-hour
     f"number 10 p.m. in the source is missing from the translation (found 10 h); {COPY}"),
    ("Take it at 10 p.m.", "Prenez-les à 22 h d’intervalle.",
     f"number 10 p.m. in the source is missing from the translation (found 22 h); {COPY}"),
])
def test_another_french_time_is_still_an_error(src: str, tr: str, said: str) -> None:
    assert number_errors(src, tr, "fr") == [said]


# --- an informal Spanish ordinal, anywhere ---------------------------------------------------------


@pytest.mark.parametrize(("src", "tr"), [
    ("Call us on the 7th.", "Llámenos el 7mo."),
    ("It is the 7th, not the 8th.", "Es el 7mo, no el 8vo."),
    ("Call us after the 10th.", "Llámenos después del 10mo."),
    ("7th: call us.", "7mo.: llámenos."),
    ("Call us on the 7th day.", "Llámenos el 7mo día."),
    ("The 2nd dose is the last.", "La 2da dosis es la última."),
    # the shorthand of months, where it is clear
    ("Come back every 3 months.", "Vuelva cada 3mo."),
    ("Check it q3mo.", "Revíselo q3mo."),
    ("Come back in 3-6 months.", "Vuelva en 3-6mo."),
    ("Come back in 1.5 months.", "Vuelva en 1.5mo."),
    ("Come back in 7 months.", "Vuelva en 7mo."),
    ("For children over 6 months.", "Para niños mayores de 6mo."),
])
def test_an_informal_spanish_ordinal_is_an_ordinal_wherever_it_stands(src: str, tr: str) -> None:
    """"el 7mo" was 7 months ("mo") unless a numbered noun came after it."""
    assert number_errors(src, tr, "es") == []


@pytest.mark.parametrize(("src", "tr", "said"), [
    ("Come back in 3 months.", "Vuelva el 3mo.",
     f"number 3 months in the source is missing from the translation (found 3mo); {COPY}; \"3mo\" reads as an "
     "ordinal, not a unit: write the unit as a word"),  # (not the advice of [tool.edu.units]: no unit of its own)
    ("Call us on the 7th.", "Llámenos el 8vo.",
     f"number 7th in the source is missing from the translation (found 8); {COPY}"),
])
def test_an_ordinal_for_months_or_another_ordinal_is_an_error(src: str, tr: str, said: str) -> None:
    assert number_errors(src, tr, "es") == [said]


def test_an_english_7mo_is_still_months() -> None:
    """("7mo" is read as an ordinal in Spanish only: in English it is clinicians' 7 months)"""
    assert number_errors("Come back at 7mo.", "Vuelva a los 7 meses.", "es") == []
    assert number_errors("Come back at 7mo.", "Vuelva el 7mo día.", "es") == [
        f"number 7mo in the source is missing from the translation (found 7mo); {COPY}; \"7mo\" reads as an "
        "ordinal, not a unit: write the unit as a word"]


# --- the size of a spoon ------------------------------------------------------------------------------

NO_SIZE = "count spoons of no size, as the source does"
KEEP_SIZE = "keep the size"


@pytest.mark.parametrize(("lang", "src", "tr"), [
    # a spoon of no size for one of no size
    ("es", "Take 2 spoonfuls.", "Tome 2 cucharadas."),  # (everyday Spanish: a spoonful)
    ("es", "Take 2 spoonfuls.", "Tome 2 cucharas."),
    ("pt-BR", "Take 2 spoonfuls.", "Tome 2 colheres."),
    ("pt-BR", "Take 2 spoonfuls.", "Tome 2 colheradas."),
    ("fr", "Take 2 spoonfuls.", "Prenez 2 cuillerées."),
    ("vi", "Take 2 spoonfuls.", "Uống 2 thìa."),
    # a size for the same size
    ("es", "Take 2 tablespoons.", "Tome 2 cucharadas."),
    ("es", "Take 2 tablespoons.", "Tome 2 cucharadas soperas."),
    ("es", "Take 1 to 2 tablespoons.", "Tome de 1 a 2 cucharadas soperas."),
    ("es", "Take 2 tablespoons.", "Tome 2 cucharadas de sopa."),
    ("pt-BR", "Take 2 tablespoons.", "Tome 2 colheres de sopa."),
    ("pt-BR", "Take 2 teaspoons.", "Tome 2 colheres de chá."),
    ("fr", "Take 2 tablespoons.", "Prenez 2 cuillerées à soupe."),
    ("vi", "Take 2 tablespoons.", "Uống 2 muỗng canh."),
    ("vi", "Take 2 teaspoons.", "Uống 2 muỗng cà phê."),
])
def test_a_spoon_of_the_same_size_passes(lang: str, src: str, tr: str) -> None:
    assert number_errors(src, tr, lang) == []


@pytest.mark.parametrize(("lang", "src", "tr", "said"), [
    # a size added ("2 cucharadas soperas" passed: "cucharada" was read as a spoonful, whatever came after it)
    ("es", "Take 2 spoonfuls.", "Tome 2 cucharadas soperas.",
     f"number 2 in the source is missing from the translation (found 2 cucharadas soperas); {COPY}; the source's "
     f"spoon has no size and \"2 cucharadas soperas\" adds one (a tablespoon): {NO_SIZE}"),
    ("es", "Take 1 to 2 spoonfuls.", "Tome de 1 a 2 cucharadas soperas.",
     f"numbers 1 and 2 in the source are missing from the translation (found 1 and 2 cucharadas soperas); {COPY}; "
     f"the source's spoon has no size and \"2 cucharadas soperas\" adds one (a tablespoon): {NO_SIZE}"),
    ("pt-BR", "Take 2 spoonfuls.", "Tome 2 colheres de sopa.",
     f"number 2 in the source is missing from the translation (found 2 colheres de sopa); {COPY}; the source's "
     f"spoon has no size and \"2 colheres de sopa\" adds one (a tablespoon): {NO_SIZE}"),
    ("fr", "Take 2 spoonfuls.", "Prenez 2 cuillerées à soupe.",
     f"number 2 in the source is missing from the translation (found 2 cuillerées à soupe); {COPY}; the "
     f"source's spoon has no size and \"2 cuillerées à soupe\" adds one (a tablespoon): {NO_SIZE}"),
    ("vi", "Take 2 spoonfuls.", "Uống 2 thìa canh.",
     f"number 2 in the source is missing from the translation (found 2 thìa canh); {COPY}; the source's spoon has no "
     f"size and \"2 thìa canh\" adds one (a tablespoon): {NO_SIZE}"),
    # a size dropped
    ("es", "Take 2 tablespoons.", "Tome 2 cucharas.",
     f"number 2 tablespoons in the source is missing from the translation (found 2); {COPY}; \"2 tablespoons\" in the "
     f"source gives the spoon's size (a tablespoon) and the translation drops it: {KEEP_SIZE}"),
    ("pt-BR", "Take 2 teaspoons.", "Tome 2 colheres.",
     f"number 2 teaspoons in the source is missing from the translation (found 2); {COPY}; \"2 teaspoons\" in the "
     f"source gives the spoon's size (a teaspoon) and the translation drops it: {KEEP_SIZE}"),
    ("fr", "Take 2 tablespoons.", "Prenez 2 cuillerées.",
     f"number 2 tablespoons in the source is missing from the translation (found 2); {COPY}; \"2 "
     f"tablespoons\" in the source gives the spoon's size (a tablespoon) and the translation drops it: {KEEP_SIZE}"),
    # a teaspoon for a tablespoon: another size, said as before
    ("es", "Take 2 teaspoons.", "Tome 2 cucharadas soperas.",
     f"number 2 teaspoons in the source is missing from the translation (found 2 cucharadas soperas); {COPY}"),
    ("fr", "Take 2 teaspoons.", "Prenez 2 cuillères à soupe.",
     f"number 2 teaspoons in the source is missing from the translation (found 2 cuillères à soupe); {COPY}"),
])
def test_a_spoon_whose_size_is_added_or_dropped_is_an_error(lang: str, src: str, tr: str, said: str) -> None:
    assert number_errors(src, tr, lang) == [said]


@pytest.mark.parametrize(("lang", "src", "tr"), [
    ("es", "Take two spoonfuls.", "Tome dos cucharadas."),
    ("es", "Take two tablespoons.", "Tome dos cucharadas."),
    ("es", "Take two tablespoons.", "Tome dos cucharadas soperas."),
    ("es", "Take one teaspoon.", "Tome una cucharadita."),
    ("es", "Take half a teaspoon.", "Tome media cucharadita."),
    ("pt-BR", "Take two spoonfuls.", "Tome duas colheres."),
    ("pt-BR", "Take two teaspoons.", "Tome duas colheres de chá."),
    ("fr", "Take two teaspoons.", "Prenez deux cuillères à café."),
    ("fr", "Take two spoonfuls.", "Prenez deux cuillerées."),
    ("vi", "Take two spoonfuls.", "Uống hai thìa."),
    ("vi", "Take two tablespoons.", "Uống hai muỗng canh."),
    ("es", "Use the second spoon.", "Use la segunda cuchara."),  # an ordinal counts no spoons
])
def test_a_spoon_counted_in_words_of_the_same_size_passes(lang: str, src: str, tr: str) -> None:
    assert number_errors(src, tr, lang) == []


SPOON_WORDS_ADVICE = "keep each spoon's size as the source gives it, or none where it gives none"


@pytest.mark.parametrize(("lang", "src", "tr", "said"), [
    ("es", "Take two teaspoons.", "Tome dos cucharadas.",
     f'"two teaspoons" in the source is "dos cucharadas" in the translation (a tablespoon for a teaspoon): '
     f"{SPOON_WORDS_ADVICE}"),
    ("es", "Take one teaspoon.", "Tome una cucharada.",
     f'"one teaspoon" in the source is "una cucharada" in the translation (a tablespoon for a teaspoon): '
     f"{SPOON_WORDS_ADVICE}"),
    ("es", "Take two spoonfuls.", "Tome dos cucharadas soperas.",
     f'"two spoonfuls" in the source is "dos cucharadas soperas" in the translation (a size added: a tablespoon): '
     f"{SPOON_WORDS_ADVICE}"),
    ("pt-BR", "Take two spoonfuls.", "Tome duas colheres de sopa.",
     f'"two spoonfuls" in the source is "duas colheres de sopa" in the translation (a size added: a tablespoon): '
     f"{SPOON_WORDS_ADVICE}"),
    ("pt-BR", "Take two tablespoons.", "Tome duas colheres.",
     f'"two tablespoons" in the source is "duas colheres" in the translation (its size dropped): {SPOON_WORDS_ADVICE}'),
    ("fr", "Take two teaspoons.", "Prenez deux cuillères à soupe.",
     f'"two teaspoons" in the source is "deux cuillères à soupe" in the translation (a tablespoon for a teaspoon): '
     f"{SPOON_WORDS_ADVICE}"),
    ("vi", "Take two teaspoons.", "Uống hai thìa canh.",
     f'"two teaspoons" in the source is "hai thìa canh" in the translation (a tablespoon for a teaspoon): '
     f"{SPOON_WORDS_ADVICE}"),
])
def test_a_spoon_counted_in_words_keeps_its_size(lang: str, src: str, tr: str, said: str) -> None:
    """A count in words was compared without its spoon: "two teaspoons" as "dos cucharadas" (three
    times the dose) passed, as "two spoonfuls" as "deux cuillerées à soupe" did."""
    assert number_errors(src, tr, lang) == [said]


def test_a_spoon_of_a_spanish_source_keeps_its_size_too() -> None:
    """(a "cucharada" of the source, a tablespoon or a spoonful, may be "two spoonfuls", never teaspoons)"""
    def said(src: str, tr: str) -> list[str]:
        return [f.message for f in check_message(src, tr, source_lang="es", lang="en")
                if f.severity == "error" and f.code == "number"]

    assert said("Tome dos cucharadas.", "Take two spoonfuls.") == []
    assert said("Tome dos cucharadas.", "Take two tablespoons.") == []
    assert said("Tome dos cucharadas.", "Take two teaspoons.") == [
        f'"dos cucharadas" in the source is "two teaspoons" in the translation (a teaspoon for a tablespoon): '
        f"{SPOON_WORDS_ADVICE}"]


@pytest.mark.parametrize(("src", "tr"), [
    ("Take it at 10 p.m.", "Prenez-le à 22 heures."),
    ("Take it at 10 p.m., preferably.", "Prenez-le à 22 heures de préférence."),
    ("Take it at 8 a.m.", "Prenez-le vers 8 heures."),
    ("Take it at 8 p.m.", "Prenez-le à 8 heures du soir."),
    ("Take it at 1 a.m.", "Prenez-le à 1 heure du matin."),
    ("Take it from 8 to 10 p.m.", "Prenez-le de 20 heures à 22 heures."),
    ("Take it between 8 and 10 p.m.", "Prenez-le entre 20 heures et 22 heures."),
    # and hours stay hours
    ("Take them 2 hours apart.", "Prenez-les à 2 heures d’intervalle."),
    ("Take them 6 to 12 hours apart.", "Prenez-les de 6 à 12 heures d'intervalle."),
    ("Wait 6 to 12 hours.", "Attendez entre 6 et 12 heures."),
    ("Take it every 8 hours.", "Prenez-le toutes les 8 heures."),
    ("Keep it for up to 24 hours.", "Gardez-le jusqu’à 24 heures."),
])
def test_a_french_time_of_day_in_heures_is_a_time(src: str, tr: str) -> None:
    """"à 22 heures" was 22 hours (only "h" was read as the hour of a time of day)."""
    assert number_errors(src, tr, "fr") == []


@pytest.mark.parametrize(("src", "tr", "said"), [
    ("Take it at 10 p.m.", "Prenez-le à 10 heures.",  # 10 a.m.
     f"number 10 p.m. in the source is missing from the translation (found 10 heures); {COPY}"),
    ("Take it between 8 and 10 a.m.", "Prenez-le entre 20 heures et 22 heures.",
     f"numbers 8 and 10 a.m. in the source are missing from the translation (found 20 heures and 22 heures); "
     f"{COPY}"),
    ("Take them 10 hours apart.", "Prenez-les à 22 heures.",
     f"number 10 hours in the source is missing from the translation (found 22 heures); {COPY}"),
])
def test_another_french_time_in_heures_is_still_an_error(src: str, tr: str, said: str) -> None:
    assert number_errors(src, tr, "fr") == [said]


@pytest.mark.parametrize(("lang", "src", "tr", "said"), [
    ("es", "Give a teaspoon.", "Dele una cucharadita.", []),
    ("es", "Give half a teaspoon.", "Dele media cucharadita.", []),
    ("es", "Give a spoonful.", "Dele una cucharada.", []),
    ("fr", "Give a teaspoon.", "Donnez une cuillère à café.", []),
    ("es", "Give a teaspoon or two.", "Dele una o dos cucharaditas.", []),
    ("es", "Give a teaspoon.", "Dele una cucharada.",
     [f'"a teaspoon" in the source is "una cucharada" in the translation (a tablespoon for a teaspoon): '
      f"{SPOON_WORDS_ADVICE}"]),
    ("es", "Give half a teaspoon.", "Dele media cucharada.",
     [f'"half a teaspoon" in the source is "media cucharada" in the translation (a tablespoon for a teaspoon): '
      f"{SPOON_WORDS_ADVICE}"]),
    ("fr", "Give a spoonful.", "Donnez une cuillerée à soupe.",
     [f'"a spoonful" in the source is "une cuillerée à soupe" in the translation (a size added: a tablespoon): '
      f"{SPOON_WORDS_ADVICE}"]),
    ("pt-BR", "Give a tablespoon.", "Dê uma colher.",
     [f'"a tablespoon" in the source is "uma colher" in the translation (its size dropped): {SPOON_WORDS_ADVICE}']),
])
def test_a_spoon_an_english_article_counts_keeps_its_size(lang: str, src: str, tr: str, said: list[str]) -> None:
    """"a teaspoon" as "una cucharada" (three times the dose) passed: an English article counted no spoon."""
    assert number_errors(src, tr, lang) == said


@pytest.mark.parametrize(("lang", "src", "tr"), [
    ("es", "Give 2 teaspoons.", "Dele 2 cucharitas."),
    ("es", "Give two teaspoons.", "Dele dos cucharillas."),
    ("es", "Do not use a tablespoon.", "No use una cuchara de sopa."),
    ("es", "Give 2 tablespoons.", "Dele 2 cucharas soperas."),
    ("fr-CA", "Give 2 teaspoons.", "Donnez 2 cuillères à thé."),
])
def test_a_spoons_size_in_other_everyday_words_passes(lang: str, src: str, tr: str) -> None:
    """"cucharita", "cucharilla" (a teaspoon), "cuchara de sopa" (a tablespoon) and Canadian French
    "cuillère à thé" (a teaspoon) were read as spoons of no size, or none."""
    assert number_errors(src, tr, lang) == []


# --- "once" is a count of one time ----------------------------------------------------------------


@pytest.mark.parametrize(("lang", "src", "tr"), [
    ("es", "Take it once a day.", "Tómela 1 vez al día."),
    ("es", "Take it once a day.", "Tómela una vez al día."),
    ("pt", "Take it once a week.", "Tome-o 1 vez por semana."),
    ("fr", "Take it once a week.", "Prenez-le 1 fois par semaine."),
    ("vi", "Inject once a day.", "Tiêm 1 lần mỗi ngày."),
    ("es", "Once opened, use it within 14 days.", "Una vez abierta, úsela en 14 días."),
])
def test_once_said_as_1_time_passes(lang: str, src: str, tr: str) -> None:
    """"once" written "1 vez", "1 fois", "1 lần": as "twice" may be "2 veces" (it was a false error:
    "number 1 in the translation is not in the source")."""
    assert number_errors(src, tr, lang) == []


@pytest.mark.parametrize(("lang", "src", "tr", "said"), [
    ("es", "Take it once a day.", "Tómela 2 veces al día.", "number 2 in the translation is not in the source"),
    ("es", "Once opened, use it within 14 days.", "Una vez abierta, úsela en 1 día.",
     "number 14 days in the source is missing from the translation (found 1 día)"),
])
def test_once_is_still_no_other_count(lang: str, src: str, tr: str, said: str) -> None:
    assert any(said in message for message in number_errors(src, tr, lang))
