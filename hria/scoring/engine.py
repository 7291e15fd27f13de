"""Scoring: a pure function from a compiled criteria set and an assessment to a Result.

No I/O and no clock: the same inputs give the same Result, field for field.
The assessment must have passed ``hria.assessments`` (values inside their scale,
known criteria, not-applicable only where allowed); anything else is a
programming error and raises ValueError (an InvalidValue, worded by the catalogue).
"""

from __future__ import annotations

from dataclasses import replace
from fractions import Fraction
from functools import partial

from hria.errors import InvalidValue
from hria.models.assessment import Answer, Assessment, Impact, assessment_hash
from hria.models.enterprise_size import SIZE_NAMES, SIZES
from hria.models.text import Lang, Text, named
from hria.profile import profile_facts
from hria.scoring import impacts as impact_rules
from hria.scoring.compiled import CompiledCriterion, CompiledSet
from hria.scoring.decision import decide
from hria.scoring.evaluation import (
    MISSING,
    NOT_APPLICABLE,
    Evaluation,
    domain_scores,
    evaluate,
    overall,
    profile_applies,
)
from hria.scoring.plan import build_plan
from hria.scoring.result import (
    AnswerState,
    Cap,
    CriterionResult,
    DomainResult,
    GateResult,
    GateStatus,
    ImpactResult,
    Result,
)
from hria.scoring.texts import Message, message
from hria.scoring.whatif import Standing, baseline, decision_of

ENGINE_VERSION = "1.0.0"


def raw_answers(cs: CompiledSet, answers: list[Answer]) -> list[int]:
    """Each criterion's answer by position: its value, NOT_APPLICABLE or MISSING."""
    raw = [MISSING] * len(cs.criteria)
    seen: set[str] = set()
    for a in answers:
        c = cs.by_id.get(a.criterion)
        if c is None:
            raise InvalidValue("score.unknown_criterion", criterion=a.criterion, set=cs.ref)
        if a.criterion in seen:
            raise InvalidValue("score.two_answers", criterion=a.criterion)
        seen.add(a.criterion)
        if a.not_applicable is not None:
            if not c.na_allowed:
                raise InvalidValue("score.na_not_allowed", criterion=a.criterion)
            raw[c.pos] = NOT_APPLICABLE
        elif a.value is not None:
            if not 0 <= a.value <= c.max_value:
                raise InvalidValue("score.outside", criterion=a.criterion, value=a.value, top=c.max_value)
            raw[c.pos] = a.value
    return raw


def standing(cs: CompiledSet, assessment: Assessment) -> Standing:
    """The assessment's numbers before any reporting: what the plan and explanations start from."""
    org = assessment.organisation
    facts = profile_facts(cs.model, org)
    key = ("profile", org.subtype, org.size, facts)
    profile_ok = cs.memo.get(key)
    if profile_ok is None:
        profile_ok = cs.memo[key] = [profile_applies(c, org.subtype, org.size, facts)
                                     for c in cs.criteria]
    ev = evaluate(cs, profile_ok, raw_answers(cs, assessment.answers), facts)
    scores = domain_scores(ev)
    criteria = cs.criteria
    missing = frozenset(c.pos for c in criteria if ev.applies[c.pos] and ev.raw[c.pos] == MISSING)
    failed_gates = frozenset(c.pos for c in criteria if c.gate is not None and ev.applies[c.pos]
                             and ev.raw[c.pos] >= 0 and ev.effective[c.pos] < c.gate)
    blocking = impact_rules.blocking(cs.rules, assessment.impacts)
    needs_entry = impact_rules.needing_entry(cs, ev.raw, ev.applies, assessment.impacts)
    return Standing(ev, scores, overall(cs, scores), not missing and not needs_entry, None,
                    failed_gates, missing, tuple(i.id for i in blocking), needs_entry,
                    frozenset(i.criterion for i in assessment.impacts if i.criterion))


