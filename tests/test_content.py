"""Load stage: a handout file -> Document, and every front-matter mistake as ``path:line: message``."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest

from edu.content import find_documents, load_document, load_documents
from edu.errors import ErrorList, SourceError
from edu.model import FrontMatter

GOOD = """\
---
title: What is   this
  medicine?
summary: One sentence.
audience: patient
topic: example
reviewed: 2026-11-20
version: 2
references: [label, trial]
---
# Body

Text.
"""
EN = Path("content/en/handout.md")


def write(root: Path, rel: Path, text: str | bytes) -> Path:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return rel


def messages(exc: SourceError | ErrorList) -> list[str]:
    return [str(e) for e in exc.errors] if isinstance(exc, ErrorList) else [str(exc)]


def load_errors(root: Path, text: str | bytes, rel: Path = EN) -> list[str]:
    write(root, rel, text)
    with pytest.raises((SourceError, ErrorList)) as caught:
        load_document(rel, root)
    return messages(caught.value)


def test_a_good_handout_loads_with_its_lines(tmp_path: Path) -> None:
    doc = load_document(write(tmp_path, EN, GOOD), tmp_path)
    assert (doc.slug, doc.lang, doc.path) == ("handout", "en", EN)
    meta = doc.meta
    assert meta.title == "What is this medicine?"  # folded and whitespace collapsed
    assert (meta.summary, meta.audience, meta.topic) == ("One sentence.", "patient", "example")
    assert (meta.reviewed, meta.version, meta.references) == (dt.date(2026, 11, 20), 2, ("label", "trial"))
    assert meta.lines == {"title": 2, "summary": 4, "audience": 5, "topic": 6, "reviewed": 7, "version": 8,
                          "references": 9}
    assert doc.body == "# Body\n\nText.\n"
    assert doc.body_line == 11
    assert GOOD.splitlines()[doc.body_line - 1] == "# Body"


def test_an_absolute_path_is_shown_relative_to_the_project(tmp_path: Path) -> None:
    doc = load_document(tmp_path / write(tmp_path, EN, GOOD), tmp_path)
    assert doc.path == EN


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (GOOD.replace("\r\n", "\n").replace("\n", "\r\n"), 11),  # Windows line ends
        ("\ufeff" + GOOD, 11),  # a byte-order mark, as Notepad writes it
        (GOOD.replace("---\n# Body", "...\n# Body"), 11),  # YAML's own document end marker
    ],
)
def test_front_matter_variants_editors_write(tmp_path: Path, text: str, expected: int) -> None:
    doc = load_document(write(tmp_path, EN, text), tmp_path)
    assert doc.meta.title == "What is this medicine?"
    assert doc.body_line == expected


@pytest.mark.parametrize(
    ("old", "new", "line", "message"),
    [
        ("---\ntitle", "title", 1, "missing front matter: the file must start with a `---` line"),
        ("---\n# Body", "# Body", 1, "front matter is not closed by a `---` line"),
        ("topic: example", "topic: example\ncolour: red", 7,
         "unknown front-matter key 'colour' (expected one of: title, summary, audience, topic, reviewed, version, "
         "references, next_review, moved_from)"),
        ("summary: One sentence.\n", "", 1, "front matter is missing 'summary'"),
        ("reviewed: 2026-11-20", "reviewed: 20/11/2026", 7, "reviewed: must be a date written YYYY-MM-DD"),
        ("reviewed: 2026-11-20", "reviewed: 2026-11-20 10:30:00", 7, "reviewed: must be a date written YYYY-MM-DD"),
        ("reviewed: 2026-11-20", "reviewed: '2026-02-30'", 7, "reviewed: 2026-02-30 is no date (day is out of range"),
        ("title: What is   this\n  medicine?", "title: Room 4 #2: your pen", 2,
         "title: YAML reads what follows ' #' as a comment, so it would be 'Room 4': put it all in double quotes"),
        ("reviewed: 2026-11-20", "reviewed: 2026-02-30", 7, "reviewed: 2026-02-30 is no date (day is out of range "
         "for month)"),
        ("reviewed: 2026-11-20", "reviewed: 2026-13-01", 7, "reviewed: 2026-13-01 is no date (month must be in 1..12)"),
        ("audience: patient", "audience: doctors", 5, "audience: must be one of patient, clinician"),
        ("version: 2", "version: 0", 8, "version: must be a whole number, 1 or more"),
        ("version: 2", "version: 1.5", 8, "version: must be a whole number, 1 or more"),
        ("version: 2", "version: yes", 8, "version: must be a whole number, 1 or more"),
        ("references: [label, trial]", "references: label", 9,
         "references: must be a list of reference keys, e.g. [kineret-us-pi]"),
        ("references: [label, trial]", "references: [label, 2]", 9, "references: must be a list of reference keys"),
        ("references: [label, trial]", "references: [label, trial, label]", 9,
         "references: 'label' is listed twice (the text cites each source by its place in this list: [1], [2])"),
        ("topic: example", "topic: Example Topic", 6, "topic: must be a slug such as anakinra"),
        ("version: 2", "version: 2\nnext_review: soon", 9, "next_review: must be a date written YYYY-MM-DD"),
        ("version: 2", "version: 2\nnext_review: 2026-11-20", 9,
         "next_review: 2026-11-20 is not after reviewed (2026-11-20)"),
        ("summary: One sentence.", "summary: ''", 4, "summary: must be a non-empty line of text"),
        ("summary: One sentence.", "summary: [a, b]", 4, "summary: must be a non-empty line of text"),
        ("summary: One sentence.", "summary: One sentence.\nsummary: Two.", 5, "duplicate key 'summary'"),
        ("summary: One sentence.", "? [a, b]\n: c\nsummary: One sentence.", 4,
         "a key must be a plain word, not a list or a mapping"),
        ("summary: One sentence.", "summary: !!python/object/apply:os.system [ls]", 4,
         "invalid YAML value: could not determine a constructor for the tag"),
    ],
)
def test_a_front_matter_mistake_is_one_located_line(tmp_path: Path, old: str, new: str, line: int,
                                                     message: str) -> None:
    assert old in GOOD
    errors = load_errors(tmp_path, GOOD.replace(old, new, 1))
    assert len(errors) == 1, errors
    assert errors[0].startswith(f"{EN}:{line}: {message}"), errors[0]


@pytest.mark.parametrize(
    ("old", "new", "line", "message"),
    [
        ("summary: One sentence.", "summary: One: two: three", 4, "invalid YAML: mapping values are not allowed here "
         '(a value with ": " in it goes in double quotes: title: "Warfarin: what to know")'),
        ("summary: One sentence.", "summary: 'Don't stop.'", 4, "invalid YAML: expected <block end>, but found "
         "'<scalar>' (while parsing a block mapping that starts on line 2) (in quotes, write an apostrophe "
         """inside '…' as '' and a quote inside "…" as \\")"""),
        ("topic: example", "\ttopic: example", 6, "invalid YAML: found character '\\t' that cannot start any token"),
        # an unclosed quote or bracket is reported where it was opened, not at the end of the front matter
        ("summary: One sentence.", 'summary: "One sentence.', 4,
         "invalid YAML: found unexpected end of stream while scanning a quoted scalar"),
        ("references: [label, trial]", "references: [label, trial", 9,
         "invalid YAML: expected ',' or ']', but got '<stream end>' while parsing a flow sequence"),
        ("version: 2", "version: *ref", 8, "invalid YAML: found undefined alias 'ref'"),
    ],
)
def test_yaml_syntax_errors_name_the_file_line(tmp_path: Path, old: str, new: str, line: int, message: str) -> None:
    errors = load_errors(tmp_path, GOOD.replace(old, new, 1))
    assert errors == [f"{EN}:{line}: {message}"]
    assert "\n" not in errors[0]


