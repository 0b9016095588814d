"""QA, the meaning checks' comparisons: a source sentence and its translation -> whether the
translation turned the direction of a comparison round ("more than" as "menos de", "above
100.4 °F" as "inferior a 100.4 °F").

In: the source and the translation (NFC, as checks.check_message gives them) and their languages.
Out: a Reversal, or None; meaningcheck.check_comparison makes the finding of it, and
meaningcheck.reads_meaning asks ``directions`` whether a language has word lists (English,
Spanish, Portuguese, French and Vietnamese; another is not checked). The check looks for a
reversal only, never for the same words: a comparison the source makes one way only and the
translation the other way only: in the whole entry, else (where either compares both ways) in a
sentence, a clause or right before an amount that both say, so that a long entry's other
comparisons hide none ("for more than {a} … up to {b}"). A negation before a comparison of its
clause turns it round ("do not take more than" says at most); whether a translation keeps a
negation is negations.py's. Besides words: the signs < > ≤ ≥ before an amount (clinicians' "ANC <
1.5 × 10⁹/L"), a maximum or minimum ("up to a maximum of {n}"), a multiple ("{n} times the dose").
And a count of one said as more (``more_than_once``: "only once" as "más de una vez", "varias veces").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from . import langtag, sentences
from .firstchars import quick

# The direction of a comparison: the phrases first (they hold the single words: "at least", "al menos").
_UP, _DOWN = "more", "less"
# A threshold word says a direction before an amount only ("above 100.4 °F", "up to {dose}"; never
# "under the skin", "over the counter", "up to you"); a negation before a comparison of its clause
# turns it round ("do not take more than": at most; "no le dé a bebés menores de 3 meses": 3 months
# or older; "sin superar {n}", "sem ultrapassar": at most). The clause ends at a comma or at a word
# that opens another clause ("if", "que"), and at a participle that does ("a syringe left out longer
# than 24 hours", "una jeringa dejada fuera", "une seringue restée hors du réfrigérateur plus de 24
# heures": "a syringe that sat out … for more than"). Vietnamese counts syllables: a negation turns a
# comparison round within 8 of them, after "đã" (a clause of its own: "ống tiêm đã để ngoài") or
# another clause word only if it is the verb ("không để quá 3 ngày"). "Hơn" compares one way with
# the word before it ("nhiều hơn", "ít hơn"), or before an amount ("hơn 3 ngày").
_AMOUNT = {"en": r"(?= (?:the age of |age )?(?:\d|\ue000|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                 r"twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred)\b))",
           "es": r"(?= (?:(?:el|la|los|las|un|una|unos|unas) )?(?:\d|\ue000|(?:un|una|dos|tres|cuatro|cinco|seis|siete|"
                 r"ocho|nueve|diez|once|doce|quince|veinte|treinta|cuarenta|cincuenta|sesenta|cien|ciento)\b))",
           "pt": r"(?= (?:(?:o|a|os|as|um|uma) )?(?:\d|\ue000|(?:um|uma|dois|duas|três|quatro|cinco|seis|sete|oito|"
                 r"nove|dez|onze|doze|quinze|vinte|trinta|quarenta|cinquenta|sessenta|cem|cento)\b))",
           "fr": r"(?= (?:(?:le|la|les|un|une|des) |l[’'])?(?:\d|\ue000|(?:un|une|deux|trois|quatre|cinq|six|sept|"
                 r"huit|neuf|dix|onze|douze|quinze|vingt|trente|quarante|cinquante|soixante|cent)\b))",
           "vi": r"(?= (?:\d|\ue000|(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|trăm)\b))"}
NEGATED = {"en": r"(?:\b(?:no|not|never)\b|n[’']t\b)(?: (?!(?:if|when|who|whom|whose|which|that|because|unless|while|"
                  r"where|left|kept|stored|exposed)\b)\w+){0,10}? ",
            "es": r"\b(?:no|nunca|jamás|sin(?! embargo))\b(?: (?!(?:si|que|cuando|quien|quienes|donde|porque|aunque|"
                  r"mientras|"
                  r"(?:dejad|guardad|expuest|almacenad|conservad)[oa]s?)\b)\w+){0,10}? ",
            "pt": r"\b(?:não|nunca|jamais|sem(?! dúvida))(?: se)?\b(?: (?!(?:se|que|quando|quem|onde|porque|embora|"
                  r"enquanto|"
                  r"(?:deixad|guardad|expost|armazenad|conservad)[oa]s?)\b)\w+){0,10}? ",
            "fr": r"\b(?:pas|jamais|sans)\b(?: (?!(?:si|que|qui|quand|lorsque|dont|où|parce|car|puisque|comme|mais|"
                  r"sauf)\b|(?:s|qu|lorsqu|puisqu)[’']|(?:(?:rest|laiss|expos|conserv|stock|gard)(?:é|ée|és|ées)|"
                  r"sorti(?:e|s|es)?)\b)[\w’'-]+){0,10}? ",
            "vi": r"\b(?:không|đừng|chớ|chẳng)(?: \w+)?(?: (?!(?:đã|đang|nếu|khi|mà|vì|thì|rồi|để)\b)\w+){0,7}? "}
# The signs of a comparison before an amount ("ANC < 1.5 × 10⁹/L", "≥ {age}", "<=30", a look-alike "‹"):
# every language's; never an arrow ("->", "=>") nor a tag ("<b>"), which no amount follows.
_SPACE = r"[ \u00a0\u202f]?"
_AFTER_SIGN = rf"(?={_SPACE}(?:\d|\ue000|[.,]\d))"
_MORE_SIGN = rf"[>≥⩾≧›](?<![-=>]>)=?{_AFTER_SIGN}"
_LESS_SIGN = rf"(?:=<|[<≤⩽≦‹](?<!<<)=?){_AFTER_SIGN}"
_MORE_WORDS = {"en": r"(?:(?:more|greater|higher|longer|older|larger|bigger) than\b|(?:over|above){amount}|exceed\w*|"
                     r"go (?:over|above|beyond)\b)",
               "es": r"(?:más (?:de|que)\b|(?:mayor|superior)(?:es)? (?:de|que|a)\b|por encima de\b|"
                     r"(?:exced|super[ae]|sobrepas|rebas)\w*)",
               "pt": r"(?:mais (?:de|que|do que)\b|(?:maior(?:es)?|superior(?:es)?) (?:de|que|a)\b|acima de\b|"
                     r"(?:exced|super[ae]|ultrapass)\w*)",
               "fr": r"(?:(?:plus|davantage) (?:de|que)\b|(?:plus|davantage) (?:d|qu)[’']|supérieure?s? à\b|"
                     r"au-dessus de{amount}|(?:dépass|excéd)\w*)",
               "vi": r"(?:(?:nhiều|cao|lớn|lâu|dài|già) hơn\b|(?:hơn|trên|quá){amount}|vượt\b)"}
_LESS_WORDS = {"en": r"(?:(?:less|fewer|lower|smaller|shorter|younger) than\b|(?:under|below){amount})",
               "es": r"(?:menos (?:de|que)\b|(?:menor|inferior)(?:es)? (?:de|que|a)\b|por debajo de\b)",
               "pt": r"(?:menos (?:de|que|do que)\b|(?:menor(?:es)?|inferior(?:es)?) (?:de|que|a)\b|abaixo de\b)",
               "fr": r"(?:moins (?:de|que)\b|moins (?:d|qu)[’']|inférieure?s? à\b|"
                     r"(?:au-dessous|en[ -]dessous) de{amount})",
               "vi": r"(?:(?:ít|thấp|nhỏ|ngắn|trẻ) hơn\b|dưới{amount})"}
_DIRECTION: dict[str, tuple[tuple[str, str], ...]] = {
    "en": ((_DOWN, r"{negated}{more}|\bat most\b|\bor (?:less|fewer|younger|lower|under|below)\b|"
                   r"\bup to{amount}{most}"),
           (_UP, r"{negated}{less}|\bat least\b|\bor (?:more|higher|older|greater|over|above)\b|"
                 r"\band (?:older|over|above)\b{least}"),
           (_UP, r"\b(?:more|greater|higher|larger|bigger|exceed(?:s|ed|ing)?|older than|longer than)\b|"
                 r"\b(?:over|above){amount}{more_sign}{times}"),
           (_DOWN, r"\b(?:less|fewer|lower|smaller|younger than|shorter than)\b|\b(?:under|below){amount}"
                   r"{less_sign}")),
    "es": ((_UP, r"{negated}{less}|\b(?:al|por lo) menos\b|\bcomo mínimo\b|\bo más\b|\ben adelante\b|"
                 r"\ba partir de{amount}{least}"),
           (_DOWN, r"{negated}{more}|\bcomo máximo\b|\ba lo sumo\b|\bo menos\b|\bno más(?= *(?:[.;:,)]|$))|"
                   r"\bmás (?:baj|pequeñ|cort|chic|rar|escas|infrecuent)\w*|\bmás breves?\b|\bpor debajo de\b|"
                   r"\bhasta{amount}{most}"),
           (_UP, r"\b(?:más|mayor|mayores|superior|superiores|super[ae]\w*|exced\w*|sobrepas\w*|rebas\w*)\b|"
                 r"\bpor encima de\b{more_sign}"),
           (_DOWN, r"\b(?:menos|menor|menores|inferior|inferiores)\b{less_sign}")),
    "pt": ((_UP, r"{negated}{less}|\bpelo menos\b|\bno mínimo\b|\bou mais\b|\bem diante\b|"
                 r"\ba partir de{amount}{least}"),
           (_DOWN, r"{negated}{more}|\bno máximo\b|\bou menos\b|\bnão mais(?= *(?:[.;:,)]|$))|"
                   r"\bmais (?:baix|pequen|curt|rar|escass)\w*|\babaixo de\b|\baté{amount}{most}"),
           (_UP, r"\b(?:mais|maior|maiores|superior|superiores|super[ae]\w*|exced\w*|ultrapass\w*)\b|\bacima de\b"
                 r"{more_sign}"),
           (_DOWN, r"\b(?:menos|menor|menores|inferior|inferiores)\b{less_sign}")),
    "fr": ((_UP, r"{negated}{less}|\bau (?:moins|minimum)\b|\bun minimum d|\b(?:ou|et) plus\b|"
                 r"\bà partir de{amount}{least}"),
           (_DOWN, r"{negated}{more}|\bn(?:e |[’'])(?:[\w’'-]+ ){{0,2}}?(?:dépass|excéd)\w* (?:pas|jamais)\b|"
                   r"\bau maximum\b|\bun maximum d|\b(?:tout )?au plus\b|\bou moins\b|\bpas plus(?= *(?:[.;:,)]|$))|"
                   r"\bplus (?:bas|faibl|petit|court|rar|jeun|lég|lent)\w*|\b(?:au-dessous|en[ -]dessous) de{amount}|"
                   r"\bjusqu[’']à{amount}{most}"),
           (_UP, r"\b(?:plus|davantage|supérieur\w*|dépass\w*|excéd\w*)\b|\bau-dessus de{amount}{more_sign}"),
           (_DOWN, r"\b(?:moins|inférieur\w*)\b{less_sign}")),
    "vi": ((_UP, r"{negated}{less}|\bít nhất\b|\btối thiểu\b|\btrở lên\b{least}"),
           (_DOWN, r"{negated}{more}|\btối đa\b|\bnhiều nhất\b|\btrở xuống\b{most}"),
           (_DOWN, r"\b(?:ít|thấp|nhỏ|ngắn|trẻ) hơn\b|\bdưới{amount}{less_sign}"),  # before "hơn 3" ("ít hơn 3")
           (_UP, r"\b(?:nhiều|cao|lớn|lâu|dài|già) hơn\b|\b(?:hơn|trên|quá){amount}|\bvượt\b{more_sign}")),
}
# A multiple of an amount says more ("about {n} times the RA dose", "a 10-fold dose"), unless a time
# follows ("3 times the first day"), it says less ("a 10-fold reduction") or it is "at times".
_TIMES_AS_MUCH = (r"\btimes(?<!\bat times) (?:the|as (?:much|many|high|large|long|great|strong))\b"
                  r"(?! (?:first|second|third|next|last|same|following|day|week|month|year|morning|evening|night)\b)|"
                  r"\b(?:\d+|two|three|four|five|ten|hundred)-?fold\b"
                  r"(?! (?:decrease|reduction|drop|fall|lower|less)\b)")
# A maximum says at most, a minimum at least ("up to a maximum of {n}": "hasta un mínimo de {n}" turns it
# round; "hasta un mínimo" is read before "hasta" is). Read only in a text that has "max", "máx",
# "minim" or "mínim" (_extras): most have none, and each word more slows every text's reading.
_MOST = {"en": r"\bmaximum\b|\bmax\.?{amount}", "es": r"\bmáxim[oa]s?\b|\bmáx\.?{amount}",
         "pt": r"\bmáxim[oa]s?\b|\bmáx\.?{amount}", "fr": r"\bmaxim(?:um|ale?s?|aux)\b|\bmax\.?{amount}", "vi": ""}
_LEAST = {"en": r"\bminimum\b", "es": r"\b(?:hasta (?:un |el )?)?mínim[oa]s?\b",
          "pt": r"\b(?:até (?:um |o )?)?mínim[oa]s?\b",
          "fr": r"\b(?:jusqu[’']à (?:un |le )?)?minim(?:um|ale?s?|aux)\b", "vi": ""}
# The patterns that read a sign, a limit or a multiple are used only where one may be (each word more
# slows every text's reading; a sign, twice): _extras looks first.
_SIGN = re.compile("[<>≤≥‹›⩽⩾≦≧]")
# "About", "exactly", and French words of no amount: "non plus" (neither), "de plus" (moreover),
# a superlative ("le plus fréquent"; "la dosis más alta": the maximum dose, in the singular only, as
# "las dosis más altas" are as often higher doses), a time ("plus tard"): no direction.
ABOUT = {"en": r"\bmore or less\b",
          "es": r"\bmás o menos\b|\bni más ni menos\b|"
                r"\b(?:el|la|lo) (?:\w+ )?más (?:alt|elevad|grand)[oa]\b(?! (?:de|que)\b)",
          "pt": r"\bmais ou menos\b|\bnem mais nem menos\b|"
                r"\b(?:o|a) (?:\w+ )?mais (?:alt|elevad)[oa]\b(?! (?:de|que|do que)\b)",
          "fr": r"\bplus ou moins\b|\bni plus ni moins\b|\bnon plus\b|\b(?:de|en) plus\b(?! d[e’']| qu)|"
                r"\b(?:le|la|les) (?:plus|moins)\b(?! d[e’'])|\bplus (?:tôt|tard|vite)\b",
          "vi": r"\bhơn kém\b|\bkhông hơn không kém\b"}
# Stems that start a word of every comparison (a quick look first: most texts have none). Each is
# looked for where a word starts (_words): every comparison _DIRECTION reads has one there (after \b,
# a space, a hyphen or an apostrophe), and "low" of "follow" or "over" of "however" is none.
_MAY_COMPARE = {"en": "more|less|fewer|high|low|great|larg|big|small|long|short|exceed|at most|at least|above|below|"
                      "over|under|younger|older|up to",
                "es": "más|menos|mayor|menor|superior|inferior|super|exced|máximo|mínimo|sumo|encima|debajo|hasta|"
                      "sobrepas|rebas|adelante|a partir",
                "pt": "mais|menos|maior|menor|superior|inferior|super|exced|máximo|mínimo|acima|abaixo|até|ultrapass|"
                      "diante|a partir",
                "fr": "plus|moins|supérieur|inférieur|dépass|excéd|maximum|minimum|dessus|dessous|jusqu|davantage|"
                      "à partir",
                "vi": "hơn|trên|dưới|quá|vượt|tối đa|tối thiểu|ít nhất|nhiều nhất|trở lên|trở xuống"}


@dataclass(frozen=True)
class _Words:
    """One language's patterns."""

    direction: tuple[tuple[str, re.Pattern[str]], ...]
    compared: re.Pattern[str]  # the words of a comparison a negation turns round ("more than", "mayores de")
    about: re.Pattern[str]
    may_compare: re.Pattern[str]  # a quick look for any word of a comparison (most texts have none)


