"""Clinical sign-off, sentence by sentence: `edu signoff` records a digest of each sentence of the
handout with its line (`sentences: DIGEST@LINE …`), so that `[unreviewed-change]` quotes the sentence
that changed in a paragraph of several, at its own line, says on which line a removed sentence was
when signed, and `edu report`'s review table names the changed sentences too. A record written
before (one digest per segment, `segments`, or none) still reads and says what it said."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest

from helpers import run
from test_signoff_sentences import HANDOUT, RECORD, SINCE, TAIL, _changed, _replace
from test_signoff_sentences import _signed as _signed_again

ADDED = SINCE.replace("version 2", "version 3")  # signed off with a paragraph added (its version raised)
# A paragraph of four sentences over three lines (32-34), after the fixture's last line (30)
PARAGRAPH = ("\nKeep the pen in the fridge. Take it out before the\nshot. Do not warm it in hot water. Throw away a "
             "pen\nthat was frozen.\n")
# content/signoff.yaml's record of the fixture's handout as edu wrote it before sentences: one digest
# per segment (`edu signoff content/en/medicine-basics.md --by "Dr. Ruiz" --date 2026-11-20 --renew`)
BEFORE = """medicine-basics:
  by: Dr. Ruiz
  facts:
    dose: 100 mg
    isr: 71%
  reviewed: 2026-11-20
  segments: f3338024 d5cd3368 4720fa92 8ac250ca f100fa76 55f4c787 26c6eb06 74564b2f c49ec358 ec621d1d b66fa6ca \
b7bd4576 d1edb754 643d4f14 2c48a590
  text: 4b139498b553e429
  version: 2
"""


def _signed(project: Path, capsys: pytest.CaptureFixture[str], paragraph: str = "") -> Path:
    """The fixture's handout (with ``paragraph`` added, in the catalogs too) signed off with this edu."""
    handout = project / HANDOUT
    if paragraph:
        handout.write_text(handout.read_text(encoding="utf-8") + paragraph, encoding="utf-8")
        assert run(capsys, project, "update")[0] == 0
    return _signed_again(project, capsys)


def _record_before(project: Path) -> None:
    """The fixture's handout signed off by edu before sentences (its other record kept as shipped)."""
    path = project / RECORD
    text = path.read_text(encoding="utf-8")
    path.write_text(text[: text.index("medicine-basics:\n")] + BEFORE, encoding="utf-8")


