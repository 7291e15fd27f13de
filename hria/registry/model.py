"""What the registry stores, and the interface every registry backend offers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

from hria.errors import HriaError, UsageError
from hria.scoring.texts import CERTIFICATE_STATUS

STATUS_TH = {**CERTIFICATE_STATUS, "superseded": "ถูกแทนที่"}
"""A certificate's status in Thai, for the Thai side of a refusal and for the CLI."""
ACCREDITATION_TH = {"accredited": "ได้รับการรับรอง", "suspended": "ถูกพักการรับรอง",
                    "withdrawn": "ถูกเพิกถอนการรับรอง"}
"""A body's accreditation in Thai."""

CertificateStatus = Literal["valid", "suspended", "revoked", "superseded", "expired"]
STATUSES: tuple[str, ...] = ("valid", "suspended", "revoked", "superseded", "expired")
Accreditation = Literal["accredited", "suspended", "withdrawn"]
BANGKOK = dt.timezone(dt.timedelta(hours=7), "Asia/Bangkok")  # no daylight saving since 1920
BACKDATE_GRACE_DAYS = 7


def today() -> dt.date:
    """The calendar day in Asia/Bangkok: a certificate issued at 01:00 Thai time is dated that day."""
    return dt.datetime.now(BANGKOK).date()


class RuleBroken(UsageError):
    """The registry refuses a change that would break one of its integrity rules; worded by the
    catalogue (``rule.*`` in hria/error_texts_registry.py), ``th`` and ``en`` its two wordings."""

    @property
    def th(self) -> str:
        return self.in_("th")

    @property
    def en(self) -> str:
        return self.in_("en")


class RegistryUnavailable(UsageError):
    """The registry cannot be opened or written (folder, not a database, read-only, full, unreachable)."""


class NotFound(UsageError):
    """No such body, key, auditor, certificate or complaint."""


@dataclass(frozen=True)
class Body:
    """A certification body (หน่วยรับรอง) and the key it signs with now (its latest valid key)."""

    id: str
    name_th: str
    name_en: str
    public_key_pem: str
    key_id: str
    accreditation: Accreditation = "accredited"


@dataclass(frozen=True)
class BodyKey:
    """One of a body's keys and the days it may sign: valid_from to valid_to (the day its successor starts,
    so a rotation never leaves a day without a key), and none from compromised_from on."""

    body_id: str
    key_id: str
    public_key_pem: str
    valid_from: dt.date
    valid_to: dt.date | None = None
    compromised_from: dt.date | None = None

    def signs_on(self, day: dt.date) -> bool:
        return (self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)
                and (self.compromised_from is None or day < self.compromised_from))


@dataclass(frozen=True)
class Auditor:
    """A certifier (ผู้ตรวจรับรอง) accredited by a body for some organisation types."""

    id: str
    name: str
    body_id: str
    scope: tuple[str, ...]


@dataclass(frozen=True)
class CertificateRecord:
    serial: str
    body_id: str
    auditor_id: str
    organisation_id: str
    organisation_name_th: str
    organisation_name_en: str
    assessment_hash: str
    set_ref: str
    level: str
    score: float
    issued_on: dt.date
    expires_on: dt.date
    status: CertificateStatus
    status_reason: str
    signed: str
    key_id: str = ""
    decided_by: str = ""
    organisation_type: str = ""
    assessed_on: dt.date | None = None
    set_effective_on: dt.date | None = None
    backdate_reason: str = ""
    surveillance_months: int = 12
    surveillance_due: dt.date | None = None
    supersedes: str = ""

    @property
    def scheme(self) -> str:
        """The criteria set id: one valid certificate per organisation and scheme."""
        return self.set_ref.split("@", 1)[0]

    def effective_status(self, day: dt.date) -> CertificateStatus:
        if self.status == "valid" and day > self.expires_on:
            return "expired"
        return self.status


@dataclass(frozen=True)
class Complaint:
    id: int
    serial: str
    kind: Literal["complaint", "appeal"]
    received_on: dt.date
    summary: str
    outcome: str = ""
    closed_on: dt.date | None = None


@dataclass(frozen=True)
class SurveillanceVisit:
    serial: str
    visited_on: dt.date
    result: Literal["passed", "failed"]
    auditor_id: str


@dataclass(frozen=True)
class Event:
    seq: int
    at: str
    kind: str
    subject: str
    data: dict[str, Any] = field(default_factory=dict)
    prev_hash: str = ""
    hash: str = ""


class Registry(Protocol):
    """Storage for certification; each method is one transaction, and each change an event
    naming who made it and why."""

    location: str

    def add_body(self, body: Body, actor: str, reason: str = "",
                 key_valid_from: dt.date | None = None) -> None: ...
    def body(self, body_id: str) -> Body: ...
    def bodies(self) -> list[Body]: ...
    def keys(self, body_id: str) -> list[BodyKey]: ...
    def key(self, body_id: str, key_id: str) -> BodyKey: ...
    def rotate_key(self, body_id: str, public_key_pem: str, key_id: str, valid_from: dt.date,
                   actor: str, reason: str) -> None: ...
    def compromise_key(self, body_id: str, key_id: str, since: dt.date, actor: str,
                       reason: str) -> list[str]: ...
    def set_accreditation(self, body_id: str, state: Accreditation, actor: str, reason: str) -> list[str]: ...
    def add_auditor(self, auditor: Auditor, actor: str, reason: str = "") -> None: ...
    def auditor(self, auditor_id: str) -> Auditor: ...
    def declare_conflict(self, auditor_id: str, organisation_id: str, actor: str, reason: str) -> None: ...
    def conflicts(self, auditor_id: str) -> list[str]: ...
    def erase_person(self, auditor_id: str, actor: str, reason: str) -> None: ...

    def issue(self, draft: CertificateRecord, sign: Any, *, actor: str = "",
              supersede: bool = False) -> tuple[CertificateRecord, bool]:
        """Allocate a serial and store the certificate, or return the one already issued
        for this assessment and body (second value False)."""
        ...

    def reissue(self, serial: str, name_th: str, name_en: str, sign: Any, actor: str,
                reason: str, key_id: str = "") -> CertificateRecord: ...
    def certificate(self, serial: str) -> CertificateRecord: ...
    def certificates(self, status: str | None = None) -> list[CertificateRecord]: ...
    def set_status(self, serial: str, status: CertificateStatus, reason: str, actor: str) -> None: ...
    def open_complaint(self, serial: str, kind: str, summary: str, actor: str) -> int: ...
    def close_complaint(self, complaint_id: int, outcome: str, actor: str, reason: str,
                        suspend: bool = False) -> None: ...
    def complaints(self, serial: str | None = None) -> list[Complaint]: ...
    def record_surveillance(self, serial: str, visited_on: dt.date, result: str, auditor_id: str,
                            actor: str, reason: str) -> CertificateRecord: ...
    def visits(self, serial: str) -> list[SurveillanceVisit]: ...
    def due(self, within_days: int = 30) -> list[CertificateRecord]: ...
    def suspend_overdue(self, actor: str) -> list[str]: ...
    def events(self) -> list[Event]: ...
    def head(self) -> str: ...
    def verify_log(self, against: str | None = None) -> list[str]: ...
    def unlogged_change(self, serial: str) -> tuple[str, str] | None: ...
    def close(self) -> None: ...


__all__ = ["HriaError"]
