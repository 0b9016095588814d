"""A PDF is made from the templates its page loads: a change of what only web pages load (web.css,
screen.css, index.html, notice.html, the site's icon) makes no PDF again and starts no PDF worker."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from edu.printtemplates import print_digests
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


def _copy(project: Path, tmp_path: Path, name: str) -> Path:
    folder = tmp_path / name
    shutil.copytree(project / "templates", folder)
    return folder


@pytest.mark.parametrize(("name", "handout", "side_by_side"), [
    ("web.css", False, False), ("screen.css", False, False), ("index.html", False, False),
    ("notice.html", False, False), ("favicon.svg", False, False),
    ("edu.css", True, True), ("base.html", True, True), ("labels.html", True, True), ("sources.html", True, True),
    ("handout.html", True, False), ("bilingual.html", False, True),
    ("logo.png", True, True),  # a file no template names: WeasyPrint may read it (base address templates/)
])
def test_a_pdfs_templates_are_those_its_page_loads(project: Path, tmp_path: Path, name: str, handout: bool,
                                                  side_by_side: bool) -> None:
    before = print_digests(project / "templates")
    path = project / "templates" / name
    path.write_text((path.read_text(encoding="utf-8") if path.exists() else "") + "\n<!-- x -->\n", encoding="utf-8")
    after = print_digests(project / "templates")
    assert (before["handout.html"] != after["handout.html"], before["bilingual.html"] != after["bilingual.html"]) \
        == (handout, side_by_side)


def test_a_template_named_by_an_expression_makes_every_file_count(project: Path) -> None:
    """What a page loads is then known only once it is rendered."""
    templates = project / "templates"
    _replace(templates / "base.html", '{% include "edu.css" %}', '{% include "edu" ~ ".css" %}')
    before = print_digests(templates)
    _replace(templates / "web.css", "{#-", "/* the web's */\n{#-")
    assert print_digests(templates)["handout.html"] != before["handout.html"]


def test_the_templates_counted_are_those_a_pdf_build_loads(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Jinja2 says which templates a build of PDFs loaded: a change of any other file but those
    only web pages load leaves them counted (the guard on the tags read: extends, include, import)."""
    from edu.templating import ProjectTemplates
    from test_incremental import _build

    loaded: set[str] = set()
    real = ProjectTemplates.get_source

    def spy(self: ProjectTemplates, environment: object, template: str) -> object:
        loaded.add(template)
        return real(self, environment, template)  # type: ignore[arg-type]

    monkeypatch.setattr(ProjectTemplates, "get_source", spy)
    monkeypatch.setattr("edu.pipeline.PdfPool.run", lambda self, jobs, done: None)  # the pages, not the PDFs
    monkeypatch.setattr("edu.pipeline.PdfPool.__enter__", lambda self: self)
    _build(project, formats=("pdf",), jobs=1)
    assert loaded >= {"handout.html", "base.html", "edu.css", "labels.html"}
    before = print_digests(project / "templates")
    for template in loaded:
        path = project / "templates" / template
        path.write_text(path.read_text(encoding="utf-8") + "\n{# x #}\n", encoding="utf-8")
        now = print_digests(project / "templates")
        assert now["handout.html"] != before["handout.html"], template
        before = now
