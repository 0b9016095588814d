"""The fixed part of any HTML-only build of a project, with the libraries edu must use.

    python bench/html_floor.py PROJECT   (run it as a process: its CPU time is the measure)

Starts Python, imports what an HTML build needs (Babel, Jinja2, Python-Markdown, nh3, PyYAML),
reads every catalog with Babel's ``read_po`` and every Markdown file. No segmenting, checking or
rendering: the throughput of this process bounds what ``edu build --format html`` can reach.
"""

from __future__ import annotations

import sys
from pathlib import Path

import jinja2  # noqa: F401  (imported for its cost, as an HTML build imports it)
import markdown  # noqa: F401
import nh3  # noqa: F401
import yaml  # noqa: F401
from babel.messages.pofile import read_po


def main(root: Path) -> None:
    for po in sorted((root / "locale").rglob("*.po")):
        with po.open("rb") as fileobj:
            read_po(fileobj)
    for md in sorted((root / "content").rglob("*.md")):
        md.read_text(encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
