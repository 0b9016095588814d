"""The number check and two counts exchanged between the things they count: "Take 2 tablets 3 times a
day" as "Tome 3 tabletas 2 veces al día" (the same numbers: three tablets twice a day), "Take 7
tablets on day 1" as "Tome 1 tableta el día 7". Each swap is an error naming both counts; a correct
translation that says the counts in another order, in words, or after a reordered clause passes, and
so does whatever the reading is unsure of (a range, a thing counted twice, a thing said in a word of
another thing)."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from edu import countswaps
from edu.checks import check_message

ADVICE = ("the counts are exchanged between the things they count (the same numbers, another dose); keep each count "
          "with its thing, as the source does")


def number_errors(src: str, tr: str, lang: str, source_lang: str = "en") -> list[str]:
    return [f.message for f in check_message(src, tr, source_lang=source_lang, lang=lang)
            if f.code == "number" and f.severity == "error"]


def test_two_counts_exchanged_are_an_error_naming_both() -> None:
    assert number_errors("Take 2 tablets 3 times a day.", "Tome 3 tabletas 2 veces al día.", "es") == [
        f'"2 tablets" in the source is "3 tabletas" in the translation, and "3 times" is "2 veces": {ADVICE}']


def test_a_count_exchanged_with_the_number_of_a_day_is_an_error() -> None:
    assert number_errors("Take 7 tablets on day 1.", "Tome 1 tableta el día 7.", "es") == [
        f'"7 tablets" in the source is "1 tableta" in the translation, and "day 1" is "día 7": {ADVICE}']


@pytest.mark.parametrize(("lang", "src", "tr"), [
    ("es", "Take two tablets three times a day.", "Tome tres tabletas dos veces al día."),
    ("es", "Take 2 tablets 3 times a day.", "Tome tres tabletas dos veces al día."),
    ("es", "Take 3 tablets twice a day.", "Tome 2 tabletas tres veces al día."),
    ("es", "Use 2 drops in each eye 3 times a day.", "Use 3 gotas en cada ojo 2 veces al día."),
    ("es", "Take 2 tablets 3 times a day.", "2 veces al día, tome 3 tabletas."),
    ("es", "On day 1, take 4 capsules.", "El día 4, tome 1 cápsula."),
    ("es", "Give dose 2 after 3 shots.", "Dé la dosis 3 después de 2 inyecciones."),
    ("pt-BR", "Take 2 tablets 3 times a day.", "Tome 3 comprimidos 2 vezes ao dia."),
    ("fr", "Take 2 tablets 3 times a day.", "Prenez 3 comprimés 2 fois par jour."),
    ("vi", "Take 2 tablets 3 times a day.", "Uống 3 viên, ngày 2 lần."),
])
def test_counts_exchanged_in_each_language_are_an_error(lang: str, src: str, tr: str) -> None:
    found = number_errors(src, tr, lang)
    assert len(found) == 1 and found[0].endswith(ADVICE), found


def test_counts_exchanged_in_a_translation_from_spanish_are_an_error() -> None:
    assert number_errors("Tome 2 tabletas 3 veces al día.", "Take 3 tablets 2 times a day.", "en", "es") == [
        f'"2 tabletas" in the source is "3 tablets" in the translation, and "3 veces" is "2 times": {ADVICE}']


@pytest.mark.parametrize(("lang", "src", "tr"), [
    ("es", "Take 2 tablets 3 times a day.", "Tome 2 tabletas 3 veces al día."),
    ("es", "Take 7 tablets on day 1.", "El día 1, tome 7 tabletas."),
    ("es", "Take 2 tablets 3 times a day.", "Tome dos tabletas tres veces al día."),
    ("es", "Take 2 tablets 3 times a day.", "tres veces al día, 2 tabletas"),
    ("es", "Take two tablets three times a day.", "Tres veces al día, tome 2 tabletas."),
    ("es", "Take 3 tablets twice a day.", "Tome 3 tabletas dos veces al día."),
    ("pt-BR", "Take 2 tablets 3 times a day.", "Três vezes ao dia, tome 2 comprimidos."),
    ("fr", "Take 2 tablets 3 times a day.", "Prenez 2 comprimés 3 fois par jour."),
    # Vietnamese says a frequency day first ("ngày 3 lần": 3 times a day), never day 3
    ("vi", "Take 2 tablets 3 times a day.", "Uống 2 viên, ngày 3 lần."),
    ("vi", "Take 2 tablets 3 times a day.", "Ngày 3 lần, mỗi lần 2 viên."),
    # a thing counted twice: which count goes with which is not read
    ("es", "Take 2 tablets on day 1 and 1 tablet on day 2.", "Tome 1 tableta el día 2 y 2 tabletas el día 1."),
    # a range ("1-2 tablets", "1 or 2"): not read
    ("es", "Take 1-2 tablets 2 times a day.", "Tome 2 tabletas 1-2 veces al día."),
    ("es", "Take 1 or 2 tablets 2 times a day.", "Tome 2 tabletas 1 o 2 veces al día."),
    # a thing the translation says in a word of another thing ("pill" as "cápsula"): not read
    ("es", "Take 2 pills 3 times a day.", "Tome 2 cápsulas 3 veces al día."),
    # a count with a unit, and a frequency's "una vez que" (once): the number check's own reading
    ("es", "Once it is open, use 2 drops 1 time a day.", "Una vez que esté abierto, use 2 gotas 1 vez al día."),
])
def test_counts_kept_with_their_things_pass(lang: str, src: str, tr: str) -> None:
    assert number_errors(src, tr, lang) == []


@pytest.mark.parametrize(("src", "tr"), [
    ("Take 2 tablets.", "Tome 3 tabletas."),  # one number: the number check says it
    ("Wait 2 to 3 hours.", "Espere 3 a 2 horas."),  # no count noun
    ("Call 911 or go to room 12.", "Llame al 12 o vaya a la sala 911."),
])
def test_an_entry_with_fewer_than_two_counts_of_things_is_not_read(src: str, tr: str,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    def read(text: str, code: str) -> dict[str, object]:
        raise AssertionError(f"read by the slow path: {text!r}")

    monkeypatch.setattr(countswaps, "_bindings", read)
    check_message(src, tr, source_lang="en", lang="es")


count_text = st.lists(st.sampled_from(
    ["2", "3", "1.5", "1-2", "two", "Tres", "una", "one", "half", "twice", "once", "a", "day", "Día", "días", "dose",
     "dosis", "week", "semana", "tablet", "Tablets", "tabletas", "times", "veces", "vez", "comprimés", "fois", "viên",
     "viên nang", "lần", "ngày", "mười hai", "que", "or", "o", "to", ",", ".", "(", ")", "-", "\u00a0", " "]),
    max_size=10).map(" ".join)


@given(count_text, st.sampled_from(["en", "es", "fr", "vi"]))
@example("day 2 2 tabletas", "en")  # "tablet" in "tabletas" is no English noun: a whole word is read
@settings(max_examples=1500, deadline=None)
def test_a_text_the_quick_look_passes_over_binds_fewer_than_two_counts(text: str, lang: str) -> None:
    """The slow reading runs only where a quick look finds two places a count may be bound: a text
    it skips must bind fewer than two (else a swap could get through)."""
    reader = countswaps._reader(lang)
    assert reader is not None
    if not countswaps._may_bind(text, reader):
        assert len(countswaps._bindings(text, lang)) < 2, text
