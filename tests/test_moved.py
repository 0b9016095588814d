"""A renamed handout (``moved_from`` in its front matter): the address printed on the sheets handed
out, and their QR code, keep answering in their language and send the reader on to the new page;
build/redirects.json lists every old path with its new one for a web server."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from edu.build import BuildOptions, build
from edu.config import load_settings
from helpers import parse, replace_once, run

SITE = "https://example.org/patient-ed/medicines/"
OLD, NEW = "content/en/medicine-basics.md", "content/en/medicine-intro.md"


def _rename(root: Path, moved_from: str = "moved_from: [medicine-basics]\n") -> None:
    """content/en/medicine-basics.md is now medicine-intro.md and says where it was (line 8)."""
    (root / OLD).rename(root / NEW)
    replace_once(root / NEW, "version: 2\n", f"version: 2\n{moved_from}")


def _redirects(out: Path) -> list[tuple[str, str]]:
    data = json.loads((out / "redirects.json").read_text(encoding="utf-8"))
    assert (data["format"], data["generator"]) == (1, "edu")
    return [(item["from"], item["to"]) for item in data["redirects"]]


def test_a_renamed_handouts_old_address_answers_in_its_language_and_leads_to_the_new_one(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    replace_once(project / "pyproject.toml", "[tool.edu]\n", f'[tool.edu]\nsite_url = "{SITE}"\n')
    code, _out, err = run(capsys, project, "build", "-j", "1")
    assert code == 0, err
    out = project / "build"
    assert _redirects(out) == []  # always there: a server's configuration can read it from the first build
    _rename(project)
    code, _out, err = run(capsys, project, "build", "-j", "1")
    assert code == 0, err

    for lang, heading, link, home in [
            ("en", "This handout has moved", "Go to the handout", "All handouts"),
            ("es", "Esta hoja informativa cambió de dirección", "Ir a la hoja informativa",
             "Todas las hojas informativas")]:
        page = out / lang / "medicine-basics.html"
        doc = parse(page)
        assert doc.get("lang") == lang
        assert doc.xpath("//h1")[0].text_content() == heading
        assert doc.xpath("//meta[@name='robots']/@content") == ["noindex"]
        assert doc.xpath("//link[@rel='canonical']/@href") == [f"{SITE}{lang}/medicine-intro.html"]
        assert doc.xpath("//meta[@http-equiv='refresh']/@content") == ["0; url=medicine-intro.html"]
        assert not doc.xpath("//script") and not doc.xpath("//link[@rel='alternate']")
        assert [(a.get("href"), a.text_content()) for a in doc.xpath("//main//a")] == [
            ("medicine-intro.html", link), ("../" + lang + "/index.html", home)]
        assert not doc.xpath("//article") and "shot" not in page.read_text(encoding="utf-8")  # no old words
        assert (out / lang / "medicine-intro.html").is_file()
    side = parse(out / "bilingual/medicine-basics.html")  # a side-by-side sheet prints its own address
    assert side.get("lang") == "es"
    assert side.xpath("//h1")[0].text_content() == "Esta hoja informativa cambió de dirección"
    assert side.xpath("//link[@rel='canonical']/@href") == [f"{SITE}bilingual/medicine-intro.html"]
    assert side.xpath("//meta[@http-equiv='refresh']/@content") == ["0; url=medicine-intro.html"]
    assert side.xpath("//meta[@name='robots']/@content") == ["noindex"]
    for pdf in ("en/medicine-basics.pdf", "es/medicine-basics-large.pdf", "bilingual/medicine-basics.pdf"):
        assert not (out / pdf).exists(), pdf  # a PDF cannot send a reader on: its address is in redirects.json

    assert _redirects(out) == [
        ("bilingual/medicine-basics.html", "bilingual/medicine-intro.html"),
        ("bilingual/medicine-basics.pdf", "bilingual/medicine-intro.pdf"),
        ("en/medicine-basics-large.pdf", "en/medicine-intro-large.pdf"),
        ("en/medicine-basics.html", "en/medicine-intro.html"),
        ("en/medicine-basics.pdf", "en/medicine-intro.pdf"),
        ("es/medicine-basics-large.pdf", "es/medicine-intro-large.pdf"),
        ("es/medicine-basics.html", "es/medicine-intro.html"),
        ("es/medicine-basics.pdf", "es/medicine-intro.pdf")]
    assert all((out / new).is_file() for _old, new in _redirects(out))
    pages = json.loads((out / "pages.json").read_text(encoding="utf-8"))["pages"]
    listed = {page["html"] for page in pages}
    assert "en/medicine-intro.html" in listed and "en/medicine-basics.html" not in listed  # no handout's page
    assert {page["moved_from"] == ["medicine-basics"] for page in pages if page["slug"] == "medicine-intro"} == {True}
    assert {page["moved_from"] == [] for page in pages if page["slug"] != "medicine-intro"} == {True}  # a CMS's key
    assert "medicine-basics" not in (out / "sitemap.xml").read_text(encoding="utf-8")  # a sitemap lists no redirect

    assert build(load_settings(project), BuildOptions(jobs=1)).written == []  # a no-op makes nothing
    # a build of English web pages only keeps the Spanish old address
    assert build(load_settings(project), BuildOptions(jobs=1, languages=("en",), formats=("html",))).written == []
    assert (out / "es/medicine-basics.html").is_file()
    assert build(load_settings(project), BuildOptions(jobs=1, formats=("html",))).written == []  # nor the other
    assert (out / "bilingual/medicine-basics.html").is_file()  # format's

    replace_once(project / NEW, "moved_from: [medicine-basics]\n", "")
    report = build(load_settings(project), BuildOptions(jobs=1))
    old_pages = {"en/medicine-basics.html", "es/medicine-basics.html", "bilingual/medicine-basics.html"}
    assert old_pages <= set(report.removed)
    assert not (out / "en/medicine-basics.html").exists() and not (out / "es/medicine-basics.html").exists()
    assert _redirects(out) == []
    assert build(load_settings(project), BuildOptions(jobs=1)).written == []


def test_a_rename_without_moved_from_or_with_a_mistyped_one_is_warned_of(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Renamed as the guide's short steps once said (no moved_from), or with a typo in it, the build
    removed every printed address at exit 0 and said nothing: now it says, at the removed page or
    the moved_from line."""
    assert run(capsys, project, "build", "-j", "1", "--format", "html")[0] == 0
    (project / OLD).rename(project / NEW)
    code, _out, err = run(capsys, project, "build", "-j", "1", "--format", "html")
    removed = ("edu: warning: en/medicine-basics.html: removed (and 1 more pages): no handout is 'medicine-basics' "
               "now, and the sheets handed out print this address and its QR code; if the handout was renamed, add "
               "`moved_from: [medicine-basics]` to its front matter (docs/authoring.md, Renaming a handout)")
    assert code == 0 and [line for line in err.splitlines() if "moved_from" in line] == [removed], err
    (project / NEW).rename(project / OLD)
    assert run(capsys, project, "build", "-j", "1", "--format", "html")[0] == 0  # back as it was
    _rename(project, "moved_from: [medicine-basic]\n")
    code, _out, err = run(capsys, project, "build", "-j", "1", "--format", "html")
    assert code == 0 and [line for line in err.splitlines() if "moved_from" in line] == [
        f"{NEW}:8: warning: moved_from: this build folder never published en/medicine-basic.html: is the old file name "
        "right?", removed], err


