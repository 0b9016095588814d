"""The whole pipeline, top to bottom: load -> localize -> plan -> render what changed -> write -> PDFs.

    project = load_project(settings)        # every input validated (a .po that cannot be read: its editions
                                            # are left out, see make_editions); nothing written yet
    editions = localize every handout in every language (translation policy of DESIGN §5); an
        edition whose source, entries and facts are those of the last build is taken from it
        (localized.py); an entry that passed the checks in the last build is not checked again (checked.py)
    lock the build folder                   # one build per folder at a time (lock.py)
    plan every output with digests of what it is made from (buildplan.py, outputs.py, fingerprint.py)
    keep what the manifest says is up to date (manifest.py, folder.py); render the rest in
        memory, so a template error surfaces before any write
    write the HTML (a page that would link a PDF not in place yet: without that link, pagelinks.py); render PDFs
        in worker processes (workers.py); write those pages again with their links; remove what is
        no longer published
    save the manifest, the entries that passed the checks and the warnings of each entry (warned.py)

build.py runs it when something changed. Every file is written to a temporary name and renamed
(atomic.py); the manifest records a file only once it is in place, so a build stopped at any
point (Ctrl-C, SIGKILL) leaves complete files and the next build makes what is missing.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from contextlib import ExitStack, nullcontext
from pathlib import Path

from . import config
from .atomic import sweep_temp_files
from .build import BuildOptions, BuildReport
from .buildplan import Plan, Scope, build_scope, plan_outputs
from .catalogs import messages_of
from .checked import CheckedEntries
from .checks import blocking_findings, is_template_word, pairs, template_word_findings
from .config import Settings
from .editioninputs import EditionInputs, ProjectDigests, edition_inputs
from .editions import Edition
from .errors import SourceError, raise_all
from .facts import FACTS_PATH, trailing_zeros
from .findings import WARNING, plural, reviewed
from .fingerprint import Environment, digest
from .folder import BuildFolder
from .glyphs import pdf_warnings
from .localized import LocalizedEditions
from .lock import BuildLock, keeping
from .manifest import read_manifest
from .model import Handout, Localized, Missing, Segment
from .outputs import EditionKey, Output, check_targets
from .pagelinks import PageLinks
from .printedwords import unprinted, unprinted_reviews
from .problems import Problem
from .progress import Progress
from .project import Project, load_project
from .readfiles import seeing
from .signoff import Changes, Signoff, clinical_review, read_changes, read_signoffs
from .templating import StoredBytecode
from .translate import BlockingCheck, Source, localize, missing_lines, rejected, renamed_links
from .trsignoff import Review, edition_review, signing_languages
from .unread import unread_files
from .warned import WarnedEntries
from .workers import PdfPool, default_jobs


def run(settings: Settings, options: BuildOptions, env: Environment, snapshot: str, report: BuildReport,
        progress: Callable[[Progress], None] | None = None) -> None:
    """Build what changed into the build folder; ``snapshot`` is recorded as its last complete build."""
    out, languages = options.folder(settings), options.languages_of(settings)
    compiled = StoredBytecode.read(out, settings.root, fresh=options.force)  # the templates, compiled
    last = None if options.force else compiled.kept  # where the last build's verdicts are, if to be used (keep)
    stamp = digest([env.code, env.libraries, settings.units])  # what the checks read besides the entry
    shown = digest([stamp, env.settings])  # localized text also follows the settings (locale, territory)
    # read before the catalogs: an entry another build saves after this one loads them is kept (keptmerge.py)
    warned = WarnedEntries.read(last, stamp) if last else WarnedEntries(stamp)
    checked = CheckedEntries.read(last, stamp) if last else CheckedEntries(stamp)
    reuse = LocalizedEditions.read(last, shown) if last else LocalizedEditions(shown)
    project = load_project(settings, skip_broken_catalogs=True)  # validated; a .po that cannot be read left out
    check_targets(project)
    report.warnings += [f"{path}:1: {why}" for path, why in unread_files(settings, project.handouts)]
    report.warnings += [f"{FACTS_PATH}:{line}: {why}" for line, why in trailing_zeros(project.facts)]
    records = read_signoffs(settings.root)  # content/signoff.yaml: the warnings, and each translation's review
    changed = read_changes(project.handouts, project.facts, settings, records)  # for the notices and the warnings
    report.warnings += project_warnings(project, languages, records, warned, changed)
    editions, inputs = make_editions(project, languages, options.draft, report, checked, reuse, records,
                                     changed)
    made = {key: x for key, x in inputs.items() if key[1] in languages}  # the manifest's: editions this build makes
    with BuildLock(out), ExitStack() as stack, seeing():  # each file read as it was read (readfiles.py)
        folder = BuildFolder(out, read_manifest(out), report, progress, made)
        stack.callback(folder.close)  # also on an error or Ctrl-C: what is in place is recorded
        make_outputs(project, editions, inputs, env, options, folder, stack, compiled)
        folder.complete(snapshot, {"languages": list(languages), "formats": list(options.formats),
                                   "draft": options.draft}, env.versions)
        compiled.save(out)
        if compiled.kept != out:  # a folder elsewhere: what an older edu kept in it is removed
            folder.remove_kept()
        keep(compiled.kept, out, checked.save, lambda folder: warned.save(folder, settings.languages), reuse.save)


def keep(kept: Path | None, out: Path, *saves: Callable[[Path], None]) -> None:
    """Save what this build keeps for the next (the entries that passed the checks, their warnings,
    the complete editions) in the folder ``kept`` (templating.StoredBytecode.read): the build folder
    ``out`` when it is in the project, else the project's build/, so a build into a new folder
    elsewhere each time (a deploy job's) checks only the entries edited since; none when that is not
    the project's (a link). A project that cannot be written to keeps nothing, and says nothing;
    nor does a build elsewhere while a build of build/ runs (lock.keeping: it keeps its own)."""
    if kept is None:
        return
    with nullcontext(True) if kept == out else keeping(kept) as held:
        for save in saves if held else ():
            try:
                save(kept)
            except OSError:
                if kept == out:
                    raise


def project_warnings(project: Project, languages: tuple[str, ...], records: dict[str, Signoff] | None = None,
                     warned: WarnedEntries | None = None, changed: Changes | None = None) -> list[str]:
    """What `edu check` says that staff who only build must hear too, once a build: handouts past
    the review date they print (the sheet told patients "Next review June 2026" in 2027), what a
    handout's own text fails to give a reader who cannot see it (a picture without words, skipped
    heading levels, "click here", a nameless table column: in every edition of it), a fact that
    another medicine's handouts print (topicfacts.py), patient sheets with no clinic phone to call,
    a source at an example address, languages the meaning checks cannot read, handouts changed since
    their clinical sign-off (content/signoff.yaml, tracked: a fresh clone or build folder says it
    too), translations changed since their reviewer signed them off (trsignoff.py), a catalog saved
    with a byte order mark, which GNU msgfmt rejects, templates with no site icon. ``warned``: the
    glossary's and register's findings of the entries the last build read (warned.py); ``changed``:
    what changed since each handout's sign-off (signoff.read_changes), read once a build for these
    warnings and the pages."""
    from .accessibility import SOURCE_CODES, source_problems
    from .projectwarnings import (
        byte_order_marks,
        clinic_phone,
        example_sources,
        missing_icon,
        review_due,
        unchecked_meaning,
    )
    from .signoff import signoff_problems
    from .sourceok import reviewed
    from .topicfacts import CODE as TOPIC_CODE
    from .topicfacts import fact_topics, other_topic_facts
    from .trsignoff import translation_problems

    today = config.today()
    found = [p for handout in project.handouts for p in review_due(handout, project.settings.review_months, today)]
    records = read_signoffs(project.settings.root) if records is None else records
    found += signoff_problems(project.handouts, project.facts, project.settings, records, today, changed)
    found += [p for _handout, _lang, p in translation_problems(project.handouts, project.catalogs, project.settings,
                                                               records, languages)]
    users = fact_topics(project.handouts, project.facts)
    found += [p for handout in project.handouts
              for p in reviewed(handout, source_problems(handout) + other_topic_facts(handout, users),
                                (*SOURCE_CODES, TOPIC_CODE))]
    found += clinic_phone(project.handouts, project.settings, languages)
    found += example_sources(project.handouts, project.references)
    found += unchecked_meaning(project.settings, languages)
    found += byte_order_marks(project.settings, languages)
    found += missing_icon(project.settings)  # the web pages' icon (templates from before edu shipped one)
    found += terminology_warnings(project, languages, warned)
    found += unprinted_reviews(project.settings, signing_languages(records) & set(languages))
    return [f"{p.path}:{p.line}: {p.message} [{p.code}]" for p in found]  # the code, as `edu check` gives it


def terminology_warnings(project: Project, languages: tuple[str, ...],
                         warned: WarnedEntries | None = None) -> list[Problem]:
    """The glossary's and the register's warnings of the catalogs of ``languages`` (glossary.py), as
    `edu check` gives them; a glossary row that cannot be read is a warning here, not a failure.
    ``warned`` gives those of an entry the last build read (warned.py)."""
    from .catalogs import po_path
    from .glossary import catalog_terms, terminology

    settings, found = project.settings, []
    for lang in languages:
        rules, errors = terminology(settings.root, lang, settings.register_of(lang))
        found += [Problem(e.path.as_posix(), e.line or 0, WARNING, "glossary", e.message) for e in errors]
        entry = rules.entry if warned is None else warned.checker(rules)
        for (of, src), catalog in sorted(project.catalogs.items()):
            if of == lang and catalog is not None:
                path = po_path(settings.root, lang, src).relative_to(settings.root).as_posix()
                found += [Problem(path, line, f.severity, f.code, f.message)
                          for line, f in catalog_terms(catalog, entry)]
    return found


def make_outputs(project: Project, editions: dict[EditionKey, Edition], inputs: dict[EditionKey, EditionInputs],
                 env: Environment, options: BuildOptions, folder: BuildFolder, stack: ExitStack,
                 compiled: StoredBytecode | None = None) -> None:
    """Plan every output of the languages asked for (buildplan.py), then make those out of date,
    with the pages that link the PDFs written around them, and remove those no longer published.
    ``editions`` are those of every configured language (see ``make_editions``); ``compiled``: the
    templates the last build compiled (templating.StoredBytecode)."""
    sweep_temp_files(folder.out)  # left by a build that was killed
    scope = build_scope(project, editions, inputs, env, options, folder, compiled)
    plan = plan_outputs(scope)
    todo = folder.out_of_date(plan.outputs, options.force, len(plan.stale))
    drafting = make_files(scope, plan, todo, stack)
    folder.remove(plan.stale)
    folder.mark_draft(drafting)


def make_files(scope: Scope, plan: Plan, todo: list[Output], stack: ExitStack) -> bool:
    """Render the outputs ``todo`` (a template error: nothing written yet), write the web files and
    make the PDFs in worker processes, the pages that link them written around them (pagelinks.py).
    Returns whether the build made a draft's file (build/DRAFT)."""
    project, options, folder, env, maker = scope.project, scope.options, scope.folder, scope.env, scope.maker
    settings = project.settings
    pdfs = [o for o in todo if o.pdf]
    jobs_wanted = min(options.jobs or default_jobs(), len(pdfs))
    if pdfs:  # its workers append to the manifest's journal: no save replaces it until they are gone
        stack.callback(setattr, folder.manifest, "appending", False)  # (before the pool is left: after it)
        folder.manifest.appending = True
    pool = stack.enter_context(PdfPool(settings.root, folder.out, jobs_wanted, settings.timeout, maker.faces)
                               ) if pdfs else None  # importing WeasyPrint meanwhile
    pages = {o.target: o.make() for o in todo if o.make is not None}  # a template error: nothing written yet
    jobs = folder.pdf_jobs(pdfs, pages, digest([env.pdf_code, env.system, env.libraries, env.fonts]),
                           settings.root, options.force)
    # a PDF whose words changed goes before any new page links it: a build stopped by SIGKILL, an
    # out-of-memory kill or a power cut left the old dose's PDF linked from the new dose's page
    folder.withdraw_unmade(jobs)
    # before any draft file is written: a stopped build's folder says so too (a draft of PDFs or side-by-side
    # editions over published pages whose editions are all complete makes none: its folder is not marked)
    drafting = options.draft and ((bool({"html", "bilingual"} & set(options.formats)) and not scope.kept_as_published)
                                  or any(e.draft for (_slug, lang), e in plan.editions.items()
                                         if lang in scope.languages))
    folder.mark_draft(drafting)

    links = PageLinks(folder, project, plan.web_editions, scope.web_maker, env, plan.outputs, todo, pages, plan.stale,
                      plan.notices, plan.existing, plan.listed, plan.noticed, plan.indexes)
    links.write_first(jobs)
    folder.report.warnings.extend(pdf_warnings({job.target: job.page.html for job in jobs}, maker.faces))
    if pool is not None:
        try:
            pool.run(jobs, links.pdf_done)
        except BaseException as stopped:  # Ctrl-C: the pages link what is in place, and no old words
            links.stopped(stopped)
            raise
        folder.report.warnings.extend(pool.warnings)
    links.finish()
    return drafting


