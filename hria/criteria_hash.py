"""The content hash of a criteria set, stable across schema growth.

Assessments pin the set they were answered against by its content hash, so the
hash of a shipped file must never change unless the file does. The first hash
was taken over the model dump *with* defaults; a field added to the schema
later would then appear, with its default, in the dump of every old file and
change its hash. So the rule is versioned by field: the fields the schema had
when hashes were first published (``HASHED_WITH_DEFAULTS``, frozen here) are
dumped as they always were; every field added since is dumped only when a file
sets it to something other than its default. Adding a field therefore never
changes the hash of a file that does not use it.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from pydantic import BaseModel

from hria.models.criteria import CriteriaSet

# Model name -> the fields it had when 2026.1 was published. Never edit these lists:
# add new fields to the models, not here.
HASHED_WITH_DEFAULTS: dict[str, frozenset[str]] = {
    name: frozenset(fields.split()) for name, fields in {
        "CriteriaSet": "schema_version id version organisation_type subtypes title description status "
                       "effective_date certificate_validity_months scales domains criteria levels rules "
                       "references",
        "Subtype": "id name",
        "Text": "th en",
        "MaturityScale": "type levels",
        "YesNoScale": "type levels",
        "DomainWeight": "id weight floor",
        "Criterion": "id domain title question guidance evidence answer levels not_applicable weight "
                     "must_pass applicability prerequisites references",
        "NotApplicable": "reason",
        "Gate": "at_least",
        "Applicability": "subtypes sizes when",
        "AnswerCondition": "criterion at_least",
        "Prerequisite": "criterion at_least cap",
        "UNGPRef": "note kind principle",
        "UPRRef": "note kind cycle recommendation theme",
        "LawRef": "note kind law section",
        "SDGRef": "note kind target",
        "NAPRef": "note kind plan phase",
        "NHRCRef": "note kind item",
        "StandardRef": "note kind name part",
        "Level": "id name min_score min_domain_score",
        "Rules": "gate_failed floor_failed severe_impact",
        "ImpactRule": "severe_at effect",
    }.items()
}


def content_hash(cs: CriteriaSet) -> str:
    """Fingerprint of the set's meaning: comments, key order and layout do not change it."""
    data = _prune(cs, cs.model_dump(mode="json"))
    canonical = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return "sha256:" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _prune(value: object, dumped: Any) -> Any:
    """``dumped`` without the post-2026.1 fields of ``value`` that hold their default."""
    if isinstance(value, BaseModel) and isinstance(dumped, dict):
        frozen = HASHED_WITH_DEFAULTS.get(type(value).__name__, frozenset())
        for name, field in type(value).model_fields.items():
            key = field.alias or name
            if key not in dumped:
                continue
            current = getattr(value, name)
            if name not in frozen and not field.is_required() and (
                    current == field.get_default(call_default_factory=True)):
                del dumped[key]
            else:
                dumped[key] = _prune(current, dumped[key])
        return dumped
    if isinstance(value, (list, tuple)) and isinstance(dumped, list):
        return [_prune(v, d) for v, d in zip(value, dumped, strict=True)]
    if isinstance(value, dict) and isinstance(dumped, dict):
        return {k: _prune(value[k], d) if k in value else d for k, d in dumped.items()}
    return dumped
