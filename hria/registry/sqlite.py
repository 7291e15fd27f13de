"""The registry on SQLite: WAL, one IMMEDIATE transaction per write, versioned migrations.

Serials are allocated in the same transaction that stores the certificate, so a
crash leaves neither a gap nor a duplicate; two processes issuing at once are
serialised by SQLite's write lock. The event log chains each event to the hash
of the one before it, so editing history breaks the chain.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

from hria.errors import UsageError
from hria.registry.model import Auditor, Body, CertificateRecord, CertificateStatus, Event

MIGRATIONS: list[str] = [
    # 1: the first schema
    """
    CREATE TABLE bodies (id TEXT PRIMARY KEY, name_th TEXT NOT NULL, name_en TEXT NOT NULL,
                         public_key_pem TEXT NOT NULL, key_id TEXT NOT NULL);
    CREATE TABLE auditors (id TEXT PRIMARY KEY, name TEXT NOT NULL,
                           body_id TEXT NOT NULL REFERENCES bodies(id), scope TEXT NOT NULL);
    CREATE TABLE serials (body_id TEXT NOT NULL, year INTEGER NOT NULL, last INTEGER NOT NULL,
                          PRIMARY KEY (body_id, year));
    CREATE TABLE certificates (
        serial TEXT PRIMARY KEY, body_id TEXT NOT NULL REFERENCES bodies(id),
        auditor_id TEXT NOT NULL REFERENCES auditors(id), organisation_id TEXT NOT NULL,
        organisation_name_th TEXT NOT NULL, organisation_name_en TEXT NOT NULL,
        assessment_hash TEXT NOT NULL, set_ref TEXT NOT NULL, level TEXT NOT NULL,
        score REAL NOT NULL, issued_on TEXT NOT NULL, expires_on TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('valid', 'suspended', 'revoked', 'expired')),
        status_reason TEXT NOT NULL DEFAULT '', signed TEXT NOT NULL,
        UNIQUE (body_id, assessment_hash));
    CREATE TABLE events (seq INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL,
                         kind TEXT NOT NULL, subject TEXT NOT NULL, data TEXT NOT NULL,
                         prev_hash TEXT NOT NULL, hash TEXT NOT NULL);
    """,
]

_CERT_COLUMNS = ("serial", "body_id", "auditor_id", "organisation_id", "organisation_name_th",
                 "organisation_name_en", "assessment_hash", "set_ref", "level", "score", "issued_on",
                 "expires_on", "status", "status_reason", "signed")


def _event_hash(prev: str, at: str, kind: str, subject: str, data: str) -> str:
    return hashlib.sha256("\x1f".join((prev, at, kind, subject, data)).encode()).hexdigest()


class SQLiteRegistry:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(self.path, timeout=60, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute("PRAGMA foreign_keys=ON")
        self._migrate()

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    def _migrate(self) -> None:
        with self._write() as db:
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version > len(MIGRATIONS):
                raise UsageError(f"registry {self.path} has schema {version}, newer than this hria "
                                 f"understands ({len(MIGRATIONS)}); upgrade hria")
            for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
                for statement in filter(str.strip, script.split(";")):
                    db.execute(statement)
                db.execute(f"PRAGMA user_version = {number}")

    def _log(self, db: sqlite3.Connection, kind: str, subject: str, data: dict[str, Any]) -> None:
        row = db.execute("SELECT hash FROM events ORDER BY seq DESC LIMIT 1").fetchone()
        prev = row[0] if row else ""
        at = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        text = json.dumps(data, sort_keys=True, ensure_ascii=False)
        db.execute("INSERT INTO events (at, kind, subject, data, prev_hash, hash) VALUES (?,?,?,?,?,?)",
                   (at, kind, subject, text, prev, _event_hash(prev, at, kind, subject, text)))

    # bodies and auditors

    def add_body(self, body: Body) -> None:
        with self._write() as db:
            db.execute("INSERT OR REPLACE INTO bodies VALUES (?,?,?,?,?)",
                       (body.id, body.name_th, body.name_en, body.public_key_pem, body.key_id))
            self._log(db, "body.registered", body.id, {"key_id": body.key_id})

    def body(self, body_id: str) -> Body:
        row = self.db.execute("SELECT * FROM bodies WHERE id = ?", (body_id,)).fetchone()
        if row is None:
            raise UsageError(f"unknown certification body '{body_id}' (register it with "
                             f"`hria registry add-body`)")
        return Body(*row)

    def add_auditor(self, auditor: Auditor) -> None:
        self.body(auditor.body_id)
        with self._write() as db:
            db.execute("INSERT OR REPLACE INTO auditors VALUES (?,?,?,?)",
                       (auditor.id, auditor.name, auditor.body_id, json.dumps(list(auditor.scope))))
            self._log(db, "auditor.accredited", auditor.id,
                      {"body": auditor.body_id, "scope": list(auditor.scope)})

    def auditor(self, auditor_id: str) -> Auditor:
        row = self.db.execute("SELECT * FROM auditors WHERE id = ?", (auditor_id,)).fetchone()
        if row is None:
            raise UsageError(f"unknown auditor '{auditor_id}'")
        return Auditor(row[0], row[1], row[2], tuple(json.loads(row[3])))

    # certificates

    def issue(self, draft: CertificateRecord,
              sign: Callable[[CertificateRecord], str]) -> tuple[CertificateRecord, bool]:
        with self._write() as db:
            row = db.execute(f"SELECT {', '.join(_CERT_COLUMNS)} FROM certificates "
                             "WHERE body_id = ? AND assessment_hash = ?",
                             (draft.body_id, draft.assessment_hash)).fetchone()
            if row is not None:
                return _record(row), False
            year = draft.issued_on.year + 543
            db.execute("INSERT OR IGNORE INTO serials VALUES (?, ?, 0)", (draft.body_id, year))
            number = db.execute("UPDATE serials SET last = last + 1 WHERE body_id = ? AND year = ? "
                                "RETURNING last", (draft.body_id, year)).fetchone()[0]
            record = replace(draft, serial=f"{draft.body_id}-{year}-{number:06d}", status="valid")
            record = replace(record, signed=sign(record))
            db.execute(f"INSERT INTO certificates VALUES ({', '.join('?' * len(_CERT_COLUMNS))})",
                       _row(record))
            self._log(db, "certificate.issued", record.serial,
                      {"assessment": record.assessment_hash, "level": record.level,
                       "auditor": record.auditor_id})
            return record, True

    def certificate(self, serial: str) -> CertificateRecord:
        row = self.db.execute(f"SELECT {', '.join(_CERT_COLUMNS)} FROM certificates WHERE serial = ?",
                              (serial,)).fetchone()
        if row is None:
            raise UsageError(f"no certificate with serial {serial} in {self.path}")
        return _record(row)

    def certificates(self, status: str | None = None) -> list[CertificateRecord]:
        rows = self.db.execute(f"SELECT {', '.join(_CERT_COLUMNS)} FROM certificates ORDER BY serial")
        records = [_record(r) for r in rows]
        today = dt.date.today()
        return [r for r in records if status is None or r.effective_status(today) == status]

    def set_status(self, serial: str, status: CertificateStatus, reason: str, actor: str) -> None:
        if not reason.strip():
            raise UsageError("a reason is required")
        current = self.certificate(serial)
        if current.status == "revoked":
            raise UsageError(f"{serial} is revoked; a revocation is final")
        with self._write() as db:
            db.execute("UPDATE certificates SET status = ?, status_reason = ? WHERE serial = ?",
                       (status, reason, serial))
            self._log(db, f"certificate.{status}", serial,
                      {"from": current.status, "reason": reason, "by": actor})

    def events(self) -> list[Event]:
        rows = self.db.execute("SELECT seq, at, kind, subject, data, prev_hash, hash FROM events "
                               "ORDER BY seq")
        return [Event(r[0], r[1], r[2], r[3], json.loads(r[4]), r[5], r[6]) for r in rows]

    def verify_log(self) -> list[str]:
        """Problems in the hash chain of the event log (empty when intact)."""
        problems = []
        prev = ""
        rows = self.db.execute("SELECT seq, at, kind, subject, data, prev_hash, hash FROM events "
                               "ORDER BY seq")
        for seq, at, kind, subject, data, prev_hash, digest in rows:
            if prev_hash != prev:
                problems.append(f"event {seq}: does not follow the event before it")
            if digest != _event_hash(prev_hash, at, kind, subject, data):
                problems.append(f"event {seq}: content does not match its hash")
            prev = digest
        return problems


def _row(r: CertificateRecord) -> tuple[Any, ...]:
    values = [getattr(r, c) for c in _CERT_COLUMNS]
    return tuple(v.isoformat() if isinstance(v, dt.date) else v for v in values)


def _record(row: tuple[Any, ...]) -> CertificateRecord:
    data = dict(zip(_CERT_COLUMNS, row, strict=True))
    data["issued_on"] = dt.date.fromisoformat(data["issued_on"])
    data["expires_on"] = dt.date.fromisoformat(data["expires_on"])
    return CertificateRecord(**data)
