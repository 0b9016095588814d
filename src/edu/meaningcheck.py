"""QA: the checks of meaning a translation may not lose where no number changes, errors all: a
negation lost or added ("Do not shake it" as "Agítela", "Call 911" as "No llame al 911"), the
direction of a comparison ("more than" as "menos de"), the period of a frequency ("once a day" as
"una vez a la semana"), the route ("under the skin" as "en el músculo"), the storage place ("in the
refrigerator" as "no congelador"), the organ ("liver" as "rim"), and the order of facts, links
and amounts of one unit (two doses exchanged).

In: (source text, translation, Context). Out: at most one ``Finding`` per check. The word lists are
read by negations.py (negationwords.py's, sentence by sentence: sentences.py), comparisons.py and
periods.py; ``reads_meaning`` says whether a language has them (qa.py warns once for one that has not).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection

from . import comparisons, negations, organs, periods, rates, routes, storage
from .clocktimes import DIGIT_RUN
from .findings import Context, Finding, diff_message, finding
from .numbercheck import NUMERIC
from .numberwords import number_words
from .numberwordscheck import DOSE_CONTEXT
from .prose import CITATION, LINK, MASK, links, mask, visible
from .quantities import fractions_as_digits, number_locale, quantities
from .timecounts import times_counted_one, times_said

PLACEHOLDER_NAME = re.compile(r"(?<=\{)[A-Za-z_]\w*(?=[:!}])")  # the fact of "{dose}", "{risk:per100}"


def check_negation(src: str, tr: str, ctx: Context) -> list[Finding]:
    """A "not" (never, without) of the source may not vanish: "Do not shake it" is never "Agítela";
    nor one of two ("No las congele. Si una jeringa se congela, úsela igual."); nor may one be
    added where the source says none ("Call 911 right away" is never "No llame al 911"), nor
    "without" stand for "with"."""
    changed = None if src == tr else negations.changed_negation(mask(src), mask(tr), ctx.source_lang, ctx.lang)
    if changed is None:
        return []
    where = _where(changed)
    if changed.change == "condition":  # a warning: edu cannot read whether the condition is the source's
        said = (f"{where or 'the source'} says not … {_quoted(changed.unread)} and {'its' if where else 'the'} "
                f"translation says it with {_quoted(changed.words)} (only): check that it keeps that condition, not "
                "another; once a reviewer has read it, confirm it with edu-ok:condition")
        return [finding("condition", said)]
    if changed.change == "added":
        said = (f"{where or 'the source'} has no not (no, never) and {'its' if where else 'the'} translation "
                f"{'(' + _quoted(changed.translation) + ') ' if where else ''}adds one ({_quoted(changed.words)}): "
                "translate it without the negation; where a negation says the source's meaning in other words, a "
                "reviewer confirms it with edu-ok:negation")
        return [finding("negation", said)]
    if changed.change == "without":
        said = (f"{where or 'the source'} says \"with\" and {'its' if where else 'the'} translation "
                f"{'(' + _quoted(changed.translation) + ') ' if where else ''}says {_quoted(changed.words)} (without): "
                f"keep \"with\" ({_quoted(changed.example_with)}); if it says the same in other words, a reviewer "
                "confirms them with edu-ok:negation")
        return [finding("negation", said)]
    if where:
        said = (f"{where} says not (no, never, without) and its translation ({_quoted(changed.translation)}) "
                "does not")
    elif changed.said > 1 and changed.kept:
        said = (f"the source says not (no, never, without) {changed.said} times and the translation only "
                f"{changed.kept} time{'s' if changed.kept > 1 else ''}")
    else:
        said = "the source says not (no, never, without) and the translation does not"
    if changed.unread:
        said += f" ({changed.unread})"
    return [finding("negation", f"{said}: keep the negation ({changed.example}); if it says it in other words, a "
                    "reviewer confirms them with edu-ok:negation")]


def _where(changed: negations.NegationChange) -> str:
    """The part of the source a message names: 'sentence 2 of the source ("…")', or "" for the whole."""
    if not changed.first:
        return ""
    which = (f"sentence {changed.first}" if changed.first == changed.last
             else f"sentences {changed.first} to {changed.last}")
    return f"{which} of the source ({_quoted(changed.source)})"


def _quoted(sentence: str, most: int = 60) -> str:
    """A sentence for a message: quoted, on one line, its start only when it is long."""
    sentence = " ".join(sentence.split())
    return f'"{sentence if len(sentence) <= most else sentence[: most - 1].rstrip() + "…"}"'


_WAYS = {"more": "more or at least", "less": "less or at most"}


def check_comparison(src: str, tr: str, ctx: Context) -> list[Finding]:
    """A comparison keeps its direction: "more than 3 days" is never "menos de 3 días", "above
    100.4 °F" never "inferior a 100.4 °F"."""
    flipped = None if src == tr else comparisons.reversed_comparison(mask(src), mask(tr), ctx.source_lang, ctx.lang)
    if flipped is None:
        return []
    where = "the source"  # a part of a long entry is named, and quoted (its facts as {…})
    if flipped.source:
        which = ("" if not flipped.first else f"sentence {flipped.first}" if flipped.first == flipped.last
                 else f"sentences {flipped.first} to {flipped.last}")
        where = f"{'in ' + which + ', ' if which else ''}the source ({_quoted(flipped.source.replace(MASK, '{…}'))})"
    put = (f"its translation ({_quoted(flipped.translation.replace(MASK, '{…}'))})" if flipped.source
           else "the translation")
    return [finding("comparison", f"{where} says {_WAYS[flipped.said]} ({flipped.said_words}) and {put} "
                    f"{_WAYS[flipped.put]} ({flipped.put_words}): keep the direction of the comparison; if it says "
                    "it in other words, a reviewer confirms them with edu-ok:comparison")]


