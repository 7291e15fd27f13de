"""What changed between two versions of a criteria set, in the terms authors review.

Besides criteria added, removed, reworded and reweighted, it names each reference a
criterion gained or lost and each rule that moved (a gate's threshold as the engine applies
it — non-negotiables' included —, the non-negotiable list, a domain's floor,
a level's minimum, the decision and impact rules, the set's own settings) with its old
and new value — "rules changed" alone tells a reviewer nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from hria.citing import reference_text
from hria.models.criteria import CriteriaSet, Criterion
from hria.models.text import Lang

_WORDING = ("title", "question", "guidance", "evidence", "levels", "sampling")
_LOGIC = ("applicability", "prerequisites", "answer", "not_applicable", "domain")
_SETTINGS = ("organisation_type", "status", "effective_date", "certificate_validity_months",
             "surveillance_interval_months", "supersedes", "subtypes", "scales")

Change = tuple[Any, Any]
"""(old, new); None where the thing did not exist on that side."""


@dataclass
class SetDiff:
    old: str
    new: str
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    reworded: dict[str, list[str]] = field(default_factory=dict)
    reweighted: dict[str, tuple[float, float]] = field(default_factory=dict)
    gates_changed: dict[str, tuple[int | None, int | None]] = field(default_factory=dict)
    """Criterion -> (old gate, new gate) as the engine applies it (``CriteriaSet.gate_of``): its
    own must_pass, raised to ``rules.gate_at`` when it is a non-negotiable."""
    non_negotiables_changed: dict[str, list[str]] = field(default_factory=dict)
    """{"added": [...], "removed": [...]}: criteria that entered or left ``rules.non_negotiables``."""
    logic_changed: dict[str, list[str]] = field(default_factory=dict)
    references_changed: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    references_changed_th: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    """The same references in Thai, for a Thai reader (the JSON keeps the English)."""
    """Criterion -> {"added": [...], "removed": [...]}, each reference in words."""
    domains_changed: dict[str, str] = field(default_factory=dict)
    floors_changed: dict[str, Change] = field(default_factory=dict)
    levels_changed: dict[str, Change] = field(default_factory=dict)
    """'level.field' -> (old, new), e.g. 'gold.min_score': (80, 85)."""
    rules_changed: dict[str, Change] = field(default_factory=dict)
    """'rule path' -> (old, new), e.g. 'severe_impact.severe_at': (9, 8)."""
    settings_changed: dict[str, Change] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.reworded or self.reweighted
                    or self.gates_changed or self.non_negotiables_changed or self.logic_changed
                    or self.references_changed
                    or self.domains_changed or self.floors_changed or self.levels_changed
                    or self.rules_changed or self.settings_changed)

    def as_json(self) -> dict[str, object]:
        def pairs(changes: dict[str, Any]) -> dict[str, dict[str, Any]]:
            return {k: {"old": a, "new": b} for k, (a, b) in changes.items()}

        return {
            "old": self.old, "new": self.new, "added": self.added, "removed": self.removed,
            "reworded": self.reworded, "reweighted": pairs(self.reweighted),
            "gates_changed": pairs(self.gates_changed),
            "non_negotiables_changed": self.non_negotiables_changed, "logic_changed": self.logic_changed,
            "references_changed": self.references_changed, "domains_changed": self.domains_changed,
            "floors_changed": pairs(self.floors_changed), "levels_changed": pairs(self.levels_changed),
            "rules_changed": pairs(self.rules_changed),
            "settings_changed": pairs(self.settings_changed),
        }


def changes(old: Any, new: Any, prefix: str = "") -> dict[str, Change]:
    """Leaf-by-leaf differences of two JSON-like values, keyed by dotted path.

    A mapping that appears recurses from nothing, so each of its values is named; a list
    of items with a ``criterion`` or ``id`` is compared item by item under that key, so a
    gate added to ``non_negotiables`` reads ``non_negotiables.GOV-JUS-02`` — not the list.
    """
    if isinstance(old, dict) or isinstance(new, dict):
        if not (isinstance(old, dict | None) and isinstance(new, dict | None)):
            return {prefix: (old, new)}
        a, b = old or {}, new or {}
        found: dict[str, Change] = {}
        for key in sorted(a.keys() | b.keys()):
            found |= changes(a.get(key), b.get(key), f"{prefix}.{key}" if prefix else str(key))
        return found
    keyed_old, keyed_new = _keyed(old), _keyed(new)
    if keyed_old is not None and keyed_new is not None:
        found = {}
        for key in [*keyed_old, *(k for k in keyed_new if k not in keyed_old)]:
            a_item, b_item = keyed_old.get(key), keyed_new.get(key)
            path = f"{prefix}.{key}"
            if a_item is None or b_item is None:
                found[path] = (a_item, b_item)
            else:
                found |= changes(a_item, b_item, path)
        return found
    return {} if old == new else {prefix: (old, new)}


def _keyed(value: Any) -> dict[str, dict[str, Any]] | None:
    """A list of mappings by their ``criterion`` or ``id``; None when it is not one ([] and None are)."""
    if value is None:
        return {}
    if not isinstance(value, list) or not all(isinstance(x, dict) for x in value):
        return None
    for key in ("criterion", "id"):
        if value and all(key in x for x in value):
            return {str(x[key]): x for x in value}
    return {} if not value else None


def _references(a: Criterion, b: Criterion, lang: Lang = "en") -> dict[str, list[str]]:
    before = [reference_text(r, lang) for r in a.references]
    after = [reference_text(r, lang) for r in b.references]
    found = {"added": [r for r in after if r not in before],
             "removed": [r for r in before if r not in after]}
    return found if found["added"] or found["removed"] else {}


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
        if old.gate_of(a) != new.gate_of(b):
            d.gates_changed[cid] = (old.gate_of(a), new.gate_of(b))
        logic = [f for f in _LOGIC if getattr(a, f) != getattr(b, f)]
        if logic:
            d.logic_changed[cid] = logic
        refs = _references(a, b)
        if refs:
            d.references_changed[cid] = refs
            d.references_changed_th[cid] = _references(a, b, "th")
    for cid in d.added:
        if new.gate_of(after[cid]) is not None:
            d.gates_changed[cid] = (None, new.gate_of(after[cid]))
    for cid in d.removed:
        if old.gate_of(before[cid]) is not None:
            d.gates_changed[cid] = (old.gate_of(before[cid]), None)
    listed_old = [n.criterion for n in old.rules.non_negotiables or []]
    listed_new = [n.criterion for n in new.rules.non_negotiables or []]
    d.non_negotiables_changed = {k: v for k, v in (
        ("added", [c for c in listed_new if c not in listed_old]),
        ("removed", [c for c in listed_old if c not in listed_new])) if v}
    old_domains = {x.id: x for x in old.domains}
    new_domains = {x.id: x for x in new.domains}
    for did in sorted(old_domains.keys() | new_domains.keys()):
        a_dom, b_dom = old_domains.get(did), new_domains.get(did)
        if a_dom is None:
            d.domains_changed[did] = "added"
        elif b_dom is None:
            d.domains_changed[did] = "removed"
        elif a_dom.weight != b_dom.weight:
            d.domains_changed[did] = f"weight {a_dom.weight:g} -> {b_dom.weight:g}"
        old_floor = a_dom.floor if a_dom else None
        new_floor = b_dom.floor if b_dom else None
        if old_floor != new_floor:
            d.floors_changed[did] = (old_floor, new_floor)
    d.levels_changed = changes({x.id: x.model_dump(mode="json", exclude={"id"}) for x in old.levels},
                               {x.id: x.model_dump(mode="json", exclude={"id"}) for x in new.levels})
    whole = {f"non_negotiables.{c}" for v in d.non_negotiables_changed.values() for c in v}
    d.rules_changed = {k: v for k, v in changes(old.rules.model_dump(mode="json"),
                                                new.rules.model_dump(mode="json")).items()
                       if k not in whole}  # a whole entry is in non_negotiables_changed
    old_dump, new_dump = old.model_dump(mode="json"), new.model_dump(mode="json")
    d.settings_changed = changes({k: old_dump.get(k) for k in _SETTINGS},
                                 {k: new_dump.get(k) for k in _SETTINGS})
    return d
