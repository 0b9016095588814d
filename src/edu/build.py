"""The whole pipeline, top to bottom: load -> localize -> render pages -> write HTML -> write PDFs.

    project = load_project(settings)            # every input validated; nothing written yet
    editions = localize every handout in every language (translation policy of DESIGN §5)
    pages = render every page in memory         # template errors surface before any write
    write HTML, then render PDFs in a process pool

Nothing is written until every input and template has been read without error. Each file is
written to a temporary name and renamed, so no reader ever sees half a file.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field
from pathlib import Path

from .catalogs import messages_of
from .config import Settings
from .errors import SourceError, raise_all
from .model import Localized, Missing, Page, Segment
from .pages import Edition, PageMaker, index_sections
from .pdf import PdfWriter, font_files
from .project import Project, load_project
from .translate import Source, localize, missing_message

FORMATS = ("html", "pdf", "bilingual")


@dataclass(frozen=True)
class BuildOptions:
    """What ``edu build`` was asked for."""

    languages: tuple[str, ...] = ()  # empty: every configured language
    formats: tuple[str, ...] = FORMATS  # html, pdf, bilingual
    draft: bool = False  # render incomplete translations, marked as drafts
    jobs: int = 0  # PDF worker processes; 0: one per core
    out: Path | None = None  # output folder; default <root>/build


@dataclass
class BuildReport:
    """What a build did; ``problems`` non-empty means exit status 1."""

    written: list[str] = field(default_factory=list)  # output paths relative to the build folder
    skipped: list[str] = field(default_factory=list)  # "<lang>/<slug>" editions not published
    problems: list[str] = field(default_factory=list)  # located messages, one line each
    seconds: float = 0.0  # wall time


@dataclass(frozen=True)
class PdfJob:
    """One PDF to render (picklable, for worker processes)."""

    target: str  # path relative to the build folder
    page: Page  # the print HTML
    cell_langs: tuple[str, ...] = ()  # per-column languages of a bilingual table
    source: str = ""  # the handout file, for messages


def build(settings: Settings, options: BuildOptions = BuildOptions(),
          progress: Callable[[str], None] | None = None) -> BuildReport:
    started = time.monotonic()
    report = BuildReport()
    out = options.out or settings.root / "build"
    languages = options.languages or settings.languages
    project = load_project(settings)
    editions = make_editions(project, languages, options.draft, report)
    maker = PageMaker(settings, {lang: project.template_catalog(lang) for lang in settings.languages},
                      project.references)
    files, jobs = render_outputs(project, maker, editions, options)
    write_files(out, files)
    report.written.extend(files)
    copy_fonts(out)
    report.problems.extend(render_pdfs(settings.root, out, jobs, options.jobs, settings.timeout, progress))
    report.written.extend(job.target for job in jobs)
    report.seconds = time.monotonic() - started
    return report


def make_editions(project: Project, languages: tuple[str, ...], draft: bool,
                  report: BuildReport) -> dict[tuple[str, str], Edition]:
    """Localize every handout in every language; an incomplete one is skipped unless ``draft``."""
    settings = project.settings
    localized: dict[tuple[str, str], Localized] = {}
    errors: list[SourceError] = []
    template_missing = {lang: _template_missing(project, lang) for lang in languages}
    for handout in project.handouts:
        for lang in languages:
            src = handout.doc.lang
            catalog = project.catalogs.get((lang, src))
            source = Source(catalog, project.po(lang, src) if lang != src else None, settings.territory)
            try:
                loc = localize(handout, lang, source, project.facts, settings.locale(lang), draft)
            except SourceError as exc:
                errors.extend(getattr(exc, "errors", [exc]))
                continue
            loc = dataclasses.replace(loc, missing=loc.missing + template_missing[lang])
            if loc.missing and not draft:
                report.skipped.append(f"{lang}/{handout.doc.slug}")
                report.problems.extend(missing_message(m, lang) for m in loc.missing)
                continue
            localized[(handout.doc.slug, lang)] = loc
    raise_all(list({str(e): e for e in errors}.values()))
    return {key: Edition(loc, bool(loc.missing), tuple(x for x in languages if (key[0], x) in localized))
            for key, loc in localized.items()}


def _template_missing(project: Project, lang: str) -> tuple[Missing, ...]:
    """Template words with no usable translation in ``lang`` (they are on every page)."""
    catalog = project.template_catalog(lang)
    if lang == "en" or catalog is None:
        return () if lang == "en" else (Missing(Segment("(template words)", 1, "template"), "untranslated",
                                                f"{project.po(lang, 'en')}:1"),)
    out = []
    for message in messages_of(catalog):
        if not any(loc[0].startswith("templates/") for loc in message.locations):
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if message.fuzzy or not all(strings):
            status = "fuzzy" if message.fuzzy and all(strings) else "untranslated"
            text = message.id if isinstance(message.id, str) else message.id[0]
            out.append(Missing(Segment(text, 0, "template"), status, f"{project.po(lang, 'en')}:{message.lineno}"))
    return tuple(out)


def render_outputs(project: Project, maker: PageMaker, editions: dict[tuple[str, str], Edition],
                   options: BuildOptions) -> tuple[dict[str, str], list[PdfJob]]:
    """Every HTML file (path -> text) and every PDF job, rendered in memory."""
    files: dict[str, str] = {}
    jobs: list[PdfJob] = []
    for (slug, lang), edition in editions.items():
        doc = edition.localized.handout.doc
        if "html" in options.formats:
            files[f"{lang}/{slug}.html"] = maker.handout_page(edition).html
        if "pdf" in options.formats:
            jobs.append(PdfJob(f"{lang}/{slug}.pdf", maker.handout_page(edition, for_pdf=True), (), str(doc.path)))
            if doc.meta.audience == "patient":
                jobs.append(PdfJob(f"{lang}/{slug}-large.pdf", maker.handout_page(edition, True, True), (),
                                   str(doc.path)))
    if "bilingual" in options.formats:
        for (slug, lang), edition in editions.items():
            src = edition.localized.handout.doc.lang
            other = next((x for x in project.settings.languages if x != src and (slug, x) in editions), None)
            if lang != src or other is None:
                continue
            right = editions[(slug, other)]
            files[f"bilingual/{slug}.html"] = maker.bilingual_page(edition, right).html
            jobs.append(PdfJob(f"bilingual/{slug}.pdf", maker.bilingual_page(edition, right, for_pdf=True),
                               (src, other), str(edition.localized.handout.doc.path)))
    if "html" in options.formats:
        outputs = set(files) | {job.target for job in jobs}
        langs = tuple(sorted({lang for _slug, lang in editions}, key=project.settings.languages.index))
        for lang in langs:
            files[f"{lang}/index.html"] = maker.index_page(lang, index_sections(editions, (lang,), 1, outputs)).html
        files["index.html"] = maker.index_page(None, index_sections(editions, langs, 0, outputs)).html
    return files, jobs


def atomic_write(path: Path, data: bytes) -> None:
    """Write to a temporary file in the same folder, then rename: readers never see half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


