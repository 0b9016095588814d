"""Every character the library prints has a glyph in the shipped fonts: Atkinson Hyperlegible first,
Noto Sans for what it lacks. A character in neither would fall back to whatever the machine has
(or a blank box), and WeasyPrint can spend a minute searching fontconfig for it."""

from __future__ import annotations

import dataclasses
import html
import io
import re
import shutil
import subprocess
import unicodedata
from functools import cache
from pathlib import Path

import lxml.html
import pytest
from fontTools.ttLib import TTFont
from pypdf import PdfReader

from edu import fonts, webfonts
from edu.fonts import on_web, shipped_faces
from edu.glyphs import coverage as font_coverage
from edu.glyphs import page_text, uncovered
from edu.webfonts import READY, _woff2, ready_made
from helpers import add_language, make_font, pdf_text, po_line, run, stylesheet
from test_pdf import build_real_content, embedded_fonts, pdfs


@cache
def coverage() -> dict[str, frozenset[int]]:
    """Code points of each shipped font family (the union of its faces)."""
    out: dict[str, set[int]] = {}
    for face in shipped_faces():
        with TTFont(face.path, lazy=True) as font:
            out.setdefault(face.family, set()).update(font.getBestCmap())
    return {family: frozenset(points) for family, points in out.items()}


def printable(text: str) -> set[str]:
    """Characters that need a glyph (not spaces, line breaks or other control characters)."""
    return {ch for ch in text if not ch.isspace() and unicodedata.category(ch)[0] != "C"}


def missing_glyphs(chars: set[str]) -> set[str]:
    """What the build's own glyph check (edu.glyphs, behind `edu check` [glyph]) finds missing."""
    return set(uncovered("".join(chars), font_coverage(shipped_faces())))


@pytest.fixture(scope="module")
def real_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_real_content(tmp_path_factory.getbasetemp())


def test_atkinson_covers_spanish_and_noto_covers_the_rest() -> None:
    assert font_coverage(shipped_faces()) == frozenset().union(*coverage().values())  # read face by face here
    atkinson = coverage()["Atkinson Hyperlegible"]
    assert all(ord(ch) in atkinson for ch in "áéíóúüñÁÉÍÓÚÜÑ¿¡«»–—·“”’°")
    assert not missing_glyphs({"≥", "≤", "µ", "×", "±"})
    assert missing_glyphs({"\u4e2d"}) == {"\u4e2d"}  # the check can fail: no CJK in either font


def test_every_character_printed_in_every_pdf_has_a_glyph(real_build: Path) -> None:
    files = pdfs(real_build)
    assert len(files) >= 20
    chars: set[str] = set()
    for path in files:
        for page in PdfReader(path).pages:
            chars |= printable(page.extract_text() or "")
    assert len(chars) > 80
    assert not missing_glyphs(chars), sorted(f"U+{ord(c):04X} {c}" for c in missing_glyphs(chars))


def test_every_character_of_every_web_page_has_a_glyph(real_build: Path) -> None:
    chars: set[str] = set()
    for path in sorted(real_build.rglob("*.html")):
        doc = lxml.html.fromstring(path.read_bytes())
        for node in doc.xpath("//style|//script"):
            node.drop_tree()
        chars |= printable(doc.text_content())
    assert not missing_glyphs(chars), sorted(f"U+{ord(c):04X} {c}" for c in missing_glyphs(chars))


def test_only_the_shipped_fonts_are_embedded(real_build: Path) -> None:
    for path in pdfs(real_build):
        fonts = embedded_fonts(path)
        assert all(fonts.values()), (path, fonts)  # /FontFile2 and /ToUnicode
        assert all(name.startswith(("Atkinson-Hyperlegible", "Noto-Sans")) for name in fonts), (path, fonts)


# --- the project's own fonts ([tool.edu] fonts) ------------------------------------------------------

ARROW = "\u2794"  # HEAVY WIDE-HEADED RIGHTWARDS ARROW: in neither shipped font
WASH = "Lávese las manos."


