"""The comparison check in clinician text: the signs < > ≤ ≥, a maximum or minimum, a multiple
("{n} times the dose"), and a comparison turned round in one sentence of a long entry. Each bad
translation below passed before (a clinician handout's threshold reversed)."""

from __future__ import annotations

import pytest

from edu.checks import check_message
from edu.findings import Finding

ANC = "Do not start if ANC < 1.5 × 10⁹/L [2]."
CRCL = "With CrCl < 30 mL/min, give 100 mg every other day [3]."
AGE = "EU: age ≥ 8 months and weight ≥ 10 kg [5]."
NOMID = "Start with {nomid_start} per day. Adjust in steps of {nomid_step}, up to a maximum of {nomid_max} per day [1]."
STORAGE = ("Storage: refrigerate, do not freeze, protect from light. US consumer information: do not use a syringe "
           "left at room temperature for more than {store_us_room} [17]. The EU leaflet allows up to {store_eu_room} "
           "at room temperature [18].")
OVERDOSE = ("**Overdose.** In sepsis studies, {overdose_n} patients received intravenous doses about "
            "{overdose_multiple} times the RA dose (up to {overdose_rate} per hour for {overdose_hours}) with no "
            "different adverse-event profile [15].")

NOMID_AT_LEAST = ("Empiece con {nomid_start} al día. Ajuste en pasos de {nomid_step}, al menos {nomid_max} al "
                  "día [1].")
STORAGE_AT_LEAST = ("Conservación: en refrigerador, no congelar, proteger de la luz. Información al consumidor de EE. "
                    "UU.: no use una jeringa que estuvo a temperatura ambiente durante más de {store_us_room} [17]. "
                    "El prospecto de la UE permite al menos {store_eu_room} a temperatura ambiente [18].")


def comparison(src: str, tr: str, lang: str, flags: tuple[str, ...] = ()) -> list[Finding]:
    return [f for f in check_message(src, tr, source_lang="en", lang=lang, flags=flags) if f.code == "comparison"]


