"""A range said without its spoon counts the spoon counted before it, as one count does ("Give 1
teaspoon in the morning and 1 or 2 at night": one or two teaspoons): the same range of the same
spoon in the other text passes ("1 o 2 cucharaditas"), another size is the spoons' error ("1 o 2
cucharadas": tablespoons), in either direction and in each language."""

from __future__ import annotations

import pytest

from test_number_swaps_more import number_errors

KEEP = "keep each spoon's size as the source gives it"
OR = "Give 1 teaspoon in the morning and 1 or 2 at night."
DASH = "Give 1 teaspoon in the morning and 1-2 at night."
SIZED = "Give 1 teaspoon in the morning and 1 to 2 teaspoons at night."
OTHER = "Give 1 teaspoon in the morning and 1 to 2 tablespoons at night."


@pytest.mark.parametrize(("src", "tr", "lang", "source_lang"), [
    (OR, "Dé 1 cucharadita por la mañana y 1 o 2 cucharaditas por la noche.", "es", "en"),
    (DASH, "Dé 1 cucharadita por la mañana y 1-2 cucharaditas por la noche.", "es", "en"),
    (OR, "Dê 1 colher de chá de manhã e 1 ou 2 colheres de chá à noite.", "pt-BR", "en"),
    (OR, "Donnez 1 cuillère à café le matin et 1 ou 2 cuillères à café le soir.", "fr", "en"),
    (OR, "Cho uống 1 thìa cà phê vào buổi sáng và 1 hoặc 2 thìa cà phê vào buổi tối.", "vi", "en"),
    (SIZED, "Dé 1 cucharadita por la mañana y 1 a 2 por la noche.", "es", "en"),
    (SIZED, "Dê 1 colher de chá de manhã e 1 a 2 à noite.", "pt-BR", "en"),
    (SIZED, "Donnez 1 cuillère à café le matin et 1 à 2 le soir.", "fr", "en"),
    (SIZED, "Cho uống 1 thìa cà phê vào buổi sáng và 1 đến 2 vào buổi tối.", "vi", "en"),
    ("Dé 1 cucharadita por la mañana y 1 a 2 por la noche.", SIZED, "en", "es"),
    ("Dé 1 cucharada por la mañana y 1 a 2 por la noche.", "Give 1 tablespoon in the morning and 1 to 2 tablespoons "
     "at night.", "en", "es"),  # (a "cucharada" alone is the tablespoon the other text counts)
    ("Dé 1 cucharada por la mañana y 1 a 2 cucharadas por la noche.", "Give 1 tablespoon in the morning and 1 or 2 "
     "at night.", "en", "es"),
])
def test_the_same_range_of_the_same_spoon_passes(src: str, tr: str, lang: str, source_lang: str) -> None:
    assert number_errors(src, tr, lang, source_lang) == []


def _bare_in_source(words: str, twin: str) -> str:
    return (f'"{words}" in the source counts teaspoons, as the count before it, and "{twin}" in the translation '
            "tablespoons")


def _bare_in_translation(twin: str) -> str:
    return (f'"1 to 2 tablespoons" in the source is "{twin}" in the translation, which counts teaspoons, as the '
            "count before it")


@pytest.mark.parametrize(("src", "tr", "lang", "source_lang", "message"), [
    (OR, "Dé 1 cucharadita por la mañana y 1 o 2 cucharadas por la noche.", "es", "en",
     _bare_in_source("1 or 2", "1 o 2 cucharadas")),
    (DASH, "Dé 1 cucharadita por la mañana y 1-2 cucharadas por la noche.", "es", "en",
     _bare_in_source("1-2", "1-2 cucharadas")),
    (OR, "Dê 1 colher de chá de manhã e 1 ou 2 colheres de sopa à noite.", "pt-BR", "en",
     _bare_in_source("1 or 2", "1 ou 2 colheres de sopa")),
    (OR, "Donnez 1 cuillère à café le matin et 1 ou 2 cuillères à soupe le soir.", "fr", "en",
     _bare_in_source("1 or 2", "1 ou 2 cuillères à soupe")),
    (OR, "Cho uống 1 thìa cà phê vào buổi sáng và 1 hoặc 2 thìa canh vào buổi tối.", "vi", "en",
     _bare_in_source("1 or 2", "1 hoặc 2 thìa canh")),
    ("Dé 1 cucharadita por la mañana y 1 a 2 por la noche.", OTHER, "en", "es",
     _bare_in_source("1 a 2", "1 to 2 tablespoons")),
    (OTHER, "Dé 1 cucharadita por la mañana y 1 a 2 por la noche.", "es", "en", _bare_in_translation("1 a 2")),
    (OTHER, "Dê 1 colher de chá de manhã e 1 a 2 à noite.", "pt-BR", "en", _bare_in_translation("1 a 2")),
    (OTHER, "Donnez 1 cuillère à café le matin et 1 à 2 le soir.", "fr", "en", _bare_in_translation("1 à 2")),
    (OTHER, "Cho uống 1 thìa cà phê vào buổi sáng và 1 đến 2 vào buổi tối.", "vi", "en",
     _bare_in_translation("1 đến 2")),
])
def test_a_range_said_without_its_spoon_against_another_size_gets_the_spoons_message(
        src: str, tr: str, lang: str, source_lang: str, message: str) -> None:
    assert number_errors(src, tr, lang, source_lang) == [f"{message}: {KEEP}"]


def test_a_range_of_another_count_keeps_the_number_checks_message() -> None:
    found = number_errors(OR, "Dé 1 cucharadita por la mañana y 1 o 3 cucharadas por la noche.", "es")
    assert len(found) == 1 and "copy every number" in found[0], found
