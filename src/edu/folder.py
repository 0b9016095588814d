"""The build folder during one build: which outputs are up to date, writing and removing files, and
keeping the manifest, the report and the progress display in step with what is on disk.

A record goes into the manifest only once its file is in place; ``save`` is called every second
while PDFs are being made and whenever the build stops, so a stopped build is never forgotten; the
record of each PDF is also appended to the manifest's journal as it arrives, for a build killed
(SIGKILL) before the next ``save``, and every file no record describes yet is said in the journal
before it is written (``_intend``), so the next build of a killed one knows every file it wrote.
"""

from __future__ import annotations

import dataclasses
import hashlib
import time
from collections.abc import Callable, Collection
from pathlib import Path
from typing import TYPE_CHECKING

from . import media
from .atomic import Written, atomic_write
from .checked import CHECKED_NAME
from .editioninputs import EditionInputs
from .fingerprint import digest, printed_inputs, reads_digest
from .localized import LOCALIZED_NAME
from .manifest import Manifest, Record, retimed, write_journal, write_manifest
from .model import Page
from .outputs import EditionKey, Output, made_by
from .pdfworker import PdfJob, PdfResult, located, too_long
from .printtemplates import aside_reads
from .progress import Progress
from .readfiles import as_read, saw_all, seen
from .templating import TEMPLATE_CODE
from .warned import WARNED_NAME

if TYPE_CHECKING:
    from .build import BuildReport

FLUSH_SECONDS = 1.0  # how often the manifest is saved while PDFs are being rendered
# what a build keeps for the next in its folder when that is in the project (pipeline.keep), and an older
# edu kept in a folder elsewhere too (BuildFolder.remove_kept)
KEPT_FILES = (CHECKED_NAME, WARNED_NAME, LOCALIZED_NAME, TEMPLATE_CODE)


# what a page says (EditionInputs.groups; the settings: the clinic's phone, the territory's numbers).
# Not the language list ("languages", "siblings"): it changes the links to other languages only, so a
# language added or removed leaves every other language's files correct to print.
CONTENT_GROUPS = frozenset({"source", "text", "references", "settings"})


DRAFT_MARKER = "DRAFT"
DRAFT_TEXT = """\
This folder holds pages made by `edu build --draft`: translations not finished or not checked,
shown in the original language where they are missing. They are not for patients: do not publish
this folder. A build without --draft removes this file once it has replaced or removed every draft
page (a build of some languages or formats only may leave others' draft pages, and this file).
"""


def _is_draft(record: Record) -> bool:
    """A page of a draft build, or a PDF of a draft edition."""
    return record.inputs.get("preview") == "True" or "True" in record.inputs.get("draft", "")


def _words_changed(recorded: dict[str, str], now: dict[str, str]) -> bool:
    """Whether what a page says (CONTENT_GROUPS, "left." and "right." ones too) differs from the record."""
    return any(recorded.get(name) != value for name, value in now.items() if name.rpartition(".")[2] in CONTENT_GROUPS)


def _loads(record: Record) -> list[str]:
    """The assets the file of ``record`` loads by name: a web page its stylesheet, the stylesheet its fonts."""
    return [*record.inputs.get("stylesheet", "").split(), *record.inputs.get("loads", "").split()]


