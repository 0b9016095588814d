"""QA: translation checks over (source text, translation) pairs.

In: one catalog entry (msgid, msgstr, flags) or a whole Babel ``Catalog``. Out: ``Finding`` records
(code, severity, one-line message). Errors block publication (DESIGN §5): placeholders, numbers and
units, link targets, Markdown markup, raw HTML, an invisible character in a number, Spanish
``¿…?``/``¡…!``, empty, untranslated and fuzzy entries. Warnings are advice: identical text, length,
whitespace, invisible characters elsewhere, end punctuation, obsolete entries.

Each check is a small function ``check_<code>(src, tr, ctx)``; ``CHECKS`` runs them in order. A
``#, edu-ok:<code>`` flag on an entry silences that code for that entry; no flag silences them all.
This module has the error checks and runs them all; Spanish ¿…? and ¡…! are checked in
punctuation.py, invisible characters in invisible.py, the other warning checks are in advice.py,
the ``Finding`` vocabulary in findings.py. What is prose and what is not (URLs, placeholders, raw
HTML) is found by prose.py; numbers are read by quantities.py.
"""

from __future__ import annotations

import gettext
import re
import unicodedata
from collections import Counter
from collections.abc import Collection
from functools import lru_cache

from babel.messages.catalog import Catalog, Message

from . import langtag, periods, sense
from .advice import (
    check_brackets,
    check_doubled,
    check_end_punct,
    check_identical,
    check_length,
    check_whitespace,
)
from .facts import placeholders as fact_fields
from .findings import (
    ERROR,
    OK_FLAG,
    SEVERITY,
    UNSILENCEABLE,
    WARNING,
    Check,
    Context,
    Finding,
    counted,
    diff_message,
    finding,
    reviewed,
)
from .invisible import check_invisible, check_invisible_number
from .prose import (
    AUTOLINK,
    BARE_URL,
    CITATION,
    CODE_SPAN,
    LINK,
    MASK,
    RAW_HTML,
    bare_url,
    bidi_problem,
    cited,
    links,
    mask,
    mask_urls,
    percent_tokens,
    placeholders,
    visible,
)
from .punctuation import check_spanish_punct
from .quantities import (
    DIGIT_RUN,
    FRACTION_CHARS,
    NEVER_ADDED,
    Quantity,
    Units,
    digit_count,
    fact_units,
    fractions_as_digits,
    in_digits,
    marks_in_words,
    misread,
    number_locale,
    number_words,
    numerals,
    quantities,
    same_time,
    spelled_counts,
    unmatched,
)

__all__ = ["BLOCKING_CHECKS", "CHECKS", "ERROR", "SEVERITY", "WARNING", "Check", "Context", "Finding",
           "blocking_findings", "check_catalog", "check_message"]


# --- errors -------------------------------------------------------------------------------------


# Quick necessary conditions: a text for which these say False cannot give the check below a
# finding (tests/test_properties.py checks each on generated text). Substring tests first: a regex
# with alternatives is tried at every place of the text, and these run on every catalog entry.
_NUMERIC = re.compile(rf"\d|{FRACTION_CHARS.pattern}")  # a digit or a vulgar fraction (½)
MSGCAT_CONFLICT = "#-#-#-#-#"  # msgcat's lines around each of two differing translations of one entry
_BLOCK_START = re.compile(r" {0,3}(?:[-+>#]|\d)")
_EMPHASIS_UNDERSCORE = re.compile(r"(?<![^\W_])_|_(?![^\W_])")  # not between two letters, as in {dose_ra}


def _may_link(text: str) -> bool:
    return "[" in text or "<" in text or "://" in text or "www." in text.lower()


def _may_markup(text: str) -> bool:
    """A bracket matters only in a link ("]("); an underscore between two letters is never emphasis."""
    return ("*" in text or "`" in text or "|" in text or "\n" in text or "](" in text
            or _BLOCK_START.match(text) is not None
            or ("_" in text and _EMPHASIS_UNDERSCORE.search(text) is not None))


def _may_html(text: str) -> bool:
    if "<" in text or "&" in text or "=" in text:
        return True
    return ":" in text and ("script:" in text.lower() or "data:" in text.lower())


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


