"""The organisation profile: facts that decide which criteria apply, never a score.

A set's ``profile`` questions replace the screening criteria of earlier versions
("does the agency hold people in custody?"). Their answers live in the
assessment's ``organisation.profile`` (assessment schema 2). A fact can be fixed
to yes for some subtypes, so that declaring "no" is never a way out of a gate.

Schema 1 files answered the same questions as criteria; ``upgrade`` reads them
into the profile when such a file is checked against a set that asks them there.
"""

from __future__ import annotations

from hria.models.assessment import Assessment, Organisation
from hria.models.criteria import CriteriaSet


def profile_facts(cs: CriteriaSet, org: Organisation) -> frozenset[str]:
    """The profile facts that are yes for ``org`` under ``cs``."""
    questions = cs.profile or []
    if not questions:
        return frozenset()
    declared = org.profile or {}
    return frozenset(q.id for q in questions
                     if declared.get(q.id) is True or (org.subtype in q.yes_for_subtypes))


def upgrade(assessment: Assessment, cs: CriteriaSet) -> Assessment:
    """A schema 1 assessment as schema 2: answers to screening criteria the set now asks in the
    profile become profile facts (yes when the answer was at least 1)."""
    if assessment.schema_version != 1:
        return assessment
    moved = {q.was_criterion: q.id for q in cs.profile or [] if q.was_criterion}
    if not moved:
        return assessment
    profile = dict(assessment.organisation.profile or {})
    answers = []
    for a in assessment.answers:
        if a.criterion in moved:
            if a.value is not None:
                profile[moved[a.criterion]] = a.value >= 1
        else:
            answers.append(a)
    org = assessment.organisation.model_copy(update={"profile": profile or None})
    return assessment.model_copy(update={"schema_version": 2, "organisation": org, "answers": answers})
