"""The bundled examples: one per organisation type, landing at different results.

Each is scored through the real `hria score --json`, as a certifier would.
"""

from __future__ import annotations

import json
import subprocess
import sys

from hria import assessments
from tests.conftest import REPO

EXAMPLES = sorted((REPO / "examples").glob("*.assessment.yaml"))


def _score(*paths: str) -> list[dict]:
    out = subprocess.run([sys.executable, "-m", "hria", "score", "--json", *paths],
                         capture_output=True, text=True, check=False, cwd=REPO)
    assert out.returncode in (0, 1), out.stderr
    data = json.loads(out.stdout)
    return data if isinstance(data, list) else [data]


def test_one_example_per_organisation_type_at_different_results() -> None:
    types = {str(p.relative_to(REPO)): assessments.load(p).model.organisation.type for p in EXAMPLES}
    results = {types[r["file"]]: r for r in _score(*types)}
    assert sorted(types.values()) == sorted(results) == sorted(
        ["government_agency", "local_administration", "educational_institution", "business"])
    outcome = {t: (r["decision"], (r["level"] or {}).get("id")) for t, r in results.items()}
    assert outcome == {
        "government_agency": ("certified", "basic"),
        "local_administration": ("certified", "excellent"),
        "educational_institution": ("not_certified", None),
        "business": ("certified", "good"),
    }
    assert {r["criteria_set"]["version"] for r in results.values()} == {"2026.2"}
    # The university is refused at its gates although its overall is high: the harassment policy is a
    # draft, which caps victim-centred handling (a non-negotiable) below implemented.
    edu = results["educational_institution"]
    assert edu["overall"] >= 80 and edu["score_level"] == "good"
    assert [g["criterion"] for g in edu["gates"] if g["status"] == "failed"] == [
        "EDU-SAF-01", "EDU-SAF-02", "EDU-SAF-08"]
    assert [m["code"] for m in edu["reasons"]] == [
        "gate_failed.not_certified", "non_negotiable_failed", "non_negotiable_failed",
        "impact.actual_not_remediated"]
    # The business is an SME: its size comes from the Thai SME definition.
    business = next(p for p, t in types.items() if t == "business")
    assert assessments.load(REPO / business).model.organisation.size == "small"
