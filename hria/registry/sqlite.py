"""The registry on SQLite: WAL, one IMMEDIATE transaction per write, versioned migrations.

Serials are allocated in the same transaction that stores the certificate, so a
crash leaves neither a gap nor a duplicate; two processes issuing at once are
serialised by SQLite's write lock. Triggers make bodies, keys, certificates'
content and the event log append-only, so a change that bypasses hria's rules
with plain SQL is refused too — though whoever holds the file can drop a trigger
and rewrite everything, which is why the event log's head is published (see
``hria registry export``) and checked with ``hria registry check-log --against``.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from hria.registry.db_reasons import refusal_th, sqlite_reason
from hria.registry.lifecycle import CertificateRegistry
from hria.registry.model import RegistryUnavailable, RuleBroken
from hria.registry.schema_sqlite import MIGRATIONS
from hria.registry.store import Tx, event_hash

__all__ = ["MIGRATIONS", "SQLiteRegistry"]


class _SQLiteTx:
    def __init__(self, db: sqlite3.Connection, where: str) -> None:
        self.db, self.where = db, where

    def one(self, sql: str, params: Sequence[Any] = ()) -> tuple[Any, ...] | None:
        with _errors(self.where):
            row = self.db.execute(sql, tuple(params)).fetchone()
        return tuple(row) if row is not None else None

    def all(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        with _errors(self.where):
            return [tuple(r) for r in self.db.execute(sql, tuple(params)).fetchall()]

    def run(self, sql: str, params: Sequence[Any] = ()) -> int:
        with _errors(self.where):
            return self.db.execute(sql, tuple(params)).rowcount


@contextmanager
def _errors(where: str) -> Iterator[None]:
    """SQLite's errors as one line the user can act on."""
    try:
        yield
    except sqlite3.IntegrityError as exc:
        text = str(exc)
        if "one_current_certificate" in text or "certificates.organisation_id" in text:
            raise RuleBroken(code="rule.one_current") from None
        raise RuleBroken(code="rule.refuses", text=text, text_th=refusal_th(text)) from None
    except sqlite3.DatabaseError as exc:
        raise _unavailable(where, str(exc)) from None


def _unavailable(where: str, text: str) -> RegistryUnavailable:
    lowered = text.lower()
    if "readonly" in lowered or "read-only" in lowered:
        code = "registry.sqlite_read_only"
    elif "full" in lowered or "disk i/o" in lowered:
        code = "registry.disk"
    elif "not a database" in lowered or "malformed" in lowered:
        code = "registry.not_database"
    else:
        code = "registry.unusable"
    return RegistryUnavailable(code=code, where=where, detail=text, reason_th=sqlite_reason(text))


class SQLiteRegistry(CertificateRegistry):
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.location = str(self.path)
        if self.path.is_dir():
            raise RegistryUnavailable(code="registry.folder", where=self.path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(self.path, timeout=60, isolation_level=None)
        except (OSError, sqlite3.Error) as exc:
            raise _unavailable(self.location, str(exc)) from None
        with _errors(self.location):
            self.db.execute("PRAGMA busy_timeout = 60000")
            self.db.execute("PRAGMA foreign_keys = ON")
            self.writable = os.access(self.path, os.W_OK) if self.path.exists() else True
            if self.writable:
                self.db.execute("PRAGMA journal_mode=WAL")
                self.db.execute("PRAGMA synchronous=NORMAL")
        self._migrate()

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def _tx(self) -> Iterator[Tx]:
        if not self.writable:
            raise RegistryUnavailable(code="registry.read_only", where=self.location)
        with _errors(self.location):
            self.db.execute("BEGIN IMMEDIATE")
        try:
            yield _SQLiteTx(self.db, self.location)
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        try:
            with _errors(self.location):
                self.db.execute("COMMIT")
        except BaseException:
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            raise

    def _read(self) -> Tx:
        return _SQLiteTx(self.db, self.location)

    def schema_version(self) -> int:
        return int(self.db.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        with _errors(self.location):
            version = self.schema_version()
        if version > len(MIGRATIONS):
            raise RegistryUnavailable(code="registry.schema_newer", where=self.path, version=version,
                                      known=len(MIGRATIONS))
        if version == len(MIGRATIONS):
            return
        self.db.execute("PRAGMA foreign_keys = OFF")  # a table rebuild drops and renames tables
        try:
            with self._tx() as tx:
                if self.schema_version() == len(MIGRATIONS):  # another process migrated meanwhile
                    return
                for number, statements in enumerate(MIGRATIONS[version:], start=version + 1):
                    for statement in statements:
                        tx.run(statement)
                    self.db.execute(f"PRAGMA user_version = {number}")
                if tx.all("PRAGMA foreign_key_check"):
                    raise RegistryUnavailable(code="registry.upgrade_broke", where=self.path)
                if version >= 1 and tx.one("SELECT 1 FROM events LIMIT 1"):
                    superseded = [r[0] for r in tx.all(
                        "SELECT serial FROM certificates WHERE status_cause = 'migration' ORDER BY serial")]
                    self._log(tx, "registry.migrated", "registry", "hria", "schema upgrade",
                              schema=len(MIGRATIONS), superseded=superseded)
        finally:
            self.db.execute("PRAGMA foreign_keys = ON")

    def _append(self, tx: Tx, kind: str, subject: str, data: str) -> None:
        head = tx.one("SELECT at, kind, subject, data, prev_hash, hash FROM events ORDER BY seq DESC LIMIT 1")
        prev = ""
        if head is not None:
            if event_hash(head[4], head[0], head[1], head[2], head[3]) != head[5]:
                raise RuleBroken(code="rule.head_altered")
            prev = head[5]
        at = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        tx.run("INSERT INTO events (at, kind, subject, data, prev_hash, hash) VALUES (?,?,?,?,?,?)",
               (at, kind, subject, data, prev, event_hash(prev, at, kind, subject, data)))

    def backup(self, target: Path) -> None:
        """A consistent copy while others keep writing (SQLite's online backup)."""
        copy = sqlite3.connect(target)
        with copy:
            self.db.backup(copy)
        copy.close()
