"""A registry world on either backend, driven through the installed `hria`: the scheme owner (NHRC)
and two certification bodies, each acting through its own location (on PostgreSQL, its own role)."""

from __future__ import annotations

import os
import shutil
import subprocess
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.postgres_cluster import Cluster, server_bindir, start_cluster

CASES = REPO / "tests" / "cases"
PERFECT = CASES / "perfect" / "answers.yaml"
ORG = "0105536000003"
KEY_SINCE = "2026-01-01"


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    if server_bindir() is None:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL server binaries not found (scripts/setup installs them)")
        pytest.skip("PostgreSQL server binaries not found")
    cluster = start_cluster()
    assert cluster is not None
    try:
        yield cluster
    finally:
        cluster.stop()


@dataclass
class RegistryWorld:
    backend: str
    root: Path
    env: dict[str, str]
    locations: dict[str, str]  # nhrc, CB01, CB02, admin
    keys: dict[str, Path] = field(default_factory=dict)

    def hria(self, *args: str, who: str = "CB01", check: bool = False,
             **env: str) -> subprocess.CompletedProcess[str]:
        exe = shutil.which("hria")
        assert exe, "hria is not installed"
        run_env = {**self.env, "HRIA_REGISTRY": self.locations[who], "HRIA_ACTOR": f"{who}-OFFICE",
                   "HRIA_DECIDED_BY": "DEC-1" if who == "CB01" else "DEC-2", **env}
        result = subprocess.run([exe, *args], capture_output=True, text=True, env=run_env)
        if check:
            assert result.returncode == 0, result.stdout + result.stderr
        return result

    def certify(self, assessment: Path, *args: str, body: str = "CB01",
                check: bool = False) -> subprocess.CompletedProcess[str]:
        auditor = "AUD-1" if body == "CB01" else "AUD-2"
        return self.hria("certify", str(assessment), "--body", body, "--auditor", auditor, "--key",
                         str(self.keys[body]), "-o", str(self.root / f"{uuid.uuid4().hex}.pdf"), *args,
                         who=body, check=check)

    @property
    def scheme(self) -> Path:
        """The scheme file the scheme owner signed (beside the bodies' keys, as certify expects)."""
        return self.root / "keys" / "scheme.json"

    def pub(self, body: str) -> Path:
        return self.keys[body].with_suffix(".pub")


def variant(root: Path, name: str, changes: dict[str, str]) -> Path:
    """A copy of the perfect assessment with text replaced (another organisation, another date…)."""
    text = PERFECT.read_text(encoding="utf-8")
    for old, new in changes.items():
        assert old in text
        text = text.replace(old, new)
    path = root / f"{name}.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def make_registry_world(backend: str, root: Path, cluster: Cluster | None) -> RegistryWorld:
    criteria = root / "criteria" / "case_perfect" / "2026.1.yaml"
    criteria.parent.mkdir(parents=True)
    shutil.copy(CASES / "perfect" / "criteria.yaml", criteria)
    env = {**os.environ, "HRIA_CRITERIA_PATH": str(root / "criteria"), "NO_COLOR": "1",
           "HRIA_LANG": "en"}  # the tests quote English output
    env.pop("HRIA_REGISTRY", None)
    if backend == "sqlite":
        file = str(root / "reg.sqlite3")
        locations = {"nhrc": file, "CB01": file, "CB02": file, "admin": file, "public": file}
    else:
        assert cluster is not None
        name = f"t{uuid.uuid4().hex[:12]}"
        admin = cluster.create_database(name)
        locations = {"nhrc": cluster.url(name, "hria_nhrc"), "CB01": cluster.url(name, "hria_body_cb01"),
                     "CB02": cluster.url(name, "hria_body_cb02"), "admin": admin,
                     "public": cluster.url(name, "hria_reader")}
    world = RegistryWorld(backend, root, env, locations)
    if backend == "postgresql":
        world.hria("registry", "init-postgres", admin, "--body", "CB01", "--body", "CB02", check=True)
    world.hria("keys", "init-root", "--dir", str(root / "root"), check=True)
    draft = ["verification_url: https://verify.example.org/hria", "list_freshness_days: 7", "bodies:"]
    for body in ("CB01", "CB02"):
        world.hria("keys", "init", "--body", body, "--dir", str(root / "keys"), check=True)
        world.keys[body] = root / "keys" / f"{body}.key"
        world.hria("keys", "issue-body", "--body", body, "--name", f"Body {body}", "--root",
                   str(root / "root"), "--dir", str(root / "keys"), check=True)
        world.hria("registry", "add-body", body, "--name-th", f"หน่วยรับรอง {body}", "--name-en",
                   f"Body {body}", "--pubkey", str(world.pub(body)), "--key-valid-from", KEY_SINCE,
                   who="nhrc", check=True)
        draft += [f"  - {{id: {body}, name_th: หน่วยรับรอง {body}, name_en: Body {body},",
                  f"     keys: [{{public_key: keys/{body}.pub, valid_from: {KEY_SINCE},",
                  "              valid_until: 2035-12-31}]}"]
    (root / "scheme.yaml").write_text("\n".join(draft) + "\n", encoding="utf-8")
    world.hria("keys", "sign-scheme", str(root / "scheme.yaml"), "--root", str(root / "root"), "-o",
               str(world.scheme), check=True)
    for body, suffix in (("CB01", "1"), ("CB02", "2")):
        for person in (f"AUD-{suffix}", f"DEC-{suffix}"):
            world.hria("registry", "add-auditor", person, "--name", f"คุณ {person}", "--body", body,
                       "--scope", "business", who=body, check=True)
    return world
