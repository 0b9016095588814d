"""What the site's other web pages tell machines (structured.py), who signed a handout off, and the icon.

A side-by-side page is one MedicalWebPage in both languages, its two editions its parts; an index page
is a CollectionPage whose main entity lists its handouts (an ItemList). A handout's clinical sign-off
(content/signoff.yaml) names its reviewer (reviewedBy) and day (lastReviewed) while the handout is
as signed. None of it on a draft or a 404 page. A project whose templates predate edu's icon is told
so, once, by `edu check` and `edu build`, and its pages get no icon of edu's.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import lxml.html
import pytest
from PIL import Image

from helpers import run
from test_web_structured import SITE, _add, _build, structured_data

HANDOUT = "content/en/medicine-basics.md"
SITE_NAME = {"@type": "WebSite", "name": "Test Clinic Library", "url": "https://example.org/ed/"}
REVIEWER = {"@type": "Person", "name": "Dr. Test Reviewer"}  # the fixture's content/signoff.yaml
HOSTILE = "Dr. </script><script>alert(1)</script> & <!-- Ruiz"


def _scripts(page: Path) -> list[str | None]:
    return [script.get("type") for script in lxml.html.fromstring(page.read_bytes()).xpath("//script")]


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (old, path)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_side_by_side_page_is_one_page_in_both_languages(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Both languages, the original's first; each edition a part, with its own page's address."""
    _add(project, SITE)
    _build(capsys, project)
    [data] = structured_data(project / "build/bilingual/medicine-basics.html")
    assert data == {
        "@context": "https://schema.org", "@type": "MedicalWebPage",
        "name": "What is this medicine? / ¿Qué es este medicamento?",
        "description": "This medicine calms swelling in your joints. / "
                       "Este medicamento calma la hinchazón de sus articulaciones.",
        "inLanguage": ["en", "es"], "audience": {"@type": "Patient"}, "lastReviewed": "2026-11-20",
        "reviewedBy": REVIEWER, "url": "https://example.org/ed/bilingual/medicine-basics.html",
        "hasPart": [{"@type": "MedicalWebPage", "name": "What is this medicine?", "inLanguage": "en",
                     "url": "https://example.org/ed/en/medicine-basics.html"},
                    {"@type": "MedicalWebPage", "name": "¿Qué es este medicamento?", "inLanguage": "es",
                     "url": "https://example.org/ed/es/medicine-basics.html"}],
        "isPartOf": SITE_NAME}
    [case] = structured_data(project / "build/bilingual/caso-breve.html")  # written in Spanish: Spanish first
    assert case["inLanguage"] == ["es", "en"] and case["name"] == "Un caso breve / A short case"
    assert case["audience"] == {"@type": "MedicalAudience", "audienceType": "Clinician"}


