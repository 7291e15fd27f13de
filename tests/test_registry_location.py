"""A mistyped --registry is one line and exit 2 for every command that reads a registry; it never
becomes a new, empty registry (whose log would then be 'intact')."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.certify_fixtures import CASES, hria

EXAMPLE = Path(__file__).parents[1] / "examples" / "gov-provincial-office.assessment.yaml"


@pytest.mark.parametrize("command", [
    ["dashboard", "build", "--output", "site", "--scheme", "scheme.json"],
    ["registry", "incentives", "example-opdc-annual-review", "-o", "out.csv"],
    ["certify", str(EXAMPLE), "--body", "CB01", "--auditor", "AUD-1", "--key", "CB01.key"],
    ["certify", "batch", "manifest.csv", "--out", "batch", "--body", "CB01", "--auditor", "AUD-1"],
    ["registry", "list"],
    ["verify", "certificate.pdf"],
])
def test_a_mistyped_registry_is_refused_and_created_nowhere(tmp_path: Path, command: list[str],
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "scheme.json").write_text("{}", encoding="utf-8")
    (tmp_path / "certificate.pdf").write_bytes(b"%PDF-1.7\n")
    (tmp_path / "manifest.csv").write_text(f"assessment\n{CASES / 'perfect' / 'answers.yaml'}\n",
                                           encoding="utf-8")
    env = {**os.environ, "HRIA_LANG": "en", "HRIA_ACTOR": "CB01-OFFICE", "HRIA_DECIDED_BY": "DEC-1"}
    if "--key" in command:
        hria("keys", "init", "--body", "CB01", "--dir", ".", env=env)
    result = hria(*command, "--registry", "typo.sqlite3", env=env, check=False)
    assert result.returncode == 2, result.stderr
    assert "no registry at typo.sqlite3" in result.stderr
    assert not (tmp_path / "typo.sqlite3").exists()
