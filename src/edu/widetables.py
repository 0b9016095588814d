"""Page stage, side-by-side editions: a table too wide for half a page printed across both columns,
one language after the other, as a journal prints a bilingual abstract's table.

In: the two columns' rendered blocks (render.RenderedBlock, paired index by index; write-in logs
already made one by writein.py). Out: the same blocks, where each pair of wide tables becomes two
rows of one cell each: the left language's table (its block, then a ``both`` block in the right
column's place), then the right language's (a ``both`` block in the left column's place, then its
block). templates/bilingual.html prints such a row as one cell across both columns, in the language
of the block it holds; each table says its language in its caption ("English", "Español").

The rule (``is_wide``): a table is wide when its columns' longest words, one per column, the wider
of the two languages', printed at 8 pt with the cells' padding, take more than three quarters of
a column (A4's, the narrower: both papers print a table alike); the rest is room to wrap between
words. Words are measured in the fonts that print them (advances.py: each character's advance
width; a header's in bold), not counted: "WMWMWMWMWM" is twice as wide as "il1ifjtril". The clinician
summary's dose table (six columns: "Indication", "Mediterranean", "Insuficiencia"... 266 pt of a
column's 251) broke "Indicatio/n" and "mg/k/g" in half a page. A word breaks after a hyphen or a dash
and between citations ("[1][14]"), not inside "mg/kg". Tables of either edition are measured the
same, so both print across or both side by side.

A table whose longest words do not fit even the page's width (across: at 0.9 of the text's size,
4 pt padding) is classed ``break-words``: its cells may break a word anywhere (templates/edu.css);
laid out by its words it ran off the paper.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from html import unescape

from markupsafe import Markup, escape

from .advances import word_width
from .fonts import Face
from .render import RenderedBlock
from .writein import BOTH

# A4's, the narrower paper (Letter's column is 8 pt wider): both papers print a table the same way
COLUMN = 251.0  # pt: a side-by-side column's room for a table: (210 - 24 mm) / 2, less 6 pt padding each side
PAGE = 514.0  # pt: a row across both columns: 210 - 24 mm, less 6 pt padding each side
IN_COLUMN = (8.0, 4.75)  # a table in a column: 8 pt type; each cell 2 pt padding each side, a 0.75 pt border
ACROSS = {"clinician": (9.45, 8.75), "patient": (10.8, 8.75)}  # across: 0.9 of the text's size; 4 pt padding
ROOM = 3 / 4  # of a column the longest words may take: the rest is room to wrap between words
_TABLE = re.compile(r"<table>(.*?)</table>", re.S)
_ROW = re.compile(r"<tr[\s>](.*?)</tr>", re.S)
_CELL = re.compile(r"<(t[hd])(?:\s[^>]*)?>(.*?)</t[hd]>", re.S)
_TAG = re.compile(r"<[^>]+>")
# where a line may break: a space (not a no-break one: "100 mg", "0.5–1 mg/kg" print whole), after a
# hyphen or a dash (not a range's, which a word joiner holds to its number), between citations
_BREAK = re.compile(r"(?:[^\S\u00a0\u202f]|\u200b)+|(?<=[-\u2010\u2013\u2014])(?!\u2060)|(?<=\])(?=\[)")


def widest_words(table: str, faces: Sequence[Face]) -> list[float]:
    """The width of each column's longest word (em: its characters' advance widths in the fonts that
    print it, a header cell's in bold), for a table's HTML."""
    widths: list[float] = []
    for row in _ROW.findall(table):
        for column, (tag, cell) in enumerate(_CELL.findall(row)):
            words = {word.replace("\u2060", "") for word in _BREAK.split(unescape(_TAG.sub("", cell)))}
            longest = max((word_width(word, faces, bold=tag == "th") for word in words), default=0.0)
            if column < len(widths):
                widths[column] = max(widths[column], longest)
            else:
                widths.append(longest)
    return widths


def _needs(widths: list[float], size: tuple[float, float]) -> float:
    """The width (pt) a table's longest words take, at ``size`` (type size, a column's padding and border)."""
    return sum(width * size[0] + size[1] for width in widths)


def is_wide(left: str, right: str, faces: Sequence[Face]) -> bool:
    """Whether a pair of tables (a block's HTML and its translation's) prints across both columns: its
    longest words, one per column, the wider of the two languages', take more than ``ROOM`` of a column."""
    return _needs(_widest(left, right, faces), IN_COLUMN) > ROOM * COLUMN


def _widest(left: str, right: str, faces: Sequence[Face]) -> list[float]:
    a, b = widest_words(left, faces), widest_words(right, faces)
    if len(a) != len(b):
        b = a
    return [max(x, y) for x, y in zip(a, b, strict=True)]


def split_wide_tables(left: list[RenderedBlock], right: list[RenderedBlock], names: tuple[str, str],
                      faces: Sequence[Face], audience: str) -> tuple[list[RenderedBlock], list[RenderedBlock]]:
    """The two columns' blocks with each pair of wide tables on two rows across both columns (see the
    module's text); ``names``: each language's name in itself, the tables' captions; ``faces``: the
    fonts that print them; ``audience``: the edition's (its type size)."""
    if not any(block.kind == "table" for block in left):
        return left, right
    wide_left: list[RenderedBlock] = []
    wide_right: list[RenderedBlock] = []
    for a, b in zip(left, right, strict=True):
        if a.kind == b.kind == "table" and is_wide(a.html, b.html, faces):
            tight = _needs(_widest(a.html, b.html, faces), ACROSS.get(audience, ACROSS["patient"])) > PAGE
            wide_left += [_captioned(a, names[0], tight), dataclasses.replace(b, kind=BOTH, html=Markup(""))]
            wide_right += [dataclasses.replace(a, kind=BOTH, html=Markup("")), _captioned(b, names[1], tight)]
        else:
            wide_left.append(a)
            wide_right.append(b)
    return wide_left, wide_right


def _captioned(block: RenderedBlock, name: str, tight: bool) -> RenderedBlock:
    """The table named by its caption, and (printed: edu.css) by a first header row of one cell, which
    a page the table continues on repeats with the header row: the Spanish dose table's second page
    began "Indicación" under the page's "English | Español", with no name of its own."""
    def named(match: re.Match[str]) -> str:
        table = match[1]
        first = _ROW.search(table)
        columns = len(_CELL.findall(first[1])) if first else 1
        # its words from the attribute (edu.css): the page's text and a screen reader say the name once
        row = f'<tr class="across-name"><th colspan="{columns}" scope="colgroup" data-name="{escape(name)}"></th></tr>'
        table = table.replace("<thead>", f"<thead>{row}", 1) if "<thead>" in table else f"<thead>{row}</thead>{table}"
        classes = "across break-words" if tight else "across"
        return f'<div class="{classes}"><table><caption>{escape(name)}</caption>{table}</table></div>'

    return dataclasses.replace(block, html=Markup(_TABLE.sub(named, str(block.html))))
