"""`edu new`: a project to start from, for someone who installed edu and has no repository."""

from __future__ import annotations

import datetime as dt
from importlib.resources import files
from pathlib import Path

import pytest

from conftest import REPO
from helpers import TODAY, pdf_text, run

# helpers.TODAY: a fixed day would be past its review date some day, and the checks would warn
TODAY_EPOCH = int(dt.datetime(TODAY.year, TODAY.month, TODAY.day, tzinfo=dt.UTC).timestamp())


@pytest.fixture
def started(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(TODAY_EPOCH))  # the day the example says it was reviewed
    code, out, err = run(capsys, tmp_path, "new", "clinic")
    assert code == 0, err
    assert "created clinic/content/en/getting-ready.md" in out.splitlines()
    assert "edu: next: cd clinic && edu build" in err
    return tmp_path / "clinic"


def test_a_new_project_builds_checks_and_translates_at_once(started: Path, capsys: pytest.CaptureFixture[str]) -> None:
    example = (started / "content/en/getting-ready.md").read_text(encoding="utf-8")
    assert example.count(f"reviewed: {TODAY.isoformat()}") == 1
    ignored = (started / ".gitignore").read_text(encoding="utf-8").splitlines()  # a team's first commit held build/
    assert {"build/", "*.mo"} <= set(ignored)
    code, out, err = run(capsys, started, "check")
    example_source = (  # the example's source: it was published to patients once the phone was set
        "content/references.yaml:7: warning: example-clinic-visits: its address (https://example.org/clinic-visits) "
        "is on a domain kept for examples, where no real source is, and content/en/getting-ready.md cites it: replace "
        "the example with your handouts' real source (and any fact that names it) [example-source]")
    unsigned = ("content/en/getting-ready.md:6: warning: no clinical sign-off recorded in content/signoff.yaml: have a "
                "clinician review it, then run `edu signoff content/en/getting-ready.md --by NAME` [unsigned]")
    assert (code, err.strip().splitlines()) == (0, [  # to do: a sign-off, the source, the phone to call
        unsigned, example_source,
        'pyproject.toml:17: warning: the patient handouts tell patients to call their care team, and the en and es '
        'pages print no clinic phone to call: set phone = "(555) 010-0100" in [tool.edu.clinic], with name = "…" (a '
        "page prints the phone beside the name) [clinic-phone]", "edu check: 0 errors, 3 warnings"]), err
    assert not (started / "content/signoff.yaml").exists()
    assert "es  getting-ready                · 11/11 translated" in out
    settings = started / "pyproject.toml"
    settings.write_text(settings.read_text(encoding="utf-8").replace('name = ""\nphone = ""', 'name = "North Clinic"\n'
                                                                     'phone = "555-0100"'), encoding="utf-8")
    code, out, err = run(capsys, started, "check", "--strict")
    assert (code, err.strip().splitlines()) == (1, [unsigned, example_source, "edu check: 0 errors, 2 warnings "
                                                                              "(--strict: warnings fail)"]), err
    assert example_source.removesuffix(" [example-source]") in run(capsys, started, "build", "--format", "html")[2]
    sources = started / "content/references.yaml"
    sources.write_text(sources.read_text(encoding="utf-8").replace("https://example.org/clinic-visits",
                                                                   "https://north-clinic.test/visits"), "utf-8")
    code, out, err = run(capsys, started, "signoff", "content/en/getting-ready.md", "--by", "Dr. Example")
    assert (code, out) == (0, f"content/en/getting-ready.md: signed off by Dr. Example on {TODAY.isoformat()}"
                              " at version 1 (its first recorded sign-off)\n"), err
    code, out, err = run(capsys, started, "check", "--strict")
    assert (code, err.strip().splitlines()[-1]) == (0, "edu check: 0 errors, 0 warnings"), err
    assert run(capsys, started, "update", "--check")[0] == 0  # the catalogs are what `edu update` writes
    code, _out, err = run(capsys, started, "build", "-j", "1")
    assert code == 0, err
    spanish = pdf_text(started / "build/es/getting-ready.pdf")
    assert "¿Qué debo traer?" in spanish and "Página 1 de 1" in spanish  # the handout and the page words
    # the example prints a fact of content/facts.yaml in each language's words and cites its source
    assert "Cuente con quedarse alrededor de 30 minutos [1]." in spanish
    assert "Plan to stay for about 30 minutes [1]." in pdf_text(started / "build/en/getting-ready.pdf")
    assert "Your clinic. How our clinic visits work (example source, replace it). " in spanish
    assert (started / "build/bilingual/getting-ready.pdf").is_file()
    assert (started / "build/es/getting-ready-large.pdf").is_file()


def test_new_never_writes_over_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "clinic").mkdir()
    (tmp_path / "clinic/notes.txt").write_text("mine", encoding="utf-8")
    code, _out, err = run(capsys, tmp_path, "new", "clinic")
    assert code == 2 and "clinic: not an empty folder; edu new never writes over files" in err
    assert sorted(p.name for p in (tmp_path / "clinic").iterdir()) == ["notes.txt"]


