"""What changed between two versions of a criteria set, in the terms authors review."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from pydantic import BaseModel

from hria.models.criteria import CriteriaSet, Criterion, Rules

_WORDING = ("title", "question", "guidance", "evidence", "levels")
_LOGIC = ("applicability", "prerequisites", "answer", "not_applicable", "domain")


@dataclass
class SetDiff:
    old: str
    new: str
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    reworded: dict[str, list[str]] = field(default_factory=dict)
    reweighted: dict[str, tuple[float, float]] = field(default_factory=dict)
    gates_changed: dict[str, tuple[int | None, int | None]] = field(default_factory=dict)
    logic_changed: dict[str, list[str]] = field(default_factory=dict)
    domains_changed: dict[str, str] = field(default_factory=dict)
    levels_changed: bool = False
    rules_changed: bool = False
    rule_changes: list[str] = field(default_factory=list)
    """Each change of the certification rules and set-level fields, in words."""

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.reworded or self.reweighted
                    or self.gates_changed or self.logic_changed or self.domains_changed
                    or self.levels_changed or self.rules_changed)

    def as_json(self) -> dict[str, object]:
        return {
            "old": self.old, "new": self.new, "added": self.added, "removed": self.removed,
            "reworded": self.reworded,
            "reweighted": {k: {"old": a, "new": b} for k, (a, b) in self.reweighted.items()},
            "gates_changed": {k: {"old": a, "new": b} for k, (a, b) in self.gates_changed.items()},
            "logic_changed": self.logic_changed, "domains_changed": self.domains_changed,
            "levels_changed": self.levels_changed, "rules_changed": self.rules_changed,
            "rule_changes": self.rule_changes,
        }


def _gate(cs: CriteriaSet, c: Criterion) -> int | None:
    return cs.gate_of(c)


def _compact(value: object) -> str:
    if isinstance(value, BaseModel):
        return json.dumps(value.model_dump(mode="json", exclude_none=True), ensure_ascii=False)
    return "none" if value is None else str(value)


def rule_changes(old: CriteriaSet, new: CriteriaSet) -> list[str]:
    """Set-level fields and rules that differ, one line each (non-negotiables one per criterion)."""
    out = []
    for name in ("effective_date", "certificate_validity_months", "surveillance_interval_months",
                 "supersedes"):
        a, b = getattr(old, name), getattr(new, name)
        if a != b:
            out.append(f"{name}: {_compact(a)} -> {_compact(b)}")
    for name in Rules.model_fields:
        if name == "non_negotiables":
            continue
        a, b = getattr(old.rules, name), getattr(new.rules, name)
        if a != b:
            out.append(f"rules.{name}: {_compact(a)} -> {_compact(b)}")
    before = {n.criterion for n in old.rules.non_negotiables or []}
    after = {n.criterion for n in new.rules.non_negotiables or []}
    out += [f"+ non-negotiable {c} (gate at {new.gate_of(new.criterion(c))})" for c in sorted(after - before)]
    out += [f"- non-negotiable {c}" for c in sorted(before - after)]
    pairs = (("profile question", [q.id for q in old.profile or []], [q.id for q in new.profile or []]),
             ("grave failure", [g.id for g in old.grave_failures or []],
              [g.id for g in new.grave_failures or []]))
    for label, a_ids, b_ids in pairs:
        out += [f"+ {label} {x}" for x in b_ids if x not in a_ids]
        out += [f"- {label} {x}" for x in a_ids if x not in b_ids]
    return out


def diff_sets(old: CriteriaSet, new: CriteriaSet) -> SetDiff:
    d = SetDiff(old=old.ref, new=new.ref)
    before = {c.id: c for c in old.criteria}
    after = {c.id: c for c in new.criteria}
    d.added = sorted(after.keys() - before.keys())
    d.removed = sorted(before.keys() - after.keys())
    for cid in sorted(before.keys() & after.keys()):
        a, b = before[cid], after[cid]
        wording = [f for f in _WORDING if getattr(a, f) != getattr(b, f)]
        if wording:
            d.reworded[cid] = wording
        if a.weight != b.weight:
            d.reweighted[cid] = (a.weight, b.weight)
        if _gate(old, a) != _gate(new, b):
            d.gates_changed[cid] = (_gate(old, a), _gate(new, b))
        logic = [f for f in _LOGIC if getattr(a, f) != getattr(b, f)]
        if logic:
            d.logic_changed[cid] = logic
    old_domains = {x.id: x for x in old.domains}
    new_domains = {x.id: x for x in new.domains}
    for did in sorted(old_domains.keys() | new_domains.keys()):
        a_dom, b_dom = old_domains.get(did), new_domains.get(did)
        if a_dom is None:
            d.domains_changed[did] = "added"
        elif b_dom is None:
            d.domains_changed[did] = "removed"
        elif a_dom != b_dom:
            d.domains_changed[did] = (f"weight {a_dom.weight:g} -> {b_dom.weight:g}, "
                                      f"floor {a_dom.floor} -> {b_dom.floor}")
    d.levels_changed = old.levels != new.levels
    d.rule_changes = rule_changes(old, new)
    d.rules_changed = old.rules != new.rules or bool(d.rule_changes)
    return d
