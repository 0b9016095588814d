"""Output stage, fonts: a font file -> the bytes WeasyPrint embeds, so a PDF's text layer says what it prints.

WeasyPrint 70 gives each glyph of an embedded font one Unicode text for the whole PDF: the text of
the first cluster it is drawn in (``draw/text.py``, ``font.to_unicode``). When a font draws one
character with two glyphs, the text goes to one of them and the other gets none, for good. Noto
Sans does that: its ``ccmp`` feature (a multiple substitution, apparently so that Yoruba tone marks
stack) draws
ọ, ụ, ị, ẹ, ṣ, ṃ, ṅ, ḿ and ǹ as the base letter and a combining mark. In a Vietnamese PDF the dot
below became "ọ" wherever it was drawn and the letter o nothing, so "họ chọn" was extracted as
"hị chịn" (screen readers, search and copy read that) while the page looked right. It is not the
variable font: a static instance does the same.

Here each substitution of a character by its own canonical decomposition (NFD) is made the identity,
in memory, in the GSUB table's bytes: the font draws its precomposed glyph, one glyph for one
character. Nothing else changes (same size, same tables); rewriting the table with fontTools took
seconds, this takes milliseconds, so each PDF worker does it when it starts and nothing is cached.
"""

from __future__ import annotations

import struct
import sys
import unicodedata
from array import array
from collections import Counter
from pathlib import Path

from .fileversion import per_file_version

_MULTIPLE, _EXTENSION = 2, 7  # GSUB lookup types


@per_file_version(maxsize=64)
def print_ready(path: Path) -> bytes | None:
    """The font file's bytes with every canonical decomposition of its GSUB undone, or None when it
    has none (the file is embedded as it is)."""
    from fontTools.ttLib import TTLibError  # a WeasyPrint dependency, imported by it anyway

    data = bytearray(path.read_bytes())
    try:
        found = _decompositions(data)
        if not found or not _undo(data, path, found):
            return None
    except (struct.error, IndexError, KeyError, AssertionError, TTLibError):  # an odd font: embedded as it is
        return None
    _fix_checksums(data)
    return bytes(data)


def _tables(data: bytes | bytearray) -> dict[bytes, tuple[int, int, int]]:
    """Table tag -> (offset of its directory entry, offset, length); empty for a font collection."""
    if data[:4] in (b"ttcf", b"wOFF", b"wOF2"):
        return {}
    (count,) = struct.unpack_from(">H", data, 4)
    out = {}
    for i in range(count):
        entry = 12 + 16 * i
        tag, _checksum, offset, length = struct.unpack_from(">4sLLL", data, entry)
        out[tag] = (entry, offset, length)
    return out


def _decompositions(data: bytes | bytearray) -> list[tuple[int, tuple[int, ...], int]]:
    """Every rule of a format-1 multiple substitution: (glyph, its replacement glyphs, offset of the
    replacement sequence). A sequence that several rules share is left out (changing it would
    change them all)."""
    gsub = _tables(data).get(b"GSUB")
    if gsub is None:
        return []
    start = gsub[1]
    (lookup_list,) = struct.unpack_from(">H", data, start + 8)
    lookup_list += start
    rules: list[tuple[int, tuple[int, ...], int]] = []
    (lookups,) = struct.unpack_from(">H", data, lookup_list)
    for (lookup,) in struct.iter_unpack(">H", data[lookup_list + 2:lookup_list + 2 + 2 * lookups]):
        lookup += lookup_list
        kind, _flag, count = struct.unpack_from(">HHH", data, lookup)
        for (sub,) in struct.iter_unpack(">H", data[lookup + 6:lookup + 6 + 2 * count]):
            sub += lookup
            sub_kind = kind
            if kind == _EXTENSION:
                _format, sub_kind, offset = struct.unpack_from(">HHL", data, sub)
                sub += offset
            if sub_kind == _MULTIPLE:
                rules += _multiple_rules(data, sub)
    uses = Counter(seq for _glyph, _replacement, seq in rules)
    return [rule for rule in rules if uses[rule[2]] == 1]


def _multiple_rules(data: bytes | bytearray, sub: int) -> list[tuple[int, tuple[int, ...], int]]:
    fmt, coverage, count = struct.unpack_from(">HHH", data, sub)
    if fmt != 1:
        return []
    glyphs = _coverage(data, sub + coverage)
    rules = []
    for glyph, (seq,) in zip(glyphs, struct.iter_unpack(">H", data[sub + 6:sub + 6 + 2 * count]), strict=False):
        seq += sub
        (length,) = struct.unpack_from(">H", data, seq)
        rules.append((glyph, struct.unpack_from(f">{length}H", data, seq + 2), seq))
    return rules


def _coverage(data: bytes | bytearray, at: int) -> list[int]:
    """The glyphs of a coverage table, in coverage order."""
    fmt, count = struct.unpack_from(">HH", data, at)
    if fmt == 1:
        return list(struct.unpack_from(f">{count}H", data, at + 4))
    glyphs: list[int] = []
    for first, last, _index in struct.iter_unpack(">HHH", data[at + 4:at + 4 + 6 * count]):
        glyphs += range(first, last + 1)
    return glyphs


def _undo(data: bytearray, path: Path, rules: list[tuple[int, tuple[int, ...], int]]) -> int:
    """Make each rule that replaces a character's glyph by the glyphs of its NFD the identity (a
    sequence of one glyph: itself); how many were."""
    glyph_of = _glyph_ids(path)
    chars_of: dict[int, list[str]] = {}
    for char, glyph in glyph_of.items():
        chars_of.setdefault(glyph, []).append(char)
    undone = 0
    for glyph, replacement, seq in rules:
        for char in chars_of.get(glyph, ()):
            parts = unicodedata.normalize("NFD", char)
            if len(parts) > 1 and tuple(glyph_of.get(c, -1) for c in parts) == replacement:
                struct.pack_into(">HH", data, seq, 1, glyph)
                undone += 1
                break
    return undone


def _glyph_ids(path: Path) -> dict[str, int]:
    """Character -> glyph id, from the font's best character map."""
    from fontTools.ttLib import TTFont  # a WeasyPrint dependency; only once a font has such rules

    with path.open("rb") as file, TTFont(file, lazy=True, fontNumber=0) as font:
        order = {name: gid for gid, name in enumerate(font.getGlyphOrder())}
        return {chr(code): order[name] for code, name in font.getBestCmap().items() if name in order}


def _fix_checksums(data: bytearray) -> None:
    """The GSUB table's checksum, and the whole font's in ``head``, after the change."""
    tables = _tables(data)
    entry, offset, length = tables[b"GSUB"]
    struct.pack_into(">L", data, entry + 4, _checksum(data[offset:offset + length]))
    if b"head" in tables:
        head = tables[b"head"][1]
        struct.pack_into(">L", data, head + 8, 0)
        struct.pack_into(">L", data, head + 8, (0xB1B0AFBA - _checksum(data)) & 0xFFFFFFFF)


def _checksum(block: bytes | bytearray) -> int:
    """The OpenType checksum: the sum of the big-endian 32-bit words, modulo 2**32."""
    words = array("I", bytes(block) + b"\0" * (-len(block) % 4))  # "I" is 32 bits on every platform Python runs
    if sys.byteorder == "little":
        words.byteswap()
    return sum(words) & 0xFFFFFFFF
