"""Images in handouts: ``![Where to give the shot](images/sites.png)`` next to the Markdown file.

A handout names its images as any Markdown editor shows them: by a path relative to its own file,
inside ``content/``. Every edition of the handout shows the same images (a translator cannot change
an image's address: the link check). Load time checks each one (a located error for a missing file,
a path out of content/, a file that is not an image, or an address on the network, which the build
never uses). A picture with words in it can have a version per language next to it, as in Sphinx
(``figure_language_filename``) and mkdocs-static-i18n: ``sites.es.png`` is shown in the Spanish
edition (``sites.pt.png`` in pt-BR, failing ``sites.pt-BR.png``), ``sites.png`` wherever there is none.

Rendering marks each as ``edu-media:<language>:<path under content/>``; each page then points it
at what it can load: a web page at ``build/assets/media/<path>`` (copied there by the build), a PDF
at the file itself in content/ (through the sandboxed fetcher), so the page HTML does not depend on
the machine. A PDF is made again when an image it shows changes (``digest_of``).
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from . import langtag
from .errors import SourceError, closest
from .fileversion import per_file_version
from .fingerprint import digest, file_sha256
from .model import Document, Handout
from .prose import links

SCHEME = "edu-media:"
SVG_TAG = "{http://www.w3.org/2000/svg}svg"
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp")
_SRC_RE = re.compile(r'(<img\b[^>]*?\bsrc=")([^"]*)(")')
_MEDIA_RE = re.compile(rf'\bsrc="{SCHEME}([^:"]*):([^"]*)"')
_HAS_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
# edu.css's print `max-height` of a picture, 110 mm, in CSS pixels: a picture scaled up for large print
# is no wider than its proportions at that height (else it would be drawn in the middle of a wide box)
PRINT_MAX_HEIGHT_PX = 110 / 25.4 * 96
PDF_PREFIX = "../content/"  # a PDF page's base is templates/: its pictures are read from content/


def image_targets(text: str) -> list[str]:
    """The address of every image in a Markdown text, nested ones included."""
    return [target for image, target in links(text) if image] if "![" in text else []  # most text has none


def check_images(doc: Document, root: Path, languages: Iterable[str]) -> list[SourceError]:
    """A located error for each image the handout cannot show, in any of its ``languages`` versions."""
    errors: list[SourceError] = []
    if "![" not in doc.body:
        return errors
    content = (root / "content").resolve()
    for number, line in enumerate(doc.body.splitlines(), doc.body_line):
        for target in image_targets(line):
            problem = _problem(target, root / doc.path.parent, content)
            if problem is None:  # the picture is fine: so must each language's version of it be
                rel = _under_content(doc, target)
                problem = next((f"its version {name!r}: {why}" for lang in languages
                                if (name := version(rel, lang, root / "content")) != rel
                                and (why := _unreadable(root / "content" / name))), None)
            if problem:
                errors.append(SourceError(f"image {target!r}: {problem}", doc.path, number))
    return errors


def _problem(target: str, folder: Path, content: Path) -> str | None:
    if not target:
        return "no address: write the path of the image file, such as images/sites.png"
    if _HAS_SCHEME.match(target) or target.startswith("/"):
        return ("the build reads images only from content/ and never from the network: save the file next to "
                "the handout and write its path, such as images/sites.png")
    path = (folder / unquote(target)).resolve()
    if not path.is_relative_to(content):
        return "outside content/ (the renderer reads nothing else)"
    if path.suffix.lower() not in IMAGE_SUFFIXES:
        return f"not an image file ({', '.join(s[1:] for s in IMAGE_SUFFIXES)})"
    if not path.is_file():
        pictures = [p.name for p in path.parent.iterdir() if p.suffix.lower() in IMAGE_SUFFIXES] \
            if path.parent.is_dir() else []
        near = closest(path.name, pictures)
        return f"no such file (did you mean {posixpath.join(posixpath.dirname(target), near)!r}?)" if near \
            else "no such file"
    return _unreadable(path)


def picture_problem(path: Path) -> str | None:
    """Why a picture file cannot be shown (``_unreadable``), or None."""
    return _unreadable(path)


@per_file_version()
def _unreadable(path: Path) -> str | None:
    """Why a picture cannot be shown (a broken or renamed file), read once per version of the file
    as WeasyPrint reads it: Pillow for raster pictures, ElementTree for SVG."""
    if path.suffix.lower() == ".svg":
        return _unreadable_svg(path)
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as image:
            image.verify()
    except (OSError, UnidentifiedImageError, SyntaxError, ValueError):
        return "the file is not a picture that can be read (damaged, or not what its name says): save it again"
    return None


def _unreadable_svg(path: Path) -> str | None:
    from xml.etree import ElementTree

    try:
        root = ElementTree.parse(path).getroot()
    except ElementTree.ParseError as error:  # "not well-formed (invalid token): line 3, column 4"
        return f"the SVG file cannot be read ({error}): save it again"
    if (tag := root.tag) != SVG_TAG:  # a browser shows an <svg> without xmlns="http://www.w3.org/2000/svg" as nothing
        return (f"not an SVG picture (its first element is <{tag}>, not <svg xmlns=\"http://www.w3.org/2000/svg\">): "
                "save it again as SVG")
    return _active_svg(root)


def _active_svg(root: Any) -> str | None:
    """What a picture may not do: run a script (<script>, onload=) when its file is opened from the
    site, or show something from elsewhere (a link or image outside the file). Copied to the web
    folder as it is, such an SVG would run in the site's origin."""
    for element in root.iter():
        name = str(element.tag).rpartition("}")[2]
        if name in ("script", "foreignObject"):
            return f"the SVG file holds a <{name}> (a picture runs nothing): save it again without it"
        for attribute, value in element.attrib.items():
            key = attribute.rpartition("}")[2]
            if key.lower().startswith("on"):
                return f"the SVG file has an event handler ({key}=): save it again without scripts"
            if key == "href" and not value.strip().startswith(("#", "data:image/")):
                return f"the SVG file points outside itself ({value[:60]!r}): keep every part of the picture inside it"
    return None


