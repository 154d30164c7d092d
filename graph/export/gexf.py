"""GEXF for Gephi with time: dated facts carry `start`/`end`, so the timeline plays them.

networkx writes an element's `start`/`end` attributes as GEXF time bounds (ISO date
strings make the graph `mode="dynamic"` with `timeformat="date"`). Relationships and
Event nodes get the bounds of their date (`dateStart`/`dateEnd`, else the `date`
prefix); undated facts carry none and stay visible over the whole timeline.

A partnership level is a state, not an event: an UPGRADED_TO edge lasts from its date
until the day before the same pair's next dated level (normalised 1995, comprehensive
partnership 2013 → 1995-01-01 .. 2012-12-31), and the pair's latest level stays open, so
playing the timeline shows each pair at the level it had then.

GEXF gives an edge's `type` its own meaning (directed, undirected, mutual), so the
relationship type travels as `relType` (and is the edge `label` unless the fact has its
own wording, as UPGRADED_TO has).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import networkx as nx

from graph.export.attrs import date_bounds
from graph.nx import edge_id, node_id, sink_graph
from graph.types import Graph, NodeLabel, Rel, RelType

REL_TYPE = "relType"


def gexf_graph(graph: Graph) -> nx.MultiDiGraph:
    """The sink graph with GEXF time bounds and `relType` in place of edge `type`."""
    g = sink_graph(graph)
    for node in graph.nodes.values():
        if node.label is NodeLabel.Event:
            _set_bounds(g.nodes[node_id(node.ref)], date_bounds(node.props))
    levels = _level_spans(graph)
    for rel in graph.rels.values():
        data = g.edges[node_id(rel.start), node_id(rel.end), edge_id(rel)]
        data[REL_TYPE] = data.pop("type")
        data["id"] = edge_id(rel)
        _set_bounds(data, levels.get(rel.ref) or date_bounds(rel.props))
    return g


def _level_spans(graph: Graph) -> dict[tuple, tuple[str | None, str | None]]:
    """Each dated UPGRADED_TO's span: from its first day to the day before the pair's
    next level starts (never before its own start), open for the pair's latest."""
    by_pair: dict[frozenset, list[tuple[str, int, Rel]]] = {}
    for rel in graph.rels.values():
        if rel.type is not RelType.UPGRADED_TO:
            continue
        start, _ = date_bounds(rel.props)
        if start:
            pair = by_pair.setdefault(frozenset((rel.start, rel.end)), [])
            pair.append((start, rel.props.get("rank") or 0, rel))
    spans: dict[tuple, tuple[str | None, str | None]] = {}
    for levels in by_pair.values():
        levels.sort(key=lambda level: level[:2])
        for (start, _, rel), later in zip(levels, [*levels[1:], None], strict=True):
            end = None if later is None else max(start, _day_before(later[0]))
            spans[rel.ref] = (start, end)
    return spans


def _day_before(iso: str) -> str:
    return (dt.date.fromisoformat(iso) - dt.timedelta(days=1)).isoformat()


def _set_bounds(data: dict, bounds: tuple[str | None, str | None]) -> None:
    start, end = bounds
    if start:
        data["start"] = start
    if end:
        data["end"] = end


def write_gexf(graph: Graph, path: Path) -> None:
    """Write `graph` as GEXF 1.2 with time bounds on dated relationships and events."""
    nx.write_gexf(gexf_graph(graph), path)
