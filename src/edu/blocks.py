"""Segment stage, its block reader: a handout's Markdown lines -> top-level Blocks of literal
Markdown and segments, each segment with its source line.

In: the body's lines, the file line of the first, and the State the directives and errors are
kept in. Out: Blocks (model.py) whose literal parts and segments, joined again, are Markdown that
Python-Markdown renders as the author wrote it. A small block splitter of our own, because the
translator needs one message per heading, paragraph, list item, table cell, image alt text and
callout line, each with its source line, and the renderer needs to put the translations back into
exactly the same structure. Inline Markdown stays inside a segment. Directives are HTML comments
on their own lines: ``<!-- i18n: note -->``, ``<!-- i18n-context: ctx -->`` and ``<!-- i18n-skip -->``.

One recursive reader: a quote reads its inner blocks with ``split_blocks``, a list reads the
tables nested in its items, and every reader shares the line tests (``_starts_block``, ``_item``)
and the State; its lists, tables and quotes are not separate concepts to split apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .model import Block, Part, Segment
from .prose import BREAKABLE_SPACE, CODE_SPAN, sub_outside_code

HEADING_RE = re.compile(r"^(#{1,6})(?:[ \t]*(.*?))?(?:[ \t]+#+)?[ \t]*$")  # "#Title" too, as Python-Markdown
FENCE_RE = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})")
SETEXT_RE = re.compile(r"^[ \t]{0,3}(?:=+|-+)[ \t]*$")
INDENTED_RE = re.compile(r"^(?: {4}|\t)")
RULE_RE = re.compile(r"^[ \t]{0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
ITEM_RE = re.compile(r"^([ \t]*)([-*+]|\d{1,9}[.)])([ \t]+)(\S.*)$")
TABLE_SEP_RE = re.compile(r"^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")
# ![alt](picture.png "caption"): the title (in "", '' or ()) is the picture's caption
IMAGE_RE = re.compile(r"^!\[([^\]]+)\]\(\s*(<[^<>]*>|[^\s()]+)"
                      r"""(?:\s+(?:"([^"]*)"|'([^']*)'|\(([^()]*)\)))?\s*\)[ \t]*$""")
CALLOUT_RE = re.compile(r"^\[!([a-z][a-z-]*)\][+-]?(?:[ \t]+(.*?))?[ \t]*$", re.I)  # GitHub writes [!WARNING]; Obsidian
# adds a title ("[!warning] Before you call") and a folding mark ("[!note]-")
CELL_SPLIT_RE = re.compile(r"(?<!\\)\|")
DIRECTIVE_RE = re.compile(r"^i18n(-context|-skip)?\s*(?::\s*(.*))?$", re.S)
CALLOUTS = ("key-points", "warning", "emergency", "note")
# GitHub's alerts, as an author previews them there: the box of ours that says the same
GITHUB_ALERTS = {"important": "warning", "caution": "warning", "tip": "note"}
REFERENCE_DEF_RE = re.compile(r"^ {0,3}\[[^\]]+\]:\s*\S")  # "[ref]: https://…", for "[text][ref]"
TASK_RE = re.compile(r"\[([ xX])\][ \t]+(?=\S)")  # "- [ ] Bring your card": a box for the reader to tick
INLINE_COMMENT_RE = re.compile(r"<!--.*?-->", re.DOTALL)  # a note to the author inside a sentence


@dataclass
class State:
    """What the directives above the next block asked for, and where we are."""

    notes: list[str] = field(default_factory=list)
    context: str | None = None
    skip: bool = False
    section: str = ""
    errors: list[tuple[int, str]] = field(default_factory=list)


def split_blocks(lines: list[str], first_line: int, state: State) -> list[Block]:
    """Top-level blocks of ``lines`` (whose first is file line ``first_line``)."""
    blocks: list[Block] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            i += 1
            continue
        if line.lstrip().startswith("<!--"):
            i = _read_comment(lines, i, first_line, state)
            continue
        block, i = _read_block(lines, i, first_line, state)
        if block is not None:
            blocks.append(_apply_directives(block, state))
    return blocks


