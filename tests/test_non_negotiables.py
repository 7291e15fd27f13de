"""No grave failure can be certified under 2026.2, whatever the average (issue 12).

For every non-negotiable of every set: one failure in an otherwise top assessment is
refused with that criterion as the reason, and the same assessment without it is
certified (so a set that certified nothing would fail here too).
"""

from __future__ import annotations

from pathlib import Path

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


def test_diff_explains_the_rule_changes() -> None:
    import json
    import subprocess

    out = subprocess.run(["hria", "criteria", "diff", "gov@2026.1", "gov@2026.2", "--json"],
                         capture_output=True, text=True, check=True)
    d = json.loads(out.stdout)
    assert d["removed"] == ["GOV-JUS-01"]
    rules = d["rules_changed"]
    assert rules["gate_at.maturity"] == {"old": None, "new": 3}
    assert "GOV-JUS-04" in d["non_negotiables_changed"]["added"]
    assert d["gates_changed"]["GOV-JUS-04"] == {"old": None, "new": 3}
    assert d["settings_changed"]["surveillance_interval_months"] == {"old": None, "new": 12}


def test_calibrate_command_prints_zero_certified_grave_failures() -> None:
    import subprocess

    ok = subprocess.run(["hria", "criteria", "calibrate", "lao", "--samples", "50", "--lang", "en"],
                        capture_output=True, text=True)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    rows = [line.split() for line in ok.stdout.splitlines()[1:]]
    assert [r[:2] for r in rows] == [["lao@2026.2", "random"], ["lao@2026.2", "adversarial"]]
    assert all(r[-1] == "0" for r in rows)
    old = subprocess.run(["hria", "criteria", "calibrate", "lao@2026.1", "--samples", "50", "--lang", "en"],
                         capture_output=True, text=True)
    assert old.returncode == 1  # 2026.1 certifies grave failures (checked against 2026.2's list)
    assert "lao@2026.1 adversarial: caused_actual_unremedied -> excellent" in old.stdout


