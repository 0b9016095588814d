"""The web pages that link the PDFs, written around the making of those PDFs.

No page may link a PDF that is not in place (a build stopped while making PDFs left links that
answered 404), nor one that failed:

    before the PDFs: the pages that would link a PDF not made yet are written without that link
        (a first build, whose folder holds none of those pages, writes no web page yet)
    as each PDF is done: one that failed is unlinked from the pages before it is removed
    after the PDFs (or when the build is stopped): those pages are written again, or for the
        first time, linking every PDF in place

These steps read and change one plan (the outputs, the pages rendered, what the folder will hold)
across the PDF pool's callbacks, so they are a class of their own, apart from the planning
(buildplan.py) and the folder's bookkeeping of files and records (folder.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .editions import Edition
from .fingerprint import Environment
from .folder import BuildFolder
from .model import Page
from .moved import plan_redirects
from .outputs import EditionKey, OncePageMaker, Output, link_formats, plan_indexes, plan_site_files
from .pdfworker import PdfJob, PdfResult
from .project import Project


@dataclass
class PageLinks:
    """The pages of one build that link its PDFs. ``outputs``: the whole plan, in its order (a
    handout's page is written before the index linking it); ``todo``: those out of date, whose
    ``pages`` are rendered; ``existing``: what the web pages may link to once the build is done;
    ``indexes``: the index pages this build writes, of the languages ``listed``."""

    folder: BuildFolder
    project: Project
    editions: dict[EditionKey, Edition]
    maker: OncePageMaker
    env: Environment
    outputs: list[Output]
    todo: list[Output]
    pages: dict[str, Page]
    stale: list[str]
    notices: set[str]  # the pages saying an edition is being updated: linked by no index
    existing: set[str]
    listed: tuple[str, ...] = ()
    noticed: set[str] = field(default_factory=set)
    indexes: set[str] = field(default_factory=set)
    jobs: list[PdfJob] = field(default_factory=list)
    early: dict[str, Output] = field(default_factory=dict)  # written without the links to PDFs not made yet
    deferred: set[str] = field(default_factory=set)  # a first build's web pages: written after the PDFs

    def linking(self, missing: set[str]) -> list[Output]:
        """The pages that link to PDFs and the site files that list them, with none of ``missing``."""
        folder, editions, maker, env = self.folder, self.editions, self.maker, self.env
        held = folder.existing(self.outputs, self.stale) - missing
        found = []
        found += link_formats([o for o in self.outputs if o.format == "html"], editions, maker, self.existing - missing)
        if self.indexes:
            found += [o for o in plan_indexes(self.project, editions, self.listed, maker, env, self.existing - missing,
                                              self.noticed) if o.target in self.indexes]
        found += plan_site_files(self.project, editions, held - self.notices, maker, env)
        found.append(plan_redirects(self.project, held, env))
        return found

    def write_first(self, jobs: list[PdfJob]) -> None:
        """Write the web files out of date before the PDFs ``jobs`` are made: until a PDF is in
        place no page links it, so the pages that would are written first without those links (and
        again with them by ``link_made``). A folder that holds none of those pages (a first build)
        gets no web file before the PDFs, and each once, after them: nothing there links a PDF not
        made yet, and no page renders twice."""
        folder, todo = self.folder, self.todo
        self.jobs = jobs
        unmade = {job.target for job in jobs if not folder.holds(job.target)}
        early = {o.target: o for o in self.linking(unmade) if o.key != folder.planned[o.target].key} if unmade else {}
        first = bool(early) and not any(folder.holds(target) for target in early)
        self.deferred = {o.target for o in todo if not o.pdf} if first else set()
        self.early = {} if first else early
        writing = ({o.target for o in todo if not o.pdf} | set(self.early)) - self.deferred
        interim = {target: o.make() for target, o in self.early.items() if o.make is not None}
        # in the plan's order: a handout's page is in place before the index that links it
        folder.write_files([self.early.get(o.target, o) for o in self.outputs if o.target in writing],
                           {**self.pages, **interim}, interim=self.early)

    def link_made(self, missing: set[str]) -> None:
        """Write the pages held back (a first build's) or written without some links as they are
        with every PDF in place but ``missing``."""
        folder, pages = self.folder, self.pages
        final = {o.target: o for o in self.linking(missing)
                 if o.target in self.early or o.target in folder.interim or o.key != folder.planned[o.target].key}
        folder.total += len(set(final) - {o.target for o in self.todo})  # counted: those out of date
        planned = {target for target, o in final.items() if target in pages and o.key == folder.planned[target].key}
        final.update((target, folder.planned[target]) for target in planned)  # rendered already: with what it loaded
        made = {target: pages[target] if target in planned else o.make() for target, o in final.items()
                if o.make is not None}
        folder.write_files([final.get(o.target, o) for o in self.outputs
                            if o.target in self.deferred or o.target in final], {**pages, **made})

    def pdf_done(self, job: PdfJob, result: PdfResult) -> None:
        """A PDF the pages link that failed (it goes at once: it is from older inputs) is first
        unlinked: a build killed before its end left a page linking it until the next build."""
        folder = self.folder
        if result.written is None and folder.holds(job.target):
            missing = {job.target, *folder.failed, *(j.target for j in self.jobs if not folder.holds(j.target))}
            now = {o.target: o for o in self.linking(missing) if o.target in folder.manifest.outputs
                   and o.key != folder.manifest.outputs[o.target].key}
            folder.write_files([now[o.target] for o in self.outputs if o.target in now],
                               {target: o.make() for target, o in now.items() if o.make is not None}, interim=now)
        folder.pdf_done(job, result)

    def stopped(self, stopped: BaseException) -> None:
        """The PDFs were stopped (Ctrl-C, SIGTERM, an error): the new web pages must not link to old
        words left to be printed, nor a first build stopped by Ctrl-C leave no page: the pages it held
        back link what is in place (a second Ctrl-C stops this at once; each file is whole)."""
        self.folder.withdraw_unmade(self.jobs)
        if isinstance(stopped, KeyboardInterrupt) and (self.early or self.deferred):
            self.link_made({job.target for job in self.jobs if not self.folder.holds(job.target)} | self.folder.failed)

    def finish(self) -> None:
        """The PDFs made are linked now; no page may link a PDF that failed."""
        if self.early or self.deferred or self.folder.failed:
            self.link_made(self.folder.failed)
