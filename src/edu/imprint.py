"""Page stage: what a handout's page prints about where it comes from, besides its text.

In: a handout's review dates, the clinic's phone, the page's web address and the references it
cites. Out: the dates as the page's language writes them (``date_text``), the phone as a tel:
address a phone dials (``tel_uri``), a QR code of the address for the printed page (``qr_code``)
and each source as the templates list it, with the language of its title for a screen reader
(``reference_item``). Each is cached: every page of a library prints the same few of them.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Any

import segno
from babel.dates import format_date, format_skeleton

from .langtag import text_direction
from .model import Reference

# Function words that tell the language of a reference title (references.yaml has no language field).
_TITLE_WORDS = {
    "en": {"the", "of", "and", "for", "in", "with", "to", "on", "a", "an", "by", "from", "information"},
    "es": {"el", "la", "los", "las", "de", "del", "en", "y", "para", "con", "por", "una", "un", "respuesta"},
}


@lru_cache(maxsize=1024)  # a library has few distinct review dates, and every page prints them
def date_text(date: dt.date, form: str, locale: str) -> str:
    """A date as ``locale`` writes it: ``form`` "long" ("November 20, 2026") or a CLDR skeleton
    ("yMMMM": "November 2026", "noviembre de 2026")."""
    return format_date(date, format=form, locale=locale) if form == "long" else format_skeleton(form, date,
                                                                                                 locale=locale)


@lru_cache(maxsize=4096)
def qr_code(url: str) -> str:
    """A QR code of ``url`` as an SVG ``data:`` address (the renderer reads no file for it): a phone
    opens the handout's web page, its latest version and the other languages, from the paper.
    Error correction M (15 % of the code may be smudged or folded away); 4 modules of quiet zone."""
    return segno.make(url, error="m", micro=False, boost_error=False).svg_data_uri(scale=1, border=4, unit="mm")


def tel_uri(phone: str) -> str:
    """A phone number as a tel: address a phone dials (RFC 3966): "(555) 010-0100 ext. 12" is
    "555-010-0100;ext=12" (its digits, a leading +, dashes between groups, the extension apart)."""
    found = _EXTENSION_RE.search(phone)
    number, extension = (phone[:found.start()], phone[found.end():]) if found else (phone, "")
    uri = ("+" if number.strip().startswith("+") else "") + "-".join(re.findall(r"[0-9]+", number))
    return uri + (";ext=" + "".join(re.findall(r"[0-9]+", extension)) if extension else "")


_EXTENSION_RE = re.compile(r"(?i)\s*(ext\.?|extension|x|anexo)\s*(?=[0-9]+\s*$)")


@lru_cache(maxsize=1024)  # a library cites the same sources on many pages
def title_language(text: str) -> str:
    """The language a reference title is written in, from its function words (English when unsure).

    A screen reader needs it to read a Spanish source title in a Spanish voice on an English page.
    """
    words = re.findall(r"[^\W\d_]+", text.lower())
    counts = {lang: sum(word in vocabulary for word in words) for lang, vocabulary in _TITLE_WORDS.items()}
    best = max(counts, key=lambda lang: counts[lang])
    return best if counts[best] > counts["en"] else "en"


def reference_item(ref: Reference) -> dict[str, Any]:
    """A source as the templates print it, with the language of its title."""
    lang = getattr(ref, "lang", None) or title_language(ref.title)
    return {"issuer": ref.issuer.rstrip("."), "title": ref.title, "journal": ref.journal, "year": ref.year,
            "url": ref.url, "doi": ref.doi, "note": ref.note, "lang": lang, "dir": text_direction(lang),
            "title_stop": "" if ref.title.endswith((".", "?", "!")) else "."}  # "…old data?", not "…old data?."
