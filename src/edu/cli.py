"""The ``edu`` command line: argparse, then the command's handler (handlers.py); with the handlers,
the only place that prints or exits.

In: the arguments; out: the exit status. 0 success; 1 a problem in the user's files (one located
line each on stderr); 2 wrong usage.
"""

from __future__ import annotations

import argparse
import datetime as dt
import difflib
import errno
import io
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from . import __version__
from .build import FORMATS, Terminated
from .config import find_root, load_settings
from .errors import EduError, ErrorList, UsageError
from .handlers import HANDLERS, cmd_new, shown_path

DESCRIPTION = """\
edu publishes bilingual patient and clinician handouts. Handouts are Markdown in content/<lang>/,
every sentence is an entry in a gettext catalog in locale/, and `edu build` renders HTML and PDF
for every language. A typical translation round: edu extract -> edu update -> edit the .po
(Poedit, Weblate, a text editor) -> edu check -> edu build."""


class _Parser(argparse.ArgumentParser):
    """argparse, naming the closest command or choice to a mistyped one ("did you mean 'build'?"),
    found with difflib as Python 3.14's ``suggest_on_error`` finds it (3.11 has no such option)."""

    commands: Mapping[str, argparse.ArgumentParser]  # each command's own parser, by name

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.option_names: list[str] = []  # every option it takes ("-h", "--format"): for a mistyped one
        super().__init__(*args, **kwargs)

    def add_argument(self, *args: Any, **kwargs: Any) -> argparse.Action:
        action = super().add_argument(*args, **kwargs)
        self.option_names.extend(action.option_strings)
        return action

    def _check_value(self, action: argparse.Action, value: object) -> None:
        choices = action.choices
        if choices is not None and isinstance(value, str) and value not in choices:
            close = difflib.get_close_matches(value, [str(choice) for choice in choices], n=1)
            if close:
                raise argparse.ArgumentError(action, f"invalid choice: {value!r} (did you mean {close[0]!r}?)")
        super()._check_value(action, value)


