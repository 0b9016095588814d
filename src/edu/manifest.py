"""Incremental builds, part 2: ``<out>/.edu-manifest.json``, what each output in the folder was made from.

An output is up to date when its inputs digest equals the recorded one and the file on disk is
the one that was written (same size and time, or, in a copy of the folder that gave its files new
times, the same bytes). A PDF made with problems (what WeasyPrint logged while it rendered it: an
unknown CSS property, an image it refused) is a complete file, up to date as any other: the same
inputs make the same PDF and the same problems, so every build that keeps it says them again from
its record (and ends with status 1) without loading WeasyPrint to make it again, as it says the
checks' warnings again. A file that could not be made has no record: the next build tries it again.

A record is added only after its file is in place, and the manifest itself is replaced
atomically, so after a crash it never claims a file that is not there. While PDFs are made it is
saved once a second (a large one takes a while to write); the record of each PDF done since is
appended to ``.edu-manifest.journal`` as it arrives, so a build killed then (SIGKILL, out of
memory) leaves no PDF in place for the next build to make again: a journal's record counts when
its file is still the one it describes. A file no record describes yet is said in the journal
before it is written (``Manifest.intend``): a build killed once it was in place left a file no
build knew of, which stayed when its handout was deleted; the next build takes it for a file of
unknown inputs, to make again or remove.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from .atomic import Written, atomic_write
from .fingerprint import file_sha256

MANIFEST_NAME = ".edu-manifest.json"
JOURNAL_NAME = ".edu-manifest.journal"  # the records added since the manifest was last saved (``journal``)
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
    loads: tuple[str, ...] = ()  # pages and PDFs: the templates its render loaded (printtemplates.py), project-relative
    fetched: tuple[str, ...] = ()  # PDFs: the files of the project WeasyPrint read making it (a stylesheet, a picture)

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
    intended: dict[str, Record] = field(default_factory=dict)  # files being written that no record describes yet
    # PDF workers may be appending to the journal (pdfworker.journaled): a save leaves it as it is (replaced,
    # it lost the lines of the PDFs whose results the build had not read yet; ``write_manifest``)
    appending: bool = False

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
        self.intended.pop(target, None)

    def forget(self, target: str) -> bool:
        """Drop the record of ``target`` (its file removed); whether there was one."""
        self.intended.pop(target, None)
        return self.outputs.pop(target, None) is not None

    def intend(self, out: Path, records: dict[str, Record]) -> None:
        """Say in the journal of ``out``, before they are written, the files of ``records`` (of no
        key, no file: their format, handout, languages, whether a draft's) that no record
        describes: a build killed once one was in place but before the manifest was next saved
        left a file no build knew of (a page of a handout deleted since stayed). One append for
        them all, about 60 µs a file (a first build of 5,000 files: 0.3 s; a rebuild, only for
        its new files); they stay in the journal until they are recorded (``write_manifest``)."""
        new = {target: record for target, record in records.items()
               if target not in self.outputs and target not in self.intended}
        if new:
            self.intended.update(new)
            _append(out, _intents(new))

    def settle(self, out: Path) -> bool:
        """At a build's end (even by an error or Ctrl-C), drop what it meant to write and did not
        (no file in place: a full disk, a failed page): the journal then names only files in place
        that no record describes. Whether any was dropped."""
        gone = [target for target in self.intended if not (out / target).exists()]
        for target in gone:
            del self.intended[target]
        return bool(gone)

    def journal(self, out: Path, target: str) -> None:
        """Append the record of ``target`` (a PDF just put in place) to the journal of ``out``: one
        line of ASCII JSON, begun with a line break, so that a line a kill cut short stays a line of
        its own, found so and skipped (``read_manifest``). Cheap beside the PDF: about 0.1 ms for
        a line of 1.5 kB, where saving the manifest of 2,000 files takes about 0.3 s (once a second)."""
        journal_record(out, target, self.outputs[target])

    def changed_inputs(self, target: str, inputs: dict[str, str]) -> list[str]:
        """The input groups that differ from the last build ("new" for an output never built)."""
        record = self.outputs.get(target)
        if record is None or not record.key:  # none, or of a file a killed build wrote (``_found``)
            return ["new"]
        return [group for group in sorted(set(inputs) | set(record.inputs))
                if inputs.get(group) != record.inputs.get(group)]

    def changed_entries(self, edition: str, entries: dict[str, str]) -> list[str]:
        """The msgids of an edition whose catalog entry changed since the last build."""
        old = self.editions.get(edition, {}).get("entries", {})
        return [msgid.split("\x04")[-1] for msgid in sorted(set(entries) | set(old))
                if entries.get(msgid) != old.get(msgid)]


def journal_record(out: Path, target: str, record: Record) -> None:
    """Append ``record`` of ``target`` to the journal of ``out`` (``Manifest.journal``; a PDF worker
    too, once it put the file in place: pdfworker.journaled)."""
    _append(out, [{"format": FORMAT, "target": target, "record": _fields(record)}])


def read_manifest(out: Path) -> Manifest:
    """The manifest of ``out``, with the records its journal adds (a build killed while it made
    PDFs); empty (so everything is rebuilt) if missing, unreadable or old."""
    return _journaled(out, _read(out))


def _read(out: Path) -> Manifest:
    try:
        data = json.loads((out / MANIFEST_NAME).read_text(encoding="utf-8"))
        if data.get("format") != FORMAT:
            return Manifest()
        outputs = {target: _record(fields) for target, fields in data["outputs"].items()}
        if not all(_inside(target) for target in outputs):  # a build removes what its manifest lists
            return Manifest()
        return Manifest(outputs, data.get("editions", {}), data.get("options", {}), data.get("versions", {}),
                        data.get("last", {}))  # an older build's "reviews": now content/signoff.yaml
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return Manifest()


def _record(fields: dict[str, Any]) -> Record:
    return Record(**{**fields, "langs": tuple(fields["langs"]), "problems": tuple(fields.get("problems", ())),
                     "loads": tuple(fields.get("loads", ())), "fetched": tuple(fields.get("fetched", ()))})


def _journaled(out: Path, manifest: Manifest) -> Manifest:
    """``manifest`` with each record of the journal whose file is in place as it describes it (the
    last record of a file counts), and a record of each file in place the journal says a build
    meant to write but that no record describes (``Manifest.intend``): of no known inputs, so that
    a build that plans it makes it again, and one that does not (its handout deleted) removes it.
    A build that used one did not complete: its inputs may be others than the last complete
    build's, whose report is then not replayed (``last`` is emptied)."""
    try:
        lines = (out / JOURNAL_NAME).read_text(encoding="ascii", errors="replace").splitlines()
    except OSError:  # none: every record is in the manifest
        return manifest
    for line in lines:
        try:
            data = json.loads(line)
            target, record = data["target"], _record(data["record"])
        except (ValueError, TypeError, KeyError, AttributeError):  # a line cut short by a kill
            continue
        if data.get("format") != FORMAT or not _inside(target):
            continue
        if data.get("intent"):  # a file meant to be written: known by what is in place, if it is
            found = None if target in manifest.outputs else _found(out, target, record)
            if found is None:
                continue
            record = found
        elif not record.written(out, target, by_bytes=False):
            continue
        manifest.outputs[target] = record
        manifest.last = {}
    return manifest


def _found(out: Path, target: str, record: Record) -> Record | None:
    """The record of a file a killed build meant to write (``Manifest.intend``), as it is in place:
    of no key (never up to date), its size and time; None if it is not there."""
    try:
        stat = (out / target).stat()
    except OSError:
        return None
    return replace(record, key="", size=stat.st_size, mtime_ns=stat.st_mtime_ns)


def _intents(intended: dict[str, Record]) -> list[dict[str, object]]:
    return [{"format": FORMAT, "target": target, "record": _fields(record), "intent": True}
            for target, record in intended.items()]


def _append(out: Path, lines: list[dict[str, object]]) -> None:
    """Append ``lines`` to the journal of ``out``: ASCII JSON, each begun with a line break, so that
    a line a kill cut short stays a line of its own, found so and skipped (``_journaled``)."""
    with open(out / JOURNAL_NAME, "a", encoding="ascii") as fileobj:
        fileobj.write(_lines(lines))


def _lines(lines: list[dict[str, object]]) -> str:
    return "".join("\n" + json.dumps(line, sort_keys=True, separators=(",", ":")) for line in lines)


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
    if not manifest.appending:  # (else it grows until the workers are gone: a line of 1.5 kB a PDF, twice)
        write_journal(out, manifest)


def write_journal(out: Path, manifest: Manifest) -> None:
    """The journal as the manifest just saved leaves it: its records are in the manifest now; what
    is meant to be written is not (no such file: no journal)."""
    if manifest.intended:
        atomic_write(out / JOURNAL_NAME, _lines(_intents(manifest.intended)).encode("ascii"))
    else:
        (out / JOURNAL_NAME).unlink(missing_ok=True)
