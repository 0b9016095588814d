"""QA: when a medicine is taken, which a translation may not turn round, an error: "before" said as
"after" ("Take it 2 hours before meals" as "Tómela 2 horas después de las comidas", "Wait 30
minutes after you eat" as "antes de comer"), and with food said as on an empty stomach ("Take it
with food" as "Tómela en ayunas", "on an empty stomach" as "con alimentos", "sau khi ăn").

A before or an after counts where it says when: before a thing or an event ("before meals", "antes
de inyectarse", "previo a", "avant de", "trước khi", "tras", "luego de", "após", "sau bữa ăn"), or
after a time ("2 hours before", "una hora después", "deux heures après", "{wait} antes", "hôm sau"),
and the day before and the next day are ("the previous day", "the next day", "el día anterior", "la
víspera", "al día siguiente", "na véspera", "no dia seguinte", "la veille", "le lendemain", "le jour
d'avant", "le jour d'après"), and the week before and next week ("next week", "la semana anterior", "la
próxima semana", "la semana que viene", "na próxima semana", "la semaine prochaine", "tuần tới"), and
last week, before ("last week", not "the last week" of a month; "la semana pasada", "a semana passada",
"la semaine dernière", "tuần trước"), and "a continuación de" (after). An adverb of the next step
does not ("y después inyéctese", "y, a continuación, inyéctese", "Depois disso", "après cela", "sau
đó": a translator who turns "Wash your hands before you inject" into "Lávese las manos y después inyéctese"
keeps its meaning), nor "after all", "look after", "after-hours", "lo antes posible", "d'après",
"après-midi". With food is "with food", "with a meal", "during meals", "con las comidas", "au cours
d'un repas", "trong bữa ăn", and "after eating" where no time stands before it ("sau khi ăn"; "2
hours after a meal" says an empty stomach); on an empty stomach is "empty stomach", "fasting", "en
ayunas", "em jejum", "à jeun", "lúc đói". "Before eating" is neither.

Reported only where the translation turns it round: the source says one (before) and not the other
(after), and that part of the translation (sentence by sentence, sentences.align) the other and not
the one, while the whole translation says the one fewer times than the source (a word moved to
another sentence is no change), and the translation did not turn the sentence round keeping which
event comes first ("Wash your hands before you inject" as "Después de lavarse las manos, inyéctese"
or "Inyéctese después de lavarse las manos": read where it names the events, sequenceorder.py). A
sentence that says both of one event ("before and after the shot", "antes y después de", "tanto antes
como después de", "antes e depois", "avant et après", "trước và sau khi") is one whose translation
says both: one side only ("antes de la inyección") is reported, unless that part of the translation
holds the word of the other side in words not read ("antes y también después de"); the after side may
come after the before's thing ("antes de la inyección y al terminar", "y al acabar", "y al final", "y
cuando termine", "y después." at the end of its clause, "before the shot and afterwards", "and when
you are done", "before the shot and after.", "antes da injeção e ao terminar", "e depois.", "avant la
piqûre et à la fin", "et après.", "trước khi tiêm và sau đó.": both, on either side; "y después
anótela" is the next step), or at the end of the next sentence with an "and" or an "again" ("Wash your
hands before the shot. Wash them again after.", "Y después.", "Vuelva a lavárselas después.", "Lave-as
de novo depois.", "Lavez-les encore après.", "Rửa lại sau đó."; "Do not lie down after." is an after
of its own), or in a translation's next sentence that does again what the before's sentence does, with a
word of time that keeps the order (leaving: "Lávelas al salir.", "en sortant") or an "again" and no before ("Vuelva
a lavárselas al salir.", "Y una vez más cuando termine de inyectarse."; "Láveselas con jabón." says no time), or a
"when" of the before's event ("Lavez-les lorsque l'injection est faite."; "Lávelas cuando quiera." keeps no
order). A word of the after side said of another action is the next step, none ("Después, inyéctese",
"Inyéctese después", "Sau đó, tiêm thuốc"); a sentence that says both of two events is not compared.
A source that says no before and no after but one thing, then another ("Inject, then wash your hands"), or three,
is compared with a translation's before or after, or its "then"s: a later thing first ("Lávese las manos antes de
la inyección", "Lávese las manos y luego inyéctese") is reported (sequencethen.py).
Where the two sides say a "not" (negationwords.py) a different number of times, a rewording may carry
it ("Do not take it with food" as "Tómela en ayunas"): passed (the negation check reads the "not").
Word lists (sequencewords.py) of English, Spanish, Portuguese, French and Vietnamese; a language without
one is not checked. Most entries hold none of the cues and are passed without a regex (a substring quick
look).
"""

