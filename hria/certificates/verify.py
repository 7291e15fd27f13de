"""Offline verification of a certificate; the verdict names every check it made and its outcome.

Three aspects, kept apart (as sigstore and pyHanko keep theirs):

- authenticity: the payload's Ed25519 signature by a key the trust source gives for
  the body named, the key used within its validity; for a PDF, its PAdES signature:
  intact, covering the whole file, by the body's certificate under the scheme root;
- integrity: for a PDF, the QR code read from the rendered page agrees with the
  embedded payload, and each visible field reads what the payload says;
- status: valid, suspended, revoked, superseded or expired, from named sources.

A check is True (passed), False (failed) or None (not checked). The outcome is
``valid`` only when every check passed and a status source was asked; ``invalid``
when any failed (a revoked certificate is always invalid); else ``unverified``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hria import signing
from hria.certificates.payload import check_shape, differences, is_compact, signed_from_text
from hria.certificates.status import StatusSource
from hria.errors import HriaError
from hria.registry.model import Registry
from hria.registry.reasons import reason_text
from hria.scheme import BodyKey

EXIT_VALID = 0
EXIT_INVALID = 1
EXIT_UNVERIFIED = 3
"""Authentic and intact as far as checked, but something (the status, the signer's root) was not."""


@dataclass(frozen=True)
class Check:
    aspect: str  # authenticity | integrity | status
    name: str
    ok: bool | None
    th: str
    en: str

    def text(self, lang: str) -> str:
        return self.th if lang == "th" else self.en


@dataclass
class Verdict:
    payload: dict[str, Any] = field(default_factory=dict)
    checks: list[Check] = field(default_factory=list)
    status: str = "unknown"
    status_sources: list[str] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)

    def add(self, aspect: str, name: str, ok: bool | None, th: str, en: str) -> None:
        self.checks.append(Check(aspect, name, ok, th, en))

    @property
    def outcome(self) -> str:
        if any(c.ok is False for c in self.checks):
            return "invalid"
        if self.status == "valid" and all(c.ok for c in self.checks):
            return "valid"
        return "unverified"

    @property
    def exit_code(self) -> int:
        return {"valid": EXIT_VALID, "invalid": EXIT_INVALID}.get(self.outcome, EXIT_UNVERIFIED)

    def as_json(self, lang: str) -> dict[str, Any]:
        return {"outcome": self.outcome, "exit_code": self.exit_code, "status": self.status,
                "status_sources": self.status_sources,
                "checks": [{"aspect": c.aspect, "name": c.name,
                            "result": {True: "passed", False: "failed", None: "not checked"}[c.ok],
                            "detail": c.text(lang)} for c in self.checks],
                "warnings": [w[0] if lang == "th" else w[1] for w in self.warnings],
                "payload": self.payload}


@dataclass(frozen=True)
class Trust:
    """Who may sign: payload keys by body (scheme file, registry, --pubkey), and the scheme root."""

    keys: list[BodyKey]
    root_pem: bytes | None = None
    root_fingerprint: str = ""
    verification_url: str | None = None
    """The scheme's verification page; a QR code leading anywhere else is not the scheme's."""

    def key_for(self, body_id: str, key_id: str) -> BodyKey | None:
        return next(iter(self.keys_for(body_id, key_id)), None)

    def keys_for(self, body_id: str, key_id: str) -> list[BodyKey]:
        """Every source's word on one key (the scheme file's and the registry's may differ in dates)."""
        return [k for k in self.keys if k.key_id == key_id and (k.body_id is None or k.body_id == body_id)]

    def names(self, body_id: str) -> tuple[str, str] | None:
        return next((k.names for k in self.keys if k.body_id == body_id and k.names), None)


