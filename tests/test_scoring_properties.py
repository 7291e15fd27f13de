"""Properties of the engine over random criteria sets and random assessments (Hypothesis)."""

from __future__ import annotations

import json
import random
from fractions import Fraction
from typing import Any

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from hria.models.assessment import Assessment
from hria.models.criteria import CriteriaSet
from hria.scoring import CompiledSet, Result, score
from tests.test_scoring_engine import compiled, impact, make_assessment, make_set

DOMAIN_IDS = ["governance", "labour", "privacy", "equality"]
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def criteria_sets(draw: st.DrawFn, allow_when: bool = True) -> CriteriaSet:
    """A random valid set: prerequisites and conditions only point backwards, so there are no cycles."""
    n_domains = draw(st.integers(1, 4))
    domains = [{"id": DOMAIN_IDS[i], "weight": draw(st.sampled_from([0.5, 1, 2, 3])),
                **({"floor": draw(st.sampled_from([20, 40, 50]))} if draw(st.booleans()) else {})}
               for i in range(n_domains)]
    criteria: list[dict[str, Any]] = []
    tops: list[int] = []
    for i in range(draw(st.integers(1, 8))):
        yes_no = draw(st.booleans())
        top = 1 if yes_no else 4
        c: dict[str, Any] = {
            "id": f"T-X-{i:02d}", "domain": DOMAIN_IDS[i % n_domains if i < n_domains
                                                       else draw(st.integers(0, n_domains - 1))],
            "answer": "yes_no" if yes_no else "maturity",
            "weight": draw(st.sampled_from([0.5, 1, 1.5, 2, 3])),
            "na": draw(st.booleans()),
        }
        if draw(st.integers(0, 3)) == 0:
            c["must_pass"] = {"at_least": draw(st.integers(1, top))}
        app: dict[str, Any] = {}
        if draw(st.integers(0, 4)) == 0:
            app["subtypes"] = draw(st.sampled_from([["a"], ["b"], ["a", "b"]]))
        if draw(st.integers(0, 4)) == 0:
            app["sizes"] = draw(st.sampled_from([["small"], ["medium", "large"]]))
        if allow_when and i and draw(st.integers(0, 2)) == 0:
            j = draw(st.integers(0, i - 1))
            app["when"] = [{"criterion": f"T-X-{j:02d}", "at_least": draw(st.integers(1, tops[j]))}]
        if app:
            c["applicability"] = app
        if i and top > 1 and draw(st.booleans()):
            j = draw(st.integers(0, i - 1))
            c["prerequisites"] = [{"criterion": f"T-X-{j:02d}", "at_least": draw(st.integers(1, tops[j])),
                                   "cap": draw(st.integers(0, top - 1))}]
        criteria.append(c)
        tops.append(top)
    minimums = sorted(draw(st.sets(st.integers(0, 100), min_size=1, max_size=3)))
    levels = [{"id": f"level_{k}", "min_score": m,
               **({"min_domain_score": draw(st.integers(0, 80))} if draw(st.booleans()) else {})}
              for k, m in enumerate(minimums)]
    rules = {"gate_failed": draw(st.sampled_from(["not_certified", "lowest_level"])),
             "floor_failed": draw(st.sampled_from(["not_certified", "lowest_level"])),
             "severe_impact": {"severe_at": draw(st.integers(3, 12)),
                               "effect": draw(st.sampled_from(["not_certified", "lower_one_level"]))}}
    if draw(st.booleans()):  # the 2026.2 rules: non-negotiables, DIHR impact register
        rules.update({
            "gate_failed": "not_certified",
            "severe_impact": {"severe_at": draw(st.integers(3, 12)), "effect": "not_certified"},
            "gate_at": {"maturity": draw(st.integers(1, 4)), "yes_no": 1},
            "impact_register": {
                "remediate_actual": draw(st.sampled_from([["cause"], ["cause", "contribute"]])),
                "potential_blocks_at": draw(st.integers(3, 48))},
            "non_negotiables": [{"criterion": c["id"], "why": {"th": "เหตุผล", "en": "why"}}
                                for c in criteria if draw(st.booleans())],
        })
    return make_set(domains, criteria, levels, rules)


