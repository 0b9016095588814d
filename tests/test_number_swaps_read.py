"""Counts exchanged between things, where the reading missed them: a thing counted twice in clauses
joined by "or" with no comma ("1 tablet 3 times a day or 2 tablets 2 times a day"), three words or a
hyphenated one between a count and its thing ("2 film-coated tablets", "2 small round white
tablets"), and the common containers and forms ("2 boxes", "3 cajas", "2 tubes", "2 inhalers").
Each swap is an error naming both counts; the same counts kept with their things pass, and so do a
range said with "or" ("1 or 2 tablets"), words that are no adjective ("On day 2 you will need
tablets": the 2 is the day's), and a thing off the list."""

from __future__ import annotations

import pytest

from edu import countbindings
from test_number_swaps_more import ADVICE, number_errors


def test_a_thing_counted_twice_in_clauses_joined_by_or_is_compared_clause_by_clause() -> None:
    assert number_errors("Take 1 tablet 3 times a day or 2 tablets 2 times a day.",
                         "Tome 1 tableta 2 veces al día o 2 tabletas 3 veces al día.", "es") == [
        f'"1 tablet 3 times" in the source is "1 tableta 2 veces" in the translation, and "2 tablets 2 times" is '
        f'"2 tabletas 3 veces": {ADVICE}']


def test_three_words_or_a_hyphenated_one_between_a_count_and_its_thing_are_read() -> None:
    assert number_errors("Take 2 film-coated tablets 3 times a day.",
                         "Tome 3 comprimidos recubiertos con película 2 veces al día.", "es") == [
        f'"2 film-coated tablets" in the source is "3 comprimidos" in the translation, and "3 times" is "2 veces": '
        f'{ADVICE}']


def test_a_container_is_a_thing_counted() -> None:
    assert number_errors("Use 2 boxes 3 times a week.", "Use 3 cajas 2 veces por semana.", "es") == [
        f'"2 boxes" in the source is "3 cajas" in the translation, and "3 times" is "2 veces": {ADVICE}']


