"""What hria writes is safe where it lands, and batches share folders safely — through the real CLI:
spreadsheet cells never become formulas, a second batch into one folder is refused, temp files
are cleaned only by their owner, workers die quietly with their parent, Ctrl-C says what was kept."""

from __future__ import annotations

import csv
import fcntl
import io
import json
import os
import re
import signal
import subprocess
import time
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.certify_fixtures import World, hria, make_world, write_assessments, write_manifest
from tests.conftest import REPO

EXAMPLE = REPO / "examples" / "gov-provincial-office.assessment.yaml"
PERFECT = REPO / "tests" / "cases" / "perfect" / "answers.yaml"
HYPERLINK = '=HYPERLINK("http://evil.example","x")'

ENGLISH = {**os.environ, "HRIA_LANG": "en"}
"""Messages these tests quote are the English ones."""


@pytest.fixture
def world(tmp_path: Path) -> World:
    return make_world(tmp_path, ENGLISH)


def _formula_example(tmp_path: Path) -> Path:
    text = EXAMPLE.read_text(encoding="utf-8")
    name = "    en: Nan Provincial Office of Social Development and Human Security (fictional example)"
    text = text.replace(name, f"    en: '{HYPERLINK}'", 1)
    text = text.replace("  value: 3\n", "  value: 3\n  notes: \"=cmd|' /C calc'!A0\"\n", 1)
    path = tmp_path / "formula.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def _export(tmp_path: Path, env: dict[str, str]) -> Path:
    out = tmp_path / "form.xlsx"
    hria("questionnaire", "export", "gov", "-f", "xlsx", "-o", str(out), "--lang", "en", "--prefill",
         str(_formula_example(tmp_path)), env=env)
    return out


def test_exported_form_types_formula_like_data_as_text(tmp_path: Path) -> None:
    wb = load_workbook(_export(tmp_path, ENGLISH))
    cells = {c.value: c.data_type for ws in wb.worksheets for row in ws.iter_rows() for c in row
             if isinstance(c.value, str) and c.value.startswith("=")}
    assert cells == {HYPERLINK: "s", "=cmd|' /C calc'!A0": "s"}


def test_import_refuses_a_formula_in_an_answer_cell_and_never_reads_its_cached_value(tmp_path: Path) -> None:
    path = _export(tmp_path, ENGLISH)
    wb = load_workbook(path)
    wb.worksheets[2]["E5"] = '=LEFT("3 - done",1)'
    wb.save(path)
    result = hria("questionnaire", "import", str(path), "-o", str(tmp_path / "back.yaml"),
                  env=ENGLISH, check=False)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    sheet = wb.worksheets[2].title
    assert f"{sheet}!E5: a formula is not accepted in an answer cell; type the value itself" in result.stderr


def test_a_sheet_stuffed_with_rows_is_refused_in_one_line(tmp_path: Path) -> None:
    path = _export(tmp_path, ENGLISH)
    wb = load_workbook(path)
    ws = wb.worksheets[2]
    for row in range(ws.max_row + 1, 12_001):
        ws.cell(row=row, column=1, value="X")
    wb.save(path)
    result = hria("questionnaire", "import", str(path), "-o", str(tmp_path / "b.yaml"), env=ENGLISH,
                  check=False)
    assert result.returncode == 2 and result.stderr.count("\n") == 1
    assert f"{ws.title}!A10001: the sheet has 12,000 rows; a form has at most 10,000" in result.stderr
    # a workbook that unpacks to more than any form: refused before openpyxl builds it
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr("xl/padding.bin", b"\0" * (17 * 1024 * 1024))
    result = hria("questionnaire", "import", str(path), "-o", str(tmp_path / "b.yaml"), env=ENGLISH,
                  check=False)
    assert result.returncode == 2 and result.stderr.count("\n") == 1
    assert "the workbook unpacks to" in result.stderr