def registry_keys(registry: Registry, body_id: str) -> list[BodyKey]:
    """The body's payload keys as the registry holds them, each with the days it could sign: from
    its start to the day its successor started (`hria registry rotate-key`), and none from the day
    it was reported compromised (`hria registry compromise-key`)."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
    from cryptography.hazmat.primitives.serialization import load_pem_public_key

    try:
        body = registry.body(body_id)
        held = registry.keys(body_id)
    except HriaError:
        return []
    keys = []
    for k in held:
        try:
            public = load_pem_public_key(k.public_key_pem.encode())
        except ValueError:
            continue
        if isinstance(public, Ed25519PublicKey):
            keys.append(BodyKey(body.id, public, k.valid_from, k.valid_to, names=(body.name_th, body.name_en),
                                source="registry", compromised_from=k.compromised_from))
    return keys


@dataclass(frozen=True)
class PdfEvidence:
    """What a certificate PDF offers besides its embedded payload."""

    path: Path
    data: bytes
    qr_texts: list[str]
    words: list[Any]  # visible.Word


def _source_th(source: str) -> str:
    """Where a key came from, said in Thai: the registry by name; a file as named."""
    return "ทะเบียน" if source == "registry" else source


def verify(signed: str, trust: Trust, sources: Sequence[StatusSource], *,
           pdf: PdfEvidence | None = None, level_names: tuple[str, str] | None = None,
           today: dt.date | None = None, scanned_url: str | None = None) -> Verdict:
    """Check a signed payload (and the PDF it came from, or the URL it was scanned in); raises
    UsageError for unreadable input."""
    today = today or dt.date.today()
    verdict = Verdict(payload=check_shape(signing.read_unverified(signed)))
    if scanned_url is not None:
        _qr_destination(verdict, scanned_url, trust)
    p = verdict.payload
    body_id, key_id = str(p["b"]), str(p["k"])
    key = _authenticity(verdict, signed, trust, body_id, key_id)
    if pdf is not None:
        _document_signature(verdict, pdf, trust, body_id, dt.date.fromisoformat(p["i"]))
        _printed_qr(verdict, pdf, trust, key)
        _visible_fields(verdict, pdf, trust.names(body_id), level_names)
    _status(verdict, signed, sources, key, today)
    return verdict


def _authenticity(v: Verdict, signed: str, trust: Trust, body_id: str, key_id: str) -> BodyKey | None:
    key = trust.key_for(body_id, key_id)
    if key is None:
        v.add("authenticity", "payload_key", False,
              f"ไม่รู้จักกุญแจ {key_id} ของหน่วยรับรอง {body_id} (ไฟล์แผนการรับรอง ทะเบียน หรือ --pubkey)",
              f"key {key_id} is not a known key of body {body_id} (scheme file, registry or --pubkey)")
        return None
    try:
        signing.open_signed(signed, key.key)
        v.add("authenticity", "payload_signature", True,
              f"ลายมือชื่อของข้อมูลตรงกับกุญแจ {key_id} ของ {body_id} ({_source_th(key.source)})",
              f"payload signature matches key {key_id} of {body_id} ({key.source})")
    except signing.SignatureInvalid:
        v.add("authenticity", "payload_signature", False,
              "ลายมือชื่อของข้อมูลไม่ตรง: ถูกแก้ไข หรือลงนามด้วยกุญแจอื่น",
              "payload signature does not match: altered, or signed by another key")
        return None
    issued = dt.date.fromisoformat(v.payload["i"])
    for k in trust.keys_for(body_id, key_id):
        _key_history(v, k, issued)
    return key


def _key_history(v: Verdict, key: BodyKey, issued: dt.date) -> None:
    """Was the key allowed to sign on the issue date, as this source (scheme file, registry) says?"""
    if key.valid_from is not None:
        inside = key.valid_from <= issued and (key.valid_until is None or issued <= key.valid_until)
        until = key.valid_until.isoformat() if key.valid_until else "…"
        span = f"{key.valid_from.isoformat()} – {until}"
        v.add("authenticity", "key_validity", inside,
              f"ออกเมื่อ {issued.isoformat()} {'ภายใน' if inside else 'นอก'}ช่วงใช้งานของกุญแจ ({span}; "
              f"{_source_th(key.source)})",
              f"issued on {issued.isoformat()}, {'within' if inside else 'outside'} the key's validity "
              f"({span}; {key.source})")
    if key.compromised_from is not None:
        before = issued < key.compromised_from
        since = key.compromised_from.isoformat()
        v.add("authenticity", "key_compromise", before,
              f"กุญแจ {key.key_id} ถูกแจ้งว่ารั่วไหลตั้งแต่ {since}; ใบรับรองออกเมื่อ {issued.isoformat()} "
              f"{'ก่อนหน้านั้น' if before else 'หลังจากนั้น จึงเชื่อถือไม่ได้'} ({_source_th(key.source)})",
              f"key {key.key_id} was reported compromised from {since}; the certificate was issued on "
              f"{issued.isoformat()}, {'before that' if before else 'after that, so it cannot be trusted'} "
              f"({key.source})")


def _document_signature(v: Verdict, pdf: PdfEvidence, trust: Trust, body_id: str, issued: dt.date) -> None:
    from hria.certificates import pades

    try:
        pades.inspect(pdf.data)
    except pades.DocumentSignatureError as exc:
        v.add("authenticity", "document_signature", False, _th_document(exc.in_("th")), str(exc))
        return
    if trust.root_pem is None:
        v.add("authenticity", "document_signature", None,
              "ไฟล์ PDF ลงนามทั้งไฟล์ แต่ไม่ได้ตรวจผู้ลงนามกับรากของแผนการรับรอง (ให้ --scheme)",
              "the PDF is signed over the whole file, but the signer was not checked against the "
              "scheme root (give --scheme)")
        return
    at = dt.datetime.combine(issued, dt.time(12), dt.UTC)
    try:
        found = pades.validate(pdf.data, trust.root_pem, at)
    except pades.DocumentSignatureError as exc:
        v.add("authenticity", "document_signature", False, _th_document(exc.in_("th")), str(exc))
        return
    if not (found.intact and found.valid):
        v.add("authenticity", "document_signature", False, "ไฟล์ PDF ถูกแก้ไขหลังลงนาม",
              "the PDF was changed after it was signed (its signature does not match)")
    elif not found.whole_file:
        v.add("authenticity", "document_signature", False, "ลายมือชื่อไม่ครอบคลุมทั้งไฟล์",
              "the PDF signature does not cover the whole file")
    else:
        v.add("authenticity", "document_signature", True,
              "ไฟล์ PDF ลงนามทั้งไฟล์ (PAdES) และไม่ถูกแก้ไขหลังลงนาม",
              "the PDF is signed over the whole file (PAdES) and unchanged since")
    if not found.trusted:
        v.add("authenticity", "document_signer", False,
              f"ใบรับรองของผู้ลงนาม ({found.signer}) ไม่ได้ออกโดยราก {trust.root_fingerprint[:16]}… "
              "หรือไม่มีผลในวันที่ออก",
              f"the signer's certificate ({found.signer}) is not issued by root "
              f"{trust.root_fingerprint[:16]}… or not valid on the issue date")
    elif found.signer != body_id:
        v.add("authenticity", "document_signer", False,
              f"ลงนามโดย {found.signer} ไม่ใช่หน่วยรับรอง {body_id}",
              f"signed by {found.signer}, not by body {body_id}")
    else:
        v.add("authenticity", "document_signer", True,
              f"ผู้ลงนาม {body_id} ได้รับใบรับรองจากราก {trust.root_fingerprint[:16]}…",
              f"signed by {body_id} under root {trust.root_fingerprint[:16]}…")


def _th_document(th: str) -> str:
    return f"ลายมือชื่อของไฟล์ PDF ใช้ไม่ได้ ({th})"


def _qr_destination(v: Verdict, url: str, trust: Trust) -> None:
    if trust.verification_url is None:
        return
    ours = url == trust.verification_url
    v.add("integrity", "qr_destination", ours,
          f"คิวอาร์โค้ด{'นำไปยัง' if ours else 'ไม่ได้นำไปยัง'}หน้าตรวจสอบของแผนการรับรอง ({url})",
          f"the QR code {'leads' if ours else 'does not lead'} to the scheme's verification page ({url})")


def _printed_qr(v: Verdict, pdf: PdfEvidence, trust: Trust, key: BodyKey | None) -> None:
    if len(pdf.qr_texts) != 1:
        v.add("integrity", "printed_qr", False,
              f"อ่านคิวอาร์โค้ดจากหน้าได้ {len(pdf.qr_texts)} รหัส ไม่ใช่ 1",
              f"{len(pdf.qr_texts)} QR codes read from the rendered page, not one")
        return
    try:
        printed, url = signed_from_text(pdf.qr_texts[0])
        if url is not None:
            _qr_destination(v, url, trust)
        compact = check_shape(signing.read_unverified(printed))
        if key is not None:
            signing.open_signed(printed, key.key)
    except HriaError as exc:  # SignatureInvalid, or not a payload at all
        v.add("integrity", "printed_qr", False, "คิวอาร์โค้ดที่พิมพ์ไม่ใช่ข้อมูลที่ลงนามถูกต้อง",
              f"the printed QR code is not a correctly signed payload ({exc})")
        return
    differ = differences(compact, v.payload) if is_compact(compact) else ["t"]
    if differ:
        v.add("integrity", "printed_qr", False,
              f"คิวอาร์โค้ดที่พิมพ์ไม่ตรงกับข้อมูลที่ฝังในไฟล์: {', '.join(differ)}",
              f"the printed QR code disagrees with the embedded payload: {', '.join(differ)}")
    else:
        v.add("integrity", "printed_qr", True, "คิวอาร์โค้ดที่พิมพ์ตรงกับข้อมูลที่ฝังในไฟล์",
              "the printed QR code agrees with the embedded payload")


def _visible_fields(v: Verdict, pdf: PdfEvidence, body_names: tuple[str, str] | None,
                    level_names: tuple[str, str] | None) -> None:
    from hria.certificates import visible

    for f in visible.check_fields(pdf.words, visible.Expected(v.payload, body_names, level_names)):
        th_field = visible.FIELD_NAMES_TH.get(f.field, f.field)
        note_th, note_en = (f" ({f.note[0]})", f" ({f.note[1]})") if f.note else ("", "")
        if f.ok is False:
            v.add("integrity", f"visible:{f.field}", False,
                  f"{th_field}ที่แสดงไม่ตรงกับข้อมูลที่ลงนาม: แสดง “{f.shown}” ควรเป็น “{f.expected}”{note_th}",
                  f"visible {f.field} does not match the signed payload: shows “{f.shown}”, "
                  f"signed “{f.expected}”{note_en}")
        else:
            v.add("integrity", f"visible:{f.field}", f.ok,
                  f"{th_field}ที่แสดงตรงกับข้อมูลที่ลงนาม{note_th}" if f.ok else f"ไม่ได้ตรวจ{th_field}{note_th}",
                  f"visible {f.field} matches the signed payload{note_en}" if f.ok
                  else f"visible {f.field} not checked{note_en}")


def _status(v: Verdict, signed: str, sources: Sequence[StatusSource], key: BodyKey | None,
            today: dt.date) -> None:
    p = v.payload
    expires = dt.date.fromisoformat(p["e"])
    if today > expires:
        v.status = "expired"
        v.add("status", "expiry", False, f"หมดอายุเมื่อ {expires.isoformat()}",
              f"expired on {expires.isoformat()}")
    else:
        v.add("status", "expiry", True, f"ยังไม่หมดอายุ (หมดอายุ {expires.isoformat()})",
              f"not expired (expires {expires.isoformat()})")
    if not sources:
        v.add("status", "status_source", None,
              "ไม่ได้ตรวจสถานะ (เพิกถอน ระงับ แทนที่): ไม่มีทะเบียนหรือรายการสาธารณะ ให้ --registry หรือ --list",
              "status (revoked, suspended, superseded) not checked: no registry or public list; "
              "give --registry or --list")
    for source in sources:
        _one_source(v, signed, source, key)


def _one_source(v: Verdict, signed: str, source: StatusSource, key: BodyKey | None) -> None:
    p = v.payload
    serial = str(p["s"])
    v.status_sources.append(source.name_en)
    name = f"status:{source.name_en}"
    problem = source.problem(serial)
    if problem is not None:
        v.add("status", name, False, problem.th, problem.en)
        return
    if source.warning is not None:
        v.warnings.append(source.warning)
    listing = source.lookup(serial)
    if listing is None:
        v.add("status", name, False, f"ไม่พบเลขที่ {serial} ใน{source.name_th}",
              f"serial {serial} is not in the {source.name_en}")
        return
    if is_compact(p):
        try:
            held = (signing.read_unverified(listing.signed) if key is None
                    else signing.open_signed(listing.signed, key.key))
            same = not differences(p, held)
        except signing.SignatureInvalid:
            same = False
    else:
        same = listing.signed == signed
    if not same:
        v.add("status", name, False, f"{source.name_th} เก็บใบรับรองอื่นไว้ภายใต้เลขที่นี้",
              f"the {source.name_en} holds a different certificate under this serial")
        return
    if v.status != "expired" or listing.status not in ("valid", "expired"):
        v.status = listing.status
    if listing.status == "valid":
        ok: bool | None = None if source.warning is not None else True
        v.add("status", name, ok, f"สถานะ: มีผล ({source.name_th})", f"status: valid ({source.name_en})")
    else:
        said = listing.reason if listing.reason.startswith(listing.status) else (
            f"{listing.status}: {listing.reason}" if listing.reason else listing.status)  # "superseded by X"
        th = STATUS_TH.get(listing.status, listing.status)
        reason_th = reason_text(listing.reason, "th")  # a reason the registry wrote, in Thai; typed: as typed
        said_th = reason_th if listing.reason.startswith(listing.status) else (
            f"{th}: {reason_th}" if listing.reason else th)
        v.add("status", name, False, f"สถานะ: {said_th} ({source.name_th})",
              f"status: {said} ({source.name_en})")


STATUS_TH = {"valid": "มีผล", "suspended": "ถูกระงับ", "revoked": "ถูกเพิกถอน", "superseded": "ถูกแทนที่",
             "expired": "หมดอายุ", "unknown": "ไม่ทราบ"}
