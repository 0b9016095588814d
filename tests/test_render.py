"""Render stage: what reaches the page is safe HTML, callouts are boxes, and template words fall back safely."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog

from edu.content import load_document
from edu.errors import SourceError
from edu.render import MarkdownRenderer, inline_html, link_bare_urls, render_blocks
from edu.segments import segment_document
from edu.templating import CatalogTranslations, css_counter, css_string, make_environment, render_template
from edu.translate import Source, localize
from helpers import front_matter


@pytest.fixture(scope="module")
def render() -> MarkdownRenderer:
    return MarkdownRenderer()


@pytest.mark.parametrize(
    ("markdown", "html"),
    [
        ("<script>alert(1)</script>", ""),
        ("Hi <img src=x onerror=alert(1)>", '<p>Hi <img src="x"></p>'),
        ('<a href="https://e.org" onclick="steal()">y</a>',
         '<p><a href="https://e.org" rel="noopener noreferrer">y</a></p>'),
        ("[x](javascript:alert(1))", '<p><a rel="noopener noreferrer">x</a></p>'),
        ("[x](JaVaScRiPt:alert(1))", '<p><a rel="noopener noreferrer">x</a></p>'),
        ("[x](data:text/html,hi)", '<p><a rel="noopener noreferrer">x</a></p>'),
        ("![a](javascript:alert(1))", '<p><img alt="a"></p>'),
        ('<iframe src="https://e.org"></iframe>', ""),
        ('<b style="color:red">bold</b>', "<p>bold</p>"),
        ("<!-- hidden -->Text", "\n<p>Text</p>"),
        ("[call](tel:+15550100) or [write](mailto:a@e.org)",
         '<p><a href="tel:+15550100" rel="noopener noreferrer">call</a> or '
         '<a href="mailto:a@e.org" rel="noopener noreferrer">write</a></p>'),
        ('![A syringe](img/syringe.png "Syringe")',
         '<p><img alt="A syringe" src="img/syringe.png" title="Syringe"></p>'),
        ("**Bold** and *italic* and `code`", "<p><strong>Bold</strong> and <em>italic</em> and <code>code</code></p>"),
        ("3. three\n4. four",
         '<ol start="3" style="counter-reset: list-item 2">\n<li>three</li>\n<li>four</li>\n</ol>'),
        ("| a | b | c |\n|:-:|--:|:--|\n| 1 | 2 | 3 |",  # a column's alignment, as a class of edu.css
         '<table>\n<thead>\n<tr>\n<th scope="col" class="align-center">a</th>\n'
         '<th scope="col" class="align-right">b</th>\n<th scope="col">c</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n'
         '<td class="align-center">1</td>\n<td class="align-right">2</td>\n<td>3</td>\n</tr>\n</tbody>\n</table>'),
    ],
)
def test_only_allowed_markup_reaches_the_page(render: MarkdownRenderer, markdown: str, html: str) -> None:
    assert render(markdown) == html


@pytest.mark.parametrize(
    ("kind", "parts"),
    [
        ("heading", ("## ", "**Dose** #", "\n")),  # closing hashes belong to the heading
        ("heading", ("## ", "**Dose** \\", "\n")),  # a backslash at the end escapes what follows
        ("paragraph", ("", "CrCl &lt;30 mL/min: **every other day** [7][11].", "")),
        ("list", ("- ", "**Liver (EU label):** monthly [8].", "\n- ", "[label](https://example.org/a?b=1) text", "\n")),
        ("table", ("| ", "A", " | ", "B", " |\n|---|---|\n| ", "*E. coli*", " | ", "71\u00a0%", " |\n")),
        ("paragraph", ("![", "A syringe", "](img/s.png)")),
        ("list", ("- ", "[1]: https://example.org", "\n")),
    ],
)
def test_a_block_by_its_shape_is_the_whole_block(render: MarkdownRenderer, kind: str,
                                                  parts: tuple[str, ...]) -> None:
    """The renderer's shortcut (shape cached, segments filled in) writes what Python-Markdown writes."""
    kinds = tuple(None if i % 2 == 0 else ("alt" if "syringe" in p else "item") for i, p in enumerate(parts))
    assert render.block(kind, parts, kinds) == render("".join(parts))


