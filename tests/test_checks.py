"""Translation QA (edu.checks): each check fails on the bad translation and passes the good one."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import textwrap
import unicodedata
from collections import Counter
from collections.abc import Collection
from decimal import Decimal
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po
from babel.numbers import format_decimal, format_percent
from babel.units import format_unit
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

import edu.checks as checks
from edu import numbercheck, periods
from edu.checks import SEVERITY, Finding, check_catalog, check_message
from edu.poread import read_catalog
from edu.sentences import align, sentence_ends

MSGFMT = shutil.which("msgfmt")


def run(
    src: str,
    tr: str,
    lang: str = "es",
    territory: str = "US",
    flags: Collection[str] = (),
    source_lang: str = "en",
) -> list[Finding]:
    return check_message(src, tr, source_lang=source_lang, lang=lang, territory=territory, flags=flags)


def codes(src: str, tr: str, lang: str = "es", territory: str = "US") -> list[str]:
    return [f.code for f in run(src, tr, lang, territory)]


# --- good translations raise nothing -------------------------------------------------------------

GOOD = [
    ("Take {dose} once a day.", "Tome {dose} una vez al día.", "US"),
    ("Do not use a syringe left out longer than {store_us_room}.",
     "No use una jeringa que estuvo fuera más de {store_us_room}.", "US"),
    ("Do not use a syringe left out longer than {store_us_room}.",
     "No use una jeringa dejada fuera más de {store_us_room}.", "US"),
    ("Do not use a syringe left out more than {store_us_room}.",
     "No use una jeringa dejada fuera más de {store_us_room}.", "US"),
    ("It is no longer needed after a long day.", "Ya no se necesita después de un día largo.", "US"),
    ("Give the shot under the skin.", "Póngase la inyección debajo de la piel.", "US"),
    ("Subcutaneous use only.", "Solo para uso subcutáneo.", "US"),
    ("Give the shot.", "Póngase la inyección subcutánea.", "US"),  # a route named where the source names none
    ("Take your pills with water.", "Tómelas con agua.", "US"),  # the form left out: no way said, none changed
    ("Take your pills with water.", "Tome sus pastillas por la boca.", "US"),
    ("Throw the syringe away after the shot.", "Tire la jeringa después de la inyección.", "US"),
    ("Take your pills; the nurse gives the shot.", "Tome sus pastillas; la enfermera le pone la inyección.", "US"),
    ("Give the shot under your skin.", "Póngase la inyección debajo de su piel.", "US"),
    ("Give 2 mg/kg IV once.", "Administre 2 mg/kg IV una vez.", "US"),
    ("Patients with NYHA class IV heart failure.", "Pacientes con insuficiencia cardiaca de clase IV de la NYHA.",
     "US"),
    ("Split the dose into two doses.", "Divida la dosis en dos dosis.", "US"),
    ("Use it twice a day.", "Úselo dos veces al día.", "US"),
    ("Taking both caused more infections.", "Usar los dos causó más infecciones.", "US"),  # "both": no count
    ("Take two tablets, 2 times a day.", "Tome dos tabletas, 2 veces al día.", "US"),
    ("Take ½ tablet.", "Tome 1/2 tableta.", "US"),
    ("Take 1½ tablets.", "Tome 1 ½ tabletas.", "US"),
    ("Take half a tablet.", "Tome media tableta.", "US"),
    ("Take half a tablet.", "Tome la mitad de una tableta.", "US"),
    ("Its half-life is two hours.", "Su semivida es de dos horas.", "US"),  # a half-life is no half
    ("Its half-life is two hours.", "Su vida media es de dos horas.", "US"),
    ("Take two tablets at midday.", "Tome dos tabletas a media mañana.", "US"),  # "media": also "mid"
    ("Read [the ten rules](https://e.org/ten-six).", "Lea [las diez reglas](https://e.org/ten-six).", "US"),
    ('See [when to call](#when "Call 911").', 'Vea [cuándo llamar](#when "Llame al 911").', "US"),
    ("Do not shake it.", "No la agite.", "US"),
    ("Do not take more than {max_dose} a day.", "Tome como máximo {max_dose} al día.", "US"),  # the limit says it
    ("The effect is not known.", "Se desconoce el efecto.", "US"),
    ("Use it every other day.", "Úsela un día sí y otro no.", "US"),
    ("Use it every other day.", "Úsela en días alternos.", "US"),
    ("Take {dose} every other day.", "Tome {dose} cada dos días.", "US"),  # "dos" says every other: no count
    ("Take {dose} every two days.", "Tome {dose} en días alternos.", "US"),
    ("Give it at about the same time each day.", "Póngasela a la misma hora cada día.", "US"),  # "hora": a time
    ("Keep your vaccines up to date.", "Mantenga sus vacunas al día.", "US"),  # no dose: "al día" is no period
    ("People 65 or older need {dose} a day.", "Las personas de 65 años o más necesitan {dose} al día.", "US"),
    ("It is about 1 inch away.", "Está a más o menos 1 pulgada.", "US"),  # "more or less": no direction
    ("Older adults may need lower doses.", "Las personas mayores pueden necesitar dosis más bajas.", "US"),
    ("About 1 inch (2.5 cm) away.", "A unos 2.5 cm (1 pulgada).", "US"),  # each amount keeps its unit
    ("Take 0.67 mg.", "Tome 0,67 mg.", "ES"),
    ("Take 0.67 mg.", "Tome 0.67 mg.", "US"),
    ("Children take 15 mg/kg.", "Los niños toman 15 mg por kg de peso.", "US"),  # a dose per weight, reworded
    ("Children take 15 mg per kilogram.", "Los niños toman 15 mg/kg.", "US"),
    ("It has 150 mg/mL.", "Tiene 150 mg por mililitro.", "US"),
    ("Use 24 hours a day.", "Úselo 24 horas/día.", "US"),  # a rate per time is words, not a unit
    ("See [4–6] and [1, 3].", "Vea [4-6] y [1][3].", "US"),
    ("See [4–6].", "Vea [4][5][6].", "US"),
    ("Give 1 teaspoon with food.", "Dele 1 cucharadita con comida.", "US"),
    ("Give 2 tablespoons.", "Dele 2 cucharadas.", "US"),
    ("Give 5-10 mg.", "Dé 5\u201110 mg.", "US"),  # the no-break hyphen Word types
    ("See https://e.org/wiki/Warfarin_(drug).", "Vea https://e.org/wiki/Warfarin_(drug).", "US"),
    ("The two labels differ.", "Las dos fichas técnicas difieren.", "US"),
    ("It broke across a page.", "Se partió entre dos páginas.", "US"),  # no dose or time: no count to add
    # joiners and the tags of a flag are how a language or an emoji is written, not invisible slips
    ("Ask your team 👨‍👩‍👧.", "Pregunte a su equipo 👨\u200d👩\u200d👧.", "US"),
    ("Made in England.", "Hecho en 🏴\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f.", "US"),
    ("Give 1,000 mg in total.", "Dé 1.000 mg en total.", "ES"),
    ("Give 1,000 mg in total.", "Dé 1000 mg en total.", "ES"),
    ("Give 1,000 mg in total.", "Dé 1,000 mg en total.", "US"),
    ("Give 12,500.5 units.", "Dé 12\u00a0500,5 unidades.", "ES"),  # no-break space groups digits
    ("Inject 2 mL under the skin.", "Inyecte 2 ml bajo la piel.", "US"),
    ("Take 50 µg each day.", "Tome 50 mcg cada día.", "US"),
    ("About 71% of people feel better.", "Cerca del 71 % de las personas mejora.", "ES"),
    ("Take 5 to 10 mg.", "Tome de 5 mg a 10 mg.", "US"),
    ("Take it every 8 hours.", "Tómelo cada 8 h.", "US"),
    ("Store it at 2-8 °C.", "Guárdelo entre 2 °C y 8 °C.", "US"),
    ("Store it at -20 °C.", "Guárdelo a −20 °C.", "US"),
    ("Get your COVID-19 vaccine.", "Vacúnese contra la COVID.", "US"),
    ("Your 2nd dose is next week.", "Su segunda dosis es la próxima semana.", "US"),
    ("Take vitamin B12 daily.", "Tome vitamina B a diario.", "US"),
    ("Read [the label](label.md).", "Lea [la etiqueta](label.md).", "US"),
    ('See ![A pen](pen.png "Pen").', 'Vea ![Una pluma](pen.png "Pluma").', "US"),
    ("Visit <https://a.org/x?id=2>.", "Visite <https://a.org/x?id=2>.", "US"),
    ("Call **911** now.", "Llame al **911** ahora.", "US"),
    ("Use __this__ or *that* or `kit`.", "Use **esto** o _aquello_ o `kit`.", "US"),
    ("Open the file_name_here file.", "Abra el archivo file_name_here.", "US"),
    ("Do you have a fever?", "¿Tiene fiebre?", "US"),
    ("If you have a fever, did you call?", "Si tiene fiebre, ¿llamó?", "US"),
    ("Do you see Dr. Li? Call us!", "¿Ve al Dr. Li? ¡Llámenos!", "US"),
    ("What?! Really?", "¡¿Qué?! ¿De verdad?", "US"),
    # abbreviations inside a question
    ("Is the clinic on Main Avenue?", "¿La clínica está en la Av. Principal?", "US"),
    ("Did you see Prof. Garcia? Or nurse Ruiz?", "¿Vio al Prof. García? ¿O a la Enf. Ruiz?", "US"),
    ('He said "stop."', "Dijo «pare».", "US"),
    ("Wait...", "Espere…", "US"),
    ("Keep {{braces}} as they are.", "Deje {{llaves}} como están.", "US"),
    # a period word says how often only with a frequency wording; every other day said otherwise
    ("What should I do the day before?", "¿Qué debo hacer la víspera?", "US"),
    ("People with DIRA, a rare disease, have a higher risk, mostly in the first weeks.",
     "Las personas con DIRA, una enfermedad rara, tienen más riesgo, sobre todo al comienzo del tratamiento.", "US"),
    ("Tell us a week ahead.", "Avísenos con siete días de antelación.", "US"),
    ("Use it every other day.", "Úsela un día sí, un día no.", "US"),
    ("Use it every other day.", "Úsela en forma interdiaria.", "US"),
    ("Give it every other week.", "Désela una semana sí y otra no.", "US"),
    ("Give it every other week.", "Désela quincenalmente.", "US"),
    # a count of one kept; an article may say it; "no one" counts nothing
    ("Take one tablet.", "Tome una tableta.", "US"),
    ("Take one tablet.", "Tome la tableta.", "US"),
    ("No one should share syringes.", "Nadie debe compartir jeringas.", "US"),
    ("Give it once a day.", "Désela una vez al día.", "US"),
    # a threshold word before no amount compares nothing; a negated "more" is "at most" on both sides
    ("Inject it under the skin.", "Inyéctela bajo la piel.", "US"),
    ("You can buy it over the counter.", "Puede comprarla sin receta.", "US"),
    ("Turn the vial over gently.", "Voltee el frasco con cuidado.", "US"),
    ("It is up to you.", "Usted decide.", "US"),
    ("Do not give this medicine to babies younger than 3 months.",
     "No le dé este medicamento a bebés menores de 3 meses.", "US"),
    ("Call if your fever is above 100.4 °F.", "Llame si la fiebre es superior a 100.4 °F.", "US"),
    ("Use up to 3 doses a day.", "Use hasta 3 dosis al día.", "US"),
    ("Do not take more than {dose_ra} a day.", "No exceda {dose_ra} al día.", "US"),
    ("Do not take more than {dose_ra} a day.", "Nunca supere {dose_ra} al día.", "US"),
    ("Do not take more than {dose_ra} a day.", "No sobrepase {dose_ra} al día.", "US"),
    ("Do not give more than 2 doses in 24 hours.", "No exceda las 2 dosis en 24 horas.", "US"),
    ("Do not give your child more than 2 doses a day.", "No le dé a su hijo más de 2 dosis al día.", "US"),
    ("Give at most 2 doses a day.", "Dé 2 dosis al día, no más.", "US"),
    ("Headache was less common.", "El dolor de cabeza fue más raro.", "US"),
    # a negation said in one word; a double negation; one negation a clause
    ("A cough that does not go away", "Tos persistente", "US"),
    ("Weight loss you cannot explain", "Pérdida de peso inexplicable", "US"),
    ("Weight loss you cannot explain", "Pérdida de peso sin explicación", "US"),
    ("Tell your care team if it bothers you or does not go away.",
     "Avísele a su equipo médico si le molesta o persiste.", "US"),
    ("Do not eat anything.", "No coma nada.", "US"),
    ("Do not use it if it is not clear.", "No la use si está turbia.", "US"),
    ("It does not matter which arm you use.", "No importa qué brazo use.", "US"),
    # a unit typed after a fact, kept or spelled out; a threshold kept in other words; "over" a span
    ("A suPAR of {eu_covid_supar} ng/mL.", "Un suPAR de {eu_covid_supar} nanogramos por mililitro.", "US"),
    ("A suPAR of {eu_covid_supar} ng/mL.", "Un suPAR de {eu_covid_supar} ng/ml.", "US"),
    ("Neutropenia (ANC {ci_eu_anc} × 10⁹/L).", "Neutropenia (RAN {ci_eu_anc} × 10⁹/l).", "US"),
    ("Not studied with AST or ALT {liver_uln} × ULN.", "No se estudió con AST o ALT {liver_uln} × LSN.", "US"),
    ("It weighs {class_kda} kDa.", "Pesa {class_kda} kDa.", "US"),
    ("Then every {neut_quarterly_every} for up to {neut_total}.",
     "Luego cada {neut_quarterly_every} hasta completar {neut_total} de tratamiento.", "US"),
    ("Do not use a syringe that sat out of the refrigerator for more than {store_us_room}.",
     "No use una jeringa que haya estado fuera del refrigerador más de {store_us_room}.", "US"),
    ("Wait at least 30 minutes.", "Espere 30 minutos como mínimo.", "US"),
    ("Lower the dose over 4 weeks.", "Baje la dosis durante 4 semanas.", "US"),
    # a dose written as the source writes it; a Greek letter is the science's own, not a look-alike
    ("Each syringe holds 0.67 mL, which is 100 mg.", "Cada jeringa tiene 0.67 ml, que son 100 miligramos.", "US"),
    ("It blocks IL-1β.", "Bloquea la IL-1β.", "US"),
    # a page word's values in the source's order; a literal asterisk escaped
    ("Page %(page)s of %(pages)s", "Página %(page)s de %(pages)s", "US"),
    # the legitimate wordings a medical translator tried: the negation said otherwise or in a clause of
    # its own, how often in other words (cada dos días, a diario)
    ("Do not use the syringe if the liquid is cloudy.", "Use la jeringa solo si el líquido no está turbio.", "US"),
    ("Do not use the syringe if the liquid is cloudy.", "Evite usar la jeringa si el líquido está turbio.", "US"),
    ("Some people use a different schedule. If you have severe kidney disease, your care team may tell you to use "
     "it every other day. Some people with the rare diseases split the daily dose into two shots.",
     "Algunas personas usan un horario distinto. Si sus riñones están muy enfermos, su equipo médico puede pedirle "
     "que la use cada dos días. Algunas personas con las enfermedades raras dividen la dosis del día en dos "
     "inyecciones.", "US"),
    ("You give it as a shot under the skin, usually once a day. Use it exactly as your care team tells you.",
     "Usted se la inyecta bajo la piel, por lo general a diario. Úsela exactamente como le indique su equipo médico.",
     "US"),
    ("Do not give any more shots until a doctor tells you it is safe.",
     "No se ponga más inyecciones hasta que un médico le diga que no hay peligro.", "US"),
    ("A cough that does not go away", "Tos que no se quita", "US"),  # a "no" in a clause of its own, as in the source
    ("Weight loss you cannot explain", "Pérdida de peso que no se puede explicar", "US"),
    # a negation a translation adds that says the source's meaning: "avoid", "away", "only", "unknown",
    # "rarely", "remember" ("No olvide": do it), "keep taking" ("No deje de"), a "no" the source has
    ("Avoid alcohol.", "No tome alcohol.", "US"),
    ("Keep it away from children.", "No la deje al alcance de los niños.", "US"),
    ("Use each syringe only once.", "No use una jeringa más de una vez.", "US"),
    ("Use each syringe only once.", "Use cada jeringa una sola vez.", "US"),  # "una vez" is no "more than once"
    ("It is unknown whether it passes into breast milk.", "No se sabe si pasa a la leche materna.", "US"),
    ("Rarely, it causes a rash.", "No es frecuente, pero puede causar sarpullido.", "US"),
    ("Remember to take it.", "No olvide tomarla.", "US"),
    ("Do not forget to take it.", "No olvide tomarla.", "US"),
    ("Keep taking it even if you feel better.", "No deje de tomarla aunque se sienta mejor.", "US"),
    ("Do not stop taking it.", "No deje de tomarla.", "US"),
    ("Is it contagious? No.", "¿Es contagioso? No.", "US"),
    ("Take it with or without food.", "Tómela con o sin comida.", "US"),
    # abbreviations end no sentence: each sentence is still compared with its own
    ("It is approved in the U.S. The EU leaflet differs. Do not mix them.",
     "Está aprobada en EE. UU. El prospecto de la UE es distinto. No los mezcle.", "US"),
    ("The dose depends on weight. Dr. Ruiz will tell you. Do not change it.",
     "La dosis depende del peso. La Dra. Ruiz se la dirá. No la cambie.", "US"),
    # an article is one only where the translation adds a count or a frequency ("una" is an article too)
    ("Take a tablet with water.", "Tome una tableta con agua.", "US"),
    ("Take the tablet with water.", "Tome una tableta con agua.", "US"),
    ("Wait a few days before you call.", "Espere dos o tres días antes de llamar.", "US"),
    ("Wait a day or two.", "Espere uno o dos días.", "US"),
    ("Get a hepatitis A shot.", "Póngase una vacuna contra la hepatitis A.", "US"),
    ("Once you feel better, you may stop.", "Una vez que se sienta mejor, puede dejarlo.", "US"),
    ("Spend a day at the beach.", "Pase un día en la playa.", "US"),
    ("Bring a box or two of tissues.", "Traiga una o dos cajas de pañuelos.", "US"),
    # a period word that says no dosing frequency, where the source gives none
    ("Keep doing your usual activities.", "Siga con sus actividades diarias.", "US"),
    ("Stay up to date on your vaccines.", "Manténgase al día con sus vacunas.", "US"),
]


@pytest.mark.parametrize(("src", "tr", "territory"), GOOD)
def test_good_translation_has_no_findings(src: str, tr: str, territory: str) -> None:
    assert run(src, tr, territory=territory) == []


# --- errors ---------------------------------------------------------------------------------------

BAD = [
    # placeholder
    ("placeholder", "Take {dose} daily.", "Tome {dosis} a diario.", "US"),
    ("placeholder", "Take {dose} daily.", "Tome la dosis a diario.", "US"),
    ("placeholder", "Take {dose} daily.", "Tome {dose} {dose} a diario.", "US"),
    ("placeholder", "Take {n:.1f} mL.", "Tome {n} ml.", "US"),
    ("placeholder", "Keep {{x}} here.", "Deje {x} aquí.", "US"),
    ("placeholder", "Wash your hands.", "Lávese las manos {con jabón.", "US"),  # stopped every command
    ("placeholder", "Wash your hands.", "Lávese las manos }.", "US"),
    ("placeholder", "Take {dose} daily.", "Tome {dose} { } a diario.", "US"),
    # number
    ("number", "Take 100 tablets.", "Tome 10 tabletas.", "US"),
    ("number", "Children take 15 mg/kg every 6 hours.", "Los niños toman 15 mg cada 6 horas.", "US"),  # passed
    ("number", "Take 500 mg.", "Tome 500 mg/kg.", "US"),
    ("number", "Give 2 mg per m² of body surface.", "Dé 2 mg de superficie corporal.", "US"),
    ("number", "It has 150 mg/mL.", "Tiene 150 mg.", "US"),
    ("number", "Take 2 tablets of 500 mg every 8 hours.", "Tome 2 tabletas de 500 mg dos veces cada 8 horas.", "US"),
    ("number", "Do not take more than 4 g in 24 hours.", "No tome más de 4 g en 24 horas, dos veces.", "US"),
    ("number", "Take 0.67 mg.", "Tome 0,67 mg.", "US"),  # es_US: the comma groups
    ("number", "Take 0.67 mg.", "Tome 0.67 mg.", "ES"),  # es_ES: the point groups
    ("number", "Give 1,000 mg.", "Dé 1,000 mg.", "ES"),  # es_ES reads 1
    ("number", "Take 100 mg.", "Tome 100 g.", "US"),
    ("number", "Take 100 mcg.", "Tome 100 mg.", "US"),
    ("number", "Use it for 7 days.", "Úselo durante 7 semanas.", "US"),
    ("number", "Store it at -20 °C.", "Guárdelo a 20 °C.", "US"),
    ("number", "Store it at 8 °C.", "Guárdelo a 8 °F.", "US"),
    ("number", "Take .5 mg.", "Tome 5 mg.", "US"),
    ("number", "Call 1-800-555-0100.", "Llame al 1-800-555-0110.", "US"),
    ("number", "Take one tablet.", "Tome 2 tabletas.", "US"),
    ("number", "Take [2 tablets](dose.md).", "Tome [3 tabletas](dose.md).", "US"),
    ("number", "Split the dose into two doses.", "Divida la dosis en tres dosis.", "US"),
    ("number", "Use it twice a day.", "Úselo tres veces al día.", "US"),
    ("number", "Take two tablets.", "Tome tabletas.", "US"),
    ("number", "Wait three days.", "Espere cuatro días.", "US"),
    ("number", "Take ½ tablet.", "Tome una tableta.", "US"),  # a vulgar fraction is a number
    ("number", "Take ¼ tablet.", "Tome ½ tableta.", "US"),
    ("number", "Take half a tablet.", "Tome una tableta.", "US"),
    ("number", "It was a phase III trial.", "Fue un ensayo de fase II.", "US"),
    ("number", "Neutrophils below 1.5 × 10⁹/L.", "Neutrófilos por debajo de 1.5 × 10⁸/L.", "US"),
    ("number", 'See [when to call](#when-to-call "Call 911").', 'Vea [cuándo llamar](#when-to-call "Llame al 112").',
     "US"),  # a link's title is shown (a tooltip): its numbers are the reader's too
    # the sense a translation may not lose where no number changes (negations.py, comparisons.py)
    ("negation", "Take one syringe out. Do not shake it.", "Saque una jeringa. Agítela.", "US"),
    ("negation", "Never share your syringes.", "Comparta sus jeringas.", "US"),
    ("negation", "No hubo mejoría.", "There was improvement.", "US"),
    ("comparison", "Call if your fever lasts more than 3 days.", "Llame si la fiebre dura menos de 3 días.", "US"),
    ("comparison", "Some people need higher doses.", "Algunas personas necesitan dosis más bajas.", "US"),
    ("comparison", "Take at least 2 hours apart.", "Tómelas como máximo con 2 horas de diferencia.", "US"),
    ("period", "Give {dose_ra} once a day.", "Póngase {dose_ra} una vez a la semana.", "US"),
    ("period", "Use it every other day.", "Úsela cada día.", "US"),
    ("period", "Take {dose} with food.", "Tome {dose} con comida cada hora.", "US"),  # added where a dose is given
    # a frequency's period said with a count in words
    ("period", "Give it every three days.", "Désela cada tres semanas.", "US"),
    # a count added where the source says one in words
    ("number", "You give it as a shot under the skin, usually once a day. Use it exactly as your care team tells you.",
     "Usted se la inyecta bajo la piel, por lo general dos veces al día. Úsela exactamente como le indique su equipo "
     "médico.", "US"),
    ("number", "Take one syringe out of the refrigerator. Do not shake it.",
     "Saque dos jeringas del refrigerador. No las agite.", "US"),
    ("number", "Take one tablet in the morning.", "Tome dos tabletas por la mañana.", "US"),
    ("number", "Give it once a week.", "Désela tres veces a la semana.", "US"),
    # a threshold turned round
    ("comparison", "Call right away if your child's temperature is above 100.4 °F.",
     "Llame enseguida si su hijo tiene una temperatura inferior a 100.4 °F.", "US"),
    ("comparison", "Call if your temperature is over 100.4 °F.", "Llame si su temperatura es inferior a 100.4 °F.",
     "US"),
    ("comparison", "Call if your blood sugar is below 70.", "Llame si su azúcar en la sangre es mayor de 70.", "US"),
    ("comparison", "Do not give this medicine to babies younger than 3 months.",
     "No le dé este medicamento a bebés mayores de 3 meses.", "US"),
    ("comparison", "It is for adults older than 18.", "Es para menores de 18 años.", "US"),
    ("comparison", "If your child weighs less than 20 kg, the dose is 2.5 mL.",
     "Si su hijo pesa por encima de 20 kg, la dosis es de 2.5 ml.", "US"),
    ("comparison", "The EU leaflet allows up to {store_eu_room} at room temperature.",
     "El prospecto de la UE permite al menos {store_eu_room} a temperatura ambiente.", "US"),
    ("comparison", "Call the clinic if the fever lasts more than 3 days.",
     "Llame a la clínica si la fiebre dura hasta 3 días.", "US"),
    # the route changed or left out
    ("route", "Give the shot under the skin.", "Póngase la inyección en el músculo.", "US"),
    ("route", "Anakinra is given under the skin (subcutaneous use only).", "La anakinra se pone por la vena.", "US"),
    ("route", "Give the shot under the skin of your belly.", "Póngase la inyección en la barriga.", "US"),
    ("route", "Take the tablets by mouth.", "Póngase las tabletas por vía intravenosa.", "US"),
    ("route", "Give 2 mg/kg IV once.", "Administre 2 mg/kg IM una vez.", "US"),
    # no route named, but the form says one: pills are swallowed, a shot is given with a needle
    ("route", "Take your pills on that day each week, with water.",
     "Póngase la inyección bajo la piel ese día cada semana.", "US"),
    ("route", "Give the shot.", "Trague la pastilla.", "US"),  # (with "in your belly" the site is lost too: [site])
    ("route", "Swallow the tablet whole.", "Use la jeringa entera.", "US"),
    # "longer than" and "shorter than" were no comparison: the look for comparison words had no "long"
    ("comparison", "Do not leave a syringe out of the refrigerator longer than {store_us_room}.",
     "No deje una jeringa fuera del refrigerador menos de {store_us_room}.", "US"),
    ("comparison", "Call if the fever lasts longer than 3 days.", "Llame si la fiebre dura menos de 3 días.", "US"),
    ("comparison", "Call if the pause is shorter than 2 hours.", "Llame si la pausa dura más de 2 horas.", "US"),
    # a negation lost beside a word that translates another of the source's, or one of two lost
    ("negation", "Do not use a syringe that sat out of the refrigerator for more than {store_us_room}.",
     "Use una jeringa que haya estado fuera del refrigerador más de {store_us_room}.", "US"),
    ("negation", "Do not stop early, even if your child feels better.",
     "Suspéndalo antes de tiempo si su hijo se siente mejor.", "US"),
    ("negation", "Do not give any more shots until a doctor tells you it is safe.",
     "Siga poniéndose las inyecciones hasta que un médico le diga otra cosa.", "US"),
    ("negation", "Do not freeze them. If a syringe freezes, do not use it.",
     "No las congele. Si una jeringa se congela, úsela igual.", "US"),
    ("negation", "Give 5 mL each time. Use the syringe that came with the medicine. Do not use a kitchen spoon.",
     "Dele 5 ml cada vez. Use la jeringa que viene con el medicamento o una cuchara de cocina, no importa.", "US"),
    ("negation", "Do not eat anything. Do not drink.", "No coma nada. Beba.", "US"),  # "nada" says no second "no"
    # a medical translator's slips (probe-tr finding 1): a negation added to an instruction; a "no" of a clause
    # of its own ("que no hay peligro") for the lost "No se ponga"; "No olvide" and "No deje de" (do it) for
    # "Do not"; "sin" for "with"
    ("negation", "Call 911 right away.", "No llame al 911.", "US"),
    ("negation", "Get help right away", "No pida ayuda", "US"),
    ("negation", "Wash your hands with soap and water.", "No se lave las manos con agua y jabón.", "US"),
    ("negation", "Do not give any more shots until a doctor tells you it is safe.",
     "Póngase más inyecciones hasta que un médico le diga que no hay peligro.", "US"),
    ("negation", "Do not give any more shots until a doctor tells you it is safe.",
     "No deje de ponerse las inyecciones hasta que un médico le diga que no hay peligro.", "US"),
    ("negation", "Take one syringe out of the refrigerator. Let it warm up for 30 minutes. Do not shake it.",
     "Saque una jeringa del refrigerador. Déjela a temperatura ambiente 30 minutos. No olvide agitarla.", "US"),
    ("negation", "Do not use anakinra with a TNF blocker, such as etanercept. A TNF blocker is another kind of "
     "medicine for RA. In a study, taking both caused more serious infections and did not help more.",
     "No use la anakinra sin un bloqueador de TNF, como el etanercept. Es otro tipo de medicina para la AR. En un "
     "estudio, usar los dos causó más infecciones graves y no ayudó más.", "US"),
    ("negation", "If you have a fever, call your care team.", "Si tiene fiebre, no llame a su equipo médico.", "US"),
    # link
    ("link", "Read [this](https://a.org/x).", "Lea [esto](https://a.org/y).", "US"),
    ("link", "See ![pen](pen.png).", "Vea ![pluma](pluma.png).", "US"),
    ("link", "Visit <https://a.org/x>.", "Visite <https://a.org/es/x>.", "US"),
    ("link", "It helped during treatment [20].", "Ayudó durante el tratamiento.", "US"),  # the link was lost
    ("link", "Some have an upset stomach.", "Algunos tienen malestar [2].", "US"),  # a citation, not "number 2"
    ("link", "See https://e.org/wiki/Warfarin_(drug).", "Vea https://e.org/wiki/Warfarin_(f%C3%A1rmaco).", "US"),
    ("link", "Visit https://a.org/x today.", "Visite https://a.org hoy.", "US"),
    ("link", "Read [this](a.md) and [that](b.md).", "Lea [esto](a.md) y [eso](a.md).", "US"),
    # markup
    ("markup", "Take **two** pills.", "Tome **dos pastillas.", "US"),
    ("markup", "Take *two* pills.", "Tome dos pastillas.", "US"),
    ("markup", "Run `kit` now.", "Ejecute kit ahora.", "US"),
    ("markup", "Take two pills.", "- Tome dos pastillas.", "US"),
    ("markup", "Take two pills.", "+ Tome dos pastillas.", "US"),
    ("markup", "Take two pills.", "# Tome dos pastillas.", "US"),
    ("markup", "Take two pills.", "> Tome dos pastillas.", "US"),
    ("markup", "Wash your hands.", "#Lávese las manos.", "US"),  # Python-Markdown's heading without a space
    ("markup", "Wash your hands.", "#-#-#-#-#  from-en.po (edu)  #-#-#-#-#\nLávese las manos.\n"
     "#-#-#-#-#  t3.po (edu)  #-#-#-#-#\nLávese bien las manos.", "US"),  # msgcat's conflict, fuzzy cleared
    ("markup", "Take two pills.", "Tome dos | pastillas.", "US"),
    ("markup", "Read [this](a.md).", "Lea ![esto](a.md).", "US"),
    # html
    ("html", "Take two pills.", "Tome dos <b>pastillas</b>.", "US"),
    ("html", "Take two pills.", "Tome dos pastillas.<!-- x -->", "US"),
    ("html", "Read [this](a.md).", "Lea [esto](a.md)<img src=a.md onerror=x>.", "US"),
    ("html", "Take two pills.", "Tome&nbsp;dos pastillas.", "US"),
    # bidi: "100 mg" displayed as "gm 001" while every other check still reads "100 mg"
    ("bidi", "Each shot has 100 mg.", "Cada inyección tiene \u202e100 mg\u202c.", "US"),
    ("bidi", "Each shot has 100 mg.", "Cada inyección tiene \u2067100 mg\u2069.", "US"),
    ("link", "See [4–6].", "Vea [4, 6].", "US"),  # source 5 lost
    ("number", "Give 1 teaspoon with food.", "Dele 1 cucharada con comida.", "US"),  # three times the dose
    # invisible-number: the page shows "10 mg", a search or a screen reader reads "1 0 mg" (one finding:
    # the number check reads the text as the page shows it)
    ("invisible-number", "Take 10 mg.", "Tome 1\u00ad0 mg.", "US"),
    ("invisible-number", "Take 10 mg.", "Tome 10\u200b mg.", "US"),
    ("invisible-number", "Take 10 mg.", "Tome \ufeff10 mg.", "US"),
    ("invisible-number", "Take 10 mg.", "Tome 10 m\u00adg.", "US"),  # the unit split
    ("invisible-number", "Take 10 mg.", "Tome 10 mg\u2060 con agua.", "US"),  # glued to the dose
    ("invisible-number", "Take 0.5 mg.", "Tome 0,\u20625 mg.", "ES"),  # U+2062 INVISIBLE TIMES
    ("invisible-number", "Take two tablets.", "Tome do\u00ads tabletas.", "US"),  # a count in words
    ("invisible-number", "Take {dose}.", "Tome {do\u200bse}.", "US"),  # the placeholder: not "not a fact"
    ("invisible-number", "Read [5].", "Lea [\U000e00355].", "US"),  # a tag character
    # spanish-punct
    ("spanish-punct", "Do you have a fever?", "Tiene fiebre?", "US"),
    ("spanish-punct", "Do you have a fever?", "¿Tiene fiebre? Sí?", "US"),
    ("spanish-punct", "Call now!", "Llame ya!", "US"),
    ("spanish-punct", "Call now!", "¡Llame ya?", "US"),
    ("spanish-punct", "Really? Call us.", "¿Tiene fiebre. Llame?", "US"),
    ("spanish-punct", "What!? No.", "¿¡Qué?! No.", "US"),
    # a medical translator's probe: digits of another script print as blank boxes; a unit typed after
    # a fact changed a thousandfold; "more than" dropped; ISMP's tenfold doses; an escaped link printed
    # as raw Markdown; "~~" printed as tildes; an RLM splitting 911; a look-alike letter; "Página 2 de 1"
    ("number", "Let the syringe warm up for 30 minutes before the shot.",
     "Deje que la jeringa se caliente ３０ minutos antes de la inyección.", "US"),
    ("number", "Let the syringe warm up for 30 minutes before the shot.",
     "Deje que la jeringa se caliente ٣٠ minutos antes de la inyección.", "US"),
    ("number", "Respiratory failure, shown by plasma suPAR {eu_covid_supar} ng/mL.",
     "Insuficiencia respiratoria, definida por un suPAR plasmático {eu_covid_supar} ng/L.", "US"),
    ("number", "Neutropenia (ANC {ci_eu_anc} × 10⁹/L).", "Neutropenia (RAN {ci_eu_anc} × 10⁶/L).", "US"),
    ("number", "Children take {dose_child} mg/kg.", "Los niños toman {dose_child} mg.", "US"),
    ("comparison", "Do not use a syringe that sat out of the refrigerator for more than {store_us_room}.",
     "No use una jeringa que haya estado fuera del refrigerador {store_us_room}.", "US"),
    ("comparison", "Wait at least 30 minutes.", "Espere 30 minutos.", "US"),
    ("comparison", "Use up to 3 doses a day.", "Use 3 dosis al día.", "US"),
    ("dose-notation", "Check the dose: each syringe holds 0.67 mL, which is 100 mg.",
     "Revise la dosis: cada jeringa tiene .67 mL, que son 100.0 mg.", "US"),
    ("dose-notation", "Give 2.5 mL.", "Dé 2,50 mL.", "ES"),
    ("link", "Call 911 if you cannot breathe. [Our handout on the risks](anakinra-risks.md#when) has the full lists.",
     "Llame al 911 si no puede respirar. \\[Nuestra hoja sobre los riesgos](anakinra-risks.md#when) tiene las "
     "listas completas.", "US"),
    ("markup", "Call 911 if you have trouble breathing.", "~~Llame al 911~~ si tiene dificultad para respirar.", "US"),
    ("markup", "Take {dose} daily.", "Tome \\{dose} a diario.", "US"),  # printed "\\100 mg"
    ("invisible-number", "Call 911 right away.", "Llame al 9\u200f11 enseguida.", "US"),
    ("mixed-script", "Wash your hands.", "Lávese lаs manos.", "US"),  # U+0430 CYRILLIC SMALL LETTER A
    ("order", "Page %(page)s of %(pages)s", "Página %(pages)s de %(page)s", "US"),
    # a count or a frequency added in words where the source counts one with an article, or names no period
    ("number", "Take a tablet with water.", "Tome dos tabletas con agua.", "US"),
    ("number", "Bring a photo ID.", "Traiga dos identificaciones con foto.", "US"),
    ("number", "Take a new syringe out of the box.", "Saque dos jeringas nuevas de la caja.", "US"),
    ("period", "Take a tablet with water.", "Tome una tableta con agua una vez al día.", "US"),
    ("period", "Take the tablet with water.", "Tome la tableta con agua cada doce horas.", "US"),
    ("period", "Use the cream on the rash.", "Use la crema en el sarpullido dos veces por semana.", "US"),
]


@pytest.mark.parametrize(("code", "src", "tr", "territory"), BAD)
def test_bad_translation_is_an_error(code: str, src: str, tr: str, territory: str) -> None:
    findings = run(src, tr, territory=territory)
    assert [f.code for f in findings if f.severity == "error"] == [code]
    assert all("\n" not in f.message for f in findings)
    # the build runs only the blocking checks: they must find the same error
    blocking = checks.blocking_findings(src, tr, "en", "es", territory, frozenset())
    assert [f.code for f in blocking] == [code]


# Portuguese and a Spanish source: (error code or None, source language, language, source, translation)
MEANING_IN_OTHER_LANGUAGES = [
    # how often: a period word with no frequency wording; every other day
    (None, "en", "pt-BR", "What should I do the day before?", "O que devo fazer na véspera?"),
    (None, "en", "pt-BR", "Tell us a week ahead.", "Avise-nos com sete dias de antecedência."),
    (None, "en", "pt-BR", "Use it every other day.", "Use um dia sim, outro não."),
    (None, "en", "pt-BR", "Use it every other day.", "Use dia sim, dia não."),
    (None, "en", "pt-BR", "Use it every other day.", "Use em dias intercalados."),
    (None, "en", "pt-BR", "Use it every other day.", "Use em dias alternados."),
    (None, "en", "pt-BR", "Take {dose} every other day.", "Tome {dose} a cada dois dias."),
    # a count added to one in words
    ("number", "en", "pt-BR", "You give it as a shot under the skin, usually once a day.",
     "Você aplica a injeção sob a pele, em geral duas vezes ao dia."),
    ("number", "en", "pt-BR", "Take one syringe out of the refrigerator. Do not shake it.",
     "Tire duas seringas da geladeira. Não agite."),
    # thresholds turned round; a negated "more" is "at most" on both sides
    ("comparison", "en", "pt-BR", "Call right away if your child's temperature is above 100.4 °F.",
     "Ligue imediatamente se a temperatura da criança estiver abaixo de 100,4 °F."),
    ("comparison", "en", "pt-BR", "Do not give this medicine to babies younger than 3 months.",
     "Não dê este remédio a bebês com mais de 3 meses."),
    ("comparison", "en", "pt-BR", "Call if your blood sugar is below 70.", "Ligue se a glicose estiver acima de 70."),
    (None, "en", "pt-BR", "Do not take more than {dose_ra} a day.", "Não exceda {dose_ra} por dia."),
    (None, "en", "pt-BR", "Use each syringe only once.", "Não use a seringa mais de uma vez."),
    (None, "en", "pt-BR", "Use each syringe only once.", "Use cada seringa uma vez só."),
    (None, "en", "pt-BR", "Do not take more than {dose_ra} a day.", "Não ultrapasse {dose_ra} por dia."),
    (None, "en", "pt-BR", "Do not give your child more than 2 doses a day.",
     "Não dê ao seu filho mais de 2 doses por dia."),
    (None, "en", "pt-BR", "Headache was less common.", "A dor de cabeça foi mais rara."),
    (None, "en", "pt-BR", "Do not use in children under 2.", "Não use em crianças com menos de 2 anos."),
    # negations lost, one of two or beside a word of the source; said in one word; "ni" as "or"
    ("negation", "en", "pt-BR", "Do not use a syringe that sat out of the refrigerator for more than {store_us_room}.",
     "Use uma seringa que ficou fora da geladeira por mais de {store_us_room}."),
    ("negation", "en", "pt-BR",
     "Use each syringe only once. Your dose may be less than a full syringe. If so, your care team will show you "
     "how to push out the extra medicine before you give the shot. Never save leftover medicine for later.",
     "Use cada seringa só uma vez. Sua dose pode ser menor que a seringa inteira. Nesse caso, sua equipe de saúde "
     "vai mostrar como descartar o excesso antes da aplicação. Guarde as sobras do remédio para a próxima dose."),
    ("negation", "en", "pt-BR", "Do not freeze them. If a syringe freezes, do not use it.",
     "Não congele. Se uma seringa congelar, pode usar normalmente."),
    ("negation", "es", "pt-BR", "Un caso aislado no demuestra eficacia: no permite separar el efecto del fármaco de la "
     "evolución natural de la enfermedad ni del efecto de los tratamientos previos.",
     "Um caso isolado demonstra eficácia: permite separar o efeito do fármaco da evolução natural da doença, mas não "
     "do efeito dos tratamentos anteriores."),
    ("negation", "es", "pt-BR", "El paciente no respondió al tratamiento antiviral ni al tratamiento anti-IL-6 [1].",
     "O paciente respondeu ao tratamento antiviral, mas não ao anti-IL-6 [1]."),
    (None, "en", "pt-BR", "A cough that does not go away", "Tosse persistente"),
    (None, "en", "pt-BR", "Weight loss you cannot explain", "Perda de peso inexplicável"),
    (None, "es", "en", "No hemos podido verificar los antivirales ni la dosis.",
     "We could not verify the antivirals or the dose."),  # "ni" as "or"
    (None, "es", "pt-BR", "No coma ni beba.", "Não coma nem beba."),
    # a negation added; "Não se esqueça" (do it) where the source says "remember"; "sem" for "with"
    ("negation", "en", "pt-BR", "Call 911 right away.", "Não ligue para o 911."),
    (None, "en", "pt-BR", "Remember to take it.", "Não se esqueça de tomar."),
    (None, "en", "pt-BR", "Give the shot under the skin.", "Aplique a injeção embaixo da pele."),
    ("route", "en", "pt-BR", "Give the shot under the skin.", "Aplique a injeção no músculo."),
    (None, "en", "pt-BR", "Avoid alcohol.", "Não beba álcool."),
    ("negation", "en", "pt-BR", "Do not use it with a TNF blocker.", "Não use sem um bloqueador de TNF."),
    ("negation", "es", "en", "Llame al 911 enseguida.", "Don't call 911."),
    ("number", "en", "pt-BR", "Take a tablet with water.", "Tome dois comprimidos com água."),
    ("period", "en", "pt-BR", "Take a tablet with water.", "Tome um comprimido com água uma vez por dia."),
    (None, "en", "pt-BR", "Take a tablet with water.", "Tome um comprimido com água."),
    ("number", "es", "en", "Tome una tableta con agua.", "Take two tablets with water."),
    ("period", "es", "en", "Tome la tableta con agua.", "Take the tablet with water twice daily."),
    (None, "es", "en", "Tome una tableta con agua.", "Take the tablet with water."),
    ("number", "pt-BR", "en", "Tome um comprimido.", "Take two tablets."),
    (None, "es", "en", "Sin mejoría a las 48 horas.", "No improvement after 48 hours."),
]


@pytest.mark.parametrize(("code", "source_lang", "lang", "src", "tr"), MEANING_IN_OTHER_LANGUAGES)
def test_meaning_checks_in_portuguese_and_from_spanish(code: str | None, source_lang: str, lang: str, src: str,
                                                       tr: str) -> None:
    found = [f.code for f in run(src, tr, lang=lang, source_lang=source_lang) if f.severity == "error"]
    assert found == ([code] if code else [])


# French and Vietnamese, as a medical translator writes them: (error code or None, language, source,
# translation)
FRENCH_AND_VIETNAMESE = [
    # units in words
    (None, "fr", "Wait 3 months.", "Attendez 3 mois."),
    (None, "fr", "Give 1 teaspoon with food.", "Donnez 1 cuillère à café avec de la nourriture."),
    (None, "vi", "Wait 2 weeks.", "Chờ 2 tuần."),
    (None, "vi", "Call if your fever is 38 °C.", "Hãy gọi nếu sốt 38 độ C."),
    ("number", "fr", "Use it for 7 days.", "Utilisez-le pendant 7 semaines."),
    ("number", "fr", "Give 1 teaspoon with food.", "Donnez 1 cuillère à soupe avec de la nourriture."),
    ("number", "vi", "Use it for 7 days.", "Dùng trong 7 tuần."),
    # a negation kept: "ne … pas", "n’", "ne pas" before a verb, "jamais", "sans", "ni", a word that says
    # it ("Évitez", "persistante"), "pas" without "ne"; lost, or said by a word of the source's own
    (None, "fr", "Do not shake it.", "Ne l’agitez pas."),
    (None, "fr", "Do not shake the syringe.", "N’agitez pas la seringue."),
    (None, "fr", "Do not freeze.", "Ne pas congeler."),
    (None, "fr", "Never share your syringes.", "Ne partagez jamais vos seringues."),
    (None, "fr", "The body makes inflammation on its own, without a germ.",
     "Le corps produit de l’inflammation de lui-même, sans microbe."),
    (None, "fr", "Do not eat or drink.", "Ne mangez ni ne buvez."),
    (None, "fr", "Do not drink alcohol.", "Évitez l’alcool."),
    (None, "fr", "A cough that does not go away", "Une toux persistante"),
    (None, "fr", "Weight loss you cannot explain", "Une perte de poids inexpliquée"),
    (None, "fr", "Take it in the morning, not at night.", "Prenez-le le matin, mais pas le soir."),
    (None, "fr", "It does not matter which arm you use.", "Peu importe le bras que vous utilisez."),
    ("negation", "fr", "Take one syringe out of the refrigerator. Do not shake it.",
     "Sortez une seringue du réfrigérateur. Agitez-la bien."),
    # "Congelez-les" for "Do not freeze them": the "not" lost, and the freezer turned round (storage)
    ("negation storage", "fr", "Keep the syringes in the refrigerator. Do not freeze them.",
     "Gardez les seringues au réfrigérateur. Congelez-les."),
    ("negation storage", "fr", "Do not shake it, and do not freeze it.", "Ne l’agitez pas et congelez-la."),
    ("negation", "fr", "Do not use a syringe that sat out of the refrigerator for more than {store_us_room}.",
     "Utilisez une seringue restée hors du réfrigérateur plus de {store_us_room}."),  # "hors" is the source's "out"
    ("negation", "fr", "Use the syringe that came with it. Do not use a kitchen spoon.",
     "Utilisez la seringue fournie ou une cuillère de cuisine, n’importe laquelle."),  # "any": no "not"
    (None, "vi", "Do not shake it.", "Không lắc."),
    (None, "vi", "Do not shake it.", "Đừng lắc ống tiêm."),
    (None, "vi", "Ask your pharmacist if you are not sure.", "Hãy hỏi dược sĩ nếu bạn chưa chắc chắn."),
    (None, "vi", "Do not freeze them. If a syringe freezes, do not use it.",
     "Không để đông lạnh. Nếu ống tiêm bị đông, đừng dùng."),
    (None, "vi", "Do not drink alcohol.", "Tránh uống rượu."),
    (None, "vi", "Do not shake it.", unicodedata.normalize("NFD", "Không lắc.")),  # typed with combining marks
    ("negation", "vi", "Take one syringe out of the refrigerator. Do not shake it.",
     "Lấy một ống tiêm ra khỏi tủ lạnh. Lắc kỹ ống tiêm."),
    ("negation storage", "vi", "Keep it in the refrigerator. Do not freeze it.", "Giữ trong tủ lạnh. Để đông lạnh."),
    ("negation", "fr", "Call 911 right away.", "N’appelez pas le 911."),
    ("negation", "fr", "Do not shake it.", "N’oubliez pas de l’agiter."),
    (None, "fr", "Remember to take it.", "N’oubliez pas de le prendre."),
    ("negation", "vi", "Call 911 right away.", "Đừng gọi 911."),
    (None, "vi", "Remember to take it.", "Đừng quên uống thuốc."),
    # a comparison kept in other words ("ne dépassez pas", "au maximum", "tối đa"), across a participle
    # that opens its own clause ("restée hors du réfrigérateur": "that sat out"); turned round
    (None, "fr", "Do not take more than {dose} a day.", "Ne dépassez pas {dose} par jour."),
    (None, "fr", "Do not take more than {dose} a day.", "Ne prenez pas plus de {dose} par jour."),
    (None, "fr", "Do not take more than {dose} a day.", "Ne pas dépasser {dose} par jour."),
    (None, "fr", "Do not take more than {dose} a day.", "Prenez au maximum {dose} par jour."),
    (None, "fr", "No more than 4 g a day.", "Pas plus de 4 g par jour."),
    (None, "fr", "Do not give this medicine to babies younger than 3 months.",
     "Ne donnez pas ce médicament aux bébés de moins de 3 mois."),
    (None, "fr", "Do not use a syringe that sat out of the refrigerator for more than {store_us_room}.",
     "N’utilisez pas une seringue restée hors du réfrigérateur plus de {store_us_room}."),
    (None, "fr", "Call if your temperature is above 100.4 °F.", "Appelez si votre température dépasse 100,4 °F."),
    (None, "fr", "Use up to 3 doses a day.", "Utilisez jusqu’à 3 doses par jour."),
    (None, "fr", "People 65 or older need {dose} a day.",
     "Les personnes de 65 ans ou plus ont besoin de {dose} par jour."),
    (None, "fr", "Headache was less common than a skin reaction, the most common side effect.",
     "Le mal de tête était moins fréquent qu’une réaction de la peau, l’effet secondaire le plus fréquent."),
    ("comparison", "fr", "Do not use a syringe that sat out of the refrigerator for more than {store_us_room}.",
     "N’utilisez pas une seringue restée hors du réfrigérateur moins de {store_us_room}."),
    ("comparison", "fr", "Do not take more than {dose} a day.", "Ne prenez pas moins de {dose} par jour."),
    ("comparison", "fr", "Do not give this medicine to babies younger than 3 months.",
     "Ne donnez pas ce médicament aux bébés de plus de 3 mois."),
    ("comparison", "fr", "Call if your temperature is above 100.4 °F.",
     "Appelez si votre température est inférieure à 100,4 °F."),
    ("comparison", "fr", "Some people need higher doses.", "Certaines personnes ont besoin de doses plus faibles."),
    ("comparison", "fr", "Take them at least 2 hours apart.", "Prenez-les à 2 heures d’intervalle au plus."),
    (None, "vi", "Do not take more than {dose} a day.", "Không dùng quá {dose} mỗi ngày."),
    (None, "vi", "Do not take more than {dose} a day.", "Không được dùng quá {dose} mỗi ngày."),
    (None, "vi", "Do not take more than {dose} a day.", "Dùng tối đa {dose} mỗi ngày."),
    (None, "vi", "Do not use a syringe that sat out of the refrigerator for more than {store_us_room}.",
     "Không dùng ống tiêm đã để ngoài tủ lạnh quá {store_us_room}."),
    (None, "vi", "Do not give this medicine to children younger than 2.",
     "Không dùng thuốc này cho trẻ em dưới 2 tuổi."),
    (None, "vi", "Your dose may be less than a full syringe.", "Liều của bạn có thể ít hơn một ống tiêm đầy."),
    ("comparison", "vi", "Do not use a syringe that sat out of the refrigerator for more than {store_us_room}.",
     "Không dùng ống tiêm đã để ngoài tủ lạnh ít hơn {store_us_room}."),
    ("comparison", "vi", "Do not take more than {dose} a day.", "Không dùng ít hơn {dose} mỗi ngày."),
    ("comparison", "vi", "Do not give this medicine to children younger than 2.",
     "Không dùng thuốc này cho trẻ em trên 2 tuổi."),
    ("comparison", "vi", "Call if your temperature is above 100.4 °F.", "Hãy gọi nếu nhiệt độ dưới 100,4 °F."),
    # how often: a period word with a frequency wording ("par jour", "chaque semaine", "quotidienne",
    # "mỗi ngày", "hằng tuần"), a time of day ("à la même heure", "cùng một giờ"), every other day
    (None, "fr", "Give {dose_ra} once a day.", "Injectez {dose_ra} une fois par jour."),
    (None, "fr", "Give it at about the same time each day.", "Faites-la à peu près à la même heure chaque jour."),
    (None, "fr", "Use it every other day.", "Utilisez-le un jour sur deux."),
    (None, "fr", "Use it every other day.", "Utilisez-le tous les deux jours."),
    (None, "fr", "Split the daily dose into two shots.", "Divisez la dose quotidienne en deux injections."),
    (None, "fr", "Give it once a year.", "Faites-la une fois par an."),
    (None, "fr", "Tell us a week ahead.", "Prévenez-nous une semaine à l’avance."),
    ("period", "fr", "You give it as a shot under the skin, usually once a day.",
     "Vous le donnez en injection sous la peau, en général une fois par semaine."),
    ("period", "fr", "Use it every other day.", "Utilisez-le tous les jours."),
    ("period", "fr", "Give it every other week.", "Faites-la chaque semaine."),
    ("period", "fr", "Take {dose} with food.", "Prenez {dose} avec de la nourriture toutes les heures."),
    (None, "vi", "You give it as a shot under the skin, usually once a day.",
     "Bạn tiêm thuốc dưới da, thường là một lần mỗi ngày."),
    (None, "vi", "Give it at about the same time each day.", "Tiêm vào khoảng cùng một giờ mỗi ngày."),
    (None, "vi", "Use it every other day.", "Dùng cách ngày."),
    (None, "vi", "Use it every other day.", "Dùng hai ngày một lần."),
    (None, "vi", "Split the daily dose into two shots.", "Chia liều hằng ngày thành hai mũi tiêm."),
    (None, "vi", "Give it once a year.", "Tiêm mỗi năm một lần."),
    ("period", "vi", "You give it as a shot under the skin, usually once a day.",
     "Bạn tiêm thuốc dưới da, thường là một lần mỗi tuần."),
    ("period", "vi", "Use it every other day.", "Dùng hằng ngày."),
    ("period", "vi", "Give {dose_ra} once a week.", "Tiêm {dose_ra} mỗi tháng một lần."),
    # counts in words, "les deux" and "cả hai" (both), every two days (every other day), "neuf" (new),
    # "năm" (a year), "ba mẹ" (parents), "thứ hai" (second); a count changed or added
    (None, "fr", "Take {dose} every other day.", "Prenez {dose} tous les deux jours."),
    (None, "fr", "Take {dose} every other day.", "Prenez {dose} un jour sur deux."),
    (None, "fr", "Take half a tablet.", "Prenez un demi-comprimé."),
    (None, "fr", "Take half a tablet.", "Prenez la moitié d’un comprimé."),
    (None, "fr", "Taking both caused more infections.", "Prendre les deux a causé plus d’infections."),
    (None, "fr", "Use a new pen for each dose of {dose}.", "Utilisez un stylo neuf pour chaque dose de {dose}."),
    (None, "fr", "Take nine tablets.", "Prenez neuf comprimés."),
    (None, "fr", "Wait 2 weeks.", "Attendez deux semaines."),
    (None, "fr", "Give it every 2 hours.", "Donnez-la toutes les deux heures."),
    (None, "fr", "Your 2nd dose is next week.", "Votre deuxième dose est la semaine prochaine."),
    ("number", "fr", "Split the daily dose into two shots.", "Divisez la dose quotidienne en trois injections."),
    ("number", "fr", "Take half a tablet.", "Prenez un comprimé."),
    ("number", "fr", "Take one tablet in the morning.", "Prenez deux comprimés le matin."),
    ("number", "fr", "Give it once a day.", "Donnez-la deux fois par jour."),
    (None, "vi", "Take {dose} every other day.", "Dùng {dose} hai ngày một lần."),
    (None, "vi", "Take half a tablet.", "Uống nửa viên."),
    (None, "vi", "Take five tablets.", "Uống năm viên."),
    (None, "vi", "Take twelve tablets.", "Uống mười hai viên."),
    (None, "vi", "Take {dose} once a year.", "Dùng {dose} mỗi năm một lần."),
    (None, "vi", "Parents give {dose} twice a day.", "Ba mẹ cho trẻ dùng {dose} hai lần mỗi ngày."),
    (None, "vi", "Your 2nd dose of {dose} is next week.", "Liều {dose} thứ hai của bạn là tuần tới."),
    (None, "vi", "Both doses are {dose}.", "Cả hai liều đều là {dose}."),
    (None, "vi", "Wait 2 weeks.", "Chờ hai tuần."),
    ("number", "vi", "Split the daily dose into two shots.", "Chia liều hằng ngày thành ba mũi tiêm."),
    ("number", "vi", "Take half a tablet.", "Uống một viên."),
    ("number", "vi", "Take five tablets.", "Uống sáu viên."),
    ("number", "vi", "Take twelve tablets.", "Uống mười viên."),
    ("number", "vi", "Give it once a day.", "Tiêm hai lần mỗi ngày."),
    ("number", "fr", "Take a tablet with water.", "Prenez deux comprimés avec de l’eau."),
    ("period", "fr", "Take a tablet with water.", "Prenez un comprimé avec de l’eau une fois par jour."),
    (None, "fr", "Take a tablet with water.", "Prenez un comprimé avec de l’eau."),
    ("number", "vi", "Take a tablet with water.", "Uống hai viên với nước."),
    ("period", "vi", "Take the tablet with water.", "Uống viên thuốc với nước hai lần mỗi ngày."),
]


@pytest.mark.parametrize(("code", "lang", "src", "tr"), FRENCH_AND_VIETNAMESE)
def test_french_and_vietnamese(code: str | None, lang: str, src: str, tr: str) -> None:
    found = [f.code for f in run(src, tr, lang=lang) if f.severity == "error"]
    assert found == (code.split() if code else [])


def test_comparison_message_names_the_words_read_each_way() -> None:
    (finding,) = run("Do not give this medicine to babies younger than 3 months.",
                     "No le dé este medicamento a bebés mayores de 3 meses.")
    assert finding.message == ('the source says more or at least ("younger than" after "not") and the translation less '
                               'or at most ("mayores de" after "no"): keep the direction of the comparison; if it says '
                               "it in other words, a reviewer confirms them with edu-ok:comparison")
    (finding,) = run("Call if your temperature is over 100.4 °F.", "Llame si su temperatura es inferior a 100.4 °F.")
    assert '("over")' in finding.message and '("inferior")' in finding.message


def test_negation_message_names_the_sentence_that_lost_it_in_the_translations_language() -> None:
    (finding,) = run("Do not freeze them. If a syringe freezes, do not use it.",
                     "Não congele. Se uma seringa congelar, pode usar normalmente.", lang="pt-BR")
    assert finding.message == (
        'sentence 2 of the source ("If a syringe freezes, do not use it.") says not (no, never, without) and its '
        'translation ("Se uma seringa congelar, pode usar normalmente.") does not: keep the negation ("Não agite", '
        'not "Agite"); if it says it in other words, a reviewer confirms them with edu-ok:negation')
    (finding,) = run("Do not use a syringe that sat out of the refrigerator for more than {store_us_room}.",
                     "Use una jeringa que haya estado fuera del refrigerador más de {store_us_room}.")
    assert finding.message.startswith('the source says not (no, never, without) and the translation does not ("fuera" '
                                      'says the source\'s "out"): keep the negation ("No la agite", not "Agítela")')


PREGNANCY = ("No one knows if anakinra can harm an unborn baby or pass into breast milk. Talk with your care team if "
             "you are pregnant, plan to get pregnant, or breastfeed. This handout follows the US label. The European "
             "leaflet is stricter. It does not recommend anakinra during pregnancy. It also does not recommend it for "
             "women who could get pregnant and do not use birth control. It says not to breastfeed while you use "
             "anakinra.")
EMBARAZO = ("No se sabe si la anakinra puede dañar al bebé antes de nacer ni si pasa a la leche materna. Hable con su "
            "equipo médico si está embarazada, si piensa quedar embarazada o si da el pecho. Esta hoja sigue la "
            "etiqueta de los EE. UU. El folleto para pacientes de Europa es más estricto. No recomienda la anakinra "
            "durante el embarazo. Tampoco la recomienda para las mujeres que pueden quedar embarazadas y no usan un "
            "método anticonceptivo. Y dice que no dé el pecho mientras la usa.")


def test_a_paragraph_with_an_abbreviation_is_compared_sentence_by_sentence() -> None:
    # "EE. UU." ended two sentences, so the entry was compared as a whole, where the two negations lost
    # (probe-tr finding 2) were made up for by "Tampoco … no usan" and "ni"
    assert run(PREGNANCY, EMBARAZO) == []
    lost = EMBARAZO.replace("No recomienda", "Recomienda").replace("que no dé el pecho", "que puede dar el pecho")
    (finding,) = run(PREGNANCY, lost)
    assert finding.code == "negation" and finding.severity == "error"
    assert finding.message.startswith('sentence 5 of the source ("It does not recommend anakinra during pregnancy.") '
                                      'says not (no, never, without) and its translation ("Recomienda la anakinra '
                                      'durante el embarazo.") does not'), finding.message
    (finding,) = run(PREGNANCY, EMBARAZO.replace("que no dé el pecho", "que puede dar el pecho"))
    assert finding.message.startswith("sentence 7 of the source"), finding.message


CLINICIAN_PREGNANCY = (
    "**Pregnancy and breastfeeding.** US: it is not known whether anakinra harms the fetus or passes into breast "
    "milk; decide with the patient [19]. EU leaflet: not studied in pregnancy; not recommended in pregnancy or in "
    "women of childbearing potential who do not use contraception; not known whether it passes into milk; women "
    "must not breastfeed [14].")
EMBARAZO_CLINICO = (
    "**Embarazo y lactancia.** EE. UU.: se desconoce si la anakinra daña al feto o pasa a la leche materna; decidir "
    "con la paciente [19]. Prospecto de la UE: no se ha estudiado en el embarazo; no se recomienda durante el "
    "embarazo ni en mujeres en edad fértil que no usen anticonceptivos; se desconoce si pasa a la leche; no se debe "
    "dar el pecho [14].")


@pytest.mark.parametrize("more", [{}, {"ni en mujeres": "o en mujeres"}])
def test_a_long_sentence_is_compared_clause_by_clause_between_its_semicolons(more: dict[str, str]) -> None:
    # the clinician handout's pregnancy entry (probe-clin finding 4): "no se recomienda … ni … que no usen"
    # counted three negations where the source's clause counts one, and so made up for the "no" lost in
    # the last clause: a contraindication read as an instruction
    assert run(CLINICIAN_PREGNANCY, EMBARAZO_CLINICO) == []
    lost = EMBARAZO_CLINICO.replace("no se debe dar el pecho", "se debe dar el pecho")
    for old, new in more.items():
        lost = lost.replace(old, new)
    (finding,) = run(CLINICIAN_PREGNANCY, lost)
    assert (finding.code, finding.severity) == ("negation", "error")
    assert finding.message.startswith('sentence 2 of the source ("women must not breastfeed [14].") says not (no, '
                                      'never, without) and its translation ("se debe dar el pecho [14].") does not'), \
        finding.message
    # a negation the translator moved to another clause: the sentence is compared as a whole
    assert run("Do not freeze it; keep it cold; do not shake it [2]. Call us.",
               "Guárdela en frío; no la congele; no la agite [2]. Llámenos.") == []


@pytest.mark.parametrize(("lang", "text", "sentences"), [
    ("es", "Está aprobada en EE. UU. y en la UE. No la use sin receta.", 2),
    ("es", "Pregunte a la Dra. Ruiz o a la Sra. Pérez. Ellas le dirán.", 2),
    ("es", "Use una jeringa, p. ej. La que viene en la caja.", 1),
    ("es", "Dura aprox. Tres días.", 1),
    ("es", "La produce la bacteria E. Coli en el laboratorio.", 1),
    ("es", "Esta hoja sigue la etiqueta de los EE. UU. El folleto de Europa es más estricto.", 1),  # maybe: below
    ("en", "It is approved in the U.S. The EU leaflet differs.", 1),
    ("en", "Ask Dr. Lee, e.g. During your visit.", 1),
    ("en", "Call 911. Then call us.", 2),
])
def test_sentences_do_not_end_after_an_abbreviation(lang: str, text: str, sentences: int) -> None:
    assert len(sentence_ends(text, lang)) + 1 == sentences


@pytest.mark.parametrize(("src", "tr"), [
    ("This handout follows the US label. The European leaflet is stricter.",
     "Esta hoja sigue la etiqueta de los EE. UU. El folleto de Europa es más estricto."),
    ("It is approved in the U.S. The EU leaflet differs.",
     "Está aprobada en Estados Unidos. El prospecto de la UE es distinto."),
    ("Bring your medicines, vitamins and so on. Your doctor will check them.",
     "Traiga sus medicinas, vitaminas, etc. Su médico las revisará."),
])
def test_an_abbreviation_that_may_end_a_sentence_ends_one_where_the_other_text_has_one(src: str, tr: str) -> None:
    assert [part.first for part in align(src, tr, "en", "es")] == [1, 2]


def test_sentences_are_aligned_by_their_numbers_and_placeholders_when_one_is_split() -> None:
    # the translator split the first sentence in two: the second is still compared with its own
    src = ("Pick a spot on your thigh, about {gap} from your last shot. A helper can also use your arm. Do not use "
           "the same spot.")
    tr = ("Elija un lugar en el muslo. Debe estar a unos {gap} de la última inyección. Otra persona también puede "
          "usar el brazo. Use el mismo lugar.")
    (finding,) = run(src, tr)
    assert finding.message.startswith('sentence 3 of the source ("Do not use the same spot.")'), finding.message
    assert run(src, tr.replace("Use el mismo lugar", "No use el mismo lugar")) == []


def test_an_added_negation_is_named_with_its_verb_and_a_reviewer_can_confirm_it() -> None:
    # (a "not" said to putting it in the refrigerator keeps it out: the storage place is turned round too)
    finding, storage = run("Keep the syringes in the refrigerator. Do not freeze them.",
                           "No guarde las jeringas en el refrigerador. No las congele.")
    assert storage.message.startswith(
        'storage place turned round: the source says in the refrigerator ("the syringes in the refrigerator") and the '
        'translation out of the refrigerator ("No guarde las jeringas en el refrigerador")'), storage.message
    assert finding.message == (
        'sentence 1 of the source ("Keep the syringes in the refrigerator.") has no not (no, never) and its '
        'translation ("No guarde las jeringas en el refrigerador.") adds one ("No guarde"): translate it without the '
        "negation; where a negation says the source's meaning in other words, a reviewer confirms it with "
        "edu-ok:negation")
    (finding,) = run("Wash your hands with soap and water.", "No se lave las manos con agua y jabón.")
    assert '("No se lave")' in finding.message
    assert run("Stay home.", "No salga de casa.", flags={"edu-ok:negation"}) == []
    (finding,) = run("Do not give any more shots until a doctor tells you it is safe.",
                     "Póngase más inyecciones hasta que un médico le diga que no hay peligro.")
    assert '(the "no" of "diga que no hay peligro" negates another clause)' in finding.message
    (finding,) = run("Take one syringe out of the refrigerator. Let it warm up for 30 minutes. Do not shake it.",
                     "Saque una jeringa del refrigerador. Déjela a temperatura ambiente 30 minutos. "
                     "No olvide agitarla.")
    assert '("No olvide" says do it)' in finding.message
    (finding,) = run("Do not use anakinra with a TNF blocker.", "No use la anakinra sin un bloqueador de TNF.")
    assert finding.message.startswith('the source says "with" and the translation says "sin" (without): keep "with" '
                                      '("con")'), finding.message


# --- "only" for a lost "not", and "only once" made "more than once" (probe-pt findings 2, 3, 10) ---------

SHOTS = "Do not give any more shots until a doctor tells you it is safe."


@pytest.mark.parametrize(("lang", "tr", "only"), [
    ("es", "Póngase la próxima inyección solo cuando se sienta mejor.", "solo cuando"),
    ("pt-BR", "Aplique a próxima injeção só quando se sentir melhor.", "só quando"),
    ("pt-BR", "Só aplique outra injeção quando se sentir melhor.", "Só aplique"),
    ("fr", "Faites la prochaine injection seulement quand vous vous sentirez mieux.", "seulement quand"),
    ("fr", "Ne faites la prochaine injection que quand vous vous sentirez mieux.", "Ne … que"),  # ne … que: only
])  # fmt: skip
def test_an_only_that_keeps_a_not_until_is_a_warning_naming_the_condition(lang: str, tr: str, only: str) -> None:
    """"Give your next shot only when you feel better" kept the "not" with "só" and dropped the doctor:
    edu cannot read whether the condition is the source's, so the reviewer is told which one to check."""
    (found,) = run(SHOTS, tr, lang)
    assert (found.code, found.severity) == ("condition", "warning")
    assert found.message == (
        f'the source says not … "until a doctor tells you it is safe" and the translation says it with "{only}" '
        "(only): check that it keeps that condition, not another; once a reviewer has read it, confirm it with "
        "edu-ok:condition")


