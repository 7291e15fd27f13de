"""The dependency graph of the small hand-checked set."""

from __future__ import annotations

import json
from pathlib import Path

from hria import graph
from hria.criteria_sets import load_set_file


def test_graph_edges_and_summary(mini_path: Path) -> None:
    cs = load_set_file(mini_path).model
    g = graph.build(cs)
    kinds = {(u, v): k for u, v, k in g.edges(data="kind")}
    assert kinds[("MINI-GOV-01", "MINI-GOV-02")] == "prerequisite"
    assert kinds[("MINI-GOV-02", "MINI-GRV-02")] == "prerequisite"
    assert kinds[("MINI-GRV-01", "MINI-GRV-02")] == "applicability"
    assert kinds[("MINI-GOV-01", "domain:governance")] == "member"
    s = graph.summary(cs)
    assert (s.criteria, s.domains, s.prerequisite_edges, s.applicability_edges, s.depth) == (4, 2, 2, 1, 2)
    assert s.most_depended_on == [("MINI-GOV-01", 2), ("MINI-GOV-02", 1), ("MINI-GRV-01", 1)]


def test_evaluation_order_puts_dependencies_first(mini_path: Path) -> None:
    cs = load_set_file(mini_path).model
    assert graph.evaluation_order(cs) == ["MINI-GOV-01", "MINI-GOV-02", "MINI-GRV-01", "MINI-GRV-02"]
    assert graph.downstream(graph.build(cs), "MINI-GOV-01") == {"MINI-GOV-02", "MINI-GRV-02"}


def test_exports(mini_path: Path) -> None:
    cs = load_set_file(mini_path).model
    dot = graph.to_dot(cs)
    assert '"MINI-GOV-01" -> "MINI-GOV-02" [style=solid, label=">=2"];' in dot
    assert '"MINI-GRV-01" -> "MINI-GRV-02" [style=dashed, label=">=1"];' in dot
    mermaid = graph.to_mermaid(cs)
    assert mermaid.startswith("flowchart LR\n")
    assert "MINI_GRV_01 -.->|>=1| MINI_GRV_02" in mermaid
    data = json.loads(graph.to_json(cs))
    assert data["summary"]["prerequisite_edges"] == 2
    assert len(data["edges"]) == 2 + 1 + 4
