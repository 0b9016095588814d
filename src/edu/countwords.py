"""QA, part of the number check: the words countswaps.py binds counts by, in English, Spanish,
Portuguese, French and Vietnamese, and the quick look over them.

The things a count binds to (its key in every language: "tablet", "tableta", "viên"), the numbered
nouns (day, dose, week), what never stands between a count and its thing, what ends a clause; a
language's ``Reader`` (its patterns, compiled once per language); and ``may_bind``, the quick look
that runs on every catalog entry: a necessary condition of two counts bound (countbindings.py reads
them, only where it passes).
"""

from __future__ import annotations

import re
import string
from decimal import Decimal
from functools import lru_cache
from typing import NamedTuple

from . import langtag
from .numberlexicon import NUMBER_WORDS, ordinal_firsts, ordinals
from .numberwords import cardinal_spans
from .prose import CITATION
from .quantities import UNITS
from .spoons import SPOON_WORDS

# The things a count binds to (a number right before the noun), one key for the words of every
# language, from the nouns an article counts one of (numbercheck._COUNTED: a dose or a thing to
# bring), and "times" of a frequency. Singular and plural (an "s" or "es" after each is read too).
# Synonyms share a key ("tablet", "pill", "lozenge": "tableta", "pastilla", "comprimido"; a puff of
# an inhaler and a spray of a nasal spray: "inhalación", "pulverización", "jato"); a thing a
# translation says in another key's word ("pill" as "cápsula") is then not found there, and passes.
# A spoon and a cup are said alone ("2 spoonfuls", "2 colheres", "2 tazas"); a teaspoon and a
# tablespoon ("cucharadita", "cucharada", "colher de chá", "cuillère à soupe", "thìa canh") are units,
# whose counts the number check compares with their unit ("2 tsp" is never "3 tsp"), and SIZED's
# keys. The containers
# ("2 boxes", "3 cajas", "2 tubes", "3 vỉ") and forms are things too; a thing off the list binds no
# count ("2 wipes"), and passes. A plural that adds no "s" or "es" is written out ("embalagens").
_THINGS: dict[str, dict[str, str]] = {
    "tablet": {"en": "tablet|pill|caplet|lozenge", "es": "tableta|pastilla|comprimido|trocisco",
               "pt": "comprimido|pílula|pastilha", "fr": "comprimé|pilule|pastille", "vi": "viên(?! nang| đặt)"},
    "capsule": {"en": "capsule", "es": "cápsula", "pt": "cápsula", "fr": "gélule|capsule", "vi": "viên nang"},
    "shot": {"en": "shot|injection|jab", "es": "inyección|inyecciones", "pt": "injeção|injeções",
             "fr": "injection|piqûre", "vi": "mũi"},
    "syringe": {"en": "syringe", "es": "jeringa|jeringuilla", "pt": "seringa", "fr": "seringue",
                "vi": "ống tiêm|bơm tiêm"},
    "pen": {"en": "pen", "es": "pluma", "pt": "caneta", "fr": "stylo", "vi": "bút"},
    "needle": {"en": "needle", "es": "aguja", "pt": "agulha", "fr": "aiguille", "vi": "kim"},
    "vial": {"en": "vial|bottle", "es": "vial|frasco", "pt": "frasco", "fr": "flacon|fiole", "vi": "lọ|chai"},
    "ampoule": {"en": "ampoule|ampule", "es": "ampolla|ampolleta", "pt": "ampola", "fr": "ampoule",
                "vi": "ống(?! tiêm)"},
    "packet": {"en": "packet|sachet", "es": "sobre", "pt": "sachê|saché|envelope", "fr": "sachet", "vi": "gói"},
    "box": {"en": "box|pack|package|carton", "es": "caja|envase|paquete|estuche",
            "pt": "caixa|embalagem|embalagens|pacote", "fr": "boîte|emballage|paquet|étui", "vi": "hộp"},
    "blister": {"en": "blister", "es": "blíster|blister", "pt": "blister|cartela", "fr": "plaquette|blister",
                "vi": "vỉ"},
    "tube": {"en": "tube", "es": "tubo", "pt": "tubo|bisnaga", "fr": "tube", "vi": "tuýp|tuyp"},
    "inhaler": {"en": "inhaler", "es": "inhalador", "pt": "inalador|bombinha", "fr": "inhalateur",
                "vi": "bình xịt|bình hít"},
    "cartridge": {"en": "cartridge", "es": "cartucho", "pt": "cartucho|refil|refis", "fr": "cartouche"},
    "bag": {"en": "bag", "es": "bolsa", "pt": "bolsa|saco", "fr": "poche|sac", "vi": "túi"},
    "dose": {"en": "dose", "es": "dosis", "pt": "dose", "fr": "dose", "vi": "liều"},
    "drop": {"en": "drop", "es": "gota", "pt": "gota", "fr": "goutte", "vi": "giọt"},
    "puff": {"en": "puff|inhalation|spray", "es": "inhalación|inhalaciones|pulverización|pulverizaciones|disparo",
             "pt": "inalação|inalações|jato|borrifada|pulverização|pulverizações", "fr": "bouffée|inhalation|"
             "pulvérisation", "vi": "nhát xịt|lần xịt|lần hít"},
    "application": {"en": "application", "es": "aplicación|aplicaciones", "pt": "aplicação|aplicações",
                    "fr": "application", "vi": "lần bôi"},
    "patch": {"en": "patch", "es": "parche", "pt": "adesivo", "fr": "patch|timbre", "vi": "miếng dán"},
    "suppository": {"en": "suppository|suppositories|pessary|pessaries", "es": "supositorio|óvulo",
                    "pt": "supositório|óvulo", "fr": "suppositoire|ovule", "vi": "viên đặt"},
    "spoon": SPOON_WORDS,  # (the number check's too: a bare count of spoons, quantities.py)
    "cup": {"en": "cupful|cup|glass", "es": "taza|vaso", "pt": "xícara|chávena|copo", "fr": "tasse|verre",
            "vi": "cốc|chén|ly|tách"},
    "time": {"en": "time", "es": "vez|veces", "pt": "vez|vezes", "fr": "fois", "vi": "lần"},
}
# The things a number names (a number right after the noun): "day 1", "el día 7", "dose 2", "week 3".
NUMBERED: dict[str, dict[str, str]] = {
    "day": {"en": "day", "es": "día|dia", "pt": "dia", "fr": "jour", "vi": "ngày"},
    "dose": {"en": "dose", "es": "dosis", "pt": "dose", "fr": "dose", "vi": "liều"},
    "week": {"en": "week", "es": "semana", "pt": "semana", "fr": "semaine", "vi": "tuần"},
}
# A count of teaspoons or tablespoons binds to its size's key ("2 teaspoons", "dos cucharaditas", "2
# colheres de sopa", "deux cuillères à café", "2 thìa canh"; the unit words of quantities.py, the
# longest first); a Spanish "cucharada" alone, a tablespoon or a spoonful, to a key of its own that
# countswaps.py reads as the other side's spoon.
SIZED_KEYS = {"tsp": "teaspoon", "tbsp": "tablespoon"}
CUCHARADA = "cucharada"
SIZED_SPOONS = frozenset({*SIZED_KEYS.values(), CUCHARADA})
_SIZED_WORDS = {key: sorted(UNITS[unit].split("|"), key=len, reverse=True) for unit, key in SIZED_KEYS.items()}
_SPACES = r"[ \u00a0]+"
SIZED = re.compile(_SPACES + "(?:" + "|".join(f"(?P<{key}>{'|'.join(w.replace(' ', _SPACES) for w in words)})"
                                              for key, words in _SIZED_WORDS.items()) + r")(?![^\W\d_])")
