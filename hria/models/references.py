"""References that tie a criterion to the standards and laws it rests on.

Each kind is its own model, chosen by ``kind`` (a discriminated union), so a
malformed SDG target or an out-of-range UNGP number is caught at load time.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SerializerFunctionWrapHandler,
    field_validator,
    model_serializer,
)

from hria.errors import InvalidValue
from hria.models.text import NonEmpty

_SDG_TARGET = re.compile(r"^(?P<goal>\d{1,2})\.(?P<target>\d{1,2}|[a-d])$")
_UPR_PARAGRAPH = re.compile(r"^\d{1,3}\.\d{1,3}$")
_ARTICLE = re.compile(r"^(?P<number>\d{1,3})(\(\d{1,2}\))?(\([a-z]\))?$")
_SYMBOL = re.compile(r"^[A-Z][A-Za-z0-9.]*(/[A-Z][A-Za-z0-9.]*)*/THA/CO/\d{1,2}(-\d{1,2})?(/Add\.\d)?$")


class _Ref(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    note: str | None = None


class UNGPRef(_Ref):
    """UN Guiding Principles on Business and Human Rights (2011), principles 1-31."""

    kind: Literal["ungp"]
    principle: int = Field(ge=1, le=31, description="Principle number, 1 to 31")


class UPRRef(_Ref):
    """Universal Periodic Review of Thailand; a paragraph only where the catalogue has it."""

    kind: Literal["upr"]
    cycle: int = Field(ge=1, le=4, description="UPR cycle: 1 (2011), 2 (2016), 3 (2021)")
    recommendation: str | None = Field(
        default=None, description="Paragraph number such as 158.49, from criteria/recommendations/"
    )
    state: NonEmpty | None = Field(default=None, description="Recommending state, e.g. Sweden")
    response: Literal["supported", "noted", "unknown"] | None = Field(
        default=None, description="Thailand's response as the catalogue records it"
    )
    theme: NonEmpty | None = None

    @model_serializer(mode="wrap")
    def _without_unset_additions(self, handler: SerializerFunctionWrapHandler) -> dict[str, object]:
        """State and response came in 2026.2: left out when empty, so older sets keep their hash."""
        data: dict[str, object] = handler(self)
        for key in ("state", "response"):
            if data.get(key) is None:
                data.pop(key, None)
        return data

    @field_validator("recommendation")
    @classmethod
    def _paragraph(cls, value: str | None) -> str | None:
        if value is not None and not _UPR_PARAGRAPH.match(value):
            raise InvalidValue("value.upr_number", value=repr(value))
        return value


class TreatyRef(_Ref):
    """An article of a treaty or ILO instrument Thailand is party to (criteria/vocabulary.yaml)."""

    kind: Literal["treaty"]
    instrument: NonEmpty = Field(description="Instrument id from vocabulary.yaml, e.g. ICCPR, P29")
    article: str = Field(description="Article number, e.g. '9' or '9(3)'")

    @field_validator("article", mode="before")
    @classmethod
    def _article(cls, value: object) -> str:
        text = str(value).strip()
        if not _ARTICLE.match(text):
            raise InvalidValue("value.article", value=repr(text))
        return text

    @property
    def article_number(self) -> int:
        match = _ARTICLE.match(self.article)
        assert match is not None
        return int(match["number"])


class ConcludingObservationRef(_Ref):
    """A paragraph of a treaty body's concluding observations on Thailand."""

    kind: Literal["concluding_observation"]
    body: NonEmpty = Field(description="Treaty body id from vocabulary.yaml, e.g. CCPR, CRC")
    symbol: str = Field(description="Document symbol, e.g. CCPR/C/THA/CO/2")
    paragraph: int = Field(ge=1)

    @field_validator("symbol")
    @classmethod
    def _symbol(cls, value: str) -> str:
        if not _SYMBOL.match(value):
            raise InvalidValue("value.symbol", value=repr(value))
        return value


class LawRef(_Ref):
    """A Thai law from the shared vocabulary, optionally a section of it."""

    kind: Literal["law"]
    law: NonEmpty = Field(description="Law id from criteria/vocabulary.yaml")
    section: str | None = Field(default=None, description="Section (มาตรา), e.g. '26' or '33-35'")


class SDGRef(_Ref):
    """A Sustainable Development Goal target such as 16.10 or 8.7."""

    kind: Literal["sdg"]
    target: str

    @field_validator("target", mode="before")
    @classmethod
    def _target(cls, value: object) -> str:
        text = str(value)
        match = _SDG_TARGET.match(text)
        if not match or not 1 <= int(match["goal"]) <= 17:
            raise InvalidValue("value.sdg", value=repr(text))
        return text


class NAPRef(_Ref):
    """Thailand's National Action Plan on Business and Human Rights and its four plans."""

    kind: Literal["nap_bhr"]
    plan: Literal["labour", "community_land_environment", "hrd", "cross_border_investment"]
    phase: int = Field(default=2, ge=1, le=2)


class NHRCRef(_Ref):
    """An item of the NHRC strategic plan 2566-2570, e.g. strategic issue 2.2."""

    kind: Literal["nhrc_strategy"]
    item: Annotated[str, Field(pattern=r"^\d\.\d(\.\d)?$")]


class StandardRef(_Ref):
    """Another published standard or guidance (DIHR, ILO, CRPD...) named in full."""

    kind: Literal["standard"]
    name: NonEmpty
    part: str | None = None


Reference = Annotated[
    UNGPRef | UPRRef | LawRef | TreatyRef | ConcludingObservationRef | SDGRef | NAPRef | NHRCRef
    | StandardRef,
    Field(discriminator="kind"),
]
