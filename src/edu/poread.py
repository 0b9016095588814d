"""Reading a .po/.pot file: as strict as GNU msgfmt, every problem located (``path:line: what``).

Babel's reader is lenient: it accepts an unterminated string, a stray word, or a message defined
twice (keeping one of them), or lines out of order (a msgstr after an obsolete entry brings that
entry back to life), all of which msgfmt, Poedit and Weblate reject. ``po_syntax_error`` finds the
first such line. A well-formed file, which is nearly every file, is checked in one pass instead:
one search for a line that is not a PO line, one match of the order of the keyword lines, and a
count showing Babel kept one message per msgid line (tests/test_po_reading.py holds the two ways
equal).

Three things Babel's reader gets wrong for files that GNU msgmerge, Poedit or Weblate wrote are
mended here: a previous msgid (``#|``) becomes the message's ``previous_id`` instead of a
translator comment; an obsolete entry's previous msgid (``#~|``) no longer stops the file; and a
header naming a charset other than UTF-8 is refused at its line instead of read as mojibake.
"""

from __future__ import annotations

import contextlib
import gettext
import io
import re
import unicodedata
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
_NPLURALS_RE = re.compile(r"nplurals\s*=\s*(\d+)")
_BAD_ESCAPE_RE = re.compile(r'(?<!\\)(?:\\\\)*\\[^\\"abfnrtv0-7x]')  # "\u00a0": C's escapes only
# a line whose string holds a bare quote: msgstr "Recibirá un "resumen" impreso"
_INNER_QUOTE_RE = re.compile(r'^\s*(?:(?:msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?)\s+)?".*[^\\]".*"\s*$')
# The order of an entry's lines (comments, obsolete entries and blank lines apart), one letter per
# line: msgctxt c, msgid i, msgid_plural p, msgstr s, msgstr[N] n, a string that continues one q.
# An entry is [msgctxt] msgid (msgstr | msgid_plural msgstr[N]...); msgfmt rejects any other order.
_KEYWORD = r'(msgctxt|msgid_plural|msgid|msgstr\[|msgstr|")'
_KEYWORD_RE, _KEYWORDS_RE = re.compile(_KEYWORD), re.compile("\n" + _KEYWORD)  # a line's; all, after "\n"
_LETTER = {"msgctxt": "c", "msgid": "i", "msgid_plural": "p", "msgstr": "s", "msgstr[": "n", '"': "q"}
# The same order over the keywords themselves, run together (no keyword starts another but for
# msgid/msgid_plural and msgstr/msgstr[, which what must follow each tells apart).
_ENTRIES_RE = re.compile(r'(?:(?:msgctxt"*)?msgid"*(?:msgstr"*|msgid_plural"*(?:msgstr\["*)+))*')
# What each keyword may come after ("": the start of the file); a string may come after any keyword.
# A msgctxt or msgid after a msgid or msgid_plural (the entry before has no msgstr) is left to
# Babel, which names the msgid: "missing msgstr for msgid 'Hello.'".
_FOLLOWS = {"c": ("", "s", "n", "i", "p"), "i": ("", "c", "s", "n", "i", "p"), "p": ("i",), "s": ("i",),
            "n": ("p", "n")}
_NAMES = {"c": "msgctxt", "i": "msgid", "p": "msgid_plural", "s": "msgstr", "n": "msgstr[N]", "q": "a string"}
_HEADER_FIRST_RE = re.compile(r'(?:#.*\n|[^\S\n]*\n)*msgid ""[^\S\n]*\nmsgstr')  # matched from the start of the text


