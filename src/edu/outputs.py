"""Incremental builds, part 3: the plan. Every output of a build, what it is made from, how to make it.

Nothing is rendered here. Each output carries its input digests and a function that renders its
page, called only when the build finds the output out of date. An edition (a handout in one
language) is made from its source blocks, the catalog entries of its own segments, the facts it
uses and the references it cites (editioninputs.py); every page also from the environment
(fingerprint.py).
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from babel.messages.catalog import Catalog

from . import structured, xref
from .catalogs import messages_of
from .config import Settings
from .editioninputs import EditionInputs
from .editions import Edition, format_links, side_by_side_target
from .errors import SourceError, raise_all
from .fingerprint import Environment, digest, file_sha256
from .listing import index_sections, related_links
from .lock import keeping_for
from .media import images, web_name
from .model import Page
from .pages import PageMaker
from .printtemplates import recording
from .project import Project
from .sitefiles import pages_json, sitemap_xml
from .sitepages import NOT_FOUND_WORDS
from .templating import loaded, loading
from .webfonts import WebFont, font_file

EditionKey = tuple[str, str]  # (slug, lang)


@dataclass(frozen=True)
class Output:
    """One file of the build folder."""

    target: str  # path relative to the build folder
    format: str  # html | pdf | bilingual (the --format that makes it), index or asset
    slug: str  # the handout; "" for index pages and assets
    langs: tuple[str, ...]  # languages on the page
    source: str  # the file messages about it point at
    inputs: dict[str, str]  # what it is made from: input group -> digest
    make: Callable[[], Page] | None = field(default=None, compare=False)  # renders its page
    pdf: bool = False  # the page goes through WeasyPrint
    cell_langs: tuple[str, ...] = ()  # per-column languages of a side-by-side table (PDF tags)
    copy: Path | None = None  # assets: the file copied as is
    content: Callable[[], bytes] | None = field(default=None, compare=False)  # assets made here: their bytes
    edition: str = ""  # "<lang>/<slug>" whose catalog entries it prints (to explain a rebuild)
    max_pages: int = 0  # PDFs: the pages it may print on (0: no limit), warned about when it prints on more
    loads: set[str] = field(default_factory=set, compare=False)  # pages: the templates ``make`` loaded, once called

    @property
    def key(self) -> str:
        return digest(self.inputs)


def printed(target: str, kind: str, make: Callable[[], Page], **fields: Any) -> Output:
    """The output of a PDF, whose ``make`` keeps in its ``loads`` the templates it loaded (printtemplates.py)."""
    loads: set[str] = set()
    return Output(target, kind, make=recording(make, loads), pdf=True, loads=loads, **fields)


def web_page(output: Output, env: Environment) -> Output:
    """``output``, a web page, as made from the templates its last build's render loaded (as a PDF
    is: ``Environment.printed_from``; every file of templates/ when none is recorded), which its
    ``make`` keeps in its ``loads`` once called (folder.BuildFolder records them): an edit of the
    home page's template makes no handout's page again, and a hidden file only a web page
    includes (``{% include ".clinic.html" %}``) counts for that page."""
    return remade(dataclasses.replace(output, inputs={**output.inputs, **env.printed_from(output.target)}),
                  output.make)


def remade(output: Output, make: Callable[[], Page] | None) -> Output:
    """``output`` made by ``make``, which keeps in a ``loads`` of its own the templates it loaded."""
    loads: set[str] = set()
    return dataclasses.replace(output, make=recording(make, loads) if make is not None else None, loads=loads)


class OncePageMaker(PageMaker):
    """Converts each edition's Markdown once, however many pages show it (web, print, large
    print, side by side): the conversion is most of the cost of a page."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # id -> (the edition, its context, the templates making it loaded: said to each page's render that
        # takes it from here, templating.loaded)
        self._contexts: dict[int, tuple[Edition, dict[str, Any], frozenset[str]]] = {}

    def edition_context(self, edition: Edition) -> dict[str, Any]:
        if id(edition) not in self._contexts:  # the edition is kept alive with it, so its id stays unique
            with loading() as names:
                context = super().edition_context(edition)
            self._contexts[id(edition)] = (edition, context, frozenset(names))
        _edition, context, made_from = self._contexts[id(edition)]
        loaded(made_from)
        return dict(context)


