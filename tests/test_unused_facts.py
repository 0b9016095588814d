"""A fact no handout prints: renamed in the handouts and left behind in content/facts.yaml, or left
when its sentence went, no reviewer sees it again. `edu check` says so at its line; a build does not."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import run


def _unused(project: Path, capsys: pytest.CaptureFixture[str], *args: str, code: str = "unused-fact"
            ) -> tuple[int, list[str]]:
    status, _out, err = run(capsys, project, "check", *args)
    return status, [line for line in err.splitlines() if line.endswith(f"[{code}]")]


def _edit_facts(project: Path, old: str, new: str) -> None:
    """Replace ``old`` in the test library's facts.yaml."""
    path = project / "content/facts.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _warning(project: Path, fact: str) -> str:
    lines = (project / "content/facts.yaml").read_text(encoding="utf-8").splitlines()
    line = next(n for n, text in enumerate(lines, 1) if text.split("#")[0].strip() == f"{fact}:")
    return (f"content/facts.yaml:{line}: warning: no handout prints {{{fact}}}, in any language: if a handout gives "
            f"this number, write {{{fact}}} there; if none needs it any more (a fact renamed, a sentence removed), "
            "delete it; a fact kept on purpose: # edu-ok: unused-fact on the line above it [unused-fact]")


def test_a_fact_no_handout_prints_is_warned_of_at_its_line(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The test library's English sheet prints {dose} and {isr}, its Spanish one {days}, {odds} and
    {approved}: a fact printed by a handout of either language is used."""
    assert _unused(project, capsys) == (0, [_warning(project, name) for name in ("volume", "half_life", "crcl")])
    assert _unused(project, capsys, "-l", "es") == (0, [_warning(project, name)
                                                         for name in ("volume", "half_life", "crcl")])
    code, _out, err = run(capsys, project, "build", "--format", "html")
    assert code == 0 and "[unused-fact]" not in err, err  # a print run hears what its pages print
    case = project / "content/es/caso-breve.md"
    text = case.read_text(encoding="utf-8").replace("references: [trial]", "references: [trial, label]")
    case.write_text(text + "- Vida media: {half_life}.\n", encoding="utf-8")
    assert run(capsys, project, "update")[0] == 0
    assert _unused(project, capsys)[1] == [_warning(project, name) for name in ("volume", "crcl")]  # (untranslated)


def test_a_handout_that_cannot_be_read_leaves_the_facts_unjudged(project: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    """A handout that failed to load may be the one that prints a fact: its error is what to fix."""
    case = project / "content/es/caso-breve.md"
    text = case.read_text(encoding="utf-8")
    case.write_text(text.replace("version: 1", "version: one"), encoding="utf-8")
    assert _unused(project, capsys) == (1, [])
    case.write_text(text, encoding="utf-8")
    assert _unused(project, capsys) == (0, [_warning(project, name) for name in ("volume", "half_life", "crcl")])


def test_a_reviewed_exception_above_a_fact_accepts_it_and_one_accepting_nothing_is_said(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A fact kept on purpose (the next edition cites it; the pharmacist's reference): ``# edu-ok:
    unused-fact`` on its own line above its key, among other comments, accepts its warning. One that
    accepts nothing is a warning at its own line: a fact printed since, a mistyped code, a code
    accepted nowhere here, one not at a key (among a fact's fields). One written after the key, on its
    line, accepts it too: the file's own comments are written there (``dose:  # the label's dose``)."""
    _edit_facts(project, "volume:\n", "# edu-ok: unused-fact\n# kept for the pharmacist: the label's volume\nvolume:\n")
    _edit_facts(project, "crcl:\n", "#edu-ok:unused-fact\ncrcl:\n")
    assert _unused(project, capsys) == (0, [_warning(project, "half_life")])
    assert _unused(project, capsys, code="edu-ok") == (0, [])
    assert run(capsys, project, "check", "--strict")[0] == 1  # half_life is still unused

    def said(line: int, why: str) -> str:
        return f"content/facts.yaml:{line}: warning: edu-ok: {why} [edu-ok]"

    _edit_facts(project, "#edu-ok:unused-fact\ncrcl:\n", "crcl:  # edu-ok: unused-fact\n")
    assert _unused(project, capsys) == (0, [_warning(project, "half_life")])  # after the key: accepted too
    _edit_facts(project, "crcl:  # edu-ok: unused-fact\n", "crcl:\n  # edu-ok: unused-fact\n")
    _edit_facts(project, "# edu-ok: unused-fact\n# kept", "# edu-ok: unused-fact\n\n# kept")
    _edit_facts(project, "dose:\n", "# edu-ok: unused-fact\ndose:\n")  # the English sheet prints it
    _edit_facts(project, "half_life:\n", "# edu-ok: unused-facts, dose-notation\nhalf_life:\n")
    lines = (project / "content/facts.yaml").read_text(encoding="utf-8").splitlines()
    printed, typo = lines.index("dose:"), lines.index("half_life:")  # (the lines above them, counted from 1)
    lost = lines.index("# kept for the pharmacist: the label's volume") - 1
    write = "# edu-ok: unused-fact on the fact's key line, after the key, or on its own line directly above it"
    among = next(n for n, text in enumerate(lines, 1) if text.startswith("crcl:")) + 1
    assert _unused(project, capsys) == (0, [_warning(project, name) for name in ("volume", "half_life", "crcl")])
    assert _unused(project, capsys, code="edu-ok")[1] == [
        said(printed, "a handout prints {dose}, so there is no [unused-fact] warning to accept; remove it"),
        said(lost, f"above no fact's key, it accepts nothing: write {write}"),
        said(typo, "[unused-facts] cannot be accepted here, only [unused-fact] (a fact no handout prints): fix what "
                   "the warning says, and remove this"),
        said(typo, "[dose-notation] cannot be accepted here, only [unused-fact] (a fact no handout prints): fix what "
                   "the warning says, and remove this"),
        said(among, f"above no fact's key, it accepts nothing: write {write}")]
    code, _out, err = run(capsys, project, "build", "--format", "html")
    assert code == 0 and "[edu-ok]" not in err and "[unused-fact]" not in err, err  # a check's, as the warning is
