"""A fact no handout prints: renamed in the handouts and left behind in content/facts.yaml, or left
when its sentence went, no reviewer sees it again. `edu check` says so at its line; a build does not."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import run


def _unused(project: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[str]]:
    code, _out, err = run(capsys, project, "check", *args)
    return code, [line for line in err.splitlines() if line.endswith("[unused-fact]")]


def _warning(project: Path, fact: str) -> str:
    line = (project / "content/facts.yaml").read_text(encoding="utf-8").splitlines().index(f"{fact}:") + 1
    return (f"content/facts.yaml:{line}: warning: no handout prints {{{fact}}}, in any language: if a handout gives "
            f"this number, write {{{fact}}} there; if none needs it any more (a fact renamed, a sentence removed), "
            "delete it [unused-fact]")


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
