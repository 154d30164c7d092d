"""GraphML for Gephi, yEd and igraph: typed scalar attributes only (see `attrs`)."""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from graph.nx import sink_graph
from graph.types import Graph


def write_graphml(graph: Graph, path: Path) -> None:
    """Write `graph` as GraphML; every node has `label`/`type`, every edge `type`/`weight`."""
    # named_key_ids: <key id="label"> instead of d0, d1 … so the file reads by itself.
    nx.write_graphml(sink_graph(graph), path, named_key_ids=True)