def test_csv_files_for_spreadsheets_neutralise_formula_cells(world: World) -> None:
    # registry export: an organisation whose English name is a formula
    answers = world.root / "formula.yaml"
    answers.write_text(PERFECT.read_text(encoding="utf-8").replace(
        "en: Example Company Limited", f"en: '{HYPERLINK}'"), encoding="utf-8")
    hria("certify", str(answers), "--body", "CB01", "--auditor", "AUD-1", "--key", str(world.key),
         "-o", str(world.root / "c.pdf"), env=world.env)
    hria("registry", "export", "-o", str(world.root / "public.csv"), "--format", "csv",
         "--key", str(world.key), "--body", "CB01", env=world.env)
    rows = list(csv.DictReader(io.StringIO((world.root / "public.csv").read_text(encoding="utf-8"))))
    assert rows[0]["organisation_en"] == "'" + HYPERLINK
    # the public list still verifies the certificate
    verified = hria("verify", str(world.root / "c.pdf"), "--scheme", str(world.scheme), "--list",
                    str(world.root / "public.csv"), env=world.env, check=False)
    assert verified.returncode == 0, verified.stdout
    # batch summary.csv: an item whose error message starts with "="
    (world.root / "=cmd.yaml").write_text("schema_version: [\n", encoding="utf-8")
    manifest = world.root / "m.csv"
    manifest.write_text("assessment,body,auditor\n=cmd.yaml,CB01,AUD-1\n", encoding="utf-8")
    result = subprocess.run(["hria", "certify", "batch", "m.csv", "--out", "out", "--key", str(world.key)],
                            cwd=world.root, env=world.env, capture_output=True, text=True)
    assert result.returncode == 1
    row = next(csv.DictReader(io.StringIO((world.root / "out" / "summary.csv").read_text(encoding="utf-8"))))
    assert row["reason"].startswith("'=cmd.yaml:")


