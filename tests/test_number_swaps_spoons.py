"""Spoon sizes exchanged between clauses: "Give 2 teaspoons in the morning and 2 tablespoons at night"
as "Dé 2 cucharadas en la mañana y 2 cucharaditas en la noche" keeps the same quantities (the number
check compares them as a set) and gives three times the dose in the morning. A count of teaspoons
or tablespoons (digits or words) binds to its size, paired in its clause with a time of day, a day
or a count of times; a correct translation, a reordered one and a Spanish "cucharada" alone (a
tablespoon or a spoonful) pass. The error names the spoons and what each goes with ("teaspoons and
tablespoons are exchanged between "morning" and "night"")."""

from __future__ import annotations

import pytest

from edu.checks import check_message
from edu.countswaps import check_swapped_counts
from edu.findings import Context

SRC = "Give 2 teaspoons in the morning and 2 tablespoons at night."


def sizes_advice(between: str, partner: str) -> str:
    return (f"teaspoons and tablespoons are exchanged between {between} (the same numbers, another dose); keep each "
            f"spoon's size with its {partner}, as the source does")


def number_errors(src: str, tr: str, lang: str, source_lang: str = "en") -> list[str]:
    return [f.message for f in check_message(src, tr, source_lang=source_lang, lang=lang)
            if f.code == "number" and f.severity == "error"]


@pytest.mark.parametrize(("src", "tr", "lang", "message", "between", "partner"), [
    (SRC, "Dé 2 cucharadas en la mañana y 2 cucharaditas en la noche.", "es",
     '"2 teaspoons in the morning" in the source is "2 cucharaditas en la noche" in the translation, and "2 '
     'tablespoons at night" is "2 cucharadas en la mañana"',
     '"morning" and "night"', "time of day"),
    (SRC, "Dé 2 cucharadas soperas por la mañana y 2 cucharaditas por la noche.", "es",
     '"2 teaspoons in the morning" in the source is "2 cucharaditas por la noche" in the translation, and "2 '
     'tablespoons at night" is "2 cucharadas soperas por la mañana"',
     '"morning" and "night"', "time of day"),
    (SRC, "Dê 2 colheres de sopa de manhã e 2 colheres de chá à noite.", "pt",
     '"2 teaspoons in the morning" in the source is "2 colheres de chá à noite" in the translation, and "2 '
     'tablespoons at night" is "2 colheres de sopa de manhã"',
     '"morning" and "night"', "time of day"),
    ("Give two teaspoons in the morning and two tablespoons in the evening.",
     "Donnez deux cuillères à soupe le matin et deux cuillères à café le soir.", "fr",
     '"two teaspoons in the morning" in the source is "deux cuillères à café le soir" in the translation, and "two '
     'tablespoons in the evening" is "deux cuillères à soupe le matin"',
     '"morning" and "evening"', "time of day"),
    ("Give 1 teaspoon 3 times a day or 1 tablespoon once a day.",
     "Dé 1 cucharada 3 veces al día o 1 cucharadita una vez al día.", "es",
     '"1 teaspoon 3 times" in the source is "1 cucharadita una vez" in the translation, and "1 tablespoon once" is '
     '"1 cucharada 3 veces"',
     '"3 times" and "once"', "frequency"),
    ("Give 1 to 2 teaspoons in the morning and 1 to 2 tablespoons at night.",
     "Dé 1 a 2 cucharadas por la mañana y 1 a 2 cucharaditas por la noche.", "es",
     '"1 to 2 teaspoons in the morning" in the source is "1 a 2 cucharaditas por la noche" in the translation, and '
     '"1 to 2 tablespoons at night" is "1 a 2 cucharadas por la mañana"',
     '"morning" and "night"', "time of day"),
    (SRC, "Cho uống 2 thìa canh vào buổi sáng và 2 thìa cà phê vào buổi tối.", "vi",
     '"2 teaspoons in the morning" in the source is "2 thìa cà phê vào buổi tối" in the translation, and "2 '
     'tablespoons at night" is "2 thìa canh vào buổi sáng"',
     '"morning" and "night"', "time of day"),
    ("Dé 2 cucharaditas en la mañana y 2 cucharadas en la noche.",
     "Give 2 tablespoons in the morning and 2 teaspoons at night.", "en",
     '"2 cucharaditas en la mañana" in the source is "2 teaspoons at night" in the translation, and "2 cucharadas en '
     'la noche" is "2 tablespoons in the morning"',
     '"mañana" and "noche"', "time of day"),
])
def test_spoon_sizes_exchanged_between_clauses_are_an_error_naming_the_spoons(src: str, tr: str, lang: str,
                                                                             message: str, between: str,
                                                                             partner: str) -> None:
    source_lang = "es" if lang == "en" else "en"
    assert number_errors(src, tr, lang, source_lang) == [f"{message}: {sizes_advice(between, partner)}"]


