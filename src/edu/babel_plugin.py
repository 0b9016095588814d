"""A Babel extractor for handouts, so ``pybabel extract`` finds the same messages as ``edu extract``.

Registered under the ``babel.extractors`` entry point as ``edu_markdown``; map it in a Babel
config, e.g. in pyproject.toml::

    [[tool.babel.mappings]]
    method = "edu_markdown"
    pattern = "content/en/**.md"
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping
from pathlib import Path
from typing import IO, Any

from .content import parse_front_matter, split_front_matter
from .model import Document
from .segments import segment_document


def extract_markdown(fileobj: IO[bytes], keywords: Mapping[str, Any], comment_tags: Collection[str],
                     options: Mapping[str, Any]) -> Iterator[tuple[int, str | None, Any, list[str]]]:
    """Yield ``(lineno, funcname, message, comments)`` for every segment of a handout."""
    name = Path(getattr(fileobj, "name", "handout.md"))
    text = fileobj.read().decode("utf-8-sig")  # past a byte order mark, as `edu extract` reads it (content.py)
    header, body, body_line = split_front_matter(text, name)
    meta = parse_front_matter(header, name)
    doc = Document(name, name.stem, name.parent.name, meta, body, body_line)
    for segment in segment_document(doc).segments:
        if segment.skip:
            continue
        comments = list(segment.notes)
        if segment.context:
            yield segment.line, "pgettext", (segment.context, segment.text), comments
        else:
            yield segment.line, None, segment.text, comments
