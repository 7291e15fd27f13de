"""Checks of a set's certification rules (2026.2 onwards) that one field's type cannot express.

Non-negotiables and grave failures must name criteria (and domains) of the set; a
non-negotiable's own gate must not read lower than the gate the engine applies (level 3
on a maturity scale, yes on yes/no); every domain must have a floor where the rules say
so; profile conditions must name the set's profile questions; and rules that refuse
certification must not be softened elsewhere.
"""

from __future__ import annotations

from collections.abc import Iterator

from hria.errors import Problem
from hria.loading.yaml_source import YamlDocument
from hria.models.criteria import CriteriaSet

Finding = tuple[tuple[str | int, ...], str]


def check_rules(cs: CriteriaSet, doc: YamlDocument) -> list[Problem]:
    return [doc.problem(path, msg) for path, msg in _findings(cs)]


def _findings(cs: CriteriaSet) -> Iterator[Finding]:
    ids = {c.id: c for c in cs.criteria}
    rules = cs.rules
    seen: set[str] = set()
    for i, n in enumerate(rules.non_negotiables or []):
        here = ("rules", "non_negotiables", i, "criterion")
        if n.criterion not in ids:
            yield here, f"non-negotiable names unknown criterion '{n.criterion}'"
        elif n.criterion in seen:
            yield here, f"{n.criterion} is listed twice as a non-negotiable"
        seen.add(n.criterion)
    yield from _stated_gates(cs)
    if rules.non_negotiables and rules.gate_at is None:
        yield (("rules", "non_negotiables"),
               "non-negotiables need rules.gate_at (the value each scale must reach)")
    if rules.non_negotiables and rules.gate_failed != "not_certified":
        yield ("rules", "gate_failed"), "with non-negotiables, a failed gate must be not_certified"
    if rules.impact_register and rules.severe_impact.effect != "not_certified":
        yield (("rules", "severe_impact", "effect"),
               "with an impact_register rule, a blocking impact must be not_certified")
    if rules.every_domain_floored:
        for i, d in enumerate(cs.domains):
            if not d.floor:
                yield (("domains", i),
                       f"domain '{d.id}' has no floor above 0, but rules.every_domain_floored is true")
    asked = {q.id for q in cs.profile or []}
    subtypes = {s.id for s in cs.subtypes}
    for i, q in enumerate(cs.profile or []):
        for s in q.yes_for_subtypes:
            if s not in subtypes:
                yield ("profile", i, "yes_for_subtypes"), f"unknown subtype '{s}'"
        if q.was_criterion in ids:
            yield ("profile", i, "was_criterion"), f"{q.was_criterion} is still a criterion of this set"
    shown = ", ".join(sorted(asked)) or "none"
    for i, c in enumerate(cs.criteria):
        for fact in (c.applicability.profile or []) if c.applicability else []:
            if fact not in asked:
                yield (("criteria", i, "applicability", "profile"),
                       f"{c.id}: unknown profile question '{fact}' (asked: {shown})")
    domains = {d.id for d in cs.domains}
    for i, g in enumerate(cs.grave_failures or []):
        if g.domain is not None and g.domain not in domains:
            yield (("grave_failures", i, "domain"),
                   f"grave failure names domain '{g.domain}', not a domain of this set")
        if g.criterion is None:
            continue
        if g.criterion not in ids:
            yield (("grave_failures", i, "criterion"),
                   f"grave failure names unknown criterion '{g.criterion}'")
        elif g.at_most is not None and g.at_most >= cs.scale_of(ids[g.criterion]).max_value:
            yield (("grave_failures", i, "at_most"),
                   f"at_most {g.at_most} covers the whole scale of {g.criterion}")


def _stated_gates(cs: CriteriaSet) -> Iterator[Finding]:
    """A non-negotiable whose ``must_pass`` reads lower than its real gate misleads its reader:
    the engine applies ``rules.gate_at`` whatever the criterion says."""
    if cs.rules.gate_at is None:
        return
    listed = {n.criterion for n in cs.rules.non_negotiables or []}
    for i, c in enumerate(cs.criteria):
        if c.id not in listed or c.must_pass is None:
            continue
        scale = cs.scale_of(c).type
        want = cs.rules.gate_at.for_scale(scale)
        if c.must_pass.at_least < want:
            shown = "level 3 (implemented)" if scale == "maturity" and want == 3 else (
                "yes" if scale == "yes_no" else f"level {want}")
            yield (("criteria", i, "must_pass", "at_least"),
                   f"{c.id} is non-negotiable: its gate on a {scale.replace('_', '/')} scale is "
                   f"{shown}, so must_pass must read at_least: {want}, not {c.must_pass.at_least}")
