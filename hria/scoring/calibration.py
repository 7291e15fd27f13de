"""Calibration: does any certified assessment hide a grave failure?

Each set lists its grave failures as data (``grave_failures``), defined apart from
its gates: a criterion at or below a value, a domain at or below a score, an impact
of a kind left unremedied. Calibration scores a population of generated
assessments — random ones, and adversarial ones that put exactly one grave failure
into an otherwise top-scoring organisation — and counts, per set, how many are
certified at each level and how many certified ones contain a grave failure (the
rules are right only when that count is 0).
"""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter
from dataclasses import dataclass, field

from hria.models.assessment import Answer, Assessment, Assessor, CriteriaSetRef, Impact, Organisation
from hria.models.criteria import CriteriaSet, GraveFailure
from hria.models.text import Names
from hria.profile import profile_facts
from hria.scoring.compiled import CompiledSet
from hria.scoring.engine import score
from hria.scoring.evaluation import profile_applies
from hria.scoring.result import Result

REGISTRATION = "0105536000003"
_TYPES_SIZES = ("micro", "small", "medium", "large")


def organisation(cs: CriteriaSet, subtype: str | None, size: str, facts: dict[str, bool]) -> Organisation:
    return Organisation(name=Names(th="องค์กรทดสอบ", en="Test organisation"), type=cs.organisation_type,
                        subtype=subtype, province="กรุงเทพมหานคร", size=size,
                        registration_number=REGISTRATION, profile=facts or None)


def widest_organisation(cs: CriteriaSet, size: str = "large") -> Organisation:
    """The profile under which most of the set's non-negotiables apply: every fact yes, and the
    subtype that switches on the most gated criteria."""
    facts = {q.id: True for q in cs.profile or []}
    subtypes: list[str | None] = [s.id for s in cs.subtypes] or [None]
    gated = {n.criterion for n in cs.rules.non_negotiables or []}

    def reach(subtype: str | None) -> int:
        return sum(1 for c in cs.criteria if c.id in gated and _applies(cs, c.id, subtype, size, facts))

    return organisation(cs, max(subtypes, key=lambda s: (reach(s), s is not None)), size, facts)


def _applies(cs: CriteriaSet, cid: str, subtype: str | None, size: str, facts: dict[str, bool]) -> bool:
    app = cs.criterion(cid).applicability
    if app is None:
        return True
    return ((app.subtypes is None or subtype in app.subtypes) and (app.sizes is None or size in app.sizes)
            and all(facts.get(f) for f in app.profile or []))


def assessment(cs: CompiledSet, org: Organisation, values: dict[str, int],
               impacts: list[Impact] | None = None) -> Assessment:
    """An assessment answering every criterion that applies to ``org``, at ``values`` or its maximum."""
    facts = profile_facts(cs.model, org)
    answers = [Answer(criterion=c.id, value=values.get(c.id, c.max_value)) for c in cs.criteria
               if profile_applies(c, org.subtype, org.size, facts)]
    return Assessment(schema_version=2,
                      criteria_set=CriteriaSetRef(id=cs.model.id, version=cs.model.version,
                                                  content_hash=cs.content_hash),
                      organisation=org, assessor=Assessor(name="calibration", organisation="hria"),
                      assessed_on=dt.date(2026, 12, 1), answers=answers, impacts=impacts or [])


def impact(iid: str, kind: str, involvement: str, severity: int, likelihood: int, status: str,
           criterion: str | None = None) -> Impact:
    """A register entry with the given severity split over scale, scope and irremediability."""
    parts = [1, 1, 1]
    for k in range(severity - 3):
        parts[k % 3] += 1
    return Impact.model_validate({
        "id": iid, "description": "calibration", "rights": ["-"], "rights_holders": ["-"],
        "involvement": involvement, "kind": kind, "scale": parts[0], "scope": parts[1],
        "irremediability": parts[2], "likelihood": likelihood, "status": status, "criterion": criterion})


def entry_for(criterion: str) -> Impact:
    """The register entry an auditor records for a non-negotiable at 0 (remedied: only the gate decides)."""
    return impact(f"nn-{criterion}", "actual", "cause", 6, 4, "remediated", criterion)


def present(grave: list[GraveFailure], a: Assessment, result: Result) -> list[str]:
    """Ids of the grave failures found in the scored assessment."""
    found = []
    for g in grave:
        if _present(g, a, result):
            found.append(g.id)
    return found


def _present(g: GraveFailure, a: Assessment, result: Result) -> bool:
    if g.criterion is not None and g.at_most is not None:
        if not any(c.id == g.criterion for c in result.criteria):
            return False
        c = result.criterion(g.criterion)
        return c.applicable and c.value is not None and c.value <= g.at_most
    if g.domain is not None and g.score_at_most is not None:
        if not any(d.id == g.domain for d in result.domains):
            return False
        score_ = result.domain(g.domain).score
        return score_ is not None and score_ <= g.score_at_most
    for i in a.impacts:
        unremedied = i.status != "remediated" if i.kind == "actual" else not i.resolved
        if (i.kind == g.impact_kind and i.involvement in (g.involvement or []) and unremedied
                and i.severity >= (g.min_severity or 3) and i.likelihood >= (g.min_likelihood or 1)):
            return True
    return False


