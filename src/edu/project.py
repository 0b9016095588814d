"""The loaded project: every handout segmented, facts, references and catalogs, validated together.

Loading reads everything a command needs and reports every problem at once before anything is
written (``path:line: message`` for each), so a broken input never leaves half an output.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from babel.messages.catalog import Catalog

from . import langtag
from .catalogs import po_path, source_languages
from .config import Settings
from .content import load_documents
from .errors import ErrorList, SourceError, closest, opened, raise_all
from .factformat import SPECS, format_fact, placeholders
from .facts import FACTS_PATH, load_facts
from .media import check_images
from .model import Fact, Handout, Reference
from .poread import read_catalog
from .prose import CITATION, CITED_RANGE, cited
from .quantities import Units, fact_unit_re
from .references import load_references
from .segments import segment_document
from .topicfacts import fact_topics, nearest, whose
from .xref import check_links


@dataclass(frozen=True)
class Project:
    """Everything the pipeline reads, loaded once."""

    settings: Settings  # [tool.edu]
    handouts: tuple[Handout, ...]  # every handout, sorted by path
    facts: dict[str, Fact]  # content/facts.yaml
    references: dict[str, Reference]  # content/references.yaml
    catalogs: dict[tuple[str, str], Catalog | None]  # (lang, source lang) -> .po, None if absent
    errors: tuple[SourceError, ...] = ()  # what ``keep_going`` found (a handout that failed is left out)
    broken: dict[tuple[str, str], tuple[SourceError, ...]] = field(default_factory=dict)  # (lang, source lang)
    #   -> why its .po cannot be read, when the loader was asked to leave it out (``skip_broken_catalogs``)

    def po(self, lang: str, src: str) -> Path:
        """The .po of ``src`` into ``lang``, relative to the root (as shown in messages)."""
        return po_path(self.settings.root, lang, src).relative_to(self.settings.root)

    def template_catalog(self, lang: str) -> Catalog | None:
        """Where the template words for ``lang`` come from (from-en, since templates are English)."""
        return None if lang == "en" else self.catalogs.get((lang, "en"))

    def characters(self) -> frozenset[str]:
        """The characters its pages print, found without making them: the handouts' text, every
        translation (handouts' and page words'), the sources, the clinic, the topics' names and
        the languages' names (each page's switcher names every language in itself). The words
        Babel writes (dates, units) are those of a language its catalogs are written in."""
        settings = self.settings
        texts = [segment.text for handout in self.handouts for segment in handout.segments]
        for catalog in self.catalogs.values():
            for message in catalog or ():
                texts += message.string if isinstance(message.string, (list, tuple)) else [message.string or ""]
        texts += [f"{r.title}{r.issuer}{r.journal or ''}{r.note or ''}" for r in self.references.values()]
        texts += [settings.clinic_name, settings.organization, *(name for _lang, name in settings.clinic_names)]
        texts += [name for _lang, name in settings.organizations]
        texts += [name for _topic, names in settings.topics for _lang, name in names]
        texts += [langtag.language_name(lang, shown, start) for lang in settings.languages
                  for shown in settings.languages for start in (True, False)]  # as the pages print them
        return frozenset("".join(texts))


def _check_placeholders(handouts: list[Handout], facts: dict[str, Fact], root: Path,
                        units: Units = ()) -> list[SourceError]:
    """Every ``{fact}`` in the source text must exist, once per place it is used, and the source it
    comes from must be among the handout's ``references`` (a printed number names where it is from)."""
    errors = []
    define = ("define it in content/facts.yaml" if (root / FACTS_PATH).is_file() else
              "content/facts.yaml does not exist yet: create it and define the fact there (its format: "
              "docs/authoring.md in edu's repository)")
    users = fact_topics(handouts, facts)  # whose a fact is: its topic, else those printing it (topicfacts.py)
    for handout in handouts:
        uncited: set[str] = set()
        for segment in handout.segments:
            try:
                names = placeholders(segment.text)
            except ValueError as exc:
                errors.append(SourceError(str(exc), handout.doc.path, segment.line))
                continue
            for name, spec in names:
                if name not in facts:
                    near = nearest(name, facts, handout, users)
                    shown = f"{_printed(facts[near], handout)}{whose(near, handout, users)}" if near else ""
                    message = (f"unknown fact {{{name}}}: did you mean {{{near}}} ({shown})? check it is the same "
                               "fact: it prints that value" if near else f"unknown fact {{{name}}}: {define}")
                elif spec not in SPECS:
                    message = f"{{{name}:{spec}}}: unknown format (a percent fact takes :per10 or :per100; no other)"
                elif spec and facts[name].kind != "percent":
                    message = f"{{{name}:{spec}}}: only a percent fact takes :per10 or :per100"
                elif (facts[name].source not in handout.doc.meta.references and facts[name].source not in uncited
                      and not mistyped(handout.doc.meta.references, facts[name].source)):
                    uncited.add(facts[name].source)  # once per source: the first place that prints it
                    other = whose(name, handout, users)
                    message = (f"{{{name}}} comes from {facts[name].source!r}, which this handout's `references` "
                               "do not list: add it (at the end, so the numbers [n] already cited stay)" if not other
                               else f"{{{name}}} comes from {facts[name].source!r}, which this handout's `references` "
                               f"do not list{other}: check it is this handout's medicine's fact before you cite "
                               "that source (a fact of its own goes in content/facts.yaml)")
                else:
                    continue
                errors.append(SourceError(message, handout.doc.path, segment.line))
            errors += [SourceError(message, handout.doc.path, segment.line)
                       for message in _units_twice(segment.text, facts, units, handout.doc.lang)]
    return errors