from __future__ import annotations

import re

from . import langtag, sentences, sequenceevents, sequenceorder, sequencethen, sequencewords
from .findings import Context, Finding, finding
from .negationwords import words as negation_words
from .prose import MASK, mask
from .sequencesaid import SENTENCE_END, WHEN_KINDS, said
from .sequencewords import AFTER, BEFORE, BOTH, EITHER, EMPTY, FED

_PAIRS = ((BEFORE, AFTER), (AFTER, BEFORE), (FED, EMPTY), (EMPTY, FED))  # (one, the other it may be turned into)


def check_sequence(src: str, tr: str, ctx: Context) -> list[Finding]:
    """Before is never after, with food never on an empty stomach: "Take it 2 hours before meals" as
    "Tómela 2 horas después de las comidas" and "Take it with food" as "Tómela en ayunas" are errors;
    "Antes de inyectarse, lávese las manos" for "Wash your hands before you inject" is not (see the
    module's docstring for what counts). The source is read first: most entries say neither."""
    if src == tr:
        return []
    source = mask(src)
    a = said(source, ctx.source_lang)
    if not a:
        return [] if a is None else _then_turned(source, tr, ctx)
    translation = mask(tr)
    b = said(translation, ctx.lang, frozenset(kind for kind, _start, _end in a), leaving=True)
    if not b:
        return []
    # the one said fewer times in the whole translation than in the source, and the other said: else no
    # sentence can have turned it round (most translations, read without aligning their sentences)
    kinds_a, kinds_b = [f[0] for f in a], [f[0] for f in b]
    pairs = [(one, other) for one, other in _PAIRS if other in kinds_b and kinds_b.count(one) < kinds_a.count(one)]
    if not pairs:
        return []
    for part in sentences.align(source, translation, ctx.source_lang, ctx.lang):
        (xs, xe), (ys, ye) = part.source, part.translation
        x = [f for f in a if xs <= f[1] < xe]
        y = [f for f in b if ys <= f[1] < ye]
        for one, other in pairs:
            turned = _turned(one, other, x, y) or _dropped(one, other, x, y, translation, part.translation,
                                                           ctx.lang, xe)
            if (turned and _same_negations(source[xs:xe], translation[ys:ye], ctx)
                    and not _same_order(x, y, turned, (source, part.source), (translation, part.translation), ctx)):
                return [_finding(one, other, source, turned[0], translation, turned[1], ctx.lang)]
    return []


def _then_turned(source: str, tr: str, ctx: Context) -> list[Finding]:
    """A source that says one thing, then another ("Inject, then wash your hands") and a translation that
    says a before or an after, or its own "then"s, with a later thing first ("Lávese las manos antes de la
    inyección"): sequencethen.py."""
    read = sequencethen.orders(source, ctx.source_lang)
    if not read:  # (most sources)
        return []
    translation = mask(tr)
    b = said(translation, ctx.lang, WHEN_KINDS)
    for _starts, place, (start, end) in read:
        put = (sequencethen.turned(place, translation, b, ctx.lang) if b else None
               ) or sequencethen.reordered(place, translation, ctx.lang)
        if put is not None and _same_negations(source, translation, ctx):
            words = source[start:end].split()
            quoted = " ".join(words[:10]).replace(MASK, "{…}") + (" …" if len(words) > 10 else "")
            return [finding("sequence", f'the source says one thing, then another ("{quoted}") and the translation '
                            f"puts the other first ({_words(translation, put)}): keep the order of the source; if "
                            f"the translation says it in other words, a reviewer confirms them with edu-ok:sequence")]
    return []


