"""Dates typed on the command line and in a batch manifest are read as people write them, in either
era (a year above 2400 is B.E.), and echoed in both eras before anything is saved."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from hria.dates import THAI_MONTHS, both, english_date
from hria.registry import today
from tests.certify_fixtures import World, hria, make_world

PERFECT = Path(__file__).parent / "cases" / "perfect" / "answers.yaml"


@pytest.fixture
def world(tmp_path: Path) -> World:
    return make_world(tmp_path, dict(os.environ))


def test_a_buddhist_era_date_is_saved_as_the_date_it_means(world: World) -> None:
    day = today()  # the body's key is valid from today: the certificate is issued today, written in B.E.
    typed = f"{day.day}/{day.month}/{day.year + 543}"
    issued = hria("certify", str(PERFECT), "--body", "CB01", "--auditor", "AUD-1", "--key", str(world.key),
                  "--issued-on", typed, "-o", str(world.root / "c.pdf"), env=world.env)
    assert f"--issued-on {typed} read as {english_date(day)}" in issued.stderr
    [row] = json.loads(hria("registry", "list", "--json", env=world.env).stdout)
    assert row["issued_on"] == day.isoformat()
    thai = f"{day.day} {THAI_MONTHS[day.month - 1]} {day.year + 543}"
    visit = hria("registry", "surveillance", row["serial"], "--result", "passed", "--auditor", "AUD-1",
                 "--on", thai, "--reason", "ตรวจติดตาม", "--lang", "th", env=world.env)
    assert f"--on {thai} อ่านเป็นวันที่ {both(day)}" in visit.stderr
    plain = hria("registry", "surveillance", row["serial"], "--result", "passed", "--auditor", "AUD-1",
                 "--on", day.isoformat(), "--reason", "again", env=world.env)
    assert plain.stderr == ""  # a plain C.E. date needs no echo
    shown = hria("registry", "show", row["serial"], "--json", env=world.env).stdout
    assert f"{day.year + 543}-{day.month:02d}-" not in shown and shown.count(day.isoformat()) >= 3


def test_an_unreadable_date_is_one_line_and_nothing_is_issued(world: World) -> None:
    bad = hria("certify", str(PERFECT), "--body", "CB01", "--auditor", "AUD-1", "--key", str(world.key),
               "--issued-on", "31/02/2569", env=world.env, check=False)
    assert bad.returncode == 2
    assert bad.stderr == ("error: --issued-on: cannot read the date '31/02/2569': write e.g. 2026-06-30, "
                          "30/06/2569 or 30 มิ.ย. 2569 (a year above 2400 is B.E.)\n")
    manifest = world.root / "manifest.csv"
    manifest.write_text(f"assessment,body,auditor,issue_date\n{PERFECT},CB01,AUD-1,99/99/2569\n",
                        encoding="utf-8")
    batch = hria("certify", "batch", str(manifest), "--out", str(world.root / "out"), "--lang", "th",
                 env=world.env, check=False)
    assert batch.returncode == 2
    assert f"{manifest}:2: issue_date: อ่านวันที่ '99/99/2569' ไม่ได้" in batch.stderr
    assert json.loads(hria("registry", "list", "--json", env=world.env).stdout) == []
