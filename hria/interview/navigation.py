"""Moving through the questions: pure functions of the order, what applies and what is answered."""

from __future__ import annotations

import difflib
from collections.abc import Callable, Collection
from dataclasses import dataclass


def following(order: list[str], applicable: Collection[str], after: str | None) -> str | None:
    """The next applicable question after ``after`` in order (the first when ``after`` is None)."""
    start = order.index(after) + 1 if after in order else 0
    return next((c for c in order[start:] if c in applicable), None)


def preceding(order: list[str], applicable: Collection[str], before: str | None) -> str | None:
    """The applicable question before ``before`` in order, or None at the start."""
    end = order.index(before) if before in order else len(order)
    return next((c for c in reversed(order[:end]) if c in applicable), None)


def outstanding(order: list[str], applicable: Collection[str], answered: Callable[[str], bool],
                marked: Collection[str]) -> list[str]:
    """What is left to do, in order: applicable questions unanswered or marked for later."""
    return [c for c in order if c in applicable and (not answered(c) or c in marked)]


def position(order: list[str], applicable: Collection[str], criterion_id: str) -> tuple[int, int]:
    """(1-based position among the applicable questions, how many apply)."""
    shown = [c for c in order if c in applicable]
    return (shown.index(criterion_id) + 1 if criterion_id in shown else 0, len(shown))


@dataclass(frozen=True)
class Target:
    """Where a jump lands: a criterion id, or None with the closest id for a hint."""

    criterion: str | None
    suggestion: str | None = None


def find(order: list[str], applicable: Collection[str], text: str) -> Target:
    """A jump target from what the auditor typed: an id in any case, its unique ending, or a number.

    A number counts among the applicable questions, as the progress line does.
    """
    wanted = text.strip().upper()
    if not wanted:
        return Target(None)
    if wanted.isdigit():
        shown = [c for c in order if c in applicable]
        n = int(wanted)
        return Target(shown[n - 1] if 1 <= n <= len(shown) else None)
    if wanted in order:
        return Target(wanted)
    endings = [c for c in order if c.endswith("-" + wanted)]
    if len(endings) == 1:
        return Target(endings[0])
    close = difflib.get_close_matches(wanted, order, n=1, cutoff=0.6)
    return Target(None, close[0] if close else None)
