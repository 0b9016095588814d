"""Segment stage: what a translator gets (one message per unit, with its file line) and what the renderer
gets back (blocks that rebuild the same HTML)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import markdown
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from edu.content import load_document
from edu.errors import ErrorList, SourceError
from edu.model import Block, Document, FrontMatter, Handout, Segment
from edu.segments import segment_document
from helpers import front_matter

BODY_LINE = 10  # the first body line of every test file
PATH = Path("content/en/doc.md")


def segment(root: Path, body: str) -> Handout:
    (root / PATH).parent.mkdir(parents=True, exist_ok=True)
    (root / PATH).write_text(front_matter() + body, encoding="utf-8")
    return segment_document(load_document(PATH, root))


def rows(handout: Handout) -> list[tuple[str, int, str]]:
    """(kind, file line, text) of every body segment: what the .pot shows a translator."""
    return [(s.kind, s.line, s.text) for b in handout.blocks for s in b.segments]


def source_text(block: Block) -> str:
    """The block rebuilt with every segment in the source language (the identity translation)."""
    return "".join(p if isinstance(p, str) else p.text for p in block.parts)


def to_html(text: str) -> str:
    return markdown.markdown(text, extensions=["tables", "sane_lists"], output_format="html")


def squash(html: str) -> str:
    """Runs of white space as one space (a segment joins its lines, as a browser does), none before a closing tag,
    and Python-Markdown's leaked placeholders ("\x02klzzwxh:0001\x03") without their counter."""
    html = re.sub(r"\x02klzzwxh:\d+\x03", "\x02\x03", html)
    return re.sub(r" (?=</)", "", re.sub(r"\s+", " ", html))


def errors_of(root: Path, body: str) -> list[str]:
    with pytest.raises((SourceError, ErrorList)) as caught:
        segment(root, body)
    error = caught.value
    return [str(e) for e in error.errors] if isinstance(error, ErrorList) else [str(error)]


def test_title_and_summary_are_the_first_segments_with_their_front_matter_lines(tmp_path: Path) -> None:
    handout = segment(tmp_path, "Body text.\n")
    assert [(s.kind, s.line, s.text) for s in handout.segments] == [
        ("title", 2, "A title"), ("summary", 3, "A summary."), ("paragraph", 10, "Body text.")]


def test_each_unit_is_one_segment_at_its_file_line(tmp_path: Path) -> None:
    body = """\
# What is it?

It calms **swelling**
in your [joints](https://example.org).

- A bullet
- Another one,
  wrapped
  - A nested bullet

1. First step
2. Second step

| Test | When |
|---|---|
| Blood test | Before the first dose |

![A syringe](syringe.png)

> A quote
> on two lines.

Closing words.
"""
    assert rows(segment(tmp_path, body)) == [
        ("heading", 10, "What is it?"),
        ("paragraph", 12, "It calms **swelling** in your [joints](https://example.org)."),
        ("item", 15, "A bullet"),
        ("item", 16, "Another one, wrapped"),
        ("item", 18, "A nested bullet"),
        ("item", 20, "First step"),
        ("item", 21, "Second step"),
        ("cell", 23, "Test"), ("cell", 23, "When"),
        ("cell", 25, "Blood test"), ("cell", 25, "Before the first dose"),
        ("alt", 27, "A syringe"),
        ("quote", 29, "A quote on two lines."),
        ("paragraph", 32, "Closing words."),
    ]


def test_items_of_numbered_lists_are_flagged_ordered(tmp_path: Path) -> None:
    handout = segment(tmp_path, "- bullet\n  1. nested step\n\n3. step three\n4) step four\n")
    assert [(s.text, s.ordered) for s in handout.segments[2:]] == [
        ("bullet", False), ("nested step", True), ("step three", True), ("step four", True)]


def test_a_loose_list_keeps_every_item_and_its_line(tmp_path: Path) -> None:
    body = "- one\n\n- two\n\n    more about two\n- three\n\nAfter.\n"
    handout = segment(tmp_path, body)
    assert rows(handout) == [("item", 10, "one"), ("item", 12, "two"), ("item", 14, "more about two"),
                             ("item", 15, "three"), ("paragraph", 17, "After.")]
    assert [b.kind for b in handout.blocks] == ["list", "paragraph"]


