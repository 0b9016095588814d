"""The number check's weak spots of numbers10: Vietnamese times of day with the hour in words ("lúc tám
giờ tối" is 8 p.m.), "8 or 9 a.m." said without a word before it ("8 hoặc 9 giờ sáng": two times of
day, as "8-9 a.m." is), the night's small hours ("2 at night", "a las 2 de la noche" are 2 a.m.), and
the French "8 h 30" (a time, not a grouped number: no advice on decimal and thousands marks)."""

from __future__ import annotations

import pytest

from edu.checks import check_message

MARKS_ADVICE = "writes decimals with"


def number_errors(src: str, tr: str, lang: str, territory: str = "US") -> list[str]:
    return [f.message for f in check_message(src, tr, source_lang="en", lang=lang, territory=territory)
            if f.severity == "error" and f.code == "number"]


@pytest.mark.parametrize(("src", "tr"), [
    ("Take it at 8 p.m.", "Uống thuốc lúc tám giờ tối."),
    ("Take it at 10 a.m.", "Uống thuốc lúc mười giờ sáng."),
    ("Take it at 12 p.m.", "Uống thuốc lúc mười hai giờ trưa."),
    ("Take it at 12 a.m.", "Uống thuốc lúc mười hai giờ đêm."),
    ("Take it at 2 a.m.", "Uống thuốc lúc hai giờ đêm."),
    ("Take it at 3 p.m.", "Uống thuốc lúc ba giờ chiều."),
    ("Take it at 8:30 p.m.", "Uống thuốc lúc tám giờ rưỡi tối."),
    ("Take it at 8:30 p.m.", "Uống thuốc lúc tám giờ 30 phút tối."),
    ("Take it at 8 p.m.", "Uống thuốc lúc tám giờ."),  # a.m. or p.m. not said: either
    ("Take it at 8 a.m. and 8 p.m.", "Uống thuốc lúc tám giờ sáng và tám giờ tối."),
    ("At 8 p.m., take 2 tablets.", "Tám giờ tối, uống 2 viên."),
    ("Take 2 tablets at 8 p.m.", "Uống hai viên lúc tám giờ tối."),
    ("Take it at 12 a.m.", "Uống thuốc lúc nửa đêm."),
])
def test_vietnamese_hour_in_words_is_the_time(src: str, tr: str) -> None:
    """"lúc tám giờ tối" for "at 8 p.m." was "number 8 p.m. in the source is missing"."""
    assert number_errors(src, tr, "vi") == []


@pytest.mark.parametrize(("src", "tr"), [
    ("Take it at 8 or 9 a.m.", "Uống thuốc lúc tám hoặc chín giờ sáng."),
    ("Take it from 8 to 10 p.m.", "Uống thuốc từ tám đến mười giờ tối."),
    ("Take it between 8 and 10 p.m.", "Uống thuốc trong khoảng tám đến mười giờ tối."),
    ("Take it 8 or 9 in the morning.", "Uống thuốc tám hoặc chín giờ sáng."),
])
def test_vietnamese_range_of_hours_in_words(src: str, tr: str) -> None:
    """"lúc tám hoặc chín giờ sáng" for "at 8 or 9 a.m." was "number 8 in the source is missing"."""
    assert number_errors(src, tr, "vi") == []


def test_vietnamese_range_in_words_at_the_other_half_of_the_day() -> None:
    assert number_errors("Take it at 8 or 9 a.m.", "Uống thuốc lúc tám hoặc chín giờ tối.", "vi")


@pytest.mark.parametrize(("src", "tr"), [
    ("Take it every 8 hours.", "Uống thuốc mỗi tám giờ."),
    ("Take it every 12 hours, morning and evening.", "Uống thuốc mỗi mười hai giờ sáng và tối."),
    ("Wait 2 hours.", "Chờ hai giờ."),
    ("Take it within 2 hours.", "Uống thuốc trong vòng hai giờ."),
])
def test_vietnamese_hours_in_words_stay_hours(src: str, tr: str) -> None:
    assert number_errors(src, tr, "vi") == []


@pytest.mark.parametrize(("src", "tr", "quoted"), [
    ("Take it at 8 p.m.", "Uống thuốc lúc tám giờ sáng.", "tám giờ sáng"),
    ("Take it at 10 p.m.", "Uống thuốc lúc mười giờ sáng.", "mười giờ sáng"),
    ("Take it at 12 p.m.", "Uống thuốc lúc mười hai giờ đêm.", "mười hai giờ đêm"),
])
def test_vietnamese_hour_in_words_at_the_other_half_of_the_day(src: str, tr: str, quoted: str) -> None:
    """"tám giờ sáng" (8 a.m.) for "8 p.m." was an error only for a time missing; it is one for the
    time put instead, quoted."""
    messages = number_errors(src, tr, "vi")
    assert len(messages) == 1 and f"found {quoted}" in messages[0], messages


@pytest.mark.parametrize(("src", "tr", "lang"), [
    ("Take it 8 or 9 in the morning.", "Uống thuốc 8 hoặc 9 giờ sáng.", "vi"),
    ("Take it at 8 or 9 a.m.", "Uống thuốc 8 hoặc 9 giờ sáng.", "vi"),
    ("Take it at 8 or 9 a.m.", "Tómelo 8 o 9 de la mañana.", "es"),
    ("Take it at 8 or 9 p.m.", "Tome 8 ou 9 da noite.", "pt"),
    ("Take it at 8 or 9 p.m.", "Take it 8 or 9 p.m.", "en"),
])
def test_either_hour_before_a_part_of_the_day_is_a_time(src: str, tr: str, lang: str) -> None:
    """"8 hoặc 9 giờ sáng" was read as a count (8) and 9 a.m.: "number 9 in the source is missing"."""
    assert number_errors(src, tr, lang) == []


