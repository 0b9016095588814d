"""What a build does with the state an earlier build left: a PDF that failed (the per-document
time limit on a loaded machine, say) is made again by the next build, as make and ninja try a
failed target again, while a folder with nothing failed keeps its no-op; a draft of PDFs leaves the
published web pages the folder holds published."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import parse, pdf_text, replace_once, run
from test_incremental import _missing_links
from test_interrupted import _links, _watch
from test_publishing import ES_PO, _noindex, _site_url


def test_a_pdf_that_failed_is_made_by_the_next_plain_build(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A PDF stopped by the time limit was said to fail by every later build of the same inputs (the
    last build's report replayed) until `--force`; now each build tries it again, exits 1 while it
    fails, and once it is made the pages link it and the next build is a no-op again."""
    out, failing = project / "build", "es/medicine-basics-large.pdf"
    with pytest.MonkeyPatch.context() as patch:
        _watch(patch, out, fail=failing)
        code, _out, err = run(capsys, project, "build", "-j", "1")
        assert code == 1 and f"{failing}: no PDF: it took longer than the time limit" in err, err
        code, _out, err = run(capsys, project, "build", "-j", "1")  # tried again: it fails again
        assert code == 1 and f"failed {failing}" in err, err
        assert "1 failed" in err and "0 built" in err
    assert "../es/medicine-basics-large.pdf" not in _links(out / "es/index.html")
    code, _out, err = run(capsys, project, "build", "-j", "1")
    assert code == 0, err
    assert f"built {failing} (tried again: it failed in the last build)" in err and "0 failed" in err, err
    assert (out / failing).is_file() and "../es/medicine-basics-large.pdf" in _links(out / "es/index.html")
    assert _missing_links(out) == []
    code, _out, err = run(capsys, project, "build", "-j", "1")
    assert code == 0 and "0 built" in err and "0 failed" in err, err


