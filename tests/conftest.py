"""Shared fixtures: a copy of the tiny library in tests/data/project, with the shipped templates."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

from edu.config import Settings, load_settings
from helpers import TODAY

HERE = Path(__file__).parent
REPO = HERE.parent
DATA = HERE / "data"

# Property tests explore new random inputs on a developer's machine; CI (.ci/run sets
# HYPOTHESIS_PROFILE=ci) runs a fixed sequence, so a red build is reproducible and never flaky.
hypothesis_settings.register_profile("ci", derandomize=True, print_blob=True)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


@pytest.fixture(autouse=True)
def _one_day(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test sees the same today (helpers.TODAY), whatever the clock says when it runs."""
    monkeypatch.setattr("edu.config.today", lambda: TODAY)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A fresh copy of tests/data/project using the repository's own templates."""
    root = tmp_path / "project"
    shutil.copytree(DATA / "project", root)
    templates = root / "templates"
    if templates.exists():
        shutil.rmtree(templates)
    shutil.copytree(REPO / "templates", templates)
    return root


@pytest.fixture
def settings(project: Path) -> Settings:
    return load_settings(project)


def copy_library(root: Path) -> Path:
    """A copy of the real library (content, catalogs, templates, settings) at ``root``."""
    for name in ("content", "locale", "templates"):
        shutil.copytree(REPO / name, root / name)
    shutil.copy(REPO / "pyproject.toml", root / "pyproject.toml")
    return root


@pytest.fixture
def shipped(tmp_path: Path) -> Path:
    """A fresh copy of the real anakinra library, to change without touching the repository."""
    return copy_library(tmp_path / "shipped")
