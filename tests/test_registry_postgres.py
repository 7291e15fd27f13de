"""What only a shared PostgreSQL registry must show: each body in its own rows whatever SQL it sends,
concurrent issuers without gaps or duplicates (also after kill -9), moving from SQLite; and bad input
on both backends answered in one line with exit 2 and nothing half-written."""

from __future__ import annotations

import json
import os
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import psycopg
import pytest

from tests.postgres_cluster import Cluster, _free_port
from tests.registry_fixtures import PERFECT, RegistryWorld, make_registry_world


@pytest.fixture
def pg(pg_cluster: Cluster, tmp_path: Path) -> RegistryWorld:
    return make_registry_world("postgresql", tmp_path, pg_cluster)


@pytest.fixture
def lite(tmp_path: Path) -> RegistryWorld:
    return make_registry_world("sqlite", tmp_path, None)


def _issue(world: RegistryWorld) -> str:
    result = world.certify(PERFECT, check=True)
    return result.stdout.split("issued ")[1].split(":")[0]


def test_a_body_cannot_touch_another_bodys_certificate_even_with_sql(pg: RegistryWorld) -> None:
    serial = _issue(pg)
    with psycopg.connect(pg.locations["CB02"], autocommit=True) as other:
        assert other.execute("SELECT count(*) FROM certificates").fetchone() == (0,)
        changed = other.execute("UPDATE certificates SET status = 'revoked', status_reason = 'rival' "
                                "WHERE serial = %s", (serial,))
        assert changed.rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            other.execute("INSERT INTO events (at, kind, subject, data, prev_hash, hash) "
                          "VALUES ('x', 'certificate.revoked', %s, '{}', '', '')", (serial,))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            other.execute("UPDATE bodies SET name_en = 'Impostor' WHERE id = 'CB01'")
    refused = pg.hria("registry", "revoke", serial, "--reason", "rival", who="CB02")
    assert refused.returncode == 2 and f"no certificate with serial {serial}" in refused.stderr
    assert pg.hria("registry", "show", serial, "--json", check=True).stdout.count('"status": "valid"') == 1
    verified = pg.hria("verify", serial, "--registry", pg.locations["public"], "--lang", "en")
    assert verified.returncode == 0 and "✓ status: valid (registry postgresql://" in verified.stdout, \
        verified.stdout
    with psycopg.connect(pg.locations["public"], autocommit=True) as public:
        assert public.execute("SELECT serial, status FROM public_list").fetchall() == [(serial, "valid")]
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            public.execute("SELECT * FROM certificates")
    by_owner = pg.hria("registry", "revoke", serial, "--reason", "scheme owner decision", who="nhrc")
    assert by_owner.returncode == 0, by_owner.stderr
    assert pg.hria("registry", "check-log", who="nhrc").returncode == 0


def test_a_role_without_rights_and_an_unreachable_server_answer_in_one_line(pg: RegistryWorld,
                                                                            pg_cluster: Cluster) -> None:
    pg.hria("keys", "init", "--body", "CB09", "--dir", str(pg.root / "k9"), check=True)
    no_right = pg.hria("registry", "add-body", "CB09", "--name-th", "ก", "--name-en", "X", "--pubkey",
                       str(pg.root / "k9" / "CB09.pub"), who="CB01")
    assert no_right.returncode == 2 and "this role has no right to do that" in no_right.stderr
    assert len(no_right.stderr.strip().splitlines()) == 1
    url = f"postgresql:///nothing?host={pg_cluster.socket_dir}&port={_free_port()}&user=x"
    gone = pg.hria("registry", "list", HRIA_REGISTRY=url)
    assert gone.returncode == 2 and "cannot reach the registry" in gone.stderr
    assert len(gone.stderr.strip().splitlines()) == 1


def test_bad_sqlite_registries_answer_in_one_line_and_write_nothing(lite: RegistryWorld,
                                                                    tmp_path: Path) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    text = tmp_path / "notes.txt"
    text.write_text("not a database, just notes\n" * 100, encoding="utf-8")
    for location, message in ((folder, "is a folder, not a registry file"),
                              (text, "not an hria registry")):
        result = lite.hria("registry", "list", HRIA_REGISTRY=str(location))
        assert result.returncode == 2 and message in result.stderr, result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    assert text.read_text(encoding="utf-8").startswith("not a database")
    registry = Path(lite.locations["CB01"])
    for path in (registry, *registry.parent.glob("reg.sqlite3-*")):
        path.chmod(0o444)
    # root ignores file modes unless it drops the capability to override them
    prefix = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search"] if os.geteuid() == 0 else []
    readonly = subprocess.run([*prefix, "hria", "registry", "revoke", "X", "--reason", "r", "--by", "x",
                               "--registry", str(registry)], capture_output=True, text=True, env=lite.env)
    assert readonly.returncode == 2 and "read-only" in readonly.stderr, readonly.stderr
    assert len(readonly.stderr.strip().splitlines()) == 1


