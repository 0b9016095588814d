"""A web build does not pay for what it does not make, nor twice for what an earlier build made,
nor reads a whole catalog line by line for what a quick look finds.

An HTML-only build loads no PDF code; a build into a folder outside the project (a deploy job's new
folder, `-o /srv/www/handouts`) keeps its compiled templates and its cut-down Noto Sans in the
project's own build folder, as a build inside the project keeps them in its folder, so the next
such build neither compiles the templates nor cuts the font again: 0.16 s and 0.3 s of every build.
The pages are the same bytes; nothing kept is used by `--force`, or when it is not what this
build would make (test_build_work.py: the compiled templates' checks).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fontTools.ttLib import TTFont
from hypothesis import given, settings
from hypothesis import strategies as st

from edu import poread, webfonts
from edu.errors import SourceError
from edu.render import simple_inline
from edu.templating import TEMPLATE_CODE
from helpers import replace_once, run
from test_build_work import _compiled
from test_incremental import _web_build_modules
from test_properties import rich_inline, test_simple_inline_writes_what_python_markdown_writes, word


def _cuts(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The characters of each font cut down by fontTools, in this process (none remembered from before)."""
    cuts: list[str] = []
    cut = webfonts._cut

    def counted(font: object, chars: str) -> None:
        cuts.append(chars)
        cut(font, chars)

    webfonts._woff2.cache_clear()
    monkeypatch.setattr(webfonts, "_cut", counted)
    return cuts


def _vietnamese_clinic(project: Path) -> None:
    """The organization's name, on every page, in letters Atkinson Hyperlegible lacks: pages load Noto Sans, cut."""
    replace_once(project / "pyproject.toml", 'organization = "Test Clinic Library"',
                 'organization = "Phòng khám Đồng Tâm"')


def _files(out: Path) -> dict[str, bytes]:
    """What a build folder publishes (its own records left out)."""
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and not p.name.startswith(".")}


def _build_to(capsys: pytest.CaptureFixture[str], project: Path, out: Path, *args: str) -> dict[str, bytes]:
    code, _out, err = run(capsys, project, "build", "--format", "html", "-j", "1", "-o", str(out), *args)
    assert code == 0, err
    return _files(out)


def test_a_web_build_loads_no_pdf_code(project: Path) -> None:
    """`edu build --format html` loaded the PDF writer's modules (10-15 ms) through the worker's job records."""
    stderr, loaded = _web_build_modules(project)
    assert " 0 failed" in stderr, stderr
    assert not loaded & {"edu.pdf", "edu.pdftags", "edu.fetcher", "weasyprint"}


def test_a_build_elsewhere_compiles_the_templates_once_for_the_next(project: Path, tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str],
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    compiled = _compiled(monkeypatch)
    first = _build_to(capsys, project, tmp_path / "www-1")
    assert "base.html" in compiled and (project / "build" / TEMPLATE_CODE).is_file()
    assert not (tmp_path / "www-1" / TEMPLATE_CODE).exists()  # never code where a web server writes
    compiled.clear()
    assert _build_to(capsys, project, tmp_path / "www-2") == first
    assert compiled == []
    replace_once(project / "templates/handout.html", '<p class="disclaimer">',
                 '<p class="test-mark"></p><p class="disclaimer">')
    third = _build_to(capsys, project, tmp_path / "www-3")
    assert compiled == ["handout.html"] and b'<p class="test-mark"></p>' in third["en/medicine-basics.html"]
    compiled.clear()
    _build_to(capsys, project, tmp_path / "www-4", "--force")  # --force: nothing kept is used
    assert "base.html" in compiled


def test_a_build_elsewhere_cuts_noto_sans_once_for_the_next(project: Path, tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str],
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    _vietnamese_clinic(project)
    cuts = _cuts(monkeypatch)
    first = _build_to(capsys, project, tmp_path / "www-1")
    [noto] = [name for name in first if name.startswith("assets/fonts/NotoSans-")]
    assert len(cuts) == 1 and "ồ" in cuts[0]
    with TTFont(tmp_path / "www-1" / noto) as font:
        assert "ồ" in {chr(code) for code in font.getBestCmap()}  # (Atkinson Hyperlegible draws ò, Đ)
    webfonts._woff2.cache_clear()
    assert _build_to(capsys, project, tmp_path / "www-2") == first
    assert len(cuts) == 1  # the same bytes, kept by the first build
    _build_to(capsys, project, tmp_path / "www-3", "--force")
    assert len(cuts) == 2
    replace_once(project / "pyproject.toml", "Đồng Tâm", "Đồng Tâm Mới")  # "ớ": another cut, the old one dropped
    webfonts._woff2.cache_clear()
    again = _build_to(capsys, project, tmp_path / "www-4")
    assert len(cuts) == 3 and "ớ" in cuts[-1]
    assert [p.name for p in (project / "build/.edu-fonts").iterdir()] == [
        name.rpartition("/")[2] for name in again if name.startswith("assets/fonts/NotoSans-")]


