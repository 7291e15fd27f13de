"""The government-agency set 2026.2 holds to the content bar of issue 13.

Every criterion auditable (own level text, two evidence items, a sampling rule,
on-site guidance), every state duty on a legal basis, the 2026.1 citation errors
gone, and the themes the 2026.1 set missed present for the agencies they concern.
"""

from __future__ import annotations

import statistics
import subprocess
import sys

import pytest

from hria.criteria_sets import load_set_file
from hria.models.criteria import CriteriaSet
from tests.conftest import CRITERIA

GOV = CRITERIA / "gov" / "2026.2.yaml"


@pytest.fixture(scope="module")
def cs() -> CriteriaSet:
    return load_set_file(GOV).model


def _refs(cs: CriteriaSet, cid: str) -> list[dict[str, object]]:
    c = next(c for c in cs.criteria if c.id == cid)
    return [r.model_dump(exclude_none=True) for r in c.references]


def test_passes_strict_validation() -> None:
    run = subprocess.run([sys.executable, "-m", "hria", "criteria", "validate", "--strict", str(GOV),
                          "--lang", "en"],
                         capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "0 problem(s), 0 warning(s) (strict)" in run.stdout


def test_every_criterion_is_auditable(cs: CriteriaSet) -> None:
    for c in cs.criteria:
        scale = cs.scales[c.answer]
        assert c.levels and len(c.levels) == len(scale.levels), c.id
        assert len(c.evidence) >= 2, c.id
        assert c.sampling is not None, c.id
        assert len(c.guidance.th) >= 200 and len(c.guidance.en) >= 250, c.id
    assert statistics.median(len(c.guidance.en) for c in cs.criteria) >= 380


def test_every_state_duty_rests_on_treaty_or_thai_law(cs: CriteriaSet) -> None:
    for c in cs.criteria:
        assert {r.kind for r in c.references} & {"treaty", "law"}, c.id


def test_ungps_only_where_the_agency_acts_as_a_buyer_or_runs_a_grievance_mechanism(
        cs: CriteriaSet) -> None:
    principles = {getattr(r, "principle", None) for c in cs.criteria for r in c.references
                  if r.kind == "ungp"}
    assert principles == {6, 31}


def test_errors_of_2026_1_are_fixed(cs: CriteriaSet) -> None:
    assert {"kind": "sdg", "target": "13.2"} in _refs(cs, "GOV-ENV-01")
    assert {"kind": "sdg", "target": "4.7"} in _refs(cs, "GOV-GOV-04")
    assert not any(r["kind"] == "ungp" for r in _refs(cs, "GOV-PRV-04") + _refs(cs, "GOV-JUS-04")
                   + _refs(cs, "GOV-EQ-01"))
    assert {"kind": "treaty", "instrument": "CAT", "article": "12"} in _refs(cs, "GOV-JUS-04")
    for cid in ("GOV-CIV-03", "GOV-HRD-02"):
        assert not any("Protection International" in str(r.get("name", "")) for r in _refs(cs, cid))


def test_non_refoulement_rests_on_cat_and_the_2022_act_not_the_refugee_convention(
        cs: CriteriaSet) -> None:
    refs = _refs(cs, "GOV-REF-01")
    assert {"kind": "treaty", "instrument": "CAT", "article": "3"} in refs
    assert {"kind": "law", "law": "torture_disappearance"} in refs
    assert not any(r.get("instrument") == "REFUGEE_1951" for c in cs.criteria
                   for r in _refs(cs, c.id))


@pytest.mark.parametrize(("cid", "subtypes"), [
    ("GOV-DET-01", {"prison", "immigration_detention", "juvenile_centre"}),
    ("GOV-DET-06", {"immigration_detention"}),
    ("GOV-DET-07", {"juvenile_centre"}),
    ("GOV-REF-01", {"law_enforcement", "immigration_detention"}),
    ("GOV-SOC-01", {"social_service"}),
    ("GOV-HRDD-05", {"ministry_department", "public_organisation"}),
])
def test_new_themes_apply_to_the_agencies_they_concern(
        cs: CriteriaSet, cid: str, subtypes: set[str]) -> None:
    c = next(c for c in cs.criteria if c.id == cid)
    assert c.applicability is not None and set(c.applicability.subtypes or []) == subtypes


def test_new_grave_harms_are_gates_at_implemented(cs: CriteriaSet) -> None:
    listed = {n.criterion for n in cs.rules.non_negotiables or []}
    for cid in ("GOV-DET-04", "GOV-FOR-02", "GOV-REF-01", "GOV-SAF-01"):
        c = next(c for c in cs.criteria if c.id == cid)
        assert c.must_pass is not None and c.must_pass.at_least == 3, cid
        assert c.not_applicable is None, cid
        assert cid in listed, cid


def test_proportionate_size(cs: CriteriaSet) -> None:
    assert 65 <= len(cs.criteria) <= 75