def check_targets(project: Project) -> None:
    """No two handouts write the same file, and no handout writes over an index page."""
    slugs = {h.doc.slug: h.doc.path for h in project.handouts}
    errors = []
    for handout in project.handouts:
        slug, path = handout.doc.slug, handout.doc.path
        if slug == "index":
            errors.append(SourceError("the slug 'index' is the name of the index pages; rename the file", path))
        base = slug.removesuffix("-large")
        if base != slug and base in slugs:
            errors.append(SourceError(f"{slug}.pdf is also the name of the large-print edition of {slugs[base]}; "
                                      "rename the file", path))
    raise_all(errors)


PATIENT_PAGES = 2  # DESIGN.md §6: a patient handout prints on at most 2 pages (the large-print edition may take more)


def made_by(langs: tuple[str, ...]) -> str:
    """The language whose build makes a file showing ``langs``: its own, and for a side-by-side
    edition its translation's (a build of French makes the English-French one: the original is
    at hand in every build); "" for the home page and assets, which every build looks after."""
    return langs[-1] if langs else ""


def plan_handouts(project: Project, editions: dict[EditionKey, Edition], inputs: dict[EditionKey, EditionInputs],
                  maker: PageMaker, env: Environment, formats: tuple[str, ...],
                  originals: dict[EditionKey, Edition] | None = None) -> list[Output]:
    """The web page, PDF and large-print PDF of every edition, and the side-by-side pages of each
    translation with its original (``originals``, by default those in ``editions``). The web
    pages get their links to the other formats from ``link_formats``, once the folder's are known."""
    labels = {lang: labels_digest(project.template_catalog(lang)) for lang in project.settings.languages}
    outputs = []
    for (slug, lang), edition in editions.items():
        doc = edition.localized.handout.doc
        groups = {**env.groups(), **inputs[(slug, lang)].groups(), "labels": labels[lang],
                  "siblings": digest(edition.languages), "draft": str(edition.draft),
                  "review": str(edition.translation_reviewed),  # the date it prints (content/signoff.yaml)
                  "unreviewed": str(edition.unreviewed_change),  # its notice of a change since the clinical sign-off
                  "xrefs": digest(xref.targets(edition.localized.handout, lang, edition.published))}
        common: dict[str, Any] = {"slug": slug, "langs": (lang,), "source": doc.path.as_posix(),
                                  "edition": f"{lang}/{slug}"}
        if "html" in formats:
            web = {**groups, **web_groups(env), "kind": "html",  # a web page: the files it loads too
                   "preview": str(maker.preview), "reviewer": digest(structured.signed(edition))}  # its JSON-LD
            outputs.append(web_page(Output(f"{lang}/{slug}.html", "html", inputs=web,
                                           make=partial(maker.handout_page, edition), **common), env))
        if "pdf" in formats:
            paper = {**groups, "system": env.system}  # C libraries: PDFs only
            target = f"{lang}/{slug}.pdf"
            outputs.append(printed(target, "pdf", partial(maker.handout_page, edition, True),
                                   inputs={**paper, **env.printed_from(target), "kind": "pdf"},
                                   max_pages=PATIENT_PAGES if doc.meta.audience == "patient" else 0, **common))
            if doc.meta.audience == "patient":
                target = f"{lang}/{slug}-large.pdf"
                outputs.append(printed(target, "pdf", partial(maker.handout_page, edition, True, True),
                                       inputs={**paper, **env.printed_from(target), "kind": "large"}, **common))
    if "bilingual" in formats:
        originals = {key: e for key, e in editions.items() if key[1] == e.localized.handout.doc.lang} \
            if originals is None else originals
        outputs += _plan_bilingual(project, editions, originals, inputs, maker, env, labels)
    return outputs


def link_formats(outputs: list[Output], editions: dict[EditionKey, Edition], maker: PageMaker,
                 existing: set[str]) -> list[Output]:
    """``outputs`` with each edition's web page linking to its other formats in ``existing`` (what
    the folder holds once this build is done), so a reader can print the PDF from the page, and to
    the other handouts of its topic."""
    linked = []
    related = related_links(editions)
    for output in outputs:
        if output.format == "html":
            key = (output.slug, output.langs[0])
            edition, links = editions[key], format_links(editions[key], "../", existing)
            output = remade(dataclasses.replace(output, inputs={**output.inputs, "formats": digest(links),
                                                                "related": digest(related[key])}),
                            partial(maker.handout_page, edition, formats=links, related=related[key]))
        linked.append(output)
    return linked


