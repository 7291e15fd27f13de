"""A form made for one organisation asks only what can apply to it, and still round-trips."""

from __future__ import annotations

import subprocess
from pathlib import Path

from openpyxl import load_workbook

from hria import criteria_sets
from hria.loading.yaml_source import read_yaml
from hria.models.assessment import Assessment
from hria.questionnaires import catalogue
from hria.questionnaires.answers import given_answers
from hria.questionnaires.export_xlsx import export_xlsx
from hria.questionnaires.form import applying, build_form
from hria.questionnaires.import_xlsx import import_xlsx
from hria.scoring import compile_set, score
from tests.test_questionnaire_xlsx import SHEET, fill_workbook, sample_assessment

MEDIUM = """organisation:
  name: {th: บริษัท ขนาดกลาง ตัวอย่าง จำกัด, en: Example Medium Company Limited}
  type: business
  subtype: unlisted_company
  province: ขอนแก่น
  size: medium
  registration_number: '0105536000003'
  profile: {migrant_workers: false, site_impacts: false}
"""


def _ids(path: Path) -> list[str]:
    ws = load_workbook(path)[SHEET]
    return [str(v) for r in range(4, ws.max_row + 1) if (v := ws.cell(row=r, column=1).value)
            and str(v).startswith("BIZ-")]


def test_a_medium_unlisted_company_is_not_asked_what_does_not_apply(tmp_path: Path) -> None:
    profile = tmp_path / "profile.yaml"
    profile.write_text(MEDIUM, encoding="utf-8")
    blank, mine = tmp_path / "all.xlsx", tmp_path / "mine.xlsx"
    for out, extra in ((blank, []), (mine, ["--profile", str(profile)])):
        subprocess.run(["hria", "questionnaire", "export", "business", "-f", "xlsx", "-o", str(out), *extra],
                       check=True, capture_output=True)
    everything, asked = _ids(blank), _ids(mine)
    loaded = criteria_sets.load("business")
    assert len(everything) == len(loaded.model.criteria)  # the blank form still asks everything
    assert "BIZ-POL-01" in everything and "BIZ-POL-01" not in asked  # nor its must-pass mark
    # Exactly what the engine would count for this organisation (answers aside) is asked.
    org = Assessment.model_validate({
        "schema_version": 2, "criteria_set": {"id": "business", "version": loaded.model.version,
                                               "content_hash": loaded.content_hash},
        "organisation": read_yaml(profile).data["organisation"],
        "assessor": {"name": "x", "organisation": "y"}, "assessed_on": "2026-10-15", "answers": []})
    result = score(compile_set(loaded.model, loaded.content_hash), org)
    applicable = {c.id for c in result.criteria if c.state != "skipped"}
    assert set(asked) == applicable and len(asked) < len(everything)


def test_a_profiled_form_round_trips(tmp_path: Path) -> None:
    loaded = criteria_sets.load("gov@2026.1")
    assessment = sample_assessment(loaded)
    form = build_form(catalogue.find(loaded, "self_assessment"), assessment.organisation)
    kept = applying(loaded.model, assessment.organisation)
    assert form.profiled and {q.id for q in form.questions} == kept
    assert len(kept) < len(loaded.model.criteria)
    answers = [a for a in assessment.answers if a.criterion in kept]
    answered = assessment.model_copy(update={"answers": answers})
    path = tmp_path / "form.xlsx"
    path.write_bytes(export_xlsx(form, "th"))
    fill_workbook(path, form, answered)
    imported = import_xlsx(path, allow_incomplete=True)
    assert given_answers(imported.assessment) == given_answers(answered)


def test_skip_logic_greys_a_row_until_its_condition_holds(tmp_path: Path) -> None:
    form = build_form(catalogue.find(criteria_sets.load("business@2026.1"), "self_assessment"))
    path = tmp_path / "form.xlsx"
    path.write_bytes(export_xlsx(form, "en"))
    wb = load_workbook(path)
    ws = wb[wb.sheetnames[2]]
    rows = {ws.cell(row=r, column=1).value: r for r in range(1, ws.max_row + 1)}
    waiting = [q for q in form.questions if q.when]
    assert waiting
    q = waiting[0]
    (on, at_least), = q.when
    rules = {str(cf.sqref): [r.formula for r in cf.rules] for cf in ws.conditional_formatting}
    assert rules[f"A{rows[q.id]}:J{rows[q.id]}"] == [[
        f'OR(IFERROR(VALUE(LEFT($E${rows[on]},FIND(" ",$E${rows[on]}&" ")-1)),-1)<{at_least})']]
    assert f"Answer only when {on} ≥ {at_least}" in ws.cell(row=rows[q.id], column=2).value