def test_a_link_to_the_old_name_is_told_the_new_one(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """After a rename, `edu check` said of a link to the old file "did you mean" another handout
    (the page itself, once), and following the hint linked the wrong sheet."""
    case = project / "content/es/caso-breve.md"
    case.write_text(case.read_text(encoding="utf-8") + "\nVea [la hoja](../en/medicine-basics.md).\n", encoding="utf-8")
    line = len(case.read_text(encoding="utf-8").splitlines())
    _rename(project)
    code, _out, err = run(capsys, project, "check")
    assert code == 1 and f"content/es/caso-breve.md:{line}: error: link '../en/medicine-basics.md': no handout " \
        f"content/en/medicine-basics.md (medicine-basics.md was renamed ../en/medicine-intro.md: moved_from at " \
        f"{NEW}:8) [source]" in err.splitlines(), err


def test_a_build_of_one_language_keeps_the_other_languages_old_addresses(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A build of English pages only, right after a rename, removed the Spanish and side-by-side old
    addresses with no page saying the handout moved, and left Spanish pages linking them: they stay
    until a build of theirs puts that page at their address."""
    assert run(capsys, project, "build", "-j", "1")[0] == 0
    _rename(project)
    assert run(capsys, project, "build", "-j", "1", "-l", "en", "--format", "html")[0] == 0
    out = project / "build"
    assert parse(out / "en/medicine-basics.html").xpath("//h1")[0].text_content() == "This handout has moved"
    for kept in ("es/medicine-basics.html", "bilingual/medicine-basics.html", "es/medicine-basics.pdf"):
        assert parse(out / kept).xpath("//article") if kept.endswith(".html") else (out / kept).is_file(), kept
    assert run(capsys, project, "build", "-j", "1")[0] == 0  # the whole library: the old addresses lead on
    for page in ("es/medicine-basics.html", "bilingual/medicine-basics.html"):
        assert parse(out / page).xpath("//meta[@http-equiv='refresh']/@content") == ["0; url=medicine-intro.html"]
    assert not (out / "es/medicine-basics.pdf").exists()


def test_without_the_sites_address_an_old_address_is_canonical_to_the_page_beside_it(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """One old slug may be written without a list. Its page's words, printed now that a handout
    has moved, hold a language back until they are translated, like every page word; meanwhile
    the old address says it in English and leads to the new one, which says it is being updated."""
    _rename(project, "moved_from: medicine-basics\n")
    code, _out, err = run(capsys, project, "build", "-j", "1", "--format", "html")
    assert code == 0, err
    for lang in ("en", "es"):
        doc = parse(project / "build" / lang / "medicine-basics.html")
        assert doc.xpath("//link[@rel='canonical']/@href") == ["medicine-intro.html"]
    replace_once(project / "locale/es/LC_MESSAGES/from-en.po", 'msgstr "Ir a la hoja informativa"', 'msgstr ""')
    code, _out, err = run(capsys, project, "build", "-j", "1", "--format", "html")
    assert code == 1 and "Go to the handout" in err, err
    # the new address says the handout is being updated; the old one, in English, still leads there
    notice = parse(project / "build/es/medicine-intro.html")
    assert notice.xpath("//h1")[0].text_content() == "Estamos actualizando esta hoja informativa"
    doc = parse(project / "build/es/medicine-basics.html")
    assert doc.get("lang") == "en" and doc.xpath("//h1")[0].text_content() == "This handout has moved"
    assert doc.xpath("//main//a[@hreflang='es']/@href") == ["medicine-intro.html"]


@pytest.mark.parametrize(("where", "moved_from", "line", "message"), [
    (OLD, "moved_from: [Medicine Basics]", 8,
     "moved_from: 'Medicine Basics' is not a slug: write the old file name without .md (lowercase letters, digits, "
     "hyphens)"),
    (OLD, "moved_from: [old-sheet, old-sheet]", 8, "moved_from: 'old-sheet' is listed twice"),
    (OLD, "moved_from: {old: sheet}", 8,
     "moved_from: must be the old slug, or a list of them, e.g. [anakinra-risks] (the old file name without .md)"),
    (OLD, "moved_from: [index]", 8, "moved_from: 'index' is the name of a page every build makes, never a handout's"),
    (OLD, "moved_from: [caso-breve]", 8,
     "moved_from: 'caso-breve' is the slug of content/es/caso-breve.md: its pages are at that address now"),
    (OLD, "moved_from: [caso-breve-large]", 8,
     "moved_from: 'caso-breve-large' would take caso-breve-large.pdf, the address of the large-print PDF of "
     "content/es/caso-breve.md"),
    (OLD, "moved_from: [medicine-basics]", 8,
     "moved_from: 'medicine-basics' is this handout's own slug: its pages are at that address now"),
    ("content/es/caso-breve.md", "moved_from:\n  - old-case\n  - old-sheet", 8,
     "moved_from: 'old-sheet' is also in the moved_from of content/en/medicine-basics.md: an old address can lead "
     "to one handout only"),
])
def test_a_wrong_moved_from_is_one_located_line(project: Path, capsys: pytest.CaptureFixture[str], where: str,
                                                moved_from: str, line: int, message: str) -> None:
    if where == OLD:
        replace_once(project / OLD, "version: 2\n", f"version: 2\n{moved_from}\n")
    else:  # the same old slug in two handouts
        replace_once(project / OLD, "version: 2\n", "version: 2\nmoved_from: [old-sheet]\n")
        replace_once(project / where, "version: 1\n", f"version: 1\n{moved_from}\n")
    code, out, err = run(capsys, project, "build", "-j", "1")
    assert (code, out, err) == (1, "", f"{where}:{line}: {message}\n")
    assert not (project / "build").exists()
    assert run(capsys, project, "check")[0] == 1
