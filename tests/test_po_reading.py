"""read_catalog reads a well-formed file in one pass; on any file it reports what the line-by-line
search (po_syntax_error, then Babel) reports: the same first problem at the same line, or the same
messages."""

from __future__ import annotations

import io
import itertools
import re
import tempfile
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import PoFileError, read_po
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from edu.errors import SourceError
from edu.poread import po_syntax_error, read_catalog
from edu.potext import po_text
from helpers import po_line, run
from test_potext import catalogs

HEADER = ['msgid ""', 'msgstr ""', '"Content-Type: text/plain; charset=UTF-8\\n"', '"Plural-Forms: nplurals=2; '
          'plural=(n != 1);\\n"']
BAD_LINES = ['msgid "unterminated', "garbage", '  msgid "x"', 'msgstr[x] ""', '"a\\qb"', 'msgstr "orphan"',
             '"tail"', "   ", "", 'msgid "a" "b"', "#, fuzzy", 'msgid ""']


@st.composite
def entry(draw: st.DrawFn) -> list[str]:
    lines = draw(st.lists(st.sampled_from(["#. a note", "#: content/en/a.md:3", "#, fuzzy", "# translator"]),
                          max_size=2))
    context = draw(st.sampled_from([None, None, "verb", "noun"]))
    if context:
        lines.append(f'msgctxt "{context}"')
    msgid = draw(st.sampled_from(["Hello.", "Bye.", "Take 5 mg.", "", "Hello. "]))
    keyword = "msgid" + draw(st.sampled_from([" ", " ", " ", "\t"]))
    if msgid and draw(st.integers(0, 3)) == 0:  # the same msgid written over two lines
        lines += [f'{keyword}""', f'"{msgid}"']
    else:
        lines.append(f'{keyword}"{msgid}"')
    if draw(st.integers(0, 5)) == 0:
        lines += ['msgid_plural "Hellos."', 'msgstr[0] "Hola."', 'msgstr[1] "Holas."']
    else:
        lines.append(f'msgstr "{draw(st.sampled_from(["Hola.", "", "Adiós.", "Tome 5 mg."]))}"')
    if draw(st.integers(0, 5)) == 0:  # obsolete
        lines = [line if line.startswith("#") else "#~ " + line for line in lines]
    return lines


@st.composite
def po_texts(draw: st.DrawFn) -> str:
    lines = list(HEADER) if draw(st.integers(0, 4)) else []
    for one in draw(st.lists(entry(), max_size=7)):
        lines += ["", *one]
    for _ in range(draw(st.integers(0, 2)) if draw(st.booleans()) else 0):
        lines.insert(draw(st.integers(0, len(lines))), draw(st.sampled_from(BAD_LINES)))
    return draw(st.sampled_from(["\n", "\r\n"])).join(lines) + "\n"


def outcome(read) -> str:  # type: ignore[no-untyped-def]
    try:
        catalog = read()
    except SourceError as exc:
        return f"error: {exc}"
    messages = [(m.id, m.context, m.string, sorted(m.flags), m.lineno) for m in catalog]
    obsolete = [(m.id, m.context, m.string) for m in catalog.obsolete.values()]
    return repr((messages, obsolete))


def line_by_line(path: Path) -> object:
    """How read_catalog read every file before its one-pass path: search, then Babel."""
    data = path.read_bytes()
    problem = po_syntax_error(data.decode("utf-8"))
    if problem:
        raise SourceError(f"invalid catalog: {problem[1]}", path, problem[0])
    try:
        return read_po(io.BytesIO(data), abort_invalid=True)
    except PoFileError as exc:
        raise SourceError(f"invalid catalog: {exc.args[0].rsplit(' on ', 1)[0]}", path, exc.lineno + 1) from exc


# Found by the test below: an obsolete plural entry, then a msgstr that is not obsolete (Babel makes
# the obsolete entry live again, which hid the duplicate msgctxt "verb" msgid "Hello." from the count).
ORPHAN = ('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Plural-Forms: nplurals=2; '
          'plural=(n != 1);\\n"\n\nmsgctxt "verb"\nmsgid "Hello."\nmsgstr "Hola."\n\n#~ msgid ""\n#~ "Hello."\n'
          '#~ msgid_plural "Hellos."\n#~ msgstr[0] "Hola."\n#~ msgstr[1] "Holas."\nmsgstr "orphan"\n\n'
          'msgctxt "verb"\nmsgid "Hello."\nmsgid_plural "Hellos."\nmsgstr[0] "Hola."\nmsgstr[1] "Holas."\n')


# Found by the test below: a line of spaces between msgid_plural and msgstr[0] (msgfmt and Babel read
# on to the forms; the plural-forms count took it for the entry's end and said it had none).
SPACED = ('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Plural-Forms: nplurals=2; '
          'plural=(n != 1);\\n"\n\nmsgid ""\nmsgid_plural "Hellos."\n   \nmsgstr[0] "Hola."\nmsgstr[1] "Holas."\n')