_SIZED_FIRSTS = frozenset(w.split()[0] for words in _SIZED_WORDS.values() for w in words)


def sized_key(key: str, words: str) -> str:
    """The key of a count of sized spoons, ``key`` ("teaspoon", "tablespoon") said in ``words``: a
    Spanish "cucharada" alone is CUCHARADA."""
    return CUCHARADA if key == "tablespoon" and words.lower().split()[-1] in ("cucharada", "cucharadas") else key


# A time of day, what a count is paired with in its clause where a text counts a thing twice or a
# sized spoon ("1 tablet in the morning and 2 tablets at night", "2 teaspoons in the morning and 2
# tablespoons at night"), the same in every language where the words say it plainly (an evening and a
# night are one: "noche", "soir", "tối"; Spanish "mañana" is one after an article, never "tomorrow";
# "tarde" never "later"). Its value is its place in the day.
_DAY_PARTS = {
    "morning": {"en": "mornings?", "es": "(?:la|las|cada) mañanas?", "pt": "manhãs?", "fr": "matins?|matinées?",
                "vi": "buổi sáng|mỗi sáng|sáng sớm"},
    "noon": {"en": "noon|midday", "es": "mediodía", "pt": "meio-dia", "fr": "midi", "vi": "buổi trưa|mỗi trưa"},
    "afternoon": {"en": "afternoons?", "es": "(?:la|las|cada) tardes?", "pt": "(?:à|a|pela|de|da|cada) tardes?",
                  "fr": "après-midi", "vi": "buổi chiều|mỗi chiều"},
    "evening": {"en": "evenings?|nights?|nighttime", "es": "noches?", "pt": "noites?", "fr": "soirs?|soirées?|nuits?",
                "vi": "buổi tối|mỗi tối|ban đêm|buổi đêm"},
}
# A meal is its part of the day (breakfast the morning, lunch noon, dinner or supper the evening: "con
# la cena", "au petit-déjeuner", "bữa tối"), except in a text that says both a meal and its part of the
# day, where each is a time of its own ("1 tablet with dinner and 2 at bedtime": two doses of an
# evening; countbindings reads it). French "déjeuner" and "dîner" are not read: lunch and dinner in
# France, breakfast and lunch in Quebec, Belgium and Switzerland; Spanish "comida" is a meal as well as
# lunch.
_MEALS = {
    "breakfast": ("morning", {"en": "breakfast", "es": "desayunos?", "pt": "pequeno[- ]almoço|café da manhã",
                              "fr": "petit[- ]déjeuner", "vi": "bữa sáng|bữa ăn sáng|ăn sáng"}),
    "lunch": ("noon", {"en": "lunchtime|lunch", "es": "almuerzos?", "pt": "almoço",
                       "vi": "bữa trưa|bữa ăn trưa|ăn trưa"}),
    "dinner": ("evening", {"en": "dinner|supper", "es": "cenas?", "pt": "jantar", "fr": "souper",
                           "vi": "bữa tối|bữa ăn tối|ăn tối"}),
}
# Bedtime is the evening too ("before bed", "antes de dormir", "al acostarse", "au coucher", "ao
# deitar", "trước khi đi ngủ"), as a meal is its part of the day, except in a text that says the
# evening too, where it is a time of its own ("4 drops at night and 2 at bedtime").
_BEDTIME = {"bedtime": ("evening", {"en": "bedtime|bed time|before (?:bed|sleep|sleeping)",
                                    "es": "acostarse|(?:antes de|hora de|al) dormir",
                                    "pt": "deitar|(?:antes de|hora de|ao) dormir",
                                    "fr": "coucher|(?:avant de|heure de) dormir", "vi": "đi ngủ|khi ngủ"})}
