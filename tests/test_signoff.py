"""Clinical sign-off: `edu signoff` records who reviewed each handout in content/signoff.yaml (tracked
in git), and `edu check`, `edu report` and `edu build` (a fresh clone or build folder too) warn of a
handout whose facts or text changed since, until a clinician signs it off again."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import lxml.html
import pytest

from helpers import TODAY, run

HANDOUT = "content/en/medicine-basics.md"
RECORD = "content/signoff.yaml"
FIX = "have it reviewed, then run `edu signoff content/en/medicine-basics.md --by NAME` [unreviewed-change]"
CHANGED_DOSE = ("content/en/medicine-basics.md:6: warning: content/facts.yaml changed {dose} from 100 mg to 150 mg "
                "since it was signed off on 2026-11-20 (version 2, by Dr. Test Reviewer): every edition now prints "
                f"the change under the old version line, marked as changed since that review; {FIX}")


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (old, path)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _files(project: Path) -> dict[str, bytes]:
    return {p.relative_to(project).as_posix(): p.read_bytes() for p in (project / "content").rglob("*") if p.is_file()}


def _clean(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The fixture without its other warnings (a phone to call, a when-to-call section, the
    organization's Spanish name, the facts no handout prints), so that `edu check --strict` passes
    before the change a test makes."""
    facts = project / "content/facts.yaml"
    entries = re.split(r"(?m)^(?=[a-z])", facts.read_text(encoding="utf-8"))
    facts.write_text("".join(e for e in entries if not e.startswith(("volume:", "half_life:", "crcl:"))),
                     encoding="utf-8")
    _replace(project / "pyproject.toml", 'organization = "Test Clinic Library"',
             'organization = { en = "Test Clinic Library", es = "Biblioteca de la clínica de prueba" }')
    with (project / "pyproject.toml").open("a", encoding="utf-8") as settings:
        settings.write('\n[tool.edu.clinic]\nname = "North Clinic"\nphone = "555-0100"\n')
    with (project / HANDOUT).open("a", encoding="utf-8") as handout:
        handout.write("\n## When should I call my care team?\n\nCall if the red spot grows.\n")
    assert run(capsys, project, "update")[0] == 0
    po = project / "locale/es/LC_MESSAGES/from-en.po"
    _replace(po, 'msgid "When should I call my care team?"\nmsgstr ""',
             'msgid "When should I call my care team?"\nmsgstr "¿Cuándo debo llamar a mi equipo de atención?"')
    _replace(po, 'msgid "Call if the red spot grows."\nmsgstr ""',
             'msgid "Call if the red spot grows."\nmsgstr "Llame si la mancha roja crece."')


def _warned(err: str, code: str) -> list[str]:
    return [line for line in err.splitlines() if line.endswith(f"[{code}]")]


