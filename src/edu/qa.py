"""QA stage: every check on every catalog and handout -> one report per handout and language.

In: Settings (the project is loaded here, keeping going past a broken link). Out: a Report
(problems.py) that ``edu check`` prints and report.py draws. Translation checks (checks.py) run
on the .po entries; each edition is judged in its own language (literacy.py); the fonts must draw
every character (fontcoverage.py); some warnings concern the whole project (projectwarnings.py).
This module runs them all and places each problem where it is fixed: the .po line of the entry
(with the edition it holds back, or the whole language for a page word), or the source line of
the handout, where the few checks of a handout's own text also run (what it gives a reader who
cannot see it: accessibility.py; Spanish punctuation, invisible characters).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from babel.messages.catalog import Catalog, Message

from . import config, langtag
from .accessibility import source_problems
from .catalogs import misnamed_advice, misnamed_folder, po_path
from .catalogstats import handout_of
from .checks import check_catalog, is_template_word, pairs
from .commands import templates
from .config import Settings
from .errors import ErrorList, SourceError, opened
from .facts import FACTS_PATH, trailing_zeros
from .findings import ERROR, WARNING, Context, Finding
from .fontcoverage import check_font_stack, glyphs_of_catalog, glyphs_of_source
from .fonts import faces
from .glossary import Terminology, terminology
from .glyphs import coverage
from .invisible import check_invisible
from .lastpages import too_long_editions
from .literacy import check_edition
from .literalnumbers import literal_numbers
from .model import Handout
from .otherlanguage import same_as_other_language
from .printedwords import unprinted, unprinted_reviews
from .problems import IN_PROGRESS_CODES, Edition, Problem, Report, Review, quoted
from .project import load_project
from .projectwarnings import (
    byte_order_marks,
    clinic_name,
    clinic_phone,
    example_sources,
    missing_icon,
    organization_name,
    review_due,
    stray_glossaries,
    topic_names,
    unchecked_meaning,
    unknown_topic,
    unused_facts,
)
from .punctuation import check_spanish_punct
from .register import check_register
from .signoff import CODE as UNREVIEWED
from .signoff import Signoff, any_unreviewed, handout_problems, read_changes, read_signoffs
from .sourceok import reviewed
from .topicfacts import fact_topics, other_topic_facts
from .trsignoff import review_words, signing_languages, translation_problems
from .unread import unread_files


def run_checks(settings: Settings, languages: tuple[str, ...] = ()) -> Report:
    """Run every check; never raises for a finding, only for unreadable input. ``languages`` (`edu
    check -l`): only the catalogs and editions of these, and what stops every build (a source
    error, a catalog that cannot be read); empty: every language."""
    langs = languages or settings.languages
    project = load_project(settings, keep_going=True)  # a broken link does not hide the catalogs' problems
    fresh = templates(settings, project)
    covered = coverage(faces(settings))
    report = Report([], check_font_stack(settings), languages=tuple(languages), in_progress=settings.in_progress)
    unread = unread_files(settings, project.handouts)
    report.general += [Problem(path, 1, WARNING, "unread", why) for path, why in unread
                       if not _of_other_language(path, langs, settings)]
    for lang in langs:
        for handout in sorted(project.handouts, key=lambda h: h.doc.slug):  # as `edu stats` lists them
            report.editions.append(check_edition(project, handout, lang))
    by_key = {(e.handout, e.lang): e for e in report.editions}
    sources = {h.doc.path.as_posix(): by_key[(h.doc.slug, h.doc.lang)] for h in project.handouts
               if (h.doc.slug, h.doc.lang) in by_key}
    wrong = {(e.path.as_posix(), e.line or 0) for e in project.errors}  # source lines to fix before translating
    for error in project.errors:  # what stops a build, at its place (a handout that failed: general)
        where = error.path.as_posix()
        if _of_other_language(where, langs, settings):
            continue
        problem = Problem(where, error.line or 0, ERROR, "catalog" if _is_catalog(where) else "source",
                          error.message)
        (sources[where].problems if where in sources else report.general).append(problem)
    signoffs = _signoffs(settings, report)
    since = read_changes(project.handouts, project.facts, settings, signoffs)  # for page words and warnings
    never = unprinted(settings, project.handouts, signing_languages(signoffs),
                      any_unreviewed(project.handouts, project.facts, settings, signoffs, since))
    held: dict[str, dict[int, tuple[Message, set[str]]]] = {}  # language -> page words in error, by .po line
    terms = _terminologies(settings, langs, report)
    for (lang, src), catalog in project.catalogs.items():
        if lang not in langs:
            continue
        path = po_path(settings.root, lang, src).relative_to(settings.root).as_posix()
        if catalog is None:
            other = misnamed_folder(settings.locale_dir, lang, settings.languages)
            why = (f"no catalog: {other.relative_to(settings.root).as_posix()}/ {misnamed_advice(other, lang)}"
                   if other is not None else "no catalog: run `edu update`")
            report.general.append(Problem(path, 0, ERROR, "missing-catalog", why))
            continue
        _stale(catalog, fresh.get(src), path, report, (lang, src), by_key, wrong)
        lines = _messages_by_line(catalog)
        progress = lang in settings.in_progress  # its missing entries are warnings, its wrong ones errors
        unsaid = never.get(lang, frozenset())  # page words no page of the language prints
        for line, finding in check_catalog(catalog, source_lang=src, lang=lang, territory=settings.territory,
                                           published=lang in settings.languages and not progress,
                                           units=settings.units, unprinted=unsaid if src == "en" else frozenset(),
                                           facts=(project.facts, settings.locale(lang)), terms=terms[lang].entry):
            if finding.code == "untranslated" and line in lines and _at(lines[line], wrong):
                continue  # its source line has an error: that is fixed first (then the text changes anyway)
            missing = progress and finding.code in IN_PROGRESS_CODES
            if missing:
                finding = dataclasses.replace(finding, message=f"{finding.message} ({lang} is in progress: a warning "
                                              "while `in_progress` in [tool.edu] lists it)")
            problem = _problem(path, line, finding, _texts(lines.get(line), lang, src))
            word = line in lines and is_template_word(lines[line]) and (
                finding.severity == ERROR or (missing and pairs(lines[line])[0][0] not in unsaid))
            if word:  # it holds back the language, not one handout: say which word and why
                problem = dataclasses.replace(problem, message=f"{problem.message} (page word {_text(lines[line])!r}: "
                                              f"every page of {lang} prints it, so no {lang} handout is published "
                                              "until it is)")
            _attach(problem, lines.get(line), lang, by_key, report)
            if word:
                report.page_words.add(problem)  # on every page of the language: no edition of it is published
                held.setdefault(lang, {}).setdefault(line, (lines[line], set()))[1].add(problem.code)
        glyphs_of_catalog(catalog, path, report, covered)
        report.general += _previous_comments(catalog, path)
    for edition in report.editions:
        if edition.lang in held:
            edition.held_back = _held_back(held[edition.lang], po_path(settings.root, edition.lang, "en")
                                           .relative_to(settings.root).as_posix(), edition.lang)
    today = config.today()
    users = fact_topics(project.handouts, project.facts)  # whose each fact is (topicfacts.py)
    for handout in project.handouts:
        source = by_key.get((handout.doc.slug, handout.doc.lang))
        if source is None:  # a language not asked for (-l): its authors' own text is not checked
            continue
        glyphs_of_source(handout, source, covered)
        source.problems += _spanish_of_source(handout) + _invisible_of_source(handout)
        source.problems += _register_of_source(handout, settings.register_of(handout.doc.lang))
        source.problems += source_problems(handout) + literal_numbers(handout, settings)
        source.problems += review_due(handout, settings.review_months, today)
        source.problems += other_topic_facts(handout, users) + unknown_topic(handout, settings)
        source.problems = reviewed(handout, source.problems)  # <!-- edu-ok: CODE --> (sourceok.py)
        source.problems += handout_problems(handout, project.facts, settings, signoffs.get(handout.doc.slug), today,
                                            since)
    paths = {key: po_path(settings.root, *key).relative_to(settings.root).as_posix() for key in project.catalogs}
    for lang, message, problem in same_as_other_language(project.catalogs, langs, paths):
        _attach(problem, message, lang, by_key, report)
    for slug, lang, problem in too_long_editions(project, langs):  # the last build's PDFs (lastpages.py)
        if (slug, lang) in by_key:
            by_key[(slug, lang)].problems.append(problem)
    warned: dict[str, dict[str, str]] = {}  # handout's path -> language -> its translation's warning
    for handout, lang, problem in translation_problems(project.handouts, project.catalogs, settings, signoffs, langs):
        by_key[(handout.doc.slug, lang)].problems.append(problem)
        warned.setdefault(handout.doc.path.as_posix(), {})[lang] = problem.code
    changed = {p.path for p in report.problems() if p.code == UNREVIEWED}
    by_path = {h.doc.path.as_posix(): h for h in project.handouts}
    report.reviews = [dataclasses.replace(r, translations=review_words(
        by_path[r.path], langs, project.catalogs, signoffs.get(by_path[r.path].doc.slug), warned.get(r.path, {})))
        for r in review_plan(project.handouts, settings.review_months, signoffs, changed)]
    report.general += topic_names(project.handouts, settings)
    report.general += organization_name(settings, langs) + clinic_name(settings, langs)
    report.general += [Problem(FACTS_PATH, line, WARNING, "dose-notation", why)
                       for line, why in trailing_zeros(project.facts)]
    report.general += unused_facts(project.handouts, project.facts, settings)  # not the build's: no print run's
    report.general += clinic_phone(project.handouts, settings, langs)
    report.general += example_sources(project.handouts, project.references)
    report.general += unchecked_meaning(settings, langs)
    report.general += byte_order_marks(settings, langs) + stray_glossaries(settings) + missing_icon(settings)
    report.general += unprinted_reviews(settings, signing_languages(signoffs) & set(langs))
    return report


def _attach(problem: Problem, message: Message | None, lang: str, by_key: dict[tuple[str, str], Edition],
            report: Report) -> None:
    """A catalog entry's problem goes to each edition in ``lang`` of the handouts that print the entry
    (a page word, or an entry no handout prints: to the whole report)."""
    names = [handout_of(loc) for loc in message.locations] if message is not None else []
    targets = [by_key[(n, lang)] for n in dict.fromkeys(names) if (n, lang) in by_key]
    for edition in targets:
        edition.problems.append(problem)
    if not targets:
        report.general.append(problem)


def _terminologies(settings: Settings, langs: tuple[str, ...], report: Report) -> dict[str, Terminology]:
    """Each language's glossary and register (glossary.py); a glossary row that cannot be read is an
    error at its line (the other rows are still used)."""
    found = {}
    for lang in langs:
        found[lang], errors = terminology(settings.root, lang, settings.register_of(lang))
        report.general += [Problem(e.path.as_posix(), e.line or 0, ERROR, "glossary", e.message) for e in errors]
    return found


def _is_catalog(path: str) -> bool:
    """Whether a problem's file is a catalog (a translator's file: `[catalog]` when it cannot be read)."""
    return path.startswith("locale/") and path.endswith((".po", ".pot"))


def _of_other_language(path: str, langs: tuple[str, ...], settings: Settings) -> bool:
    """Whether ``path`` is a catalog of one of the project's languages that `edu check -l` did not ask for."""
    parts = path.split("/")
    return len(parts) > 2 and parts[0] == "locale" and parts[1] in settings.languages and parts[1] not in langs


