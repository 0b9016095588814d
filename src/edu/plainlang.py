"""Plain-language rules (QA stage): the units of one handout edition -> `RuleFinding`s.

In: `Unit`s (kind, text in the language being checked, source line) in document order.
Out: findings sorted by line, each with a stable rule code; the caller decides whether they
warn or fail. Checklist items: R4 (long-sentence, long-average), R7 (jargon), R8 (abbreviation),
R6 (passive), N3 (dose-notation), S6 (all-caps), S2 (heading-gap), A3 (when-to-call), A1 (numbered-steps).
A patient handout gets every rule; a clinician handout only abbreviation and dose-notation.
The rules about sentences, voice and structure are here; those about words (jargon,
abbreviations, dose notation, capitals) are in wording.py.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from functools import cache
from importlib.resources import files

from .findings import Rule, RuleFinding, Unit
from .readability import base_lang, is_prose, split_sentences, words
from .wording import (
    check_abbreviations,
    check_all_caps,
    check_clinician_abbreviations,
    check_dose_notation,
    check_jargon,
)

WHOLE_HANDOUT_RULES = ("when-to-call", "numbered-steps")  # what a handout lacks: at its line 1

MAX_SENTENCE_WORDS = 20  # R4: flag any sentence longer than this
MAX_AVERAGE_WORDS = 15  # R4: average sentence length, at most
MAX_WORDS_PER_HEADING = 150  # S2: a heading at least every ~150 words


def _prose_sentences(units: Sequence[Unit], lang: str) -> list[tuple[int, str]]:
    return [(u.line, s) for u in units if is_prose(u.kind, u.text) for s in split_sentences(u.text, lang)]


# --- sentence length (R4) -------------------------------------------------------------------------


def check_long_sentences(units: Sequence[Unit], lang: str) -> list[RuleFinding]:
    """long-sentence: a prose sentence of more than 20 words."""
    findings = []
    for line, sentence in _prose_sentences(units, lang):
        count = len(words(sentence))
        if count > MAX_SENTENCE_WORDS:
            message = f"sentence of {count} words (max {MAX_SENTENCE_WORDS}): split it"
            findings.append(RuleFinding("long-sentence", line, message))
    return findings


def check_average_length(units: Sequence[Unit], lang: str) -> list[RuleFinding]:
    """long-average: average prose sentence length over 15 words, reported at the first prose unit."""
    sentences = _prose_sentences(units, lang)
    if not sentences:
        return []
    average = sum(len(words(s)) for _, s in sentences) / len(sentences)
    if average <= MAX_AVERAGE_WORDS:
        return []
    message = f"average sentence of {average:.1f} words (max {MAX_AVERAGE_WORDS}): use shorter sentences"
    return [RuleFinding("long-average", sentences[0][0], message)]


# --- passive voice (R6) ---------------------------------------------------------------------------

_BE = r"(?:am|is|are|was|were|be|been|being|get|gets|got|gotten|getting|(?:is|are|was|were)n['’]t)"
_ADVERB = r"(?:not|never|also|often|always|still|only|just|sometimes|\w+ly)"
_PASSIVE = re.compile(rf"(?<![\w'’]){_BE}\s+(?:{_ADVERB}\s+)?(?=(\w+))", re.IGNORECASE)
# -ed words after "is"/"are" that describe a state rather than an action:
_NOT_PARTICIPLES = {"need", "indeed", "tired", "worried", "interested", "concerned", "scared", "excited"}
_NOT_PARTICIPLES |= {"married", "pleased", "surprised", "confused"}


def _data_words(name: str) -> list[str]:
    """The words of ``edu/data/<name>``: separated by spaces, "#" starts a comment."""
    text = (files("edu") / "data" / name).read_text(encoding="utf-8")
    return [word for line in text.splitlines() for word in line.split("#")[0].split()]


@cache
def _irregular_participles() -> frozenset[str]:
    return frozenset(_data_words("participles-en.txt"))


def _is_participle_en(word: str) -> bool:
    if word in _NOT_PARTICIPLES:
        return False
    return word in _irregular_participles() or (len(word) >= 4 and word.endswith("ed"))


# Spanish: "ser" + participle ("es administrado", "fue aprobada"), the passive that reads like a
# word-for-word English translation. The "se" passive ("se administra una vez al día") is natural
# Spanish and is not flagged; "estar" + participle ("está indicado") says a state, not an action.
_SER = r"(?:es|son|era|eran|fue|fueron|será|serán|sería|serían|sea|sean|fuera|fueran|ser|sido|siendo)"
_ADVERB_ES = r"(?:no|también|siempre|nunca|ya|solo|sólo|\w+mente)"
_PASSIVE_ES = re.compile(rf"(?<!\w){_SER}\s+(?:{_ADVERB_ES}\s+)?(?=(\w+))", re.IGNORECASE)
_REGULAR_ES = re.compile(r"[a-zñ]+(?:ad|id|íd)(?:o|a|os|as)")  # no other accent: "rápido" is no participle


@cache
def _spanish_participles() -> tuple[frozenset[str], frozenset[str]]:
    """(irregular participles in all four forms, -ado/-ido words marked "!" that are adjectives or nouns)."""
    words = _data_words("participles-es.txt")

    def forms(masculine: Iterable[str]) -> frozenset[str]:
        return frozenset(w[:-1] + end for w in masculine for end in ("o", "a", "os", "as"))

    return forms(w for w in words if w[0] != "!"), forms(w[1:] for w in words if w[0] == "!")


def _is_participle_es(word: str) -> bool:
    irregular, not_participles = _spanish_participles()
    return word in irregular or (word not in not_participles and _REGULAR_ES.fullmatch(word) is not None)


# language -> (be/ser + adverb, is a participle, what else to suggest)
_PASSIVE_RULES: dict[str, tuple[re.Pattern[str], Callable[[str], bool], str]] = {
    "en": (_PASSIVE, _is_participle_en, ""),
    "es": (_PASSIVE_ES, _is_participle_es, ', or use the "se" form ("se administra")'),
}


def _passive_phrase(sentence: str, lang: str) -> str | None:
    """The first "be/ser" (+ adverb) + participle of a sentence, as written."""
    pattern, is_participle, _hint = _PASSIVE_RULES[lang]
    for match in pattern.finditer(sentence):
        if is_participle(match.group(1).lower()):
            return match.group() + match.group(1)
    return None


def check_passive(units: Sequence[Unit], lang: str) -> list[RuleFinding]:
    """passive, once per prose sentence. English: "is/are/was/were/be/been/being/get/got" (+ adverb)
    + past participle. Spanish: "ser" (+ adverb) + participle; the "se" passive is natural Spanish
    and is left alone. Some adjectives are flagged too ("is prefilled"); a person decides (checklist
    R6 is A+H)."""
    code = base_lang(lang)
    findings = []
    for line, sentence in _prose_sentences(units, code):
        phrase = _passive_phrase(sentence, code)
        if phrase:
            message = f'passive voice "{phrase}": say who does it (active voice){_PASSIVE_RULES[code][2]}'
            findings.append(RuleFinding("passive", line, message))
    return findings


# --- structure: headings (S2), when to call (A3), numbered steps (A1) ------------------------------

_FLOW_KINDS = frozenset({"summary", "paragraph", "item", "quote"})  # read in a run; cells and alt are not
_CALL_HEADINGS = {
    "en": re.compile(r"when (?:to|should (?:i|you)) call|call 911|call your|get help|emergency"),
    "es": re.compile(r"cuando (?:debo |debe )?llamar|llame al 911|llame a|emergencia|busque ayuda"),  # folded
}


def check_heading_gaps(units: Sequence[Unit], lang: str) -> list[RuleFinding]:
    """heading-gap: more than 150 words of running text without a heading, at the run's first line."""
    findings, runs = [], [list[Unit]()]
    for unit in units:
        if unit.kind in ("heading", "title"):
            runs.append([])
        elif unit.kind in _FLOW_KINDS:
            runs[-1].append(unit)
    for run in runs:
        count = sum(len(words(unit.text)) for unit in run)
        if count > MAX_WORDS_PER_HEADING:
            message = f"{count} words without a heading (max {MAX_WORDS_PER_HEADING}): add a heading"
            findings.append(RuleFinding("heading-gap", run[0].line, message))
    return findings


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode()


