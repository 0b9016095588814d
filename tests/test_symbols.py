"""The symbols a clinician's text copies as written (edu.symbols): Greek letters of names, × and ±,
and the upper limit of normal never said as the lower one (probe-clin finding 10)."""

from __future__ import annotations

import pytest
from babel.messages.catalog import Catalog

from edu import checks
from edu.checks import check_catalog, check_message

# (source, a right translation, a slip, language)
CASES = [
    # one letter is another molecule; a hyphen may be Word's no-break one
    ("It blocks interleukin-1β (IL-1β) [3].", "Bloquea la interleucina-1β (IL-1β) [3].",
     "Bloquea la interleucina-1α (IL-1β) [3].", "es"),
    ("Do not combine it with TNF-α blockers.", "No la combine con bloqueadores del TNF‑α.",
     "No la combine con bloqueadores del TNF-β.", "es"),
    ("Do not combine it with TNF-α blockers.", "No la combine con bloqueadores del TNF-α.",
     "No la combine con bloqueadores del TNF.", "es"),
    ("It acts on β2 receptors.", "Actúa sobre los receptores β2.", "Actúa sobre los receptores β1.", "pt-BR"),
    ("It blocks IL-1β.", "Il bloque l’IL-1β.", "Il bloque l’IL-1.", "fr"),
    # the times and plus-minus signs, and how a translation may type them
    ("Stop if ALT is above 3 × ULN.", "Suspéndala si la ALT supera 3 x LSN.", "Suspéndala si la ALT supera 3 + LSN.",
     "es"),
    ("Stop if ALT is above 3 × ULN.", "Suspéndala si la ALT supera 3 veces el LSN.",
     "Suspéndala si la ALT supera 3 LSN.", "es"),
    ("Neutrophils below 1.5 × 10⁹/L.", "Neutrófilos por debajo de 1.5·10⁹/L.",
     "Neutrófilos por debajo de 1.5 10⁹/L.", "es"),
    ("A mean of 5 ± 2 days.", "Una media de 5 +/- 2 días.", "Una media de 5 + 2 días.", "es"),
    ("A mean of 5 ± 2 days.", "Una media de 5 ± 2 días.", "Una media de 5 2 días.", "es"),
    # the upper limit of normal said as the lower one, and the other way round; spelled out is fine
    ("Not studied with AST or ALT {liver_uln} × ULN.", "No se estudió con AST o ALT {liver_uln} × LSN.",
     "No se estudió con AST o ALT {liver_uln} × LIN.", "es"),
    ("Not studied with AST or ALT {liver_uln} × ULN.", "Non étudié avec ASAT ou ALAT {liver_uln} × LSN.",
     "Non étudié avec ASAT ou ALAT {liver_uln} × LIN.", "fr"),
    ("ALT above the ULN.", "ALT por encima del límite superior de la normalidad.", "ALT por encima del LIN.", "es"),
    ("Não estudado com AST {liver_uln} × LSN.", "Not studied with AST {liver_uln} × ULN.",
     "Not studied with AST {liver_uln} × LLN.", "en"),
    ("Hemoglobin below the LLN.", "Hémoglobine sous la LIN.", "Hémoglobine sous la LSN.", "fr"),
    # μ is a unit's micro (the number check's), a Greek word is text: neither is compared
    ("Take 50 μg of vitamin B12 (ήλιος).", "Tome 50 mcg de vitamina B12 (sol).",
     "Tome 50 mcg de vitamina B12 (sol, α).", "es"),
]


def findings(src: str, tr: str, lang: str, flags: frozenset[str] = frozenset()) -> list[checks.Finding]:
    return check_message(src, tr, source_lang=_source(lang), lang=lang, flags=flags)


def _source(lang: str) -> str:
    return "en" if lang != "en" else "pt"


@pytest.mark.parametrize(("src", "good", "slip", "lang"), CASES)
def test_a_symbol_lost_or_changed_is_an_error_the_build_blocks(src: str, good: str, slip: str, lang: str) -> None:
    found = [f for f in findings(src, slip, lang) if f.severity == "error"]
    assert [f.code for f in found] == ["symbol"], found
    assert [f.code for f in checks.blocking_findings(src, slip, _source(lang), lang, "US", frozenset())] == ["symbol"]
    # a reviewer who has read it confirms another wording; the right translation passes
    assert [f for f in findings(src, slip, lang, frozenset({"edu-ok:symbol"})) if f.code == "symbol"] == []
    assert findings(src, good, lang) == []


def test_the_messages_name_the_word_the_sign_and_the_limit() -> None:
    (greek,) = findings("It blocks interleukin-1β [3].", "Bloquea la interleucina-1α [3].", "es")
    assert greek.message == (
        'the Greek letter of "interleukin-1β" in the source is missing from the translation (found '
        '"interleucina-1α"): copy it as the source writes it; where your language must say it otherwise, a reviewer '
        "confirms it with # edu-ok:symbol")
    (named,) = findings("It blocks IL-1α and IL-1β, not TNF-α.", "Bloquea la IL-1α y la IL-1β, no el TNF-β.", "es")
    assert named.message.startswith('the Greek letter of "TNF-α" in the source is missing from the translation '
                                    '(found "TNF-β")'), named.message  # (it named "IL-1α", found "IL-1β")
    (sign,) = findings("Stop if ALT is above 3 × ULN.", "Suspéndala si la ALT supera 3 + LSN.", "es")
    assert sign.message.startswith("sign × (times) in the source is missing from the translation; copy it as the "
                                   "source writes it"), sign.message
    (limit,) = findings("AST {liver_uln} × ULN.", "AST {liver_uln} × LIN.", "es")
    assert limit.message == (
        "the source says the upper limit of normal (ULN) and the translation the lower one: write the upper limit "
        "(LSN in Spanish, Portuguese and French); a reviewer confirms another wording with # edu-ok:symbol")


def test_a_translator_comment_accepts_a_reviewed_wording_in_a_catalog() -> None:
    catalog = Catalog(locale="es")
    catalog.add("Do not combine it with TNF-α blockers.", "No la combine con bloqueadores del TNF alfa.", lineno=7)
    assert [(line, f.code) for line, f in check_catalog(catalog, source_lang="en", lang="es")] == [(7, "symbol")]
    catalog.add("Do not combine it with TNF-α blockers.", "No la combine con bloqueadores del TNF alfa.", lineno=7,
                user_comments=["edu-ok:symbol"])
    assert check_catalog(catalog, source_lang="en", lang="es") == []
