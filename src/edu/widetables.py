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

The sizes, paddings, borders and margins the rule counts are read from the project's
templates/edu.css (``room``: its print rules, once per version of the file), so that the rule and
the print cannot drift apart; a value the file does not set is the shipped edu.css's (``SHIPPED``,
which a test keeps equal to templates/edu.css).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from html import unescape
from pathlib import Path

from markupsafe import Markup, escape

from .advances import word_width
from .fileversion import per_file_version
from .fonts import Face
from .render import RenderedBlock
from .writein import BOTH

A4_WIDTH = 210.0  # mm: the narrower paper (Letter's column is 8 pt wider): both papers print a table alike
ROOM = 3 / 4  # of a column the longest words may take: the rest is room to wrap between words
# What ``room`` reads from edu.css's print rules, (selector, property), and the shipped file's value
SHIPPED = {
    ("@page", "margin"): "12mm 12mm 15mm",  # the page's margins
    (".bilingual th, .bilingual td", "padding"): "3pt 6pt",  # a side-by-side cell's
    (".bilingual th, .bilingual td", "border-width"): "0.5pt",
    (".bilingual td table", "font-size"): "8pt",  # a table in a column
    (".bilingual td table th, .bilingual td table td", "padding"): "2pt",
    ("th, td", "border-width"): "0.75pt",  # a table's cells
    (".bilingual .across table", "font-size"): "0.9em",  # a table across both columns: of the text's size
    (".bilingual .across table th, .bilingual .across table td", "padding"): "2pt 4pt",
    ("body", "font-size"): "12pt",  # a patient edition's text
    (".bilingual-edition.audience-clinician", "font-size"): "10.5pt",  # a clinician's, side by side
}
_PT = {"pt": 1.0, "mm": 72 / 25.4, "px": 0.75, "in": 72.0, "cm": 72 / 2.54}
_UNITS = tuple(_PT)
_ACROSS_SIZE = (".bilingual .across table", "font-size")  # the one value in em (of the text's size)
_LENGTH = re.compile(r"(-?\d*\.?\d+)(pt|mm|px|in|cm|em)?$")
_TABLE = re.compile(r"<table>(.*?)</table>", re.S)
_ROW = re.compile(r"<tr[\s>](.*?)</tr>", re.S)
_CELL = re.compile(r"<(t[hd])(?:\s[^>]*)?>(.*?)</t[hd]>", re.S)
_TAG = re.compile(r"<[^>]+>")
# where a line may break: a space (not a no-break one: "100 mg", "0.5–1 mg/kg" print whole), after a
# hyphen or a dash (not a range's, which a word joiner holds to its number), between citations
_BREAK = re.compile(r"(?:[^\S\u00a0\u202f]|\u200b)+|(?<=[-\u2010\u2013\u2014])(?!\u2060)|(?<=\])(?=\[)")


@dataclasses.dataclass(frozen=True)
class Room:
    """What a side-by-side page gives a table (pt), as edu.css prints it on A4: a column's width and
    the page's (each less a cell's padding and border), and a table's (type size, each cell's padding
    and border) in a column, and across both columns for each audience."""

    column: float
    page: float
    in_column: tuple[float, float]
    across: dict[str, tuple[float, float]]


def room_of(values: dict[tuple[str, str], str]) -> Room:
    """The room of a page printed with ``values`` (SHIPPED's keys: edu.css's print values)."""
    def lengths(key: tuple[str, str], em: float = 0.0) -> list[float]:
        return [_length(value, em) for value in values[key].split()]

    def sides(key: tuple[str, str]) -> float:
        """A padding's or margin's left and right (CSS's shorthand of one to four values)."""
        x = lengths(key)
        return (x[1] if len(x) > 1 else x[0]) + (x[3] if len(x) > 3 else x[1] if len(x) > 1 else x[0])

    # a collapsed border: half of it on each side of a cell
    text = A4_WIDTH * _PT["mm"] - sides(("@page", "margin"))
    cell = sides((".bilingual th, .bilingual td", "padding")) + lengths((".bilingual th, .bilingual td",
                                                                         "border-width"))[0]
    border = lengths(("th, td", "border-width"))[0]
    in_column = (lengths((".bilingual td table", "font-size"))[0],
                 sides((".bilingual td table th, .bilingual td table td", "padding")) + border)
    sizes = {"patient": lengths(("body", "font-size"))[0],
             "clinician": lengths((".bilingual-edition.audience-clinician", "font-size"))[0]}
    padding = sides((".bilingual .across table th, .bilingual .across table td", "padding")) + border
    across = {audience: (lengths(_ACROSS_SIZE, size)[0], padding)
              for audience, size in sizes.items()}
    return Room(text / 2 - cell, text - cell, in_column, across)


