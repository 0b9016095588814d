"""Register: whether a language's translations speak to the reader as ``usted`` or ``tú`` (Spanish),
``você`` or ``tu`` (Portuguese), as ``[tool.edu] register = { es = "usted" }`` says. A translation
that uses the other one ("Llama a tu médico" among "Llame a su médico") is a ``[register]`` warning:
style, never safety; ``# edu-ok:register`` accepts it (a patient's own words quoted on purpose).

Pronouns and possessives are read, as whole words, lower case or capitalized ("TI" in capitals
is an abbreviation), and the verb forms no other register shares ("tienes", "puedes"; Portuguese
"tens", "podes", "usares"). A Spanish tú command is read with its pronoun joined ("Lávate", "Tómalo",
"Ponte": usted says "Lávese", "Tómelo"), after "no" ("No tomes"), and, of the common verbs of
registerwords.py, alone where a command stands: at a sentence's start or a list item's ("Toma la
pastilla"; "El medicamento toma una semana" is the third person, and "Toma unas semanas" says how long).
``límite`` and the like are nouns that look like a command. For ``tú`` and ``tu`` only the singular
``usted``/``você`` is the other register: ``ustedes`` and ``vocês`` are the plural of both in the
Americas. A language without a register set is not checked.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from . import langtag, registerwords
from .findings import Finding, finding
from .prose import mask

# base language -> register -> (the other register's words, each with what to write instead)
OTHER_WORDS: dict[str, dict[str, tuple[tuple[str, str], ...]]] = {
    "es": {
        "usted": (("tú", "usted"), ("te", "le/lo/la/se"), ("ti", "usted"), ("contigo", "con usted"),
                  ("tu", "su"), ("tus", "sus"), ("tuyo", "suyo"), ("tuya", "suya"), ("tuyos", "suyos"),
                  ("tuyas", "suyas"), *registerwords.SPANISH_VERBS),
        "tú": (("usted", "tú/ti"), ("ud.", "tú"), ("vd.", "tú")),
    },
    "pt": {
        "você": (("tu", "você"), ("ti", "você"), ("contigo", "com você"), ("teu", "seu"), ("tua", "sua"),
                 ("teus", "seus"), ("tuas", "suas"), *registerwords.PORTUGUESE_VERBS),
        "tu": (("você", "tu"),),
    },
}
# A tú command with "te" joined, of any verb: its stress written ("Lávate", "Acuéstate") or short
# ("Ponte", "Vete", "Hazte"). Usted's commands join "se" ("Lávese"); "Anótelo" (anote + lo) is usted's.
# A quick look first: a word ending in "te" (the pattern alone cost 11 µs a Spanish text, in every
# build's warnings; the look, 0.2 µs, passes three texts in four unread), then, among the text's
# words, one with a written accent or a short one (3 of the Spanish catalog's 342 texts pass both)
_COMMAND_ENDS = re.compile(r"te\b")
_SHORT_TE = frozenset({"Ponte", "ponte", "Vete", "vete", "Hazte", "hazte"})
_JOINED_TE = re.compile(r"(?<![\w-])(?![Ll]ímites?(?![\w-]))"
                        r"((?:\w*[áéíóú]\w*[aeií]te)|[Pp]onte|[Vv]ete|[Hh]azte)(?![\w-])")
# Where a command stands: a text's or line's start, after a sentence's end, a list marker, "¡"
_START = r"(?:^|\n|[.!?:;…][ \t]+)[ \t]*(?:(?:[-*+•]|\d+[.)])[ \t]+)?[¡¿\"«“*_(]*"
_HOW_LONG = (r"(?:un|una|unos|unas|varios|varias|algunos|algunas|pocos|pocas|muchos|muchas|hasta|más de|"
             r"menos de|al menos|\d+)")
_ALONE = re.compile(rf"{_START}(?P<verb>{'|'.join(sorted(registerwords.ALONE, key=len, reverse=True))})(?![\w-])"
                    rf"(?!\s+(?:{_HOW_LONG}\s+)?(?:segundos?|minutos?|horas?|días?|semanas?|mes|meses|años?|"
                    r"tiempo)(?![\w-]))(?P<de>\s+del?(?![\w-]))?")
_NEGATIVE = re.compile(r"(?<![\w-])(?P<no>[Nn]o\s+(?:(?:me|te|le|les|lo|la|los|las|nos|se)\s+)*)(?P<verb>"
                       rf"{'|'.join(sorted(registerwords.NEGATIVE, key=len, reverse=True))})(?![\w-])")
_TOKEN = re.compile(r"[\w-]+")
# The words whose presence sends a text to be read: its words are looked up as a set first (every
# text of every build is read; the set costs what the pronouns' pattern alone did, 3 µs a text)
_SPANISH_TU = registerwords.JOINED | set(registerwords.ALONE) | set(registerwords.NEGATIVE)
_ITS = "write its usted form"
SPELLINGS = {"usted": "usted", "tú": "tú", "tu": "tu", "você": "você", "voce": "você"}  # as typed -> as known


def read_register(table: Any, languages: tuple[str, ...] | None,
                  error: Callable[[str], None]) -> tuple[tuple[str, str], ...] | None:
    """``register = { es = "usted", pt-BR = "você" }`` ([tool.edu]): (lang, register) pairs, sorted."""
    known = "; ".join(f"{lang}: {' or '.join(repr(r) for r in registers)}" for lang, registers in OTHER_WORDS.items())
    if not isinstance(table, dict) or not all(isinstance(v, str) for v in table.values()):
        error(f'must be a table of one register per language, such as register = {{ es = "usted" }} ({known})')
        return None
    found = []
    for lang, value in table.items():
        base = langtag.primary(lang)
        word = SPELLINGS.get(value.strip().lower(), value)
        if languages is not None and lang not in languages and base not in {langtag.primary(x) for x in languages}:
            error(f"{lang!r} is not one of the languages in [tool.edu]")
        elif base not in OTHER_WORDS:
            error(f"edu knows the register words of {known}; {lang!r} has none yet (remove it)")
        elif base == "es" and word == "tu":  # "tu" typed without its accent
            found.append((lang, "tú"))
        elif word not in OTHER_WORDS[base]:
            error(f"{value!r} is not a register of {lang}: write {' or '.join(repr(r) for r in OTHER_WORDS[base])}")
        else:
            found.append((lang, word))
    return tuple(sorted(found))


@lru_cache(maxsize=16)
def _spelled(base: str, register: str) -> tuple[str, ...]:
    """The other register's words as they are read: lower case or capitalized, longest first."""
    words = sorted((w for w, _instead in OTHER_WORDS[base][register]), key=len, reverse=True)
    return tuple(x for w in words for x in dict.fromkeys((w, w[:1].upper() + w[1:])))


