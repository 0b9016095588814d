"""The number check's weak spots after its split: a day number before "and" and a count of a thing
("on day 1 and 2 tablespoons on day 3" is no range 1-2), spoons counted with a word between ("an
extra spoonful", "another teaspoon", "otra cucharadita"), a spoon's size dropped or added between
words and digits ("two tablespoons": "2 cucharas"), a French time of day with "du soir" in 24-hour
time ("à 22 h du soir") and a range of spoons in words ("one or two teaspoons"). Each correct
translation passes; each unsafe one is an error with the message a translator sees."""

from __future__ import annotations

import pytest

from edu.checks import check_message

COPY = "copy every number and unit"


def number_errors(src: str, tr: str, lang: str, source_lang: str = "en") -> list[str]:
    return [f.message for f in check_message(src, tr, source_lang=source_lang, lang=lang, territory="US")
            if f.severity == "error" and f.code == "number"]


# --- a French time of day with "du soir" ----------------------------------------------------------


@pytest.mark.parametrize(("src", "tr"), [
    ("Take it at 10 p.m.", "Prenez-le à 22 h du soir."),
    ("Take it at 10 p.m.", "Prenez-le à 22 heures du soir."),
    ("Take it at 10 p.m.", "Prenez-le vers 22 h du soir."),
    ("Take it at 10 p.m.", "Prenez-le à 10 h du soir."),
    ("Take it at 8 a.m.", "Prenez-le à 8 h du matin."),
    ("Take it at 8:30 p.m.", "Prenez-le à 20 h 30 du soir."),
    ("Take it at 3 p.m.", "Prenez-le à 15 h de l'après-midi."),
])
def test_a_french_time_with_du_soir_is_read_in_24_hour_time_too(src: str, tr: str) -> None:
    """"à 22 h du soir" was 22 hours (a time of day "du soir" had an hour of 1 to 12 only), so the
    source's "10 p.m." was "missing"; "du soir" adds 12 to an hour of 1 to 11 only."""
    assert number_errors(src, tr, "fr") == []


@pytest.mark.parametrize(("time", "tr", "found"), [
    ("10 a.m.", "Prenez-le à 22 h du soir.", "22 h du soir"),
    ("9 p.m.", "Prenez-le à 22 h du soir.", "22 h du soir"),
    ("10 p.m.", "Prenez-le à 10 h du matin.", "10 h du matin"),
])
def test_a_french_time_du_soir_that_is_another_time_is_an_error(time: str, tr: str, found: str) -> None:
    errors = number_errors(f"Take it at {time}", tr, "fr")
    assert len(errors) == 1 and errors[0].startswith(f"number {time} in the source is missing from the "
                                                     f"translation (found {found}); {COPY}"), errors


# --- a day number, "and", and a count of a thing --------------------------------------------------

DAYS = "Give 2 teaspoons on day 1 and 2 tablespoons on day 3."


@pytest.mark.parametrize(("lang", "tr"), [
    ("es", "Dé 2 cucharaditas el día 1 y 2 cucharadas el día 3."),
    ("es", "Dé 2 cucharaditas el día 1 y 2 cucharadas soperas el día 3."),
    ("es", "El día 1, dé 2 cucharaditas; el día 3, 2 cucharadas."),  # the 1 no longer "1 tablespoon"
    ("es", "Dé 2 cucharaditas el primer día y 2 cucharadas el día 3."),
    ("fr", "Donnez 2 cuillères à café le jour 1 et 2 cuillères à soupe le jour 3."),
    ("pt", "Dê 2 colheres de chá no dia 1 e 2 colheres de sopa no dia 3."),
])
def test_a_day_number_before_and_a_count_of_a_thing_is_no_range(lang: str, tr: str) -> None:
    """"day 1 and 2 tablespoons" was the range "1 and 2 tablespoons": a translation that says day 1
    otherwise lost "1 tablespoon"."""
    assert number_errors(DAYS, tr, lang) == []


def test_the_sizes_exchanged_between_days_are_said_as_such() -> None:
    """The sizes swapped between the days were "number 1 in the source is missing from the translation
    (found 1)": the 1 of day 1 read as 1 tablespoon on one side and 1 teaspoon on the other; now the
    spoons' own message of sizes exchanged (countswaps)."""
    errors = number_errors(DAYS, "Dé 2 cucharadas el día 1 y 2 cucharaditas el día 3.", "es")
    assert len(errors) == 1, errors
    assert 'teaspoons and tablespoons are exchanged between "day 1" and "day 3"' in errors[0]
    assert "number 1 " not in errors[0]


