"""docs/authoring.md cannot drift from the code: its examples build, every field, value and unit it
names is accepted, and every field the code accepts is described there."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.core import Locale

from conftest import REPO
from edu.content import AUDIENCES, FIELDS, REQUIRED
from edu.factformat import SPECS
from edu.facts import FACT_FIELDS, KINDS, QUALIFIERS, _known_unit
from edu.references import REF_FIELDS
from helpers import run

GUIDE = (REPO / "docs/authoring.md").read_text(encoding="utf-8")
EXAMPLE = re.compile(r'^( *)```(\w+) title="([^"]+)"\n(.*?)^\1```$', re.M | re.S)
CATEGORIES = ("mass", "volume", "duration", "length", "temperature", "concentr", "pressure", "energy")


def section(heading: str) -> str:
    """The text under ``heading`` (## or ###) up to the next heading of its level or above."""
    level = heading.split(" ", 1)[0]
    start = GUIDE.index(f"\n{heading}\n")
    after = re.compile(rf"^#{{2,{len(level)}}} ", re.M).search(GUIDE, start + len(heading) + 2)
    return GUIDE[start: after.start() if after else len(GUIDE)]


def first_column(text: str) -> list[str]:
    """The backquoted names that start the rows of the first table in ``text``."""
    table = text[text.index("\n|"):].split("\n\n", 1)[0]
    return re.findall(r"^\| `([^`]+)` \|", table.split("\n|-", 1)[1], re.M)  # the rows under the header


def examples() -> list[tuple[str, str, str]]:
    """(language, file, text) of every block of the guide that names its file."""
    found = []
    for indent, language, name, body in EXAMPLE.findall(GUIDE):
        found.append((language, name, "".join(line[len(indent):] + "\n" for line in body.splitlines())))
    return found


def test_the_guides_examples_make_a_project_that_builds(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The handouts, facts, sources and topic of the guide, added to a new project: `edu build`
    prints them, and `edu check` finds nothing wrong with them (only that Spanish is to do)."""
    from PIL import Image

    assert run(capsys, tmp_path, "new", "lib")[0] == 0
    root = tmp_path / "lib"
    written = examples()
    assert {name for _lang, name, _text in written} == {
        "content/en/examplinib-basics.md", "content/en/examplinib-clinician.md", "content/facts.yaml",
        "content/references.yaml", "pyproject.toml"}
    for language, name, text in written:
        path = root / name
        if language in ("yaml", "toml"):  # added to what `edu new` wrote
            text = path.read_text(encoding="utf-8") + "\n" + text
        path.write_text(text, encoding="utf-8")
        for picture in re.findall(r"\]\((images/[^) ]+)", text):
            (root / "content/en" / picture).parent.mkdir(parents=True, exist_ok=True)
            Image.new("RGB", (40, 20), "white").save(root / "content/en" / picture)
    code, _out, err = run(capsys, root, "build", "-l", "en", "--format", "html")
    assert code == 0, err
    page = " ".join((root / "build/en/examplinib-basics.html").read_text(encoding="utf-8").split())
    page = page.replace("\u2060", "")  # a range's dash is followed by a word joiner (it never ends a line)
    for printed in ("Each tablet has 25&nbsp;mg", "Take 50&nbsp;mg once a day", "for 2–4&nbsp;weeks",
                    "About 3 in 10 people", "100.4°F or higher", "Hospital protocol PHARM-12, on the intranet.",
                    "doi:10.5555/examplinib.2025", "https://example.org/examplinib/label"):
        assert printed in page, printed
    assert run(capsys, root, "update")[0] == 0  # step 5
    code, _out, err = run(capsys, root, "check")
    errors = [line for line in err.splitlines() if ": error: " in line]
    assert errors and all(line.startswith("locale/es/") and line.endswith("[untranslated]") for line in errors), err
    ours = [line for line in err.splitlines() if line.startswith("content/en/examplinib")]
    assert [line for line in ours if not line.endswith("[unsigned]")] == [], err  # the decorative picture's [alt] is
    #   accepted by its <!-- edu-ok: alt -->; no clinician has signed the new handouts off yet
    assert run(capsys, root, "signoff", "examplinib-basics", "examplinib-clinician", "--by", "Dr. Ana Ruiz")[0] == 0
    err = run(capsys, root, "check")[2]  # step 6
    assert not [line for line in err.splitlines() if line.startswith("content/en/examplinib")], err


def test_every_fact_field_is_described_and_every_described_one_exists() -> None:
    facts = section("## facts.yaml reference")
    assert set(first_column(facts)) == FACT_FIELDS
    assert set(KINDS) <= FACT_FIELDS
    qualifiers = section("### Qualifiers")
    assert first_column(qualifiers) == list(QUALIFIERS)
    assert all(f"| `{key}` | `{sign}` |" in qualifiers for key, sign in QUALIFIERS.items())
    length = next(row for row in facts.splitlines() if row.startswith("| `length` |"))
    assert all(f"`{value}`" in length for value in ("short", "long", "narrow"))
    formats = section("### Formats in the text")
    assert {spec for spec in SPECS if spec} == set(re.findall(r"\{examplinib_nausea:(\w+)\}", formats))


def test_every_reference_and_front_matter_field_is_described() -> None:
    refs = section("## references.yaml reference")
    assert set(first_column(refs)) == REF_FIELDS
    front = section("## Front matter")
    assert first_column(front) == list(FIELDS)
    for row in front.splitlines():
        if match := re.match(r"^\| `(\w+)` \| (yes|no) \|", row):
            assert (match[2] == "yes") == (match[1] in REQUIRED), row
    audience = next(row for row in front.splitlines() if row.startswith("| `audience` |"))
    assert all(f"`{value}`" in audience for value in AUDIENCES)


def test_every_unit_the_guide_names_is_accepted_and_the_list_is_the_codes() -> None:
    named = set(re.findall(rf"\b((?:{'|'.join(CATEGORIES)})-[a-z0-9]+(?:-[a-z0-9]+)*)\b", GUIDE))
    assert named and not [unit for unit in named if not _known_unit(unit)]
    listed = GUIDE.split("<!-- units: generated", 1)[1].split("-->", 1)[1].split("<!-- end of units -->")[0]
    known = sorted(unit for unit in Locale.parse("en").unit_display_names if _known_unit(unit))
    assert [unit.strip() for unit in listed.split(",")] == known, ", ".join(known)
