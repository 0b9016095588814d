"""The nouns passed between the pipeline stages (load, segment, translate, render, pdf) and
between the readers of numbers and the translation checks (``Quantity``)."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property
from pathlib import Path

AUDIENCES = ("patient", "clinician")
# A handout's file name and a topic: here, not in content.py, so that reading pyproject.toml's
# topics (configwords.py) does not load the Markdown and YAML readers in a build with nothing to do
SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass(frozen=True)
class FrontMatter:
    """The validated YAML header of a handout (DESIGN §3)."""

    title: str  # shown as the page heading and in the PDF metadata
    summary: str  # one sentence a reader sees first
    audience: str  # "patient" or "clinician"
    topic: str  # handouts of one topic link to each other
    reviewed: dt.date  # "Last reviewed"; drives the PDF dates
    version: int  # edition number printed in the footer
    references: tuple[str, ...]  # keys into content/references.yaml
    lines: dict[str, int] = field(default_factory=dict, compare=False)  # key -> source line
    next_review: dt.date | None = None  # when the handout is due for review (else `review_months` after reviewed)
    moved_from: tuple[str, ...] = ()  # the slugs it was published under before (moved.py: their addresses answer)

    def review_due(self, months: int) -> dt.date | None:
        """When the handout is due for review: ``next_review``, else ``months`` after ``reviewed``
        (the same day of the month, or the month's last day), else never (``months`` 0)."""
        if self.next_review is not None or not months:
            return self.next_review
        year, month = divmod(self.reviewed.month - 1 + months, 12)
        year += self.reviewed.year
        return dt.date(year, month + 1, min(self.reviewed.day, calendar.monthrange(year, month + 1)[1]))


@dataclass(frozen=True)
class Document:
    """One handout as loaded from ``content/<lang>/<slug>.md``."""

    path: Path  # path relative to the project root, used in every message
    slug: str  # file name without .md; part of every output path
    lang: str  # source language: the folder the file is in
    meta: FrontMatter  # the front matter
    body: str  # Markdown after the front matter
    body_line: int  # 1-based line number of the body's first line in the file


@dataclass(frozen=True)
class Segment:
    """One translatable unit: a catalog message."""

    text: str  # the msgid: source text with inline Markdown, whitespace collapsed
    line: int  # 1-based line in the source file
    kind: str  # title | summary | heading | paragraph | item | cell | alt | quote
    context: str | None = None  # msgctxt, from <!-- i18n-context: ... -->
    notes: tuple[str, ...] = ()  # translator notes, from <!-- i18n: ... -->
    section: str = ""  # text of the nearest heading above, for translator context
    skip: bool = False  # <!-- i18n-skip -->: kept in the source language everywhere
    ordered: bool = False  # an item of a numbered list (an action step)
    box: str = ""  # a "quote" in a callout box: its kind (key-points | warning | emergency | note)


Part = str | Segment


@dataclass(frozen=True)
class Block:
    """A top-level Markdown block: literal markup and segments in source order."""

    kind: str  # heading | paragraph | list | table | quote | callout | image | code | rule
    line: int  # 1-based line of the block's first line
    parts: tuple[Part, ...]  # "".join(literal or translated segment) rebuilds the block
    callout: str | None = None  # for kind "callout": key-points | warning | emergency | note

    @cached_property
    def segments(self) -> tuple[Segment, ...]:  # cached: a build asks each block about 80 times
        return tuple(p for p in self.parts if isinstance(p, Segment))


@dataclass(frozen=True)
class Handout:
    """A document split into its title, summary and body blocks."""

    doc: Document  # where it came from
    title: Segment  # front-matter title as a segment
    summary: Segment  # front-matter summary as a segment
    blocks: tuple[Block, ...]  # the body

    @cached_property
    def segments(self) -> tuple[Segment, ...]:
        body = tuple(s for b in self.blocks for s in b.segments)
        return (self.title, self.summary, *body)


@dataclass(frozen=True)
class Fact:
    """A language-neutral clinical value from content/facts.yaml."""

    id: str  # the name used as {id} in text
    kind: str  # quantity | percent | number | date
    value: Decimal | dt.date | int | tuple[Decimal, Decimal]  # a range is a (low, high) pair
    unit: str | None  # CLDR unit for quantities, e.g. "mass-milligram"
    per: str | None  # CLDR unit of the denominator, e.g. "duration-minute" for mL/min
    qualifier: str | None  # lt | le | gt | ge: printed as <, ≤, >, ≥
    source: str  # key into references.yaml
    line: int  # line in facts.yaml
    length: str = "short"  # CLDR unit length: short ("10 h"), long ("10 hours") or narrow
    topic: str | None = None  # the medicine it is of ([tool.edu.topics]), when facts.yaml says (topicfacts.py)


@dataclass(frozen=True)
class Reference:
    """A source in content/references.yaml."""

    key: str  # the id used by facts and front matter
    title: str  # title of the work
    issuer: str  # authors, agency or publisher
    year: int  # year of publication or revision
    url: str | None  # where to read it
    doi: str | None  # DOI without the https://doi.org/ prefix
    line: int  # line in references.yaml
    journal: str | None = None  # an article's journal, volume and pages ("Nature Medicine 27:1752–1760")
    note: str | None = None  # where to find a source with no address ("Hospital protocol RHEUM-12, on the intranet")


@dataclass(frozen=True)
class Missing:
    """A segment that has no usable translation in a language."""

    segment: Segment  # the source segment
    status: str  # untranslated | fuzzy
    where: str  # "path:line" of the catalog entry, or of the source if no entry exists


@dataclass(frozen=True)
class Localized:
    """A handout in one language: Markdown ready to render, and what was missing."""

    handout: Handout  # the source
    lang: str  # the language of this edition
    title: str  # localized title (plain text, facts filled in)
    summary: str  # localized summary
    blocks: tuple[str, ...]  # localized Markdown, one string per source block
    missing: tuple[Missing, ...]  # empty for a publishable edition
    parts: tuple[tuple[str, ...], ...]  # per block: its literal parts and localized segments, in order

    @property
    def complete(self) -> bool:
        return not self.missing


@dataclass(frozen=True)
class Page:
    """A rendered HTML page and what the PDF writer needs to know about it."""

    html: str  # the complete HTML document
    lang: str  # language of the page (the PDF's document language)
    title: str  # window title and PDF /Title
    slug: str  # handout slug ("index" for index pages)
    reviewed: dt.date | None  # drives the PDF dates; None for index pages
    audience: str = ""  # patient | clinician
    extra_langs: tuple[str, ...] = ()  # other languages on the page (bilingual)


@dataclass(frozen=True)
class Quantity:
    """A number found in prose, with the unit written after it."""

    value: Decimal  # the number, sign included
    unit: str  # canonical unit ("mg", "°C"), "" for a bare number
    text: str  # as written, for messages
    start: int  # where it starts in the masked text
    end: int  # where it ends
