"""The glossary keeps Thai terms consistent across sets: no shipped set uses an avoided word."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import CRITERIA, shipped_set_files

GLOSSARY = CRITERIA / "glossary.md"


def _rows() -> list[tuple[str, str, list[str]]]:
    rows = []
    for line in GLOSSARY.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 4 and cells[0] not in ("English", "---"):
            avoid = [w.strip() for w in cells[2].split("/") if w.strip()]
            rows.append((cells[0], cells[1], avoid))
    return rows


def test_glossary_has_the_core_terms() -> None:
    english = {row[0] for row in _rows()}
    assert len(english) >= 40
    assert {"remedy", "rights-holders", "human rights defenders", "migrant workers"} <= english
    assert all(re.search("[\u0e00-\u0e7f]", thai) for _, thai, _ in _rows())


@pytest.mark.parametrize("path", shipped_set_files(), ids=lambda p: f"{p.parent.name}@{p.stem}")
def test_no_set_uses_an_avoided_term(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    used = {(english, word) for english, _, avoid in _rows() for word in avoid if word in text}
    assert used == set(), f"use the glossary's term instead: {sorted(used)}"
