"""The registry in a Thai run: why a database refused (PostgreSQL's connection failures, a role's
missing right, the schema's own triggers) and the reasons the registry wrote, said in Thai, with
the driver's and the log's English kept for --lang en and never a password."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.postgres_cluster import Cluster
from tests.registry_fixtures import make_registry_world
from tests.test_thai_everywhere import english_words


def test_an_unreachable_registry_says_why_in_thai_and_never_its_password(pg_cluster: Cluster,
                                                                         tmp_path: Path) -> None:
    """Why PostgreSQL said no, from the catalogue: nothing listening, no such database, no such
    role, a parameter it does not know. English output keeps the driver's own words."""
    import subprocess

    from tests.postgres_cluster import _free_port

    socket = f"host={pg_cluster.socket_dir}&port={pg_cluster.port}"
    cases = [
        (f"postgresql://nobody:s3cret@127.0.0.1:{_free_port()}/x", "เซิร์ฟเวอร์ปฏิเสธการเชื่อมต่อ",
         "Connection refused"),
        (f"postgresql:///nosuchdb?{socket}&user=hria_admin&password=s3cret", "ไม่มีฐานข้อมูลชื่อนี้",
         'database "nosuchdb" does not exist'),
        (f"postgresql:///postgres?{socket}&user=nosuchrole", "ไม่มีบทบาท (ผู้ใช้ฐานข้อมูล) ชื่อนี้",
         'role "nosuchrole" does not exist'),
        (f"postgresql:///postgres?{socket}&colour=blue", "มีพารามิเตอร์ที่ PostgreSQL ไม่รู้จัก",
         'invalid URI query parameter: "colour"'),
    ]
    exe = shutil.which("hria")
    assert exe
    env = {k: v for k, v in os.environ.items() if k not in ("HRIA_LANG", "HRIA_REGISTRY")}
    for url, thai, driver in cases:
        said = {lang: subprocess.run([exe, "registry", "list", "--registry", url, "--lang", lang],
                                     cwd=tmp_path, capture_output=True, text=True, env=env, timeout=60)
                for lang in ("th", "en")}
        assert [r.returncode for r in said.values()] == [2, 2]
        th, en = said["th"].stderr, said["en"].stderr
        assert th.startswith("ข้อผิดพลาด: ") and "ติดต่อทะเบียนไม่ได้: " in th and thai in th, th
        assert driver not in th and english_words(th, url.replace("s3cret", "***")) == set(), th
        assert "cannot reach the registry" in en and driver in en, en
        assert "s3cret" not in th + en and len(th.splitlines()) == len(en.splitlines()) == 1
    # A password with an unescaped @ is misread by the driver as part of the host name, which its
    # message then quotes: the URL is masked up to the last @ and the driver's words are dropped.
    url = f"postgresql://bob:s3cr@tZq@127.0.0.1:{_free_port()}/x"
    said = {lang: subprocess.run([exe, "registry", "list", "--registry", url, "--lang", lang], cwd=tmp_path,
                                 capture_output=True, text=True, env=env, timeout=60).stderr
            for lang in ("th", "en")}
    assert said["en"].startswith("error: postgresql://bob:***@127.0.0.1:"), said
    assert said["en"].rstrip().endswith("cannot reach the registry (unknown host name)"), said
    assert "ไม่รู้จักชื่อโฮสต์" in said["th"]
    assert not any(piece in said["th"] + said["en"] for piece in ("s3cr", "tZq")), said



