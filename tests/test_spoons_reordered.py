"""Spoons in a translation that puts its clauses in another order. A count said without its spoon in
words ("two" of "Give one teaspoon in the morning and two at night", two teaspoons) is paired with the
other text's count by the time of day of its clause where each text binds each count of spoons to one
time plainly, so "Por la noche, dé dos cucharadas; por la mañana, una cucharadita" (a tablespoon for a
teaspoon, a triple dose) is an error; it passed, since the counts in order (2, 1 against 1, 2) were no
guide. Sizes exchanged between reordered clauses are an error too, in Portuguese where the clause
starts with its time ("ao meio-dia 1 ou 2 colheres de sopa": the "dia" of noon numbers no day). The
same spoons reordered pass."""

from __future__ import annotations

import pytest

from edu import countbindings
from test_number_swaps_spoons import number_errors

TWO = "Give one teaspoon in the morning and two at night."
RANGE = "Give one teaspoon in the morning and one or two at night."


def left_out(bare: str, put: str, counted: str = "teaspoons", put_counts: str = "tablespoons") -> str:
    return (f'"{bare}" in the source counts {counted}, as the count before it, and "{put}" in the translation '
            f"{put_counts}: keep each spoon's size as the source gives it")


@pytest.mark.parametrize(("src", "tr", "lang", "source_lang", "said"), [
    (TWO, "Por la noche, dé dos cucharadas; por la mañana, una cucharadita.", "es", "en",
     left_out("two", "dos cucharadas")),
    (TWO, "Dé dos cucharadas por la noche y una cucharadita por la mañana.", "es", "en",
     left_out("two", "dos cucharadas")),
    (TWO, "À noite, dê duas colheres de sopa; de manhã, uma colher de chá.", "pt-BR", "en",
     left_out("two", "duas colheres de sopa")),
    (TWO, "Le soir, donnez deux cuillères à soupe ; le matin, une cuillère à café.", "fr", "en",
     left_out("two", "deux cuillères à soupe")),
    (TWO, "Vào buổi tối, cho uống hai thìa canh; vào buổi sáng, một thìa cà phê.", "vi", "en",
     left_out("two", "hai thìa canh")),
    (RANGE, "Dé una o dos cucharadas por la noche y una cucharadita por la mañana.", "es", "en",
     left_out("one or two", "una o dos cucharadas")),
    ("Dé una cucharadita por la mañana y dos por la noche.",
     "At night, give two tablespoons; in the morning, one teaspoon.", "en", "es",
     left_out("dos", "two tablespoons")),
    # the same count at each time: the order (one, one) paired the wrong clauses and passed
    ("Give one teaspoon in the morning and one at night.",
     "Por la noche, dé una cucharada; por la mañana, una cucharadita.", "es", "en",
     left_out("one", "una cucharada")),
    ("Give one tablespoon in the morning and two at night.",
     "Por la noche, dé dos cucharaditas; por la mañana, una cucharada.", "es", "en",
     left_out("two", "dos cucharaditas", "tablespoons", "teaspoons")),
])
def test_a_spoon_left_out_in_words_is_read_in_a_reordered_translation(src: str, tr: str, lang: str,
                                                                        source_lang: str, said: str) -> None:
    assert number_errors(src, tr, lang, source_lang) == [said]


