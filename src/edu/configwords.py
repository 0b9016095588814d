"""Settings, the words pages print and checks read: the clinic's and the organization's names,
topic names (each once or per language) and the project's unit words, from ``[tool.edu]``, checked.

In: a TOML value and the project's languages (config.py's ``load_settings`` calls these); out: the
values ``Settings`` holds, or None after reporting each problem through ``error``. ``Settings``
looks names up per language here too (``in_language``, ``written_in``).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from typing import Any

PRINTED_SETTINGS = ("organization", "clinic", "topics", "units")  # settings whose words pages print or checks read


def in_nfc(value: Any) -> Any:
    """Strings in NFC, as sources and catalogs are read (content.py): a clinic name typed with
    combining marks would print and extract as other letters (fontfix.py). File names are left as they are."""
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, dict):
        return {in_nfc(key): in_nfc(item) for key, item in value.items()}
    if isinstance(value, list):
        return [in_nfc(item) for item in value]
    return value


def in_language(names: dict[str, str], lang: str) -> str | None:
    """The name given for ``lang``, or for its base language (``pt`` serves ``pt-BR``)."""
    return names.get(lang) or names.get(lang.split("-")[0])


def written_in(names: tuple[tuple[str, str], ...], default: str, languages: tuple[str, ...],
               lang: str) -> tuple[str, str]:
    """A name given per language (``names``) or once (``default``, written in the first language)
    on a page in ``lang``, and the language it is written in when it is not ``lang``'s, else ""."""
    own = in_language(dict(names), lang)
    if own:
        return own, ""
    written = next((x for x, name in names if name == default), languages[0])
    return default, "" if written.split("-")[0] == lang.split("-")[0] else written


def not_languages(keys: Iterable[str], languages: tuple[str, ...] | None) -> list[str]:
    """The keys of a per-language table that are none of the project's languages (nor a base of one)."""
    if languages is None:
        return []
    known = {*languages, *(lang.split("-")[0] for lang in languages)}
    return [key for key in keys if key and key not in known]


def read_clinic(table: Any, languages: tuple[str, ...] | None, territory: str | None, values: dict[str, Any],
                error: Callable[..., None]) -> None:
    """``[tool.edu.clinic]``: its name (one for every language, or one per language, as the topics:
    "3rd floor" on a Spanish sheet is "3.er piso") and its phone, as written and as the tel: address
    web pages dial (imprint.tel_uri; ``territory`` is the country the project says, or None).
    ``error(key, message)``: a problem of the clinic's ``key``, at its line (``named=False``: said
    of the table, "[tool.edu.clinic]: unknown key 'address'")."""
    from .imprint import tel_uri

    for key in table:
        if key not in CLINIC_KEYS:
            hint = ('; edu prints no address: a short one can be part of the name, name = "Rheumatology Clinic, '
                    '1200 Harbor Street"' if key.lower() in ("address", "street", "location") else "")
            error(key, f"unknown key {key!r} (known: {', '.join(CLINIC_KEYS)}){hint}", named=False)
    name, example = table.get("name", ""), 'name = { en = "Clinic, 3rd floor", es = "Clínica, 3.er piso" }'
    if isinstance(name, dict):
        names = per_language(name, languages, lambda message: error("name", message), example)
        if names is not None:
            values["clinic_names"], values["clinic_name"] = names
    elif isinstance(name, str):
        values["clinic_name"] = name
    else:
        error("name", f'must be text in quotes, such as name = "Rheumatology Clinic", or {example}')
    phone = table.get("phone", "")
    if not isinstance(phone, str):
        error("phone", 'must be text in quotes, as people write the number, such as phone = "(555) 010-0100"')
    elif phone.strip():
        try:
            values["clinic_tel"] = tel_uri(phone, territory)
        except ValueError as exc:
            error("phone", str(exc))
        else:
            values["clinic_phone"] = phone


