"""GEXF for Gephi with time: dated facts carry `start`/`end`, so the timeline plays them.

networkx writes an element's `start`/`end` attributes as GEXF time bounds (ISO date
strings make the graph `mode="dynamic"` with `timeformat="date"`). Relationships and
Event nodes get the bounds of their date (`dateStart`/`dateEnd`, else the `date`
prefix); undated facts carry none and stay visible over the whole timeline.

GEXF gives an edge's `type` its own meaning (directed, undirected, mutual), so the
relationship type travels as `relType` (and is the edge `label` unless the fact has its
own wording, as UPGRADED_TO has).
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from graph.export.attrs import date_bounds
from graph.nx import edge_id, node_id, sink_graph
from graph.types import Graph, NodeLabel

REL_TYPE = "relType"


def gexf_graph(graph: Graph) -> nx.MultiDiGraph:
    """The sink graph with GEXF time bounds and `relType` in place of edge `type`."""
    g = sink_graph(graph)
    for node in graph.nodes.values():
        if node.label is NodeLabel.Event:
            _set_bounds(g.nodes[node_id(node.ref)], date_bounds(node.props))
    for rel in graph.rels.values():
        data = g.edges[node_id(rel.start), node_id(rel.end), edge_id(rel)]
        data[REL_TYPE] = data.pop("type")
        data["id"] = edge_id(rel)
        _set_bounds(data, date_bounds(rel.props))
    return g


def _set_bounds(data: dict, bounds: tuple[str | None, str | None]) -> None:
    start, end = bounds
    if start:
        data["start"] = start
    if end:
        data["end"] = end


def write_gexf(graph: Graph, path: Path) -> None:
    """Write `graph` as GEXF 1.2 with time bounds on dated relationships and events."""
    nx.write_gexf(gexf_graph(graph), path)