def test_new_with_other_languages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys, tmp_path, "new", "a", "-l", "fr", "-l", "es")
    assert code == 2 and not (tmp_path / "a").exists()
    assert "edu: -l fr: edu has no example handout in it to start from: add -l en first (`edu new FOLDER -l en " \
           "-l fr -l es`), the language it is translated from" in err
    code, _out, err = run(capsys, tmp_path, "new", "a", "-l", "en", "-l", "es", "-l", "en")
    assert code == 2 and "edu: -l en: given twice; name each language once" in err and not (tmp_path / "a").exists()
    code, _out, err = run(capsys, tmp_path, "new", "b", "-l", "en", "-l", "pt_BR")
    assert code == 2 and "write 'pt-BR', not 'pt_BR'" in err and not (tmp_path / "b").exists()
    code, _out, err = run(capsys, tmp_path, "new", "c", "-l", "en", "-l", "pt-BR")
    assert code == 0, err
    assert 'languages = ["en", "pt-BR"]' in (tmp_path / "c/pyproject.toml").read_text(encoding="utf-8")
    code, out, _err = run(capsys, tmp_path / "c", "check")  # nothing in Portuguese yet: errors, not a crash
    assert code == 1 and "pt-BR getting-ready                · 0/" in out


def test_the_package_starts_projects_with_the_librarys_templates() -> None:
    """edu/starter/templates is a link to templates/ (copied into the wheel): they never drift apart."""
    kit = files("edu") / "starter" / "templates"
    shipped = {entry.name: entry.read_bytes() for entry in kit.iterdir()}
    assert shipped == {path.name: path.read_bytes() for path in (REPO / "templates").iterdir()}


@pytest.mark.parametrize("existed", [False, True])
def test_a_project_that_cannot_be_finished_leaves_nothing_behind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                 existed: bool) -> None:
    import edu.newproject

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(edu.newproject, "extract", interrupted)  # after the templates and the handout
    folder = tmp_path / "clinic"
    if existed:
        folder.mkdir()
    with pytest.raises(KeyboardInterrupt):
        edu.newproject.new_project(folder)
    assert (sorted(folder.iterdir()) == []) if existed else not folder.exists()


@pytest.mark.parametrize("how", ["init", "update"])
def test_a_language_added_later_starts_with_the_page_words_edu_has(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                                    how: str) -> None:
    """`edu init es` in an English-only project, or `es` added to `languages` and `edu update`
    (which started the catalog empty): the words of the shipped templates are already in Spanish;
    the handout's sentences, and a template word the project changed, are left to translate."""
    from babel.messages.pofile import read_po

    assert run(capsys, tmp_path, "new", "clinic", "-l", "en")[0] == 0
    project = tmp_path / "clinic"
    labels = project / "templates/labels.html"
    labels.write_text(labels.read_text(encoding="utf-8").replace("Last reviewed", "Reviewed on"), encoding="utf-8")
    if how == "update":
        settings = project / "pyproject.toml"
        settings.write_text(settings.read_text(encoding="utf-8").replace('["en"]', '["en", "es"]'), encoding="utf-8")
    code, _out, err = run(capsys, project, *(["init", "es"] if how == "init" else ["update"]))
    assert code == 0, err
    with (project / "locale/es/LC_MESSAGES/from-en.po").open("rb") as fileobj:
        catalog = read_po(fileobj)
    page = {m.id: m.string for m in catalog if m.id and any(loc[0].startswith("templates/") for loc in m.locations)}
    text = {m.id: m.string for m in catalog if m.id and m.id not in page}
    assert page["Page %(page)s of %(pages)s"] == "Página %(page)s de %(pages)s"
    assert page["Reviewed on"] == ""  # changed by the project: not the shipped word
    assert sum(1 for s in page.values() if s) == len(page) - 1
    assert text and not any(text.values())  # the handout is for the translator


