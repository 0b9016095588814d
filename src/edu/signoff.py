"""Sign-off: the clinician's review of each handout, recorded in the repository, and what changed since.

In: the project's handouts and facts, and ``content/signoff.yaml`` (tracked in git like the
handouts): for each handout (by slug) the ``version`` and ``reviewed`` date it was signed off at,
``by`` whom, a digest of its ``text``, one short digest per sentence with its line (``sentences``:
signdiff.py says which sentences changed; ``segments``, one per segment, in a record before them)
and every fact it printed, as printed in its own language;
under ``translations``, each language's own review of its translation (trsignoff.py).
Out: warnings for ``edu check``, ``edu report`` and ``edu build`` alike (a fresh clone, CI and a
new build folder see them too): a handout whose text or facts changed since its sign-off
(unreviewed-change: its changed sentences quoted, at the first one's line), one with none
(unsigned), front matter that says another version or date than the record (signoff-mismatch), a
``reviewed:`` date that has not come yet (reviewed-future);
and for the build each handout's ``clinical_review``: every edition of one changed since its
sign-off says so under its version line and in its footer (handoutpages.py), and pages.json lists it.
``edu signoff`` (signing.py) writes the record.

A fact edited in content/facts.yaml reaches every language at the next build with no translator
in the loop (numbers are written once, by design), so a dose changed from 50 mg to 40 mg was
printed under the same "Version 1 · Last reviewed" line as the sheets already in patients'
folders. The record lived in the build folder, which git does not track: `edu check`, CI and a
fresh clone saw nothing. It is now a file of the project, and ``git log -p content/signoff.yaml``
is the audit trail: who signed what, when, with which values.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from .config import Settings
from .content import compose_yaml, mapping_items, node_value, read_source
from .errors import SourceError, raise_all
from .factformat import format_fact, placeholders
from .facts import FACTS_PATH
from .findings import WARNING
from .model import Fact, Handout
from .problems import Problem
from .signdiff import SHOWN, digest, in_words, segment_units, sentence_changes, sentence_units, shown

if TYPE_CHECKING:
    from .trsignoff import Review

CODE = "unreviewed-change"
TEXT_CHANGED = "its text changed"
SIGNOFF_PATH = "content/signoff.yaml"
CARRIED_OVER = "unrecorded (before edu signoff)"  # `by` of a review made before edu recorded reviewers
HEADER = """\
# Clinical sign-off of each handout, written by `edu signoff PATH --by NAME` (do not edit by hand).
# For each handout: the version and review date it was signed off at, by whom, a digest of its text,
# one per sentence with the line it was on (`sentences`: DIGEST@LINE) and the facts it printed. Under
# `translations`, per language, the review of its translation by `edu signoff -l LANG PATH --by
# NAME`: who, when, a digest of the catalog entries that edition prints (`text`) and one per entry
# (`entries`). `edu check`, `edu report` and `edu build` warn of a handout whose text or facts, or
# of a translation whose entries, changed since, and say which. Commit it with the change it signs
# off; `git log -p content/signoff.yaml` says who reviewed what, when, with which values.
"""


@dataclass(frozen=True)
class Translation:
    """One language's last review of a handout's translation (trsignoff.py)."""

    reviewed: dt.date
    by: str  # the translator or bilingual reviewer, as given to `edu signoff -l LANG --by`
    text: str  # digest of the handout's entries in that language's catalog, in order
    entries: tuple[str, ...] = ()  # a short digest of each entry, to say which ones changed
    line: int = 0  # of its language in content/signoff.yaml


@dataclass(frozen=True)
class Signoff:
    """One handout's last sign-off."""

    version: int
    reviewed: dt.date
    by: str  # the reviewer, as given to `edu signoff --by`
    text: str  # text_digest of the handout when signed off
    facts: dict[str, str] = field(default_factory=dict)  # fact id -> as printed (plain) when signed off
    line: int = 0  # of its slug in content/signoff.yaml
    translations: dict[str, Translation] = field(default_factory=dict)  # language -> its translation's review
    segments: tuple[str, ...] = ()  # a short digest of each segment: a record before `sentences` (signdiff.py)
    sentences: tuple[tuple[str, int], ...] = ()  # (short digest, line) of each sentence; () in a record before them


