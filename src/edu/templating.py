"""Render stage, part 2: HTML fragments and page words -> a page from the project's Jinja2 templates.

In: the project's templates/ folder, a language's catalog of template words, and a context of
rendered fragments (render.py) and labels. Out: the page's HTML, or a located SourceError
(``templates/x.html:LINE: message``) for any mistake in a template.

Jinja2 (autoescape, i18n extension, newstyle gettext) reads its words straight from the .po
(CatalogTranslations), prints CSS strings safely (css_counter, css_string), compiles each
template once per build for every language (SharedBytecode), keeps the compiled templates in
the build folder for the next build (StoredBytecode) and never reads a file outside templates/
(ProjectTemplates). Kept apart from the Markdown side: printedwords.py renders the
page words with it and no Markdown at all.
"""

from __future__ import annotations

import gettext
import hashlib
import marshal
import os
import posixpath
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from types import CodeType
from typing import Any

from babel.messages.catalog import Catalog
from jinja2 import (
    BytecodeCache,
    Environment,
    FileSystemLoader,
    StrictUndefined,
    TemplateError,
    TemplateNotFound,
    TemplateSyntaxError,
)
from jinja2.bccache import Bucket, bc_magic
from jinja2.loaders import split_template_path
from markupsafe import Markup

from .atomic import atomic_write
from .checks import template_word_findings
from .errors import SourceError
from .lock import keeping_for
from .readfiles import saw_template


class CatalogTranslations(gettext.NullTranslations):
    """gettext over a Babel catalog read straight from the .po: no .mo that could be stale.

    Fuzzy and empty entries fall back to the English source, and so does a translation whose %
    directives (``%(name)s``, ``%%``, a lone ``%``) differ from the source's (what `edu check` calls a
    placeholder error: ``checks.template_word_findings``): Jinja formats every word with Python's %
    operator, so a translator cannot break a page.
    """

    def __init__(self, catalog: Catalog | None) -> None:
        super().__init__()
        self._catalog = catalog
        self._plural: Callable[[int], int] = (
            gettext.c2py(catalog.plural_expr) if catalog is not None else (lambda n: int(n != 1))
        )
        self._found: dict[tuple[Any, str | None], Any] = {}

    def _find(self, key: Any, context: str | None) -> Any:
        if (key, context) not in self._found:  # each word is asked for on every page
            self._found[(key, context)] = self._usable(key, context)
        return self._found[(key, context)]

    def _usable(self, key: Any, context: str | None) -> Any:
        if self._catalog is None:
            return None
        message = self._catalog.get(key, context)
        if message is None or message.fuzzy:
            return None
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if not all(strings) or template_word_findings(message, self._catalog.plural_expr):
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
            out.append(css_quoted(piece))
    return Markup(" ".join(out))


def css_string(text: str) -> Markup:
    """Any text as a quoted CSS string (for ``content:``)."""
    return Markup(css_quoted(str(text).replace("\n", " ")))


