"""Output stage: Page -> PDF with WeasyPrint (tagged PDF/UA-1, embedded fonts, safe URL fetcher).

WeasyPrint is imported lazily, inside ``PdfWriter``, so that commands which write no PDF (and a
build with nothing to do) never pay its import cost. One writer per process keeps one
``FontConfiguration`` and one image cache, as WeasyPrint's docs advise.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from importlib.resources import files
from pathlib import Path
from typing import Any

from .fetcher import make_fetcher
from .model import Page

FONT_FACES = (  # (family, file, weight, style)
    ("Atkinson Hyperlegible", "AtkinsonHyperlegible-Regular.ttf", 400, "normal"),
    ("Atkinson Hyperlegible", "AtkinsonHyperlegible-Bold.ttf", 700, "normal"),
    ("Atkinson Hyperlegible", "AtkinsonHyperlegible-Italic.ttf", 400, "italic"),
    ("Atkinson Hyperlegible", "AtkinsonHyperlegible-BoldItalic.ttf", 700, "italic"),
    ("Noto Sans", "NotoSans[wdth,wght].ttf", 400, "normal"),
)
FONT_PACKAGES = {"Atkinson Hyperlegible": "fontpkg_atkinson_hyperlegible", "Noto Sans": "fontpkg_noto_sans"}


def font_files() -> list[tuple[str, Path, int, str]]:
    """The shipped fonts: (family, path, weight, style). They come from PyPI packages, not the machine."""
    out = []
    for family, name, weight, style in FONT_FACES:
        folder = Path(str(files(FONT_PACKAGES[family]) / "files"))
        out.append((family, folder / name, weight, style))
    return out


def font_face_css(url_of: Any, only: str | None = None) -> str:
    """@font-face rules; ``url_of(path)`` gives the URL of each font file; ``only`` one family."""
    rules = []
    for family, path, weight, style in font_files():
        if only and family != only:
            continue
        rules.append(f'@font-face {{ font-family: "{family}"; src: url("{url_of(path)}"); '
                     f"font-weight: {weight}; font-style: {style}; }}")
    return "\n".join(rules)


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

    def __init__(self, root: Path) -> None:
        os.environ.setdefault("SOURCE_DATE_EPOCH", "0")  # fontTools fallback: reproducible font tables
        from weasyprint import CSS
        from weasyprint.text.fonts import FontConfiguration

        font_dirs = [path.parent for _f, path, _w, _s in font_files()]
        self.root = root
        self.fetcher = make_fetcher([root / "templates", root / "content", *font_dirs])
        self.font_config = FontConfiguration()
        self.fonts = CSS(string=font_face_css(lambda p: p.resolve().as_uri()), font_config=self.font_config,
                         url_fetcher=self.fetcher)
        self.cache: dict[str, Any] = {}

    def render(self, page: Page, cell_langs: Sequence[str] = ()) -> tuple[bytes, list[str]]:
        """The PDF bytes of a page and any problem WeasyPrint logged; ``cell_langs`` tags the
        columns of a side-by-side table with their languages (WeasyPrint tags only the document)."""
        from weasyprint import HTML

        finisher = _column_languages(cell_langs) if cell_langs else None
        with collect_weasyprint_logs() as problems:
            html = HTML(string=page.html, base_url=(self.root / "templates").as_uri() + "/",
                        url_fetcher=self.fetcher, media_type="print")
            data = html.write_pdf(stylesheets=[self.fonts], font_config=self.font_config,
                                  pdf_variant="pdf/ua-1", cache=self.cache, finisher=finisher)
        return data, list(problems)


def _column_languages(langs: Sequence[str]) -> Any:
    """A finisher that sets /Lang on each cell of every table row, by column (pdf-lang notes, variant D)."""
    import pydyf

    def finisher(document: Any, pdf: Any) -> None:
        def obj(ref: Any) -> Any:
            return pdf.objects[int(ref.split()[0])]

        def walk(element: Any) -> Iterator[Any]:
            yield element
            for kid in element.get("K", ()):
                if isinstance(kid, bytes) and b" 0 R" in kid and obj(kid).get("Type") == "/StructElem":
                    yield from walk(obj(kid))

        root = obj(pdf.catalog["StructTreeRoot"])
        kids = root["K"] if isinstance(root["K"], list) else [root["K"]]
        for top in kids:
            for element in walk(obj(top)):
                if element.get("S") == "/TR":
                    cells = [c for c in map(obj, element["K"]) if c.get("S") in ("/TD", "/TH")]
                    if len(cells) == len(langs):
                        for cell, lang in zip(cells, langs, strict=True):
                            cell["Lang"] = pydyf.String(lang)

    return finisher