def _previous_comments(catalog: Catalog, path: str) -> list[Problem]:
    """previous-comment: a translator comment that reads like an old source line ("# | msgid …", a
    ``#|`` line that a tool wrapped or spaced as a comment): no tool takes it for the previous source
    and every tool keeps it, so it stays forever and tells reviewers the wrong sentence was translated."""
    return [Problem(path, message.lineno or 0, WARNING, "previous-comment",
                    "a translator comment reads like an old source line ('# | msgid ...'), but it is not one (a "
                    "previous source is written '#| msgid'): no tool reads or removes it; delete it")
            for message in catalog if message.id and any(
                comment.startswith("|") and comment[1:].lstrip().startswith(("msgid", "msgctxt"))
                for comment in message.user_comments)]


def _held_back(words: dict[int, tuple[Message, set[str]]], path: str, lang: str) -> str:
    """Why every edition of ``lang`` is held back by its page words (by .po line: the entry and the
    codes of its errors), in the build's words."""
    first = min(words)
    message, codes = words[first]
    if len(words) == 1:
        state = ("has no translation" if "untranslated" in codes else "is fuzzy" if "fuzzy" in codes
                 else "has a rejected translation")
        return f"page word {_text(message)!r} {state} ({path}:{first}); it is on every page of {lang}"
    state = ("have no translation" if all("untranslated" in c for _m, c in words.values())
             else "are untranslated, fuzzy or rejected")
    return f"{len(words)} page words {state} (the first at {path}:{first}); they are on every page of {lang}"


