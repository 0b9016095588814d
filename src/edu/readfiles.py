"""Incremental builds: the files of the project one build read, each as it was when it was read.

A page or PDF is recorded as made from the files its render read (printtemplates.py): their
digests must be those of the bytes read, not of the files as they are once the render is done
(a template or stylesheet saved during a build was recorded as new, and the next build kept a
page or PDF made from the old one). The templates' loader (templating.ProjectTemplates) and the
PDF workers' fetcher (pdfworker.py) say here what they read (``saw``), within a build
(``seeing``); the digests of a page's reads are then those (fingerprint.reads_digest). A file read
twice in one build, different each time, is recorded as ``CHANGED``: no digest of a file matches
it, so what read it is made again by the next build.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar

CHANGED = b""  # a file read twice in one build, different each time (as no file's SHA-256 is)
TEMPLATES = "templates"  # the project's folder of templates, as the files read are named (project-relative)

_SEEN: ContextVar[dict[str, bytes] | None] = ContextVar("edu_files_seen", default=None)


@contextmanager
def seeing() -> Iterator[dict[str, bytes]]:
    """The files read within (project-relative name -> SHA-256 of the bytes read)."""
    seen: dict[str, bytes] = {}
    token = _SEEN.set(seen)
    try:
        yield seen
    finally:
        _SEEN.reset(token)


def seen() -> Mapping[str, bytes]:
    """What the build under way read so far (nothing outside one)."""
    return _SEEN.get() or {}


def saw(name: str, sha256: bytes) -> None:
    """The build under way read the file ``name`` (project-relative) with these bytes' digest."""
    found = _SEEN.get()
    if found is not None:
        found[name] = sha256 if found.get(name, sha256) == sha256 else CHANGED


def saw_template(name: str, data: bytes) -> None:
    """The loader read the template ``name`` (as a page names it) as ``data``."""
    saw(f"{TEMPLATES}/{name}", hashlib.sha256(data).digest())


def saw_all(reads: Iterable[tuple[str, str]]) -> None:
    """What a PDF worker read (name, hex SHA-256), as it read it."""
    for name, sha256 in reads:
        saw(name, bytes.fromhex(sha256))


def as_read(names: Iterable[str]) -> tuple[tuple[str, str], ...]:
    """(name, hex SHA-256) of each of ``names`` the build under way read, for a PDF worker."""
    found = seen()
    return tuple((name, found[name].hex()) for name in sorted(set(names)) if name in found)