def test_table_cells_keep_escaped_pipes_and_empty_cells_are_not_messages(tmp_path: Path) -> None:
    body = "| Dose | Note |\n|:---|---:|\n| 1 \\| 2 | |\n|  | **bold** |\n"
    handout = segment(tmp_path, body)
    assert rows(handout) == [("cell", 10, "Dose"), ("cell", 10, "Note"), ("cell", 12, "1 \\| 2"),
                             ("cell", 13, "**bold**")]
    assert "|:---|---:|\n" in handout.blocks[0].parts  # the separator row stays literal


def test_a_table_without_outer_pipes_is_still_a_table(tmp_path: Path) -> None:
    handout = segment(tmp_path, "Test | When\n--- | ---\nBlood | Before\n")
    assert rows(handout) == [("cell", 10, "Test"), ("cell", 10, "When"), ("cell", 12, "Blood"),
                             ("cell", 12, "Before")]
    assert "<table>" in to_html(source_text(handout.blocks[0]))


def test_headings_give_the_section_of_what_follows(tmp_path: Path) -> None:
    handout = segment(tmp_path, "Intro.\n\n## Dosing ##\n\nTake it.\n\nSide effects\n------------\n\n- Rash\n")
    assert [(s.text, s.section) for s in handout.segments] == [
        ("A title", "A title"), ("A summary.", "A title"), ("Intro.", "A title"),
        ("Dosing", "Dosing"), ("Take it.", "Dosing"), ("Side effects", "Side effects"), ("Rash", "Side effects")]


@pytest.mark.parametrize(
    ("body", "kinds"),
    [
        ("```\nTake {dose}.\n```\n", ["code"]),
        ("~~~~ text\n```\nnot the end\n~~~~\n", ["code"]),
        ("Text.\n\n    indented code\n\n    more code\n", ["paragraph", "code"]),
        ("---\n\n***\n\n- - -\n", ["rule", "rule", "rule"]),
        ("##\n", ["heading"]),
    ],
)
def test_blocks_with_nothing_to_translate_have_no_segments(tmp_path: Path, body: str, kinds: list[str]) -> None:
    handout = segment(tmp_path, body)
    assert [b.kind for b in handout.blocks] == kinds
    assert [s.kind for s in handout.segments] == ["title", "summary", *(["paragraph"] if "Text." in body else [])]


def test_a_rule_after_a_list_is_not_an_item(tmp_path: Path) -> None:
    handout = segment(tmp_path, "- one\n\n* * *\n\n- two\n- - -\n")
    assert [b.kind for b in handout.blocks] == ["list", "rule", "list", "rule"]
    assert rows(handout) == [("item", 10, "one"), ("item", 14, "two")]


def test_callouts_keep_their_kind_and_their_lines(tmp_path: Path) -> None:
    body = "> [!key-points]\n> - Once a day.\n> - With food.\n\n> [!WARNING]\n> Do not shake it.\n"
    handout = segment(tmp_path, body)
    assert [(b.kind, b.callout, b.line) for b in handout.blocks] == [("callout", "key-points", 10),
                                                                      ("callout", "warning", 14)]
    assert rows(handout) == [("item", 11, "Once a day."), ("item", 12, "With food."), ("quote", 15, "Do not shake it.")]
    assert source_text(handout.blocks[1]) == "> [!warning]\n> \n> Do not shake it.\n"
    assert to_html(source_text(handout.blocks[0])) == (
        "<blockquote>\n<p>[!key-points]</p>\n<ul>\n<li>Once a day.</li>\n<li>With food.</li>\n</ul>\n</blockquote>")


KNOWN_CALLOUTS = "(use one of: key-points, warning, emergency, note, IMPORTANT, CAUTION, TIP)"


def test_an_unknown_callout_is_located(tmp_path: Path) -> None:
    assert errors_of(tmp_path, "Text.\n\n> [!hint]\n> Drink water.\n") == [
        f"{PATH}:12: unknown callout [!hint] {KNOWN_CALLOUTS}"]


def test_githubs_alerts_are_the_boxes_that_say_the_same(tmp_path: Path) -> None:
    """An author who previews on GitHub writes [!IMPORTANT], [!CAUTION] or [!TIP]."""
    handout = segment(tmp_path, "> [!IMPORTANT]\n> A.\n\n> [!CAUTION]\n> B.\n\n> [!TIP]\n> C.\n\n> [!NOTE]\n> D.\n")
    assert [b.callout for b in handout.blocks] == ["warning", "warning", "note", "note"]
    assert rows(handout) == [("quote", 11, "A."), ("quote", 14, "B."), ("quote", 17, "C."), ("quote", 20, "D.")]