@pytest.mark.parametrize(("src", "tr"), [
    ("Take 1 to 2 tablespoons on day 1.", "Tome 1 a 2 cucharadas el día 1."),
    ("Take 1 and 2 mg on days 1 and 2.", "Tome 1 y 2 mg los días 1 y 2."),
])
def test_ranges_next_to_days_still_read(src: str, tr: str) -> None:
    assert number_errors(src, tr, "es") == []


def test_a_range_next_to_a_day_keeps_its_unit() -> None:
    errors = number_errors("Take 1 to 2 tablespoons on day 1.", "Tome 1 a 2 cucharaditas el día 1.", "es")
    assert len(errors) == 1 and errors[0].startswith("numbers 1 and 2 tablespoons in the source are missing"), errors


# --- a spoon's size between words and digits -----------------------------------------------------

DROPS = "\"{}\" in the source gives the spoon's size (a tablespoon) and the translation drops it: keep the size"
ADDS = "the source's spoon has no size and \"{}\" adds one (a tablespoon): count spoons of no size, as the source does"


@pytest.mark.parametrize(("lang", "src", "tr", "said"), [
    ("es", "Take two tablespoons.", "Tome 2 cucharas.", DROPS.format("two tablespoons")),
    ("pt", "Take two tablespoons.", "Tome 2 colheres.", DROPS.format("two tablespoons")),
    ("es", "Take 2 tablespoons.", "Tome dos cucharas.", DROPS.format("2 tablespoons")),
    ("es", "Take two spoonfuls.", "Tome 2 cucharadas soperas.", ADDS.format("2 cucharadas soperas")),
    ("fr", "Take 2 spoonfuls.", "Prenez deux cuillerées à soupe.", ADDS.format("deux cuillerées à soupe")),
])
def test_a_spoons_size_between_words_and_digits_is_said_as_between_digits(lang: str, src: str, tr: str,
                                                                          said: str) -> None:
    """"two tablespoons" as "2 cucharas" said only "number 2 in the translation is not in the source";
    "2 tablespoons" as "2 cucharas" (digits on both sides) says the size is dropped: so do words now."""
    errors = number_errors(src, tr, lang)
    assert len(errors) == 1 and errors[0].endswith(f"{COPY}; {said}"), errors


@pytest.mark.parametrize(("lang", "src", "tr"), [
    ("es", "Take two tablespoons.", "Tome 2 cucharadas soperas."),
    ("es", "Take two tablespoons.", "Tome 2 cucharadas."),
    ("es", "Take 2 tablespoons.", "Tome dos cucharadas soperas."),
    ("es", "Take two spoonfuls.", "Tome 2 cucharas."),
    ("es", "Take 2 spoonfuls.", "Tome dos cucharadas."),  # a "cucharada" alone may be a spoonful
    ("es", "Take two spoonfuls.", "Tome 2 cucharadas."),
    ("pt", "Take two teaspoons.", "Tome 2 colheres de chá."),
    ("fr", "Take 2 teaspoons.", "Prenez deux cuillères à café."),
])
def test_a_spoon_kept_between_words_and_digits_passes(lang: str, src: str, tr: str) -> None:
    assert number_errors(src, tr, lang) == []


@pytest.mark.parametrize(("src", "tr"), [
    ("Take 2 teaspoons.", "Tome dos cucharadas."),  # a tablespoon
    ("Take 2 spoonfuls.", "Tome tres cucharadas."),
    ("Take two spoonfuls.", "Tome 3 cucharadas."),
])
def test_a_spoon_of_another_size_or_count_between_words_and_digits_is_an_error(src: str, tr: str) -> None:
    assert number_errors(src, tr, "es")


# --- a spoon counted with a word between ----------------------------------------------------------


@pytest.mark.parametrize(("source_lang", "lang", "src", "tr"), [
    ("en", "es", "Take an extra spoonful if you vomit.", "Tome una cucharada más si vomita."),
    ("en", "es", "Take an extra spoonful if you vomit.", "Tome otra cuchara si vomita."),
    ("en", "es", "Take another teaspoon.", "Tome otra cucharadita."),
    ("en", "es", "Take another teaspoon.", "Tome una cucharadita más."),
    ("en", "es", "Take one more tablespoon.", "Tome una cucharada más."),
    ("en", "es", "Take one more tablespoon.", "Tome otra cucharada sopera."),
    ("en", "es", "Give two more teaspoons.", "Dé dos cucharaditas más."),
    ("en", "es", "Give an additional teaspoon.", "Dé una cucharadita adicional."),
    ("es", "en", "Tome otra cucharadita.", "Take another teaspoon."),
    ("es", "en", "Tome una cucharada más.", "Take one more tablespoon."),
    ("en", "pt", "Take another teaspoon.", "Tome outra colher de chá."),
    ("en", "pt", "Take another teaspoon.", "Tome mais uma colher de chá."),
    ("en", "fr", "Take another teaspoon.", "Prenez une autre cuillère à café."),
    ("en", "fr", "Take another teaspoon.", "Prenez encore une cuillère à café."),
])
def test_a_spoon_counted_with_a_word_between_kept_passes(source_lang: str, lang: str, src: str, tr: str) -> None:
    assert number_errors(src, tr, lang, source_lang) == []


