"""How one criterion's score came about, and what it does to its domain, the overall and the level."""

from __future__ import annotations

from dataclasses import dataclass, replace
from fractions import Fraction
from typing import Any

from hria.models.assessment import Assessment
from hria.scoring.compiled import CompiledSet
from hria.scoring.engine import score, standing
from hria.scoring.result import Action, CriterionResult, DomainResult, Result
from hria.scoring.texts import rounded
from hria.scoring.whatif import baseline, what_if


@dataclass(frozen=True)
class Link:
    """A criterion this one depends on: a prerequisite (caps it) or a condition (switches it on)."""

    kind: str
    criterion: str
    at_least: int
    cap: int | None
    value: int | None
    met: bool


@dataclass(frozen=True)
class Explanation:
    result: Result
    criterion: CriterionResult
    domain: DomainResult
    share_in_domain: Fraction | None
    """The criterion's weight over the weights counted in its domain."""
    points_in_domain: Fraction | None
    share_in_overall: Fraction | None
    points_in_overall: Fraction | None
    links: tuple[Link, ...]
    downstream: tuple[str, ...]
    at_max: Action | None
    at_zero: Action | None

    def to_json(self) -> dict[str, Any]:
        def num(x: Fraction | None) -> float | None:
            return None if x is None else rounded(x)

        def scenario(a: Action | None) -> dict[str, Any] | None:
            if a is None:
                return None
            return {"value": a.target_value, "overall": num(a.overall_after),
                    "overall_change": num(a.points_gained), "decision": a.decision_after,
                    "level": a.level_after, "gates_passed": list(a.gates_passed),
                    "unlocks": list(a.unlocks)}

        r = self.result
        return {
            "criterion": self.criterion.to_json(),
            "domain": self.domain.to_json(),
            "share_in_domain": num(self.share_in_domain * 100 if self.share_in_domain else None),
            "points_in_domain": num(self.points_in_domain),
            "share_in_overall": num(self.share_in_overall * 100 if self.share_in_overall else None),
            "points_in_overall": num(self.points_in_overall),
            "depends_on": [{"kind": k.kind, "criterion": k.criterion, "at_least": k.at_least,
                            "cap": k.cap, "value": k.value, "met": k.met} for k in self.links],
            "downstream": list(self.downstream),
            "current": {"overall": num(r.overall), "decision": r.decision,
                        "level": r.level.id if r.level else None},
            "if_max": scenario(self.at_max),
            "if_zero": scenario(self.at_zero),
        }


def explain(cs: CompiledSet, assessment: Assessment, criterion_id: str,
            result: Result | None = None) -> Explanation:
    """Explain ``criterion_id`` (KeyError if the set has no such criterion)."""
    c = cs.criterion(criterion_id)
    result = result or score(cs, assessment)
    now = standing(cs, assessment)
    level = next((lv.pos for lv in cs.levels if result.level and lv.id == result.level.id), None)
    now = replace(now, level=level)
    base = baseline(cs, now)
    ev = now.ev
    cr = result.criterion(criterion_id)
    dr = result.domain(cs.domains[c.domain].id)
    share_d = points_d = share_o = points_o = None
    if cr.score is not None and ev.den[c.domain]:
        share_d = Fraction(c.units, ev.den[c.domain])
        points_d = share_d * cr.score
        if dr.share is not None:
            share_o = dr.share * share_d
            points_o = dr.share * points_d
    links = [
        Link("prerequisite", cs.criteria[ref].id, at_least, cap,
             ev.effective[ref] if ev.effective[ref] >= 0 else None,
             not (ev.applies[ref] and ev.raw[ref] >= 0) or ev.effective[ref] >= at_least)
        for ref, at_least, cap in c.prerequisites
    ]
    links += [
        Link("condition", cs.criteria[ref].id, at_least, None,
             ev.raw[ref] if ev.raw[ref] >= 0 else None, ev.applies[ref] and ev.raw[ref] >= at_least)
        for ref, at_least in c.when
    ]
    applies = ev.applies[c.pos]
    return Explanation(
        result=result, criterion=cr, domain=dr,
        share_in_domain=share_d, points_in_domain=points_d,
        share_in_overall=share_o, points_in_overall=points_o,
        links=tuple(links),
        downstream=tuple(cs.criteria[p].id for p in c.downstream),
        at_max=what_if(cs, base, c.pos, c.max_value) if applies else None,
        at_zero=what_if(cs, base, c.pos, 0) if applies else None,
    )