def _parser() -> _Parser:
    parser = _Parser(prog="edu", description=DESCRIPTION, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"edu {__version__}")
    parser.add_argument("-C", "--project", type=Path, default=None, metavar="DIR",
                        help="the project folder (default: the nearest folder with [tool.edu] in pyproject.toml)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    p = sub.add_parser("build", help="render every handout in every language to HTML and PDF",
                       description="Render build/<lang>/<slug>.html and .pdf, the large-print PDF of each patient "
                       "handout, build/bilingual/<slug>.html and .pdf and the index pages. A translation with "
                       "missing or fuzzy entries is not published (exit 1, naming each .po line) unless --draft.")
    p.add_argument("-l", "--lang", action="append", default=[], metavar="LANG",
                   help="only this language (repeatable; default: every language in [tool.edu])")
    p.add_argument("--format", action="append", choices=FORMATS, default=[],
                   help="only this format (repeatable; default: all)")
    p.add_argument("--draft", action="store_true",
                   help="render incomplete translations anyway, with a DRAFT banner and the missing parts "
                   "highlighted in the source language")
    p.add_argument("-j", "--jobs", type=_count(0, 4096), default=0, metavar="N",
                   help="PDF worker processes (default, or 0: every CPU this process may use, within a container's "
                   "CPU quota)")
    p.add_argument("--force", action="store_true",
                   help="make every output and check every entry again, ignoring build/.edu-manifest.json, "
                   "build/.edu-checked.json and build/.edu-warned.json")
    p.add_argument("-q", "--quiet", action="store_true",
                   help="no line per file made: only the warnings, the problems and the summary (cron, CI, a "
                   "deploy script's log)")
    p.add_argument("-o", "--output", type=Path, default=None, metavar="DIR",
                   help="output folder (default: build/ in the project; a relative DIR is from the current folder, "
                   "not from -C's)")

    sub.add_parser("extract", help="write locale/from-<lang>.pot from the content and templates",
                   description="Write one .pot per source language. A .pot whose only change would be its date "
                   "is left untouched.")
    p = sub.add_parser("update", help="merge the .pot into every .po (fuzzy matching, previous msgid kept)",
                       description="Re-extract, then merge into locale/<lang>/LC_MESSAGES/from-<src>.po. A typography-"
                       "only source edit keeps its translation; a real edit keeps the old one as a fuzzy suggestion "
                       "with the previous msgid (Poedit shows the difference).")
    p.add_argument("-l", "--lang", action="append", default=[], metavar="LANG", help="only this language")
    p.add_argument("--check", action="store_true", help="change nothing; exit 1 if any catalog would change")
    p.add_argument("--drop-obsolete", action="store_true",
                   help="also delete the obsolete (#~) entries, keeping every other entry's edu-ok exceptions")
    p = sub.add_parser("new", help="start a project: templates, an example handout and its translation",
                       description="Write a new project into DIR (new or empty): pyproject.toml, the page templates "
                       "with their words in Spanish, an example handout with its translation, and the catalogs. "
                       "Then `cd DIR` and `edu build`.")
    p.add_argument("folder", metavar="DIR", type=Path)
    p.add_argument("-l", "--language", dest="lang", action="append", default=[], metavar="LANG",
                   help="a language of the project (repeat; default: en and es)")
    p = sub.add_parser("init", help="create the catalogs for a new language",
                       description="Create locale/LANG/LC_MESSAGES/from-<src>.po for every source language. Add LANG "
                       "to `languages` in [tool.edu] to publish it.")
    p.add_argument("language", metavar="LANG")
    sub.add_parser("compile", help="write .mo files next to the .po files (the build reads .po directly)")
    p = sub.add_parser("check", help="translation and content QA; every problem as path:line: message",
                       description="Checks every catalog entry (placeholders, numbers and units, links, markup, raw "
                       "HTML, an invisible character in a number, Spanish ¿…?/¡…!, empty, fuzzy, untranslated; "
                       "warnings for identical, length, whitespace, invisible characters, end punctuation, obsolete, a "
                       "character no font of the handouts can draw) and every edition's readability and plain-language "
                       "rules. Exit 1 on any error. A reviewed exception is a translator comment on the entry: "
                       "# edu-ok:CODE. A language listed in `in_progress` of [tool.edu] has its untranslated and "
                       "fuzzy entries as warnings.")
    p.add_argument("-l", "--lang", action="append", default=[], metavar="LANG",
                   help="only this language's catalogs and editions, and what stops every build (repeatable; "
                   "default: every language in [tool.edu])")
    p.add_argument("--strict", action="store_true",
                   help="warnings fail too (with -l: only the warnings in that language's catalogs)")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p = sub.add_parser("serve", help="live preview on 127.0.0.1; re-renders when content, templates or a .po change",
                       description="Every handout in every language as a draft in which each passage shows its status "
                       "(translated, fuzzy, missing) and, on hover, its catalog line. Saving a .po, .md, facts.yaml or "
                       "template reloads the page. Each page links to its PDF, rendered on request.")
    p.add_argument("--port", type=_count(0, 65535), default=8000,
                   help="port on 127.0.0.1 (default 8000; 0 picks a free one)")
    p = sub.add_parser("report", help="write build/report.html: readability, coverage and QA problems per handout",
                       description="The same data as `edu check --format json`, as one HTML page with charts that "
                       "opens from disk (no network). Exit 0 even when problems are listed: run `edu check` to gate.")
    p.add_argument("-o", "--output", type=Path, default=None, metavar="FILE",
                   help="the page to write (default: build/report.html in the project; a relative FILE is from the "
                   "current folder, not from -C's)")
    p = sub.add_parser("signoff", help="record a clinician's review of handouts in content/signoff.yaml",
                       description="For each handout: raise `version:` by one if its text or facts changed since its "
                       "last sign-off, set `reviewed:` to the day of the review, and record who reviewed it, its "
                       "text's digest and the facts it prints in content/signoff.yaml (commit that file with the "
                       "change). `edu check`, `edu report` and `edu build` warn of a handout that changed since.")
    p.add_argument("handouts", nargs="*", metavar="PATH_OR_SLUG",
                   help="a handout's file (content/<language>/<slug>.md) or its slug")
    p.add_argument("--by", required=True, metavar="NAME", help="the clinician who reviewed them (recorded as given)")
    p.add_argument("--date", type=_day, default=None, metavar="YYYY-MM-DD",
                   help="the day of the review (default: today); never after today nor before the last sign-off")
    p.add_argument("--all", action="store_true", help="every handout of the project (every medicine's)")
    p.add_argument("--topic", action="append", default=[], metavar="TOPIC",
                   help="every handout of TOPIC (a medicine: its `topic:`); may be given more than once")
    p.add_argument("--renew", action="store_true",
                   help="record the review's date even for a handout that did not change (a periodic review)")
    p.add_argument("-l", "--lang", default=None, metavar="LANG",
                   help="record instead the review of the handouts' LANG translation (by a qualified translator or "
                   "bilingual reviewer): its reviewer, date and a digest of the entries that edition prints")
    p = sub.add_parser("stats", help="translated / fuzzy / untranslated per language and handout",
                       description="Fuzzy entries are never counted as translated.")
    p.add_argument("--format", choices=("text", "json"), default="text")
    parser.commands = sub.choices
    return parser


