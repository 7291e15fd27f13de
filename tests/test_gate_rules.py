"""A gate reads in the file what the engine applies; the diff and calibration show every rule.

A non-negotiable's own ``must_pass`` may not read lower than ``rules.gate_at`` (an error),
should state it (a warning, failing --strict), `hria criteria diff` lists the gates that
come from ``rules.non_negotiables``, and calibration against another set's grave failures
skips, with a note, those naming what the set lacks.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from hria import criteria_sets
from hria.diffing import diff_sets
from hria.scoring.calibration import calibrate
from hria.scoring.compiled import compile_set
from tests.conftest import CRITERIA

OWN = ("gov", "lao", "edu")


def hria(*args: str) -> subprocess.CompletedProcess[str]:
    """The installed program, in English: these tests quote its English messages."""
    env = {**os.environ, "HRIA_LANG": "en"}
    return subprocess.run([sys.executable, "-m", "hria", *args], capture_output=True, text=True, env=env)


@pytest.mark.parametrize("set_id", OWN)
def test_every_non_negotiable_states_the_gate_the_engine_applies(set_id: str) -> None:
    cs = criteria_sets.load(f"{set_id}@2026.2").model
    listed = [n.criterion for n in cs.rules.non_negotiables or []]
    assert len(listed) >= 5
    for cid in listed:
        c = cs.criterion(cid)
        want = 3 if cs.scale_of(c).type == "maturity" else 1
        assert c.must_pass is not None, cid
        assert c.must_pass.at_least == cs.gate_of(c) == want, cid


def test_a_non_negotiable_stated_below_level_3_is_an_error_at_its_line(tmp_path: Path) -> None:
    text = (CRITERIA / "gov" / "2026.2.yaml").read_text(encoding="utf-8")
    start = text.index("  - id: GOV-FOR-02\n")
    at = text.index("must_pass: {at_least: 3}", start)
    line = text.count("\n", 0, at) + 1
    target = tmp_path / "gov.yaml"
    target.write_text(text[:at] + "must_pass: {at_least: 2}" + text[at + 24:], encoding="utf-8")
    result = hria("criteria", "validate", str(target))
    assert result.returncode == 1
    assert (f"{target}:{line}:" in result.stderr
            and "GOV-FOR-02 is non-negotiable: its gate on a maturity scale is level 3 (implemented), "
                "so must_pass must read at_least: 3, not 2" in result.stderr), result.stderr


def test_a_non_negotiable_without_its_own_gate_warns_and_fails_only_strict(tmp_path: Path) -> None:
    text = (CRITERIA / "gov" / "2026.2.yaml").read_text(encoding="utf-8")
    start = text.index("  - id: GOV-CIV-03\n")
    at = text.index("    must_pass: {at_least: 3}", start)
    end = text.index("\n", at) + 1
    target = tmp_path / "gov.yaml"
    target.write_text(text[:at] + text[end:], encoding="utf-8")
    lenient = hria("criteria", "validate", str(target))
    assert lenient.returncode == 0, lenient.stderr
    assert ("warning: criterion GOV-CIV-03: non-negotiable without a must_pass of its own; write "
            "must_pass: {at_least: 3} so a reader of the criterion sees its gate") in lenient.stderr
    assert hria("criteria", "validate", "--strict", str(target)).returncode == 1


def test_gov_diff_lists_gates_from_the_non_negotiables_floors_and_the_list() -> None:
    old = criteria_sets.load("gov@2026.1").model
    new = criteria_sets.load("gov@2026.2").model
    d = diff_sets(old, new)
    # GOV-CIV-03 and GOV-JUS-04 had no gate in 2026.1; non-negotiable in 2026.2, gated at 3.
    assert d.gates_changed["GOV-CIV-03"] == (None, 3)
    assert d.gates_changed["GOV-JUS-04"] == (None, 3)
    assert d.gates_changed["GOV-DET-04"] == (None, 3)  # added with its gate
    assert "GOV-JUS-02" not in d.gates_changed  # 3 before, 3 after
    assert "GOV-GOV-01" not in d.gates_changed  # 2 before, 2 after (not non-negotiable)
    assert set(d.gates_changed) == {"GOV-CIV-03", "GOV-LAB-04", "GOV-PROC-02", "GOV-HRD-02",
                                    "GOV-GRV-04", "GOV-JUS-03", "GOV-JUS-04", "GOV-DET-04",
                                    "GOV-FOR-02", "GOV-REF-01", "GOV-SAF-01"}
    assert d.non_negotiables_changed == {"added": [n.criterion for n in new.rules.non_negotiables or []]}
    assert d.floors_changed["civic_freedoms"] == (None, 25)
    assert d.floors_changed["safety_dignity"] == (None, 40)
    assert not any(k.startswith("non_negotiables.") for k in d.rules_changed)
    assert d.rules_changed["gate_at.maturity"] == (None, 3)
    out = hria("criteria", "diff", "gov@2026.1", "gov@2026.2")
    assert out.returncode == 0
    for line in ("! gate changed GOV-CIV-03: — → 3", "! non-negotiable + GOV-JUS-04",
                 "! floor civic_freedoms: — → 25", "! rule gate_at.maturity: — → 3"):
        assert line in out.stdout


def test_a_removed_gated_criterion_shows_its_gate_going() -> None:
    old = criteria_sets.load("gov@2026.2").model
    new = old.model_copy(update={"criteria": [c for c in old.criteria if c.id != "GOV-FOR-02"]})
    d = diff_sets(old, new)
    assert d.removed == ["GOV-FOR-02"] and d.gates_changed == {"GOV-FOR-02": (3, None)}


def test_calibration_skips_grave_failures_naming_what_the_set_lacks() -> None:
    loaded = criteria_sets.load("lao@2026.1")
    cs = compile_set(loaded.model, loaded.content_hash)
    grave = list(criteria_sets.load("gov@2026.2").model.grave_failures or [])
    rand, adv = calibrate(cs, 5, seed=1, grave=grave)
    skipped = {(s.grave_failure, s.kind, s.name) for s in adv.skipped}
    assert ("civic_freedoms_at_zero", "domain", "civic_freedoms") in skipped
    assert ("gov_jus_04_failed", "criterion", "GOV-JUS-04") in skipped
    assert rand.skipped == adv.skipped
    assert {g.id for g in adv.grave} == {g.id for g in grave} - {s[0] for s in skipped}
    assert "labour_at_zero" in {g.id for g in adv.grave}  # lao has a labour domain: still checked
    assert rand.total == 5 and adv.total > 0


def test_calibrate_command_notes_skipped_grave_failures_instead_of_crashing() -> None:
    result = hria("criteria", "calibrate", "lao@2026.1", "--grave-failures-from", "gov@2026.2",
                  "--samples", "5", "--lang", "en")
    assert "Traceback" not in result.stderr
    assert result.returncode == 1  # 2026.1's rules still certify grave failures: that is its finding
    assert ("note: lao@2026.1: grave failure civic_freedoms_at_zero not looked for: it names domain "
            "'civic_freedoms', which this set does not have") in result.stdout
    data = json.loads(hria("criteria", "calibrate", "lao@2026.1", "--grave-failures-from", "gov@2026.2",
                           "--samples", "5", "--json").stdout)
    assert {"grave_failure": "justice_custody_at_zero", "kind": "domain", "name": "justice_custody"} \
        in data["rows"][0]["skipped"]
