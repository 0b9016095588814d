"""The plan of one build (pipeline.make_outputs): every file it makes, and every recorded file it removes.

    scope     what the build covers (languages, formats), the page makers it renders with, and
              whether the web pages the folder holds are kept as they are (a build without them)
    outdated  the files of other formats or languages whose words changed: removed, linked by none
    outputs   the handouts' files, the pages the folder holds, assets, media, withdrawn and moved
              pages, linking what the folder will hold; then the index pages and the site files
    stale     what the folder holds that this build neither makes nor may keep

Nothing is rendered or written here (outputs.py: each output carries the function that renders it).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from .build import FORMATS, BuildOptions
from .editioninputs import EditionInputs
from .editions import Edition
from .fingerprint import Environment, digest
from .folder import BuildFolder
from .moved import moved_slugs, plan_moved, plan_redirects, unknown_addresses, unnamed_removals
from .outputs import (
    EditionKey,
    OncePageMaker,
    Output,
    link_formats,
    made_by,
    plan_assets,
    plan_handouts,
    plan_indexes,
    plan_media,
    plan_site_files,
    plan_withdrawn,
    web_page,
)
from .printtemplates import printed_digests
from .project import Project
from .templating import StoredBytecode


@dataclass(frozen=True)
class Scope:
    """What one build covers. ``every``: the editions of every configured language; ``web_every``:
    those its web pages link and list (the published ones, when it keeps published pages as they are)."""

    project: Project
    options: BuildOptions
    folder: BuildFolder
    inputs: dict[EditionKey, EditionInputs]
    env: Environment  # with the web fonts and the stylesheet, when the build's pages load them
    maker: OncePageMaker  # renders this build's pages
    web_maker: OncePageMaker  # renders the web pages it keeps: ``maker``, or that of the published editions
    holds_pages: bool  # a build without web pages keeps those the folder holds in step with its files
    kept_as_published: bool  # those pages are published ones, and stay so (`--draft --format pdf`)
    every: dict[EditionKey, Edition]
    web_every: dict[EditionKey, Edition]

    @property
    def languages(self) -> tuple[str, ...]:
        return self.options.languages_of(self.project.settings)


@dataclass(frozen=True)
class Plan:
    """Every file of one build, in the order they are written, and what it removes."""

    outputs: list[Output]
    stale: list[str]  # recorded files to remove
    editions: dict[EditionKey, Edition]  # those this build's files link (``navigable``)
    web_editions: dict[EditionKey, Edition]  # those its web pages link
    notices: set[str]  # the pages saying an edition is being updated: linked by no index
    existing: set[str]  # what the web pages may link to
    listed: tuple[str, ...]  # the languages whose index pages list the handouts
    noticed: set[str]  # the languages with a page saying a handout is being updated
    indexes: set[str]  # the index pages this build writes


def build_scope(project: Project, editions: dict[EditionKey, Edition], inputs: dict[EditionKey, EditionInputs],
                env: Environment, options: BuildOptions, folder: BuildFolder,
                compiled: StoredBytecode | None) -> Scope:
    """The page makers of a build and what its web pages are of."""
    maker = page_maker(project, editions, options.draft, compiled)
    # a build without web pages keeps those the folder holds in step with its files (``held_pages``)
    holds_pages = "html" not in options.formats and any(r.format in ("html", "index")
                                                         for r in folder.manifest.outputs.values())
    # what the web pages it keeps are of: `--draft --format pdf` (or bilingual) makes draft PDFs, and keeps
    # published pages as a build without --draft does (it turned a published site's pages into drafts);
    # those of `edu build --draft` stay drafts
    kept_as_published = holds_pages and options.draft and not any(
        r.format in ("html", "index") and r.inputs.get("preview") == "True" for r in folder.manifest.outputs.values())
    web_maker = page_maker(project, published_only(editions), False, compiled) if kept_as_published else maker
    if {"html", "bilingual"} & set(options.formats) or holds_pages:  # what web pages load: they are made again
        env = dataclasses.replace(env, web_fonts=digest([font.name for font in web_maker.web_fonts]),  # when it
                                  stylesheet=web_maker.stylesheet[0],  # changes
                                  favicon=web_maker.favicon[0] if web_maker.favicon else "")
    folder.root = project.settings.root
    # what each page and PDF is made from: the files its last render read (a hidden one too,
    # ``{% include ".clinic.html" %}``), as they are now; every file of templates/ for one never made
    env = dataclasses.replace(env, printed=printed_digests(folder.root, folder.manifest.outputs))
    web_every = published_only(editions) if kept_as_published else editions  # what the web pages link and list
    return Scope(project, options, folder, inputs, env, maker, web_maker, holds_pages, kept_as_published, editions,
                 web_every)


def plan_outputs(scope: Scope) -> Plan:
    """Every output of the languages asked for, and the recorded files to remove."""
    project, options, folder, env = scope.project, scope.options, scope.folder, scope.env
    settings, languages = project.settings, scope.languages
    outdated = outdated_elsewhere(scope)
    recorded = {target: record.format for target, record in folder.manifest.outputs.items() if target not in outdated}
    linkable = {target for target, kind in recorded.items() if kind != "withdrawn"}
    editions = navigable(scope.every, languages, settings.languages, linkable)
    web_editions = (navigable(scope.web_every, languages, settings.languages, linkable) if scope.kept_as_published
                    else editions)
    outputs = handout_outputs(scope, editions, web_editions, recorded)
    if {"html", "bilingual"} & set(options.formats):  # a renamed handout's old addresses (moved_from) lead on
        moves = [web_page(o, env) for o in plan_moved(project, web_editions, {o.target for o in outputs}, languages,
                                                      options.formats, scope.web_maker, env)]  # published pages:
        # those of a build without --draft
        folder.report.warnings += unknown_addresses(project, moves, folder.manifest.outputs)
        outputs += moves
    slugs = {h.doc.slug for h in project.handouts}
    stale = folder.stale(outputs, slugs, editions.keys(), options.formats, languages, settings.languages,
                         indexes=False, moved=moved_slugs(project))
    folder.report.warnings += unnamed_removals(project, stale, folder.manifest.outputs)
    stale += [t for t in outdated if t not in stale]
    planned = {o.target: o.format for o in outputs}
    notices = {target for target, kind in {**recorded, **planned}.items() if kind == "withdrawn"}
    existing = folder.existing(outputs, stale) - notices  # what the web pages may link to
    if scope.kept_as_published:  # no draft: a published page does not link a draft edition's file
        existing -= {o.target for o in outputs if (o.slug, made_by(o.langs)) not in scope.web_every and o.slug}
    outputs = link_formats(outputs, web_editions, scope.web_maker, existing)
    listed, noticed, indexes, found = index_outputs(scope, outputs, web_editions, recorded, outdated, existing, stale)
    outputs += found
    stale += folder.stale(outputs, slugs, editions.keys(), options.formats, languages, settings.languages,
                          indexes=True, removed=stale)
    site = plan_site_files(project, web_editions, folder.existing(outputs, stale) - notices, scope.web_maker, env)
    site.append(plan_redirects(project, folder.existing(outputs, stale), env))
    stale += [target for target, kind in recorded.items() if kind == "site" and target not in {o.target for o in site}]
    outputs += site
    return Plan(outputs, stale, editions, web_editions, notices, existing, listed, noticed, indexes)


def outdated_elsewhere(scope: Scope) -> list[str]:
    """The recorded files of a format or language this build does not make whose words changed."""
    options, settings, every = scope.options, scope.project.settings, scope.every
    if set(options.formats) == set(FORMATS) and set(scope.languages) == set(settings.languages):
        return []
    # a page of another format or language whose words changed is not kept to be printed, nor
    # linked: found first, so that no page of this build links it (the words do not follow the links)
    shadows = [o for o in plan_handouts(scope.project, every, scope.inputs, scope.maker, scope.env, FORMATS,
                                        originals(every, every))
               if not (made_by(o.langs) in scope.languages and (o.format in options.formats
                                                                or (scope.holds_pages and o.format == "html")))
               and (o.pdf or (o.slug, made_by(o.langs)) in scope.web_every)]  # a draft's page: withdrawn below
    return scope.folder.outdated_elsewhere(shadows, options.formats)


def handout_outputs(scope: Scope, editions: dict[EditionKey, Edition], web_editions: dict[EditionKey, Edition],
                    recorded: dict[str, str]) -> list[Output]:
    """The handouts' files this build makes, the web pages the folder holds (a build without them),
    the assets and media the pages load, and the pages of the editions withdrawn."""
    project, options, env, languages = scope.project, scope.options, scope.env, scope.languages
    sources = originals(scope.every, editions)  # a side-by-side edition is its translation's language's to make
    outputs = [o for o in plan_handouts(project, editions, scope.inputs, scope.maker, env, options.formats, sources)
               if made_by(o.langs) in languages]
    if scope.kept_as_published:
        outputs = as_published(scope, outputs, web_editions)
    if scope.holds_pages:
        outputs += held_pages(project, web_editions, scope.inputs, scope.web_maker, env,
                              originals(scope.web_every, web_editions), languages, recorded)
    web = options.formats + (("html",) if scope.holds_pages else ())  # what the pages written load
    outputs += plan_assets(scope.web_maker, env, web, scope.folder.out)
    outputs += plan_media(project, web)
    # an edition withdrawn (its source changed, its translation is fuzzy) keeps its address: its page
    # says it is being updated (its language's index: there after this build?)
    if "html" in options.formats:
        def indexed(lang: str) -> bool:
            return True  # a language with a page saying a handout is being updated keeps its index
    else:
        def indexed(lang: str) -> bool:
            return recorded.get(f"{lang}/index.html") == "index"
    outputs += plan_withdrawn(project, web_editions, scope.web_every.keys(), recorded, languages, scope.web_maker,
                              env, indexed)
    return outputs


def as_published(scope: Scope, outputs: list[Output], web_editions: dict[EditionKey, Edition]) -> list[Output]:
    """``outputs`` with the side-by-side web pages as a build without --draft makes them, for
    `--draft --format bilingual` over a folder of published pages: it made every one a draft
    (noindex, a DRAFT title), linked from the published pages, and marked the folder DRAFT, even
    with every translation complete. As with `--draft --format pdf`, only the PDFs are drafts: a
    draft edition's side-by-side PDF, linked by no published page; its web page's address says,
    as a build without --draft does, that it is being updated (``plan_withdrawn``). The PDFs of
    complete editions, which those pages link, are as a build without --draft makes them too: they
    linked another handout's draft page (es/extra.html), which the folder does not hold."""
    formats = tuple(x for x in scope.options.formats if x in ("pdf", "bilingual"))
    published = {o.target: o for o in plan_handouts(scope.project, web_editions, scope.inputs, scope.web_maker,
                                                    scope.env, formats, originals(scope.web_every, web_editions))}
    return [published.get(o.target, o) for o in outputs
            if o.pdf or o.format != "bilingual" or o.target in published]


