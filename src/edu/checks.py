"""QA: translation checks over (source text, translation) pairs, and the runner of them all.

In: one catalog entry (msgid, msgstr, flags) or a whole Babel ``Catalog``. Out: ``Finding`` records
(code, severity, one-line message). Errors block publication (DESIGN §5): placeholders, numbers and
units, dose notation, link targets, Markdown markup, raw HTML, an invisible character in a number, a
look-alike letter of another script, Spanish ``¿…?``/``¡…!``, the meaning (negation, comparison,
period, sequence, order), empty, untranslated and fuzzy entries. Warnings are advice: identical text, length,
whitespace, invisible characters elsewhere, end punctuation, obsolete entries, link words that say
nothing out of context and pictures whose text tells a reader nothing (a11ytext.py).

Each check is a small function ``check_<code>(src, tr, ctx)``; ``CHECKS`` runs them in order. A
``#, edu-ok:<code>`` flag on an entry silences that code for that entry; no flag silences them all.
This module runs them all and has the small error checks (placeholders, page words, direction
controls, the order of a page word's values). The number and dose-notation checks are in
numbercheck.py; Greek letters, × and ± in symbols.py; links, Markdown and raw HTML in
markupcheck.py; negation, comparison, period and the order of facts, links and amounts in
meaningcheck.py (a threshold lost: thresholds.py; before said as after, with food as on an empty
stomach: sequence.py); Spanish ¿…? and ¡…! in punctuation.py; invisible
characters in invisible.py; look-alike letters in homoglyphs.py; the other warning checks in
advice.py; the ``Finding`` vocabulary in findings.py. What is prose and what is not (URLs,
placeholders, raw HTML) is found by prose.py; numbers are read by quantities.py.
"""

from __future__ import annotations

import gettext
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Collection
from functools import lru_cache

from babel.messages.catalog import Catalog, Message

from .a11ytext import alt_findings, check_alt, check_link_text
from .advice import (
    check_brackets,
    check_doubled,
    check_end_punct,
    check_identical,
    check_length,
    check_whitespace,
)
from .appearance import check_appearance
from .bodysites import check_site
from .factformat import placeholders as fact_fields
from .factnumbers import check_fact_numbers
from .findings import (
    ERROR,
    OK_FLAG,
    SEVERITY,
    UNSILENCEABLE,
    WARNING,
    Check,
    Context,
    Finding,
    diff_message,
    finding,
    reviewed,
)
from .homoglyphs import check_mixed_script
from .invisible import check_invisible, check_invisible_number
from .markupcheck import check_html, check_link, check_markup
from .meaningcheck import check_negation, check_organ, check_period, check_route, check_storage
from .meaningcheck import check_order as check_order_of_facts
from .model import Fact
from .numbercheck import check_number
from .numbernotation import check_dose_notation
from .prose import PERCENT, bidi_problem, percent_tokens, placeholders, visible
from .punctuation import check_spanish_punct
from .quantities import Units
from .sequence import check_sequence
from .symbols import check_symbol
from .thresholds import check_comparison

__all__ = ["BLOCKING_CHECKS", "CHECKS", "ERROR", "SEVERITY", "WARNING", "Check", "Context", "Finding",
           "blocking_findings", "check_catalog", "check_message"]


# --- errors -------------------------------------------------------------------------------------


def check_placeholder(src: str, tr: str, ctx: Context) -> list[Finding]:
    """Brace placeholders ({fact_id}, {n:.1f}) are filled by the build and must survive as is, and a
    brace that opens or closes none ("{con jabón") cannot be filled at all."""
    if "{" not in src and "{" not in tr and "}" not in tr:
        return []
    src, tr = visible(src), visible(tr)  # "{do<U+200B>se}": the invisible-number check's finding
    try:
        fact_fields(tr)
    except ValueError as exc:
        if _fields_parse(src):  # else the source's own error, reported at its line
            return [finding("placeholder", f"{exc}; copy the source's placeholders exactly")]
    a, b = placeholders(src), placeholders(tr)
    if a == b:
        return []
    advice = "copy placeholders exactly, braces included, without translating them"
    return [finding("placeholder", diff_message("placeholder", a - b, b - a, advice))]


def _fields_parse(text: str) -> bool:
    try:
        fact_fields(text)
    except ValueError:
        return False
    return True


