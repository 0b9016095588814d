"""Every web page in headless Chromium: axe-core reports no violation, nothing scrolls sideways at
320 CSS px or at 200 % zoom, and the print colours pass axe's contrast rule.

Needs Debian's chromium and a copy of axe.min.js (axe-playwright-python's, a test extra); the tests
skip with the reason when either is missing, and fail instead with EDU_REQUIRE_BROWSER=1 (.ci/run
sets it and installs chromium). Set EDU_AXE_JS to use another copy of axe.min.js.
"""

from __future__ import annotations

import functools
import http.server
import importlib.util
import io
import os
import re
import shutil
import sys
import threading
import urllib.parse
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from conftest import REPO
from test_pdf import build_real_content, copy_project

CHROMIUM = Path("/usr/lib/chromium/chromium")  # the binary, not the /usr/bin wrapper (notes: pdf-lang-and-axe)
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run",
         "--disable-component-update", "--disable-sync"]


def axe_script() -> Path | None:
    """axe.min.js: $EDU_AXE_JS, else npm's axe-core unpacked into the venv, else axe-playwright-python's copy."""
    candidates = [Path(os.environ["EDU_AXE_JS"])] if os.environ.get("EDU_AXE_JS") else []
    candidates.append(Path(sys.prefix) / "share/axe-core/axe.min.js")
    try:
        import axe_playwright_python  # type: ignore[import-not-found]

        candidates.append(Path(axe_playwright_python.__file__).parent / "axe.min.js")
    except ImportError:
        pass
    return next((path for path in candidates if path.is_file()), None)


@pytest.fixture(scope="module")
def browser_page() -> Iterator[Any]:
    """One Chromium page with axe injected into every document it opens; network requests refused."""
    skip = pytest.fail if os.environ.get("EDU_REQUIRE_BROWSER") else pytest.skip  # CI (.ci/run): never skipped
    if importlib.util.find_spec("playwright") is None:
        skip("playwright is not installed (pip install -e '.[test]')")
    axe = axe_script()
    if not CHROMIUM.is_file():
        skip(f"{CHROMIUM} not found: install Debian's chromium (.ci/run does)")
    if axe is None:
        skip("axe.min.js not found: axe-playwright-python's copy, or npm's axe-core in .venv/share/axe-core, or set "
             "EDU_AXE_JS")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        context = browser.new_context(viewport={"width": 1280, "height": 800})
        context.add_init_script(path=str(axe))
        context.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:")
                      else route.abort())
        yield context.new_page()
        browser.close()


def violations(page: Any, path: Path, **options: Any) -> list[str]:
    """axe-core's violations on a page, one readable line each (rule, impact, first element)."""
    page.goto(path.resolve().as_uri())
    result = page.evaluate("(options) => axe.run(document, options)", {"resultTypes": ["violations"], **options})
    return [f"{v['id']} ({v['impact']}): {v['nodes'][0]['target']} {v['help']}" for v in result["violations"]]


def sideways_scroll(page: Any, width: int) -> int:
    """How many CSS px the page is wider than a viewport ``width`` px wide (0: no sideways scrolling)."""
    page.set_viewport_size({"width": width, "height": 800})
    overflow = int(page.evaluate("document.documentElement.scrollWidth")) - width
    page.set_viewport_size({"width": 1280, "height": 800})
    return overflow


@pytest.fixture(scope="module")
def test_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from edu.cli import main

    root = copy_project(tmp_path_factory.mktemp("a11y") / "project")
    assert main(["-C", str(root), "build", "--draft", "-j", "1", "--format", "html", "--format", "bilingual"]) == 0
    return root / "build"


@pytest.fixture(scope="module")
def real_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_real_content(tmp_path_factory.getbasetemp())


def check_site(page: Any, site: Path) -> None:
    pages = sorted(site.rglob("*.html"))
    assert len(pages) >= 9
    problems = []
    for path in pages:
        name = path.relative_to(site)
        problems += [f"{name}: {v}" for v in violations(page, path)]
        for width in (320, 640, 720):  # a phone, a 1280 px window at 200 % zoom, and a 1440 px one
            if overflow := sideways_scroll(page, width):
                problems.append(f"{name}: {overflow} px wider than a {width} px viewport")
    assert not problems, "\n".join(problems)


def test_axe_finds_nothing_on_the_test_library(browser_page: Any, test_site: Path) -> None:
    check_site(browser_page, test_site)


def test_axe_finds_nothing_on_the_real_library(browser_page: Any, real_site: Path) -> None:
    check_site(browser_page, real_site)


