"""QA: the number check, an error. A translation keeps the source's numbers and units (each side
read with its own decimal marks), the counts it writes in words ("two tablets" is "dos tabletas",
never "tres"), a stage in Roman numerals ("phase III"), a number in other digits ("10⁹", "⑩"), the
unit a fact prints after its placeholder ("{pack_dose} mg") and the unit the source types after one
("{supar} ng/mL"); and it writes its digits as the source does, or as its language's own.

In: (source text, translation, Context). Out: at most one ``Finding`` per part of the check (digits,
counts in words, other numerals, facts' units). This module compares the numbers in digits, the
times and the facts' units, and runs the other parts: counts in words (numberwordscheck.py), spoons
counted in words (spooncheck.py), the script of the digits (numbernotation.py), counts on each
other's things (countswaps.py). Numbers are read by quantities.py, times of day by clocktimes.py,
counts in words by numberwords.py, the units typed after facts by unitsafterfacts.py; decimalmarks.py
words the advice.
"""

from __future__ import annotations

import re
from collections import Counter
from decimal import Decimal

from .clocktimes import (
    CLOCK,
    CLOCK_12,
    may_say_twelve_and,
    midnight_for_noon,
    said_in_words,
    same_time,
    times_counted,
    twelve_advice,
)
from .clocktimes import TWELVE as _TWELVE
from .clockwords import may_say_clock_words
from .countswaps import check_swapped_counts, spoons_left_out, spoons_left_out_said
from .decimalmarks import marks_in_words, misread
from .droppedtimes import left_out
from .factformat import placeholders
from .findings import Context, Finding, diff_message, finding
from .model import Quantity
from .numbernotation import check_script_of_digits
from .numberwords import spelled_counts
from .numberwordscheck import check_number_words, counted_by_article
from .periods import fortnights_written, periods
from .prose import CITATION, mask, visible
from .quantities import (
    EXTRA_GROUPS,
    FRACTION_CHARS,
    fact_units,
    fractions_as_digits,
    number_locale,
    number_symbols,
    numerals,
    quantities,
    unmatched,
)
from .rates import per_day_not_in_hours, rate_per_24_hours
from .spooncheck import (
    check_spoons_in_words,
    digits_pairs,
    other_sizes_in_words,
    same_spoons_in_words,
    sizes_against_words,
    spoon_sizes_said,
)
from .spoons import spoon_sizes_changed
from .timecounts import (
    PERIOD_OF,
    Time,
    may_say_time,
    said_once,
    same_duration,
    times_counted_one,
    times_said,
    unpaired,
)
from .unitsafterfacts import MAY_UNIT_AFTER_FACT, typed_after, units_after_facts

# Quick necessary conditions: a text for which these say False cannot give the number check a
# finding (tests/test_properties.py checks each on generated text). Substring tests first: a regex
# with alternatives is tried at every place of the text, and these run on every catalog entry.
NUMERIC = re.compile(rf"\d|{FRACTION_CHARS.pattern}")  # a digit or a vulgar fraction (½); the order check's too
_24_HOURS = frozenset({(Decimal(24), "h")})  # a day, where a rate is per it ("40 mg/24 h")


