"""QA, the meaning checks' negation words: a language -> the patterns negations.py reads a
negation with.

In: a language tag. Out: ``Words`` (compiled once per language), or None for a language without
word lists (English, Spanish, Portuguese, French and Vietnamese have them; meaningcheck.reads_meaning
says which). The lists are lowercase (the patterns read lowercased text: without re.IGNORECASE,
several times faster) and written in NFC (a Vietnamese tone mark typed as a combining mark is the
same word). What says "not": the negations themselves, "nor", idioms whose "no" forbids nothing
("no importa"), the words that can say a negation in other words ("Evite", "persistente"); where a
negation stands in its clause: leading it ("No llame"), or after a word that opens a clause of its
own ("… que no hay peligro"); a negation of "forget" or "stop", which says do it ("No olvide
agitarla"); "with" and "without".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import langtag
from .firstchars import quick

_NO_WORD = r"(?!)"  # a pattern that matches nothing: no word of the language says it alone
# A negation: what the translation must keep in some form. French: "ne" (or "n’") says it once for
# "ne … pas", "ne … plus", "ne … jamais"; "pas" alone only where no "ne" comes before it ("Pas
# d’alcool", "1 g, pas plus", "mais pas le soir"). Vietnamese: "không" is no negation in "không
# khí" (air) and "không gian" (space).
_NEGATION = {
    "en": r"not|no|never|none|nothing|nobody|neither|cannot|without",
    "es": r"no|nunca|jamás|tampoco|nadie|nada|ningún|ninguno|ninguna|ningunos|ningunas|sin",
    "pt": r"não|nunca|jamais|nenhum|nenhuma|ninguém|nada|sem",
    "fr": r"ne|non|jamais|rien|aucun|aucune|aucuns|aucunes|nul|nulle|sans|"
          r"(?:(?<![\w’'] )|(?<=\bmais )|(?<=\bet )|(?<=\bou )|(?<=\bsurtout ))pas",
    "vi": r"không(?! (?:khí|gian|trung)\b)|đừng|chớ|chưa|chẳng|cấm",
}
_CONTRACTED = {"en": r"|n[’']t\b", "es": "", "pt": "", "fr": r"|\bn[’'](?=[^\W\d_])", "vi": ""}  # "don't", "n’agitez"
# "Nor" negates again: Spanish, Portuguese and French say it again ("ni", "nem", "ni"); English may
# say "or" ("No hemos podido verificar los antivirales ni la dosis": "We could not verify the
# antivirals or the dose"), so it counts only into those three. Vietnamese says it with another
# "không" ("không ăn cũng không uống"): no word of its own.
_NOR = {"en": "nor", "es": "ni", "pt": "nem", "fr": "ni", "vi": _NO_WORD}
_NOR_REPEATED = frozenset({"es", "pt", "fr"})
# Set phrases whose "no" forbids nothing ("no importa": it does not matter; "n’importe quel bras":
# any arm): a negation only where the source speaks of mattering too (_MATTER). Each has a space;
# no negation word has one.
_IDIOM = {"en": r"no (?:matter|problem)|(?:does|do|did)(?: not|n[’']t) matter",
          "es": r"no (?:importa|pasa nada|hay problema|es (?:un )?problema)|da igual",
          "pt": r"não (?:importa|tem problema|há problema|faz mal)|tanto faz",
          "fr": r"peu importe|n[’']importe (?:qu\w*|où|comment|lequel|laquelle|lesquel\w*)|"
                r"(?:ça|cela) n[’']a pas d[’']importance|(?:il n[’']y a )?pas de problème|"
                r"ce n[’']est pas (?:un )?problème|(?:ça|cela) ne fait rien",
          "vi": r"không sao|không (?:thành )?vấn đề|không quan trọng"}
_MATTER = {"en": r"matters?|problems?|difference", "es": r"importa\w*|problemas?|igual|diferencia",
           "pt": r"importa\w*|problemas?|diferença", "fr": r"import\w*|problèmes?|différence",
           "vi": r"quan trọng|vấn đề|khác biệt"}
# Words that can say a negation in other words ("avoid", "stop", "at most", "only", "except",
# "fever-free", "persistente" for "does not go away"), each with the words it translates: such a
# word counts only as often as the translation has it beyond the source's own.
# Vietnamese forbids, says unknown and unable with its negations ("cấm", "chưa rõ", "không thể").
_CARRIERS: dict[str, dict[str, str]] = {
    "avoid": {"en": r"avoid\w*", "es": r"evit\w*|evít\w*", "pt": r"evit\w*", "fr": r"évit\w*", "vi": r"tránh"},
    "stop": {"en": r"stop\w*|quit\w*", "es": r"dej\w+ de|suspend\w*|pare|paren|parar",
             "pt": r"deix\w+ de|suspend\w*|pare|parem|parar", "fr": r"arrêt\w*|cess\w*|interromp\w*|suspend\w*",
             "vi": r"ngừng|ngưng|dừng"},
    "limit": {"en": r"at most|at least", "es": r"como máximo|a lo sumo|como mínimo|al menos|por lo menos",
              "pt": r"no máximo|pelo menos|no mínimo", "fr": r"au maximum|au plus|au minimum|au moins",
              "vi": r"tối đa|tối thiểu|ít nhất|nhiều nhất"},
    "only": {"en": r"only|just|solely", "es": r"solo|sólo|solamente|únicamente", "pt": r"só|somente|apenas|unicamente",
             "fr": r"seulement|uniquement|exclusivement", "vi": r"chỉ|duy nhất"},
    "except": {"en": r"except|unless", "es": r"excepto|salvo", "pt": r"exceto|salvo",
               "fr": r"sauf|excepté|hormis|à moins", "vi": r"ngoại trừ|trừ"},
    "instead": {"en": r"instead|rather", "es": r"en vez|en lugar", "pt": r"em vez|em lugar", "fr": r"au lieu|plutôt",
                "vi": r"thay vì|thay cho"},
    "free": {"en": r"free", "es": r"libre", "pt": r"livre", "fr": r"exempte?s?|indemnes?", "vi": _NO_WORD},
    "absent": {"en": r"lack\w*|fail\w*|absent|absence", "es": r"ausen\w*|falt\w*|carec\w*",
               "pt": r"ausên\w*|falt\w*|carec\w*", "fr": r"absen\w*|manqu\w*|dépourvu\w*", "vi": r"thiếu|vắng"},
    "before": {"en": r"before|early|earlier|ahead|prior", "es": r"antes", "pt": r"antes", "fr": r"avant|auparavant|tôt",
               "vi": r"trước|sớm"},
    "until": {"en": r"until|till|up to", "es": r"hasta", "pt": r"até", "fr": r"jusqu[’'](?:à|au|aux|ce)|tant que",
              "vi": r"cho đến|cho tới|đến khi|tới khi"},
    "wait": {"en": r"wait", "es": r"espere", "pt": r"espere", "fr": r"attend\w*", "vi": r"chờ|đợi"},
    "keep": {"en": r"keep|kept", "es": r"mantenga", "pt": r"mantenha",
             "fr": r"gardez|garder|conservez|conserver|maintenez|maintenir", "vi": r"giữ"},
    "away": {"en": r"(?<!right )(?<!straight )away|far", "es": r"lejos", "pt": r"longe",
             "fr": r"loin|éloign\w*|à l[’']écart", "vi": r"xa"},  # not "Call 911 right away"
    "out": {"en": r"out|outside|off", "es": r"fuera|afuera|aparte", "pt": r"fora", "fr": r"hors|dehors",
            "vi": r"ngoài|khỏi"},
    "forbid": {"en": r"refrain\w*|prohibit\w*|forbid\w*", "es": r"prohib\w*", "pt": r"proib\w*",
               "fr": r"interdi\w*|prohib\w*|proscri\w*", "vi": _NO_WORD},
    "unknown": {"en": r"unknown|unclear", "es": r"desconoc\w*", "pt": r"desconhec\w*", "fr": r"inconnu\w*|ignor\w*",
                "vi": _NO_WORD},
    "unable": {"en": r"unable|impossible", "es": r"imposib\w*|incapa\w*", "pt": r"impossív\w*|incapa\w*",
               "fr": r"impossib\w*|incapab\w*|incapacité", "vi": _NO_WORD},
    "persist": {"en": r"persist\w*|unexplained|inexplicabl\w*", "es": r"persist\w*|inexplicabl\w*",
                "pt": r"persist\w*|inexplicáve\w*|inexplicável", "fr": r"persist\w*|inexpliqu\w*|inexplicabl\w*",
                "vi": r"dai dẳng"},
}
# What a translation's "only" (a carrier above) may say with a source's "not": "only" itself, "no
# other" ("Do not use any other syringe": "Use solo esta jeringa"); and a condition ("Do not use it
# until it is warm": "Úsela solo cuando esté tibia"; unless, except, before, without), which the
# reviewer reads (negations.py warns: "solo cuando se sienta mejor" keeps a "not" and loses the
# doctor's word). Where the source says none of these ("Do not use it if it is cloudy"), an "only"
# says no "not" ("Úsela solo si está turbia").
_ONLY_SAYS = {"en": r"only|just|solely|other|else", "es": r"solo|sólo|solamente|únicamente|otr[oa]s?|demás",
              "pt": r"só|somente|apenas|unicamente|outr[oa]s?|demais",
              "fr": r"seulement|uniquement|exclusivement|autres?", "vi": r"chỉ|duy nhất|khác"}
_ONLY_WHEN = {"en": r"until|till|unless|except|before|without",
              "es": r"hasta|a menos que|a no ser que|salvo|excepto|antes|sin",
              "pt": r"até|a menos que|a não ser que|salvo|exceto|antes|sem",
              "fr": r"jusqu[’'](?:à|au|aux|ce)|tant que|à moins|sauf|excepté|avant|sans",
              "vi": r"cho đến|cho tới|đến khi|tới khi|trừ khi|ngoại trừ|trước"}
# French "ne … que" says only, no "not" ("Ne l’utilisez que lorsqu’elle est à température ambiante"):
# a "ne" whose clause says "que" before any word that completes a negation ("N’oubliez pas que…",
# "Ne faites rien que…" negate).
_RESTRICTIVE = {"fr": r"(?:(?<=\bne)|(?<=\bn[’']))"
                      r"(?:(?!(?:pas|plus|jamais|rien|personne|aucune?s?|guère|point|nulle?|ni)\b)[^,;:.!?()\n—–])*?"
                      r"\bqu(?:e\b|[’'])"}
# How a translator is shown a kept negation, in the translation's language.
_EXAMPLE = {"en": '"Do not shake it", not "Shake it"', "es": '"No la agite", not "Agítela"',
            "pt": '"Não agite", not "Agite"', "fr": '"Ne l’agitez pas", not "Agitez-la"',
            "vi": '"Không lắc", not "Lắc"'}
# A negation that leads its clause negates its verb: "No llame", "Do not call", "Never", "Não ligue",
# "N’agitez pas", "Đừng" (after "and", "but" or "do" at most). One after "que", "that", "until",
# "which" in its clause may negate a clause of its own ("hasta que un médico le diga que no hay peligro").
_LEAD = {"en": r"(?:not|never|no|n[’']t)\b", "es": r"(?:no|nunca|jamás|tampoco)\b",
         "pt": r"(?:não|nunca|jamais|tampouco)\b", "fr": r"(?:(?:ne|jamais|pas)\b|n[’'])",
         "vi": r"(?:không|đừng|chớ|chẳng|cấm|chưa)\b"}
_BEFORE_LEAD = {"en": r"(?:(?:and|or|but|then|so|please)\W+)?(?:(?:do|does|did)\s*)?",
                "es": r"(?:(?:y|e|o|u|pero|pues|entonces|también|por favor)\W+)?",
                "pt": r"(?:(?:e|ou|mas|então|também|por favor)\W+)?", "fr": r"(?:(?:et|ou|mais|alors|surtout)\W+)?",
                "vi": r"(?:(?:và|hoặc|nhưng|hãy|xin)\W+)?"}
_SUBORDINATE = {"en": r"that|which|who|whom|whose|until|till|whether",
                "es": r"que|quien|quienes|cual|cuales|cuy[oa]s?|donde",
                "pt": r"que|quem|qual|quais|cuj[oa]s?|onde",
                "fr": r"que|qu(?=[’'])|qui|dont|où|lequel|laquelle|lesquel(?:le)?s",
                "vi": r"mà|rằng"}
# A negation of "forget" or "stop" says do it ("No olvide agitarla": shake it; "No deje de ponérsela":
# keep giving it): a negation only where the source says "forget" or "stop" too.
_CLITICS = {"en": _NO_WORD, "es": r"se|me|te|nos|le|les|lo|la|los|las", "pt": r"se|me|te|nos|lhe|lhes|o|a|os|as",
            "fr": r"le|la|les|l[’']|lui|leur|se|s[’']|y|en", "vi": _NO_WORD}
_FORGET = {"en": r"forg[eo]t\w*|fail\w* to", "es": r"olvid\w*", "pt": r"esque[cç]\w*", "fr": r"oubli\w*",
           "vi": r"quên"}
_KEEP_ON = {"en": r"stop\w*|quit\w*", "es": r"dej\w* de", "pt": r"deix\w* de", "fr": r"cess\w*|arrêt\w*",
            "vi": r"ngừng|ngưng|dừng"}
# "With" said as "without" ("No use la anakinra sin un bloqueador de TNF" for "with a TNF blocker").
_WITH = {"en": r"with(?! (?:no|none|nothing|or without)\b)", "es": r"con|conmigo|consigo",
         "pt": r"com|comigo|consigo|conosco", "fr": r"avec", "vi": _NO_WORD}
_WITHOUT = {"en": r"without", "es": r"sin", "pt": r"sem", "fr": r"sans", "vi": _NO_WORD}
_WITHOUT_HINT = {"en": "without", "es": "sin", "pt": "sem", "fr": "sans", "vi": "\0"}  # a quick look first
_WITH_SHOWN = {"en": "with", "es": "con", "pt": "com", "fr": "avec", "vi": "với"}
# The words of a source that a translation may say with a negation of its own ("Avoid alcohol" as "No
# tome alcohol", "Rarely" as "No es frecuente"): the carriers but "keep" ("Keep the syringes in the
# refrigerator" is never "No guarde las jeringas…"; "keep away" says it with "away") and "before",
# and words that say "not" or "seldom" in themselves ("unusual", "painless", "contraindicated").
_NOT_ADDING = frozenset({"keep", "before", "matter"})
_NEGATIVE = {"en": r"un(?!der|til|it|ion|ique|iform|ivers)\w{3,}|non-?\w{2,}|\w{3,}less|contraindicat\w*|"
                   r"discourag\w*|rare\w*|seldom|hardly|few|little",
             "es": r"desaconsej\w*|contraindica\w*|rar[oa]s?|raramente|poc[oa]s?|escas\w*",
             "pt": r"desaconselh\w*|contraindica\w*|rar[oa]s?|raramente|pouc[oa]s?|escass\w*",
             "fr": r"déconseill\w*|contre-indiqu\w*|rares?|rarement|peu", "vi": r"hiếm|ít"}


@dataclass(frozen=True)
class Words:
    """One language's patterns (lowercase: they read lowercased text)."""

    code: str  # the language's primary subtag
    negation: re.Pattern[str]  # a negation, an idiom or "nor" (kind says which)
    nor: str  # the language's "nor"
    nor_apart: bool  # whether it says "nor" again ("ni", "nem", "ni"; English may say "or")
    carried: re.Pattern[str]  # a word that can say one, or a word of mattering
    concepts: tuple[tuple[str, re.Pattern[str]], ...]  # what each of those says ("matter", "avoid"…)
    leading: re.Pattern[str]  # a negation that may lead a clause, from where the pattern is tried
    leading_after: re.Pattern[str]  # and one right after a clause's end ("…, no"), searched for
    lead: re.Pattern[str]  # a negation that can lead a clause ("no", not "nada")
    before_lead: re.Pattern[str]  # what may stand before it in its clause ("", "y ", "do ")
    subordinate: re.Pattern[str]  # a word that opens a clause of its own ("que", "that")
    clitic: re.Pattern[str]  # a pronoun between a negation and its verb ("No se lave", "No las congele")
    reverses: re.Pattern[str]  # after a negation, what makes it say do it ("olvide": group forget; "deje de": keep_on)
    forget: re.Pattern[str]  # "forget" anywhere in a text
    with_: re.Pattern[str]  # "with"
    without: re.Pattern[str]  # "without"
    without_hint: str  # what a text has if it says "without" (a quick look first: most texts do not)
    with_shown: str  # "with", as a translator is shown it ("con")
    negative: re.Pattern[str]  # a word that says "not" or "seldom" in itself ("unusual", "rarely")
    example: str  # a kept negation, as a translator is shown it
    only_says: re.Pattern[str]  # a word whose "not" a translation may say with "only" ("other"; "until": only_when)
    only_when: re.Pattern[str]  # of those, a condition ("until", "unless", "hasta"), which a reviewer reads
    restrictive: re.Pattern[str] | None  # after a negation, what makes it say only (French "ne … que"), if any


