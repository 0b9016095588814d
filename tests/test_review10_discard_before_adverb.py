"""Review of this session's discard with its condition turned round (lookinstructions.py, from
looks4): "Do not use it after the expiration date" as "Deséchela antes de la fecha de caducidad" is a
"not" lost, but a before or after word alone that says no condition, an adverb ("como se explicó
antes": as said earlier; "se já tiver sido congelado antes": if it was frozen before; "trước đó":
before that), turns nothing round. Such correct translations passed before the session and were
then a negation error ('"antes" with a discard verb turns the source's "after" round'); the sequence
check reads those words alone only after a word of time (sequencesaid.py), and so does this now,
but for Vietnamese, whose "trước" and "sau" alone say the condition before its noun ("trước ngày hết
hạn")."""

from __future__ import annotations

import pytest

from edu.checks import check_message

FROZEN = "Do not use it after it has been frozen."

CORRECT = [
    ("es", "Do not use it after the expiration date, as explained above.",
     "Deséchela cuando venza, como se explicó antes."),
    ("es", FROZEN, "Deséchela si antes estuvo congelada."),
    ("pt-BR", FROZEN, "Descarte-o se já tiver sido congelado antes."),
    ("fr", FROZEN, "Jetez-le s’il a été congelé avant."),
    ("vi", FROZEN, "Vứt bỏ thuốc nếu trước đó đã bị đông lạnh."),
]

TURNED = [  # still reported: a before or after that says the condition
    ("es", "Do not use it after the expiration date.", "Deséchela antes de la fecha de caducidad.", "antes de"),
    ("es", "Do not use it after the first 2 hours.", "Deséchela 2 horas antes.", "antes"),
    ("vi", "Do not use it after the expiration date.", "Vứt bỏ thuốc trước ngày hết hạn.", "trước"),
]


def negation(src: str, tr: str, lang: str) -> list[str]:
    return [f.message for f in check_message(src, tr, source_lang="en", lang=lang) if f.code == "negation"]


@pytest.mark.parametrize(("lang", "src", "tr"), CORRECT)
def test_a_before_that_says_earlier_turns_no_condition_round(lang: str, src: str, tr: str) -> None:
    assert negation(src, tr, lang) == []


@pytest.mark.parametrize(("lang", "src", "tr", "turned"), TURNED)
def test_a_before_that_says_the_condition_is_still_reported(lang: str, src: str, tr: str, turned: str) -> None:
    [message] = negation(src, tr, lang)
    assert f'("{turned}" with a discard verb turns the source\'s "after" round)' in message
