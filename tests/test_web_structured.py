"""What a handout's web page tells machines: schema.org JSON-LD (structured.py), and the site's icon.

Each handout's web page carries a MedicalWebPage: its title, language, audience, last clinical review,
the medicine a named topic is, the site it is part of and, with the site's address, its own and its
original's or translations'. The JSON is read back here as a search engine reads it (json.loads of the
script's text). Neither it nor the icon is in a PDF. edu ships an icon (templates/favicon.svg) that
every web page links, under a name with a digest of its bytes; a project's own file replaces it.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import lxml.html
import pytest
from hypothesis import given
from hypothesis import strategies as st

from edu import fingerprint, structured
from helpers import run

SITE = 'site_url = "https://example.org/ed/"\n'
TOPICS = '\n[tool.edu.topics]\nexample = { en = "Examplinib (fictional)", es = "Examplinib (ficticio)" }\n'


def _add(project: Path, text: str, at_end: bool = False) -> None:
    """Settings for [tool.edu] (its table is the file's first), or a table of their own (``at_end``)."""
    pyproject = project / "pyproject.toml"
    old = pyproject.read_text(encoding="utf-8")
    pyproject.write_text(old + text if at_end else old.replace("[tool.edu]\n", "[tool.edu]\n" + text, 1),
                         encoding="utf-8")


def _build(capsys: pytest.CaptureFixture[str], project: Path, *args: str) -> str:
    code, _out, err = run(capsys, project, "build", "--format", "html", "--format", "bilingual", "-j", "1", *args)
    assert code == 0, err
    return err


def structured_data(page: Path | str) -> list[dict[str, Any]]:
    """The JSON-LD of a web page, read as a search engine reads it."""
    html = page.read_text(encoding="utf-8") if isinstance(page, Path) else page
    doc = lxml.html.fromstring(html)
    return [json.loads(script.text) for script in doc.xpath('//script[@type="application/ld+json"]')]


def test_a_handout_page_says_what_it_is_to_search_engines(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """With the site's address: whole addresses, the original's translations and a translation's original."""
    _add(project, SITE)
    _add(project, TOPICS, at_end=True)
    _build(capsys, project)
    build = project / "build"
    site = {"@type": "WebSite", "name": "Test Clinic Library", "url": "https://example.org/ed/"}
    [english] = structured_data(build / "en/medicine-basics.html")
    assert english == {
        "@context": "https://schema.org", "@type": "MedicalWebPage", "name": "What is this medicine?",
        "description": "This medicine calms swelling in your joints.", "inLanguage": "en",
        "audience": {"@type": "Patient"}, "lastReviewed": "2026-11-20",
        "reviewedBy": {"@type": "Person", "name": "Dr. Test Reviewer"},  # content/signoff.yaml's
        "about": {"@type": "Drug", "name": "Examplinib (fictional)"},
        "url": "https://example.org/ed/en/medicine-basics.html",
        "workTranslation": [{"@id": "https://example.org/ed/es/medicine-basics.html"}], "isPartOf": site}
    [spanish] = structured_data(build / "es/medicine-basics.html")
    assert spanish["name"] == "¿Qué es este medicamento?" and spanish["inLanguage"] == "es"
    assert spanish["about"] == {"@type": "Drug", "name": "Examplinib (ficticio)"}  # as the project names it in Spanish
    assert spanish["translationOfWork"] == {"@id": "https://example.org/ed/en/medicine-basics.html"}
    assert "workTranslation" not in spanish and spanish["lastReviewed"] == "2026-11-20"
    [case] = structured_data(build / "en/caso-breve.html")  # a clinicians' handout written in Spanish
    assert case["audience"] == {"@type": "MedicalAudience", "audienceType": "Clinician"}
    assert case["translationOfWork"] == {"@id": "https://example.org/ed/es/caso-breve.html"}
    assert structured_data(build / "es/404.html") == []  # (the index and side-by-side pages: test_web_structured_pages)


def test_without_the_sites_address_the_data_names_no_address(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """No url, no translation links (the head's hreflang links name the other languages' pages), and no
    medicine where the topic is not named in [tool.edu.topics] (a topic may be a visit, not a drug)."""
    _build(capsys, project)
    [data] = structured_data(project / "build/es/medicine-basics.html")
    assert data["isPartOf"] == {"@type": "WebSite", "name": "Test Clinic Library"}
    assert not {"url", "workTranslation", "translationOfWork", "about"} & set(data), data
    assert data["audience"] == {"@type": "Patient"} and data["lastReviewed"] == "2026-11-20"


def test_a_draft_preview_and_a_pdf_carry_no_structured_data(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`edu build --draft` makes pages not for search engines (noindex); a PDF is no web page: neither
    has the JSON-LD, and a PDF links no icon."""
    from test_pdf import print_page

    _add(project, SITE)
    _build(capsys, project, "--draft")
    page = project / "build/es/medicine-basics.html"
    assert 'name="robots" content="noindex"' in page.read_text(encoding="utf-8")
    assert structured_data(page) == []
    printed = print_page(project, "medicine-basics").read_text(encoding="utf-8")
    assert "ld+json" not in printed and 'rel="icon"' not in printed


def test_a_hostile_title_does_not_end_the_script(project: Path) -> None:
    """A title the checks would refuse ("</script>" in a translation), had it reached a page: the
    JSON-LD is one script, its name the title as written, and no second script runs."""
    from edu.build import BuildReport
    from edu.config import load_settings
    from edu.pages import PageMaker
    from edu.pipeline import make_editions
    from edu.project import load_project

    settings = load_settings(project)
    loaded = load_project(settings)
    editions, _inputs = make_editions(loaded, settings.languages, False, BuildReport())
    edition = editions[("medicine-basics", "es")]
    hostile = '¿Qué es </script><script>alert(1)</script><!-- "esto" & \u2028 eso?'
    edition = dataclasses.replace(edition, localized=dataclasses.replace(edition.localized, title=hostile))
    maker = PageMaker(settings, {x: loaded.template_catalog(x) for x in settings.languages}, loaded.references)
    html = maker.handout_page(edition).html
    doc = lxml.html.fromstring(html)
    assert [script.get("type") for script in doc.xpath("//script")] == ["application/ld+json"]
    [data] = structured_data(html)
    assert data["name"] == hostile
    assert doc.xpath("//title")[0].text == hostile


def test_a_hostile_organization_name_does_not_end_the_script(project: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    """The site's name is the project's organization, which no check reads: built, it is JSON all the same."""
    name = "Clinic </script><script>alert(1)</script> & <!-- co"
    pyproject = project / "pyproject.toml"
    pyproject.write_text(pyproject.read_text(encoding="utf-8").replace('"Test Clinic Library"', json.dumps(name)),
                         encoding="utf-8")
    _build(capsys, project)
    page = project / "build/es/medicine-basics.html"
    doc = lxml.html.fromstring(page.read_bytes())
    assert [script.get("type") for script in doc.xpath("//script")] == ["application/ld+json"]
    [data] = structured_data(page)
    assert data["isPartOf"]["name"] == name


@given(st.text())
def test_any_text_reads_back_as_written_and_ends_no_script(text: str) -> None:
    written = structured.script_text({"name": text, "about": {"name": text}})
    assert json.loads(written) == {"name": text, "about": {"name": text}}
    assert not {"<", ">", "&"} & set(written)


def test_the_same_inputs_give_the_same_bytes_and_a_no_op_build_writes_nothing(
        project: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Keys in a fixed order: two builds in two folders write the same page; a second build of one
    folder has nothing to do; the module is among the code a page is made with (a change of it makes
    the pages again)."""
    _add(project, SITE)
    _build(capsys, project)
    _build(capsys, project, "-o", str(tmp_path / "other"))
    for path in ("en/medicine-basics.html", "es/medicine-basics.html", "en/caso-breve.html"):
        assert (project / "build" / path).read_bytes() == (tmp_path / "other" / path).read_bytes(), path
    assert "edu: 0 built," in _build(capsys, project)
    assert Path(structured.__file__) in fingerprint.build_modules()