@lru_cache(maxsize=128)
def _words(lang: str, signs: bool = False, limits: bool = False, multiples: bool = False) -> _Words | None:
    """``lang``'s patterns, with or without the signs of a comparison ("<", "≥"), the words of a
    limit ("maximum", "mínimo") and of a multiple ("{n} times the dose")."""
    code = langtag.primary(lang)
    if code not in _DIRECTION:
        return None
    parts = {"negated": NEGATED[code], "amount": _AMOUNT[code], "times": f"|{_TIMES_AS_MUCH}" if multiples else "",
             "more_sign": f"|{_MORE_SIGN}" if signs else "", "less_sign": f"|{_LESS_SIGN}" if signs else ""}
    parts |= {"most": f"|{_MOST[code].format(**parts)}" if limits and _MOST[code] else "",
              "least": f"|{_LEAST[code]}" if limits and _LEAST[code] else ""}
    parts |= {"more": f"(?:{_MORE_WORDS[code].format(**parts)}{parts['more_sign']})",
              "less": f"(?:{_LESS_WORDS[code].format(**parts)}{parts['less_sign']})"}
    # (the patterns are lowercase and read lowercased text: without re.IGNORECASE, several times faster)
    return _Words(tuple((way, quick(pattern.format(**parts))) for way, pattern in _DIRECTION[code]),
                  re.compile(f"{parts['more']}|{parts['less']}"), re.compile(ABOUT[code]),
                  quick(rf"\b(?:{_MAY_COMPARE[code]})"))


