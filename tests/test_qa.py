"""`edu check` on planted translator mistakes in a copy of the shipped Spanish catalog: each one is
reported at its .po line, makes the check fail, and never reaches a strict build's output."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from babel.messages.catalog import Message
from babel.messages.pofile import read_po, write_po

from helpers import TODAY, add_language, front_matter, po_line, run

PO = Path("locale/es/LC_MESSAGES/from-en.po")


def _plant(root: Path, wanted: Callable[[Message], bool], change: Callable[[Message], None]) -> tuple[str, int]:
    """Change the first content entry that ``wanted`` accepts; return (its new msgstr, its .po line)."""
    path = root / PO
    with path.open("rb") as fileobj:
        catalog = read_po(fileobj)
    message = next(m for m in catalog if m.id and isinstance(m.id, str) and m.string
                   and any(loc[0].startswith("content/") for loc in m.locations) and wanted(m))
    change(message)
    with path.open("wb") as fileobj:
        write_po(fileobj, catalog, width=76, include_previous=True)
    with path.open("rb") as fileobj:
        line = next(m.lineno for m in read_po(fileobj) if m.id == message.id)
    return str(message.string), line


def _set(text: Callable[[str], str]) -> Callable[[Message], None]:
    def change(message: Message) -> None:
        message.string = text(str(message.string))
    return change


def _fuzzy(message: Message) -> None:
    message.flags.add("fuzzy")


def _empty(message: Message) -> None:
    message.string = ""


MISTAKES = {
    "placeholder": (lambda m: "{" in m.string, _set(lambda s: re.sub(r"\{(\w+)", r"{\1x", s, count=1))),
    "number": (lambda m: len(m.string) > 30 and not re.search(r"\d", m.string),
               _set(lambda s: s.rstrip(".") + " cada 6 horas.")),
    "link": (lambda m: len(m.string) > 20, _set(lambda s: s + " [Más información](https://evil.example/)")),
    "markup": (lambda m: "**" in m.string, _set(lambda s: s.replace("**", "", 2))),
    "html": (lambda m: len(m.string) > 20, _set(lambda s: s + ' <img src=x onerror="alert(1)">')),
    "spanish-punct": (lambda m: "¿" in m.string, _set(lambda s: s.replace("¿", "", 1))),
    "negation": (lambda m: m.id.startswith("Call 911") and m.string.startswith("Llame"),  # "No llame al 911"
                 _set(lambda s: "No llame" + s[len("Llame"):])),
    "bidi": (lambda m: "{" in m.string, _set(lambda s: re.sub(r"(\{[^}]+\})", "\u202e\\1\u202c", s, count=1))),
    "invisible-number": (lambda m: re.search(r"\d\d", m.string),
                         _set(lambda s: re.sub(r"(\d)(\d)", "\\1\u00ad\\2", s, count=1))),
    "fuzzy": (lambda m: len(m.string) > 20, _fuzzy),
    "untranslated": (lambda m: len(m.string) > 20, _empty),
}


@pytest.mark.parametrize("code", list(MISTAKES))
def test_planted_mistake_fails_check_at_its_po_line(shipped: Path, capsys: pytest.CaptureFixture[str],
                                                    code: str) -> None:
    wanted, change = MISTAKES[code]
    _planted, line = _plant(shipped, wanted, change)
    status, _out, err = run(capsys, shipped, "check")
    assert status == 1, err
    assert re.search(rf"^{re.escape(PO.as_posix())}:{line}: error: .*\[{re.escape(code)}\]$", err, re.M), err
    assert "Traceback" not in err


@pytest.mark.parametrize("code", list(MISTAKES))
def test_planted_mistake_never_reaches_a_strict_build(shipped: Path, capsys: pytest.CaptureFixture[str],
                                                      code: str) -> None:
    wanted, change = MISTAKES[code]
    planted, line = _plant(shipped, wanted, change)
    status, _out, err = run(capsys, shipped, "build", "--format", "html", "-l", "es")
    assert status == 1
    assert f"{PO.as_posix()}:{line}: [es]" in err
    outputs = "".join(p.read_text(encoding="utf-8") for p in (shipped / "build").rglob("*.html"))
    if planted.strip():
        assert planted.replace("**", "") not in outputs
    assert "onerror" not in outputs and "evil.example" not in outputs


# A medical translator's probe: slips that passed `edu check` and were published.
PROBED = {
    "fullwidth digits": ("number", lambda m: "911" in m.string, _set(lambda s: s.replace("911", "９１１", 1))),
    "a unit after a fact": ("number", lambda m: "} ng/mL" in m.string,
                            _set(lambda s: s.replace("} ng/mL", "} ng/L", 1))),
    "a threshold dropped": ("comparison", lambda m: "más de {" in m.string,
                            _set(lambda s: s.replace("más de {", "{", 1))),
    "an escaped link": ("link", lambda m: "](" in m.string,
                        _set(lambda s: re.sub(r"\[(?=[^\[\]]*\]\()", r"\\[", s, count=1))),
    "strikethrough": ("markup", lambda m: "Llame al 911" in m.string,
                      _set(lambda s: s.replace("Llame al 911", "~~Llame al 911~~", 1))),
    "an RLM in 911": ("invisible-number", lambda m: "911" in m.string,
                      _set(lambda s: s.replace("911", "9\u200f11", 1))),
    "a Cyrillic o": ("mixed-script", lambda m: " no " in m.string, _set(lambda s: s.replace(" no ", " nо ", 1))),
    "only once made more than once": ("comparison", lambda m: "una sola vez" in m.string,  # probe-pt finding 3
                                      _set(lambda s: s.replace("una sola vez", "más de una vez", 1))),
}


@pytest.mark.parametrize("slip", list(PROBED))
def test_a_slip_a_medical_translator_published_fails_check_at_its_po_line_and_is_not_built(
        shipped: Path, capsys: pytest.CaptureFixture[str], slip: str) -> None:
    code, wanted, change = PROBED[slip]
    _planted, line = _plant(shipped, wanted, change)
    status, _out, err = run(capsys, shipped, "check")
    assert status == 1, err
    assert re.search(rf"^{re.escape(PO.as_posix())}:{line}: error: .*\[{re.escape(code)}\]$", err, re.M), err
    status, _out, err = run(capsys, shipped, "build", "--format", "html", "-l", "es")
    assert status == 1 and f"{PO.as_posix()}:{line}: [es]" in err, err
    outputs = "".join(p.read_text(encoding="utf-8") for p in (shipped / "build").rglob("*.html"))
    assert "９１１" not in outputs and "ng/L" not in outputs and "\\[" not in outputs and "~~" not in outputs


def test_an_only_for_a_not_until_is_a_warning_at_its_po_line_that_names_the_condition(
        shipped: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """probe-pt finding 2: "Póngase la próxima inyección solo cuando se sienta mejor" kept the emergency
    box's "Do not … until a doctor tells you it is safe" with "solo" and passed unseen. edu cannot read
    whether "solo cuando…" says the same condition ("not … until" is "only when"), so the reviewer is
    told which one to read; a reviewed exception ends it."""
    shots = "Do not give any more shots until a doctor tells you it is safe."
    _planted, line = _plant(shipped, lambda m: m.id == shots,
                            _set(lambda s: "Póngase la próxima inyección solo cuando se sienta mejor."))
    status, _out, err = run(capsys, shipped, "check")
    assert status == 0, err
    assert (f'{PO.as_posix()}:{line}: warning: the source says not … "until a doctor tells you it is safe" and the '
            'translation says it with "solo cuando" (only): check that it keeps that condition, not another; once a '
            "reviewer has read it, confirm it with edu-ok:condition [condition]") in err.splitlines(), err
    path = shipped / PO
    text = path.read_text(encoding="utf-8")
    assert f'msgid "{shots}"' in text
    path.write_text(text.replace(f'msgid "{shots}"', f'# edu-ok:condition\nmsgid "{shots}"'), encoding="utf-8")
    status, _out, err = run(capsys, shipped, "check", "-l", "es")
    assert "[condition]" not in err and status == 0, err


def test_a_page_words_values_in_another_order_hold_the_language_back(shipped: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    """"Página %(pages)s de %(page)s" passed, and every footer would read "Página 2 de 1"."""
    path = shipped / PO
    path.write_text(path.read_text(encoding="utf-8").replace('msgstr "Página %(page)s de %(pages)s"',
                                                             'msgstr "Página %(pages)s de %(page)s"'), encoding="utf-8")
    line = po_line(path, "Page %(page)s of %(pages)s")
    status, _out, err = run(capsys, shipped, "check")
    assert status == 1 and re.search(rf"^{re.escape(PO.as_posix())}:{line}: error: the page word's values come in "
                                     r"another order .*\(page word 'Page %\(page\)s of %\(pages\)s': every page of "
                                     r"es prints it.*\[order\]$", err, re.M), err
    path.write_text(path.read_text(encoding="utf-8").replace('msgid "Page %(page)s of %(pages)s"',
                                                             '# edu-ok:order\nmsgid "Page %(page)s of %(pages)s"'),
                    encoding="utf-8")
    assert "[order]" not in run(capsys, shipped, "check")[2]


def test_a_dose_a_translation_writes_as_ismp_forbids_is_an_error_at_its_line(project: Path,
                                                                            capsys: pytest.CaptureFixture[str]) -> None:
    """".67 mL" and "100.0 mg" typed by a translator were a warning under a code the docs did not
    list, and the PDF printed them: now an error at the entry, and the handout is not built."""
    handout = project / "content/en/medicine-basics.md"
    handout.write_text(handout.read_text(encoding="utf-8") + "\nEach syringe holds 0.67 mL, which is 100 mg.\n",
                       encoding="utf-8")
    assert run(capsys, project, "update")[0] == 0
    po = project / PO
    msgid = "Each syringe holds 0.67 mL, which is 100 mg."
    po.write_text(po.read_text(encoding="utf-8").replace(f'msgid "{msgid}"\nmsgstr ""',
                                                         f'msgid "{msgid}"\nmsgstr "Cada jeringa tiene .67 mL, que son '
                                                         '100.0 mg."'), encoding="utf-8")
    code, _out, err = run(capsys, project, "check")
    assert code == 1
    assert [x for x in err.splitlines() if "[dose-notation]" in x] == [
        f'{PO.as_posix()}:{po_line(po, msgid)}: error: no leading zero in ".67 mL": write "0.67 mL"; trailing zero in '
        '"100.0 mg": write "100 mg" (a dose written so is misread tenfold: on the Joint Commission\'s "Do Not Use" '
        "list) [dose-notation]"], err
    code, _out, err = run(capsys, project, "build", "--format", "html", "-l", "es")
    assert code == 1 and ".67 mL" not in "".join(p.read_text(encoding="utf-8")
                                                 for p in (project / "build").rglob("*.html"))


def test_a_number_typed_for_a_fact_is_refused_once_the_fact_prints_another_whatever_the_reviewer_accepted(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A translation that typed "100 mg" for {dose}, accepted by a reviewer (edu-ok:placeholder and
    edu-ok:number), printed "100 mg" beside the English "50 mg" once facts.yaml changed the dose, and
    the build said nothing: now an error at the entry that no edu-ok silences, naming what to write."""
    po = project / PO
    msgid = "Each shot has {dose}."
    po.write_text(po.read_text(encoding="utf-8").replace(
        f'msgid "{msgid}"\nmsgstr "Cada inyección tiene {{dose}}."',
        f'# edu-ok:placeholder\n# edu-ok:number\n# edu-ok:fact-number\nmsgid "{msgid}"\n'
        'msgstr "Cada inyección tiene 100 mg."'), encoding="utf-8")
    line = po_line(po, msgid)
    code, _out, err = run(capsys, project, "check")  # the reviewed value is the fact's: accepted
    assert code == 0 and "[fact-number]" not in err and "[number]" not in err, err
    facts = project / "content/facts.yaml"
    facts.write_text(facts.read_text(encoding="utf-8").replace("value: 100\n", "value: 50\n", 1), encoding="utf-8")
    code, _out, err = run(capsys, project, "check")
    assert code == 1
    said = ("the translation prints 100 mg where {dose} now prints 50 mg: write {dose} (a number typed for a fact "
            "stays the same when content/facts.yaml changes; no edu-ok accepts a different one) [fact-number]")
    assert [x for x in err.splitlines() if "[fact-number]" in x] == [f"{PO.as_posix()}:{line}: error: {said}"], err
    assert (f"{PO.as_posix()}:{line}: warning: flag 'edu-ok:fact-number' is ignored: 'fact-number' cannot be "
            "silenced; fix the entry instead [flag]") in err.splitlines(), err
    code, _out, err = run(capsys, project, "build", "--format", "html", "-j", "1")
    assert code == 1
    assert f"{PO.as_posix()}:{line}: [es] translation rejected: {said}: 'Each shot has {{dose}}.'" in err, err
    assert not (project / "build/es/medicine-basics.html").exists()


