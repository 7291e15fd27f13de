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
from hria.registry.model import Registry
from hria.scoring.texts import Message, message, plain


@dataclass
class Verification:
    valid: bool = True
    reasons: list[str] = field(default_factory=list)
    payload: dict[str, Any] = field(default_factory=dict)
    checks: list[str] = field(default_factory=list)
    said: list[tuple[bool, Message]] = field(default_factory=list)
    """Checks passed (True) and failed, in order, in both languages; reasons/checks hold the English."""

    def fail(self, reason: str | Message) -> None:
        said = reason if isinstance(reason, Message) else plain(reason)
        self.valid = False
        self.reasons.append(said.en)
        self.said.append((False, said))

    def passed(self, check: Message) -> None:
        self.checks.append(check.en)
        self.said.append((True, check))


def read_pdf(path: Path) -> tuple[str, str]:
    """(signed text from the embedded attachment, visible text of the first page)."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    from hria.loading.limits import MAX_PDF_BYTES, check_input_file

    check_input_file(path, MAX_PDF_BYTES)  # not a FIFO, device or folder; not huge
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
        public_key = _registry_key(registry, str(p.get("b", "")), result)
    if public_key is None:
        result.fail(message("verify.no_key"))
        return result
    if p.get("k") != signing.key_id(public_key):
        result.fail(message("verify.other_key", signed_with=str(p.get("k")),
                            given=signing.key_id(public_key)))
    try:
        signing.open_signed(signed, public_key)
        result.passed(message("verify.signature"))
    except signing.SignatureInvalid as exc:
        result.fail(str(exc))
    if visible_text is not None:
        _check_visible(visible_text, p, result)
    try:
        expires: dt.date | None = dt.date.fromisoformat(str(p.get("e")))
    except ValueError:  # a payload whose signature failed can hold anything
        expires = None
        result.fail(message("verify.expired", date=str(p.get("e"))[:40]))
    if expires is not None and today > expires:
        result.fail(message("verify.expired", date=expires.isoformat()))
    elif expires is not None:
        result.passed(message("verify.in_validity", date=expires.isoformat()))
    if registry is not None:
        _check_registry(registry, p, signed, result)
    if public_list is not None:
        _check_public_list(public_list, p, signed, public_key, result)
    return result


def read_public_list(path: Path) -> dict[str, dict[str, Any]]:
    """The list ``hria registry export`` writes (JSON or CSV), by serial."""
    import csv
    import io

    from hria.errors import display_path
    from hria.loading.limits import decode_text, read_input_bytes

    try:
        text = decode_text(read_input_bytes(path), display_path(path))
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
        result.fail(message("verify.not_listed", serial=str(p.get("s"))))
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
        result.fail(message("verify.list_differs"))
    status = str(row.get("status", ""))
    if status in ("revoked", "suspended"):
        result.fail(message("verify.list_withdrawn", status=status, reason=str(row.get("status_reason", ""))))
    else:
        result.passed(message("verify.list_status", status=status))


def _registry_key(registry: Registry, body_id: str, result: Verification) -> Ed25519PublicKey | None:
    from cryptography.hazmat.primitives.serialization import load_pem_public_key

    try:
        key = load_pem_public_key(registry.body(body_id).public_key_pem.encode())
    except (UsageError, ValueError) as exc:
        result.fail(message("verify.body", body=repr(body_id), error=str(exc)))
        return None
    return key if isinstance(key, Ed25519PublicKey) else None


def _unspaced(text: str) -> str:
    """Text without white space: a long name wraps, and extractors space words their own way."""
    return "".join(text.split())


def _check_visible(text: str, p: dict[str, Any], result: Verification) -> None:
    seen = _unspaced(text)
    shown = {"serial": p.get("s"), "organisation (Thai)": p.get("n"),
             "organisation (English)": p.get("ne"), "score": f"{float(p.get('sc', 0)):.2f}",
             "criteria set": p.get("c")}
    mismatched = [label for label, value in shown.items() if _unspaced(str(value)) not in seen]
    if mismatched:
        result.fail(message("verify.visible_differs", fields=", ".join(mismatched)))
    else:
        result.passed(message("verify.visible"))


def _check_registry(registry: Registry, p: dict[str, Any], signed: str, result: Verification) -> None:
    try:
        record = registry.certificate(str(p.get("s")))
    except UsageError:
        result.fail(message("verify.not_registered", serial=str(p.get("s"))))
        return
    if is_compact(p):
        differ = differences(p, payload_of(record, str(p.get("k", ""))))
    else:
        differ = [] if record.signed == signed else ["payload"]
    if differ:
        result.fail(message("verify.registry_differs"))
    status = record.effective_status(dt.date.today())
    if status in ("revoked", "suspended"):
        result.fail(message("verify.registry_withdrawn", status=status, reason=record.status_reason))
    else:
        result.passed(message("verify.registry_status", status=status))
