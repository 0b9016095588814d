"""Facts stage, sources: content/references.yaml -> ``Reference`` records (model.py) by key, each
checked (a title, an issuer, a year, and a url, doi or note saying where a reader finds it) and every
problem reported at once with its line. The facts of facts.yaml name them as their ``source``.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from .content import as_written, compose_yaml, cut_by_comment, mapping_items, node_value, read_source
from .errors import SourceError, raise_all
from .model import Reference

REF_KEY_RE = re.compile(r"^[a-z0-9]+(?:[-_.][a-z0-9]+)*$")
REF_FIELDS = {"title", "issuer", "journal", "year", "url", "doi", "note"}
REFERENCES_PATH = "content/references.yaml"


def load_references(root: Path) -> dict[str, Reference]:
    """Read content/references.yaml; every problem is reported at once with its line."""
    path = Path(REFERENCES_PATH)
    if not (root / path).exists() and not (root / path).is_symlink():
        return {}
    text = read_source(root, path)
    node = compose_yaml(text, path)
    refs, errors = {}, []
    for key, value_node, line in mapping_items(node, path):
        try:
            refs[key] = _reference(key, value_node, line, path, text)
        except SourceError as exc:
            errors.append(exc)
    raise_all(errors)
    return refs


def _reference(key: str, node: Any, line: int, path: Path, text: str) -> Reference:
    if not REF_KEY_RE.match(key):
        raise SourceError(f"reference key {key!r} must be lowercase letters, digits and hyphens", path, line)
    items = mapping_items(node, path)
    fields = {k: node_value(v, path, 0, f"{key}: {k}") for k, v, _ in items}
    lines = {k: n for k, _, n in items}

    def fail(message: str, name: str = "") -> SourceError:
        return SourceError(f"{key}: {message}", path, lines.get(name, line))

    for name, value_node, _ in items:
        if name in ("title", "issuer", "journal", "note") and (cut := cut_by_comment(value_node, text)):
            raise fail(f"{name}: {cut}", name)
        if isinstance(value_node, yaml.ScalarNode) and name in ("title", "issuer", "journal", "note", "year"):
            if name == "year":
                fields[name] = as_written(fields[name], int)
            elif name != "year" and isinstance(fields[name], (int, float)) and not isinstance(fields[name], bool):
                fields[name] = value_node.value  # title: 1984, as written

    unknown = set(fields) - REF_FIELDS
    if unknown:
        raise fail(f"unknown field(s) {', '.join(sorted(unknown))} (known: {', '.join(sorted(REF_FIELDS))})",
                   min(unknown, key=lambda k: lines[k]))
    for name in ("title", "issuer"):
        if not isinstance(fields.get(name), str) or not fields[name].strip():
            raise fail(f"{name} is required", name)
    year = fields.get("year")
    if not isinstance(year, int) or isinstance(year, bool) or not 1800 <= year <= 2200:
        raise fail("year is required (e.g. 2025)", "year")
    url, doi, note = fields.get("url"), fields.get("doi"), fields.get("note")
    if note is not None and (not isinstance(note, str) or not note.strip()):
        raise fail("note must say in words where a reader finds the source", "note")
    if not url and not doi and not note:
        raise fail("give a url, a doi, or a note saying where to find it (such as note: Hospital protocol "
                   "RHEUM-12, 2026, on the intranet)")
    if url and not _web_address(str(url)):
        raise fail("url must start with https:// and name a site", "url")
    if doi and not re.match(r"^10\.\d{4,9}/\S+$", str(doi)):
        raise fail("doi must look like 10.1234/abc (without https://doi.org/)", "doi")
    journal = fields.get("journal")
    if journal is not None and (not isinstance(journal, str) or not journal.strip()):
        raise fail("journal must be the journal's name, volume and pages, such as Nature Medicine 27:1752–1760",
                   "journal")
    return Reference(key, fields["title"].strip(), fields["issuer"].strip(), fields["year"],
                     str(url) if url else None, str(doi) if doi else None, line,
                     journal.strip() if journal else None, note.strip() if note else None)


def _web_address(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("https", "http") and bool(parts.hostname) and not re.search(r"\s", url)