def check_number(src: str, tr: str, ctx: Context) -> list[Finding]:
    """Numbers and their units must match, each side read with its own decimal marks; so must the
    counts written as words ("two tablets" is "dos tabletas", never "tres"), a stage in Roman
    numerals ("phase III") and a number in other digits ("10⁹", "⑩")."""
    return (_check_digits(src, tr, ctx) + _check_number_words(src, tr, ctx) + _check_other_numerals(src, tr)
            + _check_fact_units(src, tr, ctx))


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
    if a == b or sorted(name for name, _ in a.elements()) != sorted(name for name, _ in b.elements()):
        return []  # the same, or facts missing or added: the placeholder check's
    problems = [f"{{{name}}} is followed by {_after(name, tr)!r} here but not in the source: a fact with a unit prints "
                "it, so the page would say it twice (and one without gains a unit the source does not give); delete it"
                for name, unit in b - a if unit]
    problems += [f"{{{name}}} is followed by {_after(name, src)!r} in the source but not here: the page would print "
                 "the number without its unit" for name, unit in a - b if unit]
    return [finding("number", "; ".join(problems))] if problems else []


def _check_other_numerals(src: str, tr: str) -> list[Finding]:
    listed_a, listed_b = numerals(visible(src)), numerals(visible(tr))
    if listed_a == listed_b:
        return []
    a, b = Counter(listed_a), Counter(listed_b)
    return [finding("number", diff_message("numeral", a - b, b - a, "copy every numeral as the source writes it"))]


_DOSE_CONTEXT = re.compile(r"[0-9{]")
PLACEHOLDER_NAME = re.compile(r"(?<=\{)[A-Za-z_]\w*(?=[:!}])")  # the fact of "{dose}", "{risk:per100}"
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")
BOTH_RE = re.compile(r"\b(?:(?:los|las|os|as|the)\s+(?:dos|dois|duas|two)|les\s+deux(?!\s+(?:heures|minutes)\b)|"
                     r"cả\s+hai)\b", re.IGNORECASE)  # "both" ("toutes les deux heures": every two hours)
# A count of one in words ("once a day", "one syringe", "una vez"): where the source says one, a
# count the translation adds ("dos veces al día") changes it. Never a pronoun ("no one", "one of
# them", "the one", "one day"), nor "once you open it", nor an article ("una jeringa" may be "la").
_ONE = {"en": re.compile(r"\bonce\b(?! (?:you|it|they|we|he|she|the|your|this|that|opened|started|thawed|mixed)\b)|"
                         r"(?<!\bno )(?<!\bthe )(?<!\bthis )(?<!\bthat )(?<!\bwhich )(?<!\bany )(?<!\beach )"
                         r"(?<!\bevery )\bone\b(?! (?:of|another|day|by one|or (?:the )?other)\b)(?!['’])"),
        "es": re.compile(r"\buna vez\b(?! (?:que|abiert\w*|preparad\w*|mezclad\w*|descongelad\w*)\b)"),
        "pt": re.compile(r"\buma vez\b(?! (?:que|abert\w*|preparad\w*|misturad\w*|descongelad\w*)\b)"),
        "fr": re.compile(r"\bune (?:seule )?fois\b(?! (?:que\b|qu[’']|ouvert\w*|entamé\w*|préparé\w*|mélangé\w*|"
                         r"décongelé\w*))"),
        "vi": re.compile(r"\bmột lần\b(?! nữa\b)")}


