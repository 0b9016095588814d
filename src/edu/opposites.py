"""Pairs of opposites a translation may not exchange (appearance.py: clear and cloudy; sitesides.py:
the left and the right side), and which of them a translation turned round."""

from __future__ import annotations

from collections.abc import Collection


def pairs(*pairs: tuple[str, str]) -> dict[str, str]:
    """Each thing of the ``pairs`` to its opposite, in their order: {"left": "right", "right": "left"}."""
    return {one: other for a, b in pairs for one, other in ((a, b), (b, a))}


def turned(opposite: dict[str, str], said: Collection[str], put: Collection[str]) -> str | None:
    """The first thing the source says and not its opposite that the translation says as that
    opposite alone (None: none): "cloudy" where the translation says "clear" and not "cloudy"."""
    return next((one for one, other in opposite.items() if one in said and other not in said
                 and other in put and one not in put), None)
