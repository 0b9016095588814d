"""Links between handouts and to their sections, written as any Markdown editor follows them:
``[the clinician handout](anakinra-clinician.md)``, ``[when to call](#when-should-i-call)`` or both
(``other.md#when-should-i-call``).

A path is relative to the handout's file; a section is named by its heading in the source
language, as GitHub and VS Code name it (lower case, punctuation dropped, spaces as hyphens), so
every edition has the same anchors whatever its translation says. Load time checks each link
(``check_links``): a handout or a section that does not exist, a file that is not a handout and an
address the pages cannot open (``javascript:``, ``file:``) are located errors; before, a ``.md``
link was broken on every web page and printed this machine's path into the PDF.

Rendering marks a link to a handout as ``edu-handout:<language>:<path under content/>#section``;
each page points it at what the reader can open (``resolve``): a web page at that handout's page in
the same language, or in its original language when it has no translation yet, or at nothing (the
words stay, without a link) when the handout is not published; a PDF links that web page by its
whole address when the project says where its site is (``site_url``), else keeps the words only
(a relative link in a PDF opens nothing reliably).
"""

from __future__ import annotations

import difflib
import posixpath
import re
from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet
from html import escape
from typing import TypeAlias
from urllib.parse import unquote

from .errors import SourceError
from .model import Handout
from .prose import CITATION, cited, links
from .readability import strip_markdown

SCHEME = "edu-handout:"
WEB_SCHEMES = ("https", "http", "mailto", "tel")
# ids the shipped templates give their own elements
RESERVED_IDS = frozenset({"main", "sources-heading", "related-heading"})
# A citation's name for a screen reader, from (its numbers as written: "4–6", every number it names).
CitationName: TypeAlias = Callable[[str, list[int]], str]
_HAS_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
_HREF_RE = re.compile(r'(<a\b[^>]*?\bhref=")([^"#][^"]*)(")')
_MARKED_RE = re.compile(rf'<a\b[^>]*?\bhref="{SCHEME}([^:"]*):([^"#]*)(#[^"]*)?"[^>]*>(.*?)</a>', re.S)
_HEADING_RE = re.compile(r"<h([1-6])>")
_NOT_IN_ANCHOR = re.compile(r"[^\w\- ]")


def anchor(text: str) -> str:
    """A heading's anchor as GitHub writes it: "What should I bring?" -> "what-should-i-bring"."""
    return _NOT_IN_ANCHOR.sub("", strip_markdown(text).lower()).replace(" ", "-")


_KNOWN_IDS: dict[int, tuple[Handout, list[str]]] = {}  # id -> (handout, kept so that its id stays its own; ids)


def heading_ids(handout: Handout) -> list[str]:
    """The anchor of each heading of the handout that has words, in order; a repeated one gets
    -1, -2 (as on GitHub), and so does one the page templates use themselves. Worked out once
    per handout: every edition of it asks."""
    known = _KNOWN_IDS.get(id(handout))
    if known is None:
        if len(_KNOWN_IDS) > 4096:  # `edu serve` loads the handouts again after each change
            _KNOWN_IDS.clear()
        known = _KNOWN_IDS[id(handout)] = (handout, _heading_ids(handout))
    return known[1]


def _heading_ids(handout: Handout) -> list[str]:
    used = set(RESERVED_IDS) | {source_id(n) for n in range(1, len(handout.doc.meta.references) + 1)}
    ids = []
    for block in handout.blocks:
        if block.kind == "heading" and block.segments:
            base = anchor(block.segments[0].text) or "section"
            name, n = base, 0
            while name in used:
                n += 1
                name = f"{base}-{n}"
            used.add(name)
            ids.append(name)
    return ids


def check_links(handouts: Sequence[Handout]) -> list[SourceError]:
    """A located error for each link of a handout that no page can follow."""
    by_path = {h.doc.path.as_posix(): h for h in handouts}
    errors = []
    for handout in handouts:
        for segment in handout.segments:
            if "](" not in segment.text:
                continue
            for image, target in links(segment.text):
                if image:
                    continue
                problem = _problem(target, handout, by_path)
                if problem:
                    errors.append(SourceError(f"link {target!r}: {problem}", handout.doc.path, segment.line))
    return errors


