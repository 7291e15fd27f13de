"""The SQLite registry: serials, idempotent issue, status changes and a tamper-evident log."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from hria.errors import UsageError
from hria.registry import Auditor, Body, CertificateRecord
from hria.registry.sqlite import MIGRATIONS, SQLiteRegistry


def _draft(assessment_hash: str) -> CertificateRecord:
    return CertificateRecord(
        serial="", body_id="CB01", auditor_id="AUD-1", organisation_id="0105560000001",
        organisation_name_th="บริษัท ตัวอย่าง จำกัด", organisation_name_en="Example Co., Ltd.",
        assessment_hash=assessment_hash, set_ref="business@2026.1", level="certified",
        score=71.5, issued_on=dt.date(2026, 11, 23), expires_on=dt.date(2029, 11, 22),
        status="valid", status_reason="", signed="",
    )


@pytest.fixture
def registry(tmp_path: Path) -> SQLiteRegistry:
    reg = SQLiteRegistry(tmp_path / "reg.sqlite3")
    reg.add_body(Body("CB01", "หน่วยรับรองตัวอย่าง", "Example Body", "PEM", "abc"))
    reg.add_auditor(Auditor("AUD-1", "Somchai", "CB01", ("business",)))
    return reg


def test_schema_is_versioned(registry: SQLiteRegistry) -> None:
    version = registry.db.execute("PRAGMA user_version").fetchone()[0]
    assert version == len(MIGRATIONS) == 1


def test_serials_are_consecutive_and_issue_is_idempotent(registry: SQLiteRegistry) -> None:
    first, new1 = registry.issue(_draft("sha256:a"), lambda r: f"signed:{r.serial}")
    second, new2 = registry.issue(_draft("sha256:b"), lambda r: f"signed:{r.serial}")
    again, new3 = registry.issue(_draft("sha256:a"), lambda r: "never called")
    assert (first.serial, second.serial) == ("CB01-2569-000001", "CB01-2569-000002")
    assert (new1, new2, new3) == (True, True, False)
    assert again == first and again.signed == "signed:CB01-2569-000001"


def test_failed_signing_leaves_no_gap(registry: SQLiteRegistry) -> None:
    def explode(_: CertificateRecord) -> str:
        raise RuntimeError("key unavailable")

    with pytest.raises(RuntimeError):
        registry.issue(_draft("sha256:x"), explode)
    record, _ = registry.issue(_draft("sha256:y"), lambda r: "s")
    assert record.serial == "CB01-2569-000001"


def test_status_changes_are_logged_and_revocation_is_final(registry: SQLiteRegistry) -> None:
    record, _ = registry.issue(_draft("sha256:a"), lambda r: "s")
    registry.set_status(record.serial, "suspended", "complaint under review", "CB01")
    registry.set_status(record.serial, "valid", "complaint resolved", "CB01")
    registry.set_status(record.serial, "revoked", "forged evidence", "CB01")
    with pytest.raises(UsageError, match="revocation is final"):
        registry.set_status(record.serial, "valid", "oops", "CB01")
    kinds = [e.kind for e in registry.events()]
    assert kinds[-3:] == ["certificate.suspended", "certificate.valid", "certificate.revoked"]
    assert registry.certificate(record.serial).status_reason == "forged evidence"
    assert registry.verify_log() == []


def test_editing_history_breaks_the_chain(registry: SQLiteRegistry, tmp_path: Path) -> None:
    record, _ = registry.issue(_draft("sha256:a"), lambda r: "s")
    registry.set_status(record.serial, "revoked", "fraud", "CB01")
    db = sqlite3.connect(tmp_path / "reg.sqlite3")
    db.execute("UPDATE events SET data = replace(data, 'fraud', 'nothing') "
               "WHERE kind = 'certificate.revoked'")
    db.commit()
    problems = registry.verify_log()
    assert len(problems) == 1 and problems[0].endswith("content does not match its hash")


def test_expiry_is_derived_from_the_date() -> None:
    record = replace(_draft("sha256:a"), status="valid")
    assert record.effective_status(dt.date(2029, 11, 22)) == "valid"
    assert record.effective_status(dt.date(2029, 11, 23)) == "expired"
