"""A part of the day said right beside a time within it only says when that time is: "por la noche con
la cena" is dinner, "à noite no jantar", "le soir au souper", "at night before bed", "buổi tối sau bữa
tối" too. So "Take 1 tablet with dinner and 2 at bedtime" against "Tome 2 tabletas por la noche con la
cena y 1 al acostarse" is an error: it passed, since the clause said two times (the night and dinner)
and the reading was unsure which went with the count. The same counts pass, and so does a
translation that says both times as the night (unsure: "Tome 1 tableta por la noche y 2 por la
noche")."""

from __future__ import annotations

import pytest

from edu import countbindings
from test_number_swaps_more import ADVICE, number_errors

DINNER = "Take 1 tablet with dinner and 2 at bedtime."

# (the source, a translation with a part of the day beside a time within it, its language): each said
# with the counts kept and exchanged
QUALIFIED = [
    (DINNER, "Tome {a} tableta por la noche con la cena y {b} al acostarse.", "es"),
    (DINNER, "Tome {a} tableta con la cena de la noche y {b} antes de dormir.", "es"),
    (DINNER, "Tome {a} tableta por la noche, con la cena, y {b} por la noche, al acostarse.", "es"),
    (DINNER, "Tome {a} tableta con la cena por la noche y {b} al acostarse.", "es"),
    (DINNER, "Dê {a} comprimido à noite no jantar e {b} ao deitar.", "pt-BR"),
    (DINNER, "Donnez {a} comprimé le soir au souper et {b} au coucher.", "fr"),
    (DINNER, "Uống {a} viên buổi tối sau bữa tối và {b} viên trước khi đi ngủ.", "vi"),
    (DINNER, "Uống {a} viên vào bữa tối và {b} viên vào buổi tối trước khi đi ngủ.", "vi"),
    ("Take 1 tablet in the evening with dinner and 2 at bedtime.", "Tome {a} tableta con la cena y {b} al acostarse.",
     "es"),
    ("Take 2 drops in the morning with breakfast and 3 at noon.", "Use {a} gotas con el desayuno y {b} al mediodía.",
     "es"),
    ("Give 1 teaspoon with dinner and 2 teaspoons at bedtime.",
     "Dé {a} cucharadita por la noche con la cena y {b} cucharaditas al acostarse.", "es"),
]


@pytest.mark.parametrize(("src", "tr", "lang"), QUALIFIED)
def test_counts_exchanged_between_times_said_with_their_part_of_the_day_are_an_error(src: str, tr: str,
                                                                                     lang: str) -> None:
    first, second = (n for n in src.split() if n.isdigit())
    found = number_errors(src, tr.format(a=second, b=first), lang)
    assert len(found) == 1 and found[0].endswith(ADVICE), found


@pytest.mark.parametrize(("src", "tr", "lang"), QUALIFIED)
def test_the_same_counts_said_with_their_part_of_the_day_pass(src: str, tr: str, lang: str) -> None:
    first, second = (n for n in src.split() if n.isdigit())
    assert number_errors(src, tr.format(a=first, b=second), lang) == []


@pytest.mark.parametrize("tr", [
    # both times said as the night, or the night as a time of its own: unsure, passes either way
    "Tome {a} tableta por la noche y {b} por la noche.",
    "Tome {a} tableta por la noche y {b} por la noche al acostarse.",
    # a part of the day heading the sentence, apart from its times: unsure, as before
    "Por la noche, tome {a} tableta con la cena y {b} al acostarse.",
])
def test_a_part_of_the_day_said_for_both_times_stays_unsure(tr: str) -> None:
    assert number_errors(DINNER, tr.format(a=1, b=2), "es") == []
    assert number_errors(DINNER, tr.format(a=2, b=1), "es") == []


def test_a_part_of_the_day_beside_a_time_within_it_is_no_time_of_its_own() -> None:
    def times(text: str, lang: str = "es") -> list[str]:
        return [b.words for b in countbindings.bindings(text, lang).bound if b.key == "time of day"]

    assert times("Tome 1 tableta por la noche con la cena y 2 al acostarse.") == ["cena", "acostarse"]
    assert times("Take 1 tablet in the morning and 2 tablets at night before bed.", "en") == ["morning", "before bed"]
    # a part of the day apart from the time within it stays a time
    assert times("Tome 1 tableta por la noche y 2 con la cena.") == ["noche", "cena"]
