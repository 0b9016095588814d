"""The sequence check's events, per language, and which a text names (sequenceorder.py reads the order of two of
them): the events a handout sequences: eating (a meal, food), taking a dose, an injection, washing (a shower, a
bath), surgery, sleep, exercise (a walk), a test (and a blood draw: "get your blood drawn", "le sacarán sangre",
"tirar sangue", "prise de sang", "lấy máu"), taking out (of the refrigerator, of the box: "Take the syringe out
of", "Saque la jeringa del", "Tire a seringa da", "Sortez la seringue du", "Lấy bơm tiêm ra"; a Portuguese
"tirar" of anything but what no one takes out, "tire suas dúvidas", "tirar uma foto", or a thing that names an
event of its own, "tirar sangue", "tirar a temperatura") and a measurement (temperature, blood sugar, blood
pressure; not "room temperature"). A "take" is a dose only where what it takes names no event of its own (then
it is that event, by a rule, not a list: "take your temperature", "take a walk", "take a lab test", "tome la
temperatura", "tome una caminata", "tome banho", "prenez votre glycémie"; "take a sleeping pill" is a dose) and
is none of the things a "take" takes that are no dose ("take a sip of water", "take care", "tomar el sol",
"tomar aire", "tome en cuenta", "tómese su tiempo", "tome cuidado", "prendre l'air", "prenez rendez-vous", "uống
nước": drink water), nor a take of a length of time ("It takes 2 hours to work", "toma unos 10 minutos", "cela
prend environ 10 minutes", "toma cerca de 10 minutos"; "Take 30 minutes before breakfast" is a dose), and "take
your blood pressure medicine" is a dose, "tome la presión" a measurement; "take … out" is taking out.
"""

from __future__ import annotations

import re
from functools import cache

from . import langtag
from .prose import MASK