def _printed(fact: Fact, handout: Handout) -> str:
    """What ``fact`` prints in ``handout``'s language, for a message: a name spelled like another's may
    be a clinically different number ({store_eu_room}, 72 hours, for {store_us_room}, 24 hours)."""
    shown = format_fact(fact, handout.doc.lang)
    return shown.replace("\u2060", "").replace("\u00a0", " ").replace("\u202f", " ")


def mistyped(listed: tuple[str, ...], source: str) -> bool:
    """A handout's ``references`` lists a mistyped key for ``source`` ("trial-2052" for "trial-2025"):
    the unknown key is the error to fix, not a source missing from the list."""
    return closest(source, listed) is not None


def _units_twice(text: str, facts: dict[str, Fact], units: Units, lang: str) -> list[str]:
    """A fact prints its own unit: "{dose} mg" printed "100 mg mg" (as an author turning "100 mg"
    into a fact writes it). The translation check says the same of a catalog entry (checks.py)."""
    if "{" not in text:
        return []
    problems = []
    for m in fact_unit_re(units).finditer(text):
        if m[2] and m[1] in facts and facts[m[1]].unit:
            shown = format_fact(facts[m[1]], lang).replace("\u00a0", " ").replace("\u202f", " ")
            problems.append(f'{{{m[1]}}} prints its own unit ("{shown}"): delete the "{m[2]}" after it (the page '
                            f'would say "{shown} {m[2]}")')
    return problems


def _check_citations(handouts: list[Handout]) -> list[SourceError]:
    """A citation "[n]" names the n-th source of the handout's ``references``, which the page lists
    under its text: a number past the end (a source removed, a typo) cites nothing."""
    errors = []
    for handout in handouts:
        count = len(handout.doc.meta.references)
        for segment in handout.segments:
            if "[" not in segment.text:
                continue
            for low, high in (r for m in CITATION.finditer(segment.text) for r in CITED_RANGE.findall(m[1])):
                if int(low) >= int(high):  # the page would print "[2–1]" as written
                    fix = f"[{low}]" if int(low) == int(high) else f"[{high}–{low}]"
                    errors.append(SourceError(f"[{low}–{high}]: a range of sources runs from the lower number to "
                                              f"the higher: write {fix}", handout.doc.path, segment.line))
            for number in dict.fromkeys(n for m in CITATION.finditer(segment.text) for n in cited(m)):
                if not 1 <= number <= count:
                    listed = f"lists {count} (its front matter's `references`)" if count else "lists none"
                    errors.append(SourceError(f"[{number}] cites source {number}, but the handout {listed}",
                                              handout.doc.path, segment.line))
    return errors


_LANGUAGE_HEADER_RE = re.compile(r'^"Language: *([^"\\]*)', re.MULTILINE)


