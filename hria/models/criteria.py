"""The criteria-set format: rights domains, criteria, answer scales, levels and rules.

A criteria set is data (YAML under ``criteria/``); these models are its schema.
Cross-references (domains, prerequisites, subtypes) are checked by
``hria.loading.crossref`` and cycles by ``hria.graph`` so each problem can be
reported with its file position.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from hria.errors import InvalidValue
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
OrganisationType = Annotated[
    str, Field(pattern=r"^[a-z][a-z0-9_]*$", description="An organisation type of vocabulary.yaml")
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


class ProfileQuestion(_Model):
    """A fact about the organisation asked once in its profile; it decides applicability, never scores.

    ``yes_for_subtypes``: subtypes for which the fact is yes whatever is declared, so that
    answering no is never a way out of a gate. ``was_criterion``: the screening criterion of an
    earlier version that asked the same thing (assessment schema 1 carries the fact as its answer).
    """

    id: Id
    question: Text
    yes_for_subtypes: list[Id] = Field(default_factory=list)
    was_criterion: CriterionId | None = None


class Applicability(_Model):
    """Skip logic: to whom a criterion applies. Every given condition must hold."""

    subtypes: list[Id] | None = Field(default=None, min_length=1)
    sizes: list[Size] | None = Field(default=None, min_length=1)
    when: list[AnswerCondition] = Field(default_factory=list)
    profile: list[Id] | None = Field(
        default=None, min_length=1, description="Profile facts that must all be yes")


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
    sampling: Text | None = Field(
        default=None,
        description="How many records, interviews or sites the auditor checks, where records are checked",
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


class NonNegotiable(_Model):
    """A criterion whose failure is a grave human-rights harm: a gate at the set's ``gate_at`` value."""

    criterion: CriterionId
    why: Text = Field(description="The right at stake and why no score elsewhere can make up for it")
    at_sme_size: Text | None = Field(
        default=None, description="What implementation means for a micro or small enterprise: "
                                  "proportionate, never absent")


class GateAt(_Model):
    """The value a non-negotiable gate needs on each kind of scale: the same meaning, implemented."""

    maturity: int = Field(default=3, ge=1, le=4, description="3: implemented throughout, with records")
    yes_no: Literal[1] = Field(default=1, description="yes")

    def for_scale(self, scale_type: str) -> int:
        return self.maturity if scale_type == "maturity" else self.yes_no


class ImpactRegisterRule(_Model):
    """How the impact register decides (DIHR method); replaces the single severity threshold.

    * An actual impact the organisation caused or contributed to blocks certification until it
      is remediated (mitigation alone is not enough), whatever its severity.
    * Any other actual impact (directly linked) blocks while it is severe and not resolved.
    * A potential impact blocks while it is not resolved and severity × likelihood reaches
      ``potential_blocks_at``.
    * A non-negotiable answered 0 needs an entry in the register naming that criterion before
      the assessment is complete.
    """

    remediate_actual: list[Literal["cause", "contribute"]] = Field(min_length=1)
    potential_blocks_at: int = Field(ge=3, le=48, description="severity (3-12) × likelihood (1-4)")
    entry_for_zero_on_non_negotiable: bool = True


class Rules(_Model):
    gate_failed: Literal["not_certified", "lowest_level"] = "not_certified"
    floor_failed: Literal["not_certified", "lowest_level"] = "not_certified"
    severe_impact: ImpactRule
    gate_at: GateAt | None = Field(
        default=None, description="Where present, non-negotiables are gates at these values")
    non_negotiables: list[NonNegotiable] | None = None
    impact_register: ImpactRegisterRule | None = None
    every_domain_floored: bool | None = Field(
        default=None, description="When true, every domain must have a floor above 0")


class GraveFailure(_Model):
    """A grave human-rights failure, defined apart from the gates so calibration is not circular.

    Either a criterion at or below ``at_most``, or an impact in the register of the given kind and
    involvement that is not remediated.
    """

    id: Id
    name: Text
    criterion: CriterionId | None = None
    at_most: int | None = Field(default=None, ge=0)
    domain: Id | None = None
    score_at_most: float | None = Field(default=None, ge=0, le=100)
    impact_kind: Literal["actual", "potential"] | None = None
    involvement: list[Literal["cause", "contribute", "directly_linked"]] | None = None
    min_severity: int | None = Field(default=None, ge=3, le=12)
    min_likelihood: int | None = Field(default=None, ge=1, le=4)

    @model_validator(mode="after")
    def _one_kind(self) -> GraveFailure:
        kinds = [self.criterion is not None and self.at_most is not None,
                 self.domain is not None and self.score_at_most is not None,
                 self.impact_kind is not None and self.involvement is not None]
        if sum(kinds) != 1:
            raise InvalidValue("rules.grave_kind", id=self.id)
        return self


class Supersedes(_Model):
    """The version this one replaces, and the last day certificates may still be issued against it."""

    version: SetVersion
    certifiable_until: Date = Field(
        description="End of the transition: the replaced version may be certified up to this day")


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
    surveillance_interval_months: Int | None = Field(
        default=None, gt=0, le=60,
        description="A surveillance visit is due this many months after issue and after each visit "
                    "(registries assume 12 when absent)")
    supersedes: Supersedes | None = None
    profile: list[ProfileQuestion] | None = Field(
        default=None, description="Facts about the organisation that decide applicability, not scored")
    scales: dict[Id, Scale] = Field(min_length=1)
    domains: list[DomainWeight] = Field(min_length=1)
    criteria: list[Criterion] = Field(min_length=1)
    levels: list[Level] = Field(min_length=1)
    rules: Rules
    grave_failures: list[GraveFailure] | None = None
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

    def non_negotiable(self, criterion_id: str) -> NonNegotiable | None:
        return next((n for n in self.rules.non_negotiables or [] if n.criterion == criterion_id), None)

    def gate_of(self, criterion: Criterion) -> int | None:
        """The value the criterion must reach: its own must_pass, raised to ``gate_at`` if non-negotiable."""
        own = criterion.must_pass.at_least if criterion.must_pass else None
        if self.rules.gate_at is None or self.non_negotiable(criterion.id) is None:
            return own
        at = self.rules.gate_at.for_scale(self.scale_of(criterion).type)
        return at if own is None else max(own, at)

    def labels_of(self, criterion: Criterion) -> list[Text]:
        return list(criterion.levels or self.scale_of(criterion).levels)
