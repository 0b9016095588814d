"""Catalog stage, update: a .po catalog and its fresh template (.pot) -> the merged catalog (``edu update``),
or a template -> a new, empty catalog of a language (``edu init``). Translations follow their source
through typography edits, renamed handouts and rewordings (as fuzzy suggestions); plural rules are
those gettext tools write.
"""

from __future__ import annotations

import copy
import difflib
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from babel.messages.catalog import Catalog, Message

from . import langtag
from .catalogfile import read_header
from .catalogs import BRACE_FLAG
from .catalogstats import handout_of
from .findings import OK_FLAG, exception_comment
from .prose import LINK
from .segments import nothing_to_translate

FUZZY_CUTOFF = 0.6
HANDOUT_TARGET = re.compile(r"[a-z0-9][a-z0-9-]*\.md(?:#[\w-]+)?")  # a link to another handout of the library
WORD_RE = re.compile(r"\w+|[^\w\s]")
TYPOGRAPHY = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "–": "-", "—": "-", "‐": "-",
                            "\u00a0": " ", "…": "..."})


def merge_catalog(old: Catalog, template: Catalog) -> Catalog:
    """Babel's update, then our two rules: typography-only edits keep the translation as is,
    and real edits keep the old translation as a fuzzy suggestion even for long paragraphs.
    An entry still fuzzy keeps its previous msgid (``#|``), as msgmerge keeps it: Babel's update
    forgets it, and Poedit shows it beside the entry as what changed in the source."""
    previous = {(m.id, m.context): m.previous_id for m in old if m.fuzzy and m.previous_id}
    old.update(own_messages(template), no_fuzzy_matching=True, update_header_comment=True, update_creation_date=True)
    _rescue_obsolete(old)
    for message in old:
        if not message.id:
            continue
        source = template.get(message.id, message.context)
        if source is not None:
            message.flags = (message.flags - {BRACE_FLAG}) | (source.flags & {BRACE_FLAG})
            message.auto_comments = list(source.auto_comments)
        if message.fuzzy and not message.previous_id:
            message.previous_id = list(previous.get((message.id, message.context), []))
        strings = message.string if isinstance(message.string, (list, tuple)) else ()
        if isinstance(message.id, (list, tuple)) and any(strings) and not all(strings):
            # a form to write, as after Plural-Forms gained one (Weblate's third Spanish form): msgfmt --check
            # refuses an entry with an empty form unless it is fuzzy
            message.flags.add("fuzzy")
    return old


def own_messages(template: Catalog) -> Catalog:
    """A copy of ``template`` whose messages are copies. Babel's update puts a template's new messages
    into the catalog as they are, and the merge then gives them translations (an obsolete entry's, a
    renamed link's): with one template merged into each language in turn (`edu update`), Spanish
    given to a shared message was the Portuguese catalog's finished translation, printed on its
    sheet. ``Message.clone`` costs a hundredth of ``copy.deepcopy`` (25,000 messages: ~0.2 s against
    ~5 s); Babel keeps the messages in ``_messages`` (2.x)."""
    fresh = copy.copy(template)
    fresh._messages = type(template._messages)((key, m.clone()) for key, m in template._messages.items())
    return fresh


def reused(old: Catalog, template: Catalog, topics: dict[str, str]) -> list[tuple[str, int, str]]:
    """Translations the merge gives a handout of another topic than every handout they were made for
    ("No beba alcohol mientras lo toma", made for a methotrexate sheet, printed on an anakinra one,
    whose medicine is "la anakinra" and injected): one source sentence is one entry, so the new
    handout's edition is published with it and no translator sees it. As (handout path, its line,
    what to say), for ``edu update`` to print once, when it happens. ``topics``: handout path -> topic."""
    found = []
    for message in template:
        kept = old.get(message.id, message.context) if message.id else None
        if kept is None or kept.fuzzy or not _translated(kept):
            continue
        before = {path for path, _line in kept.locations}
        was = {topics[path] for path in before if topics.get(path)}
        for path, line in message.locations:
            topic = topics.get(path)
            if path not in before and topic and was and topic not in was:
                made = ", ".join(sorted(handout_of((p, 0)) for p in before))
                found.append((path, line or 1, f"its translation was made for {' and '.join(sorted(was))} ({made}) "
                              f"and is now printed here too, for {topic}, without review: check it reads right "
                              "for this medicine (its name, its gender, how it is taken); one that must differ: "
                              f"<!-- i18n-context: {topic} --> above the sentence [reused]"))
    return found


def _normal(text: str) -> str:
    return " ".join(text.translate(TYPOGRAPHY).split())


