"""Which questions apply, from the profile and the answers so far — the scoring engine decides.

The interview never judges applicability itself: it asks the same evaluation the
score uses, so a question is asked exactly when its answer would count.
"""

from __future__ import annotations

from dataclasses import dataclass

from hria.models.assessment import Answer, Organisation
from hria.scoring import CompiledSet
from hria.scoring.engine import raw_answers
from hria.scoring.evaluation import evaluate, profile_applies


@dataclass(frozen=True)
class Applicable:
    """The questions that apply now, and those the profile allows but the answers do not (yet)."""

    now: frozenset[str]
    possible: frozenset[str]

    @property
    def pending(self) -> frozenset[str]:
        return self.possible - self.now


def resolve(cs: CompiledSet, organisation: Organisation, answers: list[Answer]) -> Applicable:
    profile_ok = [profile_applies(c, organisation.subtype, organisation.size) for c in cs.criteria]
    ev = evaluate(cs, profile_ok, raw_answers(cs, answers))
    return Applicable(
        now=frozenset(c.id for c in cs.criteria if ev.applies[c.pos]),
        possible=frozenset(c.id for c in cs.criteria if profile_ok[c.pos]),
    )


@dataclass(frozen=True)
class Change:
    """What an answer did to the questions that apply."""

    appeared: tuple[str, ...]
    disappeared: tuple[str, ...]

    def __bool__(self) -> bool:
        return bool(self.appeared or self.disappeared)


def change(order: list[str], before: Applicable, after: Applicable) -> Change:
    """Appeared and disappeared questions, in interview order."""
    return Change(
        appeared=tuple(c for c in order if c in after.now and c not in before.now),
        disappeared=tuple(c for c in order if c in before.now and c not in after.now),
    )
