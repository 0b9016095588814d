"""Known misreadings of the number check: noon and midnight read as halves in a Portuguese source
("meio-dia": 12:00, never ½), a fortnight's "nửa" (half) a count, a Spanish, Portuguese or French time
said with a half or a quarter of an hour ("a las 8 y media", "às 8 e meia", "à 8 heures et demie")
read as the hour alone, French hours ("toutes les 4 h du matin au soir", "pendant 2 h du soir") read as
a time of day, and a message that quotes the fortnight the check wrote instead of the words the
translator wrote."""

from __future__ import annotations

import pytest

from edu.checks import check_message


def errors(src: str, tr: str, lang: str, source_lang: str = "en", code: str = "number") -> list[str]:
    return [f.message for f in check_message(src, tr, source_lang=source_lang, lang=lang)
            if f.severity == "error" and f.code == code]


@pytest.mark.parametrize(("src", "tr", "lang"), [
    ("Tome ao meio-dia.", "Take it at noon.", "en"),
    ("Tome 1 comprimido ao meio-dia.", "Tome 1 tableta al mediodía.", "es"),
    ("Tome 1 comprimido ao meio-dia.", "Prenez 1 comprimé à midi.", "fr"),
    ("Tome ao meio-dia e à meia-noite.", "Take it at noon and at midnight.", "en"),
    ("Tome meio comprimido ao meio-dia.", "Take half a tablet at noon.", "en"),
])
def test_noon_in_a_portuguese_source_is_no_half(src: str, tr: str, lang: str) -> None:
    """"meio-dia" was "count meio (1/2) in the source is missing from the translation"."""
    assert errors(src, tr, lang, source_lang="pt") == []


@pytest.mark.parametrize(("src", "tr", "lang"), [
    ("Tome meio comprimido.", "Take one tablet.", "en"),
    ("Tome meio comprimido ao meio-dia.", "Take one tablet at noon.", "en"),
])
def test_a_half_in_a_portuguese_source_is_still_one(src: str, tr: str, lang: str) -> None:
    assert errors(src, tr, lang, source_lang="pt")


@pytest.mark.parametrize(("src", "tr", "lang", "source_lang"), [
    ("Uống mỗi 15 ngày.", "Take it every 2 weeks.", "en", "vi"),
    ("Uống hai viên mỗi nửa tháng.", "Take two tablets every two weeks.", "en", "vi"),
    ("Uống hai viên nửa tháng một lần.", "Take two tablets every 2 weeks.", "en", "vi"),
])
def test_a_fortnight_in_vietnamese_is_no_half(src: str, tr: str, lang: str, source_lang: str) -> None:
    """"mỗi 15 ngày" (every 15 days), read as "mỗi nửa tháng" (every half month), was "count nửa (1/2) in
    the source is missing": a word the translator did not write, and no count."""
    assert errors(src, tr, lang, source_lang=source_lang) == []


def test_a_half_dose_against_a_vietnamese_fortnight_is_still_an_error() -> None:
    """"every two weeks" as "mỗi nửa tháng" had a half to pair with the source's half tablet."""
    assert errors("Take half a tablet every two weeks.", "Uống một viên mỗi hai tuần.", "vi")


@pytest.mark.parametrize(("src", "tr", "lang"), [
    ("Take it from 8:30 to 10 p.m.", "Tómelo de 8 y media a 10 de la noche.", "es"),
    ("Take it at 8:30 a.m.", "Tómelo a las 8 y media de la mañana.", "es"),
    ("Take it at 8:30.", "Tómelo a las 8 y media.", "es"),
    ("Take it at 8:15 a.m.", "Tómelo a las 8 y cuarto de la mañana.", "es"),
    ("Take it at 7:45 p.m.", "Tómelo a las 8 menos cuarto de la noche.", "es"),
    ("Take it at 12:45 a.m.", "Tómelo a la 1 menos cuarto de la madrugada.", "es"),
    ("Take it between 8:30 and 10 p.m.", "Tómelo entre las 8 y media y las 10 de la noche.", "es"),
    ("Take it from 8 to 10:30 p.m.", "Tómelo de las 8 a las 10 y media de la noche.", "es"),
    ("Take it at 8:30 p.m.", "Tome às 8 e meia da noite.", "pt"),
    ("Take it from 8:30 to 10 p.m.", "Tome das 8 e meia às 10 da noite.", "pt"),
    ("Take it at 8:30 p.m.", "Prenez-le à 8 heures et demie du soir.", "fr"),
    ("Take it at 8:30 p.m.", "Prenez-le à 20 h et demie.", "fr"),
    ("Take it at 8:15 p.m.", "Prenez-le à 8 heures et quart du soir.", "fr"),
    ("Take it at 7:45 p.m.", "Prenez-le à 8 heures moins le quart du soir.", "fr"),
    ("Take it from 8:30 to 10 p.m.", "Prenez-le de 8 h et demie à 10 h du soir.", "fr"),
])
def test_a_half_or_quarter_hour_is_a_time(src: str, tr: str, lang: str) -> None:
    """"a las 8 y media" was read as 8 alone: "number 8:30 a.m. in the source is missing from the
    translation (found 8)"; and in a source its "media" was a count of a half."""
    assert errors(src, tr, lang) == []
    assert errors(tr, src, "en", source_lang=lang) == []


