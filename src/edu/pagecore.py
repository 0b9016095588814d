"""Page stage: what every page of the site is made with, whatever it shows.

In: the settings, the template catalog of each language, the references and the characters the
pages print. Out: PageCore, the part of PageMaker (pages.py) the other parts build on: the
template words of a language with their values filled in (``labels``, ``said_in``), the fonts and
the stylesheet and icon every web page links (``stylesheet``, ``favicon``), what every page's
template is given (``common_context``), what a web page's <head> says of it (``head_context``,
``as_preview``) and the web address of a file of the build folder (``url``). Words and font rules
are made once per build and language, not once per page.
"""

from __future__ import annotations

import hashlib
import json
from functools import cached_property
from pathlib import Path
from typing import Any

from babel.messages.catalog import Catalog
from jinja2 import Environment
from markupsafe import Markup

from . import media
from .config import Settings
from .errors import SourceError
from .fonts import Face, faces, language_rules, stack
from .langtag import og_locale, text_direction
from .model import Reference
from .printedwords import list_line
from .render import MarkdownRenderer
from .templating import (
    CatalogTranslations,
    SharedBytecode,
    StoredBytecode,
    css_counter,
    css_string,
    loaded,
    loading,
    make_environment,
    render_template,
)
from .webfonts import WebFont, web_css, web_fonts

PAGE_MARK, PAGES_MARK = "\x01", "\x02"
CITED_NUMBER_MARK, CITED_TITLE_MARK = "\x03", "\x04"  # filled per citation: "Source 3" (older labels.html: ": <title>")
TABLE_NUMBER_MARK = "\x05"  # filled per table of a web page: "Table 2"
CODE_WORDS = ("patient", "clinician", "last_reviewed", "version", "status_original", "status_translated", "handouts",
              "large_print")
STYLESHEET = "web.css"  # templates/web.css: the stylesheet every web page links (build/assets/edu.<digest>.css)
# A project whose templates predate templates/web.css: the web pages' CSS its base.html printed in each page.
OLD_STYLESHEET = '{{ font_css }}\n{% include "edu.css" %}\n{% include "screen.css" %}\n'
FAVICONS = {"favicon.svg": "image/svg+xml", "favicon.ico": ""}  # templates/<name>: the site's icon, if any


def dir_attribute(lang: str, within: str) -> Markup:
    """` dir="…"` for text in ``lang`` inside text in ``within`` written the other way, else nothing."""
    direction = text_direction(lang)
    return Markup(' dir="{}"').format(direction) if direction != text_direction(within) else Markup("")


def lang_attributes(lang: str, within: str) -> Markup:
    """` lang="…"` (and ` dir="…"`, see dir_attribute) for text in ``lang`` inside text in ``within``."""
    return Markup(' lang="{}"{}').format(lang, dir_attribute(lang, within))


