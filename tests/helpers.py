"""Small helpers shared by the end-to-end tests: run the CLI in-process and read PDFs back."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from edu.cli import main


def run(capsys: pytest.CaptureFixture[str], root: Path, *args: str) -> tuple[int, str, str]:
    """``edu -C root ARGS`` in this process: (exit status, stdout, stderr)."""
    code = main(["-C", str(root), *args])
    out, err = capsys.readouterr()
    return code, out, err


def front_matter(title: str = "A title", summary: str = "A summary.") -> str:
    """The front matter of a small patient handout for tests."""
    return (f"---\ntitle: {title}\nsummary: {summary}\naudience: patient\ntopic: example\n"
            "reviewed: 2026-11-20\nversion: 1\nreferences: []\n---\n")


def pdf_text(path: Path) -> str:
    """The text a reader (or screen reader) gets out of a PDF, whitespace collapsed."""
    reader = PdfReader(str(path))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def po_line(po: Path, msgid: str) -> int:
    """The 1-based line of ``msgid "..."`` in a .po file."""
    for number, line in enumerate(po.read_text(encoding="utf-8").splitlines(), 1):
        if line == f'msgid "{msgid}"':
            return number
    raise AssertionError(f"{msgid!r} not in {po}")


def record_calls(monkeypatch: pytest.MonkeyPatch, owner: object, name: str, what: Callable[..., Any]) -> list[Any]:
    """From now on, every call of ``owner.name`` is recorded as ``what(*args)`` and then made."""
    seen: list[Any] = []
    real = getattr(owner, name)

    def spy(*args: Any, **kwargs: Any) -> Any:
        seen.append(what(*args))
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, spy)
    return seen