@pytest.mark.parametrize(("lang", "src", "tr"), [
    # "or" between the clauses of a thing counted twice, no comma
    ("es", "Take 1 tablet 3 times a day or 2 tablets 2 times a day.",
     "Tome 2 veces al día 1 tableta o 3 veces al día 2 tabletas."),
    ("es", "Use 1 drop 1 time a day or 8 drops 8 times a day.", "Use 1 gota 8 veces al día u 8 gotas 1 vez al día."),
    ("es", "Use 1 drop once a day or eight drops 8 times a day.",
     "Use 1 gota 8 veces al día u ocho gotas una vez al día."),
    ("pt-BR", "Take 1 tablet 3 times a day or 2 tablets 2 times a day.",
     "Tome 1 comprimido 2 vezes ao dia ou 2 comprimidos 3 vezes ao dia."),
    ("fr", "Take 1 tablet 3 times a day or 2 tablets 2 times a day.",
     "Prenez 1 comprimé 2 fois par jour ou 2 comprimés 3 fois par jour."),
    ("vi", "Take 1 tablet 3 times a day or 2 tablets 2 times a day.",
     "Uống 1 viên 2 lần mỗi ngày hoặc 2 viên 3 lần mỗi ngày."),
    ("es", "Take 2 tablets on day 1 or 1 tablet on day 2.", "Tome 2 tabletas el día 2 o 1 tableta el día 1."),
    ("es", "Take 1 or 2 tablets 3 times a day or 4 tablets once a day.",
     "Tome 1 o 2 tabletas una vez al día o 4 tabletas 3 veces al día."),
    # three words, or a hyphenated one, between a count and its thing
    ("es", "Take 2 small round white tablets 3 times a day.",
     "Tome 3 tabletas pequeñas redondas blancas 2 veces al día."),
    ("pt-BR", "Take 2 film-coated tablets 3 times a day.", "Tome 3 comprimidos revestidos 2 vezes ao dia."),
    ("fr", "Take 2 film-coated tablets 3 times a day.", "Prenez 3 comprimés pelliculés 2 fois par jour."),
    ("vi", "Take 2 film-coated tablets 3 times a day.", "Uống 3 viên bao phim, ngày 2 lần."),
    ("es", "Take 2 extended-release tablets 3 times a day.",
     "Tome 3 tabletas de liberación prolongada 2 veces al día."),
    ("es", "Use 2 pre-filled pens 3 times a week.", "Use 3 plumas precargadas 2 veces por semana."),
    ("es", "Use 2 small pre-filled syringes 3 times a week.", "Use 3 jeringas precargadas 2 veces por semana."),
    # a verb or a preposition between a number and a thing binds neither: the 2 is the day's
    ("es", "On day 2 you will need tablets 3 times a day.", "El día 3 necesitará tabletas 2 veces al día."),
    ("es", "On day 2 if you need tablets take them 3 times a day.",
     "El día 3, si necesita tabletas, tómelas 2 veces al día."),
    ("es", "On day 2 bring tablets 3 times a day.", "El día 3 traiga tabletas 2 veces al día."),
    ("pt-BR", "On day 2 bring tablets 3 times a day.", "No dia 3 traga comprimidos 2 vezes ao dia."),
    ("fr", "On day 2 bring tablets 3 times a day.", "Le jour 3 apportez des comprimés 2 fois par jour."),
    # containers and forms
    ("es", "Use 2 packs 3 times a week.", "Use 3 envases 2 veces por semana."),
    ("es", "Use 2 packs 3 times a week.", "Use 3 cajas 2 veces por semana."),
    ("es", "Use 2 tubes 3 times a week.", "Use 3 tubos 2 veces por semana."),
    ("es", "Use 2 inhalers 3 times a day.", "Use 3 inhaladores 2 veces al día."),
    ("es", "Use 2 cartridges 3 times a week.", "Use 3 cartuchos 2 veces por semana."),
    ("es", "Use 2 blisters 3 times a week.", "Use 3 blísteres 2 veces por semana."),
    ("es", "Use 2 bags 3 times a day.", "Use 3 bolsas 2 veces al día."),
    ("es", "Insert 2 pessaries 3 times a week.", "Introduzca 3 óvulos 2 veces por semana."),
    ("pt-BR", "Use 2 boxes 3 times a week.", "Use 3 caixas 2 vezes por semana."),
    ("pt-BR", "Use 2 packs 3 times a week.", "Use 3 embalagens 2 vezes por semana."),
    ("pt-BR", "Use 2 tubes 3 times a week.", "Use 3 bisnagas 2 vezes por semana."),
    ("pt-BR", "Use 2 inhalers 3 times a day.", "Use 3 inaladores 2 vezes ao dia."),
    ("fr", "Use 2 boxes 3 times a week.", "Utilisez 3 boîtes 2 fois par semaine."),
    ("fr", "Use 2 blisters 3 times a week.", "Utilisez 3 plaquettes 2 fois par semaine."),
    ("fr", "Use 2 tubes 3 times a week.", "Utilisez 3 tubes 2 fois par semaine."),
    ("fr", "Use 2 cartridges 3 times a week.", "Utilisez 3 cartouches 2 fois par semaine."),
    ("vi", "Use 2 boxes 3 times a week.", "Dùng 3 hộp, mỗi tuần 2 lần."),
    ("vi", "Use 2 blisters 3 times a week.", "Dùng 3 vỉ, mỗi tuần 2 lần."),
    ("vi", "Use 2 tubes 3 times a week.", "Dùng 3 tuýp, mỗi tuần 2 lần."),
    ("vi", "Use 2 inhalers 3 times a day.", "Dùng 3 bình xịt, ngày 2 lần."),
])
def test_counts_exchanged_are_an_error(lang: str, src: str, tr: str) -> None:
    found = number_errors(src, tr, lang)
    assert len(found) == 1 and found[0].endswith(ADVICE), found