# A medicine for blood pressure or sugar, for sleep, a dose of a test ("take your blood pressure medicine", "take a
# sleeping pill", "take a test dose"): a dose, no measurement, sleep or test
_MEDICINE_EN = r"(?!\s+(?:medicines?|medications?|meds|pills?|tablets?|capsules?|drugs?|doses?|aids?))"
# The words that may stand between a "take" ("tomar", "prendre", "uống": drink, "tirar") and what it takes
# ("take your", "take a short", "tome la", "prenez votre", "uống một ngụm")
_TAKEN_BY = {
    "en": r"(?:your|a|an|the|his|her|their|its|my|some|short|quick|long|warm|hot|cool|deep|few|little|good|extra"
          r"|great|pregnancy|blood)\s+",
    "es": r"(?:la|el|los|las|un|una|unos|unas|su|sus|mucha|mucho|más|algo\s+de|un\s+poco\s+de|breve|corta"
          r"|profunda)\s+",
    "pt": r"(?:a|o|as|os|um|uma|sua|seu|suas|seus|muita|muito|mais)\s+",
    "fr": r"(?:(?:votre|vos|la|le|les|une|un|des|du|de\s+la|sa|son|ses|grande|profonde|bonne)\s+"
          r"|(?:de\s+)?l[’']|d[’'])",
    "vi": r"(?:nhiều|thêm|đủ|ít|một|ngụm|cốc|ly|chai|tách)\s+",
}
# What a take takes that is no dose and names no event of its own ("take care", "take a photo", "tomar el sol",
# "tome cuidado", "prenez rendez-vous", "uống nước"); a take of a thing that names an event of its own is that
# event, read by the rule below (_OWN_EVENT), and of a length of time no dose (_TAKES_TIME)
_NO_DOSE = {
    "en": r"naps?|breaks?|rest|breaths?|seat|notes?|care|time|place|part|look|off|photos?|pictures?|precautions?"
          r"|steps|action|decisions?|advantage|into\s+account|it\s+easy|turns|charge|minutes?|moments?|sips?"
          r"|drinks?|glass|samples?|bus|buses|taxi|trips?|stairs|class(?:es)?|blood(?!\s+(?:thinners?|pressure|sugar))",
    "es": r"presión|tensión|baño|sol|aire|descanso|asiento|notas?|agua|líquidos?|bebidas?|alcohol|café|leche|té"
          r"|jugos?|decisión|medidas|precauciones|en\s+cuenta|en\s+consideración|cuidado|siesta|respiraci(?:ón|ones)"
          r"|conciencia|tiempo|momento|parte|fotos?|fotografías?|autobús|taxi|muestras?|iniciativa|vasos?|sorbos?"
          r"|con\s+calma|control|refrigerio",
    "pt": r"pressão|sol|ar|notas?|cuidado|água|líquidos?|bebidas?|álcool|café|leite|chá|sucos?|decisão|medidas"
          r"|precauções|fôlego|conta|em\s+conta|em\s+considera[çc][ãa]o|consciência|conhecimento|tempo|ônibus|susto"
          r"|posse|parte|iniciativa|goles?|copos?|fotos?",
    "fr": r"air|soleil|rendez-vous|soin|notes?|pause|repos|décision|mesures|précautions|temps|inspiration"
          r"|respiration|place|contact|conseils?|garde|part|photos?|en\s+compte|en\s+charge|connaissance|bus|taxi"
          r"|escaliers|habitude|eau|verres?",
    "vi": r"nước|rượu|bia|cà\s+phê|sữa|trà|đồ\s+uống",
}
_NOT_A_DOSE = {code: rf"\s+(?:{_TAKEN_BY[code]}){{0,3}}(?:{things})\b" for code, things in _NO_DOSE.items()}
# A "take" of a length of time, in the forms a length takes ("It takes 2 hours to work", "takes about 10
# minutes", "may take a few days", "toma unos 10 minutos", "puede tomar hasta 2 semanas", "cela prend environ 10
# minutes", "toma cerca de 10 minutos"; Portuguese "leva", "demora" and Vietnamese "mất" are no take): how long
# something lasts, no dose ("Take 30 minutes before breakfast", "Tómela 30 minutos antes",
# "À prendre 30 minutes avant" are doses)
_SPAN = {
    "en": r"seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|while|longer",
    "es": r"segundos?|minutos?|min|horas?|días?|semanas?|meses|mes|rato",
    "pt": r"segundos?|minutos?|min|horas?|dias?|semanas?|meses|mês",
    "fr": r"secondes?|minutes?|min|heures?|jours?|semaines?|mois",
}
_SPAN_WORDS = {  # the words that may stand between the take and its length ("about 10", "up to 2", "a few")
    "en": r"about|around|roughly|approximately|up|to|at|least|most|less|more|than|over|only|just|a|an|few|several"
          r"|some|many|one|two|three|four|five|six|ten|or",
    "es": r"unos|unas|un|una|alrededor|de|hasta|al|menos|por|lo|aproximadamente|cerca|más|solo|sólo|varios"
          r"|varias|algunos|algunas|pocos|pocas|dos|tres|o|a|y",
    "pt": r"uns|umas|um|uma|cerca|em|torno|de|até|pelo|menos|aproximadamente|mais|só|apenas|vários|várias"
          r"|alguns|algumas|poucos|poucas|dois|duas|três|ou|a|e",
    "fr": r"environ|à|peu|près|jusqu[’']à|au|moins|plus|de|quelques|plusieurs|une?|deux|trois|ou",
}
_SPAN_TAKE = {
    "en": r"takes|took|(?:" + "|".join(rf"(?<=\b{word} )" for word in ("may", "might", "can", "could", "will",
                                                                        "would", "does", "did", "it", "usually",
                                                                        "often")) + ")take",
    "es": r"toma|tomará|tomaría|tomó|tomaba|(?:(?<=\bpuede )|(?<=\bpodría )|(?<=\bsuele )|(?<=\bva a ))tomar",
    "pt": r"toma|tomará|tomaria|tomou|tomava|(?:(?<=\bpode )|(?<=\bpoderá )|(?<=\bcostuma )|(?<=\bvai ))tomar",
    "fr": r"prend|prennent|prendra|prendront|prendrait|(?:(?<=\bpeut )|(?<=\bpeuvent ))prendre",
}
_TAKES_TIME = {code: rf"(?:{_SPAN_TAKE[code]})(?:\s+(?:{_SPAN_WORDS[code]}|\d+(?:[.,]\d+)?(?:-\d+)?|{MASK}))"
                     rf"{{0,4}}\s+(?:{span})\b" for code, span in _SPAN.items()}
