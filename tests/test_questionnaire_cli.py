"""`hria questionnaire` through its real entry points: export, fill, import, score."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from hria.cli.app import app
from hria.questionnaires.answers import given_answers
from hria.writing import write_text_atomic
from tests.conftest import contains
from tests.test_questionnaire_xlsx import fill_workbook, gov_form, sample_assessment

runner = CliRunner()


def _answers_file(tmp_path: Path) -> tuple[Path, object]:
    form = gov_form()
    assessment = sample_assessment(form.questionnaire.criteria)
    from hria.questionnaires.export_yaml import export_yaml

    path = tmp_path / "answers.yaml"
    write_text_atomic(path, export_yaml(form, "th", assessment)[0])
    return path, assessment


def test_list_shows_every_questionnaire() -> None:
    result = runner.invoke(app, ["questionnaire", "list", "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert "gov_self_assessment" in result.output and "business_auditor_interview" in result.output
    assert "47 questions in 13 sections" in result.output


def test_export_fill_import_score_with_excel(tmp_path: Path) -> None:
    form = gov_form()
    assessment = sample_assessment(form.questionnaire.criteria)
    xlsx = tmp_path / "form.xlsx"
    result = runner.invoke(app, ["questionnaire", "export", "gov@2026.1", "--format", "xlsx",
                                 "-o", str(xlsx)])
    assert result.exit_code == 0, result.output
    assert "47 ข้อ, xlsx, th" in result.output
    fill_workbook(xlsx, form, assessment)
    answers = tmp_path / "answers.yaml"
    result = runner.invoke(app, ["questionnaire", "import", str(xlsx), "-o", str(answers)])
    assert result.exit_code == 0, result.output
    scored = runner.invoke(app, ["score", str(answers), "--json"])
    assert scored.exit_code in (0, 1), scored.output
    assert '"status": "complete"' in scored.output


def test_import_reports_problems_and_exits_2(tmp_path: Path) -> None:
    bad = tmp_path / "answers.xlsx"
    bad.write_text("this is a CSV, really", encoding="utf-8")
    result = runner.invoke(app, ["questionnaire", "import", str(bad), "-o", str(tmp_path / "out.yaml"),
                                 "--lang", "en"])
    assert result.exit_code == 2
    assert "not a readable Excel .xlsx workbook" in result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "out.yaml").exists()


def test_incomplete_import_writes_the_file_and_exits_1(tmp_path: Path) -> None:
    blank_answers, _ = _answers_file(tmp_path)
    text = blank_answers.read_text(encoding="utf-8")
    start = text.index("- criterion: GOV-GOV-02")
    value = text.index("value:", start)
    end = text.index("\n", value)
    blank_answers.write_text(text[:value] + "value:" + text[end:], encoding="utf-8")
    out = tmp_path / "out.yaml"
    refused = runner.invoke(app, ["questionnaire", "import", str(blank_answers), "-o", str(out), "--lang",
                                  "en"])
    assert refused.exit_code == 2 and "GOV-GOV-02 has no answer" in refused.output
    assert not out.exists()
    result = runner.invoke(app, ["questionnaire", "import", str(blank_answers), "-o", str(out),
                                 "--allow-incomplete", "--lang", "en"])
    assert result.exit_code == 1
    assert "incomplete: 1 required question(s) unanswered: GOV-GOV-02" in result.output
    thai = runner.invoke(app, ["questionnaire", "import", str(blank_answers), "-o", str(out),
                               "--allow-incomplete"])
    assert "ยังไม่ครบ: ข้อที่ต้องตอบ 1 ข้อยังไม่มีคำตอบ: GOV-GOV-02" in thai.output
    assert out.exists()


def test_prefilled_yaml_export_round_trips_through_the_cli(tmp_path: Path) -> None:
    answers, assessment = _answers_file(tmp_path)
    form_path = tmp_path / "form.yaml"
    result = runner.invoke(app, ["questionnaire", "export", "gov@2026.1", "--format", "yaml", "--lang", "en",
                                 "--prefill", str(answers), "-o", str(form_path)])
    assert result.exit_code == 0, result.output
    again = tmp_path / "again.yaml"
    result = runner.invoke(app, ["questionnaire", "import", str(form_path), "-o", str(again)])
    assert result.exit_code == 0, result.output
    from hria import assessments

    assert given_answers(assessments.load(again).model) == given_answers(assessment)  # type: ignore[arg-type]


def test_unknown_audience_set_is_a_usage_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["questionnaire", "export", "nosuch", "--format", "pdf", "--lang", "en", "-o",
                                 str(tmp_path / "x.pdf")])
    assert result.exit_code == 2
    assert "unknown criteria set 'nosuch'" in result.output


@pytest.mark.parametrize("lang", ["th", "en"])
def test_pdf_form_carries_the_questions_and_prefilled_answers(tmp_path: Path, lang: str) -> None:
    answers, _ = _answers_file(tmp_path)
    out = tmp_path / "form.pdf"
    result = subprocess.run(["hria", "questionnaire", "export", "lao", "--format", "pdf", "--lang", lang,
                             "--audience", "auditor_interview", "-o", str(out)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    text = _pdftotext(out)
    if lang == "th":
        assert contains(text, "แนวการสัมภาษณ์เพื่อตรวจรับรองด้านสิทธิมนุษยชน")
        assert contains(text, "ผู้บริหารและผู้รับผิดชอบนโยบาย")
    else:
        assert "Human-rights certification interview guide" in text
    assert "LAO-GOV-01" in text and "LAO-MON-03" in text
    prefilled = tmp_path / "prefilled.pdf"
    result = subprocess.run(["hria", "questionnaire", "export", "gov@2026.1", "--format", "pdf",
                             "--lang", lang,
                             "--prefill", str(answers), "-o", str(prefilled)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert contains(_pdftotext(prefilled), "คำสั่งที่ ๑๒/๒๕๖๙")


def _pdftotext(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(path).pages)
