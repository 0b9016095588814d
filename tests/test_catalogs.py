"""Catalog stage: the .pot a translator opens, how a source edit reaches the .po, and broken .po files."""

from __future__ import annotations

import copy
import difflib
import re
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.plurals import get_plural

from edu.catalogfile import render_catalog, same_but_stamps, settle_date
from edu.catalogs import build_template, extract_templates, new_catalog, source_languages
from edu.catalogstats import counts, handout_of
from edu.catalogupdate import init_catalog, merge_catalog, plural_forms_in
from edu.content import load_document
from edu.errors import SourceError
from edu.model import Handout
from edu.poread import read_catalog
from edu.segments import segment_document
from helpers import front_matter, replace_once, run

EPOCH = 1763596800  # 2025-11-20
PO = Path("locale/es/LC_MESSAGES/from-en.po")


def handout(root: Path, rel: str, body: str, title: str = "A title") -> Handout:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(front_matter(title) + body, encoding="utf-8")
    return segment_document(load_document(Path(rel), root))


def entries(catalog: Catalog) -> list[Message]:
    return [m for m in catalog if m.id]


def template(*ids: str) -> Catalog:
    catalog = new_catalog("en", None, EPOCH)
    for msgid in ids:
        catalog[msgid] = Message(msgid, locations=[("content/en/a.md", 10)])
    return catalog


def translated(pairs: dict[str, str]) -> Catalog:
    catalog = new_catalog("en", "es", EPOCH)
    for msgid, msgstr in pairs.items():
        catalog[msgid] = Message(msgid, msgstr, locations=[("content/en/a.md", 10)])
    return catalog


def entry(catalog: Catalog, msgid: str) -> Message:
    message = catalog.get(msgid)
    assert message is not None, f"{msgid!r} not in the catalog"
    return message


# --- the .pot --------------------------------------------------------------------------------------

def test_the_template_lists_segments_in_document_order_then_template_strings(tmp_path: Path) -> None:
    one = handout(tmp_path, "content/en/one.md", "## Dose\n\nTake {dose} daily.\n\n- Wash your hands.\n")
    two = handout(tmp_path, "content/en/two.md", "Other text.\n", title="Second")
    spanish = handout(tmp_path, "content/es/tres.md", "Texto.\n", title="Tercero")
    strings = [Message("Last reviewed", locations=[("templates/handout.html", 4)])]
    pot = build_template("en", [one, two, spanish], strings, EPOCH)
    assert [m.id for m in entries(pot)] == ["A title", "A summary.", "Dose", "Take {dose} daily.",
                                           "Wash your hands.", "Second", "Other text.", "Last reviewed"]
    spanish_pot = build_template("es", [one, two, spanish], strings, EPOCH)
    assert [m.id for m in entries(spanish_pot)] == ["Tercero", "A summary.", "Texto."]  # no template strings


def test_each_entry_carries_its_location_kind_section_and_notes(tmp_path: Path) -> None:
    one = handout(tmp_path, "content/en/one.md",
                  "## Dose\n\n<!-- i18n: shot means injection -->\nGive one shot.\n")
    pot = build_template("en", [one], [], EPOCH)
    title, _summary, heading, paragraph = entries(pot)
    assert (title.locations, title.auto_comments) == ([("content/en/one.md", 2)], ["title in one"])
    assert heading.auto_comments == ["heading in one › Dose"]
    assert paragraph.locations == [("content/en/one.md", 13)]
    assert paragraph.auto_comments == ["shot means injection", "paragraph in one › Dose"]
    text = render_catalog(pot, 76)
    assert ("#. shot means injection\n#. paragraph in one › Dose\n#: content/en/one.md:13\n"
            'msgid "Give one shot."\nmsgstr ""\n') in text


def test_a_note_before_a_list_reaches_every_item_of_it(tmp_path: Path) -> None:
    """The author's note is about the whole list; the paragraph after it is not concerned."""
    one = handout(tmp_path, "content/en/one.md",
                  "## Visits\n\n<!-- i18n: \"visit\" means an appointment, not a stay -->\n1. Book a visit.\n"
                  "2. Bring a list of your medicines to the visit.\n   - Cancel a visit a day before.\n\n"
                  "Ask us at your visit.\n")
    text = render_catalog(build_template("en", [one], [], EPOCH), 76)
    for item, line in (("Book a visit.", 13), ("Bring a list of your medicines to the visit.", 14),
                       ("Cancel a visit a day before.", 15)):
        assert ('#. "visit" means an appointment, not a stay\n#. item in one › Visits\n'
                f'#: content/en/one.md:{line}\nmsgid "{item}"\n') in text
    assert '#. paragraph in one › Visits\n#: content/en/one.md:17\nmsgid "Ask us at your visit."\n' in text


def test_a_note_before_a_table_reaches_every_cell_and_a_context_the_first_segment_only(tmp_path: Path) -> None:
    one = handout(tmp_path, "content/en/one.md",
                  "<!-- i18n: brand names stay as written -->\n<!-- i18n-context: brand -->\n"
                  "| Brand | Use |\n|---|---|\n| Kineret | Arthritis |\n")
    cells = entries(build_template("en", [one], [], EPOCH))[2:]
    assert [(m.context, m.id, m.auto_comments[0]) for m in cells] == [
        ("brand", "Brand", "brand names stay as written"), (None, "Use", "brand names stay as written"),
        (None, "Kineret", "brand names stay as written"), (None, "Arthritis", "brand names stay as written")]