@lru_cache(maxsize=4096)
def directions(text: str, lang: str) -> dict[str, str] | None:
    """The directions of the comparisons ``text`` makes ("more", "less"), each with the first words
    read as it (None: no word list). Cached (the comparison check reads a source's twice, and the
    same windows of it): a caller does not change the dict."""
    text = text.lower()
    signs, limits, multiples = _extras(text)
    words = _words(lang, signs, limits, multiples)
    if words is None:
        return None
    if not (signs or limits or multiples) and not words.may_compare.search(text):
        return {}
    text = words.about.sub(" ", text)
    found: dict[str, str] = {}
    for way, pattern in words.direction:
        m = pattern.search(text)
        if m:
            found.setdefault(way, _shown(text, m, words))
            text = pattern.sub(" ", text)
    return found


def _extras(text: str) -> tuple[bool, bool, bool]:
    """Whether ``text`` (lowercase) may hold a sign, a limit ("max", "mínim") or a multiple ("times
    the", "fold"): a look for a few letters ("in" is twice as fast as one pattern of them all)."""
    other = not text.isascii()
    return (("<" in text or ">" in text or (other and _SIGN.search(text) is not None)),
            ("max" in text or "minim" in text or (other and ("máx" in text or "mínim" in text))),
            ("times the" in text or "times as" in text or "fold" in text))


