"""Errors: what the library raises; the CLI turns them into one line and exit status 1.

``str()`` of a located error is ``path:line: message`` so that editors and CI annotate it.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence
from pathlib import Path


def closest(word: str, known: Iterable[str]) -> str | None:
    """The known name a mistyped one most likely meant ("exa_dos" -> "exa_dose"), or None."""
    close = difflib.get_close_matches(word, list(known), n=1, cutoff=0.75)
    return close[0] if close else None


class EduError(Exception):
    """A problem in the user's files or settings (exit status 1)."""


class SourceError(EduError):
    """A problem at a known place: a file and, where it exists, a line."""

    def __init__(self, message: str, path: Path | str, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = Path(path)
        self.line = line

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else f"{self.path}"
        return f"{where}: {self.message}"


class ErrorList(EduError):
    """Several located problems found in one pass; reported together, then fail once."""

    def __init__(self, errors: list[SourceError]) -> None:
        super().__init__("\n".join(str(e) for e in errors))
        self.errors = errors


class UsageError(EduError):
    """The command line asked for something impossible (exit status 2)."""


def opened(found: Sequence[SourceError | ErrorList]) -> list[SourceError]:
    """The collected errors, an ``ErrorList`` among them opened up."""
    return [e for item in found for e in (item.errors if isinstance(item, ErrorList) else [item])]


def raise_all(found: Sequence[SourceError | ErrorList]) -> None:
    """Raise the collected errors: one as itself, several as an ``ErrorList``."""
    errors = opened(found)
    if len(errors) == 1:
        raise errors[0]
    if errors:
        raise ErrorList(errors)
