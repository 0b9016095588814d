"""A PDF is made from the files its last build read (the templates its page loaded, the files
WeasyPrint fetched): a change of what only web pages load (web.css, screen.css, index.html,
notice.html, the site's icon) or of a file no page loads makes no PDF again and starts no PDF
worker; a change of any file its page truly uses makes it again."""

from __future__ import annotations

import json
import os
from pathlib import Path

from edu.build import BuildOptions, build
from edu.config import load_settings
from edu.progress import Progress
from test_incremental import SPY, _edu, _replace

# the WeasyPrint spy, and one that logs each PDF worker started (one stopped before it imports
# WeasyPrint costs a process and its start all the same)
WORKER_SPY = SPY + """
if any("edu.pdfworker" in arg for arg in sys.orig_argv):
    with open(os.environ["EDU_SPY"], "a") as log:
        log.write(f"worker {os.getpid()}\\n")
"""
PDFS = {"en/medicine-basics.pdf", "es/medicine-basics.pdf", "bilingual/medicine-basics.pdf"}


def _built(stderr: str) -> set[str]:
    return {line.split()[2] for line in stderr.splitlines() if "] built " in line}


def test_a_web_only_template_change_starts_no_pdf_worker_and_a_printed_one_remakes_the_pdfs(
        project: Path, tmp_path: Path) -> None:
    spy_dir, log = tmp_path / "spy", tmp_path / "weasyprint-imports.log"
    spy_dir.mkdir()
    (spy_dir / "sitecustomize.py").write_text(WORKER_SPY, encoding="utf-8")
    env = {"PYTHONPATH": os.pathsep.join([str(spy_dir), os.environ.get("PYTHONPATH", "")]), "EDU_SPY": str(log)}
    first = _edu(project, "build", "-j", "1", env=env)
    assert first.returncode == 0, first.stderr
    assert "worker" in log.read_text()  # the spy works
    log.unlink()

    templates = project / "templates"
    screen = templates / "screen.css"  # in web.css
    screen.write_text(screen.read_text(encoding="utf-8") + ".brand { letter-spacing: 0.01em; }\n", encoding="utf-8")
    _replace(templates / "web.css", "{#-", "/* the web's */\n{#-")
    _replace(templates / "index.html", "{% extends", "{# the home page #}\n{% extends")
    web_only = _edu(project, "build", env=env)
    assert web_only.returncode == 0, web_only.stderr
    assert not log.exists(), web_only.stderr  # no PDF worker started, no WeasyPrint imported
    built = _built(web_only.stderr)
    assert any(name.startswith("assets/edu.") for name in built) and "en/medicine-basics.html" in built
    assert not {name for name in built if name.endswith(".pdf")}, built

    _replace(templates / "edu.css", ":root {", "h1 { letter-spacing: 0.01em; }\n:root {")  # printed: in each PDF's page
    printed = _edu(project, "build", env=env)
    assert printed.returncode == 0, printed.stderr
    assert log.exists()
    assert _built(printed.stderr) >= PDFS, printed.stderr


def _events(project: Path) -> dict[str, str]:
    """A build's PDFs rendered again (their page, then their PDF if it changed): target -> built or unchanged."""
    events: list[Progress] = []
    report = build(load_settings(project), BuildOptions(jobs=1), progress=events.append)
    assert not report.problems and not report.failed, report.problems
    return {e.target: e.status for e in events if e.target.endswith(".pdf")}


def _pdfs(events: dict[str, str], status: str) -> set[str]:
    return {target for target, said in events.items() if said == status}


def test_a_file_no_page_of_a_pdf_loads_renders_no_pdf_page(project: Path) -> None:
    """A template of its own (no page uses it yet) and what only web pages load: no PDF's page is
    even rendered again (every file no template named counted: each PDF's page was)."""
    assert _events(project)
    templates = project / "templates"
    (templates / "unused.html").write_text("<p>For later.</p>\n", encoding="utf-8")
    _replace(templates / "notice.html", "{% block html_class %}", "{# a notice #}\n{% block html_class %}")
    (templates / "favicon.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg'/>\n", encoding="utf-8")
    assert _events(project) == {}
    (templates / "unused.html").write_text("<p>For much later.</p>\n", encoding="utf-8")
    assert _events(project) == {}


