"""Live preview for authors and translators: ``edu serve``.

A local web server on 127.0.0.1 shows every handout in every language as a draft in which each
segment carries its status (translated, fuzzy, missing) and the catalog line it comes from. A
watcher loads the project again when a .po, .md, facts.yaml, references.yaml, template or
pyproject.toml changes, and the open page reloads itself; each page is rendered when asked for,
and ``/pdf/<lang>/<slug>.pdf`` renders the print edition. Nothing here is written to build/: the
pages live in memory.
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
from .project import Project, load_project
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
    """The project as last loaded, re-loaded by a watcher thread whenever an input changes. Pages
    are rendered when asked for and kept until the next change: in a library of hundreds of
    handouts, a saved .po shows in the page at once instead of after every page is rendered."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.project: Project | None = None  # of the last good load
        self.maker: PageMaker | None = None
        self.error = ""  # of the last load: shown instead of every page
        self.version = 0
        self._pages: dict[str, str] = {}  # rendered since the last load
        self._lock = threading.Lock()
        self._render_lock = threading.Lock()  # one page at a time: the Markdown converter is not thread-safe
        self._stop = threading.Event()
        self._seen: dict[Path, int] = {}

    def render(self) -> None:
        """Load and validate every input again; a broken input becomes an error page, not a crash."""
        project, maker, error = None, None, ""
        try:
            project = load_project(load_settings(self.settings.root))
            maker = PageMaker(project.settings, {lang: project.template_catalog(lang)
                                                 for lang in project.settings.languages}, project.references)
        except ErrorList as exc:
            error = "\n".join(str(e) for e in exc.errors)
        except EduError as exc:
            error = str(exc)
        with self._lock:
            self.project, self.maker, self.error, self._pages = project, maker, error, {}
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
            project, maker, error, version, cached = self.project, self.maker, self.error, self.version, self._pages
        if path == "/__version":
            return 200, "text/plain", str(version).encode()
        if error or project is None or maker is None:
            return 200, "text/html; charset=utf-8", _error_page(error).encode()
        key = path.lstrip("/") or "index.html"
        if key.endswith("/"):
            key += "index.html"
        if key.startswith("pdf/"):
            return self._pdf(project, maker, key)
        text = cached.get(key)
        if text is None:
            try:
                with self._render_lock:
                    text = render_page(project, maker, key)
            except EduError as exc:
                return 200, "text/html; charset=utf-8", _error_page(str(exc)).encode()
            if text is None:
                return 404, "text/plain", b"not found"
            cached[key] = text  # the dict of this load: a page of an older load is never kept
        return 200, "text/html; charset=utf-8", _with_preview_tools(text, key).encode()

    def _pdf(self, project: Project, maker: PageMaker, key: str) -> tuple[int, str, bytes]:
        parts = key.removesuffix(".pdf").split("/")
        try:
            with self._render_lock:
                edition = preview_edition(project, parts[2], parts[1]) if len(parts) == 3 else None
                page = maker.handout_page(edition, for_pdf=True) if edition is not None else None
        except EduError as exc:
            return 200, "text/html; charset=utf-8", _error_page(str(exc)).encode()
        if page is None:
            return 404, "text/plain", b"not found"
        from .pdf import PdfWriter  # only when a PDF is asked for

        data, _problems = PdfWriter(self.settings.root).render(page)
        return 200, "application/pdf", data


def render_page(project: Project, maker: PageMaker, key: str) -> str | None:
    """The preview page ``<lang>/<slug>.html`` or the index; None for any other path."""
    if key == "index.html":
        keys = [f"{lang}/{h.doc.slug}.html" for h in project.handouts for lang in project.settings.languages]
        links = "".join(f'<li><a href="/{k}">{html.escape(k)}</a></li>' for k in sorted(keys))
        return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>edu preview</title>'
                f"</head><body><main><h1>edu preview</h1><ul>{links}</ul></main></body></html>")
    lang, _, name = key.partition("/")
    edition = preview_edition(project, name.removesuffix(".html"), lang) if name.endswith(".html") else None
    return None if edition is None else maker.handout_page(edition).html


def preview_edition(project: Project, slug: str, lang: str) -> Edition | None:
    """One handout in one language with every segment marked with its status; a located
    SourceError if a fact in it is wrong; None if there is no such handout or language."""
    settings = project.settings
    handout = next((h for h in project.handouts if h.doc.slug == slug), None)
    if handout is None or lang not in settings.languages:
        return None
    src = handout.doc.lang
    source = Source(project.catalogs.get((lang, src)), project.po(lang, src) if lang != src else None,
                    settings.territory)
    loc = localize(handout, lang, source, project.facts, settings.locale(lang), draft=True, preview=True)
    return Edition(loc, bool(loc.missing), settings.languages)


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