class BuildFolder:
    """One build's view of its (locked) output folder."""

    def __init__(self, out: Path, manifest: Manifest, report: BuildReport,
                 progress: Callable[[Progress], None] | None, inputs: dict[EditionKey, EditionInputs]) -> None:
        self.out, self.manifest, self.report, self.progress = out, manifest, report, progress
        self.old = dataclasses.replace(manifest, outputs=dict(manifest.outputs))  # as the last build left it
        manifest.last = {}  # until this build completes, no snapshot describes the folder
        self.inputs = inputs
        self.planned: dict[str, Output] = {}  # target -> output, for the PDF callbacks
        self.failed: set[str] = set()  # PDFs that could not be made
        self.interim: set[str] = set()  # pages written without the links to PDFs not made yet (write_files)
        self.done, self.total = 0, 0
        self.dirty, self.flushed = False, time.monotonic()
        self.forced = False  # --force: outputs are made again whatever changed
        self.root = Path()  # the project (buildplan.build_scope)
        self.pages: dict[str, str] = {}  # PDF target -> digest of its page HTML, images and renderer
        self.known: dict[tuple[str, ...], str] = {}  # files of the project -> their digest (printtemplates.py)

    def stale(self, outputs: list[Output], slugs: set[str], published: Collection[EditionKey],
              formats: tuple[str, ...], languages: tuple[str, ...], configured: tuple[str, ...],
              indexes: bool, removed: Collection[str] = (), moved: Collection[str] = ()) -> list[str]:
        """Recorded outputs this build does not make but must not keep: their handout or language is
        gone; they are of an edition in a language this build covers that is no longer ``published``,
        whatever their format (an old PDF of a translation whose source has changed must not stay
        to be printed); or they are of a format this build covers, made by a language it covers
        (``made_by``: a side-by-side edition by its translation's), and it did not plan them. Index
        pages and assets (planned last, from what else the folder holds) are looked at only with
        ``indexes`` (``removed``: what the first look found); an asset a page kept as it is still
        loads (an old stylesheet linked by the side-by-side pages an HTML-only build leaves) stays.
        The page at a withdrawn edition's address stays until the page of the edition, or of
        another language's, replaces it, or its edition is no more (it prints no handout's words).
        The page at a moved handout's old address (moved.py) goes with its ``moved_from`` entry; the
        pages of a handout renamed since (its old slug in ``moved``) stay until a build of their
        language and format puts a page saying so at their address."""
        planned = {o.target for o in outputs}
        scope = set(formats) | ({"index", "moved"} if "html" in formats else set())
        scope |= {"moved-bilingual"} if "bilingual" in formats else set()  # moved.SIDE_BY_SIDE
        scope |= {"asset"} if {"html", "bilingual"} & set(formats) else set()
        found = [target for target, record in self.manifest.outputs.items()
                 if target not in planned and (record.format in ("index", "asset")) == indexes
                 and ((record.slug and record.slug not in slugs and record.slug not in moved)
                      or any(lang not in configured for lang in record.langs)
                      or (record.slug and record.slug not in moved
                          and any(lang in languages and (record.slug, lang) not in published for lang in record.langs))
                      or (record.format in scope and (not record.langs or made_by(record.langs) in languages)
                          and record.format != "withdrawn"))]
        if not indexes:
            return found
        gone = {*found, *removed}
        loaded = {x for target, record in self.manifest.outputs.items() if target not in planned and target not in gone
                  for x in _loads(record)}
        loaded |= {x for target in loaded if target in self.manifest.outputs  # a stylesheet kept keeps its fonts
                   for x in _loads(self.manifest.outputs[target])}
        return [target for target in found if target not in loaded or self.manifest.outputs[target].format != "asset"]

    def outdated_elsewhere(self, shadows: list[Output], formats: tuple[str, ...]) -> list[str]:
        """The recorded files of formats or languages this build does not make whose words have
        changed since (the handout, its translation, its sources or the settings: ``shadows`` are
        those files as they would be planned now). An HTML-only build after a dose change left the
        old PDF linked from the new page, to be printed, and `-l en` the old Spanish and side-by-side
        PDFs; they are removed (the next build of theirs makes them again). A new edu, templates or
        fonts do not count: they change how a page looks, and remove nothing."""
        out = []
        for shadow in shadows:
            record = self.manifest.outputs.get(shadow.target)
            if record is not None and record.format != "withdrawn" and _words_changed(record.inputs, shadow.inputs):
                out.append(shadow.target)
                why = ("its language (build it" if shadow.format in formats else f"{shadow.format} (build that format")
                self.report.warnings.append(f"{shadow.target}: removed: its text changed and this build does not "
                                            f"make {why} to make it again)")
        return out

    def existing(self, outputs: list[Output], stale: list[str]) -> set[str]:
        """The targets the folder will hold once this build is done (for the index pages' links)."""
        return ({o.target for o in outputs} | set(self.manifest.outputs)) - set(stale) - self.failed

    def holds(self, target: str) -> bool:
        """Whether the file of ``target`` is in place, as the manifest records it."""
        record = self.manifest.outputs.get(target)
        return record is not None and record.written(self.out, target, by_bytes=False)

    def out_of_date(self, outputs: list[Output], force: bool, removing: int = 0) -> list[Output]:
        """The outputs to make; the progress count is theirs and the ``removing`` files'."""
        todo, self.forced = [], force
        for output in outputs:
            self.planned[output.target] = output
            if force or not self.manifest.up_to_date(self.out, output.target, output.key):
                todo.append(output)
            else:
                self.report.unchanged.append(output.target)
                self._said_again(output, self.manifest.outputs[output.target])
        self.total += len(todo) + removing
        return todo

    def write_files(self, outputs: list[Output], pages: dict[str, Page], interim: Collection[str] = ()) -> None:
        """HTML pages and assets; a file whose bytes did not change is left as it is. ``interim``:
        pages without their links to the PDFs not made yet, written and recorded but not reported
        (the build writes them again once the PDFs are in place; one that comes back to the bytes
        the build found is up to date)."""
        self._intend(outputs)
        for output in outputs:
            data = (output.content() if output.content else output.copy.read_bytes() if output.copy
                    else pages[output.target].html.encode("utf-8"))
            sha256, target = hashlib.sha256(data).hexdigest(), output.target
            record = self.manifest.outputs.get(target)
            kept = record is not None and record.sha256 == sha256 and record.written(self.out, target)
            if target in interim:
                if not kept:
                    self._record(output, atomic_write(self.out / target, data), "interim")
                    self.interim.add(target)
                continue
            same = kept
            if target in self.interim:  # compared with the file the build found
                self.interim.discard(target)
                found = self.old.outputs.get(target)
                same = found is not None and found.sha256 == sha256
            self._record(output, None if kept else atomic_write(self.out / target, data),
                         "unchanged" if same else "built")

    def pdf_jobs(self, outputs: list[Output], pages: dict[str, Page], renderer: str, root: Path,
                 force: bool = False) -> list[PdfJob]:
        """The PDFs whose page HTML, images (under ``root``/content) or ``renderer`` (code, libraries,
        fonts) changed; one whose
        page came out the same as last time is kept as it is, with the problems WeasyPrint logged
        making it (said again), unless ``force`` (``--force``: the machine's fonts or libraries changed
        in a way the fingerprint cannot see)."""
        jobs = []
        self._intend(outputs)  # a worker puts a PDF in place before this process records it
        for output in outputs:
            page = pages[output.target]
            shown = media.digest_of(page.html, root)  # the images: their bytes are not in the HTML
            self.pages[output.target] = digest([page.html, output.cell_langs, renderer] + ([shown] if shown else []))
            record = self.manifest.outputs.get(output.target)
            self._read(output, record.fetched if record else ())  # the files WeasyPrint read last time, as they are
            if not force and record and record.page == self.planned[output.target].inputs["page"] \
                    and record.written(self.out, output.target):
                self._record(self.planned[output.target], None, "unchanged", record.problems, record.pages,
                             record.fetched)
                self._said_again(output, record)
            else:
                planned = self.planned[output.target]  # for the worker to journal it (pdfworker.journaled)
                record = Record("", {k: v for k, v in planned.inputs.items() if k != "page"}, output.format,
                                output.slug, output.langs, "", 0, 0, self.pages[output.target],
                                loads=tuple(sorted(output.loads)))
                jobs.append(PdfJob(output.target, page, output.cell_langs, output.source, output.max_pages, record,
                                   as_read(output.loads)))
        return jobs

    def pdf_done(self, job: PdfJob, result: PdfResult) -> None:
        """Called as each PDF is finished, failed or stopped."""
        problems = located(job, result.problems)
        self.report.problems.extend(problems)
        if result.written is None:  # an old file is from older inputs: it must not stay
            self.failed.add(job.target)
            self.report.failed.append(job.target)
            self._forget(job.target)
            self._event(job.target, "failed", problems[0] if problems else "")
        else:
            saw_all(result.read)  # as the worker read them
            self._read(self.planned[job.target], result.fetched)
            self._record(self.planned[job.target], result.written, "built", problems, result.pages, result.fetched)
            self.manifest.journal(self.out, job.target)  # kept, should the build be killed before ``save``
            self._warn_pages(self.planned[job.target], result.pages)
        if time.monotonic() - self.flushed > FLUSH_SECONDS:
            self.save()

    def _read(self, output: Output, fetched: tuple[str, ...]) -> None:
        """Plan ``output`` (a PDF whose page is rendered) as made from the templates its page loaded
        and the files of the project WeasyPrint read (``fetched``), as they were read (readfiles.py; one this
        build did not read: as it is now, printtemplates.py)."""
        inputs, page = printed_inputs(output.inputs, output.loads, fetched, self.pages[output.target], self.root,
                                      self.known, seen())
        self.planned[output.target] = dataclasses.replace(output, inputs={**inputs, "page": page})

    def withdraw_unmade(self, jobs: list[PdfJob]) -> None:
        """Remove the PDFs among ``jobs`` whose words changed and that this build has not made yet:
        done before the web pages are written (a build killed then left the new page saying 200 mg
        linking the old PDF saying 100 mg) and again when a build is stopped; the next build makes them."""
        for job in jobs:
            record, planned = self.manifest.outputs.get(job.target), self.planned[job.target]
            if job.target in self.failed or record is None or record.page == planned.inputs.get("page"):
                continue  # failed (removed already), never made, or made by this build
            if _words_changed(record.inputs, planned.inputs):
                self._forget(job.target)

    def remove(self, targets: list[str]) -> None:
        """Remove ``targets`` (counted in ``total`` by ``out_of_date``, so the progress count
        shown from the first line is the whole build's)."""
        for target in targets:
            self._forget(target)
            self.report.removed.append(target)
            self._event(target, "removed")

    def mark_draft(self, draft: bool) -> None:
        """build/DRAFT while the folder holds a page of `edu build --draft` (``draft``: this build
        makes them), for a deploy script to refuse: a draft's pages are not for patients. A build
        without --draft removes it once it has replaced or removed every draft page."""
        record = self.manifest.outputs.get(DRAFT_MARKER)
        if draft or any(_is_draft(r) for target, r in self.manifest.outputs.items() if target != DRAFT_MARKER):
            data = DRAFT_TEXT.encode("utf-8")
            if record is None or record.sha256 != hashlib.sha256(data).hexdigest() \
                    or not record.written(self.out, DRAFT_MARKER):
                self.manifest.intend(self.out, {DRAFT_MARKER: Record("", {}, "marker", "", (), "", 0, 0)})
                written = atomic_write(self.out / DRAFT_MARKER, data)
                self.manifest.add(DRAFT_MARKER, Record(digest({"text": written.sha256}), {"text": written.sha256},
                                                       "marker", "", (), "", 0, 0), written)
                self.dirty = True
        elif record is not None:
            self._forget(DRAFT_MARKER)

    def remove_kept(self) -> None:
        """Remove from this folder, outside the project, the files an older edu kept there for the
        next build (a build elsewhere keeps them in the project's build/, and never reads them
        here): edu's own, by their exact names; said only when one cannot be removed."""
        for name in KEPT_FILES:
            try:
                (self.out / name).unlink(missing_ok=True)
            except OSError as exc:
                self.report.warnings.append(f"{self.out / name}: cannot remove this file an older edu kept for the "
                                            f"next build: {exc.strerror or exc}")

    def complete(self, snapshot: str, options: dict[str, object], versions: dict[str, str]) -> None:
        """Record what this complete build saw and said, for the next one to replay."""
        report = self.report
        report.unchanged = [t for t in dict.fromkeys(report.unchanged) if t not in set(report.written)]
        report.written = list(dict.fromkeys(report.written))
        self.manifest.last = {"snapshot": snapshot, "problems": report.problems, "skipped": report.skipped,
                              "withdrawn": report.withdrawn, "blocked": report.blocked, "warnings": report.warnings,
                              "failed": report.failed,  # not replayed: the next build makes them again
                              "aside": aside_reads(self.root, self.manifest.outputs)}  # hidden files PDFs read
        for (slug, lang), inputs in self.inputs.items():
            self.manifest.editions[f"{lang}/{slug}"] = {"entries": inputs.entries, "facts": inputs.facts}
        self.manifest.options, self.manifest.versions = options, versions
        self.dirty = True

    def save(self) -> None:
        if self.dirty:
            write_manifest(self.out, self.manifest)
            self.dirty, self.flushed = False, time.monotonic()

    def close(self) -> None:
        """At the build's end, even by an error or Ctrl-C: save what is in place, and keep in the
        journal only the files meant to be written that are in place (a build that wrote nothing, a
        full disk's, leaves no journal behind)."""
        if self.manifest.settle(self.out) and not self.dirty:
            write_journal(self.out, self.manifest)  # no record changed: the journal holds intents only
        self.save()

    def _record(self, output: Output, written: Written | None, status: str, problems: tuple[str, ...] = (),
                pages: int = 0, fetched: tuple[str, ...] = ()) -> None:
        old = self.manifest.outputs.get(output.target)
        if written is None and old is None:
            return
        why = self._why(output) if status == "built" else ""
        inputs = {k: v for k, v in output.inputs.items() if k != "page"}
        if output.loads and not output.pdf:  # a web page: made from what its render read (a PDF: ``_read``)
            inputs["templates"] = reads_digest(self.root, output.loads, self.known, seen())
        record = Record(digest(inputs), inputs, output.format, output.slug, output.langs,
                        old.sha256 if old else "", old.size if old else 0, old.mtime_ns if old else 0,
                        output.inputs.get("page", ""), problems, pages, tuple(sorted(output.loads)), fetched)
        if written is None:  # kept: its bytes were found the same (a copied folder gives new times)
            record = retimed(record, self.out / output.target)
        self.manifest.add(output.target, record, written)
        self.dirty = True
        if status != "interim":
            (self.report.written if status == "built" else self.report.unchanged).append(output.target)
            self._event(output.target, status, why)

    def _said_again(self, output: Output, record: Record) -> None:
        """What the build that made a file kept as it is said of it: the problems WeasyPrint logged
        making a PDF, and a PDF's pages over its limit."""
        self.report.problems.extend(record.problems)
        self._warn_pages(output, record.pages)

    def _warn_pages(self, output: Output, pages: int) -> None:
        if warning := too_long(output.source, output.target, output.max_pages, pages):
            self.report.warnings.append(warning)

    def _intend(self, outputs: list[Output]) -> None:
        """Say in the manifest's journal the files of ``outputs`` about to be written that no record
        describes (Manifest.intend): should the build be killed before it records them, the next
        build knows them, to make them again or remove them."""
        marks = ("preview", "draft")  # what says a draft's file (_is_draft): a draft's keeps build/DRAFT
        self.manifest.intend(self.out, {o.target: Record("", {k: v for k, v in o.inputs.items() if k in marks},
                                                         o.format, o.slug, o.langs, "", 0, 0)
                                        for o in outputs if o.target not in self.manifest.outputs})

    def _forget(self, target: str) -> None:
        (self.out / target).unlink(missing_ok=True)
        if self.manifest.forget(target):
            self.dirty = True
        folder = (self.out / target).parent  # a language dropped left build/es/ empty
        while folder != self.out and folder.is_relative_to(self.out):
            try:
                folder.rmdir()  # only an empty one: a file someone put there keeps it
            except OSError:
                break
            folder = folder.parent

    def _why(self, output: Output) -> str:
        """What changed since the last build, e.g. ``entries: 'Wash your hands.'`` or ``templates``."""
        inputs = {k: v for k, v in output.inputs.items() if k != "page"}
        old = self.old.outputs.get(output.target)
        if output.format == "withdrawn" and old is not None and old.format != "withdrawn":
            return "being updated: its edition is not published now"
        if output.format.startswith("moved") and old is not None and old.format != output.format:
            return f"moved: the handout is {output.slug} now"
        if old is None and output.target in self.old.last.get("failed", ()):  # removed when it failed
            return "tried again: it failed in the last build"
        groups = self.old.changed_inputs(output.target, inputs)
        if not groups:
            record = self.old.outputs[output.target]
            if self.forced and record.page == output.inputs.get("page", ""):
                return "--force"
            return "page changed" if "page" in output.inputs else "file changed"
        words = [g for g in groups if not g.endswith("text")] or groups
        lang, _, slug = output.edition.partition("/")
        if any(g.endswith("entries") for g in groups) and (slug, lang) in self.inputs:
            msgids = self.old.changed_entries(output.edition, self.inputs[(slug, lang)].entries)
            # an edited entry is its old and its new msgid: said once when they start alike
            shown = list(dict.fromkeys(m if len(m) <= 40 else m[:39] + "…" for m in msgids))
            if shown:
                more = f" and {len(shown) - 2} more" if len(shown) > 2 else ""
                words = [f"entries: {', '.join(repr(m) for m in shown[:2])}{more}",
                         *(g for g in words if not g.endswith("entries"))]
        return ", ".join(words)

    def _event(self, target: str, status: str, why: str = "") -> None:
        self.done += 1
        if self.progress is not None:
            self.progress(Progress(self.done, self.total, target, status, why))