@pytest.mark.parametrize(("source_lang", "src", "tr"), [
    ("fr", "Prenez 2 petits comprimés ronds blancs 3 fois par jour.",
     "Take 3 small round white tablets 2 times a day."),
    ("es", "Use 3 cajas 2 veces por semana.", "Use 2 boxes 3 times a week."),
    ("pt", "Use 3 embalagens 2 vezes por semana.", "Use 2 packs 3 times a week."),
])
def test_counts_exchanged_in_a_translation_into_english_are_an_error(source_lang: str, src: str, tr: str) -> None:
    found = number_errors(src, tr, "en", source_lang)
    assert len(found) == 1 and found[0].endswith(ADVICE), found


@pytest.mark.parametrize(("lang", "src", "tr"), [
    # "or": each count in its clause, in any order; a range said with "or" is one count
    ("es", "Take 1 tablet 3 times a day or 2 tablets 2 times a day.",
     "Tome 1 tableta 3 veces al día o 2 tabletas 2 veces al día."),
    ("es", "Take 1 tablet 3 times a day or 2 tablets 2 times a day.",
     "Tome 3 veces al día 1 tableta o 2 veces al día 2 tabletas."),
    ("es", "Take 1 tablet 3 times a day or 2 tablets 2 times a day.",
     "Tome 2 tabletas 2 veces al día o 1 tableta 3 veces al día."),
    ("es", "Take 1 or 2 tablets 3 times a day or 4 tablets once a day.",
     "Tome 1 o 2 tabletas 3 veces al día o 4 tabletas una vez al día."),
    ("es", "Take 1 or 2 tablets 3 times a day.", "Tome 1 u 2 tabletas 3 veces al día."),
    ("es", "Use 1 drop 8 times a day or 8 drops once a day.", "Use 1 gota 8 veces al día u 8 gotas una vez al día."),
    ("pt-BR", "Take 1 tablet 3 times a day or 2 tablets 2 times a day.",
     "Tome 1 comprimido 3 vezes ao dia ou 2 comprimidos 2 vezes ao dia."),
    ("fr", "Take 1 or 2 tablets 3 times a day or 4 tablets once a day.",
     "Prenez 1 ou 2 comprimés 3 fois par jour ou 4 comprimés une fois par jour."),
    ("vi", "Take 1 tablet 3 times a day or 2 tablets 2 times a day.",
     "Uống 1 viên 3 lần mỗi ngày hoặc 2 viên 2 lần mỗi ngày."),
    ("vi", "Take 1 or 2 tablets 3 times a day.", "Uống 1 hoặc 2 viên, ngày 3 lần."),
    ("es", "Take 2 tablets or 1 capsule 3 times a day.", "Tres veces al día, tome 2 tabletas o 1 cápsula."),
    ("es", "Use 2 puffs 4 times a day or 1 puff 8 times a day.",
     "Haga 2 inhalaciones 4 veces al día, u 8 veces al día 1 inhalación."),
    ("es", "Take 2 tablets on day 1 or day 2 and 1 tablet on day 3.",
     "Tome 2 tabletas el día 1 o el día 2 y 1 tableta el día 3."),
    ("es", "Take 2 tablets on day 1 or day 2 and 1 tablet on day 3.",
     "Tome 2 tabletas el día 1 o 2 y 1 tableta el día 3."),
    ("fr", "Take 1 tablet 2 times a day or 2 tablets 1 time a day.",
     "Prenez 1 comprimé 2 fois par jour ou bien 2 comprimés 1 fois par jour."),
    ("vi", "Take 1 tablet 2 times a day or 2 tablets 1 time a day.",
     "Mỗi ngày uống 2 lần, mỗi lần 1 viên, hoặc mỗi ngày 1 lần, mỗi lần 2 viên."),
    ("es", "Take 2 tablets or capsules 3 times a day on day 1 and 1 tablet 2 times a day on day 2.",
     "El día 1, tome 2 tabletas o cápsulas 3 veces al día y el día 2, 1 tableta 2 veces al día."),
    # Portuguese "o" is "the": no clause ends there
    ("pt-BR", "Take 2 tablets on day 1 and 1 tablet on day 2.", "Tome 2 comprimidos o dia 1 e 1 comprimido o dia 2."),
    # three words, or a hyphenated one, kept with their thing
    ("es", "Take 2 film-coated tablets 3 times a day.", "Tome 2 comprimidos recubiertos con película 3 veces al día."),
    ("es", "Take 2 small round white tablets 3 times a day.",
     "Tome 2 tabletas pequeñas redondas blancas 3 veces al día."),
    ("fr", "Take 2 film-coated tablets 3 times a day.", "Prenez 2 comprimés pelliculés 3 fois par jour."),
    ("es", "On day 2 you will need tablets 3 times a day.", "El día 2 necesitará tabletas 3 veces al día."),
    # containers and forms kept with their counts
    ("es", "Use 2 boxes 3 times a week.", "Use 2 cajas 3 veces por semana."),
    ("es", "Use 2 boxes 3 times a week.", "Tres veces por semana, use 2 cajas."),
    ("pt-BR", "Use 2 packs 3 times a week.", "Use 2 embalagens 3 vezes por semana."),
    ("fr", "Use 2 tubes 3 times a week.", "Utilisez 2 tubes 3 fois par semaine."),
    ("vi", "Use 2 boxes 3 times a week.", "Dùng 2 hộp, mỗi tuần 3 lần."),
    # a thing off the list, or said in a word of another thing, is not read
    ("es", "Use 2 wipes 3 times a day.", "Use 2 toallitas 3 veces al día."),
    ("es", "Use 2 boxes 3 times a week.", "Use 2 cartones 3 veces por semana."),
    ("es", "Open 1 box of 2 pens 3 times a week.", "Abra 1 caja de 2 plumas 3 veces por semana."),
    ("es", "Open 2 boxes of 28 tablets.", "Abra 2 envases con 28 comprimidos cada uno."),
    ("vi", "Open 2 boxes of 28 tablets.", "Mở 2 hộp, mỗi hộp 28 viên."),
])
def test_counts_kept_with_their_things_pass(lang: str, src: str, tr: str) -> None:
    assert number_errors(src, tr, lang) == []


