"""QA: a word of a translation that mixes Latin letters with a Cyrillic or Greek one drawn the same
("nо" with U+043E CYRILLIC SMALL LETTER O), an error: the page shows "no", but a search, a screen
reader and every check read another word (the negation check finds no "no"). It comes from a
keyboard left on another layout or a text pasted from a document in another script.

In: (source text, translation, Context). Out: at most one ``Finding``, naming the words and letters.
Only the letters that look like a Latin one count: "IL-1β", "TNF-α" and "μg" are the science's own.
"""

from __future__ import annotations

import re
import unicodedata

from .findings import Context, Finding, finding

# Cyrillic and Greek letters drawn like a Latin one -> that Latin letter (Unicode's confusables).
LOOKALIKE = {
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ј": "j", "ԁ": "d",
    "һ": "h", "ӏ": "l", "ԛ": "q", "ԝ": "w", "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O",
    "Р": "P", "С": "C", "Т": "T", "Х": "X", "І": "I", "Ј": "J", "Ѕ": "S", "Ү": "Y",
    "ο": "o", "ν": "v", "ϲ": "c", "ϳ": "j", "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K",
    "Μ": "M", "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
}
_LOOKALIKE = re.compile(f"[{''.join(LOOKALIKE)}]")
_WORD = re.compile(r"[^\W\d_]+")
SHOWN = 2  # words named in one message


def _latin(char: str) -> bool:
    return char.isascii() or unicodedata.name(char, "").startswith("LATIN ")


def mixed_words(text: str) -> list[str]:
    """The words of ``text`` that mix Latin letters with a Cyrillic or Greek look-alike, in order."""
    if not _LOOKALIKE.search(text):  # nearly every text
        return []
    return list(dict.fromkeys(w for w in _WORD.findall(text)
                              if _LOOKALIKE.search(w) and any(_latin(ch) for ch in w if ch not in LOOKALIKE)))


def check_mixed_script(src: str, tr: str, ctx: Context) -> list[Finding]:
    """A word that mixes Latin letters with a Cyrillic or Greek one drawn the same ("nо"), which the
    source does not have: the reader sees "no", a search, a screen reader and the checks read another word."""
    words = [w for w in mixed_words(tr) if w not in mixed_words(src)]
    if not words:
        return []
    named = []
    for word in words[:SHOWN]:
        letters = ", ".join(dict.fromkeys(f"U+{ord(ch):04X} {unicodedata.name(ch)} (not the Latin {LOOKALIKE[ch]!r})"
                                          for ch in word if ch in LOOKALIKE))
        named.append(f'"{word}" has {letters}')
    more = f" and {len(words) - SHOWN} more word{'s' * (len(words) - SHOWN > 1)}" if len(words) > SHOWN else ""
    retype = " and ".join(f'"{"".join(LOOKALIKE.get(ch, ch) for ch in w)}"' for w in words[:SHOWN])
    return [finding("mixed-script", f"mixed-script word{'s' * (len(words) > 1)}: {'; '.join(named)}{more}, which the "
                    "page shows as a Latin letter but a search, a screen reader and the checks read as another "
                    f"word; retype {retype} with your keyboard's Latin layout")]