def _turned(one: str, other: str, x: list[tuple[str, int, int]], y: list[tuple[str, int, int]]
            ) -> tuple[tuple[str, int, int], tuple[str, int, int]] | None:
    """(where the source says ``one``, where the translation says ``other``) where the part of the
    source ``x`` says one and not the other, and its translation ``y`` the other and not the one."""
    said_one = [f for f in x if f[0] == one]
    put_other = [f for f in y if f[0] == other]
    if not said_one or not put_other or any(f[0] == other for f in x) or any(f[0] == one for f in y):
        return None
    return said_one[0], put_other[0]


def _dropped(one: str, other: str, x: list[tuple[str, int, int]], y: list[tuple[str, int, int]], translation: str,
             part: tuple[int, int], lang: str, part_end: int
             ) -> tuple[tuple[str, int, int], tuple[str, int, int]] | None:
    """(where the source says both, where the translation says ``other``) where the part of the source
    ``x`` says before and after of one event and its translation ``y`` the other only ("before and after
    the shot" as "después de la inyección"); not where the ``part`` of the ``translation`` says the one's
    word itself, in words not read ("antes y también después de", "Mídala antes. Vuelva a medirla después",
    "Al terminar, lávelas de nuevo"), nor the translation from the part on where the source's both runs
    past the part's end at ``part_end`` ("before the shot. Wash them again after."); a "then" is the after
    side with an "again" ("Luego, láveselas de nuevo"; "y luego inyéctese" is the next step), and so is the
    next sentence where it does again what the before's sentence does, with a word of time and no before
    ("Vuelva a lavárselas al salir.", "Láveselas una vez más cuando termine de inyectarse")."""
    both = next((f for f in x if f[0] in (BOTH, EITHER)), None)
    put_other = next((f for f in y if f[0] == other), None)
    lists = sequencewords.lists(lang)
    if both is None or put_other is None or any(f[0] == one for f in y) or lists is None:
        return None
    start, end = part
    said_in = translation[start:end] if both[2] <= part_end else translation[start:]
    at = put_other[1] - start
    if _side_said(said_in, at, lists.words[one], lang, lists) or (one == AFTER and (
            lists.then_again.search(said_in.lower()) or _done_again(said_in, at, lang, lists))):
        return None
    return both, put_other


def _side_said(text: str, at: int, words: re.Pattern[str], lang: str, lists: sequencewords.Lists) -> bool:
    """Whether ``text`` says a word of ``words`` (a side: "después", "más tarde", "al terminar") of the
    action of the before or after at ``at``: one whose clause (from an "and", a ";" or a sentence end to the
    next) names an event that only the main clause of that one names, or none ("Después, láveselas de
    nuevo", "y después.", "Al terminar, lávelas de nuevo"); not one said of another action only ("Después,
    inyéctese", "Inyéctese después": the next step). A "when you are done" or a "when" is said of the event
    of its complement ("cuando termine de inyectarse", "y después, cuando se haya inyectado"), which is left
    out of its clause."""
    low = text.lower()
    main: frozenset[str] | None = None
    for m in words.finditer(low):
        if main is None:  # (only where a word of the side is said: most translations say none)
            end = SENTENCE_END.search(low, at)
            main = sequenceorder.only(text, (0, end.start() if end else len(low)), at, lang)[0]
        start = max((j.end() for j in lists.joins.finditer(low, 0, m.start())), default=0)
        stop = lists.joins.search(low, m.end())
        names = sequenceevents.named(_less_whens(low[start:stop.start() if stop else len(low)], lists), lang)
        if not names or names & main:
            return True
    return False


def _less_whens(clause: str, lists: sequencewords.Lists) -> str:
    """``clause`` less the complement of each of its "when you are done"s and "when"s, to the end of its
    clause ("Al terminar de inyectarse, láveselas" is "láveselas")."""
    kept, at = [], 0
    for m in sorted([*lists.done.finditer(clause), *lists.when_done.finditer(clause)], key=lambda m: m.start()):
        if m.start() < at:
            continue
        stop = sequenceorder.CLAUSE_END.search(clause, m.end())
        kept.append(clause[at:m.start()])
        at = stop.start() if stop else len(clause)
    return " ".join([*kept, clause[at:]])


