"""A table too wide for half a page, side by side: each language's across both columns, in turn
(widetables.py), named by its caption, each cell with its language, in the HTML and the PDF."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import lxml.html
import pikepdf
import pytest

from conftest import REPO
from helpers import run
from test_pdf import copy_project, element_text, marked_texts, print_page, squeeze, top_level_rows
from test_print_layout import page_texts

WIDE_EN = """
| Indication | Label | Monitoring | Injection-site reactions | Contraindications | Interactions |
|---|---|---|---|---|---|
| Rheumatoid arthritis | United States | Neutrophil count | Common | Hypersensitivity | Tumor necrosis factor blockers |
"""
WIDE_ES = {
    "Indication": "Indicación", "Label": "Ficha técnica", "Monitoring": "Seguimiento",
    "Injection-site reactions": "Reacciones en el lugar de inyección", "Contraindications": "Contraindicaciones",
    "Interactions": "Interacciones", "Rheumatoid arthritis": "Artritis reumatoide", "United States": "Estados Unidos",
    "Neutrophil count": "Recuento de neutrófilos", "Common": "Frecuentes", "Hypersensitivity": "Hipersensibilidad",
    "Tumor necrosis factor blockers": "Bloqueadores del factor de necrosis tumoral",
}

ACROSS = [("en", "EnglishIndication"), ("es", "EspañolIndicación")]
# seven columns of long words: about 800 pt of 10.8 pt print, and a page's row holds 514
VERY_WIDE = {
    "Immunosuppressant": "Inmunosupresor", "Corticosteroid": "Corticoesteroide", "Hydroxychloroquine":
    "Hidroxicloroquina", "Methylprednisolone": "Metilprednisolona", "Immunoglobulins": "Inmunoglobulinas",
    "Antihypertensives": "Antihipertensivos", "Electrocardiogram": "Electrocardiograma",
    "Mycophenolate": "Micofenolato", "Dexamethasone": "Dexametasona", "Azathioprine": "Azatioprina",
    "Prednisolone": "Prednisolona", "Hydrocortisone": "Hidrocortisona", "Immunotherapy": "Inmunoterapia",
    "Echocardiogram": "Ecocardiograma",
}


@pytest.fixture
def wide(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """The test library with a six-column table, translated, under the two-column one."""
    return with_table(tmp_path, capsys, WIDE_EN, WIDE_ES)


def with_table(tmp_path: Path, capsys: pytest.CaptureFixture[str], table: str, words: dict[str, str]) -> Path:
    """The test library with ``table`` (Markdown), translated, under its two-column table."""
    root = copy_project(tmp_path / "project")
    md = root / "content/en/medicine-basics.md"
    text = md.read_text(encoding="utf-8")
    md.write_text(text.replace("| Blood test | Before the first dose |\n",
                               "| Blood test | Before the first dose |\n" + table, 1), encoding="utf-8")
    assert run(capsys, root, "update")[0] == 0
    po = root / "locale/es/LC_MESSAGES/from-en.po"
    text = po.read_text(encoding="utf-8")
    for english, spanish in words.items():
        empty = f'msgid "{english}"\nmsgstr ""\n'
        assert empty in text, english
        text = text.replace(empty, f'msgid "{english}"\nmsgstr "{spanish}"\n', 1)
    po.write_text(text, encoding="utf-8")
    return root


def bilingual_rows(html: str) -> list[lxml.html.HtmlElement]:
    return lxml.html.fromstring(html).xpath("//table[contains(@class, 'bilingual')]/tbody/tr")


def test_the_rule_measures_each_columns_longest_word_in_either_language() -> None:
    from edu.advances import word_width
    from edu.fonts import shipped_faces
    from edu.widetables import is_wide, widest_words

    faces = shipped_faces()
    # a word breaks after a hyphen or a dash (not a range's) and between citations, not inside "mg/kg"
    row = "<table><tr><th>Injection-site</th><th>Dose</th><th>Source</th></tr>" \
          "<tr><td>a</td><td>0.5–\u20601\u00a0mg/kg</td><td>[1][14][7]</td></tr></table>"
    assert widest_words(row, faces) == [word_width("Injection-", faces, bold=True),
                                        word_width("0.5–1\u00a0mg/kg", faces), word_width("Source", faces, bold=True)]
    two = "<table><tr><th>Test</th><th>When</th></tr><tr><td>Blood test</td><td>Before the first dose</td></tr></table>"
    assert not is_wide(two, two, faces)
    words = ["Indication", "Mediterranean", "impairment", "Contraindications"]
    table = "<table><tr>" + "".join(f"<td>{word}</td>" for word in words) + "</tr></table>"
    assert is_wide(table, table, faces)
    narrow = "<table><tr>" + "".join(f"<td>{word[:8]}</td>" for word in words) + "</tr></table>"
    # the translation's longer words decide for both
    longer = narrow.replace("Contrain", "Contraindicaciones").replace("impairme", "Insuficiencia")
    assert not is_wide(narrow, narrow, faces) and is_wide(narrow, longer, faces) and is_wide(longer, narrow, faces)


def test_the_rule_reads_the_fonts_widths_not_the_characters() -> None:
    """Eleven characters are not one width: "WMWMWMWMWM0" prints more than twice as wide as "il1ifjtril0".
    Counted in characters, four columns of eleven (44) were too wide for half a page, whatever the letters."""
    from edu.fonts import shipped_faces
    from edu.widetables import is_wide

    faces = shipped_faces()

    def table(word: str) -> str:
        return "<table><tr>" + "".join(f"<td>{word}{n}</td>" for n in range(4)) + "</tr></table>"

    assert not is_wide(table("il1ifjtril"), table("il1ifjtril"), faces)
    assert is_wide(table("WMWMWMWMWM"), table("WMWMWMWMWM"), faces)


def test_a_wide_table_prints_across_both_columns_one_language_after_the_other(wide: Path) -> None:
    """The six-column table: two rows of one cell across both columns, English then Spanish, each
    table named by its language; the two-column table above it stays side by side."""
    for html in (print_page(wide, "medicine-basics", bilingual=True).read_text(encoding="utf-8"),
                 (wide / "build/bilingual/medicine-basics.html").read_text(encoding="utf-8")
                 if (wide / "build/bilingual/medicine-basics.html").is_file() else None):
        if html is None:
            continue
        rows = bilingual_rows(html)
        across = [row for row in rows if row.xpath("./td[@colspan='2']//caption")]
        assert [(row.xpath("./td/@lang"), row.xpath("string(.//caption)")) for row in across] == [
            (["en"], "English"), (["es"], "Español")]
        assert "Contraindications" in across[0].text_content() and "Contraindicaciones" in across[1].text_content()
        assert rows.index(across[1]) == rows.index(across[0]) + 1
        narrow = [row for row in rows if "Blood test" in row.text_content()]
        assert [row.xpath("./td/@lang") for row in narrow] == [["en", "es"]]


def test_each_wide_tables_cells_are_tagged_in_its_language(wide: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, wide, "build", "-j", "1", "--format", "bilingual")[0] == 0
    assert tagged_across(wide / "build/bilingual/medicine-basics.pdf") == ACROSS


def test_without_the_element_wrapper_the_spanish_table_across_is_still_spanish(
        wide: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The column finisher alone (where the wrapper that copies each element's lang cannot be
    installed) tagged every cell across both columns in the first language: the Spanish table too."""
    from weasyprint.pdf import tags

    from edu import pdftags
    from edu.model import Page
    from edu.pdf import PdfWriter

    html = print_page(wide, "medicine-basics", bilingual=True).read_text(encoding="utf-8")
    pdftags.install_element_languages()
    if pdftags._ORIGINAL_BUILDER is None:
        pytest.skip("this WeasyPrint has no element wrapper: the other tests cover the finisher alone")
    monkeypatch.setattr(tags, "_build_box_tree", pdftags._ORIGINAL_BUILDER)
    rendered = PdfWriter(wide).render(Page(html, "en", "t", "medicine-basics", None), ("en", "es"))
    assert not rendered.problems
    path = wide / "fallback.pdf"
    path.write_bytes(rendered.data)
    assert tagged_across(path) == ACROSS


