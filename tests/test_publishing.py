"""What a web team publishes from build/: an address printed on a sheet keeps answering when its
edition is withdrawn, 404 pages in the site's frame, a switcher that names every language, drafts
kept away from search engines and deploy scripts, and the sitemap and page list their tools read."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from urllib.parse import urlsplit

import lxml.etree
import lxml.html
import pytest
from pypdf import PdfReader

from edu.build import BuildOptions, build
from edu.config import load_settings
from helpers import front_matter, parse, pdf_text, po_line, replace_once, run

ES_PO = Path("locale/es/LC_MESSAGES/from-en.po")
SITE = "https://example.org/patient-ed/medicines/"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def _site_url(root: Path) -> None:
    replace_once(root / "pyproject.toml", "[tool.edu]\n", f'[tool.edu]\nsite_url = "{SITE}"\n')


def _noindex(doc: lxml.html.HtmlElement) -> bool:
    return doc.xpath("//meta[@name='robots']/@content") == ["noindex"]


def _links_resolve(path: Path, doc: lxml.html.HtmlElement) -> None:
    """Every link of the page's body opens a file the folder holds (relative to the page)."""
    for href in doc.xpath("//body//a/@href"):
        if not href.startswith("#"):
            assert (path.parent / href.split("#")[0]).resolve().is_file(), (path, href)


def _withdraw(root: Path, how: str, capsys: pytest.CaptureFixture[str]) -> str:
    """The Spanish edition of medicine-basics stops being published: its English source changed
    (the Spanish entry is now fuzzy) or a translation was removed. Returns the entry's msgid."""
    if how == "source changed":
        replace_once(root / "content/en/medicine-basics.md", "3. Give the shot.", "3. Give the shot slowly.")
        assert run(capsys, root, "update")[0] == 0
        return "Give the shot slowly."
    replace_once(root / ES_PO, 'msgstr "Lávese las manos."', 'msgstr ""')
    return "Wash your hands."