@pytest.mark.parametrize(("lang", "tr"), [
    ("es", "Úsela solo cuando esté a temperatura ambiente."),
    ("pt-BR", "Use-a só quando estiver em temperatura ambiente."),
])  # fmt: skip
def test_not_until_said_as_only_when_is_no_error_and_a_reviewer_confirms_it(lang: str, tr: str) -> None:
    """"not … until" is "only when": a correct translation publishes, and a reviewer's edu-ok:condition
    ends the warning."""
    src = "Do not use it until it is at room temperature."
    assert [(f.code, f.severity) for f in run(src, tr, lang)] == [("condition", "warning")]
    assert run(src, tr, lang, flags={"edu-ok:condition"}) == []


@pytest.mark.parametrize(("lang", "tr"), [
    ("es", "Úsela solo si el líquido está turbio."),
    ("pt-BR", "Use a seringa só se o líquido estiver turvo."),
])  # fmt: skip
def test_an_only_the_source_has_no_word_for_keeps_no_not(lang: str, tr: str) -> None:
    """"Use it only if it is cloudy" for "Do not use it if it is cloudy" kept the "not" with "solo"."""
    (found,) = run("Do not use the syringe if the liquid is cloudy.", tr, lang)
    assert found.code == "negation"
    only = tr.split()[1] if lang == "es" else "só"
    assert found.message.startswith(
        f'the source says not (no, never, without) and the translation does not ("{only}" says only, which keeps a '
        '"not" only for a source\'s "only", "until" or "unless"): keep the negation'), found.message


