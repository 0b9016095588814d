"""QA, the negation check's reading of a "not" said in other words: where both sides say what to do
when the medicine looks so alike (lookwords.instructions), the "not" of the source's instruction is
said. "Do not use it if it is cloudy" as "Deséchela si está turbia", "Descarte se estiver turvo",
"Jetez-la si elle est trouble" or "Nếu thuốc bị đục, hãy vứt bỏ" (a discard verb is a "do not use"),
or as "Úsela solo si está transparente", "Ne l’utilisez que si elle est limpide" (the opposite look
under the opposite instruction, with an "only": "Úsela si está transparente" says less). Only where
the source says its "not" to the verb of using ("Do not use", not "Do not shake it or use it": its
"not" may be the shaking's). "Úsela si está turbia" says the opposite and stays a "not" lost.
Beyond looks, a discard verb where the source says its "not" to the verb of using is that "not" ("Do
not use it after the expiration date" as "Deséchela después de la fecha de caducidad"), where the
translation says no verb of using and the source no discard verb; the condition is other checks'
(a "No la use si…" with another condition passes this check too), but a discard said before the
source's after (or after its before) is none ("Do not use it after the expiration date" as "Deséchela
antes de la fecha de caducidad").

In: a part of an entry (source and translation, masked) and their languages. Out: whether it says
the instruction alike. negations.py asks only where one "not" is missing (rare: no cost to an entry
that keeps its "not"s); lookwords' quick look for a look's words comes first.
"""

from __future__ import annotations

import re

from . import langtag, lookclauses, lookwords, opposites, sequencewords
from .negationwords import concept, words


def said_otherwise(source: str, translation: str, source_lang: str, lang: str) -> bool:
    """Whether the translation says the source's "not" of using in other words: the same instruction
    about the look (_same_instruction), or a discard verb for it (_discarded)."""
    return (_same_instruction(source, translation, source_lang, lang)
            or _discarded(source, translation, source_lang, lang))


def _same_instruction(source: str, translation: str, source_lang: str, lang: str) -> bool:
    """Whether both sides say what to do when the medicine looks so alike: the same look under the same
    instruction, or the opposite look under the opposite one with an "only"."""
    was = lookwords.instructions(source, source_lang)
    now = lookwords.instructions(translation, lang) if was else {}
    for look, said in was.items():
        if not now or not lookclauses.not_on_use(said.words, source_lang):
            continue
        other = now.get(lookwords.OPPOSITE[look])
        if (look in now and now[look].use == said.use) or (
                other is not None and other.use != said.use and _says_only(other.words, lang)):
            return True
    return False


def _discarded(source: str, translation: str, source_lang: str, lang: str) -> bool:
    """Whether the translation says a discard verb and no verb of using where the source says its "not"
    to the verb of using and no discard verb: "Do not use it after the expiration date" as "Deséchela
    después de la fecha de caducidad" ("Úsela y luego deséchela" uses it); not with the condition
    turned round (discard_turned: "Deséchela antes de la fecha de caducidad")."""
    return (_discards_for_not(source, translation, source_lang, lang)
            and _turned(source, translation, source_lang, lang) is None)


def discard_turned(source: str, translation: str, source_lang: str, lang: str) -> tuple[str, str] | None:
    """Where the translation throws away what the source says not to use (_discards_for_not) with the
    condition turned round, before for after or after for before: the source's word and the
    translation's ("after", "antes" for "Do not use it after the expiration date" as "Deséchela antes de
    la fecha de caducidad", which keeps no "not": the syringe is used after the date). None: not so.
    For the negation check, whose "antes" for a source's "not" may say it ("Úsela antes de la fecha")."""
    if not _discards_for_not(source, translation, source_lang, lang):
        return None
    return _turned(source, translation, source_lang, lang)


def _discards_for_not(source: str, translation: str, source_lang: str, lang: str) -> bool:
    """Whether the translation says a discard verb and no verb of using, and the source its "not" to the
    verb of using and no discard verb."""
    uses, discards = lookclauses.use_verbs(translation, lang)
    if uses or not discards:
        return False
    return not lookclauses.use_verbs(source, source_lang)[1] and lookclauses.not_on_use(source, source_lang)


_BEFORE_AFTER = opposites.pairs((sequencewords.BEFORE, sequencewords.AFTER))


def _turned(source: str, translation: str, source_lang: str, lang: str) -> tuple[str, str] | None:
    """The source's word of before or after and the translation's of the other, where the translation
    says the other and not the source's (sequencewords.py's words: "after the expiration date" as "antes
    de la fecha", "avant la date", "trước ngày"; a "before" or "after" alone where it says when, "sau ngày")."""
    was, now = _sides(source, source_lang), _sides(translation, lang)
    side = opposites.turned(_BEFORE_AFTER, was, now)
    return None if side is None else (was[side], now[_BEFORE_AFTER[side]])


def _sides(text: str, lang: str) -> dict[str, str]:
    """The first word of before and of after ``text`` says (sequencewords.lists' "when" groups; a word
    alone only where it says when: _NOUN_AFTER)."""
    lists = sequencewords.lists(lang)
    said: dict[str, str] = {}
    if lists is None:
        return said
    low, noun = text.lower(), _NOUN_AFTER.get(langtag.primary(lang))
    for m in lists.when.finditer(low):
        group = m.lastgroup or ""
        if group.endswith("_alone") and not (lists.timed.search(low, max(0, m.start() - 24), m.start())
                                             or (noun and noun.match(low, m.end()))):
            continue  # "como se explicó antes": earlier
        said.setdefault(group.removesuffix("_alone"), text[m.start():m.end()].strip())
    return said


# A word of before or after alone ("antes", "avant", "trước") says when after a word of time ("2 horas antes"),
# as the sequence check reads it (sequencesaid.py), and in Vietnamese before its noun ("trước ngày hết hạn"; not
# "trước đó", "sau đó": before that, then); else it is an adverb ("como se explicó antes", "se já tiver sido
# congelado antes": earlier), which turns no condition round
_NOUN_AFTER = {"vi": re.compile(r"\s+(?!đó\b)[^\W\d_]")}


def _says_only(text: str, lang: str) -> bool:
    """Whether ``text`` says "only" ("solo", "só", French "ne … que", "chỉ")."""
    language, lowered = words(lang), text.lower()
    return language is not None and (
        any(concept(m[0], language) == "only" for m in language.carried.finditer(lowered))
        or bool(language.restrictive and language.restrictive.search(lowered)))
