"""Page stage: localized editions -> complete HTML pages (handout, bilingual, index) from the templates.

In: editions (editions.Edition), the template words of each language and the references. Out:
Page records of whole HTML. PageMaker knows the site's shape: where each page is, how pages link
to each other (language switcher, hreflang) and which labels each language prints. The same
templates make the web page and the print edition (``for_pdf``); the print edition only leaves
out the site navigation. What the index lists and in which order is listing.py's; an edition's
other formats, editions.py's; the dates, phone, QR code and sources a page prints, imprint.py's.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import itertools
import json
import posixpath
import re
from functools import cached_property
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from babel.messages.catalog import Catalog
from jinja2 import Environment
from markupsafe import Markup, escape

from . import media, xref
from .config import Settings
from .editions import Edition, side_by_side_target
from .errors import SourceError
from .fonts import Face, faces, language_rules, stack
from .imprint import date_text, qr_code, reference_item, tel_uri
from .langtag import language_name, og_locale, text_direction
from .model import Document, Page, Reference
from .render import MarkdownRenderer, RenderedBlock, inline_html, render_blocks, scrollable_tables, web_lists
from .templating import CatalogTranslations, SharedBytecode, css_counter, css_string, make_environment, render_template
from .webfonts import WebFont, web_css, web_fonts
from .writein import merge_write_in_tables

PAGE_MARK, PAGES_MARK = "\x01", "\x02"
CITED_NUMBER_MARK, CITED_TITLE_MARK = "\x03", "\x04"  # filled per citation: "Source 3" (older labels.html: ": <title>")
TABLE_NUMBER_MARK = "\x05"  # filled per table of a web page: "Table 2"
CODE_WORDS = ("patient", "clinician", "last_reviewed", "version", "status_original", "status_translated", "handouts",
              "large_print")
# The words of a page at a withdrawn edition's address and of a 404 page (templates/notice.html); a
# project whose templates/labels.html predates them makes neither (see ``notices``).
WITHDRAWN_WORDS = ("updating", "updating_text", "read_original", "all_handouts", "skip_notice", "index_disclaimer")
NOT_FOUND_WORDS = ("not_found", "not_found_text", "all_handouts", "skip_notice", "index_disclaimer")
STYLESHEET = "web.css"  # templates/web.css: the stylesheet every web page links (build/assets/edu.<digest>.css)
# A project whose templates predate templates/web.css: the web pages' CSS its base.html printed in each page.
OLD_STYLESHEET = '{{ font_css }}\n{% include "edu.css" %}\n{% include "screen.css" %}\n'
FAVICONS = {"favicon.svg": "image/svg+xml", "favicon.ico": ""}  # templates/<name>: the site's icon, if any
DESCRIPTION_LENGTH = 200  # an index page's description: the titles it lists, whole, up to about this long


def _dir_attribute(lang: str, within: str) -> Markup:
    """` dir="…"` for text in ``lang`` inside text in ``within`` written the other way, else nothing."""
    direction = text_direction(lang)
    return Markup(' dir="{}"').format(direction) if direction != text_direction(within) else Markup("")


def _lang_attributes(lang: str, within: str) -> Markup:
    """` lang="…"` (and ` dir="…"`, see _dir_attribute) for text in ``lang`` inside text in ``within``."""
    return Markup(' lang="{}"{}').format(lang, _dir_attribute(lang, within))


_RELATIVE_RE = re.compile(r'(\s(?:href|src)=")(?![a-z][a-z0-9+.-]*:|/|#)([^"]*)"')


def _from_site_root(html: str, address: str) -> str:
    """A 404 page's links and files from the site's root ("/patient-ed/medicines/es/index.html"): a
    web server shows it at any address, so a link relative to its own folder would lead nowhere.
    Not a <base>: a Content-Security-Policy with base-uri 'none' or 'self' (OWASP's advice) refuses
    one naming the site's address."""
    folder = posixpath.dirname(urlsplit(address).path)
    return _RELATIVE_RE.sub(lambda m: f'{m[1]}{posixpath.normpath(posixpath.join(folder, m[2]))}"', html)


class PageMaker:
    """Renders pages for every language with one Jinja2 environment per language."""

    def __init__(self, settings: Settings, template_catalogs: dict[str, Catalog | None],
                 references: dict[str, Reference], printed: frozenset[str] = frozenset(),
                 languages: tuple[str, ...] | None = None, preview: bool = False) -> None:
        """``printed``: the characters the pages print (Project.characters), which decide the fonts
        web pages load (``web_fonts``); ``languages``: those with pages, whose words the stylesheet
        prints (every configured one by default: a language with nothing published yet, added
        to the project, must not give every other page a new stylesheet). ``preview``: the web
        pages of `edu build --draft`, which search engines must not take for the published ones
        (``_as_preview``)."""
        self.settings = settings
        self.preview = preview
        self.page_languages = settings.languages if languages is None else languages
        self.references = references
        self.printed = printed
        self.markdown = MarkdownRenderer()
        bytecode = SharedBytecode()
        self.envs: dict[str, Environment] = {
            lang: make_environment(settings.templates_dir, CatalogTranslations(catalog), bytecode)
            for lang, catalog in template_catalogs.items()
        }
        self._source_env = make_environment(settings.templates_dir, CatalogTranslations(None), bytecode)  # English
        self._labels: dict[tuple[str, tuple[tuple[str, Any], ...]], dict[str, str]] = {}
        self._font_css: dict[int, str] = {}

    @cached_property
    def faces(self) -> list[Face]:
        """The fonts, shipped and the project's (whose tables are read at the first page made)."""
        return faces(self.settings)

    @cached_property
    def web_fonts(self) -> list[WebFont]:
        """The font files web pages load from build/assets/fonts/ (webfonts.py)."""
        return web_fonts(self.faces, self.printed)

    @cached_property
    def font_stack(self) -> Markup:
        """The families every page's stylesheet asks for (templates/edu.css: ``{{ font_stack }}``)."""
        return Markup(stack(self.faces))

    def labels(self, lang: str, **values: Any) -> dict[str, str]:
        """The template words in ``lang`` (templates/labels.html), with values filled in; the
        same words for the same values are rendered once (most pages share version and date)."""
        key = (lang, tuple(sorted(values.items())))
        if key not in self._labels:
            context = {"version": "", "source_language_name": "", "source_reviewed_text": "", "missing_count": 0,
                       "next_review_text": "",
                       "page_marker": PAGE_MARK, "pages_marker": PAGES_MARK, "cited_count": 1,
                       "cited_number": CITED_NUMBER_MARK, "cited_title": CITED_TITLE_MARK,
                       "table_number": TABLE_NUMBER_MARK, **values}
            text = render_template(self._env(lang), "labels.html", context, self.settings.root)
            words = dict(json.loads(text))
            for word in CODE_WORDS:
                if word not in words:
                    self._missing_word(word, "every edition prints it (`edu new` writes the whole list)")
            self._labels[key] = words
        return dict(self._labels[key])

    def _env(self, lang: str) -> Environment:
        """The templates with the words of ``lang`` (English, the templates' own, for "")."""
        return self.envs.get(lang) or self._source_env

    def said_in(self, lang: str, *names: str) -> bool:
        """Whether the page words ``names`` are in the project's labels.html and each has a usable
        translation in ``lang`` (a word without one prints in English: not to be marked ``lang``)."""
        words, english = self.labels(lang), self.labels("")
        if not all(name in words for name in names):
            return False
        return lang.split("-")[0] in ("en", "") or all(words[name] != english[name] for name in names)

    def _missing_word(self, word: str, why: str) -> None:
        """A page word the code prints is not in the project's templates/labels.html (written by an
        older `edu new`, or edited): a located error, not a KeyError."""
        path = self.settings.templates_dir / "labels.html"
        text = path.read_text(encoding="utf-8") if path.is_file() else ""
        line = next((n for n, x in enumerate(text.splitlines(), 1) if "set labels" in x), 1)
        raise SourceError(f'no page word "{word}": {why}', path.relative_to(self.settings.root), line)

    @cached_property
    def notices(self) -> bool:
        """Whether the project's templates make the page of a withdrawn edition and the 404 pages:
        templates/notice.html and their words (a project's templates from before them make neither)."""
        return (self.settings.templates_dir / "notice.html").is_file() and \
            self.said_in("", *WITHDRAWN_WORDS, *NOT_FOUND_WORDS)

    @cached_property
    def language_fonts(self) -> str:
        """The font stack of each language with fonts of its own (``language_fonts``)."""
        return language_rules(self.settings, self.faces)

    def font_css(self, depth: int) -> str:
        """The @font-face rules of a web page ``depth`` folders below the build folder (a PDF's are
        its renderer's: -1 gives none), then the stacks of the languages with fonts of their own."""
        if depth not in self._font_css:
            prefix = "../" * depth
            faces = "" if depth < 0 else web_css(self.web_fonts, f"{prefix}assets/fonts/")
            self._font_css[depth] = "\n".join(x for x in (faces, self.language_fonts) if x)
        return self._font_css[depth]

    @cached_property
    def stylesheet(self) -> tuple[str, bytes]:
        """(path in the build folder, bytes) of the stylesheet every web page links: the fonts,
        templates/edu.css and screen.css, and what a browser prints in a page's margins, from
        templates/web.css. Its name is a digest of its bytes (``assets/edu.<digest>.css``): written
        once instead of in every page (19 KB of each), kept by the browser, and a site whose
        Content-Security-Policy forbids inline styles (no 'unsafe-inline') shows the pages styled."""
        settings = self.settings
        env = self.envs[settings.languages[0]]
        languages = []
        for lang in self.page_languages:
            labels = self.labels(lang)
            clinic_name, _written = settings.clinic_in(lang)
            clinic = " · ".join(x for x in (clinic_name, settings.clinic_phone) if x) if clinic_name else ""
            start, end = ("right", "left") if text_direction(lang) == "rtl" else ("left", "right")
            languages.append({"lang": lang, "page": f"edu-{lang}", "start": start, "end": end,
                              "page_of": css_counter(labels["page_of"]) if "page_of" in labels else "",
                              "draft": css_string(labels.get("draft", "")),
                              "clinic": css_string(clinic) if clinic else ""})
        fonts = "\n".join(x for x in (web_css(self.web_fonts, "fonts/"), self.language_fonts) if x)
        context = {"font_css": Markup(fonts), "font_stack": self.font_stack, "paper": settings.paper,
                   "languages": languages, "for_pdf": False}
        if (settings.templates_dir / STYLESHEET).is_file():
            text = render_template(env, STYLESHEET, context, settings.root)
        else:
            text = env.from_string(OLD_STYLESHEET).render(**context)
        data = text.encode("utf-8")
        return f"assets/edu.{hashlib.sha256(data).hexdigest()[:12]}.css", data

    @cached_property
    def favicon(self) -> tuple[str, str, Path] | None:
        """(path in the build folder, type, file) of the project's icon, templates/favicon.svg or
        favicon.ico (edu ships none), named by a digest of its bytes; None when it has none. An SVG
        that would run a script or show another site's file is refused, as a handout's picture is."""
        for name, kind in FAVICONS.items():
            path = self.settings.templates_dir / name
            if path.is_file():
                if why := media.picture_problem(path):
                    raise SourceError(f"{why} (the site's icon)", path.relative_to(self.settings.root), 1)
                stem, _, ext = name.rpartition(".")
                return f"assets/{stem}.{hashlib.sha256(path.read_bytes()).hexdigest()[:12]}.{ext}", kind, path
        return None

    def _page_qr(self, for_pdf: bool, canonical: str) -> str:
        """A printed page's QR code of its web address (``site_url`` known, ``qr_code`` on), else ""."""
        return qr_code(canonical) if for_pdf and canonical and self.settings.qr_code else ""

    @cached_property
    def _clinic_tel(self) -> str:
        return tel_uri(self.settings.clinic_phone)  # once, not per page

    def _common(self, lang: str, for_pdf: bool, depth: int) -> dict[str, Any]:
        prefix = "../" * depth
        settings = self.settings
        clinic_name, clinic_lang = settings.clinic_in(lang)
        clinic_line = " · ".join(x for x in (clinic_name, settings.clinic_phone) if x)
        organization, organization_lang = settings.organization_in(lang)
        icon = None if for_pdf else self.favicon
        return {
            "lang": lang, "dir": text_direction(lang), "for_pdf": for_pdf, "large": False, "paper": settings.paper,
            "organization": organization,
            "organization_lang": _lang_attributes(organization_lang, lang) if organization_lang else "",
            "home_href": f"{prefix}{lang}/index.html" if depth else "index.html",
            "clinic_name": clinic_name, "clinic_phone": settings.clinic_phone,
            "clinic_name_lang": _lang_attributes(clinic_lang, lang) if clinic_lang else "",
            "clinic_tel": self._clinic_tel,
            "clinic_line": clinic_line if clinic_name else "",
            "font_css": Markup(self.font_css(-1 if for_pdf else depth)),
            "font_stack": self.font_stack,
            "created": None, "switcher": [], "description": "", "keywords": "", "canonical": "",
            # a web page: its stylesheet and icon (relative: the site works in a subfolder and from a disk)
            "stylesheet": "" if for_pdf else prefix + self.stylesheet[0],
            "favicon": prefix + icon[0] if icon else "", "favicon_type": icon[1] if icon else "",
            "og": None, "x_default": "", "noindex": False, "refresh": "",
        }

    def _as_preview(self, context: dict[str, Any]) -> None:
        """A web page of `edu build --draft`: not for search engines (noindex), claiming no published
        address (no canonical, hreflang or Open Graph), and DRAFT first in its window title and tab."""
        if self.preview and not context["for_pdf"]:
            title = f"{context['L']['draft']}: {context['window_title']}"
            context.update(noindex=True, canonical="", window_title=title, og=None, x_default="")

    def _head(self, context: dict[str, Any], kind: str, langs: tuple[str, ...], home: bool = True) -> dict[str, Any]:
        """What a web page's <head> says of it once the site's address is known (``site_url``):
        Open Graph (a link pasted in a message or a portal shows its title and summary), ``og:type``
        ``kind``, its language and the others of ``langs`` as locales, and (``home``) the home
        page as the address for any other language (hreflang x-default)."""
        if context["for_pdf"] or not context["canonical"]:
            return {}
        lang = context["lang"]
        return {"og": {"type": kind, "locale": og_locale(lang, self.settings.territory),
                       "alternates": [og_locale(x, self.settings.territory) for x in langs if x != lang]},
                "x_default": self.url("index.html") if home else ""}

    def edition_context(self, edition: Edition) -> dict[str, Any]:
        """Everything the templates print about one edition."""
        loc = edition.localized
        doc, lang = loc.handout.doc, loc.lang
        locale = self.settings.locale(lang)
        reviewed_text = date_text(doc.meta.reviewed, "long", locale)
        due = doc.meta.review_due(self.settings.review_months)
        due_text = date_text(due, "yMMMM", locale) if due else ""  # "November 2029"
        labels = self.labels(lang, version=doc.meta.version, missing_count=len(loc.missing),
                             source_language_name=language_name(doc.lang, lang, start=False),
                             source_reviewed_text=reviewed_text, next_review_text=due_text)
        status = labels["status_original"] if lang == doc.lang else labels["status_translated"]
        reviewed = f"{labels['last_reviewed']} {reviewed_text}"
        if due and "next_review" not in labels:
            self._missing_word("next_review", "a review date is set (review_months or next_review): add "
                               '"next_review": _("Next review %(date)s", date=next_review_text), then `edu update`')
        dates = f"{reviewed} · {labels['next_review']}" if due else reviewed
        # a web page's edition line gives its dates to machines too: <time datetime="2026-11-20">
        timed = Markup('{} <time datetime="{}">{}</time>').format(labels["last_reviewed"],
                                                                  doc.meta.reviewed.isoformat(), reviewed_text)
        if due:
            timed += Markup(" · ") + _timed(labels["next_review"], due_text, due)
        return {
            "L": labels, "title": loc.title,
            "summary": Markup(xref.mark(inline_html(loc.summary, self.markdown), loc.handout, lang)),
            "blocks": self._cited(render_blocks(loc, self.markdown), doc, lang),
            "status_line": status,
            "edition_line": f"{labels[doc.meta.audience]} · {dates} · {labels['version']}",
            "edition_line_html": Markup(" · ").join((labels[doc.meta.audience], timed, labels["version"])),
            "footer_line": f"{reviewed} · {labels['version']}",
            "reviewed_iso": doc.meta.reviewed.isoformat(), "reviewed_text": reviewed_text,
            "audience": doc.meta.audience, "version": doc.meta.version, "source_lang": doc.lang,
            "title_missing": any(m.segment.kind == "title" for m in loc.missing),
            "summary_missing": any(m.segment.kind == "summary" for m in loc.missing),
            "missing": loc.missing, "draft": edition.draft, "lang": lang, "dir": text_direction(lang),
            "source_dir": text_direction(doc.lang),
            "language_name": language_name(lang, lang),
        }

    def _keywords(self, edition: Edition, labels: dict[str, str], *langs: str) -> str:
        """PDF /Keywords and <meta name=keywords>, for library catalogs and a site's search: the
        topic, the audience and the languages (``langs``: a side-by-side page's other one), each in
        the page's language (a Spanish page's were "anakinra, patient education, Spanish")."""
        doc, lang = edition.localized.handout.doc, edition.localized.lang
        return ", ".join((self.settings.topic_name(doc.meta.topic, lang), labels[doc.meta.audience],
                          *(language_name(x, lang) for x in (lang, *langs))))

    def handout_page(self, edition: Edition, for_pdf: bool = False, large: bool = False,
                     formats: tuple[dict[str, str], ...] = (), related: tuple[dict[str, str], ...] = ()) -> Page:
        """The web page (``formats``: its links to the edition's other formats; ``related``: to the
        other handouts of its topic) or a PDF's page."""
        loc = edition.localized
        doc = loc.handout.doc
        context = {**self._common(loc.lang, for_pdf, 1), **self.edition_context(edition)}
        context.update({
            # a large-print PDF's title says so (a library's catalog listed two of one title)
            "large": large, "window_title": f"{loc.title} ({context['L']['large_print']})" if large else loc.title,
            "description": context["summary"].striptags(),
            "keywords": self._keywords(edition, context["L"]), "created": doc.meta.reviewed.isoformat(),
            "references": self._sources(doc), "switcher": self._switcher(loc.lang, edition.languages, doc.slug),
            "formats": () if for_pdf else formats, "related": () if for_pdf else related,
            "canonical": self.url(f"{loc.lang}/{doc.slug}.html"),
        })
        context.update(self._head(context, "article", edition.languages))
        context["page_qr"] = self._page_qr(for_pdf, context["canonical"])
        context["blocks"] = self._web(context["blocks"], loc.lang, for_pdf)
        self._as_preview(context)
        html = media.resolve(render_template(self.envs[loc.lang], "handout.html", context, self.settings.root),
                             for_pdf, 1, self.settings.content_dir)
        html = xref.resolve(html, for_pdf, edition.published, self.settings.site_url)
        return Page(html, loc.lang, loc.title, doc.slug, doc.meta.reviewed, doc.meta.audience)

    def _cited(self, blocks: list[RenderedBlock], doc: Document, lang: str) -> list[RenderedBlock]:
        """Blocks whose citations ([1]) link to the list of sources under the text, each named
        for a screen reader by the page word "cited" ("Source 1"; none where the project's
        templates/labels.html predates it) and described by the sources' items in the list, which
        carry the language of their titles (xref.link_citations). A labels.html from before
        that still names the titles in the word ("Source 1: <its title>") gets them."""
        count = len(doc.meta.references)
        if not count:
            return blocks
        titles = [ref["title"] for ref in self._sources(doc)]

        def name(written: str, numbers: list[int]) -> str:
            labels = self.labels(lang, cited_count=len(numbers))
            if "cited" not in labels:  # a project's labels.html from before the word: a bare "[1]"
                return ""
            named = "; ".join(titles[n - 1] for n in numbers if n <= len(titles))
            return labels["cited"].replace(CITED_NUMBER_MARK, written).replace(CITED_TITLE_MARK, named)

        return [dataclasses.replace(b, html=Markup(xref.link_citations(b.html, count, name))) for b in blocks]

    def _scrollable(self, blocks: list[RenderedBlock], lang: str) -> list[RenderedBlock]:
        """A web page's blocks with each table in a box that scrolls sideways, named by the page
        word "table" ("Table 1", "Table 2" in page order; render.scrollable_tables). A project whose
        templates/labels.html predates the word keeps its tables bare, as its screen.css expects."""
        if not any("<table" in block.html for block in blocks):
            return blocks
        labels = self.labels(lang)
        if "table" not in labels:
            return blocks
        names = (labels["table"].replace(TABLE_NUMBER_MARK, str(n)) for n in itertools.count(1))
        return [dataclasses.replace(b, html=Markup(scrollable_tables(b.html, names))) if "<table" in b.html else b
                for b in blocks]

    def _web(self, blocks: list[RenderedBlock], lang: str, for_pdf: bool) -> list[RenderedBlock]:
        """The blocks as a web page (``for_pdf`` False) or the print edition shows them."""
        if for_pdf:
            return blocks
        blocks = [dataclasses.replace(b, html=Markup(web_lists(b.html))) if "counter-reset" in b.html else b
                  for b in blocks]
        return self._scrollable(blocks, lang)

    def _sources(self, doc: Document) -> list[dict[str, Any]]:
        """The sources the handout cites, in its order (its text cites them as [1], [2], ...)."""
        cited = [reference_item(self.references[key]) for key in doc.meta.references if key in self.references]
        return [{**ref, "id": xref.source_id(n)} for n, ref in enumerate(cited, 1)]  # what [n] links to

    def bilingual_page(self, left: Edition, right: Edition, for_pdf: bool = False) -> Page:
        """Source and translation side by side: one table row per block, each cell with its lang."""
        lctx, rctx = self.edition_context(left), self.edition_context(right)
        doc = left.localized.handout.doc
        title = f"{left.localized.title} / {right.localized.title}"
        src, other = left.localized.lang, right.localized.lang
        # the pages of the two languages that the build folder holds (`-l fr` alone: French only)
        linked = [x for x in (src, other) if not left.published or (doc.slug, x) in left.published]
        switcher = [self._item(lang, f"{lang}/{doc.slug}.html", 1, False) for lang in linked]
        target = side_by_side_target(doc.slug, src, other, left.configured, "html")
        common = self._common(src, for_pdf, 1)
        # a clinic named per language is stamped in both (the Spanish family read the English name)
        other_name, other_written = self.settings.clinic_in(other)
        common["clinic_other"] = common["clinic_other_lang"] = ""
        if other_name != common["clinic_name"]:
            written = other_written or other
            common["clinic_other"] = other_name
            common["clinic_other_lang"] = _lang_attributes(written, src)
        if src not in linked:  # home: the index of the language the folder has
            common["home_href"] = f"../{other}/index.html"
        lblocks, rblocks = merge_write_in_tables(lctx["blocks"], [_without_anchors(b) for b in rctx["blocks"]],
                                                 other, _dir_attribute(other, src))
        context = {**common, "dir": "",  # each column has its own
                   "L": lctx["L"], "left": lctx, "right": rctx,
                   "rows": list(zip(self._web(lblocks, src, for_pdf), self._web(rblocks, other, for_pdf),
                                    strict=True)),
                   "window_title": title,
                   "description": f"{lctx['summary'].striptags()} / {rctx['summary'].striptags()}",
                   "created": doc.meta.reviewed.isoformat(), "switcher": switcher, "canonical": self.url(target),
                   "keywords": self._keywords(left, lctx["L"], right.localized.lang),
                   "references": self._sources(doc)}
        context.update(self._head(context, "article", (src, other), home=False))
        context["page_qr"] = self._page_qr(for_pdf, context["canonical"])
        self._as_preview(context)
        html = media.resolve(render_template(self.envs[left.localized.lang], "bilingual.html", context,
                                             self.settings.root), for_pdf, 1, self.settings.content_dir)
        html = xref.resolve(html, for_pdf, left.published, self.settings.site_url)
        return Page(html, left.localized.lang, title, doc.slug, doc.meta.reviewed, doc.meta.audience,
                    extra_langs=(right.localized.lang,))

    def index_page(self, lang: str | None, sections: list[dict[str, Any]], languages: tuple[str, ...]) -> Page:
        """``lang`` None: build/index.html with every language; else build/<lang>/index.html.
        ``languages``: those whose index page the switcher links to."""
        page_lang = lang or self.settings.languages[0]
        depth = 1 if lang else 0
        labels = self.labels(page_lang)
        for section in sections:
            section["L"] = self.labels(section["lang"])
        words: dict[str, str] = {}  # each language's word for "Handouts" -> the first language that says it
        for section in sections if not lang else []:
            words.setdefault(section["L"]["handouts"], section["lang"])
        heading = " / ".join(words) if words else labels["handouts"]
        shown = Markup(" / ").join(  # each in its language (WCAG 3.1.2); the window's <title> is text only
            Markup('<span lang="{}"{}>{}</span>').format(x, _dir_attribute(x, page_lang), word) if x != page_lang
            else word
            for word, x in words.items()) if words else heading
        notes = {labels["index_disclaimer"]: Markup("")}  # the home page says it in each of its languages
        for section in sections if not lang else []:
            x = section["lang"]
            notes.setdefault(section["L"]["index_disclaimer"],
                             _lang_attributes(x, page_lang))
        context = {**self._common(page_lang, False, depth), "L": labels, "sections": sections,
                   "heading": shown, "window_title": heading, "disclaimers": list(notes.items()),
                   "switcher": self._index_switcher(lang, languages),
                   "description": _listed(heading, [s for s in sections if s["lang"] == page_lang]),
                   "canonical": self.url(f"{lang}/index.html" if lang else "index.html")}
        context.update(self._head(context, "website", languages if lang else tuple(s["lang"] for s in sections),
                                  home=lang is not None))
        self._as_preview(context)
        html = render_template(self.envs[page_lang], "index.html", context, self.settings.root)
        return Page(html, page_lang, heading, "index", None)

    def withdrawn_page(self, slug: str, lang: str, languages: tuple[str, ...], original: str, home: str,
                       side_by_side: bool = False) -> Page:
        """The page at the address of an edition no longer published (``lang``/<slug>.html, or with
        ``side_by_side`` its side-by-side page): in ``lang`` (English if its words are not translated
        yet), the handout is being updated; it links the handout in ``original`` (a language it is
        published in, "" if none) and ``home`` (an index page, from the build folder).
        ``languages``: those the handout is published in, for the switcher. Never indexed."""
        page_lang = lang if self.said_in(lang, *WITHDRAWN_WORDS) else "en"
        words = self.labels(page_lang, source_language_name=language_name(original, page_lang, start=False)
                            if original else "")
        links = [{"href": f"../{original}/{slug}.html", "hreflang": original, "text": words["read_original"]}
                 ] if original else []
        links.append({"href": "../" + home, "hreflang": "", "text": words["all_handouts"]})
        shown = (*languages, lang) if not side_by_side else languages
        switcher = [item for item in self._switcher(lang, shown, slug) if not side_by_side or not item["current"]]
        notes = [{"text": words["updating_text"], "links": links, "attributes": Markup("")}]
        return self._notice(page_lang, 1, words, words["updating"], notes, switcher, "../" + home, slug)

    def not_found_page(self, lang: str | None, languages: tuple[str, ...]) -> Page:
        """build/404.html (``lang`` None: in every language of ``languages``, each linking its index)
        or build/<lang>/404.html, for a web server to show at an address with no page. Its links are
        relative to its own folder, or, when the site's address is known, from the site's root
        (``_from_site_root``): a server shows it at any depth. ``languages``: those with an index page."""
        page_lang = lang or self.settings.languages[0]
        depth = 1 if lang else 0
        words = self.labels(page_lang)
        notes = []
        said_in = (lang,) if lang else (languages or (page_lang,))
        for x in said_in:
            said = self.labels(x)
            attributes = _lang_attributes(x, page_lang) if x != page_lang \
                else Markup("")
            notes.append({"text": said["not_found_text"], "attributes": attributes,
                          "links": [{"href": f"{x}/index.html" if x in languages and not lang else "index.html",
                                     "hreflang": "", "text": said["all_handouts"]}]})
        headings: dict[str, str] = {}  # each language's words, once (as the home page's heading)
        for x in said_in:
            headings.setdefault(self.labels(x)["not_found"], x)
        heading = Markup(" / ").join(
            Markup('<span lang="{}"{}>{}</span>').format(x, _dir_attribute(x, page_lang), word) if x != page_lang
            else word for word, x in headings.items())
        switcher = [self._item(x, f"{x}/index.html", depth, False) for x in languages]
        page = self._notice(page_lang, depth, words, heading, notes, switcher,
                            "index.html", "404", " / ".join(headings),
                            self.url(f"{lang}/404.html" if lang else "404.html"))
        return page

    def _notice(self, lang: str, depth: int, words: dict[str, str], heading: str, notes: list[dict[str, Any]],
                switcher: list[dict[str, Any]], home: str, slug: str, title: str = "", base: str = "",
                head: dict[str, str] | None = None) -> Page:
        """A page of templates/notice.html: a heading, and notes each with its links; ``head``:
        its canonical address and where it sends the browser on (``refresh``), if anywhere."""
        context = {**self._common(lang, False, depth), "L": words, "heading": heading, "notes": notes,
                   "window_title": title or heading, "switcher": switcher, "noindex": True,
                   "disclaimers": [(words["index_disclaimer"], Markup(""))], "home_href": home, **(head or {})}
        context["description"] = " ".join(note["text"] for note in notes)
        self._as_preview(context)
        html = render_template(self._env(lang), "notice.html", context, self.settings.root)
        return Page(_from_site_root(html, base) if base else html, lang, context["window_title"], slug, None)

    def url(self, path: str) -> str:
        """The web address of a file of the build folder, when the project says where it is
        published (``site_url``); else "". Search engines want hreflang and canonical links whole."""
        return self.settings.site_url + path if self.settings.site_url else ""

    def _item(self, lang: str, path: str, depth: int, current: bool) -> dict[str, Any]:
        """One language of the switcher: ``href`` from the page (``depth`` folders down), ``url``
        whole when the site's address is known (the hreflang alternates print it)."""
        href = "../" * depth + path
        return {"lang": lang, "name": language_name(lang, lang), "href": href, "url": self.url(path) or href,
                "current": current}

    def _switcher(self, lang: str, languages: tuple[str, ...], slug: str) -> list[dict[str, Any]]:
        """Every configured language: a link to the handout in each of ``languages`` (those it has
        a page in), the others as text saying it is not available yet, in their own words (a
        reader looks for "Español" on an English page: it was simply missing)."""
        items = []
        for other in self.settings.languages:
            if other in languages:
                items.append(self._item(other, f"{other}/{slug}.html", 1, other == lang))
            elif (item := self._unavailable(other, lang)) is not None:
                items.append(item)
        return items

    def _unavailable(self, lang: str, page_lang: str) -> dict[str, Any] | None:
        """A language of the switcher with no page to open: "Español (todavía no disponible)", said
        in that language, or with the words of ``page_lang`` where it has none yet. None where the
        project's labels.html has no such word (its base.html would print it as a link)."""
        if "not_available" not in self.labels(page_lang):
            return None
        name = language_name(lang, lang)
        attributes = _lang_attributes(lang, page_lang)
        if self.said_in(lang, "not_available"):
            text = Markup('<span class="unavailable"{}>{} ({})</span>').format(
                attributes, name, self.labels(lang)["not_available"])
        else:
            text = Markup('<span class="unavailable"><span{}>{}</span> ({})</span>').format(
                attributes, name, self.labels(page_lang)["not_available"])
        return {"lang": lang, "name": name, "href": "", "url": "", "current": False, "unavailable": text}

    def _index_switcher(self, lang: str | None, languages: tuple[str, ...]) -> list[dict[str, Any]]:
        return [self._item(other, f"{other}/index.html", 1 if lang else 0, other == lang) for other in languages]


def _timed(text: str, date_text: str, date: dt.date) -> Markup:
    """``text`` ("Next review November 2027") with its month marked for machines,
    ``<time datetime="2027-11">November 2027</time>``; as it is if the date is not in it."""
    shown = escape(date_text)
    escaped = escape(text)
    if not date_text or shown not in escaped:
        return escaped
    return Markup(escaped.replace(shown, Markup('<time datetime="{}">{}</time>').format(f"{date:%Y-%m}", shown), 1))


def _listed(heading: str, sections: list[dict[str, Any]]) -> str:
    """An index page's description: its heading and the titles it lists ("Handouts: What is
    anakinra?; …"), as many whole titles as fit in about ``DESCRIPTION_LENGTH`` characters; ""
    for a page that lists none (no meta description is better than an empty one)."""
    titles = [str(item["title"]) for section in sections for group in section["groups"] for item in group["items"]]
    if not titles:
        return ""
    text = f"{heading}: {titles[0]}"
    for title in titles[1:]:
        if len(text) + len(title) + 2 > DESCRIPTION_LENGTH:
            return text + "; …"
        text += f"; {title}"
    return text


_ANCHOR_RE = re.compile(r'(<h[1-6]) id="[^"]*"')


def _without_anchors(block: RenderedBlock) -> RenderedBlock:
    """A block of the translation's column: its headings' anchors are the original column's (one
    page cannot have two elements with one id), so a link to a section opens its row."""
    if "<h" not in block.html:
        return block
    return dataclasses.replace(block, html=Markup(_ANCHOR_RE.sub(r"\1", str(block.html))))