def turned_round(shown: str) -> bool:
    """Whether words ``directions`` gave for a direction were read through a negation that turns
    them round ('"more than" after "not"', as ``_shown`` writes them)."""
    return '" after "' in shown


def _shown(text: str, m: re.Match[str], words: _Words) -> str:
    """The words ``m`` read as a direction, for a message: '"above"', or '"more than" after "not"'
    where a negation turned them round (the words compared are looked for in ``text``: a sign's
    amount comes after the words read)."""
    read = m[0].strip()
    compared = words.compared.search(text, m.start() + 1, m.end() + 24)  # (24: room for an amount's lookahead)
    if compared is None or compared.start() >= m.end():
        return f'"{read}"'
    return f'"{compared[0].strip()}" after "{read.split()[0]}"'


@dataclass(frozen=True)
class Reversal:
    """A comparison the translation turned round."""

    said: str  # the source's direction: "more" or "less"
    said_words: str  # the words of the source read as it, quoted ('"more than" after "not"')
    put: str  # the translation's direction
    put_words: str  # the words of the translation read as it
    first: int = 0  # the sentence of the source it is in (1-based; 0: the entry as a whole)
    last: int = 0
    source: str = ""  # that part of the source ("" for the whole), as masked
    translation: str = ""  # and of the translation