def mark(html: str, doc: Document, lang: str) -> str:
    """Point the relative image addresses of a block rendered in ``lang`` at ``edu-media:``."""
    if "<img" not in html:
        return html

    def marked(m: re.Match[str]) -> str:
        src = m[2]
        if not src or _HAS_SCHEME.match(src) or src.startswith(("/", "#")):
            return m[0]
        return f"{m[1]}{SCHEME}{lang}:{_under_content(doc, src)}{m[3]}"

    return _SRC_RE.sub(marked, html)


def _under_content(doc: Document, target: str) -> str:
    """A relative image address of a handout as a path under content/ (``images/x.png`` -> ``en/images/x.png``)."""
    return posixpath.normpath(posixpath.join(doc.path.parent.relative_to("content").as_posix(), unquote(target)))


def resolve(html: str, for_pdf: bool, depth: int, content: Path, scale: float = 1.0) -> str:
    """Point ``edu-media:`` addresses at what the page loads (see the module's text); ``content``:
    the project's content/ folder, where each language's version of a picture is looked for. A web
    page gives each picture its file's name in build/assets/media/ (``web_name``) and its size in
    pixels (``width``, ``height``), so the text under it does not jump when it loads. A PDF page
    with a ``scale`` (large print: 1.5, as its 18 pt text is to 12 pt) prints each picture of a
    known size that much larger: at its own size, a body map's numbers stayed 12 pt-sized beside
    18 pt text. The print stylesheet still keeps it inside the column and half a page."""
    if SCHEME not in html:
        return html
    if for_pdf:
        def printed(m: re.Match[str]) -> str:
            rel = version(m[2], m[1], content)
            size = pixel_size(content / rel) if scale != 1.0 else None
            width = min(size[0] * scale, size[0] * PRINT_MAX_HEIGHT_PX / size[1]) if size else 0
            return f'src="{PDF_PREFIX}{rel}"' + (f' style="width: {width:.1f}px"' if size else "")

        return _MEDIA_RE.sub(printed, html)
    prefix = "../" * depth + "assets/media/"

    def web(m: re.Match[str]) -> str:
        rel = version(m[2], m[1], content)
        size = pixel_size(content / rel)
        return f'src="{prefix}{web_name(rel, content)}"' + (f' width="{size[0]}" height="{size[1]}"' if size else "")

    return _MEDIA_RE.sub(web, html)