@pytest.mark.parametrize("how", ["source changed", "translation removed"])
def test_a_withdrawn_edition_keeps_its_address_with_a_page_saying_it_is_being_updated(
        project: Path, capsys: pytest.CaptureFixture[str], how: str) -> None:
    """The Spanish sheets handed out carry the address of their web page as a QR code: a one-word
    edit to the English removed the page (a server's English 404). The address now answers, in
    Spanish, that the handout is being updated, with no word of the old text, and links the English
    page and the Spanish index; the old PDFs are gone, never replaced. The build still names the
    entry and exits 1 (DESIGN.md §5); translated again, the handout is back at its address."""
    code, _out, err = run(capsys, project, "build", "-j", "1")
    assert code == 0, err
    out = project / "build"
    msgid = _withdraw(project, how, capsys)
    code, _out, err = run(capsys, project, "build", "-j", "1")
    assert code == 1
    line = po_line(project / ES_PO, msgid)
    assert f"{ES_PO.as_posix()}:{line}: [es]" in err and "not published: es/medicine-basics" in err

    for target in ("es/medicine-basics.html", "bilingual/medicine-basics.html"):
        page = out / target
        doc = parse(page)
        assert doc.get("lang") == "es" and _noindex(doc), target
        assert doc.xpath("//h1")[0].text_content() == "Estamos actualizando esta hoja informativa"
        assert not doc.xpath("//link[@rel='canonical' or @rel='alternate']"), target
        assert not doc.xpath("//article") and "Lávese" not in page.read_text(encoding="utf-8")
        assert "Give the shot" not in page.read_text(encoding="utf-8")  # no English paragraph either
        original = doc.xpath("//main//a[@hreflang='en']")
        assert [(a.get("href"), a.text_content()) for a in original] == [
            ("../en/medicine-basics.html", "Léala en inglés")]
        assert doc.xpath("//main//a[text()='Todas las hojas informativas']/@href") == ["../es/index.html"]
        _links_resolve(page, doc)
    for pdf in ("es/medicine-basics.pdf", "es/medicine-basics-large.pdf", "bilingual/medicine-basics.pdf"):
        assert not (out / pdf).exists(), pdf  # never an old dose, never a stand-in: the PDF address may 404

    english = parse(out / "en/medicine-basics.html")
    assert not english.xpath("//a[@hreflang='es'] | //link[@hreflang='es']")
    assert [s.text_content() for s in english.xpath("//nav//span[@lang='es']")] == ["Español (todavía no disponible)"]
    index = parse(out / "es/index.html")
    assert [(a.get("href"), a.get("hreflang"), a.text_content()) for a in index.xpath("//ul[contains(@class, "
                                                                                      "'elsewhere')]//a")] == [
        ("../en/medicine-basics.html", "en", "What is this medicine?")]

    report = build(load_settings(project), BuildOptions(jobs=1))  # nothing changed: nothing written
    assert report.written == [] and report.skipped == ["es/medicine-basics"] and report.problems
    records = json.loads((out / ".edu-manifest.json").read_text(encoding="utf-8"))["outputs"]
    for target in ("es/medicine-basics.html", "bilingual/medicine-basics.html"):  # the stylesheet it links is
        linked = parse(out / target).xpath("//link[@rel='stylesheet']/@href")[0]  # recorded, so a later build
        assert records[target]["inputs"]["stylesheet"] == linked.removeprefix("../"), target  # keeps it or remakes it

    if how == "source changed":
        po = project / ES_PO
        replace_once(po, '#, fuzzy\n', "")
        text = po.read_text(encoding="utf-8")
        start = text.index('msgid "Give the shot slowly."')
        end = text.index("\n\n", start)
        po.write_text(text[:start] + 'msgid "Give the shot slowly."\nmsgstr "Póngase la inyección despacio."'
                      + text[end:], encoding="utf-8")
    else:
        replace_once(project / ES_PO, 'msgid "Wash your hands."\nmsgstr ""',
                 'msgid "Wash your hands."\nmsgstr "Lávese las manos."')
    code, _out, err = run(capsys, project, "build", "-j", "1")
    assert code == 0, err
    back = parse(out / "es/medicine-basics.html")
    assert back.xpath("//article") and not _noindex(back)
    assert (out / "es/medicine-basics.pdf").is_file() and (out / "bilingual/medicine-basics.pdf").is_file()