def check_period(src: str, tr: str, ctx: Context) -> list[Finding]:
    """How often keeps its period: "once a day" is never "una vez a la semana", "every other day"
    never "cada día"; a period a translation adds where the source gives a dose or a time counts too.
    A period word that says no frequency ("the day before": "la víspera") is free, and so is a time
    the translation says in other units ("It takes a week": "Tarda siete días"). A rate keeps the
    time it is per: "30 mL/min" is never "30 mL/h", "{dose} per day" never "{dose}" (rates.py)."""
    if src == tr:
        return []
    said = periods.periods(mask(src), ctx.source_lang)
    if said is None:
        return []
    put = periods.periods(mask(tr), ctx.lang)
    if put is None:
        return []
    # where the source gives no dose, time or frequency, only a dosing frequency is read as one: "Tome
    # una tableta dos veces al día" for "Take a tablet" adds one, "sus actividades diarias" none
    given = said.often or DOSE_CONTEXT.search(src)
    lost, added = said.often - put.named, (put.often if given else put.counted) - said.named
    # "30 mL/min" is "30 mL por minuto": a rate's short form says its period ("40 mg/24 h", "40 mg per 24
    # hours": per day), and the other way round ("40 mg a day": "40 mg/24 h")
    if added and ("/" in src or "24" in src):
        added -= rates.periods_per(src, ctx.source_lang)
    if lost and ("/" in tr or "24" in tr):
        lost -= rates.periods_per(tr, ctx.lang)
    if lost and not added:  # (a period changed is said as such: "(found day)")
        lost -= _said_as_a_time(src, tr, ctx)
    if not lost and not added:  # the time a rate is per ("mL/min", "{dose} per day"): where a period or a slash is
        rate = rates.changed_rate(src, tr, ctx) if DOSE_CONTEXT.search(src) and (
            said.often or put.often or "/" in src or "/" in tr) else ""
        return [finding("period", rate)] if rate else []
    advice = "keep how often (once a day is not once a week; every other day is not every day)"
    return [finding("period", diff_message("period", _in_order(lost), _in_order(added), advice))]


def _said_as_a_time(src: str, tr: str, ctx: Context) -> set[str]:
    """The periods of the times the source counts one with an article that the translation says in
    other units: "It takes a week to work" as "Tarda siete días en hacer efecto" says how long, which
    the number check compares ("a week" is never "dos semanas"), not how often."""
    times = times_counted_one(mask(src), ctx.source_lang)
    if not times:
        return set()
    put = {pair for time in times_said(mask(tr), ctx.lang, number_locale(ctx.lang, ctx.territory), ctx.units)
           for pair in time.same}
    return {time.period for time in times if time.same & put}


