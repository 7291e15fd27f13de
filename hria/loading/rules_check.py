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

Finding = tuple[tuple[str | int, ...], str, dict[str, str]]


def check_rules(cs: CriteriaSet, doc: YamlDocument) -> list[Problem]:
    return [doc.said(path, code, **values) for path, code, values in _findings(cs)]


def _said(path: tuple[str | int, ...], code: str, **values: object) -> Finding:
    return path, code, {k: str(v) for k, v in values.items()}


def _findings(cs: CriteriaSet) -> Iterator[Finding]:
    ids = {c.id: c for c in cs.criteria}
    rules = cs.rules
    seen: set[str] = set()
    for i, n in enumerate(rules.non_negotiables or []):
        here = ("rules", "non_negotiables", i, "criterion")
        if n.criterion not in ids:
            yield _said(here, "rules.nn_unknown", criterion=n.criterion)
        elif n.criterion in seen:
            yield _said(here, "rules.nn_twice", criterion=n.criterion)
        seen.add(n.criterion)
    yield from _stated_gates(cs)
    if rules.non_negotiables and rules.gate_at is None:
        yield _said(("rules", "non_negotiables"), "rules.nn_gate_at")
    if rules.non_negotiables and rules.gate_failed != "not_certified":
        yield _said(("rules", "gate_failed"), "rules.nn_gate_failed")
    if rules.impact_register and rules.severe_impact.effect != "not_certified":
        yield _said(("rules", "severe_impact", "effect"), "rules.register_effect")
    if rules.every_domain_floored:
        for i, d in enumerate(cs.domains):
            if not d.floor:
                yield _said(("domains", i), "rules.no_floor", domain=d.id)
    asked = {q.id for q in cs.profile or []}
    subtypes = {s.id for s in cs.subtypes}
    for i, q in enumerate(cs.profile or []):
        for s in q.yes_for_subtypes:
            if s not in subtypes:
                yield _said(("profile", i, "yes_for_subtypes"), "rules.subtype", subtype=s)
        if q.was_criterion in ids:
            yield _said(("profile", i, "was_criterion"), "rules.was_criterion", criterion=q.was_criterion)
    shown = ", ".join(sorted(asked)) or "none"
    for i, c in enumerate(cs.criteria):
        for fact in (c.applicability.profile or []) if c.applicability else []:
            if fact not in asked:
                yield _said(("criteria", i, "applicability", "profile"), "rules.profile_fact", criterion=c.id,
                            fact=fact, asked=shown)
    domains = {d.id for d in cs.domains}
    for i, g in enumerate(cs.grave_failures or []):
        if g.domain is not None and g.domain not in domains:
            yield _said(("grave_failures", i, "domain"), "rules.grave_domain", domain=g.domain)
        if g.criterion is None:
            continue
        if g.criterion not in ids:
            yield _said(("grave_failures", i, "criterion"), "rules.grave_unknown", criterion=g.criterion)
        elif g.at_most is not None and g.at_most >= cs.scale_of(ids[g.criterion]).max_value:
            yield _said(("grave_failures", i, "at_most"), "rules.grave_whole_scale", at_most=g.at_most,
                        criterion=g.criterion)


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
            shown_th = "ระดับ 3 (ปฏิบัติจริง)" if scale == "maturity" and want == 3 else (
                "ใช่" if scale == "yes_no" else f"ระดับ {want}")
            yield _said(("criteria", i, "must_pass", "at_least"), "rules.stated_gate", criterion=c.id,
                        scale=scale.replace("_", "/"), shown=shown, shown_th=shown_th, want=want,
                        given=c.must_pass.at_least)
