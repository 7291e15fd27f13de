"""`--help` in the language of the run: every command and option has its Thai and English help in
the catalogue (hria/cli/help_texts*.py), no entry is stale, and Thai help reads as Thai."""

from __future__ import annotations

import os
import re
import subprocess

import pytest
import typer.main

from hria.cli.app import app
from hria.cli.help_texts import HELP, texts_of

# Words that stay as they are in Thai help: names of formats, standards, software and bodies.
_KEPT = {
    "HRIA", "NHRC", "UNGP", "UNGPs", "DIHR", "UPR", "PDF", "PDF/A", "PAdES", "YAML", "JSON", "CSV",
    "HTML", "Excel", "SQLite", "PostgreSQL", "URL", "SME", "X.509", "Ed25519", "SHA-256", "ILO", "OHCHR",
    "Chromium", "WeasyPrint", "dot", "mermaid", "th", "en", "tmux", "ok",
}
# What is code or data rather than words: `code`, --options, UPPER metavars, paths and file names,
# URLs, ids such as GOV-CUS-01, SET@VERSION.
# (File names first, so that BODY.key is one name rather than BODY. and a word "key".)
_CODE = re.compile(r"`[^`]*`|\S+\.(?:yaml|pdf|xlsx|json|csv|html|db|key|pem)\b"
                   r"|--?[a-z][\w-]*|\b[A-Z][A-Z0-9_@.\[\]|-]+\b|\S+/\S*"
                   r"|\w+://\S+|\b\w+@[\w.]+|\b[a-z]+_[a-z_]+\b")
_ENGLISH_WORD = re.compile(r"\b[A-Za-z]{3,}\b")


def _tree():
    return list(texts_of(typer.main.get_command(app)))


def test_every_command_and_option_has_help_in_both_languages() -> None:
    missing = [key for item, key, shared in _tree() if key not in HELP and (shared not in HELP)]
    assert missing == []
    empty = [key for key, (th, en) in HELP.items() if not th.strip() or not en.strip()]
    assert empty == []


def test_no_help_text_is_stale() -> None:
    used = {key if key in HELP else shared for _item, key, shared in _tree()}
    assert sorted(set(HELP) - used) == []


def test_thai_help_is_thai() -> None:
    english = {}
    for key, (th, _en) in HELP.items():
        words = [w for w in _ENGLISH_WORD.findall(_CODE.sub(" ", th)) if w not in _KEPT]
        if words:
            english[key] = words
    assert english == {}


def _help(*args: str, lang: str) -> str:
    env = {**os.environ, "COLUMNS": "100", "HRIA_LANG": lang}
    result = subprocess.run(["hria", *args, "--help"], capture_output=True, text=True, env=env, check=False)
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.mark.parametrize("command", [(), ("registry",), ("registry", "list"), ("score",), ("verify",),
                                     ("certify", "batch"), ("questionnaire", "export")])
def test_help_is_said_in_the_language_of_the_run(command: tuple[str, ...]) -> None:
    thai = _help(*command, lang="th")
    english = _help(*command, lang="en")
    assert "วิธีใช้: hria" in thai and "แสดงข้อความนี้แล้วออก" in thai
    for frame in ("Usage:", "Options", "Show this message", "[OPTIONS]", "[required]", "[default:"):
        assert frame not in thai
    assert "Usage: hria" in english and "Show this message and exit." in english
    key = " ".join(command) or "hria"
    first_th, first_en = (part.split("\n")[0].split(".")[0][:30] for part in HELP[key])
    assert first_th in thai and first_en in english


def test_lang_on_the_command_line_chooses_the_help_language() -> None:
    env = {**os.environ, "COLUMNS": "100"}
    env.pop("HRIA_LANG", None)
    result = subprocess.run(["hria", "score", "--help", "--lang", "en"], capture_output=True, text=True,
                            env=env, check=False)
    assert result.returncode == 0 and HELP["score"][1].split("\n")[0][:40] in result.stdout
