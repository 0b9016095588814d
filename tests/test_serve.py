"""`edu serve`: the live preview shows each segment's status and re-renders when a .po changes."""

from __future__ import annotations

import hashlib
import io
import os
import re
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont

from edu.config import load_settings
from edu.serve import Preview, start
from helpers import front_matter, make_font, record_calls

# Loaded by every Python started with its folder on PYTHONPATH: the preview's PDF worker process
WEASYPRINT_BUG = """\
from edu.pdf import PdfWriter

def render(self, page, cell_langs=()):
    raise AssertionError("a WeasyPrint bug")

PdfWriter.render = render
"""


@pytest.fixture
def preview(project: Path) -> Iterator[tuple[Preview, str]]:
    preview, server = start(load_settings(project), port=0)
    try:
        yield preview, f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        preview.stop()
        server.shutdown()
        server.server_close()


def get(url: str) -> tuple[str, str]:
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.headers["Content-Type"], response.read().decode("utf-8", "replace")


def status_and_body(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=120) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as failed:
        with failed:
            return failed.code, failed.read()


def served_stylesheet(base: str, path: str) -> str:
    """The stylesheet the preview's page ``path`` links, as the preview serves it."""
    page = get(f"{base}{path}")[1]
    href = re.search(r'<link rel="stylesheet" href="([^"]+)">', page)
    assert href is not None, page[:500]
    kind, css = get(urllib.parse.urljoin(f"{base}{path}", href[1]))
    assert kind == "text/css; charset=utf-8"
    return css


def wait_for_version(base: str, old: str, seconds: float = 10.0) -> str:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        version = get(f"{base}/__version")[1]
        if version != old:
            return version
        time.sleep(0.1)
    raise AssertionError("the preview did not re-render")


def test_preview_marks_each_segment_with_its_status(preview: tuple[Preview, str], project: Path) -> None:
    _preview, base = preview
    po = project / "locale/es/LC_MESSAGES/from-en.po"
    po.write_text(po.read_text(encoding="utf-8").replace('msgid "Clean the skin."', '#, fuzzy\nmsgid "Clean the skin."')
                  .replace('msgstr "Prueba"', 'msgstr ""'), encoding="utf-8")
    version = get(f"{base}/__version")[1]
    wait_for_version(base, version)
    kind, page = get(f"{base}/es/medicine-basics.html")
    assert kind.startswith("text/html")
    assert 'class="translated" data-where="locale/es/LC_MESSAGES/from-en.po:' in page
    assert '<span lang="en" class="fuzzy" data-where="locale/es/LC_MESSAGES/from-en.po:' in page
    assert '<span lang="en" class="untranslated" data-where="locale/es/LC_MESSAGES/from-en.po:' in page
    assert "Clean the skin." in page and "/__version" in page


def test_saving_a_po_entry_rerenders_the_page(preview: tuple[Preview, str], project: Path) -> None:
    _preview, base = preview
    version = get(f"{base}/__version")[1]
    po = project / "locale/es/LC_MESSAGES/from-en.po"
    po.write_text(po.read_text(encoding="utf-8").replace('msgstr "Lávese las manos."',
                                                         'msgstr "Lávese las manos ahora."'), encoding="utf-8")
    wait_for_version(base, version)
    assert "Lávese las manos ahora." in get(f"{base}/es/medicine-basics.html")[1]


def test_a_broken_input_shows_its_located_error_and_recovers(preview: tuple[Preview, str], project: Path) -> None:
    _preview, base = preview
    md = project / "content/en/medicine-basics.md"
    good = md.read_text(encoding="utf-8")
    version = get(f"{base}/__version")[1]
    md.write_text(good.replace("reviewed: 2026-11-20", "reviewed: soon"), encoding="utf-8")
    version = wait_for_version(base, version)
    status, body = status_and_body(f"{base}/es/medicine-basics.html")  # an error, for a link checker too
    assert status == 500 and b"content/en/medicine-basics.md:6: reviewed: must be a date" in body
    assert b"<title>edu preview: error</title>" in body
    md.write_text(good, encoding="utf-8")
    wait_for_version(base, version)
    assert "Lávese las manos." in get(f"{base}/es/medicine-basics.html")[1]