def _check_number_words(src: str, tr: str, ctx: Context) -> list[Finding]:
    """A count the source spells out must be in the translation (in words or digits), and a count
    the translation spells out must be in the source ("dos veces" added to "Take 2 tablets" doubles
    the dose); "both" is often "los dos", which counts nothing."""
    if src == tr:  # nothing changed (a name kept as is)
        return []
    a = number_words(src, ctx.source_lang)
    if a is None:  # a language edu has no number words for: digits only
        return []
    # nearly every entry; a count the translation adds matters where the source gives a dose or a time
    # (digits or a fact) or says one ("once a day": "dos veces al día"): "entre dos páginas" for
    # "across a page" is no dose
    if not a and not (number_words(tr, ctx.lang) and (_DOSE_CONTEXT.search(src) or _says_one(src, ctx.source_lang))):
        return []
    src, tr = mask(BOTH_RE.sub(" ", src)), mask(BOTH_RE.sub(" ", tr))  # a word in an address is no count
    a, b = number_words(src, ctx.source_lang), number_words(tr, ctx.lang)
    if a is None or b is None:
        return []
    kept = number_words(tr, ctx.source_lang) or {}  # a count left in the source's words ("two" as is)
    missing = [f"{word} ({n})" for n, word in a.items() if n not in b and n not in kept and not in_digits(n, tr)]
    # a count in words may stand for the source's digits ("2 tablets": "dos tabletas"), not come on top of them
    extra = [f"{word} ({n})" for n, word in b.items()
             if n not in a and n not in NEVER_ADDED and digit_count(n, tr) >= digit_count(n, src)]
    if not missing and not extra:
        return []
    advice = "write the same counts as the source"
    return [finding("number", diff_message("count", Counter(missing), Counter(extra), advice))]


def _says_one(text: str, lang: str) -> bool:
    one = _ONE.get(langtag.primary(lang))
    return one is not None and one.search(text.lower()) is not None


def _check_digits(src: str, tr: str, ctx: Context) -> list[Finding]:
    if not (_NUMERIC.search(src) or _NUMERIC.search(tr)):
        return []
    locale = number_locale(ctx.lang, ctx.territory)
    if "[" in src or "[" in tr:  # a citation's number is no dose: check_link compares citations
        src, tr = CITATION.sub(" ", visible(src)), CITATION.sub(" ", visible(tr))
    a = quantities(fractions_as_digits(mask(src)), number_locale(ctx.source_lang, ctx.territory), ctx.units)
    b = quantities(fractions_as_digits(mask(tr)), locale, ctx.units)
    lost, added = unmatched(a, b), unmatched(b, a)
    if not lost and not added:
        return []
    lost, added = _matched_otherwise(lost, added, src, tr, ctx)
    missing, extra = Counter(q.text for q in lost), Counter(q.text for q in added)
    if not missing and not extra:
        return []
    advice = "; ".join([*misread(a, b, locale, ctx.lang), f"copy every number and unit ({marks_in_words(locale)})"])
    bare = {q.value for q in b if not q.unit} & {q.value for q in a if q.unit}
    if bare:  # the same number, its unit in a word the check does not know ("2 hs", "100 ملغ")?
        advice += "; a unit written in a word of your own is listed in [tool.edu.units] of pyproject.toml"
    return [finding("number", diff_message("number", missing, extra, advice))]


def _matched_otherwise(lost: list[Quantity], added: list[Quantity], src: str, tr: str,
                       ctx: Context) -> tuple[list[Quantity], list[Quantity]]:
    """What is still lost and added once a time of day is matched with one written otherwise ("8:30"
    without p.m. for "8:30 p.m.") and digits with words for the same count and unit ("2 tablets":
    "dos tabletas"; "two shots": "2 inyecciones"; "day 10": "10º dia"; "half": "½")."""
    for q in list(lost):
        twin = next((x for x in added if same_time(q, x)), None)
        if twin is not None:
            lost.remove(q)
            added.remove(twin)
    if lost or added:
        in_src, in_tr = spelled_counts(mask(src), ctx.source_lang, ctx.units), spelled_counts(mask(tr), ctx.lang,
                                                                                             ctx.units)
        spare_tr, spare_src = in_tr - in_src, in_src - in_tr
        for spare, side in ((spare_tr, lost), (spare_src, added)):
            for q in list(side):
                if spare[(q.value, q.unit)] > 0:
                    spare[(q.value, q.unit)] -= 1
                    side.remove(q)
    return lost, added


def _link_targets(text: str) -> Counter[str]:
    """Targets of links and images, autolinks and bare URLs (each pattern only where it can match)."""
    targets: list[str] = []
    if "](" in text:
        targets += [target for _, target in links(text)]
        text = LINK.sub(MASK, text)
    if "<" in text:
        targets += [m["url"] for m in AUTOLINK.finditer(text)]
        text = AUTOLINK.sub(MASK, text)
    if "://" in text or "www." in text:
        targets += [bare_url(m[0]) for m in BARE_URL.finditer(text)]
    return Counter(targets)


