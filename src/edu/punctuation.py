"""QA: Spanish opening marks. A question opens with ¿ and an exclamation with ¡ (RAE), and each
closes in the same sentence, nested as in ¡¿…?!. A blocking check (see checks.py): a translation
that breaks it is not printed.

In: (source text, translation, Context). Out: at most one ``Finding`` naming every unpaired mark.
"""

from __future__ import annotations

import re

from .findings import Context, Finding, finding
from .prose import CODE_SPAN, MASK, RAW_HTML, mask

_MAY_ASK = re.compile(r"[?¿!¡]")
_CLOSER = {"?": "¿", "!": "¡"}
_OPENER = {v: k for k, v in _CLOSER.items()}
_SENTENCE_BREAK = re.compile(r"(?<=[.…])\s+(?=\W*[A-ZÁÉÍÓÚÜÑ])|\n")
_ABBREVIATIONS = frozenset({
    "dr", "dra", "sr", "sra", "srta", "ud", "uds", "vd", "vds", "ee", "uu", "p", "ej", "etc",
    "núm", "no", "tel", "aprox", "lic", "ing", "máx", "mín", "av", "avda", "prof", "profa", "enf", "lcda", "lcdo",
    "dña", "dn", "sto", "sta", "sres", "sras", "dres", "dras", "depto", "dpto", "hosp", "urg", "admón", "pág",
    "vol", "cap", "fig", "art", "cía", "c", "s", "n", "cf", "vs",
})  # fmt: skip


def _sentences(text: str) -> list[str]:
    """Split at a full stop before a capital, unless the stop ends an abbreviation (Dr., EE. UU.)."""
    sentences, start = [], 0
    for m in _SENTENCE_BREAK.finditer(text):
        word = re.search(r"(\w+)\.$", text[start : m.start()])
        if word and (word[1].lower() in _ABBREVIATIONS or len(word[1]) == 1):
            continue
        sentences.append(text[start : m.start()])
        start = m.end()
    return [*sentences, text[start:]]


def _unpaired(sentence: str) -> str | None:
    """What is wrong with the ¿…? and ¡…! of one sentence, or None."""
    stack: list[str] = []
    for char in sentence:
        if char in _OPENER:
            stack.append(char)
        elif char in _CLOSER and not stack:
            return f"'{char}' has no opening '{_CLOSER[char]}'; add it where the sentence part starts"
        elif char in _CLOSER and stack[-1] != _CLOSER[char]:
            return f"'{char}' closes '{stack[-1]}'; pair ¿ with ? and ¡ with !, nested as in ¡¿…?!"
        elif char in _CLOSER:
            stack.pop()
    if stack:
        return f"'{stack[-1]}' is not closed in its sentence; end that part with '{_OPENER[stack[-1]]}'"
    return None


def check_spanish_punct(src: str, tr: str, ctx: Context) -> list[Finding]:
    """Spanish opens questions with ¿ and exclamations with ¡ (RAE), closed in the same sentence."""
    if not ctx.lang.startswith("es") or not (_MAY_ASK.search(tr) or "?" in src):
        return []
    text = RAW_HTML.sub(MASK, CODE_SPAN.sub(MASK, mask(tr))).replace("![", "[")
    # (a question the translation words as a statement, "Cómo ponerse la inyección" for a heading
    # "How do I give the shot?", is good Spanish: only marks that are there are checked)
    problems = [p for p in map(_unpaired, _sentences(text)) if p]
    if not problems:
        return []
    return [finding("spanish-punct", f"Spanish punctuation: {'; '.join(problems)}")]
