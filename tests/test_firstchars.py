"""firstchars.quick: a pattern that looks only where its matches can start finds what the pattern finds."""

from __future__ import annotations

import re

import pytest

from edu import comparisons, negationwords, periods
from edu.firstchars import quick

TEXTS = [
    "Do not shake it. You can't freeze it; never heat it, nor leave it in the car.",
    "Take no more than 2 doses a day, at least 4 hours apart, up to a maximum of {dose}.",
    "No lo agite. Nunca lo congele ni lo caliente; sin receta, no más de 3 dosis al día.",
    "Store it in the REFRIGERATOR, under the skin, LIVER and kidney: see [1] and **bold** _here_.",
    "",
    "n't",
    "Knot, snow, unknown, nothing, annoy: words with no in them.",
]


def _all(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...], str | None]]:
    return [(m.span(), m.groups(), m.lastgroup) for m in pattern.finditer(text)]


@pytest.mark.parametrize("source", [
    r"\b(?:no|not|never)\b|n[’']t\b",
    r"(?i)\b(?:(?P<t0>livers?|hepat\w*)|(?P<t1>kidneys?|renal))\b",
    r"(?<!\\)(?:\*+|_+)",
    r"(?:\b(?:every|each|per)|(?<!\bfor )\d) (?:day|week)",
    r"\b(?:at (?:least|most))?\s*(?:more|less)",
    r"\b(?:up to|over)(?= \d|\{)",
])
def test_the_same_matches_groups_and_substitutions(source: str) -> None:
    pattern, fast = re.compile(source), quick(source)
    assert fast.pattern.startswith("(?=[")
    assert fast.groupindex == pattern.groupindex and fast.groups == pattern.groups
    for text in TEXTS:
        assert _all(fast, text) == _all(pattern, text)
        assert fast.sub("#", text) == pattern.sub("#", text)
        for at in range(len(text)):
            a, b = fast.match(text, at), pattern.match(text, at)
            assert (a and a.span()) == (b and b.span())


def test_case_blind_patterns_stay_case_blind() -> None:
    pattern, fast = re.compile(r"(?i)\b(?:liver|kidney)s?\b"), quick(r"(?i)\b(?:liver|kidney)s?\b")
    assert fast.flags == pattern.flags
    assert [m[0] for m in fast.finditer("LIVER, Kidneys, liver")] == ["LIVER", "Kidneys", "liver"]


@pytest.mark.parametrize("source", [
    r".a",  # any character
    r"x*",  # may be empty: matches at every place
    r"(?:ab)?|c",
    r"[^x]y",  # a negated class
    r"\b(?i:no)\b",  # case-blind only inside: a case-sensitive lookahead would miss "No"
    r"(a?)\1b",  # a back reference
])
def test_a_pattern_whose_first_characters_cannot_be_read_is_compiled_as_it_is(source: str) -> None:
    assert quick(source) == re.compile(source)


def test_the_word_lists_patterns_look_first() -> None:
    """The meaning checks' patterns that start with \\b look only where a first letter of theirs is."""
    words = negationwords.words("en")
    assert words is not None and words.negation.pattern.startswith("(?=[")
    compared = comparisons._words("es")
    assert compared is not None and all(p.pattern.startswith("(?=[") for _, p in compared.direction)
    said = periods._words("en")
    assert said is not None and said.named.pattern.startswith("(?=[")


def test_a_python_without_the_parser_gets_the_plain_patterns(monkeypatch: pytest.MonkeyPatch) -> None:
    """re._parser is CPython's private module: where it is missing, or reads otherwise, the checks keep
    their patterns as written (slower, never different)."""
    from edu import firstchars

    monkeypatch.setattr(firstchars, "_parser", None)
    assert quick(r"\b(?:no|not)\b") == re.compile(r"\b(?:no|not)\b")

    class Other:
        @staticmethod
        def parse(source: str, flags: int) -> object:
            return [("an operation of another layout", None)]

    monkeypatch.setattr(firstchars, "_parser", Other)
    assert quick(r"\b(?:no|not)\b") == re.compile(r"\b(?:no|not)\b")
