"""The negation check reads a discard verb as the source's "not" of using ("Do not use it after the
expiration date" as "Deséchela después de la fecha de caducidad"), but not where the translation turns
the condition round: "Deséchela antes de la fecha de caducidad" says to throw away a good syringe and
keeps no "not" of using it after the date (lookinstructions.py, with sequencewords' before and after)."""

from __future__ import annotations

import pytest

from edu.checks import check_message

EXPIRED = "Do not use it after the expiration date."
LOST = ("the source says not (no, never, without) and the translation does not ({turned} with a discard verb turns "
        "the source's {was} round): keep the negation ({example}); if it says it in other words, a reviewer confirms "
        "them with edu-ok:negation")
EXAMPLE = {"es": '"No la agite", not "Agítela"', "pt-BR": '"Não agite", not "Agite"',
           "fr": '"Ne l’agitez pas", not "Agitez-la"', "vi": '"Không lắc", not "Lắc"',
           "en": '"Do not shake it", not "Shake it"'}


def negation(src: str, tr: str, lang: str, source_lang: str = "en") -> list[str]:
    return [f.message for f in check_message(src, tr, source_lang=source_lang, lang=lang) if f.code == "negation"]


# (language, source, translation, the source's word, the translation's)
TURNED = [
    ("es", EXPIRED, "Deséchela antes de la fecha de caducidad.", "after", "antes de"),
    ("es", "Do not use it after it has been opened for 28 days.", "Deséchela antes de abrirla.", "after", "antes de"),
    ("es", "Do not use it before it reaches room temperature.",
     "Deséchela después de que alcance la temperatura ambiente.", "before", "después de"),
    ("pt-BR", EXPIRED, "Descarte-o antes da data de validade.", "after", "antes da"),
    ("fr", EXPIRED, "Jetez-le avant la date de péremption.", "after", "avant"),
    ("vi", EXPIRED, "Vứt bỏ thuốc trước ngày hết hạn.", "after", "trước"),
]


@pytest.mark.parametrize(("lang", "src", "tr", "was", "turned"), TURNED)
def test_a_discard_with_its_condition_turned_round_is_a_not_lost(lang: str, src: str, tr: str, was: str,
                                                                 turned: str) -> None:
    assert negation(src, tr, lang) == [LOST.format(example=EXAMPLE[lang], was=f'"{was}"', turned=f'"{turned}"')]


def test_a_spanish_source_turned_round_in_english_is_a_not_lost() -> None:
    assert negation("No la use después de la fecha de caducidad.", "Throw it away before the expiration date.", "en",
                    "es") == [LOST.format(example=EXAMPLE["en"], was='"después de"', turned='"before"')]


KEPT = [
    ("es", EXPIRED, "Deséchela después de la fecha de caducidad."),
    # no before or after: the condition is other checks'
    ("es", EXPIRED, "Deséchela una vez pasada la fecha de caducidad."),
    ("es", EXPIRED, "Deséchela si ya pasó la fecha de caducidad."),
    ("es", EXPIRED, "Deséchela después de la fecha de caducidad, aunque se vea igual que antes."),  # says after too
    ("pt-BR", EXPIRED, "Descarte-o após a data de validade."),
    ("pt-BR", EXPIRED, "Descarte-o depois da data de validade."),
    ("fr", EXPIRED, "Jetez-le après la date de péremption."),
    ("vi", EXPIRED, "Vứt bỏ thuốc sau ngày hết hạn."),
    ("es", "Do not use it before it reaches room temperature.",
     "Deséchela antes de que alcance la temperatura ambiente."),
]


@pytest.mark.parametrize(("lang", "src", "tr"), KEPT)
def test_a_discard_with_the_sources_condition_keeps_the_not(lang: str, src: str, tr: str) -> None:
    assert negation(src, tr, lang) == []