@pytest.mark.parametrize(("lang", "tr", "more"), [
    ("es", "Use cada jeringa más de una vez.", "más de una vez"),
    ("es", "Use cada jeringa varias veces.", "varias veces"),
    ("pt-BR", "Use cada seringa mais de uma vez.", "mais de uma vez"),
    ("pt-BR", "Pode usar cada seringa várias vezes.", "várias vezes"),
    ("fr", "Utilisez chaque seringue plusieurs fois.", "plusieurs fois"),
    ("vi", "Dùng mỗi ống tiêm nhiều lần.", "nhiều lần"),
])  # fmt: skip
def test_only_once_said_as_more_than_once_is_an_error(lang: str, tr: str, more: str) -> None:
    (found,) = run("Use each syringe only once.", tr, lang)
    assert (found.code, found.severity) == ("comparison", "error")
    assert found.message == (
        f'the source says once ("only once") and the translation more than once ("{more}"): keep the count of one; '
        "if it says it in other words, a reviewer confirms them with edu-ok:comparison")


def test_a_count_added_names_the_count_of_one_nearest_to_it() -> None:
    """The message named "a full syringe", a sentence later, for the "once" the translation doubled."""
    (found,) = run("Use each syringe only once. If you need less than a full syringe, your care team will show you "
                   "how to give the right amount.",
                   "Use cada seringa só duas vezes. Se precisar de menos que uma seringa cheia, sua equipe vai mostrar "
                   "como aplicar a quantidade certa.", "pt-BR")
    assert found.message == ('count duas (2) in the translation is not in the source; the source says one ("once" is '
                             "one); write the same counts as the source")


