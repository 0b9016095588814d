"""The fonts handouts are printed with: the shipped ones, then the project's own.

The shipped fonts come from PyPI packages, not the machine: Atkinson Hyperlegible (made for low
vision readers), then Noto Sans for what it lacks (Greek, Cyrillic, Vietnamese, symbols). They
have no Arabic, Hebrew, Chinese, Japanese, Korean or Indic script, so a project that publishes in
such a language lists font files of its own under ``templates/`` in ``fonts`` of ``[tool.edu]``.
Their families come after the shipped ones in every page's font stack, so each character is
drawn by the first font that has it: English and Spanish keep Atkinson Hyperlegible, and an
Arabic letter comes from the project's Arabic font, never from whatever the machine has.
Fonts listed for one language in ``[tool.edu.language_fonts]`` come first for text in that
language (simplified and traditional Chinese share code points, not the shapes of characters).

One list of faces serves everything that needs fonts: the @font-face rules of PDFs (embedded)
and web pages (``build/assets/fonts/``, which load some of them: webfonts.py), the stack in
``templates/edu.css``, the glyph check and the fingerprint that decides when a PDF is out of date.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib.util import find_spec
from pathlib import Path

from .config import Settings
from .errors import SourceError

SHIPPED = (  # (family, package, file, weight, style)
    ("Atkinson Hyperlegible", "fontpkg_atkinson_hyperlegible", "AtkinsonHyperlegible-Regular.ttf", 400, "normal"),
    ("Atkinson Hyperlegible", "fontpkg_atkinson_hyperlegible", "AtkinsonHyperlegible-Bold.ttf", 700, "normal"),
    ("Atkinson Hyperlegible", "fontpkg_atkinson_hyperlegible", "AtkinsonHyperlegible-Italic.ttf", 400, "italic"),
    ("Atkinson Hyperlegible", "fontpkg_atkinson_hyperlegible", "AtkinsonHyperlegible-BoldItalic.ttf", 700,
     "italic"),
    ("Noto Sans", "fontpkg_noto_sans", "NotoSans[wdth,wght].ttf", 400, "normal"),
)
WEB_FAMILY = "Atkinson Hyperlegible"  # the shipped family every web page loads (the others: webfonts.py)
FONT_SUFFIXES = (".ttf", ".otf")  # what Pango (PDFs) and every browser (web pages) read as they are


@dataclass(frozen=True)
class Face:
    """One font file and the family, weight and style it is for."""

    family: str
    path: Path
    weight: int  # 100-900
    style: str  # "normal" or "italic"
    shipped: bool = True  # from a PyPI package; False: the project's (under templates/)


def shipped_faces() -> list[Face]:
    return [Face(family, _package_folder(package) / "files" / name, weight, style)
            for family, package, name, weight, style in SHIPPED]


@cache
def _package_folder(package: str) -> Path:
    """The folder of an installed font package, found without importing it: importlib.resources,
    which did, loads tempfile, shutil and zipfile with it (about 12 ms of a build with nothing to do)."""
    spec = find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(f"No module named {package!r}", name=package)
    return Path(spec.submodule_search_locations[0])


def faces(settings: Settings) -> list[Face]:
    """Every face, in the order of the font stack: the shipped ones, then the project's."""
    return shipped_faces() + project_faces(settings)


def project_faces(settings: Settings) -> list[Face]:
    """The faces of the font files in ``fonts`` and ``language_fonts`` (checked by config: under
    templates/, .ttf or .otf)."""
    paths = [settings.root / name for name in settings.font_files]
    return list(_read_faces(tuple((p, *_stamp(p)) for p in paths), settings.root))


def _stamp(path: Path) -> tuple[int, int]:
    try:
        stat = path.stat()
    except OSError:
        return (-1, -1)
    return (stat.st_size, stat.st_mtime_ns)


@cache
def _read_faces(stamped: tuple[tuple[Path, int, int], ...], root: Path) -> tuple[Face, ...]:
    """Family, weight and style from each file's own tables (read again when a file changes)."""
    from fontTools.ttLib import TTFont, TTLibError  # WeasyPrint's dependency; only for projects with fonts

    out = []
    for path, _size, _mtime in stamped:
        where = path.relative_to(root).as_posix()
        try:
            with path.open("rb") as file, TTFont(file, lazy=True, fontNumber=0) as font:
                family = font["name"].getBestFamilyName() if "name" in font else None
                os2 = font.get("OS/2")
                weight = int(os2.usWeightClass) if os2 is not None else 400
                weight = weight * 100 if 1 <= weight <= 9 else weight  # some old fonts count 1-9
                italic = bool(os2.fsSelection & 1) if os2 is not None else bool(font["head"].macStyle & 2)
                if "cmap" not in font or not font.getBestCmap():
                    raise SourceError("the font has no character map (cmap): it cannot draw any text", where)
        except SourceError:
            raise
        except (TTLibError, OSError, KeyError, AssertionError, ValueError, TypeError) as exc:
            raise SourceError(f"cannot read the font: {exc or type(exc).__name__}", where) from exc
        family = " ".join((family or "").split())  # one line: it is printed in CSS strings
        if not family:
            raise SourceError("the font has no family name (name table, ID 1 or 16)", where)
        out.append(Face(family, path, min(max(weight // 100 * 100, 100), 900),
                        "italic" if italic else "normal", shipped=False))
    return tuple(out)


def stack(all_faces: list[Face]) -> str:
    """The families of the font stack, in order, once each: ``"Atkinson Hyperlegible", "Noto Sans"``."""
    from .templating import css_quoted  # loaded by then: only pages print fonts

    return ", ".join(css_quoted(family) for family in dict.fromkeys(f.family for f in all_faces))


def language_rules(settings: Settings, all_faces: list[Face]) -> str:
    """CSS that gives the text of each language in ``language_fonts`` its own stack: the shipped
    families, then that language's fonts, then the other project fonts. An element with that
    ``lang`` (a page, a side-by-side cell, a passage) and what it holds are drawn with it, so a
    character simplified and traditional Chinese share takes the shape its reader expects."""
    from .templating import css_quoted

    rules = []
    for lang, names in settings.language_fonts:
        own = {settings.root / name for name in names}
        first = [f for f in all_faces if f.shipped] + [f for f in all_faces if not f.shipped and f.path in own]
        ordered = first + [f for f in all_faces if f not in first]
        rules.append(f"[lang={css_quoted(lang)}] {{ font-family: {stack(ordered)}, sans-serif; }}")
    return "\n".join(rules)


def face_css(all_faces: list[Face], url_of: Callable[[Face], str],
             weight_of: Callable[[Face], str] = lambda face: str(face.weight), display: str = "",
             form: str = "") -> str:
    """@font-face rules; ``url_of(face)`` is the URL of its file, ``weight_of(face)`` its font-weight,
    ``display`` its font-display (web pages: "swap"), ``form`` its format (web pages: "woff2")."""
    from .templating import css_quoted

    shown = f" font-display: {display};" if display else ""
    given = f" format({css_quoted(form)})" if form else ""
    return "\n".join(
        f"@font-face {{ font-family: {css_quoted(f.family)}; src: url({css_quoted(url_of(f))}){given}; "
        f"font-weight: {weight_of(f)}; font-style: {f.style};{shown} }}"
        for f in all_faces)


def on_web(face: Face) -> bool:
    """Whether web pages load this face from build/assets/fonts/ whatever they print: the main
    shipped family, and every project font (a browser downloads a font of the stack only for a
    character the fonts before it lack); the other shipped ones only if needed (webfonts.py)."""
    return face.family == WEB_FAMILY or not face.shipped
