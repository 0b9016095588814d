"""Live preview for authors and translators: ``edu serve``.

A local web server on 127.0.0.1 shows every handout in every language as a draft in which each
segment carries its status (translated, fuzzy, missing) and the catalog line it comes from. A
watcher loads the project again when a .po, .md, facts.yaml, references.yaml, template or
pyproject.toml changes, and the open page reloads itself. The preview serves the files of the
build folder at the same paths (index pages, web pages, PDFs, large print, side by side, fonts),
so every link on a page works; each page is rendered when asked for. A PDF is rendered as the
build renders it: in a worker process (workers.py) that is stopped at the time limit (``timeout``
in [tool.edu]), its failure the build's located line, in the terminal and in the browser. Nothing
here is written to build/: the pages live in memory.
"""

from __future__ import annotations

import html
import sys
import threading
import time
from collections.abc import Iterator
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from .config import Settings, load_settings
from .editions import Edition, format_links, side_by_side_target
from .errors import EduError, ErrorList
from .listing import index_sections
from .media import images, web_name
from .model import Handout, Page
from .pages import PageMaker
from .pdfworker import PdfJob
from .project import Project, load_project
from .signoff import Signoff, clinical_review, read_signoffs
from .translate import Source, localize
from .trsignoff import edition_review
from .webfonts import font_file
from .workers import PdfRenderer

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
.preview-bar .fuzzy, .preview-bar .untranslated { color: #102a43; }
</style>
"""
FONT_TYPES = {".ttf": "font/ttf", ".otf": "font/otf", ".woff2": "font/woff2"}
IMAGE_TYPES = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".gif": "image/gif",
               ".svg": "image/svg+xml", ".webp": "image/webp"}
LEGEND = ('<div class="preview-bar" role="status">Preview · <span class="translated">translated</span> · '
          '<span class="fuzzy">fuzzy</span> · <span class="untranslated">missing</span> · hover a passage for its '
          'catalog line{extra}</div>')


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
        self.site: Site | None = None  # of the last good load
        self.error = ""  # of the last load: shown instead of every page
        self.version = 0
        self._pages: dict[str, str] = {}  # rendered since the last load
        self._lock = threading.Lock()
        self._render_lock = threading.Lock()  # one page at a time: the Markdown converter is not thread-safe
        self._stop = threading.Event()
        self._seen: dict[Path, int] = {}
        self._pdfs = PdfRenderer(settings.root)  # its worker starts at the first PDF asked for

    def render(self) -> None:
        """Load and validate every input again; a broken input becomes an error page, not a crash."""
        site, error = None, ""
        try:
            project = load_project(load_settings(self.settings.root))
            maker = PageMaker(project.settings, {lang: project.template_catalog(lang)
                                                 for lang in project.settings.languages}, project.references,
                             project.characters())
            site = Site(project, maker)
        except ErrorList as exc:
            error = "\n".join(str(e) for e in exc.errors)
        except EduError as exc:
            error = str(exc)
        except Exception as exc:  # a bug must not stop the watcher: the next edit is still looked at
            error = f"edu: {type(exc).__name__}: {exc}"
        if error and error != self.error:  # in the terminal too, once per change (not only in the browser)
            print(error, file=sys.stderr, flush=True)
        with self._lock:
            self.site, self.error, self._pages = site, error, {}
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
        self._pdfs.close()

    def page(self, path: str) -> tuple[int, str, bytes]:
        """(status, content type, body) for a request path: the paths of the build folder."""
        with self._lock:
            site, error, version, cached = self.site, self.error, self.version, self._pages
        if path == "/__version":
            return 200, "text/plain", str(version).encode()
        key = path.lstrip("/") or "index.html"
        if key.endswith("/"):
            key += "index.html"
        if key.startswith("assets/fonts/") and site is not None and key[13:] in site.fonts:
            font = site.fonts[key[13:]]
            return 200, FONT_TYPES.get(Path(font.name).suffix, "application/octet-stream"), font_file(font)
        if key.startswith("assets/media/") and site is not None and key[13:] in site.media:  # a handout's image
            image = self.settings.content_dir / site.media[key[13:]]
            return 200, IMAGE_TYPES.get(image.suffix.lower(), "application/octet-stream"), image.read_bytes()
        if site is not None and key == site.stylesheet[0]:  # the web pages' stylesheet
            return 200, "text/css; charset=utf-8", site.stylesheet[1]
        if site is not None and site.favicon is not None and key == site.favicon[0]:
            return 200, site.favicon[1] or "image/x-icon", site.favicon[2].read_bytes()
        if error or site is None:  # an error, for link checkers too: the page is the one to show people
            return 500, "text/html; charset=utf-8", _error_page(error).encode()
        text = cached.get(key)
        if text is None:
            try:
                with self._render_lock:
                    found = site.page(key)
            except EduError as exc:
                return 500, "text/html; charset=utf-8", _error_page(str(exc)).encode()
            except Exception as exc:  # a bug on one page: say so, keep serving
                return 500, "text/html; charset=utf-8", _error_page(f"{key}: {type(exc).__name__}: {exc}").encode()
            if found is None:
                return 404, "text/plain", b"not found"
            if key.endswith(".pdf"):  # not under the lock: the web pages are served meanwhile
                return self._pdf(site, PdfJob(key, found[0], found[1], site.source(key)))
            with self._render_lock:
                text = _with_preview_tools(found[0].html, site.legend(key))
            cached[key] = text  # the dict of this load: a page of an older load is never kept
        return 200, "text/html; charset=utf-8", text.encode()

    def _pdf(self, site: Site, job: PdfJob) -> tuple[int, str, bytes]:
        """The print edition; what stops it (a WeasyPrint error, the time limit) is the build's
        located line, printed in the terminal and shown in the browser."""
        result = self._pdfs.render(job, site.maker.faces, site.project.settings.timeout)
        lines = [f"{job.source}: {job.target}: {problem}" for problem in result.problems]
        for line in lines:
            print(line, file=sys.stderr, flush=True)
        if result.data is None:
            return 500, "text/html; charset=utf-8", _error_page("\n".join(lines)).encode()
        return 200, "application/pdf", result.data


class Site:
    """One load of the project as the preview serves it: the build folder's layout (index pages,
    web pages, PDFs, side-by-side editions, fonts), every handout in every language a draft."""

    def __init__(self, project: Project, maker: PageMaker) -> None:
        self.project, self.maker = project, maker
        self.targets = preview_targets(project)
        self._handouts = {h.doc.slug: h for h in project.handouts}
        self._editions: dict[tuple[str, str], Edition] = {}
        self.records = read_signoffs(project.settings.root)  # each translation's review, printed as the build does
        self.fonts = {font.name: font for font in maker.web_fonts}
        self.stylesheet, self.favicon = maker.stylesheet, maker.favicon  # a mistake in them: the load's error
        settings = project.settings  # what the pages show, and nothing else under content/:
        self.media = {web_name(rel, settings.content_dir): rel  # by the name a web page gives it
                      for rel in images(project.handouts, settings.languages, settings.content_dir)}

    def edition(self, slug: str, lang: str) -> Edition:
        if (slug, lang) not in self._editions:
            self._editions[(slug, lang)] = preview_edition(self.project, self._handouts[slug], lang, self.records)
        return self._editions[(slug, lang)]

    def page(self, key: str) -> tuple[Page, tuple[str, ...]] | None:
        """The page of the file ``key`` (a path in the build folder) and, for a side-by-side PDF,
        its columns' languages; None for a file the build would not make."""
        if key not in self.targets:
            return None
        kind, slug, lang = self.targets[key]
        languages = self.project.settings.languages
        if kind == "index":
            shown = (lang,) if lang else languages
            editions = {(h.doc.slug, x): self.edition(h.doc.slug, x) for h in self.project.handouts for x in shown}
            sections = index_sections(editions, shown, 1 if lang else 0, set(self.targets),
                                      self.project.settings.topic_name)
            return self.maker.index_page(lang or None, sections, languages), ()
        if kind.startswith("bilingual"):
            src = self._handouts[slug].doc.lang
            printed = kind == "bilingual.pdf"
            page = self.maker.bilingual_page(self.edition(slug, src), self.edition(slug, lang), printed)
            return page, (src, lang) if printed else ()
        edition = self.edition(slug, lang)
        if kind == "html":
            return self.maker.handout_page(edition, formats=format_links(edition, "../", set(self.targets))), ()
        return self.maker.handout_page(edition, True, kind == "large"), ()

    def source(self, key: str) -> str:
        """The handout file of the page ``key``, for messages about it ("" for an index page)."""
        slug = self.targets[key][1]
        return self._handouts[slug].doc.path.as_posix() if slug else ""

    def legend(self, key: str) -> str:
        """The end of the preview bar: a page's print edition, or on an index page the editions
        still to translate or review (each with how many passages)."""
        kind, _slug, lang = self.targets[key]
        if kind != "index":
            return f' · <a href="/{key.removesuffix(".html")}.pdf">print edition (PDF)</a>'
        todo = [(f"{x}/{slug}.html", len(edition.localized.missing))
                for (slug, x), edition in sorted(self._editions.items())
                if edition.localized.missing and x in ((lang,) if lang else self.project.settings.languages)]
        if not todo:
            return " · nothing to translate or review"
        links = ", ".join(f'<a href="/{href}">{html.escape(href)}</a> ({count})' for href, count in todo)
        return f" · to translate or review (passages): {links}"