@pytest.mark.parametrize("break_source", ["link", "facts"])
def test_a_source_error_does_not_hide_the_catalogs_problems(shipped: Path, capsys: pytest.CaptureFixture[str],
                                                            break_source: str) -> None:
    """`edu check` stopped at a broken link (or an unreadable facts.yaml) and said nothing of the
    translations: it lists the source error at its place with the catalogs' problems, exit 1."""
    _planted, line = _plant(shipped, MISTAKES["link"][0], MISTAKES["link"][1])
    if break_source == "link":
        handout = shipped / "content/en/anakinra-risks.md"
        text = handout.read_text(encoding="utf-8")
        handout.write_text(text + "\nSee [this](missing.md).\n", encoding="utf-8")
        where = rf"content/en/anakinra-risks\.md:{len(text.splitlines()) + 2}: error: link 'missing\.md'"
    else:
        facts = shipped / "content/facts.yaml"
        facts.write_text("{broken: [\n" + facts.read_text(encoding="utf-8"), encoding="utf-8")
        where = r"content/facts\.yaml:\d+: error: "
    status, _out, err = run(capsys, shipped, "check")
    assert status == 1 and "Traceback" not in err, err
    assert re.search(rf"^{where}.*\[source\]$", err, re.M), err
    assert re.search(rf"^{re.escape(PO.as_posix())}:{line}: error: .*\[link\]$", err, re.M), err


