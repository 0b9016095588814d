"""Numbers the number check once read wrong, and the wrong translations next to them that stay
errors: a range of times of day ("between 8 and 10 at night": the 8 is 8 p.m., not a count), big
numbers in words or with their word ("two million", "dos millones", "2 mil", "twelve hundred") and
Vietnamese numbers above twelve ("mười lăm", "hai mươi mốt", "một trăm linh năm")."""

from __future__ import annotations

import pytest

from edu.checks import check_message

COPY = "copy every number and unit"
SAME_COUNTS = "write the same counts as the source"


def errors(src: str, tr: str, lang: str, code: str | None = None) -> list[str]:
    return [f.message for f in check_message(src, tr, source_lang="en", lang=lang)
            if f.severity == "error" and code in (None, f.code)]


# --- a range of times of day -----------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "src", "tr"), [
    ("es", "Take it between 8 and 10 at night.", "Tómelo entre las 8 y las 10 de la noche."),
    ("es", "Take it between 8 and 10 p.m.", "Tómelo entre las 8 y las 10 de la noche."),
    ("es", "Take it from 8 to 10 p.m.", "Tómelo de 8 a 10 de la noche."),
    ("es", "Take it at 8 or 9 in the morning.", "Tómelo a las 8 o las 9 de la mañana."),
    ("es", "Take it at 8 or 9 in the morning.", "Tómelo a las 8 o a las 9 de la mañana."),
    ("es", "Take it at 8 or at 9 in the morning.", "Tómelo a las 8 o las 9 de la mañana."),
    ("es", "Take it from 10 to 2 p.m.", "Tómelo de 10 de la mañana a 2 de la tarde."),
    ("es", "Take it 8-10 p.m.", "Tómelo de 8 a 10 de la noche."),
    ("pt-BR", "Take it between 8 and 10 p.m.", "Tome das 8 às 10 da noite."),
    ("pt-BR", "Take it between 8 and 10 at night.", "Tome entre as 8 e as 10 da noite."),
])
def test_the_start_of_a_range_of_times_of_day_is_a_time(lang: str, src: str, tr: str) -> None:
    """The 8 of "entre las 8 y las 10 de la noche" was a count, and that of "between 8 and 10 at
    night" a time: one side had a number the other had not."""
    assert errors(src, tr, lang) == []


@pytest.mark.parametrize(("src", "tr", "said"), [
    ("Take it between 8 and 10 at night.", "Tómelo entre las 9 y las 10 de la noche.",
     f"number 8 in the source is missing from the translation (found 9); {COPY}"),
    ("Take it from 8 to 10 p.m.", "Tómelo de 8 de la mañana a 10 de la noche.",
     f"number 8 in the source is missing from the translation (found 8 de la mañana); {COPY}"),
    ("Take it between 8 and 10 at night.", "Tómelo entre las 8 y las 10 de la mañana.",
     "numbers 8 and 10 at night in the source are missing from the translation (found 8 and 10 de la mañana); "
     f"{COPY}"),
    ("Take it at 8 or 9 in the morning.", "Tómelo a las 8 o las 9 de la noche.",
     "numbers 8 and 9 in the morning in the source are missing from the translation (found 8 and 9 de la noche); "
     f"{COPY}"),
])
def test_a_range_of_times_of_day_changed_is_still_an_error(src: str, tr: str, said: str) -> None:
    """The start of the range keeps the end's half of the day: 8 p.m. is not 8 a.m."""
    assert errors(src, tr, "es", "number") == [said]


@pytest.mark.parametrize(("src", "tr"), [
    ("Take 1 or 2 in the morning.", "Tome 1 o 2 por la mañana."),
    ("Take 2 tablets and 1 at 10 p.m.", "Tome 2 tabletas y 1 a las 10 de la noche."),
])
def test_a_count_before_a_time_of_day_is_still_a_count(src: str, tr: str) -> None:
    """No word of time before it and no dash or "to": "y 1 a las 10" counts one tablet."""
    assert errors(src, tr, "es") == []
    assert errors(src, tr.replace("1", "3", 1), "es", "number") != []