def write_files(out: Path, files: dict[str, str]) -> None:
    for rel, text in files.items():
        atomic_write(out / rel, text.encode("utf-8"))


def copy_fonts(out: Path) -> None:
    """The web pages load the same font as the PDFs, from build/assets/fonts/."""
    folder = out / "assets" / "fonts"
    folder.mkdir(parents=True, exist_ok=True)
    for _family, path, _w, _s in font_files():
        if path.name.startswith("Atkinson") and not (folder / path.name).is_file():
            shutil.copyfile(path, folder / path.name)


_WRITER: PdfWriter | None = None


def _init_worker(root: str) -> None:
    global _WRITER
    _WRITER = PdfWriter(Path(root))


def _render_job(out: str, job: PdfJob) -> list[str]:
    assert _WRITER is not None
    data, problems = _WRITER.render(job.page, job.cell_langs)
    atomic_write(Path(out) / job.target, data)
    return [f"{job.source}: {job.target}: {p}" for p in problems]


def render_pdfs(root: Path, out: Path, jobs: list[PdfJob], workers: int, timeout: float,
                progress: Callable[[str], None] | None) -> list[str]:
    """Render PDFs, in a process pool when there is more than one job and more than one core."""
    if not jobs:
        return []
    workers = min(workers or os.cpu_count() or 1, len(jobs))
    problems: list[str] = []
    if workers == 1:
        _init_worker(str(root))
        for n, job in enumerate(jobs, 1):
            problems += _render_job(str(out), job)
            if progress:
                progress(f"[{n}/{len(jobs)}] {job.target}")
        return problems
    with ProcessPoolExecutor(workers, initializer=_init_worker, initargs=(str(root),)) as pool:
        futures = [(job, pool.submit(_render_job, str(out), job)) for job in jobs]
        for n, (job, future) in enumerate(futures, 1):
            try:
                problems += future.result(timeout=timeout)
            except FutureTimeout:
                problems.append(f"{job.source}: {job.target}: PDF rendering took more than {timeout:g} s; stopped")
                for process in getattr(pool, "_processes", {}).values():
                    process.kill()
                break
            if progress:
                progress(f"[{n}/{len(jobs)}] {job.target}")
    return problems


