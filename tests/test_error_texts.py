"""The error catalogue is one: every code the library raises is in it, in Thai and English,
and no part of it quietly overrides another."""

from __future__ import annotations

import re

from hria.error_texts import ERRORS
from hria.error_texts_criteria import CRITERIA_ERRORS
from hria.error_texts_input import INPUT_ERRORS
from hria.error_texts_registry import REGISTRY_ERRORS
from hria.error_texts_rules import RULE_ERRORS
from tests.conftest import REPO

_CODE = re.compile(r'code="([a-z_]+\.[a-z_.]+)"'
                   r'|(?:InvalidValue|\.said|Said)\(\s*(?:[^,()"]+,\s*){0,3}"([a-z_]+\.[a-z_.]+)"')


def test_every_code_the_library_uses_is_in_the_catalogue() -> None:
    used = {a or b for path in (REPO / "hria").rglob("*.py")
            for a, b in _CODE.findall(path.read_text(encoding="utf-8"))}
    assert len(used) > 200
    # file.missing is the example in a docstring
    assert sorted(c for c in used if c not in ERRORS and c != "file.missing") == []


def test_the_parts_of_the_catalogue_do_not_override_each_other() -> None:
    parts = [CRITERIA_ERRORS, INPUT_ERRORS, REGISTRY_ERRORS, RULE_ERRORS]
    for i, part in enumerate(parts):
        for other in parts[i + 1:]:
            assert set(part) & set(other) == set()
    assert all(th.strip() and en.strip() for th, en in ERRORS.values())
    assert all(re.search("[\u0e00-\u0e7f]", th) for th, _ in ERRORS.values() if not th.startswith("{"))