@pytest.mark.parametrize("markdown", ["- [ ] Bring your card.\n- Eat.\n", "- [ ] Bring your card.\n\n- Eat.\n"])
def test_a_checklist_item_gets_a_box_to_tick(render: MarkdownRenderer, markdown: str) -> None:
    """Tight and loose lists alike; the box is drawn by the stylesheet and hidden from screen readers."""
    html = render(markdown)
    box = '<span class="task-box" aria-hidden="true"></span>'
    assert re.search(rf'<li class="task">(\s*<p>)?{box}Bring your card\.', html)
    assert "[ ]" not in html and html.count('class="task"') == 1
    parts = ("- [ ] ", "Bring **your** card.", "\n- ", "Eat.", "\n")
    assert render.block("list", parts, (None, "item", None, "item", None)) == render("".join(parts))


def test_no_placeholder_of_python_markdown_reaches_a_page(render: MarkdownRenderer) -> None:
    """A lone * between bold words made Python-Markdown print "<strong>\\x02kl</strong>wxh:0000\\x03"
    and lose the link; the block is then shown with its * and _ as written, and its link."""
    html = render("_Take **two pills** * [the pills](https://example.org/p) **right now**.")
    assert "\x02" not in html and "\x03" not in html and "wxh" not in html
    assert html == ('<p>_Take **two pills** * <a href="https://example.org/p" rel="noopener noreferrer">the pills</a> '
                    "**right now**.</p>")
    assert render("- _a **b c** * [d](https://e.org) **f g**\n- h\n").startswith("<ul>\n<li>")  # still a list


def test_a_long_run_in_a_table_gets_break_opportunities_and_nothing_else_changes() -> None:
    from edu.render import breakable_cells

    long = "x" * 45
    html = f'<table><tr><td><a href="https://e.org/{long}">{long}</a> &amp; short</td></tr></table>'
    assert breakable_cells(html) == (f'<table><tr><td><a href="https://e.org/{long}">{"x" * 20}<wbr>{"x" * 20}'
                                     f'<wbr>{"x" * 5}</a> &amp; short</td></tr></table>')  # the address stays whole


def test_table_headers_are_column_headers(render: MarkdownRenderer) -> None:
    html = render("| Test | When |\n|:--|--:|\n| Blood | Before |\n")
    assert html.count('<th scope="col"') == 2
    assert "<td>Blood</td>" in html and "style=" not in html
    raw = render('| a |\n|---|\n| <td class="x" style="color: red">1</td> |')  # only edu.css's classes
    assert 'class="x"' not in raw and "style=" not in raw


def test_escaped_html_from_the_translate_stage_stays_text(render: MarkdownRenderer) -> None:
    assert render("Press &lt;b>here&lt;/b>.") == "<p>Press &lt;b&gt;here&lt;/b&gt;.</p>"


def test_inline_html_unwraps_the_paragraph(render: MarkdownRenderer) -> None:
    assert inline_html("What is **this**?", render) == "What is <strong>this</strong>?"


SOURCE = front_matter("T", "S") + """\
> [!key-points]
> - Once a **day**.

> [!warning]
> Do not shake it.

> Just a quote.

Wash your hands.
"""


def test_callouts_become_boxes_of_their_kind(tmp_path: Path, render: MarkdownRenderer) -> None:
    (tmp_path / "content/en").mkdir(parents=True)
    (tmp_path / "content/en/doc.md").write_text(SOURCE, encoding="utf-8")
    handout = segment_document(load_document(Path("content/en/doc.md"), tmp_path))
    blocks = render_blocks(localize(handout, "en", Source(None, None), {}, "en_US"), render)
    assert [(b.kind, b.callout) for b in blocks] == [("callout", "key-points"), ("callout", "warning"),
                                                      ("quote", None), ("paragraph", None)]
    assert blocks[0].html == "<ul>\n<li>Once a <strong>day</strong>.</li>\n</ul>"
    assert blocks[1].html == "<p>Do not shake it.</p>"
    assert blocks[2].html == "<blockquote>\n<p>Just a quote.</p>\n</blockquote>"


