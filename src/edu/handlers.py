"""The ``edu`` command line's handlers: one small handler per command, and all that it prints.

In: the settings and the parsed arguments (cli.py parses them, calls the handler and turns errors
into the exit status); out: what the command did, printed (results on stdout, progress and advice
on stderr), and its exit status.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING

from . import langtag
from .build import FORMATS, BuildOptions, build
from .config import Settings
from .errors import SourceError, UsageError
from .findings import plural
from .progress import BestEffort, progress_reporter, summary_line

if TYPE_CHECKING:
    from .commands import StatsRow
    from .problems import Edition

# Each handler imports the modules of its command when it runs: a build with nothing to do then
# loads none of Babel's catalog code, Markdown or Jinja2 (see build.py).


def shown_path(path: Path, root: Path) -> str:
    return str(path.relative_to(root) if path.is_relative_to(root) else path)


def _langs(settings: Settings, requested: list[str]) -> tuple[str, ...]:
    for lang in requested:
        if lang not in settings.languages:
            tag = langtag.closest(lang, settings.languages)
            hint = f" (write -l {tag})" if tag else ""
            listed = ", ".join(settings.languages)
            raise UsageError(f"-l {lang}: not one of the languages in [tool.edu]: {listed}{hint}")
    return tuple(dict.fromkeys(requested))


def cmd_build(settings: Settings, args: argparse.Namespace) -> int:
    options = BuildOptions(_langs(settings, args.lang), tuple(args.format) or FORMATS, args.draft,
                           max(args.jobs, 0), args.output, args.force)
    log = BestEffort(sys.stderr)  # `edu build 2>&1 | grep -m1 built`: the build goes on without its reader
    if args.jobs:
        from .workers import default_jobs

        if args.jobs > (usable := default_jobs()):  # allowed (the machine's owner knows best), but said once
            print(f"edu: warning: -j {args.jobs}: this process may use {plural(usable, 'CPU')}; more PDF workers "
                  "than that only share them, each with its own memory (about 110 MB)", file=log)
    reporter = None if args.quiet else progress_reporter(log)
    try:
        report = build(settings, options, progress=reporter)
    finally:
        if reporter is not None:
            reporter.close()
    # "path:line: ..." where there is a place; once each: an entry two handouts print is one line to fix
    for warning in dict.fromkeys(report.warnings):
        located = re.match(r"(\S+:\d+): (.*)", warning)
        print(f"{located[1]}: warning: {located[2]}" if located else f"edu: warning: {warning}", file=log)
    for problem in dict.fromkeys(report.problems):
        print(problem, file=log)
    for skipped in report.skipped:
        why = report.withdrawn.get(skipped, "")
        print(f"edu: not published: {skipped}: {why}" if why else f"edu: not published: {skipped} (a translation "
              "missing, unreviewed or rejected: the lines above name each; `edu build --draft` shows the edition "
              "marked, for review only)", file=log)
    for blocked in report.blocked:
        print(f"edu: not published: {blocked} (a catalog it needs cannot be read: see above)", file=log)
    print(summary_line(report), file=log)
    return 1 if report.problems else 0


def cmd_extract(settings: Settings, args: argparse.Namespace) -> int:
    from .commands import extract

    for path in extract(settings):
        print(f"wrote {path}")
    return 0


def cmd_update(settings: Settings, args: argparse.Namespace) -> int:
    from .commands import update

    existed, notes = _catalog_files(settings), list[str]()
    changed = update(settings, _langs(settings, args.lang), check=args.check, drop_obsolete=args.drop_obsolete,
                     notes=notes)
    for path in changed:
        done = "updated" if path in existed else "created"
        print(f"{path}: {'would change (run `edu update`)' if args.check else done}",
              file=sys.stderr if args.check else sys.stdout)
    for note in notes:
        print(note, file=sys.stderr)
    return 1 if args.check and changed else 0


def _catalog_files(settings: Settings) -> set[Path]:
    """The catalogs and templates under locale/, relative to the project (as `update` names them)."""
    found = settings.locale_dir.glob("**/*.po*") if settings.locale_dir.is_dir() else ()
    return {path.relative_to(settings.root) for path in found}


def cmd_init(settings: Settings, args: argparse.Namespace) -> int:
    from .commands import init

    for path in init(settings, args.language):
        print(f"created {path}")
    if args.language not in settings.languages:
        print(f"edu: add {args.language!r} to `languages` in [tool.edu] to publish it", file=sys.stderr)
    return 0


def cmd_new(root: Path, args: argparse.Namespace) -> int:
    from .newproject import example_language, new_project

    folder, languages = root / args.folder, tuple(args.lang) or ("en", "es")
    for path in new_project(folder, languages):
        print(f"created {(folder / path).relative_to(root) if folder.is_relative_to(root) else folder / path}")
    then = ", `edu update`, translate locale/" if len(languages) > 1 else ""  # a one-language library: no catalog
    print(f"edu: next: cd {args.folder} && edu build (then edit content/{example_language(languages)}/{then})",
          file=sys.stderr)
    return 0


def cmd_compile(settings: Settings, args: argparse.Namespace) -> int:
    from .commands import compile_catalogs

    for path in compile_catalogs(settings):
        print(f"wrote {path}")
    return 0


def cmd_check(settings: Settings, args: argparse.Namespace) -> int:
    from .qa import run_checks

    langs = _langs(settings, args.lang)
    report = run_checks(settings, langs)
    failed = report.failed(args.strict)
    if args.format == "json":
        print(json.dumps({**report.as_json(), "failed": failed}, indent=2, ensure_ascii=False, default=str))
        return 1 if failed else 0
    problems = report.problems()
    for line in report.shown():
        print(line, file=sys.stderr)
    width = max(3, *map(len, settings.languages))  # a column as wide as the longest tag (pt-BR, zh-Hant)
    unscored: set[str] = set()  # languages whose first line said they have no readability formula
    for edition in report.editions:
        print(_edition_line(edition, width, edition.lang in unscored))
        if edition.scores is None and not edition.unscored:
            unscored.add(edition.lang)
    errors = sum(p.severity == "error" for p in problems)
    notes = []
    waiting = sum(map(report.in_progress_entry, problems))
    if waiting:
        notes.append(f"{waiting} of them: entries not translated yet or fuzzy of {', '.join(settings.in_progress)}, "
                     "in progress")
    if args.strict and problems:
        strict = sum(p.severity != "error" and report.counts_in_strict(p) for p in problems)
        notes.append("--strict: warnings fail" if not langs and not waiting else
                     f"--strict: {strict} of them fail{'s' * (strict == 1)}")
    print(f"edu check: {plural(errors, 'error')}, {plural(len(problems) - errors, 'warning')}"
          f"{''.join(f' ({note})' for note in notes)}", file=sys.stderr)
    return 1 if failed else 0


def _edition_line(edition: Edition, width: int = 3, said: bool = False) -> str:
    """One edition's row of `edu check`; ``said``: an earlier row of its language said it has no
    readability formula (said once, then "as above": a language's every row repeated the sentence)."""
    parts = [f"{edition.lang:<{width}} {edition.handout:<28}"]
    if edition.unreadable:
        return " · ".join([*parts, "its catalog cannot be read (the error above)"])
    if edition.counts is not None:
        c = edition.counts
        parts.append(f"{c.translated}/{c.total} translated ({c.fuzzy} fuzzy, {c.untranslated} untranslated)")
    else:
        parts.append("source language")
    s = edition.scores
    if s is not None and s.words:
        if s.fk_grade is not None:
            parts.append(f"FRE {s.flesch_reading_ease:.1f}, FK grade {s.fk_grade:.1f}, SMOG {s.smog:.1f}"
                         + (" (few sentences)" if s.smog_note else ""))
        if s.szigriszt_pazos is not None:
            parts.append(f"Fernández-Huerta {s.fernandez_huerta:.1f}, INFLESZ {s.szigriszt_pazos:.1f} ({s.inflesz})")
    if edition.unscored:
        parts.append(edition.unscored)
    elif s is None:
        parts.append("no readability formula (as above)" if said else
                     "no readability formula or plain-language rules for this language")
    if edition.meets_target is not None:
        parts.append(f"target {edition.target}: {'met' if edition.meets_target else 'MISSED'}")
    elif edition.partial and edition.counts is not None:  # the part translated so far is no measure of the whole
        parts.append(f"target {edition.target}: not judged until translated (scored on {edition.counts.translated} "
                     f"of {edition.counts.total} entries)")
    if not edition.published and not edition.unreadable:
        parts.append(f"NOT PUBLISHED: {edition.not_published()}")
    return " · ".join(parts)


def cmd_serve(settings: Settings, args: argparse.Namespace) -> int:
    from .serve import start, wait_forever

    try:
        preview, server = start(settings, args.port)
    except OSError as exc:
        raise UsageError(f"--port {args.port}: {exc.strerror or exc}") from exc
    port = server.server_address[1]
    print(f"edu: preview on http://127.0.0.1:{port}/ (Ctrl-C to stop)", file=sys.stderr)
    if preview.error:
        print(preview.error, file=sys.stderr)
    try:
        wait_forever()
    finally:
        preview.stop()
        server.shutdown()
    return 0


def cmd_report(settings: Settings, args: argparse.Namespace) -> int:
    from .report import write_report

    target = args.output or settings.root / "build" / "report.html"
    if args.output and target.is_dir():
        raise UsageError(f"-o {target}: a folder; give the page's file name, such as {target / 'report.html'}")
    if args.output and any(folder in target.resolve().parents for folder in _inputs(settings)):
        raise UsageError(f"-o {target}: in the project's inputs, which the build reads; write it elsewhere")
    try:
        path = write_report(settings, args.output)
    except OSError as exc:  # a read-only checkout: say where else it can go
        if exc.filename is None:
            raise
        failed = Path(exc.filename)
        made = failed in (target.parent, *target.parent.parents)
        what = "cannot create the output folder" if made else "cannot write the report"
        raise SourceError(f"{what}: {exc.strerror} (choose another with -o FILE)", failed) from None
    print(f"wrote {shown_path(path, settings.root)}")
    return 0


def _inputs(settings: Settings) -> list[Path]:
    from .build import INPUT_FOLDERS

    return [settings.root.resolve() / folder for folder in INPUT_FOLDERS]


def cmd_signoff(settings: Settings, args: argparse.Namespace) -> int:
    from .signing import sign_off

    if not args.handouts and not args.all and not args.topic:
        raise UsageError("signoff: name the handouts reviewed (content/<language>/<slug>.md or a slug), a --topic, "
                         "or --all")
    if args.lang is not None:
        from .trsigning import sign_translations

        said = sign_translations(settings, args.lang, args.handouts, args.by, args.date, every=args.all,
                                 renew=args.renew, topics=args.topic)
    else:
        said = sign_off(settings, args.handouts, args.by, args.date, every=args.all, renew=args.renew,
                        topics=args.topic)
    for line in said:
        print(line)
    if any(": signed off by " in line for line in said):
        print("edu: commit content/signoff.yaml with the handouts it signs off (`git log -p content/signoff.yaml` "
              "is the record of who reviewed what)", file=sys.stderr)
    return 0


def cmd_stats(settings: Settings, args: argparse.Namespace) -> int:
    from .commands import msgfmt_line, stats

    result = stats(settings)
    if args.format == "json":
        def row(r: StatsRow) -> dict[str, object]:
            return {**asdict(r), "counts": {**asdict(r.counts), "total": r.counts.total, "percent": r.counts.percent}}
        print(json.dumps({"handouts": [row(r) for r in result.rows], "catalogs": [row(r) for r in result.files]},
                         indent=2, ensure_ascii=False))
        return 0
    width = max(3, *map(len, settings.languages))
    for r in result.rows:
        c = r.counts
        print(f"{r.lang:<{width}} {r.handout:<30} {c.translated:>4} translated {c.fuzzy:>4} fuzzy "
              f"{c.untranslated:>4} untranslated {c.percent:6.1f}%")
    for r in result.files:
        print(f"{r.path}: {msgfmt_line(r.counts)}")
    return 0


HANDLERS = {
    "build": cmd_build, "check": cmd_check, "serve": cmd_serve, "extract": cmd_extract, "update": cmd_update,
    "init": cmd_init, "compile": cmd_compile, "stats": cmd_stats, "report": cmd_report, "signoff": cmd_signoff,
}
