"""What the registry stores, and the interface every registry backend offers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

CertificateStatus = Literal["valid", "suspended", "revoked", "expired"]


@dataclass(frozen=True)
class Body:
    """A certification body (หน่วยรับรอง) and the public key it signs with."""

    id: str
    name_th: str
    name_en: str
    public_key_pem: str
    key_id: str


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

    def effective_status(self, today: dt.date) -> CertificateStatus:
        if self.status == "valid" and today > self.expires_on:
            return "expired"
        return self.status


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
    """Storage for certification; each method is one transaction."""

    def add_body(self, body: Body) -> None: ...
    def body(self, body_id: str) -> Body: ...
    def add_auditor(self, auditor: Auditor) -> None: ...
    def auditor(self, auditor_id: str) -> Auditor: ...

    def issue(self, draft: CertificateRecord, sign: Any) -> tuple[CertificateRecord, bool]:
        """Allocate a serial and store the certificate, or return the one already issued
        for this assessment and body (second value False)."""
        ...

    def certificate(self, serial: str) -> CertificateRecord: ...
    def certificates(self, status: str | None = None) -> list[CertificateRecord]: ...
    def set_status(self, serial: str, status: CertificateStatus, reason: str, actor: str) -> None: ...
    def events(self) -> list[Event]: ...
    def verify_log(self) -> list[str]: ...
    def close(self) -> None: ...
