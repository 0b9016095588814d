"""Settings, the font files: ``fonts`` and ``[tool.edu.language_fonts]`` of pyproject.toml, checked.

In: a TOML value and the project folder (config.py's ``load_settings`` calls these); out: the font
files, as paths under templates/ relative to the project, or None after reporting each problem
through ``error``. The files are the project's fonts (fonts.py): they shape every page and PDF.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any


def font_files_of(fonts: tuple[str, ...], by_lang: tuple[tuple[str, tuple[str, ...]], ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys([*fonts, *(name for _lang, names in by_lang for name in names)]))


def read_fonts(root: Path, fonts: Any, error: Callable[[str], None]) -> tuple[str, ...] | None:
    """A list of font files (``fonts``, or one language's in ``language_fonts``), or None after
    reporting what is wrong with it."""
    if not isinstance(fonts, list) or not all(isinstance(x, str) for x in fonts):
        error('must be a list of font files under templates/, such as ["templates/fonts/NotoNaskhArabic.ttf"]')
        return None
    problems = [problem for name in fonts if (problem := _font_problem(root, name))]
    if len({Path(name).name for name in fonts}) < len(fonts):
        problems.append("two entries have the same file name (web pages load them from one folder)")
    for problem in problems:
        error(problem)
    return None if problems else tuple(fonts)


def read_language_fonts(root: Path, table: Any, languages: tuple[str, ...] | None,
                        error: Callable[[str], None]) -> tuple[tuple[str, tuple[str, ...]], ...] | None:
    """``[tool.edu.language_fonts]``: ``zh-Hant = ["templates/fonts/NotoSansTC.otf"]``. Text in that
    language is drawn with these fonts before the other project fonts: simplified and traditional
    Chinese (and Japanese) share code points but not the shapes of their characters."""
    if not isinstance(table, dict):
        error('must be a table of languages and their font files, such as zh-Hant = ["templates/fonts/X.otf"]')
        return None
    out, ok = [], True
    for lang, names in table.items():
        if languages is None:  # `languages` is wrong, and said so
            return None
        if lang not in languages:
            error(f"{lang!r} is not one of the languages in [tool.edu]: {', '.join(languages)}")
            ok = False
            continue
        files = read_fonts(root, names, functools.partial(_prefixed, error, f"{lang}: "))
        ok = ok and files is not None
        out.append((lang, files or ()))
    order = {lang: n for n, lang in enumerate(languages or ())}
    return tuple(sorted(out, key=lambda pair: order[pair[0]])) if ok else None


def _prefixed(error: Callable[[str], None], prefix: str, message: str) -> None:
    error(prefix + message)


def _font_problem(root: Path, name: str) -> str | None:
    """Why a ``fonts`` entry cannot be used, if it cannot: the renderer reads only inside
    templates/ (no ``..``, no symlink out), and Pango and browsers read .ttf and .otf files."""
    from .fonts import FONT_SUFFIXES, SHIPPED

    path = root / name
    templates = (root / "templates").resolve()
    if Path(name).is_absolute() or not path.resolve().is_relative_to(templates):
        return f"{name!r} is not under templates/ (the renderer reads nothing else)"
    if Path(name).suffix.lower() not in FONT_SUFFIXES:
        return f"{name!r} is not a .ttf or .otf file"
    if not path.is_file():
        return f"{name!r}: no such file"
    if path.name in {file for _family, _package, file, _weight, _style in SHIPPED}:
        return f"{name!r} has the name of a shipped font file: rename it"
    return None
