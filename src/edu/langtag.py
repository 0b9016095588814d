"""Language codes: the BCP 47 tags a project lists in ``languages`` (``es``, ``pt-BR``, ``zh-Hant``).

One spelling serves every place a language is named: the folders ``content/<lang>/``,
``locale/<lang>/`` and ``build/<lang>/``, the ``lang`` and ``hreflang`` attributes of a page and the
``/Lang`` of a PDF, all of which expect BCP 47 (hyphen, region in capitals). Babel and the
``Language:`` header of a .po file spell the same locale with an underscore (``pt_BR``); ``cldr``
converts. A tag is a language (2 or 3 letters), then optionally a script (``Hant``) and a region
(``BR``, or ``419`` for Latin America).

What CLDR says of a tag that every page prints lives here too: its direction (``text_direction``)
and its name in another language (``language_name``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from babel import Locale, UnknownLocaleError, localedata
from babel.core import get_global

TAG_RE = re.compile(r"^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|[0-9]{3}))?$")
EXAMPLES = "such as es, pt-BR or zh-Hant"


def problem(code: str) -> str | None:
    """Why ``code`` cannot name a language of a project, or None when it can."""
    if not TAG_RE.match(code):
        fixed = respelled(code)
        fixed = shortest(fixed) if fixed is not None else None  # VIE: vi at once, not vie then vi
        if fixed is not None and TAG_RE.match(fixed):
            return f"write {fixed!r}, not {code!r}: a language is a BCP 47 tag (hyphens, region in capitals)"
        return f"{code!r} is not a language code {EXAMPLES}"
    if (short := shortest(code)) != code:
        return (f"write {short!r}, not {code!r}: {primary(code)!r} is another code of {primary(short)!r}, and "
                f"BCP 47 tags (the language of pages and PDFs) use {primary(short)!r}")
    try:
        locale(code)
    except (UnknownLocaleError, ValueError):
        return f"unknown language {code!r}"
    return None


def shortest(code: str) -> str:
    """The tag with the code BCP 47 prefers for its language: the 2-letter code of an ISO 639-2/3
    one (``vie`` -> ``vi``, ``fra-CA`` -> ``fr-CA``) or of a withdrawn one (``iw`` -> ``he``), from
    CLDR's aliases; ``code`` itself otherwise (``fil``, ``yue`` have no shorter code; ``tl`` is
    kept, although CLDR prefers ``fil``)."""
    first, _, rest = code.partition("-")
    alias = get_global("language_aliases").get(first.lower())
    if alias is None or len(primary(alias)) != 2:
        return code
    return "-".join(filter(None, [respelled(alias), rest]))


def closest(code: str, languages: tuple[str, ...]) -> str | None:
    """The language of ``languages`` that ``code`` means, spelt another way (``fr_FR`` or ``fra``
    for ``fr``, ``pt_br`` for ``pt-BR``), or None."""
    tag = shortest(respelled(code) or code)
    return next((x for x in (tag, primary(tag)) if x in languages), None)


def respelled(code: str) -> str | None:
    """``pt_br`` or ``zh_hant`` as a tag (``pt-BR``, ``zh-Hant``), when the parts can be read."""
    parts = re.split(r"[-_]", code)
    if not parts or not parts[0].isalpha():
        return None
    out = [parts[0].lower()]
    for part in parts[1:]:
        out.append(part.title() if len(part) == 4 else part.upper())
    return "-".join(out)


def cldr(code: str) -> str:
    """The Babel/CLDR spelling of a tag: ``pt-BR`` -> ``pt_BR``."""
    return code.replace("-", "_")


@lru_cache(maxsize=64)
def locale(code: str) -> Locale:
    """The Babel locale of a tag (raises UnknownLocaleError or ValueError)."""
    return Locale.parse(cldr(code))


def same_language(said: Locale, lang: str) -> bool:
    """Whether a catalog whose header says ``said`` is a translation into the tag ``lang``: the
    same language, not another script (zh_CN is simplified, zh-Hant traditional) and not another
    country when both name one (pt_PT is not pt-BR; es_US is within es-419, a region of
    countries); ``pt`` or ``zh_TW`` for ``zh-Hant`` are."""
    wanted = locale(lang)
    if said.language != wanted.language:
        return False
    countries = {str(x) for x in (said.territory, wanted.territory) if x and str(x).isalpha()}
    if said.territory and wanted.territory and len(countries) > 1:
        return False
    scripts = {_script(said), _script(wanted)} - {None}
    return len(scripts) <= 1


def _script(loc: Locale) -> str | None:
    """The locale's script: written, or the one CLDR takes as likely in its country (zh_TW: Hant,
    zh_CN: Hans); none for a bare language (a header "zh" says nothing of the script)."""
    if loc.script or not loc.territory:
        return str(loc.script) if loc.script else None
    full = get_global("likely_subtags").get(f"{loc.language}_{loc.territory}") or \
        get_global("likely_subtags").get(f"und_{loc.territory}")
    parts = str(full or "").split("_")
    return parts[1] if len(parts) > 2 and len(parts[1]) == 4 and parts[0] == loc.language else None


def primary(code: str) -> str:
    """The language without script or region: ``pt-BR`` -> ``pt``, ``es_US`` -> ``es``."""
    return re.split(r"[-_]", code, maxsplit=1)[0].lower()


def region(code: str) -> str:
    """The region a tag names (``BR`` of ``pt-BR``), or ""."""
    last = re.split(r"[-_]", code)[-1]
    return last if len(re.split(r"[-_]", code)) > 1 and (last.isupper() or last.isdigit()) else ""


def in_territory(code: str, territory: str) -> str:
    """The CLDR locale of a language written in ``territory``: the tag's own region wins
    (``pt-BR`` -> ``pt_BR``); else ``<lang>_<territory>`` where CLDR has it (``es`` in the US ->
    ``es_US``); else the language's own default (``pt`` in the US -> ``pt``)."""
    name = cldr(code)
    if region(code):
        return name
    candidate = f"{name}_{territory}"
    return candidate if territory and localedata.exists(candidate) else name