def reversed_comparison(src: str, tr: str, source_lang: str, lang: str) -> Reversal | None:
    """The source compares one way only and the translation the other way only: in the whole entry,
    or, where either compares both ways ("for more than {a} … up to {b}"), in a sentence (as
    sentences.align pairs them), a clause of it (between commas, brackets and colons) or right
    before an amount of it that both sides say alike (_turned_in), so that a comparison turned
    round in a long entry is not hidden by another that is not."""
    a = directions(src, source_lang)
    if not a:  # (nearly every text: the translation is not read)
        return None
    b = directions(tr, lang)
    if not b or len(a) == len(b) == 1:
        return _turned(a, b)
    for part in sentences.align(src, tr, source_lang, lang):
        x, y = src[slice(*part.source)], tr[slice(*part.translation)]
        found = _turned_in(x, y, source_lang, lang)
        if found is not None:
            return found if not part.first else replace(found, first=part.first, last=part.last,
                                                        source=found.source or x.strip(),
                                                        translation=found.translation or y.strip())
    return None


def _turned(a: dict[str, str] | None, b: dict[str, str] | None) -> Reversal | None:
    """The reversal of two texts' directions, where each says one only."""
    if not a or not b or len(a) != 1 or len(b) != 1 or a.keys() == b.keys():
        return None
    (said, said_words), (put, put_words) = *a.items(), *b.items()
    return Reversal(said, said_words, put, put_words)