def test_a_changed_fact_is_warned_of_by_check_and_a_fresh_build_folder_and_fails_strict(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A pharmacist's probe: a fact changed in facts.yaml was warned of only by a build in a folder
    that had seen the old value; `edu check`, `--strict`, CI and a fresh clone saw nothing."""
    code, _out, err = run(capsys, project, "check", "--strict")
    assert code == 1 and not _warned(err, "unreviewed-change")  # (the fixture's own when-to-call warning)
    _replace(project / "content/facts.yaml", "value: 100", "value: 150")
    code, _out, err = run(capsys, project, "check")
    assert (code, _warned(err, "unreviewed-change")) == (0, [CHANGED_DOSE]), err
    code, out, _err = run(capsys, project, "check", "--format", "json")
    found = [p for e in json.loads(out)["editions"] for p in e["problems"] if p["code"] == "unreviewed-change"]
    assert [(p["path"], p["line"], p["severity"]) for p in found] == [(HANDOUT, 6, "warning")]
    shutil.rmtree(project / "build", ignore_errors=True)
    code, _out, err = run(capsys, project, "build", "-o", str(project / "fresh"), "--format", "html")
    assert (code, _warned(err, "unreviewed-change")) == (0, [CHANGED_DOSE]), err
    _clean(project, capsys)  # --strict fails on it, and on nothing else
    assert run(capsys, project, "signoff", HANDOUT, "--by", "Dr. Ruiz")[0] == 0
    code, _out, err = run(capsys, project, "check", "--strict")
    assert code == 0, err
    _replace(project / "content/facts.yaml", "value: 150", "value: 120")
    code, _out, err = run(capsys, project, "check", "--strict")
    assert code == 1 and len(_warned(err, "unreviewed-change")) == 1, err
    assert "changed {dose} from 150 mg to 120 mg since it was signed off on" in err


def test_a_changed_sentence_fails_strict_and_a_reflowed_paragraph_does_not(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A changed English sentence republished under the old "Version 2 · Last reviewed" line with no
    warning. Reflowing a paragraph (its line breaks) says nothing new and is no change."""
    _clean(project, capsys)
    assert run(capsys, project, "signoff", HANDOUT, "--by", "Dr. Ruiz", "--date", "2026-11-20")[0] == 0
    assert run(capsys, project, "check", "--strict")[0] == 0
    _replace(project / HANDOUT, "Give one shot each day. About", "Give one shot each day.\n   About")
    code, _out, err = run(capsys, project, "check", "--strict")
    assert (code, _warned(err, "unreviewed-change")) == (0, []), err
    _replace(project / HANDOUT, "1. Wash your hands.\n2. Clean the skin.", "1. Clean the skin.\n2. Wash your hands.")
    code, _out, err = run(capsys, project, "check", "--strict")  # the steps in another order: every entry translated
    assert (code, _warned(err, "unreviewed-change"), err.splitlines()[-1]) == (1, [
        "content/en/medicine-basics.md:20: warning: 1 sentence changed since it was signed off on 2026-11-20 "
        '(version 3, by Dr. Ruiz): line 20 "Clean the skin." (moved); every edition now prints the change under the '
        f"old version line, marked as changed since that review; {FIX}"],
        "edu check: 0 errors, 1 warning (--strict: warnings fail)"), err


def test_signoff_raises_the_version_sets_the_date_and_records_the_reviewer(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Only the `version:` and `reviewed:` lines change, byte for byte; the version is raised only
    when something changed; a second sign-off of an unchanged handout writes nothing."""
    handout = project / HANDOUT
    handout.write_bytes(handout.read_bytes().replace(b"reviewed: 2026-11-20\n", b"reviewed: '2026-11-20'  # y\r\n"))
    before = handout.read_bytes()
    _replace(project / "content/facts.yaml", "value: 100", "value: 150")
    code, out, err = run(capsys, project, "signoff", HANDOUT, "--by", "  Dr. Ana  Ruiz ", "--date", "2026-12-01")
    assert (code, out) == (0, "content/en/medicine-basics.md: signed off by Dr. Ana Ruiz on 2026-12-01 (version 2 -> 3:"
                              " content/facts.yaml changed {dose} from 100 mg to 150 mg)\n"), err
    assert "commit content/signoff.yaml" in err
    assert handout.read_bytes() == before.replace(b"reviewed: '2026-11-20'  # y\r\nversion: 2\n",
                                                  b"reviewed: 2026-12-01  # y\r\nversion: 3\n")
    record = (project / RECORD).read_text(encoding="utf-8")
    assert ("medicine-basics:\n  by: Dr. Ana Ruiz\n  facts:\n    dose: 150 mg\n    isr: 71%\n  reviewed: 2026-12-01\n"
            "  sentences: f3338024@2 d5cd3368@3 4720fa92@11 8ac250ca@12 f100fa76@14 acc5244f@17 994b1bc5@17 "
            "26c6eb06@19 74564b2f@20 c49ec358@21 ec621d1d@23 b66fa6ca@23 b7bd4576@25 d1edb754@25 643d4f14@28 "
            "2c48a590@30\n  text: 4b139498b553e429\n  version: 3\n") in record
    assert "caso-breve:\n  by: Dr. Test Reviewer\n" in record  # the other handout's record is kept
    files = _files(project)
    code, out, _err = run(capsys, project, "signoff", "medicine-basics", "--by", "Dr. Lee")
    assert (code, out) == (0, "content/en/medicine-basics.md: nothing changed since its sign-off on 2026-12-01 by "
                              "Dr. Ana Ruiz (version 3): nothing recorded (a review that changed nothing: add --renew "
                              "to record its date)\n")
    assert _files(project) == files
    code, out, _err = run(capsys, project, "signoff", "medicine-basics", "--by", "Dr. Lee", "--renew")
    assert (code, out) == (0, f"content/en/medicine-basics.md: signed off by Dr. Lee on {TODAY.isoformat()} "
                              "(version 3: reviewed again, nothing changed since 2026-12-01)\n")
    assert f"reviewed: {TODAY.isoformat()}  # y\r\nversion: 3\n".encode() in handout.read_bytes()
    code, _out, err = run(capsys, project, "check")
    assert not [line for line in err.splitlines() if "signoff" in line or "unreviewed" in line], err


@pytest.mark.parametrize(("date", "error"), [
    ("2999-01-01", f"--date 2999-01-01 is after today ({TODAY.isoformat()}): a sign-off records a review that has "
                   "happened"),
    ("2026-11-19", "--date 2026-11-19 is before its last sign-off (2026-11-20 by Dr. Test Reviewer, "
                   "content/signoff.yaml:15): a review cannot come before the one it follows"),
])
def test_signoff_refuses_a_date_in_the_future_or_before_the_last_signoff(
        project: Path, capsys: pytest.CaptureFixture[str], date: str, error: str) -> None:
    """A typo'd year printed "Last reviewed June 1, 2027"; a date moved backwards silenced the warning."""
    _replace(project / "content/facts.yaml", "value: 100", "value: 150")
    files = _files(project)
    code, out, err = run(capsys, project, "signoff", HANDOUT, "caso-breve", "--by", "Dr. Ruiz", "--date", date)
    assert (code, out) == (1, "")
    assert err.splitlines()[0] == f"content/en/medicine-basics.md:6: {error}", err
    assert _files(project) == files  # nothing written, not even caso-breve's


def test_signoff_refuses_an_unknown_handout_an_empty_name_and_a_handout_with_errors(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = _files(project)
    assert run(capsys, project, "signoff", "medicine-basic", "--by", "Dr. Ruiz")[1:] == (
        "", "medicine-basic: no such handout: give its file (content/<language>/<slug>.md) or its slug\n")
    assert run(capsys, project, "signoff", HANDOUT, "--by", " ") == (
        1, "", "edu signoff: --by is empty: give the name of the clinician who reviewed the handouts\n")
    _replace(project / HANDOUT, "Each shot has {dose}.", "Each shot has {dosis}.")
    files = _files(project)
    code, out, err = run(capsys, project, "signoff", HANDOUT, "--by", "Dr. Ruiz")
    assert (code, out) == (1, "")
    assert err.startswith("content/en/medicine-basics.md:12: not signed off: unknown fact {dosis}"), err
    assert err.rstrip().endswith("fix what `edu check` says first"), err
    assert _files(project) == files


def test_front_matter_that_disagrees_with_the_record_and_a_review_in_the_future_are_warned_of(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A `version:` raised by hand, or a `reviewed:` date moved, is no sign-off; a date after today
    is printed as "Last reviewed" on a day that has not come."""
    _replace(project / HANDOUT, "reviewed: 2026-11-20", "reviewed: 2999-06-01")
    _replace(project / HANDOUT, "version: 2", "version: 3")
    code, _out, err = run(capsys, project, "check")
    assert _warned(err, "reviewed-future") == [
        f"content/en/medicine-basics.md:6: warning: reviewed: 2999-06-01 is after today ({TODAY.isoformat()}): every "
        "edition prints a review that has not happened yet (a mistyped year?) [reviewed-future]"]
    assert _warned(err, "signoff-mismatch") == [
        "content/en/medicine-basics.md:7: warning: the front matter says version 3, reviewed 2999-06-01, but "
        "content/signoff.yaml says it was signed off at version 2, reviewed 2026-11-20 by Dr. Test Reviewer: a "
        "sign-off is recorded by `edu signoff content/en/medicine-basics.md --by NAME`, which sets both "
        "[signoff-mismatch]"]
    (project / RECORD).unlink()  # a fresh project, or one from before edu signoff
    code, _out, err = run(capsys, project, "build", "--format", "html")
    assert code == 0 and _warned(err, "unsigned") == [
        "content/en/medicine-basics.md:6: warning: no clinical sign-off recorded in content/signoff.yaml: have a "
        "clinician review it, then run `edu signoff content/en/medicine-basics.md --by NAME` [unsigned]",
        "content/es/caso-breve.md:6: warning: no clinical sign-off recorded in content/signoff.yaml: have a "
        "clinician review it, then run `edu signoff content/es/caso-breve.md --by NAME` [unsigned]"], err


def test_the_report_names_the_reviewer_and_a_handout_changed_since(project: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    _replace(project / "content/facts.yaml", "value: 100", "value: 150")
    assert run(capsys, project, "report")[0] == 0
    page = lxml.html.fromstring((project / "build/report.html").read_bytes())
    def cell(td: lxml.html.HtmlElement) -> str:
        return " ".join(td.text_content().removeprefix(td.xpath("string(span[@class='cell-label'])")).split())

    rows = {cell(tr[0]): cell(tr[5]) for tr in page.xpath("//table[@class='reviews']/tbody/tr")}
    assert rows == {
        "content/en/medicine-basics.md": "signed off by Dr. Test Reviewer on 2026-11-20 (version 2); changed since: "
                                         "not signed off: content/facts.yaml changed {dose} from 100 mg to 150 mg",
        "content/es/caso-breve.md": "signed off by Dr. Test Reviewer on 2026-11-18 (version 1)"}
    problems = " ".join(page.xpath("string(//h2[@id='problems']/following-sibling::ul[1])").split())
    assert "content/facts.yaml changed {dose} from 100 mg to 150 mg since it was signed off" in problems


def test_handouts_signed_off_together_each_have_their_date_written_out(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Three handouts signed off at once shared one date object, which PyYAML wrote as an anchor and
    aliases (`reviewed: *id001`): the audit trail showed no date, and the next sign-off of one handout
    rewrote the others' lines."""
    code, _out, err = run(capsys, project, "signoff", "--all", "--renew", "--by", "Dr. Lee", "--date", "2026-12-01")
    assert code == 0, err
    record = (project / RECORD).read_text(encoding="utf-8")
    assert record.count("  reviewed: 2026-12-01\n") == 2 and "&" not in record and "*" not in record, record


def test_what_only_translators_see_is_no_change_of_the_text(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An i18n-context (as `edu update`'s [reused] advises) or i18n-skip, or a cell of citations no
    longer a catalog entry, had every such handout "changed since it was signed off"."""
    _replace(project / HANDOUT, "Give one shot each day.", "<!-- i18n-context: daily -->\nGive one shot each day.")
    _replace(project / HANDOUT, "1. Wash your hands.", "<!-- i18n-skip -->\n1. Wash your hands.")
    _code, _out, err = run(capsys, project, "check")
    assert _warned(err, "unreviewed-change") == [], err
