"""QA: the checks of what a translation writes besides prose, errors all: link and image targets,
URLs and citations (``link``), Markdown markup (``markup``) and raw HTML (``html``). A translation
translates a link's words only, and keeps the source's Markdown, or the rendered handout changes
shape, links elsewhere or carries a script.

In: (source text, translation, Context). Out: ``Finding`` records (at most one per check and kind).
What is not prose (links, URLs, code spans, HTML) is found by prose.py.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from .findings import Context, Finding, counted, diff_message, finding
from .firstchars import quick
from .prose import (
    AUTOLINK,
    BARE_URL,
    CITATION,
    CODE_SPAN,
    LINK,
    MASK,
    RAW_HTML,
    bare_url,
    cited,
    links,
    mask_urls,
    visible,
)

if TYPE_CHECKING:
    from .render import MarkdownRenderer

MSGCAT_CONFLICT = "#-#-#-#-#"  # msgcat's lines around each of two differing translations of one entry
# Quick necessary conditions: a text for which these say False cannot give the check below a
# finding (tests/test_properties.py checks each on generated text). Substring tests first: a regex
# with alternatives is tried at every place of the text, and these run on every catalog entry.
_BLOCK_START = re.compile(r" {0,3}(?:[-+>#]|\d)")
# An underscore not between two letters or digits, as in {dose_ra}: "_" first in both alternatives
# (its lookbehind after it), so that a search looks only where an underscore is, not at every place.
_EMPHASIS_UNDERSCORE = re.compile(r"_(?<![^\W_]_)|_(?![^\W_])")


def _may_link(text: str) -> bool:
    return "[" in text or "<" in text or "://" in text or "www." in text.lower()


def _may_markup(text: str) -> bool:
    """A bracket matters only in a link ("]("); an underscore between two letters is never emphasis."""
    return ("*" in text or "`" in text or "|" in text or "\n" in text or "](" in text or "\\" in text or "~~" in text
            or _BLOCK_START.match(text) is not None
            or ("_" in text and _EMPHASIS_UNDERSCORE.search(text) is not None))


def _may_html(text: str) -> bool:
    if "<" in text or "&" in text or "=" in text:
        return True
    return ":" in text and ("script:" in text.lower() or "data:" in text.lower())


def _link_targets(text: str) -> Counter[str]:
    """Targets of links and images, autolinks and bare URLs (each pattern only where it can match)."""
    targets: list[str] = []
    if "](" in text:
        targets += [target for _, target in links(text)]
        text = LINK.sub(MASK, text)
    if "<" in text:
        targets += [m["url"] for m in AUTOLINK.finditer(text)]
        text = AUTOLINK.sub(MASK, text)
    if "://" in text or "www." in text:
        targets += [bare_url(m[0]) for m in BARE_URL.finditer(text)]
    return Counter(targets)


def check_link(src: str, tr: str, ctx: Context) -> list[Finding]:
    """Link and image targets and URLs stay as they are; only the link text is translated."""
    if not (_may_link(src) or _may_link(tr)):
        return []
    found = []
    a, b = _citations(visible(src)), _citations(visible(tr))  # "[20]" written "(20)" kept its number but lost its link
    if a != b:
        advice = "keep each citation in brackets as written: it links to the handout's list of sources"
        found.append(finding("link", diff_message("citation", a - b, b - a, advice)))
    a, b = _link_targets(src), _link_targets(tr)
    if a != b:
        advice = "keep link targets and URLs exactly as in the source; translate only the link text"
        found.append(finding("link", diff_message("link target", a - b, b - a, advice)))
    elif ("](" in src or "](" in tr) and not (_may_html(tr) and RAW_HTML.search(tr)):  # (raw HTML: the html check's)
        # the same targets written: are they links on the page?
        a, b = rendered_links(src), rendered_links(tr)
        if a != b:
            lost, added = a - b, b - a
            said = [f"{counted(lost)} {'is a link' if sum(lost.values()) == 1 else 'are links'} in the source but not "
                    "on the translation's page, which prints the brackets and the address as words"] if lost else []
            said += [f"{counted(added)} {'is a link' if sum(added.values()) == 1 else 'are links'} on the "
                     "translation's page but not in the source"] if added else []
            found.append(finding("link", f"{'; '.join(said)}: write each link as the source does, [words](address), "
                                 "with no backslash before the bracket"))
    return found


_HREF = re.compile(r'<(?:a|img)\b[^>]*?\s(?:href|src)="([^"]*)"')


@lru_cache(maxsize=1024)
def rendered_links(text: str) -> Counter[str]:
    """The addresses of the links and images the handouts' Markdown renderer makes of ``text``
    (render.py): "\\[words](a.md)" is no link there, only words and brackets. Asked only of a text
    with "](" (few entries), once per text. (A link become an image or the other way round is the
    markup check's.)"""
    return Counter(html.unescape(address) for address in _HREF.findall(_markdown()(text)))


@cache
def _markdown() -> MarkdownRenderer:
    from .render import MarkdownRenderer  # render.py reads translations (translate.py, checks.py): not at import

    return MarkdownRenderer()


def _citations(text: str) -> Counter[str]:
    """The sources cited, each as "[n]": "[4–6]" and "[4-6]", "[1][2]" and "[1, 2]" cite the same."""
    return Counter(f"[{n}]" for m in CITATION.finditer(text) for n in cited(m)) if "[" in text else Counter()


_DELIMITER = quick(r"(?<!\\)(?:\*+|_+)")
_BLOCK_MARKER = re.compile(
    r"^ {0,3}(?:(?P<item>[-*+]|\d{1,9}[.)])(?=\s|$)|(?P<heading>#{1,6})(?!#)|(?P<quote>>))",  # "#Title" too
    re.MULTILINE,
)
_BLOCK_NAMES = {
    "item": "a list marker",
    "heading": "a heading marker (#)",
    "quote": "a quote marker (>)",
}


def _emphasis(text: str) -> tuple[int, int]:
    """(bold, italic) delimiter counts; a lone * between spaces or _ inside a word is literal."""
    bold = italic = 0
    for m in _DELIMITER.finditer(text):
        before = text[m.start() - 1] if m.start() else " "
        after = text[m.end()] if m.end() < len(text) else " "
        if before.isspace() and after.isspace():
            continue
        if m[0][0] == "_" and before.isalnum() and after.isalnum():
            continue
        bold, italic = bold + len(m[0]) // 2, italic + len(m[0]) % 2
    return bold, italic


_BAR = re.compile(r"(?<!\\)\|")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _markup_counts(text: str) -> dict[str, int]:
    """How many of each kind of Markdown syntax a text has (each regex only where its character is)."""
    code = 0
    if "`" in text:
        text, code = CODE_SPAN.subn(MASK, text)
    found = links(text) if "](" in text else []
    markers = [m.lastgroup or "" for m in _BLOCK_MARKER.finditer(text)]
    prose = mask_urls(_BLOCK_MARKER.sub("", text) if markers else text)
    bold, italic = _emphasis(prose) if "*" in prose or "_" in prose else (0, 0)
    counts = {
        "bold markers (**)": bold,
        "italic markers (* or _)": italic,
        "code spans (`…`)": code,
        "links": sum(1 for image, _ in found if not image),
        "images": sum(1 for image, _ in found if image),
        "table-cell bars (|)": len(_BAR.findall(prose)) if "|" in prose else 0,
        "blank lines": len(_BLANK_LINE.findall(text)) if "\n" in text else 0,
    }
    for marker in markers:
        counts[_BLOCK_NAMES[marker]] = counts.get(_BLOCK_NAMES[marker], 0) + 1
    return counts


# A backslash the page prints ("n\\o"; "\\{dose}" prints "\\100 mg"), or one that turns markup into
# text ("\\`"); not one before * _ . - + # > | (a literal asterisk, "2024\\." at a line's start, a bar
# in a table cell: how a literal character is written where Markdown would read markup), nor one
# before a bracket, a parenthesis or "!", whose harm is a lost link (check_link renders the links).
_BACKSLASH = re.compile(r"\\(?![*_.+#>|\[\]()!-])")


def _added_marks(src: str, tr: str) -> list[str]:
    """What a translation writes that the source does not: "~~" (edu's Markdown has no strikethrough:
    the page prints the tildes) and backslashes (_BACKSLASH)."""
    said = []
    if "~~" in tr and tr.count("~~") > src.count("~~"):
        said.append(f"~~ (no strikethrough: the page prints the tildes): {src.count('~~')} in the source, "
                    f"{tr.count('~~')} in the translation")
    if "\\" in tr and (added := len(_BACKSLASH.findall(tr))) > (before := len(_BACKSLASH.findall(src))):
        said.append(f"backslashes (the page prints one before a letter, a digit or a {{fact}}): {before} in the "
                    f"source, {added} in the translation")
    return said


# The counts of _markup_counts that a link left out or added changes: the link check names that
# link (its address and what to do), so the markup check does not count it again, with advice
# ("escape a literal character") that does not apply: one slip, one error.
_LINK_COUNTS = ("links", "images")


def check_markup(src: str, tr: str, ctx: Context) -> list[Finding]:
    """Inline Markdown and block markers must match, or the rendered handout changes shape; nor may a
    translation add "~~" or a backslash the source does not have. A link or picture the link check
    reports (``check_link``) is not counted here too; a link written as a picture still is."""
    if MSGCAT_CONFLICT in tr and MSGCAT_CONFLICT not in src:
        return [finding("markup", "msgcat's conflict marker (#-#-#-#-#): two translations were merged into this one; "
                        "keep the right one and delete the markers and the other")]
    if not (_may_markup(src) or _may_markup(tr)):
        return []
    a, b = _markup_counts(src), _markup_counts(tr)
    told = _LINK_COUNTS if any(a[n] != b[n] for n in _LINK_COUNTS) and check_link(src, tr, ctx) else ()
    differences = [
        f"{name}: {a.get(name, 0)} in the source, {b.get(name, 0)} in the translation"
        for name in dict.fromkeys([*a, *b])
        if a.get(name, 0) != b.get(name, 0) and name not in told
    ]
    if "\\" in tr or "~~" in tr:
        differences += _added_marks(src, tr)
    if not differences:
        return []
    advice = "use the same Markdown as the source (escape a literal character with \\)"
    return [finding("markup", f"Markdown differs: {'; '.join(differences)}; {advice}")]


def check_html(src: str, tr: str, ctx: Context) -> list[Finding]:
    """Raw HTML, scripts, event handlers and entities may not enter through a translation."""
    if not _may_html(tr):
        return []
    added = Counter(m[0].lower() for m in RAW_HTML.finditer(tr))
    added -= Counter(m[0].lower() for m in RAW_HTML.finditer(src))
    if not added:
        return []
    message = (
        f"raw HTML in the translation that the source does not have: {counted(added)}; "
        "write plain text and Markdown only"
    )
    return [finding("html", message)]
