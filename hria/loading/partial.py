"""What is left of a criteria file once the list items with model errors are set aside.

Validation stops at the model: a file with a bad weight and an unknown domain used to
report the weight, and the domain only on the next run. Setting aside the criteria,
domains and levels that fail the model leaves a set the cross-reference checks can
still read, so one run reports every problem. Findings about a set-aside item's id
would only echo its model error, so they are left out.
"""

from __future__ import annotations

import copy
from typing import Any

from pydantic import ValidationError

from hria.loading.yaml_source import YamlDocument
from hria.models.criteria import CriteriaSet

_LISTS = ("criteria", "domains", "levels")


def checkable_rest(doc: YamlDocument) -> tuple[CriteriaSet, YamlDocument, set[str]] | None:
    """(the set without its faulty items, a document locating paths in the original file, their
    ids), or None when a fault lies outside those lists (a missing title, a bad scale)."""
    if not isinstance(doc.data, dict):
        return None
    data = copy.deepcopy(doc.data)
    kept = {key: list(range(len(data[key]))) for key in _LISTS if isinstance(data.get(key), list)}
    set_aside: set[str] = set()
    for _ in range(5):
        try:
            cs = CriteriaSet.model_validate(data)
        except ValidationError as exc:
            faulty = {(loc[0], loc[1]) for err in exc.errors() if len(loc := err["loc"]) >= 2
                      and loc[0] in kept and isinstance(loc[1], int)}
            if not faulty or len(faulty) < len({err["loc"][:2] for err in exc.errors()}):
                return None
            for key, i in sorted(faulty, reverse=True):
                item = data[key].pop(i)
                kept[key].pop(i)
                if isinstance(item, dict) and isinstance(item.get("id"), str):
                    set_aside.add(item["id"])
            continue
        return cs, _relocated(doc, kept), set_aside
    return None


def _relocated(doc: YamlDocument, kept: dict[str, list[int]]) -> YamlDocument:
    """Positions of the shortened lists' items at their places in the original file."""
    positions: dict[Any, tuple[int, int]] = {}
    for path, where in doc.positions.items():
        if len(path) >= 2 and path[0] in kept and isinstance(path[1], int):
            if path[1] not in kept[str(path[0])]:
                continue
            path = (path[0], kept[str(path[0])].index(path[1]), *path[2:])
        positions[path] = where
    return YamlDocument(doc.file, None, positions)
