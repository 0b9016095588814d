"""Language tags: how a project names its languages, and what a catalog's header may say."""

from __future__ import annotations

from pathlib import Path

import pytest
from babel import Locale

from edu import langtag
from helpers import add_language, run


@pytest.mark.parametrize(("code", "problem"), [
    ("es", None), ("pt-BR", None), ("es-419", None), ("zh-Hant", None), ("zh-Hant-TW", None), ("fil", None),
    ("pt_BR", "write 'pt-BR', not 'pt_BR': a language is a BCP 47 tag (hyphens, region in capitals)"),
    ("EN", "write 'en', not 'EN': a language is a BCP 47 tag (hyphens, region in capitals)"),
    ("zh-hant", "write 'zh-Hant', not 'zh-hant': a language is a BCP 47 tag (hyphens, region in capitals)"),
    ("tl", None), ("yue", None),  # no shorter code (CLDR prefers fil to tl; BCP 47 takes either)
    ("vie", "write 'vi', not 'vie': 'vie' is another code of 'vi', and BCP 47 tags (the language of pages and PDFs) "
            "use 'vi'"),
    ("fra-CA", "write 'fr-CA', not 'fra-CA': 'fra' is another code of 'fr', and BCP 47 tags (the language of pages "
               "and PDFs) use 'fr'"),
    ("iw", "write 'he', not 'iw': 'iw' is another code of 'he', and BCP 47 tags (the language of pages and PDFs) "
           "use 'he'"),
    ("VIE", "write 'vi', not 'VIE': a language is a BCP 47 tag (hyphens, region in capitals)"),
    ("xx", "unknown language 'xx'"),
    ("es-XX", "unknown language 'es-XX'"),
    ("../es", "'../es' is not a language code such as es, pt-BR or zh-Hant"),
    ("Spanish", "'Spanish' is not a language code such as es, pt-BR or zh-Hant"),
])
def test_a_language_is_a_bcp47_tag_babel_knows(code: str, problem: str | None) -> None:
    assert langtag.problem(code) == problem


@pytest.mark.parametrize(("code", "territory", "locale"), [
    ("es", "US", "es_US"), ("pt", "US", "pt"), ("pt-BR", "US", "pt_BR"), ("pt-BR", "PT", "pt_BR"),
    ("zh-Hant", "US", "zh_Hant"), ("es-419", "ES", "es_419"),
])
def test_the_tags_own_region_wins_over_the_territory(code: str, territory: str, locale: str) -> None:
    assert langtag.in_territory(code, territory) == locale


@pytest.mark.parametrize(("header", "lang", "same"), [
    ("pt", "pt-BR", True), ("pt_BR", "pt-BR", True), ("pt-BR", "pt-BR", True), ("pt_BR", "pt", True),
    ("zh_TW", "zh-Hant", True), ("zh_Hant", "zh-Hant", True), ("zh", "zh-Hant", True), ("es_US", "es-419", True),
    ("es_MX", "es", True),
    ("es", "pt-BR", False),  # the Spanish catalog copied into the Portuguese folder
    ("pt_PT", "pt-BR", False),  # another country's Portuguese
    ("zh_CN", "zh-Hant", False),  # simplified characters in the traditional catalog
])
def test_a_catalog_header_names_the_language_of_its_folder(header: str, lang: str, same: bool) -> None:
    assert langtag.same_language(Locale.parse(header, sep="-" if "-" in header else "_"), lang) is same


