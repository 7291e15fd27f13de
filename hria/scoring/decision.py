"""From scores to a certification level: levels, must-pass gates, domain floors, severe impacts.

Gates, floors and impacts act after the level the scores reach, so a strong
domain cannot hide a failing one (no compensation across domains).
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from hria.errors import InvalidValue
from hria.loading.vocabulary import load_vocabulary
from hria.scoring.compiled import CompiledLevel, CompiledSet
from hria.scoring.texts import Message, fmt, message


@dataclass(frozen=True, slots=True)
class Verdict:
    score_level: int | None
    """The level the scores alone reach (position in the set's levels)."""
    level: int | None
    """The level after gates, floors and impacts; None: not certified."""
    reasons: tuple[Message, ...]


def score_level(cs: CompiledSet, total: Fraction | None, scores: list[Fraction | None]) -> int | None:
    """Highest level whose min_score the overall reaches and whose min_domain_score every domain does."""
    return level_for(cs, total, min((s for s in scores if s is not None), default=None))


def level_for(cs: CompiledSet, total: Fraction | None, lowest: Fraction | None) -> int | None:
    """``score_level`` given the lowest included domain score."""
    if total is None:
        return None
    for lv in reversed(cs.levels):
        if total >= lv.min_score and (
            lv.min_domain_score is None or lowest is None or lowest >= lv.min_domain_score
        ):
            return lv.pos
    return None


def level_for_ratio(cs: CompiledSet, tn: int, td: int, ln: int, ld: int) -> int | None:
    """``level_for`` with the overall as tn/td and the lowest domain as ln/ld (ld 0: none), in integers."""
    for lv in reversed(cs.levels):
        mn, md = lv.min_ratio
        dn, dd = lv.min_domain_ratio
        if tn * md >= mn * td and (dd == 0 or ld == 0 or ln * dd >= dn * ld):
            return lv.pos
    return None


def _apply(rule: str, level: int | None) -> int | None:
    if level is None:
        return None
    if rule == "not_certified":
        return None
    if rule == "lowest_level":
        return 0
    if rule == "lower_one_level":
        return level - 1 if level > 0 else None
    raise InvalidValue("score.unknown_rule", rule=repr(rule))


def level_after_rules(
    cs: CompiledSet, level: int | None, gates_failed: bool, floors_failed: bool, severe_open: bool
) -> int | None:
    rules = cs.rules
    if gates_failed:
        level = _apply(rules.gate_failed, level)
    if floors_failed:
        level = _apply(rules.floor_failed, level)
    if severe_open:
        level = _apply(rules.severe_impact.effect, level)
    return level


def decide(
    cs: CompiledSet,
    total: Fraction | None,
    scores: list[Fraction | None],
    failed_gates: list[tuple[str, int, int]],
    failed_floors: list[tuple[str, Fraction, Fraction]],
    impact_reasons: list[Message],
) -> Verdict:
    """The level and every reason for it.

    ``failed_gates``: (criterion, value after caps, at_least); ``failed_floors``:
    (domain, score, floor); ``impact_reasons``: one per impact that blocks (``hria.scoring.impacts``).
    """
    reasons: list[Message] = []
    reached = score_level(cs, total, scores)
    levels = cs.levels
    if total is None:
        reasons.append(message("nothing_scored"))
    elif reached is None:
        reasons.append(message("below_lowest_level", score=fmt(total), level=levels[0].id,
                               min=fmt(levels[0].min_score), **_level_words(levels[0])))
    by_total = next((lv.pos for lv in reversed(levels) if total is not None and total >= lv.min_score),
                    None)
    if by_total is not None and reached != by_total:
        lowest = min(s for s in scores if s is not None)
        held = levels[by_total]
        reasons.append(message("domain_minimum", level=held.id, score=fmt(lowest),
                               min=fmt(held.min_domain_score or Fraction(0)), **_level_words(held)))
    for cid, value, at_least in failed_gates:
        if cs.by_id[cid].non_negotiable:
            reasons.append(non_negotiable_reason(cs, cid, value, at_least))
            continue
        reasons.append(message(f"gate_failed.{cs.rules.gate_failed}", subject=cid,
                               criterion=cid, value=str(value), at_least=str(at_least)))
    for did, score, floor in failed_floors:
        reasons.append(message(f"floor_failed.{cs.rules.floor_failed}", subject=did,
                               domain=did, score=fmt(score), floor=fmt(floor), **_domain_words(did)))
    reasons += impact_reasons
    level = level_after_rules(cs, reached, bool(failed_gates), bool(failed_floors), bool(impact_reasons))
    if level is not None:
        reasons.append(message("certified", level=levels[level].id,
                               score=fmt(total or Fraction(0)), min=fmt(levels[level].min_score),
                               **_level_words(levels[level])))
    return Verdict(reached, level, tuple(reasons))


def non_negotiable_reason(cs: CompiledSet, cid: str, value: int, at_least: int) -> Message:
    """Why a non-negotiable below its gate refuses certification, with the set's own rationale."""
    model = cs.model.criterion(cid)
    listed = cs.model.non_negotiable(cid)
    assert listed is not None
    why = listed.why
    needed = cs.model.labels_of(model)[at_least]
    return message("non_negotiable_failed", subject=cid, criterion=cid, value=str(value),
                   at_least=str(at_least), title_th=model.title.th, title_en=model.title.en,
                   needed_th=needed.th, needed_en=needed.en, why_th=why.th, why_en=why.en)


def _level_words(level: CompiledLevel) -> dict[str, str]:
    return {"level_th": level.model.name.th, "level_en": level.model.name.en}


def _domain_words(domain_id: str) -> dict[str, str]:
    name = load_vocabulary().domain(domain_id).name
    return {"domain_th": name.th, "domain_en": name.en}
