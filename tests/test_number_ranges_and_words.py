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
