"""The scoring engine on small sets built in code: each rule, hand-checked.

The builders here (``make_set``, ``make_assessment``) are shared with the
property tests.
"""

from __future__ import annotations

import json
from fractions import Fraction
from typing import Any

import pytest

from hria.criteria_sets import content_hash
from hria.models.assessment import Assessment
from hria.models.criteria import CriteriaSet
from hria.scoring import CompiledSet, compile_set, score
from hria.scoring.explain import explain

REG = "0105536000003"  # check digit: 1·12+5·10+5·9+3·8+6·7 = 173; 173 mod 11 = 8; (11-8) mod 10 = 3

LEVELS = [
    {"id": "certified", "min_score": 60},
    {"id": "good", "min_score": 75, "min_domain_score": 50},
    {"id": "excellent", "min_score": 90, "min_domain_score": 70},
]


def _text(s: str) -> dict[str, str]:
    return {"th": f"ข้อ {s}", "en": s}


def make_set(
    domains: list[dict[str, Any]],
    criteria: list[dict[str, Any]],
    levels: list[dict[str, Any]] | None = None,
    rules: dict[str, Any] | None = None,
    subtypes: tuple[str, ...] = ("a", "b"),
) -> CriteriaSet:
    """A valid set from the fields that matter to scoring; the rest is filled in."""
    maturity = {"type": "maturity", "levels": [_text(f"level {i}") for i in range(5)]}
    yes_no = {"type": "yes_no", "levels": [_text("no"), _text("yes")]}
    full = []
    for c in criteria:
        item = {"title": _text(c["id"]), "question": _text(c["id"] + "?"), "guidance": _text("look"),
                "evidence": [_text("document")], "answer": "maturity",
                "references": [{"kind": "ungp", "principle": 16}], **c}
        if item.pop("na", False):
            item["not_applicable"] = {"reason": _text("may not apply")}
        full.append(item)
    return CriteriaSet.model_validate({
        "schema_version": 1, "id": "test", "version": "2026.1", "organisation_type": "business",
        "subtypes": [{"id": s, "name": _text(s)} for s in subtypes],
        "title": _text("test set"), "status": "active", "effective_date": "2026-01-01",
        "certificate_validity_months": 36, "scales": {"maturity": maturity, "yes_no": yes_no},
        "domains": domains, "criteria": full,
        "levels": [{"name": _text(lv["id"]), **lv} for lv in (levels or LEVELS)],
        "rules": rules or {"gate_failed": "not_certified", "floor_failed": "not_certified",
                           "severe_impact": {"severe_at": 9, "effect": "not_certified"}},
    })


def compiled(cs: CriteriaSet) -> CompiledSet:
    return compile_set(cs, content_hash(cs))


def make_assessment(
    cs: CompiledSet,
    values: dict[str, int | str | None],
    *,
    subtype: str | None = None,
    size: str = "medium",
    impacts: list[dict[str, Any]] | None = None,
) -> Assessment:
    """``values``: an int answers the criterion, "na" answers not applicable, None leaves it blank."""
    answers = []
    for cid, v in values.items():
        if v == "na":
            answers.append({"criterion": cid, "not_applicable": {"reason": "does not apply here"}})
        elif v is None:
            answers.append({"criterion": cid})
        else:
            answers.append({"criterion": cid, "value": v})
    return Assessment.model_validate({
        "schema_version": 1,
        "criteria_set": {"id": cs.model.id, "version": cs.model.version,
                         "content_hash": cs.content_hash},
        "organisation": {"name": _text("Org"), "type": "business", "subtype": subtype,
                         "province": "Bangkok", "size": size, "registration_number": REG},
        "assessor": {"name": "A", "organisation": "Body"},
        "assessed_on": "2026-03-01",
        "answers": answers,
        "impacts": impacts or [],
    })


def impact(iid: str, severity: tuple[int, int, int], status: str = "open") -> dict[str, Any]:
    scale, scope, irr = severity
    return {"id": iid, "description": "d", "rights": ["r"], "rights_holders": ["h"],
            "involvement": "cause", "kind": "actual", "scale": scale, "scope": scope,
            "irremediability": irr, "likelihood": 2, "status": status}


TWO_DOMAINS = [{"id": "governance", "weight": 3}, {"id": "labour", "weight": 1}]


