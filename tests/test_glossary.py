"""Terminology and register: a translator team's glossary (locale/<lang>/glossary.csv) and the
register of a language ([tool.edu] register), as warnings of `edu check` and `edu build`."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from edu.glossary import Glossary, Terminology, read_glossary
from edu.register import check_register
from edu.warned import WARNED_NAME
from helpers import po_line, record_calls, run

PO = "locale/es/LC_MESSAGES/from-en.po"
GLOSSARY = ('source,target,note\nshot,inyección,\nsyringe,jeringuilla,"the hospital word"\nhand,mano,\n'
            "example,ejemplo,\ndose,dosis,\n")
SYRINGE = ('"syringe" is "jeringuilla" in locale/es/glossary.csv (line 3; note: the hospital word): this '
           "translation does not have it; use the glossary's term, or accept another wording that is right here "
           "with # edu-ok:term [term]")


def glossary(project: Path, text: str = GLOSSARY) -> None:
    (project / "locale/es/glossary.csv").write_text(text, encoding="utf-8")


def edit(project: Path, old: str, new: str, path: str = PO) -> None:
    text = (project / path).read_text(encoding="utf-8")
    assert old in text
    (project / path).write_text(text.replace(old, new, 1), encoding="utf-8")


def set_register(project: Path, register: str) -> None:
    edit(project, "[tool.edu]\n", f"[tool.edu]\nregister = {register}\n", "pyproject.toml")


def findings(err: str, code: str) -> list[str]:
    return [line for line in err.splitlines() if line.endswith(f"[{code}]")]


def test_a_term_translated_otherwise_warns_at_its_entry_in_check_and_build(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """"syringe" is "jeringuilla" in the team's glossary and the entry says "jeringa": one warning at
    the entry's line; "shots", "hands" ("manos") and a term only in a link's address or a
    {placeholder} ("example", "{dose}") say nothing."""
    glossary(project)
    code, _out, err = run(capsys, project, "check")
    line = po_line(project / PO, "Do not shake the syringe.")
    assert code == 0, err
    assert findings(err, "term") == [f"{PO}:{line}: warning: {SYRINGE}"], err
    code, _out, err = run(capsys, project, "build", "--format", "html", "-j", "1")
    assert code == 0, err
    assert findings(err, "term") == [f"{PO}:{line}: warning: {SYRINGE}"], err


def test_an_alternative_of_the_target_passes_and_a_reviewed_exception_accepts_another_wording(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    glossary(project, GLOSSARY.replace("jeringuilla,", "jeringuilla|jeringa,"))
    code, _out, err = run(capsys, project, "check")
    assert code == 0 and not findings(err, "term"), err
    glossary(project)
    edit(project, 'msgid "Do not shake the syringe."', '# edu-ok:term\nmsgid "Do not shake the syringe."')
    code, _out, err = run(capsys, project, "check")
    assert code == 0 and not findings(err, "term") and "[flag]" not in err, err


def terms(tmp_path: Path, rows: str) -> Glossary:
    (tmp_path / "locale/es").mkdir(parents=True)
    (tmp_path / "locale/es/glossary.csv").write_text("source,target,note\n" + rows, encoding="utf-8")
    found, errors = read_glossary(tmp_path, "es")
    assert found is not None and not errors, errors
    return found


@pytest.mark.parametrize(("src", "tr", "missing"), [
    ("Keep the prefilled syringes cold.", "Guarde las jeringas precargadas en frío.", []),  # number and gender
    ("Signs of infection", "Señales de infecciones", []),  # -ión, -iones
    ("Ask your care teams.", "Pregunte a sus equipos médicos.", []),  # an English plural, a Spanish one
    ("Call your care team.", "Llame a su equipo de atención médica.", ["care team"]),
    ("Call your care team.", "Llame a su equipo medico.", ["care team"]),  # accents are significant
    ("Off-label use", "Uso fuera de indicación", []),  # "label" is not looked for in "off-label"
    ("Read the [leaflet](https://example.org/care-team)", "Lea el [folleto](https://example.org/care-team)", []),
    ("Give {shot_count} today.", "Póngase {shot_count} hoy.", []),  # a placeholder is not text
    ("Use a new syringe for each shot.", "Use una jeringa nueva para cada pinchazo.", ["shot"]),
    ("The pharmacies", "Las farmacias", []),  # pharmacy -> pharmacies
])
def test_a_term_is_found_in_the_source_and_its_target_in_any_of_its_forms(
        tmp_path: Path, src: str, tr: str, missing: list[str]) -> None:
    found = terms(tmp_path, "care team,equipo médico,\nprefilled syringe,jeringa precargada,\nsyringe,jeringa,\n"
                  "infection,infección,\nshot,inyección,\nlabel,información de prescripción,\npharmacy,farmacia,\n")
    said = [f.message.split('"')[1] for f in found.check(src, tr)]
    assert said == missing


def test_a_glossary_row_that_cannot_be_read_is_an_error_at_its_line_and_a_warning_of_the_build(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    glossary(project, 'source,target,note\nshot,inyección,\nshot,pinchazo,\n,aguja,\nsyringe\nfever,,\n'
             "nurse,enfermera,a, b\n")
    code, _out, err = run(capsys, project, "check")
    where = "locale/es/glossary.csv"
    assert code == 1
    assert findings(err, "glossary") == [
        f'{where}:3: error: "shot" is already at line 2 with another target ("inyección"): keep one row per term, '
        "with every accepted translation in its target separated by | [glossary]",
        f"{where}:4: error: the term (source) is empty: write the English term, or delete the row [glossary]",
        f"{where}:5: error: this row has 1 value and the header names 3 columns (source, target, note): write each, "
        "separated by commas (an empty note is a comma at the end) [glossary]",
        f'{where}:6: error: "fever" has no target: write its translation (several separated by |), or delete the '
        "row [glossary]",
        f"{where}:7: error: this row has 4 values and the header names 3 columns: a value with a comma in it goes "
        'in double quotes ("a, b") [glossary]'], err
    code, _out, err = run(capsys, project, "build", "--format", "html", "-j", "1")
    assert code == 0 and f"{where}:3: warning: " in err, err
    glossary(project, "term,translation\nshot,inyección\n")
    code, _out, err = run(capsys, project, "check")
    assert code == 1 and findings(err, "glossary") == [
        f"{where}:1: error: the first line must name the columns: source,target,note (a CSV glossary, as Weblate "
        "exports it) [glossary]"], err


def test_weblates_csv_export_is_read_and_no_other_command_trips_over_the_glossary(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    glossary(project, '"location","source","target","id","fuzzy","context","translator_comments",'
             '"developer_comments"\n"","syringe","jeringuilla","","False","","the hospital word",""\n')
    code, _out, err = run(capsys, project, "check")
    assert code == 0 and findings(err, "term") == [
        f"{PO}:{po_line(project / PO, 'Do not shake the syringe.')}: warning: {SYRINGE.replace('line 3', 'line 2')}"
    ], err
    assert "[unread]" not in err
    assert run(capsys, project, "update", "--check")[0] == 0
    assert run(capsys, project, "compile")[0] == 0


def test_tu_in_an_usted_language_warns_at_its_entry_in_check_and_build(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(project, 'msgstr "Lávese las manos."', 'msgstr "Lava tus manos."')
    code, _out, err = run(capsys, project, "check")
    assert code == 0 and not findings(err, "register"), err  # no register set: not checked
    set_register(project, '{ es = "usted" }')
    line = po_line(project / PO, "Wash your hands.")
    said = (f'{PO}:{line}: warning: uses tú ("tus": write "sus"; "Lava": a tú command, write "Lave") where es speaks '
            "to the reader as usted ([tool.edu] register); reword it, or accept a tú said on purpose with "
            "# edu-ok:register [register]")
    code, _out, err = run(capsys, project, "check")
    assert code == 0 and findings(err, "register") == [said], err
    code, _out, err = run(capsys, project, "build", "--format", "html", "-j", "1")
    assert code == 0 and findings(err, "register") == [said], err
    edit(project, 'msgid "Wash your hands."', '# edu-ok:register\nmsgid "Wash your hands."')
    code, _out, err = run(capsys, project, "check")
    assert code == 0 and not findings(err, "register"), err


def test_an_usted_text_passes_and_a_tu_language_flags_usted(project: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    set_register(project, '{ es = "usted" }')
    code, _out, err = run(capsys, project, "check")
    assert code == 0 and not findings(err, "register"), err
    edit(project, 'register = { es = "usted" }', 'register = { es = "tú" }', "pyproject.toml")
    edit(project, 'msgstr "Limpie la piel."', 'msgstr "Usted limpie la piel."')
    code, _out, err = run(capsys, project, "check")
    assert findings(err, "register") == [
        f'{PO}:{po_line(project / PO, "Clean the skin.")}: warning: uses usted ("usted": write "tú/ti") where es '
        "speaks to the reader as tú ([tool.edu] register); reword it, or accept a usted said on purpose with "
        "# edu-ok:register [register]"], err


def test_a_register_edu_does_not_know_is_an_error_at_its_setting(project: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    set_register(project, '{ es = "vos" }')
    code, _out, err = run(capsys, project, "check")
    assert code == 1
    assert "pyproject.toml:2: [tool.edu] register: 'vos' is not a register of es: write 'usted' or 'tú'" in err, err


@pytest.mark.parametrize(("text", "words"), [
    ("Llame a su médico si le duele.", []),
    ("Tome un té caliente.", []),  # té: tea
    ("Pregunte al equipo de TI.", []),  # capitals: an abbreviation
    ("Vea [la guía](https://example.org/tu/guia).", []),  # a link's address is not text
    ("Llama a tu médico.", ["tu"]),
    ("Te lo dirá tu médico; es para ti.", ["te", "tu", "ti"]),
])
def test_the_register_reads_pronouns_and_possessives_as_whole_words(text: str, words: list[str]) -> None:
    found = check_register("es", "usted", text)
    assert [re.findall(r'"(\w+)": write', f.message) for f in found] == ([words] if words else [])


def test_the_repositorys_spanish_catalog_says_its_glossarys_terms(shipped: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """locale/es/glossary.csv holds the renderings the Spanish catalog uses for its recurring terms; the
    two entries that say one as a verb ("tratarla", "se la inyecta") carry a reviewed # edu-ok:term, and
    the patient sheets' "información oficial" for the US label is the glossary's second rendering. The
    catalog speaks as usted throughout."""
    code, _out, err = run(capsys, shipped, "check", "-l", "es")
    assert code == 0, err
    assert not findings(err, "term"), err
    assert not findings(err, "register") and not findings(err, "glossary"), err


@pytest.mark.parametrize(("text", "commands"), [
    ("Lávate las manos.", ["Lávate"]),
    ("Siéntate y tómate la pastilla.", ["Siéntate", "tómate"]),
    ("Ponte los guantes.", ["Ponte"]),
    ("Acuéstate un rato.", ["Acuéstate"]),
    ("Lávese las manos.", []),  # usted joins "se"
    ("Anótelo aquí.", []),  # usted's "anote" with "lo"
    ("Agite el frasco.", []),  # usted's command of agitar
    ("El límite es de dos dosis.", []),  # a noun
    ("Llame enseguida.", []),
])
def test_a_tu_command_with_its_pronoun_joined_is_read_without_a_pronoun_apart(text: str,
                                                                              commands: list[str]) -> None:
    """"Lávate las manos" says tú with no pronoun or possessive apart, wherever it stands."""
    found = check_register("es", "usted", text)
    assert [re.findall(r'"(\w+)": a tú command, write its usted form', f.message) for f in found] == (
        [commands] if commands else [])


def _commands(text: str, lang: str = "es", register: str = "usted") -> list[str]:
    found = check_register(lang, register, text)
    return [part for f in found for part in re.findall(r'"([^"]+)": a tú command, write "([^"]+)"', f.message)]


@pytest.mark.parametrize(("text", "commands"), [
    ("Toma la pastilla con comida.", [("Toma", "Tome")]),
    ("Guarda las jeringas en la nevera.", [("Guarda", "Guarde")]),
    ("Pon la inyección en el muslo. Llama a tu médico si tienes fiebre.", [("Pon", "Ponga"), ("Llama", "Llame")]),
    ("- Lava el frasco.\n- Tira la aguja usada.", [("Lava", "Lave"), ("Tira", "Tire")]),
    ("1. Usa guantes.", [("Usa", "Use")]),
    ("Si le duele: Pide ayuda. ¡Ve a urgencias!", [("Pide", "Pida"), ("Ve", "Vaya")]),
    ("**Haz** una lista.", [("Haz", "Haga")]),
    ("No tomes dos dosis juntas.", [("No tomes", "No tome")]),
    ("Por favor, no la agites.", [("no la agites", "no la agite")]),
    ("Tome la pastilla. Guarde las jeringas.", []),  # usted
    ("El medicamento toma una semana en hacer efecto.", []),  # the third person, inside a sentence
    ("Si el niño llama a la enfermera, conteste.", []),
    ("Toma unas semanas notar la mejoría.", []),  # "it takes some weeks": how long
    ("Lleva tiempo.", []),
    ("Toma de la mañana: una pastilla.", []),  # the noun: the morning's dose
    ("Pregunta: ¿puedo viajar?", []),  # a question's heading
    ("Consulta de enfermería.", []),
    ("Tomas de la semana.", []),  # "las tomas": the doses
])
def test_a_bare_tu_command_is_read_where_a_command_stands(text: str, commands: list[tuple[str, str]]) -> None:
    """"Toma la pastilla" is tú where the text speaks as usted ("Tome la pastilla"); "toma" inside a
    sentence is the third person ("El medicamento toma una semana"), and at its start before a
    length of time says how long something takes: only a sentence's or list item's first word, of
    the common verbs of patient handouts, is read. The finding names what usted writes."""
    assert _commands(text) == commands


@pytest.mark.parametrize(("text", "commands"), [
    ("Tómalo con agua.", ["Tómalo"]),
    ("Después, guárdala en su caja.", ["guárdala"]),
    ("Dímelo. Ponlo aquí y úsalas una vez.", ["Dímelo", "Ponlo", "úsalas"]),
    ("Límpiala y agítalo.", ["Límpiala", "agítalo"]),
    ("Tómelo con agua. Guárdela. Dígamelo. Póngalo aquí. Úselas una vez.", []),  # usted
    ("Una vela, un velo, un tomate.", []),  # ve + la, ve + lo; toma + te without its accent
])
def test_a_tu_command_with_a_pronoun_joined_is_read_wherever_it_stands(text: str, commands: list[str]) -> None:
    found = check_register("es", "usted", text)
    assert [re.findall(r'"(\w+)": a tú command, write its usted form', f.message) for f in found] == (
        [commands] if commands else [])


@pytest.mark.parametrize(("lang", "register", "text", "words"), [
    ("es", "usted", "Si tienes fiebre o no puedes comer, llame.", [("tienes", "tiene"), ("puedes", "puede")]),
    ("es", "usted", "Cuando estés lista: ¿estás bien?", [("estás", "está")]),
    ("es", "usted", "Estas pastillas son para usted.", []),  # "estas" without its accent: "these"
    ("pt", "você", "Se tiveres febre, ligue ao seu médico.", [("tiveres", "tiver")]),
    ("pt-BR", "você", "Tu deves tomar o teu remédio quando usares a seringa.",
     [("tu", "você"), ("deves", "deve"), ("teu", "seu"), ("usares", "usar")]),
    ("pt", "você", "Tens febre? Podes ligar.", [("tens", "tem"), ("podes", "pode")]),
    ("pt-BR", "você", "Você pode tomar o seu remédio com água. As tomas são precisas.", []),
])
def test_the_other_registers_verb_forms_are_read_as_whole_words(lang: str, register: str, text: str,
                                                                words: list[tuple[str, str]]) -> None:
    """A present tense no other register shares ("tienes", Portuguese "tens", "podes", "deves",
    and the future subjunctive "se tiveres", "quando usares") is read wherever it stands, with the
    word to write instead; the nouns and adjectives that look like one ("as tomas", "precisas") are not."""
    found = check_register(lang, register, text)
    assert [re.findall(r'"(\w+)": write "(\w+)"', f.message) for f in found] == ([words] if words else [])


def test_a_handout_written_in_the_registers_language_is_read_too(project: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """A library written in Spanish (`edu new -l es`) has no translation into Spanish to check: its
    own text is where a tú slips in. A warning of `edu check`, at the sentence's line; an
    `<!-- edu-ok: register -->` accepts it there."""
    set_register(project, '{ es = "usted" }')
    source = project / "content/es/lavado.md"
    source.parent.mkdir(parents=True, exist_ok=True)
    source.write_text("---\ntitle: El lavado de manos\nsummary: Cómo lavarse las manos.\naudience: patient\n"
                      "topic: example\nreviewed: 2026-11-20\nversion: 1\nreferences: []\n---\n"
                      "Lávate las manos antes de la inyección.\n\nLlame a su equipo médico si tiene fiebre.\n",
                      encoding="utf-8")
    _code, _out, err = run(capsys, project, "check")
    assert findings(err, "register") == [
        'content/es/lavado.md:10: warning: uses tú ("Lávate": a tú command, write its usted form) where es speaks '
        "to the reader as usted ([tool.edu] register); reword it, or accept a tú said on purpose with "
        "<!-- edu-ok: register --> [register]"], err
    edit(project, "Lávate las manos", "<!-- edu-ok: register -->\nLávate las manos", "content/es/lavado.md")
    _code, _out, err = run(capsys, project, "check")
    assert not findings(err, "register"), err


def test_a_glossary_of_a_language_the_library_does_not_have_is_named(project: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    """A translator team's glossary put in locale/pt_BR/ (as a tool spells it) or for a language not
    in `languages` is read by nothing: said once, at its first line, with where it would be read."""
    for folder in ("pt_BR", "es_MX"):
        (project / f"locale/{folder}").mkdir(parents=True)
        (project / f"locale/{folder}/glossary.csv").write_text("source,target,note\nshot,injeção,\n", encoding="utf-8")
    code, _out, err = run(capsys, project, "check")
    assert code == 0, err
    assert findings(err, "glossary") == [
        "locale/es_MX/glossary.csv:1: warning: edu reads no glossary here: es-MX is not one of the languages of "
        "[tool.edu] (en, es); a glossary of es is read at locale/es/glossary.csv [glossary]",
        "locale/pt_BR/glossary.csv:1: warning: edu reads no glossary here: pt-BR is not one of the languages of "
        "[tool.edu] (en, es); add it to languages, or delete the folder [glossary]"], err


def test_a_glossary_saved_by_a_spreadsheet_with_semicolons_is_read(project: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """Excel in a Spanish or Portuguese locale (the comma is the decimal mark) saves "CSV" with
    semicolons; a note with a comma in it stays whole."""
    glossary(project, 'source;target;note\nsyringe;jeringuilla;"the hospital word, not jeringa"\n')
    code, _out, err = run(capsys, project, "check")
    assert code == 0 and not findings(err, "glossary"), err
    [term] = findings(err, "term")
    assert ': warning: "syringe" is "jeringuilla" in locale/es/glossary.csv (line 2; note: the hospital word, not ' \
           "jeringa): this translation" in term, err


# --- a build keeps each entry's findings (warned.py) ---------------------------------------------------


def _entries_read(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """The (language, msgid) of each entry read against its language's glossary and register from now on."""
    return record_calls(monkeypatch, Terminology, "entry", lambda rules, message: (rules.lang, message.id))


