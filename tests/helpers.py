"""Small helpers shared by the end-to-end tests: run the CLI in-process and read PDFs back."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import lxml.html
import pytest
from pypdf import PdfReader

from edu.cli import main

# The day the whole suite runs on: conftest holds edu's today (edu.config.today) to it, so a run that
# crosses midnight still compares one day with itself (CI once failed three sign-off tests so).
TODAY = dt.date.today()


def run(capsys: pytest.CaptureFixture[str], root: Path, *args: str) -> tuple[int, str, str]:
    """``edu -C root ARGS`` in this process: (exit status, stdout, stderr)."""
    code = main(["-C", str(root), *args])
    out, err = capsys.readouterr()
    return code, out, err


def front_matter(title: str = "A title", summary: str = "A summary.") -> str:
    """The front matter of a small patient handout for tests."""
    return (f"---\ntitle: {title}\nsummary: {summary}\naudience: patient\ntopic: example\n"
            "reviewed: 2026-11-20\nversion: 1\nreferences: []\n---\n")


def pdf_text(path: Path) -> str:
    """The text a reader (or screen reader) gets out of a PDF, whitespace collapsed."""
    reader = PdfReader(str(path))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def stylesheet(page: Path) -> str:
    """The text of the one stylesheet a web page links (build/assets/edu.<digest>.css)."""
    import lxml.html

    [href] = lxml.html.fromstring(page.read_bytes()).xpath('//link[@rel="stylesheet"]/@href')
    return (page.parent / href).read_text(encoding="utf-8")


def po_line(po: Path, msgid: str) -> int:
    """The 1-based line of ``msgid "..."`` in a .po file."""
    for number, line in enumerate(po.read_text(encoding="utf-8").splitlines(), 1):
        if line == f'msgid "{msgid}"':
            return number
    raise AssertionError(f"{msgid!r} not in {po}")


def record_calls(monkeypatch: pytest.MonkeyPatch, owner: object, name: str, what: Callable[..., Any]) -> list[Any]:
    """From now on, every call of ``owner.name`` is recorded as ``what(*args)`` and then made."""
    seen: list[Any] = []
    real = getattr(owner, name)

    def spy(*args: Any, **kwargs: Any) -> Any:
        seen.append(what(*args))
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, spy)
    return seen


def make_font(path: Path, family: str, chars: str, weight: int = 400, advance: int = 600) -> Path:
    """A small TrueType font named ``family`` whose glyphs (a box each) draw ``chars``: a project's
    own font for a script the shipped fonts lack, made here so no test needs the network."""
    from fontTools.fontBuilder import FontBuilder
    from fontTools.pens.ttGlyphPen import TTGlyphPen

    pen = TTGlyphPen(None)
    for x0, y0, x1, y1 in ((80, 0, 520, 700), (160, 80, 440, 620)):  # a square ring: outer, then inner
        pen.moveTo((x0, y0))
        pen.lineTo((x0, y1) if x0 == 80 else (x1, y0))
        pen.lineTo((x1, y1))
        pen.lineTo((x1, y0) if x0 == 80 else (x0, y1))
        pen.closePath()
    box = pen.glyph()
    names = [f"uni{ord(ch):04X}" for ch in chars]
    builder = FontBuilder(1000, isTTF=True)
    builder.setupGlyphOrder([".notdef", *names])
    builder.setupCharacterMap({ord(ch): name for ch, name in zip(chars, names, strict=True)})
    builder.setupGlyf({name: box for name in [".notdef", *names]})
    builder.setupHorizontalMetrics({name: (advance, 80) for name in [".notdef", *names]})
    builder.setupHorizontalHeader(ascent=800, descent=-200)
    builder.setupNameTable({"familyName": family, "styleName": "Bold" if weight >= 700 else "Regular"})
    builder.setupOS2(sTypoAscender=800, sTypoDescender=-200, usWinAscent=800, usWinDescent=200,
                     usWeightClass=weight, fsSelection=0x20 if weight >= 700 else 0x40)
    builder.setupPost()
    path.parent.mkdir(parents=True, exist_ok=True)
    builder.save(str(path))
    return path


def add_language(capsys: pytest.CaptureFixture[str], root: Path, lang: str, languages: tuple[str, ...]) -> None:
    """``edu init LANG`` (every entry untranslated) and ``languages`` set to ``languages``."""
    assert run(capsys, root, "init", lang)[0] == 0
    toml = root / "pyproject.toml"
    listed = ", ".join(f'"{x}"' for x in languages)
    toml.write_text(toml.read_text(encoding="utf-8").replace('["en", "es"]', f"[{listed}]"), encoding="utf-8")


def cite_the_label(root: Path) -> None:
    """medicine-basics cites its source, the label, after its link to it ("… [1]."), in English
    and in the Spanish catalog."""
    sentence = ("Read the [label](https://example.org/label).", "Lea la [etiqueta](https://example.org/label).")
    handout = root / "content/en/medicine-basics.md"
    po = root / "locale/es/LC_MESSAGES/from-en.po"
    handout.write_text(handout.read_text(encoding="utf-8").replace(sentence[0], sentence[0][:-1] + " [1]."), "utf-8")
    text = po.read_text(encoding="utf-8")
    for words in sentence:
        text = text.replace(f'"{words}"', f'"{words[:-1]} [1]."')
    po.write_text(text, encoding="utf-8")


def parse(path: Path) -> lxml.html.HtmlElement:
    """A built web page's tree."""
    return lxml.html.fromstring(path.read_bytes())


def replace_once(path: Path, old: str, new: str) -> None:
    """Edit a project file as a person would: ``old`` must be there; its first place becomes ``new``."""
    text = path.read_text(encoding="utf-8")
    assert old in text, (old, path)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def word_list_line(project: Path) -> int:
    """The line of templates/labels.html where its list of page words starts (where a missing word is
    reported): a new page word moves it."""
    lines = (project / "templates/labels.html").read_text(encoding="utf-8").splitlines()
    return next(n for n, line in enumerate(lines, 1) if line.startswith("{%- set labels = {"))
