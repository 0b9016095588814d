"""A build does each piece of its work once: what changed since each handout's clinical sign-off is
read once for its pages' notice and its `[unreviewed-change]` warning, and the templates compiled by
one build are kept in the build folder (.edu-templates.code) for the next, which compiles only those that
changed. No check is skipped: the warnings and pages are those of a build that did it all again."""

from __future__ import annotations

import hashlib
from collections import Counter
from pathlib import Path

import jinja2
import pytest

from edu import signoff
from edu.build import BuildOptions, BuildReport, build
from edu.config import load_settings
from edu.templating import TEMPLATE_CODE
from helpers import replace_once, run

HTML = BuildOptions(formats=("html",))
CHANGED = "content/en/medicine-basics.md"


def _build(root: Path, options: BuildOptions = HTML) -> BuildReport:
    return build(load_settings(root), options)


def _count_readings(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """How many times each handout's changes since its sign-off are read (signoff.changes), by path."""
    readings: Counter[str] = Counter()
    changes = signoff.changes

    def counted(handout: signoff.Handout, *args: object) -> list[str]:
        readings[handout.doc.path.as_posix()] += 1
        return changes(handout, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(signoff, "changes", counted)
    return readings


def _compiled(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the templates Jinja2 compiles from their text, in order."""
    names: list[str] = []
    compile_template = jinja2.Environment.compile

    def counted(self: jinja2.Environment, source: object, name: str | None = None, *args: object,
                **kwargs: object) -> object:
        names.append(str(name))
        return compile_template(self, source, name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(jinja2.Environment, "compile", counted)
    return names


def _remake_pages(root: Path) -> BuildReport:
    """Build again after the web pages were deleted (and nothing else changed): every page is made again."""
    for page in _pages(root / "build"):
        (root / "build" / page).unlink()
    return _build(root)


def _pages(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*.html"))
            if not p.relative_to(out).as_posix().startswith(".")}


def test_a_build_reads_each_handouts_signoff_once(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Once for the notice its pages print and the warning the build gives."""
    replace_once(project / "content/facts.yaml", "value: 100", "value: 150")
    readings = _count_readings(monkeypatch)
    report = _build(project)
    assert [w for w in report.warnings if w.startswith(f"{CHANGED}:") and w.endswith("[unreviewed-change]")]
    assert "unreviewed-change" in (project / "build/en/medicine-basics.html").read_text(encoding="utf-8")
    assert readings and set(readings.values()) == {1}, readings


def test_edu_check_reads_each_handouts_signoff_once(project: Path, monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    replace_once(project / "content/facts.yaml", "value: 100", "value: 150")
    readings = _count_readings(monkeypatch)
    _code, _out, err = run(capsys, project, "check")
    assert f"{CHANGED}:" in err and "[unreviewed-change]" in err, err
    assert readings and set(readings.values()) == {1}, readings


def test_the_next_build_compiles_only_the_templates_that_changed(project: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """The compiled templates are kept in the build folder; an edited template is compiled again
    and its new words are on the pages."""
    _build(project)
    assert (project / "build" / TEMPLATE_CODE).is_file()
    compiled = _compiled(monkeypatch)
    _remake_pages(project)
    assert compiled == []
    replace_once(project / "templates/handout.html", "<p class=\"disclaimer\">",
                 "<p class=\"test-mark\"></p><p class=\"disclaimer\">")
    _build(project)
    assert compiled == ["handout.html"]
    assert "<p class=\"test-mark\"></p>" in (project / "build/en/medicine-basics.html").read_text(encoding="utf-8")
    _build(project, BuildOptions(formats=("html",), force=True))  # --force: whatever the build folder holds
    assert "base.html" in compiled


def test_a_renamed_template_leaves_no_compiled_code_behind(project: Path) -> None:
    """The file of compiled templates kept the code of a template renamed or removed (and of a
    project moved elsewhere) until a --force build: it keeps the templates the project has."""
    _build(project)
    stored = project / "build" / TEMPLATE_CODE
    old, new = (str(project / "templates" / name).encode() for name in ("callout.html", "box.html"))
    assert old in stored.read_bytes()  # its code names its file
    (project / "templates/callout.html").rename(project / "templates/box.html")
    for name in ("handout.html", "bilingual.html"):
        replace_once(project / "templates" / name, '{% from "callout.html" import', '{% from "box.html" import')
    for _build_again in range(2):
        report = _build(project)
        assert not report.problems, report.problems
        assert new in stored.read_bytes() and old not in stored.read_bytes()
    moved = project.parent / "moved"
    project.rename(moved)  # every template's file has another path now: the code kept is of the new paths
    assert not _remake_pages(moved).problems
    assert str(moved).encode() in (moved / "build" / TEMPLATE_CODE).read_bytes()
    assert str(project).encode() not in (moved / "build" / TEMPLATE_CODE).read_bytes()


@pytest.mark.parametrize("damage", ["empty", "not compiled code", "torn", "another edu's"])
def test_a_damaged_file_of_compiled_templates_is_compiled_again(project: Path, monkeypatch: pytest.MonkeyPatch,
                                                                damage: str) -> None:
    """A torn, corrupt or foreign .edu-templates.code is never run: every template is compiled
    from its text, the pages are the same bytes, and the file is written anew."""
    _build(project)
    out = project / "build"
    before = _pages(out)
    stored = out / TEMPLATE_CODE
    data = stored.read_bytes()
    head, _digest, body = data.split(b"\n", 2)
    other = body.replace(body[:16], b"0" * 16, 1)  # stamped by another version of edu, Jinja2 or Python
    stored.write_bytes({"empty": b"", "not compiled code": b"print('hello')", "torn": data[: len(data) // 2],
                        "another edu's": b"\n".join([head, hashlib.sha256(other).hexdigest().encode(), other])}[damage])
    compiled = _compiled(monkeypatch)
    report = _remake_pages(project)
    assert not report.problems and "base.html" in compiled, report.problems
    assert _pages(out) == before
    compiled.clear()
    _remake_pages(project)
    assert compiled == []


@pytest.mark.parametrize("force", [False, True])
def test_a_build_folder_outside_the_project_never_holds_code_that_edu_runs(project: Path, tmp_path: Path,
                                                                           monkeypatch: pytest.MonkeyPatch,
                                                                           force: bool) -> None:
    """`-o` a folder outside the project (a web server's, which others may write): no compiled
    templates are kept there, and a file of them planted there is not run: every template is
    compiled from its text (those the project's build/ keeps aside: test_web_build_reuse.py), and the
    file is removed, as an older edu's."""
    _build(project)
    planted = (project / "build" / TEMPLATE_CODE).read_bytes()  # good code, of these very templates
    out = tmp_path / "www"
    options = BuildOptions(formats=("html",), out=out, force=force)
    _build(project, options)
    assert not (out / TEMPLATE_CODE).exists()
    (out / TEMPLATE_CODE).write_bytes(planted)
    for page in _pages(out):
        (out / page).unlink()
    (project / "build" / TEMPLATE_CODE).unlink()
    compiled = _compiled(monkeypatch)
    report = _build(project, options)
    assert not report.problems and "base.html" in compiled, report.problems
    assert not (out / TEMPLATE_CODE).exists()  # not read, and removed (an older edu kept it there)