# What a Portuguese "tirar" takes that it does not take out ("tire suas dúvidas" clears them up, "tirar uma foto"
# takes a photo, "tirar sangue" draws blood, "tirar a pressão" measures it; "tirar a temperatura" names an event
# of its own, _OWN_EVENT): anything else it takes out ("tire a seringa", "tire o Kineret da geladeira")
_NOT_TAKEN_OUT_PT = (r"(?:\s+[^\W\d_]+)?\s+(?:dúvidas?|fotos?|fotografias?|retratos?|cópias?|proveito|conclus(?:ão|ões)"
                     r"|férias|licença|folga|tempo|sangue|press[ãa]o|notas?)\b")
_OUT_EN = r"(?:\s+[\w'’-]+){0,3}?\s+out\b"  # "take the syringe out": taking out, no dose
# Each event in each language, lowercase (the text is read lowercased); a word of the list names it. Not
# in another sense a dose sentence may give it: "il lit" (reads: "au lit" is bed), "en coma", "sleepy",
# "a clean towel" ("clean the skin" washes), "the injector" (a pen), "acostumbrarse", "a prueba de niños",
# "un trago" (a sip), "tomate", "mangue", "lavement", "nhân viên" (staff: "1 viên" is a tablet)
_OWN_EVENTS: dict[str, dict[str, str]] = {
    "meal": {
        "en": r"food|meals?|eat|eats|eating|eaten|ate|breakfast|lunch|dinner|supper|snacks?",
        "es": r"comidas?|comer|(?<!\ben )(?<!\bun )(?<!\bel )coma|come|comido|alimentos?|desayun\w*|almuerzo|almorzar"
              r"|cen(?:a|as|ar|e|en|ado)|merienda",
        "pt": r"comida|comer|(?<!\bem )(?<!\bum )(?<!\bo )coma|come|comido|alimentos?|refeiç(?:ão|ões)|almoço|almoçar"
              r"|jantar|lanche|café\s+da\s+manhã",
        "fr": r"nourriture|aliments?|repas|mang(?:e|es|ent|er|ez|eons|eant|é|ée|és|ées)"
              r"|petit[- ]déjeuner|déjeuner|dîner|collation",
        "vi": r"ăn|bữa",
    },
    "measuring": {  # "Take your temperature", "Tómese la temperatura" (not the room's: "temperatura ambiente")
        "en": rf"temperature(?<!room temperature)|blood\s+(?:pressure|sugar|glucose){_MEDICINE_EN}|pulse",
        "es": r"temperatura(?!\s+ambiente)|(?:presi[óo]n|tensi[óo]n)\s+arterial|glucosa|glucemia"
              r"|(?<!\bsin )az[úu]car|pulso"
              r"|(?:tom|tóm|mid|míd|med|control|revis)\w*\s+(?:(?:la|su)\s+)?(?:presi[óo]n|tensi[óo]n)",
        "pt": r"temperatura(?!\s+ambiente)|press[ãa]o\s+arterial|glicemia|glicose|pulso"
              r"|(?:tom|tir|med|meç|verifi)\w*(?:-\w+)?\s+(?:(?:a|sua)\s+){0,2}press[ãa]o",
        "fr": r"température(?!\s+ambiante)|tension(?:\s+artérielle)?|pression\s+artérielle|glycémie|pouls",
        "vi": r"nhiệt\s+độ(?!\s+phòng)|huyết\s+áp|đường\s+huyết",
    },
    "injection": {
        "en": r"inject(?!ors?\b)\w*|shots?|vaccin\w*",
        "es": r"inyect(?!or(?:es)?\b)\w*|inyéct\w*|inyecci\w*|pinchazo|vacun\w*",
        "pt": r"injet(?!or(?:es)?\b)\w*|injeç\w*|vacin\w*",
        "fr": r"inject(?!eurs?\b)\w*|piqûres?|vaccin\w*",
        "vi": r"(?<!bơm )(?<!ống )(?<!kim )(?<!bút )tiêm|(?<!ống )chích",  # not "bơm tiêm" (a syringe)
    },
    "washing": {  # and a shower or a bath ("take a shower", "tome una ducha", "tomar banho")
        "en": r"wash\w*|clean(?:s|ed|ing)|clean(?=\s+(?:the|your|it|them|this|that|each|all|off|up|with|around)\b)"
              r"|shower(?:s|ed|ing)?|bath|baths|bathe[sd]?|bathing",
        "es": r"l[aá]v[aeáé]\w*|limpi(?:e|ar|ando)\w*|límpi[ae]\w*|duch\w*|dúch\w*|bañ(?:ar|arse|e|ese|en|ándose)"
              r"|báñe\w*|(?<=\bun )baño",
        "pt": r"lav[ae]\w*|limp(?:e|ar|ando|eza)\w*|banhos?|banh(?:ar|e|ando)\w*|chuveiro",
        "fr": r"(?!lavements?\b)lav[eé]\w*|nettoy\w*|douches?|bains?",
        "vi": r"rửa|lau|tắm",
    },
    "surgery": {
        "en": r"surgery|operation|procedure",
        "es": r"cirugía|operaci[óo]n|intervenci[óo]n|procedimiento",
        "pt": r"cirurgia|operação|procedimento",
        "fr": r"chirurgie|opération|intervention",
        "vi": r"phẫu\s+thuật|mổ|thủ\s+thuật",
    },
    "sleep": {
        "en": r"bed|bedtime|sleep(?:s|ing)?|slept|asleep",
        "es": r"dormir|duerm[ae]\w*|(?!acostumbr)acost\w*|acuést\w*|cama",
        "pt": r"dormir|deitar\w*|cama",
        "fr": r"dormir|coucher|couchez"
              r"|(?:(?<=\bau )|(?<=\bdu )|(?<=\bun )|(?<=\bce )|(?<=\bvotre ))lit",  # not "il lit"
        "vi": r"ngủ",
    },
    "exercise": {  # and a walk ("take a walk", "salga a caminar")
        "en": r"exercis\w*|workouts?|walk|walks|walking",
        "es": r"ejercicio\w*|camin(?:ar|e|en|ata|atas|ando)|paseo|pasear",
        "pt": r"exercício\w*|caminh(?:ar|e|ada|adas|ando)",
        "fr": r"exercice\w*|sports?|marcher|marchez|promen\w*",
        "vi": r"tập\s+thể\s+dục|tập\s+luyện|đi\s+bộ|đi\s+dạo",
    },
    "test": {
        "en": r"tests?|blood\s+draws?|labs?|blood\s+(?:(?:is|was|will\s+be|being)\s+)?(?:drawn|taken)"
              r"|blood\s+(?:work|samples?)|bloodwork|(?:draw|draws|drawing|drew|take|takes|taking|took)"
              r"\s+(?:(?:your|some|a\s+little|a)\s+)?blood(?!\s+(?:thinners?|pressure|sugar))",
        "es": r"análisis|(?<!\ba )prueba\w*|extracci[óo]n\s+de\s+sangre|muestras?\s+de\s+sangre"
              r"|(?:s[aá]c|saqu|extra[eií])\w*(?:\s+(?:una|un\s+poco\s+de|algo\s+de|muestras?\s+de)){0,2}\s+sangre",
        "pt": r"exames?|testes?|coleta|amostras?\s+de\s+sangue"
              r"|(?:(?:re)?tir|colh|extra)\w*(?:\s+(?:um\s+pouco\s+de|uma\s+amostra\s+de))?\s+sangue",
        "fr": r"analyses?|examens?|prises?\s+de\s+sang|bilans?|prélèvements?"
              r"|prélev\w*\s+(?:du|le|un\s+peu\s+de)\s+sang",
        "vi": r"xét\s+nghiệm|lấy\s+(?:máu|mẫu)|thử\s+máu",
    },
}
# A take (or a "tirar") of a thing that names an event of its own is that event, no dose nor a taking out ("take
# a shower", "take your temperature", "take a lab test", "tome una caminata", "tome algo de comida", "prenez votre
# glycémie", "tirar a temperatura"), unless the thing is a medicine for it ("take a sleeping pill")
_OWN_EVENT = {code: rf"\s+(?:{by}){{0,3}}\b(?:{'|'.join(words[code] for words in _OWN_EVENTS.values())})\b"
                    + (_MEDICINE_EN if code == "en" else "") for code, by in _TAKEN_BY.items()}
