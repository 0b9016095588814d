"""edu: bilingual patient and clinician handouts from Markdown, through gettext catalogs, to HTML and PDF.

The public API: load a project, build it, and the catalog commands. Everything else is internal.
"""

from __future__ import annotations

__version__ = "0.1.0"

from .build import BuildOptions, BuildReport, build
from .commands import compile_catalogs, extract, init, stats, update
from .config import Settings, load_settings
from .errors import EduError, SourceError
from .project import Project, load_project

__all__ = [
    "BuildOptions", "BuildReport", "EduError", "Project", "Settings", "SourceError", "__version__", "build",
    "compile_catalogs", "extract", "init", "load_project", "load_settings", "stats", "update",
]
