"""No grave failure can be certified under 2026.2, whatever the average (issue 12).

For every non-negotiable of every set: one failure in an otherwise top assessment is
refused with that criterion as the reason, and the same assessment without it is
certified (so a set that certified nothing would fail here too).
"""

from __future__ import annotations

import pytest

from hria import criteria_sets
from hria.models.assessment import Assessment
from hria.scoring.calibration import (
    assessment,
    calibrate,
    entry_for,
    impact,
    organisation,
    widest_organisation,
)
from hria.scoring.compiled import CompiledSet, compile_set
from hria.scoring.engine import score
from hria.scoring.result import Result

SETS = ("gov", "lao", "edu", "business")


def compiled(ref: str) -> CompiledSet:
    loaded = criteria_sets.load(ref)
    return compile_set(loaded.model, loaded.content_hash)


CASES = [(s, n.criterion) for s in SETS
         for n in criteria_sets.load(f"{s}@2026.2").model.rules.non_negotiables or []]


def codes(result: Result) -> list[tuple[str, str | None]]:
    return [(m.code, m.subject) for m in result.reasons]


@pytest.mark.parametrize("set_id", SETS)
def test_top_assessment_is_certified_excellent(set_id: str) -> None:
    cs = compiled(f"{set_id}@2026.2")
    result = score(cs, assessment(cs, widest_organisation(cs.model), {}))
    assert result.decision == "certified"
    assert result.level is not None and result.level.id == "excellent"
    assert all(g.status == "passed" for g in result.gates if cs.by_id[g.criterion].non_negotiable)


@pytest.mark.parametrize(("set_id", "criterion"), CASES, ids=[f"{s}:{c}" for s, c in CASES])
def test_one_grave_failure_refuses_an_otherwise_top_assessment(set_id: str, criterion: str) -> None:
    cs = compiled(f"{set_id}@2026.2")
    org = widest_organisation(cs.model)
    c = cs.by_id[criterion]
    assert c.non_negotiable and c.gate == (3 if c.max_value == 4 else 1)
    assert not c.na_allowed
    top = score(cs, assessment(cs, org, {}))
    assert top.decision == "certified"
    assert top.criterion(criterion).applicable
    for value in range(c.gate):
        entries = [entry_for(criterion)] if value == 0 else []
        failed = score(cs, assessment(cs, org, {criterion: value}, entries))
        assert failed.decision == "not_certified", (criterion, value)
        assert failed.level is None
        assert ("non_negotiable_failed", criterion) in codes(failed)
        reason = next(m for m in failed.reasons if m.code == "non_negotiable_failed")
        assert f"{criterion} (" in reason.en and f"is at {value}, needs {c.gate}" in reason.en
        assert criterion in reason.th and "ไม่ได้รับการรับรอง" in reason.th
        # the score alone would still reach a level: only the gate refuses
        assert failed.score_level is not None


@pytest.mark.parametrize(("set_id", "criterion"), CASES, ids=[f"{s}:{c}" for s, c in CASES])
def test_zero_on_a_non_negotiable_needs_an_impact_entry(set_id: str, criterion: str) -> None:
    cs = compiled(f"{set_id}@2026.2")
    result = score(cs, assessment(cs, widest_organisation(cs.model), {criterion: 0}))
    assert result.decision == "incomplete"
    assert codes(result)[0] == ("impact_entry_required", criterion)
    assert "must record the impact" in result.reasons[0].en


def test_business_sme_track_gates_are_the_same_non_negotiables() -> None:
    cs = compiled("business@2026.2")
    org = widest_organisation(cs.model, size="micro")
    top = score(cs, assessment(cs, org, {}))
    assert top.decision == "certified"
    gated = [g.criterion for g in top.gates if cs.by_id[g.criterion].non_negotiable and g.status == "passed"]
    assert len(gated) == len(cs.model.rules.non_negotiables or [])
    assert all(n.at_sme_size for n in cs.model.rules.non_negotiables or [])
    failed = score(cs, assessment(cs, org, {"BIZ-HRD-01": 2}))
    assert ("non_negotiable_failed", "BIZ-HRD-01") in codes(failed) and failed.decision == "not_certified"


