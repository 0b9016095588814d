"""The catalogs are plain gettext: GNU msgfmt accepts them, pybabel round-trips them unchanged, a
file re-wrapped by Poedit loses nothing, and `edu update --check` keeps them in step with the content."""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from conftest import REPO
from edu.catalogfile import same_but_stamps
from helpers import add_language, run

SHIPPED = sorted((REPO / "locale").glob("*/LC_MESSAGES/*.po"))
MSGFMT = shutil.which("msgfmt")


def _catalogs(root: Path) -> list[Path]:
    return sorted((root / "locale").glob("*/LC_MESSAGES/*.po"))


@pytest.mark.skipif(MSGFMT is None, reason="GNU gettext (msgfmt) is not installed; .ci/run installs it")
@pytest.mark.parametrize("po", [*SHIPPED, *_catalogs(REPO / "tests/data/project")],
                         ids=lambda p: str(p.relative_to(REPO)))
def test_gnu_msgfmt_check_accepts_the_catalog(po: Path, tmp_path: Path) -> None:
    result = subprocess.run([MSGFMT or "msgfmt", "--check", "--statistics", "-o", str(tmp_path / "x.mo"), str(po)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "fuzzy" not in result.stderr and "untranslated" not in result.stderr, result.stderr


def test_shipped_catalogs_match_the_content(capsys: pytest.CaptureFixture[str]) -> None:
    """`edu update --check`: the committed .pot and .po files are exactly what the content gives."""
    code, _out, err = run(capsys, REPO, "update", "--check")
    assert code == 0, err


def test_pybabel_update_round_trip_changes_nothing(project: Path) -> None:
    """People who script Babel can run `pybabel update` on our files without churn."""
    po = project / "locale/es/LC_MESSAGES/from-en.po"
    before = po.read_text(encoding="utf-8")
    subprocess.run([sys.executable, "-m", "babel.messages.frontend", "update", "--previous", "-w", "76",
                    "-i", str(project / "locale/from-en.pot"), "-o", str(po), "-l", "es"],
                   check=True, capture_output=True)
    after = po.read_text(encoding="utf-8")
    assert same_but_stamps(after, before)  # pybabel writes its own Generated-By line, nothing else


def test_a_po_file_rewrapped_by_poedit_is_read_and_rewritten_without_loss(project: Path,
                                                                         capsys: pytest.CaptureFixture[str]) -> None:
    po = project / "locale/es/LC_MESSAGES/from-en.po"
    before = po.read_text(encoding="utf-8")
    # Poedit wraps at 79 columns and starts long strings on the next line; emulate that.
    rewrapped = []
    for line in before.splitlines():
        if line.startswith(("msgid \"", "msgstr \"")) and len(line) > 40:
            keyword, _, rest = line.partition(" ")
            body = rest[1:-1]
            pieces = textwrap.wrap(body, 30, drop_whitespace=False, break_long_words=False)
            rewrapped.append(f'{keyword} ""')
            rewrapped.extend(f'"{piece}"' for piece in pieces)
        else:
            rewrapped.append(line)
    po.write_text("\n".join(rewrapped) + "\n", encoding="utf-8")
    with po.open("rb") as fileobj:
        poedit = {m.id: m.string for m in read_po(fileobj)}
    code, _out, err = run(capsys, project, "update")
    assert code == 0, err
    with po.open("rb") as fileobj:
        ours = {m.id: m.string for m in read_po(fileobj)}
    assert ours == poedit
    assert po.read_text(encoding="utf-8") == before  # and back to our stable wrapping


def test_entries_with_placeholders_carry_python_brace_format(project: Path) -> None:
    with (project / "locale/es/LC_MESSAGES/from-en.po").open("rb") as fileobj:
        catalog = read_po(fileobj)
    content = [m for m in catalog if m.id and any(loc[0].startswith("content/") for loc in m.locations)]
    assert content
    for message in content:
        assert ("python-brace-format" in message.flags) == ("{" in str(message.id)), message.id


def test_pybabel_extract_uses_our_extractor(project: Path, tmp_path: Path) -> None:
    (project / "babel.cfg").write_text("[edu_markdown: content/en/**.md]\n", encoding="utf-8")
    out = tmp_path / "messages.pot"
    subprocess.run([sys.executable, "-m", "babel.messages.frontend", "extract", "-F", "babel.cfg", "-o", str(out),
                    "."], check=True, capture_output=True, cwd=project)
    with out.open("rb") as fileobj:
        ids = {m.id for m in read_po(fileobj)}
    assert {"What is this medicine?", "Each shot has {dose}.", "Blood test"} <= ids


@pytest.mark.skipif(shutil.which("msgmerge") is None, reason="GNU gettext is not installed; .ci/run installs it")
def test_gnu_msgmerge_output_goes_through_edu_update_with_its_previous_msgids(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """msgmerge (and Poedit) mark an edited source fuzzy and keep the old text on #| lines. Babel
    reads those as translator comments (babel#206): `edu update` used to write them back as
    "# | msgid ..." comments that grew on every update. They stay previous msgids now."""
    page, po = project / "content/en/medicine-basics.md", project / "locale/es/LC_MESSAGES/from-en.po"
    page.write_text(page.read_text(encoding="utf-8").replace("Wash your hands.", "Wash your hands well."),
                    encoding="utf-8")
    assert run(capsys, project, "extract")[0] == 0
    subprocess.run(["msgmerge", "--quiet", "--previous", "--update", "--backup=off", str(po),
                    str(project / "locale/from-en.pot")], check=True, capture_output=True)
    merged = po.read_text(encoding="utf-8")
    assert '#, fuzzy\n#| msgid "Wash your hands."\nmsgid "Wash your hands well."' in merged
    for _ in range(2):  # the second update must change nothing
        code, _out, err = run(capsys, project, "update")
        assert code == 0, err
        text = po.read_text(encoding="utf-8")
        assert '#| msgid "Wash your hands."\nmsgid "Wash your hands well."' in text
        assert "# |" not in text
    first = text
    assert run(capsys, project, "update")[0] == 0 and po.read_text(encoding="utf-8") == first

    # the sentence is deleted: msgmerge keeps the entry as obsolete, with its previous msgid on a
    # "#~|" line that Babel's reader stops at ("Unknown or misformatted keyword")
    page.write_text(page.read_text(encoding="utf-8").replace("Wash your hands well.", ""), encoding="utf-8")
    assert run(capsys, project, "extract")[0] == 0
    subprocess.run(["msgmerge", "--quiet", "--previous", "--update", "--backup=off", str(po),
                    str(project / "locale/from-en.pot")], check=True, capture_output=True)
    assert '#~| msgid "Wash your hands."\n#~ msgid "Wash your hands well."' in po.read_text(encoding="utf-8")
    _code, out, err = run(capsys, project, "check")  # read, and the obsolete entry named, not refused
    assert "invalid catalog" not in out + err and "warning: obsolete entry (#~)" in out + err
    code, out, err = run(capsys, project, "update")
    assert code == 0, err
    assert '#~ msgid "Wash your hands well."\n#~ msgstr "Lávese las manos."' in po.read_text(encoding="utf-8")


def test_header_fields_of_poedit_and_weblate_survive_edu_update(project: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """Babel drops header fields it does not know; Poedit adds X-Generator back at every save, so
    each update and each save would undo the other in the history. They are kept, as msgmerge does."""
    po = project / "locale/es/LC_MESSAGES/from-en.po"
    extra = ('"X-Generator: Poedit 3.4.2\\n"\n"X-Poedit-SourceCharset: UTF-8\\n"\n'
             '"X-Weblate-Note: a \\"quoted\\" word\\n"\n')
    text = po.read_text(encoding="utf-8")
    po.write_text(text.replace('"Generated-By: edu\\n"\n', '"Generated-By: edu\\n"\n' + extra, 1), encoding="utf-8")
    page = project / "content/en/medicine-basics.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nA new last line.\n", encoding="utf-8")
    for _ in range(2):
        code, _out, err = run(capsys, project, "update")
        assert code == 0, err
        updated = po.read_text(encoding="utf-8")
        assert '"Generated-By: edu\\n"\n' + extra + "\n" in updated
        assert 'msgid "A new last line."' in updated
    code, out, err = run(capsys, project, "update", "--check")
    assert code == 0 and out == "", err
    assert read_po(io.BytesIO(updated.encode("utf-8"))).header_comment  # still a catalog Babel reads
    po.write_bytes(updated.replace("\n", "\r\n").encode("utf-8"))  # saved with Windows line ends
    page.write_text(page.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    assert run(capsys, project, "update")[0] == 0
    rewritten = po.read_bytes().decode("utf-8")  # its Windows line ends kept (tested below)
    assert ('"Generated-By: edu\\n"\n' + extra).replace("\n", "\r\n") in rewritten


# The header as GNU msgmerge (and Poedit, Weblate) write it: their field order, "charset=UTF-8"
MSGMERGE_HEADER = ['"Project-Id-Version: edu 1\\n"', '"Report-Msgid-Bugs-To: EMAIL@ADDRESS\\n"',
                   '"POT-Creation-Date: 2025-11-20 00:00+0000\\n"', '"PO-Revision-Date: 2025-11-20 00:00+0000\\n"',
                   '"Last-Translator: Ana Pérez <ana@example.org>\\n"', '"Language-Team: es <LL@li.org>\\n"',
                   '"Language: es\\n"', '"MIME-Version: 1.0\\n"', '"Content-Type: text/plain; charset=UTF-8\\n"',
                   '"Content-Transfer-Encoding: 8bit\\n"', '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"',
                   '"X-Generator: Poedit 3.4.2\\n"']


def test_update_keeps_a_catalogs_line_ends_and_its_header_as_a_translation_tool_wrote_them(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A catalog saved on Windows (CRLF) was rewritten with LF by the next `edu update`: every line
    changed for one new sentence. Its header, saved by msgmerge or Poedit (their field order,
    "charset=UTF-8"), was rewritten in Babel's, and the next save flipped it back. Both are kept."""
    po = project / "locale/es/LC_MESSAGES/from-en.po"
    text = po.read_text(encoding="utf-8")
    start, end = text.index('msgstr ""\n"Project-Id-Version') + len('msgstr ""\n'), text.index("\n\n#.")
    text = text[:start] + "\n".join(MSGMERGE_HEADER) + text[end:]
    po.write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    assert run(capsys, project, "update", "--check")[0] == 0  # nothing to change: the file is left as it is
    page = project / "content/en/medicine-basics.md"
    page.write_text(page.read_text(encoding="utf-8").replace("Wash your hands.", "Wash both hands."), "utf-8")
    code, _out, err = run(capsys, project, "update")
    assert code == 0, err
    after = po.read_bytes().decode("utf-8")
    assert after.count("\n") == after.count("\r\n")  # every line end as the file had them
    assert "\r\n".join(['msgstr ""', *MSGMERGE_HEADER, ""]) in after
    changed = set(after.split("\r\n")) ^ set(text.split("\n"))  # the changed entry, and edu's stamp
    assert changed == {'#, fuzzy', '#| msgid "Wash your hands."', 'msgid "Wash your hands."',
                       'msgid "Wash both hands."', '"Generated-By: edu\\n"'}, changed
    assert run(capsys, project, "update", "--check")[0] == 0


@pytest.mark.skipif(shutil.which("msgcat") is None, reason="GNU gettext is not installed; .ci/run installs it")
def test_without_wrapping_edu_and_gnu_gettext_write_the_same_bytes(project: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    """`width = 0`: what a team sets when Poedit, Weblate or msgmerge save the files too (Weblate
    cannot wrap at 76): saving in one tool and running `edu update` then changes no line."""
    toml = project / "pyproject.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace("[tool.edu]\n", "[tool.edu]\nwidth = 0\n", 1),
                    encoding="utf-8")
    page = project / "content/en/medicine-basics.md"  # a sentence longer than any wrapping width
    page.write_text(page.read_text(encoding="utf-8").replace("Wash your hands.", "Wash your hands with soap and "
                    "warm water for at least twenty seconds, then dry them on a clean towel before you touch "
                    "the syringe."), encoding="utf-8")
    assert run(capsys, project, "update")[0] == 0
    long_line = ('msgid "Wash your hands with soap and warm water for at least twenty seconds, then dry them on a '
                 'clean towel before you touch the syringe."')
    assert long_line in (project / "locale/from-en.pot").read_text(encoding="utf-8").splitlines()  # not wrapped
    for po in [project / "locale/from-en.pot", *_catalogs(project)]:
        ours = po.read_bytes()
        gnu = subprocess.run(["msgcat", "--no-wrap", str(po)], check=True, capture_output=True).stdout
        assert gnu == ours, po
    po = _catalogs(project)[0]
    gnu = subprocess.run(["msgcat", "--no-wrap", str(po)], check=True, capture_output=True).stdout
    po.write_bytes(gnu.replace(b"\n", b"\r\n"))  # saved by a tool on Windows, too
    assert run(capsys, project, "update", "--check")[0] == 0


@pytest.mark.skipif(MSGFMT is None, reason="GNU gettext (msgfmt) is not installed; .ci/run installs it")
def test_a_plural_form_added_by_a_new_plural_rule_waits_fuzzy(project: Path, capsys: pytest.CaptureFixture[str],
                                                               tmp_path: Path) -> None:
    """Weblate writes Spanish with 3 plural forms (CLDR's "many" for a million). `edu update` gave the
    page word a third, empty form, and `msgfmt --check` refused the file; the entry is fuzzy now."""
    po = project / "locale/es/LC_MESSAGES/from-en.po"
    text = po.read_text(encoding="utf-8")
    assert '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"' in text
    three = '"Plural-Forms: nplurals=3; plural=(n == 1 ? 0 : n != 0 && n % 1000000 == 0 ? 1 : 2);\\n"'
    po.write_text(text.replace('"Plural-Forms: nplurals=2; plural=(n != 1);\\n"', three), encoding="utf-8")
    assert run(capsys, project, "update")[0] == 0
    entry = next(m for m in read_po(io.BytesIO(po.read_bytes())) if isinstance(m.id, tuple))
    assert entry.fuzzy and len(entry.string) == 3 and entry.string[2] == ""
    result = subprocess.run([MSGFMT or "msgfmt", "--check", "-o", str(tmp_path / "x.mo"), str(po)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


BABEL_FRENCH = "nplurals=3; plural=(n == 0 || n == 1) ? 0 : n != 0 && n % 1000000 == 0 ? 1 : 2;"


@pytest.mark.skipif(MSGFMT is None, reason="GNU gettext (msgfmt) is not installed; .ci/run installs it")
def test_a_new_french_catalog_has_the_plural_forms_gettext_tools_write(project: Path,
                                                                       capsys: pytest.CaptureFixture[str],
                                                                       tmp_path: Path) -> None:
    """French catalogs got Babel's three forms (CLDR's "many", for exact millions); GNU msginit,
    Poedit and Weblate write two. A catalog made before keeps its own header: so does the next
    catalog of that language, so that one language never has two rules."""
    add_language(capsys, project, "fr", ("en", "es", "fr"))
    folder = project / "locale/fr/LC_MESSAGES"
    for po in (folder / "from-en.po", folder / "from-es.po"):
        assert '"Plural-Forms: nplurals=2; plural=(n > 1);\\n"' in po.read_text(encoding="utf-8")
        result = subprocess.run([MSGFMT or "msgfmt", "--check", "-o", str(tmp_path / "x.mo"), str(po)],
                                capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
    po = folder / "from-en.po"
    po.write_text(po.read_text(encoding="utf-8").replace("nplurals=2; plural=(n > 1);", BABEL_FRENCH), "utf-8")
    (folder / "from-es.po").unlink()
    assert run(capsys, project, "update")[0] == 0
    for kept in (po, folder / "from-es.po"):
        assert BABEL_FRENCH in kept.read_text(encoding="utf-8").replace('"\n"', ""), kept
    assert run(capsys, project, "update", "--check")[0] == 0


def test_pybabel_s_extractor_reads_a_handout_saved_with_a_byte_order_mark(project: Path) -> None:
    """`edu extract` reads past Notepad's BOM; `pybabel extract` (edu_markdown) stopped at it."""
    from edu.babel_plugin import extract_markdown

    path = project / "content/en/medicine-basics.md"
    plain = list(extract_markdown(io.BytesIO(path.read_bytes()), {}, (), {}))
    marked = io.BytesIO(b"\xef\xbb\xbf" + path.read_bytes())
    marked.name = str(path)
    assert list(extract_markdown(marked, {}, (), {})) == plain and len(plain) > 5
