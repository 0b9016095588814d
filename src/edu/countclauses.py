"""QA, part of the number check: the clause of each count countbindings.py binds, where a text
counts a thing twice: a clause ends at the language's clause break, and where it still counts a thing
twice, at the fewest commas that part each thing's counts, and where no comma parts them, where it says
the same things again in turns ("2 tablets on day 1 with 1 tablet on day 2").

In: a text's counts bound (in its order), the text in lower case, the language's clause break. Out:
each count with its clause.
"""

from __future__ import annotations

import re
from itertools import groupby
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # (countbindings imports this module)
    from .countbindings import Bound

_COMMA = re.compile(r",(?!\d)")  # (never a decimal's: "1,5")


def in_clauses(found: list[Bound], lowered: str, clause_break: re.Pattern[str]) -> list[Bound]:
    """Each bound count with its clause: a clause ends at ``clause_break``, and where it counts a thing
    twice ("2 tablets on day 1, 1 tablet on day 2"), at the fewest commas that part each thing's counts
    (never where it counts each once: "El día 1, tome 2 tabletas" is one clause), and where no comma
    parts them, where it says the same things again in the same order ("2 tablets on day 1 with 1
    tablet on day 2")."""
    clauses = [0] * len(found)
    for i in range(1, len(found)):
        # (a little past the next count: a break may look at its number, "u 8")
        cut = clause_break.search(lowered, found[i - 1].end, found[i].start + 2)
        clauses[i] = clauses[i - 1] + (cut is not None and cut.start() < found[i].start)
    if _counts_twice(found, clauses):  # (seldom)
        clauses = _cut_at_commas(found, clauses, lowered)
        if _counts_twice(found, clauses):
            clauses = _cut_in_turns(found, clauses)
    return [bound._replace(clause=clause) for bound, clause in zip(found, clauses, strict=True)]


def _counts_twice(found: list[Bound], clauses: list[int]) -> bool:
    """Whether a clause counts a thing twice."""
    return len(set(zip(clauses, (bound.key for bound in found), strict=True))) < len(found)


def _cut_in_turns(found: list[Bound], clauses: list[int]) -> list[int]:
    """The clause of each count where a clause that says the same things in the same order twice or
    more, each once a turn (a thing, a day; a thing, a day: "2 tablets on day 1 with 1 tablet on day
    2", "el día 1 2 tabletas el día 2 1 tableta"), is cut where each turn starts; any other clause
    that counts a thing twice stays as it is (and passes: which count goes with which is unsure)."""
    out: list[int] = []
    clause = -1
    for _clause, group in groupby(range(len(found)), key=clauses.__getitem__):
        places = list(group)
        turn = _turn([found[i].key for i in places])
        for n in range(len(places)):
            clause += n == 0 or (turn > 0 and n % turn == 0)
            out.append(clause)
    return out


def _turn(keys: list[str]) -> int:
    """How many things ``keys`` says a turn, where it says two or more, each once, in each of two or
    more turns: the same order in each, 2 for (tablet, day, tablet, day); or another order, where
    each thing's partners are nearer in its own turn than in any other, 2 for (day, tablet, tablet,
    day: "el día 1 tome 2 tabletas con 1 tableta el día 2"); or 0."""
    for turn in range(2, len(keys) // 2 + 1):
        if len(keys) % turn or len(set(keys[:turn])) < turn:
            continue
        turns = [keys[at : at + turn] for at in range(0, len(keys), turn)]
        if all(said == turns[0] for said in turns) or (
                all(sorted(said) == sorted(turns[0]) for said in turns) and _nearest_in_turns(keys, turn)):
            return turn
    return 0


def _nearest_in_turns(keys: list[str], turn: int) -> bool:
    """Whether each thing of ``keys``, said in turns of ``turn`` things, has each partner of its own
    turn strictly nearer (in things between) than the same thing in any other turn: a binding that
    is sure whatever the order in each turn."""
    for i in range(len(keys)):
        own = range(i - i % turn, i - i % turn + turn)
        for j in own:
            if j != i and any(abs(m - i) <= abs(j - i) for m in range(len(keys))
                              if keys[m] == keys[j] and m not in own):
                return False
    return True


def _cut_at_commas(found: list[Bound], clauses: list[int], lowered: str) -> list[int]:
    """The clause of each count where a clause that counts a thing twice is cut at commas."""
    out: list[int] = []
    clause = -1
    for _clause, places in groupby(range(len(found)), key=clauses.__getitem__):
        said = [found[i] for i in places]
        cuts = _comma_cuts(said, lowered)
        for i in range(len(said)):
            clause += i == 0 or i - 1 in cuts
            out.append(clause)
    return out


def _comma_cuts(said: list[Bound], lowered: str) -> set[int]:
    """Where a clause that counts a thing twice is cut at its commas: after which of its counts, the
    fewest cuts that part each two counts of one thing, each at the last comma between them ("On day
    1, 2 tablets, on day 2, 1 tablet" is cut after "2 tablets"); a thing whose counts no comma parts
    stays counted twice in its clause (and passes)."""
    commas = [i for i in range(len(said) - 1) if _COMMA.search(lowered, said[i].end, said[i + 1].start)]
    last: dict[str, int] = {}
    twice = []  # (first, second): the places of two counts of one thing, one after the other
    for i, bound in enumerate(said):
        if bound.key in last:
            twice.append((last[bound.key], i))
        last[bound.key] = i
    cuts: set[int] = set()
    for first, second in twice:  # (in the order of the second: the fewest cuts)
        parting = [cut for cut in commas if first <= cut < second]
        if parting and not any(first <= cut < second for cut in cuts):
            cuts.add(parting[-1])
    return cuts
