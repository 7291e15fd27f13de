"""The SME track is applicability over the one business set, chosen by the profile alone.

An SME (by the Thai definition: sector, employees, revenue) is asked a reduced
set of questions, a large company the full set; nothing but the organisation
profile differs between the two assessments below.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from hria import criteria_sets
from hria.models.assessment import Assessment, registration_check_digit
from hria.models.enterprise_size import enterprise_size
from hria.scoring import compile_set, score

REG = "010555612345"
REG += str(registration_check_digit(REG))


def _assessment(organisation: dict[str, Any], answers: list[dict[str, Any]]) -> Assessment:
    loaded = criteria_sets.load("business@2026.1")
    return Assessment.model_validate({
        "schema_version": 1,
        "criteria_set": {"id": "business", "version": "2026.1", "content_hash": loaded.content_hash},
        "organisation": {"name": {"th": "บริษัท ทดสอบ จำกัด", "en": "Test Co., Ltd."}, "type": "business",
                         "subtype": "unlisted_company", "province": "samut_sakhon",
                         "registration_number": REG, **organisation},
        "assessor": {"name": "Auditor", "organisation": "Body"},
        "assessed_on": dt.date(2026, 11, 23),
        "answers": answers,
    })


def _asked(organisation: dict[str, Any]) -> set[str]:
    """The criteria the engine asks of this profile when every answer is at its best (all switched on)."""
    loaded = criteria_sets.load("business@2026.1")
    cs = loaded.model
    top = {sid: scale.max_value for sid, scale in cs.scales.items()}
    answers = [{"criterion": c.id, "value": top[c.answer]} for c in cs.criteria]
    result = score(compile_set(cs, loaded.content_hash), _assessment(organisation, answers))
    return {c.id for c in result.criteria if c.state != "skipped"}


SME = {"sector": "manufacturing", "employees": 42, "annual_revenue_baht": 80_000_000}
LARGE = {"sector": "manufacturing", "employees": 850, "annual_revenue_baht": 2_400_000_000}


def test_profiles_take_their_size_from_the_thai_sme_definition() -> None:
    assert _assessment(SME, []).organisation.size == "small"
    assert _assessment(LARGE, []).organisation.size == "large"


def test_an_sme_is_asked_a_reduced_set_and_a_large_company_the_full_set() -> None:
    cs = criteria_sets.load("business@2026.1").model
    sme, large = _asked(SME), _asked(LARGE)
    only_small_or_large = {c.id for c in cs.criteria
                           if c.applicability and c.applicability.sizes
                           and not {"small", "large"} <= set(c.applicability.sizes)}

    def written_for(size: str) -> set[str]:
        return {c.id for c in cs.criteria
                if not (c.applicability and c.applicability.subtypes and "unlisted_company"
                        not in c.applicability.subtypes)
                and not (c.applicability and c.applicability.sizes and size not in c.applicability.sizes)}

    assert large == written_for("large")
    assert sme == written_for("small")
    assert len(cs.criteria) >= 45
    assert 20 <= len(sme) < len(large)
    # Same rights: the SME track keeps every domain of the set.
    domain_of = {c.id: c.domain for c in cs.criteria}
    assert {domain_of[c] for c in sme} == {d.id for d in cs.domains}
    # What differs is size-bound only: no subtype or answer rule separates the two.
    assert sme ^ large <= only_small_or_large


def test_an_sme_that_grows_moves_to_the_full_track_with_the_same_answers() -> None:
    grown = {**SME, "employees": 260}
    assert enterprise_size("manufacturing", 260, 80_000_000) == "large"
    assert _asked(grown) == _asked(LARGE)


@pytest.mark.parametrize(("sector", "staff", "revenue", "size"), [
    ("manufacturing", 5, 1_800_000, "micro"),
    ("manufacturing", 6, 1_800_000, "small"),
    ("manufacturing", 50, 100_000_000, "small"),
    ("manufacturing", 200, 500_000_000, "medium"),
    ("manufacturing", 201, 10_000_000, "large"),
    ("trade_services", 30, 50_000_000, "small"),
    ("trade_services", 31, 50_000_000, "medium"),
    ("trade_services", 10, 300_000_001, "large"),
    ("trade_services", 100, 300_000_000, "medium"),
])
def test_sme_bounds_and_the_larger_measure_wins(sector: Any, staff: int, revenue: int, size: str) -> None:
    assert enterprise_size(sector, staff, revenue) == size


def test_a_size_that_contradicts_the_figures_is_refused_with_the_expected_size() -> None:
    with pytest.raises(ValueError, match=r"'small' enterprise \(ขนาดย่อม\)"):
        _assessment({**SME, "size": "large"}, [])