def test_a_french_or_vietnamese_message_shows_a_kept_negation_in_that_language() -> None:
    (finding,) = run("Take one syringe out of the refrigerator. Do not shake it.",
                     "Sortez une seringue du réfrigérateur. Agitez-la bien.", lang="fr-CA")
    assert finding.message.startswith('sentence 2 of the source ("Do not shake it.") says not (no, never, without) and '
                                      'its translation ("Agitez-la bien.") does not: keep the negation ("Ne l’agitez '
                                      'pas", not "Agitez-la")')
    # a sentence may start with a capital of any script ("Đ" is no A to Z)
    (finding,) = run("Take one syringe out of the refrigerator. Do not shake it.",
                     "Lấy một ống tiêm ra khỏi tủ lạnh. Đưa ống tiêm lên và lắc kỹ.", lang="vi")
    assert finding.message.startswith('sentence 2 of the source ("Do not shake it.")'), finding.message
    assert '("Không lắc", not "Lắc")' in finding.message
    (finding,) = run("Do not take more than {dose} a day.", "Ne prenez pas moins de {dose} par jour.", lang="fr")
    assert '("moins de" after "pas")' in finding.message


def test_period_message_names_the_periods_in_one_order() -> None:
    (finding,) = run("Use it every other day.", "Úsela cada semana.")
    assert finding.message == ("periods day and every other in the source are missing from the translation "
                               "(found week); keep how often (once a day is not once a week; every other day is not "
                               "every day)")


