"""Patterns that look only where a match can start: ``quick(pattern)`` is ``pattern`` with a
lookahead of the characters any of its matches starts with, ``(?=[nwd…])``, in front.

Python's re tries a pattern at every place of a text, and a pattern that starts with ``\\b`` and
alternatives (``\\b(?:no|not|never|…)\\b``, a word list) runs its whole first step at each: with the
class first, a place that cannot start a match is passed after one look (2-3 times faster over a
catalog entry, and the meaning checks read every entry of every build). The lookahead reads no
character and holds no group: every match, group and ``sub`` is the same as the pattern's own. The
characters are read from the parsed pattern; where they cannot be (a match may start with any
character, or be empty), the pattern is returned as it is. Case-blind patterns stay so: the
lookahead is read case-blind too.
"""

from __future__ import annotations

import re
from typing import Any

try:  # CPython's own parser (3.11+): private, so a Python that moves it gets the plain patterns
    from re import _constants as c  # type: ignore[attr-defined]  # (the parser's names, as re._compiler reads them)
    from re import _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    c = _parser = None

_CATEGORIES = {} if c is None else {c.CATEGORY_DIGIT: r"\d", c.CATEGORY_WORD: r"\w", c.CATEGORY_SPACE: r"\s"}
_ZERO_WIDTH = () if c is None else (c.AT, c.ASSERT, c.ASSERT_NOT)
_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


class _Unknown(Exception):
    """Any character may start a match."""


def quick(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)`` with a lookahead of the characters its matches start with
    (without, when they cannot be read). Parsing the pattern once more costs about what compiling
    it does: for the patterns of a language's word lists, read by every entry of a build."""
    if _parser is None:
        return re.compile(source, flags)
    try:
        first, empty = _first(_parser.parse(source, flags))
    except (_Unknown, AttributeError, TypeError, ValueError):  # (another parser's layout: the plain pattern)
        return re.compile(source, flags)
    if empty or not first:
        return re.compile(source, flags)
    body, inline = source, _GLOBAL_FLAGS.match(source)
    if inline:  # "(?i)…" may only start a pattern: its flags are given as flags
        body, flags = source[inline.end():], flags | re.compile(inline[0]).flags
    return re.compile(f"(?=[{''.join(sorted(first))}])(?:{body})", flags)


def _first(items: Any) -> tuple[set[str], bool]:
    """The characters (class items) a match of ``items`` may start with, and whether it may be empty."""
    first: set[str] = set()
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue  # reads no character (\b, a lookahead or lookbehind)
        if op is c.LITERAL:
            return first | {_char(av)}, False
        if op is c.IN:
            return first | _class(av), False
        if op is c.SUBPATTERN:
            if av[1] & re.IGNORECASE:  # "(?i:…)": the lookahead would not be case-blind
                raise _Unknown
            more, empty = _first(av[3])
        elif op is c.BRANCH:
            more, empty = set(), False
            for branch in av[1]:
                chars, none = _first(branch)
                more |= chars
                empty = empty or none
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
            more, empty = _first(av[2])
            empty = empty or av[0] == 0
        elif op is c.ATOMIC_GROUP:
            more, empty = _first(av)
        else:
            raise _Unknown  # any character, a back reference, a conditional group…
        first |= more
        if not empty:
            return first, False
    return first, True


def _char(code: object) -> str:
    return re.escape(chr(code)) if isinstance(code, int) else _unknown()


def _class(items: Any) -> set[str]:
    out = set()
    for op, av in items:
        if op is c.LITERAL:
            out.add(_char(av))
        elif op is c.RANGE and isinstance(av, tuple):
            out.add(f"{_char(av[0])}-{_char(av[1])}")
        elif op is c.CATEGORY and av in _CATEGORIES:
            out.add(_CATEGORIES[av])
        else:
            raise _Unknown  # a negated class, another category
    return out


def _unknown() -> str:
    raise _Unknown
