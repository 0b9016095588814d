"""Segment stage, the block reader's lists: a list's Markdown lines -> a Block of its items, one
segment an item's line or paragraph.

In: a handout's lines where a list item starts and the State errors go to. Out: a "list" Block
(model.py) with its nested items, loose blank lines, continuation lines and tables (tableblocks.py)
written again as Python-Markdown needs them: 4 spaces a level, "1." for "1)", "[ ] " for a task
box (the box is markup, not words). An error for a ticked box, which is the reader's to tick.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .blocklines import backslash_break, clean_text, match_item, starts_block, starts_table
from .directives import State
from .model import Block, Part, Segment
from .tableblocks import read_item_table

TASK_RE = re.compile(r"\[([ xX])\][ \t]+(?=\S)")  # "- [ ] Bring your card": a box for the reader to tick


def read_list(lines: list[str], i: int, first: int, state: State) -> tuple[Block, int]:
    """A list with its nested items, loose blank lines and continuation lines."""
    start = i
    reader = _ListReader(lines, first, state)
    while i < len(lines):
        after = reader.read_line(i)
        if after is None:
            break
        i = after
    reader.flush()
    return Block("list", first + start, tuple(reader.parts)), i


@dataclass
class _ListReader:
    """A list being read, line by line: its parts so far and the segment being read."""

    lines: list[str]  # the handout's
    first: int  # the file line of lines[0]
    state: State  # the section the items are in, and where errors go
    parts: list[Part] = field(default_factory=list)  # the list's Markdown so far: literal text and segments
    current: list[str] | None = None  # text lines of the segment being read
    current_line: int = 0  # its file line
    current_ordered: bool = False  # a numbered item's
    # where the text of each open item starts: an item indented this far is nested
    columns: list[int] = field(default_factory=list)
    kind: bool | None = None  # the list's: bullets or numbers (an item of the other kind starts another list)
    cont: str = ""  # the indentation Python-Markdown needs for the next line of the current item
    after_paragraph: bool = False  # the current segment is an item's second paragraph

    def flush(self, end: str = "\n") -> None:
        """End the segment being read (if any) with ``end``."""
        if self.current is not None:
            text = clean_text(" ".join(self.current))
            self.parts.append(Segment(text, self.current_line, "item", section=self.state.section,
                                      ordered=self.current_ordered))
            self.parts.append(end)

    def read_line(self, i: int) -> int | None:
        """The line after line ``i`` once it is read; None where the list ends above it."""
        line = self.lines[i]
        item = match_item(line)
        if item:
            return self.read_item(i, item)
        if not line.strip():
            return self.read_blank(i)
        if self.columns and line.startswith((" ", "\t")) and starts_table(self.lines, i):
            return self.read_table(i)
        if self.current is not None and not starts_block(line):
            return self.read_continuation(i, self.current)
        if line.startswith((" ", "\t")) and not starts_block(line):
            return self.read_paragraph(i)
        return None

    def read_item(self, i: int, item: re.Match[str]) -> int | None:
        """An item's first line: its marker, written again as Python-Markdown nests it, and its text."""
        ordered = item.group(2)[0].isdigit()
        indent = _nest(self.columns, len(item.group(1).expandtabs(4)))
        if not indent and self.kind is not None and ordered != self.kind:
            return None  # "- pen" then "1. Wash.": two lists, as GitHub
        self.kind = self.kind if indent else ordered
        self.flush()
        if self.after_paragraph:  # Python-Markdown read "- Rash" under an item's paragraph as its text
            self.parts.append("\n")
        self.after_paragraph = False
        self.columns.append(len(item.group(1).expandtabs(4)) + len(item.group(2)) + min(len(item.group(3)), 4))
        number = item.group(2)[:-1] + "." if ordered else item.group(2)  # "1)" is CommonMark's "1."
        marker, text = indent + number + item.group(3), item.group(4).strip()
        self.cont = indent + "    "
        task = TASK_RE.match(text)
        if task and task.group(1) != " ":
            self.state.errors.append((self.first + i, f"a ticked box ({task.group(0).strip()}) in a handout: the boxes "
                                      "are for the reader to tick, write [ ] (or no box)"))
        if task:  # the box is markup, not words: the translator sees the text after it
            marker, text = marker + "[ ] ", text[task.end():]
        self.parts.append(marker)
        self.current, self.current_line, self.current_ordered = [text], self.first + i, ordered
        return i + 1

    def read_blank(self, i: int) -> int | None:
        """A blank line: the list goes on only if an item or an indented line follows it."""
        self.flush()
        self.current = None
        following = next((x for x in self.lines[i + 1 :] if x.strip()), "")
        if not (match_item(following) or following.startswith((" ", "\t"))):
            return None
        self.parts.append("\n")
        return i + 1

    def read_table(self, i: int) -> int | None:
        """A table indented under an item's text (tableblocks.py reads its rows)."""
        line = self.lines[i]
        nested = _nest(self.columns, len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip()))
        if not nested:  # not indented as far as an item's text: the list ends above it
            return None
        if self.current is not None:  # Python-Markdown reads a table only as a block of its own
            self.flush("\n\n")
            self.current = None
        after = read_item_table(self.lines, i, self.first, self.state, nested, self.parts)
        self.cont, self.after_paragraph = nested, True
        return after

    def read_continuation(self, i: int, current: list[str]) -> int:
        """A line of the segment being read; after a line break, the first of a segment of its own."""
        above = self.lines[i - 1].rstrip("\n")
        if above.endswith("  ") or backslash_break(above.strip()):  # a line break, as in a paragraph
            if backslash_break(current[-1]):
                current[-1] = current[-1][:-1].rstrip()
            self.flush("  \n" + self.cont)
            current = []
            self.current, self.current_line = current, self.first + i
        current.append(self.lines[i].strip())
        return i + 1

    def read_paragraph(self, i: int) -> int:
        """An indented line where no segment is being read (after a blank line or a table): a paragraph
        of the item above."""
        line = self.lines[i]
        text_indent = line[: len(line) - len(line.lstrip())]
        nested = _nest(self.columns, len(text_indent.expandtabs(4)))
        self.parts.append(nested if self.columns else text_indent)  # a paragraph of the item above
        self.current, self.current_line, self.current_ordered = [line.strip()], self.first + i, False
        self.cont, self.after_paragraph = nested if self.columns else text_indent, True
        return i + 1


def _nest(columns: list[int], indent: int) -> str:
    """The indentation Python-Markdown needs (4 spaces a level) for a line indented ``indent``
    columns under the open items whose text starts at ``columns`` (closed ones are dropped).

    Markdown as GitHub, VS Code and Prettier write it nests an item under the text of the one
    above ("1. Wash" then "   1. Use soap": 3 spaces); Python-Markdown wants 4 and printed
    such sub-steps as steps of their own (1, 2, 3, 4 for 1, 1.1, 1.2, 2)."""
    while columns and indent < columns[-1]:
        columns.pop()
    return "    " * len(columns)
