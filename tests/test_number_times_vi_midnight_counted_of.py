"""The number check's weak spots of numbers9: Vietnamese times of day in "giờ" ("lúc 8 giờ tối" is 8 p.m.,
"8 giờ rưỡi sáng" 8:30 a.m., "12 giờ đêm" midnight; "mỗi 8 giờ" and "trong 2 giờ" stay hours), "0 h" for
"12 p.m." said to be midnight (and "a las 0 h" for it no longer passing), and "1 día o 2 de las dosis"
read as a day and two doses, not a range of days. Each correct translation passes; each unsafe one is an
error with the message a translator sees."""

from __future__ import annotations

from decimal import Decimal

import pytest

from edu.checks import check_message
from edu.clocktimes import CLOCK, CLOCK_12, TWELVE, clock_times


def errors(src: str, tr: str, lang: str) -> list[tuple[str, str]]:
    territory = {"fr": "FR", "pt-BR": "BR"}.get(lang, "US")
    return [(f.code, f.message) for f in check_message(src, tr, source_lang="en", lang=lang, territory=territory)
            if f.severity == "error"]


# --- Vietnamese times of day ---------------------------------------------------------------------


@pytest.mark.parametrize(("src", "tr"), [
    ("Take it at 8 p.m.", "Uống thuốc lúc 8 giờ tối."),
    ("Take it at 8 p.m.", "Uống thuốc lúc 20 giờ."),
    ("Take it at 8 p.m.", "Uống thuốc lúc 20:00."),
    ("Take it at 8 p.m.", "Uống thuốc lúc 8h tối."),
    ("Take it at 8 p.m.", "Uống thuốc lúc 8 giờ."),  # a.m. or p.m. not said: either
    ("Take it at 8 a.m.", "Uống thuốc lúc 8 giờ sáng."),
    ("Take it at 3 p.m.", "Uống thuốc lúc 3 giờ chiều."),
    ("Take it at 11 a.m.", "Uống thuốc lúc 11 giờ trưa."),
    ("Take it at 1 p.m.", "Uống thuốc lúc 1 giờ trưa."),
    ("Take it at 12 p.m.", "Uống thuốc lúc 12 giờ trưa."),
    ("Take it at 12 a.m.", "Uống thuốc lúc 12 giờ đêm."),
    ("Take it at 12 a.m.", "Uống thuốc lúc 0 giờ."),
    ("Take it at 2 a.m.", "Uống thuốc lúc 2 giờ đêm."),
    ("Take it at 11 p.m.", "Uống thuốc lúc 11 giờ đêm."),
    ("Take it at 8:30 p.m.", "Uống thuốc lúc 8 giờ 30 tối."),
    ("Take it at 8:30 p.m.", "Uống thuốc lúc 8 giờ rưỡi tối."),
    ("Take it at 8:30 p.m.", "Uống thuốc lúc 8:30 tối."),
    ("Take it at 8:30 p.m.", "Uống thuốc lúc 8h30 tối."),
    ("Take it at 8:30 p.m.", "Uống thuốc lúc 20 giờ 30 phút."),
    ("Take it at 7:45 p.m.", "Uống thuốc lúc 8 giờ kém 15 tối."),
    ("Take it at 8 a.m. and 8 p.m.", "Uống thuốc lúc 8 giờ sáng và 8 giờ tối."),
    ("Take 2 tablets at 8 p.m.", "Uống 2 viên lúc 8 giờ tối."),
    ("At 8 p.m., take 2 tablets.", "Lúc 8 giờ tối, uống 2 viên."),
    ("Do not eat after 8 p.m.", "Không ăn sau 8 giờ tối."),
    ("Take it between 8 and 10 p.m.", "Uống thuốc từ 8 đến 10 giờ tối."),
    ("Take it between 8 and 10 p.m.", "Uống thuốc từ 8 giờ đến 10 giờ tối."),
    ("Take it between 8 p.m. and 10 p.m.", "Uống thuốc từ 8 giờ tối đến 10 giờ tối."),
    ("Take it at about 2 to 3 p.m.", "Uống thuốc khoảng 2 đến 3 giờ chiều."),
])
def test_vietnamese_times_of_day_pass(src: str, tr: str) -> None:
    """"lúc 8 giờ tối" for "at 8 p.m." was "number 8 p.m. … is missing from the translation (found 8 giờ)"."""
    assert errors(src, tr, "vi") == []