@pytest.mark.parametrize(("src", "tr", "lang", "source_lang"), [
    (TWO, "Por la noche, dé dos cucharaditas; por la mañana, una cucharadita.", "es", "en"),
    (TWO, "Dé dos cucharaditas por la noche y una cucharadita por la mañana.", "es", "en"),
    (TWO, "À noite, dê duas colheres de chá; de manhã, uma colher de chá.", "pt-BR", "en"),
    (TWO, "Le soir, donnez deux cuillères à café ; le matin, une cuillère à café.", "fr", "en"),
    (TWO, "Vào buổi tối, cho uống hai thìa cà phê; vào buổi sáng, một thìa cà phê.", "vi", "en"),
    (RANGE, "Dé una o dos cucharaditas por la noche y una cucharadita por la mañana.", "es", "en"),
    (RANGE, "Dé una o dos por la noche y una cucharadita por la mañana.", "es", "en"),
    ("Dé una cucharadita por la mañana y dos por la noche.",
     "At night, give two teaspoons; in the morning, one teaspoon.", "en", "es"),
    ("Give one teaspoon in the morning and one at night.",
     "Por la noche, dé una cucharadita; por la mañana, una cucharadita.", "es", "en"),
    # a "cucharada" alone for a tablespoon, or a spoonful
    ("Give one tablespoon in the morning and two at night.",
     "Por la noche, dé dos cucharadas; por la mañana, una cucharada.", "es", "en"),
    ("Give one spoonful in the morning and two at night.",
     "Por la noche, dé dos cucharadas; por la mañana, una cucharada.", "es", "en"),
    # the translation's count without its spoon after its time: unsure, passes
    (TWO, "Por la noche, dé dos; por la mañana, una cucharadita.", "es", "en"),
])
def test_the_same_spoons_reordered_pass(src: str, tr: str, lang: str, source_lang: str) -> None:
    assert number_errors(src, tr, lang, source_lang) == []


SIZES = "Take 1 teaspoon in the morning and 1 tablespoon at night."
# (the source, a translation in another order that exchanges the sizes, the same with the sizes kept, the language)
REORDERED = [
    # (the brief's example: read since the clauses are cut at ";")
    (SIZES, "Por la noche, tome 1 cucharadita; por la mañana, 1 cucharada.",
     "Por la noche, tome 1 cucharada; por la mañana, 1 cucharadita.", "es"),
    (SIZES, "Por la noche, tome una cucharadita; por la mañana, una cucharada sopera.",
     "Por la noche, tome una cucharada sopera; por la mañana, una cucharadita.", "es"),
    (SIZES, "Le soir, prenez 1 cuillère à café ; le matin, 1 cuillère à soupe.",
     "Le soir, prenez 1 cuillère à soupe ; le matin, 1 cuillère à café.", "fr"),
    # Portuguese noon before a range: "meio-dia 1 ou 2" was day 1 and two tablespoons
    ("Give 1 or 2 tablespoons at noon and 1 or 2 teaspoons in the morning.",
     "Dê de manhã 1 ou 2 colheres de sopa e ao meio-dia 1 ou 2 colheres de chá.",
     "Dê de manhã 1 ou 2 colheres de chá e ao meio-dia 1 ou 2 colheres de sopa.", "pt-BR"),
    ("Give 1 or 2 teaspoons at night and 2 tablespoons at noon.",
     "Dê ao meio-dia 1 ou 2 colheres de chá e à noite 2 colheres de sopa.",
     "Dê ao meio-dia 2 colheres de sopa e à noite 1 ou 2 colheres de chá.", "pt-BR"),
]


@pytest.mark.parametrize(("src", "wrong", "right", "lang"), REORDERED)
def test_spoon_sizes_exchanged_between_reordered_clauses_are_an_error(src: str, wrong: str, right: str,
                                                                      lang: str) -> None:
    found = number_errors(src, wrong, lang)
    assert len(found) == 1 and "teaspoons and tablespoons are exchanged between" in found[0], found
    assert number_errors(src, right, lang) == []


def test_the_day_of_portuguese_noon_numbers_nothing() -> None:
    def read(text: str) -> list[tuple[str, tuple[object, ...]]]:
        return [(b.key, b.value) for b in countbindings.bindings(text, "pt-BR").bound if b.key != "time of day"]

    assert read("Tome ao meio-dia 1 ou 2 comprimidos.") == read("Tome ao meio dia 1 ou 2 comprimidos.") == [
        ("tablet", (1, 2))]
    assert read("Tome no dia 1 ou 2 comprimidos.")[0] == ("day N", (1,))  # a day still is one
    assert number_errors("Take 2 tablets at noon and 1 tablet at night.",
                         "Tome ao meio-dia 1 comprimido e à noite 2 comprimidos.", "pt-BR") != []
