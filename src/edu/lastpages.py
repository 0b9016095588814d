"""What the last build printed, read back for `edu check`: a patient handout's PDF over its page
limit. The build says it at the handout's source, in the author's file; a Portuguese translation
that runs onto a third sheet concerns its translator too, whose `edu check -l pt-BR` said nothing.

In: the build folder's manifest (the pages of each PDF it made, manifest.Record.pages) and the
project. Out: a warning per such edition, at the handout's title in the translator's catalog (at
the source's first line for the source language). Only PDFs still as the build wrote them are read;
they may be older than the catalogs: the message says it is the last build's.
"""

from __future__ import annotations

from .catalogs import po_path
from .findings import WARNING
from .manifest import read_manifest
from .outputs import PATIENT_PAGES
from .problems import Problem
from .project import Project

CODE = "pages"


def too_long_editions(project: Project, languages: tuple[str, ...]) -> list[tuple[str, str, Problem]]:
    """(slug, lang, warning) for each patient edition in ``languages`` whose PDF in build/ printed on
    more than PATIENT_PAGES pages."""
    out = project.settings.root / "build"
    manifest = read_manifest(out)
    found = []
    for handout in project.handouts:
        doc = handout.doc
        if doc.meta.audience != "patient":
            continue
        for lang in languages:
            target = f"{lang}/{doc.slug}.pdf"
            record = manifest.outputs.get(target)
            if record is None or record.pages <= PATIENT_PAGES or not record.written(out, target, by_bytes=False):
                continue
            said = (f"the last build's build/{target} printed on {record.pages} pages; a patient handout prints on "
                    f"at most {PATIENT_PAGES} (one sheet, both sides)")
            if lang == doc.lang:
                found.append((doc.slug, lang, Problem(doc.path.as_posix(), 1, WARNING, CODE,
                                                      f"{said}: shorten the handout or split it")))
                continue
            catalog = project.catalogs.get((lang, doc.lang))
            title = catalog.get(doc.meta.title) if catalog is not None else None
            path = po_path(project.settings.root, lang, doc.lang).relative_to(project.settings.root).as_posix()
            found.append((doc.slug, lang, Problem(path, (title.lineno or 0) if title else 0, WARNING, CODE,
                                                  f"{said} ({doc.slug}, whose title is this entry): shorten its "
                                                  "longest translations, or ask its author to shorten the source "
                                                  "(`edu build` tells again)")))
    return found
