"""A build into a folder outside the project keeps its checks' verdicts in the project's build/
under build/'s lock, so a build of build/ running at the same time keeps its own; and it removes the
verdicts an older edu left in its own folder."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from edu.checked import CHECKED_NAME
from edu.lock import BuildLock, keeping
from edu.templating import TEMPLATE_CODE
from helpers import run
from test_incremental import ES_PO, _replace
from test_outside_checks import KEPT, _build_to


def _kept(project: Path) -> dict[str, bytes]:
    return {name: (project / "build" / name).read_bytes() for name in KEPT}


def test_a_build_elsewhere_leaves_the_verdicts_of_a_build_of_build_running_meanwhile(
        project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cold = _build_to(capsys, project, tmp_path / "www-1")
    before = _kept(project)
    _replace(project / ES_PO, 'msgstr "Lávese las manos."', 'msgstr "Lávese bien las manos."')  # new verdicts
    with BuildLock(project / "build"):  # a build of build/ is running
        during = _build_to(capsys, project, tmp_path / "www-2")
    assert _kept(project) == before  # its verdicts are not replaced under it
    assert during[1] == cold[1]  # and nothing is said of it
    assert "bien" in (tmp_path / "www-2/es/medicine-basics.html").read_text(encoding="utf-8")
    _build_to(capsys, project, tmp_path / "www-3")
    assert _kept(project) != before  # once it is done, a build elsewhere keeps its verdicts again


def test_a_build_of_build_waits_for_a_build_elsewhere_keeping_its_verdicts(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The hold is a few milliseconds: the build of build/ that starts then waits, it does not fail."""
    started, released = threading.Event(), threading.Event()

    def hold() -> None:
        with keeping(project / "build") as held:
            assert held
            started.set()
            time.sleep(0.5)
        released.set()

    thread = threading.Thread(target=hold)
    thread.start()
    started.wait()
    code, _out, err = run(capsys, project, "build", "--format", "html")
    thread.join()
    assert code == 0, err
    assert released.is_set()


def test_a_build_elsewhere_does_not_hold_the_lock_of_a_build_of_build(project: Path) -> None:
    with BuildLock(project / "build"), keeping(project / "build") as held:
        assert not held


def test_what_an_older_edu_kept_in_a_folder_elsewhere_is_removed_silently(
        project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "www"
    _build_to(capsys, project, out)
    old = (*KEPT, TEMPLATE_CODE)
    for name in old:  # as an older edu left them
        (out / name).write_text("{}", encoding="utf-8")
    (out / ".edu-checked.json.bak").write_text("someone's", encoding="utf-8")  # not edu's name: stays
    _replace(project / ES_PO, 'msgstr "Lávese las manos."', 'msgstr "Lávese bien las manos."')
    _files, said = _build_to(capsys, project, out)
    assert not [name for name in old if (out / name).exists()]
    assert (out / ".edu-checked.json.bak").read_text(encoding="utf-8") == "someone's"
    assert not [line for line in said if ".edu-" in line]
    assert all((project / "build" / name).is_file() for name in KEPT)  # the project's build/ keeps its own


def test_an_old_kept_file_that_cannot_be_removed_is_said(project: Path, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "www"
    _build_to(capsys, project, out)
    (out / CHECKED_NAME).mkdir()  # not a file: unlink fails
    (out / CHECKED_NAME / "x").write_text("x", encoding="utf-8")
    _replace(project / ES_PO, 'msgstr "Lávese las manos."', 'msgstr "Lávese bien las manos."')
    _files, said = _build_to(capsys, project, out)
    assert [line for line in said if CHECKED_NAME in line] == [
        f"edu: warning: {out / CHECKED_NAME}: cannot remove this file an older edu kept for the next build: "
        "Is a directory"], said
