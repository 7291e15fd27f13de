"""The built wheel carries the data folders, so an installed hria needs no checkout."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from tests.conftest import REPO, shipped_set_files


def test_wheel_ships_criteria_and_vocabulary(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(tmp_path), str(REPO)],
        check=True, capture_output=True,
    )
    wheel = next(tmp_path.glob("hria-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "hria/_data/criteria/vocabulary.yaml" in names
    for path in shipped_set_files():
        assert f"hria/_data/criteria/{path.parent.name}/{path.name}" in names
    assert "hria/cli/app.py" in names