_NO_DOSE_TAKEN = {code: f"{_NOT_A_DOSE[code]}|{_OWN_EVENT[code]}" for code in _NOT_A_DOSE}
_EVENTS: dict[str, dict[str, str]] = {
    **_OWN_EVENTS,
    "dose": {
        "en": rf"(?!{_TAKES_TIME['en']})"
              rf"(?<!\bblood )(?<!\bblood be )(?<!\bblood will be )(?:take|takes|taking|took|taken)"
              rf"(?!{_NO_DOSE_TAKEN['en']}|{_OUT_EN})|doses?|swallow\w*|tablets?|pills?|capsules?",
        "es": rf"(?!{_TAKES_TIME['es']})"
              rf"(?:(?!tomates?\b)tom[ae]\w*|tóm[ae]\w*)(?!{_NO_DOSE_TAKEN['es']})|dosis|(?<!\bun )(?<!\bcon )trag\w*"
              r"|tabletas?|pastillas?|comprimidos?|cápsulas?",
        "pt": rf"(?!{_TAKES_TIME['pt']})(?!tomates?\b)tom[ae]\w*(?!{_NO_DOSE_TAKEN['pt']})|dose|doses|engol\w*"
              r"|comprimidos?|pílulas?|cápsulas?",
        "fr": rf"(?!{_TAKES_TIME['fr']})"
              rf"(?:pren\w*|pris)(?!{_NO_DOSE_TAKEN['fr']})|dose|doses|aval(?:e|é|er|ez|ant)\w*|comprimés?|cachets?"
              r"|gélules?",
        "vi": rf"uống(?!{_NO_DOSE_TAKEN['vi']})|liều|(?<!nhân )(?<!sinh )(?<!thành )(?<!hội )(?<!giáo )(?<!học )viên",
    },
    "taking out": {  # of the refrigerator, of the box ("Take the syringe out of", "Saque la jeringa del")
        "en": rf"(?:take|takes|taking|took|taken)(?={_OUT_EN})|remov(?:e|es|ed|ing)",
        "es": r"(?:s[aá]qu(?:e|en|es)|sac(?:ar|a|an|as|ad[oa]s?|ó|ando)|retir(?:e|en|ar|a|ad[oa]s?|ó|ando)"
              r"|retír(?:e|en)|quit(?:e|en|ar|ando)|quít(?:e|en))(?:l[oa]s?|se)?(?!\s+(?:una\s+muestra\s+de\s+)?sangre\b)",
        "pt": r"(?:retir(?:e|em|ar|ou|ad[oa]s?|ando|á)|remov(?:a|am|er|endo|id[oa]s?))(?:-(?:[ao]s?|l[ao]s?))?"
              rf"(?!\s+(?:uma\s+amostra\s+de\s+)?sangue\b)|tir(?:e|em|ar|ou|ad[oa]s?|ando|á)"
              rf"(?!{_NOT_TAKEN_OUT_PT}|{_OWN_EVENT['pt']})",
        "fr": r"(?:sort(?:ez|ir|ant|i|ie|is|ies)|retir(?:ez|er|ant|é|ée|és|ées)|enlev(?:ez|er|ant|é|ée|és|ées))"
              r"(?:-(?:la|le|les))?",
        "vi": r"lấy(?!\s+(?:máu|mẫu))(?:\s+[^\W\d_]+){0,4}?\s+ra|tháo",  # (not "lấy máu ra": a blood draw)
    },
}
@cache
def _events(lang: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    code = langtag.primary(lang)
    return tuple((event, re.compile(rf"\b(?:{words[code]})\b")) for event, words in _EVENTS.items()
                 if code in words)


def named(text: str, lang: str) -> frozenset[str]:
    """The events of the lists that ``text`` (lowercase) names."""
    return frozenset(event for event, pattern in _events(lang) if pattern.search(text))


def reads(lang: str) -> bool:
    """Whether ``lang`` has lists of events."""
    return bool(_events(lang))
