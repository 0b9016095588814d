"""QA stage: every check on every catalog and handout -> one report per handout and language.

Translation checks (checks.py) run on the .po entries; health-literacy checks (readability.py,
plainlang.py) run on each edition's text in its own language. Each problem is located at the
place to fix it: the .po line of the entry, or the source line of the handout.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from babel.messages.catalog import Catalog, Message

from . import langtag
from .catalogs import Counts, counts, handout_of, misnamed_advice, misnamed_folder, po_path
from .checks import check_catalog, is_template_word, pairs, reads_meaning
from .commands import templates
from .config import Settings, line_of, table_line
from .errors import ErrorList, SourceError
from .facts import FACTS_PATH, trailing_zeros
from .findings import ERROR, WARNING, Context, Finding, Unit, plural
from .fonts import faces
from .glyphs import consequence, coverage, describe, uncovered
from .invisible import check_invisible
from .media import without_alt
from .model import AUDIENCES, Handout
from .plainlang import check_plain_language
from .printedwords import unprinted
from .project import Project, load_project
from .prose import shown
from .punctuation import check_spanish_punct
from .readability import Scores, score_segments, supported
from .segments import heading_levels
from .translate import Source, resolve_all
from .unread import unread_files


@dataclass(frozen=True)
class Problem:
    """One thing to fix, where to fix it."""

    path: str  # file relative to the project root
    line: int  # 1-based line (0: the file as a whole)
    severity: str  # error | warning
    code: str  # stable id (checks.py codes, plain-language rules, readability, stale)
    message: str  # one line
    quoted: tuple[tuple[str, str], ...] = ()  # (passage, language) for each text the message quotes in quotes

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.severity}: {self.message} [{self.code}]"


@dataclass
class Edition:
    """QA of one handout in one language."""

    handout: str  # slug
    lang: str  # language of this edition
    source: str  # the handout's source language
    audience: str  # patient | clinician
    counts: Counts | None  # translation coverage (None for the source language)
    scores: Scores | None  # readability of the prose in this language
    target: str  # the readability target, in words, e.g. "Flesch-Kincaid grade ≤ 6"
    meets_target: bool | None  # None when there is no target (clinician)
    problems: list[Problem] = field(default_factory=list)  # everything located in this edition
    unreadable: bool = False  # its catalog could not be read (its error is listed): nothing to count
    held_back: str = ""  # why every edition of its language is held back, however complete it is ("" if none)

    @property
    def errors(self) -> int:
        """Its errors: each keeps the edition from being published (a rejected translation, complete
        or not, is "100 % translated" by count alone)."""
        return sum(p.severity == ERROR for p in dict.fromkeys(self.problems))

    @property
    def published(self) -> bool:
        """What `edu build` does with it: published only with no error of its own and none in the
        page words every page of its language prints."""
        return not (self.unreadable or self.errors or self.held_back)

    def not_published(self) -> str:
        """Why the build holds it back, as one phrase ("" if it is published)."""
        reasons = [plural(self.errors, "error")] if self.errors else []
        return "; ".join([*reasons, *filter(None, [self.held_back])])


@dataclass
class Report:
    """Everything ``edu check`` found."""

    editions: list[Edition]  # one per handout and language
    general: list[Problem]  # problems not tied to one handout (template words, obsolete entries)
    page_words: set[Problem] = field(default_factory=set)  # errors in page words: each holds back a language

    def problems(self) -> list[Problem]:
        seen: dict[str, Problem] = {}
        for problem in [*self.general, *(p for e in self.editions for p in e.problems)]:
            seen.setdefault(str(problem), problem)
        return sorted(seen.values(), key=lambda p: (p.path, p.line, p.code))

    def shown(self, keep: int = 3) -> list[str]:
        """The problems as lines for a person: a catalog's untranslated (or obsolete) entries past the
        first ``keep`` are one line (a new language has hundreds, a removed handout leaves dozens of
        obsolete ones; they would bury a wrong dose)."""
        # counted by file, code and severity: a page word no page prints is a warning, not one of the errors;
        # the page words that hold a language back apart from the handouts' entries (as the build says them)
        lines = []
        def key_of(p: Problem) -> tuple[str, str, str, bool]:
            return p.path, p.code, p.severity, p in self.page_words

        counted = Counter(key_of(p) for p in self.problems() if p.code in FOLDED)
        said: Counter[tuple[str, str, str, bool]] = Counter()
        for problem in self.problems():
            key = key_of(problem)
            if problem.code in FOLDED and counted[key] > keep + 1:
                said[key] += 1
                if said[key] == keep + 1:
                    rest = counted[key] - keep
                    what = f"page word and {rest - 1} more {PAGE_WORDS_FOLDED}" if key[3] else \
                        f"entry and {rest - 1} more {FOLDED[problem.code]}"
                    lines.append(f"{problem.path}:{problem.line}: {problem.severity}: this {what} [{problem.code}]")
                if said[key] > keep:
                    continue
            lines.append(str(problem))
        return lines

    def failed(self, strict: bool) -> bool:
        return any(p.severity == ERROR or strict for p in self.problems())

    def as_json(self) -> dict[str, Any]:
        def edition(e: Edition) -> dict[str, Any]:
            data = asdict(e)
            data["problems"] = [asdict(p) for p in e.problems]
            data["errors"] = e.errors
            data["published"] = e.published
            return data

        return {"editions": [edition(e) for e in self.editions], "general": [asdict(p) for p in self.general]}


FOLDED = {  # codes a catalog may have by the hundred: past the first few, one line says how many
    "untranslated": "are not translated (`edu stats` counts them per handout; `msgattrib --untranslated` or "
                    "`edu check --format json` lists them)",
    "obsolete": "are obsolete (their source text is gone): `edu update --drop-obsolete` deletes them all and keeps "
                "the edu-ok exceptions; `edu update` keeps them to give a translation back if its text returns",
}

PAGE_WORDS_FOLDED = ("are not translated; they are on every page of the language, so none of its handouts is "
                     "published until they are (`edu check --format json` lists them)")


def run_checks(settings: Settings) -> Report:
    """Run every check; never raises for a finding, only for unreadable input."""
    project = load_project(settings, keep_going=True)  # a broken link does not hide the catalogs' problems
    fresh = templates(settings, project)
    covered = coverage(faces(settings))
    report = Report([], _font_stack(settings))
    unread = unread_files(settings, project.handouts)
    report.general += [Problem(path, 1, WARNING, "unread", why) for path, why in unread]
    for lang in settings.languages:
        for handout in project.handouts:
            report.editions.append(_edition(project, handout, lang))
    by_key = {(e.handout, e.lang): e for e in report.editions}
    sources = {h.doc.path.as_posix(): by_key[(h.doc.slug, h.doc.lang)] for h in project.handouts}
    for error in project.errors:  # what stops a build, at its place (a handout that failed: general)
        where = error.path.as_posix()
        problem = Problem(where, error.line or 0, ERROR, "source", error.message)
        (sources[where].problems if where in sources else report.general).append(problem)
    never = unprinted(settings, project.handouts)
    held: dict[str, dict[int, tuple[Message, set[str]]]] = {}  # language -> page words in error, by .po line
    for (lang, src), catalog in project.catalogs.items():
        path = po_path(settings.root, lang, src).relative_to(settings.root).as_posix()
        if catalog is None:
            other = misnamed_folder(settings.locale_dir, lang, settings.languages)
            why = (f"no catalog: {other.relative_to(settings.root).as_posix()}/ {misnamed_advice(other, lang)}"
                   if other is not None else "no catalog: run `edu update`")
            report.general.append(Problem(path, 0, ERROR, "missing-catalog", why))
            continue
        _stale(catalog, fresh.get(src), path, report, (lang, src), by_key)
        lines = _messages_by_line(catalog)
        for line, finding in check_catalog(catalog, source_lang=src, lang=lang, territory=settings.territory,
                                           published=lang in settings.languages, units=settings.units,
                                           unprinted=never if src == "en" else frozenset()):
            problem = _problem(path, line, finding, _texts(lines.get(line), lang, src))
            word = line in lines and finding.severity == ERROR and is_template_word(lines[line])
            if word:  # it holds back the language, not one handout: say which word and why
                problem = dataclasses.replace(problem, message=f"{problem.message} (page word {_text(lines[line])!r}: "
                                              f"every page of {lang} prints it, so no {lang} handout is published "
                                              "until it is)")
            names = [handout_of(loc) for loc in lines[line].locations] if line in lines else []
            targets = [by_key[(n, lang)] for n in dict.fromkeys(names) if (n, lang) in by_key]
            for edition in targets:
                edition.problems.append(problem)
            if not targets:
                report.general.append(problem)
            if word:
                report.page_words.add(problem)  # on every page of the language: no edition of it is published
                held.setdefault(lang, {}).setdefault(line, (lines[line], set()))[1].add(problem.code)
        _glyphs_of_catalog(catalog, path, report, covered)
    for edition in report.editions:
        if edition.lang in held:
            edition.held_back = _held_back(held[edition.lang], po_path(settings.root, edition.lang, "en")
                                           .relative_to(settings.root).as_posix(), edition.lang)
    for handout in project.handouts:
        source = by_key[(handout.doc.slug, handout.doc.lang)]
        _glyphs_of_source(handout, source, covered)
        source.problems += _spanish_of_source(handout) + _invisible_of_source(handout)
        source.problems += [Problem(handout.doc.path.as_posix(), line, WARNING, "alt", ALT_ADVICE)
                            for line in without_alt(handout.doc)]
        source.problems += [Problem(handout.doc.path.as_posix(), line, WARNING, "heading-level", advice)
                            for line, advice in heading_order(handout)]
        source.problems += review_due(handout, settings.review_months, dt.date.today())
    report.general += topic_names(project.handouts, settings)
    report.general += [Problem(FACTS_PATH, line, WARNING, "dose-notation", why)
                       for line, why in trailing_zeros(project.facts)]
    report.general += clinic_phone(project.handouts, settings, settings.languages)
    report.general += unchecked_meaning(settings, settings.languages)
    return report


def clinic_phone(handouts: tuple[Handout, ...], settings: Settings, languages: tuple[str, ...]) -> list[Problem]:
    """clinic-phone: a patient handout tells its reader to call their care team, and a page prints
    the clinic's phone (beside its name: templates/handout.html) only when [tool.edu.clinic] gives
    both. One warning for the project (the phone is one for every language), naming the languages."""
    if not languages or not any(h.doc.meta.audience == "patient" for h in handouts):
        return []
    phone = settings.clinic_phone.strip()
    missing = [lang for lang in languages if not (phone and settings.clinic_in(lang)[0])]
    if not missing:
        return []
    if not phone:
        fix = 'set phone = "(555) 010-0100" in [tool.edu.clinic]' + (
            "" if settings.clinic_name else ', with name = "…" (a page prints the phone beside the name)')
    else:
        fix = 'a page prints the phone beside the clinic\'s name: set name = "…" in [tool.edu.clinic]'
    text = (settings.root / "pyproject.toml").read_text(encoding="utf-8")
    return [Problem("pyproject.toml", line_of(text, "clinic") or table_line(text) or 1, WARNING, "clinic-phone",
                    f"the patient handouts tell patients to call their care team, and the {' and '.join(missing)} "
                    f"pages print no clinic phone to call: {fix}")]


def unchecked_meaning(settings: Settings, languages: tuple[str, ...]) -> list[Problem]:
    """unchecked-meaning: the negation, comparison, period and count checks have no word lists for a
    language of ``languages`` (checks.reads_meaning), so its translations (into it or from it) pass
    them unread, "Do not shake it" as "Schütteln Sie sie" too. One warning a language, at
    ``languages`` in pyproject.toml: every handout and catalog of the language is concerned."""
    if len(settings.languages) < 2:  # nothing is translated
        return []
    reviewed = set(settings.meaning_reviewed)
    unread = [lang for lang in languages if not reads_meaning(lang) and not {lang, lang.split("-")[0]} & reviewed]
    if not unread:
        return []
    text = (settings.root / "pyproject.toml").read_text(encoding="utf-8")
    line = line_of(text, "languages") or table_line(text) or 1
    return [Problem("pyproject.toml", line, WARNING, "unchecked-meaning",
                    f"{lang}: the negation, comparison, period and count checks have no word lists for this language: "
                    "a reviewer who reads both languages checks that each translation keeps the source's meaning "
                    f'(then list it in meaning_reviewed = ["{lang}"] of [tool.edu], which ends this warning)')
            for lang in unread]


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


def topic_names(handouts: tuple[Handout, ...], settings: Settings) -> list[Problem]:
    """topic-name: a long index lists topics (pages.by_letter); in a language after the first, a
    topic with no name for it in ``[tool.edu.topics]`` is shown as its slug's words ("Heart
    failure" on the Spanish index)."""
    from .pages import lists_topics

    missing: dict[str, dict[str, None]] = {}  # language -> topics without a name in it
    for audience in AUDIENCES:
        group = [h for h in handouts if h.doc.meta.audience == audience]
        topics = {h.doc.meta.topic for h in group}
        if not lists_topics(len(group), topics):
            continue  # a short list, or one topic: the index does not name topics
        for lang in settings.languages[1:]:
            for topic in sorted(topics):
                if settings.named_topic(topic, lang) is None:
                    missing.setdefault(lang, {})[topic] = None
    if not missing:
        return []
    line = line_of((settings.root / "pyproject.toml").read_text(encoding="utf-8"), "topics") or 1
    problems = []
    for lang, unnamed in missing.items():
        first, *_ = slugs = list(unnamed)
        shown = ", ".join(slugs[:4]) + (f" and {len(slugs) - 4} more" if len(slugs) > 4 else "")
        problems.append(Problem(
            "pyproject.toml", line, WARNING, "topic-name",
            f"the {lang} index lists topics, and {len(slugs)} topic{'s have' if len(slugs) > 1 else ' has'} no "
            f"name in {lang}: {shown} (shown as the slug's words: {settings.topic_name(first, lang)!r}); name "
            f'{"them" if len(slugs) > 1 else "it"} in [tool.edu.topics], {first} = "…" for every language or '
            f'{first} = {{ {settings.languages[0]} = "…", {lang} = "…" }}'))
    return problems


