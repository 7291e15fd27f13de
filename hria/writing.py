"""Atomic file writes: a temp file in the same folder, fsync, then rename over the target."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_bytes_atomic(path: Path, data: bytes, mode: int = 0o644) -> None:
    """Readers see either the old file or the whole new one, never a half-written file."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    dir_fd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


def write_text_atomic(path: Path, text: str, mode: int = 0o644) -> None:
    write_bytes_atomic(path, text.encode("utf-8"), mode)


SPREADSHEET_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
"""What makes Excel, LibreOffice or Sheets read a CSV cell as a formula (OWASP, CSV injection)."""


def spreadsheet_cell(value: object) -> object:
    """A CSV cell that a spreadsheet shows as text: one starting with = + - @ tab or CR gets a
    leading apostrophe, as OWASP advises; numbers and other text are left as they are. The data
    dictionary (docs/data-dictionary.md) tells readers of the CSV files about the apostrophe."""
    if isinstance(value, str) and value.startswith(SPREADSHEET_TRIGGERS):
        return "'" + value
    return value


def spreadsheet_row(row: dict[str, object]) -> dict[str, object]:
    return {key: spreadsheet_cell(value) for key, value in row.items()}
