"""A translation's review where readers and the web team look: once `edu signoff -l es` records a
review of the words an edition prints, its pages (web, PDF, large print, side by side) say when,
in the page's language, and build/pages.json lists who reviewed it and when; a translation edited
since is no longer "reviewed", and an edition with no record prints what it always printed."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import lxml.html
import pytest

from helpers import pdf_text, po_line, run
from test_signoff import _replace

PO = "locale/es/LC_MESSAGES/from-en.po"
SAID = "Traducción revisada el 1 de diciembre de 2026"
WORD = "Translation reviewed %(date)s"


def _sign(project: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    return run(capsys, project, "signoff", "-l", "es", "medicine-basics", "--by", "Ana Ruiz", "--date", "2026-12-01")


def _build(project: Path, capsys: pytest.CaptureFixture[str], *formats: str) -> None:
    args = [x for f in formats for x in ("--format", f)]
    code, _out, err = run(capsys, project, "build", "-j", "1", *args)
    assert code == 0, err


def _pages(project: Path) -> dict[tuple[str, str], dict[str, Any]]:
    data = json.loads((project / "build/pages.json").read_text(encoding="utf-8"))
    return {(page["slug"], page["lang"]): page for page in data["pages"]}


def _edition_lines(path: Path | bytes) -> list[str]:
    page = lxml.html.fromstring(path if isinstance(path, bytes) else path.read_bytes())
    return [" ".join(p.text_content().split()) for p in page.xpath("//p[@class='edition-line']")]


def test_pages_json_lists_a_translations_review_only_while_it_is_of_the_words_printed(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The web team's list said nothing of a translation's review: a portal could not show which
    Spanish sheets a qualified translator had read, nor that one was edited after."""
    _build(project, capsys, "html")
    before = _pages(project)
    assert {key: page["translation_review"] for key, page in before.items()} == {
        ("caso-breve", "es"): None, ("caso-breve", "en"): None,
        ("medicine-basics", "en"): None, ("medicine-basics", "es"): None}
    assert _sign(project, capsys)[0] == 0
    _build(project, capsys, "html")  # the same folder: only the record changed
    after = _pages(project)
    assert after[("medicine-basics", "es")]["translation_review"] == {
        "current": True, "by": "Ana Ruiz", "reviewed": "2026-12-01"}
    assert [key for key, page in after.items() if page["translation_review"] is not None] == [
        ("medicine-basics", "es")]

    def kept(page: dict[str, Any]) -> dict[str, Any]:  # every key other tools read, but the code of what it prints
        return {k: v for k, v in page.items() if k not in ("translation_review", "ref")}

    assert {key: kept(page) for key, page in after.items()} == {key: kept(page) for key, page in before.items()}
    assert [key for key in after if after[key]["ref"] != before[key]["ref"]] == [("medicine-basics", "es")]
    _replace(project / PO, 'msgstr "Lávese las manos."', 'msgstr "Lávese bien las manos."')
    _build(project, capsys, "html")
    assert _pages(project)[("medicine-basics", "es")]["translation_review"] == {
        "current": False, "by": "Ana Ruiz", "reviewed": "2026-12-01"}


