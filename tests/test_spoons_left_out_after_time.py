"""A count said without its spoon after its time of day, at the end of its clause ("Por la mañana, dé
3 cucharadas. Por la tarde, dé 1 o 2.", "In the evening, give 1 or 2 teaspoons; in the morning, give
2.") counts the spoon counted before it, in its sentence or, where its sentence counts nothing before
it, in the sentence before: a translation that puts its times first and leaves the spoon out was a
false error ("numbers 1 and 2 tablespoons in the source are missing"); now it passes, and another size
against it is the spoons' error. A number that is no dose stays unread ("llame al 2", a verb that
gives no dose; "a las 8 de la noche, dé 2": the time is a clock time)."""

from __future__ import annotations

import pytest

from edu import countbindings
from test_number_swaps_spoons import number_errors


@pytest.mark.parametrize(("src", "tr", "lang", "source_lang"), [
    ("Give 3 tablespoons in the morning and 1 or 2 tablespoons in the afternoon.",
     "Por la mañana, dé 3 cucharadas. Por la tarde, dé 1 o 2.", "es", "en"),
    ("Give 3 tablespoons in the morning and 1 or 2 tablespoons in the afternoon.",
     "Por la mañana, dé 3 cucharadas; por la tarde, 1 o 2.", "es", "en"),
    ("Give 2 teaspoons at noon and 2 teaspoons at bedtime.", "Ao meio-dia, dê 2 colheres de chá. Ao deitar, dê 2.",
     "pt-BR", "en"),
    ("Give 1 or 2 teaspoons with breakfast and 1 or 2 teaspoons at night.",
     "Au petit-déjeuner, donnez 1 ou 2 cuillères à café, et le soir, 1 ou 2.", "fr", "en"),
    ("Give 1 teaspoon at noon and 2 teaspoons in the afternoon.",
     "Cho uống vào buổi trưa 1 thìa cà phê và vào buổi chiều 2.", "vi", "en"),
    ("Give 3 tablespoons at bedtime and 1 tablespoon with breakfast.",
     "Trước khi đi ngủ, cho uống 3 thìa canh, và vào bữa sáng, 1.", "vi", "en"),
    ("Donnez 1 ou 2 cuillères à café le soir et 2 cuillères à café le matin.",
     "In the evening, give 1 or 2 teaspoons; in the morning, give 2.", "en", "fr"),
    ("In the morning, give 1 teaspoon; at night, 2.", "Dé 1 cucharadita por la mañana y 2 cucharaditas por la noche.",
     "es", "en"),
])
def test_a_count_said_after_its_time_without_its_spoon_passes(src: str, tr: str, lang: str,
                                                              source_lang: str) -> None:
    assert number_errors(src, tr, lang, source_lang) == []


def test_another_size_against_a_count_said_after_its_time_is_the_spoons_error() -> None:
    assert number_errors("In the morning, give 1 teaspoon; at night, 2.",
                         "Dé 1 cucharadita por la mañana y 2 cucharadas por la noche.", "es") == [
        '"2" in the source counts teaspoons, as the count before it, and "2 cucharadas" in the translation '
        "tablespoons: keep each spoon's size as the source gives it"]


def test_what_binds_after_a_time_of_day() -> None:
    def counted(text: str) -> list[tuple[str, str]]:
        return [(b.key, b.words) for b in countbindings.bindings(text, "es").bound if b.key != "time of day"]

    assert counted("Por la mañana, dé 3 cucharadas. Por la tarde, dé 1 o 2.") == [
        ("cucharada", "3 cucharadas"), ("cucharada", "1 o 2")]
    # a verb that gives no dose, a clock time, a count not at its clause's end: no count of the spoon
    assert counted("Por la mañana, dé 1 cucharadita. Por la noche, llame al 2.") == [("teaspoon", "1 cucharadita")]
    assert counted("Por la mañana, dé 1 cucharadita. A las 8 de la noche, dé 2.") == [("teaspoon", "1 cucharadita")]
    assert counted("Por la mañana, dé 1 cucharadita. Por la noche, dé 2 con agua.") == [("teaspoon", "1 cucharadita")]
