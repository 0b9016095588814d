"""Settings: [tool.edu] in pyproject.toml, its defaults, and one located line per mistake."""

from __future__ import annotations

from pathlib import Path

import pytest

from edu.config import Settings, find_root, load_settings
from edu.errors import ErrorList, SourceError


def settings_from(tmp_path: Path, toml: str) -> Settings:
    (tmp_path / "pyproject.toml").write_text(toml, encoding="utf-8")
    return load_settings(tmp_path)


def errors_from(tmp_path: Path, toml: str) -> list[str]:
    with pytest.raises((SourceError, ErrorList)) as caught:
        settings_from(tmp_path, toml)
    error = caught.value
    return [str(e) for e in error.errors] if isinstance(error, ErrorList) else [str(error)]


def test_an_empty_table_gives_the_documented_defaults(tmp_path: Path) -> None:
    settings = settings_from(tmp_path, "[tool.edu]\n")
    assert settings.languages == ("en", "es")
    assert settings.territory == "US"
    assert settings.width == 76
    assert settings.clinic_name == "" and settings.clinic_phone == ""
    assert settings.targets.patient_en_grade == 6.0
    assert settings.targets.patient_es_inflesz == 65.0
    assert settings.content_dir == tmp_path / "content"
    assert settings.locale_dir == tmp_path / "locale"
    assert settings.templates_dir == tmp_path / "templates"


def test_every_setting_is_read(tmp_path: Path) -> None:
    settings = settings_from(tmp_path, """\
[tool.edu]
languages = ["en", "es", "pt"]
territory = "ES"
source_date_epoch = 1700000000
organization = "Clinic Library"
width = 79
timeout = 30.5
clinic = { name = "North Clinic", phone = "555-0100" }
targets = { patient_en_grade = 7, patient-es-inflesz = 60 }
site_url = "https://example.org/patient-education"
in_progress = ["pt"]
""")
    assert settings.in_progress == ("pt",)  # its missing entries are warnings (test_qa.py)
    assert settings.site_url == "https://example.org/patient-education/"  # a folder: the slash is added
    assert settings.languages == ("en", "es", "pt")
    assert settings.territory == "ES"
    assert settings.source_date_epoch == 1700000000
    assert settings.organization == "Clinic Library"
    assert (settings.width, settings.timeout) == (79, 30.5)
    assert (settings.clinic_name, settings.clinic_phone) == ("North Clinic", "555-0100")
    assert (settings.targets.patient_en_grade, settings.targets.patient_es_inflesz) == (7.0, 60.0)


def test_the_clinic_can_be_its_own_table(tmp_path: Path) -> None:
    settings = settings_from(tmp_path, '[tool.edu]\n\n[tool.edu.clinic]\nname = "A"\nphone = "555-0100"\n')
    assert (settings.clinic_name, settings.clinic_phone, settings.clinic_tel) == ("A", "555-0100", "555-0100")


