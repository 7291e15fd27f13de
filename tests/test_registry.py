"""The SQLite registry below the CLI: serials, idempotent issue, migrations and append-only history."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from hria.registry import Auditor, Body, CertificateRecord, RuleBroken, today
from hria.registry.schema_sqlite import MIGRATIONS
from hria.registry.sqlite import SQLiteRegistry
from hria.registry.store import event_hash


def draft(issued: dt.date | None = None, assessment_hash: str = "sha256:a",
          organisation: str = "0105536000003") -> CertificateRecord:
    day = issued or today()
    return CertificateRecord(
        serial="", body_id="CB01", auditor_id="AUD-1", organisation_id=organisation,
        organisation_name_th="บริษัท ตัวอย่าง จำกัด", organisation_name_en="Example Co., Ltd.",
        assessment_hash=assessment_hash, set_ref="case_perfect@2026.1", level="certified",
        score=71.5, issued_on=day, expires_on=day + dt.timedelta(days=3 * 365), status="valid",
        status_reason="", signed="", key_id="abc", decided_by="DEC-1", organisation_type="business",
        assessed_on=dt.date(2026, 1, 1), set_effective_on=dt.date(2026, 1, 1),
    )


@pytest.fixture
def registry(tmp_path: Path) -> SQLiteRegistry:
    reg = SQLiteRegistry(tmp_path / "reg.sqlite3")
    reg.add_body(Body("CB01", "หน่วยรับรองตัวอย่าง", "Example Body", "PEM", "abc"), "NHRC")
    reg.add_auditor(Auditor("AUD-1", "Somchai", "CB01", ("business",)), "CB01")
    reg.add_auditor(Auditor("DEC-1", "Somsri", "CB01", ("business",)), "CB01")
    return reg


def test_schema_is_versioned(registry: SQLiteRegistry) -> None:
    assert registry.schema_version() == len(MIGRATIONS) == 2


def test_serials_are_consecutive_and_issue_is_idempotent(registry: SQLiteRegistry) -> None:
    year = today().year + 543
    first, new1 = registry.issue(draft(), lambda r: f"signed:{r.serial}")
    second, new2 = registry.issue(draft(assessment_hash="sha256:b", organisation="0105536000011"),
                                  lambda r: f"signed:{r.serial}")
    again, new3 = registry.issue(draft(), lambda r: "never called")
    assert (first.serial, second.serial) == (f"CB01-{year}-000001", f"CB01-{year}-000002")
    assert (new1, new2, new3) == (True, True, False)
    assert again == first and again.signed == f"signed:CB01-{year}-000001"


def test_failed_signing_leaves_no_gap(registry: SQLiteRegistry) -> None:
    def explode(_: CertificateRecord) -> str:
        raise RuntimeError("key unavailable")

    with pytest.raises(RuntimeError):
        registry.issue(draft(assessment_hash="sha256:x"), explode)
    record, _ = registry.issue(draft(assessment_hash="sha256:y"), lambda r: "s")
    assert record.serial.endswith("-000001")


def test_revocation_is_final(registry: SQLiteRegistry) -> None:
    record, _ = registry.issue(draft(), lambda r: "s")
    registry.set_status(record.serial, "suspended", "complaint under review", "CB01")
    registry.set_status(record.serial, "valid", "complaint resolved", "CB01")
    registry.set_status(record.serial, "revoked", "forged evidence", "CB01")
    with pytest.raises(RuleBroken, match="revoked; that is final"):
        registry.set_status(record.serial, "valid", "oops", "CB01")
    kinds = [e.kind for e in registry.events()]
    assert kinds[-3:] == ["certificate.suspended", "certificate.valid", "certificate.revoked"]
    assert registry.events()[-1].data == {"by": "CB01", "from": "valid", "reason": "forged evidence"}
    assert registry.verify_log() == []


def test_plain_sql_cannot_rewrite_history(registry: SQLiteRegistry, tmp_path: Path) -> None:
    record, _ = registry.issue(draft(), lambda r: "s")
    db = sqlite3.connect(tmp_path / "reg.sqlite3")
    for statement in ("UPDATE bodies SET name_en = 'Impostor'", "DELETE FROM body_keys",
                      "UPDATE events SET data = '{}'", "DELETE FROM events",
                      "UPDATE certificates SET level = 'excellent'", "DELETE FROM certificates",
                      "UPDATE auditors SET scope = '[\"government_agency\"]'"):
        with pytest.raises(sqlite3.IntegrityError):
            db.execute(statement)
    db.execute(f"UPDATE certificates SET status = 'revoked' WHERE serial = '{record.serial}'")
    with pytest.raises(sqlite3.IntegrityError, match="final"):
        db.execute(f"UPDATE certificates SET status = 'valid' WHERE serial = '{record.serial}'")


def test_whoever_drops_the_triggers_is_caught_by_the_chain(registry: SQLiteRegistry, tmp_path: Path) -> None:
    record, _ = registry.issue(draft(), lambda r: "s")
    registry.set_status(record.serial, "revoked", "fraud", "CB01")
    db = sqlite3.connect(tmp_path / "reg.sqlite3")
    db.execute("DROP TRIGGER events_fixed")
    db.execute("UPDATE events SET data = replace(data, 'fraud', 'nothing') "
               "WHERE kind = 'certificate.revoked'")
    db.commit()
    problems = registry.verify_log()
    assert len(problems) == 1 and problems[0].endswith("content does not match its hash")
    with pytest.raises(RuleBroken, match="head does not match its content"):
        registry.declare_conflict("AUD-1", "0000000000000", "CB01", "x")  # a write reads the head


def test_a_version_1_registry_is_upgraded_with_its_history(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    db = sqlite3.connect(path)
    for statement in MIGRATIONS[0]:
        db.execute(statement)
    db.execute("PRAGMA user_version = 1")
    db.execute("INSERT INTO bodies VALUES ('CB01', 'ก', 'B', 'PEM', 'k1')")
    db.execute("INSERT INTO auditors VALUES ('AUD-1', 'x', 'CB01', '[\"business\"]')")
    for n, hash_ in ((1, "sha256:a"), (2, "sha256:b")):  # two valid certificates, one organisation
        db.execute("INSERT INTO certificates VALUES (?, 'CB01', 'AUD-1', '0105536000003', 'ก', 'A', ?, "
                   "'business@2026.1', 'basic', 70, '2026-05-01', '2029-04-30', 'valid', '', 's')",
                   (f"CB01-2569-00000{n}", hash_))
    at = "2026-05-01T00:00:00+00:00"
    db.execute("INSERT INTO events (at, kind, subject, data, prev_hash, hash) VALUES (?,?,?,?,?,?)",
               (at, "body.registered", "CB01", "{}", "", event_hash("", at, "body.registered", "CB01", "{}")))
    db.commit()
    db.close()
    registry = SQLiteRegistry(path)
    assert registry.schema_version() == 2
    assert [c.status for c in registry.certificates()] == ["superseded", "valid"]
    assert registry.key("CB01", "k1").valid_from == dt.date(2000, 1, 1)
    assert registry.events()[-1].kind == "registry.migrated"
    assert registry.events()[-1].data["superseded"] == ["CB01-2569-000001"]
    with pytest.raises(RuleBroken):
        registry.set_status("CB01-2569-000001", "valid", "undo", "CB01")


def test_online_backup_copies_the_registry_with_its_chain(registry: SQLiteRegistry, tmp_path: Path) -> None:
    record, _ = registry.issue(draft(), lambda r: "s")
    registry.backup(tmp_path / "backup.sqlite3")
    copy = SQLiteRegistry(tmp_path / "backup.sqlite3")
    assert copy.certificate(record.serial) == record
    assert copy.verify_log() == [] and copy.head() == registry.head()
