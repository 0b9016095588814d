"""What a handout gives a reader who cannot see the page, or holds it on paper: link words that say
where they go, pictures with words, tables whose columns are named, headings in order. `edu check`
warns at the line to fix, in a handout and in a translation; `edu build` says the handout's own."""

from __future__ import annotations

from pathlib import Path

import pytest

from edu.a11ytext import alt_problem, check_link_text, vague_links
from edu.checks import check_message
from edu.findings import Context
from helpers import po_line, run
from test_media import ALT, ALT_ES, png, translate_alt, with_image

PO = "locale/es/LC_MESSAGES/from-en.po"
HANDOUT = "content/en/medicine-basics.md"


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new), encoding="utf-8")


def _lines(err: str, code: str) -> list[str]:
    return [x for x in err.splitlines() if x.endswith(f"[{code}]")]


# --- link-text -------------------------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "To learn where to inject, [click here](other.md)."),
    ("en", "See [**Here**](other.md)."),
    ("en", "[Read more…](https://example.org/a) about it."),
    ("en", "Open [this link](https://example.org/a)."),
    ("en", "[More](other.md#dose)"),
    ("es", "Para saber dónde inyectarse, [haga clic aquí](other.md)."),
    ("es", "Vea [aquí](other.md)."),
    ("es", "[Pulse aquí](other.md) o lea [este enlace](https://example.org)."),
    ("es", "[Más información](https://example.org)."),
    ("pt", "[Clique aqui](other.md)."),
    ("fr", "[Cliquez ici](other.md)."),
    ("fr", "[En savoir plus](other.md)."),
])  # fmt: skip
def test_link_words_that_say_nothing_out_of_context_are_found(lang: str, text: str) -> None:
    assert vague_links(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "See [Getting ready for your visit](visit.md)."),
    ("en", "Read the [label](https://example.org/label)."),
    ("en", "![here](images/here.png)"),  # a picture, not a link (its text is the alt check's)
    ("en", "Type `[here](x.md)` to link."),  # code, shown as written
    ("en", "[more than 2 doses](dose.md)"),
    ("en", "[Click here to see when to call](call.md)"),
    ("es", "Vea [Cómo prepararse para su visita](visit.md)."),
    ("es", "[here](other.md)"),  # English words in a Spanish text: the English list does not apply
    ("de", "[hier](other.md)"),  # a language without a list: nothing to say
])  # fmt: skip
def test_link_words_that_name_where_they_go_are_not_found(lang: str, text: str) -> None:
    assert not vague_links(text, lang)


def test_a_translations_link_words_are_judged_in_its_language() -> None:
    ctx = Context("en", "es")
    src = "See [when to call](call.md)."
    (found,) = check_link_text(src, "Vea [aquí](call.md).", ctx)
    assert (found.code, found.severity) == ("link-text", "warning")
    assert found.message == (
        'the link words "aquí" say nothing out of context (a screen reader lists a page\'s links by their words '
        'alone; on paper a link to a handout is only its words): say where the link goes, as in '
        '"vea [Cómo prepararse para su visita](call.md)"')
    assert not check_link_text(src, "Vea [cuándo llamar](call.md).", ctx)


def test_link_words_that_say_nothing_are_a_warning_at_their_line(project: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """"To learn where to inject, click here.": a patient's PDF prints it with nothing to click, and a
    screen reader's list of links says "click here" alone (WCAG 2.4.4). In a handout, at the line of
    the link; in a translation, at its entry, silenced by a reviewed exception as any warning."""
    handout = project / HANDOUT
    original = handout.read_text(encoding="utf-8")
    _replace(handout, "Read the [label](https://example.org/label).",
             "To read the label,\ncall us or [click\nhere](https://example.org/label).")
    line = handout.read_text(encoding="utf-8").splitlines().index("call us or [click") + 1
    _code, _out, err = run(capsys, project, "check")
    assert _lines(err, "link-text") == [
        f"{HANDOUT}:{line}: warning: the link words \"click here\" say nothing out of context (a screen reader "
        "lists a page's links by their words alone; on paper a link to a handout is only its words): say where "
        'the link goes, as in "see [Getting ready for your visit](https://example.org/label)" [link-text]'], err

    handout.write_text(original, encoding="utf-8")
    po = project / PO
    _replace(po, 'msgstr "Lea la [etiqueta](https://example.org/label)."',
             'msgstr "Para leer la etiqueta, llámenos o [pulse aquí](https://example.org/label)."')
    err = run(capsys, project, "check")[2]
    entry = po_line(po, "Read the [label](https://example.org/label).")
    assert _lines(err, "link-text") == [
        f"{PO}:{entry}: warning: the link words \"pulse aquí\" say nothing out of context (a screen reader lists "
        "a page's links by their words alone; on paper a link to a handout is only its words): say where the "
        'link goes, as in "vea [Cómo prepararse para su visita](https://example.org/label)" [link-text]'], err
    _replace(po, 'msgid "Read the [label]', '#, edu-ok:link-text\nmsgid "Read the [label]')
    assert not _lines(run(capsys, project, "check")[2], "link-text")


# --- alt -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("alt", "why"), [
    ("", "the picture has no text for a reader who cannot see it"),
    ("  ", "the picture has no text for a reader who cannot see it"),
    ("image1.png", "the picture's text is a file name ('image1.png'), which a screen reader spells out"),
    ("sites.JPEG", "the picture's text is a file name ('sites.JPEG'), which a screen reader spells out"),
    ("IMG_2041", "the picture's text is a file name ('IMG_2041'), which a screen reader spells out"),
    ("image", "the picture's text ('image') says only that there is a picture"),
    ("Picture", "the picture's text ('Picture') says only that there is a picture"),
    ("photo 2", "the picture's text ('photo 2') says only that there is a picture"),
    ("imagen", "the picture's text ('imagen') says only that there is a picture"),
    ("Foto.", "the picture's text ('Foto.') says only that there is a picture"),
    ("figura", "the picture's text ('figura') says only that there is a picture"),
])  # fmt: skip
def test_a_pictures_text_that_tells_a_reader_nothing_is_found(alt: str, why: str) -> None:
    found = alt_problem(alt)
    assert found is not None and found.startswith(why), found


