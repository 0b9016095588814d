"""Incremental builds, part 1: what every output is made from besides its own text, as digests,
computed without rendering and without importing the pipeline (a build with nothing to do stops here).

Every page is made from the template words of its language and from the environment: templates
and CSS, settings, edu's code, library versions and fonts; a PDF also from the versions of the C
libraries WeasyPrint lays out text with (Pango, HarfBuzz and its subsetter, Fontconfig). What each
edition is made from (its source, catalog entries, facts and references) is in editioninputs.py. Each
is a short SHA-256 of a canonical JSON form, so the manifest can say which of them changed.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import sys
from collections.abc import Iterable, Mapping
from contextlib import suppress
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from . import __version__
from .config import Settings
from .fileversion import per_file_version
from .fonts import shipped_faces

LIBRARIES = (  # distributions whose version shapes HTML or PDF output
    "weasyprint", "pydyf", "babel", "jinja2", "markdown", "nh3", "pyyaml", "tinycss2", "cssselect2", "fonttools",
    "pyphen", "cffi", "pillow", "fontpkg_atkinson_hyperlegible", "fontpkg_noto_sans",
)
# the code between a page's HTML and its PDF
PDF_CODE = ("pdf.py", "pdftags.py", "pdfrows.py", "pdftree.py", "fetcher.py", "workers.py", "pdfworker.py", "fonts.py",
            "fontfix.py")
UNPRINTED_SETTINGS = ("root", "timeout", "width", "in_progress")  # settings no page shows
# The language list reaches a page through its links to the other languages alone (the switcher,
# which side-by-side editions there are): a group of its own, so that adding or removing a
# language is not a change of what every page says (folder.CONTENT_GROUPS).
LINK_SETTINGS = ("languages",)
NOT_BUILD_CODE = {  # edu modules that never shape an output (commands, display, QA)
    "edu.cli", "edu.handlers", "edu.__main__", "edu.progress", "edu.serve", "edu.commands", "edu.qa", "edu.readability",
    "edu.plainlang", "edu.wording", "edu.syllables", "edu.advice", "edu.babel_plugin", "edu.lock", "edu.newproject",
    "edu.unread", "edu.pagewords", "edu.problems", "edu.projectwarnings", "edu.fontcoverage", "edu.literacy",
    "edu.signoff", "edu.signing", "edu.trsignoff", "edu.trsigning", "edu.accessibility", "edu.literalnumbers",
    "edu.catalogstats", "edu.lastpages", "edu.otherlanguage",
}
INPUT_FOLDERS = ("content", "locale", "templates")  # with pyproject.toml: every file a build reads


def digest(value: object) -> str:
    """A short, stable digest of any JSON-able value (dates, paths and dataclasses by ``repr``)."""
    text = json.dumps(value, sort_keys=True, ensure_ascii=False, default=repr, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def repr_digest(value: object) -> str:
    """The same kind of digest from ``repr``, for a value of strings and tuples made once per
    catalog entry in a build (JSON took a tenth of the time of planning the outputs)."""
    return hashlib.sha256(repr(value).encode("utf-8")).hexdigest()[:32]


@dataclass(frozen=True)
class Environment:
    """What every page is made from besides its own text."""

    templates: str  # every file under templates/
    settings: str  # [tool.edu], except what no page shows and the language list
    languages: str  # the language list (LINK_SETTINGS)
    code: str  # the edu modules a build runs, and their data files
    pdf_code: str  # the modules between an HTML page and its PDF
    system: str  # the C libraries WeasyPrint lays out text with (PDFs only)
    libraries: str  # versions of Python and of the libraries that shape the output
    fonts: str  # the font files embedded in PDFs and linked from pages (see fonts.py)
    versions: dict[str, str]  # library -> version, recorded in the manifest
    web_fonts: str = ""  # the fonts web pages load, known once the project's text is (glyphs.web_faces): theirs only
    stylesheet: str = ""  # the stylesheet web pages link (build/assets/edu.<digest>.css), known once its words are
    favicon: str = ""  # the icon web pages link (build/assets/favicon.<digest>.svg), if the project has one
    # page or PDF (its target) -> digest of the files its last build read (printtemplates.py), known once a
    # build runs the pipeline; one not in it: every file of templates/ (``templates``)
    printed: dict[str, str] = field(default_factory=dict)

    def groups(self) -> dict[str, str]:
        return {"templates": self.templates, "settings": self.settings, "languages": self.languages,
                "code": self.code, "libraries": self.libraries, "fonts": self.fonts}

    def printed_from(self, target: str) -> dict[str, str]:
        """The "templates" group of the page or PDF ``target``: the files it is made from (a change of
        a stylesheet only web pages load makes no PDF again, of the home page's template no handout's page)."""
        return {"templates": self.printed.get(target, self.templates)}


def environment(settings: Settings) -> Environment:
    code_dir = Path(__file__).parent
    shown = {k: v for k, v in dataclasses.asdict(settings).items() if k not in UNPRINTED_SETTINGS + LINK_SETTINGS}
    versions, system = library_versions(), system_library_versions()
    return Environment(
        templates=files_digest(settings.templates_dir, folder_files(settings.templates_dir)),
        settings=digest(shown),
        languages=digest(settings.languages),
        code=files_digest(code_dir, sorted({*build_modules(), *code_dir.glob("data/*")})),
        pdf_code=files_digest(code_dir, [code_dir / name for name in PDF_CODE]),
        system=digest(system),
        libraries=digest(versions),
        fonts=font_digest(settings),
        versions={**versions, **system},
    )


def font_digest(settings: Settings) -> str:
    """The font files: a shipped one by name and size (it changes only with its package, whose
    version is in ``libraries``; by time, a new venv's copies of the same fonts made every PDF
    again, and hashing them cost every no-op build 4 MB of reading), the project's by content (a
    clone gives files new times). Their tables are not read here."""
    stamps: list[object] = [(face.path.name, face.path.stat().st_size) for face in shipped_faces()]
    stamps += [(name, file_sha256(settings.root / name).hex()) for name in settings.font_files]
    return digest(stamps)


def build_modules() -> list[Path]:
    """The files of every edu module but those that only print or check, whether this process
    has imported them yet or not (a build with nothing to do imports few of them)."""
    code_dir = Path(__file__).parent
    return [path for path in sorted(code_dir.glob("*.py"))
            if ("edu" if path.stem == "__init__" else f"edu.{path.stem}") not in NOT_BUILD_CODE]


def input_files(root: Path) -> list[Path]:
    """Every file a build may read from the project (hidden files and editor backups aside)."""
    files = [root / "pyproject.toml"]
    for folder in INPUT_FOLDERS:
        files += folder_files(root / folder)
    return files


def folder_files(folder: Path) -> list[Path]:
    """The files under ``folder`` a build may read, sorted: not a hidden file or one in a hidden
    folder (vim's ".handout.html.swp", Emacs's ".#x" lock, .git/), nor an editor's backup or autosave
    ("handout.html~", "#handout.html#"), which no template names: saving a template in an editor
    made every page and PDF again, and a build with the file open remade them when it went away."""
    return sorted(p for p in folder.rglob("*") if not any(_aside(part) for part in p.relative_to(folder).parts)
                  and p.is_file())


def set_aside(path: str) -> bool:
    """A project-relative path (``folder_files``) no snapshot of the inputs reads: of a hidden file or
    folder, or of an editor's backup or autosave file."""
    return any(_aside(part) for part in path.split("/"))


