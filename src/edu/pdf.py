"""Output stage: Page -> PDF with WeasyPrint (tagged PDF/UA-1, embedded fonts, safe URL fetcher).

WeasyPrint is imported lazily, inside ``PdfWriter``, so that commands which write no PDF (and a
build with nothing to do) never pay its import cost. One writer per process keeps one
``FontConfiguration`` and one image cache, as WeasyPrint's docs advise.

The structure tree's fixes for screen readers (/Lang per element and per bilingual column,
artifacts, link names, XMP languages) are pdftags.py's, run through WeasyPrint's ``finisher`` hook.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from .fetcher import make_fetcher
from .fontfix import print_ready
from .fonts import Face, face_css, shipped_faces
from .model import Page
from .pdftags import install_element_languages, make_finisher

PDF_VARIANT = "pdf/ua-1"


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@contextmanager
def collect_weasyprint_logs() -> Iterator[list[str]]:
    """WeasyPrint only logs problems (refused URLs, unknown options): collect them instead."""
    handler = _Collect()
    logger = logging.getLogger("weasyprint")
    logger.addHandler(handler)
    old, logger.propagate = logger.propagate, False
    try:
        yield handler.messages
    finally:
        logger.removeHandler(handler)
        logger.propagate = old


class PdfWriter:
    """Writes PDFs in one process with one FontConfiguration, one fetcher and one image cache."""

    def __init__(self, root: Path, faces: Sequence[Face] | None = None) -> None:
        """``faces``: the fonts to embed (fonts.faces of the project's settings); the shipped ones if None."""
        from weasyprint import CSS
        from weasyprint.text.fonts import FontConfiguration

        faces = list(shipped_faces() if faces is None else faces)
        font_dirs = dict.fromkeys(face.path.parent for face in faces if face.shipped)  # the project's: templates/
        self.root, self.faces = root, faces
        self.fetcher = make_fetcher([root / "templates", root / "content", *font_dirs], _fixed_fonts(faces))
        self.font_config = FontConfiguration()
        self.fonts = CSS(string=face_css(faces, lambda face: face.path.resolve().as_uri()),
                         font_config=self.font_config, url_fetcher=self.fetcher)
        self.cache: dict[str, Any] = {}
        self.element_langs = install_element_languages()  # False: only bilingual cells get /Lang

    def render(self, page: Page, cell_langs: Sequence[str] = ()) -> Rendered:
        """The PDF bytes of a page, any problem WeasyPrint logged and its number of pages (WeasyPrint
        laid them out: nothing is read back); ``cell_langs`` tags the columns of a side-by-side table
        with their languages (WeasyPrint tags only the document)."""
        from weasyprint import HTML

        options: dict[str, Any] = {"stylesheets": [self.fonts], "pdf_variant": PDF_VARIANT, "cache": self.cache}
        languages = tuple(dict.fromkeys((page.lang, *page.extra_langs, *cell_langs)))
        with collect_weasyprint_logs() as problems, _font_dates_fixed():
            html = HTML(string=page.html, base_url=(self.root / "templates").as_uri() + "/",
                        url_fetcher=self.fetcher, media_type="print")
            document = html.render(font_config=self.font_config, **options)
            data = document.write_pdf(finisher=make_finisher(languages, cell_langs), **options)
        decorative = {f'Image "{src}" has no required alt description' for src in decorative_images(page.html)}
        return Rendered(bytes(data), [p for p in problems if p not in decorative], len(document.pages))


@dataclass(frozen=True)
class Rendered:
    """A PDF as WeasyPrint made it."""

    data: bytes  # the file's bytes
    problems: list[str]  # what WeasyPrint logged
    pages: int  # its number of pages


def _fixed_fonts(faces: Sequence[Face]) -> dict[str, bytes]:
    """The URL of each font file WeasyPrint would embed with a wrong text layer -> its fixed bytes
    (fontfix.py: Noto Sans, for ọ, ụ, ị and the like)."""
    fixed = {}
    for face in faces:
        data = print_ready(face.path)
        if data is not None:
            fixed[face.path.resolve().as_uri()] = data
    return fixed


@contextmanager
def _font_dates_fixed() -> Iterator[None]:
    """fontTools dates a subset font (when HarfBuzz cannot subset it) from SOURCE_DATE_EPOCH: set to
    0 while a PDF is written, whatever the caller's (which dates .pot files, not PDFs), so the same
    inputs give the same bytes with it set or not (6 PDFs differed, unseen by the manifest)."""
    saved = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = "0"
    try:
        yield
    finally:
        if saved is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = saved


class _DecorativeImages(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.sources: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "img" and attributes.get("alt") == "" and attributes.get("src"):
            self.sources.add(str(attributes["src"]))


def decorative_images(html: str) -> set[str]:
    """The ``src`` of each picture a page says is decoration (``alt=""``, from ``![](x.png)``):
    the PDF makes it an artifact, so WeasyPrint's error that it has no alt text is no problem."""
    if 'alt=""' not in html:  # what the sanitizer writes for every empty alt
        return set()
    parser = _DecorativeImages()
    parser.feed(html)
    parser.close()
    return parser.sources
