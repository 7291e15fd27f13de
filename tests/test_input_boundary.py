"""The input boundary through the real `hria` program: every bad file, string and path ends in
one located line on stderr and exit 2, never a traceback, and nothing is expanded or run."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from hria.loading.limits import MAX_PROBLEMS_SHOWN
from tests.conftest import REPO

EXAMPLE = REPO / "examples" / "gov-provincial-office.assessment.yaml"
GOV = REPO / "criteria" / "gov" / "2026.1.yaml"


def run(*args: str, cwd: Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    exe = shutil.which("hria")
    assert exe
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "200", "HRIA_LANG": "en"}
    return subprocess.run([exe, *args], cwd=cwd, capture_output=True, text=True, env=env,
                          input=stdin, timeout=120)


def refused(result: subprocess.CompletedProcess[str]) -> str:
    """The one line a refusal prints (and that it printed nothing else)."""
    assert "Traceback" not in result.stderr + result.stdout
    assert result.returncode == 2, (result.returncode, result.stderr[-500:])
    lines = result.stderr.splitlines()
    assert len(lines) == 1, lines[:5]
    return lines[0]


def example(tmp_path: Path, old: str, new: str, name: str = "a.yaml") -> Path:
    text = EXAMPLE.read_text(encoding="utf-8")
    assert re.search(old, text, flags=re.M)
    path = tmp_path / name
    path.write_text(re.sub(old, lambda _: new, text, count=1, flags=re.M), encoding="utf-8")
    return path


def line_of(path: Path, needle: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(lines, 1) if needle in line)


def test_impossible_date_is_refused_at_its_line_and_column(tmp_path: Path) -> None:
    path = example(tmp_path, r"^assessed_on: .*$", "assessed_on: 2026-02-30")
    line = refused(run("score", path.name, cwd=tmp_path))
    assert line == (f"a.yaml:{line_of(path, 'assessed_on')}:14: 2026-02-30 is not a real date "
                    f"(day is out of range for month)")


def test_alias_bomb_is_refused_before_it_is_expanded_and_not_printed(tmp_path: Path) -> None:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for prev, name in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    (tmp_path / "bomb.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert len((tmp_path / "bomb.yaml").read_bytes()) < 500
    line = refused(run("score", "bomb.yaml", cwd=tmp_path))
    assert line == "bomb.yaml:6:26: aliases expand this document past 500,000 values; refused"
    assert "lol" not in line


@pytest.mark.parametrize("text", ["a: " + "[" * 10_000 + "]" * 10_000 + "\n", "- " * 10_000 + "x\n"],
                         ids=["flow", "block"])
def test_ten_thousand_deep_nesting_is_refused_without_recursion_error(tmp_path: Path, text: str) -> None:
    (tmp_path / "deep.yaml").write_text(text, encoding="utf-8")
    line = refused(run("score", "deep.yaml", cwd=tmp_path))
    assert re.fullmatch(r"deep\.yaml:1:\d+: nested more than 64 levels deep", line)


@pytest.mark.parametrize(("value", "message"), [
    ('!!int "3"', "YAML tag !!int is not allowed"),
    ("!!float 3", "YAML tag !!float is not allowed"),
    ("!!set {a, b}", "YAML tag !!set is not allowed"),
    ("!custom 3", "YAML tag !custom is not allowed"),
    ("1" * 4300, "integer with 4,300 digits; at most 18 allowed"),
])
def test_tags_and_huge_integers_are_refused_where_they_are(tmp_path: Path, value: str, message: str) -> None:
    path = example(tmp_path, r"^  employees: .*$", f"  employees: {value}")
    line = refused(run("score", path.name, cwd=tmp_path))
    assert line == f"a.yaml:{line_of(path, 'employees:')}:14: {message}"


@pytest.mark.parametrize(("value", "message"), [
    ("true", "certificate_validity_months: input should be a valid integer"),
    ("'36'", "certificate_validity_months: input should be a valid integer"),
    ("36.0", "certificate_validity_months: input should be a valid integer"),
    ("1e400", "numbers must be finite, not 1e400"),
])
def test_criteria_set_numbers_are_strict(tmp_path: Path, value: str, message: str) -> None:
    text = GOV.read_text(encoding="utf-8")
    path = tmp_path / "c.yaml"
    path.write_text(re.sub(r"(?m)^certificate_validity_months: .*$",
                           lambda _: f"certificate_validity_months: {value}", text), encoding="utf-8")
    result = run("criteria", "validate", "c.yaml", cwd=tmp_path)
    assert "Traceback" not in result.stderr and result.returncode in (1, 2)
    line = line_of(path, "certificate_validity_months")
    assert f"c.yaml:{line}:" in result.stdout + result.stderr and message in result.stdout + result.stderr


def test_infinite_weight_is_refused_not_scored(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    text = GOV.read_text(encoding="utf-8").replace("weight: 12,", "weight: .inf,", 1)
    path.write_text(text, encoding="utf-8")
    result = run("criteria", "validate", "c.yaml", cwd=tmp_path)
    assert f"c.yaml:{line_of(path, 'weight: .inf')}:" in result.stdout + result.stderr
    assert "numbers must be finite, not .inf" in result.stdout + result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(("name", "message"), [
    ('"\\u200b\\u200d"', "text is empty or only invisible characters"),
    ('"Nan\\e]8;;http://evil\\e\\\\"', "control character U+001B is not allowed"),
    ('"[/bold] Nan"', "names are plain text; '[/bold]' looks like terminal markup"),
    ('"[link=http://evil]Nan[/link]"',
     "names are plain text; '[link=http://evil]' looks like terminal markup"),
])
def test_names_that_are_not_plain_visible_text_are_refused(tmp_path: Path, name: str, message: str) -> None:
    path = example(tmp_path, r"^    en: Nan Provincial.*$", f"    en: {name}")
    line = refused(run("score", path.name, cwd=tmp_path))
    assert line.startswith(f"a.yaml:{line_of(path, '    en: ')}:") and line.endswith(message)


def test_names_with_brackets_that_are_not_markup_are_kept(tmp_path: Path) -> None:
    path = example(tmp_path, r"^    en: Nan Provincial.*$", '    en: "ABC [Thailand] (1) =x"')
    result = run("score", path.name, "--lang", "en", cwd=tmp_path)
    assert result.returncode == 0 and "ABC [Thailand] (1) =x" in result.stdout


def test_bad_utf8_and_nul_are_named_by_line_and_column(tmp_path: Path) -> None:
    good = EXAMPLE.read_bytes()
    (tmp_path / "latin.yaml").write_bytes(good.replace(b"assessed_on: ", b"assessed_on: \xe9", 1))
    line = refused(run("score", "latin.yaml", cwd=tmp_path))
    assert line == f"latin.yaml:{line_of(EXAMPLE, 'assessed_on')}:14: not UTF-8 text (byte 0xe9)"
    (tmp_path / "nul.yaml").write_bytes(good.replace(b"assessed_on: ", b"assessed_on: \0", 1))
    line = refused(run("score", "nul.yaml", cwd=tmp_path))
    assert line == f"nul.yaml:{line_of(EXAMPLE, 'assessed_on')}:14: a NUL character is not allowed in text"


def test_devices_fifos_and_folders_are_refused_up_front(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.yaml")
    assert refused(run("score", "/dev/zero", cwd=tmp_path)) == (
        "/dev/zero: is not a regular file (a device, FIFO or socket); refused")
    assert refused(run("score", "pipe.yaml", cwd=tmp_path)) == (
        "pipe.yaml: is not a regular file (a device, FIFO or socket); refused")
    assert refused(run("score", ".", cwd=tmp_path)) == ".: is a folder, not a file"


def test_unreadable_file_is_one_line(tmp_path: Path) -> None:
    path = example(tmp_path, r"^assessed_on: .*$", "assessed_on: 2026-10-15")
    path.chmod(0)
    if os.access(path, os.R_OK):
        pytest.skip("running as a user who can read any file")
    assert refused(run("score", path.name, cwd=tmp_path)) == "a.yaml: permission denied"


def test_a_long_list_of_problems_is_cut_with_a_count(tmp_path: Path) -> None:
    extra = "".join(f"unknown_{i}: 1\n" for i in range(MAX_PROBLEMS_SHOWN + 70))
    (tmp_path / "many.yaml").write_text(EXAMPLE.read_text(encoding="utf-8") + extra, encoding="utf-8")
    result = run("score", "many.yaml", cwd=tmp_path)
    lines = result.stderr.splitlines()
    assert result.returncode == 2 and len(lines) == MAX_PROBLEMS_SHOWN + 1
    assert lines[-1] == f"… and 70 more problems (the first {MAX_PROBLEMS_SHOWN} are shown)"


def test_garbage_given_to_verify_is_one_line(tmp_path: Path) -> None:
    garbage = "".join(chr(c) for c in range(1, 300) if c not in (0,))[:300]
    line = refused(run("verify", garbage, cwd=tmp_path))
    assert line.startswith("error: ") and "\x1b" not in line and len(line) < 2000


def test_keys_lists_pdfs_and_manifests_that_are_devices_or_fifos_are_refused(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe")
    not_regular = "is not a regular file (a device, FIFO or socket); refused"
    os.mkfifo(tmp_path / "pipe.pdf")
    assert "pipe.pdf: not a regular file" in refused(run("verify", "pipe.pdf", cwd=tmp_path))
    assert refused(run("certify", "batch", "pipe", "--out", "out", "--body", "CB01", "--auditor", "A",
                       cwd=tmp_path)) == f"pipe: {not_regular}"


def test_a_registry_that_is_a_folder_or_not_a_database_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "notes.sqlite3").write_text("hello\n", encoding="utf-8")
    assert refused(run("registry", "list", "--registry", "notes.sqlite3", cwd=tmp_path)) == (
        "error: notes.sqlite3: not an hria registry (SQLite database) (file is not a database)")
    assert refused(run("registry", "list", "--registry", str(tmp_path), cwd=tmp_path)) == (
        f"error: {tmp_path}: is a folder, not a registry file")
