"""review9 (fixed in periods.py: fifteen days as how often is a fortnight): French "tous les quinze
jours" was read as every other *day* (the every-other wording with "jours"), so the usual French for
"every other week" / "every two weeks" / "every fortnight" was a period error, and so was the literal
"tous les 15 jours" for "every 15 days". All correct translations; the same on main before this
session (7ef272e), not a regression."""

from __future__ import annotations

import pytest

from edu.checks import check_message


def errors(src: str, tr: str) -> list[str]:
    return [f.message for f in check_message(src, tr, source_lang="en", lang="fr")
            if f.severity == "error" and f.code == "period"]


@pytest.mark.parametrize("src", ["Take 10 mg every other week.", "Take 10 mg every two weeks.",
                                 "Take 10 mg every fortnight."])
def test_tous_les_quinze_jours_is_every_other_week(src: str) -> None:
    assert errors(src, "Prenez 10 mg tous les quinze jours.") == []


def test_tous_les_15_jours_is_every_15_days() -> None:
    assert errors("Take 10 mg every 15 days.", "Prenez 10 mg tous les 15 jours.") == []