def test_a_callout_box_is_named_by_its_kind_and_a_quote_stays_a_quote(tmp_path: Path) -> None:
    """'quote in …' read like a quotation to be kept word for word; the box is a warning."""
    one = handout(tmp_path, "content/en/one.md",
                  "## Before you come\n\n> [!warning]\n> Do not eat after midnight.\n\n"
                  "> [!caution] Allergies\n> Tell us about any allergy.\n\n> [!key-points]\n> Come early.\n\n"
                  "> [!note]\n> Parking is free.\n\n> [!emergency]\n> Call 911.\n\n"
                  "> \"We are here to help.\"\n")
    comments = {m.id: m.auto_comments for m in entries(build_template("en", [one], [], EPOCH))}
    assert comments["Do not eat after midnight."] == ["warning box in one › Before you come"]
    assert comments["**Allergies**"] == ["warning box in one › Before you come"]  # GitHub's CAUTION: our warning box
    assert comments["Tell us about any allergy."] == ["warning box in one › Before you come"]
    assert comments["Come early."] == ["key points box in one › Before you come"]
    assert comments["Parking is free."] == ["note box in one › Before you come"]
    assert comments["Call 911."] == ["emergency box in one › Before you come"]
    assert comments['"We are here to help."'] == ["quote in one › Before you come"]


def test_every_callout_kind_has_a_name_for_the_translator() -> None:
    from edu.blocks import CALLOUTS
    from edu.catalogs import BOX_NAMES

    assert set(BOX_NAMES) == set(CALLOUTS)


def test_only_a_message_with_a_fact_placeholder_gets_the_brace_flag(tmp_path: Path) -> None:
    one = handout(tmp_path, "content/en/one.md", "Take {dose} daily.\n\nWrite {{braces}} like this.\n")
    pot = build_template("en", [one], [], EPOCH)
    assert entry(pot, "Take {dose} daily.").flags == {"python-brace-format"}
    assert entry(pot, "Write {{braces}} like this.").flags == set()
    assert "#, python-brace-format\nmsgid \"Take {dose} daily.\"" in render_catalog(pot, 76)


def test_a_percent_sign_in_content_is_not_a_python_format(tmp_path: Path) -> None:
    one = handout(tmp_path, "content/en/one.md", "It works in 100% of cases.\n")
    pot = build_template("en", [one], [], EPOCH)
    assert entry(pot, "It works in 100% of cases.").flags == set()


def test_context_separates_equal_texts(tmp_path: Path) -> None:
    one = handout(tmp_path, "content/en/one.md", "<!-- i18n-context: verb -->\nShot\n\nShot\n")
    pot = build_template("en", [one], [], EPOCH)
    assert [(m.context, m.id) for m in entries(pot)][2:] == [("verb", "Shot"), (None, "Shot")]
    assert 'msgctxt "verb"\nmsgid "Shot"\n' in render_catalog(pot, 76)


def test_skipped_segments_are_not_extracted(tmp_path: Path) -> None:
    one = handout(tmp_path, "content/en/one.md", "<!-- i18n-skip -->\nKineret®\n\nTranslate me.\n")
    assert [m.id for m in entries(build_template("en", [one], [], EPOCH))][2:] == ["Translate me."]


def test_the_same_sentence_twice_is_one_message_with_every_location(tmp_path: Path) -> None:
    one = handout(tmp_path, "content/en/one.md", "- Wash your hands.\n")
    two = handout(tmp_path, "content/en/two.md", "<!-- i18n: before the shot -->\nWash your hands.\n",
                  title="Two")
    message = entry(build_template("en", [one, two], [], EPOCH), "Wash your hands.")
    assert message.locations == [("content/en/one.md", 10), ("content/en/two.md", 11)]
    assert message.auto_comments == ["item in one › A title", "before the shot", "paragraph in two › Two"]


def test_the_rendered_file_is_deterministic_and_wrapped_at_the_width(tmp_path: Path) -> None:
    long = " ".join(["Take the medicine with food and a full glass of water."] * 4)
    one = handout(tmp_path, "content/en/one.md", long + "\n")
    first = render_catalog(build_template("en", [one], [], EPOCH), 76)
    second = render_catalog(build_template("en", [one], [], EPOCH), 76)
    assert first == second
    assert '"POT-Creation-Date: 2025-11-20 00:00+0000\\n"' in first
    assert max(len(line) for line in first.splitlines()) <= 76
    assert 'msgid ""\n"Take the medicine' in first  # a long msgid wraps onto continuation lines
    assert max(len(line) for line in render_catalog(build_template("en", [one], [], EPOCH), 60).splitlines()) <= 60


def test_only_the_creation_date_and_the_generator_are_stamps() -> None:
    text = render_catalog(template("Hello."), 76)
    later = text.replace("POT-Creation-Date: 2025-11-20 00:00", "POT-Creation-Date: 2026-01-01 09:30")
    other_tool = later.replace('"Generated-By: edu\\n"', '"Generated-By: Babel 2.19.0\\n"')
    assert later != text and other_tool != later
    assert same_but_stamps(text, later) and same_but_stamps(text, other_tool)
    assert not same_but_stamps(text, render_catalog(template("Hello.", "Bye."), 76))
    assert not same_but_stamps(text, text.replace("Language-Team", "Language-Teams"))


