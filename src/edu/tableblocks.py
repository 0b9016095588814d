"""Segment stage, the block reader's tables: a table's Markdown lines -> a Block of its rows, one
segment a cell.

In: a handout's lines where blocklines.starts_table says a table starts (on its own, or indented
in a list item, which listblocks.py reads) and the State errors go to. Out: a "table" Block
(model.py), or the parts of a table nested in an item, each row written again as Python-Markdown
reads it; an error for a row with more cells than its header, whose last ones would not be
printed. ``table_cells`` is also how accessibility.py reads a row.
"""

from __future__ import annotations

import re

from .blocklines import clean_text, match_item
from .directives import State
from .model import Block, Part, Segment
from .prose import CODE_SPAN

CELL_SPLIT_RE = re.compile(r"(?<!\\)\|")


def read_table(lines: list[str], i: int, first: int, state: State) -> tuple[Block, int]:
    start = i
    parts: list[Part] = []
    columns = len(table_cells(lines[i]))
    while i < len(lines) and "|" in lines[i]:
        if i == start + 1:
            parts.append(lines[i].strip() + "\n")
        else:
            parts.extend(_table_row(lines[i], first + i, state, columns))
        i += 1
    return Block("table", first + start, tuple(parts)), i


def read_item_table(lines: list[str], i: int, first: int, state: State, nested: str, parts: list[Part]) -> int:
    """A table inside a list item ("1. Find your dose:" then the table indented under its text),
    each row indented as Python-Markdown nests it; returns the line after the table."""
    columns = len(table_cells(lines[i]))
    parts.append(nested)
    parts.extend(_table_row(lines[i], first + i, state, columns))
    parts.append(nested + lines[i + 1].strip() + "\n")
    i += 2
    while i < len(lines) and lines[i].strip() and "|" in lines[i] and not match_item(lines[i]):
        parts.append(nested)
        parts.extend(_table_row(lines[i], first + i, state, columns))
        i += 1
    return i


def table_cells(line: str) -> list[str]:
    """The cells of a table row, without the empty ones outside its first and last bar; a bar in a
    code span is code, as Python-Markdown reads it (`` `a|b` `` is one cell)."""
    line = line.strip()
    if "`" in line:
        line = CODE_SPAN.sub(lambda m: m[0].replace("|", "\ue010"), line)
    cells = [c.replace("\ue010", "|") for c in CELL_SPLIT_RE.split(line)]
    if cells and cells[0].strip() == "":
        cells = cells[1:]
    if cells and cells[-1].strip() == "":
        cells = cells[:-1]
    return cells


def _table_row(line: str, lineno: int, state: State, columns: int) -> list[Part]:
    cells = table_cells(line)
    if len(cells) > columns:  # Python-Markdown prints as many cells as the header has
        state.errors.append((lineno, f"this row has {len(cells)} cells and the header {columns}: the last "
                             f"{len(cells) - columns} would not be printed (add a column to the header, or join them)"))
    parts: list[Part] = ["|"]
    for cell in cells:
        text = clean_text(cell)
        if text:
            parts.extend([" ", Segment(text, lineno, "cell", section=state.section), " |"])
        else:
            parts.append("   |")
    parts.append("\n")
    return parts
