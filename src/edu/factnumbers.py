"""QA: a fact's number typed into a translation, an error no ``edu-ok`` silences (``fact-number``).

A translation that leaves out a fact's placeholder ("{store_us_room}") and types its number instead
("24 horas") prints what the fact said the day it was typed: a reviewer may accept it with
``edu-ok:placeholder`` and ``edu-ok:number``, and when content/facts.yaml then changes the fact (12
hours), the English page prints "12 hours" and the Spanish one still "24 horas". So a number typed
where a fact is left out must be the number the fact prints now, in the translation's locale; else
the entry is rejected and the message names the fact and the value to write. A time said with an
article ("más de un día" for "more than {ae_months}") is typed too: it must be the fact's time in
some units ("un día" for a fact of 24 hours).

In: (source text, translation, the facts, the locale a fact is printed in, Context). Out: at most
one ``Finding``. Unlike the other checks it reads the facts, so it runs where they are known (the
build's translate stage and `edu check`'s catalogs), never from the cache of passed entries.
"""

from __future__ import annotations

from decimal import Decimal

from .factformat import format_fact, placeholders
from .findings import Context, Finding, finding
from .model import Fact, Quantity
from .numberwords import spelled_counts
from .prose import mask
from .quantities import fractions_as_digits, number_locale, quantities, unmatched
from .timecounts import Time, times_counted_one


def check_fact_numbers(src: str, tr: str, facts: dict[str, Fact], locale: str, ctx: Context) -> list[Finding]:
    """The numbers a translation types where it leaves out a fact must be those the fact prints now."""
    if "{" not in src:
        return []
    try:
        used, kept = placeholders(src), {name for name, _spec in placeholders(tr)}
    except ValueError:  # a stray brace: the placeholder check's
        return []
    dropped = {name: spec for name, spec in used if name in facts and name not in kept}
    if not dropped:
        return []
    typed, times = _typed(src, tr, ctx), _times_typed(src, tr, ctx)
    if not typed and not times:  # nothing typed instead: the placeholder check's (a reviewer may accept other words)
        return []
    printed = {name: _shown(format_fact(facts[name], locale, spec)) for name, spec in dropped.items()}
    values = [(q.value, q.unit) for text in printed.values()
              for q in quantities(fractions_as_digits(text), number_locale(ctx.lang, ctx.territory), ctx.units)]
    wrong = [text for text, value, unit in typed if not any(
        value == v and (not unit or not u or unit == u) for v, u in values)]
    # a time said with an article ("más de un día") is the fact's only where it is the same time in any units
    wrong += [time.words for time in times if not time.same & set(values)]
    if not wrong:
        return []
    names = " and ".join(f"{{{name}}} now prints {shown}" for name, shown in printed.items())
    write = " and ".join(f"{{{name}}}" for name in printed)
    return [finding("fact-number", f"the translation prints {', '.join(wrong)} where {names}: write {write} "
                    "(a number typed for a fact stays the same when content/facts.yaml changes; no edu-ok accepts a "
                    "different one)")]


def _typed(src: str, tr: str, ctx: Context) -> list[tuple[str, Decimal, str]]:
    """The numbers of the translation that the source does not write, as (text, value, unit): in
    digits ("24 horas") or in words ("doce horas")."""
    source_locale, locale = number_locale(ctx.source_lang, ctx.territory), number_locale(ctx.lang, ctx.territory)
    read_a: tuple[Quantity, ...] = quantities(fractions_as_digits(mask(src)), source_locale, ctx.units)
    read_b = quantities(fractions_as_digits(mask(tr)), locale, ctx.units)
    found = [(q.text, q.value, q.unit) for q in unmatched(read_b, read_a)]
    words = spelled_counts(mask(tr), ctx.lang, ctx.units) - spelled_counts(mask(src), ctx.source_lang, ctx.units)
    found += [(f"{value} {unit}".strip() + " (in words)", value, unit) for (value, unit) in words if value != 1]
    return found


def _times_typed(src: str, tr: str, ctx: Context) -> list[Time]:
    """The times the translation counts one with an article ("un día", "une semaine") that the
    source does not say in any words or units ("a day", "one day", "24 hours"): _typed leaves out a
    one in words, which is as often an article ("una dosis")."""
    times = times_counted_one(mask(tr), ctx.lang)
    if not times:
        return []
    source = mask(src)
    said = {pair for time in times_counted_one(source, ctx.source_lang) for pair in time.same}
    said |= {(q.value, q.unit) for q in quantities(fractions_as_digits(source), number_locale(
        ctx.source_lang, ctx.territory), ctx.units)} | set(spelled_counts(source, ctx.source_lang, ctx.units))
    return [time for time in times if not time.same & said]


def _shown(text: str) -> str:
    """A printed fact as a message shows it: plain spaces, no word joiners."""
    return text.replace("\u2060", "").replace("\u00a0", " ").replace("\u202f", " ")
