"""QA, the appearance check's reading of the clause that says a look (appearance.py): how many times
it says "not" where that "not" governs the look (`nots`), and what it says to do when the medicine looks
so (`instruction`: use it or not, a discard verb a "do not use", an "unless" a "not"), with the verbs of
using and discarding the negation check asks about (`use_verbs`, `not_on_use`, for lookinstructions.py).
The rules are appearance.py's docstring's; ``found`` is lookwords.py's reading of the looks a text says,
``opposite`` its looks that have an opposite. English, Spanish, Portuguese, French and Vietnamese.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import cache
from itertools import pairwise
from typing import NamedTuple

from . import langtag
from .negationwords import Words, concept
from .negationwords import words as negation_words
from .prose import MASK


def nots(text: str, found: list[tuple[str, re.Match[str]]], lang: str, look: str,
         opposite: Collection[str]) -> int | None:
    """How many times ``text`` says "not" in the clause that governs ``look`` (see _governing), outside
    the words of a look ("sin color", "không màu") and the words just before a look of no opposite ("sin
    partículas", "no tiene partículas": no look is turned round by them)."""
    language = negation_words(lang)
    if language is None:
        return None
    clauses = _clauses(langtag.primary(lang))
    return sum(_governing(piece, blanked, at, language, clauses)
               for _, piece, blanked, at in _sentences(text, found, look, opposite))


def _sentences(text: str, found: list[tuple[str, re.Match[str]]], look: str,
               opposite: Collection[str]) -> list[tuple[int, str, str, int]]:
    """Each sentence (or clause after "but") of ``text`` that says ``look``: where it starts, lowercased,
    with the words of the looks blanked (and the words just before a look of no opposite), and where
    the look first stands in it."""
    lowered = text.lower()
    blanked = lowered
    for seen, m in reversed(found):
        start = m.start()
        lead = _NO_OPPOSITE_LEAD.search(blanked, 0, start) if seen not in opposite else None
        start = lead.start() if lead else start
        blanked = blanked[:start] + " " * (m.end() - start) + blanked[m.end():]
    starts = [m.start() for seen, m in found if seen == look]
    cuts = [0, *(m.start() for m in _SENTENCE.finditer(lowered)), len(lowered)]
    pieces = []
    for at, end in pairwise(cuts):
        first = next((start for start in starts if at <= start < end), None)
        if first is not None:
            pieces.append((at, lowered[at:end], blanked[at:end], first - at))
    return pieces


def _governing(piece: str, blanked: str, at: int, language: Words, clauses: _Clauses) -> int:
    """The "not"s of a sentence ``piece`` that govern the look at ``at``: those of its "if" clause, up to
    a comma after the look ("if it is not clear"; not "…, aunque no haya salido"), and of the main clause
    that clause hangs on: the one before its "if", back to a comma ("No la agite, úsela solo si…":
    "úsela solo"), or, where the sentence opens with the "if", the rest of the sentence ("If it is
    cloudy, do not use it"); a main clause says "not" once however often it repeats it ("No la agite ni
    la use", "Ne l’agitez pas et ne l’utilisez pas"). An "unless" says one. A sentence of no "if"
    counts whole."""
    opening = None
    for m in clauses.condition.finditer(piece, 0, at):
        opening = m
    if opening is None:
        return _count(blanked, language, clauses)
    head = blanked[: opening.start()]
    comma = blanked.find(",", at)
    ends = comma if comma >= 0 else len(blanked)  # where the look's "if" clause ends
    if re.search(r"[^\W\d_]", head):
        return min(1, _count(head.rsplit(",", 1)[-1], language, clauses)) + _count(blanked[opening.start():ends],
                                                                                 language, clauses)
    return _count(blanked[:ends], language, clauses) + min(1, _count(blanked[ends:], language, clauses))


def _count(text: str, language: Words, clauses: _Clauses) -> int:
    """The "not"s of ``text``: its negations and "unless"es, a "nor" after a negation not again ("No la
    agite ni la use" says one), nor a French "ne … que" (only)."""
    count = 0
    for m in language.negation.finditer(text):
        if (m.group() != language.nor or not count) and not (language.restrictive
                                                             and language.restrictive.match(text, m.end())):
            count += 1
    return count + len(clauses.counted.findall(text))


class Instruction(NamedTuple):
    use: bool  # use it when it looks so (False: do not use it)
    words: str  # the words that say it


def instruction(text: str, found: list[tuple[str, re.Match[str]]], lang: str, look: str,
                opposite: Collection[str]) -> Instruction | None:
    """Whether ``text`` says to use the medicine when it looks ``look`` or not to: in each sentence that
    says the look, the verb of the main clause its "if" clause hangs on (see _governing), "use" or a
    discard ("Deséchela": a "do not use"), turned round by a "not" in its part of that clause (back to
    an "and": "No la agite y úsela" says use; "Evite", "Deje de" say one too), by an "unless", and by
    a "not" before the look in its "if" clause ("unless it is clear": use it only if clear; French
    "à moins qu’elle ne soit" says none; of two, the one after its last "and" or "or": _before). A
    sentence of no "if" is read by the verb of the look's main clause (_said_in_main). None where a
    sentence says no such verb or both, or its "not"s cannot be read, or sentences differ."""
    language, primary = negation_words(lang), langtag.primary(lang)
    if language is None or primary not in _USE:
        return None
    read: list[tuple[bool, int, int]] = []
    for sentence in _sentences(text, found, look, opposite):
        said = _said_instruction(*sentence, language, _clauses(primary), primary)
        if said is None or (read and said[0] != read[0][0]):
            return None
        read.append(said)
    if not read:
        return None
    use, start, end = read[0]
    return Instruction(use, text[start:end].strip(" ,;:.").replace(MASK, "{…}"))


def _said_instruction(offset: int, piece: str, blanked: str, at: int, language: Words, clauses: _Clauses,
                      primary: str) -> tuple[bool, int, int] | None:
    """One sentence's instruction about its look at ``at`` (see instruction), with where its words
    start and end in the text."""
    opening = None
    for m in clauses.condition.finditer(piece, 0, at):
        opening = m
    if opening is None:
        return _said_in_main(offset, piece, blanked, at, language, clauses, primary)
    comma = blanked.find(",", at)
    ends = comma if comma >= 0 else len(blanked)  # where the look's "if" clause ends
    head = blanked[: opening.start()]
    first = _LETTER.search(head) is None  # the sentence opens with the "if"
    main = (ends, len(blanked)) if first else _main_before(piece, head.rfind(",") + 1, clauses)
    said = _verb_said(blanked, main, None if first else main[1], language, clauses, primary)
    if said is None:
        return None
    unless = clauses.unless.match(piece, opening.start()) is not None
    before = 0 if unless and primary == "fr" else _before(blanked, opening.end(), at, language, clauses, primary)
    if before is None:
        return None
    use = said[0] == said[1]
    use ^= unless ^ (before == 1)
    return use, offset + min(main[0], opening.start()), offset + max(main[1], ends)


def _main_before(piece: str, start: int, clauses: _Clauses) -> tuple[int, int]:
    """The main clause before an "if" clause: from ``start`` (after a comma) to its first "if", so that an
    earlier "if" clause is none of it ("Úsela si no está fría o si tiene color": "Úsela")."""
    opening = clauses.condition.search(piece, start)
    return start, opening.start() if opening else len(piece)


def _said_in_main(offset: int, piece: str, blanked: str, at: int, language: Words, clauses: _Clauses,
                  primary: str) -> tuple[bool, int, int] | None:
    """The instruction of a sentence of no "if" that says its look in the main clause, back and on to a
    comma: "Cloudy medicine must not be used", "No use medicina turbia", "Throw away cloudy medicine"
    (do not use it), "Use only medicine that is not cloudy" (one "not" after the verb says it too). None
    where the sentence says an "if" after the look ("Do not use cloudy medicine unless…"), or the part
    of the verb two "not"s ("Do not use medicine that is not clear")."""
    if clauses.condition.search(piece) is not None:
        return None
    main = (blanked.rfind(",", 0, at) + 1, _end(blanked.find(",", at), len(blanked)))
    said = _verb_said(blanked, main, at, language, clauses, primary, alone=True)
    if said is None:
        return None
    negated, discards, start, end = said
    return negated == discards, offset + start, offset + end


def _end(comma: int, length: int) -> int:
    """Where a clause that ends at ``comma`` (-1: none) ends."""
    return comma if comma >= 0 else length


def _verb_said(blanked: str, main: tuple[int, int], near: int | None, language: Words, clauses: _Clauses,
               primary: str, *, alone: bool = False) -> tuple[bool, bool, int, int] | None:
    """The verb of a main clause (``main``: where it starts and ends), "use" or a discard: whether a
    "not" of its part turns it round (back to an "and": "No la agite y úsela" says use; "Evite", "Deje
    de" say one too), whether it discards, and where its part starts and ends. The verb is the main
    clause's last before ``near`` (None: its first), else its first after. None where the clause says
    no such verb or both, or (``alone``: the look stands in that part) its part two "not"s."""
    verbs = _verbs(primary)
    uses = list(verbs.use.finditer(blanked, *main))
    discards = list(verbs.discard.finditer(blanked, *main))
    if bool(uses) == bool(discards):
        return None
    found = uses or discards
    before = [m for m in found if near is not None and m.start() < near]
    verb = before[-1] if before else found[0]
    part = max((m.end() for m in verbs.then.finditer(blanked, main[0], verb.start())), default=main[0])
    ahead = verbs.then.search(blanked, verb.end(), main[1])
    end = ahead.start() if ahead else main[1]
    said = blanked[part:end]
    nots = _count(said, language, clauses)
    if alone and nots > 1:
        return None
    carried = sum(concept(m.group(), language) in _SAYS_NOT for m in language.carried.finditer(said))
    return (min(1, nots) + carried) % 2 == 1, bool(discards), part, end  # "Evite usarla", "No deje de usarla"


def _before(blanked: str, start: int, at: int, language: Words, clauses: _Clauses, primary: str) -> int | None:
    """The "not"s of an "if" clause before its look at ``at`` (0 or 1): where it says two, those after
    its last "and" or "or" ("if it is not clear or not colorless": one for "colorless"). None where
    that part says none or two ("if it is not clear or colorless" says the "not" of both)."""
    count = _count(blanked[start:at], language, clauses)
    if count < 2:
        return count
    joins = list(_JOINS[primary].finditer(blanked, start, at))
    if not joins or _count(blanked[joins[-1].end():at], language, clauses) != 1:
        return None
    return 1


class _Verbs(NamedTuple):
    use: re.Pattern[str]
    discard: re.Pattern[str]
    then: re.Pattern[str]  # an "and" that ends a main clause's "not" ("Do not shake it and use it")
    on_use: re.Pattern[str]  # right after a "not", a verb of using, a word at most before it ("la use")


# Verbs of using the medicine and of throwing it away (a "do not use"), and the words that open the
# next part of a main clause
_USE = {"en": r"use|using|inject|injecting|give|giving|administer|be\s+(?:used|injected|given|administered)",
        "es": r"us[ae]\w*|ús[ae]\w*|utili[zc]\w*|utilíc\w*|inyect\w*|inyéct\w*|administr\w*|pong[ae]\w*|póng[ae]\w*",
        "pt": r"us[ae]\w*|usá\w*|utiliz\w*|injet\w*|aplique\w*|administr\w*",
        "fr": r"utilis\w*|inject\w*|employ\w*|administr\w*", "vi": r"dùng|sử dụng|tiêm"}
_DISCARD = {"en": r"discard\w*|throw\w*(?:\s+\w+)?\s+away|dispose\w*|get\s+rid",
            "es": r"desech\w*|deséch\w*|tír[ae]\w*|tir[ae]l[oa]s?|tirar\w*|descart\w*|descárt\w*|bót[ae]\w*|botar\w*"
                  r"|elimín\w*|elimine(?:l[oa]s?)?",
            "pt": r"descart\w*|(?:jogu|deit)\w*(?:-\w+)?(?:\s+\w+)?\s+fora|elimin\w*",
            "fr": r"jet(?:ez|er)\w*|élimin\w*|mett\w*(?:\s+\w+)?\s+au\s+rebut",
            "vi": r"bỏ đi|vứt|hủy|loại bỏ"}
_LETTER = re.compile(r"[^\W\d_]")
_SAYS_NOT = frozenset({"avoid", "stop", "forbid"})  # before the verb: "Evite usarla", "Stop using it"
_THEN = {"en": r"and|then", "es": r"y|e|luego", "pt": r"e|depois", "fr": r"et|puis", "vi": r"và|rồi"}


@cache
def _verbs(primary: str) -> _Verbs:
    use, discard, then = (re.compile(rf"\b(?:{words[primary]})\b") for words in (_USE, _DISCARD, _THEN))
    return _Verbs(use, discard, then, re.compile(rf"\W*(?:[^\W\d_]+\W+)?(?:{_USE[primary]})\b"))


class _Clauses(NamedTuple):
    condition: re.Pattern[str]  # the word that opens an "if" clause
    unless: re.Pattern[str]  # an "unless": an "if not"
    counted: re.Pattern[str]  # of those, one that says no "not" of its own: counted as one


# An "if" clause opens with one of these (an "unless" too); an "unless" says a "not" (a language's own
# negation in it, "a não ser que", is counted as one already)
_IF = {"en": r"if|when|whenever", "es": r"si|cuando", "pt": r"se|quando|caso",
       "fr": r"si|s[’'](?=ils?\b)|quand|lorsqu\w*", "vi": r"nếu|khi"}
_UNLESS = {"en": r"unless|except\s+if", "es": r"a\s+menos\s+que|salvo\s+que|salvo\s+si|excepto\s+si",
           "pt": r"a\s+menos\s+que|salvo\s+se|exceto\s+se", "fr": r"à\s+moins\s+qu\w*|sauf\s+si",
           "vi": r"trừ\s+khi|trừ\s+phi"}


# An "unless" that says its own "not" ("a não ser que"): an "unless" of the instruction, whose "not" is
# counted as the language's negation
_UNLESS_NOT = {"es": r"a\s+no\s+ser\s+que", "pt": r"a\s+não\s+ser\s+que"}


@cache
def _clauses(primary: str) -> _Clauses:
    counted = rf"\b(?:{_UNLESS[primary]})\b"
    unless = rf"\b(?:{_UNLESS[primary]}|{_UNLESS_NOT[primary]})\b" if primary in _UNLESS_NOT else counted
    return _Clauses(re.compile(rf"{unless}|\b(?:{_IF[primary]})\b"), re.compile(unless), re.compile(counted))


AND = {"en": r"and|or", "es": r"y|e|o|u", "pt": r"e|ou", "fr": r"et|ou", "vi": r"và|hoặc|hay"}  # between two looks
_JOINS = {primary: re.compile(rf"\b(?:{words})\b") for primary, words in AND.items()}


# A sentence, or a clause after "but" (its "not" governs only its own clause): where each starts
_SENTENCE = re.compile(r"(?<=[.;:!?\n])|(?=,\s*(?:sino)\b)|(?=\b(?:but|pero|mas|porém|mais|nhưng)\b)")
_NO_OPPOSITE_LEAD = re.compile(r"(?:[^\W\d_]+[’']?\s+){0,3}$")  # up to three words before a look


def use_verbs(text: str, lang: str) -> tuple[bool, bool]:
    """Whether ``text`` says a verb of using the medicine, and one of throwing it away (_USE, _DISCARD)."""
    primary, lowered = langtag.primary(lang), text.lower()
    verbs = _verbs(primary) if primary in _USE else None
    return (verbs is not None and verbs.use.search(lowered) is not None,
            verbs is not None and verbs.discard.search(lowered) is not None)


def not_on_use(text: str, lang: str) -> bool:
    """Whether ``text`` says its "not" to the verb of using, a word at most between ("Do not use", "No
    la use", "Ne l’utilisez"; not "Do not shake it or use it": that "not" may be another verb's)."""
    language, primary, lowered = negation_words(lang), langtag.primary(lang), text.lower()
    if language is None or primary not in _USE:
        return False
    on_use = _verbs(primary).on_use
    return any(on_use.match(lowered, m.end()) for m in language.negation.finditer(lowered))
