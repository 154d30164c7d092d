"""Centrality on a small hand-built graph, checked against values computed by hand.

Persons A (VNM), B (USA), C (KAZ), D (VNM), E (RUS); meetings A–B reported by two
articles, B–C by one, D–E by one, and D–F (F: another VNM official, a domestic meeting).
"""

from __future__ import annotations

import math

import pytest

from graph import analyze
from graph.analyze import CentralityRow, centrality, country_graph, person_graph
from graph.types import Graph, Node, NodeLabel, Rel, RelType

P = NodeLabel.Person


def _meet(g: Graph, a: str, b: str, articles: list[str]) -> None:
    g.add_rel(Rel(RelType.MET_WITH, (P, a), (P, b), f"{a}{b}", {"articles": articles}))


def hand_graph(with_domestic: bool = False) -> Graph:
    g = Graph()
    for pid, country in [("A", "VNM"), ("B", "USA"), ("C", "KAZ"), ("D", "VNM"), ("E", "RUS")]:
        g.add_node(Node(P, pid, {"id": pid, "name": f"Person {pid}", "country": country}))
    for iso in ["VNM", "USA", "KAZ", "RUS"]:
        g.add_node(Node(NodeLabel.Country, iso, {"iso3": iso, "name": iso.title()}))
    _meet(g, "A", "B", ["a1", "a2"])
    _meet(g, "B", "C", ["a1"])
    _meet(g, "D", "E", ["a3"])
    if with_domestic:
        g.add_node(Node(P, "F", {"id": "F", "name": "Person F"}))
        g.add_rel(Rel(RelType.OF_COUNTRY, (P, "F"), (NodeLabel.Country, "VNM")))
        _meet(g, "D", "F", ["a3"])
    return g


def _by_name(rows: list[CentralityRow]) -> dict[str, CentralityRow]:
    return {r.name.removeprefix("Person "): r for r in rows}


def test_analyze_centrality_persons_matches_hand_computation() -> None:
    rows = _by_name(centrality(person_graph(hand_graph())))
    assert {n: r.degree for n, r in rows.items()} == {"A": 1, "B": 2, "C": 1, "D": 1, "E": 1}
    assert {n: r.weighted_degree for n, r in rows.items()} == {
        "A": 2.0,
        "B": 3.0,
        "C": 1.0,
        "D": 1.0,
        "E": 1.0,
    }
    # Betweenness: only B lies between a pair (A, C); normalised by C(n-1, 2) = 6 pairs.
    assert rows["B"].betweenness == pytest.approx(1 / 6)
    assert all(rows[n].betweenness == 0 for n in "ACDE")
    # PageRank, damping 0.85, teleport 0.15 / 5 = 0.03 each:
    #   D = E = 0.03 + 0.85 D  →  D = E = 0.2
    #   A = 0.03 + 0.85·(2/3)·B,  C = 0.03 + 0.85·(1/3)·B,  B = 0.03 + 0.85·(A + C)
    #   → B = 0.081 / 0.2775 = 0.2918919, A = 0.1954054, C = 0.1127027
    expected_pr = {"A": 0.1954054, "B": 0.2918919, "C": 0.1127027, "D": 0.2, "E": 0.2}
    for name, value in expected_pr.items():
        assert rows[name].pagerank == pytest.approx(value, abs=1e-6)
    # Eigenvector on the largest component A–B–C, adjacency [[0,2,0],[2,0,1],[0,1,0]]:
    #   λ = √5, x ∝ (2, √5, 1), unit length: divide by √10.
    assert rows["A"].eigenvector == pytest.approx(2 / math.sqrt(10), abs=1e-4)
    assert rows["B"].eigenvector == pytest.approx(math.sqrt(5) / math.sqrt(10), abs=1e-4)
    assert rows["C"].eigenvector == pytest.approx(1 / math.sqrt(10), abs=1e-4)
    assert rows["D"].eigenvector is None and rows["E"].eigenvector is None


def test_analyze_centrality_notes_the_component_used_for_eigenvector() -> None:
    projection = person_graph(hand_graph())
    centrality(projection)
    assert projection.notes == [
        "eigenvector centrality on the largest component only (2 nodes outside)"
    ]


