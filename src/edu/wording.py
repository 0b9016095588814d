"""Plain-language rules about words (QA stage): jargon (R7), abbreviations (R8), dose notation
(N3, after the ISMP list of error-prone abbreviations) and words in capitals (S6).

In: the ``Unit``s of one handout edition. Out: ``RuleFinding``s at the unit's line. The word lists
are data files, ``edu/data/jargon-<lang>.txt``; plainlang.py runs these rules with the others.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from .errors import SourceError
from .findings import RuleFinding, Unit
from .readability import base_lang, split_sentences, strip_markdown, words

_URL = re.compile(r"(?:https?://|www\.)\S+")
_DIGIT = re.compile(r"\d")


def _all_sentences(units: Sequence[Unit], lang: str) -> list[tuple[int, str]]:
    return [(u.line, s) for u in units for s in split_sentences(u.text, lang)]


def _without_markup(text: str) -> str:
    """The text a reader sees, without link targets or URLs (where "SC" or "d/c" may be a path)."""
    return _URL.sub(" ", strip_markdown(text))


_WORD_START = r"(?<!\w)"


def _union(patterns: Sequence[re.Pattern[str]], flags: int = 0) -> re.Pattern[str]:
    r"""One pattern that matches where any of ``patterns`` does (a leading ``(?i)`` kept to its part).

    Those that begin at a word start share one ``(?<!\w)``, tested once per place rather than
    once per pattern: eight times faster on a list of 80 terms."""
    at_word_start, others = [], []
    for p in patterns:
        body, scoped = (p.pattern[4:], "(?i:") if p.pattern.startswith("(?i)") else (p.pattern, "(?:")
        if body.startswith(_WORD_START):
            at_word_start.append(scoped + body[len(_WORD_START):] + ")")
        else:
            others.append(scoped + body + ")")
    if at_word_start:
        others.insert(0, f"{_WORD_START}(?:{'|'.join(at_word_start)})")
    return re.compile("|".join(others) or "(?!)", flags)


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


@cache
def _any_term(lang: str) -> re.Pattern[str]:
    """Every jargon term of a language in one pattern: a sentence it does not match has none."""
    return _union([t.pattern for t in load_jargon(lang)], re.IGNORECASE)


def check_jargon(units: Sequence[Unit], lang: str) -> list[RuleFinding]:
    """jargon: a listed term, unless it was defined at first use (then later uses are fine too)."""
    terms, defined, any_term = load_jargon(lang), set(), _any_term(lang)
    findings: dict[tuple[str, int], RuleFinding] = {}
    for line, sentence in _all_sentences(units, lang):
        if not any_term.search(sentence):
            continue
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

_SUBCUTANEOUS = ('"under the skin" or "subcutaneous"', '"debajo de la piel"')
_ABBREVIATIONS: tuple[tuple[re.Pattern[str], str, str], ...] = tuple(
    (re.compile(pattern), en, es)
    for pattern, en, es in [
        (r"(?<!\w)(?:SC|SQ|S\.C\.|S\.Q\.)(?!\w)", *_SUBCUTANEOUS),
        (r"(?i)(?<!\w)sub[\s-]?q(?!\w)", *_SUBCUTANEOUS),
        (r"(?<!\w)(?:QD|qd|Q\.D\.|q\.d\.)(?!\w)", '"daily"', '"una vez al día"'),
        (r"(?<!\w)(?:QOD|qod|Q\.O\.D\.|q\.o\.d\.)(?!\w)", '"every other day"', '"un día sí y otro no"'),
        (r"(?:(?<=\d)|(?<=\d\s))U(?![\w.])", '"units"', '"unidades"'),
        (r"(?<!\w)IU(?!\w)", '"units"', '"unidades"'),
        (r"(?i)(?<!\w)cc(?!\w)", '"mL"', '"mL"'),
        (r"(?:(?<!\w)|(?<=\d))(?:[µμ]g|ug)(?!\w)", '"mcg"', '"mcg"'),
        (r"(?i)(?<!\w)d/c(?!\w)", '"stop" or "discharge"', '"suspender" or "alta"'),
    ]
)
_ABBREVIATIONS_ES = ((re.compile(r"(?<!\w)UI(?!\w)"), "", '"unidades"'),)  # unidades internacionales


# Every abbreviation above starts with one of these letters: looking for them first makes the
# search over a handout three times faster (Python's re tries each alternative at every place).
_FIRST_LETTERS = "SsQqIUuCcDdµμ"
_ANY_ABBREVIATION = {code: re.compile(f"(?=[{_FIRST_LETTERS}])(?:{_union([p for p, _en, _es in table]).pattern})")
                     for code, table in (("en", _ABBREVIATIONS), ("es", _ABBREVIATIONS + _ABBREVIATIONS_ES))}
_UNIT = r"(?:mcg|mg|kg|g|mL|ml|L|mmol|mEq|units?|unidades?)(?!\w)"


# A clinician reads "subcut" as ISMP advises, not the patient's "under the skin".
_CLINICIAN_WORDS = {_SUBCUTANEOUS: ('"subcut" or "subcutaneously"', '"vía subcutánea" or "subcutáneo"')}


def check_abbreviations(units: Sequence[Unit], lang: str) -> list[RuleFinding]:
    """abbreviation: ISMP error-prone abbreviations (SC, SQ, sub q, QD, QOD, U, IU, cc, µg, d/c),
    each with the words a patient reads instead."""
    return _abbreviations(units, lang, clinician=False)


def check_clinician_abbreviations(units: Sequence[Unit], lang: str) -> list[RuleFinding]:
    """abbreviation, on a clinician handout: the same list, with the words a clinician writes instead."""
    return _abbreviations(units, lang, clinician=True)


def abbreviations_in(text: str, lang: str) -> set[str]:
    """The error-prone abbreviations ``text`` writes, as written ("µg", "SC"): a translation that
    keeps its original's is the author's to fix (literacy.py)."""
    code = base_lang(lang)
    if not _ANY_ABBREVIATION[code].search(text := _without_markup(text)):
        return set()
    table = _ABBREVIATIONS + (_ABBREVIATIONS_ES if code == "es" else ())
    return {match.group().strip() for pattern, _en, _es in table for match in pattern.finditer(text)}


def _abbreviations(units: Sequence[Unit], lang: str, clinician: bool) -> list[RuleFinding]:
    code = base_lang(lang)
    table = _ABBREVIATIONS + (_ABBREVIATIONS_ES if code == "es" else ())
    findings = []
    for unit in units:
        text = _without_markup(unit.text)
        if not _ANY_ABBREVIATION[code].search(text):
            continue
        for pattern, en, es in table:
            if clinician:
                en, es = _CLINICIAN_WORDS.get((en, es), (en, es))
            for match in pattern.finditer(text):
                found, fix = match.group().strip(), en if code == "en" else es
                message = f'"{found}" is an error-prone abbreviation (ISMP): write {fix}'
                findings.append(RuleFinding("abbreviation", unit.line, message))
    return findings


@cache
def _dose_patterns(lang: str) -> tuple[tuple[re.Pattern[str], Callable[[str], str]], ...]:
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
    return tuple((re.compile(pattern), message) for pattern, message in patterns)


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


def notation_key(message: str) -> tuple[str, str]:
    """What a dose-notation message says, whatever the decimal mark: ("no leading zero in ", "5") for
    '.5 mg' and ',5 mg' alike, so a translation's can be told from its original's."""
    parts = message.split('"')
    return parts[0], re.sub(r"\D", "", parts[1]) if len(parts) > 1 else ""


def check_dose_notation(units: Sequence[Unit], lang: str) -> list[RuleFinding]:
    """dose-notation: ".5 mL", "1.0 mg", "100mg", "mg." inside a sentence, "mgs", and "ml" in English."""
    code = base_lang(lang)
    patterns = _dose_patterns(code)
    findings = []
    for unit in units:
        text = _without_markup(unit.text)
        if not _DIGIT.search(text) and not (code == "en" and "ml" in text):
            continue  # every pattern needs a digit, but English "ml"
        for pattern, message in patterns:
            for match in pattern.finditer(text):
                findings.append(RuleFinding("dose-notation", unit.line, message(match.group())))
    return findings


# --- capitals (S6: no ALL CAPS) -------------------------------------------------------------------

MIN_CAPS_WORDS = 3  # a run of this many words in capitals is shouting; one or two are acronyms or a name
_AROUND_WORD = ".,;:!?¡¿()[]\"'«»“”‘’…-–—/"
# Short words a writer shouts ("DO NOT USE", "NO LO CONGELE"); any other word of 5 letters or fewer in
# capitals may be an acronym (NSAID, FDA, TNF), and a run of acronyms alone is no shouting.
def _word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


_COMMON_SHORT = {
    "en": _word_set("a i an the and or but not no do does don't dont if you your it its is are be to of in on at for "
                    "with this that call use take give stop get go now all any never may can will must only keep away "
                    "from out up read help tell ask has have was what when how why who see each every more less than "
                    "right once day week shot dose pain sign signs let safe new warm cold store open shake these those "
                    "here there one two three four five six ten very too also so as by"),
    "es": _word_set("a al de del el la las los lo le les un una unos y e o u no si sí en con sin por para que qué use "
                    "usar tome llame ya nunca solo sólo este esta esto su sus más menos pare deje hoy día dosis cada "
                    "todo toda hasta muy se me mi tu nada antes luego ahora bien mal ni pero como cómo donde dónde "
                    "cuando vez veces agite guarde"),
}


_TWO_CAPITALS = re.compile(r"[A-ZÀ-ÖØ-Þ]{2}")  # a run in capitals has a word of two capitals or more


def _in_capitals(word: str) -> bool:
    """A word of letters all in capitals ("STOP"); not one with a digit or a small letter ("IL-1",
    "COVID-19", "SARS-CoV-2"), which is an abbreviation's own spelling."""
    letters = [c for c in word if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and not any(c.isdigit() for c in word)


def _capital_runs(text: str, lang: str) -> list[str]:
    """The runs of MIN_CAPS_WORDS or more words in capitals that are not acronyms alone."""
    common, runs, run, written = _COMMON_SHORT[lang], [], list[str](), list[str]()
    for token in [*text.split(), ""]:
        word = token.strip(_AROUND_WORD)
        if token and not any(c.isalnum() for c in token):
            written += [token] if run else []  # a dash between two words goes on the run
            continue
        if word and _in_capitals(word):
            run.append(word)
            written.append(token)
            continue
        if (len(run) >= MIN_CAPS_WORDS and any(len(w) > 5 or w.lower() in common for w in run)
                and any(_TWO_CAPITALS.search(w) for w in run)):
            runs.append(" ".join(written).strip(_AROUND_WORD))
        run, written = [], []
    return runs


def check_all_caps(units: Sequence[Unit], lang: str) -> list[RuleFinding]:
    """all-caps: a run of 3 or more words in capitals ("DO NOT FREEZE"); acronyms (MRI, IL-1,
    COVID-19) are their own spelling and are left alone."""
    code = base_lang(lang)
    findings = []
    for unit in units:
        text = _without_markup(unit.text)
        if not _TWO_CAPITALS.search(text):
            continue  # nearly every unit: no word in capitals
        for run in _capital_runs(text, code):
            message = (f'"{run}" is in capitals, which lose the shape of words and are harder to read (a screen '
                       "reader may spell them out): write it in small letters, with **bold** for what matters")
            findings.append(RuleFinding("all-caps", unit.line, message))
    return findings