def read_signoffs(root: Path) -> dict[str, Signoff]:
    """content/signoff.yaml by slug; empty when there is none. A located error for a malformed one."""
    path = Path(SIGNOFF_PATH)
    if not (root / path).exists() and not (root / path).is_symlink():
        return {}
    node = compose_yaml(read_source(root, path), path)
    records, errors = {}, []
    for slug, value, line in mapping_items(node, path):
        try:
            items = mapping_items(value, path)
            fields = {k: (node_value(v, path, 0, k), at) for k, v, at in items if k != "translations"}
            translated = {lang: _translation(slug, lang, v, at, path)
                          for k, node, _at in items if k == "translations" for lang, v, at in mapping_items(node, path)}
            records[slug] = dataclasses.replace(_signoff(slug, fields, line, path), translations=translated)
        except SourceError as exc:
            errors.append(exc)
    raise_all(errors)
    return records


OPTIONAL = ("facts", "entries", "segments", "sentences")  # fields a record may lack (empty)


def _getter(slug: str, fields: dict[str, tuple[object, int]], line: int, path: Path) -> Any:
    def get(name: str, kind: type) -> Any:
        value, at = fields.get(name, (kind(), line) if name in OPTIONAL else (None, line))
        if not isinstance(value, kind) or isinstance(value, bool | dt.datetime):
            raise SourceError(f"{slug}: {name} is missing or not a {kind.__name__} (this file is written by "
                              "`edu signoff`: take it back from git, or sign the handout off again)", path, at)
        return value

    return get


def _signoff(slug: str, fields: dict[str, tuple[object, int]], line: int, path: Path) -> Signoff:
    get = _getter(slug, fields, line, path)
    facts = get("facts", dict)
    return Signoff(get("version", int), get("reviewed", dt.date), get("by", str), get("text", str),
                   {str(k): str(v) for k, v in facts.items()}, line, segments=tuple(get("segments", str).split()),
                   sentences=_sentences(slug, get("sentences", str), fields.get("sentences", (None, line))[1], path))


_SENTENCE = re.compile(r"([0-9a-f]{8})@([1-9][0-9]*)")  # a sentence's digest @ its line when signed


def _sentences(slug: str, value: str, line: int, path: Path) -> tuple[tuple[str, int], ...]:
    """`sentences: f3338024@2 d5cd3368@3 …` as (digest, line) pairs."""
    found = [_SENTENCE.fullmatch(item) for item in value.split()]
    if not all(found):
        raise SourceError(f"{slug}: sentences is not a list of DIGEST@LINE (this file is written by `edu signoff`: "
                          "take it back from git, or sign the handout off again)", path, line)
    return tuple((m[1], int(m[2])) for m in found if m)


class _PlainDumper(yaml.SafeDumper):
    """YAML with every value written out: PyYAML writes one date object shared by several records
    (three handouts signed off together) as an anchor and aliases (`reviewed: *id001`), which the
    audit trail (`git log -p`) showed instead of dates, and which moved when another record changed."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _translation(slug: str, lang: str, node: yaml.Node, line: int, path: Path) -> Translation:
    fields = {k: (node_value(v, path, 0, k), at) for k, v, at in mapping_items(node, path)}
    get = _getter(f"{slug}: translations: {lang}", fields, line, path)
    return Translation(get("reviewed", dt.date), get("by", str), get("text", str), tuple(get("entries", str).split()),
                       line)


def write_signoffs(root: Path, records: dict[str, Signoff]) -> None:
    """content/signoff.yaml, sorted by slug and field (a review changes only its own lines), atomically."""
    from .atomic import atomic_write

    data = {slug: {"version": r.version, "reviewed": r.reviewed, "by": r.by, "text": r.text,
                   "facts": dict(sorted(r.facts.items()))} | _segments(r) | _translations(r)
            for slug, r in sorted(records.items())}
    body = yaml.dump(data, Dumper=_PlainDumper, sort_keys=True, allow_unicode=True, default_flow_style=False,
                     width=1000)
    atomic_write(root / SIGNOFF_PATH, (HEADER + body).encode("utf-8"))


def _segments(record: Signoff) -> dict[str, str]:
    """Its `sentences:` (`segments:` in a record written before them, and neither in one before
    those: each kept as it was)."""
    if record.sentences:
        return {"sentences": " ".join(f"{d}@{line}" for d, line in record.sentences)}
    return {"segments": " ".join(record.segments)} if record.segments else {}


def _translations(record: Signoff) -> dict[str, object]:
    """Its `translations:` mapping; none at all for a handout whose translations no one signed off."""
    if not record.translations:
        return {}
    return {"translations": {lang: {"reviewed": t.reviewed, "by": t.by, "text": t.text, "entries": " ".join(t.entries)}
                             for lang, t in sorted(record.translations.items())}}


def text_digest(handout: Handout) -> str:
    """What the handout says and how it is laid out (each block's kind, each segment's kind and text,
    in order), not where its lines break: a paragraph reflowed is no change, nor what only the
    translators see (an i18n-context, an i18n-skip, a cell of citations no longer a catalog entry),
    which had every such handout "changed since it was signed off"."""
    parts: list[object] = [["title", handout.title.text], ["summary", handout.summary.text]]
    for block in handout.blocks:
        parts.append([block.kind, block.callout or "", [[s.kind, " ".join(s.text.split()), s.ordered]
                                                        for s in block.segments]])
    return digest(parts, 16)


def printed_facts(handout: Handout, facts: dict[str, Fact], settings: Settings) -> dict[str, str]:
    """Fact id -> the fact as the handout's own language prints it ("50 mg"), for each fact it uses."""
    printed: dict[str, str] = {}
    locale = settings.locale(handout.doc.lang)
    for segment in handout.segments:
        if "{" not in segment.text:
            continue
        try:
            names = placeholders(segment.text)
        except ValueError:  # a stray brace: printed as is (project.py reports it)
            continue
        for name, _spec in names:
            if name in facts and name not in printed:
                printed[name] = plain(format_fact(facts[name], locale))
    return printed