def _text(message: Message) -> str:
    text = str(message.id if isinstance(message.id, str) else message.id[0])
    return text if len(text) <= 50 else text[:47] + "..."


def _spanish_of_source(handout: Handout) -> list[Problem]:
    """spanish-punct on a handout written in Spanish: "¿Qué debo traer" was checked in a Spanish
    translation (an error) and never in a Spanish original. A warning: the author's to decide."""
    lang = handout.doc.lang
    if langtag.primary(lang) != "es":
        return []
    ctx = Context(lang, lang)
    return [Problem(handout.doc.path.as_posix(), segment.line, WARNING, f.code, f.message,
                    quoted(f.message, ((segment.text, lang),)))
            for segment in handout.segments for f in check_spanish_punct(segment.text, segment.text, ctx)]


def _register_of_source(handout: Handout, register: str) -> list[Problem]:
    """register in a handout written in a language whose register is set (`edu new -l es`): its own
    text, not a translation, is where a tú slips in. A warning at the sentence's line."""
    if not register:
        return []
    lang = handout.doc.lang
    return [_problem(handout.doc.path.as_posix(), segment.line, f, ((segment.text, lang),))
            for segment in handout.segments
            for f in check_register(lang, register, segment.text, "<!-- edu-ok: register -->")]


def _invisible_of_source(handout: Handout) -> list[Problem]:
    """invisible in a handout's own text (one in a number or dose stops it at segmenting: an error)."""
    ctx = Context(handout.doc.lang, handout.doc.lang)
    return [_problem(handout.doc.path.as_posix(), segment.line, f, ((segment.text, ctx.lang),))
            for segment in handout.segments for f in check_invisible("", segment.text, ctx)]