@lru_cache(maxsize=16)
def _finder(base: str, register: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{'|'.join(re.escape(w) for w in _spelled(base, register))})(?![\w-])")


@lru_cache(maxsize=16)
def _reading(lang: str, register: str) -> tuple[str, frozenset[str]] | None:
    """``lang``'s base language and the words (as _TOKEN finds them: "ud." is "ud") that send its
    text to be read; None when it has no such ``register`` (one look a text: every text of every
    build is read)."""
    base = langtag.primary(lang)
    if not register or register not in OTHER_WORDS.get(base, {}):
        return None
    return base, frozenset(w.rstrip(".") for w in _spelled(base, register)) | (
        _SPANISH_TU if (base, register) == ("es", "usted") else frozenset())


def _spanish_commands(text: str, hits: frozenset[str]) -> dict[str, str]:
    """The tú commands of ``text`` (masked), in the order they come, each with what usted writes;
    ``hits``: the words of _SPANISH_TU the text has (each pattern runs only where one may match)."""
    found: dict[str, tuple[int, str]] = {}
    if _COMMAND_ENDS.search(text):
        for m in _JOINED_TE.finditer(text):
            found.setdefault(m[1], (m.start(1), _ITS))
    if not hits:
        return {said: how for said, (_at, how) in found.items()}
    for m in _TOKEN.finditer(text):
        if m[0] in registerwords.JOINED:
            found.setdefault(m[0], (m.start(), _ITS))
    if not hits.isdisjoint(registerwords.ALONE):
        for m in _ALONE.finditer(text):
            if not (m["de"] and m["verb"].lower() in registerwords.NOUNS_BEFORE_DE):
                found.setdefault(m["verb"], (m.start("verb"), f'write "{registerwords.ALONE[m["verb"]]}"'))
    if not hits.isdisjoint(registerwords.NEGATIVE):
        for m in _NEGATIVE.finditer(text):
            no = m["no"].split()
            usted = " ".join(["se" if w == "te" else w for w in no] + [registerwords.NEGATIVE[m["verb"]]])
            found.setdefault(" ".join([*no, m["verb"]]), (m.start(), f'write "{usted}"'))
    return {said: how for said, (_at, how) in sorted(found.items(), key=lambda item: item[1][0])}


def check_register(lang: str, register: str, tr: str, accept: str = "# edu-ok:register") -> list[Finding]:
    """A ``[register]`` finding when ``tr`` uses a word of the other register than ``register``;
    ``accept``: how the reader accepts one (a translator's flag, or an author's comment)."""
    reading = _reading(lang, register)
    if reading is None:
        return []
    (base, table), tokens = reading, _TOKEN.findall(tr)
    commands = register == "usted" and base == "es"
    hits = frozenset() if table.isdisjoint(tokens) else table.intersection(tokens)
    if not hits and not (commands and _COMMAND_ENDS.search(tr) and any(
            t.endswith("te") and (not t.isascii() or t in _SHORT_TE) for t in tokens)):
        return []  # most texts: no need to mask them first
    masked = mask(tr)
    found = list(dict.fromkeys(m[0].lower() for m in _finder(base, register).finditer(masked))) if hits else []
    said = _spanish_commands(masked, hits & _SPANISH_TU) if commands else {}
    found = [w for w in found if w not in {s.split()[-1].lower() for s in said}]  # "No tomes" says "tomes"
    if not found and not said:
        return []
    instead = dict(OTHER_WORDS[base][register])
    other = next(r for r in OTHER_WORDS[base] if r != register)
    words = "; ".join([*(f'"{w}": write "{instead[w]}"' for w in found),
                       *(f'"{w}": a {other} command, {how}' for w, how in said.items())])
    return [finding("register", f"uses {other} ({words}) where {lang} speaks to the reader as {register} ([tool.edu] "
                    f"register); reword it, or accept a {other} said on purpose with {accept}")]
