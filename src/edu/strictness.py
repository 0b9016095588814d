"""QA, the meaning checks' comparisons in words: whether a translation that keeps a comparison's
direction changed whether it counts the amount itself. "More than 38 °C" said "38 °C o más" or
"como mínimo 38 °C" takes 38 °C in; "at least 8 months" said "más de 8 meses" leaves 8 months out.

Each comparison right before an amount (digits, a fact, a count in words: "more than once", "al
menos una vez") or right after it and its unit ("10 kg or more", "30 minutos como mínimo") is one of
four: more than, at least, less than, at most. Strict: more/less than, over, under, above, below,
exceeds, "más de", "mayor que", "superior a", "por encima de", "mais de", "acima de", "plus de",
"au-dessus de", > and <. Not strict: at least, at most, up to, or more, or less, a maximum or
minimum of, "al menos", "como mínimo", "o más", "hasta", "a partir de", "pelo menos", "até", "au
moins", "jusqu’à", "ou plus", "greater than or equal to", "mayor o igual a", ≥ and ≤. A negation
before a comparison of its clause turns it round, strictness too ("no more than 4", "no más de 4",
"sin superar 4", "ne pas dépasser 4": at most 4). "More or less", "más o menos": no comparison.

Compared: the one comparison of each side where each says one, else the comparison at each amount
where both give the same amounts (digits and facts) in the same order. A comparison whose direction
changed is comparisons.py's; one sign written as another (≥ as >) is ``comparisons.changed_sign``'s.
English, Spanish, Portuguese and French are read (Vietnamese, which the direction check reads, not).

In: the source and the translation (masked) and their languages. Out: the two comparisons, or None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import langtag
from .comparisons import ABOUT, AMOUNT_RUN, CLAUSE_END, NEGATED

MORE, LESS = "more", "less"
# What a comparison says, and how a translator says it in each language (a message names it).
MEANING = {(MORE, True): "more than", (MORE, False): "at least", (LESS, True): "less than",
           (LESS, False): "at most"}
SAID_AS = {
    "en": {(MORE, True): '"more than"', (MORE, False): '"at least", "or more"', (LESS, True): '"less than"',
           (LESS, False): '"at most", "up to"'},
    "es": {(MORE, True): '"más de"', (MORE, False): '"al menos", "o más"', (LESS, True): '"menos de"',
           (LESS, False): '"como máximo", "hasta"'},
    "pt": {(MORE, True): '"mais de"', (MORE, False): '"pelo menos", "ou mais"', (LESS, True): '"menos de"',
           (LESS, False): '"no máximo", "até"'},
    "fr": {(MORE, True): '"plus de"', (MORE, False): '"au moins", "ou plus"', (LESS, True): '"moins de"',
           (LESS, False): '"au maximum", "jusqu’à"'},
}
# The words right before an amount, by (direction, strict); the first that matches is read, so that
# "mayor o igual a" is read before "mayor", "igual o superior a" before "superior a".
_BEFORE = {
    "en": {(MORE, False): r"(?:greater|more|higher) than or equal to|equal to or (?:greater|more|higher) than|"
                          r"at least|a minimum of|minimum of|>=|[≥⩾≧]",
           (LESS, False): r"(?:less|fewer|lower) than or equal to|equal to or (?:less|fewer|lower) than|"
                          r"at (?:the )?most|a maximum of|maximum of|up to|<=|=<|[≤⩽≦]",
           (MORE, True): r"(?:more|greater|higher|longer|older|larger|bigger) than|over|above|exceed(?:s|ed|ing)?|"
                         r"go(?:es)? (?:over|above|beyond)|(?<![-=<>])[>›]",
           (LESS, True): r"(?:less|fewer|lower|smaller|shorter|younger) than|under|below|(?<!<)[<‹]"},
    "es": {(MORE, False): r"(?:mayor|superior)(?:es)? o igual(?:es)? (?:a|que)|"
                          r"igual(?:es)? o (?:mayor|superior)(?:es)? (?:a|que)|al menos|por lo menos|como mínimo|"
                          r"un mínimo de|mínimo de|a partir de|>=|[≥⩾≧]",
           (LESS, False): r"(?:menor|inferior)(?:es)? o igual(?:es)? (?:a|que)|"
                          r"igual(?:es)? o (?:menor|inferior)(?:es)? (?:a|que)|como máximo|a lo sumo|un máximo de|"
                          r"máximo de|hasta|<=|=<|[≤⩽≦]",
           (MORE, True): r"más (?:de|que)|(?:mayor|superior)(?:es)? (?:de|que|a)|por encima de|"
                         r"(?:exced|super[ae]|sobrepas|rebas)\w*|(?<![-=<>])[>›]",
           (LESS, True): r"menos (?:de|que)|(?:menor|inferior)(?:es)? (?:de|que|a)|por debajo de|(?<!<)[<‹]"},
    "pt": {(MORE, False): r"(?:maior|superior)(?:es)? ou igua(?:l|is) (?:a|que)|"
                          r"igua(?:l|is) ou (?:maior|superior)(?:es)? (?:a|que)|pelo menos|ao menos|no mínimo|"
                          r"um mínimo de|mínimo de|a partir de|>=|[≥⩾≧]",
           (LESS, False): r"(?:menor|inferior)(?:es)? ou igua(?:l|is) (?:a|que)|"
                          r"igua(?:l|is) ou (?:menor|inferior)(?:es)? (?:a|que)|no máximo|um máximo de|máximo de|"
                          r"até(?: no máximo)?|<=|=<|[≤⩽≦]",
           (MORE, True): r"mais (?:de|que|do que)|(?:maior|superior)(?:es)? (?:de|que|do que|a)|acima de|"
                         r"(?:exced|super[ae]|ultrapass)\w*|(?<![-=<>])[>›]",
           (LESS, True): r"menos (?:de|que|do que)|(?:menor|inferior)(?:es)? (?:de|que|do que|a)|abaixo de|"
                         r"(?<!<)[<‹]"},
    "fr": {(MORE, False): r"supérieure?s? ou égale?s? à|égale?s? ou supérieure?s? à|au moins|au minimum|"
                          r"un minimum d[e’']|à partir d[e’']|>=|[≥⩾≧]",
           (LESS, False): r"inférieure?s? ou égale?s? à|égale?s? ou inférieure?s? à|(?:tout )?au plus|au maximum|"
                          r"un maximum d[e’']|jusqu[’']à|n(?:e |[’'])(?:[\w’'-]+ ){0,2}?(?:dépass|excéd)\w* "
                          r"(?:pas|jamais)|<=|=<|[≤⩽≦]",
           (MORE, True): r"(?:plus|davantage) (?:de|que)|(?:plus|davantage) (?:d|qu)[’']|supérieure?s? à|"
                         r"au-dessus d[e’']|(?:dépass|excéd)\w*|(?<![-=<>])[>›]",
           (LESS, True): r"moins (?:de|que)|moins (?:d|qu)[’']|inférieure?s? à|(?:au-dessous|en[ -]dessous) d[e’']|"
                         r"(?<!<)[<‹]"},
}
# The words right after an amount and up to two words of its unit ("38 °C o más", "{dose} or more").
_AFTER = {
    "en": {(MORE, False): r"or (?:more|greater|higher|longer|older|above|over)|and (?:older|over|above|up)|"
                          r"at least|minimum",
           (LESS, False): r"or (?:less|fewer|lower|shorter|younger|below|under)|at (?:the )?most|maximum"},
    "es": {(MORE, False): r"o (?:más|mayor(?:es)?|superior(?:es)?)|y (?:más|mayores)|en adelante|como mínimo|"
                          r"al menos|por lo menos|mínimo",
           (LESS, False): r"o (?:menos|menor(?:es)?|inferior(?:es)?)|como máximo|a lo sumo|máximo"},
    "pt": {(MORE, False): r"ou (?:mais|maior(?:es)?|superior(?:es)?)|e (?:mais|acima)|em diante|no mínimo|pelo menos|"
                          r"ao menos",
           (LESS, False): r"ou (?:menos|menor(?:es)?|inferior(?:es)?)|no máximo"},
    "fr": {(MORE, False): r"ou (?:plus|davantage|supérieure?s?)|et plus|au moins|au minimum|minimum",
           (LESS, False): r"ou (?:moins|inférieure?s?)|au plus|au maximum|maximum"},
}
# An amount: digits or a fact, or a count in words ("a week", "una semana", "once"); the words that
# may stand between a comparison and it ("more than the age of 12", "más de un 30 %").
_COUNT_WORDS = {"en": r"(?:a|an)(?= (?:full |single |whole )?(?:minute|hour|day|week|month|year|dose|tablet|pill|shot|"
                      r"syringe|injection)s?\b)|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|once|"
                      r"twice|half",
                "es": r"un|una|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|media|medio",
                "pt": r"um|uma|dois|duas|três|quatro|cinco|seis|sete|oito|nove|dez|onze|doze|meia|meio",
                "fr": r"un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|demie?"}
_FILLER = {"en": r"the|age|of|total", "es": r"el|la|los|las|un|una|unos|unas|edad|total|de",
           "pt": r"o|a|os|as|um|uma|idade|total|de", "fr": r"le|la|les|l[’']|un|une|âge|total|de"}
_UNIT = r"(?:[ \u00a0\u202f]+[^\s\d\ue000,;:.()\[\]]+){0,2}?"  # up to two words of a unit ("°C", "mL/min")
_DIGITS = r"[\d\ue000](?:[\d\ue000]|[.,](?=\d))*"
# Where an amount read ends, for a message: its digits, or a count in words and its noun ("a full syringe").
_AMOUNT_END = re.compile(r"[\d\ue000](?:[\d\ue000]|[.,](?=\d))*|[.,]\d+|(?:once|twice)\b|"
                         r"\w+(?: (?:full|single|whole))?(?: \w+)?")
# A comparison's words start a word; a sign may follow one ("ClCr<30").
_STARTS = r"(?:(?<![\w’'-])|(?=[<>≤≥⩽⩾≦≧‹›=]))"


@dataclass(frozen=True)
class Said:
    """One comparison as a side says it."""

    way: str  # MORE or LESS
    strict: bool  # whether it leaves the amount itself out ("more than 38": 38 does not count)
    start: int  # where its words start in the text, and end (the amount in)
    end: int
    at: int  # where its amount starts
    negation: str = ""  # the word of a negation that turned it round ("not"), or ""


@dataclass(frozen=True)
class _Patterns:
    before: re.Pattern[str]
    after: re.Pattern[str]
    about: re.Pattern[str]
    negated: re.Pattern[str]  # a negation of the clause right before a comparison


def _group(key: tuple[str, bool]) -> str:
    return f"{key[0]}_{'strict' if key[1] else 'or_equal'}"


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of ``pattern`` ("a|(?:b|c)d" -> "a", "(?:b|c)d")."""
    parts, depth, start, i = [], 0, 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 1
        elif c == "[":
            i = pattern.index("]", i + 2)
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and not depth:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    return [*parts, pattern[start:]]


