"""The shared vocabulary all criteria sets draw on: rights domains, laws, organisation types,
reference kinds, treaties Thailand is party to, treaty bodies and the seed themes.

One catalogue means a dashboard counts "non-discrimination" the same way for a
ministry, a municipality, a university and a company; and a new organisation type
or reference kind is a few lines of data rather than a change in many modules.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from hria.models.criteria import Id
from hria.models.enterprise_size import Size
from hria.models.text import Lang, Text


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


ProfileField = Literal["sector", "annual_revenue_baht"]


class OrganisationTypeEntry(_Model):
    id: Id
    set: Id = Field(description="Id of the criteria set written for this type")
    name: Text
    state_body: bool = Field(default=False, description="A state duty-bearer")
    profile_fields: list[ProfileField] = Field(
        default_factory=list, description="Profile fields asked only of this type (the SME track's)"
    )


class SizeEntry(_Model):
    id: Size
    name: Text


class ReferenceKind(_Model):
    id: Id
    name: Text
    legal_basis: bool = Field(default=False, description="A treaty or Thai law: a duty in law")
    text: Text = Field(description="Template: {field}; [ ... ] dropped when a field in it is empty")


InstrumentId = Annotated[str, Field(pattern=r"^[A-Z][A-Z0-9_]*$")]


class Instrument(_Model):
    """A treaty or ILO instrument, whether Thailand is party to it, and how many articles it has."""

    id: InstrumentId
    name: Text
    party: bool
    ilo: bool = False
    since: dt.date | None = Field(default=None, description="Date Thailand became party, where confirmed")
    since_year: int | None = Field(default=None, ge=1945, le=2100)
    articles: int = Field(gt=0)


class TreatyBody(_Model):
    id: InstrumentId
    instrument: InstrumentId
    name: Text
    symbol: str = Field(pattern=r"^[A-Z][A-Za-z0-9./]*/THA/CO/$",
                        description="How its documents on Thailand begin")


ArticleRef = Annotated[str, Field(pattern=r"^[A-Z][A-Z0-9_]*:\d+$", description="e.g. ICCPR:19")]


class Theme(_Model):
    """A seed rights theme, and what in a criterion addresses it."""

    id: Id
    name: Text
    domains: list[Id] = Field(default_factory=list)
    laws: list[Id] = Field(default_factory=list)
    instruments: list[InstrumentId] = Field(default_factory=list)
    articles: list[ArticleRef] = Field(default_factory=list)
    upr_keywords: list[str] = Field(default_factory=list,
                                    description="Words in a UPR reference's theme that name this one")
    duty_of: list[Id] | None = Field(default=None, description="Types with a duty; all when absent")


class TopicName(_Model):
    """The name of a word a reference uses as written (a NAP BHR plan, a UPR theme)."""

    key: str = Field(min_length=1)
    name: Text


class Vocabulary(_Model):
    schema_version: Literal[1]
    organisation_types: list[OrganisationTypeEntry]
    sizes: list[SizeEntry]
    domains: list[RightsDomain] = Field(min_length=1)
    laws: list[Law] = Field(min_length=1)
    reference_kinds: list[ReferenceKind] = Field(min_length=1)
    instruments: list[Instrument] = Field(default_factory=list)
    treaty_bodies: list[TreatyBody] = Field(default_factory=list)
    themes: list[Theme] = Field(default_factory=list)
    topic_names: list[TopicName] = Field(default_factory=list)

    def domain(self, domain_id: str) -> RightsDomain:
        return next(d for d in self.domains if d.id == domain_id)

    def law(self, law_id: str) -> Law:
        return next(x for x in self.laws if x.id == law_id)

    def organisation_type(self, type_id: str) -> OrganisationTypeEntry | None:
        """The type by its id or by the id of its criteria set (gov, lao, edu, business)."""
        return next((t for t in self.organisation_types if type_id in (t.id, t.set)), None)

    def profile_fields(self, type_id: str) -> list[str]:
        """Profile fields asked only of this type, e.g. a business's sector and revenue (SME track)."""
        entry = self.organisation_type(type_id)
        return list(entry.profile_fields) if entry else []

    def reference_kind(self, kind: str) -> ReferenceKind | None:
        return next((k for k in self.reference_kinds if k.id == kind), None)

    def instrument(self, instrument_id: str) -> Instrument | None:
        return next((x for x in self.instruments if x.id == instrument_id), None)

    def treaty_body(self, body_id: str) -> TreatyBody | None:
        return next((b for b in self.treaty_bodies if b.id == body_id), None)

    def topic(self, key: str, lang: Lang) -> str:
        """``key`` (a theme id, a NAP BHR plan, a UPR theme as written) in words of ``lang``;
        the key itself where neither the themes nor ``topic_names`` name it."""
        theme = next((x for x in self.themes if x.id == key), None)
        if theme is not None:
            return theme.name.in_(lang)
        found = next((x for x in self.topic_names if x.key.casefold() == key.casefold()), None)
        return found.name.in_(lang) if found is not None else key
