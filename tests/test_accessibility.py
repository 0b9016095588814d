"""What a handout gives a reader who cannot see the page, or holds it on paper: link words that say
where they go, pictures with words, tables whose columns are named, headings in order. `edu check`
warns at the line to fix, in a handout and in a translation; `edu build` says the handout's own."""

from __future__ import annotations

from pathlib import Path

import pytest

from edu.a11ytext import check_link_text, vague_links
from edu.findings import Context
from helpers import po_line, run

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
