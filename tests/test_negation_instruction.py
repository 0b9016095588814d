"""The negation check reads a "not" said in other words where both sides say what to do when the
medicine looks so alike (lookinstructions.py): a discard verb under the same look ("Deséchela
si está turbia" for "Do not use it if it is cloudy") or "use only if" under the opposite look ("Úsela
solo si está transparente"), and beyond looks a discard verb for a "not" of using ("Deséchela después de
la fecha de caducidad"). The real loss stays an error: "Úsela si está turbia" says the opposite.
Spanish "Evítelo" (with its accent) says "avoid", a "not" in other words."""

from __future__ import annotations

import pytest

from edu.checks import check_message

CLOUDY = "Do not use it if it is cloudy."
EXPIRED = "Do not use it after the expiration date."
LOST = ("the source says not (no, never, without) and the translation does not: keep the negation ({example}); if "
        "it says it in other words, a reviewer confirms them with edu-ok:negation")
EXAMPLE = {"es": '"No la agite", not "Agítela"', "pt-BR": '"Não agite", not "Agite"',
           "fr": '"Ne l’agitez pas", not "Agitez-la"', "vi": '"Không lắc", not "Lắc"',
           "en": '"Do not shake it", not "Shake it"'}


def meaning(src: str, tr: str, lang: str, source_lang: str = "en") -> list[str]:
    return [f"{f.code}: {f.message}" for f in check_message(src, tr, source_lang=source_lang, lang=lang)
            if f.code in ("negation", "appearance", "condition")]


# (language, source, translation, whether the "not" is lost): the same instruction in other words passes;
# the "not" lost, or said of another verb, stays an error
CASES = [
    ("es", CLOUDY, "Deséchela si está turbia.", False),
    ("es", CLOUDY, "Tírela si está turbia.", False),
    ("es", CLOUDY, "Úsela solo si está transparente.", False),
    ("es", "If the liquid is cloudy, do not inject it.", "Si el líquido está turbio, deséchelo.", False),
    ("es", "Do not shake it or use it if it is cloudy.", "No la agite; deséchela si está turbia.", False),
    ("pt-BR", CLOUDY, "Descarte se estiver turvo.", False),
    ("pt-BR", CLOUDY, "Jogue fora se estiver turvo.", False),
    ("pt-BR", CLOUDY, "Use-o só se estiver transparente.", False),
    ("fr", CLOUDY, "Jetez-la si elle est trouble.", False),
    ("fr", CLOUDY, "Ne l’utilisez que si elle est limpide.", False),
    ("vi", CLOUDY, "Nếu thuốc bị đục, hãy vứt bỏ.", False),
    ("vi", CLOUDY, "Chỉ dùng nếu thuốc trong suốt.", False),
    ("es", "Do not take it if you are pregnant.", "Evítelo si está embarazada.", False),
    ("es", CLOUDY, "Úsela si está turbia.", True),
    ("es", CLOUDY, "Úsela si está transparente.", True),  # "use it if clear" says less than "only if"
    ("es", "Do not shake it or use it if it is cloudy.", "Agítela y deséchela si está turbia.", True),
    ("pt-BR", CLOUDY, "Use se estiver turvo.", True),
    ("fr", CLOUDY, "Utilisez-la si elle est trouble.", True),
    ("vi", CLOUDY, "Dùng nếu thuốc bị đục.", True),
    ("es", "Do not take it if you are pregnant.", "Tómelo si está embarazada.", True),
    # beyond looks: a discard verb for a "not" of using, where the translation uses it nowhere
    ("es", EXPIRED, "Deséchela después de la fecha de caducidad.", False),
    ("es", "Do not use it if it has been frozen.", "Deséchela si se ha congelado.", False),
    ("pt-BR", EXPIRED, "Descarte-o após a data de validade.", False),
    ("fr", EXPIRED, "Jetez-le après la date de péremption.", False),
    ("vi", EXPIRED, "Vứt bỏ thuốc sau ngày hết hạn.", False),
    ("es", EXPIRED, "Úsela y luego deséchela después de la fecha de caducidad.", True),
    ("es", "Do not shake it or use it after the expiration date.",
     "Agítela y deséchela después de la fecha de caducidad.", True),
    ("es", "Do not throw it away; do not use it after the expiration date.",
     "Deséchela después de la fecha de caducidad.", True),
]


@pytest.mark.parametrize(("lang", "src", "tr", "lost"), CASES)
def test_a_not_said_by_the_same_instruction_passes_and_one_lost_stays_an_error(lang: str, src: str, tr: str,
                                                                               lost: bool) -> None:
    assert meaning(src, tr, lang) == (["negation: " + LOST.format(example=EXAMPLE[lang])] if lost else [])


def test_a_discard_verb_for_a_spanish_not_passes_into_english() -> None:
    assert meaning("No la use si está turbia.", "Throw it away if it is cloudy.", "en", "es") == []


def test_use_only_if_under_the_same_look_stays_an_error() -> None:
    found = meaning(CLOUDY, "Úsela solo si está turbia.", "es")
    assert len(found) == 1 and found[0].startswith("negation: the source says not (no, never, without) and the "
                                                   'translation does not ("solo" says only')


def test_a_discard_verb_under_the_opposite_look_is_the_appearance_check_s() -> None:
    assert meaning(CLOUDY, "Deséchela si está transparente.", "es") == [
        'appearance: the source says cloudy ("it is cloudy") and the translation clear ("si está transparente"): '
        "keep how the medicine looks (cloudy is not clear); if the translation says it in other words, a reviewer "
        "confirms them with edu-ok:appearance"]


def test_the_opposite_instruction_with_a_not_stays_the_appearance_check_s() -> None:
    assert meaning(CLOUDY, "No la deseche si está turbia.", "es") == [
        'appearance: the source says do not use it if cloudy ("Do not use it if it is cloudy") and the translation '
        'use it if cloudy ("No la deseche si está turbia"): keep what to do when the medicine looks cloudy; if the '
        "translation says it in other words, a reviewer confirms them with edu-ok:appearance"]


def test_an_english_translation_that_uses_it_if_cloudy_stays_an_error() -> None:
    assert meaning("No la use si está turbia.", "Use it if it is cloudy.", "en", "es") == [
        "negation: " + LOST.format(example=EXAMPLE["en"])]


# (source, translation, the finding or None): each sentence says its own "not"
SENTENCES = [
    ("Do not freeze it. Do not use it if it is cloudy.", "No la congele. Deséchela si está turbia.", None),
    ("Do not use it if the liquid is cloudy. Do not shake it.",
     "Deseche la jeringa si el líquido está turbio. No la agite.", None),
    ("Do not use it if it is cloudy or discolored.", "Deséchela si está turbia o descolorida.", None),
    ("Do not freeze it. Do not use it if it is cloudy.", "Agítela. Deséchela si está turbia.",
     'negation: sentence 1 of the source ("Do not freeze it.") says not (no, never, without) and its translation '
     '("Agítela.") does not: keep the negation ("No la agite", not "Agítela"); if it says it in other words, a '
     "reviewer confirms them with edu-ok:negation"),
]


@pytest.mark.parametrize(("src", "tr", "said"), SENTENCES)
def test_a_discard_verb_says_the_not_of_its_own_sentence_only(src: str, tr: str, said: str | None) -> None:
    assert meaning(src, tr, "es") == ([said] if said else [])


def test_a_spanish_avoid_with_its_accent_is_said_with_a_not_in_english() -> None:
    assert meaning("Evítelo si está embarazada.", "Do not take it if you are pregnant.", "en", "es") == []