def check_number(src: str, tr: str, ctx: Context) -> list[Finding]:
    """Numbers and their units must match, each side read with its own decimal marks; so must the
    counts written as words ("two tablets" is "dos tabletas", never "tres"), a stage in Roman
    numerals ("phase III") and a number in other digits ("10⁹", "⑩"); each count stays with the thing
    it counts ("2 tablets 3 times a day" is never "3 tabletas 2 veces al día": countswaps.py); and each
    time keeps its own count ("for a week" is never "durante dos semanas" beside the two of "two
    tablets")."""
    other = _check_other_numerals(src, tr)  # "× 10⁶/L" for "× 10⁹/L": said once, there
    # every two weeks, "cada 15 días" or "tous les quinze jours", is one count: how often (periods.fortnights_written)
    (src, src_fortnights), (tr, tr_fortnights) = fortnights_written(src, ctx.source_lang), fortnights_written(
        tr, ctx.lang)
    fortnights = _unpaired_fortnights(src_fortnights, tr_fortnights)
    digits = _check_digits(src, tr, ctx, fortnights)  # (the fortnights quoted once: by the digits' message, if any)
    words = check_number_words(src, tr, ctx, fortnights if not digits else (Counter(), Counter()))
    if words and not digits:  # "Wait a day or two, then …" as "Luego …": the time is left out, not only its counts
        words = _time_left_out_instead(words, src, tr, ctx)
    counts = digits + words  # a time changed: said once, here
    counts = counts or check_spoons_in_words(src, tr, ctx)  # "two teaspoons": "dos cucharadas"
    counts = counts or check_swapped_counts(src, tr, ctx)  # the same numbers, on each other's things
    counts = counts or _check_midnight_for_noon(src, tr)  # "at midnight": "à midi"
    return (check_script_of_digits(src, tr, ctx) + counts + (_check_times(src, tr, ctx) if not counts else [])
            + other + (_check_fact_units(src, tr, ctx) if not other else []))




def _unpaired_fortnights(said: tuple[str, ...], put: tuple[str, ...]) -> tuple[Counter[str], Counter[str]]:
    """The words of the fortnights (periods.fortnights_written) one text says more often than the other,
    quoted: "every 2 weeks" as "cada 3 semanas" is read as "every fortnight" against a number of weeks,
    and a message quotes the words written ('(found "cada 15 días")' for "every 3 weeks"), not those."""
    lost, added = said[len(put) :], put[len(said) :]
    return Counter(f'"{words}"' for words in lost), Counter(f'"{words}"' for words in added)


def _check_midnight_for_noon(src: str, tr: str) -> list[Finding]:
    """Midnight said as noon, or noon as midnight, in words ("at midnight": "à midi"): no number tells
    it ("at noon" may be "au déjeuner", so a word alone is no time of day the others read)."""
    swapped = midnight_for_noon(src, tr) if src != tr else None
    if swapped is None:
        return []
    said, put = swapped
    return [finding("number", diff_message("time", Counter({f'"{said}"': 1}), Counter({f'"{put}"': 1}),
                                           f"write the source's time of day: {_TWELVE}"))]


def _after(name: str, text: str) -> str:
    """The word written after the placeholder of fact ``name`` ("mg" in "{dose} mg")."""
    found = re.search(rf"\{{{name}(?:[:!][^}}]*)?\}}[\s\u00a0\u202f]*([^\s.,;:!?)]+)", text)
    return found[1] if found else ""


def _check_fact_units(src: str, tr: str, ctx: Context) -> list[Finding]:
    """A fact prints its own unit: "{pack_dose} mg" for "{pack_dose}" prints "100 mg mg", and
    "{count}" for "{count} mg" prints a number without its unit."""
    if "{" not in tr or "{" not in src:
        return []
    a, b = fact_units(src, ctx.units), fact_units(tr, ctx.units)
    if a == b:
        return _check_units_after_facts(src, tr, ctx)
    if sorted(name for name, _ in a.elements()) != sorted(name for name, _ in b.elements()):
        return []  # facts missing or added: the placeholder check's
    problems = [f"{{{name}}} is followed by {_after(name, tr)!r} here but not in the source: a fact with a unit prints "
                "it, so the page would say it twice (and one without gains a unit the source does not give); delete it"
                for name, unit in b - a if unit]
    problems += [f"{{{name}}} is followed by {_after(name, src)!r} in the source but not here: the page would print "
                 "the number without its unit" for name, unit in a - b if unit]
    return [finding("number", "; ".join(problems))] if problems else _check_units_after_facts(src, tr, ctx)


