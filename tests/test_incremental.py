"""Incremental, parallel, never-torn builds: what a second build does, and what a stopped build leaves.

Subprocess tests run ``python -m edu`` as a user would; a ``sitecustomize`` spy on PYTHONPATH records
every process (the build and its PDF workers) that imports WeasyPrint.
"""

from __future__ import annotations

import dataclasses
import io
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

import edu
from edu.build import BuildOptions, BuildReport, build
from edu.checked import CHECKED_NAME
from edu.config import load_settings
from edu.localized import LOCALIZED_NAME
from edu.lock import BuildLock
from edu.manifest import MANIFEST_NAME
from edu.progress import BarProgress, LineProgress, Progress, progress_reporter, summary_line
from edu.warned import WARNED_NAME
from helpers import add_language, parse, pdf_text, record_calls, run

ES_PO = Path("locale/es/LC_MESSAGES/from-en.po")
SPY = """\
import os, sys

class _WeasyPrintSpy:
    def find_spec(self, name, path=None, target=None):
        if name == "weasyprint":
            with open(os.environ["EDU_SPY"], "a") as log:
                log.write(f"{os.getpid()}\\n")
        return None

sys.meta_path.insert(0, _WeasyPrintSpy())
"""
MEDICINE_BASICS = {"es/medicine-basics.html", "es/medicine-basics.pdf", "es/medicine-basics-large.pdf",
                   "bilingual/medicine-basics.html", "bilingual/medicine-basics.pdf"}


def _edu(root: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "edu", "-C", str(root), *args], capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, timeout=300, check=False)


def _build(root: Path, **options: object) -> BuildReport:
    return build(load_settings(root), BuildOptions(**options))  # type: ignore[arg-type]


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (old, path)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _set_clinic(root: Path) -> None:
    """A clinic with a phone: the tiny library has none, and its builds warn of it ([clinic-phone])."""
    clinic = '[tool.edu]\nclinic = { name = "North Clinic", phone = "555-0199" }\n'
    _replace(root / "pyproject.toml", "[tool.edu]\n", clinic)


def _being_updated(path: Path) -> bool:
    """The page at a withdrawn edition's address says it is being updated, prints none of its
    text and is not for search engines."""
    html = path.read_text(encoding="utf-8")
    return ("Estamos actualizando esta hoja informativa" in html and '<meta name="robots" content="noindex">' in html
            and "Lávese" not in html and "<article" not in html)


def _outputs(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file() and not p.name.startswith(".")}


def test_nothing_changed_means_nothing_built_and_weasyprint_never_imported(project: Path, tmp_path: Path) -> None:
    spy_dir, log = tmp_path / "spy", tmp_path / "weasyprint-imports.log"
    spy_dir.mkdir()
    (spy_dir / "sitecustomize.py").write_text(SPY, encoding="utf-8")
    env = {"PYTHONPATH": os.pathsep.join([str(spy_dir), os.environ.get("PYTHONPATH", "")]), "EDU_SPY": str(log)}

    first = _edu(project, "build", "-j", "2", env=env)
    assert first.returncode == 0, first.stderr
    assert len(log.read_text().split()) == 2  # the spy works: one import in each of the two PDF workers
    log.unlink()

    again = _edu(project, "build", env=env)
    assert again.returncode == 0, again.stderr
    assert not log.exists()
    assert "0 files written" in again.stderr or " 0 built" in again.stderr

    _replace(project / ES_PO, 'msgid "Wash your hands."', '# a translator\'s comment\nmsgid "Wash your hands."')
    comment_only = _edu(project, "build", env=env)  # inputs changed, outputs did not
    assert comment_only.returncode == 0, comment_only.stderr
    assert not log.exists()
    assert "built" not in comment_only.stderr.replace(" 0 built", "")

    _replace(project / ES_PO, 'msgstr "Lávese las manos."', 'msgstr "Lávese bien las manos."')
    edited = _edu(project, "build", env=env)
    assert edited.returncode == 0, edited.stderr
    assert log.exists()  # PDFs to make: workers import WeasyPrint
    assert {line.split()[2] for line in edited.stderr.splitlines() if "] built " in line} == MEDICINE_BASICS | {
        "pages.json"}  # it lists each edition's printed code


def test_a_build_with_nothing_to_do_loads_neither_the_pipeline_nor_its_libraries(project: Path) -> None:
    pyproject = project / "pyproject.toml"  # topics' names: read with the other settings, slugs checked
    pyproject.write_text(pyproject.read_text(encoding="utf-8") + '\n[tool.edu.topics]\nexample = "Example"\n',
                         encoding="utf-8")
    _set_clinic(project)  # its phone is read as a tel: address with the other settings
    assert _edu(project, "build", "--format", "html").returncode == 0
    stderr, loaded = _web_build_modules(project)
    assert " 0 built" in stderr, stderr
    assert {"edu.build", "edu.fingerprint", "edu.manifest"} <= loaded  # the listing is of the build's process
    assert not loaded & {"edu.pipeline", "edu.catalogs", "markdown", "jinja2", "babel.messages", "weasyprint",
                          "segno", "yaml"}  # segno: a printed page's QR code; yaml: front matter and facts
    # nor what only pages, the number check or [tool.edu.units] need: Babel's dates and numbers, the
    # number check's units; nor importlib.resources (tempfile, shutil) to find the font packages
    assert not loaded & {"babel.dates", "babel.numbers", "edu.quantities", "importlib.resources"}


def test_a_first_web_build_without_a_site_address_loads_no_web_client(project: Path) -> None:
    """sitemap.xml's escaping (xml.sax.saxutils) loads urllib.request and http.client: only a
    project with site_url writes a sitemap."""
    stderr, loaded = _web_build_modules(project)
    assert " 0 failed" in stderr, stderr
    assert not loaded & {"urllib.request", "http.client"}


def _web_build_modules(project: Path) -> tuple[str, set[str]]:
    """What `edu build --format html` of ``project`` says, and the modules its process loaded (it succeeded)."""
    script = ("import sys\nfrom edu.cli import main\ncode = main(sys.argv[1:])\n"
              "print(code, ' '.join(sorted(sys.modules)))")
    done = subprocess.run([sys.executable, "-c", script, "-C", str(project), "build", "--format", "html"],
                          capture_output=True, text=True, timeout=300, check=False)
    code, modules = done.stdout.split(" ", 1)
    assert code == "0", done.stderr
    return done.stderr, set(modules.split())


def test_the_code_digest_covers_every_build_module_imported_or_not() -> None:
    """The no-op decision imports little of edu; an edit to any module a build runs still counts."""
    from edu.fingerprint import build_modules

    names = {path.name for path in build_modules()}
    assert {"pipeline.py", "render.py", "checks.py", "punctuation.py", "checked.py", "__init__.py", "config.py",
            "configwords.py", "configfonts.py"} <= names
    assert not names & {"cli.py", "handlers.py", "qa.py", "serve.py", "readability.py"}  # they never shape an output


def test_one_edited_entry_rebuilds_only_the_outputs_that_use_it(project: Path) -> None:
    first = _build(project, jobs=2)
    assert not first.problems, first.problems
    assert len(first.written) == 28  # 21 handout, index and font files, 3 pages of 404, pages.json, redirects.json,
    # the stylesheet and the icon
    _replace(project / ES_PO, 'msgstr "Lávese las manos."', 'msgstr "Lávese bien las manos con jabón."')
    events: list[Progress] = []
    second = build(load_settings(project), BuildOptions(jobs=2), progress=events.append)
    assert set(second.written) == MEDICINE_BASICS | {"pages.json"}  # it lists each edition's printed code
    assert len(second.unchanged) == 28 - len(MEDICINE_BASICS) - 1  # and pages.json
    assert "index.html" in second.unchanged and "es/index.html" in second.unchanged  # titles did not change
    assert all("entries: 'Wash your hands.'" in e.why for e in events if e.status == "built" and e.target in
               MEDICINE_BASICS), events
    assert [e.done for e in events] == list(range(1, len(events) + 1)) and events[-1].total == len(events)
    html = (project / "build/es/medicine-basics.html").read_text(encoding="utf-8")
    assert "Lávese bien las manos con jabón." in html


def test_an_edited_sentence_is_named_once_in_the_build_log(project: Path) -> None:
    """An edited English sentence is two entries, its old and its new msgid: the log named it twice,
    both cut to the same 40 characters when they start alike; each is named once, marked as cut."""
    _build(project, formats=("html",))
    old = "Give one shot each day. About {isr:per10} in 10 people get a red spot."
    new = old.replace("a red spot", "a small red spot")  # past the 40 characters a log line shows
    _replace(project / "content/en/medicine-basics.md", old, new)
    _replace(project / ES_PO, f'msgid "{old}"', f'msgid "{new}"')  # the translator checked it
    events: list[Progress] = []
    build(load_settings(project), BuildOptions(formats=("html",), languages=("es",)), progress=events.append)
    said = [e.why for e in events if e.target == "es/medicine-basics.html"]
    # (and "unreviewed": the text changed since its clinical sign-off, which its pages now say)
    assert said == ["entries: 'Give one shot each day. About {isr:per1…', siblings, source, unreviewed"], said


