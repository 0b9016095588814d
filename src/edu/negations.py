"""QA, the meaning checks' negations: a source sentence and its translation -> whether the
translation says fewer negations ("Do not shake it" as "Agítela").

In: the source and the translation (NFC, as checks.check_message gives them) and their languages.
Out: a LostNegation, or None; meaningcheck.check_negation makes the finding of it. Word lists of
English, Spanish, Portuguese, French and Vietnamese; a language without one is not checked
(meaningcheck.reads_meaning, and edu check says so once). The lists are written in NFC (a
Vietnamese tone mark typed as a combining mark is the same word). The check looks for a loss
only, never for the same words: a translator may say a thing otherwise ("Do not take more than
4 g" is "Tome como máximo 4 g"), so the translation side accepts every wording that can carry a
negation, but not a word that stands for another word of the same sentence ("fuera" for "out of
the refrigerator" says no "not"). The direction of a comparison is comparisons.py's, the period
of a frequency periods.py's.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from . import langtag

_NO_WORD = r"(?!)"  # a pattern that matches nothing: no word of the language says it alone
# A negation: what the translation must keep in some form. French: "ne" (or "n’") says it once for
# "ne … pas", "ne … plus", "ne … jamais"; "pas" alone only where no "ne" comes before it ("Pas
# d’alcool", "1 g, pas plus", "mais pas le soir"). Vietnamese: "không" is no negation in "không
# khí" (air) and "không gian" (space).
_NEGATION = {
    "en": r"not|no|never|none|nothing|nobody|neither|cannot|without",
    "es": r"no|nunca|jamás|tampoco|nadie|nada|ningún|ninguno|ninguna|ningunos|ningunas|sin",
    "pt": r"não|nunca|jamais|nenhum|nenhuma|ninguém|nada|sem",
    "fr": r"ne|non|jamais|rien|aucun|aucune|aucuns|aucunes|nul|nulle|sans|"
          r"(?:(?<![\w’'] )|(?<=\bmais )|(?<=\bet )|(?<=\bou )|(?<=\bsurtout ))pas",
    "vi": r"không(?! (?:khí|gian|trung)\b)|đừng|chớ|chưa|chẳng|cấm",
}
_CONTRACTED = {"en": r"|n[’']t\b", "es": "", "pt": "", "fr": r"|\bn[’'](?=[^\W\d_])", "vi": ""}  # "don't", "n’agitez"
# "Nor" negates again: Spanish, Portuguese and French say it again ("ni", "nem", "ni"); English may
# say "or" ("No hemos podido verificar los antivirales ni la dosis": "We could not verify the
# antivirals or the dose"), so it counts only into those three. Vietnamese says it with another
# "không" ("không ăn cũng không uống"): no word of its own.
_NOR = {"en": "nor", "es": "ni", "pt": "nem", "fr": "ni", "vi": _NO_WORD}
_NOR_REPEATED = frozenset({"es", "pt", "fr"})
# Set phrases whose "no" forbids nothing ("no importa": it does not matter; "n’importe quel bras":
# any arm): a negation only where the source speaks of mattering too (_MATTER). Each has a space;
# no negation word has one.
_IDIOM = {"en": r"no (?:matter|problem)|(?:does|do|did)(?: not|n[’']t) matter",
          "es": r"no (?:importa|pasa nada|hay problema|es (?:un )?problema)|da igual",
          "pt": r"não (?:importa|tem problema|há problema|faz mal)|tanto faz",
          "fr": r"peu importe|n[’']importe (?:qu\w*|où|comment|lequel|laquelle|lesquel\w*)|"
                r"(?:ça|cela) n[’']a pas d[’']importance|(?:il n[’']y a )?pas de problème|"
                r"ce n[’']est pas (?:un )?problème|(?:ça|cela) ne fait rien",
          "vi": r"không sao|không (?:thành )?vấn đề|không quan trọng"}
_MATTER = {"en": r"matters?|problems?|difference", "es": r"importa\w*|problemas?|igual|diferencia",
           "pt": r"importa\w*|problemas?|diferença", "fr": r"import\w*|problèmes?|différence",
           "vi": r"quan trọng|vấn đề|khác biệt"}
# Words that can say a negation in other words ("avoid", "stop", "at most", "only", "except",
# "fever-free", "persistente" for "does not go away"), each with the words it translates: such a
# word counts only as often as the translation has it beyond the source's own.
# Vietnamese forbids, says unknown and unable with its negations ("cấm", "chưa rõ", "không thể").
_CARRIERS: dict[str, dict[str, str]] = {
    "avoid": {"en": r"avoid\w*", "es": r"evit\w*", "pt": r"evit\w*", "fr": r"évit\w*", "vi": r"tránh"},
    "stop": {"en": r"stop\w*|quit\w*", "es": r"dej\w+ de|suspend\w*|pare|paren|parar",
             "pt": r"deix\w+ de|suspend\w*|pare|parem|parar", "fr": r"arrêt\w*|cess\w*|interromp\w*|suspend\w*",
             "vi": r"ngừng|ngưng|dừng"},
    "limit": {"en": r"at most|at least", "es": r"como máximo|a lo sumo|como mínimo|al menos|por lo menos",
              "pt": r"no máximo|pelo menos|no mínimo", "fr": r"au maximum|au plus|au minimum|au moins",
              "vi": r"tối đa|tối thiểu|ít nhất|nhiều nhất"},
    "only": {"en": r"only|just|solely", "es": r"solo|sólo|solamente|únicamente", "pt": r"só|somente|apenas|unicamente",
             "fr": r"seulement|uniquement|exclusivement", "vi": r"chỉ|duy nhất"},
    "except": {"en": r"except|unless", "es": r"excepto|salvo", "pt": r"exceto|salvo",
               "fr": r"sauf|excepté|hormis|à moins", "vi": r"ngoại trừ|trừ"},
    "instead": {"en": r"instead|rather", "es": r"en vez|en lugar", "pt": r"em vez|em lugar", "fr": r"au lieu|plutôt",
                "vi": r"thay vì|thay cho"},
    "free": {"en": r"free", "es": r"libre", "pt": r"livre", "fr": r"exempte?s?|indemnes?", "vi": _NO_WORD},
    "absent": {"en": r"lack\w*|fail\w*|absent|absence", "es": r"ausen\w*|falt\w*|carec\w*",
               "pt": r"ausên\w*|falt\w*|carec\w*", "fr": r"absen\w*|manqu\w*|dépourvu\w*", "vi": r"thiếu|vắng"},
    "before": {"en": r"before|early|earlier|ahead|prior", "es": r"antes", "pt": r"antes", "fr": r"avant|auparavant|tôt",
               "vi": r"trước|sớm"},
    "until": {"en": r"until|till|up to", "es": r"hasta", "pt": r"até", "fr": r"jusqu[’'](?:à|au|aux|ce)|tant que",
              "vi": r"cho đến|cho tới|đến khi|tới khi"},
    "wait": {"en": r"wait", "es": r"espere", "pt": r"espere", "fr": r"attend\w*", "vi": r"chờ|đợi"},
    "keep": {"en": r"keep|kept", "es": r"mantenga", "pt": r"mantenha",
             "fr": r"gardez|garder|conservez|conserver|maintenez|maintenir", "vi": r"giữ"},
    "away": {"en": r"away|far", "es": r"lejos", "pt": r"longe", "fr": r"loin|éloign\w*|à l[’']écart", "vi": r"xa"},
    "out": {"en": r"out|outside|off", "es": r"fuera|afuera|aparte", "pt": r"fora", "fr": r"hors|dehors",
            "vi": r"ngoài|khỏi"},
    "forbid": {"en": r"refrain\w*|prohibit\w*|forbid\w*", "es": r"prohib\w*", "pt": r"proib\w*",
               "fr": r"interdi\w*|prohib\w*|proscri\w*", "vi": _NO_WORD},
    "unknown": {"en": r"unknown|unclear", "es": r"desconoc\w*", "pt": r"desconhec\w*", "fr": r"inconnu\w*|ignor\w*",
                "vi": _NO_WORD},
    "unable": {"en": r"unable|impossible", "es": r"imposib\w*|incapa\w*", "pt": r"impossív\w*|incapa\w*",
               "fr": r"impossib\w*|incapab\w*|incapacité", "vi": _NO_WORD},
    "persist": {"en": r"persist\w*|unexplained|inexplicabl\w*", "es": r"persist\w*|inexplicabl\w*",
                "pt": r"persist\w*|inexplicáve\w*|inexplicável", "fr": r"persist\w*|inexpliqu\w*|inexplicabl\w*",
                "vi": r"dai dẳng"},
}
# How a translator is shown a kept negation, in the translation's language.
_EXAMPLE = {"en": '"Do not shake it", not "Shake it"', "es": '"No la agite", not "Agítela"',
            "pt": '"Não agite", not "Agite"', "fr": '"Ne l’agitez pas", not "Agitez-la"',
            "vi": '"Không lắc", not "Lắc"'}
# Where a clause ends (a negation of one clause does not say another's), and a sentence.
_CLAUSE_END = re.compile(r"[,;:.!?()\n—–]")
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[¿¡\"«“(*]*([^\W\d_]))|\n")  # before a capital (_sentence_ends)


@dataclass(frozen=True)
class _Words:
    """One language's patterns."""

    negation: re.Pattern[str]  # a negation, an idiom or "nor" (_kind says which)
    nor: str  # the language's "nor"
    carried: re.Pattern[str]  # a word that can say one, or a word of mattering
    concepts: tuple[tuple[str, re.Pattern[str]], ...]  # what each of those says ("matter", "avoid"…)


