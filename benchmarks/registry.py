"""Certificates registered per second: SQLite and PostgreSQL (local socket), one and two writers.

Each writer is a separate process that registers N certificates through the
registry's interface (serial from the counter row, signature, event appended to
the chain: the registry's share of issuing, without the PDF). PostgreSQL runs
in a throw-away cluster started here (initdb/pg_ctl, as in the tests), unless
--url names an admin URL of an existing server.

    python benchmarks/registry.py [-n 300] [--url postgresql://admin@/postgres?host=/tmp]
"""

from __future__ import annotations

import argparse
import datetime as dt
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def draft(n: int, key_id: str) -> object:
    from hria.registry import CertificateRecord, today

    day = today()
    return CertificateRecord(
        serial="", body_id="CB01", auditor_id="AUD-1", organisation_id=f"{n:013d}",
        organisation_name_th=f"องค์กร {n}", organisation_name_en=f"Organisation {n}",
        assessment_hash=f"sha256:{n}", set_ref="business@2026.1", level="basic", score=70.0,
        issued_on=day, expires_on=day + dt.timedelta(days=3 * 365 - 1), status="valid", status_reason="",
        signed="", key_id=key_id, decided_by="DEC-1", organisation_type="business",
        assessed_on=day, set_effective_on=dt.date(2026, 1, 1))


def worker(location: str, first: int, count: int, key_path: str, start_at: float) -> None:
    """Register ``count`` certificates from ``start_at`` (after imports and connecting); print the span."""
    from hria import signing
    from hria.certificates.payload import payload_of
    from hria.registry import open_registry

    key = signing.load_private_key(Path(key_path))
    kid = signing.key_id(key.public_key())
    registry = open_registry(location)
    drafts = [draft(n, kid) for n in range(first, first + count)]
    while time.time() < start_at:
        time.sleep(0.001)
    began = time.time()
    for d in drafts:
        registry.issue(d, lambda r: signing.sign(payload_of(r, kid), key))  # type: ignore[arg-type]
    print(began, time.time(), flush=True)
    registry.close()


def prepare(location: str, admin: str | None, key_path: Path) -> None:
    """Register the body and its two auditors (as the scheme owner and the body, on PostgreSQL)."""
    from hria import signing
    from hria.registry import Auditor, Body, open_registry

    signing.generate_keys(key_path, key_path.with_suffix(".pub"))
    public = signing.load_public_key(key_path.with_suffix(".pub"))
    owner = location
    if admin:
        from hria.registry.postgres_setup import init_postgres

        init_postgres(admin, ["CB01"])
        owner = admin.replace("user=hria_admin", "user=hria_nhrc")
    reg = open_registry(owner)
    pem = signing.public_pem(public).decode()
    reg.add_body(Body("CB01", "หน่วยรับรอง", "Body", pem, signing.key_id(public)), "BENCH")
    reg.close()
    reg = open_registry(location)
    for person in ("AUD-1", "DEC-1"):
        reg.add_auditor(Auditor(person, person, "CB01", ("business",)), "BENCH")
    reg.close()


def run(location: str, writers: int, n: int, key_path: Path) -> float:
    """Certificates per second with ``writers`` processes each registering n."""
    start_at = time.time() + 3  # every writer imported and connected, then all start together
    procs = [subprocess.Popen([sys.executable, __file__, "--worker", location, str(w * n), str(n),
                               str(key_path), str(start_at)], stdout=subprocess.PIPE, text=True)
             for w in range(writers)]
    spans = []
    for p in procs:
        out, _ = p.communicate()
        if p.returncode != 0:
            raise SystemExit("a writer failed")
        spans.append(tuple(float(x) for x in out.split()))
    return writers * n / (max(end for _, end in spans) - min(begin for begin, _ in spans))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-n", type=int, default=300, help="certificates per writer")
    parser.add_argument("--url", help="admin URL of an existing PostgreSQL server (a database is created)")
    parser.add_argument("--worker", nargs=5, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        location, first, count, key, start_at = args.worker
        worker(location, int(first), int(count), key, float(start_at))
        return
    from tests.postgres_cluster import start_cluster

    cluster = None if args.url else start_cluster()
    results: dict[tuple[str, int], float] = {}
    try:
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp)
            for writers in (1, 2):
                key = root / f"sqlite{writers}" / "CB01.key"
                file = str(root / f"reg{writers}.sqlite3")
                prepare(file, None, key)
                results[("SQLite", writers)] = run(file, writers, args.n, key)
                name = f"bench{uuid.uuid4().hex[:8]}"
                if cluster:
                    admin = cluster.create_database(name)
                    body = cluster.url(name, "hria_body_cb01")
                else:
                    import psycopg

                    with psycopg.connect(args.url, autocommit=True) as conn:
                        conn.execute(f'CREATE DATABASE "{name}"')
                    admin = args.url.replace("/postgres", f"/{name}")
                    body = admin
                key = root / f"pg{writers}" / "CB01.key"
                prepare(body, admin, key)
                results[("PostgreSQL", writers)] = run(body, writers, args.n, key)
    finally:
        if cluster:
            cluster.stop()
    print(f"certificates registered per second ({args.n} per writer; serial, signature, event in one "
          "transaction)")
    print(f"{'':>12} {'1 writer':>10} {'2 writers':>10}")
    for backend in ("SQLite", "PostgreSQL"):
        print(f"{backend:>12} {results[(backend, 1)]:>10.0f} {results[(backend, 2)]:>10.0f}")
    ratio = results[("PostgreSQL", 1)] / results[("SQLite", 1)]
    print(f"PostgreSQL / SQLite, one writer: {ratio:.2f}")


if __name__ == "__main__":
    main()
