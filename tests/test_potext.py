"""edu's PO writer (src/edu/potext.py) writes exactly what Babel's write_po writes, on the real
catalogs and on generated ones; Babel is the reference throughout."""

from __future__ import annotations

import copy
import datetime as dt
import io
import shutil
import subprocess
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import WORD_SEP, read_po, write_po
from babel.messages.pofile import normalize as babel_normalize
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from edu.catalogfile import GENERATED_BY, GENERATED_BY_RE, render_catalog
from edu.potext import _words, normalize, po_text

REPO = Path(__file__).resolve().parents[1]
EPOCH = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def babel_text(catalog: Catalog, width: int) -> str:
    out = io.BytesIO()
    write_po(out, catalog, width=width, include_previous=True)
    return out.getvalue().decode(catalog.charset or "utf-8")


# Characters that matter to wrapping and escaping: spaces of every kind, hyphens and dashes,
# quotes, backslashes, line breaks, tabs, letters with accents, digits, punctuation, file isolates.
TRICKY = "ab zé-Ñ1.,!?\"'&\\\t\n\r\x0b\x0c\xa0\u2028\u2068\u2069—–-_:/"
tricky_text = st.text(st.sampled_from(list(TRICKY)), max_size=200)
any_text = st.one_of(tricky_text, st.text(max_size=120))
widths = st.sampled_from([-1, 0, 1, 2, 5, 20, 40, 60, 76, 79, 200])


@given(any_text)
def test_words_split_like_babel(line: str) -> None:
    assert _words(line) == WORD_SEP.split(line)


@given(any_text, st.sampled_from(["", "#~ ", "# "]), widths)
def test_normalize_like_babel(text: str, prefix: str, width: int) -> None:
    assert normalize(text, prefix, width) == babel_normalize(text, prefix, width)


@pytest.mark.parametrize("path", sorted((REPO / "locale").rglob("*.po*")), ids=lambda p: p.name)
def test_real_catalogs_like_babel(path: Path) -> None:
    with path.open("rb") as fileobj:
        catalog = read_po(fileobj)
    for width in (76, 40, 0):
        assert po_text(catalog, width) == babel_text(catalog, width)


def test_render_catalog_writes_babels_text() -> None:
    with (REPO / "locale" / "es" / "LC_MESSAGES" / "from-en.po").open("rb") as fileobj:
        catalog = read_po(fileobj)
    expected = GENERATED_BY_RE.sub(lambda _: GENERATED_BY, babel_text(catalog, 76), count=1)
    assert render_catalog(catalog, 76) == expected
    assert "Generated-By: edu" in expected


short_text = st.text(st.sampled_from(list(TRICKY)), min_size=1, max_size=90)
filename = st.sampled_from(["content/en/a.md", "content/en/long name with spaces.md", "templates/base.html",
                            "\u2068x y.md\u2069", "a-b-c-d-e-f-g-h-i-j-k-l-m-n-o-p-q-r-s-t-u-v-w-x-y-z.md"])
location = st.tuples(filename, st.one_of(st.none(), st.integers(0, 5000)))
comments = st.lists(st.one_of(short_text, st.text(max_size=200)), max_size=3)
flags = st.sets(st.sampled_from(["fuzzy", "python-format", "python-brace-format", "edu-ok:number", "no-wrap"]))


@st.composite
def messages(draw: st.DrawFn, plural: bool) -> Message:
    if plural:
        msgid: str | tuple[str, str] = (draw(short_text), draw(short_text))
        string: str | tuple[str, ...] = tuple(draw(st.lists(any_text, max_size=3)))
    else:
        msgid, string = draw(short_text), draw(any_text)
    previous = draw(st.one_of(st.just(()), st.tuples(short_text), st.tuples(short_text, short_text)))
    return Message(msgid, string, locations=draw(st.lists(location, max_size=6)), flags=draw(flags),
                   auto_comments=draw(comments), user_comments=draw(comments), previous_id=previous,
                   context=draw(st.one_of(st.none(), short_text)))


