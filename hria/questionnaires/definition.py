"""The questionnaire-definition format: sections of criteria ids, wording, intro and instructions."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from hria.models.criteria import CriterionId, Id, SetVersion
from hria.models.text import Text

SCHEMA_VERSION = 1

Audience = Literal["self_assessment", "auditor_interview"]
AUDIENCES: tuple[Audience, ...] = ("self_assessment", "auditor_interview")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SetRef(_Model):
    """The criteria set and version this questionnaire asks; a new set version needs its own."""

    id: Id
    version: SetVersion

    @property
    def ref(self) -> str:
        return f"{self.id}@{self.version}"


class Section(_Model):
    id: Id
    title: Text
    intro: Text | None = None
    criteria: list[CriterionId] = Field(min_length=1)


class Wording(_Model):
    """Audience wording for one criterion; what is not given comes from the criteria set."""

    title: Text | None = None
    question: Text | None = None
    guidance: Text | None = None


class QuestionnaireDefinition(_Model):
    schema_version: Literal[1]
    id: Id
    audience: Audience
    criteria_set: SetRef
    title: Text
    intro: Text
    instructions: list[Text] = Field(min_length=1)
    sections: list[Section] = Field(min_length=1)
    wording: dict[CriterionId, Wording] = Field(default_factory=dict)