def _check_units_after_facts(src: str, tr: str, ctx: Context) -> list[Finding]:
    """The unit the source types after a fact ("{supar} ng/mL", "{anc} × 10⁹/L", "{size} kDa") is
    printed as the translation writes it: "ng/L" for "ng/mL" is a threshold a thousand times off.
    Spelled out is fine ("nanogramos por mililitro"), as for the numbers' own units."""
    if not MAY_UNIT_AFTER_FACT.search(src):  # nearly every text
        return []
    a = units_after_facts(src, ctx.units)
    if not any(unit for _name, unit in a):
        return []
    b = units_after_facts(tr, ctx.units)
    names = {name for name, _unit in b}
    lost = [(name, unit) for name, unit in a - b if unit and name in names]  # a fact missing: the placeholder check's
    if not lost:
        return []
    problems = []
    for name, _unit in lost:
        typed = typed_after(name, tr, ctx.units)
        put = f'by "{typed}" here' if typed else "by no unit here"
        problems.append(f'{{{name}}} is followed by "{typed_after(name, src, ctx.units)}" in the source and {put}')
    return [finding("number", f"{'; '.join(problems)}: keep the unit after each fact as the source writes it (its "
                    "words may be your language's: \"ng/mL\" or \"nanogramos por mililitro\")")]


def _check_other_numerals(src: str, tr: str) -> list[Finding]:
    listed_a, listed_b = numerals(visible(src)), numerals(visible(tr))
    if listed_a == listed_b:
        return []
    a, b = Counter(listed_a), Counter(listed_b)
    return [finding("number", diff_message("numeral", a - b, b - a, "copy every numeral as the source writes it"))]



