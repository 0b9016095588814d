"""Characters that no shipped font can draw.

Every PDF embeds the shipped fonts (pdf.py: Atkinson Hyperlegible, then Noto Sans). A character
in neither, an Arabic or Chinese translation, an arrow or an emoji a translator typed, is drawn
with whatever font the machine has, so the same inputs give different PDFs on two machines, or as
a blank box on a machine with no such font: a handout a patient cannot read. ``edu check`` says
where each such character first appears; a build that renders PDFs with them warns.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable
from functools import cache

from .findings import plural
from .pdf import font_files

_MARKUP_RE = re.compile(r"<(style|script)\b.*?</\1>|<!--.*?-->|<[^>]*>", re.DOTALL | re.IGNORECASE)


@cache
def shipped_coverage() -> frozenset[int]:
    """The code points the shipped fonts have a glyph for (the union of every face)."""
    from fontTools.ttLib import TTFont  # a WeasyPrint dependency; only when a check asks

    points: set[int] = set()
    for _family, path, _weight, _style in font_files():
        with TTFont(path, lazy=True) as font:
            points.update(font.getBestCmap())
    return frozenset(points)


def uncovered(text: str) -> list[str]:
    """The characters of ``text`` that need a glyph and have none in the shipped fonts, in order
    of code point (spaces, line breaks and other control or format characters need none)."""
    covered = shipped_coverage()
    return sorted(ch for ch in set(text) if ord(ch) not in covered and not ch.isspace()
                  and unicodedata.category(ch)[0] != "C")


def page_text(page_html: str) -> str:
    """The text a page prints: its HTML without tags, styles, scripts and comments."""
    return html.unescape(_MARKUP_RE.sub(" ", page_html))


def describe(chars: Iterable[str]) -> str:
    """``'ك' (U+0643 ARABIC LETTER KAF) and 27 more``"""
    chars = sorted(set(chars))
    first = chars[0]
    name = unicodedata.name(first, "unnamed character")
    more = f" and {len(chars) - 1} more" if len(chars) > 1 else ""
    return f"{first!r} (U+{ord(first):04X} {name}){more}"


def consequence(count: int) -> str:
    them, boxes = ("it", "a blank box") if count == 1 else ("them", "blank boxes")
    return (f"which no shipped font can draw: a PDF prints {them} with a font of this machine (so PDFs differ "
            f"between machines) or as {boxes}")


def pdf_warnings(pages: dict[str, str]) -> list[str]:
    """One build warning for the PDFs (target -> page HTML) that print characters no shipped font has."""
    found = {target: chars for target, text in sorted(pages.items())
             if uncovered(text) and (chars := uncovered(page_text(text)))}  # markup is ASCII: strip it if need be
    if not found:
        return []
    names = list(found)
    listed = ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")
    every = set().union(*found.values())
    verb = "contains" if len(names) == 1 else "contain"
    return [f"{plural(len(names), 'PDF')} ({listed}) {verb} {describe(every)}, {consequence(len(every))}; "
            "`edu check` says where"]