# --- big numbers: a million, "twelve hundred", "2 mil" -------------------------------------------


@pytest.mark.parametrize(("lang", "src", "tr"), [
    ("es", "2,000,000 people take it.", "Dos millones de personas lo toman."),
    ("es", "2,000,000 people take it.", "2 millones de personas lo toman."),
    ("es", "Two million people take it.", "2,000,000 de personas lo toman."),
    ("es", "Take twelve hundred units.", "Tome 1200 unidades."),
    ("es", "Take twelve hundred units.", "Tome mil doscientas unidades."),
    ("es", "Take twelve hundred and fifty units.", "Tome 1250 unidades."),
    ("es", "Take 2000 units.", "Tome 2 mil unidades."),
    ("pt-BR", "Take 2000 units.", "Tome 2 mil unidades."),
    ("es", "2 billion people take it.", "2 mil millones de personas lo toman."),
    ("es", "2.5 million people take it.", "2.5 millones de personas lo toman."),
])
def test_a_big_number_in_words_or_with_its_word_is_read_as_one_number(lang: str, src: str, tr: str) -> None:
    """"dos millones" was two, "2 millones" 2 and "twelve hundred" twelve."""
    assert errors(src, tr, lang) == []


@pytest.mark.parametrize(("lang", "src", "tr"), [
    ("es", "Two million people take it.", "Dos millones de personas lo toman."),
    ("es", "Two million people take it.", "2 millones de personas lo toman."),
    ("es", "2 million people take it.", "Dos millones de personas lo toman."),
    ("es", "A million people take it.", "Un millón de personas lo toman."),
    ("pt-BR", "2 million people take it.", "Dois milhões de pessoas o tomam."),
    ("pt-BR", "2 million people take it.", "2 milhões de pessoas o tomam."),
    ("fr", "2 million people take it.", "Deux millions de personnes le prennent."),
    ("fr", "2 million people take it.", "2 millions de personnes le prennent."),
    ("es", "Take 1000 units.", "Tome mil unidades."),
    # no exact number on either side
    ("es", "Millions of people take it. Take 2 tablets.", "Millones de personas lo toman. Tome 2 tabletas."),
    ("pt-BR", "Millions of people take it. Take 2 tablets.", "Milhões de pessoas o tomam. Tome 2 comprimidos."),
    ("fr", "Millions of people take it. Take 2 tablets.", "Des millions de personnes le prennent. Prenez 2 comprimés."),
])
def test_a_million_in_words_or_digits_passes(lang: str, src: str, tr: str) -> None:
    """(these passed before too, "dos millones" as two and "2 millones" as 2: they keep the new reading right)"""
    assert errors(src, tr, lang) == []


@pytest.mark.parametrize(("lang", "src", "tr", "said"), [
    ("es", "2 million people take it.", "2 mil personas lo toman.",
     [f"number 2 million in the source is missing from the translation (found 2 mil); {COPY}"]),
    ("es", "2 billion people take it.", "2 billones de personas lo toman.",
     [f"number 2 billion in the source is missing from the translation (found 2 billones); {COPY}"]),
    ("es", "Take 2000 units.", "Tome 3 mil unidades.",
     [f"number 2000 in the source is missing from the translation (found 3 mil); {COPY}"]),
    ("es", "Two million people take it.", "Tres millones de personas lo toman.",
     ["count two million (2000000) in the source is missing from the translation (found tres millones (3000000)); "
      f"{SAME_COUNTS}"]),
    ("es", "Take twelve hundred units.", "Tome 1100 unidades.",
     [f"number 1100 in the translation is not in the source; {COPY}",
      f"count twelve hundred (1200) in the source is missing from the translation; {SAME_COUNTS}"]),
    # an exact number for one that is not, or none for one
    ("es", "Two million people take it.", "Millones de personas lo toman.",
     [f"count two million (2000000) in the source is missing from the translation; {SAME_COUNTS}"]),
    ("es", "2 million people take it.", "Millones de personas lo toman.",
     [f"number 2 million in the source is missing from the translation; {COPY}"]),
    ("es", "Millions of people take it.", "2 millones de personas lo toman.",
     [f"number 2 millones in the translation is not in the source; {COPY}"]),
    ("es", "Millions of people take it. Take 2 tablets.", "Dos millones de personas lo toman. Tome 2 tabletas.",
     [f"count dos millones (2000000) in the translation is not in the source; {SAME_COUNTS}"]),
])
def test_another_big_number_is_still_an_error(lang: str, src: str, tr: str, said: list[str]) -> None:
    """A billion is a thousand million in English and a million million in Spanish ("billón")."""
    assert errors(src, tr, lang, "number") == said


