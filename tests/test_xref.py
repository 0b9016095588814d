"""Links between handouts and to their sections: checked at load, followed on every web page in
the reader's language where it exists, kept as words in PDFs, never a path of this machine."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import lxml.html
import pikepdf
import pytest
from babel.messages.pofile import read_po, write_po

from edu import xref
from edu.content import load_document
from edu.poread import read_catalog
from edu.segments import segment_document
from edu.xref import anchor
from helpers import front_matter, pdf_text, run

LINKS = ("Read [the case](../es/caso-breve.md#caso-clínico) and [more](extra.md#where-to-go). "
         "[Back to the top](#how-do-i-give-the-shot).")
LINKS_ES = ("Lea [el caso](../es/caso-breve.md#caso-clínico) y [más](extra.md#where-to-go). "
            "[Volver arriba](#how-do-i-give-the-shot).")
EXTRA = {"Extra words": "Palabras extra", "More to read after [the basics](medicine-basics.md).":
         "Más para leer después de [lo básico](medicine-basics.md).", "Where to go": "Adónde ir",
         "Go home.": "Vaya a casa."}


def translate(project: Path, entries: dict[str, str]) -> None:
    po = project / "locale/es/LC_MESSAGES/from-en.po"
    with po.open("rb") as fileobj:
        catalog = read_po(fileobj)
    for msgid, msgstr in entries.items():
        catalog[msgid].string = msgstr
        catalog[msgid].flags.discard("fuzzy")
    with po.open("wb") as fileobj:
        write_po(fileobj, catalog)


def with_links(project: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """medicine-basics links a Spanish handout's section, a new English handout (not translated)
    and its own first section; the link sentence is translated."""
    handout = project / "content/en/medicine-basics.md"
    handout.write_text(handout.read_text(encoding="utf-8") + f"\n{LINKS}\n", encoding="utf-8")
    summary = '"More to read after [the basics](medicine-basics.md)."'
    (project / "content/en/extra.md").write_text(
        front_matter("Extra words", summary) + "\n## Where to go\n\nGo home.\n", encoding="utf-8")
    assert run(capsys, project, "update")[0] == 0
    translate(project, {LINKS: LINKS_ES})
    return handout


def links_of(page: Path) -> list[tuple[str, str | None, str]]:
    """(href, hreflang, text) of every link of the handout's text (not its format links, not web addresses)."""
    tree = lxml.html.parse(str(page))
    return [(a.get("href"), a.get("hreflang"), a.text_content())
            for a in tree.xpath("//article//a[not(ancestor::p[@class='formats'] or ancestor::nav)]")
            if not a.get("href", "").startswith("http")]


@pytest.mark.parametrize(("text", "anchor_name"), [
    ("What should I bring?", "what-should-i-bring"),
    ("Caso clínico", "caso-clínico"),
    ("**Dose** and [label](https://example.org) (mg/kg)", "dose-and-label-mgkg"),
    ("Day-to-day life", "day-to-day-life"),
])
def test_a_section_is_named_as_github_names_it(text: str, anchor_name: str) -> None:
    assert anchor(text) == anchor_name


