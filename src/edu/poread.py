"""Reading a .po/.pot file: as strict as GNU msgfmt, every problem located (``path:line: what``).

Babel's reader is lenient: it accepts an unterminated string, a stray word, or a message defined
twice (keeping one of them), all of which msgfmt, Poedit and Weblate reject. ``po_syntax_error``
finds the first such line. A well-formed file, which is nearly every file, is checked in one pass
instead: one search for a line that is not a PO line, and a count showing Babel kept one message
per msgid line (tests/test_po_reading.py holds the two ways equal).
"""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import PoFileError, read_po

from .errors import SourceError

# One line of a PO file as GNU msgfmt reads it ("\n" ends a line; a string cannot span two).
_PO_LINE = (r'(?:#.*|(?:#~[^\S\n]*)?(?:(?:msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?)[^\S\n]+)?'
            r'"[^"\\\n]*(?:\\[\\"abfnrtv0-7x][^"\\\n]*)*"[^\S\n]*|[^\S\n]*)')
PO_LINE_RE = re.compile(f"^{_PO_LINE}$")
# Over "\n" + the whole text, in one search each: a line that is not one; the msgid lines.
_BAD_LINE_RE = re.compile(f"\n(?!{_PO_LINE}(?:\n|\\Z))")
_MSGID_LINE_RE = re.compile(r"\nmsgid[^\S\n]")
_HEADER_FIRST_RE = re.compile(r'(?:#.*\n|[^\S\n]*\n)*msgid ""[^\S\n]*\nmsgstr')  # matched from the start of the text


def po_syntax_error(text: str) -> tuple[int, str] | None:
    """The first line that GNU msgfmt would reject but Babel's lenient reader would accept
    (an unterminated string, a stray word, a message defined twice), as (line, what is wrong)."""
    if text.startswith("\ufeff"):  # Notepad and some other editors add one when saving as UTF-8
        return 1, "the file starts with a byte order mark (BOM), which msgfmt rejects: save it as UTF-8 without BOM"
    seen: dict[tuple[str, str], int] = {}
    context, key_line, key = "", 0, None
    for number, line in enumerate(text.split("\n"), 1):
        line = line.removesuffix("\r")  # a file saved with Windows line ends reads the same
        if not line or line[0] == "#":  # comments (obsolete entries too) and blank lines: always valid
            continue
        if not PO_LINE_RE.match(line):
            if '"' in line and (line.count('"') % 2 or not line.rstrip().endswith('"')):
                return number, "a quoted string is not closed (check the quotes on this line)"
            return number, "not a gettext line (expected msgid, msgstr, a quoted string or a # comment)"
        if line.startswith("msgctxt "):
            context = line
        elif line.startswith("msgid "):
            key, key_line = (context, line), number
        elif line.startswith('"') and key is not None:
            key = (key[0], key[1] + line)
        elif line.startswith("msgstr") and key is not None:
            if key in seen and key != ("", 'msgid ""'):
                return key_line, f"this message is already defined at line {seen[key]} (msgfmt rejects duplicates)"
            seen[key], key, context = key_line, None, ""
    return None


def _every_message_kept(lines: str, catalog: Catalog) -> bool:
    """Babel stored one message per msgid line (the header apart): no message is defined twice,
    so po_syntax_error, which reads line by line, has nothing to find in a file without bad lines.

    A message defined twice is merged by Babel, so the count falls short; what this count does not
    foresee (an empty msgid after the header, which Babel takes for a header) falls short too and
    is searched. ``lines`` is the text after a "\n", as _BAD_LINE_RE reads it."""
    header = 1 if _HEADER_FIRST_RE.match(lines, 1) else 0
    return len(_MSGID_LINE_RE.findall(lines)) - header == len(catalog)


def read_catalog(path: Path, shown: Path | None = None) -> Catalog:
    """Read a .po/.pot; syntax problems become ``path:line: message`` (the first one in the file).

    A file whose every line is well formed and whose messages Babel all kept is read once;
    any other goes through po_syntax_error, line by line."""
    shown = shown or path
    try:
        data = path.read_bytes()
        text = data.decode("utf-8")
        catalog, lines = None, "\n" + text
        if _BAD_LINE_RE.search(lines) is None:
            with contextlib.suppress(PoFileError):  # po_syntax_error may know of an earlier problem;
                catalog = read_po(io.BytesIO(data), abort_invalid=True)  # if not, Babel's is raised below
            if catalog is not None and _every_message_kept(lines, catalog):
                return catalog
        problem = po_syntax_error(text)
        if problem:
            raise SourceError(f"invalid catalog: {problem[1]}", shown, problem[0])
        return catalog if catalog is not None else read_po(io.BytesIO(data), abort_invalid=True)
    except PoFileError as exc:
        raise SourceError(f"invalid catalog: {exc.args[0].rsplit(' on ', 1)[0]}", shown, exc.lineno + 1) from exc
    except (UnicodeDecodeError, ValueError) as exc:
        raise SourceError(f"invalid catalog: {exc}", shown) from exc
