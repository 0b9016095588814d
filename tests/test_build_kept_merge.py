"""Builds of different languages into folders elsewhere (`edu build -l es -o A`, `edu build -l en -o B`,
a deploy job's) keep what their checks found in the project's build/ (.edu-checked.json,
.edu-localized.json, .edu-warned.json) without losing each other's: a build that ran while another
saved keeps the other's entries too, and the next build checks, reads and localizes nothing again.
What the files keep stays bounded: entries no build sees any more are dropped by the next build.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from edu import pipeline
from edu.checked import CHECKED_NAME
from edu.keptmerge import merged, save_merged
from edu.localized import LOCALIZED_NAME, LocalizedEditions
from edu.warned import WARNED_NAME
from test_glossary import _with_findings, edit
from test_incremental import ES_PO, _build, _replace
from test_outside_checks import _build_to, _clear, _spies

EN_PO = "locale/en/LC_MESSAGES/from-es.po"
KEPT = (CHECKED_NAME, LOCALIZED_NAME, WARNED_NAME)


def _kept(project: Path) -> dict[str, object]:
    return {name: json.loads((project / "build" / name).read_text(encoding="utf-8")) for name in KEPT}


def test_builds_of_one_language_then_the_other_leave_a_full_build_nothing_to_check(
        project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    _with_findings(project)
    checked, read, localized = _spies(monkeypatch)
    _replace(project / ES_PO, 'msgstr "Limpie la piel."', 'msgstr "Limpie bien la piel."')
    _build_to(capsys, project, tmp_path / "www-es", "-l", "es")
    edit(project, 'msgstr "Case report"', 'msgstr "A case report"', EN_PO)
    _build_to(capsys, project, tmp_path / "www-en", "-l", "en")
    assert "A case report" in checked and "en/caso-breve" in localized
    _clear(checked, read, localized)
    _build_to(capsys, project, tmp_path / "www")
    assert (checked, read, localized) == ([], [], [])


def _then(monkeypatch: pytest.MonkeyPatch, owner: object, name: str, other: Callable[[], None]) -> Callable[[], None]:
    """The next build runs ``other`` (an edit and another build, start to end) once its call of
    ``owner.name`` returned: returns an undo, to call once it is done."""
    first, ran = getattr(owner, name), []

    def then_the_other(*args: Any, **kwargs: Any) -> Any:
        found = first(*args, **kwargs)
        if not ran:
            ran.append(True)
            other()
        return found

    monkeypatch.setattr(owner, name, then_the_other)
    return lambda: monkeypatch.setattr(owner, name, first)


def _while_reading(monkeypatch: pytest.MonkeyPatch, other: Callable[[], None]) -> Callable[[], None]:
    """``other`` runs once the next build has read its catalogs and the files it keeps
    (.edu-localized.json last), so that it saves after the other."""
    return _then(monkeypatch, LocalizedEditions, "read", other)


def _while_loading(monkeypatch: pytest.MonkeyPatch, other: Callable[[], None]) -> Callable[[], None]:
    """``other`` runs once the next build has loaded its catalogs (when the files it keeps were read
    after them, the other's entries were in them as read, and dropped as stale)."""
    return _then(monkeypatch, pipeline, "load_project", other)


@pytest.mark.parametrize("while_", [_while_reading, _while_loading])
def test_a_build_that_ran_while_another_saved_keeps_the_other_builds_entries(
        project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        while_: Callable[[pytest.MonkeyPatch, Callable[[], None]], Callable[[], None]]) -> None:
    _with_findings(project)
    _build_to(capsys, project, tmp_path / "www-0")
    checked, read, localized = _spies(monkeypatch)
    _replace(project / ES_PO, 'msgstr "Limpie la piel."', 'msgstr "Limpie bien la piel."')

    def english_edited_and_built() -> None:
        edit(project, 'msgstr "Case report"', 'msgstr "A case report"', EN_PO)
        _build_to(capsys, project, tmp_path / "www-en", "-l", "en")

    undo = while_(monkeypatch, english_edited_and_built)
    _build_to(capsys, project, tmp_path / "www-es", "-l", "es")  # saves last, as it read the English catalog
    undo()
    assert "A case report" in checked and "en/caso-breve" in localized  # the English build ran
    _clear(checked, read, localized)
    files, said = _build_to(capsys, project, tmp_path / "www")
    assert (checked, read, localized) == ([], [], [])  # the English build's entries were kept
    assert "A case report" in files["en/caso-breve.html"].decode()

    kept = _kept(project)  # the entry as the Spanish build read it is dropped: as a build alone keeps
    _build_to(capsys, project, tmp_path / "www-force", "--force")
    assert _kept(project) == kept
    assert (_build_to(capsys, project, tmp_path / "www-again")) == (files, said)


def test_two_builds_of_the_same_language_at_once_keep_both_their_entries(
        project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    _with_findings(project)
    _build_to(capsys, project, tmp_path / "www-0")
    checked, read, localized = _spies(monkeypatch)
    _replace(project / ES_PO, 'msgstr "No agite la jeringa."', 'msgstr "No agite nunca la jeringa."')

    def preview_of_another_edit() -> None:
        _replace(project / ES_PO, 'msgstr "Limpie la piel."', 'msgstr "Limpie bien la piel."')
        _build_to(capsys, project, tmp_path / "preview", "-l", "es")

    undo = _while_reading(monkeypatch, preview_of_another_edit)
    _build_to(capsys, project, tmp_path / "deploy", "-l", "es")  # saves last, as it read the catalog
    undo()
    assert "Limpie bien la piel." in checked  # the preview ran
    _clear(checked, read, localized)
    files, _said = _build_to(capsys, project, tmp_path / "www")
    assert (checked, read, localized) == ([], [], [])  # the preview's entries were kept
    assert "Limpie bien la piel." in files["es/medicine-basics.html"].decode()


def test_the_entries_of_a_deleted_handout_are_dropped(project: Path, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    _with_findings(project)
    _build_to(capsys, project, tmp_path / "www-1")
    before = _kept(project)
    (project / "content/es/caso-breve.md").unlink()
    _build_to(capsys, project, tmp_path / "www-2")
    after = _kept(project)
    assert len(after[LOCALIZED_NAME]["editions"]) == len(before[LOCALIZED_NAME]["editions"]) - 2  # type: ignore[index]
    assert len(after[CHECKED_NAME]["passed"]) < len(before[CHECKED_NAME]["passed"])  # type: ignore[index]
    _build(project, formats=("html",), force=True)  # a build that read nothing kept: the same
    assert _kept(project) == after


def test_what_another_build_saved_meanwhile_is_kept_and_what_this_one_read_is_replaced(tmp_path: Path) -> None:
    before = {"a": 1, "b": 2}  # the file as this build read it
    now = {"a": 1, "c": 3}  # another build saved since: c is its, b no build sees any more
    assert merged(before, now, {"a": 1, "d": 4}) == {"a": 1, "c": 3, "d": 4}
    written: list[dict[str, int]] = []
    save_merged(before, {"a": 1, "d": 4}, lambda: now, written.append)
    assert written == [{"a": 1, "c": 3, "d": 4}]
    save_merged(None, {"a": 1, "d": 4}, lambda: now, written.append)  # --force: read nothing, keeps its own
    assert written[1:] == [{"a": 1, "d": 4}]


def test_a_build_with_nothing_new_does_not_read_the_file_again() -> None:
    def reread() -> dict[str, int]:
        raise AssertionError("read again")

    save_merged({"a": 1}, {"a": 1}, reread, lambda kept: None)
    save_merged({"a": 1}, {"a": 1}, lambda: {"a": 1}, lambda kept: pytest.fail("written"))
