"""Offline analysis of the resolved graph with networkx: centrality and timelines.

Two projections of the graph are analysed:

- `person_graph`: persons and offices, linked by MET_WITH; an edge's weight is the number
  of article reports of their meetings (summed over meetings).
- `country_graph`: countries, linked when their officials met, when they upgraded
  relations, or when they signed together; weight = article reports of those facts.

`centrality` scores either projection: degree (distinct partners), weighted degree,
betweenness (normalised, on hops: weights are strengths, not distances), PageRank
(weighted, damping 0.85) and eigenvector centrality (weighted). Eigenvector centrality
is only well defined on a connected graph, so it is computed on the largest connected
component and left empty (None) elsewhere; if its power iteration does not converge it
is None for every node and a note says so.

`timeline` lists the partnership ladder (UPGRADED_TO steps in date order, with their
source articles and evidence) and meetings and signings per period.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from enum import Enum
from itertools import combinations
from pathlib import PurePath
from typing import Any

import networkx as nx

from graph.export.attrs import article_count, display_name
from graph.types import Graph, Node, NodeLabel, NodeRef, Rel, RelType

DAMPING = 0.85
MAX_ITER = 1000
TOLERANCE = 1e-10
# Exact betweenness costs O(nodes × edges) (~40 ms per source node at 20k edges); past
# BETWEENNESS_EXACT_UP_TO nodes it is estimated from BETWEENNESS_SAMPLE source nodes.
BETWEENNESS_EXACT_UP_TO = 500
BETWEENNESS_SAMPLE = 200
ACTORS = (NodeLabel.Person, NodeLabel.Office)
UNDATED = "undated"
MAX_CELL = 70  # characters of one table cell


class Scope(str, Enum):
    """Which projection `centrality` scores."""

    person = "person"
    country = "country"


class OutputFormat(str, Enum):
    table = "table"
    json = "json"


@dataclass
class Projection:
    """An undirected weighted graph plus what the projection left out, and why."""

    graph: nx.Graph
    notes: list[str] = field(default_factory=list)


def project(graph: Graph, scope: Scope) -> Projection:
    return person_graph(graph) if scope is Scope.person else country_graph(graph)


def _add_weight(g: nx.Graph, a: str, b: str, weight: int, fact: str) -> None:
    if not g.has_edge(a, b):
        g.add_edge(a, b, weight=0, meetings=0, upgrades=0, signings=0)
    g[a][b]["weight"] += weight
    g[a][b][fact] += 1


def _note(notes: list[str], count: int, what: str) -> None:
    if count:
        notes.append(f"{count} {what}")


def person_graph(graph: Graph) -> Projection:
    """Persons and offices linked by MET_WITH (weight: article reports of meetings)."""
    g, self_loops, index = nx.Graph(), 0, country_index(graph)
    for rel in _rels(graph, RelType.MET_WITH):
        if rel.start == rel.end:
            self_loops += 1
            continue
        for ref in (rel.start, rel.end):
            g.add_node(_nid(ref), name=_name(graph, ref), country=actor_country(index, ref))
        _add_weight(g, _nid(rel.start), _nid(rel.end), article_count(rel), "meetings")
    notes: list[str] = []
    _note(notes, self_loops, "MET_WITH with the same actor at both ends left out")
    return Projection(g, notes)


def country_graph(graph: Graph) -> Projection:
    """Countries linked by their officials' meetings, upgrades and signings (weighted)."""
    g, skipped, index = nx.Graph(), Counter[str](), country_index(graph)
    for rel in _rels(graph, RelType.MET_WITH):
        a, b = actor_country(index, rel.start), actor_country(index, rel.end)
        if a is None or b is None:
            skipped["meetings with an actor of no known country"] += 1
        elif a == b:
            skipped["meetings between officials of the same country"] += 1
        else:
            _add_weight(g, a, b, article_count(rel), "meetings")
    for rel in _rels(graph, RelType.UPGRADED_TO):
        _add_weight(g, rel.start[1], rel.end[1], article_count(rel), "upgrades")
    for parties, weight in signing_parties(graph, index).values():
        for a, b in combinations(sorted(parties), 2):
            _add_weight(g, a, b, weight, "signings")
    for iso3 in g.nodes:
        g.nodes[iso3]["name"] = _name(graph, (NodeLabel.Country, iso3))
        g.nodes[iso3]["country"] = iso3
    notes: list[str] = []
    for what, count in sorted(skipped.items()):
        _note(notes, count, f"{what} left out")
    return Projection(g, notes)


def signing_parties(graph: Graph, index: dict[NodeRef, str]) -> dict[str, tuple[set[str], int]]:
    """Per signing Event id: the countries of its signatories and its article count."""
    events: dict[str, tuple[set[str], int]] = {}
    for rel in _rels(graph, RelType.SIGNED):
        parties, weight = events.get(rel.end[1], (set(), 0))
        country = actor_country(index, rel.start)
        if country:
            parties.add(country)
        events[rel.end[1]] = (parties, max(weight, article_count(rel)))
    return events


