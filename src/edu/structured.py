"""Page stage: what the site's web pages tell search engines and a site's tools about themselves.

In: an edition (editions.Edition), the settings and the page's description. Out: the schema.org
record of its web page (``medical_web_page``: a MedicalWebPage, its title, language, audience, last
clinical review and who signed it off (content/signoff.yaml, when it records them), the medicine it
is about when its topic is named in ``[tool.edu.topics]``, and the site it is part of; with the
site's address, its own and those of its original or translations), of a side-by-side page
(``side_by_side_page``: one MedicalWebPage in both languages, the two editions its parts), of an
index page (``collection_page``: a CollectionPage, the handouts it lists as an ItemList), and the
text of the <script type="application/ld+json"> that carries one (``script_text``). A PDF, a draft
(noindex) and a notice or 404 page have none.

The record is made by json.dumps, keys in a fixed order (the same inputs give the same bytes), and
no "<", ">" or "&" is left in its text: a title "</script>" ends no script.
"""

from __future__ import annotations

import json
from typing import Any

from markupsafe import Markup

from .config import Settings
from .editions import Edition
from .signoff import CARRIED_OVER

# a handout's `audience:` as schema.org says it: a Patient (a MedicalAudience), or the audience type Clinician
AUDIENCES: dict[str, dict[str, str]] = {"patient": {"@type": "Patient"},
                                        "clinician": {"@type": "MedicalAudience", "audienceType": "Clinician"}}
# what JSON may say in \u form and HTML would read in a <script>: "</script>", "<!--"
_UNSAFE = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026"}


def medical_web_page(settings: Settings, edition: Edition, description: str) -> dict[str, Any]:
    """The schema.org MedicalWebPage of an edition's web page. With the site's address
    (``site_url``): its ``url``, and an original's translations (``workTranslation``) or a
    translation's original (``translationOfWork``), those with a page (the hreflang links of its
    head name every language's page; these say which is the original)."""
    loc = edition.localized
    doc, lang = loc.handout.doc, loc.lang
    data = _page(settings, edition, loc.title, description, lang)
    url = settings.site_url
    if url:
        data["url"] = f"{url}{lang}/{doc.slug}.html"
        if lang == doc.lang and (others := [x for x in edition.languages if x != lang]):
            data["workTranslation"] = [{"@id": f"{url}{x}/{doc.slug}.html"} for x in others]
        elif lang != doc.lang and doc.lang in edition.languages:
            data["translationOfWork"] = {"@id": f"{url}{doc.lang}/{doc.slug}.html"}
    data["isPartOf"] = _site(settings, lang)
    return data


def side_by_side_page(settings: Settings, left: Edition, right: Edition, description: str, url: str,
                      linked: list[str]) -> dict[str, Any]:
    """The MedicalWebPage of a side-by-side page: in both languages (``inLanguage`` a list, the
    original's first), its parts the two editions (``hasPart``), each with its own page's address
    when the site's is known and the build folder holds that page (``linked``: their languages)."""
    doc = left.localized.handout.doc
    langs = [left.localized.lang, right.localized.lang]
    name = f"{left.localized.title} / {right.localized.title}"
    data = _page(settings, left, name, description, langs)
    if url:
        data["url"] = url
    parts = []
    for edition in (left, right):
        lang = edition.localized.lang
        part: dict[str, Any] = {"@type": "MedicalWebPage", "name": edition.localized.title, "inLanguage": lang}
        if settings.site_url and lang in linked:
            part["url"] = f"{settings.site_url}{lang}/{doc.slug}.html"
        parts.append(part)
    data["hasPart"] = parts
    data["isPartOf"] = _site(settings, langs[0])
    return data