def test_a_quoted_date_or_version_is_read_as_written(tmp_path: Path) -> None:
    """`reviewed: "2026-10-01"` was refused as "must be a date written YYYY-MM-DD", as it was."""
    root = tmp_path
    (root / EN).parent.mkdir(parents=True, exist_ok=True)
    (root / EN).write_text(GOOD.replace("reviewed: 2026-11-20", 'reviewed: "2026-11-20"').replace(
        "version: 2", "version: '2'"), encoding="utf-8")
    meta = load_document(EN, root).meta
    assert (meta.reviewed, meta.version) == (dt.date(2026, 11, 20), 2)


def test_every_front_matter_problem_is_reported_at_once(tmp_path: Path) -> None:
    text = GOOD.replace("audience: patient", "audience: everyone").replace("version: 2", "version: two")
    text = text.replace("topic: example\n", "")
    assert load_errors(tmp_path, text) == [
        f"{EN}:5: audience: must be one of patient, clinician",
        f"{EN}:7: version: must be a whole number, 1 or more",
        f"{EN}:1: front matter is missing 'topic'",
    ]


def test_a_key_given_twice_does_not_hide_the_front_matters_other_problems(tmp_path: Path) -> None:
    """The first duplicated key stopped the file's checks: a second one and a bad date were
    reported one `edu check` at a time."""
    text = GOOD.replace("audience: patient", "audience: patient\naudience: clinician\ntopic: other")
    text = text.replace("reviewed: 2026-11-20", "reviewed: 2026-02-30")
    assert load_errors(tmp_path, text) == [
        f"{EN}:6: duplicate key 'audience' (first at line 5): keep one, or give this one a name of its own",
        f"{EN}:8: duplicate key 'topic' (first at line 7): keep one, or give this one a name of its own",
        f"{EN}:9: reviewed: 2026-02-30 is no date (day is out of range for month)",
    ]