@pytest.mark.parametrize(
    ("body", "line", "message"),
    [
        ('languages = "en"\n', 2, 'languages: must be a list of language codes such as ["en", "es", "pt-BR"]'),
        ("languages = []\n", 2, "languages: must be a list of language codes"),
        ('languages = ["en", "English"]\n', 2,
         "languages: 'English' is not a language code such as es, pt-BR or zh-Hant"),
        ('languages = ["en", "pt_BR"]\n', 2, "languages: write 'pt-BR', not 'pt_BR': a language is a BCP 47 tag"),
        ('languages = ["en", "zh-hant"]\n', 2, "languages: write 'zh-Hant', not 'zh-hant'"),
        ('languages = ["en", "es-XX"]\n', 2, "languages: unknown language 'es-XX'"),
        ('languages = ["en", "xx"]\n', 2, "languages: unknown language 'xx'"),
        ('languages = ["en", "es", "en"]\n', 2, "languages: a language is listed twice"),
        ('territory = "us"\n', 2, 'territory: must be a two-letter country code such as "US"'),
        ('territory = "XX"\n', 2, "territory: unknown country code 'XX'"),
        ('colour = "red"\n', 2, "colour: unknown setting"),
        ('clinic_names = []\n', 2, "clinic_names: unknown setting"),  # a field edu makes from [tool.edu.clinic]
        ('source_date_epoch = "yesterday"\n', 2, "source_date_epoch: must be a number"),
        ("width = true\n", 2, "width: must be a number"),
        ('qr_code = "yes"\n', 2, "qr_code: must be true or false"),
        ("review_months = 0\n", 2, "review_months: must be a whole number of months from 1 to 120, such as 36"),
        ('review_months = "3 years"\n', 2, "review_months: must be a whole number of months"),
        ("organization = 3\n", 2, "organization: must be a string"),
        ('organization = "  "\n', 2, "organization: must name who publishes the handouts"),
        ('organization = { fr = "Éducation" }\n', 2, "organization: fr is not one of the languages in [tool.edu]"),
        ('organization = { en = "" }\n', 2, "organization: one line of text per language, such as organization = {"),
        ("clinic = 3\n", 2, 'clinic: must be a table, such as clinic = { name = "Rheumatology Clinic", phone = '),
        ('targets = { patient_en_grade = "low" }\n', 2, "targets: must be a table of numbers"),
        ("language_fonts = 3\n", 2, "language_fonts: must be a table of languages and their font files"),
        ('\n[tool.edu.language_fonts]\nfr = ["templates/fonts/X.ttf"]\n', 3,
         "language_fonts: 'fr' is not one of the languages in [tool.edu]: en, es"),
        ('\n[tool.edu.language_fonts]\nes = ["templates/fonts/gone.ttf"]\n', 3,
         "language_fonts: es: 'templates/fonts/gone.ttf': no such file"),
        ('\n[tool.edu.language_fonts]\nes = "templates/fonts/X.ttf"\n', 3, "language_fonts: es: must be a list"),
        ("targets = { grade = 6 }\n", 2, "targets: must be a table of numbers"),
        ('fonts = "templates/a.ttf"\n', 2, "fonts: must be a list of font files under templates/"),
        ('fonts = ["../a.ttf"]\n', 2, "fonts: '../a.ttf' is not under templates/ (the renderer reads nothing else)"),
        ('fonts = ["templates/../a.ttf"]\n', 2, "fonts: 'templates/../a.ttf' is not under templates/"),
        ('fonts = ["/usr/share/fonts/a.ttf"]\n', 2, "fonts: '/usr/share/fonts/a.ttf' is not under templates/"),
        ('fonts = ["templates/a.woff2"]\n', 2, "fonts: 'templates/a.woff2' is not a .ttf or .otf file"),
        ('fonts = ["templates/fonts/a.ttf"]\n', 2, "fonts: 'templates/fonts/a.ttf': no such file"),
        ('units = ["hs"]\n', 2, "units: must be a table of units, such as mg = "),
        ('topics = ["anakinra"]\n', 2, 'topics: must be a table of topic names, such as anakinra = "Anakinra'),
        ('topics = { Anakinra = "Anakinra" }\n', 2, "topics: 'Anakinra' is not a topic: a topic is a slug"),
        ('topics = { anakinra = "" }\n', 2, "topics: anakinra: a name is a line of text"),
        ('topics = { anakinra = { en = 3 } }\n', 2, "topics: anakinra: a name is a line of text"),
        ('topics = { metformin = { fr = "Metformine" } }\n', 2,
         "topics: metformin: fr is not one of the languages in [tool.edu]"),
        ('units = { hours = ["hs"] }\n', 2, "units: unknown unit 'hours'; the units: mg, mL, mcg"),
        ('units = { h = "hs" }\n', 2, "units: h: must be a list of words"),
        ('units = { h = [""] }\n', 2, "units: h: must be a list of words"),
        ('units = { h = ["min"] }\n', 2, "units: h: 'min' already means min"),
        ('units = { h = ["h2"] }\n', 2, "units: h: 'h2' has a digit"),
        ('\n[tool.edu.units]\nmg = ["ملغ"]\nmL = ["ملغ"]\n', 3, "units: mL: 'ملغ' already means mg"),
        ('site_url = "example.org/edu"\n', 2, "site_url: must be the web address the build folder is published at"),
        ('site_url = "https://example.org/edu/?page=1"\n', 2, "site_url: must be the web address"),
        ("site_url = 1\n", 2, "site_url: must be the web address"),
        ('in_progress = "pt"\n', 2, 'in_progress: must be a list of languages such as ["pt"]'),
        ('in_progress = ["pt"]\n', 2, "in_progress: 'pt' is not one of the languages in [tool.edu]"),
    ],
)
def test_a_bad_setting_is_one_located_line(tmp_path: Path, body: str, line: int, message: str) -> None:
    errors = errors_from(tmp_path, "[tool.edu]\n" + body)
    assert len(errors) == 1, errors
    assert errors[0].startswith(f"pyproject.toml:{line}: [tool.edu] {message}"), errors[0]


