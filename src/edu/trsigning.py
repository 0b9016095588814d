"""``edu signoff -l LANG``: a translation's review, recorded. For each handout named, under its
record in content/signoff.yaml: who reviewed its LANG translation, when, and a digest of the
entries that edition prints (trsignoff.py). The handout and the catalog are not touched: a
translation has no version line of its own.

Nothing is written unless every handout named can be signed off: a language the project does not
publish or the handout's own, an edition the build would not publish (an entry fuzzy, missing or
rejected, an error of `edu check -l LANG`), a handout with no clinical sign-off to translate from,
a date after today or before the translation's last review, an empty name are refused, each as one
located line. So is the first review of a language whose page word "Translation reviewed" is not
translated: its pages print the word from then on, and an untranslated page word holds back every
edition of the language.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from babel.messages.catalog import Catalog

from . import config, langtag
from .catalogs import po_path
from .config import Settings
from .errors import EduError, ErrorList, SourceError
from .model import Handout
from .problems import Edition, Problem
from .signing import SHARED, named_handouts
from .signoff import SIGNOFF_PATH, Signoff, Translation, read_signoffs, write_signoffs
from .trsignoff import catalog_of, changes, entries, record, signing_languages


def sign_translations(settings: Settings, lang: str, targets: list[str], by: str, day: dt.date | None = None,
                      every: bool = False, renew: bool = False, cwd: Path | None = None,
                      today: dt.date | None = None, topics: Sequence[str] = ()) -> list[str]:
    """Record that ``by`` reviewed the ``lang`` translation of the handouts ``targets`` names (every
    translated one with ``every``) on ``day`` (default today); returns one line per handout."""
    from .project import load_project
    from .qa import run_checks

    by = " ".join(by.split())
    if not by:
        raise EduError("edu signoff: --by is empty: give the name of the translator or bilingual reviewer who "
                       "reviewed the translations")
    if lang not in settings.languages:
        tag = langtag.closest(lang, settings.languages)
        listed = ", ".join(settings.languages)
        raise EduError(f"edu signoff: -l {lang}: not one of the languages in [tool.edu]: {listed}"
                       f"{f' (write -l {tag})' if tag else ''}")
    today = today or config.today()
    day = day or today
    project = load_project(settings, keep_going=True)
    records = read_signoffs(settings.root)
    if lang not in signing_languages(records):
        _word_translated(settings, project.template_catalog(lang), lang)
    handouts, errors = named_handouts(settings, project.handouts, targets, every, cwd or Path.cwd(), topics)
    if every:
        handouts = [h for h in handouts if h.doc.lang != lang]
    report = run_checks(settings, (lang,))
    editions = {(e.handout, e.lang): e for e in report.editions}
    wrong = [p for p in report.problems() if p.severity == "error"]  # a source's or shared file's: in no edition
    said: list[str] = []
    signed = dict(records)
    for handout in handouts:
        path = handout.doc.path.as_posix()
        clinical = records.get(handout.doc.slug)
        last = clinical.translations.get(lang) if clinical is not None else None
        shared = [p for p in wrong if p.path in (path, *SHARED)]
        why = _refused(handout, lang, editions.get((handout.doc.slug, lang)), shared, clinical, last, day, today)
        if why is not None:
            errors.append(why)
            continue
        assert clinical is not None  # (refused above otherwise)
        catalog = catalog_of(project.catalogs, handout, lang)
        now = record(handout, catalog, by, day)
        if last is not None and now.text == last.text and not renew:
            said.append(f"{path} ({lang}): nothing changed since its translation was reviewed on "
                        f"{last.reviewed.isoformat()} by {last.by}: nothing recorded (a review that changed nothing: "
                        "add --renew to record its date)")
            continue
        signed[handout.doc.slug] = dataclasses.replace(clinical, translations=clinical.translations | {lang: now})
        said.append(f"{path} ({lang}): signed off by {by} on {day.isoformat()} ({_what(handout, catalog, last)})")
    if errors:
        raise ErrorList(errors)
    if signed != records:
        write_signoffs(settings.root, signed)
    return said


def _word_translated(settings: Settings, catalog: Catalog | None, lang: str) -> None:
    """Refuse (a located error) the first translation review of ``lang`` while its page word
    "Translation reviewed %(date)s" has no translation: once a review of the language is recorded,
    its reviewed pages print the word, so the build would hold back every edition of it."""
    from .printedwords import REVIEWED_ONLY, word_names

    msgid = next((m for m, name in word_names(settings).items() if name == REVIEWED_ONLY), None)
    if catalog is None or msgid is None:
        return  # English, whose words are the templates' own; a labels.html without the word
    message = catalog.get(msgid)
    if message is not None and message.string and not message.fuzzy:
        return
    po = po_path(settings.root, lang, "en").relative_to(settings.root)
    said = "is marked fuzzy" if message is not None and message.string else "is not translated"
    raise SourceError(f"-l {lang}: the page word {msgid!r} {said}: once {lang} translation reviews are recorded, "
                      f"the {lang} pages they cover print it, and an untranslated page word holds back every {lang} "
                      f"edition; translate it (then `edu check -l {lang}`) before the first sign-off",
                      po, (message.lineno if message is not None else 0) or None)


def _refused(handout: Handout, lang: str, edition: Edition | None, shared: list[Problem], clinical: Signoff | None,
             last: Translation | None, day: dt.date, today: dt.date) -> SourceError | None:
    """Why the ``lang`` translation of ``handout`` cannot be signed off, as a located error; None if it can."""
    path = handout.doc.path.as_posix()
    line = handout.doc.meta.lines.get("reviewed", 1)
    if handout.doc.lang == lang:
        return SourceError(f"-l {lang}: this handout is written in {lang}, so there is no translation to sign off; its "
                           f"own review is the clinical one (`edu signoff {path} --by NAME`, without -l)", path, line)
    if edition is None or not edition.published or shared:
        problems = sorted(edition.problems if edition is not None else [], key=lambda p: p.severity != "error")
        first = next(iter(shared or problems), None)
        reason = edition.not_published() if edition is not None and not edition.published else "an error"
        said = f": {first.message}" if first is not None else ""
        at = (first.path, first.line) if first is not None else (path, line)
        return SourceError(f"{lang} translation of {path} not signed off: the build does not publish it ({reason})"
                           f"{said}; fix what `edu check -l {lang}` says first", *at)
    if clinical is None:
        return SourceError(f"-l {lang}: no clinical sign-off recorded for this handout in {SIGNOFF_PATH}: a "
                           "translation is reviewed against a source a clinician signed off; run "
                           f"`edu signoff {path} --by NAME` first", path, line)
    if day > today:
        return SourceError(f"--date {day.isoformat()} is after today ({today.isoformat()}): a sign-off records a "
                           "review that has happened", path, line)
    if last is not None and day < last.reviewed:
        return SourceError(f"--date {day.isoformat()} is before the last review of its {lang} translation "
                           f"({last.reviewed.isoformat()} by {last.by}, {SIGNOFF_PATH}:{last.line}): a review cannot "
                           "come before the one it follows", path, line)
    return None


def _what(handout: Handout, catalog: Catalog | None, last: Translation | None) -> str:
    """What the line printed says about the review: first, again, or what changed since the last."""
    if last is None:
        return "its first recorded translation review"
    found = entries(handout, catalog)
    changed, gone = changes(found, last)
    if not changed and not gone:
        return f"reviewed again, nothing changed since {last.reviewed.isoformat()}"
    return f"{len(changed)} of its {len(found)} entries new or changed since {last.reviewed.isoformat()}" + (
        f", {gone} gone" if gone else "")
