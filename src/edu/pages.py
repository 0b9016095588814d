"""Page stage: localized editions -> complete HTML pages (handout, bilingual, index) from the templates.

Knows the site's shape: where each output lives, how pages link to each other (language
switcher, hreflang) and which labels each language prints. The same templates make the web page
and the print edition (``for_pdf``); the print edition only leaves out the site navigation.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Any

import segno
from babel.dates import format_date, format_skeleton
from babel.messages.catalog import Catalog
from jinja2 import Environment
from markupsafe import Markup

from . import langtag, media, xref
from .config import Settings
from .errors import SourceError
from .fonts import Face, faces, language_rules, stack
from .model import AUDIENCES, Document, Localized, Page, Reference
from .render import (
    CatalogTranslations,
    MarkdownRenderer,
    RenderedBlock,
    SharedBytecode,
    inline_html,
    make_environment,
    render_blocks,
    render_template,
    text_direction,
)
from .webfonts import WebFont, web_css, web_fonts

PAGE_MARK, PAGES_MARK = "\x01", "\x02"
CITED_NUMBER_MARK, CITED_TITLE_MARK = "\x03", "\x04"  # filled per citation: "Source 3: <its title>"
CODE_WORDS = ("patient", "clinician", "last_reviewed", "version", "status_original", "status_translated", "handouts")
# Function words that tell the language of a reference title (references.yaml has no language field).
_TITLE_WORDS = {
    "en": {"the", "of", "and", "for", "in", "with", "to", "on", "a", "an", "by", "from", "information"},
    "es": {"el", "la", "los", "las", "de", "del", "en", "y", "para", "con", "por", "una", "un", "respuesta"},
}


@lru_cache(maxsize=256)
def language_name(lang: str, in_lang: str, start: bool = True) -> str:
    """``lang``'s name in ``in_lang``: as a label starts (``start``: "Español") or as CLDR writes it
    inside a sentence ("español", "portugués (Brasil)", German "Englisch")."""
    name = langtag.locale(lang).get_display_name(langtag.cldr(in_lang)) or lang
    return name[:1].upper() + name[1:] if start else name


@lru_cache(maxsize=1024)  # a library has few distinct review dates, and every page prints them
def date_text(date: dt.date, form: str, locale: str) -> str:
    """A date as ``locale`` writes it: ``form`` "long" ("November 20, 2026") or a CLDR skeleton
    ("yMMMM": "November 2026", "noviembre de 2026")."""
    return format_date(date, format=form, locale=locale) if form == "long" else format_skeleton(form, date,
                                                                                                 locale=locale)


@lru_cache(maxsize=4096)
def qr_code(url: str) -> str:
    """A QR code of ``url`` as an SVG ``data:`` address (the renderer reads no file for it): a phone
    opens the handout's web page, its latest version and the other languages, from the paper.
    Error correction M (15 % of the code may be smudged or folded away); 4 modules of quiet zone."""
    return segno.make(url, error="m", micro=False, boost_error=False).svg_data_uri(scale=1, border=4, unit="mm")


def _dir_attribute(lang: str, within: str) -> Markup:
    """` dir="…"` for text in ``lang`` inside text in ``within`` written the other way, else nothing."""
    direction = text_direction(lang)
    return Markup(' dir="{}"').format(direction) if direction != text_direction(within) else Markup("")


def tel_uri(phone: str) -> str:
    """A phone number as a tel: address a phone dials (RFC 3966): "(555) 010-0100 ext. 12" is
    "555-010-0100;ext=12" (its digits, a leading +, dashes between groups, the extension apart)."""
    found = _EXTENSION_RE.search(phone)
    number, extension = (phone[:found.start()], phone[found.end():]) if found else (phone, "")
    uri = ("+" if number.strip().startswith("+") else "") + "-".join(re.findall(r"[0-9]+", number))
    return uri + (";ext=" + "".join(re.findall(r"[0-9]+", extension)) if extension else "")


_EXTENSION_RE = re.compile(r"(?i)\s*(ext\.?|extension|x|anexo)\s*(?=[0-9]+\s*$)")


def side_by_side_target(slug: str, src: str, other: str, configured: tuple[str, ...], ext: str) -> str:
    """The file of the side-by-side edition of the source and ``other``: ``bilingual/<slug>.<ext>``
    for the first other language configured (the path DESIGN.md gives), and
    ``bilingual/<slug>.<other>.<ext>`` for each further one (a slug has no dot: no clash)."""
    first = next((x for x in configured if x != src), other)
    return f"bilingual/{slug}.{ext}" if other == first else f"bilingual/{slug}.{other}.{ext}"


# Letters of their own, after the one they are made from: Spanish ñ, Vietnamese đ, Polish ł (NFD
# takes no stroke off: "Đến" came after "Zinc").
_OWN_LETTERS = str.maketrans({"ñ": "n\U0010ffff", "đ": "d\U0010ffff", "ł": "l\U0010ffff"})


def title_key(title: str) -> tuple[str, str]:
    """Where a title goes in a list of handouts, in the order of a dictionary: case and accents
    ignored ("Ácido" among the A's, not after "Zinc"), opening punctuation ignored ("¿Qué es…?"
    among the Q's), "ñ" after "n" as in Spanish (and đ, ł after d, l); the title itself breaks ties."""
    folded = title.casefold().translate(_OWN_LETTERS)  # before NFD splits "ñ" into n + tilde
    bare = "".join(c for c in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(c))
    return re.sub(r"^\W+", "", bare), title


@lru_cache(maxsize=1024)  # a library cites the same sources on many pages
def title_language(text: str) -> str:
    """The language a reference title is written in, from its function words (English when unsure).

    A screen reader needs it to read a Spanish source title in a Spanish voice on an English page.
    """
    words = re.findall(r"[^\W\d_]+", text.lower())
    counts = {lang: sum(word in vocabulary for word in words) for lang, vocabulary in _TITLE_WORDS.items()}
    best = max(counts, key=lambda lang: counts[lang])
    return best if counts[best] > counts["en"] else "en"


def reference_item(ref: Reference) -> dict[str, Any]:
    """A source as the templates print it, with the language of its title."""
    lang = getattr(ref, "lang", None) or title_language(ref.title)
    return {"issuer": ref.issuer.rstrip("."), "title": ref.title, "journal": ref.journal, "year": ref.year,
            "url": ref.url, "doi": ref.doi, "note": ref.note, "lang": lang, "dir": text_direction(lang),
            "title_stop": "" if ref.title.endswith((".", "?", "!")) else "."}  # "…old data?", not "…old data?."


@dataclass(frozen=True)
class Edition:
    """A localized handout and where its siblings are, as the page templates need them."""

    localized: Localized  # the text
    draft: bool  # rendered with missing parts highlighted
    languages: tuple[str, ...]  # languages in which this handout has a page (for the switcher)
    configured: tuple[str, ...]  # every language of the project, in order (names side-by-side editions)
    published: frozenset[tuple[str, str]] = frozenset()  # (slug, lang) of every page, for links between handouts


class PageMaker:
    """Renders pages for every language with one Jinja2 environment per language."""

    def __init__(self, settings: Settings, template_catalogs: dict[str, Catalog | None],
                 references: dict[str, Reference], printed: frozenset[str] = frozenset()) -> None:
        """``printed``: the characters the pages print (Project.characters), which decide the fonts
        web pages load (``web_fonts``)."""
        self.settings = settings
        self.references = references
        self.printed = printed
        self.markdown = MarkdownRenderer()
        bytecode = SharedBytecode()
        self.envs: dict[str, Environment] = {
            lang: make_environment(settings.templates_dir, CatalogTranslations(catalog), bytecode)
            for lang, catalog in template_catalogs.items()
        }
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
                       "cited_number": CITED_NUMBER_MARK, "cited_title": CITED_TITLE_MARK, **values}
            text = render_template(self.envs[lang], "labels.html", context, self.settings.root)
            words = dict(json.loads(text))
            for word in CODE_WORDS:
                if word not in words:
                    self._missing_word(word, "every edition prints it (`edu new` writes the whole list)")
            self._labels[key] = words
        return dict(self._labels[key])

    def _missing_word(self, word: str, why: str) -> None:
        """A page word the code prints is not in the project's templates/labels.html (written by an
        older `edu new`, or edited): a located error, not a KeyError."""
        path = self.settings.templates_dir / "labels.html"
        text = path.read_text(encoding="utf-8") if path.is_file() else ""
        line = next((n for n, x in enumerate(text.splitlines(), 1) if "set labels" in x), 1)
        raise SourceError(f'no page word "{word}": {why}', path.relative_to(self.settings.root), line)

    @cached_property
    def language_fonts(self) -> str:
        """The font stack of each language with fonts of its own (``language_fonts``)."""
        return language_rules(self.settings, self.faces)

    def font_css(self, depth: int) -> str:
        """The @font-face rules of a web page ``depth`` folders below the build folder (a PDF's are
        its renderer's: -1 gives none), then the stacks of the languages with fonts of their own."""
        if depth not in self._font_css:
            prefix = "../" * depth
            faces = "" if depth < 0 else web_css(self.web_fonts, prefix)
            self._font_css[depth] = "\n".join(x for x in (faces, self.language_fonts) if x)
        return self._font_css[depth]

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
        return {
            "lang": lang, "dir": text_direction(lang), "for_pdf": for_pdf, "large": False, "paper": settings.paper,
            "organization": settings.organization,
            "home_href": f"{prefix}{lang}/index.html" if depth else "index.html",
            "clinic_name": clinic_name, "clinic_phone": settings.clinic_phone,
            "clinic_name_lang": Markup(' lang="{}"{}').format(clinic_lang, _dir_attribute(clinic_lang, lang))
            if clinic_lang else "",
            "clinic_tel": self._clinic_tel,
            "clinic_line": clinic_line if clinic_name else "",
            "font_css": Markup(self.font_css(-1 if for_pdf else depth)),
            "font_stack": self.font_stack,
            "created": None, "switcher": [], "description": "", "keywords": "", "canonical": "",
        }

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
        return {
            "L": labels, "title": loc.title,
            "summary": Markup(xref.mark(inline_html(loc.summary, self.markdown), loc.handout, lang)),
            "blocks": self._cited(render_blocks(loc, self.markdown), doc, lang),
            "status_line": status,
            "edition_line": f"{labels[doc.meta.audience]} · {dates} · {labels['version']}",
            "footer_line": f"{reviewed} · {labels['version']}",
            "reviewed_iso": doc.meta.reviewed.isoformat(), "reviewed_text": reviewed_text,
            "audience": doc.meta.audience, "version": doc.meta.version, "source_lang": doc.lang,
            "title_missing": any(m.segment.kind == "title" for m in loc.missing),
            "summary_missing": any(m.segment.kind == "summary" for m in loc.missing),
            "missing": loc.missing, "draft": edition.draft, "lang": lang, "dir": text_direction(lang),
            "source_dir": text_direction(doc.lang),
            "language_name": language_name(lang, lang),
        }

    def _keywords(self, edition: Edition, *extra: str) -> str:
        """PDF /Keywords and <meta name=keywords>: topic, audience and language, for library catalogs."""
        doc = edition.localized.handout.doc
        return ", ".join((doc.meta.topic, f"{doc.meta.audience} education",
                          language_name(edition.localized.lang, "en"), *extra))

    def handout_page(self, edition: Edition, for_pdf: bool = False, large: bool = False,
                     formats: tuple[dict[str, str], ...] = (), related: tuple[dict[str, str], ...] = ()) -> Page:
        """The web page (``formats``: its links to the edition's other formats; ``related``: to the
        other handouts of its topic) or a PDF's page."""
        loc = edition.localized
        doc = loc.handout.doc
        context = {**self._common(loc.lang, for_pdf, 1), **self.edition_context(edition)}
        context.update({
            "large": large, "window_title": loc.title, "description": context["summary"].striptags(),
            "keywords": self._keywords(edition), "created": doc.meta.reviewed.isoformat(),
            "references": self._sources(doc), "switcher": self._switcher(loc.lang, edition.languages, doc.slug),
            "formats": () if for_pdf else formats, "related": () if for_pdf else related,
            "canonical": self.url(f"{loc.lang}/{doc.slug}.html"),
        })
        context["page_qr"] = self._page_qr(for_pdf, context["canonical"])
        html = media.resolve(render_template(self.envs[loc.lang], "handout.html", context, self.settings.root),
                             for_pdf, 1, self.settings.content_dir)
        html = xref.resolve(html, for_pdf, edition.published, self.settings.site_url)
        return Page(html, loc.lang, loc.title, doc.slug, doc.meta.reviewed, doc.meta.audience)

    def _cited(self, blocks: list[RenderedBlock], doc: Document, lang: str) -> list[RenderedBlock]:
        """Blocks whose citations ([1]) link to the list of sources under the text, each named
        for a screen reader by the page word "cited" ("Source 1: <its title>"; none where the
        project's templates/labels.html predates it)."""
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
        if src not in linked:  # home: the index of the language the folder has
            common["home_href"] = f"../{other}/index.html"
        context = {**common, "dir": "",  # each column has its own
                   "L": lctx["L"], "left": lctx, "right": rctx,
                   "rows": list(zip(lctx["blocks"], [_without_anchors(b) for b in rctx["blocks"]], strict=True)),
                   "window_title": title,
                   "description": f"{lctx['summary'].striptags()} / {rctx['summary'].striptags()}",
                   "created": doc.meta.reviewed.isoformat(), "switcher": switcher, "canonical": self.url(target),
                   "keywords": self._keywords(left, language_name(right.localized.lang, "en"), "bilingual"),
                   "references": self._sources(doc)}
        context["page_qr"] = self._page_qr(for_pdf, context["canonical"])
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
                             Markup(' lang="{}"{}').format(x, _dir_attribute(x, page_lang)))
        context = {**self._common(page_lang, False, depth), "L": labels, "sections": sections,
                   "heading": shown, "window_title": heading, "disclaimers": list(notes.items()),
                   "switcher": self._index_switcher(lang, languages),
                   "canonical": self.url(f"{lang}/index.html" if lang else "index.html")}
        html = render_template(self.envs[page_lang], "index.html", context, self.settings.root)
        return Page(html, page_lang, heading, "index", None)

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
        return [self._item(other, f"{other}/{slug}.html", 1, other == lang) for other in languages]

    def _index_switcher(self, lang: str | None, languages: tuple[str, ...]) -> list[dict[str, Any]]:
        return [self._item(other, f"{other}/index.html", 1 if lang else 0, other == lang) for other in languages]