def test_criterion_score_is_value_over_max_and_domains_weight_by_criterion() -> None:
    cs = compiled(make_set(TWO_DOMAINS, [
        {"id": "T-G-01", "domain": "governance", "weight": 3},
        {"id": "T-G-02", "domain": "governance", "answer": "yes_no"},
        {"id": "T-L-01", "domain": "labour"},
    ]))
    r = score(cs, make_assessment(cs, {"T-G-01": 1, "T-G-02": 1, "T-L-01": 2}))
    # governance = (3·25 + 1·100)/4 = 43.75; labour = 50; overall = (3·43.75 + 50)/4 = 45.3125
    assert r.domain("governance").score == Fraction(175, 4)
    assert r.overall == Fraction(725, 16)
    assert r.to_json()["overall"] == 45.31
    assert r.decision == "not_certified" and r.reasons[0].code == "below_lowest_level"


def test_prerequisite_that_does_not_apply_or_is_na_does_not_cap() -> None:
    cs = compiled(make_set([{"id": "governance", "weight": 1}], [
        {"id": "T-G-01", "domain": "governance", "na": True},
        {"id": "T-G-02", "domain": "governance", "applicability": {"subtypes": ["b"]}},
        {"id": "T-G-03", "domain": "governance",
         "prerequisites": [{"criterion": "T-G-01", "at_least": 3, "cap": 1},
                           {"criterion": "T-G-02", "at_least": 3, "cap": 0}]},
    ]))
    r = score(cs, make_assessment(cs, {"T-G-01": "na", "T-G-02": 0, "T-G-03": 4}, subtype="a"))
    assert r.criterion("T-G-03").score == 100 and r.criterion("T-G-03").caps == ()
    assert r.ignored_answers == ("T-G-02",)
    r = score(cs, make_assessment(cs, {"T-G-01": 2, "T-G-02": 0, "T-G-03": 4}, subtype="b"))
    c = r.criterion("T-G-03")
    assert (c.effective_value, c.score) == (0, 0)
    assert [cap.criterion for cap in c.caps] == ["T-G-01", "T-G-02"]
    assert c.cap_reason is not None and c.cap_reason.subject == "T-G-02"


def test_gate_rule_lowest_level_and_floor_rule_lowest_level() -> None:
    rules = {"gate_failed": "lowest_level", "floor_failed": "lowest_level",
             "severe_impact": {"severe_at": 9, "effect": "not_certified"}}
    cs = compiled(make_set([{"id": "governance", "weight": 1, "floor": 60}], [
        {"id": "T-G-01", "domain": "governance", "must_pass": {"at_least": 4}},
        {"id": "T-G-02", "domain": "governance", "weight": 9},
    ], rules=rules))
    r = score(cs, make_assessment(cs, {"T-G-01": 3, "T-G-02": 4}))
    # (75 + 9·100)/10 = 97.5 → excellent by score; the failed gate holds it to the lowest level
    assert r.score_level == "excellent" and r.level is not None and r.level.id == "certified"
    assert [m.code for m in r.reasons] == ["gate_failed.lowest_level", "certified"]


def test_level_needs_min_domain_score_in_every_domain() -> None:
    cs = compiled(make_set(TWO_DOMAINS, [
        {"id": "T-G-01", "domain": "governance"}, {"id": "T-L-01", "domain": "labour"},
    ]))
    r = score(cs, make_assessment(cs, {"T-G-01": 4, "T-L-01": 1}))
    # overall (3·100 + 25)/4 = 81.25 reaches good, but labour 25 < 50 → certified
    assert r.level is not None and r.level.id == "certified"
    assert [m.code for m in r.reasons] == ["domain_minimum", "certified"]


def test_severe_open_impact_not_certified_but_mitigated_one_does_nothing() -> None:
    cs = compiled(make_set([{"id": "governance", "weight": 1}], [{"id": "T-G-01", "domain": "governance"}]))
    mitigated = score(cs, make_assessment(cs, {"T-G-01": 4}, impacts=[impact("I-1", (4, 4, 4), "mitigated")]))
    assert mitigated.decision == "certified"
    opened = score(cs, make_assessment(cs, {"T-G-01": 4}, impacts=[impact("I-1", (3, 3, 3), "open")]))
    assert opened.decision == "not_certified" and opened.score_level == "excellent"
    assert opened.impacts[0].blocking and opened.plan[0].target == "I-1"
    below = score(cs, make_assessment(cs, {"T-G-01": 4}, impacts=[impact("I-1", (3, 3, 2), "open")]))
    assert below.decision == "certified" and not below.impacts[0].severe


