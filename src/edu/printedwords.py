"""Which page words (templates/labels.html) a project never prints, so that their translation
does not hold back a language: the draft banner's words outside a draft, "Next review" without a
review date, the QR code's alt text without a printed web address, the words of the page at a
moved handout's old address while no handout has moved (``moved_from``), "Translation reviewed" in a
language with no recorded translation review (content/signoff.yaml). A translator of a new language
can publish before translating them; `edu check` still lists them, as warnings.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Iterable

from .config import Settings
from .errors import SourceError
from .model import Handout
from .templating import CatalogTranslations, make_environment, render_template

DRAFT_ONLY = frozenset({"draft", "draft_text", "missing", "rejected"})  # printed on a draft edition only
MOVED_ONLY = frozenset({"moved", "moved_text", "moved_link"})  # the page at a moved handout's old address
REVIEWED_ONLY = "translation_reviewed"  # printed by a translation whose review is recorded
_MARK = re.compile("\ue000([0-9]+)\ue000")


class _Tracer(CatalogTranslations):
    """Answers each word asked for with a numbered mark, so that the rendered list tells which
    msgid each name holds."""

    def __init__(self) -> None:
        super().__init__(None)
        self.asked: list[str] = []

    def _mark(self, msgid: str) -> str:
        self.asked.append(msgid)
        return f"\ue000{len(self.asked) - 1}\ue000"

    def gettext(self, message: str) -> str:
        return self._mark(message)

    def pgettext(self, context: str, message: str) -> str:
        return self._mark(message)

    def npgettext(self, context: str, msgid1: str, msgid2: str, n: int) -> str:
        return self._mark(msgid1)


def word_names(settings: Settings) -> dict[str, str]:
    """The msgid (a plural's singular) of each page word -> its name in templates/labels.html.
    Raises SourceError for a labels.html that does not render (the build says so at its line)."""
    tracer = _Tracer()
    env = make_environment(settings.templates_dir, tracer)
    text = render_template(env, "labels.html", {"version": "", "source_language_name": "", "missing_count": 0,
                                                "rejected_count": 0, "source_reviewed_text": "", "next_review_text": "",
                                                "translation_reviewed_text": "",
                                                "page_marker": "", "pages_marker": ""}, settings.root)
    names = {}
    for name, value in json.loads(text).items():
        found = _MARK.fullmatch(str(value))
        if found:
            names[tracer.asked[int(found.group(1))]] = name
    return names


def unprinted(settings: Settings, handouts: Iterable[Handout],
              reviewed: Collection[str] = ()) -> dict[str, frozenset[str]]:
    """Each language of the project -> the msgids of the page words no published edition of it
    prints (a draft prints them all); ``reviewed``: the languages with a recorded translation
    review (trsignoff.signing_languages), whose pages may say when it was done. A labels.html that
    does not render: none (the build reports the template)."""
    never = set(DRAFT_ONLY)
    handouts = tuple(handouts)
    if not any(h.doc.meta.review_due(settings.review_months) for h in handouts):
        never.add("next_review")
    if not (settings.site_url and settings.qr_code):
        never.add("qr_code")
    if not any(h.doc.meta.moved_from for h in handouts):
        never |= MOVED_ONLY
    try:
        names = word_names(settings)
    except SourceError:
        return {}
    found = {}
    for lang in settings.languages:
        unsaid = never if lang in reviewed else never | {REVIEWED_ONLY}
        found[lang] = frozenset(msgid for msgid, name in names.items() if name in unsaid)
    return found
