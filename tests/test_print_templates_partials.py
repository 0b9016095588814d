"""A project's page template that loads a partial of its own (an include, an import of macros, in
a folder of templates/) makes its PDFs from that partial too: an edit of it makes them again, and
an edit of what only web pages load does not."""

from __future__ import annotations

from pathlib import Path

import pytest

from edu.printtemplates import print_digests
from test_incremental import _build, _replace

LOADS = {
    "include": '{% include "parts/clinic.html" %}',
    "import with context": '{% import "parts/clinic.html" as clinic with context %}',
    "from import": '{% from "parts/clinic.html" import phone without context %}',
}


def _partial(project: Path, tag: str) -> Path:
    """templates/parts/clinic.html, loaded by handout.html alone with ``tag``."""
    partial = project / "templates/parts/clinic.html"
    partial.parent.mkdir()
    partial.write_text('{% macro phone() %}<p class="clinic">Call us.</p>{% endmacro %}\n', encoding="utf-8")
    _replace(project / "templates/handout.html", '{% from "callout.html" import callout %}',
             '{% from "callout.html" import callout %}\n' + tag)
    return partial


@pytest.mark.parametrize("tag", LOADS.values(), ids=LOADS.keys())
def test_a_partial_of_the_handout_template_counts_for_its_pdfs_alone(project: Path, tag: str) -> None:
    templates = project / "templates"
    partial = _partial(project, tag)
    before = print_digests(templates)
    _replace(templates / "web.css", "{#-", "/* the web's */\n{#-")  # web pages only
    assert print_digests(templates) == before
    partial.write_text(partial.read_text(encoding="utf-8") + "<!-- edited -->\n", encoding="utf-8")
    after = print_digests(templates)
    assert after["handout.html"] != before["handout.html"]
    assert after["bilingual.html"] == before["bilingual.html"]


def test_a_build_remakes_the_pdfs_whose_template_includes_an_edited_partial(project: Path) -> None:
    partial = _partial(project, LOADS["include"])
    assert not _build(project, jobs=1).problems
    _replace(project / "templates/index.html", "{% extends", "{# the home page #}\n{% extends")
    assert not [target for target in _build(project, jobs=1).written if target.endswith(".pdf")]
    partial.write_text(partial.read_text(encoding="utf-8") + "<!-- edited -->\n", encoding="utf-8")
    remade = _build(project, jobs=1).written
    assert {"en/medicine-basics.pdf", "es/medicine-basics.pdf", "en/medicine-basics-large.pdf"} <= set(remade)
    assert not [target for target in remade if target.startswith("bilingual/")], remade
