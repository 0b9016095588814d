"""A count said without its thing after a list of things, each with its own time of day ("Take 1
capsule at noon, 1 tablet in the morning and 2 at night"), counts the last thing named: two tablets
at night. So the tablets' counts exchanged between their times are an error, and "2 cucharaditas"
for the "2" of a list whose last thing is a teaspoon passes. Where the list is no list of that
shape, the count still counts neither thing (unsure: it passes): two things that share one time of
day ("1 tablet and 1 capsule in the morning, and 2 at night"), a thing without its own time, things
joined by "or". A list joined by "and" rather than a comma ("Take 1 capsule at noon and 1 tablet in
the morning and 2 at night") is read as the comma's."""

from __future__ import annotations

import pytest

from edu import countbindings
from test_number_swaps_more import ADVICE, number_errors

LISTED = "Take 1 capsule at noon, 1 tablet in the morning and 2 at night."
SPOONS = "Give 1 capsule at noon, 1 teaspoon in the morning and 2 at night."
JOINED = "Take 1 capsule at noon and 1 tablet in the morning and 2 at night."
JOINED_SPOONS = "Take 1 capsule at noon and 1 teaspoon in the morning and 2 at night."


@pytest.mark.parametrize(("text", "lang"), [
    (LISTED, "en"),
    ("Take 1 capsule at noon, 1 tablet in the morning, and 2 at night.", "en"),
    ("Take 1 drop at noon, 1 capsule in the afternoon, 1 tablet in the morning and 2 at night.", "en"),
    ("Tome 1 cápsula al mediodía, 1 tableta por la mañana y 2 por la noche.", "es"),
    ("Tome 1 cápsula ao meio-dia, 1 comprimido de manhã e 2 à noite.", "pt-BR"),
    ("Prenez 1 gélule à midi, 1 comprimé le matin et 2 le soir.", "fr"),
    ("Uống 1 viên nang vào buổi trưa, 1 viên vào buổi sáng và 2 vào buổi tối.", "vi"),
    # joined by "and", "then", as by a comma
    (JOINED, "en"),
    ("Take 1 capsule at noon, and 1 tablet in the morning and 2 at night.", "en"),
    ("Take 1 capsule at noon then 1 tablet in the morning and 2 at night.", "en"),
    ("Tome 1 cápsula al mediodía y 1 tableta por la mañana y 2 por la noche.", "es"),
    ("Tome 1 cápsula ao meio-dia e 1 comprimido de manhã e 2 à noite.", "pt-BR"),
    ("Prenez 1 gélule à midi et 1 comprimé le matin et 2 le soir.", "fr"),
    ("Uống 1 viên nang vào buổi trưa và 1 viên vào buổi sáng và 2 vào buổi tối.", "vi"),
])
def test_a_count_said_without_its_thing_after_a_list_counts_the_last_thing(text: str, lang: str) -> None:
    bound = [b for b in countbindings.bindings(text, lang).bound if b.key != "time of day"]
    assert (bound[-1].key, bound[-1].words) == ("tablet", "2"), bound


@pytest.mark.parametrize(("text", "lang"), [
    ("Take 1 capsule at noon or 1 tablet in the morning and 2 at night.", "en"),  # "or": one of two, no list
    ("Take 1 capsule, 1 tablet in the morning and 2 at night.", "en"),  # the capsule has no time of its own
    ("Take 1 capsule at noon, 1 tablet and 2 at night.", "en"),  # nor the tablet
    ("Tome 1 cápsula y 1 tableta al mediodía, 1 gota por la mañana y 2 por la noche.", "es"),
    ("Take 1 tablet and 1 capsule in the morning and 2 at night.", "en"),  # one time of two things
    ("Tome 1 tableta y 1 cápsula por la mañana y 2 por la noche.", "es"),
])
def test_a_count_said_without_its_thing_after_no_such_list_counts_nothing(text: str, lang: str) -> None:
    assert [b.words for b in countbindings.bindings(text, lang).bound if b.words == "2"] == []


