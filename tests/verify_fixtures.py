"""A whole scheme for verification tests: root, bodies with keys and PDF certificates, scheme file,
registry, and certificates issued and rendered the way `hria certify` does."""

from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import dataclass, replace
from pathlib import Path

import pytest

from hria import pki, scheme, signing
from hria.certificates.document import CertificateInput, render
from hria.certificates.issuing import qr_text
from hria.certificates.payload import payload_of
from hria.criteria_sets import load_set_file
from hria.registry import Auditor, Body, CertificateRecord, RuleBroken, today
from hria.registry.sqlite import SQLiteRegistry
from tests.conftest import DATA

TODAY = today()  # the registry's calendar day (Asia/Bangkok)
VERIFY_URL = "https://verify.example.org/hria/certificate"


@dataclass
class Scheme:
    root: Path
    keys: Path
    scheme_file: Path
    registry_file: Path
    registry: SQLiteRegistry

    def key(self, body: str = "CB01") -> Path:
        return self.keys / f"{body}.key"

    def pub(self, body: str = "CB01") -> Path:
        return self.keys / f"{body}.pub"

    def credentials(self, body: str = "CB01") -> pki.Credentials:
        key, cert, root = pki.document_paths(self.key(body))
        return pki.load_credentials(key, [cert, root])


def make_scheme(tmp: Path, key_valid: tuple[dt.date, dt.date] | None = None,
                cert_valid: tuple[dt.date, dt.date] | None = None) -> Scheme:
    """CB01 and CB02 accredited; CB01's payload key and PDF certificate valid as given (default:
    a year back to three years ahead)."""
    root_dir, keys = tmp / "root", tmp / "keys"
    pki.init_root(root_dir / "root.key", root_dir / "root.crt", "Test scheme root")
    root = pki.load_credentials(root_dir / "root.key", [root_dir / "root.crt"])
    default = (TODAY - dt.timedelta(days=365), TODAY + dt.timedelta(days=3 * 365))
    registry = SQLiteRegistry(tmp / "reg.sqlite3")
    entries = []
    for body, name_th, name_en in (("CB01", "สถาบันรับรองตัวอย่าง", "Example Certification Body"),
                                   ("CB02", "สถาบันรับรองอื่น", "Other Certification Body")):
        signing.generate_keys(keys / f"{body}.key", keys / f"{body}.pub")
        public = signing.load_public_key(keys / f"{body}.pub")
        key_path, cert_path, root_copy = pki.document_paths(keys / f"{body}.key")
        start, end = (cert_valid or default) if body == "CB01" else default
        pki.issue_body(root, body, name_en, key_path, cert_path, start, end)
        root_copy.write_bytes((root_dir / "root.crt").read_bytes())
        key_start, key_end = (key_valid or default) if body == "CB01" else default
        entries.append(scheme.body_entry(body, name_th, name_en, [(public, key_start, key_end)]))
        registry.add_body(Body(body, name_th, name_en, signing.public_pem(public).decode(),
                               signing.key_id(public)), "NHRC", key_valid_from=key_start)
        registry.add_auditor(Auditor(f"AUD-{body}", "สมศรี ใจดี", body, ("government_agency",)), body)
        registry.add_auditor(Auditor(f"DEC-{body}", "ผู้ตัดสิน", body, ("government_agency",)), body)
    scheme_file = scheme.beside(keys / "CB01.key")
    scheme.sign(scheme.content(VERIFY_URL, entries, "Test scheme owner", 7), root, scheme_file)
    return Scheme(root_dir, keys, scheme_file, tmp / "reg.sqlite3", registry)


def mini_world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Scheme:
    """A scheme over the small test criteria set (on HRIA_CRITERIA_PATH), plain output."""
    criteria = tmp_path / "criteria" / "mini"
    criteria.mkdir(parents=True)
    shutil.copy(DATA / "mini.yaml", criteria / "2026.1.yaml")
    monkeypatch.setenv("HRIA_CRITERIA_PATH", str(tmp_path / "criteria"))
    monkeypatch.setenv("NO_COLOR", "1")
    return make_scheme(tmp_path)


def draft(issued: dt.date = TODAY, body: str = "CB01", **changes: object) -> CertificateRecord:
    record = CertificateRecord(
        serial="", body_id=body, auditor_id=f"AUD-{body}", organisation_id="0994000123456",
        organisation_name_th="เทศบาลนครตัวอย่าง", organisation_name_en="Example City Municipality",
        assessment_hash="sha256:0123", set_ref="mini@2026.1", level="good", score=78.25,
        issued_on=issued, expires_on=issued + dt.timedelta(days=3 * 365), status="valid",
        status_reason="", signed="", decided_by=f"DEC-{body}", organisation_type="government_agency",
        assessed_on=issued, set_effective_on=min(issued, dt.date(2026, 1, 1)), backdate_reason="a test",
    )
    if "assessment_hash" in changes and "organisation_id" not in changes:
        # another assessment is another organisation: one current certificate per organisation
        digits = str(int.from_bytes(str(changes["assessment_hash"]).encode(), "big") % 10**13)
        record = replace(record, organisation_id=digits.zfill(13))
    return replace(record, **changes)  # type: ignore[arg-type]


def issue(world: Scheme, record: CertificateRecord, signer: str | None = None) -> CertificateRecord:
    """Register and sign ``record`` with its body's key (or ``signer``'s). A certificate the registry
    refuses (another body's key, a key outside its validity, a date out of bounds) is made outside
    it, as a forger would: signed, with a serial the registry does not hold."""
    key = signing.load_private_key(world.key(signer or record.body_id))
    kid = signing.key_id(key.public_key())
    record = replace(record, key_id=kid)
    try:
        issued, _ = world.registry.issue(record, lambda r: signing.sign(payload_of(r, kid), key))
    except RuleBroken as exc:
        if "already holds certificate" in exc.en:
            raise
        issued = replace(record, serial=f"{record.body_id}-{record.issued_on.year + 543}-999999")
        issued = replace(issued, signed=signing.sign(payload_of(issued, kid), key))
    return issued


def render_pdf(world: Scheme, path: Path, record: CertificateRecord, *,
               shown: CertificateRecord | None = None, qr_of: CertificateRecord | None = None,
               signed_by: str | None = "CB01") -> Path:
    """The certificate PDF as `hria certify` writes it; ``shown``/``qr_of`` put another record's
    fields or QR code on the page, ``signed_by`` None leaves the PDF unsigned."""
    key = signing.load_private_key(world.key(record.body_id))
    page = replace(shown, serial=record.serial, signed=record.signed) if shown else record
    item = CertificateInput(page, world.registry.body(record.body_id),
                            world.registry.auditor(record.auditor_id),
                            load_set_file(DATA / "mini.yaml").model,
                            qr_text(qr_of or record, key, VERIFY_URL),
                            world.credentials(signed_by) if signed_by else None)
    path.write_bytes(render([item])[0])
    return path
