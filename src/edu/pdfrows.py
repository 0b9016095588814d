"""Output stage, PDF/UA: a table row laid out over two pages -> one row of the structure tree.

In: the pydyf PDF WeasyPrint is about to write and the laid-out document (the finisher's two
arguments); out: the same PDF where each HTML table row is one /TR, read once.

WeasyPrint 70 tags page by page. A row cut by a page break (a clinician's side-by-side row may
split, edu.css) is a /TR on each page, and the header row repeated at the top of each page is
tagged again on each page, so a screen reader read half a Spanish sentence, half the English one,
"Español / English", then the two rests. Here, for every row box laid out on a later page with the
same HTML ``<tr>`` as an earlier one:

- a body row's cells hand their content to the cells of the row it continues, column by column
  (each moved element keeps its own /Pg; a bare MCID becomes an /MCR naming its page), and the
  emptied row leaves the tree, with any table part it leaves empty;
- a repeated header row leaves the tree, so its text becomes an artifact (pdftags.mark_artifacts,
  run after this), and cells that named its headers name the first page's instead.

Rows are matched through the cell boxes' ``mark`` (their structure element), which WeasyPrint's tag
builder sets; without it (another WeasyPrint) nothing changes.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .pdftree import deref, is_ref, reachable, struct_kids

_REPEATED = ("/THead", "/TFoot")  # row groups WeasyPrint repeats on every page of a table


def join_split_rows(pdf: Any, document: Any) -> None:
    """Merge each continued row into the row it continues; drop repeated header rows."""
    root = deref(pdf, pdf.catalog["StructTreeRoot"])
    nums = deref(pdf, root["ParentTree"])["Nums"]
    header_ids: dict[str, Any] = {}
    for first, *later in _row_fragments(pdf, document):
        kept = _cells(pdf, first)
        for row in later:
            cells = _cells(pdf, row)
            if len(cells) != len(kept):
                continue  # not the same columns: leave both rows as they are
            if deref(pdf, row["P"]).get("S") in _REPEATED:
                header_ids.update({_text(cell["ID"]): first_cell["ID"]
                                   for cell, first_cell in zip(cells, kept, strict=True)
                                   if "ID" in cell and "ID" in first_cell})
            else:
                for cell, first_cell in zip(cells, kept, strict=True):
                    _move_kids(pdf, cell, first_cell, nums)
            _drop(pdf, row)
    if header_ids:
        _rename_headers(pdf, header_ids)


def _row_fragments(pdf: Any, document: Any) -> Iterator[list[Any]]:
    """The /TR of each HTML row laid out on more than one page: one per page, in page order."""
    rows: dict[Any, list[Any]] = {}
    for page in document.pages:
        for box in row_boxes(getattr(page, "_page_box", None)):
            marks = [getattr(cell, "mark", None) for cell in box.children]
            if marks and marks[0] is not None and all(marks):
                rows.setdefault(box.element, []).append(deref(pdf, marks[0]["P"]))
    return (fragments for fragments in rows.values() if len(fragments) > 1)


def row_boxes(box: Any) -> Iterator[Any]:
    """Every table row box under ``box``, rows of tables nested in cells too."""
    if box is None:
        return
    if getattr(box, "element_tag", None) == "tr" and getattr(box, "element", None) is not None:
        yield box
    for child in getattr(box, "children", ()):
        yield from row_boxes(child)


def _cells(pdf: Any, row: Any) -> list[Any]:
    return [cell for cell in struct_kids(pdf, row) if cell.get("S") in ("/TD", "/TH")]


def _move_kids(pdf: Any, source: Any, target: Any, nums: Any) -> None:
    """Append ``source``'s kids to ``target``'s, and point their parent and parent-tree entries at it."""
    import pydyf

    kids = source.get("K", ())
    for kid in kids if isinstance(kids, list) else [kids]:
        if isinstance(kid, int):  # an MCID of the source's page: target's /Pg is another page
            page = pdf.page_references.index(source["Pg"])
            reference = pydyf.Dictionary({"Type": "/MCR", "Pg": source["Pg"], "MCID": kid})
            pdf.add_object(reference)
            nums[2 * page + 1][kid] = target.reference
            kid = reference.reference
        elif is_ref(kid):
            obj = deref(pdf, kid)
            if obj.get("Type") == "/StructElem":
                obj["P"] = target.reference
            elif obj.get("Type") == "/OBJR":  # an annotation's parent-tree entry names its element
                nums[2 * deref(pdf, obj["Obj"])["StructParent"] + 1] = target.reference
        target["K"].append(kid)
    source["K"] = pydyf.Array()


def _drop(pdf: Any, element: Any) -> None:
    """Take an element out of the tree, and each ancestor it leaves empty (the document excepted)."""
    parent = deref(pdf, element["P"])
    kids = parent.get("K")
    if isinstance(kids, list) and element.reference in kids:
        kids.remove(element.reference)
        if not kids and parent.get("S") not in (None, "/Document"):
            _drop(pdf, parent)


def _rename_headers(pdf: Any, ids: dict[str, Any]) -> None:
    """Cells of later pages named their page's repeated header cells: name the first page's."""
    import pydyf

    for ref in reachable(pdf):
        attributes = deref(pdf, ref).get("A")
        if isinstance(attributes, dict) and "Headers" in attributes:
            attributes["Headers"] = pydyf.Array([ids.get(_text(h), h) for h in attributes["Headers"]])


def _text(value: Any) -> str:
    """A pydyf.String's text."""
    return str(getattr(value, "string", value))