# UTF-8's byte order mark, which Notepad ("UTF-8 with BOM") and some other editors write at the
# start of a file. GNU msgfmt rejects the file ("syntax error" at line 1); refusing it too withdrew
# every edition of the language for a mark edu knows the meaning of. It is read past, and
# `edu check` and `edu build` warn of it (BOM_WARNING), at line 1.
BOM = b"\xef\xbb\xbf"
BOM_WARNING = ('the file starts with a byte order mark (BOM, Notepad\'s "UTF-8 with BOM"): edu reads past it, but '
               "GNU msgfmt and tools built on it reject the file; run `edu update`, which writes it without the BOM, "
               'or save it as "UTF-8" (without BOM)')


def starts_with_bom(path: Path) -> bool:
    """Whether the file at ``path`` starts with a byte order mark (BOM); the first bytes only are read."""
    with path.open("rb") as file:
        return file.read(len(BOM)) == BOM


def po_syntax_error(text: str) -> tuple[int, str] | None:
    """The first line that GNU msgfmt would reject but Babel's lenient reader would accept (an
    unterminated string, a stray word, a line out of order, a message defined twice), as (line,
    what is wrong). A byte order mark is read past (see BOM)."""
    text = text.removeprefix("\ufeff")
    seen: dict[tuple[str, str], int] = {}
    context, key_line, key = "", 0, None
    last, last_line = "", 0  # the letter (_LETTER) of the last keyword line, and its number
    for number, line in enumerate(text.split("\n"), 1):
        line = line.removesuffix("\r")  # a file saved with Windows line ends reads the same
        if not line or line[0] == "#":  # comments (obsolete entries too) and blank lines: always valid
            continue
        if not PO_LINE_RE.match(line):
            if line.startswith(("<<<<<<<", "=======", ">>>>>>>", "|||||||")):
                return number, ("a merge conflict's marker is left in the file: keep one side (or merge the two "
                                "translations by hand), then delete the <<<<<<<, ======= and >>>>>>> lines")
            escape = _BAD_ESCAPE_RE.search(line) if "\\" in line else None
            if escape:
                return number, (f"{escape[0][-2:]} is no escape of gettext's (\\n, \\t, \\\" and \\\\ are): type the "
                                "character itself")
            if '"' in line and (line.count('"') % 2 or not line.rstrip().endswith('"')):
                return number, "a quoted string is not closed (check the quotes on this line)"
            if _INNER_QUOTE_RE.match(line):
                return number, ('a " inside the text ends its string: write \\" for it (or use the quotes “ ” of '
                                "the language)")
            return number, "not a gettext line (expected msgid, msgstr, a quoted string or a # comment)"
        found = _KEYWORD_RE.match(line)
        letter = _LETTER[found[0]] if found else ""
        if (letter == "q" and not last) or (letter in _FOLLOWS and last not in _FOLLOWS[letter]):
            after = f"after {_NAMES[last]} (line {last_line})" if last else "at the start of the file"
            return number, (f"{_NAMES[letter]} cannot come {after}: an entry is [msgctxt] msgid, then msgstr, "
                            "or msgid_plural and msgstr[N] for each form")
        strings = line[len(found[0]) if found and letter != "q" else 0:].strip()  # the quoted part
        if letter == "c":  # a message is known by its msgctxt and msgid, each with its continued lines
            context = strings
        elif letter == "i":
            key, key_line = (context, strings), number
        elif letter == "q" and last == "c":
            context += strings
        elif letter == "q" and last == "i" and key is not None:
            key = (key[0], key[1] + strings)
        elif letter in ("s", "n") and key is not None:
            if key in seen and key != ("", '""'):
                return key_line, f"this message is already defined at line {seen[key]} (msgfmt rejects duplicates)"
            seen[key], key, context = key_line, None, ""
        if letter and letter != "q":
            last, last_line = letter, number
    if last == "c":  # (a msgid without msgstr at the end: Babel names it)
        return last_line, "this msgctxt has no msgid after it (msgfmt rejects it)"
    return None


def _entries_in_order(lines: str) -> bool:
    """Every entry's lines come in the order msgfmt reads (``_ENTRIES_RE``), in one search."""
    return _ENTRIES_RE.fullmatch("".join(_KEYWORDS_RE.findall(lines))) is not None


