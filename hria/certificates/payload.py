"""The signed, machine-readable content of a certificate (also carried by its QR code).

Keys are short because the payload rides in a QR code; ``PAYLOAD_KEYS`` documents
them. Everything a verifier needs offline is here, signed by the body's key.
"""

from __future__ import annotations

from typing import Any

from hria.registry.model import CertificateRecord

PAYLOAD_VERSION = 1

PAYLOAD_KEYS = {
    "v": "payload format version",
    "s": "serial number",
    "o": "organisation id (registration number where the type has one)",
    "n": "organisation name in Thai",
    "ne": "organisation name in English",
    "c": "criteria set and version, e.g. gov@2026.1",
    "l": "certification level id",
    "sc": "overall score 0-100",
    "i": "issue date (ISO, Common Era)",
    "e": "expiry date (ISO, Common Era)",
    "b": "certification body id",
    "a": "lead auditor id",
    "h": "hash of the assessment answers",
    "k": "id of the body's signing key",
}


def payload_of(record: CertificateRecord, key_id: str) -> dict[str, Any]:
    return {
        "v": PAYLOAD_VERSION,
        "s": record.serial,
        "o": record.organisation_id,
        "n": record.organisation_name_th,
        "ne": record.organisation_name_en,
        "c": record.set_ref,
        "l": record.level,
        "sc": round(record.score, 2),
        "i": record.issued_on.isoformat(),
        "e": record.expires_on.isoformat(),
        "b": record.body_id,
        "a": record.auditor_id,
        "h": record.assessment_hash,
        "k": key_id,
    }