_ANCHOR_RE = re.compile(r'(<h[1-6]) id="[^"]*"')


def _without_anchors(block: RenderedBlock) -> RenderedBlock:
    """A block of the translation's column: its headings' anchors are the original column's (one
    page cannot have two elements with one id), so a link to a section opens its row."""
    if "<h" not in block.html:
        return block
    return dataclasses.replace(block, html=Markup(_ANCHOR_RE.sub(r"\1", str(block.html))))


# What the web pages call each other format of an edition they link to (printed as L[format.label]).
FORMAT_LABELS = {"pdf": "pdf", "large": "large_print",
                 "original": "side_by_side", "translation": "side_by_side_translation"}


def format_links(edition: Edition, prefix: str, outputs: set[str]) -> tuple[dict[str, str], ...]:
    """Links to the edition's PDF, large-print PDF and side-by-side editions, those of them the
    folder holds (``outputs``), from a page ``prefix`` away from the build folder."""
    slug, lang = edition.localized.handout.doc.slug, edition.localized.lang
    links = [(f"{lang}/{slug}.pdf", FORMAT_LABELS["pdf"], ""),
             (f"{lang}/{slug}-large.pdf", FORMAT_LABELS["large"], ""), *_side_by_side(edition, slug, outputs)]
    return tuple({"href": prefix + target, "label": label, "language": language}
                 for target, label, language in links if target in outputs)


