"""Output stage: Page -> PDF with WeasyPrint (tagged PDF/UA-1, embedded fonts, safe URL fetcher).

WeasyPrint is imported lazily, inside ``PdfWriter``, so that commands which write no PDF (and a
build with nothing to do) never pay its import cost. One writer per process keeps one
``FontConfiguration`` and one image cache, as WeasyPrint's docs advise.

WeasyPrint 70 writes one document-level /Lang only, so a screen reader would read the Spanish
column of a bilingual PDF with an English voice. Two passes fix that:

- every element whose HTML carries ``lang`` gets /Lang on its structure element (a wrapper around
  WeasyPrint's private tag builder, installed only on the WeasyPrint version it was written for);
- the finisher then tags each cell of a side-by-side table by column (documented ``finisher`` hook),
  so the cells are right even where the wrapper could not be installed.

The finisher also marks the running header and footer as pagination artifacts (WeasyPrint gives
them marked-content ids but leaves them out of the structure tree, which PDF/UA forbids), and adds
``dc:language`` to the XMP metadata, which WeasyPrint leaves out.
"""

from __future__ import annotations

import inspect
import logging
import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from .fetcher import make_fetcher
from .fontfix import print_ready
from .fonts import Face, face_css, shipped_faces
from .model import Page

# The private tag builder's parameters in the WeasyPrint versions the /Lang wrapper was checked on.
_TAG_BUILDER_PARAMS = ["box", "parent", "pdf", "page_number", "nums", "annotations", "tags"]
_TAG_BUILDER_VERSIONS = ("70.",)
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

    def render(self, page: Page, cell_langs: Sequence[str] = ()) -> tuple[bytes, list[str]]:
        """The PDF bytes of a page and any problem WeasyPrint logged; ``cell_langs`` tags the
        columns of a side-by-side table with their languages (WeasyPrint tags only the document)."""
        from weasyprint import HTML

        options: dict[str, Any] = {"stylesheets": [self.fonts], "pdf_variant": PDF_VARIANT, "cache": self.cache}
        languages = tuple(dict.fromkeys((page.lang, *page.extra_langs, *cell_langs)))
        with collect_weasyprint_logs() as problems, _font_dates_fixed():
            html = HTML(string=page.html, base_url=(self.root / "templates").as_uri() + "/",
                        url_fetcher=self.fetcher, media_type="print")
            document = html.render(font_config=self.font_config, **options)
            data = document.write_pdf(finisher=make_finisher(languages, cell_langs), **options)
        return bytes(data), list(problems)


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


LONG_DOCUMENT = 4  # pages: a clinician summary of 7 opens with its bookmarks shown, a 2-page handout without


def make_finisher(languages: Sequence[str], cell_langs: Sequence[str]) -> Callable[[Any, Any], None]:
    """The pydyf post-pass: XMP ``dc:language`` and, for a side-by-side table, /Lang per column."""

    def finisher(document: Any, pdf: Any) -> None:
        add_xmp_languages(pdf, languages)
        reachable = _reachable(pdf)  # (once: both passes walk the structure tree)
        mark_margin_artifacts(pdf, reachable)
        link_table_headers(pdf, reachable)
        if cell_langs:
            tag_columns(pdf, cell_langs)
        if len(document.pages) > LONG_DOCUMENT and "Outlines" in pdf.catalog:
            pdf.catalog["PageMode"] = "/UseOutlines"  # a long one opens with its sections beside it

    return finisher


def _object(pdf: Any, ref: Any) -> Any:
    """The pydyf object behind an indirect reference such as ``b'12 0 R'``."""
    return pdf.objects[int(ref.split()[0])]


def _is_ref(value: Any) -> bool:
    return isinstance(value, bytes) and value.endswith(b" 0 R")


def _kids(pdf: Any, element: Any) -> Iterator[Any]:
    """The structure elements directly under ``element`` (MCIDs and annotations skipped)."""
    kids = element.get("K", ())
    for kid in kids if isinstance(kids, list) else [kids]:
        if _is_ref(kid):
            obj = _object(pdf, kid)
            if isinstance(obj, dict) and obj.get("Type") == "/StructElem":
                yield obj


def _tables(pdf: Any, element: Any) -> Iterator[Any]:
    """Tables that are not inside a table cell: cells of a nested table inherit their cell's /Lang."""
    for kid in _kids(pdf, element):
        if kid.get("S") == "/Table":
            yield kid
        elif kid.get("S") not in ("/TD", "/TH"):
            yield from _tables(pdf, kid)


def _rows(pdf: Any, table: Any) -> Iterator[Any]:
    for kid in _kids(pdf, table):
        if kid.get("S") == "/TR":
            yield kid
        elif kid.get("S") in ("/THead", "/TBody", "/TFoot"):
            yield from _rows(pdf, kid)


def tag_columns(pdf: Any, langs: Sequence[str]) -> None:
    """Set /Lang on each cell of every top-level table row, by column (pdf-lang notes, variant D).

    WeasyPrint tags page by page, so a row split by a page break is one TR per page, each with both
    cells: tagging by position covers every fragment. A cell that already has /Lang keeps it.
    """
    import pydyf

    root = _object(pdf, pdf.catalog["StructTreeRoot"])
    for top in _kids(pdf, root):
        for table in _tables(pdf, top):
            for row in _rows(pdf, table):
                cells = [c for c in _kids(pdf, row) if c.get("S") in ("/TD", "/TH")]
                if len(cells) != len(langs):
                    continue
                for cell, lang in zip(cells, langs, strict=True):
                    cell.setdefault("Lang", pydyf.String(lang))


