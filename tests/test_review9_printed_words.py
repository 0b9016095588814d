"""review9: a template labels.html loads (the page words) is what every PDF is made from: an edit of it
makes the PDFs again, as it makes the web pages again."""

from __future__ import annotations

from pathlib import Path

from test_incremental import _replace
from test_incremental_templates import PDFS, _events, _pdfs


def test_a_template_the_page_words_import_remakes_the_pdfs(project: Path) -> None:
    templates = project / "templates"
    (templates / "clinicwords.html").write_text('{% set last_reviewed = "Checked" %}\n', encoding="utf-8")
    _replace(templates / "labels.html", '{%- set w_last_reviewed = _("Last reviewed") -%}',
             '{%- from "clinicwords.html" import last_reviewed -%}\n{%- set w_last_reviewed = last_reviewed -%}')
    assert _events(project)
    _replace(templates / "clinicwords.html", "Checked", "Checked by the pharmacy")
    assert _pdfs(_events(project), "built") >= PDFS
