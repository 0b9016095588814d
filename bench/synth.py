"""A synthetic library for the benchmark: the real handouts copied under new slugs, with matching catalogs.

Copy ``k`` of a handout gets the slug ``<slug>-c<k>`` and every translatable segment gets a marker
word appended (`` (qab)``), in the source and in its translation alike, so that every copy has its
own catalog entries (no cache can make copy 2 cheaper than copy 1) and the same checks pass.
Links between handouts point at the same copy's handouts and sections.
Entries the real catalogs leave untranslated are filled with the source text, so every edition
is published. Directives (notes, msgctxt, skip) are written back before their block.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import write_po

from edu.catalogs import po_path
from edu.config import load_settings
from edu.content import load_document
from edu.model import Block, Handout, Segment
from edu.project import load_project
from edu.segments import segment_document
from edu.signoff import current, write_signoffs


def marker(k: int) -> str:
    """A word without digits (numbers are checked between source and translation): qaa, qab, …"""
    letters = ""
    for _ in range(3):
        k, r = divmod(k, 26)
        letters = chr(ord("a") + r) + letters
    return f" (q{letters})"


def make_library(real: Path, dest: Path, copies: int, limit: int | None = None) -> int:
    """Write a project of ``copies`` × the real handouts into ``dest``, or of the first ``limit``
    of them (copy 0 of each handout, then copy 1, …; the handouts of a last, partial copy link to
    copy 0 of the others); returns the number of handouts."""
    if dest.exists():
        shutil.rmtree(dest)
    shutil.copytree(real / "templates", dest / "templates")
    shutil.copy(real / "pyproject.toml", dest / "pyproject.toml")
    (dest / "content").mkdir()
    for name in ("facts.yaml", "references.yaml"):
        shutil.copy(real / "content" / name, dest / "content" / name)
    for picture in (real / "content").glob("*/**/*"):  # the pictures every copy of a handout shows (media.py)
        if picture.is_file() and picture.suffix != ".md":
            (dest / picture.relative_to(real)).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(picture, dest / picture.relative_to(real))
    settings = load_settings(real)
    project = load_project(settings)
    if limit is not None and limit < len(project.handouts):
        raise ValueError(f"a library of {limit} handouts would not hold copy 0 of each of the {len(project.handouts)}")
    copied: list[tuple[Handout, Handout, int, int]] = []  # (real, copy, k, the copy its links to others go to)
    for k in range(copies):
        for handout in project.handouts:
            if limit is not None and len(copied) >= limit:
                break
            rel = Path("content") / handout.doc.lang / f"{handout.doc.slug}-c{k}.md"
            (dest / rel).parent.mkdir(parents=True, exist_ok=True)
            whole = limit is None or (k + 1) * len(project.handouts) <= limit
            (dest / rel).write_text(handout_text(handout, k, k if whole else 0), encoding="utf-8")
            copy = segment_document(load_document(rel, dest))
            if len(copy.segments) != len(handout.segments):
                raise AssertionError(f"{rel}: the copy does not segment like {handout.doc.path}")
            copied.append((handout, copy, k, k if whole else 0))
    for (lang, src), catalog in project.catalogs.items():
        write_catalog(po_path(dest, lang, src), catalog, lang, src, copied)
    for glossary in (real / "locale").glob("*/glossary.csv"):  # each build checks every entry's terms with it
        shutil.copy(glossary, dest / glossary.relative_to(real))
    # every copy signed off as it is, as a real library's would be: each build reads and compares the
    # record (content/signoff.yaml), and the handouts do not each warn [unsigned]
    write_signoffs(dest, {copy.doc.slug: current(copy, project.facts, settings, "bench", copy.doc.meta.reviewed,
                                                 copy.doc.meta.version) for _real, copy, _k, _to in copied})
    return len(copied)


def handout_text(handout: Handout, k: int, to: int) -> str:
    meta, mark = handout.doc.meta, marker(k)
    front = [
        "---",
        f"title: {json.dumps(meta.title + mark, ensure_ascii=False)}",
        f"summary: {json.dumps(meta.summary + mark, ensure_ascii=False)}",
        f"audience: {meta.audience}",
        # the real topic: the copies print the real facts, which another medicine's handouts would not
        # print ([other-topic] warned at every fact of every copy when each copy was a topic of its own)
        f"topic: {meta.topic}",
        f"reviewed: {meta.reviewed.isoformat()}",
        f"version: {meta.version}",
        f"references: [{', '.join(meta.references)}]",
        "---",
        "",
    ]
    return "\n".join(front) + "\n" + "\n".join(block_text(block, k, to) for block in handout.blocks)


def block_text(block: Block, k: int, to: int) -> str:
    directives = []
    first = block.segments[0] if block.segments else None
    if first is not None:
        directives += [f"<!-- i18n: {note} -->" for note in first.notes]
        if first.context:
            directives.append(f"<!-- i18n-context: {first.context} -->")
        if any(s.skip for s in block.segments):
            directives.append("<!-- i18n-skip -->")
    body = "".join(_marked(p, k, to) if isinstance(p, Segment) else p for p in block.parts)
    return "".join(d + "\n" for d in directives) + body


def _marked(segment: Segment, k: int, to: int) -> str:
    return segment.text if segment.skip else relinked(segment.text, k, to) + marker(k)


_LINK_TARGET = re.compile(r"\]\((?P<file>[a-z0-9-]+\.md)?(?:#(?P<anchor>[^)\s]+))?\)")


def relinked(text: str, k: int, to: int | None = None) -> str:
    """Links to a section point at copy ``k``'s, to another handout at copy ``to``'s (default ``k``):
    ``risks.md#when`` -> ``risks-c<to>.md#when-<marker>`` (the copy's headings end with the marker
    word, and so do their anchors)."""
    if ".md" not in text and "](#" not in text:
        return text
    to = k if to is None else to

    def fix(m: re.Match[str]) -> str:
        file = f"{m['file'][:-3]}-c{to}.md" if m["file"] else ""
        anchor = f"#{m['anchor']}-{marker(to if m['file'] else k).strip(' ()')}" if m["anchor"] else ""
        return f"]({file}{anchor})" if file or anchor else m[0]

    return _LINK_TARGET.sub(fix, text)


def write_catalog(path: Path, real: Catalog | None, lang: str, src: str,
                  copied: list[tuple[Handout, Handout, int, int]]) -> None:
    """The catalog of ``src`` into ``lang`` for the copies, translated like the real one."""
    if real is None:
        return
    catalog = Catalog(locale=lang, domain=real.domain, project="edu", version="1",
                      creation_date=real.creation_date, revision_date=real.revision_date, fuzzy=False)
    catalog.header_comment = real.header_comment
    catalog.mime_headers = [("Plural-Forms", real.plural_forms)]  # the real rule, not this Babel's default
    for message in real:
        if message.id and any(loc[0].startswith("templates/") for loc in message.locations):
            catalog[message.id] = message
    for handout, copy, k, to in copied:
        if handout.doc.lang != src:
            continue
        for old, seg in zip(handout.segments, copy.segments, strict=True):
            if seg.skip:
                continue
            entry = real.get(old.text, old.context)
            usable = entry is not None and bool(entry.string) and not entry.fuzzy
            text = relinked(str(entry.string), k, to) + marker(k) if usable and entry is not None else seg.text
            flags = sorted(entry.flags - {"fuzzy"}) if entry is not None else []
            comments = list(entry.user_comments) if entry is not None else []  # a reviewed "# edu-ok:order"
            catalog.add(seg.text, text, locations=[(copy.doc.path.as_posix(), seg.line)], flags=flags,
                        user_comments=comments, context=seg.context)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as fileobj:
        write_po(fileobj, catalog, width=76, sort_output=False)
