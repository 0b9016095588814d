"""Translation sign-off: `edu signoff -l LANG` records who reviewed a handout's translation in
content/signoff.yaml, and `edu check`, `edu report` and `edu build` warn once a msgstr it printed
changed since (in any tool), until a reviewer signs it off again."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import lxml.html
import pytest
import yaml

from helpers import TODAY, run
from test_signoff import _clean, _replace, _warned

HANDOUT = "content/en/medicine-basics.md"
PO = "locale/es/LC_MESSAGES/from-en.po"
RECORD = "content/signoff.yaml"
CHANGED = ("locale/es/LC_MESSAGES/from-en.po:38: warning: the es translation of content/en/medicine-basics.md changed "
           "since Ana Ruiz reviewed it on 2026-12-01: 'Each shot has {dose}.' (this line) and 1 more entry; the es "
           "edition now prints words no reviewer has read: have them reviewed, then run "
           "`edu signoff -l es content/en/medicine-basics.md --by NAME` [unreviewed-translation]")


def _files(project: Path) -> dict[str, bytes]:
    return {p.relative_to(project).as_posix(): p.read_bytes() for folder in ("content", "locale")
            for p in (project / folder).rglob("*") if p.is_file()}


def _sign(project: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    return run(capsys, project, "signoff", "-l", "es", "medicine-basics", "--by", "Ana Ruiz", *args)


def test_an_edited_msgstr_is_warned_of_by_check_and_build_until_the_translation_is_signed_off_again(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A translator's msgstr edited after the review was printed under the same sheet with nothing
    to say the reviewed translation was not the one printed."""
    _clean(project, capsys)  # --strict fails on nothing else (its new sentences signed off by a clinician)
    assert run(capsys, project, "signoff", HANDOUT, "--by", "Dr. Ruiz", "--date", "2026-11-30")[0] == 0
    handout = (project / HANDOUT).read_bytes()
    code, out, err = _sign(project, capsys, "--date", "2026-12-01")
    assert (code, out) == (0, "content/en/medicine-basics.md (es): signed off by Ana Ruiz on 2026-12-01 (its first "
                              "recorded translation review)\n"), err
    assert "commit content/signoff.yaml" in err
    assert (project / HANDOUT).read_bytes() == handout  # a translation has no version line of its own
    data = yaml.safe_load((project / RECORD).read_text(encoding="utf-8"))
    es = data["medicine-basics"]["translations"]["es"]
    assert (es["by"], es["reviewed"], len(es["entries"].split()), len(es["text"])) == (
        "Ana Ruiz", dt.date(2026, 12, 1), 17, 16)
    assert data["medicine-basics"]["version"] == 3 and "translations" not in data["caso-breve"]
    assert run(capsys, project, "check", "--strict")[0] == 0
    _replace(project / PO, 'msgstr "Cada inyección tiene {dose}."', 'msgstr "Cada inyección contiene {dose}."')
    _replace(project / PO, 'msgstr "Lávese las manos."', 'msgstr "Lávese bien las manos."')
    code, _out, err = run(capsys, project, "check")
    assert (code, _warned(err, "unreviewed-translation")) == (0, [CHANGED]), err
    assert run(capsys, project, "check", "--strict")[0] == 1
    assert run(capsys, project, "check", "-l", "es", "--strict")[0] == 1  # the translator's gate
    shutil.rmtree(project / "build", ignore_errors=True)
    code, _out, err = run(capsys, project, "build", "-o", str(project / "fresh"), "--format", "html")
    assert (code, _warned(err, "unreviewed-translation")) == (0, [CHANGED]), err
    assert "Cada inyección contiene" in (project / "fresh/es/medicine-basics.html").read_text(encoding="utf-8")
    code, out, _err = _sign(project, capsys)
    assert (code, out) == (0, f"content/en/medicine-basics.md (es): signed off by Ana Ruiz on {TODAY.isoformat()} "
                              "(2 of its 17 entries new or changed since 2026-12-01)\n")
    code, _out, err = run(capsys, project, "check", "--strict")
    assert code == 0 and "translation" not in err, err