@pytest.mark.parametrize(("src", "tr"), [
    ("Take 1 tablet every 8 hours.", "Uống 1 viên mỗi 8 giờ một lần."),
    ("Take 1 tablet every 8 hours.", "Cứ 8 giờ uống 1 viên."),
    ("Take it every 8 hours.", "Uống thuốc mỗi 8 giờ."),
    ("Take it every 12 hours, morning and evening.", "Uống thuốc mỗi 12 giờ sáng và tối."),
    ("Do not eat for 2 hours.", "Không ăn trong 2 giờ."),
    ("Wait 2 hours 30 minutes.", "Chờ 2 giờ 30 phút."),
    ("Take it 2 hours after dinner.", "Uống thuốc 2 giờ sau bữa tối."),
])
def test_vietnamese_hours_stay_hours(src: str, tr: str) -> None:
    """"giờ" is also the hour: "mỗi 8 giờ" is every 8 hours, never a time of day."""
    assert errors(src, tr, "vi") == []


@pytest.mark.parametrize(("src", "tr", "message"), [
    ("Take it at 8 p.m.", "Uống thuốc lúc 8 giờ sáng.",
     "number 8 p.m. in the source is missing from the translation (found 8 giờ sáng)"),
    ("Take it at 10 p.m.", "Uống thuốc lúc 10 giờ sáng.",
     "number 10 p.m. in the source is missing from the translation (found 10 giờ sáng)"),
    ("Take it at 8 a.m.", "Uống thuốc lúc 20 giờ.",
     "number 8 a.m. in the source is missing from the translation (found 20 giờ)"),
    ("Take it at 8:30 p.m.", "Uống thuốc lúc 8 giờ tối.",
     "number 8:30 p.m. in the source is missing from the translation (found 8 giờ tối)"),
    ("Take it at 8 p.m.", "Uống thuốc mỗi 8 giờ.",
     "number 8 p.m. in the source is missing from the translation (found 8 giờ)"),
    ("Take it every 8 hours.", "Uống thuốc lúc 8 giờ tối.",
     "number 8 hours in the source is missing from the translation (found 8 giờ tối)"),
    ("Take it every 8 hours.", "Uống thuốc lúc 8 giờ.",
     "number 8 hours in the source is missing from the translation (found 8 giờ)"),
    ("Take it between 8 and 10 p.m.", "Uống thuốc từ 8 đến 10 giờ sáng.",
     "numbers 8 and 10 p.m. in the source are missing from the translation (found 8 and 10 giờ sáng)"),
])
def test_vietnamese_time_changed_is_an_error(src: str, tr: str, message: str) -> None:
    """"8 giờ sáng" (8 a.m.) for "8 p.m." passed, read as 8 hours against the source's 8."""
    found = errors(src, tr, "vi")
    assert [code for code, _message in found] == ["number"]
    assert found[0][1].startswith(f"{message}; copy every number and unit")


@pytest.mark.parametrize(("text", "minutes", "unit"), [
    ("lúc 8 giờ tối", 1200, CLOCK),
    ("lúc 8 giờ", 480, CLOCK_12),
    ("8 giờ rưỡi sáng", 510, CLOCK),
    ("lúc 20 giờ", 1200, CLOCK),
    ("12 giờ đêm", 0, CLOCK),
    ("12 giờ trưa", 720, CLOCK),
    ("12 giờ sáng", 720, CLOCK_12),  # noon or midnight: not said
    ("2 giờ đêm", 120, CLOCK),
    ("lúc 8 giờ kém 15 tối", 1185, CLOCK),
])
def test_vietnamese_times_read(text: str, minutes: int, unit: str) -> None:
    _rest, found = clock_times(text)
    assert [(q.value, q.unit) for q in found] == [(Decimal(minutes), unit)]


@pytest.mark.parametrize(("text", "times"), [
    ("mỗi 8 giờ", []),
    ("trong 2 giờ", []),
    ("2 giờ 30 phút", []),
    ("cứ 12 giờ sáng và tối", []),
    ("mỗi 6 đến 8 giờ sáng và tối", []),
    ("lúc 8 giờ 2 viên", ["8 giờ"]),  # at 8, then two tablets (no 8:02)
])
def test_vietnamese_hours_read_as_no_time_of_day(text: str, times: list[str]) -> None:
    _rest, found = clock_times(text)
    assert [q.text for q in found] == times


# --- midnight said as 0 h for 12 p.m. -------------------------------------------------------------