@pytest.mark.parametrize("lang", ["en", "es", "pt", "fr", "vi"])
def test_the_quick_look_for_a_period_lets_every_period_word_through(lang: str) -> None:
    """A word shorter than a stem is looked for as a word ("an" is in "dans"): never missed."""
    for period, (nouns, alone) in periods._PERIODS[lang].items():
        for word in f"{nouns} {alone}".split():
            found = periods.periods(f"x {word}.", lang)
            assert found is not None and period in found.named, word


def test_blocking_checks_are_exactly_those_that_report_errors() -> None:
    def code(check: checks.Check) -> str:
        return check.__name__.removeprefix("check_").replace("_", "-")

    assert {code(c) for c in checks.BLOCKING_CHECKS} == {
        code(c) for c in checks.CHECKS if SEVERITY[code(c)] == "error"}


def test_a_numbered_list_marker_is_markup_and_an_extra_number() -> None:
    assert codes("Take two pills.", "1. Tome dos pastillas.") == ["number", "markup"]


def test_a_link_left_out_is_one_error_not_a_markup_one_too() -> None:
    """The link check names the link and the fix; the markup check's "links: 1 … (escape a literal
    character with \\)" for the same slip was a second error whose advice does not apply."""
    assert [(f.code, f.message) for f in run("Read [the guide](guide.md) first.", "Lea la guía primero.")] == [
        ("link", "link target guide.md in the source is missing from the translation; keep link targets and URLs "
                 "exactly as in the source; translate only the link text")]
    assert codes("See [the site](https://example.org).", "Vea https://example.org.") == ["link"]  # no link on the page
    assert codes("Read the guide.", "Lea [la guía](guide.md).") == ["link"]  # a link added


