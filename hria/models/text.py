"""Bilingual text: Thai first, English second, both required."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, StringConstraints

from hria.models.types import Name, visible_text

Lang = Literal["th", "en"]

NonEmpty = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1), AfterValidator(visible_text)
]


class Text(BaseModel):
    """A piece of text in Thai and English; neither may be empty."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    th: NonEmpty
    en: NonEmpty

    def in_(self, lang: Lang) -> str:
        return self.th if lang == "th" else self.en


class Names(Text):
    """A name in Thai and English (an organisation's): one line each, visible, no control characters."""

    th: Name
    en: Name


def named(names: Mapping[str, Text], key: str, lang: Lang) -> str:
    """``key`` in words of ``lang`` where ``names`` has it, else the id itself."""
    return names[key].in_(lang) if key in names else key
