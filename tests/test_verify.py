"""Tamper tests: each forged, revoked or expired certificate fails verification with the right reason."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

from hria import signing
from hria.certificates.document import CertificateInput, render
from hria.certificates.issuing import qr_text
from hria.certificates.payload import QR_KEYS, payload_of, qr_payload_of
from hria.cli.app import app
from hria.criteria_sets import load_set_file
from hria.registry import Auditor, Body, CertificateRecord, RuleBroken, today
from hria.registry.sqlite import SQLiteRegistry
from tests.conftest import DATA

runner = CliRunner()
TODAY = today()
_kid = ""


@pytest.fixture
def keys(tmp_path: Path) -> tuple[Path, Path]:
    private, public = tmp_path / "CB01.key", tmp_path / "CB01.pub"
    signing.generate_keys(private, public)
    return private, public


@pytest.fixture
def registry(tmp_path: Path, keys: tuple[Path, Path]) -> SQLiteRegistry:
    key = signing.load_public_key(keys[1])
    reg = SQLiteRegistry(tmp_path / "reg.sqlite3")
    reg.add_body(Body("CB01", "สถาบันรับรองตัวอย่าง", "Example Certification Body",
                      signing.public_pem(key).decode(), signing.key_id(key)), "NHRC")
    reg.add_auditor(Auditor("AUD-1", "สมศรี ใจดี", "CB01", ("government_agency",)), "CB01")
    reg.add_auditor(Auditor("DEC-1", "Decision-maker", "CB01", ("government_agency",)), "CB01")
    return reg


def _draft(issued: dt.date = TODAY) -> CertificateRecord:
    return CertificateRecord(
        serial="", body_id="CB01", auditor_id="AUD-1", organisation_id="0994000123456",
        organisation_name_th="เทศบาลนครตัวอย่าง", organisation_name_en="Example City Municipality",
        assessment_hash="sha256:0123", set_ref="mini@2026.1", level="good", score=78.25,
        issued_on=issued, expires_on=issued + dt.timedelta(days=3 * 365), status="valid",
        status_reason="", signed="", decided_by="DEC-1", assessed_on=issued,
        set_effective_on=dt.date(2026, 1, 1), backdate_reason="a test", key_id=_kid,
    )


def _issue(registry: SQLiteRegistry, private: Path, draft: CertificateRecord,
           visible: CertificateRecord | None = None) -> CertificateRecord:
    """Issue ``draft``; ``visible`` is what the PDF will show instead (a forgery)."""
    key = signing.load_private_key(private)
    kid = signing.key_id(key.public_key())
    draft = replace(draft, key_id=kid)
    try:
        record, _ = registry.issue(draft, lambda r: signing.sign(payload_of(r, kid), key))
    except RuleBroken:  # a key or a date the registry refuses: a certificate made outside it
        record = replace(draft, serial="CB01-2565-000001")
        record = replace(record, signed=signing.sign(payload_of(record, kid), key))
    if visible is not None:
        return replace(visible, serial=record.serial, signed=record.signed)
    return record


def _pdf(tmp_path: Path, registry: SQLiteRegistry, record: CertificateRecord, private: Path) -> Path:
    item = CertificateInput(record, registry.body("CB01"), registry.auditor("AUD-1"),
                            load_set_file(DATA / "mini.yaml").model,
                            qr_text(record, signing.load_private_key(private)))
    path = tmp_path / f"{record.serial}.pdf"
    path.write_bytes(render([item])[0])
    return path


def _verify(*args: str):
    return runner.invoke(app, ["verify", *args])


def test_genuine_certificate_verifies_offline(tmp_path, registry, keys) -> None:
    pdf = _pdf(tmp_path, registry, _issue(registry, keys[0], _draft()), keys[0])
    result = _verify(str(pdf), "--pubkey", str(keys[1]))
    assert result.exit_code == 0, result.output
    assert "✓ signature matches the body's key" in result.stdout
    assert "✓ visible text matches the signed payload" in result.stdout
    assert "VALID" in result.stdout


def test_one_byte_changed_in_payload_fails(tmp_path, registry, keys) -> None:
    import base64

    record = _issue(registry, keys[0], _draft())
    prefix, body, sig = record.signed.split(".")
    raw = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
    assert raw.count(b'"sc":78.25') == 1
    forged = raw.replace(b'"sc":78.25', b'"sc":98.25')  # one byte: 7 -> 9
    forged_body = base64.urlsafe_b64encode(forged).rstrip(b"=").decode()
    pdf = _pdf(tmp_path, registry, replace(record, signed=f"{prefix}.{forged_body}.{sig}"), keys[0])
    result = _verify(str(pdf), "--pubkey", str(keys[1]))
    assert result.exit_code == 1
    assert "signature does not match" in result.stdout


def test_changed_visible_name_fails(tmp_path, registry, keys) -> None:
    draft = _draft()
    forged = replace(draft, organisation_name_en="Another Company Ltd.")
    pdf = _pdf(tmp_path, registry, _issue(registry, keys[0], draft, visible=forged), keys[0])
    result = _verify(str(pdf), "--pubkey", str(keys[1]))
    assert result.exit_code == 1
    assert "visible certificate does not match its signed payload: organisation (English)" in result.stdout


def test_certificate_signed_by_another_key_fails(tmp_path, registry, keys) -> None:
    other_private, other_public = tmp_path / "X.key", tmp_path / "X.pub"
    signing.generate_keys(other_private, other_public)
    pdf = _pdf(tmp_path, registry, _issue(registry, other_private, _draft()), other_private)
    result = _verify(str(pdf), "--pubkey", str(keys[1]))
    assert result.exit_code == 1
    assert "not with the given key" in result.stdout and "signature does not match" in result.stdout


def test_revoked_certificate_fails_with_its_reason(tmp_path, registry, keys) -> None:
    record = _issue(registry, keys[0], _draft())
    registry.set_status(record.serial, "revoked", "evidence was forged", "CB01")
    result = _verify(record.serial, "--registry", str(tmp_path / "reg.sqlite3"))
    assert result.exit_code == 1
    assert "revoked in the registry: evidence was forged" in result.stdout


def test_expired_certificate_fails(tmp_path, registry, keys) -> None:
    record = _issue(registry, keys[0], _draft(issued=TODAY - dt.timedelta(days=4 * 365)))
    result = _verify(record.signed, "--pubkey", str(keys[1]))
    assert result.exit_code == 1
    assert f"expired on {record.expires_on.isoformat()}" in result.stdout


def _decode_qr(pdf: Path, dpi: str, tmp_path: Path) -> str:
    subprocess.run(["pdftoppm", "-r", dpi, "-png", "-singlefile", str(pdf), str(tmp_path / "page")],
                   check=True)
    return subprocess.run(["zbarimg", "-q", "--raw", str(tmp_path / "page.png")], capture_output=True,
                          text=True, check=True).stdout.strip()


def test_qr_code_decoded_from_the_page_image_verifies(tmp_path, registry, keys) -> None:
    record = _issue(registry, keys[0], _draft())
    pdf = _pdf(tmp_path, registry, record, keys[0])
    expected = qr_text(record, signing.load_private_key(keys[0]))
    for dpi in ("100", "150", "300"):  # a phone photo, a screen, a print scan
        assert _decode_qr(pdf, dpi, tmp_path) == expected, dpi
    decoded = _decode_qr(pdf, "150", tmp_path)
    assert set(signing.read_unverified(decoded)) == {"t", *QR_KEYS}  # compact: no names, auditor, hash
    result = _verify(decoded, "--pubkey", str(keys[1]))
    assert result.exit_code == 0, result.output
    assert "organisation 0994000123456 · mini@2026.1 · level good · score 78.25" in result.stdout
    result = _verify(decoded, "--registry", str(tmp_path / "reg.sqlite3"))
    assert result.exit_code == 0, result.output
    assert "✓ registry status: valid" in result.stdout


def test_qr_code_of_a_revoked_certificate_fails_against_the_registry(tmp_path, registry, keys) -> None:
    record = _issue(registry, keys[0], _draft())
    text = qr_text(record, signing.load_private_key(keys[0]))
    registry.set_status(record.serial, "revoked", "evidence was forged", "CB01")
    result = _verify(text, "--registry", str(tmp_path / "reg.sqlite3"))
    assert result.exit_code == 1
    assert "revoked in the registry: evidence was forged" in result.stdout


def test_qr_code_that_disagrees_with_the_registry_fails(tmp_path, registry, keys) -> None:
    # Signed with the body's own key (a stolen key, or a bug), but not what was registered.
    record = _issue(registry, keys[0], _draft())
    key = signing.load_private_key(keys[0])
    claimed = qr_payload_of(replace(record, level="excellent", score=95.0), signing.key_id(key.public_key()))
    result = _verify(signing.sign(claimed, key), "--registry", str(tmp_path / "reg.sqlite3"))
    assert result.exit_code == 1
    assert "the registry holds a different certificate under this serial" in result.stdout
    assert "✓ signature matches the body's key" in result.stdout


def test_not_a_certificate_is_a_clear_error(tmp_path) -> None:
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"%PDF-1.4 truncated")
    result = _verify(str(junk))
    assert result.exit_code == 2
    assert "not a readable PDF" in result.stderr or "no embedded hria certificate" in result.stderr
    assert "Traceback" not in result.output


def test_company_name_with_sara_am_verifies(tmp_path, registry, keys) -> None:
    # "จำกัด" comes back from the PDF as "จากัด" (SARA AM is two glyphs); verification must not trip.
    draft = replace(_draft(), organisation_name_th="บริษัท น้ำดี จำกัด")
    pdf = _pdf(tmp_path, registry, _issue(registry, keys[0], draft), keys[0])
    result = _verify(str(pdf), "--pubkey", str(keys[1]))
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_qr_code_checked_against_the_exported_public_list(tmp_path, registry, keys, fmt) -> None:
    record = _issue(registry, keys[0], _draft())
    text = qr_text(record, signing.load_private_key(keys[0]))
    public = tmp_path / f"list.{fmt}"
    reg = str(tmp_path / "reg.sqlite3")
    assert runner.invoke(app, ["registry", "export", "-o", str(public), "--format", fmt,
                               "--registry", reg]).exit_code == 0
    result = _verify(text, "--pubkey", str(keys[1]), "--list", str(public))
    assert result.exit_code == 0, result.output
    assert "✓ public list status: valid" in result.stdout
    registry.set_status(record.serial, "suspended", "complaint under review", "CB01")
    runner.invoke(app, ["registry", "export", "-o", str(public), "--format", fmt, "--registry", reg])
    result = _verify(text, "--pubkey", str(keys[1]), "--list", str(public))
    assert result.exit_code == 1
    assert "suspended in the public list: complaint under review" in result.stdout


def test_public_list_without_the_serial_or_with_another_certificate_fails(tmp_path, registry, keys) -> None:
    record = _issue(registry, keys[0], _draft())
    key = signing.load_private_key(keys[0])
    public = tmp_path / "list.json"
    public.write_text("[]", encoding="utf-8")
    result = _verify(qr_text(record, key), "--pubkey", str(keys[1]), "--list", str(public))
    assert result.exit_code == 1 and f"serial {record.serial} is not in the public list" in result.stdout
    other = _issue(registry, keys[0], replace(_draft(), assessment_hash="sha256:4567"))
    public.write_text(json.dumps([{"serial": record.serial, "signed": other.signed, "status": "valid"}]),
                      encoding="utf-8")
    result = _verify(qr_text(record, key), "--pubkey", str(keys[1]), "--list", str(public))
    assert result.exit_code == 1
    assert "the public list holds a different certificate under this serial" in result.stdout
    public.write_text("not a list", encoding="utf-8")
    result = _verify(qr_text(record, key), "--pubkey", str(keys[1]), "--list", str(public))
    assert result.exit_code == 2 and "not a public list of certificates" in result.stderr