def _every_message_kept(lines: str, catalog: Catalog) -> bool:
    """Babel stored one message per msgid line (the header apart): no message is defined twice,
    so po_syntax_error, which reads line by line, has nothing to find in a file without bad lines.

    A message defined twice is merged by Babel, so the count falls short; what this count does not
    foresee (an empty msgid after the header, which Babel takes for a header) falls short too and
    is searched. ``lines`` is the text after a "\n", as _BAD_LINE_RE reads it."""
    header = 1 if _HEADER_FIRST_RE.match(lines, 1) else 0
    return len(_MSGID_LINE_RE.findall(lines)) - header == len(catalog)


# "#~| msgid ..." (GNU msgmerge, Poedit, Weblate and edu keep the previous msgid of an entry that
# became obsolete): Babel stops at it ("Unknown or misformatted keyword"). Read as "#| ...", which
# Babel takes for a comment of the entry and _restore_previous makes its previous msgid again: a
# fuzzy entry moved out and back still shows what changed.
_OBSOLETE_PREVIOUS_RE = re.compile(rb"^#~\|", re.MULTILINE)


def read_catalog(path: Path, shown: Path | None = None, merging: bool = False) -> Catalog:
    """Read a .po/.pot; syntax problems become ``path:line: message`` (the first one in the file).
    ``merging`` (`edu update`): an entry with fewer plural forms than the header's Plural-Forms
    (a tool changed the header only) is read with empty forms, which the merge marks fuzzy to fill.

    A byte order mark at the start is read past (see BOM).
    A file whose every line is well formed and whose messages Babel all kept is read once;
    any other goes through po_syntax_error, line by line.

    The text is read in NFC: a letter typed as a base letter and combining marks (Vietnamese
    Unikey's combining mode, macOS) is the precomposed letter. Its marks were drawn from another
    font than its letter, unplaced ("điểm" printed like "điềm"), and each letter and mark came out
    of the PDF as text of its own. A msgid still matches the handouts' text, read in NFC too."""
    shown = shown or path
    try:
        data = path.read_bytes().removeprefix(BOM)  # read past it (see BOM): `edu check` and `edu build` warn
        text = data.decode("utf-8")
        if not unicodedata.is_normalized("NFC", text):  # (see above)
            text = unicodedata.normalize("NFC", text)
            data = text.encode("utf-8")
        catalog, lines = None, "\n" + text
        if "\n#~|" in lines:  # msgmerge's previous msgid of an obsolete entry: Babel rejects the line
            data = _OBSOLETE_PREVIOUS_RE.sub(b"#|", data)  # (every line keeps its number)
        if _BAD_LINE_RE.search(lines) is None:
            with contextlib.suppress(PoFileError):  # po_syntax_error may know of an earlier problem;
                catalog = read_po(io.BytesIO(data), abort_invalid=True)  # if not, Babel's is raised below
            if catalog is not None and _every_message_kept(lines, catalog) and _entries_in_order(lines):
                return _checked(catalog, text, shown, merging)
        problem = po_syntax_error(text)
        if problem:
            raise SourceError(f"invalid catalog: {problem[1]}", shown, problem[0])
        return _checked(catalog if catalog is not None else read_po(io.BytesIO(data), abort_invalid=True), text,
                        shown, merging)
    except PoFileError as exc:
        said = exc.args[0].rsplit(' on ', 1)[0]
        if "more translations than num_plurals" in said:  # Babel's words for a msgstr[2] under nplurals=2
            forms = _NPLURALS_RE.search(text)
            said = (f"this entry has more plural forms (msgstr[N]) than the header's Plural-Forms "
                    f"(nplurals={forms[1] if forms else '?'}): delete the extra ones, or correct Plural-Forms")
        raise SourceError(f"invalid catalog: {said}", shown, exc.lineno + 1) from exc
    except UnicodeDecodeError as exc:
        charset = _CHARSET_RE.search(data)
        if charset and charset[1].decode("ascii").lower().replace("_", "-") not in ("utf-8", "utf8", "charset"):
            name = charset[1].decode("ascii")  # saved by `msgconv -t ISO-8859-1`, or an old tool
            raise SourceError(f"invalid catalog: the file is saved as {name} (its header says so); edu catalogs are "
                              f"UTF-8: convert it with `msgconv -t UTF-8 -o {shown.name} {shown.name}`", shown,
                              data[: charset.start()].count(b"\n") + 1) from exc
        line = data[: exc.start].count(b"\n") + 1
        raise SourceError(f"invalid catalog: this line is not UTF-8 (byte {data[exc.start]:#04x}); save the file "
                          "as UTF-8, the encoding edu, msgfmt and every translation tool read", shown, line) from exc
    except ValueError as exc:
        plural = _PLURAL_FORMS_RE.search(text) if "int()" in str(exc) else None  # nplurals=x: Babel's int()
        if plural:
            raise SourceError("invalid catalog: Plural-Forms' nplurals is not a number: copy the Plural-Forms line "
                              "`edu init` writes for the language", shown, text.count("\n", 0, plural.start()) + 1
                              ) from exc
        raise SourceError(f"invalid catalog: {exc}", shown) from exc


