"""A throw-away PostgreSQL cluster for tests: initdb + pg_ctl in a temporary folder, on a free port,
listening only on a Unix socket there. initdb refuses to run as root, so under root (CI) the server
runs as an unprivileged user (postgres, else nobody)."""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

ADMIN = "hria_admin"


def server_bindir() -> Path | None:
    """Where initdb and pg_ctl are: PATH, `pg_config --bindir`, or Debian's versioned folder."""
    if shutil.which("initdb") and shutil.which("pg_ctl"):
        return Path(shutil.which("initdb") or "").parent
    candidates = []
    if shutil.which("pg_config"):
        out = subprocess.run(["pg_config", "--bindir"], capture_output=True, text=True)
        candidates.append(out.stdout.strip())
    candidates += sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
    for folder in candidates:
        if folder and (Path(folder) / "initdb").exists() and (Path(folder) / "pg_ctl").exists():
            return Path(folder)
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _run_user() -> str | None:
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    raise RuntimeError("running as root and no unprivileged user to run PostgreSQL as")


@dataclass
class Cluster:
    bindir: Path
    root: Path
    port: int
    user: str | None

    @property
    def socket_dir(self) -> Path:
        return self.root

    def url(self, database: str, role: str = ADMIN) -> str:
        return f"postgresql:///{database}?host={self.socket_dir}&port={self.port}&user={role}"

    def _cmd(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(list(args), capture_output=True, text=True, check=True, user=self.user,
                              cwd=self.root)

    def start(self) -> None:
        data = self.root / "data"
        self._cmd(str(self.bindir / "initdb"), "-D", str(data), "-U", ADMIN, "--auth=trust",
                  "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")
        self._cmd(str(self.bindir / "pg_ctl"), "-D", str(data), "-l", str(self.root / "log"), "-w", "-o",
                  f"-p {self.port} -k {self.socket_dir} -c listen_addresses='' -c fsync=off "
                  f"-c max_connections=50", "start")

    def stop(self) -> None:
        subprocess.run([str(self.bindir / "pg_ctl"), "-D", str(self.root / "data"), "-m", "immediate", "-w",
                        "stop"], capture_output=True, user=self.user, cwd=self.root)
        shutil.rmtree(self.root, ignore_errors=True)

    def create_database(self, name: str) -> str:
        import psycopg

        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)


def start_cluster() -> Cluster | None:
    bindir = server_bindir()
    if bindir is None:
        return None
    root = Path(tempfile.mkdtemp(prefix="hria-pg-"))
    user = _run_user()
    if user:
        shutil.chown(root, user)
    cluster = Cluster(bindir, root, _free_port(), user)
    cluster.start()
    return cluster