@lru_cache(maxsize=16)
def _words(lang: str) -> _Words | None:
    code = langtag.primary(lang)
    if code not in _NEGATION:
        return None
    negation = rf"\b(?:{_IDIOM[code]}|{_NOR[code]}|{_NEGATION[code]})\b{_CONTRACTED[code]}"
    concepts = [("matter", _MATTER[code])] + [(concept, words[code]) for concept, words in _CARRIERS.items()]
    # (the patterns are lowercase and read lowercased text: without re.IGNORECASE, several times faster)
    carried = rf"\b(?:{'|'.join(pattern for _, pattern in concepts)})\b"
    return _Words(re.compile(negation), _NOR[code], re.compile(carried),
                  tuple((concept, re.compile(pattern)) for concept, pattern in concepts))


@dataclass(frozen=True)
class LostNegation:
    """Where a translation says fewer negations than its source."""

    said: int  # the negations of the source (of that sentence): one a clause, "nor" apart
    kept: int  # the words of the translation that say one
    sentence: int  # the sentence of several that lost one (1-based); 0: the entry as a whole
    source: str  # that sentence of the source ("" for the entry as a whole)
    translation: str  # and of the translation
    unread: str  # why a word that seems to say one does not ('"fuera" says the source's "out"'), or ""
    example: str  # a kept negation, in the translation's language