def _aside(name: str) -> bool:
    """A hidden file or folder, or an editor's backup or autosave file."""
    return name.startswith(".") or name.endswith("~") or (len(name) > 1 and name.startswith("#") and name.endswith("#"))


def inputs_digest(root: Path) -> str:
    """One digest of the content of every input file: equal digests, equal inputs."""
    return files_digest(root, input_files(root))


@per_file_version(maxsize=4096)
def file_sha256(path: Path) -> bytes:
    """The SHA-256 of a file's bytes, read once per version of the file in this process: a build
    digests templates/ for its snapshot, its environment and (project fonts) its renderer."""
    return hashlib.sha256(path.read_bytes()).digest()


def files_digest(root: Path, paths: list[Path], seen: Mapping[str, bytes] | None = None) -> str:
    """The digest of the files ``paths`` under ``root``, a file not there left out; ``seen``: the
    digests of those a build read (readfiles.py, project-relative), as it read them."""
    sha = hashlib.sha256()
    for path in paths:
        name = path.relative_to(root).as_posix()
        if seen is not None and name in seen:
            sha.update(name.encode("utf-8") + b"\0" + seen[name])
        elif path.is_file():
            sha.update(name.encode("utf-8") + b"\0")
            sha.update(file_sha256(path))
    return sha.hexdigest()[:32]


