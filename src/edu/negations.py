"""QA, the meaning checks' negations: a source and its translation -> whether the translation lost
a negation ("Do not shake it" as "Agítela"), added one ("Call 911 right away" as "No llame al
911"), or said "without" for "with" ("No use la anakinra sin un bloqueador de TNF").

In: the source and the translation (NFC and masked, as meaningcheck gives them) and their languages.
Out: a NegationChange, or None; meaningcheck.check_negation makes the finding of it. The word lists
are negationwords.py's; a language without them is not checked (meaningcheck.reads_meaning, and
edu check says so once). An entry is compared part by part (sentences.align: sentence by sentence
where it can; sentences.clauses: clause by clause between semicolons where both have as many), so
one sentence's "no" does not make up for another's ("no se recomienda … ni en mujeres …" says three
negations where its source's clause counts one, which hid "se debe dar el pecho" for "must not
breastfeed" in the clause after it).

A loss: the translation says fewer negations than the source, counting one a clause; a translator
may say a thing otherwise ("Do not take more than 4 g" is "Tome como máximo 4 g"), so every word
that can carry a negation counts, but not a word that stands for another word of the same part
("fuera" for "out of the refrigerator" says no "not"), nor a "no" inside a clause of its own where
the source's negation leads its sentence ("Póngase más inyecciones hasta que un médico le diga que
no hay peligro"), nor a negation of "forget" or "stop", which says do it ("No olvide agitarla"),
nor an "only" (French "ne … que" being one) where the source says no word it may say a "not" with
("Úsela solo si está turbia" for "Do not use it if it is cloudy"). A "not" said as the same
instruction about how the medicine looks is kept (lookinstructions.py: "Deséchela si está turbia",
"Úsela solo si está transparente" for "Do not use it if it is cloudy"), and so is a "not" of using
said with a discard verb ("Deséchela después de la fecha de caducidad"), but not with its condition
turned round ("Deséchela antes de la fecha de caducidad": its "antes" says no "not" then). Where an "only" keeps a "not"
with a condition ("solo cuando" for "not … until"), the change is "condition", a warning: a
reviewer reads whether the condition is the source's ("solo cuando se sienta mejor" for "until a
doctor tells you it is safe").
An addition: a negation that leads a clause of the translation ("No llame", "Não ligue") where
that part of the source says no "not" and no word that may be said with one ("Avoid", "unusual").
The direction of a comparison is comparisons.py's, the period of a frequency periods.py's.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass

from . import lookinstructions, sentences
from .negationwords import Words, adds_nothing, concept, kind, words

_CLAUSE_END = re.compile(r"[,;:.!?()\n—–]")  # a negation of one clause does not say another's
_WORD = re.compile(r"[^\W\d_]")  # where a clause's words start
_WORDS = re.compile(r"\S+")  # the words a message shows
_ONLY_SAYS = '"only", "until" or "unless"'  # what an "only" may keep a "not" for (negationwords._ONLY_SAYS)
_FOLLOWED = re.compile(r"\s*[^\W\d_]")  # a word after a negation ("No llame"; not the "No." of "No. de lote")


@dataclass(frozen=True)
class NegationChange:
    """A negation a translation lost, added, or said for "with"."""

    change: str  # "lost", "added", "without"; or "condition": kept by an "only" ("solo cuando" for "not … until")
    said: int  # the negations of the source (of that part): one a clause, "nor" apart
    kept: int  # the words of the translation that say one
    first: int  # the part's first sentence in the source (1-based); 0: the entry as a whole
    last: int  # and its last
    source: str  # that part of the source ("" for the entry as a whole)
    translation: str  # and of the translation
    words: str  # what the translation added: its negation ("No llame"), its "without" ("sin"), its "solo cuando"; or ""
    unread: str  # why a word that seems to say one does not ('"fuera" says the source's "out"'), the source's
    # condition an "only" keeps ("until a doctor tells you it is safe"), or ""
    example: str  # a kept negation, in the translation's language
    example_with: str  # "with" in the translation's language ("con")


@dataclass(frozen=True)
class _Pair:
    """A source and its translation, as written and lowercase, with their languages' words."""

    src: str  # the source as written
    tr: str  # the translation as written
    x: str  # the source, lowercase
    y: str  # the translation, lowercase
    a: Words  # the source language's words
    b: Words  # the translation's

    def change(self, change: str, part: sentences.Part, said: int = 0, kept: int = 0, added: str = "",
               unread: str = "") -> NegationChange:
        (xs, xe), (ys, ye) = part.source, part.translation
        whole = not part.first
        return NegationChange(change, said, kept, part.first, part.last, "" if whole else self.src[xs:xe].strip(),
                              "" if whole else self.tr[ys:ye].strip(), added, unread, self.b.example,
                              self.b.with_shown)


