"""QA: invisible characters in a translation (prose.INVISIBLE: a soft hyphen, a zero-width space,
a word joiner, a byte-order mark...; and between two digits the marks and joiners writing needs
elsewhere, prose.IN_NUMBER: "9<U+200F>11"). The page shows nothing for them, so no reviewer sees
them, but a search, a screen reader and a copied text do: "1<U+00AD>0 mg" is read "1 0 mg".

In: (source text, translation, Context). Out: one ``Finding`` per check: ``invisible-number``, an
error no flag silences, for a character in or next to a number, a dose or a {placeholder} (the
number and placeholder checks read the text as a reader sees it, so this is the one finding for
the slip); ``invisible``, a warning, for one elsewhere that the source does not have.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from .findings import Context, Finding, counted, finding
from .numberwords import number_words
from .prose import INVISIBLE, char_name, invisible_places, mask, placeholders, shown, visible
from .quantities import FRACTION_CHARS, fractions_as_digits, number_locale, numerals, quantities

SHOWN = 2  # places named in one message; the others are counted
_WORD_BREAK = re.compile(r"\s")


def check_invisible_number(src: str, tr: str, ctx: Context) -> list[Finding]:
    """An invisible character in or next to a number, a dose or a placeholder is never published:
    the reader sees "10 mg", a search or a screen reader gets "1 0 mg". (A source cannot have one:
    segmenting refuses it; a text is still a faithful translation of itself.)"""
    if not invisible_places(tr, ctx.lang):  # nearly every text: then there is nothing to say
        return []
    source = Context(ctx.source_lang, ctx.source_lang, ctx.territory, ctx.units)
    problem = invisible_number_problem(tr, ctx, _numbered(src, source) if INVISIBLE.search(tr) else Counter())
    return [finding("invisible-number", problem)] if problem else []


def invisible_number_problem(text: str, ctx: Context, reference: Counter[str] | None = None) -> str | None:
    """What to say of the invisible characters in the numbers and doses of ``text`` (in ``ctx.lang``)
    beyond those of ``reference`` (the source's, counted), or None."""
    numbered = _numbered(text, ctx)
    if not numbered:  # nearly every text (segmenting asks of every one): no Counter to subtract
        return None
    added = numbered - (reference or Counter())
    places = [at for at in invisible_places(text, ctx.lang) if added[text[at]]] if added else []
    return number_message(text, [at for at in places if in_number(text, at, ctx)]) if places else None


def _numbered(text: str, ctx: Context) -> Counter[str]:
    """The invisible characters in the numbers and doses of ``text``, counted."""
    places = invisible_places(text, ctx.lang)  # a quick look first: nearly every text has none
    return Counter(text[at] for at in places if in_number(text, at, ctx)) if places else Counter()


def number_message(text: str, places: list[int]) -> str:
    """What to say of the invisible characters at ``places``, each in a number or dose of ``text``."""
    named = []
    for word, where in _by_word(text, places)[:SHOWN]:
        read = _broken(text[word])
        split = f' (read "{read}")' if read != visible(text[word]) else ""
        named.append(f'{_names(text, where)} in "{_excerpt(text, where[0])}"{split}')
    return shown(f"invisible character{'s' * (len(places) > 1)} in a number or dose, which the page shows whole but "
                 f"a search or a screen reader may read split: {_listed(named, text, places)}; {_retype(text, places)}")


def check_invisible(src: str, tr: str, ctx: Context) -> list[Finding]:
    """An invisible character elsewhere that the source does not have: a search for the word misses
    it and a screen reader may stop in it (a soft hyphen a language's long words want: edu-ok:invisible)."""
    places = invisible_places(tr, ctx.lang)
    if not places:
        return []
    added = Counter(tr[at] for at in places) - Counter(src[at] for at in invisible_places(src, ctx.source_lang))
    places = [at for at in places if added[tr[at]] and not in_number(tr, at, ctx)]  # those: invisible-number
    if not places:
        return []
    named = [f'{_names(tr, where)} in "{_excerpt(tr, where[0])}"' for _word, where in _by_word(tr, places)[:SHOWN]]
    return [finding("invisible", f"invisible character{'s' * (len(places) > 1)} {_listed(named, tr, places)}: the "
                    "page shows nothing, but a search for the word misses it and a screen reader may read the word "
                    f"split; {_retype(tr, places)}")]


def _by_word(text: str, places: list[int]) -> list[tuple[slice, list[int]]]:
    """The places grouped by the word (the run between spaces) they are in, in text order."""
    words: dict[tuple[int, int], list[int]] = {}
    for at in places:
        start = max((m.end() for m in _WORD_BREAK.finditer(text, 0, at)), default=0)
        end = next((m.start() for m in _WORD_BREAK.finditer(text, at + 1)), len(text))
        words.setdefault((start, end), []).append(at)
    return [(slice(*span), where) for span, where in words.items()]


def _names(text: str, places: list[int]) -> str:
    """"U+00AD SOFT HYPHEN (×3) and U+200B ZERO WIDTH SPACE"."""
    return counted(Counter(char_name(text[at]) for at in places))


def _listed(named: list[str], text: str, places: list[int]) -> str:
    words = len(_by_word(text, places))
    return ", ".join(named) + (f" and {words - SHOWN} more word{'s' * (words - SHOWN > 1)}" if words > SHOWN else "")


def _retype(text: str, places: list[int]) -> str:
    """How to remove invisible characters: retype the words they are in (no one can see them to delete)."""
    words = [visible(text[word]) or visible(_excerpt(text, where[0])).strip("…")
             for word, where in _by_word(text, places)[:SHOWN]]
    quoted = " and ".join(f'"{word}"' for word in dict.fromkeys(words))
    return f"retype {quoted}{' (and the others)' * (len(_by_word(text, places)) > SHOWN)} to remove " + (
        "them" if len(places) > 1 else "it")


def in_number(text: str, at: int, ctx: Context) -> bool:
    """Whether the invisible character at ``at`` touches a number, a dose or a placeholder: a digit
    is beside it, or what the number and placeholder checks read (an amount and its unit, a count
    in words, a numeral, a {placeholder}) changes when it is read as a break (as a search or a screen
    reader may) or as a letter glued to its neighbours ("10 mg" and "10 mgж" are not one dose)."""
    before, after = visible(text[:at])[-1:], visible(text[at + 1:])[:1]
    if any(ch.isdigit() or FRACTION_CHARS.match(ch) for ch in (before, after)):
        return True
    whole = _reading(visible(text), ctx)
    return any(_reading(visible(f"{text[:at]}{probe}{text[at + 1:]}"), ctx) != whole for probe in " ж")


def _reading(text: str, ctx: Context) -> tuple[Any, ...]:
    """What the number and placeholder checks read in a text without invisible characters."""
    prose = mask(text)
    found = quantities(fractions_as_digits(prose), number_locale(ctx.lang, ctx.territory), ctx.units)
    return (Counter((q.value, q.unit) for q in found), number_words(prose, ctx.lang), numerals(text),
            placeholders(text))


def _excerpt(text: str, at: int, width: int = 16) -> str:
    """A few words around ``at``, cut at spaces ("…" where cut)."""
    start, end = max(0, at - width), min(len(text), at + width + 1)
    if start and (cut := text.find(" ", start, at)) != -1:
        start = cut + 1
    if end < len(text) and (cut := text.rfind(" ", at + 1, end)) != -1:
        end = cut
    return f"{'…' * bool(start)}{text[start:end]}{'…' * (end < len(text))}"


def _broken(word: str) -> str:
    """A word as a search reads it: each invisible character a break."""
    places = invisible_places(word)
    for at in reversed(places):
        word = f"{word[:at]} {word[at + 1:]}"
    return " ".join(word.split())
