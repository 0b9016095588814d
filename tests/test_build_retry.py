"""A build never replays a failure: a PDF that failed (the per-document time limit on a loaded
machine, say) is made again by the next build, as make and ninja try a failed target again, while
a folder with nothing failed keeps its no-op."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import run
from test_incremental import _missing_links
from test_interrupted import _links, _watch


def test_a_pdf_that_failed_is_made_by_the_next_plain_build(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A PDF stopped by the time limit was said to fail by every later build of the same inputs (the
    last build's report replayed) until `--force`; now each build tries it again, exits 1 while it
    fails, and once it is made the pages link it and the next build is a no-op again."""
    out, failing = project / "build", "es/medicine-basics-large.pdf"
    with pytest.MonkeyPatch.context() as patch:
        _watch(patch, out, fail=failing)
        code, _out, err = run(capsys, project, "build", "-j", "1")
        assert code == 1 and f"{failing}: no PDF: it took longer than the time limit" in err, err
        code, _out, err = run(capsys, project, "build", "-j", "1")  # tried again: it fails again
        assert code == 1 and f"failed {failing}" in err, err
        assert "1 failed" in err and "0 built" in err
    assert "../es/medicine-basics-large.pdf" not in _links(out / "es/index.html")
    code, _out, err = run(capsys, project, "build", "-j", "1")
    assert code == 0, err
    assert f"built {failing}" in err and "0 failed" in err, err
    assert (out / failing).is_file() and "../es/medicine-basics-large.pdf" in _links(out / "es/index.html")
    assert _missing_links(out) == []
    code, _out, err = run(capsys, project, "build", "-j", "1")
    assert code == 0 and "0 built" in err and "0 failed" in err, err
