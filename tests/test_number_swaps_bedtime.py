"""Bedtime is the evening ("at bedtime" is "at night"), except where a text says another time of the
evening too ("Give 4 drops at night and 2 at bedtime": a dose in the evening, another at bedtime, as a
handout says them): there bedtime is a time of its own, so counts exchanged between the night and
bedtime are an error, in each language; the same counts pass, and so does a translation that says
one of them in the other's words or both as one time (the reading is unsure there)."""

from __future__ import annotations

import pytest

from edu import countbindings
from test_number_swaps_more import ADVICE, number_errors

NIGHT = "Give 4 drops at night and 2 at bedtime."
DROPS = "Give 4 drops in the evening and 2 drops before bed."


@pytest.mark.parametrize(("src", "tr", "lang"), [
    (NIGHT, "Dé 2 gotas por la noche y 4 al acostarse.", "es"),
    (DROPS, "Dé 2 gotas por la noche y 4 gotas antes de dormir.", "es"),
    (NIGHT, "Dê 2 gotas à noite e 4 ao deitar.", "pt-BR"),
    (NIGHT, "Donnez 2 gouttes le soir et 4 au coucher.", "fr"),
    (NIGHT, "Cho uống 2 giọt vào buổi tối và 4 giọt trước khi đi ngủ.", "vi"),
    ("Dé 4 gotas por la noche y 2 al acostarse.", "Give 2 drops at night and 4 at bedtime.", "en"),
    ("Give 1 teaspoon at night and 2 teaspoons at bedtime.",
     "Dé 2 cucharaditas por la noche y 1 cucharadita al acostarse.", "es"),
    # (with dinner and at bedtime, bedtime said as the night: still compared, as before)
    ("Take 1 tablet with dinner and 2 at bedtime.", "Tome 2 tabletas con la cena y 1 por la noche.", "es"),
])
def test_counts_exchanged_between_the_night_and_bedtime_are_an_error(src: str, tr: str, lang: str) -> None:
    found = number_errors(src, tr, lang, "es" if src.startswith("Dé") else "en")
    assert len(found) == 1 and found[0].endswith(ADVICE), found


@pytest.mark.parametrize(("src", "tr", "lang"), [
    (NIGHT, "Dé 4 gotas por la noche y 2 al acostarse.", "es"),
    (DROPS, "Dé 4 gotas por la noche y 2 gotas antes de dormir.", "es"),
    (NIGHT, "Al acostarse dé 2 gotas, y 4 gotas por la noche.", "es"),
    (NIGHT, "Dê 4 gotas à noite e 2 ao deitar.", "pt-BR"),
    (NIGHT, "Donnez 4 gouttes le soir et 2 au coucher.", "fr"),
    (NIGHT, "Cho uống 4 giọt vào buổi tối và 2 giọt trước khi đi ngủ.", "vi"),
    # bedtime said as the night, or the night as bedtime: unsure, passes
    (NIGHT, "Dé 4 gotas por la noche y 2 más tarde por la noche.", "es"),
    (NIGHT, "Dé 2 gotas por la noche y 4 más tarde por la noche.", "es"),
    (NIGHT, "Dé 4 gotas antes de dormir y 2 al acostarse.", "es"),
    # the night and bedtime in one clause are one time
    ("Take 1 tablet in the morning and 2 tablets at night before bed.",
     "Tome 1 tableta por la mañana y 2 tabletas antes de dormir.", "es"),
    ("Take 1 tablet in the morning and 2 tablets at night before bed.",
     "Tome 1 tableta por la mañana y 2 tabletas por la noche.", "es"),
    ("Take 1 tablet in the morning and 2 tablets at bedtime.",
     "Tome 1 tableta por la mañana y 2 tabletas por la noche.", "es"),
])
def test_the_same_counts_of_the_night_and_bedtime_pass(src: str, tr: str, lang: str) -> None:
    assert number_errors(src, tr, lang) == []


def test_bedtime_is_the_evening_where_its_text_says_no_other_time_of_it() -> None:
    def times(text: str) -> list[object]:
        return [b.value for b in countbindings.bindings(text, "en").bound if b.key == "time of day"]

    assert times("Take 1 tablet in the morning and 2 tablets at bedtime.") == times(
        "Take 1 tablet in the morning and 2 tablets at night.")
    assert len(set(times("Take 1 tablet at night and 2 tablets at bedtime."))) == 2
