"""Translation sign-off: the review of each handout's translation, recorded beside its clinical one.

In: the handouts, their catalogs, and the ``translations`` of each handout's record in
content/signoff.yaml (signoff.py reads and writes the file): per language, who reviewed it, when,
a digest of the entries that edition prints (``text``) and a short digest of each (``entries``).
Out: warnings for ``edu check``, ``edu report`` and ``edu build`` alike: a translation whose
entries changed since it was reviewed (unreviewed-translation, at the .po line of the first
changed entry), and, once a language has adopted translation sign-off (one record of it at
least), a complete translation of it with none (translation-unsigned). ``edu signoff -l LANG``
(trsigning.py) writes the record. Each translated edition of a build carries its last review
(``edition_review``): the page prints its date, and pages.json lists it, only while it is of the
words the edition prints.

A translator cleared ``#, fuzzy`` and the entry was published; a msgstr edited later, in any tool,
changed the patient's sheet with nothing to say that the reviewed translation was not the one
printed. What is digested is what the catalog gives that edition: each of the handout's entries
(msgctxt, msgid, msgstr and whether it is fuzzy) in the order it prints them. Not the page words
(templates/labels.html: "Print", "Last reviewed"): every handout of a language prints the same
ones, so one fixed label would un-sign every translation, and no patient's instructions are in
them. Not the facts: a fact reaches every language with no translator in the loop, and the
clinical sign-off (signoff.py) already warns of it in every edition.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from babel.messages.catalog import Catalog, Message

from .catalogs import po_path
from .config import Settings
from .findings import WARNING
from .model import Handout, Segment
from .problems import Problem
from .signdiff import digest
from .signoff import Signoff, Translation

CODE = "unreviewed-translation"
UNSIGNED = "translation-unsigned"
_BREAKABLE = re.compile("[^\\S\u00a0\u202f\u2007]+")  # what a page folds into one space (not a no-break space)


@dataclass(frozen=True)
class Entry:
    """One segment of a handout in one language's catalog."""

    segment: Segment
    message: Message | None  # None: not in the catalog yet (`edu update` adds it)
    digest: str  # short digest of its msgctxt, msgid, msgstr and fuzzy flag

    @property
    def translated(self) -> bool:
        return self.message is not None and bool(_msgstr(self.message).strip()) and not self.message.fuzzy


def entries(handout: Handout, catalog: Catalog | None) -> list[Entry]:
    """The handout's entries in ``catalog`` (of one language), in the order its edition prints them."""
    found = []
    for segment in handout.segments:
        if segment.skip:
            continue
        message = catalog.get(segment.text, segment.context) if catalog is not None else None
        text = _BREAKABLE.sub(" ", _msgstr(message)).strip() if message is not None else None
        data = [segment.context or "", segment.text, text, bool(message is not None and message.fuzzy)]
        found.append(Entry(segment, message, digest(data, 8)))
    return found


def record(handout: Handout, catalog: Catalog | None, by: str, day: dt.date) -> Translation:
    """The record of reviewing the translation in ``catalog`` of ``handout`` on ``day``."""
    found = entries(handout, catalog)
    return Translation(day, by, text_digest(found), tuple(e.digest for e in found))


def text_digest(found: Sequence[Entry]) -> str:
    return digest([e.digest for e in found], 16)


def changes(found: Sequence[Entry], last: Translation) -> tuple[list[Entry], int]:
    """(the entries new or changed since ``last``, how many more of its entries are gone); ([], 0)
    when only their order changed, or nothing."""
    signed = set(last.entries)
    changed = [e for e in found if e.digest not in signed]
    return changed, max(0, len(signed - {e.digest for e in found}) - len(changed))  # a changed one replaced one


def catalog_of(catalogs: dict[tuple[str, str], Catalog | None], handout: Handout, lang: str) -> Catalog | None:
    return catalogs.get((lang, handout.doc.lang))


def signing_languages(records: dict[str, Signoff]) -> frozenset[str]:
    """The languages with one recorded translation review at least: those that sign translations off."""
    return frozenset(lang for r in records.values() for lang in r.translations)


@dataclass(frozen=True)
class Review:
    """A translated edition's last recorded review, and whether it is of the words the edition
    prints now (``current``: no entry of it changed since)."""

    reviewed: dt.date
    by: str
    current: bool