# --- Vietnamese numbers above twelve --------------------------------------------------------------


@pytest.mark.parametrize(("src", "tr"), [
    ("Take 15 tablets.", "Uống mười lăm viên."),
    ("Take fifteen tablets.", "Uống mười lăm viên."),
    ("Wait 20 minutes.", "Chờ hai mươi phút."),
    ("Take it for 21 days.", "Dùng thuốc trong hai mươi mốt ngày."),
    ("Wait 24 hours.", "Chờ hai mươi bốn giờ."),
    ("Wait 24 hours.", "Chờ hai mươi tư giờ."),
    ("Wait 35 minutes.", "Chờ ba mươi lăm phút."),
    ("Take 100 mg.", "Uống một trăm mg."),
    ("Take 105 mg.", "Uống một trăm linh năm mg."),
    ("Take 105 mg.", "Uống một trăm lẻ năm mg."),
    ("Take 500 mg.", "Uống năm trăm mg."),
    ("Take 1000 units.", "Dùng một nghìn đơn vị."),
    ("Take 1000 units.", "Dùng một ngàn đơn vị."),
    ("Take 1005 units.", "Dùng một nghìn không trăm linh năm đơn vị."),
    ("Take 2000 units.", "Dùng 2 nghìn đơn vị."),
])
def test_a_vietnamese_number_above_twelve_is_read_as_one_number(src: str, tr: str) -> None:
    """"mười lăm" was 10, "hai mươi" 2, "một trăm" nothing: each is one number, read with the rules of
    Vietnamese counting (lăm for 5 and mốt for 1 after the tens, linh or lẻ for no tens)."""
    assert errors(src, tr, "vi") == []


@pytest.mark.parametrize(("src", "tr"), [
    ("Take 2 tablets for 10 years.", "Uống 2 viên trong mười năm."),  # "mười năm": ten years, never 15
    ("Take 2 tablets for 20 years.", "Uống 2 viên trong hai mươi năm."),
])
def test_a_vietnamese_year_after_the_tens_is_no_five(src: str, tr: str) -> None:
    assert errors(src, tr, "vi") == []


@pytest.mark.parametrize(("src", "tr", "said"), [
    ("Take 15 tablets.", "Uống mười sáu viên.", "mười sáu (16)"),
    ("Wait 20 minutes.", "Chờ ba mươi phút.", "ba mươi (30)"),
    ("Take 21 tablets.", "Uống hai mươi hai viên.", "hai mươi hai (22)"),
    ("Take 105 mg.", "Uống một trăm mg.", "một trăm (100)"),
    ("Take 105 mg.", "Uống một trăm linh sáu mg.", "một trăm linh sáu (106)"),
    ("Take 1000 units.", "Dùng hai nghìn đơn vị.", "hai nghìn (2000)"),
    # a short form is the number it says (test_number_words_compound.py), never one near it
    ("Take 101 mg.", "Uống một trăm mốt mg.", "một trăm mốt (110)"),  # 101 is "một trăm linh một"
    ("Take 1002 units.", "Dùng một nghìn hai đơn vị.", "một nghìn hai (1200)"),
    ("Take 25 tablets.", "Uống hai mốt viên.", "hai mốt (21)"),
])
def test_another_vietnamese_number_is_still_an_error(src: str, tr: str, said: str) -> None:
    number = errors(src, tr, "vi", "number")
    assert number[1:] == [f"count {said} in the translation is not in the source; {SAME_COUNTS}"]
    assert number[0].startswith(f"number {src.split()[1]}") and number[0].endswith(COPY)
