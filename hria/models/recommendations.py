"""Thailand's UPR recommendations and treaty bodies' concluding observations as data: what a
`upr` or `concluding_observation` reference may point at.

A catalogue holds one cycle's recommendations as the published report numbers them,
with the recommending state, the text, a theme and Thailand's response. Only
recommendations confirmed from a stored source are listed; a gap is left, never a guess.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from hria.models.criteria import Id
from hria.models.text import NonEmpty

Response = Literal["supported", "noted", "unknown"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Recommendation(_Model):
    number: str = Field(pattern=r"^\d{1,3}\.\d{1,3}$", description="Paragraph, e.g. 158.49")
    state: NonEmpty = Field(description="Recommending state")
    text: NonEmpty
    verbatim: bool = Field(description="True when text is the report's wording, false for a summary")
    theme: Id
    response: Response
    source: NonEmpty = Field(description="Where this entry was confirmed")


class RecommendationCatalogue(_Model):
    schema_version: Literal[1]
    cycle: int = Field(ge=1, le=4)
    document: NonEmpty = Field(description="Symbol of the Working Group report, e.g. A/HRC/33/16")
    received: int | None = Field(default=None, ge=0, description="Recommendations received in all")
    supported: int | None = Field(default=None, ge=0)
    noted: int | None = Field(default=None, ge=0)
    recommendations: list[Recommendation] = Field(default_factory=list)

    def find(self, number: str) -> Recommendation | None:
        return next((r for r in self.recommendations if r.number == number), None)


class ObservationParagraph(_Model):
    """One paragraph of a treaty body's concluding observations, as read in a stored copy."""

    paragraph: int = Field(ge=1)
    text: NonEmpty = Field(description="The paragraph's wording as read (quoted, never paraphrased)")
    excerpt: bool = Field(description="True when only part of the paragraph could be read (… marks gaps)")
    theme: Id = Field(description="A seed theme of vocabulary.yaml")
    source: NonEmpty = Field(description="Where this paragraph was read")


class ConcludingObservations(_Model):
    """A treaty body's concluding observations on Thailand: the paragraphs confirmed so far."""

    body: NonEmpty = Field(description="Treaty body id from vocabulary.yaml, e.g. CRC")
    symbol: str = Field(pattern=r"^[A-Z][A-Za-z0-9.]*(/[A-Za-z0-9.\-]+)+$",
                        description="e.g. CRC/C/THA/CO/3-4")
    year: int = Field(ge=1990, le=2100)
    paragraphs: list[ObservationParagraph] = Field(default_factory=list)

    def find(self, paragraph: int) -> ObservationParagraph | None:
        return next((p for p in self.paragraphs if p.paragraph == paragraph), None)


class ObservationCatalogue(_Model):
    schema_version: Literal[1]
    documents: list[ConcludingObservations] = Field(default_factory=list)

    def find(self, symbol: str, paragraph: int) -> ObservationParagraph | None:
        doc = next((d for d in self.documents if d.symbol == symbol), None)
        return doc.find(paragraph) if doc else None
