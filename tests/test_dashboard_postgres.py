"""The dashboard's assessment summaries on a shared PostgreSQL registry: written with the certification
decision as the certifying body's role, hidden from other bodies and the public role, changed by no
one; the dashboard built from PostgreSQL equals the one built from SQLite; a move copies them."""

from __future__ import annotations

import json
import os
from pathlib import Path

import psycopg
import pytest

from tests.certify_fixtures import registration_number
from tests.postgres_cluster import Cluster
from tests.registry_fixtures import ORG, PERFECT, RegistryWorld, make_registry_world, variant


@pytest.fixture
def pg(pg_cluster: Cluster, tmp_path: Path) -> RegistryWorld:
    return make_registry_world("postgresql", tmp_path / "pg", pg_cluster)


@pytest.fixture
def lite(tmp_path: Path) -> RegistryWorld:
    return make_registry_world("sqlite", tmp_path / "lite", None)


def _population(world: RegistryWorld) -> None:
    """The same assessments on either backend: three certified organisations and a refused one."""
    for n in (0, 1, 2):
        paper = PERFECT if n == 0 else variant(world.root, f"org{n}", {ORG: registration_number(20 + n)})
        world.certify(paper, check=True)
    refused = variant(world.root, "refused", {
        ORG: registration_number(30),
        "criterion: CASE-GOV-01\n    value: 4": "criterion: CASE-GOV-01\n    value: 1"})
    result = world.certify(refused)
    assert result.returncode == 1, result.stdout + result.stderr


def _dashboard(world: RegistryWorld, who: str, out: Path, **env: str) -> dict[str, object]:
    built = world.hria("dashboard", "build", "--registry", env.pop("registry", world.locations[who]),
                       "--scheme", str(world.scheme), "--key", str(world.keys["CB01"]), "--body", "CB01",
                       "-o", str(out), "--json", who=who, check=True)
    assert json.loads(built.stdout)["assessments"] == 4
    doc = json.loads((out / "data" / "dashboard.json").read_text(encoding="utf-8"))
    doc.pop("built_at", None)
    return dict(doc)


def test_certifying_on_postgresql_keeps_a_summary_only_its_body_sees(pg: RegistryWorld) -> None:
    pg.certify(PERFECT, check=True)
    with psycopg.connect(pg.locations["CB01"], autocommit=True) as own:
        rows = own.execute("SELECT organisation_id, decision, serial, body_id, public_listing "
                           "FROM dashboard_assessments").fetchall()
        assert rows == [(ORG, "certified", "CB01-2569-000001", "CB01", True)]
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            own.execute("UPDATE dashboard_assessments SET level = 'gold'")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            own.execute("DELETE FROM dashboard_assessments")
    with psycopg.connect(pg.locations["CB02"], autocommit=True) as other:
        assert other.execute("SELECT count(*) FROM dashboard_assessments").fetchone() == (0,)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            other.execute("UPDATE dashboard_assessments SET decision = 'refused'")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            other.execute("DELETE FROM dashboard_assessments")
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            other.execute("INSERT INTO dashboard_assessments VALUES ('forged', 'X', 'x', 'x', 'business', "
                          "'', 'small', 'Bangkok', 'case_perfect@2026.1', '2026-03-15', 'refused', '', 1, "
                          "'{}', '[]', true, '', 'CB01')")
    with psycopg.connect(pg.locations["nhrc"], autocommit=True) as nhrc:
        assert nhrc.execute("SELECT count(*) FROM dashboard_assessments").fetchone() == (1,)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            nhrc.execute("UPDATE dashboard_assessments SET level = 'gold'")
    with psycopg.connect(pg.locations["public"], autocommit=True) as public, \
            pytest.raises(psycopg.errors.InsufficientPrivilege):
        public.execute("SELECT count(*) FROM dashboard_assessments")
    with psycopg.connect(pg.locations["admin"], autocommit=True) as admin, \
            pytest.raises(psycopg.errors.RaiseException, match="append-only"):
        admin.execute("DELETE FROM dashboard_assessments")


def test_the_certificate_and_its_summary_commit_together(pg: RegistryWorld) -> None:
    with psycopg.connect(pg.locations["admin"], autocommit=True) as admin:
        admin.execute("REVOKE INSERT ON dashboard_assessments FROM hria_body")
        failed = pg.certify(PERFECT)
        assert failed.returncode == 2 and "this role has no right to do that" in failed.stderr, failed.stderr
        assert admin.execute("SELECT count(*) FROM certificates").fetchone() == (0,)
        issued = admin.execute("SELECT count(*) FROM events WHERE kind = 'certificate.issued'")
        assert issued.fetchone() == (0,)
        admin.execute("GRANT INSERT ON dashboard_assessments TO hria_body")
    pg.certify(PERFECT, check=True)
    with psycopg.connect(pg.locations["admin"], autocommit=True) as admin:
        assert admin.execute("SELECT serial FROM dashboard_assessments").fetchall() == [("CB01-2569-000001",)]


def test_the_dashboard_from_postgresql_equals_the_one_from_sqlite(pg: RegistryWorld, lite: RegistryWorld,
                                                                 tmp_path: Path) -> None:
    _population(pg)
    _population(lite)
    from_pg = _dashboard(pg, "nhrc", tmp_path / "site-pg")
    from_lite = _dashboard(lite, "nhrc", tmp_path / "site-lite")
    assert from_pg == from_lite
    assert from_pg["assessments"] == 4 and from_pg["certificates"] == 3


def test_moving_to_postgresql_copies_the_summaries(lite: RegistryWorld, pg_cluster: Cluster,
                                                   tmp_path: Path) -> None:
    _population(lite)
    name = f"dashmoved{os.getpid()}"
    admin = pg_cluster.create_database(name)
    lite.hria("registry", "init-postgres", admin, "--body", "CB01", "--body", "CB02", check=True)
    moved = lite.hria("registry", "migrate", "--from", lite.locations["CB01"], "--to", admin, check=True)
    assert "4 assessment summaries" in moved.stdout
    with psycopg.connect(admin, autocommit=True) as conn:
        kept = conn.execute("SELECT decision, body_id FROM dashboard_assessments "
                            "ORDER BY decision").fetchall()
    assert kept == [("certified", "CB01")] * 3 + [("refused", None)]  # two bodies: whose refusal is unknown
    with psycopg.connect(pg_cluster.url(name, "hria_body_cb01"), autocommit=True) as own:
        assert own.execute("SELECT count(*) FROM dashboard_assessments").fetchone() == (3,)
    nhrc = pg_cluster.url(name, "hria_nhrc")
    assert _dashboard(lite, "nhrc", tmp_path / "site-moved", registry=nhrc) == \
        _dashboard(lite, "nhrc", tmp_path / "site-lite")
