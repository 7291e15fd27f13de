"""Certification through the installed program: single issue, batches, crashes and concurrency."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.certify_fixtures import World, hria, make_world, write_assessments, write_manifest
from tests.conftest import REPO


@pytest.fixture
def world(tmp_path: Path) -> World:
    return make_world(tmp_path, dict(os.environ))


def _serial_numbers(world: World) -> list[int]:
    rows = json.loads(hria("registry", "list", "--json", env=world.env).stdout)
    return sorted(int(r["serial"].rsplit("-", 1)[1]) for r in rows)


def test_single_certificate_issue_refusal_and_rerun(world: World) -> None:
    out = world.root / "cert.pdf"
    answers = str(REPO / "tests" / "cases" / "perfect" / "answers.yaml")
    first = hria("certify", answers, "--body", "CB01", "--auditor", "AUD-1", "--key", str(world.key),
                 "-o", str(out), env=world.env)
    assert "issued CB01-" in first.stdout and out.exists()
    assert f"verify: hria verify {out} --scheme {world.scheme}" in " ".join(first.stdout.split())
    again = hria("certify", answers, "--body", "CB01", "--auditor", "AUD-1", "--key", str(world.key),
                 "-o", str(out), env=world.env)
    assert "already issued" in again.stdout
    assert _serial_numbers(world) == [1]
    failing = str(REPO / "tests" / "cases" / "gate_failed" / "answers.yaml")
    refused = hria("certify", failing, "--body", "CB01", "--auditor", "AUD-1", "--key", str(world.key),
                   env=world.env, check=False)
    assert refused.returncode == 1
    assert "refused: must-pass criterion CASE-GOV-01" in refused.stderr
    verified = hria("verify", str(out), "--scheme", str(world.scheme), "--registry", str(world.registry),
                    env=world.env, check=False)
    assert verified.returncode == 0, verified.stdout


def test_auditor_outside_scope_is_refused(world: World) -> None:
    hria("registry", "add-auditor", "AUD-2", "--name", "Narong", "--body", "CB01", "--scope",
         "local_administration", env=world.env)
    result = hria("certify", str(REPO / "tests" / "cases" / "perfect" / "answers.yaml"), "--body", "CB01",
                  "--auditor", "AUD-2", "--key", str(world.key), env=world.env, check=False)
    assert result.returncode == 1
    assert "auditor AUD-2 is not accredited for business (scope: local_administration)" in result.stderr


def test_batch_reports_bad_items_without_stopping(world: World) -> None:
    paths = write_assessments(world.root / "a", 6, refused=2)
    broken = world.root / "a" / "broken.yaml"
    broken.write_text("schema_version: 1\norganisation: [\n", encoding="utf-8")
    manifest = write_manifest(world.root / "manifest.csv", [*paths, broken])
    result = hria("certify", "batch", str(manifest), "--out", str(world.root / "out"), "--key",
                  str(world.key), "--json", env=world.env, check=False)
    assert result.returncode == 1
    data = json.loads(result.stdout)
    assert data["counts"] == {"issued": 6, "existing": 0, "refused": 2, "error": 1}
    assert "YAML syntax error" in data["items"][-1]["reason"]
    summary = (world.root / "out" / "summary.csv").read_text(encoding="utf-8")
    assert summary.count(",issued,") == 6 and summary.count(",refused,") == 2
    listed = json.loads((world.root / "out" / "summary.json").read_text(encoding="utf-8"))
    assert listed == data["items"] and [i["index"] for i in listed] == list(range(9))  # manifest order
    assert not list((world.root / "out").glob(".summary*"))  # temporary files renamed into place
    assert _serial_numbers(world) == list(range(1, 7))


def test_batch_killed_and_rerun_ends_with_exactly_one_certificate_each(world: World) -> None:
    paths = write_assessments(world.root / "a", 200)
    manifest = write_manifest(world.root / "manifest.csv", paths)
    out = world.root / "out"
    args = ["batch", str(manifest), "--out", str(out), "--key", str(world.key)]
    proc = subprocess.Popen(["hria", "certify", *args], env=world.env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and len(list(out.glob("*.pdf"))) < 30:
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    killed_at = len(list(out.glob("*.pdf")))
    assert 30 <= killed_at < 200, killed_at
    rerun = hria("certify", *args, "--json", env=world.env)
    counts = json.loads(rerun.stdout)["counts"]
    assert counts["issued"] + counts["existing"] == 200 and counts["refused"] == counts["error"] == 0
    assert _serial_numbers(world) == list(range(1, 201))  # no duplicates, no gaps
    pdfs = sorted(out.glob("*.pdf"))
    assert len(pdfs) == 200 and not list(out.glob(".*.tmp"))
    for pdf in pdfs[::20]:
        assert "hria-certificate.json" in PdfReader(pdf).attachments


def test_two_concurrent_batches_never_share_a_serial(world: World) -> None:
    first = write_assessments(world.root / "a", 40, start=0)
    second = write_assessments(world.root / "b", 40, start=1000)
    procs = [
        subprocess.Popen(["hria", "certify", "batch", str(write_manifest(world.root / f"m{i}.csv", paths)),
                          "--out", str(world.root / f"out{i}"), "--key", str(world.key)],
                         env=world.env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        for i, paths in enumerate((first, second))
    ]
    for p in procs:
        assert p.wait(timeout=300) == 0, p.stderr.read() if p.stderr else ""
    assert _serial_numbers(world) == list(range(1, 81))
    assert hria("registry", "check-log", env=world.env).returncode == 0
