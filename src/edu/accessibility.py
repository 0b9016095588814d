"""QA stage: what a handout's own text gives a reader who cannot see the page, or holds it on
paper -> Problems at the source line to fix, warnings all: a picture whose text tells such a reader
nothing (alt), headings out of order (heading-level), link words that say nothing out of context
(link-text), a table header cell that names nothing (table-header).

In: a Handout. Out: Problems (problems.py). ``edu check`` (qa.py) reports them with every other
check; a build (pipeline.project_warnings) says them too, once a build: they reach every edition,
and staff who only build must hear of them. Line scans of the handout already loaded, nothing
more. The words themselves are judged in a11ytext.py, which the translation checks share.
"""

from __future__ import annotations

from .a11ytext import alt_problem, link_text_advice, vague_links
from .blocklines import FENCE_RE, TABLE_SEP_RE
from .findings import WARNING
from .model import Handout
from .problems import Problem, quoted
from .prose import LINK
from .segments import heading_levels, passage_line
from .tableblocks import table_cells

SOURCE_CODES = ("alt", "heading-level", "link-text", "table-header")  # source_problems's


def source_problems(handout: Handout) -> list[Problem]:
    """Every accessibility warning about a handout's own text, in the order of the checks."""
    where = handout.doc.path.as_posix()
    return [*alt_text(handout),
            *(Problem(where, line, WARNING, "heading-level", advice) for line, advice in heading_order(handout)),
            *link_text(handout), *table_header(handout)]


def heading_order(handout: Handout) -> list[tuple[int, str]]:
    """heading-level: the title is the page's one level-1 heading, and no level is skipped
    (screen-reader users move through a page by heading level; axe's heading-order)."""
    found, before = [], 1  # the title
    for line, level in heading_levels(handout):
        if level == 1:
            found.append((line, "a second top-level heading (#): the title is the page's; start the sections at ##"))
        elif level > before + 1:
            found.append((line, f"{'#' * level} after {'#' * before} skips a level (screen-reader users move "
                                f"through a page by heading level): write {'#' * (before + 1)}"))
        before = level
    return found


def link_text(handout: Handout) -> list[Problem]:
    """link-text: link words that say nothing out of context ("click here", "aquí"), at their line."""
    doc, found = handout.doc, []
    for segment in handout.segments:
        for words, target in vague_links(segment.text, doc.lang):
            line = passage_line(handout, segment, f"[{words.split()[0]}" if words else "[")
            why = link_text_advice(words, target, doc.lang)
            found.append(Problem(doc.path.as_posix(), line, WARNING, "link-text", why,
                                 quoted(why, ((segment.text, doc.lang),))))
    return found


def alt_text(handout: Handout) -> list[Problem]:
    """alt: a picture with no text (``![](x.png)``: a PDF makes it decoration, which a reader never
    hears of), or a text that is a file name or says only "picture", at its line."""
    doc, found = handout.doc, list[Problem]()
    if "![" not in doc.body:
        return found
    for number, line in enumerate(doc.body.splitlines(), doc.body_line):
        for m in LINK.finditer(line) if "![" in line else ():
            if m["bang"] and (why := alt_problem(m["text"])):
                found.append(Problem(doc.path.as_posix(), number, WARNING, "alt", why,
                                     quoted(why, ((m["text"], doc.lang),))))
    return found


def table_header(handout: Handout) -> list[Problem]:
    """table-header: a table whose header row leaves a cell empty, as GitHub's Markdown writes a
    table "without a header": the page gets a <th></th>, the PDF an empty /TH, and a screen reader
    reads that column's cells with no name."""
    doc, found = handout.doc, list[Problem]()
    if "|" not in doc.body:
        return found
    lines, fence = [_unquoted(line) for line in doc.body.splitlines()], ""
    for i, line in enumerate(lines):
        if fence:
            fence = "" if line.strip().startswith(fence) else fence
            continue
        if opened := FENCE_RE.match(line):
            fence = opened[1]
            continue
        if "|" not in line or i + 1 >= len(lines) or TABLE_SEP_RE.match(line) or not TABLE_SEP_RE.match(lines[i + 1]):
            continue
        empty = [str(n) for n, cell in enumerate(table_cells(line), 1) if not cell.strip()]
        if empty:
            columns = f"column{'s' * (len(empty) > 1)} {', '.join(empty)}"
            found.append(Problem(doc.path.as_posix(), doc.body_line + i, WARNING, "table-header",
                                 f"the table's header row leaves {columns} empty: the page and the PDF get a header "
                                 "cell that names nothing, and a screen reader reads the column's cells without a "
                                 "name: name every column (| Day | Dose |), or give a table without headers as a list"))
    return found


def _unquoted(line: str) -> str:
    """A line without the ``>`` marks of the quotes and callouts it is in."""
    while line.lstrip().startswith(">"):
        line = line.lstrip()[1:]
    return line