@settings(max_examples=400, deadline=None)
@given(po_texts())
@example(ORPHAN)
@example(SPACED)
def test_one_pass_reading_agrees_with_the_line_by_line_search(text: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "es.po"
        path.write_bytes(text.encode("utf-8"))
        assert outcome(lambda: read_catalog(path)) == outcome(lambda: line_by_line(path))


def test_a_message_defined_twice_is_found_in_a_file_of_good_lines(tmp_path: Path) -> None:
    path = tmp_path / "es.po"
    path.write_text("\n".join([*HEADER, "", 'msgid "Hello."', 'msgstr "Hola."', "", 'msgctxt "verb"',
                               'msgid "Hello."', 'msgstr "Hola."', "", 'msgid "Hello."', 'msgstr "Buenas."', ""]),
                    encoding="utf-8")
    assert outcome(lambda: read_catalog(path)) == (
        f"error: {path}:13: invalid catalog: this message is already defined at line 6 (msgfmt rejects duplicates)")


def test_a_line_separator_inside_a_string_is_text(tmp_path: Path) -> None:
    """Only "\\n" ends a line, as for msgfmt: U+2028 or a form feed in a translation is not a break."""
    path = tmp_path / "es.po"
    path.write_text("\n".join([*HEADER, "", 'msgid "Hello."', 'msgstr "Hola.\u2028¿Qué tal?\x0c"', ""]),
                    encoding="utf-8")
    assert read_catalog(path).get("Hello.").string == "Hola.\u2028¿Qué tal?\x0c"


@pytest.mark.parametrize(("lines", "line", "message"), [
    (['msgid "Hello."', "<<<<<<< HEAD", 'msgstr "Hola."', "=======", 'msgstr "Buenas."', ">>>>>>> weblate"], 7,
     "a merge conflict's marker is left in the file: keep one side (or merge the two translations by hand), then "
     "delete the <<<<<<<, ======= and >>>>>>> lines"),
    (['msgid "Hello."', 'msgstr "Hola\\u00a0amigo."'], 7,
     "\\u is no escape of gettext's (\\n, \\t, \\\" and \\\\ are): type the character itself"),
    (['msgid "a part"', 'msgid_plural "parts"', 'msgstr[0] "una parte"', 'msgstr[1] "partes"', 'msgstr[2] "partes"'],
     6, "this entry has more plural forms (msgstr[N]) than the header's Plural-Forms (nplurals=2): delete the extra "
     "ones, or correct Plural-Forms"),
])
def test_what_a_translator_left_in_a_file_is_named(tmp_path: Path, lines: list[str], line: int, message: str) -> None:
    """These said "not a gettext line" or Babel's "msg has more translations than num_plurals of catalog"."""
    path = tmp_path / "es.po"
    path.write_text("\n".join([*HEADER, "", *lines, ""]), encoding="utf-8")
    assert outcome(lambda: read_catalog(path)) == f"error: {path}:{line}: invalid catalog: {message}"


def test_a_plural_forms_header_with_more_forms_than_the_entries_is_named_at_its_line(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A header rewritten alone (CLDR's third Spanish form for exact millions, as Weblate writes it)
    over entries with two forms: msgfmt --check names the header, but `edu check` called the
    translated page word "not translated" at its own line, and held every Spanish edition back."""
    po = project / "locale/es/LC_MESSAGES/from-en.po"
    three = '"Plural-Forms: nplurals=3; plural=(n==1 ? 0 : n%1000000==0 ? 1 : 2);\\n"'
    po.write_text(re.sub(r'^"Plural-Forms: .*$', lambda _: three, po.read_text(encoding="utf-8"), flags=re.M),
                  encoding="utf-8")
    header = next(n for n, x in enumerate(po.read_text(encoding="utf-8").splitlines(), 1) if x == three)
    entry = po_line(po, "%(num)s part is missing")  # the first page word with plural forms
    code, _out, err = run(capsys, project, "check")
    assert code == 1 and "[untranslated]" not in err, err
    assert (f"locale/es/LC_MESSAGES/from-en.po:{header}: error: invalid catalog: the header says nplurals=3, but the "
            f"entry at line {entry} has 2 forms (msgfmt --check rejects it): add msgstr[2] to it and to every such "
            "entry (`edu update` adds them empty, marked fuzzy), or fix Plural-Forms [catalog]") in err.splitlines(), \
        err
    assert run(capsys, project, "update")[0] == 0  # the forms added, empty: the translator's to fill
    code, _out, err = run(capsys, project, "check")
    cited = po_line(po, "Source %(number)s")
    assert code == 1 and (f"from-en.po:{cited}: error: msgstr[2] of the entry is not translated (the header's "
                          "Plural-Forms has 3 forms): translate it;") in err, err


@pytest.mark.parametrize("first", [[], ["# Spanish translations", "#, fuzzy"]])
def test_a_byte_order_mark_is_read_past(tmp_path: Path, first: list[str]) -> None:
    """msgfmt rejects a BOM ("syntax error" at line 1), and edu refused the file too, withdrawing every
    edition of the language: the entries are read as without it (`edu check` and `edu build` warn)."""
    path, plain = tmp_path / "es.po", tmp_path / "plain.po"
    text = "\n".join([*first, *HEADER, "", 'msgid "Hello."', 'msgstr "Hola."', "", 'msgid "Bye."', 'msgstr ""', ""])
    path.write_bytes("\ufeff".encode() + text.encode())
    plain.write_bytes(text.encode())
    assert outcome(lambda: read_catalog(path)) == outcome(lambda: read_catalog(plain))
    assert read_catalog(path).get("Hello.").string == "Hola."
    assert po_syntax_error("\ufeff" + text) is None
    path.write_bytes("\ufeff".encode() + text.replace('msgstr "Hola."', 'msgstr "Hola.').encode())  # and a slip
    assert outcome(lambda: read_catalog(path)) == (
        f"error: {path}:{len(first) + 7}: invalid catalog: a quoted string is not closed (check the quotes on this "
        "line)")


def test_previous_msgids_are_read_as_previous_msgids(tmp_path: Path) -> None:
    """Babel reads #| lines as translator comments (babel#206) and would write them back as
    "# | msgid ...", a comment that grows on every update; read_catalog keeps them what they are."""
    path = tmp_path / "es.po"
    path.write_text("\n".join([
        *HEADER, "",
        "# a translator's note", "#, fuzzy", '#| msgctxt "old"', '#| msgid ""', '#| "An old text over "',
        '#| "two lines, \\"quoted\\"."', 'msgid "New text."', 'msgstr "Texto nuevo."', "",
        "#, fuzzy", '#| msgid "A dose."', '#| msgid_plural "Doses."', 'msgid "One dose."', 'msgid_plural "Doses."',
        'msgstr[0] "Una dosis."', 'msgstr[1] "Dosis."', "",
        "# | not a previous msgid", 'msgid "Kept."', 'msgstr "Guardado."', ""]), encoding="utf-8")
    catalog = read_catalog(path)
    new, plural, kept = (catalog.get(key) for key in ("New text.", "One dose.", "Kept."))
    assert new is not None and plural is not None and kept is not None
    assert new.previous_id == ['An old text over two lines, "quoted".']  # the old msgctxt: Babel has no place for it
    assert new.user_comments == ["a translator's note"]
    assert (plural.previous_id, plural.user_comments) == (["A dose.", "Doses."], [])
    assert (kept.previous_id, kept.user_comments) == ([], ["| not a previous msgid"])


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(catalogs(), st.sampled_from([0, 20, 76]))
def test_previous_msgids_survive_writing_and_reading(catalog: Catalog, width: int) -> None:
    text = po_text(catalog, width)
    previous = [line for line in text.split("\n") if line.startswith("#|")]
    assume(all(a != b for a, b in itertools.pairwise(previous)))  # Babel merges a repeated comment line
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "es.po"
        path.write_text(text, encoding="utf-8")
        read = read_catalog(path)
    assert [(m.id, m.previous_id) for m in read if m.id] == [(m.id, m.previous_id) for m in catalog if m.id]


def test_an_obsolete_entry_with_a_previous_msgid_is_read_and_later_lines_keep_their_numbers(tmp_path: Path) -> None:
    """msgmerge writes "#~| msgid" above an obsolete entry; Babel alone refuses the file."""
    path = tmp_path / "es.po"
    lines = [*HEADER, "", 'msgid "Hello."', 'msgstr "Hola."', "", "#, fuzzy", '#~| msgid "Old."', '#~ msgid "Gone."',
             '#~ msgstr "Ido."', "", 'msgid "Bye."', 'msgstr "Adiós."', ""]
    path.write_text("\n".join(lines), encoding="utf-8")
    catalog = read_catalog(path)
    assert [(m.id, m.lineno) for m in catalog if m.id] == [("Hello.", 6), ("Bye.", 14)]
    assert [m.id for m in catalog.obsolete.values()] == ["Gone."]
    path.write_text("\n".join([*lines[:-1], 'msgid "Unclosed.', 'msgstr ""', ""]), encoding="utf-8")
    assert outcome(lambda: read_catalog(path)) == f"error: {path}:16: invalid catalog: a quoted string is not closed " \
                                                  "(check the quotes on this line)"
