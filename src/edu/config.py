"""Settings: ``[tool.edu]`` in the project's pyproject.toml, validated here and only here.

In: the project folder; out: a frozen ``Settings``, or every problem of ``[tool.edu]`` at once, each
at its line (the words pages print are checked in configwords.py, the font files in configfonts.py, the
territory in territories.py).
"""

from __future__ import annotations

import datetime as dt
import os
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from . import langtag
from .configfonts import font_files_of, read_fonts, read_language_fonts
from .configwords import (
    PRINTED_SETTINGS,
    in_language,
    in_nfc,
    not_languages,
    per_language,
    read_clinic,
    read_topics,
    read_units,
    written_in,
)
from .errors import SourceError, UsageError, raise_all
from .register import read_register
from .territories import LETTER_TERRITORIES, known_territory
from .tomllines import key_line, line_of


@dataclass(frozen=True)
class Targets:
    """Readability targets per audience (issue 7)."""

    patient_en_grade: float = 6.0  # Flesch-Kincaid grade, at most
    patient_es_inflesz: float = 65.0  # Szigriszt-Pazos (INFLESZ), at least


@dataclass(frozen=True)
class Settings:
    """Everything a user can change without editing code."""

    root: Path  # the project folder (holds pyproject.toml)
    languages: tuple[str, ...] = ("en", "es")  # every handout is published in each of these
    territory: str = "US"  # CLDR territory: number formats and paper size
    source_date_epoch: int | None = None  # fixed timestamp for .pot headers (else SOURCE_DATE_EPOCH)
    organization: str = "edu"  # PDF author / publisher line (in the first language, when given per language)
    organizations: tuple[tuple[str, str], ...] = ()  # (lang, name) when the organization is named per language
    clinic_name: str = ""  # printed stamp on every PDF, if set
    clinic_phone: str = ""  # printed with the clinic name, as written
    clinic_tel: str = ""  # the phone as a tel: address web pages dial (imprint.tel_uri): "+1-800-555-2273"
    clinic_names: tuple[tuple[str, str], ...] = ()  # (lang, name) when it is given per language
    width: int = 76  # .po line width (Babel's and sphinx-intl's default)
    timeout: float = 120.0  # seconds one PDF may take before it is stopped
    targets: Targets = field(default_factory=Targets)  # readability targets
    fonts: tuple[str, ...] = ()  # the project's font files (under templates/), after the shipped ones
    language_fonts: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (lang, font files) its text prefers
    units: tuple[tuple[str, str], ...] = ()  # the project's own unit words: (word, canonical unit), sorted
    site_url: str = ""  # where the build folder is published (https://…/, ending in /), or "" if nowhere
    review_months: int = 0  # each handout is due for review this long after `reviewed` (0: no review date)
    qr_code: bool = True  # with site_url: a printed handout ends with a QR code of its web address
    topics: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = ()  # (topic, ((lang or "", name), ...))
    paper_size: str = ""  # "letter" or "A4" ([tool.edu] paper); "" for the territory's paper
    meaning_reviewed: tuple[str, ...] = ()  # languages without meaning-check word lists a bilingual reviewer checks
    in_progress: tuple[str, ...] = ()  # languages being translated: their missing entries warn (check, build), not fail
    register: tuple[tuple[str, str], ...] = ()  # (lang, "usted"/"tú"/"você"/"tu"): how translations address the reader

    def clinic_in(self, lang: str) -> tuple[str, str]:
        """The clinic's name on a page in ``lang``, and the language it is written in when it is
        another (a screen reader then reads it with that language's voice), else ""."""
        return written_in(self.clinic_names, self.clinic_name, self.languages, lang)

    def organization_in(self, lang: str) -> tuple[str, str]:
        """The organization's name on a page in ``lang`` (the brand link, the PDF's author), and the
        language it is written in when it is another, as ``clinic_in``."""
        return written_in(self.organizations, self.organization, self.languages, lang)

    def topic_name(self, topic: str, lang: str) -> str:
        """What the index calls a ``topic:`` in ``lang``: its name in ``[tool.edu.topics]``, else
        the slug as words ("heart-failure": "Heart failure")."""
        words = topic.replace("-", " ")
        return self.named_topic(topic, lang) or words[:1].upper() + words[1:]

    def named_topic(self, topic: str, lang: str) -> str | None:
        """A topic's name in ``[tool.edu.topics]`` for ``lang`` (or for its base language: ``pt``
        serves ``pt-BR``), or its one name for every language; None if it has none."""
        names = dict(next((n for slug, n in self.topics if slug == topic), ()))
        return in_language(names, lang) or names.get("")

    def register_of(self, lang: str) -> str:
        """How ``lang``'s translations address the reader ([tool.edu] register, or its base language's), or ""."""
        return in_language(dict(self.register), lang) or ""

    @property
    def font_files(self) -> tuple[str, ...]:
        """Every project font file, once: those of ``fonts``, then each language's own."""
        return font_files_of(self.fonts, self.language_fonts)

    @property
    def content_dir(self) -> Path:
        return self.root / "content"

    @property
    def locale_dir(self) -> Path:
        return self.root / "locale"

    @property
    def templates_dir(self) -> Path:
        return self.root / "templates"

    @property
    def paper(self) -> str:
        """The PDFs' paper: ``paper_size`` ([tool.edu] ``paper``), else the territory's (CLDR)."""
        return self.paper_size or ("letter" if self.territory in LETTER_TERRITORIES else "A4")

    def locale(self, lang: str) -> str:
        """The CLDR locale of a language in this territory, e.g. ``es_US``; the language's own
        default where CLDR has no such pair (``pt`` in the US); a tag's own region wins (``pt_BR``)."""
        return langtag.in_territory(lang, self.territory)

    def epoch(self) -> int | None:
        env = env_epoch()
        return env if env is not None else self.source_date_epoch