def check_link(src: str, tr: str, ctx: Context) -> list[Finding]:
    """Link and image targets and URLs stay as they are; only the link text is translated."""
    if not (_may_link(src) or _may_link(tr)):
        return []
    found = []
    a, b = _citations(visible(src)), _citations(visible(tr))  # "[20]" written "(20)" kept its number but lost its link
    if a != b:
        advice = "keep each citation in brackets as written: it links to the handout's list of sources"
        found.append(finding("link", diff_message("citation", a - b, b - a, advice)))
    a, b = _link_targets(src), _link_targets(tr)
    if a != b:
        advice = "keep link targets and URLs exactly as in the source; translate only the link text"
        found.append(finding("link", diff_message("link target", a - b, b - a, advice)))
    return found


def _citations(text: str) -> Counter[str]:
    """The sources cited, each as "[n]": "[4–6]" and "[4-6]", "[1][2]" and "[1, 2]" cite the same."""
    return Counter(f"[{n}]" for m in CITATION.finditer(text) for n in cited(m)) if "[" in text else Counter()


_DELIMITER = re.compile(r"(?<!\\)(?:\*+|_+)")
_BLOCK_MARKER = re.compile(
    r"^ {0,3}(?:(?P<item>[-*+]|\d{1,9}[.)])(?=\s|$)|(?P<heading>#{1,6})(?!#)|(?P<quote>>))",  # "#Title" too
    re.MULTILINE,
)
_BLOCK_NAMES = {
    "item": "a list marker",
    "heading": "a heading marker (#)",
    "quote": "a quote marker (>)",
}


def _emphasis(text: str) -> tuple[int, int]:
    """(bold, italic) delimiter counts; a lone * between spaces or _ inside a word is literal."""
    bold = italic = 0
    for m in _DELIMITER.finditer(text):
        before = text[m.start() - 1] if m.start() else " "
        after = text[m.end()] if m.end() < len(text) else " "
        if before.isspace() and after.isspace():
            continue
        if m[0][0] == "_" and before.isalnum() and after.isalnum():
            continue
        bold, italic = bold + len(m[0]) // 2, italic + len(m[0]) % 2
    return bold, italic


_BAR = re.compile(r"(?<!\\)\|")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _markup_counts(text: str) -> dict[str, int]:
    """How many of each kind of Markdown syntax a text has (each regex only where its character is)."""
    code = 0
    if "`" in text:
        text, code = CODE_SPAN.subn(MASK, text)
    found = links(text) if "](" in text else []
    markers = [m.lastgroup or "" for m in _BLOCK_MARKER.finditer(text)]
    prose = mask_urls(_BLOCK_MARKER.sub("", text) if markers else text)
    bold, italic = _emphasis(prose) if "*" in prose or "_" in prose else (0, 0)
    counts = {
        "bold markers (**)": bold,
        "italic markers (* or _)": italic,
        "code spans (`…`)": code,
        "links": sum(1 for image, _ in found if not image),
        "images": sum(1 for image, _ in found if image),
        "table-cell bars (|)": len(_BAR.findall(prose)) if "|" in prose else 0,
        "blank lines": len(_BLANK_LINE.findall(text)) if "\n" in text else 0,
    }
    for marker in markers:
        counts[_BLOCK_NAMES[marker]] = counts.get(_BLOCK_NAMES[marker], 0) + 1
    return counts


def check_markup(src: str, tr: str, ctx: Context) -> list[Finding]:
    """Inline Markdown and block markers must match, or the rendered handout changes shape."""
    if MSGCAT_CONFLICT in tr and MSGCAT_CONFLICT not in src:
        return [finding("markup", "msgcat's conflict marker (#-#-#-#-#): two translations were merged into this one; "
                        "keep the right one and delete the markers and the other")]
    if not (_may_markup(src) or _may_markup(tr)):
        return []
    a, b = _markup_counts(src), _markup_counts(tr)
    differences = [
        f"{name}: {a.get(name, 0)} in the source, {b.get(name, 0)} in the translation"
        for name in dict.fromkeys([*a, *b])
        if a.get(name, 0) != b.get(name, 0)
    ]
    if not differences:
        return []
    advice = "use the same Markdown as the source (escape a literal character with \\)"
    return [finding("markup", f"Markdown differs: {'; '.join(differences)}; {advice}")]


