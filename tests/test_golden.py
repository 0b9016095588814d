"""Golden files: the catalogs and HTML of the tiny library, compared byte for byte.

After an intended change (templates, segmentation, catalog format), regenerate with `make golden`
(EDU_REGENERATE_GOLDEN=1) and review the diff. Regeneration also refreshes the fixture catalogs in
tests/data/project/locale from the current templates, keeping their translations.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest

from conftest import DATA
from helpers import run

GOLDEN = Path(__file__).parent / "golden"
REGENERATE = os.environ.get("EDU_REGENERATE_GOLDEN") == "1"
CATALOGS = ["locale/from-en.pot", "locale/from-es.pot", "locale/es/LC_MESSAGES/from-en.po",
            "locale/en/LC_MESSAGES/from-es.po"]
PAGES = ["es/medicine-basics.html", "en/caso-breve.html", "bilingual/medicine-basics.html", "es/index.html",
         "es/404.html"]


def _compare(actual: Path, golden: Path) -> None:
    if REGENERATE:
        golden.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(actual, golden)
        return
    assert golden.is_file(), f"missing golden file {golden}: run `make golden`"
    assert actual.read_text(encoding="utf-8") == golden.read_text(encoding="utf-8"), (
        f"{actual.name} differs from {golden}; if the change is intended, run `make golden` and review the diff")


def test_fixture_catalogs_are_up_to_date(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The committed fixture catalogs are what `edu update` makes from the fixture and the templates."""
    if REGENERATE:
        assert run(capsys, project, "update")[0] == 0
        for rel in CATALOGS:
            shutil.copyfile(project / rel, DATA / "project" / rel)
    code, _out, err = run(capsys, project, "update", "--check")
    assert code == 0, f"{err}\nthe templates changed: run `make golden` (then translate new words in the fixture)"
    for rel in CATALOGS:
        _compare(project / rel, GOLDEN / rel)


def test_rendered_html_matches_golden(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys, project, "build", "--format", "html", "--format", "bilingual", "-j", "1")
    assert code == 0, err
    for rel in PAGES:
        _compare(project / "build" / rel, GOLDEN / rel)
    # the stylesheet every web page links (its name is a digest of its bytes)
    [href] = re.findall(r'<link rel="stylesheet" href="\.\./(assets/edu\.[0-9a-f]{12}\.css)">',
                        (project / "build/es/medicine-basics.html").read_text(encoding="utf-8"))
    _compare(project / "build" / href, GOLDEN / "assets/edu.css")