def og_locale(code: str, territory: str) -> str:
    """A tag as Open Graph writes a locale, language_TERRITORY: its own region (``pt-BR``: pt_BR),
    else the project's ``territory`` where CLDR has the language there (``es`` in the US: es_US), else
    the region CLDR takes as likely for it (``pt``: pt_BR), else the language alone."""
    found = locale(in_territory(code, territory).replace("_", "-")) if not region(code) else locale(code)
    likely = get_global("likely_subtags")
    guess = likely.get(f"{found.language}_{found.script}" if found.script else found.language, "")
    place = str(found.territory or str(guess).rpartition("_")[2])
    return f"{primary(code)}_{place}" if place.isalpha() and place.isupper() else primary(code)


@lru_cache(maxsize=256)
def text_direction(lang: str) -> str:
    """"rtl" for a language written right to left (Arabic, Hebrew, Persian, Urdu), else "ltr" (CLDR)."""
    return str(locale(lang).text_direction)


@lru_cache(maxsize=256)
def language_name(lang: str, in_lang: str, start: bool = True) -> str:
    """``lang``'s name in ``in_lang``: as a label starts (``start``: "Español") or as CLDR writes it
    inside a sentence ("español", "portugués (Brasil)", German "Englisch"). Only what the tag names
    is shown: CLDR reads ``tl`` as ``fil_PH``, and the switcher said "Filipino (Pilipinas)". A name
    CLDR gives the variety as a whole is preferred, as ICU's dialect names do ("Brazilian Portuguese",
    "portugués de Brasil", "español latinoamericano"): "Portuguese (Brazil)" printed inside a
    label's parentheses read "(Portuguese [Brazil])"."""
    named = as_named(lang)
    variety = "_".join(filter(None, (named.language, named.script, named.territory)))
    dialect = locale(in_lang).languages.get(variety) if variety != named.language else None
    name = dialect or named.get_display_name(cldr(in_lang)) or lang
    return name[:1].upper() + name[1:] if start else name


def in_parentheses(name: str) -> str:
    """A language's name to be printed inside parentheses: its own parentheses as brackets, as ICU's
    LocaleDisplayNames writes it ("Título (portugués [Brasil])", not "(portugués (Brasil))")."""
    return name.translate(_BRACKETS)


_BRACKETS = str.maketrans("()（）", "[]［］")


def as_named(lang: str) -> Locale:
    """The locale of a tag without the region or script an alias of CLDR adds to it (``tl``:
    ``fil``, not ``fil_PH``; ``iw``: ``he``, not ``he_IL``)."""
    found = locale(lang)
    parts = lang.split("-")[1:]
    territory = found.territory if region(lang) else None
    script = found.script if any(len(part) == 4 for part in parts) else None
    if (territory, script) == (found.territory, found.script):
        return found
    try:
        return Locale(found.language, territory=territory, script=script)
    except (UnknownLocaleError, ValueError):
        return found