def changed_negation(src: str, tr: str, source_lang: str, lang: str) -> NegationChange | None:
    """The first part of an entry whose translation lost a negation, added one, or says "without"
    for "with"."""
    a, b = words(source_lang), words(lang)
    if a is None or b is None:
        return None
    x, y = src.lower(), tr.lower()
    said = [(m.start(), kind(m[0], a)) for m in a.negation.finditer(x)]
    leads = _may_lead(y, b)
    without = b.without_hint in y and b.without.search(y) is not None and a.with_.search(x) is not None
    if not (said or leads or without):  # (nearly every entry)
        return None
    pair = _Pair(src, tr, x, y, a, b)
    condition = None  # an "only" for "not … until": a warning, where no part has an error
    parts = sentences.align(src, tr, source_lang, lang)
    if ";" in src:  # (few entries)
        parts = [clause for sentence in parts for clause in _clauses(pair, sentence, said)]
    for part in parts:
        xs, xe = part.source
        ours = [(at, what) for at, what in said if xs <= at < xe]
        lost = _lost(pair, part, ours) if ours else None
        found = ((lost if lost is not None and lost.change == "lost" else None)
                 or (_without(pair, part) if without else None) or (_added(pair, part) if leads and not ours else None))
        if found is not None:
            return found
        condition = condition or lost
    return condition


def _clauses(pair: _Pair, sentence: sentences.Part, said: list[tuple[int, str]]) -> list[sentences.Part]:
    """The clauses of a sentence between its semicolons (sentences.clauses), or the sentence itself
    where a clause of the translation says a negation that clause of the source does not: the
    translator moved it ("Guárdela en frío; no la congele" for "Do not freeze it; keep it cold").
    Only where the source's sentence says two negations or more: one alone is read the same in its
    sentence as in its clause, since a negation of the translation in another clause is one moved."""
    (xs, xe) = sentence.source
    if sum(1 for at, _what in said if xs <= at < xe) < 2:
        return [sentence]
    clauses = sentences.clauses(pair.src, pair.tr, sentence)
    for clause in clauses if len(clauses) > 1 else ():
        (xs, xe), (ys, ye) = clause.source, clause.translation
        if not any(xs <= at < xe for at, _what in said) and pair.b.negation.search(pair.y, ys, ye):
            return [sentence]
    return clauses


def _may_lead(text: str, language: Words) -> bool:
    """A quick look for a negation that may lead a clause ("No llame", "…; y no"): where the text
    starts, or right after a clause's end. (Its words first, the cheap look. A pattern that starts
    with "at the start or after one of these characters" is tried at every place of a text; one that
    starts with the characters only where they are.)"""
    return language.lead.search(text) is not None and (
        language.leading.match(text) is not None or language.leading_after.search(text) is not None)


def _lost(pair: _Pair, part: sentences.Part, said: list[tuple[int, str]]) -> NegationChange | None:
    """Whether the part's translation says fewer negations than its source (_said, _counted, _kept)."""
    (xs, xe), (ys, ye) = part.source, part.translation
    saying = _said(said, pair.x, pair.b.nor_apart)
    put = list(pair.b.negation.finditer(pair.y, ys, ye))
    restricts = [m for m in put if pair.b.restrictive.match(pair.y, m.end())] if pair.b.restrictive else []
    if restricts:  # "Ne l’utilisez que lorsque…": only, no "not"
        put = [m for m in put if m not in restricts]
    negations = Counter(kind(m[0], pair.b) for m in put)
    unread, spent = "", set[int]()
    if negations["not"]:
        negations["not"], unread, spent = _counted(pair, part, said, [m for m in put if kind(m[0], pair.b) == "not"])
    if negations["not"] + negations["nor"] >= saying:  # (nearly every entry)
        return None
    licensed = pair.a.only_says.search(pair.x, xs, xe) is not None
    restricting = {m.start() - ys: f"{pair.tr[m.start() : m.end()]} … que" for m in restricts}
    kept, why, only = _kept(pair.y[ys:ye], pair.b, _counts(pair.x[xs:xe], pair.a), negations, spent, licensed,
                            restricting)
    turned = (lookinstructions.discard_turned(pair.src[xs:xe], pair.tr[ys:ye], pair.a.code, pair.b.code)
              if kept + 1 >= saying else None)  # "Deséchela antes de…" for "Do not use it after…" ("antes" counted)
    if turned is not None:
        kept = min(kept, saying - 1)
        why = why or f'"{turned[1]}" with a discard verb turns the source\'s "{turned[0]}" round'
    if kept < saying and not (kept + 1 == saying and _said_otherwise(pair, part)):
        return pair.change("lost", part, saying, kept, unread=unread or why)
    condition = pair.a.only_when.search(pair.x, xs, xe) if only and kept - len(only) < saying else None
    if condition is None:
        return None
    clause = pair.src[condition.start() : _clause_end(pair.x, condition.end(), xe)].strip()
    shown = restricting.get(only[0]) or _around(pair.tr, ys + only[0], 2)
    return pair.change("condition", part, saying, kept, added=shown, unread=clause)


