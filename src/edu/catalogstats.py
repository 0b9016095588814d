"""Catalog stage, statistics: messages -> ``Counts`` (translated, fuzzy, untranslated), and a message's
location -> the handout it comes from, for ``edu stats`` and the QA checks. Reporting only: no build
output depends on it, so it is outside the build's code digest (fingerprint.NOT_BUILD_CODE).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from babel.messages.catalog import Message


@dataclass(frozen=True)
class Counts:
    """Translation coverage of a set of messages; fuzzy is never counted as translated."""

    translated: int  # non-empty and not fuzzy
    fuzzy: int  # has a suggestion a translator must review
    untranslated: int  # empty

    @property
    def total(self) -> int:
        return self.translated + self.fuzzy + self.untranslated

    @property
    def percent(self) -> float:
        return 100.0 * self.translated / self.total if self.total else 100.0


def counts(messages: Iterable[Message]) -> Counts:
    translated = fuzzy = untranslated = 0
    for message in messages:
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if not all(strings):
            untranslated += 1
        elif message.fuzzy:
            fuzzy += 1
        else:
            translated += 1
    return Counts(translated, fuzzy, untranslated)


def handout_of(location: tuple[str, Any]) -> str:
    """``content/en/anakinra-risks.md`` -> ``anakinra-risks``; template strings -> ``templates``."""
    path = Path(location[0])
    return path.stem if path.parts and path.parts[0] == "content" else "templates"