_CHARSET_RE = re.compile(rb'^"Content-Type:[^"\n]*charset=([\w.:-]+)', re.MULTILINE | re.IGNORECASE)
_CONTENT_TYPE_RE = re.compile(r'^"Content-Type:', re.MULTILINE | re.IGNORECASE)
_PREVIOUS_RE = re.compile(r'\|\s*(?:(msgctxt|msgid|msgid_plural)\s+)?("(?:[^"\\]|\\.)*")\s*')


def _checked(catalog: Catalog, text: str, shown: Path, merging: bool = False) -> Catalog:
    """The catalog as read, once its header is known to say UTF-8 and its previous msgids are
    restored (``_restore_previous``)."""
    if catalog.charset.lower().replace("_", "-") not in ("utf-8", "utf8"):
        # Babel decodes every line after the header in the charset it names, so a UTF-8 file that
        # says ISO-8859-1 reads as mojibake ("Â¿QuÃ©"): accented translations rejected for no visible reason
        found = _CONTENT_TYPE_RE.search(text)
        line = text.count("\n", 0, found.start()) + 1 if found else 1
        raise SourceError(f"invalid catalog: the header says charset={catalog.charset}; edu catalogs are UTF-8: "
                          "write 'Content-Type: text/plain; charset=UTF-8' and save the file as UTF-8", shown, line)
    _check_plural_forms(catalog, text, shown, merging)
    for message in [*catalog, *catalog.obsolete.values()]:
        if message.user_comments and any(c.startswith("|") for c in message.user_comments):
            _restore_previous(message)
    return catalog


_PLURAL_FORMS_RE = re.compile(r'^"Plural-Forms:', re.MULTILINE | re.IGNORECASE)