def _problem(path: str, line: int, finding: Finding, texts: Sequence[tuple[str, str]] = ()) -> Problem:
    return Problem(path, line, finding.severity, finding.code, finding.message, quoted(finding.message, texts))


def _texts(message: Message | None, lang: str, src: str) -> tuple[tuple[str, str], ...]:
    """The translations of a catalog entry, then its source texts, each with its language."""
    if message is None:
        return ()
    return (*((tr, lang) for _src, tr in pairs(message)), *((text, src) for text, _tr in pairs(message)))


def _messages_by_line(catalog: Catalog) -> dict[int, Message]:
    messages = [m for m in catalog if m.id] + list(catalog.obsolete.values())
    return {m.lineno: m for m in messages if m.lineno}


def _at(message: Message, lines: set[tuple[str, int]]) -> bool:
    """Whether every place of the source that says ``message`` is one of ``lines`` (a source error's)."""
    return bool(message.locations) and all((where, int(line or 0)) in lines for where, line in message.locations)


def _stale(catalog: Catalog, template: Catalog | None, path: str, report: Report, langs: tuple[str, str],
           by_key: dict[tuple[str, str], Edition], wrong: set[tuple[str, int]]) -> None:
    """Source text that the catalog does not have yet: the translator cannot see it. Reported with
    the edition it holds back (the report listed it under "Not tied to one handout"); but not for a
    source line with an error of its own (a mistyped {fact}): `edu update` would hand the typo to
    the translators, and the source error says what to do."""
    if template is None:
        return
    lang, src = langs  # the catalog's language, and its source's
    for message in template:
        if message.id and catalog.get(message.id, message.context) is None and not _at(message, wrong):
            where, line = message.locations[0] if message.locations else (path, 0)
            text = str(message.id if isinstance(message.id, str) else message.id[0])
            preview = text if len(text) <= 50 else text[:47] + "..."
            why = f"{path} has no entry for {preview!r}: run `edu update`"
            problem = Problem(str(where), int(line or 0), ERROR, "stale", why, quoted(why, ((text, src),)))
            edition = by_key.get((handout_of(message.locations[0]), lang)) if message.locations else None
            (edition.problems if edition is not None else report.general).append(problem)


def _signoffs(settings: Settings, report: Report) -> dict[str, Signoff]:
    """content/signoff.yaml; an error (and no record) when it cannot be read."""
    try:
        return read_signoffs(settings.root)
    except (SourceError, ErrorList) as exc:
        report.general += [Problem(e.path.as_posix(), e.line or 0, ERROR, "signoff", e.message)
                           for e in opened([exc])]
        return {}


def review_plan(handouts: Sequence[Handout], months: int, signoffs: dict[str, Signoff] | None = None,
                changed: set[str] | frozenset[str] = frozenset()) -> list[Review]:
    """Each handout's last review and the next, the soonest due first (those with no date last),
    with its recorded sign-off and whether it changed since."""
    signoffs = signoffs or {}
    reviews = [Review(h.doc.path.as_posix(), h.doc.meta.version, h.doc.meta.reviewed, h.doc.meta.review_due(months),
                      signoffs.get(h.doc.slug), h.doc.path.as_posix() in changed)
               for h in handouts]
    return sorted(reviews, key=lambda r: (r.due is None, r.due or r.reviewed, r.path))
