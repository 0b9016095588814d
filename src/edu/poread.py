"""Reading a .po/.pot file: as strict as GNU msgfmt, every problem located (``path:line: what``).

Babel's reader is lenient: it accepts an unterminated string, a stray word, or a message defined
twice (keeping one of them), all of which msgfmt, Poedit and Weblate reject. ``po_syntax_error``
finds the first such line. A well-formed file, which is nearly every file, is checked in one pass
instead: one search for a line that is not a PO line, and a count showing Babel kept one message
per msgid line (tests/test_po_reading.py holds the two ways equal).

Three things Babel's reader gets wrong for files that GNU msgmerge, Poedit or Weblate wrote are
mended here: a previous msgid (``#|``) becomes the message's ``previous_id`` instead of a
translator comment; an obsolete entry's previous msgid (``#~|``) no longer stops the file; and a
header naming a charset other than UTF-8 is refused at its line instead of read as mojibake.
"""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import PoFileError, read_po, unescape

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


# "#~| msgid ..." (GNU msgmerge, Poedit and Weblate keep the previous msgid of an entry that became
# obsolete): Babel stops at it ("Unknown or misformatted keyword"). An obsolete entry is only kept
# to rescue its translation, so its previous msgid is dropped.
_OBSOLETE_PREVIOUS_RE = re.compile(rb"^#~\|[^\n]*", re.MULTILINE)


def read_catalog(path: Path, shown: Path | None = None) -> Catalog:
    """Read a .po/.pot; syntax problems become ``path:line: message`` (the first one in the file).

    A file whose every line is well formed and whose messages Babel all kept is read once;
    any other goes through po_syntax_error, line by line."""
    shown = shown or path
    try:
        data = path.read_bytes()
        text = data.decode("utf-8")
        catalog, lines = None, "\n" + text
        if "\n#~|" in lines:  # msgmerge's previous msgid of an obsolete entry: Babel rejects the line
            data = _OBSOLETE_PREVIOUS_RE.sub(b"", data)  # emptied, not removed: every line keeps its number
        if _BAD_LINE_RE.search(lines) is None:
            with contextlib.suppress(PoFileError):  # po_syntax_error may know of an earlier problem;
                catalog = read_po(io.BytesIO(data), abort_invalid=True)  # if not, Babel's is raised below
            if catalog is not None and _every_message_kept(lines, catalog):
                return _checked(catalog, text, shown)
        problem = po_syntax_error(text)
        if problem:
            raise SourceError(f"invalid catalog: {problem[1]}", shown, problem[0])
        return _checked(catalog if catalog is not None else read_po(io.BytesIO(data), abort_invalid=True), text,
                        shown)
    except PoFileError as exc:
        raise SourceError(f"invalid catalog: {exc.args[0].rsplit(' on ', 1)[0]}", shown, exc.lineno + 1) from exc
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise SourceError(f"invalid catalog: this line is not UTF-8 (byte {data[exc.start]:#04x}); save the file "
                          "as UTF-8, the encoding edu, msgfmt and every translation tool read", shown, line) from exc
    except ValueError as exc:
        raise SourceError(f"invalid catalog: {exc}", shown) from exc


_CONTENT_TYPE_RE = re.compile(r'^"Content-Type:', re.MULTILINE | re.IGNORECASE)
_PREVIOUS_RE = re.compile(r'\|\s*(?:(msgctxt|msgid|msgid_plural)\s+)?("(?:[^"\\]|\\.)*")\s*')


def _checked(catalog: Catalog, text: str, shown: Path) -> Catalog:
    """The catalog as read, once its header is known to say UTF-8 and its previous msgids are
    restored (``_restore_previous``)."""
    if catalog.charset.lower().replace("_", "-") not in ("utf-8", "utf8"):
        # Babel decodes every line after the header in the charset it names, so a UTF-8 file that
        # says ISO-8859-1 reads as mojibake ("Â¿QuÃ©"): accented translations rejected for no visible reason
        found = _CONTENT_TYPE_RE.search(text)
        line = text.count("\n", 0, found.start()) + 1 if found else 1
        raise SourceError(f"invalid catalog: the header says charset={catalog.charset}; edu catalogs are UTF-8: "
                          "write 'Content-Type: text/plain; charset=UTF-8' and save the file as UTF-8", shown, line)
    for message in [*catalog, *catalog.obsolete.values()]:
        if message.user_comments and any(c.startswith("|") for c in message.user_comments):
            _restore_previous(message)
    return catalog


def _restore_previous(message: Message) -> None:
    """Babel reads a previous-msgid line (``#| msgid "..."``, written by msgmerge, Poedit and
    ``edu update`` for a fuzzy entry) as a translator comment, and would write it back as
    ``# | msgid "..."``: a comment that grows on every update while Poedit loses the old text it
    shows beside a fuzzy entry (python-babel/babel#206). Such lines become the message's
    ``previous_id`` again; a previous msgctxt, which Babel cannot keep, is dropped; a ``|`` line
    that is not a keyword or a quoted string after one stays a comment."""
    previous: dict[str, list[str]] = {}
    comments: list[str] = []
    keyword = ""
    for comment in message.user_comments:
        line = _PREVIOUS_RE.fullmatch(comment) if comment.startswith("|") else None
        if line is None or not (line[1] or keyword):
            comments.append(comment)
            keyword = ""
            continue
        keyword = line[1] or keyword
        previous.setdefault(keyword, []).append(unescape(line[2]))
    if "msgid" in previous:
        message.previous_id = ["".join(previous["msgid"])]
        if "msgid_plural" in previous:
            message.previous_id.append("".join(previous["msgid_plural"]))
        message.user_comments = comments