def test_a_left_out_link_leaves_the_other_markup_differences_reported() -> None:
    findings = {f.code: f.message for f in run("Read [this](a.md) and **that** now.", "Lea esto y eso ahora.")}
    assert set(findings) == {"link", "markup"}
    assert findings["markup"] == ("Markdown differs: bold markers (**): 2 in the source, 0 in the translation; use the "
                                  "same Markdown as the source (escape a literal character with \\)")
    # a link written as a picture keeps its address: only the markup check sees it
    assert run("Read [this](a.md).", "Lea ![esto](a.md).")[0].message.startswith(
        "Markdown differs: links: 1 in the source, 0 in the translation; images: 0 in the source, 1 in the translation")


def test_number_message_names_both_numbers() -> None:
    (finding,) = run("Take 100 tablets.", "Tome 10 tabletas.")
    assert finding == Finding(
        "number",
        "error",
        "number 100 in the source is missing from the translation (found 10); copy every number and unit",
    )


@pytest.mark.parametrize(("src", "tr", "marks"), [
    ("Call 911 right away.", "Llame al 991 enseguida.", False),
    ("Wait 30 minutes.", "Espere 3 minutos.", False),
    ("Each syringe holds 0.67 mL.", "Cada jeringa tiene 0,67 mL.", True),  # read 0 and 67 mL in es_US
    ("Each syringe holds 0.67 mL.", "Cada jeringa tiene 0.76 mL.", True),
    ("Give 1,000 mg.", "Dé 1.000 mg.", True),
])
def test_how_a_locale_writes_decimals_is_said_only_where_a_mark_is_involved(src: str, tr: str, marks: bool) -> None:
    """The translator's 911 -> 991 ended "(es_US writes decimals with a period (0.5) and thousands with
    a comma (1,000))", which says nothing of the slip."""
    (finding,) = run(src, tr)
    assert finding.code == "number"
    said = "(es_US writes decimals with a period (0.5) and thousands with a comma (1,000))"
    assert (said in finding.message) is marks


@pytest.mark.parametrize(("lang", "tr", "reads", "write"), [
    ("fr", "La dose de charge est de 1,500 mg.", "1,5 mg", "1\u202f500 mg"),
    ("vi", "Liều nạp là 1,500 mg.", "1,5 mg", "1.500 mg"),
])
def test_a_number_copied_as_written_says_what_it_means_in_the_language(lang: str, tr: str, reads: str,
                                                                       write: str) -> None:
    """A French or Vietnamese translator who copies "1,500 mg" got "found 1,500 mg", which looks like
    a false positive (and might be silenced): in that language it is 1.5 mg, a thousandth of the dose."""
    (finding,) = run("The loading dose is 1,500 mg.", tr, lang=lang)
    assert finding.message.startswith(
        "number 1,500 mg in the source is missing from the translation (found 1,500 mg); 1,500 mg is "
        f"{reads} in {lang}, 1000 times less than the source's 1,500 mg: write {write}; copy every number and unit ("
    ), finding.message


def test_the_thousands_space_is_named_in_words_a_translator_can_act_on() -> None:
    """French "4 000 mg" typed with an ordinary space: the advice said '\\u202f', a Python escape
    Poedit users cannot type, and not that a no-break space is also accepted."""
    (finding,) = run("Do not take more than 4,000 mg a day.", "Ne prenez pas plus de 4 000 mg par jour.", lang="fr")
    assert finding.message.endswith(
        "copy every number and unit (fr writes decimals with a comma (0,5) and thousands with a narrow no-break "
        "space, U+202F (a no-break space, U+00A0, is also read as one; never an ordinary space))"), finding.message
    assert "\\u" not in finding.message and "is 4" not in finding.message  # nothing copied as the source writes it
    for space in ("\u202f", "\u00a0"):  # what the advice says is accepted is accepted
        assert run("Do not take more than 4,000 mg a day.", f"Ne prenez pas plus de 4{space}000 mg par jour.",
                   lang="fr") == []


def test_a_count_added_to_an_article_says_the_source_counts_one() -> None:
    assert [f.message for f in run("Take a tablet with water.", "Tome dos tabletas con agua.")] == [
        'count dos (2) in the translation is not in the source; the source says one ("a tablet" is one); write the '
        "same counts as the source"]
    assert [f.message for f in run("Tome una tableta.", "Take two tablets.", lang="en", source_lang="es")] == [
        'count two (2) in the translation is not in the source; the source says one ("una tableta" is one); write '
        "the same counts as the source"]


def test_a_number_typed_for_a_fact_names_the_placeholder_to_write() -> None:
    found = run("Do not use it after {store_us_room}.", "No la use después de 24 horas.")
    assert [f.message for f in found if f.code == "number"] == [
        "number 24 horas in the translation is not in the source; copy every number and unit; where it is the value "
        "of {store_us_room}, which the translation leaves out, write that placeholder instead: a typed number does "
        "not follow content/facts.yaml"]


def test_number_message_names_the_unit_swap() -> None:
    (finding,) = run("Take 100 mg.", "Tome 100 g.")
    assert "100 mg in the source" in finding.message
    assert "(found 100 g)" in finding.message


def test_placeholder_message_names_missing_and_extra() -> None:
    (finding,) = run("Take {dose} daily.", "Tome {dosis} a diario.")
    assert finding.message.startswith(
        "placeholder {dose} in the source is missing from the translation (found {dosis})"
    )


@pytest.mark.parametrize(("src", "tr", "ok"), [
    ("Page %(page)s of %(pages)s", "Página %(page)s de %(pages)s", True),
    ("%(num)s part is missing", "Falta %(num)s parte", True),
    ("Key points", "Puntos clave", True),
    ("Done", "Hecho al 100 %%", True),  # a literal percent sign, as Python's % operator wants it
    ("Page %(page)s of %(pages)s", "Página %(página)s de %(pages)s", False),
    ("Page %(page)s of %(pages)s", "Página %(page) de %(pages)s", False),
    ("Version %(version)s", "Versión", False),
    ("Version %(version)s", "Versión %(version)s, %(date)s", False),
    ("Key points", "Puntos % clave", False),  # '% c' is a directive: the page would not render
    ("Key points", "Puntos clave %", False),
])
def test_a_template_word_keeps_the_percent_directives_of_its_source(src: str, tr: str, ok: bool) -> None:
    """Jinja formats every word of the page with %, variables or not; content text is never formatted."""
    assert (checks.check_template_word(src, tr) == []) is ok
    assert not [f for f in run(src, tr) if f.code == "placeholder"]  # not a content entry's business


def test_a_renamed_template_placeholder_says_how_to_write_it() -> None:
    [finding] = checks.check_template_word("Version %(version)s", "Versión %(versión)s")
    assert finding.message == ("placeholder %(version)s in the source is missing from the translation (found "
                               "%(versión)s); copy each %(name)s exactly, the s after the parenthesis included, "
                               "without translating the name; write a percent sign as %%")


AR_PLURAL = "nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5);"


def _page_word_po(lang: str, plural_forms: str, forms: list[str]) -> str:
    strings = "".join(f'msgstr[{i}] "{form}"\n' for i, form in enumerate(forms))
    return (f'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: {lang}\\n"\n'
            f'"Plural-Forms: {plural_forms}\\n"\n\n#: templates/labels.html:19\n#, python-format\n'
            f'msgid "%(num)s part is missing"\nmsgid_plural "%(num)s parts are missing"\n{strings}')


@pytest.mark.parametrize(("lang", "plural_forms", "forms", "ok"), [
    # Arabic writes one and two in words (the dual): those forms take one number each
    ("ar", AR_PLURAL, ["لا أجزاء ناقصة", "جزء واحد ناقص", "جزءان ناقصان", "%(num)s أجزاء ناقصة",
                       "%(num)s جزءًا ناقصًا", "%(num)s جزء ناقص"], True),
    ("ar", AR_PLURAL, ["%(num)s", "%(num)s", "%(num)s", "أجزاء ناقصة", "%(num)s", "%(num)s"], False),  # 3-10
    ("ar", AR_PLURAL, ["%(num)s", "جزء %(n)s", "%(num)s", "%(num)s", "%(num)s", "%(num)s"], False),  # renamed
    ("es", "nplurals=2; plural=(n != 1);", ["Falta una parte", "Faltan %(num)s partes"], True),
    ("es", "nplurals=2; plural=(n != 1);", ["Falta %(num)s parte", "Faltan partes"], False),
])
def test_a_plural_form_for_one_number_may_leave_the_number_out_as_msgfmt_allows(
        tmp_path: Path, lang: str, plural_forms: str, forms: list[str], ok: bool) -> None:
    """A page word's plural form that only one or two numbers take ("one part", Arabic's dual "two
    parts") is written in words in many languages; GNU msgfmt accepts it, so does `edu check`. A form
    that many numbers take must print the number (msgfmt would let "Faltan partes" through)."""
    text = _page_word_po(lang, plural_forms, forms)
    catalog = read_po(io.StringIO(text))
    found = [f for _line, f in check_catalog(catalog, source_lang="en", lang=lang) if f.code == "placeholder"]
    assert (found == []) is ok, found
    if MSGFMT and ok:  # GNU gettext accepts it too (msgfmt is more lenient: it lets any form drop a name)
        (tmp_path / "x.po").write_text(text, encoding="utf-8")
        done = subprocess.run([MSGFMT, "--check-format", "-o", "/dev/null", str(tmp_path / "x.po")],
                              capture_output=True, text=True)
        assert done.returncode == 0, done.stderr


def test_numbers_inside_placeholders_and_urls_are_not_numbers() -> None:
    ctx = checks.Context("en", "es")
    assert numbercheck.check_number("Take {dose_2}.", "Tome {dose_3}.", ctx) == []
    assert numbercheck.check_number("See https://a.org/v2.", "Vea https://a.org/v3.", ctx) == []
    assert numbercheck.check_number("See [it](v2.md).", "Vea [esto](v3.md).", ctx) == []


def test_english_written_in_spain_keeps_the_point() -> None:
    # CLDR's en_ES writes 0,67; authors of English handouts in Spain still write 0.67.
    assert run("Take 0.67 mg.", "Tome 0,67 mg.", territory="ES") == []
    assert run("Tome 0,67 mg.", "Take 0.67 mg.", lang="en", territory="ES", source_lang="es") == []


def test_spanish_source_in_the_us_uses_the_point() -> None:
    assert run("Tome 0.5 mg.", "Take 0.5 mg.", lang="en", source_lang="es") == []
    assert codes("Tome 0.5 mg.", "Take 5 mg.", lang="en") != []


def test_a_language_tag_with_a_region_reads_numbers_as_that_region_writes_them() -> None:
    # pt-BR writes 0,5 whatever the project's territory; es-419 (Latin America) writes 0.5.
    assert run("Take 0.5 mg.", "Tome 0,5 mg.", lang="pt-BR") == []
    assert codes("Take 0.5 mg.", "Tome 0.5 mg.", lang="pt-BR") == ["number"]
    assert run("Take 0.5 mg.", "Tome 0.5 mg.", lang="es-419", territory="ES") == []
    assert run("Take 0.5 mg.", "服用 0.5 mg。", lang="zh-Hant") == []


def test_a_question_worded_as_a_statement_is_published() -> None:
    """A heading "How do I give the shot?" as "Cómo ponerse la inyección" or an indirect question is
    good Spanish (a medical translator's report): the end mark is a warning, never a refusal."""
    for src, tr in (("Do you have a fever?", "Dígame si tiene fiebre."),
                    ("How do I give the shot?", "Cómo ponerse la inyección")):
        assert [f.code for f in run(src, tr) if f.severity == "error"] == []


def test_spanish_punctuation_only_for_spanish() -> None:
    assert run("¿Tiene fiebre?", "Do you have a fever?", lang="en", source_lang="es") == []
    assert run("Do you have a fever?", "Tem febre?", lang="pt") == []
    assert codes("Do you have a fever?", "Tiene fiebre?", lang="es-MX") == ["spanish-punct"]


def test_empty_translation_is_an_error() -> None:
    assert run("Take two pills.", "") == [
        Finding("empty", "error", "the translation is empty; translate the source text")
    ]
    assert codes("Take two pills.", "  \n") == ["empty"]


@pytest.mark.parametrize("tr", [".", "—", "¿?", "**.**", " - "])
def test_a_translation_without_words_is_empty(tr: str) -> None:
    """"." for "Call the clinic if you feel sick." was published, with only a length warning."""
    assert run("Call the clinic if you feel sick.", tr) == [
        Finding("empty", "error", f"the translation has no words ({tr.strip()!r}); translate the source text")]
    assert codes("911", "911") != ["empty"] and codes("—", "—") == []


# --- warnings -------------------------------------------------------------------------------------

WARNINGS = [
    ("identical", "Take two pills.", "Take two pills."),
    ("length", "Take two pills with food and a glass of water.", "Tome dos."),
    ("doubled", "Wash your hands.", "Lávese las las manos."),
    ("brackets", "Keep it 1 inch (2.5 cm) away.", "Manténgala a 2.5 cm (1 pulgada de distancia."),
    ("length", "Take two pills a day.", "Tome dos pastillas al día, con agua y comida, " * 2 + "ya."),
    ("whitespace", "Take two pills.", " Tome dos pastillas."),
    ("whitespace", "Take two pills.", "Tome dos pastillas. "),
    ("whitespace", "Take two pills.", "Tome dos  pastillas."),
    ("end-punct", "Take two pills.", "Tome dos pastillas"),
    ("end-punct", "Do this:", "Haga esto."),
    ("end-punct", "Take two pills.", "Tome dos pastillas..."),
    ("invisible", "Take the medicine.", "Tome el medi\u00adcamento."),
    ("invisible", "Take the medicine.", "\ufeffTome el medicamento."),
    ("invisible", "Take the medicine.", "Tome el medicamento.\U000e0041\U000e0042"),  # hidden words in tags
    ("invisible", "Take the medicine.", "Tome el\u2063 medicamento."),
]


