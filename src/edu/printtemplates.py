"""Incremental builds: the files of templates/ a PDF is made from, so that a change of a template or
stylesheet only web pages use (web.css, screen.css, index.html, notice.html, the site's icon) makes
no PDF again, and a build with nothing else to do starts no PDF worker (no WeasyPrint).

A page is made from the template it renders (handoutpages.py: handout.html, bilingual.html), every
template that one extends, includes or imports (read from its tags), and labels.html (every
page's words). A PDF of one of them is made from every file of templates/ but the templates only
the other pages load: a file no template names (a picture, a font, a stylesheet linked by its
address) may be read by WeasyPrint, whose base address is templates/, so it counts. When a
template names another by an expression (an include of a variable) or cannot be read, what a
page loads is not known before it is rendered: every file counts. (tests/test_incremental_templates.py
checks the templates counted against those Jinja2 loads in a build of PDFs.)

Reading the tags of the dozen templates of a project takes about a millisecond, once per build that
runs the pipeline (a build with nothing changed never gets here).
"""

from __future__ import annotations

import re
from pathlib import Path

from .fingerprint import files_digest, folder_files
from .pagecore import FAVICONS, STYLESHEET

HANDOUT, SIDE_BY_SIDE = "handout.html", "bilingual.html"  # the templates a PDF is rendered from (handoutpages.py)
PRINTED = (HANDOUT, SIDE_BY_SIDE)
WORDS = "labels.html"  # every page's words (pagecore.PageCore.labels)
WEB = (STYLESHEET, "index.html", "notice.html")  # the templates only web pages are rendered from


def print_digests(templates_dir: Path) -> dict[str, str]:
    """For each template of PRINTED: the digest of the files of ``templates_dir`` a PDF rendered
    from it is made from (fingerprint.Environment.printed_from)."""
    files = folder_files(templates_dir)  # as the web pages' (hidden files and editor backups aside)
    named: dict[str, list[str | None] | None] = {}
    found = {name: _loaded(templates_dir, name, named) for name in (*PRINTED, WORDS, *WEB)}
    loads = {name: x for name, x in found.items() if x is not None}
    if len(loads) < len(found):  # not known before rendering: every file counts
        return dict.fromkeys(PRINTED, files_digest(templates_dir, files))
    digests = {}
    for name in PRINTED:
        own = loads[name] | loads[WORDS]
        unused = set(FAVICONS).union(*(loads[x] for x in (*PRINTED, *WEB) if x != name)) - own
        digests[name] = files_digest(templates_dir, [p for p in files
                                                     if p.relative_to(templates_dir).as_posix() not in unused])
    return digests


def _loaded(templates_dir: Path, name: str, named: dict[str, list[str | None] | None]) -> set[str] | None:
    """The templates a render of ``name`` loads: it and those it extends, includes or imports, and
    theirs; None when one names another by an expression or cannot be read. A template
    that is not there loads nothing (rendering it says so). ``named``: what each template names,
    read once per build."""
    found: set[str] = set()
    todo = [name]
    while todo:
        current = todo.pop()
        if current in found or not (templates_dir / current).is_file():
            continue
        found.add(current)
        if current not in named:
            named[current] = _names(templates_dir / current)
        names = named[current]
        if names is None or None in names:
            return None
        todo += [x for x in names if x is not None]
    return found


# a tag that may name a template, and how one that names it by a plain string is written
TAG = re.compile(r"{%[-+]?\s*(?:extends|include|import|from)\b(.*?)[-+]?%}", re.DOTALL)
CONTEXT = r"(?:(?:with|without)\s+context\s*)?"  # after the name, or after "as m" (import "m.html" as m with context)
PLAIN = re.compile(r"""\s*(["'])([^"'\\{}]+)\1\s*(?:ignore\s+missing\s*)?""" + CONTEXT
                   + r"(?:as\s+\w+\s*|import\s+[\w\s,]+)?" + CONTEXT)


def _names(path: Path) -> list[str | None] | None:
    """The templates the template at ``path`` names in its tags (None: by an expression, or a tag
    read otherwise than Jinja2 reads one); None if it cannot be read. A tag in a comment or a raw
    block counts too: one file more than needed, never one less. A regular expression, not
    Jinja2's parser (the parse of the page templates took 35 ms a build, this takes under 1 ms)."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return None
    return [plain[2] if (plain := PLAIN.fullmatch(tag)) else None for tag in TAG.findall(text)]
