"""`hria registry migrate --from SQLITE --to URL`: a certifier who moves to the shared registry.

Everything is copied in one PostgreSQL transaction, the event log verbatim (same
sequence numbers, times and hashes), so the chain checks the same after the move
and a head published before it is still found; the move itself is then an event.
The dashboard's assessment summaries come along, each kept for the body that issued
its certificate (a refused assessment: the source's body when it has only one; else
no body, which only the scheme owner reads). The target must be empty and reached as
its administrator.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hria.errors import Said
from hria.registry.model import RegistryUnavailable, RuleBroken
from hria.registry.postgres import connect, errors, safe_url
from hria.registry.postgres_setup import migrate_postgres
from hria.registry.sqlite import SQLiteRegistry
from hria.registry.store import event_data

# table -> columns, in an order that keeps references valid
TABLES: dict[str, tuple[str, ...]] = {
    "bodies": ("id", "name_th", "name_en", "accreditation"),
    "body_keys": ("key_id", "body_id", "public_key_pem", "valid_from", "valid_to", "compromised_from"),
    "auditors": ("id", "name", "body_id", "scope"),
    "serials": ("body_id", "year", "last"),
    "certificates": ("serial", "body_id", "auditor_id", "organisation_id", "organisation_name_th",
                     "organisation_name_en", "assessment_hash", "set_ref", "level", "score", "issued_on",
                     "expires_on", "status", "status_reason", "signed", "key_id", "decided_by",
                     "organisation_type", "assessed_on", "set_effective_on", "backdate_reason",
                     "surveillance_months", "surveillance_due", "supersedes", "status_cause"),
    "conflicts": ("auditor_id", "organisation_id", "declared_on", "reason"),
    "complaints": ("id", "serial", "kind", "received_on", "summary", "outcome", "closed_on"),
    "surveillance_visits": ("id", "serial", "visited_on", "result", "auditor_id"),
    "events": ("seq", "at", "kind", "subject", "data", "prev_hash", "hash"),
}
_IDENTITY = {"complaints": "id", "surveillance_visits": "id", "events": "seq"}


def _copy_summaries(old: SQLiteRegistry, conn: Any) -> int:
    """The dashboard's summaries (a SQLite file has them once something was certified in it)."""
    from hria.dashboard.records import COLUMNS as SUMMARY_COLUMNS

    if not list(old.iter_rows("SELECT 1 FROM sqlite_master WHERE name = 'dashboard_assessments'")):
        return 0
    serial_body = dict(old.iter_rows("SELECT serial, body_id FROM certificates"))
    bodies = [b for (b,) in old.iter_rows("SELECT id FROM bodies")]
    sole = bodies[0] if len(bodies) == 1 else None
    rows = [(*row[:-2], bool(row[-2]), row[-1], serial_body.get(row[-1], sole))
            for row in old.iter_rows(f"SELECT {', '.join(SUMMARY_COLUMNS)} FROM dashboard_assessments")]
    with conn.cursor() as cur:
        cur.executemany(f"INSERT INTO dashboard_assessments ({', '.join(SUMMARY_COLUMNS)}, body_id) "
                        f"VALUES ({', '.join(['%s'] * (len(SUMMARY_COLUMNS) + 1))})", rows)
    return len(rows)


def move(source: str, target: str) -> dict[str, int]:
    if not Path(source).is_file():
        raise RegistryUnavailable(code="registry.no_sqlite", where=source)
    old = SQLiteRegistry(Path(source))
    problems = old.verify_log()
    if problems:
        first = problems[0]
        raise RuleBroken(code="rule.source_log_broken", source=source, problem=first,
                         problem_th=first.in_("th") if isinstance(first, Said) else first)
    conn = connect(target)
    where = safe_url(target)
    counts: dict[str, int] = {}
    try:
        migrate_postgres(conn, where)
        with errors(where), conn.transaction():
            used = conn.execute("SELECT (SELECT count(*) FROM bodies) + (SELECT count(*) FROM events)")
            if used.fetchone()[0]:
                raise RegistryUnavailable(code="registry.target_not_empty", where=where)
            for table, columns in TABLES.items():
                rows = list(old.iter_rows(f"SELECT {', '.join(columns)} FROM {table}"))
                override = " OVERRIDING SYSTEM VALUE" if table in _IDENTITY else ""
                sql = (f"INSERT INTO {table} ({', '.join(columns)}){override} "
                       f"VALUES ({', '.join(['%s'] * len(columns))})")
                with conn.cursor() as cur:
                    cur.executemany(sql, rows)
                counts[table] = len(rows)
                if table in _IDENTITY:
                    column = _IDENTITY[table]
                    conn.execute(f"SELECT setval(pg_get_serial_sequence('{table}', '{column}'), "
                                 f"greatest((SELECT max({column}) FROM {table}), 1))")
            counts["assessment summaries"] = _copy_summaries(old, conn)
            conn.execute("SELECT hria_append_event(%s, %s, %s)",
                         ("registry.moved", where, event_data({"by": "hria migrate", "reason": f"moved from "
                                                              f"{Path(source).name}", "counts": counts})))
    finally:
        conn.close()
        old.close()
    return counts