def index_outputs(scope: Scope, outputs: list[Output], web_editions: dict[EditionKey, Edition],
                  recorded: dict[str, str], outdated: list[str], existing: set[str],
                  stale: list[str]) -> tuple[tuple[str, ...], set[str], set[str], list[Output]]:
    """The index pages this build writes: the languages they list, those with a page saying a
    handout is being updated, their targets and their outputs."""
    options, settings = scope.options, scope.project.settings
    listed: tuple[str, ...] = ()
    noticed: set[str] = set()
    indexes: set[str] = set()  # the index pages this build writes
    if not ("html" in options.formats or scope.holds_pages):
        return listed, noticed, indexes, []
    # and the index of another language that lost a file here
    lost = {target.split("/")[0] for target in outdated}
    listed = tuple(x for x in settings.languages
                   if x in scope.languages or (x in lost and f"{x}/index.html" in existing))
    noticed = {o.langs[0] for o in outputs if o.format == "withdrawn" and o.target not in stale}
    found = plan_indexes(scope.project, web_editions, listed, scope.web_maker, scope.env, existing, noticed)
    # without web pages, only the index pages the folder holds, for their links: none is made
    indexes = {o.target for o in found if "html" in options.formats
               or (recorded.get(o.target) == "index" and o.target.endswith("index.html"))}
    return listed, noticed, indexes, [o for o in found if o.target in indexes]


