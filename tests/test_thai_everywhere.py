"""Every command, run as a Thai officer would (`--lang th`, through the installed `hria`),
on its usual success path and its usual mistakes, says nothing in English: no word of a
small list of the words English output is made of ("passed", "error", "required", …).

Paths, ids, option names and commands quoted in a message are data, not words, and are
taken out before looking; so is the organisation's English name on a certificate.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest
from rich.cells import cell_len

from tests.certify_fixtures import World, hria, make_world
from tests.conftest import REPO

EXAMPLE = REPO / "examples" / "gov-provincial-office.assessment.yaml"
ENGLISH = {
    "passed", "failed", "fails", "required", "error", "not_certified", "certified", "valid", "invalid",
    "revoked", "suspended", "expired", "missing", "unknown", "usage", "warning", "found", "expected",
    "must", "cannot", "refused", "issued", "wrote", "problem", "problems", "interrupted", "answer",
    "criterion", "criteria", "question", "questions", "sections", "level", "excellent", "mitigating",
    "applicable", "gate", "gates", "checked", "file", "folder", "exists", "private", "public", "root",
    "signature", "certificate", "scheme", "next", "such", "option", "value", "not", "the", "is", "of",
}
_WORD = re.compile(r"[A-Za-z_]+")
# What a message quotes rather than says: code spans, --options, `hria …` commands, file names.
_QUOTED = re.compile(r"`[^`]*`|--?[a-z][\w-]*|\bhria(?: [a-z-]+){1,2}"
                     r"|[\w./-]+\.(?:ya?ml|pdf|xlsx|json|key|pub|crt)\b")


def _references() -> list[str]:
    """Reference names are data: many international documents have no Thai title."""
    from hria.citing import reference_text
    from hria.criteria_sets import load

    return [reference_text(r, "th") for ref in ("gov", "lao@2026.1", "lao@2026.2")
            for c in load(ref).model.criteria for r in c.references]


REFERENCES = _references()


def english_words(output: str, *data: str | Path) -> set[str]:
    for text in sorted((str(d) for d in data), key=len, reverse=True):
        output = output.replace(text, " ")
    output = _QUOTED.sub(" ", output)
    return {w.lower() for w in _WORD.findall(output)} & ENGLISH


def test_the_check_finds_english_and_lets_data_through() -> None:
    assert english_words("error: k/CB9.key already exists; refusing") == {"error", "exists"}
    assert english_words("ข้อผิดพลาด: ดู `hria score FILE` และ --allow-incomplete, a.yaml") == set()


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    return make_world(tmp_path_factory.mktemp("thai"), {**os.environ, "COLUMNS": "80"})


@pytest.fixture(scope="module")
def place(world: World) -> Path:
    """A working folder with a filled form, a report, a certificate and a few broken inputs."""
    folder = world.root / "work"
    folder.mkdir()
    shutil.copy(EXAMPLE, folder / "assessment.yaml")
    (folder / "broken.yaml").write_text("schema_version: 1\nanswers: [oops\n", encoding="utf-8")
    text = EXAMPLE.read_text(encoding="utf-8")
    province = re.search(r"province: (.+)", text)
    assert province
    (folder / "gotham.yaml").write_text(text.replace(province.group(0), "province: Gotham"), encoding="utf-8")
    (folder / "garbage.xlsx").write_text("not a workbook", encoding="utf-8")
    answers = REPO / "tests" / "cases" / "perfect" / "answers.yaml"
    hria("certify", str(answers), "--body", "CB01", "--auditor", "AUD-1", "--key", str(world.key),
         "-o", str(folder / "certificate.pdf"), env=world.env)
    # what the mistakes below are made with, whichever tests run
    hria("questionnaire", "export", "gov", "-f", "xlsx", "-o", str(folder / "form.xlsx"), env=world.env)
    hria("report", str(folder / "assessment.yaml"), "-o", str(folder / "report.pdf"), env=world.env)
    return folder


# (arguments, exit code); FILE-like words are relative to ``place``.
SUCCESS = [
    (["criteria", "list"], 0),
    (["criteria", "show", "gov"], 0),
    (["criteria", "graph", "gov"], 0),
    (["criteria", "stats", "gov"], 0),
    (["criteria", "diff", "lao@2026.1", "lao@2026.2"], 0),
    (["score", "assessment.yaml"], 0),
    (["score", "assessment.yaml", "--explain", "GOV-GOV-01"], 0),
    (["questionnaire", "list"], 0),
    (["questionnaire", "export", "gov", "-f", "xlsx", "-o", "form.xlsx"], 0),
    (["questionnaire", "export", "gov", "-f", "yaml", "-o", "filled.yaml", "--prefill", "assessment.yaml"],
     0),
    (["questionnaire", "import", "filled.yaml", "-o", "imported.yaml"], 0),
    (["report", "assessment.yaml", "-o", "report.pdf"], 0),
    (["keys", "init", "--body", "CB77", "--dir", "keys"], 0),
    (["keys", "init-root", "--dir", "root"], 0),
    (["keys", "issue-body", "--body", "CB77", "--name", "Body 77", "--root", "root", "--dir", "keys"], 0),
    (["certify", "PERFECT", "--body", "CB01", "--auditor", "AUD-1", "--key", "KEY", "-o", "again.pdf"], 0),
    (["registry", "list"], 0),
]
MISTAKES = [
    (["scor", "assessment.yaml"], 2),
    (["score", "nowhere.yaml"], 2),
    (["score", "broken.yaml"], 2),
    (["score", "gotham.yaml"], 2),
    (["score", "assessment.yaml", "--explain", "GOV-XXX-99"], 2),
    (["score", "--bogus"], 2),
    (["criteria", "show", "nosuch"], 2),
    (["criteria", "show", "gov@1999.1"], 2),
    (["criteria", "validate", "broken.yaml"], 1),
    (["report", "assessment.yaml"], 2),
    (["questionnaire", "export", "gov", "-f", "docx", "-o", "x.docx"], 2),
    (["questionnaire", "import", "garbage.xlsx", "-o", "x.yaml"], 2),
    (["questionnaire", "import", "form.xlsx", "-o", "x.yaml"], 2),
    (["keys", "init", "--body", "CB01", "--dir", "KEYS"], 2),
    (["verify", "nothing-at-all"], 2),
    (["verify", "report.pdf", "--scheme", "SCHEME"], 2),
    (["assess", "--type", "gov"], 2),
    (["certify", "GATE_FAILED", "--body", "CB01", "--auditor", "AUD-1", "--key", "KEY", "-o", "no.pdf"], 1),
    (["certify", "PERFECT", "--body", "CB01", "--auditor", "AUD-1", "--issued-on", "yesterday"], 2),
]


@pytest.mark.parametrize(("args", "code"), SUCCESS + MISTAKES,
                         ids=[" ".join(a) for a, _ in SUCCESS + MISTAKES])
def test_a_thai_run_says_nothing_in_english(world: World, place: Path, args: list[str], code: int) -> None:
    cases = REPO / "tests" / "cases"
    given = {"SCHEME": str(world.scheme), "KEYS": str(world.key.parent), "KEY": str(world.key),
             "PERFECT": str(cases / "perfect" / "answers.yaml"),
             "GATE_FAILED": str(cases / "gate_failed" / "answers.yaml")}
    args = [given.get(a, a) for a in args]
    result = _run(world, place, *args, "--lang", "th")
    assert result.returncode == code, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    found = english_words(result.stdout + result.stderr, place, world.root, *REFERENCES)
    assert found == set(), [line for line in (result.stdout + result.stderr).splitlines()
                            if english_words(line, place, world.root, *REFERENCES)][:5]


def test_verify_in_thai_names_what_it_checked(world: World, place: Path) -> None:
    result = _run(world, place, "verify", "certificate.pdf", "--scheme", str(world.scheme), "--registry",
                  str(world.registry), "--lang", "th")
    assert result.returncode == 0, result.stderr
    # The certificate shows the organisation's English name beside its Thai one: data, not wording.
    assert english_words(result.stdout, place, world.root, "Example Company Limited") == set()


def test_english_is_still_there_when_asked_for(world: World, place: Path) -> None:
    result = _run(world, place, "score", "nowhere.yaml", "--lang", "en")
    assert result.stderr == "nowhere.yaml: file not found\n"
    usage = _run(world, place, "score", "--bogus", "--lang", "en")
    assert usage.stderr == "usage error: no such option: --bogus · see hria score --help\n"
    thai = _run(world, place, "score", "nowhere.yaml")
    assert thai.stderr == "nowhere.yaml: ไม่พบไฟล์\n"


def _run(world: World, place: Path, *args: str):  # type: ignore[no-untyped-def]
    import subprocess

    exe = shutil.which("hria")
    assert exe
    env = {k: v for k, v in world.env.items() if k != "HRIA_LANG"}
    return subprocess.run([exe, *args], cwd=place, capture_output=True, text=True, env=env, timeout=300)


def test_registry_list_keeps_serials_and_dates_whole_at_80_columns(world: World, place: Path) -> None:
    from hria.registry import open_registry

    records = open_registry(str(world.registry)).certificates(None)
    assert records
    for lang in ("th", "en"):
        env = {**world.env, "COLUMNS": "80"}
        result = _run(World(world.root, env, world.key, world.pub, world.registry, world.scheme), place,
                      "registry", "list", "--lang", lang)
        assert result.returncode == 0, result.stderr
        lines = result.stdout.splitlines()
        assert all(cell_len(line.rstrip()) <= 80 for line in lines)
        for r in records:
            row = next(line for line in lines if line.lstrip().startswith(r.serial))
            assert r.expires_on.isoformat() in row
        if lang == "th":
            assert "ดีเยี่ยม" in result.stdout and "ใช้ได้" in result.stdout
            sets = [r.set_ref for r in records]
            assert english_words(result.stdout, "Example Company Limited", *sets) == set()
