"""The assessment file: who was assessed, against which set, the answers and the impact register.

Field-level rules live here (a registration number's check digit, a province
among the 77, one of value / not-applicable per answer); rules that need the
criteria set (is the value inside this criterion's scale?) are in
``hria.assessments``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Annotated, Literal

import orjson
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StrictBool, StrictInt, model_validator

from hria import dates
from hria.errors import InvalidValue
from hria.models import provinces
from hria.models.criteria import CriterionId, Id, OrganisationType, SetVersion
from hria.models.enterprise_size import SIZE_NAMES, Sector, Size, enterprise_size
from hria.models.text import Names, NonEmpty
from hria.models.types import Int, Name

SCHEMA_VERSION = 2
"""2 adds the organisation profile (facts that decide applicability) and impacts linked to a
criterion; version 1 files are read through ``hria.profile.upgrade``."""


def registration_check_digit(first12: str) -> int:
    """Thai 13-digit id check digit: (11 - sum(d_i * (14 - i)) mod 11) mod 10, i = 1..12."""
    total = sum(int(d) * (14 - i) for i, d in enumerate(first12, start=1))
    return (11 - total % 11) % 10


def _registration_number(value: object) -> object:
    if isinstance(value, int) and not isinstance(value, bool):
        value = f"{value:013d}"  # YAML reads an unquoted number as an int and drops leading zeros
    if not isinstance(value, str):
        return value
    digits = "".join(ch for ch in value if ch not in " -")
    if not digits.isdigit() or not digits.isascii():
        raise InvalidValue("value.registration_digits", value=repr(value))
    if len(digits) != 13:
        raise InvalidValue("value.registration_length", value=repr(value), count=len(digits))
    if registration_check_digit(digits[:12]) != int(digits[12]):
        raise InvalidValue("value.registration_check", value=repr(value))
    return digits


RegistrationNumber = Annotated[str, BeforeValidator(_registration_number)]
ProvinceId = Annotated[str, BeforeValidator(provinces.normalise)]
Hash = Annotated[str, Field(pattern=r"^sha256:[0-9a-f]{64}$")]
Rating = Annotated[Int, Field(ge=1, le=4)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class CriteriaSetRef(_Model):
    """The set the answers were given against, pinned by version and content hash."""

    id: Id
    version: SetVersion
    content_hash: Hash

    @property
    def ref(self) -> str:
        return f"{self.id}@{self.version}"


class Organisation(_Model):
    name: Names
    type: OrganisationType
    subtype: Id | None = None
    province: ProvinceId
    size: Size
    registration_number: RegistrationNumber = Field(
        description="13-digit juristic person / tax id with its check digit"
    )
    employees: Int | None = Field(default=None, ge=0)
    sector: Sector | None = Field(default=None, description="For a business: manufacturing or trade_services")
    annual_revenue_baht: Int | None = Field(default=None, ge=0)
    address: NonEmpty | None = None
    website: NonEmpty | None = None
    public_listing: StrictBool | None = Field(
        default=None, description="false: a business opts out of the public list of certified organisations' "
                                  "names (never of the counts); public bodies are always listed")
    profile: dict[Id, bool] | None = Field(
        default=None, description="Answers to the set's profile questions (schema 2): facts, never scored")

    @model_validator(mode="before")
    @classmethod
    def _size_from_sme_definition(cls, data: object) -> object:
        """A business that gives sector, employees and revenue may leave its size to the SME definition."""
        if isinstance(data, dict) and data.get("size") is None:
            inputs = _sme_inputs(data)
            if inputs is not None:
                return {**data, "size": enterprise_size(*inputs)}
        return data

    @model_validator(mode="after")
    def _size_agrees(self) -> Organisation:
        inputs = _sme_inputs({"sector": self.sector, "employees": self.employees,
                              "annual_revenue_baht": self.annual_revenue_baht})
        if inputs is not None and enterprise_size(*inputs) != self.size:
            sector, staff, revenue = inputs
            expected = enterprise_size(*inputs)
            raise InvalidValue("value.size_mismatch", size=repr(self.size), sector=sector, staff=staff,
                               revenue=f"{revenue:,}", expected=repr(expected),
                               expected_th=SIZE_NAMES[expected].th)
        return self


def _sme_inputs(data: dict[str, object]) -> tuple[Sector, int, int] | None:
    sector, staff, revenue = data.get("sector"), data.get("employees"), data.get("annual_revenue_baht")
    if sector in ("manufacturing", "trade_services") and isinstance(staff, int) and isinstance(revenue, int):
        return sector, staff, revenue
    return None


class Assessor(_Model):
    name: Name
    organisation: Name


class NotApplicableAnswer(_Model):
    reason: NonEmpty


class Answer(_Model):
    """One criterion's answer: a value on its scale, or not-applicable with a reason.

    An entry with neither is a question not yet answered (an exported form left
    blank); it counts as missing.
    """

    criterion: CriterionId
    value: StrictInt | None = Field(default=None, ge=0)
    not_applicable: NotApplicableAnswer | None = None
    evidence: list[NonEmpty] = Field(default_factory=list)
    notes: str | None = None
    answered_by: Name | None = None
    answered_at: dt.datetime | dt.date | None = None

    @model_validator(mode="after")
    def _one_of(self) -> Answer:
        if self.value is not None and self.not_applicable is not None:
            raise InvalidValue("assessment.value_and_na", criterion=self.criterion)
        return self

    @property
    def answered(self) -> bool:
        return self.value is not None or self.not_applicable is not None


class Mitigation(_Model):
    measures: list[NonEmpty] = Field(default_factory=list)
    owner: NonEmpty | None = None
    due: Annotated[dt.date | None, BeforeValidator(dates.as_date)] = None


class Impact(_Model):
    """One entry of the impact register (DIHR method)."""

    id: Annotated[str, Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")]
    description: NonEmpty
    rights: list[NonEmpty] = Field(min_length=1)
    rights_holders: list[NonEmpty] = Field(min_length=1)
    involvement: Literal["cause", "contribute", "directly_linked"]
    kind: Literal["actual", "potential"]
    scale: Rating
    scope: Rating
    irremediability: Rating
    likelihood: Rating
    mitigation: Mitigation | None = None
    status: Literal["open", "mitigating", "mitigated", "remediated"]
    criterion: CriterionId | None = Field(
        default=None, description="The criterion whose failure this entry records (schema 2)")

    @property
    def severity(self) -> int:
        return self.scale + self.scope + self.irremediability

    @property
    def resolved(self) -> bool:
        return self.status in ("mitigated", "remediated")


class Assessment(_Model):
    schema_version: Literal[1, 2]
    criteria_set: CriteriaSetRef
    organisation: Organisation
    assessor: Assessor
    assessed_on: Annotated[dt.date, BeforeValidator(dates.as_date)]
    answers: list[Answer] = Field(default_factory=list)
    impacts: list[Impact] = Field(default_factory=list)


def assessment_hash(assessment: Assessment) -> str:
    """sha256 of the assessment as canonical JSON: keys sorted, answers by criterion, impacts by id.

    The order of answers and impacts in the file does not change it; any value does.
    Fields left empty are left out, so a new optional field in a later schema does not
    change the hash of a file that does not use it.
    """
    data = assessment.model_dump(mode="json", exclude_none=True)
    data["answers"].sort(key=lambda a: a["criterion"])
    data["impacts"].sort(key=lambda i: i["id"])
    # Byte for byte json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    # in UTF-8 (tests hold it to that); orjson writes it about ten times faster.
    return "sha256:" + hashlib.sha256(orjson.dumps(data, option=orjson.OPT_SORT_KEYS)).hexdigest()