# The part of the day of each time within one (a meal, bedtime)
PART_OF = {time: part for time, (part, _words) in {**_MEALS, **_BEDTIME}.items()}
# The times beside which a time within a part of the day is a time of its own, where its text says one
# too: its part; for dinner, bedtime too ("1 tablet with dinner and 2 at bedtime"); never dinner for
# bedtime, which a translation of that may say as the evening ("1 tableta con la cena y 2 por la noche")
OWN_BESIDE = {time: {part, *(_BEDTIME if time in _MEALS and part == "evening" else ())}
              for time, part in PART_OF.items()}
_DAY_TIMES = {**_DAY_PARTS, **{time: words for time, (_part, words) in {**_MEALS, **_BEDTIME}.items()}}
DAY_TIME = "time of day"
# (the own value of a time within a part of the day, where its text says another time of that part,
# is the part's and a half, bedtime's and three quarters: after dinner)
DAY_TIME_VALUE = {key: Decimal(place) for place, key in enumerate(_DAY_PARTS, 1)}
DAY_TIME_VALUE.update({time: DAY_TIME_VALUE[part] for time, part in PART_OF.items()})
OWN_VALUE = {time: DAY_TIME_VALUE[part] + Decimal("0.75" if time in _BEDTIME else "0.5")
             for time, part in PART_OF.items()}
# The word a time of day needs before its noun ("la mañana", never "mañana": tomorrow; "cada tarde",
# "à tarde"), which a message leaves out as it leaves out the English "in the" of "in the morning":
# "mañana" and "noche", as "morning" and "night".
DAY_TIME_ARTICLE = re.compile(r"(?:la|las|cada|à|a|pela|de|da)[ \u00a0]+")


