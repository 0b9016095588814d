"""A count said without its spoon in words ("Give 1 teaspoon in the morning and one or two at
night", "… y una o dos por la noche") counts the spoon counted before it, as one in digits does: the
same count of the same spoon in the other text, in digits or in words, passes ("1 o 2 cucharaditas",
"una o dos cucharaditas" for "1 or 2"), another size is the spoons' error ("1 o 2 cucharadas":
tablespoons), in either direction and in each language; another count keeps the number check's
message."""

from __future__ import annotations

import pytest

from edu.countbindings import bindings
from test_number_swaps_more import number_errors
from test_number_swaps_spoon_ranges import KEEP, _bare_in_source, _bare_in_translation

WORDS = "Give 1 teaspoon in the morning and one or two at night."
DIGITS = "Give 1 teaspoon in the morning and 1 or 2 at night."
SIZED = "Give 1 teaspoon in the morning and 1 to 2 teaspoons at night."
OTHER = "Give 1 teaspoon in the morning and 1 to 2 tablespoons at night."
# A teaspoon in the morning and the count at night, in each language
SAY = {"en": "Give 1 teaspoon in the morning and {} at night.",
       "es": "Dé 1 cucharadita por la mañana y {} por la noche.",
       "pt-BR": "Dê 1 colher de chá de manhã e {} à noite.",
       "fr": "Donnez 1 cuillère à café le matin et {} le soir.",
       "vi": "Cho uống 1 thìa cà phê vào buổi sáng và {} vào buổi tối."}


@pytest.mark.parametrize(("src", "lang", "count"), [
    # the source's count in words, the translation's in digits with its spoon
    (WORDS, "es", "1 o 2 cucharaditas"),
    (SAY["en"].format("one to two"), "es", "1 a 2 cucharaditas"),
    (SAY["en"].format("two"), "es", "2 cucharaditas"),
    (WORDS, "pt-BR", "1 ou 2 colheres de chá"),
    (WORDS, "fr", "1 ou 2 cuillères à café"),
    (WORDS, "vi", "1 hoặc 2 thìa cà phê"),
    # the source's count in digits, the translation's in words with its spoon
    (DIGITS, "es", "una o dos cucharaditas"),
    (SAY["en"].format("2"), "es", "dos cucharaditas"),
    (DIGITS, "pt-BR", "uma ou duas colheres de chá"),
    (DIGITS, "fr", "une ou deux cuillères à café"),
    (DIGITS, "vi", "một hoặc hai thìa cà phê"),
    # the translation's count in words without its spoon, the source's in digits with it
    (SIZED, "es", "una o dos"),
    (SIZED, "pt-BR", "uma a duas"),
    (SIZED, "fr", "une à deux"),
    (SIZED, "vi", "một đến hai"),
])
def test_the_same_count_of_the_same_spoon_in_words_passes(src: str, lang: str, count: str) -> None:
    assert number_errors(src, SAY[lang].format(count), lang) == []


@pytest.mark.parametrize(("src", "tr", "lang"), [
    (SAY["es"].format("una o dos"), SIZED, "en"),
    (SAY["es"].format("una o dos cucharaditas"), DIGITS, "en"),
    # (a "cucharada" alone is the tablespoon the other text counts)
    ("Dé 1 cucharada por la mañana y una o dos por la noche.",
     "Give 1 tablespoon in the morning and 1 to 2 tablespoons at night.", "en"),
    ("Dé 1 cucharada por la mañana y una o dos cucharadas por la noche.",
     "Give 1 tablespoon in the morning and 1 or 2 at night.", "en"),
])
def test_the_same_count_of_the_same_spoon_in_words_passes_from_spanish(src: str, tr: str, lang: str) -> None:
    assert number_errors(src, tr, lang, "es") == []


@pytest.mark.parametrize(("src", "lang", "count", "message"), [
    (WORDS, "es", "1 o 2 cucharadas", _bare_in_source("one or two", "1 o 2 cucharadas")),
    (SAY["en"].format("two"), "es", "2 cucharadas", _bare_in_source("two", "2 cucharadas")),
    (WORDS, "fr", "1 ou 2 cuillères à soupe", _bare_in_source("one or two", "1 ou 2 cuillères à soupe")),
    (DIGITS, "es", "una o dos cucharadas", _bare_in_source("1 or 2", "una o dos cucharadas")),
    (DIGITS, "pt-BR", "uma ou duas colheres de sopa", _bare_in_source("1 or 2", "uma ou duas colheres de sopa")),
    (OTHER, "es", "una o dos", _bare_in_translation("una o dos")),
    (OTHER, "vi", "một đến hai", _bare_in_translation("một đến hai")),
])
def test_a_count_in_words_said_without_its_spoon_against_another_size_gets_the_spoons_message(
        src: str, lang: str, count: str, message: str) -> None:
    assert number_errors(src, SAY[lang].format(count), lang) == [f"{message}: {KEEP}"]


@pytest.mark.parametrize(("src", "tr"), [
    (WORDS, SAY["es"].format("2 o 3 cucharaditas")),
    (SAY["en"].format("two"), SAY["es"].format("3 cucharaditas")),
    (SAY["en"].format("2"), SAY["es"].format("tres cucharaditas")),
    (WORDS, "Dé 1 cucharadita por la mañana, 1 o 2 cucharaditas al mediodía y 1 o 2 cucharaditas por la noche."),
])
def test_another_count_keeps_the_number_checks_message(src: str, tr: str) -> None:
    found = number_errors(src, tr, "es")
    assert found and "copy every number" in found[0], found


def test_a_cucharada_alone_counted_in_words_is_bound_as_in_digits() -> None:
    said = "Dé 1 cucharadita por la mañana y dos cucharadas por la noche."
    assert [(b.key, b.words) for b in bindings(said, "es").bound if b.key != "time of day"] == [
        ("teaspoon", "1 cucharadita"), ("cucharada", "dos cucharadas")]
