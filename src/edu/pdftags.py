"""Output stage, PDF/UA: the structure tree WeasyPrint writes -> one a screen reader can follow.

In: the pydyf PDF WeasyPrint is about to write (through its documented ``finisher`` hook) and the
laid-out document; out: the same PDF with what PDF/UA asks and WeasyPrint 70 leaves undone.

WeasyPrint 70 writes one document-level /Lang only, so a screen reader would read the Spanish
column of a bilingual PDF with an English voice. Two passes fix that:

- every element whose HTML carries ``lang`` gets /Lang on its structure element (a wrapper around
  WeasyPrint's private tag builder, installed only on the WeasyPrint version it was written for);
- the finisher then tags each cell of a side-by-side table by column, so the cells are right even
  where the wrapper could not be installed.

Before those, rows a page break split are joined into one /TR each (pdfrows.py). The finisher
also does, in one walk over the structure tree (``finish_structure``): the running
header and footer and decorative pictures become artifacts, table headers get their scope and ID
tree, each link annotation says what its link says; and it adds ``dc:language`` to the XMP
metadata, which WeasyPrint leaves out, and the edition's code (``EduEdition``) to the document
information, which WeasyPrint writes only with every other <meta> (the viewport's too).
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Collection, Iterator, Sequence
from typing import Any

from .pdfrows import join_split_rows, row_boxes
from .pdftree import deref, is_ref, reachable, struct_kids

# The private tag builder's parameters in the WeasyPrint versions the /Lang wrapper was checked on.
_TAG_BUILDER_PARAMS = ["box", "parent", "pdf", "page_number", "nums", "annotations", "tags"]
_TAG_BUILDER_VERSIONS = ("70.",)

EDITION_META = "edu-edition"  # <meta name> of a PDF page: the edition codes its footers print (two side by side)
LONG_DOCUMENT = 4  # pages: a clinician summary of 7 opens with its bookmarks shown, a 2-page handout without


def make_finisher(languages: Sequence[str], cell_langs: Sequence[str]) -> Callable[[Any, Any], None]:
    """The pydyf post-pass: XMP ``dc:language``, rows split by a page break made whole (pdfrows.py),
    the structure tree's PDF/UA fixes and, for a side-by-side table, /Lang per column."""

    def finisher(document: Any, pdf: Any) -> None:
        add_xmp_languages(pdf, languages)
        edition = document.metadata.custom.get(EDITION_META)
        if edition:  # the code its footer prints, where `pdfinfo` and a document system read it
            import pydyf

            pdf.info["EduEdition"] = pydyf.String(edition)
        join_split_rows(pdf, document)  # first: the header rows it drops become artifacts below
        finish_structure(pdf, link_names(document))
        if cell_langs:
            tag_columns(pdf, cell_langs, lambda: spanning_langs(document))
        if len(document.pages) > LONG_DOCUMENT and "Outlines" in pdf.catalog:
            pdf.catalog["PageMode"] = "/UseOutlines"  # a long one opens with its sections beside it

    return finisher


def _tables(pdf: Any, element: Any) -> Iterator[Any]:
    """Tables that are not inside a table cell: cells of a nested table inherit their cell's /Lang."""
    for kid in struct_kids(pdf, element):
        if kid.get("S") == "/Table":
            yield kid
        elif kid.get("S") not in ("/TD", "/TH"):
            yield from _tables(pdf, kid)


def _rows(pdf: Any, table: Any) -> Iterator[Any]:
    for kid in struct_kids(pdf, table):
        if kid.get("S") == "/TR":
            yield kid
        elif kid.get("S") in ("/THead", "/TBody", "/TFoot"):
            yield from _rows(pdf, kid)