def test_analyze_centrality_orders_by_pagerank_and_cuts_top() -> None:
    rows = centrality(person_graph(hand_graph()), top=2)
    assert [r.name for r in rows] == ["Person B", "Person D"]  # D and E tie at 0.2: by name


def test_analyze_centrality_countries_project_meetings_upgrades_signings() -> None:
    g = hand_graph(with_domestic=True)
    C = NodeLabel.Country
    g.add_rel(Rel(RelType.UPGRADED_TO, (C, "VNM"), (C, "USA"), "csp", {"articles": ["a9"]}))
    g.add_node(Node(NodeLabel.Event, "s1", {"kind": "signing", "date": "2025-05"}))
    g.add_rel(Rel(RelType.SIGNED, (C, "VNM"), (NodeLabel.Event, "s1"), "s1", {"articles": ["a4"]}))
    g.add_rel(Rel(RelType.SIGNED, (P, "C"), (NodeLabel.Event, "s1"), "s1", {"articles": ["a4"]}))
    projection = country_graph(g)
    weights = {tuple(sorted((a, b))): d["weight"] for a, b, d in projection.graph.edges(data=True)}
    # VNM–USA: meeting A–B (2 articles) + upgrade (1); USA–KAZ: B–C; RUS–VNM: D–E;
    # KAZ–VNM: the signing; the D–F meeting is domestic and left out, with a note.
    assert weights == {("USA", "VNM"): 3, ("KAZ", "USA"): 1, ("RUS", "VNM"): 1, ("KAZ", "VNM"): 1}
    assert projection.notes == ["1 meetings between officials of the same country left out"]
    rows = {r.node: r for r in centrality(projection)}
    assert {n: r.degree for n, r in rows.items()} == {"VNM": 3, "USA": 2, "KAZ": 2, "RUS": 1}
    assert {n: r.weighted_degree for n, r in rows.items()} == {
        "VNM": 5.0,
        "USA": 4.0,
        "KAZ": 2.0,
        "RUS": 1.0,
    }
    # Only VNM lies on shortest paths (RUS–USA, RUS–KAZ): 2 of C(3, 2) = 3 pairs.
    assert rows["VNM"].betweenness == pytest.approx(2 / 3)
    assert all(rows[n].betweenness == 0 for n in ("USA", "KAZ", "RUS"))
    assert sum(r.pagerank for r in rows.values()) == pytest.approx(1.0)
    assert all(r.eigenvector is not None for r in rows.values())  # connected: defined


def test_analyze_centrality_empty_graph_gives_no_rows() -> None:
    assert centrality(person_graph(Graph())) == []


def test_analyze_centrality_no_edges_leaves_eigenvector_empty() -> None:
    projection = country_graph(Graph())
    projection.graph.add_node("VNM", name="Viet Nam")
    rows = centrality(projection)
    assert rows[0].pagerank == pytest.approx(1.0) and rows[0].eigenvector is None
    assert projection.notes == ["eigenvector centrality undefined: no edges"]


def test_analyze_centrality_eigenvector_non_convergence_is_reported(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(analyze, "MAX_ITER", 1)
    projection = person_graph(hand_graph())
    rows = centrality(projection)
    assert all(r.eigenvector is None for r in rows)
    assert "eigenvector centrality did not converge; left empty" in projection.notes


def test_analyze_centrality_samples_betweenness_on_large_graphs(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(analyze, "BETWEENNESS_EXACT_UP_TO", 3)
    monkeypatch.setattr(analyze, "BETWEENNESS_SAMPLE", 2)
    projection = person_graph(hand_graph())
    rows = centrality(projection)
    assert "betweenness estimated from 2 sampled source nodes" in projection.notes
    assert all(0.0 <= r.betweenness <= 1.0 for r in rows)


def test_analyze_centrality_pagerank_spreads_an_isolated_nodes_score() -> None:
    projection = person_graph(hand_graph())
    projection.graph.add_node("Person:Z", name="Person Z", country="VNM")
    rows = _by_name(centrality(projection))
    # Z has no edges: it keeps only its teleport share and spreads the rest evenly, so
    # every score changes, but the scores still sum to one and D = E by symmetry.
    assert sum(r.pagerank for r in rows.values()) == pytest.approx(1.0)
    assert rows["D"].pagerank == pytest.approx(rows["E"].pagerank)
    assert rows["Z"].degree == 0 and rows["Z"].eigenvector is None
