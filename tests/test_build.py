"""End to end: build the tiny library and look at what a user gets (files, HTML, PDF text, messages)."""

from __future__ import annotations

import re
import shutil
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from helpers import parse, pdf_text, po_line, run

ES_PO = Path("locale/es/LC_MESSAGES/from-en.po")


def test_build_writes_every_output_of_the_contract(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys, project, "build", "-j", "1")
    assert code == 0, err
    build = project / "build"
    expected = [
        "index.html", "en/index.html", "es/index.html",
        "en/medicine-basics.html", "en/medicine-basics.pdf", "en/medicine-basics-large.pdf",
        "es/medicine-basics.html", "es/medicine-basics.pdf", "es/medicine-basics-large.pdf",
        "en/caso-breve.html", "en/caso-breve.pdf", "es/caso-breve.html", "es/caso-breve.pdf",
        "bilingual/medicine-basics.html", "bilingual/medicine-basics.pdf",
        "bilingual/caso-breve.html", "bilingual/caso-breve.pdf",
    ]
    for rel in expected:
        assert (build / rel).is_file(), rel
    # large print is for patient handouts only
    assert not (build / "en/caso-breve-large.pdf").exists()
    assert not list(build.rglob("*.tmp"))


def test_pdf_text_is_translated_with_facts_formatted_per_locale(project: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, project, "build", "-j", "1", "--format", "pdf")[0] == 0
    es = pdf_text(project / "build/es/medicine-basics.pdf")
    assert "¿Qué es este medicamento?" in es
    assert "Cada inyección tiene 100 mg." in es
    assert "Unas 7 de cada 10 personas" in es
    assert "Página 1 de 1" in es
    assert "Traducido del inglés. Original revisado por última vez el 20 de noviembre de 2026." in es
    assert "Wash your hands" not in es
    en_case = pdf_text(project / "build/en/caso-breve.pdf")
    assert "A man treated for 10 days. Did he improve? Yes." in en_case
    assert "Odds ratio: 0.50." in en_case
    assert "Approved on November 8, 2022." in en_case
    es_case = pdf_text(project / "build/es/caso-breve.pdf")
    assert "Varón tratado durante 10 días." in es_case
    assert "Aprobado el 8 de noviembre de 2022." in es_case


def test_pdf_metadata_language_and_dates_come_from_the_handout(project: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, project, "build", "-j", "1", "-l", "es", "--format", "pdf")[0] == 0
    reader = PdfReader(str(project / "build/es/medicine-basics.pdf"))
    info = reader.metadata
    assert info is not None
    assert info.title == "¿Qué es este medicamento?"
    assert info.author == "Test Clinic Library"
    assert str(info.get("/CreationDate", "")).startswith("D:20261120")
    assert reader.trailer["/Root"]["/Lang"] == "es"
    assert "/StructTreeRoot" in reader.trailer["/Root"]


def test_every_page_links_to_its_other_languages(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, project, "build", "--format", "html")[0] == 0
    es = (project / "build/es/medicine-basics.html").read_text(encoding="utf-8")
    assert '<html lang="es"' in es
    assert '<link rel="alternate" hreflang="en" href="../en/medicine-basics.html">' in es
    assert re.search(r'<a href="../en/medicine-basics.html" hreflang="en" lang="en">English</a>', es)
    assert 'aria-current="page">Español</a>' in es
    index = (project / "build/index.html").read_text(encoding="utf-8")
    for href in ("en/medicine-basics.html", "es/medicine-basics.html", "en/caso-breve.html", "es/caso-breve.html"):
        assert f'href="{href}"' in index
    es_index = (project / "build/es/index.html").read_text(encoding="utf-8")
    assert "Para pacientes y familias" in es_index and "Para profesionales clínicos" in es_index
    assert 'href="../es/caso-breve.html"' in es_index and 'href="../en/' not in es_index.split("<main")[1]


