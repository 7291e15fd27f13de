"""A certificate's life in the registry: issue under the rules, supersede, re-issue, complaints and
appeals, and surveillance inside the validity.

Every method is one transaction: a certificate that supersedes another is stored
in the same transaction that marks the old one superseded, and a failed
surveillance visit suspends in the transaction that records it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from hria.registry.model import (
    ACCREDITATION_TH,
    BACKDATE_GRACE_DAYS,
    STATUS_TH,
    CertificateRecord,
    Complaint,
    NotFound,
    RuleBroken,
    SurveillanceVisit,
    today,
)
from hria.registry.reasons import OUTCOMES_TH
from hria.registry.store import (
    CERT_COLUMNS,
    CURRENT,
    SELECT_CERT,
    Signer,
    SQLRegistry,
    Tx,
    add_months,
    as_date,
    need_actor,
    record_of,
    row_of,
)

OUTCOMES = ("upheld", "dismissed", "withdrawn")


class CertificateRegistry(SQLRegistry):
    def issue(self, draft: CertificateRecord, sign: Signer, *, actor: str = "",
              supersede: bool = False) -> tuple[CertificateRecord, bool]:
        """Allocate a serial and store the certificate, or return the one this body already issued
        for this assessment (second value False) — which is how a rerun after a crash recognises
        its own certificate before the one-current-certificate rule would refuse it."""
        actor = actor or draft.decided_by
        need_actor(actor)
        with self._tx() as tx:
            row = tx.one(f"{SELECT_CERT} WHERE body_id = ? AND assessment_hash = ? "
                         "AND status <> 'superseded' ORDER BY serial DESC LIMIT 1",
                         (draft.body_id, draft.assessment_hash))
            if row is not None:
                return record_of(row), False
            day = today()
            self._check_issue(tx, draft, day)
            replaced = self._make_room(tx, draft, day, actor, supersede)
            return self._store(tx, draft, sign, actor, replaced), True

    def _store(self, tx: Tx, draft: CertificateRecord, sign: Signer, actor: str,
               replaced: str, reason: str = "certification decision") -> CertificateRecord:
        year = draft.issued_on.year + 543
        tx.run("INSERT INTO serials (body_id, year, last) VALUES (?, ?, 0) ON CONFLICT DO NOTHING",
               (draft.body_id, year))
        row = tx.one("UPDATE serials SET last = last + 1 WHERE body_id = ? AND year = ? RETURNING last",
                     (draft.body_id, year))
        assert row is not None
        months = draft.surveillance_months
        record = replace(draft, serial=f"{draft.body_id}-{year}-{int(row[0]):06d}", status="valid",
                         status_reason="", supersedes=replaced,
                         surveillance_due=draft.surveillance_due or add_months(draft.issued_on, months))
        record = replace(record, signed=sign(record))
        tx.run(f"INSERT INTO certificates ({', '.join(CERT_COLUMNS)}) "
               f"VALUES ({', '.join('?' * len(CERT_COLUMNS))})", row_of(record))
        if replaced:
            tx.run("UPDATE certificates SET status_reason = ? WHERE serial = ?",
                   (f"superseded by {record.serial}", replaced))
        self._log(tx, "certificate.issued", record.serial, actor, reason,
                  assessment=record.assessment_hash, level=record.level, auditor=record.auditor_id,
                  decided_by=record.decided_by, key_id=record.key_id, supersedes=replaced,
                  backdated=bool(record.backdate_reason))
        return record

    def _check_issue(self, tx: Tx, d: CertificateRecord, day: dt.date) -> None:
        body = self._body_row(tx, d.body_id)
        if body[3] != "accredited":
            raise RuleBroken(code="rule.body_not_accredited", body=d.body_id, state=body[3],
                             state_th=ACCREDITATION_TH.get(body[3], body[3]))
        key = next((k for k in self._keys(tx, d.body_id) if k.key_id == d.key_id), None)
        if key is None or not key.signs_on(d.issued_on) or not key.signs_on(day):
            raise RuleBroken(code="rule.key_not_valid_day", key=d.key_id, body=d.body_id)
        if d.issued_on > day:
            raise RuleBroken(code="rule.issue_future", issued=d.issued_on.isoformat(), today=day.isoformat())
        bounds = ((d.assessed_on, "วันที่ประเมิน", "the assessment date"),
                  (d.set_effective_on, "วันที่เกณฑ์มีผล", "the criteria set's effective date"))
        for bound, what_th, what_en in bounds:
            if bound is None:
                raise RuleBroken(code="rule.date_missing", what=what_en, what_th=what_th)
            if d.issued_on < bound:
                raise RuleBroken(code="rule.issue_before", issued=d.issued_on.isoformat(), what=what_en,
                                 what_th=what_th, bound=bound.isoformat())
        if (day - d.issued_on).days > BACKDATE_GRACE_DAYS and not d.backdate_reason.strip():
            raise RuleBroken(code="rule.backdated", issued=d.issued_on.isoformat(), days=BACKDATE_GRACE_DAYS)
        self._check_people(tx, d.body_id, d.organisation_id, d.organisation_type, d.auditor_id, d.decided_by)

    def _check_people(self, tx: Tx, body_id: str, organisation_id: str, organisation_type: str,
                      auditor_id: str, decided_by: str) -> None:
        people = {r[0]: r for r in tx.all(
            "SELECT id, body_id, scope FROM auditors WHERE id IN (?, ?)", (auditor_id, decided_by))}
        if not decided_by or decided_by == auditor_id:
            raise RuleBroken(code="rule.decider_same")
        for who, role, role_th in ((auditor_id, "lead auditor", "หัวหน้าผู้ตรวจประเมิน"),
                                   (decided_by, "decision-maker", "ผู้ตัดสินการรับรอง")):
            if who not in people or people[who][1] != body_id:
                raise RuleBroken(code="rule.person_not_registered", who=who, role=role, role_th=role_th,
                                 body=body_id)
        if organisation_type and organisation_type not in people[auditor_id][2]:
            raise RuleBroken(code="rule.auditor_scope", auditor=auditor_id, type=organisation_type)
        conflicted = [r[0] for r in tx.all(
            "SELECT auditor_id FROM conflicts WHERE organisation_id = ? AND auditor_id IN (?, ?) "
            "ORDER BY auditor_id", (organisation_id, auditor_id, decided_by))]
        if conflicted:
            raise RuleBroken(code="rule.conflict", who=", ".join(conflicted), organisation=organisation_id)

    def _make_room(self, tx: Tx, d: CertificateRecord, day: dt.date, actor: str, supersede: bool) -> str:
        """Expire or (with supersede) supersede the organisation's current certificate; else refuse."""
        replaced = ""
        for serial, status, expires, body_id in tx.all(
                "SELECT serial, status, expires_on, body_id FROM certificates WHERE organisation_id = ? "
                "AND set_ref LIKE ? AND status IN ('valid', 'suspended')",
                (d.organisation_id, f"{d.scheme}@%")):
            expiry = as_date(expires)
            assert expiry is not None
            if status == "valid" and expiry < day:
                self._change(tx, serial, "expired", f"expired on {expiry.isoformat()}", actor)
            elif supersede and body_id == d.body_id:
                self._change(tx, serial, "superseded", "superseded by a new certification decision", actor)
                replaced = serial
            else:
                raise RuleBroken(code="rule.holds_current", organisation=d.organisation_id, serial=serial,
                                 status=status, status_th=STATUS_TH.get(status, status), scheme=d.scheme)
        return replaced

    def reissue(self, serial: str, name_th: str, name_en: str, sign: Signer, actor: str,
                reason: str, key_id: str = "") -> CertificateRecord:
        """A correction (name change, typo): a new serial with the same decision, level, expiry and
        surveillance, issued and signed today; the old one superseded."""
        need_actor(actor, reason)
        with self._tx() as tx:
            old = self._current(tx, serial)
            if old.status not in CURRENT:
                raise RuleBroken(code="rule.reissue_status", serial=serial, status=old.status,
                                 status_th=STATUS_TH.get(old.status, old.status))
            if (old.organisation_name_th, old.organisation_name_en) == (name_th, name_en):
                raise RuleBroken(code="rule.names_unchanged")
            key = next((k for k in self._keys(tx, old.body_id) if k.key_id == (key_id or old.key_id)), None)
            if key is None or not key.signs_on(today()):
                raise RuleBroken(code="rule.key_not_valid_today", key=key_id, body=old.body_id)
            self._change(tx, serial, "superseded", f"re-issued: {reason}", actor)
            # Signed today with today's key, so it is issued today (a key rotated since the first
            # issue could not have signed on that day); expiry and surveillance stay as decided.
            draft = replace(old, organisation_name_th=name_th, organisation_name_en=name_en, signed="",
                            key_id=key.key_id, issued_on=today(), backdate_reason="")
            record = self._store(tx, draft, sign, actor, serial, reason=f"re-issue: {reason}")
            if old.status == "suspended":
                self._change(tx, record.serial, "suspended", old.status_reason, actor)
                record = self._current(tx, record.serial)
            return record

    # complaints and appeals

    def open_complaint(self, serial: str, kind: str, summary: str, actor: str) -> int:
        need_actor(actor)
        if kind not in ("complaint", "appeal") or not summary.strip():
            raise RuleBroken(code="rule.complaint_needs")
        with self._tx() as tx:
            self._current(tx, serial)
            row = tx.one("INSERT INTO complaints (serial, kind, received_on, summary, outcome) "
                         "VALUES (?,?,?,?,'') RETURNING id", (serial, kind, today().isoformat(), summary))
            assert row is not None
            # the summary may name people: it stays in the erasable table, not in the log
            self._log(tx, f"{kind}.opened", serial, actor, "received", complaint=int(row[0]))
            return int(row[0])

    def close_complaint(self, complaint_id: int, outcome: str, actor: str, reason: str,
                        suspend: bool = False) -> None:
        need_actor(actor, reason)
        if outcome not in OUTCOMES:
            raise RuleBroken(code="rule.outcome", outcomes=", ".join(OUTCOMES))
        with self._tx() as tx:
            row = tx.one("SELECT serial, kind, outcome FROM complaints WHERE id = ?", (complaint_id,))
            if row is None:
                raise NotFound(code="registry.no_complaint", complaint=complaint_id)
            if row[2]:
                raise RuleBroken(code="rule.complaint_closed", complaint=complaint_id, outcome=row[2],
                                 outcome_th=OUTCOMES_TH.get(row[2], row[2]))
            tx.run("UPDATE complaints SET outcome = ?, closed_on = ? WHERE id = ?",
                   (outcome, today().isoformat(), complaint_id))
            self._log(tx, f"{row[1]}.closed", row[0], actor, reason, complaint=complaint_id, outcome=outcome)
            if suspend:
                if outcome != "upheld" or self._current(tx, row[0]).status != "valid":
                    raise RuleBroken(code="rule.suspend_only_upheld")
                self._change(tx, row[0], "suspended", f"{row[1]} {complaint_id} upheld: {reason}", actor,
                             cause="complaint")

    def complaints(self, serial: str | None = None) -> list[Complaint]:
        sql = "SELECT id, serial, kind, received_on, summary, outcome, closed_on FROM complaints"
        rows = self._read().all(sql + (" WHERE serial = ? ORDER BY id" if serial else " ORDER BY id"),
                                (serial,) if serial else ())
        return [Complaint(int(r[0]), r[1], r[2], as_date(r[3]) or dt.date.min, r[4], r[5] or "",
                          as_date(r[6])) for r in rows]

    # surveillance

    def record_surveillance(self, serial: str, visited_on: dt.date, result: str, auditor_id: str,
                            actor: str, reason: str) -> CertificateRecord:
        """A visit passed moves the next due date on by the interval (and lifts a suspension for
        overdue surveillance); a visit failed suspends the certificate."""
        need_actor(actor, reason)
        if result not in ("passed", "failed"):
            raise RuleBroken(code="rule.surveillance_result")
        with self._tx() as tx:
            cert = self._current(tx, serial)
            if cert.status not in CURRENT or cert.expires_on < today():
                status = cert.effective_status(today())
                raise RuleBroken(code="rule.not_in_validity", serial=serial, status=status,
                                 status_th=STATUS_TH.get(status, status))
            if not cert.issued_on <= visited_on <= today():
                raise RuleBroken(code="rule.visit_date")
            self._check_visitor(tx, cert, auditor_id)
            tx.run("INSERT INTO surveillance_visits (serial, visited_on, result, auditor_id) "
                   "VALUES (?,?,?,?)",
                   (serial, visited_on.isoformat(), result, auditor_id))
            self._log(tx, "surveillance.completed", serial, actor, reason, visited_on=visited_on.isoformat(),
                      result=result, auditor=auditor_id)
            if result == "passed":
                due = add_months(cert.surveillance_due or cert.issued_on, cert.surveillance_months)
                while due <= visited_on:
                    due = add_months(due, cert.surveillance_months)
                tx.run("UPDATE certificates SET surveillance_due = ? WHERE serial = ?",
                       (due.isoformat(), serial))
                if cert.status == "suspended" and tx.one(
                        "SELECT 1 FROM certificates WHERE serial = ? AND status_cause = 'surveillance'",
                        (serial,)):
                    self._change(tx, serial, "valid", "surveillance completed", actor)
            elif cert.status == "valid":
                self._change(tx, serial, "suspended", f"surveillance visit failed: {reason}", actor,
                             cause="surveillance")
            return self._current(tx, serial)

    def _check_visitor(self, tx: Tx, cert: CertificateRecord, auditor_id: str) -> None:
        row = tx.one("SELECT body_id FROM auditors WHERE id = ?", (auditor_id,))
        if row is None or row[0] != cert.body_id:
            raise RuleBroken(code="rule.person_not_registered", who=auditor_id, role="auditor",
                             role_th="ผู้ตรวจประเมิน", body=cert.body_id)
        if tx.one("SELECT 1 FROM conflicts WHERE auditor_id = ? AND organisation_id = ?",
                  (auditor_id, cert.organisation_id)):
            raise RuleBroken(code="rule.conflict", who=auditor_id, organisation=cert.organisation_id)

    def visits(self, serial: str) -> list[SurveillanceVisit]:
        rows = self._read().all("SELECT serial, visited_on, result, auditor_id FROM surveillance_visits "
                                "WHERE serial = ? ORDER BY visited_on", (serial,))
        return [SurveillanceVisit(r[0], as_date(r[1]) or dt.date.min, r[2], r[3]) for r in rows]

    def due(self, within_days: int = 30) -> list[CertificateRecord]:
        """Valid certificates whose surveillance is overdue or due within the days given."""
        day = today()
        limit = day + dt.timedelta(days=within_days)
        return [r for r in self.certificates("valid")
                if r.surveillance_due is not None and r.surveillance_due <= min(limit, r.expires_on)]

    def suspend_overdue(self, actor: str) -> list[str]:
        """Suspend every valid certificate whose surveillance is overdue, each with its reason."""
        need_actor(actor)
        day = today()
        done = []
        with self._tx() as tx:
            for row in tx.all(f"{SELECT_CERT} WHERE status = 'valid' ORDER BY serial"):
                cert = record_of(row)
                due = cert.surveillance_due
                if due is not None and due < day <= cert.expires_on:
                    self._change(tx, cert.serial, "suspended",
                                 f"surveillance overdue since {due.isoformat()}", actor, cause="surveillance")
                    done.append(cert.serial)
        return done
