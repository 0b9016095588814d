"""A comparison said in words keeps whether it counts its amount: "more than 38 °C" is never "38 °C
o más" or "como mínimo 38 °C" (38 °C itself now counts), "at least 8 months" never "más de 8
meses" (8 months left out). Each translation refused below passed before (only a sign written as a
sign was compared for it); each one accepted is paired with one refused, so that it says what
passes where the other does not."""

from __future__ import annotations

import pytest

from edu.checks import check_message
from edu.findings import Finding

FEVER = "Call if your temperature is more than 38 °C."
WAIT = "Wait at least 8 months."
DOSES = "Take up to 3 doses a day."
SHOTS = "Take no more than 1 shot a day."
CRCL = "With CrCl < 30 mL/min, give 100 mg every other day [3]."
AGE = "EU: age ≥ 8 months and weight ≥ 10 kg [5]."
STORAGE = ("Do not use a syringe left at room temperature for more than {store_us_room} [17]. The EU leaflet "
           "allows up to {store_eu_room} at room temperature [18].")


def comparison(src: str, tr: str, lang: str, source_lang: str = "en",
               flags: tuple[str, ...] = ()) -> list[Finding]:
    return [f for f in check_message(src, tr, source_lang=source_lang, lang=lang, flags=flags)
            if f.code == "comparison"]


# (source language, language, source, translation): the same direction, the strictness changed
REFUSED = [
    ("en", "es", FEVER, "Llame si su temperatura es de 38 °C o más."),
    ("en", "es", FEVER, "Llame si su temperatura es como mínimo 38 °C."),
    ("en", "es", WAIT, "Espere más de 8 meses."),
    ("en", "es", DOSES, "Tome menos de 3 dosis al día."),
    ("en", "es", SHOTS, "Póngase menos de 1 inyección al día."),  # "no more than 1": at most 1
    ("en", "es", CRCL, "Con ClCr de 30 mL/min o menos, administre 100 mg en días alternos [3]."),  # a sign as words
    ("en", "es", AGE, "UE: edad mayor de 8 meses y peso de al menos 10 kg [5]."),  # one of two amounts
    ("en", "es", "Use it more than once.", "Úsela al menos una vez."),
    ("en", "es", STORAGE, "No use una jeringa que estuvo a temperatura ambiente como mínimo {store_us_room} [17]. El "
                          "prospecto de la UE permite hasta {store_eu_room} a temperatura ambiente [18]."),
    ("en", "pt-BR", "Call if the fever lasts more than 3 days.", "Ligue se a febre durar pelo menos 3 dias."),
    ("en", "pt-BR", "Call if the fever lasts more than 3 days.", "Ligue se a febre durar 3 dias ou mais."),
    ("en", "fr", "Call if the fever lasts more than 3 days.", "Appelez si la fièvre dure au moins 3 jours."),
    ("en", "fr", "Do not exceed 4 g a day.", "Prenez moins de 4 g par jour."),
    ("es", "en", "Llame si la fiebre es de 38 °C o más.", "Call if the fever is above 38 °C."),
    ("es", "en", "Tome hasta 3 dosis al día.", "Take fewer than 3 doses a day."),
    ("es", "en", "Úselo a partir de los 12 años.", "Use it over age 12."),
]


@pytest.mark.parametrize(("source_lang", "lang", "src", "tr"), REFUSED)
def test_a_comparison_said_strict_or_not_otherwise_is_an_error(source_lang: str, lang: str, src: str,
                                                                 tr: str) -> None:
    (found,) = comparison(src, tr, lang, source_lang)
    assert found.severity == "error"
    assert "counts the amount itself" in found.message and "edu-ok:comparison" in found.message
    assert comparison(src, tr, lang, source_lang, flags=("edu-ok:comparison",)) == []  # a reviewer may accept it


