"""Signed, dated public lists: `hria registry export` signs them, `hria verify --list` trusts only those."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from hria import public_list, signing
from hria.certificates.issuing import qr_text
from hria.cli.app import app
from tests.verify_fixtures import VERIFY_URL, Scheme, draft, issue, make_scheme

runner = CliRunner()


@pytest.fixture
def world(tmp_path: Path) -> Scheme:
    return make_scheme(tmp_path)


def export(world: Scheme, out: Path, fmt: str = "json") -> None:
    result = runner.invoke(app, ["registry", "export", "-o", str(out), "--format", fmt, "--key",
                                 str(world.key()), "--body", "CB01", "--registry", str(world.registry_file)])
    assert result.exit_code == 0, result.output


def verify_with(world: Scheme, text: str, listing: Path) -> tuple[int, str]:
    result = runner.invoke(app, ["verify", text, "--scheme", str(world.scheme_file), "--list", str(listing),
                                 "--lang", "en"])
    return result.exit_code, result.stdout + result.stderr


def _qr(world: Scheme, serial: str) -> str:
    return qr_text(world.registry.certificate(serial), signing.load_private_key(world.key()), VERIFY_URL)


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_signed_list_gives_a_named_status(world: Scheme, tmp_path: Path, fmt: str) -> None:
    record = issue(world, draft())
    listing = tmp_path / f"list.{fmt}"
    export(world, listing, fmt)
    code, out = verify_with(world, _qr(world, record.serial), listing)
    assert code == 0, out
    assert f"✓ status: valid (public list list.{fmt} (issued " in out
    world.registry.set_status(record.serial, "suspended", "complaint under review", "CB01")
    export(world, listing, fmt)
    code, out = verify_with(world, _qr(world, record.serial), listing)
    assert code == 1
    assert "✗ status: suspended: complaint under review (public list" in out


def test_list_carries_issue_time_and_log_head(world: Scheme, tmp_path: Path) -> None:
    issue(world, draft())
    listing = tmp_path / "list.json"
    export(world, listing)
    doc = json.loads(listing.read_text(encoding="utf-8"))
    assert doc["list"]["log_head"] == world.registry.events()[-1].hash
    assert doc["list"]["log_length"] == len(world.registry.events())
    issued = dt.datetime.strptime(doc["list"]["issued_at"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.UTC)
    assert abs((dt.datetime.now(dt.UTC) - issued).total_seconds()) < 600
    assert doc["list"]["body"] == "CB01" and doc["signature"]


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_list_edited_by_hand_is_rejected(world: Scheme, tmp_path: Path, fmt: str) -> None:
    record = issue(world, draft())
    world.registry.set_status(record.serial, "revoked", "evidence was forged", "CB01")
    listing = tmp_path / f"list.{fmt}"
    export(world, listing, fmt)
    text = listing.read_text(encoding="utf-8")
    assert "revoked" in text
    listing.write_text(text.replace("revoked", "valid").replace("evidence was forged", ""), encoding="utf-8")
    code, out = verify_with(world, _qr(world, record.serial), listing)
    assert code == 1
    assert "✗ the public list's signature does not match: edited, or signed with an unknown key" in out


def test_unsigned_list_is_not_a_status_source(world: Scheme, tmp_path: Path) -> None:
    record = issue(world, draft())
    listing = tmp_path / "list.json"
    listing.write_text(json.dumps([{"serial": record.serial, "signed": record.signed, "status": "valid"}]),
                       encoding="utf-8")
    code, out = verify_with(world, _qr(world, record.serial), listing)
    assert code == 1 and "✗ the public list is not signed, so it cannot be trusted" in out


def test_stale_list_warns_and_does_not_say_valid(world: Scheme, tmp_path: Path) -> None:
    record = issue(world, draft())
    listing = tmp_path / "list.json"
    rows = [{"serial": record.serial, "signed": record.signed, "status": "valid", "body": "CB01"}]
    month_ago = dt.datetime.now(dt.UTC) - dt.timedelta(days=30)
    public_list.write(listing, rows, "json", signing.load_private_key(world.key()), "CB01", "head", 1,
                      issued_at=month_ago)
    code, out = verify_with(world, _qr(world, record.serial), listing)
    assert code == 3, out
    assert "! the public list is older than 7 days (30 days): the status may have changed since" in out
    assert "– status: valid (public list" in out


def test_superseded_and_missing_certificates_fail(world: Scheme, tmp_path: Path) -> None:
    record = issue(world, draft())
    listing = tmp_path / "list.json"
    key = signing.load_private_key(world.key())
    rows = [{"serial": record.serial, "signed": record.signed, "status": "superseded",
             "status_reason": "replaced by CB01-2569-000002", "body": "CB01"}]
    public_list.write(listing, rows, "json", key, "CB01", "head", 1)
    code, out = verify_with(world, _qr(world, record.serial), listing)
    assert code == 1 and "✗ status: superseded: replaced by CB01-2569-000002" in out
    public_list.write(listing, [], "json", key, "CB01", "head", 1)
    code, out = verify_with(world, _qr(world, record.serial), listing)
    assert code == 1 and f"✗ serial {record.serial} is not in the public list" in out


def test_list_signed_by_a_key_outside_the_scheme_is_rejected(world: Scheme, tmp_path: Path) -> None:
    record = issue(world, draft())
    signing.generate_keys(tmp_path / "X.key", tmp_path / "X.pub")
    listing = tmp_path / "list.json"
    rows = [{"serial": record.serial, "signed": record.signed, "status": "valid", "body": "CB01"}]
    public_list.write(listing, rows, "json", signing.load_private_key(tmp_path / "X.key"), "CB01", "h", 1)
    code, out = verify_with(world, _qr(world, record.serial), listing)
    assert code == 1 and "signature does not match: edited, or signed with an unknown key" in out
