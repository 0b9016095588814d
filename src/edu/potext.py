"""A catalog as the text of a .po/.pot file: byte for byte what Babel's ``write_po`` writes, faster.

Babel measures every word of a long message by escaping it on its own (three million calls for the
catalogs of a 500-handout library) and wraps every comment with ``textwrap``; ``edu update`` spent
two thirds of its time there. Here a line with nothing to escape is measured by its length, a line
without a hyphen is split into words by a plain whitespace pattern (Babel's word pattern can only
match differently at a hyphen), and a comment that fits on its line is written without
``TextWrapper``. Everything else follows Babel's ``generate_po`` (babel 2.19) step by step, with the
options edu uses (file order, line numbers, previous msgids, obsolete entries kept). A catalog with
merge conflicts, or in a charset other than UTF-8, is written by Babel itself.

One deliberate difference: a previous msgid (``#| msgid``, kept on a fuzzy entry to show what
changed in the source) is written as msgmerge writes it, one quoted string per ``#|`` line. Babel
wraps a long one as if it were prose (``#| msgid "" "An old text …`` over lines that are neither
strings nor comments), which Poedit cannot read and which Babel itself reads back as a translator
comment (python-babel/babel#206); poread.py turns such lines back into the previous msgid.

Babel stays the reference: tests/test_potext.py compares the two on the real catalogs and on
generated ones (hostile strings, contexts, plurals, obsolete and previous entries, every width),
previous msgids apart.
"""

from __future__ import annotations

import io
import os
import re
from collections.abc import Callable, Iterator

from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import WORD_SEP, escape, write_po
from babel.messages.pofile import normalize as babel_normalize
from babel.util import TextWrapper  # textwrap's, but keeps hyphenated words and file names whole

_TO_ESCAPE = re.compile(r'[\\\t\r\n"]')  # what escape() turns into two characters
_SPACES = re.compile(r"(\s+)")
_WRAPPED_BY_TEXTWRAP = frozenset("\t\n\x0b\x0c\r")  # TextWrapper turns these into spaces


def _escaped_len(text: str) -> int:
    """len(escape(text)) - 2: the length inside the quotes."""
    return len(text) + len(_TO_ESCAPE.findall(text))


def _words(line: str) -> list[str]:
    """``WORD_SEP.split(line)``: Babel's pattern splits at spaces, and inside a word only at a
    hyphen; it never matches across a space nor looks past one, so words are split alone."""
    pieces = _SPACES.split(line)
    if "-" not in line:
        return pieces
    words: list[str] = []
    for i, piece in enumerate(pieces):
        if i % 2 == 0 and "-" in piece:  # even places hold the text between spaces
            words += WORD_SEP.split(piece)
        else:
            words.append(piece)
    return words


def normalize(string: str, prefix: str = "", width: int = 76) -> str:
    """Babel's ``normalize``: the quoted PO form of ``string``, wrapped at ``width``."""
    if not (width and width > 0):
        return babel_normalize(string, prefix, width)
    prefixlen = len(prefix)
    lines = []
    for line in string.splitlines(True):
        plain = _TO_ESCAPE.search(line) is None
        if (len(line) if plain else _escaped_len(line)) + 2 + prefixlen <= width:
            lines.append(line)
            continue
        chunks = _words(line)
        measure = len if plain else _escaped_len
        sizes = [measure(chunk) + prefixlen for chunk in chunks]
        i, count = 0, len(chunks)
        while i < count:  # greedy, as Babel: a chunk longer than the line gets a line of its own
            start, size = i, 2
            while i < count and size + sizes[i] < width:
                size += sizes[i]
                i += 1
            if i == start:
                i += 1
            lines.append("".join(chunks[start:i]))
    if len(lines) <= 1:
        return escape(string)
    if not lines[-1]:
        del lines[-1]
        lines[-1] += "\n"
    return '""\n' + "\n".join([prefix + escape(line) for line in lines])


class _Conflicts(Exception):
    """The catalog records merge conflicts: Babel writes those itself."""


def po_text(catalog: Catalog, width: int = 76) -> str:
    """``write_po(…, width=width, include_previous=True)`` decoded, as one string."""
    if (catalog.charset or "utf-8").lower().replace("_", "-") not in ("utf-8", "utf8"):
        return _babel_text(catalog, width)
    try:
        return "".join(_lines(catalog, width))
    except _Conflicts:
        return _babel_text(catalog, width)