@st.composite
def scenarios(draw: st.DrawFn, allow_when: bool = True,
              complete: bool = True) -> tuple[CompiledSet, Assessment]:
    cs = compiled(draw(criteria_sets(allow_when)))
    values: dict[str, int | str | None] = {}
    for c in cs.criteria:
        choices: list[int | str | None] = list(range(c.max_value + 1))
        if c.na_allowed:
            choices.append("na")
        if not complete:
            choices += [None, "omit"]
        v = draw(st.sampled_from(choices))
        if v != "omit":
            values[c.id] = v
    ratings = st.integers(1, 4)
    impacts = [{**impact(f"I-{k}", (draw(ratings), draw(ratings), draw(ratings)),
                         draw(st.sampled_from(["open", "mitigating", "mitigated", "remediated"]))),
                "kind": draw(st.sampled_from(["actual", "potential"])),
                "involvement": draw(st.sampled_from(["cause", "contribute", "directly_linked"])),
                "likelihood": draw(st.integers(1, 4)),
                "criterion": draw(st.sampled_from([None, *(c.id for c in cs.criteria)]))}
               for k in range(draw(st.integers(0, 2)))]
    return cs, make_assessment(cs, values, subtype=draw(st.sampled_from([None, "a", "b"])),
                               size=draw(st.sampled_from(["small", "medium", "large"])), impacts=impacts)


def _level_index(cs: CompiledSet, r: Result) -> int:
    return -1 if r.level is None else next(lv.pos for lv in cs.levels if lv.id == r.level.id)


def _with_answer(cs: CompiledSet, a: Assessment, criterion: str, value: int) -> Assessment:
    answers = [x.model_copy(update={"value": value}) if x.criterion == criterion else x for x in a.answers]
    return a.model_copy(update={"answers": answers})


def _bounded(x: Fraction | None) -> bool:
    return x is None or 0 <= x <= 100


@SETTINGS
@given(scenarios(complete=False))
def test_every_score_is_between_0_and_100(case: tuple[CompiledSet, Assessment]) -> None:
    cs, a = case
    r = score(cs, a)
    assert _bounded(r.overall)
    assert all(_bounded(d.score) for d in r.domains)
    assert all(_bounded(c.score) for c in r.criteria)
    entries_needed = any(m.code == "impact_entry_required" for m in r.reasons)
    assert (r.status == "complete") == (not r.missing and not entries_needed)
    assert r.decision != "certified" or r.status == "complete"


@SETTINGS
@given(scenarios(allow_when=False), st.data())
def test_improving_one_answer_never_lowers_overall_or_level(
    case: tuple[CompiledSet, Assessment], data: st.DataObject
) -> None:
    cs, a = case
    before = score(cs, a)
    raisable = [x for x in a.answers if x.value is not None and x.value < cs.criterion(x.criterion).max_value]
    assume(raisable)
    answer = data.draw(st.sampled_from(raisable))
    top = cs.criterion(answer.criterion).max_value
    after = score(cs, _with_answer(cs, a, answer.criterion, data.draw(st.integers(answer.value + 1, top))))
    if before.overall is not None:
        assert after.overall is not None and after.overall >= before.overall
    assert _level_index(cs, after) >= _level_index(cs, before)