def _check_language(catalog: Catalog | None, lang: str, path: Path, root: Path) -> None:
    """A catalog whose ``Language:`` header names another language was copied from that language
    and not translated yet (or saved in the wrong folder): publishing it would print, say, Spanish
    on a handout labelled Portuguese. A header without region (``pt`` for ``pt-BR``) is fine."""
    if catalog is None or catalog.locale is None:
        return
    if langtag.same_language(catalog.locale, lang):
        return
    said, tag = str(catalog.locale), langtag.cldr(lang)
    text = path.read_text(encoding="utf-8")
    found = _LANGUAGE_HEADER_RE.search(text)
    line = text.count("\n", 0, found.start()) + 1 if found else None
    raise SourceError(f"the header says Language: {said}, but this is the catalog of {lang}: a catalog copied from "
                      f"another language? Translate it into {lang} and write \"Language: {tag}\\n\" in its header",
                      path.relative_to(root), line)


def load_project(settings: Settings, read_catalogs: bool = True, keep_going: bool = False,
                 skip_broken_catalogs: bool = False) -> Project:
    """Load and cross-check every input; raise every problem found, once. ``keep_going`` (for
    `edu check`): return what loaded, the problems in ``errors``, so the catalogs are still checked.
    ``skip_broken_catalogs`` (for `edu build`): a catalog that cannot be read is left out, its
    problems in ``broken``, so that one translator's save does not stop every other language."""
    root = settings.root
    errors: list[SourceError | ErrorList] = []
    references: dict[str, Reference] | None = None  # None: references.yaml is wrong (reported)
    facts: dict[str, Fact] = {}
    try:
        references = load_references(root)
        facts = load_facts(root, references, tuple(topic for topic, _names in settings.topics))
    except (SourceError, ErrorList) as exc:
        errors.append(exc)
    handouts: list[Handout] = []
    try:
        docs = load_documents(root, settings.languages)
    except (SourceError, ErrorList) as exc:
        errors.append(exc)
        docs = []
    for doc in docs:
        try:
            handouts.append(segment_document(doc))
        except (SourceError, ErrorList) as exc:
            errors.append(exc)
        errors.extend(check_images(doc, root, settings.languages))
        for key in doc.meta.references:
            if references is not None and key not in references:  # a handout lists no source it cannot print
                line = doc.meta.lines.get("references", 1)
                near = closest(key, references)
                message = (f"unknown reference {key!r}: did you mean {near!r}?" if near else
                           f"unknown reference {key!r}: add it to content/references.yaml"
                           if (root / "content/references.yaml").is_file() else
                           f"unknown reference {key!r}: content/references.yaml does not exist; create it with an "
                           f"entry {key}: (title, issuer, year, and a url, a doi or a note; docs/authoring.md)")
                errors.append(SourceError(message, doc.path, line))
    catalogs: dict[tuple[str, str], Catalog | None] = {}
    broken: dict[tuple[str, str], tuple[SourceError, ...]] = {}
    if read_catalogs:
        for src in source_languages(handouts):
            for lang in settings.languages:
                if lang == src:
                    continue
                path = po_path(root, lang, src)
                try:
                    if not path.is_file() and (path.exists() or path.is_symlink()):  # a pipe, /dev/zero, a folder
                        raise SourceError("not a regular file: edu reads catalogs saved as text files only",
                                          path.relative_to(root), 1)
                    catalog = read_catalog(path, path.relative_to(root)) if path.is_file() else None
                    _check_language(catalog, lang, path, root)
                    catalogs[(lang, src)] = catalog
                except (SourceError, ErrorList) as exc:  # (keep_going: a catalog not read is not checked either)
                    if skip_broken_catalogs:
                        broken[(lang, src)] = tuple(opened([exc]))
                    else:
                        errors.append(exc)
    errors.extend(check_links(handouts))
    errors.extend(_check_citations(handouts))
    if facts or not errors:
        errors.extend(_check_placeholders(handouts, facts, root, settings.units))
    if not keep_going:
        raise_all(errors)
    return Project(settings, tuple(handouts), facts, references or {}, catalogs, tuple(opened(errors)), broken)
