"""`hria verify` follows a body's key history: the registry's (rotate-key, compromise-key) and the
scheme file's (validity, compromised_from), through the installed `hria`."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from hria import pki, scheme, signing
from tests.verify_fixtures import TODAY, VERIFY_URL, Scheme, draft, issue, mini_world


@pytest.fixture
def world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Scheme:
    return mini_world(tmp_path, monkeypatch)


def hria(*args: str) -> subprocess.CompletedProcess[str]:
    exe = shutil.which("hria")
    assert exe
    lang = ["--lang", "en"] if args[0] == "verify" else []
    return subprocess.run([exe, *args, *lang], capture_output=True, text=True, env=dict(os.environ))


def _rotate(world: Scheme, tmp_path: Path) -> Path:
    new = tmp_path / "keys-new" / "CB01.key"
    signing.generate_keys(new, new.with_suffix(".pub"))
    public = signing.load_public_key(new.with_suffix(".pub"))
    world.registry.rotate_key("CB01", signing.public_pem(public).decode(), signing.key_id(public), TODAY,
                              "NHRC", "yearly rotation")
    return new


def test_a_certificate_signed_with_a_rotated_key_verifies_inside_its_period(world: Scheme,
                                                                             tmp_path: Path) -> None:
    old = issue(world, draft())
    new_key = _rotate(world, tmp_path)
    start = (TODAY - dt.timedelta(days=365)).isoformat()
    result = hria("verify", old.signed, "--registry", str(world.registry_file))
    assert result.returncode == 0, result.stdout
    assert f"within the key's validity ({start} – {TODAY.isoformat()}; registry)" in result.stdout
    # the new key signs the next certificate; the registry knows it, the scheme file does not yet
    world.key = lambda body="CB01": new_key  # type: ignore[method-assign]
    fresh = issue(world, draft(assessment_hash="sha256:after-rotation"))
    result = hria("verify", fresh.signed, "--registry", str(world.registry_file))
    assert result.returncode == 0, result.stdout
    assert f"within the key's validity ({TODAY.isoformat()} – …; registry)" in result.stdout
    unknown = hria("verify", fresh.signed, "--scheme", str(world.scheme_file))
    new_id = signing.key_id(signing.load_private_key(new_key).public_key())
    assert unknown.returncode == 1 and f"key {new_id} is not a known key of body CB01" in unknown.stdout


def test_a_key_used_before_its_period_fails_against_the_registry(world: Scheme) -> None:
    early = TODAY - dt.timedelta(days=400)  # the key signs from TODAY - 365: made outside the registry
    forged = issue(world, draft(issued=early, assessment_hash="sha256:early"))
    result = hria("verify", forged.signed, "--registry", str(world.registry_file))
    assert result.returncode == 1
    assert f"✗ issued on {early.isoformat()}, outside the key's validity" in result.stdout
    assert "; registry)" in result.stdout


def test_a_compromised_key_fails_what_it_signed_from_that_day_on(world: Scheme, tmp_path: Path) -> None:
    before = issue(world, draft(issued=TODAY - dt.timedelta(days=20), assessment_hash="sha256:before"))
    after = issue(world, draft(assessment_hash="sha256:after"))
    since = TODAY - dt.timedelta(days=10)
    revoked = world.registry.compromise_key("CB01", after.key_id, since, "NHRC", "laptop stolen")
    assert revoked == [after.serial]
    bad = hria("verify", after.signed, "--registry", str(world.registry_file))
    assert bad.returncode == 1
    assert f"✗ key {after.key_id} was reported compromised from {since.isoformat()}" in bad.stdout
    assert f"✗ status: revoked: signed with key {after.key_id}, compromised from {since.isoformat()}" \
        in bad.stdout
    good = hria("verify", before.signed, "--registry", str(world.registry_file))
    assert good.returncode == 0, good.stdout
    assert f"✓ key {before.key_id} was reported compromised from {since.isoformat()}" in good.stdout
    # offline: the scheme owner signs the compromise into the scheme file
    root = pki.load_credentials(world.root / "root.key", [world.root / "root.crt"])
    public = signing.load_public_key(world.pub())
    entry = scheme.body_entry("CB01", "สถาบันรับรองตัวอย่าง", "Example Certification Body",
                              [(public, TODAY - dt.timedelta(days=365), TODAY + dt.timedelta(days=900))],
                              {after.key_id: since})
    reissued = scheme.sign(scheme.content(VERIFY_URL, [entry], "Test scheme owner", 7), root,
                           tmp_path / "scheme-2.json")
    assert reissued.keys[0].compromised_from == since
    offline = hria("verify", after.signed, "--scheme", str(tmp_path / "scheme-2.json"))
    assert offline.returncode == 1 and "was reported compromised" in offline.stdout
    earlier = hria("verify", before.signed, "--scheme", str(tmp_path / "scheme-2.json"))
    assert earlier.returncode == 3, earlier.stdout  # nothing failed; status not checked without a source


def test_check_log_takes_the_head_from_a_signed_public_list(world: Scheme, tmp_path: Path) -> None:
    issue(world, draft())
    listing = tmp_path / "public.json"
    exported = hria("registry", "export", "-o", str(listing), "--key", str(world.key()), "--body", "CB01",
                    "--registry", str(world.registry_file))
    assert exported.returncode == 0, exported.stderr
    issue(world, draft(assessment_hash="sha256:later"))  # the log grows; the published head stays in it
    checked = hria("registry", "check-log", "--against", str(listing), "--registry", str(world.registry_file))
    assert checked.returncode == 0, checked.stderr
    edited = tmp_path / "edited.json"
    edited.write_text(listing.read_text(encoding="utf-8").replace('"valid"', '"revoked"'), encoding="utf-8")
    refused = hria("registry", "check-log", "--against", str(edited), "--registry", str(world.registry_file))
    assert refused.returncode == 1
    assert "signature does not match a body key in this registry" in refused.stderr
