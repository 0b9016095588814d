"""Page stage, side-by-side editions: a write-in table (a log with empty cells a patient fills in by
hand) printed once, at full width, with both languages' words in each cell.

In: the rendered blocks of the two columns (render.RenderedBlock, same shape: a translation is made
cell by cell). Out: the same blocks, where each pair of write-in tables is one table ("Date /
Fecha") spanning both columns (kind ``table``, the left block's place) and a ``both`` block in
the right column's place, which templates/bilingual.html reads as "the row is one cell". Two
half-width copies left columns of 8 mm: "Lo / que / hice" took three lines and nobody could write
in them. Tables with no empty cell stay side by side, as every other block.
"""

from __future__ import annotations

import dataclasses
import re

from markupsafe import Markup

from .render import RenderedBlock

BOTH = "both"  # the kind of a right-column block whose row is one cell spanning both columns
_CELL_RE = re.compile(r"<(t[hd])((?:\s[^>]*)?)>(.*?)</\1>", re.S)
_EMPTY_CELL = re.compile(r"<td(?:\s[^>]*)?>\s*</td>")


def merge_write_in_tables(left: list[RenderedBlock], right: list[RenderedBlock],
                          right_lang: str, right_dir: str = "") -> tuple[list[RenderedBlock], list[RenderedBlock]]:
    """The two columns' blocks with each pair of write-in tables made one (see the module's text).
    ``right_dir``: ` dir="…"` for the right language's words when its direction differs."""
    merged_left, merged_right = list(left), list(right)
    for index, (a, b) in enumerate(zip(left, right, strict=True)):
        if a.kind == b.kind == "table" and _EMPTY_CELL.search(a.html) and (both := _merged(a.html, b.html, right_lang,
                                                                                              right_dir)):
            merged_left[index] = dataclasses.replace(a, html=Markup(both))
            merged_right[index] = dataclasses.replace(b, kind=BOTH, html=Markup(""))
    return merged_left, merged_right


def _merged(left: str, right: str, lang: str, direction: str) -> str | None:
    """The left table with each cell's words followed by the right one's, unless they are the same
    or one is empty; None when the two tables do not have the same cells."""
    words = [m[3] for m in _CELL_RE.finditer(right)]
    if len(words) != len(_CELL_RE.findall(left)):
        return None
    others = iter(words)

    def cell(match: re.Match[str]) -> str:
        mine, theirs = match[3].strip(), next(others).strip()
        if theirs and theirs != mine:
            theirs = f'<span lang="{lang}"{direction}>{theirs}</span>'
            mine = f"{mine} / {theirs}" if mine else theirs
        return f"<{match[1]}{match[2]}>{mine}</{match[1]}>"

    return _CELL_RE.sub(cell, left)