def _said_otherwise(pair: _Pair, part: sentences.Part) -> bool:
    """Whether the part says its "not" in other words: both sides say what to do when the medicine
    looks so alike, or a discard verb says its "not" of using (lookinstructions.py: "Deséchela si está
    turbia", "Úsela solo si está transparente" for "Do not use it if it is cloudy"). Read only where one
    "not" is missing."""
    (xs, xe), (ys, ye) = part.source, part.translation
    return lookinstructions.said_otherwise(pair.src[xs:xe], pair.tr[ys:ye], pair.a.code, pair.b.code)


def _counted(pair: _Pair, part: sentences.Part, said: list[tuple[int, str]],
             put: list[re.Match[str]]) -> tuple[int, str, set[int]]:
    """How many of the translation's "not"s (``put``) say one of the source's: not a "No olvide" or
    "No deje de" (it says do it) unless the source says "forget" or "stop" too; one inside a clause
    of its own ("… que no hay peligro") only for a negation of the source that does not lead its
    clause either. With why the first one left out is, and where the "deje de" of those are."""
    loose = sum(1 for at, what in said if what == "not" and not _leads(pair.a, pair.x, at))
    plain, inside, unread, spent = 0, 0, "", set()
    for m in put:
        double = pair.b.reverses.match(pair.y, m.end())
        if double is not None and not _also_said(pair, part, double):
            spent.add(double.start(double.lastgroup or 0) - part.translation[0])
            unread = unread or f'"{pair.tr[m.start():double.end()].strip()}" says do it'
        elif double is None and _inside(pair.b, pair.y, m.start()):
            inside += 1
            if inside > loose and not unread:
                unread = f'the "{pair.tr[m.start():m.end()]}" of "{_around(pair.tr, m.start())}" negates another clause'
        else:
            plain += 1
    return plain + min(inside, loose), unread, spent


def _leads(language: Words, text: str, at: int) -> bool:
    """Whether the negation at ``at`` leads its clause ("Do not give…", "If so, do not…", "y no")."""
    return language.before_lead.fullmatch(text, _clause_start(text, at), at) is not None


def _inside(language: Words, text: str, at: int) -> bool:
    """Whether the negation at ``at`` stands after a word of its clause that opens a clause of its own."""
    return language.subordinate.search(text, _clause_start(text, at), at) is not None


def _clause_start(text: str, at: int) -> int:
    """Where the clause of ``at`` starts."""
    ends = [m.end() for m in _CLAUSE_END.finditer(text, 0, at)]
    return ends[-1] if ends else 0


def _clause_end(text: str, at: int, end: int) -> int:
    """Where the clause of ``at`` ends (at ``end`` at the latest)."""
    m = _CLAUSE_END.search(text, at, end)
    return m.start() if m else end


def _around(text: str, at: int, after: int = 3) -> str:
    """The words of ``text`` around ``at``: "diga que no hay peligro"; with ``after`` 2 and
    nothing before, "solo cuando"."""
    clause = text[_clause_start(text, at) : at].split() if after > 2 else []
    return " ".join(clause[-2:] + text[at:].split()[:after]).rstrip(".,;:!?")


def _also_said(pair: _Pair, part: sentences.Part, double: re.Match[str]) -> bool:
    """Whether the source says the "forget" or "stop" a negation of the translation says do it with."""
    xs, xe = part.source
    if double.lastgroup == "forget":
        return pair.a.forget.search(pair.x, xs, xe) is not None
    return any(concept(m[0], pair.a) == "stop" for m in pair.a.carried.finditer(pair.x, xs, xe))


