"""The storage check: a place a medicine is kept said as another ("in the refrigerator" as "no
congelador", probe-pt finding 4) is an error a translator sees at the entry's .po line; the same place
in the translator's words, a negation ("Do not freeze" as "No la congele") and "out of the
refrigerator" pass."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from edu import storage
from edu.checks import check_message
from helpers import run

ADVICE = ("keep where the medicine is kept (a refrigerator is not a freezer, nor room temperature); if the "
          "translation says it in other words, a reviewer confirms them with edu-ok:storage")


def storage_errors(src: str, tr: str, lang: str, source_lang: str = "en") -> list[str]:
    return [f.message for f in check_message(src, tr, source_lang=source_lang, lang=lang) if f.code == "storage"]


# (language, source, translation, what the translator reads before the advice)
UNSAFE = [
    # the probe's slip: the next entry tells the patient not to use a syringe that froze
    ("pt-BR", "Keep the syringes in the refrigerator, in their box.", "Guarde as seringas no congelador, na caixa.",
     "storage place refrigerator in the source is missing from the translation (found freezer)"),
    ("pt-BR", "Keep the syringes in the refrigerator, in their box.", "Guarde as seringas no freezer, na caixa.",
     "storage place refrigerator in the source is missing from the translation (found freezer)"),
    ("pt-BR", "Keep the syringes in the refrigerator.", "Guarde as seringas no congelador da geladeira.",
     "storage place refrigerator in the source is missing from the translation (found freezer)"),
    ("pt-BR", "Store the tablets at room temperature.", "Guarde os comprimidos na geladeira.",
     "storage place room temperature in the source is missing from the translation (found refrigerator)"),
    ("es", "Keep the syringes in the refrigerator, in their box.",
     "Guarde las jeringas en el congelador, dentro de su caja.",
     "storage place refrigerator in the source is missing from the translation (found freezer)"),
    ("es", "Keep the syringes in the refrigerator. Do not freeze them.",
     "Guarde las jeringas a temperatura ambiente. No las congele.",
     "storage place refrigerator in the source is missing from the translation (found room temperature)"),
    ("es", "Keep the syringes in the refrigerator.", "Guarde las jeringas en su caja.",
     "storage place refrigerator in the source is missing from the translation"),
    ("es", "Do not freeze them.", "No las refrigere.",
     "storage place freezer in the source is missing from the translation (found refrigerator)"),
    ("fr", "Keep the syringes in the refrigerator, in their box.",
     "Conservez les seringues au congélateur, dans leur boîte.",
     "storage place refrigerator in the source is missing from the translation (found freezer)"),
    ("fr", "Keep the syringes in the refrigerator, in their box.",
     "Conservez les seringues à température ambiante, dans leur boîte.",
     "storage place refrigerator in the source is missing from the translation (found room temperature)"),
    ("fr", "Keep them in the fridge.", "Conservez-les au frigo ou au congélateur.",
     "storage place freezer in the translation is not in the source"),
    ("vi", "Keep the syringes in the refrigerator.", "Giữ ống tiêm trong ngăn đá tủ lạnh.",
     "storage place refrigerator in the source is missing from the translation (found freezer)"),
]


@pytest.mark.parametrize(("lang", "src", "tr", "said"), UNSAFE)
def test_a_storage_place_said_as_another_is_an_error_the_translator_can_act_on(lang: str, src: str, tr: str,
                                                                              said: str) -> None:
    assert storage_errors(src, tr, lang) == [f"{said}; {ADVICE}"]


def test_a_storage_place_is_read_from_a_spanish_source_too() -> None:
    assert storage_errors("Guarde las jeringas en la nevera.", "Keep the syringes in the freezer.", "en",
                          source_lang="es") == [
        f"storage place refrigerator in the source is missing from the translation (found freezer); {ADVICE}"]


# (language, source, translation): the same place in the translator's words
CORRECT = [
    ("es", "Keep the syringes in the refrigerator, in their box.",
     "Guarde las jeringas en la nevera, dentro de su caja."),
    ("es-AR", "Keep the syringes in the refrigerator, in their box.",
     "Guardá las jeringas en la heladera, dentro de su caja."),
    ("es", "Keep the syringes in the refrigerator.", "Guarde las jeringas en el frigorífico."),
    ("es", "Keep the syringes in the refrigerator. Do not freeze them.",
     "Guarde las jeringas en el refrigerador. No las congele."),
    ("es", "Do not freeze them. If a syringe freezes, do not use it.",
     "No las congele. Si una jeringa se congela, no la use."),
    # room temperature added to "out of the refrigerator": what it means
    ("es", "Take one syringe out of the refrigerator. Let it warm up for 30 minutes.",
     "Saque una jeringa del refrigerador. Déjela a temperatura ambiente 30 minutos."),
    ("es", "Take one syringe out of the refrigerator 30 minutes before your shot.",
     "Saque una jeringa del refrigerador 30 minutos antes de la inyección."),
    ("es", "Do not use a syringe that sat out of the refrigerator for more than {store_us_room}.",
     "No use una jeringa que haya estado fuera del refrigerador más de {store_us_room}."),
    ("es", "Storage: refrigerate, do not freeze. Do not leave it at room temperature.",
     "Conservación: en refrigerador, sin congelar. No la deje a temperatura ambiente."),
    ("pt-BR", "Keep the syringes in the refrigerator, in their box.", "Guarde as seringas na geladeira, na caixa."),
    ("pt-PT", "Keep the syringes in the refrigerator, in their box.",
     "Guarde as seringas no frigorífico, na embalagem."),
    ("pt-BR", "Do not freeze them. If a syringe froze, do not use it.",
     "Não congele. Se uma seringa congelou, não use."),
    ("pt-BR", "Take it out of the refrigerator 30 minutes before.", "Tire a seringa da geladeira 30 minutos antes."),
    ("pt-BR", "Let the syringe reach room temperature.", "Deixe a seringa chegar à temperatura ambiente."),
    ("fr", "Keep the syringes in the refrigerator, in their box.",
     "Conservez les seringues au réfrigérateur, dans leur boîte."),
    ("fr", "Keep them in the fridge. Do not freeze them.", "Conservez-les au frigo. Ne les congelez pas."),
    ("fr", "Take it out of the refrigerator 30 minutes before.",
     "Sortez la seringue du réfrigérateur 30 minutes avant."),
    ("fr", "Let the syringe reach room temperature.", "Laissez la seringue revenir à température ambiante."),
    ("vi", "Keep the syringes in the refrigerator. Do not freeze them.",
     "Giữ ống tiêm trong tủ lạnh. Không để đông đá."),
]


@pytest.mark.parametrize(("lang", "src", "tr"), CORRECT)
def test_the_same_storage_place_in_other_words_passes(lang: str, src: str, tr: str) -> None:
    said = storage.places(src, "en")
    assert said and said <= storage.places(tr, lang)  # read on both sides, not passed unread
    assert [f.code for f in check_message(src, tr, source_lang="en", lang=lang) if f.severity == "error"] == []


def test_a_place_the_source_does_not_name_may_be_added_but_the_freezer_only_where_it_names_none() -> None:
    """As for a route: "Keep it cold" may say where; but a freezer beside the refrigerator is a slip."""
    assert storage.places("Keep it cold.", "en") == frozenset()
    assert storage_errors("Keep it cold.", "Guárdela en el refrigerador.", "es") == []
    assert storage_errors("Keep the syringes in the refrigerator.",
                          "Guarde las jeringas en el refrigerador o a temperatura ambiente.", "es") == []
    assert storage_errors("Keep the syringes in the refrigerator.",
                          "Guarde las jeringas en el refrigerador o en el congelador.", "es") == [
        f"storage place freezer in the translation is not in the source; {ADVICE}"]


def test_a_reviewer_accepts_other_words_with_edu_ok_storage() -> None:
    src, tr = "Keep the syringes in the refrigerator.", "Guarde las jeringas en frío, entre 2 y 8 °C."
    assert storage_errors(src, tr, "es")
    found = check_message(src, tr, source_lang="en", lang="es", flags={"edu-ok:storage"})
    assert [f.code for f in found if f.code in ("storage", "flag")] == []


# (language, place, words that name it): every word of the lists is read, through the pre-filter
WORDS = [
    ("en", storage.FRIDGE, ["refrigerator", "Refrigerate", "refrigerated", "fridge"]),
    ("en", storage.FREEZER, ["freezer", "freeze", "freezes", "frozen", "froze",
                             "freezer compartment of the refrigerator"]),
    ("en", storage.ROOM, ["room temperature", "room-temperature"]),
    ("es", storage.FRIDGE, ["nevera", "refrigerador", "refrigerado", "Refrigérela", "frigorífico", "heladera"]),
    ("es", storage.FREEZER, ["congelador", "congele", "Congélela", "congelar", "freezer",
                             "congelador de la nevera"]),
    ("es", storage.ROOM, ["temperatura ambiente", "temperatura de la habitación"]),
    ("pt", storage.FRIDGE, ["geladeira", "refrigerador", "refrigerado", "frigorífico"]),
    ("pt", storage.FREEZER, ["congelador", "freezer", "congele", "congelada", "freezer da geladeira"]),
    ("pt", storage.ROOM, ["temperatura ambiente"]),
    ("fr", storage.FRIDGE, ["réfrigérateur", "frigo", "réfrigéré", "réfrigération"]),
    ("fr", storage.FREEZER, ["congélateur", "congeler", "congelé", "congèle", "surgelé",
                             "congélateur du réfrigérateur"]),
    ("fr", storage.ROOM, ["température ambiante", "température de la pièce"]),
    ("vi", storage.FRIDGE, ["tủ lạnh", "ngăn mát", "bảo quản lạnh"]),
    ("vi", storage.FREEZER, ["ngăn đá", "tủ đông", "đông lạnh", "đông đá", "đóng băng", "ngăn đá tủ lạnh"]),
    ("vi", storage.ROOM, ["nhiệt độ phòng"]),
]


@pytest.mark.parametrize(("lang", "place", "words"), WORDS)
def test_each_word_names_its_place(lang: str, place: str, words: list[str]) -> None:
    for word in words:
        assert storage.places(f"Guarde {word}.", lang) == {place}, word


def test_words_that_only_look_like_a_place_name_none() -> None:
    assert storage.places("Não tome com refrigerante.", "pt") == frozenset()  # a soda
    assert storage.places("Descongele la comida.", "es") == frozenset()  # thaw: "descongelar", not "congelar"
    assert storage.places("Tómela con un refrigerio.", "es") == frozenset()  # a snack
    assert storage.places("The freeze-dried powder.", "en") == frozenset()
    assert storage.places("Keep it in the emergency room.", "en") == frozenset()
    assert storage.places("Keep it in the refrigerator.", "de") is None  # no list: not checked


def test_edu_check_names_the_storage_slip_at_its_po_line(shipped: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The probe's slip in the shipped Spanish catalog: `edu check` fails at the entry's line with the
    message a translator reads; a reviewer's `# edu-ok:storage` accepts it."""
    po = Path("locale/es/LC_MESSAGES/from-en.po")
    path = shipped / po
    text = path.read_text(encoding="utf-8")
    assert '"Guarde las jeringas en el refrigerador, dentro de su caja. La caja las "' in text
    path.write_text(text.replace("las jeringas en el refrigerador, dentro", "las jeringas en el congelador, dentro"),
                    encoding="utf-8")
    with path.open("rb") as fileobj:
        wanted = "Keep the syringes in the refrigerator,"
        line = next(m.lineno for m in read_po(fileobj) if str(m.id).startswith(wanted))
    status, _out, err = run(capsys, shipped, "check")
    assert status == 1
    assert re.search(rf"^{re.escape(po.as_posix())}:{line}: error: storage place refrigerator in the source is missing "
                     rf"from the translation \(found freezer\); {re.escape(ADVICE)} \[storage\]$", err, re.M), err
    lines = path.read_text(encoding="utf-8").splitlines()
    lines.insert(line - 1, "# edu-ok:storage")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    status, _out, err = run(capsys, shipped, "check")
    assert status == 0 and "[storage]" not in err and "edu-ok:storage" not in err, err