def test_axe_finds_nothing_on_a_withdrawn_editions_page_nor_a_switcher_naming_it(browser_page: Any,
                                                                                  tmp_path: Path) -> None:
    """The page at a withdrawn edition's address, the English page's switcher that names Spanish as
    not available yet, and the Spanish index's list of handouts only in other languages."""
    from edu.cli import main

    root = copy_project(tmp_path / "project")
    assert main(["-C", str(root), "build", "-j", "1", "--format", "html", "--format", "bilingual"]) == 0
    po = root / "locale/es/LC_MESSAGES/from-en.po"
    po.write_text(po.read_text(encoding="utf-8").replace('msgstr "Lávese las manos."', 'msgstr ""'), encoding="utf-8")
    assert main(["-C", str(root), "build", "-j", "1", "--format", "html", "--format", "bilingual"]) == 1
    assert "Estamos actualizando" in (root / "build/es/medicine-basics.html").read_text(encoding="utf-8")
    check_site(browser_page, root / "build")


def test_print_colours_pass_axe_contrast(browser_page: Any, real_site: Path) -> None:
    browser_page.emulate_media(media="print")
    try:
        problems = []
        for path in sorted(real_site.glob("*/*.html")):
            found = violations(browser_page, path, runOnly=["color-contrast"])
            problems += [f"{path.relative_to(real_site)}: {v}" for v in found]
    finally:
        browser_page.emulate_media(media="screen")
    assert not problems, "\n".join(problems)


def test_a_write_in_log_shows_two_blank_rows_on_a_screen_and_every_row_on_paper(browser_page: Any,
                                                                                real_site: Path) -> None:
    """The shot record's 15 empty rows are for a pen: on a phone they were a screen and a half of
    blank grid, read out row by row by a screen reader. A screen shows two; the browser prints all;
    a table with words in its rows (the monitoring sheet's test record) shows every row."""
    page = browser_page
    rows = """() => [...document.querySelectorAll('main table:not(.bilingual) tbody')].map(
        body => [[...body.rows].filter(row => row.getClientRects().length > 0).length, body.rows.length])"""
    for name, tables in (("en/anakinra-shot-record.html", [(1, 1), (2, 15)]),
                         ("bilingual/anakinra-shot-record.html", [(1, 1), (2, 15)]),
                         ("es/anakinra-monitoring.html", [(8, 8), (2, 5)])):
        page.goto((real_site / name).resolve().as_uri())
        assert [tuple(x) for x in page.evaluate(rows)] == tables, name
        page.emulate_media(media="print")
        try:
            assert [tuple(x) for x in page.evaluate(rows)] == [(n, n) for _shown, n in tables], name
        finally:
            page.emulate_media(media="screen")


def test_a_web_page_printed_from_the_browser_takes_the_pages_of_its_pdf(browser_page: Any, real_site: Path) -> None:
    """Staff print the page they are reading as often as they open the PDF: the browser's print
    leaves out what paper cannot use (links to other formats and to related handouts) and takes as
    many sheets as the print edition (it took a third sheet for two lines: the related list)."""
    from pypdf import PdfReader

    browser_page.emulate_media(media="print")
    try:
        for path in sorted(real_site.glob("*/*.html")):
            if path.name in ("index.html", "404.html") or path.parent.name == "bilingual":  # no PDF of its own
                continue
            browser_page.goto(path.resolve().as_uri())
            printed = PdfReader(io.BytesIO(browser_page.pdf(prefer_css_page_size=True)))
            text = " ".join(page.extract_text() for page in printed.pages)
            assert "More handouts on this topic" not in text and "Más hojas informativas" not in text, path
            assert len(printed.pages) == len(PdfReader(path.with_suffix(".pdf")).pages), path
    finally:
        browser_page.emulate_media(media="screen")