def test_lower_one_level_from_the_lowest_level_is_not_certified() -> None:
    rules = {"gate_failed": "not_certified", "floor_failed": "not_certified",
             "severe_impact": {"severe_at": 9, "effect": "lower_one_level"}}
    cs = compiled(make_set([{"id": "governance", "weight": 1}],
                           [{"id": "T-G-01", "domain": "governance"}], rules=rules))
    r = score(cs, make_assessment(cs, {"T-G-01": 3}, impacts=[impact("I-1", (4, 4, 4))]))
    assert r.score_level == "good" and r.level is not None and r.level.id == "certified"
    r = score(cs, make_assessment(cs, {"T-G-01": 3}, impacts=[impact("I-1", (4, 4, 4)),
                                                                impact("I-2", (4, 4, 4))]))
    assert r.level is not None and r.level.id == "certified"  # once, however many impacts
    r = score(cs, make_assessment(cs, {"T-G-01": 2}, impacts=[impact("I-1", (4, 4, 4))]))
    assert r.decision == "not_certified"


def test_nothing_answered_with_a_value_gives_no_overall() -> None:
    cs = compiled(make_set([{"id": "privacy", "weight": 1}],
                           [{"id": "T-P-01", "domain": "privacy", "na": True}]))
    r = score(cs, make_assessment(cs, {"T-P-01": "na"}))
    assert r.overall is None and r.decision == "not_certified"
    assert r.reasons[0].code == "nothing_scored" and r.to_json()["overall"] is None


def test_when_condition_uses_the_answer_and_skips_dependents() -> None:
    cs = compiled(make_set([{"id": "grievance_remedy", "weight": 1}], [
        {"id": "T-R-01", "domain": "grievance_remedy", "answer": "yes_no"},
        {"id": "T-R-02", "domain": "grievance_remedy",
         "applicability": {"when": [{"criterion": "T-R-01", "at_least": 1}]}},
    ]))
    r = score(cs, make_assessment(cs, {"T-R-01": 0, "T-R-02": 3}))
    c = r.criterion("T-R-02")
    assert not c.applicable and c.answer_ignored and c.applicability.code == "skipped.when"
    assert "T-R-01 is at 0" in c.applicability.en
    assert r.plan[0].unlocks == ("T-R-02",)


def test_plan_ranks_decision_changers_then_gates_then_points() -> None:
    cs = compiled(make_set([{"id": "governance", "weight": 1}], [
        {"id": "T-G-01", "domain": "governance", "must_pass": {"at_least": 2}},
        {"id": "T-G-02", "domain": "governance", "weight": 4},
        {"id": "T-G-03", "domain": "governance", "weight": 2,
         "prerequisites": [{"criterion": "T-G-02", "at_least": 3, "cap": 1}]},
    ]))
    r = score(cs, make_assessment(cs, {"T-G-01": 1, "T-G-02": 2, "T-G-03": 4}))
    top = r.plan[0]
    assert top.target == "T-G-01" and top.gates_passed == ("T-G-01",)
    assert [a.target for a in r.plan] == ["T-G-01", "T-G-02"]
    second = r.plan[1]
    # T-G-02 2→4 lifts the cap on T-G-03 (1→4): (25 + 4·100 + 2·100)/7 − (25 + 4·50 + 2·25)/7 = 350/7
    assert second.points_gained == 50 and second.unlocks == ("T-G-03",)
    assert all(a.to_json()["owner"] == "" and a.to_json()["due"] == "" for a in r.plan)


def test_engine_refuses_unchecked_answers() -> None:
    cs = compiled(make_set([{"id": "governance", "weight": 1}], [{"id": "T-G-01", "domain": "governance"}]))
    with pytest.raises(ValueError, match=r"outside 0\.\.4"):
        score(cs, make_assessment(cs, {"T-G-01": 5}))
    with pytest.raises(ValueError, match="may not be answered not applicable"):
        score(cs, make_assessment(cs, {"T-G-01": "na"}))


def test_explain_gives_shares_contributions_and_what_ifs() -> None:
    cs = compiled(make_set(TWO_DOMAINS, [
        {"id": "T-G-01", "domain": "governance", "weight": 1, "must_pass": {"at_least": 2}},
        {"id": "T-G-02", "domain": "governance", "weight": 3},
        {"id": "T-L-01", "domain": "labour"},
    ]))
    a = make_assessment(cs, {"T-G-01": 1, "T-G-02": 4, "T-L-01": 4})
    e = explain(cs, a, "T-G-01")
    # governance = (25 + 300)/4 = 81.25; T-G-01 is 1/4 of its weight → 6.25 points of it;
    # governance is 3/4 of the overall → T-G-01 gives 4.6875 of the overall
    assert e.share_in_domain == Fraction(1, 4) and e.points_in_domain == Fraction(25, 4)
    assert e.points_in_overall == Fraction(75, 16)
    data = e.to_json()
    assert data["current"]["decision"] == "not_certified"
    assert data["if_max"]["decision"] == "certified" and data["if_max"]["level"] == "excellent"
    assert data["if_zero"]["overall_change"] == -4.69
    json.dumps(data)
