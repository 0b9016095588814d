"""Fifteen days as how often is a fortnight: "tous les quinze jours", "cada quince días", "a cada quinze
dias" are the everyday French, Spanish and Portuguese for every two weeks (every other week), and
"tous les 15 jours" the literal "every 15 days"; Vietnamese says "nửa tháng một lần" (once a half
month). Each was a period error ("found day", "every other … is not in the source") or a number
error ("count quince (15) … is not in the source", "time "two weeks" … (found "quinze jours")").
How long stays a time: "for two weeks" is 14 days ("durante quince días" is reported), and a dose of
fifteen is still compared."""

from __future__ import annotations

import pytest

from edu.checks import check_message


def errors(src: str, tr: str, lang: str) -> list[str]:
    return [f"{f.code}: {f.message}" for f in check_message(src, tr, source_lang="en", lang=lang)
            if f.severity == "error"]


@pytest.mark.parametrize(("src", "tr", "lang"), [
    ("Take 10 mg every two weeks.", "Prenez 10 mg tous les quinze jours.", "fr"),
    ("Take 10 mg every other week.", "Prenez 10 mg tous les quinze jours.", "fr"),
    ("Take 10 mg every fortnight.", "Prenez 10 mg tous les quinze jours.", "fr"),
    ("Take 10 mg every 15 days.", "Prenez 10 mg tous les 15 jours.", "fr"),
    ("Take 10 mg every 15 days.", "Prenez 10 mg tous les quinze jours.", "fr"),
    ("Take 10 mg every two weeks.", "Tome 10 mg cada quince días.", "es"),
    ("Take 10 mg every other week.", "Tome 10 mg cada quince días.", "es"),
    ("Take 10 mg every fortnight.", "Tome 10 mg cada quince días.", "es"),
    ("Take 10 mg every fifteen days.", "Tome 10 mg cada quince días.", "es"),
    ("Take fifteen drops every two weeks.", "Tome quince gotas cada quince días.", "es"),
    ("Take 10 mg every two weeks.", "Tome 10 mg a cada quinze dias.", "pt"),
    ("Take 10 mg every other week.", "Tome 10 mg a cada quinze dias.", "pt"),
    ("Take 10 mg every fortnight.", "Tome 10 mg a cada quinze dias.", "pt"),
    ("Take 10 mg every two weeks.", "Uống 10 mg nửa tháng một lần.", "vi"),
    ("Take 10 mg every fortnight.", "Tome 10 mg cada dos semanas.", "es"),
])
def test_fifteen_days_is_every_other_week(src: str, tr: str, lang: str) -> None:
    assert errors(src, tr, lang) == []


@pytest.mark.parametrize(("src", "tr", "lang"), [
    ("Take 10 mg every other day.", "Prenez 10 mg tous les deux jours.", "fr"),
    ("Take 10 mg every 15 days.", "Tome 10 mg cada 15 días.", "es"),
    ("Take 10 mg for two weeks.", "Tome 10 mg durante catorce días.", "es"),
    ("Take 10 mg for 2 weeks.", "Tome 10 mg durante 14 días.", "es"),
    ("Take it every two weeks.", "Tómelo cada quincena.", "es"),
    ("Take fifteen drops a day.", "Tome quince gotas al día.", "es"),
])
def test_other_times_still_pass(src: str, tr: str, lang: str) -> None:
    assert errors(src, tr, lang) == []