def _read_block(lines: list[str], i: int, first: int, state: State) -> tuple[Block | None, int]:
    line, lineno = lines[i], first + i
    if FENCE_RE.match(line):
        end = _fence_end(lines, i)
        if end is None:
            state.errors.append((lineno, f"this code block is not closed by a {line.strip()[:3]} line (Python-Markdown "
                                 "would print its backticks and the rest of the handout as code)"))
            end = len(lines)
        return Block("code", lineno, ("\n".join(lines[i:end]) + "\n",)), end
    if INDENTED_RE.match(line):
        end = _indented_end(lines, i)
        return Block("code", lineno, ("\n".join(lines[i:end]) + "\n",)), end
    heading = HEADING_RE.match(line)
    if heading and not (heading.group(2) or "").strip():  # "##" alone: nothing to translate
        return Block("heading", lineno, (line.strip() + "\n",)), i + 1
    if heading:
        text = heading.group(2).strip()
        state.section = text
        seg = Segment(_clean(text), lineno, "heading", section=text)
        return Block("heading", lineno, (heading.group(1) + " ", seg, "\n")), i + 1
    if RULE_RE.match(line):
        return Block("rule", lineno, ("---\n",)), i + 1
    if REFERENCE_DEF_RE.match(line):  # each block is rendered on its own: "[text][ref]" would print as written
        state.errors.append((lineno, "a footnote ([^1]: …) is not supported: write the note as a sentence where it "
                             "belongs" if line.lstrip().startswith("[^") else "a reference-style link definition "
                             "([ref]: target) is not supported: write the target inline where the link is, "
                             "[text](target) or ![alt](image.png)"))
        return None, i + 1
    if line.lstrip().startswith(">"):
        return _read_quote(lines, i, first, state)
    if _starts_table(lines, i):
        return _read_table(lines, i, first, state)
    if ITEM_RE.match(line):
        return _read_list(lines, i, first, state)
    image = IMAGE_RE.match(line.strip())
    if image:
        seg = Segment(_clean(image.group(1)), lineno, "alt", section=state.section)
        caption = _clean(next((g for g in image.groups()[2:] if g is not None), ""))
        if not caption:
            return Block("image", lineno, ("![", seg, f"]({image.group(2)})\n")), i + 1
        # a caption is printed under the picture (render.py makes them a <figure>), so it is translated
        cap = Segment(caption, lineno, "caption", section=state.section)
        return Block("image", lineno, ("![", seg, f"]({image.group(2)})\n\n", cap, "\n")), i + 1
    if i + 1 < len(lines) and SETEXT_RE.match(lines[i + 1]):  # "Title" over "=====" or "-----"
        text = line.strip()
        state.section = text
        seg = Segment(_clean(text), lineno, "heading", section=text)
        return Block("heading", lineno, ("", seg, "\n" + lines[i + 1].strip() + "\n")), i + 2
    return _read_paragraph(lines, i, first, state)


def _indented_end(lines: list[str], i: int) -> int:
    """The end of an indented code block: indented lines, and blank lines between them."""
    end = i + 1
    for j in range(i + 1, len(lines)):
        if INDENTED_RE.match(lines[j]) and lines[j].strip():
            end = j + 1
        elif lines[j].strip():
            break
    return end


def _starts_table(lines: list[str], i: int) -> bool:
    """A header row and a separator row; the outer pipes are optional, as in Python-Markdown."""
    if i + 1 >= len(lines) or "|" not in lines[i] or not TABLE_SEP_RE.match(lines[i + 1]):
        return False
    return lines[i].lstrip().startswith("|") or "|" in lines[i + 1]


