"""The certification registry: bodies and their keys, auditors, certificates and an event log.

``Registry`` is the interface the rest of hria uses. ``SQLiteRegistry`` is the
zero-setup default for one certifier; ``PostgresRegistry`` is the shared registry
of many bodies (``--registry postgresql://…``). Both run the same rules
(``store`` and ``lifecycle``).
"""

from __future__ import annotations

import os
from pathlib import Path

from hria.registry.model import (
    Auditor,
    Body,
    BodyKey,
    CertificateRecord,
    CertificateStatus,
    Event,
    Registry,
    RuleBroken,
    today,
)

__all__ = ["Auditor", "Body", "BodyKey", "CertificateRecord", "CertificateStatus", "Event", "Registry",
           "RuleBroken", "default_registry_location", "default_registry_path", "is_url", "open_registry",
           "today"]


def is_url(location: str | Path) -> bool:
    return str(location).startswith(("postgresql://", "postgres://"))


def default_registry_location() -> str:
    """HRIA_REGISTRY (a file or a postgresql:// URL), else registry.sqlite3 in the user's data directory."""
    if os.environ.get("HRIA_REGISTRY"):
        return os.environ["HRIA_REGISTRY"]
    from platformdirs import user_data_dir

    return str(Path(user_data_dir("hria", appauthor=False)) / "registry.sqlite3")


def default_registry_path() -> Path:
    return Path(default_registry_location())


def open_registry(location: str | Path | None = None) -> Registry:
    where = str(location) if location else default_registry_location()
    if is_url(where):
        from hria.registry.postgres import PostgresRegistry

        return PostgresRegistry(where)
    from hria.registry.sqlite import SQLiteRegistry

    return SQLiteRegistry(Path(where))
