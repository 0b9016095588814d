"""``edu build``: decide whether anything changed; if so, run the pipeline (pipeline.py).

    if every input is as the last complete build saw it: replay its report (no loading at all)
    else: load -> localize -> plan -> render what changed -> write -> PDFs   (pipeline.py)

The decision reads only file digests and the manifest, so a build with nothing to do imports
neither the pipeline (Babel catalogs, Markdown, Jinja2) nor WeasyPrint.
"""

from __future__ import annotations

import os
import re
import signal
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .config import Settings
from .errors import UsageError
from .fingerprint import digest, environment, inputs_digest
from .lock import LOCK_NAME, BuildLock
from .manifest import MANIFEST_NAME, read_manifest

if TYPE_CHECKING:
    from .progress import Progress

__all__ = ["FORMATS", "BuildOptions", "BuildReport", "build"]

FORMATS = ("html", "pdf", "bilingual")


@dataclass(frozen=True)
class BuildOptions:
    """What ``edu build`` was asked for."""

    languages: tuple[str, ...] = ()  # empty: every configured language
    formats: tuple[str, ...] = FORMATS  # html, pdf, bilingual
    draft: bool = False  # render incomplete translations, marked as drafts
    jobs: int = 0  # PDF worker processes; 0: one per core
    out: Path | None = None  # output folder; default <root>/build
    force: bool = False  # make every output and check every entry again, whatever the build folder says

    def folder(self, settings: Settings) -> Path:
        """The output folder: ``out``, or ``build/`` in the project."""
        return self.out or settings.root / "build"

    def languages_of(self, settings: Settings) -> tuple[str, ...]:
        """The languages to build: those asked for, or every configured one."""
        return self.languages or settings.languages


@dataclass
class BuildReport:
    """What a build did; ``problems`` non-empty means exit status 1."""

    written: list[str] = field(default_factory=list)  # outputs made by this build (relative to the build folder)
    unchanged: list[str] = field(default_factory=list)  # outputs that were already up to date
    removed: list[str] = field(default_factory=list)  # outputs deleted: handout gone or no longer published
    failed: list[str] = field(default_factory=list)  # outputs that could not be made (see problems)
    skipped: list[str] = field(default_factory=list)  # "<lang>/<slug>" editions not published
    withdrawn: dict[str, str] = field(default_factory=dict)  # skipped edition -> why, when one cause says it
    blocked: list[str] = field(default_factory=list)  # "<lang>/<slug>" not published: a catalog it needs is unreadable
    problems: list[str] = field(default_factory=list)  # located messages, one line each
    warnings: list[str] = field(default_factory=list)  # worth knowing, not failures (e.g. HarfBuzz missing)
    seconds: float = 0.0  # wall time


def build(settings: Settings, options: BuildOptions = BuildOptions(),
          progress: Callable[[Progress], None] | None = None) -> BuildReport:
    started = time.monotonic()
    report = BuildReport()
    out, languages = options.folder(settings), options.languages_of(settings)
    check_output_folder(settings.root, out, f"-o {out}" if options.out else "build/")
    env = environment(settings)
    # taken first: an input edited during the build is seen by the next one
    inputs = inputs_digest(settings.root)
    snapshot = digest([inputs, env.groups(), env.pdf_code, env.system, languages, options.formats, options.draft])
    if options.force or not replay_last_build(out, snapshot, report, settings.root):  # else nothing changed at all
        from .pipeline import run  # imported only here: the pipeline's libraries are most of a no-op's time

        with terminate_as_interrupt():
            run(settings, options, env, snapshot, report, progress)
    if report_made_from(out / REPORT_NAME) not in (None, inputs):
        report.warnings.append(f"{REPORT_NAME} in the build folder is an earlier `edu report`'s, of other content, "
                               "catalogs or settings than this build's: run `edu report` to make it again")
    report.seconds = time.monotonic() - started
    return report


class Terminated(KeyboardInterrupt):
    """SIGTERM (a CI job cancelled, `systemctl stop`, `timeout`) during a build."""


@contextmanager
def terminate_as_interrupt() -> Iterator[None]:
    """SIGTERM stops a build as Ctrl-C does: what it had not made again and whose words changed is
    removed, what is in place is recorded, and the build says so (it ended with no word, exit 143)."""
    if threading.current_thread() is not threading.main_thread():  # edu serve's builds: its own signals
        yield
        return

    def stop(_signum: int, _frame: object) -> None:
        raise Terminated

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