def reads_digest(root: Path, reads: Iterable[str], known: dict[tuple[str, ...], str] | None = None,
                 seen: Mapping[str, bytes] | None = None) -> str:
    """The digest of the files of ``root`` named by ``reads`` (project-relative paths) as they are now,
    a file not there left out (one made later changes it), or as a build read it (``seen``);
    ``known``: digests already made this build."""
    files = tuple(sorted(set(reads)))
    if known is not None and files in known:
        return known[files]
    found = files_digest(root, [root / name for name in files], seen)
    if known is not None:
        known[files] = found
    return found


def printed_inputs(inputs: dict[str, str], loads: Iterable[str], fetched: tuple[str, ...], page: str, root: Path,
                   known: dict[tuple[str, ...], str] | None = None,
                   seen: Mapping[str, bytes] | None = None) -> tuple[dict[str, str], str]:
    """A PDF's ``inputs`` and the digest of its ``page`` (HTML, images, renderer) once what it was made
    from is known: the templates its page loaded (``loads``) and the files of the project ``root``
    WeasyPrint read (``fetched``), as they were read (``seen``), else as they are now (printtemplates.py)."""
    reads = reads_digest(root, fetched, known, seen) if fetched else ""
    return ({**inputs, "templates": reads_digest(root, (*loads, *fetched), known, seen)},
            digest([page, reads]) if reads else page)


def library_versions() -> dict[str, str]:
    """Installed versions, from the ``*.dist-info`` folder names on sys.path: no import, no metadata scan."""
    wanted = {dist.replace("-", "_"): dist for dist in LIBRARIES}
    versions = {"edu": __version__, "python": ".".join(map(str, sys.version_info[:3]))}
    for entry in sys.path:
        folder = Path(entry or ".")
        if not folder.is_dir():
            continue
        for info in folder.glob("*.dist-info"):
            project, _, version = info.name[: -len(".dist-info")].partition("-")
            dist = wanted.get(project.lower().replace("-", "_"))
            if dist is not None and dist not in versions:
                versions[dist] = version
    return versions


# The C libraries WeasyPrint lays out and subsets text with, by the names WeasyPrint loads them
# (Linux, macOS, Windows), and the function that says their version.
SYSTEM_LIBRARIES = {
    "pango": (("libpango-1.0.so.0", "libpango-1.0.dylib", "libpango-1.0-0.dll"), "pango_version_string"),
    "harfbuzz": (("libharfbuzz.so.0", "libharfbuzz.0.dylib", "libharfbuzz-0.dll"), "hb_version_string"),
    "harfbuzz-subset": (("libharfbuzz-subset.so.0", "libharfbuzz-subset.0.dylib", "libharfbuzz-subset-0.dll"),
                        "hb_version_string"),
    "fontconfig": (("libfontconfig.so.1", "libfontconfig.1.dylib", "libfontconfig-1.dll"), "FcGetVersion"),
}
# Where WeasyPrint looks for its DLLs on Windows (weasyprint/text/ffi.py), unless told otherwise.
WINDOWS_DLL_DIRECTORIES = r"C:\msys64\ucrt64\bin;C:\msys64\mingw64\bin;C:\Program Files\GTK3-Runtime Win64\bin"


@cache
def _add_weasyprint_dll_directories() -> None:
    """Windows: look for the libraries where WeasyPrint will (once per process), or find none."""
    if hasattr(os, "add_dll_directory"):
        for folder in os.getenv("WEASYPRINT_DLL_DIRECTORIES", WINDOWS_DLL_DIRECTORIES).split(";"):
            with suppress(OSError):
                os.add_dll_directory(folder)


def system_library_versions() -> dict[str, str]:
    """Versions of Pango, HarfBuzz (and whether its subsetter is there) and Fontconfig: a system
    upgrade can change a PDF's layout or bytes, so it makes the PDFs again. Read with ctypes in a
    few milliseconds, without importing WeasyPrint."""
    import ctypes  # only here: most commands never need it

    _add_weasyprint_dll_directories()
    versions = {}
    for name, (files, function) in SYSTEM_LIBRARIES.items():
        versions[name] = "missing"
        for file in files:
            try:
                library = ctypes.CDLL(file)
            except OSError:
                continue
            getter = getattr(library, function, None)
            if getter is None:
                versions[name] = f"unknown ({file})"
            elif function == "FcGetVersion":
                versions[name] = str(getter())
            else:
                getter.restype = ctypes.c_char_p
                versions[name] = getter().decode("ascii", "replace")
            break
    return versions
