"""A build into a folder outside the project cuts a font (about 0.3 s) without holding the lock of
the project's build/: a build of build/ starting meanwhile does not wait for it. The cut is kept
there for the next such build all the same, written under the lock."""

from __future__ import annotations

import fcntl
import os
from pathlib import Path

import pytest

from edu import webfonts
from test_incremental import ES_PO, _replace
from test_outside_checks import _build_to
from test_outside_keep_lock import _kept


def _free(lock: Path) -> bool:
    """Whether a build of build/ could take its lock now."""
    fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    finally:
        os.close(fd)  # (closing drops a lock it took)
    return True


def test_a_build_elsewhere_cuts_a_font_with_build_free_and_keeps_the_cut(
        project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    # a letter Atkinson Hyperlegible lacks: the web pages load Noto Sans, cut down to it
    _replace(project / ES_PO, 'msgstr "Lávese las manos."', 'msgstr "Lávese las manos (IL-1β)."')
    (project / "build").mkdir()
    lock, cut, seen = project / "build/.edu-lock", webfonts._woff2, []

    def watched(data: bytes, chars: str) -> bytes:
        seen.append(_free(lock))
        return cut(data, chars)

    monkeypatch.setattr(webfonts, "_woff2", watched)
    files, _said = _build_to(capsys, project, tmp_path / "www-1")
    assert any(name.startswith("assets/fonts/NotoSans-") for name in files)
    assert seen and all(seen), seen
    assert webfonts.KEPT_FONTS in _kept(project)
    seen.clear()
    again, _said = _build_to(capsys, project, tmp_path / "www-2")
    assert again == files and not seen  # the kept cut, read