def check_route(src: str, tr: str, ctx: Context) -> list[Finding]:
    """The route the source names is the translation's: "under the skin" is never "en el músculo",
    nor left out; a translation may name a route where the source names none (a translator's
    "inyección subcutánea" for "shot")."""
    if src == tr:
        return []
    source, translation = mask(src), mask(tr)
    said = routes.routes(source, ctx.source_lang)
    if not said:
        return _check_way(source, translation, ctx, said)
    advice = ("keep the route (under the skin is not into a muscle or a vein); if the translation says it in "
              "other words, a reviewer confirms them with edu-ok:route")
    return _named_otherwise("route", "route", routes.ORDER, said, routes.routes(translation, ctx.lang), advice)


def check_storage(src: str, tr: str, ctx: Context) -> list[Finding]:
    """The place the source keeps a medicine in is the translation's: "in the refrigerator" is never
    "no congelador" nor "a temperatura ambiente", nor "fuera del refrigerador" (out of it is a place of
    its own), nor left out; "Do not freeze" as "No la congele" says out of the freezer on both sides
    (storage.py). A translation may add a place ("Take it out of the refrigerator. Let it warm up" as
    "Sáquela del refrigerador. Déjela a temperatura ambiente"), never the freezer, which spoils what it
    does not say to freeze; it may name a place where the source names none. Out of the freezer is the
    freezer turned round ("Keep out of the freezer" as "Guárdela en el congelador"), else one place
    with it: "Do not freeze. If it freezes, do not use it" as "No la congele. Si se congela, no la use"
    reads out of it and in it, and a translation that says the second in words the lists do not hold
    ("bị đông") leaves out nothing. Most entries name no place: the source is read first, the
    translation only then."""
    if src == tr:
        return []
    source = mask(src)
    said = storage.places(source, ctx.source_lang)
    if not said:
        return []
    translation = mask(tr)
    put = storage.places(translation, ctx.lang)
    if put is None or put == said:
        return []
    turned = storage.turned_round(said, put)
    if turned:
        a, b = turned
        inside = storage.INSIDE.get(a, a)
        return [finding("storage", f"storage place turned round: the source says {_place(a)} "
                        f"({_quoted(storage.said_as(source, ctx.source_lang, a))}) and the translation "
                        f"{_place(b)} ({_quoted(storage.said_as(translation, ctx.lang, b))}); keep where the "
                        f"medicine is kept (in the {inside} is not out of it); if the translation says it in "
                        "other words, a reviewer confirms them with edu-ok:storage")]
    said, put = storage.freezer_as_one(said), storage.freezer_as_one(put)
    if said <= put and storage.FREEZER not in put - said:
        return []
    advice = ("keep where the medicine is kept (a refrigerator is not a freezer, nor room temperature); if the "
              "translation says it in other words, a reviewer confirms them with edu-ok:storage")
    return _named_otherwise("storage", "storage place", storage.ORDER, said, put, advice)


def _place(place: str) -> str:
    """A storage place as a message says it: "in the refrigerator", "out of the refrigerator"."""
    return place if place in storage.INSIDE else f"in the {place}"


def check_organ(src: str, tr: str, ctx: Context) -> list[Finding]:
    """The organ the source speaks of is the translation's: "Signs of liver problems" is never "Sinais
    de problemas no rim", nor is an organ left out or added where the source names one (organs.py);
    "liver damage" as "daño hepático" names the liver on both sides."""
    if src == tr:
        return []
    said = organs.organs(mask(src), ctx.source_lang)
    if not said:
        return []
    advice = ("keep the organ (the liver is not the kidney, the lung is not the heart); if the translation says "
              "it in other words, a reviewer confirms them with edu-ok:organ")
    return _named_otherwise("organ", "organ", organs.ORDER, said, organs.organs(mask(tr), ctx.lang), advice)


def _named_otherwise(code: str, what: str, order: tuple[str, ...], said: frozenset[str],
                     put: frozenset[str] | None, advice: str) -> list[Finding]:
    """A ``code`` finding where the translation names other things of a word list (wordlists.py) than
    the source: one it left out, one it added, or both (None: the translation's language has no list)."""
    if put is None or put == said:
        return []
    return [finding(code, diff_message(what, Counter(t for t in order if t in said - put),
                                       Counter(t for t in order if t in put - said), advice))]


def _check_way(src: str, tr: str, ctx: Context, named: frozenset[str] | None) -> list[Finding]:
    """A source that names no route but says one way only by its words ("Take your pills") and a
    translation that says only the other ("Póngase la inyección"): pills swallowed are not a shot."""
    said = routes.ways(src, ctx.source_lang, named)
    put = routes.ways(tr, ctx.lang) if len(said) == 1 else frozenset()
    if len(put) != 1 or put == said:
        return []
    return [finding("route", f"the source takes it {next(iter(said))}, the translation {next(iter(put))}; keep the "
                             "way it is taken (a pill is swallowed, a shot is given with a needle); if the "
                             "translation says it in other words, a reviewer confirms them with edu-ok:route")]


