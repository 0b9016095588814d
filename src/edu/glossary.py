"""Terminology: the glossary a language's translators keep, ``locale/<lang>/glossary.csv``, enforced
in every translated entry as a ``[term]`` warning (style, never safety: ``# edu-ok:term`` accepts
another wording where it is right).

The file is the CSV Weblate imports and exports as a glossary: a header naming the columns, then one
row per term: ``source,target,note`` (other columns, such as Weblate's ``context`` or ``fuzzy``, are
ignored; its ``explanation`` or ``translator_comments`` serve as the note). When an entry's source
contains a term (whole words, any case, an English plural: "shots", "pharmacies"), its translation
must contain the target (any case, accents significant): one of several written ``a|b``, each word
of it in Spanish or Portuguese also in the other gender or number ("jeringas precargadas" for
"jeringa precargada", "infecciones" for "infección"). A longer term wins over a shorter one inside
it ("prefilled syringe" before "syringe"); a hyphenated word is one word ("label" is not looked for
in "off-label"); a link's address, a ``{placeholder}`` and a URL are not text.

A row that cannot be read is an error at its line: `edu check` fails, `edu build` says it as a
warning (a style file never stops publishing); the other rows are checked meanwhile.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from babel.messages.catalog import Catalog, Message

from . import langtag
from .checks import pairs
from .errors import SourceError
from .findings import OK_FLAG, Finding, finding, reviewed
from .prose import PERCENT, mask
from .register import check_register

GLOSSARY_NAME = "glossary.csv"
NOTE_COLUMNS = ("note", "explanation", "translator_comments", "developer_comments")  # ours, then Weblate's


@dataclass(frozen=True)
class Term:
    """One row of a glossary."""

    source: str  # as written in the glossary
    targets: tuple[str, ...]  # the translations it accepts (``a|b``)
    note: str
    line: int
    found: re.Pattern[str]  # any target, inflected, in a translation's text


@dataclass
class Glossary:
    """A language's terms, and the words that may start one: a source text without any of them is
    not searched (most are not: the checks run over every entry in every build)."""

    path: str  # relative to the project: locale/es/glossary.csv
    terms: tuple[Term, ...]  # longest first: "prefilled syringe" is found before "syringe"
    _starts: dict[str, tuple[int, ...]] = field(default_factory=dict)  # a term's first word -> its terms' indexes
    _seen: dict[tuple[str, str], tuple[Finding, ...]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for index, term in enumerate(self.terms):
            start = _start(term.source)
            self._starts[start] = (*self._starts.get(start, ()), index)

    def check(self, src: str, tr: str) -> tuple[Finding, ...]:
        """A ``[term]`` finding for each term of ``src`` whose target ``tr`` lacks (each pair once)."""
        key = (src, tr)
        if key not in self._seen:
            self._seen[key] = self._check(src, tr)
        return self._seen[key]

    def _check(self, src: str, tr: str) -> tuple[Finding, ...]:
        low = src.lower()
        maybe = tuple(sorted(i for start, terms in self._starts.items() if start in low for i in terms))
        if not maybe:
            return ()
        found = _finder(tuple(self.terms[i].source for i in maybe))
        used = dict.fromkeys(self.terms[maybe[m.lastindex - 1]] for m in found.finditer(prose_of(src)) if m.lastindex)
        if not used:
            return ()
        shown = prose_of(tr)
        return tuple(_missing(term, self.path) for term in used if not term.found.search(shown))


def _start(term: str) -> str:
    """What a source text holds (in lower case) wherever ``term`` is in it: its first word, without
    the "y" a plural drops ("pharmac" for "pharmacy", "pharmacies")."""
    words = re.split(r"[\s-]+", term.lower())
    return words[0][:-1] if len(words) == 1 and words[0].endswith("y") else words[0]


@lru_cache(maxsize=1024)
def _finder(sources: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern of ``sources`` (longest first), group i + 1 being sources[i]."""
    return re.compile("|".join(f"({_source_pattern(s)})" for s in sources), re.IGNORECASE)