CLINIC_KEYS = ("name", "phone")  # the keys of [tool.edu.clinic]


def per_language(names: dict[str, Any], languages: tuple[str, ...] | None, error: Callable[[str], None],
                 example: str) -> tuple[tuple[tuple[str, str], ...], str] | None:
    """A name given per language (``{ en = "…", es = "…" }``): its (lang, name) pairs and its name in
    the first language (the one a page of another language, and the PDF metadata, fall back on)."""
    from .config import Settings  # (config imports this module)

    if not names or not all(isinstance(v, str) and v.strip() for v in names.values()):
        error(f"one line of text per language, such as {example}")
        return None
    if wrong := not_languages(names, languages):
        error(f"{', '.join(wrong)} is not one of the languages in [tool.edu]")
        return None
    given = {lang: " ".join(name.split()) for lang, name in names.items()}
    return tuple(sorted(given.items())), in_language(given, (languages or Settings.languages)[0]) or next(
        iter(given.values()))


def read_topics(table: Any, languages: tuple[str, ...] | None,
                error: Callable[[str], None]) -> tuple[tuple[str, tuple[tuple[str, str], ...]], ...] | None:
    """``[tool.edu.topics]``: what the index calls each ``topic:``, one name for every language
    (``anakinra = "Anakinra (Kineret)"``) or one per language (``metformin = { en = "Metformin",
    es = "Metformina" }``): medicine names are the pharmacy's to give, like the clinic's name."""
    from .model import SLUG_RE

    example = 'such as anakinra = "Anakinra (Kineret)" or metformin = { en = "Metformin", es = "Metformina" }'
    if not isinstance(table, dict):
        error(f"must be a table of topic names, {example}")
        return None
    found, ok = [], True
    for topic, value in table.items():
        names = value if isinstance(value, dict) else {"": value}
        if not SLUG_RE.match(topic):
            error(f"{topic!r} is not a topic: a topic is a slug such as anakinra")
        elif not names or not all(isinstance(n, str) and n.strip() and "\n" not in n for n in names.values()):
            error(f"{topic}: a name is a line of text, {example}")
        elif wrong := not_languages(names, languages):
            error(f"{topic}: {', '.join(wrong)} is not one of the languages in [tool.edu]")
        else:
            found.append((topic, tuple(sorted((lang, " ".join(n.split())) for lang, n in names.items()))))
            continue
        ok = False
    return tuple(sorted(found)) if ok else None


def read_units(table: Any, error: Any) -> tuple[tuple[str, str], ...] | None:
    """``[tool.edu.units]``: the words a project's other languages write for the units the number
    check knows (``mg = ["ملغ", "مغ"]``), so "100 ملغ" matches "100 mg". A word that already means
    another unit, or one with a digit, is refused: the check compares doses with them."""
    if table == {}:  # none set: no need of the number check's units (and Babel's numbers) to say so
        return ()
    from .quantities import UNIT_OF, UNITS

    if not isinstance(table, dict):
        error(f"must be a table of units, such as mg = [\"ملغ\"]; the units: {', '.join(UNITS)}")
        return None
    found: dict[str, str] = {}
    ok = True
    for unit, words in table.items():
        if unit not in UNITS:
            error(f"unknown unit {unit!r}; the units: {', '.join(UNITS)}")
            ok = False
            continue
        if not isinstance(words, list) or not words or not all(isinstance(w, str) and w.strip() for w in words):
            error(f"{unit}: must be a list of words, such as [\"ملغ\"]")
            ok = False
            continue
        for word in (" ".join(w.lower().split()) for w in words):
            known = UNIT_OF.get(word) or found.get(word)
            if any(ch.isdigit() for ch in word):
                error(f"{unit}: {word!r} has a digit")
                ok = False
            elif known not in (None, unit):
                error(f"{unit}: {word!r} already means {known}")
                ok = False
            else:
                found[word] = unit
    return tuple(sorted(found.items())) if ok else None