def check_template_word(src: str, tr: str, may_omit: bool = False) -> list[Finding]:
    """The words of the page (templates/) go through Python's % operator on every page, with
    variables or without: their directives must be the source's ("%(page)s", "%%"), and a lone
    "%" is one too ("50 %" must be written "50 %%"). The renderer prints the English otherwise.
    ``may_omit``: a plural form for a few numbers only, which may leave a directive out."""
    a, b = percent_tokens(src), percent_tokens(tr)
    if a == b or (may_omit and not b - a):
        return []
    advice = ("copy each %(name)s exactly, the s after the parenthesis included, without translating the name; "
              "write a percent sign as %%")
    return [finding("placeholder", diff_message("placeholder", a - b, b - a, advice))]


def template_word_findings(message: Message, plural_expr: str) -> list[Finding]:
    """``check_template_word`` for each form of a page word. A plural form that only a few numbers
    take may leave the number out, as GNU msgfmt allows: Arabic writes "one part" and "two parts"
    in words ("جزء واحد ناقص", "جزءان ناقصان"), Spanish may write "Falta una parte"."""
    if isinstance(message.id, str):
        return check_template_word(message.id, message.string if isinstance(message.string, str) else "")
    often = _often_forms(plural_expr)
    return [f for form, (src, tr) in enumerate(pairs(message)) for f in check_template_word(src, tr, form not in often)]


@lru_cache(maxsize=64)
def _often_forms(plural_expr: str) -> frozenset[int]:
    """The plural forms that 5 or more of the numbers 0 to 1000 take; the others may leave the number
    out: msgfmt's rule (gettext's msgl-check.c), so that what `msgfmt --check` accepts, we accept."""
    counts = Counter(map(gettext.c2py(plural_expr), range(1001)))
    return frozenset(form for form, count in counts.items() if count >= 5)


def is_template_word(message: Message) -> bool:
    return any(loc[0].startswith("templates/") for loc in message.locations)


def check_order(src: str, tr: str, ctx: Context) -> list[Finding]:
    """Two facts, links or amounts of one unit in another order than the source's (meaningcheck.py),
    and the named directives of a page word: "Page %(page)s of %(pages)s" as "Página %(pages)s de
    %(page)s" prints "Página 2 de 1" on every page. A language whose word order needs another order
    says so with edu-ok:order, as for facts."""
    found = check_order_of_facts(src, tr, ctx)
    if found or "%(" not in src:
        return found
    a = list(dict.fromkeys(m[0] for m in PERCENT.finditer(src) if m[0].startswith("%(")))
    b = list(dict.fromkeys(m[0] for m in PERCENT.finditer(tr) if m[0].startswith("%(")))
    if len(a) > 1 and a != b and sorted(a) == sorted(b):
        return [finding("order", f"the page word's values come in another order than in the source ({', '.join(a)} "
                        f"in the source; {', '.join(b)} here): check that each stands with its own words (a reviewer "
                        "confirms an order your language needs with edu-ok:order)")]
    return []


def check_bidi(src: str, tr: str, ctx: Context) -> list[Finding]:
    """Invisible direction controls may not enter through a translation (prose.BIDI_CONTROL)."""
    problem = bidi_problem(tr, src)
    return [finding("bidi", problem)] if problem else []


CHECKS: tuple[Check, ...] = (
    check_placeholder,
    check_number,
    check_dose_notation,
    check_symbol,
    check_link,
    check_markup,
    check_html,
    check_bidi,
    check_invisible_number,
    check_mixed_script,
    check_spanish_punct,
    check_negation,
    check_comparison,
    check_period,
    check_route,
    check_storage,
    check_organ,
    check_sequence,
    check_order,
    check_site,
    check_appearance,
    check_identical,
    check_length,
    check_whitespace,
    check_invisible,
    check_end_punct,
    check_doubled,
    check_brackets,
    check_link_text,
    check_alt,
)
# The checks that can find an error; the build runs only these (warnings never block).
BLOCKING_CHECKS: tuple[Check, ...] = (
    check_placeholder, check_number, check_dose_notation, check_symbol, check_link, check_markup, check_html,
    check_bidi, check_invisible_number, check_mixed_script, check_spanish_punct, check_negation, check_comparison,
    check_period, check_route, check_storage, check_organ, check_sequence, check_order,
    check_site, check_appearance,
)


