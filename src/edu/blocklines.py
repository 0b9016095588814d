"""Segment stage, the block reader's line grammar: one Markdown line (and the line after it) ->
which block starts there, and a segment's text as a translator sees it.

In: lines of a handout's body, as blocks.py, listblocks.py and tableblocks.py read them. Out:
matches and yes/no answers, by the rules Python-Markdown renders with (CommonMark's where it says
nothing), and ``clean_text``, the message a segment's Markdown makes. accessibility.py reads code
fences and table rows with the same patterns.
"""

from __future__ import annotations

import re

from .prose import BREAKABLE_SPACE, sub_outside_code

HEADING_RE = re.compile(r"^(#{1,6})(?:[ \t]*(.*?))?(?:[ \t]+#+)?[ \t]*$")  # "#Title" too, as Python-Markdown
FENCE_RE = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})")
SETEXT_RE = re.compile(r"^[ \t]{0,3}(?:=+|-+)[ \t]*$")
INDENTED_RE = re.compile(r"^(?: {4}|\t)")
RULE_RE = re.compile(r"^[ \t]{0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
ITEM_RE = re.compile(r"^([ \t]*)([-*+]|\d{1,9}[.)])([ \t]+)(\S.*)$")
TABLE_SEP_RE = re.compile(r"^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")
INLINE_COMMENT_RE = re.compile(r"<!--.*?-->", re.DOTALL)  # a note to the author inside a sentence


def starts_table(lines: list[str], i: int) -> bool:
    """A header row and a separator row; the outer pipes are optional, as in Python-Markdown."""
    if i + 1 >= len(lines) or "|" not in lines[i] or not TABLE_SEP_RE.match(lines[i + 1]):
        return False
    return lines[i].lstrip().startswith("|") or "|" in lines[i + 1]


def starts_block(line: str) -> bool:
    stripped = line.lstrip()
    return bool(
        HEADING_RE.match(line) or FENCE_RE.match(line) or stripped.startswith((">", "<!--"))
        or ITEM_RE.match(line) or RULE_RE.match(line)
    )


def interrupts_paragraph(lines: list[str], i: int) -> bool:
    """Whether line ``i`` ends the paragraph above it, by CommonMark's rules: a block starts there
    (a table's header row too: GitHub's tables need no blank line above), but not a numbered list
    that starts at another number than 1 ("… changed in" then "2026. Ask us …" is one paragraph)."""
    item = match_item(lines[i])
    if item and item.group(2)[0].isdigit():
        return int(item.group(2)[:-1]) == 1
    return starts_block(lines[i]) or starts_table(lines, i)


def backslash_break(text: str) -> bool:
    """A line ending in one backslash (not an escaped one, "\\\\") breaks the line, as CommonMark reads it."""
    return (len(text) - len(text.rstrip("\\"))) % 2 == 1


def match_item(line: str) -> re.Match[str] | None:
    """A list item line; ``* * *`` and ``- - -`` are rules, not items."""
    return None if RULE_RE.match(line) else ITEM_RE.match(line)


def clean_text(text: str) -> str:
    """Collapse runs of spaces and line ends, as a translator sees the message; an author's note in the text
    (``Call us <!-- TODO: check --> at 555-0100.``) is left out, as GitHub hides it."""
    if "<!--" in text:
        text = sub_outside_code(INLINE_COMMENT_RE, " ", text)
    return BREAKABLE_SPACE.sub(" ", text).strip()  # "10\u00a0mg": the author's no-break space stays
