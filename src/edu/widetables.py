"""Page stage, side-by-side editions: a table too wide for half a page printed across both columns,
one language after the other, as a journal prints a bilingual abstract's table.

In: the two columns' rendered blocks (render.RenderedBlock, paired index by index; write-in logs
already made one by writein.py). Out: the same blocks, where each pair of wide tables becomes two
rows of one cell each: the left language's table (its block, then a ``both`` block in the right
column's place), then the right language's (a ``both`` block in the left column's place, then its
block). templates/bilingual.html prints such a row as one cell across both columns, in the language
of the block it holds; each table says its language in its caption ("English", "Español").

The rule (``is_wide``): a table is wide when its columns' longest words, one per column, the longer
of the two languages', add up to more than ``HALF_PAGE_WORDS`` characters. Printed at 8 pt in half a
page (Letter or A4), a table of fewer fits its columns with room to wrap between words; the
clinician summary's dose table (six columns, 60 characters: "Indication", "Mediterranean",
"Insuficiencia"...) broke "Indicatio/n" and "mg/k/g". A word breaks after a hyphen or a dash and
between citations ("[1][14]"), not inside "mg/kg". Tables of either edition are measured the same,
so both print across or both side by side.
"""

from __future__ import annotations

import dataclasses
import re
from html import unescape

from markupsafe import Markup, escape

from .render import RenderedBlock
from .writein import BOTH

HALF_PAGE_WORDS = 40  # characters: longest words, one per column, that a table in half a page holds
_TABLE = re.compile(r"<table>(.*?)</table>", re.S)
_ROW = re.compile(r"<tr[\s>](.*?)</tr>", re.S)
_CELL = re.compile(r"<t[hd](?:\s[^>]*)?>(.*?)</t[hd]>", re.S)
_TAG = re.compile(r"<[^>]+>")
# where a line may break: a space (not a no-break one: "100 mg", "0.5–1 mg/kg" print whole), after a
# hyphen or a dash (not a range's, which a word joiner holds to its number), between citations
_BREAK = re.compile(r"(?:[^\S\u00a0\u202f]|\u200b)+|(?<=[-\u2010\u2013\u2014])(?!\u2060)|(?<=\])(?=\[)")


def widest_words(table: str) -> list[int]:
    """The length of each column's longest word (characters), for a table's HTML."""
    widths: list[int] = []
    for row in _ROW.findall(table):
        for column, cell in enumerate(_CELL.findall(row)):
            words = _BREAK.split(unescape(_TAG.sub("", cell)))
            longest = max((len(word.replace("\u2060", "")) for word in words), default=0)
            if column < len(widths):
                widths[column] = max(widths[column], longest)
            else:
                widths.append(longest)
    return widths


def is_wide(left: str, right: str) -> bool:
    """Whether a pair of tables (a block's HTML and its translation's) prints across both columns."""
    a, b = widest_words(left), widest_words(right)
    if len(a) != len(b):
        b = a
    return sum(max(x, y) for x, y in zip(a, b, strict=True)) > HALF_PAGE_WORDS


def split_wide_tables(left: list[RenderedBlock], right: list[RenderedBlock], names: tuple[str, str]
                      ) -> tuple[list[RenderedBlock], list[RenderedBlock]]:
    """The two columns' blocks with each pair of wide tables on two rows across both columns (see the
    module's text); ``names``: each language's name in itself, the tables' captions."""
    if not any(block.kind == "table" for block in left):
        return left, right
    wide_left: list[RenderedBlock] = []
    wide_right: list[RenderedBlock] = []
    for a, b in zip(left, right, strict=True):
        if a.kind == b.kind == "table" and is_wide(a.html, b.html):
            wide_left += [_captioned(a, names[0]), dataclasses.replace(b, kind=BOTH, html=Markup(""))]
            wide_right += [dataclasses.replace(a, kind=BOTH, html=Markup("")), _captioned(b, names[1])]
        else:
            wide_left.append(a)
            wide_right.append(b)
    return wide_left, wide_right


def _captioned(block: RenderedBlock, name: str) -> RenderedBlock:
    """The table named by its caption, and (printed: edu.css) by a first header row of one cell, which
    a page the table continues on repeats with the header row: the Spanish dose table's second page
    began "Indicación" under the page's "English | Español", with no name of its own."""
    def named(match: re.Match[str]) -> str:
        table = match[1]
        first = _ROW.search(table)
        columns = len(_CELL.findall(first[1])) if first else 1
        row = f'<tr class="across-name"><th colspan="{columns}" scope="colgroup">{escape(name)}</th></tr>'
        table = table.replace("<thead>", f"<thead>{row}", 1) if "<thead>" in table else f"<thead>{row}</thead>{table}"
        return f'<div class="across"><table><caption>{escape(name)}</caption>{table}</table></div>'

    return dataclasses.replace(block, html=Markup(_TABLE.sub(named, str(block.html))))
