"""Images in handouts: found next to the Markdown file, shown on web pages and in PDFs, checked."""

from __future__ import annotations

import hashlib
import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import lxml.html
import pikepdf
import pytest
from babel.messages.pofile import read_po, write_po
from PIL import Image

from helpers import pdf_text, run

ALT = "Where to give the shot"
ALT_ES = "Dónde ponerse la inyección"


def png(path: Path, colour: str) -> bytes:
    path.parent.mkdir(parents=True, exist_ok=True)
    data = io.BytesIO()
    Image.new("RGB", (40, 30), colour).save(data, format="PNG")
    path.write_bytes(data.getvalue())
    return data.getvalue()


def hashed(rel: str, data: bytes) -> str:
    """A picture's address from a page of a language folder: its name with a digest of its bytes."""
    stem, _, ext = rel.rpartition(".")
    return f"../assets/media/{stem}.{hashlib.sha256(data).hexdigest()[:12]}.{ext}"


def with_image(project: Path, target: str = "images/site.png") -> Path:
    """medicine-basics shows an image after its first heading (its alt text translated in Spanish)."""
    handout = project / "content/en/medicine-basics.md"
    text = handout.read_text(encoding="utf-8")
    heading = "## How do I give the shot?\n"
    handout.write_text(text.replace(heading, f"{heading}\n![{ALT}]({target})\n"), encoding="utf-8")
    return handout


def translate_alt(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, project, "update")[0] == 0
    po = project / "locale/es/LC_MESSAGES/from-en.po"
    with po.open("rb") as fileobj:
        catalog = read_po(fileobj)
    catalog[ALT].string = ALT_ES
    with po.open("wb") as fileobj:
        write_po(fileobj, catalog)


