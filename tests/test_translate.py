"""Translate stage: a handout and a .po -> the localized Markdown a reader gets, and what is missing where."""

from __future__ import annotations

from pathlib import Path

import pytest

from edu.blocks import split_blocks
from edu.content import load_document
from edu.directives import State
from edu.errors import SourceError
from edu.facts import load_facts
from edu.model import Fact, Handout, Segment
from edu.poread import read_catalog
from edu.references import load_references
from edu.segments import segment_document
from edu.translate import CLOSE, OPEN, SEP, Source, clean_translation, localize, missing_message
from helpers import front_matter

SOURCE = front_matter("What is this medicine?", "It calms swelling.") + """\
## How do I give the shot?

Each shot has {dose}.

- Wash your hands.
- Clean the skin.

| Test | When |
|---|---|
| Blood test | Before the first dose |

<!-- i18n-skip -->
Kineret®
"""
PO = Path("locale/es/LC_MESSAGES/from-en.po")
NBSP = "\u00a0"  # between a number and its unit
HEAD = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: es\\n"\n\n'
ALL = {
    "What is this medicine?": "¿Qué es este medicamento?",
    "It calms swelling.": "Calma la hinchazón.",
    "How do I give the shot?": "¿Cómo me pongo la inyección?",
    "Each shot has {dose}.": "Cada inyección tiene {dose}.",
    "Wash your hands.": "Lávese las manos.",
    "Clean the skin.": "Limpie la piel.",
    "Test": "Prueba",
    "When": "Cuándo",
    "Blood test": "Análisis de sangre",
    "Before the first dose": "Antes de la primera dosis",
}


@pytest.fixture
def handout(tmp_path: Path) -> Handout:
    path = tmp_path / "content/en/medicine.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(SOURCE, encoding="utf-8")
    return segment_document(load_document(Path("content/en/medicine.md"), tmp_path))


@pytest.fixture
def facts(tmp_path: Path) -> dict[str, Fact]:
    (tmp_path / "content").mkdir(exist_ok=True)
    (tmp_path / "content/references.yaml").write_text(
        "label:\n  title: Label\n  issuer: Maker\n  year: 2025\n  url: https://example.org\n", encoding="utf-8")
    (tmp_path / "content/facts.yaml").write_text(
        "dose:\n  value: 0.67\n  unit: volume-milliliter\n  source: label\n", encoding="utf-8")
    return load_facts(tmp_path, load_references(tmp_path))


def po_source(root: Path, entries: dict[str, str], fuzzy: tuple[str, ...] = ()) -> Source:
    """A .po file on disk with these entries (read back, so every entry knows its line)."""
    text = HEAD
    for msgid, msgstr in entries.items():
        flag = "#, fuzzy\n" if msgid in fuzzy else ""
        text += f'{flag}msgid "{msgid}"\nmsgstr "{msgstr}"\n\n'
    path = root / PO
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return Source(read_catalog(path, PO), PO)


def line_of(root: Path, msgid: str) -> int:
    lines = (root / PO).read_text(encoding="utf-8").splitlines()
    return lines.index(f'msgid "{msgid}"') + 1


def test_the_source_language_is_the_source_itself(handout: Handout, facts: dict[str, Fact]) -> None:
    en = localize(handout, "en", Source(None, None), facts, "en_US")
    assert (en.title, en.summary, en.missing) == ("What is this medicine?", "It calms swelling.", ())
    assert en.complete
    assert en.blocks == ("## How do I give the shot?\n", f"Each shot has 0.67{NBSP}mL.\n",
                         "- Wash your hands.\n- Clean the skin.\n",
                         "| Test | When |\n|---|---|\n| Blood test | Before the first dose |\n", "Kineret®\n")