def edition_review(handout: Handout, lang: str, catalog: Catalog | None, signed: Signoff | None) -> Review | None:
    """The last review of the ``lang`` translation of ``handout`` (None: the original, or none recorded)."""
    last = signed.translations.get(lang) if signed is not None and lang != handout.doc.lang else None
    if last is None:
        return None
    return Review(last.reviewed, last.by, text_digest(entries(handout, catalog)) == last.text)


def translation_problems(handouts: Sequence[Handout], catalogs: dict[tuple[str, str], Catalog | None],
                         settings: Settings, records: dict[str, Signoff],
                         languages: Sequence[str]) -> list[tuple[Handout, str, Problem]]:
    """The warnings of each handout's translation into each of ``languages``, with their edition."""
    signing = signing_languages(records)
    found = []
    for handout in sorted(handouts, key=lambda h: h.doc.path.as_posix()):
        for lang in languages:
            catalog = catalog_of(catalogs, handout, lang)
            if lang == handout.doc.lang or catalog is None:
                continue
            signed = records.get(handout.doc.slug)
            last = signed.translations.get(lang) if signed is not None else None
            if last is None and lang not in signing:
                continue  # a language that records no reviews: nothing to say, no entry to digest
            problem = edition_problem(handout, lang, catalog, settings, last, lang in signing)
            if problem is not None:
                found.append((handout, lang, problem))
    return found


def edition_problem(handout: Handout, lang: str, catalog: Catalog | None, settings: Settings,
                    last: Translation | None, adopted: bool) -> Problem | None:
    """The warning of one translated edition, if any."""
    found = entries(handout, catalog)
    path, po = handout.doc.path.as_posix(), po_path(settings.root, lang, handout.doc.lang)
    po_name = po.relative_to(settings.root).as_posix()
    fix = f"`edu signoff -l {lang} {path} --by NAME`"
    if last is None:
        if not adopted or not found or not all(e.translated for e in found):
            return None  # a language that records no reviews, or a translation not finished yet
        title = found[0].message
        return Problem(po_name, (title.lineno if title is not None else 0) or 0, WARNING, UNSIGNED,
                       f"the {lang} translation of {path} is complete but no reviewer has signed it off: have a "
                       f"qualified translator or bilingual reviewer read it, then run {fix}")
    if text_digest(found) == last.text:
        return None
    changed, gone = changes(found, last)
    said = []
    where: tuple[str, int] = (po_name, 0)
    if changed:
        first = changed[0]
        preview = first.segment.text if len(first.segment.text) <= 50 else first.segment.text[:47] + "..."
        more = f" and {len(changed) - 1} more {'entry' if len(changed) == 2 else 'entries'}" if changed[1:] else ""
        if first.message is not None:
            where = (po_name, first.message.lineno or 0)
            said.append(f"{preview!r} (this line){more}")
        else:
            where = (path, first.segment.line)
            said.append(f"{preview!r} (not in {po_name} yet){more}")
    if gone:
        said.append("1 entry it had is gone" if gone == 1 else f"{gone} entries it had are gone")
    what = "; ".join(said) or "the order of its entries"
    return Problem(where[0], where[1], WARNING, CODE,
                   f"the {lang} translation of {path} changed since {last.by} reviewed it on "
                   f"{last.reviewed.isoformat()}: {what}; the {lang} edition now prints words no reviewer has read: "
                   f"have them reviewed, then run {fix}")


def _msgstr(message: Message | None) -> str:
    if message is None:
        return ""
    return str(message.string[0] if isinstance(message.string, tuple) else message.string or "")


def review_words(handout: Handout, languages: Sequence[str], catalogs: dict[tuple[str, str], Catalog | None],
                 signed: Signoff | None, warned: dict[str, str]) -> tuple[tuple[str, str, str], ...]:
    """(language, words, class) of each translation's review, for the report: who reviewed it and
    when, and whether it changed since; ``warned``: language -> the code of its warning."""
    found = []
    for lang in languages:
        if lang == handout.doc.lang or catalog_of(catalogs, handout, lang) is None:
            continue
        last = signed.translations.get(lang) if signed is not None else None
        if last is None:
            found.append((lang, "no translation review recorded", "bad" if warned.get(lang) == UNSIGNED else "muted"))
        elif warned.get(lang) == CODE:
            found.append((lang, f"reviewed by {last.by} on {last.reviewed.isoformat()}; changed since: not signed off",
                          "bad"))
        else:
            found.append((lang, f"reviewed by {last.by} on {last.reviewed.isoformat()}", "ok"))
    return tuple(found)