def _done_again(text: str, at: int, lang: str, lists: sequencewords.Lists) -> bool:
    """Whether the sentence after the one of the before at ``at`` in ``text`` does again what the before's
    sentence does (an event of sequenceevents.py's lists only its main clause names) with a word of time that
    keeps the order or an "again" ("Lávese las manos antes de la inyección. Vuelva a lavárselas al salir."),
    or a "when" said of the event the before is said of ("Lavez-les lorsque l'injection est faite."), and
    says no before ("Lávelas antes de tocar la piel." is a before of its own; "Lávelas cuando quiera." keeps
    no order)."""
    low = text.lower()
    end = SENTENCE_END.search(low, at)
    if end is None:
        return False
    more = SENTENCE_END.search(low, end.end())
    following = low[end.end():more.end() if more else len(low)]
    kept, when = lists.done_again.search(following), lists.when_done.search(following)
    if (kept is None and when is None) or any(f[0] == BEFORE for f in said(following, lang) or ()):
        return False
    main, said_of = sequenceorder.only(text, (0, end.start()), at, lang)
    if not main & sequenceevents.named(following, lang):
        return False
    return kept is not None or (when is not None and bool(said_of & sequenceevents.named(following[when.start():],
                                                                                         lang)))


def _same_order(x: list[tuple[str, int, int]], y: list[tuple[str, int, int]],
                turned: tuple[tuple[str, int, int], tuple[str, int, int]], source: tuple[str, tuple[int, int]],
                translation: tuple[str, tuple[int, int]], ctx: Context) -> bool:
    """Whether a before said as an after turned the sentence round and kept which event comes first
    ("Wash your hands before you inject" as "Después de lavarse las manos, inyéctese"): read where
    each part says one before or after (sequenceorder.py)."""
    if turned[0][0] not in WHEN_KINDS or sum(f[0] in WHEN_KINDS for f in x) != 1 or sum(
            f[0] in WHEN_KINDS for f in y) != 1:
        return False
    return sequenceorder.turned_round(*source, turned[0][1], ctx.source_lang, *translation, turned[1][1], ctx.lang)


def _same_negations(src: str, tr: str, ctx: Context) -> bool:
    """Whether both parts say a "not" as many times ("Do not take it with food" may be "Tómela en
    ayunas": the negation check reads that one)."""
    x, y = negation_words(ctx.source_lang), negation_words(ctx.lang)
    if x is None or y is None:
        return True
    return len(x.negation.findall(src.lower())) == len(y.negation.findall(tr.lower()))


def _finding(one: str, other: str, source: str, at: tuple[str, int, int], translation: str,
             put: tuple[str, int, int], lang: str) -> Finding:
    shown = sequencewords.SHOWN.get(langtag.primary(lang), sequencewords.SHOWN["en"])
    if at[0] in (BOTH, EITHER):
        return finding("sequence", f"the source says {at[0]} ({_words(source, at)}) and the translation "
                       f'only {other} ({_words(translation, put)}): say both as the source does ("{shown[at[0]]}"); '
                       f"if the translation says it in other words, a reviewer confirms them with edu-ok:sequence")
    return finding("sequence", f'the source says {one} ({_words(source, at)}) and the translation {other} '
                   f'({_words(translation, put)}): say {one} as the source does ("{shown[one]}"), {one} is not '
                   f"{other}; if the translation says it in other words, a reviewer confirms them with edu-ok:sequence")


_NEXT_WORD = re.compile(r"[^\W_]*(?:[ \t\u00a0]+[^\W_]+)?")


def _words(text: str, at: tuple[str, int, int]) -> str:
    """The words that say it with up to three words of their clause before them and the word after
    them, quoted ("it 2 hours before meals")."""
    _, start, end = at
    before = re.split(r"[.,;:!?()\n]", text[:start])[-1].split()[-3:]
    more = _NEXT_WORD.match(text, end)  # (to the end of its last word, and the word after it)
    end = more.end() if more else end
    words = " ".join([*before, *text[start:end].split()]).replace(MASK, "{…}")
    return f'"{words}"'
