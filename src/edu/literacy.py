"""QA stage: one handout in one language -> its Edition record: how much of it is translated, and
how readable it is.

In: the Project (catalogs, facts, settings), a handout and a language. Out: an Edition
(problems.py) with its translation coverage (as `edu stats` counts it), its readability scores,
whether it meets its audience's target (a patient handout: Flesch-Kincaid grade in English, INFLESZ
in Spanish; judged once it is all translated) and the plain-language rules' warnings, each at the
source line of the passage (the rules about the whole handout only once it is all translated). readability.py and
plainlang.py score and judge the text; this module resolves the edition's text and places what they find.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from babel.messages.catalog import Catalog, Message

from . import langtag
from .catalogstats import counts
from .config import Settings
from .errors import ErrorList, SourceError, opened
from .facts import FACTS_PATH
from .findings import WARNING, RuleFinding, Unit
from .model import Handout
from .plainlang import (
    WHOLE_HANDOUT_RULES,
    check_heading_gaps,
    check_numbered_steps,
    check_plain_language,
    check_when_to_call,
)
from .problems import Edition, Problem, quoted
from .project import Project
from .readability import base_lang, is_prose, score_segments, supported
from .references import REFERENCES_PATH
from .translate import Source, resolve_all
from .wording import abbreviations_in, check_dose_notation, notation_key

SUGGESTION = re.compile(r": (?:say|write) (.+)$")  # the end of a plain-language message: what to write instead


def check_edition(project: Project, handout: Handout, lang: str) -> Edition:
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
    except (SourceError, ErrorList) as exc:
        if not project.errors:
            raise
        edition.unscored = _unscored(project, exc)  # its facts cannot be printed to score (the error is reported)
        return edition
    usable = [r for r in resolved if r.status in ("source", "translated")]
    edition.scores = score_segments(((r.segment.kind, r.raw) for r in usable), lang)
    if usable:  # nothing translated yet: nothing to judge
        _literacy(edition, usable, settings, complete=len(usable) == len(resolved),
                  handout_path=handout.doc.path.as_posix())
    return edition


STRUCTURE_RULES = {"patient": (check_heading_gaps, check_when_to_call, check_numbered_steps)}  # the author's


ABBREVIATION = re.compile(r'^"(.+?)" is an error-prone abbreviation')


def _kept_from_source(finding: RuleFinding, resolved: list[Any], edition: Edition) -> bool:
    """Whether a translation's error-prone abbreviation ("µg") or dose notation (".5 mg", "1.0 mg") is
    its original's, kept as written: the original's edition warns of it at the handout's line, and
    once the author fixes it there the entry changes and comes back to the translator."""
    if edition.lang == edition.source or finding.line >= len(resolved) or not supported(edition.source):
        return False
    r = resolved[finding.line]
    if finding.rule == "abbreviation":
        found = ABBREVIATION.match(finding.message)
        return found is not None and found[1] in abbreviations_in(r.segment.text, edition.source)
    unit = Unit(r.segment.kind, r.segment.text, 0, r.segment.ordered)
    return notation_key(finding.message) in {notation_key(f.message)
                                              for f in check_dose_notation([unit], base_lang(edition.source))}


def _source_structure(edition: Edition, resolved: list[Any]) -> set[tuple[str, int]]:
    """What the structure rules find in the original of a translated edition's ``resolved`` units,
    as (rule, unit index: a heading-gap's first unit, else 0)."""
    if edition.lang == edition.source or not supported(edition.source):
        return set()
    units = [Unit(r.segment.kind, r.segment.text, n, r.segment.ordered) for n, r in enumerate(resolved)]
    rules = STRUCTURE_RULES.get(edition.audience, ())
    return {(f.rule, f.line if f.rule == "heading-gap" else 0)
            for rule in rules for f in rule(units, base_lang(edition.source))}


def _unscored(project: Project, exc: SourceError | ErrorList) -> str:
    """Why an edition has no score: the facts or sources file that did not load, or the first place
    in the handout whose text cannot be printed (each is reported as an error of its own)."""
    data = [e.path.as_posix() for e in project.errors if e.path.as_posix() in (FACTS_PATH, REFERENCES_PATH)]
    if data:
        return f"not scored: {data[0]} cannot be loaded (its error is listed)"
    first = opened([exc])[0]
    return f"not scored until {first.path.as_posix()}:{first.line or 1} is fixed (its error is listed)"


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


def _literacy(edition: Edition, resolved: list[Any], settings: Settings, complete: bool, handout_path: str) -> None:
    """Readability against the audience's target, and the plain-language rules (those about the
    whole handout only once it is all translated: a missing part is not a missing section). In a
    translation, what the structure of the handout lacks (a heading every 150 words, a "when to
    call" section, numbered steps) is the author's to fix, not the translator's: said by the
    original's edition when the original lacks it too, else at the handout's line."""
    units = [Unit(r.segment.kind, r.raw, n, r.segment.ordered) for n, r in enumerate(resolved)]
    authors = _source_structure(edition, resolved)
    for finding in check_plain_language(units, edition.lang, audience=edition.audience):
        path, line = _split_where(resolved[finding.line].where if finding.line < len(resolved) else "")
        if (finding.rule, finding.line if finding.rule == "heading-gap" else 0) in authors:
            continue  # the original's edition says it, at the handout's line
        if finding.rule in ("abbreviation", "dose-notation") and _kept_from_source(finding, resolved, edition):
            continue  # "µg", ".5 mg" copied from the original: the author's to fix (the translation follows it)
        if finding.rule in WHOLE_HANDOUT_RULES:  # the file, at its first line
            if not complete:
                continue
            path, line = _split_where(resolved[0].where)
        if finding.rule == "heading-gap" and edition.lang != edition.source:  # the translation's words, the author's
            path, line = handout_path, resolved[finding.line].segment.line
            finding = dataclasses.replace(finding, message=f"{finding.message} (in the {edition.lang} edition, whose "
                                          "translation is longer than the original)")
        text = resolved[finding.line].raw if finding.line < len(resolved) else ""
        suggested = SUGGESTION.search(finding.message)  # 'say "debajo de la piel"': words of the edition's language
        said = ((text, edition.lang), *(((suggested[1], edition.lang),) if suggested else ()))
        edition.problems.append(Problem(path, line, WARNING, finding.rule, finding.message,
                                        quoted(finding.message, said)))
    scores, targets = edition.scores, settings.targets
    if edition.audience != "patient" or scores is None or not scores.words:
        return
    if langtag.primary(edition.lang) == "en" and scores.fk_grade is not None:
        edition.target = f"Flesch-Kincaid grade ≤ {targets.patient_en_grade:g}"
        edition.meets_target = scores.fk_grade <= targets.patient_en_grade if complete else None
        value = f"Flesch-Kincaid grade {scores.fk_grade:.1f}"
    elif langtag.primary(edition.lang) == "es" and scores.szigriszt_pazos is not None:
        edition.target = f"INFLESZ ≥ {targets.patient_es_inflesz:g}"
        edition.meets_target = scores.szigriszt_pazos >= targets.patient_es_inflesz if complete else None
        value = f"INFLESZ {scores.szigriszt_pazos:.1f} ({scores.inflesz})"
    else:
        return
    edition.partial = not complete  # the part translated so far is no measure of the whole: not judged yet
    if edition.meets_target is False:
        path, line = _split_where(resolved[0].where)
        english = langtag.primary(edition.lang) == "en"
        hardest = _hardest(resolved, edition.lang, path,
                           targets.patient_en_grade if english else targets.patient_es_inflesz)
        edition.problems.append(Problem(path, line, WARNING, "readability",
                                        f"{value} misses the target {edition.target}: shorter sentences, "
                                        f"shorter words{'; hardest: ' + hardest if hardest else ''}"))


HARDEST_SHOWN = 3  # the paragraphs a readability warning names


def _hardest(resolved: list[Any], lang: str, path: str, target: float) -> str:
    """The prose passages that pull the edition's own formula (Flesch-Kincaid grade, at most
    ``target``; INFLESZ, at least ``target``) furthest past its target, each scored alone: "line
    34 (grade 11.2), line 52 (9.8)": those that miss the target (at most 3), the ones with most
    words times their distance past it first (a 7-word list item of one long word ranked above a
    paragraph of 60 hard words, whose rewriting moves the score most), else the hardest one. A
    line of another file than ``path`` is named with its file."""
    english = langtag.primary(lang) == "en"
    scored: dict[str, tuple[float, int]] = {}
    for r in resolved:
        if is_prose(r.segment.kind, r.raw) and r.where not in scored:
            scores = score_segments([(r.segment.kind, r.raw)], lang)
            value = scores.fk_grade if english else scores.szigriszt_pazos
            if value is not None:
                scored[r.where] = (value, scores.words)
    past = {where: (value - target if english else target - value) for where, (value, _words) in scored.items()}
    missing = sorted((where for where in scored if past[where] > 0), key=lambda where: -past[where] * scored[where][1])
    shown = [(where, scored[where][0]) for where in missing or sorted(scored, key=lambda where: -past[where])]
    shown = shown[:HARDEST_SHOWN]
    names = []
    for n, (where, value) in enumerate(shown):
        file, line = _split_where(where)
        label = ("grade " if english else "INFLESZ ") if n == 0 else ""
        names.append(f"{'line ' if file == path else file + ':'}{line} ({label}{value:.1f})")
    return ", ".join(names)


def _split_where(where: str) -> tuple[str, int]:
    path, _, line = where.rpartition(":")
    return (path, int(line)) if line.isdigit() else (where, 0)