def test_a_draft_segment_is_tagged_with_its_language_and_place(tmp_path: Path, render: MarkdownRenderer) -> None:
    (tmp_path / "content/en").mkdir(parents=True)
    (tmp_path / "content/en/doc.md").write_text(SOURCE, encoding="utf-8")
    handout = segment_document(load_document(Path("content/en/doc.md"), tmp_path))
    html = render_blocks(localize(handout, "es", Source(None, None), {}, "es_US", draft=True), render)[3].html
    assert html == ('<p><span lang="en" class="untranslated" data-where="content/en/doc.md:18">'
                    "Wash your hands.</span></p>")


def test_a_translation_keeps_its_autolinks_and_its_tags_stay_text(tmp_path: Path, render: MarkdownRenderer) -> None:
    (tmp_path / "content/en").mkdir(parents=True)
    (tmp_path / "content/en/doc.md").write_text(front_matter("T", "S") + "Visit <https://e.org/help> or <a@e.org>.\n",
                                                 encoding="utf-8")
    handout = segment_document(load_document(Path("content/en/doc.md"), tmp_path))
    catalog = Catalog(locale="es")
    catalog.add("Visit <https://e.org/help> or <a@e.org>.", "Visite <https://e.org/help> o <a@e.org>. <b>Ya</b>")
    html = render_blocks(localize(handout, "es", Source(catalog, Path("es.po"), check=lambda *a: []), {}, "es_US"),
                         render)[0].html
    assert html == ('<p>Visite <a href="https://e.org/help" class="bare" rel="noopener noreferrer">https://e.org/help</a>'
                    ' o <a href="mailto:a@e.org" class="bare" rel="noopener noreferrer">a@e.org</a>. '
                    "&lt;b&gt;Ya&lt;/b&gt;</p>")


@pytest.mark.parametrize(("html", "linked"), [
    ("<p>Visit https://e.org/help.</p>",
     '<p>Visit <a href="https://e.org/help" class="bare" rel="noopener noreferrer">https://e.org/help</a>.</p>'),
    ("<p>(https://e.org/a?b=1&amp;c=2), then</p>",
     '<p>(<a href="https://e.org/a?b=1&amp;c=2" class="bare" rel="noopener noreferrer">https://e.org/a?b=1&amp;c=2</a>'
     '), then</p>'),
    ('<p><a href="https://e.org" rel="noopener noreferrer">https://e.org</a> <code>https://e.org</code></p>',
     '<p><a href="https://e.org" rel="noopener noreferrer">https://e.org</a> <code>https://e.org</code></p>'),
    ('<p><img alt="https://e.org" src="x.png"> ftp://e.org www.e.org</p>',
     '<p><img alt="https://e.org" src="x.png"> ftp://e.org www.e.org</p>'),
    ("<p>https://e.org/&lt;b&gt;</p>",
     '<p><a href="https://e.org/" class="bare" rel="noopener noreferrer">https://e.org/</a>&lt;b&gt;</p>'),
])
def test_a_bare_web_address_is_a_link_that_shows_itself(html: str, linked: str) -> None:
    """As GitHub makes it: Python-Markdown left "https://…" in the text a phone reader cannot tap."""
    assert link_bare_urls(html) == linked


@pytest.mark.parametrize(("text", "address"), [
    ("See https://en.wikipedia.org/wiki/Warfarin_(drug) for more.", "https://en.wikipedia.org/wiki/Warfarin_(drug)"),
    ("(see https://e.org/a_(b)).", "https://e.org/a_(b)"),  # a parenthesis around it stays outside
    ("| Day | Where |\n|---|---|\n| Mon | See https://www.example.org/patient-education/diabetes/pens/how-to |",
     "https://www.example.org/patient-education/diabetes/pens/how-to"),  # was cut at the first <wbr>
])
def test_a_bare_web_address_links_where_it_goes(tmp_path: Path, render: MarkdownRenderer, text: str,
                                                address: str) -> None:
    (tmp_path / "content/en").mkdir(parents=True)
    (tmp_path / "content/en/doc.md").write_text(front_matter("T", "S") + text + "\n", encoding="utf-8")
    handout = segment_document(load_document(Path("content/en/doc.md"), tmp_path))
    html = render_blocks(localize(handout, "en", Source(None, None), {}, "en_US"), render)[0].html
    assert re.findall(r'href="([^"]*)"', html) == [address]
    assert re.sub(r"<[^>]*>", "", html).count(address) == 1 or "<wbr>" in html