@pytest.mark.parametrize(("locale", "dose"), [("es_US", f"0.67{NBSP}mL"), ("es_ES", f"0,67{NBSP}mL")])
def test_a_complete_translation_with_facts_formatted_for_the_locale(
    tmp_path: Path, handout: Handout, facts: dict[str, Fact], locale: str, dose: str,
) -> None:
    es = localize(handout, "es", po_source(tmp_path, ALL), facts, locale)
    assert es.complete
    assert (es.title, es.summary) == ("¿Qué es este medicamento?", "Calma la hinchazón.")
    assert es.blocks == ("## ¿Cómo me pongo la inyección?\n", f"Cada inyección tiene {dose}.\n",
                         "- Lávese las manos.\n- Limpie la piel.\n",
                         "| Prueba | Cuándo |\n|---|---|\n| Análisis de sangre | Antes de la primera dosis |\n",
                         "Kineret®\n")  # skipped: the same in every language, and never missing


def test_each_missing_segment_names_its_po_line_or_its_source_line(
    tmp_path: Path, handout: Handout, facts: dict[str, Fact],
) -> None:
    entries = {k: v for k, v in ALL.items() if k != "Clean the skin."}  # not extracted yet
    entries["Wash your hands."] = ""  # extracted, not translated
    source = po_source(tmp_path, entries, fuzzy=("Test",))
    es = localize(handout, "es", source, facts, "es_US")
    assert not es.complete
    assert [(m.segment.text, m.status, m.where) for m in es.missing] == [
        ("Wash your hands.", "untranslated", f"{PO}:{line_of(tmp_path, 'Wash your hands.')}"),
        ("Clean the skin.", "untranslated", "content/en/medicine.md:15"),
        ("Test", "fuzzy", f"{PO}:{line_of(tmp_path, 'Test')}"),
    ]
    assert es.blocks[2] == "- Wash your hands.\n- Clean the skin.\n"  # the source, unmarked without --draft
    assert es.blocks[3].startswith("| Test | Cuándo |")  # a fuzzy suggestion is never printed
    assert [missing_message(m, "es") for m in es.missing] == [
        f"{PO}:{line_of(tmp_path, 'Wash your hands.')}: [es] no translation: 'Wash your hands.'",
        "content/en/medicine.md:15: [es] not in the catalog yet (run `edu update`, then translate it): "
        "'Clean the skin.'",
        f"{PO}:{line_of(tmp_path, 'Test')}: [es] fuzzy translation (review it, then remove the fuzzy flag): 'Test'",
    ]


def test_without_a_catalog_everything_is_missing_at_its_source_line(handout: Handout,
                                                                     facts: dict[str, Fact]) -> None:
    es = localize(handout, "es", Source(None, PO), facts, "es_US")
    assert [m.where for m in es.missing][:3] == ["content/en/medicine.md:2", "content/en/medicine.md:3",
                                                 "content/en/medicine.md:10"]
    assert len(es.missing) == len(handout.segments) - 1  # all but the skipped one


def test_draft_marks_missing_segments_with_their_status_and_place(
    tmp_path: Path, handout: Handout, facts: dict[str, Fact],
) -> None:
    entries = {**ALL, "Wash your hands.": ""}
    entries.pop("What is this medicine?")
    es = localize(handout, "es", po_source(tmp_path, entries), facts, "es_US", draft=True)
    where = f"{PO}:{line_of(tmp_path, 'Wash your hands.')}"
    assert es.blocks[2] == f"- {OPEN}u{where}{SEP}Wash your hands.{CLOSE}\n- Limpie la piel.\n"
    assert es.title == "What is this medicine?"  # plain text: no markers in a title
    assert len(es.missing) == 2


def test_draft_source_text_keeps_its_facts_in_the_source_language(tmp_path: Path, facts: dict[str, Fact]) -> None:
    path = tmp_path / "content/es/caso.md"
    path.parent.mkdir(parents=True)
    path.write_text(SOURCE.replace("Each shot has {dose}.", "Cada dosis: {dose}."), encoding="utf-8")
    (tmp_path / "content/facts.yaml").write_text(
        "dose:\n  value: 10\n  unit: duration-day\n  length: long\n  source: label\n", encoding="utf-8")
    handout = segment_document(load_document(Path("content/es/caso.md"), tmp_path))
    en = localize(handout, "en", Source(None, None), load_facts(tmp_path, load_references(tmp_path)), "en_US",
                  draft=True)
    assert f"Cada dosis: 10{NBSP}días." in en.blocks[1]