def review_due(handout: Handout, months: int, today: dt.date) -> list[Problem]:
    """review-due: a handout past the review date it prints ("Next review ...") is still published,
    but a clinician should look at it again (the clock only decides this warning, never a page)."""
    meta = handout.doc.meta
    due = meta.review_due(months)
    if due is None or due > today:
        return []
    line = meta.lines.get("next_review" if meta.next_review else "reviewed", 1)
    return [Problem(handout.doc.path.as_posix(), line, WARNING, "review-due",
                    f"due for review since {due.isoformat()}: have a clinician review it, then set `reviewed` to "
                    "that day (raise `version` if the text changed)" + ("" if meta.next_review is None else
                                                                          " and `next_review` to the next date"))]


_PRINTS_STACK = re.compile(r"\{\{-?\s*font_stack\b")


def _font_stack(settings: Settings) -> list[Problem]:
    """fonts: the project's fonts reach a page only through ``{{ font_stack }}`` in its stylesheet
    (templates copied before there was one name the shipped fonts alone), and the glyph check
    counts them as drawn."""
    if not settings.fonts:
        return []
    for path in settings.templates_dir.rglob("*"):
        if path.suffix in (".css", ".html") and _PRINTS_STACK.search(path.read_text("utf-8", errors="replace")):
            return []
    line = line_of((settings.root / "pyproject.toml").read_text(encoding="utf-8"), "fonts") or 0
    return [Problem("pyproject.toml", line, WARNING, "fonts", "no template prints {{ font_stack }}, so no page asks "
                    "for these fonts: write `font-family: {{ font_stack }}, sans-serif;` in templates/edu.css")]


