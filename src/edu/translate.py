"""Translate stage: Handout + catalog -> Localized (Markdown per block, facts filled in, and what was missing).

The source language needs no catalog. A segment without a usable translation is a ``Missing``
with the place to fix it; in draft mode its source text is kept, wrapped in markers that the
renderer turns into ``<span lang=… class="untranslated">``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from pathlib import Path

from babel import localedata
from babel.messages.catalog import Catalog

from . import xref
from .checks import blocking_findings
from .errors import SourceError, raise_all
from .factformat import fill_facts
from .factnumbers import check_fact_numbers
from .findings import Context, Finding, reviewed
from .model import Fact, Handout, Localized, Missing, Segment
from .prose import NOT_AUTOLINK, mask_urls, sub_outside_code
from .quantities import Units

OPEN, SEP, CLOSE = "\ue000", "\ue002", "\ue001"  # private-use characters: never in real text
MARK_RE = re.compile("\ue000[utf][^\ue002]*\ue002|\ue001")
BLOCK_SYNTAX_RE = re.compile(r"^(#|>|[-*+]\s|\d{1,9}[.)]\s|={3,}|-{3,}|\|)")  # "#Title" is a heading too
# What BREAKABLE_SPACE.sub(" ", text) changes, and only that: a run of two or more breakable spaces,
# or a lone one that is not " " (a line end, a tab). The lone spaces between words, nearly all of a
# text's, are not replaced one by one.
_LOOSE_SPACE = re.compile("[^\\S\u00a0\u202f\u2007]{2,}|[^\\S \u00a0\u202f\u2007]")
STATUS_MARK = {"untranslated": "u", "fuzzy": "f", "rejected": "f", "translated": "t"}
# (msgid, msgstr, source language, language, territory, flags, unit words) -> the errors that reject the entry
BlockingCheck = Callable[[str, str, str, str, str, frozenset[str], Units], tuple[Finding, ...]]


@dataclass(frozen=True)
class Source:
    """Where translations of one source language into one language come from."""

    catalog: Catalog | None  # None when the language is the source language
    path: Path | None  # the .po file, relative to the project root, for messages
    territory: str = "US"  # for the number formats the checks expect
    check: BlockingCheck = blocking_findings  # a build passes one that remembers entries already passed
    units: Units = ()  # the project's own unit words ([tool.edu.units])


@dataclass(frozen=True)
class Resolved:
    """One segment in one language, as a reader (or a QA check) sees it."""

    segment: Segment  # the source segment
    text: str  # the text to print: translation or source, facts filled in
    where: str  # "path:line" to report: the .po entry, or the source line
    status: str  # source | translated | fuzzy | untranslated
    raw: str = ""  # the same text with its {placeholders} (for readability and notation rules)


def resolve(handout: Handout, segment: Segment, lang: str, source: Source, facts: dict[str, Fact],
            locale: str) -> Resolved:
    """The text of one segment in ``lang``; a SourceError at the right line if a fact is wrong."""
    text, where, status = _lookup(handout, segment, lang, source)
    if status == "translated":  # a number typed for a fact must be the one it prints now (never cached)
        ctx = Context(handout.doc.lang, lang, source.territory, source.units)
        stale = check_fact_numbers(segment.text, text, facts, locale, ctx)
        if stale:
            text, status = segment.text, rejected(stale)
    if status in ("fuzzy", "untranslated") or status.startswith("rejected"):
        locale = source_locale(handout.doc.lang, locale)  # the fallback text stays in its own language
    try:
        filled = fill_facts(text, facts, locale)
    except ValueError as exc:
        path, line = where.rsplit(":", 1)
        raise SourceError(str(exc), path, int(line)) from exc
    if status == "translated":
        filled = clean_translation(filled, segment.kind == "cell")
    return Resolved(segment, filled, where, status, text)


def source_locale(src: str, locale: str) -> str:
    """The locale of the source language in the same territory (``en`` + ``es_US`` -> ``en_US``)."""
    territory = locale.partition("_")[2]
    candidate = f"{src}_{territory}" if territory else src
    return candidate if territory and localedata.exists(candidate) else src


def resolve_all(handout: Handout, lang: str, source: Source, facts: dict[str, Fact], locale: str) -> list[Resolved]:
    """Every segment of a handout in ``lang``, in document order (for QA and readability)."""
    out, errors = [], []
    for block in (None, *handout.blocks):
        segments = (handout.title, handout.summary) if block is None else block.segments
        for segment in segments:
            try:
                out.append(resolve(handout, segment, lang, source, facts, locale))
            except SourceError as exc:
                errors.append(exc)
    raise_all(errors)
    return out


def localize(handout: Handout, lang: str, source: Source, facts: dict[str, Fact], locale: str,
             draft: bool = False, preview: bool = False) -> Localized:
    """The handout in ``lang``; every fact or catalog problem is reported at once.

    ``draft`` marks each missing segment (kept in the source language) for the renderer;
    ``preview`` also marks translated ones, so a translator sees every segment's status."""
    missing: list[Missing] = []
    errors: list[SourceError] = []

    def text_of(segment: Segment) -> str:
        try:
            found = resolve(handout, segment, lang, source, facts, locale)
        except SourceError as exc:
            errors.append(exc)
            return segment.text
        unusable = found.status not in ("source", "translated")
        if unusable:
            missing.append(Missing(segment, found.status, found.where))
        text = found.text  # the title is text wherever it is printed (templates escape it): "<" stays
        if "<" in text and segment.kind != "title":  # the rest is Markdown: raw HTML is never markup
            text = sub_outside_code(NOT_AUTOLINK, "&lt;", text)  # (Python-Markdown escapes code itself)
        if segment.kind == "heading" and text.endswith("#"):  # "Room B#": Python-Markdown drops it, CommonMark not
            text = text[:-1] + "\\#"
        marked = (draft and unusable) or (preview and found.status != "source")
        if not marked or segment.kind == "alt":  # no markup inside an attribute
            return text
        return OPEN + STATUS_MARK[found.status.split(":")[0]] + found.where + SEP + text + CLOSE

    title = _plain(text_of(handout.title))
    summary = _plain(text_of(handout.summary))
    parts = tuple(tuple(text_of(p) if isinstance(p, Segment) else p for p in block.parts) for block in handout.blocks)
    raise_all(errors)
    return Localized(handout, lang, title, summary, tuple("".join(p) for p in parts), tuple(missing), parts)