SIZE = "keep each spoon's size as the source gives it, or none where it gives none"


@pytest.mark.parametrize(("source_lang", "lang", "src", "tr", "said"), [
    ("en", "es", "Take another teaspoon.", "Tome otra cucharada sopera.",
     '"another teaspoon" in the source is "otra cucharada sopera" in the translation (a tablespoon for a teaspoon)'),
    ("en", "es", "Take an extra spoonful if you vomit.", "Tome una cucharada sopera más si vomita.",
     '"an extra spoonful" in the source is "una cucharada sopera" in the translation (a size added: a tablespoon)'),
    ("en", "es", "Take one more tablespoon.", "Tome una cucharadita más.",
     '"one more tablespoon" in the source is "una cucharadita" in the translation (a teaspoon for a tablespoon)'),
    ("es", "en", "Tome otra cucharadita.", "Take another tablespoon.",
     '"otra cucharadita" in the source is "another tablespoon" in the translation (a tablespoon for a teaspoon)'),
    ("en", "fr", "Take another teaspoon.", "Prenez une autre cuillère à soupe.",
     '"another teaspoon" in the source is "une autre cuillère à soupe" in the translation (a tablespoon for a '
     'teaspoon)'),
])
def test_a_spoon_counted_with_a_word_between_keeps_its_size(source_lang: str, lang: str, src: str, tr: str,
                                                           said: str) -> None:
    """"another teaspoon", "an extra spoonful", "one more tablespoon", "otra cucharadita" counted no spoon
    (a spoon in words was read only right after its count or after "a"): any size passed."""
    assert number_errors(src, tr, lang, source_lang) == [f"{said}: {SIZE}"]


# --- a range of spoons in words -------------------------------------------------------------------


@pytest.mark.parametrize(("source_lang", "lang", "src", "tr"), [
    ("en", "es", "Take one or two teaspoons.", "Tome 1 a 2 cucharaditas."),
    ("en", "es", "Take 1-2 teaspoons.", "Tome una o dos cucharaditas."),
    ("en", "es", "Take 1 to 2 tablespoons.", "Tome una o dos cucharadas soperas."),
    ("es", "en", "Tome una o dos cucharaditas.", "Take 1-2 teaspoons."),
    ("en", "es", "Take one or two teaspoons.", "Tome una o dos cucharaditas."),
    ("en", "es", "Take one or two teaspoons.", "Tome de una a dos cucharaditas."),
    ("en", "fr", "Take one or two teaspoons.", "Prenez 1 à 2 cuillères à café."),
    ("en", "pt", "Take 1 or 2 teaspoons.", "Tome uma ou duas colheres de chá."),
])
def test_a_range_of_spoons_in_words_is_read_as_one_in_digits(source_lang: str, lang: str, src: str,
                                                             tr: str) -> None:
    """"one or two teaspoons" was read as its end, "two teaspoons", and "one" as a bare count: "1 a 2
    cucharaditas" for it added "number 1", and "una o dos cucharaditas" for "1-2 teaspoons" lost it."""
    assert number_errors(src, tr, lang, source_lang) == []


@pytest.mark.parametrize(("src", "tr", "said"), [
    ("Take one or two teaspoons.", "Tome una o dos cucharadas.",
     '"one or two teaspoons" in the source is "una o dos cucharadas" in the translation (a tablespoon for a '
     'teaspoon)'),
    ("Take one or two spoonfuls.", "Tome una o dos cucharadas soperas.",
     '"one or two spoonfuls" in the source is "una o dos cucharadas soperas" in the translation (a size added: a '
     'tablespoon)'),
])
def test_a_range_of_spoons_in_words_of_another_size_is_said_as_a_range(src: str, tr: str, said: str) -> None:
    """It was said of the range's end alone ("\"two teaspoons\" in the source is \"dos cucharadas\"")."""
    assert number_errors(src, tr, "es") == [f"{said}: {SIZE}"]


def test_a_range_of_spoons_in_words_for_digits_of_another_size_is_an_error() -> None:
    errors = number_errors("Take one or two teaspoons.", "Tome 1 a 2 cucharadas.", "es")
    assert errors == [f"numbers 1 and 2 cucharadas in the translation are not in the source; {COPY}"]