def test_languages_are_bcp47_tags_with_script_and_region(tmp_path: Path) -> None:
    settings = settings_from(tmp_path, '[tool.edu]\nlanguages = ["en", "pt-BR", "zh-Hant", "es-419", "zh-Hant-TW"]\n')
    assert settings.languages == ("en", "pt-BR", "zh-Hant", "es-419", "zh-Hant-TW")


def test_unit_words_are_read_in_lower_case_and_sorted(tmp_path: Path) -> None:
    settings = settings_from(tmp_path, '[tool.edu]\n\n[tool.edu.units]\nh = ["HS", "hs"]\nmg = ["ملغ", "مغ"]\n')
    assert settings.units == (("hs", "h"), ("مغ", "mg"), ("ملغ", "mg"))


def test_font_files_are_checked_where_they_are_listed(tmp_path: Path) -> None:
    fonts = tmp_path / "templates/fonts"
    fonts.mkdir(parents=True)
    for name in ("AtkinsonHyperlegible-Regular.ttf", "Arabic.ttf", "Arabic.otf"):
        (fonts / name).write_bytes(b"")
    (tmp_path / "templates/more").mkdir()
    (tmp_path / "templates/more/Arabic.ttf").write_bytes(b"")
    (tmp_path / "templates/out.ttf").symlink_to(tmp_path / "elsewhere.ttf")
    (tmp_path / "elsewhere.ttf").write_bytes(b"")
    assert errors_from(tmp_path, '[tool.edu]\nfonts = ["templates/fonts/AtkinsonHyperlegible-Regular.ttf"]\n') == [
        "pyproject.toml:2: [tool.edu] fonts: 'templates/fonts/AtkinsonHyperlegible-Regular.ttf' has the name of a "
        "shipped font file: rename it"]
    assert errors_from(tmp_path, '[tool.edu]\nfonts = ["templates/fonts/Arabic.ttf", "templates/more/Arabic.ttf"]\n') \
        == ["pyproject.toml:2: [tool.edu] fonts: two entries have the same file name (web pages load them from one "
            "folder)"]
    assert errors_from(tmp_path, '[tool.edu]\nfonts = ["templates/out.ttf"]\n') == [
        "pyproject.toml:2: [tool.edu] fonts: 'templates/out.ttf' is not under templates/ (the renderer reads nothing "
        "else)"]  # a symlink out of the sandbox
    both = '"templates/fonts/Arabic.ttf", "templates/fonts/Arabic.otf"'
    settings = settings_from(tmp_path, f"[tool.edu]\nfonts = [{both}]\n")
    assert settings.fonts == ("templates/fonts/Arabic.ttf", "templates/fonts/Arabic.otf")
    by_lang = '\n[tool.edu.language_fonts]\nes = ["templates/more/Arabic.ttf"]\n'
    assert errors_from(tmp_path, '[tool.edu]\nfonts = ["templates/fonts/Arabic.ttf"]\n' + by_lang) == [
        "pyproject.toml:4: [tool.edu] language_fonts: two font files have the same file name (web pages load them "
        "from one folder)"]
    settings = settings_from(tmp_path, f"[tool.edu]\nfonts = [{both}]\n" + by_lang.replace("more", "fonts"))
    assert settings.language_fonts == (("es", ("templates/fonts/Arabic.ttf",)),)
    assert settings.font_files == settings.fonts  # a file listed twice is one font