class PageCore:
    """The page words, fonts and stylesheet every page shares, with one Jinja2 environment per language."""

    def __init__(self, settings: Settings, template_catalogs: dict[str, Catalog | None],
                 references: dict[str, Reference], printed: frozenset[str] = frozenset(),
                 languages: tuple[str, ...] | None = None, preview: bool = False,
                 compiled: SharedBytecode | None = None) -> None:
        """``printed``: the characters the pages print (Project.characters), which decide the fonts
        web pages load (``web_fonts``); ``languages``: those with pages, whose words the stylesheet
        prints (every configured one by default: a language with nothing published yet, added
        to the project, must not give every other page a new stylesheet). ``preview``: the web
        pages of `edu build --draft`, which search engines must not take for the published ones
        (``as_preview``). ``compiled``: where the compiled templates are kept (a build's:
        templating.StoredBytecode, in its folder for the next build, with the fonts cut for the web
        pages: webfonts.font_file), else in memory."""
        self.settings = settings
        self.preview = preview
        self.page_languages = settings.languages if languages is None else languages
        self.references = references
        self.printed = printed
        self.markdown = MarkdownRenderer()
        bytecode = SharedBytecode() if compiled is None else compiled
        self._kept = compiled.kept if isinstance(compiled, StoredBytecode) and not compiled.fresh else None  # (--force)
        self.envs: dict[str, Environment] = {
            lang: make_environment(settings.templates_dir, CatalogTranslations(catalog), bytecode)
            for lang, catalog in template_catalogs.items()
        }
        self._source_env = make_environment(settings.templates_dir, CatalogTranslations(None), bytecode)  # English
        # (lang, values) -> the words, and the templates their render loaded (said again to each page's
        # render that takes them from here: what a PDF is made from, printtemplates.py)
        self._labels: dict[tuple[str, tuple[tuple[str, Any], ...]], tuple[dict[str, str], frozenset[str]]] = {}
        self._font_css: dict[int, str] = {}

    @cached_property
    def faces(self) -> list[Face]:
        """The fonts, shipped and the project's (whose tables are read at the first page made)."""
        return faces(self.settings)

    @cached_property
    def web_fonts(self) -> list[WebFont]:
        """The font files web pages load from build/assets/fonts/ (webfonts.py)."""
        return web_fonts(self.faces, self.printed, self._kept)

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
                       "rejected_count": 0, "next_review_text": "", "translation_reviewed_text": "",
                       "page_marker": PAGE_MARK, "pages_marker": PAGES_MARK, "cited_count": 1,
                       "cited_number": CITED_NUMBER_MARK, "cited_title": CITED_TITLE_MARK,
                       "table_number": TABLE_NUMBER_MARK, **values}
            with loading() as names:
                text = render_template(self.templates_in(lang), "labels.html", context, self.settings.root)
            words = dict(json.loads(text))
            for word in CODE_WORDS:
                if word not in words:
                    self.missing_word(word, "every edition prints it (`edu new` writes the whole list)")
            self._labels[key] = words, frozenset(names)
        words, made_from = self._labels[key]
        loaded(made_from)
        return dict(words)

    def templates_in(self, lang: str) -> Environment:
        """The templates with the words of ``lang`` (English, the templates' own, for "")."""
        return self.envs.get(lang) or self._source_env

    def said_in(self, lang: str, *names: str) -> bool:
        """Whether the page words ``names`` are in the project's labels.html and each has a usable
        translation in ``lang`` (a word without one prints in English: not to be marked ``lang``)."""
        words, english = self.labels(lang), self.labels("")
        if not all(name in words for name in names):
            return False
        return lang.split("-")[0] in ("en", "") or all(words[name] != english[name] for name in names)

    def missing_word(self, word: str, why: str) -> None:
        """A page word the code prints is not in the project's templates/labels.html (written by an
        older `edu new`, or edited): a located error, not a KeyError."""
        raise SourceError(f'no page word "{word}": {why}', *list_line(self.settings))

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

    def common_context(self, lang: str, for_pdf: bool, depth: int) -> dict[str, Any]:
        prefix = "../" * depth
        settings = self.settings
        clinic_name, clinic_lang = settings.clinic_in(lang)
        clinic_line = " · ".join(x for x in (clinic_name, settings.clinic_phone) if x)
        organization, organization_lang = settings.organization_in(lang)
        icon = None if for_pdf else self.favicon
        return {
            "lang": lang, "dir": text_direction(lang), "for_pdf": for_pdf, "large": False, "paper": settings.paper,
            "organization": organization,
            "organization_lang": lang_attributes(organization_lang, lang) if organization_lang else "",
            "home_href": f"{prefix}{lang}/index.html" if depth else "index.html",
            "clinic_name": clinic_name, "clinic_phone": settings.clinic_phone,
            "clinic_name_lang": lang_attributes(clinic_lang, lang) if clinic_lang else "",
            "clinic_tel": settings.clinic_tel,  # read once with the settings (imprint.tel_uri)
            "clinic_line": clinic_line if clinic_name else "",
            "font_css": Markup(self.font_css(-1 if for_pdf else depth)),
            "font_stack": self.font_stack,
            "created": None, "switcher": [], "description": "", "keywords": "", "canonical": "",
            # a web page: its stylesheet and icon (relative: the site works in a subfolder and from a disk)
            "stylesheet": "" if for_pdf else prefix + self.stylesheet[0],
            "favicon": prefix + icon[0] if icon else "", "favicon_type": icon[1] if icon else "",
            "og": None, "x_default": "", "noindex": False, "refresh": "",
        }

    def as_preview(self, context: dict[str, Any]) -> None:
        """A web page of `edu build --draft`: not for search engines (noindex), claiming no published
        address (no canonical, hreflang or Open Graph), and DRAFT first in its window title and tab."""
        if self.preview and not context["for_pdf"]:
            title = f"{context['L']['draft']}: {context['window_title']}"
            context.update(noindex=True, canonical="", window_title=title, og=None, x_default="")

    def head_context(self, context: dict[str, Any], kind: str, langs: tuple[str, ...],
                     home: bool = True) -> dict[str, Any]:
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

    def url(self, path: str) -> str:
        """The web address of a file of the build folder, when the project says where it is
        published (``site_url``); else "". Search engines want hreflang and canonical links whole."""
        return self.settings.site_url + path if self.settings.site_url else ""