def test_an_identical_translation_is_accepted_with_the_translator_comment_the_docs_name() -> None:
    """The message said "add the flag 'edu-ok:identical'", which msgcat and msgmerge drop (probe-clin 14)."""
    (finding,) = run("Take two pills.", "Take two pills.")
    assert finding.message == ("the translation is identical to the source; translate it, or, if it must stay the "
                               "same (a name), add the translator comment # edu-ok:identical")


@pytest.mark.parametrize(("lang", "src", "tr"), [
    ("fr", "If you feel sick, call us.", "Si vous vous sentez mal, appelez-nous."),  # reflexive verbs
    ("fr", "We wash our hands.", "Nous nous lavons les mains."),
    ("vi", "Inject slowly.", "Tiêm từ từ."),  # reduplication is Vietnamese grammar: "slowly"
    ("vi", "Side by side with the original", "Song song với bản gốc"),
    ("id", "Children can take it slowly.", "Anak anak boleh minum pelan pelan."),
])
def test_a_word_the_grammar_repeats_is_not_doubled(lang: str, src: str, tr: str) -> None:
    """Correct French and Vietnamese were flagged "written twice: delete one" and failed --strict;
    following the advice breaks the sentence ("tiêm từ" is "inject from")."""
    assert "doubled" not in codes(src, tr, lang)


@pytest.mark.parametrize(("lang", "src", "tr", "word"), [
    ("es", "Wash your hands.", "Lávese las las manos.", "las"),
    ("fr", "Wash your hands.", "Lavez-vous les les mains.", "les"),
    ("fr", "If you feel sick, call us.", "Si vous vous sentez mal, appelez appelez-nous.", "appelez"),
    ("en", "Lávese las manos.", "Wash the the hands.", "the"),
])
def test_a_slip_that_doubles_a_word_is_still_a_warning(lang: str, src: str, tr: str, word: str) -> None:
    assert run(src, tr, lang, source_lang="es" if lang == "en" else "en") == [
        Finding("doubled", "warning", f"the word {word!r} is written twice ({word + ' ' + word!r}): delete one")]


@pytest.mark.parametrize(("code", "src", "tr"), WARNINGS)
def test_suspicious_translation_is_a_warning(code: str, src: str, tr: str) -> None:
    findings = run(src, tr, lang="es")
    assert [(f.code, f.severity) for f in findings] == [(code, "warning")]


def test_the_length_check_knows_a_script_says_more_per_character() -> None:
    """A correct Chinese translation is a third as long as its English: nearly every one was flagged."""
    src = "Call the clinic if you feel sick or have a fever."
    assert run(src, "如果您感到不适或发烧，请致电诊所。", lang="zh-Hans") == []
    assert [f.message for f in run(src, "请致电。", lang="zh-Hans")] == [
        "the translation is 0.1 times as long as the source (expected 0.17 to 0.83); check for missing or added text"]


@pytest.mark.parametrize(
    ("src", "tr"),
    [
        ("{dose}", "{dose}"),  # no words
        ("100 mg", "100 mg"),
        ("Kineret", "Kineret"),  # one word: a name
        ("Take two pills every day.", "Tome dos pastillas cada día."),  # ratio 1.1
        ("Take it.", "Tómelo con agua y comida, por favor."),  # source under 20 characters
    ],
)
def test_no_warning_for_names_numbers_and_short_texts(src: str, tr: str) -> None:
    assert run(src, tr) == []


# --- edu-ok flags ---------------------------------------------------------------------------------


def test_edu_ok_silences_its_code_only() -> None:
    src, tr = "Take 100 mg", "Tome 10 mg."
    assert {f.code for f in run(src, tr)} == {"number", "end-punct"}
    assert [f.code for f in run(src, tr, flags={"edu-ok:number"})] == ["end-punct"]
    assert run(src, tr, flags={"edu-ok:number", "edu-ok:end-punct", "fuzzy"}) == []


@pytest.mark.parametrize("flag", ["edu-ok:all", "edu-ok:numbers", "edu-ok:empty"])
def test_edu_ok_that_silences_nothing_is_reported(flag: str) -> None:
    findings = run("Take 100 mg.", "Tome 10 mg.", flags={flag})
    assert [(f.code, f.severity) for f in findings] == [("number", "error"), ("flag", "warning")]
    assert flag in findings[1].message


def test_edu_ok_cannot_silence_an_empty_translation() -> None:
    assert [f.code for f in run("Take it.", "", flags={"edu-ok:empty"})] == ["empty"]


@pytest.mark.parametrize(("tr", "code"), [("Tome dos <b>pastillas</b>.", "html"),
                                          ("Tome\u202e dos pastillas.", "bidi"),
                                          ("Tome dos\u200b pastillas.", "invisible-number")])
def test_no_flag_lets_raw_html_a_direction_control_or_a_split_count_through(tr: str, code: str) -> None:
    """A translator could add ``#, edu-ok:html`` to their own entry: a script, "gm 5.0" or "do s" printed."""
    findings = run("Take two pills.", tr, flags={f"edu-ok:{code}"})
    assert [(f.code, f.severity) for f in findings] == [(code, "error"), ("flag", "warning")]
    assert f"'{code}' cannot be silenced" in findings[1].message


def test_a_reviewed_exception_may_be_a_translator_comment_which_gnu_tools_keep(tmp_path: Path) -> None:
    """msgcat, msgmerge and msgattrib keep only the flags they know: ``#, edu-ok:order`` vanished in
    a round trip and the entry was held back again. ``# edu-ok:order`` is a comment every tool keeps."""
    po = tmp_path / "es.po"
    po.write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: es\\n"\n\n'
                  '# cm first for our readers\n# edu-ok:order\n#: content/en/a.md:3\n'
                  'msgid "About {inches} ({cm}) away."\nmsgstr "A unos {cm} ({inches})."\n', encoding="utf-8")
    assert {f.code for _line, f in check_catalog(read(po.read_text(encoding="utf-8")), source_lang="en",
                                                   lang="es")} == set()
    if shutil.which("msgcat"):
        subprocess.run(["msgcat", "-o", str(po), str(po)], check=True)
        assert "# edu-ok:order" in po.read_text(encoding="utf-8")
    unflagged = po.read_text(encoding="utf-8").replace("# edu-ok:order\n", "")
    assert {f.code for _line, f in check_catalog(read(unflagged), source_lang="en", lang="es")} == {"order"}


def test_a_reviewed_exception_lapses_when_the_source_it_was_reviewed_for_changes(tmp_path: Path) -> None:
    """msgmerge keeps ``# edu-ok:order`` on a fuzzy match, with the old source as ``#| msgid``: a
    translator who clears "fuzzy" published the new sentence with the old exception silencing the check."""
    header = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: es\\n"\n\n'
    entry = ('# edu-ok:order\n{previous}#: content/en/a.md:3\nmsgid "About {{inches}} ({{cm}}) away from {{x}}."\n'
             'msgstr "A unos {{cm}} ({{inches}}) de {{x}}."\n')
    same = '#| msgid "About {inches} ({cm}) away from {x}."\n'
    older = '#| msgid "About {inches} ({cm}) "\n#| "away."\n'
    po = tmp_path / "es.po"

    def read_as_edu(text: str) -> Catalog:
        po.write_text(text, encoding="utf-8")
        return read_catalog(po)

    catalog = read_as_edu(header + entry.format(previous=same))  # the same source: the exception holds
    assert [f.code for _line, f in check_catalog(catalog, source_lang="en", lang="es")] == []
    findings = [f for _line, f in check_catalog(read_as_edu(header + entry.format(previous=older)), source_lang="en",
                                                  lang="es")]
    assert [(f.code, f.severity) for f in findings] == [("order", "error"), ("flag", "warning")]
    assert findings[1].message.startswith("edu-ok:order was reviewed for an older source (the #| msgid lines)")
# --- invisible characters --------------------------------------------------------------------------


def test_an_invisible_character_in_a_number_says_which_where_and_how_to_remove_it() -> None:
    """A soft hyphen in "10 mg": one error, not also "number 10 mg missing (found 1 and 0 mg)"."""
    assert run("Take 10 mg.", "Tome 1\u00ad0 mg.") == [Finding(
        "invisible-number", "error", "invisible character in a number or dose, which the page shows whole but a "
        'search or a screen reader may read split: U+00AD SOFT HYPHEN in "Tome 1⟨U+00AD⟩0 mg." (read "1 0"); '
        'retype "10" to remove it')]
    found = run("Take 10 mg and 20 mg and 30 mg.", "Tome 1\u00ad0 mg, 2\u200b0 mg y 30\u2060 mg.")
    assert [f.code for f in found] == ["invisible-number"]
    assert "U+00AD SOFT HYPHEN in" in found[0].message and "U+200B ZERO WIDTH SPACE in" in found[0].message
    assert found[0].message.endswith('and 1 more word; retype "10" and "20" (and the others) to remove them')


def test_an_invisible_character_elsewhere_is_a_warning_naming_it_and_its_word() -> None:
    assert run("Take the medicine every day.", "Tome el medi\u00adca\u00admento cada día.") == [Finding(
        "invisible", "warning", 'invisible characters U+00AD SOFT HYPHEN (×2) in "Tome el '
        'medi⟨U+00AD⟩ca⟨U+00AD⟩mento cada…": the page shows nothing, but a search for the word misses it and a '
        'screen reader may read the word split; retype "medicamento" to remove them')]
    # a German translator's wanted soft hyphens: a reviewer says so once, for the entry
    assert run("Take the medicine.", "Nehmen Sie das Arznei\u00admittel.", lang="de", flags={"edu-ok:invisible"}) == []


def test_a_translation_may_keep_the_invisible_characters_of_its_source_but_never_in_a_number() -> None:
    assert run("Take the medi\u00adcine.", "Tome el medi\u00adcamento.") == []
    assert codes("Take the medi\u00adcine, 10 mg.", "Tome el medicamento, 1\u00ad0 mg.") == ["invisible-number"]


@pytest.mark.parametrize(("lang", "src", "tr"), [
    ("fa", "Take it every day.", "هر روز آن را مصرف کنید\u200cها."),  # ZWNJ: Persian writes words with it
    ("hi", "Take it.", "इसे लें क्\u200dष."),  # ZWJ: a Devanagari conjunct
    ("th", "Take it every day.", "รับประทาน\u200bทุกวัน."),  # U+200B: where a Thai line may break
    ("ar", "Take it.", "تناوله\u200f."),  # RLM: right-to-left text
])
def test_what_a_language_needs_is_not_an_invisible_slip(lang: str, src: str, tr: str) -> None:
    assert [f.code for f in run(src, tr, lang=lang) if f.code.startswith("invisible")] == []


def test_a_thai_word_break_inside_a_number_is_still_an_error() -> None:
    assert "invisible-number" in codes("Take 10 mg.", "รับประทาน 1\u200b0 mg.", lang="th")


def test_a_mark_writing_needs_is_named_when_it_splits_a_number() -> None:
    """An RLM typed inside "911" said "number 911 … missing (found 9 and 11)" while the translator sees
    911: LRM, RLM, ALM, ZWJ and ZWNJ are allowed beside a number, never between two of its digits."""
    assert run("Call 911 right away.", "Llame al 9\u200f11 enseguida.") == [Finding(
        "invisible-number", "error", "invisible character in a number or dose, which the page shows whole but a "
        'search or a screen reader may read split: U+200F RIGHT-TO-LEFT MARK in "Llame al 9⟨U+200F⟩11 enseguida." '
        '(read "9 11"); retype "911" to remove it')]
    for mark in "\u200e\u200f\u061c\u200c\u200d":
        assert codes("Take 10 mg.", f"Tome 1{mark}0 mg.") == ["invisible-number"]
        assert run("Take 10 mg.", f"Tome {mark}10 mg.") == []  # beside a number: right-to-left text needs it
    assert run("Take 10 mg.", "تناول \u200f10 ملغ.", lang="ar", flags={"edu-ok:number"}) == []


# --- digits, units after facts, thresholds, dose notation (a medical translator's probe) ----------


def test_digits_of_another_script_are_a_number_error_naming_them() -> None:
    """"３０ minutos" and "٣٠ minutos" passed (both read 30) and printed blank boxes in the PDF."""
    (finding,) = run("Let it warm up for 30 minutes.", "Déjela calentarse ３０ minutos.")
    assert finding == Finding("number", "error", "number ３０ is written in Fullwidth digits (U+FF13 FULLWIDTH DIGIT "
                              "THREE), which a reader of es does not read as the source's digits and the handouts' "
                              "fonts may not draw: type it with the digits 0 to 9 (30)")
    assert "Arabic-Indic digits (U+0663" in run("Let it warm up for 30 minutes.", "Déjela ٣٠ minutos.")[0].message


@pytest.mark.parametrize(("lang", "tr"), [
    ("ar", "اتركها ٣٠ دقيقة."),  # Arabic's own digits (CLDR: native)
    ("ar-EG", "اتركها ٣٠ دقيقة."),  # the default in Egypt
    ("fa", "بگذارید ۳۰ دقیقه."),  # Persian's Extended Arabic-Indic digits
    ("hi", "इसे ३० मिनट रखें।"),  # Devanagari
])
def test_a_language_may_write_its_own_digits(lang: str, tr: str) -> None:
    assert not [f for f in run("Let it warm up for 30 minutes.", tr, lang=lang) if "digits (U+" in f.message]


def test_a_unit_typed_after_a_fact_is_kept() -> None:
    """"{eu_covid_supar} ng/mL" as "ng/L" passed: a threshold a thousand times off."""
    (finding,) = run("Shown by plasma suPAR {eu_covid_supar} ng/mL.", "Definido por un suPAR {eu_covid_supar} ng/L.")
    assert finding.message == ('{eu_covid_supar} is followed by "ng/mL" in the source and by "ng/L" here: keep the '
                               'unit after each fact as the source writes it (its words may be your language\'s: '
                               '"ng/mL" or "nanogramos por mililitro")')
    (finding,) = run("Shown by plasma suPAR {eu_covid_supar} ng/mL.", "Definido por un suPAR {eu_covid_supar}.")
    assert '"ng/mL" in the source and by no unit here' in finding.message


def test_the_quick_look_for_a_unit_after_a_fact_lets_every_unit_through() -> None:
    """The number check reads the units after a source's facts only where MAY_UNIT_AFTER_FACT says it may."""
    from edu import unitsafterfacts

    words, _pattern = unitsafterfacts._after_fact_words()
    for word in [*unitsafterfacts._SYMBOLS, *words, "× 10⁹/L", "x 10^9/L", "·10⁹/L"]:
        text = f"{{x}} {word}"
        if unitsafterfacts.units_after_facts(text) != Counter({("x", ""): 1}):
            assert unitsafterfacts.MAY_UNIT_AFTER_FACT.search(text), word