def check_html(src: str, tr: str, ctx: Context) -> list[Finding]:
    """Raw HTML, scripts, event handlers and entities may not enter through a translation."""
    if not _may_html(tr):
        return []
    added = Counter(m[0].lower() for m in RAW_HTML.finditer(tr))
    added -= Counter(m[0].lower() for m in RAW_HTML.finditer(src))
    if not added:
        return []
    message = (
        f"raw HTML in the translation that the source does not have: {counted(added)}; "
        "write plain text and Markdown only"
    )
    return [finding("html", message)]


def check_negation(src: str, tr: str, ctx: Context) -> list[Finding]:
    """A "not" (never, without) of the source may not vanish: "Do not shake it" is never "Agítela";
    nor one of two ("No las congele. Si una jeringa se congela, úsela igual.")."""
    lost = None if src == tr else sense.lost_negation(mask(src), mask(tr), ctx.source_lang, ctx.lang)
    if lost is None:
        return []
    if lost.sentence:
        said = (f"sentence {lost.sentence} of the source ({_quoted(lost.source)}) says not (no, never, without) "
                f"and its translation ({_quoted(lost.translation)}) does not")
    elif lost.said > 1 and lost.kept:
        said = (f"the source says not (no, never, without) {lost.said} times and the translation only "
                f"{lost.kept} time{'s' if lost.kept > 1 else ''}")
    else:
        said = "the source says not (no, never, without) and the translation does not"
    if lost.unread:
        said += f" ({lost.unread})"
    return [finding("negation", f"{said}: keep the negation ({lost.example}); if it says it in other words, a "
                    "reviewer confirms them with edu-ok:negation")]


def _quoted(sentence: str, most: int = 60) -> str:
    """A sentence for a message: quoted, on one line, its start only when it is long."""
    sentence = " ".join(sentence.split())
    return f'"{sentence if len(sentence) <= most else sentence[: most - 1].rstrip() + "…"}"'


_WAYS = {"more": "more or at least", "less": "less or at most"}


def check_comparison(src: str, tr: str, ctx: Context) -> list[Finding]:
    """A comparison keeps its direction: "more than 3 days" is never "menos de 3 días", "above
    100.4 °F" never "inferior a 100.4 °F"."""
    flipped = None if src == tr else sense.reversed_comparison(mask(src), mask(tr), ctx.source_lang, ctx.lang)
    if flipped is None:
        return []
    return [finding("comparison", f"the source says {_WAYS[flipped.said]} ({flipped.said_words}) and the "
                    f"translation {_WAYS[flipped.put]} ({flipped.put_words}): keep the direction of the comparison")]


def check_period(src: str, tr: str, ctx: Context) -> list[Finding]:
    """How often keeps its period: "once a day" is never "una vez a la semana", "every other day"
    never "cada día"; a period a translation adds where the source gives a dose or a time counts too.
    A period word that says no frequency ("the day before": "la víspera") is free."""
    if src == tr:
        return []
    said = periods.periods(mask(src), ctx.source_lang)
    if said is None or not (said.often or _DOSE_CONTEXT.search(src)):
        return []
    put = periods.periods(mask(tr), ctx.lang)
    if put is None:
        return []
    lost, added = said.often - put.named, put.often - said.named
    if not lost and not added:
        return []
    advice = "keep how often (once a day is not once a week; every other day is not every day)"
    return [finding("period", diff_message("period", _in_order(lost), _in_order(added), advice))]


def _in_order(found: Collection[str]) -> Counter[str]:
    """Periods in the same order in every message: "day and every other", never the other way round."""
    return Counter(sorted(found, key=periods.ORDER.index))


