"""Page stage: an edition as the pages need it, and the other formats it links to.

In: a Localized handout with the languages it has pages in and the files the build folder holds.
Out: the Edition record the page templates are made from, the file of each side-by-side edition
(``side_by_side_target``: outputs.py plans it, handoutpages.py links it) and an edition's links to its
PDF, large-print PDF and side-by-side editions (``format_links``, on its web page and the index).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .langtag import in_parentheses, language_name
from .model import Localized

if TYPE_CHECKING:
    from .trsignoff import Review


@dataclass(frozen=True)
class Edition:
    """A localized handout and where its siblings are, as the page templates need them."""

    localized: Localized  # the text
    draft: bool  # rendered with missing parts highlighted
    languages: tuple[str, ...]  # languages in which this handout has a page (for the switcher)
    configured: tuple[str, ...]  # every language of the project, in order (names side-by-side editions)
    published: frozenset[tuple[str, str]] = frozenset()  # (slug, lang) of every page, for links between handouts
    review: Review | None = None  # a translation's last recorded review (None: the original, or none recorded)
    clinical: Review | None = None  # the handout's last clinical sign-off (None: none recorded; signoff.py)

    @property
    def translation_reviewed(self) -> dt.date | None:
        """The day its translation was reviewed, if that review is of the words it prints now: the
        page prints it ("Translation reviewed December 1, 2026"); a translation changed since does not."""
        return self.review.reviewed if self.review is not None and self.review.current else None

    @property
    def unreviewed_change(self) -> bool:
        """Its text or a fact it prints changed since its clinical sign-off: every page of it says so
        beside its version line and in its running footer (a printed copy looked like the reviewed one)."""
        return self.clinical is not None and not self.clinical.current


def side_by_side_target(slug: str, src: str, other: str, configured: tuple[str, ...], ext: str) -> str:
    """The file of the side-by-side edition of the source and ``other``: ``bilingual/<slug>.<ext>``
    for the first other language configured (the path DESIGN.md gives), and
    ``bilingual/<slug>.<other>.<ext>`` for each further one (a slug has no dot: no clash)."""
    first = next((x for x in configured if x != src), other)
    return f"bilingual/{slug}.{ext}" if other == first else f"bilingual/{slug}.{other}.{ext}"


# What the web pages call each other format of an edition they link to (printed as L[format.label]).
FORMAT_LABELS = {"pdf": "pdf", "large": "large_print",
                 "original": "side_by_side", "translation": "side_by_side_translation"}


def format_links(edition: Edition, prefix: str, outputs: set[str]) -> tuple[dict[str, str], ...]:
    """Links to the edition's PDF, large-print PDF and side-by-side editions, those of them the
    folder holds (``outputs``), from a page ``prefix`` away from the build folder. ``download`` is
    the name a browser saves a PDF under: the folder says the language and a download drops it, so
    the English, Spanish and side-by-side sheets all saved as "anakinra-risks.pdf", then
    "anakinra-risks (1).pdf"; now "anakinra-risks.es.pdf", "anakinra-risks.es.large-print.pdf",
    "anakinra-risks.en-es.pdf" ("" for a web page)."""
    slug, lang = edition.localized.handout.doc.slug, edition.localized.lang
    links = [(f"{lang}/{slug}.pdf", FORMAT_LABELS["pdf"], "", f"{slug}.{lang}.pdf"),
             (f"{lang}/{slug}-large.pdf", FORMAT_LABELS["large"], "", f"{slug}.{lang}.large-print.pdf"),
             *_side_by_side(edition, slug, outputs)]
    return tuple({"href": prefix + target, "label": label, "language": language, "download": download}
                 for target, label, language, download in links if target in outputs)


def _side_by_side(edition: Edition, slug: str, outputs: set[str]) -> list[tuple[str, str, str, str]]:
    """(target, label, language, saved name) of the side-by-side editions: the original links one for each
    translation (named by its language when there are several), a translation the one with the
    original. Each is its PDF, or else its web page."""
    src, lang = edition.localized.handout.doc.lang, edition.localized.lang
    found = []
    for other in ([x for x in edition.languages if x != src] if lang == src else [lang]):
        stems = [side_by_side_target(slug, src, other, edition.configured, ext) for ext in ("pdf", "html")]
        target = next((stem for stem in stems if stem in outputs), "")
        if target:
            found.append((target, FORMAT_LABELS["translation" if lang == src else "original"], other))
    return [(target, label, in_parentheses(language_name(other, lang)) if len(found) > 1 else "",
             f"{slug}.{src}-{other}.pdf" if target.endswith(".pdf") else "")
            for target, label, other in found]


def edition_ref(loc: Localized, translation_reviewed: dt.date | None = None, unreviewed_change: bool = False) -> str:
    """The code every printed page of an edition carries after its version ("Version 1 · 3f9a2c1d"),
    and build/pages.json lists: the first 8 hex digits of a digest of the words it prints (its
    language, title, summary and text with the facts filled in, its version and review date, and
    the date its translation was reviewed, when it prints one: Edition.translation_reviewed, and
    whether it says it changed since its clinical review: Edition.unreviewed_change). A
    patient's sheet from three months ago said "Version 1 · Last reviewed November 20, 2026" like
    the six other texts printed under that line since; two sheets that say different things never
    carry the same code, so the code on paper finds the build (and the commit) that made it."""
    meta = loc.handout.doc.meta
    printed = [loc.lang, loc.title, loc.summary, list(loc.blocks), meta.version, meta.reviewed.isoformat()]
    if translation_reviewed is not None:  # (none: the code an edition without that line always had)
        printed.append(translation_reviewed.isoformat())
    if unreviewed_change:  # (likewise)
        printed.append("unreviewed-change")
    return hashlib.sha256(json.dumps(printed, ensure_ascii=False).encode("utf-8")).hexdigest()[:8]
