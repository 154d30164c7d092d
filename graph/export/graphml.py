"""GraphML for Gephi, yEd and igraph: typed scalar attributes only (see `attrs`).

networkx's `GraphMLWriter` builds the document; before it is written, its `<key>` ids
are made unique per scope (`node.label`, `edge.label`): GraphML declares key ids as XML
IDs, which must not repeat, and Gephi gives the default ids `d3`/`d7` that networkx
would otherwise use yEd's meaning (node and edge label). Gephi matches `label` and
`weight` by the key's `attr.name` as well, so labels and weights land where they belong.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from networkx.readwrite.graphml import GraphMLWriter

from graph.nx import sink_graph
from graph.types import Graph


def write_graphml(graph: Graph, path: Path) -> None:
    """Write `graph` as GraphML; every node has `label`/`type`, every edge `type`/`weight`."""
    writer = GraphMLWriter(graph=sink_graph(graph), named_key_ids=True)
    scope_key_ids(writer.xml)
    with path.open("wb") as fh:
        writer.dump(fh)


def scope_key_ids(root: ET.Element, ns: str = "") -> None:
    """Rename every key id to `<for>.<attr.name>` and point each `<data>` at it.

    `ns` is the `{namespace}` prefix of the tags when the tree was parsed from a file
    (the writer's own tree has none)."""
    for key in root.iter(f"{ns}key"):
        key.set("id", f"{key.get('for')}.{key.get('attr.name')}")
    for scope in ("node", "edge", "graph"):
        for element in root.iter(f"{ns}{scope}"):
            for data in element.findall(f"{ns}data"):
                data.set("key", f"{scope}.{data.get('key')}")
