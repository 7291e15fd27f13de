"""Golden cases: tests/cases/<case>/{criteria,answers,expected}.yaml, hand-checked in its README.md."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML
from typer.testing import CliRunner

from hria import assessments, criteria_sets
from hria.cli.app import app
from hria.scoring import compile_set, score

CASES = Path(__file__).resolve().parent / "cases"
CASE_DIRS = sorted(p for p in CASES.iterdir() if (p / "expected.yaml").is_file())


def _expected(case: Path) -> dict[str, Any]:
    return dict(YAML(typ="safe").load((case / "expected.yaml").read_text(encoding="utf-8")))


def _project(result: dict[str, Any]) -> dict[str, Any]:
    """The result in the vocabulary of expected.yaml."""
    criteria = result["criteria"]
    return {
        "status": result["status"],
        "decision": result["decision"],
        "level": result["level"]["id"] if result["level"] else None,
        "score_level": result["score_level"],
        "overall": result["overall"],
        "overall_exact": result["overall_exact"],
        "domains": {d["id"]: d["score_exact"] for d in result["domains"]},
        "criteria": {c["id"]: c["score"] for c in criteria},
        "effective_values": {c["id"]: c["effective_value"] for c in criteria},
        "states": {c["id"]: c["state"] for c in criteria},
        "caps": {c["id"]: c["cap_reason"]["subject"] for c in criteria if c["cap_reason"]},
        "gates": {g["criterion"]: g["status"] for g in result["gates"]},
        "floors_failed": result["floors_failed"],
        "missing": result["missing"],
        "ignored_answers": result["ignored_answers"],
        "blocking_impacts": [i["id"] for i in result["impacts"] if i["blocking"]],
        "impact_severity": {i["id"]: i["severity"] for i in result["impacts"]},
        "reasons": [r["code"] for r in result["reasons"]],
        "plan": [{k: a[k] for k in ("target", "points_gained_exact", "gates_passed", "unlocks",
                                     "decision_after", "level_after")} for a in result["plan"]],
    }


def _score_case(case: Path) -> dict[str, Any]:
    override = criteria_sets.load_set_file(case / "criteria.yaml")
    loaded = assessments.load(case / "answers.yaml", override)
    return score(compile_set(loaded.criteria.model, loaded.criteria.content_hash), loaded.model).to_json()


def test_every_required_case_is_present() -> None:
    names = {p.name for p in CASE_DIRS}
    assert {"perfect", "gate_failed", "prerequisite_cap", "floor_failed", "all_not_applicable",
            "severe_impact", "incomplete"} <= names
    assert all((p / "README.md").is_file() and (p / "criteria.yaml").is_file() for p in CASE_DIRS)


@pytest.mark.parametrize("case", CASE_DIRS, ids=[p.name for p in CASE_DIRS])
def test_golden_case(case: Path) -> None:
    expected = _expected(case)
    actual = _project(_score_case(case))
    for key, want in expected.items():
        got = actual[key]
        if isinstance(want, dict) and key != "plan":
            got = {k: got.get(k) for k in want}
        assert got == want, f"{case.name}: {key}"


@pytest.mark.parametrize("case", CASE_DIRS, ids=[p.name for p in CASE_DIRS])
def test_cli_json_is_the_engine_result(case: Path) -> None:
    result = CliRunner().invoke(app, ["score", str(case / "answers.yaml"), "--criteria",
                                      str(case / "criteria.yaml"), "--json"])
    assert result.exit_code == (0 if _expected(case)["decision"] == "certified" else 1), result.output
    data = json.loads(result.stdout)
    assert data.pop("file").endswith("answers.yaml")
    assert data == _score_case(case)


def test_json_is_byte_identical_across_processes_and_hash_seeds() -> None:
    """No set or dict ordering leaks into the output: fresh interpreters, two hash seeds, same bytes."""
    outputs: dict[str, list[bytes]] = {}
    for seed in ("1", "2"):
        for case in CASE_DIRS:
            done = subprocess.run(
                [sys.executable, "-m", "hria", "score", str(case / "answers.yaml"),
                 "--criteria", str(case / "criteria.yaml"), "--json"],
                capture_output=True, env={**os.environ, "PYTHONHASHSEED": seed}, check=False,
            )
            assert done.returncode in (0, 1), done.stderr.decode()
            outputs.setdefault(seed, []).append(done.stdout)
    assert outputs["1"] == outputs["2"]