def test_a_declared_no_is_not_a_way_out_of_the_custody_gates() -> None:
    cs = compiled("gov@2026.2")
    police = organisation(cs.model, "law_enforcement", "large", {"holds_custody": False})
    result = score(cs, assessment(cs, police, {"GOV-JUS-03": 1}))
    assert result.criterion("GOV-JUS-03").applicable
    assert result.decision == "not_certified"
    office = organisation(cs.model, "provincial_office", "large", {"holds_custody": False})
    skipped = score(cs, assessment(cs, office, {}))
    assert not skipped.criterion("GOV-JUS-03").applicable
    assert skipped.criterion("GOV-JUS-03").applicability.code == "skipped.profile"


def _with(cs: CompiledSet, *impacts_: object) -> Result:
    a: Assessment = assessment(cs, widest_organisation(cs.model), {}, list(impacts_))  # type: ignore[arg-type]
    return score(cs, a)


@pytest.mark.parametrize(("kind", "involvement", "severity", "likelihood", "status", "certified", "code"), [
    ("actual", "cause", 12, 4, "mitigated", False, "impact.actual_not_remediated"),
    ("actual", "cause", 12, 4, "remediated", True, None),
    ("actual", "contribute", 3, 1, "mitigated", False, "impact.actual_not_remediated"),
    ("actual", "contribute", 5, 2, "remediated", True, None),
    ("actual", "directly_linked", 12, 4, "mitigated", True, None),
    ("actual", "directly_linked", 9, 4, "mitigating", False, "severe_impact.not_certified"),
    ("actual", "directly_linked", 8, 4, "open", True, None),
    ("potential", "cause", 12, 1, "open", True, None),          # unlikely: 12 × 1 = 12
    ("potential", "cause", 12, 2, "open", False, "impact.potential_likely"),   # 24: the threshold
    ("potential", "contribute", 11, 2, "open", True, None),     # 22: just below
    ("potential", "cause", 8, 3, "mitigating", False, "impact.potential_likely"),
    ("potential", "cause", 12, 4, "mitigated", True, None),
])
def test_impact_rule_at_its_boundaries(kind: str, involvement: str, severity: int, likelihood: int,
                                       status: str, certified: bool, code: str | None) -> None:
    cs = compiled("gov@2026.2")
    result = _with(cs, impact("I-1", kind, involvement, severity, likelihood, status))
    assert (result.decision == "certified") is certified
    assert result.impacts[0].blocking is not certified
    if code:
        assert (code, "I-1") in codes(result)


def test_2026_1_keeps_its_single_severity_rule() -> None:
    cs = compiled("gov@2026.1")
    org = organisation(cs.model, "law_enforcement", "large", {})
    a = assessment(cs, org, {}, [impact("I-1", "actual", "cause", 12, 4, "mitigated")])
    result = score(cs, a)
    assert result.decision == "certified" and result.level is not None and result.level.id == "excellent"
    # and a custody failure that 2026.2 refuses is still certified there, as before
    assert score(cs, assessment(cs, org, {"GOV-JUS-03": 1})).decision == "certified"


def test_impact_reason_reads_why_in_both_languages() -> None:
    cs = compiled("gov@2026.2")
    result = _with(cs, impact("I-9", "actual", "cause", 12, 4, "mitigated"))
    reason = next(m for m in result.reasons if m.subject == "I-9")
    assert reason.en == ("actual impact I-9 (severity 12), which the organisation caused, is mitigated, "
                         "not remediated; an impact the organisation caused or contributed to must be "
                         "remediated, not only mitigated: not certified")
    assert "ก่อให้เกิด" in reason.th and "ยังไม่ได้เยียวยา" in reason.th


@pytest.mark.parametrize("set_id", SETS)
def test_calibration_certifies_no_grave_failure(set_id: str) -> None:
    cs = compiled(f"{set_id}@2026.2")
    rand, adv = calibrate(cs, 150, seed=7)
    assert rand.certified_with_grave_failure == [] and adv.certified_with_grave_failure == []
    assert adv.total > 100 and adv.with_grave_failure == adv.total
    assert adv.by_decision["not_certified"] == adv.total
    assert sum(rand.by_decision[lv.id] for lv in cs.model.levels) > 0  # something is certified


def test_calibration_finds_what_2026_1_certified() -> None:
    old = compiled("gov@2026.1")
    grave = criteria_sets.load("gov@2026.2").model.grave_failures or []
    _, adv = calibrate(old, 10, seed=7, grave=list(grave))
    certified = {g for g, _ in adv.certified_with_grave_failure}
    assert {"gov_jus_03_failed", "gov_jus_04_failed", "civic_freedoms_at_zero",
            "caused_actual_unremedied"} <= certified