# English says a count of times in one word, where it is a frequency ("twice a day"; never "twice
# the dose", a multiple); "una vez que", "une fois ouvert" are "once", no count.
EN_TIMES = re.compile(r"\b(once|twice|thrice)(?= (?:a|an|per|daily|every|each|weekly|monthly|nightly)\b)")
EN_TIMES_VALUE = {"once": Decimal(1), "twice": Decimal(2), "thrice": Decimal(3)}
NOT_A_COUNT_AFTER = re.compile(r"\s*(?:que\b|qu[’']|abiert|abert|ouvert|entamé|prepar|mezcl|mistur|mélang|"
                                r"descongel|décongel)")
# How many words (adjectives) may stand between a number and its thing ("2 small round white coated
# tablets"); each may be up to three joined by hyphens ("2 film-coated tablets", "2 pre-filled pens",
# "2 extended-release-coated tablets"), which the quick look reads as that many words.
ADJECTIVES = 4
HYPHENS = 2
HYPHEN = "-\u2010\u2011"
# The words that never stand between a count and its thing: they join, point, count, or are a verb or
# a preposition that starts another phrase ("2 of the tablets", "2 each time", "2 cada vez", "1 o 2",
# "2 à la fois", "on day 2 take tablets", "on day 2 bring tablets", "2 after meals" count no tablets or
# times), or a pronoun, an auxiliary or a conjunction ("on day 2 you will need tablets", "2 if needed").
# The verbs are a handout's imperatives (and "need", "keep"...), never those a count's adjective also
# says ("2 open vials", "2 double-strength tablets": "open", "double" are not here).
_NOT_BETWEEN_WORDS = {
    "en": "a an the of to or and at in on by for per with from each every this that next other same first last "
          "after before into onto about over under than then take use give apply inject put place insert chew "
          "swallow dissolve suck mix inhale spray drink eat "
          "if when while as but so not no nor you your it its they them their we our he she his her him is are be "
          "been was were do does did have has had may can could should must will would might need needs until "
          "unless because bring keep store shake wash wait call stop remember check buy get "
          "crush cut split break halve measure rinse discard throw dispose remove add skip miss repeat continue start "
          "begin finish reduce increase count return refill receive ask tell read follow try leave avoid "
          "i me my us don doesn didn isn aren",
    "es": "a al el la los las lo un una unos unas de del y o u e en con por para cada esta este esa ese otra otro "
          "otras otros misma mismo sobre tras antes después hasta desde entre sin según tome tomar use usar dé dar "
          "aplique aplicar inyecte ponga poner coloque mastique trague disuelva chupe mezcle inhale beba coma "
          "si cuando mientras como pero no ni usted ustedes le les se su sus es son sea sean está están ha han "
          "puede pueden debe deben necesita necesitan necesitará que porque traiga traer lleve llevar guarde agite "
          "lave espere llame deje recuerde compre "
          "triture parta corte rompa abra mida enjuague deseche tire retire agregue añada omita olvide repita "
          "continúe empiece comience termine reduzca aumente cuente devuelva reciba pida lea siga evite "
          "yo me mi mis nos",
    "pt": "a o os as um uma de do da dos das e ou em no na nos nas com por para ao à cada esta este outra outro "
          "mesma mesmo sobre após antes depois até desde entre sem tome tomar use usar dê dar aplique aplicar "
          "injete ponha coloque mastigue engula dissolva chupe misture inale beba coma "
          "se quando enquanto como mas não nem você vocês lhe seu sua seus suas é são seja está estão tem têm "
          "pode podem deve devem precisa precisam precisará que porque traga trazer guarde agite lave espere ligue "
          "pare lembre compre "
          "triture parta corte quebre abra meça enxágue descarte jogue retire adicione acrescente pule esqueça "
          "repita continue comece termine reduza aumente conte devolva receba peça leia siga evite "
          "eu me meu minha",
    "fr": "à a au aux le la les l un une de du des d et ou en dans avec par pour chaque cette ce ces autre autres même "
          "sur après avant depuis jusqu entre sans prenez prendre utilisez utiliser donnez appliquez injectez "
          "mettez placez mâchez avalez dissolvez sucez mélangez inhalez buvez mangez "
          "si quand lorsque pendant comme mais ne pas ni vous votre vos il elle ils elles on est sont soit avez ont "
          "peut peuvent pouvez devez doit besoin que qu parce apportez gardez conservez agitez lavez attendez "
          "appelez arrêtez achetez "
          "écrasez coupez cassez ouvrez mesurez rincez jetez retirez ajoutez sautez oubliez répétez continuez "
          "commencez terminez réduisez augmentez comptez rapportez recevez demandez lisez suivez évitez "
          "je me mon ma mes nous",
    "vi": "và hoặc hay đến tới mỗi một của cho trong vào với các những này đó sau trước trên dưới uống dùng tiêm bôi "
          "nhai nuốt ngậm hòa đặt xịt hít ăn "
          "nếu khi như nhưng không bạn nó họ là có thể cần phải nên sẽ đã đang được bị mang giữ lắc rửa chờ gọi ngừng "
          "nhớ mua "
          "nghiền bẻ cắt mở đo súc bỏ vứt lấy thêm quên lặp tiếp bắt giảm tăng đếm trả nhận đọc tránh tôi chúng",
}
NOT_BETWEEN = frozenset(word for words in _NOT_BETWEEN_WORDS.values() for word in words.split())
# Spanish "sobre" is a packet and "on", "about": the singular is a packet only right after its count
# and before no article ("1 sobre de polvo", never "2 sobre la piel"; "2 sobres" always is).
ALSO_A_PREPOSITION = frozenset({"sobre"})
ARTICLE_AFTER = re.compile(r"[ \u00a0]+(?:el|la|los|las|lo|un|una|unos|unas|su|sus|mi|mis|tu|tus|esta|este|estas|"
                            r"estos|esa|ese|esas|esos|cada|todo|toda|todos|todas|ella|él|ellos|ellas|sí)(?![^\W\d_])")