def test_a_stray_brace_in_a_translation_rejects_that_entry_only(
    tmp_path: Path, handout: Handout, facts: dict[str, Fact],
) -> None:
    """It stopped the whole build (every language) at its line; it is a rejected translation now."""
    entries = {**ALL, "Test": "Prueba {", "When": "Cuándo }"}
    es = localize(handout, "es", po_source(tmp_path, entries), facts, "es_US")
    message = "rejected: a lone { or } is not a fact placeholder (write a literal brace as {{ or }})"
    assert [(m.segment.text, m.where) for m in es.missing] == [(name, f"{PO}:{line_of(tmp_path, name)}")
                                                               for name in ("Test", "When")]
    assert all(m.status.startswith(message) for m in es.missing)


@pytest.mark.parametrize(
    ("msgid", "msgstr", "why"),
    [
        ("Each shot has {dose}.", "Cada inyección tiene {dosis}.", "placeholder {dose} in the source is missing"),
        ("Wash your hands.", "<b>Lávese</b> las manos.", "raw HTML in the translation"),
        ("Clean the skin.", "# Limpie la piel.", "Markdown differs"),
    ],
)
def test_a_translation_that_fails_a_blocking_check_is_never_printed(
    tmp_path: Path, handout: Handout, facts: dict[str, Fact], msgid: str, msgstr: str, why: str,
) -> None:
    es = localize(handout, "es", po_source(tmp_path, {**ALL, msgid: msgstr}), facts, "es_US")
    assert [(m.segment.text, m.where) for m in es.missing] == [(msgid, f"{PO}:{line_of(tmp_path, msgid)}")]
    assert es.missing[0].status.startswith(f"rejected: {why}")
    assert msgstr not in "".join(es.blocks)
    assert missing_message(es.missing[0], "es").startswith(f"{PO}:{line_of(tmp_path, msgid)}: [es] translation "
                                                            f"rejected: {why}")


def test_a_rejected_translation_names_every_check_it_fails(tmp_path: Path, handout: Handout,
                                                          facts: dict[str, Fact]) -> None:
    msgstr = "Lávese las manos <img src=x onerror=alert(1)>."
    es = localize(handout, "es", po_source(tmp_path, {**ALL, "Wash your hands.": msgstr}), facts, "es_US")
    assert es.missing[0].status.startswith("rejected: number 1 in the translation is not in the source")
    assert es.missing[0].status.endswith("[number] (also: html; `edu check` says each)")


def test_a_fact_unknown_in_the_source_is_an_error_at_its_source_line(handout: Handout) -> None:
    with pytest.raises(SourceError) as caught:
        localize(handout, "en", Source(None, None), {}, "en_US")
    assert str(caught.value) == "content/en/medicine.md:12: unknown fact {dose}: define it in content/facts.yaml"


def test_raw_html_in_any_language_is_text_not_markup(tmp_path: Path, facts: dict[str, Fact]) -> None:
    path = tmp_path / "content/en/html.md"
    path.parent.mkdir(parents=True)
    path.write_text(SOURCE.split("## How")[0] + "Press <b>here</b> <script>x()</script>.\n", encoding="utf-8")
    doc = load_document(Path("content/en/html.md"), tmp_path)
    with pytest.raises(SourceError, match="'<b>' would be printed as written"):  # refused where it is written
        segment_document(doc)
    blocks = split_blocks(doc.body.splitlines(), doc.body_line, State())  # and, should it get this far, text
    handout = Handout(doc, Segment("T", 2, "title"), Segment("S", 3, "summary"), tuple(blocks))
    en = localize(handout, "en", Source(None, None), facts, "en_US")
    assert en.blocks == ("Press &lt;b>here&lt;/b> &lt;script>x()&lt;/script>.\n",)


def test_a_translation_is_kept_on_one_line_inside_its_segment(tmp_path: Path, handout: Handout,
                                                              facts: dict[str, Fact]) -> None:
    entries = {**ALL, "Wash your hands.": "Lávese\\n las   manos.", "Blood test": "Sangre \\\\| orina"}
    es = localize(handout, "es", po_source(tmp_path, entries), facts, "es_US")
    assert es.complete
    assert es.blocks[2] == "- Lávese las manos.\n- Limpie la piel.\n"
    assert "| Sangre \\| orina | Antes de la primera dosis |" in es.blocks[3]


