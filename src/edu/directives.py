"""Segment stage, the block reader's directives: an HTML comment on its own lines -> what the
next block's segments carry to the catalog.

In: the lines at an HTML comment (``<!-- i18n: note -->``, ``<!-- i18n-context: ctx -->``,
``<!-- i18n-skip -->``; any other comment vanishes) and the reader's State. Out: the State with
the directive remembered (or an error for an unknown one), then the next Block (model.py) with
its notes, context and skip applied. State is also where every block reader keeps the section
it is in and the errors it finds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .model import Block, Part, Segment

DIRECTIVE_RE = re.compile(r"^i18n(-context|-skip)?\s*(?::\s*(.*))?$", re.S)


@dataclass
class State:
    """What the directives above the next block asked for, and where we are."""

    notes: list[str] = field(default_factory=list)
    context: str | None = None
    skip: bool = False
    section: str = ""
    errors: list[tuple[int, str]] = field(default_factory=list)


def read_comment(lines: list[str], i: int, first: int, state: State) -> int:
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


def apply_directives(block: Block, state: State) -> Block:
    """Attach pending notes and skip to every segment of the block, the context to its first.

    A note above a list is about the list: "visit" means an appointment in every item, not only
    the first (likewise every cell of a table, every line of a box or a paragraph, a picture's alt
    text and caption). A context tells one sentence from its twin, and moving it would change
    the entries (msgctxt) of translations already made: it stays on the first segment.
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
            own = (context or part.context) if first else part.context
            part = replace(part, notes=notes + part.notes, context=own, skip=skip or part.skip)
            first = False
        parts.append(part)
    return replace(block, parts=tuple(parts))