def test_a_project_whose_handouts_start_in_spanish_gets_the_example_in_spanish(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`edu new -l es -l en`: the example is content/es/ with its English translation, and the page
    words in Spanish; check, update --check and build pass at once."""
    code, out, err = run(capsys, tmp_path, "new", "clinica", "-l", "es", "-l", "en")
    assert code == 0, err
    assert "created clinica/content/es/preparar-su-cita.md" in out.splitlines()
    assert "edit content/es/" in err
    project = tmp_path / "clinica"
    assert "## ¿Qué debo traer?" in (project / "content/es/preparar-su-cita.md").read_text(encoding="utf-8")
    code, out, err = run(capsys, project, "check")
    assert (code, err.strip().splitlines()[-1]) == (0, "edu check: 0 errors, 3 warnings"), err
    assert "the es and en pages print no clinic phone to call" in err and "[example-source]" in err  # to do
    assert "content/es/preparar-su-cita.md:6: warning: no clinical sign-off recorded in content/signoff.yaml" in err
    assert "en  preparar-su-cita             · 11/11 translated" in out
    assert run(capsys, project, "update", "--check")[0] == 0
    code, _out, err = run(capsys, project, "build", "-j", "1")
    assert code == 0, err
    assert "What should I bring?" in pdf_text(project / "build/en/preparar-su-cita.pdf")
    spanish = pdf_text(project / "build/es/preparar-su-cita.pdf")
    assert "¿Qué debo traer?" in spanish and "Página 1 de 1" in spanish and "Original en español" in spanish


def test_the_new_project_writes_commented_facts_and_references_with_an_example_of_each(started: Path) -> None:
    """A newcomer's first {fact} said "define it in content/facts.yaml", a file edu new did not write,
    in a format nothing described: both files are there, commented, each with one example to replace."""
    facts = (started / "content/facts.yaml").read_text(encoding="utf-8")
    refs = (started / "content/references.yaml").read_text(encoding="utf-8")
    assert "visit_length:\n  value: 30\n  unit: duration-minute" in facts and "docs/authoring.md" in facts
    assert "An EXAMPLE to replace" in facts and "An EXAMPLE to replace" in refs
    assert f"example-clinic-visits:\n  title: How our clinic visits work (example source, replace it)\n" \
           f"  issuer: Your clinic\n  year: {TODAY.year}\n  url: https://example.org/clinic-visits\n" in refs
    handout = (started / "content/en/getting-ready.md").read_text(encoding="utf-8")
    assert "references: [example-clinic-visits]" in handout and "about {visit_length} [1]." in handout


@pytest.mark.parametrize("removed", ["facts.yaml", "both"])
def test_a_fact_or_source_named_before_its_file_exists_is_located(started: Path, capsys: pytest.CaptureFixture[str],
                                                                  removed: str) -> None:
    """Without content/references.yaml any key passed, and the handout printed no sources (a citation
    "[1]" linked to nothing); without content/facts.yaml the message sent the author to a file that
    does not exist: each says so, and where its format is described."""
    (started / "content/facts.yaml").unlink()
    if removed == "both":
        (started / "content/references.yaml").unlink()
    code, _out, err = run(capsys, started, "build", "--format", "html")
    assert (code, err.strip()) == (1, {
        "facts.yaml": "content/en/getting-ready.md:20: unknown fact {visit_length}: content/facts.yaml does not "
                      "exist yet: create it and define the fact there (its format: docs/authoring.md in edu's "
                      "repository)",
        "both": "content/en/getting-ready.md:8: unknown reference 'example-clinic-visits': content/references.yaml "
                "does not exist; create it with an entry example-clinic-visits: (title, issuer, year, and a url, a "
                "doi or a note; docs/authoring.md)"}[removed])
    assert not (started / "build").exists()


@pytest.mark.parametrize("where", ["repository", "new project"])
def test_pybabel_extract_reads_the_words_edu_extract_reads(started: Path, where: str) -> None:
    """README: `pybabel extract -F pyproject.toml` works too. In the repository it crashed (a TOML
    true where Jinja2's extractor reads text); an `edu new` project had no [tool.babel] at all."""
    import shutil
    import subprocess
    import sys

    from babel.messages.pofile import read_po

    root = started
    if where == "repository":
        root = started.parent / "repo"
        root.mkdir()
        shutil.copyfile(REPO / "pyproject.toml", root / "pyproject.toml")
        for name in ("content", "templates", "locale"):
            shutil.copytree(REPO / name, root / name)
    result = subprocess.run([sys.executable, "-m", "babel.messages.frontend", "extract", "-F", "pyproject.toml",
                             "-o", "messages.pot", "."], cwd=root, capture_output=True, text=True)
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    with (root / "messages.pot").open("rb") as theirs, (root / "locale/from-en.pot").open("rb") as ours:
        assert {m.id for m in read_po(theirs) if m.id} == {m.id for m in read_po(ours) if m.id}


def test_new_makes_a_library_in_spanish_only(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A Spanish-only clinic's `edu new -l es` was refused ("each language once, English among them")."""
    code, _out, err = run(capsys, tmp_path, "new", "solo", "-l", "es")
    assert code == 0, err
    assert "edu: next: cd solo && edu build (then edit content/es/)" in err
    project = tmp_path / "solo"
    assert 'languages = ["es"]' in (project / "pyproject.toml").read_text(encoding="utf-8")
    code, _out, err = run(capsys, project, "build", "-j", "1")
    assert code == 0, err
    assert sorted(p.name for p in (project / "build/es").iterdir()) == [
        "404.html", "index.html", "preparar-su-cita-large.pdf", "preparar-su-cita.html", "preparar-su-cita.pdf"]
    assert "¿Qué debo traer?" in pdf_text(project / "build/es/preparar-su-cita.pdf")
    assert not (project / "build/en").exists() and not (project / "build/bilingual").exists()
