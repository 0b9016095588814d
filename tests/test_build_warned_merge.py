"""Two builds of different languages at once, into folders elsewhere, both keep their glossary's and
register's findings in the project's build/ (.edu-warned.json): the one that saved last replaced
the other's with what the file held when it started, and the next build read those entries again."""

from __future__ import annotations

from pathlib import Path

import pytest

from edu.warned import WarnedEntries
from test_glossary import _entries_read, _warnings, _with_findings, edit
from test_incremental import _build


def test_two_builds_of_other_languages_at_once_keep_both_their_findings(
        project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _with_findings(project)
    first = _warnings(capsys, project)
    edit(project, 'msgstr "Limpie la piel."', 'msgstr "Limpie bien la piel."')  # a Spanish entry
    edit(project, 'msgstr "Case report"', 'msgstr "A case report"', "locale/en/LC_MESSAGES/from-es.po")  # an English

    read = WarnedEntries.read
    builds: list[str] = []

    def spanish_reads_then_english_builds(out: Path, stamp: str) -> WarnedEntries:
        found = read(out, stamp)
        if not builds:  # the Spanish build has read the file: the English build runs, start to end
            builds.append("en")
            assert not _build(project, languages=("en",), formats=("html",), jobs=1, out=tmp_path / "www-en").problems
        return found

    monkeypatch.setattr(WarnedEntries, "read", spanish_reads_then_english_builds)
    spanish = _build(project, languages=("es",), formats=("html",), jobs=1, out=tmp_path / "www-es")
    assert builds == ["en"] and not spanish.problems
    monkeypatch.undo()
    seen = _entries_read(monkeypatch)
    assert _warnings(capsys, project) == first
    assert seen == []  # the findings of both builds' entries were kept
