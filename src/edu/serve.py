"""Live preview for authors and translators: ``edu serve``.

A local web server on 127.0.0.1 shows every handout in every language as a draft in which each
segment carries its status (translated, fuzzy, missing) and the catalog line it comes from. A
watcher re-renders when a .po, .md, facts.yaml, references.yaml, template or pyproject.toml
changes, and the open page reloads itself. ``/pdf/<lang>/<slug>.pdf`` renders the print edition on
request. Nothing here is written to build/: the pages live in memory.
"""

from __future__ import annotations

import html
import threading
import time
from collections.abc import Iterator
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from .config import Settings, load_settings
from .errors import EduError, ErrorList
from .pages import Edition, PageMaker
from .project import load_project
from .translate import Source, localize

RELOAD = """<script>
(function () {
  var seen = null;
  setInterval(function () {
    fetch("/__version").then(function (r) { return r.text(); }).then(function (v) {
      if (seen === null) { seen = v; } else if (v !== seen) { location.reload(); }
    }).catch(function () {});
  }, 700);
})();
</script>
<style>
.translated { box-shadow: inset 0 -2px 0 #2e7d32; }
.fuzzy { background: #ffe0b2; outline: 1px dashed #b34700; }
.untranslated { background: #fff0a8; outline: 1px dashed #8a1c0b; }
[data-where] { cursor: help; }
.preview-bar { position: sticky; top: 0; background: #102a43; color: #fff; padding: .3rem .8rem;
               font: 14px sans-serif; }
.preview-bar a { color: #fff; }
</style>
"""
LEGEND = ('<div class="preview-bar" role="status">Preview · <span class="translated">translated</span> · '
          '<span class="fuzzy">fuzzy</span> · <span class="untranslated">missing</span> · hover a passage for its '
          'catalog line · {pdf}</div>')


def watched_files(root: Path) -> Iterator[Path]:
    """Every input of a page: content, catalogs, templates and settings."""
    yield root / "pyproject.toml"
    for folder, patterns in (("content", ("**/*.md", "*.yaml")), ("locale", ("**/*.po",)), ("templates", ("*",))):
        for pattern in patterns:
            yield from (root / folder).glob(pattern)


def snapshot(root: Path) -> dict[Path, int]:
    out = {}
    for path in watched_files(root):
        try:
            out[path] = path.stat().st_mtime_ns
        except FileNotFoundError:
            continue
    return out


class Preview:
    """The rendered pages, re-rendered by a watcher thread whenever an input changes."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.pages: dict[str, str] = {}
        self.editions: dict[tuple[str, str], Edition] = {}
        self.error = ""
        self.maker: PageMaker | None = None  # of the last good render, for PDFs asked for later
        self.version = 0
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._seen: dict[Path, int] = {}

    def render(self) -> None:
        """Render every page as a preview; a broken input becomes an error page, not a crash."""
        maker: PageMaker | None = None
        try:
            settings = load_settings(self.settings.root)
            pages, editions, maker = render_pages(settings)
            error = ""
        except ErrorList as exc:
            pages, editions, error = {}, {}, "\n".join(str(e) for e in exc.errors)
        except EduError as exc:
            pages, editions, error = {}, {}, str(exc)
        with self._lock:
            if pages or error:
                self.pages, self.editions, self.error, self.maker = pages, editions, error, maker
            self.version += 1

    def watch(self, interval: float = 0.4) -> None:
        """Poll the inputs; ``start`` took the first snapshot before rendering, so no edit is missed."""
        while not self._stop.wait(interval):
            now = snapshot(self.settings.root)
            if now != self._seen:
                self._seen = now
                self.render()

    def stop(self) -> None:
        self._stop.set()

    def page(self, path: str) -> tuple[int, str, bytes]:
        """(status, content type, body) for a request path."""
        with self._lock:
            if path == "/__version":
                return 200, "text/plain", str(self.version).encode()
            if self.error:
                return 200, "text/html; charset=utf-8", _error_page(self.error).encode()
            key = path.lstrip("/") or "index.html"
            if key.endswith("/"):
                key += "index.html"
            if key.startswith("pdf/"):
                return self._pdf(key)
            text = self.pages.get(key)
        if text is None:
            return 404, "text/plain", b"not found"
        return 200, "text/html; charset=utf-8", _with_preview_tools(text, key).encode()

    def _pdf(self, key: str) -> tuple[int, str, bytes]:
        parts = key.removesuffix(".pdf").split("/")
        edition = self.editions.get((parts[2], parts[1])) if len(parts) == 3 else None
        if edition is None or self.maker is None:
            return 404, "text/plain", b"not found"
        from .pdf import PdfWriter  # only when a PDF is asked for

        page = self.maker.handout_page(edition, for_pdf=True)
        data, _problems = PdfWriter(self.settings.root).render(page)
        return 200, "application/pdf", data


def render_pages(settings: Settings) -> tuple[dict[str, str], dict[tuple[str, str], Edition], PageMaker]:
    """Every handout in every language as a preview page (``<lang>/<slug>.html``), plus an index."""
    project = load_project(settings)
    maker = PageMaker(settings, {lang: project.template_catalog(lang) for lang in settings.languages},
                      project.references)
    pages, editions = {}, {}
    for handout in project.handouts:
        src = handout.doc.lang
        for lang in settings.languages:
            source = Source(project.catalogs.get((lang, src)), project.po(lang, src) if lang != src else None,
                            settings.territory)
            loc = localize(handout, lang, source, project.facts, settings.locale(lang), draft=True,
                           preview=True)
            edition = Edition(loc, bool(loc.missing), settings.languages)
            editions[(handout.doc.slug, lang)] = edition
            pages[f"{lang}/{handout.doc.slug}.html"] = maker.handout_page(edition).html
    links = "".join(f'<li><a href="/{key}">{html.escape(key)}</a></li>' for key in sorted(pages))
    pages["index.html"] = f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>edu preview</title>" \
                          f"</head><body><main><h1>edu preview</h1><ul>{links}</ul></main></body></html>"
    return pages, editions, maker


def _with_preview_tools(text: str, key: str) -> str:
    pdf = f'<a href="/pdf/{key.removesuffix(".html")}.pdf">print edition (PDF)</a>' if key.count("/") == 1 else ""
    text = text.replace("</head>", RELOAD + "</head>", 1)
    return text.replace('<main id="main">', '<main id="main">' + LEGEND.format(pdf=pdf), 1)


def _error_page(error: str) -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>edu preview: error</title>'
            f"{RELOAD}</head><body><main><h1>Fix this, the preview reloads by itself</h1>"
            f"<pre>{html.escape(error)}</pre></main></body></html>")


def make_server(preview: Preview, port: int) -> ThreadingHTTPServer:
    """An HTTP server on 127.0.0.1 only: the preview is never reachable from another machine."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            status, kind, body = preview.page(self.path.split("?")[0])
            self.send_response(HTTPStatus(status))
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            return

    return ThreadingHTTPServer(("127.0.0.1", port), Handler)


def start(settings: Settings, port: int = 8000) -> tuple[Preview, ThreadingHTTPServer]:
    """Render once, then serve and watch in background threads (the CLI and tests call this)."""
    preview = Preview(settings)
    preview._seen = snapshot(settings.root)  # before the first render: an edit during it is seen
    preview.render()
    server = make_server(preview, port)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    threading.Thread(target=preview.watch, daemon=True).start()
    return preview, server


def wait_forever() -> None:
    while True:
        time.sleep(3600)
