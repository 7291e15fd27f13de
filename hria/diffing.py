"""What changed between two versions of a criteria set, in the terms authors review."""

from __future__ import annotations

from dataclasses import dataclass, field

from hria.models.criteria import CriteriaSet, Criterion

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
        }


def _gate(c: Criterion) -> int | None:
    return c.must_pass.at_least if c.must_pass else None


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
        if _gate(a) != _gate(b):
            d.gates_changed[cid] = (_gate(a), _gate(b))
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
    d.rules_changed = old.rules != new.rules
    return d
