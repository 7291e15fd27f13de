"""Break a copy of a real criteria file at one known place.

Each helper edits the YAML text and returns the 1-based line it changed, found
by searching the text, not by asking hria's parser — so a test that expects
that line checks the parser rather than repeating it.
"""

from __future__ import annotations

import re


def _lines(text: str) -> list[str]:
    return text.splitlines()


def _join(lines: list[str]) -> str:
    return "\n".join(lines) + "\n"


def criterion_block(lines: list[str], criterion_id: str) -> tuple[int, int, int]:
    """(index of the `- id: X` line, index after the block, indent of its keys)."""
    pattern = re.compile(rf"^(\s*)- id: ['\"]?{re.escape(criterion_id)}['\"]?\s*$")
    for i, line in enumerate(lines):
        m = pattern.match(line)
        if m:
            dash = len(m.group(1))
            end = i + 1
            while end < len(lines):
                stripped = lines[end].lstrip()
                indent = len(lines[end]) - len(stripped)
                if stripped and not stripped.startswith("#") and indent <= dash:
                    break
                end += 1
            return i, end, dash + 2
    raise LookupError(criterion_id)


def set_criterion_field(text: str, criterion_id: str, key: str, value: str) -> tuple[str, int]:
    """Set ``key: value`` in a criterion's block (replacing a block-style value too)."""
    lines = _lines(text)
    start, end, indent = criterion_block(lines, criterion_id)
    prefix = " " * indent + f"{key}:"
    for i in range(start, end):
        if lines[i].startswith(prefix) or (i == start and lines[i].lstrip("- ").startswith(f"{key}:")):
            if i == start:
                break
            j = i + 1
            while j < end and (len(lines[j]) - len(lines[j].lstrip()) > indent or not lines[j].strip()):
                j += 1
            lines[i:j] = [f"{prefix} {value}"]
            return _join(lines), i + 1
    lines.insert(start + 1, f"{prefix} {value}")
    return _join(lines), start + 2


def remove_criterion_field(text: str, criterion_id: str, key: str) -> str:
    lines = _lines(text)
    start, end, indent = criterion_block(lines, criterion_id)
    prefix = " " * indent + f"{key}:"
    for i in range(start + 1, end):
        if lines[i].startswith(prefix):
            j = i + 1
            while j < end and len(lines[j]) - len(lines[j].lstrip()) > indent:
                j += 1
            del lines[i:j]
            return _join(lines)
    raise LookupError(key)


def replace_top_level(text: str, key: str, value: str) -> tuple[str, int]:
    lines = _lines(text)
    for i, line in enumerate(lines):
        if line.startswith(f"{key}:"):
            lines[i] = f"{key}: {value}"
            return _join(lines), i + 1
    raise LookupError(key)


def insert_after_top_level(text: str, key: str, new_line: str) -> tuple[str, int]:
    lines = _lines(text)
    for i, line in enumerate(lines):
        if line.startswith(f"{key}:"):
            lines.insert(i + 1, new_line)
            return _join(lines), i + 2
    raise LookupError(key)


def delete_top_level(text: str, key: str) -> str:
    lines = _lines(text)
    return _join([line for line in lines if not line.startswith(f"{key}:")])


def line_of(text: str, pattern: str, last: bool = False) -> int:
    found = [i + 1 for i, line in enumerate(_lines(text)) if re.search(pattern, line)]
    if not found:
        raise LookupError(pattern)
    return found[-1] if last else found[0]
