"""Catalog stage, files: a catalog -> the text of its .po/.pot file as edu writes it (potext.py's
text with edu's generator line, or unwrapped); that text and the file on disk -> whether they are
equal but for their stamps (no rewrite), the date to keep, the other tools' header fields to carry over.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, unescape

from .potext import po_text

STAMP_LINE_RE = re.compile(r'^"(?:POT-Creation-Date|Generated-By): .*\\n"\n', re.M)  # when and with what
GENERATED_BY_RE = re.compile(r'^"Generated-By: Babel [^"]*\\n"$', re.M)
GENERATED_BY = '"Generated-By: edu\\n"'  # not Babel's version: the same inputs give the same bytes


def render_catalog(catalog: Catalog, width: int) -> str:
    """The text of a .po/.pot file: Babel's (``pybabel update -w WIDTH`` leaves it unchanged), or with
    ``width`` 0 one line per string and no blank line at the end, the bytes GNU ``msgcat --no-wrap``,
    Poedit without "Wrap at" and Weblate's "Only wrap lines at newlines" write."""
    for message in catalog:  # Babel guesses python-format from a "%" in prose ("100% of")
        if message.id and any(loc[0].startswith("content/") for loc in message.locations):
            message.flags.discard("python-format")
    text = GENERATED_BY_RE.sub(lambda _: GENERATED_BY, po_text(catalog, width), count=1)
    return text if width > 0 else text.rstrip("\n") + "\n"


_HEADER_ENTRY_RE = re.compile(r'^msgid ""\nmsgstr ""\n((?:"[^\n]*"\n)*)', re.M)
_KNOWN_HEADERS = frozenset(  # the fields Babel writes
    {name.lower() for name, _value in Catalog(locale="es").mime_headers} | {"language", "plural-forms"})
_SPELLINGS = frozenset({"content-type", "plural-forms"})  # "charset=UTF-8" is "charset=utf-8"; spaces aside


def with_old_header(old: str, new: str) -> str:
    """``new`` with the header of ``old`` as it was: its fields in their order, a field whose value
    is the same but for its spelling (msgmerge's ``charset=UTF-8``, Babel's ``charset=utf-8``) as
    written, and the fields Babel does not know (Poedit's X-Generator and X-Poedit-*, Weblate's X-*),
    which Babel drops, kept in their place; fields new to the file come last. Otherwise every
    `edu update` would undo the last save in Poedit or Weblate, and that save would undo it again,
    in the history of a file no one changed. msgmerge keeps them too."""
    found, target = _HEADER_ENTRY_RE.search(old.replace("\r\n", "\n")), _HEADER_ENTRY_RE.search(new)
    if found is None or target is None:
        return new
    fresh = {name: (lines, value) for name, lines, value in _fields(target[1])}
    kept, out = set(), []
    for name, lines, value in _fields(found[1]):
        if name in fresh and name not in kept:
            new_lines, new_value = fresh[name]
            out.append(lines if _same_value(name, value, new_value) else new_lines)
            kept.add(name)
        elif name and name not in _KNOWN_HEADERS:
            out.append(lines)
    out += [lines for name, (lines, _value) in fresh.items() if name not in kept]
    return new[: target.start(1)] + "".join(out) + new[target.end(1):]


def _fields(block: str) -> list[tuple[str, str, str]]:
    """The fields of a header entry's strings: (name in lower case, their lines, value), a field
    wrapped over several lines (a long Plural-Forms) kept together."""
    groups, current = [], ""
    for line in block.splitlines(keepends=True):
        current += line
        if line.rstrip("\n").endswith('\\n"'):
            groups.append(current)
            current = ""
    groups += [current] if current else []
    fields = []
    for lines in groups:
        text = "".join(unescape(line) for line in lines.splitlines())
        name, colon, value = text.partition(":")
        fields.append((name.strip().lower() if colon else "", lines, value.strip()))
    return fields


def _same_value(name: str, old: str, new: str) -> bool:
    if name in _SPELLINGS:
        return "".join(old.lower().split()).rstrip(";") == "".join(new.lower().split()).rstrip(";")
    return old == new


def line_ends(data: bytes) -> str:
    """The line end of a file's first line: "\r\n" for one a Windows editor saved, else "\n"."""
    first = data.split(b"\n", 1)
    return "\r\n" if len(first) > 1 and first[0].endswith(b"\r") else "\n"


def same_but_stamps(old: str, new: str) -> bool:
    """Equal but for the creation date and the generator line (``pybabel update`` writes its own)."""
    return STAMP_LINE_RE.sub("", old) == STAMP_LINE_RE.sub("", new)


def settle_date(template: Catalog, pot: Path, text: str) -> bool:
    """Keep the date of the .pot on disk when ``text`` (``template`` rendered) differs from it only
    in its stamps, so .po files do not churn; True when it did (the file is then up to date).

    The file on disk is compared as text (edu wrote it); only its header entry is parsed, for the date."""
    if pot.is_file():
        old = pot.read_text(encoding="utf-8")
        if same_but_stamps(old, text):
            template.creation_date = read_header(old).creation_date
            return True
    return False


def read_header(text: str) -> Catalog:
    """The header entry of a .po/.pot text, parsed alone (a catalog without messages)."""
    return read_po(io.StringIO(text.split("\n\n", 1)[0]))