def test_a_catalog_copied_from_another_language_is_never_published(project: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    """A translator starts pt-BR from the Spanish catalog: every entry is "translated", in Spanish.
    The header still says es; the build names that line and publishes no Portuguese edition instead of
    printing Spanish as Portuguese (English and Spanish are built)."""
    add_language(capsys, project, "pt-BR", ("en", "es", "pt-BR"))
    po = project / "locale/pt-BR/LC_MESSAGES/from-en.po"
    po.write_bytes((project / "locale/es/LC_MESSAGES/from-en.po").read_bytes())
    line = next(n for n, text in enumerate(po.read_text(encoding="utf-8").splitlines(), 1)
                if text.startswith('"Language:'))
    expected = (f"locale/pt-BR/LC_MESSAGES/from-en.po:{line}: the header says Language: es, but this is the catalog "
                'of pt-BR: a catalog copied from another language? Translate it into pt-BR and write "Language: '
                'pt_BR\\n" in its header')
    code, _out, err = run(capsys, project, "build")
    assert code == 1 and expected in err.splitlines(), err
    assert "edu: not published: pt-BR/medicine-basics (a catalog it needs cannot be read: see above)" in err
    assert (project / "build/es/medicine-basics.html").is_file()
    code, _out, err = run(capsys, project, "check")  # with the other problems, and none of that catalog's entries
    assert code == 1 and expected.replace(f":{line}: ", f":{line}: error: ") + " [catalog]" in err.splitlines(), err
    copied = "locale/pt-BR/LC_MESSAGES/from-en.po"
    assert not [x for x in err.splitlines() if x.startswith(copied) and "[catalog]" not in x]
    assert not (project / "build/pt-BR").exists()


def test_a_language_folder_spelt_another_way_is_named_not_replaced(project: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """A translation tool saved pt-BR's catalogs in locale/pt_BR/: check said "run `edu update`", which
    started an empty locale/pt-BR/ beside them. Check names the folder; update refuses to start one."""
    add_language(capsys, project, "pt-BR", ("en", "es", "pt-BR"))
    (project / "locale/pt-BR").rename(project / "locale/pt_BR")
    code, _out, err = run(capsys, project, "check")
    assert code == 1 and ("locale/pt-BR/LC_MESSAGES/from-en.po:0: error: no catalog: locale/pt_BR/ holds the "
                          "catalogs of pt-BR under another spelling: rename that folder locale/pt-BR/") in err, err
    code, _out, err = run(capsys, project, "update")
    assert (code, err.strip()) == (1, "locale/pt_BR: holds the catalogs of pt-BR under another spelling: rename that "
                                      "folder locale/pt-BR/ (edu reads language folders by their tag)")
    assert not (project / "locale/pt-BR").exists()


@pytest.mark.parametrize("folder", ["fr_FR", "fr-FR"])
def test_catalogs_of_a_region_of_a_language_without_one_are_named_not_replaced(
        project: Path, capsys: pytest.CaptureFixture[str], folder: str) -> None:
    """`languages` has "fr" and the French catalogs sit in locale/fr_FR/: check said "no catalog: run
    `edu update`" (which started an empty locale/fr/ beside the translation) and "add fr_FR to
    languages" (refused: "write 'fr-FR'"). Both say to move them, or to name the region."""
    add_language(capsys, project, "fr", ("en", "es", "fr"))
    (project / "locale/fr").rename(project / "locale" / folder)
    advice = "holds catalogs of fr: move them to locale/fr/ (or set languages to fr-FR)"
    code, _out, err = run(capsys, project, "check")
    lines = err.splitlines()
    assert code == 1 and f"locale/fr/LC_MESSAGES/from-en.po:0: error: no catalog: locale/{folder}/ {advice} " \
        "[missing-catalog]" in lines, err
    unread = f"locale/{folder}/LC_MESSAGES/from-en.po:1: warning: not read (and 1 more in locale/{folder}/" \
        f"LC_MESSAGES/): {folder!r} is not one of the languages in [tool.edu] (en, es, fr): it {advice} [unread]"
    assert unread in lines, err
    assert "run `edu update`" not in err and "add it there" not in err
    code, _out, err = run(capsys, project, "update")
    assert (code, err.strip()) == (1, f"locale/{folder}: {advice}")
    assert not (project / "locale/fr").exists()


def test_a_region_that_is_one_of_the_languages_is_not_taken_for_another(project: Path,
                                                                         capsys: pytest.CaptureFixture[str]) -> None:
    """fr and fr-CA both published: fr-CA's catalogs are its own, so `edu update` starts fr's."""
    add_language(capsys, project, "fr-CA", ("en", "es", "fr", "fr-CA"))
    assert run(capsys, project, "update")[0] == 0
    assert (project / "locale/fr/LC_MESSAGES/from-en.po").is_file()


@pytest.mark.parametrize("code", ["vie", "fra", "spa"])
def test_an_iso_639_2_code_is_refused_with_the_tag_to_write(project: Path, capsys: pytest.CaptureFixture[str],
                                                           code: str) -> None:
    """`edu init vie` made locale/vie/ with "Language: vi_VN" (a region nobody asked for), and pages
    of `vie` in languages got lang="vie", not a BCP 47 tag, beside a second "Tiếng Việt" for vi."""
    short = langtag.shortest(code)
    code_, _out, err = run(capsys, project, "init", code)
    assert (code_, err.strip()) == (2, f"edu: write {short!r}, not {code!r}: {code!r} is another code of {short!r}, "
                                       f"and BCP 47 tags (the language of pages and PDFs) use {short!r}")
    assert not (project / "locale" / code).exists()
    toml = project / "pyproject.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace('["en", "es"]', f'["en", "es", "{code}"]'), "utf-8")
    code_, _out, err = run(capsys, project, "check")
    assert code_ == 1 and f"languages: write {short!r}, not {code!r}" in err, err


@pytest.mark.parametrize(("option", "hint"), [("fr_FR", "fr"), ("fra", "fr"), ("fr-CA", "fr"), ("FR", "fr")])
def test_a_language_option_spelt_another_way_names_the_one_to_write(project: Path,
                                                                    capsys: pytest.CaptureFixture[str],
                                                                    option: str, hint: str) -> None:
    add_language(capsys, project, "fr", ("en", "es", "fr"))
    code, _out, err = run(capsys, project, "build", "-l", option)
    assert (code, err.strip()) == (2, f"edu: -l {option}: not one of the languages in [tool.edu]: en, es, fr "
                                      f"(write -l {hint})")


@pytest.mark.parametrize(("tag", "name"), [
    ("tl", "Filipino"),  # CLDR reads tl as fil_PH: the switcher said "Filipino (Pilipinas)"
    ("es-419", "Español latinoamericano"), ("zh-Hant", "繁體中文"), ("pt-BR", "Português (Brasil)"),
    ("vi", "Tiếng Việt"), ("ht", "Kreyòl Ayisyen"), ("es", "Español")])
def test_a_language_is_named_with_the_region_and_script_its_tag_names_and_no_other(tag: str, name: str) -> None:
    assert langtag.language_name(tag, tag) == name


@pytest.mark.parametrize(("tag", "territory", "locale"), [
    ("en", "US", "en_US"), ("es", "US", "es_US"), ("pt-BR", "US", "pt_BR"), ("pt", "US", "pt_BR"),
    ("zh-Hant", "US", "zh_TW"), ("tl", "US", "tl_PH"), ("es", "GB", "es_ES"), ("es-419", "US", "es")])
def test_a_pages_open_graph_locale_is_language_and_territory(tag: str, territory: str, locale: str) -> None:
    assert langtag.og_locale(tag, territory) == locale