# --- template words ----------------------------------------------------------------------------------

def spanish(entries: dict[str, str], fuzzy: bool = False) -> CatalogTranslations:
    catalog = Catalog(locale="es")
    for msgid, msgstr in entries.items():
        catalog.add(msgid, msgstr, flags=["fuzzy"] if fuzzy else [])
    return CatalogTranslations(catalog)


def test_template_words_are_translated_from_the_catalog() -> None:
    catalog = Catalog(locale="es")
    catalog.add("Last reviewed", "Última revisión")
    catalog.add("Language", "Idioma", context="menu")
    words = CatalogTranslations(catalog)
    assert words.gettext("Last reviewed") == "Última revisión"
    assert words.pgettext("menu", "Language") == "Idioma"
    assert words.gettext("Language") == "Language"  # no entry without the context


@pytest.mark.parametrize(
    ("msgstr", "fuzzy", "shown"),
    [
        ("Página %(page)s", False, "Página %(page)s"),
        ("", False, "Page %(page)s"),  # empty: the source
        ("Página %(page)s", True, "Page %(page)s"),  # fuzzy: the source
        ("Página %(pagina)s", False, "Page %(page)s"),  # a translated placeholder would crash the page
        ("Página", False, "Page %(page)s"),  # a dropped placeholder loses information
        ("Página %(page)s de %(pages)s", False, "Page %(page)s"),
    ],
)
def test_an_unusable_translation_falls_back_to_the_source(msgstr: str, fuzzy: bool, shown: str) -> None:
    words = spanish({"Page %(page)s": msgstr}, fuzzy)
    assert words.gettext("Page %(page)s") == shown


@pytest.mark.parametrize(
    ("forms", "shown"),
    [
        (("%(num)s página", "%(num)s páginas"), ["%(num)s página", "%(num)s páginas", "%(num)s páginas"]),
        (("%(num)s página", ""), ["%(num)s page", "%(num)s pages", "%(num)s pages"]),  # a missing form: English
        (("Una página", "%(num)s páginas"), ["Una página", "%(num)s páginas", "%(num)s páginas"]),  # n = 1 only
        # CLDR's Spanish forms: n = 1, millions, the others; the last must print the number
        (("%(num)s página", "%(num)s de páginas", "Páginas"), ["%(num)s page", "%(num)s pages", "%(num)s pages"]),
    ],
)
def test_plural_forms_follow_the_catalog(forms: tuple[str, ...], shown: list[str]) -> None:
    catalog = Catalog(locale="es")
    catalog.add(("%(num)s page", "%(num)s pages"), forms)
    words = CatalogTranslations(catalog)
    assert [words.ngettext("%(num)s page", "%(num)s pages", n) for n in (1, 2, 0)] == shown


def test_without_a_catalog_template_words_stay_english() -> None:
    assert CatalogTranslations(None).ngettext("a day", "days", 1) == "a day"


