"""The decimal-mark advice of the number check ("vi writes decimals with a comma (0,5) ...") comes only
where a decimal or group mark is involved: not for a wrong time of day, whose "p.m." has dots that are
no decimal marks. A true decimal error still gets it."""

from __future__ import annotations

import pytest

from edu.checks import check_message

ADVICE = "writes decimals with"


def number_errors(src: str, tr: str, lang: str) -> list[str]:
    territory = {"fr": "FR", "pt-BR": "BR", "es": "ES"}.get(lang, "US")
    return [f.message for f in check_message(src, tr, source_lang="en", lang=lang, territory=territory)
            if f.severity == "error" and f.code == "number"]


@pytest.mark.parametrize(("src", "tr", "lang"), [
    ("Take it at 8 p.m.", "Uống lúc 8 giờ sáng.", "vi"),
    ("Take it at 8 a.m.", "Tómelo a las 8 de la noche.", "es"),
    ("Take it at 8 p.m.", "Prenez-le à 8 h du matin.", "fr"),
    ("Take it at 8 p.m.", "Tome às 8 da manhã.", "pt-BR"),
    ("Take it at 9 p.m.", "Uống lúc 8 giờ tối.", "vi"),
    ("Take them 10 hours apart.", "Prenez-les à 22 heures.", "fr"),  # the space of "10 hours" is no mark
    ("Take 2 tablespoons.", "Prenez 2 cuillerées.", "fr"),
    ("Take 100 mg.", "Prenez deux cents mg.", "fr"),
])
def test_no_decimal_no_decimal_advice(src: str, tr: str, lang: str) -> None:
    """"Uống lúc 8 giờ sáng" for "at 8 p.m." was told "vi writes decimals with a comma (0,5) ..."."""
    messages = number_errors(src, tr, lang)
    assert messages, "the wrong time is still an error"
    assert all(ADVICE not in m for m in messages), messages


@pytest.mark.parametrize(("src", "tr", "lang"), [
    ("Take 0.5 mL.", "Uống 0.5 mL.", "vi"),
    ("Take 0.5 mL.", "Tome 0.5 mL.", "es"),
    ("Take 0.5 mL.", "Prenez 0.5 mL.", "fr"),
    ("Take 5 mL.", "Tome 0,5 mL.", "es"),
    ("Take 0.5 mL at 8 p.m.", "Uống 0.5 mL lúc 8 giờ tối.", "vi"),  # a time beside it takes nothing away
    ("Take 4,000 units.", "Prenez 4,000 unités.", "fr"),
    ("Take 4,000 units.", "Prenez 4 unités.", "fr"),
])
def test_true_decimal_error_keeps_the_advice(src: str, tr: str, lang: str) -> None:
    messages = number_errors(src, tr, lang)
    assert any(ADVICE in m for m in messages), messages


@pytest.mark.parametrize(("src", "tr", "lang"), [
    ("Take it at 8 p.m.", "Uống lúc 8 giờ tối.", "vi"),
    ("Take 0.5 mL at 8 p.m.", "Uống 0,5 mL lúc 8 giờ tối.", "vi"),
    ("Take 0.5 mL at 8 p.m.", "Prenez 0,5 mL à 20 h.", "fr"),
])
def test_correct_translations_pass(src: str, tr: str, lang: str) -> None:
    assert number_errors(src, tr, lang) == []
