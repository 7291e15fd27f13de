"""The author commands through the real entry point (CliRunner) and the installed program."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

from typer.testing import CliRunner

from hria.cli.app import app
from tests.conftest import CRITERIA, shipped_set_files
from tests.mutate import set_criterion_field

runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, list(args))


def test_list_json_names_every_shipped_set() -> None:
    result = run("criteria", "list", "--json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert {(r["id"], r["version"]) for r in rows} == {
        (p.parent.name, p.stem) for p in shipped_set_files()
    }
    gov = next(r for r in rows if r["id"] == "gov")
    assert gov["criteria"] >= 40 and gov["content_hash"].startswith("sha256:")


def test_show_in_both_languages(mini_path: Path) -> None:
    th = run("criteria", "show", str(mini_path), "--lang", "th")
    en = run("criteria", "show", str(mini_path), "--lang", "en")
    assert th.exit_code == 0 and en.exit_code == 0
    assert "นโยบายสิทธิมนุษยชน" in th.stdout and "ต้องผ่าน ≥2" in th.stdout
    assert "Human-rights policy" in en.stdout and "must pass ≥2" in en.stdout
    assert "needs MINI-GOV-01≥2" in en.stdout
    assert "UNGP 31; SDG 16.3" in en.stdout


def test_show_piped_keeps_each_question_on_one_line_in_words() -> None:
    from hria import criteria_sets

    cs = criteria_sets.load("business").model
    longest = max(cs.criteria, key=lambda c: len(c.question.th))
    out = run("criteria", "show", "business", "--lang", "th").stdout
    assert any(line.endswith(longest.question.th) for line in out.splitlines())
    assert "เฉพาะ ขนาดใหญ่" in out  # sizes and subtypes in words, not ids


def test_show_unknown_version_lists_versions() -> None:
    result = run("criteria", "show", "gov@1999.1", "--lang", "en")
    assert result.exit_code == 2
    assert "criteria set 'gov' has no version 1999.1 (versions: 2026.1, 2026.2)" in result.stderr


def test_validate_ok_and_invalid_exit_codes(tmp_path: Path) -> None:
    assert run("criteria", "validate").exit_code == 0
    gov_text = (CRITERIA / "gov" / "2026.1.yaml").read_text(encoding="utf-8")
    first_id = next(line.split("id:")[1].strip() for line in gov_text.splitlines()
                    if line.strip().startswith("- id: GOV-"))
    broken, line = set_criterion_field(gov_text, first_id, "weight", "-1")
    bad = tmp_path / "bad.yaml"
    bad.write_text(broken, encoding="utf-8")
    result = run("criteria", "validate", str(bad), "--lang", "en")
    assert result.exit_code == 1
    assert f"{bad}:{line}:" in result.stderr and "weight must be > 0, not -1" in result.stderr
    assert "Traceback" not in result.output
    as_json = json.loads(run("criteria", "validate", str(bad), "--json").stdout)
    assert as_json[0]["valid"] is False and as_json[0]["problems"][0]["line"] == line
    assert run("criteria", "validate", str(tmp_path / "missing.yaml")).exit_code == 2


def test_graph_formats(mini_path: Path) -> None:
    text = run("criteria", "graph", str(mini_path), "--lang", "en")
    assert "criteria: 4, domains: 2, prerequisite edges: 2, applicability edges: 1, depth: 2" in text.stdout
    dot = run("criteria", "graph", str(mini_path), "--format", "dot", "--lang", "en")
    assert dot.stdout.startswith("// mini@2026.1:") and "digraph" in dot.stdout
    data = json.loads(run("criteria", "graph", str(mini_path), "--format", "json").stdout)
    assert data["summary"]["depth"] == 2


def test_diff_reports_each_kind_of_change(mini_path: Path, extra_criteria: Path) -> None:
    text = mini_path.read_text(encoding="utf-8")
    for version in ("2026.1", "2026.2"):
        (extra_criteria / "mini").mkdir(exist_ok=True)
        changed = text
        if version == "2026.2":
            changed = changed.replace('version: "2026.1"', 'version: "2026.2"')
            changed = changed.replace("en: Training}", "en: Staff training}")
            changed, _ = set_criterion_field(changed, "MINI-GOV-02", "weight", "3")
            changed, _ = set_criterion_field(changed, "MINI-GRV-01", "must_pass", "{at_least: 1}")
        (extra_criteria / "mini" / f"{version}.yaml").write_text(changed, encoding="utf-8")
    result = run("criteria", "diff", "mini@2026.1", "mini@2026.2", "--json")
    assert result.exit_code == 0, result.output
    d = json.loads(result.stdout)
    assert d["reworded"] == {"MINI-GOV-02": ["title"]}
    assert d["reweighted"] == {"MINI-GOV-02": {"old": 1.0, "new": 3.0}}
    assert d["gates_changed"] == {"MINI-GRV-01": {"old": None, "new": 1}}
    assert d["added"] == [] and d["removed"] == []
    human = run("criteria", "diff", "mini@2026.1", "mini@2026.2", "--lang", "en")
    assert "~ reweighted MINI-GOV-02: 1 → 3" in human.stdout


def test_schema_is_json_schema_that_accepts_shipped_sets(tmp_path: Path) -> None:
    import jsonschema
    from ruamel.yaml import YAML

    out = tmp_path / "schema.json"
    assert run("criteria", "schema", "-o", str(out)).exit_code == 0
    schema = json.loads(out.read_text(encoding="utf-8"))
    assert schema["title"] == "hria criteria set"
    for path in shipped_set_files():
        data = json.loads(json.dumps(YAML(typ="safe").load(path.read_text(encoding="utf-8")), default=str))
        jsonschema.validate(data, schema)


def test_installed_program_runs_as_a_subprocess(tmp_path: Path) -> None:
    exe = shutil.which("hria")
    assert exe, "the hria command is not installed (pip install -e .)"
    env = {**os.environ, "NO_COLOR": "1"}
    ok = subprocess.run([exe, "criteria", "validate", "--lang", "en"], capture_output=True, text=True,
                        env=env)
    assert ok.returncode == 0, ok.stderr
    assert "invalid" in ok.stdout and ", 0 invalid," in ok.stdout
    bad = tmp_path / "bad.yaml"
    bad.write_text("schema_version: 1\nid: [oops\n", encoding="utf-8")
    result = subprocess.run([exe, "criteria", "validate", str(bad), "--lang", "en"], capture_output=True,
                            text=True,
                            env=env)
    assert result.returncode == 1
    assert result.stderr.startswith(f"{bad}:3:1: YAML syntax error")
    assert "Traceback" not in result.stderr


def test_help_teaches() -> None:
    result = run("criteria", "validate", "--help", "--lang", "en")
    assert result.exit_code == 0
    assert "file:line:col" in result.stdout
    result = run("criteria", "validate", "--help", "--lang", "th")
    assert result.exit_code == 0
    assert "ไฟล์:บรรทัด:คอลัมน์" in result.stdout


def test_published_schema_is_up_to_date() -> None:
    from hria.schema import criteria_set_schema_text

    published = (CRITERIA / "criteria-set.schema.json").read_text(encoding="utf-8")
    hint = "run: hria criteria schema -o criteria/criteria-set.schema.json"
    assert published == criteria_set_schema_text(), hint


def test_diff_reports_a_change_to_sampling_alone() -> None:
    # business 2026.2 gave BIZ-POL-01 a sampling rule and changed nothing else of its wording
    result = run("criteria", "diff", "business@2026.1", "business@2026.2", "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["reworded"]["BIZ-POL-01"] == ["sampling"]
