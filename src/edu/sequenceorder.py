"""QA, the sequence check's order of events: whether a translation that says "after" where its source
says "before" (or the reverse) turned the sentence round and kept which event comes first.

"Wash your hands before you inject" is "Después de lavarse las manos, inyéctese" (after washing,
inject) and "Inyéctese después de lavarse las manos": "X before Y" is "after X, Y" and "Y after X".
What the before or the after is said of (its complement: from it to the end of its clause) is then the
other event: the washing, said in the source's main clause, is in the translation's complement, and
the injection the other way round. "Lávese las manos después de inyectarse" keeps the injection in
the complement: the order changed, an error.

Which event is which is read from a short list of the events a handout sequences, in each language:
eating (a meal, food), taking a dose, an injection, washing (a shower, a bath), surgery, sleep,
exercise (a walk), a test (and a blood draw: "get your blood drawn", "le sacarán sangre", "tirar
sangue", "prise de sang", "lấy máu"), taking out (of the refrigerator, of the box: "Take the syringe out
of", "Saque la jeringa del", "Tire a seringa da", "Sortez la seringue du", "Lấy bơm tiêm ra"; a
Portuguese "tirar" only of a thing that is taken out: "tire suas dúvidas", "tirar uma foto" are not) and
a measurement (temperature, blood sugar, blood pressure; not "room temperature"). A "take" is a dose
only where what it takes is none of the things a "take" takes that are no dose ("take your
temperature", "take a walk", "take a sip of water", "take care", "tome la temperatura", "tomar el sol",
"tomar aire", "tome en cuenta", "tómese su tiempo", "tome banho", "tome cuidado", "prenez votre
température", "prendre l'air", "prenez rendez-vous", "uống nước": drink water), nor a take of a length of
time ("It takes 2 hours to work", "toma unos 10 minutos", "cela prend environ 10 minutes", "toma cerca de 10
minutos"; "Take 30 minutes before breakfast" is a dose), and "take your blood pressure medicine" is a dose,
"tome la presión" a measurement; "take … out" is taking out. The sentence is read as turned round only
where the translation's complement names an event that only the source's main clause names and its main
clause one that only the source's complement names (and neither names one of the other side): anything
less (an event the lists lack, a before with no complement, "2 horas después", two befores in one
sentence) is not read, and the sequence check reports it as before (a reviewer confirms a rewording with
edu-ok:sequence). English, Spanish, Portuguese, French and Vietnamese.
"""

from __future__ import annotations

import re
from functools import cache

from . import langtag
from .prose import MASK

