"""Paper never shows an unreviewed clinical change as reviewed: every edition of a handout whose text
or facts changed since its clinical sign-off (content/signoff.yaml) says so under its version line and
in its running footer, in the page's language, until a clinician signs it off (`edu signoff`).

A hospital pharmacist: the shot record's changed body map printed "Version 1 · Last reviewed December
6, 2026" like the reviewed sheets; on paper nobody could tell them apart."""

from __future__ import annotations

import json
from pathlib import Path

import lxml.html
import pytest
from pypdf import PdfReader

from edu.build import BuildOptions, BuildReport, build
from edu.config import load_settings
from helpers import pdf_text, replace_once, run, word_list_line

EN = "Changed since this review: not yet reviewed by a clinician"
ES = "Cambiada desde esta revisión: un clínico aún no la ha revisado"
# in each page's footer, for "Last reviewed November 20, 2026"
FOOTER = {EN: "Changed since its review of November 20, 2026",
          ES: "Cambiada tras su revisión del 20 de noviembre de 2026"}
RECORD = "content/signoff.yaml"
# every output of medicine-basics (English original, Spanish translation, patient: large print too)
SAID = {"en/medicine-basics.html": [EN], "en/medicine-basics.pdf": [EN], "en/medicine-basics-large.pdf": [EN],
        "es/medicine-basics.html": [ES], "es/medicine-basics.pdf": [ES], "es/medicine-basics-large.pdf": [ES],
        "bilingual/medicine-basics.html": [EN, ES], "bilingual/medicine-basics.pdf": [EN, ES]}
OTHERS = ("en/caso-breve.pdf", "es/caso-breve.pdf", "es/caso-breve.html", "bilingual/caso-breve.pdf")


def _build(root: Path, **options: object) -> BuildReport:
    return build(load_settings(root), BuildOptions(**options))  # type: ignore[arg-type]


def _marks(build: Path, rel: str) -> list[str]:
    """The notices an output prints: a PDF's at the end of its edition line (checked to be in every
    page's footer too, for "Last reviewed …"); a web page's at the end of its edition lines."""
    path = build / rel
    if rel.endswith(".pdf"):
        text, pages = pdf_text(path), len(PdfReader(str(path)).pages)
        said = [notice for notice in (EN, ES) if notice in text]
        for notice in said:
            assert (text.count(notice), text.count(FOOTER[notice])) == (1, pages), (rel, notice, text)
        return said
    page = lxml.html.parse(str(path)).getroot()
    lines = [" ".join(p.text_content().split()) for p in page.find_class("edition-line")]
    marks = [" ".join(s.text_content().split()) for s in page.find_class("unreviewed-change")]
    assert all(any(line.endswith(mark) for line in lines) for mark in marks), (rel, lines)  # under the version
    return marks


def _clinical(build: Path, slug: str) -> list[object]:
    """(language, whether its clinical review is of the words it prints; None: none recorded) of
    each of the handout's pages in build/pages.json."""
    pages = json.loads((build / "pages.json").read_text(encoding="utf-8"))["pages"]
    return [(p["lang"], p["clinical_review"] and p["clinical_review"]["current"]) for p in pages
            if p["slug"] == slug]