def _glyph_problem(path: str, line: int, here: list[str], every: set[str], where: str) -> Problem:
    total = f"; {len(every)} such characters in all in this {where}" if len(every) > len(here) else ""
    return Problem(path, line, WARNING, "glyph", f"{describe(here)}, {consequence(len(here))}{total}")


def _glyphs_of_catalog(catalog: Catalog, path: str, report: Report, covered: frozenset[int]) -> None:
    """glyph: the first entry with a character no font has (one warning per catalog)."""
    first: tuple[int, list[str]] | None = None
    every: set[str] = set()
    for message in catalog:
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, (tuple, list)) else (message.string,)
        chars = uncovered("".join(s or "" for s in strings), covered)
        if chars:
            first = first or (message.lineno or 0, chars)
            every.update(chars)
    if first is not None:
        report.general.append(_glyph_problem(path, first[0], first[1], every, "catalog"))


def heading_order(handout: Handout) -> list[tuple[int, str]]:
    """heading-level: the title is the page's one level-1 heading, and no level is skipped
    (screen-reader users move through a page by heading level; axe's heading-order)."""
    found, before = [], 1  # the title
    for line, level in heading_levels(handout):
        if level == 1:
            found.append((line, "a second top-level heading (#): the title is the page's; start the sections at ##"))
        elif level > before + 1:
            found.append((line, f"{'#' * level} after {'#' * before} skips a level (screen-reader users move "
                                f"through a page by heading level): write {'#' * (before + 1)}"))
        before = level
    return found