def _first_chars(pattern: str) -> set[str] | None:
    """The characters a match of ``pattern`` (the word tables' own regex: literals, groups, simple
    character sets) may start with; None where it cannot tell (an escape such as \\w first)."""
    firsts: set[str] = set()
    for alt in _alternatives(pattern):
        while alt.startswith(("(?<!", "(?<=")):  # a lookbehind takes no character
            alt = alt[_group_end(alt, 0) :]
        if alt.startswith("("):
            end = _group_end(alt, 0)
            inner = _first_chars(alt[alt.index(":", 1) + 1 if alt.startswith("(?:") else alt.index(">") + 1 : end - 1])
            rest = _first_chars(alt[end + 1 :]) if alt[end : end + 1] in ("?", "*") else set()
            if inner is None or rest is None:
                return None
            firsts |= inner | rest
        elif alt.startswith("["):
            firsts |= set(alt[1 : alt.index("]", 2)])
        elif alt and alt[0] not in "\\.^$":
            firsts.add(alt[0])
        else:
            return None
    return firsts


def _group_end(pattern: str, start: int) -> int:
    """Where the group that opens at ``start`` of ``pattern`` ends (after its bracket)."""
    depth = 0
    for i in range(start, len(pattern)):
        if pattern[i] == "(" and (i == 0 or pattern[i - 1] != "\\"):
            depth += 1
        elif pattern[i] == ")" and pattern[i - 1] != "\\":
            depth -= 1
            if not depth:
                return i + 1
    return len(pattern)


