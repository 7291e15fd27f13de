"""The registry's rules over any SQL database: one implementation, two backends (SQLite, PostgreSQL).

A backend supplies transactions (``_tx``), reads (``_read``) and how an event is
appended to the hash chain (``_append``); everything else — which changes are
allowed, in which transaction, with which event — lives here, so both backends
enforce the same rules. The database adds its own guards beneath (triggers that
make bodies, keys and events append-only, a partial unique index for one current
certificate per organisation and scheme, and on PostgreSQL row-level security).
SQL here uses ``?`` placeholders; the PostgreSQL backend rewrites them.
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import json
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager
from typing import Any, Protocol

from hria.registry.model import (
    ACCREDITATION_TH,
    STATUS_TH,
    Accreditation,
    Auditor,
    Body,
    BodyKey,
    CertificateRecord,
    CertificateStatus,
    Event,
    NotFound,
    RuleBroken,
    today,
)

CERT_COLUMNS = ("serial", "body_id", "auditor_id", "organisation_id", "organisation_name_th",
                "organisation_name_en", "assessment_hash", "set_ref", "level", "score", "issued_on",
                "expires_on", "status", "status_reason", "signed", "key_id", "decided_by",
                "organisation_type", "assessed_on", "set_effective_on", "backdate_reason",
                "surveillance_months", "surveillance_due", "supersedes")
_DATES = {"issued_on", "expires_on", "assessed_on", "set_effective_on", "surveillance_due"}
SELECT_CERT = f"SELECT {', '.join(CERT_COLUMNS)} FROM certificates"
CURRENT = ("valid", "suspended")


class Tx(Protocol):
    def one(self, sql: str, params: Sequence[Any] = ()) -> tuple[Any, ...] | None: ...
    def all(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]: ...
    def run(self, sql: str, params: Sequence[Any] = ()) -> int: ...


def add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def event_hash(prev: str, at: str, kind: str, subject: str, data: str) -> str:
    return hashlib.sha256("\x1f".join((prev, at, kind, subject, data)).encode()).hexdigest()


def event_data(data: dict[str, Any]) -> str:
    return json.dumps(data, sort_keys=True, ensure_ascii=False)


def as_date(value: Any) -> dt.date | None:
    if value is None or value == "":
        return None
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def record_of(row: Sequence[Any]) -> CertificateRecord:
    data = dict(zip(CERT_COLUMNS, row, strict=True))
    for name in _DATES:
        data[name] = as_date(data[name])
    data["score"] = float(data["score"])
    return CertificateRecord(**data)


def row_of(r: CertificateRecord) -> tuple[Any, ...]:
    values = [getattr(r, c) for c in CERT_COLUMNS]
    return tuple(v.isoformat() if isinstance(v, dt.date) else v for v in values)


def need_actor(actor: str, reason: str | None = None) -> None:
    if not actor.strip():
        raise RuleBroken(code="rule.need_actor")
    if any(c.isspace() for c in actor):
        # the log is append-only and outlives a PDPA erasure: an id goes in it, never a name
        raise RuleBroken(code="rule.actor_name", actor=repr(actor))
    if reason is not None and not reason.strip():
        raise RuleBroken(code="rule.need_reason")


class SQLRegistry:
    """The rules; subclasses connect them to a database."""

    location: str

    # what a backend provides

    def _tx(self) -> AbstractContextManager[Tx]:
        raise NotImplementedError

    def _read(self) -> Tx:
        raise NotImplementedError

    def _append(self, tx: Tx, kind: str, subject: str, data: str) -> None:
        raise NotImplementedError

    def _log(self, tx: Tx, kind: str, subject: str, actor: str, reason: str, **data: Any) -> None:
        self._append(tx, kind, subject, event_data({**data, "by": actor, "reason": reason}))

    # bodies and keys

    def add_body(self, body: Body, actor: str, reason: str = "",
                 key_valid_from: dt.date | None = None) -> None:
        """Register a body once; its first key signs from ``key_valid_from`` (default today)."""
        need_actor(actor)
        since = (key_valid_from or today()).isoformat()
        with self._tx() as tx:
            if tx.one("SELECT 1 FROM bodies WHERE id = ?", (body.id,)):
                raise RuleBroken(code="rule.body_registered", body=body.id)
            if tx.one("SELECT 1 FROM body_keys WHERE key_id = ?", (body.key_id,)):
                raise RuleBroken(code="rule.key_registered", key=body.key_id)
            tx.run("INSERT INTO bodies (id, name_th, name_en, accreditation) VALUES (?,?,?,'accredited')",
                   (body.id, body.name_th, body.name_en))
            tx.run("INSERT INTO body_keys (key_id, body_id, public_key_pem, valid_from) VALUES (?,?,?,?)",
                   (body.key_id, body.id, body.public_key_pem, since))
            self._log(tx, "body.registered", body.id, actor, reason or "registration",
                      key_id=body.key_id, key_valid_from=since, name_th=body.name_th, name_en=body.name_en)

    def _body_row(self, tx: Tx, body_id: str) -> tuple[Any, ...]:
        row = tx.one("SELECT id, name_th, name_en, accreditation FROM bodies WHERE id = ?", (body_id,))
        if row is None:
            raise NotFound(code="registry.unknown_body", body=body_id)
        return row

    def body(self, body_id: str) -> Body:
        tx = self._read()
        row = self._body_row(tx, body_id)
        keys = self._keys(tx, body_id)
        signing = [k for k in keys if k.signs_on(today())] or keys
        current = max(signing, key=lambda k: k.valid_from)
        return Body(row[0], row[1], row[2], current.public_key_pem, current.key_id, row[3])

    def bodies(self) -> list[Body]:
        ids = [r[0] for r in self._read().all("SELECT id FROM bodies ORDER BY id")]
        return [self.body(i) for i in ids]

    def _keys(self, tx: Tx, body_id: str) -> list[BodyKey]:
        rows = tx.all("SELECT body_id, key_id, public_key_pem, valid_from, valid_to, compromised_from "
                      "FROM body_keys WHERE body_id = ? ORDER BY valid_from, key_id", (body_id,))
        return [BodyKey(r[0], r[1], r[2], as_date(r[3]) or dt.date.min, as_date(r[4]), as_date(r[5]))
                for r in rows]

    def keys(self, body_id: str) -> list[BodyKey]:
        tx = self._read()
        self._body_row(tx, body_id)
        return self._keys(tx, body_id)

    def key(self, body_id: str, key_id: str) -> BodyKey:
        for k in self.keys(body_id):
            if k.key_id == key_id:
                return k
        raise NotFound(code="registry.no_key", body=body_id, key=key_id)

    def rotate_key(self, body_id: str, public_key_pem: str, key_id: str, valid_from: dt.date,
                   actor: str, reason: str) -> None:
        need_actor(actor, reason)
        with self._tx() as tx:
            self._body_row(tx, body_id)
            keys = self._keys(tx, body_id)
            if tx.one("SELECT 1 FROM body_keys WHERE key_id = ?", (key_id,)):
                raise RuleBroken(code="rule.key_registered", key=key_id)
            latest = max(k.valid_from for k in keys)
            if valid_from <= latest or valid_from < today():
                raise RuleBroken(code="rule.key_start", latest=latest.isoformat())
            tx.run("UPDATE body_keys SET valid_to = ? WHERE body_id = ? AND valid_to IS NULL",
                   (valid_from.isoformat(), body_id))
            tx.run("INSERT INTO body_keys (key_id, body_id, public_key_pem, valid_from) VALUES (?,?,?,?)",
                   (key_id, body_id, public_key_pem, valid_from.isoformat()))
            self._log(tx, "body.key_added", body_id, actor, reason, key_id=key_id,
                      valid_from=valid_from.isoformat())

    def compromise_key(self, body_id: str, key_id: str, since: dt.date, actor: str,
                       reason: str) -> list[str]:
        """Mark a key compromised from a day; revoke what it signed from that day on."""
        need_actor(actor, reason)
        with self._tx() as tx:
            row = tx.one("SELECT compromised_from FROM body_keys WHERE body_id = ? AND key_id = ?",
                         (body_id, key_id))
            if row is None:
                raise NotFound(code="registry.no_key", body=body_id, key=key_id)
            if row[0] is not None:
                raise RuleBroken(code="rule.key_compromised", key=key_id, since=as_date(row[0]))
            tx.run("UPDATE body_keys SET compromised_from = ? WHERE key_id = ?", (since.isoformat(), key_id))
            self._log(tx, "body.key_compromised", body_id, actor, reason, key_id=key_id,
                      since=since.isoformat())
            serials = [r[0] for r in tx.all(
                "SELECT serial FROM certificates WHERE key_id = ? AND issued_on >= ? AND status IN "
                "('valid', 'suspended') ORDER BY serial", (key_id, since.isoformat()))]
            for serial in serials:
                self._change(tx, serial, "revoked", f"signed with key {key_id}, compromised from "
                             f"{since.isoformat()}: {reason}", actor, cause="key")
            return serials

    def set_accreditation(self, body_id: str, state: Accreditation, actor: str, reason: str) -> list[str]:
        """The scheme owner suspends, withdraws or restores a body; its certificates follow."""
        need_actor(actor, reason)
        with self._tx() as tx:
            current = self._body_row(tx, body_id)[3]
            if current == state:
                raise RuleBroken(code="rule.accreditation_same", body=body_id, state=state,
                                 state_th=ACCREDITATION_TH.get(state, state))
            if current == "withdrawn":
                raise RuleBroken(code="rule.withdrawn", body=body_id)
            tx.run("UPDATE bodies SET accreditation = ? WHERE id = ?", (state, body_id))
            self._log(tx, f"body.{state}", body_id, actor, reason, previous=current)
            if state == "suspended":
                where, target, cause = "status = 'valid'", "suspended", "body"
            elif state == "withdrawn":
                where, target, cause = "status IN ('valid', 'suspended')", "revoked", "body"
            else:
                where, target, cause = "status = 'suspended' AND status_cause = 'body'", "valid", ""
            serials = [r[0] for r in tx.all(f"SELECT serial FROM certificates WHERE body_id = ? AND {where} "
                                            "ORDER BY serial", (body_id,))]
            for serial in serials:
                self._change(tx, serial, target, f"accreditation of {body_id} {state}: {reason}", actor,
                             cause=cause)
            return serials

    # auditors

    def add_auditor(self, auditor: Auditor, actor: str, reason: str = "") -> None:
        from hria.loading.vocabulary import load_vocabulary

        need_actor(actor)
        known = {t.id for t in load_vocabulary().organisation_types}
        unknown = [s for s in auditor.scope if s not in known]
        if unknown or not auditor.scope:
            raise RuleBroken(code="rule.scope", unknown=", ".join(unknown) or "(empty)",
                             known=", ".join(sorted(known)))
        with self._tx() as tx:
            self._body_row(tx, auditor.body_id)
            if tx.one("SELECT 1 FROM auditors WHERE id = ?", (auditor.id,)):
                raise RuleBroken(code="rule.auditor_registered", auditor=auditor.id)
            tx.run("INSERT INTO auditors (id, name, body_id, scope) VALUES (?,?,?,?)",
                   (auditor.id, auditor.name, auditor.body_id, json.dumps(list(auditor.scope))))
            # the name is personal data: it stays in the erasable table, the log names the id
            self._log(tx, "auditor.accredited", auditor.id, actor, reason or "accreditation",
                      body=auditor.body_id, scope=list(auditor.scope))

    def auditor(self, auditor_id: str) -> Auditor:
        row = self._read().one("SELECT id, name, body_id, scope FROM auditors WHERE id = ?", (auditor_id,))
        if row is None:
            raise NotFound(code="registry.unknown_auditor", auditor=auditor_id)
        return Auditor(row[0], row[1], row[2], tuple(json.loads(row[3])))

    def declare_conflict(self, auditor_id: str, organisation_id: str, actor: str, reason: str) -> None:
        need_actor(actor, reason)
        self.auditor(auditor_id)
        with self._tx() as tx:
            if tx.one("SELECT 1 FROM conflicts WHERE auditor_id = ? AND organisation_id = ?",
                      (auditor_id, organisation_id)):
                raise RuleBroken(code="rule.conflict_declared", auditor=auditor_id,
                                 organisation=organisation_id)
            tx.run("INSERT INTO conflicts (auditor_id, organisation_id, declared_on, reason) "
                   "VALUES (?,?,?,?)",
                   (auditor_id, organisation_id, today().isoformat(), reason))
            self._log(tx, "auditor.conflict_declared", auditor_id, actor, "declared by the auditor",
                      organisation=organisation_id)

    def conflicts(self, auditor_id: str) -> list[str]:
        rows = self._read().all("SELECT organisation_id FROM conflicts WHERE auditor_id = ? "
                                "ORDER BY organisation_id", (auditor_id,))
        return [r[0] for r in rows]

    def erase_person(self, auditor_id: str, actor: str, reason: str) -> None:
        """A PDPA erasure: the name goes, the id (and the log, which never held the name) stays."""
        need_actor(actor, reason)
        self.auditor(auditor_id)
        with self._tx() as tx:
            tx.run("UPDATE auditors SET name = '' WHERE id = ?", (auditor_id,))
            tx.run("UPDATE conflicts SET reason = '' WHERE auditor_id = ?", (auditor_id,))
            self._log(tx, "person.erased", auditor_id, actor, "personal data erasure request")

    # certificate status

    def _current(self, tx: Tx, serial: str) -> CertificateRecord:
        row = tx.one(f"{SELECT_CERT} WHERE serial = ?", (serial,))
        if row is None:
            raise NotFound(code="registry.no_certificate", serial=serial, location=self.location)
        return record_of(row)

    def _change(self, tx: Tx, serial: str, status: str, reason: str, actor: str, cause: str = "") -> None:
        old = self._current(tx, serial)
        tx.run("UPDATE certificates SET status = ?, status_reason = ?, status_cause = ? WHERE serial = ?",
               (status, reason, cause, serial))
        self._log(tx, f"certificate.{status}", serial, actor, reason, **{"from": old.status})

    def set_status(self, serial: str, status: CertificateStatus, reason: str, actor: str) -> None:
        need_actor(actor, reason)
        with self._tx() as tx:
            current = self._current(tx, serial)
            if current.status in ("revoked", "superseded"):
                raise RuleBroken(code="rule.status_final", serial=serial, status=current.status,
                                 status_th=STATUS_TH[current.status])
            if current.status == status:
                raise RuleBroken(code="rule.status_same", serial=serial, status=status,
                                 status_th=STATUS_TH.get(status, status))
            if status not in ("valid", "suspended", "revoked"):
                raise RuleBroken(code="rule.status_by_hand", status=status,
                                 status_th=STATUS_TH.get(status, status))
            if status == "valid" and self._body_row(tx, current.body_id)[3] != "accredited":
                raise RuleBroken(code="rule.body_not_accredited_status", body=current.body_id)
            self._change(tx, serial, status, reason, actor)

    # reads

    def certificate(self, serial: str) -> CertificateRecord:
        return self._current(self._read(), serial)

    def certificates(self, status: str | None = None) -> list[CertificateRecord]:
        records = [record_of(r) for r in self._read().all(f"{SELECT_CERT} ORDER BY serial")]
        day = today()
        return [r for r in records if status is None or r.effective_status(day) == status]

    def events(self) -> list[Event]:
        rows = self._read().all("SELECT seq, at, kind, subject, data, prev_hash, hash FROM events "
                                "ORDER BY seq")
        return [Event(int(r[0]), r[1], r[2], r[3], json.loads(r[4]), r[5], r[6]) for r in rows]

    def head(self) -> str:
        row = self._read().one("SELECT hash FROM events ORDER BY seq DESC LIMIT 1")
        return row[0] if row else ""

    def verify_log(self, against: str | None = None) -> list[str]:
        """Problems in the hash chain (empty when intact); with ``against``, also that a head
        published earlier is still in the chain; and rows the log does not account for."""
        from hria.registry.log_check import verify_log

        return verify_log(self._read(), against)

    def unlogged_change(self, serial: str) -> tuple[str, str] | None:
        from hria.registry.log_check import unlogged_change

        return unlogged_change(self._read(), serial)

    def iter_rows(self, sql: str) -> Iterator[tuple[Any, ...]]:
        yield from self._read().all(sql)


Signer = Callable[[CertificateRecord], str]
