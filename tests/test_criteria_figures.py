"""`hria criteria stats`, `coverage` and `diff` on a hand-checked set: real figures."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from hria.cli.app import app
from tests.conftest import DATA
from tests.mutate import set_criterion_field

runner = CliRunner()
STRICT = str(DATA / "strict.yaml")


def run(*args: str):
    return runner.invoke(app, list(args))


def test_stats_counts_what_a_reviewer_reads_first() -> None:
    result = run("criteria", "stats", STRICT, "--json")
    assert result.exit_code == 0, result.output
    [s] = json.loads(result.stdout)
    assert s == {
        "set_ref": "strict@2026.1", "criteria": 2, "domains": 2, "gates": 1,
        "own_level_text_pct": 100.0, "evidence_per_criterion": 2.0, "single_evidence": 0,
        "guidance_median_chars": 26,
        "legal_basis_pct": 100.0,
        "references_by_kind": {"concluding_observation": 1, "law": 2, "treaty": 2, "upr": 1},
        "treaty_references": {"CAT": 1, "ICCPR": 1},
        "upr_references": [{"cycle": "2", "recommendation": "158.49", "state": "Sweden"}],
        "upr_without_number": 0,
    }
    human = run("criteria", "stats", STRICT)
    assert "strict@2026.1" in human.stdout


def test_stats_of_the_mini_set_shows_its_weak_points() -> None:
    [s] = json.loads(run("criteria", "stats", str(DATA / "mini.yaml"), "--json").stdout)
    assert (s["criteria"], s["gates"], s["own_level_text_pct"], s["evidence_per_criterion"],
            s["single_evidence"], s["legal_basis_pct"]) == (4, 1, 0.0, 1.0, 4, 0.0)


def test_coverage_names_themes_addressed_and_gaps() -> None:
    result = run("criteria", "coverage", STRICT, "--json")
    assert result.exit_code == 1  # a government set with gaps fails the check
    [c] = json.loads(result.stdout)
    themes = {t["id"]: t for t in c["themes"]}
    assert themes["criminal_justice"]["criteria"] == ["STR-JUS-01"]
    assert themes["privacy"]["criteria"] == ["STR-PRV-01"]
    assert themes["children"]["gap"] is True
    assert c["gaps"] == ["expression_assembly", "equality_gender", "health_housing_social_security",
                         "climate_environment", "refugees_migrants", "defenders",
                         "trafficking_forced_labour", "remedy", "children", "disability",
                         "ethnic_stateless"]
    assert c["recommendations"] == [{"cycle": 2, "number": "158.49", "state": "Sweden",
                                     "theme": "business_human_rights", "response": "supported",
                                     "criteria": ["STR-PRV-01"]}]
    human = run("criteria", "coverage", STRICT, "--lang", "en")
    assert "UPR cycle 2 158.49 (Sweden, supported, business_human_rights) → strict@2026.1: STR-PRV-01" \
        in human.stdout
    assert "GAP" in human.stdout


def test_a_treaty_article_or_upr_theme_addresses_a_theme(tmp_path: Path) -> None:
    text, _ = set_criterion_field((DATA / "strict.yaml").read_text(encoding="utf-8"), "STR-PRV-01",
                                  "references", "[{kind: treaty, instrument: CRC, article: '16'}, "
                                                "{kind: upr, cycle: 3, theme: statelessness}]")
    target = tmp_path / "set.yaml"
    target.write_text(text, encoding="utf-8")
    [c] = json.loads(run("criteria", "coverage", str(target), "--json").stdout)
    themes = {t["id"]: t["criteria"] for t in c["themes"]}
    assert themes["children"] == ["STR-PRV-01"]  # CRC as a whole is the children's treaty
    assert themes["privacy"] == ["STR-PRV-01"]  # the privacy domain
    assert themes["ethnic_stateless"] == ["STR-PRV-01"]  # the UPR reference's theme
    assert c["upr_themes"] == {"cycle 3: statelessness": ["STR-PRV-01"]}


def test_diff_details_references_floors_levels_and_rules(extra_criteria: Path) -> None:
    text = (DATA / "strict.yaml").read_text(encoding="utf-8")
    new = text.replace('version: "2026.1"', 'version: "2026.2"')
    new = new.replace("{id: justice_custody, weight: 1, floor: 40}",
                      "{id: justice_custody, weight: 1, floor: 50}")
    new = new.replace("min_score: 80}", "min_score: 85}")
    new = new.replace("severe_impact: {severe_at: 9, effect: not_certified}",
                      "severe_impact: {severe_at: 8, effect: not_certified}\n  floor_failed: lowest_level")
    new = new.replace("must_pass: {at_least: 3}", "must_pass: {at_least: 4}")
    new, _ = set_criterion_field(new, "STR-PRV-01", "references",
                                 "[{kind: law, law: pdpa, section: '26'}, "
                                 "{kind: treaty, instrument: ICCPR, article: '17'}, "
                                 "{kind: treaty, instrument: CRC, article: '16'}]")
    (extra_criteria / "strict").mkdir()
    (extra_criteria / "strict" / "2026.1.yaml").write_text(text, encoding="utf-8")
    (extra_criteria / "strict" / "2026.2.yaml").write_text(new, encoding="utf-8")
    result = run("criteria", "diff", "strict@2026.1", "strict@2026.2", "--json")
    assert result.exit_code == 0, result.output
    d = json.loads(result.stdout)
    assert d["references_changed"] == {"STR-PRV-01": {
        "added": ["CRC art. 16"], "removed": ["UPR cycle 2 158.49 by Sweden (supported)"]}}
    assert d["gates_changed"] == {"STR-JUS-01": {"old": 3, "new": 4}}
    assert d["floors_changed"] == {"justice_custody": {"old": 40.0, "new": 50.0}}
    assert d["levels_changed"] == {"good.min_score": {"old": 80.0, "new": 85.0}}
    assert d["rules_changed"] == {"floor_failed": {"old": "not_certified", "new": "lowest_level"},
                                  "severe_impact.severe_at": {"old": 9, "new": 8}}
    human = run("criteria", "diff", "strict@2026.1", "strict@2026.2", "--lang", "en").stdout
    for line in ("! rule severe_impact.severe_at: 9 → 8", "! floor justice_custody: 40 → 50",
                 "! level good.min_score: 80 → 85", "~ reference STR-PRV-01: + CRC art. 16",
                 "! gate changed STR-JUS-01: 3 → 4"):
        assert line in human


def test_rule_lists_are_compared_item_by_item() -> None:
    from hria.diffing import changes

    old = {"gate_at": None, "non_negotiables": [{"criterion": "A-B-1", "why": "x"}],
           "remediate_actual": ["cause"]}
    new = {"gate_at": {"maturity": 3},
           "non_negotiables": [{"criterion": "A-B-1", "why": "y"}, {"criterion": "A-B-2", "why": "z"}],
           "remediate_actual": ["cause", "contribute"]}
    assert changes(old, new) == {
        "gate_at.maturity": (None, 3),
        "non_negotiables.A-B-1.why": ("x", "y"),
        "non_negotiables.A-B-2": (None, {"criterion": "A-B-2", "why": "z"}),
        "remediate_actual": (["cause"], ["cause", "contribute"]),
    }


def test_stats_and_calibration_speak_thai() -> None:
    """Reference kinds, UPR recommendations, populations and levels in the run's language."""
    stats = run("criteria", "stats", STRICT, "--lang", "th")
    assert stats.exit_code == 0, stats.output
    text = " ".join(stats.stdout.split())
    assert "อ้างอิงประเภท กฎหมายไทย" in text and "รอบที่ 2 ข้อ 158.49 (Sweden)" in text
    assert "cycle" not in text and "references:" not in text
    thai = run("criteria", "calibrate", "lao@2026.2", "--samples", "20", "--lang", "th")
    english = run("criteria", "calibrate", "lao@2026.2", "--samples", "20", "--lang", "en")
    assert thai.exit_code == english.exit_code == 0, thai.output
    head, random, adversarial = thai.stdout.splitlines()[:3]
    assert head.split()[5:8] == ["พื้นฐาน", "ดี", "ดีเยี่ยม"]
    assert random.split()[1] == "สุ่ม" and adversarial.split()[1] == "จงใจหาช่องโหว่"
    assert english.stdout.splitlines()[0].split()[6:9] == ["basic", "good", "excellent"]
    assert [line.split()[2:] for line in thai.stdout.splitlines()[1:3]] == \
        [line.split()[2:] for line in english.stdout.splitlines()[1:3]]  # the same counts
