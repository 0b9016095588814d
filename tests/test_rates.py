"""The time a rate is per ("30 mL/min", "{dose} per day") and clinicians' notation the number check
reads: a changed or dropped "per minute" or "per day" is an error; a correct translation in other
notation ("c/6–12 h", "10⁹/L" after no-break spaces, "mL por minuto") passes."""

from __future__ import annotations

from pathlib import Path

import pytest

from edu.checks import Finding, check_catalog, check_message
from edu.poread import read_catalog


def run(src: str, tr: str, lang: str = "es", flags: frozenset[str] = frozenset()) -> list[Finding]:
    return check_message(src, tr, source_lang="en", lang=lang, territory="US", flags=flags)


OK = "; if the translation says it in other words, a reviewer confirms them with edu-ok:period"
NOMID = "NOMID: {nomid_start} per day, up to {nomid_max} per day [1]."
RENAL = "With CrCl < 30 mL/min, give it every other day."


@pytest.mark.parametrize(("lang", "tr", "message"), [
    ("es", "Con ClCr < 30 mL/h, désela en días alternos.",
     '"30 mL/min" in the source is "30 mL/h" in the translation: keep the time a rate is per (write "30 mL/min" or '
     '"30 mL por minuto"; per minute is not per hour)'),
    ("pt", "Com ClCr < 30 mL/h, dê em dias alternados.",
     '"30 mL/min" in the source is "30 mL/h" in the translation: keep the time a rate is per (write "30 mL/min" or '
     '"30 mL por minuto"; per minute is not per hour)'),
    ("fr", "Avec une ClCr < 30 mL/h, donnez-le un jour sur deux.",
     '"30 mL/min" in the source is "30 mL/h" in the translation: keep the time a rate is per (write "30 mL/min" or '
     '"30 mL par minute"; per minute is not per hour)'),
    ("es", "Con ClCr < 30 mL, désela en días alternos.",
     '"30 mL/min" in the source is "30 mL" in the translation: keep the time a rate is per (write "30 mL/min" or '
     '"30 mL por minuto"; without it, "30 mL" reads as one amount, not one per minute)'),
])
def test_a_rate_per_minute_written_per_hour_or_per_nothing_is_an_error(lang: str, tr: str, message: str) -> None:
    """"CrCl < 30 mL/min" as "30 mL/h" passed: only "mL" of the unit was read."""
    assert run(RENAL, tr, lang) == [Finding("period", "error", message + OK)]


@pytest.mark.parametrize(("lang", "tr", "wrote"), [
    ("es", "NOMID: 1–2 mg/kg/día, hasta 8 mg/kg/hora [1].", '"8 mg/kg/hora"'),
    ("es", "NOMID: 1–2 mg/kg/día, hasta 8 mg/kg [1].", '"8 mg/kg"'),
    ("pt", "NOMID: 1–2 mg/kg/dia, até 8 mg/kg [1].", '"8 mg/kg"'),
    ("fr", "NOMID : 1–2 mg/kg/j, jusqu’à 8 mg/kg/h [1].", '"8 mg/kg/h"'),
])
def test_a_dose_per_day_that_loses_or_changes_its_day_is_an_error(lang: str, tr: str, wrote: str) -> None:
    (finding,) = run("NOMID: 1–2 mg/kg/day, up to 8 mg/kg/day [1].", tr, lang)
    assert (finding.code, finding.severity) == ("period", "error")
    assert finding.message.startswith(f'"8 mg/kg/day" in the source is {wrote} in the translation: keep the time')


def test_a_dose_per_day_may_say_its_day_in_any_of_the_usual_ways() -> None:
    src = "NOMID: 1–2 mg/kg/day, up to 8 mg/kg/day [1]."
    for day in ("/día", "/d", " al día", " por día", " diarios"):
        assert run(src, f"NOMID: 1–2 mg/kg{day}, hasta 8 mg/kg{day} [1].") == [], day
        assert [f.code for f in run(src, f"NOMID: 1–2 mg/kg{day}, hasta 8 mg/kg [1].")] == ["period"], day


@pytest.mark.parametrize(("lang", "tr", "write"), [
    ("es", "NOMID: {nomid_start} al día, hasta {nomid_max} [1].", '"{nomid_max}/día" or "{nomid_max} por día"'),
    ("pt", "NOMID: {nomid_start} por dia, até {nomid_max} [1].", '"{nomid_max}/dia" or "{nomid_max} por dia"'),
    ("fr", "NOMID : {nomid_start} par jour, jusqu’à {nomid_max} [1].", '"{nomid_max}/jour" or "{nomid_max} par jour"'),
])
def test_one_of_two_per_day_after_a_fact_left_out_is_an_error(lang: str, tr: str, write: str) -> None:
    """The fact prints "8 mg/kg": without its "per day" the most a day reads as one dose."""
    assert run(NOMID, tr, lang) == [Finding(
        "period", "error", f'"{{nomid_max}} per day" in the source is "{{nomid_max}}" in the translation: keep the '
        f'time a rate is per (write {write}; without it, "{{nomid_max}}" reads as one amount, not one per day){OK}')]


