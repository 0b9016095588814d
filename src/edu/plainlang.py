"""Plain-language rules (QA stage): the units of one handout edition -> `RuleFinding`s.

In: `Unit`s (kind, text in the language being checked, source line) in document order.
Out: findings sorted by line, each with a stable rule code; the caller decides whether they
warn or fail. Checklist items: R4 (long-sentence, long-average), R7 (jargon), R8 (abbreviation),
R6 (passive), N3 (dose-notation), S2 (heading-gap), A3 (when-to-call), A1 (numbered-steps).
A patient handout gets every rule; a clinician handout only abbreviation and dose-notation.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from .errors import SourceError
from .readability import base_lang, is_prose, split_sentences, strip_markdown, words

MAX_SENTENCE_WORDS = 20  # R4: flag any sentence longer than this
MAX_AVERAGE_WORDS = 15  # R4: average sentence length, at most
MAX_WORDS_PER_HEADING = 150  # S2: a heading at least every ~150 words


@dataclass(frozen=True)
class RuleFinding:
    """One place where a handout breaks a plain-language rule."""

    rule: str  # stable code, e.g. "long-sentence", "jargon", "dose-notation"
    line: int  # source line of the unit (1 for a whole-handout rule)
    message: str  # one line: what is wrong and what to do


@dataclass(frozen=True)
class Unit:
    """One piece of text of a handout, in the language being checked."""

    kind: str  # segment kind: title, summary, heading, paragraph, item, cell, quote, alt
    text: str  # localized text; may hold inline Markdown and {placeholders}
    line: int  # the line to report
    ordered: bool = False  # True for an item of a numbered list


Rule = Callable[[Sequence[Unit], str], list[RuleFinding]]
_URL = re.compile(r"(?:https?://|www\.)\S+")


def _prose_sentences(units: Sequence[Unit], lang: str) -> list[tuple[int, str]]:
    return [(u.line, s) for u in units if is_prose(u.kind, u.text) for s in split_sentences(u.text, lang)]


def _all_sentences(units: Sequence[Unit], lang: str) -> list[tuple[int, str]]:
    return [(u.line, s) for u in units for s in split_sentences(u.text, lang)]


def _without_markup(text: str) -> str:
    """The text a reader sees, without link targets or URLs (where "SC" or "d/c" may be a path)."""
    return _URL.sub(" ", strip_markdown(text))


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


# --- jargon (R7) ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class JargonTerm:
    """A line of ``edu/data/jargon-<lang>.txt``."""

    term: str  # the word or phrase to avoid
    plain: str  # the plain words to use
    pattern: re.Pattern[str]  # whole-word, case-insensitive, with inflected forms


# A definition later in the same sentence: "(", a dash, ", or", "which means", "es decir", ...
_DEFINITION = re.compile(
    r"[(—–]|\s-\s|,\s*(?:or|o|u)\s|\b(?:which means|meaning|that is|que significa|es decir|o sea)\b",
    re.IGNORECASE,
)


@cache
def load_jargon(lang: str) -> tuple[JargonTerm, ...]:
    """The jargon list of a language, longest terms first so "renal impairment" wins over "renal"."""
    code = base_lang(lang)
    name = f"jargon-{code}.txt"
    terms = []
    for number, raw in enumerate((files("edu") / "data" / name).read_text(encoding="utf-8").splitlines(), 1):
        line = raw.split("#")[0].strip()
        if not line:
            continue
        term, arrow, plain = (part.strip() for part in line.partition("->"))
        if not (arrow and term and plain):
            raise SourceError('expected "term -> plain words"', f"edu/data/{name}", number)
        terms.append(JargonTerm(term, plain, _term_pattern(term, code)))
    return tuple(sorted(terms, key=lambda t: -len(t.term)))


def _term_pattern(term: str, lang: str) -> re.Pattern[str]:
    """Each word of more than 3 letters also matches its inflected forms (reacciones adversas)."""
    inflect = _inflect_en if lang == "en" else _inflect_es
    body = r"\s+".join(inflect(word) if len(word) > 3 else re.escape(word) for word in term.split())
    return re.compile(rf"(?<!\w){body}(?!\w)", re.IGNORECASE)


def _inflect_en(word: str) -> str:
    if re.search(r"[^aeiou]y$", word):
        return re.escape(word[:-1]) + "(?:y|ies|ied|ily)"  # efficacy, efficacies
    if word.endswith("e"):
        return re.escape(word[:-1]) + "(?:e|es|ed|ing|ely)"  # discontinue, discontinued
    return re.escape(word) + "(?:s|es|ed|ing|ly|ally)?"  # administered, subcutaneously


def _inflect_es(word: str) -> str:
    if re.search(r"[aei]r$", word):  # administrar: the infinitive, usted forms, participle, gerund
        stem, vowel = re.escape(word[:-2]), "a" if word.endswith("ar") else "[ei]"
        return stem + rf"(?:{word[-2:]}(?:se|lo|la|los|las|es)?|[ae]n?|[ae]s|o|{vowel}d[oa]s?|[ai]e?ndo)"
    if word.endswith("o"):
        return re.escape(word[:-1]) + "(?:o|a|os|as)"  # subcutáneo, subcutánea
    accented = re.fullmatch(r"(.*)([áéíóú])([nsl])", word)
    if accented:  # reacción -> reacciones
        plain = unicodedata.normalize("NFD", accented[2])[0]
        return re.escape(accented[1]) + f"(?:{accented[2]}{accented[3]}|{plain}{accented[3]}es)"
    return re.escape(word) + ("s?" if word[-1] in "aeiouáéíóú" else "(?:es)?")


def _is_defined(sentence: str, match: re.Match[str]) -> bool:
    """Deliberately simple: a term is defined where a definition marker ("(", a dash, ", or",
    "which means", "que significa", "es decir", ...) follows it in the same sentence, or where it
    stands in parentheses after plain words ("under the skin (subcutaneous)")."""
    if _DEFINITION.search(sentence, match.end()):
        return True
    before = sentence[: match.start()].rstrip()
    return before.endswith("(") and bool(words(before))


def check_jargon(units: Sequence[Unit], lang: str) -> list[RuleFinding]:
    """jargon: a listed term, unless it was defined at first use (then later uses are fine too)."""
    terms, defined = load_jargon(lang), set()
    findings: dict[tuple[str, int], RuleFinding] = {}
    for line, sentence in _all_sentences(units, lang):
        taken: list[range] = []
        for term in terms:
            for match in term.pattern.finditer(sentence):
                if any(match.start() in span for span in taken):
                    continue  # inside a longer term found first
                taken.append(range(match.start(), match.end()))
                if term.term in defined or _is_defined(sentence, match):
                    defined.add(term.term)
                    continue
                message = f'"{match.group()}": say "{term.plain}"'
                findings.setdefault((term.term, line), RuleFinding("jargon", line, message))
    return list(findings.values())


# --- abbreviations (R8) and dose notation (N3), after the ISMP list -------------------------------

_ABBREVIATIONS: tuple[tuple[re.Pattern[str], str, str], ...] = tuple(
    (re.compile(pattern), en, es)
    for pattern, en, es in [
        (r"(?<!\w)(?:SC|SQ|S\.C\.|S\.Q\.)(?!\w)", '"under the skin" or "subcutaneous"', '"debajo de la piel"'),
        (r"(?i)(?<!\w)sub[\s-]?q(?!\w)", '"under the skin" or "subcutaneous"', '"debajo de la piel"'),
        (r"(?<!\w)(?:QD|qd|Q\.D\.|q\.d\.)(?!\w)", '"daily"', '"una vez al día"'),
        (r"(?<!\w)(?:QOD|qod|Q\.O\.D\.|q\.o\.d\.)(?!\w)", '"every other day"', '"un día sí y otro no"'),
        (r"(?<=\d)\s?U(?![\w.])", '"units"', '"unidades"'),
        (r"(?<!\w)IU(?!\w)", '"units"', '"unidades"'),
        (r"(?i)(?<!\w)cc(?!\w)", '"mL"', '"mL"'),
        (r"(?:(?<!\w)|(?<=\d))(?:[µμ]g|ug)(?!\w)", '"mcg"', '"mcg"'),
        (r"(?i)(?<!\w)d/c(?!\w)", '"stop" or "discharge"', '"suspender" o "alta"'),
    ]
)
_ABBREVIATIONS_ES = ((re.compile(r"(?<!\w)UI(?!\w)"), "", '"unidades"'),)  # unidades internacionales
_UNIT = r"(?:mcg|mg|kg|g|mL|ml|L|mmol|mEq|units?|unidades?)(?!\w)"


def check_abbreviations(units: Sequence[Unit], lang: str) -> list[RuleFinding]:
    """abbreviation: ISMP error-prone abbreviations (SC, SQ, sub q, QD, QOD, U, IU, cc, µg, d/c)."""
    code = base_lang(lang)
    table = _ABBREVIATIONS + (_ABBREVIATIONS_ES if code == "es" else ())
    findings = []
    for unit in units:
        for pattern, en, es in table:
            for match in pattern.finditer(_without_markup(unit.text)):
                found, fix = match.group().strip(), en if code == "en" else es
                message = f'"{found}" is an error-prone abbreviation (ISMP): write {fix}'
                findings.append(RuleFinding("abbreviation", unit.line, message))
    return findings


def _dose_patterns(lang: str) -> list[tuple[re.Pattern[str], Callable[[str], str]]]:
    """(pattern, message) pairs; a decimal mark is "." in English and "." or "," in Spanish."""
    mark = r"\." if lang == "en" else "[.,]"
    patterns: list[tuple[str, Callable[[str], str]]] = [
        (rf"(?<![\d.,]){mark}\d+\s*{_UNIT}", lambda s: f'no leading zero in "{s}": write "0{s}"'),
        (rf"(?<![\d.,])\d+{mark}\d*0\s*{_UNIT}", lambda s: f'trailing zero in "{s}": write "{_drop_zeros(s)}"'),
        (rf"\d+(?:[.,]\d+)*{_UNIT}", lambda s: f'no space between number and unit in "{s}": write "{_spaced(s)}"'),
        (
            rf"\d+(?:[.,]\d+)*\s?{_UNIT}\.(?=\s*[a-záéíóúñü0-9(,;])",
            lambda s: f'period after the unit in "{s}": drop it',
        ),
        (r"\d+(?:[.,]\d+)*\s?(?:mgs|mLs|mls)(?!\w)", lambda s: f'"{s}": units take no plural s'),
    ]
    if lang == "en":
        patterns.append((r"(?<![\w.])ml(?!\w)", lambda s: '"ml": write "mL"'))
    return [(re.compile(pattern), message) for pattern, message in patterns]


def _split_dose(dose: str) -> tuple[str, str]:
    """ "2.50 mL" -> ("2.50", " mL")."""
    end = len(dose) - len(dose.lstrip("0123456789.,"))
    return dose[:end], dose[end:]


def _drop_zeros(dose: str) -> str:
    number, unit = _split_dose(dose)
    return number.rstrip("0").rstrip(".,") + unit


def _spaced(dose: str) -> str:
    number, unit = _split_dose(dose)
    return f"{number} {unit}"


def check_dose_notation(units: Sequence[Unit], lang: str) -> list[RuleFinding]:
    """dose-notation: ".5 mL", "1.0 mg", "100mg", "mg." inside a sentence, "mgs", and "ml" in English."""
    patterns = _dose_patterns(base_lang(lang))
    findings = []
    for unit in units:
        for pattern, message in patterns:
            for match in pattern.finditer(_without_markup(unit.text)):
                findings.append(RuleFinding("dose-notation", unit.line, message(match.group())))
    return findings


# --- passive voice (R6) ---------------------------------------------------------------------------

_BE = r"(?:am|is|are|was|were|be|been|being|get|gets|got|gotten|getting|(?:is|are|was|were)n['’]t)"
_ADVERB = r"(?:not|never|also|often|always|still|only|just|sometimes|\w+ly)"
_PASSIVE = re.compile(rf"(?<![\w'’]){_BE}\s+(?:{_ADVERB}\s+)?(?=(\w+))", re.IGNORECASE)
# -ed words after "is"/"are" that describe a state rather than an action:
_NOT_PARTICIPLES = {"need", "indeed", "tired", "worried", "interested", "concerned", "scared", "excited"}
_NOT_PARTICIPLES |= {"married", "pleased", "surprised", "confused"}


@cache
def _irregular_participles() -> frozenset[str]:
    text = (files("edu") / "data" / "participles-en.txt").read_text(encoding="utf-8")
    return frozenset(word for line in text.splitlines() for word in line.split("#")[0].split())


def _passive_phrase(sentence: str) -> str | None:
    for match in _PASSIVE.finditer(sentence):
        word = match.group(1).lower()
        if word not in _NOT_PARTICIPLES and (
            word in _irregular_participles() or (len(word) >= 4 and word.endswith("ed"))
        ):
            return match.group() + match.group(1)
    return None


# Spanish: "ser" + participle ("es administrado", "fue aprobada"), the passive that reads like a
# word-for-word English translation. The "se" passive ("se administra una vez al día") is natural
# Spanish and is not flagged; "estar" + participle ("está indicado") says a state, not an action.
_SER = r"(?:es|son|era|eran|fue|fueron|será|serán|sería|serían|sea|sean|fuera|fueran|ser|sido|siendo)"
_ADVERB_ES = r"(?:no|también|siempre|nunca|ya|solo|sólo|\w+mente)"
_PASSIVE_ES = re.compile(rf"(?<!\w){_SER}\s+(?:{_ADVERB_ES}\s+)?(?=(\w+))", re.IGNORECASE)
_REGULAR_ES = re.compile(r"[a-zñ]+(?:ad|id|íd)(?:o|a|os|as)")  # no other accent: "rápido" is no participle


@cache
def _spanish_participles() -> tuple[frozenset[str], frozenset[str]]:
    """(irregular participles in all four forms, -ado/-ido words that are adjectives or nouns)."""
    text = (files("edu") / "data" / "participles-es.txt").read_text(encoding="utf-8")
    words = [word for line in text.splitlines() for word in line.split("#")[0].split()]
    forms = frozenset(w[:-1] + end for w in words if not w.startswith("!") for end in ("o", "a", "os", "as"))
    return forms, frozenset(w[1:-1] + end for w in words if w.startswith("!") for end in ("o", "a", "os", "as"))


def _passive_phrase_es(sentence: str) -> str | None:
    irregular, not_participles = _spanish_participles()
    for match in _PASSIVE_ES.finditer(sentence):
        word = match.group(1).lower()
        if word in irregular or (word not in not_participles and _REGULAR_ES.fullmatch(word)):
            return match.group() + match.group(1)
    return None


def check_passive(units: Sequence[Unit], lang: str) -> list[RuleFinding]:
    """passive, once per prose sentence. English: "is/are/was/were/be/been/being/get/got" (+ adverb)
    + past participle. Spanish: "ser" (+ adverb) + participle; the "se" passive is natural Spanish
    and is left alone. Some adjectives are flagged too ("is prefilled"); a person decides (checklist
    R6 is A+H)."""
    passive = _passive_phrase if base_lang(lang) == "en" else _passive_phrase_es
    findings = []
    for line, sentence in _prose_sentences(units, lang):
        phrase = passive(sentence)
        if phrase:
            message = f'passive voice "{phrase}": say who does it (active voice)'
            if base_lang(lang) == "es":
                message += ', or use the "se" form ("se administra")'
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
        check_passive,
        check_heading_gaps,
        check_when_to_call,
        check_numbered_steps,
    ),
    "clinician": (check_abbreviations, check_dose_notation),
}


def check_plain_language(units: Sequence[Unit], lang: str, *, audience: str) -> list[RuleFinding]:
    """Every rule of the audience over the units of one language edition, sorted by line."""
    if audience not in RULES:
        raise ValueError(f"unknown audience {audience!r}: use {' or '.join(RULES)}")
    code = base_lang(lang)
    findings = [finding for rule in RULES[audience] for finding in rule(units, code)]
    return sorted(findings, key=lambda finding: finding.line)
