"""Reviewed exceptions in a handout's own text: ``<!-- edu-ok: alt -->`` on the line before a
block says its author looked at that block's ``[alt]`` warning and decided (a picture that only
decorates has no alt text on purpose), as ``# edu-ok:CODE`` does for a translator's entry.

In: a handout and the problems of its source edition. Out: the problems no exception covers, and
a warning at each exception that covers none of its codes (a typo, or a warning gone since: a
stale exception is said, never silently kept). Only warnings at the block's own lines are
covered; errors never are. An exception names one or more codes: ``<!-- edu-ok: alt, link-text -->``.
A warning about what the whole handout lacks (``numbered-steps``, ``when-to-call``: a handout on
where to park has no steps to number) has no block: an exception naming it anywhere in the handout
covers it.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from .findings import WARNING
from .model import Handout
from .plainlang import WHOLE_HANDOUT_RULES
from .problems import Problem

CODE = "edu-ok"
EXCEPTION_RE = re.compile(r"^\s*<!--\s*edu-ok\s*:\s*(?P<codes>[^>]*?)\s*-->\s*$")


@dataclass(frozen=True)
class Accepted:
    """One ``<!-- edu-ok: … -->`` comment: the warnings it accepts, and where."""

    line: int  # the comment's
    codes: tuple[str, ...]
    covers: range  # the lines of the block below it


def exceptions(handout: Handout) -> list[Accepted]:
    """Each ``<!-- edu-ok: … -->`` line of the handout, with the lines of the block below it (up
    to the next blank line; other comments between them, such as an i18n note, belong to it)."""
    doc = handout.doc
    if "edu-ok" not in doc.body:
        return []
    lines = doc.body.splitlines()
    found = []
    for index, text in enumerate(lines):
        if not (m := EXCEPTION_RE.match(text)):
            continue
        end = index + 1
        while end < len(lines) and lines[end].strip():
            end += 1
        codes = tuple(code for code in re.split(r"[\s,]+", m["codes"]) if code)
        found.append(Accepted(doc.body_line + index, codes, range(doc.body_line + index + 1, doc.body_line + end)))
    return found


def reviewed(handout: Handout, problems: list[Problem], judged: Collection[str] | None = None) -> list[Problem]:
    """``problems`` without the warnings an exception of the handout covers, and a warning at each
    exception's code that covers nothing, of the codes ``problems`` was ``judged`` for (all if None:
    a build judges the accessibility of the text, not its plain language)."""
    found = exceptions(handout)
    if not found:
        return problems
    path = handout.doc.path.as_posix()
    kept, used = [], set()
    for problem in problems:
        by = next((e for e in found if problem.path == path and problem.severity == WARNING
                   and problem.code in e.codes and (problem.line in e.covers or problem.code in WHOLE_HANDOUT_RULES)),
                  None)
        if by is None:
            kept.append(problem)
        else:
            used.add((by.line, problem.code))
    for exception in found:
        for code in exception.codes or ("",):
            if (exception.line, code) not in used and (judged is None or not code or code in judged):
                kept.append(Problem(path, exception.line, WARNING, CODE,
                                    f"edu-ok: no [{code}] warning in the block below to accept: a mistyped code, or a "
                                    "warning fixed since; remove it" if code else
                                    "edu-ok names no code: write the code of the warning it accepts, such as "
                                    "<!-- edu-ok: alt -->"))
    return kept
