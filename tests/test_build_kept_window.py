"""A build reads the verdicts it keeps (.edu-checked.json, .edu-localized.json, .edu-warned.json)
before its catalogs: another build that edits a catalog and saves while this one loads its own keeps
its entries, and the next build checks and localizes nothing again (they were dropped as stale when
the files were read after the catalogs)."""

from __future__ import annotations

from pathlib import Path

import pytest

import edu.pipeline
from test_build_kept_merge import EN_PO
from test_glossary import _with_findings, edit
from test_incremental import ES_PO, _replace
from test_outside_checks import _build_to, _clear, _spies


def test_a_build_saved_while_this_one_loads_its_catalogs_keeps_its_entries(
        project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    _with_findings(project)
    _build_to(capsys, project, tmp_path / "www-0")
    checked, read, localized = _spies(monkeypatch)
    _replace(project / ES_PO, 'msgstr "Limpie la piel."', 'msgstr "Limpie bien la piel."')
    first, ran = edu.pipeline.load_project, []

    def load_then_the_other(*args: object, **kwargs: object) -> object:
        project_loaded = first(*args, **kwargs)  # type: ignore[arg-type]
        if not ran:  # the English catalog edited and built once this build has loaded its catalogs
            ran.append(True)
            edit(project, 'msgstr "Case report"', 'msgstr "A case report"', EN_PO)
            _build_to(capsys, project, tmp_path / "www-en", "-l", "en")
        return project_loaded

    monkeypatch.setattr(edu.pipeline, "load_project", load_then_the_other)
    _build_to(capsys, project, tmp_path / "www-es", "-l", "es")  # saves last, with the English catalog it loaded
    monkeypatch.setattr(edu.pipeline, "load_project", first)
    assert "A case report" in checked and "en/caso-breve" in localized  # the English build ran
    _clear(checked, read, localized)
    files, _said = _build_to(capsys, project, tmp_path / "www")
    assert (checked, read, localized) == ([], [], [])  # the English build's entries were kept
    assert "A case report" in files["en/caso-breve.html"].decode()