@pytest.mark.parametrize(("lang", "src", "tr", "found"), [
    ("fr", "Take it at 12 p.m.", "Prenez-le à 0 h.", "0 h"),
    ("es", "Take it at 12 p.m.", "Tómelo a las 0 h.", "0 h"),  # passed: "a las 0 h" was read as 12 a.m. or p.m.
    ("es", "Take it at 12 p.m.", "Tómelo a las 0:00.", "0:00"),
    ("pt-BR", "Take it at 12 p.m.", "Tome-o às 0h.", "0h"),
    ("vi", "Take it at 12 p.m.", "Uống thuốc lúc 0 giờ.", "0 giờ"),
    ("vi", "Take it at 12 p.m.", "Uống thuốc lúc 12 giờ đêm.", "12 giờ đêm"),
])
def test_zero_hours_for_noon_says_it_is_midnight(lang: str, src: str, tr: str, found: str) -> None:
    """"à 0 h" for "12 p.m." was told only that 12 a.m. is midnight: the message names the translation's time."""
    messages = errors(src, tr, lang)
    assert [code for code, _message in messages] == ["number"]
    assert messages[0][1].startswith(f"number 12 p.m. in the source is missing from the translation (found {found})")
    assert messages[0][1].endswith(f'; "{found}" is midnight (0:00): {TWELVE}')


@pytest.mark.parametrize(("lang", "src", "tr"), [
    ("es", "Take it at 12 a.m.", "Tómelo a las 0 h."),
    ("es", "Take it at 12 a.m.", "Tómelo a las 0:00."),
    ("fr", "Take it at 12 a.m.", "Prenez-le à 0 h."),
    ("pt-BR", "Take it at 12 a.m.", "Tome-o às 0h."),
])
def test_zero_hours_for_midnight_passes(lang: str, src: str, tr: str) -> None:
    assert errors(src, tr, lang) == []


def test_noon_in_a_word_as_zero_hours_names_midnight() -> None:
    assert errors("Take it at noon.", "Tómelo a las 0 h.", "es") == [(
        "number", f'number 0 h in the translation is not in the source; copy every number and unit; "0 h" is '
        f"midnight (0:00): {TWELVE}")]


# --- "1 día o 2 de las dosis": a day, or two of a counted thing ---------------------------------------


@pytest.mark.parametrize(("lang", "src", "tr"), [
    ("es", "If you miss 2 of the doses or 1 day, call your doctor.",
     "Si olvida 1 día o 2 de las dosis, llame a su médico."),
    ("es", "If you miss 2 of them, or 1 day, call your doctor.", "Si olvida 1 día o 2 de ellas, llame a su médico."),
    ("fr", "If you miss 2 of the doses or 1 day, call your doctor.",
     "Si vous oubliez 1 jour ou 2 des doses, appelez votre médecin."),
    ("pt-BR", "If you miss 2 of the doses or 1 day, call your doctor.",
     "Se esquecer 1 dia ou 2 das doses, ligue para o seu médico."),
])
def test_count_of_things_after_a_day_is_no_range(lang: str, src: str, tr: str) -> None:
    """"1 día o 2 de las dosis" was read as 1 to 2 days: "number 2 in the source is missing (found 2)"."""
    assert errors(src, tr, lang) == []


@pytest.mark.parametrize(("lang", "src", "tr"), [
    ("es", "If you miss 1 day or 2 of the doses, call your doctor.",
     "Si olvida 1 día o 2 de las dosis, llame a su médico."),
    ("es", "If you miss two of the doses or a day, call your doctor.",
     "Si olvida un día o dos de las dosis, llame a su médico."),
    ("es", "Allow 1-2 days of rest.", "Permita 1 día o 2 de reposo."),
    ("es", "Rest 1-2 days of the week.", "Descanse 1 día o 2 de la semana."),
    ("es", "Stop for 1-2 days of the treatment.", "Suspenda 1 día o 2 del tratamiento."),
    ("fr", "Stop for 1-2 days of the treatment.", "Arrêtez 1 jour ou 2 du traitement."),
    ("es", "Rest for 1-2 days before the test.", "Descanse 1 día o 2 antes de la prueba."),
])
def test_range_of_days_with_of_still_passes(lang: str, src: str, tr: str) -> None:
    """A range's end with "de" that counts no thing ("de reposo", "de la semana") is still a range."""
    assert errors(src, tr, lang) == []


def test_days_as_a_count_of_tablets_is_an_error() -> None:
    """"Descanse 1 día o 2 de las tabletas" for "Rest 1-2 days" passed, read as 1 to 2 days."""
    found = errors("Rest for 1-2 days.", "Descanse 1 día o 2 de las tabletas.", "es")
    assert [code for code, _message in found] == ["number"]
    assert found[0][1].startswith("number 2 days in the source is missing from the translation (found 2)")
