"""Page stage: a handout's pages: its web page, its PDF's page (plain or large print) and the
side-by-side page of an original and its translation.

In: editions (editions.Edition), their rendered blocks and the references they cite. Out: Page
records of whole HTML (``handout_page``, ``bilingual_page``) and what the templates print about
an edition (``edition_context``, which outputs.OncePageMaker keeps per edition). Citations link to
the sources listed under the text; on a web page tables scroll sideways and numbered lists lose
the style attribute only WeasyPrint needs; a side-by-side page pairs the two editions block by
block, one row each.
HandoutPages is a part of PageMaker (pages.py).
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from html import unescape
from typing import Any

from markupsafe import Markup, escape

from . import media, structured, xref
from .editions import Edition, edition_ref, side_by_side_target
from .fonts import faces
from .imprint import date_text, qr_code, reference_item
from .langtag import language_name, text_direction
from .model import Document, Page
from .pagecore import CITED_NUMBER_MARK, CITED_TITLE_MARK, TABLE_NUMBER_MARK, dir_attribute, lang_attributes
from .printtemplates import HANDOUT, SIDE_BY_SIDE
from .render import RenderedBlock, inline_html, render_blocks, scrollable_tables, web_lists
from .switcher import LanguageSwitcher
from .templating import render_template
from .widetables import room, split_wide_tables
from .writein import has_phone_cell, kept_whole, merge_write_in_tables

# the page words of a handout changed since its clinical sign-off, as labels.html sets them
UNREVIEWED_WORDS = {"unreviewed_change": '_("Changed since this review: not yet reviewed by a clinician")',
                    "unreviewed_since": '_("Changed since its review of %(date)s", date=source_reviewed_text)'}
LARGE_PRINT_SCALE = 1.5  # a large-print sheet's pictures, as its 18 pt text is to the 12 pt of the PDF


class HandoutPages(LanguageSwitcher):
    """The pages of one edition, or of two side by side."""

    def _page_qr(self, for_pdf: bool, canonical: str) -> str:
        """A printed page's QR code of its web address (``site_url`` known, ``qr_code`` on), else ""."""
        return qr_code(canonical) if for_pdf and canonical and self.settings.qr_code else ""

    def edition_context(self, edition: Edition) -> dict[str, Any]:
        """Everything the templates print about one edition."""
        loc = edition.localized
        doc, lang = loc.handout.doc, loc.lang
        locale = self.settings.locale(lang)
        reviewed_text = date_text(doc.meta.reviewed, "long", locale)
        due = doc.meta.review_due(self.settings.review_months)
        due_text = date_text(due, "yMMMM", locale) if due else ""  # "November 2029"
        translated_on = edition.translation_reviewed  # its translation's review, of the words it prints now
        translated_text = date_text(translated_on, "long", locale) if translated_on else ""
        # a translation a check refused (a wrong dose) is not "missing": a draft counts it apart, as
        # the terminal does; a labels.html from before the word "rejected" counts it among the missing
        counted_apart = "rejected" in self.labels(lang)
        rejected = sum(1 for m in loc.missing if m.status.startswith("rejected")) if counted_apart else 0
        labels = self.labels(lang, version=doc.meta.version, missing_count=len(loc.missing) - rejected,
                             rejected_count=rejected,
                             source_language_name=language_name(doc.lang, lang, start=False),
                             source_reviewed_text=reviewed_text, next_review_text=due_text,
                             translation_reviewed_text=translated_text)
        status = labels["status_original"] if lang == doc.lang else labels["status_translated"]
        reviewed = f"{labels['last_reviewed']} {reviewed_text}"
        if due and "next_review" not in labels:
            self.missing_word("next_review", "a review date is set (review_months or next_review): add "
                               '"next_review": _("Next review %(date)s", date=next_review_text), then `edu update`')
        dates = f"{reviewed} · {labels['next_review']}" if due else reviewed
        # every printed page carries it (large print: its edition line)
        ref = edition_ref(loc, translated_on, edition.unreviewed_change)
        unreviewed = self._unreviewed(edition, labels)
        # a web page's edition line gives its dates to machines too: <time datetime="2026-11-20">
        timed = Markup('{} <time datetime="{}">{}</time>').format(labels["last_reviewed"],
                                                                  doc.meta.reviewed.isoformat(), reviewed_text)
        if due:
            timed += Markup(" · ") + _timed(labels["next_review"], due_text, f"{due:%Y-%m}")
        # "Translation reviewed December 1, 2026": none where no review is recorded, where the
        # translation changed since, or where the project's labels.html predates the word
        review = labels["translation_reviewed"] if translated_on and "translation_reviewed" in labels else ""
        reviews = [review] if review else []
        on_web = [_timed(review, translated_text, translated_on.isoformat())] if review and translated_on else []
        return {
            "L": labels, "title": loc.title,
            "summary": Markup(xref.mark(inline_html(loc.summary, self.markdown), loc.handout, lang)),
            "blocks": self._cited(render_blocks(loc, self.markdown), doc, lang),
            "status_line": status,
            "edition_line": " · ".join((labels[doc.meta.audience], dates, labels["version"], *reviews)),
            "edition_line_html": Markup(" · ").join((labels[doc.meta.audience], timed, labels["version"], *on_web)),
            # each printed page; "Changed since its review of December 6, 2026" for a changed handout: one line
            "footer_line": f"{labels['unreviewed_since'] if unreviewed else reviewed} · {labels['version']} · {ref}",
            "ref": ref, "unreviewed": unreviewed,  # said at the end of the edition line (handout.html)
            "reviewed_iso": doc.meta.reviewed.isoformat(), "reviewed_text": reviewed_text,
            "audience": doc.meta.audience, "version": doc.meta.version, "source_lang": doc.lang,
            "title_missing": any(m.segment.kind == "title" for m in loc.missing),
            "summary_missing": any(m.segment.kind == "summary" for m in loc.missing),
            "missing": loc.missing, "missing_count": len(loc.missing) - rejected, "rejected_count": rejected,
            "draft": edition.draft, "lang": lang, "dir": text_direction(lang),
            "source_dir": text_direction(doc.lang),
            "language_name": language_name(lang, lang),
        }

    def _unreviewed(self, edition: Edition, labels: dict[str, str]) -> str:
        """"Changed since this review: not yet reviewed by a clinician" at the end of the edition line of
        a handout whose text or facts changed since its clinical sign-off, and "Changed since its review
        of December 6, 2026" for "Last reviewed …" in the footer of each of its pages ("" for one
        unchanged, or never signed off: Edition.unreviewed_change): printed under the same version
        and review date as the sheets already handed out, a copy looked reviewed. In the footer it
        takes no line of its own: a sheet with a clinic's stamp had none to spare. A project's
        labels.html without the words is told what to add: its pages must not print the change as
        reviewed."""
        if not edition.unreviewed_change:
            return ""
        for word, text in UNREVIEWED_WORDS.items():
            if word not in labels:
                path = edition.localized.handout.doc.path.as_posix()
                self.missing_word(word, f"{path} changed since its clinical sign-off, and every page of it says so: "
                                  f'add "{word}": {text}, then `edu update` (or sign it off: `edu signoff`)')
        return labels["unreviewed_change"]

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
        context = {**self.common_context(loc.lang, for_pdf, 1), **self.edition_context(edition)}
        context.update({
            # a large-print PDF's title says so (a library's catalog listed two of one title)
            "large": large, "window_title": f"{loc.title} ({context['L']['large_print']})" if large else loc.title,
            "description": context["summary"].striptags(),
            "keywords": self._keywords(edition, context["L"]), "created": doc.meta.reviewed.isoformat(),
            "references": self._sources(doc), "switcher": self.switcher(loc.lang, edition.languages, doc.slug),
            "formats": () if for_pdf else formats, "related": () if for_pdf else related,
            "canonical": self.url(f"{loc.lang}/{doc.slug}.html"),
        })
        context.update(self.head_context(context, "article", edition.languages))
        context["edition_codes"] = context["ref"] if for_pdf else ""  # the PDF's EduEdition (pdftags.py)
        if large:  # 18 pt: the footer has no room for the edition's code; the edition line, under the title
            context["footer_line"] = context["footer_line"].removesuffix(f" · {context['ref']}")
            context["edition_line"] = f"{context['edition_line']} · {context['ref']}"
        context["page_qr"] = self._page_qr(for_pdf, context["canonical"])
        context["phone_cell"] = has_phone_cell(context["blocks"], context["L"].get("care_team_phone", ""))
        context["blocks"] = self._web(context["blocks"], loc.lang, for_pdf)
        self.as_preview(context)
        # for search engines and a site's tools (structured.py); not on a PDF, nor on a preview (noindex)
        context["structured_data"] = "" if for_pdf or context["noindex"] else structured.script_text(
            structured.medical_web_page(self.settings, edition, context["description"]))
        html = media.resolve(render_template(self.envs[loc.lang], HANDOUT, context, self.settings.root),
                             for_pdf, 1, self.settings.content_dir, LARGE_PRINT_SCALE if large else 1.0)
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

        linked = [(b, xref.link_citations(b.html, count, name)) for b in blocks]
        return [b if html is b.html else dataclasses.replace(b, html=Markup(html)) for b, html in linked]  # (most
        # blocks cite nothing: link_citations gives their HTML back, and a copy of each cost 5 µs)

    def _scrollable(self, blocks: list[RenderedBlock], lang: str) -> list[RenderedBlock]:
        """A web page's blocks with each table in a box that scrolls sideways, named by the page
        word "table" and the heading of its section ("Table 2, My shot record": "Table 2" alone
        told a screen-reader user nothing of what the table was for; render.scrollable_tables). A
        project whose templates/labels.html predates the word keeps its tables bare, as its
        screen.css expects."""
        if not any("<table" in block.html for block in blocks):
            return blocks
        labels = self.labels(lang)
        if "table" not in labels:
            return blocks
        numbers, heading, shown = itertools.count(1), "", []
        for block in blocks:
            if block.kind == "heading":
                heading = " ".join(unescape(_TAG.sub("", block.html)).split())
            elif "<table" in block.html:
                names = (labels["table"].replace(TABLE_NUMBER_MARK, str(n)) + (f", {heading}" if heading else "")
                         for n in numbers)
                block = dataclasses.replace(block, html=Markup(scrollable_tables(block.html, names)))
            shown.append(block)
        return shown

    def _web(self, blocks: list[RenderedBlock], lang: str, for_pdf: bool) -> list[RenderedBlock]:
        """The blocks as a web page (``for_pdf`` False) or the print edition shows them."""
        if for_pdf:
            return [kept_whole(b) for b in blocks]
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
        switcher = [self.switcher_item(lang, f"{lang}/{doc.slug}.html", 1, False) for lang in linked]
        target = side_by_side_target(doc.slug, src, other, left.configured, "html")
        common = self.common_context(src, for_pdf, 1)
        # a clinic named per language is stamped in both (the Spanish family read the English name)
        other_name, other_written = self.settings.clinic_in(other)
        common["clinic_other"] = common["clinic_other_lang"] = ""
        if other_name != common["clinic_name"]:
            written = other_written or other
            common["clinic_other"] = other_name
            common["clinic_other_lang"] = lang_attributes(written, src)
        if src not in linked:  # home: the index of the language the folder has
            common["home_href"] = f"../{other}/index.html"
        common["phone_cell"] = has_phone_cell(lctx["blocks"], lctx["L"].get("care_team_phone", ""))
        lblocks, rblocks = merge_write_in_tables(lctx["blocks"], [_without_anchors(b) for b in rctx["blocks"]],
                                                 other, dir_attribute(other, src))
        lblocks, rblocks = split_wide_tables(lblocks, rblocks, (lctx["language_name"], rctx["language_name"]),
                                             faces(self.settings), lctx["audience"],
                                             room(self.settings.templates_dir / "edu.css"))
        context = {**common, "dir": "",  # each column has its own
                   "L": lctx["L"], "left": lctx, "right": rctx,
                   "rows": list(zip(self._web(lblocks, src, for_pdf), self._web(rblocks, other, for_pdf),
                                    strict=True)),
                   "window_title": title,
                   "description": f"{lctx['summary'].striptags()} / {rctx['summary'].striptags()}",
                   "created": doc.meta.reviewed.isoformat(), "switcher": switcher, "canonical": self.url(target),
                   "keywords": self._keywords(left, lctx["L"], right.localized.lang),
                   "references": self._sources(doc),
                   "edition_codes": f"{lctx['ref']} {rctx['ref']}" if for_pdf else ""}
        context.update(self.head_context(context, "article", (src, other), home=False))
        context["page_qr"] = self._page_qr(for_pdf, context["canonical"])
        self.as_preview(context)
        context["structured_data"] = "" if for_pdf or context["noindex"] else structured.script_text(
            structured.side_by_side_page(self.settings, left, right, context["description"], context["canonical"],
                                         linked))
        html = media.resolve(render_template(self.envs[left.localized.lang], SIDE_BY_SIDE, context,
                                             self.settings.root), for_pdf, 1, self.settings.content_dir)
        html = xref.resolve(html, for_pdf, left.published, self.settings.site_url)
        return Page(html, left.localized.lang, title, doc.slug, doc.meta.reviewed, doc.meta.audience,
                    extra_langs=(right.localized.lang,))


def _timed(text: str, date_text: str, datetime: str) -> Markup:
    """``text`` ("Next review November 2027") with its date marked for machines (``datetime``:
    "2027-11"), ``<time datetime="2027-11">November 2027</time>``; as it is if the date is not in it."""
    shown = escape(date_text)
    escaped = escape(text)
    if not date_text or shown not in escaped:
        return escaped
    return Markup(escaped.replace(shown, Markup('<time datetime="{}">{}</time>').format(datetime, shown), 1))


_ANCHOR_RE = re.compile(r'(<h[1-6]) id="[^"]*"')


def _without_anchors(block: RenderedBlock) -> RenderedBlock:
    """A block of the translation's column: its headings' anchors are the original column's (one
    page cannot have two elements with one id), so a link to a section opens its row."""
    if "<h" not in block.html:
        return block
    return dataclasses.replace(block, html=Markup(_ANCHOR_RE.sub(r"\1", str(block.html))))


_TAG = re.compile(r"<[^>]+>")  # a heading's markup, left out of the name of its section's tables