# An ordinal in digits, before a numbered noun ("2nd day", "el 2.º día", "1.er día", "2da dosis", "2e
# jour", "o 2º dia"; Vietnamese "ngày thứ 2" is after it): what follows the digits, and in Spanish and
# Portuguese what follows them after a point ("2.º", "1.er", "2.ª"). The number check reads such digits
# as their number ("2nd" is 2), and a day said so is that day, as "el segundo día" is.
_ORDINAL_ENDS: dict[str, tuple[str, str]] = {
    "en": ("st|nd|rd|th", ""),
    "es": ("º|ª|°|o|a|er|ra|ro|do|da|to|ta|mo|ma|vo|va|no|na", "º|ª|°|er"),
    "pt": ("º|ª|°|o|a", "º|ª|°"),
    "fr": ("e|er|re|ère|ème|eme|è|ᵉ|ᵉʳ|ʳᵉ|nd|nde", ""),
}
# Where a clause ends, between two counts: a sentence's or a list's mark, or a word that joins clauses
# ("Take 2 tablets on day 1 and 1 tablet on day 2"); never a comma ("El día 1, tome 2 tabletas").
_CLAUSE_WORDS = "and|then|y|e|luego|después|depois|et|puis|ensuite|và|rồi|sau đó"
# and the language's "or" ("1 tablet 3 times a day or 2 tablets 2 times a day"; the "or" of a range,
# "1 or 2 tablets", is within its count), never before a thing's word ("2 tablets or capsules" is one
# count of two names); Spanish "u" before "o" ("7 u 8", "u ocho"; never a unit, "10 U"); Portuguese "o"
# is "the". Vietnamese "hay" is "or" too, and "often" ("hay quên") or "good" ("rất hay"): it is "or"
# only right before a count ("hay 2 viên", "hay hai viên", "hay một viên"), "là" ("hay là") or a
# frequency ("hay mỗi ngày 1 lần", "hay ngày 1 lần"), where "often" never stands (it stands before a
# verb or an adjective, "good" after what it praises).
_VI_OR_BEFORE = "|".join(["là", "mỗi", "ngày", "một", *sorted(NUMBER_WORDS["vi"], key=len, reverse=True)])
_OR = {"en": "or", "es": r"o|u(?=[ \u00a0]+(?:h?o|8|11))", "pt": "ou", "fr": "ou",
       "vi": rf"hoặc|hay(?=[ \u00a0]+(?:\d|(?:{_VI_OR_BEFORE})(?![^\W\d_])))"}