def _rescue_obsolete(catalog: Catalog) -> None:
    """Give untranslated messages the translation of a removed message that matches them, and
    forget obsolete entries whose message is active again or that had nothing to translate (a
    cell "{fact}" that catalogs no longer hold: its translation could only be a copy)."""
    pool = {key: m for key, m in catalog.obsolete.items() if _translated(m)}
    by_normal = {_same_source(m): key for key, m in pool.items()}
    by_names = {(_unnamed(m.id), m.context): key for key, m in pool.items()
                if isinstance(m.id, str) and isinstance(m.string, str) and _names(m.id)}
    for message in catalog:
        if not message.id or _translated(message):
            continue
        same = by_normal.get(_same_source(message))
        if same is not None and same in pool:  # the same source (a plural one too: its every form)
            kept = pool.pop(same)
            message.string = kept.string
            message.flags |= {f for f in kept.flags if f.startswith(OK_FLAG)}  # a reviewer's exception, same text
            _keep_comments(message, kept)
            if kept.fuzzy:  # still unreviewed: a dash made typographic, or a handout moved back, reviews nothing
                message.flags.add("fuzzy")
                message.previous_id = list(kept.previous_id) or ([str(kept.id)] if kept.id != message.id else [])
            del catalog.obsolete[same]
            continue
        moved = _relinked(message, pool, by_names)
        if moved is not None:  # only a renamed handout's address or fact changed: the words are as reviewed
            key, kept, string = moved
            message.string = string
            message.flags |= {f for f in kept.flags if f.startswith(OK_FLAG)}
            _keep_comments(message, kept)
            if kept.fuzzy:
                message.flags.add("fuzzy")
                message.previous_id = list(kept.previous_id) or [str(kept.id)]
            del pool[key], catalog.obsolete[key]
            continue
        best = _closest(message.id, [m for m in pool.values() if isinstance(m.id, str)]) \
            if isinstance(message.id, str) else None
        if best is not None:  # "#|" is the source its translation was made from: a fuzzy one's own "#|"
            message.string = best.string
            message.previous_id = list(best.previous_id) if best.fuzzy and best.previous_id else [str(best.id)]
            message.flags.add("fuzzy")
            _keep_comments(message, best, exceptions=False)  # another source: not its reviewed exceptions
            key = next(k for k, m in pool.items() if m is best)
            del pool[key], catalog.obsolete[key]
    active = {(m.id, m.context) for m in catalog if m.id}
    for key in [k for k, m in catalog.obsolete.items()
                if (m.id, m.context) in active or (isinstance(m.id, str) and nothing_to_translate(m.id))]:
        del catalog.obsolete[key]


def _handout_links(text: str) -> list[re.Match[str]]:
    """The links of ``text`` to another handout ("[risks](anakinra-risks.md#infections)"), not pictures."""
    return [m for m in LINK.finditer(text) if not m["bang"] and HANDOUT_TARGET.fullmatch(m["target"] or "")]


FACT_NAME = re.compile(r"(?<!\{)\{([A-Za-z_]\w*)(?=[:!}])")  # the fact a placeholder prints: "{dose}", "{risk:per100}"


def _names(text: str) -> list[tuple[str, int, int, str]]:
    """What a rename changes in ``text``, in order: each handout link's address and each
    placeholder's fact, as (kind, start, end, name)."""
    found = [("link", m.start("target"), m.end("target"), m["target"]) for m in _handout_links(text)]
    found += [("fact", m.start(1), m.end(1), m[1]) for m in FACT_NAME.finditer(text)]
    return sorted(found, key=lambda part: part[1])


def _unnamed(text: str) -> str:
    """``text`` with its handout links' addresses and its placeholders' facts blanked: two texts
    that differ only there are the same words pointing at a renamed handout or fact."""
    for _kind, start, end, _name in reversed(_names(text)):
        text = text[:start] + "\x00" + text[end:]
    return text


