"""What an import hands back, whichever format it read."""

from __future__ import annotations

from dataclasses import dataclass, replace

from hria.errors import Problem
from hria.models.assessment import Assessment


@dataclass(frozen=True)
class Imported:
    text: str
    """The assessment file to write (YAML)."""
    assessment: Assessment
    missing: list[str]
    """Required questions left unanswered (only when an incomplete import was allowed)."""
    warnings: list[str]


def missing_problem(where: Problem, criterion: str) -> Problem:
    """The problem for a required question without an answer, at ``where`` (whose message may
    already hold a cell reference)."""
    return replace(where, message=(
        f"{where.message}{criterion} has no answer but applies to this organisation "
        f"(answer it, or import with --allow-incomplete)"))


def entry_problem(where: Problem, criterion: str) -> Problem:
    """The problem for a non-negotiable answered 0 whose impact entry is not in the register."""
    return replace(where, message=(
        f"{where.message}{criterion} is a non-negotiable answered 0: the impact register must hold an "
        f"entry naming it (criterion: {criterion}) before the assessment can be decided (import with "
        f"--allow-incomplete, then add the entry under impacts: in the YAML file)"))