def test_settle_date_keeps_the_date_on_disk_when_nothing_else_changed(tmp_path: Path) -> None:
    pot = tmp_path / "locale/from-en.pot"
    pot.parent.mkdir(parents=True)
    pot.write_text(render_catalog(template("Hello."), 76), encoding="utf-8")
    newer = template("Hello.")
    newer.creation_date = newer.creation_date.replace(year=2027)
    assert settle_date(newer, pot, render_catalog(newer, 76)) is True
    assert newer.creation_date.year == 2025
    changed = template("Hello.", "Bye.")
    changed.creation_date = changed.creation_date.replace(year=2027)
    assert settle_date(changed, pot, render_catalog(changed, 76)) is False
    assert changed.creation_date.year == 2027
    assert settle_date(template("Hello."), tmp_path / "missing.pot", "") is False


def test_template_strings_come_from_jinja_with_context_plurals_and_notes(tmp_path: Path) -> None:
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "page.html").write_text(
        "<p>{{ _('Last reviewed') }}</p>\n"
        "{# Translators: the language switcher #}\n"
        "<nav>{{ pgettext('menu', 'Language') }}</nav>\n"
        "<p>{{ ngettext('%(num)s page', '%(num)s pages', n) }}</p>\n"
        "{% trans %}Printed on\n  paper{% endtrans %}\n", encoding="utf-8")
    (folder / "style.css").write_text("/* _('not a string') */\n", encoding="utf-8")
    messages = extract_templates(folder, tmp_path)
    assert [(m.id, m.context, m.locations) for m in messages] == [
        ("Last reviewed", None, [("templates/page.html", 1)]),
        ("Language", "menu", [("templates/page.html", 3)]),
        (("%(num)s page", "%(num)s pages"), None, [("templates/page.html", 4)]),
        ("Printed on paper", None, [("templates/page.html", 5)]),
    ]
    assert messages[1].auto_comments == ["the language switcher"]


def test_every_page_word_of_the_shipped_templates_has_a_note_for_its_translators() -> None:
    """The page words came with a #: line only: a new translator could not tell that "Last reviewed"
    is followed by a date, that "Source %(number)s" is what a screen reader says for a citation, or
    that "Get help right away" heads the 911 box. Each has a note ("Translators:" in labels.html)."""
    from conftest import REPO

    notes = {m.id if isinstance(m.id, str) else m.id[0]: " ".join(m.auto_comments)
             for m in extract_templates(REPO / "templates", REPO) if m.locations[0][0] == "templates/labels.html"}
    assert len(notes) > 25 and all(notes.values()), [word for word, note in notes.items() if not note]
    assert "a date" in notes["Last reviewed"]
    assert "screen reader" in notes["Source %(number)s"] and "citation" in notes["Source %(number)s"]
    assert "911" in notes["Get help right away"]
    assert "%(page)s" in notes["Page %(page)s of %(pages)s"] and "%(pages)s" in notes["Page %(page)s of %(pages)s"]
    shipped = read_catalog(REPO / "locale/es/LC_MESSAGES/from-en.po")  # as the translators see them
    assert next(m for m in shipped if m.id == "Last reviewed").auto_comments[0].startswith("followed on the page by")


def test_source_languages_and_handout_names(tmp_path: Path) -> None:
    spanish = handout(tmp_path, "content/es/tres.md", "Texto.\n")
    assert source_languages([spanish]) == ["en", "es"]  # English always: the template strings
    assert handout_of(("content/en/anakinra-risks.md", 3)) == "anakinra-risks"
    assert handout_of(("templates/base.html", 3)) == "templates"


# --- merging a new .pot into a .po -----------------------------------------------------------------

@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Don't shake it - ever.", "Don’t shake it – ever."),  # curly apostrophe, en dash
        ('Say "no".', "Say “no”."),
        ("Take 100 mg.", "Take 100\u00a0mg."),  # a no-break space
        ("Wait...  then  rest.", "Wait… then rest."),
    ],
)
def test_a_typography_only_edit_keeps_the_translation_as_is(old: str, new: str) -> None:
    merged = merge_catalog(translated({old: "TRADUCCIÓN"}), template(new))
    message = entry(merged, new)
    assert (message.string, message.fuzzy) == ("TRADUCCIÓN", False)
    assert old not in merged.obsolete


def test_babel_alone_would_mark_a_typography_edit_fuzzy() -> None:
    catalog = translated({"Don't shake it - ever.": "No lo agite nunca."})
    catalog.update(template("Don’t shake it – ever."))
    assert entry(catalog, "Don’t shake it – ever.").fuzzy


def test_a_real_edit_becomes_fuzzy_with_the_previous_msgid() -> None:
    merged = merge_catalog(translated({"Wash your hands.": "Lávese las manos."}),
                           template("Wash your hands with soap."))
    message = entry(merged, "Wash your hands with soap.")
    assert (message.string, message.fuzzy, message.previous_id) == ("Lávese las manos.", True, ["Wash your hands."])
    assert not merged.obsolete
    assert ('#, fuzzy\n#| msgid "Wash your hands."\nmsgid "Wash your hands with soap."\n'
            'msgstr "Lávese las manos."') in render_catalog(merged, 76)