def _without(pair: _Pair, part: sentences.Part) -> NegationChange | None:
    """Whether the part's source says "with" and its translation "without" instead ("sin" for "with")."""
    (xs, xe), (ys, ye) = part.source, part.translation
    put = pair.b.without.search(pair.y, ys, ye)
    if put is None or pair.b.with_.search(pair.y, ys, ye) or pair.a.without.search(pair.x, xs, xe):
        return None
    return pair.change("without", part, added=put[0]) if pair.a.with_.search(pair.x, xs, xe) else None


def _added(pair: _Pair, part: sentences.Part) -> NegationChange | None:
    """Whether a clause of the part's translation leads with a negation ("No llame al 911") where the
    source says none, in no word ("Avoid…", "unusual")."""
    (xs, xe), (ys, ye) = part.source, part.translation
    for m in pair.b.negation.finditer(pair.y, ys, ye):
        if (not pair.b.lead.fullmatch(m[0]) or not _FOLLOWED.match(pair.y, m.end())
                or not _leads(pair.b, pair.y, m.start()) or pair.b.reverses.match(pair.y, m.end())):
            continue
        if any(not adds_nothing(concept(c[0], pair.a)) for c in pair.a.carried.finditer(pair.x, xs, xe)):
            return None
        if pair.a.negative.search(pair.x, xs, xe):
            return None
        return pair.change("added", part, added=_negated(pair.tr, m.start(), pair.b))
    return None


def _negated(text: str, at: int, language: Words) -> str:
    """The negation at ``at`` with its verb, and what leads it in its clause, for a message: "No
    llame", "No se lave", "Do not call", "y no las congele"."""
    start = _WORD.search(text, _clause_start(text, at), at + 1)
    said = []
    for word in _WORDS.finditer(text, start.start() if start else at):
        said.append(word[0].strip(".,;:!?)»”\"*"))
        if (word.start() > at and not language.clitic.fullmatch(said[-1].lower())) or len(said) == 6:
            break
    return " ".join(said)


def _said(found: list[tuple[int, str]], text: str, nor_apart: bool) -> int:
    """How many negations of ``found`` (place, kind) ``text`` says: one a clause ("Do not use it if
    it is not clear" is one; "No tome nada" is one), and each "nor" where the translation says it
    again ("ni", "nem")."""
    places = [at for at, what in found if what != "nor"]
    nors = len(found) - len(places) if nor_apart else 0
    if len(places) < 2:
        return nors + len(places)
    ends = [m.start() for m in _CLAUSE_END.finditer(text)]
    return nors + len({bisect.bisect(ends, place) for place in places})


def _counts(text: str, language: Words) -> dict[str, list[str]]:
    """The words of ``text`` a negation may be said with, by what each says, and those of mattering."""
    found: dict[str, list[str]] = {}
    for m in language.carried.finditer(text):
        found.setdefault(concept(m[0], language), []).append(m[0])
    found.setdefault("matter", []).extend(m[0] for m in language.negation.finditer(text) if " " in m[0])
    return found


def _kept(text: str, language: Words, source: dict[str, list[str]], negations: Counter[str],
          spent: set[int], licensed: bool, restricting: dict[int, str]) -> tuple[int, str, list[int]]:
    """How many negations the translation says: its negations, its idioms where the source speaks
    of mattering ("no importa"), and the words that can say one beyond those the source has itself
    ("fuera" beside "out" says nothing more), but not a "deje de" a "No" says do it with (``spent``:
    where those are), nor an "only" where the source says no word it may say a "not" with
    (``licensed``: "until", "other"; negationwords._ONLY_SAYS), French "ne … que" being one
    (``restricting``: where, and as shown); why the first word it did not count does not; and where
    the "only"s it counted are."""
    kept, unread, only = negations["not"] + negations["nor"], "", []
    if negations["idiom"]:
        if source["matter"]:
            kept += negations["idiom"]
        else:
            idiom = next(m[0] for m in language.negation.finditer(text) if " " in m[0])
            unread = f'"{idiom}" forbids nothing'
    seen: Counter[str] = Counter()
    found = [(m.start(), concept(m[0], language), m[0]) for m in language.carried.finditer(text)]
    for at, name, word in sorted(found + [(at, "only", shown) for at, shown in restricting.items()]):
        seen[name] += 1
        if name == "matter" or at in spent:
            continue
        said = source.get(name, [])
        if seen[name] > len(said) and name == "only" and not licensed:
            unread = unread or f'"{word}" says only, which keeps a "not" only for a source\'s {_ONLY_SAYS}'
        elif seen[name] > len(said):
            kept += 1
            only += [at] if name == "only" else []
        elif not unread:
            unread = f'"{word}" says the source\'s "{said[seen[name] - 1]}"'
    return kept, unread, only
