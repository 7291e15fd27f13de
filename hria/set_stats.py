"""Figures a reviewer reads first about a criteria set: size, gates, how auditable its
criteria are, and what they cite."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from statistics import median

from hria.models.criteria import CriteriaSet
from hria.models.references import TreatyRef, UPRRef
from hria.models.vocabulary import Vocabulary


@dataclass(frozen=True)
class SetStats:
    set_ref: str
    criteria: int
    domains: int
    gates: int
    own_level_text_pct: float
    evidence_per_criterion: float
    single_evidence: int
    guidance_median_chars: int
    """Median length of the English guidance: how much an auditor is told on site."""
    legal_basis_pct: float
    references_by_kind: dict[str, int]
    treaty_references: dict[str, int]
    """Instrument -> references to it."""
    upr_references: list[dict[str, str]]
    """Each numbered UPR recommendation the set cites, once: cycle, recommendation, state."""
    upr_without_number: int

    def as_json(self) -> dict[str, object]:
        return dict(self.__dict__)


def set_stats(cs: CriteriaSet, vocab: Vocabulary) -> SetStats:
    n = len(cs.criteria)
    legal = {k.id for k in vocab.reference_kinds if k.legal_basis}
    refs = [r for c in cs.criteria for r in c.references]
    treaties = Counter(r.instrument for r in refs if isinstance(r, TreatyRef))
    upr = [r for r in refs if isinstance(r, UPRRef)]
    return SetStats(
        set_ref=cs.ref, criteria=n, domains=len(cs.domains),
        gates=sum(1 for c in cs.criteria if c.must_pass),
        own_level_text_pct=round(100 * sum(1 for c in cs.criteria if c.levels) / n, 1),
        evidence_per_criterion=round(sum(len(c.evidence) for c in cs.criteria) / n, 2),
        single_evidence=sum(1 for c in cs.criteria if len(c.evidence) < 2),
        guidance_median_chars=int(median(len(c.guidance.en) for c in cs.criteria)),
        legal_basis_pct=round(
            100 * sum(1 for c in cs.criteria if any(r.kind in legal for r in c.references)) / n, 1),
        references_by_kind=dict(sorted(Counter(r.kind for r in refs).items())),
        treaty_references=dict(sorted(treaties.items())),
        upr_references=list({(r.cycle, r.recommendation): {
            "cycle": str(r.cycle), "recommendation": str(r.recommendation), "state": r.state or "?"}
            for r in upr if r.recommendation}.values()),
        upr_without_number=sum(1 for r in upr if not r.recommendation),
    )
