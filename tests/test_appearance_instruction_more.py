"""The instruction about a look is read in more sentences (lookclauses.py): a look in the main clause
of a sentence of no "if" ("Cloudy medicine must not be used", "No use medicina turbia", "Throw away
cloudy medicine"), an "unless" that says its own "not" ("a não ser que", "a no ser que"), and an "if"
clause of two "not"s, the look's after its "and"/"or" ("if it is not clear or not colorless"); the
main clause an "if" clause hangs on ends at its first "if" ("Úsela si no está transparente o si tiene
color": "Úsela"). A translation that says the opposite instruction is reported; one that says the same
passes, and so does the negation check where it says the source's "not" so ("Use solo medicina
transparente"). What stays unread is compared by its "not"s, as before."""

from __future__ import annotations

import pytest

from edu.checks import check_message

CONFIRM = "if the translation says it in other words, a reviewer confirms them with edu-ok:appearance"


def errors(src: str, tr: str, lang: str, source_lang: str = "en") -> list[str]:
    return [f"{f.code}: {f.message}" for f in check_message(src, tr, source_lang=source_lang, lang=lang)
            if f.code in ("appearance", "negation")]


# (language, source, translation, the message's start): the opposite instruction, reported
REPORTED = [
    ("es", "Throw away cloudy medicine.", "Úsela si está turbia.",
     'the source says do not use it if cloudy ("Throw away cloudy medicine") and the translation use it if cloudy '
     '("Úsela si está turbia")'),
    ("es", "Throw away the medicine if it is cloudy or has particles.", "Use el medicamento turbio o con partículas.",
     'the source says do not use it if cloudy ("Throw away the medicine if it is cloudy or has particles") and the '
     'translation use it if cloudy ("Use el medicamento turbio o con partículas")'),
    ("fr", "Throw away cloudy medicine.", "Utilisez-la si elle est trouble.",
     'the source says do not use it if cloudy ("Throw away cloudy medicine") and the translation use it if cloudy'),
    ("vi", "Throw away cloudy medicine.", "Dùng thuốc nếu thuốc bị đục.",
     'the source says do not use it if cloudy ("Throw away cloudy medicine") and the translation use it if cloudy'),
    ("pt-BR", "Do not use it unless it is clear.", "Use-o a não ser que esteja transparente.",
     'the source says use it if clear ("Do not use it unless it is clear") and the translation do not use it if '
     'clear ("Use-o a não ser que esteja transparente")'),
    ("es", "Do not use it unless it is clear.", "Úsela a no ser que esté transparente.",
     'the source says use it if clear ("Do not use it unless it is clear") and the translation do not use it if '
     'clear ("Úsela a no ser que esté transparente")'),
    ("es", "Do not use it if it is not cold and not colorless.", "Úsela si no está fría y no es incolora.",
     'the source says use it if colorless ("Do not use it if it is not cold and not colorless") and the '
     'translation do not use it if colorless'),
    ("es", "Do not use it if it is not clear or not colorless.", "Úsela si no está transparente o si tiene color.",
     'the source says colorless ("or not colorless") and the translation colored ("o si tiene color")'),
]


@pytest.mark.parametrize(("lang", "src", "tr", "said"), REPORTED)
def test_the_opposite_instruction_is_reported(lang: str, src: str, tr: str, said: str) -> None:
    found = errors(src, tr, lang)
    assert len(found) == 1 and found[0].startswith(f"appearance: {said}") and found[0].endswith(CONFIRM), found


# (language, source, translation): the same instruction, in other words; no error
KEPT = [
    ("es", "Cloudy medicine must not be used.", "No use medicina turbia."),
    ("es", "Cloudy medicine must not be used.", "Use solo medicina transparente."),
    ("es", "Cloudy medicine must not be used.", "Deseche la medicina turbia."),
    ("es", "Do not use it if it is cloudy.", "Use solo medicina transparente."),
    ("es", "Do not use it if it is cloudy.", "No use medicina turbia."),
    ("es", "Do not use cloudy or discolored medicine.", "Si el medicamento está turbio o descolorido, no lo use."),
    ("es", "Do not shake it and do not use cloudy medicine.", "No la agite ni use medicina turbia."),
    ("es", "Throw away cloudy medicine.", "Deséchela si está turbia."),
    ("es", "Throw away the medicine if it is cloudy or has particles.",
     "Deseche el medicamento turbio o con partículas."),
    ("es", "Use only medicine that is not cloudy.", "No use medicina turbia."),
    ("es", "Do not use medicine that is not clear.", "No use medicina turbia."),  # two "not"s: counted
    ("es", "Check that the liquid is clear before you use it.",
     "Compruebe que el líquido no esté turbio antes de usarlo."),
    ("pt-BR", "Cloudy medicine must not be used.", "Use apenas medicamento transparente."),
    ("pt-BR", "Do not use it unless it is clear.", "Não o use a não ser que esteja transparente."),
    ("es", "Do not use it unless it is clear.", "No la use a no ser que esté transparente."),
    ("es", "Do not use it if it is not clear or not colorless.", "No la use si no está transparente o si tiene color."),
    ("es", "Do not use it if it is not cold and not colorless.", "No la use si no está fría y no es incolora."),
    ("fr", "Cloudy medicine must not be used.", "N’utilisez pas un médicament trouble."),
    ("fr", "Cloudy medicine must not be used.", "N’utilisez que des solutions limpides."),
    ("vi", "Cloudy medicine must not be used.", "Không dùng thuốc bị đục."),
    ("vi", "Cloudy medicine must not be used.", "Chỉ dùng thuốc trong suốt."),
]


@pytest.mark.parametrize(("lang", "src", "tr"), KEPT)
def test_the_same_instruction_in_other_words_passes(lang: str, src: str, tr: str) -> None:
    assert errors(src, tr, lang) == []


def test_a_spanish_look_in_the_main_clause_into_english() -> None:
    assert errors("No use la solución turbia.", "Use only clear solution.", "en", "es") == []
    found = errors("No use la solución turbia.", "Use cloudy solution only.", "en", "es")
    assert len(found) == 1 and found[0].startswith("negation: ")  # the "not" lost, said once