def current(handout: Handout, facts: dict[str, Fact], settings: Settings, by: str, day: dt.date,
            version: int) -> Signoff:
    """The record of signing ``handout`` off now."""
    return Signoff(version, day, by, text_digest(handout), printed_facts(handout, facts, settings),
                   sentences=tuple((u.digest, u.line) for u in sentence_units(handout)))


def changes(handout: Handout, facts: dict[str, Fact], settings: Settings, last: Signoff) -> list[str]:
    """What changed since ``last``, in words: each fact's old and new value, then its text."""
    printed = printed_facts(handout, facts, settings)
    changed = [f"{{{name}}} from {plain(last.facts[name])} to {value}"
               for name, value in printed.items() if name in last.facts and plain(last.facts[name]) != value]
    said = [f"{FACTS_PATH} changed {', '.join(changed)}"] if changed else []
    return said + [TEXT_CHANGED] * (text_digest(handout) != last.text)


Changes = dict[str, list[str]]  # handout path -> what changed since its sign-off; none for one never signed off


def read_changes(handouts: Sequence[Handout], facts: dict[str, Fact], settings: Settings,
                 records: dict[str, Signoff]) -> Changes:
    """What changed since its sign-off (``changes``) of every handout that has one, read once a
    build or check and passed to both its pages' notice (``clinical_review``) and its warnings
    (``signoff_problems``): each reading digests the handout's text and formats every fact it prints."""
    return {h.doc.path.as_posix(): changes(h, facts, settings, last)
            for h in handouts if (last := records.get(h.doc.slug)) is not None}


def clinical_review(handout: Handout, facts: dict[str, Fact], settings: Settings,
                    last: Signoff | None, changed: Changes | None = None) -> Review | None:
    """The handout's last clinical sign-off, and whether it is of the words its editions print now
    (``current``: neither its text nor a fact it prints changed since): a changed one prints a notice
    beside its version line on every page (handoutpages.py). None, and no notice, for a handout never
    signed off (`[unsigned]`, every handout of a new project): the notice tells a reviewed sheet from
    one changed after its review; with no review recorded there is none to tell it from.
    ``changed``: ``read_changes`` of the project, when it was read already."""
    from .trsignoff import Review  # (trsignoff reads this module's records)

    if last is None:
        return None
    return Review(last.reviewed, last.by, not _changes_of(handout, facts, settings, last, changed))


def _changes_of(handout: Handout, facts: dict[str, Fact], settings: Settings, last: Signoff,
                changed: Changes | None) -> list[str]:
    """``changes`` of the handout: from ``changed`` (read_changes) when given, else read now."""
    if changed is None:
        return changes(handout, facts, settings, last)
    return changed[handout.doc.path.as_posix()]


def any_unreviewed(handouts: Sequence[Handout], facts: dict[str, Fact], settings: Settings,
                   records: dict[str, Signoff], changed: Changes | None = None) -> bool:
    """Whether an edition prints the notice of a change not yet reviewed (its page word is needed)."""
    return any(review is not None and not review.current
               for review in (clinical_review(h, facts, settings, records.get(h.doc.slug), changed) for h in handouts))


def signoff_problems(handouts: Sequence[Handout], facts: dict[str, Fact], settings: Settings,
                     records: dict[str, Signoff], today: dt.date, changed: Changes | None = None) -> list[Problem]:
    """The warnings of every handout, by its path."""
    found = []
    for handout in sorted(handouts, key=lambda h: h.doc.path.as_posix()):
        found += handout_problems(handout, facts, settings, records.get(handout.doc.slug), today, changed)
    return found


