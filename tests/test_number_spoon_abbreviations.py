"""Spoons abbreviated ("cdta", "cda", "c/c", "c/s", "c. à café", "c. à soupe", "càc") are teaspoons and
tablespoons, as their words are (quantities.UNITS): "2 cdas" for "2 teaspoons" is three times the dose,
and "2 cdtas" for "2 teaspoons" was a false error ("number 2 teaspoons ... missing (found 2)"). A count
in words stands for one number only: "una cucharada" is the first of "1 tablespoon ... and 1
tablespoon", never the second too ("una cucharadita" for it passed)."""

from __future__ import annotations

import pytest

from test_number_fortnights_in_words import number_errors as errors


@pytest.mark.parametrize(("src", "tr", "lang"), [
    ("Take 2 teaspoons.", "Tome 2 cdtas.", "es"),
    ("Take 1 teaspoon.", "Tome 1 cdta.", "es"),
    ("Take 1 teaspoon.", "Tome 1 cdita.", "es"),
    ("Take 2 teaspoons.", "Tome 2 c/c.", "es"),
    ("Take 2 tablespoons.", "Tome 2 cdas.", "es"),
    ("Take 1 tablespoon.", "Tome 1 cda. al día.", "es"),
    ("Take 2 tablespoons.", "Tome 2 c/s.", "es"),
    ("Take 2 teaspoons.", "Prenez 2 c. à café.", "fr"),
    ("Take 2 teaspoons.", "Prenez 2 c.\u00a0à café.", "fr"),
    ("Take 2 teaspoons.", "Prenez 2 c. à c. par jour.", "fr"),
    ("Take 2 teaspoons.", "Prenez 2 càc.", "fr"),
    ("Take 2 tablespoons.", "Prenez 2 c. à soupe.", "fr"),
    ("Take 2 tablespoons.", "Prenez 2 c. à s. par jour.", "fr"),
    ("Take 2 tablespoons.", "Prenez 2 càs.", "fr"),
    ("Take 1 tablespoon in the morning and 1 tablespoon at night.",
     "Tome una cucharada por la mañana y una cucharada por la noche.", "es"),
    ("Take 1 teaspoon in the morning and 1 tablespoon at night.",
     "Tome una cucharadita por la mañana y una cucharada por la noche.", "es"),
    ("Take 2 spoonfuls in the morning and 2 spoonfuls at night.",
     "Tome dos cucharadas por la mañana y dos cucharadas por la noche.", "es"),
])
def test_an_abbreviated_spoon_of_the_same_size_passes(src: str, tr: str, lang: str) -> None:
    assert errors(src, tr, lang) == []


@pytest.mark.parametrize(("src", "tr", "lang", "said"), [
    ("Take 2 teaspoons.", "Tome 2 cdas.", "es", "found 2 cdas"),
    ("Take 2 tablespoons.", "Tome 2 cdtas.", "es", "found 2 cdtas"),
    ("Take 2 tablespoons.", "Tome 2 c/c.", "es", "found 2 c/c"),
    ("Take 2 teaspoons.", "Prenez 2 c. à soupe.", "fr", "found 2 c. à soupe"),
    ("Take 2 tablespoons.", "Prenez 2 c. à café.", "fr", "found 2 c. à café"),
    ("Take 2 tablespoons.", "Prenez 2 càc.", "fr", "found 2 càc"),
    ("Take 1 tablespoon in the morning and 1 tablespoon at night.",
     "Tome una cucharada por la mañana y una cucharadita por la noche.", "es",
     '"1 tablespoon" in the source is "una cucharadita" in the translation (a teaspoon for a tablespoon)'),
    ("Take 1 tablespoon in the morning and 1 tablespoon at night.",
     "Tome una cucharadita por la mañana y una cucharada por la noche.", "es", "(a teaspoon for a tablespoon)"),
    ("Take one tablespoon in the morning and one tablespoon at night.",
     "Tome 1 cucharada por la mañana y 1 cucharadita por la noche.", "es",
     '"one tablespoon" in the source is "1 cucharadita" in the translation (a teaspoon for a tablespoon)'),
])
def test_an_abbreviated_or_spelled_spoon_of_another_size_is_an_error(src: str, tr: str, lang: str, said: str) -> None:
    found = errors(src, tr, lang)
    assert found and said in found[0], found


@pytest.mark.parametrize("tr", [
    "Dé una cucharada por la mañana y, al mediodía, una o dos.",
    "Dé una cucharada por la mañana y al mediodía una o dos.",
    "Dé una cucharada por la mañana y, al mediodía, una o dos cucharadas.",
])
def test_a_range_in_words_after_its_time_passes(tr: str) -> None:
    """"una o dos" after "al mediodía" for "1 or 2 tablespoons at noon" was "number 2 tablespoons ...
    missing": the "una cucharada" of the morning stood for the range's 1 too."""
    assert errors("Give 1 tablespoon in the morning and 1 or 2 tablespoons at noon.", tr, "es") == []


def test_a_range_in_words_after_its_time_keeps_its_spoon() -> None:
    found = errors("Give 1 teaspoon in the morning and 1 or 2 tablespoons at noon.",
                   "Dé una cucharadita por la mañana y, al mediodía, una o dos.", "es")
    assert found and "counts teaspoons" in found[0], found
