"""Atomic file writes: a temp file in the same folder, fsync, then rename over the target.

``write_files_atomic`` does the same for many files at once (a batch's certificates): their
fsyncs run side by side, so the file system commits them together, and each folder is synced
once. One by one, two fsyncs a file cost 7-11 ms of waiting per certificate on a busy disk.

A temp file is named ``.<target>.hria-<pid>-<random>.tmp``: the process id says who owns it,
so a later run removes only hria's temp files whose owner has died (a kill -9 mid-write),
never one a live process is writing and never a user's own file that happens to end in .tmp.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import suppress
from pathlib import Path

_TEMP = re.compile(r"^\.(?P<target>.+)\.hria-(?P<pid>\d+)-[^/]*\.tmp$")


def temp_prefix(target: str) -> str:
    """The start of the name of a temp file this process writes before renaming it to ``target``."""
    return f".{target}.hria-{os.getpid()}-"


def stale_temp_files(folder: Path, target: str | None = None) -> Iterator[Path]:
    """hria temp files in ``folder`` (for ``target`` only, if given) whose owning process is gone."""
    try:
        entries = list(folder.iterdir())
    except OSError:
        return
    for path in entries:
        m = _TEMP.match(path.name)
        if m and (target is None or m["target"] == target) and not _alive(int(m["pid"])):
            yield path


def remove_stale_temp_files(folder: Path, target: str | None = None) -> int:
    removed = 0
    for path in stale_temp_files(folder, target):
        path.unlink(missing_ok=True)
        removed += 1
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, ValueError):
        return True  # someone else's process: not ours to judge
    return True


def write_bytes_atomic(path: Path, data: bytes, mode: int = 0o644) -> None:
    """Readers see either the old file or the whole new one, never a half-written file."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=temp_prefix(path.name), suffix=".tmp")
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


_OPEN_AT_ONCE = 64
"""Temp files a call keeps open (and syncs together) at a time."""


def write_files_atomic(files: Sequence[tuple[Path, bytes]], mode: int = 0o644) -> None:
    """``write_bytes_atomic`` for each (path, data), fsyncs together: every file is whole on disk
    before any of them is renamed into place; a process killed on the way leaves only temp files
    (``remove_stale_temp_files``) and the files renamed so far, each complete."""
    if len(files) > _OPEN_AT_ONCE:
        for start in range(0, len(files), _OPEN_AT_ONCE):
            write_files_atomic(files[start:start + _OPEN_AT_ONCE], mode)
        return
    temps: list[tuple[int, str, Path]] = []
    try:
        for path, data in files:
            path = Path(path)
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=temp_prefix(path.name), suffix=".tmp")
            temps.append((fd, tmp, path))
            with os.fdopen(fd, "wb", closefd=False) as fh:
                fh.write(data)
            os.fchmod(fd, mode)
        if len(temps) > 1:
            with ThreadPoolExecutor(min(16, len(temps))) as pool:
                list(pool.map(os.fsync, [fd for fd, _, _ in temps]))
        else:
            for fd, _, _ in temps:
                os.fsync(fd)
        while temps:
            fd, tmp, path = temps.pop(0)
            os.close(fd)
            try:
                os.replace(tmp, path)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
    except BaseException:
        for fd, tmp, _ in temps:
            with suppress(OSError):
                os.close(fd)
            Path(tmp).unlink(missing_ok=True)
        raise
    for folder in dict.fromkeys(Path(path).parent for path, _ in files):
        dir_fd = os.open(folder, os.O_RDONLY)
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


def spreadsheet_unrow(row: dict[str, str]) -> dict[str, str]:
    """A row as written before ``spreadsheet_row`` guarded it: the leading apostrophe removed."""
    return {key: value[1:] if isinstance(value, str) and value.startswith("'")
            and value[1:].startswith(SPREADSHEET_TRIGGERS) else value for key, value in row.items()}
