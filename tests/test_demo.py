"""The README's main job: `hria demo` scores, reports, certifies and verifies the bundled examples."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

from pypdf import PdfReader

from tests.conftest import contains


def test_demo_runs_the_whole_path(tmp_path: Path) -> None:
    exe = shutil.which("hria")
    assert exe
    out = tmp_path / "demo"
    env = {**os.environ, "NO_COLOR": "1"}
    result = subprocess.run([exe, "demo", "--out", str(out), "--lang", "en"], capture_output=True, text=True,
                            env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "✓ gov@2026.1: 47 criteria" in result.stdout
    assert "✓ gov@2026.2: 67 criteria, 15 domains, 20 prerequisite edges, 17 gates" in result.stdout
    assert "→ certified at the Basic level: overall 70.42 (the level needs 60)" in result.stdout
    assert "→ must-pass criterion EDU-SAF-01 is at 1, needs 2: not certified" in result.stdout
    assert ("→ non-negotiable EDU-SAF-02 (Victim-centred handling of sexual-harassment cases) is at 1"
            in result.stdout)
    assert "verified offline: valid" in result.stdout
    assert result.stdout.count("EDU-SAF-01 is at 1") == 1
    assert "no certificate, for the reasons above" in result.stdout  # said once, not twice
    stem = "gov-provincial-office.assessment"
    thai = PdfReader(out / f"{stem}.report.th.pdf")
    assert contains(thai.pages[0].extract_text(), "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดน่าน")
    verified = subprocess.run([exe, "verify", str(out / f"{stem}.certificate.pdf"), "--scheme",
                               str(out / "keys" / "scheme.json"), "--registry",
                               str(out / "registry.sqlite3")],
                              capture_output=True, text=True, env=env)
    assert verified.returncode == 0, verified.stdout
    again = subprocess.run([exe, "demo", "--out", str(out)], capture_output=True, text=True, env=env)
    assert again.returncode == 0 and "DEMO-CB-2569-000001" in again.stdout  # rerun reuses the certificate
    assert "→ เกณฑ์ที่ต้องผ่าน EDU-SAF-01 ได้ 1 ต้องได้อย่างน้อย 2" in again.stdout  # Thai by default
    assert "ไม่ออกใบรับรอง ด้วยเหตุผลข้างต้น" in again.stdout


def test_demo_with_a_population_runs_again_on_the_same_folder(tmp_path: Path) -> None:
    """bash scripts/demo adds a fictional population; running it twice keeps the first one."""
    exe = shutil.which("hria")
    assert exe
    out = tmp_path / "demo"
    env = {**os.environ, "NO_COLOR": "1"}
    first = subprocess.run([exe, "demo", "--out", str(out), "--lang", "en", "--population", "60"],
                           capture_output=True, text=True, env=env)
    assert first.returncode == 0, first.stdout + first.stderr
    filled = re.search(r"3\. Fictional population: (\d+) assessments, (\d+) certificates", first.stdout)
    assert filled and int(filled[1]) >= 60 and int(filled[2]) > 0, first.stdout
    again = subprocess.run([exe, "demo", "--out", str(out), "--lang", "en", "--population", "60"],
                           capture_output=True, text=True, env=env)
    assert again.returncode == 0, again.stdout + again.stderr
    assert "3. Fictional population: kept the one already in the registry" in again.stdout
