"""What the impact register does to a decision.

2026.1 sets have one rule: an impact at or above ``severe_at`` blocks while it is not
mitigated. Sets with an ``impact_register`` rule decide as the DIHR method does:

* an actual impact the organisation caused or contributed to blocks until it is
  remediated, whatever its severity (mitigation stops it happening again; remedy puts
  right what happened);
* an actual impact it is only directly linked to blocks while severe and unresolved;
* a potential impact blocks while unresolved if severity × likelihood reaches the
  set's ``potential_blocks_at``;
* a non-negotiable answered 0 needs an entry in the register naming that criterion.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from hria.models.assessment import Impact
from hria.models.criteria import Rules
from hria.scoring.compiled import CompiledSet
from hria.scoring.texts import Message, message

INVOLVEMENT = {
    "cause": ("ก่อให้เกิด", "caused"),
    "contribute": ("มีส่วนทำให้เกิด", "contributed to"),
    "directly_linked": ("เชื่อมโยงโดยตรงผ่านความสัมพันธ์ทางธุรกิจ", "is directly linked to"),
}


def blocks(rules: Rules, impact: Impact) -> str | None:
    """The reason code if ``impact`` blocks certification under ``rules``, else None."""
    register = rules.impact_register
    severe = impact.severity >= rules.severe_impact.severe_at
    if register is None:
        return f"severe_impact.{rules.severe_impact.effect}" if severe and not impact.resolved else None
    if impact.kind == "actual":
        if impact.involvement in register.remediate_actual:
            return "impact.actual_not_remediated" if impact.status != "remediated" else None
        return f"severe_impact.{rules.severe_impact.effect}" if severe and not impact.resolved else None
    if impact.severity * impact.likelihood >= register.potential_blocks_at and not impact.resolved:
        return "impact.potential_likely"
    return None


def blocking(rules: Rules, impacts: Iterable[Impact]) -> list[Impact]:
    """The impacts that block, most severe first."""
    return sorted((i for i in impacts if blocks(rules, i)), key=lambda i: (-i.severity, i.id))


def reason(rules: Rules, impact: Impact) -> Message:
    code = blocks(rules, impact)
    assert code is not None
    th, en = INVOLVEMENT[impact.involvement]
    register = rules.impact_register
    return message(code, subject=impact.id, impact=impact.id, severity=str(impact.severity),
                   severe_at=str(rules.severe_impact.severe_at), status=impact.status,
                   likelihood=str(impact.likelihood),
                   product=str(impact.severity * impact.likelihood),
                   threshold=str(register.potential_blocks_at if register else ""),
                   involvement_th=th, involvement_en=en)


def needing_entry(cs: CompiledSet, raw: Sequence[int], applies: Sequence[bool],
                  impacts: Iterable[Impact]) -> frozenset[int]:
    """Positions of non-negotiables answered 0 whose failure has no entry in the register."""
    register = cs.rules.impact_register
    if register is None or not register.entry_for_zero_on_non_negotiable:
        return frozenset()
    recorded = {i.criterion for i in impacts if i.criterion}
    return frozenset(c.pos for c in cs.criteria
                     if c.non_negotiable and applies[c.pos] and raw[c.pos] == 0 and c.id not in recorded)
