"""What-ifs: the assessment with one answer changed, re-scored from what that answer touches.

The corrective-action plan asks this once per gap and an explanation twice, so
the common case is done in integers — the overall as numerator/denominator,
comparisons by cross-multiplying — which is exact and avoids normalising a
Fraction at every step. Property tests check every what-if against scoring the
changed assessment from scratch.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass
from fractions import Fraction

from hria.scoring.compiled import CompiledSet
from hria.scoring.decision import level_after_rules, level_for, level_for_ratio
from hria.scoring.evaluation import MISSING, Evaluation, capped, overall, with_value
from hria.scoring.result import Action, Decision


@dataclass(frozen=True, slots=True)
class Standing:
    """An assessment as scored: what every what-if is compared against."""

    ev: Evaluation
    scores: list[Fraction | None]
    total: Fraction | None
    complete: bool
    level: int | None
    failed_gates: frozenset[int]
    missing: frozenset[int]
    blocking_impacts: tuple[str, ...]
    needs_entry: frozenset[int] = frozenset()
    """Non-negotiables at 0 with no entry in the impact register (the assessment is incomplete)."""


@dataclass(frozen=True, slots=True)
class Baseline:
    """Numbers worked out once per assessment so that each what-if only redoes what it touches."""

    now: Standing
    shares: list[Fraction | None]
    """Each domain's part of the overall (weight over the included weights); None if left out."""
    included_units: int
    floors_failed: frozenset[int]
    lowest: tuple[tuple[int, int, int], ...]
    """The two lowest included domain scores, lowest first, as (position, numerator, denominator)."""


def _below_floor(cs: CompiledSet, d: int, num: int, den: int) -> bool:
    fn, fd = cs.domains[d].floor_ratio
    return fd > 0 and den > 0 and num * fd < fn * den


def baseline(cs: CompiledSet, now: Standing) -> Baseline:
    ev = now.ev
    included = [d for d in cs.domains if ev.den[d.pos]]
    units = sum(d.units for d in included)
    shares: list[Fraction | None] = [None] * len(cs.domains)
    for d in included:
        shares[d.pos] = Fraction(d.units, units)
    floors = frozenset(d.pos for d in included if _below_floor(cs, d.pos, ev.num[d.pos], ev.den[d.pos]))
    lowest = heapq.nsmallest(2, (d.pos for d in included), key=lambda q: now.scores[q] or 0)
    return Baseline(now, shares, units, floors, tuple((q, ev.num[q], ev.den[q]) for q in lowest))


def decision_of(complete: bool, level: int | None) -> Decision:
    if not complete:
        return "incomplete"
    return "certified" if level is not None else "not_certified"


Change = tuple[int, int, int]
"""A domain's new sums: (domain position, numerator, denominator)."""


def _lowest_untouched(base: Baseline, changed: set[int]) -> tuple[int, int]:
    """The lowest score among included domains not in ``changed``, as (num, den); den 0 if none."""
    for d, n, m in base.lowest:
        if d not in changed:
            return n, m
    ev = base.now.ev
    ln, ld = 1, 0
    for d in range(len(ev.den)):  # rare: more domains changed than the two lowest cover
        n, m = ev.num[d], ev.den[d]
        if m and d not in changed and (ld == 0 or n * ld < ln * m):
            ln, ld = n, m
    return ln, ld


def scores_after(cs: CompiledSet, base: Baseline,
                 changes: list[Change]) -> tuple[tuple[int, int] | None, int | None, bool]:
    """Overall (numerator, denominator), the level the scores reach, and whether a floor fails."""
    now = base.now
    before = now.ev
    if now.total is None or any((before.den[d] == 0) != (den == 0) for d, _, den in changes):
        scores = now.scores.copy()
        for d, num, den in changes:
            scores[d] = Fraction(num, den) if den else None
        total = overall(cs, scores)
        lowest = min((s for s in scores if s is not None), default=None)
        floors = any(s is not None and _below_floor(cs, d, s.numerator, s.denominator)
                     for d, s in enumerate(scores))
        ratio = (total.numerator, total.denominator) if total is not None else None
        return ratio, level_for(cs, total, lowest), floors
    tn, td = now.total.numerator, now.total.denominator
    changed = {d for d, _, _ in changes}
    ln, ld = _lowest_untouched(base, changed)
    floors = any(d not in changed for d in base.floors_failed)
    for d, n2, d2 in changes:
        if d2 == 0:
            continue
        d1 = before.den[d]
        diff = n2 * d1 - before.num[d] * d2
        if diff:  # overall += units/included × (n2/d2 − n1/d1)
            q = base.included_units * d1 * d2
            tn, td = tn * q + td * cs.domains[d].units * diff, td * q
        if ld == 0 or n2 * ld < ln * d2:
            ln, ld = n2, d2
        if _below_floor(cs, d, n2, d2):
            floors = True
    return (tn, td), level_for_ratio(cs, tn, td, ln, ld), floors


