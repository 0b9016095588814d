"""The catalog commands as library calls: extract, update, init, compile, stats.

Each returns what it did; only the CLI prints. They share one way of building the .pot of each
source language from the content and the templates, so ``update --check`` always compares the
.po files with the content as it is now.
"""

from __future__ import annotations

import io
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo

from . import langtag
from .atomic import atomic_write
from .catalogfile import line_ends, render_catalog, same_but_stamps, settle_date, with_old_header
from .catalogs import (
    build_template,
    extract_templates,
    messages_of,
    misnamed_advice,
    misnamed_folder,
    po_path,
    pot_path,
    source_languages,
)
from .catalogstats import Counts, counts, handout_of
from .catalogupdate import init_catalog, merge_catalog, plural_forms_in, reused
from .config import Settings
from .errors import SourceError, UsageError
from .findings import plural
from .pagewords import fill, known
from .poread import read_catalog, starts_with_bom
from .project import Project, load_project


def templates(settings: Settings, project: Project | None = None, settle: bool = False) -> dict[str, Catalog]:
    """The .pot of each source language, built from the content and templates as they are now
    (from ``project`` when the caller has already loaded it). ``settle``: keep the date of the
    .pot on disk when nothing else changed, for a new .po (``extract`` settles with the text it
    compares; stats and checks need no date)."""
    project = project or load_project(settings, read_catalogs=False)
    strings = extract_templates(settings.templates_dir, settings.root)
    out = {}
    for src in source_languages(project.handouts):
        template = build_template(src, project.handouts, strings, settings.epoch())
        if settle:
            settle_date(template, pot_path(settings.root, src), render_catalog(template, settings.width))
        out[src] = template
    return out


def _rel(settings: Settings, path: Path) -> Path:
    return path.relative_to(settings.root)


def extract(settings: Settings, check: bool = False, built: dict[str, Catalog] | None = None) -> list[Path]:
    """Write locale/from-<src>.pot; returns the files that changed (or would, with ``check``)."""
    changed = []
    for src, template in (built or templates(settings)).items():
        path = pot_path(settings.root, src)
        text = render_catalog(template, settings.width)  # once: it is compared and written
        if settle_date(template, path, text):  # unchanged; the .po files keep their date too
            continue
        changed.append(_rel(settings, path))
        if not check:
            atomic_write(path, text.encode("utf-8"))
    return changed


def update(settings: Settings, languages: tuple[str, ...] = (), check: bool = False,
           drop_obsolete: bool = False, notes: list[str] | None = None) -> list[Path]:
    """Merge the fresh .pot into every .po (creating missing ones); returns what changed.
    ``drop_obsolete``: delete the ``#~`` entries too, every other entry written as merged (its flags,
    ``edu-ok`` exceptions and comments kept, which GNU msgattrib --no-obsolete drops). ``notes``
    gets a ``path:line: warning: ...`` line for each translation a handout of another topic now
    prints (catalogupdate.reused), once, as the merge gives it."""
    project = load_project(settings, read_catalogs=False)
    topics = {h.doc.path.as_posix(): h.doc.meta.topic for h in project.handouts}
    built = templates(settings, project)
    changed = extract(settings, check, built)  # settles the dates of ``built`` before the merges
    for src, template in built.items():
        for lang in languages or settings.languages:
            if lang == src:
                continue
            path = po_path(settings.root, lang, src)
            old, ends, marked = None, "\n", False
            if path.is_file():
                current = read_catalog(path, _rel(settings, path), merging=True)  # a located error if unreadable
                # as read (in NFC): a file typed with combining marks is rewritten, in NFC, only with a change
                old = unicodedata.normalize("NFC", path.read_text(encoding="utf-8-sig"))  # (its line ends read as \n)
                marked = starts_with_bom(path)  # rewritten without it, which msgfmt rejects (poread.BOM)
                ends = line_ends(path.read_bytes())  # a file saved with Windows line ends keeps them
                if notes is not None and not check:
                    notes += [f"{where}:{line}: warning: [{lang}] {what}" for where, line, what in
                              reused(current, template, topics)]
                catalog = merge_catalog(current, template)
                if drop_obsolete:
                    catalog.obsolete.clear()
                text = with_old_header(old, render_catalog(catalog, settings.width))
            else:  # a language added to pyproject.toml: as `edu init` would start it
                other = misnamed_folder(settings.locale_dir, lang, settings.languages)
                if other is not None:  # its translations are there: an empty catalog beside them loses them
                    raise SourceError(misnamed_advice(other, lang), _rel(settings, other))
                text = render_catalog(_new_catalog(lang, src, template, path), settings.width)
            if old is None or marked or not same_but_stamps(old, text):  # the date or generator alone: left as it is
                changed.append(_rel(settings, path))
                if not check:
                    atomic_write(path, text.replace("\n", ends).encode("utf-8"))
    return changed