def test_a_picture_under_a_heading_stands_beside_its_text_on_a_wide_screen_and_above_it_on_a_phone(
        browser_page: Any, real_site: Path) -> None:
    """The shot record's picture of where to give the shot: beside the list of the areas it numbers
    on a wide screen (as on paper), the next section under it; on a phone, above the list, whole."""
    page = browser_page
    boxes = """() => {
        const rect = r => [r.left, r.top, r.right, r.bottom];
        const box = e => rect(e.getBoundingClientRect());
        const words = e => { const range = document.createRange(); range.selectNodeContents(e);
                             return rect(range.getBoundingClientRect()); };  // a list item's text, not its box
        const heading = document.getElementById('where-can-i-give-the-shot');
        const img = heading.nextElementSibling.querySelector('img');
        const items = [...document.querySelectorAll('h2#where-can-i-give-the-shot ~ ul li')].slice(0, 4);
        let next = heading.nextElementSibling;
        while (next.tagName !== 'H2') next = next.nextElementSibling;
        return {img: box(img), first: words(items[0]), last: words(items[3]), next: box(next),
                width: document.documentElement.clientWidth};
    }"""
    for lang in ("en", "es"):
        page.goto((real_site / lang / "anakinra-shot-record.html").resolve().as_uri())
        wide = page.evaluate(boxes)
        assert wide["img"][0] > wide["first"][2] and wide["img"][1] < wide["last"][3], (lang, wide)  # beside it
        assert wide["next"][1] >= wide["img"][3], (lang, wide)
        page.set_viewport_size({"width": 390, "height": 800})
        try:
            narrow = page.evaluate(boxes)
        finally:
            page.set_viewport_size({"width": 1280, "height": 800})
        assert narrow["img"][3] <= narrow["first"][1] and narrow["img"][2] <= narrow["width"], (lang, narrow)


def test_the_check_report_reflows_and_axe_finds_nothing_on_it(browser_page: Any, tmp_path: Path) -> None:
    """build/report.html (`edu report`): its table of editions made a phone scroll sideways (WCAG
    1.4.10); with problems quoted in Spanish and a long path, it reflows at 320 CSS px and at 200 % zoom."""
    from edu.cli import main

    root = copy_project(tmp_path / "project")
    po = root / "locale/es/LC_MESSAGES/from-en.po"
    po.write_text(po.read_text(encoding="utf-8").replace('msgstr "Limpie la piel."', 'msgstr "Limpie la la piel."'),
                  encoding="utf-8")
    assert main(["-C", str(root), "report"]) == 0
    report = root / "build/report.html"
    assert "la la" in report.read_text(encoding="utf-8")
    assert violations(browser_page, report) == []
    overflow = {width: sideways_scroll(browser_page, width) for width in (320, 640, 720, 1280)}
    assert overflow == dict.fromkeys(overflow, 0), overflow


def test_each_link_is_named_by_what_it_opens(browser_page: Any, real_site: Path) -> None:
    """The names Chromium gives screen readers: an index's "PDF to print" links, all alike to the
    eye, each with its handout's title, and a citation "[1]" by its source."""
    browser_page.goto((real_site / "es/index.html").resolve().as_uri())
    for words in ("PDF para imprimir", "PDF con letra grande"):
        link = browser_page.get_by_role("link", name=f"{words}: ¿Qué es la anakinra?", exact=True)
        assert link.count() == 1 and link.inner_text() == words
    browser_page.goto((real_site / "en/anakinra-clinician.html").resolve().as_uri())
    first = browser_page.get_by_role("link", name="Source 1", exact=True)
    assert first.count() > 3 and first.first.inner_text() == "[1]"


def test_a_citation_on_a_spanish_page_is_described_by_its_source_in_its_own_language(browser_page: Any,
                                                                                     real_site: Path) -> None:
    """`aria-label="Fuente 2: <an English title>"` read the English title with a Spanish voice: an
    aria-label carries no language. The link is named "Fuente 2" (its visible "[2]" in words, WCAG
    2.5.3) and described by the source's item in the list, marked with the title's language."""
    page = browser_page
    path = real_site / "es/anakinra-clinician.html"
    assert violations(page, path, rules={"label-content-name-mismatch": {"enabled": True}}) == []
    link = page.get_by_role("link", name="Fuente 1", exact=True).first
    assert link.inner_text() == "[1]"
    described = page.locator(f"#{link.get_attribute('aria-describedby')}")
    assert described.get_attribute("lang") == "en"
    assert "Kineret (anakinra) injection, for subcutaneous use" in described.inner_text()
    names = page.evaluate("() => [...document.querySelectorAll('a.cite')].map(a => a.getAttribute('aria-label'))")
    assert names and all(re.fullmatch(r"Fuentes? [0-9, –-]+", name) for name in names), names


def test_axe_reports_a_broken_page(browser_page: Any, tmp_path: Path) -> None:
    """The check can fail: a page without lang, with a bad lang, an image without alt and grey text."""
    bad = tmp_path / "bad.html"
    bad.write_text('<!DOCTYPE html><html><head><title>x</title></head><body><main><h1>x</h1>'
                   '<p lang="spanish">hola</p><img src="data:,"><p style="color:#aaa">faint</p>'
                   '<table style="width:2000px"><tr><td>wide</td></tr></table></main></body></html>',
                   encoding="utf-8")
    found = " ".join(violations(browser_page, bad))
    for rule in ("html-has-lang", "valid-lang", "image-alt", "color-contrast"):
        assert rule in found, found
    assert sideways_scroll(browser_page, 320) > 0