def test_front_matter_that_is_a_list_is_located(tmp_path: Path) -> None:
    assert load_errors(tmp_path, "---\n- title\n- summary\n---\nText\n") == [
        f"{EN}:2: expected a mapping of `key: value` lines"]


def test_an_empty_front_matter_names_every_missing_key(tmp_path: Path) -> None:
    errors = load_errors(tmp_path, "---\n---\nText\n")
    assert errors == [f"{EN}:1: front matter is missing {key!r}" for key in
                      ("title", "summary", "audience", "topic", "reviewed", "version", "references")]


@pytest.mark.parametrize("name", ["Handout.md", "my_handout.md", "hand out.md", "-handout.md", "handout-.md"])
def test_the_file_name_must_be_a_slug(tmp_path: Path, name: str) -> None:
    rel = Path("content/en") / name
    assert load_errors(tmp_path, GOOD, rel) == [
        f"{rel}:1: file name must be a slug: lowercase letters, digits and hyphens"]


def test_a_file_that_is_not_utf8_is_named_at_the_first_bad_line(tmp_path: Path) -> None:
    assert load_errors(tmp_path, GOOD.replace("One sentence.", "Una oración.").encode("latin-1")) == [
        f"{EN}:4: not UTF-8 text (save the file as UTF-8)"]


def test_documents_are_found_per_configured_language_in_order(tmp_path: Path) -> None:
    for rel in ("content/en/b.md", "content/en/a.md", "content/es/c.md", "content/pt/d.md", "content/en/notes.txt"):
        write(tmp_path, Path(rel), GOOD)
    found = find_documents(tmp_path / "content", ("en", "es"), tmp_path)
    assert found == [Path("content/en/a.md"), Path("content/en/b.md"), Path("content/es/c.md")]
    assert [d.lang for d in load_documents(tmp_path, ("en", "es"))] == ["en", "en", "es"]


def test_a_slug_used_in_two_languages_is_an_error(tmp_path: Path) -> None:
    write(tmp_path, Path("content/en/same.md"), GOOD)
    write(tmp_path, Path("content/es/same.md"), GOOD)
    with pytest.raises(SourceError) as caught:
        load_documents(tmp_path, ("en", "es"))
    assert str(caught.value) == "content/es/same.md:1: slug 'same' is also used by content/en/same.md"


def test_an_impossible_date_does_not_hide_the_other_front_matter_problems(tmp_path: Path) -> None:
    """YAML builds the date itself and refuses 2026-13-01: that used to end the checking, hiding the
    wrong audience above it. Quoted or not, the date is named by its field."""
    text = GOOD.replace("audience: patient", "audience: everyone")
    text = text.replace("reviewed: 2026-11-20", "reviewed: 2026-13-01")
    assert load_errors(tmp_path, text) == [f"{EN}:5: audience: must be one of patient, clinician",
                                           f"{EN}:7: reviewed: 2026-13-01 is no date (month must be in 1..12)"]
    assert load_errors(tmp_path, text.replace("2026-13-01", '"2026-13-01"'))[1] == load_errors(tmp_path, text)[1]


def test_every_broken_handout_is_reported_at_once(tmp_path: Path) -> None:
    write(tmp_path, Path("content/en/good.md"), GOOD)
    write(tmp_path, Path("content/en/no-date.md"), GOOD.replace("reviewed: 2026-11-20", "reviewed: soon"))
    write(tmp_path, Path("content/es/no-header.md"), "# Hola\n")
    write(tmp_path, Path("content/es/two.md"), GOOD.replace("version: 2", "version: 0").replace("topic: example",
                                                                                                "topic: Ex"))
    with pytest.raises(ErrorList) as caught:
        load_documents(tmp_path, ("en", "es"))
    assert messages(caught.value) == [
        "content/en/no-date.md:7: reviewed: must be a date written YYYY-MM-DD",
        "content/es/no-header.md:1: missing front matter: the file must start with a `---` line",
        "content/es/two.md:6: topic: must be a slug such as anakinra",
        "content/es/two.md:8: version: must be a whole number, 1 or more",
    ]


@pytest.mark.parametrize(("reviewed", "months", "due"), [
    ("2026-11-20", 12, "2027-11-20"), ("2026-08-31", 6, "2027-02-28"), ("2027-08-31", 6, "2028-02-29"),
    ("2026-01-15", 36, "2029-01-15"), ("2026-01-15", 0, None),
])
def test_a_review_is_due_months_after_the_last_one(reviewed: str, months: int, due: str | None) -> None:
    meta = FrontMatter("T", "S", "patient", "t", dt.date.fromisoformat(reviewed), 1, ())
    assert meta.review_due(months) == (dt.date.fromisoformat(due) if due else None)
    assert replace(meta, next_review=dt.date(2030, 1, 1)).review_due(months) == dt.date(2030, 1, 1)  # its own wins
