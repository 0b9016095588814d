"""The clinic's stamp ([tool.edu.clinic]): its phone as a tel: address a phone dials, printed as
written; a phone or a key edu cannot use is one located line; the organization named per language."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest

from edu.imprint import tel_uri
from helpers import pdf_text, po_line, run


def set_clinic(project: Path, table: str, territory: str | None = "US") -> Path:
    """The project's pyproject.toml with ``table`` for [tool.edu.clinic], its territory set or removed."""
    toml = project / "pyproject.toml"
    text = toml.read_text(encoding="utf-8")
    assert 'territory = "US"\n' in text and "[tool.edu.clinic]" not in text and "clinic =" not in text
    text = text.replace('territory = "US"\n', f'territory = "{territory}"\n' if territory else "")
    toml.write_text(text + "\n[tool.edu.clinic]\n" + table, encoding="utf-8")
    return toml


def line_of(toml: Path, start: str) -> int:
    return next(n for n, line in enumerate(toml.read_text(encoding="utf-8").splitlines(), 1) if line.startswith(start))


def stamp(page: Path) -> tuple[str, str]:
    """(href, text) of the phone link in a page's clinic stamp."""
    link = lxml.html.parse(str(page)).xpath("//p[@class='clinic-stamp']/a")[0]
    return link.get("href"), link.text_content()


