"""A project's page template that loads a partial of its own (an include, an import of macros, in
a folder of templates/) makes its PDFs from that partial too: an edit of it makes them again, and
an edit of what only web pages load does not."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_incremental import _build, _replace

LOADS = {  # (at the top of handout.html, in its main block)
    "include": ("", '{% include "parts/clinic.html" %}'),
    "import with context": ('{% import "parts/clinic.html" as clinic with context %}', "{{ clinic.phone() }}"),
    "from import": ('{% from "parts/clinic.html" import phone without context %}', "{{ phone() }}"),
}


def _partial(project: Path, tag: tuple[str, str]) -> Path:
    """templates/parts/clinic.html, loaded by handout.html alone with ``tag``."""
    partial = project / "templates/parts/clinic.html"
    partial.parent.mkdir()
    partial.write_text('{% macro phone() %}<p class="clinic">Call us.</p>{% endmacro %}{{ phone() }}\n',
                       encoding="utf-8")
    handout = project / "templates/handout.html"
    _replace(handout, '{% from "callout.html" import callout %}', '{% from "callout.html" import callout %}\n' + tag[0])
    _replace(handout, "{% block main %}", "{% block main %}\n" + tag[1])
    return partial


@pytest.mark.parametrize("tag", LOADS.values(), ids=LOADS.keys())
def test_a_build_remakes_the_pdfs_whose_template_loads_an_edited_partial(project: Path, tag: tuple[str, str]) -> None:
    partial = _partial(project, tag)
    assert not _build(project, jobs=1).problems
    _replace(project / "templates/index.html", "{% extends", "{# the home page #}\n{% extends")
    _replace(project / "templates/web.css", "{#-", "/* the web's */\n{#-")  # web pages only
    assert not [target for target in _build(project, jobs=1).written if target.endswith(".pdf")]
    _replace(partial, "Call us.", "Call us today.")
    remade = _build(project, jobs=1).written
    assert {"en/medicine-basics.pdf", "es/medicine-basics.pdf", "en/medicine-basics-large.pdf"} <= set(remade)
    assert not [target for target in remade if target.startswith("bilingual/")], remade
