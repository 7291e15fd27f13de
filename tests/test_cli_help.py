"""The small things a first run meets: --version, flags without a type, plain usage lines."""

from __future__ import annotations

import subprocess

from hria import __version__


def _hria(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["hria", *args], capture_output=True, text=True, check=False,
                          env={"COLUMNS": "100", "PATH": __import__("os").environ["PATH"]})


def test_version_needs_no_command() -> None:
    result = _hria("--version")
    assert result.returncode == 0 and result.stdout == f"hria {__version__}\n"


def test_flags_show_no_type_and_usage_names_arguments_plainly() -> None:
    text = _hria("report", "--help", "--lang", "en").stdout
    assert "Usage: hria report [OPTIONS] ASSESSMENT" in text
    assert "<bool>" not in text and "{" not in text
    assert "--pdfa " in text and "<path>" in text  # options that take a value still say what


def test_registry_export_to_a_csv_file_writes_csv(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import os

    from tests.certify_fixtures import make_world

    world = make_world(tmp_path, dict(os.environ))
    out = tmp_path / "public.csv"
    result = subprocess.run(["hria", "registry", "export", "-o", str(out), "--key", str(world.key),
                             "--body", "CB01"],
                            capture_output=True, text=True,
                            env=world.env, check=False)
    assert result.returncode == 0, result.stderr
    assert out.read_text(encoding="utf-8").splitlines()[0].startswith("serial")


def test_lang_anywhere_on_the_line_chooses_the_language() -> None:
    """`--lang` is taken by the program and by every command group too, and a command not given it
    speaks the language chosen earlier on the line."""
    assert "Usage: hria registry [OPTIONS] COMMAND" in _hria("registry", "--help", "--lang", "en").stdout
    assert "Usage: hria [OPTIONS] COMMAND" in _hria("--lang", "en", "--help").stdout
    listed = _hria("--lang", "en", "criteria", "list")
    assert listed.returncode == 0 and listed.stdout.startswith("Criteria sets")
    thai = _hria("criteria", "--lang", "th", "list")
    assert thai.returncode == 0 and thai.stdout.startswith("ชุดเกณฑ์การประเมิน")