def test_a_review_that_changed_nothing_records_nothing_unless_renewed(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _sign(project, capsys, "--date", "2026-12-01")[0] == 0
    files = _files(project)
    code, out, _err = _sign(project, capsys)
    assert (code, out) == (0, "content/en/medicine-basics.md (es): nothing changed since its translation was reviewed "
                              "on 2026-12-01 by Ana Ruiz: nothing recorded (a review that changed nothing: add --renew "
                              "to record its date)\n")
    assert _files(project) == files
    code, out, _err = _sign(project, capsys, "--renew")
    assert (code, out) == (0, f"content/en/medicine-basics.md (es): signed off by Ana Ruiz on {TODAY.isoformat()} "
                              "(reviewed again, nothing changed since 2026-12-01)\n")


def test_a_clinical_signoff_keeps_the_translation_reviews_and_edits_no_translation(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Signing the English handout off again (a fact changed) must not drop the Spanish review."""
    assert _sign(project, capsys, "--date", "2026-12-01")[0] == 0
    _replace(project / "content/facts.yaml", "value: 100", "value: 150")
    code, out, _err = run(capsys, project, "signoff", HANDOUT, "--by", "Dr. Lee", "--date", "2026-12-02")
    assert (code, out) == (0, "content/en/medicine-basics.md: signed off by Dr. Lee on 2026-12-02 (version 2 -> 3: "
                              "content/facts.yaml changed {dose} from 100 mg to 150 mg)\n")
    record = yaml.safe_load((project / RECORD).read_text(encoding="utf-8"))["medicine-basics"]
    assert (record["by"], record["version"], record["translations"]["es"]["by"]) == ("Dr. Lee", 3, "Ana Ruiz")
    code, _out, err = run(capsys, project, "check")  # a fact is the clinician's: the translation did not change
    assert not _warned(err, "unreviewed-translation") and not _warned(err, "unreviewed-change"), err


@pytest.mark.parametrize(("args", "error"), [
    (("-l", "es", "medicine-basics", "--by", "X", "--date", "2999-01-01"),
     f"content/en/medicine-basics.md:6: --date 2999-01-01 is after today ({TODAY.isoformat()}): a sign-off records a "
     "review that has happened"),
    (("-l", "es", "medicine-basics", "--by", "X", "--date", "2026-11-30"),
     "content/en/medicine-basics.md:6: --date 2026-11-30 is before the last review of its es translation (2026-12-01 "
     "by Ana Ruiz, content/signoff.yaml:26): a review cannot come before the one it follows"),
    (("-l", "es", "caso-breve", "--by", "X"),
     "content/es/caso-breve.md:6: -l es: this handout is written in es, so there is no translation to sign off; its "
     "own review is the clinical one (`edu signoff content/es/caso-breve.md --by NAME`, without -l)"),
    (("-l", "fr", "medicine-basics", "--by", "X"),
     "edu signoff: -l fr: not one of the languages in [tool.edu]: en, es"),
    (("-l", "ES", "medicine-basics", "--by", "X"),
     "edu signoff: -l ES: not one of the languages in [tool.edu]: en, es (write -l es)"),
    (("-l", "es", "medicine-basics", "--by", " "),
     "edu signoff: --by is empty: give the name of the translator or bilingual reviewer who reviewed the "
     "translations"),
])
def test_signoff_l_refuses_and_writes_nothing(project: Path, capsys: pytest.CaptureFixture[str],
                                              args: tuple[str, ...], error: str) -> None:
    assert _sign(project, capsys, "--date", "2026-12-01")[0] == 0
    _replace(project / PO, 'msgstr "Lávese las manos."', 'msgstr "Lávese bien las manos."')
    files = _files(project)
    assert run(capsys, project, "signoff", *args) == (1, "", error + "\n")
    assert _files(project) == files


def test_signoff_l_refuses_a_translation_the_build_would_not_publish_or_with_no_clinical_signoff(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _replace(project / PO, 'msgid "Wash your hands."', '#, fuzzy\nmsgid "Wash your hands."')
    files = _files(project)
    assert _sign(project, capsys) == (1, "", (
        "locale/es/LC_MESSAGES/from-en.po:58: es translation of content/en/medicine-basics.md not signed off: the "
        "build does not publish it (1 error): the translation is marked fuzzy: compare it with the source, correct "
        "it, then remove the 'fuzzy' flag; fix what `edu check -l es` says first\n"))
    _replace(project / PO, '#, fuzzy\nmsgid "Wash your hands."', 'msgid "Wash your hands."')
    (project / RECORD).unlink()
    files = _files(project)
    assert _sign(project, capsys) == (1, "", (
        "content/en/medicine-basics.md:6: -l es: no clinical sign-off recorded for this handout in "
        "content/signoff.yaml: a translation is reviewed against a source a clinician signed off; run "
        "`edu signoff content/en/medicine-basics.md --by NAME` first\n"))
    assert _files(project) == files


def test_a_complete_translation_with_no_review_warns_only_once_its_language_records_reviews(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """No reviewer can be named for the translations made before `edu signoff -l`: until a language
    records its first review, its unreviewed translations are not warned of (nobody could clear it)."""
    shutil.copy(project / HANDOUT, project / "content/en/more-basics.md")  # the same sentences: translated already
    assert run(capsys, project, "update")[0] == 0
    _code, _out, err = run(capsys, project, "check")
    assert not _warned(err, "translation-unsigned"), err
    assert _sign(project, capsys)[0] == 0
    _code, _out, err = run(capsys, project, "check")
    assert _warned(err, "translation-unsigned") == [
        "locale/es/LC_MESSAGES/from-en.po:23: warning: the es translation of content/en/more-basics.md is complete "
        "but no reviewer has signed it off: have a qualified translator or bilingual reviewer read it, then run "
        "`edu signoff -l es content/en/more-basics.md --by NAME` [translation-unsigned]"], err


def test_the_report_names_each_translations_reviewer_and_one_changed_since(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _sign(project, capsys, "--date", "2026-12-01")[0] == 0
    _replace(project / PO, 'msgstr "Lávese las manos."', 'msgstr "Lávese bien las manos."')
    assert run(capsys, project, "report")[0] == 0
    page = lxml.html.fromstring((project / "build/report.html").read_bytes())

    def cell(td: lxml.html.HtmlElement) -> str:
        return " ".join(td.text_content().removeprefix(td.xpath("string(span[@class='cell-label'])")).split())

    rows = {cell(tr[0]): cell(tr[6]) for tr in page.xpath("//table[@class='reviews']/tbody/tr")}
    assert rows == {"content/en/medicine-basics.md": "Spanish: reviewed by Ana Ruiz on 2026-12-01; changed since: "
                                                     "not signed off",
                    "content/es/caso-breve.md": "English: no translation review recorded"}
