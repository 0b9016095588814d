"""The prose of a Markdown segment: what is not prose (link targets, URLs, {placeholders}, HTML
entities, code spans) found and hidden, for the translation checks.

In: one segment's text (a msgid or msgstr). Out: the same text with those parts replaced by
``MASK``, or the parts themselves (link targets, placeholders).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

# Stands in for a hidden part: a private-use character, not a letter, digit, space or mark.
MASK = "\ue000"
PLACEHOLDER = re.compile(
    r"\{\{|\}\}|\{(?P<field>(?:[A-Za-z_]\w*|\d*)(?:\.\w+|\[[^\[\]{}]*\])*(?:![rsa])?(?::[^{}]*)?)\}"
)
LINK = re.compile(
    r"(?P<bang>!?)\[(?P<text>(?:\\.|[^\[\]\\]|\[(?:\\.|[^\[\]\\])*\])*)\]"
    r"\(\s*(?P<target><[^<>\n]*>|(?:\\.|[^\s()\\]|\((?:\\.|[^\s()\\])*\))+)?"
    r"(?:\s+(?P<title>\"[^\"]*\"|'[^']*'|\([^()]*\)))?\s*\)"
)
AUTOLINK = re.compile(r"<(?P<url>[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\s]*|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)>")
# A "<" that does not open an autolink Python-Markdown converts (<https://…>, <help@example.org>,
# <mailto:…>) is text: raw HTML is never markup, in any language ("<tel:…>" is printed as written).
NOT_AUTOLINK = re.compile(r"(?<!\]\()<(?!https?://[^<>\s]+>|(?:mailto:)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+>)", re.I)
BARE_URL = re.compile(r"(?:\b(?:https?|ftp)://|\bwww\.)[^\s<>\[\]]+")  # its end: bare_url()
BREAKABLE_SPACE = re.compile("[^\\S\u00a0\u202f\u2007]+")  # runs of spaces and line ends; a no-break space stays
URL_TRAILER = ".,;:!?'\"»”’"
ENTITY = re.compile(r"&(?:#\d+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")
CODE_SPAN = re.compile(r"(`+)(?!`)(.+?)(?<!`)\1(?!`)", re.DOTALL)
# Raw HTML a translation could smuggle in: tags, comments, declarations, script URLs, data URLs,
# event handlers and entities.
RAW_HTML = re.compile(
    r"</?[A-Za-z][\w-]*(?=[\s/>])|<!--|<[!?]|\b(?:java|vb)script:|\bdata:[a-z]+/|\bon\w+\s*=|" + ENTITY.pattern,
    re.IGNORECASE,
)


# A % directive as Python's % operator reads it, well formed or not: "%(page)s", "%(página)s",
# "%(page)" followed by a letter of another script, or a lone "%" ("%%" is a literal percent sign).
PERCENT = re.compile(r"%%|%\([^()]*\)[-#0 +]*\d*(?:\.\d+)?[A-Za-z]?|%")
# A citation of a handout's sources, as its text writes it: [12], [1, 3], [4–6] (not a link's "[12](…)").
CITATION = re.compile(r"\[(\d{1,4}(?:\s*[,–-]\s*\d{1,4})*)\](?!\()")


def bare_url(found: str) -> str:
    """The address in a run that BARE_URL found, by GitHub's rule: a sentence's closing punctuation
    and a closing parenthesis without its opening one are text ("(see https://x.org/a_(b))." ends
    at "b)"), so a Wikipedia address keeps its "(drug)" and a parenthesis around it stays outside."""
    url = found.rstrip(URL_TRAILER)
    while url.endswith(")") and url.count(")") > url.count("("):
        url = url[:-1].rstrip(URL_TRAILER)
    return url


def sub_outside_code(pattern: re.Pattern[str], repl: str, text: str) -> str:
    """``pattern.sub(repl, text)`` everywhere but in code spans (`` `<br>` `` is shown as written)."""
    kept, at = [], 0
    for code in CODE_SPAN.finditer(text):
        if code.start() and text[code.start() - 1] == "\\":  # \` is a backtick, no code span
            continue
        kept += [pattern.sub(repl, text[at:code.start()]), code[0]]
        at = code.end()
    return "".join(kept) + pattern.sub(repl, text[at:])


def percent_tokens(text: str) -> Counter[str]:
    """Every % directive of a template word, counted as written (``%%`` apart)."""
    return Counter(t for t in PERCENT.findall(text) if t != "%%") if "%" in text else Counter()


def placeholders(text: str) -> Counter[str]:
    """Every ``{name}`` / ``{name:spec}`` placeholder, counted (doubled braces are literal)."""
    return Counter(f"{{{m['field']}}}" for m in PLACEHOLDER.finditer(text) if m["field"] is not None)


def links(text: str) -> list[tuple[bool, str]]:
    """(is_image, target) of every inline link and image, nested ones included."""
    found: list[tuple[bool, str]] = []
    for m in LINK.finditer(text):
        found.append((bool(m["bang"]), (m["target"] or "").strip("<>")))
        found.extend(links(m["text"]))
    return found


@lru_cache(maxsize=4096)
def mask_urls(text: str) -> str:
    """Hide link targets, autolinks and bare URLs; keep link text, a link's title (its words are
    shown as a tooltip: "Llame al 112" is checked as a number) and brackets (cached: several checks
    ask for the same text)."""

    def link(m: re.Match[str]) -> str:
        title = f" {mask_urls(m['title'])}" if m["title"] else ""
        return f"{m['bang']}[{mask_urls(m['text'])}]({MASK}{title})"

    # Each pattern runs only where its required characters are: "](" for a link, "<" for an
    # autolink, "://" or "www." for a bare URL (the result is the same, in a fraction of the time).
    if "](" in text:
        text = LINK.sub(link, text)
    if "<" in text:
        text = AUTOLINK.sub(MASK, text)
    if "://" in text or "www." in text:
        text = BARE_URL.sub(lambda m: MASK + m[0][len(bare_url(m[0])) :], text)
    return text


@lru_cache(maxsize=4096)
def mask(text: str) -> str:
    """The prose of a segment as a reader sees it: URLs, placeholders and HTML entities hidden,
    invisible characters dropped (cached, as above)."""
    text = mask_urls(visible(text))
    if "{" in text or "}" in text:
        text = PLACEHOLDER.sub(lambda m: MASK if m["field"] is not None else m[0], text)
    return ENTITY.sub(MASK, text) if "&" in text else text


# Invisible direction controls (embeddings, overrides, isolates): they change the order a reader
# sees letters and digits in ("100 mg" shown as "gm 001") while the text, and every check that
# reads it, stays the same. The pages set each language's direction themselves (lang and dir).
BIDI_CONTROL = re.compile("[\u202a-\u202e\u2066-\u2069]")


def bidi_problem(text: str, reference: str = "") -> str | None:
    """What to say about the direction controls of ``text`` that ``reference`` (the source of a
    translation) does not have, or None."""
    if text.isascii() or not BIDI_CONTROL.search(text):  # (an ASCII text has none: see invisible_places)
        return None
    added = _bidi_names(text) - _bidi_names(reference)
    if not added:
        return None
    many = sum(added.values()) > 1
    names = ", ".join(f"{name} (x{n})" if n > 1 else name for name, n in added.items())
    return (f"invisible direction control{'s' if many else ''} {names}: {'they change' if many else 'it changes'} "
            "the order a reader sees letters and digits in (\"100 mg\" shown as \"gm 001\"); delete "
            f"{'them' if many else 'it'} (the page sets each language's direction)")


def _bidi_names(text: str) -> Counter[str]:
    return Counter(f"U+{ord(ch):04X} {unicodedata.name(ch)}" for ch in BIDI_CONTROL.findall(text))


# Invisible characters no language needs in a handout: the format characters (Unicode category Cf)
# and the others Unicode lists as default-ignorable (shown as nothing): a soft hyphen, a zero-width
# space, a word joiner, a byte-order mark, the invisible operators, tag characters and the like.
# In "1<U+00AD>0 mg" a reader sees "10 mg" while a search, a screen reader and the checks read "1 0 mg".
# Not these, which writing needs: the joiners ZWNJ and ZWJ (Persian, Hindi, emoji sequences), the
# marks LRM, RLM and ALM (numbers inside right-to-left text), the direction controls (their own
# check: BIDI_CONTROL), the signs Arabic, Syriac and Kaithi write over the number that follows
# (U+0600-U+0605...), the format controls of Egyptian hieroglyphs and of shorthand, the variation
# selectors (emoji and CJK), and the tags of an emoji flag (England's: U+1F3F4 and tags).
INVISIBLE = re.compile("[\u00ad\u034f\u115f\u1160\u17b4\u17b5\u180e\u200b\u2060-\u2065\u206a-\u206f\u3164"
                       "\ufeff\uffa0\ufff0-\ufffb\U0001d173-\U0001d17a\U000e0000-\U000e00ff\U000e01f0-\U000e0fff]")
_EMOJI_TAGS = re.compile("\U0001f3f4[\U000e0020-\U000e007e]+\U000e007f")  # a subdivision flag: 🏴 + tags
# Where a language marks with U+200B where a line may break (it writes no spaces between words),
# and Mongolian's vowel separator.
SCRIPT_NEEDS = {"\u200b": frozenset({"th", "lo", "km", "my", "bo", "dz"}), "\u180e": frozenset({"mn"})}


# Every character the patterns above look for (invisible characters, direction controls, marks and
# joiners) is outside ASCII, and str.isascii() answers without reading the text: an ASCII text (most
# English ones) has none of them, and is not searched.

# The joiners and marks writing needs (above) are needed in no number: "9<U+200F>11" is shown "911"
# and read "9 11"; between two digits they are invisible characters like the others.
IN_NUMBER = re.compile(r"(?<=\d)[\u061c\u200c-\u200f]+(?=\d)")
_MAY_MARK = re.compile("[\u061c\u200c-\u200f]")  # a quick look first


def invisible_places(text: str, lang: str = "") -> list[int]:
    """Where ``text`` has an invisible character (INVISIBLE) that its language ``lang`` does not need,
    or a joiner or mark that writing needs between two digits (IN_NUMBER)."""
    if text.isascii():  # (all of them are outside ASCII)
        return []
    in_number = [at for m in IN_NUMBER.finditer(text) for at in range(m.start(), m.end())] if _MAY_MARK.search(
        text) else []
    if not INVISIBLE.search(text):
        return in_number
    flags = [range(m.start(), m.end()) for m in _EMOJI_TAGS.finditer(text)] if "\U0001f3f4" in text else []
    code = lang.split("-")[0].lower()
    return sorted([m.start() for m in INVISIBLE.finditer(text)
                   if not (code in SCRIPT_NEEDS.get(m[0], ()) and not _between_digits(text, m.start()))
                   and not any(m.start() in flag for flag in flags)] + in_number)


def _between_digits(text: str, at: int) -> bool:
    return text[at - 1 : at].isdigit() and text[at + 1 : at + 2].isdigit()


@lru_cache(maxsize=4096)  # each check of an entry asks it of the same two texts
def visible(text: str) -> str:
    """``text`` as a reader sees it: its invisible characters (INVISIBLE, IN_NUMBER) dropped."""
    if text.isascii():  # (all of them are outside ASCII)
        return text
    if INVISIBLE.search(text):
        text = INVISIBLE.sub("", text)
    return IN_NUMBER.sub("", text) if _MAY_MARK.search(text) else text


def shown(text: str) -> str:
    """``text`` with each invisible character written as its code point (⟨U+00AD⟩), for a message."""
    places = invisible_places(text)
    for at in reversed(places):
        text = f"{text[:at]}⟨U+{ord(text[at]):04X}⟩{text[at + 1:]}"
    return text


def char_name(char: str) -> str:
    """"U+00AD SOFT HYPHEN"."""
    return f"U+{ord(char):04X} {unicodedata.name(char, 'unassigned')}"


CITED_RANGE = re.compile(r"(\d+)\s*[–-]\s*(\d+)")  # a range of sources in a citation: "4–6" in "[4–6]"


def cited(match: re.Match[str]) -> list[int]:
    """The source numbers a citation names, a range's every one: "[4–6]" -> [4, 5, 6], "[1, 3]" ->
    [1, 3] (so "[4, 6]" for "[4–6]" has lost source 5)."""
    numbers = []
    for part in match[1].split(","):
        ends = [int(n) for n in re.findall(r"\d+", part)]
        numbers += list(range(ends[0], ends[1] + 1)) if len(ends) == 2 and ends[0] < ends[1] else ends
    return numbers
