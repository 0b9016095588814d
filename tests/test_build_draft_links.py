"""A side-by-side edition whose two editions are complete, made by `edu build --draft`: its links
to other handouts open what the build folder holds (a draft's page only where the folder has it)."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pikepdf
import pytest

from helpers import run
from test_xref import with_links

SITE = "https://example.org/edu/"


def _with_site(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """medicine-basics (complete in Spanish) links extra.md, whose Spanish edition is a draft."""
    with_links(project, capsys)
    settings = project / "pyproject.toml"
    settings.write_text(settings.read_text(encoding="utf-8").replace(
        "[tool.edu]\n", f'[tool.edu]\nsite_url = "{SITE}"\n'), encoding="utf-8")


def _pdf_links(pdf: Path) -> set[str]:
    """A PDF's links to extra.md's pages."""
    with pikepdf.open(pdf) as document:
        uris = {str(a.A.URI) for page in document.pages for a in page.get("/Annots", []) if "/A" in a}
    return {u for u in uris if "/extra.html" in u}


def _extra_links(project: Path) -> tuple[set[str], set[str]]:
    """The side-by-side PDF's and web page's links to extra.md's pages."""
    page = lxml.html.parse(str(project / "build/bilingual/medicine-basics.html"))
    hrefs = {str(href) for href in page.xpath("//main//a/@href")}
    return _pdf_links(project / "build/bilingual/medicine-basics.pdf"), {h for h in hrefs if "/extra.html" in h}


def test_a_draft_build_of_side_by_side_editions_over_published_pages_links_no_draft(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`--draft --format bilingual` keeps the published pages: es/extra.html is not among them,
    so the Spanish column links the English page, as a build without --draft does."""
    _with_site(project, capsys)
    assert run(capsys, project, "build", "-j", "1")[0] == 1  # es/extra is not published
    published = _extra_links(project)
    assert published == ({f"{SITE}en/extra.html#where-to-go"}, {"../en/extra.html#where-to-go"})
    assert run(capsys, project, "build", "-j", "1", "--draft", "--format", "bilingual")[0] == 0
    assert not (project / "build/es/extra.html").exists()
    assert _extra_links(project) == published


def test_a_draft_build_of_pdfs_over_published_pages_links_no_draft(project: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """The same for `--draft --format pdf`: the Spanish PDF of a complete edition, linked by the
    published Spanish page, links the English page of extra.md; extra.md's Spanish draft PDF is
    made (marked a draft: build/DRAFT)."""
    _with_site(project, capsys)
    assert run(capsys, project, "build", "-j", "1")[0] == 1
    assert run(capsys, project, "build", "-j", "1", "--draft", "--format", "pdf")[0] == 0
    assert (project / "build/es/extra.pdf").exists() and (project / "build/DRAFT").exists()
    assert _pdf_links(project / "build/es/medicine-basics.pdf") == {f"{SITE}en/extra.html#where-to-go"}


def test_a_draft_build_links_the_draft_pages_it_makes(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`edu build --draft` makes es/extra.html (marked a draft, as the folder is): the Spanish column
    opens it; the next build without --draft makes the side-by-side edition again, linking English."""
    _with_site(project, capsys)
    assert run(capsys, project, "build", "-j", "1", "--draft")[0] == 0
    assert (project / "build/es/extra.html").exists() and (project / "build/DRAFT").exists()
    assert _extra_links(project) == ({f"{SITE}en/extra.html#where-to-go", f"{SITE}es/extra.html#where-to-go"},
                                     {"../en/extra.html#where-to-go", "../es/extra.html#where-to-go"})
    assert run(capsys, project, "build", "-j", "1")[0] == 1
    assert _extra_links(project) == ({f"{SITE}en/extra.html#where-to-go"}, {"../en/extra.html#where-to-go"})
