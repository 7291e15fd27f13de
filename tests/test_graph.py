"""The dependency graph of the small hand-checked set."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest

from hria import graph
from hria.criteria_sets import load_set_file
from hria.models.criteria import Prerequisite
from tests.conftest import shipped_set_files


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


def test_plain_python_order_and_reach_agree_with_networkx() -> None:
    """Loading and scoring no longer import networkx: every shipped set gets the same order and
    the same downstream criteria as networkx gives."""
    for path in shipped_set_files():
        cs = load_set_file(path).model
        g = graph.build(cs)
        deps = nx.DiGraph()
        deps.add_nodes_from(c.id for c in cs.criteria)
        deps.add_edges_from((u, v) for u, v, k in g.edges(data="kind") if k != "member")
        assert graph.evaluation_order(cs) == list(nx.lexicographical_topological_sort(deps)), path
        succ = graph.successors(cs)
        for c in cs.criteria:
            assert graph.reachable(succ, c.id) == graph.downstream(g, c.id), (path, c.id)


def test_a_cycle_is_still_named(mini_path: Path) -> None:
    cs = load_set_file(mini_path).model
    first = cs.criteria[0]
    looped = first.model_copy(update={"prerequisites": [
        *first.prerequisites, Prerequisite.model_validate({"criterion": "MINI-GOV-02", "at_least": 1})]})
    cs = cs.model_copy(update={"criteria": [looped, *cs.criteria[1:]]})
    assert graph.cycles(cs) == [["MINI-GOV-01", "MINI-GOV-02"]]
    with pytest.raises(nx.NetworkXUnfeasible):
        graph.evaluation_order(cs)
