"""The countries a project may name (``territory`` in [tool.edu]): Babel's (CLDR's) two-letter
codes, listed in data/territories.txt for the Babel version that made it, and the ones whose
printers hold US Letter."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from babel import Locale

# CLDR supplemental data <paperSize type="US-Letter" territories="…"> (Babel does not ship it): the
# territories whose printers hold US Letter; every other territory's hold A4.
LETTER_TERRITORIES = frozenset({"BZ", "CA", "CL", "CO", "CR", "GT", "MX", "NI", "PA", "PH", "PR", "SV", "US", "VE"})


TERRITORIES = Path(__file__).parent / "data" / "territories.txt"  # the country codes Babel knows, listed


def known_territory(code: str) -> bool:
    """Whether Babel (CLDR) names the country of the two-letter ``code``: one of the codes of
    ``Locale("en").territories``, as data/territories.txt lists them for the Babel version that made
    it (`make territories`); another Babel is asked itself. Asking Babel loads its English data, and
    Babel's dates and numbers with it: about 25 ms of CPU, a tenth of a build with nothing to do."""
    return code in _territories()


@cache
def _territories() -> frozenset[str]:
    import babel

    try:
        lines = [line for line in TERRITORIES.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    except OSError:
        lines = []
    if lines and lines[0] == f"babel {babel.__version__}":
        return frozenset(" ".join(lines[1:]).split())
    return territories_of_babel()


def territories_of_babel() -> frozenset[str]:
    """The two-letter codes of the countries Babel names in English (it also names regions: "001")."""
    names = Locale("en").territories
    return frozenset(code for code in names if isinstance(code, str) and re.fullmatch(r"[A-Z]{2}", code))


def write_territories() -> None:
    """Make data/territories.txt again from the installed Babel (`make territories`: after `make
    lock` updates Babel, tests/test_config.py says when)."""
    import babel

    codes = sorted(territories_of_babel())
    lines = ["# The two-letter country codes Babel names (territories.known_territory), for the Babel version below.",
             "# Made by `make territories`; do not edit.", f"babel {babel.__version__}"]
    lines += [" ".join(codes[i:i + 20]) for i in range(0, len(codes), 20)]
    TERRITORIES.write_text("\n".join(lines) + "\n", encoding="utf-8")
    _territories.cache_clear()