def _problem(target: str, handout: Handout, by_path: dict[str, Handout]) -> str | None:
    scheme = _HAS_SCHEME.match(target)
    if scheme:
        if scheme[1].lower() in WEB_SCHEMES:
            return None
        return f"a page can open only {', '.join(s + ':' for s in WEB_SCHEMES)} addresses"
    path, _, section = target.partition("#")
    linked = handout
    if path:
        if not path.endswith(".md") or path.startswith("/"):
            return ("not a handout: link another handout by its file (other.md, relative to this one) "
                    "or a web address (https://…)")
        rel = _path_of(handout, path)
        if rel not in by_path:
            return f"no handout {rel}{_closest(handout, path, by_path)}"
        linked = by_path[rel]
    section = unquote(section)  # "#caso-cl%C3%ADnico" names "caso-clínico"
    if section and section not in heading_ids(linked):
        where = "this handout" if linked is handout else linked.doc.path.as_posix()
        names = ", ".join(f"#{name}" for name in heading_ids(linked)) or "none: it has no headings"
        return f"no heading of {where} has the anchor #{section} (its anchors: {names})"
    return None


def _closest(handout: Handout, path: str, by_path: dict[str, Handout]) -> str:
    """A hint naming the handout renamed from ``path`` (its ``moved_from``), else the one whose
    link is closest to it (a typo), as the linking handout would write it; "" when none is close."""
    here = handout.doc.path.parent.as_posix()
    old = posixpath.basename(unquote(path)).removesuffix(".md")
    renamed = next((h for h in by_path.values() if old in h.doc.meta.moved_from), None)
    if renamed is not None:
        new = posixpath.relpath(renamed.doc.path.as_posix(), here)
        return (f" ({old}.md was renamed {new}: moved_from at {renamed.doc.path.as_posix()}:"
                f"{renamed.doc.meta.lines.get('moved_from', 1)})")
    links = [posixpath.relpath(rel, here).removesuffix(".md") for rel in by_path]  # ".md" alone is no likeness
    close = difflib.get_close_matches(unquote(path).removesuffix(".md"), links, n=1)
    return f" (did you mean {close[0] + '.md'!r}?)" if close else ""


def _path_of(handout: Handout, path: str) -> str:
    """A handout's relative link as the path of the linked file from the project root."""
    return posixpath.normpath(posixpath.join(handout.doc.path.parent.as_posix(), unquote(path)))


def relinked(handout: Handout, old: str, new: str, paths: AbstractSet[str]) -> dict[str, str]:
    """The handout links of ``old`` (a translation) to a file that is no longer a handout, each with
    the link ``new`` (its source) has in its place: ``{"extra.md": "extras.md"}`` for a handout
    renamed. Empty unless every such link has one replacement (an existing handout of ``paths``)."""
    def files(text: str) -> list[str]:
        found = (target.partition("#")[0] for image, target in links(text) if not image)
        return list(dict.fromkeys(f for f in found if f.endswith(".md") and not _HAS_SCHEME.match(f)))

    before, after = files(old), files(new)
    gone = [f for f in before if f not in after and _path_of(handout, f) not in paths]
    fresh = [f for f in after if f not in before and _path_of(handout, f) in paths]
    return dict(zip(gone, fresh, strict=True)) if gone and len(gone) == len(fresh) else {}


def add_heading_id(html: str, name: str) -> str:
    """The heading block's HTML with its anchor."""
    return _HEADING_RE.sub(lambda m: f'<h{m[1]} id="{name}">', html, count=1)


def mark(html: str, handout: Handout, lang: str) -> str:
    """Point the links to other handouts of a block rendered in ``lang`` at ``edu-handout:``."""
    if ".md" not in html:
        return html

    def marked(m: re.Match[str]) -> str:
        href = m[2].replace("&amp;", "&")
        rel = _linked(handout, href)
        if rel is None:
            return m[0]
        section = href.partition("#")[2]
        return f"{m[1]}{SCHEME}{lang}:{rel}{'#' + section if section else ''}{m[3]}"

    return _HREF_RE.sub(marked, html)


def _linked(handout: Handout, target: str) -> str | None:
    """The path under content/ (``en/other.md``) of the handout a link points at; None for any other link."""
    path = target.partition("#")[0]
    if not path.endswith(".md") or _HAS_SCHEME.match(path):
        return None
    return _path_of(handout, path).removeprefix("content/")


