"""A meal is its part of the day ("with breakfast" is "in the morning"), except where a text says both
a meal and its part of the day ("Take 1 tablet with dinner and 2 at bedtime": a dose with the
evening meal, another at bedtime, as a handout says them): there each is a time of its own, so counts
exchanged between the meal and bedtime are an error, in each language; the same counts pass, and a
translation that says the meal as its part of the day ("por la noche" for "at bedtime", "por la noche"
for "with dinner") passes too (the reading is unsure there)."""

from __future__ import annotations

import pytest

from edu import countbindings
from test_number_swaps_more import ADVICE, number_errors

DINNER = "Take 1 tablet with dinner and 2 at bedtime."
TABLETS = "Take 1 tablet with dinner and 2 tablets at bedtime."


@pytest.mark.parametrize(("src", "tr", "lang"), [
    (DINNER, "Tome 2 tabletas con la cena y 1 al acostarse.", "es"),
    (TABLETS, "Tome 2 tabletas con la cena y 1 tableta al acostarse.", "es"),
    (TABLETS, "Tome 2 tabletas con la cena y 1 tableta antes de dormir.", "es"),
    (DINNER, "Tome 2 comprimidos no jantar e 1 ao deitar.", "pt-BR"),
    (DINNER, "Prenez 2 comprimés au souper et 1 au coucher.", "fr"),
    (DINNER, "Uống 2 viên vào bữa tối và 1 viên trước khi đi ngủ.", "vi"),
    ("Take 1 tablet with breakfast and 2 in the morning.", "Tome 2 tabletas con el desayuno y 1 por la mañana.", "es"),
    ("Give 1 teaspoon with dinner and 2 teaspoons at bedtime.",
     "Dé 2 cucharaditas con la cena y 1 cucharadita al acostarse.", "es"),
])
def test_counts_exchanged_between_a_meal_and_its_part_of_the_day_are_an_error(src: str, tr: str, lang: str) -> None:
    found = number_errors(src, tr, lang)
    assert len(found) == 1 and found[0].startswith('"1 '), found
    assert found[0].endswith(ADVICE), found


@pytest.mark.parametrize(("src", "tr", "lang"), [
    (DINNER, "Tome 1 tableta con la cena y 2 al acostarse.", "es"),
    (TABLETS, "Tome 1 tableta con la cena y 2 tabletas antes de dormir.", "es"),
    (DINNER, "Al acostarse tome 2 tabletas, y 1 tableta con la cena.", "es"),
    (DINNER, "Tome 1 comprimido no jantar e 2 ao deitar.", "pt-BR"),
    (DINNER, "Prenez 1 comprimé au souper et 2 au coucher.", "fr"),
    (DINNER, "Uống 1 viên vào bữa tối và 2 viên trước khi đi ngủ.", "vi"),
    # the meal or bedtime said as the evening: unsure, passes
    (DINNER, "Tome 1 tableta con la cena y 2 por la noche.", "es"),
    (DINNER, "Tome 1 tableta por la noche y 2 al acostarse.", "es"),
    (DINNER, "Tome 2 tabletas por la noche y 1 tableta al acostarse.", "es"),
    # a meal said with its part of the day, or alone
    ("Take 1 tablet in the morning and 2 tablets in the evening with dinner.",
     "Tome 1 tableta por la mañana y 2 tabletas con la cena.", "es"),
    ("Take 1 tablet in the morning and 2 tablets with dinner.",
     "Tome 1 tableta por la mañana y 2 tabletas por la noche, con la cena.", "es"),
    ("Take 1 tablet with breakfast and 2 tablets with dinner.",
     "Tome 1 tableta por la mañana y 2 tabletas por la noche.", "es"),
])
def test_the_same_counts_of_a_meal_and_its_part_of_the_day_pass(src: str, tr: str, lang: str) -> None:
    assert number_errors(src, tr, lang) == []


def test_a_meal_is_its_part_of_the_day_where_its_text_says_no_part() -> None:
    times = [b.value for b in countbindings.bindings("Take 1 tablet with breakfast and 2 tablets at night.", "en").bound
             if b.key == "time of day"]
    morning = [b.value for b in countbindings.bindings("Take 1 tablet in the morning and 2 tablets at night.",
                                                       "en").bound if b.key == "time of day"]
    assert times == morning
