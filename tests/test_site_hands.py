"""The site check's hand and foot: a symptom the source puts in the hand and the translation in the foot (or the
reverse) is an error ("swelling in your hand" as "hinchazón en el pie"); the same limb in the translator's words
passes, and so does a hand or a foot in an idiom ("de pies a cabeza", "dor em pé": pain when standing, "a pie")
or named with no symptom ("Lávese las manos")."""

from __future__ import annotations

import pytest

from edu.checks import check_message

CONFIRM = "if the translation says it in other words, a reviewer confirms them with edu-ok:site"


def errors(src: str, tr: str, lang: str, source_lang: str = "en") -> list[str]:
    return [f.message for f in check_message(src, tr, source_lang=source_lang, lang=lang) if f.code == "site"]


@pytest.mark.parametrize(("source_lang", "lang", "src", "tr", "limb", "other"), [
    ("en", "es", "Call us if you have swelling in your hand.", "Llámenos si tiene hinchazón en el pie.", "hand",
     "foot"),
    ("en", "es", "Numbness or tingling in your feet", "Entumecimiento u hormigueo en las manos", "foot", "hand"),
    ("en", "es", "Pain in your arm or hand", "Dolor en el brazo o el pie", "hand", "foot"),
    ("en", "pt-BR", "Swelling in your hands", "Inchaço nos pés", "hand", "foot"),
    ("en", "fr", "Foot pain", "Douleur à la main", "foot", "hand"),
    ("en", "vi", "Swelling in your hands", "Sưng bàn chân", "hand", "foot"),
    ("es", "en", "Hinchazón en los pies.", "Swelling in your hands.", "foot", "hand"),
])
def test_a_symptom_in_the_hand_said_in_the_foot_is_an_error(source_lang: str, lang: str, src: str, tr: str,
                                                            limb: str, other: str) -> None:
    [message] = errors(src, tr, lang, source_lang)
    assert message.startswith(f"the source says a symptom in the {limb} (")
    assert f"and the translation in the {other} (" in message and message.endswith(CONFIRM)


def test_the_message_quotes_both_symptoms() -> None:
    assert errors("Call us if you have swelling in your hand.", "Llámenos si tiene hinchazón en el pie.", "es") == [
        'the source says a symptom in the hand ("swelling in your hand") and the translation in the foot '
        f'("hinchazón en el pie"); keep where the symptom is; {CONFIRM}']


@pytest.mark.parametrize(("lang", "src", "tr"), [
    ("es", "Call us if you have swelling in your hand.", "Llámenos si tiene hinchazón en la mano."),
    ("es", "Numbness or tingling in your feet", "Entumecimiento u hormigueo en los pies"),
    ("es", "Swelling in your hands or feet", "Manos o pies hinchados"),
    ("pt-BR", "Swelling in your hands", "Inchaço nas mãos"),
    ("pt-BR", "Swelling in your hands", "Mãos inchadas"),
    ("fr", "Foot pain", "Douleur au pied"),
    ("fr", "Foot pain", "Mal aux pieds"),
    ("vi", "Swelling in your hands", "Sưng bàn tay"),
    ("vi", "Swelling in your hands", "Sưng tay"),  # ("tay": the hand or the arm)
    ("vi", "Swelling in your feet", "Sưng chân"),
    ("es", "Swelling in your hand", "Hinchazón en los dedos"),  # the limb in other words
    # an idiom beside a word of pain is no foot
    ("es", "Hand swelling, or itching from head to toe.", "Hinchazón de los dedos, o picazón de pies a cabeza."),
    ("pt-BR", "Swelling in your hands, pain when standing.", "Inchaço nos dedos e na palma, dor em pé."),
    ("es", "Wash your hands. Walk if your legs swell.", "Lávese las manos. Camine a pie si se le hinchan las piernas."),
])
def test_the_same_limb_an_idiom_or_no_symptom_passes(lang: str, src: str, tr: str) -> None:
    assert errors(src, tr, lang) == []
