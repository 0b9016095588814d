"""The number check's false errors found by numbers10's helpers: "1 to 2 at night" after a counted dose
(a range of counts, as "1 or 2" is), French "l'après-midi" (the article l', never litres; "à 3 h
l'après-midi" is 3 p.m.), Vietnamese times in words ("lúc hai mươi giờ" counts nothing; "tám giờ ba mươi
tối" is 8:30 p.m.) and French "à 20 h 30 min" (20:30, one time)."""

from __future__ import annotations

import pytest

from edu.checks import check_message


def number_errors(src: str, tr: str, lang: str, source_lang: str = "en") -> list[str]:
    return [f.message for f in check_message(src, tr, source_lang=source_lang, lang=lang, territory="US")
            if f.severity == "error" and f.code == "number"]


TEASPOONS = "Give 1 teaspoon in the morning and 1 to 2 at night."


@pytest.mark.parametrize(("src", "tr", "lang", "source_lang"), [
    (TEASPOONS, "Dé 1 cucharadita por la mañana y 1 a 2 cucharaditas por la noche.", "es", "en"),
    (TEASPOONS, "Dé 1 cucharadita por la mañana y 1 a 2 por la noche.", "es", "en"),
    (TEASPOONS, "Dê 1 colher de chá de manhã e 1 a 2 à noite.", "pt", "en"),
    (TEASPOONS, "Donnez 1 cuillère à café le matin et 1 à 2 le soir.", "fr", "en"),
    (TEASPOONS, "Cho uống 1 thìa cà phê vào buổi sáng và 1 đến 2 thìa cà phê vào buổi tối.", "vi", "en"),
    ("Dé 1 cucharadita por la mañana y 1 a 2 por la noche.", TEASPOONS, "en", "es"),
    ("Take 2 tablets in the morning and 1.5 to 2 at night.",
     "Tome 2 tabletas por la mañana y 1.5 a 2 por la noche.", "es", "en"),
    ("Give 2 to 3 at night.", "Dé de 2 a 3 por la noche.", "es", "en"),
    # still times where a word opens the range, or its start is a time
    ("Take it from 8 to 10 at night.", "Tómelo de 8 a 10 de la noche.", "es", "en"),
    ("Take it between 8 and 10 at night.", "Tómelo entre las 8 y las 10 de la noche.", "es", "en"),
    ("Take it 8 to 10 at night.", "Tómelo de 8 a 10 de la noche.", "es", "en"),
    ("Take your dose 8 to 10 at night.", "Tome a dose das 8 às 10 da noite.", "pt", "en"),
    ("Take your dose 8 to 10 at night.", "Uống liều từ 8 đến 10 giờ tối.", "vi", "en"),
    ("Move the dose to 10 at night.", "Cambie la dosis a las 10 de la noche.", "es", "en"),
])
def test_to_after_a_count_joins_a_range_of_counts(src: str, tr: str, lang: str, source_lang: str) -> None:
    """"1 a 2 cucharaditas por la noche" for "1 to 2 at night" was "numbers 1 and 2 at night in the
    source are missing from the translation"."""
    assert number_errors(src, tr, lang, source_lang) == []


@pytest.mark.parametrize(("src", "tr", "lang"), [
    (TEASPOONS, "Dé 1 cucharadita por la mañana y 1 a 3 cucharaditas por la noche.", "es"),
    (TEASPOONS, "Dé 1 cucharadita por la mañana y 1 a 2 cucharadas por la noche.", "es"),
    ("Take it from 8 to 10 at night.", "Tómelo de 8 a 10 de la mañana.", "es"),
])
def test_a_range_of_counts_changed_is_an_error(src: str, tr: str, lang: str) -> None:
    assert number_errors(src, tr, lang)


@pytest.mark.parametrize(("src", "tr"), [
    ("Take 2 tablets at 3 p.m.", "Prenez 2 comprimés à 3 h l’après-midi."),
    ("Take 2 tablets at 3 p.m.", "Prenez 2 comprimés à 3 h l'après-midi."),
    ("Take 2 tablets at 3 p.m.", "Prenez 2 comprimés à 15 h l’après-midi."),
    ("Take 2 tablets at 3:30 p.m.", "Prenez 2 comprimés à 3 h 30 l’après-midi."),
    ("Take 2 tablets at 3 p.m.", "Prenez 2 comprimés à 3 heures de l’après-midi."),
    ("Take 1 tablet in the morning and 2 in the afternoon.", "Prenez 1 comprimé le matin et 2 l’après-midi."),
    ("Take 2 tablets in the afternoon.", "Prenez-en 2 l’après-midi."),
    ("Drink 2 L of water a day.", "Buvez 2 l d’eau par jour."),
    ("Drink 2 L of water a day.", "Buvez 2 L d’eau par jour."),
    ("Drink 1.5 L of water a day.", "Buvez 1,5 l d’eau par jour."),
])
def test_french_afternoon_is_no_litres(src: str, tr: str) -> None:
    """"2 l'après-midi" was read as 2 litres ("number 2 in the source is missing (found 2 l)"), "à 3 h
    l'après-midi" as 3:00 ("number 3 p.m. in the source is missing (found 3 h)")."""
    assert number_errors(src, tr, "fr") == []


