"""Carry an organisation's own comments from a YAML answers file into a re-exported form.

Lines that start with ``#|`` are the form's own (questions, choices, guidance) and are
written afresh on every export; every other line of a top-level block or of an
answer item — values and the organisation's comments alike — is kept verbatim.
Comment lines just above a key or item belong to it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

MARK = "#|"
_TOP_KEY = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)\s*:")
_ITEM = re.compile(r"^(\s*)-(\s|$)")
_CRITERION = re.compile(r"criterion:\s*[\"']?([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+)")


@dataclass
class Block:
    """A key or list item: the comment lines above it (``lead``) and its own lines (``body``)."""

    lead: list[str] = field(default_factory=list)
    body: list[str] = field(default_factory=list)

    def lines(self, indent_from: int = 0, indent_to: int = 0) -> list[str]:
        """Kept lines (form comments and blank lead lines dropped), re-indented if asked."""
        kept = [ln for ln in self.lead if ln.strip() and not _is_mark(ln)]
        kept += [ln for ln in self.body if not _is_mark(ln)]
        return [_reindent(ln, indent_from, indent_to) for ln in kept]


@dataclass
class CarriedText:
    preamble: list[str]
    blocks: dict[str, Block]
    items: dict[str, Block]
    item_indent: int


def _is_comment(line: str) -> bool:
    stripped = line.strip()
    return not stripped or stripped.startswith("#")


def _is_mark(line: str) -> bool:
    return line.strip().startswith(MARK)


def _reindent(line: str, old: int, new: int) -> str:
    if old == new or not line.startswith(" " * old):
        return line
    return " " * new + line[old:]


def split(text: str) -> CarriedText | None:
    """Split an answers file into its top-level blocks and answer items; None if not block style."""
    preamble: list[str] = []
    blocks: dict[str, Block] = {}
    current: Block | None = None
    pending: list[str] = []
    for line in text.splitlines():
        if line.startswith(("---", "...")):
            continue
        if _is_comment(line):
            pending.append(line)
            continue
        match = _TOP_KEY.match(line)
        if match:
            if current is None:
                preamble, pending = pending, []
            current = blocks[match.group(1)] = Block(lead=pending, body=[line])
        elif current is None:
            return None
        else:
            current.body += [*pending, line]
        pending = []
    if current is not None:
        current.body += [ln for ln in pending if ln.strip()]
    answers = blocks.get("answers")
    items, indent = _items(answers.body[1:]) if answers else ({}, 0)
    if items is None:
        return None
    return CarriedText([ln for ln in preamble if ln.strip() and not _is_mark(ln)], blocks, items, indent)


def _items(lines: list[str]) -> tuple[dict[str, Block] | None, int]:
    items: dict[str, Block] = {}
    indent: int | None = None
    current: Block | None = None
    pending: list[str] = []
    for line in lines:
        if _is_comment(line):
            pending.append(line)
            continue
        match = _ITEM.match(line)
        if match and (indent is None or len(match.group(1)) == indent):
            indent = len(match.group(1))
            current = Block(lead=pending, body=[line])
            items[f"#{len(items)}"] = current
        elif current is None:
            return None, 0  # a flow-style list or something we do not understand
        else:
            current.body += [*pending, line]
        pending = []
    if current is not None:
        current.body += [ln for ln in pending if ln.strip()]
    by_criterion: dict[str, Block] = {}
    for block in items.values():
        found = next((m.group(1) for ln in block.body if (m := _CRITERION.search(ln))), None)
        if found is None or found in by_criterion:
            return None, 0
        by_criterion[found] = block
    return by_criterion, indent or 0