@lru_cache(maxsize=16)
def _patterns(code: str) -> _Patterns | None:
    if code not in _BEFORE:
        return None
    amount = rf"(?P<amount>{_DIGITS}|[.,]\d|(?:{_COUNT_WORDS[code]})\b(?! (?:máxim|mínim|maxim|minim|total)))"
    before = "|".join(f"(?P<{_group(key)}>{words})" for key, words in _BEFORE[code].items())
    after = "|".join(f"(?P<{_group(key)}>{words})" for key, words in _AFTER[code].items())
    # (a look at the first character first: without it, every position tries every word, twice as slow)
    firsts = _first_chars("|".join(_BEFORE[code].values()))
    first = "" if firsts is None else f"(?=[{re.escape(''.join(sorted(firsts)))}])"
    words = _first_chars(_COUNT_WORDS[code])
    counts = "" if words is None else rf"(?=[\d\ue000.,{re.escape(''.join(sorted(words)))}])"
    return _Patterns(
        re.compile(rf"{first}{_STARTS}(?:{before})(?=[ \u00a0\u202f]?(?:(?:{_FILLER[code]}) ){{0,2}}{amount})"),
        re.compile(rf"{counts}(?<![\w’'-]){amount}{_UNIT} (?:{after})(?![\w’'-])"),
        re.compile(ABOUT[code]), re.compile(f"(?:{NEGATED[code]})$"))


