"""Forgeries, tried as a forger would: each is rejected by `hria verify` with the right reason."""

from __future__ import annotations

import base64
import datetime as dt
from dataclasses import replace
from pathlib import Path

import pikepdf
import pytest
from typer.testing import CliRunner

from hria.certificates import pades
from hria.cli.app import app
from tests.verify_fixtures import TODAY, Scheme, draft, issue, make_scheme, mini_world, render_pdf

runner = CliRunner()


@pytest.fixture
def world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Scheme:
    return mini_world(tmp_path, monkeypatch)


def verify(world: Scheme, target: str, *extra: str) -> tuple[int, str]:
    result = runner.invoke(app, ["verify", target, "--scheme", str(world.scheme_file), "--registry",
                                 str(world.registry_file), "--lang", "en", *extra])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout + result.stderr


def _overlay(pdf: Path, out: Path, boxes: list[tuple[float, float, str]]) -> Path:
    """White boxes with new text drawn over the page at (left mm, top mm) — the classic forgery."""
    with pikepdf.open(pdf) as doc:
        page = doc.pages[0]
        font = doc.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1,
                                                    BaseFont=pikepdf.Name.Helvetica))
        page.obj.Resources.Font = page.obj.Resources.get("/Font", pikepdf.Dictionary())
        page.obj.Resources.Font.FForge = font
        ops = []
        for left, top, text in boxes:
            x, y = left * 72 / 25.4, (210 - top) * 72 / 25.4
            ops.append(f"q 1 g {x - 4:.1f} {y - 4:.1f} 240 14 re f Q "
                       f"BT /FForge 11 Tf 0 g {x:.1f} {y:.1f} Td ({text}) Tj ET")
        page.contents_add(pikepdf.Stream(doc, " ".join(ops).encode()), prepend=False)
        doc.save(out)
    return out


def test_overlay_over_level_score_expiry_and_body_is_caught(world: Scheme, tmp_path: Path) -> None:
    pdf = render_pdf(world, tmp_path / "c.pdf", issue(world, draft()))
    forged = _overlay(pdf, tmp_path / "forged.pdf", [
        (120, 127, "Excellent"), (120, 140, "Score 99.00 / 100"), (80, 169, "1 January 2040"),
        (80, 175, "Trusted Certification Co. (CB01)")])
    code, out = verify(world, str(forged))
    assert code == 1, out
    assert "✗ the signature does not cover the whole file" in out or "✗ the PDF was changed after" in out
    for field in ("level", "score", "expires", "body"):
        assert f"✗ visible {field} does not match the signed payload" in out, field
    assert "shows “ดี · Good Excellent”" in out or "Excellent" in out


def test_pdf_without_document_signature_fails(world: Scheme, tmp_path: Path) -> None:
    pdf = render_pdf(world, tmp_path / "c.pdf", issue(world, draft()), signed_by=None)
    code, out = verify(world, str(pdf))
    assert code == 1
    assert "✗ the PDF is not signed (no PAdES signature)" in out


def test_swapped_qr_code_is_caught(world: Scheme, tmp_path: Path) -> None:
    record = issue(world, draft())
    other = issue(world, draft(organisation_id="0105536000003", assessment_hash="sha256:other"))
    pdf = render_pdf(world, tmp_path / "c.pdf", record, qr_of=other)
    code, out = verify(world, str(pdf))
    assert code == 1
    assert "✗ the printed QR code disagrees with the embedded payload: o, s" in out
    assert "✓ the PDF is signed over the whole file" in out  # the check stands on its own


def test_swapped_page_is_caught_field_by_field(world: Scheme, tmp_path: Path) -> None:
    record = issue(world, draft())
    shown = replace(record, organisation_name_en="Another Company Ltd.", score=91.5, level="excellent")
    pdf = render_pdf(world, tmp_path / "c.pdf", record, shown=shown)
    code, out = verify(world, str(pdf))
    assert code == 1
    assert "✗ visible organisation does not match the signed payload" in out
    assert "✗ visible score does not match the signed payload: shows “คะแนนรวม 91.50 / 100" in out
    assert "✗ visible level does not match" in out
    assert "✓ visible serial matches" in out


