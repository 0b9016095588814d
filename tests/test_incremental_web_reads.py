"""A web page is made from the templates its last render loaded, as a PDF is: an edit of the home
page's template makes no handout's page again, an edit of a handout's template makes no index page
again, and a hidden file only a web page includes counts for that page (it was ignored)."""

from __future__ import annotations

import json
from pathlib import Path

from edu.build import BuildOptions, build
from edu.config import load_settings
from edu.progress import Progress
from test_incremental import _replace

HANDOUT_PAGES = {"en/medicine-basics.html", "es/medicine-basics.html"}
INDEXES = {"index.html", "en/index.html", "es/index.html"}


def _built(project: Path) -> set[str]:
    """The files a build rendered again (made, or found the same: its progress said them)."""
    events: list[Progress] = []
    report = build(load_settings(project), BuildOptions(jobs=1), progress=events.append)
    assert not report.problems and not report.failed, report.problems
    return {e.target for e in events if e.status in ("built", "unchanged")}


def test_an_edit_of_the_home_pages_template_makes_only_the_index_pages_again(project: Path) -> None:
    assert _built(project)
    _replace(project / "templates/index.html", "{% extends", "{# the home page #}\n{% extends")
    built = _built(project)
    assert built == INDEXES, built  # every web page was made again
    assert not built & HANDOUT_PAGES


def test_an_edit_of_the_handouts_template_makes_no_index_page_again(project: Path) -> None:
    assert _built(project)
    _replace(project / "templates/handout.html", "{% block main %}", '{% block main %}\n<p class="x">Hello.</p>')
    built = _built(project)
    assert built >= HANDOUT_PAGES, built
    assert not built & INDEXES, built
    assert not {name for name in built if name.startswith("bilingual/")}, built


def _hidden(project: Path, template: str, tag: str, text: str) -> Path:
    """templates/.part.html holding ``text``, included by ``template`` with ``tag`` ({% include %}
    in its main block), built once."""
    part = project / "templates/.part.html"
    part.write_text(f"<p>{text}</p>\n", encoding="utf-8")
    _replace(project / "templates" / template, "{% block main %}", "{% block main %}\n" + tag)
    assert _built(project)
    return part


def test_a_hidden_file_only_a_web_template_includes_counts_for_its_pages(project: Path) -> None:
    part = _hidden(project, "index.html", '{% include ".part.html" %}', "Open 9 to 5.")
    assert not _built(project)  # nothing changed: the last build's report
    _replace(part, "9 to 5", "8 to 6")
    built = _built(project)
    assert "en/index.html" in built and not built & HANDOUT_PAGES, built
    assert "8 to 6" in (project / "build/en/index.html").read_text(encoding="utf-8")
    assert not _built(project)


def test_a_hidden_file_a_handouts_web_page_includes_counts_and_no_pdf_is_made(project: Path) -> None:
    """Shown on the web page only ({% if not for_pdf %}): its PDFs stay."""
    part = _hidden(project, "handout.html", '{% if not for_pdf %}{% include ".part.html" %}{% endif %}', "Call first.")
    _replace(part, "Call first.", "Call us first.")
    built = _built(project)
    assert built >= HANDOUT_PAGES, built
    assert not {name for name in built if name.endswith(".pdf")} and not built & INDEXES, built
    assert "Call us first." in (project / "build/es/medicine-basics.html").read_text(encoding="utf-8")


def test_an_edit_of_the_sites_icon_makes_every_web_page_again(project: Path) -> None:
    """No template loads it, but every web page links it by a name its bytes give."""
    icon = project / "templates/favicon.svg"
    assert _built(project)
    icon.write_text(icon.read_text(encoding="utf-8").replace("</svg>", "<!-- new --></svg>"), encoding="utf-8")
    built = _built(project)
    assert built >= HANDOUT_PAGES | INDEXES, built
    assert not {name for name in built if name.endswith(".pdf")}, built
    page = (project / "build/en/medicine-basics.html").read_text(encoding="utf-8")
    linked = page.split('rel="icon" href="')[1].split('"')[0]
    assert (project / "build/en" / linked).is_file(), linked


def test_the_manifest_says_what_each_web_page_was_made_from(project: Path) -> None:
    assert _built(project)
    outputs = json.loads((project / "build/.edu-manifest.json").read_text(encoding="utf-8"))["outputs"]
    page, index = set(outputs["en/medicine-basics.html"]["loads"]), set(outputs["en/index.html"]["loads"])
    assert {"templates/handout.html", "templates/base.html", "templates/labels.html"} <= page, page
    assert "templates/index.html" not in page and "templates/edu.css" not in page  # (a web page links it)
    assert {"templates/index.html", "templates/base.html"} <= index and "templates/handout.html" not in index