REPORT_NAME = "report.html"  # `edu report`'s page, in the build folder
REPORT_INPUTS = re.compile(rb'<meta name="edu-inputs" content="([0-9a-f]*)">')


def report_made_from(path: Path) -> str | None:
    """The inputs digest (fingerprint.inputs_digest) `edu report` wrote into the report at ``path``
    ("" for a report that names none, as an older edu's); None if there is no report."""
    try:
        with path.open("rb") as file:
            head = file.read(2048)
    except OSError:
        return None
    return found[1].decode() if (found := REPORT_INPUTS.search(head)) else ""


INPUT_FOLDERS = ("content", "templates", "locale")
EDU_WRITES = {REPORT_NAME}  # besides the build's outputs (listed in its manifest) and .edu-* files


def check_output_folder(root: Path, out: Path, name: str) -> None:
    """A UsageError unless ``out`` is a folder a build may write in and remove files from: not the
    project or a folder around it, not in its inputs, and new, empty or an earlier build's (its
    manifest lists what edu wrote there). `-o templates` wrote the index page over the project's
    index template; `-o /` filled the root of the disk. ``name`` is how messages call the folder."""
    where, project = out.resolve(), root.resolve()
    if where.exists() and not where.is_dir():
        raise UsageError(f"{name}: not a folder; give a folder for the outputs, such as build/")
    if where == project or where in project.parents:
        raise UsageError(f"{name}: the output folder would hold the project itself; choose a folder of its own, "
                         "such as build/")
    for folder in INPUT_FOLDERS:
        if where == project / folder or (project / folder) in where.parents:
            raise UsageError(f"{name}: the output folder is inside the project's {folder}/, which the build reads; "
                             "choose a folder of its own, such as build/")
    if not where.is_dir():
        return
    links = _links_in(where)
    if links:  # a build writes and removes files there: through a link, in someone else's folder
        raise UsageError(f"{name}: {links[0]} is a symbolic link; edu writes only into real folders of its own "
                         "(remove the link, or build into another folder)")
    if (where / MANIFEST_NAME).is_file() or (where / LOCK_NAME).is_file():
        return  # an earlier build's folder (the lock stays when a build is killed before its manifest)
    others = sorted(p.name + "/" * p.is_dir() for p in where.iterdir()
                    if not p.name.startswith(".") and p.name not in EDU_WRITES)
    if others:
        shown = ", ".join(others[:3]) + (f" and {len(others) - 3} more" if len(others) > 3 else "")
        raise UsageError(f"{name}: the folder holds files edu did not write ({shown}); choose a new or empty "
                         "folder (a build replaces and removes its own files there)")


def _links_in(folder: Path, prefix: str = "") -> list[str]:
    """The symbolic links under ``folder`` (not followed), relative to it: a build of edu makes none.
    (DirEntry.is_symlink reads the directory's own listing: no stat per file on a no-op rebuild.)"""
    found = []
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.is_symlink():
                found.append(prefix + entry.name)
            elif entry.is_dir(follow_symlinks=False):
                found += _links_in(Path(entry.path), f"{prefix}{entry.name}/")
    return sorted(found)


def replay_last_build(out: Path, snapshot: str, report: BuildReport, root: Path) -> bool:
    """When the inputs are exactly those of the last complete build (of the project ``root``: with
    the hidden files its PDFs read, printtemplates.aside_reads) and its files are all in place, its
    report is the answer: no loading, no rendering, no WeasyPrint."""
    if not (out / MANIFEST_NAME).is_file():
        return False
    with BuildLock(out):
        manifest = read_manifest(out)
        last = manifest.replay(out, snapshot)
    if last is None:
        return False
    if last.get("aside"):  # (most projects' PDFs read none: the templates' module is not imported)
        from .printtemplates import aside_changed

        if aside_changed(root, last["aside"]):
            return False
    report.unchanged.extend(sorted(manifest.outputs))
    report.problems.extend(last.get("problems", []))
    report.skipped.extend(last.get("skipped", []))
    report.withdrawn.update(last.get("withdrawn", {}))
    report.blocked.extend(last.get("blocked", []))
    report.warnings.extend(last.get("warnings", []))
    return True
