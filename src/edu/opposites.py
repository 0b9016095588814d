"""Pairs of opposites a translation may not exchange (appearance.py: clear and cloudy; sitesides.py:
the left and the right side; bodysites.py: the arm and the leg of a symptom), and which of them a
translation turned round, or said as one of another pair (sitesides.py: the front as the inner side)."""

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


def crossed(opposite: dict[str, str], said: Collection[str], put: Collection[str]) -> tuple[str, str] | None:
    """The first thing the source says of a pair the translation says nothing of, with the thing the
    translation says of a pair the source says nothing of, in its place (None: none): "front" where the
    translation says "inner" and neither "front" nor "back", and the source neither "inner" nor "outer"."""
    one = next((one for one in opposite if one in said and one not in put and opposite[one] not in put), None)
    other = next((other for other in opposite if other in put and other not in said and opposite[other] not in said),
                 None)
    return None if one is None or other is None else (one, other)
