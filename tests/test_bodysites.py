"""The site check: the body site of a shot said as another ("Inject into the thigh or belly" as
"Inyecte en el brazo o el vientre") is an error a translator sees at the entry's .po line, and so is
a site left out or added; the same sites in the translator's words and order pass, and so do a
stomach that is no site ("upset stomach") and an arm of a trial ("deaths in each arm")."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from edu import bodysites
from edu.checks import check_message
from helpers import run

ADVICE = ("keep where the shot is given (the thigh is not the arm, the belly is not the buttock); if the translation "
          "says it in other words, a reviewer confirms them with edu-ok:site")


def errors(src: str, tr: str, lang: str, source_lang: str = "en") -> list[str]:
    return [f.message for f in check_message(src, tr, source_lang=source_lang, lang=lang) if f.code == "site"]


def missing(site: str, found: str = "") -> str:
    return f"body site {site} in the source is missing from the translation{f' (found {found})' if found else ''}"


# (language, source, translation, what the translator reads before the advice)
UNSAFE = [
    ("es", "Inject into the thigh or belly.", "Inyecte en el brazo o el vientre.",
     missing('thigh: "thigh"', 'arm: "el brazo"')),
    ("es", "Pick a spot on your outer thigh or belly.", "Elija un lugar en la parte externa del muslo o en las nalgas.",
     missing('belly: "belly"', 'buttock: "nalgas"')),
    ("es", "Inject it into your thigh.", "Inyéctela en el muslo o en el brazo.",
     'body site arm: "el brazo" in the translation is not in the source (which names thigh: "thigh")'),
    ("es", "Use your thigh or belly.", "Use el muslo.", missing('belly: "belly"')),
    ("pt-BR", "3 — The back of your upper arm", "3 — A parte de trás da coxa",
     missing('arm: "upper arm"', 'thigh: "coxa"')),
    ("pt-BR", "Inject into the belly.", "Aplique na nádega.", missing('belly: "belly"', 'buttock: "nádega"')),
    ("fr", "Inject into the thigh or belly.", "Injectez dans la cuisse ou la fesse.",
     missing('belly: "belly"', 'buttock: "fesse"')),
    ("fr", "4 — Your buttocks", "4 — Le haut du bras", missing('buttock: "buttocks"', 'arm: "du bras"')),
    ("vi", "2 — Your belly", "2 — Mông của bạn", missing('belly: "belly"', 'buttock: "Mông"')),
    ("vi", "Inject into the back of the arm.", "Tiêm vào đùi.", missing('arm: "the arm"', 'thigh: "đùi"')),
    ("es", "Give the shot in your belly.", "Trague la pastilla.", missing('belly: "belly"')),  # and a [route] error
]


@pytest.mark.parametrize(("lang", "src", "tr", "said"), UNSAFE)
def test_a_site_said_as_another_left_out_or_added_is_an_error(lang: str, src: str, tr: str, said: str) -> None:
    assert errors(src, tr, lang) == [f"{said}; {ADVICE}"]


def test_a_site_is_read_from_a_spanish_source_too() -> None:
    assert errors("Inyéctela en el muslo.", "Inject it into your arm.", "en", source_lang="es") == [
        missing('thigh: "muslo"', 'arm: "your arm"') + f"; {ADVICE}"]


# (language, source, translation): the same sites in the translator's words and order
CORRECT = [
    ("es", "Inject into the thigh or belly.", "Inyecte en el abdomen o en el muslo."),
    ("es", "Inject into the thigh or belly.", "Inyéctese en la panza o el muslo."),
    ("es", "3 — The back of your upper arm", "3 — La parte superior del brazo, por detrás"),
    ("es", "4 — Your buttocks", "4 — Los glúteos"),
    ("es-MX", "2 — Your belly", "2 — La barriga"),
    ("es", "Stay 2 inches (5 cm) away from your belly button.", "Aléjese 5 cm (2 pulgadas) del ombligo."),
    ("pt-BR", "Inject into the thigh or belly.", "Aplique na coxa ou na barriga."),
    ("pt-PT", "Inject into the thigh or belly.", "Injete na coxa ou no abdómen."),
    ("pt-BR", "3 — The back of your upper arm", "3 — A parte de trás do braço"),
    ("fr", "Inject into the thigh or belly.", "Injectez dans la cuisse ou le ventre."),
    ("fr", "4 — Your buttocks", "4 — Les fesses"),
    ("fr", "3 — The back of your upper arm", "3 — L’arrière du haut du bras"),
    ("vi", "Inject into the thigh or belly.", "Tiêm vào đùi hoặc bụng."),
    ("vi", "3 — The back of your upper arm", "3 — Mặt sau của cánh tay"),
]


@pytest.mark.parametrize(("lang", "src", "tr"), CORRECT)
def test_the_same_sites_in_other_words_pass(lang: str, src: str, tr: str) -> None:
    said = bodysites.sites(src, "en")
    assert said and said == bodysites.sites(tr, lang)  # read on both sides, not passed unread
    assert [f.code for f in check_message(src, tr, source_lang="en", lang=lang) if f.severity == "error"] == []


def test_the_same_sites_pass_from_a_spanish_source() -> None:
    src, tr = "Inyéctela en el muslo o la barriga.", "Inject it into your thigh or belly."
    assert bodysites.sites(src, "es") == bodysites.sites(tr, "en") == {bodysites.THIGH, bodysites.BELLY}
    assert errors(src, tr, "en", source_lang="es") == []


# (language, source, translation): words that name a site only sometimes are read on the other side only
NOT_A_SITE = [
    ("es", "Some people had an upset stomach or diarrhea.", "Algunas personas tuvieron náuseas o diarrea."),
    ("es", "Some people had an upset stomach or diarrhea.", "Algunas personas tuvieron malestar de barriga."),
    ("es", "Inject it into your thigh or stomach area.", "Inyéctela en el muslo o en el abdomen."),
    ("es", "Belly pain", "Dolor de estómago"),
    ("pt-BR", "Belly pain", "Dor no estômago"),
    ("fr", "Belly pain", "Mal à l’estomac"),
    ("es", "Intra-abdominal infections were rare.", "Las infecciones intraabdominales fueron raras."),
    ("es", "Abdominal pain", "Cólicos"),
    ("es", "The EUA summary reports 10 deaths in each arm.", "El resumen de la EUA recoge 10 muertes en cada grupo."),
    ("es", "Fewer people died in the placebo arm.", "Murieron menos personas en el grupo placebo."),
    ("es", "Give the shot under the skin.", "Póngase la inyección bajo la piel del abdomen."),  # a site added to none
    ("es", "Inject it into the abdominal area.", "Inyéctela en la barriga."),
    ("vi", "3 — The back of your upper arm", "3 — Mặt sau của tay"),
]


@pytest.mark.parametrize(("lang", "src", "tr"), NOT_A_SITE)
def test_a_word_that_is_not_always_a_site_makes_no_site_missing(lang: str, src: str, tr: str) -> None:
    assert errors(src, tr, lang) == []


def test_a_loose_word_hides_no_site_said_as_another() -> None:
    """"Stomach", "tay" (arm or hand) may stand for a site; a site said in its place is still added."""
    assert errors("Inject it into your stomach.", "Inyéctela en el muslo.", "es") == [
        f'body site thigh: "muslo" in the translation is not in the source (which names belly: "stomach"); {ADVICE}']
    assert errors("Inject into the back of the arm.", "Tiêm vào tay hoặc đùi.", "vi") == [
        f'body site thigh: "đùi" in the translation is not in the source (which names arm: "the arm"); {ADVICE}']


def test_an_arm_of_a_trial_is_no_site_in_a_spanish_source() -> None:
    assert bodysites.sites("Hubo 10 muertes en cada brazo del estudio y en el brazo placebo.", "es") == frozenset()
    assert errors("Hubo 10 muertes en cada brazo del estudio.", "There were 10 deaths in each group.", "en",
                  source_lang="es") == []


def test_a_reviewer_accepts_other_words_with_edu_ok() -> None:
    src, tr = "3 — The back of your upper arm", "3 — Detrás, arriba del codo"
    assert errors(src, tr, "es")
    found = check_message(src, tr, source_lang="en", lang="es", flags={"edu-ok:site"})
    assert [f.code for f in found if f.code in ("site", "flag")] == []


# (language, site, words): every word of the lists is read, through the pre-filter
WORDS = [
    ("en", bodysites.THIGH, ["thigh", "thighs"]),
    ("en", bodysites.BELLY, ["belly", "abdomen", "tummy", "belly button", "navel"]),
    ("en", bodysites.ARM, ["your arm", "upper arm", "the arms", "left arm"]),
    ("en", bodysites.BUTTOCK, ["buttock", "buttocks", "glutes"]),
    ("es", bodysites.THIGH, ["muslo", "muslos"]),
    ("es", bodysites.BELLY, ["abdomen", "vientre", "barriga", "panza", "ombligo"]),
    ("es", bodysites.ARM, ["del brazo", "el brazo", "los brazos", "su brazo"]),
    ("es", bodysites.BUTTOCK, ["nalga", "nalgas", "glúteo", "glúteos"]),
    ("pt", bodysites.THIGH, ["coxa", "coxas"]),
    ("pt", bodysites.BELLY, ["abdômen", "abdómen", "abdome", "barriga", "ventre", "umbigo"]),
    ("pt", bodysites.ARM, ["do braço", "o braço", "seu braço"]),
    ("pt", bodysites.BUTTOCK, ["nádega", "nádegas", "glúteo"]),
    ("fr", bodysites.THIGH, ["cuisse", "cuisses"]),
    ("fr", bodysites.BELLY, ["abdomen", "ventre", "nombril"]),
    ("fr", bodysites.ARM, ["du bras", "le bras", "votre bras"]),
    ("fr", bodysites.BUTTOCK, ["fesse", "fesses", "fessier"]),
    ("vi", bodysites.THIGH, ["đùi"]),
    ("vi", bodysites.BELLY, ["bụng", "rốn"]),
    ("vi", bodysites.ARM, ["cánh tay", "bắp tay"]),
    ("vi", bodysites.BUTTOCK, ["mông"]),
]


@pytest.mark.parametrize(("lang", "site", "words"), WORDS)
def test_each_word_names_its_site(lang: str, site: str, words: list[str]) -> None:
    for word in words:
        assert bodysites.sites(f"Inyecte en {word}.", lang) == {site}, word


def test_words_that_only_look_like_a_site_name_none() -> None:
    assert bodysites.sites("Do not take it on an empty stomach. Tell the pharmacist.", "en") == frozenset()
    assert bodysites.sites("Keep the syringe warm; it may harm the bellows.", "en") == frozenset()
    assert bodysites.sites("Uống thuốc khi bụng đói.", "vi") == frozenset()  # on an empty stomach
    assert bodysites.sites("Inject into the thigh.", "de") is None  # no list: not checked


PO = Path("locale/es/LC_MESSAGES/from-en.po")


def test_the_shipped_spanish_sites_are_read_and_pass() -> None:
    """Every shipped entry that names a site names the same ones in Spanish (the list of shot spots,
    the picture's text, "Pick a spot on your outer thigh or belly", the clinician's "Rotate sites")."""
    with PO.open("rb") as fileobj:
        catalog = read_po(fileobj)
    read = [m for m in catalog if m.id and bodysites.sites(str(m.id), "en")]
    assert len(read) >= 8
    for m in read:
        assert bodysites.sites(str(m.id), "en") == bodysites.sites(str(m.string), "es"), m.id
        assert errors(str(m.id), str(m.string), "es") == [], m.id


def test_edu_check_names_the_site_slip_at_its_po_line(shipped: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """"2 — Your belly" translated "2 — El muslo" in the shipped catalog: `edu check` fails at the
    entry's line; a reviewer's `# edu-ok:site` accepts it."""
    path = shipped / PO
    text = path.read_text(encoding="utf-8")
    assert 'msgstr "2 — El abdomen (la barriga)"' in text
    path.write_text(text.replace('msgstr "2 — El abdomen (la barriga)"', 'msgstr "2 — El muslo"'), encoding="utf-8")
    with path.open("rb") as fileobj:
        line = next(m.lineno for m in read_po(fileobj) if m.id == "2 — Your belly")
    status, _out, err = run(capsys, shipped, "check")
    assert status == 1
    said = missing('belly: "belly"', 'thigh: "muslo"') + f"; {ADVICE}"
    assert re.search(rf"^{re.escape(PO.as_posix())}:{line}: error: {re.escape(said)} \[site\]$", err, re.M), err
    lines = path.read_text(encoding="utf-8").splitlines()
    lines.insert(line - 1, "# edu-ok:site")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    status, _out, err = run(capsys, shipped, "check")
    assert status == 0 and "[site]" not in err and "edu-ok:site" not in err, err
