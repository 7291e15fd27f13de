"""Bilingual text: Thai first, English second, both required."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, StringConstraints

Lang = Literal["th", "en"]

NonEmpty = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


class Text(BaseModel):
    """A piece of text in Thai and English; neither may be empty."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    th: NonEmpty
    en: NonEmpty

    def in_(self, lang: Lang) -> str:
        return self.th if lang == "th" else self.en


def named(names: Mapping[str, Text], key: str, lang: Lang) -> str:
    """``key`` in words of ``lang`` where ``names`` has it, else the id itself."""
    return names[key].in_(lang) if key in names else key
