"""Plan stage: a renamed handout's old addresses keep answering (``moved_from`` in its front matter).

Printed sheets carry the web address of their handout, ``<site_url>/<lang>/<slug>.html``, and its
QR code: renamed, a handout's old pages were removed and every sheet handed out led to a 404.
In: the handouts, the editions this build links to, the files the build folder holds. Out:

- at ``<lang>/<old>.html``, for each language whose page of the handout this build makes, and at
  the old address of its side-by-side edition with that language, a short page in that language
  (templates/notice.html) saying the handout has moved, linking its new address, canonical to
  it, never indexed, and sending the browser on by itself (``<meta http-equiv="refresh">``: no
  script, which a site's Content-Security-Policy may forbid);
- ``build/redirects.json``: each old path -> its new path, for the web page, the PDF, the
  large-print PDF and the side-by-side editions the folder holds, for a web server to answer
  with a permanent redirect. An old PDF address gets no file (a PDF cannot send a reader on).

The front matter is checked where it is loaded (content.py: ``_moved_from``, ``moved_problems``).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Collection
from functools import partial
from typing import Any

from markupsafe import Markup

from .editions import Edition, side_by_side_target
from .fingerprint import Environment, digest
from .manifest import Record
from .model import Page
from .outputs import EditionKey, Output, labels_digest, web_groups
from .pages import PageMaker
from .project import Project

# The words of the page at an old address; a project whose templates/labels.html predates them
# makes no such page (its redirects.json still lists the old addresses).
MOVED_WORDS = ("moved", "moved_text", "moved_link", "all_handouts", "skip_notice", "index_disclaimer")
SIDE_BY_SIDE = "moved-bilingual"  # the format of an old side-by-side address's page (``moved``: a web page's)
REDIRECTS = "redirects.json"
FORMAT = 1  # redirects.json's layout: raised when a field changes meaning or goes


def plan_moved(project: Project, editions: dict[EditionKey, Edition], pages: Collection[str],
               languages: tuple[str, ...], formats: Collection[str], maker: PageMaker,
               env: Environment) -> list[Output]:
    """The page at each old address of each handout, in each of the ``languages`` this build
    makes where the handout's page is among ``pages`` (the planned targets: its edition's page,
    or the notice that it is being updated, to which a sheet's old QR code then leads too): its
    web page's (``html`` in ``formats``) and its side-by-side editions' (``bilingual``), whose
    printed sheets carry their own address."""
    if not (maker.notices and maker.said_in("", *MOVED_WORDS)):
        return []
    configured = project.settings.languages
    outputs = []
    for handout in project.handouts:
        doc = handout.doc
        if not doc.meta.moved_from:
            continue
        linked = tuple(x for x in configured if (doc.slug, x) in editions)
        for lang in languages:
            home = f"{lang}/index.html" if any(key[1] == lang for key in editions) else "index.html"
            inputs = {**env.groups(), **web_groups(env), "labels": labels_digest(project.template_catalog(lang)),
                      "kind": "moved", "links": digest([doc.slug, linked, home]), "preview": str(maker.preview)}
            for kind, new, olds in _addresses(doc.slug, doc.meta.moved_from, doc.lang, lang, configured, formats):
                if new in pages:
                    outputs += [Output(old, kind, doc.slug, (lang,), doc.path.as_posix(), inputs,
                                       partial(moved_page, maker, doc.slug, new, lang, linked, home)) for old in olds]
    return outputs


def _addresses(slug: str, moved_from: tuple[str, ...], src: str, lang: str, configured: tuple[str, ...],
               formats: Collection[str]) -> list[tuple[str, str, list[str]]]:
    """(format, the new address, the old addresses) of a moved handout's web page in ``lang`` and of
    its side-by-side edition with ``lang``, as far as ``formats`` makes them."""
    found = []
    if "html" in formats:
        found.append(("moved", f"{lang}/{slug}.html", [f"{lang}/{old}.html" for old in moved_from]))
    if "bilingual" in formats and lang != src:
        found.append((SIDE_BY_SIDE, side_by_side_target(slug, src, lang, configured, "html"),
                      [side_by_side_target(old, src, lang, configured, "html") for old in moved_from]))
    return found



def moved_page(maker: PageMaker, slug: str, new: str, lang: str, languages: tuple[str, ...], home: str) -> Page:
    """The page at an old address of the handout ``slug`` in ``lang`` (in English while its words
    are not translated into ``lang``): it has moved, a link to ``new`` (from the build folder: its
    web page or side-by-side edition, in the same folder as the old) and to ``home`` (an index
    page). ``languages``: those the handout is published in, for the switcher, where none is this page."""
    page_lang = lang if maker.said_in(lang, *MOVED_WORDS) else "en"
    words = maker.labels(page_lang)
    new, canonical = new.rpartition("/")[2], maker.url(new)
    links = [{"href": new, "hreflang": lang if lang != page_lang else "", "text": words["moved_link"]},
             {"href": "../" + home, "hreflang": "", "text": words["all_handouts"]}]
    notes = [{"text": words["moved_text"], "links": links, "attributes": Markup("")}]
    switcher = [{**item, "current": False} for item in maker.switcher(lang, languages, slug)]
    head = {"canonical": canonical or new, "refresh": new}
    return maker.notice_page(page_lang, 1, words, words["moved"], notes, switcher, "../" + home, slug, head=head)


def redirects(project: Project, held: Collection[str]) -> list[dict[str, str]]:
    """Old path -> new path ({"from", "to"}, from the build folder) of each file of a moved handout
    the folder ``held`` holds: its web page, PDF and large-print PDF in each language, and its
    side-by-side editions; sorted by old path."""
    configured = project.settings.languages
    found = []
    for handout in project.handouts:
        slug, src = handout.doc.slug, handout.doc.lang
        for old in handout.doc.meta.moved_from:
            for lang in configured:
                pairs = [(f"{lang}/{old}{end}", f"{lang}/{slug}{end}") for end in (".html", ".pdf", "-large.pdf")]
                if lang != src:
                    pairs += [(side_by_side_target(old, src, lang, configured, ext),
                               side_by_side_target(slug, src, lang, configured, ext)) for ext in ("html", "pdf")]
                found += [{"from": before, "to": now} for before, now in pairs if now in held]
    return sorted(found, key=lambda item: item["from"])


def plan_redirects(project: Project, held: Collection[str], env: Environment) -> Output:
    """build/redirects.json, always (an empty list while no handout has moved: a server's
    configuration can read it from the first build). Made here, in memory, like pages.json."""
    listed: dict[str, Any] = {"format": FORMAT, "generator": "edu", "site_url": project.settings.site_url or None,
                              "redirects": redirects(project, held)}
    data = (json.dumps(listed, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    return Output(REDIRECTS, "site", "", (), "content", {"code": env.code, "bytes": hashlib.sha256(data).hexdigest()},
                  content=partial(bytes, data))


def moved_slugs(project: Project) -> frozenset[str]:
    """Every old slug a handout's ``moved_from`` names."""
    return frozenset(old for handout in project.handouts for old in handout.doc.meta.moved_from)


