"""The shipped side-by-side editions with room to spare: a translation a line longer than today's
must not take a page more. Read from the PDF's page texts (pypdf)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import REPO
from test_print_layout import page_texts

LEAD_IN = 'msgstr "Llame enseguida a su equipo médico si tiene:"'
# the same instruction, worded at more length: two lines of a side-by-side column, not one
LONGER = 'msgstr "Llame enseguida a su equipo médico si usted tiene alguna de las señales de esta lista:"'


@pytest.fixture(scope="module")
def longer(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The side-by-side editions on Letter, the Spanish lead-in of "When should I call my care team?"
    a line longer (on page 2 of the shot record, above its "Get help right away" box)."""
    from edu.cli import main  # a module fixture has no capsys: call the CLI directly

    root = tmp_path_factory.mktemp("longer") / "library"
    for name in ("content", "locale", "templates"):
        shutil.copytree(REPO / name, root / name)
    shutil.copyfile(REPO / "pyproject.toml", root / "pyproject.toml")
    catalog = root / "locale" / "es" / "LC_MESSAGES" / "from-en.po"
    text = catalog.read_text(encoding="utf-8")
    assert text.count(LEAD_IN) == 1
    catalog.write_text(text.replace(LEAD_IN, LONGER), encoding="utf-8")
    assert main(["-C", str(root), "build", "--format", "bilingual", "-j", "2", "-q"]) == 0
    return root / "build" / "bilingual"


def test_the_side_by_side_shot_record_keeps_three_pages_with_a_translation_a_line_longer(longer: Path) -> None:
    """Its 3 pages on Letter rested on about 9 pt to spare at the foot of page 2, under the "Get help
    right away" box (about 145 pt, kept whole): a Spanish lead-in of two lines instead of one sent the
    box to page 3 and the status and sources to a page 4. Its header row and its rows' last lines
    take a little less room: the box still ends page 2, and the edition keeps its 3 pages."""
    pages = page_texts(longer / "anakinra-shot-record.pdf")
    assert "alguna de las señales de esta lista:" in pages[1], pages[1]
    assert "Pida ayuda enseguida" in pages[1] and "médico se lo permita." in pages[1], pages[1]
    assert "Sources / Fuentes" in pages[2], pages[2]
    assert len(pages) == 3