def test_a_catalog_saved_with_a_byte_order_mark_is_previewed(preview: tuple[Preview, str], project: Path) -> None:
    """Notepad's "UTF-8 with BOM" made every page an error page (invalid catalog) until saved again."""
    _preview, base = preview
    po = project / "locale/es/LC_MESSAGES/from-en.po"
    version = get(f"{base}/__version")[1]
    text = po.read_text(encoding="utf-8").replace("Lávese las manos.", "Lávese bien las manos.")
    po.write_bytes(b"\xef\xbb\xbf" + text.encode())
    wait_for_version(base, version)
    status, body = status_and_body(f"{base}/es/medicine-basics.html")
    assert status == 200 and "Lávese bien las manos." in body.decode("utf-8"), body


def test_an_error_shows_in_the_terminal_and_an_unexpected_one_does_not_stop_the_watcher(
        preview: tuple[Preview, str], project: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Errors showed in the browser only; an unexpected exception (a non-UTF-8 facts.yaml, before it
    was a located error) ended the watcher thread for good, and the preview served old pages."""
    import edu.serve

    _preview, base = preview
    md = project / "content/en/medicine-basics.md"
    good = md.read_text(encoding="utf-8")
    version = get(f"{base}/__version")[1]
    md.write_text(good.replace("reviewed: 2026-11-20", "reviewed: soon"), encoding="utf-8")
    version = wait_for_version(base, version)
    assert "content/en/medicine-basics.md:6: reviewed: must be a date" in capsys.readouterr().err
    real = edu.serve.load_project

    def broken(*args: object, **kwargs: object) -> object:
        raise RuntimeError("a bug")
    monkeypatch.setattr(edu.serve, "load_project", broken)
    md.write_text(good, encoding="utf-8")
    version = wait_for_version(base, version)
    assert b"edu: RuntimeError: a bug" in status_and_body(f"{base}/es/medicine-basics.html")[1]
    monkeypatch.setattr(edu.serve, "load_project", real)
    md.write_text(good + "\n", encoding="utf-8")
    wait_for_version(base, version)  # the watcher is still there
    assert "Lávese las manos." in get(f"{base}/es/medicine-basics.html")[1]


def test_a_head_request_gets_the_headers_of_the_page_without_it(preview: tuple[Preview, str]) -> None:
    """Link checkers ask with HEAD: the preview answered 501 (not implemented) to every link."""
    _preview, base = preview
    page, pdf = "text/html; charset=utf-8", "application/pdf"
    for path, kind in (("es/medicine-basics.html", page), ("index.html", page), ("en/medicine-basics.pdf", pdf)):
        with urllib.request.urlopen(f"{base}/{path}", timeout=120) as response:
            whole = response.read()
        request = urllib.request.Request(f"{base}/{path}", method="HEAD")
        with urllib.request.urlopen(request, timeout=120) as response:
            assert (response.status, response.headers["Content-Type"]) == (200, kind)
            assert response.headers["Content-Length"] == str(len(whole)) and response.read() == b""
    with pytest.raises(urllib.error.HTTPError) as missing:
        urllib.request.urlopen(urllib.request.Request(f"{base}/es/nothing.html", method="HEAD"), timeout=10)
    with missing.value:
        assert missing.value.code == 404


def test_a_request_for_another_host_name_is_refused(preview: tuple[Preview, str]) -> None:
    """DNS rebinding: a web page whose name now points at 127.0.0.1 could read unpublished drafts."""
    _preview, base = preview
    request = urllib.request.Request(f"{base}/es/medicine-basics.html", headers={"Host": "evil.example:80"})
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=10)
    assert refused.value.code == 403
    assert "Lávese" in get(f"{base}/es/medicine-basics.html".replace("127.0.0.1", "localhost"))[1]


def test_the_print_edition_is_rendered_on_request(preview: tuple[Preview, str]) -> None:
    _preview, base = preview
    for path in ("es/medicine-basics.pdf", "es/medicine-basics-large.pdf", "bilingual/medicine-basics.pdf"):
        with urllib.request.urlopen(f"{base}/{path}", timeout=60) as response:
            assert response.headers["Content-Type"] == "application/pdf"
            assert response.read(5) == b"%PDF-"
    for path in ("es/nothing.pdf", "bilingual/medicine-basics-large.pdf", "pdf/es/medicine-basics.pdf"):
        with pytest.raises(urllib.error.HTTPError):
            urllib.request.urlopen(f"{base}/{path}", timeout=10)


def test_a_change_renders_only_the_pages_asked_for(preview: tuple[Preview, str], project: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """In a library of hundreds of handouts a saved .po must not wait for every page to render."""
    from edu.pages import PageMaker

    rendered = record_calls(monkeypatch, PageMaker, "handout_page", lambda _self, edition, *_rest:
                            f"{edition.localized.lang}/{edition.localized.handout.doc.slug}")
    _preview, base = preview
    version = get(f"{base}/__version")[1]
    po = project / "locale/es/LC_MESSAGES/from-en.po"
    po.write_text(po.read_text(encoding="utf-8").replace('msgstr "Limpie la piel."', 'msgstr "Limpie bien la piel."'),
                  encoding="utf-8")
    wait_for_version(base, version)
    assert rendered == []
    index = get(f"{base}/")[1]
    assert 'href="es/medicine-basics.html"' in index and 'href="en/caso-breve.html"' in index
    for _ in range(2):  # the second time from memory
        assert "Limpie bien la piel." in get(f"{base}/es/medicine-basics.html")[1]
    assert rendered == ["es/medicine-basics"]
    with pytest.raises(urllib.error.HTTPError):
        urllib.request.urlopen(f"{base}/es/nothing.html", timeout=10)


def test_every_link_of_the_preview_works(preview: tuple[Preview, str]) -> None:
    """The preview serves the build folder's paths: the home link, the language switcher, the
    index pages, each handout's PDF, large print and side-by-side edition, and the fonts."""
    _preview, base = preview
    seen: set[str] = set()
    todo = [f"{base}/"]
    while todo:
        url = todo.pop()
        if url in seen:
            continue
        seen.add(url)
        with urllib.request.urlopen(url, timeout=60) as response:  # a dead link raises HTTPError
            if not response.headers["Content-Type"].startswith(("text/html", "text/css")):
                continue
            page = response.read().decode("utf-8")
        for href in re.findall(r'(?:href|src)="([^"#]+)"', page) + re.findall(r'url\("([^"]+)"\)', page):
            if not href.startswith(("http:", "https:", "mailto:")):
                todo.append(urllib.parse.urljoin(url, href))
    paths = {url.removeprefix(base) for url in seen}
    assert {"/es/index.html", "/en/index.html", "/bilingual/medicine-basics.pdf",
            "/es/medicine-basics-large.pdf", "/en/caso-breve.pdf"} <= paths
    assert any(path.startswith("/assets/fonts/") for path in paths)
    assert any(re.fullmatch(r"/assets/edu\.[0-9a-f]{12}\.css", path) for path in paths)
    side_by_side = get(f"{base}/bilingual/medicine-basics.html")[1]  # as in the build, the PDF is what is linked
    assert '<td lang="en"' in side_by_side and '<td lang="es"' in side_by_side


def test_the_index_lists_the_editions_left_to_translate(preview: tuple[Preview, str], project: Path) -> None:
    _preview, base = preview
    assert "nothing to translate or review" in get(f"{base}/es/index.html")[1]
    version = get(f"{base}/__version")[1]
    po = project / "locale/es/LC_MESSAGES/from-en.po"
    po.write_text(po.read_text(encoding="utf-8").replace('msgstr "Limpie la piel."', 'msgstr ""'), encoding="utf-8")
    wait_for_version(base, version)
    bar = get(f"{base}/es/index.html")[1]
    assert ('to translate or review (passages): <a href="/es/medicine-basics.html">es/medicine-basics.html</a> (1)'
            in bar)
    assert "nothing to translate or review" in get(f"{base}/en/index.html")[1]


def test_a_pdf_that_fails_to_render_is_an_error_page_and_the_preview_goes_on(
        preview: tuple[Preview, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "site").mkdir()
    (tmp_path / "site/sitecustomize.py").write_text(WEASYPRINT_BUG, encoding="utf-8")
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(tmp_path / "site"), os.environ.get("PYTHONPATH", "")]))
    _preview, base = preview
    status, body = status_and_body(f"{base}/es/medicine-basics.pdf")
    assert status == 500
    line = ("content/en/medicine-basics.md: es/medicine-basics.pdf: PDF rendering failed: AssertionError: "
            "a WeasyPrint bug")
    assert line in body.decode("utf-8")  # the build's line
    assert line in capsys.readouterr().err.splitlines()
    assert "Lávese las manos." in get(f"{base}/es/medicine-basics.html")[1]