def lost_negation(src: str, tr: str, source_lang: str, lang: str) -> LostNegation | None:
    """The source says "not" (never, without) more often than the translation has words that can
    say it; sentence by sentence when both have the same number of sentences."""
    a, b = _words(source_lang), _words(lang)
    if a is None or b is None:
        return None
    x = src.lower()
    said = [(m.start(), _kind(m[0], a)) for m in a.negation.finditer(x)]
    if not said:  # (nearly every text)
        return None
    y = tr.lower()
    nor_apart = langtag.primary(lang) in _NOR_REPEATED
    put = [(m.start(), _kind(m[0], b)) for m in b.negation.finditer(y)]
    src_ends, tr_ends = _sentence_ends(src), _sentence_ends(tr)
    if not src_ends or len(src_ends) != len(tr_ends):  # the entry as a whole
        src_ends, tr_ends = [], []
    for n, (x_start, x_end, y_start, y_end) in enumerate(zip([0, *src_ends], [*src_ends, len(x)],
                                                              [0, *tr_ends], [*tr_ends, len(y)], strict=True)):
        saying = _said([(at, kind) for at, kind in said if x_start <= at < x_end], x, nor_apart)
        negations = Counter(kind for at, kind in put if y_start <= at < y_end)
        if negations["not"] + negations["nor"] >= saying:  # (nearly every entry)
            continue
        kept, unread = _kept(y[y_start:y_end], b, _counts(x[x_start:x_end], a), negations)
        if kept < saying:
            whole = not src_ends
            return LostNegation(saying, kept, 0 if whole else n + 1, "" if whole else src[x_start:x_end].strip(),
                                "" if whole else tr[y_start:y_end].strip(), unread, _EXAMPLE[langtag.primary(lang)])
    return None