# Each word of a table cell (a break after a hyphen is a line's end, "COVID-" / "19", not a cut word)
# whose letters stand on more than one line, and each cell narrower than 5em, as Chromium lays them out.
CELL_PROBLEMS = r"""() => {
  const problems = [];
  for (const cell of document.querySelectorAll('main td, main th')) {
    if (cell.closest('table').matches('table.bilingual') || !cell.textContent.trim()) continue;
    const style = getComputedStyle(cell);
    const width = cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    if (width < 4.9 * parseFloat(style.fontSize)) problems.push(`${Math.round(width)} px wide: ${cell.innerText}`);
    const texts = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    while (texts.nextNode()) {
      const node = texts.currentNode;
      for (const word of node.data.matchAll(/[^\s\-\u2010]+[\-\u2010]?/g)) {
        const range = document.createRange();
        range.setStart(node, word.index);
        range.setEnd(node, word.index + word[0].length);
        const lines = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
        if (lines.size > 1) problems.push(`"${word[0]}" cut over ${lines.size} lines`);
      }
    }
  }
  return problems;
}"""


def test_a_table_on_a_phone_scrolls_in_its_own_region_and_keeps_its_words_whole(browser_page: Any,
                                                                                real_site: Path) -> None:
    """WCAG 1.4.10 at 320 CSS px: the page did not scroll sideways, but its tables' cells broke
    words anywhere ("Rheu/matoi/d"), and a table in a side-by-side cell had a column 14 px wide,
    a letter a line. A table wider than the phone scrolls in a box of its own, a named region the
    keyboard reaches (axe: scrollable-region-focusable), and its words stay whole."""
    page = browser_page
    page.set_viewport_size({"width": 320, "height": 800})
    try:
        for name in ("en/anakinra-clinician.html", "es/anakinra-clinician.html", "bilingual/anakinra-clinician.html",
                     "bilingual/anakinra-monitoring.html"):
            path = real_site / name
            assert violations(page, path) == [], name
            assert page.evaluate(CELL_PROBLEMS) == [], name
            assert int(page.evaluate("document.documentElement.scrollWidth")) == 320, name
            boxes = page.evaluate("""() => [...document.querySelectorAll('main table:not(.bilingual)')].map(t => {
                const box = t.parentElement;
                return [box.className, box.getAttribute('role'), box.tabIndex, box.getAttribute('aria-label'),
                        box.closest('[lang]').lang, box.scrollWidth > box.clientWidth];
            })""")
            assert boxes and all(box[:3] == ["table-scroll", "region", 0] for box in boxes), (name, boxes)
            assert {box[3].split()[0] for box in boxes} == {"Table" if box[4] == "en" else "Tabla" for box in boxes}
            if "clinician" in name:
                assert any(box[5] for box in boxes), name  # the indications table is wider than a phone
    finally:
        page.set_viewport_size({"width": 1280, "height": 800})


def test_a_screen_reader_reaches_the_emergency_box_by_landmark_and_by_heading(browser_page: Any,
                                                                              real_site: Path) -> None:
    """The emergency and warning boxes were notes labelled by a bold paragraph (axe's experimental
    p-as-heading, as the auditor ran it): Chromium now names each a region, its label a heading."""
    page = browser_page
    for name, words in (("en/anakinra-risks.html", "Get help right away"),
                        ("es/anakinra-risks.html", "Pida ayuda enseguida")):
        path = real_site / name
        assert violations(path=path, page=page, rules={"p-as-heading": {"enabled": True}}) == [], name
        region = page.get_by_role("region", name=words, exact=True)
        assert region.count() >= 1, name
        assert region.first.get_by_role("heading", name=words, exact=True).count() == 1, name
    page.goto((real_site / "bilingual/anakinra-risks.html").resolve().as_uri())
    for words in ("Get help right away", "Pida ayuda enseguida"):
        assert page.get_by_role("region", name=words, exact=True).count() >= 1, words


# What a hospital web team's security review asks for (OWASP): no inline style, no inline script.
STRICT_CSP = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'"
SITE_URL = "https://example.org/patient-ed/medicines/"