def _plan_bilingual(project: Project, editions: dict[EditionKey, Edition], originals: dict[EditionKey, Edition],
                    inputs: dict[EditionKey, EditionInputs], maker: PageMaker, env: Environment,
                    labels: dict[str, str]) -> list[Output]:
    """Original and translation side by side, one for each language of ``editions`` the handout is
    published in."""
    outputs = []
    configured = project.settings.languages
    for (slug, src), left in originals.items():
        outputs += [output for other in configured if other != src and (slug, other) in editions
                    for output in _side_by_side_outputs(slug, left, editions[(slug, other)], inputs, env, labels,
                                                        configured, maker)]
    return outputs


def _side_by_side_outputs(slug: str, left: Edition, right: Edition, inputs: dict[EditionKey, EditionInputs],
                          env: Environment, labels: dict[str, str], configured: tuple[str, ...],
                          maker: PageMaker) -> list[Output]:
    """The web page and the PDF of one side-by-side edition."""
    src, other = left.localized.lang, right.localized.lang
    groups = {**env.groups(), **inputs[(slug, src)].groups("left."), **inputs[(slug, other)].groups("right."),
              "labels": digest([labels[src], labels[other]]), "draft": str((left.draft, right.draft)),
              "review": str(right.translation_reviewed),
              "unreviewed": str(left.unreviewed_change),
              "siblings": digest([x for x in (src, other) if (slug, x) in left.published]),
              "xrefs": digest([xref.targets(left.localized.handout, x, left.published) for x in (src, other)])}
    common: dict[str, Any] = {"slug": slug, "langs": (src, other), "edition": f"{other}/{slug}",
                              "source": left.localized.handout.doc.path.as_posix()}
    pdf = side_by_side_target(slug, src, other, configured, "pdf")
    return [web_page(Output(side_by_side_target(slug, src, other, configured, "html"), "bilingual",
                            inputs={**groups, **web_groups(env), "kind": "html", "preview": str(maker.preview),
                                    "reviewer": digest(structured.signed(left))},
                            make=partial(maker.bilingual_page, left, right), **common), env),
            printed(pdf, "bilingual", partial(maker.bilingual_page, left, right, True),
                    inputs={**groups, **env.printed_from(pdf), "kind": "pdf", "system": env.system},
                    cell_langs=(src, other), **common)]


def plan_indexes(project: Project, editions: dict[EditionKey, Edition], built: tuple[str, ...], maker: PageMaker,
                 env: Environment, existing: set[str], noticed: Collection[str] = ()) -> list[Output]:
    """build/<lang>/index.html for each language ``built`` with a published edition, and build/index.html
    (every language in ``editions``); they link to the formats in ``existing`` (what the folder holds
    once this build is done)."""
    settings = project.settings
    langs = tuple(sorted({lang for _slug, lang in editions}, key=settings.languages.index))
    indexed = index_languages(settings, editions, noticed)
    labels = {lang: labels_digest(project.template_catalog(lang)) for lang in settings.languages}
    # the switcher links to the index pages the folder will hold: this build's, and other languages' kept
    switcher = tuple(x for x in settings.languages
                     if (x in indexed if x in built else f"{x}/index.html" in existing))
    outputs = []
    pages = [*((x, f"{x}/index.html", 1) for x in indexed if x in built), (None, "index.html", 0)]
    for lang, target, depth in pages:
        shown = (lang,) if lang else langs
        listing = index_sections(editions, shown, depth, existing, settings.topic_name, elsewhere=bool(lang))
        inputs = {**env.groups(), **web_groups(env),
                  "labels": digest([labels[x] for x in (lang or settings.languages[0], *shown)]),
                  "listing": digest(listing), "switcher": digest(switcher), "kind": "index",
                  "preview": str(maker.preview)}
        make = partial(_index_page, maker, lang, editions, shown, depth, frozenset(existing), switcher,
                       settings.topic_name)
        outputs.append(web_page(Output(target, "index", "", (lang,) if lang else (), "templates/index.html", inputs,
                                       make), env))
    return outputs + _plan_not_found(project, maker, env, tuple(x for x, _t, depth in pages if x and depth), switcher,
                                     labels)


