"""Render stage, part 1: localized Markdown -> sanitized HTML fragments, one per top-level block.

In: a Localized handout (its blocks' literal Markdown and translated segments). Out: RenderedBlock
records of safe HTML, and a title's or summary's inline HTML; templating.py puts them in a page.

Python-Markdown converts each block; nh3 keeps only an allowlist of tags and attributes, so no
raw HTML, script, event handler or foreign URL scheme can come from content or a translation.

Speed without a second Markdown dialect: a block's shape (its Markdown with its segments as
tokens) goes through Python-Markdown and nh3 once per build; plain segments and those with only
**strong**, *emphasis*, [links](https://…) and citations are filled in directly, anything else is
converted by Python-Markdown. Property tests compare both ways on generated text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from html import escape

import markdown
import nh3
from markdown.extensions.fenced_code import FencedCodeExtension
from markdown.extensions.sane_lists import SaneListExtension
from markdown.extensions.tables import TableExtension
from markupsafe import Markup

from . import media, xref
from .langtag import text_direction
from .model import Localized, Segment
from .prose import bare_url
from .translate import CLOSE, MARK_RE, OPEN, SEP

TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "strong", "em", "code", "pre",
        "blockquote", "table", "thead", "tbody", "tr", "th", "td", "a", "img", "hr", "br", "sup", "sub"}
ATTRIBUTES = {"a": {"href", "title"}, "img": {"src", "alt", "title"}, "ol": {"start"}, "th": {"scope"}}
SCHEMES = {"https", "http", "mailto", "tel"}
CLASSES = {"th": {"align-center", "align-right"}, "td": {"align-center", "align-right"}}  # edu.css
_ALIGN_RE = re.compile(r'style="text-align: (center|right);"')
_OL_START_RE = re.compile(r'<ol start="([0-9]{1,9})">')
_TH_RE = re.compile(r"<th(?=[ >])")
# "- [ ] Bring your card" (listblocks.py keeps the box out of the message): a box to tick on paper,
# drawn by the stylesheet (.task-box), silent for a screen reader, which reads the list item.
TASK_ITEM_RE = re.compile(r"<li>(\s*<p>)?\[ \] ")
TASK_BOX = r'<li class="task">\1<span class="task-box" aria-hidden="true"></span>'
CALLOUT_RE = re.compile(r"^\s*<blockquote>\s*<p>\[!([a-z-]+)\]</p>\s*(.*?)\s*</blockquote>\s*$", re.S)


@dataclass(frozen=True)
class RenderedBlock:
    """One top-level block as safe HTML."""

    kind: str  # the Block kind (heading, paragraph, list, table, callout, …)
    callout: str | None  # key-points | warning | emergency | note, for callout boxes
    html: Markup  # sanitized HTML of the block's content
    level: int = 0  # a callout's label's heading level, one below the section it stands in (else 0)


# A segment whose HTML is its own text: no inline Markdown (escapes, code, emphasis, links, HTML,
# entities, table bars, heading hashes), no block syntax at its start, no marker of the translate
# stage and no private-use character (the shape tokens below are made of them). Brackets are plain
# unless they could open a link or an image, or define a reference: without a definition in the
# block (``[1]: url``, which sends it the slow way) a citation "[1]" or "[1][3]" stays text.
_WORD = r"[^\\`*_<>&#|{}~ \x00-\x1f\x7f\x85\u2028\u2029\ue000-\uf8ff]+"
_PLAIN_RE = re.compile(rf"(?![-+=>#~\[]|\d+[.)]){_WORD}(?: {_WORD})*")
_LINK_RE = re.compile(r"\]\s?\(|!\[")


def is_plain(text: str) -> bool:
    return _PLAIN_RE.fullmatch(text) is not None and _LINK_RE.search(text) is None


# Inline Markdown that is converted alike in a paragraph, a heading, a list item or a table cell
# unless it has table bars, code spans (a table splits cells around them), private-use characters
# (markers, tokens), starts like a block (a hyphen at all: "---" and "-- -" are rules) or a
# reference definition, or ends with a backslash or a hash (an escape of what follows; the closing
# hashes of a heading).
# (Three looks, not one pattern of three alternatives, which would be tried at every place of a text.)
_INLINE_UNSAFE_CHARS = re.compile(r"[|`\x00-\x1f\x7f\x85\u2028\u2029\ue000-\uf8ff]")
_INLINE_UNSAFE_START = re.compile(r"(?:[+*]\s|[-=>#~\s]|\d+[.)]|\[[^\]]*\]:)")


def _inline_unsafe(text: str) -> bool:
    return (_INLINE_UNSAFE_CHARS.search(text) is not None or _INLINE_UNSAFE_START.match(text) is not None
            or text.endswith(("\\", "#")))


_ONE_PARAGRAPH_RE = re.compile(r"<p>(.*)</p>", re.S)
TOKEN_RE = re.compile("\uf8f0(\\d+)\uf8f1")
SHAPE_KINDS = frozenset({"heading", "paragraph", "list", "table", "quote", "callout"})


class MarkdownRenderer:
    """One reusable Python-Markdown instance (creating one per block would dominate the time)."""

    def __init__(self) -> None:
        # the extensions themselves, not their names: a name is looked up among every installed
        # package's entry points (importlib.metadata), a tenth of a second of every build process
        extensions = [TableExtension(), SaneListExtension(), FencedCodeExtension()]
        self._md = markdown.Markdown(extensions=extensions, output_format="html")
        self._shapes: dict[str, str] = {}  # block shape (segments as tokens) -> its sanitized HTML

    def block(self, kind: str, parts: tuple[str, ...], kinds: tuple[str | None, ...]) -> str:
        """The HTML of one block given as its parts: literal Markdown (``kinds[i]`` None) and
        localized segments (``kinds[i]`` the segment's kind).

        The block's *shape* (its Markdown with a token in place of each segment) is converted once
        and cached; then each token gets its segment: a plain text as it is, one with inline
        Markdown converted on its own. The result is the HTML of converting the whole block
        (tests/test_properties.py checks it), but Python-Markdown no longer runs its inline patterns
        over the whole block for every handout. A block with anything that could depend on its
        context (table bars, code spans, draft markers, reference definitions, image alt text) is
        converted whole."""
        literal = [p for p, k in zip(parts, kinds, strict=True) if k is None]
        if kind not in SHAPE_KINDS or "alt" in kinds or any("]:" in p for p in literal):
            return self("".join(parts))
        texts = []
        for part, seg in zip(parts, kinds, strict=True):
            if seg is None:
                continue
            html = part.replace("\u00a0", "&nbsp;") if is_plain(part) else self._inline(part)
            if html is None:
                return self("".join(parts))
            texts.append(html)
        tokens = iter(range(len(texts)))
        shape = "".join(p if k is None else f"\uf8f0{next(tokens)}\uf8f1" for p, k in zip(parts, kinds, strict=True))
        html = self._shapes.get(shape)
        if html is None:
            if len(self._shapes) > 4096:
                self._shapes.clear()
            html = self._shapes[shape] = self(shape)
        return TOKEN_RE.sub(lambda m: texts[int(m[1])], html)

    def _inline(self, text: str) -> str | None:
        """The inline HTML of one segment with inline Markdown, or None when its HTML could depend
        on where it stands (then the caller converts the whole block)."""
        if _inline_unsafe(text):
            return None
        simple = _simple_inline(text)
        if simple is not None:
            return simple
        html = self._convert(text)
        if html is None:  # the whole block is converted again, the same way
            return None
        match = _ONE_PARAGRAPH_RE.fullmatch(html)
        return match[1] if match and "<p>" not in match[1] else None

    def __call__(self, text: str) -> str:
        html = self._convert(text)
        if html is None:  # no stray placeholder on a page: the words, with * and _ as written
            html = self._convert(_literal_emphasis(text)) or ""
        return html

    def _convert(self, text: str) -> str | None:
        """Sanitized HTML, or None where Python-Markdown left one of its inline placeholders in
        its output (\\x02...\\x03: a lone * between bold words, "**a** * [b](u) **c**", printed
        "<strong>\\x02kl</strong>wxh:0000\\x03" and lost the link)."""
        self._md.reset()
        html = self._md.convert(text)
        if "\x02" in html or "\x03" in html:
            return None
        if 'style="text-align: ' in html:  # a table column's alignment (|:-:|, |--:|) as a class nh3 keeps
            html = _ALIGN_RE.sub(r'class="align-\1"', html)
        html = nh3.clean(html, tags=TAGS, attributes=ATTRIBUTES, url_schemes=SCHEMES, allowed_classes=CLASSES,
                         link_rel="noopener noreferrer", strip_comments=True)
        html = _TH_RE.sub('<th scope="col"', html)
        if "<ol start=" in html:  # WeasyPrint ignores start (70.0): steps 3, 4 printed as 1, 2
            html = _OL_START_RE.sub(lambda m: f'{m[0][:-1]} style="counter-reset: list-item {int(m[1]) - 1}">', html)
        return TASK_ITEM_RE.sub(TASK_BOX, html) if "[ ] " in html else html


_COUNTER_STYLE_RE = re.compile(r' style="counter-reset: list-item -?[0-9]+"')


def web_lists(html: str) -> str:
    """A block's HTML for a web page: a numbered list that starts at 3 keeps ``start="3"``, which
    browsers follow, without the style attribute WeasyPrint needs (a site whose
    Content-Security-Policy forbids inline styles blocks every style attribute)."""
    return _COUNTER_STYLE_RE.sub("", html) if "counter-reset" in html else html


_LIST_MARKER_RE = re.compile(r"[ \t]*(?:[*+-]|\d{1,9}[.)])[ \t]+")


def _literal_emphasis(text: str) -> str:
    """``text`` with every * and _ escaped but list markers: what is shown when Python-Markdown
    fails on a block's emphasis (MarkdownRenderer.__call__)."""
    lines = []
    for line in text.split("\n"):
        marker = _LIST_MARKER_RE.match(line)
        head = marker[0] if marker else ""
        lines.append(head + re.sub(r"([*_])", r"\\\1", line[len(head):]))
    return "\n".join(lines)


# The inline Markdown of most handouts: **strong**, *emphasis* and [text](https://…) (or a link to
# another handout or section, [text](risks.md#when)) around text without other syntax, and
# citations like [1]. simple_inline() writes the HTML that Python-Markdown and nh3 write for these
# (tests/test_properties.py and test_web_build_reuse.py compare the two on generated text); anything
# else goes to Python-Markdown.
# &lt; is the translate stage's <; an underscore between two letters or digits is never emphasis
_TEXT = r"(?:[^*_`\\\[\]()<>&\x00-\x1f\x7f\x85\u2028\u2029\ue000-\uf8ff]|&lt;|(?<=[^\W_])_(?=[^\W_]))"
_INNER = rf"(?:{_TEXT}|[()])"  # inside emphasis, without brackets, a parenthesis is just text
# a link to another handout or a section (xref.py): "risks.md", "risks.md#when", "#dosing"
_RELATIVE = r"(?:[A-Za-z0-9][A-Za-z0-9_-]*\.md)?#[A-Za-z0-9_-]+|[A-Za-z0-9][A-Za-z0-9_-]*\.md"
_SIMPLE_RE = re.compile(
    rf"\*\*(?P<strong>(?! ){_INNER}+?(?<! ))\*\*(?!\*)"
    rf"|\*(?P<em>(?! ){_INNER}+?(?<! ))\*(?!\*)"
    rf"|\[(?P<label>{_TEXT}+)\]\((?P<url>https?://[^\s()<>\"'`*\\\[\]&]+|{_RELATIVE})\)"
    rf"|(?P<text>(?:{_TEXT}|\((?!\))|\)|\[{_TEXT}*\](?!\())+)"
)


def simple_inline(text: str) -> str | None:
    """The HTML of ``text`` if it is made only of the simple inline syntax above, else None."""
    if _inline_unsafe(text):
        return None
    return _simple_inline(text)


def _simple_inline(text: str) -> str | None:
    """``simple_inline`` of a text that is not ``_inline_unsafe`` (MarkdownRenderer._inline looked)."""
    if not text or text[-1].isspace() or "![" in text:  # "![": an image
        return None
    out, pos = [], 0
    for m in _SIMPLE_RE.finditer(text):
        if m.start() != pos:
            return None
        if m["strong"] is not None:
            out.append(f"<strong>{m['strong']}</strong>")
        elif m["em"] is not None:
            out.append(f"<em>{m['em']}</em>")
        elif m["url"] is not None:
            out.append(f'<a href="{m["url"]}" rel="noopener noreferrer">{m["label"]}</a>')
        else:
            out.append(m["text"])
        pos = m.end()
    return "".join(out).replace("\u00a0", "&nbsp;") if pos == len(text) else None


def render_blocks(localized: Localized, renderer: MarkdownRenderer) -> list[RenderedBlock]:
    """Every block of a localized handout as safe HTML; untranslated draft text keeps its language;
    headings have their anchors (xref.py), the same in every language."""
    handout, lang = localized.handout, localized.lang
    anchors = iter(xref.heading_ids(handout))
    out, section = [], 1  # the title is the h1
    for block, parts in zip(handout.blocks, localized.parts, strict=True):
        kinds = tuple(p.kind if isinstance(p, Segment) else None for p in block.parts)
        html = xref.mark(media.mark(status_spans(renderer.block(block.kind, parts, kinds), handout.doc.lang, lang),
                                    handout.doc, lang), handout, lang)
        if block.kind == "heading" and block.segments:
            html = xref.add_heading_id(html, next(anchors))
        if "://" in html:
            html = link_bare_urls(html)
        if "<td" in html or "<th" in html:  # after the links: a <wbr> in an address would cut it
            html = breakable_cells(html)
        if "<a href" in html:
            html = _ADDRESS_LINK_RE.sub(_address_link, html)
        if block.kind == "image" and len(block.segments) == 2:  # a picture and its caption
            html = _FIGURE_RE.sub(r"<figure>\1<figcaption>\2</figcaption></figure>", html)
        if block.kind == "heading" and (heading := _HEADING_LEVEL_RE.match(html)):
            section = int(heading[1])
        callout = None
        match = CALLOUT_RE.match(html) if block.kind == "callout" else None
        if match:
            callout, html = match.group(1), match.group(2)
        out.append(RenderedBlock(block.kind, callout, Markup(html), min(section + 1, 6) if callout else 0))
    return out


_HEADING_LEVEL_RE = re.compile(r"\s*<h([1-6])[ >]")
_WEB_URL_RE = re.compile(r"\bhttps?://(?:(?!&[lg]t;)[^\s<>\[\]\"'])+")


def link_bare_urls(html: str) -> str:
    """A web address written bare in the text ("Visit https://example.org/help.") is a link that
    shows itself, as GitHub makes it: Python-Markdown left it text a phone reader cannot tap. Only
    in text (xref.in_text: not in a tag, a link or code); a sentence's closing punctuation stays outside."""
    return _WEB_URL_RE.sub(lambda m: _bare_link(m) if xref.in_text(html, m.start()) else m[0], html)


def _bare_link(m: re.Match[str]) -> str:
    url = bare_url(m[0])
    rest = m[0][len(url):]
    if url.endswith("&amp"):  # an entity cut by the trailer rule
        return m[0]
    return f'<a href="{url}" class="bare" rel="noopener noreferrer">{url}</a>{rest}'


_FIGURE_RE = re.compile(r"^\s*<p>(<img [^>]*>)</p>\s*<p>(.*)</p>\s*$", re.S)
_ADDRESS_LINK_RE = re.compile(
    r'<a href="(mailto:|tel:|https?://)([^"]*)"( rel="noopener noreferrer">)((?:(?!</a>)[^\x00])*)</a>')
_NOT_DIGIT_RE = re.compile(r"\D")
_TAG_RE = re.compile(r"<[^>]*>")


def _address_link(m: re.Match[str]) -> str:
    """Print where a link goes (edu.css): a link that shows its own address ("<https://…>",
    "<help@example.org>", "[555-0100](tel:+15550100)") is "bare", so paper does not print it twice;
    an email or phone link with words ("email [the team](mailto:…)", "[call us](tel:…)") gets its
    address, which paper prints after the words."""
    scheme, address, rel, html = m.groups()
    text = _TAG_RE.sub("", html) if "<" in html else html  # the words, without **bold** or *italic*
    if scheme == "tel:":
        digits = _NOT_DIGIT_RE.sub("", text)  # "555-0100" shows +15550100
        bare = len(digits) >= 3 and _NOT_DIGIT_RE.sub("", address).endswith(digits)
    else:
        bare = text in (address, scheme + address) or (scheme != "mailto:" and text == address.rstrip("/"))
    if bare:
        added = ' class="bare"'
    elif scheme == "tel:":
        added = f' data-address="{phone_text(address)}"'
    elif scheme == "mailto:":
        added = f' data-address="{address.partition("?")[0]}"'
    else:
        return m[0]  # a web link with words: edu.css prints its href
    return f'<a href="{scheme}{address}"{added}{rel}{html}</a>'


def phone_text(address: str) -> str:
    """A tel: address as paper prints it after a link's words, as people read a number: "+15550100199"
    is "+1 555-010-0199", "+34-91-123-45-67" is "+34 91 123 45 67", ";ext=4" is " ext. 4" (the
    address itself, a run of digits, is hard to read and to dial from the page)."""
    number, _, params = address.partition(";")
    extension = re.search(r"(?:^|;)ext=([0-9]+)", params)
    if re.fullmatch(r"\+1[0-9]{10}", number):
        shown = f"+1 {number[2:5]}-{number[5:8]}-{number[8:]}"
    else:
        shown = " ".join(re.split(r"[-.()\s]+", number)).strip()
    return shown + (f" ext. {extension.group(1)}" if extension else "")


_TEXT_RE = re.compile(r">([^<]+)<")
_LONG_RUN_RE = re.compile(r"[^\s&;]{31,}")


def breakable_cells(html: str) -> str:
    """A table's HTML with a line-break opportunity (<wbr>) every 20 characters of a run of 31 or
    more without a space (a long word or address a translator typed): a table sizes its columns by
    their longest unbreakable run, and one such run pushed the last column off the printed page.
    (CSS "overflow-wrap: anywhere" on the cells does the same, but made WeasyPrint's table layout
    six times slower on the side-by-side editions.)"""
    def text(m: re.Match[str]) -> str:
        if len(m[1]) < 31:
            return m[0]
        return ">" + _LONG_RUN_RE.sub(lambda w: "<wbr>".join(w[0][i:i + 20] for i in range(0, len(w[0]), 20)),
                                      m[1]) + "<"
    return _TEXT_RE.sub(text, html)


_TABLE_RE = re.compile(r"<table>.*?</table>", re.S)


def scrollable_tables(html: str, names: Iterator[str]) -> str:
    """A web page's tables, each in a box of its own that scrolls sideways when the table is wider
    than the screen (screen.css), so the page reflows at 320 CSS px (WCAG 1.4.10) without the
    table's columns being squeezed to a letter a line. The box is a region named ``next(names)``
    ("Table 2", in the page's language) that the keyboard can reach to scroll it (axe:
    scrollable-region-focusable). Print editions keep their tables bare: paper does not scroll."""
    return _TABLE_RE.sub(lambda m: f'<div class="table-scroll" role="region" aria-label="{escape(next(names))}" '
                                   f'tabindex="0">{m[0]}</div>', html)


STATUS_RE = re.compile(f"{OPEN}([utf])([^{SEP}]*){SEP}")
STATUS_CLASS = {"u": "untranslated", "f": "fuzzy", "t": "translated"}


def status_spans(html: str, src: str, lang: str = "") -> str:
    """Turn the translate stage's markers into spans: source-language text keeps its ``lang`` (and
    its direction, on a page of the other direction: English left to right on an Arabic page)."""
    direction = text_direction(src)
    turn = f' dir="{direction}"' if lang and direction != text_direction(lang) else ""

    def opening(match: re.Match[str]) -> str:
        status, where = match.group(1), escape(match.group(2))
        lang = f' lang="{src}"{turn}' if status != "t" else ""
        return f'<span{lang} class="{STATUS_CLASS[status]}" data-where="{where}">'

    return STATUS_RE.sub(opening, html).replace(CLOSE, "</span>")


def inline_html(text: str, renderer: MarkdownRenderer) -> Markup:
    """A title or summary: inline Markdown only, draft markers kept as language spans."""
    text = MARK_RE.sub("", text)
    if is_plain(text):
        return Markup(text.replace("\u00a0", "&nbsp;"))
    html = renderer(text)
    return Markup(re.sub(r"^<p>(.*)</p>$", r"\1", html.strip(), flags=re.S))
