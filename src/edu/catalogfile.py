"""Catalog stage, files: a catalog -> the text of its .po/.pot file as edu writes it (potext.py's
text with edu's generator line, or unwrapped); that text and the file on disk -> whether they are
equal but for their stamps (no rewrite), the date to keep, the other tools' header fields to carry over.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import escape, read_po, unescape

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


def with_other_headers(old: str, new: str) -> str:
    """``new`` with the header fields of ``old`` that Babel does not know, after its own: Babel
    drops them (Poedit's X-Generator and X-Poedit-*, Weblate's X-*), so every update would remove
    what the translator's next save in Poedit adds back. msgmerge keeps them too."""
    found, target = _HEADER_ENTRY_RE.search(old.replace("\r\n", "\n")), _HEADER_ENTRY_RE.search(new)
    if found is None or target is None:
        return new
    fields = "".join(unescape(line) for line in found[1].splitlines()).split("\n")
    other = [f for f in fields if ":" in f and f.split(":", 1)[0].strip().lower() not in _KNOWN_HEADERS]
    if not other:
        return new
    lines = "".join(escape(field + "\n") + "\n" for field in other)
    return new[: target.end()] + lines + new[target.end():]


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
