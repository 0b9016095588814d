"""Hours of the clock written in words are times of day (clockwords.py): "a las nueve y media de la noche"
for "8:30 p.m." said only "count nueve (9) ... not in the source" and "a las ocho y media de la noche" for
it was "number 8:30 p.m. ... missing"; "cuarto para las 8" and "quinze para as 8" are 7:45; "ao meio-dia e
meia" for "at noon" passed where neither text has a digit. A French count before a bare part of the day
("et trois l'après-midi") is no litre."""

from __future__ import annotations

import pytest

from test_number_fortnights_in_words import number_errors


@pytest.mark.parametrize(("src", "tr", "lang"), [
    ("Take it at 8:30 p.m.", "Tómelo a las ocho y media de la noche.", "es"),
    ("Take it at 8:30 p.m.", "Tome às oito e meia da noite.", "pt"),
    ("Take it at 8:30 p.m.", "Prenez-le à huit heures et demie du soir.", "fr"),
    ("Take it at 9 p.m.", "Prenez-le à vingt et une heures.", "fr"),
    ("Take it at 3 p.m.", "Prenez-le à trois heures de l'après-midi.", "fr"),
    ("Take it at 7:45 a.m.", "Tómelo a cuarto para las 8 de la mañana.", "es"),
    ("Take it at 7:45 a.m.", "Tómelo a un cuarto para las ocho de la mañana.", "es"),
    ("Take it at 7:45 a.m.", "Tome quinze para as 8 da manhã.", "pt"),
    ("Take it at 7:45.", "Tome quinze para as 8.", "pt"),
    ("Take it at 12:45 p.m.", "Tómelo a cuarto para la una de la tarde.", "es"),
    ("Take it at eight in the morning.", "Tómelo a las ocho de la mañana.", "es"),
    ("Take it at eight in the morning.", "Tómelo a las 8 de la mañana.", "es"),
    ("Take it at 8 in the morning.", "Tómelo a las ocho.", "es"),
    ("Take it at eight.", "Tómelo a las 8.", "es"),
    ("Take it at two.", "Tómelo a las dos.", "es"),
    ("Take it at half past eight in the evening.", "Tómelo a las 8:30 de la noche.", "es"),
    ("Take it at a quarter to eight.", "Tómelo a las ocho menos cuarto.", "es"),
    ("Take it at half past twelve.", "Tome ao meio-dia e meia.", "pt"),
    ("Take it at 12:30 p.m.", "Tome ao meio-dia e meia.", "pt"),
    ("Take it at noon.", "Tome ao meio-dia.", "pt"),
    ("Wait two hours and a half.", "Espere dos horas y media.", "es"),
    ("Take it between 8 and 10 p.m.", "Tómelo entre las ocho y las diez de la noche.", "es"),
    ("Take it between eight and ten at night.", "Tómelo entre las ocho y las diez de la noche.", "es"),
    ("Take it from 8 to 10 p.m.", "Tómelo de las ocho a las diez de la noche.", "es"),
    ("Take it from 8 to 10 p.m.", "Prenez-le entre huit et dix heures du soir.", "fr"),
    ("Take it from 8 to 10 p.m.", "Tome entre as oito e as dez da noite.", "pt"),
    ("Take one tablet in the morning and two at night.", "Prenez un comprimé le matin et deux le soir.", "fr"),
    ("Take one tablet in the morning and two in the evening.", "Tome um comprimido de manhã e dois à noite.", "pt"),
    ("Take two tablets in the morning and one at night.", "Tome dos tabletas por la mañana y una por la noche.", "es"),
    ("Give 2 tablets in the morning and 3 in the afternoon.", "Donnez 2 comprimés le matin et trois l'après-midi.",
     "fr"),
    ("Give 2 tablets in the morning and 3 in the afternoon.", "Donnez 2 comprimés le matin, et trois l’après-midi.",
     "fr"),
    ("Take one at 8 a.m. and 3 in the afternoon.", "Prenez-en un à 8 h et trois l'après-midi.", "fr"),
])
def test_an_hour_in_words_at_the_same_time_passes(src: str, tr: str, lang: str) -> None:
    assert number_errors(src, tr, lang) == []


@pytest.mark.parametrize(("src", "tr", "lang", "said"), [
    ("Take it at 8:30 p.m.", "Tómelo a las nueve y media de la noche.", "es",
     "number 8:30 p.m. in the source is missing from the translation (found nueve y media de la noche)"),
    ("Take it at 8:30 p.m.", "Tome às nove e meia da noite.", "pt", "(found nove e meia da noite)"),
    ("Take it at 8:30 p.m.", "Prenez-le à neuf heures et demie du soir.", "fr", "(found neuf heures et demie du soir)"),
    ("Take it at 8 p.m.", "Prenez-le à huit heures.", "fr", "(found huit heures)"),
    ("Take it at 8:45 a.m.", "Tómelo a cuarto para las 8 de la mañana.", "es",
     "(found cuarto para las 8 de la mañana)"),
    ("Take it at 8:45 a.m.", "Tome quinze para as 8 da manhã.", "pt", "(found quinze para as 8 da manhã)"),
    ("Take it at 8:45.", "Tome quinze para as 8.", "pt", "(found quinze para as 8)"),
    ("Take it at eight in the morning.", "Tómelo a las nueve de la mañana.", "es",
     "number eight in the morning in the source is missing from the translation (found nueve de la mañana)"),
    ("Take it at two in the afternoon.", "Tómelo a las tres de la tarde.", "es", "(found tres de la tarde)"),
    ("Take it at a quarter to eight.", "Tómelo a las siete y cuarto.", "es", "(found siete y cuarto)"),
    ("Take it at noon.", "Tome ao meio-dia e meia.", "pt", "number meio-dia e meia in the translation"),
    ("Take it between 8 and 10 p.m.", "Tómelo entre las ocho y las once de la noche.", "es",
     "number 10 p.m. in the source is missing from the translation (found once de la noche)"),
    ("Take it at eight o'clock.", "Tómelo a las nueve en punto.", "es", "number eight in the source"),
])
def test_an_hour_in_words_at_another_time_is_an_error(src: str, tr: str, lang: str, said: str) -> None:
    found = number_errors(src, tr, lang)
    assert len(found) == 1 and said in found[0], found