def web_name(rel: str, content: Path) -> str:
    """A picture's path under build/assets/media/: its path under content/ with a digest of its
    bytes (``en/images/sites.1a2b3c4d5e6f.png``). A picture replaced under the same name (a new
    injection-site diagram) gets a new address, so no browser or cache shows the old one beside
    the new text, and a web host may keep assets/ cached for good."""
    root, ext = posixpath.splitext(rel)
    return f"{root}.{file_sha256(content / rel).hex()[:12]}{ext}"


@per_file_version()
def pixel_size(path: Path) -> tuple[int, int] | None:
    """A picture's width and height in CSS pixels: a raster picture's (Pillow), an SVG's from its
    width and height (in px or without unit) or its viewBox; None when the file does not say."""
    if path.suffix.lower() == ".svg":
        return _svg_size(path)
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as image:
            width, height = image.size
    except (OSError, UnidentifiedImageError, SyntaxError, ValueError):
        return None
    return (width, height) if width > 0 and height > 0 else None


_LENGTH_RE = re.compile(r"\s*([0-9]*\.?[0-9]+)\s*(?:px)?\s*")


def _svg_size(path: Path) -> tuple[int, int] | None:
    from xml.etree import ElementTree

    try:
        root = ElementTree.parse(path).getroot()
    except ElementTree.ParseError:
        return None
    lengths = [_LENGTH_RE.fullmatch(root.get(name) or "") for name in ("width", "height")]
    if lengths[0] and lengths[1]:
        width, height = float(lengths[0][1]), float(lengths[1][1])
    else:
        box = (root.get("viewBox") or "").replace(",", " ").split()
        try:
            width, height = (float(box[2]), float(box[3])) if len(box) == 4 else (0.0, 0.0)
        except ValueError:
            return None
    return (round(width), round(height)) if round(width) > 0 and round(height) > 0 else None


def version(rel: str, lang: str, content: Path) -> str:
    """The picture ``rel`` as shown in ``lang``: its own version if there is one (``x.es.png``)."""
    for tag in dict.fromkeys((lang, langtag.primary(lang))):
        candidate = _named(rel, tag)
        if (content / candidate).is_file():
            return candidate
    return rel


def _named(rel: str, tag: str) -> str:
    root, ext = posixpath.splitext(rel)
    return f"{root}.{tag}{ext}"


def images(handouts: Iterable[Handout], languages: Iterable[str], content: Path) -> list[str]:
    """Every picture the handouts show in ``languages``, language versions included, as paths
    under content/ (each once, in order)."""
    languages = tuple(languages)
    found: dict[str, None] = {}
    for handout in handouts:
        for target in image_targets(handout.doc.body):
            if target and not _HAS_SCHEME.match(target):
                rel = _under_content(handout.doc, target)
                found[rel] = None
                found.update((version(rel, lang, content), None) for lang in languages)
    return list(found)


def digest_of(html: str, root: Path) -> str:
    """What the images a PDF page shows are (their bytes), or "" when it shows none."""
    shown = sorted(set(re.findall(rf'\bsrc="{re.escape(PDF_PREFIX)}([^"]*)"', html)))
    return digest([(rel, file_sha256(root / "content" / rel).hex()) for rel in shown]) if shown else ""