def test_an_entry_still_fuzzy_keeps_its_previous_msgid_and_a_reviewed_one_drops_it() -> None:
    """As msgmerge does: Babel's update would forget the previous msgid at the next update."""
    once = merge_catalog(translated({"Wash your hands.": "Lávese las manos."}), template("Wash your hands well."))
    twice = merge_catalog(once, template("Wash your hands well."))
    assert entry(twice, "Wash your hands well.").previous_id == ["Wash your hands."]
    entry(twice, "Wash your hands well.").flags.discard("fuzzy")  # the translator reviewed it
    assert entry(merge_catalog(twice, template("Wash your hands well.")), "Wash your hands well.").previous_id == []


LONG = ("You give it to yourself as a small shot under the skin once a day. Throw away used needles in a hard "
        "plastic box. Call your care team if you get a fever or chills. This is common and usually goes away on "
        "its own. Tell your doctor about every other medicine you take. Anakinra is a medicine that calms the "
        "swelling and pain in your joints. Most people get a red spot where the needle went in. Do not get live "
        "vaccines while you take this medicine.")
EDITED = LONG.replace("you get a", "you have a").replace("calms the", "eases the").replace("a red", "a pink")


def test_a_long_paragraph_with_a_three_word_edit_still_becomes_fuzzy() -> None:
    assert len(LONG.split()) > 80
    merged = merge_catalog(translated({LONG: "Se lo pone usted mismo…"}), template(EDITED))
    message = entry(merged, EDITED)
    assert (message.string, message.fuzzy, message.previous_id) == ("Se lo pone usted mismo…", True, [LONG])
    assert not merged.obsolete


def test_the_standard_library_matcher_would_drop_that_paragraph() -> None:
    """Python's difflib (autojunk) loses long paragraphs (cpython#90825): that is why edu matches by words,
    and why Babel >= 2.18, whose own matcher turns autojunk off, is required."""
    assert difflib.get_close_matches(EDITED.lower(), [LONG.lower()], 1) == []
    catalog = translated({LONG: "Se lo pone usted mismo…"})
    catalog.update(template(EDITED))
    assert entry(catalog, EDITED).fuzzy


def test_an_unrelated_new_message_starts_empty_and_the_old_one_is_kept_obsolete() -> None:
    merged = merge_catalog(translated({"Gone.": "Ido.", "Kept.": "Guardado."}),
                           template("Kept.", "Something completely different here."))
    assert [(m.id, m.string, m.fuzzy) for m in entries(merged)] == [
        ("Kept.", "Guardado.", False), ("Something completely different here.", "", False)]
    assert merged.obsolete["Gone."].string == "Ido."
    text = render_catalog(merged, 76)
    assert text.endswith('#~ msgid "Gone."\n#~ msgstr "Ido."\n\n')
    again = merge_catalog(merged, template("Kept.", "Something completely different here."))
    assert again.obsolete["Gone."].string == "Ido."  # still there after the next update


def test_an_old_translation_is_offered_for_a_new_similar_message() -> None:
    old = translated({"Wash your hands.": "Lávese las manos."})
    merged = merge_catalog(old, template("Wash your hands well."))
    assert entry(merged, "Wash your hands well.").previous_id == ["Wash your hands."]


def test_a_message_restored_from_obsolete_gets_its_translation_back() -> None:
    old = translated({"Kept.": "Guardado."})
    old.obsolete["Back again."] = Message("Back again.", "De nuevo.")
    merged = merge_catalog(old, template("Kept.", "Back again."))
    message = entry(merged, "Back again.")
    assert (message.string, message.fuzzy) == ("De nuevo.", False)


def test_a_plural_entry_restored_from_obsolete_gets_every_form_back() -> None:
    """A page word with a number (ngettext) removed from the templates and put back: its
    translation was emptied (the rescue read singular entries only). msgmerge revives it."""
    forms = ("%(num)s part is missing", "%(num)s parts are missing")
    old = translated({"Kept.": "Guardado."})
    old.obsolete[forms[0]] = Message(forms, ("Falta %(num)s parte", "Faltan %(num)s partes"))
    new = template("Kept.")
    new[forms] = Message(forms, locations=[("templates/labels.html", 6)])
    message = entry(merge_catalog(old, new), forms[0])
    assert (tuple(message.string), message.fuzzy) == (("Falta %(num)s parte", "Faltan %(num)s partes"), False)


def test_an_entry_restored_from_obsolete_keeps_its_comments_and_reviewed_exceptions() -> None:
    """A handout moved out and back lost the reviewer's note and edu-ok (msgmerge keeps them); a
    fuzzy match to another source keeps the note, not the exception (it was for other words)."""
    old = translated({"Kept.": "Guardado."})
    old.obsolete["Back again."] = Message("Back again.", "De nuevo.", flags=["edu-ok:number"],
                                          user_comments=["Reviewed by M. García", "edu-ok:order"])
    old.obsolete["Wash your hands with soap."] = Message("Wash your hands with soap.", "Lávese las manos con jabón.",
                                                         user_comments=["Checked", "edu-ok:negation"])
    merged = merge_catalog(old, template("Kept.", "Back again.", "Wash your hands with soap now."))
    back = entry(merged, "Back again.")
    assert (back.string, back.user_comments, "edu-ok:number" in back.flags) == (
        "De nuevo.", ["Reviewed by M. García", "edu-ok:order"], True)
    similar = entry(merged, "Wash your hands with soap now.")
    assert (similar.fuzzy, similar.user_comments) == (True, ["Checked"])