def check_when_to_call(units: Sequence[Unit], lang: str) -> list[RuleFinding]:
    """when-to-call: a heading such as "When to call" / "Cuándo llamar" must exist (line 1 if not)."""
    pattern = _CALL_HEADINGS[base_lang(lang)]
    if any(u.kind == "heading" and pattern.search(_fold(u.text)) for u in units):
        return []
    message = 'no "when to call" heading: add a section on when to call the care team or 911'
    return [RuleFinding("when-to-call", 1, message)]


def check_numbered_steps(units: Sequence[Unit], lang: str) -> list[RuleFinding]:
    """numbered-steps: at least one numbered list item (line 1 if none)."""
    if any(u.ordered for u in units):
        return []
    return [RuleFinding("numbered-steps", 1, "no numbered steps: give the actions as a numbered list")]


RULES: dict[str, tuple[Rule, ...]] = {
    "patient": (
        check_long_sentences,
        check_average_length,
        check_jargon,
        check_abbreviations,
        check_dose_notation,
        check_all_caps,
        check_passive,
        check_heading_gaps,
        check_when_to_call,
        check_numbered_steps,
    ),
    "clinician": (check_clinician_abbreviations, check_dose_notation),
}


def check_plain_language(units: Sequence[Unit], lang: str, *, audience: str) -> list[RuleFinding]:
    """Every rule of the audience over the units of one language edition, sorted by line."""
    if audience not in RULES:
        raise ValueError(f"unknown audience {audience!r}: use {' or '.join(RULES)}")
    code = base_lang(lang)
    findings = [finding for rule in RULES[audience] for finding in rule(units, code)]
    return sorted(findings, key=lambda finding: finding.line)
