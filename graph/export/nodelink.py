"""Node-link JSON that `networkx.node_link_graph(data, edges="edges")` reads back."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

import networkx as nx

from graph.nx import to_networkx
from graph.types import Graph

EDGES = "edges"  # the key networkx ≥ 3.4 uses by default; named so readers need no warning


def node_link(graph: Graph) -> dict[str, Any]:
    """The node-link document: properties as they are (lists stay lists), plus `type`."""
    return nx.node_link_data(to_networkx(graph), edges=EDGES)


def write_node_link(graph: Graph, path: Path) -> None:
    text = json.dumps(node_link(graph), ensure_ascii=False, indent=1, default=_iso)
    path.write_text(text + "\n", encoding="utf-8")


def _iso(value: Any) -> str:
    # A store may hand back real dates; JSON has no date type.
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")