def test_an_obsidian_callouts_title_is_its_first_line_in_bold(tmp_path: Path) -> None:
    """"> [!warning] Before you call" printed as a quote with "[!warning] Before you call" in it."""
    handout = segment(tmp_path, "> [!warning] Before you call\n> Have your list ready.\n\n> [!note]- Folded\n> - one\n")
    assert [b.callout for b in handout.blocks] == ["warning", "note"]
    assert rows(handout) == [("quote", 10, "**Before you call**"), ("quote", 11, "Have your list ready."),
                             ("quote", 13, "**Folded**"), ("item", 14, "one")]
    assert squash(to_html(source_text(handout.blocks[0]))) == (
        "<blockquote> <p>[!warning]</p> <p><strong>Before you call</strong><br> Have your list ready.</p></blockquote>")


def test_a_reference_style_link_is_refused_where_it_is_defined(tmp_path: Path) -> None:
    """Each block is rendered on its own: "![alt][sites]" would print as written and "[sites]: x.png"
    vanish (or be offered to translators as a sentence, its address unchecked)."""
    body = "![Where to give the shot][sites]\n\n[sites]: images/sites.png\n\nText.\n"
    assert errors_of(tmp_path, body) == [
        f"{PATH}:12: a reference-style link definition ([ref]: target) is not supported: write the target inline "
        "where the link is, [text](target) or ![alt](image.png)"]


def test_a_checklist_box_is_markup_and_its_text_is_the_message(tmp_path: Path) -> None:
    """"- [ ] Bring your card": the translator gets the words, the box stays in the block (it printed
    "[ ] Bring your card", and a translation that dropped the brackets lost the box unseen)."""
    handout = segment(tmp_path, "- [ ] Bring your card.\n- [ ]   Eat first.\n- [1] is a citation.\n")
    assert rows(handout) == [("item", 10, "Bring your card."), ("item", 11, "Eat first."),
                             ("item", 12, "[1] is a citation.")]
    assert source_text(handout.blocks[0]).startswith("- [ ] Bring your card.\n- [ ] Eat first.\n")


def test_a_ticked_box_is_refused_where_it_is_written(tmp_path: Path) -> None:
    assert errors_of(tmp_path, "- [ ] Bring your card.\n- [x] Eat first.\n") == [
        f"{PATH}:11: a ticked box ([x]) in a handout: the boxes are for the reader to tick, write [ ] (or no box)"]


def test_an_invisible_direction_control_in_the_source_is_refused_where_it_is(tmp_path: Path) -> None:
    """Pasted from a word processor, U+202E shows "100 mg" as "gm 001" in the source edition too."""
    assert errors_of(tmp_path, "Line one.\n\nEach shot has \u202e100 mg\u202c.\n") == [
        f"{PATH}:12: invisible direction controls U+202E RIGHT-TO-LEFT OVERRIDE, U+202C POP DIRECTIONAL "
        'FORMATTING: they change the order a reader sees letters and digits in ("100 mg" shown as "gm 001"); '
        "delete them (the page sets each language's direction)"]


def test_an_invisible_character_in_a_number_of_the_source_is_refused_where_it_is(tmp_path: Path) -> None:
    """Pasted from a word processor, a soft hyphen shows "100 mg" whole and a screen reader reads "10 0 mg"."""
    assert errors_of(tmp_path, "Line one.\n\nEach shot has 10\u00ad0 mg.\n") == [
        f"{PATH}:12: invisible character in a number or dose, which the page shows whole but a search or a screen "
        'reader may read split: U+00AD SOFT HYPHEN in "Each shot has 10⟨U+00AD⟩0 mg." (read "10 0"); retype "100" to '
        "remove it"]
    assert segment(tmp_path, "Each medi\u00adcine has 100 mg.\n")  # elsewhere: a warning of `edu check`


def test_an_authors_note_inside_a_sentence_is_left_out(tmp_path: Path) -> None:
    """"Call us <!-- TODO: confirm number --> at 555-0100." printed the note on the patient's page
    and gave it to the translator; GitHub hides it. A note in a code span is code."""
    body = "Call us <!-- TODO: check --> at 555-0100.\n\n- Fever <!-- check\n  with Dr. Lee -->\n- Rash `<!-- x -->`\n"
    assert rows(segment(tmp_path, body)) == [("paragraph", 10, "Call us at 555-0100."), ("item", 12, "Fever"),
                                             ("item", 14, "Rash `<!-- x -->`")]
    assert errors_of(tmp_path, "Call us <!-- never closed.\n") == [
        f"{PATH}:10: HTML comment is not closed by `-->` (it would be printed)"]