def make_editions(project: Project, languages: tuple[str, ...], draft: bool, report: BuildReport,
                  checked: CheckedEntries | None = None, reuse: LocalizedEditions | None = None,
                  records: dict[str, Signoff] | None = None, changed: Changes | None = None,
                  ) -> tuple[dict[EditionKey, Edition], dict[EditionKey, EditionInputs]]:
    """Localize every handout in every configured language; an incomplete one is skipped unless
    ``draft``. Only the ``languages`` asked for report their problems: the others are localized for
    the language switcher and the home page alone (``navigable``). ``checked`` remembers the
    entries that passed the blocking checks (checked.py); ``reuse`` holds the editions the last
    build localized (localized.py); ``records`` the sign-offs (content/signoff.yaml, read if None),
    whose translation reviews the translated editions carry (trsignoff.Review); ``changed`` what
    changed since each handout's sign-off (signoff.read_changes, read if None). Returns the
    published editions and what each is made from."""
    settings = project.settings
    check: BlockingCheck = checked if checked is not None else blocking_findings
    shared = ProjectDigests.of(project)
    localized: dict[EditionKey, tuple[Localized, EditionInputs]] = {}
    errors: list[SourceError] = []
    records = read_signoffs(settings.root) if records is None else records
    changed = read_changes(project.handouts, project.facts, settings, records) if changed is None else changed
    clinical = {h.doc.slug: clinical_review(h, project.facts, settings, records.get(h.doc.slug), changed)
                for h in project.handouts}  # a changed one's pages say so (Edition.unreviewed_change)
    never = unprinted(settings, project.handouts, signing_languages(records),
                      any(review is not None and not review.current for review in clinical.values()))
    template_missing = {lang: _template_missing(project, lang, never.get(lang, frozenset()))
                        for lang in settings.languages}
    said: set[str] = set()
    files = {h.doc.path.as_posix() for h in project.handouts}
    report_unreadable(project, languages, report)
    for handout in project.handouts:
        for lang in settings.languages:
            asked = lang in languages
            src = handout.doc.lang
            if unreadable_needed(project, src, lang):  # nothing is built from a catalog msgfmt would reject
                if asked:
                    report.blocked.append(f"{lang}/{handout.doc.slug}")
                continue
            catalog = project.catalogs.get((lang, src))
            source = Source(catalog, project.po(lang, src) if lang != src else None, settings.territory, check,
                            settings.units)
            inputs = edition_inputs(project, handout, lang, shared)
            try:
                loc = _localized(project, handout, lang, source, draft, inputs, checked, reuse)
            except SourceError as exc:
                if asked:  # another language's error only keeps its edition out of the links
                    errors.extend(getattr(exc, "errors", [exc]))
                continue
            own = loc.missing
            loc = dataclasses.replace(loc, missing=own + template_missing[lang])
            if loc.missing and not draft:
                if asked:  # template words are on every page: said once per language, apart
                    report.skipped.append(f"{lang}/{handout.doc.slug}")
                    if why := renamed_links(handout, loc.missing, source, files):
                        report.withdrawn[f"{lang}/{handout.doc.slug}"] = why
                    elif lang in settings.in_progress and not any(_rejected(m) for m in loc.missing):
                        report.withdrawn[f"{lang}/{handout.doc.slug}"] = (
                            f"not all translated yet ({lang} is in progress: `in_progress` in [tool.edu]; the "
                            "warnings above name what is missing)")
                    elif lang in settings.in_progress:
                        report.withdrawn[f"{lang}/{handout.doc.slug}"] = (
                            f"a translation is rejected ({lang} is in progress: the warnings above name it and what "
                            f"is missing; `edu check -l {lang}` fails until it is fixed)")
                    progress = lang in settings.in_progress
                    _report_missing(report, own, lang, "handout", progress)
                    if lang not in said:
                        _report_missing(report, template_missing[lang], lang, "page words", progress)
                        said.add(lang)
                continue
            if loc.missing and asked:  # --draft: published, but not for patients; staff must hear of it
                rejected = [m for m in loc.missing if _rejected(m)]  # a translator previewing: what a check refused
                report.warnings.extend(missing_lines(rejected, lang))
                parts = []
                if len(rejected) < len(loc.missing):
                    parts.append(f"{plural(len(loc.missing) - len(rejected), 'part')} not translated")
                if rejected:
                    parts.append(f"{plural(len(rejected), 'translation')} rejected (above)")
                report.warnings.append(f"{lang}/{handout.doc.slug}: published as a DRAFT ({', '.join(parts)}, shown "
                                       "in the original and marked): not for patients")
            localized[(handout.doc.slug, lang)] = (loc, inputs.with_text(loc))
    raise_all(list({str(e): e for e in errors}.values()))
    published = frozenset(localized)
    editions = {key: Edition(loc, bool(loc.missing), tuple(x for x in settings.languages if (key[0], x) in localized),
                             settings.languages, published, _review(project, loc, records), clinical[key[0]])
                for key, (loc, _inputs) in localized.items()}
    return editions, {key: inputs for key, (_loc, inputs) in localized.items()}


