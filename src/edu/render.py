"""Render stage: localized Markdown -> sanitized HTML fragments -> a page from the shared Jinja2 templates.

Python-Markdown converts each block; nh3 keeps only an allowlist of tags and attributes, so no
raw HTML, script, event handler or foreign URL scheme can come from content or a translation.
Jinja2 (autoescape, i18n extension, newstyle gettext) wraps the fragments in a page.
"""

from __future__ import annotations

import gettext
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

import markdown
import nh3
from babel.messages.catalog import Catalog
from jinja2 import Environment, FileSystemLoader, StrictUndefined, TemplateError, TemplateSyntaxError
from markupsafe import Markup

from .errors import SourceError
from .model import Localized
from .translate import CLOSE, MARK_RE, OPEN, SEP

TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "strong", "em", "code", "pre",
        "blockquote", "table", "thead", "tbody", "tr", "th", "td", "a", "img", "hr", "br", "sup", "sub"}
ATTRIBUTES = {"a": {"href", "title"}, "img": {"src", "alt", "title"}, "ol": {"start"}, "th": {"scope"}}
SCHEMES = {"https", "http", "mailto", "tel"}
CALLOUT_RE = re.compile(r"^\s*<blockquote>\s*<p>\[!([a-z-]+)\]</p>\s*(.*?)\s*</blockquote>\s*$", re.S)
PERCENT_RE = re.compile(r"%\((\w+)\)s|%%")


@dataclass(frozen=True)
class RenderedBlock:
    """One top-level block as safe HTML."""

    kind: str  # the Block kind (heading, paragraph, list, table, callout, …)
    callout: str | None  # key-points | warning | emergency | note, for callout boxes
    html: Markup  # sanitized HTML of the block's content


class MarkdownRenderer:
    """One reusable Python-Markdown instance (creating one per block would dominate the time)."""

    def __init__(self) -> None:
        self._md = markdown.Markdown(extensions=["tables", "sane_lists", "fenced_code"], output_format="html")

    def __call__(self, text: str) -> str:
        self._md.reset()
        html = self._md.convert(text)
        html = nh3.clean(html, tags=TAGS, attributes=ATTRIBUTES, url_schemes=SCHEMES,
                         link_rel="noopener noreferrer", strip_comments=True)
        return re.sub(r"<th>", '<th scope="col">', html)


def render_blocks(localized: Localized, renderer: MarkdownRenderer) -> list[RenderedBlock]:
    """Every block of a localized handout as safe HTML; untranslated draft text keeps its language."""
    src = localized.handout.doc.lang
    out = []
    for block, text in zip(localized.handout.blocks, localized.blocks, strict=True):
        html = status_spans(renderer(text), src)
        callout = None
        match = CALLOUT_RE.match(html) if block.kind == "callout" else None
        if match:
            callout, html = match.group(1), match.group(2)
        out.append(RenderedBlock(block.kind, callout, Markup(html)))
    return out


STATUS_RE = re.compile(f"{OPEN}([utf])([^{SEP}]*){SEP}")
STATUS_CLASS = {"u": "untranslated", "f": "fuzzy", "t": "translated"}


def status_spans(html: str, src: str) -> str:
    """Turn the translate stage's markers into spans: source-language text keeps its ``lang``."""
    def opening(match: re.Match[str]) -> str:
        status, where = match.group(1), escape(match.group(2))
        lang = f' lang="{src}"' if status != "t" else ""
        return f'<span{lang} class="{STATUS_CLASS[status]}" data-where="{where}">'

    return STATUS_RE.sub(opening, html).replace(CLOSE, "</span>")


def inline_html(text: str, renderer: MarkdownRenderer) -> Markup:
    """A title or summary: inline Markdown only, draft markers kept as language spans."""
    html = renderer(MARK_RE.sub("", text))
    return Markup(re.sub(r"^<p>(.*)</p>$", r"\1", html.strip(), flags=re.S))


