"""What the registry keeps for the dashboard: one summary per assessment scored for certification.

A summary holds the organisation's type, subtype, size and province, the decision, the
level, the overall and domain scores and the criteria it failed — never the answers —
and whether the organisation agreed to be named publicly (public bodies always are; a
business may opt out of the list of names, never of the counts). The table lives in the
registry's database beside the certificates: in a SQLite file created on first use (``CREATE
TABLE IF NOT EXISTS``), so it needs no step of that file's schema versioning; in a shared
PostgreSQL registry created by its migrations (``schema_postgres``), where each body's role
inserts and reads only its own summaries and none may change one (row-level security).
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from hria.errors import UsageError

if TYPE_CHECKING:
    from hria.models.assessment import Assessment
    from hria.registry.model import Registry
    from hria.scoring.result import Result

STATE_BODIES = ("government_agency", "local_administration", "educational_institution")

_TABLE = """
CREATE TABLE IF NOT EXISTS dashboard_assessments (
    assessment_hash TEXT PRIMARY KEY, organisation_id TEXT NOT NULL,
    name_th TEXT NOT NULL, name_en TEXT NOT NULL, organisation_type TEXT NOT NULL,
    subtype TEXT NOT NULL, size TEXT NOT NULL, province TEXT NOT NULL, set_ref TEXT NOT NULL,
    assessed_on TEXT NOT NULL, decision TEXT NOT NULL CHECK (decision IN ('certified', 'refused')),
    level TEXT NOT NULL, overall REAL, domain_scores TEXT NOT NULL, failed_criteria TEXT NOT NULL,
    public_listing INTEGER NOT NULL, serial TEXT NOT NULL)