def country_index(graph: Graph) -> dict[NodeRef, str]:
    """ISO3 of every node that has one: Countries, and Persons/Offices by their `country`
    property, else by their OF_COUNTRY relationship."""
    index = {ref: ref[1] for ref in graph.nodes if ref[0] is NodeLabel.Country}
    for rel in _rels(graph, RelType.OF_COUNTRY):
        index.setdefault(rel.start, rel.end[1])
    for ref, node in graph.nodes.items():
        if ref[0] in ACTORS and node.props.get("country"):
            index[ref] = str(node.props["country"])
    return index


def actor_country(index: dict[NodeRef, str], ref: NodeRef) -> str | None:
    if ref[0] is NodeLabel.Country:
        return ref[1]
    return index.get(ref)


def _rels(graph: Graph, rel_type: RelType) -> Iterable[Rel]:
    return (r for r in graph.rels.values() if r.type is rel_type)


def _nid(ref: NodeRef) -> str:
    return f"{ref[0].value}:{ref[1]}"


def _name(graph: Graph, ref: NodeRef) -> str:
    node = graph.nodes.get(ref)
    return display_name(node) if node is not None else ref[1]


# ── centrality ─────────────────────────────────────────────────────────────────────


CENTRALITY_COLUMNS = [
    "name",
    "country",
    "degree",
    "weighted_degree",
    "betweenness",
    "pagerank",
    "eigenvector",
]
LADDER_COLUMNS = ["pair", "date", "level", "label", "sources", "evidence"]


@dataclass(frozen=True)
class CentralityRow:
    node: str
    name: str
    country: str | None
    degree: int
    weighted_degree: int  # sum of article counts
    betweenness: float
    pagerank: float
    eigenvector: float | None


def centrality(projection: Projection, top: int | None = None) -> list[CentralityRow]:
    """Every measure for every node, highest PageRank first (see the module docstring)."""
    g = projection.graph
    if g.number_of_nodes() == 0:
        return []
    between = betweenness(g, projection.notes)
    ranks = pagerank(g)
    eigen = eigenvector(g, projection.notes)
    rows = [
        CentralityRow(
            node=str(n),
            name=str(g.nodes[n].get("name", n)),
            country=g.nodes[n].get("country"),
            degree=int(g.degree(n)),
            weighted_degree=int(g.degree(n, weight="weight")),
            betweenness=between[n],
            pagerank=ranks[n],
            eigenvector=eigen.get(n),
        )
        for n in g.nodes
    ]
    rows.sort(key=lambda r: (-r.pagerank, -r.weighted_degree, r.name))
    return rows[:top] if top else rows


def pagerank(g: nx.Graph, alpha: float = DAMPING) -> dict[Any, float]:
    """Weighted PageRank by power iteration over the adjacency (O(edges) per step).

    The same definition as `nx.pagerank` (uniform teleport; a node without edges spreads
    its score evenly), which would need SciPy, a dependency nothing else needs.
    """
    nodes = list(g.nodes)
    n = len(nodes)
    strength = {u: float(g.degree(u, weight="weight")) for u in nodes}
    score = dict.fromkeys(nodes, 1.0 / n)
    for _ in range(MAX_ITER):
        lost = alpha * sum(score[u] for u in nodes if not strength[u]) / n
        following = dict.fromkeys(nodes, (1.0 - alpha) / n + lost)
        for u in nodes:
            if strength[u]:
                share = alpha * score[u] / strength[u]
                for v, data in g[u].items():
                    following[v] += share * data["weight"]
        change = sum(abs(following[u] - score[u]) for u in nodes)
        score = following
        if change < n * TOLERANCE:
            break
    total = sum(score.values())
    return {u: value / total for u, value in score.items()}


def betweenness(g: nx.Graph, notes: list[str]) -> dict[Any, float]:
    """Normalised betweenness; estimated from sampled sources on large graphs."""
    if g.number_of_nodes() <= BETWEENNESS_EXACT_UP_TO:
        return nx.betweenness_centrality(g, normalized=True)
    notes.append(f"betweenness estimated from {BETWEENNESS_SAMPLE} sampled source nodes")
    return nx.betweenness_centrality(g, k=BETWEENNESS_SAMPLE, normalized=True, seed=0)


def eigenvector(g: nx.Graph, notes: list[str]) -> dict[Any, float]:
    """Weighted eigenvector centrality on the largest connected component (see module)."""
    if g.number_of_edges() == 0:
        notes.append("eigenvector centrality undefined: no edges")
        return {}
    component = g.subgraph(_largest_component(g))
    if component.number_of_nodes() < g.number_of_nodes():
        left = g.number_of_nodes() - component.number_of_nodes()
        notes.append(f"eigenvector centrality on the largest component only ({left} nodes outside)")
    try:
        return nx.eigenvector_centrality(component, max_iter=MAX_ITER, weight="weight")
    except nx.PowerIterationFailedConvergence:
        notes.append("eigenvector centrality did not converge; left empty")
        return {}


