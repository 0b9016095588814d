"""A message about counts paired otherwise quotes what a translator needs: each count with its day,
time of day or frequency. Where only a few words that lead to a time stand between the two ("2
tablets on day 1", "1 tablet at night"), the span that holds both; where a verb or a comma does ("On
day 1 take 2 tablets", "Por la mañana, tome 2 tabletas"), each one's words: "day 1: 2 tablets"."""

from __future__ import annotations

import pytest

from test_number_swaps_more import ADVICE, number_errors

DAYS = "On day 1 take 2 tablets with 1 tablet on day 2."
TIMES = "In the morning take 2 tablets with 1 tablet at night."


@pytest.mark.parametrize(("src", "tr", "lang", "message"), [
    (DAYS, "El día 1 tome 1 tableta con 2 tabletas el día 2.", "es",
     '"day 1: 2 tablets" in the source is "día 1: 1 tableta" in the translation, and "1 tablet on day 2" is '
     '"2 tabletas el día 2"'),
    (DAYS, "No dia 1 tome 1 comprimido com 2 comprimidos no dia 2.", "pt-BR",
     '"day 1: 2 tablets" in the source is "dia 1: 1 comprimido" in the translation, and "1 tablet on day 2" is '
     '"2 comprimidos no dia 2"'),
    (DAYS, "Le jour 1 prenez 1 comprimé avec 2 comprimés le jour 2.", "fr",
     '"day 1: 2 tablets" in the source is "jour 1: 1 comprimé" in the translation, and "1 tablet on day 2" is '
     '"2 comprimés le jour 2"'),
    (DAYS, "Ngày 1 uống 1 viên cùng 2 viên vào ngày 2.", "vi",
     '"day 1: 2 tablets" in the source is "Ngày 1: 1 viên" in the translation, and "1 tablet on day 2" is '
     '"2 viên vào ngày 2"'),
    (TIMES, "Por la mañana tome 1 tableta con 2 tabletas por la noche.", "es",
     '"morning: 2 tablets" in the source is "mañana: 1 tableta" in the translation, and "1 tablet at night" is '
     '"2 tabletas por la noche"'),
    ("Take 1 tablet in the morning and 2 tablets at night.",
     "Por la mañana, tome 2 tabletas, y por la noche, 1 tableta.", "es",
     '"1 tablet in the morning" in the source is "noche: 1 tableta" in the translation, and "2 tablets at night" is '
     '"mañana: 2 tabletas"'),
])
def test_a_verb_between_a_count_and_its_day_or_time_is_left_out_of_the_quote(src: str, tr: str, lang: str,
                                                                             message: str) -> None:
    assert number_errors(src, tr, lang) == [f"{message}: {ADVICE}"]


@pytest.mark.parametrize(("src", "tr", "lang", "quoted"), [
    ("Take 2 tablets on day 1 and 1 tablet on day 2.", "Tome 2 tabletas el día 2 y 1 tableta el día 1.", "es",
     '"2 tablets on day 1" in the source is "2 tabletas el día 2"'),
    ("Take 2 tablets on day 1 and 1 tablet on day 2.", "Tome 2 comprimidos no dia 2 e 1 comprimido no dia 1.",
     "pt-BR", '"2 tablets on day 1" in the source is "2 comprimidos no dia 2"'),
    ("Give 2 teaspoons in the morning and 2 tablespoons at night.",
     "Dé 2 cucharadas en la mañana y 2 cucharaditas en la noche.", "es",
     '"2 teaspoons in the morning" in the source is "2 cucharaditas en la noche"'),
    ("Give 2 teaspoons in the morning and 2 tablespoons at night.",
     "Donnez 2 cuillères à soupe le matin et 2 cuillères à café le soir.", "fr",
     '"2 teaspoons in the morning" in the source is "2 cuillères à café le soir"'),
    ("Give 2 teaspoons in the morning and 2 tablespoons at night.",
     "Cho uống 2 thìa canh vào buổi sáng và 2 thìa cà phê vào buổi tối.", "vi",
     '"2 teaspoons in the morning" in the source is "2 thìa cà phê vào buổi tối"'),
    # the rest of a frequency, and a breakfast said in three words
    ("Take 1 tablet 3 times a day or 2 tablets 2 times a day.",
     "Tome 2 veces al día 1 tableta o 3 veces al día 2 tabletas.", "es",
     '"1 tablet 3 times" in the source is "2 veces al día 1 tableta"'),
    ("Take 1 tablet 3 times a day or 2 tablets 2 times a day.", "Uống 1 viên 2 lần mỗi ngày hay 3 lần mỗi ngày 2 viên.",
     "vi", '"1 tablet 3 times" in the source is "1 viên 2 lần" in the translation, and "2 tablets 2 times" is "3 lần '
     'mỗi ngày 2 viên"'),
    ("Take 1 tablet in the morning and 2 tablets at bedtime.",
     "Tome 2 comprimidos no café da manhã e 1 comprimido ao deitar.", "pt-BR",
     '"1 tablet in the morning" in the source is "1 comprimido ao deitar" in the translation, and "2 tablets at '
     'bedtime" is "2 comprimidos no café da manhã"'),
])
def test_a_count_and_its_day_or_time_joined_by_a_few_words_are_quoted_as_one_span(src: str, tr: str, lang: str,
                                                                                   quoted: str) -> None:
    found = number_errors(src, tr, lang)
    assert len(found) == 1 and found[0].startswith(quoted), found
