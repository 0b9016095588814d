"""Page stage: the site's pages that are not a handout's: the index pages and the notices
(templates/notice.html).

In: the index's sections (listing.py), the languages with pages and the address of an edition no
longer published. Out: Page records of whole HTML: build/index.html and <lang>/index.html
(``index_page``), the page at a withdrawn edition's address (``withdrawn_page``), the 404 pages
(``not_found_page``) and the notice page these two are made of (``notice_page``, with which
moved.py makes the page at a renamed handout's old address). A project whose templates predate
the notices makes none (``notices``). SitePages is a part of PageMaker (pages.py).
"""

from __future__ import annotations

import posixpath
import re
from functools import cached_property
from typing import Any
from urllib.parse import urlsplit

from markupsafe import Markup

from . import structured
from .langtag import language_name
from .model import Page
from .pagecore import dir_attribute, lang_attributes
from .switcher import LanguageSwitcher
from .templating import render_template

# The words of a page at a withdrawn edition's address and of a 404 page (templates/notice.html); a
# project whose templates/labels.html predates them makes neither (see ``notices``).
WITHDRAWN_WORDS = ("updating", "updating_text", "read_original", "all_handouts", "skip_notice", "index_disclaimer")
NOT_FOUND_WORDS = ("not_found", "not_found_text", "all_handouts", "skip_notice", "index_disclaimer")
DESCRIPTION_LENGTH = 200  # an index page's description: the titles it lists, whole, up to about this long


_RELATIVE_RE = re.compile(r'(\s(?:href|src)=")(?![a-z][a-z0-9+.-]*:|/|#)([^"]*)"')


def _from_site_root(html: str, address: str) -> str:
    """A 404 page's links and files from the site's root ("/patient-ed/medicines/es/index.html"): a
    web server shows it at any address, so a link relative to its own folder would lead nowhere.
    Not a <base>: a Content-Security-Policy with base-uri 'none' or 'self' (OWASP's advice) refuses
    one naming the site's address."""
    folder = posixpath.dirname(urlsplit(address).path)
    return _RELATIVE_RE.sub(lambda m: f'{m[1]}{posixpath.normpath(posixpath.join(folder, m[2]))}"', html)


class SitePages(LanguageSwitcher):
    """The index pages and the notices at addresses with no handout page."""

    @cached_property
    def notices(self) -> bool:
        """Whether the project's templates make the page of a withdrawn edition and the 404 pages:
        templates/notice.html and their words (a project's templates from before them make neither)."""
        return (self.settings.templates_dir / "notice.html").is_file() and \
            self.said_in("", *WITHDRAWN_WORDS, *NOT_FOUND_WORDS)

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
            Markup('<span lang="{}"{}>{}</span>').format(x, dir_attribute(x, page_lang), word) if x != page_lang
            else word
            for word, x in words.items()) if words else heading
        notes = {labels["index_disclaimer"]: Markup("")}  # the home page says it in each of its languages
        for section in sections if not lang else []:
            x = section["lang"]
            notes.setdefault(section["L"]["index_disclaimer"],
                             lang_attributes(x, page_lang))
        context = {**self.common_context(page_lang, False, depth), "L": labels, "sections": sections,
                   "heading": shown, "window_title": heading, "disclaimers": list(notes.items()),
                   "switcher": self.index_switcher(lang, languages),
                   "description": _listed(heading, [s for s in sections if s["lang"] == page_lang]),
                   "canonical": self.url(f"{lang}/index.html" if lang else "index.html")}
        context.update(self.head_context(context, "website", languages if lang else tuple(s["lang"] for s in sections),
                                  home=lang is not None))
        self.as_preview(context)
        context["structured_data"] = "" if context["noindex"] else structured.script_text(structured.collection_page(
            self.settings, page_lang, heading, context["description"], context["canonical"], sections))
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
        switcher = [item for item in self.switcher(lang, shown, slug) if not side_by_side or not item["current"]]
        notes = [{"text": words["updating_text"], "links": links, "attributes": Markup("")}]
        return self.notice_page(page_lang, 1, words, words["updating"], notes, switcher, "../" + home, slug)

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
            attributes = lang_attributes(x, page_lang) if x != page_lang \
                else Markup("")
            notes.append({"text": said["not_found_text"], "attributes": attributes,
                          "links": [{"href": f"{x}/index.html" if x in languages and not lang else "index.html",
                                     "hreflang": "", "text": said["all_handouts"]}]})
        headings: dict[str, str] = {}  # each language's words, once (as the home page's heading)
        for x in said_in:
            headings.setdefault(self.labels(x)["not_found"], x)
        heading = Markup(" / ").join(
            Markup('<span lang="{}"{}>{}</span>').format(x, dir_attribute(x, page_lang), word) if x != page_lang
            else word for word, x in headings.items())
        switcher = [self.switcher_item(x, f"{x}/index.html", depth, False) for x in languages]
        page = self.notice_page(page_lang, depth, words, heading, notes, switcher,
                            "index.html", "404", " / ".join(headings),
                            self.url(f"{lang}/404.html" if lang else "404.html"))
        return page

    def notice_page(self, lang: str, depth: int, words: dict[str, str], heading: str, notes: list[dict[str, Any]],
                switcher: list[dict[str, Any]], home: str, slug: str, title: str = "", base: str = "",
                head: dict[str, str] | None = None) -> Page:
        """A page of templates/notice.html: a heading, and notes each with its links; ``head``:
        its canonical address and where it sends the browser on (``refresh``), if anywhere."""
        context = {**self.common_context(lang, False, depth), "L": words, "heading": heading, "notes": notes,
                   "window_title": title or heading, "switcher": switcher, "noindex": True,
                   "disclaimers": [(words["index_disclaimer"], Markup(""))], "home_href": home, **(head or {})}
        context["description"] = " ".join(note["text"] for note in notes)
        self.as_preview(context)
        html = render_template(self.templates_in(lang), "notice.html", context, self.settings.root)
        return Page(_from_site_root(html, base) if base else html, lang, context["window_title"], slug, None)


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