@pytest.mark.parametrize(("body", "line"), [("languages = [\n", 2), ('territory = "US"\nwidth = ][\n', 3)])
def test_invalid_toml_is_located(tmp_path: Path, body: str, line: int) -> None:
    assert errors_from(tmp_path, "[tool.edu]\n" + body)[0].startswith(f"pyproject.toml:{line}: invalid TOML: ")


def test_the_line_is_found_inside_tool_edu_not_in_another_tool(tmp_path: Path) -> None:
    toml = '[tool.pytest.ini_options]\ntimeout = 30\n\n[tool.edu]\nlanguages = ["en"]\ntimeout = "slow"\n'
    assert errors_from(tmp_path, toml) == ["pyproject.toml:6: [tool.edu] timeout: must be a number"]


def test_every_problem_is_reported_before_failing(tmp_path: Path) -> None:
    toml = '[tool.edu]\nlanguages = "en"\nterritory = "usa"\ncolour = 1\n'
    assert errors_from(tmp_path, toml) == [
        "pyproject.toml:4: [tool.edu] colour: unknown setting",
        'pyproject.toml:2: [tool.edu] languages: must be a list of language codes such as ["en", "es", "pt-BR"]',
        'pyproject.toml:3: [tool.edu] territory: must be a two-letter country code such as "US"',
    ]


@pytest.mark.parametrize(("territory", "paper"), [("US", "letter"), ("CA", "letter"), ("ES", "A4"), ("MX", "letter"),
                                                  ("AR", "A4"), ("GB", "A4")])
def test_paper_size_follows_the_territory(tmp_path: Path, territory: str, paper: str) -> None:
    assert settings_from(tmp_path, f'[tool.edu]\nterritory = "{territory}"\n').paper == paper


@pytest.mark.parametrize(
    ("territory", "expected"),
    [("US", {"en": "en_US", "es": "es_US", "pt": "pt", "pt-BR": "pt_BR", "es-419": "es_419", "zh-Hant": "zh_Hant"}),
     ("ES", {"en": "en_ES", "es": "es_ES", "pt": "pt", "pt-BR": "pt_BR", "es-419": "es_419", "zh-Hant": "zh_Hant"})],
)  # CLDR has no pt_US: Portuguese's own default; a tag's region wins over the territory
def test_locale_pairs_language_and_territory(territory: str, expected: dict[str, str]) -> None:
    settings = Settings(Path("."), ("en", "es", "pt", "pt-BR", "es-419", "zh-Hant"), territory)
    assert {lang: settings.locale(lang) for lang in settings.languages} == expected


def test_source_date_epoch_from_the_environment_beats_the_setting(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    settings = settings_from(tmp_path, "[tool.edu]\nsource_date_epoch = 1700000000\n")
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    assert settings.epoch() == 1700000000
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1234567890")
    assert settings.epoch() == 1234567890
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "not a number")
    assert settings.epoch() == 1700000000


def test_find_root_walks_up_to_the_tool_edu_table(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.edu]\n", encoding="utf-8")
    inner = tmp_path / "content" / "en"
    inner.mkdir(parents=True)
    (tmp_path / "content" / "pyproject.toml").write_text("[project]\nname = 'other'\n", encoding="utf-8")
    assert find_root(inner) == tmp_path


def test_find_root_without_a_project_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match=r"no pyproject.toml with a \[tool.edu\] table"):
        find_root(tmp_path)