def _review(project: Project, loc: Localized, records: dict[str, Signoff]) -> Review | None:
    """The last recorded review of a translated edition (None, with no entry digested: the original,
    or none recorded)."""
    handout = loc.handout
    return edition_review(handout, loc.lang, project.catalogs.get((loc.lang, handout.doc.lang)),
                          records.get(handout.doc.slug))


def _rejected(missing: Missing) -> bool:
    return missing.status.startswith("rejected")


def _report_missing(report: BuildReport, missing: tuple[Missing, ...], lang: str, whose: str,
                    in_progress: bool) -> None:
    """The parts of an edition not published, each at its line: problems (exit 1); for a language in
    progress (``in_progress`` in [tool.edu]), warnings, a translation a check rejects (a wrong dose, a
    lost placeholder) too: the edition is not published either way, and one slip of a half-done
    language stopped the deploy of an urgent fix in every other (a build ending with status 1).
    `edu check`, the translator's gate, keeps a rejected entry an error."""
    (report.warnings if in_progress else report.problems).extend(missing_lines(missing, lang, whose))


def unreadable_needed(project: Project, src: str, lang: str) -> bool:
    """Whether the edition in ``lang`` of a handout written in ``src`` needs a catalog that cannot
    be read: its translation's, or the one its page words come from (from-en, but in English)."""
    return (lang, src) in project.broken or (lang != "en" and (lang, "en") in project.broken)


