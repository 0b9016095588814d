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
