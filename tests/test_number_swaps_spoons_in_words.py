"""A count in words said without its spoon counts the spoon counted before it, where the other text
says it in words too, so no number is lost ("Give 1 teaspoon in the morning and one or two at night":
one or two teaspoons): the same spoon said again passes ("una o dos cucharaditas"), or none ("una o
dos"); another size is the spoons' error ("una o dos cucharadas": tablespoons, a triple dose), in
either direction and in each language."""

from __future__ import annotations

import pytest

from test_number_swaps_more import number_errors
from test_number_swaps_spoon_ranges import KEEP, _bare_in_source

RANGE = "Give 1 teaspoon in the morning and one or two at night."
TWO = "Give 1 teaspoon in the morning and two at night."
SIZED = "Give 1 teaspoon in the morning and two teaspoons at night."
OTHER = "Give 1 teaspoon in the morning and two tablespoons at night."


@pytest.mark.parametrize(("src", "tr", "lang", "source_lang"), [
    (RANGE, "Dé 1 cucharadita por la mañana y una o dos cucharaditas por la noche.", "es", "en"),
    (RANGE, "Dé 1 cucharadita por la mañana y una o dos por la noche.", "es", "en"),
    (TWO, "Dé 1 cucharadita por la mañana y dos cucharaditas por la noche.", "es", "en"),
    (TWO, "Dé 1 cucharadita por la mañana y dos por la noche.", "es", "en"),
    (TWO, "Dê 1 colher de chá de manhã e duas colheres de chá à noite.", "pt-BR", "en"),
    (TWO, "Donnez 1 cuillère à café le matin et deux cuillères à café le soir.", "fr", "en"),
    (TWO, "Cho uống 1 thìa cà phê vào buổi sáng và hai thìa cà phê vào buổi tối.", "vi", "en"),
    (SIZED, "Dé 1 cucharadita por la mañana y dos por la noche.", "es", "en"),
    (SIZED, "Dê 1 colher de chá de manhã e duas à noite.", "pt-BR", "en"),
    ("Dé 1 cucharadita por la mañana y dos por la noche.", SIZED, "en", "es"),
    ("Dé 1 cucharada por la mañana y dos por la noche.", "Give 1 tablespoon in the morning and two tablespoons "
     "at night.", "en", "es"),  # (a "cucharada" alone is a tablespoon)
    ("Give 1 tablespoon in the morning and two at night.", "Dé 1 cucharada por la mañana y dos cucharadas por "
     "la noche.", "es", "en"),
    # in another order, the order is no guide: the sizes said on both sides differ where they are paired
    ("Give one teaspoon in the morning and one at noon, and one tablespoon at night.",
     "Dé una cucharada por la noche, una cucharadita por la mañana y una al mediodía.", "es", "en"),
])
def test_the_same_spoon_in_words_passes(src: str, tr: str, lang: str, source_lang: str) -> None:
    assert number_errors(src, tr, lang, source_lang) == []


def _bare_in_translation(twin: str) -> str:
    return (f'"two tablespoons" in the source is "{twin}" in the translation, which counts teaspoons, as the '
            "count before it")


@pytest.mark.parametrize(("src", "tr", "lang", "source_lang", "message"), [
    (RANGE, "Dé 1 cucharadita por la mañana y una o dos cucharadas por la noche.", "es", "en",
     _bare_in_source("one or two", "una o dos cucharadas")),
    (TWO, "Dé 1 cucharadita por la mañana y dos cucharadas por la noche.", "es", "en",
     _bare_in_source("two", "dos cucharadas")),
    (TWO, "Dê 1 colher de chá de manhã e duas colheres de sopa à noite.", "pt-BR", "en",
     _bare_in_source("two", "duas colheres de sopa")),
    (TWO, "Donnez 1 cuillère à café le matin et deux cuillères à soupe le soir.", "fr", "en",
     _bare_in_source("two", "deux cuillères à soupe")),
    (TWO, "Cho uống 1 thìa cà phê vào buổi sáng và hai thìa canh vào buổi tối.", "vi", "en",
     _bare_in_source("two", "hai thìa canh")),
    ("Dé 1 cucharadita por la mañana y dos por la noche.", OTHER, "en", "es",
     _bare_in_source("dos", "two tablespoons")),
    (OTHER, "Dé 1 cucharadita por la mañana y dos por la noche.", "es", "en", _bare_in_translation("dos")),
    (OTHER, "Dê 1 colher de chá de manhã e duas à noite.", "pt-BR", "en", _bare_in_translation("duas")),
    (OTHER, "Donnez 1 cuillère à café le matin et deux le soir.", "fr", "en", _bare_in_translation("deux")),
    (OTHER, "Cho uống 1 thìa cà phê vào buổi sáng và hai vào buổi tối.", "vi", "en", _bare_in_translation("hai")),
])
def test_a_count_in_words_said_without_its_spoon_against_another_size_gets_the_spoons_message(
        src: str, tr: str, lang: str, source_lang: str, message: str) -> None:
    assert number_errors(src, tr, lang, source_lang) == [f"{message}: {KEEP}"]
