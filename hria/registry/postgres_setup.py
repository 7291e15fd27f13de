"""`hria registry init-postgres`: schema, roles and policies of a shared registry, and its migrations.

Run by the database's administrator (a superuser: the event function and the
public list view act with its rights, above row-level security). Each body gets
a login role ``hria_body_<id>`` mapped to its id; ``hria_nhrc`` is the scheme
owner's login and ``hria_reader`` the public one. Passwords are set by the
administrator (``ALTER ROLE … PASSWORD``), never by hria.
"""

from __future__ import annotations

import re
from typing import Any

from hria.errors import Said
from hria.registry.model import RegistryUnavailable
from hria.registry.postgres import connect, errors, safe_url
from hria.registry.schema_postgres import MIGRATIONS

SCHEME_LOGIN = "hria_nhrc"
PUBLIC_LOGIN = "hria_reader"


def body_role(body_id: str) -> str:
    return "hria_body_" + re.sub(r"[^a-z0-9]+", "_", body_id.lower()).strip("_")


def migrate_postgres(conn: Any, where: str) -> int:
    """Apply the migrations not yet applied, under an advisory lock; returns the schema version."""
    with errors(where), conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(7313)")
        conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, "
                     "applied_at timestamptz NOT NULL DEFAULT now())")
        row = conn.execute("SELECT coalesce(max(version), 0) FROM schema_migrations").fetchone()
        version = int(row[0])
        for number, statements in enumerate(MIGRATIONS[version:], start=version + 1):
            for statement in statements:
                conn.execute(statement)
            conn.execute("INSERT INTO schema_migrations (version) VALUES (%s)", (number,))
        conn.execute("GRANT SELECT ON schema_migrations TO hria_body, hria_scheme, hria_public")
    return len(MIGRATIONS)


def init_postgres(url: str, bodies: list[str]) -> list[str]:
    from psycopg import sql

    conn = connect(url)
    where = safe_url(url)
    try:
        superuser = conn.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user").fetchone()
        if not superuser or not superuser[0]:
            raise RegistryUnavailable(code="registry.pg_superuser", where=where)
        version = migrate_postgres(conn, where)
        lines: list[str] = [Said("registry.pg_ready", version=version, where=where)]
        logins: list[tuple[str, str, str | None]] = [(SCHEME_LOGIN, "hria_scheme", None),
                                                     (PUBLIC_LOGIN, "hria_public", None)]
        logins += [(body_role(b), "hria_body", b) for b in bodies]
        with errors(where), conn.transaction():
            for login, group, body in logins:
                exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (login,)).fetchone()
                if not exists:
                    conn.execute(sql.SQL("CREATE ROLE {} LOGIN").format(sql.Identifier(login)))
                conn.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(group), sql.Identifier(login)))
                if body:
                    conn.execute("INSERT INTO body_roles VALUES (%s, %s) ON CONFLICT (role_name) DO NOTHING",
                                 (login, body))
                lines.append(Said("registry.pg_body_role", login=login, group=group, body=body) if body
                             else Said("registry.pg_role", login=login, group=group))
        return lines
    finally:
        conn.close()
