"""What an author should still do to a valid set: warnings, not errors.

A criterion with one evidence item, with no level text of its own, a non-negotiable
that does not state its gate, or — in a state body's set — with no treaty or Thai-law
basis still loads and scores; `hria criteria
validate` shows these and fails on them only with --strict. UPR and treaty-body
references are never asked for: a required citation invites an invented one.
"""

from __future__ import annotations

from collections.abc import Iterator

from hria.errors import Problem
from hria.loading.yaml_source import YamlDocument
from hria.models.criteria import CriteriaSet
from hria.models.vocabulary import Vocabulary

MIN_EVIDENCE = 2

_Finding = tuple[tuple[str | int, ...], str]


def authoring_warnings(cs: CriteriaSet, doc: YamlDocument, vocab: Vocabulary) -> list[Problem]:
    return [doc.problem(path, f"warning: {message}") for path, message in _findings(cs, vocab)]


def _findings(cs: CriteriaSet, vocab: Vocabulary) -> Iterator[_Finding]:
    org_type = vocab.organisation_type(cs.organisation_type)
    state_body = org_type is not None and org_type.state_body
    legal = {k.id for k in vocab.reference_kinds if k.legal_basis}
    listed = {n.criterion for n in cs.rules.non_negotiables or []}
    for i, c in enumerate(cs.criteria):
        here = ("criteria", i)
        gate = cs.gate_of(c)
        if c.id in listed and c.must_pass is None and gate is not None:
            yield (*here, "id"), (
                f"criterion {c.id}: non-negotiable without a must_pass of its own; write "
                f"must_pass: {{at_least: {gate}}} so a reader of the criterion sees its gate"
            )
        if len(c.evidence) < MIN_EVIDENCE:
            yield (*here, "evidence"), (
                f"criterion {c.id}: {len(c.evidence)} evidence item; an auditor needs at least "
                f"{MIN_EVIDENCE} to cross-check"
            )
        if c.levels is None:
            yield (*here, "id"), (
                f"criterion {c.id}: no level text of its own (what an auditor must see at each "
                f"value of the scale)"
            )
        if state_body and not any(r.kind in legal for r in c.references):
            yield (*here, "references"), (
                f"criterion {c.id}: no treaty or Thai-law reference for a state body's duty"
            )