def test_merge_takes_notes_and_the_brace_flag_from_the_new_template() -> None:
    old = translated({"Take {dose}.": "Tome {dose}."})
    entry(old, "Take {dose}.").auto_comments = ["an old note"]
    entry(old, "Take {dose}.").user_comments = ["translator: checked with pharmacy"]
    new = template("Take {dose}.")
    entry(new, "Take {dose}.").auto_comments = ["a new note"]
    entry(new, "Take {dose}.").flags = {"python-brace-format"}
    message = entry(merge_catalog(old, new), "Take {dose}.")
    assert message.auto_comments == ["a new note"]
    assert message.user_comments == ["translator: checked with pharmacy"]
    assert "python-brace-format" in message.flags


# --- reading .po files -----------------------------------------------------------------------------

HEAD = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: es\\n"\n\n'


@pytest.mark.parametrize(
    ("body", "line", "message"),
    [
        ('msgid "Hello."\nmsgstr "Hola.\n', 7, "a quoted string is not closed (check the quotes on this line)"),
        ('msgid "Hello.\nmsgstr "Hola."\n', 6, "a quoted string is not closed"),
        ('msgid "Hello."\nmsgstring "Hola."\n', 7, "not a gettext line (expected msgid, msgstr, a quoted string"),
        ('msgid "Hello."\nmsgstr "Ho\\qla."\n', 7, "\\q is no escape of gettext's"),
        # a translator's quoted word: the string ends at its first quote
        ('msgid "A printed summary."\nmsgstr "Un "resumen" impreso."\n', 7,
         'a " inside the text ends its string: write \\" for it (or use the quotes “ ” of the language)'),
        ('msgid "a"\nmsgid_plural "as"\nmsgstr[x] "b"\n', 8, "not a gettext line"),
        ('msgid "Hello."\n\nmsgid "Bye."\nmsgstr "Adiós."\n', 6, "missing msgstr for msgid 'Hello.'"),
        # lines out of order; the first: Babel would revive the obsolete entry with the stray msgstr
        ('msgid "Hi."\nmsgstr "Hola."\n\n#~ msgid "Bye."\n#~ msgstr "Adiós."\nmsgstr "orphan"\n', 11,
         "msgstr cannot come after msgstr (line 7)"),
        ('msgid "a"\nmsgid_plural "as"\nmsgstr "x"\n', 8, "msgstr cannot come after msgid_plural (line 7)"),
        ('msgid "a"\nmsgstr ""\n\nmsgctxt "verb"\n', 9, "this msgctxt has no msgid after it"),
    ],
)
def test_a_broken_po_file_is_one_located_line(tmp_path: Path, body: str, line: int, message: str) -> None:
    path = tmp_path / "broken.po"
    path.write_text(HEAD + body, encoding="utf-8")
    with pytest.raises(SourceError) as caught:
        read_catalog(path, PO)
    assert str(caught.value).startswith(f"{PO}:{line}: invalid catalog: {message}"), str(caught.value)


def test_a_stray_word_is_not_called_an_unclosed_string(tmp_path: Path) -> None:
    path = tmp_path / "broken.po"
    path.write_text(HEAD + 'msgid "Hello."\nmsgstr "Hola."\nhello\n', encoding="utf-8")
    with pytest.raises(SourceError) as caught:
        read_catalog(path, PO)
    assert str(caught.value).startswith(f"{PO}:8: invalid catalog: not a gettext line"), str(caught.value)


def test_a_message_defined_twice_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.po"
    path.write_text(HEAD + 'msgid "Hello."\nmsgstr "Hola."\n\nmsgid "Hello."\nmsgstr "Buenas."\n', encoding="utf-8")
    with pytest.raises(SourceError, match=rf"^{re.escape(str(PO))}:9: "):
        read_catalog(path, PO)


def test_a_po_file_that_is_not_utf8_is_named(tmp_path: Path) -> None:
    path = tmp_path / "latin1.po"
    path.write_bytes((HEAD + 'msgid "Hello."\nmsgstr "Holá."\n').encode("latin-1"))
    line = HEAD.count("\n") + 2  # the msgstr line
    with pytest.raises(SourceError, match=rf"^{re.escape(str(PO))}:{line}: invalid catalog: this line is not UTF-8 "
                                          r"\(byte 0xe1\); save the file as UTF-8"):
        read_catalog(path, PO)


@pytest.mark.parametrize("charset", ["ISO-8859-1", "latin-1", "windows-1252"])
def test_a_po_file_whose_header_names_another_charset_is_refused_at_that_line(tmp_path: Path, charset: str) -> None:
    """Babel would read the UTF-8 bytes after the header in that charset: "¿Qué" as "Â¿QuÃ©"."""
    path = tmp_path / "es.po"
    text = HEAD.replace("charset=UTF-8", f"charset={charset}") + 'msgid "What?"\nmsgstr "¿Qué?"\n'
    path.write_text(text, encoding="utf-8")
    line = text.split("\n").index(next(x for x in text.split("\n") if x.startswith('"Content-Type'))) + 1
    with pytest.raises(SourceError, match=rf"^{re.escape(str(PO))}:{line}: invalid catalog: the header says "
                                          rf"charset={charset.lower()}; edu catalogs are UTF-8"):
        read_catalog(path, PO)
    for same in ("UTF-8", "utf8", "CHARSET"):  # CHARSET: the placeholder of a new template, read as UTF-8
        path.write_text(text.replace(f"charset={charset}", f"charset={same}"), encoding="utf-8")
        assert read_catalog(path, PO).get("What?").string == "¿Qué?"  # type: ignore[union-attr]