def adversarial(cs: CompiledSet, org: Organisation,
                grave: list[GraveFailure]) -> list[tuple[str, Assessment]]:
    """One assessment per grave failure that can occur for ``org``: top everywhere else."""
    out = []
    facts = profile_facts(cs.model, org)
    applying = {c.id: c for c in cs.criteria if profile_applies(c, org.subtype, org.size, facts)}
    for g in grave:
        if g.criterion is not None and g.at_most is not None:
            if g.criterion not in applying:
                continue
            for v in range(g.at_most + 1):
                extra = [entry_for(g.criterion)] if v == 0 else []
                out.append((g.id, assessment(cs, org, {g.criterion: v}, extra)))
        elif g.domain is not None:
            zeros = {c: 0 for c in applying if cs.domains[applying[c].domain].id == g.domain}
            if zeros:
                entries = [entry_for(c) for c in zeros if cs.by_id[c].non_negotiable]
                out.append((g.id, assessment(cs, org, zeros, entries)))
        else:
            for involvement in g.involvement or []:
                kind = g.impact_kind or "actual"
                status = "mitigated" if kind == "actual" else "mitigating"
                severity = max(g.min_severity or 3, 12 if kind == "actual" else 10)
                bad = impact("grave", kind, involvement, severity, max(g.min_likelihood or 1, 3), status)
                out.append((g.id, assessment(cs, org, {}, [bad])))
    return out


def random_assessment(cs: CompiledSet, rng: random.Random) -> Assessment:
    """Answers drawn towards the top (most organisations that apply are not failing everywhere),
    a random profile, and now and then an impact of any kind."""
    model = cs.model
    subtypes: list[str | None] = [s.id for s in model.subtypes] or [None]
    facts = {q.id: rng.random() < 0.6 for q in model.profile or []}
    org = organisation(model, rng.choice(subtypes), rng.choice(_TYPES_SIZES), facts)
    skew = rng.choice((0.0, 0.5, 0.8, 0.95))
    values = {c.id: c.max_value if rng.random() < skew else rng.randint(0, c.max_value) for c in cs.criteria}
    zeros = [cid for cid, v in values.items() if v == 0 and cs.by_id[cid].non_negotiable]
    impacts = [entry_for(cid) for cid in zeros]
    if rng.random() < 0.3:
        impacts.append(impact("random", rng.choice(("actual", "potential")),
                              rng.choice(("cause", "contribute", "directly_linked")),
                              rng.randint(3, 12), rng.randint(1, 4),
                              rng.choice(("open", "mitigating", "mitigated", "remediated"))))
    return assessment(cs, org, values, impacts)


@dataclass(frozen=True)
class Skipped:
    """A grave failure not looked for: it names a ``kind`` (criterion or domain) ``name`` the set lacks."""

    grave_failure: str
    kind: str
    name: str


@dataclass
class Calibration:
    set_ref: str
    population: str
    grave: list[GraveFailure]
    skipped: list[Skipped] = field(default_factory=list)
    total: int = 0
    by_decision: Counter[str] = field(default_factory=Counter)
    """'not_certified', 'incomplete' or the level id."""
    with_grave_failure: int = 0
    certified_with_grave_failure: list[tuple[str, str]] = field(default_factory=list)
    """(grave failure id, level) for every certified assessment that contains one (must stay empty)."""

    def add(self, cs: CompiledSet, a: Assessment) -> None:
        result = score(cs, a)
        self.total += 1
        outcome = result.level.id if result.level else result.decision
        self.by_decision[outcome] += 1
        grave = present(self.grave, a, result)
        if grave:
            self.with_grave_failure += 1
            if result.decision == "certified":
                self.certified_with_grave_failure += [(g, outcome) for g in grave]


def checkable(cs: CriteriaSet, grave: list[GraveFailure]) -> tuple[list[GraveFailure], list[Skipped]]:
    """The grave failures that can be looked for in ``cs``, and the others with why not: one taken
    from another set or version may name a criterion or a domain that ``cs`` does not have."""
    criteria = {c.id for c in cs.criteria}
    domains = {d.id for d in cs.domains}
    kept: list[GraveFailure] = []
    skipped: list[Skipped] = []
    for g in grave:
        if g.criterion is not None and g.criterion not in criteria:
            skipped.append(Skipped(g.id, "criterion", g.criterion))
        elif g.domain is not None and g.domain not in domains:
            skipped.append(Skipped(g.id, "domain", g.domain))
        else:
            kept.append(g)
    return kept, skipped


def calibrate(cs: CompiledSet, samples: int, seed: int,
              grave: list[GraveFailure] | None = None) -> tuple[Calibration, Calibration]:
    """(random population, adversarial population) for one set, checked against ``grave``
    (the set's own grave failures unless given, e.g. a later version's for an earlier set).
    Grave failures naming a criterion or domain the set lacks are skipped and listed in
    ``skipped`` of both populations, never a crash."""
    grave, skipped = checkable(cs.model, list(cs.model.grave_failures or []) if grave is None else grave)
    rng = random.Random(seed)
    rand = Calibration(cs.ref, "random", grave, skipped=skipped)
    for _ in range(samples):
        rand.add(cs, random_assessment(cs, rng))
    adv = Calibration(cs.ref, "adversarial", grave, skipped=skipped)
    subtypes: list[str | None] = [s.id for s in cs.model.subtypes] or [None]
    for size in _TYPES_SIZES:
        for subtype in subtypes:
            org = organisation(cs.model, subtype, size, {q.id: True for q in cs.model.profile or []})
            for _, a in adversarial(cs, org, grave):
                adv.add(cs, a)
    return rand, adv