def test_a_reviewer_accepts_a_rate_said_otherwise_with_edu_ok_period(tmp_path: Path) -> None:
    po = tmp_path / "es.po"
    entry = ('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: es\\n"\n\n'
             '{comment}#: content/en/a.md:3\nmsgid "{src}"\nmsgstr "{tr}"\n')
    src = "NOMID: {nomid_start} per day, up to {nomid_max} per day."
    tr = "NOMID: {nomid_start} al día, hasta {nomid_max}."
    po.write_text(entry.format(comment="", src=src, tr=tr), encoding="utf-8")
    assert [(line, f.code) for line, f in check_catalog(read_catalog(po), source_lang="en", lang="es")] == [
        (7, "period")]
    po.write_text(entry.format(comment="# edu-ok:period\n", src=src, tr=tr), encoding="utf-8")
    assert check_catalog(read_catalog(po), source_lang="en", lang="es") == []


PASSING = [
    # a time said elsewhere, as often as the source says it; "a day" of a count (no unit) is no rate
    ("Take 10 mg daily.", "Tome 10 mg una vez al día.", "es"),
    ("Take 10 mg a day.", "Tome diariamente 10 mg.", "es"),
    ("Take two tablets a day.", "Tome dos tabletas diarias.", "es"),
    ("Do not take more than {dose_ra} a day.", "No exceda {dose_ra} al día.", "es"),
    (NOMID, "NOMID: {nomid_start}/día, hasta {nomid_max} diarios [1].", "es"),
    (NOMID, "NOMID: {nomid_start} por dia, até {nomid_max} por dia [1].", "pt"),
    (NOMID, "NOMID : {nomid_start} par jour, jusqu’à {nomid_max}/j [1].", "fr"),
    # no rate: "a la hora de", "al día siguiente"
    ("Take 100 mg at bedtime.", "Tome 100 mg a la hora de acostarse.", "es"),
    ("Take 5 mg the next day.", "Tome 5 mg al día siguiente.", "es"),
    (RENAL, "Con ClCr < 30 mL/minuto, désela en días alternos.", "es"),
]


def test_a_rate_kept_in_other_words_passes_and_one_left_out_does_not() -> None:
    for src, tr, lang in PASSING:
        assert run(src, tr, lang) == [], tr
    assert [f.code for f in run("Take 10 mg/day.", "Tome 10 mg.")] == ["period"]


@pytest.mark.parametrize(("lang", "tr"), [
    ("es", "Con ClCr < 30 mL por minuto, désela en días alternos."),
    ("pt", "Com ClCr < 30 mL por minuto, dê em dias alternados."),
    ("fr", "Avec une ClCr < 30 mL par minute, donnez-le un jour sur deux."),
])
def test_a_short_per_minute_in_words_is_no_period_added(lang: str, tr: str) -> None:
    """"mL/min" as "mL por minuto" was "period minute in the translation is not in the source"."""
    assert run(RENAL, tr, lang) == []


def test_a_per_day_added_after_an_amount_is_an_error() -> None:
    (finding,) = run("Take 8 mg/kg.", "Tome 8 mg/kg/día.")
    assert finding.message.startswith('"8 mg/kg" in the source is "8 mg/kg/día" in the translation: it adds a time')


@pytest.mark.parametrize(("lang", "tr"), [
    ("es", "Umbral: RAN {ci_eu_anc}\u00a0×\u00a010⁹/L [15]."),
    ("es", "Umbral: RAN {ci_eu_anc}\u202f×\u202f10⁹/L [15]."),
    ("pt", "Limiar: CAN {ci_eu_anc}\u00a0×\u00a010⁹/L [15]."),
    ("fr", "Seuil : PNN {ci_eu_anc}\u202f×\u202f10⁹/L [15]."),
])
def test_no_break_spaces_around_a_power_of_ten_after_a_fact_pass(lang: str, tr: str) -> None:
    """Spanish and French typography put no-break spaces around "×": it was "followed by no unit here"."""
    src = "Threshold: ANC {ci_eu_anc} × 10⁹/L [15]."
    assert run(src, tr, lang) == []
    (finding,) = run(src, tr.replace("10⁹/L", "10⁹/mL"), lang)
    assert '"× 10⁹/L" in the source and by "× 10⁹/mL" here' in finding.message


@pytest.mark.parametrize(("src", "tr", "lang"), [
    ("Repeat q6–12h as needed.", "Repita c/6–12h según necesidad.", "es"),
    ("Repeat q6–12h as needed.", "Repita c/6-12 h según necesidad.", "es"),
    ("Repeat q6–12h as needed.", "Repita cada 6 a 12 horas según necesidad.", "es"),
    ("Monitor ANC q3mo.", "Vigilar RAN c/3 meses.", "es"),
    ("Monitor ANC q4wk.", "Vigilar RAN c/4 semanas.", "es"),
    ("Repeat q6h as needed.", "Repita a cada 6 h, se necessário.", "pt"),
    ("Repeat q6–12h as needed.", "Répéter toutes les 6–12 h si besoin.", "fr"),
])
def test_clinicians_every_shorthand_said_in_the_translations_notation_passes(src: str, tr: str, lang: str) -> None:
    """"q6–12h" as "c/6–12h" was "number 6 in the translation is not in the source"."""
    assert run(src, tr, lang) == []


def test_a_changed_interval_in_clinicians_shorthand_is_still_an_error() -> None:
    (finding,) = run("Repeat q6–12h as needed.", "Repita c/8–12h según necesidad.")
    assert finding.message.startswith("number 6 in the source is missing from the translation (found 8)")
    (finding,) = run("Monitor ANC q3mo.", "Vigilar RAN c/4 meses.")
    assert finding.message.startswith("number 3mo in the source is missing from the translation (found 4 meses)")
