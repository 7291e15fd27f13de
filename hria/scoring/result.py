"""The result of scoring one assessment, and its stable JSON shape (docs/result-format.md).

Scores are kept as exact fractions; ``to_json`` rounds them for display (two
decimals, half up) and also gives the overall and domain scores exactly, so the
same inputs always produce byte-identical output.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from fractions import Fraction
from functools import cached_property
from typing import Any, Literal

from hria.models.criteria import Level
from hria.scoring.texts import Message, rounded

RESULT_FORMAT = "hria.result/1"

Status = Literal["complete", "incomplete"]
Decision = Literal["certified", "not_certified", "incomplete"]
AnswerState = Literal["scored", "not_applicable", "missing", "skipped"]
GateStatus = Literal["passed", "failed", "not_applicable", "unanswered"]


def _num(x: Fraction | None) -> float | None:
    return None if x is None else rounded(x)


def _exact(x: Fraction | None) -> str | None:
    return None if x is None else str(x)


def _msg(m: Message) -> dict[str, Any]:
    return {"code": m.code, "subject": m.subject, "th": m.th, "en": m.en, "data": dict(m.data)}


@dataclass(frozen=True, slots=True)
class Cap:
    criterion: str
    at_least: int
    cap: int
    prerequisite_value: int


@dataclass(frozen=True, slots=True)
class CriterionResult:
    id: str
    domain: str
    weight: Fraction
    max_value: int
    applicable: bool
    applicability: Message
    state: AnswerState
    value: int | None
    effective_value: int | None
    score: Fraction | None
    caps: tuple[Cap, ...]
    cap_reason: Message | None
    must_pass: int | None
    answer_ignored: bool

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "domain": self.domain, "weight": float(self.weight),
            "max": self.max_value, "applicable": self.applicable,
            "applicability": _msg(self.applicability), "state": self.state,
            "value": self.value, "effective_value": self.effective_value, "score": _num(self.score),
            "caps": [{"criterion": c.criterion, "at_least": c.at_least, "cap": c.cap,
                      "prerequisite_value": c.prerequisite_value} for c in self.caps],
            "cap_reason": _msg(self.cap_reason) if self.cap_reason else None,
            "must_pass": self.must_pass, "answer_ignored": self.answer_ignored,
        }


@dataclass(frozen=True, slots=True)
class DomainResult:
    id: str
    weight: Fraction
    share: Fraction | None
    """This domain's part of the overall after re-weighting; None when it drops out."""
    score: Fraction | None
    floor: Fraction | None
    floor_passed: bool | None
    counted: int
    not_applicable: int
    skipped: int
    missing: int

    @property
    def included(self) -> bool:
        return self.score is not None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "weight": float(self.weight), "included": self.included,
            "share": _num(self.share * 100 if self.share is not None else None),
            "score": _num(self.score), "score_exact": _exact(self.score),
            "floor": _num(self.floor), "floor_passed": self.floor_passed,
            "criteria": {"counted": self.counted, "not_applicable": self.not_applicable,
                         "skipped": self.skipped, "missing": self.missing},
        }


@dataclass(frozen=True, slots=True)
class GateResult:
    criterion: str
    at_least: int
    value: int | None
    status: GateStatus

    def to_json(self) -> dict[str, Any]:
        return {"criterion": self.criterion, "at_least": self.at_least, "value": self.value,
                "status": self.status}


@dataclass(frozen=True, slots=True)
class ImpactResult:
    id: str
    kind: str
    involvement: str
    severity: int
    likelihood: int
    status: str
    severe: bool
    blocking: bool

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "kind": self.kind, "involvement": self.involvement,
                "severity": self.severity, "likelihood": self.likelihood, "status": self.status,
                "severe": self.severe, "blocking": self.blocking}