def link_table_headers(pdf: Any, reachable: set[bytes]) -> None:
    """Let a reader find each table cell's header (PDF/UA 7.5): WeasyPrint drops the HTML's
    ``scope="col"`` and gives the cells /Headers naming IDs that no /IDTree resolves. Every /TH
    gets /Scope /Column (edu's tables have a header row only), and the IDs get their /IDTree."""
    import pydyf

    root = _object(pdf, pdf.catalog["StructTreeRoot"])
    ids: dict[str, bytes] = {}
    for ref in sorted(reachable):
        element = _object(pdf, ref)
        if element.get("S") == "/TH":
            attributes = element.get("A")
            if isinstance(attributes, dict):
                attributes["Scope"] = "/Column"
            else:
                element["A"] = pydyf.Dictionary({"O": "/Table", "Scope": "/Column"})
        if "ID" in element:  # a pydyf.String
            ids[str(getattr(element["ID"], "string", element["ID"]))] = ref
    if ids and "IDTree" not in root:
        names = pydyf.Array()
        for key in sorted(ids):
            names.extend([pydyf.String(key), ids[key]])
        tree = pydyf.Dictionary({"Names": names})
        pdf.add_object(tree)
        root["IDTree"] = tree.reference


def _reachable(pdf: Any) -> set[bytes]:
    """References of every structure element that hangs from the structure tree root."""
    seen: set[bytes] = set()

    def walk(element: Any) -> None:
        for kid in _kids(pdf, element):
            if kid.reference not in seen:
                seen.add(kid.reference)
                walk(kid)

    walk(_object(pdf, pdf.catalog["StructTreeRoot"]))
    return seen


def mark_margin_artifacts(pdf: Any, reachable: set[bytes]) -> None:
    """Turn the marked content of page margin boxes (running header and footer) into /Artifact.

    WeasyPrint gives each text run of a margin box an MCID and a structure element that is never
    linked into the tree; a reader would meet it nowhere, and PDF/UA requires content to be either
    in the tree or an artifact. Here, per page, MCIDs whose element is unreachable become
    ``/Artifact BMC`` in the content stream, and their parent-tree entries become null.
    """
    import pydyf

    root = _object(pdf, pdf.catalog["StructTreeRoot"])
    nums = _object(pdf, root["ParentTree"])["Nums"]
    for page_number, page_ref in enumerate(pdf.page_references):
        mcids = nums[2 * page_number + 1]
        orphans = {mcid for mcid, ref in enumerate(mcids) if _is_ref(ref) and ref not in reachable}
        if not orphans:
            continue
        for mcid in orphans:
            mcids[mcid] = "null"
        contents = _object(pdf, _object(pdf, page_ref)["Contents"])
        ops = contents.stream
        for i in range(len(ops) - 2):
            props = ops[i + 1]
            if isinstance(props, pydyf.Dictionary) and props.get("MCID") in orphans and ops[i + 2] == b"BDC":
                ops[i], ops[i + 1], ops[i + 2] = "/Artifact", b"", b"BMC"


def add_xmp_languages(pdf: Any, languages: Sequence[str]) -> None:
    """Add ``dc:language`` (every language of the document) to the XMP packet WeasyPrint wrote."""
    ref = pdf.catalog.get("Metadata")
    if not ref or not languages:
        return
    stream = _object(pdf, ref)
    data = b"".join(part if isinstance(part, bytes) else str(part).encode() for part in stream.stream)
    items = "".join(f"<rdf:li>{lang}</rdf:li>" for lang in languages)
    description = (f'<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" rdf:about="">'
                   f"<dc:language><rdf:Bag>{items}</rdf:Bag></dc:language></rdf:Description>").encode()
    if b"</rdf:RDF>" in data:
        stream.stream = [data.replace(b"</rdf:RDF>", description + b"</rdf:RDF>", 1)]


_ORIGINAL_BUILDER: Any = None


def install_element_languages() -> bool:
    """Wrap WeasyPrint's private tag builder so that an element's HTML ``lang`` becomes its /Lang.

    Installed once per process, and only on the WeasyPrint version it was written for (same name,
    same parameters); elsewhere it returns False and the column finisher alone tags bilingual cells.
    """
    global _ORIGINAL_BUILDER
    import weasyprint
    from weasyprint.pdf import tags

    if _ORIGINAL_BUILDER is not None:
        return True
    builder = getattr(tags, "_build_box_tree", None)
    if builder is None or not weasyprint.__version__.startswith(_TAG_BUILDER_VERSIONS):
        return False
    if list(inspect.signature(builder).parameters) != _TAG_BUILDER_PARAMS:
        return False
    _ORIGINAL_BUILDER = builder
    tags._build_box_tree = _build_with_lang
    return True


def _build_with_lang(box: Any, parent: Any, *args: Any) -> Iterator[Any]:
    """WeasyPrint's ``_build_box_tree`` plus /Lang; it recurses through the module name, so every
    box passes here. Page, html and body boxes yield their children's elements: those are skipped."""
    import pydyf
    from weasyprint.formatting_structure import boxes

    own = getattr(box, "_box", box)  # absolutely positioned boxes are wrapped in a placeholder
    element = getattr(own, "element", None)
    passthrough = isinstance(own, boxes.PageBox | boxes.MarginBox) or getattr(own, "element_tag", None) in (
        "html", "body")
    lang = None if element is None or passthrough else element.get("lang")
    for structure in _ORIGINAL_BUILDER(box, parent, *args):
        if lang:
            structure["Lang"] = pydyf.String(lang)
        yield structure