# --- entries and catalogs -----------------------------------------------------------------------


_LETTER_OR_DIGIT = re.compile(r"[^\W_]")


def _silenced(flags: Collection[str]) -> set[str]:
    return {f[len(OK_FLAG) :] for f in flags if f.startswith(OK_FLAG)} - UNSILENCEABLE


def _check_flags(flags: Collection[str]) -> list[Finding]:
    """Warn about edu-ok flags that silence nothing: a typo would hide nothing and say nothing."""
    findings = []
    for flag in sorted(f for f in flags if f.startswith(OK_FLAG)):
        code = flag[len(OK_FLAG) :]
        if code == "all":
            why = "silencing every check is not allowed; name one check, e.g. 'edu-ok:number'"
        elif code in UNSILENCEABLE:
            why = f"'{code}' cannot be silenced; fix the entry instead"
        elif code not in SEVERITY:
            why = f"there is no check '{code}'; known checks: {', '.join(sorted(SEVERITY))}"
        else:
            continue
        findings.append(finding("flag", f"flag '{flag}' is ignored: {why}"))
    return findings


def check_message(
    msgid: str,
    msgstr: str,
    *,
    source_lang: str,
    lang: str,
    territory: str = "US",
    flags: Collection[str] = (),
    checks: tuple[Check, ...] = CHECKS,
    units: Units = (),
) -> list[Finding]:
    """All per-message checks (or only ``checks``) for one translated entry.

    msgstr non-empty is not required: empty gives an 'empty' error, which no flag silences.
    ``edu-ok:<code>`` silences the findings of one check; unknown or forbidden ``edu-ok:`` flags
    (``edu-ok:all``) silence nothing and are reported as 'flag' warnings. Both texts are read in NFC
    (one code point for "ọ", however it was typed): every check and word list below reads them so.
    """
    msgid, msgstr = unicodedata.normalize("NFC", msgid), unicodedata.normalize("NFC", msgstr)
    if not msgstr.strip():
        return [finding("empty", "the translation is empty; translate the source text")]
    if not _LETTER_OR_DIGIT.search(msgstr) and _LETTER_OR_DIGIT.search(msgid):  # "." or "—" for a sentence
        return [finding("empty", f"the translation has no words ({msgstr.strip()!r}); translate the source text")]
    ctx = Context(source_lang, lang, territory, units)
    silenced = _silenced(flags)
    findings: list[Finding] = []
    if checks[: len(BLOCKING_CHECKS)] == BLOCKING_CHECKS:  # the build asked these already (or will)
        findings += _blocking_raw(msgid, msgstr, source_lang, lang, territory, units)
        checks = checks[len(BLOCKING_CHECKS) :]
    findings += [f for check in checks for f in check(msgid, msgstr, ctx)]
    return [f for f in findings if f.code not in silenced] + _check_flags(flags)


@lru_cache(maxsize=65536)
def _blocking_raw(msgid: str, msgstr: str, source_lang: str, lang: str, territory: str,
                  units: Units = ()) -> tuple[Finding, ...]:
    """What the blocking checks find in one entry, before flags: `edu check` localizes every
    handout (as a build does) and checks every catalog entry, and each entry is checked once."""
    ctx = Context(source_lang, lang, territory, units)
    return tuple(f for check in BLOCKING_CHECKS for f in check(msgid, msgstr, ctx))


def blocking_findings(msgid: str, msgstr: str, source_lang: str, lang: str, territory: str,
                      flags: frozenset[str], units: Units = ()) -> tuple[Finding, ...]:
    """The errors that keep a translation out of a published edition (DESIGN §5). The checks
    themselves run once per entry and language (``_blocking_raw``), however many handouts share it."""
    found = check_message(msgid, msgstr, source_lang=source_lang, lang=lang, territory=territory, flags=flags,
                          checks=BLOCKING_CHECKS, units=units)
    return tuple(f for f in found if f.severity == ERROR)


def pairs(message: Message) -> list[tuple[str, str]]:
    """(source, translation) pairs: msgstr[0] translates msgid, the other forms msgid_plural."""
    if isinstance(message.id, str):
        return [(message.id, message.string if isinstance(message.string, str) else "")]
    strings = message.string if isinstance(message.string, (tuple, list)) else [""]
    return [(message.id[min(i, 1)], s or "") for i, s in enumerate(strings)]