def _check_digits(src: str, tr: str, ctx: Context,
                  fortnights: tuple[Counter[str], Counter[str]] = (Counter(), Counter())) -> list[Finding]:
    """Numbers and their units (``fortnights``: the words of those the texts say unpaired, quoted in a
    message where other numbers differ)."""
    if not (NUMERIC.search(src) or NUMERIC.search(tr) or _clock_in_words(src) or _clock_in_words(tr)):
        return []
    locale = number_locale(ctx.lang, ctx.territory)
    if "[" in src or "[" in tr:  # a citation's number is no dose: check_link compares citations
        src, tr = CITATION.sub(" ", visible(src)), CITATION.sub(" ", visible(tr))
    read_a, read_b = fractions_as_digits(mask(src)), fractions_as_digits(mask(tr))
    a = quantities(read_a, number_locale(ctx.source_lang, ctx.territory), ctx.units)
    b = quantities(read_b, locale, ctx.units)
    lost, added = unmatched(a, b), unmatched(b, a)
    if not lost and not added:
        return []
    lost, added, taken = _matched_otherwise(lost, added, src, tr, ctx)
    if lost or added:  # "dos cucharadas" for "2 spoonfuls" (not a count in words matched above again)
        lost, added = same_spoons_in_words(lost, added, a, b, src, tr, ctx, taken)
    spoons_said: list[str] = []
    if lost or added:  # "2 cucharaditas" for the "2" (or "two") of "1 teaspoon in the morning and 2 at night"
        lost, added, spoons_said = spoons_left_out(lost, added, src, tr, ctx)
    if lost and added:
        lost, added = _times_read_as_counts(lost, added, read_a, read_b)
    if lost or added:
        lost, added = _per_day_in_hours(lost, added, read_a, read_b, ctx)
    if lost and added:
        lost, added = _same_time_otherwise(lost, added)
    missing, extra = Counter(q.text for q in lost), Counter(q.text for q in added)
    if not missing and not extra:
        return [finding("number", spoons_left_out_said(spoons_said))] if spoons_said else []
    missing, extra = missing + fortnights[0], extra + fortnights[1]  # 'found "cada 15 días"' for "3 weeks"
    marks = (f" ({marks_in_words(locale)})" if _marks_involved(lost, read_a, locale) or _marks_involved(added, read_b,
                                                                                                    locale) else "")
    advice = "; ".join([*misread(a, b, locale, ctx.lang), f"copy every number and unit{marks}"])
    advice += twelve_advice(lost, added)  # "12 a.m." as "à midi"; "à 0 h" for "12 p.m.": "0 h" is midnight
    if spoons_said:  # a count said without its spoon, against another size
        advice += f"; {spoons_left_out_said(spoons_said)}"
    lost_in, added_in = {q.unit for q in lost if q.unit in PERIOD_OF}, {q.unit for q in added if q.unit in PERIOD_OF}
    if lost_in and added_in and lost_in != added_in:  # a time in other units: "1 month" as "30 días"
        advice += f"; {_OTHER_UNITS}"
    spoons = spoon_sizes_changed(lost, added, a, b) if lost and added else []
    # "2 cuillerées à soupe" for "2 spoonfuls": a size added (or dropped); "2 cucharas" for "two tablespoons"
    sizes = digits_pairs(spoons) or sizes_against_words(lost, added, a, b, src, tr, ctx)
    if sizes:
        advice += f"; {spoon_sizes_said(sizes)}"
    elif other := other_sizes_in_words(lost, added, src, tr, ctx, taken):  # "una cucharadita" for "1 tablespoon"
        advice += f"; {other}: keep each spoon's size"
    ordinals = [q for q in added if not q.unit and _ORDINAL_ENDING.search(q.text)]  # "el 3mo": the 3rd
    if ordinals and {q.value for q in ordinals} & {q.value for q in lost if q.unit}:
        advice += "; " + ", ".join(f'"{q.text}" reads as an ordinal, not a unit: write the unit as a word'
                                for q in ordinals)
    bare = ({q.value for q in added if not q.unit} & {q.value for q in lost if q.unit} - {q.value for q, _ in spoons}
            - {q.value for q in ordinals})
    if bare:  # the same number, its unit in a word the check does not know ("2 hs", "100 ملغ")?
        advice += "; a unit written in a word of your own is listed in [tool.edu.units] of pyproject.toml"
    one = counted_by_article(src, ctx.source_lang) if extra and not missing else ""
    if one and times_counted_one(one, ctx.source_lang):  # "Wait an hour": "Espere 2 horas"
        advice = f'the source says one ("{one}" is one); {advice}'
    left_out = _facts_left_out(src, tr) if extra else []
    if left_out:  # "24 horas" typed for "{store_us_room}": the number stays when the fact changes
        advice += (f"; where it is the value of {' or '.join(left_out)}, which the translation leaves out, write "
                   f"{'that placeholder' if len(left_out) == 1 else 'the placeholder'} instead: a typed number does "
                   "not follow content/facts.yaml")
    return [finding("number", diff_message("number", missing, extra, advice))]


# The counts in words of the translation and of the source that stand for a number of the other (value, unit)
Taken = tuple[Counter[tuple[Decimal, str]], Counter[tuple[Decimal, str]]]
def _clock_in_words(text: str) -> bool:
    """Whether ``text`` may say a time of day in words that the clock reads ("a las ocho y media", "ao
    meio-dia e meia"): those are compared with the other text's times though neither has a digit."""
    return may_say_clock_words(text) or may_say_twelve_and(text)


_ORDINAL_ENDING = re.compile(r"\d[^\W\d_]+\Z")  # a bare number with letters right after it: "7mo", "2da"

# What a message says of a time written in other units (timecounts.same_duration)
_OTHER_UNITS = ("a time may be written in other units only where they are exact (2 weeks as 14 days, 2 days as "
                "48 hours, 2 hours as 120 minutes): a month is no number of days or weeks (keep months)")


def _same_time_otherwise(lost: list[Quantity], added: list[Quantity]) -> tuple[list[Quantity], list[Quantity]]:
    """What is still lost and added once a time is matched, one for one, with the same time the other
    text writes in the next units, exactly ("2 weeks": "14 días"; "48 horas" for "2 days"; never "15
    días", nor "30 días" for "1 month")."""
    for q in [q for q in lost if q.unit in PERIOD_OF]:
        same = same_duration(q.value, q.unit)
        twin = next((x for x in added if (x.value, x.unit) in same), None)
        if twin is not None:
            lost.remove(q)
            added.remove(twin)
    return lost, added


