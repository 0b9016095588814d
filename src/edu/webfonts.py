"""Page stage, fonts: the font files web pages load from build/assets/fonts/, and those made for them.

Every web page loads Atkinson Hyperlegible and the project's fonts (``fonts.on_web``). What Atkinson
Hyperlegible lacks, a PDF draws with Noto Sans: Vietnamese, Greek and Cyrillic letters, the β of
"IL-1β", the ⁹ of "10⁹/L". A web page left those to the reader's device: another font inside an
Atkinson word, different on every computer, or a box. Now, when the project's text holds such a
character, web pages load Noto Sans too, cut down to the characters it draws for the project (a few
kilobytes, the whole file is 2 MB), its weights and layout rules kept: web and print look alike. A
project whose text Atkinson Hyperlegible covers ships what it did.

The cut-down file is named after what it holds (``NotoSans-<digest>.woff2``): a browser never keeps
an older one, and the web pages, which name it, are made again when it changes (the build's
``Environment.web_fonts``). Cutting takes fontTools about 0.2 s, once per set of characters.

Every web font is served as WOFF2 (Brotli-compressed, every browser since 2016 reads it): Atkinson
Hyperlegible's regular face is 23 KB instead of 54 KB, so a page on a slow phone connection draws its
own letters sooner. PDFs embed the TTF files themselves. Compressing takes about 0.2 s CPU per file:
for Atkinson Hyperlegible's four faces, edu ships them compressed (``data/fonts/``, made by `make
woff2`), the same bytes the conversion gives, and serves them when a face's file is the one they were
made from (by its digest: another version of a font package's file is converted). A project's fonts and
the cut-down files are made in the build, once per build folder (the manifest keeps a file until a font
or a library changes).
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from .atomic import atomic_write
from .fileversion import per_file_version
from .fonts import Face, face_css, on_web, shipped_faces
from .glyphs import coverage, uncovered

_CUT = "2"  # 2: WOFF2  # the way files are cut down: a change here names every cut file anew


@dataclass(frozen=True)
class WebFont:
    """A font file web pages load from build/assets/fonts/."""

    face: Face  # the face it is, or is cut from
    name: str  # its file name in build/assets/fonts/ (``<stem>.woff2``)
    chars: str = ""  # the characters it is cut down to; "": every character of the face
    kept: Path | None = field(default=None, compare=False)  # a build folder in the project keeping it cut (font_file)


def web_fonts(faces: list[Face], printed: Iterable[str], kept: Path | None = None) -> list[WebFont]:
    """The fonts of web pages whose text holds the ``printed`` characters (Project.characters):
    the faces every page loads, and each other shipped face cut down to the characters it draws
    in PDFs, those the faces before it lack (a space, such as French's narrow no-break space,
    needs no glyph). ``kept``: the build folder inside the project where the cut files are kept
    for the next build (templating.StoredBytecode.kept)."""
    lacking = uncovered("".join(printed), coverage(f for f in faces if f.shipped and on_web(f)))
    fonts = []
    for face in faces:
        if on_web(face):
            fonts.append(WebFont(face, f"{face.path.stem}.woff2"))
            continue
        drawn = "".join(ch for ch in lacking if ord(ch) in coverage([face]))
        if drawn:
            fonts.append(WebFont(face, _cut_name(face, drawn), drawn, kept))
            lacking = [ch for ch in lacking if ch not in drawn]
    return fonts


def _cut_name(face: Face, chars: str) -> str:
    """``NotoSans-<digest>.woff2``: the family's file name and a digest of what the file holds."""
    stem = face.path.stem.split("[")[0]  # "NotoSans[wdth,wght]": the axes are kept, not named
    held = "\0".join([_CUT, face.path.name, str(face.path.stat().st_size), chars])
    return f"{stem}-{hashlib.sha256(held.encode('utf-8')).hexdigest()[:12]}.woff2"


def web_css(fonts: list[WebFont], folder: str) -> str:
    """The @font-face rules of web pages, for a stylesheet whose path to build/assets/fonts/ is
    ``folder`` ("fonts/" from build/assets/). A variable font gives its whole weight axis, so a
    browser draws bold with the font's own bold, as WeasyPrint does in a PDF, instead of thickening
    the regular. The text shows at once in a fallback font while a font loads (``font-display:
    swap``): on a slow phone connection it stayed invisible for up to 3 seconds."""
    names = {font.face: font.name for font in fonts}
    return face_css(list(names), lambda face: f"{folder}{names[face]}", _web_weight, "swap", "woff2")


def _web_weight(face: Face) -> str:
    axis = weight_axis(face.path)
    return f"{axis[0]} {axis[1]}" if axis else str(face.weight)


@per_file_version()
def weight_axis(path: Path) -> tuple[int, int] | None:
    """A variable font's weights, from its ``wght`` axis; None for a font of one weight."""
    from fontTools.ttLib import TTFont  # WeasyPrint's dependency

    with path.open("rb") as file, TTFont(file, lazy=True, fontNumber=0) as font:
        axes = [axis for axis in font["fvar"].axes if axis.axisTag == "wght"] if "fvar" in font else []
        return (round(axes[0].minValue), round(axes[0].maxValue)) if axes else None


