"""The sequence check's words (sequence.py), per language: before and after ("before meals", "2 horas
antes", "la veille", "sau bữa ăn"), both of one event ("antes y después de") and the after side said later
("y al terminar", "Wash them again after."), with food and on an empty stomach ("con alimentos", "à jeun"),
the cues of a quick look, and how a message shows each; ``lists`` compiles one language's patterns the
first time it is asked for (English, Spanish, Portuguese, French and Vietnamese; None for another)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from . import langtag
from .prose import MASK

BEFORE, AFTER, FED, EMPTY = "before", "after", "with food", "on an empty stomach"
# Both said of one event ("before and after the shot", "before or after meals"): a translation says both
BOTH, EITHER = "before and after", "before or after"

# A word of time right before "antes", "después", "après", "trước", "sau": "2 horas antes", "the day
# after", "{wait} avant" (a fact is masked), which says when without a "de" after it
_TIME = {
    "en": r"hours?|hrs?|minutes?|mins?|days?|weeks?|months?|years?|night|morning|evening",
    "es": r"horas?|h|minutos?|min|días?|dias?|semanas?|mes|meses|años?|noche|mañana|tarde",
    "pt": r"horas?|h|minutos?|min|dias?|semanas?|mês|meses|anos?|noite|manhã|tarde",
    "fr": r"heures?|h|minutes?|min|jours?|semaines?|mois|ans?|années?|nuit|matin|soir",
    "vi": r"giờ|tiếng|phút|ngày|hôm|tuần|tháng|năm|đêm",
}
# "el día anterior", "la noche siguiente": the day before and the next day (not "el paso anterior")
_DAY_ES = r"(?:día|dia|noche|mañana|tarde|semana)"
_NEXT_STEP_ES = r"(?!\s+(?:eso|esto|ello|todo)\b)"  # "después de eso": then, the next step
# Before and after, each a pattern (lowercase) whose match says when: before a thing or an event
_WHEN: dict[str, dict[str, str]] = {
    "en": {BEFORE: r"\bbefore\b(?!\s+(?:that|this|then)\s*(?:[,.;:!?]|$))|\bprior\s+to\b"
                   r"|\bthe\s+(?:previous|preceding)\s+(?:day|night|evening|morning|week)\b|\blast\s+week\b(?<!\bthe\slast\sweek)",
           AFTER: r"\bafter\b(?<!\blook after)(?<!\blooks after)(?<!\blooked after)(?<!\blooking after)"
                  r"(?<!\bnamed after)(?!\s+(?:that|this|which)\s*(?:[,.;:!?]|$)|\s+all\b|[- ]hours\b)"
                  r"|\b(?:the\s+(?:next|following)|next)\s+(?:day|night|evening|morning|week)\b"},
    "es": {BEFORE: rf"\bantes\s+(?:de|del|que)\b{_NEXT_STEP_ES}|\bprevi[oa]s?\s+a\b|\bcon\s+anterioridad\s+a\b"
                   rf"|\b{_DAY_ES}\s+(?:anterior|previ[oa])\b|\banterior(?:es)?\s+a\b|\bvísperas?\b|\bsemana\s+pasada\b",
           AFTER: rf"\b(?:después|despues|luego)\s+(?:de|del|que)\b{_NEXT_STEP_ES}|\btras\b{_NEXT_STEP_ES}"
                  r"(?!\s+otr[oa]s?\b)|\buna\s+vez\s+que\b|\bposterior(?:es|mente)?\s+a\b"
                  rf"|\b{_DAY_ES}\s+(?:siguiente|posterior|próxim[oa]|que\s+viene)\b|\b(?:próxim[oa]|siguiente)\s+{_DAY_ES}\b"
                  r"|\ba\s+continuación\s+(?:de|del)\b"},
    "pt": {BEFORE: r"\bantes\s+(?:de|do|da|dos|das|que)\b|\bprévi[oa]s?\s+a\b"
                   r"|\b(?:dia|noite|manhã|tarde|semana)\s+anterior\b|\banterior(?:es)?\s+(?:[àa]s?|aos?)\b|\bvésperas?\b"
                   r"|\bsemana\s+passada\b",
           AFTER: r"\bdepois\s+(?:de|do|da|dos|das|que)\b|\bapós\b(?!\s+(?:isso|isto)\b)"
                  r"|\b(?:dia|noite|manhã|tarde|semana)\s+(?:seguinte|que\s+vem)\b"
                  r"|\bpróxim[oa]\s+(?:dia|noite|manhã|tarde|semana)\b"},
    "fr": {BEFORE: r"\b(?:la|de\s+la|à\s+la)\s+veille\b|\bsemaine\s+dernière\b"
                   r"|\b(?:jour|nuit|soir|matin|semaine)\s+(?:précédente?|d[’']avant)\b|"
                   rf"\bavant(?<![’'-]avant)(?<!\ben avant)(?!-)\s+(?!(?:cela|ça|ceci)\b)(?=[^\W\d_]|{MASK}|\d)",
           AFTER: rf"\baprès(?<![’'-]après)(?!-)\s+(?!(?:cela|ça|ceci|quoi)\b)(?=[^\W\d_]|{MASK}|\d)"
                  r"|\bune\s+fois\s+qu|\blendemain\b|\b(?:jour|nuit|soir|matin|semaine)\s+(?:suivante?|d[’']après)\b"
                  r"|\bsemaine\s+prochaine\b|\bprochaine\s+semaine\b"},
    "vi": {BEFORE: r"\btrước\s+(?:khi|bữa|các\s+bữa|mỗi\s+(?:bữa|lần)|lúc|ăn)\b",
           AFTER: r"\bsau\s+(?:khi|bữa|các\s+bữa|mỗi\s+(?:bữa|lần)|lúc|ăn)\b|\btuần\s+tới\b"},
}
# The same words alone, which say when only after a word of time ("2 horas antes", "el día después",
# "{wait} avant"): else an adverb of the next step ("y después inyéctese", "Depois, injete")
_ALONE: dict[str, dict[str, str]] = {
    "es": {BEFORE: "antes", AFTER: r"después|despues|a\s+continuación"}, "pt": {BEFORE: "antes", AFTER: "depois"},
    "fr": {BEFORE: "avant", AFTER: "après"}, "vi": {BEFORE: "trước", AFTER: "sau"},
}
# Both of one event: the one word, "and" (or "or"), and the other said of a thing or an event ("before and
# after the shot", "antes y después de la inyección", "tanto antes como después de", "antes e depois da",
# "avant et après", "trước và sau khi tiêm"), read as a before, an after, and both
_BOTH_WORDS: dict[str, dict[str, str]] = {"en": {BEFORE: "before", AFTER: "after|afterwards?"}, **_ALONE}
_AND = {"en": "and", "es": "y|e|como", "pt": "e", "fr": "et", "vi": "và"}
_OR = {"en": "or", "es": "o|u", "pt": "ou", "fr": "ou", "vi": "hoặc|hay"}
# The after side said later, after a before and its thing (at most 60 characters of its clause: "antes de la
# inyección y al terminar", "antes de la inyección y después.", "before the shot and afterwards", "before the
# shot and after.", "antes da injeção e depois.", "avant la piqûre et à la fin", "trước khi tiêm và sau đó."):
# "and" (or a comma and "and"), maybe "again", and the after word alone at the end of its clause or a "when
# you are done" anywhere ("después" at the end of its clause only: "antes de comer y después anote" is the
# next step). Said at the end of the next sentence with an "and" or an "again" ("Wash your hands before the
# shot. Wash them again after.", "Y después.", "Vuelva a lavárselas después.", "Lave-as de novo depois.",
# "Lavez-les encore après.", "Rửa lại sau đó."), it is the after side of the before said just before it
_AFTER_END = {"en": r"after(?:wards?)?", "es": "después|despues", "pt": "depois", "fr": "après", "vi": r"sau\s+đó"}
_DONE = {
    "en": r"afterwards?\b|(?:when|once)\s+(?:you(?:\s+(?:are|have)|[’']re)?\s+)?(?:done|finished|finish)\b",
    "es": r"al\s+(?:terminar|acabar|finalizar)\w*|al\s+final\b"
          r"|cuando\s+(?:haya\s+)?(?:termine|acabe|terminado|acabado)\b",
    "pt": r"ao\s+(?:terminar|acabar)\w*|(?:no|ao)\s+final\b|quando\s+(?:terminar|acabar)\b",
    "fr": r"à\s+la\s+fin\b|quand\s+vous\s+(?:avez\s+)?(?:fini|terminé)\b",
    "vi": r"khi\s+(?:đã\s+)?xong\b",
}
_AGAIN = {
    "en": r"also|again|once\s+more",
    "es": r"también|de\s+nuevo|otra\s+vez|nuevamente|una\s+vez\s+más"
          r"|(?:vuelv|volv)\w*\s+a\s+[^\W\d_]+(?:\s+[^\W\d_]+)?",
    "pt": r"também|de\s+novo|novamente|outra\s+vez|mais\s+uma\s+vez|volt\w*\s+a\s+[^\W\d_]+(?:\s+[^\W\d_]+)?",
    "fr": r"aussi|encore|à\s+nouveau|de\s+nouveau|une\s+fois\s+de\s+plus", "vi": r"cả|lại|cũng|lần\s+nữa",
}
_CLAUSE_ENDS = r"(?=\s*(?:[.;:!?)\n]|\Z))"
_THEN_AND = {"en": "and", "es": "y|e", "pt": "e", "fr": "et", "vi": "và"}
# The after side's words, looked for where a translation says it in words not read ("Al terminar, lávelas de
# nuevo", "y otra vez más tarde"): its after words, "when you are done", "later", and "then" with an "again"
# in its sentence ("Luego, láveselas de nuevo"; "y luego inyéctese" is the next step)
# Leaving, an event that ends what a handout's before is said of ("Lávelas al salir.", "Lave-as ao sair.",
# "Lavez-les en sortant.", "Rửa tay khi ra về."): a word of time that keeps the order ("antes de salir" is a before)
_LEAVING = {
    "en": r"(?:when|as)\s+you\s+(?:leave|go\s+home)|on\s+(?:leaving|your\s+way\s+out)",
    "es": r"al\s+(?:salir|irse|marcharse|volver\s+a\s+casa)|cuando\s+(?:salga|se\s+vaya|se\s+marche)|a\s+la\s+salida",
    "pt": r"ao\s+(?:sair|ir\s+embora|voltar\s+para\s+casa)|quando\s+(?:sair|for\s+embora)|na\s+saída",
    "fr": r"en\s+(?:sortant|partant)|au\s+moment\s+de\s+(?:partir|sortir)|(?:quand|lorsque)\s+vous\s+(?:sortez|partez)"
          r"|à\s+la\s+sortie",
    "vi": r"khi\s+(?:ra\s+về|về\s+nhà|rời\s+khỏi|ra\s+khỏi)",
}
_LATER = {"en": "later", "es": r"más\s+tarde", "pt": r"mais\s+tarde", "fr": r"plus\s+tard", "vi": r"sau"}
_SIDE_WORDS = {code: {BEFORE: words[BEFORE], AFTER: f"{words[AFTER]}|{_DONE[code]}|{_LATER[code]}"} for code, words
               in _BOTH_WORDS.items()}
_THEN = {"en": "then", "es": "luego", "pt": r"em\s+seguida", "fr": "ensuite", "vi": r"rồi"}
# A word of time of the sentence after a before's, where it does again what the before's sentence does
# ("Lávese las manos antes de la inyección. Vuelva a lavárselas al salir.", "Láveselas una vez más cuando
# termine de inyectarse"): one that keeps the order (besides the after side's words, "again" and "then":
# "at the end", "posteriormente", "puis"), or a "when", "once", "al" and a verb said of the event the
# before is said of ("Lavez-les lorsque l'injection est faite"; "Lávelas cuando quiera" says no order)
_KEEPS_ORDER = {"en": r"at\s+the\s+end", "es": r"enseguida|posteriormente", "pt": r"logo|posteriormente",
                "fr": r"puis", "vi": r"xong"}
_WHEN_DONE = {
    "en": r"when|whenever|once|as\s+soon\s+as",
    "es": r"al\s+[^\W\d_]+(?:ar|er|ir)(?:se|l[oa]s?)?|cuando|una\s+vez|en\s+cuanto",
    "pt": r"ao\s+[^\W\d_]+(?:ar|er|ir)(?:-se)?|quando|assim\s+que",
    "fr": r"en\s+[^\W\d_]+ant|quand|lorsque|dès\s+que|une\s+fois",
    "vi": r"khi|lúc",
}
_MEAL_EN = r"(?:(?:a|your|the|some)\s+)?(?:food|meals?|snacks?|breakfast|lunch|dinner|supper)"
_FOOD: dict[str, dict[str, str]] = {
    "en": {FED: rf"\bwith\s+{_MEAL_EN}\b|\bduring\s+(?:(?:a|your|the)\s+)?meals?\b|\bwhile\s+(?:you\s+(?:are\s+)?)?"
                rf"eat(?:ing)?\b|\bat\s+mealtimes?\b|\bfull\s+stomach\b"
                rf"|(?P<eaten>\bafter\s+(?:you\s+(?:have\s+)?eat(?:en)?|eating|{_MEAL_EN})\b)",
           EMPTY: r"\bempty\s+stomach\b|\bfasting\b|\bwithout\s+(?:food|eating|a\s+meal)\b"},
    "es": {FED: r"\bcon\s+(?:(?:la|las|una|su|sus|el|los|algo\s+de|un\s+poco\s+de)\s+)?(?:comidas?|alimentos?|"
                r"desayuno|almuerzo|cena|merienda)\b|\bdurante\s+(?:(?:la|las|una|su|sus)\s+)?comidas?\b"
                r"|\bal\s+comer\b|\bmientras\s+come\w*|\best[óo]mago\s+lleno\b"
                r"|(?P<eaten>\b(?:(?:después|despues|luego)\s+de|tras)\s+(?:(?:la|las|una|su|sus)\s+)?"
                r"(?:comer|comidas?|desayunar|almorzar|cenar)\b)|\buna\s+vez\s+que\s+haya\s+comido\b",
           EMPTY: r"\bayun(?:as|o)\b|\best[óo]mago\s+vac[íi]o\b|\bsin\s+(?:haber\s+)?(?:comer|comido|alimentos?)\b"},
    "pt": {FED: r"\bcom\s+(?:(?:a|as|o|os|uma|um|sua|suas|algum|alguma)\s+)?(?:comida|alimentos?|refeiç(?:ão|ões)|"
                r"almoço|jantar|lanche)\b|\bdurante\s+(?:(?:a|as|uma)\s+)?refeiç(?:ão|ões)\b|\bàs\s+refeições\b"
                r"|\bao\s+comer\b|\best[ôo]mago\s+cheio\b"
                r"|(?P<eaten>\b(?:depois\s+d[eao]s?|após(?:\s+[ao]s?)?)\s+(?:comer|refeiç(?:ão|ões)|"
                r"uma\s+refeição|almoço|jantar)\b)",
           EMPTY: r"\bjejum\b|\best[ôo]mago\s+vazio\b|\bsem\s+(?:comer|alimentos?|ter\s+comido)\b"},
    "fr": {FED: r"\bavec\s+(?:(?:de\s+la|du|des|un|une|le|la|les|votre|vos)\s+)?(?:nourriture|aliments?|repas|"
                r"collation|petit[- ]déjeuner|déjeuner|dîner)\b|\b(?:au\s+cours|lors)\s+(?:d[’']un|du|des)\s+repas\b"
                r"|\bpendant\s+(?:le|les|un|votre|vos)\s+repas\b|\bau\s+moment\s+(?:du|des)\s+repas\b"
                r"|\ben\s+mangeant\b|\bestomac\s+plein\b"
                r"|(?P<eaten>\baprès\s+(?:(?:le|les|un|votre|vos)\s+repas|avoir\s+mangé|manger)\b)",
           EMPTY: r"\bà\s+jeun\b|\bestomac\s+vide\b|\bventre\s+vide\b|\bsans\s+(?:nourriture|manger|aliments?|"
                  r"avoir\s+mangé)\b"},
    "vi": {FED: r"(?:cùng|với|kèm)(?:\s+với)?\s+(?:thức\s+ăn|đồ\s+ăn|(?:các\s+|mỗi\s+)?bữa\s+ăn)"
                r"|trong\s+(?:khi|lúc)\s+ăn|trong\s+bữa\s+ăn|bụng\s+no|no\s+bụng|lúc\s+no"
                r"|(?P<eaten>\bsau\s+(?:khi\s+ăn|(?:các\s+|mỗi\s+)?bữa\s+ăn|ăn)\b)",
           EMPTY: r"(?:lúc|khi)\s+(?:bụng\s+)?đói|bụng\s+đói|đói\s+bụng|dạ\s+dày\s+(?:trống|rỗng)|nhịn\s+ăn"},
}
# Lowercase pieces of which every word above holds one, of before and after and of food: most
# entries hold none and are passed unread (a cue that starts with a space starts a word)
_WHEN_CUES = {
    "en": ("before", "after", "prior", "previous", "preceding", "next", "following", "last w"),
    "es": ("antes", "previ", "anterior", "víspera", "despu", "luego", " tras", "(tras", "\ntras", "¿tras", "¡tras",
           "«tras", "“tras", '"tras', "una vez", "posterior", "siguiente", "próxim", "viene",
           "continuaci", "semana pasad"),
    "pt": ("antes", "prévi", "anterior", "véspera", "depois", "após", "seguinte", "próxim", " vem", "semana passad"),
    "fr": ("avant", "après", "une fois", "veille", "précédent", "lendemain", "suivant", "prochaine", "semaine derni"),
    "vi": ("trước", "sau", "tuần tới"),
}
_FOOD_CUES = {
    "en": ("food", "meal", "stomach", "fasting", " eat", "breakfast", "lunch", "dinner", "supper", "snack"),
    "es": ("comi", "comer", "aliment", "ayun", "estómago", "estomago", "desayun", "almu", "cena", "merienda"),
    "pt": ("comida", "comer", "comido", "aliment", "refei", "almoço", "jantar", "lanche", "jejum", "estômago",
           "estomago"),
    "fr": ("nourriture", "aliment", "repas", "collation", "déjeuner", "dîner", "mangea", "manger", "mangé", "estomac",
           "ventre", "jeun"),
    "vi": ("ăn", "no", "đói", "dạ dày"),
}
# How a message shows each in the translation's language (the fix)
SHOWN = {
    "en": {BEFORE: "before", AFTER: "after", FED: "with food", EMPTY: "on an empty stomach", BOTH: "before and after",
           EITHER: "before or after"},
    "es": {BEFORE: "antes de", AFTER: "después de", FED: "con alimentos", EMPTY: "en ayunas",
           BOTH: "antes y después de", EITHER: "antes o después de"},
    "pt": {BEFORE: "antes de", AFTER: "depois de", FED: "com alimentos", EMPTY: "em jejum", BOTH: "antes e depois de",
           EITHER: "antes ou depois de"},
    "fr": {BEFORE: "avant", AFTER: "après", FED: "au cours d’un repas", EMPTY: "à jeun", BOTH: "avant et après",
           EITHER: "avant ou après"},
    "vi": {BEFORE: "trước", AFTER: "sau", FED: "trong bữa ăn", EMPTY: "lúc đói", BOTH: "trước và sau",
           EITHER: "trước hoặc sau"},
}


@dataclass(frozen=True)
class Lists:
    """One language's patterns (kept by tag: every entry asks)."""

    when_cues: tuple[str, ...]
    food_cues: tuple[str, ...]
    when: re.Pattern[str]  # groups "before" and "after"; "before_alone", "after_alone": said after a time only
    both: dict[str, re.Pattern[str]]  # from the end of a before (an after): "and" and an after (a before)
    then_after: re.Pattern[str]  # from the end of a before: its thing, "and" and the after side
    then_left: re.Pattern[str]  # the same, or leaving ("antes de la inyección y al salir"): a translation's
    again_after: re.Pattern[str]  # the after side said alone at the end of a clause, with an "and" or an "again"
    words: dict[str, re.Pattern[str]]  # the word of before and of after itself, however it is said
    then_again: re.Pattern[str]  # "then" and an "again" in one sentence ("Luego, láveselas de nuevo")
    done_again: re.Pattern[str]  # a word of time that keeps the order or an "again" of the sentence that does it again
    when_done: re.Pattern[str]  # a "when" of that sentence, which keeps the order said of the before's event
    done: re.Pattern[str]  # "when you are done", "al terminar": said of an event, as "after" is
    joins: re.Pattern[str]  # where the clause of a word of the after side starts or ends: "and", ";", a sentence end
    food: re.Pattern[str]  # groups "fed" and "empty"; "eaten": an "after eating", with food unless timed
    timed: re.Pattern[str]  # a word of time (or a fact) right before where it is searched to