def test_a_no_break_space_the_author_typed_stays(tmp_path: Path) -> None:
    """"10\u00a0mg" and "8\u202fa.m." (Word and macOS type them) became plain spaces: the dose could
    part from its unit at the end of a printed line, and the translator never saw them."""
    handout = segment(tmp_path, "Take 10\u00a0mg at 8\u202fa.m.\n\n- Keep 2\u00a0mL\n")
    assert rows(handout) == [("paragraph", 10, "Take 10\u00a0mg at 8\u202fa.m."), ("item", 12, "Keep 2\u00a0mL")]


@pytest.mark.parametrize(("body", "line", "message"), [
    ("Text.\n\n```\ncode\n", 12,
     "this code block is not closed by a ``` line (Python-Markdown would print its backticks and the rest of the "
     "handout as code)"),
    ("Text.\n\nSee [[getting-ready]] first.\n", 12, "'[[getting-ready]]' is a wiki link (Obsidian's), printed as "
     "written: write [the words to show](getting-ready.md)"),
    ("Text.\n\n| Day | Dose |\n|---|---|\n| Mon | 1 tablet | extra |\n", 14,
     "this row has 3 cells and the header 2: the last 1 would not be printed (add a column to the header, or join "
     "them)"),
])
def test_markdown_that_would_print_wrong_is_refused_where_it_is(tmp_path: Path, body: str, line: int,
                                                                message: str) -> None:
    """An unclosed fence printed its backticks, a wiki link its brackets; a row's extra cell vanished
    from the page while its translator still got it."""
    assert errors_of(tmp_path, body) == [f"{PATH}:{line}: {message}"]


def test_strikethrough_is_refused_where_it_is_written(tmp_path: Path) -> None:
    """GitHub's ~~old words~~ reached the page with its tildes (Python-Markdown has no such syntax);
    a handout says what is true now. A tilde in code or a lone "~~" is text."""
    body = "Take ~~two~~ one tablet.\n\nUse `~~x~~` and ~ 5 mL or ~~ here.\n"
    assert errors_of(tmp_path, body) == [
        f"{PATH}:10: '~~two~~' would be printed with its tildes (GitHub's strikethrough is not Markdown a handout "
        "has): leave the old words out"]


def test_html_meant_as_formatting_is_refused_where_it_is_written(tmp_path: Path) -> None:
    """The renderer never lets raw HTML through, so "<u>Do not</u>" reached the patient's page as
    written; "<clinic name>" and a tag in a code span are text and stay as they are."""
    body = ("Call <clinic name> today.\n\n<u>Do not</u> shake it.\n\n- Use `<br>` rarely.\n- Wait&nbsp;here.\n\n"
            "Press <script>x()</script>.\n")
    assert errors_of(tmp_path, body) == [
        f"{PATH}:{line}: {tag!r} would be printed as written (handouts are Markdown, and raw HTML never reaches a "
        "page): use **bold**, *italic*, a list, or the character itself"
        for line, tag in ((12, "<u>"), (17, "<script>"))]


# --- directives ------------------------------------------------------------------------------------

def test_a_note_goes_to_the_next_segment_only(tmp_path: Path) -> None:
    body = "<!-- i18n: shot means injection -->\n<!-- i18n:   keep it\n     short -->\nGive one shot.\n\nThen rest.\n"
    first, second = segment(tmp_path, body).segments[2:]
    assert first.notes == ("shot means injection", "keep it short")
    assert second.notes == ()


def test_a_context_goes_to_the_first_segment_of_the_next_block_only(tmp_path: Path) -> None:
    body = "<!-- i18n-context: dose -->\n- Shot\n- Shot again\n\nShot\n"
    assert [(s.text, s.context) for s in segment(tmp_path, body).segments[2:]] == [
        ("Shot", "dose"), ("Shot again", None), ("Shot", None)]


