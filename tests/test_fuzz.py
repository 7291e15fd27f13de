"""Fuzzing the five entry points through the real CLI error boundary (see tests/fuzz_inputs.py).

Bounded for CI (about a minute and a half on one core): the `ci` profile runs a fixed,
derandomized set of examples per entry point; the `dev` profile (outside CI) draws new ones
each run. Each input has a time limit and a memory limit. benchmarks/fuzz.py runs the same
inputs for as long as you like and prints the figures.
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.fuzz_inputs import ENTRY_POINTS, Seeds, case_argv, make_case, make_seeds, run_in_process

EXAMPLES = {"criteria": 120, "assessment": 300, "questionnaire_yaml": 200, "questionnaire_xlsx": 80,
            "verify": 500}
"""Inputs per entry point in CI: 1,200 in all, measured at 65 s (51 s of CPU) on this machine."""

PROFILES = {
    "ci": {"derandomize": True},
    "dev": {"derandomize": False},
}
PROFILE = "ci" if os.environ.get("CI") else "dev"


def _settings(entry: str) -> settings:
    return settings(max_examples=EXAMPLES[entry], deadline=None, database=None,
                    suppress_health_check=list(HealthCheck), **PROFILES[PROFILE])  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory) -> Seeds:
    return make_seeds(tmp_path_factory.mktemp("fuzz-seeds"))


@pytest.mark.parametrize("entry", ENTRY_POINTS)
def test_no_input_escapes_the_error_boundary(entry: str, seeds: Seeds,
                                             tmp_path_factory: pytest.TempPathFactory) -> None:
    work = tmp_path_factory.mktemp(f"fuzz-{entry}")
    codes: dict[int | None, int] = {}

    @_settings(entry)
    @given(st.integers(min_value=0, max_value=2**32 - 1))
    def one(seed: int) -> None:
        case = make_case(entry, seeds, random.Random(seed))
        outcome = run_in_process(case_argv(case, work))
        codes[outcome.exit_code] = codes.get(outcome.exit_code, 0) + 1
        assert outcome.finding is None, f"{entry} seed {seed}: {outcome.finding}"

    one()
    assert sum(codes.values()) >= EXAMPLES[entry] // 2
    assert codes.get(2, 0) + codes.get(1, 0) > 0  # the mutations do reach refusals


@pytest.mark.parametrize("entry", ENTRY_POINTS)
def test_no_traceback_through_the_installed_program(entry: str, seeds: Seeds, tmp_path: Path) -> None:
    exe = shutil.which("hria")
    assert exe
    rnd = random.Random(f"cli:{entry}")
    for _ in range(4):
        argv = case_argv(make_case(entry, seeds, rnd), tmp_path)
        result = subprocess.run([exe, *argv], capture_output=True, text=True, timeout=120,
                                env={**os.environ, "NO_COLOR": "1"}, errors="replace")
        assert "Traceback" not in result.stderr, (argv[:3], result.stderr[-2000:])
        assert result.returncode in (0, 1, 2), (argv[:3], result.returncode, result.stderr[-500:])
        if result.returncode == 2:
            assert result.stderr.strip(), argv[:3]
