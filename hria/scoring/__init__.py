"""Scoring assessments against criteria sets: pure functions, exact arithmetic, no I/O.

``compile_set`` prepares a set once; ``score`` turns one assessment into a
``Result`` with its decision, every number's explanation and a corrective-action
plan. See criteria/README.md ("How scores work") and docs/result-format.md.
"""

from hria.scoring.compiled import CompiledSet, compile_set
from hria.scoring.engine import ENGINE_VERSION, score
from hria.scoring.result import Result

__all__ = ["ENGINE_VERSION", "CompiledSet", "Result", "compile_set", "score"]