def _hold_lock(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    fd = os.open(out / ".hria-batch.lock", os.O_RDWR | os.O_CREAT)
    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    os.pwrite(fd, b"4242\n", 0)
    return fd


def test_a_second_batch_into_the_same_folder_is_refused_clearly(world: World) -> None:
    manifest = write_manifest(world.root / "m.csv", write_assessments(world.root / "a", 2))
    out = world.root / "out"
    fd = _hold_lock(out)
    try:
        result = hria("certify", "batch", str(manifest), "--out", str(out), "--key", str(world.key),
                      env=world.env, check=False)
    finally:
        os.close(fd)
    assert result.returncode == 2
    assert result.stderr == (f"error: {out} is in use by another batch (process 4242); wait for it to "
                             f"finish, or give another --out\n")
    assert not list(out.glob("*.pdf"))
    assert hria("certify", "batch", str(manifest), "--out", str(out), "--key", str(world.key),
                env=world.env).returncode == 0


def test_only_hria_temp_files_of_dead_runs_are_removed(world: World) -> None:
    manifest = write_manifest(world.root / "m.csv", write_assessments(world.root / "a", 2))
    out = world.root / "out"
    out.mkdir()
    dead = subprocess.Popen(["true"])
    dead.wait()
    mine = [out / "notes.tmp", out / ".draft.pdf.abc.tmp", out / f".x.pdf.hria-{os.getpid()}-live.tmp"]
    stale = [out / f".CB01-2026-000009.pdf.hria-{dead.pid}-k3j.tmp",
             out / f".summary.csv.hria-{dead.pid}-run.tmp"]
    for path in mine + stale:
        path.write_text("keep me", encoding="utf-8")
    hria("certify", "batch", str(manifest), "--out", str(out), "--key", str(world.key), env=world.env)
    assert all(p.exists() for p in mine) and not any(p.exists() for p in stale)


def _batch(world: World, count: int, jobs: int) -> tuple[subprocess.Popen[bytes], Path, Path]:
    manifest = write_manifest(world.root / "m.csv", write_assessments(world.root / "a", count))
    out, err = world.root / "out", world.root / "stderr.txt"
    with err.open("wb") as fh:
        proc = subprocess.Popen(["hria", "certify", "batch", str(manifest), "--out", str(out), "--key",
                                 str(world.key), "--jobs", str(jobs)], env=world.env,
                                stdout=subprocess.DEVNULL, stderr=fh, start_new_session=True)
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline and len(list(out.glob("*.pdf"))) < 5:
        time.sleep(0.05)
    assert list(out.glob("*.pdf")), err.read_text(encoding="utf-8")
    return proc, out, err


def test_workers_end_quietly_when_the_batch_is_killed(world: World) -> None:
    proc, _out, err = _batch(world, 300, jobs=2)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            os.killpg(proc.pid, 0)  # any worker left in the batch's process group?
        except ProcessLookupError:
            break
        time.sleep(0.1)
    else:
        os.killpg(proc.pid, signal.SIGKILL)
        pytest.fail("workers outlived their parent")
    text = err.read_text(encoding="utf-8", errors="replace")
    assert "Traceback" not in text and "BrokenPipeError" not in text


def test_ctrl_c_says_what_was_kept_and_how_to_finish(world: World) -> None:
    proc, out, err = _batch(world, 300, jobs=1)
    proc.send_signal(signal.SIGINT)
    assert proc.wait(timeout=120) == 130
    lines = err.read_text(encoding="utf-8").splitlines()
    last = lines[-1]
    assert "Traceback" not in "\n".join(lines)
    assert last.startswith("interrupted: ") and "certificate PDF(s) are in" in last
    assert "Run the same command again to finish: nothing is issued twice" in last
    rerun = hria("certify", "batch", str(world.root / "m.csv"), "--out", str(out), "--key", str(world.key),
                 env=world.env)
    assert rerun.returncode == 0 and len(list(out.glob("*.pdf"))) == 300


def test_resuming_an_interview_removes_its_dead_saves_temp_files(tmp_path: Path) -> None:
    from hria.interview import store

    session = tmp_path / "session.yaml"
    session.write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    dead = subprocess.Popen(["true"])
    dead.wait()
    stale = tmp_path / f".session.yaml.hria-{dead.pid}-x1.tmp"
    other = tmp_path / ".session.yaml.mine.tmp"
    for p in (stale, other):
        p.write_text("half", encoding="utf-8")
    store.load(session)
    assert not stale.exists() and other.exists()


def test_markup_in_a_criteria_set_is_printed_as_text(tmp_path: Path) -> None:
    case = REPO / "tests" / "cases" / "gate_failed"
    folder = tmp_path / "criteria" / "case_gate_failed"
    folder.mkdir(parents=True)
    title = "[/bold][link=http://evil.example]click[/link]"
    criteria = (case / "criteria.yaml").read_text(encoding="utf-8").replace(
        "en: Human-rights policy}", f'en: "{title}"}}', 1)
    (folder / "2026.1.yaml").write_text(criteria, encoding="utf-8")
    env = {**os.environ, "HRIA_CRITERIA_PATH": str(tmp_path / "criteria"), "NO_COLOR": "1", "COLUMNS": "300"}
    shown = hria("criteria", "show", str(folder / "2026.1.yaml"), "--json", env=env).stdout
    content_hash = json.loads(shown)["content_hash"]
    answers = re.sub(r"content_hash: \S+", f"content_hash: {content_hash}",
                     (case / "answers.yaml").read_text(encoding="utf-8"))
    (tmp_path / "a.yaml").write_text(answers, encoding="utf-8")
    result = hria("score", str(tmp_path / "a.yaml"), "--lang", "en", env=env, check=False)
    assert result.returncode == 1 and "Traceback" not in result.stderr  # not certified: a failed gate
    assert title in result.stdout
    assert "\x1b]8;" not in result.stdout  # no live link
