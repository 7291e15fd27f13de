"""The dashboard's figures, worked out once from the registry: the page and the open data show the same.

Every figure is a ``Table`` (named columns, rows of plain values), so the HTML page, the CSV
and the JSON files are three views of one object. Counts of organisations pass through
``suppression`` before they reach a table; an organisation is named only where it holds a
certificate and may be listed publicly.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from hria.dashboard import suppression
from hria.dashboard.records import AssessmentSummary
from hria.models.provinces import PROVINCES
from hria.registry.model import CertificateRecord

TARGETS = {2569: 10, 2570: 15}
"""Indicator 2.2, cumulative number of organisations that use the tool (NHRC plan 2566–2570)."""
PLAN_YEARS = (2566, 2567, 2568, 2569, 2570)
TYPES = ("government_agency", "local_administration", "educational_institution", "business")
LEVELS = ("basic", "good", "excellent")
STATUSES = ("valid", "suspended", "revoked", "superseded", "expired")
DUE_SOON_DAYS = 90


def fiscal_year(day: dt.date) -> int:
    """Thai fiscal year (B.E.) of a day: 1 October to 30 September; 1 Oct 2025 starts FY 2569."""
    return day.year + 543 + (1 if day.month >= 10 else 0)


@dataclass(frozen=True)
class Table:
    """One figure: columns and rows, as the page, the CSV and the JSON show it."""

    name: str
    columns: tuple[str, ...]
    rows: list[dict[str, Any]] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {"columns": list(self.columns), "rows": self.rows}


def _months_after(day: dt.date, months: int) -> dt.date:
    from hria.certificates.issuing import add_months

    return add_months(day, months)


def surveillance_due(c: CertificateRecord) -> dt.date:
    """When the certificate's next surveillance visit is due (the registry's date where it keeps one)."""
    due = getattr(c, "surveillance_due", None)
    if isinstance(due, dt.date):
        return due
    return _months_after(c.issued_on, int(getattr(c, "surveillance_months", 12) or 12))


@dataclass
class Figures:
    """All the dashboard's tables, for one registry on one day."""

    today: dt.date
    tables: dict[str, Table]
    listed: list[dict[str, Any]]

    def table(self, name: str) -> Table:
        return self.tables[name]


def indicator(summaries: list[AssessmentSummary], today: dt.date) -> Table:
    """Indicator 2.2: organisations with a recorded assessment, new and cumulative by fiscal year.
    Counted by the plan's definition and shown whole: it names no organisation and no result."""
    first: dict[str, dt.date] = {}
    for s in summaries:
        if s.organisation_id not in first or s.assessed_on < first[s.organisation_id]:
            first[s.organisation_id] = s.assessed_on
    new = Counter(fiscal_year(d) for d in first.values())
    years = sorted(set(PLAN_YEARS) | set(new) | {fiscal_year(today)})
    rows, running = [], 0
    for y in years:
        running += new.get(y, 0)
        rows.append({"fiscal_year": y, "new": new.get(y, 0), "cumulative": running,
                     "target": TARGETS.get(y), "met": None if y not in TARGETS else running >= TARGETS[y]})
    return Table("indicator-2-2", ("fiscal_year", "new", "cumulative", "target", "met"), rows)


def type_of(c: CertificateRecord, by_hash: dict[str, AssessmentSummary]) -> str:
    """The organisation type of a certificate: from its assessment summary, the registry, or its set."""
    s = by_hash.get(c.assessment_hash)
    if s is not None:
        return s.organisation_type
    kind = getattr(c, "organisation_type", "")
    if kind:
        return str(kind)
    return {"gov": TYPES[0], "lao": TYPES[1], "edu": TYPES[2], "business": TYPES[3]}.get(
        c.set_ref.split("@")[0], "unknown")


def by_type_and_level(current: list[CertificateRecord], by_hash: dict[str, AssessmentSummary]) -> Table:
    counts = Counter((type_of(c, by_hash), c.level) for c in current)
    shown = suppression.two_way(dict(counts), TYPES, LEVELS)
    rows = [{"organisation_type": t, **{lv: shown[(t, lv)] for lv in LEVELS}, "total": shown[(t, "total")]}
            for t in (*TYPES, "total")]
    return Table("certificates-by-type-level", ("organisation_type", *LEVELS, "total"), rows)


def by_status(certs: list[CertificateRecord], today: dt.date) -> Table:
    counts: Counter[str] = Counter(c.effective_status(today) for c in certs)
    shown = suppression.one_way({s: counts[s] for s in STATUSES})
    return Table("certificates-by-status", ("status", "certificates"),
                 [{"status": s, "certificates": shown[s]} for s in (*STATUSES, "total")])