def test_a_build_of_a_translations_language_makes_its_side_by_side_edition(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`edu build -l es` never made the English-Spanish edition (only `-l en -l es` did) and said
    nothing. A side-by-side edition is now its translation's language's to make: the original's
    text is at hand in every build. Its page links only to the pages the folder holds."""
    code, _out, err = run(capsys, project, "build", "-j", "1", "-l", "es", "--format", "bilingual")
    assert code == 0, err
    build = project / "build"
    assert {p.name for p in (build / "bilingual").iterdir()} == {"medicine-basics.html", "medicine-basics.pdf"}
    assert "Wash your hands." in pdf_text(build / "bilingual/medicine-basics.pdf")  # the English column
    page = (build / "bilingual/medicine-basics.html").read_text(encoding="utf-8")
    assert "en/medicine-basics.html" not in page and "en/index.html" not in page  # not in the folder
    assert run(capsys, project, "build", "-j", "1", "-l", "es")[0] == 0
    spanish = (build / "es/medicine-basics.html").read_text(encoding="utf-8")
    assert 'href="../bilingual/medicine-basics.pdf"' in spanish  # the Spanish page links it
    page = (build / "bilingual/medicine-basics.html").read_text(encoding="utf-8")
    assert 'href="../es/medicine-basics.html"' in page and 'href="../es/index.html"' in page
    assert not (build / "bilingual/caso-breve.pdf").exists()  # Spanish original, English translation: -l en's
    code, _out, err = run(capsys, project, "build", "-j", "1", "-l", "en")
    assert code == 0, err
    assert (build / "bilingual/caso-breve.pdf").is_file() and (build / "bilingual/medicine-basics.pdf").is_file()
    assert 'href="../en/medicine-basics.html"' not in (build / "bilingual/medicine-basics.html").read_text(
        encoding="utf-8")  # made by the Spanish build, before the English page was there: -l es updates it
    assert run(capsys, project, "build", "-j", "1", "-l", "es", "--format", "bilingual")[0] == 0
    assert 'href="../en/medicine-basics.html"' in (build / "bilingual/medicine-basics.html").read_text(
        encoding="utf-8")


def test_editing_a_msgstr_changes_the_next_build(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    po = project / ES_PO
    po.write_text(po.read_text(encoding="utf-8").replace('msgstr "Lávese las manos."',
                                                         'msgstr "Lávese bien las manos con jabón."'), encoding="utf-8")
    assert run(capsys, project, "build", "-l", "es", "--format", "html")[0] == 0
    assert "<li>Lávese bien las manos con jabón.</li>" in (project / "build/es/medicine-basics.html").read_text("utf-8")


def _edit_source(project: Path) -> None:
    md = project / "content/en/medicine-basics.md"
    md.write_text(md.read_text(encoding="utf-8").replace("1. Wash your hands.", "1. Wash your hands with soap."),
                  encoding="utf-8")


def test_source_edit_turns_the_entry_fuzzy_and_strict_build_refuses(project: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    _edit_source(project)
    assert run(capsys, project, "update", "--check")[0] == 1
    assert run(capsys, project, "update")[0] == 0
    po_text = (project / ES_PO).read_text(encoding="utf-8")
    expected = '#, fuzzy\n#| msgid "Wash your hands."\nmsgid "Wash your hands with soap."\nmsgstr "Lávese las manos."'
    assert expected in po_text
    line = po_line(project / ES_PO, "Wash your hands with soap.")
    code, _out, err = run(capsys, project, "build", "-j", "1")
    assert code == 1
    assert f"{ES_PO.as_posix()}:{line}: [es] fuzzy translation" in err
    assert "Traceback" not in err
    assert not (project / "build/es/medicine-basics.html").exists()
    assert not (project / "build/es/medicine-basics.pdf").exists()
    assert (project / "build/en/medicine-basics.pdf").is_file()  # the rest is still published
    assert (project / "build/es/caso-breve.html").is_file()


def test_a_template_word_with_a_renamed_placeholder_is_named_once_not_printed_in_english(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """'Versión %(versión)s' cannot be filled: the page would say 'Version 1' in English. Like an
    untranslated template word (it is on every page), it keeps the language's editions out, and
    the build says where, once, however many handouts there are."""
    po = project / ES_PO
    text = po.read_text(encoding="utf-8")
    po.write_text(text.replace('msgstr "Versión %(version)s"', 'msgstr "Versión %(versión)s"'), encoding="utf-8")
    code, _out, err = run(capsys, project, "build", "-l", "es", "--format", "html")
    assert code == 1
    line = po_line(po, "Version %(version)s")
    said = [x for x in err.splitlines() if x.startswith(f"{ES_PO.as_posix()}:{line}: [es] translation rejected: "
                                                        "placeholder %(version)s")]
    assert len(said) == 1, err
    assert "edu: not published: es/medicine-basics" in err and "edu: not published: es/caso-breve" in err
    assert not (project / "build/es/medicine-basics.html").exists()
    code, _out, err = run(capsys, project, "check")
    assert code == 1 and f"{ES_PO.as_posix()}:{line}: error: placeholder %(version)s" in err


def test_a_stray_brace_in_a_translation_holds_back_its_edition_only(project: Path,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    """"Lávese las manos {con jabón." stopped `edu check`, `edu build` (English included) and
    `--draft` at that line, and check reported nothing else. It is a rejected translation now."""
    po = project / ES_PO
    text = po.read_text(encoding="utf-8").replace('msgstr "Lávese las manos."', 'msgstr "Lávese las manos {con jabón."')
    po.write_text(text.replace('msgstr "Limpie la piel."', 'msgstr "Limpie 2 veces la piel."'), encoding="utf-8")
    line = po_line(po, "Wash your hands.")
    code, _out, err = run(capsys, project, "check")
    assert code == 1
    assert (f"{ES_PO.as_posix()}:{line}: error: a lone {{ or }} is not a fact placeholder (write a literal brace as "
            "{{ or }}); copy the source's placeholders exactly [placeholder]") in err
    assert f"{ES_PO.as_posix()}:{po_line(po, 'Clean the skin.')}: error: " in err  # the next mistake is found too
    code, _out, err = run(capsys, project, "build", "--format", "html")
    assert code == 1 and "Traceback" not in err
    assert f"{ES_PO.as_posix()}:{line}: [es] translation rejected: a lone {{ or }}" in err
    assert (project / "build/en/medicine-basics.html").is_file()
    assert not (project / "build/es/medicine-basics.html").exists()
    code, _out, err = run(capsys, project, "build", "--format", "html", "--draft")
    assert code == 0, err
    assert "Wash your hands." in (project / "build/es/medicine-basics.html").read_text(encoding="utf-8")


def test_a_page_word_no_published_page_prints_holds_nothing_back(project: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    """A translator starting a language could not publish before translating the draft banner's
    words, "Next review" in a project without review dates and the QR code's alt text in one without
    a web address. They are warnings until the project prints them; then the language waits."""
    po = project / ES_PO
    text = po.read_text(encoding="utf-8")
    for old in ('"BORRADOR"', '"Próxima revisión: %(date)s"', '"Código QR: este folleto en internet"'):
        assert old in text
        text = text.replace(f"msgstr {old}", 'msgstr ""')
    po.write_text(text, encoding="utf-8")
    code, _out, err = run(capsys, project, "build", "--format", "html")
    assert code == 0, err
    assert (project / "build/es/medicine-basics.html").is_file()
    code, _out, err = run(capsys, project, "check")
    lines = [po_line(po, word) for word in ("DRAFT", "Next review %(date)s", "QR code: this handout on the web")]
    for line in lines:
        assert f"{ES_PO.as_posix()}:{line}: warning: the entry is not translated: no published page prints it" in err
    assert code == 0, err
    settings = project / "pyproject.toml"
    settings.write_text(settings.read_text(encoding="utf-8") + 'site_url = "https://example.org/h/"\n'
                        "review_months = 12\n", encoding="utf-8")
    code, _out, err = run(capsys, project, "build", "--format", "html")
    assert code == 1
    assert f"{ES_PO.as_posix()}:{lines[1]}: [es] no translation: 'Next review %(date)s'" in err
    assert f"{ES_PO.as_posix()}:{lines[2]}: [es] no translation: 'QR code: this handout on the web'" in err
    assert f"{ES_PO.as_posix()}:{lines[0]}:" not in err  # a draft's words wait for a draft
    withdrawn = (project / "build/es/medicine-basics.html").read_text(encoding="utf-8")  # its address says so
    assert "Estamos actualizando esta hoja informativa" in withdrawn and "Lávese" not in withdrawn
    code, _out, err = run(capsys, project, "check")
    assert code == 1 and f"{ES_PO.as_posix()}:{lines[2]}: error: the entry is not translated" in err
    code, _out, err = run(capsys, project, "build", "--format", "html", "--draft")
    assert code == 0, err
    page = (project / "build/es/medicine-basics.html").read_text(encoding="utf-8")
    assert "<strong>DRAFT</strong>" in page  # the English word on a draft, never a hole


def test_a_percent_sign_in_a_template_word_cannot_break_the_build(project: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """'Puntos % clave' made Jinja's % formatting fail ('%c requires int or char'): no page of any
    language was written, and the message pointed at templates/labels.html, not the .po."""
    po = project / ES_PO
    po.write_text(po.read_text(encoding="utf-8").replace('msgstr "Puntos clave"', 'msgstr "Puntos % clave"'),
                  encoding="utf-8")
    code, _out, err = run(capsys, project, "build", "--format", "html")
    assert code == 1 and "templates/labels.html" not in err
    line = po_line(po, "Key points")
    assert f"{ES_PO.as_posix()}:{line}: [es] translation rejected: placeholder % in the translation" in err
    assert (project / "build/en/medicine-basics.html").is_file()
    code, _out, err = run(capsys, project, "build", "--format", "html", "--draft")
    assert code == 0, err  # a translator previewing is told what was refused, not that it is untranslated
    assert f"{ES_PO.as_posix()}:{line}: warning: [es] translation rejected: placeholder % in the translation" in err
    assert ("edu: warning: es/medicine-basics: published as a DRAFT (1 translation rejected (above), shown in the "
            "original and marked): not for patients") in err.splitlines(), err
    assert '<h2 class="callout-label" id="callout-1">Key points</h2>' in (
        project / "build/es/medicine-basics.html").read_text(encoding="utf-8")  # the English word, not a crash


def test_a_draft_counts_a_rejected_translation_apart_from_the_missing_parts(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The draft PDF said "Faltan 2 partes" where the terminal said "1 part not translated, 1
    translation rejected": a translator looked for two untranslated parts and found one."""
    po = project / ES_PO
    po.write_text(po.read_text(encoding="utf-8").replace('msgstr "Puntos clave"', 'msgstr "Puntos % clave"'),
                  encoding="utf-8")
    code, _out, err = run(capsys, project, "build", "--draft", "-l", "es", "--format", "html")
    assert code == 0, err
    html = parse(project / "build/es/medicine-basics.html")
    assert [" ".join(x.text_content().split()) for x in html.xpath("//div[@class='draft-banner']//summary")] == [
        "Se rechazó 1 traducción (no pasó una comprobación)"]  # never "Faltan 0 partes"
    _edit_source(project)
    run(capsys, project, "update")
    code, _out, err = run(capsys, project, "build", "--draft", "-l", "es", "--format", "html", "--format", "pdf")
    assert code == 0, err
    assert ("edu: warning: es/medicine-basics: published as a DRAFT (1 part not translated, 1 translation rejected "
            "(above), shown in the original and marked): not for patients") in err.splitlines(), err
    assert ("Falta 1 parte. Se rechazó 1 traducción (no pasó una comprobación)."
            in pdf_text(project / "build/es/medicine-basics.pdf"))
    html = parse(project / "build/es/medicine-basics.html")
    assert [" ".join(x.text_content().split()) for x in html.xpath("//div[@class='draft-banner']//summary")] == [
        "Falta 1 parte · Se rechazó 1 traducción (no pasó una comprobación)"]
    assert len(html.xpath("//div[@class='draft-banner']//li")) == 2  # each named, with its line and why
    labels = project / "templates/labels.html"  # from an older `edu new`: counted as it was, no crash
    labels.write_text("".join(x for x in labels.read_text(encoding="utf-8").splitlines(keepends=True)
                              if '"rejected"' not in x), encoding="utf-8")
    code, _out, err = run(capsys, project, "build", "--draft", "-l", "es", "--format", "html")
    assert code == 0, err
    html = parse(project / "build/es/medicine-basics.html")
    assert [" ".join(x.text_content().split()) for x in html.xpath("//div[@class='draft-banner']//summary")] == [
        "Faltan 2 partes"]


def test_draft_build_marks_the_untranslated_paragraph(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _edit_source(project)
    run(capsys, project, "update")
    code, _out, err = run(capsys, project, "build", "--draft", "-l", "es", "--format", "html", "--format", "pdf")
    assert code == 0, err
    assert ("edu: warning: es/medicine-basics: published as a DRAFT (1 part not translated, shown in the original "
            "and marked): not for patients") in err  # staff were told nothing
    index = (project / "build/es/index.html").read_text(encoding="utf-8")
    assert re.search(r'medicine-basics\.html">[^<]*</a> <strong class="draft-mark">BORRADOR</strong>', index)
    html = (project / "build/es/medicine-basics.html").read_text(encoding="utf-8")
    assert 'class="draft-banner"' in html and "BORRADOR" in html
    line = po_line(project / ES_PO, "Wash your hands with soap.")
    assert (f'<li><span lang="en" class="fuzzy" data-where="{ES_PO.as_posix()}:{line}">'
            "Wash your hands with soap.</span></li>") in html
    text = pdf_text(project / "build/es/medicine-basics.pdf")
    assert "BORRADOR" in text and "Wash your hands with soap." in text


@pytest.mark.parametrize(
    ("path", "old", "new", "where", "message"),
    [
        (Path("content/en/medicine-basics.md"), "reviewed: 2026-11-20", "reviewed: next week",
         "content/en/medicine-basics.md:6", "reviewed: must be a date written YYYY-MM-DD"),
        (Path("content/en/medicine-basics.md"), "Each shot has {dose}.", "Each shot has {dosis}.",
         "content/en/medicine-basics.md:", "unknown fact {dosis}"),
        (Path("content/facts.yaml"), "  source: trial\nhalf_life", "  source: nowhere\nhalf_life",
         "content/facts.yaml:16", "unknown source 'nowhere'"),
        (Path("templates/handout.html"), "{% block main %}", "{% block main %}{% if %}",
         "templates/handout.html:", "template syntax"),
    ],
)
def test_broken_input_is_one_located_line_and_writes_nothing(
    project: Path, capsys: pytest.CaptureFixture[str], path: Path, old: str, new: str, where: str | None,
    message: str,
) -> None:
    file = project / path
    text = file.read_text(encoding="utf-8")
    assert old in text
    file.write_text(text.replace(old, new, 1), encoding="utf-8")
    code, _out, err = run(capsys, project, "build")
    assert code == 1
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith(where or f"{path.as_posix()}:"), err
    assert message in lines[0]
    assert re.match(r"^[^:]+:\d+: ", lines[0]), err
    assert "Traceback" not in err
    assert not (project / "build").exists()


def test_a_broken_catalog_stops_no_build_of_the_languages_that_do_not_read_it(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A translator saves the Spanish catalog with an unclosed quote: a build of English still makes
    every English edition (exit 0) and says what is wrong with the Spanish file (a warning); its
    pages do not link to Spanish editions until the file is fixed."""
    po = project / ES_PO
    text = po.read_text(encoding="utf-8")
    po.write_text(text.replace('msgstr "Limpie la piel."', 'msgstr "Limpie la piel.', 1), encoding="utf-8")
    line = po_line(project / ES_PO, "Clean the skin.") + 1
    code, _out, err = run(capsys, project, "build", "-j", "1", "-l", "en")
    assert code == 0, err
    assert (f"{ES_PO.as_posix()}:{line}: warning: invalid catalog: a quoted string is not closed (check the quotes on "
            "this line) (this build does not make es: the pages it makes do not link to the es editions that need "
            "this file until it is fixed)") in err.splitlines(), err
    assert "not published" not in err.replace("0 editions not published", "")
    build = project / "build"
    assert {p.name for p in (build / "en").iterdir()} >= {"medicine-basics.pdf", "caso-breve.pdf", "index.html"}
    assert 'hreflang="es"' not in (build / "en/medicine-basics.html").read_text(encoding="utf-8")
    po.write_text(text, encoding="utf-8")  # fixed: the Spanish build publishes it, the links come back
    assert run(capsys, project, "build", "-j", "1")[0] == 0
    assert 'hreflang="es"' in (build / "en/medicine-basics.html").read_text(encoding="utf-8")


def test_a_broken_catalog_holds_back_only_the_editions_made_from_it(project: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """The English catalog of the Spanish handouts (from-es.po) is broken: only the English edition of
    the Spanish handout and its side-by-side edition wait; every build says so until it is fixed."""
    po = project / "locale/en/LC_MESSAGES/from-es.po"
    line = po_line(po, "Caso clínico")  # saved in Windows-1252 (a translator's editor), on one line
    po.write_bytes(po.read_bytes().replace('msgid "Caso clínico"'.encode(), 'msgid "Caso clínico"'.encode("cp1252")))
    for _ in range(2):  # the second build has nothing to do: it says the same
        code, _out, err = run(capsys, project, "build", "-j", "1")
        assert code == 1, err
        assert (f"locale/en/LC_MESSAGES/from-es.po:{line}: invalid catalog: this line is not UTF-8 (byte 0xed); save "
                "the file as UTF-8, the encoding edu, msgfmt and every translation tool read") in err.splitlines(), err
        assert [x for x in err.splitlines() if x.startswith("edu: not published")] == [
            "edu: not published: en/caso-breve (a catalog it needs cannot be read: see above)"]
        assert "1 edition not published" in err.splitlines()[-1]
    build = project / "build"
    assert not (build / "en/caso-breve.html").exists() and not (build / "bilingual/caso-breve.pdf").exists()
    for made in ("en/medicine-basics.pdf", "es/medicine-basics.pdf", "es/caso-breve.pdf",
                 "bilingual/medicine-basics.pdf"):
        assert (build / made).is_file(), made


def test_a_catalog_saved_with_a_byte_order_mark_is_published_with_a_warning(project: Path,
                                                                           capsys: pytest.CaptureFixture[str]) -> None:
    """Notepad's "UTF-8 with BOM" withdrew every Spanish edition (and removed its PDFs) until the
    file was saved again: edu reads past the mark, warns at line 1, and `edu update` removes it."""
    po = project / ES_PO
    assert run(capsys, project, "build", "-j", "1", "--format", "html")[0] == 0
    text = po.read_bytes()
    po.write_bytes(b"\xef\xbb\xbf" + text)
    warning = (f"{ES_PO.as_posix()}:1: warning: the file starts with a byte order mark (BOM, Notepad's \"UTF-8 with "
               "BOM\"): edu reads past it, but GNU msgfmt and tools built on it reject the file; run `edu update`, "
               'which writes it without the BOM, or save it as "UTF-8" (without BOM) [bom]')
    code, _out, err = run(capsys, project, "build", "-j", "1", "--format", "html")
    assert code == 0 and warning in err.splitlines(), err
    assert "not published" not in err.replace("0 editions not published", ""), err
    assert "Limpie la piel." in (project / "build/es/medicine-basics.html").read_text(encoding="utf-8")
    code, _out, err = run(capsys, project, "check", "-l", "es")
    assert code == 0 and warning in err.splitlines(), err
    assert run(capsys, project, "compile")[0] == 0
    assert run(capsys, project, "update", "--check")[0] == 1  # the mark is a change `edu update` makes
    assert run(capsys, project, "update")[0] == 0
    assert po.read_bytes() == text  # the same file, without the mark: msgfmt reads it
    assert "[bom]" not in run(capsys, project, "check", "-l", "es")[2]


@pytest.mark.parametrize(("folder", "message"), [
    ("templates", "-o templates: the output folder is inside the project's templates/, which the build reads"),
    ("content", "-o content: the output folder is inside the project's content/, which the build reads"),
    ("locale/es", "-o locale/es: the output folder is inside the project's locale/, which the build reads"),
    (".", "-o .: the output folder would hold the project itself"),
    ("..", "-o ..: the output folder would hold the project itself"),
])
def test_a_build_never_writes_into_the_project_or_around_it(project: Path, capsys: pytest.CaptureFixture[str],
                                                             monkeypatch: pytest.MonkeyPatch, folder: str,
                                                             message: str) -> None:
    """`-o templates` wrote the index page over the project's index template; `-o /` filled the disk's root."""
    before = {p: p.read_bytes() for p in project.parent.rglob("*") if p.is_file()}
    monkeypatch.chdir(project)
    code, _out, err = run(capsys, project, "build", "-o", folder, "--format", "html")
    assert (code, err.strip()) == (2, f"edu: {message}; choose a folder of its own, such as build/")
    assert {p: p.read_bytes() for p in project.parent.rglob("*") if p.is_file()} == before


def test_a_build_never_writes_into_a_folder_of_other_files(project: Path, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    (project / "build").mkdir()
    (project / "build/setup.log").write_text("a Python build's log\n", encoding="utf-8")
    code, _out, err = run(capsys, project, "build", "--format", "html")
    assert (code, err.strip()) == (2, "edu: build/: the folder holds files edu did not write (setup.log); choose a "
                                   "new or empty folder (a build replaces and removes its own files there)")
    assert [p.name for p in (project / "build").iterdir()] == ["setup.log"]
    site = tmp_path / "site"
    site.mkdir()
    (site / ".gitkeep").touch()  # hidden files are no one's outputs: a folder of them is empty enough
    assert run(capsys, project, "build", "--format", "html", "-o", str(site))[0] == 0
    assert run(capsys, project, "build", "--format", "html", "-o", str(site))[0] == 0  # an earlier build's folder
    assert (site / "en/medicine-basics.html").is_file()


@pytest.mark.parametrize("planted", [".edu-lock", "es"])
def test_a_link_planted_in_the_build_folder_is_never_followed(project: Path, tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str], planted: str) -> None:
    """A link as build/.edu-lock emptied the file it named and wrote the build's process id in it; a
    link as build/es let a build write into the folder it named and remove files there."""
    assert run(capsys, project, "build", "--format", "html")[0] == 0
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "keep.txt").write_text("someone's notes\n", encoding="utf-8")
    target = project / "build" / planted
    shutil.rmtree(target) if target.is_dir() else target.unlink()
    target.symlink_to(elsewhere / "keep.txt" if planted == ".edu-lock" else elsewhere)
    code, _out, err = run(capsys, project, "build", "--format", "html")
    assert (code, err.strip()) == (2, f"edu: build/: {planted} is a symbolic link; edu writes only into real folders "
                                   "of its own (remove the link, or build into another folder)")
    assert [p.name for p in elsewhere.iterdir()] == ["keep.txt"]
    assert (elsewhere / "keep.txt").read_text(encoding="utf-8") == "someone's notes\n"


def test_an_entry_a_handout_says_twice_is_named_once(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A title that is also the first heading printed "no translation" twice, and took two of the
    three lines shown before "this entry and N more"."""
    handout = project / "content/en/medicine-basics.md"
    handout.write_text(handout.read_text(encoding="utf-8").replace(
        "title: What is this medicine?", "title: Before you come").replace(
        "## How do I give the shot?", "## Before you come"), encoding="utf-8")
    assert run(capsys, project, "update")[0] == 0
    code, _out, err = run(capsys, project, "build", "-l", "es", "--format", "html")
    assert code == 1
    assert len([x for x in err.splitlines() if x.endswith("no translation: 'Before you come'")]) == 1, err


def test_a_build_ignores_an_exception_reviewed_for_an_older_source(project: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """The build reads reviewed exceptions as `edu check` does: one kept by msgmerge through a source
    change (``#| msgid`` the old words) no longer silences its check, so the edition waits."""
    po = project / "locale/es/LC_MESSAGES/from-en.po"
    text = po.read_text(encoding="utf-8")
    slip = 'msgstr "Cada inyección tiene {dose} mg."'  # "100 mg mg"
    po.write_text(text.replace('msgstr "Cada inyección tiene {dose}."', slip), encoding="utf-8")
    assert "not published: es/medicine-basics" in run(capsys, project, "build", "--format", "html")[2]
    reviewed = text.replace('msgid "Each shot has {dose}."', '# edu-ok:number\nmsgid "Each shot has {dose}."')
    po.write_text(reviewed.replace('msgstr "Cada inyección tiene {dose}."', slip), encoding="utf-8")
    assert "not published: es/medicine-basics" not in run(capsys, project, "build", "--format", "html")[2]
    lapsed = reviewed.replace("# edu-ok:number\n", '# edu-ok:number\n#| msgid "Each shot has {dose} of it."\n')
    po.write_text(lapsed.replace('msgstr "Cada inyección tiene {dose}."', slip), encoding="utf-8")
    code, _out, err = run(capsys, project, "build", "--format", "html")
    assert code == 1 and "not published: es/medicine-basics" in err, err


# --- text typed with combining marks (NFD) --------------------------------------------------------------------

def decompose(path: Path) -> None:
    """Rewrite a file as Unikey's combining mode or a macOS tool writes it: "é" as e + U+0301."""
    text = path.read_text(encoding="utf-8")
    path.write_text(unicodedata.normalize("NFD", text), encoding="utf-8")
    assert "\u0301" in path.read_text(encoding="utf-8")


def test_a_catalog_typed_with_combining_marks_prints_what_the_precomposed_one_does(
        project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Letters came from Atkinson Hyperlegible and their marks from Noto Sans, unplaced ("điểm"
    printed like "điềm"), and a PDF's text lost its letters; msgids no longer matched the source."""
    args = ("build", "-j", "1", "-l", "es", "--format", "html", "--format", "pdf", "-o")
    _code, _out, said = run(capsys, project, "check")
    assert run(capsys, project, *args, str(tmp_path / "nfc"))[0] == 0
    decompose(project / ES_PO)  # every msgid and msgstr
    assert run(capsys, project, "check")[2] == said
    code, _out, err = run(capsys, project, *args, str(tmp_path / "nfd"))
    assert code == 0, err
    pages = sorted(p.relative_to(tmp_path / "nfc") for p in (tmp_path / "nfc").rglob("*.*") if p.suffix in (".html",
                                                                                                         ".pdf"))
    assert len(pages) == 9  # 2 handouts' pages and PDFs, the large print, the index, 2 pages of 404
    for page in pages:
        nfc, nfd = tmp_path / "nfc" / page, tmp_path / "nfd" / page
        if page.suffix == ".html":
            assert nfd.read_text(encoding="utf-8") == nfc.read_text(encoding="utf-8"), page
        else:
            assert pdf_text(nfd) == pdf_text(nfc), page
    text = pdf_text(tmp_path / "nfd/es/medicine-basics.pdf")
    assert "¿Qué es este medicamento?" in text and "Cada inyección tiene 100 mg." in text


def test_a_handout_typed_with_combining_marks_keeps_its_translations(project: Path,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, project, "build", "-l", "en", "--format", "html")[0] == 0
    page = project / "build/en/caso-breve.html"
    before = page.read_text(encoding="utf-8")
    decompose(project / "content/es/caso-breve.md")
    assert run(capsys, project, "update", "--check")[0] == 0  # the same messages: nothing to write
    code, _out, err = run(capsys, project, "build", "-l", "en", "--format", "html")
    assert code == 0, err  # every English entry still found
    assert page.read_text(encoding="utf-8") == before
