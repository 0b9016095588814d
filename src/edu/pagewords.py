"""Translations edu ships with its templates: the page words ("Page 1 of 2", "Last reviewed") of
its own library in each language it has (``edu/starter/page-words-<lang>.po``, a link to the
library's catalog), and the example handout ``edu new`` writes. A new catalog (``edu init``,
``edu new``) starts with those whose English is the same word for word, so a project with the
shipped templates does not translate their words again; an entry whose template was changed
differs from the shipped one and starts untranslated.
"""

from __future__ import annotations

from importlib.resources import files
from typing import TypeAlias

from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import read_po

from .checks import is_template_word

Id: TypeAlias = str | tuple[str, ...]  # a msgid, or (msgid, msgid_plural)


def known(lang: str, src: str = "en", example: bool = False) -> tuple[dict[Id, Id], str | None]:
    """The translations edu ships from ``src`` into ``lang`` (the page words, whose source is
    English; with ``example``, the example handout's words, either way between English and a
    language edu has it in) and the plural rule they are written for (None: edu has none)."""
    found: dict[Id, Id] = {}
    plural_forms = None
    if src == "en":
        page_words = _shipped(f"page-words-{lang}.po")
        if page_words is not None:
            plural_forms = str(page_words.plural_forms)
            found.update((_id(m.id), _id(m.string)) for m in page_words if _usable(m) and is_template_word(m))
    if example:
        if src == "en":
            found.update((_id(m.id), _id(m.string)) for m in _shipped(f"example-{lang}.po") or () if _usable(m))
        elif lang == "en":  # a project written in Spanish first: the example's English is the translation
            found.update((_id(m.string), _id(m.id)) for m in _shipped(f"example-{src}.po") or () if _usable(m))
    return found, plural_forms


def example_in(lang: str) -> dict[str, str]:
    """The example handout's English words -> their ``lang`` translation ({} if edu has none)."""
    return {str(m.id): str(m.string) for m in _shipped(f"example-{lang}.po") or () if _usable(m)}


def _shipped(name: str) -> Catalog | None:
    source = files("edu") / "starter" / name
    if not source.is_file():
        return None
    with source.open("rb") as fileobj:
        return read_po(fileobj)


def _usable(message: Message) -> bool:
    return bool(message.id) and all(_id(message.string)) and not message.fuzzy


def fill(catalog: Catalog, translations: dict[Id, Id]) -> None:
    """Translate the entries of a new ``catalog`` that ``translations`` has."""
    for message in catalog:
        string = translations.get(_id(message.id)) if message.id else None
        if string is not None and _fits(string, _id(message.string)):
            message.string = string


def _fits(string: Id, now: Id) -> bool:
    """A translation fits an entry: both singular, or both with as many plural forms."""
    return isinstance(string, str) == isinstance(now, str) and (isinstance(string, str) or len(string) == len(now))


def _id(value: object) -> Id:
    return value if isinstance(value, str) else tuple(str(x) for x in value)  # type: ignore[attr-defined]