@SETTINGS
@given(scenarios(allow_when=True), st.data())
def test_improving_one_answer_that_switches_nothing_on_never_lowers_overall_or_level(
    case: tuple[CompiledSet, Assessment], data: st.DataObject
) -> None:
    """With skip logic the property holds for every improvement that does not switch a question on.

    Switching a question on adds its own answer to the means, which can be lower: see
    test_switching_a_question_on_can_lower_the_overall.
    """
    cs, a = case
    before = score(cs, a)
    raisable = [x for x in a.answers if x.value is not None and x.value < cs.criterion(x.criterion).max_value]
    assume(raisable)
    answer = data.draw(st.sampled_from(raisable))
    top = cs.criterion(answer.criterion).max_value
    after = score(cs, _with_answer(cs, a, answer.criterion, data.draw(st.integers(answer.value + 1, top))))
    assume([c.applicable for c in after.criteria] == [c.applicable for c in before.criteria])
    if before.overall is not None:
        assert after.overall is not None and after.overall >= before.overall
    assert _level_index(cs, after) >= _level_index(cs, before)


def test_switching_a_question_on_can_lower_the_overall() -> None:
    """Documents the limit of the monotonicity property under the skip-logic rule as designed."""
    cs = compiled(make_set([{"id": "grievance_remedy", "weight": 1}], [
        {"id": "T-R-01", "domain": "grievance_remedy"},
        {"id": "T-R-02", "domain": "grievance_remedy"},
        {"id": "T-R-03", "domain": "grievance_remedy",
         "applicability": {"when": [{"criterion": "T-R-02", "at_least": 1}]}},
    ]))
    before = score(cs, make_assessment(cs, {"T-R-01": 4, "T-R-02": 0, "T-R-03": 0}))
    after = score(cs, make_assessment(cs, {"T-R-01": 4, "T-R-02": 1, "T-R-03": 0}))
    # before: (100 + 0)/2 = 50 with T-R-03 skipped; after: (100 + 25 + 0)/3 = 41.67
    assert (before.overall, after.overall) == (50, Fraction(125, 3))


@SETTINGS
@given(scenarios(complete=False), st.randoms(use_true_random=False))
def test_reordering_answers_impacts_and_criteria_changes_nothing(
    case: tuple[CompiledSet, Assessment], rnd: random.Random
) -> None:
    cs, a = case
    expected = score(cs, a).to_json()
    answers, impacts = list(a.answers), list(a.impacts)
    rnd.shuffle(answers)
    rnd.shuffle(impacts)
    shuffled = a.model_copy(update={"answers": answers, "impacts": impacts})
    assert score(cs, shuffled).to_json() == expected
    criteria = list(cs.model.criteria)
    rnd.shuffle(criteria)
    reordered = compiled(cs.model.model_copy(update={"criteria": criteria}))
    got = score(reordered, a.model_copy(update={"criteria_set": a.criteria_set.model_copy(
        update={"content_hash": reordered.content_hash})})).to_json()
    for result in (got, expected):  # the set's fingerprint covers its layout; nothing else may differ
        result["criteria_set"].pop("content_hash")
        result["assessment"].pop("hash")
    assert got == expected


@SETTINGS
@given(scenarios(complete=False))
def test_same_input_gives_byte_identical_json(case: tuple[CompiledSet, Assessment]) -> None:
    cs, a = case
    first = json.dumps(score(cs, a).to_json(), ensure_ascii=False, indent=2)
    again = Assessment.model_validate(json.loads(a.model_dump_json()))
    assert json.dumps(score(cs, again).to_json(), ensure_ascii=False, indent=2) == first


@SETTINGS
@given(scenarios(complete=False))
def test_plan_what_ifs_match_rescoring_from_scratch(case: tuple[CompiledSet, Assessment]) -> None:
    """The plan re-scores only what depends on a gap; that must equal scoring the changed assessment."""
    cs, a = case
    r = score(cs, a)
    for action in r.plan:
        if action.kind != "criterion":
            continue
        assert action.target_value is not None
        fixed = score(cs, _with_answer(cs, a, action.target, action.target_value))
        assert action.overall_after == fixed.overall
        assert action.decision_after == fixed.decision
        assert action.level_after == (fixed.level.id if fixed.level else None)
        if r.overall is not None and fixed.overall is not None:
            assert action.points_gained == fixed.overall - r.overall
