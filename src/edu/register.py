"""Register: whether a language's translations speak to the reader as ``usted`` or ``tú`` (Spanish),
``você`` or ``tu`` (Portuguese), as ``[tool.edu] register = { es = "usted" }`` says. A translation
that uses the other one ("Llama a tu médico" among "Llame a su médico") is a ``[register]`` warning:
style, never safety; ``# edu-ok:register`` accepts it (a patient's own words quoted on purpose).

Pronouns and possessives are read, as whole words, lower case or capitalized ("TI" in capitals
is an abbreviation). Of the verb forms alone, only those no other register shares are read: a
Spanish tú command with its pronoun joined ("Lávate", "Siéntate", "Ponte": usted says "Lávese"),
never the bare form ("Llama" is also "he calls"; "Agite" is usted's); ``límite`` and the like are
nouns that look like one. For ``tú`` and ``tu`` only the singular
``usted``/``você`` is the other register: ``ustedes`` and ``vocês`` are the plural of both in the
Americas. A language without a register set is not checked.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from . import langtag
from .findings import Finding, finding
from .prose import mask

# base language -> register -> (the other register's words, each with what to write instead)
OTHER_WORDS: dict[str, dict[str, tuple[tuple[str, str], ...]]] = {
    "es": {
        "usted": (("tú", "usted"), ("te", "le/lo/la/se"), ("ti", "usted"), ("contigo", "con usted"),
                  ("tu", "su"), ("tus", "sus"), ("tuyo", "suyo"), ("tuya", "suya"), ("tuyos", "suyos"),
                  ("tuyas", "suyas")),
        "tú": (("usted", "tú/ti"), ("ud.", "tú"), ("vd.", "tú")),
    },
    "pt": {
        "você": (("tu", "você"), ("ti", "você"), ("contigo", "com você"), ("teu", "seu"), ("tua", "sua"),
                 ("teus", "seus"), ("tuas", "suas")),
        "tu": (("você", "tu"),),
    },
}
# A register's commands that no other register has, by base language and the register they are NOT:
# a tú command with "te" joined, its stress written ("Lávate", "Tómate", "Acuéstate") or short
# ("Ponte", "Vete", "Hazte"). Usted's commands join "se" ("Lávese"); "Anótelo" (anote + lo) is usted's.
# A quick look first: a word ending in "te", as each of them does (the pattern alone cost 11 µs a
# Spanish text, in every build's warnings; the look, 0.4 µs, passes three texts in four unread)
_COMMAND_ENDS = re.compile(r"te\b")
_COMMANDS: dict[str, dict[str, re.Pattern[str]]] = {
    "es": {"usted": re.compile(r"(?<![\w-])(?![Ll]ímites?(?![\w-]))"
                               r"((?:\w*[áéíóú]\w*[aeií]te)|[Pp]onte|[Vv]ete|[Hh]azte)(?![\w-])")},
}
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
def _finder(base: str, register: str) -> re.Pattern[str]:
    words = sorted((w for w, _instead in OTHER_WORDS[base][register]), key=len, reverse=True)
    spelled = [re.escape(x) for w in words for x in dict.fromkeys((w, w[:1].upper() + w[1:]))]
    return re.compile(rf"(?<![\w-])(?:{'|'.join(spelled)})(?![\w-])")


def check_register(lang: str, register: str, tr: str, accept: str = "# edu-ok:register") -> list[Finding]:
    """A ``[register]`` finding when ``tr`` uses a word of the other register than ``register``;
    ``accept``: how the reader accepts one (a translator's flag, or an author's comment)."""
    base = langtag.primary(lang)
    if not register or register not in OTHER_WORDS.get(base, {}):
        return []
    commands = _COMMANDS.get(base, {}).get(register)
    if commands and not _COMMAND_ENDS.search(tr):
        commands = None
    if not _finder(base, register).search(tr) and not (commands and commands.search(tr)):
        return []  # most texts: no need to mask them first
    masked = mask(tr)
    found = list(dict.fromkeys(m[0].lower() for m in _finder(base, register).finditer(masked)))
    said = list(dict.fromkeys(m[1] for m in commands.finditer(masked))) if commands else []
    if not found and not said:
        return []
    instead = dict(OTHER_WORDS[base][register])
    other = next(r for r in OTHER_WORDS[base] if r != register)
    words = "; ".join([*(f'"{w}": write "{instead[w]}"' for w in found),
                       *(f'"{w}": a {other} command, write its {register} form' for w in said)])
    return [finding("register", f"uses {other} ({words}) where {lang} speaks to the reader as {register} ([tool.edu] "
                    f"register); reword it, or accept a {other} said on purpose with {accept}")]