def _side_by_side(edition: Edition, slug: str, outputs: set[str]) -> list[tuple[str, str, str]]:
    """(target, label, language) of the side-by-side editions: the original links one for each
    translation (named by its language when there are several), a translation the one with the
    original. Each is its PDF, or else its web page."""
    src, lang = edition.localized.handout.doc.lang, edition.localized.lang
    found = []
    for other in ([x for x in edition.languages if x != src] if lang == src else [lang]):
        stems = [side_by_side_target(slug, src, other, edition.configured, ext) for ext in ("pdf", "html")]
        target = next((stem for stem in stems if stem in outputs), "")
        if target:
            found.append((target, FORMAT_LABELS["translation" if lang == src else "original"], other))
    return [(target, label, language_name(other, lang) if len(found) > 1 else "")
            for target, label, other in found]


MAX_RELATED = 12  # a topic with more handouts is the index page's job


def related_links(editions: dict[tuple[str, str], Edition]) -> dict[tuple[str, str], tuple[dict[str, str], ...]]:
    """For each edition, links to the other handouts of its topic published in its language (the
    front matter's ``topic``), patient handouts first, then by title; at most ``MAX_RELATED``."""
    by_topic: dict[tuple[str, str], list[tuple[int, tuple[str, str], str, str]]] = {}
    for (slug, lang), edition in editions.items():
        meta = edition.localized.handout.doc.meta
        by_topic.setdefault((meta.topic, lang), []).append(
            (AUDIENCES.index(meta.audience), title_key(edition.localized.title), slug, edition.localized.title))
    for group in by_topic.values():
        group.sort()
    found = {}
    for (slug, lang), edition in editions.items():
        group = by_topic[(edition.localized.handout.doc.meta.topic, lang)][:MAX_RELATED + 1]
        found[(slug, lang)] = tuple({"href": f"../{lang}/{other}.html", "title": title, "audience": AUDIENCES[rank]}
                                    for rank, _key, other, title in group if other != slug)[:MAX_RELATED]
    return found