def unnamed_removals(project: Project, removed: Collection[str], records: dict[str, Record]) -> list[str]:
    """A warning for each handout gone whose web pages this build removes while no ``moved_from``
    names it: renamed without it, its printed address and QR code now lead to "page not found"."""
    slugs, moved = {h.doc.slug for h in project.handouts}, moved_slugs(project)
    gone: dict[str, list[str]] = {}
    for target in sorted(removed):
        record = records.get(target)
        if record is not None and record.format == "html" and record.slug and record.slug not in slugs | moved:
            gone.setdefault(record.slug, []).append(target)
    return [f"{targets[0]}: removed{f' (and {len(targets) - 1} more pages)' if len(targets) > 1 else ''}: no "
            f"handout is {slug!r} now, and the sheets handed out print this address and its QR code; if the "
            f"handout was renamed, add `moved_from: [{slug}]` to its front matter (docs/authoring.md, Renaming "
            "a handout)" for slug, targets in gone.items()]


def unknown_addresses(project: Project, planned: Collection[Output], records: dict[str, Record]) -> list[str]:
    """A warning at a ``moved_from`` line for an old address this build folder never published,
    the first time a page is made there (a mistyped old slug: the old address still leads
    nowhere). A folder with no web page yet (a first build) knows of none, and says nothing."""
    if not any(record.format == "html" for record in records.values()):
        return []
    paths = {h.doc.slug: h.doc for h in project.handouts}
    said: set[str] = set()
    warnings = []
    for output in planned:
        if output.format not in ("moved", SIDE_BY_SIDE) or output.target in records or output.slug in said:
            continue
        said.add(output.slug)
        doc = paths[output.slug]
        warnings.append(f"{doc.path.as_posix()}:{doc.meta.lines.get('moved_from', 1)}: moved_from: this build "
                        f"folder never published {output.target}: is the old file name right?")
    return warnings
