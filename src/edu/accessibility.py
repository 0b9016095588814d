"""QA stage: what a handout's own text gives a reader who cannot see the page, or holds it on
paper -> Problems at the source line to fix, warnings all: link words that say nothing out of
context (link-text).

In: a Handout. Out: Problems (problems.py). ``edu check`` (qa.py) reports them with every other
check; a build (pipeline.project_warnings) says them too, once a build, since they reach every
edition. The words themselves are judged in a11ytext.py, which the translation checks share.
"""

from __future__ import annotations

from .a11ytext import link_text_advice, vague_links
from .findings import WARNING
from .model import Handout, Segment
from .problems import Problem, quoted


def link_text(handout: Handout) -> list[Problem]:
    """link-text: link words that say nothing out of context ("click here", "aquí"), at their line."""
    doc, found = handout.doc, []
    lines = doc.body.splitlines() if "](" in doc.body else []
    for segment in handout.segments:
        for words, target in vague_links(segment.text, doc.lang):
            line = _line_of(f"[{words.split()[0]}" if words else "[", segment, lines, doc.body_line)
            why = link_text_advice(words, target, doc.lang)
            found.append(Problem(doc.path.as_posix(), line, WARNING, "link-text", why,
                                 quoted(why, ((segment.text, doc.lang),))))
    return found


def _line_of(needle: str, segment: Segment, lines: list[str], first: int) -> int:
    """The file line, from the segment's first to the blank line after it, that holds ``needle``
    (a paragraph's link may be on its third line); the segment's first line if none does."""
    for number in range(segment.line, first + len(lines)):
        text = lines[number - first] if number >= first else ""
        if needle in text:
            return number
        if not text.strip() and number > segment.line:
            break
    return segment.line