def _missing(term: Term, path: str) -> Finding:
    targets = [f'"{t}"' for t in term.targets]
    said = targets[0] if len(targets) == 1 else f"{', '.join(targets[:-1])} or {targets[-1]}"
    lacks = ("does not have it" if len(targets) == 1 else "has neither" if len(targets) == 2
             else "has none of them")
    note = f"; note: {term.note}" if term.note else ""
    return finding("term", f'"{term.source}" is {said} in {path} (line {term.line}{note}): this translation {lacks}; '
                   "use the glossary's term, or accept another wording that is right here with # edu-ok:term")


def prose_of(text: str) -> str:
    """The words of a text: links' addresses, URLs, {placeholders} and %(name)s hidden, in NFC."""
    text = mask(unicodedata.normalize("NFC", text))
    return PERCENT.sub(" ", text) if "%" in text else text


def glossary_path(root: Path, lang: str) -> Path:
    return root / "locale" / lang / GLOSSARY_NAME


def read_glossary(root: Path, lang: str) -> tuple[Glossary | None, list[SourceError]]:
    """The language's glossary (None when it has no file), and the errors of its rows: a row that
    cannot be read is left out, the rest are used."""
    path = glossary_path(root, lang)
    if not path.is_file():
        return None, []
    where = path.relative_to(root).as_posix()
    errors: list[SourceError] = []
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")  # Excel saves "CSV UTF-8" with a byte-order mark
    except UnicodeDecodeError as exc:
        return None, [SourceError("not UTF-8 text: save the glossary as CSV UTF-8", where,
                                  data[: exc.start].count(b"\n") + 1)]
    rows = _rows(text)
    header = next(((n, row) for n, row in rows if any(cell.strip() for cell in row)), None)
    names = [cell.strip().lower() for cell in header[1]] if header else []
    if header is None or "source" not in names or "target" not in names:
        return None, [SourceError("the first line must name the columns: source,target,note (a CSV glossary, as "
                                  "Weblate exports it)", where, header[0] if header else 1)]
    columns = {name: names.index(name) for name in names}
    terms: dict[str, Term] = {}
    for line, row in rows:
        if line <= header[0] or not any(cell.strip() for cell in row):
            continue

        def error(message: str, line: int = line) -> None:
            errors.append(SourceError(message, where, line))

        if len(row) < len(names):
            error(f"this row has {len(row)} value{'s' if len(row) != 1 else ''} and the header names {len(names)} "
                  f"columns ({', '.join(names)}): write each, separated by commas (an empty note is a comma at the "
                  "end)")
            continue
        if len(row) > len(names):
            error(f"this row has {len(row)} values and the header names {len(names)} columns: a value with a comma "
                  'in it goes in double quotes ("a, b")')
            continue
        source = " ".join(unicodedata.normalize("NFC", row[columns["source"]]).split())
        targets = tuple(dict.fromkeys(t for t in (" ".join(unicodedata.normalize("NFC", x).split())
                                                  for x in row[columns["target"]].split("|")) if t))
        notes = [" ".join(row[columns[c]].split()) for c in NOTE_COLUMNS if c in columns]
        note = next((n for n in notes if n), "")
        if not re.search(r"\w", source):
            error("the term (source) is empty: write the English term, or delete the row")
        elif not targets:
            error(f'"{source}" has no target: write its translation (several separated by |), or delete the row')
        elif (key := source.casefold()) in terms and {t.casefold() for t in terms[key].targets} != {
                t.casefold() for t in targets}:
            first = terms[key]
            error(f'"{source}" is already at line {first.line} with another target ("{"|".join(first.targets)}"): '
                  "keep one row per term, with every accepted translation in its target separated by |")
        elif key not in terms:
            terms[key] = Term(source, targets, note, line, _target_pattern(targets, lang))
    return Glossary(where, tuple(sorted(terms.values(), key=lambda t: (-len(t.source), t.line)))), errors