def spanning_langs(document: Any) -> dict[bytes, str]:
    """The structure element of each laid-out cell across both columns (``colspan``) -> its HTML
    ``lang``: a write-in log is in the first language, a wide table (widetables.py) in either. Read
    from the cell boxes' ``mark``, which WeasyPrint's tag builder sets (pdfrows.py); without it,
    nothing. One more walk over the laid-out boxes, as pdfrows' (about 50 ms for the 13-page
    clinician summary): tag_columns asks for it only where such a cell has no /Lang yet."""
    langs: dict[bytes, str] = {}
    for page in document.pages:
        for row in row_boxes(getattr(page, "_page_box", None)):
            for cell in row.children:
                element = getattr(cell, "element", None)
                lang = element.get("lang") if element is not None and element.get("colspan") else None
                reference = getattr(getattr(cell, "mark", None), "reference", None)
                if lang and reference:
                    langs[reference] = lang
    return langs


def tag_columns(pdf: Any, langs: Sequence[str], spanning: Callable[[], dict[bytes, str]] = dict) -> None:
    """Set /Lang on each cell of every top-level table row, by column (pdf-lang notes, variant D).

    WeasyPrint tags page by page, so a row split by a page break is one TR per page, each with both
    cells: tagging by position covers every fragment. A cell that already has /Lang keeps it. A
    row of one cell across both columns takes its language from ``spanning()`` (spanning_langs,
    read once, when first needed), else the first column's.
    """
    import pydyf

    across: dict[bytes, str] | None = None
    root = deref(pdf, pdf.catalog["StructTreeRoot"])
    for top in struct_kids(pdf, root):
        for table in _tables(pdf, top):
            for row in _rows(pdf, table):
                cells = [c for c in struct_kids(pdf, row) if c.get("S") in ("/TD", "/TH")]
                if len(cells) == 1 and "Lang" not in cells[0]:  # a write-in log or a wide table across both
                    across = spanning() if across is None else across
                    cells[0]["Lang"] = pydyf.String(across.get(cells[0].reference, langs[0]))
                if len(cells) != len(langs):
                    continue
                for cell, lang in zip(cells, langs, strict=True):
                    cell.setdefault("Lang", pydyf.String(lang))


def finish_structure(pdf: Any, names: dict[bytes, tuple[str, bool]]) -> None:
    """What PDF/UA asks of the structure tree and WeasyPrint leaves undone, in one walk over it:

    - a /Figure without /Alt (a decorative picture, ``![](x.png)``) leaves the tree, so its
      image becomes an artifact: a checker fails a figure with nothing to say (7.3);
    - every /TH gets /Scope /Column (edu's tables have a header row only) and the IDs the cells'
      /Headers name get their /IDTree: WeasyPrint drops ``scope="col"`` and resolves neither (7.5);
    - each /Link's annotation says what the link says in /Contents (``names``, see link_names):
      WeasyPrint writes the target there, "source-3" (7.18.5); a link named apart from its words
      (a citation "[3]", named "Source 3: <title>") gets that name as its /Alt too;
    - marked content whose element is not in the tree becomes an artifact (mark_artifacts).
    """
    import pydyf

    tree = reachable(pdf)
    ids: dict[str, bytes] = {}
    for ref in list(tree):  # in reading order; a dropped figure may take its emptied paragraph along
        element = deref(pdf, ref)
        kind = element.get("S")
        if kind == "/Figure" and "Alt" not in element:
            _unlink(tree, ref)
        elif kind == "/TH":
            attributes = element.get("A")
            if isinstance(attributes, dict):
                attributes["Scope"] = "/Column"
            else:
                element["A"] = pydyf.Dictionary({"O": "/Table", "Scope": "/Column"})
        elif kind == "/Link":
            _name_link(pdf, element, names)
        if "ID" in element:  # a pydyf.String
            ids[str(getattr(element["ID"], "string", element["ID"]))] = ref
    root = deref(pdf, pdf.catalog["StructTreeRoot"])
    if ids and "IDTree" not in root:
        id_names = pydyf.Array()
        for key in sorted(ids):
            id_names.extend([pydyf.String(key), ids[key]])
        id_tree = pydyf.Dictionary({"Names": id_names})
        pdf.add_object(id_tree)
        root["IDTree"] = id_tree.reference
    mark_artifacts(pdf, tree)


