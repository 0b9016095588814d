"""Review of this session's sign-off by sentence (signdiff.py): README.md's example of the
`[unreviewed-change]` warning says what the warning says. With sentences changed, the removed ones
are "1 removed (was on line 22 when signed)" (in_words; test_signoff_sentences), not "1 sentence
removed", which the warning says only when nothing else changed."""

from __future__ import annotations

from pathlib import Path

from edu.signdiff import CHANGED, MOVED, Change, in_words

README = Path(__file__).resolve().parent.parent / "README.md"


def test_the_readme_quotes_the_warning_as_it_is_said() -> None:
    head, detail = in_words([Change("Take 1 tablet a day.", 14, CHANGED), Change("Clean the skin.", 20, MOVED)], [22])
    assert head == "2 sentences changed"
    said = " ".join(README.read_text(encoding="utf-8").split())
    assert f"and {head} since it was signed off" in said
    assert f"{detail}; …" in said, detail