def room(css: Path) -> Room:
    """The room edu.css at ``css`` gives a table: SHIPPED's values as its print rules set them, a
    value it does not set (or not as a length) the shipped file's."""
    return _room(css) if css.is_file() else SHIPPED_ROOM


@per_file_version()
def _room(css: Path) -> Room:
    return room_of({**SHIPPED, **print_values(css.read_text(encoding="utf-8"))})


def print_values(css: str) -> dict[tuple[str, str], str]:
    """The values of SHIPPED's keys that a stylesheet's print rules set (a selector's last rule that
    sets the property: the one that wins), each as lengths (in pt, mm...; the across table's size
    in em too)."""
    printed = css[css.find("@media print"):] if "@media print" in css else ""
    found = {}
    for key in SHIPPED:
        selector, name = key
        units = (*_UNITS, "em") if key == _ACROSS_SIZE else _UNITS
        for rule in re.finditer(rf"(?:^|[}};]|\*/)\s*{re.escape(selector)}\s*\{{([^}}]*)", printed, re.M):
            value = re.search(rf"(?:^|[\s;{{]){re.escape(name)}\s*:\s*([^;}}]+)", rule[1])
            if value and all(_unit(part) in units for part in value[1].split()):
                found[key] = value[1].strip()
    return found


def _unit(value: str) -> str | None:
    """A CSS length's unit ("pt" for a bare 0), or None if ``value`` is not a length."""
    match = _LENGTH.match(value)
    return None if match is None else match[2] or ("pt" if float(match[1]) == 0 else None)


def _length(value: str, em: float) -> float:
    """A CSS length in pt (an em of ``em`` pt)."""
    match = _LENGTH.match(value)
    if match is None:  # print_values keeps lengths only
        raise ValueError(f"not a CSS length: {value!r}")
    number, unit = float(match[1]), match[2] or "pt"
    return number * em if unit == "em" else number * _PT[unit]


SHIPPED_ROOM = room_of(SHIPPED)


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


def is_wide(left: str, right: str, faces: Sequence[Face], space: Room = SHIPPED_ROOM) -> bool:
    """Whether a pair of tables (a block's HTML and its translation's) prints across both columns: its
    longest words, one per column, the wider of the two languages', take more than ``ROOM`` of a
    column of ``space`` (edu.css's: ``room``)."""
    return _needs(_widest(left, right, faces), space.in_column) > ROOM * space.column


def _widest(left: str, right: str, faces: Sequence[Face]) -> list[float]:
    a, b = widest_words(left, faces), widest_words(right, faces)
    if len(a) != len(b):
        b = a
    return [max(x, y) for x, y in zip(a, b, strict=True)]


def split_wide_tables(left: list[RenderedBlock], right: list[RenderedBlock], names: tuple[str, str],
                      faces: Sequence[Face], audience: str,
                      space: Room = SHIPPED_ROOM) -> tuple[list[RenderedBlock], list[RenderedBlock]]:
    """The two columns' blocks with each pair of wide tables on two rows across both columns (see the
    module's text); ``names``: each language's name in itself, the tables' captions; ``faces``: the
    fonts that print them; ``audience``: the edition's (its type size); ``space``: what the page
    gives a table (``room`` of the project's edu.css)."""
    if not any(block.kind == "table" for block in left):
        return left, right
    wide_left: list[RenderedBlock] = []
    wide_right: list[RenderedBlock] = []
    for a, b in zip(left, right, strict=True):
        if a.kind == b.kind == "table" and is_wide(a.html, b.html, faces, space):
            across = space.across.get(audience, space.across["patient"])
            tight = _needs(_widest(a.html, b.html, faces), across) > space.page
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
