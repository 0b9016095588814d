"""Which page words (templates/labels.html) a project never prints, so that their translation
does not hold back a language: the draft banner's words outside a draft, "Next review" without a
review date, the QR code's alt text without a printed web address, the line to write the care
team's phone on once the clinic's stamp prints one, the words of the page at a moved handout's old
address while no handout has moved (``moved_from``), "Translation reviewed" in a language with
no recorded translation review (content/signoff.yaml), the notice of a change not yet reviewed by a
clinician while no handout has one. A translator of a new language can publish before translating
them; `edu check` still lists them, as warnings. And the other way round: a project's labels.html
without "Translation reviewed" prints no recorded review (``unprinted_reviews``, a warning of `edu
check` and `edu build`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Iterable
from functools import lru_cache
from pathlib import Path

from .config import Settings
from .errors import SourceError
from .findings import WARNING
from .model import Handout
from .problems import Problem
from .templating import CatalogTranslations, make_environment, render_template

DRAFT_ONLY = frozenset({"draft", "draft_text", "missing", "rejected"})  # printed on a draft edition only
MOVED_ONLY = frozenset({"moved", "moved_text", "moved_link"})  # the page at a moved handout's old address
PHONE_WRITE_IN = "care_team_phone"  # a patient sheet's line to write a phone on, with no clinic phone set
REVIEWED_ONLY = "translation_reviewed"  # printed by a translation whose review is recorded
UNREVIEWED_ONLY = frozenset({"unreviewed_change", "unreviewed_since"})  # by a handout changed since its sign-off
UNPRINTED_REVIEW = "unprinted-review"  # the warning of a labels.html without it
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
    Raises SourceError for a labels.html that does not render (the build says so at its line).
    Rendered once for each text of labels.html (about 35 ms: a build and edu check ask twice)."""
    path = settings.templates_dir / "labels.html"
    try:
        labels = path.read_bytes()
    except OSError:
        labels = b""  # (render_template says it is missing)
    return dict(_word_names(settings.templates_dir, settings.root, labels))


@lru_cache(maxsize=4)
def _word_names(templates: Path, root: Path, _labels: bytes) -> tuple[tuple[str, str], ...]:
    tracer = _Tracer()
    env = make_environment(templates, tracer)
    text = render_template(env, "labels.html", {"version": "", "source_language_name": "", "missing_count": 0,
                                                "rejected_count": 0, "source_reviewed_text": "", "next_review_text": "",
                                                "translation_reviewed_text": "",
                                                "page_marker": "", "pages_marker": ""}, root)
    names = []
    for name, value in json.loads(text).items():
        found = _MARK.fullmatch(str(value))
        if found:
            names.append((tracer.asked[int(found.group(1))], name))
    return tuple(names)


def unprinted(settings: Settings, handouts: Iterable[Handout],
              reviewed: Collection[str] = (), unreviewed: bool = False) -> dict[str, frozenset[str]]:
    """Each language of the project -> the msgids of the page words no published edition of it
    prints (a draft prints them all); ``reviewed``: the languages with a recorded translation
    review (trsignoff.signing_languages), whose pages may say when it was done; ``unreviewed``: a
    handout changed since its clinical sign-off (signoff.any_unreviewed), whose pages say so. A
    labels.html that does not render: none (the build reports the template)."""
    never = set(DRAFT_ONLY) | (set() if unreviewed else UNREVIEWED_ONLY)
    handouts = tuple(handouts)
    if not any(h.doc.meta.review_due(settings.review_months) for h in handouts):
        never.add("next_review")
    if not (settings.site_url and settings.qr_code):
        never.add("qr_code")
    if not any(h.doc.meta.moved_from for h in handouts):
        never |= MOVED_ONLY
    if settings.clinic_name and settings.clinic_phone:
        never.add(PHONE_WRITE_IN)  # the stamp prints the clinic's phone instead
    try:
        names = word_names(settings)
    except SourceError:
        return {}
    found = {}
    for lang in settings.languages:
        unsaid = never if lang in reviewed else never | {REVIEWED_ONLY}
        found[lang] = frozenset(msgid for msgid, name in names.items() if name in unsaid)
    return found


def list_line(settings: Settings) -> tuple[Path, int]:
    """templates/labels.html (from the project's folder) and the line of its list of words
    (``{%- set labels = {``), where a word it lacks is added: 1 if it has none."""
    path = settings.templates_dir / "labels.html"
    text = path.read_text(encoding="utf-8") if path.is_file() else ""
    return path.relative_to(settings.root), next((n for n, x in enumerate(text.splitlines(), 1)
                                                  if "set labels" in x), 1)


def unprinted_reviews(settings: Settings, reviewed: Collection[str]) -> list[Problem]:
    """unprinted-review: ``reviewed`` (the languages asked for that have a recorded translation
    review) print no "Translation reviewed December 1, 2026", because the project's labels.html
    (from an older `edu new`) has no such page word: the pages said nothing of the review, and
    nothing said why. One warning for the project, at the list of words in labels.html; none for a
    labels.html that does not render (the build reports the template)."""
    if not reviewed:
        return []
    try:
        if REVIEWED_ONLY in word_names(settings).values():
            return []
    except SourceError:
        return []
    path, line = list_line(settings)
    langs = " and ".join(sorted(reviewed))
    return [Problem(path.as_posix(), line, WARNING, UNPRINTED_REVIEW,
                    f"the {langs} translation reviews recorded in content/signoff.yaml are printed on no page: this "
                    f'labels.html has no page word "{REVIEWED_ONLY}"; add {{%- set w_translation_reviewed = '
                    '_("Translation reviewed %(date)s", date=translation_reviewed_text) -%} before this line and '
                    f'"{REVIEWED_ONLY}": w_translation_reviewed, to the list, then `edu update` and translate it '
                    f"(untranslated, it holds back every {langs} edition)")]
