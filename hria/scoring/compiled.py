"""A criteria set prepared once for scoring many assessments.

Everything the engine needs per criterion is resolved ahead of time — the
evaluation order from the dependency graph, positions instead of ids, exact
weights as integers on one common denominator, the criteria downstream of each
— so scoring an assessment is a few loops over small lists.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from hria import graph
from hria.models.criteria import CriteriaSet, Level, Rules


def exact(number: float | int) -> Fraction:
    """A YAML number as the decimal its author wrote (0.1 is 1/10, not the nearest binary float)."""
    return Fraction(str(number))


def _ratio(x: Fraction | None) -> tuple[int, int]:
    return (0, 0) if x is None else (x.numerator, x.denominator)


@dataclass(frozen=True, slots=True)
class CompiledCriterion:
    id: str
    pos: int
    domain: int
    max_value: int
    weight: Fraction
    points: int
    """Contribution to the domain numerator per unit of value: weight × 100 / max × scale."""
    units: int
    """Contribution to the domain denominator: weight × scale."""
    gate: int | None
    non_negotiable: bool
    """Listed in the set's rules as a non-negotiable: its gate is at the set's ``gate_at`` value."""
    na_allowed: bool
    subtypes: frozenset[str] | None
    sizes: frozenset[str] | None
    profile: tuple[str, ...]
    """Profile facts that must all be yes for the criterion to apply."""
    when: tuple[tuple[int, int], ...]
    """(position of the referenced criterion, at_least)."""
    prerequisites: tuple[tuple[int, int, int], ...]
    """(position of the prerequisite, at_least, cap)."""
    downstream: tuple[int, ...]
    """Positions of every criterion depending on this one, directly or not, in evaluation order."""
    scores: tuple[Fraction, ...]
    """The score of each value, 0 to max: value / max × 100."""
    independent: bool
    """Applies to every profile and depends on no other answer: its result follows from its own answer."""


@dataclass(frozen=True, slots=True)
class CompiledDomain:
    id: str
    pos: int
    weight: Fraction
    floor: Fraction | None
    criteria: tuple[int, ...]
    units: int
    """The weight on a common integer scale across domains (for exact integer arithmetic)."""
    floor_ratio: tuple[int, int]
    """The floor as (numerator, denominator); (0, 0) when there is none."""


@dataclass(frozen=True, slots=True)
class CompiledLevel:
    id: str
    pos: int
    min_score: Fraction
    min_domain_score: Fraction | None
    model: Level
    min_ratio: tuple[int, int]
    min_domain_ratio: tuple[int, int]
    """(0, 0) when the level sets no per-domain minimum."""


@dataclass(frozen=True)
class CompiledSet:
    model: CriteriaSet
    content_hash: str
    criteria: tuple[CompiledCriterion, ...]
    """In evaluation order: everything a criterion depends on comes before it."""
    by_id: dict[str, CompiledCriterion]
    domains: tuple[CompiledDomain, ...]
    domain_weight_total: Fraction
    levels: tuple[CompiledLevel, ...]
    rules: Rules
    scale: int
    """Common multiplier making every criterion's points and units integers."""
    by_id_order: tuple[int, ...]
    """Positions sorted by criterion id: the order results list criteria in."""
    memo: dict[Any, Any] = field(default_factory=dict, compare=False, repr=False)
    """Explanations worded once and reused (they depend on a few answers, not on the whole assessment)."""

    @property
    def ref(self) -> str:
        return self.model.ref

    def criterion(self, criterion_id: str) -> CompiledCriterion:
        return self.by_id[criterion_id]


def compile_set(cs: CriteriaSet, content_hash: str) -> CompiledSet:
    """Prepare a checked criteria set for scoring (the graph is built once, here)."""
    order = graph.evaluation_order(cs)
    pos = {cid: i for i, cid in enumerate(order)}
    succ = graph.successors(cs)
    domain_pos = {d.id: i for i, d in enumerate(cs.domains)}
    models = {c.id: c for c in cs.criteria}

    raw = {cid: (exact(models[cid].weight), cs.scale_of(models[cid]).max_value) for cid in order}
    denominators = [(w * 100 / m).denominator for w, m in raw.values()]
    denominators += [w.denominator for w, _ in raw.values()]
    scale = math.lcm(*denominators)

    non_negotiable = {n.criterion for n in cs.rules.non_negotiables or []}
    compiled = []
    for cid in order:
        c = models[cid]
        weight, top = raw[cid]
        app = c.applicability
        nn = c.id in non_negotiable
        compiled.append(CompiledCriterion(
            id=cid,
            pos=pos[cid],
            domain=domain_pos[c.domain],
            max_value=top,
            weight=weight,
            points=int(weight * 100 / top * scale),
            units=int(weight * scale),
            gate=cs.gate_of(c),
            non_negotiable=nn,
            # A non-negotiable is never "not applicable" by answer: only the profile skips it.
            na_allowed=c.not_applicable is not None and not nn,
            subtypes=frozenset(app.subtypes) if app and app.subtypes else None,
            sizes=frozenset(app.sizes) if app and app.sizes else None,
            profile=tuple(app.profile) if app and app.profile else (),
            when=tuple((pos[w.criterion], w.at_least) for w in (app.when if app else [])),
            prerequisites=tuple((pos[p.criterion], p.at_least, p.cap) for p in c.prerequisites),
            downstream=tuple(sorted(pos[d] for d in graph.reachable(succ, cid))),
            scores=tuple(Fraction(100 * v, top) for v in range(top + 1)),
            independent=not (app and (app.subtypes or app.sizes or app.when or app.profile))
            and not c.prerequisites,
        ))
    domain_scale = math.lcm(*(exact(d.weight).denominator for d in cs.domains))
    domains = tuple(
        CompiledDomain(
            id=d.id, pos=i, weight=exact(d.weight),
            floor=exact(d.floor) if d.floor is not None else None,
            criteria=tuple(c.pos for c in compiled if c.domain == i),
            units=int(exact(d.weight) * domain_scale),
            floor_ratio=_ratio(exact(d.floor) if d.floor is not None else None),
        )
        for i, d in enumerate(cs.domains)
    )
    levels = tuple(
        CompiledLevel(
            id=lv.id, pos=i, min_score=exact(lv.min_score),
            min_domain_score=exact(lv.min_domain_score) if lv.min_domain_score is not None else None,
            model=lv,
            min_ratio=_ratio(exact(lv.min_score)),
            min_domain_ratio=_ratio(exact(lv.min_domain_score) if lv.min_domain_score is not None else None),
        )
        for i, lv in enumerate(cs.levels)
    )
    return CompiledSet(
        model=cs,
        content_hash=content_hash,
        criteria=tuple(compiled),
        by_id={c.id: c for c in compiled},
        domains=domains,
        domain_weight_total=sum((d.weight for d in domains), Fraction(0)),
        levels=levels,
        rules=cs.rules,
        scale=scale,
        by_id_order=tuple(c.pos for c in sorted(compiled, key=lambda c: c.id)),
    )