def test_a_changed_fact_is_marked_on_every_edition_until_a_clinician_signs_it_off(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Every format, in each page's language; `edu signoff` makes exactly that handout's files again,
    without the notice."""
    replace_once(project / "content/facts.yaml", "value: 100", "value: 150")
    _build(project)
    out = project / "build"
    assert {rel: _marks(out, rel) for rel in SAID} == SAID
    assert all(not _marks(out, rel) for rel in OTHERS)
    assert _clinical(out, "medicine-basics") == [("en", False), ("es", False)]
    assert _clinical(out, "caso-breve") == [("en", True), ("es", True)]
    assert run(capsys, project, "signoff", "content/en/medicine-basics.md", "--by", "Dr. Ruiz")[0] == 0
    report = _build(project)
    assert set(report.written) == {*SAID, "pages.json"}, report.written
    assert all(not _marks(out, rel) for rel in SAID)
    assert "150" in pdf_text(out / "es/medicine-basics.pdf")
    assert _clinical(out, "medicine-basics") == [("en", True), ("es", True)]


def test_the_notice_alone_makes_the_outputs_again(project: Path) -> None:
    """Only content/signoff.yaml changes (a sign-off reverted in git, then restored): the files of
    that handout are made again with the notice, then without it; no other file is."""
    record = project / RECORD
    signed = record.read_text(encoding="utf-8")
    _build(project)
    out = project / "build"
    assert all(not _marks(out, rel) for rel in SAID)
    replace_once(record, "text: 4b139498b553e429", "text: 0123456789abcdef")  # signed off with other words
    report = _build(project)
    assert set(report.written) == {*SAID, "pages.json"}, report.written
    assert {rel: _marks(out, rel) for rel in SAID} == SAID
    record.write_text(signed, encoding="utf-8")
    report = _build(project)
    assert set(report.written) == {*SAID, "pages.json"}, report.written
    assert all(not _marks(out, rel) for rel in SAID)


def test_a_handout_never_signed_off_is_not_marked(project: Path) -> None:
    """No review recorded (`[unsigned]`, every handout of a new project): no review to have changed
    since, so nothing to tell apart; the build's warning asks for one. The case report is left
    unsigned; both handouts' facts change."""
    record = project / RECORD
    text = record.read_text(encoding="utf-8")
    record.write_text(text[:text.index("caso-breve:")] + text[text.index("medicine-basics:"):], encoding="utf-8")
    replace_once(project / "content/facts.yaml", "value: 100", "value: 150")
    replace_once(project / "content/facts.yaml", "value: 10\n", "value: 12\n")  # {days}: the case report's
    report = _build(project, formats=("html", "bilingual"))
    assert any(w.startswith("content/es/caso-breve.md:6: no clinical sign-off") for w in report.warnings), \
        report.warnings
    out = project / "build"
    assert [_marks(out, rel) for rel in ("es/caso-breve.html", "en/caso-breve.html", "bilingual/caso-breve.html")] \
        == [[], [], []]
    assert _marks(out, "es/medicine-basics.html") == [ES]
    assert _clinical(out, "caso-breve") == [("en", None), ("es", None)]


def test_templates_without_the_word_say_what_to_add_once_a_handout_changed(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A project started by an older `edu new` has its own labels.html: its pages must not print an
    unreviewed change as reviewed, so the build says which word to add."""
    labels = project / "templates/labels.html"
    labels.write_text("".join(line for line in labels.read_text(encoding="utf-8").splitlines(keepends=True)
                              if '"unreviewed_change"' not in line), encoding="utf-8")
    assert run(capsys, project, "build", "-j", "1", "--format", "html")[0] == 0  # nothing changed: not needed
    replace_once(project / "content/facts.yaml", "value: 100", "value: 150")
    code, _out, err = run(capsys, project, "build", "-j", "1", "--format", "html")
    assert (code, err.splitlines()[-1]) == (
        1, f'templates/labels.html:{word_list_line(project)}: no page word "unreviewed_change": '
           'content/en/medicine-basics.md changed since '
           'its clinical sign-off, and every page of it says so: add "unreviewed_change": _("Changed since this '
           'review: not yet reviewed by a clinician"), then `edu update` (or sign it off: `edu signoff`)'), err


def test_an_untranslated_notice_holds_a_language_back_only_once_a_handout_changed(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The word is printed only by a changed handout: a new language may publish without it until then."""
    po = project / "locale/es/LC_MESSAGES/from-en.po"
    replace_once(po, f'msgstr "{ES}"', 'msgstr ""')
    report = _build(project, formats=("html",))
    assert "es/medicine-basics" not in report.skipped and (project / "build/es/medicine-basics.html").is_file()
    replace_once(project / "content/facts.yaml", "value: 100", "value: 150")
    report = _build(project, formats=("html",))
    assert {"es/medicine-basics", "es/caso-breve"} <= set(report.skipped), report.skipped
