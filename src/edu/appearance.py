"""QA: how the medicine looks, which a translation may not turn into its opposite, an error: "Do not
use it if the liquid is cloudy" is never "No la use si el líquido está transparente" (the patient
throws away a good syringe and injects a spoiled one), "colorless" never "coloreado".

Two pairs of opposites: clear and cloudy ("clear", "transparent", "transparente", "límpido",
"limpide", "trong suốt"; "cloudy", "milky", "turbio", "turvo", "trouble", "đục") and colorless and
colored ("colorless", "incoloro", "incolor", "incolore", "không màu"; "colored", "discolored",
"changed color", "descolorido", "cambio de color", "alteração de cor", "décoloré", "đổi màu").
Reported where the source says one of a pair and not the other, and the translation the other and
not the one, under the same instruction: each side is read as what it says to do when the medicine
looks so, (use | do not use) x (if | unless) x (the look | "not" the look), a discard verb
("Deséchela", "Jogue fora", "Jetez-la", "Vứt bỏ") a "do not use", "avoid" and "stop" a "not", "only
if" and "ne … que" none: "Do not use it unless it is clear" (use it only if it is clear) as "Úsela si
está turbia" is reported, "Do not use it if it is cloudy" as "Úsela solo si está transparente" and
"if it is not clear" as "si está turbia" pass. Where a side's instruction cannot be read (no "if",
no verb of using or discarding in the main clause, both, two "not"s before the look), the two must
say a "not" (negationwords.py; an "unless", "a menos que", "à moins que", "trừ khi" is one) as many
times in the clause that governs the look. The same look under the opposite instruction is reported
too ("Do not use it if it is cloudy" as "No la agite; úsela si está turbia": the "not" moved off the
look), but not where the negation check reports a "not" lost ("Úsela solo si está turbia"). The
clause that governs a look is its "if" clause (up to a comma after the look) with the main clause
it hangs on: the one before its "if", back to a comma ("No la agite, úsela solo si está
transparente": "úsela solo"), or where the sentence opens with the "if", the rest
of the sentence ("If it is cloudy, do not use it"); a main clause says its "not" once however often
it repeats it ("No la agite ni la use si…", "Ne l’agitez pas et ne l’utilisez pas si…" for "Do not
shake it or use it if…"), and French "ne … que" says only ("Ne l’utilisez que si elle est
limpide"). A "not" of another sentence or of a clause after "but" governs no look ("Do not shake
it. Use it only if it is clear." as "Evite agitarla. No la use si está turbia." passes).

Some words say a look only sometimes: "clear" ("clear instructions", "it is clear that"), "claro"
("claro que sí", "amarillo claro"), "clair", French "trouble" ("des troubles du sommeil"),
Vietnamese "trong" (in). Each is read where it describes the liquid: right after a word of the
liquid or a verb of being ("the solution is clear", "si está clara", "la solution est trouble",
"dung dịch trong"; "very", "not" and such may stand between; "que" after it says something else),
right before the liquid ("a clear liquid"), or beside a sure word of a look ("clear and colorless",
"claro e incoloro", "trong và không màu"); Vietnamese "trong" only at the end of its clause or before
"và", "hoặc" ("dung dịch trong ống tiêm" is in the syringe).

Two looks of no opposite: particles ("particles", "partículas", "particules", "hạt", "vẩn", "cặn") and
a yellow tint ("yellow", "amarillo", "amarelado", "jaune", "vàng"), the tint only beside another look
("colorless or slightly yellow", "incoloro a amarillo pálido"; "yellow skin" says none). A look the
source says is also reported left out where the translation says how the liquid looks and says
neither that look nor its opposite: "Do not use it if it is discolored or has particles in it" is
never "No la use si está transparente", nor "cloudy or has particles" "turbia" alone. There the
translation is read loosely ("claro", "trong", a yellow word wherever they stand), and a
translation that says no look at all is not compared (a reviewer reads it).
Word lists of English, Spanish, Portuguese, French and Vietnamese; a language without one
is not checked. Most entries hold none of the cues and are passed unread.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from typing import NamedTuple

from . import langtag, negations, opposites
from .findings import Context, Finding, counted, finding
from .negationwords import Words, concept
from .negationwords import words as negation_words
from .prose import MASK, mask

CLEAR, CLOUDY, COLORLESS, COLORED = "clear", "cloudy", "colorless", "colored"
YELLOW, PARTICLES = "yellow", "particles"  # looks of no opposite: compared only as left out
OPPOSITE = opposites.pairs((CLEAR, CLOUDY), (COLORLESS, COLORED))
ORDER = (*OPPOSITE, YELLOW, PARTICLES)

# Words that say a look wherever they stand (lowercase)
_SURE: dict[str, dict[str, str]] = {
    "en": {CLEAR: r"transparent|see-through|crystal-clear",
           CLOUDY: r"cloudy|cloudiness|milky|hazy|murky|turbid",
           COLORLESS: r"colou?rless|without\s+(?:any\s+)?colou?r",
           COLORED: r"(?:dis)?colou?red|discolou?ration|(?:changed?|changes|changing)\s+colou?r|colou?r\s+changes?"
                    r"|colou?r\s+(?:has\s+)?changed|changes?\s+in\s+colou?r|(?:unusual|different|odd|strange|abnormal)\s+colou?r",
           PARTICLES: r"particles?|particulates?|particulate\s+matter|specks?|sediment|fragments|floating\s+bits"},
    "es": {CLEAR: r"transparentes?|límpid[oa]s?",
           CLOUDY: r"turbi[oa]s?|turbiedad|lechos[oa]s?",
           COLORLESS: r"incolor[oa]s?|sin\s+color|no\s+(?:tiene|tenga|tener)\s+(?:ningún\s+)?color",
           COLORED: r"coloread[oa]s?|decolorad[oa]s?|descolorid[oa]s?|cambi\w*\s+de\s+color|cambio\s+de\s+color"
                    r"|cambios?\s+en\s+el\s+color|color\s+(?:ha\s+)?cambi\w*|color\s+(?:anormal|extraño|raro|diferente|alterado)"
                    r"|otro\s+color|(?:tiene|tenga)\s+(?:algún\s+)?color|(?:de|des)?coloraci(?:ón|ones)",
           PARTICLES: r"partículas?|particulas?|grumos|sedimentos?|flóculos|fragmentos|impurezas|cuerpos\s+extraños"},
    "pt": {CLEAR: r"transparentes?|límpid[oa]s?",
           CLOUDY: r"turv[oa]s?|turvação|leitos[oa]s?",
           COLORLESS: r"incolor(?:es)?|sem\s+cor|não\s+(?:tem|tenha|ter)\s+(?:nenhuma\s+)?cor",
           COLORED: r"colorid[oa]s?|descolorid[oa]s?|mud\w*\s+de\s+cor|mudança\s+de\s+cor"
                    r"|alteraç(?:ão|ões)\s+(?:de|da|na)\s+cor|mudança\s+(?:da|na)\s+cor|cor\s+(?:anormal|estranha|diferente|alterada)"
                    r"|outra\s+cor|(?:tem|tenha)\s+(?:alguma\s+)?cor|(?:des)?coloraç(?:ão|ões)",
           PARTICLES: r"partículas?|particulas?|grumos|sedimentos?|flocos|fragmentos|impurezas|corpos\s+estranhos"},
    "fr": {CLEAR: r"limpides?|transparent(?:e|s|es)?",
           CLOUDY: r"laiteu(?:x|se|ses)|turbide",
           COLORLESS: r"incolores?|sans\s+couleur",
           COLORED: r"colorée?s?|décolorée?s?|chang\w*\s+de\s+couleur|changement\s+de\s+couleur"
                    r"|couleur\s+(?:anormale|inhabituelle|différente|étrange|modifiée)|autre\s+couleur|(?:dé)?colorations?",
           PARTICLES: r"particules?|sédiments?|dépôts?|grumeaux|flocons|fragments|impuretés|corps\s+étrangers"},
    "vi": {CLEAR: r"trong suốt|trong vắt", CLOUDY: r"vẩn đục|đục", COLORLESS: r"không màu|không có màu",
           COLORED: r"đổi màu|biến màu|có màu|thay đổi màu|màu(?: sắc)? (?:bị )?(?:thay đổi|lạ|bất thường|khác thường)",
           PARTICLES: r"hạt|tiểu phân|vẩn(?! đục)|cặn|vật lạ|mảnh vụn|lợn cợn|vón cục"},
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
_AND = {"en": r"and|or", "es": r"y|e|o|u", "pt": r"e|ou", "fr": r"et|ou", "vi": r"và|hoặc|hay"}
# After a maybe-word: it says something else ("clear that", "claro que", "le produit trouble la vue": a
# verb); English "clear" before the liquid ("a clear liquid")
_ELSE = {"en": r"that|to|up|of|about|enough|on|how|what|which|why|whether|instructions?|directions?",
         "es": r"que", "pt": r"que", "fr": r"que|qu[’']|la|le|les|l[’']|votre|vos|sa|son|ses", "vi": r"(?!)"}
_BEFORE_LIQUID = {"en": r"(?:liquid|solution|fluid)\b"}
# Lower-case pieces of which each word above holds one: most entries hold none and are passed unread
_CUES = {
    "en": ("clear", "transparent", "see-through", "cloud", "milky", "hazy", "murky", "turbid", "colo", "partic",
           "speck", "sediment", "fragment", "floating"),
    "es": ("transparent", "límpid", "turbi", "lechos", "color", "clar", "partícul", "particul", "grumo", "sediment",
           "flócul", "fragment", "impureza", "extraño"),
    "pt": ("transparent", "límpid", "turv", "leitos", "color", "cor", "clar", "partícul", "particul", "grumo",
           "sediment", "floco", "fragment", "impureza", "estranho"),
    "fr": ("limpide", "transparent", "trouble", "laiteu", "turbide", "color", "couleur", "clair", "particul",
           "sédiment", "dépôt", "grumeau", "flocon", "fragment", "impureté", "étranger"),
    "vi": ("trong", "đục", "màu", "hạt", "tiểu phân", "vẩn", "cặn", "vật lạ", "mảnh vụn", "lợn cợn", "vón cục"),
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
    joined = rf"\s*(?:,|\b(?:{_AND[primary]})\b)\s*"  # "clear and colorless", "claro, incoloro"
    lead = rf"(?:\b(?:{_LIQUID[primary]}|{_BEING[primary]}){between}|\b(?:{any_sure}){joined})\s*$"
    trail = rf"{joined}(?:{any_sure})\b"
    if primary in _BEFORE_LIQUID:
        trail = rf"(?:{trail}|\s+{_BEFORE_LIQUID[primary]})"
    tinted = rf"\s*(?:,|\b(?:{_AND[primary]}|{_TO[primary]})\b)\s*"  # "colorless to slightly yellow"
    return _Reader(re.compile(rf"\b(?:{sure})\b"), re.compile(rf"\b(?:{maybe})\b"), re.compile(lead),
                   re.compile(trail), re.compile(rf"\s+(?:{_ELSE[primary]})\b"), primary == "vi",
                   re.compile(rf"\b(?:(?P<t{ORDER.index(YELLOW)}>{_TINT[primary]}))\b"),
                   re.compile(rf"\b(?:{any_sure}){tinted}(?:(?:{_BETWEEN[primary]})\s+)*$"),
                   re.compile(rf"(?:\s+(?:{_BETWEEN[primary]}))*{tinted}(?:{any_sure})\b"))


def _found(text: str, lang: str, *, loose: bool = False) -> list[tuple[str, re.Match[str]]] | None:
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
    found = _found(text, lang)
    return None if found is None else frozenset(look for look, _ in found)


def check_appearance(src: str, tr: str, ctx: Context) -> list[Finding]:
    """How the medicine looks is not turned into its opposite: "if the liquid is cloudy" is never "si
    el líquido está transparente", "colorless" never "coloreado"; nor is a look the source says left
    out where the translation says how the liquid looks ("discolored or has particles" as "si está
    transparente")."""
    if src == tr:
        return []
    source = mask(src)
    said = _found(source, ctx.source_lang)
    if not said:
        return []
    translation = mask(tr)
    put = _found(translation, ctx.lang)
    if not put:
        return []
    x, y = {look for look, _ in said}, {look for look, _ in put}
    turned = opposites.turned(OPPOSITE, x, y)
    if turned is None:
        return _reversed(source, said, translation, put, ctx) + _left_out(source, said, translation, ctx.lang)
    other = OPPOSITE[turned]
    was = _instruction(source, said, ctx.source_lang, turned)
    now = _instruction(translation, put, ctx.lang, other) if was else None
    if was and now:  # both read: the other look under the same instruction is reported
        if was.use != now.use:
            return []
    elif _nots(source, said, ctx.source_lang, turned) != _nots(translation, put, ctx.lang, other):
        return []
    return [finding("appearance", f"the source says {turned} ({_words(source, said, turned)}) and the translation "
                    f"{other} ({_words(translation, put, other)}): keep how the medicine looks ({turned} is not "
                    f"{other}); {_CONFIRM}")]


_CONFIRM = "if the translation says it in other words, a reviewer confirms them with edu-ok:appearance"


def _reversed(source: str, said: list[tuple[str, re.Match[str]]], translation: str,
              put: list[tuple[str, re.Match[str]]], ctx: Context) -> list[Finding]:
    """The same look under the opposite instruction: "Do not use it if it is cloudy" as "No la agite;
    úsela si está turbia" (a discard verb is a "do not use": "Deséchela si está turbia" passes). Not
    where the negation check reports a "not" lost or added ("Úsela solo si está turbia"): one error
    for one fault."""
    x, y = {look for look, _ in said}, {look for look, _ in put}
    for look in OPPOSITE:
        if look not in x or look not in y or OPPOSITE[look] in x or OPPOSITE[look] in y:
            continue
        was = _instruction(source, said, ctx.source_lang, look)
        now = _instruction(translation, put, ctx.lang, look) if was else None
        if was and now and was.use != now.use and not _negation_lost(source, translation, ctx):
            return [finding("appearance", f'the source says {_DO[was.use]} if {look} ("{was.words}") and the '
                            f'translation {_DO[now.use]} if {look} ("{now.words}"): keep what to do when the '
                            f"medicine looks {look}; {_CONFIRM}")]
    return []


_DO = {True: "use it", False: "do not use it"}


def instructions(text: str, lang: str) -> dict[str, _Instruction]:
    """What ``text`` says to do when the medicine looks each way it names (_instruction), by look; not a
    look whose opposite it names too. For the negation check (lookinstructions.py)."""
    found = _found(text, lang) or []
    seen = {look for look, _ in found}
    read = {look: _instruction(text, found, lang, look) for look, other in OPPOSITE.items()
            if look in seen and other not in seen}
    return {look: said for look, said in read.items() if said}


def use_verbs(text: str, lang: str) -> tuple[bool, bool]:
    """Whether ``text`` says a verb of using the medicine, and one of throwing it away (_USE, _DISCARD)."""
    primary, lowered = langtag.primary(lang), text.lower()
    verbs = _verbs(primary) if primary in _USE else None
    return (verbs is not None and verbs.use.search(lowered) is not None,
            verbs is not None and verbs.discard.search(lowered) is not None)


def not_on_use(text: str, lang: str) -> bool:
    """Whether ``text`` says its "not" to the verb of using, a word at most between ("Do not use", "No
    la use", "Ne l’utilisez"; not "Do not shake it or use it": that "not" may be another verb's)."""
    language, primary, lowered = negation_words(lang), langtag.primary(lang), text.lower()
    if language is None or primary not in _USE:
        return False
    on_use = _verbs(primary).on_use
    return any(on_use.match(lowered, m.end()) for m in language.negation.finditer(lowered))


def _negation_lost(source: str, translation: str, ctx: Context) -> bool:
    """Whether the negation check reports the entry a "not" lost or added ("Úsela solo si está turbia"
    for "Do not use it if it is cloudy"): it says so already, once is enough."""
    changed = negations.changed_negation(source, translation, ctx.source_lang, ctx.lang)
    return changed is not None and changed.change in ("lost", "added")


def _left_out(source: str, said: list[tuple[str, re.Match[str]]], translation: str, lang: str) -> list[Finding]:
    """The looks the source says that a translation speaking of the liquid's look leaves out: neither the
    look nor its opposite, read loosely ("claro", "trong" wherever they stand)."""
    read = _found(translation, lang, loose=True) or []
    put = {look for look, _ in read}
    lost = [look for look in ORDER if any(seen == look for seen, _ in said) and look not in put
            and OPPOSITE.get(look) not in put]
    if not lost:
        return []
    named = counted(Counter(f"{look} ({_words(source, said, look)})" for look in lost))
    return [finding("appearance", f"the source says {named} and the translation does not: keep every look the "
                    f"source names; {_CONFIRM}")]


def _nots(text: str, found: list[tuple[str, re.Match[str]]], lang: str, look: str) -> int | None:
    """How many times ``text`` says "not" in the clause that governs ``look`` (see _governing), outside
    the words of a look ("sin color", "không màu") and the words just before a look of no opposite ("sin
    partículas", "no tiene partículas": no look is turned round by them)."""
    language = negation_words(lang)
    if language is None:
        return None
    clauses = _clauses(langtag.primary(lang))
    return sum(_governing(piece, blanked, at, language, clauses)
               for _, piece, blanked, at in _sentences(text, found, look))


def _sentences(text: str, found: list[tuple[str, re.Match[str]]], look: str) -> list[tuple[int, str, str, int]]:
    """Each sentence (or clause after "but") of ``text`` that says ``look``: where it starts, lowercased,
    with the words of the looks blanked (and the words just before a look of no opposite), and where
    the look first stands in it."""
    lowered = text.lower()
    blanked = lowered
    for seen, m in reversed(found):
        start = m.start()
        lead = _NO_OPPOSITE_LEAD.search(blanked, 0, start) if seen not in OPPOSITE else None
        start = lead.start() if lead else start
        blanked = blanked[:start] + " " * (m.end() - start) + blanked[m.end():]
    starts = [m.start() for seen, m in found if seen == look]
    cuts = [0, *(m.start() for m in _SENTENCE.finditer(lowered)), len(lowered)]
    pieces = []
    for at, end in pairwise(cuts):
        first = next((start for start in starts if at <= start < end), None)
        if first is not None:
            pieces.append((at, lowered[at:end], blanked[at:end], first - at))
    return pieces


def _governing(piece: str, blanked: str, at: int, language: Words, clauses: _Clauses) -> int:
    """The "not"s of a sentence ``piece`` that govern the look at ``at``: those of its "if" clause, up to
    a comma after the look ("if it is not clear"; not "…, aunque no haya salido"), and of the main clause
    that clause hangs on: the one before its "if", back to a comma ("No la agite, úsela solo si…":
    "úsela solo"), or, where the sentence opens with the "if", the rest of the sentence ("If it is
    cloudy, do not use it"); a main clause says "not" once however often it repeats it ("No la agite ni
    la use", "Ne l’agitez pas et ne l’utilisez pas"). An "unless" says one. A sentence of no "if"
    counts whole."""
    opening = None
    for m in clauses.condition.finditer(piece, 0, at):
        opening = m
    if opening is None:
        return _count(blanked, language, clauses)
    head = blanked[: opening.start()]
    comma = blanked.find(",", at)
    ends = comma if comma >= 0 else len(blanked)  # where the look's "if" clause ends
    if re.search(r"[^\W\d_]", head):
        return min(1, _count(head.rsplit(",", 1)[-1], language, clauses)) + _count(blanked[opening.start():ends],
                                                                                 language, clauses)
    return _count(blanked[:ends], language, clauses) + min(1, _count(blanked[ends:], language, clauses))


def _count(text: str, language: Words, clauses: _Clauses) -> int:
    """The "not"s of ``text``: its negations and "unless"es, a "nor" after a negation not again ("No la
    agite ni la use" says one), nor a French "ne … que" (only)."""
    count = 0
    for m in language.negation.finditer(text):
        if (m.group() != language.nor or not count) and not (language.restrictive
                                                             and language.restrictive.match(text, m.end())):
            count += 1
    return count + len(clauses.unless.findall(text))


class _Instruction(NamedTuple):
    use: bool  # use it when it looks so (False: do not use it)
    words: str  # the words that say it


def _instruction(text: str, found: list[tuple[str, re.Match[str]]], lang: str, look: str) -> _Instruction | None:
    """Whether ``text`` says to use the medicine when it looks ``look`` or not to: in each sentence that
    says the look, the verb of the main clause its "if" clause hangs on (see _governing), "use" or a
    discard ("Deséchela": a "do not use"), turned round by a "not" in its part of that clause (back to
    an "and": "No la agite y úsela" says use; "Evite", "Deje de" say one too), by an "unless", and by
    a "not" before the look in its "if" clause ("unless it is clear": use it only if clear; French
    "à moins qu’elle ne soit" says none). None where a sentence says the look in no "if" clause, with
    no such verb or with both, with two "not"s before it, or sentences differ."""
    language, primary = negation_words(lang), langtag.primary(lang)
    if language is None or primary not in _USE:
        return None
    read: list[tuple[bool, int, int]] = []
    for sentence in _sentences(text, found, look):
        said = _said_instruction(*sentence, language, _clauses(primary), primary)
        if said is None or (read and said[0] != read[0][0]):
            return None
        read.append(said)
    if not read:
        return None
    use, start, end = read[0]
    return _Instruction(use, text[start:end].strip(" ,;:.").replace(MASK, "{…}"))


def _said_instruction(offset: int, piece: str, blanked: str, at: int, language: Words, clauses: _Clauses,
                      primary: str) -> tuple[bool, int, int] | None:
    """One sentence's instruction about its look at ``at`` (see _instruction), with where its words
    start and end in the text."""
    opening = None
    for m in clauses.condition.finditer(piece, 0, at):
        opening = m
    if opening is None:
        return None
    comma = blanked.find(",", at)
    ends = comma if comma >= 0 else len(blanked)  # where the look's "if" clause ends
    head = blanked[: opening.start()]
    first = _LETTER.search(head) is None  # the sentence opens with the "if"
    main = (ends, len(blanked)) if first else (head.rfind(",") + 1, opening.start())
    verbs = _verbs(primary)
    uses = list(verbs.use.finditer(blanked, *main))
    discards = list(verbs.discard.finditer(blanked, *main))
    if bool(uses) == bool(discards):
        return None
    verb = (uses or discards)[0 if first else -1]
    part = max((m.end() for m in verbs.then.finditer(blanked, main[0], verb.start())), default=main[0])
    ahead = verbs.then.search(blanked, verb.end(), main[1])
    said = blanked[part: ahead.start() if ahead else main[1]]
    carried = sum(concept(m.group(), language) in _SAYS_NOT for m in language.carried.finditer(said))
    negated = (min(1, _count(said, language, clauses)) + carried) % 2 == 1  # "Evite usarla", "No deje de usarla"
    unless = clauses.unless.match(piece, opening.start()) is not None
    before = 0 if unless and primary == "fr" else _count(blanked[opening.end():at], language, clauses)
    if before > 1:
        return None
    use = negated == bool(discards)
    use ^= unless ^ (before == 1)
    return use, offset + min(main[0], opening.start()), offset + max(main[1], ends)


class _Verbs(NamedTuple):
    use: re.Pattern[str]
    discard: re.Pattern[str]
    then: re.Pattern[str]  # an "and" that ends a main clause's "not" ("Do not shake it and use it")
    on_use: re.Pattern[str]  # right after a "not", a verb of using, a word at most before it ("la use")


# Verbs of using the medicine and of throwing it away (a "do not use"), and the words that open the
# next part of a main clause
_USE = {"en": r"use|using|inject|injecting|give|giving|administer",
        "es": r"us[ae]\w*|ús[ae]\w*|utili[zc]\w*|utilíc\w*|inyect\w*|inyéct\w*|administr\w*|pong[ae]\w*|póng[ae]\w*",
        "pt": r"us[ae]\w*|usá\w*|utiliz\w*|injet\w*|aplique\w*|administr\w*",
        "fr": r"utilis\w*|inject\w*|employ\w*|administr\w*", "vi": r"dùng|sử dụng|tiêm"}
_DISCARD = {"en": r"discard\w*|throw\w*(?:\s+\w+)?\s+away|dispose\w*|get\s+rid",
            "es": r"desech\w*|deséch\w*|tír[ae]\w*|tir[ae]l[oa]s?|tirar\w*|descart\w*|descárt\w*|bót[ae]\w*|botar\w*"
                  r"|elimín\w*|elimine(?:l[oa]s?)?",
            "pt": r"descart\w*|(?:jogu|deit)\w*(?:-\w+)?(?:\s+\w+)?\s+fora|elimin\w*",
            "fr": r"jet(?:ez|er)\w*|élimin\w*|mett\w*(?:\s+\w+)?\s+au\s+rebut",
            "vi": r"bỏ đi|vứt|hủy|loại bỏ"}
_LETTER = re.compile(r"[^\W\d_]")
_SAYS_NOT = frozenset({"avoid", "stop", "forbid"})  # before the verb: "Evite usarla", "Stop using it"
_THEN = {"en": r"and|then", "es": r"y|e|luego", "pt": r"e|depois", "fr": r"et|puis", "vi": r"và|rồi"}


@cache
def _verbs(primary: str) -> _Verbs:
    use, discard, then = (re.compile(rf"\b(?:{words[primary]})\b") for words in (_USE, _DISCARD, _THEN))
    return _Verbs(use, discard, then, re.compile(rf"\W*(?:[^\W\d_]+\W+)?(?:{_USE[primary]})\b"))


class _Clauses(NamedTuple):
    condition: re.Pattern[str]  # the word that opens an "if" clause
    unless: re.Pattern[str]  # an "unless": an "if not"


# An "if" clause opens with one of these (an "unless" too); an "unless" says a "not" (a language's own
# negation in it, "a não ser que", is counted as one already)
_IF = {"en": r"if|when|whenever", "es": r"si|cuando", "pt": r"se|quando|caso",
       "fr": r"si|s[’'](?=ils?\b)|quand|lorsqu\w*", "vi": r"nếu|khi"}
_UNLESS = {"en": r"unless|except\s+if", "es": r"a\s+menos\s+que|salvo\s+que|salvo\s+si|excepto\s+si",
           "pt": r"a\s+menos\s+que|salvo\s+se|exceto\s+se", "fr": r"à\s+moins\s+qu\w*|sauf\s+si",
           "vi": r"trừ\s+khi|trừ\s+phi"}


@cache
def _clauses(primary: str) -> _Clauses:
    unless = rf"\b(?:{_UNLESS[primary]})\b"
    return _Clauses(re.compile(rf"{unless}|\b(?:{_IF[primary]})\b"), re.compile(unless))


# A sentence, or a clause after "but" (its "not" governs only its own clause): where each starts
_SENTENCE = re.compile(r"(?<=[.;:!?\n])|(?=,\s*(?:sino)\b)|(?=\b(?:but|pero|mas|porém|mais|nhưng)\b)")
_NO_OPPOSITE_LEAD = re.compile(r"(?:[^\W\d_]+[’']?\s+){0,3}$")  # up to three words before a look


def _words(text: str, found: list[tuple[str, re.Match[str]]], look: str) -> str:
    """The first words that say ``look``, with up to two words of their clause before them, quoted."""
    m = next(m for seen, m in found if seen == look)
    before = re.split(r"[.,;:!?()\n]", text[: m.start()])[-1].split()[-2:]
    return '"' + " ".join([*before, *text[m.start():m.end()].split()]).replace(MASK, "{…}") + '"'
