"""The dependency graph of a criteria set — the only module that imports networkx.

Nodes are criteria and rights domains. Edges run from a criterion to what
depends on it: ``prerequisite`` (caps the dependent's score), ``applicability``
(switches the dependent on or off) and ``member`` (criterion -> its domain).

What loading and scoring need on every run — the evaluation order, what depends
on a criterion, whether there is a cycle at all — is worked out here in plain
Python from ``successors``; networkx (0.15–0.2 s to import, in every process
that issues a certificate) is imported only to draw, summarise or name cycles.
"""

from __future__ import annotations

import heapq
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from hria.models.criteria import CriteriaSet

if TYPE_CHECKING:
    import networkx as nx

DOMAIN_PREFIX = "domain:"


@dataclass(frozen=True)
class GraphSummary:
    criteria: int
    domains: int
    prerequisite_edges: int
    applicability_edges: int
    depth: int
    most_depended_on: list[tuple[str, int]]


def successors(cs: CriteriaSet) -> dict[str, set[str]]:
    """Criterion -> the criteria that depend on it directly (the edges of ``dependencies``)."""
    ids = {c.id for c in cs.criteria}
    out: dict[str, set[str]] = {c.id: set() for c in cs.criteria}
    for c in cs.criteria:
        for pre in c.prerequisites:
            if pre.criterion in ids:
                out[pre.criterion].add(c.id)
        for cond in c.applicability.when if c.applicability else []:
            if cond.criterion in ids:
                out[cond.criterion].add(c.id)
    return out


def _ordered(succ: dict[str, set[str]]) -> list[str] | None:
    """Kahn's algorithm taking the smallest id ready, as networkx's lexicographical topological
    sort does; None when a cycle leaves criteria unordered."""
    waiting = dict.fromkeys(succ, 0)
    for targets in succ.values():
        for t in targets:
            waiting[t] += 1
    ready = [n for n, count in waiting.items() if count == 0]
    heapq.heapify(ready)
    order = []
    while ready:
        n = heapq.heappop(ready)
        order.append(n)
        for t in succ[n]:
            waiting[t] -= 1
            if waiting[t] == 0:
                heapq.heappush(ready, t)
    return order if len(order) == len(succ) else None


def reachable(succ: dict[str, set[str]], criterion_id: str) -> set[str]:
    """Criteria that depend on ``criterion_id``, directly or through others (``downstream``)."""
    seen: set[str] = set()
    todo = list(succ.get(criterion_id, ()))
    while todo:
        n = todo.pop()
        if n not in seen:
            seen.add(n)
            todo.extend(succ[n])
    return seen


def build(cs: CriteriaSet) -> nx.DiGraph:
    """The full graph; links to criteria that do not exist are left out (crossref reports them)."""
    import networkx as nx

    g = nx.DiGraph(set_ref=cs.ref)
    ids = {c.id for c in cs.criteria}
    for d in cs.domains:
        g.add_node(DOMAIN_PREFIX + d.id, kind="domain", weight=d.weight)
    for c in cs.criteria:
        g.add_node(c.id, kind="criterion", domain=c.domain, must_pass=c.must_pass is not None)
    for c in cs.criteria:
        g.add_edge(c.id, DOMAIN_PREFIX + c.domain, kind="member")
        for pre in c.prerequisites:
            if pre.criterion in ids:
                g.add_edge(pre.criterion, c.id, kind="prerequisite",
                           at_least=pre.at_least, cap=pre.cap)
        for cond in c.applicability.when if c.applicability else []:
            if cond.criterion in ids and not g.has_edge(cond.criterion, c.id):
                g.add_edge(cond.criterion, c.id, kind="applicability", at_least=cond.at_least)
    return g


def dependencies(g: nx.DiGraph) -> nx.DiGraph:
    """Only the criterion-to-criterion edges (prerequisites and applicability)."""
    return g.edge_subgraph(
        (u, v) for u, v, kind in g.edges(data="kind") if kind != "member"
    ).copy()


def cycles(cs: CriteriaSet) -> list[list[str]]:
    """One cycle per strongly connected knot of dependencies, each listed from its smallest id."""
    if _ordered(successors(cs)) is not None:
        return []
    import networkx as nx

    deps = dependencies(build(cs))
    found = []
    for component in nx.strongly_connected_components(deps):
        if len(component) < 2 and not any(deps.has_edge(n, n) for n in component):
            continue
        sub = deps.subgraph(component)
        edges = nx.find_cycle(sub, source=min(component))
        found.append([u for u, _ in edges])
    return sorted(found)