def _previous(keyword: str, text: str, width: int, prefix: str = "#| ") -> str:
    """A previous msgid as ``#|`` lines (an obsolete entry's: ``#~|``) of one quoted string each,
    ``width`` long with their prefix."""
    lines = normalize(text, "", width - len(prefix) if width > len(prefix) else width).split("\n")
    return f"{prefix}{keyword} {lines[0]}\n" + "".join(f"{prefix}{line}\n" for line in lines[1:])


def _babel_text(catalog: Catalog, width: int) -> str:
    out = io.BytesIO()
    write_po(out, catalog, width=width, include_previous=True)
    return out.getvalue().decode(catalog.charset or "utf-8", "backslashreplace")


def _lines(catalog: Catalog, width: int) -> Iterator[str]:
    comment_width = width if width and width > 0 else 76
    comment_wrapper = TextWrapper(width=comment_width, break_long_words=False)
    header_wrapper = TextWrapper(width=width, subsequent_indent="# ", break_long_words=False)
    get_conflicts = getattr(catalog, "get_conflicts", None)  # Babel >= 2.19

    def comment(text: str, prefix: str = "") -> Iterator[str]:
        if len(text) <= comment_width and text.strip() and _WRAPPED_BY_TEXTWRAP.isdisjoint(text):
            yield f"#{prefix} {text.strip()}\n"  # what TextWrapper would give: one line
            return
        for line in comment_wrapper.wrap(text):
            yield f"#{prefix} {line.strip()}\n"

    def body(message: Message, prefix: str = "") -> Iterator[str]:
        if message.context:
            yield f"{prefix}msgctxt {normalize(message.context, prefix, width)}\n"
        if isinstance(message.id, (list, tuple)):
            yield f"{prefix}msgid {normalize(message.id[0], prefix, width)}\n"
            yield f"{prefix}msgid_plural {normalize(message.id[1], prefix, width)}\n"
            for idx in range(catalog.num_plurals):
                try:
                    string = message.string[idx]  # type: ignore[index]  # as Babel: None fails here
                except IndexError:
                    string = ""
                yield f"{prefix}msgstr[{idx:d}] {normalize(string, prefix, width)}\n"
        else:
            yield f"{prefix}msgid {normalize(message.id, prefix, width)}\n"
            yield f"{prefix}msgstr {normalize(str(message.string or ''), prefix, width)}\n"

    for message in catalog:
        if not message.id:  # the header entry
            header = catalog.header_comment
            if width and width > 0:
                header = "\n".join(line for part in header.splitlines() for line in header_wrapper.wrap(part))
            yield f"{header}\n"
        for text in message.user_comments:
            yield from comment(text)
        for text in message.auto_comments:
            yield from comment(text, ".")
        yield from _locations(message, comment)
        if message.flags:
            yield f"#{', '.join(['', *sorted(message.flags)])}\n"
        if message.previous_id:  # as msgmerge writes them (Babel wraps a long one as a comment: babel#206)
            yield _previous("msgid", message.previous_id[0], width)
            if len(message.previous_id) > 1:
                yield _previous("msgid_plural", message.previous_id[1], width)
        if get_conflicts is not None and get_conflicts(message.id, message.context):
            raise _Conflicts
        yield from body(message)
        yield "\n"
    for message in catalog.obsolete.values():
        for text in message.user_comments:
            yield from comment(text)
        if message.flags:  # "#, fuzzy" above "#~", as msgmerge keeps it: restored, the entry is still unreviewed
            yield f"#{', '.join(['', *sorted(message.flags)])}\n"
        if message.previous_id:  # "#~|", as msgmerge writes it: what a fuzzy entry's source was
            yield _previous("msgid", message.previous_id[0], width, "#~| ")
            if len(message.previous_id) > 1:
                yield _previous("msgid_plural", message.previous_id[1], width, "#~| ")
        yield from body(message, "#~ ")
        yield "\n"


def _locations(message: Message, comment: Callable[[str, str], Iterator[str]]) -> Iterator[str]:
    if not message.locations:
        return
    try:  # Babel's order: by file, then line (-1 without one); as given if they cannot be ordered
        locations = sorted(message.locations, key=lambda x: (x[0], (isinstance(x[1], int) and x[1]) or -1))
    except TypeError:
        locations = message.locations
    seen: dict[str, None] = {}
    for filename, lineno in locations:
        location = filename.replace(os.sep, "/")
        if " " in location or "\t" in location:  # as gettext: isolate a name with spaces
            location = ("" if location.startswith("\u2068") else "\u2068") + location
            location += "" if location.endswith("\u2069") else "\u2069"
        if lineno:
            location = f"{location}:{lineno:d}"
        seen[location] = None
    yield from comment(" ".join(seen), ":")
