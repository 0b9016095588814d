"""Counts in words quote the fortnight a translation says instead of the source's count, as digits do
(periods.fortnights_written): "two tablets every three weeks" as "tres tabletas cada dos semanas" said
only "count two (2) ... missing", and "every two weeks" as "cada tres semanas" was no number error."""

from __future__ import annotations

import pytest

from edu.checks import check_message


def number_errors(src: str, tr: str, lang: str) -> list[str]:
    return [f.message for f in check_message(src, tr, source_lang="en", lang=lang)
            if f.severity == "error" and f.code == "number"]


@pytest.mark.parametrize(("src", "tr", "lang", "said"), [
    ("Take two tablets every three weeks.", "Tome tres tabletas cada dos semanas.", "es",
     'count two (2) in the source is missing from the translation (found "cada dos semanas")'),
    ("Take it every three weeks.", "Tómelo cada dos semanas.", "es",
     'count three (3) in the source is missing from the translation (found "cada dos semanas")'),
    ("Take two tablets every three weeks.", "Prenez trois comprimés tous les quinze jours.", "fr",
     '(found "tous les quinze jours")'),
    ("Take two tablets every three weeks.", "Tome três comprimidos a cada duas semanas.", "pt",
     '(found "a cada duas semanas")'),
    ("Take it every two weeks.", "Tómelo cada tres semanas.", "es",
     'count "every two weeks" in the source is missing from the translation (found tres (3))'),
    ("Take it every two weeks.", "Prenez-le toutes les trois semaines.", "fr", '"every two weeks"'),
])
def test_a_fortnight_for_another_count_in_words_is_quoted(src: str, tr: str, lang: str, said: str) -> None:
    found = number_errors(src, tr, lang)
    assert len(found) == 1 and said in found[0], found


@pytest.mark.parametrize(("src", "tr", "lang"), [
    ("Take two tablets every two weeks.", "Tome dos tabletas cada quince días.", "es"),
    ("Take two tablets every two weeks.", "Tome dos tabletas cada dos semanas.", "es"),
    ("Take it every two weeks.", "Prenez-le toutes les deux semaines.", "fr"),
    ("Take it every two weeks.", "Prenez-le tous les quinze jours.", "fr"),
    ("Take it every two weeks.", "Tome a cada duas semanas.", "pt"),
    ("Take it every 2 weeks.", "Tómelo cada dos semanas.", "es"),
    ("Take two tablets every three weeks.", "Tome dos tabletas cada tres semanas.", "es"),
])
def test_the_same_counts_and_fortnights_pass(src: str, tr: str, lang: str) -> None:
    assert number_errors(src, tr, lang) == []


def test_digits_quote_the_fortnight_once() -> None:
    found = number_errors("Take 2 tablets every 3 weeks.", "Tome 3 tabletas cada 2 semanas.", "es")
    assert len(found) == 1 and found[0].count('"cada 2 semanas"') == 1, found
