"""The arithmetic core: applicability, caps, domain and overall scores, exactly.

Works on positions in the compiled set's evaluation order and plain integers, so
the corrective-action plan can re-score an assessment once per gap cheaply.
Scores are exact fractions; nothing here rounds.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction

from hria.scoring.compiled import CompiledCriterion, CompiledSet

MISSING = -2
NOT_APPLICABLE = -1


@dataclass(slots=True)
class Evaluation:
    """One assessment's numbers; lists are indexed by position in the evaluation order."""

    raw: list[int]
    """The answer: a value on the scale, NOT_APPLICABLE or MISSING."""
    profile_ok: list[bool]
    applies: list[bool]
    effective: list[int]
    """The value after prerequisite caps; -1 where the criterion does not count."""
    num: list[int]
    """Per domain: sum of points × effective value."""
    den: list[int]
    """Per domain: sum of units of the criteria that count."""
    facts: frozenset[str] = frozenset()
    """The organisation's profile facts that are yes."""

    def domain_score(self, d: int) -> Fraction | None:
        return Fraction(self.num[d], self.den[d]) if self.den[d] else None


def profile_applies(c: CompiledCriterion, subtype: str | None, size: str,
                    facts: frozenset[str] = frozenset()) -> bool:
    """Whether the organisation's subtype, size and profile facts (those that are yes) fit ``c``."""
    return ((c.subtypes is None or subtype in c.subtypes) and (c.sizes is None or size in c.sizes)
            and all(f in facts for f in c.profile))


def _when_holds(c: CompiledCriterion, applies: list[bool], raw: list[int]) -> bool:
    # NOT_APPLICABLE and MISSING are negative, so below any at_least (>= 1).
    return all(applies[ref] and raw[ref] >= at_least for ref, at_least in c.when)


def capped(c: CompiledCriterion, value: int, ev: Evaluation) -> int:
    """``value`` limited by every prerequisite still below its mark (one not counting does not cap)."""
    for ref, at_least, cap in c.prerequisites:
        if cap < value and ev.applies[ref] and ev.raw[ref] >= 0 and ev.effective[ref] < at_least:
            value = cap
    return value


def _settle(cs: CompiledSet, ev: Evaluation, c: CompiledCriterion) -> None:
    """Work out whether ``c`` applies and what it counts, adding it to its domain's sums."""
    i = c.pos
    applies = ev.profile_ok[i] and _when_holds(c, ev.applies, ev.raw)
    ev.applies[i] = applies
    value = ev.raw[i]
    if not applies or value < 0:
        ev.effective[i] = -1
        return
    effective = capped(c, value, ev) if c.prerequisites else value
    ev.effective[i] = effective
    ev.num[c.domain] += c.points * effective
    ev.den[c.domain] += c.units


def evaluate(cs: CompiledSet, profile_ok: list[bool], raw: list[int],
             facts: frozenset[str] = frozenset()) -> Evaluation:
    n, nd = len(cs.criteria), len(cs.domains)
    ev = Evaluation(raw, profile_ok, [False] * n, [-1] * n, [0] * nd, [0] * nd, facts)
    for c in cs.criteria:
        _settle(cs, ev, c)
    return ev


def with_value(cs: CompiledSet, base: Evaluation, pos: int, value: int) -> tuple[Evaluation, set[int]]:
    """``base`` with criterion ``pos`` answered ``value``; only it and what depends on it are redone.

    Returns the new evaluation and the domains whose sums changed.
    """
    raw = base.raw.copy()
    raw[pos] = value
    ev = Evaluation(raw, base.profile_ok, base.applies.copy(), base.effective.copy(),
                    base.num.copy(), base.den.copy(), base.facts)
    touched: set[int] = set()
    criteria = cs.criteria
    for i in (pos, *criteria[pos].downstream):
        c = criteria[i]
        if ev.effective[i] >= 0:
            ev.num[c.domain] -= c.points * ev.effective[i]
            ev.den[c.domain] -= c.units
        before = (ev.applies[i], ev.effective[i])
        _settle(cs, ev, c)
        if (ev.applies[i], ev.effective[i]) != before:
            touched.add(c.domain)
    return ev, touched


def domain_scores(ev: Evaluation) -> list[Fraction | None]:
    return [ev.domain_score(d) for d in range(len(ev.den))]


def overall(cs: CompiledSet, scores: list[Fraction | None]) -> Fraction | None:
    """Weighted mean of the domains that have a score; the others drop out and the rest re-weight.

    Summed in integers over a common denominator, then normalised once.
    """
    included = [(d.units, s.numerator, s.denominator)
                for d, s in zip(cs.domains, scores, strict=True) if s is not None]
    if not included:
        return None
    common = math.lcm(*(den for _, _, den in included))
    total = sum(units * num * (common // den) for units, num, den in included)
    return Fraction(total, common * sum(units for units, _, _ in included))
