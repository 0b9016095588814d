"""`edu report`: build/report.html shows readability against target, coverage and every open problem."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from helpers import TODAY, run


def test_report_shows_every_edition_target_and_problem(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    po = project / "locale/es/LC_MESSAGES/from-en.po"
    text = po.read_text(encoding="utf-8")
    po.write_text(text.replace('msgid "Clean the skin."', '#, fuzzy\nmsgid "Clean the skin."'), encoding="utf-8")
    code, out, err = run(capsys, project, "report")
    assert code == 0, err
    assert out.strip() == "wrote build/report.html"
    html = (project / "build/report.html").read_text(encoding="utf-8")
    for handout, lang in [("medicine-basics", "en"), ("medicine-basics", "es"), ("caso-breve", "en"),
                          ("caso-breve", "es")]:
        assert re.search(rf'<td role="cell"><span class="cell-label" aria-hidden="true">Handout</span>'
                         rf'(?:<a href="[^"]+">)?{handout}(?:<span class="visually-hidden"> \(\w+\)</span></a>)?'
                         '<br>', html), handout
        assert (f'id="p-{handout}-{lang}"' in html) == (f'href="#p-{handout}-{lang}"' in html)  # links only to lists
    assert "Flesch-Kincaid grade ≤ 6: met" in html
    assert re.search(r'INFLESZ \d+\.\d \(<span lang="es">bastante fácil</span>\)', html)
    assert "14/15 translated, 1 fuzzy" in html
    assert re.search(r"<code>locale/es/LC_MESSAGES/from-en.po:\d+</code> error: .*\[fuzzy\]", html)
    assert '[when-to-call]' in html  # the fixture handout has no "when to call" section
    assert re.search(r"\d+ editions · <span class=\"bad\">1 error</span> · \d+ warnings?</p>", html)


def test_report_is_dated_the_day_it_is_made(project: Path, capsys: pytest.CaptureFixture[str],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """[tool.edu] source_date_epoch keeps .pot headers stable; it must not backdate the report."""
    assert "source_date_epoch = 1763596800" in (project / "pyproject.toml").read_text(encoding="utf-8")
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    run(capsys, project, "report")
    assert f"generated {TODAY.isoformat()}" in (project / "build/report.html").read_text(encoding="utf-8")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # reproducible builds: the date asked for
    run(capsys, project, "report")
    assert "generated 2023-11-14" in (project / "build/report.html").read_text(encoding="utf-8")


def test_report_plans_the_reviews_soonest_first(project: Path, capsys: pytest.CaptureFixture[str],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """A patient-education team plans clinicians' reviews: `edu check` warned only once a handout was
    past its date. The report lists every handout's last and next review, soonest first, marking one
    due within 90 days and one overdue; a handout with no review date comes last and says how to set one."""
    import lxml.html

    handout = project / "content/en/medicine-basics.md"
    text = handout.read_text(encoding="utf-8")
    handout.write_text(text.replace("version: 2\n", "version: 2\nnext_review: 2027-01-10\n"), encoding="utf-8")

    def reviews(day: str) -> list[tuple[list[str], str]]:
        monkeypatch.setenv("SOURCE_DATE_EPOCH", day)  # the report's day
        assert run(capsys, project, "report")[0] == 0
        page = lxml.html.fromstring((project / "build/report.html").read_bytes())
        return [([td.text_content().removeprefix(td.xpath("string(span[@class='cell-label'])")).strip()
                  for td in tr.xpath("td")], tr.xpath("string(td[5]/span[not(@aria-hidden)]/@class)"))
                for tr in page.xpath("//table[@class='reviews']/tbody/tr")]

    assert reviews("1764547200") == [  # 2025-12-01
        (["content/en/medicine-basics.md", "2", "2026-11-20", "2027-01-10", "due in 405 days", SIGNED, UNREVIEWED_ES],
         "ok"),
        (["content/es/caso-breve.md", "1", "2026-11-18", "", "no review date (set review_months or next_review)",
          "signed off by Dr. Test Reviewer on 2026-11-18 (version 1)", "English: no translation review recorded"],
         "muted")]
    assert reviews("1797465600")[0] == (  # 2026-12-17
        ["content/en/medicine-basics.md", "2", "2026-11-20", "2027-01-10", "due in 24 days", SIGNED, UNREVIEWED_ES],
        "soon")
    assert reviews("1800144000")[0] == (  # 2027-01-17
        ["content/en/medicine-basics.md", "2", "2026-11-20", "2027-01-10", "overdue by 7 days", SIGNED, UNREVIEWED_ES],
        "bad")


SIGNED = "signed off by Dr. Test Reviewer on 2026-11-20 (version 2)"  # tests/data/project/content/signoff.yaml
UNREVIEWED_ES = "Spanish: no translation review recorded"  # (no `edu signoff -l es` in it)


def test_report_opens_from_disk_without_network(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, project, "report")
    html = (project / "build/report.html").read_text(encoding="utf-8")
    assert "<script" not in html
    assert not re.search(r'(?:src|href)="(?:https?:)?//', html)
    assert "<svg" in html  # the charts are inline


def test_report_is_not_written_among_someone_elses_files(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "build").mkdir()
    (project / "build/setup.log").write_text("a Python build's log\n", encoding="utf-8")
    code, _out, err = run(capsys, project, "report")
    assert (code, err.strip()) == (2, "edu: build/: the folder holds files edu did not write (setup.log); choose a "
                                   "new or empty folder (a build replaces and removes its own files there)")
    assert [p.name for p in (project / "build").iterdir()] == ["setup.log"]


def test_every_link_of_the_report_leads_somewhere_and_a_stale_entry_counts_for_its_handout(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Handout names linked to problem lists that editions without problems do not have; a sentence
    not yet in the catalog was listed "Not tied to one handout" while its row said "none"."""
    handout = project / "content/en/medicine-basics.md"
    handout.write_text(handout.read_text(encoding="utf-8").replace("Clean the skin.", "Clean the skin well."),
                       encoding="utf-8")
    assert run(capsys, project, "report")[0] == 0
    html = (project / "build/report.html").read_text(encoding="utf-8")
    ids = set(re.findall(r'id="([^"]+)"', html))
    assert all(target in ids for target in re.findall(r'href="#([^"]+)"', html))
    section = html.split('id="p-medicine-basics-es"')[1].split("<h3")[0]
    assert "[stale]" in section and "Clean the skin well." in section


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (old, path)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_text_quoted_from_another_language_is_marked_with_its_language(project: Path,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    """WCAG 3.1.2: "Limpie la la piel" quoted in the English report was read with an English voice.
    A passage the message quotes from a Spanish text carries lang="es"; the message's own words,
    its examples, and a passage in English (the report's language) carry none."""
    import lxml.html

    es_po, en_po = project / "locale/es/LC_MESSAGES/from-en.po", project / "locale/en/LC_MESSAGES/from-es.po"
    _replace(es_po, 'msgstr "Limpie la piel."', 'msgstr "Limpie la la piel."')
    _replace(es_po, 'msgstr "No agite la jeringa."', 'msgstr "Agite la jeringa."')  # quotes examples, not the text
    _replace(en_po, 'msgstr "Odds ratio: {odds}."', 'msgstr "Odds odds ratio: {odds}."')
    _replace(project / "content/es/caso-breve.md", "Aprobado el {approved}.", "Aprobado el día {approved}.")
    assert run(capsys, project, "report")[0] == 0
    page = lxml.html.fromstring((project / "build/report.html").read_bytes())
    assert page.get("lang") == "en"

    def item(code: str, path: str) -> lxml.html.HtmlElement:
        found = [li for li in page.iter("li") if li.text_content().endswith(f"[{code}]")
                 and li.findtext("code").startswith(path)]
        assert len(found) == 1, code
        return found[0]

    def marked(li: lxml.html.HtmlElement) -> list[tuple[str, str]]:
        return [(span.get("lang"), span.text_content()) for span in li.iterfind(".//span[@lang]")]

    doubled = item("doubled", es_po.relative_to(project).as_posix())
    assert marked(doubled) == [("es", "la"), ("es", "la la")]
    assert "the word 'la' is written twice ('la la'): delete one" in doubled.text_content()  # no word lost
    assert marked(item("negation", "locale/es/")) == []
    assert marked(item("doubled", en_po.relative_to(project).as_posix())) == []  # English, as the report
    assert marked(item("stale", "content/es/caso-breve.md")) == [("es", "Aprobado el día {approved}.")]
    bands = [span.text for span in page.iterfind(".//td//span[@lang='es']")]
    assert bands == ["bastante fácil"] * len(bands) and len(bands) == 2  # the INFLESZ band: Spanish words


def test_a_quote_in_a_right_to_left_language_keeps_its_direction() -> None:
    from edu.problems import Problem, quoted
    from edu.report import message_parts

    message = "the word 'هذا' is written twice ('هذا هذا'): delete one"
    problem = Problem("locale/ar/LC_MESSAGES/from-en.po", 3, "warning", "doubled", message,
                      quoted(message, [("اغسل هذا هذا", "ar"), ("Wash this", "en")]))
    assert message_parts(problem) == [("the word '", "", ""), ("هذا", "ar", "rtl"), ("' is written twice ('", "", ""),
                                      ("هذا هذا", "ar", "rtl"), ("'): delete one", "", "")]


def test_a_screen_reader_hears_each_score_once_and_each_problem_link_names_its_edition(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The accessibility audit: the charts repeated the visible words (aria-hidden now); "2 problems"
    links were alike in a links list (each names its handout and language after the visible words,
    WCAG 2.5.3); the problems were in the order the checks ran (by file, then line now); and the
    Spanish words a plain-language warning suggests were read with the English voice."""
    import lxml.html

    es_po = project / "locale/es/LC_MESSAGES/from-en.po"
    _replace(es_po, 'msgstr "Limpie la piel."', 'msgstr "Limpie la piel de la zona subcutánea."')
    _replace(es_po, 'msgstr "Lávese las manos."', 'msgstr "Lávese las las manos."')
    _replace(es_po, 'msgstr "Cada inyección tiene {dose}."', 'msgstr "Cada inyección  tiene {dose}."')
    assert run(capsys, project, "report")[0] == 0
    page = lxml.html.fromstring((project / "build/report.html").read_bytes())
    for svg in page.iter("svg"):
        assert svg.get("aria-hidden") == "true" and svg.get("role") is None and svg.get("aria-label") is None
    links = {a.get("href"): a for a in page.iter("a") if a.text_content()[0].isdigit()}
    named = links["#p-medicine-basics-es"]
    assert re.fullmatch(r"\d+ problems", named.text.strip())  # what the eye sees ...
    assert named.text_content() == f"{named.text} in medicine-basics, Spanish"  # ... starts what the ear hears
    assert named.find("span").get("class") == "visually-hidden"
    section = page.get_element_by_id("p-medicine-basics-es").getnext()
    where = [li.findtext("code").rpartition(":") for li in section.iter("li")]
    assert len(where) >= 3 and where == sorted(where, key=lambda w: (w[0], int(w[2])))
    jargon = next(li for li in section.iter("li") if "debajo de la piel" in li.text_content())
    assert ("es", "debajo de la piel") in [(s.get("lang"), s.text_content()) for s in jargon.iterfind(".//span[@lang]")]
    english = page.get_element_by_id("p-medicine-basics-en").getnext()  # the original lacks it: the author's
    sections = next(li for li in english.iter("li") if li.text_content().endswith("[when-to-call]"))
    assert sections.find(".//span[@lang]") is None  # 'no "when to call" heading': the report's own English


def test_a_build_says_when_the_report_in_its_folder_is_older_than_what_it_builds(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """build/report.html is made by `edu report` only: after an edit and a build, the QA lead opened
    a report of the text before it, with nothing to say so. A build (a no-op one too) warns until
    `edu report` makes it again; a folder without a report says nothing."""
    stale = ("edu: warning: report.html in the build folder is an earlier `edu report`'s, of other content, "
             "catalogs or settings than this build's: run `edu report` to make it again")
    err = run(capsys, project, "build", "--format", "html", "-j", "1")[2]
    assert "report.html" not in err
    assert run(capsys, project, "report")[0] == 0
    assert "report.html" not in run(capsys, project, "build", "--format", "html", "-j", "1")[2]
    handout = project / "content/en/medicine-basics.md"
    handout.write_text(handout.read_text(encoding="utf-8").replace("Clean the skin.", "Clean the skin well."),
                       encoding="utf-8")
    err = run(capsys, project, "build", "--format", "html", "-j", "1")[2]
    assert stale in err.splitlines(), err
    assert stale in run(capsys, project, "build", "--format", "html", "-j", "1")[2].splitlines()  # a no-op too
    assert run(capsys, project, "report")[0] == 0
    assert "report.html" not in run(capsys, project, "build", "--format", "html", "-j", "1")[2]
    page = project / "build/report.html"  # one an older edu made names no inputs
    page.write_text(re.sub(r'<meta name="edu-inputs"[^>]*>', "", page.read_text(encoding="utf-8")), encoding="utf-8")
    assert stale in run(capsys, project, "build", "--format", "html", "-j", "1")[2].splitlines()
