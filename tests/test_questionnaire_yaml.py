"""The YAML form: filled with ruamel, imported to the same score, comments kept through re-export."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from hria.errors import InvalidInput
from hria.models.assessment import Assessment
from hria.questionnaires.answers import given_answers
from hria.questionnaires.export_yaml import export_yaml
from hria.questionnaires.form import Form
from hria.questionnaires.import_yaml import import_yaml
from hria.scoring import compile_set, score
from tests.test_questionnaire_xlsx import gov_form, sample_assessment


@pytest.fixture
def gov() -> tuple[Form, Assessment]:
    form = gov_form()
    return form, sample_assessment(form.questionnaire.criteria)


def _fill(text: str, assessment: Assessment) -> str:
    """What a technical team does: load the form round-trip, set values, dump it back."""
    yaml = YAML(typ="rt")
    doc = yaml.load(text)
    org = assessment.organisation
    doc["organisation"]["name"]["th"] = org.name.th
    doc["organisation"]["name"]["en"] = org.name.en
    for key in ("subtype", "province", "size", "registration_number", "employees"):
        doc["organisation"][key] = getattr(org, key)
    doc["assessor"]["name"] = assessment.assessor.name
    doc["assessor"]["organisation"] = assessment.assessor.organisation
    doc["assessed_on"] = assessment.assessed_on
    by_id = {a.criterion: a for a in assessment.answers}
    for item in doc["answers"]:
        a = by_id[item["criterion"]]
        if a.not_applicable is not None:
            del item["value"]
            item.insert(1, "not_applicable", {"reason": a.not_applicable.reason})
        else:
            item["value"] = a.value
        item["evidence"].extend(a.evidence)
        item["notes"] = a.notes
        if a.answered_by:
            item["answered_by"] = a.answered_by
        if a.answered_at:
            item["answered_at"] = a.answered_at
    out = io.StringIO()
    yaml.dump(doc, out)
    return out.getvalue()


def _result(assessment: Assessment, form: Form) -> tuple[object, ...]:
    loaded = form.questionnaire.criteria
    r = score(compile_set(loaded.model, loaded.content_hash), assessment)
    return r.overall, r.decision, [(c.id, c.state, c.effective_value) for c in r.criteria]


def test_filled_yaml_scores_as_the_answers_do_directly(tmp_path: Path, gov: tuple[Form, Assessment]) -> None:
    form, assessment = gov
    text, warnings = export_yaml(form, "th")
    assert warnings == []
    path = tmp_path / "form.yaml"
    path.write_text(_fill(text, assessment), encoding="utf-8")
    imported = import_yaml(path)
    assert given_answers(imported.assessment) == given_answers(assessment)
    assert _result(imported.assessment, form) == _result(assessment, form)


def test_prefilled_yaml_imported_unchanged_gives_identical_answers(
        tmp_path: Path, gov: tuple[Form, Assessment]) -> None:
    form, assessment = gov
    path = tmp_path / "prefilled.yaml"
    path.write_text(export_yaml(form, "en", assessment)[0], encoding="utf-8")
    imported = import_yaml(path)
    assert given_answers(imported.assessment) == given_answers(assessment)
    assert imported.missing == []


def test_organisation_comments_survive_import_and_re_export(tmp_path: Path,
                                                            gov: tuple[Form, Assessment]) -> None:
    form, assessment = gov
    text = _fill(export_yaml(form, "th")[0], assessment)
    ours = ["# ฝ่ายบุคคลยืนยันตัวเลขแล้ว 3 พ.ย.", "# TODO: ask the legal unit again"]
    # ruamel re-dumped the list at its own indentation; comments go where a person would put them
    text = re.sub(r"(?m)^(\s*)- criterion: GOV-GOV-02$", lambda m: f"{m[1]}{ours[0]}\n{m[0]}", text, count=1)
    text = re.sub(r"(?m)^(\s*- criterion: GOV-EQ-01)$", r"\1  # ตรวจแล้ว", text, count=1)
    assert text.count("# ตรวจแล้ว") == 1 and text.count(ours[0]) == 1
    text = text.replace("schema_version: 2\n", f"{ours[1]}\nschema_version: 2\n", 1)
    filled = tmp_path / "filled.yaml"
    filled.write_text(text, encoding="utf-8")

    imported = import_yaml(filled)
    answers_file = tmp_path / "answers.yaml"
    answers_file.write_text(imported.text, encoding="utf-8")
    for comment in [*ours, "# ตรวจแล้ว"]:
        assert comment in imported.text

    again, warnings = export_yaml(form, "th", imported.assessment, imported.text)
    assert warnings == []
    for comment in [*ours, "# ตรวจแล้ว"]:
        assert again.count(comment) == 1
    lines = again.splitlines()
    assert lines[lines.index(f"  {ours[0]}") + 1] == "  - criterion: GOV-GOV-02"
    # the form's own comments are written afresh, not doubled
    assert again.count("#| 1.1 GOV-GOV-01") == 1
    # and re-exporting is stable
    assert export_yaml(form, "th", imported.assessment, again)[0] == again
    form_again = tmp_path / "again.yaml"
    form_again.write_text(again, encoding="utf-8")
    assert given_answers(import_yaml(form_again).assessment) == given_answers(assessment)


def test_import_normalises_to_nfc(tmp_path: Path, gov: tuple[Form, Assessment]) -> None:
    form, assessment = gov
    text = export_yaml(form, "th", assessment)[0]
    assert "- เอกสารหมายเลข 1\n" in text
    text = text.replace("- เอกสารหมายเลข 1\n", "- Cafe\u0301 เอกสารหมายเลข 1\n", 1)
    path = tmp_path / "form.yaml"
    path.write_text(text, encoding="utf-8")
    imported = import_yaml(path)
    assert "Caf\u00e9 เอกสารหมายเลข 1" in imported.text and "e\u0301" not in imported.text
    assert "Caf\u00e9 เอกสารหมายเลข 1" in imported.assessment.answers[1].evidence


def _line(text: str, needle: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if needle in line)


def test_bad_answers_are_located_by_line(tmp_path: Path, gov: tuple[Form, Assessment]) -> None:
    form, assessment = gov
    text = export_yaml(form, "th", assessment)[0]
    start = _line(text, "- criterion: GOV-GOV-01")
    lines = text.splitlines()
    value_line = next(n for n in range(start, start + 5) if lines[n - 1].strip().startswith("value:"))
    lines[value_line - 1] = "    value: 7"
    path = tmp_path / "form.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(InvalidInput) as exc:
        import_yaml(path)
    assert [str(p) for p in exc.value.problems] == [
        f"{path}:{value_line}:5: value 7 is outside the scale of GOV-GOV-01: 'maturity' takes 0 to 4"]


def test_missing_answers_are_listed_by_line(tmp_path: Path, gov: tuple[Form, Assessment]) -> None:
    form, assessment = gov
    partial = assessment.model_copy(update={"answers": [a for a in assessment.answers
                                                        if a.criterion not in ("GOV-GOV-04", "GOV-LAB-01")]})
    text = export_yaml(form, "th", partial)[0]
    path = tmp_path / "form.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InvalidInput) as exc:
        import_yaml(path)
    hint = "has no answer but applies to this organisation (answer it, or import with --allow-incomplete)"
    assert [str(p) for p in exc.value.problems] == [
        f"{path}:{_line(text, '- criterion: GOV-GOV-04')}:5: GOV-GOV-04 {hint}",
        f"{path}:{_line(text, '- criterion: GOV-LAB-01')}:5: GOV-LAB-01 {hint}"]
    assert import_yaml(path, allow_incomplete=True).missing == ["GOV-GOV-04", "GOV-LAB-01"]
