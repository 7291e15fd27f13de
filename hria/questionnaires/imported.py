"""What an import hands back, whichever format it read."""

from __future__ import annotations

from dataclasses import dataclass

from hria.models.assessment import Assessment


@dataclass(frozen=True)
class Imported:
    text: str
    """The assessment file to write (YAML)."""
    assessment: Assessment
    missing: list[str]
    """Required questions left unanswered (only when an incomplete import was allowed)."""
    warnings: list[str]
