"""Incremental builds: the files of the project a PDF is made from, as its last build read them, so
that a change of a template or stylesheet its page does not use (web.css, screen.css, index.html,
notice.html, the site's icon, another page's template) makes no PDF again, and a build with nothing
else to do starts no PDF worker (no WeasyPrint).

A PDF is made from the templates its page's render loaded (templating.loading: those it extends,
includes or imports, by a string or by an expression, hidden files too), labels.html (every page's
words, rendered once a build and kept: pagecore.PageCore.labels) and the files WeasyPrint read
while it laid the page out (a stylesheet or picture linked by its address; pdfworker.PdfResult.fetched).
Each is kept in the PDF's record (manifest.Record.loads, fetched), and the next build digests those
files as they are now (``printed_digests``): one of them edited makes the page again, and its PDF
if the page or a file WeasyPrint read changed; a file it did not read changes nothing. A PDF with
no such record (a first build, or one of an older edu) counts every file of templates/.

What the same page loads follows from its inputs (the templates read, the edition, the settings):
equal inputs, equal reads. Digesting the files of the records takes one stat a file, once per set of
files (most PDFs of a project share one), in a build that plans its outputs (2,000 PDF records:
2 to 6 ms). A hidden file one read (``{% include ".clinic.html" %}``), which the snapshot of a
build's inputs leaves aside as an editor's, is compared by the next build before it replays the
last one's report (``aside_reads``), and counts for the web pages too.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from .fingerprint import reads_digest, set_aside
from .manifest import Record
from .model import Page
from .templating import loading

HANDOUT, SIDE_BY_SIDE = "handout.html", "bilingual.html"  # the templates a page is rendered from (handoutpages.py)
WORDS = "labels.html"  # every page's words (pagecore.PageCore.labels): read once a build, counted for every page
TEMPLATES = "templates"  # the project's folder of templates, as the files read are named (project-relative)


def recording(make: Callable[[], Page], loads: set[str]) -> Callable[[], Page]:
    """``make`` that, once called, leaves in ``loads`` the files of the project its render loaded."""
    def made() -> Page:
        with loading() as names:
            page = make()
        loads.clear()
        loads.update(f"{TEMPLATES}/{name}" for name in (*names, WORDS))
        return page
    return made


def printed_digests(root: Path, records: Mapping[str, Record]) -> dict[str, str]:
    """For each PDF recorded with what it was made from: the digest of those files now
    (fingerprint.Environment.printed_from)."""
    known: dict[tuple[str, ...], str] = {}
    return {target: reads_digest(root, (*record.loads, *record.fetched), known)
            for target, record in records.items() if record.loads}


def aside_reads(root: Path, records: Mapping[str, Record]) -> dict[str, str]:
    """The files the PDFs of ``records`` were made from that the snapshot of a build's inputs leaves
    aside (fingerprint.set_aside: ``{% include ".clinic.html" %}``), each with its digest now: a
    build whose inputs are otherwise those of the last one compares them (``aside_changed``). Most
    projects have none: nothing is read."""
    names = {name for record in records.values() for name in (*record.loads, *record.fetched) if set_aside(name)}
    return {name: reads_digest(root, (name,)) for name in sorted(names)}


def aside_changed(root: Path, recorded: Mapping[str, str]) -> bool:
    """Whether a file of ``recorded`` (``aside_reads``) is not now as it was."""
    return any(reads_digest(root, (name,)) != found for name, found in recorded.items())