@pytest.mark.parametrize(("src", "tr", "lang"), [
    ("Take it 8 or 9 in the morning.", "Uống thuốc 8 hoặc 9 giờ tối.", "vi"),
    ("Take it at 8 or 9 a.m.", "Tómelo 8 o 9 de la noche.", "es"),
    ("Take 2 tablets at 10 p.m.", "Tome 3 a las 10 de la noche.", "es"),
])
def test_either_hour_at_the_other_half_of_the_day_is_an_error(src: str, tr: str, lang: str) -> None:
    assert number_errors(src, tr, lang)


@pytest.mark.parametrize(("src", "tr", "lang"), [
    ("Take 2 tablets at 10 p.m.", "Tome 2 a las 10 de la noche.", "es"),  # "2 a las 10": two, at ten
    ("Take 1 or 2 in the morning.", "Tome 1 o 2 por la mañana.", "es"),
    ("Take 2 in the morning and 1 at night.", "Tome 2 por la mañana y 1 por la noche.", "es"),
])
def test_counts_before_a_time_stay_counts(src: str, tr: str, lang: str) -> None:
    assert number_errors(src, tr, lang) == []


@pytest.mark.parametrize(("src", "tr", "lang"), [
    ("Take it at 2 a.m.", "Tómelo a las 2 de la noche.", "es"),
    ("Take it at 2 a.m.", "Tómelo a las 2 de la madrugada.", "es"),
    ("Take it at 2 a.m.", "Tome às 2 da noite.", "pt"),
    ("Take it at 2 a.m.", "Tome às 2 da madrugada.", "pt"),
    ("Take it at 2 a.m.", "Uống thuốc lúc 2 giờ đêm.", "vi"),
    ("Take it at 2 a.m.", "Prenez-le à 2 h du matin.", "fr"),
    ("Take it at 2 at night.", "Tómelo a las 2 de la madrugada.", "es"),
    ("Take it at 2 at night.", "Prenez-le à 2 h du matin.", "fr"),
    ("Take it at 5 at night.", "Tome às 5 da madrugada.", "pt"),
    ("Take it at 10 p.m.", "Tómelo a las 10 de la noche.", "es"),
    ("Take it at 10 at night.", "Tómelo a las 10 de la noche.", "es"),
    ("Take it at 11 at night.", "Tome às 23h.", "pt"),
    ("Take it at 12 a.m.", "Tómelo a las 12 de la noche.", "es"),
    ("Take it at 6 p.m.", "Tómelo a las 6 de la noche.", "es"),
])
def test_night_hours_after_midnight_are_a_m(src: str, tr: str, lang: str) -> None:
    """"a las 2 de la noche" for "2 a.m." was read as 2 p.m.; "2 at night" as 2 p.m. too."""
    assert number_errors(src, tr, lang) == []


@pytest.mark.parametrize(("src", "tr", "lang"), [
    ("Take it at 2 p.m.", "Tómelo a las 2 de la noche.", "es"),
    ("Take it at 2 p.m.", "Tómelo a las 2 de la madrugada.", "es"),
    ("Take it at 2 at night.", "Tómelo a las 2 de la tarde.", "es"),
    ("Take it at 2 at night.", "Prenez-le à 14 h.", "fr"),
    ("Take it at 3 p.m.", "Tome às 3 da noite.", "pt"),
    ("Take it at 10 at night.", "Tómelo a las 10 de la mañana.", "es"),
])
def test_night_hours_in_the_other_half_are_errors(src: str, tr: str, lang: str) -> None:
    assert number_errors(src, tr, lang)


@pytest.mark.parametrize("territory", ["FR", "CA", "US"])
@pytest.mark.parametrize("tr", ["Prenez-le toutes les 8 h 30 min.", "Prenez-le à 20 h 45 min.",
                                "Prenez-le dans 8 h 30 min."])
def test_spaced_french_hour_and_minutes_get_no_marks_advice(tr: str, territory: str) -> None:
    """"toutes les 8 h 30 min" for "at 8:30 p.m." was told how French writes decimals and thousands (the space
    before "30" is no group mark; "à 20 h 30 min" is 20:30: test_number_ranges_afternoon_minutes.py)."""
    messages = number_errors("Take it at 8:30 p.m.", tr, "fr", territory)
    assert messages and all(MARKS_ADVICE not in m for m in messages), messages


@pytest.mark.parametrize("tr", ["Prenez-le à 20 h 30.", "Prenez-le à 20\u202fh\u202f30.", "Prenez-le à 20h30."])
def test_french_time_with_minutes_passes(tr: str) -> None:
    assert number_errors("Take it at 8:30 p.m.", tr, "fr", "FR") == []


def test_grouped_number_keeps_the_marks_advice() -> None:
    messages = number_errors("Take 4000 mg.", "Prenez 4 000 mg.", "fr", "FR")
    assert messages and MARKS_ADVICE in messages[0]