def test_the_obsolete_entries_a_removed_handout_leaves_are_a_few_lines(shipped: Path,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    """Deleting a handout left 39 "obsolete entry … delete it" lines and no command to clear them."""
    (shipped / "content/en/anakinra-monitoring.md").unlink()
    assert run(capsys, shipped, "update")[0] == 0
    listed = json.loads(run(capsys, shipped, "check", "--format", "json")[1])
    total = len([p for p in listed["general"] if p["code"] == "obsolete" and p["path"] == PO.as_posix()])
    assert total > 20
    code, _out, err = run(capsys, shipped, "check")
    lines = [x for x in err.splitlines() if x.startswith(PO.as_posix()) and x.endswith("[obsolete]")]
    assert code == 0 and len(lines) == 4, lines
    assert f"this entry and {total - 4} more are obsolete (their source text is gone): `edu update --drop-obsolete` " \
        "deletes them all and keeps the edu-ok exceptions" in lines[3]


def test_a_new_handouts_entries_not_in_the_catalogs_yet_are_a_few_lines(project: Path,
                                                                        capsys: pytest.CaptureFixture[str]) -> None:
    """A new team's first handout gave 28 "[stale] ... run edu update" errors, one per sentence: past
    the first three, one line says how many and the one command that adds them."""
    steps = "\n".join(f"{n}. Step number {n} of the visit." for n in range(1, 11))
    (project / "content/en/visit.md").write_text(
        "---\ntitle: Your visit\nsummary: What happens at a visit.\naudience: patient\ntopic: example\n"
        f"reviewed: 2026-12-01\nversion: 1\nreferences: []\n---\n\n## What happens?\n\n{steps}\n", encoding="utf-8")
    listed = json.loads(run(capsys, project, "check", "--format", "json")[1])
    total = len([p for e in listed["editions"] for p in e["problems"] if p["code"] == "stale"])
    assert total >= 12
    code, _out, err = run(capsys, project, "check")
    lines = [x for x in err.splitlines() if x.endswith("[stale]")]
    assert code == 1 and len(lines) == 4, lines
    assert lines[3].startswith("content/en/visit.md:") and lines[3].endswith(
        f": error: this entry and {total - 4} more are not in the catalogs yet (a handout added or rewritten): "
        "`edu update` adds them all for the translators [stale]"), lines


def test_update_drop_obsolete_deletes_the_obsolete_entries_and_keeps_the_reviewed_exceptions(
        shipped: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The warning named `msgattrib --no-obsolete`, which drops every `#, edu-ok:…` flag on the way
    (docs/translating.md): each reviewed exception was held back again. `edu update --drop-obsolete`
    writes the catalog as `edu update` does, without the `#~` entries."""
    po = shipped / PO
    flagged = po.read_text(encoding="utf-8").replace(  # the flag form (Weblate keeps it)
        "# edu-ok:end-punct\n#. heading in anakinra-clinician › NOMID", "#. heading in anakinra-clinician › NOMID", 1)
    flagged = flagged.replace('msgid "NOMID and DIRA (', '#, edu-ok:end-punct\nmsgid "NOMID and DIRA (', 1)
    po.write_text(flagged, "utf-8")
    (shipped / "content/en/anakinra-monitoring.md").unlink()
    assert run(capsys, shipped, "update")[0] == 0
    before = po.read_text(encoding="utf-8")
    assert "\n#~ msgid" in before and "#, edu-ok:end-punct\n" in before and "\n# edu-ok:order\n" in before
    code, out, _err = run(capsys, shipped, "update", "--drop-obsolete", "--check")
    assert code == 1 and po.read_text(encoding="utf-8") == before  # --check: says so, changes nothing
    code, out, err = run(capsys, shipped, "update", "--drop-obsolete")
    assert code == 0 and f"{PO.as_posix()}: updated" in out, err
    after = po.read_text(encoding="utf-8")
    assert "#~" not in after
    assert "#, edu-ok:end-punct\n" in after and "\n# edu-ok:order\n" in after
    kept = "\n\n".join(block for block in before.split("\n\n") if "#~" not in block)
    assert after.rstrip("\n") == kept.rstrip("\n")  # every other entry byte for byte
    code, _out, err = run(capsys, shipped, "check")
    assert code == 0 and "[obsolete]" not in err and "[end-punct]" not in err and "[order]" not in err, err
    assert run(capsys, shipped, "update", "--check")[0] == 0  # what `edu update` writes


def test_a_complete_but_rejected_translation_is_shown_as_not_published(shipped: Path,
                                                                        capsys: pytest.CaptureFixture[str]) -> None:
    """`edu report` said "8/8 translated" for an edition the build held back (a count changed)."""
    wanted, change = MISTAKES["number"]
    _plant(shipped, wanted, change)
    code, out, _err = run(capsys, shipped, "check")
    held = [x for x in out.splitlines() if "NOT PUBLISHED: 1 error" in x]
    assert code == 1 and len(held) == 1 and held[0].startswith("es "), out
    assert run(capsys, shipped, "report")[0] == 0
    report = (shipped / "build/report.html").read_text(encoding="utf-8")
    assert report.count("not published: 1 error</strong>") == 1
    data = json.loads(run(capsys, shipped, "check", "--format", "json")[1])
    assert sorted(e["errors"] for e in data["editions"] if e["errors"]) == [1]


def test_one_untranslated_page_word_shows_every_edition_of_its_language_not_published(
        shipped: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Only "Sources" (a page word) untranslated: `edu build` refused every Spanish edition while
    `edu check` said "39/39 translated" (JSON: 0 errors) and folded the entry into a line of another
    handout. It names the word on its own line and every Spanish edition NOT PUBLISHED, and why."""
    with (shipped / PO).open("rb") as fileobj:
        catalog = read_po(fileobj)
    catalog.get("Sources").string = ""
    for message in catalog:  # and a few handout entries, so that they are folded into one line
        if message.id and any(loc[0] == "content/en/anakinra-clinician.md" for loc in message.locations):
            message.string = ""
    with (shipped / PO).open("wb") as fileobj:
        write_po(fileobj, catalog, width=76, include_previous=True)
    line = po_line(shipped / PO, "Sources")
    why = f"page word 'Sources' has no translation ({PO.as_posix()}:{line}); it is on every page of es"
    code, out, err = run(capsys, shipped, "check")
    assert code == 1
    assert f"{PO.as_posix()}:{line}: error: the entry is not translated: translate it; a handout is published only " \
           "when all its entries are translated (page word 'Sources': every page of es prints it, so no es handout " \
           "is published until it is) [untranslated]" in err.splitlines(), err
    spanish = [x for x in out.splitlines() if x.startswith("es ")]
    held_back = sum(x.endswith(f"NOT PUBLISHED: {why}") for x in spanish)  # all but the clinician's (more errors)
    assert len(spanish) == len(list((shipped / "content").glob("*/*.md"))) and held_back == len(spanish) - 1, out
    assert re.search(rf"^es  anakinra-clinician .* NOT PUBLISHED: \d+ errors; {re.escape(why)}$", out, re.M), out
    data = json.loads(run(capsys, shipped, "check", "--format", "json")[1])
    editions = [e for e in data["editions"] if e["lang"] == "es"]
    assert {(e["published"], e["held_back"]) for e in editions} == {(False, why)}
    assert all(e["published"] for e in data["editions"] if e["lang"] == "en")
    assert run(capsys, shipped, "report")[0] == 0
    report = (shipped / "build/report.html").read_text(encoding="utf-8")
    assert report.count(f"not published: {why}</strong>".replace("'", "&#39;")) == held_back, report
    code, _out, err = run(capsys, shipped, "build", "--format", "html", "-l", "es")
    assert code == 1 and f"{PO.as_posix()}:{line}: [es] no translation: 'Sources'" in err  # what the build says


def test_a_catalog_that_cannot_be_read_is_not_shown_as_nothing_translated(shipped: Path,
                                                                          capsys: pytest.CaptureFixture[str]) -> None:
    """One unclosed quote in the .po: every Spanish handout showed "0/123 translated", as if the
    whole translation were lost; it says the catalog cannot be read, and the error says where."""
    po = shipped / PO
    lines = po.read_text(encoding="utf-8").splitlines(keepends=True)
    at = next(n for n, x in enumerate(lines) if x.startswith('msgstr "') and len(x) > 20)
    lines[at] = lines[at].rstrip().rstrip('"') + "\n"
    po.write_text("".join(lines), encoding="utf-8")
    code, out, err = run(capsys, shipped, "check")
    assert code == 1 and f"{PO.as_posix()}:{at + 1}: error: invalid catalog" in err, err
    spanish = [x for x in out.splitlines() if x.startswith("es ") and "source language" not in x]
    assert spanish and all(x.endswith("its catalog cannot be read (the error above)") for x in spanish), out
    assert "0/" not in out


def test_a_comment_that_reads_like_an_old_source_line_is_named(project: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    """`# | msgid "..."` (a #| line that a tool spaced or wrapped into a comment) is read by no tool
    and kept by every one: the shipped English catalog had one for years, telling reviewers that an
    older Spanish sentence was translated. It is named; the shipped catalogs have none."""
    from conftest import REPO

    for shipped in (REPO / "locale").glob("*/LC_MESSAGES/*.po"):
        text = shipped.read_text(encoding="utf-8")
        assert "\n# |" not in text, shipped
        assert "\n#, edu-ok:" not in text, shipped  # reviewed exceptions as comments, which msgcat and msgmerge keep
    po = project / PO
    po.write_text(po.read_text(encoding="utf-8").replace('msgid "Each shot has {dose}."', '# | msgid "Each shot has '
                                                         '\n# {dose_ra}."\nmsgid "Each shot has {dose}."'), "utf-8")
    code, _out, err = run(capsys, project, "check")
    line = po_line(po, "Each shot has {dose}.")
    assert code == 0 and (f"{PO.as_posix()}:{line}: warning: a translator comment reads like an old source line "
                          "('# | msgid ...'), but it is not one (a previous source is written '#| msgid'): no tool "
                          "reads or removes it; delete it [previous-comment]") in err.splitlines(), err


UNREADABLE = {  # what a translator's save, a merge or a tool leaves in a catalog, and what edu says of it
    "quote": (lambda text: text.replace('msgstr "¿Qué es este medicamento?"', 'msgstr "¿Qué es este medicamento?'),
              "a quoted string is not closed"),
    "twice": (lambda text: text + '\nmsgid "What is this medicine?"\nmsgstr "¿Qué es?"\n',
              "this message is already defined at line"),
    "conflict": (lambda text: text.replace('msgstr "¿Qué es este medicamento?"', '<<<<<<< HEAD\nmsgstr "¿Qué es?"\n'
                                           '=======\nmsgstr "¿Qué es este medicamento?"\n>>>>>>> weblate'),
                 "a merge conflict's marker is left in the file"),
    "bytes": (lambda text: text.replace("¿Qué es este", "\x00CP1252\x00"), "this line is not UTF-8 (byte 0xbf)"),
    "charset": (lambda text: text.replace("charset=utf-8", "charset=ISO-8859-1"), "the header says charset="),
    "language": (lambda text: text.replace('"Language: es\\n"', '"Language: pt\\n"'), "the header says Language: pt"),
}


@pytest.mark.parametrize("case", list(UNREADABLE))
def test_a_catalog_that_cannot_be_read_is_the_translators_to_fix(project: Path, capsys: pytest.CaptureFixture[str],
                                                               case: str) -> None:
    """An unreadable catalog was tagged [source], whose row in docs/translating.md sends the
    translator to the author: it is [catalog] now, one line at its place, the translator's to fix."""
    po = project / "locale/es/LC_MESSAGES/from-en.po"
    change, said = UNREADABLE[case]
    text = change(po.read_text(encoding="utf-8"))
    if case == "bytes":  # a Windows-1252 "¿" in a UTF-8 file
        po.write_bytes(text.encode("utf-8").replace(b"\x00CP1252\x00", "¿Qué es este".encode("cp1252")))
    else:
        po.write_text(text, encoding="utf-8")
    code, _out, err = run(capsys, project, "check")
    lines = [x for x in err.splitlines() if x.startswith("locale/es/LC_MESSAGES/from-en.po:")]
    assert code == 1 and len(lines) == 1 and said in lines[0] and lines[0].endswith(" [catalog]"), err
    assert ": error: " in lines[0] and "[source]" not in err


def test_check_json_has_one_report_per_handout_and_language(shipped: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _err = run(capsys, shipped, "check", "--format", "json")
    data = json.loads(out)
    pairs = {(e["handout"], e["lang"]) for e in data["editions"]}
    handouts = {p.stem for p in (shipped / "content").glob("*/*.md")}
    assert pairs == {(h, lang) for h in handouts for lang in ("en", "es")}
    assert status == (1 if data["failed"] else 0)
    spanish = next(e for e in data["editions"] if e["lang"] == "es" and e["audience"] == "patient")
    assert spanish["scores"]["szigriszt_pazos"] is not None and spanish["counts"]["translated"] > 0


def test_check_and_stats_count_a_handouts_entries_alike(shipped: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A table cell the monitoring handout says five times, marked fuzzy, was "5 fuzzy" for `edu
    check` and the report, "1 fuzzy" for `edu stats`: each entry counts once."""
    _plant(shipped, lambda m: m.id == "Neutrophil count", _fuzzy)
    checked = json.loads(run(capsys, shipped, "check", "--format", "json")[1])["editions"]
    stats = json.loads(run(capsys, shipped, "stats", "--format", "json")[1])["handouts"]
    by_check = {(e["handout"], e["lang"]): e["counts"] for e in checked if e["counts"]}
    by_stats = {(h["handout"], h["lang"]): h["counts"] for h in stats if h["handout"] != "templates"}
    assert by_check[("anakinra-monitoring", "es")]["fuzzy"] == 1
    assert {k: {n: v[n] for n in ("translated", "fuzzy", "untranslated")} for k, v in by_check.items()} == {
        k: {n: v[n] for n in ("translated", "fuzzy", "untranslated")} for k, v in by_stats.items()}


def test_reviewed_exception_flag_silences_one_check_visibly(shipped: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    def plant(message: Message) -> None:
        message.string = str(message.string).rstrip(".") + " cada 6 horas."
        message.flags.add("edu-ok:number")

    _planted, line = _plant(shipped, lambda m: len(m.string) > 30 and not re.search(r"\d", m.string), plant)
    _status, _out, err = run(capsys, shipped, "check")
    assert not re.search(rf"{re.escape(PO.as_posix())}:{line}: error: .*\[number\]", err), err
    assert "#, edu-ok:number" in (shipped / PO).read_text(encoding="utf-8")


def test_a_character_no_shipped_font_has_is_located(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A translator's arrow, emoji or an unsupported script would print from this machine's fonts
    (or as a blank box): `edu check` names the first entry and the source line that has one."""
    _msgstr, line = _plant(project, lambda m: len(m.string) > 20, _set(lambda s: s + " \u2794 \u4e2d"))
    md = project / "content/en/medicine-basics.md"
    md.write_text(md.read_text(encoding="utf-8").replace("Clean the skin.", "Clean the skin \u263a."), encoding="utf-8")
    code, _out, err = run(capsys, project, "check")
    glyph = sorted(x for x in err.splitlines() if x.endswith("[glyph]"))
    assert glyph[1] == (f"{PO.as_posix()}:{line}: warning: '\u2794' (U+2794 HEAVY WIDE-HEADED RIGHTWARDS ARROW) and 1 "
                        "more, which no font of the handouts can draw: a PDF prints them with a font of this machine "
                        "(so PDFs differ between machines) or as blank boxes; add a font that has them to `fonts` in "
                        "[tool.edu] [glyph]")
    source_line = next(n for n, text in enumerate(md.read_text(encoding="utf-8").splitlines(), 1) if "\u263a" in text)
    assert glyph[0] == (f"content/en/medicine-basics.md:{source_line}: warning: '\u263a' (U+263A WHITE SMILING FACE), "
                        "which no font of the handouts can draw: a PDF prints it with a font of this machine (so PDFs "
                        "differ between machines) or as a blank box; add a font that has it to `fonts` in [tool.edu] "
                        "[glyph]")
    assert len(glyph) == 2 and code == 1  # the edited source made the Spanish entry stale


def test_a_language_without_readability_formulas_is_checked_without_them(project: Path,
                                                                          capsys: pytest.CaptureFixture[str]) -> None:
    add_language(capsys, project, "pt", ("en", "es", "pt"))
    code, out, err = run(capsys, project, "check")
    assert "Traceback" not in err and code == 1  # Portuguese is untranslated: errors, not a crash
    assert re.search(r"^pt  caso-breve +· 0/\d+ translated .* · no readability formula or plain-language rules "
                     r"for this language · NOT PUBLISHED: \d+ errors; \d+ page words have no translation \(the first "
                     r"at locale/pt/LC_MESSAGES/from-en\.po:\d+\); they are on every page of pt$", out, re.M), out
    rows = [line for line in out.splitlines() if line.startswith("pt ")]  # caso-breve, then medicine-basics
    assert ["no readability formula or plain" in r for r in rows] == [True, False], rows  # said once a language
    assert "· no readability formula (as above) ·" in rows[1], rows
    assert run(capsys, project, "report")[0] == 0
    assert "no readability formula for this language" in (project / "build/report.html").read_text(encoding="utf-8")


def test_a_sources_file_that_cannot_be_read_says_why_no_score(project: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    """A YAML slip in references.yaml: English and Spanish have their formulas; the summary says
    why there is no score instead of calling them unsupported languages."""
    refs = project / "content/references.yaml"
    refs.write_text(refs.read_text(encoding="utf-8").replace("title: An example trial",
                                                             "title: Anakinra: an example trial"), encoding="utf-8")
    code, out, err = run(capsys, project, "check")
    assert code == 1 and err.startswith("content/references.yaml:7: error: invalid YAML: mapping values are not "
                                        'allowed here (a value with ": " in it goes in double quotes'), err
    assert "no readability formula" not in out
    summaries = [line for line in out.splitlines() if "medicine-basics" in line]
    assert len(summaries) == 2 and all(line.endswith(" · not scored: content/references.yaml cannot be loaded "
                                                     "(its error is listed)") for line in summaries), out
    assert run(capsys, project, "report")[0] == 0
    page = (project / "build/report.html").read_text(encoding="utf-8")
    assert "not scored: content/references.yaml cannot be loaded" in page
    assert "no readability formula" not in page


def test_a_source_error_is_not_also_a_stale_entry_but_a_real_change_is(project: Path,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    """A mistyped {fact} and a broken link: one error each, at the source line, and no "[stale] run
    `edu update`" for the same line (which would hand the typo to the translators)."""
    md = project / "content/en/medicine-basics.md"
    text = md.read_text(encoding="utf-8")
    md.write_text(text.replace("{dose}", "{dos}").replace("Give one shot each day.", "Give one [shot](#nowhere) each "
                               "day.").replace("Wash your hands.", "Wash your hands well."), encoding="utf-8")
    line_of = {word: n for n, x in enumerate(md.read_text(encoding="utf-8").splitlines(), 1)
               for word in ("{dos}", "#nowhere", "hands well") if word in x}
    code, _out, err = run(capsys, project, "check")
    located = [x for x in err.splitlines() if x.startswith("content/en/medicine-basics.md:") and " error: " in x]
    assert code == 1 and [x.split(" error: ")[0] for x in located] == [
        f"content/en/medicine-basics.md:{line_of[w]}:" for w in ("{dos}", "#nowhere", "hands well")], err
    assert located[0].endswith("unknown fact {dos}: did you mean {dose} (100 mg)? check it is the same fact: it "
                               "prints that value [source]")
    assert "no heading of this handout has the anchor #nowhere" in located[1]
    assert located[2].endswith("has no entry for 'Wash your hands well.': run `edu update` [stale]")


def test_a_translation_begun_is_not_judged_against_its_target(project: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    """The Spanish edition with 3 of its 15 entries translated: its score is of those 3, so check
    and the report say so instead of "met" (nor warn that it misses the target); and `edu stats`
    lists the handouts in the order `edu check` does."""
    path = project / PO
    with path.open("rb") as fileobj:
        catalog = read_po(fileobj)
    content = [m for m in catalog if m.id and any(loc[0].startswith("content/en/") for loc in m.locations)]
    for message in content[3:]:
        message.string = ""
    with path.open("wb") as fileobj:
        write_po(fileobj, catalog, width=76)
    _code, out, err = run(capsys, project, "check")
    line = next(x for x in out.splitlines() if x.startswith("es  medicine-basics"))
    assert " · 3/15 translated " in line and " · target INFLESZ ≥ 65: not judged until translated (scored on 3 of 15 " \
           "entries) · " in line and ": met" not in line and "MISSED" not in line, line
    assert "[readability]" not in err
    assert run(capsys, project, "report")[0] == 0
    page = (project / "build/report.html").read_text(encoding="utf-8")
    assert "INFLESZ ≥ 65: not judged until translated (scored on 3 of 15 entries)</span>" in page
    editions = [x.split()[:2] for x in out.splitlines()]
    assert editions == [["en", "caso-breve"], ["en", "medicine-basics"], ["es", "caso-breve"],
                        ["es", "medicine-basics"]]
    stats = [x.split()[:2] for x in run(capsys, project, "stats")[1].splitlines() if not x.startswith("locale/")]
    assert stats == [["en", "caso-breve"], ["es", "medicine-basics"], ["es", "templates"]]


def test_a_language_just_started_does_not_bury_the_other_problems(project: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """Hundreds of untranslated entries of a new language are a few lines per catalog in `edu check`
    and per handout in `edu build`; JSON still lists each; a wrong dose in Spanish stays in sight."""
    add_language(capsys, project, "pt", ("en", "es", "pt"))
    po = project / "locale/pt/LC_MESSAGES/from-en.po"
    with po.open("rb") as fileobj:
        total = sum(1 for m in read_po(fileobj) if m.id)
    assert total > 5
    listed = json.loads(run(capsys, project, "check", "--format", "json")[1])
    entries = [p for p in listed["general"] + [p for e in listed["editions"] for p in e["problems"]]
               if p["path"] == "locale/pt/LC_MESSAGES/from-en.po" and p["code"] == "untranslated"]
    assert len({p["line"] for p in entries}) == total
    held = len({p["line"] for p in entries if p["severity"] == "error"})  # the draft's words etc. are warnings
    assert 0 < total - held < 16  # (the words printed only on a draft, a moved page, a changed handout...)
    words = len({p["line"] for p in entries if p["severity"] == "error" and "(page word " in p["message"]})
    assert 4 < words < held - 4  # the page words hold back the whole language: counted apart, as the build does
    code, _out, err = run(capsys, project, "check")
    lines = [x for x in err.splitlines() if x.startswith("locale/pt/LC_MESSAGES/from-en.po") and ": error: " in x]
    assert len(lines) == 8 and all(x.endswith("[untranslated]") for x in lines), lines
    assert sum(f": error: this entry and {held - words - 4} more are not translated (`edu stats` counts" in x
               for x in lines) == 1, lines
    assert sum(f": error: this page word and {words - 4} more are not translated; they are on every page of the "
               "language, so none of its handouts is published until they are" in x for x in lines) == 1, lines
    counted = re.search(r"^edu check: (\d+) errors", err, re.MULTILINE)
    assert counted and int(counted[1]) >= held  # every folded entry still counts as an error
    code, _out, err = run(capsys, project, "build", "--format", "html", "-l", "pt")
    lines = [x for x in err.splitlines() if x.startswith("locale/pt/LC_MESSAGES/from-en.po")]
    assert code == 1 and len(lines) == 8, lines  # the handout's, then the page words', once for the language
    assert "[pt] this entry and" in lines[3] and "more of this handout have no translation" in lines[3]
    assert "[pt] this page word and" in lines[7] and "they are on every page of the language" in lines[7]
    assert len(set(lines)) == len(lines)


def test_a_language_in_progress_warns_of_what_is_missing_and_still_refuses_a_wrong_dose(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A coordinator adds Portuguese as README says: every `edu check` and `edu build` of the Spanish
    translator failed until Portuguese was complete. `in_progress = ["pt"]` makes its untranslated
    entries warnings (its editions are still published only complete, and said so); a wrong number
    in a Portuguese entry stays an error of `edu check` and holds its edition back, a warning of the
    build (whose status 1 stopped the deploy of every other language's fix); `edu check -l es` is
    the Spanish translator's own gate."""
    add_language(capsys, project, "pt", ("en", "es", "pt"))
    assert run(capsys, project, "check")[0] == 1  # without in_progress: nothing changes
    toml = project / "pyproject.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace("[tool.edu]\n", '[tool.edu]\nin_progress = ["pt"]\n'),
                    encoding="utf-8")
    code, out, err = run(capsys, project, "check")
    assert code == 0 and ": error: " not in err, err
    po = "locale/pt/LC_MESSAGES/from-en.po"
    assert (f"{po}:{po_line(project / po, 'Key points')}: warning: the entry is not translated: translate it; a "
            "handout is published only when all its entries are translated (pt is in progress: a warning while "
            "`in_progress` in [tool.edu] lists it) (page word 'Key points': every page of pt prints it, so no pt "
            "handout is published until it is) [untranslated]") in err.splitlines(), err
    assert re.search(r"^edu check: 0 errors, \d+ warnings \(\d+ of them: entries not translated yet or fuzzy of pt, "
                     r"in progress\)$", err, re.MULTILINE), err
    assert re.search(r"^pt  medicine-basics +· 0/\d+ translated .* NOT PUBLISHED: \d+ entries not translated yet "
                     r"\(or fuzzy\); \d+ page words have no translation", out, re.MULTILINE), out
    code, _out, err = run(capsys, project, "build", "--format", "html", "-j", "1")
    assert code == 0, err
    assert f"{po}:{po_line(project / po, 'Key points')}: warning: [pt] no translation: 'Key points'" in err
    assert ("edu: not published: pt/medicine-basics: not all translated yet (pt is in progress: `in_progress` in "
            "[tool.edu]; the warnings above name what is missing)") in err.splitlines(), err
    assert (project / "build/es/medicine-basics.html").is_file() and not (project / "build/pt").exists()

    text = (project / po).read_text(encoding="utf-8")  # one entry translated, with the wrong number of shots
    (project / po).write_text(text.replace('msgid "You give it as a shot **once a day**."\nmsgstr ""',
                                           'msgid "You give it as a shot **once a day**."\n'
                                           'msgstr "Você aplica uma injeção **duas vezes por dia**."'), "utf-8")
    line = po_line(project / po, "You give it as a shot **once a day**.")
    code, _out, err = run(capsys, project, "check")
    assert code == 1 and re.search(rf"^{po}:{line}: error: .*\[(number|period)\]$", err, re.MULTILINE), err
    code, _out, err = run(capsys, project, "build", "--format", "html", "-j", "1")  # held back, not a failed deploy
    assert code == 0 and f"{po}:{line}: warning: [pt] translation rejected: " in err, err
    assert ("edu: not published: pt/medicine-basics: a translation is rejected (pt is in progress: the warnings "
            "above name it and what is missing; `edu check -l pt` fails until it is fixed)") in err.splitlines(), err
    assert (project / "build/es/medicine-basics.html").is_file() and not (project / "build/pt").exists()
    toml.write_text(toml.read_text(encoding="utf-8").replace('in_progress = ["pt"]\n', ""), encoding="utf-8")
    code, _out, err = run(capsys, project, "build", "--format", "html", "-j", "1")  # a language said to be ready
    assert code == 1 and f"{po}:{line}: [pt] translation rejected: " in err, err
    assert ("edu: not published: pt/medicine-basics (a translation missing, unreviewed or rejected: the lines above "
            "name each; `edu build --draft` shows the edition marked, for review only)") in err.splitlines(), err
    toml.write_text(toml.read_text(encoding="utf-8").replace("[tool.edu]\n", '[tool.edu]\nin_progress = ["pt"]\n'),
                    encoding="utf-8")

    code, out, err = run(capsys, project, "check", "-l", "es", "--strict")  # the Spanish translator's gate
    assert code == 0 and "locale/pt/" not in err and not re.search("^pt ", out, re.MULTILINE), err
    assert err.splitlines()[-1] == "edu check: 0 errors, 5 warnings (--strict: 0 of them fail)", err
    assert [x.rsplit(" ", 1)[-1] for x in err.splitlines()[:-1]] == [
        *["[unused-fact]"] * 3, "[clinic-phone]", "[organization-name]"], err  # (the facts are the author's)
    assert "the es pages name the organization in another language" in err  # -l es: not pt's
    assert run(capsys, project, "check", "-l", "de")[0] == 2  # not a language of the project


def test_an_edition_not_translated_yet_is_not_judged_as_a_handout(project: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """A new handout, before its translator starts (or halfway): `edu check` says what is
    untranslated and does not crash, nor call a missing passage a missing "when to call" section."""
    def judged_in_spanish() -> list[str]:
        err = run(capsys, project, "check")[2]
        return [x for x in err.splitlines() if x.startswith("locale/es") and x.endswith(("[when-to-call]",
                                                                                          "[numbered-steps]"))]

    before = judged_in_spanish()  # the fixture's handout has no "when to call" section, in English either: the
    assert before == []           # author's to add, said at the English line, not the translator's
    body = "---\ntitle: {title}\nsummary: A new handout.\naudience: patient\ntopic: example\nreviewed: 2026-12-01\n" \
           "version: 1\nreferences: []\n---\n\n## What to do\n\n{steps}\n"
    new = project / "content/en"
    (new / "brand-new.md").write_text(body.format(title="Brand new", steps="1. Rest.\n2. Drink water."), "utf-8")
    (new / "half-done.md").write_text(body.format(title="Half done", steps="1. Wash your hands.\n2. Sit down."),
                                      "utf-8")
    assert run(capsys, project, "update")[0] == 0
    code, out, err = run(capsys, project, "check")
    assert code == 1 and "Traceback" not in err, err  # untranslated entries are errors
    assert re.search(r"^es  brand-new +· 0/\d+ translated", out, re.MULTILINE), out
    assert re.search(r"^es  half-done +· 1/\d+ translated", out, re.MULTILINE), out
    judged = {line.split(":")[0] for line in err.splitlines() if line.endswith("[when-to-call]")}
    assert {"content/en/brand-new.md", "content/en/half-done.md"} <= judged  # the English ones are judged
    assert len(judged_in_spanish()) == len(before), err  # still only that one


def test_a_handout_with_nothing_to_number_or_call_about_can_accept_those_warnings(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A sheet on where to park has no steps to number and nothing to call about: its [numbered-steps]
    and [when-to-call] warnings, at line 1, could not be accepted (`<!-- edu-ok: numbered-steps -->`
    was itself a warning), so `edu check --strict` could never pass. An exception naming them
    anywhere in the handout accepts them; one naming a code with no such warning is still said."""
    parking = project / "content/en/parking.md"
    head = ("---\ntitle: Where can I park?\nsummary: Parking at the clinic.\naudience: patient\ntopic: example\n"
            "reviewed: 2026-12-01\nversion: 1\nreferences: []\n---\n\n")
    body = "## Where is the car park?\n\nThe car park is next to the main door. It is free for patients.\n"
    parking.write_text(head + body, encoding="utf-8")

    def warned() -> list[str]:
        err = run(capsys, project, "check", "-l", "en")[2]
        return [x for x in err.splitlines() if x.startswith("content/en/parking.md") and not x.endswith("[unsigned]")]

    assert sorted(x.rsplit(" ", 1)[-1] for x in warned()) == ["[numbered-steps]", "[when-to-call]"]
    parking.write_text(head + "<!-- edu-ok: numbered-steps, when-to-call -->\n" + body, encoding="utf-8")
    assert warned() == []
    parking.write_text(head + "<!-- edu-ok: numbered-steps, when-to-call, alt -->\n" + body, encoding="utf-8")
    assert warned() == ["content/en/parking.md:11: warning: edu-ok: no [alt] warning in the block below to accept: "
                        "a mistyped code, or a warning fixed since; remove it [edu-ok]"]
    parking.write_text(head + "<!-- edu-ok: numbered-steps, when-to-call, passive -->\n" + body, encoding="utf-8")
    assert warned() == ["content/en/parking.md:11: warning: edu-ok: no [passive] warning in the block below to "
                        "accept: a mistyped code, or a warning fixed since; remove it [edu-ok]"]
    assert "edu-ok" not in (run(capsys, project, "build", "-l", "en", "--format", "html")[2])
    assert "edu-ok" not in (project / "build/en/parking.html").read_text(encoding="utf-8")


def test_a_skipped_heading_level_or_a_second_top_heading_is_a_warning(project: Path,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    """Screen-reader users move through a page by heading level (axe's heading-order); the title is the h1."""
    handout = project / "content/en/medicine-basics.md"
    text = handout.read_text(encoding="utf-8")
    handout.write_text(text.replace("## How do I give the shot?", "#### How do I give the shot?")
                       + "\nMore\n====\n\n## Fine\n", encoding="utf-8")
    lines = handout.read_text(encoding="utf-8").splitlines()
    err = run(capsys, project, "check")[2]
    assert [line for line in err.splitlines() if "[heading-level]" in line] == [
        f"content/en/medicine-basics.md:{lines.index('#### How do I give the shot?') + 1}: warning: #### after # "
        "skips a level (screen-reader users move through a page by heading level): write ## [heading-level]",
        f"content/en/medicine-basics.md:{lines.index('More') + 1}: warning: a second top-level heading (#): the "
        "title is the page's; start the sections at ## [heading-level]"]


def test_a_translation_longer_than_its_original_asks_the_author_for_a_heading(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """140 English words under one heading are fine; their Spanish, 160, are not (at most 150). The
    warning was at the translator's .po line, who cannot add a heading: it is at the handout's line,
    and `edu check -l es --strict` (the translator's gate) passes."""
    sentence = ("Drink water with each meal and keep a bottle near you during the day.",
                "Beba agua con cada comida y tenga una botella cerca de usted durante todo el día.")
    page = project / "content/en/water.md"
    page.write_text(front_matter("Water", "Drink enough.") + "\n## What to do\n\n" + f"{sentence[0]}\n\n" * 10,
                    encoding="utf-8")
    assert run(capsys, project, "update")[0] == 0
    po = project / PO
    text = po.read_text(encoding="utf-8")
    for words in (("Water", "Agua"), ("Drink enough.", "Beba lo suficiente."), ("What to do", "Qué hacer"), sentence):
        text = text.replace(f'msgid "{words[0]}"\nmsgstr ""', f'msgid "{words[0]}"\nmsgstr "{words[1]}"')
    po.write_text(text, encoding="utf-8")
    code, _out, err = run(capsys, project, "check")
    gap = [x for x in err.splitlines() if x.endswith("[heading-gap]")]
    assert gap == ["content/en/water.md:13: warning: 160 words without a heading (max 150): add a heading (in the es "
                   "edition, whose translation is longer than the original) [heading-gap]"], err
    code, _out, err = run(capsys, project, "check", "-l", "es", "--strict")
    assert code == 0, err


def test_a_handout_past_its_review_date_is_a_warning_where_its_date_is(project: Path,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    """review_months: every handout prints when it is due for review; `edu check` says which are due."""
    toml = project / "pyproject.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace("[tool.edu]\n", "[tool.edu]\nreview_months = 12\n"),
                    encoding="utf-8")
    handout = project / "content/en/medicine-basics.md"
    text = handout.read_text(encoding="utf-8").replace("reviewed: 2026-11-20", f"reviewed: {TODAY}")
    handout.write_text(text, encoding="utf-8")  # reviewed today: not due (whatever day the suite runs)
    assert run(capsys, project, "update")[0] == 0
    assert not [line for line in run(capsys, project, "check")[2].splitlines() if "[review-due]" in line]
    handout.write_text(text.replace(f"reviewed: {TODAY}", "reviewed: 2020-01-31"), encoding="utf-8")
    assert run(capsys, project, "update")[0] == 0
    code, _out, err = run(capsys, project, "check")
    assert [line for line in err.splitlines() if "[review-due]" in line] == [
        "content/en/medicine-basics.md:6: warning: due for review since 2021-01-31: have a clinician review it, then "
        "run `edu signoff content/en/medicine-basics.md --by NAME` (with --renew if nothing changed), which sets "
        "`reviewed` to that day and raises `version` if the text changed [review-due]"]
    assert code == 0  # a warning: the handout is still published
    code, _out, err = run(capsys, project, "build", "--format", "html")  # staff who only build hear it too
    assert code == 0 and "content/en/medicine-basics.md:6: warning: due for review since 2021-01-31: " in err, err
    handout.write_text(text.replace(f"reviewed: {TODAY}", "reviewed: 2020-01-31\nnext_review: 2999-01-01"),
                       encoding="utf-8")
    assert not [line for line in run(capsys, project, "check")[2].splitlines() if "[review-due]" in line]


def test_a_topic_a_long_index_would_show_by_its_slug_in_another_language_is_named(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The Spanish index of a long list lists topics: one without a Spanish name shows English-like
    words ("Heart failure"), which `edu check` says once per language, at [tool.edu.topics]."""
    from edu.listing import LETTERS_FROM

    topics = ["metformin", "heart-failure", "zinc"] + ["insulin"] * (LETTERS_FROM - 4)
    for n, topic in enumerate(topics):
        (project / f"content/en/t{n}.md").write_text(front_matter(f"Handout {n}").replace(
            "topic: example", f"topic: {topic}"), encoding="utf-8")
    with (project / "pyproject.toml").open("a", encoding="utf-8") as config:
        config.write('\n[tool.edu.topics]\nmetformin = { en = "Metformin", es = "Metformina" }\nzinc = "Zinc"\n')
    _code, out, err = run(capsys, project, "check")
    named = [line for line in (out + err).splitlines() if line.endswith("[topic-name]")]
    assert named == ["pyproject.toml:7: warning: the es index lists topics, and 3 topics have no name in es: example, "
                     "heart-failure, insulin (shown as the slug's words: 'Example'); name them in [tool.edu.topics], "
                     'example = "…" for every language or example = { en = "…", es = "…" } [topic-name]']


def test_a_handout_written_in_spanish_has_its_punctuation_checked(project: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """"## ¿Qué debo traer" (no "?") passed in a Spanish original, while the same in a Spanish
    translation is an error. In the original it is a warning: the author's to decide."""
    handout = project / "content/es/caso-breve.md"
    handout.write_text(handout.read_text(encoding="utf-8") + "\n¿Qué debo traer a la cita\n", encoding="utf-8")
    line = len(handout.read_text(encoding="utf-8").splitlines())
    _code, _out, err = run(capsys, project, "check")
    assert (f"content/es/caso-breve.md:{line}: warning: Spanish punctuation: '¿' is not closed in its sentence; end "
            "that part with '?' [spanish-punct]") in err


def test_a_dose_written_with_a_trailing_zero_is_refused_and_another_value_warned_of(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """facts.yaml: "1.0 mg" is on the Joint Commission's "Do Not Use" list (read as 10 mg) and the
    sheet prints the digits written: a dose (a mass or volume alone) is refused, with the line and
    the fix; another value with a unit ("30.0 mL/min") is a warning, as its zero may give a
    measurement's precision (a lab value). 0.67 mL is fine."""
    facts = project / "content/facts.yaml"
    text = facts.read_text(encoding="utf-8")
    assert run(capsys, project, "update")[0] == 0
    assert "[dose-notation]" not in run(capsys, project, "check")[2]
    facts.write_text(text.replace("value: 30\n", "value: '30.0'\n", 1), encoding="utf-8")
    code, _out, err = run(capsys, project, "check")
    line = text.splitlines().index("crcl:") + 1
    assert [line for line in err.splitlines() if "[dose-notation]" in line] == [
        f"content/facts.yaml:{line}: warning: crcl is written 30.0 (milliliter): a trailing zero is on the Joint "
        "Commission's \"Do Not Use\" list (30.0 is misread as 300); write 30 unless the zero gives a "
        "measurement's precision (a lab value) [dose-notation]"]
    assert code == 0
    code, _out, err = run(capsys, project, "build", "--format", "html")
    assert code == 0 and f"content/facts.yaml:{line}: warning: crcl is written 30.0 (milliliter)" in err, err
    facts.write_text(text.replace("value: 100\n", "value: '100.0'\n", 1), encoding="utf-8")
    refused = ("content/facts.yaml:2: fact dose: 100.0 (milligram) has a trailing zero, on the Joint Commission's "
               "\"Do Not Use\" list for doses (100.0 is misread as 1000): write 100")
    code, _out, err = run(capsys, project, "check")
    assert code == 1 and refused.replace(": fact", ": error: fact", 1) + " [source]" in err.splitlines(), err
    code, _out, err = run(capsys, project, "build")
    assert code == 1 and refused in err.splitlines(), err
    assert "100.0" not in (project / "build/en/medicine-basics.html").read_text(encoding="utf-8")


def test_an_invisible_character_in_a_handout_or_a_translation_is_named_where_it_is(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A soft hyphen pasted from a word processor: a warning at its line (in a number or dose: an error
    at segmenting, in the source; in a translation, an error that keeps it from being published)."""
    handout = project / "content/es/caso-breve.md"
    handout.write_text(handout.read_text(encoding="utf-8") + "\nLlame a su equi\u00adpo.\n", encoding="utf-8")
    line = len(handout.read_text(encoding="utf-8").splitlines())
    po = project / "locale/es/LC_MESSAGES/from-en.po"
    po.write_text(po.read_text(encoding="utf-8").replace('msgstr "Limpie la piel."', 'msgstr "Limpie la\u200b piel."'),
                  encoding="utf-8")
    code, _out, err = run(capsys, project, "check")
    invisible = [x for x in err.splitlines() if x.endswith("[invisible]")]
    assert invisible == [
        f"content/es/caso-breve.md:{line}: warning: invisible character U+00AD SOFT HYPHEN in \"Llame a su "
        "equi⟨U+00AD⟩po.\": the page shows nothing, but a search for the word misses it and a screen reader may read "
        'the word split; retype "equipo." to remove it [invisible]',
        f"locale/es/LC_MESSAGES/from-en.po:{po_line(po, 'Clean the skin.')}: warning: invisible character U+200B "
        'ZERO WIDTH SPACE in "Limpie la⟨U+200B⟩ piel.": the page shows nothing, but a search for the word misses it '
        'and a screen reader may read the word split; retype "la" to remove it [invisible]'], err
    assert code == 1  # the new sentence is not in the catalog yet ([stale]); the invisible ones are warnings
    assert not [x for x in err.splitlines() if " error: " in x and "[stale]" not in x], err


NO_PHONE = "the patient handouts tell patients to call their care team, and the en and es pages print no clinic phone"


def test_a_project_without_a_clinic_phone_is_told_where_to_set_it(project: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """Patient handouts say "call your care team"; the page prints the clinic's phone only when
    [tool.edu.clinic] has one (beside the name): without it `edu check` and the build said nothing."""
    code, _out, err = run(capsys, project, "check")
    assert [x for x in err.splitlines() if x.endswith("[clinic-phone]")] == [
        f'pyproject.toml:1: warning: {NO_PHONE} to call: set phone = "(555) 010-0100" in [tool.edu.clinic], with '
        'name = "…" (a page prints the phone beside the name) [clinic-phone]'], err
    assert code == 0  # a warning: the repository's own library is a template without a clinic
    toml = project / "pyproject.toml"
    text = toml.read_text(encoding="utf-8")
    toml.write_text(text + '\n[tool.edu.clinic]\nname = "North Clinic"\n', encoding="utf-8")
    assert [x for x in run(capsys, project, "check")[2].splitlines() if x.endswith("[clinic-phone]")] == [
        f'pyproject.toml:7: warning: {NO_PHONE} to call: set phone = "(555) 010-0100" in [tool.edu.clinic] '
        "[clinic-phone]"]
    toml.write_text(text + '\n[tool.edu.clinic]\nphone = "555-0100"\n', encoding="utf-8")
    assert [x for x in run(capsys, project, "check")[2].splitlines() if x.endswith("[clinic-phone]")] == [
        f"pyproject.toml:7: warning: {NO_PHONE} to call: a page prints the phone beside the clinic's name: set "
        'name = "…" in [tool.edu.clinic] [clinic-phone]']
    toml.write_text(text + '\n[tool.edu.clinic]\nname = { en = "North Clinic", es = "Clínica Norte" }\n'
                    'phone = "555-0100"\n', encoding="utf-8")
    assert "[clinic-phone]" not in run(capsys, project, "check")[2]


def test_the_build_says_once_that_no_page_prints_a_clinic_phone(project: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    (project / "content/en/second.md").write_text(front_matter("Second") + "\nText.\n", encoding="utf-8")
    assert run(capsys, project, "update")[0] == 0
    code, _out, err = run(capsys, project, "build", "--draft", "--format", "html", "-l", "es")
    assert code == 0, err
    assert [x for x in err.splitlines() if "clinic phone" in x] == [
        "pyproject.toml:1: warning: the patient handouts tell patients to call their care team, and the es pages "
        'print no clinic phone to call: set phone = "(555) 010-0100" in [tool.edu.clinic], with name = "…" (a page '
        "prints the phone beside the name) [clinic-phone]"]


UNREAD_MEANING = ("pyproject.toml:2: warning: {lang}: the negation, comparison, period and count checks have no word "
                  "lists for this language: a reviewer who reads both languages checks that each translation keeps "
                  "the source's meaning (then list it in meaning_reviewed = [\"{lang}\"] of [tool.edu], which ends "
                  "this warning)")


def test_a_language_whose_meaning_the_checks_cannot_read_is_said_once(project: Path,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    """French and Vietnamese were published with "Do not shake it" as "Agitez-la bien" while nothing
    said the meaning checks had no words for them; they have now, and a language without them
    (German) is named once, at `languages`, by `edu check` and by a build of it."""
    add_language(capsys, project, "de", ("en", "es", "de"))
    assert run(capsys, project, "init", "fr")[0] == 0
    toml = project / "pyproject.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace('"de"]', '"de", "fr"]'), encoding="utf-8")
    code, _out, err = run(capsys, project, "check")
    assert [x for x in err.splitlines() if x.endswith("[unchecked-meaning]")] == [
        UNREAD_MEANING.format(lang="de") + " [unchecked-meaning]"], err
    assert code == 1  # the untranslated German entries; the warning itself fails nothing
    assert '"code": "unchecked-meaning"' in run(capsys, project, "check", "--format", "json")[1]
    err = run(capsys, project, "build", "--draft", "--format", "html", "-l", "de", "-l", "fr")[2]
    assert [x for x in err.splitlines() if "no word lists" in x] == [UNREAD_MEANING.format(lang="de")
                                                                     + " [unchecked-meaning]"], err
    assert "no word lists" not in run(capsys, project, "build", "--draft", "--format", "html", "-l", "fr")[2]
    # a reviewer checks German: said once in pyproject.toml, the warning ends (`edu check --strict` can pass)
    toml.write_text(toml.read_text(encoding="utf-8").replace("[tool.edu]\n", '[tool.edu]\nmeaning_reviewed = ["de"]\n'),
                    encoding="utf-8")
    assert "[unchecked-meaning]" not in run(capsys, project, "check")[2]
    toml.write_text(toml.read_text(encoding="utf-8").replace('meaning_reviewed = ["de"]', 'meaning_reviewed = ["it"]'),
                    encoding="utf-8")
    code, _out, err = run(capsys, project, "check")
    assert code == 1 and "[tool.edu] meaning_reviewed: 'it' is not one of the languages" in err, err


def test_a_library_of_clinician_handouts_needs_no_clinic_phone(project: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    handout = project / "content/en/medicine-basics.md"
    handout.write_text(handout.read_text(encoding="utf-8").replace("audience: patient", "audience: clinician"),
                       encoding="utf-8")
    assert "[clinic-phone]" not in run(capsys, project, "check")[2]


def test_the_repositorys_own_library_builds_with_the_clinic_phone_and_sign_off_warnings_once(
        shipped: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The library is a template: it sets no clinic, and its build still passes (exit 0)."""
    code, _out, err = run(capsys, shipped, "build", "--format", "html")
    assert code == 0, err
    toml = (shipped / "pyproject.toml").read_text(encoding="utf-8").splitlines()
    warnings = [x for x in err.splitlines() if "warning" in x]
    changed = [f"content/en/{slug}.md:6: warning: its text changed since it was signed off on {day} (version 1, by "
               "unrecorded (before edu signoff)): every edition now prints the change under the old version line, "
               "marked as changed since that review; have it reviewed, then run `edu signoff "
               f"content/en/{slug}.md --by NAME` [unreviewed-change]"
               for slug, day in (("anakinra-monitoring", "2026-11-20"), ("anakinra-shot-record", "2026-12-06"),
                                 ("anakinra-what-it-is", "2026-11-20"))]
    assert warnings == [*changed,  # the three handouts changed since their sign-off, which a clinician gives
        f"pyproject.toml:{toml.index('[tool.edu.clinic]') + 1}: warning: {NO_PHONE} to call: set phone = "
        '"(555) 010-0100" in [tool.edu.clinic], with name = "…" (a page prints the phone beside the name) '
        "[clinic-phone]"], err


def test_a_handout_that_misses_its_reading_level_names_its_hardest_paragraphs(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """"grade 6.6 misses the target" at the title said nothing of where: the warning names the
    hardest passages by line, each scored alone by the same formula; first those whose rewriting
    moves the score most (words times grades past the target): a short item of one long word
    ranked above a paragraph of many hard words."""
    from edu.readability import score_text

    hard = ("Concomitant administration of immunosuppressive medications necessitates comprehensive "
            "hematological evaluation before initiating therapy and periodically throughout treatment.")
    harder = "Anaphylactic hypersensitivity manifestations."
    handout = project / "content/en/medicine-basics.md"
    handout.write_text(handout.read_text(encoding="utf-8") + f"\n{hard}\n\nRest.\n\n{harder}\n", encoding="utf-8")
    lines = handout.read_text(encoding="utf-8").splitlines()
    scores = {text: score_text(text, "en") for text in (harder, hard)}
    assert scores[harder].fk_grade > scores[hard].fk_grade and scores[harder].words < scores[hard].words
    err = run(capsys, project, "check")[2]
    (warning,) = [x for x in err.splitlines() if x.endswith("[readability]")]
    assert warning.startswith("content/en/medicine-basics.md:2: warning: Flesch-Kincaid grade "), warning
    assert warning.endswith(f"misses the target Flesch-Kincaid grade ≤ 6: shorter sentences, shorter words; hardest: "
                            f"line {lines.index(hard) + 1} (grade {scores[hard].fk_grade:.1f}), line "
                            f"{lines.index(harder) + 1} ({scores[harder].fk_grade:.1f}) [readability]"), warning


def test_a_spanish_handout_names_its_hardest_paragraphs_by_inflesz(project: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    from edu.readability import score_text

    hard = "La administración concomitante de inmunosupresores requiere una evaluación hematológica exhaustiva."
    handout = project / "content/es/caso-breve.md"
    handout.write_text(handout.read_text(encoding="utf-8").replace("audience: clinician", "audience: patient")
                       + f"\n{hard}\n", encoding="utf-8")
    line = len(handout.read_text(encoding="utf-8").splitlines())
    score = score_text(hard, "es").szigriszt_pazos
    err = run(capsys, project, "check")[2]
    (warning,) = [x for x in err.splitlines() if x.startswith("content/es/") and x.endswith("[readability]")]
    assert f"misses the target INFLESZ ≥ 65: shorter sentences, shorter words; hardest: line {line} (INFLESZ " \
           f"{score:.1f})" in warning, warning


def test_a_rejected_entry_two_handouts_print_is_said_once_by_the_build(project: Path,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    """The emergency box's sentence is in two handouts: its rejected translation was printed twice,
    as two things to fix; each edition held back is still named."""
    (project / "content/en/more.md").write_text(front_matter("More", "More about it.") + "> [!warning]\n"
                                                 "> Do not shake the syringe.\n", encoding="utf-8")
    assert run(capsys, project, "update")[0] == 0
    po = project / "locale/es/LC_MESSAGES/from-en.po"
    text = po.read_text(encoding="utf-8")
    for msgid, msgstr in [("More", "Más"), ("More about it.", "Más sobre el tema."),
                          ("Do not shake the syringe.", "Agite la jeringa.")]:
        text = re.sub(rf'(msgid "{re.escape(msgid)}"\nmsgstr )"[^"\n]*"', rf'\1"{msgstr}"', text)
    po.write_text(text, encoding="utf-8")
    code, _out, err = run(capsys, project, "build", "--format", "html", "-j", "1")
    line = po_line(po, "Do not shake the syringe.")
    assert code == 1
    assert len([x for x in err.splitlines() if x.startswith(f"locale/es/LC_MESSAGES/from-en.po:{line}: ")]) == 1, err
    assert {x.split(" ")[3] for x in err.splitlines() if x.startswith("edu: not published:")} == {
        "es/medicine-basics", "es/more"}, err


def test_a_translation_printed_past_the_page_limit_is_told_to_its_translator(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The build says a PDF on three pages at the author's source; `edu check -l es`, the translator's
    command, said nothing. It reads the last build's page counts and says it at the handout's title
    in the catalog (the source's PDF at the source); a PDF changed or removed since is not read."""
    code, _out, err = run(capsys, project, "build", "--format", "pdf", "-j", "1")
    assert code == 0, err
    assert "[pages]" not in run(capsys, project, "check")[2]
    manifest = project / "build/.edu-manifest.json"
    data = json.loads(manifest.read_text(encoding="utf-8"))
    for target in ("es/medicine-basics.pdf", "en/medicine-basics.pdf"):
        data["outputs"][target]["pages"] = 3  # as a longer translation would print
    manifest.write_text(json.dumps(data), encoding="utf-8")
    code, _out, err = run(capsys, project, "check", "-l", "es")
    po = "locale/es/LC_MESSAGES/from-en.po"
    said = [x for x in err.splitlines() if x.endswith("[pages]")]
    assert code == 0 and said == [
        f"{po}:{po_line(project / po, 'What is this medicine?')}: warning: the last build's "
        "build/es/medicine-basics.pdf printed on 3 pages; a patient handout prints on at most 2 (one sheet, both "
        "sides) (medicine-basics, whose title is this entry): shorten its longest translations, or ask its author "
        "to shorten the source (`edu build` tells again) [pages]"], err
    said = [x for x in run(capsys, project, "check")[2].splitlines() if x.endswith("[pages]")]
    assert said[0].startswith("content/en/medicine-basics.md:1: warning: the last build's build/en/medicine-basics.pdf"
                              " printed on 3 pages"), said
    (project / "build/es/medicine-basics.pdf").unlink()
    assert "build/es/" not in run(capsys, project, "check", "-l", "es")[2]


def test_a_translation_that_is_another_languages_word_for_word_is_warned_of(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A Spanish sentence in the Portuguese catalog (pasted from the Spanish, or left by an `edu
    update` before it kept each language's own) passed every check, which compare a translation with
    its source only. A warning at the entry, in both catalogs; a short text ("Lávese las manos." has three words) and
    a reviewed `# edu-ok:other-language` are left alone."""
    add_language(capsys, project, "pt", ("en", "es", "pt"))
    po = project / "locale/pt/LC_MESSAGES/from-en.po"
    text = po.read_text(encoding="utf-8")
    for msgid, msgstr in [("This medicine calms swelling in your joints.",
                           "Este medicamento calma la hinchazón de sus articulaciones."),
                          ("Wash your hands.", "Lávese las manos.")]:
        text = text.replace(f'msgid "{msgid}"\nmsgstr ""', f'msgid "{msgid}"\nmsgstr "{msgstr}"')
    po.write_text(text, encoding="utf-8")
    err = run(capsys, project, "check", "-l", "pt")[2]
    line = po_line(po, "This medicine calms swelling in your joints.")
    assert [x for x in err.splitlines() if x.endswith("[other-language]")] == [
        f"locale/pt/LC_MESSAGES/from-en.po:{line}: warning: this translation is word for word the es catalog's: one "
        "of the two is likely in the other's language; write each in its own (a sentence right in both: "
        "# edu-ok:other-language on each) [other-language]"], err
    err = run(capsys, project, "check", "-l", "es")[2]  # which one is the copy cannot be told: both are said
    assert [x.split(": warning: ")[1][:60] for x in err.splitlines() if x.endswith("[other-language]")] == [
        "this translation is word for word the pt catalog's: one of t"], err
    po.write_text(po.read_text(encoding="utf-8").replace(
        'msgid "This medicine calms', '# edu-ok:other-language\nmsgid "This medicine calms'), encoding="utf-8")
    assert "[other-language]" not in run(capsys, project, "check", "-l", "pt")[2]


def test_an_abbreviation_or_dose_notation_the_translation_keeps_from_its_original_is_the_authors_to_fix(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A clinician summary writes "µg" and "SC" (ISMP: write "mcg", "subcut"); its faithful Spanish
    copied them and `edu check -l es --strict`, the translator's gate, failed for the author's words.
    The author is told at the handout's line (with a clinician's words, not the patient's "under the
    skin"); the translator only of an abbreviation the original does not write. A dose written ".5 mL"
    (no leading zero) is the same: the author's, where the translation copies it."""
    page = project / "content/en/dosing.md"
    page.write_text(front_matter("Dosing", "For clinicians.").replace("audience: patient", "audience: clinician")
                    + "\n## Dose\n\nGive 50 µg SC once.\n\nStop it before discharge.\n\nThen .5 mL if needed.\n",
                    encoding="utf-8")
    assert run(capsys, project, "update")[0] == 0
    po = project / PO
    text = po.read_text(encoding="utf-8")
    for words in (("Dosing", "Dosificación"), ("For clinicians.", "Para profesionales."), ("Dose", "Dosis"),
                  ("Give 50 µg SC once.", "Administre 50 µg SC una vez."),
                  ("Stop it before discharge.", "Suspéndalo antes del d/c."),
                  ("Then .5 mL if needed.", "Luego .5 mL si hace falta.")):
        text = text.replace(f'msgid "{words[0]}"\nmsgstr ""', f'msgid "{words[0]}"\nmsgstr "{words[1]}"')
    po.write_text(text, encoding="utf-8")
    _code, _out, err = run(capsys, project, "check")
    found = sorted(x for x in err.splitlines() if x.endswith(("[abbreviation]", "[dose-notation]")))
    assert found == [
        'content/en/dosing.md:13: warning: "SC" is an error-prone abbreviation (ISMP): write "subcut" or '
        '"subcutaneously" [abbreviation]',
        'content/en/dosing.md:13: warning: "µg" is an error-prone abbreviation (ISMP): write "mcg" [abbreviation]',
        'content/en/dosing.md:17: warning: no leading zero in ".5 mL": write "0.5 mL" [dose-notation]',
        f'{PO.as_posix()}:{po_line(po, "Stop it before discharge.")}: warning: "d/c" is an error-prone abbreviation '
        '(ISMP): write "suspender" or "alta" [abbreviation]',
    ], err
    text = text.replace("antes del d/c.", "antes del alta.")
    po.write_text(text, encoding="utf-8")
    code, _out, err = run(capsys, project, "check", "-l", "es", "--strict")
    assert code == 0, err
