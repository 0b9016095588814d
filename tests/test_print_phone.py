"""One place on paper to write the care team's phone: a patient sheet whose log has a "My care
team's phone" cell prints no second write-in line under its title (docs/authoring.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import pdf_text, run

PHONE_LOG = "\n\n| My dose | My care team's phone |\n|---|---|\n|   |   |\n"
FILLED_TABLE = "\n\n| My dose | My care team's phone |\n|---|---|\n| 1 shot | ask us |\n"


def build_en_pdf(project: Path, capsys: pytest.CaptureFixture[str]) -> str:
    code, _out, err = run(capsys, project, "build", "-l", "en", "--format", "pdf")
    assert code == 0, err
    return pdf_text(project / "build" / "en" / "medicine-basics.pdf")


def test_a_sheet_with_a_phone_cell_in_its_log_prints_no_second_line_to_write_the_phone(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The shot record printed "My care team's phone: ____" under its title and again as a cell of
    its own log: two places to write one number. Only a log (a table with an empty cell) is such a
    place: a table with every cell written keeps the line."""
    handout = project / "content" / "en" / "medicine-basics.md"
    text = handout.read_text(encoding="utf-8")
    handout.write_text(text + FILLED_TABLE, encoding="utf-8")
    assert build_en_pdf(project, capsys).count("My care team's phone:") == 1  # no clinic phone: the line
    handout.write_text(text + PHONE_LOG, encoding="utf-8")
    printed = build_en_pdf(project, capsys)
    assert "My care team's phone:" not in printed, printed
    assert printed.count("My care team's phone") == 1, printed  # the log's cell, the one place to write it