def _count(low: int, high: int) -> Callable[[str], int]:
    """An argparse type: a whole number from ``low`` to ``high`` (else a usage error, exit 2)."""
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{value} is not from {low} to {high}")
        return value
    return parse


def _day(text: str) -> dt.date:
    """An argparse type: a date written YYYY-MM-DD (else a usage error, exit 2)."""
    try:
        if len(text) == 10 and text[4] == text[7] == "-":  # 3.11 reads 20261206 too
            return dt.date.fromisoformat(text)
    except ValueError:
        pass
    raise argparse.ArgumentTypeError(f"{text!r} is not a date written YYYY-MM-DD")


def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):  # a terminal in Latin-1 (or a Windows pipe): "≤" must not crash
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")
    parser = _parser()
    try:
        args = _parse(parser, sys.argv[1:] if argv is None else list(argv))
    except SystemExit as exc:
        return int(exc.code or 0)
    root = (args.project or Path.cwd()).resolve()
    try:
        if args.command == "new":  # the one command without a project
            return cmd_new(root, args)
        settings = load_settings(find_root(root))
        root = settings.root
        return int(HANDLERS[args.command](settings, args))
    except UsageError as exc:
        print(f"edu: {exc}", file=sys.stderr)
        return 2
    except ErrorList as exc:
        for error in exc.errors:
            print(error, file=sys.stderr)
        return 1
    except EduError as exc:
        print(exc, file=sys.stderr)
        return 1
    except BrokenPipeError:  # `edu check | head`: the reader has what it wanted; say nothing more
        _silence_stdout()
        return 1
    except OSError as exc:  # the disk, not the input: full, read-only, permissions; still one line
        where = Path(exc.filename) if exc.filename is not None else Path("edu")
        print(f"{shown_path(where, root)}: {exc.strerror or exc}{_owner(exc, root)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt as exc:
        if args.command == "serve":  # Ctrl-C is how a preview ends
            print("edu: preview stopped", file=sys.stderr)
            return 0
        if args.command == "build":  # what it had not made again (and whose words changed) is removed
            print("edu: interrupted: the build stopped before the end; run `edu build` again before printing",
                  file=sys.stderr)
        else:
            print("edu: interrupted", file=sys.stderr)
        return 143 if isinstance(exc, Terminated) else 130


def _parse(parser: _Parser, argv: list[str]) -> argparse.Namespace:
    """The command line, or a usage error (exit 2): an unknown option is reported with the usage of
    the command it was given to (argparse shows the top-level one) and the closest valid option."""
    args, unknown = parser.parse_known_args(argv)
    if unknown:
        before_command = unknown[0] in argv and argv.index(unknown[0]) < argv.index(args.command)
        given_to = parser if before_command else parser.commands[args.command]
        given_to.error(_unrecognized(given_to, unknown))
    return args


def _unrecognized(parser: argparse.ArgumentParser, unknown: list[str]) -> str:
    """argparse's message, or for a mistyped option one naming the closest (``--formt`` -> ``--format``)."""
    options = parser.option_names if isinstance(parser, _Parser) else []
    for word in unknown:
        name = word.partition("=")[0]
        close = difflib.get_close_matches(name, options, n=1) if name.startswith("-") else []
        if close:
            return f"unrecognized option {name!r} (did you mean {close[0]!r}?)"
    return f"unrecognized arguments: {' '.join(unknown)}"


def _owner(exc: OSError, root: Path) -> str:
    """``: build/en belongs to root, not to you (nobody)`` for a permission denied by a file or a
    folder of another user's (a build folder made by `sudo make build`)."""
    from .lock import not_yours

    if exc.errno not in (errno.EACCES, errno.EPERM) or exc.filename is None:
        return ""
    path = Path(exc.filename)
    for where in (path, path.parent):
        owner = not_yours(where)
        if owner:
            return f": {shown_path(where, root)} {owner}"
    return ""


def _silence_stdout() -> None:
    """Point stdout at /dev/null, so that Python's last flush at exit cannot fail on the closed pipe."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):  # no real file descriptor (a test's capture)
        pass