def preview_targets(project: Project) -> dict[str, tuple[str, str, str]]:
    """Every page the preview serves, as the build names them: target -> (kind, slug, lang)."""
    languages = project.settings.languages
    targets = {"index.html": ("index", "", ""), **{f"{x}/index.html": ("index", "", x) for x in languages}}
    for handout in project.handouts:
        slug = handout.doc.slug
        for lang in languages:
            targets[f"{lang}/{slug}.html"] = ("html", slug, lang)
            targets[f"{lang}/{slug}.pdf"] = ("pdf", slug, lang)
            if handout.doc.meta.audience == "patient":
                targets[f"{lang}/{slug}-large.pdf"] = ("large", slug, lang)
        for other in (x for x in languages if x != handout.doc.lang):
            for ext in ("html", "pdf"):
                targets[side_by_side_target(slug, handout.doc.lang, other, languages, ext)] = (f"bilingual.{ext}", slug,
                                                                                               other)
    return targets


def preview_edition(project: Project, handout: Handout, lang: str,
                    records: dict[str, Signoff] | None = None) -> Edition:
    """One handout in one language with every segment marked with its status, and, as the build
    prints it, the day its translation was reviewed while that review is of its words and the notice
    of a change since its clinical sign-off (``records``: content/signoff.yaml, read if None); a
    located SourceError if a fact in it is wrong."""
    settings = project.settings
    src = handout.doc.lang
    source = Source(project.catalogs.get((lang, src)), project.po(lang, src) if lang != src else None,
                    settings.territory, units=settings.units)
    loc = localize(handout, lang, source, project.facts, settings.locale(lang), draft=True, preview=True)
    every = frozenset((h.doc.slug, x) for h in project.handouts for x in settings.languages)  # all previewed
    records = read_signoffs(settings.root) if records is None else records
    review = edition_review(handout, lang, project.catalogs.get((lang, src)), records.get(handout.doc.slug))
    clinical = clinical_review(handout, project.facts, settings, records.get(handout.doc.slug))
    return Edition(loc, bool(loc.missing), settings.languages, settings.languages, every, review, clinical)


