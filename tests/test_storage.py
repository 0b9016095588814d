"""The storage and organ checks (probe-pt finding 4): a place a medicine is kept said as another ("in
the refrigerator" as "no congelador") or an organ said as another ("liver" as "rim") is an error a
translator sees at the entry's .po line; the same place or organ in the translator's words passes,
and so do a negation ("Do not freeze" as "No la congele") and "out of the refrigerator"."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from edu import organs, storage
from edu.checks import check_message
from helpers import run

ADVICE = {
    "storage": "keep where the medicine is kept (a refrigerator is not a freezer, nor room temperature); if the "
               "translation says it in other words, a reviewer confirms them with edu-ok:storage",
    "organ": "keep the organ (the liver is not the kidney, the lung is not the heart); if the translation says it "
             "in other words, a reviewer confirms them with edu-ok:organ",
}
READ: dict[str, Callable[[str, str], frozenset[str] | None]] = {"storage": storage.places, "organ": organs.organs}
FREEZER_FOR_FRIDGE = "storage place refrigerator in the source is missing from the translation (found freezer)"


def errors(code: str, src: str, tr: str, lang: str, source_lang: str = "en") -> list[str]:
    return [f.message for f in check_message(src, tr, source_lang=source_lang, lang=lang) if f.code == code]


# (check, language, source, translation, what the translator reads before the advice)
UNSAFE = [
    # the probe's slip: the next entry tells the patient not to use a syringe that froze
    ("storage", "pt-BR", "Keep the syringes in the refrigerator, in their box.",
     "Guarde as seringas no congelador, na caixa.", FREEZER_FOR_FRIDGE),
    ("storage", "pt-BR", "Keep the syringes in the refrigerator, in their box.",
     "Guarde as seringas no freezer, na caixa.", FREEZER_FOR_FRIDGE),
    ("storage", "pt-BR", "Keep the syringes in the refrigerator.", "Guarde as seringas no congelador da geladeira.",
     FREEZER_FOR_FRIDGE),
    ("storage", "pt-BR", "Store the tablets at room temperature.", "Guarde os comprimidos na geladeira.",
     "storage place room temperature in the source is missing from the translation (found refrigerator)"),
    ("storage", "es", "Keep the syringes in the refrigerator, in their box.",
     "Guarde las jeringas en el congelador, dentro de su caja.", FREEZER_FOR_FRIDGE),
    ("storage", "es", "Keep the syringes in the refrigerator. Do not freeze them.",
     "Guarde las jeringas a temperatura ambiente. No las congele.",
     "storage place refrigerator in the source is missing from the translation (found room temperature)"),
    ("storage", "es", "Keep the syringes in the refrigerator.", "Guarde las jeringas en su caja.",
     "storage place refrigerator in the source is missing from the translation"),
    ("storage", "es", "Do not freeze them.", "No las refrigere.",
     "storage place freezer in the source is missing from the translation (found out of the refrigerator)"),
    ("storage", "fr", "Keep the syringes in the refrigerator, in their box.",
     "Conservez les seringues au congélateur, dans leur boîte.", FREEZER_FOR_FRIDGE),
    ("storage", "fr", "Keep the syringes in the refrigerator, in their box.",
     "Conservez les seringues à température ambiante, dans leur boîte.",
     "storage place refrigerator in the source is missing from the translation (found room temperature)"),
    ("storage", "fr", "Keep them in the fridge.", "Conservez-les au frigo ou au congélateur.",
     "storage place freezer in the translation is not in the source"),
    ("storage", "vi", "Keep the syringes in the refrigerator.", "Giữ ống tiêm trong ngăn đá tủ lạnh.",
     FREEZER_FOR_FRIDGE),
    ("organ", "pt-BR", "Signs of liver problems: yellow skin or eyes, dark urine.",
     "Sinais de problemas no rim: pele ou olhos amarelados, urina escura.",
     "organ liver in the source is missing from the translation (found kidney)"),
    ("organ", "es", "Signs of liver problems: yellow skin or eyes, dark urine.",
     "Signos de problemas en los riñones: piel u ojos amarillos, orina oscura.",
     "organ liver in the source is missing from the translation (found kidney)"),
    ("organ", "es", "Tell your doctor if you have kidney problems.",
     "Dígale a su médico si tiene problemas del corazón.",
     "organ kidney in the source is missing from the translation (found heart)"),
    ("organ", "fr", "Tell your doctor if you have lung problems.",
     "Dites à votre médecin si vous avez des problèmes de cœur.",
     "organ lung in the source is missing from the translation (found heart)"),
    ("organ", "fr", "Tell your doctor if you have liver problems.",
     "Dites à votre médecin si vous avez des problèmes de foie ou de reins.",
     "organ kidney in the translation is not in the source"),
    ("organ", "vi", "Tell your doctor if you have liver problems.", "Hãy báo bác sĩ nếu bạn có bệnh thận.",
     "organ liver in the source is missing from the translation (found kidney)"),
]


@pytest.mark.parametrize(("code", "lang", "src", "tr", "said"), UNSAFE)
def test_a_place_or_organ_said_as_another_is_an_error_the_translator_can_act_on(code: str, lang: str, src: str,
                                                                              tr: str, said: str) -> None:
    assert errors(code, src, tr, lang) == [f"{said}; {ADVICE[code]}"]


def test_a_storage_place_is_read_from_a_spanish_source_too() -> None:
    assert errors("storage", "Guarde las jeringas en la nevera.", "Keep the syringes in the freezer.", "en",
                  source_lang="es") == [f"{FREEZER_FOR_FRIDGE}; {ADVICE['storage']}"]


# (check, language, source, translation): the same place or organ in the translator's words
CORRECT = [
    ("storage", "es", "Keep the syringes in the refrigerator, in their box.",
     "Guarde las jeringas en la nevera, dentro de su caja."),
    ("storage", "es-AR", "Keep the syringes in the refrigerator, in their box.",
     "Guardá las jeringas en la heladera, dentro de su caja."),
    ("storage", "es", "Keep the syringes in the refrigerator.", "Guarde las jeringas en el frigorífico."),
    ("storage", "es", "Keep the syringes in the refrigerator. Do not freeze them.",
     "Guarde las jeringas en el refrigerador. No las congele."),
    ("storage", "es", "Do not freeze them. If a syringe freezes, do not use it.",
     "No las congele. Si una jeringa se congela, no la use."),
    # room temperature added to "out of the refrigerator": what it means
    ("storage", "es", "Take one syringe out of the refrigerator. Let it warm up for 30 minutes.",
     "Saque una jeringa del refrigerador. Déjela a temperatura ambiente 30 minutos."),
    ("storage", "es", "Take one syringe out of the refrigerator 30 minutes before your shot.",
     "Saque una jeringa del refrigerador 30 minutos antes de la inyección."),
    ("storage", "es", "Do not use a syringe that sat out of the refrigerator for more than {store_us_room}.",
     "No use una jeringa que haya estado fuera del refrigerador más de {store_us_room}."),
    ("storage", "es", "Storage: refrigerate, do not freeze. Do not leave it at room temperature.",
     "Conservación: en refrigerador, sin congelar. No la deje a temperatura ambiente."),
    ("storage", "pt-BR", "Keep the syringes in the refrigerator, in their box.",
     "Guarde as seringas na geladeira, na caixa."),
    ("storage", "pt-PT", "Keep the syringes in the refrigerator, in their box.",
     "Guarde as seringas no frigorífico, na embalagem."),
    ("storage", "pt-BR", "Do not freeze them. If a syringe froze, do not use it.",
     "Não congele. Se uma seringa congelou, não use."),
    ("storage", "pt-BR", "Take it out of the refrigerator 30 minutes before.",
     "Tire a seringa da geladeira 30 minutos antes."),
    ("storage", "pt-BR", "Let the syringe reach room temperature.", "Deixe a seringa chegar à temperatura ambiente."),
    ("storage", "fr", "Keep the syringes in the refrigerator, in their box.",
     "Conservez les seringues au réfrigérateur, dans leur boîte."),
    ("storage", "fr", "Keep them in the fridge. Do not freeze them.", "Conservez-les au frigo. Ne les congelez pas."),
    ("storage", "fr", "Take it out of the refrigerator 30 minutes before.",
     "Sortez la seringue du réfrigérateur 30 minutes avant."),
    ("storage", "fr", "Let the syringe reach room temperature.",
     "Laissez la seringue revenir à température ambiante."),
    ("storage", "vi", "Keep the syringes in the refrigerator. Do not freeze them.",
     "Giữ ống tiêm trong tủ lạnh. Không để đông đá."),
    ("organ", "pt-BR", "Signs of liver problems: yellow skin or eyes, dark urine.",
     "Sinais de problemas no fígado: pele ou olhos amarelados, urina escura."),
    ("organ", "pt-BR", "Tell your doctor if you have liver damage.", "Informe o médico se tiver lesão hepática."),
    ("organ", "es", "Tell your doctor if you have kidney problems.", "Dígale a su médico si tiene problemas renales."),
    ("organ", "es", "Anakinra can cause serious lung infections, such as pneumonia.",
     "La anakinra puede causar infecciones pulmonares graves, como la neumonía."),
    ("organ", "es", "Call 911 if you have signs of a heart attack.", "Llame al 911 si tiene signos de un infarto."),
    ("organ", "fr", "Tell your doctor if you have kidney problems.",
     "Dites à votre médecin si vous avez une maladie rénale."),
    ("organ", "fr", "Tell your doctor if you have heart problems.",
     "Dites à votre médecin si vous avez des problèmes cardiaques."),
    ("organ", "vi", "Tell your doctor if you have lung or heart problems.",
     "Hãy báo bác sĩ nếu bạn có bệnh phổi hoặc tim."),
]


@pytest.mark.parametrize(("code", "lang", "src", "tr"), CORRECT)
def test_the_same_place_or_organ_in_other_words_passes(code: str, lang: str, src: str, tr: str) -> None:
    said = READ[code](src, "en")
    assert said and said <= (READ[code](tr, lang) or set())  # read on both sides, not passed unread
    assert [f.code for f in check_message(src, tr, source_lang="en", lang=lang) if f.severity == "error"] == []


def test_a_place_the_source_does_not_name_may_be_added_but_the_freezer_only_where_it_names_none() -> None:
    """As for a route: "Keep it cold" may say where; but a freezer beside the refrigerator is a slip."""
    assert storage.places("Keep it cold.", "en") == frozenset()
    assert errors("storage", "Keep it cold.", "Guárdela en el refrigerador.", "es") == []
    assert errors("storage", "Keep the syringes in the refrigerator.",
                  "Guarde las jeringas en el refrigerador o a temperatura ambiente.", "es") == []
    assert errors("storage", "Keep the syringes in the refrigerator.",
                  "Guarde las jeringas en el refrigerador o en el congelador.", "es") == [
        f"storage place freezer in the translation is not in the source; {ADVICE['storage']}"]


@pytest.mark.parametrize(("code", "lang", "src", "tr"), [
    ("storage", "es", "Keep the syringes in the refrigerator.", "Guarde las jeringas en frío."),
    ("organ", "pt-BR", "Signs of liver problems: yellow skin or eyes.",
     "Sinais de icterícia: pele ou olhos amarelados."),
])
def test_a_reviewer_accepts_other_words_with_edu_ok(code: str, lang: str, src: str, tr: str) -> None:
    assert errors(code, src, tr, lang)
    found = check_message(src, tr, source_lang="en", lang=lang, flags={f"edu-ok:{code}"})
    assert [f.code for f in found if f.code in (code, "flag")] == []


# (how a text is read, language, what the words name, the words): every word of the lists is read,
# through the pre-filter
WORDS = [
    (storage.places, "en", storage.FRIDGE, ["refrigerator", "Refrigerate", "refrigerated", "fridge"]),
    (storage.places, "en", storage.FREEZER, ["freezer", "freeze", "freezes", "frozen", "froze",
                                             "freezer compartment of the refrigerator"]),
    (storage.places, "en", storage.ROOM, ["room temperature", "room-temperature"]),
    (storage.places, "es", storage.FRIDGE, ["nevera", "refrigerador", "refrigerado", "Refrigérela", "frigorífico",
                                            "heladera"]),
    (storage.places, "es", storage.FREEZER, ["congelador", "congele", "Congélela", "congelar", "freezer",
                                             "congelador de la nevera"]),
    (storage.places, "es", storage.ROOM, ["temperatura ambiente", "temperatura de la habitación"]),
    (storage.places, "pt", storage.FRIDGE, ["geladeira", "refrigerador", "refrigerado", "frigorífico"]),
    (storage.places, "pt", storage.FREEZER, ["congelador", "freezer", "congele", "congelada", "freezer da geladeira"]),
    (storage.places, "pt", storage.ROOM, ["temperatura ambiente"]),
    (storage.places, "fr", storage.FRIDGE, ["réfrigérateur", "frigo", "réfrigéré", "réfrigération"]),
    (storage.places, "fr", storage.FREEZER, ["congélateur", "congeler", "congelé", "congèle", "surgelé",
                                             "congélateur du réfrigérateur"]),
    (storage.places, "fr", storage.ROOM, ["température ambiante", "température de la pièce"]),
    (storage.places, "vi", storage.FRIDGE, ["tủ lạnh", "ngăn mát", "bảo quản lạnh"]),
    (storage.places, "vi", storage.FREEZER, ["ngăn đá", "tủ đông", "đông lạnh", "đông đá", "đóng băng",
                                             "ngăn đá tủ lạnh"]),
    (storage.places, "vi", storage.ROOM, ["nhiệt độ phòng"]),
    (organs.organs, "en", organs.LIVER, ["liver", "hepatic", "hepatitis"]),
    (organs.organs, "en", organs.KIDNEY, ["kidneys", "renal", "nephrology"]),
    (organs.organs, "en", organs.LUNG, ["lung", "pulmonary", "pneumonia"]),
    (organs.organs, "en", organs.HEART, ["heart", "cardiac", "cardiologist"]),
    (organs.organs, "es", organs.LIVER, ["hígado", "hepático", "hepatitis"]),
    (organs.organs, "es", organs.KIDNEY, ["riñón", "riñones", "renales"]),
    (organs.organs, "es", organs.LUNG, ["pulmón", "pulmonares", "neumonía"]),
    (organs.organs, "es", organs.HEART, ["corazón", "cardíaca", "infarto"]),
    (organs.organs, "pt", organs.LIVER, ["fígado", "hepática"]),
    (organs.organs, "pt", organs.KIDNEY, ["rim", "rins", "renais"]),
    (organs.organs, "pt", organs.LUNG, ["pulmão", "pulmões", "pneumonia"]),
    (organs.organs, "pt", organs.HEART, ["coração", "cardíaco", "infarto"]),
    (organs.organs, "fr", organs.LIVER, ["foie", "hépatique"]),
    (organs.organs, "fr", organs.KIDNEY, ["reins", "rénale", "rénaux", "néphrologue"]),
    (organs.organs, "fr", organs.LUNG, ["poumons", "pulmonaire", "pneumonie"]),
    (organs.organs, "fr", organs.HEART, ["cœur", "coeur", "cardiaque", "infarctus"]),
    (organs.organs, "vi", organs.LIVER, ["gan", "viêm gan"]),
    (organs.organs, "vi", organs.KIDNEY, ["thận"]),
    (organs.organs, "vi", organs.LUNG, ["phổi"]),
    (organs.organs, "vi", organs.HEART, ["tim", "nhồi máu cơ tim"]),
]


@pytest.mark.parametrize(("read", "lang", "thing", "words"), WORDS)
def test_each_word_names_its_place_or_organ(read: Callable[[str, str], frozenset[str] | None], lang: str,
                                            thing: str, words: list[str]) -> None:
    for word in words:
        assert read(f"Guarde {word}.", lang) == {thing}, word


def test_words_that_only_look_like_a_place_or_an_organ_name_none() -> None:
    assert storage.places("Não tome com refrigerante.", "pt") == frozenset()  # a soda
    assert storage.places("Descongele la comida.", "es") == frozenset()  # thaw: "descongelar", not "congelar"
    assert storage.places("Tómela con un refrigerio.", "es") == frozenset()  # a snack
    assert storage.places("The freeze-dried powder.", "en") == frozenset()
    assert storage.places("Keep it in the emergency room.", "en") == frozenset()
    assert storage.places("Keep it in the refrigerator.", "de") is None  # no list: not checked
    assert organs.organs("Antacids help with heartburn.", "en") == frozenset()
    assert organs.organs("Your adrenal glands.", "en") == frozenset()
    assert organs.organs("Thận trọng khi dùng thuốc này.", "vi") == frozenset()  # with caution
    assert errors("organ", "Use it with care if you have liver disease.",
                  "Thận trọng khi dùng nếu bạn có bệnh gan.", "vi") == []


PO = Path("locale/es/LC_MESSAGES/from-en.po")
KEEP = "Keep the syringes in the refrigerator,"  # the entry of the probe's slip


def slipped(shipped: Path, translated: str, as_: str, source: str) -> int:
    """The shipped Spanish catalog with ``translated`` written ``as_``: the line of the entry whose
    source starts with ``source``."""
    path = shipped / PO
    text = path.read_text(encoding="utf-8")
    assert translated in text
    path.write_text(text.replace(translated, as_), encoding="utf-8")
    with path.open("rb") as fileobj:
        return next(m.lineno for m in read_po(fileobj) if str(m.id).startswith(source))


def accepted(shipped: Path, capsys: pytest.CaptureFixture[str], line: int) -> None:
    """A reviewer's `# edu-ok:storage` above the entry at ``line`` accepts it: `edu check` passes."""
    lines = (shipped / PO).read_text(encoding="utf-8").splitlines()
    lines.insert(line - 1, "# edu-ok:storage")
    (shipped / PO).write_text("\n".join(lines) + "\n", encoding="utf-8")
    status, _out, err = run(capsys, shipped, "check")
    assert status == 0 and "[storage]" not in err and "edu-ok:storage" not in err, err