def test_a_po_file_saved_in_another_charset_is_refused_at_its_header_with_the_fix(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`msgconv -t ISO-8859-1` writes a valid catalog in Latin-1: `edu update` printed a
    UnicodeDecodeError traceback; every command now names the header's line and the command back."""
    po = project / "locale/es/LC_MESSAGES/from-en.po"
    text = po.read_text(encoding="utf-8").replace("charset=utf-8", "charset=ISO-8859-1")
    po.write_bytes(text.encode("latin-1", errors="replace"))
    line = text.split("\n").index(next(x for x in text.split("\n") if x.startswith('"Content-Type'))) + 1
    for command in ("update", "check", "build"):
        code, _out, err = run(capsys, project, command)
        assert code == 1 and "Traceback" not in err, err
        said = "error: " if command == "check" else ""  # check lists it with the other problems
        assert (f"locale/es/LC_MESSAGES/from-en.po:{line}: {said}invalid catalog: the file is saved as ISO-8859-1 (its "
                "header says so); edu catalogs are UTF-8: convert it with `msgconv -t UTF-8 -o from-en.po "
                "from-en.po`") in err, err


@pytest.mark.parametrize(("forms", "said"), [
    ("nplurals=1000000000; plural=(n != 1);", "Plural-Forms says nplurals=1000000000; a language has 1 to 6"),
    ("nplurals=2; plural=n/0;", "rule plural=n/0 cannot be computed (integer division or modulo by zero)"),
    ("nplurals=2; plural=n-5;", "rule plural=n-5 gives form -5, and nplurals=2 has forms 0 to 1"),
    ("nplurals=2; plural=(n !!= 1);", "rule plural=(n !!= 1) cannot be computed"),
    ("nplurals=x; plural=n;", "Plural-Forms' nplurals is not a number"),
])
def test_a_plural_forms_header_no_number_can_go_through_is_refused_at_its_line(tmp_path: Path, forms: str,
                                                                               said: str) -> None:
    """A translator's header filled the memory (11 GB for nplurals=1000000000), printed a traceback,
    or blamed templates/labels.html for the .po's rule."""
    path = tmp_path / "es.po"
    header = HEAD.replace('"Language: es\\n"\n', f'"Language: es\\n"\n"Plural-Forms: {forms}\\n"\n')
    path.write_text(header + 'msgid "Wash."\nmsgstr "Lave."\n', encoding="utf-8")
    line = path.read_text(encoding="utf-8").split("\n").index(f'"Plural-Forms: {forms}\\n"') + 1
    with pytest.raises(SourceError, match=rf"^{re.escape(str(PO))}:{line}: invalid catalog: .*{re.escape(said)}"):
        read_catalog(path, PO)


def test_a_good_po_file_keeps_the_line_of_each_msgid(tmp_path: Path) -> None:
    path = tmp_path / "good.po"
    path.write_text(HEAD + '#, fuzzy\nmsgid "Hello."\nmsgstr "Hola."\n\nmsgid "Bye."\nmsgstr ""\n', encoding="utf-8")
    catalog = read_catalog(path)
    assert [(m.id, m.lineno, m.fuzzy) for m in entries(catalog)] == [("Hello.", 7, True), ("Bye.", 10, False)]


# --- new languages and statistics ------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "forms"), [
    ("en", "nplurals=2; plural=(n != 1);"), ("ja", "nplurals=1; plural=0;"), ("vi", "nplurals=1; plural=0;"),
    ("ru", str(get_plural("ru"))), ("pl", str(get_plural("pl"))),  # Babel's rule where gettext tools agree
    # what GNU msginit, Poedit and Weblate write, not Babel's third form (CLDR's "many": exact millions)
    ("fr", "nplurals=2; plural=(n > 1);"), ("fr-CA", "nplurals=2; plural=(n > 1);"),
    ("es", "nplurals=2; plural=(n != 1);"), ("it", "nplurals=2; plural=(n != 1);"),
    ("pt", "nplurals=2; plural=(n != 1);"), ("pt-BR", "nplurals=2; plural=(n > 1);"),
])
def test_a_new_catalog_has_every_message_empty_and_the_plural_forms(lang: str, forms: str) -> None:
    pot = template("Hello.", "Bye.")
    pot[("%(num)s page", "%(num)s pages")] = Message(("%(num)s page", "%(num)s pages"))
    catalog = init_catalog(lang, pot)
    nplurals = int(forms.split(";")[0].removeprefix("nplurals="))
    assert catalog.plural_forms == forms and catalog.num_plurals == nplurals
    assert [(m.id, m.string) for m in entries(catalog)][:2] == [("Hello.", ""), ("Bye.", "")]
    assert catalog.creation_date == pot.creation_date
    text = render_catalog(catalog, 76)
    assert f'"Language: {lang.replace("-", "_")}\\n"' in text and '"Generated-By: edu\\n"' in text
    assert f"Plural-Forms: {forms}\\n" in text.replace('"\n"', "")  # the header as written (a long rule wraps)
    assert text.count('msgstr[') == nplurals  # one empty slot per plural form