@pytest.mark.parametrize(("src", "tr", "lang", "code"), [
    ("Take 10 mg every week.", "Prenez 10 mg tous les quinze jours.", "fr", "period"),
    ("Take 10 mg every other day.", "Prenez 10 mg tous les quinze jours.", "fr", "period"),
    ("Take 10 mg every 3 weeks.", "Prenez 10 mg tous les 15 jours.", "fr", "period"),
    ("Take 10 mg every week.", "Tome 10 mg cada quince días.", "es", "period"),
    ("Take 10 mg every other day.", "Tome 10 mg cada quince días.", "es", "period"),
    ("Take 10 mg every week.", "Tome 10 mg a cada quinze dias.", "pt", "period"),
    ("Take 10 mg every fifteen days.", "Tome 10 mg cada tres semanas.", "es", "period"),
    ("Take 15 mg every two weeks.", "Prenez 14 mg tous les quinze jours.", "fr", "number"),
    ("Take fifteen drops every two weeks.", "Tome catorce gotas cada quince días.", "es", "number"),
    # how long: a week is 7 days ("for two weeks" is 14 days of doses)
    ("Take 10 mg for two weeks.", "Tome 10 mg durante quince días.", "es", "number"),
    ("Take 10 mg for 2 weeks.", "Tome 10 mg durante 15 días.", "es", "number"),
])
def test_other_periods_and_counts_stay_errors(src: str, tr: str, lang: str, code: str) -> None:
    assert any(message.startswith(f"{code}: ") for message in errors(src, tr, lang))


@pytest.mark.parametrize(("src", "tr", "lang"), [
    ("Take 10 mg every two weeks.", "Tome 10 mg cada 15 días.", "es"),
    ("Take 10 mg every 2 weeks.", "Tome 10 mg cada 15 días.", "es"),
    ("Take 10 mg every 2 weeks.", "Tome 10 mg a cada 15 dias.", "pt"),
    ("Take 10 mg every 2 weeks.", "Prenez 10 mg tous les 15 jours.", "fr"),
    ("Take 10 mg every 15 days.", "Prenez 10 mg toutes les 2 semaines.", "fr"),
    ("Take 10 mg every 2 weeks.", "Tome 10 mg cada 2 semanas.", "es"),
    ("Take 10 mg every 2 weeks.", "Uống 10 mg mỗi 2 tuần.", "vi"),
])
def test_fifteen_days_in_digits_is_every_two_weeks(src: str, tr: str, lang: str) -> None:
    """"number 2 weeks in the source is missing from the translation (found 15 días)", "number 15 días
    in the translation is not in the source"."""
    assert errors(src, tr, lang) == []


@pytest.mark.parametrize(("src", "tr", "lang"), [
    ("Take 10 mg every 2 weeks.", "Tome 10 mg cada 3 semanas.", "es"),
    ("Take 10 mg every 3 weeks.", "Tome 10 mg cada 15 días.", "es"),
    ("Take 10 mg every 14 days.", "Tome 10 mg cada 13 días.", "es"),
    ("Take 10 mg every 14 days.", "Tome 10 mg cada 3 semanas.", "es"),
    ("Take 10 mg every 15 days.", "Tome 10 mg cada 16 días.", "es"),
    ("Take 2 tablets every 2 weeks.", "Tome 3 tabletas cada 15 días.", "es"),
])
def test_other_numbers_of_days_or_weeks_stay_errors(src: str, tr: str, lang: str) -> None:
    assert any(message.startswith("number: ") for message in errors(src, tr, lang))


@pytest.mark.parametrize(("src", "tr", "lang"), [
    ("Take 10 mg every 2 weeks.", "Tome 10 mg cada 14 días.", "es"),
    ("Take 10 mg every two weeks.", "Tome 10 mg cada catorce días.", "es"),
    ("Take 10 mg every 14 days.", "Tome 10 mg cada 2 semanas.", "es"),
    ("Take 10 mg every 14 days.", "Tome 10 mg a cada 2 semanas.", "pt-BR"),
    ("Take 10 mg every fourteen days.", "Prenez 10 mg toutes les deux semaines.", "fr"),
    ("Take 10 mg every 2 weeks.", "Uống 10 mg mỗi 14 ngày.", "vi"),
])
def test_fourteen_days_is_every_two_weeks_exactly(src: str, tr: str, lang: str) -> None:
    """A number error ("number 14 días in the translation is not in the source") and a period error
    ("period every other in the source is missing from the translation") before."""
    assert errors(src, tr, lang) == []
