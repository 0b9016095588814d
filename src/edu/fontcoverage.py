"""QA stage: whether the fonts draw every character the handouts print, and reach the pages at all.

In: Settings (the project's fonts and templates), each catalog and each handout's source text,
and the characters the fonts cover (glyphs.coverage). Out: glyph Problems, the first entry or
segment with a character no font has (one per catalog, one per handout: the rest are counted),
and a fonts Problem when no template prints ``{{ font_stack }}``, so no page asks for the
project's fonts. glyphs.py finds the characters (a build uses it too); this module only places
what it finds for ``edu check``.
"""

from __future__ import annotations

import re

from babel.messages.catalog import Catalog

from .config import Settings
from .findings import WARNING
from .glyphs import consequence, describe, uncovered
from .model import Handout
from .problems import Edition, Problem, Report
from .tomllines import line_of

_PRINTS_STACK = re.compile(r"\{\{-?\s*font_stack\b")


def check_font_stack(settings: Settings) -> list[Problem]:
    """fonts: the project's fonts reach a page only through ``{{ font_stack }}`` in its stylesheet
    (templates copied before there was one name the shipped fonts alone), and the glyph check
    counts them as drawn."""
    if not settings.fonts:
        return []
    for path in settings.templates_dir.rglob("*"):
        if path.suffix in (".css", ".html") and _PRINTS_STACK.search(path.read_text("utf-8", errors="replace")):
            return []
    line = line_of((settings.root / "pyproject.toml").read_text(encoding="utf-8"), "fonts") or 0
    return [Problem("pyproject.toml", line, WARNING, "fonts", "no template prints {{ font_stack }}, so no page asks "
                    "for these fonts: write `font-family: {{ font_stack }}, sans-serif;` in templates/edu.css")]


def _glyph_problem(path: str, line: int, here: list[str], every: set[str], where: str) -> Problem:
    total = f"; {len(every)} such characters in all in this {where}" if len(every) > len(here) else ""
    return Problem(path, line, WARNING, "glyph", f"{describe(here)}, {consequence(len(here))}{total}")


def glyphs_of_catalog(catalog: Catalog, path: str, report: Report, covered: frozenset[int]) -> None:
    """glyph: the first entry with a character no font has (one warning per catalog)."""
    first: tuple[int, list[str]] | None = None
    every: set[str] = set()
    for message in catalog:
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, (tuple, list)) else (message.string,)
        chars = uncovered("".join(s or "" for s in strings), covered)
        if chars:
            first = first or (message.lineno or 0, chars)
            every.update(chars)
    if first is not None:
        report.general.append(_glyph_problem(path, first[0], first[1], every, "catalog"))


def glyphs_of_source(handout: Handout, edition: Edition, covered: frozenset[int]) -> None:
    """glyph: the same in a handout's source text (one warning per handout)."""
    found = [(segment.line, chars) for segment in handout.segments if (chars := uncovered(segment.text, covered))]
    if found:
        every = set().union(*(chars for _line, chars in found))
        edition.problems.append(_glyph_problem(handout.doc.path.as_posix(), found[0][0], found[0][1], every,
                                               "handout"))