def published_only(editions: dict[EditionKey, Edition]) -> dict[EditionKey, Edition]:
    """The editions a build without --draft publishes: the complete ones."""
    return {key: edition for key, edition in editions.items() if not edition.draft}


def held_pages(project: Project, editions: dict[EditionKey, Edition], inputs: dict[EditionKey, EditionInputs],
               maker: OncePageMaker, env: Environment, sources: dict[EditionKey, Edition],
               languages: tuple[str, ...], recorded: dict[str, str]) -> list[Output]:
    """The web pages of ``languages`` the folder holds (``recorded``: target -> format), for a build
    that makes no web page: `--format pdf` after an HTML build left them linking a PDF it had removed
    (its words changed, or it failed), and never linking one it made for the first time. Planned as
    an HTML build plans them: one whose links and words did not change is up to date, one whose words
    changed is written with them (it was removed), and none is made that the folder does not hold."""
    return [o for o in plan_handouts(project, editions, inputs, maker, env, ("html",), sources)
            if recorded.get(o.target) == "html" and made_by(o.langs) in languages]


def navigable(editions: dict[EditionKey, Edition], languages: tuple[str, ...], configured: tuple[str, ...],
              recorded: set[str]) -> dict[EditionKey, Edition]:
    """The editions the pages of this build link to: those of the ``languages`` it makes, and those
    of other languages whose web page the folder holds (``recorded``: the manifest's targets), so
    that ``edu build -l en`` keeps the switcher's and the home page's links to the Spanish pages."""
    kept = {key: edition for key, edition in editions.items()
            if key[1] in languages or f"{key[1]}/{key[0]}.html" in recorded}
    published = frozenset(kept)
    return {key: dataclasses.replace(edition, languages=tuple(x for x in configured if (key[0], x) in kept),
                                     published=published)
            for key, edition in kept.items()}


def originals(editions: dict[EditionKey, Edition], kept: dict[EditionKey, Edition]) -> dict[EditionKey, Edition]:
    """The original edition of each handout, for its side-by-side editions: as ``kept`` (``navigable``)
    has it, else with ``kept``'s links: `edu build -l fr` makes the English-French edition, whose
    English column links to no page the build folder does not hold."""
    published = frozenset(kept)
    return {key: kept[key] if key in kept else dataclasses.replace(edition, published=published)
            for key, edition in editions.items() if key[1] == edition.localized.handout.doc.lang}


def page_maker(project: Project, editions: dict[EditionKey, Edition], draft: bool,
               compiled: StoredBytecode | None) -> OncePageMaker:
    """What renders the pages of ``editions`` (``draft``: web pages of `edu build --draft`)."""
    settings = project.settings
    with_pages = tuple(x for x in settings.languages if any(lang == x for _slug, lang in editions))
    return OncePageMaker(settings, {lang: project.template_catalog(lang) for lang in settings.languages},
                         project.references, project.characters(), with_pages, preview=draft, compiled=compiled)
