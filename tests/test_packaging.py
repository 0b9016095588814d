"""The install contract: every dependency is pinned in constraints.txt, so a clean clone builds the
same bytes with the versions the suite passed with (`make lock` refreshes the pins)."""

from __future__ import annotations

import os
import re
import runpy
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

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


DEPS_STAMP = REPO / ".ci" / "deps-stamp"


def _deps_stamp(checkout: Path, python: str = sys.executable) -> subprocess.CompletedProcess[str]:
    """What `make` runs first, in ``checkout``: `$(PYTHON) .ci/deps-stamp pyproject.toml .venv/.dependencies`."""
    return subprocess.run([python, str(DEPS_STAMP), "pyproject.toml", ".venv/.dependencies"], cwd=checkout,
                          capture_output=True, text=True, check=False)


def test_a_copied_checkout_makes_its_own_venv_and_the_original_keeps_its_own(tmp_path: Path) -> None:
    """A venv runs the code of the folder it was made in (its scripts' #!, the editable install's
    path): `cp -a /srv/edu-v1 /srv/edu-v2` then `make build` in the copy built with v1's code."""
    first = tmp_path / "edu-v1"
    (first / ".venv" / "bin").mkdir(parents=True)
    shutil.copy(REPO / "pyproject.toml", first)
    assert _deps_stamp(first).returncode == 0
    (first / ".venv" / ".installed").touch()  # the venv make made
    stamp = (first / ".venv" / ".dependencies").stat().st_mtime_ns
    assert _deps_stamp(first).stderr == ""  # nothing changed: the venv is kept, the stamp not rewritten
    assert (first / ".venv" / ".dependencies").stat().st_mtime_ns == stamp
    copy = tmp_path / "edu-v2"
    shutil.copytree(first, copy)
    result = _deps_stamp(copy)
    assert result.returncode == 0
    assert result.stderr == f".venv was made for {first}; making it again for this folder\n"
    assert not (copy / ".venv" / ".installed").exists()  # so make makes the venv and installs edu again
    assert (copy / ".venv" / ".dependencies").is_file()
    assert _deps_stamp(copy).stderr == ""  # once
    assert (first / ".venv" / ".installed").is_file()  # the original is untouched
    assert _deps_stamp(first).stderr == ""


def test_an_older_python_is_named_with_the_way_to_give_another(monkeypatch: pytest.MonkeyPatch) -> None:
    """`make build` with Ubuntu 22.04's python3 (3.10): one line, not a traceback about tomllib."""
    monkeypatch.setattr(sys, "version_info", (3, 10, 13, "final", 0))
    monkeypatch.setattr(sys, "version", "3.10.13 (main, Jan  1 2024, 00:00:00) [GCC 12.2.0]")
    monkeypatch.setattr(sys, "executable", "/usr/bin/python3")
    with pytest.raises(SystemExit) as stopped:
        runpy.run_path(str(DEPS_STAMP), run_name="__main__")
    assert stopped.value.code == ("edu needs Python 3.11 or newer; this is 3.10.13 (/usr/bin/python3): "
                                  "run make build PYTHON=python3.11")


def _older_python() -> str | None:
    for name in ("python3.10", "python3.9", "python3.8"):
        found = shutil.which(name)
        if found and subprocess.run([found, "-c", "pass"], capture_output=True, check=False).returncode == 0:
            return found
    return None


@pytest.mark.skipif(_older_python() is None, reason="no Python older than 3.11 here")
def test_an_older_python_can_run_the_version_check(tmp_path: Path) -> None:
    shutil.copy(REPO / "pyproject.toml", tmp_path)
    result = _deps_stamp(tmp_path, _older_python() or "")
    assert result.returncode == 1
    assert result.stderr.startswith("edu needs Python 3.11 or newer; this is 3.")
    assert result.stderr.endswith(": run make build PYTHON=python3.11\n") and result.stderr.count("\n") == 1


@pytest.mark.skipif(shutil.which("make") is None or shutil.which("locale") is None, reason="no make or locale")
def test_make_recipes_start_python_in_a_non_ascii_folder_under_lc_all_c(tmp_path: Path) -> None:
    """Python 3.11 and 3.12 read a venv's .pth files in the locale's encoding, even in UTF-8 mode:
    with LC_ALL=C, the editable install of a checkout in "Educación al paciente" stopped every
    `make build` at Python's start-up. The Makefile runs its recipes in C.UTF-8 then."""
    locales = subprocess.run(["locale", "-a"], capture_output=True, text=True, check=False).stdout.lower().split()
    if not {"c.utf8", "c.utf-8"} & set(locales):
        pytest.skip("no C.UTF-8 locale here")
    folder = tmp_path / "Educación al paciente"
    (folder / "src" / "handouts_probe").mkdir(parents=True)
    (folder / "src" / "handouts_probe" / "__init__.py").write_text("", encoding="utf-8")
    venv = folder / ".venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    site_packages = next(venv.glob("lib/python3*/site-packages"))
    (site_packages / "__editable__.probe.pth").write_text(f"{folder / 'src'}\n", encoding="utf-8")
    python = venv / "bin" / "python"
    environ = {**os.environ, "LC_ALL": "C"}
    environ.pop("PYTHONUTF8", None)
    bare = subprocess.run([python, "-c", "import handouts_probe"], env=environ, capture_output=True, check=False)
    if bare.returncode == 0:
        pytest.skip("this Python reads .pth files in UTF-8 whatever the locale (3.13 and newer)")
    recipe = f"probe: ; @'{python}' -c 'import handouts_probe; print(\"started\")'"
    made = subprocess.run(["make", "-s", "-C", str(REPO), f"--eval={recipe}", "probe"], env=environ,
                          capture_output=True, text=True, check=False)
    assert (made.returncode, made.stdout) == (0, "started\n"), made.stderr


def test_an_installed_wheel_holds_the_shipped_web_fonts() -> None:
    """The ready-made WOFF2 files (webfonts.ready_made) are package data: an installed wheel serves
    them too (without them it would convert the fonts in every first build, as before)."""
    patterns = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"][
        "package-data"]["edu"]
    packaged = {path for pattern in patterns for path in (REPO / "src/edu").glob(pattern)}  # as setuptools reads them
    shipped = sorted((REPO / "src/edu/data/fonts").iterdir())
    assert len(shipped) == 5 and [path.name for path in shipped if path not in packaged] == []