@pytest.mark.parametrize("alt", ["Where to give the shot: belly or thigh", "A photo of the pen, cap off",
                                 "Imagen del muslo con la zona marcada", "Step 1.png is shown"])
def test_a_pictures_text_that_says_what_it_shows_passes(alt: str) -> None:
    assert alt_problem(alt) is None


def test_a_translators_picture_text_is_judged_too() -> None:
    found = check_message("See ![Where to give the shot](x.png) here.", "Vea ![imagen](x.png) aquí.",
                          source_lang="en", lang="es")
    assert [f.code for f in found] == ["alt"]
    assert not check_message("See ![Where to give the shot](x.png) here.", "Vea ![imagen](x.png) aquí.",
                             source_lang="en", lang="es", flags={"edu-ok:alt"})


def test_a_picture_named_by_its_file_or_a_word_is_a_warning_in_a_handout_and_a_translation(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    png(project / "content/en/images/site.png", "red")
    handout = with_image(project)
    _replace(handout, f"![{ALT}]", "![site.png]")
    line = handout.read_text(encoding="utf-8").splitlines().index("![site.png](images/site.png)") + 1
    code, _out, err = run(capsys, project, "check")
    assert _lines(err, "alt") == [
        f"{HANDOUT}:{line}: warning: the picture's text is a file name ('site.png'), which a screen reader spells "
        "out: say what it shows between the brackets, ![Where to give the shot: belly or thigh](...) [alt]"], err
    _replace(handout, "![site.png]", f"![{ALT}]")
    translate_alt(project, capsys)
    po = project / PO
    _replace(po, f'msgstr "{ALT_ES}"', 'msgstr "Imagen"')
    code, _out, err = run(capsys, project, "check")
    assert code == 0 and _lines(err, "alt") == [
        f"{PO}:{po_line(po, ALT)}: warning: the picture's text ('Imagen') says only that there is a picture: say "
        "what it shows between the brackets, ![Where to give the shot: belly or thigh](...) [alt]"], err
    _replace(po, f'msgid "{ALT}"', f'#, edu-ok:alt\nmsgid "{ALT}"')
    assert not _lines(run(capsys, project, "check")[2], "alt")


def test_a_decorative_picture_is_accepted_by_an_edu_ok_comment_and_a_stale_one_is_said(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`![](divider.png)` got an [alt] warning its author could not answer, so `edu check --strict`
    could never pass on a handout with a divider. `<!-- edu-ok: alt -->` on the line above accepts
    that block's [alt] warning only; one that accepts nothing (a typo, or the warning fixed since)
    is a warning at its own line; it is never printed."""
    png(project / "content/en/images/divider.png", "gray")
    handout = project / "content/en/medicine-basics.md"
    heading = "## How do I give the shot?\n"
    _replace(handout, heading, f"{heading}\n<!-- edu-ok: alt -->\n![](images/divider.png)\n\n![](images/divider.png)\n")
    lines = handout.read_text(encoding="utf-8").splitlines()
    comment, second = lines.index("<!-- edu-ok: alt -->") + 1, len(lines) - lines[::-1].index("![](images/divider.png)")
    assert run(capsys, project, "update")[0] == 0
    code, _out, err = run(capsys, project, "check", "-l", "en")
    assert [line.split(": warning")[0] for line in _lines(err, "alt")] == [f"{HANDOUT}:{second}"], err  # not the first
    assert not _lines(err, "edu-ok"), err
    _replace(handout, "<!-- edu-ok: alt -->", "<!-- edu-ok: alt-text, link-text -->")
    err = run(capsys, project, "check", "-l", "en")[2]
    assert len(_lines(err, "alt")) == 2 and _lines(err, "edu-ok") == [
        f"{HANDOUT}:{comment}: warning: edu-ok: no [{code}] warning in the block below to accept: a mistyped code, "
        "or a warning fixed since; remove it [edu-ok]" for code in ("alt-text", "link-text")], err
    assert run(capsys, project, "check", "--strict")[0] == 1
    code, _out, err = run(capsys, project, "build", "-l", "en", "--format", "html")
    said = [x for x in err.splitlines() if "edu-ok: no [" in x]  # the build says so too, of the codes it judges
    assert code == 0 and len(said) == 1 and "no [link-text]" in said[0], err  # (the [alt] warnings are said: 2)
    assert "edu-ok" not in (project / "build/en/medicine-basics.html").read_text(encoding="utf-8")


# --- table-header ------------------------------------------------------------------------------------


def test_a_table_header_cell_left_empty_is_a_warning_at_the_header_row(project: Path,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    """GitHub's Markdown has no table without a header: authors leave the header row empty, and
    the page gets <th></th>, the PDF an empty /TH, a screen reader a column without a name."""
    handout = project / HANDOUT
    text = handout.read_text(encoding="utf-8")
    handout.write_text(text.replace("| Test | When |", "|   | When |") + "\n> | | |\n> |---|---|\n> | a | b |\n\n"
                       "```\n| | x |\n|---|---|\n```\n", encoding="utf-8")
    lines = handout.read_text(encoding="utf-8").splitlines()
    err = run(capsys, project, "check")[2]
    fix = ("a header cell that names nothing, and a screen reader reads the column's cells without a name: name every "
           "column (| Day | Dose |), or give a table without headers as a list [table-header]")
    assert _lines(err, "table-header") == [
        f"{HANDOUT}:{lines.index('|   | When |') + 1}: warning: the table's header row leaves column 1 empty: the page "
        f"and the PDF get {fix}",
        f"{HANDOUT}:{lines.index('> | | |') + 1}: warning: the table's header row leaves columns 1, 2 empty: the page "
        f"and the PDF get {fix}"], err  # not the one in a code block, shown as written
    assert not [x for x in err.splitlines() if " error: " in x and "[stale]" not in x], err  # a warning


# --- all-caps ----------------------------------------------------------------------------------------


def test_a_line_in_capitals_is_a_warning_at_its_line(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    handout = project / HANDOUT
    _replace(handout, "Do not shake the syringe.", "DO NOT SHAKE the syringe. Ask about IL-1 and COVID-19.")
    line = next(n for n, x in enumerate(handout.read_text(encoding="utf-8").splitlines(), 1) if "DO NOT" in x)
    err = run(capsys, project, "check")[2]
    assert _lines(err, "all-caps") == [
        f'{HANDOUT}:{line}: warning: "DO NOT SHAKE" is in capitals, which lose the shape of words and are harder to '
        "read (a screen reader may spell them out): write it in small letters, with **bold** for what matters "
        "[all-caps]"], err


# --- the build says them too ---------------------------------------------------------------------------


def test_a_build_says_what_a_handout_gives_no_reader_who_cannot_see_it(project: Path,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    """A picture without words and headings #, ##, #### were published with exit 0 and no word,
    while `edu check` warned: staff who only build hear them too, once a build (a build with
    nothing to do says them again), in the words `edu check` uses. Empty brackets, ![](x.png), are
    a picture a PDF leaves out as decoration: both say the same of it."""
    png(project / "content/en/images/site.png", "red")
    handout = with_image(project)
    _replace(handout, f"![{ALT}]", "![]")
    _replace(handout, "## How do I give the shot?", "#### How do I give the shot?")
    _replace(handout, "| Test | When |", "|  | When |")
    _replace(handout, "Read the [label](https://example.org/label).", "Read the label [here](https://example.org/label).")
    assert run(capsys, project, "update")[0] == 0
    codes = ("alt", "heading-level", "link-text", "table-header")
    checked = [x for x in run(capsys, project, "check")[2].splitlines()  # the build says them as check does
               if x.endswith(tuple(f"[{code}]" for code in codes))]
    assert len(checked) == 4, checked
    for _build in ("made", "replayed: nothing changed"):
        code, _out, err = run(capsys, project, "build", "--draft", "--format", "html")
        assert code == 0, err
        said = [x for x in err.splitlines() if x.startswith(HANDOUT) and not x.endswith("[unreviewed-change]")]
        assert sorted(said) == sorted(checked), err
    lines = handout.read_text(encoding="utf-8").splitlines()
    assert f"{HANDOUT}:{lines.index('![](images/site.png)') + 1}: warning: the picture has no text for a reader who " \
           "cannot see it (a screen reader, a PDF read aloud): say what it shows between the brackets, ![Where to " \
           "give the shot: belly or thigh](...) [alt]" in checked