def index_languages(settings: Settings, editions: dict[EditionKey, Edition],
                    noticed: Collection[str]) -> tuple[str, ...]:
    """The languages with an index page (build/<lang>/index.html, and its 404.html): each with a
    published edition, and each whose every edition is withdrawn for now (``noticed``: it has a
    page saying a handout is being updated; a fuzzy entry, a translation waiting for review): its
    index stays, listing the handouts "only in other languages for now", as bookmarks, the web
    server's 404 page and the "being updated" pages expect. A language never published has none."""
    return tuple(x for x in settings.languages if x in noticed or any(lang == x for _slug, lang in editions))


def _index_page(maker: PageMaker, lang: str | None, editions: dict[EditionKey, Edition], shown: tuple[str, ...],
                depth: int, existing: frozenset[str], switcher: tuple[str, ...],
                topic_name: Callable[[str, str], str]) -> Page:
    sections = index_sections(editions, shown, depth, set(existing), topic_name, elsewhere=bool(lang))
    return maker.index_page(lang, sections, switcher)


def _plan_not_found(project: Project, maker: PageMaker, env: Environment, built: tuple[str, ...],
                    switcher: tuple[str, ...], labels: dict[str, str]) -> list[Output]:
    """build/404.html, in every language with an index page (``switcher``), and build/<lang>/404.html
    for each language whose index this build makes (``built``) and whose words for it are
    translated: what a web server shows at an address with no page, in the site's frame, its
    links working at any depth when the site's address is known (sitepages.SitePages.not_found_page)."""
    if not maker.notices:
        return []
    base = {**env.groups(), **web_groups(env), "switcher": digest(switcher), "kind": "404",
            "preview": str(maker.preview)}
    outputs = [Output("404.html", "index", "", (), "templates/notice.html",
                      {**base, "labels": digest([labels[x] for x in switcher])},
                      partial(maker.not_found_page, None, switcher))]
    for lang in built:
        if maker.said_in(lang, *NOT_FOUND_WORDS):
            outputs.append(Output(f"{lang}/404.html", "index", "", (lang,), "templates/notice.html",
                                  {**base, "labels": labels[lang]}, partial(maker.not_found_page, lang, switcher)))
    return [web_page(output, env) for output in outputs]


def plan_withdrawn(project: Project, editions: dict[EditionKey, Edition], published: Collection[EditionKey],
                   recorded: dict[str, str], languages: tuple[str, ...], maker: PageMaker, env: Environment,
                   indexed: Callable[[str], bool]) -> list[Output]:
    """A page saying "this handout is being updated" at the address of each web page the folder
    holds (``recorded``: target -> format) of an edition in ``languages`` no longer ``published``
    (its source changed and the translation is fuzzy, or a translation was removed), and of its
    side-by-side page; ``editions`` are those the pages link to (buildplan.navigable). The address
    printed as a QR code on the sheets handed out answers, in its language, and links the handout
    in its original language and the language's index (else the home page: ``indexed(lang)``, its
    index is in the folder after this build). Its PDFs are removed, never replaced: no old dose
    stays to be printed, and their addresses may answer 404."""
    if not maker.notices:
        return []
    configured = project.settings.languages
    labels = {lang: labels_digest(project.template_catalog(lang)) for lang in languages}
    outputs = []
    for handout in project.handouts:
        slug, src = handout.doc.slug, handout.doc.lang
        linked = tuple(x for x in configured if (slug, x) in editions)
        original = src if src in linked else linked[0] if linked else ""
        for lang in languages:
            home = f"{lang}/index.html" if indexed(lang) else "index.html"
            pages = [(f"{lang}/{slug}.html", ("html",), False)] if (slug, lang) not in published else []
            if lang != src and ((slug, src) not in published or (slug, lang) not in published):
                pages.append((side_by_side_target(slug, src, lang, configured, "html"), ("bilingual",), True))
            for target, formats, side_by_side in pages:
                if recorded.get(target) not in (*formats, "withdrawn"):
                    continue  # never published: there is no address to keep
                inputs = {**env.groups(), **web_groups(env), "labels": labels[lang], "kind": "withdrawn",
                          "links": digest([slug, linked, original, home, side_by_side]),
                          "preview": str(maker.preview)}
                outputs.append(web_page(Output(target, "withdrawn", slug, (lang,), handout.doc.path.as_posix(),
                                               inputs, partial(maker.withdrawn_page, slug, lang, linked, original,
                                                               home, side_by_side)), env))
    return outputs


