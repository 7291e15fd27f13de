"""The criteria-set format: rights domains, criteria, answer scales, levels and rules.

A criteria set is data (YAML under ``criteria/``); these models are its schema.
Cross-references (domains, prerequisites, subtypes) are checked by
``hria.loading.crossref`` and cycles by ``hria.graph`` so each problem can be
reported with its file position.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from hria.models.enterprise_size import Size
from hria.models.references import Reference
from hria.models.text import Text
from hria.models.types import Date, Int, Number

SCHEMA_VERSION = 1

Id = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$", description="lower_snake_case id")]
CriterionId = Annotated[
    str, Field(pattern=r"^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$", description="e.g. GOV-PRV-03")
]
SetVersion = Annotated[str, Field(pattern=r"^\d{4}\.\d+$", description="YEAR.N, e.g. 2026.1")]
OrganisationType = Literal[
    "government_agency", "local_administration", "educational_institution", "business"
]
Status = Literal["draft", "active", "retired"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class MaturityScale(_Model):
    """A 0-4 maturity scale; ``levels`` holds one label per value, 0 first."""

    type: Literal["maturity"]
    levels: list[Text] = Field(min_length=5, max_length=5)

    @property
    def max_value(self) -> int:
        return 4


class YesNoScale(_Model):
    """A yes/no question scored 1 (yes) or 0 (no)."""

    type: Literal["yes_no"]
    levels: list[Text] = Field(
        min_length=2, max_length=2, description="Labels for 0 (no) and 1 (yes)"
    )

    @property
    def max_value(self) -> int:
        return 1


Scale = Annotated[MaturityScale | YesNoScale, Field(discriminator="type")]


class Subtype(_Model):
    id: Id
    name: Text


class DomainWeight(_Model):
    """A rights domain from the shared catalogue, its weight here and its floor."""

    id: Id
    weight: Number = Field(gt=0)
    floor: Number | None = Field(
        default=None, ge=0, le=100, description="Minimum domain score (0-100) to certify"
    )


class NotApplicable(_Model):
    """Present when a criterion may be answered not-applicable, saying when that is fair."""

    reason: Text


class Gate(_Model):
    """A must-pass gate: the criterion must reach ``at_least`` or the set's gate rule applies."""

    at_least: Int = Field(ge=1)


class AnswerCondition(_Model):
    """Holds when ``criterion`` was answered with a value of at least ``at_least``."""

    criterion: CriterionId
    at_least: Int = Field(ge=1)


class Applicability(_Model):
    """Skip logic: to whom a criterion applies. Every given condition must hold."""

    subtypes: list[Id] | None = Field(default=None, min_length=1)
    sizes: list[Size] | None = Field(default=None, min_length=1)
    when: list[AnswerCondition] = Field(default_factory=list)


class Prerequisite(_Model):
    """While ``criterion`` is below ``at_least``, the dependent scores at most ``cap``."""

    criterion: CriterionId
    at_least: Int = Field(ge=1)
    cap: Int = Field(default=1, ge=0)


class Criterion(_Model):
    id: CriterionId
    domain: Id
    title: Text
    question: Text
    guidance: Text
    evidence: list[Text] = Field(min_length=1)
    answer: Id = Field(description="Id of a scale in the set's `scales`")
    levels: list[Text] | None = Field(
        default=None, description="Labels specific to this criterion, overriding the scale's"
    )
    not_applicable: NotApplicable | None = None
    weight: Number = Field(default=1.0, gt=0)
    must_pass: Gate | None = None
    applicability: Applicability | None = None
    prerequisites: list[Prerequisite] = Field(default_factory=list)
    references: list[Reference] = Field(min_length=1)


class Level(_Model):
    """A certification level; listed lowest first, each needing a higher score."""

    id: Id
    name: Text
    min_score: Number = Field(ge=0, le=100)
    min_domain_score: Number | None = Field(
        default=None, ge=0, le=100, description="Every domain must reach this for the level"
    )


class ImpactRule(_Model):
    """What a severe impact in the register does while it is not mitigated."""

    severe_at: Int = Field(ge=3, le=12, description="Severity (scale+scope+irremediability)")
    effect: Literal["not_certified", "lower_one_level"]


class Rules(_Model):
    gate_failed: Literal["not_certified", "lowest_level"] = "not_certified"
    floor_failed: Literal["not_certified", "lowest_level"] = "not_certified"
    severe_impact: ImpactRule


class CriteriaSet(_Model):
    schema_version: Literal[1]
    id: Id
    version: SetVersion
    organisation_type: OrganisationType
    subtypes: list[Subtype] = Field(default_factory=list)
    title: Text
    description: Text | None = None
    status: Status
    effective_date: Date
    certificate_validity_months: Int = Field(gt=0, le=60)
    scales: dict[Id, Scale] = Field(min_length=1)
    domains: list[DomainWeight] = Field(min_length=1)
    criteria: list[Criterion] = Field(min_length=1)
    levels: list[Level] = Field(min_length=1)
    rules: Rules
    references: list[Reference] = Field(default_factory=list)

    @property
    def ref(self) -> str:
        return f"{self.id}@{self.version}"

    def criterion(self, criterion_id: str) -> Criterion:
        for c in self.criteria:
            if c.id == criterion_id:
                return c
        raise KeyError(criterion_id)

    def scale_of(self, criterion: Criterion) -> MaturityScale | YesNoScale:
        return self.scales[criterion.answer]

    def labels_of(self, criterion: Criterion) -> list[Text]:
        return list(criterion.levels or self.scale_of(criterion).levels)