def test_edu_check_names_the_storage_slip_at_its_po_line(shipped: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The probe's slip in the shipped Spanish catalog: `edu check` fails at the entry's line with the
    message a translator reads; a reviewer's `# edu-ok:storage` accepts it."""
    line = slipped(shipped, "las jeringas en el refrigerador, dentro", "las jeringas en el congelador, dentro", KEEP)
    status, _out, err = run(capsys, shipped, "check")
    assert status == 1
    assert re.search(rf"^{re.escape(PO.as_posix())}:{line}: error: {re.escape(FREEZER_FOR_FRIDGE)}; "
                     rf"{re.escape(ADVICE['storage'])} \[storage\]$", err, re.M), err
    accepted(shipped, capsys, line)


# Out of the refrigerator is a place of its own (probe: "Keep the syringes in the refrigerator" as
# "Guarde las jeringas fuera del refrigerador" passed, both naming the refrigerator)
def turned(source_place: str, source_words: str, place: str, words: str, kept: str = "refrigerator") -> str:
    inside = f"in the {kept} is not out of it"
    return (f'storage place turned round: the source says {source_place} ("{source_words}") and the translation '
            f'{place} ("{words}"); keep where the medicine is kept ({inside}); if the translation says it in '
            "other words, a reviewer confirms them with edu-ok:storage")


IN, OUT = "in the refrigerator", "out of the refrigerator"
TURNED_ROUND = [
    ("es", "Keep the syringes in the refrigerator.", "Guarde las jeringas fuera del refrigerador.",
     turned(IN, "the syringes in the refrigerator", OUT, "Guarde las jeringas fuera del refrigerador")),
    ("es", "Keep the syringes in the refrigerator, in their box.", "Guarde las jeringas afuera de la nevera.",
     turned(IN, "the syringes in the refrigerator", OUT, "Guarde las jeringas afuera de la nevera")),
    ("es", "Take the syringe out of the refrigerator 30 minutes before.",
     "Deje la jeringa en el refrigerador 30 minutos antes.",
     turned(OUT, "Take the syringe out of the refrigerator", IN, "la jeringa en el refrigerador")),
    ("es", "Keep the syringes in the refrigerator.", "Saque las jeringas del refrigerador.",
     turned(IN, "the syringes in the refrigerator", OUT, "Saque las jeringas del refrigerador")),
    ("pt-BR", "Keep the syringes in the refrigerator, in their box.", "Guarde as seringas fora da geladeira, na caixa.",
     turned(IN, "the syringes in the refrigerator", OUT, "Guarde as seringas fora da geladeira")),
    ("pt-BR", "Keep the syringes in the refrigerator.", "Retire-as da geladeira.",
     turned(IN, "the syringes in the refrigerator", OUT, "Retire-as da geladeira")),
    ("pt-BR", "Take it out of the refrigerator 30 minutes before.", "Deixe a seringa na geladeira 30 minutos antes.",
     turned(OUT, "Take it out of the refrigerator", IN, "Deixe a seringa na geladeira")),
    ("fr", "Keep the syringes in the refrigerator, in their box.",
     "Conservez les seringues hors du réfrigérateur, dans leur boîte.",
     turned(IN, "the syringes in the refrigerator", OUT, "Conservez les seringues hors du réfrigérateur")),
    ("fr", "Keep them in the fridge.", "Sortez-les du frigo.", turned(IN, "Keep them in the fridge", OUT,
                                                                     "Sortez-les du frigo")),
    ("fr", "Remove the syringe from the refrigerator 30 minutes before.",
     "Laissez la seringue au réfrigérateur 30 minutes avant.",
     turned(OUT, "Remove the syringe from the refrigerator", IN, "Laissez la seringue au réfrigérateur")),
    ("vi", "Keep the syringes in the refrigerator.", "Để ống tiêm bên ngoài tủ lạnh.",
     turned(IN, "the syringes in the refrigerator", OUT, "Để ống tiêm bên ngoài tủ lạnh")),
    ("vi", "Take the syringe out of the refrigerator 30 minutes before.", "Giữ ống tiêm trong tủ lạnh 30 phút.",
     turned(OUT, "Take the syringe out of the refrigerator", IN, "Giữ ống tiêm trong tủ lạnh")),
]


# Out of the freezer is a place of its own (probe: "Keep out of the freezer" as "Guárdela en el
# congelador" passed every check, both naming the freezer and neither saying "not")
IN_FREEZER, OUT_FREEZER = "in the freezer", "out of the freezer"
FREEZER_TURNED_ROUND = [
    ("es", "Keep the syringes out of the freezer.", "Guarde las jeringas en el congelador.",
     turned(OUT_FREEZER, "Keep the syringes out of the freezer", IN_FREEZER, "las jeringas en el congelador",
            kept="freezer")),
    ("es", "Do not put the syringes in the freezer.", "Guarde las jeringas en el congelador.",
     turned(OUT_FREEZER, "Do not put the syringes in the freezer", IN_FREEZER, "las jeringas en el congelador",
            kept="freezer")),
    ("es", "Do not freeze them.", "Guárdelas en el congelador.",
     turned(OUT_FREEZER, "Do not freeze", IN_FREEZER, "Guárdelas en el congelador", kept="freezer")),
    ("pt-BR", "Keep the syringes away from the freezer.", "Guarde as seringas no congelador.",
     turned(OUT_FREEZER, "Keep the syringes away from the freezer", IN_FREEZER, "Guarde as seringas no congelador",
            kept="freezer")),
    ("fr", "Keep the syringes out of the freezer.", "Conservez les seringues au congélateur.",
     turned(OUT_FREEZER, "Keep the syringes out of the freezer", IN_FREEZER,
            "Conservez les seringues au congélateur", kept="freezer")),
    ("fr", "Do not freeze them.", "Mettez-les au congélateur.",
     turned(OUT_FREEZER, "Do not freeze", IN_FREEZER, "Mettez-les au congélateur", kept="freezer")),
    # "unrefrigerated", "not refrigerated": out of the refrigerator
    ("es", "Keep it unrefrigerated for up to 14 days.", "Guárdela en el refrigerador hasta 14 días.",
     turned(OUT, "Keep it unrefrigerated", IN, "Guárdela en el refrigerador")),
    ("pt-BR", "It may be kept not refrigerated for up to 14 days.", "Pode ser guardada na geladeira por até 14 dias.",
     turned(OUT, "It may be kept not refrigerated", IN, "Pode ser guardada na geladeira")),
    ("fr", "Keep it unrefrigerated for up to 14 days.", "Conservez-la au réfrigérateur jusqu’à 14 jours.",
     turned(OUT, "Keep it unrefrigerated", IN, "Conservez-la au réfrigérateur")),
]


@pytest.mark.parametrize(("lang", "src", "tr", "said"), TURNED_ROUND + FREEZER_TURNED_ROUND)
def test_in_a_place_said_as_out_of_it_or_the_reverse_is_an_error(lang: str, src: str, tr: str, said: str) -> None:
    assert errors("storage", src, tr, lang) == [said]


def test_out_of_the_refrigerator_is_read_from_a_spanish_source_too() -> None:
    assert errors("storage", "Saque una jeringa del refrigerador.", "Leave one syringe in the refrigerator.", "en",
                  source_lang="es") == [turned(OUT, "Saque una jeringa del refrigerador", IN,
                                               "one syringe in the refrigerator")]


# (language, source, translation): out of the refrigerator on both sides, in the translator's words
OUT_OF_IT = [
    ("es", "Take one syringe out of the refrigerator. Do not shake it.",
     "Saque una jeringa del refrigerador. No la agite."),
    ("es", "Take one syringe out of the refrigerator. Let it warm up for 30 minutes.",
     "Saque una jeringa del refrigerador. Déjela a temperatura ambiente 30 minutos."),  # room temperature added
    ("es", "Do not use a syringe that sat out of the refrigerator for more than {store_us_room}.",
     "No use una jeringa que haya estado fuera del refrigerador más de {store_us_room}."),
    ("es", "Take it out of the fridge 30 minutes before.", "Sáquela de la nevera 30 minutos antes."),
    ("es", "Remove the syringe from the refrigerator.", "Retire la jeringa precargada del refrigerador."),
    ("es", "Do not take it out of the refrigerator until you are ready.",
     "No la saque del refrigerador hasta que esté listo."),
    ("es-AR", "Keep it outside the refrigerator for 30 minutes.", "Dejala fuera de la heladera 30 minutos."),
    ("pt-BR", "Take it out of the refrigerator 30 minutes before.", "Tire a seringa da geladeira 30 minutos antes."),
    ("pt-BR", "Take it out of the refrigerator 30 minutes before.", "Retire-a da geladeira 30 minutos antes."),
    ("pt-PT", "Do not use a syringe that sat out of the refrigerator for more than {store_us_room}.",
     "Não use uma seringa que esteve fora do frigorífico mais de {store_us_room}."),
    ("fr", "Take it out of the refrigerator 30 minutes before.",
     "Sortez la seringue du réfrigérateur 30 minutes avant."),
    ("fr", "Take it out of the refrigerator 30 minutes before.", "Sortez-la du réfrigérateur 30 minutes avant."),
    ("fr", "Do not use a syringe that sat out of the refrigerator for more than {store_us_room}.",
     "N’utilisez pas une seringue restée hors du réfrigérateur plus de {store_us_room}."),
    ("vi", "Take the syringe out of the refrigerator 30 minutes before.",
     "Lấy ống tiêm ra khỏi tủ lạnh 30 phút trước khi tiêm."),
]


@pytest.mark.parametrize(("lang", "src", "tr"), OUT_OF_IT)
def test_out_of_the_refrigerator_in_other_words_passes(lang: str, src: str, tr: str) -> None:
    assert storage.OUT_FRIDGE in (storage.places(src, "en") or set()) & (storage.places(tr, lang) or set())
    assert [f.code for f in check_message(src, tr, source_lang="en", lang=lang) if f.severity == "error"] == []


def test_the_freezer_said_either_way_is_out_of_it() -> None:
    """"Do not freeze" and "lejos del congelador" say the same: out of the freezer. A "not" of another
    verb leaves the freezer the freezer ("If it has been frozen, do not use it": it was frozen)."""
    assert storage.places("Manténgala lejos del congelador.", "es") == {storage.OUT_FREEZER}
    assert errors("storage", "Do not freeze it.", "Manténgala lejos del congelador.", "es") == []
    assert errors("storage", "Keep it away from the freezer.", "No la congele.", "es") == []
    assert storage.places("Keep the syringes out of the refrigerator and away from the freezer.", "en") == {
        storage.OUT_FRIDGE, storage.OUT_FREEZER}
    src, tr = "If a syringe has been frozen, do not use it.", "No use una jeringa si se ha congelado."
    assert storage.places(src, "en") == storage.places(tr, "es") == {storage.FREEZER}
    assert errors("storage", src, tr, "es") == []
    assert storage.places("Do not use a frozen syringe.", "en") == {storage.FREEZER}
    assert storage.places("Ne l’utilisez pas si elle a été congelée.", "fr") == {storage.FREEZER}
    assert storage.places("Si no la usa, guárdela en el refrigerador.", "es") == {storage.FRIDGE}
    assert storage.places("Keep the syringes in the refrigerator, with no return to the freezer.", "en") == {
        storage.FRIDGE, storage.FREEZER}


# (language, source, translation, the place both name): a "not" said to the place in the translator's words
KEPT_OUT = [
    ("es", "Keep out of the freezer.", "No la ponga en el congelador.", OUT_FREEZER),
    ("es", "Keep out of the freezer.", "Manténgala fuera del congelador.", OUT_FREEZER),
    ("es", "Do not freeze them.", "No las congele.", OUT_FREEZER),
    ("es", "Do not freeze them.", "No las ponga en el congelador.", OUT_FREEZER),
    ("es", "Storage: refrigerate, do not freeze.", "Conservación: en refrigerador, sin congelar.",
     OUT_FREEZER),
    ("es", "Do not shake or freeze the syringe.", "No agite ni congele la jeringa.", OUT_FREEZER),
    ("pt-BR", "Keep out of the freezer.", "Não coloque no congelador.", OUT_FREEZER),
    ("pt-BR", "Do not freeze them.", "Mantenha fora do congelador.", OUT_FREEZER),
    ("fr", "Do not freeze them.", "Ne pas congeler.", OUT_FREEZER),
    ("fr", "Keep out of the freezer.", "Ne la mettez pas au congélateur.", OUT_FREEZER),
    ("fr", "Do not freeze them.", "Conservez-les hors du congélateur.", OUT_FREEZER),
    ("vi", "Keep the syringes in the refrigerator. Do not freeze them.",
     "Giữ ống tiêm trong tủ lạnh. Không để đông đá.", OUT_FREEZER),
    ("es", "Keep it unrefrigerated for up to 14 days.", "Guárdela fuera del refrigerador hasta 14 días.",
     OUT),
    ("es", "Keep it unrefrigerated for up to 14 days.", "Guárdela sin refrigerar hasta 14 días.", OUT),
    ("es", "It may be kept without refrigeration.", "Puede guardarse sin refrigeración.", OUT),
    ("pt-BR", "Keep it unrefrigerated for up to 14 days.", "Guarde sem refrigeração por até 14 dias.",
     OUT),
    ("pt-BR", "Keep it unrefrigerated for up to 14 days.", "Pode ficar não refrigerada por até 14 dias.",
     OUT),
    ("fr", "Keep it unrefrigerated for up to 14 days.", "Conservez-la non réfrigérée jusqu’à 14 jours.",
     OUT),
]


@pytest.mark.parametrize(("lang", "src", "tr", "place"), KEPT_OUT)
def test_out_of_a_place_said_with_a_not_passes(lang: str, src: str, tr: str, place: str) -> None:
    assert place in (storage.places(src, "en") or set()) & (storage.places(tr, lang) or set())
    assert errors("storage", src, tr, lang) == []


# (language, the place, its words): out of the freezer said by "out of" it or by a "not" said to it,
# out of the refrigerator by the words that say it stays out ("Do not refrigerate" is the negation
# check's, as "Keep it in the refrigerator" turned into "No la guarde en el refrigerador")
KEPT_OUT_WORDS = [
    ("en", OUT_FREEZER, ["out of the freezer", "away from the freezer", "outside the freezer", "Do not freeze",
                         "Don't freeze", "must not be frozen", "Do not let it freeze", "Never put it in the freezer",
                         "not in the freezer", "Protect from freezing", "Avoid freezing",
                         "Remove it from the freezer"]),
    ("es", OUT_FREEZER, ["fuera del congelador", "lejos del congelador", "No la congele", "No congelar", "sin congelar",
                         "No deje que se congele", "Evite congelarla", "No la ponga en el congelador",
                         "nunca en el congelador", "ni la congele"]),
    ("pt", OUT_FREEZER, ["fora do congelador", "longe do freezer", "Não congele", "sem congelar",
                         "Não deve ser congelado", "Não coloque no congelador", "nem congele"]),
    ("fr", OUT_FREEZER, ["hors du congélateur", "loin du congélateur", "Ne pas congeler", "Ne les congelez pas",
                         "Ne jamais congeler", "Ne pas mettre au congélateur", "Ne la mettez pas au congélateur",
                         "pas au congélateur", "Évitez de la congeler"]),
    ("vi", OUT_FREEZER, ["ra khỏi ngăn đá", "Không để đông đá", "Không được để trong ngăn đá", "Tránh làm đông"]),
    ("en", OUT, ["unrefrigerated", "non-refrigerated", "not refrigerated", "without refrigeration"]),
    ("es", OUT, ["sin refrigerar", "sin refrigeración", "no refrigerado", "no refrigeradas"]),
    ("pt", OUT, ["não refrigerado", "sem refrigeração", "sem refrigerar"]),
    ("fr", OUT, ["non réfrigéré", "non réfrigérée", "sans réfrigération"]),
]


@pytest.mark.parametrize(("lang", "place", "words"), KEPT_OUT_WORDS)
def test_each_word_of_keeping_out_of_a_place_names_it(lang: str, place: str, words: list[str]) -> None:
    for word in words:
        assert storage.places(f"Guarde {word}.", lang) == {place}, word


# A refrigerator's temperature range names it, on either side
FRIDGE_RANGES = [
    ("es", "Store in the refrigerator at 2 °C to 8 °C.", "Consérvela entre 2 y 8 °C."),
    ("es", "Store in the refrigerator.", "Consérvela entre 2 ºC y 8 ºC."),  # the ordinal sign, typed for °
    ("es", "Store at 36 °F to 46 °F.", "Consérvela en el refrigerador."),
    ("pt-BR", "Store in the refrigerator at 2 °C to 8 °C.", "Conserve entre 2 °C e 8 °C."),
    ("fr", "Store in the refrigerator at 2 °C to 8 °C.", "Conservez-la entre +2 °C et +8 °C."),
    ("fr", "Store at 2–8 °C.", "Conservez-la au réfrigérateur."),
]


@pytest.mark.parametrize(("lang", "src", "tr"), FRIDGE_RANGES)
def test_a_refrigerator_temperature_range_names_the_refrigerator(lang: str, src: str, tr: str) -> None:
    assert storage.places(src, "en") == storage.places(tr, lang) == {storage.FRIDGE}
    assert errors("storage", src, tr, lang) == []


def test_a_temperature_outside_the_refrigerator_range_names_none() -> None:
    assert errors("storage", "Store the syringes at 2 °C to 8 °C.", "Guarde las jeringas en el congelador.",
                  "es") == [f"{FREEZER_FOR_FRIDGE}; {ADVICE['storage']}"]
    assert errors("storage", "Store the syringes in the refrigerator.",
                  "Guarde las jeringas a temperatura ambiente (hasta 25 °C).", "es") == [
        "storage place refrigerator in the source is missing from the translation (found room temperature); "
        f"{ADVICE['storage']}"]
    for text in ("up to 25 °C", "15–25 °C", "−2 to 8 °C", "between 2 and 8 hours", "2 to 8 °F"):
        assert storage.places(f"Store it {text}.", "en") == frozenset(), text


def test_edu_check_names_the_freezer_turned_round_at_its_po_line(shipped: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """"Do not freeze them" translated "Congélelas" in the shipped Spanish catalog: `edu check` fails
    at the entry's line with the storage message (beside the negation's)."""
    line = slipped(shipped, 'msgstr "Guarde las jeringas en el refrigerador. No las congele."',
                   'msgstr "Guarde las jeringas en el refrigerador. Congélelas."', "Keep the syringes in the "
                   "refrigerator. Do not freeze them.")
    status, _out, err = run(capsys, shipped, "check")
    assert status == 1
    said = turned(OUT_FREEZER, "Do not freeze", IN_FREEZER, "Congélelas", kept="freezer")
    assert re.search(rf"^{re.escape(PO.as_posix())}:{line}: error: {re.escape(said)} \[storage\]$", err, re.M), err


def test_out_of_the_refrigerator_is_not_room_temperature() -> None:
    """A hot car is out of the refrigerator; room temperature has a limit: a reviewer who has read
    "fuera del refrigerador" for "at room temperature" accepts it with edu-ok:storage, as before."""
    src, tr = "Store the tablets at room temperature.", "Guarde las tabletas fuera del refrigerador."
    assert errors("storage", src, tr, "es") == [
        "storage place room temperature in the source is missing from the translation (found out of the "
        f"refrigerator); {ADVICE['storage']}"]
    found = check_message(src, tr, source_lang="en", lang="es", flags={"edu-ok:storage"})
    assert [f.code for f in found if f.code in ("storage", "flag")] == []
    # room temperature and out of the refrigerator may each be added to the other
    assert errors("storage", "Let the syringe reach room temperature.",
                  "Deje la jeringa fuera del refrigerador hasta que llegue a temperatura ambiente.", "es") == []


def test_a_place_both_in_and_out_of_the_refrigerator_is_read_as_both() -> None:
    text = "Take one syringe out of the refrigerator. Keep the others in the refrigerator."
    assert storage.places(text, "en") == {storage.FRIDGE, storage.OUT_FRIDGE}
    assert errors("storage", text, "Saque una jeringa del refrigerador. Guarde las demás en el refrigerador.",
                  "es") == []
    assert storage.places("Keep out of the reach of children. Store in the refrigerator.", "en") == {
        storage.FRIDGE}
    assert storage.places("No sacuda la jeringa del refrigerador.", "es") == {storage.FRIDGE}  # shake, not take out
    assert storage.places("Guarde las jeringas refrigeradas fuera de la caja.", "es") == {storage.FRIDGE}
    assert storage.places("Store it in the refrigerator, away from the fridge door.", "en") == {storage.FRIDGE}


OUT_WORDS = [
    ("en", ["out of the refrigerator", "out of your fridge", "outside the refrigerator", "away from the fridge",
            "Take it out of the refrigerator", "Remove the syringe from the refrigerator", "out of refrigeration"]),
    ("es", ["fuera del refrigerador", "fuera de la nevera", "afuera de la heladera", "fuera del frigorífico",
            "lejos del refrigerador", "Sáquela del refrigerador", "Saque una jeringa de la nevera",
            "sacada del refrigerador", "Retire la jeringa del refrigerador", "fuera de refrigeración"]),
    ("pt", ["fora da geladeira", "fora do refrigerador", "fora do frigorífico", "tirar da geladeira",
            "tirá-la da geladeira", "Tire a seringa da geladeira", "Retire-a da geladeira",
            "Remova a seringa do refrigerador"]),
    ("fr", ["hors du réfrigérateur", "en dehors du réfrigérateur", "hors réfrigérateur", "loin du frigo",
            "sortir du réfrigérateur", "Sortez-la du réfrigérateur", "Sortez la seringue du réfrigérateur",
            "Sortez l’ampoule du frigo", "Retirez la seringue du réfrigérateur"]),
    ("vi", ["ra khỏi tủ lạnh", "Lấy ống tiêm ra khỏi tủ lạnh", "bên ngoài tủ lạnh", "để ngoài tủ lạnh"]),
]


@pytest.mark.parametrize(("lang", "words"), OUT_WORDS)
def test_each_word_of_out_of_the_refrigerator_names_it(lang: str, words: list[str]) -> None:
    for word in words:
        assert storage.places(f"Guarde {word}.", lang) == {storage.OUT_FRIDGE}, word


def test_edu_check_names_the_refrigerator_turned_round_at_its_po_line(shipped: Path,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    """The probe's slip in the shipped Spanish catalog: `edu check` fails at the entry's line with the
    message a translator reads; a reviewer's `# edu-ok:storage` accepts it."""
    line = slipped(shipped, "las jeringas en el refrigerador, dentro", "las jeringas fuera del refrigerador, dentro",
                   KEEP)
    status, _out, err = run(capsys, shipped, "check")
    assert status == 1
    said = turned(IN, "the syringes in the refrigerator", OUT, "Guarde las jeringas fuera del refrigerador")
    assert re.search(rf"^{re.escape(PO.as_posix())}:{line}: error: {re.escape(said)} \[storage\]$", err, re.M), err
    accepted(shipped, capsys, line)
