"""A build into a folder outside the project (`edu build -o /srv/site/new`, a deploy job's new folder
each time) keeps the verdicts of its checks in the project's own build/, as a build of build/ does:
the entries that passed the blocking checks (.edu-checked.json), each entry's glossary and register
warnings (.edu-warned.json) and the complete localized editions (.edu-localized.json). The next such
build checks, reads and localizes only what was edited since, and says and writes the same as a cold
build. Nothing kept in a folder that is not the project's is trusted; a project that cannot be
written to keeps nothing and says nothing; `--force` uses nothing kept.
"""

from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path

import pytest

from edu import glossary, pipeline
from edu.checked import CHECKED_NAME
from edu.localized import LOCALIZED_NAME
from edu.warned import WARNED_NAME
from helpers import record_calls, run
from test_cli import _denied
from test_glossary import _with_findings, findings
from test_incremental import ES_PO, _count_checks, _count_localized, _replace
from test_web_build_reuse import _files

KEPT = (CHECKED_NAME, WARNED_NAME, LOCALIZED_NAME)


def _spies(monkeypatch: pytest.MonkeyPatch) -> tuple[list[str], list[str], list[str]]:
    """The entries checked, the entries read against the glossary and register, the editions localized."""
    read = record_calls(monkeypatch, glossary.Terminology, "entry", lambda _rules, message: message.id)
    return _count_checks(monkeypatch), read, _count_localized(monkeypatch)


def _build_to(capsys: pytest.CaptureFixture[str], project: Path, out: Path, *args: str) -> tuple[dict[str, bytes],
                                                                                                 list[str]]:
    """The files a build into ``out`` publishes, and its messages (the last line, the time taken, left out)."""
    code, _out, err = run(capsys, project, "build", "--format", "html", "-j", "1", "-o", str(out), *args)
    assert code == 0, err
    return _files(out), err.splitlines()[:-1]


def _clear(*spies: list[str]) -> None:
    for spy in spies:
        spy.clear()


def test_a_second_build_elsewhere_checks_no_entry_again_and_says_the_same(
        project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    _with_findings(project)  # a glossary term and a register warning
    checked, read, localized = _spies(monkeypatch)
    cold = _build_to(capsys, project, tmp_path / "www-1")
    assert len(checked) > 20 and len(read) > 20 and "es/medicine-basics" in localized
    assert findings("\n".join(cold[1]), "term") and findings("\n".join(cold[1]), "register")  # said again
    assert all((project / "build" / name).is_file() for name in KEPT)
    assert not any((tmp_path / "www-1" / name).exists() for name in KEPT)  # kept where the project is
    every = len(checked), len(read), len(localized)
    _clear(checked, read, localized)

    assert _build_to(capsys, project, tmp_path / "www-2") == cold  # the same bytes and messages
    assert (checked, read, localized) == ([], [], [])

    _replace(project / ES_PO, 'msgstr "Limpie la piel."', 'msgstr "Limpie bien la piel."')
    files, said = _build_to(capsys, project, tmp_path / "www-3")
    assert checked == ["Limpie bien la piel."] and read == ["Clean the skin."]
    assert localized == ["es/medicine-basics"]
    assert "Limpie bien la piel." in files["es/medicine-basics.html"].decode()
    _clear(checked, read, localized)
    assert _build_to(capsys, project, tmp_path / "www-4", "--force") == (files, said)  # as a cold build
    assert (len(checked), len(read), len(localized)) == every


def test_an_entry_broken_between_builds_elsewhere_is_rejected(project: Path, tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    _build_to(capsys, project, tmp_path / "www-1")
    _replace(project / ES_PO, 'msgstr "Cada inyección tiene {dose}."', 'msgstr "Cada inyección tiene 200 mg."')
    code, _out, err = run(capsys, project, "build", "--format", "html", "-j", "1", "-o", str(tmp_path / "www-2"))
    assert code == 1
    assert f"{ES_PO.as_posix()}:38: [es] translation rejected: placeholder {{dose}}" in err


def test_verdicts_in_a_folder_that_is_not_the_projects_are_not_trusted(
        project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """A deploy folder (which a web server or another job may write) saying every entry passed is not read."""
    checked, _read, _localized = _spies(monkeypatch)
    _build_to(capsys, project, tmp_path / "www-1")
    every = len(checked)
    (tmp_path / "www-2").mkdir()
    for name in KEPT:
        shutil.move(project / "build" / name, tmp_path / "www-2" / name)
    checked.clear()
    _build_to(capsys, project, tmp_path / "www-2")
    assert len(checked) == every


def test_a_project_build_folder_linked_elsewhere_keeps_nothing(
        project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "elsewhere").mkdir()
    (project / "build").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    checked, _read, _localized = _spies(monkeypatch)
    first = _build_to(capsys, project, tmp_path / "www-1")
    every = len(checked)
    checked.clear()
    assert _build_to(capsys, project, tmp_path / "www-2") == first
    assert len(checked) == every and list((tmp_path / "elsewhere").iterdir()) == []


def test_a_read_only_project_builds_elsewhere_keeping_nothing_and_saying_nothing(
        project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    checked, _read, _localized = _spies(monkeypatch)
    with monkeypatch.context() as denied:
        _denied(denied, project / "build")  # build/ cannot be made, as in a read-only checkout
        files, said = _build_to(capsys, project, tmp_path / "www-1")
    assert not (project / "build").exists()
    every = len(checked)
    checked.clear()
    assert _build_to(capsys, project, tmp_path / "www-2") == (files, said)  # a build that may keep: the same
    assert len(checked) == every


def test_the_pipeline_keeps_nothing_when_there_is_no_folder_of_the_projects(tmp_path: Path) -> None:
    saved: list[Path] = []
    pipeline.keep(None, tmp_path, saved.append)
    assert saved == []


def test_a_project_whose_kept_verdicts_cannot_be_replaced_still_builds_elsewhere_silently(
        project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """build/ holds an earlier build's verdicts but cannot be written now (a checkout made read-only)."""
    _build_to(capsys, project, tmp_path / "www-1")
    before = {name: (project / "build" / name).read_bytes() for name in KEPT}
    _replace(project / ES_PO, 'msgstr "Limpie la piel."', 'msgstr "Limpie bien la piel."')
    replace = os.replace

    def refuse(src: object, dst: object) -> None:
        if Path(str(dst)).parent == project / "build":
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(dst))
        replace(src, dst)  # type: ignore[arg-type]

    with monkeypatch.context() as denied:
        denied.setattr(os, "replace", refuse)
        files, said = _build_to(capsys, project, tmp_path / "www-2")
    assert {name: (project / "build" / name).read_bytes() for name in KEPT} == before
    assert _build_to(capsys, project, tmp_path / "www-3", "--force") == (files, said)
