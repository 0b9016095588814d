"""QA stage, its records: what ``edu check`` found, one located Problem at a time.

In: nothing of its own; every QA module makes these. Out: Problem (one thing to fix, at the .po or
source line to fix it), Edition (one handout in one language: coverage, readability, its
problems, whether the build publishes it) and Report (all of them, with the lines a person reads:
``Report.shown`` folds a catalog's hundreds of untranslated entries into one). ``quoted`` finds
the passages a message quotes and their language, which the HTML report marks for a screen reader.
Apart from qa.py so that the checks in projectwarnings.py, fontcoverage.py and literacy.py can
make them, and the build's warnings (pipeline.py) need not load the whole QA stage.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from .catalogstats import Counts
from .findings import ERROR, plural
from .prose import shown
from .readability import Scores

if TYPE_CHECKING:
    from .signoff import Signoff


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
    partial: bool = False  # scored on its translated part only: not judged against its target until complete
    unscored: str = ""  # why it has no scores though its language has a formula, e.g. "not scored: …" ("" if none)

    @property
    def errors(self) -> int:
        """Its errors: each keeps the edition from being published (a rejected translation, complete
        or not, is "100 % translated" by count alone)."""
        return sum(p.severity == ERROR for p in dict.fromkeys(self.problems))

    @property
    def missing(self) -> int:
        """Its entries not translated or fuzzy (errors, or warnings in a language in progress)."""
        return self.counts.untranslated + self.counts.fuzzy if self.counts is not None else 0

    @property
    def published(self) -> bool:
        """What `edu build` does with it: published only complete, with no error of its own and none
        in the page words every page of its language prints."""
        return not (self.unreadable or self.errors or self.held_back or self.missing)

    def not_published(self) -> str:
        """Why the build holds it back, as one phrase ("" if it is published)."""
        reasons = [plural(self.errors, "error")] if self.errors else []
        if self.missing and not any(p.severity == ERROR and p.code in ("untranslated", "fuzzy")
                                    for p in self.problems):  # a language in progress: they are warnings
            reasons.append(f"{plural(self.missing, 'entry', 'entries')} not translated yet (or fuzzy)")
        return "; ".join([*reasons, *filter(None, [self.held_back])])


@dataclass(frozen=True)
class Review:
    """When a handout was last reviewed and is due again, for the report's review plan."""

    path: str  # its source file
    version: int
    reviewed: dt.date
    due: dt.date | None  # None: no review date (review_months unset and no next_review)
    signoff: Signoff | None = None  # its record in content/signoff.yaml; None: never signed off
    changed: bool = False  # its text or facts changed since that sign-off (unreviewed-change)
    translations: tuple[tuple[str, str, str], ...] = ()  # (language, its translation's review in words, class)


@dataclass
class Report:
    """Everything ``edu check`` found."""

    editions: list[Edition]  # one per handout and language
    general: list[Problem]  # problems not tied to one handout (template words, obsolete entries)
    page_words: set[Problem] = field(default_factory=set)  # errors in page words: each holds back a language
    languages: tuple[str, ...] = ()  # those `edu check -l` asked for (empty: every language)
    in_progress: tuple[str, ...] = ()  # languages in progress ([tool.edu] in_progress): their missing entries warn
    reviews: list[Review] = field(default_factory=list)  # one per handout, the soonest due first

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
        """Any error; with ``strict``, any warning too, but with ``languages`` (`edu check -l es
        --strict`) only those in their catalogs: a translator's gate, which the authors' warnings
        (at content/, pyproject.toml) do not fail."""
        return any(p.severity == ERROR or (strict and self.counts_in_strict(p)) for p in self.problems())

    def counts_in_strict(self, problem: Problem) -> bool:
        """Whether --strict fails on ``problem`` (a warning): every one, or with ``languages`` those in
        their catalogs (locale/<lang>/); never an entry of a language in progress that is not
        translated yet (that is what in_progress says: the language is not ready to publish)."""
        if self.in_progress_entry(problem):
            return False
        return not self.languages or any(problem.path.startswith(f"locale/{lang}/") for lang in self.languages)

    def in_progress_entry(self, problem: Problem) -> bool:
        """An untranslated or fuzzy entry of a language in progress: a warning, not an error."""
        return (problem.severity != ERROR and problem.code in IN_PROGRESS_CODES
                and any(problem.path.startswith(f"locale/{lang}/") for lang in self.in_progress))

    def as_json(self) -> dict[str, Any]:
        def edition(e: Edition) -> dict[str, Any]:
            data = asdict(e)
            data["problems"] = [asdict(p) for p in e.problems]
            data["errors"] = e.errors
            data["published"] = e.published
            return data

        return {"editions": [edition(e) for e in self.editions], "general": [asdict(p) for p in self.general]}


IN_PROGRESS_CODES = ("untranslated", "fuzzy")  # what a language in progress ([tool.edu] in_progress) may have

FOLDED = {  # codes a catalog may have by the hundred: past the first few, one line says how many
    "untranslated": "are not translated (`edu stats` counts them per handout; `msgattrib --untranslated` or "
                    "`edu check --format json` lists them)",
    "obsolete": "are obsolete (their source text is gone): `edu update --drop-obsolete` deletes them all and keeps "
                "the edu-ok exceptions; `edu update` keeps them to give a translation back if its text returns",
    "stale": "are not in the catalogs yet (a handout added or rewritten): `edu update` adds them all for the "
             "translators",
}

PAGE_WORDS_FOLDED = ("are not translated; they are on every page of the language, so none of its handouts is "
                     "published until they are (`edu check --format json` lists them)")


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