def score(cs: CompiledSet, assessment: Assessment) -> Result:
    now = standing(cs, assessment)
    ev, scores, total = now.ev, now.scores, now.total
    criteria = cs.criteria
    org = assessment.organisation
    missing = sorted(criteria[p].id for p in now.missing)
    failed_floors = [(d.id, s, d.floor) for d, s in zip(cs.domains, scores, strict=True)
                     if d.floor is not None and s is not None and s < d.floor]
    impacts = {i.id: i for i in assessment.impacts}
    verdict = decide(cs, total, scores,
                     sorted((criteria[p].id, ev.effective[p], criteria[p].gate or 0)
                            for p in now.failed_gates),
                     failed_floors,
                     [impact_rules.reason(cs.rules, impacts[i]) for i in now.blocking_impacts])
    reasons = verdict.reasons
    if not now.complete:
        first = []
        if missing:
            shown = ", ".join(missing[:10]) + (", …" if len(missing) > 10 else "")
            first.append(message("incomplete", count=str(len(missing)), criteria=shown))
        first += [message("impact_entry_required", subject=cid, criterion=cid)
                  for cid in sorted(criteria[p].id for p in now.needs_entry)]
        reasons = (*first, *(r for r in reasons if r.code != "certified"))
    level = verdict.level if now.complete else None
    now = replace(now, level=level)
    base = baseline(cs, now)
    return Result(
        engine_version=ENGINE_VERSION,
        set_id=cs.model.id,
        set_version=cs.model.version,
        content_hash=cs.content_hash,
        assessment_hash=assessment_hash(assessment),
        organisation=_organisation(assessment),
        status="complete" if now.complete else "incomplete",
        decision=decision_of(now.complete, level),
        level=cs.levels[level].model if level is not None else None,
        score_level=cs.levels[verdict.score_level].id
        if now.complete and verdict.score_level is not None else None,
        reasons=reasons,
        overall=total,
        domains=_domains(cs, ev, scores, base.shares),
        criteria=tuple(_criterion(cs, criteria[p], ev, org.subtype, org.size) for p in cs.by_id_order),
        gates=tuple(_gate(criteria[p], ev) for p in cs.by_id_order if criteria[p].gate is not None),
        floors_failed=tuple(d for d, _, _ in failed_floors),
        impacts=tuple(_impact(cs, i) for i in sorted(
            assessment.impacts, key=lambda i: (-i.severity, -i.likelihood, i.id))),
        missing=tuple(missing),
        ignored_answers=tuple(sorted(c.id for c in criteria
                                     if not ev.applies[c.pos] and ev.raw[c.pos] != MISSING)),
        plan_source=partial(build_plan, cs, base),
    )


def _organisation(a: Assessment) -> dict[str, object]:
    org = a.organisation
    return {
        "organisation": {"name": {"th": org.name.th, "en": org.name.en}, "type": org.type,
                         "subtype": org.subtype, "size": org.size, "province": org.province,
                         "registration_number": org.registration_number},
        "assessor": {"name": a.assessor.name, "organisation": a.assessor.organisation},
        "assessed_on": a.assessed_on.isoformat(),
    }


def _domains(cs: CompiledSet, ev: Evaluation, scores: list[Fraction | None],
             shares: list[Fraction | None]) -> tuple[DomainResult, ...]:
    n = len(cs.domains)
    counted, na, skipped, missing = [0] * n, [0] * n, [0] * n, [0] * n
    for c in cs.criteria:
        raw = ev.raw[c.pos]
        tally = (skipped if not ev.applies[c.pos] else counted if raw >= 0
                 else na if raw == NOT_APPLICABLE else missing)
        tally[c.domain] += 1
    return tuple(
        DomainResult(id=d.id, weight=d.weight, share=shares[d.pos], score=s, floor=d.floor,
                     floor_passed=None if d.floor is None or s is None else s >= d.floor,
                     counted=counted[d.pos], not_applicable=na[d.pos], skipped=skipped[d.pos],
                     missing=missing[d.pos])
        for d, s in zip(cs.domains, scores, strict=True)
    )


