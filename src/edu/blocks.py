"""Segment stage, its block reader: a handout's Markdown lines -> top-level Blocks of literal
Markdown and segments, each segment with its source line.

In: the body's lines, the file line of the first, and the State the directives and errors are
kept in. Out: Blocks (model.py) whose literal parts and segments, joined again, are Markdown that
Python-Markdown renders as the author wrote it. A small block splitter of our own, because the
translator needs one message per heading, paragraph, list item, table cell, image alt text and
callout line, each with its source line, and the renderer needs to put the translations back into
exactly the same structure. Inline Markdown stays inside a segment. Directives are HTML comments
on their own lines: ``<!-- i18n: note -->``, ``<!-- i18n-context: ctx -->`` and ``<!-- i18n-skip -->``.

``split_blocks`` asks which block starts at each line and hands it to its reader: code, headings,
rules, pictures, paragraphs and quotes here (a quote reads its inner blocks with ``split_blocks``
again), lists in listblocks.py, tables in tableblocks.py, directives in directives.py; they share
the line tests of blocklines.py and the State.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .blocklines import (
    FENCE_RE,
    HEADING_RE,
    INDENTED_RE,
    ITEM_RE,
    RULE_RE,
    SETEXT_RE,
    backslash_break,
    clean_text,
    interrupts_paragraph,
    starts_block,
    starts_table,
)
from .directives import State, apply_directives, read_comment
from .listblocks import read_list
from .model import Block, Part, Segment
from .tableblocks import read_table

# ![alt](picture.png "caption"): the title (in "", '' or ()) is the picture's caption
IMAGE_RE = re.compile(r"^!\[([^\]]+)\]\(\s*(<[^<>]*>|[^\s()]+)"
                      r"""(?:\s+(?:"([^"]*)"|'([^']*)'|\(([^()]*)\)))?\s*\)[ \t]*$""")
CALLOUT_RE = re.compile(r"^\[!([a-z][a-z-]*)\][+-]?(?:[ \t]+(.*?))?[ \t]*$", re.I)  # GitHub writes [!WARNING]; Obsidian
# adds a title ("[!warning] Before you call") and a folding mark ("[!note]-")
CALLOUTS = ("key-points", "warning", "emergency", "note")
# GitHub's alerts, as an author previews them there: the box of ours that says the same
GITHUB_ALERTS = {"important": "warning", "caution": "warning", "tip": "note"}
REFERENCE_DEF_RE = re.compile(r"^ {0,3}\[[^\]]+\]:\s*\S")  # "[ref]: https://…", for "[text][ref]"


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
            i = read_comment(lines, i, first_line, state)
            continue
        block, i = _read_block(lines, i, first_line, state)
        if block is not None:
            blocks.append(apply_directives(block, state))
    return blocks


def _read_block(lines: list[str], i: int, first: int, state: State) -> tuple[Block | None, int]:
    """The block that starts at line ``i`` and the line after it (no block: a reference definition)."""
    line, lineno = lines[i], first + i
    if FENCE_RE.match(line):
        return _read_fenced(lines, i, first, state)
    if INDENTED_RE.match(line):
        end = _indented_end(lines, i)
        return Block("code", lineno, ("\n".join(lines[i:end]) + "\n",)), end
    heading = HEADING_RE.match(line)
    if heading:
        return _read_heading(heading, line, lineno, state), i + 1
    if RULE_RE.match(line):
        return Block("rule", lineno, ("---\n",)), i + 1
    if REFERENCE_DEF_RE.match(line):  # each block is rendered on its own: "[text][ref]" would print as written
        _reject_reference(line, lineno, state)
        return None, i + 1
    if line.lstrip().startswith(">"):
        return _read_quote(lines, i, first, state)
    if starts_table(lines, i):
        return read_table(lines, i, first, state)
    if ITEM_RE.match(line):
        return read_list(lines, i, first, state)
    image = IMAGE_RE.match(line.strip())
    if image:
        return _read_image(image, lineno, state), i + 1
    if i + 1 < len(lines) and SETEXT_RE.match(lines[i + 1]):  # "Title" over "=====" or "-----"
        return _read_setext(line, lines[i + 1], lineno, state), i + 2
    return _read_paragraph(lines, i, first, state)


def _read_fenced(lines: list[str], i: int, first: int, state: State) -> tuple[Block, int]:
    """A fenced code block, to its closing fence (an error if none closes it)."""
    line, lineno = lines[i], first + i
    end = _fence_end(lines, i)
    if end is None:
        state.errors.append((lineno, f"this code block is not closed by a {line.strip()[:3]} line (Python-Markdown "
                             "would print its backticks and the rest of the handout as code)"))
        end = len(lines)
    return Block("code", lineno, ("\n".join(lines[i:end]) + "\n",)), end


def _fence_end(lines: list[str], i: int) -> int | None:
    """The line after the fence that closes the code block opened at ``i``; None if none does."""
    match = FENCE_RE.match(lines[i])
    fence = match.group(1) if match else "```"
    for j in range(i + 1, len(lines)):
        if lines[j].strip().startswith(fence[0] * len(fence)):
            return j + 1
    return None


def _indented_end(lines: list[str], i: int) -> int:
    """The end of an indented code block: indented lines, and blank lines between them."""
    end = i + 1
    for j in range(i + 1, len(lines)):
        if INDENTED_RE.match(lines[j]) and lines[j].strip():
            end = j + 1
        elif lines[j].strip():
            break
    return end


