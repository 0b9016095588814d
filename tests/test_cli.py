"""The command line: exit codes 0/1/2, help for each command, one-line errors, stats, init, compile."""

from __future__ import annotations

import errno
import json
import os
import pwd
import re
import subprocess
import sys
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from edu.cli import main
from edu.poread import read_catalog
from helpers import run

COMMANDS = ("build", "extract", "update", "init", "compile", "check", "stats")


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_explains_itself(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([command, "--help"]) == 0
    assert f"usage: edu {command}" in capsys.readouterr().out


def test_top_level_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    for command in COMMANDS:
        assert f"    {command} " in out


@pytest.mark.parametrize("argv", [[], ["frobnicate"], ["build", "--format", "docx"], ["build", "-j", "many"],
                                  ["build", "-j", "-1"], ["serve", "--port", "70000"]])
def test_wrong_usage_exits_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    assert "usage:" in capsys.readouterr().err


@pytest.mark.parametrize(("argv", "usage", "error"), [
    (["biuld"], "usage: edu [-h]", "edu: error: argument COMMAND: invalid choice: 'biuld' (did you mean 'build'?)"),
    (["build", "--formt", "pdf"], "usage: edu build [-h]",
     "edu build: error: unrecognized option '--formt' (did you mean '--format'?)"),
    (["update", "--chek"], "usage: edu update [-h]",
     "edu update: error: unrecognized option '--chek' (did you mean '--check'?)"),
    (["build", "--format", "pfd"], "usage: edu build [-h]",
     "edu build: error: argument --format: invalid choice: 'pfd' (did you mean 'pdf'?)"),
    (["--versoin", "build"], "usage: edu [-h]",  # before the command: the top-level options
     "edu: error: unrecognized option '--versoin' (did you mean '--version'?)"),
])
def test_a_mistyped_command_or_option_names_the_closest_one(argv: list[str], usage: str, error: str,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    """argparse said "unrecognized arguments" under the top-level usage, with no hint."""
    assert main(argv) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith(usage)
    assert err.splitlines()[-1] == error
    assert sum(not line.startswith(" ") for line in err.splitlines()) == 2  # the usage and one line


def test_every_option_a_help_names_may_be_hinted() -> None:
    """The hints draw on the options each parser records as they are added (not argparse's private
    list): every option a command's help prints is among them, so none is left out of a hint."""
    from edu.cli import _parser

    parser = _parser()
    for name, command in {"": parser, **parser.commands}.items():
        invocations = re.findall(r"^  (-\S.*?)(?:  |$)", command.format_help().split("options:", 1)[1], re.MULTILINE)
        shown = {word.rstrip(",") for line in invocations for word in line.split() if word.startswith("-")}
        assert shown and shown == set(command.option_names), name  # type: ignore[attr-defined]


def test_a_word_like_no_valid_one_gets_no_hint(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["frobnicate"]) == 2
    assert "(choose from 'build', 'extract'" in capsys.readouterr().err
    assert main(["stats", "--zzz"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: edu stats")
    assert err.splitlines()[-1] == "edu stats: error: unrecognized arguments: --zzz"


def test_unknown_language_is_wrong_usage(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys, project, "build", "-l", "fr")
    assert code == 2
    assert err.strip() == "edu: -l fr: not one of the languages in [tool.edu]: en, es"
    code, _out, err = run(capsys, project, "build", "-l", "ES")
    assert (code, err.strip()) == (2, "edu: -l ES: not one of the languages in [tool.edu]: en, es (write -l es)")


def test_outside_a_project_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys, tmp_path, "stats")
    assert code == 1
    assert err.strip() == (f"{tmp_path}: no pyproject.toml with a [tool.edu] table here or above "
                           "(`edu new DIR` starts a project)")
    # -C DIR that is no folder: a mistake on the command line, exit 2 as for -o
    assert run(capsys, tmp_path / "nowhere", "stats") == (2, "", f"edu: {tmp_path / 'nowhere'}: no such folder\n")
    notes = tmp_path / "notes.txt"
    notes.touch()
    assert run(capsys, notes, "stats")[::2] == (2, f"edu: {notes}: not a folder: give the project's folder\n")


def test_an_output_folder_that_cannot_be_made_is_one_line(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys, project, "build", "--format", "html", "-o", "pyproject.toml/site")
    assert code == 1
    assert err.strip() == ("pyproject.toml/site: cannot create the output folder: Not a directory (choose another "
                           "with -o DIR)")
    assert run(capsys, project, "build", "-o", "pyproject.toml") == (  # a file: the command line's mistake
        2, "", "edu: -o pyproject.toml: not a folder; give a folder for the outputs, such as build/\n")


def test_a_full_disk_is_one_line_and_leaves_no_partial_file(project: Path, capsys: pytest.CaptureFixture[str],
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    import edu.atomic

    def full(path: Path, mode: str) -> None:  # atomic.py opens only the files it writes
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr(edu.atomic, "open", full, raising=False)
    code, _out, err = run(capsys, project, "build", "--format", "html")
    assert code == 1
    last = err.strip().splitlines()[-1]
    assert re.fullmatch(r"build/(en|es)/[a-z-]+\.html: No space left on device", last), err
    assert "Traceback" not in err
    assert not [p for p in (project / "build").rglob("*") if p.is_file() and p.name != ".edu-lock"]


def test_bad_settings_are_located(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "pyproject.toml").write_text('[tool.edu]\nlanguages = ["en", "Spanish"]\n', encoding="utf-8")
    code, _out, err = run(capsys, project, "build")
    assert code == 1
    assert err.strip().startswith("pyproject.toml:2: [tool.edu] languages:")


def test_stats_never_counts_fuzzy_as_translated(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    po = project / "locale/es/LC_MESSAGES/from-en.po"
    text = po.read_text(encoding="utf-8")
    po.write_text(text.replace('msgid "Clean the skin."', '#, fuzzy\nmsgid "Clean the skin."'), encoding="utf-8")
    code, out, _err = run(capsys, project, "stats")
    assert code == 0
    assert "es  medicine-basics                  14 translated    1 fuzzy    0 untranslated   93.3%" in out
    assert "locale/es/LC_MESSAGES/from-en.po: 62 translated messages, 1 fuzzy translation, 0 untranslated " \
           "messages." in out
    code, out, _err = run(capsys, project, "stats", "--format", "json")
    data = json.loads(out)
    row = next(r for r in data["handouts"] if r["lang"] == "es" and r["handout"] == "medicine-basics")
    assert row["counts"] == {"translated": 14, "fuzzy": 1, "untranslated": 0, "total": 15,
                             "percent": pytest.approx(93.33, abs=0.01)}


def test_init_creates_catalogs_for_a_new_language(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, project, "init", "pt")
    assert code == 0, err
    assert "created locale/pt/LC_MESSAGES/from-en.po" in out
    assert "created locale/pt/LC_MESSAGES/from-es.po" in out
    text = (project / "locale/pt/LC_MESSAGES/from-en.po").read_text(encoding="utf-8")
    assert '"Language: pt\\n"' in text
    folder = project / "locale/pt/LC_MESSAGES"
    rules = {read_catalog(folder / name).plural_forms for name in ("from-en.po", "from-es.po")}
    assert rules == {"nplurals=2; plural=(n != 1);"}  # gettext tools' rule (not CLDR's 3), the same in both files
    assert "add 'pt' to `languages`" in err
    code, _out, err = run(capsys, project, "init", "pt")
    assert code == 1
    assert err.strip() == "locale/pt/LC_MESSAGES/from-en.po: already exists; use `edu update` to refresh it"
    assert run(capsys, project, "init", "xx-yy")[0] == 2


def test_compile_writes_mo_files(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, project, "compile")
    assert code == 0
    assert (project / "locale/es/LC_MESSAGES/from-en.mo").stat().st_size > 0
    assert "wrote locale/en/LC_MESSAGES/from-es.mo" in out


def test_extract_leaves_unchanged_pot_alone(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pot = project / "locale/from-en.pot"
    before = pot.stat().st_mtime_ns
    code, out, _err = run(capsys, project, "extract")
    assert code == 0 and out == ""
    assert pot.stat().st_mtime_ns == before


def test_update_leaves_a_file_alone_when_only_its_date_or_generator_differs(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`pybabel update` or an older edu wrote these lines: no churn, and the file is not touched."""
    po = project / "locale/es/LC_MESSAGES/from-en.po"
    text = po.read_text(encoding="utf-8")
    stamped = text.replace('"Generated-By: edu\\n"', '"Generated-By: Babel 2.18.0\\n"')
    stamped = re.sub(r'"POT-Creation-Date: [^"]*"', lambda _: '"POT-Creation-Date: 2020-01-01 00:00+0000\\n"', stamped)
    assert stamped != text
    po.write_text(stamped, encoding="utf-8")
    code, out, err = run(capsys, project, "update")
    assert code == 0, err
    assert "from-en.po" not in out and po.read_text(encoding="utf-8") == stamped
    location = next(line for line in stamped.splitlines(keepends=True) if line.startswith("#: "))
    po.write_text(stamped.replace(location, "", 1), encoding="utf-8")  # a location the update puts back
    code, out, err = run(capsys, project, "update")  # the file is rewritten whole, with edu's stamps
    assert code == 0, err
    assert "locale/es/LC_MESSAGES/from-en.po: updated" in out
    assert po.read_text(encoding="utf-8") == text  # the location, the date and the generator line are back


def test_update_leaves_a_catalog_typed_with_combining_marks_alone_until_it_has_a_change(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The catalogs are read in NFC ("é" typed as e + U+0301 is "é"): a translator's file is not
    rewritten for that alone; once `edu update` has something to write, it writes it in NFC."""
    po = project / "locale/es/LC_MESSAGES/from-en.po"
    text = po.read_text(encoding="utf-8")
    po.write_text(unicodedata.normalize("NFD", text), encoding="utf-8")
    typed = po.read_bytes()
    code, out, err = run(capsys, project, "update")
    assert code == 0 and out == "", err
    assert po.read_bytes() == typed
    page = project / "content/en/medicine-basics.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nA new last line.\n", encoding="utf-8")
    code, out, err = run(capsys, project, "update")
    assert code == 0, err
    assert "locale/es/LC_MESSAGES/from-en.po: updated" in out.splitlines()
    written = po.read_text(encoding="utf-8")
    assert unicodedata.is_normalized("NFC", written) and 'msgstr "¿Qué es este medicamento?"' in written
    translations = sorted(line for line in written.splitlines() if line.startswith("msgstr"))
    assert translations == sorted([*(line for line in text.splitlines() if line.startswith("msgstr")), 'msgstr ""'])


def test_update_keeps_the_dates_until_the_content_changes(project: Path, capsys: pytest.CaptureFixture[str],
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """A later clock (here SOURCE_DATE_EPOCH) alone changes no file; a content edit dates both the
    .pot and the .po files with the new time."""
    files = [project / "locale/from-en.pot", project / "locale/es/LC_MESSAGES/from-en.po"]
    before = [f.read_text(encoding="utf-8") for f in files]
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # 2026-01-01
    code, out, err = run(capsys, project, "update")
    assert code == 0 and out == "", err
    assert [f.read_text(encoding="utf-8") for f in files] == before
    page = project / "content/en/medicine-basics.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nA new last line.\n", encoding="utf-8")
    code, out, err = run(capsys, project, "update")
    assert code == 0, err
    for path in files:
        assert '"POT-Creation-Date: 2026-01-01 00:00+0000\\n"' in path.read_text(encoding="utf-8"), path


def test_update_says_created_for_a_catalog_it_starts(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A language added to pyproject.toml: `edu update` starts its catalog (as `edu init` would) and
    says so; the catalogs it merged say updated."""
    toml = project / "pyproject.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace('["en", "es"]', '["en", "es", "fr"]'), encoding="utf-8")
    page = project / "content/en/medicine-basics.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nA new last line.\n", encoding="utf-8")
    code, out, err = run(capsys, project, "update")
    assert code == 0, err
    assert "locale/fr/LC_MESSAGES/from-en.po: created" in out.splitlines()
    assert "locale/es/LC_MESSAGES/from-en.po: updated" in out.splitlines()
    assert (project / "locale/fr/LC_MESSAGES/from-en.po").is_file()


def test_a_terminal_that_cannot_show_every_character_gets_the_report_anyway(project: Path) -> None:
    """Under LC_ALL=de_DE.ISO-8859-1 (or a Windows pipe) `edu check` died on "≤" with a traceback."""
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}
    result = subprocess.run([sys.executable, "-m", "edu", "-C", str(project), "check"], capture_output=True,
                            env=env)
    assert b"Traceback" not in result.stderr and result.returncode in (0, 1), result.stderr
    assert b"edu check: " in result.stderr and b"\\u" in result.stdout + result.stderr  # shown escaped


def test_python_dash_m_runs_the_same_cli(project: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "edu", "-C", str(project), "stats"], capture_output=True,
                            text=True)
    assert result.returncode == 0, result.stderr
    assert "medicine-basics" in result.stdout


def test_a_reader_that_stops_reading_gets_no_error_and_no_traceback(project: Path) -> None:
    """`edu stats | head -1`: the pipe closes before edu writes; edu stops quietly (no "Broken pipe")."""
    with subprocess.Popen([sys.executable, "-m", "edu", "-C", str(project), "stats"], stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, text=True) as child:
        assert child.stdout is not None and child.stderr is not None
        child.stdout.close()  # before the interpreter has even started: every write fails
        err = child.stderr.read()
        assert child.wait() == 1
    assert err == ""


def test_a_pdf_that_cannot_be_written_is_a_write_error_not_a_rendering_error(tmp_path: Path) -> None:
    """A full or read-only disk is not a problem in the handout: the message says what it is."""
    import errno
    import os

    from edu.model import Page
    from edu.pdf import Rendered
    from edu.pdfworker import PdfJob, _render

    class Renders:
        def render(self, page: Page, cell_langs: tuple[str, ...]) -> Rendered:
            return Rendered(b"%PDF-1.7 ...", [], 1)

    (tmp_path / "en").write_text("a file where the folder should be", encoding="utf-8")
    job = PdfJob("en/x.pdf", Page("<html></html>", "en", "X", "x", None))
    result = _render(Renders(), job, tmp_path, os.getppid())  # type: ignore[arg-type]
    assert result.problems == (f"cannot write the file: {os.strerror(errno.EEXIST)}",)  # mkdir of en/
    assert result.written is None


def test_a_build_whose_log_reader_has_gone_finishes_every_output(project: Path) -> None:
    """`edu build 2>&1 | grep -m1 built` (or `| head`, a dropped ssh): the build stopped at its
    second line with status 1, no word and half its outputs made. Its log is best-effort now."""
    command = [sys.executable, "-m", "edu", "-C", str(project), "build", "--format", "html"]
    reader, writer = os.pipe()
    os.close(reader)  # gone before the first line: every write to stdout or stderr fails
    try:
        built = subprocess.run(command, stdout=writer, stderr=writer, check=False)
    finally:
        os.close(writer)
    assert built.returncode == 0
    assert (project / "build/index.html").is_file() and (project / "build/es/medicine-basics.html").is_file()
    again = subprocess.run(command, capture_output=True, text=True, check=False)
    assert again.returncode == 0, again.stderr
    assert "\nedu: 0 built, " in again.stderr, again.stderr  # nothing was left to make


def _denied(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """``folder`` cannot be made, as in a read-only checkout (root, running the tests, may make anything)."""
    mkdir = Path.mkdir

    def refuse(self: Path, *args: Any, **kwargs: Any) -> None:
        if self == folder:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(self))
        mkdir(self, *args, **kwargs)

    monkeypatch.setattr(Path, "mkdir", refuse)


def test_a_read_only_checkout_is_told_to_write_elsewhere(project: Path, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str],
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """`edu report` said only "build: Permission denied" and had no -o; `edu build` did not say -o."""
    _denied(monkeypatch, project / "build")
    denied = os.strerror(errno.EACCES)
    assert run(capsys, project, "build", "--format", "html") == (
        1, "", f"{project / 'build'}: cannot create the output folder: {denied} (choose another with -o DIR)\n")
    assert run(capsys, project, "report") == (
        1, "", f"{project / 'build'}: cannot create the output folder: {denied} (choose another with -o FILE)\n")
    code, out, err = run(capsys, project, "report", "-o", str(tmp_path / "qa" / "report.html"))
    assert (code, out) == (0, f"wrote {tmp_path / 'qa' / 'report.html'}\n"), err
    assert "<html" in (tmp_path / "qa" / "report.html").read_text(encoding="utf-8")
    assert run(capsys, project, "report", "-o", str(tmp_path / "qa"))[::2] == (
        2, f"edu: -o {tmp_path / 'qa'}: a folder; give the page's file name, such as {tmp_path / 'qa/report.html'}\n")
    assert run(capsys, project, "report", "-o", str(project / "templates" / "report.html"))[0] == 2


def test_a_build_folder_of_another_user_names_its_owner(project: Path, capsys: pytest.CaptureFixture[str],
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """`sudo make build`, then the service account's build: "Permission denied (a link or a folder in
    place of edu's lock file? remove it)" guessed a cause that was not it."""
    from edu import lock

    assert run(capsys, project, "build", "--format", "html")[0] == 0
    owner = pwd.getpwuid(os.getuid()).pw_name
    monkeypatch.setattr(lock.os, "geteuid", lambda: 4242)  # another user, with no name on this machine
    opened = os.open

    def denied(path: Any, flags: int, mode: int = 0o777) -> int:
        if Path(path).name == ".edu-lock":
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
        return opened(path, flags, mode)

    monkeypatch.setattr(lock.os, "open", denied)
    lock_file = project / "build" / ".edu-lock"
    assert run(capsys, project, "build", "--format", "html") == (
        1, "", f"{lock_file}: belongs to {owner}, not to you (uid 4242): the build folder was made by another user; "
        "build as that user, or give the folder to this one (chown -R)\n")
    lock_file.unlink()  # the folder itself, then
    assert run(capsys, project, "build", "--format", "html")[2] == (
        f"{project / 'build'}: belongs to {owner}, not to you (uid 4242): the build folder was made by another "
        "user; build as that user, or give the folder to this one (chown -R)\n")