# Where a clause ends: a comma, semicolon or colon before a space (not "1,5"), a bracket, a dash set
# apart, a sentence's end. An amount: digits ("1.5", "1,5": the same) or a fact.
CLAUSE_END = re.compile(r"[,;:](?=\s)|[()\[\]]|\s[—–]\s|[.!?](?=\s)")
_ANCHOR = re.compile(r"\d+|\ue000")  # what a translation says as is: digits, placeholders
AMOUNT_RUN = re.compile(r"[\d\ue000](?:[\d\ue000]|[.,](?=\d))*")


def _turned_in(x: str, y: str, source_lang: str, lang: str) -> Reversal | None:
    """A reversal in one part of an entry: the whole part, one of its clauses where both say as many,
    each with the same numbers and placeholders as its counterpart, or the comparison right before
    one of its amounts where both say the same amounts in the same order ("age ≥ 8 months and weight
    ≥ 10 kg" as "edad ≤ 8 meses y peso ≥ 10 kg")."""
    a, b = directions(x, source_lang), directions(y, lang)
    if not a or not b:
        return None
    if len(a) == len(b) == 1:
        return _turned(a, b)
    xs, ys = CLAUSE_END.split(x), CLAUSE_END.split(y)
    if len(xs) == len(ys) and all(_ANCHOR.findall(p) == _ANCHOR.findall(q) for p, q in zip(xs, ys, strict=True)):
        for p, q in zip(xs, ys, strict=True):
            found = _turned(directions(p, source_lang), directions(q, lang))
            if found is not None:
                return replace(found, source=p.strip(), translation=q.strip())
    said, put = _before_amounts(x), _before_amounts(y)
    if [key for key, _ in said] != [key for key, _ in put]:
        return None
    for (_, p), (_, q) in zip(said, put, strict=True):
        found = _turned(directions(p, source_lang), directions(q, lang))
        if found is not None:
            return replace(found, source=p.strip(), translation=q.strip())
    return None


def _before_amounts(text: str) -> list[tuple[str, str]]:
    """Each amount of ``text`` (its digits, or a fact) with the words before it since the amount
    before it or its clause's start, and itself ("weight ≥ 10"): where a threshold says its
    direction."""
    found, start = [], 0
    for m in AMOUNT_RUN.finditer(text):
        start = max((c.end() for c in CLAUSE_END.finditer(text, start, m.start())), default=start)
        found.append((re.sub(r"[.,]", "", m[0]), text[start : m.end()]))
        start = m.end()
    return found


# The signs with their amount ("≥ 8", "<=30"), and each as one of four: strict or not, each way.
_SIGNED = re.compile(r"(?<![-=<>])(=<|[<>]=?|[≤≥⩽⩾≦≧‹›])[ \u00a0\u202f]?([\d\ue000](?:[\d\ue000]|[.,](?=\d))*)")
_SIGN_AS = {"<": "<", "‹": "<", ">": ">", "›": ">", "<=": "≤", "=<": "≤", "⩽": "≤", "≦": "≤", "≤": "≤",
            ">=": "≥", "⩾": "≥", "≧": "≥", "≥": "≥"}


