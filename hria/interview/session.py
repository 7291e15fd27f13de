"""One interview's state: the header of the assessment, the answers, the register and the cursor.

The session is the assessment being written plus a little interview metadata
(where the auditor is, what they marked, the language); ``to_assessment`` gives
the exact model ``hria score`` would read from the file.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from hria.criteria_sets import LoadedSet
from hria.errors import InvalidInput, UsageError
from hria.interview.applicability import Applicable, Change, change, resolve
from hria.models.assessment import (
    SCHEMA_VERSION,
    Answer,
    Assessment,
    Assessor,
    CriteriaSetRef,
    Impact,
    NotApplicableAnswer,
    Organisation,
)
from hria.models.text import Lang
from hria.scoring import CompiledSet


def now() -> dt.datetime:
    return dt.datetime.now().astimezone().replace(microsecond=0)


@dataclass
class Session:
    criteria: LoadedSet
    compiled: CompiledSet
    path: Path
    organisation: Organisation
    assessor: Assessor
    assessed_on: dt.date
    answers: dict[str, Answer] = field(default_factory=dict)
    impacts: list[Impact] = field(default_factory=list)
    marked: list[str] = field(default_factory=list)
    cursor: str | None = None
    lang: Lang = "th"
    criteria_file: Path | None = None
    """The set's file when it is not among the criteria folders, so --resume can find it."""

    @cached_property
    def order(self) -> list[str]:
        """Interview order: the set's auditor-interview questionnaire (``questionnaires/``), grouped
        by whom the auditor meets on site; the order the set's authors wrote, where there is none."""
        from hria.questionnaires import catalogue

        try:
            interview = catalogue.find(self.criteria, "auditor_interview")
        except (UsageError, InvalidInput):
            return [c.id for c in self.criteria.model.criteria]
        return [cid for section in interview.definition.sections for cid in section.criteria]

    def applicable(self) -> Applicable:
        return resolve(self.compiled, self.organisation, list(self.answers.values()))

    def answered(self, criterion_id: str) -> bool:
        a = self.answers.get(criterion_id)
        return a is not None and a.answered

    def to_assessment(self) -> Assessment:
        cs = self.criteria
        position = {cid: i for i, cid in enumerate(self.order)}
        return Assessment(
            schema_version=SCHEMA_VERSION,
            criteria_set=CriteriaSetRef(id=cs.model.id, version=cs.model.version,
                                        content_hash=cs.content_hash),
            organisation=self.organisation,
            assessor=self.assessor,
            assessed_on=self.assessed_on,
            answers=sorted(self.answers.values(), key=lambda a: position[a.criterion]),
            impacts=list(self.impacts),
        )

    # Recording answers. Each returns what the change did to the questions that apply.

    def _put(self, criterion_id: str, **fields: object) -> Change:
        before = self.applicable()
        old = self.answers.get(criterion_id)
        base = old.model_dump() if old else {"criterion": criterion_id}
        self.answers[criterion_id] = Answer.model_validate({**base, **fields})
        return change(self.order, before, self.applicable())

    def record_value(self, criterion_id: str, value: int) -> Change:
        if criterion_id in self.marked:
            self.marked.remove(criterion_id)
        return self._put(criterion_id, value=value, not_applicable=None,
                         answered_by=self.assessor.name, answered_at=now())

    def record_not_applicable(self, criterion_id: str, reason: str) -> Change:
        if criterion_id in self.marked:
            self.marked.remove(criterion_id)
        return self._put(criterion_id, value=None, not_applicable=NotApplicableAnswer(reason=reason),
                         answered_by=self.assessor.name, answered_at=now())

    def record_evidence(self, criterion_id: str, evidence: list[str]) -> None:
        self._put(criterion_id, evidence=evidence)

    def record_notes(self, criterion_id: str, notes: str | None) -> None:
        self._put(criterion_id, notes=notes)

    def toggle_mark(self, criterion_id: str) -> bool:
        """Mark or unmark; True when the question is marked afterwards."""
        if criterion_id in self.marked:
            self.marked.remove(criterion_id)
            return False
        self.marked.append(criterion_id)
        return True

    def put_impact(self, impact: Impact) -> None:
        for i, existing in enumerate(self.impacts):
            if existing.id == impact.id:
                self.impacts[i] = impact
                return
        self.impacts.append(impact)

    def delete_impact(self, impact_id: str) -> bool:
        kept = [i for i in self.impacts if i.id != impact_id]
        found = len(kept) != len(self.impacts)
        self.impacts = kept
        return found