def test_a_vanity_number_dials_its_letters_and_prints_as_written(project: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """"1-800-555-CARE" made href="tel:1-800-555": every page's tap-to-call link dialled a wrong
    number, and `edu check` said nothing."""
    set_clinic(project, 'name = "North Clinic"\nphone = "1-800-555-CARE ext. 4"\n')
    code, _out, err = run(capsys, project, "build", "-l", "en")
    assert code == 0, err
    assert stamp(project / "build/en/medicine-basics.html") == ("tel:+1-800-555-2273;ext=4", "1-800-555-CARE ext. 4")
    printed = " ".join(pdf_text(project / "build/en/medicine-basics.pdf").split())
    assert "North Clinic · 1-800-555-CARE ext. 4" in printed and "2273" not in printed  # the phone as written


def test_a_ten_digit_number_gets_plus_one_only_where_the_project_says_its_country(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """territory = "US" (as `edu new` writes it): "+1"; no territory: the number as written, but for
    "1-800-…", which only North America writes (tel: without +1 dials from inside the country only)."""
    set_clinic(project, 'name = "North Clinic"\nphone = "(555) 010-0100"\n')
    assert run(capsys, project, "build", "-l", "en", "--format", "html")[0] == 0
    assert stamp(project / "build/en/medicine-basics.html") == ("tel:+1-555-010-0100", "(555) 010-0100")
    toml = project / "pyproject.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace('territory = "US"\n', ""), encoding="utf-8")
    assert run(capsys, project, "build", "-l", "en", "--format", "html")[0] == 0
    assert stamp(project / "build/en/medicine-basics.html") == ("tel:555-010-0100", "(555) 010-0100")


@pytest.mark.parametrize(("phone", "territory", "uri"), [
    ("1-800-555-CARE", "US", "+1-800-555-2273"), ("1-800-FLOWERS", None, "+1-800-3569377"),
    ("(555) 010-0100", "US", "+1-555-010-0100"), ("(555) 010-0100", "CA", "+1-555-010-0100"),
    ("(555) 010-0100", None, "555-010-0100"), ("1 (555) 010-0100", None, "+1-555-010-0100"),
    ("(555) 010-0100", "ES", "555-010-0100"), ("555-0100", "US", "555-0100"), ("911", "US", "911"),
    ("(555) 010-0100 ext. 4", "US", "+1-555-010-0100;ext=4"), ("555-0100 x4", "US", "555-0100;ext=4"),
    ("555-0100x4", "US", "555-0100;ext=4"), ("555-0100, extension 12", "US", "555-0100;ext=12"),
    ("555-0100 anexo 3", "US", "555-0100;ext=3"), ("555.010.0100", "US", "+1-555-010-0100"),
    ("555\u2013010\u20130100", "US", "+1-555-010-0100"),  # en dashes, as a word processor types them
    ("+34 91 123 45 67", "US", "+34-91-123-45-67"), ("+1 555 010 0100", "GB", "+1-555-010-0100"),
    ("+15550100199", None, "+15550100199"), ("91 123 45 67", "ES", "91-123-45-67"),
])
def test_the_phone_as_a_tel_address(phone: str, territory: str | None, uri: str) -> None:
    assert tel_uri(phone, territory) == uri


TWO = ("holds more than one number, and a page's tap-to-call link dials one: write the one number patients call, "
       'such as phone = "(555) 010-0199"')
NOT_A_NUMBER = ("is not a phone number: write the number only, its digits with spaces, dashes, dots or (…) between "
                'groups, such as phone = "(555) 010-0100 ext. 12"; a vanity number\'s letters in capitals, '
                "1-800-555-CARE; another country's number with its code, +34 91 123 45 67")
NANP = ("a North American number has 10, such as (555) 010-0100 (or 7 for a local call, 11 starting with 1, "
        '1-800-555-0100); another country\'s number: write it with its code, +34 91 123 45 67, or set territory = '
        '"ES" in [tool.edu]')


@pytest.mark.parametrize(("phone", "message"), [
    ('"555-CLINIC"', f"'555-CLINIC' has 9 digits (CLINIC is 254642): {NANP}"),
    ('"(555) 010-0199 or 010-0200"', f"'(555) 010-0199 or 010-0200' {TWO}"),
    ('"555-0199 o 555-0200"', f"'555-0199 o 555-0200' {TWO}"),
    ('"555-0199 y 555-0200"', f"'555-0199 y 555-0200' {TWO}"),
    ('"555-0199 / 0200"', f"'555-0199 / 0200' {TWO}"),
    ('"555-0199; 555-0200"', f"'555-0199; 555-0200' {TWO}"),
    ('"555-0199 and 555-0200"', f"'555-0199 and 555-0200' {TWO}"),
    ('"(555) 010-0199 (555) 010-0200"', f"'(555) 010-0199 (555) 010-0200' has 20 digits: {NANP}"),
    ('"Call 555-0100"', f"'Call 555-0100' {NOT_A_NUMBER}"),
    ('"1-800-Flowers"', f"'1-800-Flowers' {NOT_A_NUMBER}"),
    ('"+1 555 0100"', "'+1 555 0100' has 8 digits: an international number has 11 digits after +1"),
    ("5550100", 'must be text in quotes, as people write the number, such as phone = "(555) 010-0100"'),
])
def test_a_phone_that_cannot_be_one_number_is_an_error_at_its_line(
        project: Path, capsys: pytest.CaptureFixture[str], phone: str, message: str) -> None:
    """"(555) 010-0199 or 010-0200" made one 17-digit tel: address, "555-CLINIC" tel:555."""
    toml = set_clinic(project, f'name = "North Clinic"\nphone = {phone}\n')
    code, _out, err = run(capsys, project, "check")
    assert (code, err.splitlines()) == (
        1, [f"pyproject.toml:{line_of(toml, 'phone =')}: [tool.edu.clinic] phone: {message}"]), err
    assert run(capsys, project, "build")[0] == 1 and not (project / "build").exists()


def test_an_unknown_clinic_key_is_named_at_its_line(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`address = "…"` said "clinic: must be a table with name and phone", which it was."""
    toml = set_clinic(project, 'name = "North Clinic"\naddress = "1200 Harbor Street"\nphone = "555-0100"\n')
    code, _out, err = run(capsys, project, "check")
    assert (code, err.splitlines()) == (1, [
        f"pyproject.toml:{line_of(toml, 'address =')}: [tool.edu.clinic]: unknown key 'address' (known: name, "
        'phone); edu prints no address: a short one can be part of the name, name = "Rheumatology Clinic, 1200 '
        'Harbor Street"']), err
    text = toml.read_text(encoding="utf-8")
    toml.write_text(text.replace("\n[tool.edu.clinic]\n", "\n[tool.edu.clinic]\nhours = \"9-5\"\n"), encoding="utf-8")
    code, _out, err = run(capsys, project, "check")
    assert code == 1 and err.splitlines()[0] == (
        f"pyproject.toml:{line_of(toml, 'hours =')}: [tool.edu.clinic]: unknown key 'hours' (known: name, phone)")
    inline = text.split("\n[tool.edu.clinic]\n")[0].replace(
        "[tool.edu]\n", '[tool.edu]\nclinic = { name = "North Clinic", fax = "555-0101" }\n')
    toml.write_text(inline, encoding="utf-8")
    code, _out, err = run(capsys, project, "check")
    assert (code, err.splitlines()) == (1, [f"pyproject.toml:{line_of(toml, 'clinic =')}: [tool.edu.clinic]: "
                                            "unknown key 'fax' (known: name, phone)"]), err


def test_an_organization_named_in_one_language_warns_once_at_its_line(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Spanish pages' home link and PDF author read the English "Test Clinic Library", and no
    document said it can be named per language."""
    toml = project / "pyproject.toml"
    line = line_of(toml, "organization =")
    err = run(capsys, project, "check")[2]
    warned = [x for x in err.splitlines() if x.endswith("[organization-name]")]
    assert warned == [
        f"pyproject.toml:{line}: warning: the es pages name the organization in another language, 'Test Clinic "
        "Library' (each page's home link and each PDF's author): name it in each language, organization = { en = "
        '"Test Clinic Library", es = "…" } (a name that is the same in every language: write it for each) '
        "[organization-name]"], err
    text = toml.read_text(encoding="utf-8")
    toml.write_text(text.replace('organization = "Test Clinic Library"',
                                 'organization = { en = "Test Clinic Library", es = "Biblioteca de la Clínica" }'),
                    encoding="utf-8")
    assert "[organization-name]" not in run(capsys, project, "check")[2]
    toml.write_text(text.replace('languages = ["en", "es"]', 'languages = ["en"]'), encoding="utf-8")
    assert "[organization-name]" not in run(capsys, project, "check")[2]  # one language: nothing to name
    toml.write_text(text.replace('organization = "Test Clinic Library"\n', ""), encoding="utf-8")
    assert "[organization-name]" not in run(capsys, project, "check")[2]  # not set: the pages say "edu"


def test_a_clinic_named_per_language_but_not_in_one_warns_at_its_table(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A library that added Portuguese printed the Spanish "Clínica Norte" on its Portuguese sheets,
    and nothing said so."""
    toml = project / "pyproject.toml"
    text = toml.read_text(encoding="utf-8")
    toml.write_text(text.replace("[tool.edu]\n", '[tool.edu]\nclinic = { name = { en = "North Clinic" }, '
                                 'phone = "555-0100" }\n'), encoding="utf-8")
    err = run(capsys, project, "check")[2]
    assert [x for x in err.splitlines() if x.endswith("[clinic-name]")] == [
        f"pyproject.toml:{line_of(toml, 'clinic =')}: warning: the clinic's name is given per language, but not "
        "for es: those pages print 'North Clinic'; add it, name = { en = \"North Clinic\", es = \"…\" } "
        "[clinic-name]"], err
    assert "[clinic-name]" not in run(capsys, project, "check", "-l", "en")[2]  # the language checked has it
    toml.write_text(text.replace("[tool.edu]\n", '[tool.edu]\nclinic = { name = { en = "North Clinic", es = '
                                 '"Clínica Norte" }, phone = "555-0100" }\n'), encoding="utf-8")
    assert "[clinic-name]" not in run(capsys, project, "check")[2]
    toml.write_text(text.replace("[tool.edu]\n", '[tool.edu]\nclinic = { name = "North Clinic", phone = '
                                 '"555-0100" }\n'), encoding="utf-8")
    assert "[clinic-name]" not in run(capsys, project, "check")[2]  # once: a proper name, the same everywhere


def test_the_phone_write_in_waits_for_its_translation_only_while_a_sheet_prints_it(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """With no clinic phone, every printed patient sheet prints "My care team's phone: ____": its
    Spanish holds the Spanish sheets back. Once the clinic's name and phone are set, no page prints it:
    a warning of `edu check`, as the other page words no page prints."""
    po = project / "locale/es/LC_MESSAGES/from-en.po"
    text = po.read_text(encoding="utf-8")
    assert text.count('msgstr "Teléfono de mi equipo médico"') == 1
    po.write_text(text.replace('msgstr "Teléfono de mi equipo médico"', 'msgstr ""'), encoding="utf-8")
    line = po_line(po, "My care team's phone")
    code, _out, err = run(capsys, project, "build", "--format", "html")
    assert code == 1
    assert f"locale/es/LC_MESSAGES/from-en.po:{line}: [es] no translation: \"My care team's phone\"" in err, err
    set_clinic(project, 'name = "Rheumatology Clinic"\nphone = "(555) 010-0100"\n')
    code, _out, err = run(capsys, project, "check")
    assert code == 0, err
    assert (f"locale/es/LC_MESSAGES/from-en.po:{line}: warning: the entry is not translated: no published page "
            "prints it") in err, err