def changed_sign(src: str, tr: str) -> tuple[str, str] | None:
    """The first sign of the source (with its amount) that the translation writes with the same
    direction but another strictness ("≥ 8" as "> 8": 8 itself left out), where both write as many
    signs before the same amounts; a sign said in words, or words said as a sign, is strictness.py's."""
    if not _extras(src)[0] or not _extras(tr)[0]:  # (nearly every text)
        return None
    said, put = _SIGNED.findall(src), _SIGNED.findall(tr)
    if len(said) != len(put) or [re.sub("[.,]", "", a) for _, a in said] != [re.sub("[.,]", "", a) for _, a in put]:
        return None
    for (x, a), (y, b) in zip(said, put, strict=True):
        if _SIGN_AS[x] != _SIGN_AS[y] and (_SIGN_AS[x] in "<≤") == (_SIGN_AS[y] in "<≤"):
            return f"{x} {a}", f"{y} {b}"
    return None


# A count of one ("only once", "una sola vez", "once a day") the translation says as more ("more than
# once", "varias veces", "plusieurs fois"): a syringe used once is not one used again. Not "once you
# open it", "una vez que", "une fois ouverte" (when), "at once", "de una vez" (now), "một lần nữa"
# (once more); nor "more than once" after a negation of its clause ("No use una jeringa más de una vez":
# at most once).
_ONCE = {"en": r"(?<!\bat )(?:\b(?:only|just) )?\bonce\b(?! (?:you|it|they|we|he|she|the|your|this|that|opened|"
               r"started|thawed|mixed|more|again|in a while)\b)(?: only\b)?",
         "es": r"(?<!\bde )(?:\b(?:solo|sólo|solamente|únicamente) )?\buna (?:sola |única )?vez\b"
               r"(?! (?:que|más|abiert\w*|preparad\w*|mezclad\w*|descongelad\w*)\b)",
         "pt": r"(?<!\bde )(?:\b(?:só|somente|apenas|unicamente) )?\buma (?:só |única )?vez\b"
               r"(?! (?:que|mais|abert\w*|preparad\w*|misturad\w*|descongelad\w*)\b)(?: só\b)?",
         "fr": r"(?<!\bà la )(?:\b(?:seulement|uniquement) )?\bune (?:seule )?fois\b(?! (?:que\b|qu[’']|de plus|encore|"
               r"ouvert\w*|entamé\w*|préparé\w*|mélangé\w*|décongelé\w*))",
         "vi": r"(?:\bchỉ (?:\w+ )?)?\bmột lần\b(?! nữa\b)(?: duy nhất\b)?"}
_MANY_TIMES = {"en": r"more than (?:once|one time)|(?:several|many|multiple|a few) times|repeatedly|again and again",
               "es": r"más de una vez|(?:varias|muchas|repetidas|algunas) veces|en (?:varias|repetidas) ocasiones",
               "pt": r"mais de uma vez|(?:várias|muitas|repetidas|algumas|diversas) vezes",
               "fr": r"plus d[’']une fois|(?:plusieurs|maintes|quelques) fois|de nombreuses fois|"
                     r"à (?:plusieurs|maintes) reprises",
               "vi": r"(?:nhiều )?hơn một lần|nhiều lần|vài lần"}
_ONCE_HINT = {"en": "once", "es": "vez", "pt": "vez", "fr": "fois", "vi": "lần"}  # a quick look first


@dataclass(frozen=True)
class _Times:
    """One language's patterns of a count of times."""

    hint: str  # what a source that says one has (most do not)
    once: re.Pattern[str]  # a count of one ("only once")
    many: re.Pattern[str]  # more than one ("varias veces")
    fewer: re.Pattern[str]  # that after a negation of its clause ("No use … más de una vez": at most once)


@lru_cache(maxsize=16)
def _times(lang: str) -> _Times | None:
    code = langtag.primary(lang)
    if code not in _ONCE:
        return None
    many = rf"\b(?:{_MANY_TIMES[code]})\b"
    return _Times(_ONCE_HINT[code], re.compile(_ONCE[code]), re.compile(many), re.compile(NEGATED[code] + many))


def more_than_once(src: str, tr: str, source_lang: str, lang: str) -> tuple[str, str] | None:
    """The source's count of one and the translation's "more than once", as each says them ("only
    once", "varias veces"), where the source says no more than once itself."""
    a, b = _times(source_lang), _times(lang)
    x = src.lower()
    if a is None or b is None or a.hint not in x:  # (nearly every text)
        return None
    y = tr.lower()
    once, put = a.once.search(x), b.many.search(y)
    if once is None or put is None or a.many.search(x) or b.fewer.search(y):
        return None
    return src[once.start() : once.end()], tr[put.start() : put.end()]
