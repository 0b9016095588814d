"""Review of this session's times of day said with a half hour (clocktimes.py, numbers13): "y media",
"e meia", "et demi" right after a time is its half hour ("a las 8 y media": 8:30) only where it says
no noun of its own: "a las 8 y media tableta" is 8 o'clock and half a tablet, "ao meio-dia e meia
colher" noon and half a spoon, "à midi et demi-cuillère" noon and half a spoon, "às 8 e meia hora
antes" 8 o'clock, half an hour before. Each is a correct translation that passed before the session
and now has two false number errors (the hour read as 8:30 or 12:30, the half count missing).
clocktimes.OF_A_NOUN keeps such a half out of the hour (and numberlexicon's count of halves)."""

from __future__ import annotations

import pytest

from edu.checks import check_message

CORRECT = [
    ("es", "Take 1 tablet at 8 and half a tablet at 2.", "Tome 1 tableta a las 8 y media tableta a las 2."),
    ("es", "Take 1 tablet at 8, half an hour before breakfast.",
     "Tome 1 tableta a las 8, media hora antes del desayuno."),
    ("es", "Take it at 8 and half an hour before breakfast.",
                 "Tómelo a las 8 y media hora antes del desayuno."),
    ("pt-BR", "Give 1 spoon at 8 and half a spoon at 2.", "Dê 1 colher às 8 e meia colher às 2."),
    ("pt-BR", "Give 1 spoon at noon and half a spoon at night.",
                 "Dê 1 colher ao meio-dia e meia colher à noite."),
    ("pt-BR", "Take it at 8 and half an hour before lunch.", "Tome às 8 e meia hora antes do almoço."),
    ("fr", "Give 1 spoon at noon and half a spoon at night.",
                 "Donnez 1 cuillère à midi et demi-cuillère le soir."),
]


def numbers(src: str, tr: str, lang: str, source_lang: str = "en") -> list[str]:
    return [f.message for f in check_message(src, tr, source_lang=source_lang, lang=lang) if f.code == "number"]


@pytest.mark.parametrize(("lang", "src", "tr"), CORRECT)
def test_a_half_of_a_noun_after_a_time_is_no_half_hour(lang: str, src: str, tr: str) -> None:
    assert numbers(src, tr, lang) == []


def test_a_portuguese_source_of_noon_and_half_a_spoon() -> None:
    assert numbers("Dê 1 colher ao meio-dia e meia colher à noite.", "Give 1 spoon at noon and half a spoon at night.",
                   "en", "pt-BR") == []


@pytest.mark.parametrize(("lang", "src", "tr"), [
    ("es", "Take it at 8:30.", "Tómelo a las 8 y media."),
    ("pt-BR", "Take it at 12:30 p.m.", "Tome ao meio-dia e meia."),
    ("fr", "Take it at 12:30 p.m.", "Prenez-le à midi et demie."),
])
def test_a_half_hour_with_no_noun_stays_a_time(lang: str, src: str, tr: str) -> None:
    assert numbers(src, tr, lang) == []
