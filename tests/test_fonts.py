"""Every character the library prints has a glyph in the shipped fonts: Atkinson Hyperlegible first,
Noto Sans for what it lacks. A character in neither would fall back to whatever the machine has
(or a blank box), and WeasyPrint can spend a minute searching fontconfig for it."""

from __future__ import annotations

import unicodedata
from functools import cache
from pathlib import Path

import lxml.html
import pytest
from fontTools.ttLib import TTFont
from pypdf import PdfReader

from edu.glyphs import shipped_coverage, uncovered
from edu.pdf import font_files
from test_pdf import build_real_content, embedded_fonts, pdfs


@cache
def coverage() -> dict[str, frozenset[int]]:
    """Code points of each shipped font family (the union of its faces)."""
    out: dict[str, set[int]] = {}
    for family, path, _weight, _style in font_files():
        with TTFont(path, lazy=True) as font:
            out.setdefault(family, set()).update(font.getBestCmap())
    return {family: frozenset(points) for family, points in out.items()}


def printable(text: str) -> set[str]:
    """Characters that need a glyph (not spaces, line breaks or other control characters)."""
    return {ch for ch in text if not ch.isspace() and unicodedata.category(ch)[0] != "C"}


def missing_glyphs(chars: set[str]) -> set[str]:
    """What the build's own glyph check (edu.glyphs, behind `edu check` [glyph]) finds missing."""
    return set(uncovered("".join(chars)))


@pytest.fixture(scope="module")
def real_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_real_content(tmp_path_factory.getbasetemp())


def test_atkinson_covers_spanish_and_noto_covers_the_rest() -> None:
    assert shipped_coverage() == frozenset().union(*coverage().values())  # read face by face here
    atkinson = coverage()["Atkinson Hyperlegible"]
    assert all(ord(ch) in atkinson for ch in "áéíóúüñÁÉÍÓÚÜÑ¿¡«»–—·“”’°")
    assert not missing_glyphs({"≥", "≤", "µ", "×", "±"})
    assert missing_glyphs({"\u4e2d"}) == {"\u4e2d"}  # the check can fail: no CJK in either font


def test_every_character_printed_in_every_pdf_has_a_glyph(real_build: Path) -> None:
    files = pdfs(real_build)
    assert len(files) >= 20
    chars: set[str] = set()
    for path in files:
        for page in PdfReader(path).pages:
            chars |= printable(page.extract_text() or "")
    assert len(chars) > 80
    assert not missing_glyphs(chars), sorted(f"U+{ord(c):04X} {c}" for c in missing_glyphs(chars))


def test_every_character_of_every_web_page_has_a_glyph(real_build: Path) -> None:
    chars: set[str] = set()
    for path in sorted(real_build.rglob("*.html")):
        doc = lxml.html.fromstring(path.read_bytes())
        for node in doc.xpath("//style|//script"):
            node.drop_tree()
        chars |= printable(doc.text_content())
    assert not missing_glyphs(chars), sorted(f"U+{ord(c):04X} {c}" for c in missing_glyphs(chars))


def test_only_the_shipped_fonts_are_embedded(real_build: Path) -> None:
    for path in pdfs(real_build):
        fonts = embedded_fonts(path)
        assert all(fonts.values()), (path, fonts)  # /FontFile2 and /ToUnicode
        assert all(name.startswith(("Atkinson-Hyperlegible", "Noto-Sans")) for name in fonts), (path, fonts)
