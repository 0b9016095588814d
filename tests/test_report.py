"""`edu report`: build/report.html shows readability against target, coverage and every open problem."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from helpers import run


def test_report_shows_every_edition_target_and_problem(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    po = project / "locale/es/LC_MESSAGES/from-en.po"
    text = po.read_text(encoding="utf-8")
    po.write_text(text.replace('msgid "Clean the skin."', '#, fuzzy\nmsgid "Clean the skin."'), encoding="utf-8")
    code, out, err = run(capsys, project, "report")
    assert code == 0, err
    assert out.strip() == "wrote build/report.html"
    html = (project / "build/report.html").read_text(encoding="utf-8")
    for handout, lang in [("medicine-basics", "en"), ("medicine-basics", "es"), ("caso-breve", "en"),
                          ("caso-breve", "es")]:
        assert f"{handout}</a><br>" in html or f"<td>{handout}<br>" in html
        assert (f'id="p-{handout}-{lang}"' in html) == (f'href="#p-{handout}-{lang}"' in html)  # links only to lists
    assert "Flesch-Kincaid grade ≤ 6: met" in html
    assert re.search(r"INFLESZ \d+\.\d \(bastante fácil\)", html)
    assert "14/15 translated, 1 fuzzy" in html
    assert re.search(r"<code>locale/es/LC_MESSAGES/from-en.po:\d+</code> error: .*\[fuzzy\]", html)
    assert '[when-to-call]' in html  # the fixture handout has no "when to call" section
    assert re.search(r"\d+ editions · <span class=\"bad\">1 error</span> · \d+ warnings?</p>", html)


def test_report_is_dated_the_day_it_is_made(project: Path, capsys: pytest.CaptureFixture[str],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """[tool.edu] source_date_epoch keeps .pot headers stable; it must not backdate the report."""
    import datetime as dt

    assert "source_date_epoch = 1763596800" in (project / "pyproject.toml").read_text(encoding="utf-8")
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    before = dt.datetime.now(dt.UTC).date()
    run(capsys, project, "report")
    after = dt.datetime.now(dt.UTC).date()
    html = (project / "build/report.html").read_text(encoding="utf-8")
    assert f"generated {before.isoformat()}" in html or f"generated {after.isoformat()}" in html
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # reproducible builds: the date asked for
    run(capsys, project, "report")
    assert "generated 2023-11-14" in (project / "build/report.html").read_text(encoding="utf-8")


def test_report_opens_from_disk_without_network(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, project, "report")
    html = (project / "build/report.html").read_text(encoding="utf-8")
    assert "<script" not in html
    assert not re.search(r'(?:src|href)="(?:https?:)?//', html)
    assert "<svg" in html  # the charts are inline


def test_report_is_not_written_among_someone_elses_files(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "build").mkdir()
    (project / "build/setup.log").write_text("a Python build's log\n", encoding="utf-8")
    code, _out, err = run(capsys, project, "report")
    assert (code, err.strip()) == (2, "edu: build/: the folder holds files edu did not write (setup.log); choose a "
                                   "new or empty folder (a build replaces and removes its own files there)")
    assert [p.name for p in (project / "build").iterdir()] == ["setup.log"]


def test_every_link_of_the_report_leads_somewhere_and_a_stale_entry_counts_for_its_handout(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Handout names linked to problem lists that editions without problems do not have; a sentence
    not yet in the catalog was listed "Not tied to one handout" while its row said "none"."""
    handout = project / "content/en/medicine-basics.md"
    handout.write_text(handout.read_text(encoding="utf-8").replace("Clean the skin.", "Clean the skin well."),
                       encoding="utf-8")
    assert run(capsys, project, "report")[0] == 0
    html = (project / "build/report.html").read_text(encoding="utf-8")
    ids = set(re.findall(r'id="([^"]+)"', html))
    assert all(target in ids for target in re.findall(r'href="#([^"]+)"', html))
    section = html.split('id="p-medicine-basics-es"')[1].split("<h3")[0]
    assert "[stale]" in section and "Clean the skin well." in section
