"""Clinical sign-off, which sentences changed: `edu signoff` records a short digest of each segment
of the handout (`segments`), and `[unreviewed-change]` then quotes the sentences new, changed or
moved since, each with its line, and counts the ones removed, so that a clinician asked to review a
change reads the change, not the whole handout again. A record written before (`segments` absent)
says what it always said."""

from __future__ import annotations

import json
from pathlib import Path

import lxml.html
import pytest

from helpers import run

HANDOUT = "content/en/medicine-basics.md"
RECORD = "content/signoff.yaml"
SINCE = "since it was signed off on 2026-11-20 (version 2, by Dr. Ruiz): "
TAIL = ("every edition now prints the change under the old version line, marked as changed since that review; "
        f"have it reviewed, then run `edu signoff {HANDOUT} --by NAME` [unreviewed-change]")


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (old, path)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _signed(project: Path, capsys: pytest.CaptureFixture[str], target: str = HANDOUT) -> Path:
    """The fixture's handout signed off again with this edu (its record then has `segments`)."""
    code, _out, err = run(capsys, project, "signoff", target, "--by", "Dr. Ruiz", "--date", "2026-11-20", "--renew")
    assert code == 0, err
    return project / HANDOUT


def _changed(project: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    _code, _out, err = run(capsys, project, "check")  # (an error too: the new entries are not in the catalogs)
    return [line for line in err.splitlines() if line.endswith("[unreviewed-change]")]


def test_an_edited_sentence_is_quoted_at_its_line(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    handout = _signed(project, capsys)
    assert "\n  sentences: " in (project / RECORD).read_text(encoding="utf-8")
    _replace(handout, "1. Wash your hands.", "1. Wash your hands with soap.")
    assert _changed(project, capsys) == [
        f'{HANDOUT}:19: warning: 1 sentence changed {SINCE}line 19 "Wash your hands with soap." (new or changed); '
        f"{TAIL}"]
    _code, out, _err = run(capsys, project, "check", "--format", "json")
    found = [p for e in json.loads(out)["editions"] for p in e["problems"] if p["code"] == "unreviewed-change"]
    assert [(p["path"], p["line"]) for p in found] == [(HANDOUT, 19)]


def test_an_added_sentence_is_new(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    handout = _signed(project, capsys)
    _replace(handout, "3. Give the shot.\n", "3. Give the shot.\n4. Put the used syringe in a sharps box.\n")
    assert _changed(project, capsys) == [
        f'{HANDOUT}:22: warning: 1 sentence changed {SINCE}line 22 "Put the used syringe in a sharps box." '
        f"(new or changed); {TAIL}"]


def test_a_removed_sentence_is_counted_at_the_reviewed_line(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A digest keeps no words to quote: a removed sentence is counted, at the `reviewed:` line, with
    the line it had when signed."""
    handout = _signed(project, capsys)
    _replace(handout, "2. Clean the skin.\n", "")
    assert _changed(project, capsys) == [
        f"{HANDOUT}:6: warning: 1 sentence removed (was on line 20 when signed) {SINCE}{TAIL}"]


def test_an_edit_and_a_removal_are_told_apart(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    handout = _signed(project, capsys)
    _replace(handout, "> Do not shake the syringe.", "> Do not shake or drop the syringe.")
    _replace(handout, "| Blood test | Before the first dose |\n", "")
    assert _changed(project, capsys) == [
        f'{HANDOUT}:27: warning: 1 sentence changed {SINCE}line 27 "Do not shake or drop the syringe." '
        f"(new or changed); 2 removed (were on line 25 when signed); {TAIL}"]


def test_many_changes_are_capped_and_a_long_sentence_is_quoted_short(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    handout = _signed(project, capsys)
    _replace(handout, "Give one shot each day. About", "Give one shot each day, at the same time. About")
    for old, new in (("Wash your hands.", "Wash your hands well."), ("Clean the skin.", "Clean the skin well."),
                     ("Give the shot.", "Give the shot slowly.")):
        _replace(handout, old, new)
    assert _changed(project, capsys) == [
        f'{HANDOUT}:17: warning: 4 sentences changed {SINCE}line 17 "Give one shot each day, at the same time." '
        '(new or changed), line 19 "Wash your hands well." (new or changed), line 20 '
        f'"Clean the skin well." (new or changed) and 1 more; {TAIL}']


def test_steps_in_another_order_are_said_moved(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The words were reviewed, their place was not: a moved sentence is listed, as moved."""
    handout = _signed(project, capsys)
    _replace(handout, "1. Wash your hands.\n2. Clean the skin.", "1. Clean the skin.\n2. Wash your hands.")
    assert _changed(project, capsys) == [
        f'{HANDOUT}:19: warning: 1 sentence changed {SINCE}line 19 "Clean the skin." (moved); {TAIL}']


def test_a_sentence_moved_into_a_warning_box_is_changed(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    handout = _signed(project, capsys)
    _replace(handout, "Read the [label](https://example.org/label).", "")
    _replace(handout, "> Do not shake the syringe.", "> Do not shake the syringe.\n>\n> Read the "
                                                     "[label](https://example.org/label).")
    assert _changed(project, capsys) == [
        f'{HANDOUT}:30: warning: 1 sentence changed {SINCE}line 30 "Read the [label](https://example.org/label)." '
        f"(new or changed); {TAIL}"]


def test_a_changed_fact_and_sentence_are_both_said(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    handout = _signed(project, capsys)
    _replace(project / "content/facts.yaml", "value: 100", "value: 150")
    _replace(handout, "1. Wash your hands.", "1. Wash your hands with soap.")
    assert _changed(project, capsys) == [
        f"{HANDOUT}:19: warning: content/facts.yaml changed {{dose}} from 100 mg to 150 mg and 1 sentence changed "
        f'{SINCE}line 19 "Wash your hands with soap." (new or changed); {TAIL}']


def test_a_record_written_before_segments_says_what_it_said(project: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    """The shipped content/signoff.yaml, and every record before this edu, has no `segments`."""
    assert "segments" not in (project / RECORD).read_text(encoding="utf-8")
    _replace(project / HANDOUT, "1. Wash your hands.", "1. Wash your hands with soap.")
    assert _changed(project, capsys) == [
        f"{HANDOUT}:6: warning: its text changed since it was signed off on 2026-11-20 (version 2, by Dr. Test "
        f"Reviewer): {TAIL}"]


def test_the_record_is_written_the_same_byte_for_byte(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Signed off again with nothing changed, the file is byte-identical; a record of another handout
    written before segments is kept as it was (no `segments` made up for it)."""
    _signed(project, capsys)
    record = (project / RECORD).read_bytes()
    other = record.decode("utf-8").split("\ncaso-breve:\n")[1].split("\nmedicine-basics:\n")[0]
    assert "sentences" not in other and "text: 6a31e4fdb8b3c819" in other
    lines = [line for line in record.decode("utf-8").splitlines() if line.startswith("  sentences: ")]
    assert len(lines) == 1 and len(lines[0].split()) == 1 + 16  # title, summary, 13 body segments, one of 2 sentences
    _signed(project, capsys)
    assert (project / RECORD).read_bytes() == record


def test_the_report_quotes_the_changed_sentences_in_their_language(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`edu report` lists the warning with the handout's problems; a Spanish sentence is marked Spanish."""
    _signed(project, capsys, "content/es/caso-breve.md")
    _replace(project / "content/es/caso-breve.md", "Aprobado el {approved}.", "Aprobado en la UE el {approved}.")
    assert run(capsys, project, "report")[0] == 0
    page = lxml.html.fromstring((project / "build/report.html").read_bytes())
    found = [li for li in page.iter("li") if li.text_content().endswith("[unreviewed-change]")]
    assert len(found) == 1
    assert 'line 15 "Aprobado en la UE el {approved}." (new or changed)' in found[0].text_content()
    assert found[0].findtext("code") == "content/es/caso-breve.md:15"
    assert [(s.get("lang"), s.text_content()) for s in found[0].iterfind(".//span[@lang]")] == [
        ("es", "Aprobado en la UE el {approved}.")]


def test_a_copy_of_a_reviewed_sentence_added_elsewhere_is_new(project: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    """Its words were reviewed in one place only: a second "Wash your hands." is new, not moved."""
    handout = _signed(project, capsys)
    _replace(handout, "3. Give the shot.\n", "3. Give the shot.\n4. Wash your hands.\n")
    assert _changed(project, capsys) == [
        f'{HANDOUT}:22: warning: 1 sentence changed {SINCE}line 22 "Wash your hands." (new or changed); {TAIL}']


def test_signoff_says_how_many_sentences_it_signs_off(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The line `edu signoff` prints counts the sentences too; from a record before them, "its text"."""
    _replace(project / HANDOUT, "1. Wash your hands.", "1. Wash your hands with soap.")
    assert run(capsys, project, "update")[0] == 0
    code, out, err = run(capsys, project, "signoff", HANDOUT, "--by", "Dr. Ruiz", "--date", "2026-11-21")
    assert (code, out) == (0, f"{HANDOUT}: signed off by Dr. Ruiz on 2026-11-21 (version 2 -> 3: its text "
                              "changed)\n"), err
    _replace(project / HANDOUT, "2. Clean the skin.", "2. Clean the skin with alcohol.")
    _replace(project / HANDOUT, "3. Give the shot.\n", "")
    assert run(capsys, project, "update")[0] == 0
    code, out, err = run(capsys, project, "signoff", HANDOUT, "--by", "Dr. Ruiz", "--date", "2026-11-22")
    assert (code, out) == (0, f"{HANDOUT}: signed off by Dr. Ruiz on 2026-11-22 (version 3 -> 4: 1 sentence "
                              "changed)\n"), err
