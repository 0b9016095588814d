"""Page stage: what a handout's page prints about where it comes from, besides its text.

In: a handout's review dates, the clinic's phone, the page's web address and the references it
cites. Out: the dates as the page's language writes them (``date_text``), the phone as a tel:
address a phone dials, or why it cannot be one number (``tel_uri``, which config.py asks when it
reads the phone), a QR code of the address for the printed page (``qr_code``) and each source
as the templates list it, with the language of its title for a screen reader (``reference_item``).
Each is cached: every page of a library prints the same few of them.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Any

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
    ("yMMMM": "November 2026", "noviembre de 2026"). (Babel's dates are loaded here, not with the
    module: config.py asks ``tel_uri`` of a clinic's phone in every build, one with nothing to do too.)"""
    from babel.dates import format_date, format_skeleton

    return format_date(date, format=form, locale=locale) if form == "long" else format_skeleton(form, date,
                                                                                                 locale=locale)


@lru_cache(maxsize=4096)
def qr_code(url: str) -> str:
    """A QR code of ``url`` as an SVG ``data:`` address (the renderer reads no file for it): a phone
    opens the handout's web page, its latest version and the other languages, from the paper.
    Error correction M (15 % of the code may be smudged or folded away); 4 modules of quiet zone.
    segno is imported here: only a printed page has a QR code, and its import (with urllib's, about
    30 ms) was a tenth of every build with nothing to do, HTML only or not."""
    import segno

    return segno.make(url, error="m", micro=False, boost_error=False).svg_data_uri(scale=1, border=4, unit="mm")


def tel_uri(phone: str, territory: str | None = None) -> str:
    """A phone number as written ("(555) 010-0100 ext. 12", "1-800-555-CARE") as a tel: address a
    phone dials (RFC 3966): its digit groups joined by dashes, a vanity number's letters as the keypad
    digits they stand for (ITU E.161: CARE is 2273), the extension apart (";ext=12"), and "+1" before
    a North American number (10 digits, or 11 starting with 1) when ``territory``, the country the
    project says it is in, is one of the North American Numbering Plan's, or when it is written the
    North American way, "1-800-…" (the 1 alone): "tel:555-010-0100" reaches the clinic only from a
    phone inside the area code's country. A number written with its "+" is kept. ``territory`` None:
    the project says no country (its default, the US, then only decides which lengths a number may
    have). ValueError, saying what to write, for what cannot be one number: two numbers, words, too
    few or too many digits (for the North American plan: 3, 7, 10, or 11 starting with 1)."""
    text = " ".join(phone.split())
    found = _EXTENSION_RE.search(text)
    number, extension = (text[:found.start()], found.group(1)) if found else (text, "")
    if _TWO_NUMBERS_RE.search(number):
        raise ValueError(f"{phone!r} holds more than one number, and a page's tap-to-call link dials one: write "
                         'the one number patients call, such as phone = "(555) 010-0199"')
    if not _PHONE_RE.fullmatch(number) or re.search(r"[a-z]", number):
        raise ValueError(f"{phone!r} is not a phone number: write the number only, its digits with spaces, dashes, "
                         'dots or (…) between groups, such as phone = "(555) 010-0100 ext. 12"; a vanity number\'s '
                         "letters in capitals, 1-800-555-CARE; another country's number with its code, "
                         "+34 91 123 45 67")
    groups = [group.translate(_KEYPAD) for group in re.findall(r"[0-9A-Z]+", number)]
    digits = "".join(groups)
    plus = number.startswith("+")
    nanp = territory in NANP_TERRITORIES or (territory is None and not plus)
    if plus and not (7 <= len(digits) <= 15 and (digits[0] != "1" or len(digits) == 11)):
        why = "11 digits after +1" if digits[:1] == "1" else "from 7 to 15 digits after the +"
        raise ValueError(f"{phone!r} has {len(digits)} digits: an international number has {why}")
    if not plus and nanp and not (len(digits) in (3, 7, 10) or (len(digits) == 11 and digits[0] == "1")):
        raise ValueError(f"{phone!r} has {len(digits)} digits" + (f" ({_letters(number)})" if _letters(number) else "")
                         + ": a North American number has 10, such as (555) 010-0100 (or 7 for a local call, 11 "
                         'starting with 1, 1-800-555-0100); another country\'s number: write it with its code, '
                         '+34 91 123 45 67, or set territory = "ES" in [tool.edu]')
    if not plus and not 3 <= len(digits) <= 15:
        raise ValueError(f"{phone!r} has {len(digits)} digits: a phone number has from 3 to 15")
    said_nanp = territory in NANP_TERRITORIES or (territory is None and groups[0] == "1" and len(digits) == 11)
    prefix = "+" if plus else "+1-" if said_nanp and len(digits) == 10 else "+" if said_nanp and len(
        digits) == 11 else ""
    return prefix + "-".join(groups) + (";ext=" + extension if extension else "")


def _letters(number: str) -> str:
    """A vanity number's letters as the digits a keypad dials for them: "CARE is 2273"."""
    words = re.findall(r"[A-Z]+", number)
    return ", ".join(f"{word} is {word.translate(_KEYPAD)}" for word in words)


# ITU-T E.161: the letters on a phone's keys (Q on 7 and Z on 9, as every keypad now prints them)
_KEYPAD = str.maketrans({letter: str(key) for key, letters in enumerate(
    ("", "", "ABC", "DEF", "GHI", "JKL", "MNO", "PQRS", "TUV", "WXYZ")) for letter in letters})
# The countries of the North American Numbering Plan (country code 1; CLDR territories)
NANP_TERRITORIES = frozenset({"US", "CA", "PR", "VI", "GU", "MP", "AS", "UM", "AG", "AI", "BB", "BM", "BS", "DM",
                              "DO", "GD", "JM", "KN", "KY", "LC", "MS", "SX", "TC", "TT", "VC", "VG"})
_EXTENSION_RE = re.compile(r"(?i)(?:(?<=[0-9A-Z)])|[\s,;]+)(?:ext\.?|extension|x|anexo)\s*[.:#]?\s*"
                           r"([0-9]+)$")
_TWO_NUMBERS_RE = re.compile(r"(?i)[/;,&|]|\s(?:or|and|o|y|u|ou|e|oder|und)\s|.\+")
_PHONE_RE = re.compile(r"\+?[0-9(][0-9A-Za-z ().\-\u2010-\u2015]*")


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