def _rows(text: str) -> list[tuple[int, list[str]]]:
    """Each CSV row with the line it starts at. Comma separated, or semicolon separated when the
    first line is (Excel in a Spanish, Portuguese or French locale, whose decimal mark is the comma,
    saves "CSV" so: ``source;target;note``)."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = ";" if ";" in first and "," not in first else ","
    reader = csv.reader(text.splitlines(keepends=True), delimiter=delimiter)
    found: list[tuple[int, list[str]]] = []
    while True:
        start = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return found
        except csv.Error:
            row = []
        found.append((start, row))


def _source_pattern(term: str) -> str:
    """A term in a source text: its words in any case, spaces or hyphens between them, the last
    word also in the English plural ("shots", "boxes", "pharmacies")."""
    words = re.split(r"[\s-]+", term)
    last = words[-1]
    if re.search(r"[^aeiou]y$", last, re.IGNORECASE):
        ending = f"{re.escape(last[:-1])}(?:y|ies)"
    else:
        ending = f"{re.escape(last)}(?:s|es)?"
    body = r"[\s-]+".join([*(re.escape(w) for w in words[:-1]), ending])
    return rf"(?<![\w-]){body}(?![\w-])"


UNACCENTED = str.maketrans("áéíóú", "aeiou")


def _inflected(word: str, base: str) -> str:
    """A word of a target as a pattern of its gender and number forms (Spanish and Portuguese)."""
    w = re.escape(word)
    if base not in ("es", "pt") or not word[-1:].isalpha():
        return w
    low = word.lower()
    stem = re.escape(word[:-1])
    if base == "pt" and low.endswith("ão"):
        return f"{re.escape(word[:-2])}(?:ão|ões|ãos|ães)"
    if base == "pt" and low.endswith("m"):
        return f"{stem}(?:m|ns)"
    if low[-1] in "oa":
        return f"{stem}(?:o|a|os|as)"
    if low[-1] in "eiuéíú":
        return f"{w}s?"
    if low[-1] == "z":
        return f"{stem}(?:z|ces)"
    if len(low) > 1 and low[-2] in "áéíóú" and low[-1] in "ns":  # "infección", "inglés"
        plain = re.escape(word[:-2] + word[-2].translate(UNACCENTED) + word[-1])
        return f"(?:{w}|{plain}es)"
    if low[-1] in "sx":
        return w
    return f"{w}(?:es)?"


def _target_pattern(targets: tuple[str, ...], lang: str) -> re.Pattern[str]:
    base = langtag.primary(lang)
    alternatives = [r"\s+".join(_inflected(word, base) for word in target.split()) for target in targets]
    return re.compile(rf"(?<!\w)(?:{'|'.join(alternatives)})(?!\w)", re.IGNORECASE)


# --- the checks of one entry --------------------------------------------------------------------


@dataclass
class Terminology:
    """What a language's translations are checked against besides their source: its glossary and
    its register. ``entry`` gives a catalog entry's findings, after its exceptions."""

    lang: str
    glossary: Glossary | None = None
    register: str = ""

    def entry(self, message: Message) -> list[Finding]:
        found: list[Finding] = []
        for src, tr in pairs(message):
            if tr and self.glossary is not None:
                found += self.glossary.check(src, tr)
            if tr and self.register:
                found += check_register(self.lang, self.register, tr)
        if not found:  # most entries: their exceptions are not read
            return []
        accepted = {f[len(OK_FLAG):] for f in reviewed(message, pairs(message)[0][0]) if f.startswith(OK_FLAG)}
        return [f for f in dict.fromkeys(found) if f.code not in accepted]


def terminology(root: Path, lang: str, register: str) -> tuple[Terminology, list[SourceError]]:
    """A language's ``Terminology`` and the errors of its glossary file."""
    glossary, errors = read_glossary(root, lang)
    return Terminology(lang, glossary, register), errors


EntryCheck = Callable[[Message], list[Finding]]


def catalog_terms(catalog: Catalog, rules: Terminology | EntryCheck) -> list[tuple[int, Finding]]:
    """Every ``[term]`` and ``[register]`` finding of a catalog's translated entries (fuzzy ones
    too, as `edu check` reads them), with the .po line of the entry. ``rules``: a language's, or
    what gives an entry's findings from them (a build: warned.py)."""
    entry = rules.entry if isinstance(rules, Terminology) else rules
    return [(message.lineno or 0, f) for message in catalog if message.id for f in entry(message)]