def _in_order(found: Collection[str]) -> Counter[str]:
    """Periods in the same order in every message: "day and every other", never the other way round."""
    return Counter(sorted(found, key=periods.ORDER.index))


def reads_meaning(lang: str) -> bool:
    """Whether the negation, comparison, period and count checks have word lists for ``lang``; for
    another language they pass every entry unread (projectwarnings.unchecked_meaning says so once)."""
    return None not in (comparisons.directions("", lang), periods.periods("", lang), number_words("", lang))


def check_order(src: str, tr: str, ctx: Context) -> list[Finding]:
    """Two facts, two links or two amounts of one unit in another order than the source's: where a
    swap hides ("Adults take {dose_adult}. Children take {dose_child}." with the two exchanged; a
    link's words sent to the other's address). A language's word order may need it: a reviewer
    confirms it with edu-ok:order."""
    if "{" in src:
        a = list(dict.fromkeys(m[0] for m in PLACEHOLDER_NAME.finditer(src)))
        b = list(dict.fromkeys(m[0] for m in PLACEHOLDER_NAME.finditer(tr)))
        if len(a) > 1 and a != b and sorted(a) == sorted(b):
            return [finding("order", f"the facts come in another order than in the source ({', '.join(a)} in the "
                            f"source; {', '.join(b)} here): check that each stands with its own words")]
    if "](" in src:  # "[call the clinic](tel:…) … [read the label](https://…)" with the addresses exchanged
        a = [target for _, target in links(src)]
        b = [target for _, target in links(tr)]
        moved = _numbers_moved_between_links(src, tr)
        if moved:
            return [finding("order", moved)]
        if len(set(a)) > 1 and a != b and sorted(a) == sorted(b) and not _told_apart_by_numbers(src):
            return [finding("order", "the links come in another order than in the source: check that each "
                            "link's words still say where it goes")]
    if not (NUMERIC.search(src) and NUMERIC.search(tr)):
        return []
    if "[" in src or "[" in tr:  # as the number check reads them (the same texts: quantities is cached)
        src, tr = CITATION.sub(" ", visible(src)), CITATION.sub(" ", visible(tr))
    found_a = quantities(fractions_as_digits(mask(src)), number_locale(ctx.source_lang, ctx.territory), ctx.units)
    found_b = quantities(fractions_as_digits(mask(tr)), number_locale(ctx.lang, ctx.territory), ctx.units)
    for unit in {q.unit for q in found_a if q.unit}:
        x = [q.value for q in found_a if q.unit == unit]
        y = [q.value for q in found_b if q.unit == unit]
        if len(set(x)) > 1 and x != y and sorted(x) == sorted(y):
            shown = ", ".join(q.text for q in found_b if q.unit == unit)
            return [finding("order", f"the amounts in {unit} come in another order than in the source ({shown}): "
                            "check that each stands with its own words")]
    return []


def _link_numbers(text: str) -> list[tuple[str, str, list[str]]]:
    """(words, address, the numbers its words carry) of each link: "[when to call 911](#911)"."""
    return [(m["text"], (m["target"] or "").strip("<>"), sorted(DIGIT_RUN.findall(m["text"])))
            for m in LINK.finditer(text)]


def _numbers_moved_between_links(src: str, tr: str) -> str:
    """Why a number in a link's words went to another link ("[when to call 911](#care-team)"): each
    address's words carry the numbers its words carry in the source; "" when they do."""
    a, b = _link_numbers(src), _link_numbers(tr)
    if len(a) < 2 or not any(numbers for *_, numbers in a + b):
        return ""
    said = {target: numbers for _words, target, numbers in a}
    for words, target, numbers in b:
        if target in said and numbers != said[target]:
            return (f"the words of the link to {target} say {words!r} here, with other numbers than the source's "
                    "words for that address: check that each link's words still say where it goes")
    return ""


def _told_apart_by_numbers(src: str) -> bool:
    """Whether the source's links' words carry different numbers each ("when to call 911" and "when to
    call the care team"): then a translation that keeps each number with its address may reorder them."""
    said = [tuple(numbers) for *_, numbers in _link_numbers(src)]
    return len(said) == len(set(said))