def _gate(c: CompiledCriterion, ev: Evaluation) -> GateResult:
    assert c.gate is not None
    raw = ev.raw[c.pos]
    value: int | None = None
    status: GateStatus
    if not ev.applies[c.pos] or raw == NOT_APPLICABLE:
        status = "not_applicable"
    elif raw == MISSING:
        status = "unanswered"
    else:
        value = ev.effective[c.pos]
        status = "passed" if value >= c.gate else "failed"
    return GateResult(c.id, c.gate, value, status)


def _impact(cs: CompiledSet, i: Impact) -> ImpactResult:
    severe = i.severity >= cs.rules.severe_impact.severe_at
    return ImpactResult(i.id, i.kind, i.involvement, i.severity, i.likelihood, i.status, severe,
                        impact_rules.blocks(cs.rules, i) is not None)


def _state_of(cs: CompiledSet, pos: int, ev: Evaluation) -> tuple[str, str]:
    ref = cs.criteria[pos].id
    raw = ev.raw[pos]
    if not ev.applies[pos]:
        return f"{ref} ไม่ใช้บังคับ", f"{ref} does not apply"
    if raw == NOT_APPLICABLE:
        return f"{ref} ตอบว่าไม่เกี่ยวข้อง", f"{ref} was answered not applicable"
    if raw == MISSING:
        return f"{ref} ยังไม่มีคำตอบ", f"{ref} has no answer yet"
    return f"{ref} ได้ {raw}", f"{ref} is at {raw}"


def applicability(cs: CompiledSet, c: CompiledCriterion, ev: Evaluation,
                  subtype: str | None, size: str) -> Message:
    """Why ``c`` applies to this organisation or is skipped (worded once per distinct situation)."""
    key = ("applicability", c.pos, subtype, size, *(f in ev.facts for f in c.profile),
           *((ev.applies[r], ev.raw[r]) for r, _ in c.when))
    found = cs.memo.get(key)
    if found is None:
        found = cs.memo[key] = _applicability(cs, c, ev, subtype, size)
    return found


def _applicability(cs: CompiledSet, c: CompiledCriterion, ev: Evaluation,
                   subtype: str | None, size: str) -> Message:
    if c.subtypes is not None and subtype not in c.subtypes:
        names = {s.id: s.name for s in cs.model.subtypes}
        allowed = sorted(c.subtypes)
        return message("skipped.subtype", allowed=", ".join(allowed), actual=subtype or "-",
                       **_named(names, allowed, subtype, "th"), **_named(names, allowed, subtype, "en"))
    if c.sizes is not None and size not in c.sizes:
        allowed = [s for s in SIZES if s in c.sizes]
        return message("skipped.size", allowed=", ".join(allowed), actual=size,
                       **_named(SIZE_NAMES, allowed, size, "th"), **_named(SIZE_NAMES, allowed, size, "en"))
    if c.profile and not ev.profile_ok[c.pos]:
        said_no = [f for f in c.profile if f not in ev.facts]
        asked = {q.id: q.question for q in cs.model.profile or []}
        return message("skipped.profile", facts=", ".join(c.profile), missing=", ".join(said_no),
                       **{f"questions_{lang}": "; ".join(named(asked, f, lang) for f in said_no)
                          for lang in ("th", "en")})
    for ref, at_least in c.when:
        if not (ev.applies[ref] and ev.raw[ref] >= at_least):
            th, en = _state_of(cs, ref, ev)
            return message("skipped.when", criterion=cs.criteria[ref].id, at_least=str(at_least),
                           state=th, state_en=en)
    conditions = _conditions(cs, c, ev, subtype, size, "en")
    if not conditions:
        return message("applies")
    return message("applies.conditions", conditions="; ".join(conditions),
                   conditions_th="; ".join(_conditions(cs, c, ev, subtype, size, "th")))