LETTERS_FROM = 20  # a list this long gets an A-Z bar: staff find a handout among hundreds
MAX_LETTERS = 40  # more first characters than this (Chinese titles): no bar, the list as it is


DIGITS = "0–9"  # the run of titles that start with a number ("2 doses a day")


def initial(title: str) -> str:
    """The letter a title is listed under: its first letter without accent ("Éxito": E), after any
    opening punctuation ("¿Qué…?": Q); "Ñ" has its own, as in a Spanish dictionary; a digit ``DIGITS``."""
    bare = title_key(title)[0]
    if bare[1:2] == "\U0010ffff":  # title_key's "ñ"
        return "Ñ"
    return bare[0].upper() if bare and not bare[0].isdigit() else DIGITS


def lists_topics(count: int, topics: set[str]) -> bool:
    """Whether a list of ``count`` handouts of these ``topics`` is listed by topic (by_letter)."""
    return count >= LETTERS_FROM and len(topics) > 1


def by_letter(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A long list (``LETTERS_FROM`` items) in runs of one initial each, in order; [] for a short one.

    The initial is the topic's when the items are of more than one topic (each run then lists its
    topics, each with its handouts: staff look for the medicine, and patient titles are questions,
    "What is…?", "¿Qué…?"), else the title's."""
    if len(items) < LETTERS_FROM:
        return []
    by_topic = lists_topics(len(items), {item["topic"] for item in items})
    if by_topic:
        items = sorted(items, key=lambda item: (title_key(item["topic_name"]), item["topic"]))  # stable: by title
    runs: list[dict[str, Any]] = []
    for item in items:
        letter = initial(item["topic_name"] if by_topic else item["title"])
        if not runs or runs[-1]["letter"] != letter:  # its id: the letter ("0-9": no en dash in an address)
            runs.append({"letter": letter, "id": "0-9" if letter == DIGITS else letter, "items": [], "topics": []})
        runs[-1]["items"].append(item)
        if by_topic:
            if not runs[-1]["topics"] or runs[-1]["topics"][-1]["topic"] != item["topic"]:
                runs[-1]["topics"].append({"topic": item["topic"], "name": item["topic_name"], "items": []})
            runs[-1]["topics"][-1]["items"].append(item)
    return runs if len(runs) <= MAX_LETTERS else []


