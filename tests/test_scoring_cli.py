"""`hria score` through the real entry point (CliRunner on hria.cli.app:app)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from hria.cli.app import app

CASES = Path(__file__).resolve().parent / "cases"
runner = CliRunner()


def run(case: str, *args: str):
    folder = CASES / case
    return runner.invoke(app, ["score", str(folder / "answers.yaml"), "--criteria",
                               str(folder / "criteria.yaml"), *args])


def test_summary_in_english_shows_decision_domains_gates_and_actions() -> None:
    result = run("gate_failed", "--lang", "en")
    assert result.exit_code == 1, result.output
    out = result.stdout
    assert "Decision: not certified" in out and "overall 93.75 / 100" in out
    assert "must-pass criterion CASE-GOV-01 is at 2, needs 3: not certified" in out
    assert "Human-rights policy and governance" in out and "87.50" in out
    assert "Must-pass gates" in out and "✗ failed" in out
    assert "Corrective actions first" in out and "(Excellent)" in out  # after the fix: certified (Excellent)


def test_summary_in_thai_is_the_default() -> None:
    result = run("prerequisite_cap")
    assert result.exit_code == 0, result.output
    assert "ได้รับการรับรอง" in result.stdout and "ช่องทาง" in result.stdout  # "ช่องทาง|ร้องเรียน" wraps
    assert "คะแนนรวม 70.83" in result.stdout


def test_incomplete_lists_missing_answers_and_exits_1() -> None:
    result = run("incomplete", "--lang", "en")
    assert result.exit_code == 1
    assert "No answer yet: CASE-GRV-01, CASE-LAB-01" in result.stdout
    assert "Decision: incomplete" in result.stdout


def test_json_shape_is_stable() -> None:
    data = json.loads(run("all_not_applicable", "--json").stdout)
    assert list(data) == ["file", "format", "engine_version", "criteria_set", "assessment", "status",
                          "decision", "level", "score_level", "overall", "overall_exact", "reasons",
                          "domains", "gates", "floors_failed", "impacts", "missing", "ignored_answers",
                          "criteria", "plan"]
    assert data["format"] == "hria.result/1"
    assert data["criteria_set"]["ref"] == "case_all_not_applicable@2026.1"
    assert data["assessment"]["organisation"]["province"] == "chonburi"
    privacy = next(d for d in data["domains"] if d["id"] == "privacy")
    assert privacy == {"id": "privacy", "weight": 1.0, "included": False, "share": None, "score": None,
                       "score_exact": None, "floor": 60.0, "floor_passed": None,
                       "criteria": {"counted": 0, "not_applicable": 2, "skipped": 0, "missing": 0}}
    assert set(data["plan"][0]) == {"rank", "kind", "target", "domain", "current_value", "target_value",
                                    "points_gained", "points_gained_exact", "gates_passed", "unlocks",
                                    "overall_after", "decision_after", "level_after", "owner", "due"}


def test_json_twice_is_byte_identical() -> None:
    assert run("severe_impact", "--json").stdout == run("severe_impact", "--json").stdout


def test_several_files_give_a_json_list_in_argument_order(extra_criteria: Path) -> None:
    """Each case pins its own set; installed in a criteria folder, each file finds its own."""
    files = []
    for case in ("perfect", "gate_failed"):
        folder = extra_criteria / f"case_{case}"
        folder.mkdir()
        (folder / "2026.1.yaml").write_text((CASES / case / "criteria.yaml").read_text(encoding="utf-8"),
                                            encoding="utf-8")
        files.append(str(CASES / case / "answers.yaml"))
    result = runner.invoke(app, ["score", *files, "--json"])
    assert result.exit_code == 1, result.output
    data = json.loads(result.stdout)
    assert [(d["criteria_set"]["id"], d["decision"]) for d in data] == [
        ("case_perfect", "certified"), ("case_gate_failed", "not_certified")]


def test_explain_a_capped_criterion() -> None:
    result = run("prerequisite_cap", "--explain", "CASE-GRV-03", "--lang", "en")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "capped at 1 because CASE-GRV-02 is at 2, below 3 → 1/4 × 100 = 25.00" in out
    assert "prerequisite CASE-GRV-02 ≥ 3, else at most 1: now 2 ✗" in out
    assert "in its domain: 33.33 % of the weight counted → 8.33 of the domain's 41.67" in out
    assert "in the overall: 16.67 % of the weight → 4.17 of 70.83" in out


def test_explain_in_thai_is_thai_throughout() -> None:
    result = run("prerequisite_cap", "--explain", "CASE-GRV-03", "--lang", "th")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "ต้องมีก่อน CASE-GRV-02 ≥ 3 มิฉะนั้นได้ไม่เกิน 1: ขณะนี้ 2 ✗" in out
    assert "ในคะแนนรวม: 16.67 % ของน้ำหนัก → 4.17 จาก 70.83" in out
    assert not any(word in out for word in ("applicability:", "answer:", "now:", "prerequisite"))


def test_explain_json_shows_effect_on_level() -> None:
    result = run("gate_failed", "--explain", "CASE-GOV-01", "--json")
    data = json.loads(result.stdout)["explanation"]
    assert data["current"] == {"overall": 93.75, "decision": "not_certified", "level": None}
    assert data["if_max"]["decision"] == "certified" and data["if_max"]["level"] == "excellent"
    assert data["if_max"]["overall_change"] == 6.25


def test_explain_unknown_criterion_is_a_usage_error() -> None:
    result = run("perfect", "--explain", "CASE-XXX-99", "--lang", "en")
    assert result.exit_code == 2
    assert "case_perfect@2026.1 has no criterion CASE-XXX-99" in result.stderr


def test_missing_file_exits_2() -> None:
    result = runner.invoke(app, ["score", "nowhere.yaml", "--lang", "en"])
    assert result.exit_code == 2 and "nowhere.yaml: file not found" in result.stderr


def test_every_key_of_the_json_shape_is_documented() -> None:
    doc = (Path(__file__).resolve().parent.parent / "docs" / "result-format.md").read_text(encoding="utf-8")
    data = json.loads(run("prerequisite_cap", "--json").stdout)
    keys: set[str] = set()

    def walk(value: object, inside_message: bool = False) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                if not inside_message:
                    keys.add(key)
                # message data and names carry values, not shape
                walk(item, inside_message or key in ("data", "name"))
        elif isinstance(value, list):
            for item in value:
                walk(item, inside_message)

    walk(data)
    undocumented = sorted(k for k in keys if f"`{k}`" not in doc)
    assert undocumented == []
    assert data["format"] in doc
