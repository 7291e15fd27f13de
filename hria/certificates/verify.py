"""Offline verification of a certificate: signature, visible text, expiry and registry status.

Input is a certificate PDF (its embedded full payload), the text of its QR code
(the compact payload), or a serial looked up in a registry. Only the body's
public key is needed; the registry adds status (suspended, revoked) when it is
at hand, and for a QR code, that its fields are the registered certificate's.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from hria import signing
from hria.certificates.document import ATTACHMENT_NAME
from hria.certificates.payload import differences, is_compact, payload_of
from hria.errors import UsageError
from hria.pdftext import fold
from hria.registry.model import Registry


@dataclass
class Verification:
    valid: bool = True
    reasons: list[str] = field(default_factory=list)
    payload: dict[str, Any] = field(default_factory=dict)
    checks: list[str] = field(default_factory=list)

    def fail(self, reason: str) -> None:
        self.valid = False
        self.reasons.append(reason)


def read_pdf(path: Path) -> tuple[str, str]:
    """(signed text from the embedded attachment, visible text of the first page)."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(path)
        attachments = reader.attachments
        visible = reader.pages[0].extract_text() if reader.pages else ""
    except (PdfReadError, OSError, ValueError) as exc:
        raise UsageError(f"{path}: not a readable PDF ({exc})") from None
    if ATTACHMENT_NAME not in attachments:
        raise UsageError(f"{path}: no embedded hria certificate payload ({ATTACHMENT_NAME})")
    try:
        signed = json.loads(attachments[ATTACHMENT_NAME][0])["signed"]
    except (ValueError, KeyError, TypeError):
        raise UsageError(f"{path}: the embedded certificate payload is not readable") from None
    return str(signed), visible


def verify(
    signed: str,
    public_key: Ed25519PublicKey | None,
    *,
    visible_text: str | None = None,
    registry: Registry | None = None,
    public_list: dict[str, dict[str, Any]] | None = None,
    today: dt.date | None = None,
) -> Verification:
    today = today or dt.date.today()
    result = Verification()
    try:
        result.payload = signing.read_unverified(signed)
    except signing.SignatureInvalid as exc:
        result.fail(str(exc))
        return result
    p = result.payload
    if public_key is None and registry is not None:
        public_key = _registry_key(registry, p, result)
    if public_key is None:
        result.fail("no public key to check the signature with (give --pubkey or --registry)")
        return result
    if p.get("k") != signing.key_id(public_key):
        result.fail(f"signed with key {p.get('k')}, not with the given key {signing.key_id(public_key)}")
    try:
        signing.open_signed(signed, public_key)
        result.checks.append("signature matches the body's key")
    except signing.SignatureInvalid as exc:
        result.fail(str(exc))
    if visible_text is not None:
        _check_visible(visible_text, p, result)
    expires = dt.date.fromisoformat(str(p.get("e")))
    if today > expires:
        result.fail(f"expired on {expires.isoformat()}")
    else:
        result.checks.append(f"within validity (expires {expires.isoformat()})")
    if registry is not None:
        _check_registry(registry, p, signed, result)
    if public_list is not None:
        _check_public_list(public_list, p, signed, public_key, result)
    return result


def read_public_list(path: Path) -> dict[str, dict[str, Any]]:
    """The list ``hria registry export`` writes (JSON or CSV), by serial."""
    import csv
    import io

    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"{path}: cannot read the public list ({exc})") from None
    try:
        rows = list(csv.DictReader(io.StringIO(text))) if path.suffix.lower() == ".csv" else json.loads(text)
    except (ValueError, csv.Error) as exc:
        raise UsageError(f"{path}: not a public list of certificates ({exc})") from None
    if not isinstance(rows, list) or not all(isinstance(r, dict) and "serial" in r for r in rows):
        raise UsageError(f"{path}: not a public list of certificates (rows with a serial)")
    return {str(r["serial"]): r for r in rows}


def _check_public_list(listing: dict[str, dict[str, Any]], p: dict[str, Any], signed: str,
                       public_key: Ed25519PublicKey, result: Verification) -> None:
    row = listing.get(str(p.get("s")))
    if row is None:
        result.fail(f"serial {p.get('s')} is not in the public list")
        return
    listed = str(row.get("signed", ""))
    if is_compact(p):  # the QR code's fields must be those of the listed (signed) full payload
        try:
            same = not differences(p, signing.open_signed(listed, public_key))
        except signing.SignatureInvalid:
            same = False
    else:
        same = listed == signed
    if not same:
        result.fail("the public list holds a different certificate under this serial")
    status = str(row.get("status", ""))
    if status in ("revoked", "suspended"):
        result.fail(f"{status} in the public list: {row.get('status_reason', '')}")
    else:
        result.checks.append(f"public list status: {status}")


def _registry_key(registry: Registry, p: dict[str, Any], result: Verification) -> Ed25519PublicKey | None:
    """The body's key named in the payload, if it could sign on the issue date (keys rotate; a
    compromised key signs nothing from the day it was compromised)."""
    from cryptography.hazmat.primitives.serialization import load_pem_public_key

    body_id = str(p.get("b", ""))
    try:
        held = registry.key(body_id, str(p.get("k", "")))
        key = load_pem_public_key(held.public_key_pem.encode())
        issued = dt.date.fromisoformat(str(p.get("i")))
    except (UsageError, ValueError) as exc:
        result.fail(f"body {body_id!r}: {exc}")
        return None
    if not held.signs_on(issued):
        result.fail(f"key {held.key_id} of {body_id} could not sign on {issued.isoformat()} (valid from "
                    f"{held.valid_from.isoformat()}"
                    + (f" to {held.valid_to.isoformat()}" if held.valid_to else "")
                    + (f", compromised from {held.compromised_from.isoformat()}" if held.compromised_from
                       else "") + ")")
    else:
        result.checks.append(f"key {held.key_id} of {body_id} was valid on the issue date")
    return key if isinstance(key, Ed25519PublicKey) else None


def _check_visible(text: str, p: dict[str, Any], result: Verification) -> None:
    seen = fold(text)
    shown = {"serial": p.get("s"), "organisation (Thai)": p.get("n"),
             "organisation (English)": p.get("ne"), "score": f"{float(p.get('sc', 0)):.2f}",
             "criteria set": p.get("c")}
    mismatched = [label for label, value in shown.items() if fold(str(value)) not in seen]
    if mismatched:
        result.fail("the visible certificate does not match its signed payload: "
                    + ", ".join(mismatched))
    else:
        result.checks.append("visible text matches the signed payload")


def _check_registry(registry: Registry, p: dict[str, Any], signed: str, result: Verification) -> None:
    try:
        record = registry.certificate(str(p.get("s")))
    except UsageError:
        result.fail(f"serial {p.get('s')} is not in the registry")
        return
    if is_compact(p):
        differ = differences(p, payload_of(record, str(p.get("k", ""))))
    else:
        differ = [] if record.signed == signed else ["payload"]
    if differ:
        result.fail("the registry holds a different certificate under this serial")
    status = record.effective_status(dt.date.today())
    if status in ("revoked", "suspended", "superseded"):
        result.fail(f"{status} in the registry: {record.status_reason}")
    else:
        result.checks.append(f"registry status: {status}")