def test_web_pages_follow_links_in_the_readers_language_or_the_original(project: Path,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    with_links(project, capsys)
    code, _out, err = run(capsys, project, "build", "-j", "1", "--format", "html", "--format", "bilingual")
    assert code == 1 and "edu: not published: es/extra" in err, err  # everything else is built
    build = project / "build"
    assert links_of(build / "en/medicine-basics.html") == [
        ("../en/caso-breve.html#caso-clínico", None, "the case"),
        ("../en/extra.html#where-to-go", None, "more"),
        ("#how-do-i-give-the-shot", None, "Back to the top")]
    assert links_of(build / "es/medicine-basics.html") == [  # extra.md has no Spanish page yet: the English one
        ("../es/caso-breve.html#caso-clínico", None, "el caso"),
        ("../en/extra.html#where-to-go", "en", "más"),
        ("#how-do-i-give-the-shot", None, "Volver arriba")]
    for page in ("en/medicine-basics.html", "es/medicine-basics.html"):  # the same anchors in every language
        headings = lxml.html.parse(str(build / page)).xpath("//article//h2[not(@class='callout-label')]/@id")
        assert headings[0] == "how-do-i-give-the-shot"
    assert lxml.html.parse(str(build / "en/caso-breve.html")).xpath("//article//h2/@id")[0] == "caso-clínico"
    side = lxml.html.parse(str(build / "bilingual/medicine-basics.html"))
    ids = side.xpath("//@id")
    assert len(ids) == len(set(ids)) and "how-do-i-give-the-shot" in ids  # one column names the sections


def test_a_page_links_the_translation_once_it_is_published(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The linking page is made again (its links are among what it is made from)."""
    with_links(project, capsys)
    assert "not published: es/extra" in run(capsys, project, "build", "-j", "1", "--format", "html")[2]
    translate(project, EXTRA)
    code, _out, err = run(capsys, project, "build", "-j", "1", "--format", "html")
    assert code == 0, err
    assert ("../es/extra.html#where-to-go", None, "más") in links_of(project / "build/es/medicine-basics.html")
    summary = lxml.html.parse(str(project / "build/es/extra.html")).xpath("//p[@class='summary']/a/@href")
    assert summary == ["../es/medicine-basics.html"]  # a link in the summary is followed too


def test_a_pdf_keeps_the_words_of_a_link_to_another_handout_and_no_path(project: Path,
                                                                        capsys: pytest.CaptureFixture[str]) -> None:
    """The PDF printed "file:///<this machine>/templates/extra.md" as the link's address."""
    with_links(project, capsys)
    code, _out, err = run(capsys, project, "build", "-j", "1", "-l", "en", "--format", "pdf")
    assert code == 0, err
    pdf = project / "build/en/medicine-basics.pdf"
    assert "Read the case and more. Back to the top." in pdf_text(pdf)
    with pikepdf.open(pdf) as document:
        annotations = [a for page in document.pages for a in page.get("/Annots", [])]
        uris = [str(a.A.URI) for a in annotations if "/A" in a]
        internal = [a for a in annotations if "/Dest" in a]
    assert uris and all(uri.startswith("https://") for uri in uris), uris  # only the web links
    assert len(internal) == 1  # "Back to the top" goes to the section


@pytest.mark.parametrize(("target", "problem"), [
    ("missing.md", "no handout content/en/missing.md"),
    ("extar.md#where-to-go", "no handout content/en/extar.md (did you mean 'extra.md'?)"),  # a typo or a rename
    ("../es/caso-brev.md", "no handout content/es/caso-brev.md (did you mean '../es/caso-breve.md'?)"),
    ("x.md", "no handout content/en/x.md"),  # nothing close: no hint
    ("forms/consent.pdf", "not a handout: link another handout by its file (other.md, relative to this one) "
                          "or a web address (https://…)"),
    ("/en/extra.md", "not a handout"),
    ("javascript:alert(1)", "a page can open only https:, http:, mailto:, tel: addresses"),
    ("#nowhere", "no heading of this handout has the anchor #nowhere (its anchors: #how-do-i-give-the-shot)"),
    ("extra.md#nowhere", "no heading of content/en/extra.md has the anchor #nowhere (its anchors: #where-to-go)"),
])
def test_a_link_no_page_can_follow_is_a_located_error(project: Path, capsys: pytest.CaptureFixture[str],
                                                      target: str, problem: str) -> None:
    handout = with_links(project, capsys)
    text = handout.read_text(encoding="utf-8")
    handout.write_text(text + f"\nSee [this]({target}).\n", encoding="utf-8")
    line = len(text.splitlines()) + 2
    for command in ("build", "check"):
        code, _out, err = run(capsys, project, command)
        assert code == 1, err
        said = "error: " if command == "check" else ""  # check lists it with the catalogs' problems
        assert re.search(rf"^content/en/medicine-basics\.md:{line}: {said}link {re.escape(repr(target))}: "
                         rf"{re.escape(problem)}", err, re.M), err
        if "no handout" in problem:  # the hint is given only when a handout's name is close
            assert re.search(rf"{re.escape(problem)}( \[source\])?$", err, re.M), err
    assert not (project / "build/en").exists()


def rename_extra(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`git mv extra.md extras.md` after its translation, and the source's link to it mended."""
    handout = with_links(project, capsys)
    translate(project, EXTRA)
    (project / "content/en/extra.md").rename(project / "content/en/extras.md")
    handout.write_text(handout.read_text(encoding="utf-8").replace("(extra.md#", "(extras.md#"), encoding="utf-8")


def test_edu_update_carries_a_renamed_handouts_address_into_the_translation(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`git mv extra.md extras.md` and the source's link mended: the Spanish medicine-basics was
    withdrawn until a translator retyped a file name they must never change anyway. The words are
    those reviewed: `edu update` gives the entry its translation with the new address."""
    rename_extra(project, capsys)
    assert run(capsys, project, "update")[0] == 0
    po = project / "locale/es/LC_MESSAGES/from-en.po"
    entry = read_catalog(po, po)[LINKS.replace("(extra.md#", "(extras.md#")]
    assert not entry.fuzzy and "[más](extras.md#where-to-go)" in entry.string, entry.string
    code, _out, err = run(capsys, project, "build", "-j", "1", "--format", "html")
    assert code == 0 and "edu: not published" not in err and " 0 editions not published" in err, err
    assert ("../es/extras.html#where-to-go", None, "más") in links_of(project / "build/es/medicine-basics.html")


@pytest.mark.skipif(shutil.which("msgmerge") is None, reason="GNU gettext is not installed; .ci/run installs it")
def test_a_translation_withdrawn_for_a_renamed_handout_says_so_and_what_to_do(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The same rename with the catalog merged by GNU msgmerge (or Weblate), which makes the entry
    fuzzy: the Spanish medicine-basics was withdrawn with "a translation missing, unreviewed or
    rejected: see above; or use --draft"; it now says what to change."""
    rename_extra(project, capsys)
    assert run(capsys, project, "extract")[0] == 0
    po = project / "locale/es/LC_MESSAGES/from-en.po"
    subprocess.run(["msgmerge", "--previous", "--quiet", "--update", "--backup=none", "--no-wrap", str(po),
                    str(project / "locale/from-en.pot")], check=True)  # the entry is fuzzy, its old source #| msgid
    line = read_catalog(po, po)[LINKS.replace("(extra.md#", "(extras.md#")].lineno
    code, _out, err = run(capsys, project, "build", "-j", "1", "--format", "html")
    assert code == 1
    withdrawn = [x for x in err.splitlines() if x.startswith("edu: not published:")]
    place = f"locale/es/LC_MESSAGES/from-en.po:{line}"
    assert withdrawn == [f"edu: not published: es/medicine-basics: its translation still links to extra.md, which "
                         f"was renamed extras.md: change that link to extras.md at {place}, then remove the fuzzy flag"]
    assert f"{place}: [es] fuzzy translation" in err  # the entry's own line is still there
    assert withdrawn[0] in run(capsys, project, "build", "-j", "1", "--format", "html")[2]  # nothing changed: replayed
    text = po.read_text(encoding="utf-8")
    po.write_text(text.replace("#, fuzzy\n#| msgid", "#| msgid", 1), encoding="utf-8")  # reviewed, link unchanged
    err = run(capsys, project, "build", "-j", "1", "--format", "html")[2]
    assert (f"edu: not published: es/medicine-basics: its translation still links to extra.md, which was renamed "
            f"extras.md: change that link to extras.md at locale/es/LC_MESSAGES/from-en.po:{line - 1}\n") in err
    po.write_text(text.replace("[más](extra.md#", "[más](extras.md#"), encoding="utf-8")  # as it says
    po.write_text(po.read_text(encoding="utf-8").replace("#, fuzzy\n#| msgid", "#| msgid", 1), encoding="utf-8")
    code, _out, err = run(capsys, project, "build", "-j", "1", "--format", "html")
    assert code == 0, err
    assert ("../es/extras.html#where-to-go", None, "más") in links_of(project / "build/es/medicine-basics.html")


def test_a_renamed_handout_is_not_blamed_when_the_words_changed_too(project: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    """The translator must read the new words: the usual lines, no advice to change only the link."""
    handout = with_links(project, capsys)
    translate(project, EXTRA)
    (project / "content/en/extra.md").rename(project / "content/en/extras.md")
    handout.write_text(handout.read_text(encoding="utf-8").replace("[more](extra.md#", "[much more](extras.md#"),
                       encoding="utf-8")
    assert run(capsys, project, "update")[0] == 0
    err = run(capsys, project, "build", "-j", "1", "--format", "html")[2]
    assert ("edu: not published: es/medicine-basics (a translation missing, unreviewed or rejected: the lines above "
            "name each; `edu build --draft` shows the edition marked, for review only)") in err
    assert "renamed" not in err


def test_with_the_sites_address_pdfs_link_the_web_page_and_pages_name_themselves_whole(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``site_url``: a PDF's link to another handout opens its web page (a relative link in a PDF
    opens nothing reliably), and each web page has a canonical address and whole hreflang
    alternates (search engines take no relative ones)."""
    with_links(project, capsys)
    settings = project / "pyproject.toml"
    settings.write_text(settings.read_text(encoding="utf-8").replace(
        "[tool.edu]\n", '[tool.edu]\nsite_url = "https://example.org/edu/"\n'), encoding="utf-8")
    code, _out, err = run(capsys, project, "build", "-j", "1")
    assert code == 1 and "edu: not published: es/extra" in err, err  # everything else is built
    with pikepdf.open(project / "build/en/medicine-basics.pdf") as document:
        uris = [str(a.A.URI) for page in document.pages for a in page.get("/Annots", []) if "/A" in a]
    assert "https://example.org/edu/en/caso-breve.html#caso-cl%C3%ADnico" in uris  # as a URI writes it
    assert "https://example.org/edu/en/extra.html#where-to-go" in uris
    page = lxml.html.parse(str(project / "build/en/medicine-basics.html"))
    assert page.xpath("//link[@rel='canonical']/@href") == ["https://example.org/edu/en/medicine-basics.html"]
    assert page.xpath("//link[@rel='alternate']/@href") == ["https://example.org/edu/en/medicine-basics.html",
                                                             "https://example.org/edu/es/medicine-basics.html",
                                                             "https://example.org/edu/index.html"]  # x-default
    assert page.xpath("//nav//a[@hreflang='es']/@href") == ["../es/medicine-basics.html"]  # the switcher stays relative
    # the web page's link stays relative; its whole address is what a browser prints after it
    [link] = page.xpath("//main//a[@href='../en/extra.html#where-to-go']")
    assert link.get("data-address") == "https://example.org/edu/en/extra.html#where-to-go"
    printed = pdf_text(project / "build/en/medicine-basics.pdf")  # where the latest version is online
    assert "https://example.org/edu/en/medicine-basics.html" in printed.replace(" ", "")
    assert "https://example.org/edu/es/medicine-basics.html" in pdf_text(
        project / "build/es/medicine-basics-large.pdf").replace(" ", "")
    home = lxml.html.parse(str(project / "build/index.html"))
    assert home.xpath("//link[@rel='canonical']/@href") == ["https://example.org/edu/index.html"]


def _cite(written: str, *numbers: int) -> str:
    """A citation's link as link_citations writes it: to the first source, described by every one."""
    described = " ".join(f"source-{n}" for n in numbers)
    return f'<a class="cite" href="#source-{numbers[0]}" aria-describedby="{described}">[{written}]</a>'


@pytest.mark.parametrize(("html", "linked"), [
    ("<p>Bioavailability is 95% [1].</p>", f"<p>Bioavailability is 95% {_cite('1', 1)}.</p>"),
    ("<p>As labeled [1][3].</p>", f"<p>As labeled {_cite('1', 1)}{_cite('3', 3)}.</p>"),
    ("<p>Trials [2–3] and [1, 2].</p>", f"<p>Trials {_cite('2–3', 2, 3)} and {_cite('1, 2', 1, 2)}.</p>"),
    ("<p>Past the list [4], or [2–9].</p>", "<p>Past the list [4], or [2–9].</p>"),  # the build refused it already
    ('<p><a href="https://x.org">see [1]</a> and <code>a[1]</code></p>',
     '<p><a href="https://x.org">see [1]</a> and <code>a[1]</code></p>'),  # never a link in a link, or in code
    ("<ul><li>No citation here.</li></ul>", "<ul><li>No citation here.</li></ul>"),
    ('<p><img alt="Chart [2]" src="c.png"> [2]</p>',
     f'<p><img alt="Chart [2]" src="c.png"> {_cite("2", 2)}</p>'),  # not in an attribute
    ("<p><abbr>RA</abbr> [1]</p>", f"<p><abbr>RA</abbr> {_cite('1', 1)}</p>"),
])
def test_a_citation_links_to_its_source_in_the_list_under_the_text(html: str, linked: str) -> None:
    assert xref.link_citations(html, 3) == linked
    assert xref.link_citations(html, 0) == html  # a handout without sources


def test_a_citation_link_is_named_by_every_source_it_cites() -> None:
    titles = ["Label", 'The "SAVE-MORE" trial & others', "Registry"]

    def name(written: str, numbers: list[int]) -> str:
        return f"{written}: " + "; ".join(titles[n - 1] for n in numbers)

    html = "<p>As labeled [1], in trials [2–3] and [1, 3].</p>"
    assert xref.link_citations(html, 3, name) == (
        '<p>As labeled <a class="cite" href="#source-1" aria-label="1: Label" aria-describedby="source-1">[1]</a>, '
        'in trials <a class="cite" href="#source-2" aria-label="2–3: The &quot;SAVE-MORE&quot; trial &amp; others; '
        'Registry" aria-describedby="source-2 source-3">[2–3]</a> and <a class="cite" href="#source-1" '
        'aria-label="1, 3: Label; Registry" aria-describedby="source-1 source-3">[1, 3]</a>.</p>')
    assert xref.link_citations(html, 3, lambda written, numbers: "") == xref.link_citations(html, 3)  # no word: no name


def test_a_heading_never_takes_the_id_of_a_source(tmp_path: Path) -> None:
    """`## Source 1` would be "source-1", the id of the list's first item."""
    path = tmp_path / "content/en/h.md"
    path.parent.mkdir(parents=True)
    path.write_text(front_matter("T", "S.").replace("references: []", "references: [a, b]")
                    + "## Source 1\n\nText.\n", encoding="utf-8")
    handout = segment_document(load_document(Path("content/en/h.md"), tmp_path))
    assert xref.heading_ids(handout) == ["source-1-1"]


def test_a_link_written_in_angle_brackets_is_followed(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`[the case](<caso-breve.md>)` (CommonMark's form for an address with spaces) printed
    href="&lt;caso-breve.md&gt;", and one with an anchor lost its link."""
    handout = project / "content/en/medicine-basics.md"
    added = ("\nCompare [the case](<../es/caso-breve.md>) and [its start](<../es/caso-breve.md#caso-clínico>), or "
             "[the web](<https://example.org/a>).\n")
    handout.write_text(handout.read_text(encoding="utf-8") + added, encoding="utf-8")
    code, _out, err = run(capsys, project, "build", "-l", "en", "--format", "html")
    assert code == 0, err
    tree = lxml.html.parse(str(project / "build/en/medicine-basics.html"))
    assert tree.xpath("//article//p[contains(., 'Compare')]//a/@href") == [
        "../en/caso-breve.html", "../en/caso-breve.html#caso-clínico", "https://example.org/a"]
