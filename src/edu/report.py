"""Report stage: the QA report -> build/report.html, one page an author reads at a glance.

For each handout and language: readability against its target as a bar chart (inline SVG), the
translation coverage, and every open problem with its location. Plain HTML that opens from disk:
no script, no network, no external file.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

from . import config, langtag
from .atomic import atomic_write
from .config import Settings, env_epoch
from .fingerprint import inputs_digest
from .langtag import text_direction
from .problems import Edition, Problem, Report, Review
from .qa import run_checks
from .signoff import CODE as UNREVIEWED
from .signoff import since_words

GRADE_SCALE = 16.0  # Flesch-Kincaid grades drawn on 0..16
INFLESZ_SCALE = 100.0  # Szigriszt-Pazos / INFLESZ on 0..100
REPORT_LANG = "en"  # the language of the report's own words (report_templates/report.html)


@dataclass(frozen=True)
class Bar:
    """One readability bar: value and target as fractions of the chart width."""

    label: str  # e.g. "Flesch-Kincaid grade 4.3"
    band: str  # the INFLESZ band, in Spanish ("bastante fácil"), or ""
    value: float  # 0..1 of the width
    target: float | None  # 0..1 of the width, where the target line is drawn
    good: bool | None  # met the target (None: no target)
    note: str  # the target in words, or why there is none


def readability_bar(edition: Edition) -> Bar | None:
    s = edition.scores
    if s is None or not s.words:
        return None
    if s.fk_grade is not None:
        value, scale, label = s.fk_grade, GRADE_SCALE, f"Flesch-Kincaid grade {s.fk_grade:.1f}"
        target, band = _number(edition.target), ""
    elif s.szigriszt_pazos is not None:
        value, scale = s.szigriszt_pazos, INFLESZ_SCALE
        label, target, band = f"INFLESZ {s.szigriszt_pazos:.1f}", _number(edition.target), s.inflesz or ""
    else:
        return None
    note = edition.target or "no readability target for this audience"
    if edition.partial and edition.counts is not None:  # the part translated so far is no measure of the whole
        note = (f"{edition.target}: not judged until translated (scored on {edition.counts.translated} of "
                f"{edition.counts.total} entries)")
    return Bar(label, band, _fraction(value, scale), _fraction(target, scale) if target is not None else None,
               edition.meets_target, note)


def _fraction(value: float, scale: float) -> float:
    return max(0.0, min(1.0, value / scale))


def _number(target: str) -> float | None:
    tail = target.rsplit(" ", 1)[-1] if target else ""
    try:
        return float(tail)
    except ValueError:
        return None


def message_parts(problem: Problem) -> list[tuple[str, str, str]]:
    """A problem's message as (text, lang, dir) parts: each passage it quotes from a text in another
    language than the report's English keeps that language ("" elsewhere), and its direction where
    it is written right to left (WCAG 3.1.2: a screen reader reads it with the right voice)."""
    parts, at = [], 0
    for passage, lang in problem.quoted:
        start = problem.message.find(passage, at)
        if start == -1 or langtag.primary(lang) == REPORT_LANG:
            continue
        parts += [(problem.message[at:start], "", ""), (passage, lang, "rtl" if text_direction(lang) == "rtl" else "")]
        at = start + len(passage)
    return [*parts, (problem.message[at:], "", "")]


def in_order(problems: list[Problem]) -> list[Problem]:
    """An edition's problems as a reader fixes them: by file, then line (each once)."""
    return sorted(dict.fromkeys(problems), key=lambda p: (p.path, p.line))


def language_name(lang: str) -> str:
    """The language's name in the report's words ("Spanish"), for a screen reader's list of links."""
    return langtag.locale(lang).get_display_name(REPORT_LANG) or lang


def render_report(report: Report, settings: Settings, inputs: str = "") -> str:
    """The report's page; ``inputs``: the digest of the inputs it was made from, for a build to tell
    when the page is older than what it builds (build.report_made_from)."""
    env = Environment(loader=PackageLoader("edu", "report_templates"), autoescape=select_autoescape(["html"]))
    env.filters.update(parts=message_parts, in_order=in_order, language=language_name)
    rows = [(e, readability_bar(e)) for e in report.editions]
    problems = report.problems()
    day = _day()
    return env.get_template("report.html").render(
        rows=rows, general=report.general, problems=problems,
        errors=sum(p.severity == "error" for p in problems), warnings=sum(p.severity == "warning" for p in problems),
        organization=settings.organization, generated=day.isoformat(), soon_days=SOON_DAYS,
        reviews=[(r, review_status(r, day), _what_changed(r, problems)) for r in report.reviews], inputs=inputs,
    )


def _what_changed(review: Review, problems: list[Problem]) -> Problem | None:
    """What changed in a handout since its sign-off, as its `[unreviewed-change]` warning says it
    ("1 sentence changed: line 19 "…" (new or changed)"), for its row of the review table; None when
    nothing did (or its warning is not in this report)."""
    if not review.changed or review.signoff is None:
        return None
    found = next((p for p in problems if p.code == UNREVIEWED and p.path == review.path), None)
    return since_words(found, review.signoff) if found is not None else None


SOON_DAYS = 90  # a review due within this many days is marked, for a team to plan it


def review_status(review: Review, today: dt.date) -> tuple[str, str]:
    """(words, class) of a handout's next review seen from ``today``: "overdue by 12 days" (bad),
    "due in 30 days" (soon, within SOON_DAYS), "due in 200 days", or no date."""
    if review.due is None:
        return "no review date (set review_months or next_review)", "muted"
    days = (review.due - today).days
    if days < 0:
        return f"overdue by {-days} day{'' if days == -1 else 's'}", "bad"
    return ("due today" if days == 0 else f"due in {days} day{'' if days == 1 else 's'}",
            "soon" if days <= SOON_DAYS else "ok")


def _day() -> dt.date:
    """The day the report was made: a report is a snapshot of the work, so [tool.edu]
    source_date_epoch (which keeps .pot headers stable) does not apply; SOURCE_DATE_EPOCH, the
    reproducible-builds convention, does."""
    epoch = env_epoch()
    return dt.datetime.fromtimestamp(epoch, dt.UTC).date() if epoch is not None else config.today()


def write_report(settings: Settings, out: Path | None = None) -> Path:
    """Run every check and write build/report.html (atomically); returns the path written."""
    from .build import check_output_folder

    target = out or settings.root / "build" / "report.html"
    if out is None:
        check_output_folder(settings.root, target.parent, "build/")  # not into a folder of someone else's files
    inputs = inputs_digest(settings.root)  # before the checks read them: an edit meanwhile makes it stale
    report = run_checks(settings)
    atomic_write(target, render_report(report, settings, inputs).encode("utf-8"))
    return target
