"""other-language: a translation that is, word for word, another language's translation of the same
entry: a Spanish sentence in the Portuguese catalog ("Para saber más, pida nuestra hoja…"), pasted
by a translator working from the Spanish, or left by an `edu update` before 604d18b, which gave a
language the translation it had just found for another. Every check compares a translation with
its source only, so it passed them all and was printed on the Portuguese sheet.

Only languages of different base (``es``/``pt``, not ``es``/``es-419``, which may share every
sentence), only translated, non-fuzzy entries, and only a text of at least MIN_WORDS words: a short
one ("Anakinra", "Total") is often the same in two languages. A warning of `edu check`, at the
entry, in both catalogs (which is the copy cannot be told); ``# edu-ok:other-language`` accepts
a sentence that is right in both.
"""

from __future__ import annotations

import re

from babel.messages.catalog import Catalog, Message

from . import langtag
from .checks import pairs
from .findings import OK_FLAG, WARNING, reviewed
from .problems import Problem

CODE = "other-language"
MIN_WORDS = 4
_WORD = re.compile(r"(?<![{%])\b[^\W\d_]{2,}\b(?![}])")  # words, not {placeholders} or numbers


def same_as_other_language(catalogs: dict[tuple[str, str], Catalog | None], languages: tuple[str, ...],
                           paths: dict[tuple[str, str], str]) -> list[tuple[str, Message, Problem]]:
    """(lang, entry, warning) per entry of a catalog of ``languages`` whose translation is another
    language's (of another base) for the same source entry; ``paths``: (lang, src) -> the catalog's path."""
    said: dict[tuple[str, object, str | None], dict[str, str]] = {}  # (src, msgid, context) -> {lang: text}
    for (lang, src), catalog in catalogs.items():
        for message in catalog or ():
            if message.id and not message.fuzzy:
                text = pairs(message)[0][1]
                if len(_WORD.findall(text)) >= MIN_WORDS:
                    said.setdefault((src, _key(message.id), message.context), {})[lang] = text
    found = []
    for (lang, src), catalog in catalogs.items():
        if lang not in languages or catalog is None:
            continue
        for message in catalog:
            if not message.id or message.fuzzy:
                continue
            texts = said.get((src, _key(message.id), message.context), {})
            mine = texts.get(lang)
            other = next((o for o, t in sorted(texts.items()) if t == mine and o != lang
                          and langtag.primary(o) != langtag.primary(lang)), None) if mine else None
            if other is not None and f"{OK_FLAG}{CODE}" not in reviewed(message, pairs(message)[0][0]):
                found.append((lang, message, Problem(
                    paths[(lang, src)], message.lineno or 0, WARNING, CODE,
                    f"this translation is word for word the {other} catalog's: one of the two is likely in the other's "
                    f"language; write each in its own (a sentence right in both: # edu-ok:{CODE} on each)")))
    return found


def _key(msgid: object) -> object:
    return tuple(msgid) if isinstance(msgid, (list, tuple)) else msgid
