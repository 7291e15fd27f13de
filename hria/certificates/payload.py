"""The signed, machine-readable content of a certificate, in full and in the QR code's compact form.

The full payload is embedded in the PDF and kept in the registry. The QR code
carries a compact payload signed on its own: what a verifier scanning the page
needs (serial, organisation id, criteria set, level, score, dates, body, key)
without the names, the auditor and the assessment hash. Signing it separately
keeps the code small — version 13 or 14 instead of 23 for a typical certificate, so
modules half again as large on paper and a third of the encoding work — and
Ed25519 signs deterministically, so a certificate rendered again gets the
same code. ``PAYLOAD_KEYS`` documents the keys (short because of the QR code).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from hria.registry.model import CertificateRecord

PAYLOAD_VERSION = 1

PAYLOAD_KEYS = {
    "v": "payload format version",
    "t": "'qr' in the compact payload of the QR code; absent in the full payload",
    "s": "serial number",
    "o": "organisation id (registration number where the type has one)",
    "n": "organisation name in Thai (full payload only)",
    "ne": "organisation name in English (full payload only)",
    "c": "criteria set and version, e.g. gov@2026.1",
    "l": "certification level id",
    "sc": "overall score 0-100",
    "i": "issue date (ISO, Common Era)",
    "e": "expiry date (ISO, Common Era)",
    "b": "certification body id",
    "a": "lead auditor id (full payload only)",
    "h": "hash of the assessment answers (full payload only)",
    "k": "id of the body's signing key",
}

QR_KEYS = ("v", "s", "o", "c", "l", "sc", "i", "e", "b", "k")
"""The keys of the full payload the QR code's compact payload repeats."""

QR_KIND = "qr"


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


def qr_payload_of(record: CertificateRecord, key_id: str) -> dict[str, Any]:
    full = payload_of(record, key_id)
    return {"t": QR_KIND, **{k: full[k] for k in QR_KEYS}}


def is_compact(payload: dict[str, Any]) -> bool:
    return payload.get("t") == QR_KIND


def differences(compact: dict[str, Any], full: dict[str, Any]) -> list[str]:
    """Keys of a QR code's compact payload whose value is not the full payload's."""
    return [k for k in compact if k != "t" and compact[k] != full.get(k)]


_TEXT_KEYS = ("s", "o", "c", "l", "b", "k")
_FULL_TEXT_KEYS = ("n", "ne", "a", "h")
_MAX_FIELD = 1000


def check_shape(payload: dict[str, Any]) -> dict[str, Any]:
    """The payload if it has every key with the right type (dates ISO, score a number), else UsageError.

    Run on what was read from a QR code, a file or the command line before anything trusts its
    keys; the signature is checked afterwards, on the same text."""
    from hria.errors import UsageError

    keys = _TEXT_KEYS + (() if is_compact(payload) else _FULL_TEXT_KEYS)
    for k in keys:
        value = payload.get(k)
        if not isinstance(value, str) or not value or len(value) > _MAX_FIELD:
            raise UsageError(code="payload.not_text", field=PAYLOAD_KEYS[k], key=repr(k))
    if not isinstance(payload.get("sc"), int | float) or isinstance(payload.get("sc"), bool):
        raise UsageError(code="payload.score")
    if payload.get("v") != PAYLOAD_VERSION:
        raise UsageError(code="payload.version", version=PAYLOAD_VERSION)
    for k in ("i", "e"):
        try:
            dt.date.fromisoformat(str(payload.get(k)))
        except ValueError:
            raise UsageError(code="payload.not_date", field=PAYLOAD_KEYS[k], key=repr(k)) from None
    return payload


_SIGNED = r"HRIA1\.[A-Za-z0-9_-]{8,8000}\.[A-Za-z0-9_-]{8,200}"
_BARE = re.compile(_SIGNED)
_URL = re.compile(rf"(https?://[!-\"$-~]{{1,500}})#({_SIGNED})")
MAX_INPUT = 20_000


def verification_url(base_url: str, signed: str) -> str:
    """What the QR code encodes: the scheme's verification page with the signed payload in the
    fragment (a browser never sends the fragment to the server)."""
    return f"{base_url}#{signed}"


def signed_from_text(text: str) -> tuple[str, str | None]:
    """(signed payload, verification page URL or None) from scanned or typed text.

    White space a scanner or a copy adds (spaces, line breaks) is dropped; anything else
    around the payload or URL is refused."""
    from hria.errors import UsageError

    if len(text) > MAX_INPUT:
        raise UsageError(code="payload.too_long", count=len(text))
    compact = "".join(text.split())
    bare = _BARE.fullmatch(compact)
    if bare:
        return compact, None
    url = _URL.fullmatch(compact)
    if url:
        return url[2], url[1]
    raise UsageError(code="payload.not_payload", count=len(text))
