"""Incremental builds, part 3b: what each edition (a handout in one language) is made from, as digests.

Its source blocks and the pictures it shows, the catalog entries of its own segments, the facts
it uses and the references it cites, read before it is localized (``edition_inputs``), and its
localized text once it is (``EditionInputs.with_text``): the inputs of each of its outputs
(outputs.py), and what decides whether the last build's localized edition can be taken
(localized.py). Digests shared by every edition are computed once per build (``ProjectDigests``).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from .checked import entry_key
from .factformat import placeholders
from .findings import reviewed
from .fingerprint import digest, file_sha256, repr_digest
from .media import images
from .model import Handout, Localized
from .project import Project


@dataclass(frozen=True)
class EditionInputs:
    """What one edition (a handout in one language) is made from."""

    source: str  # digest of the handout (front matter, segments and blocks) and of the pictures it shows
    entries: dict[str, str]  # msgid (msgctxt\x04msgid) -> checked.entry_key of it ("": not in the catalog)
    facts: dict[str, str]  # fact id -> digest of its definition
    references: str  # digest of the references the handout cites
    text: str = ""  # digest of the localized text, including what is missing and where (``with_text``)

    def groups(self, prefix: str = "") -> dict[str, str]:
        return {f"{prefix}source": self.source, f"{prefix}entries": digest(self.entries),
                f"{prefix}facts": digest(self.facts), f"{prefix}references": self.references,
                f"{prefix}text": self.text}

    def localizing(self, lang: str) -> str:
        """A digest of everything the edition's localized text follows from, given the code and the
        settings: its source, its catalog entries, the facts it uses and its language."""
        return repr_digest((lang, self.source, tuple(self.entries.items()), tuple(sorted(self.facts.items()))))

    def with_text(self, loc: Localized) -> EditionInputs:
        missing = [(m.segment.text, m.status, m.where) for m in loc.missing]
        return dataclasses.replace(self, text=digest([loc.title, loc.summary, list(loc.blocks), missing]))


@dataclass(frozen=True)
class ProjectDigests:
    """Digests shared by every edition, computed once per build."""

    facts: dict[str, str]  # fact id -> digest of its definition in facts.yaml
    references: dict[str, str]  # reference key -> digest of its entry in references.yaml
    sources: dict[str, str]  # handout path -> digest of its front matter, segments and blocks

    @classmethod
    def of(cls, project: Project) -> ProjectDigests:
        def fields(record: object) -> str:  # the record as written, without its line in the file or a fact's
            return digest({k: v for k, v in vars(record).items() if k not in ("line", "topic")})  # topic (unprinted)

        sources = {h.doc.path.as_posix(): digest([h.doc.path.as_posix(), repr(h.doc.meta), h.doc.meta.lines,
                                                  h.doc.body, h.doc.body_line])
                   for h in project.handouts}
        return cls({k: fields(v) for k, v in project.facts.items()},
                   {k: fields(v) for k, v in project.references.items()}, sources)


def edition_inputs(project: Project, handout: Handout, lang: str, shared: ProjectDigests) -> EditionInputs:
    """What the edition of ``handout`` in ``lang`` is made from, read before it is localized
    (``with_text`` adds the localized text)."""
    doc = handout.doc
    catalog = project.catalogs.get((lang, doc.lang)) if lang != doc.lang else None
    entries: dict[str, str] = {}
    texts: list[str] = []
    for segment in handout.segments:
        texts.append(segment.text)
        if catalog is None or segment.skip:
            continue
        message = catalog.get(segment.text, segment.context)
        key = segment.text if segment.context is None else f"{segment.context}\x04{segment.text}"
        if message is None:
            entries[key] = ""
            continue
        strings = _strings(message.string)
        texts.extend(strings)
        entries[key] = entry_key(segment.text, strings, reviewed(message, segment.text),
                                 doc.lang, lang, project.settings.territory)
    content = project.settings.content_dir
    shown = [(rel, file_sha256(content / rel).hex()) for rel in images([handout], (lang,), content)]
    return EditionInputs(
        source=digest([shared.sources[doc.path.as_posix()], shown]),  # its pictures: of its language (x.es.png)
        entries=entries,
        facts=_facts_used(texts, shared.facts),
        references=digest([shared.references.get(key) for key in doc.meta.references]),
    )


def _strings(string: str | tuple[str, ...] | list[str] | None) -> tuple[str, ...]:
    """An entry's msgstr, or each of its plural forms."""
    return (string or "",) if string is None or isinstance(string, str) else tuple(string)


def _facts_used(texts: list[str], facts: dict[str, str]) -> dict[str, str]:
    """Fact id -> digest of its definition (the printed value follows from it and the locale,
    which the settings digest covers)."""
    used: dict[str, str] = {}
    for text in texts:
        if "{" not in text:
            continue
        try:
            names = placeholders(text)
        except ValueError:  # a stray brace: the text is printed as is
            continue
        used.update((name, facts[name]) for name, _spec in names if name in facts)
    return used
