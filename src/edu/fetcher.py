"""The sandbox around WeasyPrint: a URL fetcher that reads only files inside given folders.

WeasyPrint 70 requires a ``URLFetcher`` subclass; the same fetcher must be passed to ``HTML`` and to
every ``CSS`` object, or that object gets a default fetcher that can read any file and the network.
It can also serve given bytes in place of a file: the fonts made fit for WeasyPrint (fontfix.py).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit


def make_fetcher(roots: Sequence[Path], served: Mapping[str, bytes] | None = None) -> Any:
    """A WeasyPrint URL fetcher that reads only files under ``roots`` (and data: URLs); never the network.
    ``served``: file URL -> the bytes given for it instead of the file's."""
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    in_memory = dict(served or {})

    class LocalOnlyFetcher(URLFetcher):  # type: ignore[misc]
        def __init__(self) -> None:
            super().__init__(allowed_protocols={"file", "data"}, allow_redirects=False, timeout=5)
            self.roots = [r.resolve() for r in roots]
            self.served = in_memory  # what it serves in a file's place (pdfworker._watch digests the rest)

        def fetch(self, url: str, headers: Any = None) -> Any:
            if url in in_memory:
                return URLFetcherResponse(url, body=in_memory[url])
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
