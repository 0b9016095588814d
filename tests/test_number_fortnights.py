"""A fortnight ("quincena", "quinzena", "quinzaine", "nửa tháng") is a period word like "week": after the
end of a range ("1 día o 2 de la quincena" is a day or two, as "1 día o 2 de la semana" is; one list of
period words per language, periods.PERIOD_NOUNS), and for the period check ("cada quincena" is every
two weeks, never every week)."""

from __future__ import annotations

import pytest

from edu.checks import check_message


def errors(src: str, tr: str, lang: str, code: str) -> list[str]:
    return [f.message for f in check_message(src, tr, source_lang="en", lang=lang)
            if f.severity == "error" and f.code == code]


@pytest.mark.parametrize(("src", "tr", "lang"), [
    ("Rest 1 or 2 days of the fortnight.", "Descanse 1 día o 2 de la quincena.", "es"),
    ("Rest 1 or 2 days of the fortnight.", "Reposez-vous 1 jour ou 2 de la quinzaine.", "fr"),
    ("Rest 1 or 2 days of the fortnight.", "Descanse 1 dia ou 2 da quinzena.", "pt"),
    ("Rest 1 day or 2 of the fortnight.", "Descanse 1 o 2 días de la quincena.", "es"),
    ("Rest 1 or 2 days of the week.", "Descanse 1 día o 2 de la semana.", "es"),
    ("Rest 1 or 2 hours of the day.", "Descanse 1 hora o 2 del día.", "es"),
])
def test_a_range_ends_before_a_period_word(src: str, tr: str, lang: str) -> None:
    """"1 día o 2 de la quincena" was read as a day and a count of 2 things of the fortnight: "number 2
    days in the source is missing"."""
    assert errors(src, tr, lang, "number") == []


@pytest.mark.parametrize(("src", "tr", "lang"), [
    ("Take 1 day or 2 of the tablets.", "Tome 1 o 2 días de las tabletas.", "es"),  # two tablets
    ("Rest 1 or 2 days of the fortnight.", "Descanse 1 día o 3 de la quincena.", "es"),
])
def test_a_count_of_things_is_still_no_range(src: str, tr: str, lang: str) -> None:
    assert errors(src, tr, lang, "number")


@pytest.mark.parametrize(("src", "tr", "lang"), [
    ("Take it every two weeks.", "Tómelo cada quincena.", "es"),
    ("Take it every two weeks.", "Tómelo una vez por quincena.", "es"),
    ("Take it every two weeks.", "Tome uma vez por quinzena.", "pt"),
    ("Take it every two weeks.", "Prenez-le une fois par quinzaine.", "fr"),
    ("Take it every two weeks.", "Uống thuốc mỗi nửa tháng.", "vi"),
    ("Take it once a fortnight.", "Tómelo cada dos semanas.", "es"),
    ("Take it fortnightly.", "Tómelo cada 2 semanas.", "es"),
    ("Take it for a fortnight.", "Tómelo durante dos semanas.", "es"),
    ("Take it for two weeks.", "Tómelo durante una quincena.", "es"),
])
def test_a_fortnight_is_every_other_week(src: str, tr: str, lang: str) -> None:
    """"cada quincena" for "every two weeks" was "periods week and every other in the source are
    missing"."""
    assert errors(src, tr, lang, "period") == []


@pytest.mark.parametrize(("src", "tr", "lang"), [
    ("Take it every week.", "Tómelo cada quincena.", "es"),
    ("Take it once a fortnight.", "Tómelo cada semana.", "es"),
    ("Take it once a fortnight.", "Tómelo una vez al mes.", "es"),
    ("Take it every two weeks.", "Prenez-le chaque semaine.", "fr"),
])
def test_a_fortnight_is_not_a_week_nor_a_month(src: str, tr: str, lang: str) -> None:
    assert errors(src, tr, lang, "period")