def _with_preview_tools(text: str, extra: str) -> str:
    """The reload script and the legend, with ``extra`` (HTML) at its end."""
    text = text.replace("</head>", RELOAD + "</head>", 1)
    return text.replace('<main id="main">', '<main id="main">' + LEGEND.format(extra=extra), 1)


def _error_page(error: str) -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>edu preview: error</title>'
            f"{RELOAD}</head><body><main><h1>Fix this, the preview reloads by itself</h1>"
            f"<pre>{html.escape(error)}</pre></main></body></html>")


def make_server(preview: Preview, port: int) -> ThreadingHTTPServer:
    """An HTTP server on 127.0.0.1 only: the preview is never reachable from another machine."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.answer(with_body=True)

        def do_HEAD(self) -> None:  # what link checkers ask: the same status and headers, no body
            self.answer(with_body=False)

        def answer(self, with_body: bool) -> None:
            host = self.headers.get("Host", "").rpartition(":")[0] or self.headers.get("Host", "")
            if host not in ("127.0.0.1", "localhost"):  # a web page that renamed its site to 127.0.0.1
                status, kind, body = 403, "text/plain", b"edu preview: open it as http://127.0.0.1:PORT/\n"
            else:  # (DNS rebinding) cannot read the unpublished drafts
                status, kind, body = preview.page(self.path.split("?")[0])
            self.send_response(HTTPStatus(status))
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            if with_body:
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
