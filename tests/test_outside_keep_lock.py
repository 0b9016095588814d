"""A build into a folder outside the project writes what it keeps for the next build in the
project's build/ (the compiled templates, the cut-down fonts) under build/'s lock, as it keeps its
checks' verdicts: a build of build/ running meanwhile keeps its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from edu.lock import BuildLock
from edu.templating import TEMPLATE_CODE
from edu.webfonts import KEPT_FONTS
from test_incremental import ES_PO, _replace
from test_outside_checks import _build_to


def _kept(project: Path) -> list[str]:
    build = project / "build"
    return sorted(p.relative_to(build).as_posix().split("/")[0] for p in build.rglob("*")
                  if p.name == TEMPLATE_CODE or (p.is_file() and p.parent.name == KEPT_FONTS))


def test_a_build_elsewhere_keeps_no_compiled_templates_or_fonts_while_a_build_of_build_runs(
        project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # a letter Atkinson Hyperlegible lacks: the web pages load Noto Sans, cut down to it
    _replace(project / ES_PO, 'msgstr "Lávese las manos."', 'msgstr "Lávese las manos (IL-1β)."')
    with BuildLock(project / "build"):  # a build of build/ is running
        files, _said = _build_to(capsys, project, tmp_path / "www-1")
        assert _kept(project) == []  # nothing written under it
    assert any(name.startswith("assets/fonts/NotoSans-") for name in files)  # the font was cut all the same
    again, _said = _build_to(capsys, project, tmp_path / "www-2")
    assert again == files  # the same bytes
    assert _kept(project) == [KEPT_FONTS, TEMPLATE_CODE]  # once it is done, a build elsewhere keeps them