def _lookup(handout: Handout, segment: Segment, lang: str, source: Source) -> tuple[str, str, str]:
    """(text to use, "path:line" to report, status): source, translated, fuzzy, untranslated, or
    "rejected: why" for a translation that fails a blocking check."""
    at_source = f"{handout.doc.path.as_posix()}:{segment.line}"
    if lang == handout.doc.lang or segment.skip:
        return segment.text, at_source, "source"
    message = source.catalog.get(segment.text, segment.context) if source.catalog is not None else None
    if message is None:  # not extracted yet: `edu update` adds it
        return segment.text, at_source, "untranslated"
    at_po = f"{source.path.as_posix() if source.path else '?'}:{message.lineno or 1}"
    if not message.string or not str(message.string).strip():
        return segment.text, at_po, "untranslated"
    if message.fuzzy:
        return segment.text, at_po, "fuzzy"
    errors = source.check(segment.text, str(message.string), handout.doc.lang, lang, source.territory,
                          reviewed(message, segment.text), source.units)
    if errors:  # a translation that changes a dose, a link or the markup is never printed
        return segment.text, at_po, rejected(errors)
    return str(message.string), at_po, "translated"


def rejected(errors: Sequence[Finding]) -> str:
    """The status of a translation the blocking checks reject: the first reason, and the others' codes."""
    codes = list(dict.fromkeys(e.code for e in errors[1:] if e.code != errors[0].code))
    more = f" (also: {', '.join(codes)}; `edu check` says each)" if codes else ""
    return f"rejected: {errors[0].message} [{errors[0].code}]{more}"


