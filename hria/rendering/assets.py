"""The only URL fetcher WeasyPrint gets: it serves bundled asset files and nothing else.

Organisation-supplied text is escaped before it reaches HTML, but the fetcher is
the second wall: no file outside the asset folders, no network, whatever the
HTML says. Refused URLs are remembered so tests and callers can see them.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from urllib.parse import unquote, urlsplit

from hria.errors import InvalidValue
from hria.rendering.native import import_weasyprint

import_weasyprint()  # before WeasyPrint's first import: its C libraries found from the linker cache

from weasyprint.urls import URLFetcher, URLFetcherResponse  # noqa: E402

_MIME = {
    ".css": "text/css", ".ttf": "font/ttf", ".woff": "font/woff", ".woff2": "font/woff2",
    ".svg": "image/svg+xml", ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg",
}


class AssetFetcher(URLFetcher):
    """Serve ``file:`` URLs inside ``roots`` (by extension whitelist) and the images made in
    memory for this document (``generated``, by exact URL); refuse everything else."""

    def __init__(self, roots: list[Path], generated: Mapping[str, tuple[bytes, str]] | None = None) -> None:
        super().__init__(allowed_protocols={"file"}, allow_redirects=False)
        self.roots = [r.resolve() for r in roots]
        self.generated = dict(generated or {})
        self.refused: list[str] = []

    def fetch(self, url: str, headers: object = None) -> URLFetcherResponse:
        if url in self.generated:
            data, mime = self.generated[url]
            return URLFetcherResponse(url, data, {"Content-Type": mime})
        path = self._asset_path(url)
        if path is None:
            self.refused.append(url)
            raise InvalidValue("asset.refused", url=repr(url))
        return URLFetcherResponse(
            url, path.read_bytes(), {"Content-Type": _MIME[path.suffix.lower()]}
        )

    def _asset_path(self, url: str) -> Path | None:
        parts = urlsplit(url)
        if parts.scheme != "file" or parts.netloc not in ("", "localhost"):
            return None
        path = Path(unquote(parts.path)).resolve()
        if path.suffix.lower() not in _MIME or not path.is_file():
            return None
        if not any(path.is_relative_to(root) for root in self.roots):
            return None
        return path