# Elements that say nothing once the picture they held is gone: "<p><img alt=""></p>".
_WRAPPERS = ("/P", "/Div", "/Span", "/NonStruct")


def _unlink(tree: dict[bytes, Any], ref: bytes) -> None:
    """Take an element out of the tree, and its parent with it if that is a wrapper left empty."""
    parent = tree.pop(ref)
    kids = parent.get("K")
    if isinstance(kids, list) and ref in kids:
        kids.remove(ref)
        if not kids and parent.get("S") in _WRAPPERS and parent.reference in tree:
            _unlink(tree, parent.reference)


def _name_link(pdf: Any, element: Any, names: dict[bytes, tuple[str, bool]]) -> None:
    """Describe a /Link's annotation by what the link says (and the element, if named apart)."""
    import pydyf

    kids = element.get("K", ())
    for kid in kids if isinstance(kids, list) else [kids]:
        if not is_ref(kid):
            continue
        reference = deref(pdf, kid)
        if isinstance(reference, dict) and reference.get("Type") == "/OBJR" and reference.get("Obj") in names:
            name, labelled = names[reference["Obj"]]
            deref(pdf, reference["Obj"])["Contents"] = pydyf.String(name)
            if labelled:
                element["Alt"] = pydyf.String(name)


def link_names(document: Any) -> dict[bytes, tuple[str, bool]]:
    """Each link annotation of the document -> (what its link says, whether that is the HTML's
    ``aria-label`` rather than its words). A link broken over two lines has an annotation per line,
    each described by the whole link. Read from ``Page.links`` boxes, whose ``link_annotation``
    WeasyPrint has filled by the time the finisher runs."""
    names = {}
    for page in document.pages:
        for _kind, _target, _rectangle, box in page.links:
            annotation, element = getattr(box, "link_annotation", None), getattr(box, "element", None)
            if annotation is not None and element is not None:
                label = " ".join((element.get("aria-label") or "").split())
                words = label or " ".join("".join(_words(element)).split())
                if words:
                    names[annotation.reference] = (words, bool(label))
    return names


def _words(element: Any) -> Iterator[str]:
    """The text of an HTML element as a screen reader reads it: a picture by its alt text, nothing
    that is hidden from it (``aria-hidden``)."""
    if element.get("aria-hidden") == "true":
        return
    if str(element.tag).rpartition("}")[2] == "img":
        yield element.get("alt") or ""
        return
    yield element.text or ""
    for child in element:
        yield from _words(child)
        yield child.tail or ""


def mark_artifacts(pdf: Any, reachable: Collection[bytes]) -> None:
    """Turn marked content that no element of the structure tree holds into /Artifact: the page
    margin boxes (running header and footer) and decorative pictures.

    WeasyPrint gives each text run of a margin box an MCID and a structure element that is never
    linked into the tree; a reader would meet it nowhere, and PDF/UA requires content to be either
    in the tree or an artifact. Here, per page, MCIDs whose element is unreachable become
    ``/Artifact BMC`` in the content stream, and their parent-tree entries become null.
    """
    import pydyf

    root = deref(pdf, pdf.catalog["StructTreeRoot"])
    nums = deref(pdf, root["ParentTree"])["Nums"]
    for page_number, page_ref in enumerate(pdf.page_references):
        mcids = nums[2 * page_number + 1]
        orphans = {mcid for mcid, ref in enumerate(mcids) if is_ref(ref) and ref not in reachable}
        if not orphans:
            continue
        for mcid in orphans:
            mcids[mcid] = "null"
        contents = deref(pdf, deref(pdf, page_ref)["Contents"])
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
    stream = deref(pdf, ref)
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
