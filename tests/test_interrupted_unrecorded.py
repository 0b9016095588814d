"""A build killed (SIGKILL, the out-of-memory killer, a power cut of the container) once a new
file was in place but before the manifest recorded it: the file was no build's, and stayed when
its handout was deleted (an old dose's page, served and printed). Each file no record describes is
now said in the manifest's journal before it is written; the next build makes it again or removes it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from edu.manifest import JOURNAL_NAME, Manifest
from test_incremental import _build, _missing_links

NEW = "content/en/new-medicine.md"
FILES = {"html": ["en/new-medicine.html"], "pdf": ["en/new-medicine.pdf", "en/new-medicine-large.pdf"]}


def _killed_before_the_manifest_is_saved(project: Path, formats: tuple[str, ...]) -> None:
    """Build ``project``, leaving its folder as a SIGKILL just before the manifest is saved would:
    every file in place, none of this build's recorded (a PDF's record, appended to the journal
    as it arrives, not yet either)."""
    from edu.folder import BuildFolder

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(BuildFolder, "save", lambda self: None)
        patch.setattr(Manifest, "journal", lambda self, out, target: None)
        _build(project, formats=formats, jobs=1)


@pytest.mark.parametrize("fmt", ["html", "pdf"])
def test_a_file_a_killed_build_wrote_goes_with_its_handout(project: Path, fmt: str) -> None:
    out = project / "build"
    assert not _build(project, formats=(fmt,), jobs=1).problems
    shutil.copy(project / "content/en/medicine-basics.md", project / NEW)
    _killed_before_the_manifest_is_saved(project, (fmt,))
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("new-medicine*"))
    assert set(written) >= set(FILES[fmt]), written
    (project / NEW).unlink()  # the handout is deleted before the next build
    again = _build(project, formats=(fmt,), jobs=1)
    assert sorted(again.removed) == written, again.removed
    assert not list(out.rglob("new-medicine*"))
    assert not (out / JOURNAL_NAME).exists() and _missing_links(out) == []


def test_a_file_a_killed_build_wrote_is_made_again_by_the_next(project: Path) -> None:
    """Its inputs are not known: the next build makes it again (the same bytes), and says it new."""
    out = project / "build"
    assert not _build(project, formats=("html",), jobs=1).problems
    shutil.copy(project / "content/en/medicine-basics.md", project / NEW)
    _killed_before_the_manifest_is_saved(project, ("html",))
    made = (out / FILES["html"][0]).read_bytes()
    again = _build(project, formats=("html",), jobs=1)
    assert FILES["html"][0] in again.written
    assert (out / FILES["html"][0]).read_bytes() == made
    assert _build(project, formats=("html",), jobs=1).written == []  # then it is known: nothing to do


def test_a_complete_build_leaves_no_journal(project: Path) -> None:
    out = project / "build"
    assert not _build(project, jobs=1).problems
    assert not (out / JOURNAL_NAME).exists()
