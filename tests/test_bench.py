"""The benchmark's own inputs stay sound: a synthetic library (bench/synth.py) builds every edition,
so `make bench` times the whole work (a Babel upgrade once left half of it unpublished, silently)."""

from __future__ import annotations

import sys
from pathlib import Path

import lxml.html
import pytest

from conftest import REPO
from helpers import run

sys.path.insert(0, str(REPO / "bench"))
from html_stages import main as html_stages
from synth import make_library, marker


def test_a_synthetic_library_publishes_every_edition_with_its_own_entries(tmp_path: Path,
                                                                           capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "lib"
    count = make_library(REPO, root, 2)
    real = len(list((REPO / "content").glob("*/*.md")))
    assert count == 2 * real
    code, _out, err = run(capsys, root, "build", "--format", "html", "-o", str(tmp_path / "out"))
    assert code == 0, err
    assert "edu: not published:" not in err
    assert "[unsigned]" not in err and "[unreviewed-change]" not in err  # signed off as a real library is
    pages = sorted((tmp_path / "out").glob("*/*-c[01].html"))
    assert len(pages) == 2 * count  # every handout in both languages
    page = lxml.html.parse(str(tmp_path / "out/es/anakinra-risks-c1.html"))
    for nav in page.xpath("//nav[@class='related']"):  # the other handouts of the topic: every copy's
        nav.getparent().remove(nav)
    es = lxml.html.tostring(page, encoding="unicode")
    assert marker(1).strip() in es and marker(0).strip() not in es  # copy 1: its own entries, translated


def test_the_stage_timer_makes_every_page(tmp_path: Path) -> None:
    root = tmp_path / "lib"
    real = len(list((REPO / "content").glob("*/*.md")))
    count = make_library(REPO, root, 2, real + 1)  # a library of a set size: copy 1 of the first handout only
    assert count == real + 1 and len(list((root / "content").glob("*/*-c1.md"))) == 1
    stages = html_stages(root)
    assert stages["pages_made"] == 2 * count
    assert set(stages) == {"imports", "load", "localize", "fingerprint", "pages", "pages_made"}