# A medicine for blood pressure or sugar ("take your blood pressure medicine"): a dose, no measurement
_MEDICINE_EN = r"(?!\s+(?:medicines?|medications?|meds|pills?|tablets?|drugs?))"
# What a "take" ("tomar", "prendre", "uống": drink) takes that is no dose, right after it or after a
# word or two ("take your temperature", "take a short walk", "tómese la temperatura", "tomar el sol",
# "tome banho", "prenez l'air", "uống nước"): the thing taken names its own event, or none
_NOT_A_DOSE = {
    "en": r"\s+(?:(?:your|a|an|the|his|her|their|its|my|some|short|quick|long|warm|hot|cool|deep|few|little|good"
          r"|extra|great|pregnancy|blood)\s+){0,3}"
          rf"(?:temperature|blood\s+(?:pressure|sugar){_MEDICINE_EN}|pulse|showers?|baths?|walks?|naps?|breaks?|rest|breaths?"
          r"|seat|notes?|care|time|place|part|look|off|photos?|pictures?|precautions?|steps|action|decisions?"
          r"|advantage|into\s+account|it\s+easy|turns|charge|minutes?|moments?|sips?|drinks?|glass|samples?"
          r"|bus|buses|taxi|trips?|stairs|class(?:es)?|tests?(?!\s+doses?)|blood(?!\s+(?:thinners?|pressure|sugar)))\b",
    "es": r"\s+(?:(?:la|el|los|las|un|una|unos|unas|su|sus|mucha|mucho|más|algo\s+de|un\s+poco\s+de|breve|corta"
          r"|profunda)\s+){0,2}"
          r"(?:temperatura|presión|tensión|glucosa|azúcar|pulso|ducha|baño|sol|aire|descanso|asiento|notas?"
          r"|agua|líquidos?|bebidas?|alcohol|café|leche|té|jugos?|desayuno|almuerzo|cena|merienda|decisión"
          r"|medidas|precauciones|en\s+cuenta|en\s+consideración|cuidado|siesta|respiraci(?:ón|ones)|conciencia"
          r"|tiempo|momento|parte|fotos?|fotografías?|autobús|taxi|muestras?|iniciativa|vasos?|sorbos?"
          r"|con\s+calma|control|refrigerio)\b",
    "pt": r"\s+(?:(?:a|o|as|os|um|uma|sua|seu|muita|muito|mais)\s+){0,2}"
          r"(?:temperatura|pressão|glicemia|pulso|banhos?|sol|ar|notas?|cuidado|água|líquidos?|bebidas?|álcool"
          r"|café|leite|chá|sucos?|decisão|medidas|precauções|fôlego|conta|em\s+conta|em\s+considera[çc][ãa]o|consciência|conhecimento|tempo"
          r"|ônibus|susto|posse|parte|iniciativa|goles?|copos?|fotos?|vacinas?|injeç(?:ão|ões))\b",
    "fr": r"\s+(?:(?:votre|vos|la|le|les|une|un|des|du|de\s+la|sa|son|ses|grande|profonde|bonne)\s+"
          r"|(?:de\s+)?l[’']|d[’']){0,2}"
          r"(?:température|tension|glycémie|pouls|douches?|bains?|air|soleil|rendez-vous|soin|notes?|pause"
          r"|repos|repas|collation|petit[- ]déjeuner|déjeuner|dîner|décision|mesures|précautions|temps"
          r"|inspiration|respiration|place|contact|conseils?|garde|part|photos?|en\s+compte|en\s+charge"
          r"|connaissance|bus|taxi|escaliers|habitude|eau|verres?)\b",
    "vi": r"\s+(?:(?:nhiều|thêm|đủ|ít|một)\s+)?(?:(?:ngụm|cốc|ly|chai|tách)\s+)?"
          r"(?:nước|rượu|bia|cà\s+phê|sữa|trà|đồ\s+uống)",
}
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
# A Portuguese "tirar" takes out only a thing that can be taken out ("tire a seringa da geladeira", "tire-a
# da caixa", "tirar do frasco"): "tire suas dúvidas" clears them up, "tirar uma foto" takes a photo
_TAKEN_OUT_PT = (r"(?:-(?:[ao]s?|l[ao]s?)|(?!(?:\s+[^\W\d_]+)?\s+(?:dúvidas?|fotos?|fotografias?|retratos?|cópias?)\b)"
                 r"(?=\s+d[aoe]s?\b|(?:\s+[^\W\d_]+){0,3}?\s+(?:seringas?|canetas?|frascos?|ampolas?|geladeira"
                 r"|frigorífico|refrigerador|embalage(?:m|ns)|caixas?|tampas?|agulhas?|protetor(?:es)?|capas?|capuz"
                 r"|adesivos?|curativos?|cartelas?|blíster(?:es)?|comprimidos?|cápsulas?|aplicador(?:es)?|cartuchos?"
                 r"|dispositivos?|injetor(?:es)?|luvas?|roupas?)\b))")
