"""How wide a word prints: the sum of its characters' advance widths, in em, in the fonts the PDF
draws it with (fonts.py: the first face of the stack that has the character, as Pango picks it).

In: the faces (fonts.Face) and a word. Out: its width in em (multiply by the type size). Kerning
and ligatures are left out (a few hundredths of an em in a word); a character no face has counts
``MISSING`` (the glyph check says so apart). Read with fontTools (a WeasyPrint dependency), each
font file's widths once per process and version of the file: about 15 ms for the shipped faces.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from .fileversion import per_file_version
from .fonts import Face

MISSING = 0.6  # em: an average letter's width, for a character no face has


def word_width(word: str, faces: Sequence[Face], bold: bool = False) -> float:
    """``word``'s width in em, set in the upright faces of ``bold``'s weight (700, else 400), each
    character from the first face that has it; a family without that weight lends its regular."""
    tables = [advances(face.path) for face in _upright(faces, bold)]
    width = 0.0
    for char in word:
        code = ord(char)
        width += next((table[code] for table in tables if code in table), MISSING)
    return width


def _upright(faces: Sequence[Face], bold: bool) -> list[Face]:
    upright = [face for face in faces if face.style == "normal"]
    wanted = 700 if bold else 400
    out: list[Face] = []
    for family in dict.fromkeys(face.family for face in upright):
        mine = [face for face in upright if face.family == family]
        out.append(min(mine, key=lambda face: abs(face.weight - wanted)))
    return out


@per_file_version()
def advances(path: Path) -> dict[int, float]:
    """Each code point of a font file's character map, and its glyph's advance width in em."""
    from fontTools.ttLib import TTFont  # a WeasyPrint dependency; only when a table is measured

    with path.open("rb") as file, TTFont(file, lazy=True, fontNumber=0) as font:
        per_em = font["head"].unitsPerEm
        metrics = font["hmtx"].metrics
        return {code: metrics[glyph][0] / per_em for code, glyph in font.getBestCmap().items() if glyph in metrics}
