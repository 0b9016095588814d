"""Page stage: the lists of handouts a page prints, in the order of a dictionary.

In: the editions of a build (editions.Edition) and the files the build folder holds. Out: the index
pages' sections (per language, by audience; a long list in runs of one initial, by topic when it
has several: ``index_sections``, ``by_letter``) and each handout page's list of the other handouts
of its topic (``related_links``). Both order titles alike (``title_key``); qa.py asks
``lists_topics`` whether an index names topics (``by_topic``, ``by_letter``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import Any

from .editions import Edition, format_links
from .langtag import in_parentheses, language_name, text_direction
from .model import AUDIENCES

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
    """Whether a list of ``count`` handouts of these ``topics`` is listed by topic (``by_topic``, and
    ``by_letter`` for a long one): whenever it has more than one (a library of two medicines listed
    "…risks of anakinra?", "…risks of methotrexate?", "What is anakinra?" in one run, no medicine named)."""
    return count > 0 and len(topics) > 1


def by_topic(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A short list of handouts of several topics, topic by topic (by their names), each with its
    handouts in the list's order; [] for one of a single topic, or a long one (``by_letter``)."""
    if len(items) >= LETTERS_FROM or not lists_topics(len(items), {item["topic"] for item in items}):
        return []
    topics: dict[str, dict[str, Any]] = {}
    for item in sorted(items, key=lambda item: (title_key(item["topic_name"]), item["topic"])):  # stable: by title
        topics.setdefault(item["topic"], {"topic": item["topic"], "name": item["topic_name"], "items": []})
        topics[item["topic"]]["items"].append(item)
    return list(topics.values())


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
                   outputs: set[str], topic_name: Callable[[str, str], str],
                   elsewhere: bool = False) -> list[dict[str, Any]]:
    """Per language, handouts grouped by audience, with links to each format the folder holds
    (``outputs``): the PDF, the large-print PDF and the side-by-side edition. ``topic_name(topic,
    lang)`` names a topic (Settings.topic_name), for a long list grouped by topic. With
    ``elsewhere`` (a language's own index), each section also lists the handouts not published in
    its language, each linked in a language it is (``only_elsewhere``)."""
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
                groups.append({"audience": audience, "items": items, "letters": by_letter(items),
                               "topics": by_topic(items)})
        sections.append({"lang": lang, "dir": text_direction(lang), "language_name": language_name(lang, lang),
                         "groups": groups, "elsewhere": only_elsewhere(editions, lang, prefix) if elsewhere else []})
    return sections


def only_elsewhere(editions: dict[tuple[str, str], Edition], lang: str, prefix: str) -> list[dict[str, Any]]:
    """The handouts with no edition in ``lang`` (a translation not done yet, or withdrawn while it
    is updated), each linked in its original language, or else the first configured one it is in:
    a reader of the index learns they exist, and opens them in a language named in ``lang``. As
    groups by audience, patients first, like the index's own lists (one list mixed a patient sheet
    with a clinician summary, with no heading to tell them apart)."""
    by_slug: dict[str, dict[str, Edition]] = {}
    for (slug, x), edition in editions.items():
        by_slug.setdefault(slug, {})[x] = edition
    items: list[tuple[tuple[bool, tuple[str, str]], dict[str, Any]]] = []
    for slug, found in by_slug.items():
        if lang in found:
            continue
        first = next(iter(found.values()))
        src = first.localized.handout.doc.lang
        x = src if src in found else next(y for y in (*first.configured, *found) if y in found)
        title = found[x].localized.title
        language = in_parentheses(language_name(x, lang, start=False))  # printed as "Title (language)"
        audience = found[x].localized.handout.doc.meta.audience
        items.append(((audience != "patient", title_key(title)),
                      {"title": title, "href": f"{prefix}{x}/{slug}.html", "lang": x, "dir": text_direction(x),
                       "language": language, "audience": audience}))
    groups: list[dict[str, Any]] = []
    for _key, item in sorted(items, key=lambda pair: pair[0]):
        if not groups or groups[-1]["audience"] != item["audience"]:
            groups.append({"audience": item["audience"], "items": []})
        groups[-1]["items"].append(item)
    return groups
