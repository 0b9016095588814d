"""The web pages as a browser and a screen reader get them: landmarks, languages, links between
editions, a print stylesheet, and colours that keep 4.5:1 contrast."""

from __future__ import annotations

import itertools
import re
from pathlib import Path
from typing import Any

import lxml.html
import pytest
from pypdf import PdfReader

from conftest import REPO
from helpers import add_language, cite_the_label, front_matter, pdf_text, run, stylesheet

ES_PO = Path("locale/es/LC_MESSAGES/from-en.po")
# (text colour, background) pairs the stylesheet uses for text, by CSS variable name.
TEXT_ON_BACKGROUND = [
    ("ink", "paper"), ("muted", "paper"), ("accent", "paper"), ("warn", "paper"),
    ("ink", "box"), ("muted", "box"), ("accent", "box"),
    ("ink", "warnbox"), ("warn", "warnbox"), ("accent", "warnbox"), ("paper", "warn"),
    ("ink", "draftbox"), ("warn", "draftbox"),
]


@pytest.fixture
def site(project: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    code, _out, err = run(capsys, project, "build", "--format", "html", "--format", "bilingual", "-j", "1")
    assert code == 0, err
    return project / "build"


def parse(path: Path) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(path.read_bytes())


def pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def test_every_page_has_landmarks_a_title_a_language_and_a_visible_switcher(site: Path) -> None:
    found = pages(site)
    assert len(found) == 12  # 9 handout, side-by-side and index pages, and 3 of 404
    for path in found:
        doc = parse(path)
        assert doc.get("lang") in ("en", "es"), path
        assert doc.findtext(".//title").strip(), path
        for landmark in ("header", "nav", "main", "footer"):
            assert len(doc.xpath(f"//body//{landmark}")) >= 1, (path, landmark)
        assert len(doc.xpath("//main")) == 1 and len(doc.xpath("//h1")) == 1, path
        switch = doc.xpath("//nav//a[@hreflang]")
        assert {a.get("hreflang") for a in switch} == {"en", "es"}, path
        assert all(a.get("lang") == a.get("hreflang") for a in switch), path
        # every link of the switcher goes to a page that exists
        for a in switch:
            assert (path.parent / a.get("href")).resolve().is_file(), (path, a.get("href"))


def test_hreflang_alternates_link_each_edition_to_the_others(site: Path) -> None:
    """Each language version lists the whole set, itself too, as search engines ask; the side-by-side
    page is no version of one language (it listed both, and neither pointed back)."""
    for lang in ("en", "es"):
        doc = parse(site / f"{lang}/medicine-basics.html")
        alternates = {link.get("hreflang"): link.get("href") for link in doc.xpath("//link[@rel='alternate']")}
        assert alternates == {"en": "../en/medicine-basics.html", "es": "../es/medicine-basics.html"}
    assert not parse(site / "bilingual/medicine-basics.html").xpath("//link[@rel='alternate']")


def test_bilingual_page_pairs_blocks_in_rows_with_a_lang_on_every_cell(site: Path) -> None:
    doc = parse(site / "bilingual/medicine-basics.html")
    table = doc.xpath("//table[contains(@class, 'bilingual')]")[0]
    rows = table.xpath("./tbody/tr")
    assert len(rows) >= 6
    for row in rows:
        assert [td.get("lang") for td in row.xpath("./td")] == ["en", "es"]
    headings = [row for row in rows if row.xpath("./td/h2")]
    assert [[h.text_content() for h in row.xpath("./td/h2")] for row in headings] == [
        ["How do I give the shot?", "¿Cómo me pongo la inyección?"]]
    assert [th.get("lang") for th in table.xpath("./thead/tr/th")] == ["en", "es"]


def test_passages_in_another_language_carry_their_lang(project: Path, site: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    es = parse(site / "es/medicine-basics.html")
    sources = es.xpath("//section[contains(@class, 'sources')]//li")
    assert sources and all(li.get("lang") == "en" for li in sources)  # an English source on a Spanish page
    en = parse(site / "en/medicine-basics.html")
    assert not en.xpath("//main//*[@lang]")  # nothing is marked where everything is English
    po = project / ES_PO
    po.write_text(po.read_text(encoding="utf-8").replace('msgstr "Limpie la piel."', 'msgstr ""'), encoding="utf-8")
    assert run(capsys, project, "build", "--draft", "-l", "es", "--format", "html")[0] == 0
    draft = parse(project / "build/es/medicine-basics.html")
    assert [s.text_content() for s in draft.xpath("//main//span[@lang='en']")] == ["Clean the skin."]


def test_index_pages_group_handouts_by_audience_and_link_every_format(site: Path) -> None:
    doc = parse(site / "es/index.html")
    assert [h.text_content() for h in doc.xpath("//main//h3")] == ["Para pacientes y familias",
                                                                 "Para profesionales clínicos"]
    links = {a.get("href") for a in doc.xpath("//main//a")}
    assert {"../es/medicine-basics.html", "../es/caso-breve.html"} <= links


def test_index_pages_link_the_side_by_side_edition_from_the_original_and_the_translation(site: Path) -> None:
    def side_by_side(page: str, lang: str) -> dict[str, str]:
        doc = parse(site / page)
        links = doc.xpath(f"//section[@lang='{lang}']//span[@class='formats']/a[contains(@href, 'bilingual/')]")
        return {a.get("href").split("/")[-1]: a.text_content() for a in links}

    # medicine-basics is written in English, caso-breve in Spanish: a reader of either language finds both
    assert side_by_side("index.html", "en") == {"medicine-basics.pdf": "Side by side with the translation",
                                                "caso-breve.pdf": "Side by side with the original"}
    assert side_by_side("index.html", "es") == {"medicine-basics.pdf": "En paralelo con el original",
                                                "caso-breve.pdf": "En paralelo con la traducción"}
    assert side_by_side("es/index.html", "es") == {"medicine-basics.pdf": "En paralelo con el original",
                                                   "caso-breve.pdf": "En paralelo con la traducción"}
    assert all((site / "bilingual" / name).is_file() for name in ("medicine-basics.pdf", "caso-breve.pdf"))


def test_an_index_names_each_pdf_link_with_its_handouts_title_for_a_screen_reader(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Every handout of an index has its "PDF to print" link: a screen reader's list of links heard
    the same words for each (WCAG 2.4.9). Each is named with its title too; the words shown stay."""
    code, _out, err = run(capsys, project, "build", "-j", "1")
    assert code == 0, err

    def names(page: str, lang: str) -> list[tuple[str, str]]:
        links = parse(project / "build" / page).xpath(f"//section[@lang='{lang}']//span[@class='formats']/a")
        return [(a.text_content(), a.get("aria-label")) for a in links]

    assert names("en/index.html", "en") == [
        ("PDF to print", "PDF to print: What is this medicine?"),
        ("Large print PDF", "Large print PDF: What is this medicine?"),
        ("Side by side with the translation", "Side by side with the translation: What is this medicine?"),
        ("PDF to print", "PDF to print: A short case"),
        ("Side by side with the original", "Side by side with the original: A short case")]
    assert names("index.html", "es") == names("es/index.html", "es") == [
        ("PDF para imprimir", "PDF para imprimir: ¿Qué es este medicamento?"),
        ("PDF con letra grande", "PDF con letra grande: ¿Qué es este medicamento?"),
        ("En paralelo con el original", "En paralelo con el original: ¿Qué es este medicamento?"),
        ("PDF para imprimir", "PDF para imprimir: Un caso breve"),
        ("En paralelo con la traducción", "En paralelo con la traducción: Un caso breve")]


def test_a_citation_is_named_by_its_source_for_a_screen_reader(project: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    """A citation's link was read as "[1], link": it says which source it opens, in the page's
    language, on every edition (the side-by-side one in each column's). Its name has no title: an
    aria-label cannot say its language, and "Fuente 1: <an English title>" was read with a Spanish
    voice; the link is described by the source's item in the list, which carries the title's language."""
    cite_the_label(project)
    code, _out, err = run(capsys, project, "build", "-j", "1", "--format", "html", "--format", "bilingual")
    assert code == 0, err
    title = "Example medicine prescribing information"

    def citations(page: str) -> list[tuple[str, str, str, str]]:
        return [(a.text, a.get("href"), a.get("aria-label"), a.get("aria-describedby"))
                for a in parse(project / "build" / page).xpath("//a[@class='cite']")]

    assert citations("en/medicine-basics.html") == [("[1]", "#source-1", "Source 1", "source-1")]
    assert citations("es/medicine-basics.html") == [("[1]", "#source-1", "Fuente 1", "source-1")]
    assert citations("bilingual/medicine-basics.html") == [("[1]", "#source-1", "Source 1", "source-1"),
                                                           ("[1]", "#source-1", "Fuente 1", "source-1")]
    item = parse(project / "build/es/medicine-basics.html").get_element_by_id("source-1")
    assert item.tag == "li" and item.get("lang") == "en" and title in item.text_content()

    handout, po = project / "content/en/medicine-basics.md", project / ES_PO  # two sources in one citation
    handout.write_text(handout.read_text(encoding="utf-8").replace("references: [label]", "references: [label, trial]")
                       .replace(" [1].", " [1, 2]."), encoding="utf-8")
    po.write_text(po.read_text(encoding="utf-8").replace(' [1]."', ' [1, 2]."'), encoding="utf-8")
    code, _out, err = run(capsys, project, "build", "-j", "1", "--format", "html")
    assert code == 0, err
    assert citations("en/medicine-basics.html") == [("[1, 2]", "#source-1", "Sources 1, 2", "source-1 source-2")]
    assert citations("es/medicine-basics.html") == [("[1, 2]", "#source-1", "Fuentes 1, 2", "source-1 source-2")]

    labels = project / "templates/labels.html"  # a project's own page words, from before there was one
    labels.write_text("".join(line for line in labels.read_text(encoding="utf-8").splitlines(keepends=True)
                              if '"cited"' not in line), encoding="utf-8")
    code, _out, err = run(capsys, project, "build", "-j", "1", "--format", "html", "-l", "en")
    assert code == 0, err
    assert citations("en/medicine-basics.html") == [("[1, 2]", "#source-1", None, "source-1 source-2")]


def test_a_handout_page_links_only_the_other_formats_the_folder_holds(site: Path, project: Path,
                                                                        capsys: pytest.CaptureFixture[str]) -> None:
    def formats(page: str) -> list[tuple[str, str]]:
        return [(a.get("href"), a.text_content()) for a in parse(site / page).xpath("//header//p[@class='formats']/a")]

    assert formats("es/medicine-basics.html") == [("../bilingual/medicine-basics.pdf", "En paralelo con el original")]
    assert formats("en/medicine-basics.html") == [("../bilingual/medicine-basics.pdf",
                                                   "Side by side with the translation")]
    code, _out, err = run(capsys, project, "build", "-l", "es", "--format", "pdf", "-j", "1")
    assert code == 0, err
    # the PDF build made PDFs the web pages did not know of: a build of the web pages links them
    assert run(capsys, project, "build", "-l", "es", "--format", "html")[0] == 0
    assert formats("es/medicine-basics.html") == [
        ("../es/medicine-basics.pdf", "PDF para imprimir"), ("../es/medicine-basics-large.pdf", "PDF con letra grande"),
        ("../bilingual/medicine-basics.pdf", "En paralelo con el original")]
    # a download keeps the language and edition in the file's name (the folder that says them is dropped)
    assert [a.get("download") for a in parse(site / "es/medicine-basics.html").xpath("//header//p[@class='formats']/a")
            ] == ["medicine-basics.es.pdf", "medicine-basics.es.large-print.pdf", "medicine-basics.en-es.pdf"]
    assert {a.get("download") for a in parse(site / "es/index.html").xpath("//span[@class='formats']/a")} >= {
        "medicine-basics.es.pdf", "medicine-basics.es.large-print.pdf", "medicine-basics.en-es.pdf"}
    assert all((site / href.removeprefix("../")).is_file() for href, _label in formats("es/medicine-basics.html"))
    assert formats("en/medicine-basics.html") == [("../bilingual/medicine-basics.pdf",
                                                   "Side by side with the translation")]


def test_clinicians_are_not_told_to_ask_their_care_team(site: Path) -> None:
    """The closing line fits the audience, in each language and on the side-by-side page."""
    patient = "This handout does not replace the advice of your care team."
    clinician = "This document supports clinical judgment. It does not replace the prescribing information"
    clinico = "Este documento apoya el juicio clínico. No reemplaza la información de prescripción"
    pages = {name: (site / name).read_text(encoding="utf-8") for name in
             ("en/medicine-basics.html", "en/caso-breve.html", "es/caso-breve.html", "bilingual/caso-breve.html")}
    assert patient in pages["en/medicine-basics.html"] and clinician not in pages["en/medicine-basics.html"]
    assert clinician in pages["en/caso-breve.html"] and patient not in pages["en/caso-breve.html"]
    assert clinico in pages["es/caso-breve.html"] and "consejos de su equipo" not in pages["es/caso-breve.html"]
    assert clinico in pages["bilingual/caso-breve.html"] and clinician in pages["bilingual/caso-breve.html"]


def test_pages_carry_a_print_stylesheet_with_the_territory_paper(site: Path) -> None:
    style = stylesheet(site / "en/medicine-basics.html")
    assert "@media print" in style and "size: letter" in style
    # a browser prints the page number in the page's language (a named page per language)
    assert 'html.handout-page[lang="es"] { page: edu-es; }' in style
    assert '@bottom-right { content: "Page " counter(page) " of " counter(pages); }' in style
    assert '@bottom-right { content: "Página " counter(page) " de " counter(pages); }' in style
    assert ".handout-header h1 { string-set: title content(); }" in style  # the running title: no page's own CSS


def test_the_web_font_is_declared_with_valid_css(site: Path) -> None:
    style = stylesheet(site / "es/medicine-basics.html")
    assert ('@font-face { font-family: "Atkinson Hyperlegible"; src: url("fonts/AtkinsonHyperlegible-Regular.woff2") '
            'format("woff2"); font-weight: 400; font-style: normal; font-display: swap; }') in style
    assert style.count("@font-face") == style.count("font-display: swap;") > 0  # text shows while a font loads
    assert "&#34;" not in style and "&quot;" not in style
    assert (site / "assets/fonts/AtkinsonHyperlegible-Regular.woff2").is_file()


def test_web_fonts_are_woff2_with_every_letter_of_the_printed_font(site: Path) -> None:
    """Web pages loaded the 54 KB TTF files; WOFF2 holds the same font in less than half of it (a
    slow phone connection draws the page's own letters sooner). PDFs embed the TTF files."""
    from fontTools.ttLib import TTFont

    from edu.fonts import shipped_faces

    [regular] = [f for f in shipped_faces() if f.path.name == "AtkinsonHyperlegible-Regular.ttf"]
    served = site / "assets/fonts/AtkinsonHyperlegible-Regular.woff2"
    assert served.read_bytes()[:4] == b"wOF2" and served.stat().st_size < regular.path.stat().st_size / 2
    with TTFont(served) as web, TTFont(regular.path) as printed:
        assert web.getBestCmap() == printed.getBestCmap() and web.getGlyphOrder() == printed.getGlyphOrder()
    assert not list(site.glob("assets/fonts/*.ttf"))


def test_web_pages_link_one_shared_stylesheet_and_have_no_inline_style(site: Path) -> None:
    """A hospital site's Content-Security-Policy (default-src 'self', no 'unsafe-inline') blocked the
    <style> every page carried, 19 KB of each, and different in each (its running title): the
    pages showed as plain text. Each links one stylesheet, relative, named by its content."""
    linked = set()
    for path in pages(site):
        doc = parse(path)
        assert doc.xpath("//style") == [] and doc.xpath("//*[@style]") == [], path
        [href] = doc.xpath('//link[@rel="stylesheet"]/@href')
        assert re.fullmatch(r"(\.\./)?assets/edu\.[0-9a-f]{12}\.css", href), (path, href)
        linked.add((path.parent / href).resolve())
    [css] = linked
    assert css.parent == (site / "assets").resolve() and "{{" not in css.read_text(encoding="utf-8")
    assert re.findall(r'url\("([^"]+)"\)', css.read_text(encoding="utf-8"))
    for url in re.findall(r'url\("([^"]+)"\)', css.read_text(encoding="utf-8")):
        assert (css.parent / url).is_file(), url


def test_templates_from_before_the_shared_stylesheet_still_make_styled_pages(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A project whose templates/ predates templates/web.css (its base.html prints the styles in
    each page) builds as before: its pages' fonts load from build/assets/fonts/."""
    (project / "templates/web.css").unlink()
    base = project / "templates/base.html"
    text = base.read_text(encoding="utf-8")
    old_style = ('<style>\n{{ font_css }}\n{% include "edu.css" %}\n{% if not for_pdf %}{% include "screen.css" %}'
                 "{% endif %}\n{% block page_css %}{% endblock %}\n</style>\n")
    base.write_text(text[:text.index("{% if for_pdf %}\n<style>")] + old_style + text[text.index("</head>"):],
                    encoding="utf-8")
    code, _out, err = run(capsys, project, "build", "--format", "html", "-j", "1")
    assert code == 0, err
    style = parse(project / "build/es/medicine-basics.html").findtext(".//style")
    assert 'src: url("../assets/fonts/AtkinsonHyperlegible-Regular.woff2")' in style and "@media print" in style
    assert (project / "build/assets/fonts/AtkinsonHyperlegible-Regular.woff2").is_file()
    assert '@font-face { font-family: "Atkinson Hyperlegible"; src: url("fonts/' in stylesheet_file(project / "build")


def stylesheet_file(build: Path) -> str:
    [css] = (build / "assets").glob("edu.*.css")
    return css.read_text(encoding="utf-8")


def test_a_numbered_list_that_starts_later_keeps_its_number_on_the_web_without_a_style(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    md = project / "content/en/medicine-basics.md"
    md.write_text(md.read_text(encoding="utf-8") + "\n3. Third step.\n4. Fourth step.\n", encoding="utf-8")
    code, _out, err = run(capsys, project, "build", "-l", "en", "--format", "html", "-j", "1")
    assert code == 0, err
    doc = parse(project / "build/en/medicine-basics.html")
    assert doc.xpath('//ol[@start="3"]') and doc.xpath("//*[@style]") == []


def test_the_head_describes_every_page_to_search_engines_and_link_previews(project: Path,
                                                                           capsys: pytest.CaptureFixture[str]) -> None:
    """Index pages had an empty description; a link pasted in a portal message showed no preview
    (no Open Graph); no hreflang named the page for other languages (x-default); review dates
    were text only."""
    (project / "templates/favicon.svg").unlink()  # a project's templates without edu's icon
    code, _out, err = run(capsys, project, "build", "--format", "html", "--format", "bilingual", "-j", "1")
    assert code == 0, err
    build = project / "build"
    for path in pages(build):  # without site_url: no absolute address to give
        doc = parse(path)
        assert not doc.xpath('//meta[starts-with(@property, "og:")]') and not doc.xpath('//link[@hreflang="x-default"]')
        assert all(meta.get("content") for meta in doc.xpath("//meta[@name]")), path  # no empty meta tags
        assert doc.xpath('//meta[@name="description"]/@content'), path
    index = parse(build / "es/index.html")
    assert index.xpath('//meta[@name="description"]/@content') == ["Folletos: ¿Qué es este medicamento?; Un caso breve"]
    assert parse(build / "index.html").xpath('//meta[@name="description"]/@content')[0].startswith("Handouts / ")
    line = parse(build / "es/medicine-basics.html").xpath('//p[@class="edition-line"]')[0]
    assert [(t.get("datetime"), t.text) for t in line.xpath(".//time")] == [("2026-11-20", "20 de noviembre de 2026")]
    assert line.text_content() == "Para pacientes y familias · Última revisión 20 de noviembre de 2026 · Versión 2"
    assert not parse(build / "es/medicine-basics.html").xpath('//link[@rel="icon"]')  # the project has no icon

    pyproject = project / "pyproject.toml"
    settings = 'site_url = "https://example.org/ed/"\nreview_months = 12\n'
    pyproject.write_text(pyproject.read_text(encoding="utf-8") + settings, encoding="utf-8")
    icon_svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16"/></svg>'
    (project / "templates/favicon.svg").write_text(icon_svg, encoding="utf-8")
    code, _out, err = run(capsys, project, "build", "--format", "html", "--format", "bilingual", "-j", "1")
    assert code == 0, err
    page = parse(build / "es/medicine-basics.html")
    og = {meta.get("property"): meta.get("content") for meta in page.xpath('//meta[starts-with(@property, "og:")]')}
    [description] = page.xpath('//meta[@name="description"]/@content')
    assert og == {"og:title": "¿Qué es este medicamento?", "og:description": description,
                  "og:url": "https://example.org/ed/es/medicine-basics.html", "og:type": "article",
                  "og:locale": "es_US", "og:locale:alternate": "en_US"}
    assert page.xpath('//link[@hreflang="x-default"]/@href') == ["https://example.org/ed/index.html"]
    line = page.xpath('//p[@class="edition-line"]')[0]
    assert [t.get("datetime") for t in line.xpath(".//time")] == ["2026-11-20", "2027-11"]
    [icon] = page.xpath('//link[@rel="icon"]')
    assert re.fullmatch(r"\.\./assets/favicon\.[0-9a-f]{12}\.svg", icon.get("href"))
    assert icon.get("type") == "image/svg+xml"
    assert (build / "es" / icon.get("href")).read_bytes() == (project / "templates/favicon.svg").read_bytes()
    index = parse(build / "es/index.html")
    assert index.xpath('//link[@hreflang="x-default"]/@href') == ["https://example.org/ed/index.html"]
    assert index.xpath('//meta[@property="og:type"]/@content') == ["website"]
    assert index.xpath('//meta[@property="og:url"]/@content') == ["https://example.org/ed/es/index.html"]
    home = parse(build / "index.html")
    assert not home.xpath('//link[@hreflang="x-default"]') and home.xpath('//meta[@property="og:locale:alternate"]')
    side = parse(build / "bilingual/medicine-basics.html")
    assert not side.xpath("//link[@hreflang]") and side.xpath('//meta[@property="og:type"]/@content') == ["article"]

    (project / "templates/favicon.svg").write_text(icon_svg.replace("<rect", '<rect onload="alert(1)"'), "utf-8")
    code, _out, err = run(capsys, project, "build", "--format", "html", "-j", "1")
    assert code == 1 and ("templates/favicon.svg:1: the SVG file has an event handler (onload=): save it again "
                          "without scripts (the site's icon)") in err, err


# --- contrast -------------------------------------------------------------------------------------------------


def css_colours() -> dict[str, str]:
    """The colour variables of templates/edu.css (--name: #rrggbb)."""
    css = (REPO / "templates/edu.css").read_text(encoding="utf-8")
    return dict(re.findall(r"--([a-z]+):\s*(#[0-9a-fA-F]{6})", css))


def luminance(hex_colour: str) -> float:
    """WCAG 2 relative luminance."""
    channels = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(foreground: str, background: str) -> float:
    high, low = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_contrast_formula_matches_wcag_reference_values() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)  # the lightest grey that passes


@pytest.mark.parametrize(("text", "background"), TEXT_ON_BACKGROUND)
def test_every_text_colour_has_at_least_4_5_to_1_contrast(text: str, background: str) -> None:
    colours = css_colours()
    ratio = contrast(colours[text], colours[background])
    assert ratio >= 4.5, f"--{text} on --{background}: {ratio:.2f}:1"


def test_every_colour_in_the_stylesheet_is_a_variable_the_contrast_test_knows() -> None:
    css = (REPO / "templates/edu.css").read_text(encoding="utf-8")
    body = css.split("}", 1)[1]  # after :root
    literal = set(re.findall(r"#[0-9a-fA-F]{3,6}\b", body))
    assert literal <= set(css_colours().values()), f"colours outside :root: {literal}"
    named = {name for pair in TEXT_ON_BACKGROUND for name in pair}
    assert named | {"line"} == set(css_colours())


@pytest.mark.parametrize(("title", "lang"), [
    ("Kineret 100 mg/0,67 ml solución inyectable en jeringa precargada. Ficha técnica", "es"),
    ("Respuesta de los autores", "es"),
    ("Early treatment of COVID-19 with anakinra guided by suPAR plasma levels (SAVE-MORE)", "en"),
    ("Kineret", "en"),
])
def test_the_language_of_a_source_title_is_recognized(title: str, lang: str) -> None:
    from edu.imprint import title_language

    assert title_language(title) == lang


def print_edition(root: Path, slug: str, lang: str) -> str:
    """The HTML the PDF writer gets of a handout's edition in ``lang`` (drafts too)."""
    from edu.build import BuildReport
    from edu.config import load_settings
    from edu.pages import PageMaker
    from edu.pipeline import make_editions
    from edu.project import load_project

    settings = load_settings(root)
    project = load_project(settings)
    editions, _inputs = make_editions(project, settings.languages, True, BuildReport())
    maker = PageMaker(settings, {x: project.template_catalog(x) for x in settings.languages}, project.references)
    return maker.handout_page(editions[(slug, lang)], for_pdf=True).html


def test_a_right_to_left_language_gets_its_direction(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Arabic pages are written right to left (CLDR), their lists and boxes mirrored; on the side-by-side
    page each column has its own direction; an untranslated English passage stays left to right."""
    add_language(capsys, project, "ar", ("en", "ar", "es"))
    code, _out, err = run(capsys, project, "build", "--draft", "--format", "html", "--format", "bilingual", "-j", "1")
    assert code == 0, err
    out = project / "build"
    arabic = parse(out / "ar/medicine-basics.html")
    assert (arabic.get("lang"), arabic.get("dir")) == ("ar", "rtl")
    fallback = arabic.xpath('//main//span[@class="untranslated"]')
    assert fallback and all((x.get("lang"), x.get("dir")) == ("en", "ltr") for x in fallback)
    for heading in arabic.xpath('//main//h1') + arabic.xpath('//main//p[contains(@class, "summary")]'):
        assert (heading.get("lang"), heading.get("dir")) == ("en", "ltr")  # "Anakinra… much of .it" otherwise
        assert "untranslated" in heading.get("class")
    refs = arabic.xpath('//section[contains(@class, "sources")]//li')
    assert refs and all(li.get("dir") == "ltr" for li in refs if li.get("lang") == "en")
    style = stylesheet(out / "ar/medicine-basics.html")  # a browser's print: running title where reading starts

    def named_page(lang: str) -> str:
        rules = style[style.index(f"@page edu-{lang} {{"):]
        return rules[:rules.index("\n}")]

    assert "@top-right { content: string(title); }" in named_page("ar")
    assert re.search(r"@bottom-left \{ content: [^}]*counter\(page\)", named_page("ar"))
    assert "@top-left { content: string(title); }" in named_page("es")
    pdf_style = lxml.html.fromstring(print_edition(project, "medicine-basics", "ar")).findtext(".//style")  # the PDF's
    assert re.search(r"@top-right \{ content: \S", pdf_style)
    assert re.search(r"@bottom-left \{ content: [^}]*counter\(page\)", pdf_style)
    assert parse(out / "es/medicine-basics.html").get("dir") is None
    assert parse(out / "es/medicine-basics.html").xpath('//span[@lang="en"][@dir]') == []  # same direction
    side = parse(out / "bilingual/medicine-basics.html")
    assert side.get("dir") is None
    cells = side.xpath("//table[@class='bilingual']/tbody/tr/td")
    assert {(td.get("lang"), td.get("dir")) for td in cells} == {("en", None), ("ar", "rtl")}
    summary = side.xpath("//td[@lang='ar']/p[contains(@class, 'summary')]")[0]  # untranslated in the draft
    assert (summary.get("lang"), summary.get("dir"), summary.get("class")) == ("en", "ltr", "summary untranslated")
    css = (REPO / "templates/edu.css").read_text(encoding="utf-8")
    assert '[dir="rtl"] ul, [dir="rtl"] ol { padding-left: 0; padding-right: 1.6em; }' in css
    home = parse(out / "index.html")  # every language's list: the Arabic one was laid out left to right
    assert [(s.get("lang"), s.get("dir")) for s in home.xpath("//section[@class='index-section']")] == [
        ("en", None), ("ar", "rtl"), ("es", None)]
    assert [(s.get("lang"), s.get("dir")) for s in home.xpath("//h1/span")] == [("es", None)]  # ar: "Handouts" yet


def test_every_translation_has_its_side_by_side_edition(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A clinic printing for an Arabic-speaking patient needs English beside Arabic, not only beside
    Spanish: the first other language keeps bilingual/<slug>.*, each further one gets <slug>.<lang>.*."""
    add_language(capsys, project, "ar", ("en", "es", "ar"))
    toml = project / "pyproject.toml"
    code, _out, err = run(capsys, project, "build", "--draft", "--format", "html", "--format", "bilingual", "-j", "1")
    assert code == 0, err
    out = project / "build"
    for name, langs in (("medicine-basics.html", {"en", "es"}), ("medicine-basics.ar.html", {"en", "ar"}),
                        ("caso-breve.html", {"es", "en"}), ("caso-breve.ar.html", {"es", "ar"})):
        cells = parse(out / "bilingual" / name).xpath("//table[@class='bilingual']/tbody/tr[1]/td")
        assert {td.get("lang") for td in cells} == langs, name

    def links(page: str) -> list[tuple[str, str]]:
        return [(a.get("href"), a.text_content()) for a in parse(out / page).xpath("//p[@class='formats']/a")]

    assert links("en/medicine-basics.html") == [
        ("../bilingual/medicine-basics.pdf", "Side by side with the translation (Spanish)"),
        ("../bilingual/medicine-basics.ar.pdf", "Side by side with the translation (Arabic)")]
    assert links("es/medicine-basics.html") == [("../bilingual/medicine-basics.pdf", "En paralelo con el original")]
    assert [href for href, _text in links("ar/medicine-basics.html")] == ["../bilingual/medicine-basics.ar.pdf"]
    index = parse(out / "en/index.html").xpath("//a/@href")
    assert "../bilingual/medicine-basics.ar.pdf" in index and "../bilingual/medicine-basics.pdf" in index

    toml.write_text(toml.read_text(encoding="utf-8").replace('["en", "es", "ar"]', '["en", "es"]'), encoding="utf-8")
    assert run(capsys, project, "build", "--draft", "--format", "html", "--format", "bilingual", "-j", "1")[0] == 0
    assert sorted(p.name for p in (out / "bilingual").iterdir()) == ["caso-breve.html", "caso-breve.pdf",
                                                                     "medicine-basics.html", "medicine-basics.pdf"]
    assert links("en/medicine-basics.html") == [
        ("../bilingual/medicine-basics.pdf", "Side by side with the translation")]  # one: no language named


def test_a_handout_written_in_arabic_keeps_its_direction_beside_english(project: Path,
                                                                        capsys: pytest.CaptureFixture[str]) -> None:
    add_language(capsys, project, "ar", ("en", "es", "ar"))
    (project / "content/ar").mkdir()
    (project / "content/ar/nasiha.md").write_text(
        "---\ntitle: نصائح بعد الحقنة\nsummary: ماذا تفعل بعد الحقنة.\naudience: patient\ntopic: example\n"
        "reviewed: 2026-12-01\nversion: 1\nreferences: []\n---\n\n## ماذا أفعل؟\n\n1. اغسل يديك.\n", encoding="utf-8")
    assert run(capsys, project, "update")[0] == 0
    code, _out, err = run(capsys, project, "build", "--draft", "--format", "html", "--format", "bilingual", "-j", "1")
    assert code == 0, err
    out = project / "build"
    source = parse(out / "ar/nasiha.html")
    assert (source.get("lang"), source.get("dir")) == ("ar", "rtl")
    english = parse(out / "en/nasiha.html")  # a draft: every passage still in Arabic, right to left
    assert (english.get("lang"), english.get("dir")) == ("en", None)
    heading = english.xpath("//main//h1")[0]
    assert (heading.get("lang"), heading.get("dir")) == ("ar", "rtl")
    assert english.xpath('//main//span[@class="untranslated"]') and all(
        (x.get("lang"), x.get("dir")) == ("ar", "rtl") for x in english.xpath('//main//span[@class="untranslated"]'))
    side = parse(out / "bilingual/nasiha.html")  # Arabic beside the first other language, English
    cells = side.xpath("//table[@class='bilingual']/tbody/tr[1]/td")
    assert [(td.get("lang"), td.get("dir")) for td in cells] == [("ar", "rtl"), ("en", None)]
    untranslated_title = side.xpath("//h1/span[@class='untranslated']")[0]
    assert (untranslated_title.get("lang"), untranslated_title.get("dir")) == ("ar", "rtl")
    assert (out / "bilingual/nasiha.es.html").is_file()


def test_a_language_with_a_region_is_published_under_its_bcp47_tag(project: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    """Brazilian Portuguese is pt-BR: the folders, the lang and hreflang attributes and the PDF's
    /Lang use the tag; Babel reads it as pt_BR (the .po header, the date, the decimal comma)."""
    from babel.messages.pofile import read_po, write_po
    from pypdf import PdfReader

    code, _out, err = run(capsys, project, "init", "pt_BR")
    assert (code, err.strip()) == (2, "edu: write 'pt-BR', not 'pt_BR': a language is a BCP 47 tag "
                                      "(hyphens, region in capitals)")
    add_language(capsys, project, "pt-BR", ("en", "es", "pt-BR"))
    assert '"Language: pt_BR\\n"' in (project / "locale/pt-BR/LC_MESSAGES/from-en.po").read_text(encoding="utf-8")
    for po in (project / "locale/pt-BR/LC_MESSAGES").glob("*.po"):
        with po.open("rb") as fileobj:
            catalog = read_po(fileobj)
        assert catalog.plural_forms == "nplurals=2; plural=(n > 1);"  # gettext tools' rule for pt_BR, not CLDR's 3
        for message in catalog:  # a translator's copy of the source: enough to publish the editions
            if message.id:
                ids = (message.id,) if isinstance(message.id, str) else (message.id[0], message.id[1])
                message.string = ids[0] if isinstance(message.id, str) else ids
        with po.open("wb") as fileobj:
            write_po(fileobj, catalog)
    code, _out, err = run(capsys, project, "build", "-j", "1")
    assert code == 0, err
    out = project / "build"
    page = parse(out / "pt-BR/medicine-basics.html")
    assert page.get("lang") == "pt-BR"
    switcher = {a.get("hreflang"): a.text_content() for a in page.xpath("//a[@hreflang]")}
    assert switcher["pt-BR"] == "Português (Brasil)"
    assert "20 de novembro de 2026" in page.text_content()  # the reviewed date, as Brazil writes it
    assert PdfReader(str(out / "pt-BR/medicine-basics.pdf")).trailer["/Root"]["/Lang"] == "pt-BR"
    assert "Português (Brasil)" in pdf_text(out / "bilingual/medicine-basics.pt-BR.pdf")  # its column heading


def test_a_web_page_lists_the_other_handouts_of_its_topic_in_its_language(project: Path,
                                                                          capsys: pytest.CaptureFixture[str]) -> None:
    """The front matter's topic: handouts of one topic link to each other (DESIGN §3), patients' first."""
    (project / "content/en/other-topic.md").write_text(
        front_matter("Something else", "Not about this medicine.").replace("topic: example", "topic: other"),
        encoding="utf-8")
    assert run(capsys, project, "update")[0] == 0
    assert run(capsys, project, "build", "-j", "1", "-l", "en")[0] == 0
    related = parse(project / "build/en/medicine-basics.html").xpath("//nav[@class='related']")[0]
    assert related.xpath("h2/text()") == ["More handouts on this topic"]
    assert [(a.get("href"), a.text_content(), li.text_content()) for li in related.xpath(".//li")
            for a in li.xpath("a")] == [("../en/caso-breve.html", "A short case", "A short case · For clinicians")]
    assert not parse(project / "build/en/other-topic.html").xpath("//nav[@class='related']")  # alone in its topic
    assert "More handouts" not in pdf_text(project / "build/en/medicine-basics.pdf")  # paper cannot follow it
    (project / "content/en/more-basics.md").write_text(front_matter("Basics again", "More."), encoding="utf-8")
    assert run(capsys, project, "update")[0] == 0
    assert run(capsys, project, "build", "-j", "1", "-l", "en", "--format", "html")[0] == 0
    related = parse(project / "build/en/medicine-basics.html").xpath("//nav[@class='related']//a/text()")
    assert related == ["Basics again", "A short case"]  # made again: patient handouts first


def test_lists_of_handouts_go_in_dictionary_order(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Accents, case and opening punctuation do not send a title to the end of the list: "Éclampsia"
    goes among the E's, "¿…?" and quotes are skipped (a Spanish index is mostly questions)."""
    titles = {"zinc": "Zinc and wound healing", "eclampsia": "Éclampsia, the warning signs",
              "quoted": "“Biologic” medicines explained", "question": "¿Why a question mark? (a test)",
              "lower": "after-care at home"}
    for slug, title in titles.items():
        (project / f"content/en/{slug}.md").write_text(front_matter(title, "A summary."), encoding="utf-8")
    assert run(capsys, project, "update")[0] == 0
    assert run(capsys, project, "build", "-j", "1", "-l", "en", "--format", "html")[0] == 0
    listed = parse(project / "build/en/index.html").xpath("//main//li/a[1]/text()")
    patients = [t for t in listed if t in titles.values() or t == "What is this medicine?"]
    assert patients == ["after-care at home", "“Biologic” medicines explained", "Éclampsia, the warning signs",
                        "What is this medicine?", "¿Why a question mark? (a test)", "Zinc and wound healing"]
    related = parse(project / "build/en/zinc.html").xpath("//nav[@class='related']//a/text()")
    assert related[:3] == ["after-care at home", "“Biologic” medicines explained", "Éclampsia, the warning signs"]


def test_every_edition_prints_when_it_is_due_for_review(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """review_months (or a handout's next_review): month and year in each language, web page and PDF."""
    assert run(capsys, project, "build", "-j", "1", "-l", "en", "--format", "html")[0] == 0
    assert "Next review" not in parse(project / "build/en/medicine-basics.html").text_content()  # none unless asked
    toml = project / "pyproject.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace("[tool.edu]\n", "[tool.edu]\nreview_months = 18\n"),
                    encoding="utf-8")
    case = project / "content/es/caso-breve.md"
    case.write_text(re.sub(r"(reviewed: .*\n)", r"\1next_review: 2027-03-01\n", case.read_text(encoding="utf-8")),
                    encoding="utf-8")
    code, _out, err = run(capsys, project, "build", "-j", "1")
    assert code == 0, err
    out = project / "build"
    line = "//p[@class='edition-line']"
    assert parse(out / "en/medicine-basics.html").xpath(line)[0].text_content() == (
        "For patients and families · Last reviewed November 20, 2026 · Next review May 2028 · Version 2")
    assert "Próxima revisión: mayo de 2028" in parse(out / "es/medicine-basics.html").xpath(line)[0].text_content()
    assert "Next review May 2028" in pdf_text(out / "en/medicine-basics.pdf")
    assert "Próxima revisión: mayo de 2028" in pdf_text(out / "es/medicine-basics.pdf")
    assert "Next review March 2027" in parse(out / "en/caso-breve.html").xpath(line)[0].text_content()  # its own


def test_sources_are_listed_as_cited_on_every_edition_side_by_side_too(project: Path,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    """An article: authors, title, journal; year (a title ending in "?" takes no period). The
    side-by-side edition lists them too: its text cites [1] like the others."""
    refs = project / "content/references.yaml"
    refs.write_text(refs.read_text(encoding="utf-8").replace(
        "  title: An example trial\n  issuer: Doe J et al.\n",
        "  title: Does the example medicine work?\n  issuer: Doe J, et al.\n  journal: Example Journal 12(3):45–67\n"),
        encoding="utf-8")
    code, _out, err = run(capsys, project, "build", "-j", "1", "--format", "html", "--format", "bilingual")
    assert code == 0, err
    item = parse(project / "build/en/caso-breve.html").xpath("//section[contains(@class, 'sources')]//li")[0]
    assert " ".join(item.text_content().split()) == ("Doe J, et al. Does the example medicine work? Example Journal "
                                                     "12(3):45–67; 2021. doi:10.1000/example.2021")
    side = parse(project / "build/bilingual/medicine-basics.html")
    section = side.xpath("//section[contains(@class, 'sources')]")[0]
    assert [(s.get("lang"), s.text_content()) for s in section.xpath("h2/span[@lang]")] == [
        ("en", "Sources"), ("es", "Fuentes")]
    assert [" ".join(li.text_content().split()) for li in section.xpath(".//li")] == [
        "Example Pharma. Example medicine prescribing information. 2025. https://medicines.test/label"]
    assert "Sources / Fuentes" in pdf_text(project / "build/bilingual/medicine-basics.pdf")  # was "SourcesFuentes"


def test_a_long_index_has_a_bar_of_initials_linking_each_run(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Staff find one handout among hundreds: a list of LETTERS_FROM or more gets the initials of its
    titles (accents and opening punctuation ignored, Ñ its own letter, digits under 0–9), each a link."""
    from edu.listing import LETTERS_FROM

    titles = ["Zinc", "Éxito", "Ñame", "¿Why a question?", "2 doses a day", "Aspirin", "Ácido fólico", "Beta blockers"]
    titles += [f"Care topic {n:02d}" for n in range(LETTERS_FROM - len(titles) - 1)]  # one is there already
    for n, title in enumerate(titles):
        (project / f"content/en/t{n}.md").write_text(front_matter(title, "A summary."), encoding="utf-8")
    assert run(capsys, project, "update")[0] == 0
    assert run(capsys, project, "build", "-j", "1", "-l", "en", "--format", "html")[0] == 0
    page = parse(project / "build/en/index.html")
    bar = page.xpath("//p[@class='initials']")[0]  # the patients' list; the clinicians' is short
    assert [(a.text, a.get("href")) for a in bar.xpath("a")] == [
        ("0–9", "#en-patient-0-9"), ("A", "#en-patient-A"), ("B", "#en-patient-B"), ("C", "#en-patient-C"),
        ("E", "#en-patient-E"), ("Ñ", "#en-patient-Ñ"), ("W", "#en-patient-W"),
        ("Z", "#en-patient-Z")]
    runs = {h.get("id"): [a.text for a in h.xpath("following-sibling::ul[1]/li/a[1]")] for h in page.xpath("//h4")}
    assert runs["en-patient-A"] == ["Ácido fólico", "Aspirin"]
    assert runs["en-patient-Ñ"] == ["Ñame"] and runs["en-patient-W"] == ["What is this medicine?", "¿Why a question?"]
    assert len(page.xpath("//p[@class='initials']")) == 1


def test_a_long_index_of_several_topics_lists_each_topic_under_its_initial(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Patient titles are questions ("What…?", "¿Qué…?"): by title, a long list files nearly all of
    them under W. With several topics, staff find the medicine: topics under their initials, in
    dictionary order, named by [tool.edu.topics] (else the slug as words), handouts by title."""
    from edu.listing import LETTERS_FROM

    topics = ["metformin", "metformin", "anakinra", "anakinra", "heart-failure", "zinc", "adalimumab"]
    topics += ["insulin"] * (LETTERS_FROM - len(topics) - 1)  # the project's own handout is there already
    for n, topic in enumerate(topics):
        (project / f"content/en/t{n}.md").write_text(front_matter(f"What is handout {n:02d}?").replace(
            "topic: example", f"topic: {topic}"), encoding="utf-8")
    with (project / "pyproject.toml").open("a", encoding="utf-8") as config:
        config.write('\n[tool.edu.topics]\nanakinra = "Anakinra (Kineret)"\n'
                     'metformin = { en = "Metformin", es = "Metformina" }\n')
    assert run(capsys, project, "update")[0] == 0
    assert run(capsys, project, "build", "-j", "1", "-l", "en", "--format", "html")[0] == 0
    page = parse(project / "build/en/index.html")
    bar = page.xpath("//p[@class='initials']")[0]
    assert [a.text for a in bar.xpath("a")] == ["A", "E", "H", "I", "M", "Z"]
    assert [h.text for h in page.xpath("//h4[@id='en-patient-A']/following-sibling::h5")][:2] == [
        "Adalimumab", "Anakinra (Kineret)"]
    lists = {h.text: [a.text for a in h.xpath("following-sibling::ul[1]/li/a[1]")] for h in page.xpath("//h5")}
    assert lists["Anakinra (Kineret)"] == ["What is handout 02?", "What is handout 03?"]
    assert lists["Metformin"] == ["What is handout 00?", "What is handout 01?"]
    assert lists["Heart failure"] == ["What is handout 04?"] and lists["Example"] == ["What is this medicine?"]
    assert len({h.get("id") for h in page.xpath("//h4 | //h5")}) == len(page.xpath("//h4 | //h5"))


def test_a_topic_is_named_in_each_language_or_once_for_all(tmp_path: Path) -> None:
    from edu.config import load_settings

    (tmp_path / "pyproject.toml").write_text(
        '[tool.edu]\nlanguages = ["en", "es", "pt-BR"]\n[tool.edu.topics]\nanakinra = "Anakinra (Kineret)"\n'
        'metformin = { en = "Metformin", es = "Metformina", pt = "Metformina" }\n', encoding="utf-8")
    settings = load_settings(tmp_path)
    assert [settings.topic_name("metformin", lang) for lang in ("en", "es", "pt-BR")] == [
        "Metformin", "Metformina", "Metformina"]
    assert settings.topic_name("anakinra", "es") == "Anakinra (Kineret)"
    assert settings.topic_name("heart-failure", "es") == "Heart failure"


def test_a_title_is_printed_as_written(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A title is text, never Markdown: "<" printed "&lt;" (escaped twice) on the page, in its window
    title, the index and the PDF's header and metadata."""
    handout = project / "content/en/medicine-basics.md"
    handout.write_text(handout.read_text(encoding="utf-8").replace(
        "title: What is this medicine?", "title: 'Shots & pills: <5 mL or more?'"), encoding="utf-8")
    code, _out, err = run(capsys, project, "build", "-l", "en", "-j", "1")
    assert code == 0, err
    page = lxml.html.parse(str(project / "build/en/medicine-basics.html")).getroot()
    assert page.findtext(".//h1") == page.findtext(".//title") == "Shots & pills: <5 mL or more?"
    index = lxml.html.parse(str(project / "build/en/index.html")).getroot()
    assert "Shots & pills: <5 mL or more?" in [a.text for a in index.iter("a")]
    pdf = project / "build/en/medicine-basics.pdf"
    assert "Shots & pills: <5 mL or more?" in pdf_text(pdf) and "&lt;" not in pdf_text(pdf)
    assert PdfReader(pdf).metadata.title == "Shots & pills: <5 mL or more?"


def test_code_shows_its_angle_brackets_and_an_authors_note_is_not_printed(project: Path,
                                                                          capsys: pytest.CaptureFixture[str]) -> None:
    """`<br>` in a code span printed "&lt;br&gt;" (escaped twice); a note in a sentence was printed."""
    handout = project / "content/en/medicine-basics.md"
    handout.write_text(handout.read_text(encoding="utf-8") + "\nWrite `a < b` or `<br>`. Call <!-- TODO --> us.\n",
                       encoding="utf-8")
    code, _out, err = run(capsys, project, "build", "-l", "en", "--format", "html")
    assert code == 0, err
    paragraph = parse(project / "build/en/medicine-basics.html").xpath("//p[code]")[-1]
    assert [c.text for c in paragraph.findall("code")] == ["a < b", "<br>"]
    assert paragraph.text_content() == "Write a < b or <br>. Call us."


@pytest.mark.parametrize(("phone", "uri"), [
    ("555-0100", "555-0100"), ("(555) 010-0100 ext. 12", "555-010-0100;ext=12"),
    ("+34 91 123 45 67", "+34-91-123-45-67"), ("555-0100 x 7", "555-0100;ext=7"),
])
def test_the_clinics_phone_link_dials_the_number(phone: str, uri: str) -> None:
    """"(555) 010-0100 ext. 12" made href="tel:(555)010-0100ext.12", which no phone dials (RFC 3966)."""
    from edu.imprint import tel_uri

    assert tel_uri(phone) == uri


def test_the_home_pages_heading_says_each_word_in_its_language(site: Path) -> None:
    """"Handouts / Hojas informativas" under <html lang="en">: a screen reader read the Spanish with
    an English voice (WCAG 3.1.2)."""
    h1 = parse(site / "index.html").xpath("//h1")[0]
    assert h1.text_content() == "Handouts / Folletos"
    assert [(s.get("lang"), s.text) for s in h1.xpath("span")] == [("es", "Folletos")]


def test_the_home_page_says_its_disclaimer_in_each_of_its_languages(site: Path) -> None:
    """The home page lists every language's handouts; its note that they do not replace the care
    team's advice was in English only. A language's own index page says it once."""
    notes = "//footer/p[@class='disclaimer']"
    home = [(p.get("lang"), p.text_content()) for p in parse(site / "index.html").xpath(notes)]
    spanish = parse(site / "es/index.html").xpath(notes)
    assert [p.text_content() for p in spanish] == [text for lang, text in home if lang == "es"]
    assert len(home) == 2 and home[0][0] is None and home[0][1] != home[1][1]


def test_in_arabic_a_tables_column_alignment_and_a_left_to_right_source_keep_their_sides() -> None:
    """`[dir=rtl] td { text-align: right }` outweighed `|:-:|` and `|--:|` (both printed at the right),
    and pushed a Spanish source in an Arabic list of sources to the right edge."""
    from weasyprint import CSS, HTML

    css = re.sub(r"\{\{[^}]*\}\}", "sans-serif", (REPO / "templates/edu.css").read_text(encoding="utf-8"))
    html = ('<html dir="rtl" lang="ar"><body><table><tr><td class="align-center">a</td><td class="align-right">b</td>'
            '<td>c</td></tr></table><ol><li lang="es" dir="ltr">Fuente</li><li>مصدر</li></ol></body></html>')
    page = HTML(string=html).render(stylesheets=[CSS(string=css)]).pages[0]._page_box

    def boxes(box: Any) -> Any:
        yield box
        for child in getattr(box, "children", []):
            yield from boxes(child)

    aligned = [("".join(b.element.itertext()), b.style["text_align_all"]) for b in boxes(page)
               if type(b).__name__ in ("TableCellBox", "BlockBox") and getattr(b, "element", None) is not None
               and b.element.tag in ("td", "li")]
    assert dict(aligned) == {"a": "center", "b": "left", "c": "right", "Fuente": "left", "مصدر": "right"}


def test_a_letter_with_a_stroke_is_filed_after_its_base_letter() -> None:
    """Vietnamese "Đến phòng khám" came after "Zinc": NFD takes no stroke off a letter."""
    from edu.listing import title_key

    titles = ["Tiêm anakinra", "Đến phòng khám", "Dùng thuốc", "Zinc", "Ñandú", "Nube", "¿Qué es?"]
    assert sorted(titles, key=title_key) == ["Dùng thuốc", "Đến phòng khám", "Nube", "Ñandú", "¿Qué es?",
                                             "Tiêm anakinra", "Zinc"]


def test_the_clinic_is_named_in_each_language_or_marked_as_the_language_it_is_written_in(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """"Rheumatology Clinic, 3rd floor" on a Spanish sheet, read by a screen reader with Spanish rules:
    the name may be given per language, and a name given once is marked with its language."""
    toml = project / "pyproject.toml"
    text = toml.read_text(encoding="utf-8")
    once = '[tool.edu]\nclinic = { name = "Clinic, 3rd floor", phone = "555-0100" }\n'
    toml.write_text(text.replace("[tool.edu]\n", once), encoding="utf-8")
    assert run(capsys, project, "build", "--format", "html")[0] == 0
    names = [(x.get("lang"), x.text) for x in parse(project / "build/es/medicine-basics.html").xpath(
        "//span[@class='clinic-name']")]
    assert names == [("en", "Clinic, 3rd floor")]
    assert [x.get("lang") for x in parse(project / "build/en/medicine-basics.html").xpath(
        "//span[@class='clinic-name']")] == [None]
    names = '{ en = "Clinic, 3rd floor", es = "Clínica, 3.er piso" }'
    toml.write_text(text.replace("[tool.edu]\n", f'[tool.edu]\nclinic = {{ name = {names}, phone = "555-0100" }}\n'),
                    encoding="utf-8")
    assert run(capsys, project, "build", "--format", "html", "--format", "bilingual")[0] == 0
    spanish = parse(project / "build/es/medicine-basics.html").xpath("//span[@class='clinic-name']")
    assert [(x.get("lang"), x.text) for x in spanish] == [(None, "Clínica, 3.er piso")]
    # side by side, a clinic named per language is stamped in both (it was in the first language only)
    both = parse(project / "build/bilingual/medicine-basics.html").xpath("//p[@class='clinic-stamp']")[0]
    assert [(x.get("lang"), x.text) for x in both.xpath("span[@class='clinic-name']")] == [
        (None, "Clinic, 3rd floor"), ("es", "Clínica, 3.er piso")]
    assert both.text_content() == "Clinic, 3rd floor / Clínica, 3.er piso · 555-0100"
    toml.write_text(text.replace("[tool.edu]\n", '[tool.edu]\nclinic = { name = { fr = "Clinique" } }\n'),
                    encoding="utf-8")
    code, _out, err = run(capsys, project, "build")
    assert code == 1 and "[tool.edu.clinic] name: fr is not one of the languages in [tool.edu]" in err, err


def test_an_index_page_skips_to_its_list_and_the_switcher_is_named_languages(site: Path) -> None:
    """The index pages' skip link said "Skip to the handout" (there is none), and the switcher,
    which lists the page's own language too, was labelled "Other languages"."""
    index, handout = parse(site / "es/index.html"), parse(site / "es/medicine-basics.html")
    assert index.xpath("//a[@class='skip-link']/text()") == ["Ir a la lista"]
    assert handout.xpath("//a[@class='skip-link']/text()") == ["Ir al folleto"]
    assert handout.xpath("//nav[@class='site-nav']/@aria-label") == ["Idiomas"]


def test_a_language_named_inside_a_sentence_keeps_its_capitals_as_cldr_writes_them() -> None:
    """"Translated from %(language)s": the Spanish status line lowercased the whole name, so a source
    in pt-BR read "Traducido del portugués (brasil)" and German would read "englisch"."""
    from edu.langtag import language_name

    assert language_name("pt-BR", "es", start=False) == "portugués de Brasil"  # CLDR's name of the variety
    assert language_name("en-US", "es", start=False) == "inglés estadounidense"
    assert language_name("sr-Latn", "es", start=False) == "serbio (latino)"  # none: the name and its script
    assert language_name("en", "de", start=False) == "Englisch"
    assert language_name("en", "es", start=False) == "inglés" and language_name("en", "es") == "Inglés"


def test_a_language_named_in_parentheses_has_brackets_inside_them() -> None:
    """A language index listed a handout only in Brazilian Portuguese as "Título (portugués (Brasil))";
    ICU writes a name inside parentheses with brackets, where CLDR has no name for the variety as a
    whole ("portugués de Brasil", "Brazilian Portuguese": no parentheses): "Título (serbio [latino])"."""
    from edu.langtag import in_parentheses, language_name

    assert in_parentheses(language_name("sr-Latn", "es", start=False)) == "serbio [latino]"
    assert in_parentheses(language_name("pt-BR", "en", start=False)) == "Brazilian Portuguese"
    assert in_parentheses("中文（台湾）") == "中文［台湾］"  # full-width, as CLDR writes some names
    assert in_parentheses(language_name("pt", "es", start=False)) == "portugués"


def test_each_table_of_a_web_page_is_in_a_named_region_that_scrolls_it(site: Path) -> None:
    """On a phone a table wider than the screen scrolls sideways in a box of its own (screen.css),
    which the keyboard can reach and a screen reader names in the page's language, with its
    section's heading ("Table 1" alone said nothing of what it was for); the side-by-side page's
    own layout table is not wrapped."""
    for name, labels in (("en/medicine-basics.html", ["Table 1, How do I give the shot?"]),
                         ("es/medicine-basics.html", ["Tabla 1, ¿Cómo me pongo la inyección?"]),
                         ("bilingual/medicine-basics.html", ["Table 1, How do I give the shot?",
                                                             "Tabla 1, ¿Cómo me pongo la inyección?"])):
        doc = parse(site / name)
        tables = doc.xpath("//main//table[not(contains(@class, 'bilingual'))]")
        assert tables, name
        boxes = [table.getparent() for table in tables]
        assert [(b.tag, b.get("class"), b.get("role"), b.get("tabindex")) for b in boxes] == [
            ("div", "table-scroll", "region", "0")] * len(boxes), name
        assert [b.get("aria-label") for b in boxes] == labels, name
    assert not parse(site / "bilingual/medicine-basics.html").xpath("//div[@class='table-scroll']/table[@class]")


def test_a_warning_or_an_emergency_is_a_region_and_each_callout_label_a_heading_in_the_outline(site: Path) -> None:
    """A screen-reader user could not jump to "Get help right away": the box was a note labelled by
    a paragraph. On a web page its label is a heading one level below its section, and a warning or
    an emergency is a region named by it (a landmark); the outline still goes down one level at a time."""
    for name in ("en/medicine-basics.html", "es/medicine-basics.html", "bilingual/medicine-basics.html"):
        doc = parse(site / name)
        boxes = doc.xpath("//main//*[contains(concat(' ', @class, ' '), ' callout ')]")
        assert len(boxes) == (4 if name.startswith("bilingual") else 2), name
        for box in boxes:
            label = doc.get_element_by_id(box.get("aria-labelledby"))
            assert label.getparent() is box and label.get("class") == "callout-label", name
            warning = "callout-warning" in box.get("class")
            assert (box.tag, box.get("role")) == (("section", None) if warning else ("div", "note")), name
        levels = [int(h.tag[1]) for h in doc.xpath("//main//*[self::h1 or self::h2 or self::h3 or self::h4]")]
        assert levels[0] == 1 and all(b - a <= 1 for a, b in itertools.pairwise(levels)), (name, levels)
        labels = [(h.tag, h.text_content()) for h in doc.xpath("//main//*[@class='callout-label']")]
        assert labels[0][0] == "h2" and labels[-1][0] == "h3", (name, labels)  # before the first h2; under it
    assert [h.text_content() for h in parse(site / "es/medicine-basics.html").xpath(
        "//section[contains(@class, 'callout-warning')]/h3")] == ["Importante"]


def test_the_organization_is_named_in_each_language_or_marked_as_the_language_it_is_written_in(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The brand link and the side-by-side page's footer read "Test Clinic Library" with a Spanish
    voice on Spanish pages: a name given once is marked as written in the first language, and it
    may be given per language, as the clinic's."""
    def named(path: str) -> list[tuple[str | None, str]]:
        doc = parse(project / "build" / path)
        names = doc.xpath("//p[@class='brand']/a | //p[@class='organization']")
        return [(x.get("lang"), x.text_content()) for x in names]

    assert run(capsys, project, "build", "--format", "html", "--format", "bilingual")[0] == 0
    assert named("es/medicine-basics.html") == named("es/index.html") == [("en", "Test Clinic Library")]
    assert named("en/medicine-basics.html") == [(None, "Test Clinic Library")]
    assert named("en/caso-breve.html") == [(None, "Test Clinic Library")]
    assert named("bilingual/medicine-basics.html") == [(None, "Test Clinic Library")] * 2
    assert named("bilingual/caso-breve.html") == [("en", "Test Clinic Library")] * 2  # a Spanish original's page
    toml = project / "pyproject.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace(
        'organization = "Test Clinic Library"', 'organization = { en = "Test Clinic Library", es = "Biblioteca" }'),
        encoding="utf-8")
    assert run(capsys, project, "build", "--format", "html", "--format", "bilingual")[0] == 0
    assert named("es/medicine-basics.html") == [(None, "Biblioteca")]
    assert parse(project / "build/es/medicine-basics.html").xpath("//meta[@name='author']/@content") == ["Biblioteca"]
    assert named("en/medicine-basics.html") == [(None, "Test Clinic Library")]


def test_a_write_in_log_prints_once_across_both_columns_of_the_side_by_side_edition(
        shipped: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Two half-width copies of the monitoring sheet's logs left columns of 8 mm ("Lo / que / hice" on
    three lines): nobody could write in them. A table with empty cells is one table of both languages
    at full width; other tables stay side by side."""
    code, _out, err = run(capsys, shipped, "build", "-j", "1", "--format", "bilingual")
    assert code == 0, err
    page = parse(shipped / "build/bilingual/anakinra-monitoring.html")
    rows = page.xpath("//table[@class='bilingual']/tbody/tr[contains(@class, 'row-both')]")
    assert len(rows) == 2 and all(row.xpath("td/@colspan") == ["2"] for row in rows)
    headers = [th.text_content() for th in rows[1].xpath(".//th")]
    assert headers == ["Date / Fecha", "What I noticed / Lo que noté", "What I did / Lo que hice"]
    assert rows[1].xpath(".//th/span/@lang") == ["es", "es", "es"]
    assert "Neutrophil count / Recuento de neutrófilos" in rows[0].text_content()
    assert "Date / Fecha" in pdf_text(shipped / "build/bilingual/anakinra-monitoring.pdf")
