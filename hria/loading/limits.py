"""The input boundary: every limit on what hria reads, stated once, and the checks that apply them.

Everything read from a file, a cell or a string passes through here before it is parsed:
a file must be a regular file (a FIFO or /dev/zero would hang or fill memory) under a size
limit; its text must be UTF-8 without NUL or other characters YAML forbids; the YAML tree is
bounded in depth and in what its aliases expand to; numbers are finite and of bounded size.
A problem is reported with file:line:col, never as a traceback.
"""

from __future__ import annotations

import os
import re
import stat
import unicodedata
from pathlib import Path

from hria.error_texts import ERRORS
from hria.errors import InvalidInput, Problem, display_path

MAX_FILE_BYTES = 20 * 1024 * 1024
"""Largest YAML, CSV or key file read (a 250 kB criteria set is a large one)."""
MAX_XLSX_BYTES = 50 * 1024 * 1024
"""Largest workbook read (compressed; openpyxl's own zip-bomb guard applies inside)."""
MAX_XLSX_UNPACKED = 16 * 1024 * 1024
"""Largest a workbook may unpack to (a 300-question form is about 1 MB): checked before openpyxl
builds it, which takes ~30 times that in memory."""
MAX_PDF_BYTES = 50 * 1024 * 1024
"""Largest certificate PDF read by `hria verify` (a certificate is about 100 kB)."""
MAX_KEY_BYTES = 64 * 1024
"""Largest key file (an Ed25519 PEM is under 200 bytes)."""
MAX_DEPTH = 64
"""Deepest nesting of mappings and lists in a YAML document (ours need fewer than 10)."""
MAX_EXPANDED_VALUES = 500_000
"""Most values a YAML document may hold once its aliases are expanded (the alias-bomb bound)."""
MAX_INT_DIGITS = 18
"""Longest integer literal: every count, weight and score fits; 4,300 digits does not."""
MAX_PROBLEMS_SHOWN = 50
"""Problems printed for one run; the rest are counted in one last line."""
MAX_SHEET_ROWS = 10_000
"""Rows read from a questionnaire sheet (a set has a few hundred criteria)."""
MAX_SHOWN_CHARS = 80
"""Longest piece of user input quoted back in a message."""

# YAML 1.2 allows tab, LF, CR, printable ASCII, NEL and the printable Unicode ranges only.
_FORBIDDEN = re.compile("[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def where_in_text(text: str, index: int) -> tuple[int, int]:
    """1-based (line, col) of the character at ``index``."""
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


def read_input_bytes(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of a regular file under ``limit``; FIFOs, devices and folders refused up front."""
    name = display_path(path)
    try:
        # O_NONBLOCK: opening a FIFO with no writer must not hang before we can look at it.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise _one(name, "file.not_found") from None
    except IsADirectoryError:
        raise _one(name, "file.folder") from None
    except OSError as exc:
        raise _one(name, *os_error(exc)) from None
    try:
        _check_kind(name, os.fstat(fd), limit)
        chunks = []
        total = 0
        while chunk := os.read(fd, 1 << 20):
            total += len(chunk)
            if total > limit:  # grew while we read it
                raise _one(name, "file.over_limit", limit=f"{limit:,}")
            chunks.append(chunk)
        return b"".join(chunks)
    except OSError as exc:
        raise _one(name, *os_error(exc)) from None
    finally:
        os.close(fd)


def check_input_file(path: Path, limit: int = MAX_FILE_BYTES) -> None:
    """Refuse, before a library opens it by name, a path that is not a regular file under ``limit``."""
    name = display_path(path)
    try:
        info = path.stat()
    except FileNotFoundError:
        raise _one(name, "file.not_found") from None
    except OSError as exc:
        raise _one(name, *os_error(exc)) from None
    _check_kind(name, info, limit)


def _check_kind(name: str, info: os.stat_result, limit: int) -> None:
    if stat.S_ISDIR(info.st_mode):
        raise _one(name, "file.folder")
    if not stat.S_ISREG(info.st_mode):
        raise _one(name, "file.not_regular")
    if info.st_size > limit:
        raise _one(name, "file.too_big", size=f"{info.st_size:,}", limit=f"{limit:,}")


def decode_text(data: bytes, name: str) -> str:
    """UTF-8 text (a BOM dropped), NFC-normalised; a bad byte or a NUL named by line and column."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        good = data[: exc.start].decode("utf-8", errors="replace")
        line, col = where_in_text(good, len(good))
        raise InvalidInput([Problem.said(name, line, col, "file.not_utf8", byte=f"{data[exc.start]:02x}")]) \
            from None
    text = text.removeprefix("\ufeff")
    check_characters(text, name)
    return unicodedata.normalize("NFC", text)


def check_characters(text: str, name: str) -> None:
    """Refuse NUL and the control characters YAML does not allow, at their line and column."""
    bad = _FORBIDDEN.search(text)
    if bad is None:
        return
    line, col = where_in_text(text, bad.start())
    char = bad.group()
    problem = Problem.said(name, line, col, "file.nul") if char == "\0" else \
        Problem.said(name, line, col, "file.control", char=f"{ord(char):04X}")
    raise InvalidInput([problem])


def os_message(exc: OSError) -> str:
    """An OS error in words, without Python's errno prefix."""
    return (exc.strerror or type(exc).__name__).rstrip(".").lower()


def os_error(exc: OSError) -> tuple[str, dict[str, str]]:
    """An OS error as a catalogue code and its values: "os.ENOENT", or "os.other" in the system's words."""
    import errno

    name = errno.errorcode.get(exc.errno or -1, "")
    if f"os.{name}" in ERRORS:
        return f"os.{name}", {}
    return "os.other", {"reason": os_message(exc)}


def shown(value: object, limit: int = MAX_SHOWN_CHARS) -> str:
    """User input quoted back in a message: one line, control characters escaped, at most ``limit``."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "…" + text[-2:]


def _one(name: str, code: str, values: dict[str, str] | None = None, **more: str) -> InvalidInput:
    return InvalidInput([Problem.said(name, None, None, code, **(values or {}), **more)])