def test_msgctxt_picks_the_entry_of_its_context(tmp_path: Path, facts: dict[str, Fact]) -> None:
    path = tmp_path / "content/en/shots.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(SOURCE.split("## How")[0] + "<!-- i18n-context: verb -->\nShot\n\nShot\n", encoding="utf-8")
    handout = segment_document(load_document(Path("content/en/shots.md"), tmp_path))
    po = tmp_path / PO
    po.parent.mkdir(parents=True)
    po.write_text(HEAD + 'msgid "What is this medicine?"\nmsgstr "¿Qué es?"\n\nmsgid "It calms swelling."\n'
                  'msgstr "Calma."\n\nmsgctxt "verb"\nmsgid "Shot"\nmsgstr "Dispare"\n\nmsgid "Shot"\n'
                  'msgstr "Inyección"\n', encoding="utf-8")
    es = localize(handout, "es", Source(read_catalog(po, PO), PO), facts, "es_US")
    assert es.blocks == ("Dispare\n", "Inyección\n")


@pytest.mark.parametrize(
    ("text", "in_cell", "expected"),
    [
        ("Lávese\nlas   manos.", False, "Lávese las manos."),
        ("  espacios  ", False, "espacios"),
        ("# No es un título", False, "\\# No es un título"),
        ("## Tampoco", False, "\\## Tampoco"),
        ("- No es una lista", False, "\\- No es una lista"),
        ("* Tampoco", False, "\\* Tampoco"),
        ("1. No es un paso", False, "1\\. No es un paso"),
        ("> No es una cita", False, "\\> No es una cita"),
        ("| no es una tabla", False, "\\| no es una tabla"),
        ("--- ni una regla", False, "\\--- ni una regla"),
        ("#etiqueta y 1.5 mL", False, "\\#etiqueta y 1.5 mL"),  # Python-Markdown's heading too (<h1> in a step)
        ("a | b", True, "a \\| b"),
        ("a \\| b", True, "a \\| b"),  # already escaped: not doubled
        ("a | b", False, "a | b"),
        (f"{OPEN}u{SEP}oculto{CLOSE}", False, "uoculto"),  # private-use markers never survive
    ],
)
def test_clean_translation(text: str, in_cell: bool, expected: str) -> None:
    assert clean_translation(text, in_cell) == expected


def test_a_cell_with_nothing_to_translate_is_printed_in_every_language_without_a_catalog_entry(
    tmp_path: Path, facts: dict[str, Fact],
) -> None:
    """A dose table: "**{dose}**" and "—" are facts and symbols, each edition prints them (the
    fact formatted for its language); "911" is the translator's, as any number written in digits."""
    path = tmp_path / "content/en/table.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(front_matter("Doses", "The doses.") + "| Shot | Dose | Call |\n|---|---|---|\n"
                    "| Each shot | **{dose}** | 911 |\n| Missed | — | `{dose}` |\n", encoding="utf-8")
    handout = segment_document(load_document(Path("content/en/table.md"), tmp_path))
    assert [s.text for s in handout.segments if not s.skip] == ["Doses", "The doses.", "Shot", "Dose", "Call",
                                                                  "Each shot", "911", "Missed"]
    entries = {"Doses": "Dosis", "The doses.": "Las dosis.", "Shot": "Inyección", "Dose": "Dosis",
               "Call": "Llame", "Each shot": "Cada inyección", "911": "911", "Missed": "Olvidada"}
    es = localize(handout, "es", po_source(tmp_path, entries), facts, "es_ES")
    assert es.complete, es.missing
    assert es.blocks == (f"| Inyección | Dosis | Llame |\n|---|---|---|\n| Cada inyección | **0,67{NBSP}mL** | 911 |\n"
                         f"| Olvidada | — | `0,67{NBSP}mL` |\n",)  # a number and its unit never part