@st.composite
def catalogs(draw: st.DrawFn) -> Catalog:
    catalog = Catalog(locale=draw(st.sampled_from(["es", "en", "fr"])), project="edu", version="1",
                      creation_date=EPOCH, revision_date=EPOCH, fuzzy=draw(st.booleans()))
    catalog.header_comment = draw(st.sampled_from([catalog.header_comment, "# A header that is long enough to be "
                                                   "wrapped at a narrow width, with a-hyphenated-word.\n#\n#, fuzzy"]))
    for message in draw(st.lists(st.one_of(messages(False), messages(True)), max_size=8)):
        catalog[message.id] = message  # keyed by msgid alone: the context stays on the message
    for message in draw(st.lists(messages(False), max_size=3)):
        catalog.obsolete[message.id] = message
    return catalog


def without_previous(catalog: Catalog) -> Catalog:
    copied = copy.deepcopy(catalog)
    for message in [*copied, *copied.obsolete.values()]:
        message.previous_id = []
    return copied


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(catalogs(), widths)
def test_generated_catalogs_like_babel(catalog: Catalog, width: int) -> None:
    """Byte for byte Babel's text, but for the previous msgids (next test) and an obsolete entry's
    flags (Babel drops them; msgmerge keeps "#, fuzzy" above "#~")."""
    ours = po_text(catalog, width).split("\n")  # only "\n" ends a line of a .po file
    kept = [line for n, line in enumerate(ours) if not line.startswith(("#|", "#~|"))
            and not (line.startswith("#,") and n + 1 < len(ours) and ours[n + 1].startswith(("#~", "#~|")))]
    assert "\n".join(kept) == babel_text(without_previous(catalog), width)
    assert len([line for line in ours if line.startswith("#| msgid")]) == sum(len(m.previous_id) for m in catalog)
    assert len([line for line in ours if line.startswith("#~| msgid")]) == sum(
        len(m.previous_id) for m in catalog.obsolete.values())


PREVIOUS = "An old source text that is long enough to be wrapped over two lines by the writer."


def test_an_obsolete_fuzzy_entry_stays_fuzzy(tmp_path: Path) -> None:
    """A handout moved out and back (or a git branch switched) made its unreviewed translations final:
    the "#~" entry lost its fuzzy flag. Written as msgmerge writes it; read back fuzzy."""
    catalog = Catalog(locale="es", creation_date=EPOCH, revision_date=EPOCH)
    catalog.add("Kept.", "Guardado.")
    catalog.obsolete["Gone."] = Message("Gone.", "Ido.", flags=["fuzzy"])
    text = po_text(catalog, 76)
    assert text.endswith('\n\n#, fuzzy\n#~ msgid "Gone."\n#~ msgstr "Ido."\n\n')
    assert read_po(io.StringIO(text)).obsolete["Gone."].fuzzy
    msgfmt = shutil.which("msgfmt")
    if msgfmt is not None:
        (tmp_path / "es.po").write_text(text, encoding="utf-8")
        assert subprocess.run([msgfmt, "--check", "-o", "/dev/null", str(tmp_path / "es.po")]).returncode == 0


def test_an_obsolete_fuzzy_entry_keeps_what_its_source_was(tmp_path: Path) -> None:
    """Moved out and back, a fuzzy entry lost its "#|" (what changed in the source, which Poedit shows):
    an obsolete entry's is written "#~|", as msgmerge writes it, and read back."""
    from edu.poread import read_catalog

    catalog = Catalog(locale="es", creation_date=EPOCH, revision_date=EPOCH)
    catalog.add("Kept.", "Guardado.")
    catalog.obsolete["Gone now."] = Message("Gone now.", "Ido.", flags=["fuzzy"], previous_id=["Gone."])
    text = po_text(catalog, 76)
    assert text.endswith('\n\n#, fuzzy\n#~| msgid "Gone."\n#~ msgid "Gone now."\n#~ msgstr "Ido."\n\n')
    (tmp_path / "es.po").write_text(text, encoding="utf-8")
    assert read_catalog(tmp_path / "es.po").obsolete["Gone now."].previous_id == ["Gone."]
    msgfmt = shutil.which("msgfmt")
    if msgfmt is not None:
        assert subprocess.run([msgfmt, "--check", "-o", "/dev/null", str(tmp_path / "es.po")]).returncode == 0