BAD = [
    # a sign turned round, dropped, or said as words the other way
    (ANC, "es", "No inicie el tratamiento si el RAN es > 1.5 × 10⁹/L [2]."),
    (ANC, "es", "No inicie el tratamiento si el RAN es 1.5 × 10⁹/L [2]."),
    (ANC, "es", "No inicie el tratamiento si el RAN es mayor de 1.5 × 10⁹/L [2]."),
    (ANC, "es", "No inicie el tratamiento si el RAN es &gt; 1.5 × 10⁹/L [2]."),
    (ANC, "pt", "Não inicie o tratamento se a CAN for ≥ 1,5 × 10⁹/L [2]."),
    (ANC, "fr", "Ne commencez pas le traitement si le NAN est supérieur à 1,5 × 10⁹/L [2]."),
    (CRCL, "es", "Con ClCr > 30 mL/min, administre 100 mg en días alternos [3]."),
    (CRCL, "es", "Con ClCr ≥ 30 mL/min, administre 100 mg en días alternos [3]."),
    # a sign written as a sign that counts its amount where the source's does not, or the other way
    (CRCL, "es", "Con ClCr ≤ 30 mL/min, administre 100 mg en días alternos [3]."),
    (AGE, "pt", "UE: idade > 8 meses e peso ≥ 10 kg [5]."),
    ("EU: age ≥ {eu_min_age} [5].", "fr", "UE : âge > {eu_min_age} [5]."),
    (CRCL, "pt", "Com ClCr >= 30 mL/min, administre 100 mg em dias alternados [3]."),
    (CRCL, "fr", "Avec une ClCr › 30 mL/min, administrez 100 mg un jour sur deux [3]."),
    (CRCL, "vi", "Với ClCr > 30 mL/phút, dùng 100 mg cách ngày [3]."),
    (CRCL, "vi", "Với ClCr trên 30 mL/phút, dùng 100 mg cách ngày [3]."),
    (AGE, "es", "UE: edad ≤ 8 meses y peso ≥ 10 kg [5]."),
    (AGE, "es", "UE: edad < 8 meses y peso ≥ 10 kg [5]."),
    (AGE, "pt", "UE: idade ≥ 8 meses e peso inferior a 10 kg [5]."),
    (AGE, "fr", "UE : âge ≤ 8 mois et poids ≥ 10 kg [5]."),
    ("SpO₂ ≤ 92% on room air [9].", "fr", "SpO₂ ≥ 92 % en air ambiant [9]."),
    # a maximum made a minimum
    (NOMID, "es", NOMID_AT_LEAST),
    (NOMID, "es", "Empiece con {nomid_start} al día. Ajuste en pasos de {nomid_step}, hasta un mínimo de {nomid_max} "
                  "al día [1]."),
    (NOMID, "pt", "Comece com {nomid_start} por dia. Ajuste em etapas de {nomid_step}, até um mínimo de {nomid_max} "
                  "por dia [1]."),
    (NOMID, "fr", "Commencez par {nomid_start} par jour. Ajustez par paliers de {nomid_step}, au minimum "
                  "{nomid_max} par jour [1]."),
    ("The maximum dose is {nomid_max} per day [1].", "es", "La dosis mínima es {nomid_max} al día [1]."),
    # a comparison turned round in one sentence of a long entry, the others kept
    (STORAGE, "es", "Conservación: en refrigerador, no congelar, proteger de la luz. Información al consumidor de EE. "
                    "UU.: no use una jeringa que estuvo a temperatura ambiente durante menos de {store_us_room} [17]. "
                    "El prospecto de la UE permite hasta {store_eu_room} a temperatura ambiente [18]."),
    (STORAGE, "es", STORAGE_AT_LEAST),
    (STORAGE, "pt", "Armazenamento: na geladeira, não congelar, proteger da luz. Informação ao consumidor dos EUA: não "
                    "use uma seringa que ficou em temperatura ambiente por mais de {store_us_room} [17]. A bula da UE "
                    "permite no mínimo {store_eu_room} em temperatura ambiente [18]."),
    (STORAGE, "fr", "Conservation : au réfrigérateur, ne pas congeler, à l’abri de la lumière. Information du "
                    "consommateur aux États-Unis : n’utilisez pas une seringue restée à température ambiante moins "
                    "de {store_us_room} [17]. La notice de l’UE autorise jusqu’à {store_eu_room} à température "
                    "ambiante [18]."),
    # a multiple said as a fraction
    (OVERDOSE, "es", "**Sobredosis.** En estudios de sepsis, {overdose_n} pacientes recibieron dosis intravenosas unas "
                     "{overdose_multiple} veces menores que la dosis de la AR (hasta {overdose_rate} por hora durante "
                     "{overdose_hours}) sin un perfil de efectos adversos distinto [15]."),
    (OVERDOSE, "pt", "**Superdosagem.** Em estudos de sepse, {overdose_n} pacientes receberam doses intravenosas cerca "
                     "de {overdose_multiple} vezes menores que a dose da AR (até {overdose_rate} por hora durante "
                     "{overdose_hours}) sem perfil de eventos adversos diferente [15]."),
    (OVERDOSE, "fr", "**Surdosage.** Dans des études sur le sepsis, {overdose_n} patients ont reçu des doses "
                     "intraveineuses environ {overdose_multiple} fois inférieures à la dose de la PR (jusqu’à "
                     "{overdose_rate} par heure pendant {overdose_hours}) sans profil d’effets indésirables "
                     "différent [15]."),
]


@pytest.mark.parametrize(("src", "lang", "tr"), BAD)
def test_a_comparison_turned_round_or_dropped_is_an_error(src: str, lang: str, tr: str) -> None:
    (found,) = comparison(src, tr, lang)
    assert found.severity == "error"
    assert "edu-ok:comparison" in found.message
    assert comparison(src, tr, lang, flags=("edu-ok:comparison",)) == []  # a reviewer may accept it