def _kind(negation: str, words: _Words) -> str:
    return "idiom" if " " in negation else "nor" if negation == words.nor else "not"


def _sentence_ends(text: str) -> list[int]:
    """Where each sentence but the last ends: before a capital of any script ("Đừng", "Ở"), or at a
    line end (cheap tests first: most entries are one sentence)."""
    if ". " not in text and "? " not in text and "! " not in text and "\n" not in text:
        return []
    return [m.end() for m in _SENTENCE_END.finditer(text) if m[1] is None or m[1].isupper()]


def _said(found: list[tuple[int, str]], text: str, nor_apart: bool) -> int:
    """How many negations of ``found`` (place, kind) ``text`` says: one a clause ("Do not use it if
    it is not clear" is one; "No tome nada" is one), and each "nor" where the translation says it
    again ("ni", "nem")."""
    places = [at for at, kind in found if kind != "nor"]
    nors = len(found) - len(places) if nor_apart else 0
    if len(places) < 2:
        return nors + len(places)
    ends = [m.start() for m in _CLAUSE_END.finditer(text)]
    return nors + len({bisect.bisect(ends, place) for place in places})


def _counts(text: str, words: _Words) -> dict[str, list[str]]:
    """The words of ``text`` a negation may be said with, by what each says, and those of mattering."""
    found: dict[str, list[str]] = {}
    for m in words.carried.finditer(text):
        found.setdefault(_concept(m[0], words), []).append(m[0])
    found.setdefault("matter", []).extend(m[0] for m in words.negation.finditer(text) if " " in m[0])
    return found


def _concept(word: str, words: _Words) -> str:
    return next(concept for concept, pattern in words.concepts if pattern.fullmatch(word))


def _kept(text: str, words: _Words, source: dict[str, list[str]], negations: Counter[str]) -> tuple[int, str]:
    """How many negations the translation says: its negations, its idioms where the source speaks
    of mattering ("no importa"), and the words that can say one beyond those the source has itself
    ("fuera" beside "out" says nothing more); and why the first word it did not count does not."""
    kept, unread = negations["not"] + negations["nor"], ""
    if negations["idiom"]:
        if source["matter"]:
            kept += negations["idiom"]
        else:
            idiom = next(m[0] for m in words.negation.finditer(text) if " " in m[0])
            unread = f'"{idiom}" forbids nothing'
    seen: Counter[str] = Counter()
    for m in words.carried.finditer(text):
        concept = _concept(m[0], words)
        seen[concept] += 1
        if concept == "matter":
            continue
        said = source.get(concept, [])
        if seen[concept] > len(said):
            kept += 1
        elif not unread:
            unread = f'"{m[0]}" says the source\'s "{said[seen[concept] - 1]}"'
    return kept, unread