def test_a_draft_of_pdfs_leaves_the_published_web_pages_published(project: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """`edu build --draft --format pdf` in a folder of published pages rewrote them as draft pages
    (noindex, "BORRADOR:" titles, no sitemap.xml) and marked the folder DRAFT, even with every
    translation complete. Now it makes draft PDFs only: the web pages stay those of a build without
    --draft, linking and listing no draft, and the folder is marked DRAFT while it holds a draft PDF;
    the pages of an earlier `edu build --draft` stay drafts."""
    _site_url(project)
    out = project / "build"
    assert run(capsys, project, "build", "-j", "1")[0] == 0
    published = {page: page.read_bytes() for page in out.rglob("*.html")}
    code, _out, err = run(capsys, project, "build", "--draft", "--format", "pdf", "-j", "1")
    assert code == 0 and " 0 built" in err, err  # every translation complete: no draft to make
    assert {page: page.read_bytes() for page in out.rglob("*.html")} == published
    assert (out / "sitemap.xml").is_file() and not (out / "DRAFT").exists()

    replace_once(project / ES_PO, 'msgstr "Limpie la piel."', 'msgstr ""')
    code, _out, err = run(capsys, project, "build", "--draft", "--format", "pdf", "-j", "1")
    assert code == 0 and "es/medicine-basics: published as a DRAFT" in err, err
    assert "BORRADOR" in pdf_text(out / "es/medicine-basics.pdf")
    assert (out / "DRAFT").is_file() and (out / "sitemap.xml").is_file()
    for page in out.rglob("*.html"):
        doc = parse(page)
        assert not doc.findtext(".//title").startswith(("DRAFT", "BORRADOR")), page
        notice = "Estamos actualizando" in page.read_text(encoding="utf-8")  # as a build without --draft says
        assert _noindex(doc) == (page.name == "404.html" or notice), page
        assert not [href for href in _links(page) if href.endswith("es/medicine-basics.pdf")], page
    assert "Estamos actualizando" in (out / "es/medicine-basics.html").read_text(encoding="utf-8")
    assert "es/medicine-basics.pdf" not in (out / "pages.json").read_text(encoding="utf-8")
    assert [link for link in _missing_links(out) if not link[1].startswith("/")] == []  # 404 pages: the site's

    code, _out, err = run(capsys, project, "build", "--draft", "-j", "1")  # draft web pages: they stay drafts
    assert code == 0, err
    code, _out, err = run(capsys, project, "build", "--draft", "--format", "pdf", "-j", "1")
    assert code == 0 and " 0 built" in err, err
    assert parse(out / "en/medicine-basics.html").findtext(".//title").startswith("DRAFT: ")
    assert parse(out / "es/medicine-basics.html").findtext(".//title").startswith("BORRADOR: ")

    code, _out, err = run(capsys, project, "build", "-j", "1")  # without --draft: the draft PDFs go
    assert code == 1 and not (out / "es/medicine-basics.pdf").exists() and not (out / "DRAFT").exists(), err


@pytest.mark.parametrize("formats", [("bilingual",), ("pdf", "bilingual")])
def test_a_draft_of_side_by_side_editions_leaves_the_published_web_pages_published(
        project: Path, capsys: pytest.CaptureFixture[str], formats: tuple[str, ...]) -> None:
    """`edu build --draft --format bilingual` in a folder of published pages rewrote every side-by-side
    web page as a draft (noindex, a "DRAFT:" title), linked from the published pages, and marked the
    folder DRAFT, even with every translation complete. Now, as with `--draft --format pdf`, only the
    PDFs of a draft edition are drafts, linked by no published page; its side-by-side page's address
    says it is being updated, as a build without --draft says; DRAFT is written with a draft file."""
    _site_url(project)
    out = project / "build"
    options = [arg for name in formats for arg in ("--format", name)]
    assert run(capsys, project, "build", "-j", "1")[0] == 0
    published = {page: page.read_bytes() for page in out.rglob("*.html")}
    code, _out, err = run(capsys, project, "build", "--draft", *options, "-j", "1")
    assert code == 0 and " 0 built" in err, err  # every translation complete: no draft to make
    assert {page: page.read_bytes() for page in out.rglob("*.html")} == published
    assert (out / "sitemap.xml").is_file() and not (out / "DRAFT").exists()

    replace_once(project / ES_PO, 'msgstr "Limpie la piel."', 'msgstr ""')
    code, _out, err = run(capsys, project, "build", "--draft", *options, "-j", "1")
    assert code == 0 and "es/medicine-basics: published as a DRAFT" in err, err
    draft = out / "bilingual/medicine-basics.pdf"
    assert "BORRADOR" in pdf_text(draft)
    assert (out / "DRAFT").is_file() and (out / "sitemap.xml").is_file()
    assert "Estamos actualizando" in (out / "bilingual/medicine-basics.html").read_text(encoding="utf-8")
    for page in out.rglob("*.html"):
        doc = parse(page)
        assert not doc.findtext(".//title").startswith(("DRAFT", "BORRADOR")), page
        notice = "Estamos actualizando" in page.read_text(encoding="utf-8")  # as a build without --draft says
        assert _noindex(doc) == (page.name == "404.html" or notice), page
        assert not [href for href in _links(page) if "bilingual/medicine-basics." in href], page
    assert "bilingual/medicine-basics" not in (out / "pages.json").read_text(encoding="utf-8")
    assert [link for link in _missing_links(out) if not link[1].startswith("/")] == []  # 404 pages: the site's

    code, _out, err = run(capsys, project, "build", "-j", "1")  # without --draft: the draft goes
    assert code == 1 and not draft.exists() and not (out / "DRAFT").exists(), err


def test_a_pdf_made_with_weasyprint_problems_is_kept_and_its_problems_said_again(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A PDF WeasyPrint made while logging problems (here an unknown CSS property of the project's
    templates) is a complete file, yet every build made it again until they were fixed: a build
    with nothing changed loaded WeasyPrint and rendered it anew, to log the same problems. Now it
    is up to date as any other: each build that keeps it says its problems again (status 1, as the
    build that made it), with no PDF worker started, and fixing them makes it again."""
    from edu import pipeline
    from edu.workers import PdfPool

    css = project / "templates/edu.css"
    fine = css.read_text(encoding="utf-8")
    css.write_text(fine + "\n@media print { .never-used { frobnicate: 1; } }\n", encoding="utf-8")
    problem = "content/en/medicine-basics.md: en/medicine-basics.pdf: Ignored `frobnicate: 1`"
    code, _out, err = run(capsys, project, "build", "-l", "en", "-j", "1")
    assert code == 1 and problem in err, err
    started: list[str] = []
    with pytest.MonkeyPatch.context() as patch:
        enter = PdfPool.__enter__

        def starting(pool: PdfPool) -> PdfPool:
            started.append("a PDF worker")
            return enter(pool)
        patch.setattr(PdfPool, "__enter__", starting)
        code, _out, err = run(capsys, project, "build", "-l", "en", "--format", "pdf", "-j", "1")
        assert code == 1 and problem in err and " 0 built" in err, err  # kept, its problems said again
        patch.setattr(pipeline, "run", None)  # nothing changed: the last build's report, replayed
        code, _out, err = run(capsys, project, "build", "-l", "en", "--format", "pdf", "-j", "1")
        assert code == 1 and problem in err, err
    assert started == []
    (project / "templates/web.css").write_text("/* the web pages only */\n", encoding="utf-8")
    code, _out, err = run(capsys, project, "build", "-l", "en", "-j", "1")  # no PDF's page reads it
    assert code == 1 and problem in err and "en/medicine-basics.pdf" not in err.replace(problem, ""), err
    css.write_text(fine, encoding="utf-8")
    code, _out, err = run(capsys, project, "build", "-l", "en", "-j", "1")
    assert code == 0 and "built en/medicine-basics.pdf (templates)" in err and "frobnicate" not in err, err