def _warnings(capsys: pytest.CaptureFixture[str], project: Path, *args: str) -> list[str]:
    """The warnings of an HTML build, which must succeed."""
    code, _out, err = run(capsys, project, "build", "--format", "html", "-j", "1", "-q", *args)
    assert code == 0, err
    return [line for line in err.splitlines() if ": warning: " in line]


def _with_findings(project: Path) -> None:
    """A glossary whose "syringe" an entry lacks, and a tú entry in a language set to usted."""
    glossary(project)
    set_register(project, '{ es = "usted" }')
    edit(project, 'msgstr "Lávese las manos."', 'msgstr "Lava tus manos."')


def test_a_rebuild_reads_only_the_edited_entry_and_says_the_warnings_a_first_build_says(
        project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _with_findings(project)
    seen = _entries_read(monkeypatch)
    first = _warnings(capsys, project)
    assert len(findings("\n".join(first), "term")) == 1 and len(findings("\n".join(first), "register")) == 1, first
    every = len(seen)
    assert every > 20
    seen.clear()
    edit(project, 'msgstr "Limpie la piel."', 'msgstr "Limpie bien la piel."')
    assert _warnings(capsys, project) == first
    assert seen == [("es", "Clean the skin.")]
    seen.clear()  # two lines more above the syringe's entry: its warning is at its new line
    edit(project, 'msgid "Clean the skin."', '# a note for the reviewer\n# and another\nmsgid "Clean the skin."')
    again = _warnings(capsys, project)
    assert seen == [("es", "Clean the skin.")]
    assert again == _warnings(capsys, project, "-o", str(tmp_path / "first-build")) != first
    assert f"{PO}:{po_line(project / PO, 'Do not shake the syringe.')}: warning: {SYRINGE}" in again


@pytest.mark.parametrize("change", ["glossary", "register"])
def test_an_edited_glossary_or_register_reads_every_entry_again(
        project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
        change: str) -> None:
    _with_findings(project)
    seen = _entries_read(monkeypatch)
    _warnings(capsys, project)
    every = list(seen)
    seen.clear()
    if change == "glossary":
        glossary(project, GLOSSARY + "skin,dermis,\n")
    else:
        edit(project, 'register = { es = "usted" }', 'register = { es = "tú" }', "pyproject.toml")
    rebuilt = _warnings(capsys, project)
    assert seen == [read for read in every if read[0] == "es"]  # the English catalog's are those of before
    assert rebuilt == _warnings(capsys, project, "-o", str(tmp_path / "first-build"))
    assert ("dermis" in "\n".join(rebuilt)) == (change == "glossary") and \
        bool(findings("\n".join(rebuilt), "register")) == (change == "glossary"), rebuilt


def test_a_build_of_one_language_keeps_the_findings_of_the_others(
        project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """`edu build -l es` kept the Spanish catalogs' findings alone: the next build of every language
    read each English entry again. Each language's are kept apart; one whose glossary changed
    meanwhile is read again, whichever language the build in between made."""
    _with_findings(project)
    seen = _entries_read(monkeypatch)
    first = _warnings(capsys, project)
    every = list(seen)
    assert {lang for lang, _msgid in every} == {"en", "es"}, every
    seen.clear()
    edit(project, 'msgstr "Limpie la piel."', 'msgstr "Limpie bien la piel."')
    _warnings(capsys, project, "-l", "es")
    assert seen == [("es", "Clean the skin.")]
    seen.clear()
    assert _warnings(capsys, project) == first
    assert seen == []  # the English entries' findings were kept by the Spanish build
    glossary(project, GLOSSARY + "skin,dermis,\n")  # the Spanish glossary: its entries are read again
    _warnings(capsys, project, "-l", "en")
    assert seen == []
    rebuilt = _warnings(capsys, project)
    assert seen == [read for read in every if read[0] == "es"] and "dermis" in "\n".join(rebuilt), seen


def _kept(project: Path) -> dict[str, Any]:
    """The warnings file of the last build: its stamp, and its entries of every language as one."""
    data = json.loads((project / "build" / WARNED_NAME).read_text(encoding="utf-8"))
    languages = data["languages"].values()
    return {"stamp": data["stamp"], "clean": [key for kept in languages for key in kept["clean"]],
            "found": {key: found for kept in languages for key, found in kept["found"].items()}}


@pytest.mark.parametrize("content", [
    "{not json", "[]", '{"stamp": "an older edu", "languages": {"es": {"clean": [], "found": PLANTED}}}',
    '{"stamp": STAMP, "languages": {"es": {"clean": 3, "found": {}}}}', '{"stamp": STAMP, "languages": []}',
    '{"stamp": STAMP, "clean": CLEAN, "found": {}}',  # an older edu's file: one list of every language's
    '{"stamp": STAMP, "languages": {"es": {"clean": [], "found": PLANTED_ERROR}}}',
    '{"stamp": STAMP, "languages": {"es": {"clean": [], "found": PLANTED_HALF}}}',
    '{"stamp": STAMP, "languages": {"es": {"clean": CLEAN}}}'])
def test_a_broken_or_foreign_warnings_file_is_read_again_whole_and_rewritten(
        project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, content: str) -> None:
    _with_findings(project)
    seen = _entries_read(monkeypatch)
    first = _warnings(capsys, project)
    every = len(seen)
    seen.clear()
    kept = _kept(project)
    keys = [*kept["clean"], *kept["found"]]
    planted = {"PLANTED": ["term", "warning", "planted"], "PLANTED_ERROR": ["number", "error", "planted"],
               "PLANTED_HALF": ["term", "warning"]}  # the last two: not a finding a build gives
    for name, finding in planted.items():
        content = content.replace(name, json.dumps({key: [finding] for key in keys}))
    content = content.replace("STAMP", json.dumps(kept["stamp"])).replace("CLEAN", json.dumps(kept["clean"]))
    (project / "build" / WARNED_NAME).write_text(content, encoding="utf-8")
    edit(project, 'msgstr "Limpie la piel."', 'msgstr "Limpie bien la piel."')
    assert _warnings(capsys, project) == first
    assert len(seen) == every
    seen.clear()
    edit(project, 'msgstr "Limpie bien la piel."', 'msgstr "Limpie la piel."')
    assert _warnings(capsys, project) == first
    assert seen == [("es", "Clean the skin.")]  # the file was written again, whole


def test_edu_check_and_a_forced_build_read_every_entry_whatever_the_last_build_kept(
        project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    _with_findings(project)
    seen = _entries_read(monkeypatch)
    first = _warnings(capsys, project)
    every = len(seen)
    kept = json.loads((project / "build" / WARNED_NAME).read_text(encoding="utf-8"))
    for entries in kept["languages"].values():  # as if no entry had a finding
        entries["clean"], entries["found"] = sorted({*entries["clean"], *entries["found"]}), {}
    (project / "build" / WARNED_NAME).write_text(json.dumps(kept), encoding="utf-8")
    for args in (["check"], ["build", "--format", "html", "-j", "1", "--force"]):
        seen.clear()
        code, _out, err = run(capsys, project, *args)
        assert code == 0 and len(seen) == every, err
        assert findings(err, "term") == findings("\n".join(first), "term") != [], err
