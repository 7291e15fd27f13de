"""The corrective-action plan: every gap, ranked by what fixing it alone would change.

For each applicable criterion answered below its maximum, the assessment is
re-scored with that one answer at the maximum (``hria.scoring.whatif``): the
points the overall gains, the must-pass gates that would then pass, the criteria
downstream that it releases (a cap lifted or a question switched on) and the
decision that would follow. Open severe impacts are actions too.

Ranking: an action that alone would raise the level (or certify) comes first,
then the number of gates it passes, the points gained, the criteria it
releases, and the id as a stable tie-break.
"""

from __future__ import annotations

from hria.scoring.compiled import CompiledSet
from hria.scoring.result import Action
from hria.scoring.whatif import Baseline, what_if, without_impact

RankKey = tuple[bool, int, float, int, str, str]


def _rank(current: int, complete: bool, a: Action, level_pos: dict[str | None, int]) -> RankKey:
    changes = complete and level_pos[a.level_after] > current
    # Integer true division is correctly rounded, so it orders like the exact value; gains closer
    # than double precision count as equal and fall to the next key.
    return (not changes, -len(a.gates_passed), -a.gain[0] / a.gain[1], -len(a.unlocks), a.kind, a.target)


def build_plan(cs: CompiledSet, base: Baseline) -> tuple[Action, ...]:
    now = base.now
    ev = now.ev
    actions = [
        what_if(cs, base, c.pos, c.max_value)
        for c in cs.criteria
        if ev.applies[c.pos] and 0 <= ev.raw[c.pos] < c.max_value
    ]
    actions += [without_impact(cs, base, i) for i in now.blocking_impacts]
    level_pos: dict[str | None, int] = {lv.id: lv.pos for lv in cs.levels}
    level_pos[None] = -1
    current = -1 if now.level is None else now.level
    actions.sort(key=lambda a: _rank(current, now.complete, a, level_pos))
    for rank, a in enumerate(actions, start=1):
        object.__setattr__(a, "rank", rank)  # frozen once ranked; cheaper than copying each action
    return tuple(actions)
