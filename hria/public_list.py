"""Signed, dated public lists of certificates: `hria registry export` writes them, `verify --list` reads.

The list says when it was issued and the head of the registry's event log at that
moment (so two lists can be told apart and a rewritten history shows), and is signed
with a body's Ed25519 key. JSON holds the header, the rows and the signature in one
object; a CSV list gets its signature beside it (``LIST.csv.sig``), over the CSV's hash.
A verifier rejects a list whose signature does not match and warns when the list is
older than the scheme's freshness window.
"""

from __future__ import annotations

import base64
import csv
import datetime as dt
import hashlib
import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from hria import signing
from hria.error_texts import failure_th
from hria.errors import UsageError
from hria.registry.model import Registry
from hria.scheme import BodyKey
from hria.writing import spreadsheet_row, spreadsheet_unrow, write_text_atomic

FORMAT = "hria-public-list/1"
MAX_BYTES = 200_000_000


def _header(rows_or_hash: dict[str, Any], signer: Ed25519PrivateKey, body_id: str | None,
            log_head: str, log_length: int, issued_at: dt.datetime) -> dict[str, Any]:
    return {"format": FORMAT, "issued_at": issued_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "log_head": log_head, "log_length": log_length, "body": body_id,
            "key_id": signing.key_id(signer.public_key()), **rows_or_hash}


def _signature(content: dict[str, Any], key: Ed25519PrivateKey) -> str:
    return base64.urlsafe_b64encode(key.sign(signing.canonical(content))).decode()


def write(path: Path, rows: list[dict[str, Any]], fmt: str, key: Ed25519PrivateKey, body_id: str | None,
          log_head: str, log_length: int, issued_at: dt.datetime | None = None) -> None:
    """Write the list signed (JSON: one object; CSV: the rows, and the signature in ``path``.sig)."""
    when = issued_at or dt.datetime.now(dt.UTC)
    if fmt == "json":
        content = _header({"certificates": rows}, key, body_id, log_head, log_length, when)
        doc = {"list": content, "signature": _signature(content, key)}
        write_text_atomic(path, json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
        return
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(rows[0]) if rows else ["serial"])
    writer.writeheader()
    writer.writerows(spreadsheet_row(r) for r in rows)  # docs/data-dictionary.md
    text = buffer.getvalue()
    content = _header({"csv_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest()}, key, body_id,
                      log_head, log_length, when)
    write_text_atomic(path, text)
    write_text_atomic(sidecar(path), json.dumps({"list": content, "signature": _signature(content, key)},
                                                indent=2) + "\n")


def sidecar(path: Path) -> Path:
    return path.with_name(path.name + ".sig")


@dataclass(frozen=True)
class Entry:
    status: str
    reason: str
    signed: str
    body_id: str


@dataclass(frozen=True)
class PublicList:
    """A list as read: its rows by serial, and what its signature and date say."""

    path: Path
    entries: dict[str, Entry]
    issued_at: dt.datetime | None
    log_head: str
    signer_key_id: str
    signer_body: str | None
    signature: str
    content: bytes  # what the signature covers (canonical JSON)

    def verify(self, keys: list[BodyKey]) -> BodyKey | None:
        """The trusted key that signed this list, or None (unsigned, edited, or an unknown key)."""
        raw = _unb64(self.signature)
        for k in keys:
            if k.key_id != self.signer_key_id:
                continue
            if k.body_id is not None and self.signer_body is not None and k.body_id != self.signer_body:
                continue
            try:
                k.key.verify(raw, self.content)
                return k
            except InvalidSignature:
                return None
        return None

    def age_days(self, now: dt.datetime) -> float | None:
        return None if self.issued_at is None else (now - self.issued_at).total_seconds() / 86400


def _unb64(text: str) -> bytes:
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except ValueError:
        return b""


_WHAT_TH = {"rows with a serial": "ต้องมีแถวที่มีเลขที่ใบรับรอง", "not a regular file": "ไม่ใช่ไฟล์ปกติ",
            "too large": "ใหญ่เกินไป", "not UTF-8": "ไม่ใช่ข้อความ UTF-8"}


def _problem(path: Path, what: str) -> UsageError:
    return UsageError(code="public_list.bad", path=path, what=what,
                      what_th=_WHAT_TH.get(what) or failure_th(what))


def read(path: Path) -> PublicList:
    """Read a list (JSON or CSV with its .sig); the signature is checked by ``PublicList.verify``."""
    try:
        text = _read_text(path)
        if path.suffix.lower() == ".csv":
            rows = [spreadsheet_unrow(r) for r in csv.DictReader(io.StringIO(text))]
            envelope = json.loads(_read_text(sidecar(path))) if sidecar(path).exists() else {}
            content = envelope.get("list", {}) if isinstance(envelope, dict) else {}
            if content and content.get("csv_sha256") != hashlib.sha256(text.encode("utf-8")).hexdigest():
                content = {**content, "csv_sha256": "the CSV's own hash differs"}
        else:
            envelope = json.loads(text)
            if isinstance(envelope, list):  # an unsigned list, as earlier versions wrote
                rows, content = envelope, {}
            else:
                content = envelope["list"]
                rows = content["certificates"]
        if not isinstance(rows, list) or not all(isinstance(r, dict) and "serial" in r for r in rows):
            raise _problem(path, "rows with a serial")
        signature = str(envelope.get("signature", "")) if isinstance(envelope, dict) else ""
        issued = content.get("issued_at")
        when = dt.datetime.strptime(issued, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.UTC) if issued else None
    except UsageError:
        raise
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError, csv.Error) as exc:
        raise _problem(path, type(exc).__name__) from None
    entries = {str(r["serial"]): Entry(str(r.get("status", "")), str(r.get("status_reason", "")),
                                       str(r.get("signed", "")), str(r.get("body", ""))) for r in rows}
    body = content.get("body")
    return PublicList(path, entries, when, str(content.get("log_head", "")), str(content.get("key_id", "")),
                      None if body is None else str(body), signature,
                      signing.canonical(content) if content else b"")


def _read_text(path: Path) -> str:
    if not path.is_file():
        raise _problem(path, "not a regular file")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise UsageError(code="public_list.unreadable", path=path, reason=exc.strerror,
                         reason_th=failure_th(exc)) from None
    if len(raw) > MAX_BYTES:
        raise _problem(path, "too large")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _problem(path, "not UTF-8") from None


def write_signed(path: Path, rows: list[dict[str, Any]], fmt: str, registry: Registry, key_path: Path,
                 body_id: str | None) -> None:
    """What `hria registry export` calls: sign the rows with the key at ``key_path``, dated now,
    with the head of the registry's event log."""
    import os

    passphrase = os.environ.get("HRIA_KEY_PASSPHRASE")
    key = signing.load_private_key(key_path, passphrase.encode() if passphrase else None)
    events = registry.events()
    head = events[-1].hash if events else ""
    write(path, rows, fmt, key, body_id, head, len(events))