def css_quoted(text: str) -> str:
    """A CSS string literal that cannot end the ``<style>`` element it is printed in."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("<", "\\3c ") + '"'


class SharedBytecode(BytecodeCache):
    """Compiled templates kept in memory and shared by environments configured alike (one per
    language): each template is compiled once per build, not once per language."""

    def __init__(self) -> None:
        self._code: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        if bucket.key in self._code:
            bucket.bytecode_from_string(self._code[bucket.key])

    def dump_bytecode(self, bucket: Bucket) -> None:
        self._code[bucket.key] = bucket.bytecode_to_string()


TEMPLATE_CODE = ".edu-templates.code"  # in the build folder: its templates, compiled (StoredBytecode)
PROJECT_BUILD = "build"  # the project's own build folder (build.BuildOptions.folder): builds elsewhere keep files there
_STORED = b"edu compiled templates 2\n"  # 2: each template's file is kept with its code


class StoredBytecode(SharedBytecode):
    """SharedBytecode also kept in the build folder (``read``, ``save``: .edu-templates.code) for
    the next build, which compiles only the templates edited since: every build process compiled
    every template again (about a quarter of a CPU second, a tenth of a one-entry edit build).
    A template's stored code is used only when it was compiled from the template's present text
    (Jinja2's checksum of it), by this Jinja2, this Python and this module's environment settings,
    and the file's own digest matches: a template edited, a newer edu or Python, a torn, corrupt
    or foreign file is compiled again. Read with marshal, never pickle, only from the build folder;
    saved by a build that completed, so a failed build leaves the folder as it was. Kept only in a
    build folder inside the project's (links resolved): whoever can write there can already edit
    its templates, which are code too; a folder elsewhere (`-o /srv/www/handouts`, which a web
    server or a deploy job may write) never holds code that edu runs. A template whose file is no
    longer in templates/ (renamed or removed; or the project moved: its files have other paths) is
    dropped when a build saves the file: what it keeps is the templates the project has, compiled,
    whether or not this build rendered them (an incremental build renders only some pages, and
    the next may need the others' templates). A build into a folder elsewhere reads and keeps
    them in the project's own build folder (``kept``, build/): a deploy job that builds into a
    new folder each time compiled every template again (0.16 s), and kept nothing where it wrote."""

    def __init__(self, stored: dict[str, tuple[str, str, bytes]] | None = None, kept: Path | None = None,
                 fresh: bool = False) -> None:
        super().__init__()
        self._stored = dict(stored or {})  # Jinja2's key of a template -> (its file, checksum of its text, its code)
        self._compiled = False  # a template was compiled by this build: the file is out of date
        self.kept = kept  # the folder it is saved in for the next build (one inside the project's), or None
        self.fresh = fresh  # `--force`: nothing an earlier build kept is used (nor its fonts: webfonts.font_file)

    @classmethod
    def read(cls, out: Path, root: Path, fresh: bool = False) -> StoredBytecode:
        """What the last build kept for the build folder ``out``: in ``out`` when it is inside the
        project folder ``root``, else in the project's build/ (unless a link takes that outside);
        none when ``fresh`` (`--force`) or when there is no usable file."""
        kept = next((folder for folder in (out, root / PROJECT_BUILD)
                     if folder.resolve().is_relative_to(root.resolve())), None)
        if kept is None or fresh:
            return cls(kept=kept, fresh=fresh)
        try:
            fd = os.open(kept / TEMPLATE_CODE, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
            with open(fd, "rb") as file:
                data = file.read()
        except OSError:
            return cls(kept=kept)
        return cls(_stored_templates(data), kept=kept)

    def load_bytecode(self, bucket: Bucket) -> None:
        super().load_bytecode(bucket)
        stored = self._stored.get(bucket.key)
        if bucket.code is None and stored is not None and stored[1] == bucket.checksum:
            try:
                code = marshal.loads(stored[2])
            except (EOFError, ValueError, TypeError):
                return
            if isinstance(code, CodeType):
                bucket.code = code
                super().dump_bytecode(bucket)  # for the other languages' environments

    def dump_bytecode(self, bucket: Bucket) -> None:
        super().dump_bytecode(bucket)
        file = bucket.code.co_filename if bucket.code is not None else ""  # the template's, as the loader found it
        self._stored[bucket.key] = (file, bucket.checksum, marshal.dumps(bucket.code))
        self._compiled = True

    def save(self, out: Path) -> None:
        """Keep the compiled templates for the next build when this build compiled one or a
        template's file is gone: in ``out``, or in the project's build/ for a build folder
        elsewhere, under build/'s lock (lock.keeping_for: none while a build of build/ runs, which
        keeps its own; a project that cannot be written to keeps nothing, and says nothing)."""
        if self.kept is None:
            return
        kept = {key: stored for key, stored in self._stored.items() if os.path.isfile(stored[0])}
        if self._compiled or len(kept) < len(self._stored):
            self._stored = kept
            body = _stamp() + marshal.dumps(dict(sorted(kept.items())))
            data = _STORED + hashlib.sha256(body).hexdigest().encode() + b"\n" + body
            with keeping_for(self.kept, out) as held:  # a build of build/ running meanwhile keeps its own
                if not held:
                    return
                try:
                    atomic_write(self.kept / TEMPLATE_CODE, data)
                except OSError:
                    if self.kept == out:
                        raise
            self._compiled = False


def _stored_templates(data: bytes) -> dict[str, tuple[str, str, bytes]]:
    """The templates of a .edu-templates.code file; none unless its digest and stamp are right."""
    digest, sep, body = data[len(_STORED):].partition(b"\n")
    stamp = _stamp()
    if not data.startswith(_STORED) or not sep or digest != hashlib.sha256(body).hexdigest().encode():
        return {}
    if not body.startswith(stamp):
        return {}
    try:
        stored = marshal.loads(body[len(stamp):])
    except (EOFError, ValueError, TypeError):
        return {}
    if not isinstance(stored, dict):
        return {}
    return {key: value for key, value in stored.items() if isinstance(key, str) and isinstance(value, tuple)
            and len(value) == 3 and isinstance(value[0], str) and isinstance(value[1], str)
            and isinstance(value[2], bytes)}


def _stamp() -> bytes:
    """What compiled code depends on besides the template: Jinja2 and Python (``bc_magic``) and
    the environment's settings (this module's text: make_environment)."""
    import jinja2

    text = Path(__file__).read_bytes()
    return hashlib.sha256(bc_magic + jinja2.__version__.encode() + text).hexdigest().encode() + b"\n"


class ProjectTemplates(FileSystemLoader):
    """The project's templates/, never a file a link there names outside it (a template is read
    and printed on every page). A byte order mark (Notepad's "UTF-8 with BOM") is read past: the
    page words of labels.html, read as JSON, stopped every build with a traceback, and a page
    began with an invisible character."""

    def __init__(self, folder: Path) -> None:
        super().__init__(str(folder), encoding="utf-8-sig")
        self.folder = folder.resolve()

    def get_source(self, environment: Environment, template: str) -> tuple[str, str, Callable[[], bool]]:
        """The template's text, its file read once: what a page is made from is what was read
        (readfiles.saw_template; a second read after an edit was recorded instead)."""
        filename = os.path.normpath(posixpath.join(self.searchpath[0], *split_template_path(template)))
        if not os.path.isfile(filename):
            raise TemplateNotFound(template)
        if not Path(filename).resolve().is_relative_to(self.folder):
            raise SourceError("a link to a file outside templates/: copy the file into the project",
                              Path("templates") / template, 1)
        mtime = os.path.getmtime(filename)
        data = Path(filename).read_bytes()
        saw_template(template, data)
        # as open() in text mode reads it (FileSystemLoader): a byte order mark read past, any line end a "\n"
        source = data.decode(self.encoding).replace("\r\n", "\n").replace("\r", "\n")
        return source, filename, lambda: os.path.isfile(filename) and os.path.getmtime(filename) == mtime


_LOADS: ContextVar[set[str] | None] = ContextVar("edu_template_loads", default=None)


class ProjectEnvironment(Environment):
    """Jinja2's environment, telling ``loading`` each template a render asks for (found or not:
    an ``{% include "x.html" ignore missing %}`` of a file made later renders otherwise)."""

    def _load_template(self, name: str, globals: Any) -> Any:  # every get_template, select_template, include
        loads = _LOADS.get()
        if loads is not None:
            loads.add(name)
        return super()._load_template(name, globals)


@contextmanager
def loading() -> Iterator[set[str]]:
    """The names of the templates rendered within (those it extends, includes or imports, by a
    string or an expression, hidden files too), as Jinja2 loads them: what a page is truly made
    from (printtemplates.py). Templates an earlier render's result is kept from (labels.html:
    pagecore.PageCore.labels) are not loaded again: its taker says them (``loaded``)."""
    loads: set[str] = set()
    token = _LOADS.set(loads)
    try:
        yield loads
    finally:
        _LOADS.reset(token)


def loaded(names: Iterable[str]) -> None:
    """Tell the render ``loading`` records that it is made from the templates ``names`` too: those
    a result it takes from an earlier render loaded (the page words: pagecore.PageCore.labels)."""
    loads = _LOADS.get()
    if loads is not None:
        loads.update(names)


def make_environment(templates_dir: Path, translations: CatalogTranslations,
                     bytecode: SharedBytecode | None = None) -> Environment:
    env = ProjectEnvironment(loader=ProjectTemplates(templates_dir), autoescape=True,
                      extensions=["jinja2.ext.i18n"], undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True, bytecode_cache=bytecode,
                      auto_reload=False)  # a template read once per environment: no stat of its file at each page
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
    except TemplateNotFound as exc:  # an {% include %} of a missing file, or a project without templates/
        where, line = _template_frame(exc, root, name)
        if line is not None:
            raise SourceError(f"template: no such file templates/{exc.name}", where, line) from exc
        raise SourceError("no such file: every page is made from the files in templates/ (copy the folder of the "
                          "edu repository to start)", where) from exc
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
