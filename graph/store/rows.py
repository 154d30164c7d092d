"""The typed property schema of the stored graph, and the parameter rows every store writes.

`PROPERTIES` declares, for each label and relationship type, the properties besides the
key and their types — the one place a store learns its schema from. `ENDPOINTS` lists
which labels each relationship type connects.

Rows are what `UNWIND $rows AS row MERGE … SET …` receives: plain dicts of JSON scalars,
lists of strings and ISO date strings (`"2025-05-01"`), with every declared property
present (None when unknown) so one statement fits every row. Each store converts dates
itself (`date(row.dateStart)` in both Cyphers).

    node row: {"id": …, <props>}            (`"iso3"` instead of `"id"` for Country)
    rel row:  {"start": …, "end": …, "key": …, <props>}, grouped by endpoint labels

Pure functions only: tests assert on them and both writers share them.
"""

from __future__ import annotations

from enum import Enum
from typing import Any

from graph.types import Graph, NodeLabel, NodeRef, RelType


class PropType(str, Enum):
    STRING = "STRING"
    STRINGS = "STRING[]"
    INTS = "INT64[]"
    DATE = "DATE"
    INT = "INT64"


S, L, D, N = PropType.STRING, PropType.STRINGS, PropType.DATE, PropType.INT

_DATED = {"date": S, "dateStart": D, "dateEnd": D}
# Parallel lists: article i reported the fact in evidence[i], found at characters
# evidenceStart[i]..evidenceEnd[i] of its original text (-1: offsets not known).
_SOURCED = {
    "articles": L,
    "evidence": L,
    "evidenceStart": PropType.INTS,
    "evidenceEnd": PropType.INTS,
}

NODE_PROPERTIES: dict[NodeLabel, dict[str, PropType]] = {
    NodeLabel.Country: {"name": S},
    NodeLabel.Person: {"name": S, "aliases": L, "country": S, "articles": L},
    NodeLabel.Office: {"title": S, "country": S, "articles": L},
    NodeLabel.Event: {"kind": S, **_DATED, "place": S, "title": S, "articles": L},
    NodeLabel.Article: {"file": S, "title": S, "published": S, "source": S},
}

REL_PROPERTIES: dict[RelType, dict[str, PropType]] = {
    RelType.MET_WITH: {**_DATED, "kind": S, "event": S, **_SOURCED},
    RelType.UPGRADED_TO: {
        "level": S,
        "rank": N,
        "label": S,
        **_DATED,
        **_SOURCED,
    },
    RelType.SIGNED: {**_DATED, "event": S, **_SOURCED},
    RelType.HOLDS: {"asOf": S, "articles": L},
    RelType.OF_COUNTRY: {},
    RelType.PARTICIPATED_IN: {"role": S},
    RelType.REPORTED_IN: {},
}

_P, _O, _C, _E = NodeLabel.Person, NodeLabel.Office, NodeLabel.Country, NodeLabel.Event
ENDPOINTS: dict[RelType, tuple[tuple[NodeLabel, NodeLabel], ...]] = {
    RelType.MET_WITH: ((_P, _P), (_P, _O), (_O, _P), (_O, _O)),
    RelType.UPGRADED_TO: ((_C, _C),),
    RelType.SIGNED: ((_C, _E), (_O, _E), (_P, _E)),
    RelType.HOLDS: ((_P, _O),),
    RelType.OF_COUNTRY: ((_P, _C), (_O, _C)),
    RelType.PARTICIPATED_IN: ((_P, _E), (_O, _E), (_C, _E)),
    RelType.REPORTED_IN: ((_E, NodeLabel.Article),),
}

RelRef = tuple[RelType, NodeRef, NodeRef, str]
Endpoints = tuple[NodeLabel, NodeLabel]


def node_rows(graph: Graph, label: NodeLabel) -> list[dict[str, Any]]:
    """One row per node of `label`, sorted by key: the key under its property name, then
    every declared property."""
    declared = NODE_PROPERTIES[label]
    nodes = sorted((n for n in graph.nodes.values() if n.label is label), key=lambda n: n.id)
    return [{label.key: n.id, **{p: n.props.get(p) for p in declared}} for n in nodes]


def rel_rows(graph: Graph, type: RelType) -> list[dict[str, Any]]:
    """One row per relationship of `type`, with `startLabel`/`endLabel` beside the keys."""
    return [
        {"startLabel": s.value, "endLabel": e.value, **row}
        for (s, e), rows in rel_row_groups(graph, type).items()
        for row in rows
    ]


def rel_row_groups(graph: Graph, type: RelType) -> dict[Endpoints, list[dict[str, Any]]]:
    """Rows of `type` grouped by (start label, end label), for label-specific MATCHes."""
    declared = REL_PROPERTIES[type]
    groups: dict[Endpoints, list[dict[str, Any]]] = {}
    for rel in sorted((r for r in graph.rels.values() if r.type is type), key=_rel_order):
        row: dict[str, Any] = {"start": rel.start[1], "end": rel.end[1], "key": rel.key}
        row.update({p: rel.props.get(p) for p in declared})
        groups.setdefault((rel.start[0], rel.end[0]), []).append(row)
    return groups


def node_key_rows(refs: list[NodeRef]) -> dict[NodeLabel, list[dict[str, Any]]]:
    """Nodes to delete, as key rows grouped by label."""
    groups: dict[NodeLabel, list[dict[str, Any]]] = {}
    for label, key in sorted(refs):
        groups.setdefault(label, []).append({label.key: key})
    return groups


def rel_key_rows(refs: list[RelRef]) -> dict[tuple[RelType, Endpoints], list[dict[str, Any]]]:
    """Relationships to delete, as {start, end, key} rows grouped by type and endpoints."""
    groups: dict[tuple[RelType, Endpoints], list[dict[str, Any]]] = {}
    for type, start, end, key in sorted(refs):
        groups.setdefault((type, (start[0], end[0])), []).append(
            {"start": start[1], "end": end[1], "key": key}
        )
    return groups


def _rel_order(rel: Any) -> tuple[str, str, str, str, str]:
    return (rel.start[0].value, rel.start[1], rel.end[0].value, rel.end[1], rel.key)