@pytest.mark.parametrize(("src", "tr", "lang"), [
    (LISTED, "Tome 1 cápsula al mediodía, 2 tabletas por la mañana y 1 por la noche.", "es"),
    (LISTED, "Tome 1 cápsula al mediodía, 2 tabletas por la mañana y 1 tableta por la noche.", "es"),
    (LISTED, "Tome 1 cápsula ao meio-dia, 2 comprimidos de manhã e 1 à noite.", "pt-BR"),
    (LISTED, "Prenez 1 gélule à midi, 2 comprimés le matin et 1 le soir.", "fr"),
    (LISTED, "Uống 1 viên nang vào buổi trưa, 2 viên vào buổi sáng và 1 vào buổi tối.", "vi"),
    (JOINED, "Tome 1 cápsula al mediodía y 2 tabletas por la mañana y 1 por la noche.", "es"),
    (JOINED, "Tome 1 cápsula al mediodía y 2 tabletas por la mañana y 1 tableta por la noche.", "es"),
    (JOINED, "Tome 1 cápsula al mediodía, 2 tabletas por la mañana y 1 por la noche.", "es"),
    (JOINED, "Tome 1 cápsula ao meio-dia e 2 comprimidos de manhã e 1 à noite.", "pt-BR"),
    (JOINED, "Prenez 1 gélule à midi et 2 comprimés le matin et 1 le soir.", "fr"),
    (JOINED, "Uống 1 viên nang vào buổi trưa và 2 viên vào buổi sáng và 1 vào buổi tối.", "vi"),
])
def test_counts_exchanged_between_the_last_thing_and_the_count_after_it_are_an_error(src: str, tr: str,
                                                                                    lang: str) -> None:
    found = number_errors(src, tr, lang)
    assert len(found) == 1 and found[0].startswith('"1 tablet in the morning" in the source'), found
    assert found[0].endswith(ADVICE), found


@pytest.mark.parametrize(("src", "tr", "lang"), [
    (LISTED, "Tome 1 cápsula al mediodía, 1 tableta por la mañana y 2 por la noche.", "es"),
    (LISTED, "Tome 1 cápsula al mediodía, 1 tableta por la mañana y 2 tabletas por la noche.", "es"),
    (LISTED, "Tome al mediodía 1 cápsula, por la mañana 1 tableta y por la noche 2 tabletas.", "es"),
    (LISTED, "Tome 1 tableta por la mañana, 1 cápsula al mediodía y 2 tabletas por la noche.", "es"),
    (LISTED, "Tome 1 cápsula ao meio-dia, 1 comprimido de manhã e 2 comprimidos à noite.", "pt-BR"),
    (LISTED, "Prenez 1 gélule à midi, 1 comprimé le matin et 2 comprimés le soir.", "fr"),
    (LISTED, "Uống 1 viên nang vào buổi trưa, 1 viên vào buổi sáng và 2 viên vào buổi tối.", "vi"),
    (SPOONS, "Dé 1 cápsula al mediodía, 1 cucharadita por la mañana y 2 cucharaditas por la noche.", "es"),
    (SPOONS, "Dê 1 cápsula ao meio-dia, 1 colher de chá de manhã e 2 colheres de chá à noite.", "pt-BR"),
    (SPOONS, "Donnez 1 gélule à midi, 1 cuillère à café le matin et 2 cuillères à café le soir.", "fr"),
    (SPOONS, "Cho uống 1 viên nang vào buổi trưa, 1 thìa cà phê vào buổi sáng và 2 thìa cà phê vào buổi tối.", "vi"),
    (JOINED, "Tome 1 cápsula al mediodía y 1 tableta por la mañana y 2 por la noche.", "es"),
    (JOINED, "Tome 1 tableta por la mañana y 2 por la noche, y 1 cápsula al mediodía.", "es"),
    (JOINED, "Tome 1 tableta por la mañana y 1 cápsula al mediodía y 2 tabletas por la noche.", "es"),
    (JOINED, "Tome 1 cápsula ao meio-dia e 1 comprimido de manhã e 2 comprimidos à noite.", "pt-BR"),
    (JOINED, "Prenez 1 gélule à midi et 1 comprimé le matin et 2 le soir.", "fr"),
    (JOINED, "Uống 1 viên nang vào buổi trưa và 1 viên vào buổi sáng và 2 vào buổi tối.", "vi"),
    (JOINED_SPOONS, "Tome 1 cápsula al mediodía y 1 cucharadita por la mañana y 2 cucharaditas por la noche.", "es"),
])
def test_the_same_counts_of_a_list_pass(src: str, tr: str, lang: str) -> None:
    assert number_errors(src, tr, lang) == []


@pytest.mark.parametrize(("src", "tr"), [
    (SPOONS, "Dé 1 cápsula al mediodía, 1 cucharadita por la mañana y 2 cucharadas por la noche."),
    (JOINED_SPOONS, "Tome 1 cápsula al mediodía y 1 cucharadita por la mañana y 2 cucharadas por la noche."),
])
def test_another_spoon_for_the_count_after_a_list_gets_the_spoons_message(src: str, tr: str) -> None:
    assert number_errors(src, tr, "es") == [
        '"2" in the source counts teaspoons, as the count before it, and "2 cucharadas" in the translation '
        "tablespoons: keep each spoon's size as the source gives it"]