@pytest.mark.parametrize(("src", "tr"), [
    ("Take 2 tablets at 3 p.m.", "Prenez 2 comprimés à 4 h l’après-midi."),
    ("Take 2 tablets at 3 p.m.", "Prenez 2 comprimés à 3 h du matin."),
    ("Take 1 tablet in the morning and 2 in the afternoon.", "Prenez 1 comprimé le matin et 3 l’après-midi."),
    ("Drink 2 L of water a day.", "Buvez 2 ml d’eau par jour."),
    ("Drink 2 L of water a day.", "Buvez 3 l d’eau par jour."),
])
def test_french_afternoon_and_litres_changed_are_errors(src: str, tr: str) -> None:
    assert number_errors(src, tr, "fr")


@pytest.mark.parametrize(("src", "tr"), [
    ("Take it at 8 p.m.", "Uống thuốc lúc hai mươi giờ."),
    ("Take 2 tablets at 9 p.m.", "Uống hai viên lúc hai mươi mốt giờ."),
    ("Take it at 10 p.m.", "Uống thuốc lúc hai mươi hai giờ."),
    ("Take it at 8:30 p.m.", "Uống thuốc lúc tám giờ ba mươi tối."),
    ("Take it at 8:30 p.m.", "Uống thuốc lúc hai mươi giờ ba mươi."),
    ("Take it at 8:15 a.m.", "Uống thuốc lúc tám giờ mười lăm."),
    ("Take it at 8:30 p.m.", "Uống thuốc lúc hai mươi giờ ba mươi phút."),
    ("Take 2 tablets at 8:10 p.m.", "Uống hai viên lúc tám giờ mười tối."),
    ("Take it at 8:15 a.m.", "Uống thuốc lúc tám giờ mười lăm phút sáng."),
    ("Take it at 8:45 p.m.", "Uống thuốc lúc 8 giờ bốn mươi lăm tối."),
    ("Take it at 8:05 p.m.", "Uống thuốc lúc tám giờ năm phút tối."),
    ("Take it at 7:45 a.m.", "Uống thuốc lúc tám giờ kém mười lăm sáng."),
    ("Take 2 tablets at 8:30 p.m.", "Uống hai viên lúc tám giờ ba mươi tối."),
    ("Wait 2 hours 30 minutes.", "Chờ hai giờ ba mươi phút."),  # a time apart: no "lúc", no part of the day
])
def test_vietnamese_times_in_words_count_nothing(src: str, tr: str) -> None:
    """"lúc hai mươi giờ" (20:00) for "at 8 p.m." was "count hai mươi (20) in the translation is not in
    the source"; "tám giờ ba mươi tối" was 8 p.m. ("number 8:30 p.m. in the source is missing")."""
    assert number_errors(src, tr, "vi") == []


@pytest.mark.parametrize(("src", "tr"), [
    ("Take it at 8 p.m.", "Uống thuốc lúc hai mươi mốt giờ."),
    ("Take it at 8:30 p.m.", "Uống thuốc lúc tám giờ mười lăm tối."),
    ("Take it at 8:30 p.m.", "Uống thuốc lúc tám giờ ba mươi sáng."),
    ("Take 2 tablets at 8 p.m.", "Uống hai mươi viên lúc tám giờ tối."),  # a count, no time
])
def test_vietnamese_times_in_words_changed_are_errors(src: str, tr: str) -> None:
    assert number_errors(src, tr, "vi")


@pytest.mark.parametrize(("src", "tr"), [
    ("Take it at 8:30 p.m.", "Prenez-le à 20 h 30 min."),
    ("Take it at 8:30 p.m.", "Prenez-le à 20 h 30 minutes."),
    ("Take it at 8:30 p.m.", "Prenez-le vers 20 h 30 min."),
    ("Take it at 8:30 p.m.", "Prenez-le à 8 h 30 min du soir."),
    ("Wait 2 hours 30 minutes.", "Attendez 2 h 30 min."),
    ("Wait 2 hours 30 minutes.", "Attendez 2 h 30 minutes."),
    ("Take it 2 hours 30 minutes apart.", "Prenez-le à 2 h 30 min d’intervalle."),
])
def test_french_minutes_of_a_time_of_day(src: str, tr: str) -> None:
    """"à 20 h 30 min" for "8:30 p.m." was "number 8:30 p.m. in the source is missing (found 20 h and 30
    min)"; "2 h 30 minutes" was read as 2:30."""
    assert number_errors(src, tr, "fr") == []


@pytest.mark.parametrize(("src", "tr"), [
    ("Take it at 8:30 p.m.", "Prenez-le à 20 h 45 min."),
    ("Take it at 8:30 p.m.", "Prenez-le à 8 h 30 min."),
    ("Wait 2 hours 30 minutes.", "Attendez 2 h 45 min."),
])
def test_french_minutes_changed_are_errors(src: str, tr: str) -> None:
    assert number_errors(src, tr, "fr")