ALT_ADVICE = ("the picture has no text for a reader who cannot see it (a screen reader, a PDF read aloud): "
              "say what it shows between the brackets, ![Where to give the shot: belly or thigh](...)")


def _glyphs_of_source(handout: Handout, edition: Edition, covered: frozenset[int]) -> None:
    """glyph: the same in a handout's source text (one warning per handout)."""
    found = [(segment.line, chars) for segment in handout.segments if (chars := uncovered(segment.text, covered))]
    if found:
        every = set().union(*(chars for _line, chars in found))
        edition.problems.append(_glyph_problem(handout.doc.path.as_posix(), found[0][0], found[0][1], every,
                                               "handout"))


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


def _invisible_of_source(handout: Handout) -> list[Problem]:
    """invisible in a handout's own text (one in a number or dose stops it at segmenting: an error)."""
    ctx = Context(handout.doc.lang, handout.doc.lang)
    return [_problem(handout.doc.path.as_posix(), segment.line, f, ((segment.text, ctx.lang),))
            for segment in handout.segments for f in check_invisible("", segment.text, ctx)]


def _problem(path: str, line: int, finding: Finding, texts: Sequence[tuple[str, str]] = ()) -> Problem:
    return Problem(path, line, finding.severity, finding.code, finding.message, quoted(finding.message, texts))


