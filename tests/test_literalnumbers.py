"""A clinical number typed as digits in a handout ("Give 50 mg") is not a fact: it can drift between
languages and a change to it never reaches the other editions. `edu check` says so at its line, in
the source language only; the library itself writes every clinical number as a fact."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import run

HANDOUT = "content/en/medicine-basics.md"
TYPED = """
## What else?

Give 50 mg the first day, then use 0.5 mL for 7 days.
Store it at 36 °F, and take ½ tsp of water.
"""
NOT_CLINICAL = """
## Anything else?

Call 911 or 555-0100 at 8:30 a.m. in the 2nd week of 2026 [1]. About 7 in 10 people had COVID-19 or
an IL-1 problem, and 3 of them needed help.

1. Step one.
"""


def _literal(err: str) -> list[str]:
    return [x for x in err.splitlines() if x.endswith("[literal-number]")]


def test_a_number_with_a_unit_typed_in_a_handout_is_named_at_its_line(project: Path,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    handout = project / HANDOUT
    handout.write_text(handout.read_text(encoding="utf-8") + TYPED + NOT_CLINICAL, encoding="utf-8")
    lines = handout.read_text(encoding="utf-8").splitlines()
    first, second = lines.index("Give 50 mg the first day, then use 0.5 mL for 7 days.") + 1, lines.index(
        "Store it at 36 °F, and take ½ tsp of water.") + 1
    err = run(capsys, project, "check")[2]
    fix = ("source: …}) and {name} here, so it cannot drift between languages and a change reaches every edition "
           "[literal-number]")
    assert _literal(err) == [
        f'{HANDOUT}:{first}: warning: "50 mg" is a clinical number typed as digits: write it once as a fact in '
        f"content/facts.yaml (name: {{value: 50, unit: mass-milligram, {fix}",
        f'{HANDOUT}:{first}: warning: "0.5 mL" is a clinical number typed as digits: write it once as a fact in '
        f"content/facts.yaml (name: {{value: 0.5, unit: volume-milliliter, {fix}",
        f'{HANDOUT}:{first}: warning: "7 days" is a clinical number typed as digits: write it once as a fact in '
        f"content/facts.yaml (name: {{value: 7, unit: duration-day, {fix}",
        f'{HANDOUT}:{second}: warning: "36 °F" is a clinical number typed as digits: write it once as a fact in '
        f"content/facts.yaml (name: {{value: 36, unit: temperature-fahrenheit, {fix}",
        f'{HANDOUT}:{second}: warning: "½ tsp" is a clinical number typed as digits: write it once as a fact in '
        f"content/facts.yaml (name: {{value: 0.5, unit: volume-teaspoon, {fix}"], err
    assert not [x for x in err.splitlines() if " error: " in x and "[stale]" not in x], err  # warnings


CLINICIAN = """
## Dosing

NOMID: 1.5–2 mg/kg/day, up to 8 mg/kg/day [1]. Then 1.0 mg.
Do not start if ANC < 1.5 × 10⁹/L or ALT ≥ 3 × ULN.
"""


def test_a_clinicians_range_rate_threshold_and_trailing_zero_are_suggested_as_facts_write_them(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A clinical pharmacist's notation: a range was two warnings ("1", "2 mg/kg") suggesting two
    facts, a rate lost its "/day", "1.0 mg" was suggested as value: 1.0 (itself warned about), and a
    threshold scaled by 10⁹/L or the upper limit of normal got no warning at all."""
    handout = project / HANDOUT
    handout.write_text(handout.read_text(encoding="utf-8") + CLINICIAN, encoding="utf-8")
    lines = handout.read_text(encoding="utf-8").splitlines()
    first = lines.index("NOMID: 1.5–2 mg/kg/day, up to 8 mg/kg/day [1]. Then 1.0 mg.") + 1
    second = first + 1
    err = run(capsys, project, "check")[2]
    told = [(x.split(": warning: ")[0], x.split(" is a clinical")[0].split(": warning: ")[1],
             x.split("content/facts.yaml (name: ")[1].split(") and")[0], x.split(") and ")[1].split(" here")[0])
            for x in _literal(err)]
    assert told == [
        (f"{HANDOUT}:{first}", '"1.5–2 mg/kg"',
         "{value: [1.5, 2], unit: mass-milligram, per: mass-kilogram, source: …}", "{name}/day"),
        (f"{HANDOUT}:{first}", '"8 mg/kg"', "{value: 8, unit: mass-milligram, per: mass-kilogram, source: …}",
         "{name}/day"),
        (f"{HANDOUT}:{first}", '"1.0 mg"', "{value: 1, unit: mass-milligram, source: …}", "{name}"),
        (f"{HANDOUT}:{second}", '"1.5 × 10⁹/L"', "{value: 1.5, qualifier: lt, source: …}", "{name} × 10⁹/L"),
        (f"{HANDOUT}:{second}", '"3 × ULN"', "{value: 3, qualifier: ge, source: …}", "{name} × ULN"),
    ], err


def test_a_handout_written_in_spanish_is_judged_and_a_translation_never(project: Path,
                                                                        capsys: pytest.CaptureFixture[str]) -> None:
    """A translation copies the source's digits (the number check compares them): not its to fix.
    Read with the project's marks (es_US, as this one's territory is US: 2.5)."""
    handout = project / "content/es/caso-breve.md"
    handout.write_text(handout.read_text(encoding="utf-8") + "\nTome 2.5 mg durante 10 días.\n", encoding="utf-8")
    line = len(handout.read_text(encoding="utf-8").splitlines())
    err = run(capsys, project, "check")[2]
    assert [x.split(" is a clinical")[0] for x in _literal(err)] == [
        f'content/es/caso-breve.md:{line}: warning: "2.5 mg"', f'content/es/caso-breve.md:{line}: warning: "10 días"']
    handout.write_text(handout.read_text(encoding="utf-8") + "\nO tome 2,5 mg.\n", encoding="utf-8")
    err = run(capsys, project, "check")[2]  # a decimal comma in a US Spanish handout: "2" and "5 mg" to a reader
    assert [x for x in _literal(err) if x.startswith(f"content/es/caso-breve.md:{line + 2}:")] == [
        f'content/es/caso-breve.md:{line + 2}: warning: "2,5 mg" is a clinical number typed as digits: write it '
        "once as a fact in content/facts.yaml (name: {value: 2.5, unit: mass-milligram, source: …}) and {name} here, "
        "so it cannot drift between languages and a change reaches every edition (and es_US writes decimals with a "
        "period (0.5) and thousands with a comma (1,000)) [literal-number]"], err
    po = project / "locale/es/LC_MESSAGES/from-en.po"
    po.write_text(po.read_text(encoding="utf-8").replace('msgstr "Limpie la piel."', 'msgstr "Limpie 5 cm de piel."'),
                  encoding="utf-8")
    assert not [x for x in _literal(run(capsys, project, "check")[2]) if x.startswith("locale/")]


def test_the_library_writes_every_clinical_number_as_a_fact(shipped: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys, shipped, "check")
    assert code == 0 and not _literal(err), err