"""
COLUMNS = ("assessment_hash", "organisation_id", "name_th", "name_en", "organisation_type", "subtype",
            "size", "province", "set_ref", "assessed_on", "decision", "level", "overall",
            "domain_scores", "failed_criteria", "public_listing", "serial")


@dataclass(frozen=True)
class AssessmentSummary:
    """One assessment scored for certification, as the dashboard counts it."""

    assessment_hash: str
    organisation_id: str
    name_th: str
    name_en: str
    organisation_type: str
    subtype: str
    size: str
    province: str
    set_ref: str
    assessed_on: dt.date
    decision: str  # certified | refused
    level: str  # "" when refused
    overall: float | None
    domain_scores: dict[str, float | None] = field(default_factory=dict)
    failed_criteria: tuple[str, ...] = ()
    public_listing: bool = True
    serial: str = ""

    @property
    def listed(self) -> bool:
        """May this organisation be named publicly? Public bodies always; a business by consent."""
        return self.organisation_type in STATE_BODIES or self.public_listing


def summary_of(result: Result, assessment: Assessment, serial: str = "") -> AssessmentSummary:
    """The summary of a scored assessment: scores and failed gates, not the answers; listed publicly
    unless the organisation said ``public_listing: false``."""
    org = assessment.organisation
    public_listing = org.public_listing is not False
    failed = [g.criterion for g in result.gates if g.status == "failed"]
    return AssessmentSummary(
        result.assessment_hash, org.registration_number, org.name.th, org.name.en, org.type,
        org.subtype or "", org.size, org.province, result.set_ref, assessment.assessed_on,
        "certified" if result.decision == "certified" and result.level is not None else "refused",
        result.level.id if result.level is not None and result.decision == "certified" else "",
        None if result.overall is None else round(float(result.overall), 2),
        {d.id: None if d.score is None else round(float(d.score), 2) for d in result.domains},
        tuple(failed), public_listing, serial)


def _row(s: AssessmentSummary) -> tuple[Any, ...]:
    return (s.assessment_hash, s.organisation_id, s.name_th, s.name_en, s.organisation_type, s.subtype,
            s.size, s.province, s.set_ref, s.assessed_on.isoformat(), s.decision, s.level, s.overall,
            json.dumps(s.domain_scores, sort_keys=True), json.dumps(list(s.failed_criteria)),
            s.public_listing, s.serial)


def _summary(row: tuple[Any, ...]) -> AssessmentSummary:
    d = dict(zip(COLUMNS, row, strict=True))
    if isinstance(d["assessed_on"], str):  # SQLite keeps text, PostgreSQL a date
        d["assessed_on"] = dt.date.fromisoformat(d["assessed_on"])
    d["domain_scores"] = json.loads(d["domain_scores"])
    d["failed_criteria"] = tuple(json.loads(d["failed_criteria"]))
    d["public_listing"] = bool(d["public_listing"])
    return AssessmentSummary(**d)


_UPSERT = (f"INSERT INTO dashboard_assessments ({', '.join(COLUMNS)}) "
           f"VALUES ({', '.join('?' * len(COLUMNS))}) "
           f"ON CONFLICT (assessment_hash) DO UPDATE SET "
           f"{', '.join(f'{c} = excluded.{c}' for c in COLUMNS[1:])}")
_INSERT_ONCE = (f"INSERT INTO dashboard_assessments ({', '.join(COLUMNS)}) "
                f"VALUES ({', '.join('?' * len(COLUMNS))}) ON CONFLICT (assessment_hash) DO NOTHING")
"""On PostgreSQL a summary, once written, is never changed (no body role may update one)."""
_SELECT = f"SELECT {', '.join(COLUMNS)} FROM dashboard_assessments ORDER BY assessed_on, assessment_hash"


def _shared(registry: Registry) -> bool:
    from hria.registry.postgres import PostgresRegistry

    return isinstance(registry, PostgresRegistry)


def kept_in(registry: Registry) -> bool:
    """Does this registry keep assessment summaries? A SQLite file does, and a shared PostgreSQL
    registry does (its schema has the table; each body's role sees only its own rows)."""
    return getattr(registry, "path", None) is not None or _shared(registry)


def decision_tx(registry: Registry) -> AbstractContextManager[object]:
    """One transaction around a certification decision and its summary, on PostgreSQL (the
    registry's own transactions nest inside it as savepoints); SQLite writes them one after the
    other, as it always has."""
    return registry._tx() if _shared(registry) else nullcontext()  # type: ignore[attr-defined]


class _Tx(Protocol):
    def all(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]: ...
    def run(self, sql: str, params: Sequence[Any] = ()) -> int: ...


class _SQLiteFile:
    """A registry file opened on its own connection (a registry without transactions to share)."""

    def __init__(self, path: Path) -> None:
        if not Path(path).is_file():
            raise UsageError(code="verify.no_registry", path=path)
        self.db = sqlite3.connect(path, timeout=30, isolation_level=None)

    def all(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return [tuple(r) for r in self.db.execute(sql, tuple(params))]

    def run(self, sql: str, params: Sequence[Any] = ()) -> int:
        return self.db.execute(sql, tuple(params)).rowcount

    @contextmanager
    def tx(self) -> Iterator[_Tx]:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")


class AssessmentLog:
    """The summaries in the registry's database, in a table of their own beside the registry's.

    Written and read through the registry's own transactions where it offers them (SQL with
    ``?`` placeholders and an upsert both SQLite and PostgreSQL accept), else on a connection
    of its own to the registry's SQLite file."""

    _insert = _UPSERT

    def __init__(self, path: Path) -> None:
        own = _SQLiteFile(path)
        self._tx: Callable[[], AbstractContextManager[_Tx]] = own.tx
        self._read: Callable[[], _Tx] = lambda: own
        self._close: Callable[[], None] = own.db.close
        self._create()

    @classmethod
    def of(cls, registry: Registry) -> AssessmentLog:
        """The log kept in ``registry``'s own database (see ``kept_in``)."""
        if not kept_in(registry):
            raise UsageError(code="dashboard.no_summaries")
        shared_tx, shared_read = getattr(registry, "_tx", None), getattr(registry, "_read", None)
        if callable(shared_tx) and callable(shared_read):
            log = cls.__new__(cls)
            log._tx, log._read, log._close = shared_tx, shared_read, lambda: None
            if _shared(registry):
                log._insert = _INSERT_ONCE  # the table is the schema's; a body role creates none
            else:
                log._create()
            return log
        return cls(Path(getattr(registry, "path", "")))

    def _create(self) -> None:
        with self._tx() as tx:
            tx.run(_TABLE)

    def add(self, summaries: Iterable[AssessmentSummary]) -> int:
        """Store summaries (one per assessment: the same assessment again replaces its row)."""
        rows = [_row(s) for s in summaries]
        with self._tx() as tx:
            for row in rows:
                tx.run(self._insert, row)
        return len(rows)

    def all(self) -> list[AssessmentSummary]:
        return [_summary(r) for r in self._read().all(_SELECT)]

    def close(self) -> None:
        self._close()