def _read_comment(lines: list[str], i: int, first: int, state: State) -> int:
    """Consume an HTML comment; remember it if it is a directive. Other comments vanish."""
    start, text = i, lines[i].strip()
    while "-->" not in text and i + 1 < len(lines):
        i += 1
        text += "\n" + lines[i].strip()
    if "-->" not in text:
        state.errors.append((first + start, "HTML comment is not closed by `-->`"))
        return len(lines)
    inner = text[text.index("<!--") + 4 : text.rindex("-->")].strip()
    rest = text[text.rindex("-->") + 3 :]
    match = DIRECTIVE_RE.match(inner)
    if inner.startswith("i18n") and not match:
        state.errors.append((first + start, f"unknown directive <!-- {inner} --> "
                             "(use i18n: note, i18n-context: name or i18n-skip)"))
    if match:
        kind, value = match.group(1), " ".join((match.group(2) or "").split())
        if kind == "-skip":
            state.skip = True
        elif kind == "-context":
            state.context = value or None
        elif value:
            state.notes.append(value)
    if rest.strip():  # "<!-- ... --> text": the text is still part of the document
        lines[i] = rest.lstrip()
        return i
    return i + 1


def _apply_directives(block: Block, state: State) -> Block:
    """Attach pending notes/context to the block's first segment and skip to all of them.

    The directives are used up by the next block even when it has nothing to translate (code, a
    rule): an ``i18n-skip`` above a code block must not silently skip the paragraph after it.
    """
    notes, context, skip = tuple(state.notes), state.context, state.skip
    state.notes, state.context, state.skip = [], None, False
    if not (notes or context or skip):  # most blocks have no directive
        return block
    parts: list[Part] = []
    first = True
    for part in block.parts:
        if isinstance(part, Segment):
            if first:
                part = replace(part, notes=notes + part.notes, context=context or part.context)
                first = False
            if skip:
                part = replace(part, skip=True)
        parts.append(part)
    return replace(block, parts=tuple(parts))


def _fence_end(lines: list[str], i: int) -> int | None:
    """The line after the fence that closes the code block opened at ``i``; None if none does."""
    match = FENCE_RE.match(lines[i])
    fence = match.group(1) if match else "```"
    for j in range(i + 1, len(lines)):
        if lines[j].strip().startswith(fence[0] * len(fence)):
            return j + 1
    return None


def _starts_block(line: str) -> bool:
    stripped = line.lstrip()
    return bool(
        HEADING_RE.match(line) or FENCE_RE.match(line) or stripped.startswith((">", "<!--"))
        or ITEM_RE.match(line) or RULE_RE.match(line)
    )


def _interrupts_paragraph(lines: list[str], i: int) -> bool:
    """Whether line ``i`` ends the paragraph above it, by CommonMark's rules: a block starts there
    (a table's header row too: GitHub's tables need no blank line above), but not a numbered list
    that starts at another number than 1 ("… changed in" then "2026. Ask us …" is one paragraph)."""
    item = _item(lines[i])
    if item and item.group(2)[0].isdigit():
        return int(item.group(2)[:-1]) == 1
    return _starts_block(lines[i]) or _starts_table(lines, i)


def _backslash_break(text: str) -> bool:
    """A line ending in one backslash (not an escaped one, "\\\\") breaks the line, as CommonMark reads it."""
    return (len(text) - len(text.rstrip("\\"))) % 2 == 1


def _read_paragraph(lines: list[str], i: int, first: int, state: State) -> tuple[Block, int]:
    """A paragraph; a hard line break (two trailing spaces, as in an address, or CommonMark's
    trailing backslash, which Python-Markdown printed as a backslash) ends a segment."""
    start, end = i, i + 1
    while end < len(lines) and lines[end].strip() and not _interrupts_paragraph(lines, end):
        end += 1
    parts: list[Part] = [""]
    texts: list[str] = []
    line = first + start
    for j in range(start, end):
        text = lines[j].strip()
        backslash = j + 1 < end and _backslash_break(text)
        texts.append(text[:-1].rstrip() if backslash else text)
        if j + 1 < end and (lines[j].endswith("  ") or backslash):
            parts += [Segment(_clean(" ".join(texts)), line, "paragraph", section=state.section), "  \n"]
            texts, line = [], first + j + 1
    parts += [Segment(_clean(" ".join(texts)), line, "paragraph", section=state.section), "\n"]
    return Block("paragraph", first + start, tuple(parts)), end


