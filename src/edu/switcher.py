"""Page stage: the language switcher a page prints, and the addresses its hreflang links give.

In: the configured languages, those a page exists in and how deep the page is in the build
folder. Out: one item per language: a link to the page in that language, with its whole address
when the site's is known (``switcher_item``), or, for a language the page is not in yet, its name
and "not available yet" in its own words; ``switcher`` for a handout's page, ``index_switcher``
for an index page. LanguageSwitcher is a part of PageMaker (pages.py): the handout, side-by-side,
index and notice pages print it, and so does moved.py's page at a renamed handout's old address.
"""

from __future__ import annotations

from typing import Any

from markupsafe import Markup

from .langtag import language_name
from .pagecore import PageCore, lang_attributes


class LanguageSwitcher(PageCore):
    """Each language of the site as a page's switcher lists it."""

    def switcher_item(self, lang: str, path: str, depth: int, current: bool) -> dict[str, Any]:
        """One language of the switcher: ``href`` from the page (``depth`` folders down), ``url``
        whole when the site's address is known (the hreflang alternates print it)."""
        href = "../" * depth + path
        return {"lang": lang, "name": language_name(lang, lang), "href": href, "url": self.url(path) or href,
                "current": current}

    def switcher(self, lang: str, languages: tuple[str, ...], slug: str) -> list[dict[str, Any]]:
        """Every configured language: a link to the handout in each of ``languages`` (those it has
        a page in), the others as text saying it is not available yet, in their own words (a
        reader looks for "Español" on an English page: it was simply missing)."""
        items = []
        for other in self.settings.languages:
            if other in languages:
                items.append(self.switcher_item(other, f"{other}/{slug}.html", 1, other == lang))
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
        attributes = lang_attributes(lang, page_lang)
        if self.said_in(lang, "not_available"):
            text = Markup('<span class="unavailable"{}>{} ({})</span>').format(
                attributes, name, self.labels(lang)["not_available"])
        else:
            text = Markup('<span class="unavailable"><span{}>{}</span> ({})</span>').format(
                attributes, name, self.labels(page_lang)["not_available"])
        return {"lang": lang, "name": name, "href": "", "url": "", "current": False, "unavailable": text}

    def index_switcher(self, lang: str | None, languages: tuple[str, ...]) -> list[dict[str, Any]]:
        """An index page's switcher (``lang`` None: the home page's): the index page of each of ``languages``."""
        return [self.switcher_item(other, f"{other}/index.html", 1 if lang else 0, other == lang)
                for other in languages]
