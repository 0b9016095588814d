"""QA, the words of how the medicine looks and the reading of them, for the appearance check
(appearance.py) and the negation check's reading of an instruction about a look (lookinstructions.py):
which looks a text says (`found`, `looks`), and what it says to do when the medicine looks each way
(`instructions`, with lookclauses.py's reading of the clause that says it).

Two pairs of opposites, clear and cloudy and colorless and colored (their words: appearance.py's
docstring), and two looks of no opposite, particles and a yellow tint, the tint only beside another
look ("colorless or slightly yellow", "incoloro a amarillo pálido"; "yellow skin" says none).
Some words say a look only sometimes: "clear" ("clear instructions", "it is clear that"), "claro"
("claro que sí", "amarillo claro"), "clair", French "trouble" ("des troubles du sommeil"),
Vietnamese "trong" (in). Each is read where it describes the liquid: right after a word of the
liquid or a verb of being ("the solution is clear", "si está clara", "la solution est trouble",
"dung dịch trong"; "very", "not" and such may stand between; "que" after it says something else),
right before the liquid ("a clear liquid"), or beside a sure word of a look ("clear and colorless",
"claro e incoloro", "trong và không màu"); Vietnamese "trong" only at the end of its clause or before
"và", "hoặc" ("dung dịch trong ống tiêm" is in the syringe). Read ``loose`` (a translation that may
leave a look out), those words and a yellow word say a look wherever they stand.

Word lists of English, Spanish, Portuguese, French and Vietnamese; a language without one is not
read. Most texts hold none of the cues and are passed unread.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from . import langtag, lookclauses, opposites

CLEAR, CLOUDY, COLORLESS, COLORED = "clear", "cloudy", "colorless", "colored"
YELLOW, PARTICLES = "yellow", "particles"  # looks of no opposite: compared only as left out
OPPOSITE = opposites.pairs((CLEAR, CLOUDY), (COLORLESS, COLORED))
ORDER = (*OPPOSITE, YELLOW, PARTICLES)

# Words that say a look wherever they stand (lowercase)
_SURE: dict[str, dict[str, str]] = {
    "en": {CLEAR: r"transparent|see-through|crystal-clear",
           CLOUDY: r"cloudy|cloudiness|milky|hazy|murky|turbid|turbidity",
           COLORLESS: r"colou?rless|without\s+(?:any\s+)?colou?r",
           COLORED: r"(?:dis)?colou?red|discolou?ration|(?:changed?|changes|changing)\s+colou?r|colou?r\s+changes?"
                    r"|colou?r\s+(?:has\s+)?changed|changes?\s+in\s+colou?r|(?:unusual|different|odd|strange|abnormal)\s+colou?r",
           PARTICLES: r"particles?|particulates?|particulate\s+matter|specks?|sediment|fragments|floating\s+bits|flakes"
                      r"|(?:anything|something|things|bits|pieces)\s+(?:(?:that\s+)?(?:is|are)\s+)?floating"},
    "es": {CLEAR: r"transparentes?|límpid[oa]s?",
           CLOUDY: r"turbi[oa]s?|turbiedad|turbidez|enturbiad[oa]s?|lechos[oa]s?",
           COLORLESS: r"incolor[oa]s?|sin\s+color|no\s+(?:tiene|tenga|tener)\s+(?:ningún\s+)?color",
           COLORED: r"coloread[oa]s?|decolorad[oa]s?|descolorid[oa]s?|cambi\w*\s+de\s+color|cambio\s+de\s+color"
                    r"|cambios?\s+en\s+el\s+color|color\s+(?:ha\s+)?cambi\w*|color\s+(?:anormal|extraño|raro|diferente|alterado)"
                    r"|otro\s+color|(?:tiene|tenga)\s+(?:algún\s+)?color|(?:de|des)?coloraci(?:ón|ones)"
                    r"|alteraci(?:ón|ones)\s+(?:de|del|en\s+el)\s+color|color\s+distinto",
           PARTICLES: r"partículas?|particulas?|particulad[oa]s?|grumos|sedimentos?|flóculos|fragmentos|impurezas"
                      r"|cuerpos\s+extraños|(?:materia|material|sustancias?)\s+extrañ[oa]s?|precipitados?|filamentos"
                      r"|motas|motitas|(?:algo|cosas?|restos|trozos|trocitos|pedazos|pedacitos)\s+(?:que\s+)?flot\w*"},
    "pt": {CLEAR: r"transparentes?|límpid[oa]s?",
           CLOUDY: r"turv[oa]s?|turvação|turvad[oa]s?|turbidez|leitos[oa]s?",
           COLORLESS: r"incolor(?:es)?|sem\s+cor|não\s+(?:tem|tenha|ter)\s+(?:nenhuma\s+)?cor",
           COLORED: r"colorid[oa]s?|descolorid[oa]s?|mud\w*\s+de\s+cor|mudança\s+de\s+cor"
                    r"|alteraç(?:ão|ões)\s+(?:de|da|na)\s+cor|mudança\s+(?:da|na)\s+cor|cor\s+(?:anormal|estranha|diferente|alterada)"
                    r"|outra\s+cor|(?:tem|tenha)\s+(?:alguma\s+)?cor|(?:des)?coloraç(?:ão|ões)",
           PARTICLES: r"partículas?|particulas?|particulad[oa]s?|grumos|sedimentos?|flocos|fragmentos|impurezas"
                      r"|corpos\s+estranhos|(?:materia(?:l|is)|substâncias?)\s+estranh[oa]s?|precipitados?|filamentos"
                      r"|(?:algo|coisas?|restos|pedaços|pedacinhos)\s+(?:a\s+|que\s+)?(?:boi|flutu)\w*"},
    "fr": {CLEAR: r"limpides?|transparent(?:e|s|es)?",
           CLOUDY: r"laiteu(?:x|se|ses)|turbide|turbidité",
           COLORLESS: r"incolores?|sans\s+couleur",
           COLORED: r"colorée?s?|décolorée?s?|chang\w*\s+de\s+couleur|changement\s+de\s+couleur"
                    r"|couleur\s+(?:anormale|inhabituelle|différente|étrange|modifiée|altérée)|autre\s+couleur"
                    r"|(?:dé)?colorations?|(?:altération|modification)\s+de\s+(?:la\s+)?couleur"
                    r"|couleur\s+(?:est\s+|a\s+(?:été\s+)?)(?:altérée|modifiée|changé)",
           PARTICLES: r"particules?|sédiments?|dépôts?|grumeaux|flocons|fragments|impuretés|corps\s+étrangers"
                      r"|(?:matières?|substances?)\s+étrangères?|éléments\s+en\s+suspension|filaments"
                      r"|(?:un|des|d[’'])\s*précipités?|(?:quelque\s+chose|des\s+choses|des\s+morceaux)\s+(?:qui\s+)?flott\w*"},
    "vi": {CLEAR: r"trong suốt|trong vắt", CLOUDY: r"vẩn đục|đục", COLORLESS: r"không màu|không có màu",
           COLORED: r"đổi màu|biến màu|có màu|thay đổi màu|ngả màu"
                    r"|màu(?: sắc)? (?:bị )?(?:thay đổi|lạ|bất thường|khác thường)",
           PARTICLES: r"hạt|tiểu phân|vẩn(?! đục)|cặn|vật lạ|vật thể lạ|mảnh vụn|lợn cợn|vón cục|lơ lửng|kết tủa"
                      r"|tạp chất"},
}
# A yellow tint: a look only beside another ("colorless or slightly yellow", "incoloro a amarillo pálido");
# "yellow skin" says none
_TINT = {"en": r"(?:(?:pale|light)\s+)?yellow(?:ish)?", "es": r"amarill(?:o|a|os|as|ent[oa]s?)",
         "pt": r"amarel(?:o|a|os|as|ad[oa]s?)", "fr": r"jaun(?:e|es|âtre|âtres)", "vi": r"(?:màu\s+)?vàng"}
_TO = {"en": r"to", "es": r"a", "pt": r"a", "fr": r"à", "vi": r"đến|tới"}  # "colorless to slightly yellow"
# Words that say a look only where they describe the liquid (see the module's doc)
_MAYBE: dict[str, dict[str, str]] = {
    "en": {CLEAR: r"clear"}, "es": {CLEAR: r"clar[oa]s?"}, "pt": {CLEAR: r"clar[oa]s?"},
    "fr": {CLEAR: r"claire?s?", CLOUDY: r"troubles?"}, "vi": {CLEAR: r"trong"},
}
# The liquid, a verb of being, and the words that may stand between them and a maybe-word
_LIQUID = {
    "en": r"liquid|solution|fluid|medicine|medication|contents|it|they|if|unless|when",
    "es": r"líquido|solución|medicamento|medicina|contenido|jeringa|vial|ampolla",
    "pt": r"líquido|solução|medicamento|remédio|conteúdo|seringa|frasco|ampola",
    "fr": r"liquide|solution|médicament|contenu|seringue|flacon|ampoule|produit",
    "vi": r"dung dịch|thuốc|chất lỏng|nó",
}
_BEING = {
    "en": r"is|are|be|being|was|were|looks?|looked|appears?|appeared|seems?|stays?|remains?|turns?|becomes?",
    "es": r"est[aá]n?|est[eé]n?|estar|estuviera|es|son|sea|sean|ser|parece|parezca|se\s+ve|se\s+vea|luce|queda|quede"
          r"|permanece",
    "pt": r"está|estão|esteja|estejam|estiver|estiverem|estar|é|são|seja|sejam|for|forem|ser|parece|pareça|fica|ficar"
          r"|permanece",
    "fr": r"(?<![cç][’'])est|sont|soit|soient|être|para[iî]t|semble|devient|reste|appara[iî]t",
    "vi": r"là|vẫn|còn|phải|trông|có vẻ",
}
_BETWEEN = {
    "en": r"not|very|slightly|completely|perfectly|still|always|fully|totally|no\s+longer",
    "es": r"no|muy|ligeramente|completamente|totalmente|perfectamente|todavía|aún|un\s+poco|algo",
    "pt": r"não|muito|ligeiramente|levemente|completamente|totalmente|ainda|um\s+pouco",
    "fr": r"pas|très|légèrement|parfaitement|complètement|totalement|toujours|encore|un\s+peu|plus",
    "vi": r"không|rất|hơi|hoàn toàn|vẫn|còn|phải",
}
# After a maybe-word: it says something else ("clear that", "claro que", "le produit trouble la vue": a
# verb); English "clear" before the liquid ("a clear liquid")
_ELSE = {"en": r"that|to|up|of|about|enough|on|how|what|which|why|whether|instructions?|directions?",
         "es": r"que", "pt": r"que", "fr": r"que|qu[’']|la|le|les|l[’']|votre|vos|sa|son|ses", "vi": r"(?!)"}
_BEFORE_LIQUID = {"en": r"(?:liquid|solution|fluid)\b"}
# Lower-case pieces of which each word above holds one: most entries hold none and are passed unread
_CUES = {
    "en": ("clear", "transparent", "see-through", "cloud", "milky", "hazy", "murky", "turbid", "colo", "partic",
           "speck", "sediment", "fragment", "floating", "flake"),
    "es": ("transparent", "límpid", "turbi", "lechos", "color", "clar", "partícul", "particul", "grumo", "sediment",
           "flócul", "fragment", "impureza", "extrañ", "precipitad", "filamento", "mota", "flot"),
    "pt": ("transparent", "límpid", "turv", "leitos", "color", "cor", "clar", "partícul", "particul", "grumo",
           "sediment", "floco", "fragment", "impureza", "estranh", "precipitad", "filamento", "boi",
           "flutu"),
    "fr": ("limpide", "transparent", "trouble", "laiteu", "turbide", "color", "couleur", "clair", "particul",
           "sédiment", "dépôt", "grumeau", "flocon", "fragment", "impureté", "étrang", "turbidit", "suspension",
           "filament", "précipité", "flott"),
    "vi": ("trong", "đục", "màu", "hạt", "tiểu phân", "vẩn", "cặn", "vật lạ", "vật thể lạ", "mảnh vụn", "lợn cợn",
           "vón cục", "lơ lửng", "kết tủa", "tạp chất"),
}


@dataclass(frozen=True)
class _Reader:
    sure: re.Pattern[str]  # each look a group t0, t1…
    maybe: re.Pattern[str]
    lead: re.Pattern[str]  # the end of the text before a maybe-word that makes it a look
    trail: re.Pattern[str]  # the start of the text after it that does
    other: re.Pattern[str]  # the start of the text after it that makes it something else
    vietnamese: bool
    tint: re.Pattern[str]  # a yellow tint
    tint_lead: re.Pattern[str]  # the end of the text before it that makes it a look: another look
    tint_trail: re.Pattern[str]  # the start of the text after it that does


def _groups(words: dict[str, str]) -> str:
    return "|".join(f"(?P<t{n}>{words[look]})" for n, look in enumerate(ORDER) if look in words)


@cache
def _reader(lang: str) -> _Reader | None:
    primary = langtag.primary(lang)
    if primary not in _SURE:
        return None
    sure, maybe = _groups(_SURE[primary]), _groups(_MAYBE[primary])
    any_sure = "|".join(_SURE[primary].values())
    between = rf"(?:\s+(?:{_BETWEEN[primary]}))*"
    joined = rf"\s*(?:,|\b(?:{lookclauses.AND[primary]})\b)\s*"  # "clear and colorless", "claro, incoloro"
    lead = rf"(?:\b(?:{_LIQUID[primary]}|{_BEING[primary]}){between}|\b(?:{any_sure}){joined})\s*$"
    trail = rf"{joined}(?:{any_sure})\b"
    if primary in _BEFORE_LIQUID:
        trail = rf"(?:{trail}|\s+{_BEFORE_LIQUID[primary]})"
    tinted = rf"\s*(?:,|\b(?:{lookclauses.AND[primary]}|{_TO[primary]})\b)\s*"  # "colorless to slightly yellow"
    return _Reader(re.compile(rf"\b(?:{sure})\b"), re.compile(rf"\b(?:{maybe})\b"), re.compile(lead),
                   re.compile(trail), re.compile(rf"\s+(?:{_ELSE[primary]})\b"), primary == "vi",
                   re.compile(rf"\b(?:(?P<t{ORDER.index(YELLOW)}>{_TINT[primary]}))\b"),
                   re.compile(rf"\b(?:{any_sure}){tinted}(?:(?:{_BETWEEN[primary]})\s+)*$"),
                   re.compile(rf"(?:\s+(?:{_BETWEEN[primary]}))*{tinted}(?:{any_sure})\b"))


def found(text: str, lang: str, *, loose: bool = False) -> list[tuple[str, re.Match[str]]] | None:
    """Each look ``text`` says, with its words, in the text's order (None: no word list for ``lang``);
    ``loose``: also the words that say a look only sometimes, wherever they stand."""
    read = _reader(lang)
    if read is None:
        return None
    lowered = text.lower()
    if not any(cue in lowered for cue in _CUES[langtag.primary(lang)]):
        return []
    found = [(ORDER[int(m.lastgroup[1:])], m) for m in read.sure.finditer(lowered) if m.lastgroup]
    taken = [m.span() for _, m in found]
    for m in read.maybe.finditer(lowered):
        if m.lastgroup and not any(a <= m.start() < b for a, b in taken) and (loose or _describes(lowered, m, read)):
            found.append((ORDER[int(m.lastgroup[1:])], m))
    for m in read.tint.finditer(lowered):
        clause = re.split(r"[.;:!?()\n]", lowered[: m.start()])[-1]
        if loose or read.tint_lead.search(clause) or read.tint_trail.match(lowered, m.end()):
            found.append((YELLOW, m))
    return sorted(found, key=lambda item: item[1].start())


def _describes(text: str, m: re.Match[str], read: _Reader) -> bool:
    """Whether a maybe-word says how the liquid looks (see the module's doc)."""
    clause = re.split(r"[.;:!?()\n]", text[: m.start()])[-1]
    after = text[m.end():]
    if read.vietnamese:  # "trong" at the end of its clause or before "và", "hoặc": else it says "in"
        return bool(read.lead.search(clause)) and (not re.match(r"\s*[^\W_]", after) or bool(read.trail.match(after)))
    if read.other.match(after):
        return False
    return bool(read.lead.search(clause) or read.trail.match(after))


def looks(text: str, lang: str) -> frozenset[str] | None:
    """The looks ``text`` says (None: no word list for ``lang``)."""
    said = found(text, lang)
    return None if said is None else frozenset(look for look, _ in said)


def instructions(text: str, lang: str) -> dict[str, lookclauses.Instruction]:
    """What ``text`` says to do when the medicine looks each way it names (lookclauses.instruction), by look; not a
    look whose opposite it names too. For the negation check (lookinstructions.py)."""
    said = found(text, lang) or []
    seen = {look for look, _ in said}
    read = {look: lookclauses.instruction(text, said, lang, look, OPPOSITE) for look, other in OPPOSITE.items()
            if look in seen and other not in seen}
    return {look: said for look, said in read.items() if said}
