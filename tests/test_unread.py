"""Files no command reads are named, never silently ignored: a translator's catalog in the
gettext spelling of a folder, a .po one folder too high, handouts of a language not yet listed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from helpers import add_language, front_matter, run


def unread(err: str) -> list[str]:
    return sorted(line for line in err.splitlines() if "not read" in line)


def test_a_clean_project_has_nothing_unread(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "content/README.md").write_text("Notes for the team: not a handout.\n", encoding="utf-8")
    assert unread(run(capsys, project, "check")[2]) == []
    code, _out, err = run(capsys, project, "build", "--format", "html")
    assert code == 0 and unread(err) == [], err


def test_files_no_command_reads_are_named_with_what_to_do(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    add_language(capsys, project, "pt-BR", ("en", "es", "pt-BR"))
    spanish = project / "locale/es/LC_MESSAGES/from-en.po"
    for rel in ("locale/pt_BR/LC_MESSAGES/from-en.po",  # Poedit's and Weblate's spelling of pt-BR
                "locale/es/from-en.po",  # one folder too high
                "locale/es/LC_MESSAGES/from-de.po",  # no handout is written in German
                "locale/en/LC_MESSAGES/from-en.po"):
        (project / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(spanish, project / rel)
    for rel in ("content/fr/a.md", "content/fr/b.md", "content/en/old/c.md", "content/en/warfarin.MD",
                "content/es/dosis.markdown"):
        (project / rel).parent.mkdir(parents=True, exist_ok=True)
        (project / rel).write_text(front_matter() + "\nText.\n", encoding="utf-8")
    listed = "(en, es, pt-BR)"
    expected = [
        "content/en/old/c.md:1: warning: not read: handouts are the .md files directly in content/<language>/",
        "content/en/warfarin.MD:1: warning: not read: a handout's file name ends in .md (rename warfarin.MD to "
        "warfarin.md)",
        "content/es/dosis.markdown:1: warning: not read: a handout's file name ends in .md (rename dosis.markdown to "
        "dosis.md)",
        "content/fr/a.md:1: warning: not read (and 1 more in content/fr/): 'fr' is not one of the languages in "
        f"[tool.edu] {listed}: add it there to publish it",
        "locale/en/LC_MESSAGES/from-en.po:1: warning: not read: the handouts written in en need no catalog into en",
        "locale/es/LC_MESSAGES/from-de.po:1: warning: not read: no handout is written in de (content/de/ has none)",
        "locale/es/from-en.po:1: warning: not read: edu reads locale/es/LC_MESSAGES/from-en.po",
        f"locale/pt_BR/LC_MESSAGES/from-en.po:1: warning: not read: 'pt_BR' is not one of the languages in "
        f"[tool.edu] {listed}: rename the folder locale/pt-BR/",
    ]
    _code, _out, err = run(capsys, project, "check")
    assert unread(err) == [f"{line} [unread]" for line in expected]
    code, _out, err = run(capsys, project, "build", "--format", "html", "-l", "en", "-l", "es")
    assert code == 0, err
    assert unread(err) == expected
    code, _out, err = run(capsys, project, "build", "--format", "html", "-l", "en", "-l", "es")  # nothing changed
    assert code == 0 and unread(err) == expected  # said again: the files are still not read


def test_a_source_language_dropped_from_the_settings_is_named_as_such(project: Path,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    """The catalog of a Spanish-written handout said "no handout is written in es (content/es/ has
    none)" when es was dropped from [tool.edu], though content/es/ holds one."""
    settings = project / "pyproject.toml"
    settings.write_text(settings.read_text(encoding="utf-8").replace('languages = ["en", "es"]', 'languages = ["en"]'),
                        encoding="utf-8")
    lines = unread(run(capsys, project, "check")[2])
    assert ("locale/en/LC_MESSAGES/from-es.po:1: warning: not read: it translates the handouts in content/es/, and "
            "'es' is not one of the languages in [tool.edu] [unread]") in lines, lines


def test_a_handout_that_cannot_be_loaded_leaves_its_languages_catalogs_read(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The only Spanish handout has a front-matter error: `edu check` said its language's catalogs
    were not read, "no handout is written in es (content/es/ has none)", beside the error itself."""
    handout = project / "content/es/caso-breve.md"
    handout.write_text(handout.read_text(encoding="utf-8").replace("audience: clinician", "audience: clinicians", 1),
                       encoding="utf-8")
    assert "audience: clinicians" in handout.read_text(encoding="utf-8")
    code, _out, err = run(capsys, project, "check")
    assert code == 1 and "content/es/caso-breve.md:4: error: audience: must be one of" in err, err
    assert unread(err) == [], err
