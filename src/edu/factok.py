"""Reviewed exceptions in content/facts.yaml: ``# edu-ok: unused-fact`` after a fact's key on its line
(``crcl:  # edu-ok: unused-fact``, as the file's comments are written) or on its own line directly
above the key says its author kept on purpose a fact no handout prints (one the next edition cites, or
kept for the pharmacist's reference), as ``<!-- edu-ok: CODE -->`` does for a handout's block and
``# edu-ok:CODE`` for a translator's entry.

The file is read by a safe YAML loader, which drops comments: its lines are read here, as its facts'
lines are found. In: the file's text and the facts' ``[unused-fact]`` warnings. Out: the warnings no
exception covers, and a ``[edu-ok]`` warning at each exception that covers nothing (a typo, a fact
printed since, a code no exception here accepts, or a comment not above a fact's key): a stale
exception is said, never silently kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .findings import WARNING
from .problems import Problem

CODE = "edu-ok"
ACCEPTED = ("unused-fact",)  # dose-notation is the Joint Commission's: fixed, never accepted
_EXCEPTION_RE = re.compile(r"(?:^|\s)#\s*edu-ok\s*:(?P<codes>.*)$")
_WRITE = "# edu-ok: unused-fact on the fact's key line, after the key, or on its own line directly above it"


@dataclass(frozen=True)
class Accepted:
    """One ``# edu-ok: …`` comment of facts.yaml, with the key line it stands above (0: none)."""

    line: int
    codes: tuple[str, ...]
    key_line: int


def exceptions(text: str) -> list[Accepted]:
    """Each ``# edu-ok`` comment of ``text`` (facts.yaml). One after a key at the line's start, and
    comment lines directly above such a key, belong to it; any other place (among a fact's fields,
    above a blank line) is above no fact's key."""
    if "edu-ok" not in text:
        return []
    lines = text.splitlines()
    found = []
    for index, line in enumerate(lines):
        if "edu-ok" not in line or not (m := _EXCEPTION_RE.search(line)):
            continue
        below = index + 1
        while below < len(lines) and lines[below].lstrip().startswith("#"):
            below += 1
        codes = tuple(code for code in re.split(r"[\s,]+", m["codes"]) if code)
        if line.lstrip().startswith("#"):  # on its own line: the key below it
            found.append(Accepted(index + 1, codes, below + 1 if below < len(lines) and _key(lines[below]) else 0))
        else:  # after a key, on its line ("crcl:  # edu-ok: unused-fact", the file's comment style)
            found.append(Accepted(index + 1, codes, index + 1 if _key(line[:m.start()]) else 0))
    return found


def _key(line: str) -> bool:
    """Whether ``line`` opens a fact: a key at the line's start ("crcl:"), not a field of one."""
    return line[:1] not in ("", " ", "\t", "-", "#") and ":" in line


def reviewed(text: str, fact_lines: dict[int, str], unused: list[Problem], path: str) -> list[Problem]:
    """``unused`` without the warnings an exception of ``text`` accepts (``fact_lines``: each fact's
    key line -> its id), and an ``[edu-ok]`` warning at each exception that accepts nothing."""
    found = exceptions(text)
    if not found:
        return unused
    accepted = {e.key_line for e in found if "unused-fact" in e.codes}
    kept = [problem for problem in unused if problem.line not in accepted]
    warned = {problem.line for problem in unused}
    for exception in found:
        fact = fact_lines.get(exception.key_line)
        if fact is None:
            kept.append(_warning(path, exception, f"edu-ok: above no fact's key, it accepts nothing: write {_WRITE}"))
            continue
        for code in exception.codes or ("",):
            if not code:
                why = f"edu-ok names no code: write {_WRITE}"
            elif code not in ACCEPTED:
                why = (f"edu-ok: [{code}] cannot be accepted here, only [unused-fact] (a fact no handout prints): "
                       "fix what the warning says, and remove this")
            elif exception.key_line not in warned:
                why = f"edu-ok: a handout prints {{{fact}}}, so there is no [unused-fact] warning to accept; remove it"
            else:
                continue
            kept.append(_warning(path, exception, why))
    return kept


def _warning(path: str, exception: Accepted, why: str) -> Problem:
    return Problem(path, exception.line, WARNING, CODE, why)
