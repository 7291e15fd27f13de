"""Batch issuance: a manifest of assessments in, one certificate per certifiable organisation out.

Items are processed in chunks: each chunk registers its certificates (one
transaction per certificate), then lays the variable layers of the new pages
out in a single WeasyPrint pass (see ``document``). With several jobs, each
worker process takes whole chunks and keeps its own registry connection;
SQLite serialises the serial allocation.
A rerun skips what is registered and on disk, and writes what is missing.
"""

from __future__ import annotations

import atexit
import csv
import datetime as dt
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from hria.errors import HriaError, InvalidInput, UsageError

if TYPE_CHECKING:
    from hria.assessments import SetCache
    from hria.certificates.issuing import Issuer
    from hria.registry.model import Registry

CHUNK = 50


@dataclass(frozen=True, slots=True)
class BatchItem:
    index: int
    assessment: Path
    body: str
    auditor: str
    issued_on: dt.date
    decided_by: str = ""
    backdate_reason: str = ""


@dataclass(slots=True)
class Outcome:
    index: int
    assessment: str
    status: str  # issued | existing | refused | error
    serial: str = ""
    file: str = ""
    level: str = ""
    score: str = ""
    reason: str = ""


def read_manifest(manifest: Path, body: str | None, auditor: str | None, issued_on: dt.date,
                  decided_by: str = "", backdate_reason: str = "") -> list[BatchItem]:
    """A CSV (assessment, body, auditor[, issue_date, decided_by]) or a folder of assessment files."""
    if manifest.is_dir():
        if not body or not auditor:
            raise UsageError("a folder of assessments needs --body and --auditor")
        files = sorted(p for p in manifest.glob("*.y*ml"))
        return [BatchItem(i, p, body, auditor, issued_on, decided_by, backdate_reason)
                for i, p in enumerate(files)]
    try:
        with manifest.open(encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.DictReader(fh))
    except FileNotFoundError:
        raise UsageError(f"no such manifest: {manifest}") from None
    items = []
    for i, row in enumerate(rows):
        line = i + 2
        path = (row.get("assessment") or "").strip()
        b = (row.get("body") or body or "").strip()
        a = (row.get("auditor") or auditor or "").strip()
        if not path or not b or not a:
            raise UsageError(f"{manifest}:{line}: needs assessment, body and auditor")
        day = (row.get("issue_date") or "").strip()
        try:
            when = dt.date.fromisoformat(day) if day else issued_on
        except ValueError:
            raise UsageError(f"{manifest}:{line}: issue_date {day!r} is not YYYY-MM-DD") from None
        decider = (row.get("decided_by") or decided_by or "").strip()
        items.append(BatchItem(i, (manifest.parent / path), b, a, when, decider, backdate_reason))
    return items


def chunks(items: list[BatchItem], size: int = CHUNK) -> Iterator[list[BatchItem]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


@dataclass(frozen=True)
class BatchConfig:
    registry: str
    key: Path
    out: Path


@dataclass
class _Session:
    """What a process keeps between chunks: the registry connection, the key, the loaded and
    compiled criteria sets (reading and compiling a set once per chunk cost ~2 ms a certificate)."""

    registry: Registry
    issuer: Issuer
    sets: SetCache


_sessions: dict[BatchConfig, _Session] = {}


def _session(config: BatchConfig) -> _Session:
    from hria import signing
    from hria.assessments import SetCache
    from hria.certificates.issuing import Issuer
    from hria.registry import open_registry

    if config not in _sessions:
        passphrase = os.environ.get("HRIA_KEY_PASSPHRASE")
        key = signing.load_private_key(config.key, passphrase.encode() if passphrase else None)
        registry = open_registry(config.registry)
        _sessions[config] = _Session(registry, Issuer(registry, key, {}), SetCache())
    return _sessions[config]


def close_sessions() -> None:
    """Close the registry connections this process opened for batches."""
    while _sessions:
        _sessions.popitem()[1].registry.close()


atexit.register(close_sessions)  # worker processes end without being told


def run_chunk(config: BatchConfig, chunk: list[BatchItem]) -> list[Outcome]:
    """Issue and render one chunk; safe to call in a worker process."""
    from hria import assessments
    from hria.certificates.issuing import Refused, write_pdfs

    session = _session(config)
    outcomes, to_render = [], []
    for item in chunk:
        outcome = Outcome(item.index, str(item.assessment), "error")
        try:
            loaded = assessments.load(item.assessment, cache=session.sets)
            record, new, document = session.issuer.prepare(loaded, item.body, item.auditor,
                                                           item.issued_on, item.decided_by,
                                                           item.backdate_reason)
            path = config.out / f"{record.serial}.pdf"
            outcome.status, outcome.serial, outcome.file = ("issued" if new else "existing",
                                                            record.serial, str(path))
            outcome.level, outcome.score = record.level, f"{record.score:.2f}"
            if new or not path.exists():
                to_render.append((document, path))
        except Refused as exc:
            outcome.status, outcome.reason = "refused", "; ".join(exc.reasons)
        except InvalidInput as exc:
            outcome.reason = " | ".join(str(p) for p in exc.problems[:5])
        except HriaError as exc:
            outcome.reason = str(exc)
        outcomes.append(outcome)
    if to_render:
        write_pdfs(to_render)
    return outcomes
