"""Tests for edu.plainlang and edu.wording: each rule fires on a bad case, stays quiet on a good one,
reports the line."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from edu import wording
from edu.findings import RuleFinding, Unit
from edu.plainlang import (
    check_average_length,
    check_heading_gaps,
    check_long_sentences,
    check_numbered_steps,
    check_passive,
    check_plain_language,
    check_when_to_call,
)
from edu.wording import check_abbreviations, check_all_caps, check_dose_notation, check_jargon, load_jargon


def para(text: str, line: int = 5) -> Unit:
    return Unit("paragraph", text, line)


def sentence_of(count: int) -> str:
    return " ".join(["word"] * count) + "."


def rules(findings: list[RuleFinding]) -> list[str]:
    return [finding.rule for finding in findings]


# A patient handout that breaks no rule: short active sentences, a call heading, numbered steps.
CLEAN = [
    Unit("title", "Anakinra", 1),
    Unit("summary", "Anakinra calms an overactive immune system.", 2),
    Unit("heading", "How do I give the shot?", 4),
    Unit("item", "Wash your hands.", 6, ordered=True),
    Unit("item", "Inject {dose_ra} under the skin of your belly.", 7, ordered=True),
    Unit("heading", "When to call your doctor", 9),
    Unit("item", "Fever or chills", 11),
    Unit("paragraph", "Call 911 if you cannot breathe.", 13),
]
LIMPIO = [
    Unit("title", "Anakinra", 1),
    Unit("heading", "¿Cómo me pongo la inyección?", 3),
    Unit("item", "Lávese las manos.", 5, ordered=True),
    Unit("item", "Póngase 0,67 ml debajo de la piel.", 6, ordered=True),
    Unit("heading", "Cuándo llamar a su médico", 8),
    Unit("paragraph", "Llame al 911 si no puede respirar.", 10),
]


@pytest.mark.parametrize(("units", "lang"), [(CLEAN, "en"), (LIMPIO, "es_US")])
def test_clean_handout_has_no_findings(units: list[Unit], lang: str) -> None:
    assert check_plain_language(units, lang, audience="patient") == []


# --- long-sentence, long-average ------------------------------------------------------------------


def test_long_sentence_is_reported_at_its_line() -> None:
    findings = check_long_sentences([para(sentence_of(20), 3), para(sentence_of(21), 7)], "en")
    assert findings == [RuleFinding("long-sentence", 7, "sentence of 21 words (max 20): split it")]


def test_long_text_outside_prose_is_not_a_long_sentence() -> None:
    units = [Unit("heading", sentence_of(25), 2), Unit("cell", sentence_of(25), 3), Unit("item", "a " * 25, 4)]
    assert check_long_sentences(units, "en") == []


def test_long_average_is_reported_at_the_first_prose_unit() -> None:
    units = [Unit("heading", "Why", 1), para(sentence_of(16), 3), para(sentence_of(17), 5)]
    message = "average sentence of 16.5 words (max 15): use shorter sentences"
    assert check_average_length(units, "en") == [RuleFinding("long-average", 3, message)]


def test_average_of_15_words_passes() -> None:
    assert check_average_length([para(sentence_of(10), 3), para(sentence_of(20), 5)], "en") == []


# --- jargon ---------------------------------------------------------------------------------------


def test_jargon_lists_are_large_enough() -> None:
    assert len(load_jargon("en")) >= 40
    assert len(load_jargon("es")) >= 40


def test_jargon_is_reported_with_the_plain_words() -> None:
    findings = check_jargon([para("Anakinra is injected subcutaneously.", 4)], "en")
    assert findings == [RuleFinding("jargon", 4, '"subcutaneously": say "under the skin"')]


def test_jargon_matches_plurals_case_and_phrases() -> None:
    findings = check_jargon([para("Adverse events are rare. NEUTROPENIA can happen.", 6)], "en")
    messages = {finding.message for finding in findings}
    assert messages == {'"Adverse events": say "side effect"', '"NEUTROPENIA": say "low white blood cell count"'}


@pytest.mark.parametrize(("lang", "text", "message"), [
    ("en", "Pyrexia may occur.", '"Pyrexia": say "fever"'),
    ("en", "Hepatotoxicity is rare.", '"Hepatotoxicity": say "liver damage"'),
    ("en", "Hypersensitivity reactions occur.", '"Hypersensitivity reactions": say "allergic reaction"'),
    ("en", "Discontinue it now.", '"Discontinue": say "stop"'),
    ("en", "It is an immunomodulatory drug.", '"immunomodulatory": say "acting on the immune system"'),
    ("en", "Alcohol may potentiate it.", '"potentiate": say "make stronger"'),
    ("en", "Signs necessitating a visit.", '"necessitating": say "need"'),
    ("en", "A multidisciplinary team helps.", '"multidisciplinary team": say "team of different specialists"'),
    ("en", "Surveillance goes on.", '"Surveillance": say "regular checks"'),
    ("en", "Use it PRN for pain.", '"PRN": say "as needed"'),
    ("en", "Use it prn for pain.", '"prn": say "as needed"'),
    ("es", "La pirexia es común.", '"pirexia": say "fiebre"'),
    ("es", "La hepatotoxicidad es rara.", '"hepatotoxicidad": say "daño al hígado"'),
    ("es", "No debe discontinuar el tratamiento.", '"discontinuar": say "dejar de usar"'),
    ("es", "Hubo reacciones de hipersensibilidad.", '"reacciones de hipersensibilidad": say "reacción alérgica"'),
    ("es", "Es un fármaco inmunomodulador.", '"inmunomodulador": say "que actúa sobre las defensas"'),
    ("es", "Un equipo multidisciplinario la atiende.", '"multidisciplinario": say "de varias especialidades"'),
    ("es", "Úsela PRN para el dolor.", '"PRN": say "cuando lo necesite"'),
])  # fmt: skip
def test_the_pharmacists_jargon_is_reported_with_the_plain_words(lang: str, text: str, message: str) -> None:
    assert [f.message for f in check_jargon([para(text)], lang)] == [message]


def test_jargon_matches_whole_words_only() -> None:
    assert check_jargon([para("Adrenaline is not a moral question.", 2)], "en") == []


@pytest.mark.parametrize(
    "text",
    [
        "You get it subcutaneously (under the skin).",
        "You inject it under the skin (subcutaneous).",
        "It is a subcutaneous shot, which means under the skin.",
        "It is a subcutaneous shot — under the skin.",
        "It is a subcutaneous shot, or a shot under the skin.",
    ],
)
def test_jargon_defined_at_first_use_is_allowed_everywhere(text: str) -> None:
    units = [para(text, 3), para("Give the subcutaneous shot daily.", 8)]
    assert check_jargon(units, "en") == []


def test_jargon_is_reported_until_it_is_defined() -> None:
    units = [
        para("Give the subcutaneous shot.", 3),
        para("Subcutaneous shots are quick.", 5),
        para("A subcutaneous shot (under the skin) is quick.", 8),
        para("The subcutaneous shot is quick.", 10),
    ]
    assert [(f.rule, f.line) for f in check_jargon(units, "en")] == [("jargon", 3), ("jargon", 5)]


def test_spanish_jargon_with_inflections() -> None:
    units = [para("Se administra por vía subcutánea. Las reacciones adversas son raras.", 9)]
    messages = sorted(finding.message for finding in check_jargon(units, "es"))
    assert messages == [
        '"administra": say "dar, poner"',
        '"reacciones adversas": say "efecto secundario"',
        '"vía subcutánea": say "debajo de la piel"',
    ]


def test_spanish_jargon_defined_with_es_decir() -> None:
    units = [para("Puede dar neutropenia, es decir, pocos glóbulos blancos. La neutropenia pasa.", 2)]
    assert check_jargon(units, "es") == []


# --- abbreviation ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Inject 100 mg SC daily.", "SC"),
        ("Inject SQ.", "SQ"),
        ("Give it sub q.", "sub q"),
        ("Take it QD.", "QD"),
        ("Take it qd.", "qd"),
        ("Take it QOD.", "QOD"),
        ("Give 10 U of insulin.", "U"),
        ("Give 10U of insulin.", "U"),
        ("Vitamin D 1000 IU.", "IU"),
        ("Draw up 1 cc.", "cc"),
        ("Take 50 µg.", "µg"),
        ("Take 50 ug.", "ug"),
        ("Call if d/c from the hospital.", "d/c"),
    ],
)
def test_error_prone_abbreviation(text: str, found: str) -> None:
    findings = check_abbreviations([para(text, 12)], "en")
    assert [(f.rule, f.line) for f in findings] == [("abbreviation", 12)]
    assert findings[0].message.startswith(f'"{found}" is an error-prone abbreviation (ISMP): write ')


@pytest.mark.parametrize(
    "text",
    [
        "Give 10 units.",
        "Use it in the USA.",
        "Use a U-shaped pad.",
        "Accept the score.",
        "Take 50 mcg.",
        "See [the label](https://example.org/SC/label.pdf) or www.example.org/d/c.",
    ],
)
def test_no_abbreviation(text: str) -> None:
    assert check_abbreviations([para(text)], "en") == []


def test_spanish_abbreviations() -> None:
    assert rules(check_abbreviations([para("Póngase 1000 UI.")], "es")) == ["abbreviation"]
    assert check_abbreviations([para("Tome 7 u 8 dosis.")], "es") == []  # "u" is the word "or"


# --- dose-notation --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "message"),
    [
        ("Take 1.0 mg.", "en", 'trailing zero in "1.0 mg": write "1 mg"'),
        ("Take 2.50 mL.", "en", 'trailing zero in "2.50 mL": write "2.5 mL"'),
        ("Tome 1,0 mg.", "es", 'trailing zero in "1,0 mg": write "1 mg"'),
        ("Take .5 mL.", "en", 'no leading zero in ".5 mL": write "0.5 mL"'),
        ("Tome ,5 mL.", "es", 'no leading zero in ",5 mL": write "0,5 mL"'),
        ("Take 100mg.", "en", 'no space between number and unit in "100mg": write "100 mg"'),
        ("Take 100 mg. daily", "en", 'period after the unit in "100 mg.": drop it'),
        ("Take 0.5 ml now.", "en", '"ml": write "mL"'),
        ("Take 10 mgs now.", "en", '"10 mgs": units take no plural s'),
    ],
)
def test_dose_notation(text: str, lang: str, message: str) -> None:
    assert check_dose_notation([para(text, 21)], lang) == [RuleFinding("dose-notation", 21, message)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Take 100 mg.", "en"),  # the period ends the sentence
        ("Take 0.5 mL or 10 mg each day.", "en"),
        ("Tome 0,67 ml cada día.", "es"),  # "ml" is correct in Spanish
        ("This is version 1.0 of the sheet.", "en"),  # no unit: not a dose
        ("About 1,000 people took it.", "en"),
    ],
)
def test_good_dose_notation(text: str, lang: str) -> None:
    assert check_dose_notation([para(text)], lang) == []


# --- passive --------------------------------------------------------------------------------------


SE_FORM = ', or use the "se" form ("se administra")'  # Spanish only: the se passive reads naturally


@pytest.mark.parametrize(
    ("lang", "text", "phrase"),
    [
        ("en", "The shot is given in the thigh.", "is given"),
        ("en", "It is usually injected once a day.", "is usually injected"),
        ("en", "The pen was not used.", "was not used"),
        ("en", "Used syringes get thrown away.", "get thrown"),
        ("en", "Your blood will be checked every month.", "be checked"),
        ("en", "It isn't stored in the freezer.", "isn't stored"),
        # Spanish: the ser passive reads like English word for word
        ("es", "El medicamento es administrado por la enfermera.", "es administrado"),
        ("es", "La anakinra fue aprobada por la FDA en 2001.", "fue aprobada"),
        ("es", "Las jeringas son guardadas en el refrigerador.", "son guardadas"),
        ("es", "Su sangre será revisada cada mes.", "será revisada"),
        ("es", "El análisis ha sido hecho hoy.", "sido hecho"),
        ("es", "Las dosis no son siempre puestas igual.", "son siempre puestas"),
        ("es", "Fue descrito por primera vez en 1990.", "Fue descrito"),
    ],
)
def test_passive_voice(lang: str, text: str, phrase: str) -> None:
    message = f'passive voice "{phrase}": say who does it (active voice)' + (SE_FORM if lang == "es" else "")
    assert check_passive([para(text, 14)], lang) == [RuleFinding("passive", 14, message)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "You give the shot in the thigh."),
        ("en", "You are tired."),
        ("en", "It is red."),
        ("en", "The box is in the fridge."),
        ("es", "Se administra una vez al día."),  # the se passive is natural Spanish
        ("es", "El medicamento está indicado para la artritis."),  # estar + participle: a state
        ("es", "Es importante lavarse las manos."),
        ("es", "Es complicado al principio."),  # an adjective, not an action
        ("es", "Es rápido y no duele."),  # -ido with an accent: no participle
        ("es", "Guarde las jeringas fuera de la luz."),
        ("es", "Su médico le pone la primera inyección."),
    ],
)
def test_active_voice(lang: str, text: str) -> None:
    assert check_passive([para(text)], lang) == []


def test_passive_is_one_finding_per_sentence_and_prose_only() -> None:
    units = [Unit("heading", "How is it given?", 2), para("It is given and then it is stored.", 4)]
    assert [(f.rule, f.line) for f in check_passive(units, "en")] == [("passive", 4)]


# --- heading-gap ----------------------------------------------------------------------------------


def test_heading_gap_reports_where_the_run_starts() -> None:
    units = [
        Unit("heading", "About anakinra", 2),
        para(sentence_of(100), 4),
        Unit("cell", sentence_of(100), 6),  # tables do not count
        Unit("item", "a " * 51, 8),
        Unit("heading", "Storage", 10),
        para(sentence_of(150), 12),
    ]
    message = "151 words without a heading (max 150): add a heading"
    assert check_heading_gaps(units, "en") == [RuleFinding("heading-gap", 4, message)]


def test_last_run_is_checked_too() -> None:
    units = [Unit("heading", "Storage", 10), para(sentence_of(151), 12)]
    assert [(f.rule, f.line) for f in check_heading_gaps(units, "en")] == [("heading-gap", 12)]


def test_heading_gap_at_the_first_unit() -> None:
    # line 0 is a valid place: a caller may number units by position instead of by source line
    units = [Unit("summary", sentence_of(100), 0), para(sentence_of(60), 1), Unit("heading", "Why", 2)]
    assert [(f.rule, f.line) for f in check_heading_gaps(units, "en")] == [("heading-gap", 0)]


# --- when-to-call, numbered-steps -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("heading", "lang"),
    [
        ("When to call the clinic", "en"),
        ("Call 911 if", "en"),
        ("Get help right away", "en"),
        ("In an emergency", "en"),
        ("¿Cuándo llamar al médico?", "es"),
        ("Cuando llamar", "es"),
        ("Busque ayuda de inmediato", "es"),
        ("Llame al 911 si", "es"),
        ("When should I call my care team?", "en"),
        ("¿Cuándo debo llamar a mi equipo médico?", "es"),
    ],
)
def test_when_to_call_heading_found(heading: str, lang: str) -> None:
    assert check_when_to_call([Unit("heading", heading, 30)], lang) == []


def test_when_to_call_missing() -> None:
    units = [Unit("heading", "Side effects", 5), para("Call your doctor if you have a fever.", 7)]
    findings = check_when_to_call(units, "en")
    assert [(f.rule, f.line) for f in findings] == [("when-to-call", 1)]
    assert [(f.rule, f.line) for f in check_when_to_call([Unit("heading", "Efectos", 5)], "es")] == [
        ("when-to-call", 1)
    ]


def test_numbered_steps() -> None:
    bullets = [Unit("item", "Wash your hands.", 4), Unit("item", "Inject.", 5)]
    assert check_numbered_steps(bullets, "en") == [
        RuleFinding("numbered-steps", 1, "no numbered steps: give the actions as a numbered list")
    ]
    assert check_numbered_steps([*bullets, Unit("item", "Rest.", 6, ordered=True)], "en") == []


# --- audiences ------------------------------------------------------------------------------------

MESSY = [
    Unit("heading", "Dosing", 2),
    para("Anakinra 100mg is administered SC once daily by the patient at home in the morning with food.", 3),
    para(sentence_of(25), 5),
]


def test_patient_handout_gets_every_rule_sorted_by_line() -> None:
    findings = check_plain_language(MESSY, "en", audience="patient")
    assert [(f.rule, f.line) for f in findings] == [
        ("when-to-call", 1),
        ("numbered-steps", 1),
        ("long-average", 3),
        ("jargon", 3),
        ("abbreviation", 3),
        ("dose-notation", 3),
        ("passive", 3),
        ("long-sentence", 5),
    ]


def test_clinician_handout_gets_abbreviations_and_dose_notation_only() -> None:
    findings = check_plain_language(MESSY, "en", audience="clinician")
    assert [(f.rule, f.line) for f in findings] == [("abbreviation", 3), ("dose-notation", 3)]


def test_unknown_audience_is_refused() -> None:
    with pytest.raises(ValueError, match="caregiver"):
        check_plain_language(MESSY, "en", audience="caregiver")


@pytest.mark.parametrize(("lang", "text", "run"), [
    ("en", "DO NOT FREEZE the syringe.", "DO NOT FREEZE"),
    ("en", "Call 911 IF YOU HAVE trouble breathing.", "IF YOU HAVE"),
    ("en", "WARNING: DO NOT USE it after the date.", "WARNING: DO NOT USE"),
    ("en", "**STOP — DO NOT SHAKE.** Then wait.", "STOP — DO NOT SHAKE"),
    ("es", "¡NO LO CONGELE!", "NO LO CONGELE"),
    ("es", "GUARDE EN EL REFRIGERADOR.", "GUARDE EN EL REFRIGERADOR"),
])  # fmt: skip
def test_three_words_in_capitals_are_shouting(lang: str, text: str, run: str) -> None:
    (finding,) = check_all_caps([para(text)], lang)
    assert finding == RuleFinding("all-caps", 5, f'"{run}" is in capitals, which lose the shape of words and are '
                                  "harder to read (a screen reader may spell them out): write it in small letters, "
                                  "with **bold** for what matters")


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Ask about IL-1 blockers, COVID-19, SARS-CoV-2 and an MRI."),  # abbreviations, each its own spelling
    ("en", "Tell your care team about any NSAID TNF DMARD you take."),  # acronyms side by side
    ("en", "The US FDA EUA says so."),
    ("en", "DO NOT shake it."),  # two words: emphasis, not a line of capitals
    ("en", "Call 911 NOW."),
    ("en", "Read [the label](https://example.org/READ-THE-LABEL-NOW)."),  # an address is not read
    ("es", "La FDA y la EMA lo aprobaron."),
])  # fmt: skip
def test_acronyms_and_a_word_or_two_in_capitals_are_not(lang: str, text: str) -> None:
    assert check_all_caps([para(text)], lang) == []


def test_capitals_are_a_patient_handouts_rule() -> None:
    units = [para("DO NOT FREEZE IT.")]
    assert "all-caps" in rules(check_plain_language(units, "en", audience="patient"))
    assert "all-caps" not in rules(check_plain_language(units, "en", audience="clinician"))


# The quick filters in front of the word rules must never hide a finding: each matches where any
# of the patterns it stands for matches.
_PIECES = st.sampled_from(["SC", "sub-q", "Sub q", "QD", "q.o.d.", "5 U", "5U.", "IU", "UI", "cc", "CC", "5µg", "ug",
                           "d/c", "D/C", "subcutaneous", "subcutáneas", "renal impairment", "efficacies",
                           "administered", "administrarse", "reacciones adversas", "neutropenia", "10mg", ".5 mL",
                           "1.0 mg", "2 mgs", "ml", " ", "a", "(", "-", "x", "\n", ",", "É", "DO", "NOT", "I", "A",
                           "CONGELE", "Ñ"])


@given(st.lists(_PIECES, max_size=12).map("".join))
def test_the_quick_filters_match_wherever_a_pattern_does(text: str) -> None:
    for code, table in (("en", wording._ABBREVIATIONS), ("es", wording._ABBREVIATIONS + wording._ABBREVIATIONS_ES)):
        assert bool(wording._ANY_ABBREVIATION[code].search(text)) == any(p.search(text) for p, _en, _es in table)
    for lang in ("en", "es"):
        terms = load_jargon(lang)
        assert bool(wording._any_term(lang).search(text)) == any(t.pattern.search(text) for t in terms)
        has_dose = any(p.search(text) for p, _message in wording._dose_patterns(lang))
        assert not has_dose or wording._DIGIT.search(text) or (lang == "en" and "ml" in text)
        assert not wording._capital_runs(text, lang) or wording._TWO_CAPITALS.search(text)