def find_root(start: Path) -> Path:
    """The nearest folder at or above ``start`` whose pyproject.toml has ``[tool.edu]``."""
    for folder in (start, *start.parents):
        candidate = folder / "pyproject.toml"
        if candidate.is_file() and b"[tool.edu" in candidate.read_bytes():  # (decoded by load_settings)
            return folder
    if not start.is_dir():  # -C DIR: a mistake on the command line (exit 2)
        raise UsageError(f"{start}: " + ("no such folder" if not start.exists() else "not a folder: give the "
                                                                                        "project's folder"))
    raise SourceError("no pyproject.toml with a [tool.edu] table here or above (`edu new DIR` starts a project)",
                      start)


def load_settings(root: Path) -> Settings:
    """Read and validate ``[tool.edu]``; report every problem, then fail once."""
    text, table = _read_table(root / "pyproject.toml")
    errors: list[SourceError] = []

    def error(key: str, message: str) -> None:
        errors.append(SourceError(f"[tool.edu] {key}: {message}", "pyproject.toml", line_of(text, key)))

    def clinic_error(key: str, message: str, named: bool = True) -> None:  # at `key =` in [tool.edu.clinic]
        errors.append(SourceError(f"[tool.edu.clinic] {key}: {message}" if named else f"[tool.edu.clinic]: {message}",
                                  "pyproject.toml", key_line(text, "clinic", key) or line_of(text, "clinic")))

    known = {f for f in Settings.__dataclass_fields__ if f not in DERIVED_FIELDS} | {"clinic", "targets", "paper"}
    for key in table:
        if key not in known:
            error(key, "unknown setting")
    values: dict[str, Any] = {}
    _read_place(table, values, error)
    _copy_typed({k: v for k, v in table.items() if not (k == "organization" and isinstance(v, dict))}, values, error)
    targets = table.get("targets", {})
    try:
        values["targets"] = Targets(**{k.replace("-", "_"): float(v) for k, v in targets.items()})
    except (TypeError, ValueError, AttributeError):
        error("targets", "must be a table of numbers: patient_en_grade, patient_es_inflesz")
    languages = values.get("languages", None if "languages" in table else Settings.languages)
    clinic = table.get("clinic", {})
    if isinstance(clinic, dict):
        read_clinic(clinic, languages, values.get("territory") if "territory" in table else None, values,
                    clinic_error)
    else:
        error("clinic", 'must be a table, such as clinic = { name = "Rheumatology Clinic", phone = "555-0100" }')
    _read_names_and_fonts(root, table, languages, values, error)
    _read_publishing(table, values, error)
    _read_language_lists(table, languages, values, error)
    topics = read_topics(table.get("topics", {}), languages, lambda message: error("topics", message))
    if topics is not None:
        values["topics"] = topics
    register = read_register(table.get("register", {}), languages, lambda message: error("register", message))
    if register is not None:
        values["register"] = register
    units = read_units(table.get("units", {}), lambda message: error("units", message))
    if units is not None:
        values["units"] = units
    raise_all(errors)
    return Settings(root=root, **values)


