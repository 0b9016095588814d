"""Load stage: ``content/<lang>/<slug>.md`` -> Document (validated front matter, body, line offset).

Also the YAML reader shared by the facts stage: safe loading that keeps line numbers, so every
problem is reported as ``path:line: message``.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from pathlib import Path
from typing import Any

import yaml

from .errors import ErrorList, SourceError, raise_all
from .model import AUDIENCES, SLUG_RE, Document, FrontMatter
from .prose import BREAKABLE_SPACE

DATE_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
FAST_LOADER = getattr(yaml, "CSafeLoader", None)  # nodes with the same marks as SafeLoader's
REQUIRED = ("title", "summary", "audience", "topic", "reviewed", "version", "references")
FIELDS = (*REQUIRED, "next_review", "moved_from")
# Names of pages every build makes in a language folder: no handout was ever published at them.
BUILD_PAGES = ("index", "404")


def compose_yaml(text: str, path: Path, offset: int = 0) -> yaml.Node | None:
    """Parse YAML safely into a node tree; ``offset`` is the file line before ``text`` starts.

    libyaml's parser (12x faster) when PyYAML has it; the pure-Python one for a document it
    rejects, because its messages and positions are the ones our error texts are written for."""
    if FAST_LOADER is not None:
        try:
            return yaml.compose(text, Loader=FAST_LOADER)
        except yaml.YAMLError:
            pass
    try:
        return yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        context, opened = getattr(exc, "context", None), getattr(exc, "context_mark", None)
        mark = getattr(exc, "problem_mark", None) or opened
        if context and opened is not None:
            if "end of stream" in problem or "<stream end>" in problem:
                # an unclosed quote or bracket is only noticed at the end: point at where it was opened
                mark, problem = opened, f"{problem} {context}"
            elif opened.line != getattr(mark, "line", None):
                problem = f"{problem} ({context} that starts on line {offset + opened.line + 1})"
        line = offset + mark.line + 1 if mark else None
        hint = _quoting_hint(problem, text.splitlines()[mark.line][: mark.column] if mark and mark.line <
                             len(text.splitlines()) else "", path.suffix == ".md")
        raise SourceError(f"invalid YAML: {problem}{hint}", path, line) from exc


def as_written(value: Any, kind: type) -> Any:
    """A date or whole number that YAML read as text because it was quoted ("2026-10-01", "2") as
    the date or number it names (ValueError for a date no calendar has); anything else as it is."""
    text = value.strip() if isinstance(value, str) else None
    if text is not None and kind is dt.date and DATE_RE.fullmatch(text):
        try:
            return dt.date.fromisoformat(text)
        except ValueError as exc:
            raise ValueError(f"{text} is no date ({exc})") from None
    if text is not None and kind is int and text.isascii() and text.isdigit():
        return int(text)
    return value


def cut_by_comment(node: yaml.Node, text: str) -> str:
    """What is wrong with a text value YAML ended at " #" (the rest of its line a comment: "title: Room 4
    #2: your pen" is "Room 4"), or "" if nothing is."""
    if not isinstance(node, yaml.ScalarNode) or node.style or not text:
        return ""
    lines = text.splitlines()
    rest = lines[node.end_mark.line][node.end_mark.column:] if node.end_mark.line < len(lines) else ""
    if not rest.lstrip().startswith("#"):
        return ""
    return f"YAML reads what follows ' #' as a comment, so it would be {node.value!r}: put it all in double quotes"


def _quoting_hint(problem: str, before: str, front_matter: bool) -> str:
    """What an author most likely did, for YAML's two commonest complaints about a line of text
    (``before``: the line up to where YAML stopped). In facts.yaml and references.yaml the second
    is as often a wrong indentation, so only the first, when the line shows it, gets the hint."""
    if "mapping values are not allowed" in problem and ": " in before.lstrip("- "):  # title: Warfarin: what to know
        return ' (a value with ": " in it goes in double quotes: title: "Warfarin: what to know")'
    if front_matter and "expected <block end>, but found" in problem:  # title: 'Don't stop' or "Say "hi""
        return " (in quotes, write an apostrophe inside '…' as '' and a quote inside \"…\" as \\\")"
    return ""


def node_line(node: yaml.Node, offset: int = 0) -> int:
    return offset + node.start_mark.line + 1


def mapping_items(node: yaml.Node | None, path: Path, offset: int = 0,
                  errors: list[SourceError] | None = None) -> list[tuple[str, yaml.Node, int]]:
    """(key, value node, line) of a YAML mapping; a located error if it is not a mapping. A key
    given twice is an error; with ``errors``, it is added there and its first value kept, so that
    the caller goes on checking every other field (the rest of the file was not checked)."""
    if node is None:
        return []
    if not isinstance(node, yaml.MappingNode):
        raise SourceError("expected a mapping of `key: value` lines", path, node_line(node, offset))
    items = []
    seen: dict[str, int] = {}  # key -> its line
    for key_node, value_node in node.value:
        line = node_line(key_node, offset)
        if not isinstance(key_node, yaml.ScalarNode):
            raise SourceError("a key must be a plain word, not a list or a mapping", path, line)
        key = str(key_node.value)
        if key in seen:  # where the first is: in a facts.yaml of two medicines, another medicine's fact
            duplicate = SourceError(f"duplicate key {key!r} (first at line {seen[key]}): keep one, or give this one "
                                    "a name of its own", path, line)
            if errors is None:
                raise duplicate
            errors.append(duplicate)
            continue
        seen[key] = line
        items.append((key, value_node, line))
    return items


def node_value(node: yaml.Node, path: Path, offset: int = 0, name: str = "") -> Any:
    """The Python value of a node, as ``yaml.safe_load`` would build it; a value YAML cannot build
    is an error of the field ``name`` when one is given ("reviewed: 2026-13-01 is no date (…)")."""
    loader = yaml.SafeLoader("")
    try:
        return loader.construct_document(node)
    except yaml.YAMLError as exc:  # e.g. a !!python tag: the message without PyYAML's excerpt
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise SourceError(f"invalid YAML value: {problem}", path, node_line(node, offset)) from exc
    except ValueError as exc:  # a timestamp that is no real date, e.g. 2026-02-30
        written = node.value if isinstance(node, yaml.ScalarNode) and DATE_RE.fullmatch(node.value) else ""
        message = f"{name}: {written} is no date ({exc})" if name and written else f"{name or 'invalid value'}: {exc}"
        raise SourceError(message, path, node_line(node, offset)) from exc
    finally:
        loader.dispose()


def split_front_matter(text: str, path: Path) -> tuple[str, str, int]:
    """(front matter YAML, body, 1-based line where the body starts)."""
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != "---":
        raise SourceError("missing front matter: the file must start with a `---` line", path, 1)
    for index in range(1, len(lines)):
        if lines[index].strip() in ("---", "..."):
            return "".join(lines[1:index]), "".join(lines[index + 1 :]), index + 2
    raise SourceError("front matter is not closed by a `---` line", path, 1)


def read_source(root: Path, rel: Path) -> str:
    """The text of a file under content/ (a handout, facts.yaml, references.yaml): a regular file
    inside content/ (a link out would publish another file; /dev/zero never ends), in UTF-8 (a
    byte-order mark, as Notepad writes, is not text), in NFC: a letter typed as a base letter and
    combining marks (macOS, Vietnamese Unikey's combining mode) is the precomposed letter, as the
    catalogs read it (poread.py), so the two still match and the fonts draw one glyph for it."""
    path = (root / rel).resolve()
    if not path.is_relative_to((root / "content").resolve()):
        raise SourceError("a link to a file outside content/: copy the file into the project", rel, 1)
    if not path.is_file():
        raise SourceError("not a regular file (a device, a pipe or a folder): edu reads text files only", rel, 1)
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise SourceError("not UTF-8 text (save the file as UTF-8)", rel, line) from exc
    return unicodedata.normalize("NFC", text)


def load_document(path: Path, root: Path) -> Document:
    """Read a handout and validate its front matter, reporting every problem at once."""
    rel = path.relative_to(root) if path.is_absolute() else path
    slug, lang = path.stem, path.parent.name
    if not SLUG_RE.match(slug):  # file-level problems are reported at line 1, as editors expect a line
        raise SourceError("file name must be a slug: lowercase letters, digits and hyphens", rel, 1)
    text = read_source(root, rel)
    header, body, body_line = split_front_matter(text, rel)
    meta = parse_front_matter(header, rel)
    return Document(path=rel, slug=slug, lang=lang, meta=meta, body=body, body_line=body_line)


def parse_front_matter(header: str, path: Path) -> FrontMatter:
    errors: list[SourceError] = []
    items = mapping_items(compose_yaml(header, path, 1), path, 1, errors)
    values: dict[str, Any] = {}
    lines: dict[str, int] = {}
    for key, node, line in items:
        if key not in FIELDS:
            expected = ", ".join(FIELDS)
            errors.append(SourceError(f"unknown front-matter key {key!r} (expected one of: {expected})", path, line))
            continue
        lines[key] = line
        if key in ("title", "summary") and (cut := cut_by_comment(node, header)):
            errors.append(SourceError(f"{key}: {cut}", path, line))
            continue
        try:
            problem = _check_field(key, node_value(node, path, 1, key))
        except SourceError as exc:  # 2026-13-01, a !!python tag: this field's problem; the others are still checked
            errors.append(exc)
            continue
        if isinstance(problem, str):
            errors.append(SourceError(f"{key}: {problem}", path, line))
        else:
            values[key] = problem[0]
    for key in REQUIRED:
        if key not in lines:
            errors.append(SourceError(f"front matter is missing {key!r}", path, 1))
    due, reviewed = values.get("next_review"), values.get("reviewed")
    if due is not None and reviewed is not None and due <= reviewed:
        errors.append(SourceError(f"next_review: {due.isoformat()} is not after reviewed ({reviewed.isoformat()})",
                                  path, lines["next_review"]))
    raise_all(errors)
    return FrontMatter(**values, lines=lines)


def _check_field(key: str, value: Any) -> str | tuple[Any]:
    """The cleaned value as a 1-tuple, or a message saying what is wrong."""
    if key in ("title", "summary"):
        if not isinstance(value, str) or not value.strip():
            return "must be a non-empty line of text"
        return (BREAKABLE_SPACE.sub(" ", value).strip(),)
    if key == "audience":
        return (value,) if value in AUDIENCES else f"must be one of {', '.join(AUDIENCES)}"
    if key == "topic":
        return (value,) if isinstance(value, str) and SLUG_RE.match(value) else "must be a slug such as anakinra"
    if key in ("reviewed", "next_review"):
        try:
            value = as_written(value, dt.date)
        except ValueError as exc:
            return str(exc)
        ok = isinstance(value, dt.date) and not isinstance(value, dt.datetime)
        return (value,) if ok else "must be a date written YYYY-MM-DD"
    if key == "version":
        value = as_written(value, int)
        ok = isinstance(value, int) and not isinstance(value, bool) and value >= 1
        return (value,) if ok else "must be a whole number, 1 or more"
    if key == "moved_from":
        return _moved_from(value)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        return "must be a list of reference keys, e.g. [kineret-us-pi]"
    twice = [key for n, key in enumerate(value) if key in value[:n]]
    if twice:  # the page would list it twice, under two numbers
        return f"{twice[0]!r} is listed twice (the text cites each source by its place in this list: [1], [2])"
    return (tuple(value),)


def _moved_from(value: Any) -> str | tuple[Any]:
    """The slugs a handout was published under before (``moved_from: anakinra-risks`` or a list)."""
    value = [value] if isinstance(value, str) else value
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        return "must be the old slug, or a list of them, e.g. [anakinra-risks] (the old file name without .md)"
    for n, slug in enumerate(value):
        if not SLUG_RE.match(slug):
            return f"{slug!r} is not a slug: write the old file name without .md (lowercase letters, digits, hyphens)"
        if slug in BUILD_PAGES:
            return f"{slug!r} is the name of a page every build makes, never a handout's"
        if slug in value[:n]:
            return f"{slug!r} is listed twice"
    return (tuple(value),)


def moved_problems(docs: list[Document]) -> list[SourceError]:
    """An old slug (``moved_from``) names one handout that no longer has it: not a handout's slug
    now, in any language (its pages are at that address), nor another handout's old slug (which
    would the address lead to?). Each at the ``moved_from`` line."""
    slugs = {doc.slug: doc.path for doc in docs}
    claimed: dict[str, Path] = {}
    errors = []
    for doc in docs:
        line = doc.meta.lines.get("moved_from", 1)
        for old in doc.meta.moved_from:
            if old in slugs:
                whose = "this handout's own slug" if slugs[old] == doc.path else f"the slug of {slugs[old].as_posix()}"
                errors.append(SourceError(f"moved_from: {old!r} is {whose}: its pages are at that address now",
                                          doc.path, line))
            elif old.endswith("-large") and old.removesuffix("-large") in slugs:  # <old>.pdf is <x>-large.pdf
                errors.append(SourceError(f"moved_from: {old!r} would take {old}.pdf, the address of the large-print "
                                          f"PDF of {slugs[old.removesuffix('-large')].as_posix()}", doc.path, line))
            elif old in claimed:
                errors.append(SourceError(f"moved_from: {old!r} is also in the moved_from of "
                                          f"{claimed[old].as_posix()}: an old address can lead to one handout only",
                                          doc.path, line))
            else:
                claimed[old] = doc.path
    return errors


def find_documents(content_dir: Path, languages: tuple[str, ...], root: Path) -> list[Path]:
    """Every handout file, sorted: ``content/<lang>/*.md`` for each configured language."""
    paths = []
    for lang in languages:
        folder = content_dir / lang
        if folder.is_dir():
            paths.extend(sorted(folder.glob("*.md")))
    return [p.relative_to(root) for p in paths]


def load_documents(root: Path, languages: tuple[str, ...]) -> list[Document]:
    """Load every handout, reporting every broken one at once; slugs must be unique."""
    docs, errors, seen = [], [], dict[str, Path]()
    for rel in find_documents(root / "content", languages, root):
        try:
            doc = load_document(rel, root)
        except (SourceError, ErrorList) as exc:
            errors.append(exc)
            continue
        if doc.slug in seen:
            errors.append(SourceError(f"slug {doc.slug!r} is also used by {seen[doc.slug]}", rel, 1))
        seen[doc.slug] = rel
        docs.append(doc)
    errors.extend(moved_problems(docs))
    raise_all(errors)
    return docs