def evaluation_order(cs: CriteriaSet) -> list[str]:
    """Criteria ordered so everything a criterion depends on comes before it (stable by id)."""
    order = _ordered(successors(cs))
    if order is not None:
        return order
    import networkx as nx  # a cycle: networkx raises NetworkXUnfeasible, as it always did here

    g = build(cs)
    deps = nx.DiGraph()
    deps.add_nodes_from(c.id for c in cs.criteria)
    deps.add_edges_from((u, v) for u, v, k in g.edges(data="kind") if k != "member")
    return list(nx.lexicographical_topological_sort(deps))


def downstream(g: nx.DiGraph, criterion_id: str) -> set[str]:
    """Criteria that depend on ``criterion_id``, directly or through others."""
    import networkx as nx

    return {n for n in nx.descendants(g, criterion_id) if not n.startswith(DOMAIN_PREFIX)}


def summary(cs: CriteriaSet, top: int = 5) -> GraphSummary:
    import networkx as nx

    g = build(cs)
    deps = dependencies(g)
    kinds = [k for _, _, k in g.edges(data="kind")]
    ranked = sorted(
        ((c.id, len(downstream(g, c.id))) for c in cs.criteria), key=lambda x: (-x[1], x[0])
    )
    return GraphSummary(
        criteria=len(cs.criteria),
        domains=len(cs.domains),
        prerequisite_edges=kinds.count("prerequisite"),
        applicability_edges=kinds.count("applicability"),
        depth=nx.dag_longest_path_length(deps) if deps.number_of_edges() else 0,
        most_depended_on=[r for r in ranked[:top] if r[1] > 0],
    )


def to_dot(cs: CriteriaSet) -> str:
    g = build(cs)
    lines = [f'digraph "{cs.ref}" {{', "  rankdir=LR;", "  node [shape=box, fontsize=10];"]
    for d in cs.domains:
        lines.append(f'  "{DOMAIN_PREFIX}{d.id}" [shape=ellipse, label="{d.id}"];')
    for c in cs.criteria:
        style = ", peripheries=2" if c.must_pass else ""
        lines.append(f'  "{c.id}" [label="{c.id}"{style}];')
    styles = {"prerequisite": "solid", "applicability": "dashed", "member": "dotted"}
    for u, v, data in sorted(g.edges(data=True)):
        label = f', label=">={data["at_least"]}"' if "at_least" in data else ""
        lines.append(f'  "{u}" -> "{v}" [style={styles[data["kind"]]}{label}];')
    lines.append("}")
    return "\n".join(lines) + "\n"


def to_mermaid(cs: CriteriaSet) -> str:
    g = build(cs)

    def node(n: str) -> str:
        return n.replace(":", "_").replace("-", "_")

    lines = ["flowchart LR"]
    for d in cs.domains:
        lines.append(f"  {node(DOMAIN_PREFIX + d.id)}([{d.id}])")
    for c in cs.criteria:
        lines.append(f"  {node(c.id)}[{'**' if c.must_pass else ''}{c.id}{'**' if c.must_pass else ''}]")
    arrows = {"prerequisite": "-->", "applicability": "-.->", "member": "---"}
    for u, v, data in sorted(g.edges(data=True)):
        label = f"|>={data['at_least']}|" if "at_least" in data else ""
        lines.append(f"  {node(u)} {arrows[data['kind']]}{label} {node(v)}")
    return "\n".join(lines) + "\n"


def to_json(cs: CriteriaSet) -> str:
    g = build(cs)
    s = summary(cs)
    doc = {
        "set": cs.ref,
        "nodes": [{"id": n, **g.nodes[n]} for n in sorted(g.nodes)],
        "edges": [{"from": u, "to": v, **d} for u, v, d in sorted(g.edges(data=True))],
        "summary": {
            "criteria": s.criteria,
            "domains": s.domains,
            "prerequisite_edges": s.prerequisite_edges,
            "applicability_edges": s.applicability_edges,
            "depth": s.depth,
            "most_depended_on": [{"id": i, "dependents": n} for i, n in s.most_depended_on],
        },
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