def test_reasons_the_registry_wrote_are_said_in_thai(tmp_path: Path) -> None:
    """A re-issue and a compromised key: `registry show` and `verify` say the registry's own
    reasons in Thai and keep the typed ones as typed; English keeps the log's words."""
    from hria import signing
    from hria.registry import today
    from tests.registry_fixtures import PERFECT

    world = make_registry_world("sqlite", tmp_path, None)
    old = world.certify(PERFECT, check=True).stdout.split("issued ")[1].split(":")[0]
    old_pdf = next(tmp_path.glob("*.pdf"))
    new_pdf = tmp_path / "new.pdf"
    world.hria("certify", "reissue", old, "--name-th", "บริษัท ตัวอย่างใหม่ จำกัด", "--name-en", "Example New",
               "--key", str(world.keys["CB01"]), "--reason", "แก้ชื่อตามหนังสือรับรอง", "-o", str(new_pdf),
               check=True)
    new = world.hria("registry", "show", old, "--json", check=True).stdout.split("superseded by ")[1][:16]

    def show(serial: str, lang: str) -> str:
        return world.hria("registry", "show", serial, "--lang", lang, check=True).stdout

    assert f"ถูกแทนที่ด้วย {new}" in show(old, "th") and "ออกใหม่: แก้ชื่อตามหนังสือรับรอง" in show(old, "th")
    assert "ออกใหม่แทนฉบับเดิม: แก้ชื่อตามหนังสือรับรอง" in show(new, "th")
    assert "re-issue: แก้ชื่อตามหนังสือรับรอง" in show(new, "en") and f"superseded by {new}" in show(old, "en")
    kid = signing.key_id(signing.load_private_key(world.keys["CB01"]).public_key())
    world.hria("registry", "compromise-key", "CB01", kid, "--from", today().isoformat(), "--reason",
               "แล็ปท็อปหาย", check=True)
    assert f"ลงนามด้วยกุญแจ {kid} ซึ่งรั่วไหลตั้งแต่ {today().isoformat()}: แล็ปท็อปหาย" in show(new, "th")
    data = (tmp_path, "Example Co., Ltd.", "Example New", "Body CB01", kid)
    for serial in (old, new):
        assert english_words(show(serial, "th"), *data) == set(), show(serial, "th")
    for pdf, status in ((old_pdf, f"สถานะ: ถูกแทนที่ด้วย {new}"), (new_pdf, "สถานะ: ถูกเพิกถอน: ลงนามด้วยกุญแจ")):
        said = world.hria("verify", str(pdf), "--scheme", str(world.scheme), "--registry",
                          world.locations["CB01"], "--lang", "th")
        assert said.returncode == 1 and status in said.stdout, said.stdout + said.stderr
        assert english_words(said.stdout, *data) == set(), said.stdout
        assert "; ทะเบียน)" in said.stdout and "registry)" not in said.stdout  # where the key came from


def test_the_schemas_own_refusals_are_said_in_thai(tmp_path: Path) -> None:
    """The registry's triggers refuse in fixed English (part of the schema); a Thai run says why
    in Thai, whoever sends the statement."""
    from hria.errors import HriaError
    from hria.registry import open_registry

    world = make_registry_world("sqlite", tmp_path, None)
    registry = open_registry(world.locations["CB01"])
    said = {}
    for sql in ("DELETE FROM events", "UPDATE bodies SET name_en = 'Impostor'", "DELETE FROM body_keys",
                "INSERT INTO bodies (id) VALUES ('CB01')"):
        with pytest.raises(HriaError) as refused, registry._tx() as tx:
            tx.run(sql)
        said[sql] = (str(refused.value), refused.value.in_("th"))
    registry.close()
    assert said["DELETE FROM events"] == ("the registry refuses: the event log is append-only",
                                          "ทะเบียนปฏิเสธ: บันทึกเหตุการณ์แก้ไขหรือลบไม่ได้ (เพิ่มได้อย่างเดียว)")
    assert said["UPDATE bodies SET name_en = 'Impostor'"][1] == \
        "ทะเบียนปฏิเสธ: ตัวตนของหน่วยรับรองแก้ไขทับไม่ได้ (เพิ่มได้อย่างเดียว)"
    assert said["DELETE FROM body_keys"][1] == "ทะเบียนปฏิเสธ: กุญแจลบไม่ได้"
    assert said["INSERT INTO bodies (id) VALUES ('CB01')"][1] == \
        "ทะเบียนปฏิเสธ: ไม่มีค่าที่ต้องมี (bodies.name_th)"
    assert all(english_words(th) == set() for _, th in said.values()), said


def test_a_postgresql_registry_refusal_is_said_in_thai(pg_cluster: Cluster, tmp_path: Path) -> None:
    """A body's role may not register another body: the Thai says so without the driver's English;
    the English keeps it."""

    world = make_registry_world("postgresql", tmp_path, pg_cluster)
    world.hria("keys", "init", "--body", "CB09", "--dir", str(tmp_path / "k9"), check=True)
    args = ["registry", "add-body", "CB09", "--name-th", "ก", "--name-en", "X", "--pubkey",
            str(tmp_path / "k9" / "CB09.pub")]
    th = world.hria(*args, "--lang", "th", who="CB01")
    en = world.hria(*args, "--lang", "en", who="CB01")
    assert th.returncode == en.returncode == 2
    assert th.stderr.startswith("ข้อผิดพลาด: ") and th.stderr.strip().endswith("บทบาทนี้ไม่มีสิทธิ์ทำเช่นนั้น"), \
        th.stderr
    assert "this role has no right to do that (" in en.stderr and "permission denied" in en.stderr
    assert english_words(th.stderr, world.locations["CB01"]) == set(), th.stderr