def test_the_web_pages_say_when_the_translation_was_reviewed_only_while_the_review_is_current(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The Spanish sheet's "Última revisión" is the English original's clinical review; a reader had
    no way to tell that a translator had checked the Spanish, nor when."""
    _build(project, capsys, "html", "bilingual")
    es, side, en = (project / "build" / x for x in ("es/medicine-basics.html", "bilingual/medicine-basics.html",
                                                     "en/medicine-basics.html"))
    unsigned = {path: path.read_bytes() for path in (es, side, en)}
    assert not any("Traducción revisada" in line for line in _edition_lines(es) + _edition_lines(side))
    assert _sign(project, capsys)[0] == 0
    _build(project, capsys, "html", "bilingual")
    assert _edition_lines(es) == ["Para pacientes y familias · Última revisión 20 de noviembre de 2026 · "
                                  f"Versión 2 · {SAID}"]
    assert '<time datetime="2026-12-01">1 de diciembre de 2026</time>' in es.read_text(encoding="utf-8")
    assert _edition_lines(side) == [  # the original's column says nothing of it; the translation's does
        "For patients and families · Last reviewed November 20, 2026 · Version 2",
        f"Para pacientes y familias · Última revisión 20 de noviembre de 2026 · Versión 2 · {SAID}"]
    assert en.read_bytes() == unsigned[en]
    _replace(project / PO, 'msgstr "Lávese las manos."', 'msgstr "Lávese bien las manos."')
    _build(project, capsys, "html", "bilingual")
    assert not any("Traducción revisada" in line for line in _edition_lines(es) + _edition_lines(side))


def test_the_pdfs_say_when_the_translation_was_reviewed_once_a_current_review_is_recorded(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _build(project, capsys, "pdf", "bilingual")
    pdfs = [project / "build" / x for x in ("es/medicine-basics.pdf", "es/medicine-basics-large.pdf",
                                            "bilingual/medicine-basics.pdf")]
    assert not any("Traducción revisada" in pdf_text(path) for path in pdfs)
    assert _sign(project, capsys)[0] == 0
    _build(project, capsys, "pdf", "bilingual")
    assert [SAID in pdf_text(path) for path in pdfs] == [True, True, True]
    assert "Translation reviewed" not in pdf_text(project / "build/en/medicine-basics.pdf")


def test_the_first_review_of_a_language_is_refused_while_its_page_word_is_not_translated(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Once a language records a review its pages print the word; untranslated, it would hold back
    every edition of the language at the next build. Before that, it holds nothing back."""
    _replace(project / PO, 'msgstr "Traducción revisada el %(date)s"', 'msgstr ""')
    code, _out, err = run(capsys, project, "build", "--format", "html")
    assert code == 0 and (project / "build/es/medicine-basics.html").is_file(), err
    record = (project / "content/signoff.yaml").read_bytes()
    assert _sign(project, capsys) == (1, "", (
        f"{PO}:{po_line(project / PO, WORD)}: -l es: the page word '{WORD}' is not translated: once es translation "
        "reviews are recorded, the es pages they cover print it, and an untranslated page word holds back every es "
        "edition; translate it (then `edu check -l es`) before the first sign-off\n"))
    assert (project / "content/signoff.yaml").read_bytes() == record


def test_the_preview_prints_the_translation_review_as_the_build_does(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A reviewer previewing a signed-off Spanish page (`edu serve`) saw no "Traducción revisada"
    line, which the published page prints: the preview showed another page than the one published."""
    from edu.config import load_settings
    from edu.serve import Preview

    assert _sign(project, capsys)[0] == 0
    _build(project, capsys, "html", "bilingual")
    preview = Preview(load_settings(project))
    try:
        preview.render()
        for path in ("es/medicine-basics.html", "bilingual/medicine-basics.html", "en/medicine-basics.html"):
            status, _kind, body = preview.page("/" + path)
            assert (status, _edition_lines(body)) == (200, _edition_lines(project / "build" / path))
        assert _edition_lines(preview.page("/es/medicine-basics.html")[2])[0].endswith(SAID)
    finally:
        preview.stop()


def test_the_sitemap_dates_a_page_by_its_translations_review_when_that_is_later(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A Spanish page reviewed by its translator on December 1 kept the sitemap's <lastmod> of the
    English original's clinical review (November 20): a search engine had no reason to read again
    the page whose words and edition line changed. The index pages, which print no translation
    review, keep the clinical dates of what they list; a translation edited since its review goes
    back to its clinical date, as its page no longer prints the review."""
    import lxml.etree

    from test_publishing import SITE, SITEMAP, _site_url

    _site_url(project)

    def lastmod() -> dict[str, str]:
        tree = lxml.etree.parse(str(project / "build/sitemap.xml"))
        return {str(u.findtext(f"{SITEMAP}loc")).removeprefix(SITE): str(u.findtext(f"{SITEMAP}lastmod"))
                for u in tree.getroot() if "medicine-basics" in str(u.findtext(f"{SITEMAP}loc"))
                or str(u.findtext(f"{SITEMAP}loc")).endswith("index.html")}

    _build(project, capsys, "html", "bilingual")
    before = lastmod()
    assert before["es/medicine-basics.html"] == "2026-11-20"
    assert _sign(project, capsys)[0] == 0
    _build(project, capsys, "html", "bilingual")
    assert lastmod() == {**before, "es/medicine-basics.html": "2026-12-01",
                         "bilingual/medicine-basics.html": "2026-12-01"}
    _replace(project / PO, 'msgstr "Lávese las manos."', 'msgstr "Lávese bien las manos."')
    _build(project, capsys, "html", "bilingual")
    assert lastmod() == before


def test_a_labels_html_without_the_page_word_is_warned_of_once_a_review_is_recorded(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A project whose templates/labels.html came from an older `edu new` printed no review line on
    its signed-off Spanish pages, and nothing said why: the build and the check now say so, once,
    at the list of page words, with what to add."""
    from helpers import replace_once

    labels = project / "templates/labels.html"
    replace_once(labels, '{%- set w_translation_reviewed = _("Translation reviewed %(date)s", '
                 'date=translation_reviewed_text) -%}\n', "")
    replace_once(labels, '  "translation_reviewed": w_translation_reviewed,\n', "")
    line = next(n for n, x in enumerate(labels.read_text(encoding="utf-8").splitlines(), 1) if "set labels" in x)
    said = (f"templates/labels.html:{line}: warning: the es translation reviews recorded in content/signoff.yaml are "
            'printed on no page: this labels.html has no page word "translation_reviewed"; add {%- set '
            'w_translation_reviewed = _("Translation reviewed %(date)s", date=translation_reviewed_text) -%} before '
            'this line and "translation_reviewed": w_translation_reviewed, to the list, then `edu update` and '
            "translate it (untranslated, it holds back every es edition) [unprinted-review]")
    code, _out, err = run(capsys, project, "build", "-j", "1", "--format", "html")
    assert code == 0 and "unprinted-review" not in err, err  # no review recorded: nothing to print
    assert _sign(project, capsys)[0] == 0
    code, _out, err = run(capsys, project, "build", "-j", "1", "--format", "html")
    assert code == 0 and err.count("[unprinted-review]") == 1, err
    assert said in err.splitlines(), err
    assert not any(SAID in x for x in _edition_lines(project / "build/es/medicine-basics.html"))
    code, _out, err = run(capsys, project, "check")
    assert said in err.splitlines() and err.count("[unprinted-review]") == 1, err
    assert "[unprinted-review]" not in run(capsys, project, "check", "-l", "en")[2]  # no English review recorded