def _read_list(lines: list[str], i: int, first: int, state: State) -> tuple[Block, int]:
    """A list with its nested items, loose blank lines and continuation lines."""
    start = i
    parts: list[Part] = []
    current: list[str] | None = None  # text lines of the segment being read
    current_line, current_ordered = 0, False
    columns: list[int] = []  # where the text of each open item starts: an item indented this far is nested
    kind = None  # the list's: bullets or numbers (an item of the other kind starts another list)
    cont = ""  # the indentation Python-Markdown needs for the next line of the current item
    after_paragraph = False  # the current segment is an item's second paragraph

    def flush(end: str = "\n") -> None:
        if current is not None:
            text = _clean(" ".join(current))
            parts.append(Segment(text, current_line, "item", section=state.section, ordered=current_ordered))
            parts.append(end)

    while i < len(lines):
        line = lines[i]
        item = _item(line)
        if item:
            ordered = item.group(2)[0].isdigit()
            indent = _nest(columns, len(item.group(1).expandtabs(4)))
            if not indent and kind is not None and ordered != kind:  # "- pen" then "1. Wash.": two lists, as GitHub
                break
            kind = kind if indent else ordered
            flush()
            if after_paragraph:  # Python-Markdown read "- Rash" under an item's paragraph as its text
                parts.append("\n")
            after_paragraph = False
            columns.append(len(item.group(1).expandtabs(4)) + len(item.group(2)) + min(len(item.group(3)), 4))
            number = item.group(2)[:-1] + "." if ordered else item.group(2)  # "1)" is CommonMark's "1."
            marker, text = indent + number + item.group(3), item.group(4).strip()
            cont = indent + "    "
            task = TASK_RE.match(text)
            if task and task.group(1) != " ":
                state.errors.append((first + i, f"a ticked box ({task.group(0).strip()}) in a handout: the boxes "
                                     "are for the reader to tick, write [ ] (or no box)"))
            if task:  # the box is markup, not words: the translator sees the text after it
                marker, text = marker + "[ ] ", text[task.end():]
            parts.append(marker)
            current, current_line, current_ordered = [text], first + i, ordered
        elif not line.strip():
            flush()
            current = None
            following = next((x for x in lines[i + 1 :] if x.strip()), "")
            if not (_item(following) or following.startswith((" ", "\t"))):
                break
            parts.append("\n")
        elif columns and line.startswith((" ", "\t")) and _starts_table(lines, i):
            nested = _nest(columns, len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip()))
            if not nested:  # not indented as far as an item's text: the list ends above it
                break
            if current is not None:  # Python-Markdown reads a table only as a block of its own
                flush("\n\n")
                current = None
            i = _read_item_table(lines, i, first, state, nested, parts)
            cont, after_paragraph = nested, True
            continue
        elif current is not None and not _starts_block(line):
            above = lines[i - 1].rstrip("\n")
            if above.endswith("  ") or _backslash_break(above.strip()):  # a line break, as in a paragraph
                if _backslash_break(current[-1]):
                    current[-1] = current[-1][:-1].rstrip()
                flush("  \n" + cont)
                current, current_line = [], first + i
            current.append(line.strip())
        elif line.startswith((" ", "\t")) and not _starts_block(line):
            text_indent = line[: len(line) - len(line.lstrip())]
            nested = _nest(columns, len(text_indent.expandtabs(4)))
            parts.append(nested if columns else text_indent)  # a paragraph of the item above
            current, current_line, current_ordered = [line.strip()], first + i, False
            cont, after_paragraph = nested if columns else text_indent, True
        else:
            break
        i += 1
    flush()
    return Block("list", first + start, tuple(parts)), i


def _nest(columns: list[int], indent: int) -> str:
    """The indentation Python-Markdown needs (4 spaces a level) for a line indented ``indent``
    columns under the open items whose text starts at ``columns`` (closed ones are dropped).

    Markdown as GitHub, VS Code and Prettier write it nests an item under the text of the one
    above ("1. Wash" then "   1. Use soap": 3 spaces); Python-Markdown wants 4 and printed
    such sub-steps as steps of their own (1, 2, 3, 4 for 1, 1.1, 1.2, 2)."""
    while columns and indent < columns[-1]:
        columns.pop()
    return "    " * len(columns)