# A count said without its thing counts the thing counted before it ("Take 1 tablet in the morning and 2
# at night", "Tome 1 tableta por la mañana y 2 por la noche"), where the words say so plainly: right
# after a word that joins clauses, an "or" or a comma (never after "at", "a las", "à": "at 2 at night"
# is a time), and right before its time of day, a few of these words between.
_ELIDED_JOIN = rf"(?:,|(?<![^\W\d_])(?:{_CLAUSE_WORDS}|or|o|u|ou|hoặc|hay))[ \u00a0]+$"
# Where a list of things, each with its own time of day, goes on to its next thing: a comma or a word
# that joins clauses ("1 capsule at noon, 1 tablet in the morning", "1 capsule at noon and 1 tablet in
# the morning", "al mediodía y 1 tableta"); never an "or" (which offers one of two things)
LIST_NEXT = re.compile(rf"(?:,|(?<![^\W\d_])(?:{_CLAUSE_WORDS}))[ \u00a0]*$")
_BEFORE_A_TIME = {"en": "at|in|the|on|before|with|during|after|for", "es": "por|en|la|el|las|los|a|al|con|antes|"
                  "después|de|del|durante|para", "pt": "à|às|a|o|de|da|do|no|na|ao|com|antes|depois|pela|pelo|"
                  "durante|para", "fr": "le|la|l|au|à|avant|avec|pendant|après|du|de|pour",
                  "vi": "vào|trước|sau|trong|lúc|khi"}


# A numbered noun's word that names no day where a hyphen or Portuguese "meio" comes before it: the "dia"
# of "meio-dia" (noon; "meio dia" as some write it) numbers nothing, so "ao meio-dia 1 ou 2 colheres de
# sopa" is one or two tablespoons at noon, not day 1 and two tablespoons
_NOT_A_DAY_AFTER = rf"(?<![{HYPHEN}])(?<!meio )(?<!meio\u00a0)"


class Reader(NamedTuple):
    code: str  # the language ("pt" for "pt-BR")
    after: re.Pattern[str]  # a count noun right at a place (after a number); its group names its thing
    before: re.Pattern[str]  # a numbered noun right before a place (ending where the number starts)
    nouns: frozenset[str]  # the quick look's words: each count noun's first word, with "s" and "es"; a
    #                        sized spoon's
    numbered: frozenset[str]  # and each numbered noun, with "s"
    ordinal: re.Pattern[str]  # a numbered noun with an ordinal ("el primer día", "ngày thứ hai"): group "n"
    in_digits: re.Pattern[str]  # an ordinal's end and its numbered noun, right after its digits ("nd day"
    #                             of "2nd day", ".º día" of "2.º día"); in Vietnamese the noun before them
    #                             ("ngày thứ " of "ngày thứ 2")
    ordinal_words: frozenset[str]  # the quick look's: each ordinal's first word ("primer", "thứ"), and
    #                                the end of one in digits after its point (the "º" of "2.º")
    clause_break: re.Pattern[str]  # where a clause ends, between two counts
    day_time: re.Pattern[str]  # a time of day; its group names it (_DAY_TIMES)


@lru_cache(maxsize=64)
def count_reader(lang: str) -> Reader | None:
    """How ``lang`` binds its counts, by its tag ("pt-BR" reads as "pt"); None for a language
    without number words."""
    code = langtag.primary(lang)
    if code not in NUMBER_WORDS:
        return None
    nouns = [(key, words[code]) for key, words in _THINGS.items() if code in words]
    after = re.compile("(?:" + "|".join(rf"(?P<{key}>(?:{words})(?:e?s)?)" for key, words in nouns)
                       + r")(?![^\W\d_])")  # a whole word: "2 penicillin tablets" counts no pen
    numbered = "|".join(rf"(?P<{key}>(?:{words[code]})s?)" for key, words in NUMBERED.items())
    before = re.compile(rf"(?<![^\W\d_]){_NOT_A_DAY_AFTER}(?:{numbered})[ \u00a0]+$")
    firsts = {word.split("(")[0].split()[0] for _key, words in nouns for word in words.split("|")}
    named = {word for words in NUMBERED.values() for word in words[code].split("|")}
    said = "|".join(sorted(ordinals(code), key=len, reverse=True))
    ordinal = (rf"(?<![^\W\d_])(?:{numbered})[ \u00a0]+(?P<n>{said})(?![^\W\d_])" if code == "vi" else
               rf"(?<![^\W\d_])(?P<n>{said})[ \u00a0]+(?:{numbered})(?![^\W\d_])")
    ends, dotted = _ORDINAL_ENDS.get(code, ("(?!)", ""))
    in_digits = (rf"(?<![^\W\d_])(?:{numbered})[ \u00a0]+thứ[ \u00a0]+$" if code == "vi" else
                 rf"(?:{ends}{f'|[.](?:{dotted})' if dotted else ''})[ \u00a0]+(?:{numbered})(?![^\W\d_])")
    things = "|".join(words for _key, words in nouns)
    day_time = "|".join(rf"(?P<{key}>{words[code]})" for key, words in _DAY_TIMES.items() if code in words)
    clause_break = rf"[.;!?]|(?<![^\W\d_])(?:{_CLAUSE_WORDS}|(?:{_OR[code]})(?![ \u00a0]+(?:{things})))(?![^\W\d_])"
    return Reader(code, after, before,
                  frozenset({*firsts, *(f"{w}s" for w in firsts), *(f"{w}es" for w in firsts), *_SIZED_FIRSTS}),
                  frozenset({*named, *(f"{w}s" for w in named)}), re.compile(ordinal), re.compile(in_digits),
                  ordinal_firsts(code) | frozenset(dotted.split("|") if dotted else ()), re.compile(clause_break),
                  re.compile(rf"(?<![^\W\d_])(?:{day_time})(?![^\W\d_])"))