def test_a_side_by_side_part_whose_page_the_folder_lacks_names_no_address(
        project: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`edu build -l es` into a new folder holds no English page: the English part names no address
    (it would lead nowhere), as the page's language switcher links none."""
    _add(project, SITE)
    _build(capsys, project, "-l", "es", "-o", str(tmp_path / "es-only"))
    [data] = structured_data(tmp_path / "es-only/bilingual/medicine-basics.html")
    assert data["hasPart"] == [
        {"@type": "MedicalWebPage", "name": "What is this medicine?", "inLanguage": "en"},
        {"@type": "MedicalWebPage", "name": "¿Qué es este medicamento?", "inLanguage": "es",
         "url": "https://example.org/ed/es/medicine-basics.html"}]


def test_without_the_sites_address_a_side_by_side_page_names_no_address(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _build(capsys, project)
    [data] = structured_data(project / "build/bilingual/medicine-basics.html")
    assert "url" not in data and data["isPartOf"] == {"@type": "WebSite", "name": "Test Clinic Library"}
    assert data["hasPart"] == [
        {"@type": "MedicalWebPage", "name": "What is this medicine?", "inLanguage": "en"},
        {"@type": "MedicalWebPage", "name": "¿Qué es este medicamento?", "inLanguage": "es"}]


def test_an_index_page_lists_its_handouts(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """In the order it prints them (patients first, then by title); the home page, every language's."""
    _add(project, SITE)
    _build(capsys, project)
    build = project / "build"
    [spanish] = structured_data(build / "es/index.html")

    def item(n: int, name: str, lang: str, slug: str, audience: dict[str, str]) -> dict[str, object]:
        return {"@type": "ListItem", "position": n,
                "item": {"@type": "MedicalWebPage", "name": name, "inLanguage": lang, "audience": audience,
                         "url": f"https://example.org/ed/{lang}/{slug}.html"}}

    patient, clinician = {"@type": "Patient"}, {"@type": "MedicalAudience", "audienceType": "Clinician"}
    assert spanish == {
        "@context": "https://schema.org", "@type": "CollectionPage", "name": "Folletos",
        "description": "Folletos: ¿Qué es este medicamento?; Un caso breve", "inLanguage": "es",
        "url": "https://example.org/ed/es/index.html",
        "mainEntity": {"@type": "ItemList", "numberOfItems": 2, "itemListElement": [
            item(1, "¿Qué es este medicamento?", "es", "medicine-basics", patient),
            item(2, "Un caso breve", "es", "caso-breve", clinician)]},
        "isPartOf": SITE_NAME}
    [home] = structured_data(build / "index.html")
    assert (home["@type"], home["name"], home["inLanguage"]) == ("CollectionPage", "Handouts / Folletos", ["en", "es"])
    assert home["url"] == "https://example.org/ed/index.html"
    assert home["mainEntity"]["itemListElement"] == [
        item(1, "What is this medicine?", "en", "medicine-basics", patient),
        item(2, "A short case", "en", "caso-breve", clinician),
        item(3, "¿Qué es este medicamento?", "es", "medicine-basics", patient),
        item(4, "Un caso breve", "es", "caso-breve", clinician)]
    for path in ("404.html", "es/404.html"):
        assert structured_data(build / path) == [], path


def test_a_draft_build_gives_no_page_structured_data(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`edu build --draft`: pages search engines must not index (noindex), the index pages and the
    side-by-side pages too."""
    _add(project, SITE)
    _build(capsys, project, "--draft")
    for path in ("index.html", "es/index.html", "bilingual/medicine-basics.html", "en/caso-breve.html"):
        page = project / "build" / path
        assert 'name="robots" content="noindex"' in page.read_text(encoding="utf-8"), path
        assert structured_data(page) == [], path


def test_the_clinician_who_signed_it_off_is_its_reviewer(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`edu signoff --by` names who reviewed it: every page of the handout says so, with that day."""
    code, _out, err = run(capsys, project, "signoff", HANDOUT, "--by", "Dr. Ana Ruiz", "--date", "2026-12-01",
                          "--renew")
    assert code == 0, err
    _build(capsys, project)
    for path in ("en/medicine-basics.html", "es/medicine-basics.html", "bilingual/medicine-basics.html"):
        [data] = structured_data(project / "build" / path)
        assert data["reviewedBy"] == {"@type": "Person", "name": "Dr. Ana Ruiz"}, path
        assert data["lastReviewed"] == "2026-12-01", path
    [case] = structured_data(project / "build/es/caso-breve.html")  # the other handout's record: its own reviewer
    assert (case["reviewedBy"], case["lastReviewed"]) == (REVIEWER, "2026-11-18")


def test_no_reviewer_without_a_record_of_one(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """No content/signoff.yaml (a new project), or a review recorded before edu recorded reviewers:
    the front matter's day, and no name."""
    (project / "content/signoff.yaml").unlink()
    _build(capsys, project)
    [data] = structured_data(project / "build/en/medicine-basics.html")
    assert "reviewedBy" not in data and data["lastReviewed"] == "2026-11-20"
    (project / "content/signoff.yaml").write_text("medicine-basics:\n  by: unrecorded (before edu signoff)\n"
                                                  "  facts:\n    dose: 100 mg\n    isr: 71%\n  reviewed: 2026-11-20\n"
                                                  "  text: 4b139498b553e429\n  version: 2\n", encoding="utf-8")
    _build(capsys, project)
    [data] = structured_data(project / "build/en/medicine-basics.html")
    assert "reviewedBy" not in data and data["lastReviewed"] == "2026-11-20"


def test_a_handout_changed_since_its_signoff_names_no_reviewer(project: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    """A dose changed in facts.yaml after the sign-off: the page says "not yet reviewed by a clinician";
    its data names no one who reviewed what it prints now, and keeps the day of the last review."""
    _replace(project / "content/facts.yaml", "value: 100", "value: 150")
    _build(capsys, project)
    page = project / "build/en/medicine-basics.html"
    assert "not yet reviewed by a clinician" in page.read_text(encoding="utf-8")
    [data] = structured_data(page)
    assert "reviewedBy" not in data and data["lastReviewed"] == "2026-11-20"
    [data] = structured_data(project / "build/bilingual/medicine-basics.html")
    assert "reviewedBy" not in data


def test_a_hostile_reviewer_and_organization_end_no_script(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A reviewer's name given to `edu signoff --by` and an organization's name reach the JSON-LD of
    the handout, side-by-side and index pages as written, in one script each that nothing ends early."""
    name = "Clinic </script><script>alert(2)</script> & <!-- co"
    _replace(project / "pyproject.toml", '"Test Clinic Library"', json.dumps(name))
    code, _out, err = run(capsys, project, "signoff", HANDOUT, "--by", HOSTILE, "--renew")
    assert code == 0, err
    _add(project, SITE)
    _build(capsys, project)
    build = project / "build"
    for path in ("en/medicine-basics.html", "bilingual/medicine-basics.html", "index.html", "es/index.html"):
        page = build / path
        assert _scripts(page) == ["application/ld+json"], path
        [data] = structured_data(page)
        assert data["isPartOf"]["name"] == name, path
        text = page.read_text(encoding="utf-8")
        script = text[text.index('<script type="application/ld+json">'):]
        assert "alert" in script and not re.search(r"[&<>]", script[35:script.index("</script>")]), path
    for path in ("en/medicine-basics.html", "bilingual/medicine-basics.html"):
        assert structured_data(build / path)[0]["reviewedBy"] == {"@type": "Person", "name": HOSTILE}, path


def test_index_and_side_by_side_data_are_the_same_bytes_each_build(
        project: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    _add(project, SITE)
    _build(capsys, project)
    _build(capsys, project, "-o", str(tmp_path / "other"))
    for path in ("index.html", "es/index.html", "bilingual/medicine-basics.html", "bilingual/caso-breve.html"):
        assert (project / "build" / path).read_bytes() == (tmp_path / "other" / path).read_bytes(), path


ICON_WARNING = ("templates/favicon.svg:1: warning: the web pages link no site icon (a blank browser tab and bookmark): "
                "put the organization's icon here (an SVG; or templates/favicon.ico), or copy edu's, which "
                "`edu new FOLDER` writes to FOLDER/templates/favicon.svg [site-icon]")


def _icon_lines(err: str) -> list[str]:
    return [line for line in err.splitlines() if "site-icon" in line]


def test_templates_from_before_the_icon_are_told_once(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`edu check` and `edu build` say it in one line each; the pages link no icon (none of edu's on a
    hospital's site); a second build says it again (a warning of the project, not of the build)."""
    (project / "templates/favicon.svg").unlink()
    code, _out, err = run(capsys, project, "check")
    assert code == 0 and _icon_lines(err) == [ICON_WARNING], err
    code, out, _err = run(capsys, project, "check", "--format", "json")
    found = [p for p in json.loads(out)["general"] if p["code"] == "site-icon"]
    assert [(p["path"], p["line"], p["severity"]) for p in found] == [("templates/favicon.svg", 1, "warning")]
    err = _build(capsys, project)
    assert _icon_lines(err) == [ICON_WARNING], err
    assert _icon_lines(_build(capsys, project)) == [ICON_WARNING]
    build = project / "build"
    for path in ("index.html", "es/medicine-basics.html", "bilingual/medicine-basics.html"):
        assert 'rel="icon"' not in (build / path).read_text(encoding="utf-8"), path
    assert not list((build / "assets").glob("favicon*"))


def test_a_project_with_its_own_icon_is_not_warned(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """edu's icon (the fixture's templates are edu's), or a project's favicon.ico in its place."""
    _code, _out, err = run(capsys, project, "check")
    assert not _icon_lines(err), err
    (project / "templates/favicon.svg").unlink()
    Image.new("RGB", (16, 16), "navy").save(project / "templates/favicon.ico", format="ICO")
    _code, _out, err = run(capsys, project, "check")
    assert not _icon_lines(err), err
    assert not _icon_lines(_build(capsys, project))


def test_a_first_signoff_on_the_day_the_handout_says_names_its_reviewer_at_the_next_build(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Signed off on the day its front matter already says: no word of a page changes but its reviewer,
    and the next build makes its web pages again (they were kept, naming no one)."""
    record = project / "content/signoff.yaml"
    record.write_text(record.read_text(encoding="utf-8").split("medicine-basics:")[0], encoding="utf-8")
    _build(capsys, project)
    [data] = structured_data(project / "build/es/medicine-basics.html")
    assert "reviewedBy" not in data
    code, _out, err = run(capsys, project, "signoff", HANDOUT, "--by", "Dr. Ana Ruiz", "--date", "2026-11-20")
    assert code == 0, err
    _build(capsys, project)
    for path in ("en/medicine-basics.html", "es/medicine-basics.html", "bilingual/medicine-basics.html"):
        [data] = structured_data(project / "build" / path)
        assert data["reviewedBy"] == {"@type": "Person", "name": "Dr. Ana Ruiz"}, path