def font_file(font: WebFont, keeping: Callable[[], AbstractContextManager[bool]] | None = None) -> bytes:
    """The bytes of a web font's file: its face's file, or that file cut down to its characters,
    as WOFF2 (the file is read each time: a preview serves a font edited while it runs).
    ``keeping``: held while a cut is kept for the next build, and whether it may be (a build
    elsewhere: build/'s lock, lock.keeping_for); None, always."""
    data = font.face.path.read_bytes()
    if font.chars and font.kept is not None:
        return _kept_cut(data, font.chars, font.kept / KEPT_FONTS / font.name, keeping)
    ready = None if font.chars else ready_made(data)
    return ready if ready is not None else _woff2(data, font.chars)


KEPT_FONTS = ".edu-fonts"  # in a build folder inside the project: the cut-down fonts of the last builds
_KEPT = b"edu cut font 1"


def _kept_cut(data: bytes, chars: str, path: Path,
              keeping: Callable[[], AbstractContextManager[bool]] | None = None) -> bytes:
    """``_woff2(data, chars)``, kept at ``path`` for the next build (a build into a new folder, which
    no manifest tells what the last build cut, cut Noto Sans again: 0.3 s). The kept file is used
    only when it was cut from these very bytes of the face, for these characters, by this fontTools
    and Brotli, and is whole (the digests of its first line); another, torn or unreadable file is
    cut again and replaced, and a folder that cannot be written to keeps nothing. Read and cut
    outside ``keeping`` (the file is replaced whole, by a rename): only its writing is held (a
    build of build/ waited out the cut, 0.3 s, for a build elsewhere)."""
    import brotli  # type: ignore[import-untyped]  # fontTools' WOFF2 compressor
    import fontTools

    made_from = "\0".join([_CUT, hashlib.sha256(data).hexdigest(), chars, fontTools.version, brotli.__version__])
    stamp = _KEPT + b" " + hashlib.sha256(made_from.encode("utf-8")).hexdigest().encode()
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        with open(fd, "rb") as file:
            head, _, body = file.read().partition(b"\n")
        if head == stamp + b" " + hashlib.sha256(body).hexdigest().encode():
            return body
    except OSError:
        pass
    cut = _woff2(data, chars)
    with keeping() if keeping is not None else contextlib.nullcontext(True) as held:
        if held:
            with contextlib.suppress(OSError):
                atomic_write(path, stamp + b" " + hashlib.sha256(cut).hexdigest().encode() + b"\n" + cut)
                for other in path.parent.glob(f"{path.name.rsplit('-', 1)[0]}-*.woff2"):  # the family's earlier cuts
                    if other != path:
                        other.unlink(missing_ok=True)
    return cut


READY = Path(__file__).parent / "data" / "fonts"  # the shipped faces web pages load, as WOFF2
_INDEX = "woff2.txt"  # in READY: "<sha256 of the font file> <its WOFF2 file>" a line


def ready_made(data: bytes) -> bytes | None:
    """The shipped WOFF2 file made from the font file ``data`` (``_woff2(data, "")``, its bytes);
    None if edu ships none for it (a project's font, or another version of a shipped one)."""
    name = _ready_index().get(hashlib.sha256(data).hexdigest())
    return (READY / name).read_bytes() if name else None


@cache
def _ready_index() -> dict[str, str]:
    lines = (READY / _INDEX).read_text(encoding="utf-8").splitlines()
    return dict(line.split() for line in lines if line.strip() and not line.startswith("#"))


def write_ready_made() -> list[Path]:
    """Make data/fonts/ again from the installed font packages (`make woff2`): after an update of
    fontTools, Brotli or a shipped font (tests/test_fonts.py says when)."""
    faces = [face for face in shipped_faces() if on_web(face)]
    for old in READY.glob("*.woff2"):
        old.unlink()
    lines = ["# The shipped faces web pages load, as WOFF2 (webfonts.ready_made): the sha256 of the font",
             "# file, the WOFF2 file made from it. Made by `make woff2`; do not edit."]
    written = []
    for face in faces:
        data = face.path.read_bytes()
        target = READY / f"{face.path.stem}.woff2"
        target.write_bytes(_woff2(data, ""))
        lines.append(f"{hashlib.sha256(data).hexdigest()} {target.name}")
        written.append(target)
    (READY / _INDEX).write_text("\n".join(lines) + "\n", encoding="utf-8")
    _ready_index.cache_clear()
    return written


@lru_cache(maxsize=8)
def _woff2(data: bytes, chars: str) -> bytes:
    """The font as WOFF2, with the glyphs of ``chars`` only (and those its layout rules reach) if
    ``chars`` is not empty; every name (its copyright and licence) and variation axis kept; the same
    bytes for the same input (Brotli is deterministic, no table holds the clock)."""
    from fontTools.ttLib import TTFont

    with TTFont(io.BytesIO(data), recalcTimestamp=False, lazy=True) as font:  # lazy: the same bytes, 5x faster
        if chars:
            _cut(font, chars)
        font.flavor = "woff2"
        out = io.BytesIO()
        font.save(out)
    return out.getvalue()


def _cut(font: Any, chars: str) -> None:
    from fontTools import subset

    options = subset.Options(name_IDs=["*"], name_languages=["*"], layout_features=["*"], notdef_outline=True)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[ord(ch) for ch in chars])
    subsetter.subset(font)