def collection_page(settings: Settings, lang: str, name: str, description: str, url: str,
                    sections: list[dict[str, Any]]) -> dict[str, Any]:
    """The CollectionPage of an index page (``lang``: its language), whose main entity is the list
    of the handouts it prints (``sections``: listing.index_sections, one per language), in its
    order: each a ListItem of a MedicalWebPage with its title, language and audience, and its
    address when the site's is known. The handouts a language's index links in another (not yet
    translated) are not its own: not listed."""
    langs = list(dict.fromkeys(section["lang"] for section in sections)) or [lang]
    data: dict[str, Any] = {"@context": "https://schema.org", "@type": "CollectionPage", "name": name}
    if description:
        data["description"] = description
    data["inLanguage"] = langs[0] if len(langs) == 1 else langs
    if url:
        data["url"] = url
    items: list[dict[str, Any]] = []
    for section in sections:
        for group in section["groups"]:
            for item in group["items"]:
                page: dict[str, Any] = {"@type": "MedicalWebPage", "name": str(item["title"]),
                                        "inLanguage": section["lang"]}
                if group["audience"] in AUDIENCES:
                    page["audience"] = AUDIENCES[group["audience"]]
                if settings.site_url:
                    page["url"] = settings.site_url + item["href"].removeprefix("../")
                items.append({"@type": "ListItem", "position": len(items) + 1, "item": page})
    if items:
        data["mainEntity"] = {"@type": "ItemList", "numberOfItems": len(items), "itemListElement": items}
    data["isPartOf"] = _site(settings, lang)
    return data


def _page(settings: Settings, edition: Edition, name: str, description: str,
          lang: str | list[str]) -> dict[str, Any]:
    """The MedicalWebPage of a handout's page or its side-by-side page as far as they say alike: its
    name, description, language, audience, review and the medicine it is about (named in the
    language first of ``lang``)."""
    meta = edition.localized.handout.doc.meta
    data: dict[str, Any] = {"@context": "https://schema.org", "@type": "MedicalWebPage", "name": name}
    if description:
        data["description"] = description
    data["inLanguage"] = lang
    if meta.audience in AUDIENCES:
        data["audience"] = AUDIENCES[meta.audience]
    data.update(_review(edition))
    # a topic is a medicine once the project names it
    medicine = settings.named_topic(meta.topic, lang if isinstance(lang, str) else lang[0])
    if medicine:
        data["about"] = {"@type": "Drug", "name": medicine}
    return data


def _review(edition: Edition) -> dict[str, Any]:
    """``lastReviewed``: the day of the handout's clinical sign-off (content/signoff.yaml), else its
    front matter's ``reviewed``; ``reviewedBy``: the clinician who signed it off, a Person, when the
    record names one and the handout has not changed since (its pages then say "not yet reviewed":
    the reviewer did not review the words they print). None for a review from before edu recorded
    reviewers."""
    signed = edition.clinical
    if signed is None:
        return {"lastReviewed": edition.localized.handout.doc.meta.reviewed.isoformat()}
    data: dict[str, Any] = {"lastReviewed": signed.reviewed.isoformat()}
    if signed.current and signed.by.strip() and signed.by != CARRIED_OVER:
        data["reviewedBy"] = {"@type": "Person", "name": signed.by}
    return data


def signed(edition: Edition) -> tuple[str, str]:
    """The day and reviewer of the handout's sign-off record ("" and "" for none), which its web
    pages' data may print: with Edition.unreviewed_change, what a build makes them again for
    (outputs.py; a first sign-off on the day the front matter says changes no other input)."""
    signed = edition.clinical
    return (signed.reviewed.isoformat(), signed.by) if signed is not None else ("", "")


def _site(settings: Settings, lang: str) -> dict[str, Any]:
    """The WebSite a page is part of: the organization's name in ``lang``, and the site's address."""
    site: dict[str, Any] = {"@type": "WebSite", "name": settings.organization_in(lang)[0]}
    if settings.site_url:
        site["url"] = settings.site_url
    return site


def script_text(data: dict[str, Any]) -> Markup:
    """``data`` as the text of a <script type="application/ld+json">: JSON whose "<", ">" and "&"
    are written \\u003c, \\u003e and \\u0026 (the same string to a JSON reader; no end of the
    script nor comment to an HTML one)."""
    return Markup(json.dumps(data, ensure_ascii=False).translate(_UNSAFE))