@dataclass(frozen=True, slots=True)
class Action:
    """One corrective action: raise a criterion to its maximum, or mitigate an impact."""

    kind: Literal["criterion", "impact"]
    target: str
    domain: str | None
    current_value: int | None
    target_value: int | None
    gain: tuple[int, int]
    """Points gained as (numerator, denominator), kept unnormalised until asked for."""
    gates_passed: tuple[str, ...]
    unlocks: tuple[str, ...]
    level_after: str | None
    decision_after: Decision
    after: tuple[int, int] | None
    """The overall after the action as (numerator, denominator); None when nothing is scored."""
    rank: int = 0
    """Position in the plan, 1 first; set once by the plan after ranking (0 outside a plan)."""

    @property
    def points_gained(self) -> Fraction:
        return Fraction(*self.gain)

    @property
    def overall_after(self) -> Fraction | None:
        return Fraction(*self.after) if self.after else None

    def to_json(self) -> dict[str, Any]:
        return {
            "rank": self.rank, "kind": self.kind, "target": self.target, "domain": self.domain,
            "current_value": self.current_value, "target_value": self.target_value,
            "points_gained": _num(self.points_gained), "points_gained_exact": str(self.points_gained),
            "gates_passed": list(self.gates_passed), "unlocks": list(self.unlocks),
            "overall_after": _num(self.overall_after),
            "decision_after": self.decision_after, "level_after": self.level_after,
            "owner": "", "due": "",
        }


@dataclass(frozen=True)
class Result:
    engine_version: str
    set_id: str
    set_version: str
    content_hash: str
    assessment_hash: str
    organisation: dict[str, Any]
    status: Status
    decision: Decision
    level: Level | None
    score_level: str | None
    reasons: tuple[Message, ...]
    overall: Fraction | None
    domains: tuple[DomainResult, ...]
    criteria: tuple[CriterionResult, ...]
    gates: tuple[GateResult, ...]
    floors_failed: tuple[str, ...]
    impacts: tuple[ImpactResult, ...]
    missing: tuple[str, ...]
    ignored_answers: tuple[str, ...]
    plan_source: Callable[[], tuple[Action, ...]] = field(compare=False, repr=False)
    """Builds the corrective-action plan; called once, on first use of ``plan``."""

    @cached_property
    def plan(self) -> tuple[Action, ...]:
        """The corrective-action plan, ranked (``hria.scoring.plan``).

        Worked out on first use: it re-scores the assessment once per gap, which costs
        more than the rest of scoring, and a batch that only needs the decision skips it.
        """
        return self.plan_source()

    @property
    def set_ref(self) -> str:
        return f"{self.set_id}@{self.set_version}"

    def criterion(self, criterion_id: str) -> CriterionResult:
        return next(c for c in self.criteria if c.id == criterion_id)

    def domain(self, domain_id: str) -> DomainResult:
        return next(d for d in self.domains if d.id == domain_id)

    def to_json(self) -> dict[str, Any]:
        """The documented, stable shape (docs/result-format.md)."""
        return {
            "format": RESULT_FORMAT,
            "engine_version": self.engine_version,
            "criteria_set": {"id": self.set_id, "version": self.set_version, "ref": self.set_ref,
                             "content_hash": self.content_hash},
            "assessment": {"hash": self.assessment_hash, **self.organisation},
            "status": self.status,
            "decision": self.decision,
            "level": ({"id": self.level.id, "name": self.level.name.model_dump()}
                      if self.level else None),
            "score_level": self.score_level,
            "overall": _num(self.overall),
            "overall_exact": _exact(self.overall),
            "reasons": [_msg(m) for m in self.reasons],
            "domains": [d.to_json() for d in self.domains],
            "gates": [g.to_json() for g in self.gates],
            "floors_failed": list(self.floors_failed),
            "impacts": [i.to_json() for i in self.impacts],
            "missing": list(self.missing),
            "ignored_answers": list(self.ignored_answers),
            "criteria": [c.to_json() for c in self.criteria],
            "plan": [a.to_json() for a in self.plan],
        }