def test_skip_covers_every_segment_of_the_next_block_and_nothing_after(tmp_path: Path) -> None:
    body = "<!-- i18n-skip -->\n| Brand | Maker |\n|---|---|\n| Kineret | Sobi |\n\nTranslate me.\n"
    assert [(s.text, s.skip) for s in segment(tmp_path, body).segments[2:]] == [
        ("Brand", True), ("Maker", True), ("Kineret", True), ("Sobi", True), ("Translate me.", False)]


def test_skip_covers_a_whole_callout(tmp_path: Path) -> None:
    body = "<!-- i18n-skip -->\n> [!note]\n> First.\n>\n> Second.\n\nTranslate me.\n"
    assert [(s.text, s.skip) for s in segment(tmp_path, body).segments[2:]] == [
        ("First.", True), ("Second.", True), ("Translate me.", False)]


def test_directives_above_a_block_without_text_do_not_leak_to_the_next(tmp_path: Path) -> None:
    body = "<!-- i18n-skip -->\n<!-- i18n: about the code -->\n```\ncode\n```\n\nTranslate me.\n"
    paragraph = segment(tmp_path, body).segments[2]
    assert (paragraph.text, paragraph.skip, paragraph.notes) == ("Translate me.", False, ())


def test_other_comments_vanish_and_text_after_a_comment_is_kept(tmp_path: Path) -> None:
    body = "<!-- an editor's\ncomment -->\nFirst.\n\n<!-- i18n: a note --> Second.\n"
    handout = segment(tmp_path, body)
    assert rows(handout) == [("paragraph", 12, "First."), ("paragraph", 14, "Second.")]
    assert handout.segments[3].notes == ("a note",)
    assert "<!--" not in "".join(source_text(b) for b in handout.blocks)


def test_an_unclosed_comment_is_located(tmp_path: Path) -> None:
    assert errors_of(tmp_path, "Text.\n\n<!-- i18n: a note\n\nMore text.\n") == [
        f"{PATH}:12: HTML comment is not closed by `-->`"]


def test_a_misspelt_directive_is_located(tmp_path: Path) -> None:
    assert errors_of(tmp_path, "Text.\n\n<!-- i18n-contxt: dose -->\nMore.\n") == [
        f"{PATH}:12: unknown directive <!-- i18n-contxt: dose --> (use i18n: note, i18n-context: name or i18n-skip)"]


def test_every_segment_problem_is_reported_at_once(tmp_path: Path) -> None:
    assert errors_of(tmp_path, "> [!hint]\n> A.\n\n> [!info]\n> B.\n") == [
        f"{PATH}:10: unknown callout [!hint] {KNOWN_CALLOUTS}",
        f"{PATH}:13: unknown callout [!info] {KNOWN_CALLOUTS}"]


# --- the identity translation renders exactly what the source renders --------------------------------

IDENTITY = {
    "atx headings": "# One\n\n## Two ##\n\n###### Six\n",
    "setext headings": "Big\n===\n\nSmaller\n-------\n",
    "paragraphs over lines": "It calms **swelling**\nin your *joints*.\n\nSee [a label](https://e.org \"Label\").\n",
    "hard line breaks": "North Clinic  \n1 Main St.  \nSpringfield\n",
    "inline code": "Type `edu build`\nthen wait.\n",
    "bullets": "- one\n- two\n* three\n",
    "nested bullets": "- one\n    - nested\n        - deeper\n- two\n",
    "continuation lines": "- one\n  still one\nlazy one\n- two\n",
    "loose list": "- one\n\n- two\n\n    a second paragraph\n\n- three\n",
    "numbered list": "3. three\n4. four\n    1. nested\n",
    "bullets then numbers": "- one\n\n1. first\n",
    "table": "| A | B |\n|:--|--:|\n| **x** | [y](https://e.org) |\n",
    "table with empty cells": "| A | B | C |\n|---|---|---|\n|  | b |  |\n",
    "table with escaped pipe": "| Expression | Meaning |\n|---|---|\n| a \\| b | a or b |\n",
    "table without outer pipes": "A | B\n--|--\n1 | 2\n",
    "image": "![A syringe](img/syringe.png)\n",
    "block quote": "> Line one\n> line two.\n>\n> Another paragraph.\n",
    "nested quote": "> outer\n>\n> > inner\n",
    "quote with a list": "> Before:\n>\n> - one\n> - two\n",
    "fenced code": "```\n{not a fact}\n```\n",
    "indented code": "Text.\n\n    code line\n\n    more code\n",
    "rules": "Text.\n\n***\n\n___\n\n- - -\n",
    "everything": "# T\n\nPara.\n\n- a\n\n1. b\n\n| x |\n|---|\n| y |\n\n![alt](i.png)\n\n> q\n\n---\n\nEnd.\n",
}


