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

_Finding = tuple[tuple[str | int, ...], str, dict[str, str]]


def authoring_warnings(cs: CriteriaSet, doc: YamlDocument, vocab: Vocabulary) -> list[Problem]:
    return [doc.said(path, code, **values) for path, code, values in _findings(cs, vocab)]


def _findings(cs: CriteriaSet, vocab: Vocabulary) -> Iterator[_Finding]:
    org_type = vocab.organisation_type(cs.organisation_type)
    state_body = org_type is not None and org_type.state_body
    legal = {k.id for k in vocab.reference_kinds if k.legal_basis}
    listed = {n.criterion for n in cs.rules.non_negotiables or []}
    for i, c in enumerate(cs.criteria):
        here = ("criteria", i)
        gate = cs.gate_of(c)
        if c.id in listed and c.must_pass is None and gate is not None:
            yield (*here, "id"), "warning.unstated_gate", {"criterion": c.id, "gate": str(gate)}
        if len(c.evidence) < MIN_EVIDENCE:
            yield (*here, "evidence"), "warning.evidence", {"criterion": c.id, "count": str(len(c.evidence)),
                                                            "needed": str(MIN_EVIDENCE)}
        if c.levels is None:
            yield (*here, "id"), "warning.level_text", {"criterion": c.id}
        if state_body and not any(r.kind in legal for r in c.references):
            yield (*here, "references"), "warning.legal_basis", {"criterion": c.id}