@pytest.mark.parametrize(("text", "lang", "said"), [
    ("Take 1 or 2 tablets 3 times a day or 4 tablets once a day.", "en",
     [("1 or 2 tablets", 0), ("3 times", 0), ("4 tablets", 1), ("once", 1)]),
    ("Tome 1 o 2 tabletas 3 veces al día o 4 tabletas 1 vez al día.", "es",
     [("1 o 2 tabletas", 0), ("3 veces", 0), ("4 tabletas", 1), ("1 vez", 1)]),
    ("Tome 7 u 8 gotas 2 veces al día u 8 gotas 1 vez.", "es",
     [("7 u 8 gotas", 0), ("2 veces", 0), ("8 gotas", 1), ("1 vez", 1)]),
    ("Tome 2 comprimidos o dia 1 e 1 comprimido o dia 2.", "pt",
     [("2 comprimidos", 0), ("dia 1", 0), ("1 comprimido", 1), ("dia 2", 1)]),
])
def test_or_ends_a_clause_only_between_two_counts(text: str, lang: str, said: list[tuple[str, int]]) -> None:
    assert [(b.words, b.clause) for b in countbindings.bindings(text, lang).bound] == said


@pytest.mark.parametrize(("text", "lang", "said"), [
    ("Take 2 film-coated tablets.", "en", ["2 film-coated tablets"]),
    ("Take 2 small round white tablets.", "en", ["2 small round white tablets"]),
    ("Prenez 2 petits comprimés ronds blancs.", "fr", ["2 petits comprimés"]),
    ("Take 2 small round white film-coated tablets.", "en", ["2 small round white film-coated tablets"]),
    ("Take 2 very small round white film-coated tablets.", "en", []),  # five words: not read
    ("On day 2 you will need tablets.", "en", ["day 2"]),
    ("On day 2 if needed take tablets.", "en", ["day 2"]),
    ("Take 2 with-food tablets.", "en", []),  # a hyphenated word of a preposition is no adjective
    ("Take 2 round-the-clock tablets.", "en", []),  # ("the" between hyphens is no adjective either)
    ("Take 2 extended-release-film-coated tablets.", "en", []),  # (two hyphens at most)
])
def test_what_stands_between_a_count_and_its_thing(text: str, lang: str, said: list[str]) -> None:
    assert [b.words for b in countbindings.bindings(text, lang).bound] == said