def _relinked(message: Message, pool: dict[Any, Message], by_names: dict[Any, Any]
              ) -> tuple[Any, Message, str] | None:
    """(key, old entry, its translation with the new names) when the old entry's source is this
    one's with only handout addresses or facts renamed (a handout renamed, its links fixed by the
    author; ``{store_us_room}`` renamed ``{store_room_max}`` in facts.yaml and the handouts) and its
    translation names each old one: the translator has nothing to review (the words are as reviewed,
    and a fact prints the same in both; the new value, if any, is the clinical sign-off's)."""
    if not isinstance(message.id, str) or not ("](" in message.id or "{" in message.id):
        return None
    key = by_names.get((_unnamed(message.id), message.context))
    kept = pool.get(key) if key is not None else None
    if kept is None or not isinstance(kept.string, str):
        return None
    old = [(kind, name) for kind, _start, _end, name in _names(str(kept.id))]
    new = [(kind, name) for kind, _start, _end, name in _names(message.id)]
    if [kind for kind, _name in old] != [kind for kind, _name in new]:
        return None
    renamed = {a: b[1] for a, b in zip(old, new, strict=True) if a != b}
    if any(renamed.get(a, b[1]) != b[1] for a, b in zip(old, new, strict=True)):
        return None  # one address (or fact) became two different ones: not a rename
    string, found = kept.string, _names(kept.string)
    if not renamed or not set(renamed) <= {(kind, name) for kind, _start, _end, name in found}:
        return None
    for kind, start, end, name in reversed(found):
        string = string[:start] + renamed.get((kind, name), name) + string[end:]
    return key, kept, string


def _same_source(message: Message) -> tuple[object, str | None]:
    """What an obsolete entry and a new one share when they have the same source: its text as
    typography leaves it (a plural one's forms as they are) and its context."""
    return (_normal(message.id) if isinstance(message.id, str) else tuple(message.id), message.context)


def _translated(message: Message) -> bool:
    """Whether an entry has a translation (a plural one: any of its forms)."""
    return any(message.string) if isinstance(message.string, (list, tuple)) else bool(message.string)


def _keep_comments(message: Message, kept: Message, exceptions: bool = True) -> None:
    """A translator's comments on the entry a translation comes back from (a reviewer's note, a
    reviewed "# edu-ok:…" unless ``exceptions`` is false), as msgmerge keeps them; the new entry's first."""
    comments = [c for c in kept.user_comments if exceptions or not exception_comment(c)]
    message.user_comments = list(dict.fromkeys([*message.user_comments, *comments]))


def _closest(text: str, candidates: Iterable[Message]) -> Message | None:
    """The most similar old message by words (no autojunk, so long paragraphs still match)."""
    words, best, best_ratio = WORD_RE.findall(text), None, FUZZY_CUTOFF
    for candidate in candidates:
        matcher = difflib.SequenceMatcher(None, words, WORD_RE.findall(str(candidate.id)), autojunk=False)
        if matcher.real_quick_ratio() >= best_ratio and matcher.quick_ratio() >= best_ratio:
            ratio = matcher.ratio()
            if ratio >= best_ratio:
                best, best_ratio = candidate, ratio
    return best


# The Plural-Forms gettext tools write for a new catalog (GNU msginit's table; Poedit and Weblate
# agree) where Babel's differs: Babel adds CLDR's "many" form (exact millions: "1 000 000 de
# doses") to French, Spanish, Italian, Portuguese and Catalan, a form translators are then asked
# for and their tools do not expect.
GETTEXT_PLURALS = {
    "fr": "nplurals=2; plural=(n > 1);",
    "pt_BR": "nplurals=2; plural=(n > 1);",
    **dict.fromkeys(("es", "it", "pt", "ca"), "nplurals=2; plural=(n != 1);"),
}


def init_catalog(lang: str, template: Catalog, plural_forms: str | None = None) -> Catalog:
    """A new, empty catalog for ``lang``. Its plural forms are ``plural_forms`` (those of the language's
    other catalogs, so one language never has two rules), else those gettext tools write for the
    language (``GETTEXT_PLURALS``), else Babel's CLDR rule for it."""
    locale = langtag.locale(lang)
    catalog = Catalog(locale=locale, domain=template.domain, project="edu", version="1",
                      creation_date=template.creation_date, revision_date=template.creation_date, fuzzy=False)
    plural_forms = plural_forms or GETTEXT_PLURALS.get(f"{locale.language}_{locale.territory}") or \
        GETTEXT_PLURALS.get(locale.language)
    if plural_forms:
        catalog.mime_headers = [("Plural-Forms", plural_forms)]
    catalog.header_comment = template.header_comment
    catalog.update(own_messages(template), no_fuzzy_matching=True, update_creation_date=True)
    return catalog


def plural_forms_in(directory: Path) -> str | None:
    """The Plural-Forms header of the first .po file in ``directory`` that has one (headers only are read)."""
    for path in sorted(directory.glob("*.po")):
        text = path.read_text(encoding="utf-8-sig", errors="replace")  # (read whole by read_catalog; past a BOM too)
        if '\n"Plural-Forms:' in text.split("\n\n", 1)[0]:
            return str(read_header(text).plural_forms)
    return None