@pytest.mark.parametrize(("src", "tr", "lang", "found"), [
    ("Take it at 8:30 a.m.", "Tómelo a las 9 y media de la mañana.", "es", "9 y media de la mañana"),
    ("Take it at 8:30.", "Tómelo a las 9 y media.", "es", "9 y media"),
    ("Take it from 8:30 to 10 p.m.", "Tómelo de 9 y media a 10 de la noche.", "es", "9 y media"),
    ("Take it at 7:45 p.m.", "Tómelo a las 8 y cuarto de la noche.", "es", "8 y cuarto de la noche"),
    ("Take it at 8:30 p.m.", "Tómelo a las 8 y media de la mañana.", "es", "8 y media de la mañana"),
    ("Take it at 8:30 p.m.", "Tome às 9 e meia da noite.", "pt", "9 e meia da noite"),
    ("Take it at 8:30 p.m.", "Prenez-le à 9 heures et demie du soir.", "fr", "9 heures et demie du soir"),
    ("Take it at 8:15 p.m.", "Prenez-le à 8 heures moins le quart du soir.", "fr", "8 heures moins le quart du soir"),
])
def test_a_wrong_half_or_quarter_hour_is_an_error(src: str, tr: str, lang: str, found: str) -> None:
    assert any(f"(found {found})" in message for message in errors(src, tr, lang))


@pytest.mark.parametrize(("src", "tr", "lang", "source_lang"), [
    ("Take 2½ tablets.", "Tome 2 y media tabletas.", "es", "en"),
    ("Tome 2 y media tabletas.", "Take 2½ tablets.", "en", "es"),
    ("Tome 2 e meia colheres.", "Take 2½ spoonfuls.", "en", "pt"),
    ("Take 2½ tablets.", "Tome 2 tabletas y media.", "es", "en"),
])
def test_two_and_a_half_is_still_no_time(src: str, tr: str, lang: str, source_lang: str) -> None:
    assert errors(src, tr, lang, source_lang=source_lang) == []


@pytest.mark.parametrize(("src", "tr"), [
    ("Take it every 4 hours from morning to evening.", "Prenez-le toutes les 4 h du matin au soir."),
    ("Take it every 4 hours from morning to evening.", "Prenez-le toutes les 4 heures du matin au soir."),
    ("Take it every 4 hours from morning to night.", "Prenez-le toutes les 4 h du matin jusqu'au soir."),
    ("Rest for 2 hours in the evening.", "Reposez-vous pendant 2 h du soir."),
    ("Rest for 2 hours in the evening.", "Reposez-vous durant 2 h du soir."),
    ("Rest for 2 hours in the afternoon.", "Reposez-vous pendant 2 h de l'après-midi."),
    ("Do not eat for 2 hours in the evening.", "Ne mangez pas pendant les 2 h du soir."),
    ("Take it at 10 p.m.", "Prenez-le à 10 h du soir."),
    ("Take it at 2 a.m.", "Prenez-le vers 2 h du matin."),
    ("Take it at 8 p.m. for 2 hours.", "Prenez-le à 8 h du soir pendant 2 h."),
])
def test_french_hours_before_a_part_of_the_day_are_hours(src: str, tr: str) -> None:
    """"toutes les 4 h du matin au soir" (every 4 hours from morning to evening) was read as 4 a.m.:
    "number 4 hours in the source is missing from the translation (found 4 h du matin)"."""
    assert errors(src, tr, "fr") == []


@pytest.mark.parametrize(("src", "tr"), [
    ("Take it every 4 hours from morning to evening.", "Prenez-le toutes les 6 h du matin au soir."),
    ("Take it at 4 a.m.", "Prenez-le toutes les 4 h du matin au soir."),
    ("Take it at 2 p.m.", "Reposez-vous pendant 2 h de l'après-midi."),
    ("Rest for 2 hours in the evening.", "Reposez-vous pendant 3 h du soir."),
])
def test_french_hours_or_times_changed_are_still_errors(src: str, tr: str) -> None:
    assert errors(src, tr, "fr")


