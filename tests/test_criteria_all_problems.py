"""`hria criteria validate` reports every problem of a file in one run, model and cross-reference."""

from __future__ import annotations

import subprocess
from pathlib import Path

from tests.conftest import REPO


def test_model_errors_do_not_hide_cross_reference_errors(tmp_path: Path) -> None:
    text = (REPO / "tests" / "cases" / "perfect" / "criteria.yaml").read_text(encoding="utf-8")
    gate = "    must_pass: {at_least: 2}"
    text = text.replace(f"    weight: 2\n{gate}", f"    weight: -2\n{gate}", 1)
    text = text.replace("      - {kind: ungp, principle: 16}", "      - {kind: ungp, principle: 99}", 1)
    labour = "  - {id: labour, weight: 1}"
    text = text.replace(labour, f"{labour}\n  - {{id: nosuchdomain, weight: 1}}", 1)
    path = tmp_path / "case_perfect" / "2026.1.yaml"
    path.parent.mkdir()
    path.write_text(text, encoding="utf-8")
    result = subprocess.run(["hria", "criteria", "validate", str(path), "--lang", "en"],
                            capture_output=True, text=True,
                            check=False)
    assert result.returncode == 1
    out = result.stdout + result.stderr
    assert ":40:5: weight must be > 0, not -2" in out
    assert ":43:22: principle must be <= 31, not 99" in out
    assert ":29:6: unknown rights domain 'nosuchdomain' (not in vocabulary.yaml)" in out