def test_the_changed_sentence_of_a_paragraph_is_quoted_at_its_line(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The third sentence of a paragraph: its own words and line, not the paragraph's first 60 characters."""
    handout = _signed(project, capsys, PARAGRAPH)
    _replace(handout, "Do not warm it in hot water.", "Do not warm it in hot or boiling water.")
    assert _changed(project, capsys) == [
        f'{HANDOUT}:33: warning: 1 sentence changed {ADDED}line 33 "Do not warm it in hot or boiling water." '
        f"(new or changed); {TAIL}"]


def test_a_sentence_on_the_next_line_of_a_warning_box_is_quoted_at_it(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The words are counted along the box's lines without their "> " marks."""
    handout = project / HANDOUT
    _replace(handout, "> Do not shake the syringe.", "> Do not shake the syringe. Do not\n> freeze it. Keep it cold.")
    assert run(capsys, project, "update")[0] == 0
    _signed(project, capsys)
    _replace(handout, "Keep it cold.", "Keep it in the fridge.")
    assert _changed(project, capsys) == [
        f'{HANDOUT}:29: warning: 1 sentence changed {ADDED}line 29 "Keep it in the fridge." (new or changed); {TAIL}']


def test_a_sentence_of_a_paragraph_removed_says_its_line(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    handout = _signed(project, capsys, PARAGRAPH)
    _replace(handout, " Do not warm it in hot water.", "")
    assert _changed(project, capsys) == [
        f"{HANDOUT}:6: warning: 1 sentence removed (was on line 33 when signed) {ADDED}{TAIL}"]


def test_many_removed_sentences_give_their_first_lines_each_once(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Three steps and a table row of two cells removed: five sentences, on four lines when signed."""
    handout = _signed(project, capsys)
    _replace(handout, "1. Wash your hands.\n2. Clean the skin.\n3. Give the shot.\n\n", "")
    _replace(handout, "| Blood test | Before the first dose |\n", "")
    assert _changed(project, capsys) == [
        f"{HANDOUT}:6: warning: 5 sentences removed (were on lines 19, 20, 21 and 1 more when signed) {SINCE}{TAIL}"]


def test_a_paragraph_reflowed_or_cut_between_sentences_changes_no_sentence(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """No false warning: reflowed, the paragraph is no change; cut in two between its sentences, the
    text changed (its layout) but no sentence did."""
    handout = _signed(project, capsys, PARAGRAPH)
    _replace(handout, "before the\nshot.", "before\nthe shot.")
    assert _changed(project, capsys) == []
    _replace(handout, "the shot. Do not", "the shot.\n\nDo not")
    assert _changed(project, capsys) == [f"{HANDOUT}:6: warning: its text changed {ADDED}{TAIL}"]


def test_a_title_and_an_abbreviation_cut_no_sentence(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """"Dr. Ruiz" ends no sentence: an edit after it quotes the whole sentence, from its start."""
    handout = _signed(project, capsys, "\nAsk Dr. Ruiz about the pen. Keep it cold.\n")
    _replace(handout, "Ask Dr. Ruiz about the pen.", "Ask Dr. Ruiz about the new pen.")
    assert _changed(project, capsys) == [
        f'{HANDOUT}:32: warning: 1 sentence changed {ADDED}line 32 "Ask Dr. Ruiz about the new pen." '
        f"(new or changed); {TAIL}"]


def test_the_record_keeps_each_sentence_with_its_line(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _signed(project, capsys, PARAGRAPH)
    record = (project / RECORD).read_text(encoding="utf-8")
    line = next(row for row in record.splitlines() if row.startswith("  sentences: "))
    lines = [int(item.split("@")[1]) for item in line.split()[1:]]
    assert lines == [2, 3, 11, 12, 14, 17, 17, 19, 20, 21, 23, 23, 25, 25, 28, 30, 32, 32, 33, 33]
    assert "segments" not in record


def test_a_record_of_segments_still_says_what_it_said(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A record written before sentences: a changed segment quoted, a removed one counted (no line)."""
    _record_before(project)
    handout = project / HANDOUT
    said = f'{HANDOUT}:19: warning: 1 sentence changed {SINCE}line 19 "Wash your hands with soap." (new or changed); '
    _replace(handout, "1. Wash your hands.", "1. Wash your hands with soap.")
    assert _changed(project, capsys) == [said + TAIL]
    _replace(handout, "2. Clean the skin.\n", "")
    assert _changed(project, capsys) == [f"{said}1 removed; {TAIL}"]


def test_signing_off_a_record_of_segments_writes_sentences(project: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    _record_before(project)
    other = (project / RECORD).read_text(encoding="utf-8").split("medicine-basics:\n")[0]
    _signed(project, capsys)
    record = (project / RECORD).read_text(encoding="utf-8")
    assert "\n  sentences: f3338024@2 d5cd3368@3 " in record and "segments" not in record
    assert other.split("caso-breve:\n")[1] in record  # the other handout's record kept as it was


def test_a_malformed_sentences_line_is_a_located_error(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _signed(project, capsys)
    _replace(project / RECORD, "f3338024@2 ", "f3338024 ")
    code, _out, err = run(capsys, project, "check")
    line = (project / RECORD).read_text(encoding="utf-8").splitlines().index(
        next(row for row in (project / RECORD).read_text(encoding="utf-8").splitlines()
             if row.startswith("  sentences: "))) + 1
    assert code == 1
    assert (f"{RECORD}:{line}: error: medicine-basics: sentences is not a list of DIGEST@LINE (this file is written "
            "by `edu signoff`: take it back from git, or sign the handout off again) [signoff]") in err.splitlines()


def test_the_report_names_the_changed_sentences_in_the_review_table(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The review table says what changed as the warning does: the Spanish sentence marked Spanish,
    its & escaped."""
    code, _out, err = run(capsys, project, "signoff", "content/es/caso-breve.md", "--by", "Dr. Ruiz", "--date",
                          "2026-11-20", "--renew")
    assert code == 0, err
    _replace(project / "content/es/caso-breve.md", "¿Mejoró? Sí.", "¿Mejoró? Sí, en 2 & 3 semanas.")
    assert run(capsys, project, "report")[0] == 0
    data = (project / "build/report.html").read_bytes()
    page = lxml.html.fromstring(data)
    row = next(tr for tr in page.iterfind(".//table[@class='reviews']//tr") if "caso-breve" in tr.text_content())
    cell = row.findall("td")[5]
    assert cell.text_content() == (
        'Sign-offsigned off by Dr. Ruiz on 2026-11-20 (version 1); changed since: not signed off: 1 sentence changed: '
        'line 12 "Sí, en 2 & 3 semanas." (new or changed)')
    assert [(s.get("lang"), s.text_content()) for s in cell.iterfind(".//span[@lang]")] == [
        ("es", "Sí, en 2 & 3 semanas.")]
    assert "Sí, en 2 &amp; 3 semanas." in data.decode("utf-8")
    other = next(tr for tr in page.iterfind(".//table[@class='reviews']//tr") if "medicine-basics" in tr.text_content())
    assert other.findall("td")[5].text_content().endswith("(version 2)")  # unchanged: nothing more said


def test_the_report_says_a_removed_sentence_in_the_review_table(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    handout = _signed(project, capsys, PARAGRAPH)
    _replace(handout, " Do not warm it in hot water.", "")
    assert run(capsys, project, "report")[0] == 0
    page = lxml.html.fromstring((project / "build/report.html").read_bytes())
    row = next(tr for tr in page.iterfind(".//table[@class='reviews']//tr") if "medicine-basics" in tr.text_content())
    assert row.findall("td")[5].text_content().endswith(
        "changed since: not signed off: 1 sentence removed (was on line 33 when signed)")