@pytest.mark.parametrize(("src", "tr", "lang", "message"), [
    ("Take it every 3 weeks.", "Tómelo cada 15 días.", "es",
     'number 3 weeks in the source is missing from the translation (found "cada 15 días")'),
    ("Take it every 3 weeks.", "Prenez-le tous les 15 jours.", "fr",
     'number 3 weeks in the source is missing from the translation (found "tous les 15 jours")'),
    ("Take it every 3 weeks.", "Uống mỗi 2 tuần.", "vi",
     'number 3 weeks in the source is missing from the translation (found "mỗi 2 tuần")'),
    ("Take it for 2 weeks.", "Tómelo cada 2 semanas.", "es",
     'number 2 weeks in the source is missing from the translation (found "cada 2 semanas")'),
    ("Take it every 2 weeks.", "Tómelo cada 3 semanas.", "es",
     'number "every 2 weeks" in the source is missing from the translation (found 3 semanas)'),
    ("Take it every 2 weeks.", "Tómelo durante 2 semanas.", "es",
     'number "every 2 weeks" in the source is missing from the translation (found 2 semanas)'),
    ("Take 2 tablets every 3 weeks.", "Tome 3 tabletas cada 2 semanas.", "es",
     'numbers 2 and 3 weeks in the source are missing from the translation (found 3 and "cada 2 semanas")'),
])
def test_a_message_quotes_the_fortnight_as_written(src: str, tr: str, lang: str, message: str) -> None:
    """Every two weeks is read as a fortnight ("cada 15 días": "cada quincena"), so the numbers of "cada
    15 días" were in no message: "number 3 weeks in the source is missing from the translation", with
    nothing found, or "number 3 semanas in the translation is not in the source" for "every 2 weeks"."""
    assert any(found.startswith(message) for found in errors(src, tr, lang))


@pytest.mark.parametrize(("src", "tr", "lang"), [
    ("Take 2 tablets every 2 weeks.", "Tome 2 tabletas cada 15 días.", "es"),
    ("Take 10 mg every 14 days.", "Prenez 10 mg toutes les deux semaines.", "fr"),
    ("Take 10 mg every 2 weeks for 6 weeks.", "Tome 10 mg cada 15 días durante 6 semanas.", "es"),
])
def test_a_fortnight_said_both_sides_is_quoted_nowhere(src: str, tr: str, lang: str) -> None:
    assert errors(src, tr, lang) == []
    assert not any('"' in message for message in errors(src.replace("2 tablets", "3 tablets").replace(
        "10 mg", "20 mg"), tr, lang))


@pytest.mark.parametrize(("src", "tr"), [
    ("Tome 1 comprimido ao meio dia.", "Take 1 tablet at noon."),
    ("Tome à meia noite.", "Take it at midnight."),
])
def test_noon_without_its_hyphen_is_no_half(src: str, tr: str) -> None:
    assert errors(src, tr, "en", source_lang="pt") == []


def test_half_a_day_is_still_a_half() -> None:
    assert errors("Descanse meio dia.", "Rest for a day.", "en", source_lang="pt")


@pytest.mark.parametrize(("src", "tr", "lang"), [
    ("Take it at 12:30 p.m.", "Tome ao meio-dia e meia.", "pt"),
    ("Take it at 12:30 a.m.", "Tome à meia-noite e meia.", "pt"),
    ("Take it at 12:30 p.m.", "Prenez-le à midi et demi.", "fr"),
    ("Take it at 12:15 a.m.", "Prenez-le à minuit et quart.", "fr"),
    ("Take it at 11:45 a.m.", "Prenez-le à midi moins le quart.", "fr"),
])
def test_noon_or_midnight_and_a_half_is_a_time(src: str, tr: str, lang: str) -> None:
    """"ao meio-dia e meia" (12:30 p.m.) was nothing but a half: "number 12:30 p.m. in the source is
    missing from the translation", and in a source "count meia (1/2) ... is missing"."""
    assert errors(src, tr, lang) == []
    assert errors(tr, src, "en", source_lang=lang) == []


@pytest.mark.parametrize(("src", "tr", "lang"), [
    ("Take it at 12:30 a.m.", "Tome ao meio-dia e meia.", "pt"),
    ("Take it at 11:45 p.m.", "Prenez-le à midi moins le quart.", "fr"),
    ("Take it at 12 p.m.", "Tome ao meio-dia e meia.", "pt"),
])
def test_noon_for_midnight_and_a_half_is_still_an_error(src: str, tr: str, lang: str) -> None:
    assert errors(src, tr, lang)