def test_byte_changes_anywhere_break_the_document_signature(world: Scheme, tmp_path: Path) -> None:
    data = render_pdf(world, tmp_path / "c.pdf", issue(world, draft())).read_bytes()
    root = (world.root / "root.crt").read_bytes()
    at = dt.datetime.now(dt.UTC)
    _, start, end, _ = pades.inspect(data)
    cms_hex = data[start + 1:end - 1].rstrip(b"0")
    positions = sorted({*range(0, len(data), max(1, len(data) // 60)), len(data) - 1,
                        start + 10, start + len(cms_hex) // 2,  # inside the CMS
                        start + len(cms_hex) + 100, end - 2})  # in the zero padding
    for pos in positions:
        forged = bytearray(data)
        forged[pos] ^= 0x01
        try:
            found = pades.validate(bytes(forged), root, at)
        except pades.DocumentSignatureError:
            continue
        assert not (found.intact and found.valid and found.trusted and found.whole_file), pos
    padded = bytearray(data)
    padded[end - 2] = ord("1")
    with pytest.raises(pades.DocumentSignatureError, match="padding of the signature's /Contents is not"):
        pades.inspect(bytes(padded))
    with pytest.raises(pades.DocumentSignatureError, match="does not cover the whole file"):
        pades.inspect(data + b"\n%%EOF\n")


@pytest.mark.parametrize("where", ["middle", "padding", "appended"])
def test_changed_bytes_never_verify_through_the_cli(world: Scheme, tmp_path: Path, where: str) -> None:
    pdf = render_pdf(world, tmp_path / "c.pdf", issue(world, draft()))
    data = bytearray(pdf.read_bytes())
    end = pades.inspect(bytes(data))[2]
    if where == "middle":
        data[len(data) // 2] ^= 0x01
    elif where == "padding":
        data[end - 2] = ord("7")
    else:
        data += b"1 0 obj\n<<>>\nendobj\n"
    pdf.write_bytes(bytes(data))
    code, out = verify(world, str(pdf))
    assert code in (1, 2), out
    assert "Traceback" not in out


def test_edited_payload_fails_its_signature(world: Scheme, tmp_path: Path) -> None:
    record = issue(world, draft())
    prefix, body, sig = record.signed.split(".")
    raw = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)).replace(b'"sc":78.25', b'"sc":98.25')
    forged = f"{prefix}.{base64.urlsafe_b64encode(raw).rstrip(b'=').decode()}.{sig}"
    code, out = verify(world, forged)
    assert code == 1
    assert "✗ payload signature does not match: altered, or signed by another key" in out


def test_payload_signed_with_another_bodys_key_fails(world: Scheme, tmp_path: Path) -> None:
    record = issue(world, draft(), signer="CB02")  # CB02's key, CB01's name on it
    code, out = verify(world, record.signed)
    assert code == 1
    assert "is not a known key of body CB01" in out


def test_pdf_signed_by_another_body_fails(world: Scheme, tmp_path: Path) -> None:
    pdf = render_pdf(world, tmp_path / "c.pdf", issue(world, draft()), signed_by="CB02")
    code, out = verify(world, str(pdf))
    assert code == 1
    assert "✗ signed by CB02, not by body CB01" in out


def test_keys_used_outside_their_validity_fail(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HRIA_CRITERIA_PATH", str(tmp_path / "none"))
    ended = (TODAY - dt.timedelta(days=400), TODAY - dt.timedelta(days=30))
    world = make_scheme(tmp_path, key_valid=ended, cert_valid=ended)
    pdf = render_pdf(world, tmp_path / "c.pdf", issue(world, draft()))
    code, out = verify(world, str(pdf))
    assert code == 1
    assert f"✗ issued on {TODAY.isoformat()}, outside the key's validity" in out
    assert "✗ the signer's certificate (CB01) is not issued by root" in out
    assert "or not valid on the issue date" in out


def test_scheme_file_edited_or_under_another_root_is_refused(world: Scheme, tmp_path: Path) -> None:
    edited = tmp_path / "edited.json"
    edited.write_text(world.scheme_file.read_text(encoding="utf-8").replace('"list_freshness_days": 7',
                                                                           '"list_freshness_days": 999'),
                      encoding="utf-8")
    record = issue(world, draft())
    result = runner.invoke(app, ["verify", record.signed, "--scheme", str(edited), "--lang", "en"])
    assert result.exit_code == 2
    assert "the scheme file's signature does not match (edited, or another root)" in result.stderr
    other = make_scheme(tmp_path / "other")
    pinned = runner.invoke(app, ["verify", record.signed, "--scheme", str(world.scheme_file), "--root",
                                 str(other.root / "root.crt"), "--lang", "en"])
    assert pinned.exit_code == 2 and "not the pinned root" in pinned.stderr


def test_qr_code_leading_to_another_page_is_caught(world: Scheme, tmp_path: Path) -> None:
    from hria import signing
    from hria.certificates.issuing import qr_text

    record = issue(world, draft())
    phishing = qr_text(record, signing.load_private_key(world.key()), "https://verify.example.net/fake")
    code, out = verify(world, phishing)
    assert code == 1
    assert "✗ the QR code does not lead to the scheme's verification page (https://verify.example.net/" in out
