"""Images in handouts: ``![Where to give the shot](images/sites.png)`` next to the Markdown file.

A handout names its images as any Markdown editor shows them: by a path relative to its own file,
inside ``content/``. Every edition of the handout shows the same images (a translator cannot change
an image's address: the link check). Load time checks each one (a located error for a missing file,
a path out of content/, a file that is not an image, or an address on the network, which the build
never uses). Rendering marks each as ``edu-media:<path under content/>``; each page then points it at
what it can load: a web page at ``build/assets/media/<path>`` (copied there by the build), a PDF at
the file itself in content/ (through the sandboxed fetcher), so the page HTML does not depend on the
machine. A PDF is made again when an image it shows changes (``digest``).
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import unquote

from .errors import SourceError
from .fingerprint import digest, file_sha256
from .model import Document, Handout
from .prose import LINK

SCHEME = "edu-media:"
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp")
_SRC_RE = re.compile(r'(<img\b[^>]*?\bsrc=")([^"]*)(")')
_MEDIA_RE = re.compile(rf'\bsrc="{SCHEME}([^"]*)"')
_HAS_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


def image_targets(text: str) -> list[str]:
    """The address of every image in a Markdown text, nested ones included."""
    out = []
    for m in LINK.finditer(text):
        if m["bang"]:
            out.append((m["target"] or "").strip("<>"))
        out.extend(image_targets(m["text"]))
    return out


def check_images(doc: Document, root: Path) -> list[SourceError]:
    """A located error for each image the handout cannot show."""
    errors = []
    content = (root / "content").resolve()
    for number, line in enumerate(doc.body.splitlines(), doc.body_line):
        for target in image_targets(line):
            problem = _problem(target, root / doc.path.parent, content)
            if problem:
                errors.append(SourceError(f"image {target!r}: {problem}", doc.path, number))
    return errors


def _problem(target: str, folder: Path, content: Path) -> str | None:
    if not target:
        return "no address: write the path of the image file, such as images/sites.png"
    if _HAS_SCHEME.match(target) or target.startswith(("/", "//")):
        return ("the build reads images only from content/ and never from the network: save the file next to "
                "the handout and write its path, such as images/sites.png")
    path = (folder / unquote(target)).resolve()
    if not path.is_relative_to(content):
        return "outside content/ (the renderer reads nothing else)"
    if path.suffix.lower() not in IMAGE_SUFFIXES:
        return f"not an image file ({', '.join(s[1:] for s in IMAGE_SUFFIXES)})"
    if not path.is_file():
        return "no such file"
    return None


def mark(html: str, doc: Document) -> str:
    """Point the relative image addresses of a rendered block at ``edu-media:`` (content/-relative)."""
    if "<img" not in html:
        return html
    folder = doc.path.parent.relative_to("content").as_posix()

    def marked(m: re.Match[str]) -> str:
        src = m[2]
        if not src or _HAS_SCHEME.match(src) or src.startswith(("/", "#")):
            return m[0]
        return f"{m[1]}{SCHEME}{posixpath.normpath(posixpath.join(folder, unquote(src)))}{m[3]}"

    return _SRC_RE.sub(marked, html)


def resolve(html: str, for_pdf: bool, depth: int) -> str:
    """Point ``edu-media:`` addresses at what the page loads (see the module's text)."""
    if SCHEME not in html:
        return html
    prefix = "../content/" if for_pdf else "../" * depth + "assets/media/"
    return html.replace(f'src="{SCHEME}', f'src="{prefix}')


def images(handouts: Iterable[Handout]) -> list[str]:
    """Every image the handouts show, as paths under content/ (each once, in order)."""
    found: dict[str, None] = {}
    for handout in handouts:
        doc = handout.doc
        folder = doc.path.parent.relative_to("content").as_posix()
        for target in image_targets(doc.body):
            if target and not _HAS_SCHEME.match(target):
                found[posixpath.normpath(posixpath.join(folder, unquote(target)))] = None
    return list(found)


def digest_of(html: str, root: Path) -> str:
    """What the images a PDF page shows are (their bytes), or "" when it shows none."""
    shown = sorted(set(re.findall(r'\bsrc="\.\./content/([^"]*)"', html)))
    return digest([(rel, file_sha256(root / "content" / rel).hex()) for rel in shown]) if shown else ""
