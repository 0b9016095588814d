"""``edu signoff``: the clinician's act, recorded. For each handout named: its ``version:`` raised by
one when its text or facts changed since its last sign-off, its ``reviewed:`` set to the day of the
review (only those two lines of the file change, byte for byte otherwise), and its record in
content/signoff.yaml (signoff.py) written: who, when, its text's digest, one per sentence with its
line and the facts it prints.

Nothing is written unless every handout named can be signed off: a date after today or before the
handout's last sign-off, an unknown handout, a handout with errors (`edu check`'s), an empty name
are refused, each as one located line.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from . import config
from .atomic import atomic_write
from .config import Settings
from .errors import EduError, ErrorList, SourceError, closest
from .facts import FACTS_PATH
from .model import Handout
from .problems import Problem
from .signoff import SIGNOFF_PATH, Signoff, changes, current, read_signoffs, sentences, write_signoffs

SHARED = (FACTS_PATH, "content/references.yaml", SIGNOFF_PATH)  # files whose errors concern every handout


@dataclass(frozen=True)
class Signing:
    """What ``edu signoff`` does to one handout."""

    handout: Handout
    record: Signoff | None  # the new record; None: nothing changed, nothing to record
    said: str  # the line printed for it
    data: bytes = b""  # the handout's file with its new `version:` and `reviewed:`


def sign_off(settings: Settings, targets: list[str], by: str, day: dt.date | None = None, every: bool = False,
             renew: bool = False, cwd: Path | None = None, today: dt.date | None = None,
             topics: Sequence[str] = ()) -> list[str]:
    """Sign off the handouts ``targets`` names (paths or slugs; every handout with ``every``; every one
    of ``topics``) as
    reviewed by ``by`` on ``day`` (default today); returns one line per handout."""
    from .project import load_project
    from .qa import run_checks

    by = " ".join(by.split())
    if not by:
        raise EduError("edu signoff: --by is empty: give the name of the clinician who reviewed the handouts")
    today = today or config.today()
    day = day or today
    project = load_project(settings, keep_going=True)
    records = read_signoffs(settings.root)
    handouts, errors = named_handouts(settings, project.handouts, targets, every, cwd or Path.cwd(), topics)
    paths = {h.doc.path.as_posix() for h in handouts}
    wrong: dict[str, Problem] = {}  # the first error of each file (`edu check -l LANG`, for the handouts in LANG)
    for lang in dict.fromkeys(h.doc.lang for h in handouts):
        ours = {h.doc.path.as_posix() for h in handouts if h.doc.lang == lang} | set(SHARED)
        problems = run_checks(settings, (lang,)).problems()
        wrong |= {p.path: p for p in reversed(problems) if p.severity == "error" and p.path in ours}
    for error in project.errors:  # a handout that did not load at all
        where = error.path.as_posix()
        named = every or any(where == t or where.endswith(f"/{t}.md") for t in targets)
        if where not in paths and where.endswith(".md") and named:
            paths.add(where)  # its first error
            errors.append(SourceError(f"not signed off: {error.message} (fix what `edu check` says first)",
                                      where, error.line))
    plans = []
    for handout in handouts:
        path = handout.doc.path.as_posix()
        line = handout.doc.meta.lines.get("reviewed", 1)
        last = records.get(handout.doc.slug)
        problem = next((wrong[p] for p in (path, *SHARED) if p in wrong), None)
        if problem is not None:
            at = "" if problem.path == path else f" ({problem.path}:{problem.line})"
            errors.append(SourceError(f"not signed off: {problem.message}{at}; fix what `edu check` says first",
                                      path, problem.line if not at else line))
        elif day > today:
            errors.append(SourceError(f"--date {day.isoformat()} is after today ({today.isoformat()}): a sign-off "
                                      "records a review that has happened", path, line))
        elif last is not None and day < last.reviewed:
            errors.append(SourceError(f"--date {day.isoformat()} is before its last sign-off "
                                      f"({last.reviewed.isoformat()} by {last.by}, {SIGNOFF_PATH}:{last.line}): a "
                                      "review cannot come before the one it follows", path, line))
        else:
            plan = _plan(handout, project.facts, settings, last, by, day, renew)
            try:
                plans.append(_with_front_matter(settings.root, plan))
            except SourceError as exc:
                errors.append(exc)
    if errors:
        raise ErrorList(errors)
    for plan in plans:  # the handouts first: a sign-off cut short leaves a warning, never a record of a change
        if plan.record is not None:
            if plan.data != (settings.root / plan.handout.doc.path).read_bytes():
                atomic_write(settings.root / plan.handout.doc.path, plan.data)
            kept = records[plan.handout.doc.slug].translations if plan.handout.doc.slug in records else {}
            records[plan.handout.doc.slug] = dataclasses.replace(plan.record, translations=kept)  # its translations'
    if any(plan.record is not None for plan in plans):
        write_signoffs(settings.root, records)
    return [plan.said for plan in plans]


def _plan(handout: Handout, facts: dict, settings: Settings, last: Signoff | None,  # type: ignore[type-arg]
          by: str, day: dt.date, renew: bool) -> Signing:
    meta, path = handout.doc.meta, handout.doc.path.as_posix()
    if last is None:
        record = current(handout, facts, settings, by, day, meta.version)
        return Signing(handout, record, f"{path}: signed off by {by} on {day.isoformat()} at version {meta.version} "
                                        "(its first recorded sign-off)")
    changed = changes(handout, facts, settings, last)
    said = sentences(handout, last, changed)[0]  # "1 sentence changed" for "its text changed", when recorded
    edited = (meta.version, meta.reviewed) != (last.version, last.reviewed)
    if not changed and not edited and not renew:
        return Signing(handout, None, f"{path}: nothing changed since its sign-off on {last.reviewed.isoformat()} by "
                                      f"{last.by} (version {last.version}): nothing recorded (a review that changed "
                                      "nothing: add --renew to record its date)")
    version = last.version + 1 if changed else last.version
    record = current(handout, facts, settings, by, day, version)
    why = (f"version {last.version} -> {version}: {' and '.join(said)}" if changed else
           f"version {version}: reviewed again, nothing changed since {last.reviewed.isoformat()}")
    return Signing(handout, record, f"{path}: signed off by {by} on {day.isoformat()} ({why})")


def named_handouts(settings: Settings, handouts: tuple[Handout, ...], targets: list[str], every: bool,
                   cwd: Path, topics: Sequence[str] = ()) -> tuple[list[Handout], list[SourceError]]:
    """The handouts named by path (from the current folder or the project) or slug, and every handout
    of each of ``topics`` (a medicine's review: `--all` signed another medicine's pending change too),
    each once."""
    if every:
        return sorted(handouts, key=lambda h: h.doc.path.as_posix()), []
    by_file = {(settings.root / h.doc.path).resolve(): h for h in handouts}
    by_slug = {h.doc.slug: h for h in handouts}
    found: dict[str, Handout] = {}
    errors = []
    known = sorted({h.doc.meta.topic for h in handouts if h.doc.meta.topic})
    for topic in topics:
        ours = sorted((h for h in handouts if h.doc.meta.topic == topic), key=lambda h: h.doc.path.as_posix())
        for one in ours:
            found.setdefault(one.doc.path.as_posix(), one)
        if not ours:
            near = closest(topic, known)
            errors.append(SourceError(f"no handout has topic {topic!r}" + (f": did you mean {near!r}?" if near else
                                      f" (the topics: {', '.join(known) or 'none'})"), "--topic"))
    for target in targets:
        handout = by_slug.get(target)
        for base in (cwd, settings.root):
            handout = handout or by_file.get((base / target).resolve())
        if handout is not None:
            found.setdefault(handout.doc.path.as_posix(), handout)
        elif not _on_disk(settings, target, cwd):  # one that did not load is reported with its error
            errors.append(SourceError("no such handout: give its file (content/<language>/<slug>.md) or its slug",
                                      target))
    return list(found.values()), errors


def _on_disk(settings: Settings, target: str, cwd: Path) -> bool:
    return any((base / target).is_file() and target.endswith(".md") for base in (cwd, settings.root)) or any(
        (settings.content_dir / lang / f"{target}.md").is_file() for lang in settings.languages)


VALUE = r"(\"[^\"\n]*\"|'[^'\n]*'|[^\s#]+)"


def _with_front_matter(root: Path, plan: Signing) -> Signing:
    """The plan with the handout's file as it will be: the value of `version:` and `reviewed:` on
    their own lines replaced, every other byte kept."""
    if plan.record is None:
        return plan
    handout = plan.handout
    values = {"version": str(plan.record.version), "reviewed": plan.record.reviewed.isoformat()}
    rows = (root / handout.doc.path).read_bytes().splitlines(keepends=True)
    for key, value in values.items():
        index = handout.doc.meta.lines[key] - 1  # a required key: every handout that loaded has it
        text = rows[index].decode("utf-8")
        match = re.match(rf"(\ufeff?[ \t]*{key}[ \t]*:[ \t]*){VALUE}(.*)", text, re.S)
        if match is None:  # a value written over several lines: not one edu writes
            raise SourceError(f"{key}: write it on one line (`{key}: {value}`) for edu signoff to set it",
                              handout.doc.path, index + 1)
        rows[index] = (match[1] + value + match[3]).encode("utf-8")
    return dataclasses.replace(plan, data=b"".join(rows))
