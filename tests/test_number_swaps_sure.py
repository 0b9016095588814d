"""Where the count-swap reading is sure, and where it is not: a thing counted twice in turns of
another order ("On day 1 take 2 tablets with 1 tablet on day 2": each count's day is the nearest one
in its own turn) is compared turn by turn, so counts exchanged there are an error; a count said
without its thing after two things ("1 tablet and 1 capsule in the morning, and 2 at night") counts
neither (unsure: it passes); a Spanish or Portuguese time of day is quoted without the article its
noun needs ("mañana", as "morning"); and spoon sizes exchanged with their numbers ("1 teaspoon in the
morning and 2 tablespoons at night" as "2 cucharadas por la mañana y 1 cucharadita por la noche") get
the spoons' message. (The correct translations of these, which pass, are in test_number_swaps_turns.py
and test_number_swaps_spoons.py.)"""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from edu import countbindings, countclauses
from test_number_swaps_more import ADVICE, number_errors

DAYS = "On day 1 take 2 tablets with 1 tablet on day 2."
TIMES = "In the morning take 2 tablets with 1 tablet at night."
BOTH = "Take 1 tablet and 1 capsule in the morning, and 2 at night."
SPOONS = "Give 1 teaspoon in the morning and 2 tablespoons at night."


def test_counts_exchanged_in_turns_of_another_order_are_an_error() -> None:
    assert number_errors(DAYS, "El día 1 tome 1 tableta con 2 tabletas el día 2.", "es") == [
        f'"day 1: 2 tablets" in the source is "día 1: 1 tableta" in the translation, and "1 tablet on day 2" '
        f'is "2 tabletas el día 2": {ADVICE}']


@pytest.mark.parametrize(("src", "tr", "lang"), [
    (DAYS, "No dia 1 tome 1 comprimido com 2 comprimidos no dia 2.", "pt-BR"),
    (DAYS, "Le jour 1 prenez 1 comprimé avec 2 comprimés le jour 2.", "fr"),
    (DAYS, "Ngày 1 uống 1 viên cùng 2 viên vào ngày 2.", "vi"),
    (TIMES, "Por la mañana tome 1 tableta con 2 tabletas por la noche.", "es"),
])
def test_counts_exchanged_in_turns_of_another_order_are_an_error_in_each_language(src: str, tr: str,
                                                                                   lang: str) -> None:
    found = number_errors(src, tr, lang)
    assert len(found) == 1 and found[0].endswith(ADVICE), found


@pytest.mark.parametrize(("keys", "turn"), [
    (["day N", "tablet", "tablet", "day N"], 2),
    (["tablet", "day N", "day N", "tablet"], 2),
    (["tablet", "day N", "tablet", "day N"], 2),  # the same order: as before
    (["day N", "tablet", "tablet", "day N", "day N", "tablet"], 2),
    # the second turn's time of day is as near the first turn's tablet as its own: unsure
    (["day N", "tablet", "time of day", "time of day", "day N", "tablet"], 0),
    (["day N", "tablet", "tablet", "tablet", "day N"], 0),
])
def test_a_turn_of_another_order_is_read_where_each_partner_is_nearest_in_its_own_turn(keys: list[str],
                                                                                        turn: int) -> None:
    assert countclauses._turn(keys) == turn


@pytest.mark.parametrize(("text", "lang"), [
    (BOTH, "en"),
    ("Tome 1 tableta y 1 cápsula por la mañana, y 2 por la noche.", "es"),
    ("Tome 1 comprimido e 1 cápsula de manhã, e 2 à noite.", "pt-BR"),
    ("Prenez 1 comprimé et 1 gélule le matin, et 2 le soir.", "fr"),
    ("Uống 1 viên và 1 viên nang vào buổi sáng, và 2 vào buổi tối.", "vi"),
])
def test_a_count_said_without_its_thing_after_two_things_counts_neither(text: str, lang: str) -> None:
    assert [b.words for b in countbindings.bindings(text, lang).bound if b.key != "time of day"][2:] == []


@pytest.mark.parametrize(("text", "thing"), [
    ("Take 1 tablet in the morning and 2 at night.", "tablet"),
    ("Take 1 capsule at noon. Take 1 tablet in the morning and 2 at night.", "tablet"),  # another sentence's
    ("Take 1 tablet 3 times a day in the morning and 2 at night.", "tablet"),  # a count of times is no thing
])
def test_a_count_said_without_its_thing_after_one_thing_counts_it(text: str, thing: str) -> None:
    assert [b.key for b in countbindings.bindings(text, "en").bound if b.words == "2"] == [thing]


def test_a_spanish_source_s_times_of_day_are_quoted_as_the_english_ones() -> None:
    assert number_errors("Tome 1 tableta y 1 cápsula por la mañana, y 2 cápsulas por la noche.",
                         "Take 1 tablet and 2 capsules in the morning, and 1 capsule at night.", "en", "es") == [
        f'"1 cápsula por la mañana" in the source is "1 capsule at night" in the translation, and "2 cápsulas por la '
        f'noche" is "2 capsules in the morning": {ADVICE}']