@pytest.mark.parametrize(("src", "tr", "lang"), [
    (SRC, "Dé 2 cucharaditas en la mañana y 2 cucharadas en la noche.", "es"),
    (SRC, "Por la noche, dé 2 cucharadas, y por la mañana, 2 cucharaditas.", "es"),  # reordered
    (SRC, "Dé 2 cucharadas soperas por la noche y 2 cucharaditas por la mañana.", "es"),
    (SRC, "Dé dos cucharaditas por la mañana y dos cucharadas soperas por la noche.", "es"),  # in words
    (SRC, "Por la mañana, 2 cucharaditas, por la noche, 2 cucharadas.", "es"),  # clauses parted by commas
    (SRC, "Dé 2 cucharaditas por la mañana, 2 cucharadas por la noche.", "es"),
    (SRC, "Dé 2 cucharaditas por la mañana y 2 cucharadas por la tarde.", "es"),  # "tarde" for "night": unsure
    ("Give 1 to 2 teaspoons in the morning and 1 to 2 tablespoons at night.",
     "Dé 1 a 2 cucharaditas por la mañana y 1 a 2 cucharadas por la noche.", "es"),
    (SRC, "Dê 2 colheres de chá de manhã e 2 colheres de sopa à noite.", "pt"),
    (SRC, "À noite, dê 2 colheres de sopa; de manhã, 2 colheres de chá.", "pt"),
    (SRC, "Donnez 2 cuillères à café le matin et 2 cuillères à soupe le soir.", "fr"),
    (SRC, "Le soir, donnez 2 cuillères à soupe, et le matin, 2 cuillères à café.", "fr"),
    (SRC, "Cho uống 2 thìa cà phê vào buổi sáng và 2 thìa canh vào buổi tối.", "vi"),
    ("Give 1 teaspoon on day 1 and 1 tablespoon on day 2.", "Dê 1 colher de chá no dia 1 e 1 colher de sopa no dia 2.",
     "pt"),
    ("Give 1 teaspoon 3 times a day or 1 tablespoon once a day.",
     "Dé 1 cucharadita 3 veces al día o 1 cucharada una vez al día.", "es"),
    # a "cucharada" alone says a spoonful as well as a tablespoon
    ("Give 2 spoonfuls in the morning and 2 teaspoons at night.",
     "Dé 2 cucharadas en la mañana y 2 cucharaditas en la noche.", "es"),
    ("Give 2 teaspoons in the morning and at night.", "Dé 2 cucharaditas en la mañana y en la noche.", "es"),
    ("Give 2 teaspoons tomorrow and 2 tablespoons at night.",
     "Dé 2 cucharaditas mañana y 2 cucharadas en la noche.", "es"),  # "mañana" alone: tomorrow
    # sizes kept with their numbers and times, in any order
    ("Give 1 teaspoon in the morning and 2 tablespoons at night.",
     "Dé 1 cucharadita por la mañana y 2 cucharadas por la noche.", "es"),
    ("Give 1 teaspoon in the morning and 2 tablespoons at night.",
     "Por la noche, dé 2 cucharadas; por la mañana, 1 cucharadita.", "es"),
    ("Give 1 teaspoon in the morning and 2 tablespoons at night.",
     "Dê 1 colher de chá de manhã e 2 colheres de sopa à noite.", "pt-BR"),
    ("Give 1 teaspoon in the morning and 2 tablespoons at night.",
     "Donnez 1 cuillère à café le matin et 2 cuillères à soupe le soir.", "fr"),
    ("Give 1 teaspoon in the morning and 2 tablespoons at night.",
     "Cho uống 1 thìa cà phê vào buổi sáng và 2 thìa canh vào buổi tối.", "vi"),
    # a count said without its spoon ("and 2 at night"), said with the same spoon
    ("Give 1 teaspoon in the morning and 2 at night.",
     "Dé 1 cucharadita por la mañana y 2 cucharaditas por la noche.", "es"),
    ("Give 1 teaspoon in the morning and 2 at night.",
     "Dé 2 cucharaditas por la noche y 1 por la mañana.", "es"),
    ("Give 1 teaspoon in the morning and 2 at night.",
     "Dê 1 colher de chá de manhã e 2 colheres de chá à noite.", "pt-BR"),
    ("Give 1 teaspoon in the morning and 2 at night.",
     "Donnez 1 cuillère à café le matin et 2 cuillères à café le soir.", "fr"),
    ("Give 1 teaspoon in the morning and 2 at night.",
     "Cho uống 1 thìa cà phê vào buổi sáng và 2 thìa cà phê vào buổi tối.", "vi"),
    ("Give 1 teaspoon in the morning and 2 teaspoons at night.", "Donnez 1 cuillère à café le matin et 2 le soir.",
     "fr"),
    # a "cucharada" alone: a tablespoon here
    ("Give 1 tablespoon in the morning and 2 at night.", "Dé 1 cucharada por la mañana y 2 cucharadas por la noche.",
     "es"),
    ("Give 1 tablespoon in the morning and 2 tablespoons at night.", "Dé 1 cucharada por la mañana y 2 por la noche.",
     "es"),
])
def test_spoon_sizes_kept_with_their_times_pass(src: str, tr: str, lang: str) -> None:
    assert number_errors(src, tr, lang) == []


def test_spoon_sizes_exchanged_between_days_are_read_by_the_swap_reading_too() -> None:
    days = sizes_advice('"day 1" and "day 3"', "day")
    # (the number check's own comparison finds this one first, with another message)
    found = check_swapped_counts("Give 2 teaspoons on day 1 and 2 tablespoons on day 3.",
                                 "Dê 2 colheres de sopa no dia 1 e 2 colheres de chá no dia 3.", Context("en", "pt"))
    assert [f.message for f in found] == [
        f'"2 teaspoons on day 1" in the source is "2 colheres de chá no dia 3" in the translation, and "2 tablespoons '
        f'on day 3" is "2 colheres de sopa no dia 1": {days}']
