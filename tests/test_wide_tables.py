"""A table too wide for half a page, side by side: each language's across both columns, in turn
(widetables.py), named by its caption, each cell with its language, in the HTML and the PDF."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pikepdf
import pytest

from helpers import run
from test_pdf import copy_project, element_text, marked_texts, print_page, squeeze, top_level_rows

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


@pytest.fixture
def wide(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """The test library with a six-column table, translated, under the two-column one."""
    root = copy_project(tmp_path / "project")
    md = root / "content/en/medicine-basics.md"
    text = md.read_text(encoding="utf-8")
    md.write_text(text.replace("| Blood test | Before the first dose |\n",
                               "| Blood test | Before the first dose |\n" + WIDE_EN, 1), encoding="utf-8")
    assert run(capsys, root, "update")[0] == 0
    po = root / "locale/es/LC_MESSAGES/from-en.po"
    text = po.read_text(encoding="utf-8")
    for english, spanish in WIDE_ES.items():
        empty = f'msgid "{english}"\nmsgstr ""\n'
        assert empty in text, english
        text = text.replace(empty, f'msgid "{english}"\nmsgstr "{spanish}"\n', 1)
    po.write_text(text, encoding="utf-8")
    return root


def bilingual_rows(html: str) -> list[lxml.html.HtmlElement]:
    return lxml.html.fromstring(html).xpath("//table[contains(@class, 'bilingual')]/tbody/tr")


def test_the_rule_counts_each_columns_longest_word_in_either_language() -> None:
    from edu.widetables import HALF_PAGE_WORDS, is_wide, widest_words

    # a word breaks after a hyphen or a dash (not a range's) and between citations, not inside "mg/kg"
    row = "<table><tr><th>Injection-site</th><th>Dose</th><th>Source</th></tr>" \
          "<tr><td>a</td><td>0.5–\u20601\u00a0mg/kg</td><td>[1][14][7]</td></tr></table>"
    assert widest_words(row) == [len("Injection-"), len("0.5–1 mg/kg"), len("Source")]  # a range holds together
    two = "<table><tr><th>Test</th><th>When</th></tr><tr><td>Blood test</td><td>Before the first dose</td></tr></table>"
    assert not is_wide(two, two)
    words = ["Indication", "Mediterranean", "impairment", "additional"]
    table = "<table><tr>" + "".join(f"<td>{word}</td>" for word in words) + "</tr></table>"
    assert sum(map(len, words)) > HALF_PAGE_WORDS and is_wide(table, table)
    narrow = "<table><tr>" + "".join(f"<td>{word[:8]}</td>" for word in words) + "</tr></table>"  # 32
    longer = narrow.replace("addition", "Contraindicaciones")  # the translation's longer word decides for both
    assert not is_wide(narrow, narrow) and is_wide(narrow, longer) and is_wide(longer, narrow)


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