def report_unreadable(project: Project, languages: tuple[str, ...], report: BuildReport) -> None:
    """The catalogs that cannot be read: a problem where this build makes their language (its
    editions that need them are not published, the rest is built), else a warning (the pages it
    makes do not link to that language's editions until the file is fixed)."""
    for (lang, _src), errors in project.broken.items():
        if lang in languages:
            report.problems.extend(str(e) for e in errors)
        else:
            report.warnings.append(f"{errors[0]} (this build does not make {lang}: the pages it makes do not link "
                                   f"to the {lang} editions that need this file until it is fixed)")


def _localized(project: Project, handout: Handout, lang: str, source: Source, draft: bool, inputs: EditionInputs,
               checked: CheckedEntries | None, reuse: LocalizedEditions | None) -> Localized:
    """The edition as the last build localized it if its inputs are the same, else localized now."""
    key = inputs.localizing(lang)
    loc = reuse.get(key, handout, lang) if reuse is not None else None
    if loc is not None:
        if checked is not None:
            checked.carry(inputs.entries.values())  # its entries passed: they still do
        return loc
    loc = localize(handout, lang, source, project.facts, project.settings.locale(lang), draft)
    if reuse is not None:
        reuse.put(key, loc)
    return loc


def _template_missing(project: Project, lang: str, never: frozenset[str]) -> tuple[Missing, ...]:
    """Template words with no usable translation in ``lang`` (they are on every page): untranslated,
    fuzzy, or rejected by a blocking check (a "%(page)s" renamed: the page would print the English).
    Words no published page prints (``never``, printedwords.py) do not count."""
    catalog = project.template_catalog(lang)
    if lang == "en" or catalog is None:
        return () if lang == "en" else (Missing(Segment("(template words)", 1, "template"), "untranslated",
                                                f"{project.po(lang, 'en')}:1"),)
    out = []
    for message in messages_of(catalog):
        text = message.id if isinstance(message.id, str) else message.id[0]
        if not is_template_word(message) or text in never:
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        where = f"{project.po(lang, 'en')}:{message.lineno}"
        if message.fuzzy or not all(strings):
            status = "fuzzy" if message.fuzzy and all(strings) else "untranslated"
            out.append(Missing(Segment(text, 0, "template"), status, where))
            continue
        flags = reviewed(message, text)
        found = [*template_word_findings(message, catalog.plural_expr),
                 *(f for src, tr in pairs(message) for f in blocking_findings(
                     src, tr, "en", lang, project.settings.territory, flags, project.settings.units))]
        if found:
            out.append(Missing(Segment(text, 0, "template"), rejected(found), where))
    return tuple(out)
