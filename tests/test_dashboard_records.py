"""What the registry keeps for the dashboard: a summary of every assessment scored for certification,
certified or refused, written by `hria certify` — scores and failed criteria, never the answers."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from hria.dashboard.records import AssessmentLog
from tests.certify_fixtures import hria, make_world, write_assessments, write_manifest


def test_certify_keeps_a_summary_of_each_scored_assessment(tmp_path: Path) -> None:
    world = make_world(tmp_path, dict(os.environ))
    paths = write_assessments(world.root / "a", 3, refused=1)
    opted_out = paths[1].read_text(encoding="utf-8").replace("  size:", "  public_listing: false\n  size:", 1)
    paths[1].write_text(opted_out, encoding="utf-8")
    result = hria("certify", "batch", str(write_manifest(world.root / "m.csv", paths)), "--out",
                  str(world.root / "out"), "--key", str(world.key), env=world.env, check=False)
    assert result.returncode == 1, result.stdout + result.stderr  # the refused one
    log = AssessmentLog(world.registry)
    kept = {s.organisation_id: s for s in log.all()}
    log.close()
    assert len(kept) == 4
    decisions = sorted((s.decision, bool(s.serial)) for s in kept.values())
    assert decisions == [("certified", True)] * 3 + [("refused", False)]
    refused = next(s for s in kept.values() if s.decision == "refused")
    assert refused.failed_criteria == ("CASE-GOV-01",) and refused.level == ""
    assert [s.listed for s in sorted(kept.values(), key=lambda s: s.name_en)][:2] == [True, False]
    first = next(iter(kept.values()))
    assert first.organisation_type == "business" and first.province and first.size
    assert first.domain_scores and all(0 <= v <= 100 for v in first.domain_scores.values() if v is not None)
    db = sqlite3.connect(world.registry)
    columns = [r[1] for r in db.execute("PRAGMA table_info(dashboard_assessments)")]
    db.close()
    assert "answers" not in columns and "domain_scores" in columns
    again = hria("certify", "batch", str(write_manifest(world.root / "m.csv", paths)), "--out",
                 str(world.root / "out"), "--key", str(world.key), env=world.env, check=False)
    assert again.returncode == 1
    log = AssessmentLog(world.registry)
    assert len(log.all()) == 4  # the same assessments again: no second row
    log.close()