def index_sections(editions: dict[tuple[str, str], Edition], languages: tuple[str, ...], depth: int,
                   outputs: set[str], topic_name: Callable[[str, str], str]) -> list[dict[str, Any]]:
    """Per language, handouts grouped by audience, with links to each format the folder holds
    (``outputs``): the PDF, the large-print PDF and the side-by-side edition. ``topic_name(topic,
    lang)`` names a topic (Settings.topic_name), for a long list grouped by topic."""
    prefix = "../" if depth else ""
    in_order = sorted(editions.items(), key=lambda kv: title_key(kv[1].localized.title))
    sections = []
    for lang in languages:
        groups = []
        for audience in ("patient", "clinician"):
            items = []
            for (slug, ed_lang), edition in in_order:
                doc = edition.localized.handout.doc
                if ed_lang != lang or doc.meta.audience != audience:
                    continue
                items.append({"title": edition.localized.title, "href": f"{prefix}{lang}/{slug}.html",
                              "formats": format_links(edition, prefix, outputs), "topic": doc.meta.topic,
                              "topic_name": topic_name(doc.meta.topic, lang), "draft": edition.draft})
            if items:
                groups.append({"audience": audience, "items": items, "letters": by_letter(items)})
        sections.append({"lang": lang, "dir": text_direction(lang), "language_name": language_name(lang, lang),
                         "groups": groups})
    return sections

