"""`hria verify` on genuine certificates: what it checks, how it says so, and its exit codes.

Forgeries are in test_verify_forgeries.py, public lists in test_verify_lists.py, hostile input
in test_verify_inputs.py.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from hria import signing
from hria.certificates import pades
from hria.certificates.issuing import qr_text
from hria.certificates.payload import QR_KEYS
from tests.verify_fixtures import VERIFY_URL, Scheme, draft, issue, mini_world, render_pdf


@pytest.fixture
def world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Scheme:
    return mini_world(tmp_path, monkeypatch)


def hria(*args: str) -> subprocess.CompletedProcess[str]:
    exe = shutil.which("hria")
    assert exe
    return subprocess.run([exe, *args], capture_output=True, text=True, env=dict(os.environ))


def test_genuine_pdf_is_valid_with_every_check_named(world: Scheme, tmp_path: Path) -> None:
    pdf = render_pdf(world, tmp_path / "c.pdf", issue(world, draft()))
    result = hria("verify", str(pdf), "--scheme", str(world.scheme_file), "--registry",
                  str(world.registry_file), "--lang", "en")
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    for line in ("Authenticity (who signed)", "✓ the PDF is signed over the whole file (PAdES) and unchanged",
                 "✓ signed by CB01 under root", "within the key's validity",
                 "Integrity (nothing changed)", "✓ the printed QR code agrees with the embedded payload",
                 "✓ visible organisation matches", "✓ visible level matches", "✓ visible score matches",
                 "✓ visible issued matches", "✓ visible expires matches", "✓ visible body matches",
                 "✓ visible auditor matches", "✓ visible serial matches",
                 "Status", "✓ status: valid (registry reg.sqlite3)", "VALID · status: valid · exit 0"):
        assert line in out, line


def test_genuine_pdf_in_thai_and_json(world: Scheme, tmp_path: Path) -> None:
    record = issue(world, draft())
    pdf = render_pdf(world, tmp_path / "c.pdf", record)
    thai = hria("verify", str(pdf), "--scheme", str(world.scheme_file), "--registry",
                str(world.registry_file))
    assert thai.returncode == 0
    assert "ความแท้ (ใครลงนาม)" in thai.stdout and "ใช้ได้ · สถานะ: มีผล · รหัสออก 0" in thai.stdout
    as_json = json.loads(hria("verify", str(pdf), "--scheme", str(world.scheme_file), "--registry",
                              str(world.registry_file), "--json", "--lang", "en").stdout)
    assert as_json["outcome"] == "valid" and as_json["exit_code"] == 0 and as_json["status"] == "valid"
    assert as_json["status_sources"] == ["registry reg.sqlite3"]
    names = {c["name"]: c["result"] for c in as_json["checks"]}
    assert names["document_signature"] == names["document_signer"] == names["printed_qr"] == "passed"
    assert names["visible:level"] == names["visible:expires"] == names["key_validity"] == "passed"
    assert as_json["payload"]["s"] == record.serial and len(as_json["root_fingerprint"]) == 64


def test_pyhanko_and_pdfsig_report_the_signature_valid_and_whole(world: Scheme, tmp_path: Path) -> None:
    pdf = render_pdf(world, tmp_path / "c.pdf", issue(world, draft()))
    data = pdf.read_bytes()
    found = pades.validate(data, (world.root / "root.crt").read_bytes(), dt.datetime.now(dt.UTC))
    assert (found.intact, found.valid, found.trusted, found.whole_file, found.signer) == (
        True, True, True, True, "CB01")
    a, _, c, d = pades.inspect(data)
    assert a == 0 and c + d == len(data)
    report = subprocess.run(["pdfsig", str(pdf)], capture_output=True, text=True).stdout
    assert "Signature Validation: Signature is Valid." in report
    assert "Total document signed" in report
    assert "Signer Certificate Common Name: CB01" in report
    assert "Signature Type: ETSI.CAdES.detached" in report


def test_key_only_is_not_valid_status_not_checked_exit_3(world: Scheme, tmp_path: Path) -> None:
    pdf = render_pdf(world, tmp_path / "c.pdf", issue(world, draft()))
    result = hria("verify", str(pdf), "--pubkey", str(world.pub()), "--lang", "en")
    assert result.returncode == 3, result.stdout
    assert "– status (revoked, suspended, superseded) not checked: no registry or public list" \
        in result.stdout
    assert "– the PDF is signed over the whole file, but the signer was not checked" in result.stdout
    assert "NOT VERIFIED: not everything could be checked · status: unknown · exit 3" in result.stdout
    scheme_only = hria("verify", str(pdf), "--scheme", str(world.scheme_file), "--lang", "en")
    assert scheme_only.returncode == 3 and "VALID ·" not in scheme_only.stdout


def test_qr_url_and_bare_payload_decoded_from_the_page_verify(world: Scheme, tmp_path: Path) -> None:
    record = issue(world, draft())
    pdf = render_pdf(world, tmp_path / "c.pdf", record)
    subprocess.run(["pdftoppm", "-r", "100", "-png", "-singlefile", str(pdf), str(tmp_path / "page")],
                   check=True)
    scanned = subprocess.run(["zbarimg", "-q", "--raw", str(tmp_path / "page.png")], capture_output=True,
                             text=True, check=True).stdout.strip()
    key = signing.load_private_key(world.key())
    assert scanned == qr_text(record, key, VERIFY_URL)
    assert scanned.startswith(VERIFY_URL + "#HRIA1.")
    bare = scanned.split("#", 1)[1]
    assert set(signing.read_unverified(bare)) == {"t", *QR_KEYS}
    for text in (scanned, bare, f"  {bare[:40]}\n{bare[40:]}\n"):  # as scanned, typed, or wrapped
        result = hria("verify", text, "--scheme", str(world.scheme_file), "--registry",
                      str(world.registry_file), "--lang", "en")
        assert result.returncode == 0, result.stdout + result.stderr
        assert "organisation 0994000123456 · mini@2026.1 · level Good · score 78.25" in result.stdout


def test_longest_ids_decode_at_100_dpi_with_zbar_and_zxing(world: Scheme, tmp_path: Path) -> None:
    import zxingcpp
    from PIL import Image

    from hria.certificates import qr

    record = issue(world, draft(organisation_id="0" * 13, score=100.0, level="good",
                                organisation_name_th="ก" * 180, organisation_name_en="W" * 250))
    record = world.registry.certificate(record.serial)
    pdf = render_pdf(world, tmp_path / "long.pdf", record)
    subprocess.run(["pdftoppm", "-r", "100", "-png", "-singlefile", str(pdf), str(tmp_path / "p")],
                   check=True)
    expected = qr_text(record, signing.load_private_key(world.key()), VERIFY_URL)
    zbar = subprocess.run(["zbarimg", "-q", "--raw", str(tmp_path / "p.png")], capture_output=True, text=True)
    assert zbar.stdout.strip() == expected
    assert [c.text for c in zxingcpp.read_barcodes(Image.open(tmp_path / "p.png"))] == [expected]
    assert (qr.encode(expected).side - 17) // 4 == 14  # the version, URL included, longest ids


def test_revoked_certificate_never_exits_0(world: Scheme, tmp_path: Path) -> None:
    record = issue(world, draft())
    pdf = render_pdf(world, tmp_path / "c.pdf", record)
    world.registry.set_status(record.serial, "revoked", "evidence was forged", "CB01")
    with_registry = hria("verify", str(pdf), "--scheme", str(world.scheme_file), "--registry",
                         str(world.registry_file), "--lang", "en")
    assert with_registry.returncode == 1
    assert "✗ status: revoked: evidence was forged (registry reg.sqlite3)" in with_registry.stdout
    assert "INVALID · status: revoked · exit 1" in with_registry.stdout
    key_only = hria("verify", str(pdf), "--scheme", str(world.scheme_file))  # cannot know; must not say valid
    assert key_only.returncode == 3


def test_expired_certificate_fails(world: Scheme, tmp_path: Path) -> None:
    old = dt.date.today() - dt.timedelta(days=4 * 365)
    record = issue(world, draft(issued=old))
    result = hria("verify", record.signed, "--pubkey", str(world.pub()), "--lang", "en")
    assert result.returncode == 1
    assert f"✗ expired on {record.expires_on.isoformat()}" in result.stdout


def test_help_documents_the_exit_codes() -> None:
    out = " ".join(hria("verify", "--help", "--lang", "en").stdout.split())
    for code in ("0 valid", "1 invalid", "2 bad input", "3 not verified"):
        assert code in out, code
    out = " ".join(hria("verify", "--help", "--lang", "th").stdout.split())
    for code in ("รหัส 0 ใช้ได้", "รหัส 1 ใช้ไม่ได้", "รหัส 2 ข้อมูลนำเข้าไม่ถูกต้อง", "รหัส 3 ตรวจไม่ครบ"):
        assert code in out, code


def test_thai_names_compare_exactly_even_a_tone_mark(world: Scheme, tmp_path: Path) -> None:
    record = issue(world, draft(organisation_name_th="บริษัท น้ำดี จำกัด"))  # SARA AM, MAI THO
    pdf = render_pdf(world, tmp_path / "c.pdf", record)
    result = hria("verify", str(pdf), "--scheme", str(world.scheme_file), "--registry",
                  str(world.registry_file), "--lang", "en")
    assert result.returncode == 0, result.stdout
    from dataclasses import replace

    shown = replace(record, organisation_name_th="บริษัท น๊ำดี จำกัด")  # one tone mark changed
    forged = render_pdf(world, tmp_path / "f.pdf", record, shown=shown)
    result = hria("verify", str(forged), "--scheme", str(world.scheme_file), "--lang", "en")
    assert result.returncode == 1
    assert "✗ visible organisation does not match the signed payload: shows “บริษัท น๊ำดี จำกัด" in result.stdout