def test_previous_msgids_are_written_as_msgmerge_writes_them(tmp_path: Path) -> None:
    """One quoted string per #| line; Babel wraps a long one as prose (babel#206), which GNU
    gettext and Poedit then read as a comment, and Babel as a translator comment."""
    catalog = Catalog(locale="es", creation_date=EPOCH, revision_date=EPOCH)
    catalog.add("New text.", "Texto nuevo.", flags=["fuzzy"], previous_id=[PREVIOUS])
    catalog.add(("One dose.", "{n} doses."), ("Una dosis.", "{n} dosis."), flags=["fuzzy"],
                previous_id=["A dose.", "Doses."])
    text = po_text(catalog, 76)
    assert ('#, fuzzy\n#| msgid ""\n#| "An old source text that is long enough to be wrapped over two lines by"'
            '\n#| " the writer."\nmsgid "New text."\n') in text
    assert all(len(line) <= 76 for line in text.split("\n") if line.startswith("#|"))
    assert '#| msgid "A dose."\n#| msgid_plural "Doses."\nmsgid "One dose."\n' in text
    assert '#| msgid "" "An old' in babel_text(catalog, 76)  # what Babel writes instead
    msgcat = shutil.which("msgcat")
    if msgcat is None:
        pytest.skip("GNU gettext (msgcat) is not installed; .ci/run installs it")
    (tmp_path / "es.po").write_text(text, encoding="utf-8")
    joined = subprocess.run([msgcat, "--no-wrap", str(tmp_path / "es.po")], capture_output=True, text=True,
                            check=True).stdout
    assert f'#| msgid "{PREVIOUS}"\n' in joined  # GNU gettext reads it as the previous msgid


def test_conflicts_are_written_by_babel() -> None:
    catalog = Catalog(locale="es", creation_date=EPOCH, revision_date=EPOCH)
    catalog.add("Hello.", "Hola.")
    if not hasattr(catalog, "add_conflict"):
        pytest.skip("this Babel records no conflicts")
    catalog.add_conflict(Message("Hello.", "Buenas."), "other.po", "edu", "1")
    assert po_text(catalog, 76) == babel_text(catalog, 76)
    assert "Buenas." in po_text(catalog, 76)


def test_other_charsets_are_written_by_babel() -> None:
    catalog = Catalog(locale="es", creation_date=EPOCH, revision_date=EPOCH, charset="iso-8859-1")
    catalog.add("Hello.", "¡Hola, señora! ✓")  # ✓ is not in Latin-1: Babel writes it as \u2713
    assert po_text(catalog, 76) == babel_text(catalog, 76)
    assert 'msgstr "¡Hola, señora! \\u2713"' in po_text(catalog, 76)


@pytest.mark.parametrize("width", [20, 76])
def test_comments_at_the_line_length_like_babel(width: int) -> None:
    """A comment one character too long for its line is wrapped by TextWrapper, as by Babel."""
    catalog = Catalog(locale="es", creation_date=EPOCH, revision_date=EPOCH)
    for size in range(width - 4, width + 4):
        for text in (("ab " * 60)[:size], ("ab " * 60)[:size].rstrip() + "  ", " " + ("a-b " * 40)[:size - 1]):
            catalog.add(f"Message {size} {text!r}", "Mensaje", auto_comments=[text], user_comments=[text],
                        locations=[(text.strip() or "x", size)])
    assert po_text(catalog, width) == babel_text(catalog, width)