def with_arrow(project: Path) -> Path:
    """The fixture with a Spanish step that prints an arrow no shipped font has."""
    po = project / "locale/es/LC_MESSAGES/from-en.po"
    po.write_text(po.read_text(encoding="utf-8").replace(f'msgstr "{WASH}"', f'msgstr "{ARROW} {WASH}"'),
                  encoding="utf-8")
    return po


def add_fonts(project: Path, *names: str) -> None:
    pyproject = project / "pyproject.toml"
    listed = ", ".join(f'"templates/fonts/{name}"' for name in names)
    pyproject.write_text(pyproject.read_text(encoding="utf-8") + f"fonts = [{listed}]\n", encoding="utf-8")


def test_a_project_font_draws_what_the_shipped_fonts_lack(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    po = with_arrow(project)
    code, _out, err = run(capsys, project, "check")
    line = po_line(po, "Wash your hands.")
    assert f"locale/es/LC_MESSAGES/from-en.po:{line}: warning: '{ARROW}' (U+2794 HEAVY WIDE-HEADED RIGHTWARDS " \
           "ARROW), which no font of the handouts can draw" in err
    assert "add a font that has it to `fonts` in [tool.edu] [glyph]" in err
    font = make_font(project / "templates/fonts/EduArrows-Regular.ttf", "Edu Arrows", ARROW)
    add_fonts(project, font.name)
    code, _out, err = run(capsys, project, "check")
    assert code == 0 and "[glyph]" not in err, err

    code, _out, err = run(capsys, project, "build", "-j", "1")
    assert code == 0, err
    assert "no font of the handouts" not in err
    out = project / "build"
    pdf = out / "es/medicine-basics.pdf"
    assert any(name.startswith("Edu-Arrows") for name in embedded_fonts(pdf)), embedded_fonts(pdf)
    assert f"{ARROW} {WASH}" in pdf_text(pdf)
    assert not any(name.startswith("Edu-Arrows") for name in embedded_fonts(out / "en/medicine-basics.pdf"))
    # web pages: the font is in the stack after the shipped ones, and loaded from the build folder
    page = stylesheet(out / "es/medicine-basics.html")
    assert 'html { font-family: "Atkinson Hyperlegible", "Noto Sans", "Edu Arrows", sans-serif;' in page
    assert ('@font-face { font-family: "Edu Arrows"; src: url("fonts/EduArrows-Regular.woff2") format("woff2"); '
            "font-weight: 400; font-style: normal; font-display: swap; }") in page
    with TTFont(out / "assets/fonts/EduArrows-Regular.woff2") as web, TTFont(font) as printed:
        assert web.flavor == "woff2" and web.getBestCmap() == printed.getBestCmap()
    assert "Noto" not in "".join(p.name for p in (out / "assets/fonts").iterdir())  # Atkinson covers the rest


def test_a_changed_project_font_renders_the_pdfs_again(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with_arrow(project)
    font = make_font(project / "templates/fonts/EduArrows.ttf", "Edu Arrows", ARROW)
    add_fonts(project, font.name)
    assert run(capsys, project, "build", "-j", "1", "--format", "pdf")[0] == 0
    pdf = project / "build/es/medicine-basics.pdf"
    before = pdf.read_bytes()
    assert "edu: 0 built," in run(capsys, project, "build", "-j", "1", "--format", "pdf")[2]  # nothing changed
    make_font(font, "Edu Arrows", ARROW, advance=900)  # the same file name and family, a wider arrow
    code, _out, err = run(capsys, project, "build", "-j", "1", "--format", "pdf")
    assert code == 0 and "es/medicine-basics.pdf" in err, err  # the page HTML is the same: the font decided
    assert pdf.read_bytes() != before


def test_a_file_that_is_not_a_font_is_one_located_line(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = project / "templates/fonts/Broken.ttf"
    bad.parent.mkdir(parents=True)
    bad.write_bytes(b"<html>not a font</html>")
    add_fonts(project, bad.name)
    for command in ("build", "check"):
        code, _out, err = run(capsys, project, command)
        assert code == 1
        assert err == "templates/fonts/Broken.ttf: cannot read the font: Not a TrueType or OpenType font (bad " \
                      "sfntVersion)\n", err
    assert not (project / "build/en").exists()  # nothing half made


def test_project_fonts_keep_their_family_weight_and_style(tmp_path: Path) -> None:
    from edu.config import load_settings
    from edu.fonts import faces, stack

    make_font(tmp_path / "templates/fonts/A-Regular.ttf", 'Quote "Sans" <x>', "\u0627")
    make_font(tmp_path / "templates/fonts/A-Bold.ttf", 'Quote "Sans" <x>', "\u0627", weight=700)
    (tmp_path / "pyproject.toml").write_text(
        '[tool.edu]\nfonts = ["templates/fonts/A-Regular.ttf", "templates/fonts/A-Bold.ttf"]\n', encoding="utf-8")
    found = faces(load_settings(tmp_path))
    assert [(f.family, f.weight, f.style, f.shipped) for f in found[-2:]] == [
        ('Quote "Sans" <x>', 400, "normal", False), ('Quote "Sans" <x>', 700, "normal", False)]
    assert stack(found) == r'"Atkinson Hyperlegible", "Noto Sans", "Quote \"Sans\" \3c x>"'
    assert missing_glyphs({"\u0627"}) == {"\u0627"}  # not in the shipped fonts
    assert not uncovered("\u0627", font_coverage(found))


def test_a_build_reads_a_project_font_once_for_all_its_digests(project: Path, capsys: pytest.CaptureFixture[str],
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """The snapshot, the templates' digest and the fonts' digest all cover templates/fonts/: a
    large font (a CJK one is 16 MB) is read once, and again only when it changes."""
    font = make_font(project / "templates/fonts/EduArrows.ttf", "Edu Arrows", ARROW)
    add_fonts(project, font.name)
    reads: list[Path] = []
    original = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        reads.append(self)
        return original(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    assert run(capsys, project, "build", "-j", "1", "--format", "html")[0] == 0
    assert reads.count(font) == 2  # the digests, and the copy into build/assets/fonts/
    assert run(capsys, project, "build", "-j", "1", "--format", "html")[0] == 0
    assert reads.count(font) == 2  # nothing changed: the stat says so
    make_font(font, "Edu Arrows", ARROW + "\u2795")
    assert run(capsys, project, "build", "-j", "1", "--format", "html")[0] == 0
    assert reads.count(font) == 4


def test_templates_that_do_not_print_the_font_stack_are_told(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Templates copied before `{{ font_stack }}` name the shipped fonts alone: the project's
    fonts would be listed, embedded nowhere, and counted as drawing their characters."""
    make_font(project / "templates/fonts/EduArrows.ttf", "Edu Arrows", ARROW)
    add_fonts(project, "EduArrows.ttf")
    assert "[fonts]" not in run(capsys, project, "check")[2]
    css = project / "templates/edu.css"
    css.write_text(css.read_text(encoding="utf-8").replace("{{ font_stack }}", '"Atkinson Hyperlegible", "Noto Sans"'),
                   encoding="utf-8")
    line = next(n for n, text in enumerate((project / "pyproject.toml").read_text("utf-8").splitlines(), 1)
                if text.startswith("fonts ="))
    _code, _out, err = run(capsys, project, "check")
    assert (f"pyproject.toml:{line}: warning: no template prints {{{{ font_stack }}}}, so no page asks for these "
            "fonts: write `font-family: {{ font_stack }}, sans-serif;` in templates/edu.css [fonts]") in err, err


def test_each_language_draws_shared_characters_with_its_own_fonts(project: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """Simplified and traditional Chinese share code points, not the shapes of their characters:
    a font listed for zh-Hant in [tool.edu.language_fonts] draws zh-Hant text, zh-Hans keeps its own."""
    for lang in ("zh-Hans", "zh-Hant"):
        assert run(capsys, project, "init", lang)[0] == 0
    pyproject = project / "pyproject.toml"
    text = pyproject.read_text(encoding="utf-8").replace('["en", "es"]', '["en", "es", "zh-Hans", "zh-Hant"]')
    pyproject.write_text(text, encoding="utf-8")
    assert run(capsys, project, "build", "--draft", "--format", "html", "-j", "1")[0] == 0
    pages = "".join(p.read_text(encoding="utf-8") for p in (project / "build").glob("zh-*/*.html"))
    chars = "".join(sorted({ch for ch in pages if ord(ch) >= 0x2E80}))  # the date "2026年11月20日", language names
    assert "年" in chars
    simplified = make_font(project / "templates/fonts/EduSC-Regular.ttf", "Edu SC", chars)
    traditional = make_font(project / "templates/fonts/EduTC-Regular.ttf", "Edu TC", chars)
    pyproject.write_text(text + '\n[tool.edu.language_fonts]\nzh-Hans = ["templates/fonts/EduSC-Regular.ttf"]\n'
                         'zh-Hant = ["templates/fonts/EduTC-Regular.ttf"]\n', encoding="utf-8")
    code, _out, err = run(capsys, project, "build", "--draft", "-j", "1")
    assert code == 0, err
    out = project / "build"
    for lang, own, other in (("zh-Hans", "Edu-SC", "Edu-TC"), ("zh-Hant", "Edu-TC", "Edu-SC")):
        pdf = out / lang / "medicine-basics.pdf"
        assert "年" in pdf_text(pdf)
        names = embedded_fonts(pdf)
        assert any(n.startswith(own) for n in names) and not any(n.startswith(other) for n in names), (lang, names)
    assert not any(n.startswith("Edu-") for n in embedded_fonts(out / "en/medicine-basics.pdf"))
    page = stylesheet(out / "zh-Hant/medicine-basics.html")
    assert ('[lang="zh-Hant"] { font-family: "Atkinson Hyperlegible", "Noto Sans", "Edu TC", "Edu SC", sans-serif; }'
            in page)
    assert 'html { font-family: "Atkinson Hyperlegible", "Noto Sans", "Edu SC", "Edu TC", sans-serif;' in page
    assert '"fonts/EduTC-Regular.woff2"' in page
    side = out / "bilingual/medicine-basics.zh-Hant.pdf"  # the Chinese column of the side-by-side edition
    assert any(n.startswith("Edu-TC") for n in embedded_fonts(side))
    for font in (simplified, traditional):
        with TTFont(out / "assets/fonts" / f"{font.stem}.woff2") as web, TTFont(font) as printed:
            assert web.getBestCmap() == printed.getBestCmap()


# --- the text layer: a PDF gives back exactly the text it prints ------------------------------------------------

def vietnamese_letters() -> str:
    """Every Vietnamese vowel with every tone (dot below included), and đ, upper and lower case."""
    tones = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")
    words = [unicodedata.normalize("NFC", "".join(v + t for t in tones)) for v in "aăâeêioôơuưy"]
    line = " ".join(words) + " đ"
    return f"{line} {line.upper()}"


PRINTED = {  # lang -> lines drawn with the shipped fonts (Atkinson Hyperlegible first, Noto Sans for the rest)
    "vi": ["Hãy hỏi bác sĩ tại sao họ chọn thuốc này.", "Gọi ngay nếu chỗ tiêm bị đau, dịu đi rồi lại sưng đỏ.",
           "Những điểm chính: dùng thuốc đúng giờ, định kỳ đi khám.", vietnamese_letters()],
    "el": ["Ρωτήστε τον γιατρό σας γιατί επέλεξε αυτό το φάρμακο.", "Μην το ανακινείτε· μην το καταψύχετε."],
    "ru": ["Спросите врача, почему он выбрал это лекарство.", "Не встряхивайте шприц и не замораживайте его."],
    "yo": ["Ẹ bá dókítà sọ̀rọ̀ tí ọgbẹ́ bá ṣẹlẹ̀."],  # ọ and ẹ with a tone mark above: two marks
}


def text_layer_page(lines: dict[str, list[str]]) -> str:
    """A page with each line as a paragraph, then in bold and in italic, in the shipped fonts."""
    paragraphs = "".join(f'<p lang="{lang}">{html.escape(line)}</p><p lang="{lang}"><b>{html.escape(line)}</b></p>'
                         f'<p lang="{lang}"><i>{html.escape(line)}</i></p>'
                         for lang, group in lines.items() for line in group)
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>t</title><style>'
            'body { font-family: "Atkinson Hyperlegible", "Noto Sans", sans-serif; font-size: 12pt; }'
            f"</style></head><body>{paragraphs}</body></html>")


def test_pdfs_give_back_exactly_the_vietnamese_greek_and_cyrillic_they_print(project: Path, tmp_path: Path) -> None:
    """Noto Sans draws ọ, ụ, ị, ẹ as a letter and a dot (its ccmp): WeasyPrint's text layer then read
    "họ chọn" as "hị chịn" (a screen reader, search and copy said so) while the page looked right."""
    from edu.model import Page
    from edu.pdf import PdfWriter

    expected = " ".join(line for group in PRINTED.values() for line in group for _style in range(3))
    rendered = PdfWriter(project).render(Page(text_layer_page(PRINTED), "vi", "t", "t", None))
    data, problems = rendered.data, rendered.problems
    assert not problems
    pdf = tmp_path / "text.pdf"
    pdf.write_bytes(data)
    assert any(name.startswith("Noto-Sans") for name in embedded_fonts(pdf))
    assert pdf_text(pdf) == expected
    if shutil.which("pdftotext") is not None:  # poppler, as most PDF readers and screen readers see it
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        assert " ".join(text.split()) == expected


# --- web pages: Noto Sans for what Atkinson Hyperlegible lacks, cut down ------------------------------------------

VIETNAMESE = {"What is this medicine?": "Thuốc này là gì?", "Wash your hands.": "Rửa tay của bạn.",
              "Key points": "Những điểm chính"}


def translate(po: Path, translations: dict[str, str]) -> None:
    text = po.read_text(encoding="utf-8")
    for msgid, msgstr in translations.items():
        text = text.replace(f'msgid "{msgid}"\nmsgstr ""\n', f'msgid "{msgid}"\nmsgstr "{msgstr}"\n', 1)
    po.write_text(text, encoding="utf-8")


def test_web_pages_load_noto_sans_cut_down_to_the_letters_atkinson_lacks(project: Path,
                                                                         capsys: pytest.CaptureFixture[str]) -> None:
    """Web pages left Vietnamese letters to the reader's device (another font inside Atkinson
    words, different on every computer); the PDF draws them with Noto Sans. A project whose text
    Atkinson Hyperlegible covers ships it alone (test_a_project_font_draws_what_the_shipped_fonts_lack)."""
    add_language(capsys, project, "vi", ("en", "es", "vi"))
    po = project / "locale/vi/LC_MESSAGES/from-en.po"
    translate(po, VIETNAMESE)
    code, _out, err = run(capsys, project, "build", "--draft", "--format", "html", "-j", "1")
    assert code == 0, err
    out = project / "build"
    [noto] = [p for p in (out / "assets/fonts").iterdir() if p.name.startswith("Noto")]
    assert re.fullmatch(r"NotoSans-[0-9a-f]{12}\.woff2", noto.name) and noto.stat().st_size < 15_000  # the file: 2 MB
    assert noto.read_bytes()[:4] == b"wOF2"
    with TTFont(noto) as font:
        drawn = {chr(code) for code in font.getBestCmap()}
        assert "wght" in [axis.axisTag for axis in font["fvar"].axes]  # bold is the font's own bold
    atkinson = font_coverage(f for f in shipped_faces() if f.family == "Atkinson Hyperlegible")
    assert not drawn & {chr(code) for code in atkinson}  # only what Atkinson Hyperlegible lacks
    rule = (f'@font-face {{ font-family: "Noto Sans"; src: url("fonts/{noto.name}") format("woff2"); '
            "font-weight: 100 900;")
    pages = sorted(out.rglob("*.html"))
    assert len(pages) > 5
    for page in pages:
        html_text = page.read_text(encoding="utf-8")
        assert rule in stylesheet(page), page
        assert set(uncovered(page_text(html_text), atkinson)) <= drawn, page  # each letter from a font it loads
    assert "ố" in drawn and "ệ" in drawn  # "Thuốc", and "Tiếng Việt" in every page's language switcher

    translate(po, {"Clean the skin.": "Làm sạch da bằng cồn 70 %, rồi để khô; không thổi (β)."})
    code, _out, err = run(capsys, project, "build", "--draft", "--format", "html", "-j", "1")
    assert code == 0, err
    [again] = [p for p in (out / "assets/fonts").iterdir() if p.name.startswith("Noto")]  # the old one is gone
    assert again.name != noto.name and again.name in stylesheet(out / "en/medicine-basics.html")
    with TTFont(again) as font:
        assert {"β", "ồ"} <= {chr(code) for code in font.getBestCmap()}


def test_the_shipped_woff2_files_are_what_converting_the_installed_fonts_gives() -> None:
    """edu ships Atkinson Hyperlegible as WOFF2 (src/edu/data/fonts/) instead of converting it in
    every first build: the same bytes as the conversion, until fontTools, Brotli or the font changes."""
    import fontTools

    faces = [face for face in shipped_faces() if on_web(face)]
    assert sorted(path.name for path in READY.glob("*.woff2")) == sorted(f"{f.path.stem}.woff2" for f in faces)
    stale = [face.path.name for face in faces
             if ready_made(face.path.read_bytes()) != _woff2.__wrapped__(face.path.read_bytes(), "")]
    assert not stale, (f"src/edu/data/fonts/ is not what fontTools {fontTools.version} makes of {', '.join(stale)}: "
                       "run `make woff2` and commit the files it writes")


def test_a_build_serves_the_shipped_woff2_files_and_converts_no_font(
        project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    def converting(data: bytes, chars: str) -> bytes:
        raise AssertionError("a shipped font was converted in the build")

    monkeypatch.setattr(webfonts, "_woff2", converting)
    code, _out, err = run(capsys, project, "build", "--format", "html", "-j", "1")
    assert code == 0, err
    served = sorted((project / "build/assets/fonts").iterdir())
    assert [path.name for path in served] == sorted(path.name for path in READY.glob("*.woff2"))
    assert all(path.read_bytes() == (READY / path.name).read_bytes() for path in served)


def test_another_file_of_a_shipped_font_is_converted_not_replaced_by_the_shipped_woff2(
        project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """A newer font package (or an edited file) gives its own letters on web pages: the shipped
    WOFF2 is used only for the very file it was made from (by its digest, not its name)."""
    faces = shipped_faces()
    regular = faces[0]
    other = tmp_path / "fonts" / regular.path.name
    other.parent.mkdir()
    with TTFont(regular.path) as font:
        font["name"].setName("Version 9.000", 5, 3, 1, 0x409)
        font.save(other)
    monkeypatch.setattr(fonts, "shipped_faces", lambda: [dataclasses.replace(regular, path=other), *faces[1:]])
    code, _out, err = run(capsys, project, "build", "--format", "html", "-j", "1")
    assert code == 0, err
    served = (project / "build/assets/fonts" / f"{other.stem}.woff2").read_bytes()
    assert served != (READY / f"{other.stem}.woff2").read_bytes()
    with TTFont(io.BytesIO(served)) as web:
        assert web.flavor == "woff2" and web["name"].getDebugName(5) == "Version 9.000"