def _slug(rel: str) -> str:
    return posixpath.splitext(posixpath.basename(rel))[0]


def targets(handout: Handout, lang: str, published: AbstractSet[tuple[str, str]]) -> list[tuple[str, str]]:
    """(slug, language of the page it opens, "" for none) of each handout ``handout`` links to,
    read in ``lang``: what its web pages depend on besides their own text."""
    found = {}
    for segment in handout.segments:
        if ".md" in segment.text and "](" in segment.text:
            for image, target in links(segment.text):
                rel = None if image else _linked(handout, target)
                if rel is not None:
                    found[rel] = _opens(lang, rel, published)
    return sorted((_slug(rel), opens) for rel, opens in found.items())


def _opens(lang: str, rel: str, published: AbstractSet[tuple[str, str]]) -> str:
    """The language of the page a link to handout ``rel`` (under content/) opens from a page in
    ``lang``: that language's, else the handout's original's, else none ("")."""
    return next((x for x in (lang, rel.split("/")[0]) if (_slug(rel), x) in published), "")


def resolve(html: str, for_pdf: bool, published: AbstractSet[tuple[str, str]], site_url: str = "") -> str:
    """Point ``edu-handout:`` links at what the page can open (see the module's text); a PDF links
    the web page whole when the project says where its site is (``site_url``), and a web page's
    link carries that whole address too (``data-address``), which a browser prints after the words
    (edu.css), as the PDF does: the relative link meant nothing on paper."""
    if SCHEME not in html:
        return html

    def resolved(m: re.Match[str]) -> str:
        lang, rel, section, words = m[1], m[2], m[3] or "", m[4]
        opens = "" if for_pdf and not site_url else _opens(lang, rel, published)
        if not opens:
            return words
        page = f"{opens}/{_slug(rel)}.html{section}"
        if for_pdf:
            return f'<a href="{site_url}{page}"{_lang_attr(opens, lang)}>{words}</a>'
        address = f' data-address="{site_url}{page}"' if site_url else ""
        return f'<a href="../{page}"{_lang_attr(opens, lang)}{address}>{words}</a>'

    return _MARKED_RE.sub(resolved, html)


def _lang_attr(opens: str, lang: str) -> str:
    """A link to a page in another language says so (hreflang), as the language switcher does."""
    return f' hreflang="{opens}"' if opens != lang else ""


def source_id(number: int) -> str:
    """The id of the ``number``-th item of a page's list of sources (pages give it to templates/sources.html)."""
    return f"source-{number}"


_NO_LINK_INSIDE = (("<a ", "</a>"), ("<code", "</code>"))


def in_text(html: str, at: int) -> bool:
    """Whether position ``at`` of a block's HTML is text a link may be made of: not in a tag or an
    attribute (alt="…[1]"), not in a link, not in code (a look back, no parsing: blocks are short)."""
    if html.rfind("<", 0, at) > html.rfind(">", 0, at):
        return False
    return not any(html.rfind(opening, 0, at) > html.rfind(closing, 0, at) for opening, closing in _NO_LINK_INSIDE)


def link_citations(html: str, count: int, name: CitationName | None = None) -> str:
    """A citation in the text ("[3]", "[1][8]", "[4–6]") links to the source it names in the list
    under the text (``#source-3``) when the handout lists that many; never inside a tag, a link or code.
    ``name(written, numbers)`` is what the link is called for a screen reader ("Source 3"), its
    ``aria-label``: a bare "[3]" says nothing of where it goes. Its description (``aria-describedby``)
    is each source it cites, the list's item, which carries the language of the source's title: an
    aria-label has no language, and an English title in it was read with the page's Spanish voice."""
    if not count or "[" not in html:
        return html

    def linked(match: re.Match[str]) -> str:
        if not in_text(html, match.start()):
            return match[0]
        numbers = cited(match)
        if not all(1 <= n <= count for n in numbers):  # the build refused it already: never a dead link
            return match[0]
        label = name(match[1], numbers) if name else ""
        named = f' aria-label="{escape(label)}"' if label else ""
        described = " ".join(source_id(n) for n in dict.fromkeys(numbers))
        return (f'<a class="cite" href="#{source_id(numbers[0])}"{named} aria-describedby="{described}">'
                f'{match[0]}</a>')

    return CITATION.sub(linked, html)