# (language, source, a translation that keeps the strictness in other words, one that does not)
KEPT = [
    ("es", FEVER, "Llame si su temperatura es de más de 38 °C.", "Llame si su temperatura es de 38 °C o más."),
    ("es", FEVER, "Llame si su temperatura supera los 38 °C.", "Llame si su temperatura es como mínimo 38 °C."),
    ("es", "Call if your temperature is over 38 °C.", "Llame si su temperatura es de más de 38 °C.",
     "Llame si su temperatura es de 38 °C o más."),  # "más de" is the words for "over"
    ("es", WAIT, "Espere al menos 8 meses.", "Espere más de 8 meses."),
    ("es", WAIT, "Espere 8 meses como mínimo.", "Espere más de 8 meses."),
    ("es", "Children at least 8 months old can use it.", "Los niños a partir de los 8 meses pueden usarlo.",
     "Los niños de más de 8 meses pueden usarlo."),  # "a partir de": from, at least
    ("es", DOSES, "Tome hasta 3 dosis al día.", "Tome menos de 3 dosis al día."),  # "hasta": at most
    ("es", DOSES, "Tome no más de 3 dosis al día.", "Tome menos de 3 dosis al día."),
    ("es", SHOTS, "No se ponga más de 1 inyección al día.", "Póngase menos de 1 inyección al día."),
    ("es", SHOTS, "Póngase como máximo 1 inyección al día.", "Póngase menos de 1 inyección al día."),
    ("es", CRCL, "Con ClCr menor de 30 mL/min, administre 100 mg en días alternos [3].",
     "Con ClCr de 30 mL/min o menos, administre 100 mg en días alternos [3]."),
    ("es", AGE, "UE: edad mayor o igual a 8 meses y peso de al menos 10 kg [5].",
     "UE: edad mayor de 8 meses y peso de al menos 10 kg [5]."),
    ("es", "Children 12 and older can use it.", "Los niños de 12 años en adelante pueden usarlo.",
     "Los niños mayores de 12 años pueden usarlo."),
    ("pt-BR", "Wait at least 8 months.", "Aguarde no mínimo 8 meses.", "Aguarde mais de 8 meses."),
    ("fr", "Do not exceed 4 g a day.", "Ne dépassez pas 4 g par jour.", "Prenez moins de 4 g par jour."),
    ("fr", "Do not exceed 4 g a day.", "Prenez au plus 4 g par jour.", "Prenez moins de 4 g par jour."),
]


@pytest.mark.parametrize(("lang", "src", "kept", "changed"), KEPT)
def test_the_same_strictness_in_other_words_passes(lang: str, src: str, kept: str, changed: str) -> None:
    assert comparison(src, kept, lang) == []
    assert [f.code for f in comparison(src, changed, lang)] == ["comparison"]


def test_the_message_quotes_both_comparisons_and_names_the_words_to_write() -> None:
    (found,) = comparison(FEVER, "Llame si su temperatura es de 38 °C o más.", "es")
    assert found.message == ('the source says more than ("more than 38") and the translation at least ("38 °C o '
                             'más"): the translation counts the amount itself and the source does not (at least, at '
                             "most, up to, ≥ and ≤ take it in; more than, less than, over, under, > and < leave it "
                             'out): say more than ("más de"); if it says it in other words, a reviewer confirms them '
                             "with edu-ok:comparison")
    (found,) = comparison(SHOTS, "Póngase menos de 1 inyección al día.", "es")
    assert found.message.startswith('the source says at most ("more than 1" after "no") and the translation less '
                                    'than ("menos de 1"): the source counts the amount itself and the translation '
                                    "does not")
    assert found.message.endswith('say at most ("como máximo", "hasta"); if it says it in other words, a reviewer '
                                  "confirms them with edu-ok:comparison")
    (found,) = comparison(STORAGE, REFUSED[8][3], "es")
    assert found.message.startswith('the source says more than ("more than {…}") and the translation at least '
                                    '("como mínimo {…}")')
