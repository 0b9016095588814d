"""QA: how the medicine looks, which a translation may not turn into its opposite, an error: "Do not
use it if the liquid is cloudy" is never "No la use si el líquido está transparente" (the patient
throws away a good syringe and injects a spoiled one), "colorless" never "coloreado".

Two pairs of opposites: clear and cloudy ("clear", "transparent", "transparente", "límpido",
"limpide", "trong suốt"; "cloudy", "milky", "turbio", "turvo", "trouble", "đục") and colorless and
colored ("colorless", "incoloro", "incolor", "incolore", "không màu"; "colored", "discolored",
"changed color", "descolorido", "cambio de color", "alteração de cor", "décoloré", "đổi màu").
Reported where the source says one of a pair and not the other, and the translation the other and
not the one, while the two say a "not" (negationwords.py) as many times: "Do not use it if it is
cloudy" may be "Úsela solo si está transparente" (the negation check reads the "not"), and "if it
is not clear" may be "si está turbia".

Some words say a look only sometimes: "clear" ("clear instructions", "it is clear that"), "claro"
("claro que sí", "amarillo claro"), "clair", French "trouble" ("des troubles du sommeil"),
Vietnamese "trong" (in). Each is read where it describes the liquid: right after a word of the
liquid or a verb of being ("the solution is clear", "si está clara", "la solution est trouble",
"dung dịch trong"; "very", "not" and such may stand between; "que" after it says something else),
right before the liquid ("a clear liquid"), or beside a sure word of a look ("clear and colorless",
"claro e incoloro", "trong và không màu"); Vietnamese "trong" only at the end of its clause or before
"và", "hoặc" ("dung dịch trong ống tiêm" is in the syringe). Particles and a yellow tint are not
compared. Word lists of English, Spanish, Portuguese, French and Vietnamese; a language without one
is not checked. Most entries hold none of the cues and are passed unread.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from . import langtag, opposites
from .findings import Context, Finding, finding
from .negationwords import words as negation_words
from .prose import MASK, mask

CLEAR, CLOUDY, COLORLESS, COLORED = "clear", "cloudy", "colorless", "colored"
OPPOSITE = opposites.pairs((CLEAR, CLOUDY), (COLORLESS, COLORED))
ORDER = tuple(OPPOSITE)

# Words that say a look wherever they stand (lowercase)
_SURE: dict[str, dict[str, str]] = {
    "en": {CLEAR: r"transparent|see-through|crystal-clear",
           CLOUDY: r"cloudy|cloudiness|milky|hazy|murky|turbid",
           COLORLESS: r"colou?rless",
           COLORED: r"(?:dis)?colou?red|discolou?ration|(?:changed?|changes|changing)\s+colou?r|colou?r\s+changes?"},
    "es": {CLEAR: r"transparentes?|límpid[oa]s?",
           CLOUDY: r"turbi[oa]s?|turbiedad|lechos[oa]s?",
           COLORLESS: r"incolor[oa]s?|sin\s+color",
           COLORED: r"coloread[oa]s?|decolorad[oa]s?|descolorid[oa]s?|cambi\w*\s+de\s+color|cambio\s+de\s+color"},
    "pt": {CLEAR: r"transparentes?|límpid[oa]s?",
           CLOUDY: r"turv[oa]s?|turvação|leitos[oa]s?",
           COLORLESS: r"incolor(?:es)?|sem\s+cor",
           COLORED: r"colorid[oa]s?|descolorid[oa]s?|mud\w*\s+de\s+cor|mudança\s+de\s+cor"
                    r"|alteraç(?:ão|ões)\s+(?:de|da|na)\s+cor"},
    "fr": {CLEAR: r"limpides?|transparent(?:e|s|es)?",
           CLOUDY: r"laiteu(?:x|se|ses)|turbide",
           COLORLESS: r"incolores?|sans\s+couleur",
           COLORED: r"colorée?s?|décolorée?s?|chang\w*\s+de\s+couleur|changement\s+de\s+couleur"},
    "vi": {CLEAR: r"trong suốt|trong vắt", CLOUDY: r"vẩn đục|đục", COLORLESS: r"không màu",
           COLORED: r"đổi màu|biến màu|có màu"},
}
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
    "en": ("clear", "transparent", "see-through", "cloud", "milky", "hazy", "murky", "turbid", "colo"),
    "es": ("transparent", "límpid", "turbi", "lechos", "color", "clar"),
    "pt": ("transparent", "límpid", "turv", "leitos", "color", "cor", "clar"),
    "fr": ("limpide", "transparent", "trouble", "laiteu", "turbide", "color", "couleur", "clair"),
    "vi": ("trong", "đục", "màu"),
}


@dataclass(frozen=True)
class _Reader:
    sure: re.Pattern[str]  # each look a group t0, t1…
    maybe: re.Pattern[str]
    lead: re.Pattern[str]  # the end of the text before a maybe-word that makes it a look
    trail: re.Pattern[str]  # the start of the text after it that does
    other: re.Pattern[str]  # the start of the text after it that makes it something else
    vietnamese: bool


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
    return _Reader(re.compile(rf"\b(?:{sure})\b"), re.compile(rf"\b(?:{maybe})\b"), re.compile(lead),
                   re.compile(trail), re.compile(rf"\s+(?:{_ELSE[primary]})\b"), primary == "vi")


def _found(text: str, lang: str) -> list[tuple[str, re.Match[str]]] | None:
    """Each look ``text`` says, with its words, in the text's order (None: no word list for ``lang``)."""
    read = _reader(lang)
    if read is None:
        return None
    lowered = text.lower()
    if not any(cue in lowered for cue in _CUES[langtag.primary(lang)]):
        return []
    found = [(ORDER[int(m.lastgroup[1:])], m) for m in read.sure.finditer(lowered) if m.lastgroup]
    taken = [m.span() for _, m in found]
    for m in read.maybe.finditer(lowered):
        if m.lastgroup and not any(a <= m.start() < b for a, b in taken) and _describes(lowered, m, read):
            found.append((ORDER[int(m.lastgroup[1:])], m))
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
    el líquido está transparente", "colorless" never "coloreado"."""
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
    if turned is None or _nots(source, said, ctx.source_lang) != _nots(translation, put, ctx.lang):
        return []
    other = OPPOSITE[turned]
    return [finding("appearance", f"the source says {turned} ({_words(source, said, turned)}) and the translation "
                    f"{other} ({_words(translation, put, other)}): keep how the medicine looks ({turned} is not "
                    f"{other}); if the translation says it in other words, a reviewer confirms them with "
                    "edu-ok:appearance")]


def _nots(text: str, found: list[tuple[str, re.Match[str]]], lang: str) -> int | None:
    """How many times ``text`` says "not", outside the words of a look ("sin color", "không màu")."""
    language = negation_words(lang)
    if language is None:
        return None
    lowered = text.lower()
    for _, m in reversed(found):
        lowered = lowered[: m.start()] + " " * (m.end() - m.start()) + lowered[m.end():]
    return len(language.negation.findall(lowered))


def _words(text: str, found: list[tuple[str, re.Match[str]]], look: str) -> str:
    """The first words that say ``look``, with up to two words of their clause before them, quoted."""
    m = next(m for seen, m in found if seen == look)
    before = re.split(r"[.,;:!?()\n]", text[: m.start()])[-1].split()[-2:]
    return '"' + " ".join([*before, *text[m.start():m.end()].split()]).replace(MASK, "{…}") + '"'