def spoons_advice(first: str, second: str, partner: str) -> str:
    return (f'teaspoons and tablespoons are exchanged between "{first}" and "{second}", each with its number '
            f"(another dose at each); keep each spoon's size and number with its {partner}, as the source does")


@pytest.mark.parametrize(("src", "tr", "lang", "message"), [
    (SPOONS, "Dé 2 cucharadas por la mañana y 1 cucharadita por la noche.", "es",
     '"1 teaspoon in the morning" in the source is "1 cucharadita por la noche" in the translation, and "2 '
     'tablespoons at night" is "2 cucharadas por la mañana"'),
    (SPOONS, "Dê 2 colheres de sopa de manhã e 1 colher de chá à noite.", "pt-BR",
     '"1 teaspoon in the morning" in the source is "1 colher de chá à noite" in the translation, and "2 tablespoons '
     'at night" is "2 colheres de sopa de manhã"'),
    (SPOONS, "Donnez 2 cuillères à soupe le matin et 1 cuillère à café le soir.", "fr",
     '"1 teaspoon in the morning" in the source is "1 cuillère à café le soir" in the translation, and "2 '
     'tablespoons at night" is "2 cuillères à soupe le matin"'),
    (SPOONS, "Cho uống 2 thìa canh vào buổi sáng và 1 thìa cà phê vào buổi tối.", "vi",
     '"1 teaspoon in the morning" in the source is "1 thìa cà phê vào buổi tối" in the translation, and "2 '
     'tablespoons at night" is "2 thìa canh vào buổi sáng"'),
])
def test_spoon_sizes_exchanged_with_their_numbers_get_the_spoons_message(src: str, tr: str, lang: str,
                                                                        message: str) -> None:
    assert number_errors(src, tr, lang) == [f'{message}: {spoons_advice("morning", "night", "time of day")}']


def test_spoon_sizes_exchanged_with_their_numbers_between_days_name_the_days() -> None:
    found = number_errors("Give 1 teaspoon on day 1 and 2 tablespoons on day 2.",
                          "Dé 2 cucharadas el día 1 y 1 cucharadita el día 2.", "es")
    assert len(found) == 1 and found[0].endswith(spoons_advice("day 1", "day 2", "day")), found


def test_counts_of_one_spoon_exchanged_keep_the_counts_message() -> None:
    # (the same spoon at both times: the numbers are what differs)
    found = number_errors("Give 1 teaspoon in the morning and 2 at night.",
                          "Dé 1 cucharadita por la noche y 2 por la mañana.", "es")
    assert len(found) == 1 and found[0].endswith(ADVICE), found


_TURN_ES = ("el día {day} tome {count} tabletas", "tome {count} tabletas el día {day}")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(1, 9), st.integers(1, 9)), min_size=2, max_size=3,
                unique_by=(lambda turn: turn[0], lambda turn: turn[1])),
       st.lists(st.integers(0, 1), min_size=6, max_size=6), st.randoms(use_true_random=False))
def test_the_same_counts_on_the_same_days_in_any_order_pass(turns: list[tuple[int, int]], orders: list[int],
                                                             rand: random.Random) -> None:
    src = "Take " + " with ".join(f"{count} tablets on day {day}" for day, count in turns) + "."
    said = [_TURN_ES[order].format(day=day, count=count) for (day, count), order in zip(turns, orders, strict=False)]
    rand.shuffle(said)
    assert number_errors(src, " con ".join(said).capitalize() + ".", "es") == []


LEFT_OUT = "Give 1 teaspoon in the morning and 2 at night."
KEEP = "keep each spoon's size as the source gives it"


@pytest.mark.parametrize(("src", "tr", "lang", "message"), [
    (LEFT_OUT, "Dé 1 cucharadita por la mañana y 2 cucharadas por la noche.", "es",
     '"2" in the source counts teaspoons, as the count before it, and "2 cucharadas" in the translation tablespoons'),
    (LEFT_OUT, "Dê 1 colher de chá de manhã e 2 colheres de sopa à noite.", "pt-BR",
     '"2" in the source counts teaspoons, as the count before it, and "2 colheres de sopa" in the translation '
     "tablespoons"),
    (LEFT_OUT, "Donnez 1 cuillère à café le matin et 2 cuillères à soupe le soir.", "fr",
     '"2" in the source counts teaspoons, as the count before it, and "2 cuillères à soupe" in the translation '
     "tablespoons"),
    (LEFT_OUT, "Cho uống 1 thìa cà phê vào buổi sáng và 2 thìa canh vào buổi tối.", "vi",
     '"2" in the source counts teaspoons, as the count before it, and "2 thìa canh" in the translation tablespoons'),
    ("Give 2 teaspoons in the morning and 2 tablespoons at night.", "Dé 2 cucharadas por la mañana y 2 por la noche.",
     "es", '"2 teaspoons" in the source is "2" in the translation, which counts tablespoons, as the count before it'),
])
def test_a_count_said_without_its_spoon_against_another_size_gets_the_spoons_message(src: str, tr: str, lang: str,
                                                                                     message: str) -> None:
    assert number_errors(src, tr, lang) == [f"{message}: {KEEP}"]

