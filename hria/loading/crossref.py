"""Checks across a criteria set that one field's type cannot express.

Ids that must be unique, references that must resolve (domains, criteria,
subtypes, scales, the organisation type, and every citation: laws, treaty
articles, treaty-body symbols, UPR recommendations), values that must fit the
scale they refer to, and levels in rising order. Cycles are the graph module's job.
"""

from __future__ import annotations

from collections.abc import Iterator

from hria.errors import Problem
from hria.loading.citations import citation_problem
from hria.loading.yaml_source import YamlDocument
from hria.models.criteria import CriteriaSet, Criterion
from hria.models.references import Reference
from hria.models.vocabulary import Vocabulary


def check_criteria_set(cs: CriteriaSet, doc: YamlDocument, vocab: Vocabulary) -> list[Problem]:
    return [doc.said(path, code, **values) for path, code, values in _findings(cs, vocab)]


Finding = tuple[tuple[str | int, ...], str, dict[str, str]]


def _said(path: tuple[str | int, ...], code: str, **values: object) -> Finding:
    return path, code, {k: str(v) for k, v in values.items()}


def _findings(cs: CriteriaSet, vocab: Vocabulary) -> Iterator[Finding]:
    if vocab.organisation_type(cs.organisation_type) is None:
        known = ", ".join(t.id for t in vocab.organisation_types)
        yield _said(("organisation_type",), "set.unknown_type", type=cs.organisation_type, known=known)
    yield from _check_domains(cs, vocab)
    yield from _check_levels(cs)
    yield from _check_references(cs, vocab)
    by_id: dict[str, Criterion] = {}
    for i, c in enumerate(cs.criteria):
        if c.id in by_id:
            yield _said(("criteria", i, "id"), "set.duplicate_criterion", criterion=c.id)
        by_id.setdefault(c.id, c)
    subtypes = {s.id for s in cs.subtypes}
    for i, c in enumerate(cs.criteria):
        yield from _check_criterion(cs, i, c, by_id, subtypes)


def _check_domains(cs: CriteriaSet, vocab: Vocabulary) -> Iterator[Finding]:
    known = {d.id for d in vocab.domains}
    seen: set[str] = set()
    for i, d in enumerate(cs.domains):
        if d.id not in known:
            yield _said(("domains", i, "id"), "set.unknown_domain", domain=d.id)
        if d.id in seen:
            yield _said(("domains", i, "id"), "set.domain_twice", domain=d.id)
        seen.add(d.id)
    used = {c.domain for c in cs.criteria}
    for i, d in enumerate(cs.domains):
        if d.id not in used:
            yield _said(("domains", i, "id"), "set.domain_empty", domain=d.id)


def _check_levels(cs: CriteriaSet) -> Iterator[Finding]:
    ids: set[str] = set()
    for i, level in enumerate(cs.levels):
        if level.id in ids:
            yield _said(("levels", i, "id"), "set.duplicate_level", level=level.id)
        ids.add(level.id)
        if i and level.min_score <= cs.levels[i - 1].min_score:
            yield _said(("levels", i, "min_score"), "set.levels_order", level=level.id,
                        above=f"{cs.levels[i - 1].min_score:g}", previous=cs.levels[i - 1].id,
                        has=f"{level.min_score:g}")


def _check_references(cs: CriteriaSet, vocab: Vocabulary) -> Iterator[Finding]:
    located: list[tuple[tuple[str | int, ...], Reference]] = [
        (("criteria", i, "references", j), ref)
        for i, c in enumerate(cs.criteria) for j, ref in enumerate(c.references)]
    located += [(("references", j), ref) for j, ref in enumerate(cs.references)]
    for where, ref in located:
        found = citation_problem(ref, vocab)
        if found is not None:
            field, code, values = found
            yield (*where, field), code, values


def _check_criterion(
    cs: CriteriaSet, i: int, c: Criterion, by_id: dict[str, Criterion], subtypes: set[str]
) -> Iterator[Finding]:
    here = ("criteria", i)
    if c.domain not in {d.id for d in cs.domains}:
        yield _said((*here, "domain"), "set.domain_not_listed", criterion=c.id, domain=c.domain)
    scale = cs.scales.get(c.answer)
    if scale is None:
        yield _said((*here, "answer"), "set.unknown_scale", criterion=c.id, scale=c.answer)
        return
    top = scale.max_value
    if c.levels is not None and len(c.levels) != top + 1:
        yield _said((*here, "levels"), "set.level_labels", criterion=c.id, count=len(c.levels),
                    scale=c.answer,
                    needed=top + 1)
    if c.must_pass and c.must_pass.at_least > top:
        yield _said((*here, "must_pass", "at_least"), "set.gate_above_scale", criterion=c.id,
                    at_least=c.must_pass.at_least, top=top)
    for j, pre in enumerate(c.prerequisites):
        where = (*here, "prerequisites", j)
        yield from _check_link(cs, c, pre.criterion, pre.at_least, (*where, "criterion"), by_id)
        if pre.cap >= top:
            yield _said((*where, "cap"), "set.cap", criterion=c.id, cap=pre.cap, top=top)
    if c.applicability is None:
        return
    for j, cond in enumerate(c.applicability.when):
        yield from _check_link(
            cs, c, cond.criterion, cond.at_least,
            (*here, "applicability", "when", j, "criterion"), by_id,
        )
    for j, sub in enumerate(c.applicability.subtypes or []):
        if sub not in subtypes:
            yield _said((*here, "applicability", "subtypes", j), "set.unknown_subtype", criterion=c.id,
                        subtype=sub)


def _check_link(
    cs: CriteriaSet,
    c: Criterion,
    target_id: str,
    at_least: int,
    where: tuple[str | int, ...],
    by_id: dict[str, Criterion],
) -> Iterator[Finding]:
    target = by_id.get(target_id)
    if target is None:
        yield _said(where, "set.unknown_link", criterion=c.id, target=target_id)
        return
    if target_id == c.id:
        yield _said(where, "set.self_link", criterion=c.id)
        return
    scale = cs.scales.get(target.answer)
    if scale is not None and at_least > scale.max_value:
        yield _said(where, "set.link_above_scale", criterion=c.id, at_least=at_least, top=scale.max_value,
                    target=target_id)