def _check_entry(message: Message, ctx: Context, published: bool, plural_expr: str,
                 unprinted: frozenset[str], facts: tuple[dict[str, Fact], str] | None = None) -> list[Finding]:
    """Status first (untranslated, fuzzy: never silenced by a flag), then the message checks."""
    both = pairs(message)
    held = published and not (both[0][0] in unprinted and all(x[0].startswith("templates/") for x in message.locations))
    status = ERROR if held else WARNING
    if not all(tr for _, tr in both):
        why = "translate it; a handout is published only when all its entries are translated"
        if published and not held:
            why = ("no published page prints it yet (a word of the draft banner, of review dates or of QR codes, "
                   "which this project does not use), so it holds nothing back")
        empty = [f"msgstr[{n}]" for n, (_src, tr) in enumerate(both) if not tr]
        what = "the entry is not translated" if len(empty) == len(both) else (  # a form Plural-Forms added
            f"{' and '.join(empty)} of the entry {'is' if len(empty) == 1 else 'are'} not translated (the header's "
            f"Plural-Forms has {len(both)} forms)")
        return [Finding("untranslated", status, f"{what}: {why}")]
    findings = []
    if message.fuzzy:
        why = "compare it with the source, correct it, then remove the 'fuzzy' flag"
        findings.append(Finding("fuzzy", status, f"the translation is marked fuzzy: {why}"))
    allowed = reviewed(message, both[0][0])
    for src, tr in both:
        findings += check_message(src, tr, source_lang=ctx.source_lang, lang=ctx.lang, territory=ctx.territory,
                                  flags=allowed, units=ctx.units)
        findings += check_fact_numbers(src, tr, facts[0], facts[1], ctx) if facts is not None else []
    if _is_alt(message) and "alt" not in _silenced(allowed):  # a picture's whole text, an entry of its own
        findings += [f for _src, tr in both for f in alt_findings(tr)]
    lapsed = sorted(reviewed(message) - allowed)
    if lapsed:
        findings.append(finding("flag", f"{', '.join(lapsed)} was reviewed for an older source (the #| msgid lines) "
                                "and is ignored: review the translation against the new source, then delete the "
                                "#| lines (and write the exception again if it still holds)"))
    findings += template_word_findings(message, plural_expr) if is_template_word(message) else []
    return list(dict.fromkeys(findings))  # plural forms repeat the same findings


def _is_alt(message: Message) -> bool:
    """Whether the entry is the text of a picture on a line of its own (catalogs.py notes "alt in …")."""
    return any(comment.startswith("alt in ") for comment in message.auto_comments)


def check_catalog(
    catalog: Catalog,
    *,
    source_lang: str,
    lang: str,
    territory: str = "US",
    published: bool = True,
    units: Units = (),
    unprinted: frozenset[str] = frozenset(),
    facts: tuple[dict[str, Fact], str] | None = None,
    terms: Callable[[Message], list[Finding]] | None = None,
) -> list[tuple[int, Finding]]:
    """Every problem in one catalog as (line of the entry's msgid in the .po, finding), in file order.

    Skips the header entry. Untranslated and fuzzy entries are errors when published=True, warnings
    otherwise and for the page words no published page prints (``unprinted``: their msgids);
    obsolete entries (catalog.obsolete) are warnings. Per-message checks run on translated
    entries (fuzzy too). ``facts``: the project's facts and the locale the language prints them in,
    for the numbers a translation types where it leaves a fact out (factnumbers.py). ``terms``: the
    language's glossary and register warnings of an entry (glossary.Terminology.entry).
    """
    ctx = Context(source_lang, lang, territory, units)
    found: list[tuple[int, Finding]] = []
    for message in catalog:
        if message.id:  # the header has an empty msgid
            line = message.lineno or 0
            found += [(line, f) for f in _check_entry(message, ctx, published, catalog.plural_expr, unprinted,
                                                      facts)]
            found += [(line, f) for f in terms(message)] if terms is not None else []
    obsolete = finding("obsolete", "obsolete entry (#~): its source text is gone; delete it")
    found += [(message.lineno or 0, obsolete) for message in catalog.obsolete.values()]
    return sorted(found, key=lambda item: item[0])
