"""QA, the sequence check's order of events: whether a translation that says "after" where its source
says "before" (or the reverse) turned the sentence round and kept which event comes first.

"Wash your hands before you inject" is "Después de lavarse las manos, inyéctese" (after washing,
inject) and "Inyéctese después de lavarse las manos": "X before Y" is "after X, Y" and "Y after X".
What the before or the after is said of (its complement: from it to the end of its clause) is then the
other event: the washing, said in the source's main clause, is in the translation's complement, and
the injection the other way round. "Lávese las manos después de inyectarse" keeps the injection in
the complement: the order changed, an error.

Which event is which is read from the lists of sequenceevents.py. The sentence is read as turned round only
where the translation's complement names an event that only the source's main clause names and its main
clause one that only the source's complement names (and neither names one of the other side): anything
less (an event the lists lack, a before with no complement, "2 horas después", two befores in one
sentence) is not read, and the sequence check reports it as before (a reviewer confirms a rewording with
edu-ok:sequence). English, Spanish, Portuguese, French and Vietnamese.
"""

from __future__ import annotations

import re

from .sequenceevents import named, reads

# The end of the clause a before or an after opens ("Antes de inyectarse, lávese las manos")
CLAUSE_END = re.compile(r"[;:()\n—–]|[,.!?](?!\d)")  # (not the mark of "2.5 mL", "2,5 ml")


def _sides(text: str, part: tuple[int, int], at: int, lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """(the events of the main clause, those of the complement) of the before or after at ``at`` in
    ``part`` of ``text``: its complement runs from it to the end of its clause."""
    start, end = part
    low = text.lower()
    stop = CLAUSE_END.search(low, at, end)
    clause_end = stop.start() if stop else end
    return named(low[start:at] + " " + low[clause_end:end], lang), named(low[at:clause_end], lang)


def turned_round(source: str, source_part: tuple[int, int], source_at: int, source_lang: str,
                 translation: str, part: tuple[int, int], at: int, lang: str) -> bool:
    """Whether the translation's after (or before) at ``at`` is said of the event the source's main
    clause names, and its main clause names the event the source's before (or after) at
    ``source_at`` is said of: "X before Y" said as "after X, Y" or "Y after X", the same order."""
    if not reads(source_lang) or not reads(lang):
        return False
    main, said_of = _sides(source, source_part, source_at, source_lang)
    only_main, only_said_of = main - said_of, said_of - main
    if not only_main or not only_said_of:
        return False
    t_main, t_said_of = _sides(translation, part, at, lang)
    return bool(t_said_of & only_main and t_main & only_said_of and not t_said_of & only_said_of
                and not t_main & only_main)


def only(text: str, part: tuple[int, int], at: int, lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """(the events only the main clause names, those only the complement names) of the before or after at
    ``at`` in ``part`` of ``text`` ("Lávese las manos antes de la inyección": washing, the injection)."""
    main, said_of = _sides(text, part, at, lang)
    return main - said_of, said_of - main

