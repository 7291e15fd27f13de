"""The certification registry: bodies, auditors, organisations, certificates and an event log.

``Registry`` is the interface the rest of hria uses; ``SQLiteRegistry`` is the
default (embedded) implementation. A shared PostgreSQL registry would implement
the same protocol without touching callers.
"""

from __future__ import annotations

import os
from pathlib import Path

from hria.registry.model import (
    Auditor,
    Body,
    CertificateRecord,
    CertificateStatus,
    Event,
    Registry,
)

__all__ = ["Auditor", "Body", "CertificateRecord", "CertificateStatus", "Event", "Registry",
           "default_registry_path", "open_registry"]


def default_registry_path() -> Path:
    """HRIA_REGISTRY, else registry.sqlite3 in the user's data directory."""
    if os.environ.get("HRIA_REGISTRY"):
        return Path(os.environ["HRIA_REGISTRY"])
    from platformdirs import user_data_dir

    return Path(user_data_dir("hria", appauthor=False)) / "registry.sqlite3"


def open_registry(path: Path | None = None) -> Registry:
    from hria.registry.sqlite import SQLiteRegistry

    return SQLiteRegistry(path or default_registry_path())
