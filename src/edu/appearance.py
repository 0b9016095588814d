"""QA: how the medicine looks, which a translation may not turn into its opposite, an error: "Do not
use it if the liquid is cloudy" is never "No la use si el líquido está transparente" (the patient
throws away a good syringe and injects a spoiled one), "colorless" never "coloreado".

Two pairs of opposites: clear and cloudy ("clear", "transparent", "transparente", "límpido",
"limpide", "trong suốt"; "cloudy", "milky", "turbio", "turvo", "trouble", "đục") and colorless and
colored ("colorless", "incoloro", "incolor", "incolore", "không màu"; "colored", "discolored",
"changed color", "descolorido", "cambio de color", "alteração de cor", "décoloré", "đổi màu").
Reported where the source says one of a pair and not the other, and the translation the other and
not the one, under the same instruction: each side is read as what it says to do when the medicine
looks so, (use | do not use) x (if | unless) x (the look | "not" the look), a discard verb
("Deséchela", "Jogue fora", "Jetez-la", "Vứt bỏ") a "do not use", "avoid" and "stop" a "not", "only
if" and "ne … que" none: "Do not use it unless it is clear" (use it only if it is clear) as "Úsela si
está turbia" is reported, "Do not use it if it is cloudy" as "Úsela solo si está transparente" and
"if it is not clear" as "si está turbia" pass. A look in the main clause of a sentence of no "if" is
read too ("Cloudy medicine must not be used", "No use medicina turbia", "Throw away cloudy medicine":
do not use it if cloudy), and so is an "unless" with its own "not" ("a não ser que"). Where a side's
instruction cannot be read (no verb of using or discarding in the main clause, both, an "if" after a
look said in the main clause, two "not"s before the look but after an "and" or "or"), the two must
say a "not" (negationwords.py; an "unless", "a menos que", "à moins que", "trừ khi" is one) as many
times in the clause that governs the look. The same look under the opposite instruction is reported
too ("Do not use it if it is cloudy" as "No la agite; úsela si está turbia": the "not" moved off the
look), but not where the negation check reports a "not" lost ("Úsela solo si está turbia"). The
clause that governs a look is its "if" clause (up to a comma after the look) with the main clause
it hangs on: the one before its "if", back to a comma ("No la agite, úsela solo si está
transparente": "úsela solo"), or where the sentence opens with the "if", the rest
of the sentence ("If it is cloudy, do not use it"); a main clause says its "not" once however often
it repeats it ("No la agite ni la use si…", "Ne l’agitez pas et ne l’utilisez pas si…" for "Do not
shake it or use it if…"), and French "ne … que" says only ("Ne l’utilisez que si elle est
limpide"). A "not" of another sentence or of a clause after "but" governs no look ("Do not shake
it. Use it only if it is clear." as "Evite agitarla. No la use si está turbia." passes).

Which words say a look, and where the words that say one only sometimes ("clear", "claro",
French "trouble", Vietnamese "trong") do, is lookwords.py's.

Two looks of no opposite: particles ("particles", "partículas", "particules", "hạt", "vẩn", "cặn") and
a yellow tint ("yellow", "amarillo", "amarelado", "jaune", "vàng"), the tint only beside another look
("colorless or slightly yellow", "incoloro a amarillo pálido"; "yellow skin" says none). A look the
source says is also reported left out where the translation says how the liquid looks and says
neither that look nor its opposite: "Do not use it if it is discolored or has particles in it" is
never "No la use si está transparente", nor "cloudy or has particles" "turbia" alone. There the
translation is read loosely ("claro", "trong", a yellow word wherever they stand), and a
translation that says no look at all is not compared (a reviewer reads it).
The reading of the clause that says a look (its "not"s, its instruction, the verbs of using and
discarding) is lookclauses.py. Word lists of English, Spanish, Portuguese, French and Vietnamese; a
language without one is not checked. Most entries hold none of the cues and are passed unread.
"""

from __future__ import annotations

import re
from collections import Counter

from . import lookclauses, negations, opposites
from .findings import Context, Finding, counted, finding
from .lookwords import OPPOSITE, ORDER, found
from .prose import MASK, mask


