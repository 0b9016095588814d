"""Page stage, side-by-side editions: a write-in table (a log with empty cells a patient fills in by
hand) printed once, at full width, with both languages' words in each cell.

In: the rendered blocks of the two columns (render.RenderedBlock, same shape: a translation is made
cell by cell). Out: the same blocks, where each pair of write-in tables is one table ("Date /
Fecha") spanning both columns (kind ``table``, the left block's place) and a ``both`` block in
the right column's place, which templates/bilingual.html reads as "the row is one cell". Two
half-width copies left columns of 8 mm: "Lo / que / hice" took three lines and nobody could write
in them. Tables with no empty cell stay side by side, as every other block.

Every print edition (``kept_whole``): such a table is classed ``write-in``, and a short bulleted
list ``short-list``, so that templates/edu.css keeps each on one page (a large-print shot record
printed its log 10 rows, then 5 under "make a copy of this page", and its fourth injection site
alone on the next page, away from the picture). A section's sentences before such a list's
lead-in are kept with it only in large print, where a heading with at most two paragraphs then a
list prints with them and the list's first two items (templates/edu.css): kept so in every edition,
the clinician summaries took more pages. A bulleted list's last item of one or two lines (``SHORT_LAST``) is
classed ``list-end``, kept with the item before it: alone at the top of a page, the large-print "What
should I avoid?" on A4 printed "Tell your care team about all the medicines you take." away from
its list. A longer last item may start a page: kept so, it takes the item before it along, and a rule for
every last item took editions a page more.

A patient sheet whose log has a cell headed "My care team's phone" (``has_phone_cell``) is the
place to write the number: its print editions leave out the write-in line under the title, which
gave the shot record two places for one number.
"""

from __future__ import annotations

import dataclasses
import re

from markupsafe import Markup

from .render import RenderedBlock

BOTH = "both"  # the kind of a right-column block whose row is one cell spanning both columns
_CELL_RE = re.compile(r"<(t[hd])((?:\s[^>]*)?)>(.*?)</\1>", re.S)
_EMPTY_CELL = re.compile(r"<td(?:\s[^>]*)?>\s*</td>")
_TABLE = re.compile(r"<table>(.*?</table>)", re.S)
_LIST = re.compile(r"<ul>((?:(?!<[uo]l[\s>]).)*?</ul>)", re.S)  # a bulleted list with no list in it
_TAG = re.compile(r"<[^>]+>")
_LAST_ITEM = re.compile(r"<li>((?:(?!</?li[\s>]).)*?)</li>(\s*</ul>)", re.S)  # a bulleted list's last item
_HEADER_CELL = re.compile(r"<th(?:\s[^>]*)?>(.*?)</th>", re.S)
SHORT_ITEMS, SHORT_TEXT = 5, 240  # a short list: 5 items, 240 characters (about 7 lines of 18 pt print: the
# five signs to call the care team about, 230 characters in English, cut 3 / 2 over two pages at 200)
SHORT_LAST = 110  # characters: two lines of 18 pt print, the bullet's indent taken off
SHORT_LOG = 15  # rows under the header: a page holds them in large print too; a longer log may be cut


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


def kept_whole(block: RenderedBlock) -> RenderedBlock:
    """The block as a print edition lays it out: each table with an empty cell (a log to fill in)
    of ``SHORT_LOG`` rows or fewer opened as ``<table class="write-in">``, each short bulleted
    list (``SHORT_ITEMS`` items and ``SHORT_TEXT`` characters at most: a longer one at 18 pt kept
    whole left half a page blank) as ``<ul class="short-list">``, and a bulleted list's last item of
``SHORT_LAST`` characters or fewer as ``<li class="list-end">``."""
    html = str(block.html)
    if "<table>" in html:
        html = _TABLE.sub(lambda m: f'<table class="write-in">{m[1]}' if _short_log(m[1]) else m[0], html)
    if "<ul>" in html:
        html = _LIST.sub(lambda m: f'<ul class="short-list">{m[1]}' if _short(m[1]) else m[0], html)
        html = _LAST_ITEM.sub(lambda m: f'<li class="list-end">{m[1]}</li>{m[2]}'
                              if len(" ".join(_TAG.sub("", m[1]).split())) <= SHORT_LAST else m[0], html)
    return block if html == block.html else dataclasses.replace(block, html=Markup(html))


def has_phone_cell(blocks: list[RenderedBlock], words: str) -> bool:
    """Whether a log to fill in (a table with an empty cell) has a header cell of ``words``, the
    page word of the write-in line ("My care team's phone"). The cell and the page word are one
    msgid of from-<src>.po, so a translation says the same in both."""
    wanted = " ".join(words.split()).casefold()
    return bool(wanted) and any(
        _EMPTY_CELL.search(table) and any(" ".join(_TAG.sub("", cell).split()).casefold() == wanted
                                          for cell in _HEADER_CELL.findall(table))
        for block in blocks for table in _TABLE.findall(str(block.html)))


def _short_log(table: str) -> bool:
    """A log to fill in (an empty cell) that a page holds: kept whole, a longer one (a side-by-side
    sheet's 25 rows) left the rest of a page blank and took a page of its own."""
    return bool(_EMPTY_CELL.search(table)) and table.count("<tr") <= SHORT_LOG + 1


def _short(items: str) -> bool:
    return items.count("<li") <= SHORT_ITEMS and len(" ".join(_TAG.sub("", items).split())) <= SHORT_TEXT


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
