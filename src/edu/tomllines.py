"""Where a key of ``[tool.edu]`` is written in pyproject.toml (tomllib gives values, not lines): for
errors and warnings at ``pyproject.toml:LINE``."""

from __future__ import annotations

import re


def line_of(text: str, key: str) -> int | None:
    """The line of ``key = ...`` (or of its ``[tool.edu.key]`` table) inside ``[tool.edu]``."""
    inside = False
    for number, line in enumerate(text.splitlines(), 1):
        header = re.match(r"\s*\[+\s*([^\]]+?)\s*\]", line)
        if header:
            inside = header.group(1) == "tool.edu" or header.group(1).startswith("tool.edu.")
            if header.group(1) == f"tool.edu.{key}":
                return number
        elif inside and re.match(rf"\s*{re.escape(key)}\s*=", line):
            return number
    return None


def key_line(text: str, table: str, key: str) -> int | None:
    """The line of ``key = ...`` in the ``[tool.edu.<table>]`` table, or None (an inline table, or a
    key not written: line_of(text, table) then gives the table's own line)."""
    inside = False
    for number, line in enumerate(text.splitlines(), 1):
        header = re.match(r"\s*\[+\s*([^\]]+?)\s*\]", line)
        if header:
            inside = header.group(1) == f"tool.edu.{table}"
        elif inside and key and re.match(rf"""\s*["']?{re.escape(key)}["']?\s*=""", line):
            return number
    return None


def table_line(text: str) -> int | None:
    """The line of the ``[tool.edu]`` table's header."""
    found = re.search(r"^\s*\[\s*tool\.edu\s*\]", text, re.MULTILINE)
    return text.count("\n", 0, found.start()) + 1 if found else None