@pytest.mark.parametrize("text", IDENTITY.values(), ids=IDENTITY.keys())
def test_rebuilding_blocks_from_source_segments_renders_the_same_html(tmp_path: Path, text: str) -> None:
    handout = segment(tmp_path, text)
    assert handout.blocks, "nothing was split"
    rebuilt = "\n".join(to_html(source_text(block)) for block in handout.blocks)
    assert squash(rebuilt) == squash(to_html(text))


NESTED_AS_EDITORS_WRITE = {  # (as GitHub, VS Code and Prettier write it, as Python-Markdown needs it)
    "sub-steps under the text (3 spaces)": ("1. Wash your hands.\n   1. Use soap.\n   2. Rinse.\n2. Dry them.\n",
                                            "1. Wash your hands.\n    1. Use soap.\n    2. Rinse.\n2. Dry them.\n"),
    "bullets 2 spaces a level": ("- one\n  - nested\n    - deeper\n- two\n",
                                 "- one\n    - nested\n        - deeper\n- two\n"),
    "back out two levels": ("1. a\n   - b\n     - c\n2. d\n", "1. a\n    - b\n        - c\n2. d\n"),
    "a second paragraph of a step": ("1. Step one.\n\n   More about it.\n\n2. Step two.\n",
                                     "1. Step one.\n\n    More about it.\n\n2. Step two.\n"),
    "a tab": ("- one\n\t- nested\n", "- one\n    - nested\n"),
}


@pytest.mark.parametrize(("written", "needed"), NESTED_AS_EDITORS_WRITE.values(), ids=NESTED_AS_EDITORS_WRITE.keys())
def test_a_nested_list_indented_as_editors_write_it_stays_nested(tmp_path: Path, written: str, needed: str) -> None:
    """Python-Markdown printed "   1. Use soap." as a step of its own (1, 2, 3, 4 for 1, 1.1, 1.2, 2)."""
    handout = segment(tmp_path, written)
    rebuilt = "\n".join(to_html(source_text(block)) for block in handout.blocks)
    assert squash(rebuilt) == squash(to_html(needed))


def test_sub_steps_are_a_list_inside_their_step(tmp_path: Path) -> None:
    handout = segment(tmp_path, NESTED_AS_EDITORS_WRITE["sub-steps under the text (3 spaces)"][0])
    html = squash(to_html(source_text(handout.blocks[0])))
    assert html == ("<ol> <li>Wash your hands.<ol> <li>Use soap.</li> <li>Rinse.</li></ol></li> "
                    "<li>Dry them.</li></ol>")
    assert [(s.line, s.text) for s in handout.segments[2:]] == [
        (10, "Wash your hands."), (11, "Use soap."), (12, "Rinse."), (13, "Dry them.")]


AS_GITHUB_READS_IT = {  # Markdown as authors write it -> what GitHub shows (Python-Markdown alone did not)
    "bullets then numbers": ("- your pen\n- a needle\n1. Wash.\n2. Dry.\n",
                             "<ul> <li>your pen</li> <li>a needle</li></ul> <ol> <li>Wash.</li> <li>Dry.</li></ol>"),
    "numbers then bullets": ("1. Wash your hands.\n- Use soap.\n",
                             "<ol> <li>Wash your hands.</li></ol> <ul> <li>Use soap.</li></ul>"),
    "an item's paragraph, then items": ("- Fever\n\n  Over 100.4 F.\n- Rash\n- Cough\n",
                                        "<ul> <li> <p>Fever</p> <p>Over 100.4 F.</p></li> <li> <p>Rash</p></li> "
                                        "<li>Cough</li></ul>"),
    "numbers with )": ("1) Wash.\n2) Dry.\n", "<ol> <li>Wash.</li> <li>Dry.</li></ol>"),
    "line breaks in an item": ("- Clinic Name  \n  123 Main St.\\\n  Springfield\n",
                               "<ul> <li>Clinic Name<br> 123 Main St.<br> Springfield</li></ul>"),
    "a line that starts with a year": ("We changed it in\n2026. Ask us.\n", "<p>We changed it in 2026. Ask us.</p>"),
    "a table under a sentence": ("Your doses:\n| Day | Dose |\n|---|---|\n| Mon | 1 |\n",
                                 "<p>Your doses:</p> <table> <thead> <tr> <th>Day</th> <th>Dose</th></tr></thead> "
                                 "<tbody> <tr> <td>Mon</td> <td>1</td></tr></tbody></table>"),
    "a table in a step": ("1. Find your dose:\n\n   | Weight | Dose |\n   |---|---|\n   | 50 kg | 100 mg |\n\n"
                          "2. Give the shot.\n",
                          "<ol> <li> <p>Find your dose:</p> <table> <thead> <tr> <th>Weight</th> <th>Dose</th></tr>"
                          "</thead> <tbody> <tr> <td>50 kg</td> <td>100 mg</td></tr></tbody></table></li> <li> "
                          "<p>Give the shot.</p></li></ol>"),
    "a table right under a step's text": ("- Doses:\n  | Day | Dose |\n  |---|---|\n  | Mon | 1 |\n- Then rest.\n",
                                          "<ul> <li> <p>Doses:</p> <table> <thead> <tr> <th>Day</th> <th>Dose</th>"
                                          "</tr></thead> <tbody> <tr> <td>Mon</td> <td>1</td></tr></tbody></table>"
                                          "</li> <li> <p>Then rest.</p></li></ul>"),
}


