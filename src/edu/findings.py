"""The vocabulary of the QA checks.

Translation checks: a ``Finding`` (code, severity, one-line message), the ``Context`` a check gets,
the severity of every check code, and how a finding's message is worded; the checks are in
checks.py and the modules it runs (what a translation must keep: errors: numbercheck.py,
markupcheck.py, meaningcheck.py, thresholds.py, punctuation.py, invisible.py, homoglyphs.py) and
advice.py (what usually shows a slip).
Plain-language rules: the ``Unit`` of text they read and the ``RuleFinding`` they give; the rules
are in plainlang.py (sentences, voice, structure) and wording.py (jargon, abbreviations, doses).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from babel.messages.catalog import Message

from .prose import shown

ERROR = "error"
WARNING = "warning"

SEVERITY: dict[str, str] = {
    "placeholder": ERROR,
    "number": ERROR,
    "dropped-time": ERROR,  # a time the source counts left out ("for a week"; numbercheck.py, droppedtimes.py)
    "link": ERROR,
    "markup": ERROR,
    "html": ERROR,
    "bidi": ERROR,
    "invisible-number": ERROR,
    "fact-number": ERROR,  # a number typed for a fact that prints another (factnumbers.py)
    "mixed-script": ERROR,
    "symbol": ERROR,  # a Greek letter of a name, × or ± lost or changed; ULN said as LIN (symbols.py)
    "dose-notation": ERROR,  # a translation's; the plain-language rule of the same name is a warning
    "spanish-punct": ERROR,
    "negation": ERROR,
    "comparison": ERROR,
    "period": ERROR,
    "route": ERROR,
    "storage": ERROR,  # a storage place said as another (meaningcheck.check_storage)
    "organ": ERROR,  # an organ said as another (meaningcheck.check_organ)
    "site": ERROR,  # the body site of a shot said as another (bodysites.py)
    "appearance": ERROR,  # the look of the medicine said as its opposite, cloudy as clear (appearance.py)
    "sequence": ERROR,  # before said as after, with food as on an empty stomach (sequence.py)
    "order": ERROR,
    "empty": ERROR,
    "untranslated": ERROR,  # a warning in check_catalog(published=False) and for a page word never printed
    "fuzzy": ERROR,  # a warning in check_catalog(published=False) and for a page word never printed
    "condition": WARNING,  # a "not … until" kept by an "only" ("solo cuando"): the reviewer reads the condition
    "identical": WARNING,
    "length": WARNING,
    "whitespace": WARNING,
    "invisible": WARNING,
    "end-punct": WARNING,
    "doubled": WARNING,
    "brackets": WARNING,
    "link-text": WARNING,
    "alt": WARNING,
    "obsolete": WARNING,
    "flag": WARNING,
    "term": WARNING,  # a glossary term translated otherwise (glossary.py)
    "register": WARNING,  # tú in a text written with usted (register.py)
    "other-language": WARNING,  # another language's translation of the entry, word for word (otherlanguage.py)
}
# Publication policy, not a judgement call: no flag makes an untranslated entry publishable.
# Nor does any make raw HTML, an invisible direction control, an invisible character in a number or
# a dose written ".5 mL" or "1.0 mg" printable: none is ever the reviewed wording of a sentence (a
# flag a translator adds could otherwise let a script, "gm 5.0", a "10 mg" read "1 0 mg" or a dose
# read tenfold through). Nor a number typed for a fact that now prints another: the exception that
# let it drop the fact was reviewed for the old value.
UNSILENCEABLE = frozenset({"empty", "untranslated", "fuzzy", "flag", "html", "bidi", "invisible-number",
                           "dose-notation", "fact-number"})
OK_FLAG = "edu-ok:"
_OK_COMMENT = re.compile(r"^\s*(edu-ok:[\w-]+)\s*$")


def exceptions(flags: Iterable[str], comments: Iterable[str], previous: Sequence[str] = (),
               msgid: str | None = None) -> frozenset[str]:
    """The entry's flags with the reviewed exceptions written as translator comments (``# edu-ok:order``):
    GNU msgcat, msgmerge and msgattrib keep only the flags they know and drop ``#, edu-ok:…``.
    An exception reviewed for another source than ``msgid`` counts for nothing: msgmerge keeps it on a
    fuzzy match with the old source as ``#| msgid`` (``previous``, poread), and a translator who clears
    "fuzzy" would otherwise publish the new sentence with the old exception silencing its check."""
    found = frozenset(flags) | {m[1] for c in comments if (m := exception_comment(c))}
    if msgid is not None and previous and previous[0] != msgid:
        return frozenset(f for f in found if not f.startswith(OK_FLAG))
    return found


def reviewed(message: Message, msgid: str | None = None) -> frozenset[str]:
    """``exceptions`` of a catalog entry (its flags, comments and previous msgid) for ``msgid``."""
    return exceptions(message.flags, message.user_comments, message.previous_id, msgid)


def exception_comment(comment: str) -> re.Match[str] | None:
    """A translator comment that is a reviewed exception ("edu-ok:order" on a line of its own)."""
    return _OK_COMMENT.match(comment)


@dataclass(frozen=True)
class Finding:
    """One problem in one catalog entry."""

    code: str  # short stable id, used in `#, edu-ok:<code>` flags and JSON output
    severity: str  # "error" | "warning"
    message: str  # one line: what is wrong and what to do


@dataclass(frozen=True)
class Context:
    """What a check needs to know besides the two texts."""

    source_lang: str  # language of the msgid, e.g. "en"
    lang: str  # language of the msgstr, e.g. "es"
    territory: str = "US"  # CLDR territory: decides decimal and grouping marks
    units: tuple[tuple[str, str], ...] = ()  # the project's own unit words (quantities.Units)


def finding(code: str, message: str) -> Finding:
    """A finding of ``code`` at its severity; a quoted line break is written \\n, so that a
    finding stays one line of ``path:line: message``, and a quoted invisible character as its code
    point (⟨U+200B⟩), so that "{dose}" and "{do⟨U+200B⟩se}" do not look the same."""
    return Finding(code, SEVERITY[code], "\\n".join(shown(message).splitlines()))


def plural(count: int, one: str, many: str = "") -> str:
    """'1 error', '2 errors'; ``many`` when adding an s is wrong ('1 fuzzy translation')."""
    return f"{count} {one if count == 1 else many or one + 's'}"


def counted(items: Counter[str]) -> str:
    """'a', 'a and b', 'a, b and c' (with ';' when an item holds a comma, as 0,5 does)."""
    words = [f"{k} (×{n})" if n > 1 else k for k, n in items.items()]
    comma = "; " if any("," in w for w in words) else ", "
    return " and ".join(filter(None, [comma.join(words[:-1]), *words[-1:]]))


def diff_message(what: str, lost: Counter[str], added: Counter[str], advice: str) -> str:
    """One line naming what the translation lost and what it added."""
    plural = sum(lost.values() or added.values()) > 1
    what, verb = (f"{what}s", "are") if plural else (what, "is")
    if not lost:
        return f"{what} {counted(added)} in the translation {verb} not in the source; {advice}"
    found = f" (found {counted(added)})" if added else ""
    return f"{what} {counted(lost)} in the source {verb} missing from the translation{found}; {advice}"


Check = Callable[[str, str, Context], list[Finding]]


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
