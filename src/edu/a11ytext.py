"""QA: the words a reader who cannot see the page, or holds it on paper, gets instead of what is
there: a link's words (``link-text``) and a picture's text (``alt``: none, a file name or a word
that says only "picture", WCAG 1.1.1). Judged alike in a handout's
own text (accessibility.py places them at its lines) and in a translation (checks.py runs the
``check_*`` functions below on every catalog entry; warnings both, which ``edu-ok:`` silences).

In: a text (a segment or a msgstr) and its language. Out: the link words that say nothing out of
context, or ``Finding`` records. A screen reader lists a page's links by their words alone (WCAG
2.4.4), and a PDF keeps only a link's words where nothing can be clicked (a link to a handout or a
section, without site_url): "To learn where to inject, click here."
"""

from __future__ import annotations

import re
import unicodedata

from . import langtag
from .findings import Context, Finding, finding
from .prose import CODE_SPAN, LINK

# Link words that say nothing of where the link goes, by language (compared folded: lower case,
# without the marks and punctuation around them).
VAGUE_LINK_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset({"click here", "click", "here", "this link", "link", "read more", "more", "learn more",
                     "more info", "more information", "this", "this page", "go", "see here", "click this link"}),
    "es": frozenset({"haga clic aquí", "haz clic aquí", "clic aquí", "pulse aquí", "pulsa aquí", "aquí",
                     "este enlace", "enlace", "más información", "más", "leer más", "lea más", "ver más",
                     "esta página", "haga clic en este enlace"}),
    "pt": frozenset({"clique aqui", "aqui", "este link", "link", "saiba mais", "mais", "leia mais",
                     "mais informações", "esta página"}),
    "fr": frozenset({"cliquez ici", "ici", "ce lien", "lien", "en savoir plus", "plus", "lire la suite",
                     "plus d'informations", "cette page"}),
}
# How each language says "see …" before the title of where a link goes, for the advice.
_SEE = {"en": "see [Getting ready for your visit]", "es": "vea [Cómo prepararse para su visita]",
        "pt": "veja [Como se preparar para a consulta]", "fr": "voir [Préparer votre visite]"}
_MARKS = re.compile(r"[*_`~]+")
_AROUND = " \t\n.,;:!?¡¿()[]\"'«»“”‘’…-–—→>"


def _folded(words: str) -> str:
    text = unicodedata.normalize("NFC", _MARKS.sub("", words)).replace("’", "'").casefold()
    return " ".join(text.split()).strip(_AROUND)


def vague_links(text: str, lang: str) -> list[tuple[str, str]]:
    """(words, target) of each link of ``text`` whose words say nothing out of context in ``lang``
    ("click here", "aquí"); images are pictures, not links. Nothing for a language without a list."""
    vague = VAGUE_LINK_WORDS.get(langtag.primary(lang))
    if vague is None or "](" not in text:
        return []
    if "`" in text:
        text = CODE_SPAN.sub("", text)  # a link in a code span is shown as code
    return [(" ".join(m["text"].split()), (m["target"] or "").strip("<>")) for m in LINK.finditer(text)
            if not m["bang"] and _folded(m["text"]) in vague]


def link_text_advice(words: str, target: str, lang: str) -> str:
    """The message for link words that say nothing, with the fix in ``lang``'s words."""
    see = _SEE.get(langtag.primary(lang), _SEE["en"])
    return (f'the link words "{words}" say nothing out of context (a screen reader lists a page\'s links by their '
            "words alone; on paper a link to a handout is only its words): say where the link goes, as in "
            f'"{see}({target or "…"})"')


ALT_ADVICE = ("the picture has no text for a reader who cannot see it (a screen reader, a PDF read aloud): "
              "say what it shows between the brackets, ![Where to give the shot: belly or thigh](...)")
_IMAGE_FILE = re.compile(r"\.(?:png|jpe?g|gif|svg|webp|bmp|tiff?|heic|avif)$", re.IGNORECASE)
_CAMERA_NAME = re.compile(r"(?:img|dsc|dscn|dcim|pxl|scan)[ _-]*\d+", re.IGNORECASE)  # IMG_1234, as a camera names it
# Words that say only that there is a picture, in English, Spanish, Portuguese and French ("image 2" too)
_GENERIC_ALT = re.compile(
    r"(?:image|picture|photo|photograph|pic|img|figure|graphic|illustration|screenshot|alt|alt text|placeholder|"
    r"imagen|foto|fotografía|figura|gráfico|ilustración|dibujo|imagem|ilustração|gráfica|dessin)"
    r"(?:[ _-]*\d+)?", re.IGNORECASE)


def alt_problem(alt: str) -> str | None:
    """Why a picture's text tells a reader who cannot see it nothing (``![alt](x.png)``): there is
    none, it is a file name ("image1.png"), or it says only "picture" ("photo", "imagen", "figura 2")."""
    words = _folded(alt)
    if not words:
        return ALT_ADVICE
    if _IMAGE_FILE.search(words) or _CAMERA_NAME.fullmatch(words):
        what = f"is a file name ({alt.strip()!r}), which a screen reader spells out"
    elif _GENERIC_ALT.fullmatch(words):
        what = f"({alt.strip()!r}) says only that there is a picture"
    else:
        return None
    return (f"the picture's text {what}: say what it shows between the brackets, "
            "![Where to give the shot: belly or thigh](...)")


def check_alt(src: str, tr: str, ctx: Context) -> list[Finding]:
    """alt, a warning: a picture in a translation's sentence whose text tells a reader nothing
    (a picture on a line of its own is an entry of its own: ``alt_findings``)."""
    if "![" not in tr:
        return []
    return [finding("alt", why) for m in LINK.finditer(tr) if m["bang"] and (why := alt_problem(m["text"]))]


def alt_findings(alt: str) -> list[Finding]:
    """alt of a catalog entry that is a picture's text (its ``#.`` comment says "alt in …")."""
    why = alt_problem(alt)
    return [finding("alt", why)] if why else []


def check_link_text(src: str, tr: str, ctx: Context) -> list[Finding]:
    """link-text, a warning: a translation's link words that say nothing out of context in its language."""
    return [finding("link-text", link_text_advice(words, target, ctx.lang))
            for words, target in vague_links(tr, ctx.lang)]
