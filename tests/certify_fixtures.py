"""Shared set-up for certification tests: a registry, keys and many certifiable assessments."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from hria.models.assessment import registration_check_digit
from tests.conftest import REPO

CASES = REPO / "tests" / "cases"


@dataclass
class World:
    root: Path
    env: dict[str, str]
    key: Path
    pub: Path
    registry: Path
    scheme: Path


def registration_number(n: int) -> str:
    first12 = f"0105{n:08d}"
    return first12 + str(registration_check_digit(first12))


def make_world(root: Path, base_env: dict[str, str]) -> World:
    criteria = root / "criteria"
    for case in ("perfect", "gate_failed"):
        target = criteria / f"case_{case}" / "2026.1.yaml"
        target.parent.mkdir(parents=True)
        shutil.copy(CASES / case / "criteria.yaml", target)
    env = {**base_env, "HRIA_CRITERIA_PATH": str(criteria), "HRIA_REGISTRY": str(root / "reg.sqlite3"),
           "NO_COLOR": "1", "HRIA_ACTOR": "CB01-OFFICE", "HRIA_DECIDED_BY": "DEC-1",
           "HRIA_LANG": "en"}  # the tests quote English output; Thai runs pass --lang th
    keys = root / "keys"
    world = World(root, env, keys / "CB01.key", keys / "CB01.pub", root / "reg.sqlite3", keys / "scheme.json")
    hria("keys", "init", "--body", "CB01", "--dir", str(keys), env=env)
    # The scheme owner: a root, CB01's PDF-signing certificate, the signed scheme file beside the keys.
    hria("keys", "init-root", "--dir", str(root / "root"), env=env)
    hria("keys", "issue-body", "--body", "CB01", "--name", "Example Certification Body", "--root",
         str(root / "root"), "--dir", str(keys), env=env)
    draft = root / "scheme.yaml"
    draft.write_text("verification_url: https://verify.example.org/hria\nlist_freshness_days: 7\nbodies:\n"
                     "  - {id: CB01, name_th: สถาบันรับรองตัวอย่าง, name_en: Example Certification Body,\n"
                     "     keys: [{public_key: keys/CB01.pub, valid_from: 2020-01-01,\n"
                     "             valid_until: 2035-12-31}]}\n",
                     encoding="utf-8")
    hria("keys", "sign-scheme", str(draft), "--root", str(root / "root"), "-o", str(world.scheme), env=env)
    hria("registry", "add-body", "CB01", "--name-th", "สถาบันรับรองตัวอย่าง", "--name-en",
         "Example Certification Body", "--pubkey", str(world.pub), env=env)
    hria("registry", "add-auditor", "AUD-1", "--name", "สมศรี ใจดี", "--body", "CB01", "--scope",
         "business", env=env)
    hria("registry", "add-auditor", "DEC-1", "--name", "ผู้ตัดสิน", "--body", "CB01", "--scope",
         "business", env=env)
    return world


def hria(*args: str, env: dict[str, str], check: bool = True) -> subprocess.CompletedProcess[str]:
    exe = shutil.which("hria")
    assert exe, "hria is not installed"
    return subprocess.run([exe, *args], capture_output=True, text=True, env=env, check=check)


def write_assessments(folder: Path, count: int, start: int = 0, refused: int = 0) -> list[Path]:
    """``count`` certifiable organisations (distinct names and numbers), plus ``refused`` that fail a gate."""
    folder.mkdir(parents=True, exist_ok=True)
    perfect = (CASES / "perfect" / "answers.yaml").read_text(encoding="utf-8")
    failing = (CASES / "gate_failed" / "answers.yaml").read_text(encoding="utf-8")
    paths = []
    for i in range(start, start + count + refused):
        text = perfect if i < start + count else failing
        text = text.replace("บริษัท ตัวอย่าง จำกัด", f"บริษัท ตัวอย่างที่ {i} จำกัด")
        text = text.replace("Example Company Limited", f"Example Company {i} Limited")
        text = text.replace('registration_number: "0105536000003"',
                            f'registration_number: "{registration_number(i)}"')
        path = folder / f"org-{i:05d}.yaml"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def write_manifest(path: Path, assessments: list[Path]) -> Path:
    lines = ["assessment,body,auditor"] + [f"{a.relative_to(path.parent)},CB01,AUD-1" for a in assessments]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