def test_printed_settings_are_read_in_nfc_as_sources_are(tmp_path: Path) -> None:
    """A clinic name typed with combining marks ("Clínica" as i + U+0301) prints and extracts as the
    precomposed letter, as the handouts' own text does (content.py, poread.py)."""
    decomposed = "Cli\u0301nica San Jose\u0301"
    settings = settings_from(tmp_path, f"""\
[tool.edu]
organization = "Hospital {decomposed}"
clinic = {{ name = "{decomposed}", phone = "555-0100" }}

[tool.edu.topics.arthritis]
es = "Reumatologi\u0301a"
""")
    assert settings.clinic_name == "Clínica San José" and settings.organization == "Hospital Clínica San José"
    assert settings.topic_name("arthritis", "es") == "Reumatología"


@pytest.mark.parametrize(("toml", "paper"), [
    ('territory = "US"', "letter"),
    ('territory = "PR"', "letter"),  # Puerto Rico prints on US Letter (CLDR), not A4
    ('territory = "ES"', "A4"),
    ('territory = "ES"\npaper = "letter"', "letter"),  # a US clinic with Spain's number formats
    ('territory = "US"\npaper = "a4"', "A4"),
])
def test_the_paper_follows_the_territory_unless_set(tmp_path: Path, toml: str, paper: str) -> None:
    assert settings_from(tmp_path, f"[tool.edu]\n{toml}\n").paper == paper


def test_an_unknown_paper_is_a_located_error(tmp_path: Path) -> None:
    assert errors_from(tmp_path, '[tool.edu]\npaper = "legal"\n') == [
        'pyproject.toml:2: [tool.edu] paper: must be "letter" (US Letter, 8.5 × 11 in) or "A4" (210 × 297 mm); '
        "without it the territory's paper is used"]


def test_the_organization_is_named_once_or_per_language(tmp_path: Path) -> None:
    """Like the clinic's name: once (written in the first language, marked so on other pages) or per language."""
    once = settings_from(tmp_path, '[tool.edu]\norganization = "Patient education"\n')
    assert [once.organization_in(x) for x in ("en", "es")] == [("Patient education", ""), ("Patient education", "en")]
    per = settings_from(tmp_path, '[tool.edu]\norganization = { es = "Educación  para pacientes", '
                                  'en = "Patient education" }\n')
    assert per.organization == "Patient education"  # the first language's: what other languages fall back on
    assert [per.organization_in(x) for x in ("en", "es", "es-MX")] == [
        ("Patient education", ""), ("Educación para pacientes", ""), ("Educación para pacientes", "")]
    some = settings_from(tmp_path, '[tool.edu]\nlanguages = ["en", "es", "pt"]\norganization = { es = "Educación" }\n')
    assert [some.organization_in(x) for x in ("en", "es", "pt")] == [("Educación", "es"), ("Educación", ""),
                                                                      ("Educación", "es")]


def test_the_shipped_country_codes_are_those_of_the_installed_babel() -> None:
    """data/territories.txt spares a build with nothing to do Babel's English data (about 25 ms):
    after `make lock` updates Babel, this fails until `make territories` lists its codes again."""
    import babel

    from edu.territories import TERRITORIES, territories_of_babel

    lines = [line for line in TERRITORIES.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    assert lines[0] == f"babel {babel.__version__}", "run `make territories` and commit src/edu/data/territories.txt"
    assert set(" ".join(lines[1:]).split()) == territories_of_babel()
    assert {"US", "ES", "PR"} <= territories_of_babel()


def test_a_list_of_country_codes_made_by_another_babel_is_not_used(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    import edu.territories

    stale = tmp_path / "territories.txt"
    stale.write_text("# made by an old Babel\nbabel 0.1\nUS\n", encoding="utf-8")
    monkeypatch.setattr(edu.territories, "TERRITORIES", stale)
    edu.territories._territories.cache_clear()
    try:
        assert settings_from(tmp_path, '[tool.edu]\nterritory = "ES"\n').territory == "ES"  # Babel was asked
        assert errors_from(tmp_path, '[tool.edu]\nterritory = "XX"\n') == [
            "pyproject.toml:2: [tool.edu] territory: unknown country code 'XX'"]
    finally:
        edu.territories._territories.cache_clear()