def clean_translation(text: str, in_cell: bool) -> str:
    """Keep a translation inside its segment: one line, no block syntax it did not come with."""
    text = _LOOSE_SPACE.sub(" ", text.replace(OPEN, "").replace(CLOSE, "").replace(SEP, "")).strip()
    numbered = re.match(r"^(\d{1,9})([.)])(\s)", text)
    if numbered:  # "1. Intro" would become a list; "1\. Intro" prints as written
        text = f"{numbered.group(1)}\\{numbered.group(2)}{text[numbered.end(2):]}"
    elif BLOCK_SYNTAX_RE.match(text):
        text = "\\" + text
    if in_cell:
        text = re.sub(r"(?<!\\)\|", r"\\|", text)
    return text


def _plain(text: str) -> str:
    return MARK_RE.sub("", text)


def missing_lines(missing: Sequence[Missing], lang: str, whose: str = "handout", keep: int = 3) -> list[str]:
    """``missing_message`` of each, except that entries with no translation past the first ``keep``
    are one line: a language just started has hundreds, and they would bury a rejected dose.
    ``whose``: "handout", or "page words" (templates/labels.html: on every page of the language).
    An entry the handout says twice (its title and first heading) is one line."""
    missing = list({(m.where, m.status): m for m in missing}.values())
    plain = [m for m in missing if m.status == "untranslated" and not m.where.startswith("content/")]
    if len(plain) <= keep + 1:
        return [missing_message(m, lang) for m in missing]
    folded = {id(m) for m in plain[keep:]}
    lines = [missing_message(m, lang) for m in missing if id(m) not in folded]
    rest = len(plain) - keep - 1
    lines.append(f"{plain[keep].where}: [{lang}] " + (
        f"this entry and {rest} more of this handout have no translation (`edu stats` counts them per handout)"
        if whose == "handout" else f"this page word and {rest} more have no translation; they are on every page "
        "of the language (`edu stats`: the templates row)"))
    return lines


def missing_message(item: Missing, lang: str) -> str:
    """One line naming the place to fix: ``locale/es/…po:LINE: fuzzy translation of “…”``."""
    preview = item.segment.text if len(item.segment.text) <= 60 else item.segment.text[:57] + "..."
    if item.status == "fuzzy":
        what = "fuzzy translation (review it, then remove the fuzzy flag)"
    elif item.status.startswith("rejected"):
        what = "translation " + item.status
    elif item.where.startswith("content/"):
        what = "not in the catalog yet (run `edu update`, then translate it)"
    else:
        what = "no translation"
    return f"{item.where}: [{lang}] {what}: {preview!r}"


def renamed_links(handout: Handout, missing: Sequence[Missing], source: Source, paths: AbstractSet[str]) -> str:
    """Why an edition is withdrawn, said plainly, when entries are held back because a handout
    they link to was renamed (``git mv``) and their translation still links to the old file: the
    entry is fuzzy (the source's address changed, nothing else) or rejected (the link check). ""
    when that is not why. ``paths``: the handouts' files (``content/en/x.md``)."""
    renamed: dict[str, str] = {}
    places: dict[str, bool] = {}  # "path:line" of each such entry -> fuzzy
    for item in missing:
        if item.status == "untranslated" or ".md" not in item.segment.text or source.catalog is None:
            continue
        message = source.catalog.get(item.segment.text, item.segment.context)
        if message is None or not isinstance(message.string, str):
            continue
        pairs = xref.relinked(handout, message.string, item.segment.text, paths)
        previous = message.previous_id[0] if message.previous_id else ""
        if pairs and (not message.fuzzy or mask_urls(previous) == mask_urls(item.segment.text)):
            renamed.update(pairs)
            places[item.where] = message.fuzzy
    if not renamed:
        return ""
    if len(renamed) == 1:
        old, new = next(iter(renamed.items()))
        what = f"its translation still links to {old}, which was renamed {new}: change that link to {new}"
    else:
        moves = ", ".join(f"{old} is now {new}" for old, new in renamed.items())
        what = f"its translation still links to handouts by their old names ({moves}): change those links"
    fuzzy = sum(places.values())
    flags = f", then remove the fuzzy flag{'s' * (fuzzy > 1)}" if fuzzy else ""
    rest = "; other entries too: see above" if {m.where for m in missing} - set(places) else ""
    return f"{what} at {', '.join(places)}{flags}{rest}"