def _read_heading(heading: re.Match[str], line: str, lineno: int, state: State) -> Block:
    """A "## Title" heading; the section of the segments under it."""
    if not (heading.group(2) or "").strip():  # "##" alone: nothing to translate
        return Block("heading", lineno, (line.strip() + "\n",))
    text = heading.group(2).strip()
    state.section = text
    seg = Segment(clean_text(text), lineno, "heading", section=text)
    return Block("heading", lineno, (heading.group(1) + " ", seg, "\n"))


def _read_setext(line: str, underline: str, lineno: int, state: State) -> Block:
    """A heading written as "Title" over "=====" or "-----"."""
    text = line.strip()
    state.section = text
    seg = Segment(clean_text(text), lineno, "heading", section=text)
    return Block("heading", lineno, ("", seg, "\n" + underline.strip() + "\n"))


def _reject_reference(line: str, lineno: int, state: State) -> None:
    """A footnote or a reference-style link definition, which a handout cannot use."""
    state.errors.append((lineno, "a footnote ([^1]: …) is not supported: write the note as a sentence where it "
                         "belongs" if line.lstrip().startswith("[^") else "a reference-style link definition "
                         "([ref]: target) is not supported: write the target inline where the link is, "
                         "[text](target) or ![alt](image.png)"))


def _read_image(image: re.Match[str], lineno: int, state: State) -> Block:
    """A picture on a line of its own: its alt text, and its caption if it has one."""
    seg = Segment(clean_text(image.group(1)), lineno, "alt", section=state.section)
    caption = clean_text(next((g for g in image.groups()[2:] if g is not None), ""))
    if not caption:
        return Block("image", lineno, ("![", seg, f"]({image.group(2)})\n"))
    # a caption is printed under the picture (render.py makes them a <figure>), so it is translated
    cap = Segment(caption, lineno, "caption", section=state.section)
    return Block("image", lineno, ("![", seg, f"]({image.group(2)})\n\n", cap, "\n"))


def _read_paragraph(lines: list[str], i: int, first: int, state: State) -> tuple[Block, int]:
    """A paragraph; a hard line break (two trailing spaces, as in an address, or CommonMark's
    trailing backslash, which Python-Markdown printed as a backslash) ends a segment."""
    start, end = i, i + 1
    while end < len(lines) and lines[end].strip() and not interrupts_paragraph(lines, end):
        end += 1
    parts: list[Part] = [""]
    texts: list[str] = []
    line = first + start
    for j in range(start, end):
        text = lines[j].strip()
        backslash = j + 1 < end and backslash_break(text)
        texts.append(text[:-1].rstrip() if backslash else text)
        if j + 1 < end and (lines[j].endswith("  ") or backslash):
            parts += [Segment(clean_text(" ".join(texts)), line, "paragraph", section=state.section), "  \n"]
            texts, line = [], first + j + 1
    parts += [Segment(clean_text(" ".join(texts)), line, "paragraph", section=state.section), "\n"]
    return Block("paragraph", first + start, tuple(parts)), end


def _read_quote(lines: list[str], i: int, first: int, state: State) -> tuple[Block, int]:
    """A block quote; ``> [!kind]`` on its first line makes it a callout box."""
    start = i
    inner, i = _quoted_lines(lines, i)
    callout, inner, body_first = _read_callout(inner, first + start, state)
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
                part = replace(part, kind="quote", box=callout or "")
            inner_parts.append(part)
    parts: list[Part] = ["> "]
    parts += [p.replace("\n", "\n> ") if isinstance(p, str) else p for p in inner_parts]
    if isinstance(parts[-1], str) and parts[-1].endswith("\n> "):
        parts[-1] = parts[-1][:-2]
    kind = "callout" if callout else "quote"
    return Block(kind, first + start, tuple(parts), callout=callout), i


def _quoted_lines(lines: list[str], i: int) -> tuple[list[str], int]:
    """The lines of the quote at line ``i`` without their ">", and the line after the quote."""
    inner: list[str] = []
    while i < len(lines):
        if lines[i].lstrip().startswith(">"):
            text = lines[i].lstrip()[1:]
            inner.append(text[1:] if text.startswith(" ") else text)
        elif lines[i].strip() and inner and inner[-1].strip() and not starts_block(lines[i]):
            inner.append(lines[i].strip())  # a lazy continuation line of the quoted paragraph
        else:
            break
        i += 1
    return inner, i


def _read_callout(inner: list[str], lineno: int, state: State) -> tuple[str | None, list[str], int]:
    """The callout box a quote's ``[!kind]`` line asks for (None: a plain quote), the quote's lines
    without that line (a title stays, in bold on its line), and the file line of the first."""
    callout = None
    marker = CALLOUT_RE.match(inner[0].strip()) if inner else None
    body_first = lineno
    name = marker.group(1).lower() if marker else ""
    if marker and marker.group(2) and (name in CALLOUTS or name in GITHUB_ALERTS):  # its title, in bold on its line
        callout, inner[0] = GITHUB_ALERTS.get(name, name), f"**{marker.group(2)}**" + ("  " if len(inner) > 1 else "")
    elif marker and (name in CALLOUTS or name in GITHUB_ALERTS):
        callout, inner, body_first = GITHUB_ALERTS.get(name, name), inner[1:], body_first + 1
    elif marker:
        known = ", ".join((*CALLOUTS, *(n.upper() for n in GITHUB_ALERTS)))
        state.errors.append((lineno, f"unknown callout [!{marker.group(1)}] (use one of: {known})"))
        inner, body_first = inner[1:], body_first + 1
    return callout, inner, body_first