def _one_domain(cs: CompiledSet, base: Baseline, d: int,
                diff: int) -> tuple[tuple[int, int] | None, int | None, bool]:
    """``scores_after`` when only domain ``d``'s numerator moves, by ``diff`` (the common case)."""
    now = base.now
    assert now.total is not None
    n1, den = now.ev.num[d], now.ev.den[d]
    n2 = n1 + diff
    tn, td = now.total.numerator, now.total.denominator
    if diff:  # overall += units/included × diff/den
        q = base.included_units * den
        tn, td = tn * q + td * cs.domains[d].units * diff, td * q
    ln, ld = n2, den
    for other, n, m in base.lowest:
        if other != d:
            if n * ld < ln * m:
                ln, ld = n, m
            break
    floors = _below_floor(cs, d, n2, den) or any(f != d for f in base.floors_failed)
    return (tn, td), level_for_ratio(cs, tn, td, ln, ld), floors


def what_if(cs: CompiledSet, base: Baseline, pos: int, value: int) -> Action:
    """The assessment with criterion ``pos`` answered ``value`` and nothing else changed."""
    now = base.now
    c = cs.criteria[pos]
    effective = now.ev.effective[pos]
    if not c.downstream and effective >= 0 and value >= 0:
        # Nothing depends on it and it already counts: only its own domain's numerator moves.
        new = capped(c, value, now.ev) if c.prerequisites else value
        total, level, floors_failed = _one_domain(cs, base, c.domain, c.points * (new - effective))
        failing = len(now.failed_gates)
        passed: tuple[str, ...] = ()
        if c.gate is not None:
            was = pos in now.failed_gates
            if was and new >= c.gate:
                failing -= 1
                passed = (c.id,)
            elif not was and new < c.gate:
                failing += 1
        unlocks: tuple[str, ...] = ()
        complete = not now.missing and not (now.needs_entry - ({pos} if value > 0 else set()))
    else:
        total, level, floors_failed, failing, passed, unlocks, complete = _redo(cs, base, pos, value)
    level = level_after_rules(cs, level, failing > 0, floors_failed, bool(now.blocking_impacts))
    if total is not None and now.total is not None:
        a, b = now.total.numerator, now.total.denominator
        gain = (total[0] * b - a * total[1], total[1] * b)
    else:
        gain = (0, 1)
    raw = now.ev.raw[pos]
    return Action("criterion", c.id, cs.domains[c.domain].id, raw if raw >= 0 else None,
                  value, gain, passed, unlocks,
                  cs.levels[level].id if complete and level is not None else None,
                  decision_of(complete, level), total)


def _redo(cs: CompiledSet, base: Baseline, pos: int, value: int) -> tuple[
        tuple[int, int] | None, int | None, bool, int, tuple[str, ...], tuple[str, ...], bool]:
    """The general what-if: re-settle the criterion and everything downstream of it."""
    now = base.now
    c = cs.criteria[pos]
    ev, touched = with_value(cs, now.ev, pos, value)
    total, level, floors_failed = scores_after(cs, base, [(d, ev.num[d], ev.den[d]) for d in touched])
    failed = set(now.failed_gates)
    missing = set(now.missing)
    passed, unlocks = [], []
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
    entries = {q for q in now.needs_entry if q != pos or value == 0}
    return (total, level, floors_failed, len(failed), tuple(sorted(passed)), tuple(sorted(unlocks)),
            not missing and not entries)


def without_impact(cs: CompiledSet, base: Baseline, impact_id: str) -> Action:
    """The assessment with one blocking impact mitigated."""
    now = base.now
    others = [i for i in now.blocking_impacts if i != impact_id]
    lowest = Fraction(base.lowest[0][1], base.lowest[0][2]) if base.lowest else None
    level = level_for(cs, now.total, lowest)
    level = level_after_rules(cs, level, bool(now.failed_gates), bool(base.floors_failed), bool(others))
    total = (now.total.numerator, now.total.denominator) if now.total is not None else None
    return Action("impact", impact_id, None, None, None, (0, 1), (), (),
                  cs.levels[level].id if now.complete and level is not None else None,
                  decision_of(now.complete, level), total)