def _conditions(cs: CompiledSet, c: CompiledCriterion, ev: Evaluation, subtype: str | None, size: str,
                lang: Lang) -> list[str]:
    """Why an applicable criterion applies; in Thai by the set's own names, not its keys."""
    out = []
    if c.subtypes is not None:
        allowed = sorted(c.subtypes)
        out.append(f"subtype {subtype} ∈ [{', '.join(allowed)}]" if lang == "en" else
                   "ประเภทย่อย {actual_th} อยู่ในกลุ่มที่ใช้ ({allowed_th})".format(
                       **_named({s.id: s.name for s in cs.model.subtypes}, allowed, subtype, "th")))
    if c.sizes is not None:
        allowed = [s for s in SIZES if s in c.sizes]
        out.append(f"size {size} ∈ [{', '.join(sorted(c.sizes))}]" if lang == "en" else
                   "องค์กร{actual_th} อยู่ในกลุ่มที่ใช้ ({allowed_th})".format(
                       **_named(SIZE_NAMES, allowed, size, "th")))
    asked = {q.id: q.question for q in cs.model.profile or []}
    out += [f"profile {f} = yes" if lang == "en" else f"ข้อมูลองค์กรตอบว่าใช่ ({named(asked, f, 'th')})"
            for f in c.profile]
    out += [f"{cs.criteria[r].id} = {ev.raw[r]} ≥ {a}" for r, a in c.when]
    return out


def _named(names: dict[str, Text], allowed: list[str], actual: str | None, lang: Lang) -> dict[str, str]:
    """``allowed`` and ``actual`` in words of ``lang`` (ids where the set names none)."""
    return {f"allowed_{lang}": ", ".join(named(names, i, lang) for i in allowed),
            f"actual_{lang}": named(names, actual, lang) if actual else "-"}


def _caps(cs: CompiledSet, c: CompiledCriterion, ev: Evaluation) -> tuple[Cap, ...]:
    value = ev.raw[c.pos]
    return tuple(
        Cap(cs.criteria[ref].id, at_least, cap, ev.effective[ref])
        for ref, at_least, cap in c.prerequisites
        if cap < value and ev.applies[ref] and ev.raw[ref] >= 0 and ev.effective[ref] < at_least
    )


def _criterion(cs: CompiledSet, c: CompiledCriterion, ev: Evaluation,
               subtype: str | None, size: str) -> CriterionResult:
    """The criterion's result; identical situations (same answer, same answers it depends on,
    same profile) share one immutable result object."""
    if c.independent:
        key: tuple[object, ...] = ("criterion", c.pos, ev.raw[c.pos])
    else:
        key = ("criterion", c.pos, ev.raw[c.pos], subtype, size, *(f in ev.facts for f in c.profile),
               *((ev.applies[r], ev.raw[r]) for r, _ in c.when),
               *((ev.applies[r], ev.raw[r] >= 0, ev.effective[r]) for r, _, _ in c.prerequisites))
    found = cs.memo.get(key)
    if found is None:
        found = cs.memo[key] = _criterion_result(cs, c, ev, subtype, size)
    return found


def _criterion_result(cs: CompiledSet, c: CompiledCriterion, ev: Evaluation,
                      subtype: str | None, size: str) -> CriterionResult:
    raw, applies, effective = ev.raw[c.pos], ev.applies[c.pos], ev.effective[c.pos]
    counted = applies and raw >= 0
    caps = _caps(cs, c, ev) if counted and effective < raw else ()
    binding = min(caps, key=lambda cap: cap.cap) if caps else None
    state: AnswerState = ("skipped" if not applies else "missing" if raw == MISSING
             else "not_applicable" if raw == NOT_APPLICABLE else "scored")
    return CriterionResult(
        id=c.id, domain=cs.domains[c.domain].id, weight=c.weight, max_value=c.max_value,
        applicable=applies, applicability=applicability(cs, c, ev, subtype, size), state=state,
        value=raw if raw >= 0 else None,
        effective_value=effective if counted else None,
        score=c.scores[effective] if counted else None,
        caps=caps,
        cap_reason=message("capped", subject=binding.criterion, cap=str(binding.cap),
                           criterion=binding.criterion, value=str(binding.prerequisite_value),
                           at_least=str(binding.at_least)) if binding else None,
        must_pass=c.gate,
        answer_ignored=not applies and raw != MISSING,
    )
