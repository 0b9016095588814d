"""The install contract: every dependency is pinned in constraints.txt, so a clean clone builds the
same bytes with the versions the suite passed with (`make lock` refreshes the pins)."""

from __future__ import annotations

import re
import tomllib

import edu
from conftest import REPO


def _name(requirement: str) -> str:
    """A requirement's project name, normalized as PyPI does (PEP 503)."""
    match = re.match(r"[A-Za-z0-9][A-Za-z0-9._-]*", requirement.strip())
    assert match, requirement
    return re.sub(r"[-_.]+", "-", match[0]).lower()


def test_every_dependency_and_test_extra_is_pinned_to_one_version() -> None:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = {_name(r) for r in [*project["dependencies"], *project["optional-dependencies"]["test"]]}
    pins = {}
    for line in (REPO / "constraints.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, sep, version = line.partition("==")
            assert sep and re.fullmatch(r"[0-9][0-9A-Za-z.+!-]*", version), f"constraints.txt: not an exact pin: {line}"
            pins[_name(name)] = version
    assert sorted(wanted - pins.keys()) == []
    assert "edu" not in pins  # the project itself is installed from the checkout


def test_the_package_and_the_code_give_the_same_version() -> None:
    """`edu --version`, the build manifest and the installed package never disagree."""
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["version"] == edu.__version__
