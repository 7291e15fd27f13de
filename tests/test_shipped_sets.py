"""One test over every shipped criteria set, so nothing shipped can rot.

Every set must validate, be acyclic, draw its domains from the shared catalogue,
and exercise every rule kind — a fifth set is held to the same bar.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from hria import graph
from hria.criteria_sets import check_file, load_set_file
from hria.loading.vocabulary import load_vocabulary
from hria.models.references import LawRef, UPRRef
from tests.conftest import CRITERIA, shipped_set_files

SETS = shipped_set_files()
IDS = [f"{p.parent.name}@{p.stem}" for p in SETS]


@pytest.mark.parametrize("path", SETS, ids=IDS)
def test_set_validates(path: Path) -> None:
    assert [str(p) for p in check_file(path)] == []


@pytest.mark.parametrize("path", SETS, ids=IDS)
def test_graph_is_acyclic_and_orders_every_criterion(path: Path) -> None:
    cs = load_set_file(path).model
    assert graph.cycles(cs) == []
    order = graph.evaluation_order(cs)
    assert sorted(order) == sorted(c.id for c in cs.criteria)
    position = {cid: i for i, cid in enumerate(order)}
    for c in cs.criteria:
        for pre in c.prerequisites:
            assert position[pre.criterion] < position[c.id]


@pytest.mark.parametrize("path", SETS, ids=IDS)
def test_set_uses_every_rule_kind(path: Path) -> None:
    cs = load_set_file(path).model
    s = graph.summary(cs)
    assert len(cs.criteria) >= 35
    assert len(cs.domains) >= 8
    assert s.prerequisite_edges >= 12
    assert sum(1 for c in cs.criteria if c.must_pass) >= 4
    profile_rules = [c for c in cs.criteria
                     if c.applicability and (c.applicability.subtypes or c.applicability.sizes)]
    assert len(profile_rules) >= 3
    assert any(c.applicability and (c.applicability.when or c.applicability.profile) for c in cs.criteria)
    assert sum(1 for d in cs.domains if d.floor is not None) >= 2
    assert len(cs.levels) >= 3
    assert cs.rules.severe_impact.severe_at >= 3


@pytest.mark.parametrize("path", SETS, ids=IDS)
def test_every_criterion_is_bilingual_with_evidence_and_references(path: Path) -> None:
    cs = load_set_file(path).model
    for c in cs.criteria:
        assert c.evidence and c.references, c.id
        # Thai first: the Thai text must actually contain Thai script.
        assert any("\u0e00" <= ch <= "\u0e7f" for ch in c.title.th + c.question.th), c.id


@pytest.mark.parametrize("path", SETS, ids=IDS)
def test_domains_come_from_the_shared_catalogue(path: Path) -> None:
    catalogue = {d.id for d in load_vocabulary().domains}
    assert {d.id for d in load_set_file(path).model.domains} <= catalogue


@pytest.mark.parametrize("path", SETS, ids=IDS)
def test_only_confirmed_upr_paragraphs_are_cited(path: Path) -> None:
    # REFERENCES.md confirms one paragraph number; anything else would be invented.
    cs = load_set_file(path).model
    cited = {r.recommendation for c in cs.criteria for r in c.references
             if isinstance(r, UPRRef) and r.recommendation}
    assert cited <= {"158.49"}
    laws = {r.law for c in cs.criteria for r in c.references if isinstance(r, LawRef)}
    assert laws <= {law.id for law in load_vocabulary().laws}


def test_government_set_meets_its_own_bar() -> None:
    cs = load_set_file(Path(SETS[0]).parent.parent / "gov" / "2026.1.yaml").model
    assert len(cs.criteria) >= 40
    assert {"law_enforcement"} <= {s.id for s in cs.subtypes}
    custody = [c for c in cs.criteria if c.domain == "justice_custody"]
    assert custody and all(c.applicability and c.applicability.subtypes == ["law_enforcement"]
                           for c in custody if c.applicability and c.applicability.subtypes)


def test_every_organisation_type_of_strategy_2_2_has_an_active_set() -> None:
    active = [load_set_file(p).model for p in SETS]
    assert {cs.organisation_type for cs in active if cs.status == "active"} == {
        "government_agency", "local_administration", "educational_institution", "business"}


def test_local_administration_subtypes_cover_every_kind_of_local_government() -> None:
    cs = load_set_file(CRITERIA / "lao" / "2026.1.yaml").model
    assert {s.id for s in cs.subtypes} >= {
        "provincial_administrative_organisation", "city_municipality", "town_municipality",
        "subdistrict_municipality", "subdistrict_administrative_organisation", "bangkok", "pattaya"}
    # A subdistrict administration is not a city municipality: some criteria ask one and not the other.
    city_only = [c for c in cs.criteria if c.applicability and c.applicability.subtypes
                 and "city_municipality" in c.applicability.subtypes
                 and "subdistrict_administrative_organisation" not in c.applicability.subtypes]
    assert city_only


def test_university_subtypes() -> None:
    cs = load_set_file(CRITERIA / "edu" / "2026.1.yaml").model
    assert {s.id for s in cs.subtypes} >= {"public_university", "autonomous_university", "private_university"}


@pytest.mark.parametrize("path", SETS, ids=IDS)
def test_thai_text_is_never_folded_over_lines(path: Path) -> None:
    """YAML turns a line break in `>` or plain text into a space, and a space in Thai splits phrases."""
    lines = path.read_text(encoding="utf-8").splitlines()
    folded = []
    for n, line in enumerate(lines[:-1], start=1):
        key = line.strip().removeprefix("- ")
        if key.startswith("th:") and key.rstrip().endswith((">", ">-")):
            indent = len(line) - len(line.lstrip())
            body = 0
            for following in lines[n:]:
                if not following.strip() or len(following) - len(following.lstrip()) <= indent:
                    break
                body += 1
            if body > 1:
                folded.append(n)
    assert folded == [], f"{path}: write each Thai text on one line (lines {folded[:10]})"


@pytest.mark.parametrize("path", [p for p in SETS if p.stem >= "2026.2"],
                         ids=[i for i in IDS if i.split("@")[1] >= "2026.2"])
def test_newer_sets_gate_grave_failures(path: Path) -> None:
    """From 2026.2 every domain has a floor, non-negotiables are gates at 3, impacts decide as DIHR."""
    cs = load_set_file(path).model
    assert all(d.floor and d.floor > 0 for d in cs.domains)
    assert cs.rules.gate_at is not None and cs.rules.gate_at.maturity == 3
    assert cs.rules.non_negotiables and len(cs.rules.non_negotiables) >= 5
    assert cs.rules.impact_register is not None
    assert cs.rules.impact_register.remediate_actual == ["cause", "contribute"]
    assert cs.grave_failures and cs.surveillance_interval_months == 12
    # screening questions are profile facts now, never scored criteria
    assert not [c.id for c in cs.criteria if c.weight < 0.5]
