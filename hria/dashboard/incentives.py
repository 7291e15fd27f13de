"""Incentive programmes as data, and who is eligible for each (NHRC plan, strategic issue 2.2
strategy 3 with strategic issue 1.1).

A programme names its partner agency and its eligibility: criteria sets, the minimum
certification level, the certificate statuses that count and the organisation types. The
bundled programmes are examples (``example: true``); a partner's real programme is a file
of the same shape passed with ``--programmes``.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from hria.dashboard.figures import type_of
from hria.dashboard.records import AssessmentSummary
from hria.errors import UsageError
from hria.models.text import Text
from hria.registry.model import CertificateRecord

LEVEL_ORDER = ("basic", "good", "excellent")
BUNDLED = Path(__file__).with_name("programmes.yaml")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Eligibility(_Model):
    sets: list[str] = Field(min_length=1)
    minimum_level: Literal["basic", "good", "excellent"]
    statuses: list[Literal["valid", "suspended", "revoked", "superseded", "expired"]] = ["valid"]
    organisation_types: list[str] = Field(min_length=1)


class Programme(_Model):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]{1,80}$")
    example: bool
    name: Text
    partner: Text
    eligibility: Eligibility


class Programmes(_Model):
    schema_version: Literal[1]
    programmes: list[Programme]


@cache
def load(path: Path = BUNDLED) -> tuple[Programme, ...]:
    """The programmes in ``path`` (YAML, read without object construction; errors name file:line:col)."""
    from hria.loading.model_errors import validate_document
    from hria.loading.yaml_source import read_yaml

    found = validate_document(Programmes, read_yaml(path)).programmes
    ids = [p.id for p in found]
    if len(set(ids)) != len(ids):
        raise UsageError(f"{path}: a programme id is listed twice")
    return tuple(found)


def programme(programme_id: str, path: Path = BUNDLED) -> Programme:
    known = load(path)
    for p in known:
        if p.id == programme_id:
            return p
    names = ", ".join(p.id for p in known)
    raise UsageError(f"unknown incentive programme '{programme_id}' (known: {names})")


def eligible(p: Programme, certs: list[CertificateRecord], summaries: dict[str, AssessmentSummary],
             today: dt.date) -> list[dict[str, Any]]:
    """The rows of the partner's list: each certificate that meets the programme's eligibility.
    ``public_listing`` says whether the organisation agreed to be named publicly (the partner
    may use the row for the programme, not publish it)."""
    rule = p.eligibility
    floor = LEVEL_ORDER.index(rule.minimum_level)
    rows = []
    for c in certs:
        s = summaries.get(c.assessment_hash)
        kind = type_of(c, summaries)
        if (c.set_ref.split("@")[0] not in rule.sets or c.effective_status(today) not in rule.statuses
                or c.level not in LEVEL_ORDER or LEVEL_ORDER.index(c.level) < floor
                or kind not in rule.organisation_types):
            continue
        rows.append({"programme": p.id, "serial": c.serial, "organisation_id": c.organisation_id,
                     "organisation_th": c.organisation_name_th, "organisation_en": c.organisation_name_en,
                     "organisation_type": kind, "province": s.province if s else "", "set": c.set_ref,
                     "level": c.level, "score": c.score, "status": c.effective_status(today),
                     "issued_on": c.issued_on.isoformat(), "expires_on": c.expires_on.isoformat(),
                     "public_listing": bool(s.listed) if s else kind != "business"})
    return rows
