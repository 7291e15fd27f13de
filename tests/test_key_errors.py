"""A key that will not load says why in the run's language, in words a registrar acts on, never
cryptography's English message or its FAQ address."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.certify_fixtures import hria

EXAMPLE = Path(__file__).parents[1] / "examples" / "gov-provincial-office.assessment.yaml"


@pytest.fixture(scope="module")
def keys(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("keys")
    env = {**os.environ, "HRIA_KEY_PASSPHRASE": "correct horse"}
    hria("keys", "init", "--body", "CB01", "--dir", str(folder / "locked"), "--passphrase", env=env)
    hria("keys", "init", "--body", "CB01", "--dir", str(folder / "open"), env=dict(os.environ))
    (folder / "junk.key").write_text("not a key\n", encoding="utf-8")
    return folder


@pytest.mark.parametrize(("key", "passphrase", "thai", "english"), [
    ("junk.key", None, "ไม่ใช่ไฟล์ PEM ที่อ่านได้", "not a readable PEM file"),
    ("locked/CB01.key", None, "กุญแจเข้ารหัสไว้ ตั้งรหัสผ่านใน HRIA_KEY_PASSPHRASE",
     "the key is encrypted; set its passphrase in HRIA_KEY_PASSPHRASE"),
    ("locked/CB01.key", "wrong", "รหัสผ่านไม่ถูกต้อง", "the passphrase is wrong"),
    ("open/CB01.key", "any", "กุญแจไม่ได้เข้ารหัส", "the key is not encrypted"),
])
def test_a_key_that_will_not_load_says_why(keys: Path, key: str, passphrase: str | None, thai: str,
                                           english: str) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("HRIA_KEY_PASSPHRASE", "HRIA_LANG")}
    if passphrase:
        env["HRIA_KEY_PASSPHRASE"] = passphrase
    command = ["certify", str(EXAMPLE), "--body", "CB01", "--auditor", "AUD-1", "--decided-by", "DEC-1",
               "--key", str(keys / key), "--registry", str(keys / "registry.sqlite3")]
    (keys / "registry.sqlite3").touch()  # any existing registry: the key is read first
    said = {lang: hria(*command, "--lang", lang, env=env, check=False) for lang in ("th", "en")}
    assert said["th"].returncode == said["en"].returncode == 2
    assert said["th"].stderr.startswith(f"ข้อผิดพลาด: อ่านกุญแจส่วนตัว {keys / key} ไม่ได้: ")
    assert thai in said["th"].stderr and english in said["en"].stderr
    assert "cryptography.io" not in said["th"].stderr + said["en"].stderr
    assert said["th"].stderr.count("\n") == 1