def init(settings: Settings, lang: str, example: bool = False) -> list[Path]:
    """Create the catalogs of a new language; refuses to overwrite existing ones. They start with
    the page words edu ships in ``lang`` (and, for ``edu new``, its ``example`` handout's words)."""
    if problem := langtag.problem(lang):
        raise UsageError(problem)
    created = []
    for src, template in templates(settings, settle=True).items():
        if src == lang:
            continue
        path = po_path(settings.root, lang, src)
        if path.exists():
            raise SourceError("already exists; use `edu update` to refresh it", _rel(settings, path))
        atomic_write(path, render_catalog(_new_catalog(lang, src, template, path, example), settings.width).encode())
        created.append(_rel(settings, path))
    return created


def _new_catalog(lang: str, src: str, template: Catalog, path: Path, example: bool = False) -> Catalog:
    """A new catalog of ``template`` in ``lang``, with the translations edu ships (pagewords.py)."""
    translations, plural_forms = known(lang, src, example)
    catalog = init_catalog(lang, template, plural_forms_in(path.parent) or plural_forms)
    fill(catalog, translations)
    return catalog


def compile_catalogs(settings: Settings) -> list[Path]:
    """Write a .mo next to every .po (fuzzy entries left out), for other gettext tools."""
    written = []
    for path in sorted(settings.locale_dir.glob("*/LC_MESSAGES/*.po")):
        catalog = read_catalog(path, _rel(settings, path))
        target = path.with_suffix(".mo")
        data = io.BytesIO()
        write_mo(data, catalog, use_fuzzy=False)
        atomic_write(target, data.getvalue())
        written.append(_rel(settings, target))
    return written


@dataclass(frozen=True)
class StatsRow:
    """Coverage of one handout (or the template words) in one language."""

    lang: str  # the language translated into
    source: str  # the source language
    handout: str  # slug, or "templates"
    counts: Counts  # translated, fuzzy, untranslated
    path: str  # the .po file


@dataclass(frozen=True)
class Stats:
    """Coverage per handout, and per catalog file (each message counted once)."""

    rows: list[StatsRow]  # one per (language, handout)
    files: list[StatsRow]  # one per .po file, handout "*"


def stats(settings: Settings) -> Stats:
    """Per language and handout: translated, fuzzy, untranslated; a missing entry counts as untranslated."""
    project = load_project(settings)
    rows, files = [], []
    for src, template in templates(settings, project).items():
        for lang in settings.languages:
            if lang == src:
                continue
            path = po_path(settings.root, lang, src).relative_to(settings.root).as_posix()
            catalog = project.catalogs.get((lang, src))
            groups = _by_handout(template, catalog)
            rows += [StatsRow(lang, src, name, counts(messages), path) for name, messages in groups.items()]
            every = {id(m): m for messages in groups.values() for m in messages}
            files.append(StatsRow(lang, src, "*", counts(every.values()), path))
    # as `edu check` lists them: by language, then handout (the page words, in no handout, last)
    rows.sort(key=lambda r: (settings.languages.index(r.lang), r.handout == "templates", r.handout))
    return Stats(rows, files)


def _by_handout(template: Catalog, catalog: Catalog | None) -> dict[str, list]:  # type: ignore[type-arg]
    """The catalog's entry for each template message, grouped by the handouts that use it."""
    groups: dict[str, list] = {}  # type: ignore[type-arg]
    for message in messages_of(template):
        entry = catalog.get(message.id, message.context) if catalog is not None else None
        entry = entry if entry is not None else message  # not merged yet: untranslated
        for name in dict.fromkeys(handout_of(loc) for loc in message.locations):
            groups.setdefault(name, []).append(entry)
    return groups


def msgfmt_line(total: Counts) -> str:
    """The line GNU ``msgfmt --statistics`` prints, so scripts that parse it keep working."""
    return ", ".join([plural(total.translated, "translated message", "translated messages"),
                      plural(total.fuzzy, "fuzzy translation", "fuzzy translations"),
                      plural(total.untranslated, "untranslated message", "untranslated messages")]) + "."