def handout_problems(handout: Handout, facts: dict[str, Fact], settings: Settings, last: Signoff | None,
                     today: dt.date, changed: Changes | None = None) -> list[Problem]:
    meta, path = handout.doc.meta, handout.doc.path.as_posix()
    line = meta.lines.get("reviewed", 1)
    fix = f"`edu signoff {path} --by NAME`"
    found = []
    if meta.reviewed > today:
        found.append(Problem(path, line, WARNING, "reviewed-future",
                             f"reviewed: {meta.reviewed.isoformat()} is after today ({today.isoformat()}): every "
                             "edition prints a review that has not happened yet (a mistyped year?)"))
    if last is None:
        found.append(Problem(path, line, WARNING, "unsigned",
                             f"no clinical sign-off recorded in {SIGNOFF_PATH}: have a clinician review it, then "
                             f"run {fix}"))
        return found
    said = _changes_of(handout, facts, settings, last, changed)
    signed = f"version {last.version}, reviewed {last.reviewed.isoformat()} by {last.by}"
    if said:
        said, at, detail, quoted = sentences(handout, last, said)
        found.append(Problem(path, at or line, WARNING, CODE,
                             f"{' and '.join(said)}{_since(last)}{detail}{NOTICE}; have it reviewed, then run {fix}",
                             quoted))
    if (meta.version, meta.reviewed) != (last.version, last.reviewed):
        key = "version" if meta.version != last.version else "reviewed"
        found.append(Problem(path, meta.lines.get(key, line), WARNING, "signoff-mismatch",
                             f"the front matter says version {meta.version}, reviewed {meta.reviewed.isoformat()}, "
                             f"but {SIGNOFF_PATH} says it was signed off at {signed}: a sign-off is recorded by "
                             f"{fix}, which sets both"))
    return found


NOTICE = "every edition now prints the change under the old version line, marked as changed since that review"


def _since(last: Signoff) -> str:
    """What the warning says between what changed and the sentences."""
    return f" since it was signed off on {last.reviewed.isoformat()} (version {last.version}, by {last.by}): "


def since_words(problem: Problem, last: Signoff) -> Problem:
    """The `[unreviewed-change]` warning ``problem`` of the handout signed off as ``last`` cut to
    what changed, as the report's review table says it: "1 sentence changed: line 19 "Wash your
    hands with soap." (new or changed)", its quoted passages kept (their language marked)."""
    head, _, rest = problem.message.partition(_since(last))
    detail = rest.partition(NOTICE)[0].removesuffix("; ")
    return dataclasses.replace(problem, message=f"{head}: {detail}" if detail else head)


def sentences(handout: Handout, last: Signoff,
              said: list[str]) -> tuple[list[str], int, str, tuple[tuple[str, str], ...]]:
    """(``said`` (``changes``) with its "its text changed" made "2 sentences changed"; the line of the
    first sentence changed, 0 for none; those sentences in words, with "; " after; the passages
    quoted, in the handout's language). ``said`` as it is for a record without sentence or segment
    digests (one written before them) or a change of facts only. Read only for a handout whose text
    changed: each of its segments is cut into sentences and digested."""
    if not said or not (last.sentences or last.segments) or said[-1] != TEXT_CHANGED:
        return said, 0, "", ()
    if last.sentences:
        signed, units = last.sentences, sentence_units(handout)
    else:  # a record of one digest per segment, and no lines
        signed, units = tuple((d, 0) for d in last.segments), segment_units(handout)
    found, gone = sentence_changes(units, signed)
    head, detail = in_words(found, [signed[i][1] for i in gone])
    quoted = tuple((shown(c.text), handout.doc.lang) for c in found[:SHOWN])
    return ([*said[:-1], head or TEXT_CHANGED], (found[0].line if found else 0),
            (f"{detail}; " if detail else ""), quoted)


@lru_cache(maxsize=4096)
def plain(value: str) -> str:
    """A printed value as a reader sees it: its no-break spaces as spaces, without the invisible
    characters typesetting adds (a word joiner after a unit's slash: "mg/\u2060kg"). A new edu that
    only keeps "8 mg/kg" on one line has changed no fact a reviewer signed. Cached: every build
    asks it twice for each fact of each handout (a tenth of a second at 500 handouts)."""
    return "".join(" " if unicodedata.category(c) == "Zs" else c for c in value if unicodedata.category(c) != "Cf")
