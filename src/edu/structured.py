"""Page stage: what a handout's web page tells search engines and a site's tools about itself.

In: an edition (editions.Edition), the settings and the page's description. Out: the schema.org
record of its web page (``medical_web_page``: a MedicalWebPage, its title, language, audience, last
clinical review, the medicine it is about when its topic is named in ``[tool.edu.topics]``, and the
site it is part of; with the site's address, its own and those of its original or translations) and
the text of the <script type="application/ld+json"> that carries it (``script_text``). A PDF has none.

The record is made by json.dumps, keys in a fixed order (the same inputs give the same bytes), and
no "<", ">" or "&" is left in its text: a title "</script>" ends no script.
"""

from __future__ import annotations

import json
from typing import Any

from markupsafe import Markup

from .config import Settings
from .editions import Edition

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
    data: dict[str, Any] = {"@context": "https://schema.org", "@type": "MedicalWebPage", "name": loc.title}
    if description:
        data["description"] = description
    data["inLanguage"] = lang
    if doc.meta.audience in AUDIENCES:
        data["audience"] = AUDIENCES[doc.meta.audience]
    data["lastReviewed"] = doc.meta.reviewed.isoformat()
    medicine = settings.named_topic(doc.meta.topic, lang)  # a topic is a medicine once the project names it
    if medicine:
        data["about"] = {"@type": "Drug", "name": medicine}
    site: dict[str, Any] = {"@type": "WebSite", "name": settings.organization_in(lang)[0]}
    url = settings.site_url
    if url:
        data["url"] = f"{url}{lang}/{doc.slug}.html"
        site["url"] = url
        if lang == doc.lang and (others := [x for x in edition.languages if x != lang]):
            data["workTranslation"] = [{"@id": f"{url}{x}/{doc.slug}.html"} for x in others]
        elif lang != doc.lang and doc.lang in edition.languages:
            data["translationOfWork"] = {"@id": f"{url}{doc.lang}/{doc.slug}.html"}
    data["isPartOf"] = site
    return data


def script_text(data: dict[str, Any]) -> Markup:
    """``data`` as the text of a <script type="application/ld+json">: JSON whose "<", ">" and "&"
    are written \\u003c, \\u003e and \\u0026 (the same string to a JSON reader; no end of the
    script nor comment to an HTML one)."""
    return Markup(json.dumps(data, ensure_ascii=False).translate(_UNSAFE))