def test_import_refuses_a_zero_on_a_non_negotiable_without_its_impact_entry(tmp_path: Path) -> None:
    import subprocess

    from tests.conftest import REPO

    text = (REPO / "examples" / "lao-town-municipality.assessment.yaml").read_text(encoding="utf-8")
    start = text.index("- criterion: LAO-HRD-03\n")
    value = text.index("  value: ", start)
    end = text.index("\n", value)
    zero = text[:value] + "  value: 0" + text[end:]
    form = tmp_path / "form.yaml"
    form.write_text(zero, encoding="utf-8")
    out = tmp_path / "answers.yaml"
    refused = subprocess.run(["hria", "questionnaire", "import", str(form), "-o", str(out), "--lang", "en"],
                             capture_output=True, text=True)
    assert refused.returncode == 2
    line = zero[:start].count("\n") + 1
    assert f"form.yaml:{line}:" in refused.stderr
    assert ("LAO-HRD-03 is a non-negotiable answered 0: the impact register must hold an entry"
            in refused.stderr)
    assert not out.exists()
    entry = ("- id: IMP-9\n  description: a critic was sued\n  rights: [freedom of expression]\n"
             "  rights_holders: [residents]\n  involvement: cause\n  kind: actual\n  scale: 3\n  scope: 1\n"
             "  irremediability: 2\n  likelihood: 3\n  status: open\n  criterion: LAO-HRD-03\n")
    form.write_text(zero.replace("impacts:\n", "impacts:\n" + entry, 1), encoding="utf-8")
    done = subprocess.run(["hria", "questionnaire", "import", str(form), "-o", str(out)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    scored = subprocess.run(["hria", "score", str(out), "--lang", "en"], capture_output=True, text=True)
    assert scored.returncode == 1
    assert "non-negotiable LAO-HRD-03 (No lawsuits to silence critics) is at 0, needs 3" in scored.stdout
    assert "actual impact IMP-9 (severity 6), which the organisation caused, is open" in scored.stdout


def _gov_file(tmp_path: Path, schema: int, extra_answers: str, profile: str = "") -> Path:
    from hria.scoring.calibration import REGISTRATION

    loaded = criteria_sets.load("gov@2026.2")
    answers = "".join(f"  - {{criterion: {c.id}, value: {loaded.model.scale_of(c).max_value}}}\n"
                      for c in loaded.model.criteria
                      if c.id not in extra_answers and not (c.applicability and c.applicability.sizes
                                                            and "large" not in c.applicability.sizes))
    path = tmp_path / "a.yaml"
    path.write_text(
        f"schema_version: {schema}\n"
        f'criteria_set: {{id: gov, version: "2026.2", content_hash: "{loaded.content_hash}"}}\n'
        "organisation:\n  name: {th: สำนักงาน, en: Office}\n  type: government_agency\n"
        f"  subtype: provincial_office\n  province: Nan\n  size: large\n"
        f'  registration_number: "{REGISTRATION}"\n{profile}'
        "assessor: {name: A, organisation: B}\nassessed_on: 2026-12-02\nanswers:\n"
        + answers + extra_answers, encoding="utf-8")
    return path


def test_schema_1_file_is_read_through_the_adapter(tmp_path: Path) -> None:
    from hria import assessments

    path = _gov_file(tmp_path, 1, "  - {criterion: GOV-JUS-01, value: 1}\n")
    loaded = assessments.load(path)
    assert loaded.model.schema_version == 2
    assert loaded.model.organisation.profile == {"holds_custody": True}
    assert "GOV-JUS-01" not in {a.criterion for a in loaded.model.answers}
    result = score(compile_set(loaded.criteria.model, loaded.criteria.content_hash), loaded.model)
    assert result.criterion("GOV-JUS-03").applicable and result.decision == "certified"


def test_not_applicable_on_a_non_negotiable_is_refused_on_load(tmp_path: Path) -> None:
    from hria import assessments
    from hria.errors import InvalidInput

    path = _gov_file(tmp_path, 2, "  - {criterion: GOV-CIV-03, not_applicable: {reason: no critics}}\n",
                     "  profile: {holds_custody: false}\n")
    with pytest.raises(InvalidInput) as caught:
        assessments.load(path)
    assert [p.message for p in caught.value.problems] == [
        "GOV-CIV-03 is a non-negotiable of gov@2026.2 and may not be answered not applicable: only the "
        "organisation profile (subtype, size, profile facts) can make it not apply"]
    unknown = _gov_file(tmp_path, 2, "", "  profile: {holds_prisoners: true}\n")
    with pytest.raises(InvalidInput) as caught:
        assessments.load(unknown)
    assert "unknown profile question 'holds_prisoners' for gov@2026.2 (asked: holds_custody)" in str(
        caught.value.problems[0])


def test_excel_form_asks_the_profile_questions_and_reads_them_back(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from hria import assessments
    from hria.questionnaires import catalogue
    from hria.questionnaires.export_xlsx import export_xlsx
    from hria.questionnaires.form import build_form
    from hria.questionnaires.import_xlsx import import_xlsx
    from tests.conftest import REPO

    loaded = criteria_sets.load("edu")
    form = build_form(catalogue.find(loaded, "self_assessment"))
    example = assessments.load(REPO / "examples" / "edu-autonomous-university.assessment.yaml").model
    path = tmp_path / "form.xlsx"
    path.write_bytes(export_xlsx(form, "th", example))
    wb = load_workbook(path)
    ws = wb[wb.sheetnames[1]]
    rows = {str(ws.cell(r, 1).value): r for r in range(1, ws.max_row + 1)}
    asked = "สถาบันมีนักศึกษาหรือผู้เข้าร่วมกิจกรรมที่อายุต่ำกว่า 18"
    minors = next(r for label, r in rows.items() if label.startswith(asked))
    assert ws.cell(minors, 2).value == "ใช่"  # a Thai form shows no English key
    ws.cell(minors, 2).value = "ไม่ใช่"
    wb.save(path)
    imported = import_xlsx(path, allow_incomplete=True).assessment
    assert imported.schema_version == 2
    assert imported.organisation.profile == {"runs_housing": True, "has_minors": False,
                                             "human_research": True, "outsourced_workers": True}
    assert [i.criterion for i in imported.impacts] == ["EDU-SAF-02"]