def check_appearance(src: str, tr: str, ctx: Context) -> list[Finding]:
    """How the medicine looks is not turned into its opposite: "if the liquid is cloudy" is never "si
    el líquido está transparente", "colorless" never "coloreado"; nor is a look the source says left
    out where the translation says how the liquid looks ("discolored or has particles" as "si está
    transparente")."""
    if src == tr:
        return []
    source = mask(src)
    said = found(source, ctx.source_lang)
    if not said:
        return []
    translation = mask(tr)
    put = found(translation, ctx.lang)
    if not put:
        return []
    x, y = {look for look, _ in said}, {look for look, _ in put}
    turned = opposites.turned(OPPOSITE, x, y)
    if turned is None:
        return _reversed(source, said, translation, put, ctx) + _left_out(source, said, translation, ctx.lang)
    other = OPPOSITE[turned]
    was = lookclauses.instruction(source, said, ctx.source_lang, turned, OPPOSITE)
    now = lookclauses.instruction(translation, put, ctx.lang, other, OPPOSITE) if was else None
    if was and now:  # both read: the other look under the same instruction is reported
        if was.use != now.use:
            return []
    elif (lookclauses.nots(source, said, ctx.source_lang, turned, OPPOSITE)
          != lookclauses.nots(translation, put, ctx.lang, other, OPPOSITE)):
        return []
    return [finding("appearance", f"the source says {turned} ({_words(source, said, turned)}) and the translation "
                    f"{other} ({_words(translation, put, other)}): keep how the medicine looks ({turned} is not "
                    f"{other}); {_CONFIRM}")]


_CONFIRM = "if the translation says it in other words, a reviewer confirms them with edu-ok:appearance"


def _reversed(source: str, said: list[tuple[str, re.Match[str]]], translation: str,
              put: list[tuple[str, re.Match[str]]], ctx: Context) -> list[Finding]:
    """The same look under the opposite instruction: "Do not use it if it is cloudy" as "No la agite;
    úsela si está turbia" (a discard verb is a "do not use": "Deséchela si está turbia" passes). Not
    where the negation check reports a "not" lost or added ("Úsela solo si está turbia"): one error
    for one fault."""
    x, y = {look for look, _ in said}, {look for look, _ in put}
    for look in OPPOSITE:
        if look not in x or look not in y or OPPOSITE[look] in x or OPPOSITE[look] in y:
            continue
        was = lookclauses.instruction(source, said, ctx.source_lang, look, OPPOSITE)
        now = lookclauses.instruction(translation, put, ctx.lang, look, OPPOSITE) if was else None
        if was and now and was.use != now.use and not _negation_lost(source, translation, ctx):
            return [finding("appearance", f'the source says {_DO[was.use]} if {look} ("{was.words}") and the '
                            f'translation {_DO[now.use]} if {look} ("{now.words}"): keep what to do when the '
                            f"medicine looks {look}; {_CONFIRM}")]
    return []


_DO = {True: "use it", False: "do not use it"}


def _negation_lost(source: str, translation: str, ctx: Context) -> bool:
    """Whether the negation check reports the entry a "not" lost or added ("Úsela solo si está turbia"
    for "Do not use it if it is cloudy"): it says so already, once is enough."""
    changed = negations.changed_negation(source, translation, ctx.source_lang, ctx.lang)
    return changed is not None and changed.change in ("lost", "added")


def _left_out(source: str, said: list[tuple[str, re.Match[str]]], translation: str, lang: str) -> list[Finding]:
    """The looks the source says that a translation speaking of the liquid's look leaves out: neither the
    look nor its opposite, read loosely ("claro", "trong" wherever they stand)."""
    read = found(translation, lang, loose=True) or []
    put = {look for look, _ in read}
    lost = [look for look in ORDER if any(seen == look for seen, _ in said) and look not in put
            and OPPOSITE.get(look) not in put]
    if not lost:
        return []
    named = counted(Counter(f"{look} ({_words(source, said, look)})" for look in lost))
    return [finding("appearance", f"the source says {named} and the translation does not: keep every look the "
                    f"source names; {_CONFIRM}")]


def _words(text: str, found: list[tuple[str, re.Match[str]]], look: str) -> str:
    """The first words that say ``look``, with up to two words of their clause before them, quoted."""
    m = next(m for seen, m in found if seen == look)
    before = re.split(r"[.,;:!?()\n]", text[: m.start()])[-1].split()[-2:]
    return '"' + " ".join([*before, *text[m.start():m.end()].split()]).replace(MASK, "{…}") + '"'
