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
    (folder / "dup.yaml").write_text("a: 1\na: 2\n", encoding="utf-8")
    (folder / "notes.txt").write_text("hello\n", encoding="utf-8")
    (folder / "forged.pdf").write_bytes(b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
    (folder / "unknown-criterion.yaml").write_text(
        text.replace("criterion: GOV-GOV-01", "criterion: GOV-GOV-99", 1), encoding="utf-8")
    both = text.replace("- criterion: GOV-GOV-01\n  value: 3\n", "- criterion: GOV-GOV-01\n  value: 3\n"
                        "  not_applicable: {reason: ไม่มีนโยบาย}\n", 1)
    (folder / "value-and-na.yaml").write_text(both, encoding="utf-8")
    old = re.sub(r"version: '?2026\.\d'?", "version: '1999.1'", text, count=1)
    (folder / "old-version.yaml").write_text(old, encoding="utf-8")
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
    (["criteria", "coverage", "gov"], 0),
    (["criteria", "coverage"], 1),  # the test sets under HRIA_CRITERIA_PATH have gaps
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
    (["criteria", "coverage", "nosuch"], 2),
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
    (["certify", "batch", ".", "--out", "batch-out", "--key", "KEY"], 2),
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


def test_the_registry_in_thai_says_nothing_in_english(tmp_path: Path) -> None:
    """A body's and a certificate's life through `hria registry … --lang th` on SQLite: what each
    command says when it works, and when the registry refuses."""
    import datetime as dt
    from dataclasses import replace

    from hria import signing
    from hria.certificates.issuing import signer
    from hria.registry import open_registry, today
    from tests.registry_fixtures import make_registry_world
    from tests.test_registry import draft

    world = make_registry_world("sqlite", tmp_path, None)
    key = signing.load_private_key(world.keys["CB01"])
    registry = open_registry(world.locations["CB01"])
    record, _ = registry.issue(replace(draft(today() - dt.timedelta(days=40)),
                                       key_id=signing.key_id(key.public_key()), surveillance_months=1,
                                       backdate_reason="ทดสอบ"), signer(key))
    registry.close()
    serial = record.serial
    world.hria("keys", "init", "--body", "CB01-NEXT", "--dir", str(tmp_path / "next"), check=True)
    export = tmp_path / "list.json"
    steps: list[tuple[list[str], int]] = [
        (["registry", "show", serial], 0),
        (["registry", "complaint", serial, "--summary", "สัญญาจ้างไม่เป็นธรรม"], 0),
        (["registry", "close-complaint", "1", "--outcome", "dismissed", "--reason", "ไม่มีหลักฐาน"], 0),
        (["registry", "close-complaint", "1", "--outcome", "upheld", "--reason", "อีกครั้ง"], 2),
        (["registry", "close-complaint", "99", "--outcome", "upheld", "--reason", "ไม่มีเรื่องนี้"], 2),
        (["registry", "list", "--due"], 0),
        (["registry", "suspend-overdue"], 0),
        (["registry", "suspend", serial, "--reason", "ซ้ำ"], 2),
        (["registry", "surveillance", serial, "--result", "passed", "--auditor", "AUD-1", "--on",
          "30/13/2569",
          "--reason", "ตรวจ"], 2),
        (["registry", "surveillance", serial, "--result", "passed", "--auditor", "AUD-1", "--reason",
          "ตรวจ ณ สถานที่"], 0),
        (["registry", "surveillance", "CB01-2569-999999", "--result", "passed", "--auditor", "AUD-1",
          "--reason", "ตรวจ"], 2),
        (["registry", "show", serial], 0),
        (["registry", "show", "CB01-2569-999999"], 2),
        (["registry", "rotate-key", "CB01", "--pubkey", str(world.pub("CB01")), "--reason", "ซ้ำ"], 2),
        (["registry", "rotate-key", "CB01", "--pubkey", str(tmp_path / "next" / "CB01-NEXT.pub"), "--reason",
          "ครบรอบ"], 0),
        (["registry", "keys", "CB01"], 0),
        (["registry", "keys", "CB99"], 2),
        (["registry", "compromise-key", "CB01", "nosuchkey", "--from", today().isoformat(), "--reason",
          "รั่ว"], 2),
        (["registry", "declare-conflict", "AUD-1", "--organisation", "0105536000003", "--reason", "ญาติ"], 0),
        (["registry", "declare-conflict", "AUD-1", "--organisation", "0105536000003", "--reason", "ญาติ"], 2),
        (["registry", "erase-person", "AUD-2", "--reason", "คำขอตาม พ.ร.บ. คุ้มครองข้อมูลส่วนบุคคล"], 0),
        (["registry", "erase-person", "AUD-9", "--reason", "คำขอ"], 2),
        (["registry", "accreditation", "CB02", "suspended", "--reason", "ตรวจพบข้อบกพร่อง"], 0),
        (["registry", "accreditation", "CB02", "suspended", "--reason", "ซ้ำ"], 2),
        (["registry", "accreditation", "CB02", "accredited", "--reason", "แก้ไขแล้ว"], 0),
        (["registry", "export", "-o", str(export), "--key", str(world.keys["CB01"]), "--body", "CB01"], 0),
        (["registry", "check-log"], 0),
        (["registry", "check-log", "--against", str(export)], 0),
        (["registry", "check-log", "--against", "0" * 64], 1),
        (["registry", "incentives", "example-sec-disclosure", "-o", str(tmp_path / "eligible.csv")], 0),
        (["registry", "incentives", "no-such", "-o", str(tmp_path / "none.csv")], 2),
        (["registry", "migrate", "--from", str(tmp_path / "nowhere.sqlite3"), "--to", "postgresql://db/x"],
         2),
        (["dashboard", "build", "-o", str(tmp_path / "site"), "--scheme", str(world.scheme), "--key",
          str(world.keys["CB01"]), "--body", "CB01"], 0),
        (["dashboard", "build", "-o", str(tmp_path / "site"), "--scheme", str(world.scheme)], 2),
    ]
    for args, code in steps:
        who = "nhrc" if args[1] in ("accreditation", "erase-person") else "CB01"
        result = world.hria(*args, "--lang", "th", who=who)
        said = result.stdout + result.stderr
        assert result.returncode == code, (args, said)
        assert "Traceback" not in said
        found = english_words(said, tmp_path, "Example Co., Ltd.", "Body CB01", "Body CB02")
        assert found == set(), (args, [line for line in said.splitlines()
                                       if english_words(line, tmp_path, "Example Co., Ltd.")])
    shown = world.hria("registry", "show", serial, "--lang", "th", check=True).stdout
    assert "เลยกำหนดตรวจติดตามตั้งแต่" in shown and "ตรวจติดตามแล้ว" in shown and "ไม่ฟังขึ้น" in shown
    english = world.hria("registry", "show", serial, "--lang", "en", check=True).stdout
    assert "surveillance overdue since" in english and "complaint 1 received" in english


def test_coverage_names_responses_and_themes_in_thai(world: World, place: Path) -> None:
    """`criteria coverage`: Thailand's response and the theme of each recommendation and
    paragraph by their Thai names; a UPR theme as its author wrote it is data, with the seed
    theme it counts as."""
    thai = _run(world, place, "criteria", "coverage", "gov", "--lang", "th")
    assert thai.returncode == 0, thai.stderr
    assert "UPR รอบที่ 2 ข้อ 158.49 (Sweden, ไทยรับ, ธุรกิจกับสิทธิมนุษยชน)" in thai.stdout
    assert "CRC/C/THA/CO/3-4 ย่อหน้า 44 (CRC, กลุ่มชาติพันธุ์และบุคคลไร้สัญชาติ)" in thai.stdout
    stateless = __import__("hria.loading.vocabulary", fromlist=["x"]).load_vocabulary().topic(
        "statelessness", "th")
    assert f"UPR รอบที่ 3: {stateless} (ไม่มีเลข) นับเป็นประเด็น: กลุ่มชาติพันธุ์และบุคคลไร้สัญชาติ" in thai.stdout
    assert "CAT/C/THA/CO/1 ย่อหน้า 21 (ไม่อยู่ในบัญชี)" in thai.stdout
    english = _run(world, place, "criteria", "coverage", "gov", "--lang", "en")
    assert "UPR cycle 2 158.49 (Sweden, supported, business_human_rights)" in english.stdout
    assert "CRC/C/THA/CO/3-4 para. 44 (CRC, ethnic_stateless)" in english.stdout
    assert "UPR cycle 3: statelessness (no number) counted as: ethnic_stateless" in english.stdout
    gaps = _run(world, place, "criteria", "coverage", "--lang", "th")  # the test sets have gaps
    assert gaps.returncode == 1
    assert "case_perfect@2026.1: ไม่มีเกณฑ์เรื่อง เสรีภาพในการแสดงออก การสมาคม และการชุมนุม, " in gaps.stdout
    assert "expression_assembly" not in gaps.stdout


# (arguments, Thai that must be said, English said with --lang en): paths that printed English
# in a Thai run before their texts moved into the catalogue.
SAID = [
    (["score", "dup.yaml"], "dup.yaml:2:1: คีย์ 'a' ซ้ำ", "dup.yaml:2:1: duplicate key 'a'"),
    (["score", "unknown-criterion.yaml"], "ไม่รู้จักเกณฑ์ 'GOV-GOV-99': ไม่มีใน gov@2026.2 หมายถึง GOV-GOV-04 หรือไม่",
     "unknown criterion 'GOV-GOV-99': not in gov@2026.2; did you mean GOV-GOV-04?"),
    (["score", "old-version.yaml"], "การประเมินระบุ gov@1999.1 แต่ gov ไม่มีฉบับ 1999.1",
     "the assessment names gov@1999.1, but gov has no version 1999.1"),
    (["score", "value-and-na.yaml"],
     "คำตอบของ GOV-GOV-01: ให้ค่าคะแนนหรือ not_applicable อย่างใดอย่างหนึ่ง ไม่ใช่ทั้งสอง",
     "answer to GOV-GOV-01: give a value or not_applicable, not both"),
    (["verify", "forged.pdf", "--scheme", "SCHEME"], "forged.pdf: เป็น PDF ที่อ่านไม่ได้ (โครงสร้าง PDF เสียหาย)",
     "forged.pdf: not a readable PDF (PdfReadError)"),
    (["verify", "certificate.pdf", "--scheme", "notes.txt"],
     "notes.txt: ใช้เป็นไฟล์โครงการรับรองไม่ได้ (ไม่ใช่ JSON ที่ถูกต้อง)",
     "notes.txt: not a usable scheme file (JSONDecodeError)"),
    (["keys", "sign-scheme", "notes.txt", "--root", "ROOT", "-o", "s.json"],
     "notes.txt: ไม่ใช่ร่างไฟล์โครงการรับรอง (โครงสร้างข้อมูลไม่ถูกต้อง)", "notes.txt: not a scheme draft (TypeError"),
    (["keys", "sign-scheme", "nowhere.yaml", "--root", "ROOT", "-o", "s.json"],
     "nowhere.yaml: ไม่ใช่ร่างไฟล์โครงการรับรอง (ไม่พบไฟล์หรือโฟลเดอร์)",
     "nowhere.yaml: not a scheme draft (FileNotFoundError"),
    (["certify", "PERFECT", "--body", "CB01", "--auditor", "AUD-1", "--key", "notes.txt", "-o", "x.pdf"],
     "อ่านกุญแจส่วนตัว notes.txt ไม่ได้: ไม่ใช่ไฟล์ PEM ที่อ่านได้",
     "cannot read private key notes.txt: not a readable PEM file"),
    (["criteria", "stats", "gov"], "อ้างอิงประเภท กฎหมายไทย", "references: Thai law"),
    (["criteria", "calibrate", "gov", "--samples", "20"], "จงใจหาช่องโหว่", "adversarial"),
]


@pytest.mark.parametrize(("args", "thai", "english"), SAID, ids=[" ".join(a) for a, _, _ in SAID])
def test_what_a_thai_run_says_instead(world: World, place: Path, args: list[str], thai: str,
                                      english: str) -> None:
    given = {"SCHEME": str(world.scheme), "ROOT": str(world.root / "root"),
             "PERFECT": str(REPO / "tests" / "cases" / "perfect" / "answers.yaml")}
    args = [given.get(a, a) for a in args]
    th = _run(world, place, *args, "--lang", "th")
    en = _run(world, place, *args, "--lang", "en")
    assert th.returncode == en.returncode
    said_th, said_en = th.stdout + th.stderr, en.stdout + en.stderr
    assert thai in said_th and english in said_en, (said_th, said_en)
    assert english_words(said_th, place, world.root, *REFERENCES) == set(), said_th
    assert english not in said_th


def test_a_batch_in_thai_says_its_progress_and_reasons_in_thai(world: World, place: Path) -> None:
    """summary.csv keeps the English reason (logs and scripts read one language) and gives the
    officer the same reason in Thai beside it."""
    import csv

    cases = REPO / "tests" / "cases"
    manifest = place / "batch.csv"
    manifest.write_text("assessment,body,auditor\n"
                        f"{cases / 'gate_failed' / 'answers.yaml'},CB01,AUD-1\n"
                        "nowhere.yaml,CB01,AUD-1\n", encoding="utf-8")
    out = place / "batch-th"
    result = _run(world, place, "certify", "batch", str(manifest), "--out", str(out), "--key",
                  str(world.key), "--lang", "th")
    assert result.returncode == 1, result.stdout + result.stderr
    said = result.stdout + result.stderr
    assert "ไม่ออก 1 · ผิดพลาด 1" in said
    assert english_words(said, place, world.root) == set(), said
    with (out / "summary.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert rows[0]["reason"].startswith("must-pass criterion CASE-GOV-01 is at 2, needs 3")
    assert rows[0]["reason_th"].startswith("เกณฑ์ที่ต้องผ่าน CASE-GOV-01 ได้ 2 ต้องได้อย่างน้อย 3")
    assert rows[1]["reason"] == "nowhere.yaml: file not found"
    assert rows[1]["reason_th"] == "nowhere.yaml: ไม่พบไฟล์"