GOOD = [
    # a sign said as words, words as a sign, another sign of the same direction
    (ANC, "es", "No inicie el tratamiento si el RAN es < 1.5 × 10⁹/L [2]."),
    (ANC, "es", "No inicie el tratamiento si el RAN es menor de 1.5 × 10⁹/L [2]."),
    (ANC, "es", "No inicie el tratamiento si el RAN es inferior a 1.5 × 10⁹/L [2]."),
    (ANC, "pt", "Não inicie o tratamento se a CAN for menor que 1,5 × 10⁹/L [2]."),
    (ANC, "fr", "Ne commencez pas le traitement si le NAN est inférieur à 1,5 × 10⁹/L [2]."),
    (CRCL, "es", "Con ClCr <30 mL/min, administre 100 mg en días alternos [3]."),
    (CRCL, "pt", "Com ClCr abaixo de 30 mL/min, administre 100 mg em dias alternados [3]."),
    (CRCL, "fr", "Avec une ClCr < 30 mL/min, administrez 100 mg un jour sur deux [3]."),
    (CRCL, "vi", "Với ClCr dưới 30 mL/phút, dùng 100 mg cách ngày [3]."),
    (CRCL, "vi", "Với ClCr < 30 mL/phút, dùng 100 mg cách ngày [3]."),
    (AGE, "es", "UE: edad mayor o igual a 8 meses y peso de al menos 10 kg [5]."),
    (AGE, "es", "UE: edad ≥ 8 meses y peso >= 10 kg [5]."),
    (AGE, "pt", "UE: idade de pelo menos 8 meses e peso ≥ 10 kg [5]."),
    (AGE, "fr", "UE : âge ≥ 8 mois et poids d’au moins 10 kg [5]."),
    ("Give it if the temperature is at least 38 °C.", "es", "Adminístrela si la temperatura es ≥ 38 °C."),
    ("Do not give more than 4 doses a day.", "es", "No dé > 4 dosis al día."),
    # a maximum or a minimum kept in other words
    (NOMID, "es", "Empiece con {nomid_start} al día. Ajuste en pasos de {nomid_step}, hasta un máximo de {nomid_max} "
                  "al día [1]."),
    (NOMID, "es", "Empiece con {nomid_start} al día. Ajuste en pasos de {nomid_step}, como máximo {nomid_max} al "
                  "día [1]."),
    (NOMID, "es", "Empiece con {nomid_start} al día. Ajuste en pasos de {nomid_step}, hasta {nomid_max} al día [1]."),
    (NOMID, "es", "Empiece con {nomid_start} al día. Ajuste en pasos de {nomid_step}, sin superar {nomid_max} al "
                  "día [1]."),
    (NOMID, "pt", "Comece com {nomid_start} por dia. Ajuste em etapas de {nomid_step}, até no máximo {nomid_max} por "
                  "dia [1]."),
    (NOMID, "fr", "Commencez par {nomid_start} par jour. Ajustez par paliers de {nomid_step}, jusqu’à "
                  "{nomid_max} par jour au maximum [1]."),
    ("The maximum dose is {nomid_max} per day [1].", "es", "La dosis más alta es {nomid_max} al día [1]."),
    ("The maximum dose is {nomid_max} per day [1].", "pt", "A dose mais alta é {nomid_max} por dia [1]."),
    ("Up to a maximum of {nomid_max} per day.", "pt", "Sem ultrapassar {nomid_max} por dia."),
    ("Up to a maximum of {nomid_max} per day.", "fr", "Ne pas dépasser {nomid_max} par jour."),
    ("Take no more than {dose} a day.", "es", "No tome más de {dose} al día."),
    ("Take no more than {dose} a day.", "es", "Tome como máximo {dose} al día."),
    ("Wait at least {gap} between doses.", "es", "Espere un mínimo de {gap} entre dosis."),
    # a long entry kept, its comparisons moved inside their sentences
    (STORAGE, "es", "Conservación: en refrigerador, no congelar, proteger de la luz. Información al consumidor de EE. "
                    "UU.: no use una jeringa que estuvo a temperatura ambiente durante más de {store_us_room} [17]. "
                    "El prospecto de la UE permite hasta {store_eu_room} a temperatura ambiente [18]."),
    (STORAGE, "es", "Conservación: en refrigerador, no congelar, proteger de la luz. Información al consumidor de EE. "
                    "UU.: si una jeringa estuvo a temperatura ambiente más de {store_us_room}, no la use [17]. "
                    "A temperatura ambiente, el prospecto de la UE permite {store_eu_room} como máximo [18]."),
    (STORAGE, "pt", "Armazenamento: na geladeira, não congelar, proteger da luz. Informação ao consumidor dos EUA: não "
                    "use uma seringa que ficou em temperatura ambiente por mais de {store_us_room} [17]. A bula da UE "
                    "permite até {store_eu_room} em temperatura ambiente [18]."),
    (STORAGE, "fr", "Conservation : au réfrigérateur, ne pas congeler, à l’abri de la lumière. Information du "
                    "consommateur aux États-Unis : n’utilisez pas une seringue restée à température ambiante plus "
                    "de {store_us_room} [17]. La notice de l’UE autorise jusqu’à {store_eu_room} à température "
                    "ambiante [18]."),
    (OVERDOSE, "es", "**Sobredosis.** En estudios de sepsis, {overdose_n} pacientes recibieron dosis intravenosas unas "
                     "{overdose_multiple} veces mayores que la dosis de la AR (hasta {overdose_rate} por hora durante "
                     "{overdose_hours}) sin un perfil de efectos adversos distinto [15]."),
    (OVERDOSE, "es", "**Sobredosis.** En estudios de sepsis, {overdose_n} pacientes recibieron dosis intravenosas de "
                     "unas {overdose_multiple} veces la dosis de la AR (hasta {overdose_rate} por hora durante "
                     "{overdose_hours}) sin un perfil de efectos adversos distinto [15]."),
    # no comparison: an arrow, a tag-like placeholder, a frequency
    ("Take it 3 times the first day, then once a day.", "es", "Tómela 3 veces el primer día y luego menos seguido."),
    ("Dose -> 2 mL.", "es", "Dosis -> menos de 2 mL."),
]


