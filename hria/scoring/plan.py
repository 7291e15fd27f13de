"""The corrective-action plan: every gap, ranked by what fixing it alone would change.

For each applicable criterion answered below its maximum, the assessment is
re-scored with that one answer at the maximum (only the criterion and what
depends on it are redone): the points the overall gains, the must-pass gates
that would then pass, the criteria downstream that it releases (a cap lifted or
a question switched on) and the decision that would follow. Open severe impacts
are actions too. Ranking: changes the decision first, then gates passed,
points gained, criteria released, and the id as a stable tie-break.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from hria.scoring.compiled import CompiledSet
from hria.scoring.decision import level_after_rules, level_for
from hria.scoring.evaluation import MISSING, Evaluation, overall, with_value
from hria.scoring.result import Action, Decision


@dataclass(frozen=True, slots=True)
class Standing:
    """What the plan compares each fix against: the assessment as scored."""

    ev: Evaluation
    scores: list[Fraction | None]
    total: Fraction | None
    complete: bool
    level: int | None
    failed_gates: frozenset[int]
    missing: frozenset[int]
    blocking_impacts: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Baseline:
    """Numbers worked out once per assessment so that each what-if only redoes what it touches."""

    now: Standing
    shares: list[Fraction | None]
    """Each domain's part of the overall (weight over the included weights); None if left out."""
    floors_failed: frozenset[int]
    ranked: tuple[tuple[Fraction, int], ...]
    """Included domain scores, lowest first, with their positions."""


def baseline(cs: CompiledSet, now: Standing) -> Baseline:
    included = sum((d.weight for d in cs.domains if now.scores[d.pos] is not None), Fraction(0))
    shares = [d.weight / included if now.scores[d.pos] is not None else None for d in cs.domains]
    floors = frozenset(d.pos for d in cs.domains if _below_floor(cs, d.pos, now.scores[d.pos]))
    ranked = tuple(sorted((s, d) for d, s in enumerate(now.scores) if s is not None))
    return Baseline(now, shares, floors, ranked)


def _below_floor(cs: CompiledSet, d: int, score: Fraction | None) -> bool:
    floor = cs.domains[d].floor
    return floor is not None and score is not None and score < floor


def _decision(complete: bool, level: int | None) -> Decision:
    if not complete:
        return "incomplete"
    return "certified" if level is not None else "not_certified"


def _scores_after(cs: CompiledSet, base: Baseline, ev: Evaluation,
                  touched: set[int]) -> tuple[Fraction | None, Fraction | None, bool]:
    """Overall, lowest domain score and whether a floor fails, after a change in ``touched`` domains."""
    now = base.now
    new = {d: ev.domain_score(d) for d in touched}
    if now.total is None or any((now.scores[d] is None) != (new[d] is None) for d in touched):
        scores = [new.get(d, s) for d, s in enumerate(now.scores)]
        total = overall(cs, scores)
        lowest = min((s for s in scores if s is not None), default=None)
        return total, lowest, any(_below_floor(cs, d, s) for d, s in enumerate(scores))
    total = now.total
    for d, score in new.items():
        old, share = now.scores[d], base.shares[d]
        assert score is not None and old is not None and share is not None
        if score != old:
            total += share * (score - old)
    untouched = next((s for s, d in base.ranked if d not in touched), None)
    lowest = min((s for s in (untouched, *new.values()) if s is not None), default=None)
    floors = (any(d not in touched for d in base.floors_failed)
              or any(_below_floor(cs, d, s) for d, s in new.items()))
    return total, lowest, floors


def what_if(cs: CompiledSet, base: Baseline, pos: int, value: int) -> Action:
    """The assessment with criterion ``pos`` answered ``value`` and nothing else changed."""
    now = base.now
    c = cs.criteria[pos]
    ev, touched = with_value(cs, now.ev, pos, value)
    total, lowest, floors_failed = _scores_after(cs, base, ev, touched)
    passed, unlocks = [], []
    failed = set(now.failed_gates)
    missing = set(now.missing)
    for q in (pos, *c.downstream):
        dc = cs.criteria[q]
        before, after = now.ev.effective[q], ev.effective[q]
        if q != pos and ((ev.applies[q] and not now.ev.applies[q]) or after > before >= 0):
            unlocks.append(dc.id)
        if ev.applies[q] and ev.raw[q] == MISSING:
            missing.add(q)
        else:
            missing.discard(q)
        if dc.gate is None:
            continue
        fails = ev.applies[q] and ev.raw[q] >= 0 and after < dc.gate
        if q in failed and not fails:
            failed.discard(q)
            passed.append(dc.id)
        elif fails:
            failed.add(q)
    level = level_for(cs, total, lowest)
    level = level_after_rules(cs, level, bool(failed), floors_failed, bool(now.blocking_impacts))
    complete = not missing
    gained = total - now.total if total is not None and now.total is not None else Fraction(0)
    raw = now.ev.raw[pos]
    return Action(0, "criterion", c.id, cs.domains[c.domain].id, raw if raw >= 0 else None,
                  value, gained, tuple(sorted(passed)), tuple(sorted(unlocks)),
                  cs.levels[level].id if complete and level is not None else None,
                  _decision(complete, level), total)


def _impact_action(cs: CompiledSet, base: Baseline, impact_id: str) -> Action:
    now = base.now
    others = [i for i in now.blocking_impacts if i != impact_id]
    level = level_for(cs, now.total, base.ranked[0][0] if base.ranked else None)
    level = level_after_rules(cs, level, bool(now.failed_gates), bool(base.floors_failed), bool(others))
    return Action(0, "impact", impact_id, None, None, None, Fraction(0), (), (),
                  cs.levels[level].id if now.complete and level is not None else None,
                  _decision(now.complete, level), now.total)


def _rank(now: Standing, a: Action, level_pos: dict[str, int]) -> tuple[bool, int, Fraction, int, str, str]:
    current = -1 if now.level is None else now.level
    after = -1 if a.level_after is None else level_pos[a.level_after]
    changes = now.complete and after > current
    return (not changes, -len(a.gates_passed), -a.points_gained, -len(a.unlocks), a.kind, a.target)


def build_plan(cs: CompiledSet, now: Standing) -> tuple[Action, ...]:
    base = baseline(cs, now)
    actions = [
        what_if(cs, base, c.pos, c.max_value)
        for c in cs.criteria
        if now.ev.applies[c.pos] and 0 <= now.ev.raw[c.pos] < c.max_value
    ]
    actions += [_impact_action(cs, base, i) for i in now.blocking_impacts]
    level_pos = {lv.id: lv.pos for lv in cs.levels}
    actions.sort(key=lambda a: _rank(now, a, level_pos))
    return tuple(
        Action(rank, a.kind, a.target, a.domain, a.current_value, a.target_value, a.points_gained,
               a.gates_passed, a.unlocks, a.level_after, a.decision_after, a.overall_after)
        for rank, a in enumerate(actions, start=1)
    )
