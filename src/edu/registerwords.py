"""The word lists of the register check (register.py): the verb forms of Spanish tú and Portuguese tu
that a text speaking as usted or você never uses.

A Spanish tú command alone ("Toma", "Llama") is also the third person ("El medicamento toma una
semana", "Llama la atención"), so it is read only where a command stands: at a sentence's start or a
list item's, and only for the common verbs of patient handouts below. Joined to a pronoun ("Tómalo",
"Guárdala", "Dímelo") it is a command wherever it stands, and so is "no" with its negative ("No tomes":
usted says "No tome"). A present tense of tú ("tienes", "puedes") is tú wherever it stands.
"""

from __future__ import annotations

import re

# tú command -> usted command, of the verbs patient handouts give their orders with. The negative of
# each is usted's with an "s" ("No tomes", "No pongas", "No digas").
SPANISH_COMMANDS = {
    "abre": "abra", "acude": "acuda", "agita": "agite", "anota": "anote", "aplica": "aplique",
    "apunta": "apunte", "avisa": "avise", "bebe": "beba", "busca": "busque", "calienta": "caliente",
    "cierra": "cierre", "coloca": "coloque", "come": "coma", "comparte": "comparta", "comprueba": "compruebe",
    "congela": "congele", "conserva": "conserve", "consulta": "consulte", "cubre": "cubra", "da": "dé",
    "deja": "deje", "deposita": "deposite", "desecha": "deseche", "desinfecta": "desinfecte", "di": "diga",
    "elige": "elija", "escribe": "escriba", "espera": "espere", "evita": "evite", "frota": "frote",
    "guarda": "guarde", "habla": "hable", "haz": "haga", "inserta": "inserte", "inyecta": "inyecte",
    "lava": "lave", "lee": "lea", "limpia": "limpie", "llama": "llame", "lleva": "lleve", "mantén": "mantenga",
    "mezcla": "mezcle", "mira": "mire", "olvida": "olvide", "pellizca": "pellizque", "pide": "pida",
    "pon": "ponga", "pregunta": "pregunte", "quita": "quite", "retira": "retire", "revisa": "revise",
    "saca": "saque", "sigue": "siga", "sujeta": "sujete", "ten": "tenga", "tira": "tire", "toma": "tome",
    "usa": "use", "ve": "vaya", "ven": "venga", "vigila": "vigile", "vuelve": "vuelva",
}
# Alone at a sentence's start these are as often a noun or a third person: "Pregunta:" heads a
# question, "Sigue siendo", "Vuelve a aparecer", "Da igual", "Consulta de enfermería", "Espera de 15 minutos"
NOT_ALONE = frozenset({"consulta", "da", "espera", "pregunta", "sigue", "vuelve"})
# ... and these, followed by "de", are the noun ("Toma de la mañana", "Llama de una vela")
NOUNS_BEFORE_DE = frozenset({"guarda", "habla", "lava", "limpia", "llama", "mira", "toma"})
# Joined to a pronoun these are another word ("velo", "vela": ve + lo/la; "date"), or change their
# written accent ("mantenlo"): read alone only
NOT_JOINED = frozenset({"ve", "mantén"})

_ONE = ("me", "te", "le", "les", "lo", "la", "los", "las", "nos")
_TWO = tuple(f"{a}{b}" for a in ("me", "te", "nos", "se") for b in ("lo", "la", "los", "las"))
_STRONG, _ACCENTED = "aeo", str.maketrans("aeiou", "áéíóú")


def _nuclei(form: str) -> list[tuple[int, int]]:
    """Where each syllable's vowels are in ``form``: two strong vowels side by side are two ("lee": le-e)."""
    found = []
    for group in re.finditer(r"[aeiou]+", form):
        start = group.start()
        for i in range(group.start() + 1, group.end()):
            if form[i - 1] in _STRONG and form[i] in _STRONG:
                found.append((start, i))
                start = i
        found.append((start, group.end()))
    return found


def _accented(form: str, nucleus: tuple[int, int]) -> str:
    """``form`` with the written accent on ``nucleus``: on its strong vowel, or on the second of two
    weak ones ("cuída"; a "u" after "q" or "g" is a weak one too: "quíta", "sígue")."""
    start, end = nucleus
    vowels = form[start:end]
    at = start + next((i for i, c in enumerate(vowels) if c in _STRONG), len(vowels) - 1)
    return form[:at] + form[at].translate(_ACCENTED) + form[at + 1 :]


def _joined(form: str) -> list[str]:
    """Each command of ``form`` with one or two pronouns joined, as it is written: the stress stays on
    the syllable before the last ("toma" -> "tómalo", "limpia" -> "límpiala", "guarda" -> "guárdala"),
    and a one-syllable command takes its accent with two pronouns only ("ponlo", "pónselo")."""
    nuclei = _nuclei(form)
    if len(nuclei) == 1:
        return [form + one for one in _ONE if form + one != "date"] + [_accented(form, nuclei[0]) + two
                                                                       for two in _TWO]
    stressed = _accented(form, nuclei[-2])
    return [stressed + pronouns for pronouns in (*_ONE, *_TWO)]


def _spellings(words: list[str]) -> frozenset[str]:
    return frozenset(w for word in words for w in (word, word[:1].upper() + word[1:]))


JOINED = _spellings([w for form in SPANISH_COMMANDS if form not in NOT_JOINED for w in _joined(form)])
ALONE = {form[:1].upper() + form[1:]: usted[:1].upper() + usted[1:]
         for form, usted in SPANISH_COMMANDS.items() if form not in NOT_ALONE}
NEGATIVE = {f"{usted}s": usted for usted in SPANISH_COMMANDS.values() if usted != "dé"} | {"des": "dé"}

# tú's present tense and subjunctive, each with usted's, wherever they stand ("Si tienes fiebre").
# Not "tomas", "notas" or "comas" (nouns: "las tomas" are the doses), nor "estas" without its accent
SPANISH_VERBS = (("tienes", "tiene"), ("puedes", "puede"), ("debes", "debe"), ("necesitas", "necesita"),
                 ("sientes", "siente"), ("estás", "está"), ("eres", "es"), ("quieres", "quiere"),
                 ("sabes", "sabe"), ("vas", "va"), ("usas", "usa"), ("olvidas", "olvida"),
                 ("tengas", "tenga"), ("puedas", "pueda"), ("sientas", "sienta"), ("necesites", "necesite"),
                 ("olvides", "olvide"), ("tomes", "tome"))
# Portuguese tu's present tense and its future subjunctive ("se tiveres", "quando usares"), each with
# você's. Not "precisas" (also "precise", an adjective) nor "tomas" (a noun: "as tomas")
PORTUGUESE_VERBS = (("tens", "tem"), ("podes", "pode"), ("deves", "deve"), ("estás", "está"), ("és", "é"),
                    ("vais", "vai"), ("queres", "quer"), ("sabes", "sabe"), ("fazes", "faz"), ("sentes", "sente"),
                    ("usas", "usa"), ("lembras", "lembra"), ("tiveres", "tiver"), ("usares", "usar"),
                    ("tomares", "tomar"), ("sentires", "sentir"), ("esqueceres", "esquecer"),
                    ("precisares", "precisar"), ("puderes", "puder"), ("fores", "for"), ("estiveres", "estiver"),
                    ("fizeres", "fizer"), ("quiseres", "quiser"), ("deixares", "deixar"), ("aplicares", "aplicar"))
