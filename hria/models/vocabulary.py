"""The shared vocabulary all criteria sets draw on: rights domains, laws, organisation types.

One catalogue means a dashboard counts "non-discrimination" the same way for a
ministry, a municipality, a university and a company.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from hria.models.criteria import Id, OrganisationType, Size
from hria.models.text import Text


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class RightsDomain(_Model):
    id: Id
    name: Text
    covers: Text


class Law(_Model):
    id: Id
    name: Text
    year_be: int = Field(ge=2475, le=2600, description="Year in the Buddhist Era")


class OrganisationTypeEntry(_Model):
    id: OrganisationType
    name: Text


class SizeEntry(_Model):
    id: Size
    name: Text


class Vocabulary(_Model):
    schema_version: Literal[1]
    organisation_types: list[OrganisationTypeEntry]
    sizes: list[SizeEntry]
    domains: list[RightsDomain] = Field(min_length=1)
    laws: list[Law] = Field(min_length=1)

    def domain(self, domain_id: str) -> RightsDomain:
        return next(d for d in self.domains if d.id == domain_id)

    def law(self, law_id: str) -> Law:
        return next(x for x in self.laws if x.id == law_id)