@pytest.mark.parametrize(("written", "shown"), AS_GITHUB_READS_IT.values(), ids=AS_GITHUB_READS_IT.keys())
def test_lists_and_tables_print_as_github_shows_them(tmp_path: Path, written: str, shown: str) -> None:
    """Each printed wrong: items merged into the item above as text ("a needle 1. Wash. 2. Dry."),
    "1)" lists as one paragraph, an item's line breaks lost, a year read as a list, a table as pipes."""
    handout = segment(tmp_path, written)
    assert squash("\n".join(to_html(source_text(block)) for block in handout.blocks)) == shown


def test_a_bar_in_code_in_a_table_cell_is_code(tmp_path: Path) -> None:
    """`` `a|b` `` in a cell gave the translator two entries ("`a" and "b`") for the one cell printed."""
    handout = segment(tmp_path, "| Key | Means |\n|---|---|\n| `a|b` | either |\n")
    assert rows(handout) == [("cell", 10, "Key"), ("cell", 10, "Means"), ("cell", 12, "`a|b`"), ("cell", 12, "either")]
    assert "<td><code>a|b</code></td>" in to_html(source_text(handout.blocks[0]))


def test_a_table_in_a_step_gives_the_translator_its_cells(tmp_path: Path) -> None:
    """It printed its bars as text ("| Weight | Dose | |---|---| | 50 kg | 100 mg |"), one entry."""
    handout = segment(tmp_path, AS_GITHUB_READS_IT["a table in a step"][0])
    assert rows(handout) == [("item", 10, "Find your dose:"), ("cell", 12, "Weight"), ("cell", 12, "Dose"),
                             ("cell", 14, "50 kg"), ("cell", 14, "100 mg"), ("item", 16, "Give the shot.")]


def test_an_items_lines_are_entries_of_their_own(tmp_path: Path) -> None:
    handout = segment(tmp_path, AS_GITHUB_READS_IT["line breaks in an item"][0])
    assert rows(handout) == [("item", 10, "Clinic Name"), ("item", 11, "123 Main St."), ("item", 12, "Springfield")]


@pytest.mark.parametrize("title", ['"Use your belly."', "'Use your belly.'", "(Use your belly.)"])
def test_a_pictures_title_is_its_caption_a_segment_of_its_own(tmp_path: Path, title: str) -> None:
    """Python-Markdown makes the title a tooltip nobody translated; edu prints it under the picture."""
    handout = segment(tmp_path, f"![Where to give the shot](img/site.png {title})\n")
    assert rows(handout) == [("alt", 10, "Where to give the shot"), ("caption", 10, "Use your belly.")]
    assert squash(to_html(source_text(handout.blocks[0]))) == (
        '<p><img alt="Where to give the shot" src="img/site.png"></p> <p>Use your belly.</p>')


def test_a_hard_line_break_ends_a_segment(tmp_path: Path) -> None:
    handout = segment(tmp_path, "North Clinic  \n1 Main St.,\nSpringfield  \nCall us.\n")
    assert rows(handout) == [("paragraph", 10, "North Clinic"), ("paragraph", 11, "1 Main St., Springfield"),
                             ("paragraph", 13, "Call us.")]


