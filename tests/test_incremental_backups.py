"""An editor's files beside the templates (vim's swap file, Emacs's autosave, a backup) are no input
of a build: saving a template in an editor made every page and PDF again, and so did the swap file
going away when the editor closed."""

from __future__ import annotations

from pathlib import Path

import pytest

from edu.fingerprint import files_digest, folder_files, input_files
from test_incremental import _build

ASIDE = (".handout.html.swp", "#handout.html#", "handout.html~", ".#handout.html", ".git/config")


@pytest.mark.parametrize("name", ASIDE)
def test_an_editors_file_in_templates_changes_no_digest_of_web_pages_or_pdfs(project: Path, name: str) -> None:
    """(A PDF is made from the files its page read: printtemplates.py.)"""
    templates = project / "templates"
    before = files_digest(templates, folder_files(templates))
    path = templates / name
    path.parent.mkdir(exist_ok=True)
    path.write_text("half an edit {% include 'x' ~ y %}\n", encoding="utf-8")
    assert files_digest(templates, folder_files(templates)) == before
    assert path not in input_files(project)


def test_a_build_after_a_template_opened_in_an_editor_has_nothing_to_do(project: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """Not even to render the pages again to find them the same: the last build's report is replayed."""
    assert not _build(project, jobs=1).problems
    templates = project / "templates"
    for name in ASIDE[:3]:
        (templates / name).write_text("b0VIM 9.0\n", encoding="utf-8")

    def rendered(*_args: object) -> None:
        raise AssertionError("the pipeline ran")

    monkeypatch.setattr("edu.pipeline.run", rendered)
    again = _build(project, jobs=1)
    assert again.written == [] and not again.problems, again.written
    for name in ASIDE[:3]:
        (templates / name).unlink()
    assert _build(project, jobs=1).written == []


def test_a_file_a_template_may_name_still_counts(project: Path) -> None:
    """Not aside: a name with a "#" or "~" inside, and a file in a folder of templates/."""
    templates = project / "templates"
    (templates / "parts").mkdir()
    for name in ("a#b.html", "parts/x~y.html"):
        before = files_digest(templates, folder_files(templates))
        (templates / name).write_text("<p>x</p>\n", encoding="utf-8")
        assert files_digest(templates, folder_files(templates)) != before, name
        assert templates / name in input_files(project)
