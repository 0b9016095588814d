"""edu: bilingual patient and clinician handouts from Markdown, through gettext catalogs, to HTML and PDF.

The public API: load a project, build it, and the catalog commands. Everything else is internal.
Names are imported on first use (PEP 562), so ``python -m edu build`` with nothing to do does not
load the pipeline's libraries.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_HOME = {
    "BuildOptions": "build", "BuildReport": "build", "build": "build",
    "compile_catalogs": "commands", "extract": "commands", "init": "commands", "stats": "commands",
    "update": "commands", "Settings": "config", "load_settings": "config", "EduError": "errors",
    "SourceError": "errors", "Project": "project", "load_project": "project",
}  # fmt: skip

__all__ = [
    "BuildOptions", "BuildReport", "EduError", "Project", "Settings", "SourceError", "__version__", "build",
    "compile_catalogs", "extract", "init", "load_project", "load_settings", "stats", "update",
]  # fmt: skip

if TYPE_CHECKING:
    from .build import BuildOptions, BuildReport, build
    from .commands import compile_catalogs, extract, init, stats, update
    from .config import Settings, load_settings
    from .errors import EduError, SourceError
    from .project import Project, load_project


def __getattr__(name: str) -> Any:
    if name not in _HOME:
        raise AttributeError(f"module 'edu' has no attribute {name!r}")
    value = getattr(import_module(f".{_HOME[name]}", __name__), name)
    globals()[name] = value
    return value
