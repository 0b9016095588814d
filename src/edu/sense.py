"""Meaning a translation may not lose where no number changes: a negation ("Do not shake it" as
"Agítela"), and the direction of a comparison ("more than" as "menos de", "above 100.4 °F" as
"inferior a 100.4 °F"). The period of a frequency is periods.py's.

Word lists of English, Spanish and Portuguese; a language without one is not checked. Each check
looks for a loss or a reversal only, never for the same words: a translator may say a thing
otherwise ("Do not take more than 4 g" is "Tome como máximo 4 g"), so the translation side accepts
every wording that can carry the meaning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import langtag

# A negation in the source: what the translation must keep in some form.
_NEGATION = {
    "en": r"\b(?:not|no|never|none|nothing|nobody|nor|neither|cannot|without)\b|n[’']t\b",
    "es": r"\b(?:no|nunca|jamás|ni|tampoco|nadie|nada|ningún|ninguno|ninguna|ningunos|ningunas|sin)\b",
    "pt": r"\b(?:não|nunca|jamais|nem|nenhum|nenhuma|ninguém|nada|sem)\b",
}
# What may carry it in a translation: a negation, or a word that says the same ("avoid", "stop",
# "at most", "only", "except", "fever-free").
_NEGATION_CARRIED = {
    "en": _NEGATION["en"] + r"|\b(?:avoid\w*|stop\w*|only|at most|at least|except|unless|instead|rather|free|"
                            r"lack\w*|fail\w*|absent|absence|before|until|wait|keep|refrain\w*|away|off|unknown|"
                            r"unclear|unable|impossible)\b",
    "es": _NEGATION["es"] + r"|\b(?:evit\w*|dej\w+ de|suspend\w*|par[ea]r?|prohib\w*|como máximo|a lo sumo|"
                            r"como mínimo|al menos|por lo menos|solo|sólo|únicamente|excepto|salvo|antes|hasta|"
                            r"espere|mantenga|lejos|fuera|aparte|libre|desconoc\w*|ausen\w*|falt\w*|carec\w*|"
                            r"imposib\w*|incapa\w*)\b",
    "pt": _NEGATION["pt"] + r"|\b(?:evit\w*|deix\w+ de|suspend\w*|par[ea]r?|proib\w*|no máximo|pelo menos|"
                            r"no mínimo|só|somente|apenas|exceto|salvo|antes|até|espere|mantenha|longe|fora|livre|"
                            r"desconhec\w*|ausên\w*|falt\w*|carec\w*|impossív\w*|incapa\w*)\b",
}
# The direction of a comparison: the phrases first (they hold the single words: "at least", "al menos").
_UP, _DOWN = "more", "less"
# A threshold word says a direction before an amount only ("above 100.4 °F", "up to {dose}"; never
# "under the skin", "over the counter", "up to you"); a negation before a comparison of its clause
# turns it round ("do not take more than": at most; "no le dé a bebés menores de 3 meses": 3 months
# or older). The clause ends at a comma or at a word that opens another clause ("if", "que").
_AMOUNT = {"en": r"(?= (?:the age of |age )?(?:\d|\ue000|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                 r"twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred)\b))",
           "es": r"(?= (?:(?:el|la|los|las|un|una|unos|unas) )?(?:\d|\ue000|(?:un|una|dos|tres|cuatro|cinco|seis|siete|"
                 r"ocho|nueve|diez|once|doce|quince|veinte|treinta|cuarenta|cincuenta|sesenta|cien|ciento)\b))",
           "pt": r"(?= (?:(?:o|a|os|as|um|uma) )?(?:\d|\ue000|(?:um|uma|dois|duas|três|quatro|cinco|seis|sete|oito|"
                 r"nove|dez|onze|doze|quinze|vinte|trinta|quarenta|cinquenta|sessenta|cem|cento)\b))"}
_NEGATED = {"en": r"(?:\b(?:no|not|never)\b|n[’']t\b)(?: (?!(?:if|when|who|whom|whose|which|that|because|unless|while|"
                  r"where)\b)\w+){0,10}? ",
            "es": r"\b(?:no|nunca|jamás)\b(?: (?!(?:si|que|cuando|quien|quienes|donde|porque|aunque|mientras)\b)\w+)"
                  r"{0,10}? ",
            "pt": r"\b(?:não|nunca|jamais)(?: se)?\b(?: (?!(?:se|que|quando|quem|onde|porque|embora|enquanto)\b)\w+)"
                  r"{0,10}? "}
_MORE_WORDS = {"en": r"(?:(?:more|greater|higher|longer|older|larger|bigger) than\b|(?:over|above){amount}|exceed\w*|"
                     r"go (?:over|above|beyond)\b)",
               "es": r"(?:más (?:de|que)\b|(?:mayor|superior)(?:es)? (?:de|que|a)\b|por encima de\b|"
                     r"(?:exced|super[ae]|sobrepas|rebas)\w*)",
               "pt": r"(?:mais (?:de|que|do que)\b|(?:maior(?:es)?|superior(?:es)?) (?:de|que|a)\b|acima de\b|"
                     r"(?:exced|super[ae]|ultrapass)\w*)"}
_LESS_WORDS = {"en": r"(?:(?:less|fewer|lower|smaller|shorter|younger) than\b|(?:under|below){amount})",
               "es": r"(?:menos (?:de|que)\b|(?:menor|inferior)(?:es)? (?:de|que|a)\b|por debajo de\b)",
               "pt": r"(?:menos (?:de|que|do que)\b|(?:menor(?:es)?|inferior(?:es)?) (?:de|que|a)\b|abaixo de\b)"}
_DIRECTION: dict[str, tuple[tuple[str, str], ...]] = {
    "en": ((_DOWN, r"{negated}{more}|\bat most\b|\bor (?:less|fewer|younger|lower|under|below)\b|\bup to{amount}"),
           (_UP, r"{negated}{less}|\bat least\b|\bor (?:more|higher|older|greater|over|above)\b"),
           (_UP, r"\b(?:more|greater|higher|larger|bigger|exceed(?:s|ed|ing)?|older than)\b|\b(?:over|above){amount}"),
           (_DOWN, r"\b(?:less|fewer|lower|smaller|younger than)\b|\b(?:under|below){amount}")),
    "es": ((_UP, r"{negated}{less}|\b(?:al|por lo) menos\b|\bcomo mínimo\b|\bo más\b"),
           (_DOWN, r"{negated}{more}|\bcomo máximo\b|\ba lo sumo\b|\bo menos\b|\bno más(?= *(?:[.;:,)]|$))|"
                   r"\bmás (?:baj|pequeñ|cort|chic|rar|escas|infrecuent)\w*|\bmás breves?\b|\bpor debajo de\b|"
                   r"\bhasta{amount}"),
           (_UP, r"\b(?:más|mayor|mayores|superior|superiores|super[ae]\w*|exced\w*|sobrepas\w*|rebas\w*)\b|"
                 r"\bpor encima de\b"),
           (_DOWN, r"\b(?:menos|menor|menores|inferior|inferiores)\b")),
    "pt": ((_UP, r"{negated}{less}|\bpelo menos\b|\bno mínimo\b|\bou mais\b"),
           (_DOWN, r"{negated}{more}|\bno máximo\b|\bou menos\b|\bnão mais(?= *(?:[.;:,)]|$))|"
                   r"\bmais (?:baix|pequen|curt|rar|escass)\w*|\babaixo de\b|\baté{amount}"),
           (_UP, r"\b(?:mais|maior|maiores|superior|superiores|super[ae]\w*|exced\w*|ultrapass\w*)\b|\bacima de\b"),
           (_DOWN, r"\b(?:menos|menor|menores|inferior|inferiores)\b")),
}
_ABOUT = {"en": r"\bmore or less\b", "es": r"\bmás o menos\b|\bni más ni menos\b",
          "pt": r"\bmais ou menos\b|\bnem mais nem menos\b"}  # "about", "exactly": no direction
# Stems that come before any comparison word (a quick look first: most texts have none).
_MAY_COMPARE = {"en": "more|less|fewer|high|low|great|larg|big|small|exceed|at most|at least|above|below|over|under|"
                      "younger|older|up to",
                "es": "más|menos|mayor|menor|superior|inferior|super|exced|máximo|mínimo|sumo|encima|debajo|hasta|"
                      "sobrepas|rebas",
                "pt": "mais|menos|maior|menor|superior|inferior|super|exced|máximo|mínimo|acima|abaixo|até|ultrapass"}


@dataclass(frozen=True)
class _Words:
    """One language's patterns."""

    negation: re.Pattern[str]
    carried: re.Pattern[str]
    direction: tuple[tuple[str, re.Pattern[str]], ...]
    compared: re.Pattern[str]  # the words of a comparison a negation turns round ("more than", "mayores de")
    about: re.Pattern[str]
    may_compare: re.Pattern[str]  # a quick look for any word of a comparison (most texts have none)


