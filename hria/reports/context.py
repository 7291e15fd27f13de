"""Everything a report template shows, worked out from the result, answers and set.

Pure data in the chosen language: templates only lay it out. Organisation-supplied
strings stay plain ``str`` so Jinja escapes them.
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from typing import Any

from hria import dates
from hria.citing import references_text
from hria.loading.vocabulary import load_vocabulary
from hria.models import provinces
from hria.models.assessment import Assessment
from hria.models.criteria import CriteriaSet
from hria.models.text import Lang
from hria.reports.labels import LABELS, METHOD
from hria.scoring.result import Action, Result
from hria.scoring.texts import rounded

CHART_BAR_WIDTH = 300  # px in the SVG's own units; the CSS scales it


def _score(x: Fraction | None) -> str:
    """Two decimals everywhere in the report (50.00, 62.50, 71.43), as the summary prints them."""
    return "—" if x is None else f"{rounded(x):.2f}"


def report_context(result: Result, assessment: Assessment, cs: CriteriaSet, lang: Lang,
                   today: dt.date | None = None, top_actions: int = 15) -> dict[str, Any]:
    L = LABELS[lang]
    vocab = load_vocabulary()
    org = assessment.organisation
    titles = {c.id: c.title.in_(lang) for c in cs.criteria}
    domain_names = {d.id: vocab.domain(d.id).name.in_(lang) for d in cs.domains}
    today = today or dt.date.today()
    decision = L[result.decision]
    if result.decision == "certified" and result.level is not None:
        decision = f"{L['certified']} · {L['level']} {result.level.name.in_(lang)}"
    province = provinces.BY_ID.get(org.province)
    levels = {lv.id: lv.name.in_(lang) for lv in cs.levels}
    return {
        "lang": lang, "L": L, "method": METHOD[lang],
        "title": f"{L['doc_title']} — {org.name.in_(lang)}",
        "author": assessment.assessor.organisation,
        "description": f"{cs.title.in_(lang)} ({cs.ref})",
        "org": {
            "name": org.name.in_(lang), "name_other": org.name.en if lang == "th" else org.name.th,
            "type": next(t.name.in_(lang) for t in vocab.organisation_types if t.id == org.type),
            "subtype": next((s.name.in_(lang) for s in cs.subtypes if s.id == org.subtype),
                            org.subtype or ""),
            "province": (province.th if lang == "th" else province.en) if province else org.province,
            "registration": org.registration_number,
            "size": next(s.name.in_(lang) for s in vocab.sizes if s.id == org.size),
        },
        "set": {"title": cs.title.in_(lang), "ref": cs.ref, "hash": result.content_hash},
        "engine": result.engine_version, "answers_hash": result.assessment_hash,
        "assessor": assessment.assessor.name, "assessor_org": assessment.assessor.organisation,
        "assessed_on": dates.in_lang(assessment.assessed_on, lang),
        "report_date": dates.in_lang(today, lang),
        "overall": _score(result.overall), "decision": decision, "decision_code": result.decision,
        "reasons": [m.in_(lang) for m in result.reasons],
        "gates": [{"id": g.criterion, "title": titles[g.criterion], "at_least": g.at_least,
                   "value": "—" if g.value is None else g.value, "status": L[g.status],
                   "ok": g.status in ("passed", "not_applicable")} for g in result.gates],
        "chart": _chart(result, domain_names),
        "domains": _findings(result, assessment, cs, lang, titles, domain_names),
        "plan": [_action(a, lang, titles, domain_names, levels, {i.id: i for i in assessment.impacts})
                 for a in result.plan[:top_actions]],
        "plan_total": len(result.plan),
        "impacts": _impacts(assessment, lang),
        "matrix": _matrix(assessment),
    }


def _chart(result: Result, names: dict[str, str]) -> list[dict[str, Any]]:
    rows = []
    for d in result.domains:
        width = 0 if d.score is None else round(float(d.score) / 100 * CHART_BAR_WIDTH, 1)
        floor_x = None if d.floor is None else round(float(d.floor) / 100 * CHART_BAR_WIDTH, 1)
        rows.append({"name": names[d.id], "score": _score(d.score), "width": width, "floor_x": floor_x,
                     "included": d.included, "below_floor": d.floor_passed is False})
    return rows


def _findings(result: Result, assessment: Assessment, cs: CriteriaSet, lang: Lang,
              titles: dict[str, str], names: dict[str, str]) -> list[dict[str, Any]]:
    L = LABELS[lang]
    answers = {a.criterion: a for a in assessment.answers}
    out = []
    for d in result.domains:
        rows = []
        for c in (c for c in result.criteria if c.domain == d.id):
            crit = cs.criterion(c.id)
            labels = cs.labels_of(crit)
            answer = answers.get(c.id)
            if c.state == "scored" and c.value is not None:
                shown = f"{c.value} · {labels[c.value].in_(lang)}"
            elif c.state == "not_applicable" and answer and answer.not_applicable:
                shown = f"{L['not_applicable']}: {answer.not_applicable.reason}"
            elif not c.applicable:  # why it does not apply is the answer, not a limit on a score
                shown = c.applicability.in_(lang)
            else:
                shown = L[c.state]
            limits = [c.cap_reason.in_(lang)] if c.cap_reason else []
            rows.append({"id": c.id, "title": titles[c.id], "answer": shown, "score": _score(c.score),
                         "evidence": list(answer.evidence) if answer else [],
                         "notes": (answer.notes or "") if answer else "", "limits": limits,
                         "gate": c.must_pass is not None, "state": c.state,
                         "references": references_text(list(crit.references), lang)})
        out.append({"id": d.id, "name": names[d.id], "score": _score(d.score), "included": d.included,
                    "floor": _score(d.floor), "below_floor": d.floor_passed is False, "criteria": rows})
    return out


def _action(a: Action, lang: Lang, titles: dict[str, str], names: dict[str, str],
            levels: dict[str, str], impacts: dict[str, Any] | None = None) -> dict[str, Any]:
    L = LABELS[lang]
    if a.kind == "criterion":
        what = f"{a.target} {titles.get(a.target, '')}"
        how = L["raise_to"].format(a=a.current_value if a.current_value is not None else "—",
                                   b=a.target_value)
    else:
        what, how = a.target, L["mitigate"].format(id=a.target)
    after = L[a.decision_after] + (f" · {levels.get(a.level_after, a.level_after)}" if a.level_after else "")
    return {"rank": a.rank, "what": what, "how": how, "domain": names.get(a.domain or "", ""),
            "points": _score(a.points_gained), "gates": list(a.gates_passed),
            "unlocks": list(a.unlocks), "after": after,
            # Only an impact's mitigation names an owner and a due date; criteria get them by hand.
            **_owner_and_due((impacts or {}).get(a.target) if a.kind == "impact" else None, lang)}


def _owner_and_due(impact: Any, lang: Lang) -> dict[str, str]:
    mitigation = impact.mitigation if impact is not None else None
    if mitigation is None:
        return {"owner": "", "due": ""}
    due = dates.in_lang(mitigation.due, lang) if mitigation.due else ""
    return {"owner": mitigation.owner or "", "due": due}


def _impacts(assessment: Assessment, lang: Lang) -> list[dict[str, Any]]:
    L = LABELS[lang]
    return [{"id": i.id, "description": i.description, "rights": ", ".join(i.rights),
             "holders": ", ".join(i.rights_holders), "involvement": L[i.involvement],
             "kind": L[i.kind], "severity": i.severity, "likelihood": i.likelihood,
             "status": L[i.status],
             "mitigation": "; ".join(i.mitigation.measures) if i.mitigation else "",
             "owner": (i.mitigation.owner or "") if i.mitigation else "",
             "due": dates.in_lang(i.mitigation.due, lang) if i.mitigation and i.mitigation.due else ""}
            for i in assessment.impacts]


SEVERITY_BANDS = ((11, 12), (9, 10), (6, 8), (3, 5))


def _matrix(assessment: Assessment) -> list[dict[str, Any]]:
    """Rows from the most severe band down; columns likelihood 1..4; cells list impact ids."""
    rows = []
    for low, high in SEVERITY_BANDS:
        cells = []
        for likelihood in range(1, 5):
            ids = [i.id for i in assessment.impacts
                   if low <= i.severity <= high and i.likelihood == likelihood]
            heat = (low + likelihood * 2)  # 5 (low) .. 19 (high)
            cells.append({"ids": ids, "heat": "high" if heat >= 15 else "mid" if heat >= 10 else "low"})
        rows.append({"band": f"{low}–{high}", "cells": cells})
    return rows