_OUT_EN = r"(?:\s+[\w'’-]+){0,3}?\s+out\b"  # "take the syringe out": taking out, no dose
# Each event in each language, lowercase (the text is read lowercased); a word of the list names it. Not
# in another sense a dose sentence may give it: "il lit" (reads: "au lit" is bed), "en coma", "sleepy",
# "a clean towel" ("clean the skin" washes), "the injector" (a pen), "acostumbrarse", "a prueba de niños",
# "un trago" (a sip), "tomate", "mangue", "lavement", "nhân viên" (staff: "1 viên" is a tablet)
_EVENTS: dict[str, dict[str, str]] = {
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
    "dose": {
        "en": rf"(?!{_TAKES_TIME['en']})"
              rf"(?<!\bblood )(?<!\bblood be )(?<!\bblood will be )(?:take|takes|taking|took|taken)"
              rf"(?!{_NOT_A_DOSE['en']}|{_OUT_EN})|doses?|swallow\w*|tablets?|pills?|capsules?",
        "es": rf"(?!{_TAKES_TIME['es']})"
              rf"(?:(?!tomates?\b)tom[ae]\w*|tóm[ae]\w*)(?!{_NOT_A_DOSE['es']})|dosis|(?<!\bun )(?<!\bcon )trag\w*"
              r"|tabletas?|pastillas?|comprimidos?|cápsulas?",
        "pt": rf"(?!{_TAKES_TIME['pt']})(?!tomates?\b)tom[ae]\w*(?!{_NOT_A_DOSE['pt']})|dose|doses|engol\w*"
              r"|comprimidos?|pílulas?|cápsulas?",
        "fr": rf"(?!{_TAKES_TIME['fr']})"
              rf"(?:pren\w*|pris)(?!{_NOT_A_DOSE['fr']})|dose|doses|aval(?:e|é|er|ez|ant)\w*|comprimés?|cachets?"
              r"|gélules?",
        "vi": rf"uống(?!{_NOT_A_DOSE['vi']})|liều|(?<!nhân )(?<!sinh )(?<!thành )(?<!hội )(?<!giáo )(?<!học )viên",
    },
    "taking out": {  # of the refrigerator, of the box ("Take the syringe out of", "Saque la jeringa del")
        "en": rf"(?:take|takes|taking|took|taken)(?={_OUT_EN})|remov(?:e|es|ed|ing)",
        "es": r"(?:s[aá]qu(?:e|en|es)|sac(?:ar|a|an|as|ad[oa]s?|ó|ando)|retir(?:e|en|ar|a|ad[oa]s?|ó|ando)"
              r"|retír(?:e|en)|quit(?:e|en|ar|ando)|quít(?:e|en))(?:l[oa]s?|se)?(?!\s+(?:una\s+muestra\s+de\s+)?sangre\b)",
        "pt": r"(?:retir(?:e|em|ar|ou|ad[oa]s?|ando|á)|remov(?:a|am|er|endo|id[oa]s?))(?:-(?:[ao]s?|l[ao]s?))?"
              rf"(?!\s+(?:uma\s+amostra\s+de\s+)?sangue\b)|tir(?:e|em|ar|ou|ad[oa]s?|ando|á){_TAKEN_OUT_PT}",
        "fr": r"(?:sort(?:ez|ir|ant|i|ie|is|ies)|retir(?:ez|er|ant|é|ée|és|ées)|enlev(?:ez|er|ant|é|ée|és|ées))"
              r"(?:-(?:la|le|les))?",
        "vi": r"lấy(?!\s+(?:máu|mẫu))(?:\s+[^\W\d_]+){0,4}?\s+ra|tháo",  # (not "lấy máu ra": a blood draw)
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
# The end of the clause a before or an after opens ("Antes de inyectarse, lávese las manos")
CLAUSE_END = re.compile(r"[;:()\n—–]|[,.!?](?!\d)")  # (not the mark of "2.5 mL", "2,5 ml")


@cache
def _events(lang: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    code = langtag.primary(lang)
    return tuple((event, re.compile(rf"\b(?:{words[code]})\b")) for event, words in _EVENTS.items()
                 if code in words)


def _named(text: str, lang: str) -> frozenset[str]:
    """The events of the lists that ``text`` (lowercase) names."""
    return frozenset(event for event, pattern in _events(lang) if pattern.search(text))


def _sides(text: str, part: tuple[int, int], at: int, lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """(the events of the main clause, those of the complement) of the before or after at ``at`` in
    ``part`` of ``text``: its complement runs from it to the end of its clause."""
    start, end = part
    low = text.lower()
    stop = CLAUSE_END.search(low, at, end)
    clause_end = stop.start() if stop else end
    return _named(low[start:at] + " " + low[clause_end:end], lang), _named(low[at:clause_end], lang)


def turned_round(source: str, source_part: tuple[int, int], source_at: int, source_lang: str,
                 translation: str, part: tuple[int, int], at: int, lang: str) -> bool:
    """Whether the translation's after (or before) at ``at`` is said of the event the source's main
    clause names, and its main clause names the event the source's before (or after) at
    ``source_at`` is said of: "X before Y" said as "after X, Y" or "Y after X", the same order."""
    if not _events(source_lang) or not _events(lang):
        return False
    main, said_of = _sides(source, source_part, source_at, source_lang)
    only_main, only_said_of = main - said_of, said_of - main
    if not only_main or not only_said_of:
        return False
    t_main, t_said_of = _sides(translation, part, at, lang)
    return bool(t_said_of & only_main and t_main & only_said_of and not t_said_of & only_said_of
                and not t_main & only_main)


def only(text: str, part: tuple[int, int], at: int, lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """(the events only the main clause names, those only the complement names) of the before or after at
    ``at`` in ``part`` of ``text`` ("Lávese las manos antes de la inyección": washing, the injection)."""
    main, said_of = _sides(text, part, at, lang)
    return main - said_of, said_of - main


def named(text: str, lang: str) -> frozenset[str]:
    """The events of the lists that ``text`` names (any case)."""
    return _named(text.lower(), lang)