@lru_cache(maxsize=16)
def words(lang: str) -> Words | None:
    """The patterns of ``lang``, or None where it has no word lists."""
    code = langtag.primary(lang)
    if code not in _NEGATION:
        return None
    negation = rf"\b(?:{_IDIOM[code]}|{_NOR[code]}|{_NEGATION[code]})\b{_CONTRACTED[code]}"
    concepts = [("matter", _MATTER[code])] + [(name, lists[code]) for name, lists in _CARRIERS.items()]
    carried = rf"\b(?:{'|'.join(pattern for _, pattern in concepts)})\b"
    before_lead = rf"[\W_]*{_BEFORE_LEAD[code]}"
    leading = rf"{before_lead}{_LEAD[code]}(?=\s*[^\W\d_])"
    reversed_ = rf"\s*(?:(?:{_CLITICS[code]})\s*)*(?:(?P<forget>{_FORGET[code]})|(?P<keep_on>{_KEEP_ON[code]}))\b"
    return Words(code, quick(negation), _NOR[code], code in _NOR_REPEATED, re.compile(carried),
                 tuple((name, re.compile(pattern)) for name, pattern in concepts), re.compile(leading),
                 re.compile(rf"[,;:.!?()\n—–]{leading}"), re.compile(_LEAD[code]), re.compile(before_lead),
                 re.compile(rf"\b(?:{_SUBORDINATE[code]})\b"), re.compile(_CLITICS[code]), re.compile(reversed_),
                 re.compile(rf"\b(?:{_FORGET[code]})"), re.compile(rf"\b(?:{_WITH[code]})\b"),
                 re.compile(rf"\b(?:{_WITHOUT[code]})\b"), _WITHOUT_HINT[code], _WITH_SHOWN[code],
                 re.compile(rf"\b(?:{_NEGATIVE[code]})\b"), _EXAMPLE[code],
                 re.compile(rf"\b(?:{_ONLY_SAYS[code]}|{_ONLY_WHEN[code]})\b"),
                 re.compile(rf"\b(?:{_ONLY_WHEN[code]})\b"),
                 re.compile(_RESTRICTIVE[code]) if code in _RESTRICTIVE else None)


def kind(negation: str, language: Words) -> str:
    """What a match of ``Words.negation`` is: "idiom" ("no importa"), "nor" or "not"."""
    return "idiom" if " " in negation else "nor" if negation == language.nor else "not"


def concept(word: str, language: Words) -> str:
    """What a match of ``Words.carried`` says: "avoid", "stop", "matter"…"""
    return next(name for name, pattern in language.concepts if pattern.fullmatch(word))


def adds_nothing(name: str) -> bool:
    """Whether a carrier of the source leaves a translation's leading negation an addition (_NOT_ADDING)."""
    return name in _NOT_ADDING
