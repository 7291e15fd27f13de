"""Many files written atomically at once: whole files or none, no temp files left behind."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from hria.writing import write_files_atomic


def test_every_file_is_written_whole_with_its_mode(tmp_path: Path) -> None:
    files = [(tmp_path / "out" / f"CB01-{i:03d}.pdf", os.urandom(1000 + i)) for i in range(150)]
    files.append((tmp_path / "other" / "one.pdf", b"%PDF-1.7 other folder"))
    write_files_atomic(files, mode=0o640)
    for path, data in files:
        assert path.read_bytes() == data
        assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.rglob(".*")) == []  # no temp files


def test_existing_files_are_replaced(tmp_path: Path) -> None:
    target = tmp_path / "a.pdf"
    target.write_bytes(b"old")
    write_files_atomic([(target, b"new")])
    assert target.read_bytes() == b"new"


def test_a_failure_leaves_whole_files_and_no_temp_files(tmp_path: Path) -> None:
    (tmp_path / "b.pdf").mkdir()  # a folder where the second file should go: its rename fails
    (tmp_path / "b.pdf" / "keep").write_bytes(b"x")
    files = [(tmp_path / "a.pdf", b"first"), (tmp_path / "b.pdf", b"second"), (tmp_path / "c.pdf", b"third")]
    with pytest.raises(OSError):
        write_files_atomic(files)
    assert (tmp_path / "a.pdf").read_bytes() == b"first"
    assert not (tmp_path / "c.pdf").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.pdf", "b.pdf"]