def _check_plural_forms(catalog: Catalog, text: str, shown: Path, merging: bool = False) -> None:
    """The header's Plural-Forms, which every page word with a number goes through: 1 to 6 forms
    (CLDR's languages have at most 6; nplurals=1000000000 filled the memory), a rule that gives
    one of them for every number (plural=n-5 gave -5, n/0 a traceback), and as many forms in every
    entry (unless ``merging``), as GNU msgfmt --check requires: Babel gives the missing ones "",
    and a translated page word read as "not translated" sent the translator to the wrong line."""
    found = _PLURAL_FORMS_RE.search(text)
    if found is None:
        return
    line = text.count("\n", 0, found.start()) + 1
    fix = "copy the Plural-Forms line `edu init` writes for the language (GNU gettext's, from CLDR)"
    try:
        forms, rule = catalog.num_plurals, catalog.plural_expr
    except (ValueError, TypeError) as exc:
        raise SourceError(f"invalid catalog: the Plural-Forms header cannot be read ({exc}); {fix}", shown,
                          line) from exc
    if not 1 <= forms <= 6:
        raise SourceError(f"invalid catalog: Plural-Forms says nplurals={forms}; a language has 1 to 6 plural "
                          f"forms: {fix}", shown, line)
    try:
        chosen = set(map(gettext.c2py(rule), range(1001)))
    except (ValueError, ArithmeticError, RecursionError, TypeError, SyntaxError) as exc:
        why = str(exc) or type(exc).__name__
        raise SourceError(f"invalid catalog: Plural-Forms' rule plural={rule} cannot be computed ({why}); {fix}",
                          shown, line) from exc
    outside = sorted(f for f in chosen if not 0 <= f < forms)
    if outside:
        raise SourceError(f"invalid catalog: Plural-Forms' rule plural={rule} gives form {outside[0]}, and nplurals="
                          f"{forms} has forms 0 to {forms - 1}: {fix}", shown, line)
    short = _fewer_forms(text, forms) if "\nmsgid_plural" in text and not merging else None
    if short:  # Babel fills the missing forms with "": the entry would read as untranslated
        entry, given = short
        missing = " and ".join(f"msgstr[{n}]" for n in range(given, forms))
        raise SourceError(f"invalid catalog: the header says nplurals={forms}, but the entry at line {entry} has "
                          f"{given} form{'s' * (given != 1)} (msgfmt --check rejects it): add {missing} to it and to "
                          "every such entry (`edu update` adds them empty, marked fuzzy), or fix Plural-Forms", shown,
                          line)


def _fewer_forms(text: str, forms: int) -> tuple[int, int] | None:
    """The first entry (not obsolete) with fewer msgstr[N] than ``forms``: (its msgid line, its forms).
    Only the lines from each msgid_plural on are read, found by a quick look (reading every line
    of a catalog took a tenth of a second of each build of 500 handouts)."""
    found, done, line, counted = -1, 0, 1, 0  # done: the offset read up to; line: the number of offset counted
    while (found := text.find("msgid_plural", found + 1)) >= 0:
        start = text.rfind("\n", 0, found) + 1
        if found < done or (start < found and not text[start:found].isspace()):
            continue  # inside an entry read already, or not at the start of a line (gettext and Babel read past spaces)
        line, counted = line + text.count("\n", counted, start), start
        entry = _msgid_before(text, start, line)
        if entry:
            given, done = _entry_forms(text, text.find("\n", found), forms)
            if given is not None:
                return entry, given
    return None


def _msgid_before(text: str, end: int, number: int) -> int:
    """The number of the last line before offset ``end`` (the start of line ``number``) that is a
    msgid, or 0."""
    while end > 0:
        start = text.rfind("\n", 0, end - 1) + 1
        number -= 1
        if text[start:end - 1].strip().startswith("msgid "):
            return number
        end = start
    return 0


def _entry_forms(text: str, at: int, forms: int) -> tuple[int | None, int]:
    """The msgstr[N] of the plural entry whose msgid_plural line ends at offset ``at`` if they are
    fewer than ``forms``, else None; and the offset where the entry ends (the file's end ends it)."""
    given = 0
    while at >= 0:
        end = text.find("\n", at + 1)
        line = text[at + 1:end if end >= 0 else len(text)].strip()
        at = end
        if not line:
            continue  # a blank line (even one of spaces) ends no entry: msgfmt reads on to its msgstr[N]
        if line.startswith("msgstr["):
            given += 1
        elif line.startswith('"') or (line.startswith("#") and not line.startswith("#~")):
            continue  # a string continued, a comment
        elif line.startswith("msgid_plural"):
            given = 0
        else:
            return (given if given < forms else None), at if at >= 0 else len(text)
    return (given if given < forms else None), len(text)


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