@lru_cache(maxsize=16)
def elided(code: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Where a count said without its thing may be, in the language ``code`` of a ``Reader``: the
    join right before it (", " or " and " of "and 2 at night", ending where its number starts) and its
    time of day right after it (" at night"); compiled where first needed (seldom)."""
    before, times = _BEFORE_A_TIME[code], "|".join(w[code] for w in _DAY_TIMES.values() if code in w)
    return re.compile(_ELIDED_JOIN), re.compile(rf"[ \u00a0]+(?:(?:{before})[ \u00a0'’]+){{0,3}}"
                                                rf"(?:{times})(?![^\W\d_])")


# The verbs a handout gives a dose with, which may stand between a time of day and a count said after
# it without its thing ("Por la tarde, dé 1 o 2", "In the afternoon, give 1 or 2", "Vào buổi chiều, cho
# uống 2")
_DOSE_VERBS = {"en": "give|take|use", "es": "dé|de|tome|use|administre", "pt": "dê|tome|use|administre",
               "fr": "donnez|prenez|utilisez|administrez", "vi": "cho uống|uống|cho|dùng"}


@lru_cache(maxsize=16)
def elided_after_time(code: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Where a count said without its thing may be after its time of day, in the language ``code`` of a
    ``Reader`` ("; por la tarde, dé 1 o 2.", "In the afternoon, give 1 or 2."): what comes right before
    it (the start of its clause or sentence, its time of day, a comma maybe and a verb of giving,
    ending where its number starts) and the end of its clause right after it; compiled where first
    needed (seldom)."""
    before, times = _BEFORE_A_TIME[code], "|".join(w[code] for w in _DAY_TIMES.values() if code in w)
    return (re.compile(rf"(?:^|[.;!?:,]|(?<![^\W\d_])(?:{_CLAUSE_WORDS}))[ \u00a0]*(?:(?:{before})[ \u00a0'’]+){{0,3}}"
                       rf"(?:{times})[ \u00a0]*,?[ \u00a0]*(?:(?:{_DOSE_VERBS[code]})[ \u00a0]+)?$", re.IGNORECASE),
            re.compile(r"[ \u00a0]*(?:[.;!?]|$)"))


# The rest of a frequency, which a message quotes with its count ("2 veces al día 1 tableta", "3 lần mỗi
# ngày 2 viên")
_PER_DAY = {"en": "a|per|each|every|day|daily", "es": "al|por|cada|día|dia|diarias?", "pt": "ao|por|cada|dia|diárias?",
            "fr": "par|chaque|jour", "vi": "mỗi|một|ngày"}


@lru_cache(maxsize=16)
def partner_gap(code: str) -> re.Pattern[str]:
    """What may stand between a count and its day, time of day or frequency for a message to quote
    the two as one span ("2 tablets on day 1", "2 cucharaditas en la noche", "1 teaspoon 3 times"):
    spaces, the words that lead to a time (_BEFORE_A_TIME) and the rest of a frequency ("2 veces al día 1
    tableta"), never a verb ("day 1 take 2 tablets" is quoted "day 1: 2 tablets"); compiled where first
    needed (seldom)."""
    return re.compile(rf"[ \u00a0]*(?:(?:{_BEFORE_A_TIME[code]}|{_PER_DAY[code]})[ \u00a0'’]+)*")


@lru_cache(maxsize=16)
def qualifier_gap(code: str) -> re.Pattern[str]:
    """What may stand between a part of the day and a time within it for the part to say only when that
    time is ("por la noche con la cena", "con la cena de la noche", "à noite no jantar", "le soir au
    souper", "at night before bed", "buổi tối sau bữa tối"): a comma maybe, and the words partner_gap
    allows; compiled where first needed (seldom)."""
    return re.compile(r"[ \u00a0]*,?" + partner_gap(code).pattern)


# Every character that cannot be part of a word or a number, as a space: str.translate and
# str.split find the words several times faster than a regex (the quick look runs on every entry).
_NOT_WORDS = str.maketrans(dict.fromkeys(string.punctuation + "¿¡«»“”‘’„—–…·⁄\u00a0\u202f\u2010\u2011", " "))
_COUNT_WORDS = frozenset({*(w for words in NUMBER_WORDS.values() for w in words), "one", "un", "uno", "una", "um",
                          "uma", "une", "một"})
# The words of a count in words that are no count alone, where one ends ("two hundred", "deux cents",
# "quatre-vingts", "dos millones", "hai mươi", "hai mươi mốt", "một trăm", "hai nghìn")
_LAST_OF_COUNT = frozenset({"hundred", "thousand", "cents", "vingts", "million", "millions", "billion", "billions",
                            "millón", "millon", "millones", "billón", "billon", "billones", "milhão", "milhao",
                            "milhões", "milhoes", "bilhão", "bilhao", "bilhões", "bilhoes", "milliard", "milliards",
                            "mươi", "mốt", "tư", "lăm", "nhăm", "trăm", "nghìn", "ngàn", "triệu", "tỷ", "tỉ"})
EN_ONCE = frozenset({"once", "twice", "thrice"})


@lru_cache(maxsize=1024)
def says_count(word: str, code: str) -> bool:
    """Whether ``word`` (lower case, no digits) may end or start a count in words of ``code``:
    "dos", "catorce", "twenty", "mil"."""
    return word in _COUNT_WORDS or word in _LAST_OF_COUNT or bool(cardinal_spans(word, code))


def may_bind(text: str, reader: Reader) -> bool:
    """A quick look, a necessary condition of two bindings: two places where a number (digits or
    words) comes right before a count noun's first word or a few words before it, or right after a
    numbered noun, or an ordinal stands by a numbered noun, or an English "twice"; or one such place,
    another number and a time of day (a count said without its thing: "1 tablet in the morning and 2 at
    night"). A citation ("[1]") is no number: bindings reads the text without it."""
    if "[" in text:  # "el primer [1] día 2" is "el primer día 2" (as bindings reads it)
        text = CITATION.sub(" ", text)
    words = text.lower().translate(_NOT_WORDS).split()
    nouns, numbered = reader.nouns, reader.numbered
    if nouns.isdisjoint(words) and numbered.isdisjoint(words) and EN_ONCE.isdisjoint(words):
        return False  # nearly every entry
    bound = 0
    for i, word in enumerate(words):
        if word in nouns or word in numbered or word in EN_ONCE:
            bound += _places(words, i, reader)
            if bound >= 2:
                return True
    # (map of C functions: a generator takes longer)
    return (bound == 1 and sum(map(str.isnumeric, words)) + sum(map(_COUNT_WORDS.__contains__, words)) >= 2
            and reader.day_time.search(text.lower()) is not None)


def _places(words: list[str], i: int, reader: Reader) -> int:
    """How many counts word ``i`` of ``words`` may bind: a count noun with a number one to thirteen
    words before it (four adjectives between, each maybe three words joined by hyphens), a numbered noun
    with a number or an ordinal after it and an ordinal before it, in words or digits (a dose may be
    all: "2 dose 2"), an English "twice"."""
    word, code = words[i], reader.code
    if word in EN_ONCE:
        return 1
    counted = False
    if word in reader.nouns:  # (a loop: any() of a generator takes longer; this runs on many entries)
        for j in range(i - 1, max(i - 2 - (1 + HYPHENS) * ADJECTIVES, -1), -1):
            prior = words[j]
            if prior.isnumeric() or prior in _COUNT_WORDS:
                counted = True
                break
            if prior in NOT_BETWEEN:  # "2 of tablets", "2 each time": no adjective (and no count)
                break
            if says_count(prior, code):
                counted = True
                break
    if word not in reader.numbered:
        return counted
    after = words[i + 1] if i + 1 < len(words) else ""
    ordinal = reader.ordinal_words
    # (digits, or a word that starts with them: "dosis 7e 3" reads "7e 3" as a range, "7 e 3")
    numbered = after[:1].isnumeric() or after in ordinal or (after != "" and says_count(after, code))
    before = words[i - 1] if i > 0 else ""  # "primer", "2nd", "7º", the "º" of "2.º"
    return counted + numbered + (before in ordinal or (before[:1].isdigit() and not before.isdigit()))