Report = Callable[[str, str], None]  # error(key, message)


def _read_table(path: Path) -> tuple[str, dict[str, Any]]:
    """The file's text and its ``[tool.edu]`` table (printed words in NFC), or its one problem."""
    data = path.read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SourceError("not UTF-8 text (save the file as UTF-8)", "pyproject.toml",
                          data[: exc.start].count(b"\n") + 1) from exc
    if text.startswith("\ufeff"):  # a byte-order mark, as Notepad writes: TOML has no place for it
        raise SourceError("the file starts with a byte-order mark (U+FEFF), which TOML does not allow: save it "
                          "as UTF-8 without BOM", "pyproject.toml", 1)
    try:
        table = tomllib.loads(text).get("tool", {}).get("edu", {})
    except tomllib.TOMLDecodeError as exc:
        message = str(exc.args[0] if exc.args else exc)
        where = re.search(r" \(at line (\d+), column \d+\)$", message)  # Python < 3.14 has no .lineno
        line = getattr(exc, "lineno", None) or (int(where.group(1)) if where else None)
        if line is None and message.endswith("(at end of document)"):
            line = len(text.splitlines()) or None
        raise SourceError(f"invalid TOML: {message}", "pyproject.toml", line) from exc
    return text, {key: in_nfc(value) if key in PRINTED_SETTINGS else value for key, value in table.items()}


def _read_place(table: dict[str, Any], values: dict[str, Any], error: Report) -> None:
    """``languages`` and ``territory``."""
    langs = table.get("languages", ["en", "es"])
    if not isinstance(langs, list) or not langs or not all(isinstance(x, str) for x in langs):
        error("languages", 'must be a list of language codes such as ["en", "es", "pt-BR"]')
    elif len(set(langs)) < len(langs):
        error("languages", "a language is listed twice")
    elif wrong := [problem for lang in langs if (problem := langtag.problem(lang))]:
        for problem in wrong:
            error("languages", problem)
    else:
        values["languages"] = tuple(langs)
    territory = table.get("territory", "US")
    if not isinstance(territory, str) or not re.fullmatch(r"[A-Z]{2}", territory):
        error("territory", 'must be a two-letter country code such as "US"')
    elif not known_territory(territory):
        error("territory", f"unknown country code {territory!r}")
    else:
        values["territory"] = territory


def _read_names_and_fonts(root: Path, table: dict[str, Any], languages: tuple[str, ...] | None,
                          values: dict[str, Any], error: Report) -> None:
    """``fonts``, ``organization`` per language and ``language_fonts``."""
    fonts = read_fonts(root, table.get("fonts", []), lambda message: error("fonts", message))
    if fonts is not None:
        values["fonts"] = fonts
    organization = table.get("organization")
    if isinstance(organization, dict):
        example = 'organization = { en = "Patient education", es = "Educación para pacientes" }'
        names = per_language(organization, languages, lambda message: error("organization", message), example)
        if names is not None:
            values["organizations"], values["organization"] = names
    by_lang = read_language_fonts(root, table.get("language_fonts", {}), languages,
                                  lambda message: error("language_fonts", message))
    if by_lang is not None:
        values["language_fonts"] = by_lang
        files = font_files_of(fonts or (), by_lang)
        if len({Path(name).name for name in files}) < len(files):
            error("language_fonts", "two font files have the same file name (web pages load them from one folder)")


def _read_publishing(table: dict[str, Any], values: dict[str, Any], error: Report) -> None:
    """``site_url``, ``qr_code``, ``paper`` and ``review_months``."""
    if "site_url" in table:
        url = table["site_url"]
        if not isinstance(url, str) or not SITE_URL_RE.fullmatch(url):
            error("site_url", 'must be the web address the build folder is published at, such as '
                  '"https://example.org/patient-education/" (no query or #part)')
        else:
            values["site_url"] = url if url.endswith("/") else url + "/"
    if "qr_code" in table:
        if isinstance(table["qr_code"], bool):
            values["qr_code"] = table["qr_code"]
        else:
            error("qr_code", "must be true or false")
    if "paper" in table:
        paper = table["paper"]
        if isinstance(paper, str) and paper.lower() in PAPERS:
            values["paper_size"] = PAPERS[paper.lower()]
        else:
            error("paper", 'must be "letter" (US Letter, 8.5 × 11 in) or "A4" (210 × 297 mm); without it the '
                  "territory's paper is used")
    if "review_months" in table:
        months = table["review_months"]
        if isinstance(months, int) and not isinstance(months, bool) and 1 <= months <= 120:
            values["review_months"] = months
        else:
            error("review_months", "must be a whole number of months from 1 to 120, such as 36 (3 years)")