def test_a_threshold_the_translation_drops_is_an_error_and_a_reviewer_may_confirm_another_wording() -> None:
    """"more than {store_us_room}" as "{store_us_room}" passed (the period check keeps a frequency)."""
    src = "Do not use a syringe that sat out of the refrigerator for more than {store_us_room}."
    tr = "No use una jeringa que haya estado fuera del refrigerador {store_us_room}."
    (finding,) = run(src, tr)
    assert finding == Finding("comparison", "error", 'the source says more than or at least ("more") before an amount '
                              "and the translation compares nothing: keep the comparison (the amount alone says "
                              "another limit); if it says it in other words, a reviewer confirms them with "
                              "edu-ok:comparison")
    assert run(src, tr, flags={"edu-ok:comparison"}) == []
    # no amount compared: a wording's, not a threshold ("Read more" may be "Lea")
    assert run("Ask your care team for more information.", "Pida información a su equipo médico.") == []


def test_a_translation_may_not_write_a_dose_ismp_forbids_and_no_flag_lets_it_through() -> None:
    src = "Check the dose: each syringe holds 0.67 mL, which is 100 mg."
    tr = "Revise: cada jeringa tiene .67 mL y 100.0 mg."
    (finding,) = run(src, tr)
    assert finding == Finding("dose-notation", "error", 'no leading zero in ".67 mL": write "0.67 mL"; trailing zero '
                              'in "100.0 mg": write "100 mg" (a dose written so is misread tenfold: on the Joint '
                              "Commission's \"Do Not Use\" list)")
    assert [f.code for f in run(src, tr, flags={"edu-ok:dose-notation"})] == ["dose-notation", "flag"]
    # the source's own notation copied is the author's to fix (a warning at the handout's line)
    assert run("Give 1.0 mg.", "Dé 1.0 mg.") == []


def test_a_look_alike_letter_in_a_latin_word_is_named() -> None:
    """"Nо" with a Cyrillic о said only that the negation was lost, while the translator sees "No"."""
    found = run("Do not shake it.", "Nо la agite.")
    assert [f.code for f in found] == ["mixed-script", "negation"]
    assert found[0].message == ('mixed-script word: "Nо" has U+043E CYRILLIC SMALL LETTER O (not the Latin \'o\'), '
                                "which the page shows as a Latin letter but a search, a screen reader and the checks "
                                'read as another word; retype "No" with your keyboard\'s Latin layout')
    assert run("Take the medicine.", "Примите лекарство.", lang="ru") == []  # a word all in Cyrillic


def test_the_page_words_values_keep_their_order_unless_a_reviewer_confirms_another() -> None:
    """"Página %(pages)s de %(page)s" printed "Página 2 de 1" on every page."""
    (finding,) = run("Page %(page)s of %(pages)s", "Página %(pages)s de %(page)s")
    assert finding.code == "order" and "%(page)s, %(pages)s in the source; %(pages)s, %(page)s here" in finding.message
    assert [f.code for f in run("Page %(page)s of %(pages)s", "%(pages)s ページ中 %(page)s ページ", lang="ja",
                                flags={"edu-ok:order"})] == ["length"]  # (CJK says more per character)


def test_a_link_the_page_would_not_render_is_an_error() -> None:
    """"\\[Nuestra hoja](anakinra-risks.md#…)" has the link's target and brackets, so the regex-based
    checks passed, and the page printed the brackets and the address as words."""
    src = "[Our handout on the risks](anakinra-risks.md#when) has the full lists."
    (finding,) = run(src, "\\[Nuestra hoja sobre los riesgos](anakinra-risks.md#when) tiene las listas completas.")
    assert finding == Finding("link", "error", "anakinra-risks.md#when is a link in the source but not on the "
                              "translation's page, which prints the brackets and the address as words: write each "
                              "link as the source does, [words](address), with no backslash before the bracket")
    # an escape the translator needs for a literal character is fine
    assert run("Use the * key. Read [this](a.md).", "Use la tecla \\*. Lea [esto](a.md).") == []


def test_every_format_character_is_flagged_unless_writing_needs_it() -> None:
    """Unicode's format characters (Cf): each is an invisible slip, or on the list of those a language,
    an emoji or another check needs (prose.INVISIBLE), so a new one cannot slip through unnoticed."""
    import sys
    import unicodedata

    from edu.prose import BIDI_CONTROL, INVISIBLE

    needed = {0x200C, 0x200D, 0x200E, 0x200F, 0x061C, *range(0x0600, 0x0606), 0x06DD, 0x070F, 0x0890, 0x0891,
              0x08E2, 0x110BD, 0x110CD, *range(0x13430, 0x13440), *range(0x1BCA0, 0x1BCA4)}
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if unicodedata.category(char) == "Cf" and code not in needed and not BIDI_CONTROL.match(char):
            assert INVISIBLE.match(char), f"U+{code:04X} {unicodedata.name(char, '')}"
    assert not any(INVISIBLE.match(chr(code)) for code in needed)
    for char in "\u034f\u115f\u1160\u17b4\u17b5\u3164\uffa0":  # invisible, though not format characters
        assert INVISIBLE.match(char)
    assert not INVISIBLE.search("\ufe0f\U000e0100\u180b")  # variation selectors: emoji, CJK, Mongolian


# --- the registry -----------------------------------------------------------------------------------


def test_every_check_is_named_after_a_known_code() -> None:
    for check in checks.CHECKS:
        code = check.__name__.removeprefix("check_").replace("_", "-")
        assert code in SEVERITY, check.__name__


@pytest.mark.parametrize(
    ("code", "severity"),
    [("placeholder", "error"), ("number", "error"), ("link", "error"), ("markup", "error"),
     ("html", "error"), ("bidi", "error"), ("invisible-number", "error"), ("spanish-punct", "error"),
     ("dose-notation", "error"), ("mixed-script", "error"), ("order", "error"), ("comparison", "error"),
     ("empty", "error"), ("fact-number", "error"), ("invisible", "warning"),
     ("identical", "warning"), ("length", "warning"), ("whitespace", "warning"),
     ("end-punct", "warning"), ("obsolete", "warning")],
)  # fmt: skip
def test_severity(code: str, severity: str) -> None:
    assert SEVERITY[code] == severity


# --- catalogs -------------------------------------------------------------------------------------

PO = textwrap.dedent(
    """\
    msgid ""
    msgstr ""
    "Content-Type: text/plain; charset=UTF-8\\n"
    "Language: es\\n"
    "Plural-Forms: nplurals=2; plural=(n != 1);\\n"

    #: content/en/anakinra.md:3
    msgid "Take 100 mg once a day."
    msgstr "Tome 10 mg una vez al día."

    #: content/en/anakinra.md:5
    msgid "Keep it in the fridge."
    msgstr "Guárdelo en el refrigerador."

    #, fuzzy
    #| msgid "Do you have a cough?"
    msgid "Do you have a fever?"
    msgstr "Tiene tos?"

    msgid "Wash your hands."
    msgstr ""

    #, edu-ok:number
    msgid "Use 1 syringe."
    msgstr "Use una jeringa."

    #, python-brace-format
    msgid "{count} dose"
    msgid_plural "{count} doses"
    msgstr[0] "{count} dosis"
    msgstr[1] "{cuenta} dosis"

    #~ msgid "Old text."
    #~ msgstr "Texto viejo."
    """
)


def read(po: str) -> Catalog:
    return read_po(io.BytesIO(po.encode("utf-8")), abort_invalid=True)


def line_of(text: str) -> int:
    """1-based line of the first line in PO that contains ``text``."""
    return next(n for n, line in enumerate(PO.splitlines(), 1) if text in line)


def test_catalog_reports_each_problem_at_its_msgid_line() -> None:
    found = check_catalog(read(PO), source_lang="en", lang="es")
    assert [(line, f.code, f.severity) for line, f in found] == [
        (line_of('msgid "Take 100 mg'), "number", "error"),
        (line_of('msgid "Do you have a fever?"'), "fuzzy", "error"),
        (line_of('msgid "Do you have a fever?"'), "spanish-punct", "error"),
        (line_of('msgid "Wash'), "untranslated", "error"),
        (line_of('msgid "{count} dose"'), "placeholder", "error"),
        (line_of('#~ msgid "Old'), "obsolete", "warning"),
    ]
    assert line_of('msgid "Take 100 mg') == 8  # the lines are real: the header takes the first seven


def test_unpublished_catalog_turns_untranslated_and_fuzzy_into_warnings() -> None:
    found = check_catalog(read(PO), source_lang="en", lang="es", published=False)
    severity = {f.code: f.severity for _, f in found}
    assert severity == {
        "number": "error",
        "fuzzy": "warning",
        "spanish-punct": "error",
        "untranslated": "warning",
        "placeholder": "error",
        "obsolete": "warning",
    }


def test_flags_cannot_silence_untranslated_or_fuzzy() -> None:
    po = PO.replace("#, fuzzy\n", "#, fuzzy, edu-ok:fuzzy\n").replace(
        'msgid "Wash', '#, edu-ok:untranslated\nmsgid "Wash'
    )
    found = [(f.code, f.severity) for _, f in check_catalog(read(po), source_lang="en", lang="es")]
    assert ("fuzzy", "error") in found
    assert ("untranslated", "error") in found
    assert found.count(("flag", "warning")) == 1  # on the fuzzy entry; the empty one is not checked


def test_findings_are_one_line() -> None:
    (finding,) = run("Take {n:x} now.", "Tome {n:\n} ya.", flags={"edu-ok:whitespace"})
    assert finding.code == "placeholder"
    assert "{n:\\n}" in finding.message


def test_header_only_catalog_is_clean() -> None:
    header = PO.split("\n\n")[0] + "\n"
    assert check_catalog(read(header), source_lang="en", lang="es") == []


# --- properties -----------------------------------------------------------------------------------

text = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")) | st.sampled_from("*_`[]()!?¿¡{}<>#-.,%"),
    max_size=60,
)


@settings(deadline=None, max_examples=300)
@given(text)
@example("Take 1\u00ad0 mg.")  # no source has it (segmenting refuses it), and it is not added
def test_a_text_is_a_faithful_translation_of_itself(src: str) -> None:
    assume(src.strip())
    assert [f for f in run(src, src, lang="en") if f.severity == "error"] == []


@settings(deadline=None)
@given(st.integers(0, 10**6), st.sampled_from("\u00ad\u200b\u2060\ufeff\u2062\u180e\U000e0031"), st.data())
def test_an_invisible_character_anywhere_in_or_beside_a_number_is_one_error(number: int, char: str,
                                                                           data: st.DataObject) -> None:
    written = f"{number:,}"
    at = data.draw(st.integers(0, len(written)))
    findings = run(f"Take {written} mg.", f"Tome {written[:at]}{char}{written[at:]} mg.")
    assert [(f.code, f.severity) for f in findings] == [("invisible-number", "error")]


numbers = st.decimals(min_value=-(10**7), max_value=10**7, places=3, allow_nan=False)


@settings(deadline=None)
@given(numbers, st.sampled_from(["ES", "US", "MX"]))
def test_cldr_formatted_numbers_match_across_locales(value: Decimal, territory: str) -> None:
    src = f"Take {format_decimal(value, locale='en_US')} today."
    tr = f"Tome {format_decimal(value, locale=f'es_{territory}')} hoy."
    assert run(src, tr, territory=territory) == []
    if value:
        wrong = f"Tome {format_decimal(value * 10, locale=f'es_{territory}')} hoy."
        assert codes(src, wrong, territory=territory) == ["number"]


@pytest.mark.parametrize("territory", ["US", "ES", "MX"])
@pytest.mark.parametrize(
    ("amount", "unit"),
    [(100, "mass-milligram"), (0.5, "volume-milliliter"), (37.5, "temperature-celsius"),
     (8, "duration-hour"), (250, "mass-microgram"), (2.5, "mass-gram")],
)  # fmt: skip
def test_cldr_formatted_units_match_across_locales(amount: float, unit: str, territory: str) -> None:
    src = f"Use {format_unit(amount, unit, length='short', locale='en_US')} today."
    tr = f"Use {format_unit(amount, unit, length='short', locale=f'es_{territory}')} hoy."
    assert run(src, tr, territory=territory) == []


@pytest.mark.parametrize("territory", ["US", "ES"])
def test_cldr_formatted_percent_matches(territory: str) -> None:
    src = f"About {format_percent(0.71, locale='en_US')} of people."
    tr = f"Cerca del {format_percent(0.71, locale=f'es_{territory}')} de las personas."
    assert run(src, tr, territory=territory) == []
    assert re.search(r"71\s?%", tr)


def test_a_projects_unit_words_count_as_the_unit_and_nothing_else() -> None:
    """[tool.edu.units] mg = ["ملغ"]: an Arabic translation may write the unit in Arabic (and the
    number in Arabic-Indic digits); another number or unit is still an error."""
    units = (("ملغ", "mg"),)

    def number(tr: str, extra: tuple[tuple[str, str], ...] = units) -> list[str]:
        return [f.message for f in check_message("Take 100 mg once a day.", tr, source_lang="en", lang="ar",
                                                  units=extra) if f.code == "number"]

    assert number("خذ 100 ملغ مرة واحدة في اليوم.") == []
    assert number("خذ ١٠٠ ملغ مرة واحدة في اليوم.") == []
    assert number("خذ 100 ملغ مرة واحدة في اليوم.", ()) != []  # not a unit without the project's word
    assert number("خذ 10 ملغ مرة واحدة في اليوم.") != []
    assert "[tool.edu.units]" not in number("خذ 10 ملغ مرة واحدة في اليوم.")[0]  # another dose: no such hint
    assert number("خذ 100 مل مرة واحدة في اليوم.") != []


@pytest.mark.parametrize(("lang", "src", "tr", "said"), [
    ("ar", "What is anakinra?", "ما هو أناكينرا؟", None),  # the Arabic question mark is a question mark
    ("ar", "What is anakinra?", "ما هو أناكينرا?", "the translation ends with the Latin '?'; Arabic script writes '؟'"),
    ("ar", "Rest.", "استرح؟", "the source ends with '.' but the translation with '؟'"),
    ("fa", "Why?", "چرا؟", None),
    ("zh", "What is it?", "这是什么？", None),
    ("zh", "Rest.", "休息。", None),
    ("zh", "Do this:", "这样做：", None),
    ("zh", "Rest.", "休息", "the source ends with '.' but the translation with no punctuation"),
    ("hi", "Rest.", "आराम करें।", None),
    ("es", "Is it safe?", "¿Es seguro?", None),
])
def test_other_scripts_end_a_sentence_with_their_own_marks(lang: str, src: str, tr: str, said: str | None) -> None:
    found = [f.message for f in check_message(src, tr, source_lang="en", lang=lang) if f.code == "end-punct"]
    assert (found == []) if said is None else (len(found) == 1 and found[0].startswith(said)), found