def plan_site_files(project: Project, editions: dict[EditionKey, Edition], held: set[str], maker: PageMaker,
                    env: Environment) -> list[Output]:
    """build/pages.json and, when the site's address is known and the build is no draft,
    build/sitemap.xml (sitefiles.py), of the published pages the folder holds once this build is
    done (``held``). Made here, in memory: their digest is that of their bytes."""
    settings = project.settings
    made = {"pages.json": (pages_json(settings, editions, held, maker.markdown), "content")}
    if settings.site_url and not maker.preview:
        made["sitemap.xml"] = (sitemap_xml(settings, editions, held), "pyproject.toml")
    return [Output(target, "site", "", (), source, {"code": env.code, "bytes": hashlib.sha256(data).hexdigest()},
                   content=partial(bytes, data))
            for target, (data, source) in made.items()]


def web_groups(env: Environment) -> dict[str, str]:
    """What a web page loads besides its own text: its fonts, and the stylesheet and the icon it
    links by name (their names are digests of their bytes: an edit of templates/favicon.svg changes
    every web page, which its templates' reads do not say)."""
    icon = {"favicon": env.favicon} if env.favicon else {}  # (none: as the records of pages before it say)
    return {"web_fonts": env.web_fonts, "stylesheet": env.stylesheet, **icon}


def plan_assets(maker: PageMaker, env: Environment, formats: tuple[str, ...], out: Path) -> list[Output]:
    """The files the web pages load from build/assets/ (the PDFs embed their own fonts and styles):
    the stylesheet (pagecore.PageCore.stylesheet), the project's icon if it has one, and the font
    files in fonts/, a face's file as it is or cut down to the characters the pages need of it
    (by fontTools). The stylesheet and the icon are named by a digest of their bytes. ``out``: the
    build folder."""
    if not {"html", "bilingual"} & set(formats):
        return []
    name, data = maker.stylesheet
    fonts = " ".join(f"assets/fonts/{font.name}" for font in maker.web_fonts)  # what it loads (folder.stale)
    outputs = [Output(name, "asset", "", (), "templates/web.css", {"file": name, "loads": fonts}, content=lambda: data)]
    if maker.favicon is not None:
        icon, _kind, path = maker.favicon
        outputs.append(Output(icon, "asset", "", (), f"templates/{path.name}", {"file": icon}, copy=path))
    made_from = {"fonts": env.fonts, "libraries": env.libraries}  # fontTools cuts them down
    return outputs + [Output(f"assets/fonts/{font.name}", "asset", "", (), font.face.path.name,
                             {**made_from, "file": font.name}, content=partial(_font_file, font, out))
                      for font in maker.web_fonts]


def _font_file(font: WebFont, out: Path) -> bytes:
    """webfonts.font_file, for a build of ``out``: a cut kept in the project's build/ for a build
    elsewhere (``font.kept``) is written there under build/'s lock (lock.keeping_for), and not while
    a build of build/ holds it; it is read and cut without it (a file replaced whole)."""
    if font.kept is None:
        return font_file(font)
    kept = font.kept
    return font_file(font, lambda: keeping_for(kept, out))


def plan_media(project: Project, formats: tuple[str, ...]) -> list[Output]:
    """The images the web pages load from build/assets/media/ (a PDF embeds its own)."""
    if not {"html", "bilingual"} & set(formats):
        return []
    content = project.settings.content_dir
    return [Output(f"assets/media/{web_name(rel, content)}", "asset", "", (), f"content/{rel}",
                   {"media": file_sha256(content / rel).hex()}, copy=content / rel)
            for rel in images(project.handouts, project.settings.languages, content)]


def labels_digest(catalog: Catalog | None) -> str:
    """The template words of one language: the entries of the catalog that come from templates/."""
    if catalog is None:
        return digest(None)
    entries = [[m.id, m.context, m.string, sorted(m.flags)] for m in messages_of(catalog)
               if any(loc[0].startswith("templates/") for loc in m.locations)]
    return digest(entries)