@pytest.mark.parametrize(("src", "lang", "tr"), GOOD)
def test_a_comparison_kept_in_other_words_passes(src: str, lang: str, tr: str) -> None:
    assert comparison(src, tr, lang) == []


def test_the_message_quotes_the_signs_and_the_sentence_of_a_long_entry() -> None:
    (found,) = comparison(CRCL, "Con ClCr > 30 mL/min, administre 100 mg en días alternos [3].", "es")
    assert found.message == ('the source says less or at most ("<") and the translation more or at least (">"): keep '
                             "the direction of the comparison; if it says it in other words, a reviewer confirms them "
                             "with edu-ok:comparison")
    (found,) = comparison(STORAGE, STORAGE_AT_LEAST, "es")
    assert found.message == ('in sentence 3, the source ("The EU leaflet allows up to {…} at room temperature [18].") '
                             'says less or at most ("up to") and its translation ("El prospecto de la UE permite al '
                             'menos {…} a temperatura am…") more or at least ("al menos"): keep the direction of the '
                             "comparison; if it says it in other words, a reviewer confirms them with "
                             "edu-ok:comparison")
    (found,) = comparison(AGE, "UE: edad ≤ 8 meses y peso ≥ 10 kg [5].", "es")
    assert found.message.startswith('the source ("age ≥ 8") says more or at least ("≥") and its translation ("edad ≤ '
                                    '8") less or at most ("≤")')
    (found,) = comparison(AGE, "UE: edad > 8 meses y peso ≥ 10 kg [5].", "es")
    assert found.message == ('the source says "≥ 8" and the translation "> 8": one of them counts the amount itself '
                             "and the other does not (≥ and ≤ do; > and < do not): keep the source's sign; if it says "
                             "it in other words, a reviewer confirms them with edu-ok:comparison")
    (found,) = comparison(NOMID, NOMID_AT_LEAST, "es")
    assert '("maximum")' in found.message and '("al menos")' in found.message