def build_with_image(project: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """medicine-basics with its picture (alt text in Spanish too), built; returns the build folder."""
    with_image(project)
    translate_alt(project, capsys)
    code, _out, err = run(capsys, project, "build", "-j", "1")
    assert code == 0, err
    return project / "build"


def pdf_images(path: Path) -> int:
    """How many times the pages draw an image (the same image in two columns is drawn twice)."""
    count = 0
    with pikepdf.open(path) as pdf:
        for page in pdf.pages:
            images = {str(name) for name, x in page.Resources.get("/XObject", {}).items()
                      if x.get("/Subtype") == "/Image"}
            count += sum(1 for operands, operator in pikepdf.parse_content_stream(page)
                         if str(operator) == "Do" and str(operands[0]) in images)
    return count


def test_an_image_is_shown_on_every_page_and_made_again_when_it_changes(project: Path,
                                                                         capsys: pytest.CaptureFixture[str]) -> None:
    first = png(project / "content/en/images/site.png", "red")
    out = build_with_image(project, capsys)
    src = hashed("en/images/site.png", first)  # a new picture gets a new address: no cache shows the old one
    for lang, alt in (("en", ALT), ("es", ALT_ES)):
        [img] = lxml.html.fromstring((out / lang / "medicine-basics.html").read_bytes()).xpath("//main//img")
        assert (img.get("src"), img.get("alt")) == (src, alt)
        assert (img.get("width"), img.get("height")) == ("40", "30")  # the text under it does not jump
        assert pdf_images(out / lang / "medicine-basics.pdf") == 1
    assert pdf_images(out / "bilingual/medicine-basics.pdf") == 2  # one in each column
    assert (out / "en" / src).read_bytes() == first

    second = png(project / "content/en/images/site.png", "blue")  # same page HTML, other bytes
    code, _out, err = run(capsys, project, "build", "-j", "1")
    assert code == 0, err
    built = {line.split()[2] for line in err.splitlines() if line.startswith("[") and " built " in line}
    new = hashed("en/images/site.png", second)
    assert {"en/medicine-basics.pdf", "es/medicine-basics.pdf", "bilingual/medicine-basics.pdf",
            "en/medicine-basics.html", new.removeprefix("../")} <= built, built
    assert not {"en/caso-breve.pdf", "es/caso-breve.pdf"} & built  # no image there: left as it is
    assert (out / "en" / new).read_bytes() == second and not (out / "en" / src).exists()
    assert lxml.html.fromstring((out / "es/medicine-basics.html").read_bytes()).xpath("//main//img/@src") == [new]

    handout = project / "content/en/medicine-basics.md"
    handout.write_text(handout.read_text(encoding="utf-8").replace(f"![{ALT}](images/site.png)\n", ""), "utf-8")
    assert run(capsys, project, "update")[0] == 0
    assert run(capsys, project, "build", "-j", "1")[0] == 0
    assert not list((out / "assets/media").rglob("*.png"))  # no page shows it any more


@pytest.mark.parametrize(("target", "problem"), [
    ("images/none.png", "no such file"),
    ("images/brokn.png", "no such file (did you mean 'images/broken.png'?)"),  # the file a typo meant
    ("https://example.org/site.png", "the build reads images only from content/ and never from the network"),
    ("../../pyproject.png", "outside content/ (the renderer reads nothing else)"),
    ("images/notes.txt", "not an image file (png, jpg, jpeg, gif, svg, webp)"),
    ("images/broken.png", "the file is not a picture that can be read (damaged, or not what its name says)"),
    ("images/cut.svg", "the SVG file cannot be read (no element found: line 2, column 0): save it again"),
    ("images/plain.svg", 'not an SVG picture (its first element is <svg>, not <svg xmlns="http://www.w3.org/2000/svg">)'),
    ("images/script.svg", "the SVG file holds a <script> (a picture runs nothing): save it again without it"),
    ("images/onload.svg", "the SVG file has an event handler (onload=): save it again without scripts"),
    ("images/far.svg", "the SVG file points outside itself ('https://example.org/x.png'): keep every part of the "
                       "picture inside it"),
])
def test_an_image_the_handout_cannot_show_is_a_located_error(project: Path, capsys: pytest.CaptureFixture[str],
                                                             target: str, problem: str) -> None:
    (project / "content/en/images").mkdir(parents=True)
    (project / "content/en/images/notes.txt").write_text("not a picture", encoding="utf-8")
    (project / "content/en/images/broken.png").write_bytes(png(project / "content/en/x.png", "red")[:40])
    (project / "pyproject.png").write_bytes(b"")
    (project / "content/en/images/cut.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg">\n', "utf-8")
    (project / "content/en/images/plain.svg").write_text('<svg width="4" height="4"><rect/></svg>', "utf-8")
    svg = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="4" height="4">'
    (project / "content/en/images/script.svg").write_text(svg + "<script>alert(1)</script></svg>", "utf-8")
    (project / "content/en/images/onload.svg").write_text(svg.replace("<svg ", '<svg onload="alert(1)" ') + "</svg>",
                                                          "utf-8")
    (project / "content/en/images/far.svg").write_text(svg + '<image xlink:href="https://example.org/x.png"/></svg>',
                                                       "utf-8")
    handout = with_image(project, target)
    line = handout.read_text(encoding="utf-8").splitlines().index(f"![{ALT}]({target})") + 1
    for command in ("build", "check"):
        code, _out, err = run(capsys, project, command)
        said = "error: " if command == "check" else ""  # check lists it with the catalogs' problems
        assert code == 1 and f"content/en/medicine-basics.md:{line}: {said}image {target!r}: {problem}" in err, err
    assert not (project / "build/en").exists()


def test_a_picture_with_words_has_a_version_per_language(project: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    """site.es.png next to site.png is the Spanish edition's picture (Sphinx's figure_language_filename,
    mkdocs-static-i18n's .es.png); the English edition and a language without one keep site.png."""
    red = png(project / "content/en/images/site.png", "red")
    spanish = png(project / "content/en/images/site.es.png", "green")
    out = build_with_image(project, capsys)

    def src(page: str) -> list[str]:
        return [img.get("src") for img in lxml.html.fromstring((out / page).read_bytes()).xpath("//main//img")]

    english, own = hashed("en/images/site.png", red), hashed("en/images/site.es.png", spanish)
    assert src("en/medicine-basics.html") == [english]
    assert src("es/medicine-basics.html") == [own]
    assert src("bilingual/medicine-basics.html") == [english, own]
    assert (out / "es" / own).read_bytes() == spanish
    with pikepdf.open(out / "es/medicine-basics.pdf") as pdf:
        [image] = [pikepdf.PdfImage(x) for x in pdf.pages[0].Resources.XObject.values() if x.Subtype == "/Image"]
        assert image.as_pil_image().getpixel((0, 0)) == (0, 128, 0)  # green: the Spanish version


def test_a_picture_without_words_for_a_screen_reader_is_a_warning(project: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    png(project / "content/en/images/site.png", "red")
    handout = with_image(project)
    handout.write_text(handout.read_text(encoding="utf-8").replace(f"![{ALT}]", "![ ]"), encoding="utf-8")
    line = handout.read_text(encoding="utf-8").splitlines().index("![ ](images/site.png)") + 1
    code, _out, err = run(capsys, project, "check")
    assert code == 0  # a warning
    assert (f"content/en/medicine-basics.md:{line}: warning: the picture has no text for a reader who cannot see "
            "it") in err and err.count("[alt]") == 1
    handout.write_text(handout.read_text(encoding="utf-8").replace("![ ]", f"![{ALT}]"), encoding="utf-8")
    assert "[alt]" not in run(capsys, project, "check")[2]


def image_draws(path: Path) -> list[str]:
    """How each drawing of an image is marked, page by page: "/Artifact", or the tag of its element
    in the structure tree ("/Figure"), or "untagged"."""
    marks = []
    with pikepdf.open(path) as pdf:
        nums = pdf.Root.StructTreeRoot.ParentTree.Nums
        for number, page in enumerate(pdf.pages):
            stack: list[str] = []
            for operands, operator in pikepdf.parse_content_stream(page):
                op = str(operator)
                if op == "BDC":
                    element = nums[2 * number + 1][int(operands[1].MCID)]
                    stack.append(str(element.S) if isinstance(element, pikepdf.Dictionary) else "untagged")
                elif op == "BMC":
                    stack.append(str(operands[0]))
                elif op == "EMC":
                    stack.pop()
                elif op == "Do" and page.Resources.XObject[operands[0]].Subtype == "/Image":
                    marks.append(stack[-1] if stack else "untagged")
    return marks


def test_a_decorative_picture_is_an_artifact_of_the_pdf_and_a_described_one_a_figure(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``![](x.png)`` says the picture is decoration: the PDF, which claims PDF/UA, tagged it as a
    /Figure with nothing to say (a checker fails that) and the build failed on WeasyPrint's error.
    It is an artifact now; a picture with words keeps its /Figure and /Alt; `edu check` still warns."""
    png(project / "content/en/images/site.png", "red")
    png(project / "content/en/images/border.png", "blue")
    handout = with_image(project)
    heading = "## How do I give the shot?\n"
    handout.write_text(handout.read_text(encoding="utf-8").replace(heading, f"![](images/border.png)\n\n{heading}"),
                       encoding="utf-8")
    translate_alt(project, capsys)
    code, _out, err = run(capsys, project, "build", "-j", "1", "--format", "pdf")
    assert code == 0, err
    for lang, alt in (("en", ALT), ("es", ALT_ES)):
        path = project / f"build/{lang}/medicine-basics.pdf"
        with pikepdf.open(path) as pdf:
            figures, stack = [], [pdf.Root.StructTreeRoot]
            while stack:
                kids = stack.pop().get("/K")
                for kid in kids if isinstance(kids, pikepdf.Array) else [kids]:
                    if isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
                        figures += [str(kid.get("/Alt"))] if kid.S == "/Figure" else []
                        stack.append(kid)
        assert figures == [alt], path
        assert image_draws(path) == ["/Artifact", "/Figure"], path  # the border first, then the described one
    _code, _out, err = run(capsys, project, "check")
    assert err.count("warning: the picture has no text for a reader who cannot see it") == 1


def test_a_damaged_language_version_of_a_picture_is_located_at_the_picture(project: Path,
                                                                           capsys: pytest.CaptureFixture[str]) -> None:
    png(project / "content/en/images/site.png", "red")
    (project / "content/en/images/site.es.png").write_bytes(b"not a picture")
    handout = with_image(project)
    line = handout.read_text(encoding="utf-8").splitlines().index(f"![{ALT}](images/site.png)") + 1
    code, _out, err = run(capsys, project, "build", "--format", "html")
    assert code == 1
    assert (f"content/en/medicine-basics.md:{line}: image 'images/site.png': its version 'en/images/site.es.png': "
            "the file is not a picture that can be read") in err


def test_an_svg_picture_is_shown_on_the_page_and_drawn_in_the_pdf(project: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    svg = project / "content/en/images/site.svg"
    svg.parent.mkdir(parents=True)
    svg.write_text('<svg xmlns="http://www.w3.org/2000/svg" width="200" height="30">'
                   '<text x="2" y="20" font-size="16">BELLYTHIGH</text></svg>', encoding="utf-8")
    with_image(project, "images/site.svg")
    translate_alt(project, capsys)
    code, _out, err = run(capsys, project, "build", "-j", "1")
    assert code == 0, err
    page = lxml.html.parse(str(project / "build/es/medicine-basics.html"))
    [img] = page.xpath("//main//img")
    assert img.get("src") == hashed("en/images/site.svg", svg.read_bytes())
    assert (img.get("width"), img.get("height")) == ("200", "30")  # from the SVG's own size
    assert (project / "build/es" / img.get("src")).read_bytes() == svg.read_bytes()
    assert "BELLYTHIGH" in pdf_text(project / "build/es/medicine-basics.pdf")


def drawn_sizes(path: Path) -> list[tuple[float, float]]:
    """(width, height) in points of every image drawn on the pages, from the transformation in force."""
    sizes = []
    with pikepdf.open(path) as pdf:
        for page in pdf.pages:
            ctm, stack = pikepdf.Matrix(), []
            for operands, operator in pikepdf.parse_content_stream(page):
                op = str(operator)
                if op == "q":
                    stack.append(ctm)
                elif op == "Q":
                    ctm = stack.pop()
                elif op == "cm":
                    ctm = pikepdf.Matrix(*map(float, operands)) @ ctm
                elif op == "Do":
                    sizes.append((round(abs(ctm.a), 1), round(abs(ctm.d), 1)))
    return sizes


def test_a_tall_picture_prints_at_most_half_a_page_high_in_its_proportions(project: Path,
                                                                            capsys: pytest.CaptureFixture[str]) -> None:
    """A 300 x 1500 picture ran into the page footer and left the page before it nearly empty."""
    path = project / "content/en/images/site.png"
    path.parent.mkdir(parents=True)
    Image.new("RGB", (300, 1500), "steelblue").save(path)
    build = build_with_image(project, capsys)
    for pdf in ("en/medicine-basics.pdf", "es/medicine-basics-large.pdf", "bilingual/medicine-basics.pdf"):
        width, height = drawn_sizes(build / pdf)[0]
        assert height == pytest.approx(110 / 25.4 * 72, abs=0.5), pdf  # 110 mm
        assert width == pytest.approx(height / 5, abs=0.5), pdf


def test_a_large_print_sheet_prints_its_pictures_half_as_large_again(project: Path,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    """At its own size, the shot record's body map printed its numbers 12 pt-sized beside 18 pt text;
    a picture too tall to grow keeps its 110 mm and its proportions."""
    path = project / "content/en/images/site.png"
    path.parent.mkdir(parents=True)
    Image.new("RGB", (200, 100), "steelblue").save(path)
    build = build_with_image(project, capsys)
    [(width, height)] = drawn_sizes(build / "es/medicine-basics.pdf")
    assert (width, height) == (150.0, 75.0)  # 200 x 100 CSS pixels, in points
    [(large_width, large_height)] = drawn_sizes(build / "es/medicine-basics-large.pdf")
    assert (large_width, large_height) == (225.0, 112.5)
    Image.new("RGB", (200, 400), "steelblue").save(path)  # 400 px: 1.5 x is over 110 mm
    code, _out, err = run(capsys, project, "build", "-j", "1")
    assert code == 0, err
    [(large_width, large_height)] = drawn_sizes(build / "es/medicine-basics-large.pdf")
    assert large_height == pytest.approx(110 / 25.4 * 72, abs=0.5)
    assert large_width == pytest.approx(large_height / 2, abs=0.5)


def test_a_pictures_title_is_its_caption_printed_under_it_and_translated(project: Path,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    """![alt](picture.png "title"): the title stayed English on the Spanish page (a tooltip nobody
    translated). It is the picture's caption: an entry of its own, printed under the picture."""
    from test_pdf import structure

    png(project / "content/en/images/site.png", "steelblue")
    with_image(project, 'images/site.png "Use your **belly** or thigh."')
    assert run(capsys, project, "update")[0] == 0
    po = project / "locale/es/LC_MESSAGES/from-en.po"
    with po.open("rb") as fileobj:
        catalog = read_po(fileobj)
    caption = catalog["Use your **belly** or thigh."]
    assert "caption in medicine-basics › How do I give the shot?" in caption.auto_comments
    catalog[ALT].string = ALT_ES
    catalog["Use your **belly** or thigh."].string = 'Use el **vientre** o el muslo ("la zona").'
    with po.open("wb") as fileobj:
        write_po(fileobj, catalog)
    code, _out, err = run(capsys, project, "build", "-j", "1")
    assert code == 0, err
    figure = lxml.html.parse(str(project / "build/es/medicine-basics.html")).getroot().xpath("//figure")[0]
    assert figure.xpath("img/@alt") == [ALT_ES] and not figure.xpath("img/@title")
    assert lxml.html.tostring(figure.xpath("figcaption")[0], encoding="unicode") == (
        '<figcaption>Use el <strong>vientre</strong> o el muslo ("la zona").</figcaption>')
    pdf = project / "build/es/medicine-basics.pdf"
    assert 'Use el vientre o el muslo ("la zona").' in pdf_text(pdf)
    with pikepdf.open(pdf) as document:
        kinds = [str(e.S) for e, _a in structure(document)]
        assert [str(e.Alt) for e, _a in structure(document) if e.S == "/Figure"] == [ALT_ES]
    assert "/Caption" in kinds


def test_a_picture_prints_on_the_page_of_its_caption_and_of_the_heading_above_it(project: Path) -> None:
    """A picture at the foot of page 1 left its caption alone at the top of page 2. The handout's
    print page gets, after its text, a gap, a heading and a captioned picture; the gap is sized from
    a first layout so that the page ends under the picture (above its caption), then under the
    heading (above the picture): in print the three stay on one page."""
    from weasyprint import HTML

    from edu.model import Page
    from edu.pdf import PdfWriter
    from test_pdf import print_page, structure

    Image.new("RGB", (300, 200), "steelblue").save(project / "templates/site.png")
    page_html = print_page(project, "medicine-basics").read_text(encoding="utf-8")
    # (the line to write the care team's phone on, printed with no clinic phone set: the first
    # layout below must fit one page, and this test is about the picture, not the stamp)
    page_html = re.sub(r'<p class="clinic-stamp">.*?</p>', "", page_html, count=1, flags=re.S)

    def with_gap(gap: float) -> str:
        added = (f'<div style="height: {gap}px"></div><h2>Where to give the shot</h2><figure><img src="site.png" '
                 f'alt="{ALT}"><figcaption>Your belly or thigh.</figcaption></figure><p>After the picture.</p>')
        return page_html.replace("</article>", added + "</article>", 1)

    writer = PdfWriter(project)  # its fonts, for the first layout too
    layout = HTML(string=with_gap(1),  # not 0: the margins around an empty gap would collapse
                  base_url=(project / "templates").as_uri() + "/", url_fetcher=writer.fetcher,
                  media_type="print").render(font_config=writer.font_config, stylesheets=[writer.fonts])
    assert len(layout.pages) == 1
    page_box = layout.pages[0]._page_box
    bottom = page_box.content_box_y() + page_box.height

    def bottoms(box: Any, tag: str) -> Iterator[float]:
        """Where each box of an element ``tag`` ends (a picture: the line it sits on)."""
        if tag in (getattr(box, "element_tag", None), *(getattr(c, "element_tag", None) for c in box.children
                                                       if type(box).__name__ == "LineBox")):
            yield float(box.position_y + box.margin_height())
        for child in getattr(box, "children", ()):
            yield from bottoms(child, tag)

    for tag in ("img", "h2"):  # the page ends just under the picture, then just under the heading
        end = max(bottoms(page_box, tag))  # the last one: the added heading and picture
        data = writer.render(Page(with_gap(1 + bottom - end - 2), "es", "t", "medicine-basics", None, "patient")).data
        with pikepdf.open(io.BytesIO(data)) as pdf:
            numbers = {page.objgen: number for number, page in enumerate(pdf.pages)}
            pages = {str(e.S): numbers[e.Pg.objgen] for e, _a in structure(pdf) if e.S in ("/Figure", "/Caption")
                     or (e.S == "/H2" and "/Pg" in e and numbers[e.Pg.objgen] > 0)}
            assert len(pdf.pages) == 2 and pages == {"/H2": 1, "/Figure": 1, "/Caption": 1}, (tag, pages)
