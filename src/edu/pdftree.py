"""Output stage, PDF/UA: reading WeasyPrint's structure tree as pydyf objects (for the finisher).

In: the pydyf PDF WeasyPrint is about to write; out: its objects by reference, the structure
elements under an element, and every element a reader can reach from the root, in reading order.
pdftags.py and pdfrows.py change the tree through these.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any


def deref(pdf: Any, ref: Any) -> Any:
    """The pydyf object behind an indirect reference such as ``b'12 0 R'``."""
    return pdf.objects[int(ref.split()[0])]


def is_ref(value: Any) -> bool:
    return isinstance(value, bytes) and value.endswith(b" 0 R")


def struct_kids(pdf: Any, element: Any) -> Iterator[Any]:
    """The structure elements directly under ``element`` (MCIDs and annotations skipped)."""
    kids = element.get("K", ())
    for kid in kids if isinstance(kids, list) else [kids]:
        if is_ref(kid):
            obj = deref(pdf, kid)
            if isinstance(obj, dict) and obj.get("Type") == "/StructElem":
                yield obj


def reachable(pdf: Any) -> dict[bytes, Any]:
    """Every structure element that hangs from the structure tree root, in reading order: its
    reference -> its parent (the one walk over the tree)."""
    seen: dict[bytes, Any] = {}

    def walk(element: Any) -> None:
        for kid in struct_kids(pdf, element):
            if kid.reference not in seen:
                seen[kid.reference] = element
                walk(kid)

    walk(deref(pdf, pdf.catalog["StructTreeRoot"]))
    return seen