def by_province(current: list[CertificateRecord], by_hash: dict[str, AssessmentSummary]) -> Table:
    counts = Counter(by_hash[c.assessment_hash].province if c.assessment_hash in by_hash else "unknown"
                     for c in current)
    ids = [p.id for p in PROVINCES] + (["unknown"] if counts.get("unknown") else [])
    shown = suppression.one_way({p: counts.get(p, 0) for p in ids})
    return Table("certificates-by-province", ("province", "certificates"),
                 [{"province": p, "certificates": shown[p]} for p in (*ids, "total")])


def failed_criteria(summaries: list[AssessmentSummary], top: int = 15) -> Table:
    """The criteria most often failed (gates not met), across the latest assessment of each organisation.
    The counts do not add up to a total (one assessment fails several), so only the small ones hide."""
    counts = Counter((s.set_ref.split("@")[0], c) for s in _latest(summaries) for c in set(s.failed_criteria))
    assessed = Counter(s.set_ref.split("@")[0] for s in _latest(summaries))
    rows = [{"set": k[0], "criterion": k[1], "assessments_failing": n, "assessments": assessed[k[0]]}
            for k, n in counts.most_common() if n >= suppression.THRESHOLD][:top]
    return Table("failed-criteria", ("set", "criterion", "assessments_failing", "assessments"), rows)


def weakest_domains(summaries: list[AssessmentSummary]) -> Table:
    """Average domain score by organisation type (latest assessment each), lowest first; a domain
    scored for fewer than 3 organisations of a type is left out."""
    scores: dict[tuple[str, str], list[float]] = defaultdict(list)
    for s in _latest(summaries):
        for domain, value in s.domain_scores.items():
            if value is not None:
                scores[(s.organisation_type, domain)].append(value)
    rows = [{"organisation_type": t, "domain": d, "average_score": round(sum(v) / len(v), 1),
             "organisations": len(v)}
            for (t, d), v in scores.items() if len(v) >= suppression.THRESHOLD]
    rows.sort(key=lambda r: (r["average_score"], r["organisation_type"], r["domain"]))
    return Table("domain-scores", ("organisation_type", "domain", "average_score", "organisations"), rows)


def surveillance(current: list[CertificateRecord], today: dt.date) -> Table:
    """Valid certificates whose surveillance visit is overdue, or due within 90 days, by month due."""
    counts: Counter[str] = Counter()
    for c in current:
        due = surveillance_due(c)
        if due < today:
            counts["overdue"] += 1
        elif (due - today).days <= DUE_SOON_DAYS:
            counts[due.strftime("%Y-%m")] += 1
    keys = ["overdue", *sorted(k for k in counts if k != "overdue")]
    shown = suppression.one_way({k: counts.get(k, 0) for k in keys})
    return Table("surveillance", ("due", "certificates"),
                 [{"due": k, "certificates": shown[k]} for k in (*keys, "total")])


def _latest(summaries: list[AssessmentSummary]) -> list[AssessmentSummary]:
    latest: dict[str, AssessmentSummary] = {}
    for s in summaries:
        key = s.organisation_id
        if key not in latest or (s.assessed_on, s.assessment_hash) > (latest[key].assessed_on,
                                                                       latest[key].assessment_hash):
            latest[key] = s
    return list(latest.values())


def listed_organisations(current: list[CertificateRecord],
                         by_hash: dict[str, AssessmentSummary]) -> list[dict[str, Any]]:
    """Certified organisations that may be named: public bodies, and businesses that agreed."""
    rows = []
    for c in current:
        s = by_hash.get(c.assessment_hash)
        kind = type_of(c, by_hash)
        if s is not None and not s.listed:
            continue
        if s is None and kind == "business":
            continue  # no consent on record: a business is counted, not named
        rows.append({"serial": c.serial, "organisation_th": c.organisation_name_th,
                     "organisation_en": c.organisation_name_en, "organisation_type": kind,
                     "province": s.province if s else "", "set": c.set_ref, "level": c.level,
                     "score": c.score, "issued_on": c.issued_on.isoformat(),
                     "expires_on": c.expires_on.isoformat()})
    rows.sort(key=lambda r: (r["organisation_th"], r["serial"]))
    return rows


def work_out(summaries: list[AssessmentSummary], certs: list[CertificateRecord], today: dt.date,
             extra: tuple[Table, ...] = ()) -> Figures:
    by_hash = {s.assessment_hash: s for s in summaries}
    current = [c for c in certs if c.effective_status(today) == "valid"]
    tables = [indicator(summaries, today), by_type_and_level(current, by_hash), by_status(certs, today),
              by_province(current, by_hash), failed_criteria(summaries), weakest_domains(summaries),
              surveillance(current, today), *extra]
    listed = listed_organisations(current, by_hash)
    tables.append(Table("certified-organisations", ("serial", "organisation_th", "organisation_en",
                                                    "organisation_type", "province", "set", "level", "score",
                                                    "issued_on", "expires_on"), listed))
    return Figures(today, {t.name: t for t in tables}, listed)