def _per_day_in_hours(lost: list[Quantity], added: list[Quantity], read_a: str, read_b: str,
                      ctx: Context) -> tuple[list[Quantity], list[Quantity]]:
    """What is still lost and added once the 24 hours of a rate ("40 mg/24 h") are matched with a
    rate per day the other text says in other words ("40 mg/día", "40 mg al día"), one for one (the
    period check pairs the amounts: "40 mg/12 h" as "40 mg/día" is its error, and this one's)."""
    for side, text, other, this_lang, other_lang in ((lost, read_a, read_b, ctx.source_lang, ctx.lang),
                                                     (added, read_b, read_a, ctx.lang, ctx.source_lang)):
        in_hours = [q for q in side if rate_per_24_hours(q, text)]
        for q in in_hours[: _days_for_hours(text, other, this_lang, other_lang)]:
            side.remove(q)
    return lost, added


def _days_for_hours(text: str, other: str, lang: str, other_lang: str) -> int:
    """How many rates per day ``other`` says in other words than ``text`` does ("/día" for "/24 h")."""
    return max(per_day_not_in_hours(other, other_lang) - per_day_not_in_hours(text, lang), 0)


def _rates_in_hours(times: list[Time], text: str, other: str, langs: tuple[str, str], ctx: Context) -> list[Time]:
    """``times`` (of ``text``, in langs[0]) without the 24 hours of a rate that ``other`` (in
    langs[1]) says per day in other words."""
    if not any(time.same == _24_HOURS for time in times):  # nearly every text
        return times
    in_hours = quantities(text, number_locale(langs[0], ctx.territory), ctx.units)
    spare = min(sum(1 for q in in_hours if rate_per_24_hours(q, text)), _days_for_hours(text, other, *langs))
    kept = []
    for time in times:
        if spare and time.same == _24_HOURS:
            spare -= 1
        else:
            kept.append(time)
    return kept


def _unpaired_times(src: str, tr: str, ctx: Context) -> tuple[list[Time], list[Time], tuple[Time, ...]]:
    """The times of (masked) ``src`` that none of ``tr`` pairs with, those of ``tr`` none of ``src``
    pairs with, and all of ``src``'s: each time said with a count (an article, a word, digits) pairs
    with one the other text says the same in any exact units ("a week": "7 días"; "40 mg/24 h": "40
    mg/día")."""
    said = times_said(src, ctx.source_lang, number_locale(ctx.source_lang, ctx.territory), ctx.units)
    put = times_said(tr, ctx.lang, number_locale(ctx.lang, ctx.territory), ctx.units) if said else ()
    lost, added = unpaired(said, put), unpaired(put, said)
    lost = _rates_in_hours(lost, src, tr, (ctx.source_lang, ctx.lang), ctx)
    added = _rates_in_hours(added, tr, src, (ctx.lang, ctx.source_lang), ctx)
    return lost, added, said


def _check_times(src: str, tr: str, ctx: Context) -> list[Finding]:
    """A time keeps its own count: "Take two tablets a day for a week" is never "… durante dos
    semanas", although both texts count two (the parts above compare a text's counts as a set, and
    the two tablets hide the two weeks). Each time the source says with a count pairs with one the
    translation says the same (_unpaired_times). A time changed (one lost where another is added) is
    said so; one only left out ("for a week" in "Tome dos tabletas al día") is read by
    droppedtimes.py, which lets "a day before" be "el día anterior"; one only added is free ("the day
    before" may be "un día antes")."""
    if src == tr or not may_say_time(src, ctx.source_lang, ctx.units):  # nearly every text: no time
        return []
    src, tr = mask(src), mask(tr)
    lost, added, said = _unpaired_times(src, tr, ctx)
    if lost and not added:  # "for a week" left out: the tablets go on for good
        return _dropped(_times_left_out(lost, said, src, tr, ctx))
    if lost and added:  # how often changed ("every three days": "cada tres semanas") is the period check's
        often, other = periods(src, ctx.source_lang), periods(tr, ctx.lang)
        if often is not None and other is not None:
            lost = [time for time in lost if time.period not in often.often - other.named]
            added = [time for time in added if time.period not in other.often - often.named]
    if not lost or not added:
        return []
    return [finding("number", diff_message("time", _quoted(lost), _quoted(added), "give each time the source's count "
                    "and unit (the same time in other units is fine: a week may be 7 days, a day 24 hours)"))]