def _largest_component(g: nx.Graph) -> set:
    def size_then_weight(nodes: set) -> tuple[int, float, str]:
        weight = g.subgraph(nodes).size(weight="weight")
        return (len(nodes), weight, min(str(n) for n in nodes))

    return max(nx.connected_components(g), key=size_then_weight)


# ── timeline ───────────────────────────────────────────────────────────────────────


@dataclass(frozen=True)
class LadderStep:
    pair: str
    level: str
    rank: int | None
    label: str
    date: str | None
    sources: list[str]
    evidence: list[str]  # one sentence per source article, in the same order


@dataclass(frozen=True)
class Activity:
    period: str  # "YYYY-MM", "YYYY" when only the year is known, or "undated"
    meetings: int
    signings: int


@dataclass
class Timeline:
    ladder: list[LadderStep]
    activity: list[Activity]

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def _selected(countries: set[str], country: str | None, pair: tuple[str, str] | None) -> bool:
    if pair is not None:
        return set(pair) <= countries
    return country is None or country in countries


def timeline(
    graph: Graph, country: str | None = None, pair: tuple[str, str] | None = None
) -> Timeline:
    """The partnership ladder and activity per period, for one country, a pair, or all."""
    ladder = [
        _step(graph, rel)
        for rel in _rels(graph, RelType.UPGRADED_TO)
        if _selected({rel.start[1], rel.end[1]}, country, pair)
    ]
    ladder.sort(key=lambda s: (s.pair, s.date is None, s.date or "", s.rank or 0))
    return Timeline(ladder, _activity(graph, country, pair))


def _step(graph: Graph, rel: Rel) -> LadderStep:
    p = rel.props
    rank = p.get("rank")
    return LadderStep(
        pair="–".join(sorted((rel.start[1], rel.end[1]))),
        level=str(p.get("level") or rel.key),
        rank=int(rank) if rank is not None else None,
        label=str(p.get("label") or ""),
        date=_date_text(p.get("date")),
        sources=[_article_name(graph, a) for a in _as_list(p.get("articles"))],
        evidence=_as_list(p.get("evidence")),
    )


def _activity(graph: Graph, country: str | None, pair: tuple[str, str] | None) -> list[Activity]:
    index = country_index(graph)
    meetings: Counter[str] = Counter()
    for rel in _rels(graph, RelType.MET_WITH):
        ends = (actor_country(index, rel.start), actor_country(index, rel.end))
        if _selected({c for c in ends if c}, country, pair):
            meetings[period(rel.props.get("date"))] += 1
    signings: Counter[str] = Counter()
    for event_id, (parties, _) in signing_parties(graph, index).items():
        if _selected(parties, country, pair):
            signings[period(_event_date(graph, event_id))] += 1
    periods = sorted(set(meetings) | set(signings), key=lambda p: (p == UNDATED, p))
    return [Activity(p, meetings[p], signings[p]) for p in periods]


def period(date: Any) -> str:
    """The month of a date prefix ("2025-05"), its year if that is all, else "undated"."""
    text = _date_text(date)
    if not text or not text[:4].isdigit():
        return UNDATED
    return text[:7] if len(text) >= 7 else text[:4]


def _event_date(graph: Graph, event_id: str) -> Any:
    node = graph.nodes.get((NodeLabel.Event, event_id))
    if node is not None and node.props.get("date"):
        return node.props["date"]
    dates = [r.props.get("date") for r in _rels(graph, RelType.SIGNED) if r.end[1] == event_id]
    return next((d for d in dates if d), None)


def _date_text(value: Any) -> str | None:
    if value is None or value == "":
        return None
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def _as_list(value: Any) -> list[str]:
    if value is None or value == "":
        return []
    return [str(v) for v in value] if isinstance(value, (list, tuple)) else [str(value)]


def _article_name(graph: Graph, article_id: str) -> str:
    node: Node | None = graph.nodes.get((NodeLabel.Article, article_id))
    if node is None:
        return article_id
    file = node.props.get("file")
    return PurePath(str(file)).name if file else str(node.props.get("title") or article_id)


# ── plain-text tables ──────────────────────────────────────────────────────────────


def table(rows: list[dict[str, Any]], columns: list[str] | None = None) -> str:
    """A fixed-width text table; floats to 4 places, None as "-", long cells cut."""
    if not rows:
        return "(none)"
    columns = columns or list(rows[0])
    cells = [[_cell(row.get(c)) for c in columns] for row in rows]
    widths = [max(len(c), *(len(r[i]) for r in cells)) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)) for r in cells]
    return "\n".join(line.rstrip() for line in lines)


def _cell(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.4f}"
    text = " | ".join(str(v) for v in value) if isinstance(value, list) else str(value)
    # Tables are for reading; the full text (evidence) is in `--format json`.
    return text if len(text) <= MAX_CELL else text[: MAX_CELL - 1] + "…"


def rows_of(records: Iterable[Any]) -> list[dict[str, Any]]:
    """Dataclass records as dicts, for `table` and JSON output."""
    return [asdict(r) for r in records]