def reads_meaning(lang: str) -> bool:
    """Whether the negation, comparison, period and count checks have word lists for ``lang``; for
    another language they pass every entry unread (qa.unchecked_meaning says so once)."""
    return None not in (sense.directions("", lang), periods.periods("", lang), number_words("", lang))


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
    if not (_NUMERIC.search(src) and _NUMERIC.search(tr)):
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


def check_bidi(src: str, tr: str, ctx: Context) -> list[Finding]:
    """Invisible direction controls may not enter through a translation (prose.BIDI_CONTROL)."""
    problem = bidi_problem(tr, src)
    return [finding("bidi", problem)] if problem else []


CHECKS: tuple[Check, ...] = (
    check_placeholder,
    check_number,
    check_link,
    check_markup,
    check_html,
    check_bidi,
    check_invisible_number,
    check_spanish_punct,
    check_negation,
    check_comparison,
    check_period,
    check_order,
    check_identical,
    check_length,
    check_whitespace,
    check_invisible,
    check_end_punct,
    check_doubled,
    check_brackets,
)
# The checks that can find an error; the build runs only these (warnings never block).
BLOCKING_CHECKS: tuple[Check, ...] = (
    check_placeholder, check_number, check_link, check_markup, check_html, check_bidi, check_invisible_number,
    check_spanish_punct, check_negation, check_comparison, check_period, check_order,
)


# --- entries and catalogs -----------------------------------------------------------------------


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
                 unprinted: frozenset[str]) -> list[Finding]:
    """Status first (untranslated, fuzzy: never silenced by a flag), then the message checks."""
    both = pairs(message)
    held = published and not (both[0][0] in unprinted and all(x[0].startswith("templates/") for x in message.locations))
    status = ERROR if held else WARNING
    if not all(tr for _, tr in both):
        why = "translate it; a handout is published only when all its entries are translated"
        if published and not held:
            why = ("no published page prints it yet (a word of the draft banner, of review dates or of QR codes, "
                   "which this project does not use), so it holds nothing back")
        return [Finding("untranslated", status, f"the entry is not translated: {why}")]
    findings = []
    if message.fuzzy:
        why = "compare it with the source, correct it, then remove the 'fuzzy' flag"
        findings.append(Finding("fuzzy", status, f"the translation is marked fuzzy: {why}"))
    allowed = reviewed(message, both[0][0])
    for src, tr in both:
        findings += check_message(src, tr, source_lang=ctx.source_lang, lang=ctx.lang, territory=ctx.territory,
                                  flags=allowed, units=ctx.units)
    lapsed = sorted(reviewed(message) - allowed)
    if lapsed:
        findings.append(finding("flag", f"{', '.join(lapsed)} was reviewed for an older source (the #| msgid lines) "
                                "and is ignored: review the translation against the new source, then delete the "
                                "#| lines (and write the exception again if it still holds)"))
    findings += template_word_findings(message, plural_expr) if is_template_word(message) else []
    return list(dict.fromkeys(findings))  # plural forms repeat the same findings


def check_catalog(
    catalog: Catalog,
    *,
    source_lang: str,
    lang: str,
    territory: str = "US",
    published: bool = True,
    units: Units = (),
    unprinted: frozenset[str] = frozenset(),
) -> list[tuple[int, Finding]]:
    """Every problem in one catalog as (line of the entry's msgid in the .po, finding), in file order.

    Skips the header entry. Untranslated and fuzzy entries are errors when published=True, warnings
    otherwise and for the page words no published page prints (``unprinted``: their msgids);
    obsolete entries (catalog.obsolete) are warnings. Per-message checks run on translated
    entries (fuzzy too).
    """
    ctx = Context(source_lang, lang, territory, units)
    found: list[tuple[int, Finding]] = []
    for message in catalog:
        if message.id:  # the header has an empty msgid
            line = message.lineno or 0
            found += [(line, f) for f in _check_entry(message, ctx, published, catalog.plural_expr, unprinted)]
    obsolete = finding("obsolete", "obsolete entry (#~): its source text is gone; delete it")
    found += [(message.lineno or 0, obsolete) for message in catalog.obsolete.values()]
    return sorted(found, key=lambda item: item[0])