@pytest.mark.parametrize("damage", ["torn", "another file's", "empty"])
def test_a_damaged_kept_font_is_cut_again(project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                          monkeypatch: pytest.MonkeyPatch, damage: str) -> None:
    _vietnamese_clinic(project)
    first = _build_to(capsys, project, tmp_path / "www-1")
    [kept] = (project / "build/.edu-fonts").iterdir()
    data = kept.read_bytes()
    head, _, _body = data.partition(b"\n")
    other = webfonts._woff2(webfonts.READY.joinpath("AtkinsonHyperlegible-Regular.woff2").read_bytes(), "A")
    kept.write_bytes({"torn": data[: len(data) // 2], "another file's": head + b"\n" + other, "empty": b""}[damage])
    cuts = _cuts(monkeypatch)
    assert _build_to(capsys, project, tmp_path / "www-2") == first
    assert len(cuts) == 1 and kept.read_bytes() == data


def test_a_project_whose_build_folder_cannot_be_written_still_builds_elsewhere(
        project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Nothing can be kept (here build/ is a file; a read-only checkout is alike): the build is made, silently."""
    _vietnamese_clinic(project)
    (project / "build").write_text("not a folder", encoding="utf-8")
    code, _out, err = run(capsys, project, "build", "--format", "html", "-j", "1", "-o", str(tmp_path / "www"))
    assert code == 0, err
    assert (project / "build").read_text(encoding="utf-8") == "not a folder"
    (project / "build").unlink()
    _code, _out, usual = run(capsys, project, "build", "--format", "html", "-j", "1", "-o", str(tmp_path / "www-2"))
    assert err.splitlines()[:-1] == usual.splitlines()[:-1]  # the same messages (the last line: the time taken)


def _fewer_forms_line_by_line(text: str, forms: int) -> tuple[int, int] | None:
    """poread._fewer_forms as it read every line of a catalog (the reference its quick look must agree with)."""
    entry, given = 0, -1
    for number, raw in enumerate([*text.split("\n"), None], 1):
        line = "" if raw is None else raw.strip()
        if raw is not None and not line:
            continue
        if line.startswith("msgstr["):
            given += 1 if given >= 0 else 0
        elif line.startswith('"') or (line.startswith("#") and not line.startswith("#~")):
            continue
        elif line.startswith("msgid_plural") and entry:
            given = 0
        else:
            if 0 <= given < forms:
                return entry, given
            given = -1
            if line.startswith("msgid "):
                entry = number
    return None


_PO_LINES = ['msgid "a"', ' msgid "b"', 'msgid_plural "x"', '  msgid_plural "y"', 'msgstr[0] ""', 'msgstr[1] "z"',
             '\tmsgstr[2] ""', 'msgstr ""', '"more"', "# a comment", '#~ msgid "old"', '#~ msgid_plural "old"',
             '#~ msgstr[0] "old"', "", "   ", 'msgctxt "k"', '#| msgid "before"', "\r", "msgid_plural\r",
             '\x0cmsgid_plural "q"', 'x msgid_plural "not a keyword"']


@given(st.lists(st.sampled_from(_PO_LINES), max_size=16), st.integers(1, 3))
def test_the_entry_with_too_few_plural_forms_is_the_one_a_line_by_line_reading_finds(lines: list[str],
                                                                                    forms: int) -> None:
    """A catalog whose entry has fewer msgstr[N] than its Plural-Forms is refused naming that entry's
    line: the quick look names the same entry (or none) as reading every line did."""
    text = "\n".join(lines)
    assert poread._fewer_forms(text, forms) == _fewer_forms_line_by_line(text, forms)


def test_a_catalog_with_too_few_plural_forms_names_its_entry(tmp_path: Path) -> None:
    header = ('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
              '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n')
    entries = "".join(f'\nmsgid "Word {n}"\nmsgstr "Palabra {n}"\n' for n in range(200))
    plural = '\n#: templates/labels.html:3\nmsgid "%(n)s day"\nmsgid_plural "%(n)s days"\nmsgstr[0] "%(n)s día"\n'
    po = tmp_path / "es.po"
    po.write_text(header + entries + plural + entries.replace("Word", "Other"), encoding="utf-8")
    with pytest.raises(SourceError) as raised:
        poread.read_catalog(po)
    line = (header + entries).count("\n") + 3
    assert f"the entry at line {line} has 1 form (msgfmt --check rejects it)" in str(raised.value)


# A link to another handout or to a section, [text](risks.md#when) or [text](#dosing), was given
# to Python-Markdown (670 segments of a 500-handout build, a third of its conversions): it is one
# of the shortcuts now, which write what Python-Markdown writes.
RELATIVE = ["risks.md", "risks-c0.md#when-to-call", "#dosing", "#a_b_", "a_b.md#_x_", "#ñ", ".md", "-x.md",
            "a.md#", "#", "risks.md#x y", "#x(y)"]
relative_link = st.one_of(
    st.tuples(word, st.sampled_from(RELATIVE)).map(lambda t: f"[{t[0]}]({t[1]})"),
    st.tuples(word, word).map(lambda t: f"[{t[0]}]({t[1].lower()}.md#{t[0].lower()}-{t[1].lower()})"),
    word.map(lambda w: f"[{w} {w}](#{w.lower()}-qaab)"))
linked_text = st.lists(st.one_of(rich_inline, relative_link), max_size=9).map(lambda ps: " ".join(ps).strip())


@settings(max_examples=1000, deadline=None)
@given(linked_text)
def test_a_link_to_another_handout_or_section_is_written_as_python_markdown_writes_it(text: str) -> None:
    test_simple_inline_writes_what_python_markdown_writes.hypothesis.inner_test(text)  # (its texts have no such link)


def test_a_link_to_a_section_takes_the_shortcut() -> None:
    text = "Details follow under [Dosing](#dosing) and [when to call](risks.md#when-to-call)."
    assert simple_inline(text) == ('Details follow under <a href="#dosing" rel="noopener noreferrer">Dosing</a> and '
                                   '<a href="risks.md#when-to-call" rel="noopener noreferrer">when to call</a>.')