def comparisons_said(text: str, lang: str) -> list[Said] | None:
    """Each comparison ``text`` (masked) makes right before or after an amount, in order (None: a
    language whose words are not read)."""
    words = _patterns(langtag.primary(lang))
    if words is None:
        return None
    low = words.about.sub(lambda m: " " * len(m[0]), text.lower())
    found = []
    for m in words.before.finditer(low):
        way, strict = _kind(m)
        end = _AMOUNT_END.match(low, m.start("amount"))
        found.append(_negated(Said(way, strict, m.start(), end.end() if end else m.end(), m.start("amount")),
                              low, words))
    for m in words.after.finditer(low):
        way, strict = _kind(m)
        if not any(said.at == m.start("amount") for said in found):  # "more than 2 or more": the first
            found.append(_negated(Said(way, strict, m.start(), m.end(), m.start()), low, words))
    return sorted(found, key=lambda said: said.start)


def _kind(m: re.Match[str]) -> tuple[str, bool]:
    name = next(name for name, value in m.groupdict().items() if value is not None and name != "amount")
    way, kind = name.split("_", 1)
    return way, kind == "strict"


def _negated(said: Said, text: str, words: _Patterns) -> Said:
    """``said`` turned round where a negation of its clause comes before it ("no more than 4": at most
    4; "Do not give it to children 12 or younger": older than 12)."""
    clause = max((m.end() for m in CLAUSE_END.finditer(text, 0, said.start)), default=0)
    m = words.negated.search(text, clause, said.start)
    if m is None:
        return said
    return Said(LESS if said.way == MORE else MORE, not said.strict, said.start, said.end, said.at, m[0].split()[0])


def changed_strictness(src: str, tr: str, source_lang: str, lang: str) -> tuple[Said, Said] | None:
    """The source's comparison and the translation's where both say the same direction and one
    counts the amount itself and the other does not ("more than 38 °C": "38 °C o más"): the only
    comparison of each, else the comparisons at the same amounts (the amounts of both the same, in
    the same order); None where none changed."""
    said = comparisons_said(src, source_lang)
    if not said:
        return None
    put = comparisons_said(tr, lang)
    if not put:
        return None
    if len(said) == 1 and len(put) == 1:
        pairs = [(said[0], put[0])]
    else:
        a, b = _amounts(src), _amounts(tr)
        if [key for key, _ in a] != [key for key, _ in b]:
            return None
        at_a, at_b = {x.at: x for x in said}, {y.at: y for y in put}
        pairs = [(at_a[x], at_b[y]) for (_, x), (_, y) in zip(a, b, strict=True) if x in at_a and y in at_b]
    return next(((x, y) for x, y in pairs if x.way == y.way and x.strict != y.strict), None)


def _amounts(text: str) -> list[tuple[str, int]]:
    """Each amount of ``text`` (digits, "1.5" and "1,5" alike, or a fact) and where it starts."""
    return [(re.sub("[.,]", "", m[0]), m.start()) for m in AMOUNT_RUN.finditer(text)]


def quoted(text: str, said: Said) -> str:
    """The words of ``said`` as a message quotes them: '"more than {…}"', '"more than 4" after "not"'."""
    if len(text.lower()) != len(text):  # (a letter whose lowercase is longer: positions are the lowercase's)
        text = text.lower()
    words = " ".join(text[said.start : said.end].split()).replace("\ue000", "{…}")
    return f'"{words}" after "{said.negation}"' if said.negation else f'"{words}"'
