"""The event log checked against itself and against the certificate rows: a broken hash chain, a
published head no longer in it, and rows written or edited around the rules (what whoever holds a
SQLite file can do; verify trusts the hash-chained log over the row)."""

from __future__ import annotations

from hria.errors import Said
from hria.registry.model import STATUS_TH
from hria.registry.store import Tx, event_hash


def verify_log(read: Tx, against: str | None = None) -> list[str]:
    """Problems in the hash chain (empty when intact); with ``against``, also that a head
    published earlier is still in the chain."""
    problems: list[str] = []
    prev, seen = "", False
    logged: dict[str, str] = {}
    for seq, at, kind, subject, data, prev_hash, digest in read.all(
            "SELECT seq, at, kind, subject, data, prev_hash, hash FROM events ORDER BY seq"):
        if prev_hash != prev:
            problems.append(Said("registry.log_unlinked", seq=seq))
        if digest != event_hash(prev_hash, at, kind, subject, data):
            problems.append(Said("registry.log_altered", seq=seq))
        prev = digest
        seen = seen or digest == against
        if kind.startswith("certificate."):
            status = "valid" if kind == "certificate.issued" else kind.removeprefix("certificate.")
            logged[subject] = status
    if against is not None and not seen:
        problems.append(Said("registry.head_missing", head=against))
    return problems + _unlogged_changes(read, logged)


def unlogged_change(read: Tx, serial: str) -> tuple[str, str] | None:
    """Why the row of ``serial`` cannot be trusted (Thai, English), or None: the event log
    never issued it, or gives it another status — the row was written or edited by hand,
    which whoever holds a SQLite file can do; the hash-chained log is what verify trusts."""
    row = read.one("SELECT status, status_cause FROM certificates WHERE serial = ?", (serial,))
    if row is None:
        return None
    status = None
    for (kind,) in read.all("SELECT kind FROM events WHERE subject = ? ORDER BY seq", (serial,)):
        if kind == "certificate.issued":
            status = "valid"
        elif kind.startswith("certificate.") and status is not None:
            status = kind.removeprefix("certificate.")
    if status is None:
        return ("ทะเบียนมีใบรับรองนี้ แต่บันทึกเหตุการณ์ไม่เคยออกใบรับรองนี้ (ถูกเพิ่มด้วยมือ?)",
                "the registry has this certificate but its event log never issued it (inserted by hand?)")
    if status != row[0] and row[1] != "migration":
        return (f"ทะเบียนระบุสถานะ{STATUS_TH.get(row[0], row[0])} แต่บันทึกเหตุการณ์ระบุสถานะ"
                f"{STATUS_TH.get(status, status)} (ถูกแก้ไขด้วยมือ?)",
                f"the registry row says {row[0]} but its event log says {status} (edited by hand?)")
    return None


def _unlogged_changes(read: Tx, logged: dict[str, str]) -> list[str]:
    """Certificates whose row the event log does not account for: written or edited in the
    database by hand, around the rules (a status set back to valid, a row inserted)."""
    problems: list[str] = []
    for serial, status, cause in read.all(
            "SELECT serial, status, status_cause FROM certificates ORDER BY serial"):
        if serial not in logged:
            problems.append(Said("registry.log_no_issue", serial=serial))
        elif logged[serial] != status and cause != "migration":
            problems.append(Said("registry.log_status_differs", serial=serial, status=status,
                                 status_th=STATUS_TH.get(status, status), logged=logged[serial],
                                 logged_th=STATUS_TH.get(logged[serial], logged[serial])))
    return problems
