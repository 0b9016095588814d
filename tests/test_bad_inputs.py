"""The folder of bad inputs: each file in tests/data/bad, dropped into the tiny library, makes `edu build` fail
with exactly one line, ``path:line: message``, no traceback and nothing written; but a catalog: it holds
back only the editions that need it (the rest is built), with the same located line."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from helpers import run, word_list_line

BAD = Path(__file__).parent / "data" / "bad"
EN_PO = "locale/es/LC_MESSAGES/from-en.po"

# bad file -> (where it goes in the project, reported line, start of the message)
CASES: dict[str, tuple[str, int, str]] = {
    # front matter
    "frontmatter-missing.md": ("content/en/frontmatter-missing.md", 1,
                               "missing front matter: the file must start with a `---` line"),
    "frontmatter-not-closed.md": ("content/en/frontmatter-not-closed.md", 1,
                                  "front matter is not closed by a `---` line"),
    "frontmatter-bad-date.md": ("content/en/frontmatter-bad-date.md", 6, "reviewed: must be a date written YYYY-MM-DD"),
    "frontmatter-impossible-date.md": ("content/en/frontmatter-impossible-date.md", 6,
                                       "reviewed: 2026-02-30 is no date (day is out of range for month)"),
    "frontmatter-unknown-key.md": ("content/en/frontmatter-unknown-key.md", 8, "unknown front-matter key 'author'"),
    "frontmatter-missing-key.md": ("content/en/frontmatter-missing-key.md", 1, "front matter is missing 'audience'"),
    "frontmatter-bad-audience.md": ("content/en/frontmatter-bad-audience.md", 4,
                                    "audience: must be one of patient, clinician"),
    "frontmatter-bad-version.md": ("content/en/frontmatter-bad-version.md", 7,
                                   "version: must be a whole number, 1 or more"),
    "frontmatter-next-review-before-reviewed.md": ("content/en/frontmatter-next-review-before-reviewed.md", 8,
                                                   "next_review: 2025-11-20 is not after reviewed (2026-11-20)"),
    "frontmatter-references-not-list.md": ("content/en/frontmatter-references-not-list.md", 8,
                                           "references: must be a list of reference keys"),
    "frontmatter-mistyped-reference.md": ("content/en/frontmatter-mistyped-reference.md", 8,
                                          "unknown reference 'labl': did you mean 'label'?"),
    "frontmatter-unknown-reference.md": ("content/en/frontmatter-unknown-reference.md", 8,
                                         "unknown reference 'nowhere': add it to content/references.yaml"),
    # YAML syntax in front matter: lines are file lines, after the opening ---
    "yaml-unclosed-quote.md": ("content/en/yaml-unclosed-quote.md", 2,
                               "invalid YAML: found unexpected end of stream while scanning a quoted scalar"),
    "yaml-tab-indent.md": ("content/en/yaml-tab-indent.md", 5, "invalid YAML: found character '\\t'"),
    "yaml-duplicate-key.md": ("content/en/yaml-duplicate-key.md", 6, "duplicate key 'title'"),
    "yaml-python-tag.md": ("content/en/yaml-python-tag.md", 5,
                           "invalid YAML value: could not determine a constructor for the tag"),
    # the Markdown body
    "body-unknown-callout.md": ("content/en/body-unknown-callout.md", 14, "unknown callout [!hint]"),
    "body-unclosed-comment.md": ("content/en/body-unclosed-comment.md", 14, "HTML comment is not closed by `-->`"),
    "body-unknown-directive.md": ("content/en/body-unknown-directive.md", 14,
                                  "unknown directive <!-- i18n-contxt: dose -->"),
    "body-unknown-fact.md": ("content/en/body-unknown-fact.md", 14,
                             "unknown fact {dosis}: define it in content/facts.yaml"),
    # a name spelled like another's may be another number ({store_eu_room}, 72 hours, for {store_us_room})
    "body-mistyped-fact.md": ("content/en/body-mistyped-fact.md", 14, "unknown fact {dos}: did you mean {dose} (100 "
                              "mg)? check it is the same fact: it prints that value"),
    "body-fact-unit-twice.md": ("content/en/body-fact-unit-twice.md", 14,
                                '{dose} prints its own unit ("100 mg"): delete the "mg" after it (the page would say '
                                '"100 mg mg")'),
    "body-stray-brace.md": ("content/en/body-stray-brace.md", 14, "a lone { or } is not a fact placeholder"),
    "body-citation-past-the-end.md": ("content/en/body-citation-past-the-end.md", 14,
                                      "[2] cites source 2, but the handout lists 1 (its front matter's `references`)"),
    "body-citation-reversed-range.md": ("content/en/body-citation-reversed-range.md", 14,
                                        "[1–1]: a range of sources runs from the lower number to the higher: "
                                        "write [1]"),
    "body-fact-source-not-cited.md": ("content/en/body-fact-source-not-cited.md", 14,
                                      "{dose} comes from 'label', which this handout's `references` do not list"),
    "body-bad-spec.md": ("content/en/body-bad-spec.md", 14, "{dose:per10}: only a percent fact takes :per10"),
    # file names and encodings
    "slug-bad-name.md": ("content/en/Bad_Name.md", 1, "file name must be a slug"),
    "slug-duplicate.md": ("content/es/medicine-basics.md", 1,
                          "slug 'medicine-basics' is also used by content/en/medicine-basics.md"),
    "encoding-latin1.md": ("content/en/encoding-latin1.md", 14, "not UTF-8 text"),
    # facts and references
    "facts-unknown-unit.yaml": ("content/facts.yaml", 3, "fact dose: unit 'mass-milligramme' is not a CLDR unit: "
                                "did you mean mass-milligram?"),
    "facts-abbreviated-unit.yaml": ("content/facts.yaml", 3, "fact dose: unit 'mg' is not a CLDR unit: did you mean "
                                    "mass-milligram?"),
    "facts-unit-nothing-like.yaml": ("content/facts.yaml", 3, "fact dose: unit 'spoonful' is not a CLDR unit (e.g. "
                                     "mass-milligram, volume-milliliter, duration-hour, temperature-celsius)"),
    "facts-missing-source.yaml": ("content/facts.yaml", 1, "fact dose: source is required"),
    "facts-mistyped-source.yaml": ("content/facts.yaml", 7, "fact isr: unknown source 'labl': did you mean 'label'?"),
    "facts-unknown-source.yaml": ("content/facts.yaml", 7, "fact isr: unknown source 'prescribing-info'"),
    "facts-two-kinds.yaml": ("content/facts.yaml", 1, "fact dose: give exactly one of: value, percent"),
    "facts-bad-range.yaml": ("content/facts.yaml", 2, "fact half_life: range [6, 4]: low must be less than high"),
    "facts-bad-qualifier.yaml": ("content/facts.yaml", 5, "fact crcl: qualifier must be one of lt, le, gt, ge"),
    "facts-not-a-number.yaml": ("content/facts.yaml", 2, "fact volume: '0,67' is not a number"),
    "facts-bad-date.yaml": ("content/facts.yaml", 2,
                            "fact approved: date: 2022-11-31 is no date (day is out of range for month)"),
    "facts-yaml-syntax.yaml": ("content/facts.yaml", 4, "invalid YAML: expected ',' or ']', but got ':' "
                               "(while parsing a flow sequence that starts on line 3)"),
    "references-bad-url.yaml": ("content/references.yaml", 5, "label: url must start with https://"),
    "references-bad-doi.yaml": ("content/references.yaml", 10, "trial: doi must look like 10.1234/abc"),
    "references-empty-journal.yaml": ("content/references.yaml", 9, "trial: journal must be the journal's name"),
    "references-missing-year.yaml": ("content/references.yaml", 1, "label: year is required"),
    # .po syntax
    "po-unterminated.po": (EN_PO, 9, "invalid catalog: a quoted string is not closed"),
    "po-stray-word.po": (EN_PO, 9, "invalid catalog: "),
    "po-bad-keyword.po": (EN_PO, 8, "invalid catalog: not a gettext line"),
    "po-missing-msgstr.po": (EN_PO, 7, "invalid catalog: missing msgstr for msgid 'What is this medicine?'"),
    "po-bad-escape.po": (EN_PO, 8, "invalid catalog: \\á is no escape of gettext's"),
    # templates
    "template-syntax.html": ("templates/handout.html", 4, "template syntax: Expected an expression"),
    "template-unclosed-block.html": ("templates/handout.html", 6,
                                     "template syntax: Encountered unknown tag 'endblock'"),
    "template-undefined.html": ("templates/handout.html", 4, "template: 'no_such_variable' is undefined"),
    "template-missing-include.html": ("templates/handout.html", 4, "template: no such file templates/clinic.css"),
    # settings
    "config-unknown-key.toml": ("pyproject.toml", 5, "[tool.edu] organisation: unknown setting"),
    "config-bad-language.toml": ("pyproject.toml", 2, "[tool.edu] languages: unknown language 'sp'"),
    "config-bad-toml.toml": ("pyproject.toml", 3, "invalid TOML: "),
    "config-bad-review-months.toml": ("pyproject.toml", 5, "[tool.edu] review_months: must be a whole number"),
    "config-bad-timeout.toml": ("pyproject.toml", 5, "[tool.edu] timeout: must be a number of seconds from 1 to 3600"),
    "config-bad-epoch.toml": ("pyproject.toml", 4, "[tool.edu] source_date_epoch: must be a Unix time from 0"),
}


def test_every_bad_file_has_an_expectation() -> None:
    assert sorted(p.name for p in BAD.iterdir()) == sorted(CASES)


@pytest.mark.parametrize("name", sorted(name for name in CASES if not name.endswith(".po")))
def test_a_bad_input_is_one_located_line_and_writes_nothing(project: Path, capsys: pytest.CaptureFixture[str],
                                                            name: str) -> None:
    target, line, message = CASES[name]
    shutil.copyfile(BAD / name, project / target)
    code, out, err = run(capsys, project, "build", "-j", "1")
    assert code == 1, err
    assert out == ""
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith(f"{target}:{line}: {message}"), lines[0]
    assert re.fullmatch(r"[^:\s]+:\d+: \S.*", lines[0]), lines[0]
    assert not (project / "build").exists()


@pytest.mark.parametrize("name", sorted(name for name in CASES if name.endswith(".po")))
def test_a_bad_catalog_is_one_located_line_and_holds_back_only_what_needs_it(
        project: Path, capsys: pytest.CaptureFixture[str], name: str) -> None:
    """The Spanish catalog of English handouts is broken: every Spanish edition needs it (the page
    words are in it), so none is published, nor the side-by-side editions; the English ones are.
    (A broken catalog used to stop the whole build: an urgent dose correction waited on one save.)"""
    target, line, message = CASES[name]
    shutil.copyfile(BAD / name, project / target)
    code, out, err = run(capsys, project, "build", "-j", "1")
    assert (code, out) == (1, "")
    assert "Traceback" not in err
    located = [x for x in err.splitlines() if x.startswith(f"{target}:")]
    assert len(located) == 1 and located[0].startswith(f"{target}:{line}: {message}"), err
    for edition in ("es/medicine-basics", "es/caso-breve"):
        assert f"edu: not published: {edition} (a catalog it needs cannot be read: see above)" in err.splitlines()
    assert "2 editions not published" in err.splitlines()[-1]
    build = project / "build"
    assert (build / "en/medicine-basics.pdf").is_file() and (build / "en/caso-breve.html").is_file()
    assert not (build / "es").exists() and not (build / "bilingual").exists()
    assert 'hreflang="es"' not in (build / "en/medicine-basics.html").read_text(encoding="utf-8")


def test_a_project_without_its_templates_says_where_they_go(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.rmtree(project / "templates")
    code, out, err = run(capsys, project, "build", "-j", "1")
    assert (code, out) == (1, "")
    assert err == ("templates/labels.html: no such file: every page is made from the files in templates/ (copy the "
                   "folder of the edu repository to start)\n")
    assert not (project / "build").exists()


def test_templates_saved_with_a_byte_order_mark_are_read_past_it(project: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """Notepad's "UTF-8 with BOM": labels.html stopped every build with a JSONDecodeError traceback,
    and a page template put an invisible character before <!DOCTYPE html>."""
    for name in ("labels.html", "base.html"):
        template = project / "templates" / name
        template.write_bytes(b"\xef\xbb\xbf" + template.read_bytes())
    code, _out, err = run(capsys, project, "build", "-j", "1", "--format", "html")
    assert code == 0 and "Traceback" not in err, err
    page = (project / "build/es/medicine-basics.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "Lávese las manos." in page


def _without_word(project: Path, word: str) -> None:
    labels = project / "templates/labels.html"
    labels.write_text("".join(line for line in labels.read_text(encoding="utf-8").splitlines(keepends=True)
                              if f'"{word}"' not in line), encoding="utf-8")


def test_a_page_word_the_code_prints_missing_from_the_templates_is_located(project: Path,
                                                                          capsys: pytest.CaptureFixture[str]) -> None:
    _without_word(project, "version")
    code, out, err = run(capsys, project, "build", "-j", "1")
    assert (code, out, err) == (1, "", f'templates/labels.html:{word_list_line(project)}: no page word "version": '
                                       "every edition prints it (`edu new` writes the whole list)\n")
    assert not (project / "build").exists()


def test_a_review_date_with_templates_older_than_it_says_what_to_add(project: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    """A project started by an older `edu new` has its own labels.html, without the review line's word."""
    _without_word(project, "next_review")
    assert run(capsys, project, "build", "-j", "1", "--format", "html")[0] == 0  # no review date: not needed
    toml = project / "pyproject.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace("[tool.edu]\n", "[tool.edu]\nreview_months = 24\n"),
                    encoding="utf-8")
    code, _out, err = run(capsys, project, "build", "-j", "1", "--format", "html")
    assert (code, err) == (1, f'templates/labels.html:{word_list_line(project)}: no page word "next_review": '
                              'a review date is set (review_months or next_review): add "next_review": '
                              '_("Next review %(date)s", date=next_review_text), then `edu update`\n')