def _quoted(times: list[Time]) -> Counter[str]:
    """The words of ``times`` as a message quotes them, a range once ("one or two days")."""
    return Counter(f'"{words}"' for words in said_once([time.words for time in times]))


def _times_left_out(lost: list[Time], said: tuple[Time, ...], src: str, tr: str, ctx: Context) -> list[str]:
    """The words of each time of the source the translation does not say at all (droppedtimes.py),
    a range once ("for one or two weeks")."""
    return said_once(left_out(lost, said, src, tr, ctx.source_lang, ctx.lang))


def _time_left_out_instead(counts: list[Finding], src: str, tr: str, ctx: Context) -> list[Finding]:
    """``counts`` (the counts in words' finding), or the time left out where it is all that finding
    says: "Wait a day or two, then take two tablets" as "Luego tome dos tabletas" loses the count of
    "a day", and the two of "two tablets" hides the range's other end; the translator is told the
    time ("a day or two"), not a count of one. Each end of a range must be left out, and the source
    without the times left out must then have the translation's counts (so also "for two weeks" alone
    left out: "Tómelo" for "Take it for two weeks")."""
    if not may_say_time(src, ctx.source_lang, ctx.units):
        return counts
    masked, tr_masked = mask(src), mask(tr)
    lost, added, said = _unpaired_times(masked, tr_masked, ctx)
    gone = _times_left_out(lost, said, masked, tr_masked, ctx) if lost and not added else []
    if not gone or any(time not in lost for time in said if any(time.words in words for words in gone)):
        return counts  # "Wait one or two days" as "Espere 2 días": the range's end kept, its one lost
    for words in gone:
        masked = masked.replace(words, " " * len(words), 1)
    return counts if check_number_words(masked, tr, ctx) else []


def _dropped(gone: list[str]) -> list[Finding]:
    """The message of the times ``gone`` left out: "Take two tablets a day for a week" as "Tome dos
    tabletas al día" is a course that never ends."""
    if not gone:
        return []
    return [finding("dropped-time", diff_message("time", Counter(f'"{words}"' for words in gone), Counter(), (
        "give each time with its count (in any units: a week may be 7 days, a day 24 hours): without it a reader "
        "does not know how long or when; where other words say it, a reviewer confirms them with "
        "edu-ok:dropped-time")))]


def _facts_left_out(src: str, tr: str) -> list[str]:
    """The fact placeholders of ``src`` that ``tr`` does not write ("{store_us_room}")."""
    try:
        used, kept = placeholders(src), {name for name, _spec in placeholders(tr)}
    except ValueError:  # a stray brace: the placeholder check's
        return []
    return [f"{{{name}}}" for name in dict.fromkeys(name for name, _spec in used) if name not in kept]


_MARKS = ".,'’٫٬" + EXTRA_GROUPS