def test_a_runaway_pdf_is_stopped_at_the_time_limit_and_the_preview_goes_on(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The preview rendered PDFs in its own process with no time limit: a handout that made
    WeasyPrint run away hung the preview, its web pages too."""
    toml = project / "pyproject.toml"
    toml.write_text(toml.read_text(encoding="utf-8") + "timeout = 5\n", encoding="utf-8")
    rows = "\n".join(f"| Visit {i} | Check blood counts and liver tests, then write it down |" for i in range(4000))
    (project / "content/en/runaway.md").write_text(
        front_matter("A very long table") + f"\n| Visit | What |\n|---|---|\n{rows}\n", encoding="utf-8")
    preview, server = start(load_settings(project), port=0)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        with ThreadPoolExecutor(1) as asking:
            runaway = asking.submit(status_and_body, f"{base}/en/runaway.pdf")
            assert "Lávese las manos." in get(f"{base}/es/medicine-basics.html")[1]  # served meanwhile
            status, body = runaway.result()
        assert status == 500
        line = "content/en/runaway.md: en/runaway.pdf: PDF rendering took more than 5 s; stopped"
        assert line in body.decode("utf-8")  # as the build says it
        assert line in capsys.readouterr().err.splitlines()
        status, body = status_and_body(f"{base}/en/medicine-basics.pdf")  # a fresh worker makes the others
        assert (status, body[:5]) == (200, b"%PDF-")
    finally:
        preview.stop()
        server.shutdown()
        server.server_close()


def test_a_font_added_while_previewing_is_served_and_embedded(preview: tuple[Preview, str], project: Path,
                                                              tmp_path: Path) -> None:
    from test_fonts import ARROW, add_fonts, with_arrow
    from test_pdf import embedded_fonts

    _preview, base = preview
    with urllib.request.urlopen(f"{base}/es/medicine-basics.pdf", timeout=60) as response:
        assert response.read(5) == b"%PDF-"  # the preview's PDF writer exists, with the shipped fonts
    version = get(f"{base}/__version")[1]
    with_arrow(project)
    make_font(project / "templates/fonts/EduArrows.ttf", "Edu Arrows", ARROW)
    add_fonts(project, "EduArrows.ttf")
    while "Edu Arrows" not in (page := served_stylesheet(base, "/es/medicine-basics.html")):  # three edits: the
        version = wait_for_version(base, version)  # watcher may load the project between two of them
    assert '"Noto Sans", "Edu Arrows", sans-serif' in page and 'url("fonts/EduArrows.woff2")' in page
    with urllib.request.urlopen(f"{base}/assets/fonts/EduArrows.woff2", timeout=10) as response:
        assert response.headers["Content-Type"] == "font/woff2"
        served = response.read()
    with TTFont(io.BytesIO(served)) as web, TTFont(project / "templates/fonts/EduArrows.ttf") as printed:
        assert web.flavor == "woff2" and web.getBestCmap() == printed.getBestCmap()
    pdf = tmp_path / "preview.pdf"
    with urllib.request.urlopen(f"{base}/es/medicine-basics.pdf", timeout=60) as response:
        pdf.write_bytes(response.read())
    assert any(name.startswith("Edu-Arrows") for name in embedded_fonts(pdf)), embedded_fonts(pdf)


def test_the_preview_has_a_side_by_side_edition_for_every_translation(project: Path,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    from edu.project import load_project
    from edu.serve import preview_targets
    from helpers import add_language

    add_language(capsys, project, "ar", ("en", "es", "ar"))
    targets = preview_targets(load_project(load_settings(project)))
    assert {key: value for key, value in targets.items() if key.startswith("bilingual/medicine-basics")} == {
        "bilingual/medicine-basics.html": ("bilingual.html", "medicine-basics", "es"),
        "bilingual/medicine-basics.pdf": ("bilingual.pdf", "medicine-basics", "es"),
        "bilingual/medicine-basics.ar.html": ("bilingual.html", "medicine-basics", "ar"),
        "bilingual/medicine-basics.ar.pdf": ("bilingual.pdf", "medicine-basics", "ar")}
    preview, server = start(load_settings(project), port=0)
    try:
        page = get(f"http://127.0.0.1:{server.server_address[1]}/bilingual/medicine-basics.ar.html")[1]
        assert '<td lang="ar" dir="rtl"' in page and '<td lang="en"' in page
    finally:
        preview.stop()
        server.shutdown()
        server.server_close()


def test_the_preview_shows_a_handouts_images_and_nothing_else_of_content(preview: tuple[Preview, str],
                                                                        project: Path) -> None:
    from test_media import png, with_image

    _preview, base = preview
    version = get(f"{base}/__version")[1]
    data = png(project / "content/en/images/site.png", "red")
    with_image(project)
    wait_for_version(base, version)
    _kind, page = get(f"{base}/en/medicine-basics.html")
    name = f"en/images/site.{hashlib.sha256(data).hexdigest()[:12]}.png"  # as the build names it
    assert f'src="../assets/media/{name}" width="40" height="30"' in page
    with urllib.request.urlopen(f"{base}/assets/media/{name}", timeout=10) as response:
        assert (response.headers["Content-Type"], response.read()) == ("image/png", data)
    with pytest.raises(urllib.error.HTTPError) as refused:  # a file no page shows is not served
        urllib.request.urlopen(f"{base}/assets/media/facts.yaml", timeout=10)
    assert refused.value.code == 404
    refused.value.close()


def test_a_letter_atkinson_hyperlegible_lacks_brings_noto_sans_to_the_preview(preview: tuple[Preview, str],
                                                                             project: Path) -> None:

    _preview, base = preview
    assert "NotoSans" not in served_stylesheet(base, "/es/medicine-basics.html")  # Latin-1: Atkinson Hyperlegible alone
    version = get(f"{base}/__version")[1]
    po = project / "locale/es/LC_MESSAGES/from-en.po"
    po.write_text(po.read_text(encoding="utf-8").replace('msgstr "Limpie la piel."', 'msgstr "Limpie la piel (β)."'),
                  encoding="utf-8")
    wait_for_version(base, version)
    page = served_stylesheet(base, "/es/medicine-basics.html")
    found = re.search(r'url\("fonts/(NotoSans-[0-9a-f]{12}\.woff2)"\)', page)
    assert found is not None
    with urllib.request.urlopen(f"{base}/assets/fonts/{found[1]}", timeout=60) as response:
        assert response.headers["Content-Type"] == "font/woff2"
        with TTFont(io.BytesIO(response.read())) as font:
            assert set(font.getBestCmap()) == {ord("β")}