def tagged_across(path: Path) -> list[tuple[str, str]]:
    """Each row of one cell across both columns: (the cell's /Lang, the start of its text)."""
    texts = marked_texts(path)
    with pikepdf.open(path) as pdf:
        pages = {page.objgen: number for number, page in enumerate(pdf.pages)}
        return [(str(cells[0].get("/Lang")), squeeze(element_text(cells[0], pages, texts))[:17])
                for cells in top_level_rows(pdf) if len(cells) == 1]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed; .ci/run installs it")
def test_a_table_too_wide_for_the_page_breaks_its_words_inside_the_page(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Seven columns of words such as "Hydroxychloroquine" do not fit a page's width either: laid out
    by its words, the table across both columns ran past the paper's right edge, its last columns cut
    off. Such a table may break a word anywhere; every word prints inside the right margin, whole or
    in pieces. The six-column table of the test above keeps its words whole."""
    names = list(VERY_WIDE)
    table = "\n| " + " | ".join(names[:7]) + " |\n|" + "---|" * 7 + "\n| " + " | ".join(names[7:]) + " |\n"
    root = with_table(tmp_path, capsys, table, VERY_WIDE)
    assert run(capsys, root, "build", "-j", "1", "--format", "bilingual")[0] == 0
    path = root / "build/bilingual/medicine-basics.pdf"
    with pikepdf.open(path) as pdf:
        width = float(pdf.pages[0].mediabox[2])
    boxes = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True).stdout
    words = re.findall(r'xMax="([\d.]+)"[^>]*>([^<]*)<', boxes)
    outside = [word for right, word in words if float(right) > width - 12 / 25.4 * 72 + 1]
    assert not outside, outside
    starts = {word[:5] for _right, word in words}  # each word's first piece: broken, its pieces are lines apart
    assert not [word for pair in VERY_WIDE.items() for word in pair if word[:5] not in starts], starts
    html = (root / "build/bilingual/medicine-basics.html").read_text(encoding="utf-8")
    assert html.count('class="across break-words"') == 2


@pytest.mark.parametrize("paper", ["letter", "A4"])
def test_a_table_across_both_columns_is_named_again_on_each_page_it_continues_on(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], paper: str) -> None:
    """A table too wide for half a page prints across both columns, English then Spanish, each named by
    its language. One longer than a page repeated its header row ("Indicación | Ficha técnica…") at the
    top of the next, under the page's "English | Español", with no name of its own (the clinician
    summary's Spanish indications table, Letter and A4): its name prints again above its header."""
    rows = WIDE_EN.strip().splitlines()
    root = with_table(tmp_path, capsys, "\n" + "\n".join(rows + rows[2:] * 39) + "\n", WIDE_ES)
    settings = root / "pyproject.toml"
    text = settings.read_text(encoding="utf-8")
    settings.write_text(text.replace("[tool.edu]\n", f'[tool.edu]\npaper = "{paper}"\n', 1), encoding="utf-8")
    assert run(capsys, root, "build", "-j", "1", "--format", "bilingual")[0] == 0
    pages = [text.replace("English Español ", "", 1)  # not the page's own header
             for text in page_texts(root / "build/bilingual/medicine-basics.pdf")]
    for name, header in (("English", "Indication Label"), ("Español", "Indicación Ficha")):
        on = [number for number, text in enumerate(pages) if header in text]
        assert len(on) > 1, (header, on)  # forty rows take more than a page
        assert all(f"{name} {header}" in pages[number] for number in on), [pages[number][:300] for number in on]


def test_the_rule_counts_the_sizes_edu_css_prints_tables_with() -> None:
    """The rule's type sizes, paddings, borders and page margins were copies of edu.css's, free to
    drift from it: they are read from the stylesheet's print rules, and the shipped values
    (widetables.SHIPPED, for a project's edu.css that leaves one out) are templates/edu.css's."""
    from edu.widetables import SHIPPED, print_values

    assert print_values((REPO / "templates" / "edu.css").read_text(encoding="utf-8")) == SHIPPED


def test_a_table_printed_larger_in_its_column_by_edu_css_prints_across(tmp_path: Path) -> None:
    """A project that prints a side-by-side column's tables at 11 pt, not 8 (its templates/edu.css),
    or with wider page margins, has less room for a table's words in a column: a table that fits
    at 8 pt prints across both columns; a clinician's across at 0.9 of its 10.5 pt text, or of
    12 pt if its edition's text is 12 pt."""
    from edu.fonts import shipped_faces
    from edu.widetables import SHIPPED_ROOM, is_wide, room

    faces = shipped_faces()
    shipped = (REPO / "templates" / "edu.css").read_text(encoding="utf-8")
    words = ("Mediterranean", "Hypersensitivity", "Mediterranean")
    table = "<table><tr>" + "".join(f"<td>{word}</td>" for word in words) + "</tr></table>"
    css = tmp_path / "edu.css"
    css.write_text(shipped, encoding="utf-8")
    assert room(css) == SHIPPED_ROOM and not is_wide(table, table, faces, room(css))
    larger = shipped.replace(".bilingual td table { font-size: 8pt; }", ".bilingual td table { font-size: 11pt; }")
    css.write_text(larger, encoding="utf-8")
    assert room(css).in_column[0] == 11.0 and is_wide(table, table, faces, room(css))
    margins = shipped.replace("margin: 12mm 12mm 15mm;", "margin: 12mm 40mm 15mm;")
    css.write_text(margins, encoding="utf-8")
    assert room(css).column < SHIPPED_ROOM.column - 35 and is_wide(table, table, faces, room(css))
    clinician = shipped.replace(".bilingual-edition.audience-clinician { font-size: 10.5pt; }",
                                ".bilingual-edition.audience-clinician { font-size: 12pt; }")
    css.write_text(clinician, encoding="utf-8")
    assert SHIPPED_ROOM.across["clinician"][0] == pytest.approx(9.45) and room(css).across["clinician"][0] == 10.8
    # a value that is not a length (a variable), or no edu.css: the shipped file's
    css.write_text(shipped.replace(".bilingual td table { font-size: 8pt; }",
                                   ".bilingual td table { font-size: var(--small); }"), encoding="utf-8")
    assert room(css) == SHIPPED_ROOM and room(tmp_path / "none.css") == SHIPPED_ROOM