def test_a_stylesheet_a_print_page_links_counts_though_a_web_template_includes_it(project: Path) -> None:
    """WeasyPrint reads it by its address: an edit of it makes the PDFs again (a file a web-only
    template named was left out of what PDFs are made from)."""
    templates = project / "templates"
    (templates / "extra.css").write_text("h1 { letter-spacing: 0.01em; }\n", encoding="utf-8")
    _replace(templates / "base.html", '<meta charset="utf-8">',
             '<meta charset="utf-8">\n{% if for_pdf %}<link rel="stylesheet" href="extra.css">{% endif %}')
    _replace(templates / "index.html", "{% block main %}", '{% block page_css %}{% include "extra.css" %}{% endblock %}'
             "\n{% block main %}")
    assert _events(project)
    _replace(templates / "extra.css", "0.01em", "0.02em")
    assert _pdfs(_events(project), "built") >= PDFS


def test_a_hidden_template_a_page_includes_counts(project: Path) -> None:
    """An editor's files in templates/ are no input (test_incremental_backups.py), but a template
    ``{% include ".clinic.html" %}`` names is: an edit of it makes the pages that show it again."""
    templates = project / "templates"
    (templates / ".clinic.html").write_text('<p class="clinic">Call us.</p>\n', encoding="utf-8")
    _replace(templates / "handout.html", "{% block main %}", '{% block main %}\n{% include ".clinic.html" %}')
    assert _events(project)
    assert _events(project) == {}  # the last build's report, replayed
    _replace(templates / ".clinic.html", "Call us.", "Call us today.")
    events: list[Progress] = []
    build(load_settings(project), BuildOptions(jobs=1), progress=events.append)
    built = {e.target for e in events if e.status == "built"}
    assert {"en/medicine-basics.pdf", "es/medicine-basics.pdf", "en/medicine-basics.html"} <= built, built
    assert "bilingual/medicine-basics.pdf" not in built  # bilingual.html does not include it
    assert "Call us today." in (project / "build/en/medicine-basics.html").read_text(encoding="utf-8")


def test_a_template_named_by_an_expression_counts_as_rendered(project: Path) -> None:
    """What a page loads is known once it is rendered: the stylesheet it names so counts, and a
    file no page loads does not (every file counted, web.css too)."""
    templates = project / "templates"
    _replace(templates / "base.html", '{% include "edu.css" %}', '{% include "edu" ~ ".css" %}')
    assert _events(project)
    _replace(templates / "web.css", "{#-", "/* the web's */\n{#-")
    assert _events(project) == {}
    _replace(templates / "edu.css", ":root {", "h1 { letter-spacing: 0.01em; }\n:root {")
    assert _pdfs(_events(project), "built") >= PDFS


def test_the_manifest_says_what_each_pdf_was_made_from(project: Path) -> None:
    """The templates its page loaded and the files WeasyPrint read, as the project names them."""
    assert _events(project)
    outputs = json.loads((project / "build/.edu-manifest.json").read_text(encoding="utf-8"))["outputs"]
    handout, side_by_side = outputs["en/medicine-basics.pdf"], outputs["bilingual/medicine-basics.pdf"]
    common = {"templates/base.html", "templates/edu.css", "templates/labels.html", "templates/sources.html"}
    assert set(handout["loads"]) >= common | {"templates/handout.html"}
    assert set(side_by_side["loads"]) >= common | {"templates/bilingual.html"}
    assert "templates/handout.html" not in side_by_side["loads"]
    assert not {"templates/web.css", "templates/screen.css", "templates/index.html"} & set(handout["loads"])
    assert all(not name.startswith(("/", "..")) for name in handout["fetched"]), handout["fetched"]
    assert "templates/handout.html" in outputs["en/medicine-basics.html"]["loads"]  # a web page's: its own