# A passage a message quotes: in double quotes, or in single quotes as Python's repr writes them
# (not the apostrophe of "the source's").
_QUOTED = re.compile(r"\"([^\"\n]+)\"|(?<!\w)'([^'\n]+)'(?!\w)")


def quoted(message: str, texts: Sequence[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    """The passages ``message`` quotes from ``texts`` ((text, its language), the first that has the
    passage wins), each with its language: the report marks them, so that a screen reader reads
    "Lávese las las manos" with a Spanish voice (WCAG 3.1.2). A passage without a letter ("'?'"),
    or in none of the texts (an example of the message's own), is not one."""
    found = []
    for match in _QUOTED.finditer(message) if texts else ():
        passage = match[1] or match[2]
        core = passage.strip("…").removesuffix("...")
        if not any(ch.isalpha() for ch in core):
            continue
        lang = next((lang for text, lang in texts if core in text or core in shown(text)), None)
        if lang:
            found.append((passage, lang))
    return tuple(found)


def _texts(message: Message | None, lang: str, src: str) -> tuple[tuple[str, str], ...]:
    """The translations of a catalog entry, then its source texts, each with its language."""
    if message is None:
        return ()
    return (*((tr, lang) for _src, tr in pairs(message)), *((text, src) for text, _tr in pairs(message)))


def _messages_by_line(catalog: Catalog) -> dict[int, Message]:
    messages = [m for m in catalog if m.id] + list(catalog.obsolete.values())
    return {m.lineno: m for m in messages if m.lineno}


def _stale(catalog: Catalog, template: Catalog | None, path: str, report: Report, langs: tuple[str, str],
           by_key: dict[tuple[str, str], Edition]) -> None:
    """Source text that the catalog does not have yet: the translator cannot see it. Reported with
    the edition it holds back (the report listed it under "Not tied to one handout")."""
    if template is None:
        return
    lang, src = langs  # the catalog's language, and its source's
    for message in template:
        if message.id and catalog.get(message.id, message.context) is None:
            where, line = message.locations[0] if message.locations else (path, 0)
            text = str(message.id if isinstance(message.id, str) else message.id[0])
            preview = text if len(text) <= 50 else text[:47] + "..."
            why = f"{path} has no entry for {preview!r}: run `edu update`"
            problem = Problem(str(where), int(line or 0), ERROR, "stale", why, quoted(why, ((text, src),)))
            edition = by_key.get((handout_of(message.locations[0]), lang)) if message.locations else None
            (edition.problems if edition is not None else report.general).append(problem)


WHOLE_HANDOUT_RULES = ("when-to-call", "numbered-steps")  # plain-language rules about what a handout lacks


def _edition(project: Project, handout: Handout, lang: str) -> Edition:
    settings, src = project.settings, handout.doc.lang
    catalog = project.catalogs.get((lang, src))
    source = Source(catalog, project.po(lang, src) if lang != src else None, settings.territory,
                    units=settings.units)
    audience = handout.doc.meta.audience
    edition = Edition(handout.doc.slug, lang, src, audience, None, None, "", None)
    if lang != src and (lang, src) not in project.catalogs:  # not read (a syntax error, reported): not "0 %"
        edition.unreadable = True
        return edition
    if lang != src:
        edition.counts = counts(_entries(catalog, handout))
    if not supported(lang):  # scores None: no formula or plain-language rules for this language
        return edition
    try:
        resolved = resolve_all(handout, lang, source, project.facts, settings.locale(lang))
    except (SourceError, ErrorList):
        if not project.errors:
            raise
        return edition  # content/facts.yaml did not load (reported): its facts cannot be printed to score
    usable = [r for r in resolved if r.status in ("source", "translated")]
    edition.scores = score_segments(((r.segment.kind, r.raw) for r in usable), lang)
    if usable:  # nothing translated yet: nothing to judge
        _literacy(edition, usable, settings, complete=len(usable) == len(resolved))
    return edition


def _entries(catalog: Catalog | None, handout: Handout) -> list[Message]:
    """The catalog entry of each segment, each entry once however often the handout says it (as
    `edu stats` counts them); a missing entry counts as untranslated."""
    out = {}
    for segment in handout.segments:
        if segment.skip or (segment.text, segment.context) in out:
            continue
        entry = catalog.get(segment.text, segment.context) if catalog is not None else None
        out[(segment.text, segment.context)] = entry if entry is not None else Message(segment.text)
    return list(out.values())


def _literacy(edition: Edition, resolved: list[Any], settings: Settings, complete: bool) -> None:
    """Readability against the audience's target, and the plain-language rules (those about the
    whole handout only once it is all translated: a missing part is not a missing section)."""
    units = [Unit(r.segment.kind, r.raw, n, r.segment.ordered) for n, r in enumerate(resolved)]
    for finding in check_plain_language(units, edition.lang, audience=edition.audience):
        path, line = _split_where(resolved[finding.line].where if finding.line < len(resolved) else "")
        if finding.rule in WHOLE_HANDOUT_RULES:  # the file, at its first line
            if not complete:
                continue
            path, line = _split_where(resolved[0].where)
        text = resolved[finding.line].raw if finding.line < len(resolved) else ""
        edition.problems.append(Problem(path, line, WARNING, finding.rule, finding.message,
                                        quoted(finding.message, ((text, edition.lang),))))
    scores, targets = edition.scores, settings.targets
    if edition.audience != "patient" or scores is None or not scores.words:
        return
    if langtag.primary(edition.lang) == "en" and scores.fk_grade is not None:
        edition.target = f"Flesch-Kincaid grade ≤ {targets.patient_en_grade:g}"
        edition.meets_target = scores.fk_grade <= targets.patient_en_grade
        value = f"Flesch-Kincaid grade {scores.fk_grade:.1f}"
    elif langtag.primary(edition.lang) == "es" and scores.szigriszt_pazos is not None:
        edition.target = f"INFLESZ ≥ {targets.patient_es_inflesz:g}"
        edition.meets_target = scores.szigriszt_pazos >= targets.patient_es_inflesz
        value = f"INFLESZ {scores.szigriszt_pazos:.1f} ({scores.inflesz})"
    else:
        return
    if not edition.meets_target:
        path, line = _split_where(resolved[0].where)
        edition.problems.append(Problem(path, line, WARNING, "readability",
                                        f"{value} misses the target {edition.target}: shorter sentences, "
                                        "shorter words"))


def _split_where(where: str) -> tuple[str, int]:
    path, _, line = where.rpartition(":")
    return (path, int(line)) if line.isdigit() else (where, 0)