def test_an_edition_never_published_has_no_page_and_every_page_names_its_language(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A new English handout waiting for its Spanish translation: the English page's switcher says,
    in Spanish, that Spanish is not available yet (it was simply missing), the Spanish index lists
    it among the handouts only in other languages, and no page is made at a Spanish address that
    was never published."""
    (project / "content/en/storing.md").write_text(
        front_matter("How do I store my medicine?", "Keep it cold.") + "\n## Where do I keep it?\n\nIn the fridge.\n",
        encoding="utf-8")
    assert run(capsys, project, "extract")[0] == 0 and run(capsys, project, "update")[0] == 0
    code, _out, err = run(capsys, project, "build", "--format", "html", "--format", "bilingual")
    assert code == 1 and "not published: es/storing" in err
    out = project / "build"
    assert not (out / "es/storing.html").exists() and not (out / "bilingual/storing.html").exists()
    doc = parse(out / "en/storing.html")
    items = doc.xpath("//ul[@class='language-switcher']/li")
    assert [li.text_content() for li in items] == ["English", "Español (todavía no disponible)"]
    assert items[0].xpath("./a[@hreflang='en' and @aria-current='page']") and not items[1].xpath(".//a")
    assert items[1].xpath("./span/@lang") == ["es"]
    assert [link.get("hreflang") for link in doc.xpath("//link[@rel='alternate']")] == ["en"]  # Spanish is none
    index = parse(out / "es/index.html")
    heading = index.xpath("//h3[@id='elsewhere-es']")
    assert [h.text_content() for h in heading] == ["Por ahora solo en otros idiomas"]
    links = index.xpath("//ul[contains(@class, 'elsewhere')]/li")
    assert [li.text_content() for li in links] == ["How do I store my medicine? (inglés)"]
    assert links[0].xpath("./a/@hreflang") == ["en"] and links[0].xpath("./a/@lang") == ["en"]
    _links_resolve(out / "es/index.html", index)
    assert not index.xpath("//h3[@id='elsewhere-es']/following-sibling::h4")  # one audience: no heading
    (project / "content/en/dosing.md").write_text(front_matter("Dosing", "Doses.").replace(
        "audience: patient", "audience: clinician") + "\n## Dose\n\nOnce a day.\n", encoding="utf-8")
    assert run(capsys, project, "update")[0] == 0
    run(capsys, project, "build", "--format", "html")
    index = parse(out / "es/index.html")  # both: under the index's own audience headings, patients first
    assert [(h.text_content(), [li.text_content() for li in h.xpath("./following-sibling::ul[1]/li")])
            for h in index.xpath("//h3[@id='elsewhere-es']/following-sibling::h4")] == [
        ("Para pacientes y familias", ["How do I store my medicine? (inglés)"]),
        ("Para profesionales clínicos", ["Dosing (inglés)"])]
    assert not parse(out / "en/index.html").xpath("//ul[contains(@class, 'elsewhere')]")  # all in English
    assert not parse(out / "index.html").xpath("//ul[contains(@class, 'elsewhere')]")  # the home lists all


def test_404_pages_in_the_sites_frame_link_the_indexes_from_any_depth(project: Path,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    """A web server shows build/404.html (or a language's) for an address with no page; it had
    none and showed its own English error. Its links work from its folder, and with the site's
    address known from any address the server shows it at (a base address)."""
    code, _out, err = run(capsys, project, "build", "--format", "html")
    assert code == 0, err
    out = project / "build"
    root = parse(out / "404.html")
    assert root.get("lang") == "en" and _noindex(root)
    assert root.xpath("//h1")[0].text_content() == "Page not found / Página no encontrada"
    assert root.xpath("//h1/span/@lang") == ["es"]
    assert [(div.get("lang"), div.xpath(".//a/@href")) for div in root.xpath("//div[@class='notice']")] == [
        (None, ["en/index.html"]), ("es", ["es/index.html"])]
    assert not root.xpath("//base")
    _links_resolve(out / "404.html", root)
    spanish = parse(out / "es/404.html")
    assert spanish.get("lang") == "es" and _noindex(spanish)
    assert spanish.findtext(".//title") == "Página no encontrada"
    assert spanish.xpath("//main//a/@href") == ["index.html"]
    assert spanish.xpath("//a[@class='skip-link']")[0].text_content() == "Ir al mensaje"
    _links_resolve(out / "es/404.html", spanish)

    _site_url(project)
    assert run(capsys, project, "build", "--format", "html")[0] == 0
    # a server shows a 404 page at any address: its links and files are from the site's root (no
    # <base>, which a Content-Security-Policy's base-uri refuses)
    root_path = urlsplit(SITE).path
    home, spanish = parse(out / "404.html"), parse(out / "es/404.html")
    assert not home.xpath("//base") and not spanish.xpath("//base")
    assert spanish.xpath("//main//a/@href") == [f"{root_path}es/index.html"]
    assert [div.xpath(".//a/@href") for div in home.xpath("//div[@class='notice']")] == [
        [f"{root_path}en/index.html"], [f"{root_path}es/index.html"]]
    assert all(href.startswith(root_path) for href in spanish.xpath("//link[@rel='stylesheet']/@href"))


def test_a_draft_build_is_kept_from_search_engines_and_marks_its_folder(project: Path,
                                                                        capsys: pytest.CaptureFixture[str]) -> None:
    """A --draft build exits 0 and its pages looked publishable: no noindex, a canonical and hreflang
    claiming the final address. Now every web page of it says noindex, claims no address, and its
    title starts with the word DRAFT; the folder holds build/DRAFT (for a deploy script to refuse)
    until a build without --draft has replaced every draft page."""
    _site_url(project)
    replace_once(project / ES_PO, 'msgstr "Limpie la piel."', 'msgstr ""')
    out = project / "build"
    code, _out, err = run(capsys, project, "build", "--draft", "--format", "html", "--format", "bilingual")
    assert code == 0, err
    assert "do not publish" in (out / "DRAFT").read_text(encoding="utf-8")
    pages = sorted(out.rglob("*.html"))
    assert len(pages) == 12
    for page in pages:
        doc = parse(page)
        assert _noindex(doc), page
        assert not doc.xpath("//link[@rel='canonical' or @rel='alternate']"), page
        assert doc.findtext(".//title").startswith(("DRAFT: ", "BORRADOR: ")), page
    assert parse(out / "es/medicine-basics.html").findtext(".//title") == "BORRADOR: ¿Qué es este medicamento?"
    assert not (out / "sitemap.xml").exists()  # nothing of a draft for search engines
    assert [p["html"] for p in json.loads((out / "pages.json").read_text(encoding="utf-8"))["pages"]] == [
        "en/caso-breve.html", "es/caso-breve.html", "en/medicine-basics.html"]  # never a draft

    replace_once(project / ES_PO, 'msgid "Clean the skin."\nmsgstr ""',
                 'msgid "Clean the skin."\nmsgstr "Limpie la piel."')
    code, _out, err = run(capsys, project, "build", "--draft", "-l", "es", "--format", "html")
    assert code == 0, err
    code, _out, err = run(capsys, project, "build", "-l", "en", "--format", "html")  # Spanish drafts stay
    assert code == 0, err
    assert (out / "DRAFT").is_file()
    assert not _noindex(parse(out / "en/medicine-basics.html")) and _noindex(parse(out / "es/medicine-basics.html"))
    code, _out, err = run(capsys, project, "build", "--format", "html", "--format", "bilingual")
    assert code == 0, err
    assert not (out / "DRAFT").exists()
    for page in sorted(out.rglob("*.html")):
        doc = parse(page)
        assert _noindex(doc) == (page.name == "404.html"), page
        assert not doc.findtext(".//title").startswith(("DRAFT", "BORRADOR")), page
    doc = parse(out / "es/medicine-basics.html")
    assert doc.xpath("//link[@rel='canonical']/@href") == [SITE + "es/medicine-basics.html"]
    assert (out / "sitemap.xml").is_file()


def test_the_sitemap_and_pages_json_list_the_published_pages(project: Path, tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    """With the site's address: build/sitemap.xml with each page's other languages (hreflang) and
    its review date; always build/pages.json for a CMS. Both list published editions only (not a
    withdrawn one), are made again only when what they list changes, and are the same bytes from
    the same inputs."""
    code, _out, err = run(capsys, project, "build", "-j", "1")
    assert code == 0, err
    out = project / "build"
    assert not (out / "sitemap.xml").exists()  # without the site's address: no sitemap
    assert json.loads((out / "pages.json").read_text(encoding="utf-8"))["pages"][0]["url"] is None

    _site_url(project)
    code, _out, err = run(capsys, project, "build", "-j", "1")
    assert code == 0, err
    tree = lxml.etree.parse(str(out / "sitemap.xml"))
    urls = {u.findtext(f"{SITEMAP}loc"): u for u in tree.getroot()}
    assert sorted(urls) == sorted(SITE + path for path in (
        "index.html", "en/index.html", "es/index.html", "en/medicine-basics.html", "es/medicine-basics.html",
        "en/caso-breve.html", "es/caso-breve.html", "bilingual/medicine-basics.html", "bilingual/caso-breve.html"))
    basics = urls[SITE + "es/medicine-basics.html"]
    assert basics.findtext(f"{SITEMAP}lastmod") == "2026-11-20"
    assert {(link.get("hreflang"), link.get("href")) for link in basics.findall(f"{XHTML}link")} == {
        ("en", SITE + "en/medicine-basics.html"), ("es", SITE + "es/medicine-basics.html")}
    assert urls[SITE + "es/caso-breve.html"].findtext(f"{SITEMAP}lastmod") == "2026-11-18"
    assert not urls[SITE + "bilingual/caso-breve.html"].findall(f"{XHTML}link")

    pages = {(p["lang"], p["slug"]): p for p in json.loads((out / "pages.json").read_text(encoding="utf-8"))["pages"]}
    assert sorted(pages) == [("en", "caso-breve"), ("en", "medicine-basics"), ("es", "caso-breve"),
                             ("es", "medicine-basics")]
    assert len({p["ref"] for p in pages.values()}) == 4  # the code its printed pages carry: one an edition
    ref, en_ref = pages[("es", "medicine-basics")]["ref"], pages[("en", "medicine-basics")]["ref"]
    # the PDFs carry it in their document information too (`pdfinfo -custom`), side by side both
    assert [PdfReader(out / name).metadata["/EduEdition"] for name in (
        "es/medicine-basics.pdf", "es/medicine-basics-large.pdf", "bilingual/medicine-basics.pdf")] == [
        ref, ref, f"{en_ref} {ref}"]
    assert ref in pdf_text(out / "es/medicine-basics.pdf")  # as its footer prints it
    assert "edu-edition" not in (out / "es/medicine-basics.html").read_text(encoding="utf-8")
    assert re.fullmatch("[0-9a-f]{8}", pages[("es", "medicine-basics")].pop("ref"))
    assert pages[("es", "medicine-basics")] == {
        "slug": "medicine-basics", "moved_from": [], "lang": "es", "source_lang": "en",
        "title": "¿Qué es este medicamento?",
        "summary": "Este medicamento calma la hinchazón de sus articulaciones.", "audience": "patient",
        "topic": "example", "topic_name": "Example", "reviewed": "2026-11-20", "next_review": None, "version": 2,
        "html": "es/medicine-basics.html", "url": SITE + "es/medicine-basics.html",
        "pdf": "es/medicine-basics.pdf", "large_print": "es/medicine-basics-large.pdf",
        "bilingual": [{"langs": ["en", "es"], "html": "bilingual/medicine-basics.html",
                       "pdf": "bilingual/medicine-basics.pdf"}],
        "languages": {"en": "en/medicine-basics.html", "es": "es/medicine-basics.html"},
        # its clinical sign-off (content/signoff.yaml), of the words it prints (test_unreviewed_mark.py)
        "clinical_review": {"current": True, "by": "Dr. Test Reviewer", "reviewed": "2026-11-20"},
        "translation_review": None}  # no review recorded (test_translation_review_pages.py)
    assert pages[("en", "caso-breve")]["large_print"] is None  # a clinician handout has none
    assert all((out / p[key]).is_file() for p in pages.values() for key in ("html", "pdf"))

    fresh = tmp_path / "fresh"
    assert run(capsys, project, "build", "-j", "1", "-o", str(fresh))[0] == 0
    for name in ("sitemap.xml", "pages.json", "404.html", "es/404.html"):
        assert (fresh / name).read_bytes() == (out / name).read_bytes(), name
    shutil.rmtree(fresh)

    replace_once(project / ES_PO, 'msgstr "Lávese las manos."', 'msgstr ""')
    report = build(load_settings(project), BuildOptions(jobs=1))
    assert {"sitemap.xml", "pages.json", "es/medicine-basics.html"} <= set(report.written)
    assert SITE + "es/medicine-basics.html" not in (out / "sitemap.xml").read_text(encoding="utf-8")
    listed = json.loads((out / "pages.json").read_text(encoding="utf-8"))["pages"]
    assert ("es", "medicine-basics") not in {(p["lang"], p["slug"]) for p in listed}
    assert [p["bilingual"] for p in listed if p["slug"] == "medicine-basics"] == [[]]
    assert build(load_settings(project), BuildOptions(jobs=1)).written == []  # a no-op writes nothing


def test_a_language_whose_every_edition_is_withdrawn_keeps_its_index_and_404_page(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """One fuzzy entry withdrew a new library's only Spanish handout, and the build removed
    es/index.html and es/404.html: a bookmarked Spanish index and the web server's Spanish 404 page
    answered with the server's own error. They stay, the index listing the handout "only in other
    languages for now"; a language never published has no index."""
    assert run(capsys, tmp_path, "new", "lib")[0] == 0
    root = tmp_path / "lib"
    assert run(capsys, root, "build", "-j", "1")[0] == 0
    out = root / "build"
    po = root / ES_PO
    replace_once(po, 'msgid "Getting ready for your visit"', '#, fuzzy\nmsgid "Getting ready for your visit"')
    code, _out, err = run(capsys, root, "build", "-j", "1")
    assert code == 1 and "not published: es/getting-ready" in err
    assert "removed es/index.html" not in err and "removed es/404.html" not in err
    index = parse(out / "es/index.html")
    assert [(a.get("href"), a.text_content()) for a in index.xpath("//ul[contains(@class, 'elsewhere')]//a")] == [
        ("../en/getting-ready.html", "Getting ready for your visit")]
    assert (out / "es/404.html").is_file()
    notice = parse(out / "es/getting-ready.html")
    assert notice.xpath("//main//a[text()='Todas las hojas informativas']/@href") == ["../es/index.html"]
    _links_resolve(out / "es/getting-ready.html", notice)
    english = parse(out / "en/getting-ready.html")
    assert [s.text_content() for s in english.xpath("//nav//span[@lang='es']")] == ["Español (todavía no disponible)"]

    shutil.rmtree(out)  # a language never published has no index: a fresh folder holds no page of it
    assert run(capsys, root, "build", "-j", "1")[0] == 1
    assert not (out / "es").exists()


def test_every_printed_page_carries_a_code_that_changes_with_the_words_it_prints(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A patient brought back a sheet saying "Version 1 · Last reviewed November 20, 2026", printed
    under that line in six different texts: nothing on paper found the build that made it. Every
    printed page ends its footer line with the edition's code, which build/pages.json lists; a
    changed fact changes it, a change that prints nothing different (a note to the translator,
    the stylesheet) does not."""
    def refs() -> dict[tuple[str, str], str]:
        assert run(capsys, project, "build", "-j", "1")[0] == 0
        listed = json.loads((project / "build/pages.json").read_text(encoding="utf-8"))["pages"]
        return {(p["lang"], p["slug"]): p["ref"] for p in listed}

    first = refs()
    out = project / "build"
    english, spanish = first[("en", "medicine-basics")], first[("es", "medicine-basics")]
    for pdf, footer in (("en/medicine-basics.pdf", f"Last reviewed November 20, 2026 · Version 2 · {english}"),
                        ("es/medicine-basics.pdf", f"Última revisión 20 de noviembre de 2026 · Versión 2 · {spanish}"),
                        ("bilingual/medicine-basics.pdf", f"Versión 2 · {spanish}")):
        text = " ".join(pdf_text(out / pdf).split())
        assert text.count(footer) == text.count("Página " if "Versión" in footer else "Page ") > 0, (pdf, text)
    assert f"Version 2 · {english}" in pdf_text(out / "bilingual/medicine-basics.pdf")  # each column's own
    large = " ".join(pdf_text(out / "en/medicine-basics-large.pdf").split())  # 18 pt: no room in the footer
    assert large.count(english) == 1 and f"Version 2 · {english}" in large  # its edition line, under the title
    assert english not in (out / "en/medicine-basics.html").read_text(encoding="utf-8")  # paper only

    handout = project / "content/en/medicine-basics.md"
    replace_once(handout, "## How do I give the shot?", "<!-- i18n: a note -->\n## How do I give the shot?")
    css = project / "templates/edu.css"
    css.write_text(css.read_text(encoding="utf-8") + "\n.summary { letter-spacing: 0.01em; }\n", encoding="utf-8")
    assert refs() == first  # nothing printed changed
    facts = project / "content/facts.yaml"
    replace_once(facts, "  value: 100\n", "  value: 80\n")
    now = refs()
    assert now[("en", "medicine-basics")] != english and now[("es", "medicine-basics")] != spanish
    assert now[("en", "caso-breve")] == first[("en", "caso-breve")]  # it does not print the dose
    assert f"Versión 2 · {now[('es', 'medicine-basics')]}" in pdf_text(out / "es/medicine-basics.pdf")