def test_a_trailing_backslash_is_a_line_break_as_in_commonmark(tmp_path: Path) -> None:
    """Python-Markdown printed "North Clinic\\ 1 Main St." (a stray backslash, no break)."""
    handout = segment(tmp_path, "North Clinic\\\n1 Main St.\\\nSpringfield\n\nA \\\\\nkept.\n")
    assert rows(handout) == [("paragraph", 10, "North Clinic"), ("paragraph", 11, "1 Main St."),
                             ("paragraph", 12, "Springfield"), ("paragraph", 14, "A \\\\ kept.")]
    assert squash(to_html(source_text(handout.blocks[0]))) == "<p>North Clinic<br> 1 Main St.<br> Springfield</p>"


def test_every_segment_is_a_single_line_with_no_surrounding_space(tmp_path: Path) -> None:
    handout = segment(tmp_path, "\n".join(IDENTITY.values()))
    texts = [s.text for s in handout.segments]
    assert texts and all(t and t == " ".join(t.split()) for t in texts)
    assert all(isinstance(s, Segment) and s.line >= BODY_LINE for s in handout.segments[2:])


MARKER = r"(?:[-*+]|\d+[.)])"
QUIRKS = rf"^(?:(?:{MARKER}|#+)[ \t]*)+\n\S|\S\n{MARKER} |\S\n[-=]+$|```"


def strip_lines(text: str) -> str:
    """As an editor saves a paragraph: no space at either end of a line (Python-Markdown and CommonMark
    disagree on an indented "#" or a trailing space, which no author means)."""
    return "\n".join(line.strip() for line in text.splitlines()).strip()


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(sorted(IDENTITY.values())),
                          st.text(alphabet="abc XYZ*_`-.!?1#\n", max_size=30).map(strip_lines).filter(bool)
                          .filter(lambda t: not re.search(QUIRKS, t, re.M))),
                min_size=1, max_size=5))
def test_any_sequence_of_constructs_rebuilds_to_the_same_html(pieces: list[str]) -> None:
    """Where Python-Markdown differs from CommonMark and GitHub (what an author sees in a preview), edu follows
    the author, so those cases are left out: Python-Markdown merges "> a" and "> b" across a blank line into one
    box (hence the rules between the pieces), continues a lone list or heading marker with the next line, makes
    a heading of any line over "---", and does not let a list start right under a paragraph line."""
    text = "\n---\n\n".join(p.strip("\n") + "\n" for p in pieces)
    meta = FrontMatter("T", "S", "patient", "t", dt.date(2026, 1, 1), 1, ())
    handout = segment_document(Document(PATH, "doc", "en", meta, text, BODY_LINE))
    rebuilt = "\n".join(to_html(source_text(block)) for block in handout.blocks)
    assert squash(rebuilt) == squash(to_html(text))


def test_an_autolink_that_would_print_its_angle_brackets_is_located(tmp_path: Path) -> None:
    assert errors_of(tmp_path, "Intro.\n\nCall <tel:+15550100> now.\n") == [
        "content/en/doc.md:12: '<tel:+15550100>' would be printed as written, with its < >: only https:// addresses "
        "and email addresses are links in <…>; write [the words to show](tel:+15550100)"]
    assert errors_of(tmp_path, "Get it from <ftp://example.org/form.pdf>.\n") == [
        "content/en/doc.md:10: '<ftp://example.org/form.pdf>' would be printed as written, with its < >: only https:// "
        "addresses and email addresses are links in <…>; a page links only https://, email (mailto:) and phone "
        "(tel:) addresses"]
    assert segment(tmp_path, "Visit <https://example.org/help> or <b.smith@example.org>.\n").blocks  # not <b>


def test_a_cell_of_citations_is_not_for_the_translator(tmp_path: Path) -> None:
    """A clinician table's "Source" cells ("[11][14]") were catalog entries a translator could only
    copy, and the edition waited for them; a cell with words and a citation still is one."""
    handout = segment(tmp_path, "Dose | Source\n--- | ---\n{dose} | [11][14]\nOnce a day | [2–4]\n"
                                "See the label [1] | x\n")
    assert [s.text for s in handout.segments if s.kind == "cell" and not s.skip] == [
        "Dose", "Source", "Once a day", "See the label [1]", "x"]
