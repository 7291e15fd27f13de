"""Scoring assessments against criteria sets: pure functions, exact arithmetic, no I/O.

``compile_set`` prepares a set once; ``score`` turns one assessment into a
``Result`` with its decision, every number's explanation and a corrective-action
plan. See criteria/README.md ("How scores work") and docs/result-format.md.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from hria.scoring.compiled import CompiledSet, compile_set
    from hria.scoring.engine import ENGINE_VERSION, score
    from hria.scoring.result import Result

__all__ = ["ENGINE_VERSION", "CompiledSet", "Result", "compile_set", "score"]

# Loaded on first use: the message catalogue (hria.scoring.texts) is imported at start-up by the
# CLI, and the engine below it imports networkx, which `hria --help` must not pay for.
_HOME = {"CompiledSet": "compiled", "compile_set": "compiled", "ENGINE_VERSION": "engine",
         "score": "engine", "Result": "result"}


def __getattr__(name: str) -> Any:
    if name not in _HOME:
        raise AttributeError(f"module 'hria.scoring' has no attribute {name!r}")
    return getattr(importlib.import_module(f"hria.scoring.{_HOME[name]}"), name)