@lru_cache(maxsize=16)
def _words(lang: str) -> _Words | None:
    code = langtag.primary(lang)
    if code not in _NEGATION:
        return None
    parts = {"negated": _NEGATED[code], "amount": _AMOUNT[code]}
    parts |= {"more": _MORE_WORDS[code].format(**parts), "less": _LESS_WORDS[code].format(**parts)}
    # (the patterns are lowercase and read lowercased text: without re.IGNORECASE, several times faster)
    return _Words(re.compile(_NEGATION[code]), re.compile(_NEGATION_CARRIED[code]),
                  tuple((way, re.compile(pattern.format(**parts))) for way, pattern in _DIRECTION[code]),
                  re.compile(f"{parts['more']}|{parts['less']}"), re.compile(_ABOUT[code]),
                  re.compile(_MAY_COMPARE[code]))


# --- negation ------------------------------------------------------------------------------------


def lost_negation(src: str, tr: str, source_lang: str, lang: str) -> bool:
    """The source says "not" (never, without…) and the translation has no word that can say it."""
    a, b = _words(source_lang), _words(lang)
    if a is None or b is None:
        return False
    return a.negation.search(src.lower()) is not None and b.carried.search(tr.lower()) is None


# --- comparison ----------------------------------------------------------------------------------


def directions(text: str, lang: str) -> dict[str, str] | None:
    """The directions of the comparisons ``text`` makes ("more", "less"), each with the first words
    read as it (None: no word list)."""
    words = _words(lang)
    if words is None:
        return None
    text = text.lower()
    if not words.may_compare.search(text):
        return {}
    text = words.about.sub(" ", text)
    found: dict[str, str] = {}
    for way, pattern in words.direction:
        m = pattern.search(text)
        if m:
            found.setdefault(way, _shown(m[0].strip(), words))
            text = pattern.sub(" ", text)
    return found


def _shown(read: str, words: _Words) -> str:
    """The words read as a direction, for a message: '"above"', or '"more than" after "not"' where
    a negation turned them round."""
    compared = words.compared.search(read, 1)
    if compared is None:
        return f'"{read}"'
    return f'"{compared[0].strip()}" after "{read.split()[0]}"'


@dataclass(frozen=True)
class Reversal:
    """A comparison the translation turned round."""

    said: str  # the source's direction: "more" or "less"
    said_words: str  # the words of the source read as it, quoted ('"more than" after "not"')
    put: str  # the translation's direction
    put_words: str  # the words of the translation read as it


def reversed_comparison(src: str, tr: str, source_lang: str, lang: str) -> Reversal | None:
    """The source compares one way only and the translation the other way only."""
    a = directions(src, source_lang)
    if a is None or len(a) != 1:  # (nearly every text: the translation is not read)
        return None
    b = directions(tr, lang)
    if b is None or len(b) != 1 or a.keys() == b.keys():
        return None
    (said, said_words), (put, put_words) = *a.items(), *b.items()
    return Reversal(said, said_words, put, put_words)
