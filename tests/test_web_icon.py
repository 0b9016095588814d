"""The site's icon: edu ships one (templates/favicon.svg, which `edu new` copies into a project) that every
web page links, under a name with a digest of its bytes (build/assets/favicon.<digest>.svg); a project's
own file in its place replaces it (test_html.py), and a PDF links none (test_web_structured.py).
"""

from __future__ import annotations

import re
from pathlib import Path

import lxml.html
import pytest

from edu import media
from test_web_structured import SITE, _add, _build

REPO_TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


def test_every_web_page_links_the_shipped_icon(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """templates/favicon.svg (the project's copy of edu's, from `edu new`) is in build/assets/ under
    a digest of its bytes, linked from each web page as an SVG icon; a 404 page links it from the
    site's root (a server shows it at any address)."""
    _add(project, SITE)
    _build(capsys, project)
    build = project / "build"
    shipped = (REPO_TEMPLATES / "favicon.svg").read_bytes()
    for path in ("index.html", "es/index.html", "en/medicine-basics.html", "es/medicine-basics.html",
                 "bilingual/medicine-basics.html", "en/caso-breve.html", "es/404.html", "404.html"):
        [icon] = lxml.html.fromstring((build / path).read_bytes()).xpath('//link[@rel="icon"]')
        assert icon.get("type") == "image/svg+xml", path
        href = icon.get("href")
        assert re.fullmatch(r"(\.\./|/ed/)?assets/favicon\.[0-9a-f]{12}\.svg", href), (path, href)
        file = build / href.removeprefix("/ed/") if href.startswith("/") else (build / path).parent / href
        assert file.read_bytes() == shipped, path


def test_the_shipped_icon_is_a_plain_svg() -> None:
    """Small, no script nor outside file (media's rules for a handout's picture), drawn by itself: no
    text, whose font a browser would have to find."""
    path = REPO_TEMPLATES / "favicon.svg"
    assert media.picture_problem(path) is None
    text = path.read_text(encoding="utf-8")
    assert len(text.encode("utf-8")) < 1024 and "<text" not in text and "href" not in text
