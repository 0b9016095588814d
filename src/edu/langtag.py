"""Language codes: the BCP 47 tags a project lists in ``languages`` (``es``, ``pt-BR``, ``zh-Hant``).

One spelling serves every place a language is named: the folders ``content/<lang>/``,
``locale/<lang>/`` and ``build/<lang>/``, the ``lang`` and ``hreflang`` attributes of a page and the
``/Lang`` of a PDF, all of which expect BCP 47 (hyphen, region in capitals). Babel and the
``Language:`` header of a .po file spell the same locale with an underscore (``pt_BR``); ``cldr``
converts. A tag is a language (2 or 3 letters), then optionally a script (``Hant``) and a region
(``BR``, or ``419`` for Latin America).
"""

from __future__ import annotations

import re
from functools import lru_cache

from babel import Locale, UnknownLocaleError, localedata

TAG_RE = re.compile(r"^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|[0-9]{3}))?$")
EXAMPLES = "such as es, pt-BR or zh-Hant"


def problem(code: str) -> str | None:
    """Why ``code`` cannot name a language of a project, or None when it can."""
    if not TAG_RE.match(code):
        fixed = respelled(code)
        if fixed is not None and TAG_RE.match(fixed):
            return f"write {fixed!r}, not {code!r}: a language is a BCP 47 tag (hyphens, region in capitals)"
        return f"{code!r} is not a language code {EXAMPLES}"
    try:
        locale(code)
    except (UnknownLocaleError, ValueError):
        return f"unknown language {code!r}"
    return None


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
