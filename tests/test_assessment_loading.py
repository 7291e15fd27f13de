"""Bad assessment files: every problem located as file:line:col, all of them in one run."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from hria import assessments, criteria_sets
from hria.cli.app import app
from hria.errors import InvalidInput

CASE = Path(__file__).resolve().parent / "cases" / "gate_failed"
SET_ID = "case_gate_failed"


def _line_of(text: str, needle: str) -> int:
    """1-based line of ``needle``, found in the text rather than asked of hria's parser."""
    return next(i for i, line in enumerate(text.splitlines(), start=1) if needle in line)


def _problems(path: Path, criteria: Path | None = CASE / "criteria.yaml") -> list[str]:
    override = criteria_sets.load_set_file(criteria) if criteria else None
    with pytest.raises(InvalidInput) as caught:
        assessments.load(path, override)
    return [str(p) for p in caught.value.problems]


@pytest.fixture
def answers_text() -> str:
    return (CASE / "answers.yaml").read_text(encoding="utf-8")


@pytest.fixture
def installed_set(extra_criteria: Path) -> Path:
    """The case's set installed in a criteria folder, where the assessment can find it by id@version."""
    folder = extra_criteria / SET_ID
    folder.mkdir()
    shutil.copy(CASE / "criteria.yaml", folder / "2026.1.yaml")
    return folder


def test_the_case_file_loads(answers_text: str) -> None:
    loaded = assessments.load(CASE / "answers.yaml", criteria_sets.load_set_file(CASE / "criteria.yaml"))
    assert loaded.model.organisation.province == "chiang_mai"
    assert loaded.criteria.ref == f"{SET_ID}@2026.1"


def test_every_problem_in_one_run_each_with_its_line(tmp_path: Path, answers_text: str) -> None:
    text = (answers_text
            .replace('registration_number: "0105536000003"', 'registration_number: "0105536000004"')
            .replace("province: เชียงใหม่", "province: Chiang Mia")
            .replace("criterion: CASE-GRV-01\n    value: 4", "criterion: CASE-GRV-09\n    value: 4")
            .replace("criterion: CASE-GOV-02\n    value: 4", "criterion: CASE-GOV-02\n    value: 7")
            .replace("criterion: CASE-LAB-01\n    value: 1",
                     "criterion: CASE-LAB-01\n    not_applicable: {reason: no staff}"))
    bad = tmp_path / "bad.yaml"
    bad.write_text(text, encoding="utf-8")
    problems = _problems(bad)
    expected = [
        (_line_of(text, "province:"), "unknown province 'Chiang Mia'"),
        (_line_of(text, "registration_number:"), "fails the Thai check digit"),
        (_line_of(text, "value: 7"), "value 7 is outside the scale of CASE-GOV-02: 'maturity' takes 0 to 4"),
        (_line_of(text, "not_applicable:"), "CASE-LAB-01 may not be answered not applicable"),
        (_line_of(text, "CASE-GRV-09"),
         f"unknown criterion 'CASE-GRV-09': not in {SET_ID}@2026.1; did you mean CASE-GRV-01?"),
    ]
    assert len(problems) == len(expected), problems
    for (line, message), problem in zip(sorted(expected), problems, strict=True):
        assert problem.startswith(f"{bad}:{line}:") and message in problem, (problem, line)


def test_wrong_version_names_both_and_lists_versions(tmp_path: Path, answers_text: str,
                                                     installed_set: Path) -> None:
    bad = tmp_path / "old.yaml"
    text = answers_text.replace('version: "2026.1"', 'version: "2025.3"')
    bad.write_text(text, encoding="utf-8")
    line = _line_of(text, 'version: "2025.3"')
    [found] = _problems(bad, criteria=None)
    assert found.startswith(f"{bad}:{line}:")
    assert (f"the assessment names {SET_ID}@2025.3, but {SET_ID} has no version 2025.3 "
            f"(versions of {SET_ID}: 2026.1)") in found
    [given] = _problems(bad, criteria=CASE / "criteria.yaml")
    assert f"the assessment names {SET_ID}@2025.3 but the criteria given are {SET_ID}@2026.1" in given
    assert given.endswith(f"(versions of {SET_ID}: 2026.1)")


def test_found_by_id_and_version_without_criteria_option(answers_text: str, installed_set: Path) -> None:
    loaded = assessments.load(CASE / "answers.yaml")
    assert loaded.criteria.path.parent == installed_set


def test_changed_set_is_refused_by_content_hash(tmp_path: Path, answers_text: str) -> None:
    changed = tmp_path / "criteria.yaml"
    changed.write_text((CASE / "criteria.yaml").read_text(encoding="utf-8")
                       .replace("must_pass: {at_least: 3}", "must_pass: {at_least: 2}"), encoding="utf-8")
    [found] = _problems(CASE / "answers.yaml", criteria=changed)
    assert f":{_line_of(answers_text, 'content_hash:')}:" in found
    assert f"the assessment was made against {SET_ID}@2026.1 with content hash sha256:439340b67745" in found
    assert "the set changed after the answers were given" in found


def test_duplicate_answer_wrong_type_and_unknown_subtype(tmp_path: Path, answers_text: str) -> None:
    text = (answers_text.replace("type: business", "type: government_agency")
            .replace("subtype: manufacturing", "subtype: mining")
            + "  - criterion: CASE-GOV-01\n    value: 1\n")
    bad = tmp_path / "dup.yaml"
    bad.write_text(text, encoding="utf-8")
    problems = "\n".join(_problems(bad))
    first = _line_of(text, "criterion: CASE-GOV-01")
    assert f"a second answer to CASE-GOV-01 (the first is at line {first})" in problems
    assert f"organisation type 'government_agency' does not match {SET_ID}@2026.1" in problems
    assert "unknown subtype 'mining'" in problems and "(subtypes: manufacturing)" in problems


def test_yaml_syntax_error_is_located(tmp_path: Path) -> None:
    bad = tmp_path / "broken.yaml"
    bad.write_text("schema_version: 1\nanswers:\n  - criterion: [oops\n", encoding="utf-8")
    [found] = _problems(bad, criteria=None)
    assert found.startswith(f"{bad}:") and "YAML syntax error" in found


def test_cli_reports_all_files_problems_and_exits_2(tmp_path: Path, answers_text: str) -> None:
    one, two = tmp_path / "one.yaml", tmp_path / "two.yaml"
    one.write_text(answers_text.replace("province: เชียงใหม่", "province: Gotham"), encoding="utf-8")
    two.write_text(answers_text.replace("value: 2", "value: 9"), encoding="utf-8")
    result = CliRunner().invoke(app, ["score", str(one), str(two), "--criteria", str(CASE / "criteria.yaml"),
                                      "--lang", "en"])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 2 and "Traceback" not in result.output
    assert lines[0].startswith(f"{one}:") and "unknown province 'Gotham'" in lines[0]
    assert lines[1].startswith(f"{two}:") and "value 9 is outside the scale" in lines[1]
