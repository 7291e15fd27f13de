"""`hria assess --type` takes the organisation types of vocabulary.yaml (by id or set id),
in a real terminal (pexpect)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pexpect


def _spawn(place: Path, *args: str) -> pexpect.spawn:
    env = {k: v for k, v in os.environ.items() if k not in ("CI", "FORCE_COLOR", "NO_COLOR")}
    env.update(TERM="dumb", COLUMNS="200", LINES="60", PYTHONIOENCODING="utf-8")
    return pexpect.spawn(sys.executable, ["-m", "hria", "assess", *args], cwd=str(place), env=env,
                         encoding="utf-8", timeout=90, dimensions=(60, 200))


def test_unknown_type_lists_the_vocabulary_types(tmp_path: Path) -> None:
    child = _spawn(tmp_path, "--type", "hospital", "--lang", "en")
    child.expect_exact("error: unknown organisation type 'hospital' (known: government_agency (gov), "
                       "local_administration (lao), educational_institution (edu), business (business))")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 2


def test_type_by_vocabulary_id_opens_that_types_latest_set(tmp_path: Path) -> None:
    child = _spawn(tmp_path, "--type", "local_administration", "--lang", "en")
    child.expect(r"lao@\d{4}\.\d+")
    child.expect_exact("Organisation name in Thai: ")
    child.sendcontrol("c")
    child.expect_exact("stopped before the first question; nothing was saved")
    child.expect(pexpect.EOF)
    child.close()
    assert not list(tmp_path.glob("*.assessment.yaml"))