def _marks_involved(found: list[Quantity], text: str, locale: str) -> bool:
    """Whether a decimal or group mark is in (before a digit) or beside one of the numbers ``found`` in ``text``
    ("0,67" read as 0 and 67 in es_US): then a message says how the locale writes them. Not a time of
    day: the dots of "8 p.m." are no decimal marks, and "vi writes decimals with a comma" misleads there."""
    decimal, group = number_symbols(locale)
    marks = _MARKS + decimal + group + (" " if group in EXTRA_GROUPS else "")  # "4 000" for "4 000" in French
    for q in found:
        if q.unit in (CLOCK, CLOCK_12):
            continue
        if any(mark in marks and (i == 0 or q.text[i - 1].isdigit()) and q.text[i + 1 : i + 2].isdigit()
               for i, mark in enumerate(q.text)):  # "0.5", ".5", "4 000"; not the space of "10 hours"
            return True
        after, before = text[q.end : q.end + 2], text[max(0, q.start - 2) : q.start]
        if (len(after) == 2 and after[0] in marks and after[1].isdigit() and q.text[-1].isdigit()) or (
                len(before) == 2 and before[1] in marks and before[0].isdigit()):
            return True
    return False


def _matched_otherwise(lost: list[Quantity], added: list[Quantity], src: str, tr: str,
                       ctx: Context) -> tuple[list[Quantity], list[Quantity], Taken]:
    """What is still lost and added once a time of day is matched with one written otherwise ("8:30"
    without p.m. for "8:30 p.m.", "minuit" for "12 a.m.") and digits with words for the same count and
    unit ("2 tablets": "dos tabletas"; "two shots": "2 inyecciones"; "day 10": "10º dia"; "half": "½");
    and the counts in words so matched, of the translation and of the source, as (value, unit): each
    stands for one number only ("una cucharada" for the first "1 tablespoon" of two)."""
    for q in list(lost):
        twin = next((x for x in added if same_time(q, x)), None)
        if twin is not None:
            lost.remove(q)
            added.remove(twin)
    for side, other in ((lost, tr), (added, src)):  # "12 a.m.": "à minuit"; "à 0 h": "at midnight"
        for q in said_in_words(side, other):
            side.remove(q)
    taken: Taken = (Counter(), Counter())
    if lost or added:
        in_src, in_tr = spelled_counts(mask(src), ctx.source_lang, ctx.units), spelled_counts(mask(tr), ctx.lang,
                                                                                             ctx.units)
        # a time counted by an article, in any units: "a day" is "1 día" or "24 horas"
        in_src.update(pair for time in times_counted_one(mask(src), ctx.source_lang) for pair in time.same)
        in_tr.update(pair for time in times_counted_one(mask(tr), ctx.lang) for pair in time.same)
        spare_tr, spare_src = in_tr - in_src, in_src - in_tr
        for spare, side, took in ((spare_tr, lost, taken[0]), (spare_src, added, taken[1])):
            for q in list(side):
                # the same count and unit, or the same time in the next units ("14 days": "dos semanas")
                pair = next((pair for pair in ((q.value, q.unit), *same_duration(q.value, q.unit)) if spare[pair] > 0),
                            None)
                if pair is not None:
                    spare[pair] -= 1
                    took[pair] += 1
                    side.remove(q)
    return lost, added, taken


def _times_read_as_counts(lost: list[Quantity], added: list[Quantity], read_a: str,
                          read_b: str) -> tuple[list[Quantity], list[Quantity]]:
    """What is still lost and added once numbers read as counts with a part of the day after them
    ("Take it 8 or 9 in the morning": as "Take 1 or 2 in the morning" counts tablets) are matched with
    the times of day the other text says at those hours ("a las 8 o las 9 de la mañana"): each of the
    range, or none."""
    for side, other, text in ((lost, added, read_a), (added, lost, read_b)):
        if not any(not q.unit for q in side) or not any(x.unit in (CLOCK, CLOCK_12) for x in other):
            continue
        for times in times_counted(text):
            counts = [q for time in times for q in side if not q.unit and q.start == time.start]
            twins: list[Quantity] = []
            for time in times:
                twin = next((x for x in other if x.unit in (CLOCK, CLOCK_12) and x not in twins and (
                    (x.value, x.unit) == (time.value, time.unit) or same_time(time, x))), None)
                if twin is not None:
                    twins.append(twin)
            if len(counts) == len(twins) == len(times):
                for q in counts:
                    side.remove(q)
                for twin in twins:
                    other.remove(twin)
    return lost, added

