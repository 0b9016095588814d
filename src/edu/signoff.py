"""Sign-off: a fact a handout prints changed since the handout was last reviewed.

In: the project's handouts and facts, and what the last build recorded of each handout (the
manifest's ``reviews``: its ``version``, its ``reviewed`` date and every fact it printed, as printed
in its own language). Out: a warning for each handout whose facts changed while its ``version``
and ``reviewed`` did not, and the records to keep.

A fact edited in content/facts.yaml reaches every language at the next build with no translator
in the loop (numbers are written once, by design), so a dose changed from 50 mg to 40 mg was
printed under the same "Version 1 · Last reviewed" line as the sheets already in patients'
folders, and nothing said so. A handout's record stays as it was at its last review until the
author raises ``version:`` or sets ``reviewed:``; until then every build names the changed facts.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import Any

from .config import Settings
from .factformat import format_fact, placeholders
from .facts import FACTS_PATH
from .model import Fact, Handout

CODE = "unreviewed-change"


def printed_facts(handout: Handout, facts: dict[str, Fact], settings: Settings) -> dict[str, str]:
    """Fact id -> the fact as the handout's own language prints it ("50 mg"), for each fact it uses."""
    printed: dict[str, str] = {}
    locale = settings.locale(handout.doc.lang)
    for segment in handout.segments:
        if "{" not in segment.text:
            continue
        try:
            names = placeholders(segment.text)
        except ValueError:  # a stray brace: printed as is (project.py reports it)
            continue
        for name, _spec in names:
            if name in facts and name not in printed:
                printed[name] = format_fact(facts[name], locale)
    return printed


def unreviewed_changes(handouts: Sequence[Handout], facts: dict[str, Fact], settings: Settings,
                       recorded: dict[str, dict[str, Any]]) -> tuple[list[str], dict[str, dict[str, Any]]]:
    """The warnings, ``path:line: message``, and the records to keep, one per handout (by slug)."""
    warnings, kept = [], {}
    for handout in sorted(handouts, key=lambda h: h.doc.path.as_posix()):
        meta = handout.doc.meta
        printed = printed_facts(handout, facts, settings)
        now = {"version": meta.version, "reviewed": meta.reviewed.isoformat(), "facts": printed}
        last = recorded.get(handout.doc.slug)
        if not isinstance(last, dict) or (last.get("version"), last.get("reviewed")) != (now["version"],
                                                                                         now["reviewed"]):
            kept[handout.doc.slug] = now  # new, or reviewed since: what it prints now is what was reviewed
            continue
        kept[handout.doc.slug] = last
        before = last.get("facts")
        before = before if isinstance(before, dict) else {}
        changed = [f"{{{name}}} from {_plain(before[name])} to {_plain(value)}" for name, value in printed.items()
                   if name in before and isinstance(before[name], str) and _plain(before[name]) != _plain(value)]
        if changed:
            line = meta.lines.get("version", 1)
            warnings.append(
                f"{handout.doc.path.as_posix()}:{line}: {FACTS_PATH} changed {', '.join(changed)} since this "
                f"handout was reviewed (version {meta.version}, reviewed {meta.reviewed.isoformat()}): every edition "
                "now prints the new value under the old version line, like the sheets already handed out; have it "
                f"reviewed, then raise `version:` or set `reviewed:` [{CODE}]")
    return warnings, kept


def _plain(value: str) -> str:
    """A printed value as a reader sees it: its no-break spaces as spaces, without the invisible
    characters typesetting adds (a word joiner after a unit's slash: "mg/\u2060kg"). A new edu that
    only keeps "8 mg/kg" on one line has changed no fact a reviewer signed."""
    return "".join(" " if unicodedata.category(c) == "Zs" else c for c in value if unicodedata.category(c) != "Cf")
