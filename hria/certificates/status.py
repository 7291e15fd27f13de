"""Where a certificate's status comes from: a registry, or a signed public list.

``StatusSource`` is the one interface verification asks; a registry with key
history (or a shared PostgreSQL one) is another implementation of it. Each source
names itself, so the verdict can say where its status came from.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Protocol

from hria import signing
from hria.errors import HriaError, UsageError
from hria.public_list import PublicList
from hria.registry.model import Registry
from hria.scheme import BodyKey


@dataclass(frozen=True)
class Listing:
    """What a source says about one serial."""

    status: str  # valid | suspended | revoked | superseded | expired
    reason: str
    signed: str  # the full signed payload the source holds under the serial
    body_id: str


@dataclass(frozen=True)
class SourceProblem:
    """Why a source cannot be trusted for status (an edited list, an unknown signer)."""

    th: str
    en: str


class StatusSource(Protocol):
    name_th: str
    name_en: str
    warning: tuple[str, str] | None
    """A reason to doubt what the source says (a stale list), Thai and English; None if none."""

    def problem(self, serial: str) -> SourceProblem | None:
        """Why this source cannot be trusted for ``serial``; None if it can."""
        ...
    def lookup(self, serial: str) -> Listing | None: ...


class RegistryStatus:
    def __init__(self, registry: Registry, label: str, today: dt.date) -> None:
        self.registry, self.today = registry, today
        self.name_th, self.name_en = f"ทะเบียน {label}", f"registry {label}"
        self.warning: tuple[str, str] | None = None

    def problem(self, serial: str) -> SourceProblem | None:
        # the row is what the rules wrote only if the hash-chained event log agrees with it
        found = self.registry.unlogged_change(serial)
        return SourceProblem(*found) if found is not None else None

    def lookup(self, serial: str) -> Listing | None:
        try:
            record = self.registry.certificate(serial)
        except UsageError:
            return None
        return Listing(record.effective_status(self.today), record.status_reason, record.signed,
                       record.body_id)


class ListStatus:
    """A public list, trusted only if a known body key signed it as it is."""

    def __init__(self, listing: PublicList, keys: list[BodyKey], now: dt.datetime,
                 freshness_days: int) -> None:
        self.listing = listing
        self.signer = listing.verify(keys)
        issued = listing.issued_at.strftime("%Y-%m-%d %H:%M UTC") if listing.issued_at else "?"
        self.name_th = f"รายการสาธารณะ {listing.path.name} (ออกเมื่อ {issued})"
        self.name_en = f"public list {listing.path.name} (issued {issued})"
        age = listing.age_days(now)
        self.warning = None
        if age is not None and age > freshness_days:
            self.warning = (f"รายการสาธารณะเก่ากว่า {freshness_days} วัน ({age:.0f} วัน): สถานะอาจเปลี่ยนแล้ว",
                            f"the public list is older than {freshness_days} days ({age:.0f} days): "
                            "the status may have changed since")

    def problem(self, serial: str) -> SourceProblem | None:
        if not self.listing.signature:
            return SourceProblem("รายการสาธารณะไม่ได้ลงนาม จึงเชื่อถือไม่ได้",
                                 "the public list is not signed, so it cannot be trusted")
        if self.signer is None:
            return SourceProblem("ลายมือชื่อของรายการสาธารณะไม่ตรง: ถูกแก้ไข หรือลงนามด้วยกุญแจที่ไม่รู้จัก",
                                 "the public list's signature does not match: edited, or signed with "
                                 "an unknown key")
        return None

    def lookup(self, serial: str) -> Listing | None:
        entry = self.listing.entries.get(serial)
        if entry is None or not self._speaks_for(entry.body_id, entry.signed):
            return None
        return Listing(entry.status, entry.reason, entry.signed, entry.body_id)

    def _speaks_for(self, listed_body: str, signed: str) -> bool:
        """A body's list answers for that body's certificates only: another body (or a rogue one)
        cannot vouch that a certificate it did not issue is still valid."""
        signer = self.signer.body_id if self.signer is not None else None
        if signer is None:
            return True
        try:
            payload = signing.read_unverified(signed)
        except HriaError:
            return False
        issuer = payload.get("b") if isinstance(payload, dict) else None
        return listed_body == signer and issuer == signer