@pytest.fixture(scope="module")
def published_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The repository's handouts as a web team publishes them (site_url set), web pages only."""
    from edu.cli import main

    root = tmp_path_factory.mktemp("published") / "project"
    for name in ("content", "locale", "templates"):
        shutil.copytree(REPO / name, root / name)
    toml = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    (root / "pyproject.toml").write_text(toml.replace("[tool.edu]\n", f'[tool.edu]\nsite_url = "{SITE_URL}"\n', 1),
                                         encoding="utf-8")
    assert main(["-C", str(root), "build", "-j", "1", "--format", "html", "--format", "bilingual"]) == 0
    return root / "build"


@pytest.fixture
def strict_server(published_site: Path, tmp_path: Path) -> Iterator[str]:
    """The build folder on http://127.0.0.1 with a Content-Security-Policy that allows no inline style,
    at the path site_url names (a 404 page's links are from the site's root)."""
    site_path = urllib.parse.urlsplit(SITE_URL).path.strip("/")
    (tmp_path / site_path).parent.mkdir(parents=True)
    (tmp_path / site_path).symlink_to(published_site, target_is_directory=True)
    class Handler(http.server.SimpleHTTPRequestHandler):
        def end_headers(self) -> None:
            self.send_header("Content-Security-Policy", STRICT_CSP)
            super().end_headers()

        def log_message(self, format: str, *args: Any) -> None:
            return

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0),
                                             functools.partial(Handler, directory=str(tmp_path)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/{site_path}"
    finally:
        server.shutdown()
        server.server_close()


def test_every_page_is_styled_under_a_strict_content_security_policy(browser_page: Any, published_site: Path,
                                                                     strict_server: str) -> None:
    """With `default-src 'self'` the browser blocked each page's inline <style>: the pages showed as
    plain text in the browser's font, the switcher a bulleted list, the emergency box without its
    border. Each page links the site's stylesheet: nothing is blocked, and it is styled."""
    context = browser_page.context.browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    blocked: list[str] = []
    page.on("console", lambda message: blocked.append(message.text) if "Content Security Policy" in message.text
            else None)
    try:
        for path in sorted(published_site.rglob("*.html")):
            name = path.relative_to(published_site).as_posix()
            response = page.goto(f"{strict_server}/{name}")
            assert response is not None and STRICT_CSP in (response.header_value("content-security-policy") or "")
            page.evaluate("document.fonts.ready")
            shown = page.evaluate("""() => ({
                font: getComputedStyle(document.body).fontFamily,
                loaded: [...document.fonts].filter(f => f.status === 'loaded').map(f => f.family),
                switcher: getComputedStyle(document.querySelector('.language-switcher')).listStyleType,
                skip: document.querySelector('.skip-link').getBoundingClientRect().right,
                address: [...document.querySelectorAll('.page-url')].map(p => getComputedStyle(p).display),
            })""")
            assert shown["font"].startswith('"Atkinson Hyperlegible"'), (name, shown)
            assert '"Atkinson Hyperlegible"' in shown["loaded"] or "Atkinson Hyperlegible" in shown["loaded"], shown
            assert shown["switcher"] == "none" and shown["skip"] < 0, (name, shown)
            assert set(shown["address"]) <= {"none"}, name  # where the page is on the web: printed only
        page.goto(f"{strict_server}/en/anakinra-risks.html")
        border = page.evaluate("getComputedStyle(document.querySelector('.callout-emergency')).borderLeftWidth")
        assert border == "8px"
    finally:
        context.close()
    assert blocked == []


def test_a_web_page_printed_from_the_browser_says_where_it_and_the_handouts_it_names_are(
        browser_page: Any, published_site: Path) -> None:
    """Front desks print the page they have open: the sheet told the patient of "our handout on
    the risks" with no way to find it, and did not say where it was itself. As on the PDF, the
    printed page gives its own web address and that of each handout its text links to."""
    from pypdf import PdfReader

    def printed(name: str) -> tuple[int, str]:
        browser_page.goto((published_site / name).resolve().as_uri())
        pages = PdfReader(io.BytesIO(browser_page.pdf(prefer_css_page_size=True))).pages
        return len(pages), "".join("".join(page.extract_text().split()) for page in pages)  # an address wraps

    browser_page.emulate_media(media="print")
    try:
        count, text = printed("en/anakinra-what-it-is.html")
        assert f"({SITE_URL}en/anakinra-risks.html#when-should-i-call-my-care-team)" in text
        assert f"{SITE_URL}en/anakinra-what-it-is.html" in text
        assert f"Page1of{count}" in text  # the running footer, in the page's language
        count, text = printed("es/anakinra-risks.html")
        assert f"Página1de{count}" in text and f"{SITE_URL}es/anakinra-risks.html" in text
    finally:
        browser_page.emulate_media(media="screen")
