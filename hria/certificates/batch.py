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
import io
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from hria import dates
from hria.errors import HriaError, Interrupted, InvalidInput, UsageError, display_path
from hria.loading.limits import decode_text, read_input_bytes
from hria.writing import remove_stale_temp_files

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
            raise UsageError(code="batch.folder_needs")
        files = sorted(p for p in manifest.glob("*.y*ml"))
        return [BatchItem(i, p, body, auditor, issued_on, decided_by, backdate_reason)
                for i, p in enumerate(files)]
    text = decode_text(read_input_bytes(manifest), display_path(manifest))
    try:
        rows = list(csv.DictReader(io.StringIO(text)))
    except csv.Error as exc:
        raise UsageError(code="batch.not_csv", path=display_path(manifest), detail=exc) from None
    items = []
    for i, row in enumerate(rows):
        line = i + 2
        path = (row.get("assessment") or "").strip()
        b = (row.get("body") or body or "").strip()
        a = (row.get("auditor") or auditor or "").strip()
        if not path or not b or not a:
            raise UsageError(code="batch.row_needs", path=manifest, line=line)
        day = (row.get("issue_date") or "").strip()
        when = dates.given(day, f"{manifest}:{line}: issue_date") if day else issued_on
        decider = (row.get("decided_by") or decided_by or "").strip()
        items.append(BatchItem(i, (manifest.parent / path), b, a, when, decider, backdate_reason))
    return items


LOCK_NAME = ".hria-batch.lock"


@contextmanager
def locked_out(out: Path) -> Iterator[None]:
    """Hold the --out folder for one batch: a second batch into it is refused at once, and the
    temp files of batches that died there (and only those: named by hria, owner gone) are removed."""
    import fcntl

    out.mkdir(parents=True, exist_ok=True)
    fd = os.open(out / LOCK_NAME, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 20, 0).decode("ascii", errors="replace").strip() or "?"
            raise UsageError(code="batch.in_use", out=display_path(out), holder=holder) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        remove_stale_temp_files(out)
        yield
    finally:
        os.close(fd)  # releases the lock; the empty lock file stays (removing it would race)


@contextmanager
def interrupted_says_what_was_saved(out: Path) -> Iterator[None]:
    """Turn Ctrl-C into a message: what is on disk, and that running again finishes the batch."""
    try:
        yield
    except KeyboardInterrupt:
        written = sum(1 for _ in out.glob("*.pdf"))
        raise Interrupted(
            f"{written} certificate PDF(s) are in {display_path(out)}; every certificate issued so far "
            f"is registered. Run the same command again to finish: nothing is issued twice "
            f"(summary.csv is written when a run completes)") from None


def worker_init() -> None:
    """Start of every worker process: Ctrl-C is the parent's to handle (it ends the pool), and a
    worker whose parent dies is ended with it, quietly, instead of writing into a closed pipe."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        import ctypes

        ctypes.CDLL(None).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG (Linux)
    except (OSError, AttributeError):
        import threading

        parent = os.getppid()

        def watch() -> None:
            import time

            while os.getppid() == parent:
                time.sleep(0.5)
            os._exit(0)

        threading.Thread(target=watch, daemon=True).start()
    if os.getppid() == 1:  # the parent died before the signal was asked for
        os._exit(0)


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
        _sessions[config] = _Session(registry, Issuer.beside_key(registry, key, config.key), SetCache())
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