def _read_language_lists(table: dict[str, Any], languages: tuple[str, ...] | None, values: dict[str, Any],
                         error: Report) -> None:
    """``meaning_reviewed`` and ``in_progress``: lists of some of the languages."""
    if "meaning_reviewed" in table:
        listed = table["meaning_reviewed"]
        if not isinstance(listed, list) or not all(isinstance(x, str) for x in listed):
            error("meaning_reviewed", 'must be a list of languages such as ["de"]: those whose translations a '
                  "reviewer who reads both languages checks for meaning")
        elif wrong := not_languages(listed, languages):
            error("meaning_reviewed", f"{', '.join(map(repr, wrong))} is not one of the languages")
        else:
            values["meaning_reviewed"] = tuple(listed)
    if "in_progress" in table:
        listed = table["in_progress"]
        if not isinstance(listed, list) or not all(isinstance(x, str) for x in listed):
            error("in_progress", 'must be a list of languages such as ["pt"]: those still being translated, whose '
                  "untranslated and fuzzy entries are warnings until they are removed from the list")
        elif languages is not None and (wrong := [x for x in listed if x not in languages]):
            error("in_progress", f"{', '.join(map(repr, wrong))} is not one of the languages in [tool.edu]")
        else:
            values["in_progress"] = tuple(dict.fromkeys(listed))


# Settings fields made from another key ([tool.edu] clinic, organization, paper), never written as keys
DERIVED_FIELDS = frozenset({"root", "paper_size", "clinic_name", "clinic_phone", "clinic_tel", "clinic_names",
                            "organizations"})


PAPERS = {"letter": "letter", "a4": "A4"}  # [tool.edu] paper, any case -> the CSS @page size
SITE_URL_RE = re.compile(r"https?://[^\s/?#]+(?:/[^\s?#]*)?")


def _copy_typed(table: dict[str, Any], values: dict[str, Any], error: Any) -> None:
    """Copy the simple scalar settings, checking their types."""
    kinds: dict[str, type | tuple[type, ...]] = {
        "source_date_epoch": int, "organization": str, "width": int, "timeout": (int, float),
    }
    ranges: dict[str, tuple[int, int, str]] = {  # outside: a traceback (inf, year 10000) or no time limit (nan)
        "timeout": (1, 3600, "a number of seconds from 1 to 3600 (one PDF's time limit), such as 120"),
        "width": (0, 1000, "0 (no wrapping) or a line width from 1 to 1000, such as 76"),
        "source_date_epoch": (0, LAST_EPOCH, f"a Unix time from 0 to {LAST_EPOCH} (9999-12-31), such as 1763596800"),
    }
    for key, kind in kinds.items():
        if key in table:
            value = table[key]
            if key == "organization" and isinstance(value, str) and not value.strip():
                error(key, "must name who publishes the handouts (every page links home with it)")
            elif not isinstance(value, kind) or isinstance(value, bool):
                error(key, f"must be {'a string' if kind is str else 'a number'}")
            elif key in ranges and not ranges[key][0] <= cast(float, value) <= ranges[key][1]:  # nan: false
                error(key, f"must be {ranges[key][2]}")
            else:
                values[key] = value


LAST_EPOCH = 253402300799  # 9999-12-31 23:59:59 UTC, a datetime's last second


def today() -> dt.date:
    """Today's date, the one place a check or a sign-off asks for it (reviews due, sign-off dates, an
    example's review day), so that a test suite running across midnight can hold it to one day."""
    return dt.date.today()


def env_epoch() -> int | None:
    """SOURCE_DATE_EPOCH (the reproducible-builds convention), if it is set to a number."""
    env = os.environ.get("SOURCE_DATE_EPOCH", "")
    return int(env) if env.isdigit() and int(env) <= LAST_EPOCH else None