def test_a_full_disk_leaves_nothing_half_written(lite: RegistryWorld) -> None:
    def small_disk() -> None:  # no file may grow past 4 kB: the first page the registry writes fails
        resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))

    out = lite.root / "full.pdf"
    env = {**lite.env, "HRIA_REGISTRY": lite.locations["CB01"], "HRIA_DECIDED_BY": "DEC-1"}
    full = subprocess.run(["hria", "certify", str(PERFECT), "--body", "CB01", "--auditor", "AUD-1", "--key",
                           str(lite.keys["CB01"]), "-o", str(out)], capture_output=True, text=True, env=env,
                          preexec_fn=small_disk)
    assert full.returncode == 2, full.stdout + full.stderr
    assert len(full.stderr.strip().splitlines()) == 1 and "nothing was written" in full.stderr
    assert not out.exists()
    assert json.loads(lite.hria("registry", "list", "--json", check=True).stdout) == []
    assert lite.hria("registry", "check-log").returncode == 0


def test_moving_from_sqlite_keeps_history_and_serials(lite: RegistryWorld, pg_cluster: Cluster) -> None:
    first = _issue(lite)
    exported = lite.hria("registry", "export", "-o", str(lite.root / "l.json"), "--key",
                         str(lite.keys["CB01"]), "--body", "CB01", check=True)
    head = exported.stdout.split("head: ")[1]
    name = f"moved{os.getpid()}"
    admin = pg_cluster.create_database(name)
    lite.hria("registry", "init-postgres", admin, "--body", "CB01", check=True)
    moved = lite.hria("registry", "migrate", "--from", lite.locations["CB01"], "--to", admin)
    assert moved.returncode == 0, moved.stderr
    assert "1 certificates" in moved.stdout
    body = pg_cluster.url(name, "hria_body_cb01")
    assert lite.hria("registry", "check-log", "--against", head.strip(), HRIA_REGISTRY=body).returncode == 0
    rows = json.loads(lite.hria("registry", "list", "--json", HRIA_REGISTRY=body, check=True).stdout)
    assert [r["serial"] for r in rows] == [first]
    again = lite.hria("registry", "migrate", "--from", lite.locations["CB01"], "--to", admin)
    assert again.returncode == 2 and "not empty" in again.stderr


WORKER = r'''
import dataclasses, pathlib, sys
from hria import signing
from hria.certificates.issuing import signer
from hria.registry import open_registry
from tests.test_registry import draft
url, body, first, count, key_path = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
key = signing.load_private_key(pathlib.Path(key_path))
registry = open_registry(url)
auditor, decider = ("AUD-1", "DEC-1") if body == "CB01" else ("AUD-2", "DEC-2")
for n in range(first, first + count):
    record, new = registry.issue(dataclasses.replace(
        draft(assessment_hash=f"sha256:{n}", organisation=f"{n:013d}"), body_id=body, auditor_id=auditor,
        decided_by=decider, key_id=signing.key_id(key.public_key())), signer(key))
    print(record.serial, "new" if new else "existing", flush=True)
'''


def _worker(pg: RegistryWorld, first: int, count: int) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", WORKER, pg.locations["CB01"], "CB01", str(first),
                             str(count), str(pg.keys["CB01"])], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, cwd=Path(__file__).resolve().parent.parent)


def _numbers(pg: RegistryWorld) -> list[int]:
    with psycopg.connect(pg.locations["admin"], autocommit=True) as admin:
        serials = [r[0] for r in admin.execute("SELECT serial FROM certificates").fetchall()]
    return sorted(int(s.rsplit("-", 1)[1]) for s in serials)


def test_two_issuers_500_each_then_kill_and_rerun(pg: RegistryWorld) -> None:
    workers = [_worker(pg, 0, 500), _worker(pg, 500, 500)]
    for w in workers:
        _, err = w.communicate(timeout=600)
        assert w.returncode == 0, err
    assert _numbers(pg) == list(range(1, 1001))  # 1,000 serials, no duplicate, no gap
    killed = _worker(pg, 1000, 300)
    other = _worker(pg, 2000, 100)
    assert killed.stdout is not None
    seen = 0
    deadline = time.monotonic() + 300
    while seen < 50 and time.monotonic() < deadline:
        if killed.stdout.readline():
            seen += 1
    killed.send_signal(signal.SIGKILL)
    killed.wait()
    assert other.wait(timeout=600) == 0
    rerun = _worker(pg, 1000, 300)
    out, err = rerun.communicate(timeout=600)
    assert rerun.returncode == 0, err
    assert "existing" in out  # recognised its own certificates from before the kill
    assert _numbers(pg) == list(range(1, 1401))
    assert pg.hria("registry", "check-log", who="nhrc").returncode == 0
