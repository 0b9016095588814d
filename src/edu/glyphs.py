"""Characters that none of the handouts' fonts can draw.

Every PDF embeds the shipped fonts (fonts.py: Atkinson Hyperlegible, then Noto Sans) and the
project's own (``fonts`` in [tool.edu]). A character in none of them, an Arabic or Chinese
translation without a font for it, an arrow or an emoji a translator typed, is drawn with
whatever font the machine has, so the same inputs give different PDFs on two machines, or as a
blank box on a machine with no such font: a handout a patient cannot read. ``edu check`` says
where each such character first appears; a build that renders PDFs with them warns.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from .fileversion import per_file_version
from .findings import plural
from .fonts import Face

_MARKUP_RE = re.compile(r"<(style|script)\b.*?</\1>|<!--.*?-->|<[^>]*>", re.DOTALL | re.IGNORECASE)


def coverage(faces: Iterable[Face]) -> frozenset[int]:
    """The code points the fonts have a glyph for (the union of every face): once per command."""
    return frozenset().union(*(_face_coverage(face.path) for face in faces))


@per_file_version()
def _face_coverage(path: Path) -> frozenset[int]:
    from fontTools.ttLib import TTFont  # a WeasyPrint dependency; only when a check asks

    with path.open("rb") as file, TTFont(file, lazy=True, fontNumber=0) as font:
        return frozenset(font.getBestCmap())


def uncovered(text: str, covered: frozenset[int]) -> list[str]:
    """The characters of ``text`` that need a glyph and have none in the fonts (``covered``, from
    ``coverage``), in order of code point (spaces, line breaks and other control or format
    characters need none)."""
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
    return (f"which no font of the handouts can draw: a PDF prints {them} with a font of this machine (so PDFs "
            f"differ between machines) or as {boxes}; add a font that has {them} to `fonts` in [tool.edu]")


def pdf_warnings(pages: dict[str, str], faces: list[Face]) -> list[str]:
    """One build warning for the PDFs (target -> page HTML) that print characters no font has."""
    covered = coverage(faces)
    found = {target: chars for target, text in sorted(pages.items())
             if uncovered(text, covered) and (chars := uncovered(page_text(text), covered))}  # markup is ASCII
    if not found:
        return []
    names = list(found)
    listed = ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")
    every = set().union(*found.values())
    verb = "contains" if len(names) == 1 else "contain"
    return [f"{plural(len(names), 'PDF')} ({listed}) {verb} {describe(every)}, {consequence(len(every))}; "
            "`edu check` says where"]