def write_templates(root: Path, files: dict[str, str]) -> Path:
    folder = root / "templates"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_a_page_is_rendered_in_the_language_with_autoescape(tmp_path: Path) -> None:
    folder = write_templates(tmp_path, {"page.html": "<h1>{{ title }}</h1>\n<p>{{ _('Page %(page)s', page=n) }}</p>\n"})
    env = make_environment(folder, spanish({"Page %(page)s": "Página %(page)s"}))
    html = render_template(env, "page.html", {"title": "<script>x</script>", "n": 2}, tmp_path)
    assert html == "<h1>&lt;script&gt;x&lt;/script&gt;</h1>\n<p>Página 2</p>"


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        ({"page.html": "<p>\n{% if %}\n</p>\n"}, "templates/page.html:2: template syntax: Expected an expression"),
        ({"page.html": '{% extends "base.html" %}\n{% block main %}\n<p>{{ nothing }}</p>\n{% endblock %}\n',
          "base.html": "<main>\n{% block main %}{% endblock %}\n</main>\n"},
         "templates/page.html:3: template: 'nothing' is undefined"),
        ({"page.html": "<p>\n{% include 'gone.html' %}\n</p>\n"},
         "templates/page.html:2: template: no such file templates/gone.html"),
        ({"page.html": "<p>{{ _('a', 'b') }}</p>\n"}, "templates/page.html:1: template: "),
    ],
)
def test_a_template_mistake_is_one_located_line(tmp_path: Path, files: dict[str, str], expected: str) -> None:
    env = make_environment(write_templates(tmp_path, files), CatalogTranslations(None))
    with pytest.raises(SourceError) as caught:
        render_template(env, "page.html", {}, tmp_path)
    assert str(caught.value).startswith(expected), str(caught.value)


def test_an_arithmetic_mistake_in_a_template_is_located(tmp_path: Path) -> None:
    folder = write_templates(tmp_path, {"page.html": "<p>\n{{ 1 / 0 }}</p>\n"})
    env = make_environment(folder, CatalogTranslations(None))
    with pytest.raises(SourceError, match=r"^templates/page.html:2: template: division by zero"):
        render_template(env, "page.html", {}, tmp_path)


def test_a_multi_line_trans_block_is_translated(tmp_path: Path) -> None:
    folder = write_templates(tmp_path, {"page.html": "{% trans %}Printed on\n  paper{% endtrans %}\n"})
    env = make_environment(folder, spanish({"Printed on paper": "Impreso en papel"}))
    assert render_template(env, "page.html", {}, tmp_path) == "Impreso en papel"


def test_css_strings_are_quoted_and_escaped() -> None:
    assert css_string('Say "hi" \\ now\nplease') == '"Say \\"hi\\" \\\\ now please"'
    assert css_counter("Página \x01 de \x02") == '"Página " counter(page) " de " counter(pages)'


def test_every_template_label_is_printed_somewhere() -> None:
    """A label no page uses is still a string every translator must translate: none may be left."""
    from conftest import REPO
    from edu.blocks import CALLOUTS
    from edu.editions import FORMAT_LABELS
    from edu.model import AUDIENCES

    keys = re.findall(r'^\s*"([a-z_-]+)":', (REPO / "templates/labels.html").read_text(encoding="utf-8"), re.M)
    assert len(keys) > 10
    templates = "".join(p.read_text(encoding="utf-8") for p in (REPO / "templates").glob("*.html")
                        if p.name != "labels.html")
    code = "".join(p.read_text(encoding="utf-8") for p in (REPO / "src/edu").glob("*.py"))
    unused = [key for key in keys
              if key not in (*CALLOUTS, *AUDIENCES, *FORMAT_LABELS.values())  # L[block.callout], L[group.audience], …
              and f"L.{key} " not in templates and f"L.{key}|" not in templates and f"L.{key}}}" not in templates
              and f"L.{key}]" not in templates  # in a list: the draft banner's counts
              and f'["{key}"]' not in code and f"['{key}']" not in code]
    assert unused == []


def test_a_heading_that_ends_in_a_hash_keeps_it(tmp_path: Path, render: MarkdownRenderer) -> None:
    """"## Room B#" printed "Room B" (Python-Markdown strips a last "#"), its catalog entry "Room B#"."""
    (tmp_path / "content/en").mkdir(parents=True)
    (tmp_path / "content/en/doc.md").write_text(front_matter("T", "S") + "## Room B#\n\n## Room C ##\n",
                                                 encoding="utf-8")
    handout = segment_document(load_document(Path("content/en/doc.md"), tmp_path))
    blocks = render_blocks(localize(handout, "en", Source(None, None), {}, "en_US"), render)
    assert [re.sub(r"<[^>]*>", "", b.html).strip() for b in blocks] == ["Room B#", "Room C"]
