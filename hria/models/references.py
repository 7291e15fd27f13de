"""References that tie a criterion to the standards and laws it rests on.

Each kind is its own model, chosen by ``kind`` (a discriminated union), so a
malformed SDG target or an out-of-range UNGP number is caught at load time.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from hria.models.text import NonEmpty

_SDG_TARGET = re.compile(r"^(?P<goal>\d{1,2})\.(?P<target>\d{1,2}|[a-d])$")
_UPR_PARAGRAPH = re.compile(r"^\d{1,3}\.\d{1,3}$")


class _Ref(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    note: str | None = None


class UNGPRef(_Ref):
    """UN Guiding Principles on Business and Human Rights (2011), principles 1-31."""

    kind: Literal["ungp"]
    principle: int = Field(ge=1, le=31, description="Principle number, 1 to 31")


class UPRRef(_Ref):
    """Universal Periodic Review of Thailand; a paragraph only where confirmed."""

    kind: Literal["upr"]
    cycle: int = Field(ge=1, le=4, description="UPR cycle: 1 (2011), 2 (2016), 3 (2021)")
    recommendation: str | None = Field(
        default=None, description="Paragraph number such as 158.49, only where confirmed"
    )
    theme: NonEmpty | None = None

    @field_validator("recommendation")
    @classmethod
    def _paragraph(cls, value: str | None) -> str | None:
        if value is not None and not _UPR_PARAGRAPH.match(value):
            raise ValueError(f"UPR recommendation must look like 158.49, not {value!r}")
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
            raise ValueError(f"SDG target must look like 8.7 or 16.b with goal 1-17, not {text!r}")
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
    UNGPRef | UPRRef | LawRef | SDGRef | NAPRef | NHRCRef | StandardRef,
    Field(discriminator="kind"),
]
