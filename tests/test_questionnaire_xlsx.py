"""The Excel form: filled by program and imported back to the same score; bad files refused by cell."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from hria import criteria_sets
from hria.criteria_sets import LoadedSet
from hria.errors import InvalidInput
from hria.loading.vocabulary import load_vocabulary
from hria.models.assessment import Answer, Assessment
from hria.questionnaires import catalogue
from hria.questionnaires.answers import given_answers
from hria.questionnaires.export_xlsx import export_xlsx
from hria.questionnaires.form import Form, build_form
from hria.questionnaires.import_xlsx import import_xlsx
from hria.scoring import compile_set, score

SHEET = "แบบประเมิน"
PROFILE = "ข้อมูลองค์กร"


def gov_form(audience: str = "self_assessment") -> Form:
    return build_form(catalogue.find(criteria_sets.load("gov@2026.1"), audience))  # type: ignore[arg-type]


def sample_assessment(loaded: LoadedSet) -> Assessment:
    """Answers to every criterion: values spread over each scale, not-applicable where allowed."""
    cs = loaded.model
    answers = []
    for i, c in enumerate(cs.criteria):
        if c.not_applicable is not None and i % 2:
            answers.append(Answer(criterion=c.id, not_applicable={"reason": "ไม่มีภารกิจด้านนี้ (สมมติ)"}))
            continue
        top = cs.scale_of(c).max_value
        answers.append(Answer(criterion=c.id, value=(i * 3 + 2) % (top + 1),
                              evidence=[f"เอกสารหมายเลข {i}", "คำสั่งที่ ๑๒/๒๕๖๙"] if i % 3 else [],
                              notes="บันทึก\nสองบรรทัด" if i % 5 == 0 else None,
                              answered_by="นายสมชาย ใจดี" if i % 4 == 0 else None,
                              answered_at=dt.date(2026, 10, 15) if i % 4 == 0 else None))
    return Assessment.model_validate({
        "schema_version": 1,
        "criteria_set": {"id": cs.id, "version": cs.version, "content_hash": loaded.content_hash},
        "organisation": {"name": {"th": "สำนักงานทดสอบจังหวัดน่าน", "en": "Nan Test Office"},
                         "type": cs.organisation_type, "subtype": cs.subtypes[1].id, "province": "น่าน",
                         "size": "medium", "registration_number": "0994000162341", "employees": 212},
        "assessor": {"name": "นางสาวทดสอบ ระบบดี", "organisation": "กลุ่มงานอำนวยการ"},
        "assessed_on": dt.date(2026, 10, 15),
        "answers": [a.model_dump() for a in answers],
    })


def fill_workbook(path: Path, form: Form, assessment: Assessment) -> None:
    """What an organisation does in Excel: pick from the drop-downs and type in the yellow cells."""
    wb = load_workbook(path)
    profile = wb[PROFILE]
    org = assessment.organisation
    values = [org.name.th, org.name.en, None, org.province, None, org.registration_number, org.employees,
              None, None, assessment.assessor.name, assessment.assessor.organisation,
              dt.datetime.combine(assessment.assessed_on, dt.time())]
    choices = {r: profile.cell(row=r, column=2) for r in range(3, 15)}
    for row, value in zip(range(3, 15), values, strict=True):
        if value is not None:
            choices[row].value = value
    # the drop-downs hold Thai names only ("ขนาดกลาง"), as an officer picks them
    subtype = next(s.name.th for s in form.questionnaire.criteria.model.subtypes if s.id == org.subtype)
    size = next(s.name.th for s in load_vocabulary().sizes if s.id == org.size)
    assert subtype in _list(wb, profile, "B5") and size in _list(wb, profile, "B7")
    profile["B5"], profile["B7"] = subtype, size
    ws = wb[SHEET]
    rows = {ws.cell(row=r, column=1).value: r for r in range(1, ws.max_row + 1)}
    for a in assessment.answers:
        q, r = form.question(a.criterion), rows[a.criterion]
        choice = next(c for c in q.choices if c.value == a.value)
        ws[f"E{r}"] = choice.text("th")
        if a.not_applicable:
            ws[f"F{r}"] = a.not_applicable.reason
        ws[f"G{r}"] = "\n".join(a.evidence) or None
        ws[f"H{r}"] = a.notes
        ws[f"I{r}"] = a.answered_by
        if a.answered_at is not None:
            ws[f"J{r}"] = dt.datetime.combine(a.answered_at, dt.time())  # type: ignore[arg-type]
    wb.save(path)


def _list(wb: Any, ws: Any, cell: str) -> list[str]:
    """The entries of the drop-down on ``cell``, read from the range its validation names."""
    dv = next(d for d in ws.data_validations.dataValidation if cell in d.sqref)
    sheet, ref = dv.formula1.split("!")
    rng = wb[sheet.strip("'")][ref.replace("$", "")]
    return [row[0].value for row in rng]


def _summary(assessment: Assessment, loaded: LoadedSet) -> tuple[Any, ...]:
    result = score(compile_set(loaded.model, loaded.content_hash), assessment)
    return (result.overall, result.decision, result.level.id if result.level else None,
            [(c.id, c.state, c.effective_value) for c in result.criteria])


@pytest.fixture
def gov() -> tuple[Form, Assessment]:
    form = gov_form()
    return form, sample_assessment(form.questionnaire.criteria)


def test_filled_workbook_scores_as_the_answers_do_directly(tmp_path: Path,
                                                           gov: tuple[Form, Assessment]) -> None:
    form, assessment = gov
    path = tmp_path / "form.xlsx"
    path.write_bytes(export_xlsx(form, "th"))
    fill_workbook(path, form, assessment)
    imported = import_xlsx(path)
    assert imported.missing == []
    assert given_answers(imported.assessment) == given_answers(assessment)
    assert imported.assessment.organisation == assessment.organisation
    loaded = form.questionnaire.criteria
    direct = _summary(assessment, loaded)
    assert direct[0] is not None
    assert _summary(imported.assessment, loaded) == direct


def test_prefilled_workbook_imported_unchanged_gives_identical_answers(
        tmp_path: Path, gov: tuple[Form, Assessment]) -> None:
    form, assessment = gov
    for lang in ("th", "en"):
        path = tmp_path / f"prefilled-{lang}.xlsx"
        path.write_bytes(export_xlsx(form, lang, assessment))  # type: ignore[arg-type]
        imported = import_xlsx(path)
        assert given_answers(imported.assessment) == given_answers(assessment)
        # the import writes the current assessment schema (2); everything else is the same
        assert imported.assessment.model_copy(update={"answers": []}) == assessment.model_copy(
            update={"answers": [], "schema_version": 2})


def test_thai_text_is_nfc_normalised(tmp_path: Path, gov: tuple[Form, Assessment]) -> None:
    form, assessment = gov
    path = tmp_path / "form.xlsx"
    path.write_bytes(export_xlsx(form, "th", assessment))
    wb = load_workbook(path)
    # "é" typed as e + combining acute (NFD), as some Mac keyboards produce it
    wb[SHEET]["H5"] = "  Cafe\u0301 ใกล้สำนักงาน  "
    wb.save(path)
    answer = given_answers(import_xlsx(path).assessment)["GOV-GOV-01"]
    assert answer.notes == "Caf\u00e9 ใกล้สำนักงาน"


def test_workbook_structure_is_locked_and_answer_cells_are_not(tmp_path: Path) -> None:
    form = gov_form()
    path = tmp_path / "form.xlsx"
    path.write_bytes(export_xlsx(form, "th"))
    wb = load_workbook(path)
    assert wb.sheetnames == ["คำชี้แจง", PROFILE, SHEET, "_hria"]
    assert wb["_hria"].sheet_state == "hidden"
    hidden = wb["_hria"]
    meta = {hidden.cell(row=r, column=1).value: hidden.cell(row=r, column=2).value for r in range(1, 9)}
    loaded = form.questionnaire.criteria
    assert (meta["questionnaire"], meta["set"], meta["version"], meta["content_hash"]) == (
        "gov_self_assessment", "gov", "2026.1", loaded.content_hash)
    ws = wb[SHEET]
    assert ws.protection.sheet and not ws.protection.password
    assert wb.security.lockStructure
    assert ws["A5"].value == "GOV-GOV-01" and ws["A5"].protection.locked
    assert ws["B5"].protection.locked and ws["B5"].alignment.wrap_text
    for col in "EGHIJ":
        assert not ws[f"{col}5"].protection.locked
    assert ws["F5"].protection.locked  # GOV-GOV-01 cannot be not-applicable
    assert _list(wb, ws, "E5") == [c.text("th") for c in form.question("GOV-GOV-01").choices]
    na_row = next(r for r in range(5, ws.max_row + 1) if ws.cell(row=r, column=1).value == "GOV-EQ-06")
    assert _list(wb, ws, f"E{na_row}")[-1].startswith("N/A — ")
    assert not ws[f"F{na_row}"].protection.locked


def _exported(tmp_path: Path, gov: tuple[Form, Assessment]) -> Path:
    form, assessment = gov
    path = tmp_path / "form.xlsx"
    path.write_bytes(export_xlsx(form, "th", assessment))
    return path


def _problems(path: Path, **kwargs: Any) -> list[str]:
    with pytest.raises(InvalidInput) as exc:
        import_xlsx(path, **kwargs)
    return [str(p) for p in exc.value.problems]


def test_answer_not_in_the_list_is_named_by_cell(tmp_path: Path, gov: tuple[Form, Assessment]) -> None:
    path = _exported(tmp_path, gov)
    wb = load_workbook(path)
    wb[SHEET]["E5"] = "5 — ดีมาก"
    wb[SHEET]["E6"] = "N/A"  # GOV-GOV-02 may not be answered not applicable
    wb.save(path)
    problems = _problems(path)
    assert f"{path}: {SHEET}!E5: answer '5 — ดีมาก' to GOV-GOV-01 is not one of its choices (0, 1, 2, 3, 4)" \
        in problems
    assert f"{path}: {SHEET}!E6: answer 'N/A' to GOV-GOV-02 is not one of its choices (0, 1, 2, 3, 4)" \
        in problems


def test_changed_and_removed_rows_are_named(tmp_path: Path, gov: tuple[Form, Assessment]) -> None:
    path = _exported(tmp_path, gov)
    wb = load_workbook(path)
    ws = wb[SHEET]
    ws["B6"] = "คำถามที่แก้ไขเอง"  # GOV-GOV-02's question edited
    ws.delete_rows(7)  # GOV-GOV-03 removed
    ws["A10"] = "GOV-XXX-01"  # an id typed over
    wb.save(path)
    problems = _problems(path)
    assert f"{path}: {SHEET}!B6: the question text of GOV-GOV-02 was changed; the answer cannot be trusted " \
           f"to answer the question asked" in problems
    assert f"{path}: {SHEET}!A7: the row of GOV-GOV-03 is missing (it was row 7 when the form was sent); " \
           f"the row was removed or its id changed" in problems
    assert f"{path}: {SHEET}!A10: 'GOV-XXX-01' is not a question of gov_self_assessment; the row was " \
           f"changed or added" in problems


def test_form_for_another_set_version_names_both(tmp_path: Path, gov: tuple[Form, Assessment],
                                                 extra_criteria: Path) -> None:
    path = _exported(tmp_path, gov)
    wb = load_workbook(path)
    wb["_hria"]["B4"] = "2025.1"
    wb.save(path)
    assert _problems(path) == [
        f"{path}: _hria!B4: this questionnaire is for gov@2025.1, which is not available (versions of gov: "
        f"2026.1, 2026.2); export a new form for gov@2026.2"]
    # a newer version of the set beside the shipped one, asked for explicitly
    newer = extra_criteria / "gov" / "2026.9.yaml"
    newer.parent.mkdir()
    shipped = criteria_sets.resolve("gov@2026.1").read_text(encoding="utf-8")
    newer.write_text(shipped.replace('version: "2026.1"', 'version: "2026.9"'), encoding="utf-8")
    (tmp_path / "again").mkdir()
    fresh = _exported(tmp_path / "again", gov)
    assert _problems(fresh, criteria="gov@2026.9") == [
        f"{fresh}: _hria!B4: this questionnaire is for gov@2026.1, but the criteria given are gov@2026.9; "
        f"answers are only read against the version they were given for"]


def test_missing_answers_are_listed_and_allowed_when_asked(tmp_path: Path,
                                                           gov: tuple[Form, Assessment]) -> None:
    path = _exported(tmp_path, gov)
    wb = load_workbook(path)
    wb[SHEET]["E5"] = None
    wb[SHEET]["E7"] = None
    wb.save(path)
    hint = "has no answer but applies to this organisation (answer it, or import with --allow-incomplete)"
    assert _problems(path) == [f"{path}: {SHEET}!E5: GOV-GOV-01 {hint}",
                               f"{path}: {SHEET}!E7: GOV-GOV-03 {hint}"]
    imported = import_xlsx(path, allow_incomplete=True)
    assert imported.missing == ["GOV-GOV-01", "GOV-GOV-03"]
    loaded = gov[0].questionnaire.criteria
    result = score(compile_set(loaded.model, loaded.content_hash), imported.assessment)
    assert result.status == "incomplete"


def test_blank_profile_cells_are_named(tmp_path: Path, gov: tuple[Form, Assessment]) -> None:
    path = _exported(tmp_path, gov)
    wb = load_workbook(path)
    wb[PROFILE]["B3"] = None
    wb[PROFILE]["B8"] = "0994000162342"
    wb.save(path)
    problems = _problems(path)
    assert f"{path}: {PROFILE}!B3: Thai text is empty" in problems
    wrong = "registration number '0994000162342' fails the Thai check digit"
    assert any(p.startswith(f"{path}: {PROFILE}!B8: {wrong}")
               for p in problems), problems


@pytest.mark.parametrize("content", [b"", b"not a workbook at all", b"PK\x03\x04truncated"])
def test_a_file_that_is_not_a_workbook_is_refused_clearly(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "answers.xlsx"
    path.write_bytes(content)
    [problem] = _problems(path)
    assert problem.startswith(f"{path}: not a readable Excel .xlsx workbook (")


def test_a_truncated_workbook_is_refused_clearly(tmp_path: Path, gov: tuple[Form, Assessment]) -> None:
    path = _exported(tmp_path, gov)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    [problem] = _problems(path)
    assert problem.startswith(f"{path}: not a readable Excel .xlsx workbook (")


def test_a_workbook_not_made_by_hria_is_refused(tmp_path: Path) -> None:
    from openpyxl import Workbook

    path = tmp_path / "other.xlsx"
    Workbook().save(path)
    assert _problems(path) == [
        f"{path}: no '_hria' sheet: this workbook was not exported by `hria questionnaire export`, "
        f"or the sheet was deleted"]


def test_prefill_impact_register_is_carried_through_the_workbook(tmp_path: Path,
                                                                gov: tuple[Form, Assessment]) -> None:
    form, assessment = gov
    impact = {"id": "IMP-1", "description": "ผู้รับจ้างจ่ายค่าจ้างล่าช้า", "rights": ["สิทธิแรงงาน"],
              "rights_holders": ["ลูกจ้างของผู้รับจ้าง"], "involvement": "directly_linked", "kind": "actual",
              "scale": 2, "scope": 1, "irremediability": 1, "likelihood": 2, "status": "mitigating",
              "mitigation": {"measures": ["ตรวจสลิปเงินเดือน"], "due": "2026-12-31"}}
    with_impacts = Assessment.model_validate({**assessment.model_dump(), "impacts": [impact]})
    path = tmp_path / "form.xlsx"
    path.write_bytes(export_xlsx(form, "th", with_impacts))
    assert import_xlsx(path).assessment.impacts == with_impacts.impacts


def test_copy_keeps_working(tmp_path: Path, gov: tuple[Form, Assessment]) -> None:
    """A form saved under another name is still read by its metadata, not its file name."""
    path = _exported(tmp_path, gov)
    other = tmp_path / "ส่งคืน แบบประเมิน.xlsx"
    shutil.copy(path, other)
    assert given_answers(import_xlsx(other).assessment) == given_answers(gov[1])


def test_cell_problems_are_listed_row_by_row() -> None:
    from hria.errors import InvalidInput, Problem

    cells = ["แบบประเมิน!E11", "แบบประเมิน!E7", "แบบประเมิน!AA7", "แบบประเมิน!B7", "ข้อมูลองค์กร!B6"]
    error = InvalidInput([Problem("f.xlsx", None, None, f"{c}: x") for c in cells])
    assert [p.message.split(":")[0] for p in error.problems] == [
        "ข้อมูลองค์กร!B6", "แบบประเมิน!B7", "แบบประเมิน!E7", "แบบประเมิน!AA7", "แบบประเมิน!E11"]


def test_an_sme_profile_gives_its_size_through_sector_staff_and_revenue(tmp_path: Path) -> None:
    from hria import assessments
    from hria.questionnaires import xlsx_layout as layout
    from tests.conftest import REPO

    sme = assessments.load(REPO / "examples" / "business-sme-seafood.assessment.yaml")
    form = build_form(catalogue.find(sme.criteria, "self_assessment"))
    path = tmp_path / "sme.xlsx"
    path.write_bytes(export_xlsx(form, "th", sme.model))
    fields = layout.profile_fields(sme.criteria.model)
    rows = {f: r for r, f in enumerate(fields, start=layout.PROFILE_FIRST_ROW)}
    wb = load_workbook(path)
    profile = wb[PROFILE]
    assert profile.cell(row=rows["organisation.sector"], column=2).value == "ภาคการผลิต"
    entries = _list(wb, profile, f"B{rows['organisation.sector']}")
    assert "ภาคการผลิต" in entries and not any("manufacturing" in e for e in entries)
    profile.cell(row=rows["organisation.size"], column=2).value = None  # left to the SME definition
    profile.cell(row=rows["organisation.employees"], column=2).value = 250
    wb.save(path)
    imported = import_xlsx(path, allow_incomplete=True)
    org = imported.assessment.organisation
    assert (org.sector, org.employees, org.annual_revenue_baht, org.size) == (
        "manufacturing", 250, 80_000_000, "large")
    # Grown past 200 staff it leaves the SME track: the full track's questions now apply.
    assert {"BIZ-POL-01", "BIZ-SUP-02"} <= set(imported.missing)


@pytest.mark.parametrize("written", ["ขนาดกลาง", "Medium", "medium", "medium — ขนาดกลาง"])
def test_a_size_reads_back_from_its_thai_or_english_name_its_code_or_an_older_coded_entry(
        tmp_path: Path, written: str) -> None:
    """A Thai form offers "ขนาดกลาง" alone; forms exported before carried "medium — ขนาดกลาง"."""
    from hria import assessments
    from hria.questionnaires import xlsx_layout as layout
    from tests.conftest import REPO

    gov = assessments.load(REPO / "examples" / "gov-provincial-office.assessment.yaml")
    loaded = gov.criteria
    form = build_form(catalogue.find(loaded, "self_assessment"))
    path = tmp_path / "form.xlsx"
    path.write_bytes(export_xlsx(form, "th", gov.model))
    wb = load_workbook(path)
    profile = wb[PROFILE]
    rows = {f: r for r, f in enumerate(layout.profile_fields(loaded.model), start=layout.PROFILE_FIRST_ROW)}
    assert _list(wb, profile, f"B{rows['organisation.size']}") == [
        "รายย่อย", "ขนาดย่อม", "ขนาดกลาง", "ขนาดใหญ่"]
    profile.cell(row=rows["organisation.size"], column=2).value = written
    wb.save(path)
    assert import_xlsx(path, allow_incomplete=True).assessment.organisation.size == "medium"
