"""Segment stage: Document -> Handout (title, summary and the top-level blocks of literal Markdown
and segments).

In: a loaded Document (content.py). Out: a Handout whose segments are the catalog's messages,
or every SourceError found in it at once. blocks.py reads the Markdown's block structure; this
module makes the handout of it and rejects what a segment's text must not hold because a page
would print it wrong (raw HTML, a wiki link, ~~strikethrough~~, an <address> that is no link, an
unclosed comment, bidi controls or an invisible character in a number); a segment with nothing
to translate (facts, markup, symbols) is kept out of the catalogs.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .blocks import split_blocks
from .directives import State
from .errors import SourceError, raise_all
from .findings import Context
from .invisible import invisible_number_problem
from .model import Block, Document, Handout, Segment
from .prose import AUTOLINK, CODE_SPAN, NOT_AUTOLINK, bidi_problem

SOURCE_HTML_RE = re.compile(  # an HTML tag (<u>, <br>, <script>); "<clinic name>" is text, as is "&nbsp;" (an entity)
    r"</?(?:a|abbr|address|article|aside|audio|b|base|big|blink|blockquote|br|button|canvas|caption|center|cite|code|"
    r"col|colgroup|dd|del|details|div|dl|dt|em|embed|figcaption|figure|font|footer|form|h[1-6]|header|hr|i|iframe|img|"
    r"input|ins|kbd|label|li|link|main|mark|marquee|math|meta|nav|nobr|object|ol|p|pre|q|s|samp|script|section|select|"
    r"small|source|span|strike|strong|style|sub|summary|sup|svg|table|tbody|td|textarea|tfoot|th|thead|tr|tt|u|ul|var|"
    r"video|wbr)(?=[\s/>])[^<>]*>", re.IGNORECASE)
WIKI_LINK_RE = re.compile(r"\[\[([^\[\]|#]+)[^\[\]]*\]\]")  # Obsidian's [[other-handout]] or [[page|words]]
STRUCK_RE = re.compile(r"~~(?=\S).*?(?<=\S)~~")  # GitHub's ~~strikethrough~~, which Python-Markdown prints as written
# {fact}, `code`, (target), <address>, a citation "[11][14]" (a table's "Source" cell is no sentence)
NOT_WORDS_RE = re.compile(r"\{[^{}]*\}|`[^`]*`|\]\([^)]*\)|<[^<>\s]+>|\[\d{1,4}(?:\s*[,–-]\s*\d{1,4})*\](?!\()")
WORD_RE = re.compile(r"[^\W_]")  # a letter or a digit ("911" and "0.5" are the translator's: 0,5)


def segment_document(doc: Document) -> Handout:
    """Split a document into title, summary and body blocks."""
    lines = doc.meta.lines
    title = Segment(doc.meta.title, lines.get("title", 1), "title", section=doc.meta.title)
    summary = Segment(doc.meta.summary, lines.get("summary", 1), "summary", section=doc.meta.title)
    state = State(section=doc.meta.title)
    language = Context(doc.lang, doc.lang)
    blocks = [_keep_wordless(block) for block in split_blocks(doc.body.splitlines(), doc.body_line, state)]
    for segment in (title, summary, *(p for b in blocks for p in b.parts if isinstance(p, Segment))):
        if problem := bidi_problem(segment.text) or invisible_number_problem(segment.text, language):
            state.errors.append((segment.line, problem))
        if "<!--" in segment.text and "<!--" in CODE_SPAN.sub("", segment.text):
            state.errors.append((segment.line, "HTML comment is not closed by `-->` (it would be printed)"))
        if "[[" in segment.text and (wiki := WIKI_LINK_RE.search(CODE_SPAN.sub("", segment.text))):
            state.errors.append((segment.line, f"{wiki[0]!r} is a wiki link (Obsidian's), printed as written: "
                                 f"write [the words to show]({wiki[1].strip()}.md)"))
        if "~~" in segment.text and (struck := STRUCK_RE.search(CODE_SPAN.sub("", segment.text))):
            state.errors.append((segment.line, f"{struck[0]!r} would be printed with its tildes (GitHub's "
                                 "strikethrough is not Markdown a handout has): leave the old words out"))
        if "<" not in segment.text:  # nearly every segment: no regex
            continue
        text = CODE_SPAN.sub("", segment.text)  # `<br>` in a code span is shown as code
        raw = SOURCE_HTML_RE.search(text)
        if raw:
            state.errors.append((segment.line, f"{raw[0]!r} would be printed as written (handouts are Markdown, "
                                 "and raw HTML never reaches a page): use **bold**, *italic*, a list, or the "
                                 "character itself"))
        printed = next((m for m in AUTOLINK.finditer(text) if NOT_AUTOLINK.match(text, m.start())), None)
        if printed:
            how = (f"write [the words to show]({printed['url']})" if printed["url"].lower().startswith("tel:") else
                   "a page links only https://, email (mailto:) and phone (tel:) addresses")
            state.errors.append((segment.line, f"{printed[0]!r} would be printed as written, with its < >: only "
                                 f"https:// addresses and email addresses are links in <…>; {how}"))
    raise_all([SourceError(message, doc.path, line) for line, message in sorted(state.errors)])
    return Handout(doc=doc, title=title, summary=summary, blocks=tuple(blocks))


def nothing_to_translate(text: str) -> bool:
    """True for a segment of facts, markup, citations and symbols only (a table cell "**{dose}**",
    "[11][14]", "—", "✓"): each language prints it as written, its facts formatted for that language."""
    return not (text[:1].isalpha() or WORD_RE.search(NOT_WORDS_RE.sub("", text)))


def _keep_wordless(block: Block) -> Block:
    """Segments with nothing to translate are kept out of the catalogs, as ``<!-- i18n-skip -->``
    keeps them: a translator could only copy them, and until then the edition is not published."""
    if all(s.skip or not nothing_to_translate(s.text) for s in block.segments):
        return block
    parts = tuple(replace(p, skip=True) if isinstance(p, Segment) and nothing_to_translate(p.text) else p
                  for p in block.parts)
    return replace(block, parts=parts)


def heading_levels(handout: Handout) -> list[tuple[int, int]]:
    """(line, level) of each heading of the body: ``## x`` is 2, a heading underlined with ``===`` is 1."""
    found = []
    for block in handout.blocks:
        if block.kind == "heading" and block.segments:
            marker, underline = str(block.parts[0]), str(block.parts[-1])  # "## " or "" and "\n===\n"
            level = len(marker.strip()) if marker else (1 if "=" in underline else 2)
            found.append((block.line, level))
    return found


def passage_line(handout: Handout, segment: Segment, passage: str) -> int:
    """The file line, from the segment's first to the blank line after it, that holds ``passage``
    as written (a paragraph's link may be on its third line); the segment's first line if none does."""
    doc = handout.doc
    if segment.line < doc.body_line:  # the title or summary, in the front matter
        return segment.line
    lines = doc.body.splitlines()
    for number in range(segment.line, doc.body_line + len(lines)):
        text = lines[number - doc.body_line]
        if passage in text:
            return number
        if not text.strip() and number > segment.line:
            break
    return segment.line