def test_a_pdf_whose_words_changed_is_not_kept_by_a_build_of_another_format(project: Path) -> None:
    """After a dose change, `edu build --format html` updated the web page and kept the old PDFs it
    links to ("PDF to print" said 100 mg, the page 150 mg). They are removed, with a warning."""
    assert not _build(project, jobs=1).problems
    _replace(project / "content/facts.yaml", "value: 100", "value: 150")
    report = _build(project, jobs=1, formats=("html",))
    gone = {"en/medicine-basics.pdf", "en/medicine-basics-large.pdf", "es/medicine-basics.pdf",
            "es/medicine-basics-large.pdf", "bilingual/medicine-basics.html", "bilingual/medicine-basics.pdf"}
    assert set(report.removed) == gone
    assert not gone & _outputs(project / "build")
    assert any(w.startswith("es/medicine-basics.pdf: removed: its text changed") for w in report.warnings)
    page = (project / "build/es/medicine-basics.html").read_text(encoding="utf-8")
    assert "150" in page and "medicine-basics.pdf" not in page  # no link to a file that is gone
    assert "es/caso-breve.pdf" in _outputs(project / "build")  # its words did not change
    _replace(project / "templates/edu.css", "}", "} ", )  # how a page looks is no reason to remove it
    assert not _build(project, jobs=1, formats=("html",)).removed
    assert gone <= set(_build(project, jobs=1).written)  # the next full build makes them again


def test_a_file_whose_words_changed_is_not_kept_by_a_build_of_another_language(project: Path) -> None:
    """After a dose change, `edu build -l en` (as the README suggests) kept the Spanish and side-by-side
    PDFs saying 100 mg, linked from the index; so after a corrected clinic phone. Removed, with a warning."""
    assert not _build(project, jobs=1).problems
    _replace(project / "content/facts.yaml", "value: 100", "value: 150")
    report = _build(project, jobs=1, languages=("en",))
    gone = {"es/medicine-basics.html", "es/medicine-basics.pdf", "es/medicine-basics-large.pdf",
            "bilingual/medicine-basics.html", "bilingual/medicine-basics.pdf"}
    assert set(report.removed) == gone and not gone & _outputs(project / "build")
    assert any(w == "es/medicine-basics.pdf: removed: its text changed and this build does not make its language "
               "(build it to make it again)" for w in report.warnings), report.warnings
    assert "es/caso-breve.pdf" in _outputs(project / "build")  # its words did not change
    # no page links a file this build removed: the English page's switcher, the Spanish and home indexes
    held = _outputs(project / "build")
    for page in ("en/medicine-basics.html", "es/index.html", "index.html", "en/index.html"):
        html = (project / "build" / page).read_text(encoding="utf-8")
        links = {(Path(page).parent / href).as_posix().removeprefix("./")
                 for href in re.findall(r'href="([^"#:]+)', html)}
        resolved = {os.path.normpath(link) for link in links if link.endswith((".html", ".pdf"))}
        assert resolved <= held, (page, sorted(resolved - held))
    clinic = '[tool.edu]\nclinic = { name = "North Clinic", phone = "555-0199" }\n'
    _replace(project / "pyproject.toml", "[tool.edu]\n", clinic)
    report = _build(project, jobs=1, languages=("en",))
    assert "es/caso-breve.pdf" in report.removed  # it printed the old phone
    assert "bilingual/caso-breve.pdf" in report.written  # Spanish original, English translation: -l en makes it
    assert "555-0199" in pdf_text(project / "build/bilingual/caso-breve.pdf")
    assert gone <= set(_build(project, jobs=1).written)  # the next full build makes them again


def test_index_pages_are_rebuilt_only_when_a_title_changes(project: Path) -> None:
    _build(project, formats=("html",))
    _replace(project / ES_PO, 'msgstr "Limpie la piel."', 'msgstr "Limpie bien la piel."')
    assert _build(project, formats=("html",)).written == ["es/medicine-basics.html", "pages.json"]
    _replace(project / ES_PO, 'msgstr "¿Qué es este medicamento?"', 'msgstr "¿Qué es esta medicina?"')
    written = set(_build(project, formats=("html",)).written)
    assert written == {"es/medicine-basics.html", "es/index.html", "index.html", "pages.json",
                       "es/caso-breve.html"}  # it lists the handouts of its topic by title