def test_a_new_catalog_takes_the_plural_rule_of_its_language_s_other_catalogs(tmp_path: Path) -> None:
    """Babel 2.19 (CLDR 47) gives Spanish a third form for millions; a project whose Spanish catalogs
    were made with two forms keeps two in a new domain, so translators never see two rules."""
    folder = tmp_path / "locale/es/LC_MESSAGES"
    folder.mkdir(parents=True)
    assert plural_forms_in(folder) is None
    two = "nplurals=2; plural=(n != 1);"
    (folder / "from-en.po").write_text(f'msgid ""\nmsgstr ""\n"Language: es\\n"\n"Plural-Forms: {two}\\n"\n\n'
                                       'msgid "Hello."\nmsgstr "Hola."\n', encoding="utf-8")
    assert plural_forms_in(folder) == two
    pot = template("Bye.")
    pot[("%(num)s page", "%(num)s pages")] = Message(("%(num)s page", "%(num)s pages"))
    catalog = init_catalog("es", pot, plural_forms_in(folder))
    assert catalog.plural_forms == two
    assert render_catalog(catalog, 76).count("msgstr[") == 2


def test_the_plural_rule_is_read_past_a_byte_order_mark_without_babel_s_warnings(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A catalog Notepad saved "UTF-8 with BOM": Babel printed "WARNING: Problem on line 1" to stdout
    (in the middle of `edu init`'s list of files made) while reading its header."""
    folder = tmp_path / "locale/es/LC_MESSAGES"
    folder.mkdir(parents=True)
    two = "nplurals=2; plural=(n != 1);"
    (folder / "from-en.po").write_text(f'\ufeffmsgid ""\nmsgstr ""\n"Language: es\\n"\n"Plural-Forms: {two}\\n"\n',
                                       encoding="utf-8")
    assert plural_forms_in(folder) == two
    assert capsys.readouterr() == ("", "")


def test_counts_never_count_a_fuzzy_entry_as_translated() -> None:
    messages = [
        Message("a", "A"),
        Message("b", ""),
        Message("c", "C", flags=["fuzzy"]),
        Message("d", "", flags=["fuzzy"]),  # an empty fuzzy entry is simply untranslated
        Message(("e", "es"), ("E", "")),  # a plural with a missing form is untranslated
        Message(("f", "fs"), ("F", "Fs")),
    ]
    result = counts(messages)
    assert (result.translated, result.fuzzy, result.untranslated, result.total) == (2, 1, 3, 6)
    assert result.percent == pytest.approx(100 * 2 / 6)
    assert counts([]).percent == 100.0


def test_update_forgets_an_obsolete_entry_that_had_nothing_to_translate() -> None:
    """Such a cell ("{dose}") is no longer in the catalogs; its old entry could only hold a copy."""
    old = translated({"{dose}": "{dose}", "Old words": "Palabras viejas", "Kept": "Guardado"})
    template = Catalog(locale="es")
    template.add("Kept")
    merged = merge_catalog(old, template)
    assert [m.id for m in merged.obsolete.values()] == ["Old words"]


def _merged(old: Catalog, *ids: str) -> Catalog:
    template = Catalog()
    for msgid in ids:
        template.add(msgid)
    return merge_catalog(old, template)


def test_an_unreviewed_translation_stays_unreviewed_through_every_merge() -> None:
    """A fuzzy entry lost its flag (and was published) when the source's next edit was typographic
    ("-" to "–"), or when its handout was moved out and back; "#|" named the last source, not the
    one the translation was made from (what msgmerge --previous keeps)."""
    old = Catalog(locale="es")
    old.add("Plan the trip - and back home.", "Planee el viaje.", flags=["fuzzy"], previous_id=["Plan the trip."])
    dash = _merged(copy.deepcopy(old), "Plan the trip – and back home.")["Plan the trip – and back home."]
    assert (dash.string, dash.fuzzy, dash.previous_id) == ("Planee el viaje.", True, ["Plan the trip."])
    bus = _merged(copy.deepcopy(old), "Plan the trip - and back home by bus.")["Plan the trip - and back home by bus."]
    assert (bus.string, bus.fuzzy, bus.previous_id) == ("Planee el viaje.", True, ["Plan the trip."])
    gone = _merged(copy.deepcopy(old), "Something else entirely, with other words.")
    assert gone.obsolete["Plan the trip - and back home."].fuzzy
    back = _merged(gone, "Plan the trip - and back home.")["Plan the trip - and back home."]
    assert (back.string, back.fuzzy) == ("Planee el viaje.", True)


@pytest.mark.parametrize(("old", "translation", "new", "expected", "fuzzy"), [
    # a renamed handout: the reviewed words get the new address, not a fuzzy flag
    ("See [the risks](risks.md#infections).", "Vea [los riesgos](risks.md#infections).",
     "See [the risks](anakinra-risks.md#infections).", "Vea [los riesgos](anakinra-risks.md#infections).", False),
    ("[A](a.md) and [B](b.md).", "[B](b.md) y [A](a.md).", "[A](a2.md) and [B](b.md).", "[B](b.md) y [A](a2.md).",
     False),
    # the translation does not link the old address (a translator's slip): a human looks
    ("See [the risks](risks.md).", "Vea los riesgos.", "See [the risks](anakinra-risks.md).", "Vea los riesgos.", True),
    # a web address is the translator's to localize: not carried
    ("See [this](https://a.org/x).", "Vea [esto](https://a.org/es/x).", "See [this](https://b.org/x).",
     "Vea [esto](https://a.org/es/x).", True),
    # two links that pointed at one handout now point at two: not a rename
    ("[A](a.md), [again](a.md).", "[A](a.md), [otra vez](a.md).", "[A](b.md), [again](c.md).",
     "[A](a.md), [otra vez](a.md).", True),
    # a renamed fact (facts.yaml and the handouts): the reviewed words print the new fact
    ("Keep it below {store_us_room}.", "Manténgala por debajo de {store_us_room}.", "Keep it below {store_max}.",
     "Manténgala por debajo de {store_max}.", False),
    ("About {isr:per10} in 10.", "Unas {isr:per10} de cada 10.", "About {site_reaction:per10} in 10.",
     "Unas {site_reaction:per10} de cada 10.", False),
    ("{a} or {b}, see [B](b.md).", "{b} o {a}, vea [B](b.md).", "{a2} or {b}, see [B](b2.md).",
     "{b} o {a2}, vea [B](b2.md).", False),
    # the translation does not print the old fact (a number typed instead): a human looks
    ("Wait {wait}.", "Espere 2 horas.", "Wait {delay}.", "Espere 2 horas.", True),
    # one fact became two: not a rename; braces written twice are text, not a fact
    ("{a}, then {a}.", "{a}, luego {a}.", "{a}, then {b}.", "{a}, luego {a}.", True),
    ("Type {{a}}.", "Escriba {{a}}.", "Type {{b}}.", "Escriba {{a}}.", True),
])
def test_a_renamed_handout_or_fact_is_carried_into_the_translation(old: str, translation: str, new: str,
                                                                     expected: str, fuzzy: bool) -> None:
    message = entry(merge_catalog(translated({old: translation}), template(new)), new)
    assert (message.string, message.fuzzy) == (expected, fuzzy)


def test_a_fact_renamed_everywhere_keeps_its_translations_published(project: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """A pharmacist renamed a fact (facts.yaml and its uses): `edu update` made every entry that printed
    it fuzzy, and the Spanish editions were withdrawn until a translator reviewed words that had not changed."""
    facts, handout = project / "content/facts.yaml", project / "content/en/medicine-basics.md"
    facts.write_text(facts.read_text(encoding="utf-8").replace("isr:\n", "site_reaction:\n"), encoding="utf-8")
    handout.write_text(handout.read_text(encoding="utf-8").replace("{isr:", "{site_reaction:"), encoding="utf-8")
    assert run(capsys, project, "extract")[0] == 0
    assert run(capsys, project, "update")[0] == 0
    po = (project / "locale/es/LC_MESSAGES/from-en.po").read_text(encoding="utf-8")
    assert "{site_reaction:per10} de cada 10" in po and "{isr:" not in po.split("#~")[0]
    code, _out, err = run(capsys, project, "build", "--format", "html")
    assert code == 0 and "edu: not published:" not in err, err
    assert "Unas 7 de cada 10 personas" in (project / "build/es/medicine-basics.html").read_text(encoding="utf-8")


def test_each_language_merged_from_one_template_keeps_its_own_translations() -> None:
    """One template merged into several languages, as `edu update` does: Babel's update put the
    template's new entries into a catalog as they were, so a translation the merge found for Spanish
    was the Portuguese catalog's too (a Spanish sentence printed on a Portuguese sheet)."""
    new = template("Wash your hands with soap.", "Back again.")
    spanish, portuguese = translated({"Wash your hands.": "Lávese las manos."}), translated({})
    spanish.obsolete["Back again."] = Message("Back again.", "De nuevo.")
    portuguese.obsolete["Back again."] = Message("Back again.", "De novo.")
    portuguese["Wash your hands."] = Message("Wash your hands.", "Lave as mãos.")
    es, pt = merge_catalog(spanish, new), merge_catalog(portuguese, new)
    assert entry(es, "Wash your hands with soap.").string == "Lávese las manos."
    assert entry(pt, "Wash your hands with soap.").string == "Lave as mãos."
    assert (entry(es, "Back again.").string, entry(pt, "Back again.").string) == ("De nuevo.", "De novo.")
    assert [m.string for m in entries(new)] == ["", ""]  # the template itself untouched
    assert entries(merge_catalog(translated({}), new))[0].string == ""  # a third language without one


def test_edu_update_never_gives_one_language_anothers_translation(project: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """The probe's case: a library in Spanish and Portuguese, a source sentence reworded: the
    Portuguese catalog's suggestion was the Spanish one, and its own translation went obsolete."""
    replace_once(project / "pyproject.toml", 'languages = ["en", "es"]', 'languages = ["en", "es", "pt"]')
    assert run(capsys, project, "init", "pt")[0] == 0
    po = project / "locale/pt/LC_MESSAGES/from-en.po"
    po.write_text(po.read_text(encoding="utf-8").replace('msgid "Wash your hands."\nmsgstr ""',
                                                           'msgid "Wash your hands."\nmsgstr "Lave as mãos."'),
                  encoding="utf-8")
    replace_once(project / "content/en/medicine-basics.md", "1. Wash your hands.", "1. Wash your hands with soap.")
    code, _out, err = run(capsys, project, "update")
    assert code == 0, err
    for lang, said in [("es", "Lávese las manos."), ("pt", "Lave as mãos.")]:
        text = (project / f"locale/{lang}/LC_MESSAGES/from-en.po").read_text(encoding="utf-8")
        assert (f'#, fuzzy\n#| msgid "Wash your hands."\nmsgid "Wash your hands with soap."\nmsgstr "{said}"'
                in text), lang
    assert "Lávese" not in (project / "locale/pt/LC_MESSAGES/from-en.po").read_text(encoding="utf-8")
