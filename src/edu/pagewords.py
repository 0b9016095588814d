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

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

from .checks import is_template_word

Id: TypeAlias = str | tuple[str, ...]  # a msgid, or (msgid, msgid_plural)


def known(lang: str, example: bool = False) -> tuple[dict[Id, Id], str | None]:
    """The translations edu ships for ``lang`` (page words; with ``example``, the example
    handout's too) and the plural rule they are written for (None: edu has none in ``lang``)."""
    found: dict[Id, Id] = {}
    plural_forms = None
    starter = files("edu") / "starter"
    names = [(f"page-words-{lang}.po", True)] + ([(f"example-{lang}.po", False)] if example else [])
    for name, page_words in names:
        source = starter / name
        if not source.is_file():
            continue
        with source.open("rb") as fileobj:
            catalog = read_po(fileobj)
        if page_words:
            plural_forms = str(catalog.plural_forms)
        found.update((_id(m.id), _id(m.string)) for m in catalog if m.id and all(_id(m.string))
                     and not m.fuzzy and (not page_words or is_template_word(m)))
    return found, plural_forms


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
