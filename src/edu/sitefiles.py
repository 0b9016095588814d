"""Page stage: the files a web team's tools read about the site, not people.

In: the published editions of a build (editions.Edition) and the files the build folder holds
once it is done. Out: ``build/pages.json``, one record per published web page of a handout (its
words, dates, its clinical and its translation's review and the paths of its other formats) for a CMS or an
intranet portal to import, and,
when the project says where the site is published (``site_url``), ``build/sitemap.xml`` with each
page's other languages (``xhtml:link`` hreflang alternates) and the last review it prints as
``lastmod`` (its translation's, when later than its clinical review).
A draft is in neither: its pages are not for patients, and a draft build (`--draft`) writes no
sitemap at all (its pages are noindex).

Both are written byte for byte the same from the same inputs (sorted, no dates but the handouts'
and their reviews').
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from markupsafe import Markup

from .config import Settings
from .editions import Edition, edition_ref, side_by_side_target
from .render import MarkdownRenderer, inline_html

if TYPE_CHECKING:
    from .trsignoff import Review

EditionKey = tuple[str, str]  # (slug, lang)
FORMAT = 1  # pages.json's layout: raised when a field changes meaning or goes


def published(editions: dict[EditionKey, Edition], held: set[str], configured: tuple[str, ...]) -> list[EditionKey]:
    """The editions whose web page the folder holds, drafts left out, by slug then language."""
    return sorted((key for key, edition in editions.items()
                   if not edition.draft and f"{key[1]}/{key[0]}.html" in held),
                  key=lambda key: (key[0], configured.index(key[1]) if key[1] in configured else len(configured)))


def _side_by_side(edition: Edition, keys: set[EditionKey], held: set[str]) -> list[dict[str, Any]]:
    """The side-by-side editions of an edition the folder holds: an original's with each of its
    translations, a translation's with its original."""
    doc = edition.localized.handout.doc
    slug, src, lang = doc.slug, doc.lang, edition.localized.lang
    found = []
    for other in ([x for x in edition.configured if x != src and (slug, x) in keys] if lang == src else [lang]):
        if (slug, src) not in keys:
            continue
        paths = {ext: side_by_side_target(slug, src, other, edition.configured, ext) for ext in ("html", "pdf")}
        if any(path in held for path in paths.values()):
            found.append({"langs": [src, other], **{ext: path if path in held else None
                                                     for ext, path in paths.items()}})
    return found


def _review(review: Review | None) -> dict[str, Any] | None:
    """A translation's (``Edition.review``) or the handout's clinical (``Edition.clinical``) last
    recorded review: ``current`` whether it is of the words the page prints now (False: an entry,
    the text or a fact changed since, no reviewer has read it: the page says so), ``by`` whom,
    ``reviewed`` when; None for an original's translation review and for none recorded."""
    if review is None:
        return None
    return {"current": review.current, "by": review.by, "reviewed": review.reviewed.isoformat()}


def pages_json(settings: Settings, editions: dict[EditionKey, Edition], held: set[str],
               markdown: MarkdownRenderer) -> bytes:
    """build/pages.json: each published handout page, with what a CMS lists it by."""
    keys = published(editions, held, settings.languages)
    shown = set(keys)
    records = []
    for slug, lang in keys:
        edition = editions[(slug, lang)]
        loc = edition.localized
        doc = loc.handout.doc
        due = doc.meta.review_due(settings.review_months)
        html = f"{lang}/{slug}.html"
        records.append({
            "slug": slug, "moved_from": list(doc.meta.moved_from), "lang": lang, "source_lang": doc.lang,
            "title": loc.title, "summary": Markup(inline_html(loc.summary, markdown)).striptags(),
            "audience": doc.meta.audience, "topic": doc.meta.topic,
            "topic_name": settings.topic_name(doc.meta.topic, lang),
            "reviewed": doc.meta.reviewed.isoformat(), "next_review": due.isoformat() if due else None,
            "version": doc.meta.version,
            "ref": edition_ref(loc, edition.translation_reviewed, edition.unreviewed_change),
            "html": html, "url": settings.site_url + html if settings.site_url else None,
            "pdf": f"{lang}/{slug}.pdf" if f"{lang}/{slug}.pdf" in held else None,
            "large_print": f"{lang}/{slug}-large.pdf" if f"{lang}/{slug}-large.pdf" in held else None,
            "bilingual": _side_by_side(edition, shown, held),
            "languages": {x: f"{x}/{slug}.html" for x in settings.languages if (slug, x) in shown},
            "clinical_review": _review(edition.clinical),
            "translation_review": _review(edition.review),
        })
    data = {"format": FORMAT, "generator": "edu", "site_url": settings.site_url or None, "pages": records}
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _last_changed(edition: Edition) -> str:
    """A handout page's ``lastmod``: the later of the days it prints, its clinical review and its
    translation's review (a Spanish page reviewed on December 1 changed then: its words may have,
    and its edition line did). A translation edited since its review prints no review day, and
    no day says when it was edited: its clinical review, as before any review was recorded."""
    reviewed = edition.localized.handout.doc.meta.reviewed
    translated = edition.translation_reviewed
    return max(reviewed, translated).isoformat() if translated is not None else reviewed.isoformat()


def sitemap_xml(settings: Settings, editions: dict[EditionKey, Edition], held: set[str]) -> bytes:
    """build/sitemap.xml (``site_url`` set): the index pages, each published handout page with its
    other languages, and the side-by-side pages, each with the last review date it prints (an index
    page: the latest clinical review of what it lists, whose words a translation's review leaves as
    they were)."""
    from xml.sax.saxutils import escape, quoteattr  # here: it loads urllib.request and http.client (20 ms)

    url = settings.site_url
    keys = published(editions, held, settings.languages)
    shown = set(keys)
    entries: list[tuple[str, str, list[tuple[str, str]]]] = []
    reviewed = {key: editions[key].localized.handout.doc.meta.reviewed.isoformat() for key in keys}
    changed = {key: _last_changed(editions[key]) for key in keys}
    langs = [x for x in settings.languages if any(key[1] == x for key in keys)
             and f"{x}/index.html" in held]
    if "index.html" in held and keys:
        entries.append(("index.html", max(reviewed.values()), []))
    for lang in langs:
        alternates = [(x, f"{x}/index.html") for x in langs] if len(langs) > 1 else []
        entries.append((f"{lang}/index.html", max(v for k, v in reviewed.items() if k[1] == lang), alternates))
    for slug, lang in keys:
        others = [x for x in settings.languages if (slug, x) in shown]
        alternates = [(x, f"{x}/{slug}.html") for x in others] if len(others) > 1 else []
        entries.append((f"{lang}/{slug}.html", changed[(slug, lang)], alternates))
        for pair in _side_by_side(editions[(slug, lang)], shown, held):
            if pair["html"] and pair["langs"][1] == lang:  # listed once: with the translation's page
                entries.append((pair["html"], changed[(slug, lang)], []))
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">']
    for path, lastmod, alternates in entries:
        lines += ["  <url>", f"    <loc>{escape(url + path)}</loc>", f"    <lastmod>{lastmod}</lastmod>"]
        lines += [f'    <xhtml:link rel="alternate" hreflang={quoteattr(x)} href={quoteattr(url + href)}/>'
                  for x, href in alternates]
        lines.append("  </url>")
    lines.append("</urlset>")
    return ("\n".join(lines) + "\n").encode("utf-8")
