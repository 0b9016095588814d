"""The sandbox around WeasyPrint: a URL fetcher that reads only files inside given folders.

WeasyPrint 70 requires a ``URLFetcher`` subclass; the same fetcher must be passed to ``HTML`` and to
every ``CSS`` object, or that object gets a default fetcher that can read any file and the network.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit


def make_fetcher(roots: Sequence[Path]) -> Any:
    """A WeasyPrint URL fetcher that reads only files under ``roots`` (and data: URLs); never the network."""
    from weasyprint.urls import URLFetcher

    class LocalOnlyFetcher(URLFetcher):  # type: ignore[misc]
        def __init__(self) -> None:
            super().__init__(allowed_protocols={"file", "data"}, allow_redirects=False, timeout=5)
            self.roots = [r.resolve() for r in roots]

        def fetch(self, url: str, headers: Any = None) -> Any:
            parts = urlsplit(url)
            if parts.scheme == "file":
                path = Path(unquote(parts.path)).resolve()  # resolves ../ and symlinks
                inside = any(path.is_relative_to(root) for root in self.roots)
                if parts.netloc not in ("", "localhost") or not inside or not path.is_file():
                    raise ValueError(f"refused (outside templates/ and content/): {url}")
            elif parts.scheme != "data":
                raise ValueError(f"refused (no network access): {url}")
            return super().fetch(url, headers)

    return LocalOnlyFetcher()