@cache
def lists(lang: str) -> Lists | None:
    code = langtag.primary(lang)
    if code not in _WHEN:
        return None
    alone = _ALONE.get(code, {})
    when = "|".join([f"(?P<before>{_WHEN[code][BEFORE]})", f"(?P<after>{_WHEN[code][AFTER]})",
                     *(rf"(?P<{group}_alone>\b(?:{alone[word]})\b)" for group, word in (("before", BEFORE),
                                                                                     ("after", AFTER)) if alone)])
    food = f"(?P<empty>{_FOOD[code][EMPTY]})|(?P<fed>{_FOOD[code][FED]})"
    both = {one: re.compile(rf"\s*(?:{_AND[code]}|(?P<either>{_OR[code]}))\s+(?={_WHEN[code][other]})")
            for one, other in ((BEFORE, AFTER), (AFTER, BEFORE))}
    again, side = rf"(?:{_AGAIN[code]})\s+", rf"(?:{_AFTER_END[code]}){_CLAUSE_ENDS}"
    then_after, then_left = (re.compile(rf"[^,.;:!?()\n]{{0,60}}?,?\s+(?:{_THEN_AND[code]})\s+(?:{again})?"
                                        rf"(?P<side>{side}|{_DONE[code]}{leaving})")
                             for leaving in ("", f"|{_LEAVING[code]}"))
    again_after = re.compile(rf"\b(?:(?:{_THEN_AND[code]})\s+(?:{again})?|{again})(?P<side>{side})")
    return Lists(_WHEN_CUES[code], _FOOD_CUES[code], re.compile(when), both, then_after, then_left,
                  again_after,
                  {kind: re.compile(rf"\b(?:{word})\b") for kind, word in _SIDE_WORDS[code].items()},
                  re.compile(rf"\b(?:{_THEN[code]})\b[^.!?\n]*?\b(?:{_AGAIN[code]})\b"
                             rf"|\b(?:{_AGAIN[code]})\b[^.!?\n]*?\b(?:{_THEN[code]})\b"),
                  re.compile(rf"\b(?:{_SIDE_WORDS[code][AFTER]}|{_AGAIN[code]}|{_THEN[code]}|{_KEEPS_ORDER[code]}"
                             rf"|{_LEAVING[code]})\b"),
                  re.compile(rf"\b(?:{_WHEN_DONE[code]})\b"), re.compile(rf"\b(?:{_DONE[code]})"),
                  re.compile(rf"[.!?](?=\s|\Z)|[;\n]|\s(?:{_THEN_AND[code]})\s"),
                  re.compile(food), re.compile(rf"(?:\b(?:{_TIME[code]})|{MASK})\s+\Z"))
