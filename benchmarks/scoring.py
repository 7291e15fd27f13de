"""How fast the engine scores assessments: one set compiled once, then N random assessments.

Two passes over the same generated assessments, measured in the same run:
"decision" is ``hria.scoring.score`` — applicability, caps, exact domain and
overall scores, gates, floors, impacts, every criterion's result and the
decision with its reasons; "with plan" also builds the corrective-action plan
(one what-if per gap, worked out lazily on first use of ``Result.plan``);
``--json`` adds a third pass that also builds the JSON shape. Prints assessments
per second and per-assessment latency on one core. Target: at least 2,000
assessments/s for the decision.

    python benchmarks/scoring.py                  # largest shipped set, else a synthetic 40-criterion set
    python benchmarks/scoring.py --set gov@2026.1 -n 10000 --json
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from typing import Any

from hria import criteria_sets
from hria.criteria_sets import content_hash
from hria.errors import InvalidInput
from hria.models.assessment import Assessment
from hria.models.criteria import CriteriaSet
from hria.scoring import CompiledSet, compile_set, score

DOMAINS = ["governance", "due_diligence", "equality", "privacy", "labour",
           "forced_labour_trafficking", "grievance_remedy", "participation_information"]


def _text(s: str) -> dict[str, str]:
    return {"th": s, "en": s}


def synthetic_set(n: int = 40, seed: int = 7) -> CriteriaSet:
    """A set shaped like a real one: 8 domains, maturity and yes/no answers, gates, caps and skip logic."""
    rnd = random.Random(seed)
    criteria: list[dict[str, Any]] = []
    for i in range(n):
        domain = DOMAINS[i % len(DOMAINS)]
        yes_no = i % 5 == 4
        c: dict[str, Any] = {
            "id": f"SYN-{domain[:3].upper()}-{i:02d}", "domain": domain,
            "title": _text(f"criterion {i}"), "question": _text("?"), "guidance": _text("look"),
            "evidence": [_text("document")], "answer": "yes_no" if yes_no else "maturity",
            "weight": rnd.choice([1, 1, 1, 2, 3]), "references": [{"kind": "ungp", "principle": 16}],
        }
        if i % 7 == 0:
            c["must_pass"] = {"at_least": 1 if yes_no else 2}
        if i % 6 == 3:
            c["not_applicable"] = {"reason": _text("may not apply")}
        if i >= 8 and not yes_no and i % 3 == 0:
            j = rnd.randrange(i)
            top = 1 if criteria[j]["answer"] == "yes_no" else 4
            c["prerequisites"] = [{"criterion": criteria[j]["id"], "at_least": min(2, top), "cap": 1}]
        if i >= 8 and i % 8 == 5:
            j = rnd.randrange(i)
            c["applicability"] = {"when": [{"criterion": criteria[j]["id"], "at_least": 1}]}
        criteria.append(c)
    return CriteriaSet.model_validate({
        "schema_version": 1, "id": "synthetic", "version": "2026.1", "organisation_type": "business",
        "title": _text("synthetic"), "status": "active", "effective_date": "2026-01-01",
        "certificate_validity_months": 36,
        "scales": {"maturity": {"type": "maturity", "levels": [_text(str(v)) for v in range(5)]},
                   "yes_no": {"type": "yes_no", "levels": [_text("no"), _text("yes")]}},
        "domains": [{"id": d, "weight": 1 + k % 3, "floor": 30 if k % 2 else None}
                    for k, d in enumerate(DOMAINS)],
        "criteria": criteria,
        "levels": [{"id": "certified", "name": _text("certified"), "min_score": 60},
                   {"id": "good", "name": _text("good"), "min_score": 75, "min_domain_score": 50},
                   {"id": "excellent", "name": _text("excellent"), "min_score": 90,
                    "min_domain_score": 70}],
        "rules": {"gate_failed": "not_certified", "floor_failed": "not_certified",
                  "severe_impact": {"severe_at": 9, "effect": "not_certified"}},
    })


def random_assessment(cs: CompiledSet, rnd: random.Random) -> Assessment:
    """Mostly good organisations with a spread of weak spots, some N/A, a few open impacts."""
    subtypes = [s.id for s in cs.model.subtypes]
    answers: list[dict[str, object]] = []
    for c in cs.model.criteria:
        top = cs.criterion(c.id).max_value
        if c.not_applicable and rnd.random() < 0.2:
            answers.append({"criterion": c.id, "not_applicable": {"reason": "does not apply"}})
        else:
            answers.append({"criterion": c.id, "value": min(top, max(0, round(rnd.gauss(0.7, 0.3) * top))),
                            "evidence": ["doc.pdf"]})
    impacts = [{"id": f"I-{k}", "description": "d", "rights": ["r"], "rights_holders": ["h"],
                "involvement": "cause", "kind": "actual", "scale": rnd.randint(1, 4),
                "scope": rnd.randint(1, 4), "irremediability": rnd.randint(1, 4),
                "likelihood": rnd.randint(1, 4), "status": rnd.choice(["open", "mitigated"])}
               for k in range(rnd.randint(0, 3))]
    return Assessment.model_validate({
        "schema_version": 1,
        "criteria_set": {"id": cs.model.id, "version": cs.model.version, "content_hash": cs.content_hash},
        "organisation": {"name": _text("Org"), "type": cs.model.organisation_type,
                         "subtype": rnd.choice(subtypes) if subtypes else None, "province": "Bangkok",
                         "size": rnd.choice(["micro", "small", "medium", "large"]),
                         "registration_number": "0105536000003"},
        "assessor": {"name": "A", "organisation": "Body"},
        "assessed_on": "2026-03-01",
        "answers": answers,
        "impacts": impacts,
    })


def _pick_set(ref: str | None) -> CompiledSet:
    if ref:
        loaded = criteria_sets.load(ref)
        return compile_set(loaded.model, loaded.content_hash)
    shipped = []
    for f in criteria_sets.set_files():
        try:
            shipped.append(criteria_sets.load_set_file(f.path))
        except InvalidInput as exc:  # a set still being written; say so and use the others
            print(f"skipping {f.path}: {len(exc.problems)} problem(s)", file=sys.stderr)
    if shipped:
        biggest = max(shipped, key=lambda s: len(s.model.criteria))
        return compile_set(biggest.model, biggest.content_hash)
    cs = synthetic_set()
    return compile_set(cs, content_hash(cs))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", dest="ref", help="SET[@VERSION] or a file (default: see above)")
    parser.add_argument("-n", type=int, default=10_000, help="number of assessments (default 10000)")
    parser.add_argument("--json", action="store_true", help="also build the JSON result shape")
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()

    started = time.perf_counter()
    cs = _pick_set(args.ref)
    compiled_in = time.perf_counter() - started
    rnd = random.Random(args.seed)
    batch = [random_assessment(cs, rnd) for _ in range(args.n)]
    print(f"set            : {cs.ref} ({len(cs.criteria)} criteria, {len(cs.domains)} domains), "
          f"loaded and compiled in {compiled_in * 1000:.0f} ms, python {sys.version.split()[0]}")
    print(f"assessments    : {args.n:,} generated, each scored once per pass, on one core")
    rates = {}
    passes = [("decision", False, False), ("with plan", True, False)] + (
        [("plan + JSON", True, True)] if args.json else [])
    for name, with_plan, with_json in passes:
        rate, latencies, decisions, gaps = _run(cs, batch, with_plan, with_json)
        rates[name] = rate
        q = statistics.quantiles(latencies, n=100)
        mean = statistics.fmean(latencies) * 1e3
        print(f"{name:<15}: {rate:,.0f} assessments/s; latency mean {mean:.3f} ms, "
              f"p50 {q[49] * 1e3:.3f}, p95 {q[94] * 1e3:.3f}, p99 {q[98] * 1e3:.3f} ms"
              + (f" (mean {gaps / args.n:.1f} plan actions)" if with_plan else ""))
    print(f"decisions      : {', '.join(f'{k} {v}' for k, v in sorted(decisions.items()))}")
    print(f"plan cost      : scoring with the plan takes {rates['decision'] / rates['with plan']:.2f}x "
          "the time of the decision alone")
    print(f"target         : {'met' if rates['decision'] >= 2000 else 'MISSED'} (>= 2,000 assessments/s "
          f"for the decision; {rates['with plan']:,.0f}/s with the corrective-action plan)")


def _run(cs: CompiledSet, batch: list[Assessment], with_plan: bool,
         with_json: bool) -> tuple[float, list[float], dict[str, int], int]:
    latencies = []
    decisions: dict[str, int] = {}
    gaps = 0
    begin = time.perf_counter()
    for a in batch:
        t0 = time.perf_counter()
        result = score(cs, a)
        if with_plan:
            gaps += len(result.plan)
        if with_json:
            result.to_json()
        latencies.append(time.perf_counter() - t0)
        decisions[result.decision] = decisions.get(result.decision, 0) + 1
    return len(batch) / (time.perf_counter() - begin), latencies, decisions, gaps


if __name__ == "__main__":
    main()