def _count_checks(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The msgstrs the build's blocking checks run on, from now on."""
    from edu import checked

    return record_calls(monkeypatch, checked, "blocking_findings", lambda _msgid, msgstr, *_rest: msgstr)


def test_a_rebuild_checks_only_the_entries_that_changed(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen = _count_checks(monkeypatch)
    _build(project, formats=("html",))
    every = len(seen)
    assert every > 20 and "Lávese las manos." in seen
    assert (project / "build" / CHECKED_NAME).is_file()

    seen.clear()
    _replace(project / ES_PO, 'msgstr "Lávese las manos."', 'msgstr "Lávese bien las manos."')
    assert _build(project, formats=("html",)).written == ["es/medicine-basics.html", "pages.json"]
    assert seen == ["Lávese bien las manos."]

    seen.clear()
    _build(project, formats=("html",), force=True)  # --force trusts nothing from the last build
    assert len(seen) == every


def test_an_entry_edited_to_break_a_dose_is_rejected_by_the_next_build(project: Path) -> None:
    _build(project, formats=("html",))
    _replace(project / ES_PO, 'msgstr "Cada inyección tiene {dose}."', 'msgstr "Cada inyección tiene 200 mg."')
    report = _build(project, formats=("html",))
    assert report.skipped == ["es/medicine-basics"]
    assert report.problems == [f"{ES_PO.as_posix()}:38: [es] translation rejected: placeholder {{dose}} in the "
                               "source is missing from the translation; copy placeholders exactly, braces included, "
                               "without translating them [placeholder] (also: number; `edu check` says each): "
                               "'Each shot has {dose}.'"]
    assert _being_updated(project / "build/es/medicine-basics.html")
    _replace(project / ES_PO, 'msgid "Wash your hands."', '# a comment\nmsgid "Wash your hands."')
    again = _build(project, formats=("html",))  # an entry with an error is checked, and reported, every time
    assert again.problems == report.problems


@pytest.mark.parametrize("content", ["{not json", "[]", '{"stamp": "an older edu", "passed": ALL}',
                                     '{"stamp": STAMP, "passed": 3}', '{"stamp": STAMP}',
                                     '{"stamp": STAMP, "passed": []}'])
def test_a_stale_or_broken_checked_file_means_every_entry_is_checked(project: Path, monkeypatch: pytest.MonkeyPatch,
                                                                      content: str) -> None:
    seen = _count_checks(monkeypatch)
    _build(project, formats=("html",))
    every = len(seen)
    seen.clear()
    written = json.loads((project / "build" / CHECKED_NAME).read_text(encoding="utf-8"))
    assert len(written["passed"]) == every  # every entry of the fixture passes
    content = content.replace("STAMP", json.dumps(written["stamp"])).replace("ALL", json.dumps(written["passed"]))
    (project / "build" / CHECKED_NAME).write_text(content, encoding="utf-8")
    (project / "build" / LOCALIZED_NAME).unlink()  # so the build localizes every edition
    _replace(project / ES_PO, 'msgid "Wash your hands."', '# a comment\nmsgid "Wash your hands."')
    report = _build(project, formats=("html",))
    assert not report.problems and len(seen) == every
    seen.clear()
    (project / "build" / LOCALIZED_NAME).unlink()
    _replace(project / ES_PO, "# a comment", "# another comment")
    _build(project, formats=("html",))
    assert seen == []  # the file was written again, whole


def _count_localized(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The editions ("<lang>/<slug>") the build localizes, from now on."""
    from edu import pipeline

    return record_calls(monkeypatch, pipeline, "localize", lambda handout, lang, *_rest: f"{lang}/{handout.doc.slug}")


def test_a_rebuild_localizes_only_the_editions_whose_entries_source_or_facts_changed(
        project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    localized, checked = _count_localized(monkeypatch), _count_checks(monkeypatch)
    _build(project, formats=("html",))
    assert sorted(localized) == ["en/caso-breve", "en/medicine-basics", "es/caso-breve", "es/medicine-basics"]
    every = len(checked)
    assert (project / "build" / LOCALIZED_NAME).is_file()

    localized.clear()
    _replace(project / ES_PO, 'msgstr "Lávese las manos."', 'msgstr "Lávese bien las manos."')
    report = _build(project, formats=("html",))
    assert localized == ["es/medicine-basics"]
    assert report.written == ["es/medicine-basics.html", "pages.json"]

    localized.clear()
    _replace(project / "content/facts.yaml", "percent: 71", "percent: 72")  # {isr:per10} is in medicine-basics
    _build(project, formats=("html",))
    assert sorted(localized) == ["en/medicine-basics", "es/medicine-basics"]

    localized.clear()
    _replace(project / "content/es/caso-breve.md", "version: 1", "version: 2")
    _build(project, formats=("html",))
    assert sorted(localized) == ["en/caso-breve", "es/caso-breve"]

    localized.clear()
    checked.clear()  # the entries of editions taken from the last build are still known to pass:
    (project / "build" / LOCALIZED_NAME).unlink()
    _replace(project / ES_PO, 'msgid "Wash your hands."', '# a comment\nmsgid "Wash your hands."')
    _build(project, formats=("html",))
    assert len(localized) == 4 and checked == []  # localized again, none checked again
    assert len(json.loads((project / "build" / CHECKED_NAME).read_text(encoding="utf-8"))["passed"]) == every


def test_a_build_of_one_language_keeps_the_links_to_the_others(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _build(project, formats=("html",))
    out = project / "build"
    full = {name: (out / name).read_bytes() for name in _outputs(out)}
    english = (out / "en/medicine-basics.html").read_text(encoding="utf-8")
    assert 'hreflang="es"' in english and "es/medicine-basics.html" in (out / "index.html").read_text(encoding="utf-8")
    localized, checked = _count_localized(monkeypatch), _count_checks(monkeypatch)
    assert _build(project, formats=("html",), languages=("en",)).written == []  # switcher and home page unchanged
    assert _build(project, formats=("html",), languages=("es",)).written == []
    assert {name: (out / name).read_bytes() for name in _outputs(out)} == full
    assert localized == [] and checked == []  # the other language's editions came from the last build

    _replace(project / ES_PO, 'msgstr "Lávese las manos."', 'msgstr ""')  # Spanish edition no longer published
    report = _build(project, formats=("html",), languages=("en",))
    assert not report.problems and not report.skipped  # Spanish problems are the Spanish build's to report
    assert report.written == ["en/medicine-basics.html", "index.html", "pages.json"]  # published editions only
    assert 'hreflang="es"' not in (out / "en/medicine-basics.html").read_text(encoding="utf-8")
    assert "es/medicine-basics.html" not in (out / "index.html").read_text(encoding="utf-8")
    assert (out / "es/medicine-basics.html").is_file()  # its page stays until a build of Spanish
    report = _build(project, formats=("html",), languages=("es",))
    assert report.skipped == ["es/medicine-basics"] and "es/medicine-basics.html" in report.written
    assert _being_updated(out / "es/medicine-basics.html")

    shutil.rmtree(out)  # a first build of one language links to no page the folder does not hold
    _build(project, formats=("html",), languages=("en",))
    assert 'hreflang="es"' not in (out / "en/medicine-basics.html").read_text(encoding="utf-8")
    assert not (out / "es").exists() and "es/" not in (out / "index.html").read_text(encoding="utf-8")


def test_a_language_with_no_published_edition_gets_no_link(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    add_language(capsys, project, "pt", ("en", "es", "pt"))  # every entry untranslated: nothing in Portuguese yet
    report = _build(project, formats=("html",))
    assert sorted(x for x in report.skipped if x.startswith("pt/")) == ["pt/caso-breve", "pt/medicine-basics"]
    out = project / "build"
    assert not (out / "pt").exists()
    for page in ("index.html", "en/index.html", "es/index.html", "en/medicine-basics.html"):
        html = (out / page).read_text(encoding="utf-8")
        assert "pt/" not in html and 'hreflang="pt"' not in html, page
        assert 'hreflang="es"' in html, page


def test_an_edition_taken_from_the_last_build_prints_the_same_bytes(project: Path, tmp_path: Path) -> None:
    _build(project, formats=("html",))
    _replace(project / ES_PO, 'msgstr "Lávese las manos."', 'msgstr "Lávese bien las manos."')
    _replace(project / "content/facts.yaml", "value: 10\n", "value: 12\n")  # {days}, in caso-breve alone
    _build(project, formats=("html",))
    kept = {name: json.loads((project / "build" / name).read_text(encoding="utf-8"))
            for name in (CHECKED_NAME, LOCALIZED_NAME, WARNED_NAME)}
    for name in kept:
        (project / "build" / name).unlink()  # a build elsewhere keeps them in the project's build/
    fresh = tmp_path / "fresh"
    _build(project, formats=("html",), out=fresh)
    assert _outputs(project / "build") == _outputs(fresh)
    for name in _outputs(fresh):
        assert (project / "build" / name).read_bytes() == (fresh / name).read_bytes(), name
    assert {name: json.loads((project / "build" / name).read_text(encoding="utf-8")) for name in kept} == kept


def test_an_incomplete_edition_is_localized_and_reported_by_every_build(project: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    localized = _count_localized(monkeypatch)
    _replace(project / ES_PO, 'msgstr "Lávese las manos."', 'msgstr ""')
    first = _build(project, formats=("html",))
    assert first.skipped == ["es/medicine-basics"]
    line = int(re.findall(rf"{ES_PO.as_posix()}:(\d+): \[es\] no translation: 'Wash your hands.'",
                          "\n".join(first.problems))[0])
    localized.clear()
    _replace(project / ES_PO, 'msgid "What is this medicine?"', '# one line more\nmsgid "What is this medicine?"')
    second = _build(project, formats=("html",))  # the entry moved one line down: the message says so
    assert localized == ["es/medicine-basics"]
    assert second.problems == [p.replace(f":{line}:", f":{line + 1}:") for p in first.problems]
    draft = _build(project, formats=("html",), draft=True)
    assert not draft.skipped
    html = (project / "build/es/medicine-basics.html").read_text(encoding="utf-8")
    assert f"{ES_PO.as_posix()}:{line + 1}" in html  # the draft marks where to translate


@pytest.mark.parametrize("content", [
    "{not json", "[]", '{"editions": []}', '{"stamp": "an older edu", "editions": ALL}',
    '{"stamp": STAMP, "editions": {"KEY": 3}}', '{"stamp": STAMP, "editions": {"KEY": ["t", "s", []]}}',
    '{"stamp": STAMP, "editions": {"KEY": ["t", "s", 7]}}', '{"stamp": STAMP, "editions": {"KEY": [1, "s", BLOCKS]}}',
    '{"stamp": STAMP, "editions": {"KEY": ["t", "s", BLOCKS_SHORT]}}',
    '{"stamp": STAMP, "editions": {"KEY": ["t", "s", BLOCKS_NOT_TEXT]}}'])
def test_a_stale_or_broken_localized_file_means_the_editions_are_localized_again(
        project: Path, monkeypatch: pytest.MonkeyPatch, content: str) -> None:
    _build(project, formats=("html",))
    path = project / "build" / LOCALIZED_NAME
    written = json.loads(path.read_text(encoding="utf-8"))
    key, (_title, _summary, blocks) = next((k, v) for k, v in written["editions"].items() if "Lávese" in str(v))
    text_blocks = next(i for i, b in enumerate(blocks) if b)
    content = (content.replace("STAMP", json.dumps(written["stamp"])).replace("ALL", json.dumps(written["editions"]))
               .replace("KEY", key).replace("BLOCKS_SHORT", json.dumps([*blocks[:text_blocks], blocks[text_blocks][1:],
                                                                         *blocks[text_blocks + 1:]]))
               .replace("BLOCKS_NOT_TEXT", json.dumps([[None] * len(b) for b in blocks]))
               .replace("BLOCKS", json.dumps(blocks)))
    path.write_text(content, encoding="utf-8")
    localized = _count_localized(monkeypatch)
    _replace(project / ES_PO, 'msgid "Wash your hands."', '# a comment\nmsgid "Wash your hands."')
    report = _build(project, formats=("html",))
    assert not report.problems and "es/medicine-basics" in localized
    html = (project / "build/es/medicine-basics.html").read_text(encoding="utf-8")
    assert "Lávese las manos." in html and "<h1" in html and html.count("¿Qué es este medicamento?") >= 1
    assert json.loads(path.read_text(encoding="utf-8")) == written  # written again, whole


def test_deleted_or_unpublished_handouts_lose_their_outputs(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _build(project, jobs=2)
    out = project / "build"
    (project / "content/es/caso-breve.md").unlink()
    events: list[Progress] = []  # a build of one format still removes a deleted handout's files:
    report = build(load_settings(project), BuildOptions(formats=("html",)), progress=events.append)
    assert {e.total for e in events} == {len(events)}  # the count shown is known from the first line
    assert set(report.removed) == {"es/caso-breve.html", "en/caso-breve.html", "bilingual/caso-breve.html",
                                   "es/caso-breve.pdf", "en/caso-breve.pdf", "bilingual/caso-breve.pdf"}
    assert not any("caso-breve" in name for name in _outputs(out))
    assert "caso-breve" not in (out / "index.html").read_text(encoding="utf-8")
    assert (out / "es/medicine-basics.pdf").is_file()  # other formats are kept

    _replace(project / "content/en/medicine-basics.md", "3. Give the shot.", "3. Give the shot slowly.")
    assert run(capsys, project, "update")[0] == 0
    assert _build(project, languages=("en",)).removed == []  # Spanish is not this build's business
    report = _build(project, formats=("html",))  # the web pages alone: the old Spanish PDFs must not stay either
    assert report.problems and "es/medicine-basics" in report.skipped
    assert {"es/medicine-basics.pdf", "es/medicine-basics-large.pdf", "bilingual/medicine-basics.pdf"
            } <= set(report.removed)
    assert (out / "es/index.html").is_file()  # its language's index stays: "only in other languages for now"
    assert [p.name for p in (out / "es").glob("medicine-basics*")] == ["medicine-basics.html"]  # no PDF to print
    assert _being_updated(out / "es/medicine-basics.html") and _being_updated(out / "bilingual/medicine-basics.html")
    again = _build(project)  # nothing changed: the same problems are reported again
    assert again.problems == report.problems and not again.written


def test_a_language_dropped_from_the_settings_loses_its_outputs(project: Path) -> None:
    _build(project, formats=("html",))
    toml = project / "pyproject.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace('["en", "es"]', '["en"]'), encoding="utf-8")
    report = _build(project, formats=("html",))
    assert {"es/index.html", "es/medicine-basics.html", "es/caso-breve.html"} <= set(report.removed)
    assert not any(name.startswith("es/") for name in _outputs(project / "build"))
    assert not (project / "build/es").exists()  # no empty folder left behind


def test_a_language_added_or_removed_leaves_the_other_languages_files_to_print(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """After a language was added (or removed), `edu build --format html` removed every PDF and
    `edu build -l es` every English page and PDF "because its text changed", though the next full
    build made them again byte for byte: only their links to other languages had changed. So did
    the pictures of the new language (site.pt.png), which no other edition shows."""
    from babel.messages.pofile import read_po, write_po
    from PIL import Image

    _replace(project / "content/en/medicine-basics.md", "## How do I give the shot?\n",
             "## How do I give the shot?\n\n![Where to give the shot](images/site.png)\n")
    (project / "content/en/images").mkdir()
    for name, colour in (("site.png", "red"), ("site.es.png", "green"), ("site.pt.png", "blue")):
        Image.new("RGB", (40, 30), colour).save(project / "content/en/images" / name)
    assert run(capsys, project, "update")[0] == 0
    with (project / ES_PO).open("rb") as fileobj:
        catalog = read_po(fileobj)
    catalog["Where to give the shot"].string = "Dónde ponerse la inyección"
    with (project / ES_PO).open("wb") as fileobj:
        write_po(fileobj, catalog)
    assert not _build(project, jobs=1).problems
    out = project / "build"
    before = {name: (out / name).read_bytes() for name in _outputs(out)}
    pdfs = {name for name in before if name.endswith(".pdf")}

    add_language(capsys, project, "pt", ("en", "es", "pt"))  # every entry untranslated: nothing in Portuguese yet
    assert _build(project, jobs=1, formats=("html",)).removed == []
    assert _build(project, jobs=1, languages=("es",)).removed == []
    kept = {name for name in before if not name.endswith(".html")}  # a web page's switcher names Portuguese
    assert {name: (out / name).read_bytes() for name in kept if (out / name).is_file()} == \
        {name: before[name] for name in kept}
    english = (out / "en/medicine-basics.html").read_text(encoding="utf-8")
    assert '<span lang="pt">Português</span> (not available yet)' in english

    toml = project / "pyproject.toml"  # Spanish removed: its files go, and only they
    toml.write_text(toml.read_text(encoding="utf-8").replace('["en", "es", "pt"]', '["en", "pt"]'), encoding="utf-8")
    report = _build(project, jobs=1, languages=("en",), formats=("pdf",))
    assert not [x for x in report.warnings if "removed: its text changed" in x], report.warnings
    assert all(name.startswith(("es/", "bilingual/")) or "caso-breve" in name for name in report.removed), report
    kept = {name for name in pdfs if name.startswith("en/medicine-basics")}
    assert kept and all((out / name).read_bytes() == before[name] for name in kept)
    assert (out / "en/medicine-basics.html").is_file()  # html: not this build's to make, still correct


def test_an_output_changed_or_deleted_by_hand_is_made_again(project: Path) -> None:
    _build(project, formats=("html",))
    page = project / "build/en/medicine-basics.html"
    page.write_text("<p>edited by hand</p>", encoding="utf-8")
    (project / "build/es/caso-breve.html").unlink()
    report = _build(project, formats=("html",))
    assert set(report.written) == {"en/medicine-basics.html", "es/caso-breve.html"}
    assert "What is this medicine?" in page.read_text(encoding="utf-8")


def test_a_copy_of_a_built_project_with_new_file_times_builds_nothing(project: Path, tmp_path: Path) -> None:
    """`cp -r` (or an archive unpacked on another server) gives every file a new time: the copy
    rendered all 21 outputs again (46 s for a real library). Its outputs are the same bytes, so
    nothing is made; a file edited by hand keeping its size still is, and the next build compares
    times again (the manifest takes the new ones)."""
    first = _build(project, jobs=1)
    assert not first.problems and len(first.written) == 28
    copy = tmp_path / "copy"
    shutil.copytree(project, copy, copy_function=shutil.copy)  # contents, not times
    page = copy / "build/en/medicine-basics.html"
    assert page.stat().st_mtime_ns != (project / "build/en/medicine-basics.html").stat().st_mtime_ns
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace("medicine", "MEDICINE", 1), encoding="utf-8")  # same size, other bytes
    report = _build(copy, jobs=1)
    assert report.written == ["en/medicine-basics.html"] and len(report.unchanged) == 27, report
    assert page.read_text(encoding="utf-8") == text
    manifest = json.loads((copy / "build" / MANIFEST_NAME).read_text(encoding="utf-8"))
    assert all((copy / "build" / target).stat().st_mtime_ns == record["mtime_ns"]
               for target, record in manifest["outputs"].items())
    # a copy of an untouched folder: its first build makes nothing and records the new times, so
    # that a no-op build after it is a replay again (it read every output's bytes each time)
    again = tmp_path / "again"
    shutil.copytree(project, again, copy_function=shutil.copy)
    assert _build(again, jobs=1).written == []
    assert json.loads((again / "build" / MANIFEST_NAME).read_text(encoding="utf-8"))["last"]  # complete
    assert all((again / "build" / target).stat().st_mtime_ns == record["mtime_ns"] for target, record in
               json.loads((again / "build" / MANIFEST_NAME).read_text(encoding="utf-8"))["outputs"].items())


def test_a_new_venv_with_the_same_fonts_builds_nothing(project: Path, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """A new .venv (a Python upgrade, a copied checkout, `make clean`) installs the same font files
    with new times: every PDF was made again (fonts were stamped by time). A font file that
    changes (its size; its package's version is in the digest too) still makes every PDF again."""
    from edu import fingerprint, fonts

    first = _build(project, jobs=1)
    assert not first.problems
    installed = tmp_path / "reinstalled"
    installed.mkdir()
    faces = fonts.shipped_faces()
    for face in faces:
        shutil.copy(face.path, installed / face.path.name)  # same bytes, a new time
    copies = [dataclasses.replace(face, path=installed / face.path.name) for face in faces]
    monkeypatch.setattr(fingerprint, "shipped_faces", lambda: copies)
    assert _build(project, jobs=1).written == []
    changed = installed / faces[0].path.name
    changed.write_bytes(changed.read_bytes() + b"\0")
    rebuilt = _build(project, jobs=1, formats=("pdf",), languages=("en",)).written
    assert rebuilt and all(name.startswith("en/") and name.endswith(".pdf") for name in rebuilt), rebuilt


def test_a_new_pango_or_harfbuzz_makes_the_pdfs_again_but_not_the_html(project: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """A system upgrade can move text in a PDF; the manifest notices without importing WeasyPrint."""
    from edu import fingerprint

    first = _build(project, languages=("es",), formats=("html", "pdf"), jobs=1)
    assert not first.problems, first.problems
    real = fingerprint.system_library_versions()
    monkeypatch.setattr(fingerprint, "system_library_versions", lambda: {**real, "pango": "9.99.0"})
    second = _build(project, languages=("es",), formats=("html", "pdf"), jobs=1)
    pdfs = {name for name in first.written if name.endswith(".pdf")}
    assert pdfs and set(second.written) == pdfs
    assert set(second.unchanged) == set(first.written) - pdfs  # pages and fonts kept
    manifest = json.loads((project / "build" / MANIFEST_NAME).read_text(encoding="utf-8"))
    assert manifest["versions"]["pango"] == "9.99.0"


def test_on_windows_the_libraries_are_looked_for_where_weasyprint_looks(monkeypatch: pytest.MonkeyPatch) -> None:
    from edu import fingerprint

    added: list[str] = []
    monkeypatch.setattr(fingerprint.os, "add_dll_directory", added.append, raising=False)
    monkeypatch.setenv("WEASYPRINT_DLL_DIRECTORIES", r"D:\gtk\bin;E:\msys\bin")
    fingerprint._add_weasyprint_dll_directories.cache_clear()
    assert fingerprint.system_library_versions()["pango"] != "missing"
    fingerprint.system_library_versions()
    assert added == [r"D:\gtk\bin", r"E:\msys\bin"]  # once per process
    monkeypatch.delenv("WEASYPRINT_DLL_DIRECTORIES")
    added.clear()
    fingerprint._add_weasyprint_dll_directories.cache_clear()
    fingerprint.system_library_versions()
    fingerprint._add_weasyprint_dll_directories.cache_clear()
    assert added == fingerprint.WINDOWS_DLL_DIRECTORIES.split(";") and r"C:\msys64\ucrt64\bin" in added


def test_the_manifest_records_entries_facts_and_versions(project: Path) -> None:
    _build(project, formats=("html",), languages=("es",))
    data = json.loads((project / "build" / MANIFEST_NAME).read_text(encoding="utf-8"))
    edition = data["editions"]["es/medicine-basics"]
    assert "Wash your hands." in edition["entries"] and "dose" in edition["facts"]
    assert data["versions"]["weasyprint"] == "70.0" and data["versions"]["edu"] == edu.__version__
    assert re.fullmatch(r"\d+\.\d+\.\d+", data["versions"]["pango"]), data["versions"]
    assert data["versions"]["harfbuzz-subset"] == data["versions"]["harfbuzz"]  # .ci/run installs it
    record = data["outputs"]["es/medicine-basics.html"]
    assert {"entries", "facts", "source", "templates", "labels", "code", "libraries", "fonts"} <= set(record["inputs"])
    assert data["options"] == {"languages": ["es"], "formats": ["html"], "draft": False}


def test_a_second_build_of_the_same_folder_fails_at_once(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with BuildLock(project / "build"):
        code, _out, err = run(capsys, project, "build", "--format", "html")
    assert code == 1
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "another edu build" in lines[0] and lines[0].startswith(str(project / "build"))
    assert run(capsys, project, "build", "--format", "html")[0] == 0  # released


def _wait_for_pdfs(folder: Path, process: subprocess.Popen[str], count: int) -> None:
    deadline = time.monotonic() + 120
    while len(list(folder.rglob("*.pdf"))) < count:
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline
        time.sleep(0.02)


def _live_processes(group: int) -> list[int]:
    """Processes of a process group that still run (zombies waiting to be reaped do not count)."""
    live = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == group and fields[0] != "Z":
            live.append(int(stat.parent.name))
    return live


def _wait_until_gone(group: int) -> None:
    deadline = time.monotonic() + 10
    while _live_processes(group):
        assert time.monotonic() < deadline, _live_processes(group)
        time.sleep(0.05)


def _assert_only_complete_files(folder: Path) -> None:
    assert not list(folder.rglob("*.tmp"))
    for pdf in folder.rglob("*.pdf"):
        assert pdf.read_bytes().rstrip().endswith(b"%%EOF"), pdf
        assert len(PdfReader(str(pdf)).pages) >= 1
    for page in folder.rglob("*.html"):
        assert page.read_text(encoding="utf-8").rstrip().endswith("</html>"), page


def _slow_handout(project: Path) -> None:
    """A clinician handout with a long table: a few seconds of PDF work, time to stop the build."""
    rows = "\n".join(f"| Visit {i} | Check blood counts and liver tests |" for i in range(250))
    (project / "content/en/long-table.md").write_text(
        "---\ntitle: A long schedule\nsummary: Every visit.\naudience: clinician\ntopic: example\n"
        f"reviewed: 2026-11-20\nversion: 1\nreferences: [label]\n---\n\n| Visit | What |\n|---|---|\n{rows}\n",
        encoding="utf-8")


def test_sigkill_leaves_complete_files_and_the_next_build_repairs(project: Path) -> None:
    _slow_handout(project)
    out = project / "build"
    process = subprocess.Popen([sys.executable, "-m", "edu", "-C", str(project), "build", "-l", "en", "-j", "2"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    _wait_for_pdfs(out, process, 1)
    process.kill()
    process.communicate()
    _wait_until_gone(process.pid)  # the workers die with their parent (PR_SET_PDEATHSIG)
    before = _outputs(out)
    assert "en/long-table.pdf" not in before  # it was stopped in the middle
    for path in out.rglob("*.tmp"):  # what a killed writer may leave; only complete files otherwise
        assert path.name.startswith(".")
    pdfs = [p for p in out.rglob("*.pdf")]
    assert pdfs and all(p.read_bytes().rstrip().endswith(b"%%EOF") for p in pdfs)

    report = _build(project, languages=("en",), jobs=2)
    assert not report.problems, report.problems
    _assert_only_complete_files(out)
    assert {"en/long-table.pdf", "en/medicine-basics.pdf", "en/medicine-basics-large.pdf"} <= _outputs(out)


def test_ctrl_c_stops_workers_and_leaves_a_consistent_folder(project: Path) -> None:
    _slow_handout(project)
    out = project / "build"
    process = subprocess.Popen([sys.executable, "-m", "edu", "-C", str(project), "build", "-l", "en", "-j", "2"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    _wait_for_pdfs(out, process, 1)
    os.killpg(process.pid, signal.SIGINT)  # what a terminal sends to the whole process group
    _stdout, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr
    assert stderr.strip().splitlines()[-1] == ("edu: interrupted: the build stopped before the end; run "
                                                "`edu build` again before printing")
    assert "Traceback" not in stderr
    _wait_until_gone(process.pid)  # no worker outlives the build
    _assert_only_complete_files(out)
    manifest = json.loads((out / MANIFEST_NAME).read_text(encoding="utf-8"))
    for target, record in manifest["outputs"].items():
        assert (out / target).stat().st_size == record["size"], target
    assert manifest["last"] == {}  # an interrupted build is never replayed as up to date
    report = _build(project, languages=("en",), jobs=2)
    assert "en/long-table.pdf" in report.written and not report.problems
    again = set(report.written) & set(manifest["outputs"])  # what was finished is not made again, but the
    assert all(target.endswith(".html") or target == "pages.json" for target in again), again  # pages that
    assert "../en/long-table.pdf" in parse(out / "en/long-table.html").xpath("//a/@href")  # link the PDFs now


def test_ctrl_c_before_the_pdfs_leaves_none_with_old_words(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The web pages are written first: Ctrl-C while the PDFs were made left the new page (150 mg)
    linking to the old PDF (100 mg) until the next build. Those PDFs are removed; the rest stay."""
    from edu.workers import PdfPool

    assert not _build(project, jobs=1).problems
    _replace(project / "content/facts.yaml", "value: 100", "value: 150")

    def interrupted(*_args: object) -> None:
        raise KeyboardInterrupt
    monkeypatch.setattr(PdfPool, "run", interrupted)
    with pytest.raises(KeyboardInterrupt):
        _build(project, jobs=1)
    outputs = _outputs(project / "build")
    assert "150" in (project / "build/en/medicine-basics.html").read_text(encoding="utf-8")
    assert not {"en/medicine-basics.pdf", "es/medicine-basics-large.pdf", "bilingual/medicine-basics.pdf"} & outputs
    assert {"en/caso-breve.pdf", "es/caso-breve.pdf"} <= outputs  # its words did not change
    monkeypatch.undo()
    assert "en/medicine-basics.pdf" in _build(project, jobs=1).written


def test_pdfs_with_old_words_are_gone_before_a_new_page_links_them(project: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """A build killed (SIGKILL, out of memory, a power cut) after writing the web pages left the new
    page (150 mg) linking to the old PDF (100 mg): nothing runs after SIGKILL, so the PDFs whose words
    changed are removed before the first web page is written."""
    from edu.folder import BuildFolder

    assert not _build(project, jobs=1).problems
    _replace(project / "content/facts.yaml", "value: 100", "value: 150")
    pdfs = project / "build/en/medicine-basics.pdf", project / "build/bilingual/medicine-basics.pdf"
    seen: list[bool] = []
    write_files = BuildFolder.write_files

    def watched(self: BuildFolder, *args: Any, **kwargs: Any) -> None:
        seen.append(any(pdf.exists() for pdf in pdfs))
        write_files(self, *args, **kwargs)
    monkeypatch.setattr(BuildFolder, "write_files", watched)
    report = _build(project, jobs=1)
    assert seen and not seen[0] and not report.problems
    assert all("150" in pdf_text(pdf) for pdf in pdfs)  # made again by the same build


def _missing_links(out: Path) -> list[tuple[str, str]]:
    """(page, address) of each link of a web page, and each file pages.json lists, that the folder
    does not hold: what a reader clicking it gets a 404 for."""
    found = []
    for page in out.rglob("*.html"):
        for href in parse(page).xpath("//body//a/@href"):
            if not href.startswith("#") and ":" not in href and not (page.parent / href.split("#")[0]).is_file():
                found.append((page.relative_to(out).as_posix(), href))
    listed = json.loads((out / "pages.json").read_text(encoding="utf-8")) if (out / "pages.json").is_file() else {}
    for handout in listed.get("handouts", []):
        for name in ("pdf", "large_print"):
            if handout.get(name) and not (out / handout[name]).is_file():
                found.append(("pages.json", handout[name]))
    return found


@pytest.mark.parametrize("stop", ["killed", "ctrl-c"])
def test_a_build_stopped_while_making_pdfs_leaves_no_page_linking_a_pdf_not_made(
        project: Path, monkeypatch: pytest.MonkeyPatch, stop: str) -> None:
    """The web pages and the index pages were written first, linking the PDFs whose words changed
    (removed before, so that no new page links old words): a build killed (or stopped by Ctrl-C)
    while the PDFs were made left links that gave a reader "404 not found" until the next build.
    Until a PDF is in place no page links it; once the PDFs are made, the pages link them."""
    from edu.folder import BuildFolder
    from edu.workers import PdfPool

    assert not _build(project, jobs=1).problems
    _replace(project / "content/facts.yaml", "value: 100", "value: 150")  # its PDFs are withdrawn, then made
    seen: list[list[tuple[str, str]]] = []  # at each point a SIGKILL could stop the build
    pool_run, pdf_done = PdfPool.run, BuildFolder.pdf_done

    def started(pool: PdfPool, *args: Any) -> None:
        seen.append(_missing_links(project / "build"))
        if stop == "ctrl-c":
            raise KeyboardInterrupt
        pool_run(pool, *args)

    def done(folder: BuildFolder, *args: Any) -> None:
        pdf_done(folder, *args)
        seen.append(_missing_links(project / "build"))
    monkeypatch.setattr(PdfPool, "run", started)
    monkeypatch.setattr(BuildFolder, "pdf_done", done)
    if stop == "ctrl-c":
        with pytest.raises(KeyboardInterrupt):
            _build(project, jobs=1)
        seen.append(_missing_links(project / "build"))
        monkeypatch.undo()
    report = _build(project, jobs=1)
    assert not report.problems, report.problems
    assert len(seen) > 1 and seen == [[]] * len(seen), seen
    assert _missing_links(project / "build") == []
    linked = [("en/medicine-basics.html", "../en/medicine-basics.pdf"), ("index.html", "bilingual/medicine-basics.pdf"),
              ("es/index.html", "../es/medicine-basics-large.pdf")]
    for page, pdf in linked:
        assert pdf in parse(project / "build" / page).xpath("//body//a/@href"), page


def test_a_first_build_writes_each_page_once_after_the_pdfs_it_links(
        project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Into an empty folder no page is there to link anything: the pages that link the PDFs are
    written once, after them (writing them first without the links, then again, rendered every page
    of a first build twice), and a build stopped while making the PDFs leaves no link to one."""
    from edu import folder as folder_module
    from edu.workers import PdfPool

    written: Counter[str] = Counter()
    write, pool_run = folder_module.atomic_write, PdfPool.run
    seen: list[list[tuple[str, str]]] = []

    def counted(path: Path, data: bytes) -> object:
        written[path.relative_to(project / "build").as_posix()] += 1
        return write(path, data)

    def started(pool: PdfPool, *args: Any) -> None:
        seen.append(_missing_links(project / "build"))
        pool_run(pool, *args)
    monkeypatch.setattr(folder_module, "atomic_write", counted)
    monkeypatch.setattr(PdfPool, "run", started)
    assert not _build(project, jobs=1).problems
    assert seen == [[]] and _missing_links(project / "build") == []
    assert written["en/medicine-basics.html"] == written["index.html"] == 1, written
    assert max(written.values()) == 1, [target for target, n in written.items() if n > 1]


def test_a_first_build_stopped_before_it_records_a_pdf_leaves_a_folder_the_next_build_takes(
        project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """A PDF worker puts its file in place before the build hears of it: a first build stopped (Ctrl-C,
    SIGTERM) in between leaves a PDF the manifest does not list (CI once stopped the SIGTERM test there,
    when such a build left no manifest at all). The build writes its pages as it stops, linking only
    the files it recorded; the next build makes that PDF again and links it."""
    from edu.folder import BuildFolder

    def stopped(_folder: BuildFolder, *_args: Any) -> None:
        raise KeyboardInterrupt  # the PDF is written; the build stops before it records it
    monkeypatch.setattr(BuildFolder, "pdf_done", stopped)
    with pytest.raises(KeyboardInterrupt):
        _build(project, languages=("en",), jobs=1)
    monkeypatch.undo()
    out = project / "build"
    assert list(out.rglob("*.pdf")), "the worker wrote no PDF before the build stopped"
    assert _unfinished(out) and (out / MANIFEST_NAME).is_file()
    unrecorded = {p.relative_to(out).as_posix() for p in out.rglob("*.pdf")}
    assert not unrecorded & set(json.loads((out / MANIFEST_NAME).read_text(encoding="utf-8"))["outputs"])
    assert (out / "en/index.html").is_file() and _missing_links(out) == []
    linked = {href.removeprefix("../") for page in out.rglob("*.html") for href in parse(page).xpath("//a/@href")}
    assert not unrecorded & linked  # not recorded: not linked
    code, _out, err = run(capsys, project, "build", "-l", "en")
    assert code == 0, err
    assert "en/medicine-basics.pdf" in json.loads((out / MANIFEST_NAME).read_text(encoding="utf-8"))["outputs"]
    assert _missing_links(out) == []


def test_sigterm_stops_a_build_as_ctrl_c_does(project: Path) -> None:
    """A CI job cancelled or `systemctl stop`: the build ended with no word (exit 143) and left what
    Ctrl-C removes; it now says so and cleans up the same way. A first build stopped so writes its web
    pages before it exits, linking the PDFs it recorded (a PDF a worker had written but the build not
    yet recorded is not linked), and records them: the folder has a manifest, not marked complete."""
    _slow_handout(project)
    out = project / "build"
    process = subprocess.Popen([sys.executable, "-m", "edu", "-C", str(project), "build", "-l", "en", "-j", "2"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    _wait_for_pdfs(out, process, 1)
    process.terminate()  # SIGTERM to the build only, as a service manager sends it
    _stdout, stderr = process.communicate(timeout=60)
    assert process.returncode == 143, stderr
    assert stderr.strip().splitlines()[-1] == ("edu: interrupted: the build stopped before the end; run "
                                                "`edu build` again before printing")
    assert "Traceback" not in stderr
    _wait_until_gone(process.pid)
    _assert_only_complete_files(out)
    assert _unfinished(out) and (out / MANIFEST_NAME).is_file()
    assert (out / "en/long-table.html").is_file() and _missing_links(out) == []


def _unfinished(out: Path) -> bool:
    """Whether the folder says its last build did not complete: no manifest (a first build killed before
    it recorded a file) or one with no snapshot (the next build does not take it as up to date)."""
    manifest = out / MANIFEST_NAME
    return not manifest.is_file() or json.loads(manifest.read_text(encoding="utf-8"))["last"] == {}


def test_progress_lines_bar_and_summary(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TERM", "xterm-256color")
    monkeypatch.delenv("CI", raising=False)

    class Terminal:
        def __init__(self) -> None:
            self.text = ""

        def write(self, text: str) -> None:
            self.text += text

        def flush(self) -> None:
            pass

        def isatty(self) -> bool:
            return True

    terminal = Terminal()
    clock = iter(float(t) for t in range(100))
    bar = BarProgress(terminal, clock=lambda: next(clock))  # type: ignore[arg-type]
    for done in (1, 2, 3):
        bar(Progress(done, 10, f"es/x{done}.pdf", "built"))
    assert "3/10" in terminal.text and "ETA 0:07" in terminal.text
    bar.close()
    assert terminal.text.endswith("\r\x1b[K")
    assert isinstance(progress_reporter(terminal), BarProgress)  # type: ignore[arg-type]
    assert str(Progress(2, 5, "es/a.pdf", "built", "templates")) == "[2/5] built es/a.pdf (templates)"
    report = BuildReport(written=["a", "b"], unchanged=["c"], removed=["d"], skipped=["es/x"], seconds=1.25)
    assert summary_line(report) == "edu: 2 built, 1 up to date, 1 removed, 0 failed, 1 edition not published, 1.2 s"
    quick = BuildReport(unchanged=["c"], skipped=["es/x", "es/y"], seconds=0.034)
    assert summary_line(quick) == "edu: 0 built, 1 up to date, 0 removed, 0 failed, 2 editions not published, 0.03 s"

    class Log(Terminal):
        def isatty(self) -> bool:
            return False

    assert isinstance(progress_reporter(Log()), LineProgress)  # type: ignore[arg-type]


@pytest.mark.parametrize("environ", [{}, {"TERM": ""}, {"TERM": "dumb"}, {"TERM": "xterm", "CI": "true"}])
def test_a_terminal_that_cannot_redraw_a_line_gets_plain_lines(environ: dict[str, str]) -> None:
    """Emacs' shell (TERM=dumb) and CI ptys showed the bar's `\\r ESC[K` as garbage on every output."""
    terminal = io.StringIO()
    terminal.isatty = lambda: True  # type: ignore[method-assign]
    progress = progress_reporter(terminal, environ)
    progress(Progress(1, 2, "es/x.pdf", "built"))
    progress.close()
    assert terminal.getvalue() == "[1/2] built es/x.pdf\n"
    assert isinstance(progress_reporter(terminal, {"TERM": "xterm", "NO_COLOR": "1"}), BarProgress)  # no colour in it


def test_a_quiet_build_prints_the_warnings_and_the_summary_only(project: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """A build printed one line per file with its reasons, 20 to 34 lines for a two-handout library,
    before the warnings that matter; a cron job or a deploy log wants those and the summary."""
    code, _out, err = run(capsys, project, "build", "-q", "--format", "html")
    lines = err.splitlines()
    assert code == 0 and not [x for x in lines if x.startswith("[")], err
    assert lines[-1].startswith("edu: ") and " built, 0 up to date, " in lines[-1], err
    assert any(x.endswith("[clinic-phone]") for x in lines), err  # each warning, with its code as edu check gives it
    assert all(x.endswith("]") or x.startswith("edu: ") for x in lines), err


def test_a_pdf_with_a_character_no_shipped_font_has_is_built_with_a_warning(project: Path) -> None:
    """It prints (with this machine's font, or a blank box), so the build says so; --force renders
    every PDF again even when its page is unchanged (the machine's fonts are not in the fingerprint)."""
    _set_clinic(project)
    _replace(project / ES_PO, 'msgstr "Lávese las manos."', 'msgstr "Lávese las manos \u2794 ahora."')
    report = _build(project, languages=("es",), formats=("pdf",))
    assert not report.problems and "es/medicine-basics.pdf" in report.written
    assert report.warnings == [
        "2 PDFs (es/medicine-basics-large.pdf, es/medicine-basics.pdf) contain '\u2794' (U+2794 HEAVY WIDE-HEADED "
        "RIGHTWARDS ARROW), which no font of the handouts can draw: a PDF prints it with a font of this machine (so "
        "PDFs differ between machines) or as a blank box; add a font that has it to `fonts` in [tool.edu]; `edu check` "
        "says where"]
    assert _build(project, languages=("es",), formats=("pdf",)).warnings == report.warnings  # replayed
    again = _build(project, languages=("es",), formats=("pdf",), force=True)
    assert set(again.written) == {"es/medicine-basics.pdf", "es/medicine-basics-large.pdf", "es/caso-breve.pdf"}
    _replace(project / ES_PO, 'msgstr "Lávese las manos \u2794 ahora."', 'msgstr "Lávese las manos ahora."')
    assert _build(project, languages=("es",), formats=("pdf",)).warnings == []


def test_a_character_no_font_at_all_has_is_one_warning_not_a_failed_build(project: Path) -> None:
    """WeasyPrint's ".notdef glyph rendered" came back once per character per PDF as problems: the
    build printed them all (854 lines for a Chinese library without a Chinese font) and exited 1."""
    _set_clinic(project)
    _replace(project / ES_PO, 'msgstr "Lávese las manos."', 'msgstr "Lávese las manos \U0001f48a."')
    report = _build(project, languages=("es",), formats=("pdf",))
    assert not report.problems, report.problems
    assert len(report.warnings) == 1 and "U+1F48A PILL" in report.warnings[0], report.warnings


def test_a_projects_own_unit_words_let_a_translation_through(project: Path) -> None:
    """Rioplatense Spanish writes "2 hs" for two hours: the number check blocks it until the
    project lists the word; taking the word away checks the entry again (it is in the stamp)."""
    _replace(project / "content/en/medicine-basics.md", "2. Clean the skin.", "2. Wait 2 hours, then clean the skin.")
    _replace(project / ES_PO, 'msgid "Clean the skin."\nmsgstr "Limpie la piel."',
             'msgid "Wait 2 hours, then clean the skin."\nmsgstr "Espere 2 hs y luego limpie la piel."')
    report = _build(project, formats=("html",))
    assert "es/medicine-basics" in report.skipped
    said = [p for p in report.problems if "number 2 hours in the source is missing from the translation (found 2)" in p]
    assert said and "a unit written in a word of your own is listed in [tool.edu.units]" in said[0], report.problems
    toml = project / "pyproject.toml"
    _replace(toml, "[tool.edu]\n", '[tool.edu]\nunits = { h = ["hs"] }\n')
    report = _build(project, formats=("html",))
    assert not report.problems and "es/medicine-basics" not in report.skipped
    assert "Espere 2 hs y luego limpie la piel." in (project / "build/es/medicine-basics.html").read_text("utf-8")
    _replace(toml, 'units = { h = ["hs"] }\n', "")
    report = _build(project, formats=("html",))
    assert "es/medicine-basics" in report.skipped and _being_updated(project / "build/es/medicine-basics.html")


def test_a_manifest_naming_a_file_outside_the_build_folder_removes_nothing_there(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A build removes the outputs its manifest lists and no longer makes: an edited or damaged
    manifest must not make it delete a file outside the build folder."""
    assert run(capsys, project, "build", "--format", "html")[0] == 0
    keep = project / "keep.txt"
    keep.write_text("mine\n", encoding="utf-8")
    path = project / "build" / MANIFEST_NAME
    manifest = json.loads(path.read_text(encoding="utf-8"))
    record = next(iter(manifest["outputs"].values()))
    manifest["outputs"]["../keep.txt"] = record
    manifest["last"] = {}  # not a replay: the build plans and removes
    path.write_text(json.dumps(manifest), encoding="utf-8")
    code, _out, err = run(capsys, project, "build", "--format", "html")
    assert code == 0, err
    assert keep.read_text(encoding="utf-8") == "mine\n"


def test_a_forced_build_says_it_was_asked_for_not_that_a_page_changed(project: Path,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    """`edu build --force` rendered every PDF again and said "(page changed)" for each: staff looked
    for a change that was not there. A change the same build finds is still named."""
    assert run(capsys, project, "build", "-j", "1", "-l", "es", "--format", "pdf")[0] == 0
    _replace(project / ES_PO, 'msgstr "Lávese las manos."', 'msgstr "Lávese bien las manos."')
    code, _out, err = run(capsys, project, "build", "-j", "1", "-l", "es", "--format", "pdf", "--force")
    lines = {line.partition("] ")[2] for line in err.splitlines() if line.startswith("[")}
    assert code == 0 and lines == {
        "built es/caso-breve.pdf (--force)", "unchanged pages.json", "unchanged redirects.json",
        "built es/medicine-basics-large.pdf (entries: 'Wash your hands.')",
        "built es/medicine-basics.pdf (entries: 'Wash your hands.')"}, err


def test_a_fact_changed_since_the_handouts_review_is_warned_of_until_it_is_reviewed_again(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A pharmacist changed a dose in facts.yaml from 50 mg to 40 mg: every edition was rebuilt with
    the new dose under the same "Version 1 · Last reviewed" line as the sheets already handed out,
    and nothing said so. Each build now says which fact changed, from what to what, at the
    handout's `reviewed:` line, until a clinician signs it off (`edu signoff`). The record is
    content/signoff.yaml, so the first build of a fresh build folder says it too."""
    handout = project / "content/en/medicine-basics.md"
    _replace(project / "content/facts.yaml", "value: 100", "value: 150")
    expected = ("content/en/medicine-basics.md:6: content/facts.yaml changed {dose} from 100 mg to 150 mg since it "
                "was signed off on 2026-11-20 (version 2, by Dr. Test Reviewer): every edition now prints the change "
                "under the old version line, marked as changed since that review; have it reviewed, then run "
                "`edu signoff content/en/medicine-basics.md --by NAME` [unreviewed-change]")
    for _ in range(2):  # the first build of this folder, then one with nothing to do
        report = _build(project, formats=("html",))
        assert [w for w in report.warnings if "[unreviewed-change]" in w] == [expected], report.warnings
    _replace(project / "content/facts.yaml", "value: 150", "value: 100")  # changed back: nothing to review
    assert not [w for w in _build(project, formats=("html",)).warnings if "[unreviewed-change]" in w]
    _replace(project / "content/facts.yaml", "value: 100", "value: 150")
    _replace(handout, "version: 2", "version: 3")  # a version raised by hand is no sign-off
    warnings = _build(project, formats=("html",)).warnings
    assert [w for w in warnings if "[unreviewed-change]" in w] == [expected], warnings
    assert any("[signoff-mismatch]" in w for w in warnings), warnings
    _replace(handout, "version: 3", "version: 2")
    assert run(capsys, project, "signoff", "medicine-basics", "--by", "Dr. Second", "--date", "2026-11-20")[0] == 0
    for _ in range(2):
        warnings = _build(project, formats=("html",)).warnings
        assert not [w for w in warnings if "unreviewed-change" in w or "signoff" in w], warnings
    assert "150" in (project / "build/es/medicine-basics.html").read_text(encoding="utf-8")


def test_a_fact_printed_only_with_other_invisible_typesetting_is_no_change_to_review(project: Path) -> None:
    """edu 2026-12 keeps a unit's slash with its unit ("8 mg/\u2060kg", a word joiner): every
    handout reviewed before printing "8 mg/kg" was then said to have changed "from 8 mg/kg to 8
    mg/kg". What a reader sees did not change; a value that did is still named."""
    record = project / "content/signoff.yaml"
    assert "    dose: 100 mg\n" in record.read_text(encoding="utf-8")  # recorded as a reader sees it
    _replace(record, "    dose: 100 mg\n", '    dose: "100\\u2060\\u202fmg"\n')  # joiner, narrow no-break space
    assert not [w for w in _build(project, formats=("html",)).warnings if "[unreviewed-change]" in w]
    _replace(record, '    dose: "100\\u2060\\u202fmg"\n', '    dose: "10\\u2060\\u00a0mg"\n')
    warned = [w for w in _build(project, formats=("html",)).warnings if "[unreviewed-change]" in w]
    assert len(warned) == 1 and "changed {dose} from 10 mg to 100 mg since" in warned[0], warned


def test_an_old_build_folder_with_reviews_in_its_manifest_still_builds(project: Path) -> None:
    """The manifest kept the reviews before content/signoff.yaml did: an old build folder loads
    (its outputs stay up to date) and the key is dropped."""
    _build(project, formats=("html",))
    manifest = project / "build" / MANIFEST_NAME
    data = json.loads(manifest.read_text(encoding="utf-8"))
    data["reviews"] = {"medicine-basics": {"version": 2, "reviewed": "2026-11-20", "facts": {"dose": "1 mg"}}}
    manifest.write_text(json.dumps(data), encoding="utf-8")
    _replace(project / "content/facts.yaml", "value: 100", "value: 150")
    report = _build(project, formats=("html",))
    warned = [w for w in report.warnings if "[unreviewed-change]" in w]  # from content/signoff.yaml, not the manifest
    assert len(warned) == 1 and "changed {dose} from 100 mg to 150 mg since" in warned[0], report.warnings
    assert "reviews" not in json.loads(manifest.read_text(encoding="utf-8"))
    assert "en/medicine-basics.html" in report.written and "en/index.html" in report.unchanged, report.written


@pytest.mark.parametrize(("cgroup", "files", "jobs"), [
    ("0::/\n", {"cpu.max": "200000 100000\n"}, 2),  # a container limited to 2 CPUs
    ("0::/\n", {"cpu.max": "150000 100000\n"}, 2),  # 1.5 CPUs: rounded up
    ("0::/\n", {"cpu.max": "max 100000\n"}, 64),  # no quota
    ("0::/system.slice/edu.service\n", {"cpu.max": "max 100000\n", "system.slice/cpu.max": "400000 100000\n",
                                        "system.slice/edu.service/cpu.max": "max 100000\n"}, 4),  # a unit's slice
    ("4:cpu,cpuacct:/docker/3f2a\n1:memory:/docker/3f2a\n",
     {"cpu,cpuacct/docker/3f2a/cpu.cfs_quota_us": "300000\n", "cpu,cpuacct/docker/3f2a/cpu.cfs_period_us": "100000\n"},
     3),  # cgroup v1
    ("4:cpu,cpuacct:/\n", {"cpu,cpuacct/cpu.cfs_quota_us": "-1\n", "cpu,cpuacct/cpu.cfs_period_us": "100000\n"}, 64),
    ("garbage\n", {}, 64),
])
def test_the_default_number_of_pdf_workers_keeps_to_the_cpu_quota(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cgroup: str, files: dict[str, str], jobs: int) -> None:
    """A CI runner limited to 2 CPUs on a 64-core node started 64 PDF workers (about 110 MB each)."""
    from edu import workers

    for name, text in files.items():
        (tmp_path / "sys" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "sys" / name).write_text(text, encoding="utf-8")
    (tmp_path / "cgroup").write_text(cgroup, encoding="utf-8")
    monkeypatch.setattr(workers, "CGROUP", tmp_path / "sys")
    monkeypatch.setattr(workers, "PROC_CGROUP", tmp_path / "cgroup")
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: set(range(64)), raising=False)
    assert workers.default_jobs() == jobs


def test_more_workers_than_cpus_are_started_with_a_warning(project: Path, capsys: pytest.CaptureFixture[str],
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from edu import workers

    monkeypatch.setattr(workers, "default_jobs", lambda: 2)
    code, _out, err = run(capsys, project, "build", "--format", "html", "-j", "64")
    assert code == 0, err
    assert err.count("-j 64") == 1
    assert ("edu: warning: -j 64: this process may use 2 CPUs; more PDF workers than that only share them, each "
            "with its own memory (about 110 MB)\n") in err
    code, _out, err = run(capsys, project, "build", "--format", "html", "-j", "2")
    assert code == 0 and "-j 2" not in err


def test_the_stylesheet_is_an_output_named_by_its_content(project: Path) -> None:
    """Web pages link one stylesheet, build/assets/edu.<digest>.css: a change to the CSS gives it a
    new name (no browser keeps the old one) and the pages link it; an HTML-only build leaves the
    side-by-side pages it does not make linking the old one, which stays until they are made again;
    a build with nothing to do writes nothing."""
    out = project / "build"

    def sheets() -> list[str]:
        return sorted(p.relative_to(out).as_posix() for p in (out / "assets").glob("edu.*.css"))

    def linked(page: str) -> str:
        [href] = re.findall(r'<link rel="stylesheet" href="\.\./([^"]+)">', (out / page).read_text(encoding="utf-8"))
        return href

    first = _build(project, formats=("html", "bilingual"))
    [old] = sheets()
    assert old in first.written and linked("en/medicine-basics.html") == linked("bilingual/caso-breve.html") == old
    again = _build(project, formats=("html", "bilingual"))
    assert again.written == [] and again.removed == []

    css = project / "templates/screen.css"
    css.write_text(css.read_text(encoding="utf-8") + "\n.brand { letter-spacing: 0.01em; }\n", encoding="utf-8")
    html_only = _build(project, formats=("html",))
    assert len(sheets()) == 2 and html_only.removed == []
    new = linked("en/medicine-basics.html")
    assert new != old and ".brand { letter-spacing: 0.01em; }" in (out / new).read_text(encoding="utf-8")
    assert linked("es/index.html") == new and linked("bilingual/caso-breve.html") == old  # not this build's to make
    both = _build(project, formats=("html", "bilingual"))
    assert sheets() == [new] and both.removed == [old] and linked("bilingual/caso-breve.html") == new
    assert _build(project, formats=("html", "bilingual")).written == []