def _item(line: str) -> re.Match[str] | None:
    """A list item line; ``* * *`` and ``- - -`` are rules, not items."""
    return None if RULE_RE.match(line) else ITEM_RE.match(line)


def _read_table(lines: list[str], i: int, first: int, state: State) -> tuple[Block, int]:
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


def _read_item_table(lines: list[str], i: int, first: int, state: State, nested: str, parts: list[Part]) -> int:
    """A table inside a list item ("1. Find your dose:" then the table indented under its text),
    each row indented as Python-Markdown nests it; returns the line after the table."""
    columns = len(table_cells(lines[i]))
    parts.append(nested)
    parts.extend(_table_row(lines[i], first + i, state, columns))
    parts.append(nested + lines[i + 1].strip() + "\n")
    i += 2
    while i < len(lines) and lines[i].strip() and "|" in lines[i] and not _item(lines[i]):
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
        text = _clean(cell)
        if text:
            parts.extend([" ", Segment(text, lineno, "cell", section=state.section), " |"])
        else:
            parts.append("   |")
    parts.append("\n")
    return parts


def _read_quote(lines: list[str], i: int, first: int, state: State) -> tuple[Block, int]:
    """A block quote; ``> [!kind]`` on its first line makes it a callout box."""
    start, inner = i, []
    while i < len(lines):
        if lines[i].lstrip().startswith(">"):
            text = lines[i].lstrip()[1:]
            inner.append(text[1:] if text.startswith(" ") else text)
        elif lines[i].strip() and inner and inner[-1].strip() and not _starts_block(lines[i]):
            inner.append(lines[i].strip())  # a lazy continuation line of the quoted paragraph
        else:
            break
        i += 1
    callout = None
    marker = CALLOUT_RE.match(inner[0].strip()) if inner else None
    body_first = first + start
    name = marker.group(1).lower() if marker else ""
    if marker and marker.group(2) and (name in CALLOUTS or name in GITHUB_ALERTS):  # its title, in bold on its line
        callout, inner[0] = GITHUB_ALERTS.get(name, name), f"**{marker.group(2)}**" + ("  " if len(inner) > 1 else "")
    elif marker and (name in CALLOUTS or name in GITHUB_ALERTS):
        callout, inner, body_first = GITHUB_ALERTS.get(name, name), inner[1:], body_first + 1
    elif marker:
        known = ", ".join((*CALLOUTS, *(n.upper() for n in GITHUB_ALERTS)))
        state.errors.append((first + start, f"unknown callout [!{marker.group(1)}] (use one of: {known})"))
        inner, body_first = inner[1:], body_first + 1
    inner_parts: list[Part] = [f"[!{callout}]\n"] if callout else []
    pending = (state.notes, state.context, state.skip)  # directives above the quote: for the whole quote
    state.notes, state.context, state.skip = [], None, False
    inner_blocks = split_blocks(inner, body_first, state)
    state.notes, state.context, state.skip = pending
    for n, block in enumerate(inner_blocks):
        if n or callout:
            inner_parts.append("\n")
        for part in block.parts:
            if isinstance(part, Segment) and part.kind == "paragraph":
                part = replace(part, kind="quote")
            inner_parts.append(part)
    parts: list[Part] = ["> "]
    parts += [p.replace("\n", "\n> ") if isinstance(p, str) else p for p in inner_parts]
    if isinstance(parts[-1], str) and parts[-1].endswith("\n> "):
        parts[-1] = parts[-1][:-2]
    kind = "callout" if callout else "quote"
    return Block(kind, first + start, tuple(parts), callout=callout), i


def _clean(text: str) -> str:
    """Collapse runs of spaces and line ends, as a translator sees the message; an author's note in the text
    (``Call us <!-- TODO: check --> at 555-0100.``) is left out, as GitHub hides it."""
    if "<!--" in text:
        text = sub_outside_code(INLINE_COMMENT_RE, " ", text)
    return BREAKABLE_SPACE.sub(" ", text).strip()  # "10\u00a0mg": the author's no-break space stays