class CatalogTranslations(gettext.NullTranslations):
    """gettext over a Babel catalog read straight from the .po: no .mo that could be stale.

    Fuzzy and empty entries fall back to the English source, and so does a translation whose
    ``%(name)s`` placeholders do not match the source, so a translator cannot break a page.
    """

    def __init__(self, catalog: Catalog | None) -> None:
        super().__init__()
        self._catalog = catalog
        self._plural: Callable[[int], int] = (
            gettext.c2py(catalog.plural_expr) if catalog is not None else (lambda n: int(n != 1))
        )

    def _find(self, key: Any, context: str | None) -> Any:
        if self._catalog is None:
            return None
        message = self._catalog.get(key, context)
        if message is None or message.fuzzy:
            return None
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if not all(strings):
            return None
        source = key if isinstance(key, tuple) else (key,)
        wanted = set(PERCENT_RE.findall(str(source[0])))
        if any(set(PERCENT_RE.findall(str(s))) != wanted for s in strings):
            return None
        return message.string

    def gettext(self, message: str) -> str:
        found = self._find(message, None)
        return str(found) if found else message

    def pgettext(self, context: str, message: str) -> str:
        found = self._find(message, context)
        return str(found) if found else message

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        return self.npgettext(None, msgid1, msgid2, n)  # type: ignore[arg-type]

    def npgettext(self, context: str, msgid1: str, msgid2: str, n: int) -> str:
        found = self._find(msgid1, context)
        if found and isinstance(found, tuple):
            index = self._plural(n)
            return str(found[index] if index < len(found) else found[-1])
        return msgid1 if n == 1 else msgid2


def css_counter(text: str) -> Markup:
    """``Page \\x01 of \\x02`` -> a CSS content value with page counters, quotes escaped."""
    pieces = re.split("(\x01|\x02)", str(text))
    out = []
    for piece in pieces:
        if piece == "\x01":
            out.append("counter(page)")
        elif piece == "\x02":
            out.append("counter(pages)")
        elif piece:
            out.append(_css_quoted(piece))
    return Markup(" ".join(out))


def css_string(text: str) -> Markup:
    """Any text as a quoted CSS string (for ``content:``)."""
    return Markup(_css_quoted(str(text).replace("\n", " ")))


def _css_quoted(text: str) -> str:
    """A CSS string literal that cannot end the ``<style>`` element it is printed in."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("<", "\\3c ") + '"'


def make_environment(templates_dir: Path, translations: CatalogTranslations) -> Environment:
    env = Environment(loader=FileSystemLoader(str(templates_dir)), autoescape=True,
                      extensions=["jinja2.ext.i18n"], undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True)
    env.policies["ext.i18n.trimmed"] = True  # as the strings were extracted (catalogs.extract_templates)
    env.install_gettext_translations(translations, newstyle=True)  # type: ignore[attr-defined]
    env.filters["css_counter"] = css_counter
    env.filters["css_string"] = css_string
    return env


def render_template(env: Environment, name: str, context: Mapping[str, Any], root: Path) -> str:
    """Render a template; a template mistake becomes ``templates/x.html:LINE: message``."""
    try:
        return env.get_template(name).render(**context)
    except TemplateSyntaxError as exc:
        where = Path(exc.filename).relative_to(root) if exc.filename else Path("templates") / name
        raise SourceError(f"template syntax: {exc.message}", where, exc.lineno) from exc
    except TemplateError as exc:
        raise SourceError(f"template: {exc.message or exc}", *_template_frame(exc, root, name)) from exc
    except SourceError:
        raise
    except Exception as exc:  # any mistake in a template (1 / 0, a bad filter argument) is the user's
        raise SourceError(f"template: {exc}", *_template_frame(exc, root, name)) from exc


def _template_frame(exc: BaseException, root: Path, name: str) -> tuple[Path, int | None]:
    """The innermost template file and line in a Jinja2 traceback."""
    where: tuple[Path, int | None] = (Path("templates") / name, None)
    tb = exc.__traceback__
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.endswith((".html", ".css", ".j2")):
            try:
                where = (Path(filename).resolve().relative_to(root.resolve()), tb.tb_lineno)
            except ValueError:
                where = (Path(filename), tb.tb_lineno)
        tb = tb.tb_next
    return where
