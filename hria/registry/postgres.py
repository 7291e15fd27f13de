"""The registry on PostgreSQL (psycopg 3): the shared registry of many certification bodies.

The same rules as SQLite (``store``, ``lifecycle``); the database adds what a
shared registry needs — each body's role sees and changes only its own rows
(row-level security, FORCEd), the one-current-certificate rule as a partial
unique index across all bodies, serials from a counter row, and the event
chain appended through a function that locks its head. Schema and roles come
from ``hria registry init-postgres`` (``postgres_setup``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from hria.error_texts import error_text
from hria.registry.db_reasons import pg_kind, pg_reason, refusal_th
from hria.registry.lifecycle import CertificateRegistry
from hria.registry.model import CertificateRecord, NotFound, RegistryUnavailable, RuleBroken
from hria.registry.schema_postgres import MIGRATIONS
from hria.registry.store import Tx

PUBLIC_COLUMNS = ("serial", "body_id", "organisation_id", "organisation_name_th", "organisation_name_en",
                  "set_ref", "level", "score", "issued_on", "expires_on", "status", "status_reason", "key_id",
                  "supersedes", "surveillance_due", "signed")


_AUTHORITY = re.compile(r"^([a-z][a-z0-9+.-]*://)([^/?#]*)(.*)$", re.I | re.S)
_QUERY_PASSWORD = re.compile(r"([?&]password=)([^&#]*)", re.I)


def safe_url(url: str) -> str:
    """The URL without its password (``user:password@`` up to the last ``@``, or ``?password=``),
    for messages."""
    parts = _AUTHORITY.match(url)
    if parts and "@" in parts[2]:
        userinfo, _, host = parts[2].rpartition("@")
        if ":" in userinfo:
            userinfo = userinfo.split(":", 1)[0] + ":***"
        url = f"{parts[1]}{userinfo}@{host}{parts[3]}"
    return _QUERY_PASSWORD.sub(r"\1***", url)


def _password_pieces(url: str) -> set[str]:
    """The password in ``url`` and the pieces a driver may quote when it misreads the URL (a
    password with an unescaped ``@`` ends up in the host name)."""
    from urllib.parse import unquote

    found = []
    parts = _AUTHORITY.match(url)
    if parts and "@" in parts[2]:
        userinfo = parts[2].rpartition("@")[0]
        if ":" in userinfo:
            found.append(userinfo.split(":", 1)[1])
    found += [m[2] for m in _QUERY_PASSWORD.finditer(url)]
    pieces = set()
    for password in found:
        for text in (password, unquote(password)):
            pieces |= {text, *text.split("@")}
    return {p for p in pieces if p}


def _driver_detail(exc: Exception, url: str) -> str:
    """psycopg's first line, unless it quotes any piece of the password: then the catalogue's
    English for its kind."""
    said = _first_line(exc)
    if any(piece in said for piece in _password_pieces(url)):
        return error_text(f"pg.{pg_kind(exc)}", "en", {"state": ""})
    return said


def _sql(text: str) -> str:
    return text.replace("?", "%s")


@contextmanager
def errors(where: str) -> Iterator[None]:
    """psycopg's errors as one line: a broken rule, a missing right, an unreachable server."""
    import psycopg
    from psycopg import errors as pg

    try:
        yield
    except pg.UniqueViolation as exc:
        if "one_current_certificate" in str(exc):
            raise RuleBroken(code="rule.one_current_shared") from None
        raise _refusal(exc) from None
    except pg.InsufficientPrivilege as exc:
        raise RegistryUnavailable(code="registry.pg_no_right_detail", where=where,
                                  detail=_first_line(exc)) from None
    except pg.RaiseException as exc:
        raise _refusal(exc) from None
    except psycopg.errors.CheckViolation as exc:
        if "row-level security" in str(exc):
            raise RegistryUnavailable(code="registry.pg_no_right", where=where) from None
        raise _refusal(exc) from None
    except psycopg.Error as exc:
        raise RegistryUnavailable(code="registry.pg_error", where=where, detail=_first_line(exc),
                                  reason_th=pg_reason(exc)) from None


def _refusal(exc: Exception) -> RuleBroken:
    said = _first_line(exc)
    return RuleBroken(code="rule.refuses", text=said, text_th=refusal_th(said))


def _first_line(exc: Exception) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


class _PgTx:
    def __init__(self, conn: Any, where: str) -> None:
        self.conn, self.where = conn, where

    def one(self, sql: str, params: Sequence[Any] = ()) -> tuple[Any, ...] | None:
        with errors(self.where):
            row = self.conn.execute(_sql(sql), tuple(params)).fetchone()
        return tuple(row) if row is not None else None

    def all(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        with errors(self.where):
            return [tuple(r) for r in self.conn.execute(_sql(sql), tuple(params)).fetchall()]

    def run(self, sql: str, params: Sequence[Any] = ()) -> int:
        with errors(self.where):
            return int(self.conn.execute(_sql(sql), tuple(params)).rowcount)


def connect(url: str) -> Any:
    import psycopg

    where = safe_url(url)
    try:
        return psycopg.connect(url, autocommit=True, connect_timeout=10)
    except psycopg.Error as exc:
        raise RegistryUnavailable(code="registry.pg_unreachable", where=where,
                                  detail=_driver_detail(exc, url), reason_th=pg_reason(exc)) from None


class PostgresRegistry(CertificateRegistry):
    def __init__(self, url: str) -> None:
        self.location = safe_url(url)
        self.conn = connect(url)
        row = self._read().one("SELECT to_regclass('public.schema_migrations') IS NOT NULL")
        version = 0
        if row and row[0]:
            got = self._read().one("SELECT max(version) FROM schema_migrations")
            version = int(got[0] or 0) if got else 0
        if version < len(MIGRATIONS):
            raise RegistryUnavailable(code="registry.pg_schema_older", where=self.location, version=version,
                                      needed=len(MIGRATIONS))
        if version > len(MIGRATIONS):
            raise RegistryUnavailable(code="registry.pg_schema_newer", where=self.location, version=version,
                                      known=len(MIGRATIONS))

    def close(self) -> None:
        self.conn.close()

    @contextmanager
    def _tx(self) -> Iterator[Tx]:
        with errors(self.location), self.conn.transaction():
            yield _PgTx(self.conn, self.location)

    def _read(self) -> Tx:
        return _PgTx(self.conn, self.location)

    def _append(self, tx: Tx, kind: str, subject: str, data: str) -> None:
        tx.one("SELECT hria_append_event(?, ?, ?)", (kind, subject, data))

    def unlogged_change(self, serial: str) -> tuple[str, str] | None:
        # On the server no body or reader role can write a row around the rules (row-level
        # security, the locked append function), and the public reader may not read the log:
        # the row-against-log check is for a SQLite file, which whoever holds it can edit.
        return None

    def certificate(self, serial: str) -> CertificateRecord:
        """A body or the scheme owner reads the certificate; the public role reads its public-list row
        (what verification needs: status, dates, the signed payload)."""
        public = self._read().one("SELECT pg_has_role(current_user, 'hria_public', 'member')")
        if not public or not public[0]:
            return super().certificate(serial)
        row = self._read().one(f"SELECT {', '.join(PUBLIC_COLUMNS)} FROM public_list WHERE serial = ?",
                               (serial,))
        if row is None:
            raise NotFound(code="registry.no_certificate", serial=serial, location=self.location)
        data = dict(zip(PUBLIC_COLUMNS, row, strict=True))
        data["score"] = float(data["score"])
        return CertificateRecord(**data, auditor_id="", assessment_hash="")

