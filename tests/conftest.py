from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
CRITERIA = REPO / "criteria"
DATA = Path(__file__).resolve().parent / "data"


def shipped_set_files() -> list[Path]:
    return sorted(p for p in CRITERIA.glob("*/*.yaml") if p.parent.name != "recommendations")


@pytest.fixture
def mini_path() -> Path:
    return DATA / "mini.yaml"


@pytest.fixture
def extra_criteria(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A second criteria folder on HRIA_CRITERIA_PATH, for sets made by a test."""
    folder = tmp_path / "criteria"
    folder.mkdir()
    monkeypatch.setenv("HRIA_CRITERIA_PATH", str(folder))
    return folder


def contains(haystack: str, needle: str) -> bool:
    """``needle`` in text extracted from a PDF, white space aside (lines wrap, extractors space words)."""
    return "".join(needle.split()) in "".join(haystack.split())


from tests.registry_fixtures import pg_cluster  # noqa: E402, F401  (one PostgreSQL cluster per session)
