"""Incremental builds, part 2: ``<out>/.edu-manifest.json``, what each output in the folder was made from.

An output is up to date when its inputs digest equals the recorded one and the file on disk is
the one that was written (same size and time, or, in a copy of the folder that gave its files new
times, the same bytes). A PDF made with problems (what WeasyPrint logged while it rendered it: an
unknown CSS property, an image it refused) is a complete file, up to date as any other: the same
inputs make the same PDF and the same problems, so every build that keeps it says them again from
its record (and ends with status 1) without loading WeasyPrint to make it again, as it says the
checks' warnings again. A file that could not be made has no record: the next build tries it again.

A record is added only after its file is in place, and the manifest itself is replaced
atomically, so after a crash it never claims a file that is not there: at worst it forgets one,
which the next build makes again.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from .atomic import Written, atomic_write
from .fingerprint import file_sha256

MANIFEST_NAME = ".edu-manifest.json"
FORMAT = 1  # bump when the layout changes: an old manifest is then ignored (everything rebuilt)


@dataclass(frozen=True)
class Record:
    """One output file and what it was made from."""

    key: str  # digest of all its inputs
    inputs: dict[str, str]  # input group (entries, templates, …) -> digest, to say why it was rebuilt
    format: str  # html | pdf | bilingual (the --format that makes it), index or asset
    slug: str  # the handout; "" for index pages and assets
    langs: tuple[str, ...]  # languages on the page
    sha256: str  # of the file's bytes
    size: int  # the file's size when written
    mtime_ns: int  # the file's time when written: a file changed by hand is rebuilt
    page: str = ""  # PDFs: digest of the HTML page and renderer it was made from
    problems: tuple[str, ...] = ()  # what WeasyPrint logged making it: said again by every build that keeps it
    pages: int = 0  # PDFs: its number of pages (a patient handout over its limit is warned of again)

    def written(self, out: Path, target: str, by_bytes: bool = True) -> bool:
        """The file is still the one this record describes: its size and time, else (a project copied
        with `cp -r` or unpacked from an archive: new times; unless not ``by_bytes``) its bytes. A file
        edited by hand differs."""
        try:
            stat = (out / target).stat()
        except OSError:
            return False
        if stat.st_size != self.size:
            return False
        return stat.st_mtime_ns == self.mtime_ns or (by_bytes and _sha256(out / target) == self.sha256)


RECORD_FIELDS = fields(Record)


def retimed(record: Record, path: Path) -> Record:
    """The record with its file's time now (the same bytes, found by ``written``), so that the next
    build compares times again rather than bytes."""
    try:
        mtime = path.stat().st_mtime_ns
    except OSError:
        return record
    return record if mtime == record.mtime_ns else replace(record, mtime_ns=mtime)


def _sha256(path: Path) -> str:
    """The hex SHA-256 of a file's bytes (fingerprint.file_sha256, read once per version), "" if unreadable."""
    try:
        return file_sha256(path).hex()
    except OSError:
        return ""


@dataclass
class Manifest:
    """Every output of one build folder, and the catalog entries each edition used."""

    outputs: dict[str, Record] = field(default_factory=dict)  # target -> record
    editions: dict[str, dict[str, Any]] = field(default_factory=dict)  # "<lang>/<slug>" -> entries, facts
    options: dict[str, Any] = field(default_factory=dict)  # of the last build, for people reading it
    versions: dict[str, str] = field(default_factory=dict)  # library versions of the last build
    last: dict[str, Any] = field(default_factory=dict)  # snapshot of the inputs of the last complete build, and
    #   its problems, skipped editions and warnings, to replay when nothing has changed since

    def replay(self, out: Path, snapshot: str) -> dict[str, Any] | None:
        """The last build's report if it saw exactly these inputs and every output is still in place.
        Not when a file of it failed: as make and ninja do, a failed target is never up to date (a PDF
        stopped by the time limit on a loaded machine is tried again by the next build, not said to
        have failed again until --force). A PDF made with problems is complete: they are replayed."""
        if self.last.get("snapshot") != snapshot or self.last.get("failed"):
            return None
        # by times only: a copied folder (new times) goes through a build, which finds its files the
        # same by their bytes and records their times, so that its next no-op compares times again
        if not all(record.written(out, target, by_bytes=False) for target, record in self.outputs.items()):
            return None
        return self.last

    def up_to_date(self, out: Path, target: str, key: str) -> bool:
        record = self.outputs.get(target)
        if record is None or record.key != key or not record.written(out, target):
            return False
        self.outputs[target] = retimed(record, out / target)
        return True

    def add(self, target: str, record: Record, written: Written | None = None) -> None:
        if written is not None:
            record = replace(record, sha256=written.sha256, size=written.size, mtime_ns=written.mtime_ns)
        self.outputs[target] = record

    def changed_inputs(self, target: str, inputs: dict[str, str]) -> list[str]:
        """The input groups that differ from the last build ("new" for an output never built)."""
        record = self.outputs.get(target)
        if record is None:
            return ["new"]
        return [group for group in sorted(set(inputs) | set(record.inputs))
                if inputs.get(group) != record.inputs.get(group)]

    def changed_entries(self, edition: str, entries: dict[str, str]) -> list[str]:
        """The msgids of an edition whose catalog entry changed since the last build."""
        old = self.editions.get(edition, {}).get("entries", {})
        return [msgid.split("\x04")[-1] for msgid in sorted(set(entries) | set(old))
                if entries.get(msgid) != old.get(msgid)]


def read_manifest(out: Path) -> Manifest:
    """The manifest of ``out``; empty (so everything is rebuilt) if missing, unreadable or old."""
    try:
        data = json.loads((out / MANIFEST_NAME).read_text(encoding="utf-8"))
        if data.get("format") != FORMAT:
            return Manifest()
        outputs = {target: Record(**{**fields, "langs": tuple(fields["langs"]),
                                     "problems": tuple(fields.get("problems", ()))})
                   for target, fields in data["outputs"].items()}
        if not all(_inside(target) for target in outputs):  # a build removes what its manifest lists
            return Manifest()
        return Manifest(outputs, data.get("editions", {}), data.get("options", {}), data.get("versions", {}),
                        data.get("last", {}))  # an older build's "reviews": now content/signoff.yaml
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return Manifest()


def _inside(target: str) -> bool:
    """True for a path edu writes: relative, in the build folder ("en/x.html", never "../x" or "/x")."""
    parts = target.split("/")
    return bool(target) and "\\" not in target and ":" not in target and all(p not in ("", ".", "..") for p in parts)


def _fields(record: Record) -> dict[str, object]:
    """A record as JSON fields (``asdict`` deep-copies every value: too slow when saved often)."""
    return {f.name: getattr(record, f.name) for f in RECORD_FIELDS}


def write_manifest(out: Path, manifest: Manifest) -> None:
    data = {"format": FORMAT, "options": manifest.options, "versions": manifest.versions, "last": manifest.last,
            "outputs": {target: _fields(record) for target, record in sorted(manifest.outputs.items())},
            "editions": dict(sorted(manifest.editions.items()))}
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    atomic_write(out / MANIFEST_NAME, text.encode("utf-8"))
